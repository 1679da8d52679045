"""Station configuration: one TOML file per station, validated into frozen objects.

Unknown keys are errors: a typo must never silently switch a policy off. Every
error names the file, the line where it can be found, the key path, what was
found and what is expected.

Exceptions::

    ConfigError
    ├── ConfigSyntaxError      the file is not valid TOML
    └── ConfigValueError       a key is unknown, missing or has a bad value
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

LANGUAGES: tuple[str, ...] = ("de", "en", "ar", "uk", "ru", "tr")
PERMISSION_FEATURES: tuple[str, ...] = (
    "camera",
    "microphone",
    "geolocation",
    "notifications",
    "clipboard-read",
    "screen-capture",
    "security-key",  # WebAuthn (navigator.credentials) with a USB security key
)
_DEFAULT_PORTS = {"https": 443, "http": 80}
_HOST_RE = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)


class ConfigError(Exception):
    """A station config that cannot be used."""


class ConfigSyntaxError(ConfigError):
    """The file is not valid TOML."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a config file."""

    key: str
    message: str
    line: int | None


class ConfigValueError(ConfigError):
    """One or more keys are unknown, missing or have bad values."""

    def __init__(self, path: Path, problems: Sequence[Problem]) -> None:
        self.path = path
        self.problems = tuple(problems)
        lines = [f"{path}: {len(self.problems)} problem(s) in the station config"]
        for p in self.problems:
            where = f"{path}:{p.line}" if p.line else str(path)
            lines.append(f"  {where}: {p.key}: {p.message}")
        super().__init__("\n".join(lines))


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


Language = Literal["de", "en", "ar", "uk", "ru", "tr"]
# Text per language; German is required because it is the fallback.
Texts = dict[Language, Annotated[str, Field(min_length=1)]]


def _need_german(texts: dict[str, str]) -> dict[str, str]:
    if texts and "de" not in texts:
        raise ValueError("a German ('de') text is required as the fallback")
    return texts


_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(
            f"{value!r} is not a valid id; use lower-case letters, digits and '-', "
            "like 'jena-lobeda-1'"
        )
    return value


StationId = Annotated[str, AfterValidator(_check_id)]


class StationConfig(_Model):
    id: StationId
    name: Annotated[str, Field(min_length=1)]
    languages: tuple[Language, ...] = LANGUAGES  # type: ignore[assignment]
    default_language: Language = "de"
    # Where the reader sits, told to residents who leave their card behind.
    reader_location: Texts = Field(default_factory=dict)

    @model_validator(mode="after")
    def _default_offered(self) -> StationConfig:
        if self.default_language not in self.languages:
            raise ValueError(
                f"default_language {self.default_language!r} must be one of "
                f"languages {list(self.languages)}"
            )
        return self


class SessionConfig(_Model):
    idle_timeout_seconds: Annotated[int, Field(ge=30, le=3600)] = 180
    idle_warning_seconds: Annotated[int, Field(ge=10, le=600)] = 60
    max_minutes: Annotated[int, Field(ge=0, le=24 * 60)] = 0  # 0: no maximum
    terms: Texts = Field(default_factory=dict)

    @field_validator("terms")
    @classmethod
    def _german(cls, texts: dict[str, str]) -> dict[str, str]:
        return _need_german(texts)


class DownloadPolicy(_Model):
    allowed_types: tuple[str, ...] = ("application/pdf", "image/png", "image/jpeg")
    max_megabytes: Annotated[int, Field(ge=1, le=500)] = 25


