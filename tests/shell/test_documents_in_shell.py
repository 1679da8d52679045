"""Scanning and USB sticks in a station built by `build_station`.

Real libsane (SANE's `test` backend), real FAT32 / exFAT images made with
mkfs.vfat / mkfs.exfat, plugged in by putting them where the configured glob
finds them, and pulled out by moving them away.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from kiosk.documents import pages
from kiosk.documents.sane_test import write_config
from kiosk.session import events as ev
from kiosk.session.events import EndReason
from kiosk.session.lifecycle import State
from tests.helpers.sticks import exfat_mounted, make_stick, put_fat, read_fat

PDF = b"%PDF-1.4\n" + b"x" * 2000 + b"\n%%EOF\n"


@pytest.fixture
def sane_env(tmp_path: Path):
    pytest.importorskip("sane", reason="python-sane (pip) needs libsane-dev")
    old = os.environ.get("SANE_CONFIG_DIR")
    os.environ["SANE_CONFIG_DIR"] = str(write_config(tmp_path / "sane"))
    yield
    if old is None:
        os.environ.pop("SANE_CONFIG_DIR", None)
    else:
        os.environ["SANE_CONFIG_DIR"] = old


def _documents_toml(tmp: Path) -> str:
    return f"""
[documents]
scanner = "test:0"
scan_dpi = 50
stick_devices = "{tmp}/port/*.img"
stick_mount_dir = "{tmp}/stick-mount"
take_stick_seconds = 30

