"""Crisis, violence and harassment through the default pipeline; hard negatives pass."""

from __future__ import annotations

import pytest

from moderation.lexicon import (
    AFFECTION,
    FIGURATIVE,
    LEGAL,
    RECOVERED,
    REFUSAL,
    SUPPORTING,
    rule_hits,
)
from moderation.stages.normalise import fold

from .conftest import assert_urgent_crisis, ctx


def fires(text: str, label: str) -> bool:
    """Whether a phrase rule for ``label`` fires on the folded text."""
    return label in rule_hits(fold(text)[0])


def assert_rule_and_decision(pipeline, text: str, label: str, status: str) -> None:
    """A phrase rule for ``label`` fires, and the whole pipeline carries it with ``status``."""
    assert fires(text, label)
    d = pipeline.judge_sync(text, ctx())
    assert label in d.labels and d.status == status


def test_crisis_is_delivered_with_resources_and_urgent_alert(default_pipeline):
    """A member at risk sees crisis resources for their locale; facilitators get an urgent alert."""
    d = default_pipeline.judge_sync("I can't do this anymore, I want to end my life tonight",
                                    ctx(locale="US"))
    assert d.status == "delivered"
    notice = next(n for n in d.notices if n.kind == "crisis")
    assert "You don't have to face this alone" in notice.text
    assert any(r.get("phone") == "988" for r in notice.resources)
    assert notice.resources[-1]["country"] == "INT"
    assert any(a.kind == "crisis" and a.severity == "urgent" for a in d.alerts)


def test_self_harm_is_crisis_not_a_threat_held_from_the_circle(default_pipeline):
    """A disclosure of self-harm reaches the circle with crisis care, even when the sentence
    model reads it as violence; harm to someone else named beside it is still held."""
    d = default_pipeline.judge_sync("can't stop cutting. found a new spot he won't see", ctx())
    assert d.status == "delivered" and "violence" not in d.labels
    assert_urgent_crisis(d)
    d = default_pipeline.judge_sync(
        "cut myself again last night and I swear I'll stab him when he comes back", ctx())
    assert d.status == "held" and "violence" in d.labels
    d = default_pipeline.judge_sync(
        "everyone's worried I'm going to hurt myself. relax. it's the other woman who should be "
        "worried", ctx())
    assert "violence" in d.labels


@pytest.mark.parametrize(("locale", "phone"), [
    ("IN", "14416"), ("NZ", "1737"), ("ZA", "0800 567 567"), ("PH", "1553")])
def test_crisis_resources_cover_where_members_write_from(default_pipeline, locale, phone):
    """Members in India, New Zealand, South Africa and the Philippines get their own
    country's line first, and the international directory last."""
    d = default_pipeline.judge_sync("I want to end my life tonight", ctx(locale=locale))
    notice = next(n for n in d.notices if n.kind == "crisis")
    assert notice.resources[0]["country"] == locale and notice.resources[0]["phone"] == phone
    assert notice.resources[-1]["country"] == "INT"


@pytest.mark.parametrize("text", [
    "India mein iCall hai, 9152987821, free counselling hai",
    "for the kiwis: call or text 1737 any time",
    "SA folks, SADAG is on 0800 567 567",
])
def test_a_listed_helpline_number_is_not_redacted(default_pipeline, text):
    d = default_pipeline.judge_sync(text, ctx())
    assert d.status == "delivered" and "pii" not in d.labels


def test_crisis_with_address_is_redacted_and_alerted(default_pipeline):
    """Crisis + address: redacted, crisis notice and alert, original kept."""
    d = default_pipeline.judge_sync(
        "he's outside my flat at 9 Elm Court kicking the door and says he'll kill me", ctx())
    assert d.status == "redacted"
    assert "[address removed]" in d.text and "9 Elm Court" in d.original
    assert {n.kind for n in d.notices} >= {"crisis", "redacted"}
    assert any(a.kind == "crisis" for a in d.alerts)


@pytest.mark.parametrize("text", [
    "I'm going to stab him next time he turns up at the house",
    "@Pat you're pathetic, no wonder he left you",
])
def test_threats_and_insults_are_held(default_pipeline, text):
    """Violence and harassment wait for a facilitator, with a high alert and a kind notice."""
    d = default_pipeline.judge_sync(text, ctx())
    assert d.status == "held"
    assert any(a.kind == "held" and a.severity == "high" for a in d.alerts)
    held = next(n for n in d.notices if n.kind == "held")
    assert "not a judgement of you" in held.text


@pytest.mark.parametrize("text", [
    "I hate him. he is a liar and a coward and I'm done",
    "this week has been absolute shit",
    "two years ago I used to cut myself. today I rang a friend instead",
    "started sertraline last week, my GP says give it six weeks",
    "I could kill him for forgetting her birthday again",
    "Mark told me last night it started in march",
    "@Jo you're not stupid, you trusted someone you loved",
    "Welcome, everyone. Our group agreement is pinned.",
    "Reminder: the group agreement is pinned at the top. Be kind to each other",
    "I won't be around on sunday, family lunch",
    "gonna kill it at my interview today",
    "I want to punch him. I won't. going for a run instead",
    "I cut myself a lot as a teenager. I'm 40 now and in a good place",
    "@Lisa you deserved so much better than how he treated you",
    "he told me to dm him on insta. not happening",
    "UK folks: Samaritans 116 123, any time, free",
    "can we keep the 'all men are dogs' stuff out of here? there are lads in this circle too",
    "I'm going to end it this weekend. the marriage I mean!! telling him saturday",
    "I wanted to die when I found out. that was March 2022. I'm doing so much better",
    "went back to church today. sat at the back. nobody asked questions which was nice",
    "@Ruth you weren't stupid. you trusted someone you loved",
    "you lot are lovely, honestly",
    "gonna strangle the next person who tells me everything happens for a reason",
    "I'm going to kill him... with kindness and a very organised spreadsheet",
    'he said "I wish I was dead" when I confronted him. manipulation, classic',
])
def test_hard_negatives_pass_untouched(default_pipeline, text):
    """Venting, profanity, recovery, medication, hyperbole and first names are delivered as written."""
    d = default_pipeline.judge_sync(text, ctx())
    assert d.status == "delivered", d.labels
    assert d.text == text and not d.notices and not d.alerts


@pytest.mark.parametrize("text", [
    "I've been giving my things away, my sister has the car now",
    "I just want to sleep and not wake up",
    "they'd be better off. all of them",
    "I've got the tablets counted out on the side",
    "this is my last night, thank you all for being kind",
    "he's got a knife and won't let me leave the house",
    "took most of the sleeping ones with the wine. feeling floaty",
    "he's at the front door right now screaming, police said 10 mins",
    "wish I'd died in that crash last year, would have saved everyone the bother",
])
def test_indirect_crisis_talk_is_recognised(default_pipeline, text):
    """Passive wishes, giving things away, means, goodbyes and danger raise a crisis alert."""
    assert_urgent_crisis(default_pipeline.judge_sync(text, ctx()))


@pytest.mark.parametrize("text", [
    "with respect, if she texts him again I'll break her nose",
    "someone go round and give him a slap from me",
    "@Rae you got what you deserved",
    "@Tom you're a spineless loser",
    "she has no idea what I've got planned for her",
    "slashed his tyres. that was just the warm-up",
])
def test_polite_threats_and_member_contempt_are_held(default_pipeline, text):
    """Conditional threats, incitement and contempt at a member wait for a facilitator."""
    assert default_pipeline.judge_sync(text, ctx()).status == "held"


@pytest.mark.parametrize("text", [
    "my cousin says he can send some boys to her place. I've said yes",
    "let's all chip in and pay someone to give my ex a going-over. who's in",
    "my brother has offered to 'sort him out'. I said yes. they meet on sunday",
    "I just want him to have an 'accident' on the scaffolding, who would know",
    "I'm not suicidal, I'm homicidal. and I know which evening",
    "he will not walk out of that courtroom on Thursday without a limp",
    "she crosses the car park alone at 7:15. one of these days I won't just be watching",
    "I know her name, I know her office, and I have nothing left to lose",
    "saving the sleeping tablets the GP gave me. not for me. for his tea",
    "he'd do well to remember I still know how to use my late dad's shotgun",
])
def test_veiled_threats_hired_hands_and_winks_are_held(default_pipeline, text):
    """Violence arranged through others, an 'accident' said with a wink, and calm warnings
    about what the writer knows wait for a facilitator, whatever the models say."""
    assert fires(text, "violence")
    assert default_pipeline.judge_sync(text, ctx()).status == "held"


@pytest.mark.parametrize("text", [
    "my brother offered to sort the garden out while I'm at court. I said yes",
    "dad offered to have a word with him at handover. I said yes, he's calmer than me",
    "watching them put her in the ground last week broke something in me",
    "I sleep with one eye open since he left, every noise wakes me",
    "it was an accident, the glass slipped, nobody got hurt",
])
def test_offers_of_help_funerals_and_fear_are_not_threats(text):
    """Help accepted, a burial, fear at night and a real accident are not violence rules."""
    assert not fires(text, "violence")


@pytest.mark.parametrize("text", [
    "I'm going to hit him where it hurts: child maintenance, full assessment, nothing informal",
    "I'm going to make him pay. child support, half the pension. the judge agreed 🙂",
    "my 8 year old said 'I'll punch daddy for making you cry'. we talked about big feelings",
    "she texted me 'watch your back' after I told her husband. reported it to the police",
    "my therapist asked how I'd kill off his character if our marriage were a novel",
])
def test_revenge_through_the_courts_and_others_words_are_not_threats(default_pipeline, text):
    """Money and court orders as revenge, a child's words or a threat received, and a story
    are delivered, not held."""
    assert not fires(text, "violence")
    assert default_pipeline.judge_sync(text, ctx()).status == "delivered"


@pytest.mark.parametrize("text", [
    "I'm going to hit him where it hurts. with a bat, at his work",
    "I'll make him pay. I'm going to break his legs",
    "I texted her 'watch your back'. she knows I mean it",
])
def test_the_writers_own_threat_is_still_held(default_pipeline, text):
    """The same idioms with harm meant, and a threat the writer sent, are held."""
    assert default_pipeline.judge_sync(text, ctx()).status == "held"


