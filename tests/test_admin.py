"""Operator tasks (the hearth-admin command and /api/admin), members' own export and
deletion, and retention: against real Hearth, SecantusDB and CLI processes."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest
import yaml
from pymongo import AsyncMongoClient

from tests.support.api import (
    PASSWORD,
    WS,
    ApiError,
    Circle,
    call,
    invite,
    operator_token,
    register,
)
from tests.support.servers import ROOT, Hearth, Redis, config_for_tests, hearth


def unique(prefix: str) -> str:
    """Words nobody else writes, so a dump of the database can be searched for them."""
    return f"{prefix} {uuid.uuid4().hex[:10]}"


def cli_env(server: Hearth | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEARTH_")}
    if server is not None:
        env.update({"HEARTH_MONGO_URL": server.mongo_url, "HEARTH_MONGO_DATABASE": server.database,
                    "HEARTH_PORT": str(server.port)})
    env.update(extra)
    return env


async def cli(*args: str, server: Hearth | None = None, config: Path | None = None,
              env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m server.admin`` as an operator would, in its own process."""
    cfg = config or (server.config_path if server is not None else None)
    argv = [sys.executable, "-m", "server.admin", *(["--config", str(cfg)] if cfg else []), *args]
    return await asyncio.to_thread(
        subprocess.run, argv, cwd=ROOT, env=env or cli_env(server), capture_output=True,
        text=True, stdin=subprocess.DEVNULL, timeout=90)


async def cli_json(*args: str, server: Hearth) -> Any:
    done = await cli("--json", *args, server=server)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
async def db(server: Hearth, mongo_url: str) -> AsyncIterator[Any]:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(mongo_url, tz_aware=True)
    yield client[server.database]
    await client.close()


async def everything(db: Any) -> str:
    """Every document of every collection, as one lower-case string."""
    parts = []
    for name in await db.list_collection_names():
        async for doc in db[name].find({}):
            parts.append(orjson.dumps(doc, default=str).decode())
    return "\n".join(parts).lower()


async def person_with_traces(server: Hearth, db: Any) -> tuple[Circle, dict[str, Any], list[str]]:
    """A member who wrote, edited, reacted, reported, stepped away and had a message held.

    Returns the circle, the member ({token, user}) and the words only they wrote.
    """
    c = await Circle.make(server, members=1)
    name = unique("Juniper")
    me = await register(server, await invite(server, c.op, c.id), name)
    words = [unique("my first words"), unique("an edited thought"), unique("held back words"),
             unique("a report reason")]
    ws = await WS.open(server, me["token"])
    await ws.join(c.id)
    first = await ws.say(c.id, words[0])
    second = await ws.say(c.id, "to be edited " + uuid.uuid4().hex)
    # A joined connection hears its own edit and reaction as the circle does, without a ref.
    await ws.send({"type": "edit", "circle": c.id, "seq": second["seq"], "text": words[1]})
    await ws.expect("edited")
    other = await WS.open(server, c.members[0]["token"])
    await other.join(c.id)
    theirs = await other.say(c.id, "hello from someone else")
    await ws.send({"type": "react", "circle": c.id, "seq": theirs["seq"], "emoji": "🌱"})
    await ws.expect("reaction")
    await ws.request({"type": "report", "circle": c.id, "seq": theirs["seq"], "reason": words[3]})
    await ws.request({"type": "step_away", "circle": c.id})
    await ws.close()
    await other.close()
    now = datetime.now(UTC)
    await db.messages.insert_one({
        "_id": uuid.uuid4().hex, "circle": c.id, "author": me["user"]["id"], "author_name": name,
        "client_id": uuid.uuid4().hex, "text": words[2], "original": words[2], "status": "held",
        "reasons": ["review"], "ts": now, "seq": -12345 - int(uuid.uuid4().int % 10**9),
        "expire_at": now + timedelta(days=90)})
    assert first["status"] == "delivered"
    return c, me, words


def no_trace(dump: str, me: dict[str, Any], words: list[str]) -> None:
    for needle in [*words, me["user"]["username"], me["user"]["display_name"]]:
        assert needle.lower() not in dump, f"{needle!r} is still stored"


