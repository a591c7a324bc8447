"""Rules for signatures, closers and senders across publishers (signed51):

- a signing formula naming a minister by his portfolio, a head or body, or a mission's head the
  official signs for (`For the Minister for External Affairs:`, `FOR THE BOARD OF NATIONAL
  ESTIMATES:`, `For the Chargé d'Affaires a.i.:`) or a treaty's party (`For Japan:`) is a
  line of the closer (table `signed-for`), so the valediction above it is the closer's too;
  closed by a colon under a named signature, it opens the next one (`merge_roles`), while a
  conformed signature over the same name typed (`/s/ Robert M. Gates` / `ROBERT M. GATES`)
  is one signature;
- `pp.` (per procurationem) before the typed name, or alone over it, marks a signature made
  for the writer (`parts.SIGNED_MARK`, table `signed-for`); so do `Sgd:` and the French
  `Signé :` before it, and the Czech, Slovak and Hungarian `v.r.`, `m.p.`, `s.k.` after it
  (`signature_shape._SIGNED`); a note of it under the name
  (`(Dictated by Mr. Dean and signed in his absence)`) and a typist's `Typed by M.K.` are
  registry lines (table `processing`);
- a foot address by office alone, open-punctuated (`The Official Secretary,` / `Australian
  High Commission,` / `LONDON.`; `THE OFFICER ADMINISTERING THE GOVERNMENT OF` / `NYASALAND`),
  is the closer's address, no signature (table `foot-address`);
- a copies list numbering each copy (`No. 1 - to the addressee`) is a distribution list, no
  number of the sender's (tables `outgoing-number`, `processing`);
- a note marked `x/` under a rule of em dashes, its anchor glued to a word above, is a note
  (table `footnotes`, `footnotes._marker_used`; `read._RULE`), so the signature above it closes
  the text;
- two signature blocks set side by side under the prose are read column by column
  (`column_blocks`), and a redacted name (`[Name redacted]`, a FOIA exemption `(b)(6)` alone)
  or a mark in round brackets (`(signature illegible)`) or after an office and its colon
  (`Ambassador: [signature]` over `(P. Dragnev)`) stands where a signature does
  (`signer_lines.signature_mark`); an officer's rank and office written short under the name
  (`Lt. Col., GS`, `Asst. Chief of Staff, G-2`) are role lines (table `role-openers`), as
  is an office in capitals with its article and post (`THE SOVIET AMBASSADOR IN THE PRC`,
  `roles._ARTICLE_CAPITALS_ROLE_WORDS`);
- the original's Cyrillic name in parentheses under the translated signature is a line of it
  (`parts.parenthesised_name`);
- a hyphen parts a `Sender:` label's post from its envoy only between spaces, so a hyphenated
  given name stays whole (`Sender: Ri Sang-jo, Ambassador`; table `heading-east-bloc`);
- a sender named short by the title and in full by the signature is one sender
  (`correspondence._one_form`);
- the editors' bracketed source note on the text's last line leaves the signature above it
  the closer's (`release_lines.page_feet`; seen on the held sample h01 after its blind score).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

LETTER = (
    "Letter DEPARTMENT OF EXTERNAL AFFAIRS, CANBERRA, 3 October 1950\n\n"
    "Sir,\n\n"
    "I am directed by the Minister to acknowledge your memorandum of 12th September on the "
    "question of the conference.\n\n"
    "Yours faithfully,\n\n"
    "{for_line}\n\n"
    "(Sgd) R. J. PELHAM\n\n"
    "Acting Secretary\n\n"
    "{foot}"
)
FOOT = "The Official Secretary,\nAustralian Legation,\nTHE HAGUE.\n"


def test_a_portfolio_signing_formula_is_the_closer_s(resources: Resources) -> None:
    xml = text_xml(LETTER.format(for_line="For the Minister for External Affairs:", foot=""),
                   resources)
    assert "<salute>Yours faithfully,</salute>" in xml
    assert "<signed>For the Minister for External Affairs:<lb/>" in xml


def test_a_body_signed_for_in_capitals_is_the_closer_s(resources: Resources) -> None:
    xml = text_xml(LETTER.format(for_line="FOR THE BOARD OF NATIONAL ESTIMATES:", foot=""),
                   resources)
    assert "<signed>FOR THE BOARD OF NATIONAL ESTIMATES:<lb/>" in xml


def test_a_foot_address_by_office_is_no_signature(resources: Resources) -> None:
    xml = text_xml(LETTER.format(for_line="For the Minister for External Affairs:", foot=FOOT),
                   resources)
    assert "<addrLine>The Official Secretary,</addrLine>" in xml
    assert xml.count("<signed>") == 1


def test_pp_before_the_name_signs(resources: Resources) -> None:
    text = ("Dear Ambassador,\n\nThe Secretary of State has asked me to say that he agrees "
            "with your proposals about the visit.\n\nYours sincerely,\n\npp. P. H. DEAN\n\n"
            "(Dictated by Mr. Dean and signed in his absence)\n")
    facts = text_facts(text, resources)
    assert facts["signed"] == "pp. P. H. DEAN"
    assert 'subtype="other">(Dictated by Mr.' in text_xml(text, resources)


def test_a_page_range_is_no_pp_signature(resources: Resources) -> None:
    text = ("Dear Ambassador,\n\nThe figures are given in the report of the commission on "
            "the matter, which you have already seen.\n\npp. 12-15\n")
    assert text_facts(text, resources)["signed"] in (None, "")


COPIES = ("From PYONGYANG\nTo Comrade VYSHINSKY.x/\n\n"
          "On 11 March Kim Il Sung received me and asked that the Soviet government send "
          "specialists in irrigation.\n\n12/3-50. Shtykov\n\n5 copies\n"
          "No. 1 - to the addressee\nNo. 2 - to Cde. Gromyko\n{tail}")


def test_a_numbered_copies_list_is_distribution(resources: Resources) -> None:
    xml = text_xml(COPIES.format(tail=""), resources)
    assert 'subtype="distribution">No. 1 - to the addressee</ab>' in xml
    assert 'type="outgoing">No. 1' not in xml


def test_an_x_slash_note_under_a_rule_leaves_the_signature(resources: Resources) -> None:
    text = COPIES.format(tail="——————\nx/ Minister of Foreign Affairs of the USSR.\n")
    assert text_facts(text, resources)["signed"] == "Shtykov"
    assert '<note place="foot" n="x/">' in text_xml(text, resources)


BLOCKS = ("Ministry for State Security\nBerlin, 14 March 1984\n\n"
          "During the consultation held in Sofia on 6 March 1984, the Bulgarian side informed "
          "us of the measures planned.\n\n"
          "Head of Main Department XX                Deputy Head of Department 4\n"
          "Haferland                                 {second}\n"
          "Major General                             Major\n")


def test_side_by_side_blocks_read_by_column(resources: Resources) -> None:
    xml = text_xml(BLOCKS.format(second="Kienberg"), resources)
    assert "Head of Main Department XX<lb/>" in xml
    assert xml.index("Haferland</persName>") < xml.index("Major General") \
        < xml.index("Deputy Head of Department 4")


def test_a_redacted_name_stands_for_the_signature(resources: Resources) -> None:
    xml = text_xml(BLOCKS.format(second="[Name redacted]"), resources)
    closer = xml[xml.index("<closer>"):xml.index("</closer>")]
    assert "Name redacted" in closer and "Haferland" in closer


def test_a_note_signed_for_the_charge_is_closed(resources: Resources) -> None:
    text = ("The Embassy of the United States of America presents its compliments to the "
            "Ministry and has the honor to refer to the Ministry's note of July 15.\n\n"
            "The Embassy avails itself of this opportunity to renew to the Ministry the "
            "assurances of its highest consideration.\n\n"
            "For the Chargé d'Affaires a.i.:\nWilliam A. Stoltzfus\nFirst Secretary\n")
    xml = text_xml(text, resources)
    assert "<signed>For the Chargé d'Affaires a.i.:<lb/>" in xml
    assert "<salute>The Embassy avails itself" in xml


def test_a_routing_label_is_no_signing_party(resources: Resources) -> None:
    assert resources.patterns.match("signed-for", "For information:") is None
    assert resources.patterns.match("signed-for", "For the first time the Minister") is None


def test_each_treaty_party_opens_its_signature(resources: Resources) -> None:
    text = ("The two governments agree to exchange ambassadors as soon as possible and to "
            "conclude a treaty within one year.\n\n"
            "For the Union of Soviet Socialist Republics:\nN. BULGANIN\n\n"
            "For Japan:\nICHIRO HATOYAMA\n")
    xml = text_xml(text, resources)
    assert xml.count("<signed>") == 2
    assert "<signed>For <placeName" in xml


def test_the_original_cyrillic_name_is_the_signature_s(resources: Resources) -> None:
    text = ("To the Central Committee of the CPSU\n\nThe Ministry considers it expedient to "
            "send a delegation to Hanoi in March.\n\nA. GROMYKO\n(А. Громыко)\n\n"
            "12 February 1965\n")
    xml = text_xml(text, resources)
    closer = xml[xml.index("<closer>"):xml.index("</closer>")]
    assert "A. GROMYKO" in closer and "Громыко" in closer


def test_a_parenthesised_illegible_signature_and_a_rank_written_short(resources: Resources
                                                                       ) -> None:
    text = ("1. Subject is not known to this office and no record of his service could be "
            "found.\n\nRespectfully yours,\n\n(signature illegible)\nJOHN A. SMITH\n"
            "Lt. Col., GS\nAsst. Chief of Staff, G-2\n")
    xml = text_xml(text, resources)
    assert "<signed>(signature illegible)<lb/>" in xml
    assert "Lt. Col., GS<lb/>\nAsst. Chief of Staff, G-2</signed>" in xml


def test_a_foia_exemption_stands_for_the_signer(resources: Resources) -> None:
    text = ("1. Source reported that the delegation would leave Geneva on Friday and that no "
            "agreement was expected.\n\n(b)(3)\n(b)(6)\nChief, SR Division\n")
    # (cables81) the national security exemption alone on its line is a gap not declassified
    assert ('<signed><gap reason="not-declassified"><desc>(b)(3)</desc></gap><lb/>\n(b)(6)<lb/>'
            in text_xml(text, resources))


def test_a_hyphenated_given_name_in_a_sender_label_is_whole(resources: Resources) -> None:
    text = ("Sender: Ri Sang-jo, Ambassador\nRecipient: Ministry of Foreign Affairs\n"
            "Date: 12 June 1953\n\nThe Soviet side agreed to receive the delegation in the "
            "second half of June.\n")
    assert text_facts(text, resources)["sender"] == ["Lee Sang-jo"]


def test_marks_of_a_signature_in_other_hands(resources: Resources) -> None:
    body = ("The Presidium agrees with the proposal and asks that the delegation leave for "
            "Moscow on 10 May.\n\n")
    assert text_facts(body + "A. Novotný v.r.\n", resources)["signed"] == "A. Novotný v.r."
    assert text_facts(body + "Signé : COUVE DE MURVILLE\n",
                      resources)["signed"] == "Signé : COUVE DE MURVILLE"
    assert text_facts(body + "Sgd: J. W. Burton\n", resources)["signed"] == "Sgd: J. W. Burton"


def test_a_conformed_signature_over_the_typed_name_is_one(resources: Resources) -> None:
    body = ("1. The board believes that the brigade has been there since 1962 and that its "
            "mission is training.\n\n")
    xml = text_xml(body + "/s/ Robert M. Gates\nROBERT M. GATES\nDeputy Director\n", resources)
    assert xml.count("<signed>") == 1
    xml = text_xml(body + "/s/ Dean Rusk\nROBERT S. MCNAMARA\n", resources)
    assert xml.count("<signed>") == 2


def test_an_office_in_capitals_with_its_post_signs(resources: Resources) -> None:
    text = ("The Chinese comrades asked that their views be reported to the Central Committee "
            "as soon as possible.\n\nTHE SOVIET AMBASSADOR IN THE PRC\n\n12.X.1959\n")
    assert "<signed>THE SOVIET AMBASSADOR IN THE" in text_xml(text, resources)


def test_a_governor_s_office_at_the_foot_is_the_address(resources: Resources) -> None:
    text = ("Sir,\n\nI have the honour to inform you that the arrangements have been under "
            "review.\n\nI have the honour to be,\nSir,\nYour most obedient, humble servant,\n\n"
            "ALAN LENNOX-BOYD\n\nTHE OFFICER ADMINISTERING THE GOVERNMENT OF\nNYASALAND\n")
    facts = text_facts(text, resources)
    assert facts["signed"] == "ALAN LENNOX-BOYD"


def test_an_office_with_the_mark_over_the_name_signs(resources: Resources) -> None:
    text = ("I consider that we should accept the proposal for the delegations as it stands."
            "\n\nAmbassador: [signature]\n(P. Dragnev)\n\nBelgrade, 17 March 1958\n")
    assert text_facts(text, resources)["signed"] == "Ambassador: [signature] (P. Dragnev)"


def test_a_sender_named_short_and_in_full_is_one(resources: Resources) -> None:
    text = ("Telegram from the Brazilian Embassy in Mexico City (Ramos Barreto)\n\n"
            "The Foreign Minister told me that Mexico will not support new measures at the "
            "meeting.\n\nVICENTE RAMOS BARRETO\n")
    assert text_facts(text, resources)["sender"] == ["Vicente Ramos Barreto"]


def test_the_editors_bracketed_source_under_the_signature(resources: Resources) -> None:
    text = ("From: Beijing\nTo: Ministry of Foreign Affairs\nDate: 10.03.1969\n\n"
            "I told him that our party's position is known, namely that disputes must be "
            "solved through negotiations.\n\nSigned: Aurel Duma\n\n"
            "[Archive of the Romanian Ministry of Foreign Affairs, folder 211/1969, Telegrams "
            "Beijing. Translated by Mircea Munteanu.]\n")
    assert text_facts(text, resources)["signed"] == "Signed: Aurel Duma"
