from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from arco_desk.services.container import Services
from arco_desk.ui.admin.autostart import AutoStart
from arco_desk.ui.admin.pc_settings_dialog import PcSettingsDialog
from arco_desk.ui.common.local_settings import database_url, staff_mode


def _dialog(qtbot, qsettings: QSettings, tmp_path: Path) -> PcSettingsDialog:  # type: ignore[no-untyped-def]
    dialog = PcSettingsDialog(qsettings, AutoStart(config_home=tmp_path / "config",
                                                   windows=False))
    qtbot.addWidget(dialog)
    return dialog


def test_a_bad_url_is_refused_next_to_the_field_and_kept(qtbot, qsettings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, qsettings, tmp_path)
    dialog.url.setText("postgresql+psycopg://postgres@127.0.0.1:1/arco")
    dialog.save()
    assert dialog.result() == 0
    assert "연결" in dialog.fields.message("url")
    assert dialog.url.text() == "postgresql+psycopg://postgres@127.0.0.1:1/arco"
    assert database_url(qsettings) == ""


def test_a_working_database_staff_mode_and_autostart_are_saved(
    qtbot, qsettings, tmp_path, any_services: Services  # type: ignore[no-untyped-def]
) -> None:
    url = any_services.engine.url.render_as_string(hide_password=False)
    dialog = _dialog(qtbot, qsettings, tmp_path)
    assert dialog.test_connection().ok is True  # empty: the embedded database
    dialog.url.setText(url)
    assert dialog.test_connection().ok and "최신" in dialog.test_result.text()
    dialog.staff.setChecked(True)
    dialog.at_login.setChecked(True)
    dialog.save()
    assert dialog.result() == 1
    assert (database_url(qsettings), staff_mode(qsettings)) == (url, True)
    assert dialog.restart_needed
    desktop = (tmp_path / "config" / "autostart" / "arco-desk.desktop").read_text()
    assert "--staff" in desktop


def test_turning_autostart_off_removes_the_entry(qtbot, qsettings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    autostart = AutoStart(config_home=tmp_path / "config", windows=False)
    autostart.set_enabled(True)
    dialog = PcSettingsDialog(qsettings, autostart)
    qtbot.addWidget(dialog)
    assert dialog.at_login.isChecked()
    dialog.at_login.setChecked(False)
    dialog.save()
    assert not autostart.is_enabled()
    assert not dialog.restart_needed
