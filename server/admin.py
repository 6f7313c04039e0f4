"""Operator tasks, shared by ``hearth-admin`` (``python -m server.admin``) and ``/api/admin``.

The operations at the top take a ``Store`` and do one task each, with the
same checks and the same audit entry whoever asks; the command line at the
bottom finds the database (``mongo.url``, a running server's embedded
database, or an embedded database started for the one command) and prints.

    hearth-admin [--config PATH] [--json] COMMAND ...

Exit codes: 0 done, 1 the task failed (the message says why), 2 a usage or
configuration mistake.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import json
import os
import sys
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
from pymongo.errors import PyMongoError

from . import logs
from .config import Config, load_config
from .embedded import EmbeddedMongo
from .errors import BadRequest, ConfigError, Conflict, HearthError, NotFound, Unprocessable
from .moderation_seam import CONTROL
from .passwords import Passwords, check_new_password, check_username, hasher
from .storage import Store, connect
from .storage.accounts import Accounts
from .storage.circles import public_circle
from .storage.db import guard
from .storage.messages import iso
from .storage.users import now, public_user

CLI_ACTOR = "cli:operator"
INVITE_ROLES = ("member", "facilitator")
CAPACITY = (2, 100)
CIRCLE_RETENTION = (1, 3650)
OWN_RETENTION = (1, 365)
MAX_USES = (1, 1000)
EXPIRES_IN_S = (60, 90 * 24 * 3600)
ACTIVITY_DAYS = 7


class Notifier:
    """Tells running servers what changed, so live connections follow. Does nothing here."""

    def circle_changed(self, doc: dict[str, Any]) -> None:
        return None

    def member_changed(self, circle: str, user: str, doc: dict[str, Any] | None) -> None:
        return None

    def account_ended(self, user: str) -> None:
        return None

    def message_deleted(self, circle: str, seq: int) -> None:
        return None


ENDED_FRAME = {"type": "error", "code": "SESSION_ENDED", "close": True,
               "message": "This account has been deleted."}


def deleted_frame(circle: str, seq: int) -> dict[str, Any]:
    return {"type": "deleted", "circle": circle, "seq": seq, "by": "account_deleted"}


# checks


def _within(name: str, value: int, bounds: tuple[int, int]) -> int:
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise BadRequest(f"'{name}' must be a whole number between {low} and {high}.", "INVALID")
    return value


def _clean_name(value: str, max_len: int, what: str) -> str:
    name = " ".join(CONTROL.sub("", value).split())
    if not 1 <= len(name) <= max_len:
        raise Unprocessable(f"Please choose {what} of 1 to {max_len} characters.", "INVALID_NAME")
    return name


async def find_circle(store: Store, ref: str) -> dict[str, Any]:
    """A circle by its id or, for people at a terminal, by its exact name."""
    doc = await store.circles.get(ref) if ref else None
    if doc is not None:
        return doc
    with guard():
        named = await store.circles.circles.find({"name": ref}).to_list(3)
    if len(named) == 1:
        return named[0]
    if named:
        raise Conflict(f"More than one circle is called {ref!r}: please use its id "
                       "(list-circles shows them).", "AMBIGUOUS_CIRCLE")
    raise NotFound("There is no such circle.", "CIRCLE_NOT_FOUND")


async def find_user(store: Store, username: str) -> dict[str, Any]:
    user = await store.users.by_username(username) if username else None
    if user is None:
        raise NotFound("There is no account with that username.", "USER_NOT_FOUND")
    return user


# operations


async def create_circle(store: Store, cfg: Config, actor: str, name: str, description: str = "",
                        capacity: int | None = None,
                        retention_days: int | None = None) -> dict[str, Any]:
    name = _clean_name(name, 100, "a circle name")
    if len(description) > 2000:
        raise BadRequest("The description can be at most 2000 characters.", "INVALID")
    capacity = _within("capacity", cfg.circles.default_capacity if capacity is None
                       else capacity, CAPACITY)
    retention = _within("retention_days", cfg.circles.retention_days if retention_days is None
                        else retention_days, CIRCLE_RETENTION)
    doc = await store.circles.create(name, description, capacity, cfg.circles.default_agreement,
                                     retention, actor)
    await store.audit.record(doc["_id"], actor, "create_circle", target=doc["_id"])
    return public_circle(doc)


async def list_circles(store: Store) -> list[dict[str, Any]]:
    """Each circle with its member count, recent messages and unresolved alerts."""
    since = now() - timedelta(days=ACTIVITY_DAYS)
    out = []
    for c in await store.circles.all():
        with guard():
            members = await store.circles.members.count_documents(
                {"circle": c["_id"], "state": "member"})
            recent = await store.messages.coll.count_documents(
                {"circle": c["_id"], "seq": {"$gt": 0}, "ts": {"$gte": since}})
            alerts = await store.alerts.coll.count_documents(
                {"circle": c["_id"], "status": {"$in": ["open", "acknowledged"]}})
        out.append({"id": c["_id"], "name": c["name"], "members": members,
                    "messages_7d": recent, "open_alerts": alerts,
                    "capacity": c.get("capacity"), "retention_days": c.get("retention_days")})
    return out


async def create_user(store: Store, cfg: Config, actor: str, passwords: Passwords,
                      username: str, password: str, display_name: str | None = None,
                      operator: bool = False) -> dict[str, Any]:
    check_username(username)
    name = _clean_name(display_name or username, cfg.limits.display_name_chars, "a name")
    check_new_password(password, username, cfg.auth.min_password_length)
    role = "operator" if operator else "member"
    user = await store.users.create(username, await passwords.hash(password), name, role)
    await store.audit.record(None, actor, "create_user", target=user["_id"], role=role)
    return public_user(user)


async def make_facilitator(store: Store, actor: str, circle_ref: str, username: str,
                           notify: Notifier) -> dict[str, Any]:
    """Add the person to the circle as a facilitator, or promote them if already a member."""
    circle = await find_circle(store, circle_ref)
    user = await find_user(store, username)
    existing = await store.circles.membership(circle["_id"], user["_id"])
    if existing is not None and existing.get("state") == "banned":
        raise Conflict("That person is banned from this circle, so they can't facilitate it.",
                       "BANNED")
    doc = await store.circles.add_member(circle, user, "facilitator")
    notify.member_changed(circle["_id"], user["_id"], doc)
    await store.audit.record(circle["_id"], actor, "make_facilitator", target=user["_id"])
    return {"circle": {"id": circle["_id"], "name": circle["name"]}, "user": public_user(user),
            "role": doc.get("role")}


async def create_invite(store: Store, cfg: Config, actor: str, circle_ref: str,
                        role: str = "member", max_uses: int = 1,
                        expires_in_s: int = 7 * 24 * 3600) -> dict[str, Any]:
    circle = await find_circle(store, circle_ref)
    if role not in INVITE_ROLES:
        raise BadRequest("'role' must be member or facilitator.", "INVALID")
    _within("max_uses", max_uses, MAX_USES)
    _within("expires_in_s", expires_in_s, EXPIRES_IN_S)
    doc = await store.circles.create_invite(circle["_id"], role, max_uses, expires_in_s, actor)
    await store.audit.record(circle["_id"], actor, "create_invite", role=role,
                             max_uses=max_uses, expires_in_s=expires_in_s)
    return {"code": doc["_id"], "url": f"{cfg.origin}/join/{doc['_id']}", "role": role,
            "max_uses": max_uses, "expires_at": iso(doc["expires_at"]),
            "circle": {"id": circle["_id"], "name": circle["name"]}}


async def export_account(store: Store, actor: str, user: dict[str, Any]) -> dict[str, Any]:
    """Everything stored about one person, the same for them and for an operator."""
    data = await Accounts(store.database).export(user)
    action = "export_account" if actor == user["_id"] else "export_user"
    await store.audit.record(None, actor, action, target=user["_id"])
    return data


async def export_user(store: Store, actor: str, username: str) -> dict[str, Any]:
    return await export_account(store, actor, await find_user(store, username))


async def erase_account(store: Store, actor: str, user: dict[str, Any],
                        notify: Notifier) -> dict[str, Any]:
    """Erase a person's words and names everywhere; what stays is their opaque id."""
    if user.get("role") == "operator":
        with guard():
            operators = await store.users.coll.count_documents(
                {"role": "operator", "deleted": {"$ne": True}})
        if operators <= 1:
            raise Conflict("This is the only operator account. Create another operator "
                           "before deleting it.", "LAST_OPERATOR")
    notify.account_ended(user["_id"])
    result = await Accounts(store.database).erase(user)
    for circle in result["ended"]:
        notify.member_changed(circle, user["_id"], None)
    for m in result["visible"]:
        notify.message_deleted(m["circle"], m["seq"])
    summary = {"user": result["user"], "messages": result["messages"],
               "sessions": result["sessions"], "reactions": result["reactions"],
               "alerts": result["alerts"], "audit": result["audit"],
               "circles_left": result["ended"]}
    action = "delete_account" if actor == user["_id"] else "delete_user"
    await store.audit.record(None, actor, action, target=user["_id"],
                             messages=result["messages"], sessions=result["sessions"])
    return summary