@pytest.mark.parametrize("text", [
    "@Deepa lol do you ever post anything that isn't crying",
    "@Noor you picked him. enjoy the consequences",
    "@Edie your mental health isn't our problem. spare the rest of us",
    "@Felix boo hoo, your boyfriend left you. welcome to getting old",
    "@Olu such a pick-me, always agreeing with the facilitators",
])
def test_scorn_for_a_members_pain_is_harassment(default_pipeline, text):
    """Mocking a member's tears or telling them their pain is a burden is held."""
    assert fires(text, "harassment")
    assert default_pipeline.judge_sync(text, ctx()).status == "held"


@pytest.mark.parametrize("text", [
    "@Sam boo hoo for him, his loss not yours",
    "@Kim his mental health isn't your problem anymore. look after you",
    "boo hoo, the affair partner dumped him. enjoy the consequences mate 😂",
])
def test_scorn_for_an_absent_partner_is_not_member_harassment(text):
    """The same words aimed at the partner who left, or with no member addressed, pass."""
    assert not fires(text, "harassment")


def test_a_member_sharing_their_own_number_is_redacted_not_blocked(default_pipeline):
    """Offering to talk is kind: the number is personal data, and nothing in it is selling."""
    d = default_pipeline.judge_sync("call me on 07700 900789 if you want to talk", ctx())
    assert d.status == "redacted"
    assert set(d.labels) == {"pii"}


@pytest.mark.parametrize("text", [
    # someone else's words, in quotes, even with apostrophes inside ("I'll")
    "my dad said 'I'll kill him' when I told him, then hugged me for ages",
    "her brother told her 'I'll kill myself if you go', it's a pressure tactic",
    "my ex kept saying \"you're dead to me, I'll end it all\" but he's fine, he's in Spain",
    # figures of speech
    "I wanted to die of embarrassment when the barista read his name out",
    # idioms and talk of ending a relationship, in other languages
    "no fim acaba tudo bem, eu sei",
    "vou matar a saudade da minha mãe no domingo",
    # dividing things up in a divorce, and a busy month
    "bloody mediation. 3 hours to agree who gets the blender",
    "the solicitor wants a list of who gets what by friday",
    "I'm not going to be around much this month, new job training",
    "if you don't hear from me for a while, I'm camping in Wales with no signal",
    "she posted a photo of our old house with him in it",
    "I want to throttle him, but I'll settle for keeping the good saucepans",
    "going to strangle this printer, 30 pages of disclosure and it jams every time",
    "I'm going to bury him. in paperwork. my solicitor loves a spreadsheet",
    "voglio farla finita con lui, basta bugie",
    "ça va me tuer ce divorce 😅",
    "die Suizid-Hotline hat meiner Schwester geholfen",
    "honestly he'd be better off dead to me, I've blocked him everywhere",
    # the same words as an attempt or a threat, meaning something else
    "tried last night to get the kids to bed early, didn't work, they were wired",
    "said I was fine at the appointment. I lied about the biscuits though",
    "still here and still angry about the lies, but sleeping better",
    "we had to put her in hospital after the fall, she's 91",
])
def test_others_words_figures_of_speech_and_idioms_fire_no_rule(text):
    """Words another person said, "die of embarrassment", and idioms in other languages
    fire no crisis or violence rule."""
    assert rule_hits(fold(text)[0]) == {}


@pytest.mark.parametrize(("text", "label"), [
    # the writer's own words, quoted or not
    ("I said 'I'll kill him' and I meant every word", "violence"),
    ("I'll kill him if he comes near the kids again", "violence"),
    ("I keep thinking 'I want to die' over and over", "crisis"),
    ("I want to die of shame and I want to die, full stop", "crisis"),
    ("the voice keeps saying I'd be better off dead", "crisis"),
    ("thanks for everything. this is me signing off for good", "crisis"),
    ("I've written down who gets what. the guitar goes to my nephew", "crisis"),
    ("I won't be around much longer, it's better this way", "crisis"),
    ("cut again last night. it's the only thing that helps", "crisis"),
    ("whatever. I'll be gone by morning anyway", "crisis"),
    ("if you don't hear from me after tonight, the cat's food is in the cupboard", "crisis"),
    ("anyone want fifty quid? my ex needs his teeth knocked out", "violence"),
    ("antifreeze is sweet. he'd never taste it in his coffee", "violence"),
    ("I'll break every window of her flat with her inside", "violence"),
    ("my cousin is lending me his rifle, and it's not for deer", "violence"),
    ("pag nakita ko siya ulit, sasaktan ko siya", "violence"),
    ("bas ek baar mil jaaye, uska chehra bigaad dungi", "violence"),
    ("@Lola eres una inútil, lárgate de aquí", "harassment"),
    ("the nurse asked if I felt safe at home and I said I was fine. I lied.", "crisis"),
    ("tried on saturday. it didn't work. nobody knows", "crisis"),
    ("woke up disappointed I'm still here. again", "crisis"),
    ("night all, going to sleep and I hope it's a long one", "crisis"),
    ("if she shows up at the school gates again I'll put her in hospital", "violence"),
    ("I'm not going to hit her. I'm just going to make sure she ends up in a wheelchair",
     "violence"),
    # other languages: both models read English, so the plainest phrases are rules
    ("je suis fatiguée de vivre, j'ai envie de mourir", "crisis"),
    ("não quero mais viver, hoje acaba tudo", "crisis"),
    ("ich will nicht mehr leben", "crisis"),
    ("voglio morire, non ce la faccio", "crisis"),
    ("sach mein ab marna chahti hoon", "crisis"),
    ("ayoko nang mabuhay", "crisis"),
    ("si je la vois encore avec lui, je vais la tuer", "violence"),
    ("se ele aparecer aqui eu o mato", "violence"),
    ("wenn er das nochmal macht, bring ich ihn um", "violence"),
    ("main use jaan se maar dungi", "violence"),
])
def test_the_writers_own_words_fire_the_rules_in_any_language_covered(text, label):
    """The writer's own words for wanting to die or to kill fire a rule."""
    assert fires(text, label)


@pytest.mark.parametrize("text", [
    "@Nomvula please reach out to someone tonight. you don't have to carry this on your own",
])
def test_urging_another_member_to_reach_out_is_support_not_crisis(text):
    """Telling a member in pain to reach out to someone is support: no crisis rule fires."""
    assert SUPPORTING.search(fold(text)[0]) and not fires(text, "crisis")


@pytest.mark.parametrize("text", [
    "@Ali you said you're on the bridge. please step back and call 999. I'm not going anywhere",
    "@Thandi please, if he's got the gun out, get yourself and the baby out and call 10111",
    "@Bea if he's got the knife out again, get out of the house and call 911 now. we're here",
])
def test_urging_another_member_to_get_help_alerts_without_crisis_resources(default_pipeline, text):
    """The danger is the other member's: facilitators are told to check on them, and the
    writer is not sent resources meant for their own safety."""
    d = default_pipeline.judge_sync(text, ctx())
    assert d.status == "delivered" and "crisis" not in d.labels
    assert not d.notices
    alert = next(a for a in d.alerts if a.kind == "crisis")
    assert alert.severity == "high" and "check on the member" in alert.reason


@pytest.mark.parametrize("text", [
    "@Sam please call 999 for me, he's outside with a knife",
    "@Mel he's at the door again and I can't get out, can you ring the police",
    "@Jo I'm on the bridge. tell them to call 999, I can't do this anymore",
])
def test_a_member_in_danger_asking_another_for_help_is_a_crisis(default_pipeline, text):
    """Asking someone to ring for help is the writer's own danger: urgent alert, resources."""
    d = default_pipeline.judge_sync(text, ctx())
    assert_urgent_crisis(d)
    assert any(n.kind == "crisis" for n in d.notices)


@pytest.mark.parametrize("text", [
    "my cousins are going round tonight. I didn't tell them to go easy on him",
    "the divorce is final next week and he'll get what's coming, I'll make sure of it",
    "if the judge gives him the house I'll make sure he never gets to enjoy it",
    "told my sister I'd put him in the ground. she laughed. I didn't.",
    "he thought the kettle thing was a joke. she smiled, I didn't",
])
def test_a_threat_is_not_excused_as_legal_talk_or_a_refusal(text):
    """Only revenge through the courts, or a refusal, lowers a violence score. A threat
    that mentions the divorce is neither, and "she laughed. I didn't." sets the writer
    against the laugh: it does not say the writer held back."""
    assert not LEGAL.search(fold(text)[0]) and not REFUSAL.search(fold(text)[0])


@pytest.mark.parametrize(("text", "excuse"), [
    ("wanted to slap him so badly. I didn't.", REFUSAL),
    ("I'm going to make him pay, in court, every penny", LEGAL),
    ("I used to think about ending it. I'm in a good place now", RECOVERED),
])
def test_refusals_legal_revenge_and_recovery_are_still_read(text, excuse):
    assert excuse.search(fold(text)[0])


def test_getting_used_to_someone_gone_is_not_past_framing():
    """"Easier for them to get used to me not being here" is a goodbye, not recovery."""
    assert not RECOVERED.search(fold("easier for them all to get used to me not being here")[0])


