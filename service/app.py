"""The application factory."""

from __future__ import annotations

from typing import Any

from flask import Flask
from werkzeug.exceptions import HTTPException

from service.api import documents, quotes, speakers, system, verifications, verify
from service.api.base import Api
from service.api.docs import docs_blueprint
from service.api.problems import problem_from_http_exception, problem_from_unexpected
from service.api.state import AppState
from service.config import Config
from service.matching import Thresholds
from service.store import build_engine
from service.verification.verifier import Verifier
from service.web import web_blueprint

API_DESCRIPTION = """Quotecheck indexes the quotations and speakers in source documents and
verifies claimed quotes against them. Every error is an RFC 9457 problem document."""


def create_app(config: Config | dict[str, Any] | None = None) -> Flask:
    """Build the app; ``config`` replaces settings read from the environment."""
    if not isinstance(config, Config):
        config = Config.from_environment().with_overrides(config or {})
    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=config.max_body_bytes,
        API_TITLE="Quotecheck",
        API_VERSION="1",
        OPENAPI_VERSION="3.1.0",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        API_SPEC_OPTIONS={"info": {"description": API_DESCRIPTION}},
    )
    engine = build_engine(config.database_url)
    thresholds = Thresholds(confirm=config.confirm_threshold, review=config.review_threshold)
    app.extensions["quotecheck"] = AppState(
        config=config, engine=engine, verifier=Verifier(engine, thresholds)
    )
    api = Api(app)
    for module in (documents, quotes, speakers, verify, verifications, system):
        api.register_blueprint(module.blp)
    app.register_blueprint(docs_blueprint)
    app.register_blueprint(web_blueprint)
    app.register_error_handler(HTTPException, problem_from_http_exception)
    app.register_error_handler(Exception, problem_from_unexpected)
    return app
