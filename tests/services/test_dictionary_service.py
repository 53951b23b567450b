"""The newsroom dictionary and the personal list, on a real SQLite file and real PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.errors import InvalidInputError, PermissionDeniedError
from newsdesk.services.audit import audit_entries, check_database
from newsdesk.services.dictionary import DictionaryService, dictionary_version, newsroom_words
from newsdesk.services.personal_dictionary import PersonalDictionary, accepted_words
from newsdesk.services.users import ensure_first_admin
from newsdesk.settings import Settings
from newsdesk.storage.opening import open_database
from newsdesk.text.word_list import MAX_LIST_BYTES
from support import ADMIN, KARIM, SARA


def test_add_list_remove_and_the_audit_chain(db) -> None:
    sara, karim = DictionaryService(db, SARA), DictionaryService(db, KARIM)
    first = sara.add(["أخنوش", "CNSS", "أَخْنُوش", "cnss"], language="ar")
    assert first.changed == ("أخنوش", "CNSS")  # one word per key, the first spelling kept
    assert sara.add(["Cnss", "الرباط"]).to_dict("added") == {
        "added": ["الرباط"],
        "unchanged": ["Cnss"],
    }
    entries = karim.entries()
    assert [(e.word, e.key, e.added_by) for e in entries] == [
        ("CNSS", "cnss", "sara"),
        ("أخنوش", "أخنوش", "sara"),
        ("الرباط", "الرباط", "sara"),
    ]
    assert entries[1].language == "ar"
    with pytest.raises(PermissionDeniedError, match="editor role may not remove"):
        sara.remove(["الرباط"])
    removed = karim.remove(["أَخْنُوش", "غائب"])
    assert (removed.changed, removed.unchanged) == (("أخنوش",), ("غائب",))
    assert sorted(newsroom_words(db)) == ["CNSS", "الرباط"]
    steps = [(e.actor, e.step, e.note, e.article_id) for e in audit_entries(db, KARIM)]
    assert steps == [
        ("sara", "dictionary_add", "أخنوش", ""),
        ("sara", "dictionary_add", "CNSS", ""),
        ("sara", "dictionary_add", "الرباط", ""),
        ("karim", "dictionary_remove", "أخنوش", ""),
    ]
    report = check_database(db)
    assert report.lines() == []
    assert report.chain is not None and report.chain.rows == 4


def test_the_version_changes_with_every_add_and_remove(db) -> None:
    service = DictionaryService(db, KARIM)
    seen = [dictionary_version(db)]
    service.add(["واحد", "اثنان"])
    seen.append(dictionary_version(db))
    service.remove(["اثنان"])
    seen.append(dictionary_version(db))
    service.add(["ثلاثة"])  # as many words as before the removal, and a new highest id
    seen.append(dictionary_version(db))
    assert len(set(seen)) == len(seen)
    assert dictionary_version(db) == seen[-1]  # and asking again changes nothing


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"ok\n\xff\xfe\n", r"not UTF-8 \(line 2\)"),
        (b"ok\x00\n", "not text"),
        (b"ok\ntwo words\n", "line 2: one word at a time"),
        ("ok\n\u202ehidden\n".encode(), r"line 2: .*hidden' holds a control character \(U\+202E\)"),
        (b"ok\n" + b"x" * 101 + b"\n", "line 2: a word has at most 100"),
        (b"ok\n12345\n", "line 2: '12345' is not a word"),
        (b"a\n" * (MAX_LIST_BYTES // 2 + 1), "at most"),
    ],
)
def test_a_hostile_list_is_refused_whole(db, data: bytes, message: str) -> None:
    service = DictionaryService(db, SARA)
    service.add(["قبل"])
    before = (dictionary_version(db), len(audit_entries(db, KARIM)))
    with pytest.raises(InvalidInputError, match=message):
        service.import_list(data)
    assert (dictionary_version(db), len(audit_entries(db, KARIM))) == before


def test_import_and_export_a_plain_word_list(db) -> None:
    listing = "# أسماء\nالرباط\n\nأخنوش  # رئيس الحكومة\nCNSS\nالرباط\n".encode()
    change = DictionaryService(db, SARA).import_list(b"\xef\xbb\xbf" + listing)
    assert change.changed == ("الرباط", "أخنوش", "CNSS")
    exported = DictionaryService(db, KARIM).export_list()
    assert exported == "CNSS\nأخنوش\nالرباط\n"
    assert DictionaryService(db, KARIM).import_list(exported.encode()).changed == ()


def test_the_personal_list_and_the_accepted_words(db, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    mine = PersonalDictionary(path)
    assert mine.add(["Zniber", "زنيبر", "ZNIBER"]).changed == ("Zniber", "زنيبر")
    assert mine.remove(["zniber", "غائب"]).to_dict("removed") == {
        "removed": ["Zniber"],
        "unchanged": ["غائب"],
    }
    assert mine.import_list("أمزازي\n# x\n".encode()).changed == ("أمزازي",)
    assert mine.words() == ["أمزازي", "زنيبر"]
    assert Settings.load(path).personal_words == ["زنيبر", "أمزازي"]
    DictionaryService(db, SARA).add(["الرباط"])
    assert accepted_words(db, Settings.load(path)) == {"الرباط", "زنيبر", "أمزازي"}


def test_a_word_added_by_one_process_is_seen_by_another(tmp_path: Path) -> None:
    """Two desks on one SQLite file: the second sees the first's word and a new version."""
    path = str(tmp_path / "shared.db")
    one = open_database(path, create=True)
    try:
        ensure_first_admin(one, ADMIN.name)
        two = open_database(path)
        try:
            before = dictionary_version(two)
            DictionaryService(one, ADMIN).add(["أخنوش"])
            assert dictionary_version(two) != before
            assert "أخنوش" in accepted_words(two, Settings())
        finally:
            two.close()
    finally:
        one.close()