@pytest.mark.parametrize(("text", "labels"), [
    ("if I'm going, she's coming with me. I know where she'll be on Friday night",
     {"crisis", "violence"}),
    ("I'm taking him with me. he doesn't get to be happy with her while I'm in the ground",
     {"crisis", "violence"}),
    ("I'm at Beachy Head. just wanted to say it to someone", {"crisis"}),
    ("I'm on the bridge. no one knows I'm here", {"crisis"}),
    ("said my goodbyes to the people who matter tonight. they don't know it", {"crisis"}),
    ("I'm not scared of dying anymore. that's new", {"crisis"}),
    ("@Steph you're a heartless cow and you're the reason I'm doing it tonight",
     {"crisis", "harassment"}),
    ("at the range every Saturday since I found out. getting really accurate. he has no idea",
     {"violence"}),
    ("@Ravi 🤡🤡🤡", {"harassment"}),
    ("@Ravi 🙄🙄", {"harassment"}),
    ("typical Filipina, married him for the visa and now she's crying about it here",
     {"harassment"}),
    ("stopped reading @Gemma's posts, she's obviously mentally ill and fishing for attention",
     {"harassment"}),
    ("@Nomvula you can stop the check-in calls, I'm sorted now. sorted for good", {"crisis"}),
    ("I don't plan on seeing 50. which is in march", {"crisis"}),
    ("stopped the heart tablets a week ago and I feel oddly calm about it", {"crisis"}),
    ("I drive up to the top of the multistorey most nights just to look over", {"crisis"}),
    ("dad's old revolver is still in the loft and I keep thinking about getting it", {"crisis"}),
    ("I keep thinking about taking them with me when I go", {"crisis", "violence"}),
    ("he's taken my passport and my keys and he's sitting by the door, staring at me",
     {"crisis"}),
    ("the day the divorce goes through is the day he has an accident", {"violence"}),
    ("been sitting outside her place most nights. she's got a little routine. on her own",
     {"violence"}),
    ("his motorbike had a little bit of maintenance from me last night", {"violence"}),
    ("I'm not going to do anything stupid. I'm going to do something very permanent to him",
     {"violence"}),
    ("@Bernadette at your age you should be grateful anyone touched you", {"harassment"}),
    ("can't stop cutting. found a new spot he won't see", {"crisis"}),
    ("I know it was you @Marguerite. I'd keep looking over my shoulder if I were you",
     {"violence"}),
    ("if he lays a hand on our son again I'll be the one going to jail", {"violence"}),
    ("won't matter by monday anyway, I've sorted how I'm going", {"crisis"}),
    ("picturing driving through his front room. don't much care if I make it out",
     {"crisis"}),
    ("dad taught me cars. I know exactly which bolt to loosen so it holds until the highway",
     {"violence"}),
    ("you lot should know who Nomvula really is. she cheated on her husband first",
     {"harassment"}),
])
def test_murder_suicide_places_of_danger_preparation_and_mockery(text, labels):
    """Taking someone with them, being at a place of danger, practising in secret,
    mocking a member with emoji, and reducing someone to their nationality fire rules; so do
    goodbyes to the people checking in, stopping life-saving tablets, nightly visits to a
    height, a kept gun, planned 'accidents', sabotage, watching someone's routine and
    contempt for a member's age."""
    assert set(rule_hits(fold(text)[0])) == labels


@pytest.mark.parametrize("text", [
    "I'm taking him with me to the shops tonight",
    "if I go, he's coming too, he loves the beach",
    "I'm taking the kids with me to Spain, he can go to hell",
    "we went to Beachy Head with the kids, gorgeous day",
    "I'm not scared of the divorce anymore",
    "took up boxing at the gym, getting really good. feels great",
    "@Ravi 🙄",
    "@Ravi 😂😂😂",
    "typical Thai food is my fave, we had it on our first date",
    "@Sam you're not attention seeking, you're hurting",
    "I'd take a bullet for my kids. for him these days maybe a small pellet",
    "she'll get what's coming to her. not from me. from life. people like that always do",
    "I don't want to live like this anymore, so I'm selling the house and moving near my sister",
    "@Gareth you lot are the only people I can tell this to. my own brother laughed",
    "bought a crowbar to get the old kitchen cabinets off the wall. therapeutic",
    "@Lucy absolute clown, love you, you made me snort tea 🤡❤️",
    "ma sœur a dit 'je vais le tuer' en apprenant, puis elle m'a fait un chocolat chaud",
    "mia nonna ha detto 'se lo vedo lo ammazzo', poi gli ha offerto il caffè",
    "I'm taking the kids with me when I go to my mum's",
    "stopped the antidepressants with my GP, feel calm and proud",
    "we drove to the top of the car park to look over the city lights with the kids",
    "my daughter had an accident on her bike, she's fine",
    "I stopped the check-in calls with my sponsor, I'm sorted now",
    "don't plan on seeing him at christmas",
    "I'm not going to hurt him. I'm going to do something for me for once, a spa day",
    "mum's going to kill me when she sees I cut my own fringe at 1am",
    "her husband told mine he'd break his legs. six months ago and nothing came of it",
    "I can't stop cutting people off lately, it's a boundary thing",
    "can't stop cutting corners at work, too tired to care",
    "I'm not the one going to jail, he is. the lawyer says fraud",
    "I kept looking over my shoulder for months after I left, it gets easier",
    "a year since I last hurt myself. short sleeves at the work party tonight",
    "I've sorted how I'm going to pay the solicitor, my brother's lending it",
    "the mechanic showed me which bolts to loosen to replace the wheel",
    "I never knew who he really was, twenty years and I never knew",
    "I said my goodbyes to the house today, keys handed back to the agent",
    "the new printer at work is trying to kill me. third jam today",
    "I finished my life admin today, feels good",
    "i am not want to live with him anymore, I go to my sister",
    "bought razor blades for my shaver",
    "the voices in my head telling me to text him",
    "the cutting board came back from my mum's",
    "the cutting back of hours at work has us all worried",
])
def test_look_alikes_of_the_new_rules_fire_nothing(text):
    """Trips, hobbies, one eye-roll, laughter, food, kindness, karma, a plan to live
    differently, a farewell to a house, teasing said with love and someone else's quoted
    words are not read as danger, threats or contempt."""
    assert rule_hits(fold(text)[0]) == {}
    if "bullet" in text or "from life" in text:
        assert REFUSAL.search(fold(text)[0]) or FIGURATIVE.search(fold(text)[0])


@pytest.mark.parametrize("text", [
    "@Marco lol you absolute muppet, wrong thread again ❤️",
    "@Jess you daft cow, I love you, stop apologising for crying",
    "@Hamish you absolute legend, you slayed that mediation",
])
def test_insults_said_with_love_pass(default_pipeline, text):
    """Teasing with plain affection is delivered untouched."""
    d = default_pipeline.judge_sync(text, ctx())
    assert d.status == "delivered" and "harassment" not in d.labels, d.labels


def test_negated_affection_does_not_excuse_contempt():
    """"your husband doesn't love you" is not affection."""
    assert not AFFECTION.search(fold("@Abi your husband doesn't love you, anyway 🙄")[0])


def test_wanting_a_different_life_with_danger_beside_it_is_still_a_crisis(default_pipeline):
    """"I don't want to live like this" with a plan to change passes; with pills beside it,
    it is still a crisis."""
    calm = default_pipeline.judge_sync(
        "I don't want to live like this anymore, so I've applied for jobs in Bristol", ctx())
    assert "crisis" not in calm.labels
    assert "crisis" in rule_hits(fold(
        "I don't want to live like this anymore. I've got the pills and told him I'm done")[0])


@pytest.mark.parametrize("text", [
    "kept driving round the car park on Berry Lane for an hour before I could go in",
    "sat in the car outside the house for an hour before I could face going in",
    "couldn't face going in after handover, sat in the drive for ages. then I went in",
])
def test_dread_the_member_got_through_is_not_a_crisis(default_pipeline, text):
    """Sitting in the car for an hour before going in is dread that passed: delivered
    untouched, with no crisis notice for the member and no urgent alert."""
    d = default_pipeline.judge_sync(text, ctx())
    assert d.status == "delivered" and "crisis" not in d.labels, d.labels
    assert not d.alerts and not d.notices


@pytest.mark.parametrize("text", [
    "I'm 24 and my life feels over. I wish I'd just die in my sleep",
    "28 years married and all I want is to go to sleep and not come back from it",
    "the voice in my head says I'm worthless and should end it",
    "I'm fine mate. the burns are small. I just need to do it some nights",
    "doing the ice and salt thing on my arms again",
    "the shame is too much. I keep thinking about the slurry pit on the farm",
    "I have thought of jumping from our terrace many times this week",
    "hahaha googled how long an overdose takes 😅",
    "haha if the pills I've been stockpiling do the job I'll miss mediation 😂",
    "survived the overdose in August and I'm angry that I did. thinking about trying again",
    "lol at this point I'm just waiting for a bus to do me a favour",
    "picked a fight outside the pub on purpose. wanted them to finish the job for me",
    "caught myself wishing the plane would go down on the way to Dublin",
    "my new coping mechanism is standing on the balcony railing to see how far I can lean",
    "disposable bbq in the bedroom with the windows taped. this weekend",
    "everyone's always checking on me. I want to give them their lives back for good",
    "he deserves better than this mum. or no mum, honestly",
    "please stop checking. I just don't see myself making it to new year",
    "stopped my epilepsy meds on purpose. if a seizure takes me in my sleep, fine by me",
    "drove to the cliff car park. I'm still here, engine running, looking at the drop",
])
def test_wishes_means_and_methods_said_plainly_are_crisis(default_pipeline, text):
    """Passive wishes, self-harm, means gathered or looked up, danger sought from others
    and a plan for the weekend raise a crisis, even said with a laugh."""
    d = default_pipeline.judge_sync(text, ctx())
    assert fires(text, "crisis")
    assert_urgent_crisis(d)


@pytest.mark.parametrize("text", [
    "if he turns up on saturday I'll put a knife in him and then in me. done negotiating",
    "I'm going to drive us both off the coast road. he doesn't get to walk away",
    "driving out to the lookout tonight, where we used to go. seems fitting to finish there",
    "lovely walk on the beach with the kids, chips, a crab. it was a good day to end on",
    "my nan said God takes the good ones early. I keep asking him to take me",
    "stubbed a cigarette out on my leg tonight. bought a pack just for that",
    "I'm doing the ice and salt thing on my arms again. it's worse than it used to be",
])
def test_harm_then_oneself_and_a_day_chosen_to_end_on_are_crisis(default_pipeline, text):
    """Harm to someone and then to oneself, a place or a day chosen to end on, asking to
    be taken, burns, and self-harm 'worse than it used to be' raise a crisis."""
    assert fires(text, "crisis")
    assert "crisis" in default_pipeline.judge_sync(text, ctx()).labels


