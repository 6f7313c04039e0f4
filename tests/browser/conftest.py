"""Fixtures for the browser tests: Debian's Chromium driven by Playwright against a real Hearth.

Each person is a separate browser context (their own cookies and storage),
as if on separate devices. Screenshots go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Browser, BrowserContext, Page, async_playwright, expect

from tests.support.api import PASSWORD, create_circle, invite, operator_token
from tests.support.servers import Hearth, config_for_tests

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu",
                 "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"]

expect.set_options(timeout=10_000)


def full_hearth(mongo_url: str) -> Hearth:
    """A Hearth with the whole moderation pipeline, as people would meet it."""
    return Hearth(mongo_url, config=config_for_tests(full_moderation=True))


@pytest.fixture(scope="module")
def server(mongo_url: str) -> Iterator[Hearth]:
    """One Hearth process per test module, with full moderation (crisis notices, holds)."""
    h = full_hearth(mongo_url)
    h.start()
    yield h
    h.cleanup()


@pytest_asyncio.fixture(scope="session")
async def browser() -> AsyncIterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    async with async_playwright() as p:
        b = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        await b.close()


class Person:
    """One person in their own browser context, with the problems their page ran into."""

    def __init__(self, context: BrowserContext, page: Page, name: str) -> None:
        self.context = context
        self.page = page
        self.name = name
        self.username = ""
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("console", self._console)
        page.on("dialog", self._dialog)

    def _console(self, msg: Any) -> None:
        text = msg.text
        # A signed-out visitor's GET /api/me answers 401 on purpose.
        if msg.type == "error" and "401" not in text:
            self.errors.append(f"console: {text}")
        if "Content Security Policy" in text:
            self.errors.append(f"csp: {text}")

    async def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        await dialog.dismiss()

    def assert_clean(self, allow: tuple[str, ...] = ()) -> None:
        """No script errors, CSP violations or dialogs (``allow``: expected console texts)."""
        errors = [e for e in self.errors if not any(a in e for a in allow)]
        assert not errors, errors
        assert not self.dialogs, self.dialogs

    async def say(self, text: str) -> None:
        box = self.page.locator("#composer-text")
        await box.fill(text)
        await box.press("Enter")


class People:
    """Opens browser contexts for a test and closes them afterwards."""

    def __init__(self, browser: Browser, server: Hearth) -> None:
        self.browser = browser
        self.server = server
        self.everyone: list[Person] = []

    async def open(self, name: str, width: int = 1280, height: int = 800, **kw: Any) -> Person:
        ctx = await self.browser.new_context(viewport={"width": width, "height": height}, **kw)
        page = await ctx.new_page()
        person = Person(ctx, page, name)
        self.everyone.append(person)
        return person

    async def join_by_invite(self, code: str, name: str, **kw: Any) -> Person:
        """A new person opens the invite link, reads the agreement and creates an account."""
        person = await self.open(name, **kw)
        page = person.page
        person.username = f"u{uuid.uuid4().hex[:10]}"
        await page.goto(f"{self.server.url}/join/{code}")
        await expect(page.get_by_role("heading", name="Our group agreement")).to_be_visible()
        # Roles, not labels: the folded "already have an account?" form is hidden.
        await page.get_by_role("textbox", name="The name others will see").fill(name)
        await page.get_by_role("textbox", name="Username").fill(person.username)
        await page.get_by_role("textbox", name="Password", exact=True).fill(PASSWORD)
        await page.get_by_role("checkbox", name="I have read the group agreement").check()
        await page.get_by_role("button", name="Join the circle").click()
        await page.wait_for_url(re.compile(r"/circle/"))
        await expect(page.locator("#conn-status")).to_have_text("Connected")
        await expect(page.locator(".circle-meta")).to_contain_text("here now")
        return person

    async def close(self) -> None:
        for person in self.everyone:
            await person.context.close()


@pytest_asyncio.fixture
async def people(browser: Browser, server: Hearth) -> AsyncIterator[People]:
    ppl = People(browser, server)
    yield ppl
    await ppl.close()


class Setup:
    """A fresh circle with the operator's token, for making invites."""

    def __init__(self, server: Hearth, op: str, circle: dict[str, Any]) -> None:
        self.server = server
        self.op = op
        self.circle = circle
        self.id = circle["id"]

    async def invite(self, role: str = "member") -> str:
        return await invite(self.server, self.op, self.id, role)


async def new_circle(server: Hearth, **fields: Any) -> Setup:
    op = await operator_token(server)
    circle = await create_circle(server, op, name=fields.pop("name", "Thursday evening circle"),
                                 description=fields.pop("description", "A small circle for partners finding their feet again."),
                                 **fields)
    return Setup(server, op, circle)


@pytest_asyncio.fixture
async def circle(server: Hearth) -> Setup:
    return await new_circle(server)


async def screenshot(page: Page, name: str) -> None:
    """Save the page at 1280 px and at 360 px wide."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size or {"width": 1280, "height": 800}
    for width, height in ((1280, 800), (360, 740)):
        await page.set_viewport_size({"width": width, "height": height})
        await page.wait_for_timeout(150)
        await page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"))
    await page.set_viewport_size(size)


async def axe_violations(page: Page, impacts: tuple[str, ...] = ("serious", "critical")) -> list[dict[str, Any]]:
    """Run axe-core in the page; return the violations of the given impacts."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `npm ci --prefix tests/browser`")
    await page.add_script_tag(path=str(AXE))
    result = await page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"],
         "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"] if v["impact"] in impacts
    ]
