"""The fleet page in a real browser: Debian's chromium through chromedriver
(selenium), against a real collector process. Sign-in, the overview, a
station page, a form sent without its CSRF token refused, an office account
that sees only its office. Screenshots go to $FLEET_SCREENSHOTS (or the
test's tmp folder)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers.fleet import PASSWORD, two_offices
from helpers.tools import require_tool

from kiosk.daemons.collector import CollectorProcess
from kiosk.usage import heartbeat
from kiosk.usage.collector.db import CollectorDB

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
)


@pytest.fixture
def collector(tmp_path: Path) -> Iterator[CollectorProcess]:
    url = f"sqlite:///{tmp_path / 'collector.sqlite'}"
    db = CollectorDB.open(url)
    tokens = two_offices(db)
    db.engine.dispose()
    config = tmp_path / "collector.toml"
    config.write_text(
        "[alerts]\nclock_unsynchronised = false\n"
        '[offices.lobeda]\nname = "Bürgerbüro Lobeda"\n'
        '[offices.winzerla]\nname = "Bürgerbüro Winzerla"\n'
    )
    proc = CollectorProcess(url, config=config)
    proc.start()
    try:
        now = datetime.now(UTC)
        for sid, token in tokens.items():
            out = sid == "winzerla-2"
            state = {
                "written_at": now.isoformat(),
                "in_service": not out,
                "out_of_service_reason": "wipe-failed",
                "wipe": {"steps": [{"name": "files", "ok": not out}]},
                "card_readers": ["REINER SCT cyberJack RFID komfort"],
                "printer": {
                    "state": "ready",
                    "toner": [{"name": "Black Toner", "percent": 4 if out else 80}],
                },
                "sessions_today": 12,
            }
            body = heartbeat.build(
                sid,
                state,
                now=now,
                version="0.1.0",
                disk_free_percent=40,
                clock_synchronised=True,
                last_sync_success=now,
            )
            r = httpx.post(
                f"{proc.url}/v1/heartbeat",
                json=body,
                headers={"Authorization": f"Bearer {token}"},
            )
            assert r.status_code == 200, r.text
        yield proc
    finally:
        proc.stop()


@pytest.fixture
def browser() -> Iterator[Any]:
    require_tool("chromium", "chromedriver")
    os.environ["SE_OFFLINE"] = "true"  # selenium-manager must never download
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument("--window-size=1100,900")
    driver = webdriver.Chrome(
        options=options, service=Service(executable_path="/usr/bin/chromedriver")
    )
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("FLEET_SCREENSHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def follow(driver: Any, element: Any) -> None:
    """Click what loads a new page and wait for that page: a click returns
    before the navigation ends, and a find right after it met the old page
    or none at all."""
    from selenium.webdriver.support.expected_conditions import staleness_of
    from selenium.webdriver.support.ui import WebDriverWait

    old = driver.find_element("tag name", "html")
    element.click()
    WebDriverWait(driver, 10).until(staleness_of(old))
    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


def sign_in(driver: Any, base: str, name: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(f"{base}/fleet")
    assert driver.current_url.endswith("/fleet/login")  # sent to sign in
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    follow(driver, driver.find_element(By.CSS_SELECTOR, "button[type=submit]"))


def test_fleet_page_in_chromium(
    collector: CollectorProcess, browser: Any, shots: Path
) -> None:
    from selenium.webdriver.common.by import By

    base = collector.url  # plain HTTP on loopback: Secure cookies still kept
    browser.get(f"{base}/fleet/login")
    browser.save_screenshot(str(shots / "1-login.png"))
    sign_in(browser, base, "it-admin")
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "2 stations" in text
    assert "winzerla-2" in text and "out of service: a wipe step failed" in text
    assert "wipe failed: files" in text and "toner low: Black Toner 4 %" in text
    browser.save_screenshot(str(shots / "2-overview.png"))
    browser.set_window_size(390, 844)  # a phone
    browser.save_screenshot(str(shots / "3-overview-phone.png"))
    browser.set_window_size(1100, 900)

    follow(browser, browser.find_element(By.LINK_TEXT, "winzerla-2"))
    assert browser.current_url.endswith("/fleet/station/winzerla-2")
    station = browser.find_element(By.TAG_NAME, "main").text
    assert "REINER SCT cyberJack RFID komfort" in station
    assert "files failed" in station and "Recent history" in station
    browser.save_screenshot(str(shots / "4-station.png"))

    # A form sent without its CSRF token (as a forged one would be): refused.
    browser.execute_script("document.querySelector('input[name=csrf]').value = '';")
    follow(browser, browser.find_element(By.XPATH, "//button[text()='Log out']"))
    refused = browser.find_element(By.TAG_NAME, "main").text
    assert "Refused" in refused and "CSRF" in refused
    browser.save_screenshot(str(shots / "5-csrf-refused.png"))
    browser.get(f"{base}/fleet")  # still signed in: nothing happened
    assert "winzerla-2" in browser.find_element(By.TAG_NAME, "main").text
    follow(browser, browser.find_element(By.XPATH, "//button[text()='Log out']"))
    assert browser.current_url.endswith("/fleet/login")

    sign_in(browser, base, "lobeda-staff")
    overview = browser.find_element(By.TAG_NAME, "body").text
    assert "lobeda-staff (office lobeda, read-only)" in overview
    assert "winzerla" not in overview.lower() and "1 stations" in overview
    follow(browser, browser.find_element(By.LINK_TEXT, "Bürgerbüro Lobeda"))
    assert "lobeda-1" in browser.find_element(By.TAG_NAME, "main").text
    browser.save_screenshot(str(shots / "6-office-staff.png"))
    browser.get(f"{base}/fleet/station/winzerla-2")
    assert "no such station" in browser.find_element(By.TAG_NAME, "body").text
