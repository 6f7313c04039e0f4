"""The server restarts mid-conversation; the browsers reconnect and resume."""

from __future__ import annotations

from playwright.async_api import Browser, expect

from .conftest import People, full_hearth, new_circle


async def test_server_restart_loses_nothing_and_doubles_nothing(browser: Browser, mongo_url: str) -> None:
    """After a restart both clients rejoin from their last seq; a message typed offline is sent once."""
    server = full_hearth(mongo_url)
    server.start()
    people = People(browser, server)
    try:
        circle = await new_circle(server)
        ash = await people.join_by_invite(await circle.invite(), "Ash")
        bea = await people.join_by_invite(await circle.invite(), "Bea")
        await ash.say("Before the restart, one")
        await bea.say("Before the restart, two")
        for person in (ash, bea):
            await expect(person.page.locator("ol.messages:not(.pending-list) li.msg", has_text="Before the restart, two")).to_be_visible()

        server.stop()
        for person in (ash, bea):
            await expect(person.page.locator("#conn-status")).to_contain_text("Reconnecting", timeout=15_000)

        await ash.say("Written while offline")
        pending = ash.page.locator(".pending-list li", has_text="Written while offline")
        await expect(pending.locator(".msg-status")).to_contain_text("Waiting for a connection")

        server.start()
        for person in (ash, bea):
            await expect(person.page.locator("#conn-status")).to_have_text("Connected", timeout=20_000)
        await bea.say("After the restart")

        expected = ["Before the restart, one", "Before the restart, two", "Written while offline",
                    "After the restart"]
        for person in (ash, bea):
            texts = person.page.locator("ol.messages:not(.pending-list) li.msg .msg-text")
            await expect(texts).to_have_text(expected)
            await expect(person.page.locator(".pending-list li")).to_have_count(0)
        seqs = await ash.page.locator("ol.messages:not(.pending-list) li.msg").evaluate_all(
            "els => els.map(e => Number(e.dataset.seq))")
        assert seqs == sorted(set(seqs)) and len(seqs) == 4
        for person in (ash, bea):
            # The browser logs each refused reconnect attempt while the server is down.
            person.assert_clean(allow=("ERR_CONNECTION_REFUSED", "/ws' failed"))
    finally:
        await people.close()
        server.cleanup()
