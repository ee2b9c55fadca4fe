from arco_desk.services.container import Services
from arco_desk.store.migrate import current_revision, head_revision


def test_migrated_to_head_on_both_backends(any_services: Services) -> None:
    assert current_revision(any_services.engine) == head_revision()
    assert any_services.engine.dialect.name in ("sqlite", "postgresql")
