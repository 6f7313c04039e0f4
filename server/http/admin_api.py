"""Operator API under /api/admin/…, and members' own export and deletion."""

from __future__ import annotations

from aiohttp import web


def routes() -> list[web.RouteDef]:
    return []
