from helpers.cups import print_stack, printer  # noqa: F401
from helpers.pcsc import card, pcscd, pcscd_daemon  # noqa: F401
from helpers.staffpin import staff_verifier  # noqa: F401
