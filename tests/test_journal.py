"""The edit journal on real files: replayed in order; a torn or damaged tail ends it, harmlessly."""

from __future__ import annotations

from datetime import UTC, datetime

from newsdesk.domain.article import ArticleContent
from newsdesk.services.journal import Splice, read_journal
from newsdesk.services.recovery import RecoveryCopy, RecoveryStore

KEY = "abc123"


def stored_copy(store: RecoveryStore, generation: int = 1) -> RecoveryCopy:
    copy = RecoveryCopy(
        KEY, "sara", None, None, ArticleContent(headline="خبر"), datetime.now(UTC), generation
    )
    store.save(copy)
    return copy


def test_the_journal_carries_body_splices_and_fields_onto_its_copy(tmp_path) -> None:
    store = RecoveryStore(tmp_path)
    first = stored_copy(store)
    journal = store.start_journal(KEY, 1)
    assert journal is not None
    journal.splice(0, 0, "قالَ")
    journal.flush()
    journal.splice(4, 0, "\u202f641\u00a0000")
    journal.set_fields({"headline": "خبرٌ عاجل", "kicker": "اقتصاد"})
    journal.flush()
    journal.close()
    (copy,) = store.copies("sara")
    assert copy.content.headline == "خبرٌ عاجل" and copy.content.kicker == "اقتصاد"
    assert copy.saved_at >= first.saved_at  # the time of the last record, not of the copy
    assert copy.replay.splices == (Splice(0, 0, "قالَ"), Splice(4, 0, "\u202f641\u00a0000"))


def test_a_torn_last_record_is_ignored(tmp_path) -> None:
    store = RecoveryStore(tmp_path)
    stored_copy(store)
    journal = store.start_journal(KEY, 1)
    assert journal is not None
    journal.splice(0, 0, "أول")
    journal.flush()
    whole = journal.path.stat().st_size
    journal.splice(3, 0, " ثانٍ")
    journal.flush()
    journal.close()
    raw = journal.path.read_bytes()
    for cut in range(whole, len(raw)):  # the second record cut anywhere, newline included
        journal.path.write_bytes(raw[:cut])
        assert read_journal(journal.path, 1).splices == (Splice(0, 0, "أول"),), cut
        (copy,) = store.copies("sara")
        assert copy.replay.splices == (Splice(0, 0, "أول"),)


def test_a_damaged_record_ends_the_replay_there(tmp_path) -> None:
    store = RecoveryStore(tmp_path)
    stored_copy(store)
    journal = store.start_journal(KEY, 1)
    assert journal is not None
    for text in ("واحد", "اثنان", "ثلاثة"):
        journal.splice(0, 0, text)
        journal.flush()
    journal.close()
    lines = journal.path.read_bytes().split(b"\n")
    lines[2] = lines[2].replace("اثنان".encode(), "اثنين".encode())  # same length, other bytes
    journal.path.write_bytes(b"\n".join(lines))
    assert read_journal(journal.path, 1).splices == (Splice(0, 0, "واحد"),)
    journal.path.write_bytes(b"\x00" * 64)  # a block of zeros after a power cut
    assert read_journal(journal.path, 1).splices == ()


def test_a_journal_of_an_older_copy_is_not_applied_again(tmp_path) -> None:
    store = RecoveryStore(tmp_path)
    stored_copy(store, generation=1)
    journal = store.start_journal(KEY, 1)
    assert journal is not None
    journal.splice(0, 0, "نص")
    journal.flush()
    journal.close()
    stored_copy(store, generation=2)  # killed before the new copy's journal was started
    (copy,) = store.copies("sara")
    assert copy.generation == 2 and copy.replay.splices == ()


def test_discarding_a_copy_removes_its_journal_and_journaling_can_be_off(tmp_path) -> None:
    store = RecoveryStore(tmp_path)
    stored_copy(store)
    journal = store.start_journal(KEY, 1)
    assert journal is not None
    journal.close()
    store.discard(KEY)
    assert list(tmp_path.iterdir()) == []
    assert RecoveryStore(tmp_path, journaling=False).start_journal(KEY, 1) is None