class ServiceConfig(_Model):
    id: StationId
    title: Texts
    description: Texts = Field(default_factory=dict)
    icon: str = "globe"
    start_url: str
    # Origins the resident may navigate to: "https://www.jena.de" (https's
    # port 443 implied), "https://termine.jena.de:8443" (that port only) and
    # "https://*.jena.de" (every subdomain of jena.de, any depth, port 443).
    allowed_origins: tuple[str, ...] = ()
    # Deprecated (host names, any port): read as origins with the start
    # URL's scheme and port; `kiosk config check` names the replacement.
    allowed_hosts: tuple[str, ...] = ()
    allowed_subdomains_of: tuple[str, ...] = ()
    # Origin -> features granted without asking, e.g. a bank's video ident.
    permissions: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    downloads: DownloadPolicy = DownloadPolicy()
    uploads: bool = True
    popups: Literal["same-view", "deny"] = "same-view"
    # Only for the loopback demo services and tests: allows http on loopback.
    loopback_demo: bool = False

    @field_validator("title", "description")
    @classmethod
    def _german(cls, texts: dict[str, str]) -> dict[str, str]:
        return _need_german(texts)

    @field_validator("allowed_hosts", "allowed_subdomains_of")
    @classmethod
    def _hosts(cls, hosts: tuple[str, ...]) -> tuple[str, ...]:
        for host in hosts:
            if host.endswith("."):
                raise ValueError(
                    f"{host!r} ends with a dot, which is another origin to the "
                    f"browser; write {host.rstrip('.')!r}"
                )
            if host != host.lower() or not _HOST_RE.match(host):
                raise ValueError(
                    f"{host!r} is not a lower-case host name; write it like "
                    "'www.jena.de' (no scheme, no path, no port, no wildcard)"
                )
        return hosts

    @field_validator("permissions")
    @classmethod
    def _features(cls, perms: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for origin, features in perms.items():
            if (
                not origin.startswith("https://")
                or origin.count("/") != 2
                or "*" in origin
            ):
                raise ValueError(
                    f"origin {origin!r} must look like 'https://host' or "
                    "'https://host:port' (no path, no wildcard)"
                )
            for feature in features:
                if feature not in PERMISSION_FEATURES:
                    raise ValueError(
                        f"feature {feature!r} for {origin!r} is unknown; expected "
                        f"one of {list(PERMISSION_FEATURES)}"
                    )
        return perms

    @property
    def origins(self) -> tuple[str, ...]:
        """The allowed origins, the deprecated host keys read as origins."""
        if self.allowed_origins:
            return self.allowed_origins
        return self.migrated_origins()

    def migrated_origins(self) -> tuple[str, ...]:
        """What `allowed_hosts`/`allowed_subdomains_of` mean as origins: the
        start URL's scheme and port (https and 443 on a real station)."""
        from urllib.parse import urlsplit

        try:
            start = urlsplit(self.start_url)
            port = start.port
        except ValueError:
            return ()
        scheme = start.scheme.lower()
        suffix = (
            "" if port is None or port == _DEFAULT_PORTS.get(scheme) else f":{port}"
        )
        return (
            *(f"{scheme}://{h}{suffix}" for h in self.allowed_hosts),
            *(f"{scheme}://*.{h}{suffix}" for h in self.allowed_subdomains_of),
        )

    def deprecations(self) -> tuple[str, ...]:
        """Messages for deprecated keys in use, each naming the new key."""
        old = [
            k for k in ("allowed_hosts", "allowed_subdomains_of") if getattr(self, k)
        ]
        if not old:
            return ()
        new = ", ".join(f'"{o}"' for o in self.migrated_origins())
        return (
            f"{' and '.join(old)} {'are' if len(old) > 1 else 'is'} deprecated "
            "(host names allow every port of a host); write "
            f"allowed_origins = [{new}] instead",
        )

    @model_validator(mode="after")
    def _start_allowed(self) -> ServiceConfig:
        # The origin rules and the start URL pass the validator every URL
        # the shell loads passes.
        from kiosk.origins import (
            UnsafeUrl,
            check_url,
            origin_allowed,
            origin_of,
            parse_origin_rule,
        )

        if self.allowed_origins and (self.allowed_hosts or self.allowed_subdomains_of):
            raise ValueError(
                "allowed_origins replaces allowed_hosts and allowed_subdomains_of; "
                "move their entries into allowed_origins and remove the old keys"
            )
        if not self.origins:
            raise ValueError(
                "allowed_origins: missing; list the service's origins, like "
                'allowed_origins = ["https://www.jena.de"]'
            )
        rules = []
        for origin in self.origins:
            try:
                rules.append(
                    parse_origin_rule(origin, loopback_http=self.loopback_demo)
                )
            except UnsafeUrl as exc:
                raise ValueError(
                    f"allowed_origins: {origin!r} cannot be used: {exc}"
                ) from None
        for origin in self.permissions:
            try:
                parse_origin_rule(origin, loopback_http=self.loopback_demo)
            except UnsafeUrl as exc:
                raise ValueError(
                    f"permissions: origin {origin!r} cannot be used: {exc}"
                ) from None
        try:
            check_url(self.start_url, loopback_http=self.loopback_demo)
        except UnsafeUrl as exc:
            raise ValueError(
                f"start_url {self.start_url!r} cannot be used: {exc}"
            ) from None
        start = origin_of(self.start_url, loopback_http=self.loopback_demo)
        if start is None or not origin_allowed(start, rules):
            raise ValueError(
                f"start_url {self.start_url!r} is on an origin the service does "
                "not allow (scheme, host and port must match); add "
                f"'{start}' to allowed_origins or fix the start URL"
            )
        return self


class PrintingConfig(_Model):
    enabled: bool = True
    queue: Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,127}$")] = "kiosk"
    free_pages: Annotated[int, Field(ge=0, le=1000)] = 10
    price_per_page_cents: Annotated[int, Field(ge=0, le=1000)] = 10
    max_pages_per_job: Annotated[int, Field(ge=1, le=2000)] = 100
    max_copies: Annotated[int, Field(ge=1, le=99)] = 5
    duplex_default: bool = False
    currency: Literal["EUR"] = "EUR"
    # Pages a session may print in all, free and paid; 0: no limit.
    max_pages_per_session: Annotated[int, Field(ge=0, le=10000)] = 0
    # The cupsd to use: a socket path or host; empty: the system default.
    cups_server: str = ""
    # A printer in trouble (jam, paper, toner) alerts staff after this long.
    staff_alert_after_seconds: Annotated[int, Field(ge=10, le=3600)] = 180
    # No progress for base + per page × pages: cancel the job and flag it.
    stall_base_seconds: Annotated[int, Field(ge=10, le=3600)] = 60
    stall_seconds_per_page: Annotated[int, Field(ge=0, le=600)] = 10


