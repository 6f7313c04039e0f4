"""The moderation pipeline, wired into the server, seen through the WebSocket."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pymongo import AsyncMongoClient

from tests.support.api import WS, Circle, call, invite, register
from tests.support.servers import Hearth, config_for_tests, hearth


@pytest.fixture(scope="module")
def mserver(mongo_url: str) -> Iterator[Hearth]:
    """A server with the packaged default pipeline, as operators get it."""
    with hearth(mongo_url, config=config_for_tests(full_moderation=True)) as h:
        yield h


async def room(server: Hearth) -> tuple[Circle, WS, WS, WS]:
    c = await Circle.make(server, members=2)
    fac = await WS.open(server, c.facilitator["token"])
    author = await WS.open(server, c.members[0]["token"])
    other = await WS.open(server, c.members[1]["token"])
    for ws in (fac, author, other):
        await ws.join(c.id)
    return c, fac, author, other


async def test_crisis_is_delivered_with_resources_and_an_urgent_alert(mserver: Hearth) -> None:
    c, fac, author, other = await room(mserver)
    ack = await author.say(c.id, "I don't want to be here anymore. I've been thinking about "
                                 "ending it tonight.")
    assert ack["status"] == "delivered" and ack["seq"] == 1
    notice = await author.expect(lambda f: f.get("type") == "notice" and f["kind"] == "crisis")
    assert notice["resources"] and any(r.get("phone") for r in notice["resources"])
    alert = await fac.expect(lambda f: f.get("type") == "alert" and f["kind"] == "crisis")
    assert alert["severity"] == "urgent" and alert["message_seq"] == 1
    assert "ending it" not in alert["reason"]  # reasons never quote the message
    assert (await other.expect("message"))["seq"] == 1
    assert not [f for f in await other.quiet(0.3) if f.get("type") in ("notice", "alert")]


async def test_urging_another_member_to_get_help_alerts_facilitators(mserver: Hearth) -> None:
    """The writer is safe and gets no crisis resources; facilitators are asked to check on
    the member addressed."""
    c, fac, author, other = await room(mserver)
    ack = await author.say(c.id, "@Sam you said you're up on the bridge. please step back and "
                                 "call 999 now, I'm staying right here with you")
    assert ack["status"] == "delivered"
    alert = await fac.expect(lambda f: f.get("type") == "alert" and f["kind"] == "crisis")
    assert alert["severity"] == "high" and "check on the member" in alert["reason"]
    assert (await other.expect("message"))["seq"] == ack["seq"]
    assert not [f for f in await author.quiet(0.4) if f.get("type") == "notice"]


async def test_a_threat_is_held_for_review(mserver: Hearth) -> None:
    c, fac, author, other = await room(mserver)
    ack = await author.say(c.id, "I know where she parks. I'm going to make her pay, "
                                 "I'll slash her tyres and then her")
    assert ack["status"] == "held" and "seq" not in ack
    held = await fac.expect("held")
    assert held["id"] == ack["id"]
    await author.expect("held")
    assert (await author.expect("notice"))["kind"] == "held"
    await fac.expect(lambda f: f.get("type") == "alert" and f["kind"] == "held")
    assert not [f for f in await other.quiet(0.4) if f.get("type") in ("message", "held")]


async def test_a_phone_number_is_redacted_for_members_only(mserver: Hearth) -> None:
    c, fac, author, other = await room(mserver)
    text = "he keeps calling her from 07700 900321 late at night"
    ack = await author.say(c.id, text)
    assert ack["status"] == "redacted"
    seen = await other.expect("message")
    assert "07700" not in seen["text"] and "removed]" in seen["text"] and seen["redacted"] is True
    assert (await author.expect(lambda f: f.get("type") == "notice"))["kind"] == "redacted"
    original = await fac.request({"type": "original", "circle": c.id, "seq": ack["seq"]})
    assert original["text"] == text
    page = await call(mserver, "GET", f"/api/circles/{c.id}/messages", c.members[1]["token"])
    assert "07700" not in str(page)


async def test_spam_is_blocked_with_a_notice(mserver: Hearth) -> None:
    c, fac, author, other = await room(mserver)
    ack = await author.say(c.id, "Get your ex back GUARANTEED!! Only $99 at "
                                 "lovespells.example.com, DM me for a discount code")
    assert ack["status"] == "blocked" and "seq" not in ack and ack.get("notice")
    assert (await author.expect("notice"))["kind"] == "blocked"
    assert not [f for f in await other.quiet(0.4) if f.get("type") == "message"]


@pytest.mark.parametrize("text", [
    "I hate what he did to us. He is a liar and a coward and I'm so angry.",
    "This week has been shit, honestly. Therapy tomorrow.",
    "Two years ago I cut myself. Today I reached out instead. Small wins.",
    "Mark told me last night that he's been seeing her since March.",
])
async def test_hard_negatives_pass_untouched(mserver: Hearth, text: str) -> None:
    """Anger at an absent partner, profanity, recovery talk and first names are the point."""
    c, fac, author, other = await room(mserver)
    ack = await author.say(c.id, text)
    assert ack["status"] == "delivered", ack
    assert (await other.expect("message"))["text"] == text
    assert not [f for f in await author.quiet(0.3) if f.get("type") == "notice"]
    assert not [f for f in await fac.quiet(0.1) if f.get("type") == "alert"]


async def test_html_is_stripped_to_plain_text(mserver: Hearth) -> None:
    c, _fac, author, other = await room(mserver)
    await author.say(c.id, "<b>hello</b> <script>alert(1)</script><img src=x onerror=alert(1)>friends")
    seen = await other.expect("message")
    assert "<" not in seen["text"] and "hello" in seen["text"] and "friends" in seen["text"]


async def test_edits_pass_moderation_too(mserver: Hearth) -> None:
    c, fac, author, other = await room(mserver)
    seq = (await author.say(c.id, "my ex's new number is"))["seq"]
    await author.send({"type": "edit", "circle": c.id, "seq": seq,
                       "text": "my ex's new number is 07700 900456"})
    edited = await other.expect("edited")
    assert "900456" not in edited["text"] and edited["redacted"] is True
    err = await author.request({"type": "edit", "circle": c.id, "seq": seq,
                                "text": "I'm going to find her and hurt her, I know where she lives"})
    assert err["code"] == "EDIT_NOT_APPLIED"
    await fac.expect(lambda f: f.get("type") == "alert" and f["kind"] == "held")


async def test_decisions_are_audited_without_text(mserver: Hearth, mongo_url: str) -> None:
    c, fac, author, _other = await room(mserver)
    ack = await author.say(c.id, "call me on 07700 900789 if you want to talk")
    page = await call(mserver, "GET", f"/api/circles/{c.id}/audit", c.facilitator["token"])
    entry = next(e for e in page["entries"] if e["action"] == "moderation")
    assert entry["target"] == ack["id"] and entry["details"]["status"] == "redacted"
    assert "pii" in entry["details"]["labels"]
    client: AsyncMongoClient = AsyncMongoClient(mongo_url)
    docs = await client[mserver.database].audit.find({}).to_list(None)
    await client.close()
    assert "900789" not in str(docs)


async def test_a_reply_to_a_members_display_name_is_not_redacted(mserver: Hearth) -> None:
    """"@Maple_Leaf77" names a member of this circle, so it reaches the circle as written;
    an account in the same kind of message, not a member's name, is still redacted."""
    c, fac, author, other = await room(mserver)
    code = await invite(mserver, c.op, c.id)
    await register(mserver, code, "Maple_Leaf77")
    ack = await author.say(c.id, "@Maple_Leaf77 thank you for this morning, it really helped")
    assert ack["status"] == "delivered"
    seen = await other.expect("message")
    assert seen["text"].startswith("@Maple_Leaf77") and not seen.get("redacted")
    ack = await author.say(c.id, "@Maple_Leaf77 his new account is @jake_h_92 if you wondered")
    assert ack["status"] == "redacted"
    seen = await other.expect(lambda f: f.get("type") == "message" and f["seq"] == ack["seq"])
    assert seen["text"].startswith("@Maple_Leaf77") and "jake_h_92" not in seen["text"]
