"""The same bundle from any process: byte-identical under any hash seed, and equal to the kept files.

A set's order of strings changes with PYTHONHASHSEED, so anything iterated from a set comes out
the same within one process and differently in the next: only separate processes catch that.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from export.golden import (
    GOLDEN,
    GOLDEN_FORMATS,
    build_golden_bundle,
    bundle_entries,
    golden_entries,
)
from newsdesk.export.bundle_zip import MANIFEST
from newsdesk.export.registry import format_names

TESTS = Path(__file__).resolve().parents[1]
# Fixed seeds, so that a set-ordered list differs between them on every run, not by chance.
SEEDS = ("0", "1", "2", "3", "42")
REGENERATE = "PYTHONPATH=tests .venv/bin/python -m export.golden --write"


def bundle_in_a_new_process(out: Path, seed: str, formats: list[str]) -> bytes:
    """Build the golden bundle in a fresh interpreter whose string hashing uses `seed`."""
    env = {**os.environ, "PYTHONHASHSEED": seed, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")])
    command = [sys.executable, "-m", "export.golden", "--bundle", str(out)]
    for name in formats:
        command += ["--format", name]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


def test_every_format_is_kept_as_a_golden_file() -> None:
    kept = golden_entries()
    manifest = json.loads(kept[MANIFEST])
    assert manifest["bundle"]["formats"] == format_names()[: len(GOLDEN_FORMATS)]
    [article] = manifest["articles"]
    assert sorted(article["files"]) == sorted(set(kept) - {MANIFEST})
    assert len(article["files"]) == len(GOLDEN_FORMATS), f"regenerate with: {REGENERATE}"


def test_the_golden_article_gives_exactly_the_kept_files(tmp_path: Path) -> None:
    built = bundle_entries(build_golden_bundle(tmp_path / "golden.zip"))
    kept = golden_entries()
    assert sorted(built) == sorted(kept)
    for path, data in kept.items():
        assert built[path] == data, f"{path} differs from {GOLDEN / path}; if meant: {REGENERATE}"


def test_processes_with_different_hash_seeds_write_the_same_bytes(tmp_path: Path) -> None:
    bundles = {
        seed: bundle_in_a_new_process(tmp_path / f"seed-{seed}.zip", seed, GOLDEN_FORMATS)
        for seed in SEEDS
    }
    differing = [seed for seed, data in bundles.items() if data != bundles[SEEDS[0]]]
    assert differing == [], f"PYTHONHASHSEED {differing} gave other bytes than {SEEDS[0]}"


def test_processes_write_the_same_pdf(tmp_path: Path) -> None:
    pdfs = {
        bundle_in_a_new_process(tmp_path / f"pdf-{seed}.zip", seed, ["pdf"]) for seed in SEEDS[:3]
    }
    assert len(pdfs) == 1


def test_a_bundle_from_another_process_matches_the_kept_files(tmp_path: Path) -> None:
    for seed in SEEDS[:2]:
        out = tmp_path / f"seed-{seed}.zip"
        bundle_in_a_new_process(out, seed, GOLDEN_FORMATS)
        assert bundle_entries(out) == golden_entries(), f"PYTHONHASHSEED={seed}"
