"""Tells the shell when a web page's text field gets or loses the focus.

The on-screen keyboard pops up for a page's field as it does for the shell's
own. A small script in an isolated world (pages cannot see or call it)
reports over a QWebChannel whether the focused element takes text, and where
it sits, so the keyboard never covers it. It reports a yes/no and a
rectangle only: never the field's name, value or anything typed.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice, QObject, QRect, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineScript

from kiosk.qtsignals import emit

WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
CHANNEL_NAME = "kioskFields"

# Input types a keyboard types into; dates, colours and buttons have pickers.
_REPORTER = """
(function () {
  "use strict";
  var TYPES = ["text", "search", "email", "url", "tel", "password", "number"];
  function takesText(el) {
    if (!el || el.disabled || el.readOnly) return false;
    if (el.isContentEditable || el.tagName === "TEXTAREA") return true;
    return el.tagName === "INPUT" && TYPES.indexOf(el.type) >= 0;
  }
  new QWebChannel(qt.webChannelTransport, function (channel) {
    var shell = channel.objects.CHANNEL;
    function report() {
      var el = document.activeElement;
      var on = document.hasFocus() && takesText(el);
      var r = on ? el.getBoundingClientRect()
                 : {left: 0, top: 0, width: 0, height: 0};
      shell.fieldFocused(on, r.left, r.top, r.width, r.height);
    }
    document.addEventListener("focusin", report, true);
    // After a focusout the next element is not focused yet: look once settled.
    document.addEventListener("focusout", function () {
      setTimeout(report, 0);
    }, true);
    report();  // a field focused (autofocus) before the channel was up
  });
})();
""".replace("CHANNEL", CHANNEL_NAME)


def _channel_library() -> str:
    file = QFile(":/qtwebchannel/qwebchannel.js")
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError("qwebchannel.js is missing from QtWebEngine's resources")
    try:
        return bytes(file.readAll().data()).decode("utf-8")
    finally:
        file.close()


def install_script(profile: QWebEngineProfile) -> None:
    """Every page of the profile reports its text fields (main frame only)."""
    script = QWebEngineScript()
    script.setName("kiosk-fields")
    script.setSourceCode(_channel_library() + _REPORTER)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
    script.setWorldId(WORLD)
    script.setRunsOnSubFrames(False)
    profile.scripts().insert(script)


class FieldFocus(QObject):
    """The page's end of the channel; `changed` carries (focused, rect in CSS px)."""

    changed = Signal(bool, QRect)

    def __init__(self, page: QWebEnginePage) -> None:
        super().__init__(page)
        self._channel = QWebChannel(self)
        self._channel.registerObject(CHANNEL_NAME, self)
        page.setWebChannel(self._channel, WORLD)

    @Slot(bool, float, float, float, float)
    def fieldFocused(
        self, on: bool, left: float, top: float, width: float, height: float
    ) -> None:
        rect = QRect(round(left), round(top), round(width), round(height))
        emit(self.changed, bool(on), rect if on else QRect())
