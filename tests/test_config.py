"""Settings: declared defaults, parsing by declared type, one ConfigError, dev secrets, `.env`."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from omem.config import DEV_SECRETS_FILE
from omem.config import ConfigError
from omem.config import Settings
from omem.config import declared
from omem.config import load_settings
from omem.config import new_fernet_key

SECRET_NAMES = (
    "OMEM_API_KEYS",
    "OMEM_ELEVENLABS_WEBHOOK_SECRETS",
    "OMEM_ENCRYPTION_KEYS",
    "OMEM_SECRET_KEY",
)


def _load(data_dir: Path, **environ: str) -> Settings:
    return load_settings({"OMEM_DATA_DIR": str(data_dir), **environ}, env_file=None)


def _secrets() -> dict[str, str]:
    return {
        "OMEM_API_KEYS": "omem_prod_key_0123456789abcdef",
        "OMEM_ELEVENLABS_WEBHOOK_SECRETS": "wsec_prod_0123456789abcdef",
        "OMEM_ENCRYPTION_KEYS": new_fernet_key(),
        "OMEM_SECRET_KEY": "p" * 40,
    }


def _problem_names(error: ConfigError) -> list[str]:
    return [problem.split("=", 1)[0].split(" ", 1)[0] for problem in error.problems]


def test_every_setting_takes_its_declared_default_when_environment_is_empty(
    tmp_path: Path,
) -> None:
    settings = _load(tmp_path)
    for field in declared():
        if field.metadata["production_required"] or field.name == "data_dir":
            continue
        assert getattr(settings, field.name) == field.metadata["default"], field.metadata["env"]
    assert settings.env == "development"
    assert settings.is_production is False
    assert settings.bind == "127.0.0.1:8000"
    assert (settings.web_workers, settings.web_threads, settings.queue_workers) == (4, 4, 2)
    assert settings.web_worker == "buffered"
    assert settings.log_level == "INFO"
    assert settings.json_logs is False
    assert settings.max_body_mb == 64
    assert settings.data_dir == tmp_path.resolve()
    assert settings.db_path == tmp_path.resolve() / "omem.db"
    assert settings.queue_path == tmp_path.resolve() / "queue.db"


def test_blank_value_counts_as_unset_when_only_whitespace(tmp_path: Path) -> None:
    settings = _load(tmp_path, OMEM_WEB_WORKERS="   ", OMEM_LOG_LEVEL="")
    assert settings.web_workers == 4
    assert settings.log_level == "INFO"


@pytest.mark.parametrize(
    ("name", "raw", "attribute", "expected"),
    [
        ("OMEM_WEB_WORKERS", " 8 ", "web_workers", 8),
        ("OMEM_WEB_WORKERS", "1", "web_workers", 1),
        ("OMEM_WEB_WORKERS", "64", "web_workers", 64),
        ("OMEM_DB_MMAP_MB", "0", "db_mmap_mb", 0),
        ("OMEM_SLOW_REQUEST_MS", "600000", "slow_request_ms", 600_000),
        ("OMEM_LOG_LEVEL", "DEBUG", "log_level", "DEBUG"),
        ("OMEM_LOG_FORMAT", " json ", "log_format", "json"),
        ("OMEM_EMBEDDER", "openai", "embedder", "openai"),
        ("OMEM_BIND", "0.0.0.0:9000", "bind", "0.0.0.0:9000"),
        ("OMEM_BIND", "[::1]:65535", "bind", "[::1]:65535"),
        ("OMEM_API_KEYS", "alpha, ,beta,", "api_keys", ("alpha", "beta")),
        ("OMEM_SECRET_KEY", "k" * 32, "secret_key", "k" * 32),
    ],
)
def test_value_is_parsed_by_its_declared_type_when_valid(
    tmp_path: Path, name: str, raw: str, attribute: str, expected: object
) -> None:
    settings = _load(tmp_path, **{name: raw})
    assert getattr(settings, attribute) == expected
    assert name not in settings.generated_secrets


def test_every_fernet_key_is_kept_in_order_when_a_list_is_given(tmp_path: Path) -> None:
    first, second = new_fernet_key(), new_fernet_key()
    settings = _load(tmp_path, OMEM_ENCRYPTION_KEYS=f" {first} , {second}")
    assert settings.encryption_keys == (first, second)
    token = Fernet(settings.encryption_keys[0].encode()).encrypt(b"x")
    assert Fernet(first.encode()).decrypt(token) == b"x"


@pytest.mark.parametrize(
    ("name", "raw", "reason"),
    [
        ("OMEM_WEB_WORKERS", "0", "must be at least 1"),
        ("OMEM_WEB_WORKERS", "65", "must be at most 64"),
        ("OMEM_WEB_WORKERS", "two", "invalid literal"),
        ("OMEM_DB_BUSY_TIMEOUT_MS", "99", "must be at least 100"),
        ("OMEM_LOG_LEVEL", "LOUD", "must be one of DEBUG, INFO, WARNING, ERROR"),
        ("OMEM_ENV", "staging", "must be one of development, production"),
        ("OMEM_BIND", "localhost", "must look like host:port"),
        ("OMEM_BIND", ":8000", "must look like host:port"),
        ("OMEM_BIND", "localhost:0", "must look like host:port"),
        ("OMEM_BIND", "localhost:65536", "must look like host:port"),
        ("OMEM_BIND", "localhost:http", "must look like host:port"),
        ("OMEM_SECRET_KEY", "k" * 31, "must be at least 32 characters"),
    ],
)
def test_config_error_names_the_setting_when_its_value_is_invalid(
    tmp_path: Path, name: str, raw: str, reason: str
) -> None:
    with pytest.raises(ConfigError) as info:
        _load(tmp_path, **{name: raw})
    assert len(info.value.problems) == 1
    problem = info.value.problems[0]
    assert problem.startswith(f"{name}=")
    assert reason in problem
    assert not (tmp_path / DEV_SECRETS_FILE).exists()


def test_config_error_counts_keys_when_one_fernet_key_of_several_is_invalid(
    tmp_path: Path,
) -> None:
    with pytest.raises(ConfigError) as info:
        _load(tmp_path, OMEM_ENCRYPTION_KEYS=f"{new_fernet_key()},bm90LWEta2V5")
    assert info.value.problems == [
        "OMEM_ENCRYPTION_KEYS=(hidden): key #2 is not a Fernet key (urlsafe base64 of 32 bytes)"
    ]


def test_config_error_rejects_nan_when_a_float_setting_is_not_a_number(tmp_path: Path) -> None:
    """NaN compares false with both bounds, so a range check alone lets it through."""
    with pytest.raises(ConfigError) as info:
        _load(tmp_path, OMEM_RETRY_UNIT_SECS="nan")
    assert _problem_names(info.value) == ["OMEM_RETRY_UNIT_SECS"]


def test_one_config_error_lists_every_problem_when_several_values_are_invalid(
    tmp_path: Path,
) -> None:
    with pytest.raises(ConfigError) as info:
        _load(
            tmp_path,
            OMEM_WEB_WORKERS="0",
            OMEM_LOG_LEVEL="LOUD",
            OMEM_BIND="nowhere",
            OMEM_DB_CACHE_MB="lots",
            OMEM_SECRET_KEY="SEKRIT-too-short",
            OMEM_ENCRYPTION_KEYS="SEKRIT-not-a-fernet-key",
        )
    assert sorted(_problem_names(info.value)) == sorted(
        [
            "OMEM_WEB_WORKERS",
            "OMEM_LOG_LEVEL",
            "OMEM_BIND",
            "OMEM_DB_CACHE_MB",
            "OMEM_SECRET_KEY",
            "OMEM_ENCRYPTION_KEYS",
        ]
    )
    message = str(info.value)
    assert message.startswith("omem cannot start; fix these settings:")
    assert message.count("\n  - ") == 6
    assert "OMEM_WEB_WORKERS='0'" in message
    assert "OMEM_BIND='nowhere'" in message
    assert "OMEM_SECRET_KEY=(hidden)" in message
    assert "OMEM_ENCRYPTION_KEYS=(hidden)" in message
    assert "SEKRIT" not in message
    assert not (tmp_path / DEV_SECRETS_FILE).exists()


def test_config_error_lists_each_secret_when_production_has_none(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        _load(tmp_path, OMEM_ENV="production")
    assert sorted(info.value.problems) == sorted(
        f"{name} is required when OMEM_ENV=production" for name in SECRET_NAMES
    )
    assert not (tmp_path / DEV_SECRETS_FILE).exists()


def test_config_error_lists_invalid_and_missing_together_when_production_has_both(
    tmp_path: Path,
) -> None:
    with pytest.raises(ConfigError) as info:
        _load(tmp_path, OMEM_ENV="production", OMEM_WEB_WORKERS="0", OMEM_API_KEYS="k")
    names = _problem_names(info.value)
    assert "OMEM_WEB_WORKERS" in names
    assert sorted(n for n in names if n != "OMEM_WEB_WORKERS") == sorted(SECRET_NAMES[1:])


def test_production_uses_the_given_secrets_when_all_are_set(tmp_path: Path) -> None:
    given = _secrets()
    settings = _load(tmp_path, OMEM_ENV="production", **given)
    assert settings.is_production is True
    assert settings.json_logs is True
    assert settings.generated_secrets == ()
    assert settings.api_keys == (given["OMEM_API_KEYS"],)
    assert settings.encryption_keys == (given["OMEM_ENCRYPTION_KEYS"],)
    assert not (tmp_path / DEV_SECRETS_FILE).exists()


def test_dev_secrets_are_generated_into_a_private_file_when_development_has_none(
    tmp_path: Path,
) -> None:
    settings = _load(tmp_path)
    path = tmp_path / DEV_SECRETS_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert set(settings.generated_secrets) == set(SECRET_NAMES)
    assert settings.api_keys == (stored["OMEM_API_KEYS"],)
    assert settings.webhook_secrets == (stored["OMEM_ELEVENLABS_WEBHOOK_SECRETS"],)
    assert settings.encryption_keys == (stored["OMEM_ENCRYPTION_KEYS"],)
    assert settings.secret_key == stored["OMEM_SECRET_KEY"]
    assert len(settings.secret_key) >= 32
    Fernet(settings.encryption_keys[0].encode())


def test_dev_secrets_are_reused_when_settings_load_a_second_time(tmp_path: Path) -> None:
    first = _load(tmp_path)
    before = (tmp_path / DEV_SECRETS_FILE).read_bytes()
    second = _load(tmp_path)
    assert (second.api_keys, second.webhook_secrets) == (first.api_keys, first.webhook_secrets)
    assert (second.encryption_keys, second.secret_key) == (first.encryption_keys, first.secret_key)
    assert set(second.generated_secrets) == set(SECRET_NAMES)
    assert (tmp_path / DEV_SECRETS_FILE).read_bytes() == before


def test_only_missing_secrets_are_generated_when_some_are_given(tmp_path: Path) -> None:
    settings = _load(tmp_path, OMEM_API_KEYS="omem_given_key", OMEM_SECRET_KEY="g" * 32)
    assert set(settings.generated_secrets) == {
        "OMEM_ELEVENLABS_WEBHOOK_SECRETS",
        "OMEM_ENCRYPTION_KEYS",
    }
    assert settings.api_keys == ("omem_given_key",)
    assert settings.secret_key == "g" * 32


@pytest.mark.parametrize(
    "content",
    ["", '{"OMEM_API_KEYS": "omem_dev_'],
    ids=["created-not-yet-written", "half-written"],
)
def test_config_error_names_the_dev_secrets_file_when_it_is_not_complete(
    tmp_path: Path, content: str
) -> None:
    """A second process can read the file between its O_EXCL creation and the write."""
    (tmp_path / DEV_SECRETS_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        _load(tmp_path)
    assert DEV_SECRETS_FILE in str(info.value)


def test_env_file_fills_gaps_when_development(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("OMEM_WEB_WORKERS=7\nOMEM_LOG_LEVEL=DEBUG\n", encoding="utf-8")
    settings = load_settings(
        {"OMEM_DATA_DIR": str(tmp_path / "data"), "OMEM_LOG_LEVEL": "WARNING"},
        env_file=env_file,
    )
    assert settings.web_workers == 7
    assert settings.log_level == "WARNING"


def test_env_file_is_ignored_when_production(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("OMEM_WEB_WORKERS=7\nOMEM_SECRET_KEY=" + "e" * 40 + "\n", encoding="utf-8")
    given = _secrets()
    environ = {"OMEM_DATA_DIR": str(tmp_path / "data"), "OMEM_ENV": "production", **given}
    settings = load_settings(environ, env_file=env_file)
    assert settings.web_workers == 4
    assert settings.secret_key == given["OMEM_SECRET_KEY"]


def test_env_file_secrets_do_not_count_when_production(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "".join(f"{name}={value}\n" for name, value in _secrets().items()), encoding="utf-8"
    )
    with pytest.raises(ConfigError) as info:
        load_settings(
            {"OMEM_DATA_DIR": str(tmp_path / "data"), "OMEM_ENV": "production"},
            env_file=env_file,
        )
    assert sorted(_problem_names(info.value)) == sorted(SECRET_NAMES)


def test_env_file_is_ignored_when_production_value_has_surrounding_whitespace(
    tmp_path: Path,
) -> None:
    """`production\\r` (a CRLF env file) parses as production, so `.env` must not apply."""
    env_file = tmp_path / ".env"
    env_file.write_text("OMEM_WEB_WORKERS=7\n", encoding="utf-8")
    environ = {"OMEM_DATA_DIR": str(tmp_path / "data"), "OMEM_ENV": "production\r", **_secrets()}
    settings = load_settings(environ, env_file=env_file)
    assert settings.is_production is True
    assert settings.web_workers == 4


@pytest.mark.parametrize("worker", ["sync", "gthread"])
def test_a_worker_that_reads_requests_itself_needs_a_proxy_on_a_public_address(
    tmp_path: Path, worker: str
) -> None:
    with pytest.raises(ConfigError) as info:
        _load(tmp_path, OMEM_WEB_WORKER=worker, OMEM_BIND="0.0.0.0:8080")
    assert info.value.problems[0].startswith(f"OMEM_WEB_WORKER={worker} on 0.0.0.0")
    assert "OMEM_TRUSTED_PROXIES" in info.value.problems[0]
    behind = _load(tmp_path, OMEM_WEB_WORKER=worker, OMEM_BIND="0.0.0.0:8080",
                   OMEM_TRUSTED_PROXIES="1")  # fmt: skip
    assert behind.web_worker == worker
    assert _load(tmp_path, OMEM_WEB_WORKER=worker).bind == "127.0.0.1:8000"
    assert _load(tmp_path, OMEM_BIND="0.0.0.0:8080").web_worker == "buffered"
