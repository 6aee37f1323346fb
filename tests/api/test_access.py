"""API keys and roles, rate limits, request ids, CORS: access to the API."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import text

from service.access.keys import create_key, revoke_key
from service.config import Config


@pytest.fixture
def keyed_app(app_factory: Callable[..., Flask]) -> Flask:
    return app_factory(require_api_keys=True, rate_limit="1000 per minute")


@pytest.fixture
def keys(keyed_app: Flask) -> dict[str, str]:
    engine = keyed_app.extensions["quotecheck"].engine
    return {role: create_key(engine, f"{role}-desk", role) for role in ("read", "write", "admin")}


def as_key(key: str) -> dict[str, str]:
    return {"X-API-Key": key}


@pytest.mark.parametrize("key", [None, "", "qc_nothing_here", "not-a-key", "qc_" + "x" * 300])
def test_requests_without_a_valid_key_are_401_problems(keyed_app: Flask, key: str | None) -> None:
    headers = {} if key is None else as_key(key)
    response = keyed_app.test_client().get("/v1/documents", headers=headers)
    assert response.status_code == 401 and response.content_type == "application/problem+json"


@pytest.mark.parametrize(
    ("role", "method", "url", "body", "allowed"),
    [
        ("read", "GET", "/v1/documents", None, True),
        ("read", "POST", "/v1/verify", {"quote": "Some words here"}, True),
        ("read", "POST", "/v1/check", {"text": "“Some words here,” Ann Lee said."}, True),
        ("read", "POST", "/v1/documents", {"text": "“Hi there you,” Ann Lee said."}, False),
        ("write", "POST", "/v1/documents", {"text": "“Hi there you,” Ann Lee said."}, True),
        ("read", "DELETE", "/v1/documents/1", None, False),
        ("admin", "POST", "/v1/documents", {"text": "“Hi there you,” Ann Lee said."}, True),
    ],
)
def test_each_role_may_do_what_it_is_for(
    keyed_app: Flask, keys: dict[str, str], role: str, method: str, url: str, body, allowed: bool
) -> None:
    response = keyed_app.test_client().open(
        url, method=method, json=body, headers=as_key(keys[role])
    )
    if allowed:
        assert response.status_code < 400, response.get_json()
    else:
        assert response.status_code == 403
        assert response.get_json()["detail"].startswith("This needs a key with the write role")


def test_a_revoked_key_is_refused(keyed_app: Flask, keys: dict[str, str]) -> None:
    client = keyed_app.test_client()
    assert client.get("/v1/stats", headers=as_key(keys["read"])).status_code == 200
    revoke_key(keyed_app.extensions["quotecheck"].engine, "read-desk")
    assert client.get("/v1/stats", headers=as_key(keys["read"])).status_code == 401


def test_keys_are_stored_only_as_digests(keyed_app: Flask, keys: dict[str, str]) -> None:
    with keyed_app.extensions["quotecheck"].engine.connect() as connection:
        stored = " ".join(str(row) for row in connection.execute(text("SELECT * FROM api_keys")))
    assert all(key not in stored and key.split("_", 2)[2] not in stored for key in keys.values())


def test_the_reviewer_is_the_identity_behind_the_key(
    keyed_app: Flask, keys: dict[str, str]
) -> None:
    client = keyed_app.test_client()
    saved = client.post(
        "/v1/verify", json={"quote": "Some words here", "save": True}, headers=as_key(keys["read"])
    ).get_json()
    url = f"/v1/verifications/{saved['verification_id']}/review"
    review = {"verdict": "not_found", "note": "checked the archive"}
    assert client.post(url, json=review, headers=as_key(keys["read"])).status_code == 403
    reviewed = client.post(url, json=review, headers=as_key(keys["write"])).get_json()
    assert reviewed["review"]["reviewer"] == "write-desk"
    assert reviewed["requested_by"] == "read-desk"


@pytest.mark.parametrize("url", ["/healthz", "/openapi.json", "/docs"])
def test_health_and_documentation_need_no_key(keyed_app: Flask, url: str) -> None:
    with keyed_app.test_client().get(url) as response:
        assert response.status_code == 200


def test_openapi_declares_the_api_key_scheme(client: FlaskClient) -> None:
    spec = client.get("/openapi.json").get_json()
    scheme = spec["components"]["securitySchemes"]["ApiKey"]
    assert scheme == {"type": "apiKey", "in": "header", "name": "X-API-Key"}
    assert {"ApiKey": []} in spec["security"]


def test_a_client_over_its_rate_limit_gets_429_with_retry_after(
    app_factory: Callable[..., Flask],
) -> None:
    client = app_factory(rate_limit="3 per minute").test_client()
    statuses = [client.get("/v1/stats").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = client.get("/v1/stats")
    assert limited.content_type == "application/problem+json"
    assert int(limited.headers["Retry-After"]) > 0
    assert client.get("/healthz").status_code == 200


def test_request_ids_are_echoed_or_made(client: FlaskClient) -> None:
    given = client.get("/v1/stats", headers={"X-Request-ID": "cms-42.a"})
    assert given.headers["X-Request-ID"] == "cms-42.a"
    made = client.get("/v1/stats", headers={"X-Request-ID": "bad id; drop"}).headers["X-Request-ID"]
    assert made and made != "bad id; drop" and len(made) == 32


def test_cors_is_off_by_default_and_allows_only_listed_origins(
    app_factory: Callable[..., Flask],
) -> None:
    origin = {"Origin": "https://cms.example.org"}
    closed = app_factory().test_client().get("/v1/stats", headers=origin)
    assert "Access-Control-Allow-Origin" not in closed.headers
    app = app_factory(cors_origins=("https://cms.example.org",))
    opened = app.test_client().get("/v1/stats", headers=origin)
    assert opened.headers["Access-Control-Allow-Origin"] == "https://cms.example.org"
    other = app.test_client().get("/v1/stats", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other.headers


@pytest.mark.parametrize(
    ("environment", "required"),
    [
        ({}, False),
        ({"HOST": "127.0.0.1"}, False),
        ({"HOST": "0.0.0.0"}, True),
        ({"HOST": "10.1.2.3", "QUOTECHECK_REQUIRE_KEYS": "false"}, True),
        ({"HOST": "127.0.0.1", "QUOTECHECK_REQUIRE_KEYS": "true"}, True),
    ],
)
def test_keys_are_required_beyond_loopback(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], required: bool
) -> None:
    for name in ("HOST", "QUOTECHECK_REQUIRE_KEYS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert Config.from_environment().require_api_keys is required


def test_me_names_the_key_and_its_role(keyed_app: Flask, keys: dict[str, str]) -> None:
    me = keyed_app.test_client().get("/v1/me", headers=as_key(keys["write"])).get_json()
    assert me == {"name": "write-desk", "role": "write", "keys_required": True}


def test_me_in_open_mode_says_no_key_is_needed(client: FlaskClient) -> None:
    me = client.get("/v1/me").get_json()
    assert me["keys_required"] is False and me["role"] == "admin"


def test_rate_limits_kept_in_redis_hold_across_workers(
    app_factory: Callable[..., Flask],
) -> None:
    redis_url = "redis://127.0.0.1:6379/15"
    redis.Redis.from_url(redis_url).flushdb()
    workers = [app_factory(rate_limit="3 per minute", redis_url=redis_url) for _ in range(2)]
    statuses = [workers[n % 2].test_client().get("/v1/stats").status_code for n in range(4)]
    assert statuses == [200, 200, 200, 429]
    redis.Redis.from_url(redis_url).flushdb()
