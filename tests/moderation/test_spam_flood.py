"""Spam cues and links, new members' links, duplicates and bursts."""

from __future__ import annotations

import pytest

from moderation import RecentMessage
from moderation.config import parse_section
from moderation.message import Message
from moderation.pipeline import default_section
from moderation.stages.spam import CUES, build

from .conftest import ctx


def test_advert_is_blocked_with_notice(default_pipeline):
    """Selling with a price and a link is blocked and the author is told why."""
    d = default_pipeline.judge_sync(
        "my healing course is 50% off this week, book now at example.com/heal", ctx())
    assert d.status == "blocked"
    assert [n.kind for n in d.notices] == ["blocked"]


def test_recruiting_to_another_platform_is_spam(default_pipeline):
    """Inviting members to a private chat elsewhere is spam."""
    d = default_pipeline.judge_sync("join my private whatsapp group, DM me for the link", ctx())
    assert "spam" in d.labels


@pytest.fixture(scope="module")
def spam_stage():
    settings, _ = parse_section(default_section(), "moderation")
    return build({}, settings, "moderation.stages[3]")


@pytest.mark.parametrize("text", [
    "selling his golf clubs, £200 ono, collection only",
    "Congratulations, you've been selected as our member of the month! claim your voucher now",
    "group admin here: your account will be suspended unless you confirm your details",
    "who's up for a separate whatsapp without the facilitators? more honest in there",
    "my new book is out on kindle, please download it and leave 5 stars 🙏",
    "mi hermana vende velas aromáticas, escribidme por privado y os paso el catálogo",
    # recruiting to another group, in the other languages members write in
    "Rejoignez notre groupe Facebook privé, bien plus actif qu'ici ! Envoyez-moi un message",
    "Zapraszam do mojej grupy wsparcia na Facebooku, tam jest więcej osób. Piszcie na priv.",
    "Mga sis, may bago akong online selling group, benta tayo ng skincare. PM lang!",
    "Únanse a nuestro grupo de Telegram, es mucho más íntimo que aquí",
    # chain messages
    "copy this prayer into 5 other groups before midnight and he'll come back to you",
    # affiliate links, a side group on another app, a coach's sales call
    "try the magnesium spray from sleepwell.co.uk, I get a little commission but it works",
    "come to the Kik group, we're all ex-members of this circle. ask me for the code",
    "inbox me ladies, I have something for you. can't say more in the group 🙊",
    "want real results? book a discovery call with me, I'm a trauma-informed coach",
    # the romance scam: a stranger in uniform who wants to talk elsewhere
    "Hello dear, I am a British army captain on a mission abroad. I lost my wife too",
    "you seem like a kind soul, I would love to know you better on telegram",
    # a giveaway that asks for likes and tags
    "GIVEAWAY 🎁 like this post and tag 5 friends to win a pamper hamper",
    # a story that turns into a sales pitch
    "I went from crying in my car to a six-figure business. comment HEAL below and I'll "
    "send you the details privately",
    # a business paying, and a member's own purchase turned into a pitch
    "we pay $60 an episode for guests on our podcast, apply at example.fm/guests",
    "I paid £49 for this course and it changed my life, link in bio",
    # an "officer" after account details, a named stranger in uniform, a distributor
    "This is Sergeant Paul Reid from the fraud department. send your bank details today so "
    "we can protect your savings",
    "hello dear, my name is Captain James Miller, US army doctor. I read your story and I "
    "would like to know you better",
    "I'm an independent distributor for a calm tea that saved my sanity, happy to send "
    "samples to anyone",
])
def test_selling_scams_side_chats_and_review_begging_are_spam(spam_stage, text):
    """Second-hand selling, prize and account scams, chats away from the facilitators
    and asking for reviews read as spam."""
    assert [f.label for f in spam_stage.run(Message.from_raw(text), ctx()).findings] == ["spam"]


