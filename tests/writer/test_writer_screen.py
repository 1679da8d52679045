"""The writer filled through its widgets; the PDF and .docx checked from outside.

Real WeasyPrint, python-docx, pyenchant with Debian's de_DE, pdftotext and
pdfplumber: nothing is faked but the shell around the screen.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from helpers.tools import require_tool
from PySide6.QtCore import Qt

from kiosk.writer import din5008, model, templates
from kiosk.writer.draft import load as load_draft
from kiosk.writer.editor import misspelled
from kiosk.writer.screen import WriterScreen

from .helpers_fill import MARKER, RECIPIENT, fill, photo, type_into


@pytest.fixture
def screen(qtbot, tmp_path):
    require_tool("pdftotext", "/usr/share/hunspell/de_DE.dic")
    session = tmp_path / "session"
    photo(session / "documents")
    shown: list[Path] = []
    made: list[int] = []
    screen = WriterScreen(
        template=templates.load(templates.BUILTIN, "standard"),
        documents=lambda: session / "documents",
        drafts=lambda: session / "writer",
        language=lambda: "ar",
        show_pdf=shown.append,
        published=lambda: made.append(1),
        today=lambda: dt.date(2026, 12, 2),
    )
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.shown, screen.published_count = shown, made
    return screen


def _make(qtbot, screen, kind: str):
    button = screen.make_cv if kind == "cv" else screen.make_letter
    with qtbot.waitSignal(screen.made, timeout=60_000) as made:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return made.args[0]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _pdftotext(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True
    )
    return _flat(out.stdout)


def _docx_text(path: Path) -> str:
    import docx

    doc = docx.Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert doc.core_properties.author == ""
    return _flat(" ".join(parts))


def test_cv_and_letter_from_the_widgets_to_pdf_and_docx(qtbot, screen) -> None:
    fill(qtbot, screen)
    cv, letter = screen.cv(), screen.letter()
    cv_made = _make(qtbot, screen, "cv")
    letter_made = _make(qtbot, screen, "letter")
    assert screen.published_count == [1, 1]  # counted, nothing of the content
    assert screen.shown == [cv_made.pdf, letter_made.pdf]  # the preview

    assert cv_made.pages == 2
    cv_text = _pdftotext(cv_made.pdf)
    for field in model.cv_texts(model.clean_cv(cv)):
        assert _flat(field) in cv_text, field
    letter_text = _pdftotext(letter_made.pdf)
    for field in model.letter_texts(letter):
        assert _flat(field) in letter_text, field

    for made in (cv_made, letter_made):
        fonts = subprocess.run(
            ["pdffonts", str(made.pdf)], capture_output=True, text=True
        ).stdout.splitlines()[2:]
        assert fonts and all(" yes yes " in line for line in fonts), fonts
        word = _docx_text(made.docx)
        texts = (
            model.cv_texts(model.clean_cv(cv))
            if made.kind == "cv"
            else model.letter_texts(letter)
        )
        for field in texts:
            assert _flat(field) in word, field
    assert "Ausbildung school0" in _docx_text(cv_made.docx)


def test_the_address_lies_in_the_din_5008_window(qtbot, screen) -> None:
    import pdfplumber

    fill(qtbot, screen, rows=1)
    made = _make(qtbot, screen, "letter")
    form = din5008.FORM_B
    with pdfplumber.open(made.pdf) as pdf:
        page = pdf.pages[0]
        assert din5008.mm(page.width) == pytest.approx(210, abs=0.5)
        assert din5008.mm(page.height) == pytest.approx(297, abs=0.5)
        lines = page.extract_text_lines()
    for wanted in (
        RECIPIENT[k] for k in ("company", "contact", "company_street", "company_city")
    ):
        line = next(x for x in lines if x["text"] == wanted)
        box = [din5008.mm(line[k]) for k in ("x0", "top", "x1", "bottom")]
        assert form.in_field(*box), (wanted, box)
        assert box[0] == pytest.approx(form.text_left, abs=0.5)
        assert box[1] >= form.address_top - 0.1  # below the return address zone
    company = next(x for x in lines if x["text"] == RECIPIENT["company"])
    assert din5008.mm(company["top"]) < form.address_top + 2  # the first line on top
    back = next(x for x in lines if x["text"].startswith("Amira Haddad,"))
    assert din5008.mm(back["bottom"]) <= form.address_top + 0.1

    # The .docx: the address paragraph is a frame anchored to the page, and
    # the frame lies inside the window too (twips → mm).
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(made.docx))
    address = next(
        p for p in document.paragraphs if p.text.startswith(RECIPIENT["company"])
    )
    frame = address._p.pPr.find(qn("w:framePr"))
    assert frame.get(qn("w:hAnchor")) == frame.get(qn("w:vAnchor")) == "page"

    def mm(key: str) -> float:
        return int(frame.get(qn(f"w:{key}"))) / 1440 * 25.4

    box = (mm("x"), mm("y"), mm("x") + mm("w"), mm("y") + mm("h"))
    assert form.in_field(*box), box
    assert box[1] == pytest.approx(form.address_top, abs=0.1)


def test_spelling_flags_a_misspelled_german_word_and_not_a_correct_one(
    qtbot, screen
) -> None:
    screen.go("body")
    editor = screen.body.editors[0]
    editor.clear()
    type_into(qtbot, editor, "Meine Bewerbumg als Einzelhandelskauffrau ")
    qtbot.waitUntil(lambda: misspelled(editor.document()) != [])
    assert misspelled(editor.document()) == ["Bewerbumg"]
    # Spelling help: the cursor in the word, one tap, the first suggestion.
    cursor = editor.textCursor()
    cursor.setPosition(len("Meine Bew"))
    editor.setTextCursor(cursor)
    qtbot.mouseClick(screen.body.spelling, Qt.MouseButton.LeftButton)
    first = screen.body.suggestion_buttons[0]
    assert first.isVisibleTo(screen) and first.text() == "Bewerbung"
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert editor.toPlainText().startswith("Meine Bewerbung als")
    qtbot.waitUntil(lambda: misspelled(editor.document()) == [])
    assert not screen.body.suggestion_row.isVisibleTo(screen)


def test_arabic_runs_right_to_left_and_is_checked_with_its_dictionary(
    qtbot, screen
) -> None:
    screen.go("body")
    editor = screen.body.editors[0]
    editor.clear()
    editor.insertPlainText("أنا أبحث عن عمل")
    block = editor.document().begin()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    assert "ar" in screen.spelling.speller("ar").tags
    assert misspelled(editor.document()) == []


def test_only_a_name_is_needed(qtbot, screen) -> None:
    screen.go("finish")
    qtbot.mouseClick(screen.make_cv, Qt.MouseButton.LeftButton)
    assert "name" in screen.status.text()
    assert not screen.worker.busy
    screen.go("personal")
    type_into(qtbot, screen.personal.fields["name"], "Nur Name")
    made = _make(qtbot, screen, "cv")
    assert "Nur Name" in _pdftotext(made.pdf)
    assert "Berufserfahrung" not in _pdftotext(made.pdf)  # skipped steps: no heading


def test_the_draft_lives_in_the_session_folder_and_reset_empties_the_screen(
    qtbot, screen, tmp_path
) -> None:
    fill(qtbot, screen, rows=1)
    draft = tmp_path / "session" / "writer" / "draft.json"
    assert MARKER in draft.read_text(encoding="utf-8")
    assert draft.stat().st_mode & 0o777 == 0o600
    assert load_draft(draft.parent) == (screen.cv(), screen.letter())
    assert screen.holds_text()
    screen.reset()
    assert not screen.holds_text()
    assert screen.step == "personal"


def test_a_document_finished_after_the_wipe_is_dropped(qtbot, screen) -> None:
    """The thread's report may already wait in the queue when the session
    ends: the reset drops it, so no preview, no count, no file name shown."""
    type_into(qtbot, screen.personal.fields["name"], "Nur Name")
    screen.go("finish")
    made: list[object] = []
    screen.made.connect(made.append)
    assert screen.make("cv")
    screen.worker.wait()  # the thread is done; its signal is queued
    screen.reset()
    qtbot.wait(200)
    assert made == [] and screen.last == {} and screen.shown == []
    assert screen.published_count == []
    assert not screen.holds_text()


def test_a_language_change_checks_with_that_dictionary(qtbot, tmp_path) -> None:
    """German always; the resident's language besides it once they choose it."""
    require_tool("/usr/share/hunspell/de_DE.dic")
    language = ["de"]
    screen = WriterScreen(
        template=templates.load(templates.BUILTIN, "standard"),
        documents=lambda: tmp_path / "documents",
        drafts=lambda: tmp_path / "writer",
        language=lambda: language[0],
    )
    qtbot.addWidget(screen)
    editor = screen.body.editors[0]
    editor.setPlainText("Ich spreche English")
    assert misspelled(editor.document()) == ["English"]
    language[0] = "en"
    screen.retranslate()  # what the shell's language change brings
    assert misspelled(editor.document()) == []


