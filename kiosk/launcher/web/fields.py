"""Tells the shell when a web page's text field gets or loses the focus.

The on-screen keyboard pops up for a page's field as it does for the shell's
own. A small script in an isolated world (pages cannot see or call it)
reports over a QWebChannel whether the focused element takes text, and where
it sits, so the keyboard never covers it. It reports a yes/no and a
rectangle only: never the field's name, value or anything typed. Frames
pass their reports up with postMessage (see _REPORTER); the parent page's
scripts can see those, and a frame's scripts could fake one, which at worst
pops the keyboard up.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice, QObject, QRect, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineScript

from kiosk.qtsignals import emit

WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
CHANNEL_NAME = "kioskFields"

# Input types a keyboard types into; dates, colours and buttons have pickers.
# Every frame runs this. Only the top frame has the channel (Qt gives no
# transport to subframes), so a frame posts its report to its parent, which
# shifts the rectangle by the frame element's place and passes it on: the
# shell gets the field's place in the page, through frames of any origin.
# Each frame reports under a random name, since frames of other origins run
# in other processes and their reports come in any order. A document whose
# focus moves onto a frame element takes back only its own report: the frame
# inside speaks for itself.
_REPORTER = """
(function () {
  "use strict";
  var TYPES = ["text", "search", "email", "url", "tel", "password", "number"];
  var FRAME = String(Math.random()).slice(2);
  var send = null;  // (frame, own report?, focused, [left, top, width, height])
  function takesText(el) {
    if (!el || el.disabled || el.readOnly) return false;
    if (el.isContentEditable || el.tagName === "TEXTAREA") return true;
    return el.tagName === "INPUT" && TYPES.indexOf(el.type) >= 0;
  }
  function isFrame(el) {
    return !!el && (el.tagName === "IFRAME" || el.tagName === "FRAME");
  }
  function frameOf(source) {
    var all = document.querySelectorAll("iframe, frame");
    for (var i = 0; i < all.length; i++) {
      if (all[i].contentWindow === source) return all[i];
    }
    return null;
  }
  function report() {
    var el = document.activeElement;
    if (document.hasFocus() && isFrame(el)) {
      // Into a frame: take back this document's field, and no other's.
      send(FRAME, false, false, [0, 0, 0, 0]);
      return;
    }
    var on = document.hasFocus() && takesText(el);
    var r = on ? el.getBoundingClientRect() : {left: 0, top: 0, width: 0, height: 0};
    send(FRAME, true, on, [r.left, r.top, r.width, r.height]);
  }
  function fromFrame(event) {
    var m = event.data && event.data.kioskField;
    var holder = frameOf(event.source);  // only a frame of this document
    if (!holder || !Array.isArray(m) || m.length !== 6) return;
    var b = holder.getBoundingClientRect();
    send(String(m[0]), false, m[1] === true, [
      Number(m[2]) + b.left + holder.clientLeft,
      Number(m[3]) + b.top + holder.clientTop,
      Number(m[4]), Number(m[5])]);
  }
  function start() {
    window.addEventListener("message", fromFrame, true);
    document.addEventListener("focusin", report, true);
    // After a focusout the next element is not focused yet: look once settled.
    document.addEventListener("focusout", function () {
      setTimeout(report, 0);
    }, true);
    report();  // a field focused (autofocus) before this script ran
  }
  if (window === window.top) {
    new QWebChannel(qt.webChannelTransport, function (channel) {
      var shell = channel.objects.CHANNEL;
      send = function (frame, own, on, r) {
        shell.fieldFocused(frame, own, on, r[0], r[1], r[2], r[3]);
      };
      start();
    });
  } else {
    send = function (frame, own, on, r) {
      parent.postMessage({kioskField: [frame, on, r[0], r[1], r[2], r[3]]}, "*");
    };
    start();
  }
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
    """Every frame of every page of the profile reports its text fields."""
    script = QWebEngineScript()
    script.setName("kiosk-fields")
    script.setSourceCode(_channel_library() + _REPORTER)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
    script.setWorldId(WORLD)
    script.setRunsOnSubFrames(True)
    profile.scripts().insert(script)


class FieldFocus(QObject):
    """The page's end of the channel; `changed` carries (focused, rect in CSS px)."""

    changed = Signal(bool, QRect)

    def __init__(self, page: QWebEnginePage) -> None:
        super().__init__(page)
        self._frames = FrameFields()
        self._channel = QWebChannel(self)
        self._channel.registerObject(CHANNEL_NAME, self)
        page.setWebChannel(self._channel, WORLD)
        page.loadStarted.connect(self._frames.clear)

    @Slot(str, bool, bool, float, float, float, float)
    def fieldFocused(
        self,
        frame: str,
        own: bool,
        on: bool,
        left: float,
        y: float,
        width: float,
        height: float,
    ) -> None:
        rect = QRect(round(left), round(y), round(width), round(height))
        focused = self._frames.report(str(frame), bool(own), bool(on), rect)
        if focused is None:
            emit(self.changed, False, QRect())
        else:
            emit(self.changed, True, focused)


class FrameFields:
    """Which frame holds a focused text field, from reports in any order.

    Only one element of a page has the focus. The top document's own report
    settles it: a field or no field there means no frame holds one. A
    frame's "no field", and the top document's when its focus went into a
    frame, take back only their own earlier report, so a late one cannot
    hide the field that another frame has just reported.
    """

    def __init__(self) -> None:
        self._on: dict[str, QRect] = {}  # frame → its field, newest last

    def clear(self) -> None:
        self._on.clear()

    def report(self, frame: str, own: bool, on: bool, rect: QRect) -> QRect | None:
        """The focused field's rectangle after this report, or None.

        `own`: the top document reports about itself (not a frame's report
        passed on)."""
        if own:
            self._on.clear()
        self._on.pop(frame, None)
        if on:
            self._on[frame] = rect
        return next(reversed(self._on.values()), None)