async def delete_user(store: Store, actor: str, username: str,
                      notify: Notifier) -> dict[str, Any]:
    return await erase_account(store, actor, await find_user(store, username), notify)


async def set_retention(store: Store, actor: str, circle_ref: str, days: int,
                        notify: Notifier) -> dict[str, Any]:
    """A circle's messages now expire ``days`` after they were sent, the old ones too."""
    circle = await find_circle(store, circle_ref)
    _within("days", days, CIRCLE_RETENTION)
    doc = await store.circles.update(circle["_id"], {"retention_days": days})
    if doc is None:
        raise NotFound("There is no such circle.", "CIRCLE_NOT_FOUND")
    notify.circle_changed(doc)
    changed = await Accounts(store.database).set_circle_retention(circle["_id"], days)
    await store.audit.record(circle["_id"], actor, "set_retention", target=circle["_id"],
                             days=days, messages=changed)
    return {"circle": public_circle(doc), "messages": changed}


async def set_own_retention(store: Store, user: dict[str, Any], days: int | None,
                            ) -> dict[str, Any]:
    """A member's own messages expire sooner: new ones, and those already written."""
    if days is not None:
        _within("days", days, OWN_RETENTION)
    changed = await Accounts(store.database).set_user_retention(user["_id"], days)
    await store.audit.record(None, user["_id"], "set_own_retention", target=user["_id"],
                             days=days)
    return {"retention_days": days, "messages": changed}


