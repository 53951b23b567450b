"""Helpers the import tests share: the seed capture and sample copy."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
SEED = SEEDS / "000_4dc063f10d3aa90e.txt"
SEED_HEADLINE = "التأمين الإجباري عن المرض.. أخنوش يؤكد تسجيل 641 ألف صانع تقليدي في CNSS (صور)"

ARABIC_PARAGRAPH = (
    "قال رئيس المجلس الجماعي إن الأشغال ستنطلق الأسبوع المقبل، وإن الميزانية المخصصة "
    "للمشروع بلغت ثلاثة ملايين درهم، مضيفا أن الساكنة ستستفيد من الطريق الجديدة قبل الصيف."
)
ARABIC_HEADLINE = "انطلاق أشغال تهيئة الطريق الساحلية بين الرباط وتمارة"


def seed_path() -> Path:
    """The seed capture, or a skip when the shared folder is not beside the repository."""
    if not SEED.is_file():
        pytest.skip(f"seed capture not found at {SEED}")
    return SEED