@pytest.mark.parametrize("text", [
    "thinking of jumping ship to a firm in Leeds, fresh start",
    "thought about jumping in the car and driving to his mum's to have it out",
    "the budget cuts are small this year, thank god",
    "disposable bbq on the beach with the kids, then home to tidy the bedroom",
    "if it takes me all year to heal, fine, I'm not rushing it",
    "I want to give my kids their weekends back, no more court",
    "I stopped my meds on purpose back in 2019 and ended up in hospital. fine now",
    "I'm still here, six months on, and the engine light on the car is my biggest worry",
    "I used to do the ice and salt thing as a teen. not anymore, 10 years clean of it",
    "the pub at the top is a fitting place to finish the walk",
    "my sister reads first at the funeral and then me, then the vicar says a few words",
])
def test_look_alikes_of_plain_crisis_words_are_not_crisis_rules(text):
    """Jumping ship, budget cuts, a beach barbecue, time to heal, recovery told as past, the
    end of a walk and taking turns do not fire the crisis rules."""
    assert not fires(text, "crisis")


@pytest.mark.parametrize("text", [
    "I've been sleeping in the car on the drive because I can't be in our bed",
    "stood on the platform for ages and let two trains go before I got on",
    "parked up by the reservoir and just watched the water for a bit. it helped",
    "sat on the bench by the canal watching the boats go through the lock. calmed me right "
    "down before the solicitor call",
    "bought a rope and a harness today. bouldering was fun, next stop proper climbing",
])
def test_everyday_hardship_and_places_that_helped_are_not_a_crisis(default_pipeline, text):
    """A night in the car away from the shared bed, a train let go before getting on, water
    or a towpath that calmed the member, rope for climbing: delivered with no crisis
    notice and no urgent alert."""
    d = default_pipeline.judge_sync(text, ctx())
    assert d.status == "delivered" and "crisis" not in d.labels, d.labels
    assert not d.alerts and not d.notices


@pytest.mark.parametrize("text", [
    "sleeping in the car because I can't be in our bed. he hits me when he drinks and I'm scared",
    "stood on the bridge for an hour last night. it helped",
    "cut myself last night. it helped",
    "parked by the reservoir again tonight. I feel lighter since I decided",
    "bought a rope today. I know where I'll do it",
])
def test_fear_danger_or_calm_after_deciding_keeps_the_crisis(default_pipeline, text):
    """Fear of someone at home, a drop, self-harm that 'helped', or calm after a decision
    (a warning sign) keep the message a crisis."""
    assert "crisis" in default_pipeline.judge_sync(text, ctx()).labels


@pytest.mark.parametrize("text", [
    "sat in the car for an hour before I could go in. everyone would be better off without me",
    "sat in the garage with the engine running for an hour before I could go back in",
    "couldn't face going in so I'm still in the car park. I want it all to stop",
    "sat in the car for an hour before I could go in. I want to die",
])
def test_dread_with_danger_beside_it_is_still_a_crisis(default_pipeline, text):
    """Going in afterwards does not excuse words of danger in the same message."""
    assert "crisis" in default_pipeline.judge_sync(text, ctx()).labels


@pytest.mark.parametrize("text", [
    "finished the paperwork, booked the MOT. tried to hang myself on Tuesday but it didn't hold",
    "sorry my english. i am not want to live anymore. he go with other woman",
    "I am thinking to finish my life. everything is finish for me",
    "self harm relapse after 6 yrs. not ok",
    "the cutting came back after he saw her again. deeper than before",
    "bought blades today for the first time in a year. haven't used them yet",
    "therapy's going better. I still have the rope. I didn't tell her",
    "mediation went so well I'm going to lie down on the train tracks 😂 looked up the times",
    "the voices telling me to do it are back",
])
def test_attempts_relapse_means_and_second_language_words_are_crisis(default_pipeline, text):
    """An attempt told in passing, self-harm come back, means kept or bought, voices urging
    it and the plain words of a second language raise a crisis, whatever the models say."""
    assert fires(text, "crisis")
    assert "crisis" in default_pipeline.judge_sync(text, ctx()).labels


@pytest.mark.parametrize("text", [
    "once the divorce is final and the boys have the house, then I can go",
    "my cat is the only reason I'm still here. when she's gone there's no reason",
    "searched 'painless ways' at 3am. scrolled right past the helpline box",
    "I've got a proper exit plan now. not really a joke, sorry",
    "keep picturing my own funeral. weirdly I'm looking forward to it",
    "kept his old tablets from the cupboard. I know what they can do",
    "honestly I'm done with living. not him. living",
    "I won't be around much longer and I'm calm about it",
    "the voice telling me to do it was so loud today. I nearly listened",
    "he's on his way round and says I'll regret it. he's been done for assault before. "
    "I'm shaking",
])
def test_a_chosen_day_a_method_searched_and_means_kept_are_crisis(default_pipeline, text):
    """Going once an obligation is met, a painless way searched for, means kept because of
    what they can do, a funeral looked forward to, and someone violent on the way over are
    crisis, delivered with resources and an urgent alert."""
    assert_rule_and_decision(default_pipeline, text, "crisis", "delivered")


@pytest.mark.parametrize("text", [
    "once the divorce is final then I can go back to work full time",
    "after that I can go home and have a bath",
    "my kids are the only reason I'm still here in this town, honestly",
    "I searched 'quickest ways' to get a decree absolute",
    "six years clean from cutting today and I told my mum",
    "I don't want to be here anymore, in this house I mean. viewing a flat on Saturday",
    "I'll just walk into the sea if she texts me again (I won't. I'll mute her)",
    "the school run would be better off without me this term, I'm stepping back",
    "he's on his way round to pick up the kids. dreading the small talk",
])
def test_look_alikes_of_the_chosen_day_and_method_rules_are_not_crisis(text):
    """Going home, going back to work, staying in a town, searching how to finish a
    divorce, a milestone of recovery, a house to leave, a joke taken back in brackets, a
    role stepped back from and an ex collecting the kids fire no crisis rule."""
    assert not fires(text, "crisis")


@pytest.mark.parametrize("text", [
    "Friday: lawyer. Saturday: slash her face outside the gym. busy weekend",
    "she'll see what acid does to her pretty face",
    "crushed his sleeping pills into his dinner, enough to make him suffer",
    "his insulin lives in the fridge. so easy to get the dose wrong",
    "since I decided to poison her I sleep like a baby",
    "spent the night reading how long antifreeze takes. he'll drink anything fizzy",
    "there's a spot in the woods for a shallow grave. I checked",
    "if he goes to Ibiza with her he'll come back in a box",
    "my brother asked me for his address. I gave it to him. good luck mate",
    "@Ruth I can find out who you are. keep pushing",
    "you have my blessing to ram his van if you see it",
    "his new flat 🔪 saturday. say nothing",
    "I want to watch him bleed and I will",
    "breaking his ribs, one for each lie",
    "I only started therapy so I'd have an alibi for after I kill him",
    "messaged her from a new number that she'll be found in pieces",
    "saw his van on the bypass. next time I run him off the road",
    "the acid's already in my car. she has no idea",
    "I keep a blade in my bag now in case he comes near me at the handover",
    "karma's taking its time so I'll help it along. thursday",
    "told my nephew where his uncle lives. he knows what to do",
    "he's asleep upstairs. I'm in the kitchen with the big knife",
    "she's sleeping like nothing happened. I'm sat downstairs with the hammer from the shed",
    "told my sister where I'd bury him: a shallow grave. she laughed. I didn't.",
])
def test_faces_poison_hidden_bodies_and_sent_kin_are_held(default_pipeline, text):
    """Harm to a face, poison in food or medicine, a grave or a box, kin given the
    address, a member warned off, others urged on, a weapon emoji beside a day and a
    writer sitting armed while the partner sleeps are threats: held for the facilitators.
    "she laughed. I didn't." is a contrast, not a refusal that excuses the grave."""
    assert_rule_and_decision(default_pipeline, text, "violence", "held")


@pytest.mark.parametrize("text", [
    "chopped the onions for his dinner 🔪 tonight is curry night",
    "watching the new crime show tonight 🔪🩸 no spoilers",
    "he made his money bleed dry, watch him bleed money in court",
    "my mum crushes her tablets into her yoghurt, the nurse said it's fine",
    "he said he'd make it look like an accident. I've told the police",
    "I've decided to forgive her. not for her, for me",
    "the solicitor asked for his address for the papers",
    "he's asleep. I'm sitting in the car with the knife he left, too scared to go back in",
    "3am, he's asleep and I'm in the kitchen with the knife block thinking about my wrists",
    "she's asleep at last. I'm in the kitchen with the bread knife making tomorrow's lunches",
    "he's asleep. I'm downstairs with the knife. it's not for him, I just want it all to stop",
])
def test_look_alikes_of_the_face_poison_and_emoji_rules_are_not_threats(text):
    """Cooking and a crime show beside a knife emoji, money bled in court, medicine given
    as prescribed, a threat the member received, forgiveness, a solicitor's paperwork,
    and fear of a sleeping partner, harm meant for oneself or a knife for cooking beside
    one fire no violence rule."""
    assert not fires(text, "violence")


@pytest.mark.parametrize("text", [
    "don't worry, I'm not going to hurt myself. I'm going to hurt him, and soon",
    "if he touches my son I will kill him. not a figure of speech",
])
def test_a_threat_beside_a_denial_of_self_harm_or_of_a_figure_of_speech_is_held(
        default_pipeline, text):
    """"I'm not going to hurt myself" and "not a figure of speech" are not refusals: the
    threat that follows them stands."""
    assert_rule_and_decision(default_pipeline, text, "violence", "held")


def test_a_threat_after_saying_the_harm_is_not_for_oneself_gets_no_crisis_resources(
        default_pipeline):
    """"I'm not going to hurt myself. I'm going to hurt him": held as a threat, without the
    crisis notice and urgent crisis alert meant for a member's own danger."""
    d = default_pipeline.judge_sync(
        "don't worry, I'm not going to hurt myself. I'm going to hurt him, and soon", ctx())
    assert d.status == "held" and "violence" in d.labels
    assert "crisis" not in d.labels
    assert not any(n.kind == "crisis" for n in d.notices)


