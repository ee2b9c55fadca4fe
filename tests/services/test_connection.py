from __future__ import annotations

from pathlib import Path

from arco_desk.services.connection import check_connection
from arco_desk.services.container import Services
from tests.words import english, korean


def test_empty_means_the_embedded_database() -> None:
    result = check_connection("  ")
    assert result.ok and "SQLite" in korean(result.message)
    assert "built-in database (SQLite)" in english(result.message)


def test_a_malformed_url_is_refused_with_an_example() -> None:
    result = check_connection("서버 주소")
    assert not result.ok and "postgresql+psycopg://" in korean(result.message)


def test_another_kind_of_database_is_refused() -> None:
    result = check_connection("mysql://user@host/db")
    assert not result.ok and "PostgreSQL" in korean(result.message)


def test_an_up_to_date_postgres_database_is_reported(any_services: Services) -> None:
    url = any_services.engine.url.render_as_string(hide_password=False)
    result = check_connection(url)
    assert result.ok and "최신" in korean(result.message)


def test_an_empty_postgres_database_will_be_created_on_restart(pg_url: str) -> None:
    result = check_connection(pg_url)
    assert result.ok and "빈 데이터베이스" in korean(result.message)


def test_a_server_that_is_not_there_is_a_clear_refusal() -> None:
    result = check_connection("postgresql+psycopg://postgres@127.0.0.1:1/arco")
    assert not result.ok
    assert "연결" in korean(result.message)


def test_a_sqlite_file_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    result = check_connection(f"sqlite:///{tmp_path}/nowhere/x.sqlite3")
    assert not result.ok


def test_a_database_from_a_newer_version_is_refused(services: Services) -> None:
    from sqlalchemy import text

    with services.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    result = check_connection(services.engine.url.render_as_string(hide_password=False))
    assert not result.ok and "업데이트" in korean(result.message)
