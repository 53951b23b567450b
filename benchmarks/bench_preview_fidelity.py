"""What the faithful preview costs, and what a browser engine in its place would have cost.

Three fresh processes each show the sample Arabic article (subheading, quote, French paragraph,
picture) and report once it is painted: the wall time from starting the process to that first
paint, from creating the widget to that paint (the application's own modules and fonts are
loaded before, as they are in the app), and the resident memory then (with a browser engine,
of its helper processes too):

- `before`: the preview as it was, the baseline: the exported page as it is in a text browser,
  each Arabic run enlarged by a factor measured on Qt's own faces (`match_arabic_size`);
- `preview`: the preview pane, which restates the page for Qt (`qt_page`, `arabic_faces`);
- `webengine`: a QWebEngineView (PySide6-Addons) loading the exported page from a file, run
  with another interpreter that has PySide6-Addons (`--webengine-python`; skipped without).

Also, in this process: one re-render of the preview (what each pause in typing costs) against
the same steps as before, and the one call to fontconfig's fc-list the preview makes.
Prints JSON. Run: .venv/bin/python benchmarks/bench_preview_fidelity.py [--runs N]
    [--renders N] [--webengine-python /path/to/python-with-PySide6-Addons]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from timing import summary, timed  # noqa: E402


def rss_kib(pid: int) -> int:
    """Resident memory of a process in KiB (0 once it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (a browser engine's helper processes)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, queue = [], [pid]
    while queue:
        for child in children.get(queue.pop(), []):
            found.append(child)
            queue.append(child)
    return found


def child(mode: str, page_file: str) -> None:
    """Show the page in one way, then print the memory figures once painted."""
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    if mode != "webengine":  # the application has its own modules loaded before any preview
        from newsdesk.gui.fonts import register_fonts
        from newsdesk.gui.preview.pane import PreviewPane
        from newsdesk.render.html import render_article_html

        register_fonts()
        article = sample_article()
    started = time.perf_counter()
    if mode == "webengine":
        from PySide6.QtWebEngineWidgets import QWebEngineView

        view = QWebEngineView()
        view.resize(683, 700)
        loop = QEventLoop()
        view.loadFinished.connect(lambda _ok: loop.quit())
        view.load(QUrl.fromLocalFile(page_file))
        view.show()
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        widget = view
    elif mode == "preview":
        from newsdesk.gui.preview.pane import PreviewPane

        pane = PreviewPane()
        pane.resize(683, 700)
        pane.show()
        pane.set_content(article)
        pane.flush()
        widget = pane
    else:
        from PySide6.QtWidgets import QTextBrowser

        from newsdesk.render.html import render_article_html

        browser = QTextBrowser()
        browser.resize(683, 700)
        browser.show()
        render_before(browser, render_article_html(article))
        widget = browser
    widget.repaint()
    app.processEvents()
    shown_ms = round((time.perf_counter() - started) * 1000, 1)
    own = rss_kib(os.getpid())
    helpers = sum(rss_kib(pid) for pid in descendants(os.getpid()))
    figures = {"widget_to_paint_ms": shown_ms, "rss_mib": round(own / 1024, 1)}
    print(json.dumps({**figures, "helpers_rss_mib": round(helpers / 1024, 1)}))
    sys.stdout.flush()


def render_before(browser, page: str) -> None:
    """The preview's steps before it restated the page for Qt."""
    from newsdesk.render.pdf.runs import fit_line_heights
    from newsdesk.render.pdf.script_size import match_arabic_size

    browser.setHtml(page)
    fit_line_heights(browser.document())
    match_arabic_size(browser.document())
    browser.document().documentLayout().documentSize()


def sample_article():
    """The sample Arabic article with a subheading, a quote, a French paragraph, a picture."""
    from newsdesk.domain.document import Block, BlockKind, Document
    from samples import arabic_content, stored

    blocks = (
        Block(text="أعلن الصندوق الوطني للضمان الاجتماعي حصيلة جديدة لتعميم التغطية الصحية."),
        Block(kind=BlockKind.HEADING, text="أرقام رئيسية", level=1),
        Block(text="وتتواصل عملية التسجيل إلى غاية نهاية السنة الجارية."),
        Block(kind=BlockKind.QUOTE, text="هذا الورش مسؤولية جماعية وسنواصل العمل"),
        Block(text="Le ministère a présenté mercredi le bilan de la couverture médicale."),
        Block(kind=BlockKind.IMAGE, src="images/artisans.jpg", caption="صناع تقليديون"),
    ) * 4
    return stored(arabic_content(body=Document(blocks)))


def start_up(python: str, mode: str, page_file: Path, runs: int) -> dict[str, object]:
    """Process start to first paint (median of `runs`) and the memory then (last run)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # Root cannot sandbox Chromium's renderer; CI runs as root.
    env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox --disable-gpu"
    times, shown, memory = [], [], {}
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(
            [python, __file__, "--child", mode, str(page_file)],
            capture_output=True,
            text=True,
            env=env,
            timeout=180,
            check=True,
        )
        times.append((time.perf_counter() - started) * 1000)
        memory = json.loads(done.stdout.strip().splitlines()[-1])
        shown.append(memory.pop("widget_to_paint_ms"))
    return {
        "start_to_paint_median_ms": round(statistics.median(times), 1),
        "widget_to_paint_median_ms": round(statistics.median(shown), 1),
        **memory,
    }


def renders(count: int) -> dict[str, object]:
    """A re-render of the preview pane against the plain browser's setHtml of the same page."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from newsdesk.gui.fonts import register_fonts
    from newsdesk.gui.preview.page_fonts import machine_families
    from newsdesk.gui.preview.pane import PreviewPane
    from newsdesk.render.html import render_article_html

    app = QApplication.instance() or QApplication([])
    register_fonts()
    article = sample_article()
    page = render_article_html(article)
    plain = QTextBrowser()
    plain.resize(683, 700)
    plain.show()
    pane = PreviewPane()
    pane.resize(683, 700)
    pane.show()
    pane.set_content(article)
    pane.flush()

    def preview_render() -> None:
        pane.set_content(article)
        pane.flush()

    app.processEvents()
    machine_families.cache_clear()
    started = time.perf_counter()
    machine_families()
    fc_list_ms = round((time.perf_counter() - started) * 1000, 1)
    return {
        "preview_render": summary(timed(preview_render, count)),
        "before_render": summary(timed(lambda: render_before(plain, page), count)),
        "fc_list_once_ms": fc_list_ms,
    }


def main() -> None:
    """Print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--renders", type=int, default=30)
    parser.add_argument("--webengine-python", default="")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PAGE"))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    from newsdesk.render.html import render_article_html

    with tempfile.TemporaryDirectory() as folder:
        page_file = Path(folder) / "index.html"
        page_file.write_text(render_article_html(sample_article()), encoding="utf-8")
        result: dict[str, object] = {
            "before": start_up(sys.executable, "before", page_file, args.runs),
            "preview": start_up(sys.executable, "preview", page_file, args.runs),
        }
        if args.webengine_python:
            result["webengine"] = start_up(args.webengine_python, "webengine", page_file, args.runs)
    result.update(renders(args.renders))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
