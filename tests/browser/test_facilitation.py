"""Held messages, crisis notices and alerts between a member and a facilitator."""

from __future__ import annotations

import asyncio
import re

from playwright.async_api import Locator, expect

from .conftest import People, Person, Setup

# Contempt aimed at a member: the default policy holds it for a facilitator.
HELD = "@Kim shut up, nobody cares about your drama"
CRISIS = "I can't do this anymore, I want to kill myself tonight"


async def open_facilitate(fac: Person) -> Locator:
    tab = fac.page.get_by_role("button", name=re.compile(r"^Facilitate"))
    await tab.click()
    return fac.page.locator("section.facilitate")


async def first_visible(*candidates: Locator, timeout: float = 10.0) -> Locator:
    """Whichever locator becomes visible first."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        for c in candidates:
            if await c.count() and await c.first.is_visible():
                return c
        await asyncio.sleep(0.1)
    raise AssertionError(f"none of {candidates} became visible")


async def test_held_message_approved_by_facilitator_reaches_the_member(people: People, circle: Setup) -> None:
    """A held message waits, visible to its author only; once approved, everyone sees it."""
    fac = await people.join_by_invite(await circle.invite("facilitator"), "Rowan")
    ash = await people.join_by_invite(await circle.invite(), "Ash")
    bea = await people.join_by_invite(await circle.invite(), "Bea")

    await ash.say(HELD)
    held = ash.page.locator(".pending-list li", has_text=HELD)
    bea.page.locator("ol.messages:not(.pending-list) li.msg", has_text=HELD)
    await expect(held.locator(".msg-status", has_text="A facilitator will look at it soon")).to_be_visible()
    await expect(bea.page.locator("li.msg", has_text=HELD)).to_have_count(0)

    panel = await open_facilitate(fac)
    card = panel.locator(".held-card", has_text=HELD)
    await expect(card).to_be_visible()
    await card.get_by_role("button", name="Approve", exact=True).click()

    for person in (ash, bea, fac):
        await expect(person.page.locator("ol.messages:not(.pending-list) li.msg", has_text=HELD)).to_have_count(1)
    await expect(held).to_have_count(0)
    await expect(card).to_have_count(0)
    for person in (fac, ash, bea):
        person.assert_clean()


async def test_crisis_message_shows_resources_to_author_and_alert_to_facilitator(people: People, circle: Setup) -> None:
    """The author gets a calm panel with tappable resources; the facilitator an urgent, unmissable alert."""
    fac = await people.join_by_invite(await circle.invite("facilitator"), "Rowan")
    ash = await people.join_by_invite(await circle.invite(), "Ash")
    await ash.say(CRISIS)

    panel = ash.page.locator("section.crisis")
    await expect(panel).to_be_visible()
    await expect(panel.get_by_role("heading")).to_have_text("You don’t have to carry this alone")
    assert await panel.locator('a[href^="tel:"]').count() >= 1
    for href in await panel.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href'))"):
        assert re.match(r"^(tel:|sms:|https?://)", href), href

    banner = fac.page.locator("#alert-banner")
    await expect(banner).to_be_visible()
    await expect(banner).to_contain_text("Urgent alert")
    await expect(fac.page).to_have_title(re.compile(r"^\(!\) Urgent alert"))
    facilitate = await open_facilitate(fac)
    alert = facilitate.locator(".alert-card").first
    await expect(alert).to_contain_text("Someone may be in crisis")

    await panel.get_by_role("button", name="Close for now").click()
    await expect(panel).to_have_count(0)
    await ash.page.get_by_role("button", name="Support resources").click()
    await expect(ash.page.locator("section.crisis")).to_be_visible()
    await ash.page.get_by_role("button", name="Step away for a while").click()
    await expect(ash.page.locator("section.crisis .stepped")).to_be_visible()
    await expect(facilitate.locator(".alert-card", has_text="A member stepped away")).to_be_visible()
    await expect(facilitate.locator(".alert-card").first).to_contain_text("Someone may be in crisis")

    await alert.get_by_role("button", name="Acknowledge").click()
    await expect(alert.get_by_text("Acknowledged")).to_be_visible()
    for person in (fac, ash):
        person.assert_clean()
