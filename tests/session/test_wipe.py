from __future__ import annotations

import pytest

from kiosk.session.wipe import Wiper, WipeStepFailed


def test_every_step_runs_after_a_failure() -> None:
    ran: list[str] = []
    wiper = Wiper()

    def fail() -> None:
        ran.append("files")
        raise WipeStepFailed("2 files left in the session directory")

    wiper.register("web", lambda: ran.append("web"))
    wiper.register("files", fail)
    wiper.register("clipboard", lambda: ran.append("clipboard"))
    report = wiper.run()
    assert ran == ["web", "files", "clipboard"]
    assert not report.ok
    assert report.failed == ("files",)
    assert "2 files left" in report.summary()


def test_clean_report() -> None:
    wiper = Wiper()
    wiper.register("web", lambda: None)
    report = wiper.run()
    assert report.ok and report.failed == ()


def test_a_step_name_is_registered_once() -> None:
    wiper = Wiper()
    wiper.register("web", lambda: None)
    with pytest.raises(ValueError, match="twice"):
        wiper.register("web", lambda: None)


def test_a_step_can_run_before_another() -> None:
    ran: list[str] = []
    wiper = Wiper()
    for name in ("web", "files"):
        wiper.register(name, lambda name=name: ran.append(name))  # type: ignore[misc]
    wiper.register("eid", lambda: ran.append("eid"), before="files")
    wiper.run()
    assert ran == ["web", "eid", "files"]
    with pytest.raises(ValueError, match="'nothing' is not registered"):
        wiper.register("x", lambda: None, before="nothing")
