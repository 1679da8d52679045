"""The systemd-credential keyring backend and the refusal of insecure ones."""

from __future__ import annotations

from pathlib import Path

import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.errors import PasswordSetError

from kiosk.usage.credentials import SERVICE, SystemdCredentialKeyring, load_token
from kiosk.usage.errors import TokenError


@pytest.fixture
def creds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    return tmp_path


def test_reads_the_token_from_the_credentials_directory(creds: Path) -> None:
    (creds / SERVICE).write_text("bts_secret\n")
    assert load_token(SystemdCredentialKeyring(), "lobeda-1") == "bts_secret"


def test_missing_credential_names_the_fix(creds: Path) -> None:
    with pytest.raises(TokenError, match="kiosk usage token create --station lob"):
        load_token(SystemdCredentialKeyring(), "lobeda-1")


def test_not_viable_outside_systemd(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    assert not SystemdCredentialKeyring.viable
    assert SystemdCredentialKeyring().get_password(SERVICE, "x") is None


@pytest.mark.parametrize("service", ["../etc/passwd", "a/b", ""])
def test_no_path_tricks(creds: Path, service: str) -> None:
    assert SystemdCredentialKeyring().get_password(service, "x") is None


def test_read_only(creds: Path) -> None:
    with pytest.raises(PasswordSetError, match="systemd-creds encrypt"):
        SystemdCredentialKeyring().set_password(SERVICE, "x", "y")


@pytest.mark.parametrize(
    "backend", [keyring.backends.null.Keyring(), keyring.backends.fail.Keyring()]
)
def test_insecure_backends_are_refused(backend: object) -> None:
    with pytest.raises(TokenError, match="plain text or not at all"):
        load_token(backend, "lobeda-1")  # type: ignore[arg-type]


def test_development_mode_lets_a_null_backend_through_to_no_token() -> None:
    with pytest.raises(TokenError, match="no usage token"):
        load_token(keyring.backends.null.Keyring(), "lobeda-1", development=True)
