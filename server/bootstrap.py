"""First start: the operator account, and the optional demo circle."""

from __future__ import annotations

import logging
import os
import secrets
import sys
from typing import Any

from .services import Services

log = logging.getLogger("hearth.bootstrap")

DEMO_PASSWORD = "hearth-demo-circle"


def say(text: str) -> None:
    """Talk to the person at the terminal (not the log)."""
    print(text, file=sys.stdout, flush=True)


async def ensure_operator(services: Services, env: dict[str, str] | None = None) -> None:
    """With an empty database, create the operator from the environment or a generated password."""
    env = dict(os.environ if env is None else env)
    if await services.store.users.count() > 0:
        return
    username = env.get("HEARTH_ADMIN_USERNAME") or "admin"
    password = env.get("HEARTH_ADMIN_PASSWORD") or ""
    generated = not password
    if generated:
        password = secrets.token_urlsafe(15)
    pw_hash = await services.extra["passwords"].hash(password)
    user = await services.store.users.create(username, pw_hash, "Operator", role="operator")
    log.info("operator account created", extra={"user": user["_id"]})
    if generated:
        say(f"\n  Hearth operator account created.\n  username: {username}\n"
            f"  password: {password}\n  (shown once: keep it somewhere safe)\n")


async def seed_demo(services: Services) -> dict[str, Any] | None:
    """One demo circle with a facilitator and two members, once."""
    store = services.store
    if await store.users.by_username("demo-facilitator") is not None:
        say("  Demo circle already exists: sign in as demo-facilitator, demo-ash or demo-bea "
            f"with password {DEMO_PASSWORD}")
        return None
    pw_hash = await services.extra["passwords"].hash(DEMO_PASSWORD)
    circle = await store.circles.create(
        "Demo circle", "A place to try Hearth out.", services.config.circles.default_capacity,
        services.config.circles.default_agreement, services.config.circles.retention_days, "demo")
    people = [("demo-facilitator", "Rowan (facilitator)", "facilitator"),
              ("demo-ash", "Ash", "member"), ("demo-bea", "Bea", "member")]
    for username, name, role in people:
        user = await store.users.create(username, pw_hash, name)
        await store.circles.add_member(circle, user, role)
    invite = await store.circles.create_invite(circle["_id"], "member", 20, 30 * 24 * 3600, "demo")
    say(f"\n  Demo circle ready. Open {services.config.origin}/ and sign in as\n"
        f"  demo-facilitator, demo-ash or demo-bea, password: {DEMO_PASSWORD}\n"
        f"  Invite link for more members: {services.config.origin}/join/{invite['_id']}\n")
    return circle
