"""Terminal chat for Hearth: ``python -m server.chat --url URL --username NAME``.

Signs in, picks a circle, prints recent history and then live messages as
``[HH:MM] name: text``, and sends each line typed (or piped) on stdin. It works
with stdin piped from a file or another program, so tests and scripts can
drive it; at the end of input it waits for its own messages to come back and
exits.

Commands: ``/quit``, ``/typing``, ``/show SEQ`` (open a content-warned
message), ``/help``; start a line with ``//`` to send a line that begins
with ``/``.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
import threading
from datetime import datetime
from typing import Any, TextIO

import aiohttp

from server.client import Frame, HearthClient, HearthError

HELP = "commands: /quit  /typing  /show SEQ (open a content warning)  /help  //text sends /text"
RETRY_CODES = frozenset({"RATE_LIMITED", "SLOW_MODE"})
MAX_RETRIES = 5


def clock(ts: str | None) -> str:
    """``HH:MM`` in local time from an ISO 8601 timestamp ('--:--' if missing or odd)."""
    if not ts:
        return "--:--"
    try:
        return datetime.fromisoformat(ts).astimezone().strftime("%H:%M")
    except ValueError:
        return "--:--"


def format_message(msg: Frame, *, reveal: bool = False) -> str:
    """One line for a ``message`` (or history entry, or ``held``) in the circle."""
    author = msg.get("author")
    name = author.get("display_name", "?") if isinstance(author, dict) else str(author or "?")
    head = f"[{clock(msg.get('ts'))}] {name}: "
    if msg.get("deleted"):
        by = " by a facilitator" if msg.get("deleted_by") == "facilitator" else ""
        return head + f"[message deleted{by}]"
    text = str(msg.get("text", ""))
    if msg.get("cw") and not reveal:
        text = f"[CW: {msg['cw']}] (hidden; type /show {msg.get('seq')} to read)"
    elif msg.get("cw"):
        text = f"[CW: {msg['cw']}] {text}"
    if msg.get("reply_to") is not None:
        text = f"(reply to #{msg['reply_to']}) {text}"
    marks = []
    if msg.get("redacted"):
        marks.append("some words removed by moderation")
    if msg.get("edited_at"):
        marks.append("edited")
    if msg.get("type") == "held":
        marks.append("held for a facilitator's review")
    reactions = msg.get("reactions")
    if isinstance(reactions, dict) and reactions:
        marks.append(
            " ".join(f"{emoji} {len(users)}" for emoji, users in reactions.items() if users)
        )
    return head + text + "".join(f" ({m})" for m in marks if m)


def format_notice(notice: Frame) -> list[str]:
    """Lines for a private ``notice``; crisis resources are framed so they stand out."""
    kind = notice.get("kind", "info")
    lines = [str(notice.get("text", ""))]
    if notice.get("reason"):
        lines.append(f"Reason: {notice['reason']}")
    for resource in notice.get("resources") or []:
        if isinstance(resource, dict):
            parts = [str(v) for v in resource.values() if isinstance(v, str | int) and v != ""]
            lines.append("  - " + " | ".join(parts))
        else:
            lines.append(f"  - {resource}")
    if kind == "crisis":
        bar = "=" * 60
        return (
            [bar, "  YOU ARE NOT ALONE: SUPPORT IS AVAILABLE RIGHT NOW"]
            + ["  " + line for line in lines]
            + [bar]
        )
    return [f"* note ({kind}): {lines[0]}", *lines[1:]]


class Chat:
    """The terminal session: what has been shown, and how each event prints."""

    def __init__(self, client: HearthClient, circle: str, out: TextIO = sys.stdout) -> None:
        self.client = client
        self.circle = circle
        self.out = out
        self.messages: dict[int, Frame] = {}
        self.names: dict[str, str] = {}

    def say(self, *lines: str) -> None:
        for line in lines:
            print(line, file=self.out, flush=True)

    def show_message(self, msg: Frame) -> None:
        if isinstance(msg.get("seq"), int):
            self.messages[msg["seq"]] = msg
        author = msg.get("author")
        if isinstance(author, dict) and "id" in author:
            self.names[author["id"]] = author.get("display_name", "?")
        self.say(format_message(msg))

    def name_of(self, user_id: Any) -> str:
        return self.names.get(str(user_id), "someone")

    def on_event(self, ev: Frame) -> bool:
        """Print one server event; False when the session is over (removed)."""
        kind = ev.get("type")
        if ev.get("circle") not in (None, self.circle):
            return True
        if kind in ("message", "held"):
            self.show_message(ev)
        elif kind in ("edited", "deleted") and isinstance(ev.get("seq"), int):
            msg = self.messages.get(ev["seq"], {"seq": ev["seq"], "author": "?"})
            if kind == "edited":
                msg = msg | {"text": ev.get("text", ""), "edited_at": ev.get("edited_at")}
            else:
                msg = msg | {"deleted": True, "deleted_by": ev.get("deleted_by")}
            self.show_message(msg)
        elif kind == "reaction" and ev.get("on"):
            self.say(
                f"* {self.name_of(ev.get('user'))} reacted {ev.get('emoji')} to #{ev.get('seq')}"
            )
        elif kind == "notice":
            self.say(*format_notice(ev))
        elif kind == "alert":
            self.say(f"! ALERT ({ev.get('severity')}, {ev.get('kind')}): {ev.get('reason', '')}")
        elif kind == "circle_update":
            if "open" in ev:
                self.say("* the session is " + ("open" if ev["open"] else "closed"))
            if ev.get("slow_mode_s") is not None:
                self.say(f"* slow mode: {ev['slow_mode_s']} s between messages")
        elif kind == "joined":
            self.learn_members(ev)
            self.say("* reconnected")
        elif kind == "removed":
            self.say("* you are no longer in this circle")
            return False
        elif kind == "error":
            self.say(f"! {ev.get('code')}: {ev.get('message', '')}")
        return True

    def learn_members(self, joined: Frame) -> None:
        for member in joined.get("members") or []:
            self.names[str(member.get("id"))] = str(member.get("display_name", "?"))

    async def send(self, text: str) -> int:
        """Send one line; retries rate limits with the same client_id. Returns the seq or 0."""
        client_id = None
        for _ in range(MAX_RETRIES):
            try:
                ack = await self.client.send(self.circle, text, client_id=client_id)
            except HearthError as exc:
                client_id = exc.frame.get("client_id") or client_id
                if exc.code in RETRY_CODES and exc.retry_after_s is not None and client_id:
                    await asyncio.sleep(exc.retry_after_s)
                    continue
                self.say(f"! not sent: {exc.code}: {exc.message}")
                return 0
            status = ack.get("status")
            if status != "delivered":
                words = {
                    "held": "held for a facilitator's review",
                    "blocked": "not delivered",
                    "redacted": "delivered with some words removed",
                }
                self.say(f"* your message was {words.get(str(status), status)}")
            # The reason arrives as a private notice frame, shown in full by handle();
            # the ack's short copy of it is for clients that show no notices.
            return int(ack.get("seq") or 0)
        self.say("! not sent: still rate limited, try again in a moment")
        return 0


def stdin_lines(loop: asyncio.AbstractEventLoop) -> asyncio.Queue[str | None]:
    """Lines of stdin on a queue (None at the end), read by a daemon thread.

    A thread works for terminals, pipes and plain files alike and never keeps
    the process alive at exit.
    """
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def pump() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(queue.put_nowait, line.rstrip("\r\n"))
        loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=pump, name="hearth-chat-stdin", daemon=True).start()
    return queue


def read_password(args: argparse.Namespace) -> str:
    if args.password_file:
        with open(args.password_file, encoding="utf-8") as f:
            return f.readline().rstrip("\r\n")
    return os.environ.get("HEARTH_PASSWORD") or getpass.getpass(f"password for {args.username}: ")


def pick_circle(circles: list[Frame], wanted: str | None) -> Frame:
    """The circle named by ``--circle`` (id or name), the only one, or one the user picks."""
    if wanted:
        for c in circles:
            if wanted in (c.get("id"), c.get("name")):
                return c
        raise SystemExit(f"you are not in a circle called {wanted!r}")
    if not circles:
        raise SystemExit("you are not in any circle yet; ask your facilitator for an invite")
    if len(circles) == 1:
        return circles[0]
    for i, c in enumerate(circles, 1):
        print(f"{i}. {c.get('name')} ({c.get('role')})", flush=True)
    answer = input("circle number: ").strip()
    if not answer.isdigit() or not 1 <= int(answer) <= len(circles):
        raise SystemExit("no circle chosen")
    return circles[int(answer) - 1]


async def run(args: argparse.Namespace) -> int:
    client = HearthClient(args.url, auto_reconnect=True)
    try:
        try:
            await client.login(args.username, read_password(args))
            me = await client.api("GET", "/api/me")
        except HearthError as exc:
            print(f"sign-in failed: {exc.message or exc.code}", file=sys.stderr)
            return 1
        except (aiohttp.ClientError, OSError) as exc:
            print(f"cannot reach {args.url}: {exc}", file=sys.stderr)
            return 1
        circle = pick_circle(list(me.get("circles") or []), args.circle)
        cid = str(circle["id"])
        chat = Chat(client, cid)
        page = await client.api("GET", f"/api/circles/{cid}/messages?limit={max(1, args.history)}")
        history = list(page.get("messages") or [])
        for msg in history:
            if isinstance(msg.get("seq"), int):
                client.seqs.observe(cid, msg["seq"])
        await client.connect()
        joined = await client.join(cid)
        chat.learn_members(joined)
        chat.say(
            f"* {circle.get('name')} (your role: {joined.get('role') or circle.get('role')}). {HELP}"
        )
        for msg in history[len(history) - args.history :] if args.history else ():
            chat.show_message(msg)

        async def print_events() -> None:
            async for ev in client.events():
                if not chat.on_event(ev):
                    return

        printer = asyncio.create_task(print_events())
        lines = stdin_lines(asyncio.get_running_loop())
        last_sent = 0
        while not printer.done():
            getter = asyncio.ensure_future(lines.get())
            await asyncio.wait({getter, printer}, return_when=asyncio.FIRST_COMPLETED)
            if not getter.done():
                getter.cancel()
                break
            line = getter.result()
            if line is None or line.strip() == "/quit":
                break
            if not line.strip():
                continue
            if line.startswith("//"):
                last_sent = await chat.send(line[1:]) or last_sent
            elif line.startswith("/typing"):
                await client.typing(cid)
            elif line.startswith("/show"):
                seq = line.removeprefix("/show").strip()
                msg = chat.messages.get(int(seq)) if seq.isdigit() else None
                chat.say(format_message(msg, reveal=True) if msg else "* no such message")
            elif line.startswith("/"):
                chat.say(HELP)
            else:
                last_sent = await chat.send(line) or last_sent
        # let our own last message come back before leaving, so the transcript is whole
        for _ in range(40):
            if printer.done() or client.last_seq.get(cid, 0) >= last_sent:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.05)
        return 0
    except HearthError as exc:
        print(f"! {exc.code}: {exc.message}", file=sys.stderr)
        return 1
    finally:
        await client.close()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="hearth-chat", description="Chat in a Hearth circle.")
    p.add_argument("--url", default="http://127.0.0.1:8080", help="the server's base URL")
    p.add_argument("--username", required=True)
    p.add_argument("--password-file", help="read the password from this file's first line")
    p.add_argument("--circle", help="circle id or name (default: your only circle, or ask)")
    p.add_argument("--history", type=int, default=50, help="recent messages to show (max 200)")
    args = p.parse_args(argv)
    args.history = max(0, min(args.history, 200))
    return args


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``hearth-chat`` and ``python -m server.chat``."""
    args = parse_args(argv)
    try:
        return asyncio.run(run(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
