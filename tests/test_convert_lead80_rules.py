"""Rules from the lead's probes of unseen layouts (lead80):

- the Marxists Internet Archive's index link under an item named with its author (`Stalin
  Works Index`, `Mao Selected Works Index`) is the site's navigation, no signer (table
  `page-furniture`, item `mia-navigation`);
- a heading in capitals naming its form and writer, broken after its preposition by a
  printed volume's narrow measure (`TELEGRAM OF THE SOVIET AMBASSADOR IN CAIRO TO THE` /
  `MINISTRY OF FOREIGN AFFAIRS OF THE USSR`), is one line (`wraps._CAPITALS_OPEN`);
- such a heading, though it names a ministry, is no letterhead (table `heading`, item
  `letterhead`): it is the document's title;
- a catalogue's language field crediting the translation in brackets after the language
  (`Language: Russian (translation: Svetlana Savranskaya)`) gives the translator and the
  language alone (`header._language`);
- Gale's U.S. Declassified Documents Online record: `Issue Date` is the document's date
  field, `Date Declassified` and `Sanitized` the release's record fields (table
  `page-fields`), so the cable under them keeps its heading;
- the UK National Archives' Discovery bar's `Search our records` is the catalogue's
  furniture (item `archive-catalogue`), no title;
- a registered surname closed by a stop over the date alone (`Stalin.` / `20.IX.45`) signs,
  as it does on the message's last line (`closing._known_stopped_name`);
- two or three `To Comrade X` lines one under the other in a cipher telegram's heading are
  its addressees (`To Comrade Todor Zhivkov` / `To Comrade Karlo Lukanov`), as one such line
  is (`recognise._comrades_addressed`); apart, they stay a copies list;
- register: Koča Popović's surname alone is a surname in office (Yugoslavia's foreign
  minister of 1953-1965), Aleksandr Alekseev's `Alexiev` a spelling of his surname.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_MIA = """Marxists Internet Archive: Stalin Archive

J. V. Stalin

Telegram to Mao Tse-tung

Written: 14 January 1949
Source: Archive of the President of the Russian Federation, fond 45, opis 1, delo 330
Translated: Sergey Radchenko

Comrade Mao Tse-tung!

We have received your telegram of 13 January and advise you to answer it with conditions.

Filippov

{foot}
"""


def test_authors_works_index_is_navigation(resources: Resources) -> None:
    facts = text_facts(_MIA.format(foot="Stalin Works Index"), resources)
    assert facts["signed"] == "Filippov"
    assert facts["sender"] == ["Joseph Stalin"]


def test_a_signature_line_is_still_a_signature(resources: Resources) -> None:
    facts = text_facts(_MIA.format(foot=""), resources)
    assert facts["signed"] == "Filippov"


_VOLUME = """212 DOCUMENTS ON SOVIET FOREIGN POLICY

No. 64

{heading}

Cairo, 11 March 1957

Immediate

Nasser received me today at his residence and asked for the support of the Soviet Government.

E. Kiselev
"""
_WHOLE = ("TELEGRAM OF THE SOVIET AMBASSADOR IN CAIRO TO THE MINISTRY OF FOREIGN AFFAIRS OF "
          "THE USSR")


def test_capitals_heading_broken_after_its_preposition(resources: Resources) -> None:
    broken = ("TELEGRAM OF THE SOVIET AMBASSADOR IN CAIRO TO THE\n"
              "MINISTRY OF FOREIGN AFFAIRS OF THE USSR")
    facts = text_facts(_VOLUME.format(heading=broken), resources)
    assert facts["title"] == _WHOLE
    assert facts["place_of_origin"] == "Cairo"


def test_capitals_heading_naming_a_ministry_is_no_letterhead(resources: Resources) -> None:
    facts = text_facts(_VOLUME.format(heading=_WHOLE), resources)
    assert facts["title"] == _WHOLE
    assert facts["telegram_number"] is None  # the volume's document number


def test_a_ministrys_letterhead_stays_one(resources: Resources) -> None:
    text = ("MINISTRY OF FOREIGN AFFAIRS OF THE USSR\n\nTELEGRAM No. 412\n\nMoscow, 12 March "
            "1957\n\nThe delegation arrives tomorrow.\n\nA. Gromyko\n")
    body = text_xml(text, resources).split("<body", 1)[1]
    assert 'subtype="letterhead"' in body


_OMEKA = """Cold War Documents Collection

