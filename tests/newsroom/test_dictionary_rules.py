"""The newsroom dictionary on a newsroom: a word added on one desk is accepted on another, and
the database itself decides who adds and removes words, in whose name and when."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import newsdesk.services.dictionary as dictionary_module
from newsdesk.domain.people import Role
from newsdesk.domain.permissions import Permission, may
from newsdesk.services.dictionary import DictionaryService, dictionary_version
from newsdesk.services.personal_dictionary import accepted_words
from newsdesk.settings import Settings
from newsdesk.storage.newsroom.refusals import refusals_as_errors
from newsdesk.text.spelling import normalise_word
from newsroom.attempts import PEOPLE, database_allows
from newsroom_support import Newsroom
from schema_rewind import rewind_schema

pytestmark = pytest.mark.postgres

# Words the key must come out the same for in Python and in the database's SQL.
KEYS = (
    "aujourd’hui",
    "Moudawanaʼ",
    "مَسْؤُولٌ",
    "قُرْآنٌۚ",
    "مسئـــول",
    "Rabat",
    "ÉCOLE",
    "Straße",
    "ΣΟΦΟΣ",
    "ﻻ",
    "أخنوش",
    "CNSS",
    "ٱلله",
)


def test_a_word_added_on_one_desk_is_accepted_on_another(newsroom: Newsroom) -> None:
    sara_db, karim_db = newsroom.open("sara"), newsroom.open("karim")
    try:
        before = dictionary_version(karim_db)
        assert "أخنوش" not in accepted_words(karim_db, Settings())
        change = DictionaryService(sara_db, newsroom.person("sara")).add(["أخنوش", "CNSS"])
        assert change.changed == ("أخنوش", "CNSS")
        assert dictionary_version(karim_db) > before
        assert {"أخنوش", "CNSS"} <= accepted_words(karim_db, Settings())
        [entry, *_] = [e for e in DictionaryService(karim_db, newsroom.person("karim")).entries()
                       if e.word == "أخنوش"]  # fmt: skip
        assert entry.added_by == newsroom.name("sara")
        assert abs(entry.added_at - datetime.now(UTC)) < timedelta(minutes=5)
        DictionaryService(karim_db, newsroom.person("karim")).remove(["أخنوش"])
        assert "أخنوش" not in accepted_words(sara_db, Settings())
    finally:
        sara_db.close()
        karim_db.close()
    with newsroom.connect(None) as owner:
        steps = owner.execute(
            "SELECT actor, step, note, article_id FROM audit_log WHERE step LIKE 'dictionary%'"
            " ORDER BY id"
        ).fetchall()
    sara, karim = newsroom.name("sara"), newsroom.name("karim")
    assert steps == [
        (sara, "dictionary_add", "أخنوش", ""),
        (sara, "dictionary_add", "CNSS", ""),
        (karim, "dictionary_remove", "أخنوش", ""),
    ]


def test_the_database_adds_and_removes_as_the_domain_says(
    newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dictionary_module, "may", lambda role, permission, **_: True)
    disagree = []
    for role, who in PEOPLE.items():
        db = newsroom.open(who)
        try:
            service = DictionaryService(db, newsroom.person(who))
            word = f"كلمة{role.value}"
            added = database_allows(lambda s=service, w=word: s.add([w]))
            removed = database_allows(lambda s=service, w=word: s.remove([w]))
        finally:
            db.close()
        if added != may(role, Permission.ADD_WORDS):
            disagree.append(f"{role.value} {Permission.ADD_WORDS.value}")
        if removed != may(role, Permission.REMOVE_WORDS):
            disagree.append(f"{role.value} {Permission.REMOVE_WORDS.value}")
    assert disagree == []
    assert not may(Role.EDITOR, Permission.REMOVE_WORDS)  # the table the test relies on


def test_an_editors_refused_removal_is_one_clear_line(
    newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dictionary_module, "may", lambda role, permission, **_: True)
    db = newsroom.open("sara")
    try:
        service = DictionaryService(db, newsroom.person("sara"))
        service.add(["الرباط"])
        with pytest.raises(Exception) as raised, refusals_as_errors():
            service.remove(["الرباط"])
        assert "may not remove words from the newsroom dictionary" in str(raised.value)
        assert "الرباط" in {e.word for e in service.entries()}
    finally:
        db.close()


@pytest.mark.parametrize("who", ["sara", "karim"])
def test_a_backdated_word_in_someone_elses_name_is_the_servers(
    newsroom: Newsroom, who: str
) -> None:
    other = newsroom.name("karim" if who == "sara" else "sara")
    with newsroom.connect(who) as conn:
        conn.execute(
            "INSERT INTO dictionary_words (word, key, added_by, added_at)"
            " VALUES ('كلمة', 'كلمة', %s, '2020-01-01')",
            (other,),
        )
        conn.execute(
            "INSERT INTO audit_log (article_id, actor, at, step, from_status, to_status, note)"
            " VALUES ('', %s, '2020-01-01', 'dictionary_add', '', '', 'كلمة')",
            (other,),
        )
        server_now = conn.execute("SELECT now()").fetchone()[0]
        conn.commit()
        word = conn.execute(
            "SELECT added_by, added_at FROM dictionary_words WHERE word = 'كلمة'"
        ).fetchone()
    with newsroom.connect(None) as owner:
        audit = owner.execute(
            "SELECT actor, at FROM audit_log WHERE step = 'dictionary_add'"
        ).fetchone()
    assert word == (newsroom.name(who), server_now)
    assert audit == (newsroom.name(who), server_now)


def test_the_databases_key_is_normalise_word(newsroom: Newsroom) -> None:
    with newsroom.connect("sara") as conn:
        keys = [conn.execute("SELECT newsdesk_word_key(%s)", (w,)).fetchone()[0] for w in KEYS]
    assert keys == [normalise_word(word) for word in KEYS]


def test_server_init_again_installs_the_dictionarys_rules(newsroom: Newsroom) -> None:
    """A newsroom made before the dictionary existed gets its rules from a second server init."""
    with newsroom.connect(None) as owner:
        owner.execute("DROP TRIGGER dictionary_words_aa_check ON dictionary_words")
        owner.execute(f'REVOKE ALL ON dictionary_words FROM "{newsroom.prefix}_editor"')
        owner.commit()
    assert newsroom.run(None, "server", "init") == 0
    with newsroom.connect("sara") as conn, pytest.raises(Exception, match="may not remove words"):
        conn.execute("INSERT INTO dictionary_words (word, key, added_by, added_at) VALUES"
                     " ('x', 'x', 'x', now()); DELETE FROM dictionary_words")  # fmt: skip


def test_a_newsroom_older_than_the_dictionary_gets_its_rules_when_migrated(
    newsroom: Newsroom,
) -> None:
    with newsroom.connect(None) as owner:
        owner.execute("DROP TABLE dictionary_words")
        owner.execute("DROP INDEX ix_audit_log_dictionary")
        rewind_schema(owner.execute, "0007")
        owner.commit()
    newsroom.open(None).close()  # the owner opens it: 0008 runs, then the rules are installed
    with newsroom.connect(None) as owner:
        table_owner = owner.execute(
            "SELECT tableowner FROM pg_tables WHERE tablename = 'dictionary_words'"
            " AND schemaname = current_schema()"
        ).fetchone()
    assert table_owner == (f"{newsroom.prefix}_owner",)
    sara = newsroom.open("sara")
    try:
        DictionaryService(sara, newsroom.person("sara")).add(["الرباط"])
    finally:
        sara.close()
    with newsroom.connect("sara") as conn, pytest.raises(Exception, match="may not remove words"):
        conn.execute("DELETE FROM dictionary_words")


def test_a_word_added_in_one_process_is_not_flagged_by_another(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    """Two people, two processes: sara's `dictionary add` reaches karim's `spell`."""
    copy = tmp_path / "copy.txt"
    copy.write_text("صرح المسؤول زنيبرو للصحافة", encoding="utf-8")

    def flagged() -> set[str]:
        code, out, err = newsroom.cli("karim", "spell", str(copy), "--json")
        assert code == 0, err
        return {copy.read_text(encoding="utf-8")[f["start"] : f["end"]] for f in json.loads(out)}

    assert "زنيبرو" in flagged()
    code, out, err = newsroom.cli("sara", "dictionary", "add", "زنيبرو", "--json")
    assert (code, json.loads(out)) == (0, {"added": ["زنيبرو"], "unchanged": []}), err
    assert "زنيبرو" not in flagged()
    code, _, err = newsroom.cli("sara", "dictionary", "remove", "زنيبرو")
    assert code == 5 and "may not remove words" in err
