"""Rules from the lead's probes of 2026-12-03, afternoon (lead23): a letterhead that sets
its country after a comma on the ministry's own line (`Ministry of Foreign Affairs,
Republic of Korea`) tells which country's ministry it is, whatever other countries the
text names; and a translated telegram's signer in parentheses after his title
(`(Ambassador Lee Ho)`, `(Minister HAN)`) is its signature, the title asked of the
`honorifics` table, never a parenthesised phrase of capitalised words (`(Working Notes)`)."""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

_KOREAN = ("{letterhead}\nINCOMING TELEGRAM\n\nNumber: JAW-0412\nDate: 1974. 3. 2. 1100\n"
           "From: Ambassador to Japan\nTo: Minister of Foreign Affairs\n\n"
           "1. The Japanese Foreign Ministry told me today that the talks will resume.\n\n"
           "{signature}\n")
_CHINESE = ("{letterhead}\nOUTGOING CABLE\n\nTo the Embassy in Moscow\n\nMarch 2, 1960\n\n"
            "The Soviet Ministry of Foreign Affairs has asked for our views on the treaty. "
            "Reply by the 5th.\n\n{signature}\n")


@pytest.mark.parametrize(("layout", "letterhead", "ident"), [
    (_KOREAN, "Ministry of Foreign Affairs, Republic of Korea",
     "org-ministry-of-foreign-affairs-of-the-republic-of-korea"),
    (_KOREAN, "MINISTRY OF FOREIGN AFFAIRS, REPUBLIC OF KOREA",
     "org-ministry-of-foreign-affairs-of-the-republic-of-korea"),
    (_CHINESE, "Ministry of Foreign Affairs, People's Republic of China",
     "org-ministry-of-foreign-affairs-of-the-prc"),
])
def test_a_letterhead_s_country_after_the_comma_tells_the_ministry(
        resources, layout: str, letterhead: str, ident: str) -> None:
    xml = text_xml(layout.format(letterhead=letterhead, signature="Han"), resources)
    assert f'<orgName ref="#{ident}">{letterhead.partition(",")[0]}</orgName>' in xml


def test_a_comma_after_a_ministry_in_running_text_is_no_letterhead(resources) -> None:
    text = _CHINESE.format(letterhead="OUTGOING CABLE", signature="Han").replace(
        "The Soviet Ministry", "We wrote to the Ministry of Foreign Affairs, Japan and the")
    assert "ministry-of-foreign-affairs-of-japan" not in text_xml(text, resources)


@pytest.mark.parametrize("layout", [_KOREAN, _CHINESE])
@pytest.mark.parametrize(("signature", "name"), [
    ("(Ambassador Lee Ho)", "Lee Ho"),
    ("(Minister HAN NIANLONG)", "HAN NIANLONG"),
    ("(Vice-Minister Park)", "Park"),
])
def test_a_title_and_name_in_parentheses_sign_the_telegram(
        resources, layout: str, signature: str, name: str) -> None:
    text = layout.format(letterhead="Ministry of Foreign Affairs, Republic of Korea",
                         signature=signature)
    assert text_facts(text, resources)["signed"] == signature
    signed = re.search(r"<signed>(.*)</signed>", text_xml(text, resources)).group(1)
    assert re.search(rf'<persName ref="#per-[\w-]+">{name}</persName>\)$', signed)


@pytest.mark.parametrize("closing", ["(Working Notes)", "(Translation From Russian)",
                                     "(Ambassador will call)"])
def test_a_parenthesised_phrase_is_no_signature(resources, closing: str) -> None:
    text = _KOREAN.format(letterhead="Ministry of Foreign Affairs", signature=closing)
    assert not text_facts(text, resources)["signed"]
