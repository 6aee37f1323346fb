"""The verify endpoint's own work behind the thinnest Flask view, for the HTTP ceiling.

The same claim schema, verifier and result schema as ``POST /v1/verify``, over the index the
gunicorn master loaded, but none of the service's request hooks, access log or flask-smorest.
Served with the service's gunicorn settings, its rate over twice the in-process rate is the
most that ``http_ratio`` can be with Flask on this machine.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, jsonify, request

from schemas.verification import VerificationSchema, VerifyRequestSchema
from service.api.json_body import JsonProvider
from service.app import create_app
from service.serving import preloaded_corpus_index
from service.verification.verifier import ClaimRequest

# The service's own state (engine, thresholds, verifier over the master's index), built as
# the service builds it; only the Flask around it differs.
_state = create_app(corpus_index=preloaded_corpus_index()).extensions["quotecheck"]
_claim, _result = VerifyRequestSchema(), VerificationSchema()

app = Flask(__name__)
# The service's JSON reading and writing (orjson), as the work's own part.
app.json = JsonProvider(app)
# Where the service's post_worker_init finds the verifier to bring up to date.
app.extensions["quotecheck"] = _state


@app.post("/v1/verify")
def verify() -> Response:
    fields: dict[str, Any] = _claim.load(request.get_json())
    return jsonify(_result.dump(_state.verifier.verify([ClaimRequest.of(fields)])[0]))
