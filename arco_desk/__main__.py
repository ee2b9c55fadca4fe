import sys

from arco_desk.app import main

sys.exit(main())
