"""Services opened with somebody behind the gate: tests of a use case's own behaviour
act as a person holding every role; tests of the permissions themselves
(tests/services/test_permission_matrix.py) sign in each role in turn."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from arco_desk.domain.actor import Actor
from arco_desk.domain.clock import Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.services.container import Services, open_services
from arco_desk.services.gate import the_agency

# The agency itself (every role, the system account): what a use case does when nobody's
# permissions or reach are in question.
EVERYONE: Final = the_agency("모든 역할")


def open_signed_in(basedir: Path, url: str | None = None, clock: Clock = system_now, *,
                   pg_bin: Path | None = None, actor: Actor = EVERYONE) -> Services:
    services = open_services(basedir, url, clock, pg_bin=pg_bin)
    services.gate.sign_in(actor)
    return services
