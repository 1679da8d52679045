"""A web page of a service, as a screen reader reaches it over AT-SPI.

`kiosk run` under Xvfb on a private accessibility bus (kiosk.daemons.a11y)
opens a service whose page has a heading, a link and a text field with a
<label>, in German or in Arabic (right to left). A separate process, Debian's
pyatspi (tests/e2e/atspi_client.py), walks the tree below the service's web
view: Chromium's own tree of the page must be there, with the heading, the
link by its text and the field named by its label, in the page's words.

Accessibility is on before the web engine starts, in both ways a station
meets: Qt's `QT_LINUX_ACCESSIBILITY_ALWAYS_ON`, and the bus's `IsEnabled`
already set when the shell starts (what an earlier Orca leaves behind).
QtWebEngine missed that state and the page's tree never came
(kiosk/launcher/web/accessibility.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from e2e.test_atspi import Client
from helpers.tools import require_tool
from helpers.ts import translations

from kiosk.daemons.loopback import Response
from kiosk.procs import stop_process

pytestmark = [pytest.mark.xvfb, pytest.mark.webengine]

VIEW_ID = "ServiceView.QWebEngineView"
PAGES = {
    "de": {
        "dir": "ltr",
        "title": "Bürgeramt Musterstadt",
        "heading": "Einen Termin im Bürgeramt buchen",
        "link": "Öffnungszeiten ansehen",
        "label": "Ihr Familienname",
    },
    "ar": {
        "dir": "rtl",
        "title": "مكتب المواطنين",
        "heading": "حجز موعد في مكتب المواطنين",
        "link": "عرض مواعيد العمل",
        "label": "اسم العائلة",
    },
}
FIELD_ROLES = {"text", "entry"}


def service_page(language: str) -> Response:
    words = PAGES[language]
    return Response(
        f'<!doctype html><html lang="{language}" dir="{words["dir"]}"><head>'
        f"<meta charset=utf-8><title>{words['title']}</title></head><body><main>"
        f"<h1>{words['heading']}</h1>"
        f'<p><a href="/page2">{words["link"]}</a></p>'
        f'<form><label for="family">{words["label"]}</label> '
        '<input id="family" name="family" type="text"></form>'
        "</main></body></html>"
    )


def write_config(tmp: Path, server, language: str) -> Path:
    from helpers.station import station_toml

    extra = (
        f'[usage]\ndatabase = "{tmp}/usage.sqlite"\n'
        "[eid]\nenabled = false\n[printing]\nenabled = false\n"
    )
    path = tmp / "station.toml"
    path.write_text(
        station_toml(
            server, tmp, idle=600, language=language, path="/a11y", extra=extra
        ),
        encoding="utf-8",
    )
    return path


def wait_for_page(client: Client, heading: str, timeout: float = 30.0) -> list[dict]:
    """The tree below the service's web view once the page's heading is in it."""
    deadline = time.monotonic() + timeout
    while True:
        nodes = client.ask(op="page", id=VIEW_ID)["nodes"]
        if any(n["role"] == "heading" and n["name"] == heading for n in nodes):
            return nodes
        if time.monotonic() > deadline:
            seen = [(n["role"], n["name"]) for n in nodes]
            raise AssertionError(
                f"the page's tree never showed its heading {heading!r} below "
                f"the web view; below it: {seen}"
            )
        time.sleep(0.3)


@pytest.mark.parametrize(
    ("language", "switch"),
    [("de", "qt-always-on"), ("ar", "qt-always-on"), ("de", "bus-enabled")],
)
def test_a_screen_reader_reads_the_page_of_a_service(
    xvfb, a11y_bus, local_server, tmp_path, language, switch
) -> None:
    require_tool("/usr/lib/python3/dist-packages/pyatspi")
    words = PAGES[language]
    local_server.route("allowed", "/a11y")(
        lambda _req, lang=language: service_page(lang)
    )
    config = write_config(tmp_path, local_server, language)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("QT_QPA") and k != "WAYLAND_DISPLAY"
    }
    env.update(a11y_bus.env, DISPLAY=xvfb.display, QT_QPA_PLATFORM="xcb")
    shell_env = dict(env)
    if switch == "qt-always-on":
        shell_env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    else:
        shell_env.pop("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", None)
        a11y_bus.enable()  # before the shell starts, as Orca leaves it
    log = open(tmp_path / "shell.log", "w", encoding="utf-8")  # noqa: SIM115
    shell = subprocess.Popen(
        [
            sys.executable,
            *("-m", "kiosk.cli", "run", "--config", str(config)),
            "--allow-no-sandbox",
        ],
        env=shell_env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    client = None
    try:
        client = Client(shell.pid, env)
        tr = translations(language)
        start = tr["WelcomeScreen", "Start"]
        client.wait_for(start)
        client.press(start)
        client.wait_for("Dienst")  # the test station's title in every language
        client.press("Dienst")

        nodes = wait_for_page(client, words["heading"])
        roles_names = [(n["role"], n["name"]) for n in nodes]
        documents = [n for n in nodes if n["role"] == "document web"]
        assert [d["name"] for d in documents] == [words["title"]], roles_names
        links = [n for n in nodes if n["role"] == "link"]
        assert [n["name"] for n in links] == [words["link"]], roles_names
        fields = [n for n in nodes if n["role"] in FIELD_ROLES]
        # Named by its <label>: the page gives it no other name.
        assert [n["name"] for n in fields] == [words["label"]], roles_names
        assert {"editable", "focusable"} <= set(fields[0]["states"])
        # In the page's words only: nothing of the other language's page.
        other = next(w for lang, w in PAGES.items() if lang != language)
        said = {n["name"] for n in nodes}
        assert not said & {other["heading"], other["link"], other["label"]}
    finally:
        if client is not None:
            client.close()
        stop_process(shell, timeout=15)
        log.close()
