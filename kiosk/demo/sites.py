"""The demo services, served on loopback: citizen services, a bank, a job portal.

They exist so anyone can try the shell without the city's real sites: a form
and an appointment booking with an eID login button, a bank login (cookie
session or HTTP basic auth), and a job portal with an upload and a PDF.
"""

from __future__ import annotations

import base64
import html
import secrets
from urllib.parse import parse_qs

from kiosk.daemons.loopback import LocalServer, Request, Response

STYLE = """
body { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; margin: 0; background: #fff;
       color: #1a1f24; font-size: 20px; }
header { background: var(--c); color: #fff; padding: 24px 40px; font-size: 30px; }
main { padding: 24px 40px; max-width: 900px; }
label { display: block; margin-top: 16px; }
input, select, button { font-size: 20px; padding: 10px; margin-top: 6px; }
button, .button { background: var(--c); color: #fff; border: 0; border-radius: 8px;
                  padding: 14px 22px; text-decoration: none; display: inline-block; }
.note { background: #f4f6f8; padding: 12px; border-radius: 8px; }
"""


def _page(title: str, colour: str, body: str) -> Response:
    return Response(
        "<!doctype html><html lang=de><head><meta charset=utf-8>"
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
        f"<body style='--c:{colour}'><header>{html.escape(title)}</header>"
        f"<main>{body}</main></body></html>"
    )


