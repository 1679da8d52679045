"""The collector's own config (TOML, `kiosk usage serve --config …`).

    history_days = 14               # station history kept this long
    [web]
    cookie_secure = true            # the session cookie only over HTTPS
    session_hours = 12
    login_free_attempts = 5         # then each failure locks the name and address
    login_lock_seconds = 60
    trusted_header = ""             # e.g. "X-Remote-User" behind the city's proxy
    trusted_proxies = []            # the proxy's addresses; only they may send it
    [alerts]
    check_seconds = 60
    silent_minutes = 15             # 0: rule off
    out_of_service = true
    out_of_service_minutes = 10     # 0: at once
    wipe_failed = true
    printer_problem = true
    toner_below_percent = 10
    disk_free_below_percent = 10
    clock_unsynchronised = true
    recipients = ["it-fleet@example.org"]   # every incident of every office
    max_mails_per_check = 20        # beyond: one summary mail (no storm)
    [smtp]
    host = "mail.example.org"
    port = 587
    tls = "starttls"                # or "implicit" (port 465); never plain
    username = ""
    password_file = ""              # a file holding the password (not in here)
    sender = "fleet@example.org"
    ca_file = ""                    # a private CA of the mail server
    [offices.lobeda]
    name = "Bürgerbüro Lobeda"
    recipients = ["buergerbuero-lobeda@example.org"]

Unknown keys are errors (a typo must not switch an alert off); every error
names the key and the fix.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kiosk.usage.errors import CollectorConfigError

Email = Annotated[str, Field(pattern=r"^[^@\s,;<>]+@[^@\s,;<>]+\.[A-Za-z]{2,}$")]
OfficeId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WebSettings(_Model):
    cookie_secure: bool = True
    session_hours: Annotated[int, Field(ge=1, le=24 * 7)] = 12
    login_free_attempts: Annotated[int, Field(ge=1, le=20)] = 5
    login_lock_seconds: Annotated[int, Field(ge=1, le=3600)] = 60
    trusted_header: Annotated[str, Field(pattern=r"^([A-Za-z0-9-]{1,64})?$")] = ""
    trusted_proxies: tuple[str, ...] = ()


class AlertSettings(_Model):
    check_seconds: Annotated[float, Field(ge=0.2, le=3600)] = 60
    silent_minutes: Annotated[int, Field(ge=0, le=7 * 24 * 60)] = 15
    out_of_service: bool = True
    out_of_service_minutes: Annotated[int, Field(ge=0, le=7 * 24 * 60)] = (
        10  # 0: at once
    )
    wipe_failed: bool = True
    printer_problem: bool = True
    toner_below_percent: Annotated[int, Field(ge=0, le=100)] = 10
    disk_free_below_percent: Annotated[int, Field(ge=0, le=100)] = 10
    clock_unsynchronised: bool = True
    recipients: tuple[Email, ...] = ()
    max_mails_per_check: Annotated[int, Field(ge=1, le=1000)] = 20


class SmtpSettings(_Model):
    host: str = ""  # empty: no mail, incidents show on the page only
    port: Annotated[int, Field(ge=1, le=65535)] = 587
    tls: Literal["starttls", "implicit"] = "starttls"
    username: str = ""
    password_file: str = ""
    sender: Email = "fleet@localhost.localdomain"
    ca_file: str = ""
    timeout_seconds: Annotated[float, Field(gt=0, le=120)] = 20


class OfficeSettings(_Model):
    name: str = ""
    recipients: tuple[Email, ...] = ()


class CollectorSettings(_Model):
    history_days: Annotated[int, Field(ge=1, le=366)] = 14
    web: WebSettings = WebSettings()
    alerts: AlertSettings = AlertSettings()
    smtp: SmtpSettings = SmtpSettings()
    offices: dict[OfficeId, OfficeSettings] = Field(default_factory=dict)

    def office_name(self, office: str | None) -> str:
        if not office:
            return "(no office)"
        found = self.offices.get(office)
        return found.name if found and found.name else office


def load(path: Path | str | None) -> CollectorSettings:
    """The settings of a TOML file; defaults without one."""
    if path is None or str(path) == "":
        return CollectorSettings()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CollectorConfigError(f"{path}: no such file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CollectorConfigError(f"{path}: not valid TOML: {exc}") from None
    try:
        return CollectorSettings.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
            for err in exc.errors()
        )
        raise CollectorConfigError(f"{path}: {problems}") from None
