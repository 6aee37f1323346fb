"""The paired comparison serves each tree's own code, or refuses to compare."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.paired import check_imports_from
from tests.conftest import REPO_ROOT


def test_a_project_tree_is_served_from_its_own_files() -> None:
    check_imports_from(REPO_ROOT)


def test_a_folder_without_the_service_is_refused(tmp_path: Path) -> None:
    # gunicorn started there would import the installed service: this tree against itself.
    with pytest.raises(SystemExit, match="not a project tree"):
        check_imports_from(tmp_path)


def test_another_copy_of_the_project_is_served_from_its_own_files(tmp_path: Path) -> None:
    # The installed service points at this tree; the copy's must come first all the same.
    ignored = shutil.ignore_patterns("__pycache__")
    shutil.copytree(REPO_ROOT / "service", tmp_path / "service", ignore=ignored)
    check_imports_from(tmp_path)
