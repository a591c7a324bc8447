"""Rules written after the lead's probes of session 25 (a New Zealand External Affairs inward
telegram form typed in columns), each checked on two or more layouts: a number label without
a colon padded out to its digits (`NO.        118        SECRET`) is the telegram's number,
not three lines; a labelled sending date with the receipt in brackets after it (`DATED: 4
March 1963 (Recd. 5 March 1963, 0740 hrs.)`) gives both dates."""

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
