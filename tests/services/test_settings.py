"""Shared business settings kept in the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from arco_desk.services.container import Services, open_services
from arco_desk.services.settings import DEFAULTS
from arco_desk.store.models import AuditEntry, Setting
from tests.actors import DESK


def test_defaults_when_unset(services: Services) -> None:
    for key, value in DEFAULTS.items():
        assert services.settings.get(key) == value
    assert services.settings.get("memo_escalation_minutes") == "30"
    with services.uow.read() as session:
        assert session.scalars(select(Setting.key)).all() == []  # reading writes nothing


def test_set_then_get_round_trip(any_services: Services) -> None:
    script = "감사합니다. {department} {name}입니다.\n무엇을 도와드릴까요? 😊"
    any_services.settings.set("greeting_script", script, actor=DESK)
    assert any_services.settings.get("greeting_script") == script
    assert any_services.settings.get("agency_name") == DEFAULTS["agency_name"]  # others stay


def test_set_twice_overwrites_one_row_and_audits(services: Services) -> None:
    services.settings.set("visitor_retention_days", "180", actor=DESK)
    services.settings.set("visitor_retention_days", "90", actor=DESK)
    assert services.settings.get("visitor_retention_days") == "90"
    with services.uow.read() as session:
        rows = session.execute(select(Setting.key, Setting.value)).all()
        audits = session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "setting.set")).all()
    assert [tuple(r) for r in rows] == [("visitor_retention_days", "90")]
    assert audits == ["visitor_retention_days", "visitor_retention_days"]


def test_an_empty_value_is_a_value(services: Services) -> None:
    services.settings.set("greeting_script", "", actor=DESK)
    assert services.settings.get("greeting_script") == ""


def test_settings_survive_a_restart(services: Services, basedir: Path) -> None:
    services.settings.set("agency_name", "아르코", actor=DESK)
    services.close()
    again = open_services(basedir)
    try:
        assert again.settings.get("agency_name") == "아르코"
    finally:
        again.close()


def test_unknown_keys_are_refused(services: Services) -> None:
    with pytest.raises(KeyError, match="no_such_setting"):
        services.settings.get("no_such_setting")
    with pytest.raises(KeyError, match="no_such_setting"):
        services.settings.set("no_such_setting", "1", actor=DESK)
    with services.uow.read() as session:
        assert session.scalars(select(Setting.key)).all() == []
        assert session.scalars(select(AuditEntry.id)).all() == []
