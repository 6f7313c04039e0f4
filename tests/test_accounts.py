"""Accounts, sessions, invites and who may do what over HTTP."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from tests.support.api import PASSWORD, WS, ApiError, Circle, call, invite, operator_token, register
from tests.support.servers import Hearth


async def test_register_login_me_logout(server: Hearth) -> None:
    """A member registers with an invite, signs in, sees their circle, signs out."""
    c = await Circle.make(server, members=1)
    m = c.members[0]
    assert len(m["token"]) >= 22 and m["user"]["role"] == "member"
    again = await call(server, "POST", "/api/login",
                       json={"username": m["user"]["username"], "password": PASSWORD})
    assert again["token"] != m["token"]
    me = await call(server, "GET", "/api/me", again["token"])
    assert me["circles"] == [{"id": c.id, "name": "Tuesday circle", "role": "member"}]
    await call(server, "POST", "/api/logout", again["token"], expect=204)
    with pytest.raises(ApiError) as e:
        await call(server, "GET", "/api/me", again["token"])
    assert e.value.status == 401 and e.value.code == "UNAUTHORIZED"
    # The other session is untouched.
    await call(server, "GET", "/api/me", m["token"])


async def test_login_sets_a_strict_httponly_cookie(server: Hearth) -> None:
    """The session cookie is HttpOnly and SameSite=Strict; the cookie alone authenticates."""
    c = await Circle.make(server, members=1)
    # unsafe=True: the jar keeps cookies for an IP address host such as 127.0.0.1.
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as s:
        async with s.post(server.url + "/api/login", json={
                "username": c.members[0]["user"]["username"], "password": PASSWORD}) as r:
            header = r.headers["Set-Cookie"]
        assert "HttpOnly" in header and "SameSite=Strict" in header and "hearth_session=" in header
        async with s.get(server.url + "/api/me") as r:
            assert r.status == 200


async def test_wrong_password_and_unknown_user_look_the_same(server: Hearth) -> None:
    """No user enumeration: both answers are identical."""
    c = await Circle.make(server, members=1)
    answers = []
    for username in (c.members[0]["user"]["username"], "nobody-by-this-name"):
        with pytest.raises(ApiError) as e:
            await call(server, "POST", "/api/login", json={"username": username,
                                                          "password": "wrong-password-here"})
        answers.append((e.value.status, e.value.body))
    assert answers[0] == answers[1] and answers[0][0] == 401


async def test_passwords_are_stored_as_argon2id(server: Hearth, mongo_url: str) -> None:
    """The users collection holds argon2id hashes, never the password."""
    from pymongo import AsyncMongoClient

    c = await Circle.make(server, members=1)
    client: AsyncMongoClient = AsyncMongoClient(mongo_url)
    doc = await client[server.database].users.find_one({"_id": c.members[0]["user"]["id"]})
    sessions = await client[server.database].sessions.find({}).to_list(None)
    await client.close()
    assert doc["password_hash"].startswith("$argon2id$") and PASSWORD not in str(doc)
    assert all(c.members[0]["token"] not in str(s) for s in sessions)


async def test_invites_expire_and_run_out(server: Hearth) -> None:
    """An exhausted invite and an unknown one get clear, coded errors."""
    op = await operator_token(server)
    c = await Circle.make(server, members=0)
    code = await invite(server, op, c.id, max_uses=1)
    await register(server, code)
    with pytest.raises(ApiError) as e:
        await register(server, code)
    assert e.value.status == 409 and e.value.code == "INVITE_EXHAUSTED"
    with pytest.raises(ApiError) as e:
        await register(server, "NOSUCHCODE12")
    assert e.value.status == 404 and e.value.code == "INVITE_NOT_FOUND"
    info = await call(server, "GET", f"/api/invites/{await invite(server, op, c.id)}")
    assert info["circle"]["id"] == c.id and info["circle"]["agreement"]


async def test_facilitator_invite_gives_the_facilitator_role(server: Hearth) -> None:
    c = await Circle.make(server, members=0)
    me = await call(server, "GET", "/api/me", c.facilitator["token"])
    assert me["circles"][0]["role"] == "facilitator"


async def test_capacity_is_enforced(server: Hearth) -> None:
    """A full circle refuses another member."""
    op = await operator_token(server)
    c = await Circle.make(server, members=1, capacity=2)  # facilitator + one member
    body = {"invite_code": await invite(server, op, c.id), "username": "late-comer",
            "password": PASSWORD, "display_name": "Late"}
    with pytest.raises(ApiError) as e:
        await call(server, "POST", "/api/register", json=body)
    assert e.value.code == "CIRCLE_FULL"
    # the refused registration left no account behind: the name is still free
    roomy = await Circle.make(server, members=0)
    body["invite_code"] = await invite(server, op, roomy.id)
    await call(server, "POST", "/api/register", json=body, expect=201)


async def test_roles_are_checked(server: Hearth) -> None:
    """Members cannot create circles or invites; non-members cannot read a circle."""
    c = await Circle.make(server, members=1)
    other = await Circle.make(server, members=1)
    member = c.members[0]["token"]
    for method, path, body in [("POST", "/api/circles", {"name": "x"}),
                               ("POST", f"/api/circles/{c.id}/invites", {})]:
        with pytest.raises(ApiError) as e:
            await call(server, method, path, member, body)
        assert e.value.status == 403
    with pytest.raises(ApiError) as e:
        await call(server, "GET", f"/api/circles/{other.id}/messages", member)
    assert e.value.status == 403 and e.value.code == "NOT_A_MEMBER"
    with pytest.raises(ApiError) as e:
        await call(server, "GET", f"/api/circles/{c.id}/messages")
    assert e.value.status == 401
    # a facilitator may invite
    await invite(server, c.facilitator["token"], c.id)


async def test_non_member_cannot_join_read_or_send(server: Hearth) -> None:
    """Over the WebSocket, another circle's member gets NOT_A_MEMBER for everything."""
    c = await Circle.make(server, members=1)
    outsider = (await Circle.make(server, members=1)).members[0]["token"]
    ws = await WS.open(server, outsider)
    for frame in ({"type": "join", "circle": c.id, "since": 0},
                  {"type": "history", "circle": c.id},
                  {"type": "send", "circle": c.id, "text": "hi", "client_id": "z"},
                  {"type": "typing", "circle": c.id}):
        err = await ws.request(frame)
        assert err["type"] == "error" and err["code"] == "NOT_A_MEMBER", err
    page = await call(server, "GET", f"/api/circles/{c.id}/messages", c.members[0]["token"])
    assert page["messages"] == []


