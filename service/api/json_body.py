"""JSON in and out of the API through orjson, with the standard library wherever orjson refuses."""

from __future__ import annotations

from typing import Any

import flask
import orjson
from flask.json.provider import DefaultJSONProvider
from webargs import core
from webargs.flaskparser import FlaskParser, is_json_request
from werkzeug.sansio.response import Response

from service import json_codec


class JsonProvider(DefaultJSONProvider):
    """Flask's JSON (``request.get_json``, ``jsonify``, ``flask.json``) through
    ``service.json_codec``: the same documents, keys sorted as Flask sorts them, written
    compact as UTF-8 instead of with ``\\u`` escapes."""

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        if kwargs:
            return super().dumps(obj, **kwargs)
        return json_codec.dumps(obj, self.default, sort_keys=True).decode()

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        return super().loads(s, **kwargs) if kwargs else json_codec.loads(s)

    def response(self, *args: Any, **kwargs: Any) -> Response:
        if self._app.debug or self.compact is False:
            return super().response(*args, **kwargs)
        body = json_codec.dumps(self._prepare_response_obj(args, kwargs), self.default, True)
        return flask.Response(body + b"\n", mimetype=self.mimetype)


class OrjsonParser(FlaskParser):
    """webargs' Flask parser, reading JSON bodies through orjson. A body orjson refuses
    (not UTF-8, a lone surrogate escape, NaN ...) is read by webargs as before, with the same
    value or the same error."""

    def _raw_load_json(self, req: flask.Request) -> Any:
        if not is_json_request(req):
            return core.missing
        try:
            return orjson.loads(req.get_data(cache=True))
        except orjson.JSONDecodeError:
            return super()._raw_load_json(req)
