"""Rules for letters and notes of diplomatic archives not sampled before (letters72):

- a translation's own note under the signature, `Translated by: X, <day>` (table `citation`,
  row `translator`): the translator, and the signature over it stays the closer's;
- a day as an ordinal word before `day of` (`date_ordinal_words`) and the dating clause of
  credentials (`Given at X, on the twelfth day of October, 1965.`: table `address-dateline`);
- a sovereign's close (`Your Good Friend,`: table `valediction`);
- on credentials the countersignature names no sender (`named_parties.signing_parts`);
- a note verbale's foot address to the ministry with `TO THE` and the seal's mark naming its
  owner (`(Seal of the Embassy)`: tables `foot-address`, `seal-mark`);
- the stopped honours after `Esq.` at a letter's foot (`R. H. Scott, Esq., C.M.G.,`);
- (after the held samples) two epithets before the comrade (`Esteemed and dear Comrade X,`:
  table `salutation`), an enclosure line in small letters with its pages' count under the
  signature (`Enclosure: list of requests (2 pages)`: table `attachment`), the file copy's
  `(Initialled)` (table `signed-for`, row `role`), and an embassy letter's copy number
  beside its letterhead (`letter_signs.letterhead_only`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

PARTY_LETTER = (
    "Ulaanbaatar, 14 May 1971\n\n"
    "Dear Comrade Honecker,\n\n"
    "We thank you for the reception of our delegation in Berlin.\n\n"
    "With communist greetings,\n\n"
    "Yu. Tsedenbal\n"
    "First Secretary of the Central Committee\n\n"
    "Translated by: G. Lorenz, 17.5.1971\n"
)


def test_a_translation_note_under_the_signature_is_a_credit(resources: Resources) -> None:
    facts = text_facts(PARTY_LETTER, resources)
    assert facts["translator"] == "G. Lorenz"
    assert facts["sender"] == ["Yumjaagiin Tsedenbal"]
    assert "<signed>" in text_xml(PARTY_LETTER, resources)


RECALL = (
    "LETTERS OF RECALL\n\n"
    "Mr. President,\n\n"
    "Having decided to recall Mr. Jan Novak, I have the honour to inform Your Excellency "
    "thereof.\n\n"
    "Given at Prague, on the twelfth day of October, 1965.\n\n"
    "A. Novotný\n\n"
    "V. David\n"
    "Minister of Foreign Affairs\n"
)


def test_credentials_dated_by_an_ordinal_day_and_countersigned(resources: Resources) -> None:
    facts = text_facts(RECALL, resources)
    assert facts["date"] == "1965-10-12"
    assert facts["place_of_origin"] == "Prague"
    assert facts["sender"] == ["Antonín Novotný"]


def test_a_sovereigns_close_over_his_signature(resources: Resources) -> None:
    text = ("To the President of the Republic of Iceland\n\nGreat and Good Friend,\n\n"
            "I have chosen Mr. Lie to reside near you.\n\n"
            "Given at My Palace in Oslo, the second day of February, 1959.\n\n"
            "Your Good Friend,\n\nOlav R.\n\nHalvard Lange\n")
    xml = text_xml(text, resources)
    assert "<salute>Your Good Friend,</salute>" in xml
    assert text_facts(text, resources)["date"] == "1959-02-02"


NOTE = (
    "No. 47/NV-74\n\n"
    "The Embassy of the Democratic Republic of Vietnam presents its compliments to the "
    "Ministry of Foreign Affairs of the People's Republic of Bulgaria and has the honour to "
    "inform the Ministry that the Ambassador will leave Sofia on 6 June 1974.\n\n"
    "The Embassy avails itself of this opportunity to renew to the Ministry the assurances "
    "of its highest consideration.\n\n"
    "                                        Sofia, 3 June 1974\n"
    "(Seal of the Embassy)\n\n"
    "TO THE MINISTRY OF FOREIGN AFFAIRS\n"
    "OF THE PEOPLE'S REPUBLIC OF BULGARIA\n"
    "S O F I A\n"
)


def test_a_note_verbale_foot_address_to_the_ministry(resources: Resources) -> None:
    facts = text_facts(NOTE, resources)
    assert facts["date"] == "1974-06-03"
    assert facts["registry_notes"] == ["(Seal of the Embassy)"]
    xml = text_xml(NOTE, resources)
    assert "<addrLine>TO THE" in xml and "<signed>" not in xml


def test_stopped_honours_after_esq_at_the_foot(resources: Resources) -> None:
    text = ("BRITISH EMBASSY,\nRANGOON.\n\n23rd September, 1958.\n\nMy dear Robert,\n\n"
            "I saw Ne Win yesterday.\n\nYours ever,\n\nHugh Whitcombe\n\n"
            "R. H. Scott, Esq., C.M.G.,\nForeign Office,\nLondon, S.W.1.\n")
    assert text_facts(text, resources)["addressee"] == ["R. H. Scott"]


PARTY_LEADERS = (
    "CENTRAL COMMITTEE OF THE VIETNAM WORKERS' PARTY\n\n"
    "Hanoi, 2 February 1968\n\n"
    "Esteemed and dear Comrade Todor Zhivkov,\n\n"
    "We ask you to receive our delegation.\n\n"
    "With fraternal greetings,\n\n"
    "LE DUAN\n"
    "First Secretary of the Central Committee\n\n"
    "Enclosure: list of requests (2 pages)\n"
)


def test_two_epithets_and_an_enclosure_in_small_letters(resources: Resources) -> None:
    facts = text_facts(PARTY_LEADERS, resources)
    assert facts["doc_type"] == "letter"
    assert facts["sender"] == ["Le Duan"]
    assert facts["addressee"] == ["Todor Zhivkov"]


def test_initialled_marks_the_file_copys_signature(resources: Resources) -> None:
    text = ("The Ministry of Foreign Affairs presents its compliments to the Embassy and has "
            "the honour to forward the list of the delegation.\n\n"
            "The Ministry avails itself of this opportunity to renew to the Embassy the "
            "assurances of its highest consideration.\n\n"
            "Accra, 28th June, 1961.\n\n(Initialled)\n")
    assert "<signed>(Initialled)</signed>" in text_xml(text, resources)


def test_an_embassy_letter_with_its_copy_number_is_a_letter(resources: Resources) -> None:
    text = ("SECRET\nCopy No. 2\n\nEMBASSY OF THE USSR\nIN THE REPUBLIC OF INDONESIA\n\n"
            "Djakarta, 16 April 1964\nNo. 212\n\nDear Andrei Andreyevich,\n\n"
            "I want to inform you about my conversation.\n\nRespectfully yours,\n\n"
            "N. Mikhailov\nAmbassador of the USSR in Indonesia\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "letter"
    assert facts["telegram_number"] is None