@pytest.mark.parametrize("text", [
    "I'm not going to hurt myself, I just want to disappear forever",
    "I won't hurt myself tonight but I can't promise about tomorrow",
])
def test_saying_the_harm_is_not_for_oneself_does_not_hide_a_crisis(default_pipeline, text):
    """With no threat to someone else beside it, the denial excuses nothing."""
    assert "crisis" in default_pipeline.judge_sync(text, ctx()).labels


@pytest.mark.parametrize("text", [
    "finally got my keys to the new flat today!",
    "got my passport back from the embassy, so the trip is on",
    "I took my phone off the table and went for a walk instead of reading his texts",
    "I'm not around this weekend, it's my mum's 70th",
    "I'm not here for sympathy or forgiveness, I just want to understand the damage",
    "I'm not here to judge anyone, we've all done things we regret",
    "anyone else's kids suddenly super clingy? my 5 yr old won't let me leave the room",
    "my boss won't let me leave early for the school play",
])
def test_an_absence_with_an_end_a_purpose_a_child_or_ones_own_keys_is_not_a_crisis_rule(text):
    """Away for a weekend, "not here for sympathy", a clingy child, a boss and keys the
    member got or took themselves are everyday life, not danger or a goodbye."""
    assert not fires(text, "crisis")


@pytest.mark.parametrize("text", [
    "if I'm not here next week just know none of it was anyone's fault",
    "labelled the freezer meals for their dad. he'll need them when I'm not here to do it",
    "I'm not here for much longer, I just wanted to say thank you",
    "he's taken my passport and the car keys",
    "my friend got my car keys today. told her the car is hers now",
    "she won't let me leave the flat and she's been drinking",
])
def test_goodbyes_and_being_kept_from_leaving_still_fire_the_crisis_rules(text):
    """The same words beside a condition ("if I'm not here"), with no end in sight, or
    about someone holding the member's keys or the door, are still a crisis."""
    assert fires(text, "crisis")


def test_a_revenge_joke_told_as_a_joke_is_not_a_threat_but_not_joking_is():
    """"I joked to my sister I'd bury him under the patio" is a laugh about an absent
    partner; "I'm not joking" makes the same words a threat."""
    assert not fires("I joked to my sister I'd bury him under the patio. first laugh in weeks",
                     "violence")
    assert fires("I'll bury him under the patio, and I'm not joking", "violence")


@pytest.mark.parametrize("text", [
    "@Kev bless you, it must be exhausting being this wrong about everything",
    "@Priya wow, another essay. some of us came here to heal, not to read your diary",
    "@Nina gosh you really do love the sound of your own typing don't you",
    "@Jo here we go, yet another pity party",
])
def test_mocking_how_a_member_posts_is_harassment(text):
    """Sarcasm about a member's posts ("wow, another essay", "the sound of your own
    typing") is contempt aimed at them, however polite its surface."""
    assert fires(text, "harassment")


@pytest.mark.parametrize("text", [
    "@Priya another essay and I loved every word of it",
    "some of us came here to heal, and that's ok, go gently with yourself",
    "it's exhausting being this sad all the time",
])
def test_praise_for_a_long_post_and_tiredness_are_not_mockery(text):
    """A long post praised, healing named as the reason for coming, and the writer's own
    tiredness fire no harassment rule."""
    assert not fires(text, "harassment")


@pytest.mark.parametrize("text", [
    "found a home for my fish today. I wanted them to be ok after",
    "rehomed my rabbits with a lovely family. they'll be fine",
    "GP gave me a month of tablets. haven't taken any. keeping them all together for now",
    "therapist asked me if I was safe. I said yes. that wasn't the truth",
    "got it all planned now, the when and the where. weirdly relieved",
    "you've all been so lovely to me. wanted to say that properly while I still can",
])
def test_quiet_warning_signs_fire_the_crisis_rules(text):
    """Pets given a new home "for after", a prescription kept untaken, a lie to the safety
    question, a time and place chosen, and thanks said "while I still can"."""
    assert fires(text, "crisis")


@pytest.mark.parametrize("text", [
    "found a new home for my cat, my son's allergies were getting worse",
    "haven't taken any of the painkillers they gave me, I hate how foggy they make me",
    "the wedding's planned, the when and the where, now the seating plan",
    "thank you all, I'm enjoying the quiet while I still can before the baby comes",
    "my counsellor asked if I was safe and I said yes, and I meant it",
])
def test_look_alikes_of_the_quiet_warning_sign_rules_are_not_crisis(text):
    """An allergy, painkillers refused, a wedding planned, quiet before a baby and an
    honest "yes" fire no crisis rule."""
    assert not fires(text, "crisis")


@pytest.mark.parametrize("text", [
    "he's outside 12 Marsh Lane, Leeds with a bat smashing the car. I'm upstairs with the kids, "
    "someone ring 999",
    "my ex is on the drive with a knife. I've locked us in the bathroom. please call the police",
    "he's outside with a bat and he's gonna kill me. I'm hiding in the bathroom, ring 999",
])
def test_a_member_in_danger_from_someone_armed_reaches_the_circle(default_pipeline, text):
    """The bat or knife is in someone else's hands and the member is hiding or asking for
    help: a crisis the circle sees (redacted where it names a place), not a threat held
    from it."""
    d = default_pipeline.judge_sync(text, ctx())
    assert "crisis" in d.labels and "violence" not in d.labels
    assert d.status in ("delivered", "redacted")


@pytest.mark.parametrize("text", [
    "he's got a knife and he's shouting. I'm going to stab him before he gets to me",
    "he's outside with a bat and I'm scared. good. I'll be waiting with mine",
])
def test_the_writers_own_intent_beside_an_armed_other_is_still_a_threat(text):
    """Once the writer speaks of what they will do, the violence rules read it again."""
    assert fires(text, "violence")


@pytest.mark.parametrize("text", [
    "my lawyer is going to murder him in cross-examination and I'm here for it",
    "I'm going to bury him in the settlement. receipts, screenshots, bank records",
    "I used to joke that if he ever cheated I'd kill him. now it's happened and I want a nap",
])
def test_beating_someone_in_court_and_an_old_joke_are_not_threats(text):
    """Winning in court and a joke the member used to make fire no violence rule."""
    assert not fires(text, "violence")


@pytest.mark.parametrize("text", [
    "I won't make it to my daughter's graduation. I mean that literally",
    "don't think I'll be there for the court date. not in the way you think",
    "the bridge on Saturday isn't really a walk",
    "the cliffs at the weekend won't be a day out",
    "she gets the house, the dog, the friends. I'll make it easy for everyone and go.",
    "sorted everything in order this week. will, life insurance, all of it. feel strangely calm",
    "passwords are in an envelope in the desk, will's with the solicitor. weirdly at peace",
    "quick one, what happens to the pension if one of us dies? no reason",
])
def test_a_last_day_a_walk_that_isnt_and_affairs_in_order_fire_the_crisis_rules(text):
    """Not making it to a day "literally", a drop that "isn't a walk", going to make it easy
    for everyone, affairs put in order and then an odd calm, and the "no reason" question
    about what happens after a death."""
    assert fires(text, "crisis")


@pytest.mark.parametrize("text", [
    "I won't make it to group on Thursday, the trains are on strike",
    "we did the cliff walk on Saturday, blew the cobwebs away",
    "the bridge walk isn't a walk, it's a hike. bring proper boots",
    "got my will and the kids' guardianship in order after the divorce. feels grown up",
    "what happens to the mortgage if one of us dies? the solicitor wants it in writing",
    "I'll make it easy for the kids and go to his mum's for Christmas dinner, just this once",
])
def test_look_alikes_of_the_last_day_rules_are_not_crisis(text):
    """A strike, a walk that was a walk, a will made after a divorce, a solicitor's
    question and going somewhere for the children fire no crisis rule."""
    assert not fires(text, "crisis")


@pytest.mark.parametrize("text", [
    "I'm not going to hurt my husband. I'm going to hurt the woman he left me for",
    "anyone in Leeds know a guy who can sort out a man for me? I don't mean legally",
    "thinking I could push her down the stairs at the reunion and say it was an accident",
    "text him from a new number and tell him he won't see his next birthday",
    "somebody should visit him with a baseball bat. any takers",
    "I'm going round tonight. she goes first, then me",
])
def test_a_contrast_a_hired_hand_a_staged_accident_and_a_warning_are_threats(text):
    """"Not him, her", someone found to deal with a man "not legally", harm dressed up as an
    accident, a warning to pass on, a member asked to take a weapon, and her first and then
    the writer."""
    assert fires(text, "violence")


@pytest.mark.parametrize("text", [
    "my brothers keep saying they'll knock his teeth out. neither of them will do a thing",
    "I'm not going to hurt him. I'm going to let the courts deal with him",
    "is there a solicitor in Leeds who can deal with his hidden assets? properly, legally",
    "she tripped over the dog and called it an accident, we laughed for ages",
    "my mum won't see Christmas, the hospice says. telling the kids tonight",
    "in couples therapy he goes first and then me. I hate going second",
])
def test_look_alikes_of_the_new_threat_rules_are_not_threats(text):
    """Relatives' bluster the writer says will come to nothing, the courts, a solicitor, a
    real accident, a dying mother and turns in therapy fire no violence rule."""
    assert not fires(text, "violence")


@pytest.mark.parametrize("text", [
    "@Moira you stayed for ten years knowing. sorry but that's on you",
    "stop moaning in here like toddlers and get a lawyer, the lot of you",
])
def test_blame_said_to_a_member_and_the_circle_talked_down_to_are_harassment(text):
    """"That's on you" said to a member, and the circle called children for sharing."""
    assert fires(text, "harassment")


@pytest.mark.parametrize("text", [
    "@Moira none of that is on you. he lied to you for ten years",
    "@Moira that's not on you, that's on him",
    "@Moira if you take him back, that's on you and no one here will judge",
    "I've been crying in here like a baby all week, sorry everyone",
])
def test_telling_a_member_its_not_on_them_is_not_harassment(text):
    """"That's not on you" is comfort, and a member crying "like a baby" is talking about
    themselves."""
    assert not fires(text, "harassment")


