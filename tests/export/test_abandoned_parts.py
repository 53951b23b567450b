"""A killed export's partial bundle is swept by the next export to that place, a live one is not."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from export.exportsamples import contract_article, french_article
from newsdesk.export.bundle_builder import build_bundle
from newsdesk.export.registry import exporters

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="locks are POSIX advisory locks")


def _export(out: Path, *, folder: bool = False, media=None) -> None:
    for _ in build_bundle(
        out, [contract_article(), french_article()], exporters(), [], media=media, folder=folder
    ):
        pass


def _killed_export(out: Path, *, folder: bool) -> list[Path]:
    """Start an export in another process, kill it half way, and return what it left behind."""
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path[:0] = {sys.path!r}
        from pathlib import Path
        from export.exportsamples import contract_article, french_article
        from newsdesk.export.bundle_builder import build_bundle
        from newsdesk.export.registry import exporters
        steps = build_bundle(Path({str(out)!r}), [contract_article(), french_article()],
                             exporters(), [], folder={folder!r})
        next(steps); next(steps)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    killed = subprocess.run([sys.executable, "-c", script], check=False)
    assert killed.returncode == -9
    return sorted(p for p in out.parent.iterdir() if p.name.endswith(".part"))


@pytest.mark.parametrize("folder", [False, True], ids=["zip", "folder"])
def test_a_killed_export_leaves_a_part_that_the_next_export_removes(
    tmp_path: Path, folder: bool, media_store
) -> None:
    out = tmp_path / ("b" if folder else "b.zip")
    left = _killed_export(out, folder=folder)
    assert len(left) == 1 and left[0].name.startswith(".b")
    _export(out, folder=folder, media=media_store)
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def test_a_part_that_a_running_export_holds_is_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    part = tmp_path / ".b.zip.abc123.part"
    part.write_bytes(b"half a bundle")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys; h = os.open(sys.argv[1], os.O_RDONLY); "
            "fcntl.flock(h, fcntl.LOCK_EX); print('held', flush=True); sys.stdin.read()",
            str(part),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        _export(out)
        assert part.read_bytes() == b"half a bundle"
    finally:
        holder.communicate("")
    _export(out)
    assert not part.exists()


def test_other_files_beside_the_bundle_are_never_swept(tmp_path: Path) -> None:
    keep = [tmp_path / ".b.zip.part", tmp_path / "b.zip.x.part", tmp_path / ".c.zip.x.part"]
    for path in keep:
        path.write_bytes(b"not ours")
    _export(tmp_path / "b.zip")
    assert all(path.read_bytes() == b"not ours" for path in keep)
