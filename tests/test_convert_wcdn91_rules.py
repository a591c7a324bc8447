"""Rules for the Wilson Center Digital Archive's records as its current site and staging
mirror show them, from collections earlier waves had least (wave 91, wcdn91), learnt from real
pages (the NPIHP's Indian Ministry of External Affairs records on Antarctica, British Foreign
Office letters on atomic cooperation with India, Chinese cables on Hungary in 1956, Brazilian
telegrams from the Cuban Missile Crisis, letters on southern Africa in the 1980s):

- an Indian telegram's own number on the line under its typed signature (`(S. Dutt)` /
  `Telegram No. 7261`) is the telegram's number, and the closer reaches back over it to the
  signature (`outgoing-number` row `telegram`, read by `closing.py`);
- a typed signature in brackets with the day it was signed on the same line (`(S. Dutt)
  4.5.58`, an Indian file note's close): the name signs, the date is the closer's dateline
  (`paren_dated.py`, called by `closing.py`);
- the Chinese foreign ministry's own handling times under its outgoing cable's signature
  (`Received at the Office: 1 November, issued: ..., sent encrypted: ...`) are a processing
  line of the sending ministry, no receipt by the addressee (`processing` row `sent`; the
  `heading` table's receipt row stops at `Received at the Office:`);
- a cable's addressee line closed by a colon (`To the Foreign Ministry and the Party
  Center:`) shows the page's own document began there: the paragraph under it is the
  message, no repost's lead-in over a quoted heading, though the embassy's name, its time and
  date and `Received: ...; printed: ...` close it as heading rows would (`pages/lead_in.py`);
- register: John Cockcroft, Homi J. Bhabha, Michael Perrin, William D. Pawley (British and
  American atomic diplomacy with India, 1951), Patrick Moberly and Herman Nickel
  (ambassadors to South Africa), `Roelof F. Botha` for Pik Botha.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

INDIAN_TELEGRAM = ("July 2, 1959\n\nTelegram from Foreign Secretary Subimal Dutt to the India "
                   "Embassy in Rome\n\nIndia Embassy in Rome, 02-07-1959\n\nFor Ambassador,\n\n"
                   "Your telegram 31 of June 28. We have no objection to the visit.\n\n"
                   "(S. Dutt)\n\nTelegram No. 5120\n")


def test_telegram_number_under_bracketed_signature(resources: Resources) -> None:
    facts = text_facts(INDIAN_TELEGRAM, resources)
    assert facts["telegram_number"] == "5120"
    assert facts["signed"] == "(S. Dutt)"


def test_bracketed_signature_with_its_day(resources: Resources) -> None:
    text = ("April 9, 1958\n\nNote by Foreign Secretary Subimal Dutt on the Survey\n\n"
            "The survey party may leave for the Himalaya next week.\n\n"
            "Defence Minister may see.\n\n(S. Dutt) 9.4.58\n")
    xml = text_xml(text, resources)
    closer = xml[xml.index("<closer>"):xml.index("</closer>")]
    assert '<signed>(<persName ref="#per-subimal-dutt">S. Dutt</persName>)</signed>' in closer
    assert '<dateline><date when="1958-04-09">9.4.58</date></dateline>' in closer


def test_chinese_ministry_handling_line_is_no_receipt(resources: Resources) -> None:
    text = ("November 3, 1956\n\nCable from the Chinese Foreign Ministry, 'On Our Staff'\n\n"
            "To the Embassy in Hungary:\n\nWe have received your telegram of 1 November.\n\n"
            "Foreign Ministry\n\n3 November 1956\n\n"
            "Received at the Office: 2 November, issued: 3 November at 8:00, "
            "sent encrypted: 3 November at 9:30\n")
    facts = text_facts(text, resources)
    assert facts["date_received"] is None
    assert facts["signed"] == "Foreign Ministry"
    assert facts["registry_notes"] == ["Received at the Office: 2 November, issued: 3 November "
                                       "at 8:00, sent encrypted: 3 November at 9:30"]


def test_register_atomic_diplomacy_1951(resources: Resources) -> None:
    text = ("London, 3 July 1951\n\nDear Perrin,\n\nCockcroft has seen Bhabha's letter and "
            "Pawley is still in New Delhi.\n\nYours sincerely,\n\nRoger Makins\n")
    xml = text_xml(text, resources)
    for ident in ("john-cockcroft", "homi-bhabha", "william-d-pawley"):
        assert f'ref="#per-{ident}"' in xml


def test_addressee_line_stops_a_lead_in(resources: Resources) -> None:
    text = ("Skip to content\n\nNovember 4, 1956\n\nCable from the Chinese Embassy in Hungary, "
            "'The Bridges'\n\nTo the Foreign Ministry and the Party Center:\n\n"
            "The bridges over the river were closed this morning and the telephone lines to the "
            "embassy were cut for several hours.[1] We shall report again tonight by whatever "
            "means remain open to us. Requesting instructions.\n\nEmbassy in Hungary\n\n"
            "16:00, 4 November 1956\n\n"
            "Received: 5 November at 20:10; printed: 6 November at 1:30\n\n"
            "[1] The lines were restored in the evening.\n\n"
            "The Chinese Embassy in Budapest reports that the bridges are closed.\n\n"
            "Associated Places\n\nDocument Information\n\nSource\n")
    facts = text_facts(text, resources)
    assert facts["signed"] == "Embassy in Hungary"
    xml = text_xml(text, resources)
    body = xml[xml.index("<text"):]
    assert "The bridges over the river were closed" in body
