"""The pii stage finds identifying details, redacts them with typed placeholders, and
leaves first names, member mentions and helpline numbers alone."""

from __future__ import annotations

import pytest

from moderation.config import parse_section
from moderation.message import Message
from moderation.pipeline import default_section
from moderation.stages.pii import build

from .conftest import ctx


def found_spans(pii, text):
    """Each span the stage finds in ``text`` as (the characters, their kind)."""
    return [(text[s:e], k) for s, e, k in pii.spans(text, "GB")]


@pytest.fixture(scope="module")
def pii():
    settings, _ = parse_section(default_section(), "moderation")
    return build({}, settings, "moderation.stages[4]")


@pytest.mark.parametrize(("text", "kind"), [
    ("his new number is 07712 345678, keep it", "phone_number"),
    ("ring +1 415 555 2671 if you can", "phone_number"),
    ("0 7 9 1 1 . 2 2 2 . 3 3 4 is hers", "phone_number"),
    ("my number is oh seven nine double one, two four six, eight eight two", "phone_number"),
    ("write to jenny.mole84@example.com", "email_address"),
    ("email tom dot barker at example dot co dot uk", "email_address"),
    ("it's kaz [at] example [dot] net", "email_address"),
    ("she lives at 14 Orchard Way, Kendal", "address"),
    ("her instagram is @lou.paints.42", "social_handle"),
    ("he is on facebook.com/dave.smith.77 now", "social_handle"),
    ("his snapchat is kaz_99 apparently", "social_handle"),
    ("his car reg is KM68 TRY", "licence_plate"),
    ("her reddit is u/quietlyblooming22, she posts about him", "social_handle"),
    ("Sarah Blythe, she's a physio at Fernhill Clinic in Bath", "name"),
    ("she's moved to 22 Rue des Lilas in Lyon", "address"),
    ("er wohnt jetzt in der Lindenstraße 8", "address"),
    ("her place is 310 Maple Ridge Dr, Austin", "address"),
    ("I'm at 4C Harbour View Apartments", "address"),
    ("his cash app is @Den-Walsh-81", "social_handle"),
    ("message me on insta, it's kelly.grows.back", "social_handle"),
    ("her vlog is at example.tv/@sunnymumof3", "social_handle"),
    ("his profile: example.net/profile/dean_r_74", "social_handle"),
    ("the reg is 201-KY-1234, a blue focus", "licence_plate"),
    ("plate number is 8ABC123", "licence_plate"),
    ("the plate was NSW CX42LP, grey mazda", "licence_plate"),
    ("uski gaadi ka number KA 03 MN 4471 hai", "licence_plate"),
    # a plate named with its car; a number a few words after its name; local street forms
    ("a placa dele é QPT4E21, um Onix prata", "licence_plate"),
    ("GH-482-KL, c'est la Clio grise qu'elle conduit", "licence_plate"),
    ("54-KTR-7 is het kenteken van zijn leaseauto", "licence_plate"),
    ("his date of birth is 22 april 1979, Daniel Ormsby", "birth_date"),
    ("Oluwaseun Adebayo, born 14/09/1985, on the flight booking", "birth_date"),
    ("her PPS number's on the tax form he left out, 1234567TA", "id_number"),
    ("il suo codice fiscale è RSSGLI85M41F205Z, era sul contratto", "id_number"),
    ("my card number is 4556 7812 3390 1174, can someone check it", "bank_details"),
    ("Jalan Kenanga 27, Taman Melati, 53100 Kuala Lumpur", "address"),
    ("Av. Corrientes 1843, piso 6, Buenos Aires", "address"),
    ("Calle 72 #10-34, Chapinero, Bogotá", "address"),
    ("House 27, Road 11, Banani, Dhaka 1213", "address"),
    ("Blk 12 Lot 7, Camella Homes, Antipolo", "address"),
    ("ona mieszka na ul. Długiej 17 m. 4 w Krakowie", "address"),
    ("Jl. Kemang Raya No. 45, Jakarta Selatan", "address"),
])
def test_finds_each_kind(pii, text, kind):
    """Each kind of personal data is found."""
    assert kind in {k for _, _, k in pii.spans(text, "GB")}