# the command line


async def test_cli_creates_and_lists_circles(server: Hearth) -> None:
    """create-circle makes a circle; list-circles counts members, last week's messages, alerts."""
    name = unique("Thursday circle")
    made = await cli_json("create-circle", name, "--capacity", "8", "--retention-days", "30",
                          server=server)
    assert made["name"] == name and made["capacity"] == 8 and made["retention_days"] == 30
    c = await Circle.make(server, members=2)
    ws = await WS.open(server, c.members[0]["token"])
    await ws.join(c.id)
    await ws.say(c.id, "hello")
    await ws.request({"type": "step_away", "circle": c.id})
    await ws.close()
    rows = {r["id"]: r for r in await cli_json("list-circles", server=server)}
    assert rows[made["id"]]["members"] == 0
    assert (rows[c.id]["members"], rows[c.id]["messages_7d"], rows[c.id]["open_alerts"]) == (3, 1, 1)
    text = (await cli("list-circles", server=server)).stdout
    assert name in text and "OPEN ALERTS" in text


async def test_cli_creates_users_from_a_password_file_or_the_environment(
        server: Hearth, tmp_path: Path) -> None:
    """create-user takes the password from --password-file or HEARTH_NEW_PASSWORD, never argv."""
    secret = tmp_path / "pw"
    secret.write_text("a-long-new-passphrase\n")
    name = f"u{uuid.uuid4().hex[:8]}"
    made = await cli_json("create-user", name, "--display-name", "Sam", "--password-file",
                          str(secret), server=server)
    assert made["username"] == name and made["role"] == "member" and made["display_name"] == "Sam"
    await call(server, "POST", "/api/login",
               json={"username": name, "password": "a-long-new-passphrase"})
    op_name = f"o{uuid.uuid4().hex[:8]}"
    done = await cli("--json", "create-user", op_name, "--operator", server=server,
                     env=cli_env(server, HEARTH_NEW_PASSWORD="another-long-passphrase"))
    assert done.returncode == 0, done.stderr and json.loads(done.stdout)["role"] == "operator"
    assert json.loads(done.stdout)["role"] == "operator"


async def test_cli_refuses_weak_or_missing_passwords(server: Hearth, tmp_path: Path) -> None:
    """A weak password exits 1 with the reason; no password at all is a usage error (2)."""
    weak = tmp_path / "pw"
    weak.write_text("short")
    done = await cli("create-user", "someone-new", "--password-file", str(weak), server=server)
    assert done.returncode == 1 and "at least" in done.stderr
    done = await cli("create-user", "someone-new", server=server)
    assert done.returncode == 2 and "password" in done.stderr
    done = await cli("create-user", server=server)
    assert done.returncode == 2


async def test_cli_makes_a_member_a_facilitator(server: Hearth) -> None:
    """make-facilitator promotes an existing member, by circle id or exact name."""
    c = await Circle.make(server, members=1, name=unique("Promote circle"))
    member = c.members[0]
    name = (await call(server, "GET", f"/api/circles/{c.id}", c.op))["circle"]["name"]
    out = await cli_json("make-facilitator", name, member["user"]["username"], server=server)
    assert out["role"] == "facilitator"
    me = await call(server, "GET", "/api/me", member["token"])
    assert me["circles"][0]["role"] == "facilitator"


async def test_cli_invite_prints_the_join_link(server: Hearth) -> None:
    """invite prints {origin}/join/CODE, and the code lets a facilitator in."""
    c = await Circle.make(server, members=0)
    done = await cli("invite", c.id, "--role", "facilitator", "--max-uses", "2", server=server)
    assert done.returncode == 0, done.stderr
    link = done.stdout.split()[0]
    assert link.startswith(f"{server.url}/join/")
    joined = await register(server, link.rsplit("/", 1)[1])
    me = await call(server, "GET", "/api/me", joined["token"])
    assert me["circles"] == [{"id": c.id, "name": "Tuesday circle", "role": "facilitator"}]


