"""The draft: what the resident entered, as JSON in the session's folder only.

Written at each step so nothing typed depends on the screen alone; the wipe
removes the session folder with it. Never anywhere else.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from kiosk.writer import model


def save(folder: Path, cv: model.CV, letter: model.Letter) -> Path | None:
    """Write `<folder>/draft.json` (0600); None when there is no session folder."""
    if not folder.parent.is_dir():
        return None
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / "draft.json"
    temp = folder / ".draft.json.part"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(model.to_data(cv, letter), out, ensure_ascii=False)
    temp.replace(path)
    return path


def load(folder: Path) -> tuple[model.CV, model.Letter] | None:
    """The draft back, or None when there is none."""
    path = folder / "draft.json"
    if not path.is_file():
        return None
    return model.from_data(json.loads(path.read_text(encoding="utf-8")))
