"""The entry point in a checkout: ``python main.py [command]`` (``make run`` opens the GUI).

The command line itself is b24_delete_account.py, the same one the installed
``b24-delete-account`` command and ``python -m b24_delete_account`` run.
"""

from __future__ import annotations

import sys

from b24_delete_account import build_parser, main

__all__ = ["build_parser", "main"]

if __name__ == "__main__":
    sys.exit(main())
