"""Logging with named categories, journald-friendly lines and optional JSON.

Categories: init, session, web, cardreader, printing, usage, staff, qt.
Never log what a resident typed, saw or holds: no query strings, form data,
page text, PINs, card data or document names. Use `safe_url` for URLs.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from urllib.parse import urlsplit

CATEGORIES = (
    "init",
    "session",
    "web",
    "cardreader",
    "printing",
    "usage",
    "staff",
    "qt",
)

init = logging.getLogger("kiosk.init")
session = logging.getLogger("kiosk.session")
web = logging.getLogger("kiosk.web")
cardreader = logging.getLogger("kiosk.cardreader")
printing = logging.getLogger("kiosk.printing")
usage = logging.getLogger("kiosk.usage")
staff = logging.getLogger("kiosk.staff")
writer = logging.getLogger("kiosk.writer")
qt = logging.getLogger("kiosk.qt")


def safe_url(url: str) -> str:
    """Scheme and host only: paths, queries and fragments can carry personal data."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable url>"
    if not parts.scheme:
        return "<relative url>"
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}"


class JournalFormatter(logging.Formatter):
    """One line per record, no timestamp (journald adds it), with the category."""

    def format(self, record: logging.LogRecord) -> str:
        category = record.name.removeprefix("kiosk.")
        line = f"{record.levelname.lower()} [{category}] {record.getMessage()}"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "time": round(time.time(), 3),
            "level": record.levelname.lower(),
            "category": record.name.removeprefix("kiosk."),
            "message": record.getMessage(),
        }
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def setup(level: str = "info", json_lines: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if json_lines else JournalFormatter())
    root = logging.getLogger("kiosk")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False


def install_qt_handler() -> None:
    """Route Qt's own messages into the `qt` category."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(mode: QtMsgType, context: object, message: str) -> None:
        qt.log(levels.get(mode, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
