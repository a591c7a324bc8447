"""Rules written after the lead's probes of session 25 (a New Zealand External Affairs inward
telegram form typed in columns), each checked on two or more layouts: a number label without
a colon padded out to its digits (`NO.        118        SECRET`) is the telegram's number,
not three lines; a labelled sending date with the receipt in brackets after it (`DATED: 4
March 1963 (Recd. 5 March 1963, 0740 hrs.)`) gives both dates; the plural number sign
(`T. Nos.`) is no name; and (the French and Italian editions in their own language) the
parties' heading `M. X, Ambassadeur ..., à M. Y, Ministre ...` and `L'Ambasciatore a ...,
X, al Ministro ..., Y`, in capitals or not, on one line or broken before the addressee's
half, and the Italian telegram line `T. SEGRETO 6114/402.`."""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

_NZ_FORM = """INWARD TELEGRAM

FROM:      N.Z. High Commissioner, Ottawa
TO:        Minister of External Affairs, Wellington

DATED:     {dated}
{number}

1. I called on the Secretary of State this morning about the Colombo Plan meeting.

                                        HIGH COMMISSIONER
"""

_AUSTRALIAN_CABLEGRAM = """DEPARTMENT OF EXTERNAL AFFAIRS
INWARD CABLEGRAM

From: Australian Legation, Tokyo
To: Department of External Affairs, Canberra
Dated: {dated}
{number}

Your cablegram 212. The Foreign Minister received me today and agreed to the visit.

LEGATION
"""


@pytest.mark.parametrize("form", [_NZ_FORM, _AUSTRALIAN_CABLEGRAM])
@pytest.mark.parametrize(("number", "expected"), [
    ("NO.        118                          SECRET", "118"),
    ("No.     2214     IMMEDIATE", "2214"),
    ("Nr.      77", "77"),
])
def test_padded_number_label_is_the_telegram_number(resources, form, number, expected):
    text = form.format(dated="4 March 1963", number=number)
    assert text_facts(text, resources)["telegram_number"] == expected


@pytest.mark.parametrize("form", [_NZ_FORM, _AUSTRALIAN_CABLEGRAM])
@pytest.mark.parametrize(("dated", "sent", "received"), [
    ("4 March 1963   (Recd. 5 March 1963, 0740 hrs.)", "1963-03-04", "1963-03-05T07:40"),
    ("3 May 1951 (Received 4 May 1951)", "1951-05-03", "1951-05-04"),
    ("12.IV.1957 (received: 13.IV.1957, 09.30)", "1957-04-12", "1957-04-13T09:30"),
])
def test_receipt_bracketed_after_the_sending_date(resources, form, dated, sent, received):
    facts = text_facts(form.format(dated=dated, number="No. 5"), resources)
    assert (facts["date"], facts["date_received"]) == (sent, received)


@pytest.mark.parametrize("line", ["No. 2 (Received 4 May 1951)", "NO.      Prime Minister"])
def test_no_receipt_or_number_without_their_shapes(resources, line):
    facts = text_facts(_NZ_FORM.format(dated="3 May 1951", number=line), resources)
    assert facts["date_received"] is None or line.startswith("No. 2")
    assert facts["telegram_number"] in (None, "2")


@pytest.mark.parametrize("line", ["T. Nos. 2114 to 2117.", "T. Nos 88-90.", "Tel. Nrs. 12-14."])
@pytest.mark.parametrize("heading", [
    "M. MASSIGLI, AMBASSADOR OF FRANCE IN LONDON,\nTO M. BIDAULT, MINISTER OF FOREIGN AFFAIRS.",
    "Telegram from the Legation in Bern"])
def test_plural_number_sign_after_an_initial_is_no_name(resources, heading, line):
    text = f"{heading}\n\n{line}\n\nMr. Bevin told me this evening that he agreed.\n"
    xml = text_xml(text, resources)
    names = re.findall(r'<persName ref="[^"]*">([^<]*)</persName>', xml)
    assert "Bevin" in names and not any(name.startswith("T") for name in names)


_FRENCH_HEADINGS = [
    "M. CHAUVEL, AMBASSADEUR DE FRANCE À LONDRES,\nÀ M. COUVE DE MURVILLE, MINISTRE DES "
    "AFFAIRES ÉTRANGÈRES.",
    "M. Chauvel, Ambassadeur de France à Londres, à M. Couve de Murville, Ministre des "
    "Affaires étrangères.",
    "M. Chauvel, Ambassadeur de France à Londres,\nà M. Couve de Murville, Ministre des "
    "Affaires étrangères.",
]
_ITALIAN_HEADINGS = [
    "L'AMBASCIATORE A LONDRA, GALLARATI SCOTTI, AL MINISTRO DEGLI ESTERI, SFORZA.",
    "L'Ambasciatore a Londra, Gallarati Scotti,\nal Ministro degli Esteri, Sforza.",
    "IL MINISTRO DEGLI ESTERI, SFORZA,\nALL'AMBASCIATORE A LONDRA, GALLARATI SCOTTI",
]


@pytest.mark.parametrize("numbered", [True, False])
@pytest.mark.parametrize("heading", _FRENCH_HEADINGS)
def test_french_edition_heading_in_its_own_language(resources, heading, numbered):
    text = (f"{'347' if numbered else ''}\n\n{heading}\n\nT. nos 1506 à 1509.\n"
            "Londres, 22 octobre 1959, 19 h 40.\n\nM. Macmillan souhaitait rencontrer le "
            "Général de Gaulle.\n\nCHAUVEL\n")
    facts = text_facts(text, resources)
    assert (facts["sender"], facts["addressee"]) == (
        ["Jean Chauvel"], ["Maurice Couve de Murville"])
    assert (facts["date"], facts["telegram_number"], facts["doc_type"]) == (
        "1959-10-22", "1506", "telegram")


@pytest.mark.parametrize("heading", _ITALIAN_HEADINGS)
def test_italian_edition_heading_in_its_own_language(resources, heading):
    text = (f"523\n\n{heading}\n\nT. SEGRETO 6114/402.\n"
            "Londra, 3 aprile 1951, ore 20,15.\n\nEden mi ha detto stamane che il Governo "
            "britannico non si opporrà.\n\nGALLARATI SCOTTI\n")
    facts = text_facts(text, resources)
    parties = {facts["sender"][0], facts["addressee"][0]}
    assert parties == {"Gallarati Scotti", "Carlo Sforza"}
    assert (facts["date"], facts["telegram_number"]) == ("1951-04-03", "6114/402")


@pytest.mark.parametrize(("capitals", "cased"), [
    ("ALL'AMBASCIATORE A WASHINGTON", "all'Ambasciatore A Washington"),
    ("L'AMBASSADEUR DE FRANCE", "l'Ambassadeur de France"),
    ("DELL'AMBASCIATA D'ITALIA", "dell'Ambasciata d'Italia"),
])
def test_elided_article_in_capitals_read_in_title_case(resources, capitals, cased):
    from tei.convert.capitals_heading import title_cased
    small = resources.patterns.words("heading-small-words")
    assert title_cased(f"X {capitals}", small)[2:] == cased


def test_an_irish_name_is_no_elided_article(resources):
    from tei.convert.capitals_heading import title_cased
    small = resources.patterns.words("heading-small-words")
    assert not title_cased("M. O'BRIEN, MINISTER", small).startswith("M. o'")
