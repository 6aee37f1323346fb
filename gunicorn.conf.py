"""Gunicorn configuration: the settings live in ``service/serving.py``."""

from service.serving import (
    accesslog,
    bind,
    graceful_timeout,
    logconfig_dict,
    logger_class,
    on_starting,
    post_fork,
    post_worker_init,
    timeout,
    worker_class,
    workers,
    wsgi_app,
)

__all__ = [
    "accesslog",
    "bind",
    "graceful_timeout",
    "logconfig_dict",
    "logger_class",
    "on_starting",
    "post_fork",
    "post_worker_init",
    "timeout",
    "worker_class",
    "workers",
    "wsgi_app",
]