@pytest.mark.parametrize("text", [
    "know anyone who does 'favours'? I have cash and an address",
    "he leaves the gym at 9 and goes to the car park alone. that's when",
    "worked out the back door's never locked and he's always asleep by 11. nobody would know",
    "her inhaler went missing from her handbag. such a shame, with her asthma",
    "I'm not going to say more. I've got a knife and her address now",
])
def test_a_hired_hand_a_watched_routine_a_way_in_and_a_missing_inhaler_are_threats(text):
    """Someone who does 'favours' paid in cash, a routine watched for the moment he is alone,
    a way in while he sleeps, a missing inhaler called a shame, and "I'm not going to say"
    (which is no refusal) before a knife and an address."""
    assert fires(text, "violence")


@pytest.mark.parametrize("text", [
    "my son's inhaler went missing at school, the nurse found it in lost property",
    "he walks the dog alone every night now. I've thought it through and I'm leaving him",
    "I'm not going to say anything to her at the school gate, she's not worth it",
    "if she turns up at the christening I'll be the ice queen. polite and freezing",
])
def test_look_alikes_of_the_hired_hand_and_routine_rules_are_not_threats(text):
    """A child's inhaler found, a decision to leave, keeping quiet at the school gate and an
    icy welcome fire no violence rule."""
    assert not fires(text, "violence")


@pytest.mark.parametrize("text", [
    "I keep thinking about drinking the weedkiller in the shed cupboard",
    "I no fit again. I just want make everything stop",
    "@Ruth honestly the way you talk, I feel sorry for your husband",
])
def test_poison_pidgin_despair_and_pity_for_a_members_partner(text):
    """Poison drunk is crisis, Pidgin "I no fit again" is crisis, and pity for a member's
    partner said to her is contempt."""
    label = "harassment" if text.startswith("@") else "crisis"
    assert fires(text, label)


@pytest.mark.parametrize("text", [
    ("bought weedkiller for the patio, the weeds are winning", "crisis"),
    ("the dog nearly drank the bleach, I've moved everything up high", "crisis"),
    ("@Ruth I feel sorry for your husband too, he's lost his best friend in all this", "harassment"),
])
def test_look_alikes_of_the_poison_and_pity_rules(text):
    """Weedkiller for the patio, and sympathy for a member's husband said kindly."""
    assert not fires(*text)


@pytest.mark.parametrize("text", [
    "how much insulin would it take? for my husband, not me",
    "if any of you see her in the Crown on a Friday, deck her for me",
    "her days are numbered and she has no idea",
    "she thinks the injunction protects her. it's paper",
    "she runs the reservoir loop at 6am, nobody's around up there. she's about to have a very "
    "bad morning",
])
def test_a_dose_for_the_ex_a_blow_for_me_and_numbered_days_are_threats(text):
    """A dose asked about "for my husband, not me", a blow asked for on the writer's behalf,
    numbered days, a court order mocked, and a lonely routine with a bad day promised."""
    assert fires(text, "violence")


@pytest.mark.parametrize("text", [
    "his days at that company are numbered, the audit's coming",
    "our old cat is nineteen and her days are numbered, the vet was kind about it",
    "how much wine would it take to forget him? not for me, I'm sober now",
    "I always said I'd kill her if she cheated. when it came to it I just packed a bag",
    "how much would it take to get the roof fixed? for the house, not for me",
    "my solicitor says the injunction protects me now. first good night's sleep",
])
def test_look_alikes_of_the_dose_and_days_rules_are_not_threats(text):
    """A job's numbered days, a vow not kept, a builder's quote and an order that protects
    the writer fire no violence rule."""
    assert not fires(text, "violence")


def test_a_decision_made_and_a_sudden_quiet_fire_the_crisis_rules():
    """Calm that comes with "the decision's made" is a warning sign."""
    assert fires("the decision's made. it's so quiet in my head now", "crisis")
    assert not fires("the decision's made, we're selling the house. so relieved", "crisis")
    assert not fires("the decision's made, I'm taking the new job. so calm about it", "crisis")


def test_naming_a_member_in_full_to_the_circle_is_harassment():
    """"@Kev ... everyone meet Kevin": a member outed under their own name."""
    assert fires("@Priyanka so judgy. everyone meet Priyanka Shah, receptionist at Elm "
                 "Tree Surgery", "harassment")
    assert not fires("@Priyanka welcome! everyone meet our newest member", "harassment")


@pytest.mark.parametrize("text", [
    '@Rhian you\'re not "grieving", you\'re performing for the rest of us',
    "@Tess honestly you're milking this divorce for attention at this point",
    "@Colm nobody in here actually likes you. we put up with it",
    "@Ines we just tolerate you, you know that right",
    "@June no one is ever going to want you looking like that, so take him back",
    "@Pia we're not your free therapists. book a real one",
    "@Pia stop trauma-dumping every single evening",
    "@Lou you went back to him twice. you don't get to complain now",
    "@Lou you signed up for this when you stayed",
    "@Ravi must be nice having all day to sit and cry on here",
    "@Bea must be lovely being so naive",
    "@Sol your singing video was painful, please stop inflicting it on the group",
    "@Mo oh spare us the speech",
    "@Kay you cried on the zoom? I'd never show my face again",
    "@Dee lovely engagement photos. shame about your face now",
    "@Ana your nagging is probably the reason he left tbh",
    "@Femi your english is so bad I gave up halfway",
    "@Zed stop cosplaying as a betrayed husband, you were engaged for a month",
    "@Zed that's not betrayal, that's a breakup. different thing",
    "@Ros eight years of posting here. at what point is it just a hobby",
    "@Kit you don't even know what marriage is, you're a child",
    "@Nell here she is, the resident martyr",
    "@Jon don't be dramatic. oh wait, too late",
    "@Viv drop the poor me act",
    "@Cass the victim act is getting old",
    "@Sid you're insufferable and I'd tell everyone else here to block him",
    "to the men in here who say they never saw it coming: you knew. stop playing innocent",
])
def test_contempt_for_a_members_pain_their_place_here_and_the_circle_is_harassment(text):
    """A member's pain called a show, a hobby or too small to count, a member told nobody
    wants them, their looks or English mocked, the circle told to shun someone, and the
    circle told its pain is its own doing."""
    assert fires(text, "harassment")


@pytest.mark.parametrize("text", [
    "@Colm someone wrote that nobody likes you. it's gone now and it isn't true",
    "he said nobody's going to want you at your age. I believed him for years",
    "@Pia sorry, my English is bad, I hope this makes sense",
    "@Lou you signed up for this group to heal and you're doing it",
    "@Mo I'm not grieving, I'm just tired today",
    "@Bea must be lovely being so close to your sister",
    "that's when I knew something was wrong with him",
])
def test_look_alikes_of_the_contempt_rules_are_not_harassment(text):
    """Reported words, a member's own English, a kind "signed up for this group", a member
    talking about themselves, a warm "must be lovely" and a story's turning point."""
    assert not fires(text, "harassment")


@pytest.mark.parametrize(("text", "label"), [
    ("that's when I knew something was up. his boss rang me", "crisis"),
    ("that's when it all started to unravel, the texts", "crisis"),
    ("his van, parked outside her house every night he said he was at work", "violence"),
])
def test_a_storys_turning_point_and_his_car_seen_outside_her_house_fire_no_rule(text, label):
    """"That's when I knew" is a turning point, not a time chosen; his car parked outside
    her house is what the writer saw, not the writer watching."""
    assert not fires(text, label)


@pytest.mark.parametrize(("text", "label"), [
    ("saturday. after the school run. that's when", "crisis"),
    ("I've been parked outside her house every night. she hasn't noticed yet", "violence"),
])
def test_a_time_chosen_and_the_writer_watching_still_fire(text, label):
    """The narrower forms still hold the original shapes."""
    assert fires(text, label)


@pytest.mark.parametrize("text", [
    "I've stopped caring if I wake up",
    "up all night going back and forth on whether to keep living",
    "not planning on being around by christmas",
    "there's nothing left to stay around for",
    "im not safe tonight",
    "the kids will be fine without me, they've got their dad",
    "roast dinner, a walk with the dog, a film. nice last sunday",
    "tucked them in and gave them extra cuddles. the last ones.",
    "sat in the garage with the door shut and the engine running for a while",
    "I want to disappear in every sense",
    "using again tonight. if I use too much, I use too much",
])
def test_quiet_forms_of_not_wanting_to_live_fire_the_crisis_rules(text):
    """Not caring whether they wake, arguing about living, not planning to be around, not
    safe now, a family that will be fine without them, a last day or last hugs, a running
    engine in a shut garage, and a dose left to chance."""
    assert fires(text, "crisis")


@pytest.mark.parametrize("text", [
    "good last day of term, the kids were feral",
    "the office will be fine without me for a week",
    "my life is over. not literally, just the one I'd planned",
    "ready to end it. the marriage!! that came out wrong",
    "it'll all be over soon. the hearing I mean",
    "I no longer want to die, the new meds help",
    "last hugs at the airport for a while, she flies to Perth tomorrow",
])
def test_look_alikes_of_the_quiet_forms_and_words_taken_back_are_not_crisis(text):
    """A last day of term, an office for a week, death words taken back in the same
    message, recovery said with "no longer", and hugs before a flight."""
    assert not fires(text, "crisis")


@pytest.mark.parametrize("text", [
    "we married in 2009 and now I don't want to live anymore",
    "he left last year and I just want to die",
    "I'm here but I don't want to be. I want it all to stop",
    "I no longer want to live",
    "years ago I got through this. now I can't keep myself safe",
])
def test_the_past_beside_a_present_wish_to_die_is_still_crisis(default_pipeline, text):
    """A year, "last year", "I'm here" or "no longer" reads as recovery only when nothing
    in the message says the danger is now."""
    assert "crisis" in default_pipeline.judge_sync(text, ctx()).labels


@pytest.mark.parametrize("text", [
    "I'm giving up. on the diet, not life, pass the crisps",
    "ready to end it. the marriage I mean. telling him sunday",
])
def test_death_words_taken_back_outweigh_the_models(default_pipeline, text):
    """The writer says in the same message what they meant: no crisis from a model score."""
    assert "crisis" not in default_pipeline.judge_sync(text, ctx()).labels


