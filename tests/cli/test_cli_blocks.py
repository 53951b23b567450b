"""`article new|edit --blocks-file`: a body with headings, marks and pictures from the command line."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest

from clitools import Cli
from export.exportsamples import write_picture
from newsdesk.export.bundle_zip import verify_bundle

PICTURE = "images/souk.jpg"
BLOCKS = [
    {"kind": "heading", "text": "السجل الوطني", "level": 2},
    {
        "kind": "paragraph",
        "text": "أكد رئيس الحكومة أن CNSS سجل 641 ألف صانع تقليدي.",
        "marks": [{"kind": "link", "start": 20, "end": 24, "href": "https://www.cnss.ma/"}],
    },
    {"kind": "image", "text": "", "src": PICTURE, "caption": "صناع تقليديون", "credit": "Newsdesk"},
]


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    run = Cli(f"sqlite:///{tmp_path / 'desk.db'}", capsys)
    run("user", "add", "sara", "--role", "editor")
    run("user", "add", "karim", "--role", "chief")
    return run


def _file(folder: Path, value: object, name: str = "blocks.json") -> str:
    path = folder / name
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_blocks_file_gives_the_article_its_blocks_and_the_bundle_its_picture(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    media = tmp_path / "media"
    picture = write_picture(media / PICTURE, 120, 80).read_bytes()
    monkeypatch.setenv("NEWSDESK_MEDIA_DIR", str(media))
    blocks = _file(tmp_path, BLOCKS)
    created = cli.json(
        "article", "new", "--headline", "خبر مصور", "--blocks-file", blocks, user="sara"
    )
    assert created["blocks"] == BLOCKS
    article_id = created["id"]
    for step, user in (("submit", "sara"), ("claim", "karim"), ("approve", "karim")):
        cli("article", step, article_id, user=user)

    out = tmp_path / "out.zip"
    cli("export", "--format", "html", "--id", article_id, "--out", str(out), user="karim")
    manifest = verify_bundle(out)
    copy = f"articles/{article_id}/media/{hashlib.sha256(picture).hexdigest()[:16]}.jpg"
    assert copy in {f["path"] for f in manifest["files"]}
    with zipfile.ZipFile(out) as bundle:
        assert bundle.read(copy) == picture
        page = bundle.read(f"articles/{article_id}/index.html").decode()
    assert f'src="{copy.split("/", 2)[2]}"' in page and 'href="https://www.cnss.ma/"' in page


def test_edit_takes_blocks_from_standard_input(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    article_id = cli.json("article", "new", "--headline", "مسودة", user="sara")["id"]
    body = [{"kind": "quote", "text": "« Le registre reste ouvert »", "direction": "ltr"}]
    data = json.dumps(body, ensure_ascii=False).encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    cli("article", "edit", article_id, "--blocks-file", "-", user="sara")
    assert cli.json("article", "show", article_id)["blocks"] == body


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[{'kind': 'paragraph'}]", "is not JSON"),
        ({"blocks": BLOCKS}, "must hold a JSON list of blocks"),
        ([{"kind": "table", "text": "x"}], "unknown block kind 'table'"),
        ([{"kind": "image", "src": "javascript:alert(1)"}], "picture block 1 needs a 'src'"),
        ([{"kind": "image"}], "picture block 1 needs a 'src'"),
        ([{"text": "x"}, {"kind": "image", "src": 7}], "block 2 has an address that is not text"),
        (
            [{"text": "abc", "marks": [{"kind": "link", "start": 0, "end": 1, "href": 1}]}],
            "block 1 has an address that is not text",
        ),
        ([{"text": "abc", "marks": [{"kind": "bold", "start": 0, "end": 9}]}], "lies outside"),
    ],
)
def test_a_bad_blocks_file_fails_with_one_line_and_stores_nothing(
    cli: Cli, tmp_path: Path, content: object, message: str
) -> None:
    draft = cli.json("article", "new", "--headline", "مسودة", user="sara")
    blocks = _file(tmp_path, content)
    err = cli.fails(7, "article", "new", "--headline", "خبر", "--blocks-file", blocks, user="sara")
    assert message in err
    err = cli.fails(7, "article", "edit", draft["id"], "--blocks-file", blocks, user="sara")
    assert message in err
    assert [row["id"] for row in cli.json("article", "list")] == [draft["id"]]
    assert cli.json("article", "show", draft["id"])["version"] == 1


def test_body_and_blocks_files_together_are_refused(cli: Cli, tmp_path: Path) -> None:
    text = tmp_path / "body.txt"
    text.write_text("نص", encoding="utf-8")
    with pytest.raises(SystemExit) as refused:
        cli(
            "article",
            "new",
            "--headline",
            "خبر",
            "--body-file",
            str(text),
            "--blocks-file",
            _file(tmp_path, BLOCKS),
        )
    assert refused.value.code == 2
    assert "not allowed with argument" in cli.capsys.readouterr().err
    assert cli.json("article", "list") == []
