"""The editors' web pages: checking a draft at ``/``, sources and speakers at ``/sources``.

Plain HTML, CSS and JavaScript modules served by this service; the pages call the public
``/v1`` API from the browser, so they need no build step and no server-side state."""

from service.web.pages import web_blueprint

__all__ = ["web_blueprint"]
