"""Every ``/v1`` request needs a key with the role its endpoint asks for (when keys are on).

GET needs ``read``, other methods ``write``; a view class lowers or raises that per method
with ``required_roles`` (verifying a claim is a POST that only reads).
"""

from __future__ import annotations

from flask import Response, current_app, g, request

from service.access.keys import holder_of
from service.api.problems import problem_response
from service.api.state import app_state

API_KEY_HEADER = "X-API-Key"
_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def check_api_key() -> Response | None:
    """A ``before_request`` hook: 401 without a valid key, 403 when its role is too low."""
    if not request.path.startswith("/v1/") or request.method == "OPTIONS":
        return None
    if not app_state().config.require_api_keys:
        return None
    key = request.headers.get(API_KEY_HEADER, "")
    holder = holder_of(app_state().engine, key) if key else None
    if holder is None:
        return problem_response(401, f"Send a valid API key in the {API_KEY_HEADER} header.")
    g.api_key_name, g.api_key_role = holder.name, holder.role
    needed = required_role()
    if not holder.may(needed):
        return problem_response(403, f"This needs a key with the {needed} role.")
    return None


def required_role() -> str:
    view = current_app.view_functions.get(request.endpoint or "")
    roles = getattr(getattr(view, "view_class", None), "required_roles", {})
    default = "read" if request.method in _READ_METHODS else "write"
    role: str = roles.get(request.method.lower(), default)
    return role
