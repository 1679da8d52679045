"""The demo's virtual card reader stack: real pcscd, vpcd and vicc."""

from helpers.pcsc import card, pcscd, pcscd_daemon  # noqa: F401
