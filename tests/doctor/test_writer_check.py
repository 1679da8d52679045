"""`kiosk doctor`'s row for the application writer: the table of verdicts, and
the real probe against the shipped template, a broken one and Debian's
dictionaries."""

from __future__ import annotations

import shutil

import pytest
from helpers.tools import require_tool

from kiosk.doctor.checks import check_writer
from kiosk.doctor.probes.writer import WriterFiles
from kiosk.doctor.report import Verdict
from kiosk.writer import templates


class Files:
    """The probe's answers, as a table row gives them."""

    def __init__(self, problem: str, missing: list[str]) -> None:
        self.problem, self.missing = problem, missing

    def template_problem(self, templates_dir: str, template: str) -> str:
        return self.problem

    def missing_dictionaries(self, languages) -> list[str]:
        return self.missing


@pytest.mark.parametrize(
    ("enabled", "problem", "missing", "verdict", "words"),
    [
        (False, "", [], Verdict.SKIP, "switched off"),
        (True, "", [], Verdict.OK, "spell checking on"),
        (True, "x.toml does not exist", [], Verdict.FAIL, "tile is left out"),
        (True, "", ["ar"], Verdict.WARN, "no spell checking for ar"),
    ],
)
def test_verdicts(enabled, problem, missing, verdict, words) -> None:
    row = check_writer(Files(problem, missing), enabled, "", "standard", ["de"])
    assert row.verdict is verdict
    assert words in row.detail
    if verdict in (Verdict.FAIL, Verdict.WARN):
        assert row.fix


def test_the_real_probe_reads_the_templates(tmp_path) -> None:
    probe = WriterFiles()
    assert probe.template_problem("", "standard") == ""
    shutil.copytree(templates.BUILTIN / "standard", tmp_path / "stadt")
    (tmp_path / "stadt" / "letter.html").unlink()
    assert "letter.html" in probe.template_problem(str(tmp_path), "stadt")
    assert "does not exist" in probe.template_problem(str(tmp_path), "other")


def test_the_real_probe_finds_debians_dictionaries() -> None:
    require_tool("/usr/share/hunspell/de_DE.dic")
    probe = WriterFiles()
    assert probe.missing_dictionaries(["de"]) == []
    assert probe.missing_dictionaries(["de", "xx"]) == []  # no dictionary known