@pytest.mark.parametrize("text", [
    "I finally sold his car. felt weirdly good",
    "my sister selected a lovely card for me today",
    "I'd love to talk more outside group hours, but only here, it keeps me safe",
    "I'm reading a book on kindle about attachment, it helps",
    "je suis dans un groupe de parole le mardi, ça m'aide",
    "envoyez-moi vos pensées positives ce soir",
    "mój psycholog prowadzi grupę wsparcia, zapraszam do niej, darmowa",
    "meine Schwester hat mir geschrieben, schreib mir wenn du magst",
    "the crypto thing was another lie. he'd lost our house deposit and hid it for two years",
    "I posted it to 3 people I trust and they all said the same: leave",
    # money spent, lost or hidden, told as the member's story
    "he spent £300 on amazon on her while we were skint",
    "found £2,000 of transfers on his banking app to her",
    "he paid £40 a month for her podcast subscription",
    "she had £14k on a betting app. three years of 'we can't afford a holiday'",
    "the betting app statements came today. £19,400 over three years. numb",
    "his casino app: $8k in the last six months and I never saw a penny of it",
    # a partner in the forces, a team at work
    "my husband is an army officer serving overseas and I found the messages on his laptop",
    "emailed my team at work to say I'm off for a week. my manager was lovely",
    # a member asking the circle for a tool
    "does anyone use an app for co-parenting messages? whatsapp with him is a nightmare",
    "can anyone recommend a journaling app? my therapist suggested one but I forgot the name",
    # "of course" is no course, Cash App is no product, and what a member paid for
    # themselves is their own story
    "he owes the council £2k in parking fines. of course he never told me",
    "she sent $80 to his cash app every week. I thought it was for the gym",
    "£7.99 a month for a sleep app and honestly the best money I've spent since he left",
    "I paid $30 for a course on boundaries last year and I still use the worksheets",
    # a sale or a scam told as part of the member's story
    "a woman in a facebook group tried to sell me a 'win him back' course at 3am. no thanks",
    "he fell for a crypto scam too. lost £4k to a 'trader' on whatsapp",
    "we hired an investigator in the end, £900 for two days, and it was worth it",
])
def test_everyday_mentions_of_those_words_are_not_spam(spam_stage, text):
    """One cue alone, or none, is ordinary chat."""
    assert spam_stage.run(Message.from_raw(text), ctx()).findings == []


def test_allowlisted_helpline_link_passes(default_pipeline):
    """Helpline links are welcome, even from a brand-new member."""
    d = default_pipeline.judge_sync("samaritans.org helped me a lot last year",
                                    ctx(membership_age_s=60))
    assert d.status == "delivered"


def test_new_member_link_is_held(default_pipeline):
    """Any other link from a new member waits for a facilitator."""
    d = default_pipeline.judge_sync("this blog helped me: myhealingblog.net/post",
                                    ctx(membership_age_s=3600))
    assert d.status == "held"
    assert "new_member_link" in d.labels


def test_duplicate_is_blocked(default_pipeline):
    """The same text sent again within the window is blocked, not shown twice."""
    c = ctx(recent=(RecentMessage(999_990.0, "Is anyone around tonight?"),))
    d = default_pipeline.judge_sync("is anyone around tonight", c)
    assert d.status == "blocked" and "duplicate" in d.labels


def test_sustained_burst_is_held(default_pipeline):
    """More messages in the window than anyone types in conversation hold the next one."""
    recent = tuple(RecentMessage(1_000_000.0 - 2 * i, f"message {i} here") for i in range(12))
    d = default_pipeline.judge_sync("and one more thing", ctx(recent=recent))
    assert d.status == "held" and "flood" in d.labels
    assert d.alerts[0].severity == "info"  # one of the protocol's severities


def test_quick_short_replies_are_not_flood(default_pipeline):
    """Seven short replies in twenty seconds is ordinary chat, not a flood."""
    replies = ["yes", "me too", "thank you", "same", "exactly this", "omg yes", "❤️"]
    recent = tuple(RecentMessage(1_000_000.0 - 3 * i, t) for i, t in enumerate(replies))
    d = default_pipeline.judge_sync("so true", ctx(recent=recent))
    assert d.status == "delivered", d.labels


@pytest.mark.parametrize("text", ["thank you", "Same!", "me too x"])
def test_one_repeat_of_a_short_common_reply_passes(default_pipeline, text):
    """Saying "thank you" twice to two people is not a duplicate."""
    recent = (RecentMessage(1_000_000.0 - 40, text),)
    d = default_pipeline.judge_sync(text, ctx(recent=recent))
    assert d.status == "delivered", d.labels


def test_short_text_repeated_over_and_over_is_flood(default_pipeline):
    """The same short text a third time in the window is held as flooding."""
    recent = (RecentMessage(1_000_000.0 - 20, "hello??"), RecentMessage(1_000_000.0 - 10, "hello"))
    d = default_pipeline.judge_sync("HELLO", ctx(recent=recent))
    assert d.status == "held" and "flood" in d.labels


