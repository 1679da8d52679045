"""Fixtures of the card-reader tests: the real pcscd/vpcd/vicc stack, AusweisApp."""

from helpers.pcsc import card, pcscd, pcscd_daemon  # noqa: F401
