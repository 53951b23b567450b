"""Helpers the import tests share: the seed capture and sample copy."""

from __future__ import annotations

SEED_HEADLINE = "التأمين الإجباري عن المرض.. أخنوش يؤكد تسجيل 641 ألف صانع تقليدي في CNSS (صور)"

ARABIC_PARAGRAPH = (
    "قال رئيس المجلس الجماعي إن الأشغال ستنطلق الأسبوع المقبل، وإن الميزانية المخصصة "
    "للمشروع بلغت ثلاثة ملايين درهم، مضيفا أن الساكنة ستستفيد من الطريق الجديدة قبل الصيف."
)
ARABIC_HEADLINE = "انطلاق أشغال تهيئة الطريق الساحلية بين الرباط وتمارة"