@pytest.mark.parametrize(("text", "name"), [
    ("elle s'appelle Hélène Dubreuil, elle travaille chez Optique Lumière à Rennes",
     "Hélène Dubreuil"),
    ("o amante dela chama-se Rodrigo Teixeira Lima e trabalha numa oficina em Braga",
     "Rodrigo Teixeira Lima"),
    ("er heißt Jürgen Weißmüller und arbeitet bei einer Spedition in Bremen",
     "Jürgen Weißmüller"),
    ("ona nazywa się Małgorzata Żak, pracuje w aptece w Łodzi", "Małgorzata Żak"),
    ("si chiama Giulia Ferretti, lavora in banca a Bologna", "Giulia Ferretti"),
    ("She's Dr Amelia Hartwell, a GP in Harrogate", "Amelia Hartwell"),
    ("her email signature says Dr Priya Menon, Consultant Radiologist, St Aidan's Hospital",
     "Priya Menon"),
    ("it's Niamh Gallagher from the Sligo branch of Ballyfin Credit Union", "Niamh Gallagher"),
    ("he's Marek Nowicki, runs the coffee cart outside York station", "Marek Nowicki"),
    ("she's on facebook as Bethany Trewin, Helston, the photo is her on our boat",
     "Bethany Trewin"),
    ("he's on linkedin as 'Owen Pritchard', ha", "Owen Pritchard"),
    # a capital inside the surname
    ("his name is Connor McAllister and he works at Tesco in Bray", "Connor McAllister"),
    ("her name's Shanice DuPree, a nurse on the maternity ward", "Shanice DuPree"),
    ("it's Siobhan O'Brien from the credit union in Ennis", "Siobhan O'Brien"),
])
def test_full_names_with_a_workplace_in_any_language(pii, text, name):
    """A full name, with accents or three parts, next to a workplace or town cue in the
    languages members write in, is redacted whole."""
    spans = [text[s:e] for s, e, k in pii.spans(text, "GB") if k == "name"]
    assert any(span.removeprefix("Dr ") == name for span in spans), spans


@pytest.mark.parametrize("text", [
    "Mark told me last night that it started in march",
    "@Sam I hear you, it's so hard",
    "UK lot: Samaritans are on 116 123, any time",
    "in the US call or text 988, or the hotline on 1-800-799-7233",
    "we met in 2019 and married in 2021",
    "sign up at example.com/heal is spam but not an email",
    "Esther Perel has a good book on this",
    "I'm in Leeds if anyone fancies a coffee",
    "hi all, I'm Tom, 38, from Sheffield",
    "Men's Advice Line is 0808 801 0327 if any of the lads need it",
    "for the aussies here, Legal Aid had a free duty lawyer at the court",
    "US: RAINN is 800-656-4673 if anyone needs them",
    "Any Canadians here know the rules? I'm in Ontario",
    "in Canada, Kids Help Phone is there for teens if yours is struggling with it all",
    "a reading is $25 via paypal, she said, and I said no thanks",
    "@Mary-Jane I hear you, it's so hard",
    "@Gemma on insta I saw your garden, so lovely",
    "Dr Patel said the new meds take 6 weeks",
    "my reg is fine, 12 months left on the MOT",
    "Lifeline South Africa has counsellors in Durban too",
    "the Mentally Aware Nigeria Initiative runs free groups in Lagos",
    "anyone from Nairobi or anywhere in East Africa in here?",
    "en México la Línea de la Vida contesta en Monterrey también",
    "@Ali we should open a café called \"The Trickle Truth\" and serve decaf only",
    "vote for the Best Local Brunch awards, my sister's café is in it",
])
def test_leaves_non_identifying_text(pii, text):
    """First names, mentions, helplines, years and towns alone are not pii."""
    assert pii.spans(text, "GB") == []


@pytest.mark.parametrize("text", [
    "in Australia it's 1800 737 732, day or night",
    "for my fellow South Africans: 0800 456 789, free from any phone",
    "the number on the back of the leaflet is 0808 169 4321",
    "my cousin in Canada says call 1-877-330-6366 if you're struggling",
    "en México es el 800 290 0024, gratis",
])
def test_freephone_numbers_belong_to_services_not_people(pii, text):
    """A toll-free number in any of several countries is an organisation's, never a
    person's, even without a helpline's name before it."""
    assert pii.spans(text, "GB") == []


