"""No input makes a 5xx: schemathesis sends requests generated from the service's own
/openapi.json, valid ones and invalid ones, and holds every answer to what that document says.

The number of inputs is bounded: ``EXAMPLES`` per operation and generation mode.
"""

from __future__ import annotations

import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, given, settings
from schemathesis import APIOperation, Case, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Err
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

EXAMPLES = 25
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


def exercise(operation: APIOperation, mode: GenerationMode) -> int:
    """Send up to ``EXAMPLES`` generated requests; return how many were sent.

    Raises schemathesis' failure report (with a curl command) for the first broken check.
    """
    sent = 0

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(case=operation.as_strategy(mode))
    def send(case: Case) -> None:
        nonlocal sent
        sent += 1
        case.call_and_validate(checks=CHECKS)

    send()
    return sent


def test_no_generated_request_gets_a_server_error_or_an_undocumented_answer(app: Flask) -> None:
    schema = schemathesis.openapi.from_wsgi("/openapi.json", app)
    operations = []
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            pytest.fail(f"schemathesis cannot read an operation of /openapi.json: {result.err()}")
        operations.append(result.ok())
    sent = sum(
        exercise(operation, mode)
        for operation in operations
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    )
    print(f"schemathesis: {sent} requests over {len(operations)} operations")
    assert len(operations) >= 18 and sent > len(operations) * 2
