from __future__ import annotations

import os
from pathlib import Path

import pytest

import marsad

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests parse dictionaries into their own cache, never the user's."""
    os.environ["MARSAD_CACHE"] = str(tmp_path_factory.mktemp("marsad-cache"))


@pytest.fixture(scope="session")
def fictional() -> marsad.Pipeline:
    """A pipeline over the small fictional gazetteer: engine tests do not depend on the real dictionaries."""
    return marsad.load(base_dir=FIXTURES / "kb")


@pytest.fixture(scope="session")
def real() -> marsad.Pipeline:
    """A pipeline over the shipped dictionaries."""
    return marsad.load()


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared data not present: {path}")
    return path
