"""The application factory."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask_cors import CORS
from werkzeug.exceptions import HTTPException

from service.api import documents, quotes, speakers, system, verifications, verify
from service.api.access import API_KEY_HEADER, check_api_key
from service.api.base import Api
from service.api.docs import docs_blueprint
from service.api.json_body import JsonProvider
from service.api.limits import install_rate_limits
from service.api.problems import problem_from_http_exception, problem_from_unexpected
from service.api.requests import REQUEST_ID_HEADER, finish_request, start_request
from service.api.state import AppState
from service.config import Config
from service.store import build_engine
from service.verification.corpus_index import CorpusIndex
from service.verification.verifier import Verifier
from service.web import web_blueprint

API_DESCRIPTION = """Quotecheck indexes the quotations and speakers in source documents and
verifies claimed quotes against them. Every error is an RFC 9457 problem document."""


def create_app(
    config: Config | dict[str, Any] | None = None, corpus_index: CorpusIndex | None = None
) -> Flask:
    """Build the app; ``config`` replaces settings read from the environment, and
    ``corpus_index`` is a candidate index already loaded (by the gunicorn master)."""
    if not isinstance(config, Config):
        config = Config.from_environment().with_overrides(config or {})
    app = Flask(__name__)
    app.json = JsonProvider(app)
    app.config.update(
        MAX_CONTENT_LENGTH=config.max_body_bytes,
        API_TITLE="Quotecheck",
        API_VERSION="1",
        OPENAPI_VERSION="3.1.0",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        API_SPEC_OPTIONS={
            "info": {"description": API_DESCRIPTION},
            "security": [{"ApiKey": []}],
            "components": {
                "securitySchemes": {
                    "ApiKey": {"type": "apiKey", "in": "header", "name": API_KEY_HEADER}
                }
            },
        },
    )
    engine = build_engine(config.database_url)
    app.extensions["quotecheck"] = AppState(
        config=config, engine=engine, verifier=Verifier(engine, config.thresholds, corpus_index)
    )
    api = Api(app)
    for module in (documents, quotes, speakers, verify, verifications, system):
        api.register_blueprint(module.blp)
    app.register_blueprint(docs_blueprint)
    app.register_blueprint(web_blueprint)
    _install_request_handling(app, config)
    app.register_error_handler(HTTPException, problem_from_http_exception)
    app.register_error_handler(Exception, problem_from_unexpected)
    return app


def _install_request_handling(app: Flask, config: Config) -> None:
    """Request ids and access logs, API keys, rate limits and CORS, in that order."""
    app.before_request(start_request)
    install_rate_limits(app, config)
    app.before_request(check_api_key)
    app.after_request(finish_request)
    if config.cors_origins:
        CORS(
            app,
            resources={r"/v1/*": {"origins": list(config.cors_origins)}},
            allow_headers=["Content-Type", API_KEY_HEADER, REQUEST_ID_HEADER],
            expose_headers=[REQUEST_ID_HEADER, "Retry-After"],
        )
