"""The Python client and the terminal chat against a real server."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from server.client import HearthClient
from tests.support.api import PASSWORD, Circle
from tests.support.servers import ROOT, Hearth, config_for_tests, hearth


@pytest.fixture
def own_server(mongo_url: str) -> Iterator[Hearth]:
    h = Hearth(mongo_url)
    h.start()
    yield h
    h.cleanup()


async def test_client_resumes_across_a_server_restart(own_server: Hearth) -> None:
    """Sends made while the server restarts are stored once each; the reader sees all in order."""
    c = await Circle.make(own_server, members=2)
    writer = HearthClient(own_server.url, c.members[0]["token"], auto_reconnect=True)
    reader = HearthClient(own_server.url, c.members[1]["token"], auto_reconnect=True)
    await writer.connect()
    await reader.connect()
    await writer.join(c.id)
    await reader.join(c.id)
    acks = [await writer.send(c.id, f"before {i}") for i in range(5)]
    own_server.stop()

    async def restart() -> None:
        await asyncio.sleep(0.5)
        await asyncio.to_thread(own_server.start)

    restarting = asyncio.create_task(restart())
    during = await asyncio.wait_for(
        asyncio.gather(*(writer.send(c.id, f"during {i}") for i in range(3))), 60)
    await restarting
    acks += list(during)
    acks.append(await writer.send(c.id, "after"))
    assert [a["seq"] for a in acks] == list(range(1, 10))
    seen: list[dict] = []

    async def read() -> None:
        async for ev in reader.events():
            if ev.get("type") == "message":
                seen.append(ev)
                if len(seen) == 9:
                    return

    await asyncio.wait_for(read(), 60)
    assert [m["seq"] for m in seen] == list(range(1, 10))
    await writer.close()
    await reader.close()


def test_terminal_chat_sends_and_shows_messages(server: Hearth) -> None:
    """Two people chat through `python -m server.chat` with piped input."""
    c = asyncio.run(Circle.make(server, members=2))
    env = {**os.environ, "HEARTH_PASSWORD": PASSWORD}

    def chat(member: dict, lines: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "server.chat", "--url", server.url,
             "--username", member["user"]["username"], "--circle", c.id],
            input=lines, capture_output=True, text=True, timeout=60, cwd=ROOT, env=env)

    first = chat(c.members[0], "hello from the terminal\n")
    assert first.returncode == 0, first.stderr
    second = chat(c.members[1], "hi back\n")
    assert second.returncode == 0, second.stderr
    assert "Member A: hello from the terminal" in second.stdout
    assert "Member B: hi back" in second.stdout


def test_terminal_chat_explains_a_redaction_once(mongo_url: str) -> None:
    """A member who shares a phone number sees it removed and is told why, once."""
    with hearth(mongo_url, config=config_for_tests(full_moderation=True)) as server:
        _redaction_explained_once(server)


def _redaction_explained_once(server: Hearth) -> None:
    c = asyncio.run(Circle.make(server, members=1))
    env = {**os.environ, "HEARTH_PASSWORD": PASSWORD}
    out = subprocess.run(
        [sys.executable, "-m", "server.chat", "--url", server.url,
         "--username", c.members[0]["user"]["username"], "--circle", c.id],
        input="call me on 07700 900789 if you want to talk\n", capture_output=True, text=True,
        timeout=60, cwd=ROOT, env=env)
    assert out.returncode == 0, out.stderr
    assert "[phone number removed]" in out.stdout and "07700" not in out.stdout
    assert out.stdout.count("We removed some details that could identify someone") == 1
