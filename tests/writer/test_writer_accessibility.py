"""Every step of the writer: named controls, described, big touch targets,
in the shell's style at 100 % and at 200 % with high contrast."""

from __future__ import annotations

from helpers.display import AT_EVERY_SIZE
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kiosk.ui.theme import MIN_TARGET_PX
from kiosk.writer import templates
from kiosk.writer.screen import STEPS, WriterScreen

INTERACTIVE = (QAbstractButton, QAbstractItemView, QLineEdit, QTextEdit, QPlainTextEdit)


@AT_EVERY_SIZE
def test_every_step_names_and_describes_its_controls(
    qtbot, tmp_path, styled, choice
) -> None:
    styled.set_choice(choice)
    screen = WriterScreen(
        template=templates.load(templates.BUILTIN, "standard"),
        documents=lambda: tmp_path / "documents",
        drafts=lambda: tmp_path / "writer",
        language=lambda: "de",
        show_pdf=lambda _path: None,
        print_file=lambda _path: None,
    )
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    for step in STEPS:
        screen.go(step)
        qtbot.wait(20)
        found = [
            w
            for w in screen.findChildren(QWidget)
            if isinstance(w, INTERACTIVE)
            and w.isVisibleTo(screen)
            and not w.visibleRegion().isEmpty()
        ]
        assert found, step
        unnamed = [w for w in found if not w.accessibleName().strip()]
        assert not unnamed, (step, [type(w).__name__ for w in unnamed])
        bare = [w.accessibleName() for w in found if not w.accessibleDescription()]
        assert not bare, (step, bare)
        small = [
            (w.accessibleName(), w.width(), w.height())
            for w in found
            if min(w.width(), w.height()) < MIN_TARGET_PX
        ]
        assert not small, (step, small)
