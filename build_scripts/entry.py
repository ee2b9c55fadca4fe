"""PyInstaller entry point of the frozen ``arco-desk`` executable."""

import sys

from arco_desk.app import main

if __name__ == "__main__":
    sys.exit(main())
