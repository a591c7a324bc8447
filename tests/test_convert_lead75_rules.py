"""Rules from the lead's probes of unseen layouts (lead75):

- a closing bracket giving an archive's reference and then the translation's credit
  (`[UM 5 C 12, Kiina 1966; translated from the Finnish by Anna Virtanen]`) is the editors'
  source line: its shelfmark and its translator go to the header, and nothing of it is
  encoded as words the editors supplied (`references._reference_then_credit`); a labelled
  `[Source: ...]` line stays the bracketed source row's;
- a rank before a place's name and a surname is a man's title also when a common word opens
  the sentence before the rank (`Today Counsellor Keijo Korhonen`: `Keijo`, a reading of
  Seoul, is his given name), while an office's word before the rank still names the office's
  seat (`Consul General Istanbul`) (`glued._ranked`);
- a telegram's number line with its day after a comma (`Telegram No. 315, of 18/03/1974`)
  is the generic `cable-number` row's (number and day), no dateline of a place `Telegram
  No. 315`; a range of numbers after the plural sign (`Ciphered telegram Nos. 412-413`) is
  the form-name row's, kept whole;
- a closing reference in round brackets is read inside them (`(Diplomatic Archive of ...,
  PA, 1968, f. 142, d. 7. Translated by X.)`: no bracket in the repository or the
  translator; `references._enclosed_reference`); a microfilm's `reel` in lower case is a
  reference's unit; the number label spelt out before a grade in brackets (`Number 1732
  (Top Secret, Urgent)`) is a telegram's number;
- the French editions' heading with its offices in small letters (`M. Joxe, ambassadeur de
  France à Moscou, à M. Pineau, ministre ...`), and a circular's heading naming the posts
  after `aux` (`M. Couve de Murville, ministre ..., aux représentants diplomatiques de la
  France à ...`): the title, the sender and no addressee (`parties._TO`);
- a ministry's name and then a capital city after a comma (`To the Ministry of Foreign
  Affairs, Ankara`) is that country's ministry, whatever country the document is sent from
  (`name_surroundings.qualifier`, `org_country.of_place`);
- a romanised syllable's aspiration mark after its first consonant (McCune-Reischauer and
  Wade-Giles: `Pak Ch'ang-ok`, `Ch'en Yi`) is no letter when the register is asked: the
  register's `Pak Chang-ok`, `Chen Yi` (`romanised.fold`, `case_ok`); a Turkish suffix's
  apostrophe further on is kept (`Bangkok'a`);
- a local entry's id reads the letters NFKD keeps whole in ASCII (`Sarıca`: `sarica`, not
  `sarca`; `name_index.slug`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.name_index import slug
from tests.cases import text_facts, text_xml

_CABLE = ("CODE TELEGRAM No. 77\n\nSent from Stockholm 2.III.1971 at 09.10 hrs\n\n"
          "To: Minister Väinö Leskinen\n\n{body}\n\nSeppälä\nAmbassador\n\n{closing}\n")


def test_a_closing_bracket_with_a_reference_and_a_credit_feeds_the_header(
        resources: Resources) -> None:
    facts = text_facts(_CABLE.format(
        body="The Swedish side will answer the note next week.",
        closing="[UM 7 D 3, Ruotsi 1971; translated from the Finnish by Liisa Koskinen]"),
        resources)
    assert facts["archive_idno"] == "UM 7 D 3, Ruotsi 1971"
    assert facts["translator"] == "Liisa Koskinen"
    assert facts["original_language"] == "Finnish"
    assert facts["editorial_insertions"] == [] and facts["registry_notes"] == []


def test_a_closing_bracket_without_a_number_before_its_credit_is_no_reference(
        resources: Resources) -> None:
    facts = text_facts(_CABLE.format(
        body="The Swedish side will answer the note next week.",
        closing="[Summary of the embassy's view; translated from the Finnish by Liisa "
                "Koskinen]"), resources)
    assert facts["archive_idno"] is None


def test_a_rank_after_a_sentences_common_first_word_titles_a_man(
        resources: Resources) -> None:
    xml = text_xml(_CABLE.format(
        body="Yesterday Counsellor Keijo Mattila met the head of the political department.",
        closing=""), resources)
    assert ">Keijo Mattila</persName>" in xml
    assert ">Keijo</placeName>" not in xml


_INDIAN = ("{first}\nFrom: Embassy of India, Moscow\n"
           "To: Ministry of External Affairs, New Delhi\n\n"
           "Ambassador Menon called on Deputy Foreign Minister Firyubin.\n\nMENON\n")


def test_a_number_line_with_its_day_after_a_comma_gives_both(resources: Resources) -> None:
    facts = text_facts(_INDIAN.format(first="Telegram No. 512, of 21/06/1975"), resources)
    assert (facts["telegram_number"], facts["date"]) == ("512", "1975-06-21")
    assert facts["place_of_origin"] == "Moscow"


def test_a_range_of_numbers_after_the_plural_sign_is_kept_whole(resources: Resources) -> None:
    facts = text_facts(_INDIAN.format(first="Cipher telegram Nos. 77-79"), resources)
    assert facts["telegram_number"] == "77-79"


_YUGOSLAV = ("TELEGRAM\nreceived from: Moscow\nNo. 515, dated 4.IX.1968 at 11.30 hrs\n\n"
             "To Comrade Marko Nikezić\n\nThe Soviet side has not answered our note.\n\n"
             "VIDIĆ\n\n{foot}\n")


def test_a_closing_reference_in_round_brackets_is_read_inside_them(
        resources: Resources) -> None:
    facts = text_facts(_YUGOSLAV.format(
        foot="(Diplomatic Archive of the Ministry of Foreign Affairs of Serbia, PA, 1968,\n"
             "f. 143, d. 2, no. 438112. Translated by Jelena Marković.)"), resources)
    assert facts["repository"] == "Diplomatic Archive of the Ministry of Foreign Affairs of Serbia"
    assert facts["translator"] == "Jelena Marković"


def test_a_reel_and_a_spelt_out_number_label_are_read(resources: Resources) -> None:
    facts = text_facts(
        "Number 2210 (Secret, Urgent)\nSent: Tokyo, May 2, 1960, 18:00\n\n"
        "To Ambassador Asakai.\n\nThe Minister asks you to see the Secretary.\n\n"
        "(Diplomatic Archives of the Ministry of Foreign Affairs of Japan, B'-0112, reel 4)\n",
        resources)
    assert facts["telegram_number"] == "2210"
    assert facts["archive_idno"] == "B'-0112, reel 4"


_FRENCH = ("{head}\n\nT. circulaire no 57.\nParis, 4 novembre 1956, 20 h 30.\n\n"
           "The Soviet ambassador came to see me this afternoon.\n")


def test_a_french_circulars_heading_names_its_sender_and_no_addressee(
        resources: Resources) -> None:
    head = ("M. Pineau, ministre des Affaires étrangères, aux représentants diplomatiques de "
            "la France à Londres, Washington, Moscou.")
    facts = text_facts(_FRENCH.format(head=head), resources)
    assert facts["title"] == head.rstrip(".")
    assert (facts["sender"], facts["addressee"]) == (["Christian Pineau"], [])


def test_a_french_heading_with_offices_in_small_letters_names_both(
        resources: Resources) -> None:
    facts = text_facts(_FRENCH.format(
        head="M. Joxe, ambassadeur de France à Moscou, à M. Pineau, ministre des Affaires "
             "étrangères."), resources)
    assert (facts["sender"], facts["addressee"]) == (["Louis Joxe"], ["Christian Pineau"])


def test_an_id_reads_the_dotless_i_and_the_icelandic_letters() -> None:
    assert slug("Tevfik Ahmet Sarıca") == "tevfik-ahmet-sarica"
    assert slug("Þórður Guðmundsson") == "thordur-gudmundsson"


def test_a_ministry_and_its_capital_after_a_comma_is_that_countrys(
        resources: Resources) -> None:
    xml = text_xml("TURKISH EMBASSY\nATHENS\n\nCiphered telegram\nDate: 3.II.1965\nNo: 210\n\n"
                   "To the Ministry of Foreign Affairs, Ankara\n\n"
                   "Prime Minister Papandreou received me today.\n\nAmbassador\n", resources)
    assert 'ref="#org-ministry-of-foreign-affairs-of-turkey">Ministry of Foreign Affairs<' in xml
    assert "Ministry of Foreign Affairs of Greece" not in xml


def test_a_syllables_aspiration_mark_is_no_letter_to_the_register(
        resources: Resources) -> None:
    xml = text_xml("CIPHERED TELEGRAM No. 88\nFrom Pyongyang. Sent 3.IX.1956.\n\n"
                   "Pak Ch'ang-ok and Ch'en Yi were not present at the meeting.\n\nIVANOV\n",
                   resources)
    assert 'ref="#per-pak-chang-ok">Pak Ch\'ang-ok<' in xml
    assert 'ref="#per-chen-yi">Ch\'en Yi<' in xml