async def test_cli_export_has_everything_they_wrote(server: Hearth, db: Any) -> None:
    """export-user prints their profile, memberships, messages (held too), reactions, audit."""
    c, me, words = await person_with_traces(server, db)
    done = await cli("export-user", me["user"]["username"], server=server)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["user"]["username"] == me["user"]["username"] and "password_hash" not in data["user"]
    texts = {m["text"] for m in data["messages"]}
    assert {words[0], words[1], words[2]} <= texts
    assert any(m["status"] == "held" and m["seq"] is None for m in data["messages"])
    assert [(m["circle"], m["state"]) for m in data["memberships"]] == [(c.id, "member")]
    assert [r["emoji"] for r in data["reactions"]] == ["🌱"]
    assert data["sessions"]["count"] == 1
    assert any(a["action"] == "report" for a in data["audit"])
    assert "a-long-member-passphrase" not in done.stdout and "argon2" not in done.stdout


async def test_cli_delete_user_leaves_nothing_of_theirs(server: Hearth, db: Any) -> None:
    """delete-user --yes: no text they wrote, nor their names, remains in any collection."""
    c, me, words = await person_with_traces(server, db)
    uid = me["user"]["id"]
    before = await everything(db)
    assert all(n.lower() in before for n in [*words, me["user"]["display_name"]])
    done = await cli("delete-user", me["user"]["username"], "--yes", server=server)
    assert done.returncode == 0, done.stderr
    no_trace(await everything(db), me, words)
    user = await db.users.find_one({"_id": uid})
    assert user["username"] == f"deleted-{uid}" and user["display_name"] == "Deleted member"
    assert user["deleted"] is True and "password_hash" not in user
    assert await db.sessions.count_documents({"user": uid}) == 0
    assert (await db.memberships.find_one({"user": uid}))["state"] == "left"
    for m in await db.messages.find({"author": uid}).to_list(None):
        assert (m["text"], m["author_name"], m["deleted"], m["deleted_by"]) == (
            "", "", True, "account_deleted") and "original" not in m
    assert await db.messages.count_documents({"reactions.🌱": uid}) == 0
    assert await db.audit.count_documents({"action": "delete_user", "target": uid,
                                           "actor": "cli:operator"}) == 1
    with pytest.raises(ApiError) as e:
        await call(server, "POST", "/api/login",
                   json={"username": me["user"]["username"], "password": PASSWORD})
    assert e.value.status == 401
    page = await call(server, "GET", f"/api/circles/{c.id}/messages", c.members[0]["token"])
    assert page["messages"][0]["deleted"] and page["messages"][0]["text"] == ""


async def test_cli_delete_user_asks_for_confirmation(server: Hearth, db: Any) -> None:
    """Without --yes and without a terminal, nothing is deleted and the exit code is 2."""
    c = await Circle.make(server, members=1)
    member = c.members[0]
    done = await cli("delete-user", member["user"]["username"], server=server)
    assert done.returncode == 2 and "--yes" in done.stderr
    await call(server, "GET", "/api/me", member["token"])


async def test_cli_set_retention_recomputes_expiry(server: Hearth, db: Any) -> None:
    """set-retention stores the days and moves every message's expire_at to ts + days."""
    c = await Circle.make(server, members=1)
    ws = await WS.open(server, c.members[0]["token"])
    await ws.join(c.id)
    for i in range(3):
        await ws.say(c.id, f"message {i}")
    await ws.close()
    out = await cli_json("set-retention", c.id, "7", server=server)
    assert out["circle"]["retention_days"] == 7 and out["messages"] == 3
    assert (await db.circles.find_one({"_id": c.id}))["retention_days"] == 7
    for m in await db.messages.find({"circle": c.id}).to_list(None):
        assert abs((m["expire_at"] - m["ts"]) - timedelta(days=7)) < timedelta(seconds=1)
    assert await db.audit.count_documents({"circle": c.id, "action": "set_retention"}) == 1


async def test_cli_reports_errors_with_exit_codes(server: Hearth) -> None:
    """An unknown circle or user exits 1 with a plain message; a bad command exits 2."""
    done = await cli("invite", "no-such-circle", server=server)
    assert done.returncode == 1 and "no such circle" in done.stderr
    done = await cli("export-user", "nobody-here", server=server)
    assert done.returncode == 1 and "no account" in done.stderr
    done = await cli("set-retention", "x", "many", server=server)
    assert done.returncode == 2
    done = await cli("set-retention", "no-such-circle", "0", server=server)
    assert done.returncode == 1