@pytest.mark.parametrize("text", [
    "his mobile is 0412 345 678, the Sydney one",
    "she's on (512) 555-0147",
    "text her 087 123 4567",
])
def test_ordinary_numbers_are_still_personal(pii, text):
    """Mobile and landline numbers of those countries are still redacted."""
    assert [k for _, _, k in pii.spans(text, "GB")] == ["phone_number"]


def test_a_personal_number_near_the_word_helpline_is_still_found(pii):
    """Only a number that directly follows a helpline's name is left alone."""
    text = "the helpline lady gave me her own mobile, text her on 07700 900614"
    assert [k for _, _, k in pii.spans(text, "GB")] == ["phone_number"]


@pytest.mark.parametrize(("text", "redacted"), [
    ("the Samaritans answer emails too: jo at samaritans dot org, if talking is too much",
     False),
    ("or write to jo@samaritans.org, they reply within a day", False),
    ("her email is jo.hale at gmail dot com, found it on his laptop", True),
])
def test_a_helplines_email_is_shared_and_a_persons_is_not(default_pipeline, text, redacted):
    """An address at an allowlisted resource's domain is a service's inbox, so the circle
    sees it; a person's address is still cut out."""
    d = default_pipeline.judge_sync(text, ctx())
    assert ("pii" in d.labels) is redacted, d.labels
    assert (d.status == "redacted") is redacted


def test_redacts_in_the_decision(default_pipeline):
    """A message with a phone number is delivered redacted with a notice; original kept."""
    d = default_pipeline.judge_sync("he keeps ringing from 07712 345678 at night", ctx())
    assert d.status == "redacted"
    assert d.text == "he keeps ringing from [phone number removed] at night"
    assert "07712" in d.original
    assert [n.kind for n in d.notices] == ["redacted"]
    assert all("07712" not in a.reason for a in d.alerts)


@pytest.mark.parametrize("text", [
    "his number is 07\u200b712\u200b345\u200b678 now",
    "ring 0\u20607\u20607\u20607\u20600 900 461 after six",
    "her mobile: \uff10\uff17\uff17\uff10\uff10 \uff19\uff10\uff10\uff14\uff16\uff11",
])
def test_digits_split_by_invisible_characters_are_found(default_pipeline, text):
    """Zero-width characters or full-width digits inside a number do not hide it, and
    the redaction covers the displayed characters, invisible ones included."""
    d = default_pipeline.judge_sync(text, ctx())
    assert d.status == "redacted", d.labels
    assert "[phone number removed]" in d.text
    assert not any(c.isdigit() for c in d.text)


