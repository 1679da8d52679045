"""The writer screen: the guided steps, then "Make PDF", preview and print.

The shell puts it in its content stack and hands in what it needs: the
session's documents and draft folders, the template, the resident's language,
the PDF viewer, the print flow and the usage publisher.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.qtsignals import emit
from kiosk.ui.widgets import Retranslated, button, label, set_text
from kiosk.writer import draft, model, templates
from kiosk.writer.editor import Checker
from kiosk.writer.output import Made, OutputWorker
from kiosk.writer.speller import Spelling
from kiosk.writer.steps import (
    BodyStep,
    EntriesStep,
    FormStep,
    LanguagesStep,
    LinesStep,
    PhotoStep,
)
from kiosk.writer.templates import Template

STEPS = (
    "personal",
    "photo",
    "school",
    "work",
    "skills",
    "languages",
    "interests",
    "recipient",
    "body",
    "finish",
)
PERSONAL = ("name", "street", "city", "phone", "email", "birth")
RECIPIENT = (
    "company",
    "contact",
    "company_street",
    "company_city",
    "subject",
    "reference",
    "salutation",
    "place_date",
)


def tile_texts() -> tuple[str, str]:
    """The launcher tile's title and description, in the shell's language."""
    return (
        QCoreApplication.translate("Writer", "Write an application"),
        QCoreApplication.translate("Writer", "CV and cover letter, step by step"),
    )


class WriterScreen(Retranslated, QWidget):
    made = Signal(object)  # output.Made, after the PDF and .docx are saved
    failed = Signal(str)

    def __init__(
        self,
        *,
        template: Template,
        documents: Callable[[], Path],
        drafts: Callable[[], Path],
        language: Callable[[], str],
        show_pdf: Callable[[Path], object] | None = None,
        print_file: Callable[[str], object] | None = None,
        published: Callable[[], None] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.template = template
        self._documents = documents
        self._drafts = drafts
        self._language = language
        self._show_pdf = show_pdf
        self._print_file = print_file
        self._published = published
        self._today = today
        self.spelling = Spelling(language)
        self.last: dict[str, Made] = {}
        self.worker = OutputWorker(self)
        self.worker.done.connect(self._on_made)
        self.worker.failed.connect(self._on_failed)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        # The step list scrolls when ten big buttons do not fit (large text).
        side_box = QWidget()
        side = QVBoxLayout(side_box)
        side.setContentsMargins(0, 0, 8, 0)
        self.step_buttons: dict[str, QPushButton] = {}
        for key in STEPS:
            b = button()
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, k=key: self.go(k))
            side.addWidget(b)
            self.step_buttons[key] = b
        side.addStretch(1)
        self.step_list = QScrollArea()
        self.step_list.setWidgetResizable(True)
        self.step_list.setWidget(side_box)
        self.step_list.setFrameShape(QScrollArea.Shape.NoFrame)
        self.step_list.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.step_list.setMinimumWidth(300)
        self.step_list.setMaximumWidth(360)
        outer.addWidget(self.step_list)

        main = QVBoxLayout()
        self.heading = label(name="title")
        self.help = label()
        main.addWidget(self.heading)
        main.addWidget(self.help)
        self.pages = QStackedWidget()
        check = self.checker
        self.personal = FormStep(PERSONAL, self._field_text)
        self.photo = PhotoStep(documents)
        self.school = EntriesStep()
        self.work = EntriesStep()
        self.skills = LinesStep(check, "skills")
        self.languages = LanguagesStep()
        self.interests = LinesStep(check, "interests")
        self.recipient = FormStep(RECIPIENT, self._field_text)
        self.body = BodyStep(check, self.suggest)
        self.finish = self._finish_page()
        for page in (
            self.personal,
            self.photo,
            self.school,
            self.work,
            self.skills,
            self.languages,
            self.interests,
            self.recipient,
            self.body,
            self.finish,
        ):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            self.pages.addWidget(scroll)
        main.addWidget(self.pages, 1)
        nav = QHBoxLayout()
        self.back = button()
        self.next = button(role="primary")
        self.back.clicked.connect(lambda: self.step_by(-1))
        self.next.clicked.connect(lambda: self.step_by(+1))
        nav.addWidget(self.back)
        nav.addStretch(1)
        nav.addWidget(self.next)
        main.addLayout(nav)
        outer.addLayout(main, 1)
        self.step = STEPS[0]
        self.reset()

    # -- the finish page -----------------------------------------------------------

    def _finish_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.make_cv = button(role="primary")
        self.make_letter = button(role="primary")
        self.show_cv = button()
        self.show_letter = button()
        self.print_cv = button()
        self.print_letter = button()
        self.status = label()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        for make, show, prt, kind in (
            (self.make_cv, self.show_cv, self.print_cv, "cv"),
            (self.make_letter, self.show_letter, self.print_letter, "letter"),
        ):
            row = QHBoxLayout()
            for b in (make, show, prt):
                row.addWidget(b)
            row.addStretch(1)
            box.addLayout(row)
            make.clicked.connect(lambda _=False, k=kind: self.make(k))
            show.clicked.connect(lambda _=False, k=kind: self.preview(k))
            prt.clicked.connect(lambda _=False, k=kind: self.print_document(k))
        box.addWidget(self.status)
        box.addStretch(1)
        return page

    # -- steps -------------------------------------------------------------------

    def go(self, key: str) -> None:
        if self.step == "recipient":
            self._greet_contact()
        if key == "body":
            self._start_body()
        self.save_draft()
        self.step = key
        index = STEPS.index(key)
        self.pages.setCurrentIndex(index)
        for k, b in self.step_buttons.items():
            b.setChecked(k == key)
        self.step_list.ensureWidgetVisible(self.step_buttons[key])
        if key == "photo":
            self.photo.clear_status()
        self.photo.refresh()
        if key == "recipient":
            self._prefill_letter()
        self._update_nav()
        self.retranslate_step()
        # The focus goes to Next, not into a field: a field would bring up the
        # on-screen keyboard over the step before the resident has read it.
        (self.make_cv if key == STEPS[-1] else self.next).setFocus()

    def step_by(self, delta: int) -> None:
        index = STEPS.index(self.step) + delta
        if 0 <= index < len(STEPS):
            self.go(STEPS[index])

    def _update_nav(self) -> None:
        index = STEPS.index(self.step)
        self.back.setEnabled(index > 0)
        self.next.setVisible(index < len(STEPS) - 1)
        has_pdf = {k: k in self.last for k in ("cv", "letter")}
        for kind, show, prt in (
            ("cv", self.show_cv, self.print_cv),
            ("letter", self.show_letter, self.print_letter),
        ):
            show.setEnabled(has_pdf[kind] and self._show_pdf is not None)
            prt.setEnabled(has_pdf[kind])
            prt.setVisible(self._print_file is not None)

    def _prefill_letter(self) -> None:
        values = self.recipient.values()
        if not values["place_date"]:
            today = self._today()
            town = model.town_of(self.personal.values()["city"])
            self.recipient.fields["place_date"].setText(
                model.german_date(today.day, today.month, today.year, town)
            )
        if not values["salutation"]:
            self.recipient.fields["salutation"].setText(model.Letter().salutation)

    def _greet_contact(self) -> None:
        """ "Sehr geehrte Frau Berger," once a contact is named (if unchanged)."""
        field = self.recipient.fields["salutation"]
        if field.text() in ("", model.GENERIC_SALUTATION):
            contact = self.recipient.fields["contact"].text()
            field.setText(model.salutation_for(contact))

    def _start_body(self) -> None:
        """Empty paragraphs get the template's starting sentences to edit."""
        if any(e.toPlainText().strip() for e in self.body.editors):
            return
        values = self.recipient.values()
        texts = templates.starter_texts(
            self.template,
            {
                "job": model.job_of(values["subject"]),
                "company": values["company"],
                "reference": values["reference"],
            },
        )
        for editor, text in zip(self.body.editors, texts, strict=True):
            editor.setPlainText(text)

    # -- spelling ------------------------------------------------------------------

    def checker(self) -> Checker | None:
        return self.spelling.checker()

    def suggest(self, word: str) -> list[str]:
        return self.spelling.suggest(word)

    # -- the documents -------------------------------------------------------------

    def cv(self) -> model.CV:
        p = self.personal.values()
        today = self._today()
        return model.CV(
            personal=model.Personal(**p),
            photo=self.photo.photo(),
            school=self.school.entries(),
            work=self.work.entries(),
            skills=self.skills.editor.lines(),
            languages=self.languages.skills(),
            interests=self.interests.editor.lines(),
            place_date=model.german_date(
                today.day, today.month, today.year, model.town_of(p["city"])
            ),
        )

    def letter(self) -> model.Letter:
        r = self.recipient.values()
        recipient = (r["company"], r["contact"], r["company_street"], r["company_city"])
        return model.Letter(
            sender=model.Personal(**self.personal.values()),
            recipient=tuple(x for x in recipient if x),
            place_date=r["place_date"],
            subject=r["subject"],
            reference=r["reference"],
            salutation=r["salutation"] or model.Letter().salutation,
            body=tuple(b for e in self.body.editors for b in e.blocks()),
            attachments=("Lebenslauf",),
        )

    def make(self, kind: str) -> bool:
        """ "Make PDF": the PDF and the .docx into My documents, in a thread."""
        document = self.cv() if kind == "cv" else self.letter()
        try:
            model.check(document)
        except model.IncompleteDocument:
            self.status.setText(
                self.tr("Please write your name in the first step first.")
            )
            return False
        self.save_draft()
        if not self.worker.start(
            document, self.template, self._documents(), self._drafts()
        ):
            return False
        self.status.setText(self.tr("Making the PDF…"))
        return True

    def _on_made(self, made: Made) -> None:
        self.last[made.kind] = made
        self.status.setText(
            self.tr(
                "Saved in “My documents” as PDF and as Word file. To send it, "
                "open the job portal and choose the file there."
            )
        )
        self._update_nav()
        if self._published is not None:
            self._published()
        emit(self.made, made)
        self.preview(made.kind)

    def _on_failed(self, kind: str) -> None:
        if kind == "photo":
            self.status.setText(
                self.tr(
                    "This photo cannot be used. Please choose another picture "
                    "or “No photo” in the step “Photo”."
                )
            )
        else:
            self.status.setText(
                self.tr("The PDF could not be made. Please ask the staff.")
            )
        emit(self.failed, kind)

    def preview(self, kind: str) -> None:
        made = self.last.get(kind)
        if made is not None and self._show_pdf is not None:
            self._show_pdf(made.pdf)

    def print_document(self, kind: str) -> None:
        made = self.last.get(kind)
        if made is not None and self._print_file is not None:
            self._print_file(str(made.pdf))

    # -- the draft (session directory only) ------------------------------------------

    def save_draft(self) -> None:
        """The draft as JSON in the session's folder, which the wipe removes."""
        draft.save(self._drafts(), self.cv(), self.letter())

    # -- the wipe ------------------------------------------------------------------

    def reset(self) -> None:
        """Every field empty, the first step shown (a wipe step and at start)."""
        self.worker.forget()
        self.last.clear()
        for edit in self._text_widgets():
            edit.clear()
        self.school.set_entries(())
        self.work.set_entries(())
        self.photo.refresh()
        self.status.clear()
        self.body.clear_suggestions()
        self.spelling.clear()
        self.step = STEPS[0]
        self.pages.setCurrentIndex(0)
        for k, b in self.step_buttons.items():
            b.setChecked(k == self.step)
        self._update_nav()
        self.retranslate()

    def _text_widgets(self) -> list[QLineEdit | QTextEdit | QPlainTextEdit]:
        found: list[QLineEdit | QTextEdit | QPlainTextEdit] = []
        for kind in (QLineEdit, QTextEdit, QPlainTextEdit):
            found += self.pages.findChildren(kind)
        return found

    def holds_text(self) -> bool:
        """Whether any field still holds text (the wipe step's proof)."""
        for edit in self._text_widgets():
            text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            if text:
                return True
        return bool(self.last) or self.worker.busy

    # -- texts -----------------------------------------------------------------------

    def _field_text(self, key: str) -> str:
        return {
            "name": self.tr("First and last name (needed)"),
            "street": self.tr("Street and house number"),
            "city": self.tr("Postcode and town"),
            "phone": self.tr("Telephone"),
            "email": self.tr("E-mail"),
            "birth": self.tr("Date and place of birth (optional)"),
            "company": self.tr("Company"),
            "contact": self.tr("Contact person (e.g. Frau Müller)"),
            "company_street": self.tr("Company: street and number"),
            "company_city": self.tr("Company: postcode and town"),
            "subject": self.tr("Subject (e.g. Bewerbung als Verkäuferin)"),
            "reference": self.tr("Where you saw the job (optional)"),
            "salutation": self.tr("Salutation"),
            "place_date": self.tr("Place and date"),
        }[key]

    def _step_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "personal": (
                self.tr("About you"),
                self.tr(
                    "Only your name is needed. Leave out what you do not want to give."
                ),
            ),
            "photo": (
                self.tr("Photo"),
                self.tr(
                    "A photo is optional in Germany. Choose one from “My documents”, or none."  # noqa: E501
                ),
            ),
            "school": (
                self.tr("School and training"),
                self.tr("The newest first. You can skip this step."),
            ),
            "work": (
                self.tr("Work"),
                self.tr("Jobs, internships, voluntary work: the newest first."),
            ),
            "skills": (
                self.tr("Skills"),
                self.tr(
                    "One skill a line, e.g. driving licence B, computer, cash desk."
                ),
            ),
            "languages": (
                self.tr("Languages"),
                self.tr("Every language you speak counts."),
            ),
            "interests": (
                self.tr("Interests"),
                self.tr("One a line, e.g. football, cooking. You can skip this step."),
            ),
            "recipient": (
                self.tr("Cover letter: to whom"),
                self.tr("The company's address goes into the window of the envelope."),
            ),
            "body": (
                self.tr("Cover letter: your text"),
                self.tr(
                    "Write a few sentences for each part. Words the spell checker does not know are underlined in red."  # noqa: E501
                ),
            ),
            "finish": (
                self.tr("Make the documents"),
                self.tr("Each is saved as PDF and as Word file in “My documents”."),
            ),
        }

    def retranslate_step(self) -> None:
        title, text = self._step_texts()[self.step]
        self.heading.setText(title)
        self.help.setText(text)

    def retranslate(self) -> None:
        # Another language: check the texts again with its dictionary too.
        for editor in (*self.body.editors, self.skills.editor, self.interests.editor):
            editor.highlighter.rehighlight()
        texts = self._step_texts()
        for key, b in self.step_buttons.items():
            set_text(b, texts[key][0], texts[key][1])
        self.retranslate_step()
        set_text(self.back, self.tr("Back"), self.tr("The step before"))
        set_text(self.next, self.tr("Next"), self.tr("The next step; you can skip it"))
        set_text(
            self.make_cv,
            self.tr("Make CV (PDF)"),
            self.tr("Save the CV as PDF and Word file"),
        )
        set_text(
            self.make_letter,
            self.tr("Make cover letter (PDF)"),
            self.tr("Save the cover letter as PDF and Word file"),
        )
        for b in (self.show_cv, self.show_letter):
            set_text(b, self.tr("Show"), self.tr("Show the PDF"))
        for b in (self.print_cv, self.print_letter):
            set_text(
                b, self.tr("Print"), self.tr("Print the PDF (you see the price first)")
            )
