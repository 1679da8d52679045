"""Chromium's accessibility tree (the page's headings, links, fields) for AT-SPI.

QtWebEngine builds the page's tree only while Qt's accessibility is active,
and learns that from QAccessible's activation notices (on Linux unless
`QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY=0`; qtwebengine's
src/core/accessibility_activation_observer.cpp). A notice that comes after the
engine has started works: Orca started by staff mid-session switches Qt's
AT-SPI bridge on, and the page's tree follows. But when accessibility was
already on before the engine started — `QT_LINUX_ACCESSIBILITY_ALWAYS_ON`, or
the AT-SPI bus already enabled when the shell starts (`toolkit-accessibility`
left on in dconf by an earlier Orca) — the tree never came: the web view's
accessible stayed without a child, so a screen reader heard the shell and
nothing of the page (Qt 6.12, measured; docs/accessibility.md).

`pass_on()` repeats the current state to the engine once it exists (the
first profile starts it). It switches nothing on by itself: with
accessibility off it does nothing, so a station without a screen reader
pays nothing for Chromium's tree.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from kiosk import log


def pass_on() -> bool:
    """Tell QtWebEngine that Qt's accessibility is on, if it is.

    Call after a QWebEngineProfile exists. Returns whether it was on.
    """
    if not QAccessible.isActive():
        return False
    QAccessible.setActive(True)  # notifies the engine's activation observer
    log.web.info("accessibility is on: pages get Chromium's accessibility tree")
    return True
