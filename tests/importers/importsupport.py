"""Helpers the import tests share: the seed capture and sample copy."""

from __future__ import annotations

import zipfile
from pathlib import Path

SEED_HEADLINE = "التأمين الإجباري عن المرض.. أخنوش يؤكد تسجيل 641 ألف صانع تقليدي في CNSS (صور)"

ARABIC_PARAGRAPH = (
    "قال رئيس المجلس الجماعي إن الأشغال ستنطلق الأسبوع المقبل، وإن الميزانية المخصصة "
    "للمشروع بلغت ثلاثة ملايين درهم، مضيفا أن الساكنة ستستفيد من الطريق الجديدة قبل الصيف."
)
ARABIC_HEADLINE = "انطلاق أشغال تهيئة الطريق الساحلية بين الرباط وتمارة"


def rewrite_zip(source: Path, target: Path, changes: dict[str, bytes]) -> Path:
    """A copy of a zip package with some parts replaced or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for entry in old.infolist():
            new.writestr(entry.filename, changes.pop(entry.filename, old.read(entry.filename)))
        for name, data in changes.items():
            new.writestr(name, data)
    return target
