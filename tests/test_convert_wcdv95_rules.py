"""Rules for the Wilson Center Digital Archive's current site and its staging mirrors (wave 95,
wcdv95), learnt from real pages of collections the earlier waves had least (Berlin 1953, the
Tito-Stalin split and the 1956 reconciliation, Geneva and Britain 1954-55, the Horn of Africa
1977-78, Afghanistan 1979, the Polish crisis of 1981):

- the translators' bracketed head-note over an excerpt (`[The following is an excerpt of a
  telephonogram by V. Semenov ... to V. Molotov ...]`) marks no place where words were left
  out: it is no gap, though it holds an omission word (`excerpt`); it stays the editors'
  supplied text, its names tagged (table `brackets`, row `headnote`, read by
  `brackets.bracket_kind`);
- register: the CWIHP's transliteration of Marshal Sokolovsky (`V. Sokolovskii`,
  `Sokolovskii`), so a title `Telephonogram from V. Semenov and V. Sokolovskii in Berlin to
  ...` gives both senders; Isaias Afwerki as the East German files spell him (`Aforki`,
  `Siassi Aforki`); `Valdez Vivo` for Raúl Valdés Vivó (`corpus/register/persons.xml`);
- a staging mirror's compact copy (a paragraph a line, no blank lines): the title right under
  the page's opening date line does not run on into the text's first paragraph (a line of
  twenty words or more closing on a stop), unless it ends on a small word, a comma or a
  hyphen (`title_apart.py`, called by `read.logical_lines`);
- a subject title naming a journey (`... President Sam Nujoma's visit to Bulgaria, October
  1983`) is not split at the journey's ` to ` into sender and addressee (table `journey-to`,
  `journey_to.py`, called by `parties.title_parties`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.title_apart import title_apart
from tests.cases import text_facts, text_xml

HEADNOTE = ("Skip to content\n\nJune 20, 1953\n\n"
            "Telephonogram from V. Semenov in Berlin to V. Molotov, 20 June 1953, 8:10 a.m.\n\n"
            "[The following is an excerpt of a telephonogram by V. Semenov in Berlin to "
            "V. Molotov, sent on 20 June 1953, on the bakeries of Potsdam.]\n\n"
            "\"The bakeries of Potsdam opened at six in the morning and sold bread without "
            "queues.\"\n")


def test_headnote_over_excerpt_is_no_gap(resources: Resources) -> None:
    facts = text_facts(HEADNOTE, resources)
    assert facts["gaps"] == 0
    assert facts["editorial_insertions"] == [
        "The following is an excerpt of a telephonogram by V. Semenov in Berlin to V. Molotov, "
        "sent on 20 June 1953, on the bakeries of Potsdam."]


def test_headnote_names_are_tagged(resources: Resources) -> None:
    xml = text_xml(HEADNOTE, resources)
    body = xml[xml.index("<text>"):]
    assert "<gap" not in body
    assert 'ref="#pla-potsdam"' in body or "Potsdam</placeName>" in body


def test_excerpt_marker_alone_is_still_a_gap(resources: Resources) -> None:
    text = HEADNOTE.replace("[The following is an excerpt of a telephonogram by V. Semenov in "
                            "Berlin to V. Molotov, sent on 20 June 1953, on the bakeries of "
                            "Potsdam.]", "[Excerpt]")
    assert text_facts(text, resources)["gaps"] == 1


def test_cwihp_spelling_gives_second_sender(resources: Resources) -> None:
    text = ("Skip to content\n\nJune 20, 1953\n\nTelephonogram from V. Semenov and "
            "V. Sokolovskii in Berlin to V. Molotov, 20 June 1953\n\n"
            "The bakeries of Potsdam opened at six in the morning.\n")
    assert text_facts(text, resources)["sender"] == ["Vladimir Semyonov", "Vasily Sokolovsky"]


def test_aforki_is_isaias_afwerki(resources: Resources) -> None:
    text = ("Skip to content\n\nMay 3, 1978\n\nDraft Letter from Honecker to Brezhnev, "
            "3 May 1978\n\nEsteemed Comrade Leonid Ilyich Brezhnev!\n\n"
            "Aforki asked for a further meeting in Berlin before the rainy season.\n")
    assert 'ref="#per-isaias-afwerki"' in text_xml(text, resources)


COMPACT = ("March 2, 1957\nTelegram from Soviet Politburo members Mikoyan and Suslov on the "
           "situation in Budapest\nThis morning we met the members of the new government for "
           "two hours and discussed the supply of coal to the capital and the return of the "
           "workers to the factories of Csepel.\nThe trams are running again.\n")


def test_compact_mirror_title_stays_apart(resources: Resources) -> None:
    facts = text_facts(COMPACT, resources)
    assert facts["title"] == ("Telegram from Soviet Politburo members Mikoyan and Suslov on "
                              "the situation in Budapest")
    assert facts["sender"] == ["Anastas Mikoyan", "Mikhail Suslov"]


def test_compact_title_ending_on_small_word_runs_on() -> None:
    prose = ("This morning we met the members of the new government for two hours and "
             "discussed the supply of coal to the capital.")
    assert title_apart("March 2, 1957", "Telegram from Mikoyan on the situation", 1, prose)
    assert not title_apart("March 2, 1957", "Telegram from Mikoyan on the situation in", 1,
                           prose)
    assert not title_apart("March 2, 1957", "Telegram from Mikoyan on the situation", 1,
                           "Budapest and the Provinces")
    assert not title_apart("Skip to content", "Telegram from Mikoyan on the situation", 1,
                           prose)


def test_visit_to_is_no_parties_cut(resources: Resources) -> None:
    text = ("Skip to content\n\nMay 12, 1979\n\nZANU President Robert Mugabe's visit to "
            "Bulgaria, May 1979\n\nThe delegation arrived in Sofia on 9 May and was received "
            "by the Secretary of the Central Committee.\n")
    facts = text_facts(text, resources)
    assert "Robert Mugabe" not in facts["sender"]
    assert facts["addressee"] == []


def test_letter_to_is_still_a_parties_cut(resources: Resources) -> None:
    text = ("Skip to content\n\nMay 12, 1979\n\nLetter from Robert Mugabe to Todor Zhivkov"
            "\n\nDear Comrade Zhivkov,\n\nOur delegation thanks you for the warm welcome in "
            "Sofia.\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Robert Mugabe"]
    assert facts["addressee"] == ["Todor Zhivkov"]
