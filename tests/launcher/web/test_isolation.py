"""Session 1 plants something in every channel; session 2 finds nothing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.webengine


def test_storage_channels_do_not_survive_the_session(web_session, local_server) -> None:
    first = web_session()
    first.open("/set-cookie")
    assert first.js_async("window.plant()") == "planted"
    seen = first.probe()
    # The plant worked, so the next session's emptiness means something.
    assert "header_cookie=planted" in seen["cookies"]
    assert "script_cookie=planted" in seen["cookies"]
    assert seen["local"] == "planted" and seen["idb"] == "planted"
    assert seen["cache"] == "kiosk-cache" and seen["sw"] == 1
    first.close()

    local_server.clear_log()
    second = web_session()
    second.open("/storage")
    found = second.probe()
    assert found == {
        "cookies": "",
        "local": None,
        "session": None,
        "idb": None,
        "cache": "",
        "sw": 0,
        "history": 1,
    }
    # The server saw no cookie from the second session either.
    assert all("cookie" not in r.headers for r in local_server.log)