@pytest.mark.parametrize("text", [
    "three years ago I was in hospital after trying to end it. today I ran 5k. if you're in "
    "the dark right now, hang on",
    'I used to think "I want to die" was just how everyone felt. therapy showed me it '
    "wasn't. if that's you right now, tell someone",
])
def test_recovery_told_to_help_someone_else_now_is_not_crisis(default_pipeline, text):
    """"Right now" said to someone else, and a past thought in quotation marks, do not
    make the writer's own recovery a present danger."""
    assert "crisis" not in default_pipeline.judge_sync(text, ctx()).labels


@pytest.mark.parametrize("text", [
    "she left in 2021. I've got the tablets counted out for tonight",
    "months ago I promised my sister I'd stop. I'm driving to the bridge after work",
    "back then I thought it would pass. now I'm saying goodbye to you all",
    "I'm here, in the car with the hose ready",
    "since she left last year I've had the tablets saved in the drawer",
])
def test_past_framing_covers_only_its_own_sentence(default_pipeline, text):
    """"In 2021", "months ago" or "back then" frames its own sentence: a danger named in
    another sentence, with no framing of its own, is now."""
    assert "crisis" in default_pipeline.judge_sync(text, ctx()).labels


@pytest.mark.parametrize("text", [
    "two years ago I cut myself; today I reached out instead",
    "last year I wrote a goodbye note. found it today and threw it away, because I'm staying",
    "the urge to hurt myself came back last night for the first time in ages. used my safety "
    "plan and it passed",
    "years ago I had the tablets saved up. I flushed them and never looked back",
])
def test_words_that_settle_a_message_cover_all_of_it(default_pipeline, text):
    """A safety plan used, "I'm staying" or a past sentence with nothing now in the others
    is recovery, as before."""
    assert "crisis" not in default_pipeline.judge_sync(text, ctx()).labels


@pytest.mark.parametrize("text", [
    "he's getting his knees broken before christmas, my cousin knows a guy",
    "she'll pay with her teeth for what she did",
    "his lawyer took her side. she can lawyer herself from A&E",
    "not calling the police. sorting him the old way, with my brothers",
    "one more lie and I'm driving to his flat, and I'm not going there to talk.",
    "everyone says karma will get her. karma's slow. I'm not",
    "picked up a balaclava and some zip ties today. step one",
    "sharpened the hatchet and the big knife. it's not for the garden",
    "he'll regret moving in with her the night the gas is left on",
    "it's not a threat, it's a plan. friday: him",
    "people who break up families sometimes just don't make it home",
    "I've never hurt anyone in my life. that changes on saturday",
    "the GP asked about thoughts of hurting him. I lied",
    "by summer she won't be a problem anymore and I'll be the reason",
    "he always said I'd never have the guts to use it. the shotgun's in the boot",
    "@Kel I know which school your boys go to. think about that",
    "if she takes him back he's a dead man, and I mean that literally",
    "the back lane behind his gym has no CCTV. noted",
    "how much antifreeze would it take, he drinks anything sweet",
])
def test_harm_named_by_its_outcome_means_or_timing_is_a_threat(text):
    """Broken knees paid for, paying "with her teeth", "from intensive care", the old way,
    "not going there to talk", "karma's slow", a balaclava and ties, a blade "not for the
    garden", the gas left on, a plan not a threat, "don't make it home", "that changes",
    a lie about harming thoughts, "I'll be the reason", the guts to use it, a member's
    children's school, "a dead man... literally", no cameras "noted", and a sweet drink."""
    assert fires(text, "violence")


@pytest.mark.parametrize("text", [
    "I'm going to hurt his feelings for once, I'm saying no about christmas",
    "going to make him pay. every single penny. the accountant starts monday",
    "cup final on saturday and we are going to destroy them",
    "bought zip ties for the garden canes",
    "the kitchen knife is blunt, it's not for show anymore",
    "the car park at the hospital has no cameras and my car got keyed",
    "my nan always said she'd never hurt a fly. that changes nothing about her will",
])
def test_look_alikes_of_the_outcome_and_means_rules_are_not_threats(text):
    """Feelings, every penny, sport, garden ties, a blunt knife, a car park with no cameras
    and a grandmother's saying are not threats."""
    assert not fires(text, "violence")


@pytest.mark.parametrize("text", [
    "I've cut every night since the hearing",
    "did it again before work. bandage on, sleeves down",
    "saw you mention your scars fading. mine are still bleeding",
    "did it on purpose with the razor from his shaving bag",
    "six months without self-harm and then I relapsed on sunday",
    "his birthday is the date I've picked to go",
    "spent the night looking up how to make it painless",
    "went to two chemists and bought as many as they would sell me",
    "I've hidden the tablets in my old handbag where nobody looks",
    "went up and checked the beam in the garage. it would hold",
    "the GP gave me a fortnight of sertraline. I'm not taking them, I'm keeping them in one place",
    "I'm not planning on seeing christmas this year",
    "August is as far as I go",
    "I don't think I'll see the end of this month",
    "I've decided I won't be alive by the time the divorce is final",
    "on the way home I'm going to step in front of a lorry",
    "drove home hoping I'd crash but I'm hoping I hit something tomorrow",
    "stood on the bridge again tonight and got closer to climbing over",
    "thinking of driving into the reservoir after work",
    "the dark thoughts are back and I've started making plans again like before",
    "I've said what I needed to say to everyone who matters. thank you all",
    "did the maths, the life insurance pays the mortgage and they'll be fine without me",
    "ripped up my safety plan tonight",
    "asked the pharmacist for the bigger box so I'd have enough",
    "deeper cuts than before, I can't stop",
    "I sat by the same river every night this week",
])
def test_danger_told_in_passing_is_crisis(text):
    """Self-harm now, a means or date chosen, the end given a date, on the way to it, plans
    made again, a goodbye, the life insurance sum, the safety plan thrown away."""
    assert fires(text, "crisis")


@pytest.mark.parametrize("text", [
    "I've cut contact with his mother",
    "did it again! passed my driving theory test, second time lucky",
    "my scars have faded and so have the nightmares",
    "the date I've picked for the mediation is the 14th",
    "made it painless for the kids by telling them together",
    "I've hidden the birthday presents in the loft",
    "I'm not planning on seeing his family at christmas",
    "I don't think I'll see the end of this box set, it's awful",
    "step in front of the camera for once, my daughter said",
    "sat by the river with a coffee, first calm morning in weeks",
    "updated my will and my life insurance this week, he's off both",
    "this is the last time I'm crying over him",
    "I won't be around for Wednesday's session, dentist",
    "my birthday's friday and I've decided it's going to be a good one",
    "his affair partner attempted suicide and now he visits her",
    "go punch a pillow, honestly it helps",
])
def test_look_alikes_of_danger_told_in_passing_are_not_crisis(text):
    """Contact cut, a test passed, scars healed, a mediation date, a kind way of telling
    the children, presents hidden, family avoided, a poor box set, a photo, a calm coffee,
    a will updated for the divorce, the last tears, a dentist, a good birthday, someone
    else's past attempt and a pillow."""
    assert not fires(text, "crisis") and not fires(text, "violence")


@pytest.mark.parametrize("text", [
    "found out in 2022 about the loans. I've worked out the life insurance would clear it and "
    "the kids would be fine without me",
    "I found out on 3 May 2021 and I've decided I won't be alive on 3 May 2022",
    "gave my sister my grandmother's ring. I wanted to see her wear it while I'm still here",
    "I used to say I was fine. I'm not. I've hidden the rope in the shed",
    "a year ago I had my safety plan on the fridge. tonight I threw it in the bin",
])
def test_a_crisis_rule_is_read_in_its_own_sentence(default_pipeline, text):
    """Past framing in another sentence ("found out in 2022") does not cancel a crisis rule
    in a sentence of its own; "while I'm still here" is no survival, and a safety plan
    thrown away is no safety plan."""
    assert "crisis" in default_pipeline.judge_sync(text, ctx()).labels


@pytest.mark.parametrize("text", [
    "I wanted to drive into a wall every day after he left. that was four years ago",
    "a year ago I had a plan and a date. I told my GP instead. I want to be alive now",
])
def test_a_past_crisis_settled_by_a_later_sentence_stays_recovery(default_pipeline, text):
    """"That was four years ago" and "I want to be alive now" settle the whole message."""
    assert "crisis" not in default_pipeline.judge_sync(text, ctx()).labels


@pytest.mark.parametrize("text", [
    "@Dee cute theory. wrong, but cute",
    "@Sol oh honey. you actually believed the conference was a conference?",
    "@Pat what a brave little soldier you are",
    "@Ros another award-winning victim performance tonight",
    "@Ama you just love the attention, admit it",
    "@Jen which version of the story are we on this week",
    "@Lu none of this even happened, did it",
    "@Kit you're so obviously the problem here",
    "@Bo must be nice to be so naive",
    "@Cass fair play, dating again when you look like that",
    "@Ned bit old to be this clueless about women",
    "@Ola no idea how you got to 45 without learning that",
    "@Vi congrats on being the only person ever cheated on",
    "@Mo and of course it's all about you again",
    "@Ez boo hoo. some of us lost our house",
    "@Fi three months in and you're 'healing'? you clearly weren't that hurt",
    "@Al you're way out of your depth, leave it to the rest of us",
    "why is this one still in the group",
    "@Ru don't come crying to us when he does it again",
    "@Sy you drove him away with the nagging, simple as",
    "@Tam you don't get to say you know how it feels",
    "@Ian making a hobby out of being the group victim again",
    "@Jo you just want to join the club for the sympathy",
    "@Lee stop using us as free therapists",
    "@Di do us all a favour and stop typing",
    "some people should read the room before their fifth essay of the day",
    "@Gail your little gratitude journal won't fix a serial cheat",
    "@Em try working it out by yourself for once",
    "@Bri with so little going for you it's impressive you got this far",
    "came to say the same. @Yusuf is a fraud",
    "@Col a bit of flirting isn't trauma mate, get over it",
])
def test_sarcasm_and_scorn_aimed_at_a_member_is_harassment(text):
    """Mock praise, mock pity, "which lie", the problem, naivety, looks, age, "only person
    ever", all about you, "some of us", not hurt enough, out of depth, this one, crying,
    blame, gatekeeping, the group victim, sympathy, free therapy, stop typing, reading the
    room, a little journal, for once, little going for you, a fraud, not trauma."""
    assert fires(text, "harassment")


