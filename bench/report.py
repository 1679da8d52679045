"""Results entries: checked, written as JSON and rendered as a Markdown table.

Pure: no Qt, no subprocesses. `bench.run` feeds it what the modules returned.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bench.errors import BadEntry

KEYS = ("name", "median", "unit", "runs", "reference", "reference_median")
OPTIONAL_KEYS = ("note",)


@dataclass(frozen=True)
class Entry:
    """One row of results.json; `median` is None for a module that failed."""

    name: str
    median: float | None
    unit: str
    runs: int
    reference: str | None = None
    reference_median: float | None = None
    note: str = ""

    @property
    def failed(self) -> bool:
        return self.median is None

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "name": self.name,
            "median": self.median,
            "unit": self.unit,
            "runs": self.runs,
            "reference": self.reference,
            "reference_median": self.reference_median,
        }
        if self.note:
            out["note"] = self.note
        return out


def failure(module: str, reason: str) -> Entry:
    """The row that stands for a module that crashed, hung or returned garbage."""
    return Entry(name=module, median=None, unit="", runs=0, note=f"FAILED: {reason}")


def _number(value: object, where: str, key: str, *, nullable: bool) -> float | None:
    if value is None and nullable:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        kind = "a number or null" if nullable else "a number"
        raise BadEntry(f"{where}: '{key}' must be {kind}, not {value!r}")
    if not math.isfinite(value):
        raise BadEntry(f"{where}: '{key}' must be finite, not {value!r}")
    return float(value)


def parse_entry(raw: object, where: str) -> Entry:
    """Check one JSON object against the documented shape; say what is wrong."""
    if not isinstance(raw, Mapping):
        raise BadEntry(f"{where}: expected an object with keys {KEYS}, got {raw!r}")
    missing = [k for k in KEYS if k not in raw]
    if missing:
        raise BadEntry(f"{where}: missing key(s) {missing}; every entry needs {KEYS}")
    unknown = sorted(set(raw) - set(KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise BadEntry(f"{where}: unknown key(s) {unknown}; allowed are {KEYS} + note")
    name, unit, runs = raw["name"], raw["unit"], raw["runs"]
    reference, note = raw["reference"], raw.get("note", "")
    if not isinstance(name, str) or not name:
        raise BadEntry(f"{where}: 'name' must be a non-empty string, not {name!r}")
    where = f"{where} ({name})"
    if not isinstance(unit, str):
        raise BadEntry(f"{where}: 'unit' must be a string such as 'ms', not {unit!r}")
    if isinstance(runs, bool) or not isinstance(runs, int) or runs < 0:
        raise BadEntry(f"{where}: 'runs' must be a whole number >= 0, not {runs!r}")
    if reference is not None and not isinstance(reference, str):
        raise BadEntry(f"{where}: 'reference' must be a string or null")
    if not isinstance(note, str):
        raise BadEntry(f"{where}: 'note' must be a string, not {note!r}")
    return Entry(
        name=name,
        median=_number(raw["median"], where, "median", nullable=True),
        unit=unit,
        runs=runs,
        reference=reference,
        reference_median=_number(
            raw["reference_median"], where, "reference_median", nullable=True
        ),
        note=note,
    )


def parse_entries(raw: object, where: str) -> list[Entry]:
    if not isinstance(raw, list):
        raise BadEntry(f"{where}: expected a JSON list of entries, got {type(raw)}")
    return [parse_entry(item, f"{where}[{i}]") for i, item in enumerate(raw)]


def merge(
    old: Sequence[Entry], new: Sequence[Entry], modules: Iterable[str]
) -> list[Entry]:
    """A partial run's rows replace the old rows of the same name (and the
    failure rows of the modules that ran); every other old row stays."""
    replaced = {e.name for e in new} | set(modules)
    return [e for e in old if e.name not in replaced] + list(new)


def to_json(entries: Iterable[Entry]) -> str:
    return json.dumps([e.as_json() for e in entries], indent=2, ensure_ascii=False)


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    if value == int(value) or abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def ratio(entry: Entry) -> float | None:
    """median / reference_median, where both exist and the reference is not 0."""
    if entry.median is None or not entry.reference_median:
        return None
    return entry.median / entry.reference_median


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(
    entries: Sequence[Entry],
    *,
    verdicts: Mapping[str, str],
    previous: Mapping[str, float | None],
    header: str = "",
) -> str:
    """The results table; `verdicts` and `previous` are keyed by entry name."""
    lines = [header.rstrip(), ""] if header else []
    lines += [
        "| name | median | unit | runs | reference | ref. median | × ref."
        " | previous | target | note |",
        "|---|---:|---|---:|---|---:|---:|---:|---|---|",
    ]
    for e in entries:
        r = ratio(e)
        cells = [
            e.name,
            _fmt(e.median),
            e.unit,
            str(e.runs),
            e.reference or "–",
            _fmt(e.reference_median),
            "–" if r is None else f"{r:.3g}",
            _fmt(previous.get(e.name)),
            verdicts.get(e.name, ""),
            e.note,
        ]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    failed = [e.name for e in entries if e.failed]
    if failed:
        lines += ["", f"**{len(failed)} module(s) failed:** " + ", ".join(failed)]
    return "\n".join(lines) + "\n"
