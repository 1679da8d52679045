"""Test fixtures for the private CUPS stack (the stack lives in kiosk.demo.printer,
which the demo station uses too)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.demo.printer import PrintStack, free_port  # noqa: F401  (re-exported)


@pytest.fixture(scope="session")
def print_stack() -> Iterator[PrintStack]:
    """One private cupsd + virtual printer for the whole test session."""
    stack = PrintStack()
    stack.start()
    try:
        yield stack
    finally:
        stack.stop()


@pytest.fixture
def printer(print_stack: PrintStack) -> Iterator[PrintStack]:
    """The shared stack, reset to a healthy fast printer for each test.

    A test during which cupsd died on its own fails (a job under a name that
    is not a local user crashes cupsd 2.4.2-3+deb12u10 with Debian's policy).
    """
    print_stack.ensure_cupsd()
    print_stack.clear_jam()
    print_stack.fail(False)
    print_stack.set_page_delay(0.02)
    yield print_stack
    print_stack.clear_jam()
    print_stack.fail(False)
    crash = print_stack.cupsd_crash()
    print_stack.ensure_cupsd()
    if crash:
        pytest.fail(crash)
