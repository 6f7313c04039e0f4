"""The HTTP API fuzzed against its own OpenAPI document: no 500s, every error has the body."""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from server.http.openapi import spec
from tests.support.servers import Hearth

schema = schemathesis.openapi.from_dict(spec())
EXAMPLES = int(os.environ.get("HEARTH_FUZZ_EXAMPLES", "25"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]


@pytest.fixture(scope="module")
def tokens(server: Hearth) -> dict[str, str]:
    import asyncio

    from tests.support.api import Circle

    c = asyncio.run(Circle.make(server, members=1))
    return {"operator": c.op, "member": c.members[0]["token"]}


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=list(HealthCheck))
@pytest.mark.parametrize("who", ["anonymous", "member", "operator"])
def test_api_conforms(case: schemathesis.Case, server: Hearth, tokens: dict[str, str],
                      who: str) -> None:
    """Random and edge-case requests, as anyone: a documented status, JSON error bodies."""
    headers = {"Authorization": f"Bearer {tokens[who]}"} if who in tokens else {}
    case.call_and_validate(base_url=server.url, headers=headers, checks=CHECKS)


def test_openapi_is_served(server: Hearth) -> None:
    import json
    import urllib.request

    with urllib.request.urlopen(server.url + "/api/openapi.json", timeout=5) as r:
        served = json.load(r)
    assert served["openapi"].startswith("3.") and "/api/register" in served["paths"]
