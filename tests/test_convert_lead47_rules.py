"""Rules from the second unseen-layout probe of session 37 (lead47: a Senate hearing's
exhibit, a Nuremberg document on the Avalon Project, a newspaper's text of a message, a
museum's object record over a decypher):

- a newspaper's or bulletin's printed text of a document (`pages/press_text.py`): under the
  headline (`TEXT OF ...`) or opened by the wire's dateline, a lead-in `Following is the
  text of a message sent today by X to Y:` gives the form, the writer, the addressee and
  the day (in the year of the issue's date over it); a covering letter's `The following is
  the text of a telegram from ...` under a salutation is no such page;
- the International Military Tribunal's document numbers (`Document 2788-PS`, `EC-411`)
  are the shelfmark;
- a museum's collection record (`Object number:`, `Object description`, `Materials and
  techniques:`, `Credit line:`) is the object's record: its number the shelfmark, its
  description the summary;
- the Foreign Office's inward form of the 1930s: `DECYPHER.` is how it came, and the envoy
  with his post in brackets alone on his line (`Sir N. Henderson (Berlin).`) the sender and
  the place he sends from;
- a telegram's imperative opening its sentence (`Inform Seyss-Inquart at once`, `Tell
  Keppler`) is no given name: the register's person after it is named.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def test_a_newspaper_s_text_of_a_letter_gives_its_parties_and_day(
        resources: Resources) -> None:
    text = ("The Times\nLondon, Wednesday, November 7, 1956\n\n"
            "TEXT OF MR. BULGANIN'S LETTER\n\n"
            "MOSCOW, Nov. 5 — Following is the text of a letter sent today by Marshal "
            "Bulganin, Chairman of the Council of Ministers, to Sir Anthony Eden:\n\n"
            "Dear Mr. Prime Minister,\n\nThe Soviet Government considers it necessary to "
            "draw your attention to the aggressive war being waged by Britain and France "
            "against Egypt.\n\nN. BULGANIN\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1956-11-05"
    assert facts["doc_type"] == "letter"
    assert facts["sender"] == ["Nikolai Bulganin"]
    assert facts["addressee"] == ["Anthony Eden"]


def test_a_bulletin_s_lead_in_dates_the_letter_by_its_own_day(resources: Resources) -> None:
    text = ("TEXT OF PRESIDENT'S LETTER\n\n"
            "WASHINGTON, Oct. 28 — Following is the text of President Kennedy's letter of "
            "October 27 to Chairman Khrushchev:\n\n"
            "Dear Mr. Chairman:\n\nI have read your letter of October 26th with great care.\n")
    facts = text_facts(text, resources)
    assert (facts["date"], facts["sender"], facts["addressee"]) == (
        "--10-27", ["John F. Kennedy"], ["Nikita Khrushchev"])


def test_a_covering_letter_s_following_text_is_no_newspaper(resources: Resources) -> None:
    text = ("Berlin, May 12, 1971\n\nDear Comrades!\n\n"
            "The following is the text of a telegram from Comrade Seiler, Hanoi, for your "
            "information:\n\n\u201cThe Soviet Ambassador informed us of the visit.\u201d\n\n"
            "With socialist greetings\n\nWinzer\n")
    assert "press-text" not in text_xml(text, resources)
    assert text_facts(text, resources)["doc_type"] == "letter"


def test_a_nuremberg_document_number_is_the_shelfmark(resources: Resources) -> None:
    for line in ("Document 2788-PS", "Document EC-411", "TC-26", "Doc. 386-PS"):
        found = resources.patterns.match("archival-reference", line)
        assert found is not None, line
    assert resources.patterns.match("archival-reference", "Document 12") is None


def test_a_museum_record_s_number_and_description_are_the_object_s(
        resources: Resources) -> None:
    text = ("Telegram from the British Ambassador in Paris\n\n"
            "Object description\nTypewritten decode of a telegram sent by Sir Eric Phipps "
            "to the Foreign Office.\n\n"
            "Object number: Documents.5120\nMaterials and techniques: paper, typescript\n"
            "Dimensions: 330 x 205 mm\nCredit line: Donated by the family, 1990\n\n"
            "Transcript\n\nTELEGRAM No. 112\n\nParis, 12 March 1938\n\n"
            "The French Government will not act alone.\n")
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == "Documents.5120"
    assert str(facts["summary"]).startswith("Typewritten decode of a telegram")
    assert "Dimensions" not in text_xml(text, resources).split("<text")[1]


def test_an_envoy_with_his_post_in_brackets_sends_from_it(resources: Resources) -> None:
    text = ("DECYPHER.\nSir E. Phipps (Paris).\n12th March, 1938.\nD. 7.45 p.m.\n"
            "R. 9.30 p.m.\nNo. 112.\n\nIMPORTANT.\n\n"
            "The French Government will not act alone.\n")
    facts = text_facts(text, resources)
    assert (facts["sender"], facts["place_of_origin"], facts["doc_type"]) == (
        ["Eric Phipps"], "Paris", "telegram")


def test_a_telegram_s_imperative_is_no_given_name(resources: Resources) -> None:
    text = ("TELEGRAM\n\nBerlin, 11 March 1938\n\nInform Seyss-Inquart at once.\n\n"
            "Tell Keppler to wait.\n\nNEURATH\n")
    xml = text_xml(text, resources)
    assert 'ref="#per-arthur-seyss-inquart">Seyss-Inquart<' in xml
    assert 'ref="#per-wilhelm-keppler">Keppler<' in xml
