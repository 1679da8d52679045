"""Fixtures of the card-reader tests: AusweisApp and the eID token server (the
pcscd/vpcd/vicc fixtures come from tests/helpers/daemons.py)."""

from helpers.ausweisapp import ausweisapp  # noqa: F401
from helpers.tctoken import token_server  # noqa: F401
