"""`kiosk config check`: every broken config gets one precise error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import config

FILES = Path(__file__).parent / "config_files"
REPO = Path(__file__).resolve().parent.parent


# (file, line, key, what the message must say)
BROKEN = [
    ("01-no-services.toml", None, "services", "missing; this key is required"),
    (
        "02-typo-in-key.toml",
        5,
        "session.idle_timout_seconds",
        "did you mean 'idle_timeout_seconds'?",
    ),
    (
        "03-http-start-url.toml",
        8,
        "services[0].start_url",
        "only encrypted (https) addresses",
    ),
    (
        "04-path-in-origin.toml",
        9,
        "services[0].allowed_origins",
        "an origin has no path",
    ),
    (
        "05-no-german-title.toml",
        7,
        "services[0].title",
        "a German ('de') text is required",
    ),
    (
        "06-wrong-type.toml",
        6,
        "session.idle_timeout_seconds",
        "valid integer (found 'three minutes')",
    ),
    (
        "07-negative-quota.toml",
        12,
        "printing.free_pages",
        "greater than or equal to 0 (found -5)",
    ),
    ("08-duplicate-service.toml", 5, "services", "service id 'city' is used twice"),
    ("09-unknown-permission.toml", 10, "services[0].permissions", "feature 'camra'"),
    ("10-unknown-language.toml", 4, "station.languages[1]", "(found 'fr')"),
    ("12-bad-id-and-default.toml", 2, "station.id", "'Lobeda 1' is not a valid id"),
    (
        "13-trailing-dot-origin.toml",
        9,
        "services[0].allowed_origins",
        "ends with a dot, which is another origin; write 'www.jena.de'",
    ),
    (
        "14-start-url-other-port.toml",
        8,
        "services[0].start_url",
        "add 'https://www.jena.de:8443' to allowed_origins",
    ),
    (
        "15-old-and-new-keys.toml",
        9,
        "services[0].allowed_origins",
        "move their entries into allowed_origins and remove the old keys",
    ),
    (
        "16-old-key-trailing-dot.toml",
        9,
        "services[0].allowed_hosts",
        "ends with a dot",
    ),
    ("20-speech-engine.toml", 12, "speech.engine", "'speechd' or 'mock'"),
    ("21-speech-voice-language.toml", 12, "speech.voices.fr.[key]", "(found 'fr')"),
    (
        "22-speech-no-screen-reader.toml",
        12,
        "speech.screen_reader",
        'like ["orca", "--replace"]',
    ),
]


@pytest.mark.parametrize(("name", "line", "key", "says"), BROKEN)
def test_broken_configs_name_file_line_key_and_fix(
    name: str, line: int | None, key: str, says: str
) -> None:
    path = FILES / "broken" / name
    with pytest.raises(config.ConfigValueError) as caught:
        config.load(path)
    problems = caught.value.problems
    assert len(problems) == 1, caught.value
    problem = problems[0]
    assert problem.key == key
    assert says in problem.message
    assert problem.line == line
    where = f"{path}:{line}" if line else str(path)
    assert f"{where}: {key}: " in str(caught.value)


def test_not_toml_names_line_and_column() -> None:
    with pytest.raises(
        config.ConfigSyntaxError, match=r"not valid TOML: .*line 11, column 5"
    ):
        config.load(FILES / "broken" / "11-not-toml.toml")


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(config.ConfigError, match="no such file"):
        config.load(tmp_path / "nope.toml")
    latin = tmp_path / "latin.toml"
    latin.write_bytes("name = 'Bürger'".encode("latin-1"))
    with pytest.raises(config.ConfigSyntaxError, match="save the file as UTF-8"):
        config.load(latin)


def test_valid_configs_load_into_frozen_objects() -> None:
    cfg = config.load(FILES / "valid-minimal.toml")
    assert cfg.station.id == "lobeda-1"
    assert cfg.session.idle_timeout_seconds == 180  # the default
    with pytest.raises(Exception, match="frozen"):
        cfg.station.name = "x"  # type: ignore[misc]
    example = config.load(REPO / "deploy" / "stations" / "jena-lobeda.toml")
    assert [s.id for s in example.services] == [
        "buergerservice",
        "arbeitsagentur",
        "sparkasse",
    ]


def test_old_host_keys_load_as_origins_and_name_the_new_key() -> None:
    deprecated = FILES / "deprecated-hosts.toml"
    cfg = config.load(deprecated)
    assert cfg.services[0].origins == (
        "https://www.jena.de",
        "https://termine.example.org",
        "https://*.jena.de",
    )
    (message,) = cfg.deprecations()
    assert message.startswith("services[0].allowed_hosts and allowed_subdomains_of")
    assert (
        'write allowed_origins = ["https://www.jena.de", '
        '"https://termine.example.org", "https://*.jena.de"] instead' in message
    )
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "config", "check", str(deprecated)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "warning: services[0].allowed_hosts" in done.stderr
    assert "allowed_origins = [" in done.stderr


@pytest.mark.parametrize(
    ("origin", "start", "why"),
    [
        ("https://www.jena.de", "https://www.jena.de:443/", ""),
        ("https://www.jena.de:443", "https://www.jena.de/", ""),
        ("https://www.jena.de:8443", "https://www.jena.de:8443/a", ""),
        (
            "https://www.jena.de:8443",
            "https://www.jena.de/",
            "add 'https://www.jena.de'",
        ),
        ("https://*.jena.de", "https://termine.jena.de/", ""),
        ("https://*.jena.de", "https://jena.de/", "add 'https://jena.de'"),
        ("https://*.jena.de", "https://termine.jena.de:8443/", "is on an origin"),
        ("https://www.jena.de", "https://www.jena.de./", "is on an origin"),
        ("https://WWW.jena.de", "https://www.jena.de/", "lower case"),
        ("http://www.jena.de", "https://www.jena.de/", "only encrypted"),
        ("www.jena.de", "https://www.jena.de/", "with its scheme"),
        ("https://10.0.0.1", "https://www.jena.de/", "numeric address"),
        ("https://www.*.de", "https://www.jena.de/", "wildcard"),
        ("https://u@www.jena.de", "https://www.jena.de/", "user name"),
        ("https://www.jena.de:99999", "https://www.jena.de/", "cannot be read"),
        ("https://printer.local", "https://www.jena.de/", "private network"),
    ],
)
def test_origins_and_start_url(origin: str, start: str, why: str) -> None:
    _check(origin, start, why)


@pytest.mark.parametrize(
    ("permission", "why"),
    [
        ("https://www.jena.de", ""),
        ("https://www.jena.de:8443", ""),
        ("https://*.jena.de", "no wildcard"),
        ("https://www.jena.de/path", "no path"),
        ("https://www.jena.de.", "ends with a dot"),
        ("http://www.jena.de", "must look like"),
    ],
)
def test_permission_origins(permission: str, why: str) -> None:
    extra = f'\n[services.permissions]\n"{permission}" = ["security-key"]\n'
    _check("https://www.jena.de", "https://www.jena.de/", why, extra)


def _check(origin: str, start: str, why: str, extra: str = "") -> None:
    text = (
        '[station]\nid = "s"\nname = "S"\n[[services]]\nid = "city"\n'
        f'title = {{ de = "Stadt" }}\nstart_url = "{start}"\n'
        f'allowed_origins = ["{origin}"]\n{extra}'
    )
    if not why:
        cfg = config.parse(text)
        assert cfg.deprecations() == []
        return
    with pytest.raises(config.ConfigValueError, match=why):
        config.parse(text)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("valid-minimal.toml", 0),
        ("broken/02-typo-in-key.toml", 2),
        ("broken/11-not-toml.toml", 2),
    ],
)
def test_cli_exit_codes(name: str, code: int) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "config", "check", str(FILES / name)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == code, done.stderr
    assert (done.stdout if code == 0 else done.stderr).strip()


def test_doctor_warns_about_deprecated_keys() -> None:
    from kiosk.doctor.report import Verdict
    from kiosk.doctor.runner import check_config

    row, cfg = check_config(FILES / "deprecated-hosts.toml")
    assert cfg is not None
    assert row.verdict is Verdict.WARN
    assert "write allowed_origins = [" in row.detail
    row, _ = check_config(FILES / "valid-minimal.toml")
    assert row.verdict is Verdict.OK


def test_old_host_keys_of_a_loopback_demo_service_take_the_start_port() -> None:
    text = (
        '[station]\nid = "s"\nname = "S"\n[[services]]\nid = "demo"\n'
        'title = { de = "Demo" }\nstart_url = "http://bank.localhost:8080/"\n'
        'allowed_hosts = ["bank.localhost"]\nloopback_demo = true\n'
    )
    cfg = config.parse(text)
    assert cfg.services[0].origins == ("http://bank.localhost:8080",)
    (message,) = cfg.deprecations()
    assert 'allowed_origins = ["http://bank.localhost:8080"]' in message


@pytest.mark.parametrize(
    ("section", "why"),
    [
        ("", ""),
        ('[writer]\nenabled = false\ntemplate = "stadt-jena"\n', ""),
        ('[writer]\ntemplate = "../etc"\n', "writer.template"),
        ("[writer]\nfont = 3\n", "writer.font"),
    ],
)
def test_writer_section(section: str, why: str) -> None:
    text = (
        '[station]\nid = "s"\nname = "S"\n[[services]]\nid = "city"\n'
        'title = { de = "Stadt" }\nstart_url = "https://www.jena.de/"\n'
        f'allowed_origins = ["https://www.jena.de"]\n{section}'
    )
    if why:
        with pytest.raises(config.ConfigValueError, match=why):
            config.parse(text)
        return
    cfg = config.parse(text)
    assert cfg.writer.enabled is ("enabled = false" not in section)
    assert cfg.writer.template in ("standard", "stadt-jena")
