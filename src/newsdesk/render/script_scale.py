"""How much larger the HTML page sets each Arabic face than the Latin beside it, measured once.

At one font size Arabic letters stand lower than Latin ones. The stylesheet therefore declares,
for every Arabic face it names, a family of its own (`@font-face` with `src: local(...)`) that
takes only Arabic code points (`unicode-range`) and enlarges them by `size-adjust`; those
families come first in each font list, so the Arabic letters of a line are set larger while
its Latin letters fall through to the usual faces at their normal size (a paragraph-wide
font size would have grown the Latin words of an Arabic paragraph too).

Each factor was measured with `newsdesk.render.pdf.script_size.arabic_scale` on the face alone:
its Latin x-height (OS/2 sxHeight) over the mean ink height of ه س م ص ب above the baseline.
Both shipped faces carry Latin letters, which an Arabic paragraph's Latin words fall through
to. Measured: Amiri Regular (fontpkg-amiri 1.2) 0.433 em / 0.366 em = 1.18; Noto Sans Arabic
(fontpkg-noto-sans-arabic 2.12) 0.536 em / 0.412 em = 1.30. Noto Naskh Arabic is not shipped
and was not measured: it is given Amiri's factors, another Naskh design. Bold faces have their
own: Amiri Bold 1.07; Noto Sans Arabic, one variable face, measures 1.30 bold too. Beside a Latin face with another x-height (Noto Serif in a French
paragraph, say) the match is only as close as the two faces' x-heights. The preview and the
PDF measure the faces they actually use, run by run.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ArabicFace:
    """One Arabic face of the stylesheet, under a family of its own that only Arabic reaches."""

    family: str
    regular: tuple[str, ...]
    bold: tuple[str, ...]
    scale: float
    bold_scale: float

    def size_adjust(self, bold: bool = False) -> str:
        """The CSS size-adjust value of the regular or the bold face, a percentage."""
        return f"{round((self.bold_scale if bold else self.scale) * 100)}%"


# Arabic, Arabic Supplement, Arabic Extended-B/A and both presentation-form blocks.
ARABIC_RANGE = "U+0600-06FF, U+0750-077F, U+0870-08FF, U+FB50-FDFF, U+FE70-FEFF"
NASKH = ArabicFace(
    "Newsdesk Naskh Arabic",
    ("Noto Naskh Arabic", "Noto Naskh Arabic Regular", "NotoNaskhArabic-Regular"),
    ("Noto Naskh Arabic Bold", "NotoNaskhArabic-Bold"),
    1.18,
    1.07,
)
SANS = ArabicFace(
    "Newsdesk Sans Arabic",
    ("Noto Sans Arabic Regular", "NotoSansArabic-Regular"),
    ("Noto Sans Arabic Bold", "NotoSansArabic-Bold"),
    1.30,
    1.30,
)
AMIRI = ArabicFace(
    "Newsdesk Amiri",
    ("Amiri", "Amiri Regular", "Amiri-Regular"),
    ("Amiri Bold", "Amiri-Bold"),
    1.18,
    1.07,
)
ARABIC_FACES = (NASKH, SANS, AMIRI)
