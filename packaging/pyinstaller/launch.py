"""The packaged application's entry point: `newsdesk` is the command line, `newsdesk-gui` the window.

`newsdesk` with no command opens the window too, as the installed `newsdesk` does.
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

from newsdesk.cli.main import gui_entry, main

if __name__ == "__main__":
    # Exports, imports and index rebuilds start worker processes (newsdesk.process_pool); in a
    # frozen application a worker, and the fork server, is this same executable, and
    # freeze_support() makes it run that instead of Newsdesk.
    multiprocessing.freeze_support()
    gui_only = Path(sys.executable).stem.lower() == "newsdesk-gui"
    sys.exit(gui_entry() if gui_only else main())
