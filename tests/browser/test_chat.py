"""Members and a facilitator join by invite and talk in real time."""

from __future__ import annotations

from playwright.async_api import expect

from .conftest import People, Setup


async def test_two_members_and_a_facilitator_chat_see_typing_and_presence(people: People, circle: Setup) -> None:
    """Three people join by invite in separate browsers, talk both ways, see typing and who is here."""
    fac = await people.join_by_invite(await circle.invite("facilitator"), "Rowan")
    ash = await people.join_by_invite(await circle.invite(), "Ash")
    bea = await people.join_by_invite(await circle.invite(), "Bea")

    for person in (fac, ash, bea):
        await expect(person.page.locator(".circle-meta")).to_contain_text("3 people here now")
    await expect(ash.page.locator(".people-list li.online")).to_have_count(3)

    await ash.page.locator("#composer-text").press_sequentially("Hi everyone", delay=20)
    await expect(bea.page.locator(".typing")).to_have_text("Ash is typing…")
    await ash.page.locator("#composer-text").press("Enter")
    for person in (fac, ash, bea):
        await expect(person.page.locator("li.msg", has_text="Hi everyone")).to_have_count(1)
    await expect(ash.page.locator("li.msg.mine", has_text="Hi everyone").locator(".msg-status")).to_contain_text("Sent")
    await expect(bea.page.locator(".typing")).to_have_text("")

    await bea.say("Hello Ash, welcome")
    await fac.say("Welcome both of you. Take your time.")
    for person in (fac, ash, bea):
        messages = person.page.locator("ol.messages:not(.pending-list) li.msg .msg-text")
        await expect(messages).to_have_text(
            ["Hi everyone", "Hello Ash, welcome", "Welcome both of you. Take your time."])
    await expect(ash.page.locator("li.msg", has_text="Hello Ash").locator(".author")).to_have_text("Bea")

    await bea.context.close()
    await expect(ash.page.locator(".circle-meta")).to_contain_text("2 people here now")
    people.everyone.remove(bea)
    for person in (fac, ash):
        person.assert_clean()


async def test_reply_reaction_edit_and_delete(people: People, circle: Setup) -> None:
    """A reply quotes the original; reactions toggle; the author edits and deletes their own message."""
    ash = await people.join_by_invite(await circle.invite(), "Ash")
    bea = await people.join_by_invite(await circle.invite(), "Bea")
    await ash.say("Today was a hard day")
    first = bea.page.locator("li.msg", has_text="Today was a hard day")
    await expect(first).to_be_visible()

    await first.get_by_role("button", name="Actions for message from Ash").click()
    await first.get_by_role("button", name="Sending love").click()
    await first.get_by_role("button", name="Actions for message from Ash").click()
    await first.get_by_role("button", name="Actions for message from Ash").click()
    await first.get_by_role("button", name="Reply").click()
    await bea.say("I hear you")
    reply = ash.page.locator("li.msg", has_text="I hear you")
    await expect(reply.locator(".quote")).to_contain_text("Replying to Ash")
    await expect(ash.page.locator("li.msg", has_text="Today was a hard day").locator("button.reaction")).to_contain_text("1")

    seq = await ash.page.locator("li.msg.mine", has_text="Today was a hard day").get_attribute("data-seq")
    mine = ash.page.locator(f'li.msg[data-seq="{seq}"]')
    await mine.get_by_role("button", name="Actions for message from you").click()
    await mine.get_by_role("button", name="Edit").click()
    await mine.locator("textarea").fill("Today was a hard day, but I got through it")
    await mine.get_by_role("button", name="Save").click()
    await expect(bea.page.locator("li.msg", has_text="but I got through it").locator(".edited")).to_be_visible()

    await mine.get_by_role("button", name="Actions for message from you").click()
    await mine.get_by_role("button", name="Delete").click()
    await mine.get_by_role("button", name="Delete").click()
    await expect(bea.page.locator("li.msg.deleted")).to_contain_text("This message was deleted.")
    for person in (ash, bea):
        person.assert_clean()


async def test_xss_in_message_and_display_name_is_inert_text(people: People, circle: Setup) -> None:
    """Markup in a display name and in a message shows as text and never runs."""
    evil_name = '<img src=x onerror="__pwned=1">Eve'
    payload = '<script>window.__pwned=2</script><img src=x onerror="window.__pwned=3"> hi'
    eve = await people.join_by_invite(await circle.invite(), evil_name)
    ash = await people.join_by_invite(await circle.invite(), "Ash")
    await eve.say(payload)
    msg = ash.page.locator("li.msg", has_text="hi")
    await expect(msg).to_have_count(1)
    await expect(msg.locator(".author")).to_have_text(evil_name)
    await expect(ash.page.locator(".people-list")).to_contain_text(evil_name)
    for person in (eve, ash):
        page = person.page
        assert await page.evaluate("window.__pwned") is None
        assert await page.locator("main img, main script").count() == 0
        person.assert_clean()


async def test_an_updated_group_agreement_is_read_and_accepted(people: People, circle: Setup) -> None:
    """When facilitators change the agreement, a member sees it, accepts it, and can write again."""
    from tests.support.api import call

    ash = await people.join_by_invite(await circle.invite(), "Ash")
    await call(circle.server, "PUT", f"/api/circles/{circle.id}/agreement", circle.op,
               {"agreement": "We keep what is shared here private, and we take breaks when we need them."})
    banner = ash.page.locator("section.agreement-update")
    await expect(banner).to_be_visible()
    await expect(banner).to_contain_text("we take breaks when we need them")
    await banner.get_by_role("button", name="I have read it and I accept").click()
    await expect(banner).to_have_count(0)
    await ash.say("Thank you for the update")
    await expect(ash.page.locator("li.msg.mine", has_text="Thank you for the update")
                 .locator(".msg-status")).to_contain_text("Sent")
    ash.assert_clean()