async def test_cli_starts_the_embedded_database_when_no_server_runs(tmp_path: Path) -> None:
    """With no mongo.url and no server, the CLI runs the embedded database for each command."""
    cfg = tmp_path / "config.yaml"
    cfg.write_text(yaml.safe_dump({**config_for_tests(),
                                   "embedded": {"data_dir": str(tmp_path / "var")}}))
    env = cli_env()
    name = unique("Embedded circle")
    done = await cli("--json", "create-circle", name, config=cfg, env=env)
    assert done.returncode == 0, done.stderr
    done = await cli("list-circles", "--json", config=cfg, env=env)
    assert done.returncode == 0, done.stderr
    assert [c["name"] for c in json.loads(done.stdout)] == [name]
    assert (tmp_path / "var" / "db").is_dir() and not (tmp_path / "var" / "embedded.json").exists()


async def test_cli_uses_a_running_servers_embedded_database(tmp_path: Path) -> None:
    """With no mongo.url, the CLI finds the running server's embedded database by its marker."""
    with hearth("") as h:
        data_dir = h.dir / "var"
        assert h.proc is not None
        assert json.loads((data_dir / "embedded.json").read_text())["pid"] == h.proc.pid
        env = cli_env(HEARTH_DATA_DIR=str(data_dir), HEARTH_MONGO_DATABASE=h.database)
        name = unique("Shared circle")
        done = await cli("create-circle", name, config=h.config_path, env=env)
        assert done.returncode == 0, done.stderr
        op = await operator_token(h)
        listed = await call(h, "GET", "/api/admin/circles", op)
        assert name in [c["name"] for c in listed["circles"]]


async def test_cli_deletion_reaches_live_connections_over_redis(mongo_url: str,
                                                                 redis: Redis) -> None:
    """With Redis configured, delete-user closes the person's sockets and updates the circle."""
    with hearth(mongo_url, redis.url) as h:
        c = await Circle.make(h, members=2)
        me, other = c.members
        mine = await WS.open(h, me["token"])
        await mine.join(c.id)
        await mine.say(c.id, "something of mine")
        watcher = await WS.open(h, other["token"])
        await watcher.join(c.id)
        done = await cli("delete-user", me["user"]["username"], "--yes", server=h,
                         env=cli_env(h, HEARTH_REDIS_URL=redis.url))
        assert done.returncode == 0, done.stderr
        ended = await mine.expect(lambda f: f.get("code") == "SESSION_ENDED", 10)
        assert ended["close"] is True
        deleted = await watcher.expect("deleted", 10)
        assert (deleted["seq"], deleted["by"]) == (1, "account_deleted")
        await watcher.close()


# the operator API


async def test_admin_api_does_every_task_for_an_operator(server: Hearth, db: Any) -> None:
    """Each /api/admin endpoint works for an operator and audits who did it."""
    op = await operator_token(server)
    opid = (await call(server, "GET", "/api/me", op))["user"]["id"]
    circle = (await call(server, "POST", "/api/admin/circles", op,
                         {"name": unique("API circle"), "capacity": 6}, expect=201))["circle"]
    listed = await call(server, "GET", "/api/admin/circles", op)
    assert circle["id"] in [c["id"] for c in listed["circles"]]
    username = f"a{uuid.uuid4().hex[:8]}"
    user = (await call(server, "POST", "/api/admin/users", op,
                       {"username": username, "password": PASSWORD, "display_name": "Ari"},
                       expect=201))["user"]
    out = await call(server, "POST", f"/api/admin/circles/{circle['id']}/facilitators", op,
                     {"username": username})
    assert out["role"] == "facilitator"
    inv = await call(server, "POST", f"/api/admin/circles/{circle['id']}/invites", op,
                     {"role": "member", "max_uses": 3}, expect=201)
    assert inv["url"] == f"{server.url}/join/{inv['code']}"
    ret = await call(server, "PUT", f"/api/admin/circles/{circle['id']}/retention", op,
                     {"days": 14})
    assert ret["circle"]["retention_days"] == 14
    export = await call(server, "GET", f"/api/admin/users/{username}/export", op)
    assert export["user"]["id"] == user["id"] and export["memberships"][0]["role"] == "facilitator"
    gone = await call(server, "DELETE", f"/api/admin/users/{username}", op)
    assert gone["user"] == user["id"] and gone["circles_left"] == [circle["id"]]
    actions = {a["action"] async for a in db.audit.find({"actor": opid})}
    assert {"create_circle", "create_user", "make_facilitator", "create_invite", "set_retention",
            "export_user", "delete_user"} <= actions


