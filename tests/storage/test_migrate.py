"""The quick reading of the migration scripts agrees with Alembic's own."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from newsdesk.storage.migrate import (
    alembic_config,
    head_revision,
    is_known_revision,
    revision_graph,
)


def test_head_and_revisions_match_alembic() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert set(revision_graph()) == {s.revision for s in scripts.walk_revisions()}
    assert all(is_known_revision(s.revision) for s in scripts.walk_revisions())
    assert not is_known_revision("9999_from_the_future")