def test_text_faster_than_typing_is_flood(default_pipeline):
    """Several long messages in a few seconds are pasted, not typed: held."""
    para = "word " * 60
    recent = tuple(RecentMessage(1_000_000.0 - i, f"{i} {para}") for i in range(1, 4))
    d = default_pipeline.judge_sync("and " + para, ctx(recent=recent))
    assert d.status == "held" and "flood" in d.labels


def test_a_blocked_advert_from_a_new_member_raises_one_alert(default_pipeline):
    """A new member's link is held so a facilitator can look at it first; when the
    message is blocked as spam there is nothing to look at, so facilitators get the one
    "blocked" alert, not also a "held" one for a message that was never held."""
    d = default_pipeline.judge_sync(
        "join: t.me/heal_wealth_vip, our mentor pays 10% weekly, guaranteed",
        ctx(membership_age_s=3600))
    assert d.status == "blocked"
    assert [a.kind for a in d.alerts] == ["blocked"]


def test_an_advert_pasted_in_a_burst_raises_one_alert(default_pipeline):
    """An advert sent in a burst is blocked as spam; the burst would have held it, but a
    message that is blocked was never held, so facilitators get one "blocked" alert per
    message rather than a "held" one beside it."""
    recent = tuple(RecentMessage(1_000_000.0 - 2 * i, f"message {i} here") for i in range(12))
    d = default_pipeline.judge_sync(
        "Stop grieving and start earning! Join my VIP signals group, 300% returns guaranteed, "
        "DM me for the link", ctx(recent=recent))
    assert d.status == "blocked" and {"spam", "flood"} <= set(d.labels)
    assert [a.kind for a in d.alerts] == ["blocked"]
    assert "flood" not in d.alerts[0].reason


def test_a_threat_in_a_blocked_message_still_alerts_as_held(default_pipeline):
    """Content that needs a person, such as a threat, still raises its alert when the
    message is also blocked."""
    d = default_pipeline.judge_sync(
        "my coaching package is at healfast.example.com, 50% off today. and @Dana I know "
        "where you park. you'll pay for what you said, I'll make sure of it",
        ctx(membership_age_s=3600))
    assert d.status == "blocked"
    assert {"violence", "new_member_link"} <= set(d.labels)
    held = [a for a in d.alerts if a.kind == "held"]
    assert len(held) == 1 and "violence" in held[0].reason
    assert "new_member_link" not in held[0].reason


@pytest.mark.parametrize("text", [
    "this piece on how betting apps target men explains so much: example.co.uk/news/betting",
    "saw this in the paper about hidden debt and it read like my life example.com/money/debt",
])
def test_a_link_shared_as_reading_is_not_an_advert(default_pipeline, text):
    """A news piece or article a member shares is something to read, not something sold."""
    assert "spam" not in default_pipeline.judge_sync(text, ctx()).labels


def test_a_member_moving_house_is_not_the_talk_moving_elsewhere():
    """"Moving to Peru" is a member's news; "moving to a private telegram group" takes the
    circle elsewhere."""
    assert not CUES["recruit"].search("sent it to the school whatsapp by mistake. moving to Peru")
    assert not CUES["recruit"].search("moving to Spain in September, anyone want a fridge?")
    assert CUES["recruit"].search("we're moving to a private telegram group, come along")
    assert CUES["recruit"].search("the group is moving over to discord next week")


@pytest.mark.parametrize("text", [
    "enrolled in an evening bookkeeping course at the college, £90 for the term",
    "the forensic accountant cost £2k but found £18k in crypto he 'forgot' about",
])
def test_what_a_member_paid_for_themselves_is_not_an_advert(spam_stage, text):
    """A course the member enrolled in and what their accountant cost are their own
    story, not something sold to the circle."""
    assert spam_stage.run(Message.from_raw(text), ctx()).findings == []


@pytest.mark.parametrize("text", [
    "giveaway time! follow @healtogether_uk and tag a friend to win a spa day",
    "if you want him back you need Dr Okafor, he is real and his work is fast",
    "a man I know can get into any phone and show you who your husband talks to",
])
def test_giveaways_spell_doctors_and_phone_hackers_are_spam(spam_stage, text):
    """A tag-a-friend giveaway, a "doctor" of spells vouched for, and a hacker who sells a
    look into a spouse's phone."""
    assert [f.label for f in spam_stage.run(Message.from_raw(text), ctx()).findings] == ["spam"]


def test_a_member_calling_someone_genuine_is_not_a_scam():
    """"She is genuine" about a counsellor is praise, not a spell doctor's advert."""
    assert not CUES["scam"].search("my new counsellor is lovely, she is genuine and kind")
