"""How much larger the HTML page sets Arabic paragraphs than Latin ones, measured once.

Browsers are given one factor for right-to-left Arabic paragraphs (CSS font-size-adjust, which
would do it per face, is not everywhere yet). It was measured with
`newsdesk.render.pdf.script_size.arabic_scale` on the shipped Amiri Regular (fontpkg-amiri 1.2),
the face the stylesheet falls back to for both scripts when the Noto faces are missing: Latin
x-height 0.433 em (OS/2 sxHeight) over the mean ink height of ه س م ص ب above the baseline,
0.366 em, gives 1.18. The preview and the PDF measure the faces they actually use, run by run.
"""

from __future__ import annotations

ARABIC_SCALE = 1.18