@pytest.mark.parametrize(("text", "found", "kind"), [
    ("he used my PPS number 1234567TA for the loan", "1234567TA", "id_number"),
    ("his SSN is 123-45-6789 and he used mine", "123-45-6789", "id_number"),
    ("NI number QQ 12 34 56 C, it's on the letter", "QQ 12 34 56 C", "id_number"),
    ("meu CPF 123.456.789-09 estava no contrato", "123.456.789-09", "id_number"),
    ("mi DNI es 12345678Z y él lo sabía", "12345678Z", "id_number"),
    ("PESEL 85031412345, wszystko miał", "85031412345", "id_number"),
    ("her passport no. is X1234567", "X1234567", "id_number"),
    ("he paid into IBAN GB82 WEST 1234 5698 7654 32 every month",
     "GB82 WEST 1234 5698 7654 32", "bank_details"),
    ("her card 4111 1111 1111 1111 was in his wallet", "4111 1111 1111 1111", "bank_details"),
    ("sort code 20-00-00 account number 55779911", "55779911", "bank_details"),
    ("all my details, DOB 14/03/1982, on the form", "14/03/1982", "birth_date"),
    ("she was born on 3 March 1985 and lives near us", "3 March 1985", "birth_date"),
    ("his discord is vortexdad#4471 now", "vortexdad#4471", "social_handle"),
    ("found his tinder. username is mike_outdoors_84", "mike_outdoors_84", "social_handle"),
    ("his username on the betting site is bigcountry_dave79", "bigcountry_dave79",
     "social_handle"),
    ("her profile on that app is 'wild.rose_77', photo and all", "wild.rose_77",
     "social_handle"),
    ("he's at 9 Marine Pde, Napier every friday", "9 Marine Pde, Napier", "address"),
    ("she rents 22 Kowhai Tce now", "22 Kowhai Tce", "address"),
    ("I'm at the Motel 6 off I-35 in Waco, room 112. he's found me twice",
     "Motel 6 off I-35 in Waco, room 112", "address"),
    ("o email dele era carlos.m.lima arroba example ponto com",
     "carlos.m.lima arroba example ponto com", "email_address"),
    ("Das Kennzeichen war M-KL 4821, ich hab's fotografiert", "M-KL 4821", "licence_plate"),
    ("la targa è FG 123 XY", "FG 123 XY", "licence_plate"),
    ("a placa do carro dele é ABC1D23", "ABC1D23", "licence_plate"),
    ("his rego is 1XK 4RP, white hilux", "1XK 4RP", "licence_plate"),
    ("a silver Octavia, 172-D-40918, on our road", "172-D-40918", "licence_plate"),
    ("her polo, CY 555-091, outside his office", "CY 555-091", "licence_plate"),
    ("her place is 88 Jalan SS2/24, Petaling Jaya", "88 Jalan SS2/24, Petaling Jaya", "address"),
    ("ghar ka pata: B-42, Lajpat Nagar, Delhi", "B-42, Lajpat Nagar, Delhi", "address"),
    ("Eircode D06 XK72, that's the house", "D06 XK72", "address"),
    ("mieszka na ul. Kwiatowa 5 w Krakowie", "ul. Kwiatowa 5", "address"),
    ("abita in via Roma 12, Torino", "via Roma 12", "address"),
    ("hij woont op de Kerkstraat 12", "Kerkstraat 12", "address"),
    ("Name on the booking was Samantha J. Kowalczyk, Pittsburgh", "Samantha J. Kowalczyk", "name"),
    ("Craig Dunphy, drives for a courier firm out of Naas", "Craig Dunphy", "name"),
    ("Tom Hewitt, plumber, Hexham. go say hi at his van", "Tom Hewitt", "name"),
])
def test_identity_numbers_and_local_formats(pii, text, found, kind):
    """Identity and bank numbers, dates of birth, and the handles, plates and addresses
    of other countries are redacted as what they are."""
    assert (found, kind) in found_spans(pii, text)


@pytest.mark.parametrize("text", [
    "use code HEAL15 at calmleaf.example.com for 15% off",
    "the order number is ABC-12 and it's late",
    "I was born on a Tuesday, apparently",
    "we walked down Jalan Bukit Bintang, so pretty",
    "in 2019 Modi Nagar had the floods",
    "we had 10 D 5 and chips",
    "the reg was fine at 3PM",
    "issue #4471 is the one I meant",
    "my dad drives for a living, Tom Jones was on the radio",
    "the username is taken, I'll try another",
    "I live in via Roma now",
    "my order number is 114-7730219-8821 and the courier says it's lost",
    "Telefono Amico risponde allo 02 2327 2327, mi hanno ascoltata",
    "113 Zelfmoordpreventie is gratis te bellen op 0800-0113, dag en nacht",
    "\"Healing from Infidelity\" by Michele Weiner-Davis was helpful, got it from the library",
    "found the hotel booking on his card statement. Premier Inn, three times in May",
    "anyone in Dublin want to meet for a walk in Phoenix Park on saturday?",
    "in India Tele-MANAS is 14416, free, and my cousin works there",
    "walked past the bank on Queen Street where he used to work. no tears",
    "my car failed its MOT, the A38 was closed",
    "got the Audi A4 2019 model in the end",
    "he drives a Golf GTI 2020 now, midlife crisis much",
    "COVID-19 ruined the car trip",
    "I'd love to key LIAR into her Range Rover, alas I have a conscience",
    "her profile on that app is private now",
    "the hotel was lovely, our room had a view of the sea",
    "only $19.99 at truthtrace.example.com, results in a day",
    "Trust Rebuilding Couples Bootcamp in Queenstown, 3 nights",
])
def test_look_alikes_of_the_new_formats(pii, text):
    """Discount codes, dates without a person, famous streets, years, chat about plates or
    usernames without one, order numbers, other countries' helplines, authors after a
    title, venues named with their street, and roads, models and years near a car are
    left alone."""
    assert pii.spans(text, "GB") == []


