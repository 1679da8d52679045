from helpers.staffpin import staff_verifier  # noqa: F401
