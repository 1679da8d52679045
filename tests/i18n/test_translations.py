"""The shipped .ts/.qm files: complete, current, and what the shell loads.

Stale means the set of tr() source strings in kiosk/ differs from a .ts file:
a fresh pyside6-lupdate run into a temp dir is the oracle. Fix: `make translations`,
then translate what is new (pyside6-linguist kiosk/ui/translations/kiosk_xx.ts).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "kiosk" / "ui" / "translations"
LANGUAGES = ("de", "en", "ar", "uk", "ru", "tr")
# Plural forms Qt uses per language (Turkish has one, Arabic six).
NUMERUS_FORMS = {"de": 2, "en": 2, "ar": 6, "uk": 3, "ru": 3, "tr": 1}
PLACEHOLDER = re.compile(r"%\d|\{[a-z_]+\}")
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str  # "" finished, or unfinished / vanished / obsolete
    text: str
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, bool]:
        return (self.context, self.source, self.numerus)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message has no translation"
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    numerus=message.get("numerus") == "yes",
                    kind=translation.get("type", ""),
                    text=translation.text or "",
                    forms=tuple(f.text or "" for f in translation.iter("numerusform")),
                )
            )
    return messages


def live(messages: list[Message]) -> list[Message]:
    return [m for m in messages if m.kind not in ("vanished", "obsolete")]


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory) -> set[tuple[str, str, bool]]:
    out = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kiosk").rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), "-locations", "none", *sources, "-ts", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    keys = {m.key for m in read_ts(out)}
    assert len(keys) > 100, "lupdate found too few strings; is it scanning kiosk/?"
    return keys


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_is_not_stale(language: str, fresh_sources) -> None:
    shipped = {m.key for m in live(read_ts(FOLDER / f"kiosk_{language}.ts"))}
    new = sorted(s for _, s, _ in fresh_sources - shipped)
    gone = sorted(s for _, s, _ in shipped - fresh_sources)
    assert not new and not gone, (
        f"kiosk_{language}.ts is stale: new in the code {new[:5]}, "
        f"no longer in the code {gone[:5]}; run `make translations` and translate"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished(language: str) -> None:
    path = FOLDER / f"kiosk_{language}.ts"
    messages = read_ts(path)
    assert messages, f"{path.name} holds no messages"
    left = [m.source for m in messages if m.kind]
    assert not left, f"{path.name}: unfinished, vanished or obsolete: {left[:5]}"
    empty = [m.source for m in messages if not m.numerus and not m.text.strip()]
    assert not empty, f"{path.name}: empty translations {empty[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_forms_are_complete(language: str) -> None:
    plurals = [m for m in live(read_ts(FOLDER / f"kiosk_{language}.ts")) if m.numerus]
    assert plurals, "the shell has %n strings; none found"
    for message in plurals:
        assert len(message.forms) == NUMERUS_FORMS[language], message.source
        assert all(form.strip() for form in message.forms), message.source
        # The general ("other") form always shows the number.
        assert "%n" in message.forms[-1], message.source


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language: str) -> None:
    for message in live(read_ts(FOLDER / f"kiosk_{language}.ts")):
        if message.numerus:
            continue
        wanted = sorted(PLACEHOLDER.findall(message.source))
        assert sorted(PLACEHOLDER.findall(message.text)) == wanted, (
            f"{language}: {message.source!r} → {message.text!r} lost a placeholder"
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_qm_matches_the_ts(language: str, qapp) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    qm = FOLDER / f"kiosk_{language}.qm"
    assert translator.load(str(qm)), f"{qm.name} missing or broken; make translations"
    for message in live(read_ts(FOLDER / f"kiosk_{language}.ts")):
        if message.numerus:
            # 100 falls in the last (general) form in all six languages.
            got = translator.translate(message.context, message.source, None, 100)
            expected = message.forms[-1]
        else:
            got = translator.translate(message.context, message.source)
            expected = "" if message.text == message.source else message.text
        assert got == expected, (
            f"{qm.name} is older than its .ts for {message.source!r}; make translations"
        )


# `tr = self.tr` hides the strings from lupdate: they never reach a .ts file
# and show in English at run time, while the stale test above stays green.
ALIAS = re.compile(r"^\s*\w+\s*=\s*([\w.]*\.tr|QCoreApplication\.translate)\s*$", re.M)
ALIAS_KNOWN: set[str] = set()  # none left


def test_tr_is_only_called_on_self() -> None:
    # lupdate files `overlay.tr("…")` under the context "overlay", while Qt
    # looks it up under the object's class: the text would stay English.
    other = re.compile(r"(?<!self)\.tr\(")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "kiosk").rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if other.search(line)
    ]
    assert found == [], f"tr() called on another object: {found}"


def test_no_tr_aliases_hide_strings_from_lupdate() -> None:
    found = {
        str(path.relative_to(ROOT))
        for path in (ROOT / "kiosk").rglob("*.py")
        if ALIAS.search(path.read_text(encoding="utf-8"))
    }
    assert found <= ALIAS_KNOWN, (
        f"tr() aliases in {sorted(found - ALIAS_KNOWN)}: call self.tr() directly"
    )
