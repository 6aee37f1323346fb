"""The verify endpoint's own work behind the thinnest Flask view, for the HTTP ceiling.

The same claim schema, verifier and result schema as ``POST /v1/verify``, over the index the
gunicorn master loaded, but none of the service's request hooks, access log or flask-smorest.
Served with the service's gunicorn settings, its rate over twice the in-process rate is the
most that ``http_ratio`` can be with Flask on this machine.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from flask import Flask, Response, jsonify, request

from schemas.verification import VerificationSchema, VerifyRequestSchema
from service.config import Config
from service.matching import Thresholds
from service.serving import preloaded_corpus_index
from service.store import build_engine
from service.verification.verifier import ClaimRequest, Verifier

_config = Config.from_environment()
_engine = build_engine(_config.database_url)
_thresholds = Thresholds(confirm=_config.confirm_threshold, review=_config.review_threshold)
_verifier = Verifier(_engine, _thresholds, preloaded_corpus_index())
_claim, _result = VerifyRequestSchema(), VerificationSchema()

app = Flask(__name__)
# Where the service's post_worker_init finds the verifier to bring up to date.
app.extensions["quotecheck"] = SimpleNamespace(verifier=_verifier, engine=_engine)


@app.post("/v1/verify")
def verify() -> Response:
    fields: dict[str, Any] = _claim.load(request.get_json())
    return jsonify(_result.dump(_verifier.verify([ClaimRequest.of(fields)])[0]))