async def test_cookie_socket_from_another_origin_is_refused(server: Hearth) -> None:
    """Cross-site WebSocket hijacking: the cookie does not count from a foreign Origin."""
    import websockets

    c = await Circle.make(server, members=1)
    cookie = f"hearth_session={c.members[0]['token']}"
    with pytest.raises(websockets.InvalidStatus) as e:
        await websockets.connect(server.ws_url, origin="https://evil.example",  # type: ignore[arg-type]
                                 additional_headers={"Cookie": cookie})
    assert e.value.response.status_code == 403
    ws = await websockets.connect(server.ws_url, origin=server.url,  # type: ignore[arg-type]
                                  additional_headers={"Cookie": cookie})
    ready = await asyncio.wait_for(ws.recv(), 5)
    assert '"ready"' in ready
    await ws.close()


async def test_cookie_post_from_another_origin_is_refused(server: Hearth) -> None:
    """A cookie-borne state change from a foreign Origin is refused and changes nothing."""
    c = await Circle.make(server, members=0)
    headers = {"Cookie": f"hearth_session={c.facilitator['token']}", "Origin": "https://evil.example"}
    with pytest.raises(ApiError) as e:
        await call(server, "POST", f"/api/circles/{c.id}/invites", json={}, headers=headers)
    assert e.value.status == 403 and e.value.code == "BAD_ORIGIN"


async def test_login_is_rate_limited(mongo_url: str) -> None:
    """Repeated failed sign-ins answer RATE_LIMITED with a retry time."""
    from tests.support.servers import config_for_tests, hearth

    cfg = config_for_tests(auth={"attempts_per_username": 3, "attempts_per_ip": 100})
    with hearth(mongo_url, config=cfg) as h:
        codes = []
        for _ in range(5):
            try:
                await call(h, "POST", "/api/login", json={"username": "someone",
                                                          "password": "wrong-password"})
            except ApiError as e:
                codes.append((e.status, e.code, e.body["error"].get("retry_after_s")))
        assert [c[1] for c in codes[:3]] == ["BAD_CREDENTIALS"] * 3
        assert codes[3][0] == 429 and codes[3][1] == "RATE_LIMITED" and codes[3][2] > 0


async def test_weak_passwords_are_refused(server: Hearth) -> None:
    op = await operator_token(server)
    c = await Circle.make(server, members=0)
    code = await invite(server, op, c.id)
    for pw in ("short", "password123", "aaaaaaaaaaaa"):
        with pytest.raises(ApiError) as e:
            await call(server, "POST", "/api/register", json={
                "invite_code": code, "username": "newperson", "password": pw,
                "display_name": "New"})
        assert e.value.code == "WEAK_PASSWORD"
    await register(server, code)  # the invite was not used up by the refusals
