"""The text of a page for "Read aloud": the selection, else the main text.

Read in the shell's isolated world (the page's scripts cannot see or change
the call); the text goes to the speaker only, never to a log. Long pages are
cut, so one press never reads for an hour.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript

MAX_CHARS = 6000

_READ = """
(function () {
  var picked = String(window.getSelection ? window.getSelection() : "").trim();
  var main = document.querySelector("main, [role=main], article") || document.body;
  var text = picked || (main ? main.innerText : "");
  // An array would reach Qt as ""; a JSON text arrives whole.
  return JSON.stringify([document.documentElement.lang || "",
                         String(text).slice(0, MAX_CHARS)]);
})()
""".replace("MAX_CHARS", str(MAX_CHARS))


def read_page_text(page: QWebEnginePage, done: Callable[[str, str], None]) -> None:
    """Call `done(text, language)`; language is the page's lang tag ("" unknown)."""

    def got(result: object) -> None:
        try:
            lang, text = json.loads(result) if isinstance(result, str) else ("", "")
        except ValueError:
            lang, text = "", ""
        done(str(text or ""), str(lang or "").lower())

    page.runJavaScript(_READ, QWebEngineScript.ScriptWorldId.ApplicationWorld, got)
