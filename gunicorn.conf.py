"""Gunicorn configuration: the settings live in ``service/serving.py``."""

from service.serving import (
    accesslog,
    bind,
    graceful_timeout,
    on_starting,
    timeout,
    workers,
    wsgi_app,
)

__all__ = [
    "accesslog",
    "bind",
    "graceful_timeout",
    "on_starting",
    "timeout",
    "workers",
    "wsgi_app",
]