class EidConfig(_Model):
    enabled: bool = True
    # Empty: find AusweisApp or AusweisApp2 on PATH.
    command: str = ""
    card_left_timeout_seconds: Annotated[int, Field(ge=10, le=3600)] = 120
    # Tests and the demo only: AusweisApp accepts http tcTokens, and the
    # guide offers AusweisApp's built-in test card. Never on a real station.
    developer_mode: bool = False


class UsageConfig(_Model):
    # Its own folder, shared by group with the sync (deploy/tmpfiles.d).
    database: str = "/var/lib/buergerterminal/usage/usage.sqlite"
    collector_url: str = ""  # empty: no sync
    sync_interval_minutes: Annotated[int, Field(ge=5, le=24 * 60)] = 60
    # Days and hours of the counters are local to the station.
    timezone: Annotated[str, Field(pattern=r"^[A-Za-z_]+(/[A-Za-z_+-]+)*$")] = (
        "Europe/Berlin"
    )


class StaffConfig(_Model):
    corner: Literal["top-left", "top-right", "bottom-left", "bottom-right"] = (
        "top-right"
    )
    taps: Annotated[int, Field(ge=3, le=10)] = 5
    within_seconds: Annotated[float, Field(ge=1, le=10)] = 3.0
    key_chord: str = "Ctrl+Alt+Shift+S"
    idle_lock_seconds: Annotated[int, Field(ge=15, le=900)] = 120
    verifier_socket: str = "/run/buergerterminal/staff-pin.sock"
    # The verifier's own directory (hash and failure counter), owned by its user.
    pin_state_dir: str = "/var/lib/buergerterminal-staffpin"


class WriterConfig(_Model):
    """The application writer (docs/writer.md): a launcher tile, on by default."""

    enabled: bool = True
    # The template folder's name under templates_dir (e.g. "standard").
    template: Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,64}$")] = "standard"
    # Empty: the templates that ship with the shell (kiosk/writer/templates).
    templates_dir: str = ""