def test_an_identity_number_is_redacted_with_its_own_placeholder(default_pipeline):
    """The member is told what was taken out in plain words."""
    d = default_pipeline.judge_sync("he took the loan with my PPS number 1234567TA", ctx())
    assert d.status == "redacted"
    assert d.text == "he took the loan with my PPS number [ID number removed]"


@pytest.mark.parametrize("text", [
    "Join 10,000+ partners in our free Telegram channel 👉 t.me/afterthelie_support, daily tips",
    "guaranteed 10% weekly returns. join: t.me/heal_wealth_vip",
    "we recover lost crypto, 98% success. telegram @RecoverPro_Official",
])
def test_an_advertised_channel_is_spam_not_a_person(default_pipeline, text):
    """A channel or group being advertised identifies a business, not a person: the
    message is blocked as spam, and the author is not also told that personal details
    were taken out."""
    d = default_pipeline.judge_sync(text, ctx())
    assert d.status == "blocked"
    assert "pii" not in d.labels
    assert [n.kind for n in d.notices] == ["blocked"]


@pytest.mark.parametrize(("text", "found"), [
    ("her channel youtube.com/@cleaneatswithkayla has a video filmed in OUR kitchen",
     "youtube.com/@cleaneatswithkayla"),
    ("his telegram is t.me/mark_k88, that's where they talk", "t.me/mark_k88"),
    ("DM me on insta @healwithharper for 1:1 coaching, 3 spots left", "@healwithharper"),
    ("she's in a group with him, @lena.k_92 on there", "@lena.k_92"),
    ("she's @rosiebakesbrum on insta and he's in every photo", "@rosiebakesbrum"),
])
def test_a_persons_own_channel_or_handle_is_still_found(pii, text, found):
    assert (found, "social_handle") in found_spans(pii, text)


@pytest.mark.parametrize(("text", "found", "kind"), [
    # freephone only in New Zealand, a mobile in Nigeria and a landline in three countries
    ("his second sim is 0805 555 3381, I found the bill", "0805 555 3381", "phone_number"),
    ("she's @amaka_official on instagram, posting their weekend away",
     "@amaka_official", "social_handle"),
    ("I'm in the Travelodge off the M6 at Stafford, room 118, with everything I need",
     "Travelodge off the M6 at Stafford, room 118", "address"),
])
def test_numbers_accounts_and_rooms_that_look_like_services_can_be_a_persons(
        pii, text, found, kind):
    """A number that is freephone in one country only but a person's line in several,
    an "…_official" account that a message says is his or hers, and a room in a
    Travelodge identify someone."""
    assert (found, kind) in found_spans(pii, text)


@pytest.mark.parametrize(("text", "found", "kind"), [
    ("her email is dani underscore price at example dot co dot uk, it was in his trash",
     "dani underscore price at example dot co dot uk", "email_address"),
    ("his other account: big underscore tel underscore 71, at example, dot net",
     "big underscore tel underscore 71, at example, dot net", "email_address"),
    ("her number is oh seven eight double oh, nine hundred, four five six",
     "oh seven eight double oh, nine hundred, four five six", "phone_number"),
])
def test_spelled_out_addresses_and_numbers_are_found_whole(pii, text, found, kind):
    """An email spelled with "underscore" and commas, and a number read out with
    "hundred", are redacted whole, not left half visible."""
    assert (found, kind) in found_spans(pii, text)


@pytest.mark.parametrize("text", [
    "kept driving round the car park on Berry Lane for an hour before I could go in",
    "the gym on Calder Road has a quiet hour on sundays, that's where I go to think",
    "I ended up in the bar on Albert St and just cried into a lemonade",
    "there's a telegram channel called Silver Linings that does daily check-ins",
    "Únete a nuestro grupo de Telegram 'Mujeres Valientes', es gratis",
    "Irish members: Women's Aid is 1800 341 900, any hour",
    "revenge plan of the week: cancel his Sky Sports and change the wifi password",
    "there were hundreds of her photos in his Google Drive, in a folder named 'Receipts'",
    "in Scotland, Breathing Space is 0800 83 85 87 in the evenings",
])
def test_venues_groups_and_shared_freephone_lines_identify_nobody(pii, text):
    """A venue's street, the name of a group or channel, and a number that is freephone in
    most of the countries it reads in identify nobody."""
    assert pii.spans(text, "GB") == []


