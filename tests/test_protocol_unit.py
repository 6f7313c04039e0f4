"""The protocol core with plain data: no sockets, no server."""

from __future__ import annotations

import pytest

from server.errors import HearthError
from server.ws.protocol import parse, ref_of


def code_of(raw: str) -> str:
    with pytest.raises(HearthError) as e:
        parse(raw, 4000)
    return e.value.code


def test_a_valid_send_parses_with_its_ref() -> None:
    """A well-formed send comes back as a command with its fields and ref."""
    cmd = parse('{"type":"send","circle":"c1","text":"hi","client_id":"x","ref":7}', 4000)
    assert cmd.type == "send" and cmd.ref == 7
    assert cmd.args == {"circle": "c1", "text": "hi", "client_id": "x"}


@pytest.mark.parametrize("raw,code", [
    ("not json", "BAD_JSON"),
    ("[1,2]", "INVALID"),
    ('{"no":"type"}', "INVALID"),
    ('{"type":5}', "INVALID"),
    ('{"type":"dance"}', "UNKNOWN_TYPE"),
    ('{"type":"join","circle":"c"}', "MISSING_FIELD"),
    ('{"type":"join","circle":"c","since":-1}', "INVALID"),
    ('{"type":"join","circle":"c","since":true}', "INVALID"),
    ('{"type":"join","circle":"c","since":1.5}', "INVALID"),
    ('{"type":"join","circle":"c","since":99999999999999999999}', "INVALID"),
    ('{"type":"join","circle":["c"],"since":0}', "INVALID"),
    ('{"type":"send","circle":"c","text":5,"client_id":"x"}', "INVALID"),
    ('{"type":"send","circle":"c","text":"hi","client_id":""}', "INVALID"),
    ('{"type":"edit","circle":"c","seq":0,"text":"x"}', "INVALID"),
    ('{"type":"react","circle":"c","seq":1,"emoji":"a.b"}', "INVALID"),
    ('{"type":"react","circle":"c","seq":1,"emoji":"$set"}', "INVALID"),
])
def test_bad_frames_get_stable_codes(raw: str, code: str) -> None:
    """Each kind of malformed frame maps to one stable error code."""
    assert code_of(raw) == code


def test_text_longer_than_the_limit_is_refused() -> None:
    """Text over the limit (in code points, not bytes) is TEXT_TOO_LONG."""
    ok = "é" * 4000
    parse(f'{{"type":"send","circle":"c","text":"{ok}","client_id":"x"}}', 4000)
    assert code_of(f'{{"type":"send","circle":"c","text":"{ok}e","client_id":"x"}}') == "TEXT_TOO_LONG"


def test_only_plain_refs_are_echoed() -> None:
    """A ref is echoed only when it is a short string or a safe integer."""
    assert ref_of({"ref": "abc"}) == "abc"
    assert ref_of({"ref": 3}) == 3
    assert ref_of({"ref": {"deep": 1}}) is None
    assert ref_of({"ref": "x" * 500}) is None
    assert ref_of({"ref": True}) is None