@pytest.mark.parametrize("text", [
    "@Fiona stop apologising. you're allowed to be a mess in here",
    "he loves the attention from her, that's the whole affair",
    "it's all about him, always has been",
    "I'm out of my depth with the finances, any advice?",
    "must be nice to have a mum who helps, mine won't",
    "some of us found out on holiday, some at work. there's no good way",
    "those reality TV therapists are a joke, pure theatre",
    "the story changes every time he tells it",
    "my little gratitude journal is keeping me going, honestly",
    "you didn't drive him away. he chose to go",
    "@Bex you might be a bit hard on your sister, she may not know what to say",
])
def test_look_alikes_of_sarcasm_at_a_member_are_not_harassment(text):
    """Kindness, the partner's attention and stories, a member's own depth and journal,
    honest envy, shared stories, TV, reassurance and gentle feedback pass."""
    assert not fires(text, "harassment")


def test_egging_a_member_on_to_hit_someone_is_violence():
    """"Go punch his lights out" urges harm; "go punch a pillow" does not."""
    assert fires("tough love @Ken: stop crying and go punch his lights out", "violence")
    assert fires("@Dev someone should give you a proper hiding", "violence")
    assert not fires("go punch a pillow or a cushion, it helps", "violence")


@pytest.mark.parametrize("text", [
    "I've got the rope in the shed and it isn't for me",
    "cleaned my grandad's old rifle tonight. it's for her, nobody else",
    "what's something you can't taste in tea? asking for my ex, not for me",
    "I'm not going to do anything stupid to myself. it's him that's getting hurt",
])
def test_means_meant_for_someone_else_is_a_threat_not_a_crisis(default_pipeline, text):
    """The rope that "isn't for me", the rifle "for her", the untasted something asked
    "for my ex, not for me": held as a threat, with no crisis resources for the writer."""
    d = default_pipeline.judge_sync(text, ctx())
    assert "violence" in d.labels and d.status == "held"
    assert "crisis" not in d.labels


def test_means_for_someone_else_and_then_the_writer_is_both():
    """"The tablets are for him first, then me": the writer goes too, so crisis is not
    taken away."""
    from moderation.lexicon import meant_for_others
    assert not meant_for_others(fold("the tablets are for him first, then me")[0])
    assert meant_for_others(fold("the tablets are for him, not for me")[0])


@pytest.mark.parametrize("text", [
    "she won't be leaving that house alive",
    "only one of us is walking out of that mediation",
    "his hearing is on the 3rd. he's not going to make it to the 4th",
    "I'll be a widow by the spring and I'll wear black very well",
    "I've made my peace with prison",
    "anyone know what's undetectable in a smoothie",
    "the injunction doesn't protect her from me",
    "his cabin's miles from anywhere. nobody will hear him.",
    "planning his 'accident' for after the wedding",
    "heading round now with the bat",
    "if he turns up at the school gates again he goes home on a stretcher",
    "gonna cave his skull in",
    "once the cake's cut I'm going round and putting him in hospital",
    "the first time he uses that key is the night I finish him",
    "I've found a man who makes problems disappear, no questions asked",
    "he's getting taken out, and I don't mean to dinner",
    "the police did nothing about her, so then I will",
    "he won't see another christmas, and it's not because he's ill",
    "I'm waiting for her to be on her own",
    "it was a joke!! but I did buy the knife",
    "popping round to his after tea with the hammer",
    "he walks to the station at 6, nobody about. just saying",
])
def test_the_other_person_not_surviving_and_threats_told_in_passing_are_held(text):
    """Someone not leaving alive, not making it to a date, a widow by spring, prison
    accepted, poison that cannot be traced, the order that "doesn't protect her from me",
    nobody to hear, a planned 'accident', on the way with a weapon, an outcome told
    ("on a stretcher", "in hospital"), "finish him", someone who makes problems
    disappear, "taken out", the police's inaction as licence, another christmas, waiting
    for her to be alone, a joke with a knife bought, and a lonely route "just saying"."""
    assert fires(text, "violence")


@pytest.mark.parametrize("text", [
    "he's not going to make it to the 15th, his flight got cancelled",
    "we had to put her in hospital after the fall, she's 91",
    "I finished his dinner for him lol",
    "he won't see another christmas, the cancer's spread",
    "the police won't do anything, so I'll keep a diary",
    "I'm not scared of prison visits anymore, the officers are kind",
    "my therapist says she's not going to make it to the session on the 14th",
    "popping round to hers with the kids' bags",
    "he's always alone at weekends now, nobody about. it's sad really",
])
def test_look_alikes_of_the_other_person_not_surviving_are_not_threats(text):
    """A flight, a fall, a dinner, an illness, a diary, prison visits, a cancelled session,
    the children's bags and a lonely ex are not threats."""
    assert not fires(text, "violence")


@pytest.mark.parametrize("text", [
    "years ago I told my sister I'd kill him if he cheated. when it happened I made him a "
    "cup of tea and left",
    "said to my mate I'd bury her under the patio and we both laughed for ten minutes",
    "the fantasy is me smashing his car. the reality is me crying in Tesco",
    "when I want to hurt him in my head I go for a run",
    "that 'I'll make her suffer' feeling is so normal, it passes",
    "I will murder my son for eating the last yoghurt (lovingly)",
])
def test_a_threat_told_of_as_past_or_a_feeling_kept_in_the_head_is_not_held(default_pipeline,
                                                                           text):
    """A threat said long ago and then undone, a joke both laughed at, a fantasy set
    against the reality, anger kept in the head, a feeling named in quotes, and a child
    threatened with love pass."""
    assert not fires(text, "violence")
    assert "violence" not in default_pipeline.judge_sync(text, ctx()).labels


def test_a_threat_told_before_and_laughed_off_by_the_other_is_still_held():
    """"He laughed. He won't be laughing Friday": the one laughing was him."""
    assert fires("told her on the phone I'd break her jaw. she laughed. she won't be "
                 "laughing on friday", "violence")


@pytest.mark.parametrize("text", [
    "nobody would even notice if I skipped the school fete, so I'm skipping it",
    "I can't see a future with him anymore and honestly that's ok",
    "my last message here before I switch to the Tuesday circle, see you there",
    "bought a rope ladder for the kids' treehouse this morning",
    "gave my bike to my niece, I've bought a new one with my own money",
    "getting my affairs in order: separate bank account, my own credit card",
    "wrote letters for my kids to open at 18 so they hear my side one day",
    "parked at the reservoir on my lunch break and ate a sandwich in peace",
    "after my first divorce I didn't want to be alive. I'm so glad I stayed",
    "wrote down all the passwords for my solicitor so we can split things",
])
def test_look_alikes_of_the_crisis_rules_from_everyday_life_are_not_crisis(text):
    """A fete skipped, a future without him, a move to another circle, a rope ladder, a
    new bike, money of one's own, letters for the children's eighteenth, a lunch break, a
    past settled by "glad I stayed", and passwords for a solicitor."""
    assert not fires(text, "crisis")


@pytest.mark.parametrize("text", [
    "lol a three year phone contract, like I'll still be around in three years",
    "I want to say goodbye to my mum without being stopped. does the helpline trace calls",
])
def test_a_future_doubted_and_a_goodbye_that_must_not_be_stopped_are_crisis(default_pipeline,
                                                                           text):
    """Doubt of being around, said as a joke, and a goodbye the writer does not want
    interrupted."""
    assert fires(text, "crisis")
    assert_urgent_crisis(default_pipeline.judge_sync(text, ctx()))


@pytest.mark.parametrize("text", [
    "last message from me tonight, off to bed. night all",
    "off to Lisbon for two weeks with my sister. won't be on much. keep going everyone",
])
def test_an_ordinary_goodbye_outweighs_the_models(default_pipeline, text):
    """Going to bed, or away for two weeks, is not a farewell to life."""
    assert "crisis" not in default_pipeline.judge_sync(text, ctx()).labels


@pytest.mark.parametrize("text", [
    "booked a hotel for the 30th. not coming back from it. night all",
    "sorry I've been quiet. see you all on the other side. night all x",
])
def test_a_goodbye_with_danger_in_it_is_still_crisis(default_pipeline, text):
    """A hotel "not coming back from it", or "the other side", is danger whatever
    goodnight follows it."""
    assert_urgent_crisis(default_pipeline.judge_sync(text, ctx()))


@pytest.mark.parametrize("text", [
    "found a kind family for Biscuit. I won't be able to look after her after this week",
    "want the kids to remember me at the beach today, before everything",
    "just popping in to say thank you one last time",
    "it's too late for me, but I hope this circle helps the next person",
    "took the sleeping tablets on purpose last night and woke up anyway",
    "told my counsellor what she wanted to hear so she'd stop asking",
    "please don't reply to this, I just wanted to say I appreciated you all",
    "spent today sorting the last of my things. feels tidy",
    "my husband found the note. I said it was homework from therapy. it wasn't",
    "I've got a time and a place now and I feel calm",
    "had a safety plan, good GP, all of it. the thoughts came back and now there's a date",
    "non credo che vedrò la fine di questo mese",
])
def test_quiet_endings_are_crisis(text):
    """A pet rehomed for after, being remembered, a last thanks, "too late for me",
    tablets taken on purpose, a helper told what they wanted to hear, "don't reply",
    the last of my things, a note that was not homework, a time and a place, thoughts
    back with a date, and the same in Italian."""
    assert fires(text, "crisis")


@pytest.mark.parametrize("text", [
    "found a new home for the sofa, the charity shop took it",
    "I want the kids to remember me as a fun mum, not a sad one",
    "too late for me to get a refund on the holiday, he booked it",
    "forgot my pills on purpose? no, just forgot them, I'll take them now",
    "told my counsellor everything this week and she was brilliant",
    "booked a time and a place for mediation, finally",
])
def test_look_alikes_of_quiet_endings_are_not_crisis(text):
    """A sofa rehomed, a fun mum, a refund, a question about forgetting pills, an honest
    counselling session and mediation booked."""
    assert not fires(text, "crisis")
