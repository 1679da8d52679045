"""Templates: the shipped one loads, a broken one names file and fix, text escaped."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.writer import templates
from kiosk.writer.din5008 import FORM_A, FORM_B
from kiosk.writer.errors import TemplateError
from kiosk.writer.model import CV, Letter, Personal


def test_the_standard_template_loads() -> None:
    t = templates.load(templates.BUILTIN, "standard")
    assert t.form is FORM_B
    assert t.labels["cv_title"] == "Lebenslauf"
    assert templates.available(templates.BUILTIN) == ["standard"]


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(templates.BUILTIN / "standard", tmp_path / "stadt")
    return tmp_path / "stadt"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: (d / "template.toml").unlink(), "does not exist; templates in"),
        (lambda d: (d / "template.toml").write_text("form = "), "not valid TOML"),
        (lambda d: (d / "template.toml").write_text('form = "C"'), "use 'A' or 'B'"),
        (lambda d: (d / "cv.html").unlink(), "cv = 'cv.html' is not a file"),
        (
            lambda d: (d / "template.toml").write_text("[labels]\nfoo = 'x'"),
            "unknown labels ['foo']",
        ),
    ],
)
def test_broken_templates_name_the_problem(tmp_path, change, message) -> None:
    folder = _copy(tmp_path)
    change(folder)
    with pytest.raises(
        TemplateError, match=message.replace("[", r"\[").replace("(", r"\(")
    ):
        templates.load(tmp_path, "stadt")


def test_a_municipality_changes_form_and_headings_without_code(tmp_path) -> None:
    folder = _copy(tmp_path)
    (folder / "template.toml").write_text(
        'form = "A"\n[labels]\ncv_title = "Mein Lebenslauf"\n'
    )
    t = templates.load(tmp_path, "stadt")
    assert t.form is FORM_A
    html = templates.cv_html(t, CV(personal=Personal(name="X")))
    assert "Mein Lebenslauf" in html


def test_a_syntax_error_names_the_file(tmp_path) -> None:
    folder = _copy(tmp_path)
    (folder / "cv.html").write_text("{% if %}")
    t = templates.load(tmp_path, "stadt")
    with pytest.raises(TemplateError, match=r"cv\.html"):
        templates.cv_html(t, CV())


def test_what_a_resident_types_is_text_never_markup() -> None:
    t = templates.load(templates.BUILTIN, "standard")
    evil = "<img src=http://evil.example/x>"
    html = templates.letter_html(t, Letter(sender=Personal(name=evil)))
    assert evil not in html
    assert "&lt;img src=http://evil.example/x&gt;" in html


@pytest.mark.parametrize(
    ("fields", "first"),
    [
        (
            {"job": "Koch", "company": "", "reference": ""},
            "mit großem Interesse habe ich Ihre Stellenanzeige gelesen. "
            "Hiermit bewerbe ich mich als Koch.",
        ),
        (
            {"job": "", "company": "", "reference": "Jobportal"},
            "mit großem Interesse habe ich Ihre Stellenanzeige gelesen (Jobportal). "
            "Hiermit bewerbe ich mich bei Ihnen.",
        ),
    ],
)
def test_starter_texts(fields, first) -> None:
    t = templates.load(templates.BUILTIN, "standard")
    texts = templates.starter_texts(t, fields)
    assert texts[0] == first
    assert len(texts) == 4


def test_a_municipality_writes_its_own_starters(tmp_path) -> None:
    folder = _copy(tmp_path)
    toml = folder / "template.toml"
    toml.write_text('starters = ["Guten Tag, {{ company }}!", "", "", "Tschüss"]\n')
    t = templates.load(tmp_path, "stadt")
    texts = templates.starter_texts(
        t, {"job": "", "company": "<Firma>", "reference": ""}
    )
    assert texts == ["Guten Tag, <Firma>!", "", "", "Tschüss"]  # text, not HTML
    toml.write_text('starters = ["{% if %}", "", "", ""]\n')
    with pytest.raises(TemplateError, match="starters, text 1"):
        templates.load(tmp_path, "stadt")
    toml.write_text('starters = ["nur einer"]\n')
    with pytest.raises(TemplateError, match="a list of 4 texts"):
        templates.load(tmp_path, "stadt")