@pytest.mark.parametrize(("text", "found", "kind"), [
    ("what3words: ///filled.count.soap that's where he parks every night",
     "///filled.count.soap", "address"),
    ("the w3w for her gate is index.home.raft", "index.home.raft", "address"),
    ("his reg is Bravo Lima one nine Kilo X-ray Yankee",
     "Bravo Lima one nine Kilo X-ray Yankee", "licence_plate"),
    ("her cashapp is $lilmissjay if anyone wants to ask her", "$lilmissjay", "social_handle"),
    ("send it to paypal.me/lizzyb88 and I'll pass it on", "paypal.me/lizzyb88", "social_handle"),
    ("add me on xbox, gamertag DarkKnight_1987", "DarkKnight_1987", "social_handle"),
    ("he's on strava as runningrob_leeds, every route he runs is public", "runningrob_leeds",
     "social_handle"),
])
def test_a_location_square_a_plate_read_aloud_and_payment_or_game_names(pii, text, found, kind):
    """A what3words square, a plate in the phonetic alphabet, a Cash App cashtag, a
    payment page and a game or fitness-app name each point at one person."""
    assert (found, kind) in found_spans(pii, text)


@pytest.mark.parametrize("text", [
    "I spent $40 on cash app games last night, not proud of it",
    "we learned the phonetic alphabet at cadets: alpha bravo charlie delta echo, one two three",
    "golf, then the hotel bar, then one drink at the India Club with my sister",
    "his new number plate cost him a fortune, vanity plates for a vanity man",
    "three words: I am done. dot dot dot",
    "the bbc.co.uk story about what3words was interesting",
])
def test_look_alikes_of_the_location_plate_and_payment_formats(pii, text):
    """Prices, the alphabet recited, a round of golf and a hotel bar, a plate talked about
    and a news link name nobody."""
    assert pii.spans(text, "GB") == []


@pytest.mark.parametrize(("text", "name"), [
    ("the name on his bank statement was 'Carla Mendes Beauty', so now I know", "Carla Mendes"),
    ("her business is called Priya Raman Physiotherapy and it's two streets from us",
     "Priya Raman"),
])
def test_a_business_named_after_its_owner_is_redacted(pii, text, name):
    """The owner's name at the head of a one-person business, after a name cue."""
    assert any(name in span and kind == "name" for span, kind in found_spans(pii, text))


def test_a_business_named_after_a_place_is_not_a_name(pii):
    """Without a name cue a capitalised pair before a trade is a place or a brand."""
    assert found_spans(pii, "joined Gold Coast Fitness last month and it's helping") == []


@pytest.mark.parametrize(("text", "found", "kind"), [
    ("all her post goes to PO Box 812, Dubbo now", "PO Box 812, Dubbo", "address"),
    ("he rents RR 4, Box 27 out by the lake", "RR 4, Box 27", "address"),
    ("Flat 9, Marlowe Court. that's where the texts came from", "Flat 9, Marlowe Court",
     "address"),
    ("Plot 31, Riverside Gardens Estate is her mother's", "Plot 31, Riverside Gardens Estate",
     "address"),
    ("she moved to 4410 W Belmont, apt 3 last spring", "4410 W Belmont, apt 3", "address"),
    ("we were at 8 Cherry Brow, Heaton, Bolton BL1 for ten years",
     "8 Cherry Brow, Heaton, Bolton BL1", "address"),
    ("Orchard Cottage, Mill Brook Lane. he goes every Tuesday", "Mill Brook Lane", "address"),
    ("her email is pat.o{at}example{dot}za, in case anyone was wondering", "pat.o{at}example{dot}za",
     "email_address"),
    ("his hinge username MrDiscreet_Leeds is still active", "MrDiscreet_Leeds", "social_handle"),
    ("a dating profile, 'Sunny_Dan71', with our holiday photos", "Sunny_Dan71", "social_handle"),
    ("his runs are all on strava.com/athletes/88123 for anyone to see",
     "strava.com/athletes/88123", "social_handle"),
])
def test_post_boxes_flats_plots_and_accounts_without_the_word_is(pii, text, found, kind):
    """A post box or rural route, a flat or plot before its building, an American number
    and direction, a street with its town and postcode district, a street after a house's
    name, a disguised email in another country's domain, and an account named straight
    after "username" or "profile" each point at one person."""
    assert any(found in span and k == kind for span, k in found_spans(pii, text))


