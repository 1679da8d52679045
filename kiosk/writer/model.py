"""What a resident writes: a CV and a cover letter, as plain immutable data.

Pure. The widgets build these from what was typed; the templates, the .docx
writer and the draft file read them. Nothing is required but a name.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from kiosk.writer.errors import IncompleteDocument

BlockKind = Literal["paragraph", "item"]


@dataclass(frozen=True)
class Personal:
    name: str = ""
    street: str = ""
    city: str = ""  # postcode and town, e.g. "07747 Jena"
    phone: str = ""
    email: str = ""
    birth: str = ""  # date and place, as the resident writes it

    def address_lines(self) -> tuple[str, ...]:
        return tuple(x for x in (self.street, self.city) if x.strip())

    def contact_lines(self) -> tuple[str, ...]:
        return tuple(x for x in (self.phone, self.email) if x.strip())


@dataclass(frozen=True)
class Entry:
    """One row of the CV table: when, what, where, and a detail line."""

    period: str = ""
    title: str = ""
    place: str = ""
    details: str = ""

    @property
    def empty(self) -> bool:
        return not any(x.strip() for x in (self.period, self.title, self.place))


@dataclass(frozen=True)
class LanguageSkill:
    language: str = ""
    level: str = ""  # e.g. "Muttersprache", "B1", "gut"


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Block:
    """A paragraph or a list item of free text, made of runs."""

    runs: tuple[Run, ...]
    kind: BlockKind = "paragraph"

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class CV:
    personal: Personal = field(default_factory=Personal)
    photo: str = ""  # a path in the session's documents, or ""
    school: tuple[Entry, ...] = ()
    work: tuple[Entry, ...] = ()
    skills: tuple[str, ...] = ()
    languages: tuple[LanguageSkill, ...] = ()
    interests: tuple[str, ...] = ()
    place_date: str = ""  # "Jena, 2. Dezember 2026" under the CV


@dataclass(frozen=True)
class Letter:
    sender: Personal = field(default_factory=Personal)
    recipient: tuple[str, ...] = ()  # company, contact, street, town: one a line
    place_date: str = ""
    subject: str = ""
    reference: str = ""  # where the job was advertised, a reference number
    salutation: str = "Sehr geehrte Damen und Herren,"  # GENERIC_SALUTATION
    body: tuple[Block, ...] = ()
    closing: str = "Mit freundlichen Grüßen"
    attachments: tuple[str, ...] = ()


def paragraphs(text: str) -> tuple[Block, ...]:
    """Plain text → blocks: an empty line separates paragraphs, "- " makes an item."""
    blocks: list[Block] = []
    for chunk in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        if all(line.lstrip().startswith(("- ", "• ")) for line in lines):
            blocks += [
                Block((Run(line.lstrip()[2:].strip()),), "item") for line in lines
            ]
        else:
            blocks.append(Block((Run(" ".join(x.strip() for x in lines)),)))
    return tuple(blocks)


def check(document: CV | Letter) -> None:
    """Raise IncompleteDocument unless the document has a name."""
    person = document.personal if isinstance(document, CV) else document.sender
    if not person.name.strip():
        raise IncompleteDocument(
            "the document needs a name: fill in your name in the first step"
        )


def clean_cv(cv: CV) -> CV:
    """Drop empty rows and lines, so an unfilled step leaves no empty heading."""
    return CV(
        personal=cv.personal,
        photo=cv.photo,
        school=tuple(e for e in cv.school if not e.empty),
        work=tuple(e for e in cv.work if not e.empty),
        skills=tuple(s.strip() for s in cv.skills if s.strip()),
        languages=tuple(x for x in cv.languages if x.language.strip()),
        interests=tuple(s.strip() for s in cv.interests if s.strip()),
        place_date=cv.place_date,
    )


def cv_texts(cv: CV) -> list[str]:
    """Every text the resident gave for the CV (what the output must show)."""
    p = cv.personal
    out = [p.name, p.street, p.city, p.phone, p.email, p.birth, cv.place_date]
    for e in (*cv.school, *cv.work):
        out += [e.period, e.title, e.place, e.details]
    out += list(cv.skills) + list(cv.interests)
    for x in cv.languages:
        out += [x.language, x.level]
    return [t for t in out if t.strip()]


def letter_texts(letter: Letter) -> list[str]:
    """Every text the resident gave for the letter."""
    s = letter.sender
    out = [s.name, s.street, s.city, s.phone, s.email, *letter.recipient]
    out += [letter.place_date, letter.subject, letter.reference]
    out += [letter.salutation, letter.closing, *letter.attachments]
    out += [b.text for b in letter.body]
    return [t for t in out if t.strip()]


# -- the draft file (session directory only) ------------------------------------


def to_data(cv: CV, letter: Letter) -> dict[str, Any]:
    return {"cv": asdict(cv), "letter": asdict(letter)}


def _personal(d: dict[str, Any]) -> Personal:
    return Personal(
        **{k: str(v) for k, v in d.items() if k in Personal.__annotations__}
    )


def from_data(data: dict[str, Any]) -> tuple[CV, Letter]:
    """The inverse of `to_data` (a draft written by this version)."""
    c, w = data.get("cv", {}), data.get("letter", {})
    cv = CV(
        personal=_personal(c.get("personal", {})),
        photo=str(c.get("photo", "")),
        school=tuple(Entry(**e) for e in c.get("school", ())),
        work=tuple(Entry(**e) for e in c.get("work", ())),
        skills=tuple(c.get("skills", ())),
        languages=tuple(LanguageSkill(**x) for x in c.get("languages", ())),
        interests=tuple(c.get("interests", ())),
        place_date=str(c.get("place_date", "")),
    )
    letter = Letter(
        sender=_personal(w.get("sender", {})),
        recipient=tuple(w.get("recipient", ())),
        place_date=str(w.get("place_date", "")),
        subject=str(w.get("subject", "")),
        reference=str(w.get("reference", "")),
        salutation=str(w.get("salutation", "")),
        body=tuple(
            Block(tuple(Run(**r) for r in b["runs"]), b.get("kind", "paragraph"))
            for b in w.get("body", ())
        ),
        closing=str(w.get("closing", "")),
        attachments=tuple(w.get("attachments", ())),
    )
    return cv, letter


GERMAN_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
    "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip


def german_date(day: int, month: int, year: int, town: str = "") -> str:
    """ "Jena, 2. Dezember 2026" (DIN 5008 allows the written-out month)."""
    text = f"{day}. {GERMAN_MONTHS[month - 1]} {year}"
    return f"{town}, {text}" if town.strip() else text


def town_of(city_line: str) -> str:
    """ "07749 Jena" → "Jena" (the postcode dropped), for the date line."""
    parts = city_line.strip().split(maxsplit=1)
    if len(parts) == 2 and parts[0].isdigit():
        return parts[1]
    return city_line.strip()


GENERIC_SALUTATION = "Sehr geehrte Damen und Herren,"


def salutation_for(contact: str) -> str:
    """The salutation for a contact line ("Frau Berger", "Personalabteilung,
    Herr Dr. Kaya"); the general one when no Frau/Herr is named."""
    for part in reversed(contact.split(",")):
        words = part.split()
        if len(words) >= 2 and words[0] in ("Frau", "Herr"):
            greeting = "Sehr geehrte" if words[0] == "Frau" else "Sehr geehrter"
            return f"{greeting} {' '.join(words)},"
    return GENERIC_SALUTATION


def job_of(subject: str) -> str:
    """ "Bewerbung als Kundenberaterin" → "Kundenberaterin" ("" for other subjects)."""
    for prefix in ("Bewerbung als ", "Bewerbung um die Stelle als "):
        if subject.startswith(prefix):
            return subject[len(prefix) :].strip()
    return ""
