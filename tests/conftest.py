"""Shared fixtures: real SecantusDB and redis-server children for the whole session.

Each Hearth server gets a database of its own inside the shared SecantusDB,
so tests do not see each other's data.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.servers import Hearth, Redis, redis_server, secantus


@pytest.fixture(scope="session")
def mongo_url() -> Iterator[str]:
    with secantus() as db:
        yield db.url


@pytest.fixture(scope="session")
def redis() -> Iterator[Redis]:
    with redis_server() as r:
        yield r


@pytest.fixture(scope="module")
def server(mongo_url: str) -> Iterator[Hearth]:
    """One Hearth process (in-process bus) shared by a test module."""
    h = Hearth(mongo_url)
    h.start()
    yield h
    h.cleanup()
