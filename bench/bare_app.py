"""The HTTP ceiling: a bare Flask JSON endpoint, served by gunicorn like the service."""

from flask import Flask

app = Flask(__name__)


@app.post("/v1/verify")
def verify() -> dict[str, bool]:
    return {"ok": True}
