"""The station's bearer token through keyring, safely on a headless service.

`SystemdCredentialKeyring` is a read-only keyring backend over systemd
credentials: the unit says `LoadCredentialEncrypted=buergerterminal-usage:…`
(or `LoadCredential=`), systemd decrypts it into $CREDENTIALS_DIRECTORY, a
private, non-swappable folder readable only by the service, and the backend
reads the file named after the keyring service. Select it with
PYTHON_KEYRING_BACKEND=kiosk.usage.credentials.SystemdCredentialKeyring.

`load_token` refuses backends that store secrets in plain text or not at all
unless development mode is asked for explicitly.
"""

from __future__ import annotations

import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError, PasswordSetError

from kiosk.usage.errors import TokenError

SERVICE = "buergerterminal-usage"
# Backends that keep a secret unencrypted on disk, or keep nothing at all.
INSECURE_BACKENDS = ("null", "fail", "plaintext", "uncrypted", "chainer")
_CREDENTIAL_NAME_OK = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_.")


class SystemdCredentialKeyring(KeyringBackend):
    """Read-only: secrets come from $CREDENTIALS_DIRECTORY/<service>."""

    @properties.classproperty
    def priority(cls) -> float:
        if not os.environ.get("CREDENTIALS_DIRECTORY"):
            raise RuntimeError("no $CREDENTIALS_DIRECTORY: not run by systemd")
        return 9

    def _file(self, service: str) -> Path | None:
        folder = os.environ.get("CREDENTIALS_DIRECTORY")
        if not folder or not service or not set(service) <= _CREDENTIAL_NAME_OK:
            return None
        return Path(folder) / service

    def get_password(self, service: str, username: str) -> str | None:
        path = self._file(service)
        if path is None:
            return None
        try:
            return path.read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError(
            "systemd credentials are read-only; store the token with "
            "'systemd-creds encrypt' and LoadCredentialEncrypted= in the unit"
        )

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("systemd credentials are read-only")


def backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_insecure(backend: KeyringBackend) -> bool:
    name = backend_name(backend).lower()
    return any(word in name for word in INSECURE_BACKENDS)


def load_token(
    backend: KeyringBackend, station_id: str, *, development: bool = False
) -> str:
    """The station's token, or TokenError saying what to set up."""
    if is_insecure(backend) and not development:
        raise TokenError(
            f"keyring backend {backend_name(backend)} keeps secrets in plain text or "
            "not at all; run under systemd with PYTHON_KEYRING_BACKEND="
            "kiosk.usage.credentials.SystemdCredentialKeyring and a "
            f"'{SERVICE}' credential (or pass --development on a developer machine)"
        )
    token = backend.get_password(SERVICE, station_id)
    if not token:
        raise TokenError(
            f"no usage token for station {station_id!r} in {backend_name(backend)}; "
            f"create one with 'kiosk usage token create --station {station_id}' on "
            f"the collector and install it as the systemd credential '{SERVICE}'"
        )
    return token
