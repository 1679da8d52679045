"""Document templates: a folder of HTML/CSS and a template.toml, no code.

Pure (no Qt). A municipality copies `kiosk/writer/templates/standard`, changes
the HTML, CSS, headings or the DIN form, and points `[writer] templates_dir`
and `template` at it. The templates are Jinja2 in a sandboxed environment with
autoescaping: what a resident typed is always text, never markup.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import jinja2
import jinja2.sandbox

from kiosk.writer import din5008
from kiosk.writer.errors import TemplateError
from kiosk.writer.model import CV, Letter

BUILTIN: Final = Path(__file__).parent / "templates"
# Headings the CV and letter use; a template.toml [labels] table may change any.
DEFAULT_LABELS: Final = {
    "cv_title": "Lebenslauf",
    "personal": "Persönliche Daten",
    "name": "Name",
    "address": "Anschrift",
    "phone": "Telefon",
    "email": "E-Mail",
    "birth": "Geboren",
    "school": "Schule und Ausbildung",
    "work": "Berufserfahrung",
    "skills": "Kenntnisse",
    "languages": "Sprachen",
    "interests": "Interessen",
    "subject_prefix": "",
    "attachments": "Anlagen",
    "letter_title": "Anschreiben",
}
FILES: Final = ("cv", "letter", "style")
# The letter's four paragraphs as the writer starts them (the resident edits
# them): plain text with Jinja2 fields `job`, `company`, `reference`.
DEFAULT_STARTERS: Final = (
    "mit großem Interesse habe ich Ihre Stellenanzeige gelesen"
    "{% if reference %} ({{ reference }}){% endif %}. "
    "{% if job %}Hiermit bewerbe ich mich als {{ job }}."
    "{% else %}Hiermit bewerbe ich mich bei Ihnen.{% endif %}",
    "",
    "",
    "Ich kann ab sofort beginnen und freue mich über eine Einladung zu einem "
    "persönlichen Gespräch.",
)


@dataclass(frozen=True)
class Template:
    """One loaded template: its files, form and labels."""

    folder: Path
    title: dict[str, str]
    form: din5008.Form
    labels: dict[str, str]
    font: str
    files: dict[str, str]  # "cv"/"letter"/"style" → file name in the folder
    starters: tuple[str, ...] = DEFAULT_STARTERS

    def file(self, key: str) -> Path:
        return self.folder / self.files[key]


def load(root: Path, name: str) -> Template:
    """Read `<root>/<name>/template.toml`; errors name the file and the fix."""
    folder = root / name
    spec = folder / "template.toml"
    if not spec.is_file():
        found = ", ".join(sorted(available(root))) or "none"
        raise TemplateError(
            f"{spec} does not exist; templates in {root}: {found}. Set "
            "[writer] template to one of them or copy 'standard' from the repository"
        )
    try:
        data = tomllib.loads(spec.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{spec}: not valid TOML ({exc})") from None
    try:
        form = din5008.form(str(data.get("form", "B")))
    except ValueError as exc:
        raise TemplateError(f"{spec}: form: {exc}") from None
    labels = dict(DEFAULT_LABELS)
    extra = data.get("labels", {})
    if not isinstance(extra, dict):
        raise TemplateError(f"{spec}: [labels] must be a table of texts")
    unknown = sorted(set(extra) - set(DEFAULT_LABELS))
    if unknown:
        raise TemplateError(
            f"{spec}: unknown labels {unknown}; known: {sorted(DEFAULT_LABELS)}"
        )
    labels.update({k: str(v) for k, v in extra.items()})
    files = {key: str(data.get(key, f"{key}.html")) for key in FILES}
    files["style"] = str(data.get("style", "style.css"))
    for key, file_name in files.items():
        path = folder / file_name
        if "/" in file_name or not path.is_file():
            raise TemplateError(
                f"{spec}: {key} = {file_name!r} is not a file in {folder}"
            )
    starters = data.get("starters", list(DEFAULT_STARTERS))
    if (
        not isinstance(starters, list)
        or len(starters) != len(DEFAULT_STARTERS)
        or not all(isinstance(x, str) for x in starters)
    ):
        raise TemplateError(
            f"{spec}: starters must be a list of {len(DEFAULT_STARTERS)} texts "
            '(one per paragraph of the letter; "" leaves one empty)'
        )
    for index, text in enumerate(starters, start=1):
        try:
            _text_environment().from_string(text)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"{spec}: starters, text {index}: {exc}") from None
    title = data.get("title", {"de": name})
    return Template(
        folder=folder,
        title={str(k): str(v) for k, v in dict(title).items()},
        form=form,
        labels=labels,
        font=str(data.get("font", "DejaVu Sans")),
        files=files,
        starters=tuple(starters),
    )


def available(root: Path) -> list[str]:
    """Template names under `root` (folders holding a template.toml)."""
    if not root.is_dir():
        return []
    return sorted(p.parent.name for p in root.glob("*/template.toml"))


def _environment(template: Template) -> jinja2.Environment:
    env = jinja2.sandbox.SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(template.folder),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def _text_environment() -> jinja2.Environment:
    """For plain text (the starters): no HTML escaping, still sandboxed."""
    return jinja2.sandbox.SandboxedEnvironment(autoescape=False)


def starter_texts(template: Template, fields: dict[str, str]) -> list[str]:
    """The letter's paragraphs as the writer proposes them, from what the
    resident entered (`job`, `company`, `reference`)."""
    env = _text_environment()
    try:
        return [
            " ".join(env.from_string(text).render(**fields).split())
            for text in template.starters
        ]
    except jinja2.TemplateError as exc:
        raise TemplateError(
            f"{template.folder}/template.toml: starters: {exc}"
        ) from None


def _render(template: Template, key: str, context: dict[str, Any]) -> str:
    env = _environment(template)
    try:
        style = template.file("style").read_text(encoding="utf-8")
        return env.get_template(template.files[key]).render(
            din=template.form,
            labels=template.labels,
            font=template.font,
            style=style,
            **context,
        )
    except jinja2.TemplateError as exc:
        where = getattr(exc, "filename", None) or template.files[key]
        line = getattr(exc, "lineno", None)
        raise TemplateError(
            f"{template.folder / where}{f':{line}' if line else ''}: {exc}"
        ) from None


def cv_html(template: Template, cv: CV, photo_url: str = "") -> str:
    """The CV as HTML for the PDF renderer (`photo_url`: a file:// URL or "")."""
    return _render(template, "cv", {"cv": cv, "photo_url": photo_url})


def letter_html(template: Template, letter: Letter) -> str:
    return _render(template, "letter", {"letter": letter})
