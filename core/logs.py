"""Logging for every part of the app: one log file, the terminal, uncaught exceptions.

``setup(verbosity)`` is called once by the command line (and again harmlessly): it sends the
standard ``logging`` records of the worker, the mail dispatcher, the GUI and the flow runner
to

- a log file, ``b24-delete-account.log`` in the user log folder (platformdirs; on Linux
  ``~/.local/state/b24-delete-account/log``, or the folder in ``B24SIM_LOG_DIR``): INFO and
  above, DEBUG with ``-vv``; it rotates at 1 MB, three old files kept;
- the terminal (stderr): warnings and errors, INFO with ``-v``, DEBUG with ``-vv``.

Uncaught exceptions (``sys.excepthook``, ``threading.excepthook``) are written to the file
with their traceback, then handed to the previous hook (which prints them as Python does).
Qt's own messages reach ``logging`` through a handler the GUI installs (gui/app.py); this
module does not import Qt.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
from pathlib import Path

APP_NAME = "b24-delete-account"
LOG_FILE = f"{APP_NAME}.log"
FILE_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
QT_NOISE = ("This plugin does not support",)
QUIET_LIBRARIES = ("alembic",)

_state: dict = {"handlers": [], "hooks": None}


def log_dir() -> Path:
    """The folder of the log file: ``B24SIM_LOG_DIR`` when set, else the user log folder."""
    given = os.environ.get("B24SIM_LOG_DIR")
    if given:
        return Path(given).expanduser()
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def log_path() -> Path:
    return log_dir() / LOG_FILE


class _TerminalFormatter(logging.Formatter):
    """One line per record on the terminal; tracebacks only from -vv (they are in the file).

    Qt's own messages keep the look Qt gives them (the bare text)."""

    def __init__(self, tracebacks: bool) -> None:
        super().__init__("%(levelname)s %(name)s: %(message)s")
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        if record.name == "qt":
            return record.getMessage()
        line = f"{record.levelname.lower()}: {record.name}: {record.getMessage()}"
        if self.tracebacks and record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def _not_file_only(record: logging.LogRecord) -> bool:
    return not getattr(record, "file_only", False)


def setup(verbosity: int = 0, *, terminal: bool = True) -> Path | None:
    """Send logging to the log file and (``terminal``) stderr; returns the log file, or
    None when it cannot be written (then stderr says so in one line and logging goes on
    without it). Calling it again replaces what an earlier call installed."""
    root = logging.getLogger()
    for handler in _state["handlers"]:
        root.removeHandler(handler)
        handler.close()
    _state["handlers"] = []
    file_level = logging.DEBUG if verbosity >= 2 else logging.INFO
    term_level = {0: logging.WARNING, 1: logging.INFO}.get(max(verbosity, 0), logging.DEBUG)
    path: Path | None = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        to_file = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000,
                                                       backupCount=3, encoding="utf-8")
    except OSError as exc:
        print(f"warning: cannot write the log file {path} ({exc.strerror or exc}); "
              "logging to the terminal only", file=sys.stderr)
        path = None
    else:
        to_file.setLevel(file_level)
        to_file.setFormatter(logging.Formatter(FILE_FORMAT))
        _state["handlers"].append(to_file)
    if terminal:
        to_term = logging.StreamHandler(sys.stderr)
        to_term.setLevel(term_level)
        to_term.setFormatter(_TerminalFormatter(tracebacks=verbosity >= 2))
        to_term.addFilter(_not_file_only)
        _state["handlers"].append(to_term)
    for handler in _state["handlers"]:
        root.addHandler(handler)
    root.setLevel(min(file_level, term_level))
    logging.raiseExceptions = False  # a log file that fails mid-run never prints a traceback
    for name in QUIET_LIBRARIES:  # their INFO is every start's migration check
        logging.getLogger(name).setLevel(logging.NOTSET if verbosity >= 2 else logging.WARNING)
    _install_hooks()
    return path


def _install_hooks() -> None:
    """Uncaught exceptions, in the main thread and others, go to the log file first."""
    if _state["hooks"] is not None:
        return
    previous_sys, previous_thread = sys.excepthook, threading.excepthook
    log = logging.getLogger("crash")

    def on_uncaught(kind, value, tb) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log.critical("uncaught exception", exc_info=(kind, value, tb),
                         extra={"file_only": True})
        previous_sys(kind, value, tb)

    def on_thread_uncaught(args) -> None:
        if args.exc_type is not SystemExit:
            name = args.thread.name if args.thread else "?"
            log.critical("uncaught exception in thread %s", name,
                         exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
                         extra={"file_only": True})
        previous_thread(args)

    sys.excepthook, threading.excepthook = on_uncaught, on_thread_uncaught
    _state["hooks"] = (previous_sys, previous_thread)


def qt_level(kind_name: str) -> int:
    """The logging level of a Qt message type by its name (QtMsgType.QtWarningMsg -> WARNING)."""
    name = kind_name.rsplit(".", 1)[-1]
    return {"QtDebugMsg": logging.DEBUG, "QtInfoMsg": logging.INFO,
            "QtWarningMsg": logging.WARNING, "QtCriticalMsg": logging.ERROR,
            "QtFatalMsg": logging.CRITICAL}.get(name, logging.WARNING)


def qt_message(kind, context, message: str) -> None:
    """A Qt message handler (``qInstallMessageHandler(qt_message)``): Qt's warnings go to the
    ``qt`` logger, so to the log file, and to the terminal as Qt printed them."""
    level = qt_level(getattr(kind, "name", str(kind)))
    if level == logging.WARNING and message.startswith(QT_NOISE):
        level = logging.DEBUG  # the offscreen platform's "cannot do that hint": nobody can act
    logging.getLogger("qt").log(level, "%s", message)
