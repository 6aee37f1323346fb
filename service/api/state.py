"""What a running app holds: its configuration and its database engine."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from sqlalchemy import Engine

from service.config import Config
from service.verification.verifier import Verifier


@dataclass(frozen=True)
class AppState:
    config: Config
    engine: Engine
    verifier: Verifier


def app_state() -> AppState:
    state: AppState = current_app.extensions["quotecheck"]
    return state
