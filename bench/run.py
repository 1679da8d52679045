"""`make bench`: run every benchmark module, each in its own subprocess.

A module is any bench/<name>.py with a top-level `def run()` returning
`list[bench.common.Result]`. Each runs as `python -m bench.run --child
bench.<name> <out.json>` in a new process group, so a crash, a hang or Qt
state left behind cannot spoil the others; a module that overruns its
timeout (`TIMEOUT_SECONDS = …` at its top level, else the default below, or
BENCH_TIMEOUT for all) is killed with its whole group and shows up as a
failed row. Then bench/results.json and bench/results.md are written.

    python -m bench.run                  # everything
    python -m bench.run session_cycle    # only these modules
    python -m bench.run --list           # what would run

Exit status: 0 when every module delivered, 1 when any failed.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench import report, targets
from bench.errors import BadEntry, BadModule, UnknownModule

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
DEFAULT_TIMEOUT_SECONDS = 900
TAIL_LINES = 12


@dataclass(frozen=True)
class Module:
    name: str  # "session_cycle"
    qualified: str  # "bench.session_cycle"
    timeout: float


@dataclass(frozen=True)
class Outcome:
    module: Module
    entries: list[report.Entry]
    seconds: float
    log: str  # the module's stdout+stderr


def _top_level(path: Path) -> tuple[bool, float | None]:
    """(has `def run`, its TIMEOUT_SECONDS) without importing the module."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    except SyntaxError:
        return True, None  # let the child report the error as a failed row
    has_run, timeout = False, None
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "run":
            has_run = True
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == "TIMEOUT_SECONDS"
        ):
            timeout = _seconds(node.value)
            if timeout is None:
                raise BadModule(
                    f"{path}: TIMEOUT_SECONDS must be a number or arithmetic of "
                    f"numbers (6 * 3600), not {ast.unparse(node.value)!r}"
                )
    return has_run, timeout


