"""The colours of the reading themes, apart from the renderer, for the preview's frame."""

from __future__ import annotations

# Colours of each reading theme, written into the stylesheet as plain values (not CSS custom
# properties) so that Qt's rich-text engine, which knows no var(), shows the same colours.
PALETTES = {
    "light": {
        "page": "#ffffff",
        "ink": "#1d1d1f",
        "muted": "#55565a",
        "faint": "#7b7c80",
        "rule": "#d9d6cf",
        "accent": "#9c1c1c",
        "badge": "#c8102e",
        "badge_ink": "#ffffff",
        "quote": "#2f3033",
        "link": "#0b5cad",
    },
    "dark": {
        "page": "#16181c",
        "ink": "#e8e6e1",
        "muted": "#b3b1ac",
        "faint": "#8e8c88",
        "rule": "#3a3d44",
        "accent": "#f08a7e",
        "badge": "#e0393e",
        "badge_ink": "#ffffff",
        "quote": "#d6d4cf",
        "link": "#8cc4ff",
    },
}