def test_the_letter_starts_with_proposed_sentences_and_a_fitting_salutation(
    qtbot, screen
) -> None:
    screen.go("recipient")
    assert (
        screen.recipient.fields["salutation"].text() == "Sehr geehrte Damen und Herren,"
    )
    type_into(
        qtbot, screen.recipient.fields["contact"], "Personalabteilung, Frau Berger"
    )
    type_into(
        qtbot, screen.recipient.fields["subject"], "Bewerbung als Kundenberaterin"
    )
    screen.go("body")
    assert screen.recipient.fields["salutation"].text() == "Sehr geehrte Frau Berger,"
    first, second, _, last = (e.toPlainText() for e in screen.body.editors)
    assert first.endswith("Hiermit bewerbe ich mich als Kundenberaterin.")
    assert second == ""  # what only the resident can say
    assert "freue mich" in last
    assert misspelled(screen.body.editors[0].document()) == []
    # Written text is never replaced by a second visit.
    screen.body.editors[1].setPlainText("Eigener Text")
    screen.go("recipient")
    screen.go("body")
    assert screen.body.editors[1].toPlainText() == "Eigener Text"


def test_a_photo_that_is_no_picture_is_named_as_the_problem(
    qtbot, screen, tmp_path
) -> None:
    (tmp_path / "session" / "documents" / "kaputt.jpg").write_bytes(b"no picture")
    type_into(qtbot, screen.personal.fields["name"], "Nur Name")
    screen.go("photo")
    names = [screen.photo.list.item(i).text() for i in range(screen.photo.list.count())]
    screen.photo.list.setCurrentRow(names.index("kaputt.jpg"))
    screen.go("finish")
    with qtbot.waitSignal(screen.failed, timeout=60_000) as failed:
        qtbot.mouseClick(screen.make_cv, Qt.MouseButton.LeftButton)
    assert failed.args == ["photo"]
    assert "photo" in screen.status.text()
    assert screen.last == {} and screen.published_count == []


