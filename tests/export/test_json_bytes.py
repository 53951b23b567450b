"""The fast JSON writer gives the standard library's bytes, and falls back where it must."""

from __future__ import annotations

import json

import pytest

from newsdesk.export.json_bytes import indented_json

SAMPLES = [
    {"headline": "الضمان الاجتماعي يسجل 641 ألف صانع", "urgency": 3, "breaking": True},
    {"tags": [], "meta": {}, "none": None, "nested": [{"a": [1, 2, {"b": "é"}]}]},
    {"escapes": 'tab\there\nnew "quoted" \\ \x01 \x7f \u2028 \u200f'},
    [],
    "plain",
]


@pytest.mark.parametrize("value", SAMPLES)
def test_same_bytes_as_the_standard_library(value: object) -> None:
    expected = (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    assert indented_json(value) == expected


def test_what_the_fast_writer_refuses_is_written_all_the_same() -> None:
    # A lone surrogate (pasted from a broken source) and a key that is not a string.
    value = {"text": "broken \ud83d half", 7: "seven"}
    expected = json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    assert indented_json(value) == expected.encode("utf-8", "surrogatepass")