[eid]
enabled = false  # AusweisApp keeps a fresh home in the session folder
"""


@pytest.fixture
def shell(build_shell, sane_env, tmp_path: Path, qtbot):
    (tmp_path / "port").mkdir()
    shell = build_shell(extra=_documents_toml(tmp_path))
    shell.start()
    qtbot.waitUntil(lambda: shell.lifecycle.state is State.ACTIVE)
    return shell


def test_multi_page_scan_lands_as_one_pdf(shell, qtbot, tmp_path: Path) -> None:
    shell.bar.show_documents()
    overlay = shell.window.documents
    assert overlay.scan_button.isVisible()
    overlay.scan_button.click()
    scanner = shell.station.documents.scanner
    assert scanner.isVisible()
    scanner.colour_button.click()
    for page in (1, 2, 3):
        scanner.scan_button.click()
        qtbot.waitUntil(lambda page=page: len(scanner.pages) == page, timeout=10000)
        assert not scanner.preview.pixmap().isNull()
    scanner.finish_button.click()
    saved = list((tmp_path / "session" / "documents").glob("*.pdf"))
    assert len(saved) == 1
    assert pages.page_count(saved[0]) == 3
    assert [e.pages for e in shell.events if isinstance(e, ev.DocumentScanned)] == [3]
    # the new PDF is chosen in My documents, and the upload picker offers it
    assert overlay._current() == str(saved[0])
    overlay.hide()
    overlay.pick(["application/pdf"])
    assert overlay.list.item(0).data(256) == str(saved[0])


def _plug(kind: str, tmp_path: Path) -> Path:
    image = make_stick(tmp_path / "made.img", kind)
    if kind == "exfat":
        with exfat_mounted(image, tmp_path / "setup") as where:
            (where / "Lebenslauf.pdf").write_bytes(PDF)
            (where / "start.desktop").write_bytes(b"[Desktop Entry]\nExec=id\n")
            (where / "tool.pdf").write_bytes(b"\x7fELF" + bytes(64))
    else:
        put_fat(image, "Lebenslauf.pdf", PDF)
        put_fat(image, "start.desktop", b"[Desktop Entry]\nExec=id\n")
        put_fat(image, "tool.pdf", b"\x7fELF" + bytes(64))
    return image.rename(tmp_path / "port" / "stick.img")


@pytest.mark.parametrize("kind", ["fat32", "exfat"])
def test_stick_in_and_out_and_released_at_end(
    shell, qtbot, tmp_path: Path, kind: str
) -> None:
    image = _plug(kind, tmp_path)
    service = shell.station.documents.service
    qtbot.waitUntil(lambda: service.stick_present, timeout=5000)

    # the upload picker offers the stick's allowed files only
    overlay = shell.bar.documents()
    overlay.pick(["application/pdf"])
    assert overlay.stick_button.isVisible()
    overlay.stick_button.click()
    qtbot.waitUntil(
        lambda: overlay.list.item(0).text() == "Lebenslauf.pdf", timeout=5000
    )
    assert [overlay.list.item(i).text() for i in range(overlay.list.count())] == [
        "Lebenslauf.pdf"
    ]
    with qtbot.waitSignal(overlay.picked, timeout=5000) as picked:
        overlay.open_button.click()
    chosen = Path(picked.args[0][0])
    assert chosen.parent == tmp_path / "session" / "documents"
    assert chosen.read_bytes() == PDF

    # save a session document to the stick
    mine = tmp_path / "session" / "documents" / "Bescheid.pdf"
    mine.write_bytes(PDF * 3)
    overlay.browse()
    overlay.list.setCurrentRow(
        [overlay.list.item(i).text() for i in range(overlay.list.count())].index(
            "Bescheid.pdf"
        )
    )
    overlay.stick_button.click()
    notice = shell.window.notice
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=5000)
    assert notice.title.text() == "Saved on your USB stick"
    notice.hide()

    # End session: the stick is let go, the resident reminded, the wipe waits
    shell.end(EndReason.RESIDENT)
    reminder = shell.station.documents.take_stick
    qtbot.waitUntil(reminder.isVisible, timeout=5000)
    assert service.volume is None
    assert not any((tmp_path / "stick-mount").rglob("*"))
    assert shell.lifecycle.state is not State.WELCOME
    taken = image.rename(tmp_path / "taken.img")
    qtbot.waitUntil(lambda: shell.lifecycle.state is State.WELCOME, timeout=5000)
    assert shell.last_report.ok, shell.last_report.summary()
    assert "stick" in [s.name for s in shell.last_report.steps]
    assert not (tmp_path / "session").exists(), list((tmp_path / "session").rglob("*"))
    # the stick holds what was saved, written correctly
    if kind == "exfat":
        with exfat_mounted(taken, tmp_path / "check") as where:
            assert (where / "Bescheid.pdf").read_bytes() == PDF * 3
    else:
        assert read_fat(taken, "Bescheid.pdf") == PDF * 3


def test_stick_pulled_mid_save_says_not_saved(
    shell, qtbot, tmp_path: Path, monkeypatch
) -> None:
    image = _plug("fat32", tmp_path)
    service = shell.station.documents.service
    qtbot.waitUntil(lambda: service.stick_present, timeout=5000)
    big = tmp_path / "session" / "documents" / "Gross.pdf"
    big.write_bytes(PDF * 2000)  # 4 MB: many chunks

    from kiosk.documents import transfer

    real = transfer.save_to_stick

    def pulled_midway(volume, source, progress=None):
        def pull(copied: int) -> None:
            if copied >= transfer.CHUNK and image.exists():
                image.rename(tmp_path / "pulled.img")

        return real(volume, source, progress=pull)

    monkeypatch.setattr(transfer, "save_to_stick", pulled_midway)
    overlay = shell.bar.documents()
    overlay.browse()
    overlay.stick_button.click()
    notice = shell.window.notice
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert notice.title.text() == "The USB stick was taken out"
    assert "not saved" in notice.text.text()
    qtbot.waitUntil(lambda: not service.stick_present, timeout=5000)
    assert not overlay.stick_button.isVisible()


def test_end_session_mid_scan_keeps_no_page(shell, qtbot) -> None:
    shell.bar.show_documents()
    shell.window.documents.scan_button.click()
    scanner = shell.station.documents.scanner
    scanner.scan_button.click()
    qtbot.waitUntil(lambda: len(scanner.pages) == 1, timeout=10000)
    shell.end(EndReason.RESIDENT)
    qtbot.waitUntil(lambda: shell.lifecycle.state is State.WELCOME, timeout=5000)
    assert shell.last_report.ok
    assert "scan" in [s.name for s in shell.last_report.steps]
    assert scanner.pages == [] and scanner.preview.pixmap().isNull()
    assert shell.window.documents.list.count() == 0


def test_boot_wipe_unmounts_what_a_crashed_shell_left(
    build_shell, sane_env, tmp_path: Path, qtbot
) -> None:
    from kiosk.documents import exfat, volume

    mounts = tmp_path / "stick-mount"
    image = make_stick(tmp_path / "made.img", "exfat")
    left = volume.open_volume(image, mounts)  # the "crashed" shell's mount
    assert exfat.mount_options(mounts / "exfat")
    (tmp_path / "port").mkdir()
    shell = build_shell(extra=_documents_toml(tmp_path))  # boots: the wipe runs
    assert shell.last_report.ok, shell.last_report.summary()
    assert not exfat.mount_options(mounts / "exfat")
    assert not any(mounts.rglob("*"))
    held = left.holder
    assert isinstance(held, exfat.ExfatMount) and held.process is not None
    held.process.wait(10)  # its FUSE daemon ended with the unmount
    subprocess.run(["losetup", "-d", held.loop], check=False)


def test_stick_plugged_as_the_session_ends_is_not_left_mounted(
    shell, qtbot, tmp_path: Path
) -> None:
    image = _plug("exfat", tmp_path)
    service = shell.station.documents.service
    service.poll()  # the worker starts mounting it …
    shell.end(EndReason.RESIDENT)  # … while the resident ends the session
    qtbot.waitUntil(shell.station.documents.take_stick.isVisible, timeout=5000)
    image.rename(tmp_path / "taken.img")
    qtbot.waitUntil(lambda: shell.lifecycle.state is State.WELCOME, timeout=5000)
    assert shell.last_report.ok, shell.last_report.summary()
    assert not any((tmp_path / "stick-mount").rglob("*"))


def test_the_cv_photo_comes_from_the_scanner(shell, qtbot, tmp_path: Path) -> None:
    """The writer's photo step scans through the documents service (the shell
    wires them): one colour page, cut to the photo, a JPEG in My documents,
    chosen for the CV, counted as one scanned page, and in the CV's PDF."""
    from PIL import Image
    from PySide6.QtCore import Qt

    writer = shell.station.writer
    assert writer is not None
    step = writer.photo
    assert not step.scan_button.isHidden()
    assert step.photo() == ""  # "No photo" until one is scanned
    qtbot.mouseClick(step.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: step.photo() != "", timeout=30000)
    path = Path(step.photo())
    assert path.parent == tmp_path / "session" / "documents"
    assert path.suffix == ".jpg" and step.scan_status.isHidden()
    with Image.open(path) as image:
        assert image.format == "JPEG" and image.mode == "RGB"
        assert min(image.size) > 400  # 300 dpi: enough for 35 × 45 mm
    assert [e.pages for e in shell.events if isinstance(e, ev.DocumentScanned)] == [1]

    writer.personal.fields["name"].setText("Amira Haddad")
    with qtbot.waitSignal(writer.made, timeout=60_000) as made:
        qtbot.mouseClick(writer.make_cv, Qt.MouseButton.LeftButton)
    images = subprocess.run(
        ["pdfimages", "-list", str(made.args[0].pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[2:]
    assert len(images) == 1  # the scanned photo


def test_without_a_scanner_the_photo_step_offers_no_scan(
    build_shell, tmp_path: Path
) -> None:
    (tmp_path / "port").mkdir()
    toml = _documents_toml(tmp_path).replace('scanner = "test:0"', 'scanner = "none"')
    shell = build_shell(extra=toml)
    assert shell.station.writer is not None
    assert shell.station.writer.photo.scan_button.isHidden()