ADMIN_ENDPOINTS = [
    ("GET", "/api/admin/circles", None),
    ("POST", "/api/admin/circles", {"name": "x"}),
    ("POST", "/api/admin/users", {"username": "sneaky", "password": PASSWORD}),
    ("POST", "/api/admin/circles/{id}/facilitators", {"username": "x"}),
    ("POST", "/api/admin/circles/{id}/invites", {}),
    ("GET", "/api/admin/users/{username}/export", None),
    ("DELETE", "/api/admin/users/{username}", None),
    ("PUT", "/api/admin/circles/{id}/retention", {"days": 1}),
]


@pytest.mark.parametrize(("method", "path", "body"), ADMIN_ENDPOINTS)
async def test_admin_api_refuses_members_and_strangers(server: Hearth, method: str, path: str,
                                                       body: Any) -> None:
    """A member gets 403 FORBIDDEN and someone signed out 401, and nothing changes."""
    c = await Circle.make(server, members=1)
    member = c.members[0]
    url = path.format(id=c.id, username=member["user"]["username"])
    for token, status in ((member["token"], 403), (c.facilitator["token"], 403), (None, 401)):
        with pytest.raises(ApiError) as e:
            await call(server, method, url, token, body)
        assert e.value.status == status, e.value.body
    await call(server, "GET", "/api/me", member["token"])


# members' own data


async def test_member_exports_their_own_data(server: Hearth, db: Any) -> None:
    """GET /api/me/export has the same shape as the operator's export, for themselves only."""
    _, me, words = await person_with_traces(server, db)
    data = await call(server, "GET", "/api/me/export", me["token"])
    assert data["user"]["id"] == me["user"]["id"] and "password_hash" not in data["user"]
    assert {words[0], words[1], words[2]} <= {m["text"] for m in data["messages"]}
    assert set(data) == {"exported_at", "user", "memberships", "messages", "reactions",
                         "sessions", "audit"}


async def test_wrong_password_deletes_nothing(server: Hearth, db: Any) -> None:
    """DELETE /api/me with a wrong (or no) password is refused and changes nothing."""
    _, me, _ = await person_with_traces(server, db)
    before = await everything(db)
    with pytest.raises(ApiError) as e:
        await call(server, "DELETE", "/api/me", me["token"], {"password": "not-my-password"})
    assert e.value.status == 403 and e.value.code == "BAD_PASSWORD"
    with pytest.raises(ApiError) as e:
        await call(server, "DELETE", "/api/me", me["token"], {})
    assert e.value.status == 400
    assert await everything(db) == before
    await call(server, "GET", "/api/me", me["token"])


async def test_member_deletes_their_own_account(server: Hearth, db: Any) -> None:
    """DELETE /api/me with the password: 204, the cookie cleared, nothing of theirs left."""
    c, me, words = await person_with_traces(server, db)
    watcher = await WS.open(server, c.members[0]["token"])
    await watcher.join(c.id)
    mine = await WS.open(server, me["token"])
    async with (aiohttp.ClientSession() as s,
                s.delete(server.url + "/api/me", json={"password": PASSWORD},
                         headers={"Authorization": f"Bearer {me['token']}"}) as r):
        assert r.status == 204
        assert 'hearth_session=""' in r.headers["Set-Cookie"]
    deleted = await watcher.expect(lambda f: f.get("type") == "deleted")
    assert deleted["by"] == "account_deleted"
    ended = await mine.expect(lambda f: f.get("code") == "SESSION_ENDED")
    assert ended["close"] is True
    await watcher.close()
    no_trace(await everything(db), me, words)
    with pytest.raises(ApiError) as e:
        await call(server, "GET", "/api/me", me["token"])
    assert e.value.status == 401
    assert await db.audit.count_documents({"action": "delete_account",
                                           "actor": me["user"]["id"]}) == 1


