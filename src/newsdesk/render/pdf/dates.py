"""Same article, same PDF bytes: the writer's clock readings replaced by the article's own time.

Qt's PDF writer stamps the document information and the XMP metadata with the time of writing.
A bundle must depend on its content only, so those stamps are rewritten to the article's last
change. Each stamp keeps its byte length (the information dictionary's is padded with spaces,
which PDF ignores between tokens), so the cross-reference offsets stay right. The document id is
set before writing (see `document_uuid`).
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime

from newsdesk.timeutil import as_utc

PDF_NAMESPACE = uuid.UUID("0f6b1c8e-54d3-4c1a-9a8e-3d2b7e6f5a41")
# /CreationDate (D:20240228113000Z) or (D:20240228123000+01'00'), in the information dictionary.
_INFO_DATE = re.compile(rb"/(CreationDate|ModDate) \((D:[0-9]{14}[^)]{0,8})\)")
# xmp:CreateDate="2024-02-28T11:30:00+00:00", always 25 characters.
_XMP_DATE = re.compile(rb'xmp:(CreateDate|ModifyDate|MetadataDate)="([0-9T:+-]{25})"')


def document_uuid(*parts: object) -> str:
    """A document id derived from what the PDF shows, so it is the same for the same content."""
    return str(uuid.uuid5(PDF_NAMESPACE, "\0".join(str(p) for p in parts)))


def fix_dates(pdf: bytes, moment: datetime) -> bytes:
    """The PDF with its creation and modification stamps set to `moment`, offsets unchanged."""
    when = as_utc(moment).replace(microsecond=0)
    info = when.strftime("D:%Y%m%d%H%M%SZ").encode()
    xmp = when.strftime("%Y-%m-%dT%H:%M:%S+00:00").encode()

    def info_date(match: re.Match[bytes]) -> bytes:
        old = match.group(2)
        if len(old) < len(info):
            return match.group(0)
        return b"/" + match.group(1) + b" (" + info + b")" + b" " * (len(old) - len(info))

    def xmp_date(match: re.Match[bytes]) -> bytes:
        return b"xmp:" + match.group(1) + b'="' + xmp + b'"'

    # Both stamps sit in the first two objects, before any page; user text there (the title)
    # is UTF-16 in the dictionary and escaped in the XMP, so it cannot look like a stamp.
    head_end = pdf.find(b"/Type /Page")
    head_end = len(pdf) if head_end < 0 else head_end
    head = _INFO_DATE.sub(info_date, pdf[:head_end], count=2)
    head = _XMP_DATE.sub(xmp_date, head, count=3)
    return head + pdf[head_end:]
