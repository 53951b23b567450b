"""Qt, which lays out the editor, the preview and the PDF proof, shows `641 000` backwards in
an Arabic paragraph, and in order once the groups are bound (house-style fix or renderer)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from newsdesk.text.digit_groups import bind_digit_groups
from newsdesk.text.lint.checker import apply_fixes, lint_text

pytestmark = pytest.mark.gui

PARAGRAPH = "خصصت الحكومة {} درهم للبرنامج"


def _x(text: str, index: int) -> float:
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return line.cursorToX(index)[0]


@pytest.mark.parametrize(("first", "second"), [("641", "000"), ("٦٤١", "٠٠٠")])
def test_the_fix_puts_the_groups_in_order(qapp, first: str, second: str) -> None:
    plain = PARAGRAPH.format(f"{first} {second}")
    # Cursor places inside each group (after its first digit), clear of any run boundary.
    in_first = plain.index(first) + 1
    in_second = in_first + len(first) + 1
    assert _x(plain, in_second) < _x(plain, in_first)  # 000 stands left of 641 today
    fixed = apply_fixes(plain, [f for f in lint_text(plain, "ar") if f.rule == "digits.grouping"])
    assert fixed != plain
    assert _x(fixed, in_second) > _x(fixed, in_first)
    # The renderer's binding (a no-break space) for the preview and the PDF proof.
    bound = bind_digit_groups(plain)
    assert bound != plain
    assert _x(bound, in_second) > _x(bound, in_first)
