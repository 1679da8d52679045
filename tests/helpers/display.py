"""The display settings accessibility tests run at, and the shell's style sheet."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from kiosk.ui.display_state import DisplayChoice

if TYPE_CHECKING:
    from kiosk.ui.display import DisplaySettings

# Normal text, and the largest text with high contrast: a control that is
# named and big enough at both is so in between.
AT_EVERY_SIZE = pytest.mark.parametrize(
    "choice",
    [DisplayChoice(), DisplayChoice(step=4, high_contrast=True)],
    ids=["normal-100", "contrast-200"],
)


@pytest.fixture
def styled(qapp) -> Iterator[DisplaySettings]:
    """The shell's style sheet on the app, as build_station sets it; reset after."""
    # Imported here: Qt modules imported while pytest loads its plugins (before
    # conftest's own Qt set-up) made AusweisApp's Simulator tests flaky.
    from kiosk.ui.display import DisplaySettings

    settings = DisplaySettings(qapp)
    settings.set_choice(DisplayChoice())
    yield settings
    qapp.setStyleSheet("")
