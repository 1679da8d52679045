"""Which files a USB stick may offer, and names that are safe to write on one.

Pure: no Qt, no file system. A file is offered only when its name ends in an
allowed suffix AND its first bytes are what that suffix promises, so a
program renamed to `.pdf` is not offered either. Nothing is ever executed:
offered files are only copied into the session's documents, where the shell's
own viewers and the upload picker read them as bytes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# suffix → the first bytes a real file of that kind starts with
MAGIC: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF-",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".webp": (b"RIFF",),
    ".docx": (b"PK\x03\x04",),
    ".odt": (b"PK\x03\x04",),
    ".txt": (),  # checked by `_plain_text`
}
OFFERED_SUFFIXES = tuple(MAGIC)
HEAD_BYTES = 512  # how much of a file `offer` needs to see

# Programs and scripts start like this; a text file that does is not text.
_PROGRAM_HEADS = (b"#!", b"\x7fELF", b"MZ", b"[Desktop Entry]")
_FAT_FORBIDDEN = re.compile(r'[\x00-\x1f<>:"/\\|?*\x7f]')
_DOS_DEVICES = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)
}
MAX_NAME = 120  # characters; FAT and exFAT allow 255, short names read better
PARTIAL_PREFIX = ".kiosk-partial-"  # a copy in progress; hidden, never offered


@dataclass(frozen=True)
class Verdict:
    offered: bool
    reason: str  # for tests and the log; never shown with the file's name


def suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def offer(name: str, size: int, head: bytes, max_bytes: int) -> Verdict:
    """Whether a file on a stick may be offered to the resident."""
    if not name or name.startswith(".") or name != name.strip():
        return Verdict(False, "hidden or odd name")
    ext = suffix(name)
    if ext not in MAGIC:
        return Verdict(False, f"type {ext or '(none)'} is not offered")
    if size <= 0:
        return Verdict(False, "empty")
    if size > max_bytes:
        return Verdict(False, "too big")
    if ext == ".txt":
        return (
            Verdict(True, "text")
            if _plain_text(head)
            else Verdict(False, "not plain text")
        )
    if ext == ".webp" and head[8:12] != b"WEBP":
        return Verdict(False, "content does not match .webp")
    if not head.startswith(MAGIC[ext]):
        return Verdict(False, f"content does not match {ext}")
    return Verdict(True, ext[1:])


def _plain_text(head: bytes) -> bool:
    if b"\x00" in head or head.lstrip().startswith(_PROGRAM_HEADS):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the head is still text.
        if exc.start < len(head) - 3:
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return False
    return True


def safe_name(name: str) -> str:
    """A name FAT and exFAT accept, that reads like the original."""
    name = unicodedata.normalize("NFC", name)
    name = _FAT_FORBIDDEN.sub("_", name).strip().rstrip(". ")
    name = name.lstrip(".")
    ext = suffix(name)
    stem = name[: len(name) - len(ext)] if ext else name
    if stem.upper() in _DOS_DEVICES or not stem:
        stem = f"_{stem}"
    stem = stem[: MAX_NAME - len(ext)].rstrip(". ")
    return stem + ext


def unique_name(name: str, existing: set[str]) -> str:
    """`name`, or `name (2)` … when the stick has it already (case-blind, as FAT)."""
    taken = {n.casefold() for n in existing}
    if name.casefold() not in taken:
        return name
    ext = suffix(name)
    stem = name[: len(name) - len(ext)] if ext else name
    number = 2
    while f"{stem} ({number}){ext}".casefold() in taken:
        number += 1
    return f"{stem} ({number}){ext}"