@pytest.mark.parametrize(("text", "name"), [
    ("she's Orla Kenny-Ward from Tralee, the one in the photos", "Orla Kenny-Ward"),
    ("he's Tomasz Nowicki, plays hooker for Ellerslie RFC", "Tomasz Nowicki"),
    ("her shop account is \"Gemma Leckie, Perth\" on the marketplace", "Gemma Leckie"),
])
def test_full_names_with_a_double_barrelled_surname_a_club_or_an_account(pii, text, name):
    """A hyphenated surname is not a hospital ward, a team someone plays for finds them,
    and a quoted account name is the person."""
    assert (name, "name") in found_spans(pii, text)


@pytest.mark.parametrize("text", [
    "another Oprah Winfrey quote on his feed this morning",
    "the Law Society's website helped me find a solicitor nearby",
    "order #5521-3390-117 from a hotel I've never stayed at",
    "he's in her profile pic already, five weeks on",
    "I tied the dressing gown cord to the door handle, just to see",
    "thanks for last night @Hollie. it helped",
    "not sure about that @Bron. my therapist disagrees",
    "our book club picked Gone Girl, of all things",
    "Pilates tonight, coach says my core is better than ever",
])
def test_look_alikes_of_names_handles_emails_and_numbers(pii, text):
    """"another" is not "her", a possessive institution is not a person, the tail of an order
    number is not a phone, a profile picture or a door handle is not an account, a member's
    name before a sentence is not an email, and a club or coach finds nobody."""
    assert pii.spans(text, "GB") == []


@pytest.mark.parametrize(("text", "redacted"), [
    ("@Maple_Leaf77 thank you for this morning, it helped", False),
    ("@maple_leaf77 same here", False),
    ("@Maple_Leaf77 his new insta is @jake_h_92 by the way", True),
    ("@Lotus_Lady yes that's me on the call", True),  # not a member of this circle
])
def test_a_members_display_name_after_at_is_a_reply_not_an_account(pii, text, redacted):
    """Display names with digits or underscores are members' names when the circle has
    them; any other account in the same message is still redacted."""
    members = ("Maple_Leaf77", "Sam", "Quiet Storm")
    found = pii.run(Message.from_raw(text), ctx(members=members)).redactions
    assert bool(found) is redacted
    assert all("Maple" not in text[r.start:r.end] for r in found)


@pytest.mark.parametrize(("text", "found", "kind"), [
    ("paid to AKINYI ODHIAMBO 0733 912 446 every month, on his M-Pesa", "0733 912 446",
     "phone_number"),
    ("her place is 18 Ridgeway North, Karori, the one with the red door", "18 Ridgeway North, Karori",
     "address"),
    ("he's at House 27, Street 14, F-8/3 now", "House 27, Street 14", "address"),
    ("stand 409, Extension 2, Soshanguve is where she stays", "stand 409, Extension", "address"),
    ("behind the old petrol station in Kumasi, house 6, blue gate",
     "behind the old petrol station in Kumasi, house 6", "address"),
    ("LHR-22-4410, grey Corolla, every lunchtime", "LHR-22-4410", "licence_plate"),
    ("VBN 2291, red Axio, at her office every evening", "VBN 2291", "licence_plate"),
    ("he's on FB as Maricel Santos Dela Rosa, nurse at St Luke's", "Maricel Santos Dela Rosa",
     "name"),
    ("he made a tiktok under sunny_side_kat with my photos", "sunny_side_kat", "social_handle"),
    ("found her, the steam tag is ghostly_wren_88", "ghostly_wren_88", "social_handle"),
])
def test_numbers_addresses_plates_and_names_in_the_forms_of_more_countries(pii, text, found, kind):
    """A Kenyan number after a name in capitals, a compass road with its suburb, house
    and street numbers, a stand, a landmark and house number, Pakistani and Malaysian plates
    beside a car model, a Filipino name with its particle, an account "under" a name, and a
    game tag."""
    assert any(found in span and k == kind for span, k in found_spans(pii, text))