# the command line


class RedisNotifier(Notifier):
    """Publishes the changes on the servers' Redis bus, so running processes follow."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []

    def circle_changed(self, doc: dict[str, Any]) -> None:
        self.events.append({"kind": "circle", "circle": doc["_id"]})

    def member_changed(self, circle: str, user: str, doc: dict[str, Any] | None) -> None:
        self.events.append({"kind": "member", "circle": circle, "user": user})

    def account_ended(self, user: str) -> None:
        self.events.append({"kind": "user", "user": user, "frame": ENDED_FRAME, "session": None})

    def message_deleted(self, circle: str, seq: int) -> None:
        self.events.append({"kind": "frame", "circle": circle, "frame": deleted_frame(circle, seq),
                            "audience": "all", "user": None, "exclude": None})

    async def flush(self, url: str) -> None:
        if not self.events:
            return
        import redis.asyncio as aioredis
        from redis.exceptions import RedisError

        from .bus import CHANNEL

        origin = f"cli-{uuid.uuid4().hex[:8]}"
        client = aioredis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        try:
            async with client.pipeline(transaction=False) as pipe:
                for event in self.events:
                    pipe.publish(CHANNEL, orjson.dumps({**event, "origin": origin}))
                await pipe.execute()
        except (RedisError, OSError) as e:
            say(f"note: running servers were not told ({type(e).__name__}); they catch up "
                "when members reconnect.", err=True)
        finally:
            await client.aclose()


class Usage(Exception):
    """A mistake in how the command was called (exit code 2)."""


def say(text: str, err: bool = False) -> None:
    print(text, file=sys.stderr if err else sys.stdout, flush=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running_embedded(data_dir: str) -> int | None:
    """The port of the embedded database of a Hearth that runs on this data directory."""
    try:
        marker = json.loads((Path(data_dir) / "embedded.json").read_text())
        port, pid = int(marker["port"]), int(marker["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return port if _alive(pid) else None


@contextlib.asynccontextmanager
async def open_store(cfg: Config) -> AsyncIterator[Store]:
    """The store the server uses; starts the embedded database for this command if needed."""
    child: EmbeddedMongo | None = None
    url = cfg.mongo.url
    if not url:
        data_dir = cfg.embedded.data_dir
        if data_dir == ":memory:":
            raise Usage("embedded.data_dir is :memory:, so only the server holding it can reach "
                        "that database. Set embedded.data_dir or mongo.url.")
        port = running_embedded(data_dir)
        if port is not None:
            url = f"mongodb://127.0.0.1:{port}/?directConnection=true"
        else:
            child = EmbeddedMongo(str(Path(data_dir) / "db"), cfg.embedded.port,
                                  cfg.embedded.command)
            await child.start_async()
            url = child.url
    try:
        database = await connect(cfg.mongo, url, cfg.retention.audit_days,
                                 cfg.retention.alerts_days)
        try:
            yield Store(database)
        finally:
            await database.close()
    finally:
        if child is not None:
            await asyncio.to_thread(child.stop)


def read_password(path: str | None) -> str:
    """From --password-file, else HEARTH_NEW_PASSWORD, else asked at the terminal."""
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as e:
            raise Usage(f"cannot read the password file {path} ({e.strerror})") from None
    if os.environ.get("HEARTH_NEW_PASSWORD"):
        return os.environ["HEARTH_NEW_PASSWORD"]
    if not sys.stdin.isatty():
        raise Usage("no password given: use --password-file, HEARTH_NEW_PASSWORD, or run "
                    "this in a terminal to be asked")
    first = getpass.getpass("Password for the new account: ")
    if getpass.getpass("The same password again: ") != first:
        raise Usage("the two passwords were different; nothing was created")
    return first


def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", default=argparse.SUPPRESS,
                        help="path to config.yaml (default: ./config.yaml if present)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="machine-readable output")
    p = argparse.ArgumentParser(prog="hearth-admin", parents=[common],
                                description="Operator tasks for a Hearth server.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=text, description=text)

    c = add("create-circle", "Create a circle.")
    c.add_argument("name")
    c.add_argument("--description", default="")
    c.add_argument("--capacity", type=int)
    c.add_argument("--retention-days", type=int)
    add("list-circles", "List circles with members, recent messages and open alerts.")
    c = add("create-user", "Create an account (the password is never taken on the command line).")
    c.add_argument("username")
    c.add_argument("--display-name")
    c.add_argument("--operator", action="store_true", help="an operator account")
    c.add_argument("--password-file", help="a file holding the password")
    c = add("make-facilitator", "Make someone a facilitator of a circle.")
    c.add_argument("circle", help="circle id or exact name")
    c.add_argument("username")
    c = add("invite", "Create an invite link for a circle.")
    c.add_argument("circle", help="circle id or exact name")
    c.add_argument("--role", choices=INVITE_ROLES, default="member")
    c.add_argument("--max-uses", type=int, default=1)
    c.add_argument("--expires-in-s", type=int, default=7 * 24 * 3600)
    c = add("export-user", "Print everything stored about a person, as JSON.")
    c.add_argument("username")
    c = add("delete-user", "Erase a person's account, messages and names for good.")
    c.add_argument("username")
    c.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    c = add("set-retention", "Set how many days a circle's messages are kept, old ones too.")
    c.add_argument("circle", help="circle id or exact name")
    c.add_argument("days", type=int)
    return p


async def run(args: argparse.Namespace, cfg: Config) -> Any:
    """Carry out one command; returns what to print."""
    notify = RedisNotifier()
    cmd = args.command
    password = read_password(args.password_file) if cmd == "create-user" else ""
    if cmd == "delete-user" and not args.yes:
        if not sys.stdin.isatty():
            raise Usage("delete-user erases the account for good: add --yes to confirm")
        typed = input(f"This erases {args.username}'s account and messages for good. "
                      "Type the username to confirm: ")
        if typed.strip().lower() != args.username.lower():
            raise Usage("not confirmed; nothing was deleted")
    async with open_store(cfg) as store:
        if cmd == "create-circle":
            out: Any = await create_circle(store, cfg, CLI_ACTOR, args.name, args.description,
                                           args.capacity, args.retention_days)
        elif cmd == "list-circles":
            out = await list_circles(store)
        elif cmd == "create-user":
            a = cfg.auth
            passwords = Passwords(hasher(a.argon2_time_cost, a.argon2_memory_kib,
                                         a.argon2_parallelism))
            out = await create_user(store, cfg, CLI_ACTOR, passwords, args.username, password,
                                    args.display_name, args.operator)
        elif cmd == "make-facilitator":
            out = await make_facilitator(store, CLI_ACTOR, args.circle, args.username, notify)
        elif cmd == "invite":
            out = await create_invite(store, cfg, CLI_ACTOR, args.circle, args.role,
                                      args.max_uses, args.expires_in_s)
        elif cmd == "export-user":
            out = await export_user(store, CLI_ACTOR, args.username)
        elif cmd == "delete-user":
            out = await delete_user(store, CLI_ACTOR, args.username, notify)
        else:
            out = await set_retention(store, CLI_ACTOR, args.circle, args.days, notify)
    if cfg.redis.url:
        await notify.flush(cfg.redis.url)
    return out


def human(cmd: str, out: Any) -> str:
    if cmd == "create-circle":
        return (f"Created circle {out['name']!r}\n  id: {out['id']}\n  capacity: "
                f"{out['capacity']}, messages kept {out['retention_days']} days")
    if cmd == "list-circles":
        if not out:
            return "No circles yet. Create one with: hearth-admin create-circle NAME"
        rows = [("ID", "NAME", "MEMBERS", "MESSAGES (7 DAYS)", "OPEN ALERTS")]
        rows += [(c["id"], c["name"], str(c["members"]), str(c["messages_7d"]),
                  str(c["open_alerts"])) for c in out]
        widths = [max(len(r[i]) for r in rows) for i in range(5)]
        return "\n".join("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip()
                         for r in rows)
    if cmd == "create-user":
        return f"Created {out['role']} {out['username']} ({out['display_name']})\n  id: {out['id']}"
    if cmd == "make-facilitator":
        return (f"{out['user']['username']} is now a facilitator of "
                f"{out['circle']['name']!r}")
    if cmd == "invite":
        uses = "once" if out["max_uses"] == 1 else f"up to {out['max_uses']} times"
        return (f"{out['url']}\n  joins {out['circle']['name']!r} as {out['role']}, usable "
                f"{uses}, until {out['expires_at']}")
    if cmd == "delete-user":
        return (f"Erased the account (now {out['user']}): {out['messages']} messages emptied, "
                f"{out['sessions']} sessions ended, {len(out['circles_left'])} memberships "
                f"ended, {out['reactions']} reactions removed")
    if cmd == "set-retention":
        return (f"Messages in {out['circle']['name']!r} are now kept "
                f"{out['circle']['retention_days']} days ({out['messages']} messages updated)")
    return orjson.dumps(out, option=orjson.OPT_INDENT_2).decode()


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    path = getattr(args, "config", None)
    if path is None and Path("config.yaml").exists():
        path = "config.yaml"
    logs.setup("ERROR")
    try:
        cfg = load_config(path)
        out = asyncio.run(run(args, cfg))
    except ConfigError as e:
        say(f"hearth-admin: configuration error: {e}", err=True)
        sys.exit(2)
    except Usage as e:
        say(f"hearth-admin: {e}", err=True)
        sys.exit(2)
    except HearthError as e:
        say(f"hearth-admin: {e.message}", err=True)
        sys.exit(1)
    except PyMongoError as e:
        # The driver's message may carry the connection URL: name the kind of failure only.
        say(f"hearth-admin: cannot reach the database ({type(e).__name__}). Check mongo.url, "
            "or that embedded.data_dir points at the server's data.", err=True)
        sys.exit(1)
    except (OSError, RuntimeError, TimeoutError) as e:
        say(f"hearth-admin: the embedded database could not be started: {e}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    if getattr(args, "json", False) or args.command == "export-user":
        say(orjson.dumps(out, option=orjson.OPT_INDENT_2).decode())
    else:
        say(human(args.command, out))


if __name__ == "__main__":
    main()
