"""The analyst report: one self-contained HTML file with inline SVG charts.

Pure: rows in, text out. No scripts, no fonts or styles from elsewhere, so it
opens offline and can be mailed as it is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from html import escape

from kiosk.usage.metrics import KPI_METRIC

Row = tuple[str, date, str, str, int]
PALETTE = ("#1f5fa8", "#d9822b", "#2e8b57", "#a23b72", "#6b6b6b", "#c8a400")


def _bars(
    title: str, items: Sequence[tuple[str, float]], unit: str = "", width: int = 640
) -> str:
    """Horizontal bars with labels and values: readable without colour."""
    if not items:
        return f"<h2>{escape(title)}</h2><p>No data in this period.</p>"
    top = max(v for _, v in items) or 1
    row_h, label_w = 26, 180
    height = row_h * len(items) + 10
    parts = [
        f'<svg role="img" aria-label="{escape(title)}" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}">'
    ]
    for i, (label, value) in enumerate(items):
        y = i * row_h + 5
        bar = (width - label_w - 110) * value / top
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end">'
            f"{escape(label)}</text>"
            f'<rect x="{label_w}" y="{y + 3}" width="{bar:.1f}" height="{row_h - 8}" '
            f'fill="{PALETTE[0]}"/>'
            f'<text x="{label_w + bar + 6:.1f}" y="{y + 17}">'
            f"{value:,.0f}{escape(unit)}</text>"
        )
    parts.append("</svg>")
    return f"<h2>{escape(title)}</h2>" + "".join(parts)


def _lines(
    title: str,
    days: Sequence[date],
    series: dict[str, dict[date, int]],
    width: int = 720,
    height: int = 260,
) -> str:
    """One line per series over days, with a legend and a y axis maximum."""
    if not days or not any(series.values()):
        return f"<h2>{escape(title)}</h2><p>No data in this period.</p>"
    left, bottom, top_pad = 50, 30, 10
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    top = max((max(s.values(), default=0) for s in series.values()), default=0) or 1
    step = plot_w / max(1, len(days) - 1)
    parts = [
        f'<svg role="img" aria-label="{escape(title)}" width="{width}" '
        f'height="{height + 22 * len(series)}" '
        f'viewBox="0 0 {width} {height + 22 * len(series)}">',
        f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{left + plot_w}" '
        f'y2="{top_pad + plot_h}" stroke="#999"/>',
        f'<text x="{left - 6}" y="{top_pad + 10}" text-anchor="end">{top}</text>',
        f'<text x="{left - 6}" y="{top_pad + plot_h}" text-anchor="end">0</text>',
        f'<text x="{left}" y="{height - 8}">{days[0].isoformat()}</text>',
        f'<text x="{left + plot_w}" y="{height - 8}" text-anchor="end">'
        f"{days[-1].isoformat()}</text>",
    ]
    for n, (name, values) in enumerate(sorted(series.items())):
        colour = PALETTE[n % len(PALETTE)]
        points = " ".join(
            f"{left + i * step:.1f},"
            f"{top_pad + plot_h - plot_h * values.get(d, 0) / top:.1f}"
            for i, d in enumerate(days)
        )
        parts.append(
            f'<polyline fill="none" stroke="{colour}" stroke-width="2" '
            f'points="{points}"/>'
        )
        y = height + 22 * n + 14
        parts.append(
            f'<rect x="{left}" y="{y - 10}" width="14" height="10" fill="{colour}"/>'
            f'<text x="{left + 20}" y="{y}">{escape(name)} '
            f"({sum(values.values()):,})</text>"
        )
    parts.append("</svg>")
    return f"<h2>{escape(title)}</h2>" + "".join(parts)


def render(rows: Iterable[Row], start: date, end: date, title: str = "") -> str:
    sessions: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    services: dict[str, int] = defaultdict(int)
    pages: dict[str, dict[date, int]] = {"pages": defaultdict(int)}
    eid: dict[str, dict[date, int]] = {
        "started": defaultdict(int),
        "succeeded": defaultdict(int),
    }
    outage: dict[str, int] = defaultdict(int)
    stations: set[str] = set()
    for station, day, metric, dimension, value in rows:
        stations.add(station)
        if metric == KPI_METRIC:
            sessions[station][day] += value
        elif metric == "service_launches":
            services[dimension] += value
        elif metric == "print_pages":
            pages["pages"][day] += value
        elif metric == "eid_started":
            eid["started"][day] += value
        elif metric == "eid_succeeded":
            eid["succeeded"][day] += value
        elif metric == "out_of_service_minutes":
            outage[station] += value
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    total = sum(sum(s.values()) for s in sessions.values())
    launches = sum(services.values()) or 1
    share = sorted(
        ((name, 100 * v / launches) for name, v in services.items()),
        key=lambda item: -item[1],
    )
    heading = title or "Bürgerterminal – Nutzung"
    body = [
        f"<h1>{escape(heading)}</h1>",
        f"<p>{start.isoformat()} – {end.isoformat()} · {len(stations)} Station(en)</p>",
        '<section class="kpi"><div class="label">Anzahl Nutzungen</div>'
        f'<div class="value">{total:,}</div>'
        "<div>sessions started (Sitzungen)</div></section>",
        _lines("Sessions per day per station", days, sessions),
        _bars("Share of services (of all service launches)", share, " %"),
        _lines("Pages printed per day", days, pages),
        _lines("eID uses per day", days, eid),
        _bars(
            "Out-of-service time per station (hours)",
            sorted(((s, m / 60) for s, m in outage.items()), key=lambda i: -i[1]),
            " h",
        ),
        "<p class=note>Anonymised day counters; no personal data. "
        "Generated by kiosk usage report.</p>",
    ]
    style = (
        "body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
        "svg{font-size:13px;display:block;margin-bottom:1em}"
        ".kpi{border:2px solid #1f5fa8;padding:1em;display:inline-block}"
        ".kpi .value{font-size:3em;font-weight:bold}.note{color:#666}"
    )
    return (
        '<!doctype html><html lang="de"><head><meta charset="utf-8">'
        f"<title>{escape(heading)}</title><style>{style}</style></head><body>"
        + "\n".join(body)
        + "</body></html>"
    )
