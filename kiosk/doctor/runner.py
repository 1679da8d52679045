"""Runs every check against one station config and returns the report.

Collaborators come in through `Probes`; `real_probes()` builds the ones that
talk to the real pcscd, CUPS, AusweisApp, collector (with the station's token)
and kernel. The daemons are found the way their client libraries find them, so
PCSCLITE_CSOCK_NAME and CUPS_SERVER point the doctor at another pcscd or cupsd.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk import config
from kiosk.doctor import checks, documents_checks
from kiosk.doctor.report import CheckResult, Report, Verdict

# 2025-01-01 UTC: a clock before this cannot be right, and TLS will fail.
NOT_BEFORE = 1_735_689_600.0


@dataclass(frozen=True)
class Probes:
    readers: checks.ReaderProbe
    eid: checks.EidClientProbe
    queues: checks.PrintQueueProbe
    collector: checks.CollectorProbe
    token: checks.TokenProbe
    clock: checks.ClockProbe
    disk: checks.DiskProbe
    shell: Callable[[], Sequence[checks.ShellProcess]]
    writer: checks.WriterProbe | None = None
    # scanning and sticks (docs/documents.md); None: not asked (tests)
    scanner: documents_checks.ScannerProbe | None = None
    usbguard: documents_checks.UsbguardProbe | None = None
    exfat_helper: Callable[[str], bool] | None = None  # (helper socket)


def check_config(path: Path) -> tuple[CheckResult, config.Config | None]:
    name = "config"
    try:
        cfg = config.load(path)
    except config.ConfigError as exc:
        detail = " ".join(line.strip() for line in str(exc).splitlines())
        fix = f"correct the keys named, then run: kiosk config check {path}"
        return CheckResult(name, Verdict.FAIL, detail, fix), None
    deprecated = cfg.deprecations()
    if deprecated:
        detail = f"{path}: " + "; ".join(deprecated)
        fix = "replace the deprecated keys as the message says"
        return CheckResult(name, Verdict.WARN, detail, fix), cfg
    return (
        CheckResult(name, Verdict.OK, f"{path}: station {cfg.station.id!r}"),
        cfg,
    )


def run_checks(
    config_path: Path,
    probes: Probes,
    env: Mapping[str, str],
    argv: Sequence[str],
    uid: int,
) -> Report:
    config_row, cfg = check_config(config_path)
    # Without a valid config the checks still run, on the defaults.
    printing = cfg.printing if cfg else config.PrintingConfig()
    eid = cfg.eid if cfg else config.EidConfig()
    usage = cfg.usage if cfg else config.UsageConfig()
    paths = cfg.paths if cfg else config.PathsConfig()
    writer = cfg.writer if cfg else config.WriterConfig()
    languages = cfg.station.languages if cfg else ("de",)
    documents = cfg.documents if cfg else config.DocumentsConfig()
    queue_row, printer_row = checks.check_print_queue(
        probes.queues, printing.queue, printing.enabled
    )
    collector_row, token_row = checks.check_collector(
        probes.collector, probes.token, usage.collector_url
    )
    return Report.of(
        [
            config_row,
            checks.check_pcsc(probes.readers),
            checks.check_eid(probes.eid, eid.enabled),
            queue_row,
            printer_row,
            collector_row,
            token_row,
            checks.check_sandbox(probes.shell(), env, argv, uid),
            checks.check_disk(probes.disk, [paths.state_dir, paths.session_dir]),
            checks.check_clock(probes.clock, NOT_BEFORE),
            checks.check_writer(
                probes.writer,
                writer.enabled,
                writer.templates_dir,
                writer.template,
                languages,
            ),
            *_documents_rows(probes, documents, paths.session_dir),
        ]
    )


def _documents_rows(
    probes: Probes, documents: config.DocumentsConfig, session_dir: str
) -> list[CheckResult]:
    rows = []
    if probes.scanner is not None:
        rows.append(documents_checks.check_scanner(probes.scanner, documents.scanner))
    if probes.exfat_helper is not None:
        rows.append(
            documents_checks.check_sticks(
                documents.stick_devices,
                documents.stick_mount_dir,
                session_dir,
                probes.exfat_helper(documents.stick_helper),
            )
        )
    if probes.usbguard is not None:
        rows.append(
            documents_checks.check_usbguard(
                probes.usbguard, documents.stick_devices != "none"
            )
        )
    return rows


def real_probes(
    eid_command: str, timeout: float = 10.0, ca_file: str | None = None
) -> Probes:
    import ssl

    import httpx

    from kiosk.doctor.probes import (
        ausweisapp,
        collector,
        cups,
        documents,
        pcsc,
        system,
        token,
        writer,
    )

    # Certificates are always checked; a private CA may be named, as for the sync.
    verify: ssl.SSLContext | bool = (
        ssl.create_default_context(cafile=ca_file) if ca_file else True
    )
    client = httpx.Client(timeout=timeout, follow_redirects=False, verify=verify)
    return Probes(
        readers=pcsc.PyscardReaders(),
        eid=ausweisapp.AusweisAppProbe(eid_command, timeout=timeout),
        queues=cups.PycupsQueues(),
        collector=collector.HttpCollector(client),
        token=token.StationToken(),
        clock=system.KernelClock(),
        disk=system.StatvfsDisk(),
        shell=system.ProcShell().processes,
        writer=writer.WriterFiles(),
        scanner=documents.SaneProbe(timeout),
        usbguard=documents.UsbguardRules(),
        exfat_helper=documents.exfat_helper,
    )
