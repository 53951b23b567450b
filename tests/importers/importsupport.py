"""Helpers the import tests share: the seed capture, a snapshot of the database, sample copy."""

from __future__ import annotations

from sqlalchemy import func, select

from newsdesk.storage.engine import Database
from newsdesk.storage.models import ArticleRow, AuditRow, RevisionRow, TickerItemRow

SEED_HEADLINE = "التأمين الإجباري عن المرض.. أخنوش يؤكد تسجيل 641 ألف صانع تقليدي في CNSS (صور)"

ARABIC_PARAGRAPH = (
    "قال رئيس المجلس الجماعي إن الأشغال ستنطلق الأسبوع المقبل، وإن الميزانية المخصصة "
    "للمشروع بلغت ثلاثة ملايين درهم، مضيفا أن الساكنة ستستفيد من الطريق الجديدة قبل الصيف."
)
ARABIC_HEADLINE = "انطلاق أشغال تهيئة الطريق الساحلية بين الرباط وتمارة"


def snapshot(db: Database) -> tuple[int, int, int, int]:
    """Counts of articles, revisions, audit rows and ticker items."""
    with db.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (ArticleRow, RevisionRow, AuditRow, TickerItemRow)
        )
