"""Small builders for printing tests: PDFs and flows on a private CUPS stack."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf

from kiosk.config import PrintingConfig
from kiosk.daemons.printer import PrintStack
from kiosk.printing.cups_gateway import CupsGateway
from kiosk.printing.flow import PrintFlow
from kiosk.printing.jobids import JobIdStore
from kiosk.session import events as ev


def pdf_bytes(pages: int, *, size: tuple[float, float] = (595, 842)) -> bytes:
    pdf = pikepdf.new()
    for n in range(pages):
        pdf.add_blank_page(page_size=size)
        # A little content so filters have something to render.
        pdf.pages[n].Contents = pdf.make_stream(b"0 0 m 100 100 l S")
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def make_flow(
    stack: PrintStack,
    tmp: Path,
    events: list[ev.Event],
    *,
    gateway: type[CupsGateway] = CupsGateway,
    **config: object,
) -> PrintFlow:
    settings = {"queue": stack.queue, "cups_server": stack.host, **config}
    cfg = PrintingConfig.model_validate(settings)
    return PrintFlow(
        cfg,
        lambda: gateway(cfg.queue, cfg.cups_server),
        job_ids(tmp),
        tmp / "session" / "print",
        events.append,
        poll_ms=50,
    )


def job_ids(tmp: Path) -> JobIdStore:
    """The job ids a flow made by `make_flow(…, tmp, …)` recorded on disk."""
    return JobIdStore(tmp / "state" / "print-jobs")