def _seconds(node: ast.expr) -> float | None:
    """A number written as a literal or as + - * of literals (`6 * 3600`)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        return float(node.value)
    if isinstance(node, ast.BinOp) and isinstance(
        node.op, ast.Add | ast.Sub | ast.Mult
    ):
        left, right = _seconds(node.left), _seconds(node.right)
        if left is None or right is None:
            return None
        if isinstance(node.op, ast.Add):
            return left + right
        return left - right if isinstance(node.op, ast.Sub) else left * right
    return None


def discover(
    folder: Path = BENCH_DIR, package: str = "bench", only: list[str] | None = None
) -> list[Module]:
    """The benchmark modules in `folder`, sorted; `only` picks some by name."""
    override = os.environ.get("BENCH_TIMEOUT")
    found: dict[str, Module] = {}
    for path in sorted(folder.glob("*.py")):
        if path.stem.startswith("_") or path.stem == "run":
            continue
        has_run, timeout = _top_level(path)
        if has_run:
            seconds = float(override or timeout or DEFAULT_TIMEOUT_SECONDS)
            found[path.stem] = Module(path.stem, f"{package}.{path.stem}", seconds)
    if not only:
        return list(found.values())
    unknown = [n for n in only if n not in found]
    if unknown:
        raise UnknownModule(
            f"no benchmark module named {unknown} in {folder}; "
            f"choose from {sorted(found)} (python -m bench.run --list)"
        )
    return [found[n] for n in only]


def _tail(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return " / ".join(lines[-3:])[-400:]


def run_module(
    module: Module, *, cwd: Path = REPO, env: dict[str, str] | None = None
) -> Outcome:
    """Run one module in its own process group; never raises for its failures."""
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        out = Path(tmp) / "entries.json"
        logfile = Path(tmp) / "log.txt"
        started = time.monotonic()
        with logfile.open("wb") as log:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "bench.run",
                    "--child",
                    module.qualified,
                    str(out),
                ],
                cwd=cwd,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                code: int | None = proc.wait(timeout=module.timeout)
            except subprocess.TimeoutExpired:
                code = None
            finally:
                # The whole group: QtWebEngineProcess, chromium, daemons it started.
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        seconds = time.monotonic() - started
        text = logfile.read_text(encoding="utf-8", errors="replace")
        entries = _collect(module, code, out, text)
    return Outcome(module, entries, seconds, text)


def _collect(
    module: Module, code: int | None, out: Path, log: str
) -> list[report.Entry]:
    if code is None:
        return [report.failure(module.name, f"timed out after {module.timeout:g} s")]
    if code != 0:
        how = f"killed by signal {-code}" if code < 0 else f"exit code {code}"
        return [report.failure(module.name, f"{how}: {_tail(log) or 'no output'}")]
    try:
        raw = json.loads(out.read_text(encoding="utf-8"))
        entries = report.parse_entries(raw, module.qualified)
    except (OSError, ValueError, BadEntry) as exc:
        return [report.failure(module.name, f"bad results: {exc}")]
    if not entries:
        return [report.failure(module.name, "run() returned no results")]
    return entries


def child(qualified: str, out: Path) -> int:
    """Inside the subprocess: import the module, run it, write its entries."""
    import importlib

    module = importlib.import_module(qualified)
    results = module.run()
    if not isinstance(results, list):
        print(
            f"{qualified}.run() returned {type(results)}, not a list", file=sys.stderr
        )
        return 3
    raw = []
    for result in results:
        as_json = getattr(result, "as_json", None)
        raw.append(as_json() if callable(as_json) else result)
    out.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    sys.stdout.flush()
    sys.stderr.flush()
    # Leave without Qt/Chromium teardown at interpreter exit: the results are
    # written, and a crash in a destructor must not turn them into a failure.
    os._exit(0)


def _previous(path: Path) -> list[report.Entry]:
    try:
        return report.parse_entries(json.loads(path.read_text("utf-8")), str(path))
    except (OSError, ValueError, BadEntry):
        return []


def write_results(
    entries: list[report.Entry],
    folder: Path,
    header: str,
    partial: list[str] | None = None,
) -> None:
    """Write both files; a `partial` run (these modules only) keeps old rows."""
    old = _previous(folder / "results.json")
    previous = {e.name: e.median for e in old}
    if partial:
        entries = report.merge(old, entries, partial)
    table = report.render_markdown(
        entries, verdicts=targets.verdicts(entries), previous=previous, header=header
    )
    (folder / "results.json").write_text(report.to_json(entries) + "\n", "utf-8")
    (folder / "results.md").write_text(table, "utf-8")


def _header(outcomes: list[Outcome]) -> str:
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime())
    took = ", ".join(f"{o.module.name} {o.seconds:.0f} s" for o in outcomes)
    return (
        f"# Benchmark results ({when}, {os.cpu_count()} cores)\n\n"
        "Medians over repeated runs; the reference is measured in the same run. "
        "'previous' is the median of the run before this one. "
        f"Wall time per module: {took}."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("modules", nargs="*", help="module names (default: all)")
    parser.add_argument("--list", action="store_true", help="list modules and exit")
    parser.add_argument("--out", type=Path, default=BENCH_DIR, help="results folder")
    parser.add_argument(
        "--child", nargs=2, metavar=("MODULE", "OUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child[0], Path(args.child[1]))
    try:
        modules = discover(only=args.modules)
    except UnknownModule as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 2
    if args.list:
        for m in modules:
            print(f"{m.name}\t(timeout {m.timeout:g} s)")
        return 0
    outcomes: list[Outcome] = []
    for module in modules:
        print(f"bench: {module.name} …", flush=True)
        outcome = run_module(module)
        outcomes.append(outcome)
        failed = [e for e in outcome.entries if e.failed]
        status = "FAILED" if failed else f"{len(outcome.entries)} result(s)"
        print(f"bench: {module.name} {status} in {outcome.seconds:.0f} s", flush=True)
        if failed:
            print(outcome.log[-3000:], file=sys.stderr)
    entries = [e for o in outcomes for e in o.entries]
    args.out.mkdir(parents=True, exist_ok=True)
    header = _header(outcomes)
    if args.modules:
        header += " Partial run: the other rows are from earlier runs."
    write_results(entries, args.out, header, partial=args.modules)
    print((args.out / "results.md").read_text("utf-8"))
    return 1 if any(e.failed for e in entries) else 0


if __name__ == "__main__":
    sys.exit(main())
