"""Shared business settings kept in the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from arco_desk.domain.actor import Actor
from arco_desk.domain.errors import EditConflict
from arco_desk.services.container import Services
from arco_desk.services.settings import DEFAULTS
from arco_desk.store.models import AuditEntry, Setting
from tests.actors import DESK
from tests.signed_in import open_signed_in


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
    again = open_signed_in(basedir)
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


# --- two PCs, one settings form (docs/architecture.md §9) -----------------------------------

KIM = Actor.desk("2층 안내데스크")


def test_a_stale_form_writes_only_the_keys_it_changed(any_services: Services) -> None:
    settings = any_services.settings
    shown = {key: settings.get(key) for key in ("agency_name", "greeting_script")}
    settings.set("agency_name", "아르코", opened=shown["agency_name"], actor=KIM)
    audits = _set_audits(any_services)
    # The other form left the agency as it showed it and changed the greeting.
    settings.set_many({"agency_name": shown["agency_name"], "greeting_script": "안녕하세요"},
                      opened=shown, actor=DESK)
    assert settings.get("agency_name") == "아르코"  # the other PC's change stays
    assert settings.get("greeting_script") == "안녕하세요"
    assert _set_audits(any_services) == [*audits, "greeting_script"]


def test_a_key_changed_meanwhile_is_a_conflict_naming_who(any_services: Services) -> None:
    settings = any_services.settings
    shown = {"agency_name": settings.get("agency_name"),
             "memo_escalation_minutes": settings.get("memo_escalation_minutes")}
    settings.set_many({"agency_name": "아르코", "memo_escalation_minutes": "45"},
                      opened=shown, actor=KIM)
    with pytest.raises(EditConflict) as refused:
        settings.set_many({"agency_name": "예술위원회", "memo_escalation_minutes": "45"},
                          opened=shown, actor=DESK)
    conflict = refused.value
    assert set(conflict.field_errors) == {"agency_name"}  # the same minutes: no conflict
    assert conflict.changed_by == "2층 안내데스크" and conflict.msg.key == "edit.conflict"
    assert conflict.current == {"agency_name": "아르코"}
    assert settings.get("agency_name") == "아르코"
    # Saving again over what was seen now is on purpose.
    settings.set_many({"agency_name": "예술위원회"}, opened=conflict.current, actor=DESK)
    assert settings.get("agency_name") == "예술위원회"


def test_a_key_stored_for_the_first_time_meanwhile_is_a_conflict(services: Services) -> None:
    settings = services.settings
    shown = settings.get("visitor_retention_days")  # the default: no row yet
    settings.set("visitor_retention_days", "180", opened=shown, actor=KIM)
    with pytest.raises(EditConflict) as refused:
        settings.set("visitor_retention_days", "730", opened=shown, actor=DESK)
    assert refused.value.current == {"visitor_retention_days": "180"}
    with services.uow.read() as session:
        assert session.scalars(select(Setting.value)).all() == ["180"]


def test_desk_settings_forms_on_two_pcs_merge(services: Services) -> None:
    memos = services.memos
    shown: dict[str, str | int] = {"greeting_script": memos.greeting_template(),
                                   "memo_escalation_minutes": memos.escalation_minutes()}
    memos.save_desk_settings("안녕하십니까, {agency} {name}입니다.", 30, opened=shown,
                             actor=KIM)
    memos.save_desk_settings(str(shown["greeting_script"]), 45, opened=shown, actor=DESK)
    assert memos.greeting_template() == "안녕하십니까, {agency} {name}입니다."
    assert memos.escalation_minutes() == 45
    with pytest.raises(EditConflict) as refused:
        memos.save_desk_settings(str(shown["greeting_script"]), 50, opened=shown, actor=DESK)
    assert set(refused.value.field_errors) == {"memo_escalation_minutes"}


def _set_audits(services: Services) -> list[str]:
    with services.uow.read() as session:
        return list(session.scalars(select(AuditEntry.detail)
                                    .where(AuditEntry.action == "setting.set")
                                    .order_by(AuditEntry.id)))
