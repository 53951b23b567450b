"""What checking the hold on the SQLite file costs: one check, and one save with and without it.

Prints JSON: median and p95 milliseconds of `SqliteHold.check` (file identities and, on Linux,
/proc/locks), and of saving an article edit (`ArticleService.edit`, the GUI's and the CLI's save)
with the check before every write against the same save with the check switched off.
Run: .venv/bin/python benchmarks/bench_database_hold.py [--saves N]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from timing import summary, timed

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.people import Person, Role
from newsdesk.services.articles import ArticleService
from newsdesk.services.users import ensure_first_admin
from newsdesk.storage.opening import open_database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--saves", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "hold.db"))
        assert db.hold is not None
        ensure_first_admin(db, "admin")
        service = ArticleService(db, Person("admin", Role.ADMIN))
        article = service.create(ArticleContent(language="ar", headline="الحكومة تعلن"))
        counter = iter(range(1, 10**9))

        def save() -> None:
            current = service.get(article.id)
            service.edit(article.id, if_version=current.version, headline=f"عنوان {next(counter)}")

        check = timed(db.hold.check, runs=5000)
        with_check = timed(save, runs=args.saves)
        real_check = db.hold.check
        db.hold.check = lambda: None  # type: ignore[method-assign]
        without_check = timed(save, runs=args.saves)
        db.hold.check = real_check  # type: ignore[method-assign]
        table = Path("/proc/locks")
        locks = table.read_text().count("\n") if table.exists() else 0
        db.close()
    saved, plain = summary(with_check), summary(without_check)
    print(
        json.dumps(
            {
                "check": summary(check),
                "save_with_check": saved,
                "save_without_check": plain,
                "ratio": round(saved["median_ms"] / plain["median_ms"], 3),
                "lines_in_proc_locks": locks,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
