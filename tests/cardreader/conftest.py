"""Fixtures of the card-reader tests: the real pcscd/vpcd/vicc stack, AusweisApp."""

from helpers.ausweisapp import ausweisapp  # noqa: F401
from helpers.pcsc import card, pcscd, pcscd_daemon  # noqa: F401
from helpers.tctoken import token_server  # noqa: F401