Telegram from Mikoyan to the CC CPSU, 6 November 1962

Title
Telegram from Mikoyan to the CC CPSU, 6 November 1962

Date
1962-11-06

Language
{language}

Text

CC CPSU

Today I had a conversation with Fidel Castro and Dorticós.

A. MIKOYAN
"""


def test_translator_in_brackets_of_the_language_field(resources: Resources) -> None:
    facts = text_facts(_OMEKA.format(language="Russian (translation: Svetlana Savranskaya)"),
                       resources)
    assert facts["translator"] == "Svetlana Savranskaya"
    assert facts["original_language"] == "Russian"


def test_other_brackets_of_the_language_field_stay(resources: Resources) -> None:
    facts = text_facts(_OMEKA.format(language="Russian (Cyrillic script)"), resources)
    assert facts["translator"] is None
    assert facts["original_language"] == "Russian (Cyrillic script)"


def test_popovic_alone_in_his_years_and_alexiev(resources: Resources) -> None:
    text = ("Telespresso n. 1234/567\n\nBelgrade, 12 June 1956\n\nMarshal Tito left for Moscow "
            "with Kardelj and Popović. Alexiev also attended.\n\nBerio\n")
    body = text_xml(text, resources).split("<body", 1)[1]
    assert 'ref="#per-koca-popovic">Popović<' in body
    assert 'ref="#per-aleksandr-alekseev">Alexiev<' in body


_GALE = """Gale Primary Sources
U.S. Declassified Documents Online

Cable from Ambassador Thompson to Secretary of State Rusk regarding Berlin. March 9, 1961.

Source Library: Department of State
Document Type: Cable
Issue Date: March 9, 1961
Classification: SECRET
Date Declassified: Aug 18, 1994
Sanitized: Complete
Pages: 3

TELEGRAM
FROM: MOSCOW
TO: Secretary of State
NO: 2143, MARCH 9, 7 PM

Khrushchev received me this afternoon at Novosibirsk.

THOMPSON
"""


def test_gale_record_issue_date_not_its_release(resources: Resources) -> None:
    facts = text_facts(_GALE, resources)
    assert facts["date"] == "1961-03-09"
    assert facts["place_of_origin"] == "Moscow"
    assert facts["telegram_number"] == "2143"


def test_discovery_site_bar_is_no_title(resources: Resources) -> None:
    text = ("The National Archives\nDiscovery\nSearch our records\n\nReference: FO 371/135265\n"
            "Description: Telegram No. 1234 from Sir Patrick Reilly, Moscow, to Foreign Office: "
            "conversation with Mr Khrushchev\nDate: 17 Nov 1958\nHeld by: The National Archives, "
            "Kew\n\nTranscription\n\nFROM MOSCOW TO FOREIGN OFFICE\n\nNo. 1234\nNovember 17, "
            "1958\n\nKhrushchev took me aside this evening.\n")
    assert text_facts(text, resources)["title"] != "Search our records"


def test_stopped_surname_over_the_date_signs(resources: Resources) -> None:
    text = ("Telegram from Stalin to Molotov on the London conference\n\nDate: 1945-09-20\n\n"
            "To Molotov.\n\nI consider that you must hold firm on the question of the "
            "procedure.\n\n{name}\n20.IX.45\n")
    for name in ("Stalin.", "J. Stalin."):
        assert text_facts(text.format(name=name), resources)["signed"] == name


_TWO_LEADERS = """CIPHERED TELEGRAM
from Washington
No. 2113
Sent on 28 October 1962 at 21.30

{address}

Yesterday evening I talked with Tyler at the State Department.

P. Voutov
"""


def test_two_comrades_addressed_a_line_each(resources: Resources) -> None:
    address = "To Comrade Todor Zhivkov\nTo Comrade Karlo Lukanov"
    facts = text_facts(_TWO_LEADERS.format(address=address), resources)
    assert facts["addressee"] == ["Todor Zhivkov", "Karlo Lukanov"]


def test_comrades_apart_stay_a_copies_list(resources: Resources) -> None:
    address = "To Comrade Todor Zhivkov\nStrictly secret\nTo Comrade Karlo Lukanov"
    facts = text_facts(_TWO_LEADERS.format(address=address), resources)
    assert facts["addressee"] != ["Todor Zhivkov", "Karlo Lukanov"]
