"""The application's identity, shared by start-up, the self-check and the packaging files."""

from __future__ import annotations

from pathlib import Path

APP_ID = "app.newsdesk.Newsdesk"
ORGANIZATION_DOMAIN = "newsdesk.app"
BUNDLE_MIME_TYPE = "application/vnd.newsdesk.bundle+zip"
BUNDLE_SUFFIX = ".ndbundle"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ASSETS_DIR = Path(__file__).resolve().parent / "assets"
ICONS_DIR = ASSETS_DIR / "icons" / "hicolor"


def icon_files() -> list[Path]:
    """The application icon's files shipped in the package: each PNG size, then the SVG."""
    files = [ICONS_DIR / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES]
    files.append(ICONS_DIR / "scalable" / "apps" / f"{APP_ID}.svg")
    return [path for path in files if path.is_file()]
