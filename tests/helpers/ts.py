"""The shell's translations as the .ts files hold them (independent of Qt)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[2] / "kiosk" / "ui" / "translations"


def translations(language: str) -> dict[tuple[str, str], str]:
    """(context, English source) -> translation (a plural's first form)."""
    root = ET.parse(TS / f"kiosk_{language}.ts").getroot()
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in node.iter("numerusform")]
            found[name, source] = forms[0] if forms else (node.text or "")
    return found


def tr(language: str, context: str, source: str) -> str:
    return translations(language)[context, source]