def demo_pdf(title: str, pages: int = 1) -> bytes:
    """A small valid PDF with one line of text per page, written by hand."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(pages))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>")
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for number in range(pages):
        text = f"BT /F1 24 Tf 72 760 Td ({title} - Seite {number + 1}) Tj ET".encode(
            "latin-1", "replace"
        )
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * number} 0 R >>"
        )
        objects.append(
            f"<< /Length {len(text)} >>\nstream\n{text.decode('latin-1')}\nendstream"
        )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for index, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{index} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"  # noqa: E501
    ).encode()
    return bytes(out)


def tc_token(error_address: str, refresh_address: str = "") -> bytes:
    """A TR-03124 tcToken whose eID server does not exist (port 9).

    AusweisApp (in developer mode, which allows http) fetches it, cannot open
    the trusted channel and ends with AUTH carrying the error address — the
    whole hand-off runs offline. The demo and the tests use it.
    """
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TCTokenType>'
        "<ServerAddress>https://127.0.0.1:9/paos</ServerAddress>"
        "<SessionIdentifier>1A2BB129</SessionIdentifier>"
        f"<RefreshAddress>{html.escape(refresh_address or error_address)}"
        "</RefreshAddress>"
        f"<CommunicationErrorAddress>{html.escape(error_address)}"
        "</CommunicationErrorAddress>"
        "<Binding>urn:liberty:paos:2006-08</Binding>"
        "<PathSecurity-Protocol>urn:ietf:rfc:4279</PathSecurity-Protocol>"
        f"<PathSecurity-Parameters><PSK>{'4B' * 32}</PSK></PathSecurity-Parameters>"
        "</TCTokenType>\n"
    ).encode()


def install_demo_sites(server: LocalServer) -> None:
    r = server.route
    sessions: set[str] = set()

    # -- Bürgerservice ---------------------------------------------------------
    @r("buergerservice", "/")
    def citizen(req: Request) -> Response:
        # AusweisApp resolves plain "localhost" only: the demo's eID token
        # server lives there (allowed for this service in the demo config).
        token = f"http://localhost:{server.port}/tctoken"
        eid = "http://127.0.0.1:24727/eID-Client?tcTokenURL=" + token
        return _page(
            "Bürgerservice (Demo)",
            "#0b5cad",
            "<p>Willkommen beim Bürgerservice der Stadt.</p>"
            "<p><a class=button href='/termin'>Termin buchen</a> "
            "<a class=button href='/antrag'>Antrag stellen</a></p>"
            f"<p class=note>Mit dem Online-Ausweis anmelden: "
            f"<a class=button id=eid href='{eid}'>Mit Ausweis anmelden</a></p>",
        )

    @r("", "/tctoken")
    def token(req: Request) -> Response:
        body = tc_token(server.url("buergerservice", "/eid-ergebnis"))
        return Response(body, content_type="text/xml")

    @r("buergerservice", "/eid-ergebnis")
    def eid_result(req: Request) -> Response:
        return _page(
            "Anmeldung mit dem Ausweis",
            "#0b5cad",
            "<p>Die Anmeldung wurde nicht abgeschlossen: In dieser Demo gibt es "
            "keinen eID-Server. Am echten Terminal zeigt hier der Dienst Ihr "
            "Ergebnis.</p><p><a class=button href='/'>Zurück</a></p>",
        )

    @r("buergerservice", "/termin")
    def appointment(req: Request) -> Response:
        if req.method == "POST":
            form = parse_qs(req.body.decode())
            day = html.escape(form.get("tag", ["?"])[0])
            return _page(
                "Termin gebucht",
                "#0b5cad",
                f"<p>Ihr Termin am <b>{day}</b> ist gebucht.</p>"
                "<p><a class=button href='/'>Zurück</a></p>",
            )
        days = "".join(f"<option>{d}. Dezember 2026</option>" for d in (1, 2, 3, 7, 8))
        return _page(
            "Termin buchen",
            "#0b5cad",
            "<form method=post><label>Anliegen<select name=anliegen>"
            "<option>Personalausweis</option><option>Meldebescheinigung</option>"
            f"</select></label><label>Tag<select name=tag>{days}</select></label>"
            "<p><button>Termin buchen</button></p></form>",
        )

    @r("buergerservice", "/antrag")
    def form(req: Request) -> Response:
        return _page(
            "Antrag stellen",
            "#0b5cad",
            "<form method=post action='/termin'><label>Name<input name=name></label>"
            "<label>Anschrift<input name=anschrift></label>"
            "<p><button>Absenden</button></p></form>",
        )

    # -- Bank ------------------------------------------------------------------
    @r("bank", "/")
    def bank(req: Request) -> Response:
        cookie = req.headers.get("cookie", "")
        if any(f"demo_session={s}" in cookie for s in sessions):
            return _page(
                "Demo-Bank: Ihr Konto",
                "#a4262c",
                "<p>Kontostand: <b>1.234,56 €</b></p><p>Sie sind angemeldet.</p>",
            )
        return _page(
            "Demo-Bank",
            "#a4262c",
            "<form method=post action='/login'><label>Anmeldename<input name=user>"
            "</label><label>PIN<input name=pin type=password></label>"
            "<p><button>Anmelden</button></p></form>"
            "<p><a href='/basic'>Anmeldung mit Browser-Passwort</a></p>",
        )

    @r("bank", "/login")
    def login(req: Request) -> Response:
        token = secrets.token_hex(8)
        sessions.add(token)
        return Response(
            "",
            status=303,
            headers=[
                ("Location", "/"),
                ("Set-Cookie", f"demo_session={token}; Path=/; HttpOnly"),
            ],
        )

    @r("bank", "/basic")
    def basic(req: Request) -> Response:
        expected = "Basic " + base64.b64encode(b"demo:demo").decode()
        if req.headers.get("authorization") == expected:
            return _page("Demo-Bank", "#a4262c", "<p>Angemeldet (HTTP).</p>")
        return Response(
            "Anmeldung nötig (demo/demo)",
            status=401,
            headers=[("WWW-Authenticate", 'Basic realm="Demo-Bank"')],
        )

    # -- Jobportal -------------------------------------------------------------
    @r("jobs", "/")
    def jobs(req: Request) -> Response:
        return _page(
            "Jobportal (Demo)",
            "#1e6b3a",
            "<p>Stellenangebot: Sachbearbeitung im Bürgerbüro.</p>"
            "<p><a class=button id=pdf href='/stellenangebot.pdf'>"
            "Stellenangebot als PDF</a></p>"
            "<form method=post action='/bewerbung' enctype='multipart/form-data'>"
            "<label>Lebenslauf hochladen<input type=file name=cv accept='.pdf'>"
            "</label><p><button>Bewerbung senden</button></p></form>"
            "<p><button onclick='window.print()'>Diese Seite drucken</button></p>",
        )

    @r("jobs", "/stellenangebot.pdf")
    def offer(req: Request) -> Response:
        return Response(
            demo_pdf("Stellenangebot", 2),
            content_type="application/pdf",
            headers=[
                ("Content-Disposition", 'attachment; filename="Stellenangebot.pdf"')
            ],
        )

    @r("jobs", "/bewerbung")
    def apply(req: Request) -> Response:
        return _page("Danke", "#1e6b3a", "<p>Ihre Bewerbung ist angekommen.</p>")