class DocumentsConfig(_Model):
    """Scanning and USB sticks (docs/documents.md)."""

    # SANE's device name (`scanimage -L`), e.g. "airscan:e0:Office MFP"; "none":
    # the station offers no scanning.
    scanner: Annotated[str, Field(min_length=1, pattern=r"^\S.*$")] = "none"
    scan_dpi: Annotated[int, Field(ge=50, le=600)] = 150
    max_scan_pages: Annotated[int, Field(ge=1, le=100)] = 20
    # Where a plugged-in stick appears (a glob); "none": no sticks.
    stick_devices: Annotated[str, Field(min_length=1)] = "/dev/disk/by-id/usb-*"
    stick_max_megabytes: Annotated[int, Field(ge=1, le=500)] = 25
    # Private mount folder (exFAT only); never below paths.session_dir.
    stick_mount_dir: str = "/run/buergerterminal/stick"
    # The stick helper's socket: a shell not running as root has exFAT sticks
    # mounted by it (deploy/systemd/buergerterminal-stickhelper.*).
    stick_helper: str = "/run/buergerterminal/stick-helper.sock"
    # The "take your stick" reminder waits this long for the stick to go.
    take_stick_seconds: Annotated[int, Field(ge=5, le=600)] = 60

    @field_validator("stick_helper")
    @classmethod
    def _socket_path(cls, value: str) -> str:
        if not value.startswith("/"):
            raise ValueError(
                "must be the absolute path of the stick helper's socket, such as "
                '"/run/buergerterminal/stick-helper.sock"'
            )
        return value

    @field_validator("stick_devices")
    @classmethod
    def _glob_or_none(cls, value: str) -> str:
        if value != "none" and not value.startswith("/"):
            raise ValueError(
                'must be an absolute path glob such as "/dev/disk/by-id/usb-*", '
                'or "none"'
            )
        return value


class SpeechConfig(_Model):
    # "Read aloud" in the shell bar and on Welcome (QtTextToSpeech through
    # speech-dispatcher); off: no button, no speech.
    enabled: bool = True
    # "speechd" on stations; "mock" is Qt's silent test engine.
    engine: Literal["speechd", "mock"] = "speechd"
    # A better voice per language where one is installed, by the name
    # `spd-say -L` lists; a language not named here gets espeak-ng's voice.
    voices: dict[Language, Annotated[str, Field(min_length=1)]] = Field(
        default_factory=dict
    )
    # What staff start with "Screen reader on" (one session; ended by the wipe).
    screen_reader: tuple[str, ...] = ("orca", "--replace")

    @field_validator("screen_reader")
    @classmethod
    def _command(cls, command: tuple[str, ...]) -> tuple[str, ...]:
        if not command or not command[0].strip():
            raise ValueError(
                'name the screen reader\'s command, like ["orca", "--replace"]'
            )
        return command


class PathsConfig(_Model):
    # Everything of a resident lives below session_dir; the wipe removes it.
    session_dir: str = "/var/lib/buergerterminal/session"
    state_dir: str = "/var/lib/buergerterminal/state"


class Config(_Model):
    station: StationConfig
    session: SessionConfig = SessionConfig()
    services: tuple[ServiceConfig, ...]
    printing: PrintingConfig = PrintingConfig()
    eid: EidConfig = EidConfig()
    usage: UsageConfig = UsageConfig()
    staff: StaffConfig = StaffConfig()
    paths: PathsConfig = PathsConfig()
    writer: WriterConfig = WriterConfig()
    documents: DocumentsConfig = DocumentsConfig()
    speech: SpeechConfig = SpeechConfig()

    @field_validator("services")
    @classmethod
    def _unique_services(
        cls, services: tuple[ServiceConfig, ...]
    ) -> tuple[ServiceConfig, ...]:
        if not services:
            raise ValueError("at least one [[services]] entry is needed")
        seen: set[str] = set()
        for svc in services:
            if svc.id in seen:
                raise ValueError(
                    f"service id {svc.id!r} is used twice; give each service its own id"
                )
            seen.add(svc.id)
        return services

    def deprecations(self) -> list[str]:
        """Deprecated keys in use: 'key: what to write instead', one a line."""
        return [
            f"services[{index}].{message}"
            for index, svc in enumerate(self.services)
            for message in svc.deprecations()
        ]

    def service(self, service_id: str) -> ServiceConfig:
        for svc in self.services:
            if svc.id == service_id:
                return svc
        raise KeyError(service_id)