@pytest.mark.parametrize("text", [
    "tracking number for my divorce papers is EE 5512 3387 9GB, still stuck",
    "in Malaysia ring 15999 Talian Kasih, it's free",
    "we used to eat at the Java House on Moi Avenue",
    "he drives for a logistics company in Port Moresby",
])
def test_references_helplines_venues_and_cities_are_not_personal(pii, text):
    """A tracking number a few words after its cue, a helpline named after its number, a
    café's street and a city after a company identify nobody."""
    assert pii.spans(text, "GB") == []


@pytest.mark.parametrize(("text", "redacted"), [
    ("@Rainbow_After_Rain this made me cry. good tears", False),
    ("  @Kopi_Heart77 so glad you posted today", False),
    ("@brunch.with.bex on insta, scroll back to march", True),
    ("@jake_h_92 is her account, have a look", True),
    ("thank you @Rainbow_After_Rain", True),  # not an opening reply: read as an account
])
def test_without_a_member_list_a_handle_opening_the_message_is_a_reply(pii, text, redacted):
    """When the circle's members are not known, a message that opens with a handle is a
    reply to a member, unless a platform or "is her account" follows it."""
    assert bool(pii.run(Message.from_raw(text), ctx()).redactions) is redacted


@pytest.mark.parametrize(("text", "redacted"), [
    ("@Moss_22, @Hope22 and @Raj this thread made my week", False),
    ("@Moss_22 & @Lark_9 thank you both", False),
    ("@Moss_22 and @jake_h_92 on insta is the one he messages", True),
    ("@Moss_22 his insta is @jake_h_92", True),
])
def test_every_handle_a_message_opens_with_is_a_reply(pii, text, redacted):
    """Several members answered at once are replies too; an account named after them is
    still found."""
    assert bool(pii.run(Message.from_raw(text), ctx()).redactions) is redacted


@pytest.mark.parametrize(("text", "found"), [
    ("found her dating profile. she's lana_fit91 on there", "lana_fit91"),
    ("he goes by dave.r_1983 on snapchat", "dave.r_1983"),
    ("find me on facebook, Joanne Tuckett, Redditch", "Joanne Tuckett"),
])
def test_an_account_or_a_profile_named_before_or_after_its_platform(pii, text, found):
    """An account-like name just before "on there" or a platform, and a full name after
    "find me on facebook", identify someone."""
    assert any(found in chars for chars, _ in found_spans(pii, text))


@pytest.mark.parametrize("text", [
    "she's on cloud9 on there lol",
    "picked up 'Healing from Infidelity' by Michele Weiner-Davis in a charity shop",
])
def test_a_mood_and_an_author_after_a_quoted_title_are_not_personal_data(pii, text):
    """"On cloud9" is a mood, and a name after a quoted title and "by" is its author."""
    assert pii.spans(text, "GB") == []


@pytest.mark.parametrize("text", [
    "reddit.com/r/SurvivingInfidelity has a good wiki for the first month",
    "doing the morning pages from The Artist's Way by Julia Cameron",
    "found the free Living Life to the Full course online, made in Scotland",
    "my counsellor swears by The Body Keeps the Score",
])
def test_a_community_a_titled_book_and_a_course_are_not_personal_data(pii, text):
    """A subreddit is a community, not a profile; a name after a title in capitals and
    "by" is its author; capitals that run on into "course" or "book" are a title."""
    assert pii.spans(text, "GB") == []


@pytest.mark.parametrize(("text", "found"), [
    ("his profile is reddit.com/user/quiet_dave_77", "reddit.com/user/quiet_dave_77"),
    ("her name is Julia Cameron and she works at the Co-op in Leeds", "Julia Cameron"),
])
def test_a_reddit_profile_and_a_named_person_are_still_personal(pii, text, found):
    """Someone's own reddit profile, and a person's full name with a workplace and town,
    are still found."""
    assert any(found in chars for chars, _ in found_spans(pii, text))