async def test_cookie_deletion_from_another_site_is_refused(server: Hearth) -> None:
    """A cookie-borne DELETE /api/me from a foreign Origin is refused (BAD_ORIGIN)."""
    c = await Circle.make(server, members=1)
    member = c.members[0]
    headers = {"Cookie": f"hearth_session={member['token']}", "Origin": "https://evil.example"}
    with pytest.raises(ApiError) as e:
        await call(server, "DELETE", "/api/me", json={"password": PASSWORD}, headers=headers)
    assert e.value.status == 403 and e.value.code == "BAD_ORIGIN"
    await call(server, "GET", "/api/me", member["token"])


async def test_the_last_operator_cannot_be_deleted(mongo_url: str) -> None:
    """Deleting the only operator account is refused with LAST_OPERATOR, by API and CLI."""
    with hearth(mongo_url) as h:
        op = await operator_token(h)
        with pytest.raises(ApiError) as e:
            await call(h, "DELETE", "/api/admin/users/operator", op)
        assert e.value.status == 409 and e.value.code == "LAST_OPERATOR"
        done = await cli("delete-user", "operator", "--yes", server=h)
        assert done.returncode == 1 and "only operator" in done.stderr
        await call(h, "GET", "/api/me", op)


async def test_member_shortens_their_own_retention(server: Hearth, db: Any) -> None:
    """PUT /api/me/retention stores the days and brings forward their messages' expiry only."""
    c = await Circle.make(server, members=2)
    me, other = c.members
    for m in (me, other):
        ws = await WS.open(server, m["token"])
        await ws.join(c.id)
        await ws.say(c.id, "something")
        await ws.close()
    out = await call(server, "PUT", "/api/me/retention", me["token"], {"days": 2})
    assert out == {"retention_days": 2, "messages": 1}
    assert (await db.users.find_one({"_id": me["user"]["id"]}))["retention_days"] == 2
    mine = await db.messages.find_one({"author": me["user"]["id"]})
    theirs = await db.messages.find_one({"author": other["user"]["id"]})
    assert abs(mine["expire_at"] - mine["ts"] - timedelta(days=2)) < timedelta(seconds=1)
    assert theirs["expire_at"] - theirs["ts"] > timedelta(days=80)
    await call(server, "PUT", "/api/me/retention", me["token"], {"days": 30})
    mine = await db.messages.find_one({"author": me["user"]["id"]})
    assert mine["expire_at"] - mine["ts"] < timedelta(days=3)  # sooner only, never later
    assert (await call(server, "PUT", "/api/me/retention", me["token"],
                       {"days": None}))["retention_days"] is None
    for bad in (0, 366, "7"):
        with pytest.raises(ApiError) as e:
            await call(server, "PUT", "/api/me/retention", me["token"], {"days": bad})
        assert e.value.status == 400


# retention indexes


async def test_ttl_indexes_follow_the_configuration(mongo_url: str) -> None:
    """TTL indexes: messages on expire_at, audit and alerts on ts after the configured days."""
    cfg = config_for_tests(retention={"audit_days": 30, "alerts_days": 20})
    with hearth(mongo_url, config=cfg) as h:
        done = await cli("list-circles", server=h)
        assert done.returncode == 0, done.stderr
        client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(mongo_url)
        db = client[h.database]
        try:
            def ttl(info: dict[str, Any], key: str) -> int | None:
                found = [i.get("expireAfterSeconds") for i in info.values()
                         if list(i["key"]) == [(key, 1)]]
                return found[0] if found else None

            assert ttl(await db.messages.index_information(), "expire_at") == 0
            assert ttl(await db.audit.index_information(), "ts") == 30 * 86400
            assert ttl(await db.alerts.index_information(), "ts") == 20 * 86400
        finally:
            await client.close()
