"""Routes of the local test server: every channel a session could leak through.

Sites: `allowed` (the service), `other` (a second allowed host), `forbidden`
(never allowed: its request log must stay empty). Pages write their results
into `document.title` or expose `window.probe()` so tests read them back
with runJavaScript.
"""

from __future__ import annotations

import base64
import io

from kiosk.daemons.loopback import LocalServer, Request, Response


def page(body: str, head: str = "") -> Response:
    return Response(
        f"<!doctype html><html><head><meta charset=utf-8>{head}</head>"
        f"<body>{body}</body></html>"
    )


def tiny_pdf(pages: int = 1) -> bytes:
    """A valid PDF with `pages` empty A4 pages, written by hand (no library)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>")
    for _ in range(pages):
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{obj}\nendobj\n".encode())
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)

# One probe that reports, as JSON, what the page can find of earlier visits.
PROBE_JS = """
window.probe = async function () {
  const out = {cookies: document.cookie, local: localStorage.getItem('k'),
               session: sessionStorage.getItem('k')};
  out.idb = await new Promise((resolve) => {
    const req = indexedDB.open('kioskdb', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('s');
    req.onsuccess = () => {
      const tx = req.result.transaction('s', 'readonly');
      const get = tx.objectStore('s').get('k');
      get.onsuccess = () => { resolve(get.result || null); req.result.close(); };
      get.onerror = () => resolve('error');
    };
    req.onerror = () => resolve('error');
  });
  out.cache = (await caches.keys()).join(',');
  out.sw = (await navigator.serviceWorker.getRegistrations()).length;
  out.history = history.length;
  return JSON.stringify(out);
};
window.plant = async function () {
  document.cookie = 'script_cookie=planted; max-age=86400; path=/';
  localStorage.setItem('k', 'planted');
  sessionStorage.setItem('k', 'planted');
  await new Promise((resolve) => {
    const req = indexedDB.open('kioskdb', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('s');
    req.onsuccess = () => {
      const tx = req.result.transaction('s', 'readwrite');
      tx.objectStore('s').put('planted', 'k');
      tx.oncomplete = () => { req.result.close(); resolve(); };
    };
  });
  const cache = await caches.open('kiosk-cache');
  await cache.put('/cached', new Response('planted'));
  await navigator.serviceWorker.register('/sw.js');
  await navigator.serviceWorker.ready;
  return 'planted';
};
"""


def install_test_routes(server: LocalServer) -> None:
    r = server.route

    @r("*", "/")
    def index(req: Request) -> Response:
        return page(f"<h1 id=site>{req.site}</h1><a id=link href='/page2'>next</a>")

    @r("*", "/page2")
    def page2(req: Request) -> Response:
        return page("<h1>page 2</h1>")

    @r("*", "/storage")
    def storage(req: Request) -> Response:
        return page("<h1>storage</h1>", head=f"<script>{PROBE_JS}</script>")

    @r("*", "/set-cookie")
    def set_cookie(req: Request) -> Response:
        resp = page("<h1>cookie set</h1>", head=f"<script>{PROBE_JS}</script>")
        resp.headers.append(
            ("Set-Cookie", "header_cookie=planted; Max-Age=86400; Path=/")
        )
        return resp

    @r("*", "/echo-cookies")
    def echo_cookies(req: Request) -> Response:
        return page(f"<pre id=c>{req.headers.get('cookie', '')}</pre>")

    @r("*", "/sw.js")
    def sw(req: Request) -> Response:
        return Response(
            "self.addEventListener('fetch', () => {});",
            content_type="application/javascript",
        )

    @r("*", "/basic-auth")
    def basic_auth(req: Request) -> Response:
        expected = "Basic " + base64.b64encode(b"resident:secret").decode()
        if req.headers.get("authorization") == expected:
            return page("<h1 id=auth>welcome</h1>")
        return Response(
            "<h1>locked</h1>",
            status=401,
            headers=[("WWW-Authenticate", 'Basic realm="bank"')],
        )

    @r("*", "/redirect-forbidden")
    def redirect_forbidden(req: Request) -> Response:
        target = server.url("forbidden", "/")
        return Response("", status=302, headers=[("Location", target)])

    @r("*", "/redirect-other")
    def redirect_other(req: Request) -> Response:
        return Response("", status=302, headers=[("Location", server.url("other"))])

    forbidden = server.url("forbidden", "/")

    @r("*", "/link-forbidden")
    def link_forbidden(req: Request) -> Response:
        return page(f"<a id=a href='{forbidden}'>away</a>")

    @r("*", "/location-forbidden")
    def location_forbidden(req: Request) -> Response:
        return page(f"<script>location = '{forbidden}';</script>")

    @r("*", "/meta-forbidden")
    def meta_forbidden(req: Request) -> Response:
        return page("", head=f"<meta http-equiv=refresh content='0;url={forbidden}'>")

    @r("*", "/iframe-forbidden")
    def iframe_forbidden(req: Request) -> Response:
        return page(f"<iframe src='{forbidden}'></iframe>")

    @r("*", "/open-forbidden")
    def open_forbidden(req: Request) -> Response:
        return page(f"<script>window.open('{forbidden}');</script>")

    @r("*", "/popup")
    def popup(req: Request) -> Response:
        return page(
            "<a id=blank target=_blank href='/page2'>blank</a>"
            "<button id=open onclick=\"window.open('/page2')\">open</button>"
        )

    @r("*", "/mailto")
    def mailto(req: Request) -> Response:
        return page(
            "<a id=mail href='mailto:someone@example.org' "
            "style='display:block;width:400px;height:200px;font-size:40px'>mail</a>"
        )

    @r("*", "/download-page")
    def download_page(req: Request) -> Response:
        return page(
            "<a id=pdf href='/file.pdf' download>pdf</a>"
            "<a id=png href='/image.png' download>png</a>"
            "<a id=exe href='/tool.exe' download>exe</a>"
        )

    @r("*", "/file.pdf")
    def pdf(req: Request) -> Response:
        return Response(
            tiny_pdf(2),
            content_type="application/pdf",
            headers=[
                (
                    "Content-Disposition",
                    'attachment; filename="../../Bescheid 2026.pdf"',
                )
            ],
        )

    @r("*", "/image.png")
    def png(req: Request) -> Response:
        return Response(PNG_1PX, content_type="image/png")

    @r("*", "/tool.exe")
    def exe(req: Request) -> Response:
        return Response(
            b"MZ" + b"\0" * 64,
            content_type="application/x-msdownload",
            headers=[("Content-Disposition", 'attachment; filename="tool.exe"')],
        )

    @r("*", "/upload")
    def upload(req: Request) -> Response:
        return page(
            "<input id=file type=file style='width:400px;height:100px'>"
            "<script>document.getElementById('file').onchange = (e) => "
            "{ document.title = 'chosen:' + e.target.files.length; };</script>"
        )

    @r("*", "/print")
    def print_page(req: Request) -> Response:
        return page(
            "<h1>print me</h1><button id=p onclick='window.print()'>print</button>"
        )

    @r("*", "/dialogs")
    def dialogs(req: Request) -> Response:
        return page(
            "<script>window.onbeforeunload = (e) => { e.preventDefault(); "
            "return 'stay'; }; setTimeout(() => alert('hello'), 10);</script>"
        )

    @r("*", "/hang")
    def hang(req: Request) -> Response:
        return page("<button id=h onclick='while(true){}'>hang</button>")

    @r("*", "/synthetic-keys")
    def synthetic_keys(req: Request) -> Response:
        return page(
            "<input id=i><script>setInterval(() => { const e = new KeyboardEvent("
            "'keydown', {key: 'a', bubbles: true}); document.getElementById('i')"
            ".dispatchEvent(e); document.dispatchEvent(new MouseEvent('mousemove',"
            " {clientX: 5, clientY: 5})); }, 100);</script>"
        )

    @r("*", "/permission")
    def permission(req: Request) -> Response:
        return page(
            "<script>window.askGeo = () => new Promise((resolve) => "
            "navigator.geolocation.getCurrentPosition(() => resolve('granted'), "
            "(e) => resolve('denied:' + e.code), {timeout: 2000}));"
            "window.askCamera = () => navigator.mediaDevices.getUserMedia("
            "{video: true}).then(() => 'granted', (e) => 'denied:' + e.name);"
            "</script>"
        )

    @r("*", "/fetch-port")
    def fetch_port(req: Request) -> Response:
        return page("<h1>fetch</h1>")