def _soffice_pdf(docx: Path, out: Path) -> Path:
    """The .docx opened by LibreOffice (as a resident's word processor would)
    and printed to PDF; a private profile, so nothing is shared between runs."""
    out.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(out / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(docx),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={"HOME": str(out), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    pdf = out / (docx.stem + ".pdf")
    assert done.returncode == 0 and pdf.exists(), done.stdout + done.stderr
    return pdf


def test_the_docx_opens_in_libreoffice_with_every_field_and_the_address_window(
    qtbot, screen, tmp_path
) -> None:
    import pdfplumber

    require_tool("soffice")
    fill(qtbot, screen, rows=1)
    cv, letter = screen.cv(), screen.letter()
    cv_made = _make(qtbot, screen, "cv")
    letter_made = _make(qtbot, screen, "letter")
    cv_pdf = _soffice_pdf(cv_made.docx, tmp_path / "lo-cv")
    letter_pdf = _soffice_pdf(letter_made.docx, tmp_path / "lo-letter")

    cv_text = _pdftotext(cv_pdf)
    for field in model.cv_texts(model.clean_cv(cv)):
        assert _flat(field) in cv_text, field
    letter_text = _pdftotext(letter_pdf)
    for field in model.letter_texts(letter):
        assert _flat(field) in letter_text, field

    form = din5008.FORM_B
    with pdfplumber.open(letter_pdf) as pdf:
        page = pdf.pages[0]
        assert din5008.mm(page.width) == pytest.approx(210, abs=0.5)
        assert din5008.mm(page.height) == pytest.approx(297, abs=0.5)
        lines = page.extract_text_lines()
    for wanted in (
        RECIPIENT[k] for k in ("company", "contact", "company_street", "company_city")
    ):
        line = next(x for x in lines if x["text"] == wanted)
        box = [din5008.mm(line[k]) for k in ("x0", "top", "x1", "bottom")]
        assert form.in_field(*box), (wanted, box)
        assert box[0] == pytest.approx(form.text_left, abs=0.5)
        assert box[1] >= form.address_top - 0.5  # below the return address zone
