"""The PDF as Qt wrote it, finished: glyphs that copy back as letters, original pictures."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

from newsdesk.render.pdf.images import Passthrough, put_originals
from newsdesk.render.pdf.spans import join_parts_of_letters
from newsdesk.render.pdf.textmaps import give_letters


def finished(
    pdf: bytes, numbered: Mapping[bytes, Sequence[str]], stand_ins: Mapping[int, Passthrough]
) -> bytes:
    """`pdf` without its first page (see `glyphs.prime`), its glyphs giving back the letters
    they were typed as, and each stand-in picture its original.

    The bytes depend on the input bytes only (the file id is derived from the content).
    """
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        del document.pages[0]
        join_parts_of_letters(document, give_letters(document, numbered))
        put_originals(document, stand_ins)
        out = io.BytesIO()
        # Qt's XMP metadata stays as Qt wrote it (and as `dates` fixed it).
        document.save(out, deterministic_id=True, fix_metadata_version=False)
    return out.getvalue()