def load(path: Path | str) -> Config:
    """Read and validate a station config; raise ConfigError naming the fix."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file; pass the station config") from None
    except UnicodeDecodeError as exc:
        raise ConfigSyntaxError(
            f"{path}: not UTF-8 at byte {exc.start}; save the file as UTF-8"
        ) from None
    return parse(text, path)


def parse(text: str, path: Path | str = "<config>") -> Config:
    path = Path(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigSyntaxError(f"{path}: not valid TOML: {exc}") from None
    # TOML arrays arrive as lists; the frozen models want tuples.
    data = _tuples(data)
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        problems = [_problem(err, data, text) for err in exc.errors()]
        raise ConfigValueError(path, problems) from None


def _tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    if isinstance(value, dict):
        return {k: _tuples(v) for k, v in value.items()}
    return value


def _problem(err: Any, data: Mapping[str, Any], text: str) -> Problem:
    loc: tuple[Any, ...] = tuple(err["loc"])
    kind: str = err["type"]
    found = err.get("input")
    if kind == "extra_forbidden":
        parent = _model_at(loc[:-1], data)
        allowed = sorted(parent.model_fields) if parent else []
        hint = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
        message = f"unknown key {str(loc[-1])!r}"
        if hint:
            message += f"; did you mean {hint[0]!r}?"
        elif allowed:
            message += f"; expected one of {allowed}"
    elif kind == "missing":
        message = "missing; this key is required"
    else:
        msg = str(err["msg"]).removeprefix("Value error, ")
        msg = msg.replace("Input should be", "should be")
        if kind.startswith("value_error"):
            message = msg  # our own messages say what was found
            # A service-level check of one key names that key.
            for key in ("start_url", "allowed_origins", "permissions"):
                if msg.startswith(key + " ") or msg.startswith(key + ":"):
                    loc = (*loc, key)
                    message = msg.removeprefix(key + ": ")
                    break
        else:
            message = f"{msg} (found {_show(found)})"
    return Problem(key=_dotted(loc), message=message, line=_line_of(loc, text))


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, tuple):
        return "a list"
    return repr(value)


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def _model_at(loc: tuple[Any, ...], data: Mapping[str, Any]) -> type[BaseModel] | None:
    model: type[BaseModel] = Config
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(str(part))
        if field is None:
            return None
        ann = field.annotation
        args = getattr(ann, "__args__", ())
        candidates = [ann, *args]
        nxt = next(
            (c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)),
            None,
        )
        if nxt is None:
            return None
        model = nxt
    return model


def _line_of(loc: tuple[Any, ...], text: str) -> int | None:
    """Find the line of a key path in the TOML text (best effort, 1-based)."""
    names = [p for p in loc if isinstance(p, str)]
    if not names:
        return None
    # Walk table headers: [a.b] or [[a]] (counting array entries).
    # Only [[services]] is an array of tables; other indexes are list items.
    index = loc[1] if len(loc) > 1 and loc[0] == "services" else None
    header_re = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.-]+)\s*\]\]?")
    key_re = re.compile(r"^\s*\"?([A-Za-z0-9_-]+)\"?\s*=")
    current = ""
    array_count: dict[str, int] = {}
    best: int | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        header = header_re.match(line)
        if header:
            current = header.group(1)
            if line.lstrip().startswith("[["):
                array_count[current] = array_count.get(current, -1) + 1
            if current == ".".join(names):
                best = best or number
            continue
        key = key_re.match(line)
        if not key:
            continue
        table = current.split(".")
        if (
            index is not None
            and table[0] == names[0]
            and array_count.get(table[0]) != index
        ):
            continue
        full = [*table, key.group(1)] if current else [key.group(1)]
        if full == names[: len(full)] and len(full) >= len(table) + 1:
            if full == names:
                return number
            best = number if best is None else best
    return best
