"""axe-core finds no serious or critical problems, in light and dark themes; screenshots of each view."""

from __future__ import annotations

import re

import pytest
from playwright.async_api import expect

from .conftest import People, Setup, axe_violations, screenshot

HELD = "@Kim shut up, nobody cares about your drama"
CRISIS = "I can't do this anymore, I want to kill myself tonight"


@pytest.mark.parametrize("scheme", ["light", "dark"])
async def test_sign_in_and_invite_pages_have_no_serious_axe_violations(people: People, circle: Setup, scheme: str) -> None:
    """The sign-in page and the invitation page pass axe-core."""
    # bypass_csp: axe is injected as an inline script tag, which Hearth's CSP rightly refuses.
    visitor = await people.open("visitor", bypass_csp=True, color_scheme=scheme)
    page = visitor.page
    await page.goto(people.server.url + "/")
    await expect(page.get_by_role("heading", name="Welcome back")).to_be_visible()
    assert await axe_violations(page) == []
    await screenshot(page, f"sign-in-{scheme}")

    await page.goto(f"{people.server.url}/join/{await circle.invite()}")
    await expect(page.get_by_role("heading", name="Our group agreement")).to_be_visible()
    assert await axe_violations(page) == []
    await screenshot(page, f"join-{scheme}")


@pytest.mark.parametrize("scheme", ["light", "dark"])
async def test_circle_and_facilitator_views_have_no_serious_axe_violations(people: People, circle: Setup, scheme: str) -> None:
    """A lively circle (replies, reactions, a content warning, a held message, a crisis notice) passes axe-core."""
    fac = await people.join_by_invite(await circle.invite("facilitator"), "Rowan", bypass_csp=True, color_scheme=scheme)
    ash = await people.join_by_invite(await circle.invite(), "Ash", bypass_csp=True, color_scheme=scheme)
    bea = await people.join_by_invite(await circle.invite(), "Bea", bypass_csp=True, color_scheme=scheme)

    await fac.say("Good evening, everyone. Welcome back to the circle.")
    await bea.say("Thank you. It has been a long week since I found the messages.")
    first = ash.page.locator("li.msg", has_text="long week")
    await first.get_by_role("button", name=re.compile("^Actions for message")).click()
    await first.get_by_role("button", name="With you").click()
    await first.get_by_role("button", name="Reply").click()
    await ash.say("Same here. Some days are easier than others.")
    await ash.page.get_by_role("button", name="Add content warning").click()
    await ash.page.get_by_role("textbox", name="Content warning").fill("details of the discovery")
    await ash.say("I found the second phone in the car.")
    await ash.say(HELD)
    await expect(bea.page.locator(".cw-label", has_text="details of the discovery")).to_be_visible()
    await ash.say(CRISIS)
    await expect(ash.page.locator("section.crisis")).to_be_visible()

    assert await axe_violations(ash.page) == []
    await screenshot(ash.page, f"circle-crisis-{scheme}")
    await ash.page.get_by_role("button", name="Close for now").click()
    await screenshot(ash.page, f"circle-member-{scheme}")
    assert await axe_violations(bea.page) == []
    await screenshot(bea.page, f"circle-other-member-{scheme}")

    await expect(fac.page.locator("#alert-banner")).to_be_visible()
    await fac.page.get_by_role("button", name=re.compile(r"^Facilitate")).click()
    panel = fac.page.locator("section.facilitate")
    await expect(panel.locator(".held-card")).to_have_count(1)
    await expect(panel.locator(".alert-card").first).to_contain_text("Someone may be in crisis")
    assert await axe_violations(fac.page) == []
    await screenshot(fac.page, f"facilitator-{scheme}")
    await fac.page.set_viewport_size({"width": 360, "height": 740})
    await fac.page.get_by_role("button", name=re.compile(r"^People & tools")).click()
    await expect(panel).to_be_visible()
    assert await axe_violations(fac.page) == []
    await fac.page.screenshot(path=str(screenshot_dir() / f"facilitator-panel-{scheme}-360.png"))
    for person in (fac, ash, bea):
        person.assert_clean()


def screenshot_dir():  # noqa: ANN201 - a Path
    from .conftest import SCREENSHOTS

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
