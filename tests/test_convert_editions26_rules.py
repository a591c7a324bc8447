"""Rules written for the European diplomatic editions in their own languages (editions26),
each checked on two or more layouts: a receipt giving the day of the month alone, its month
and year the sending date's and a day earlier than the sending day the next month's (`(Reçu :
le 10, 0 h 40.)`, `(Received: the 10th, 0.40 a.m.)`, the Italian `(Perv. ore 8 del 15)`,
`(rec. hrs. 8 of the 18th)`), the German receipt by the month's name in brackets
(`(Eingegangen: 10. Mai, 0.40 Uhr)`), and the Italian telegram's number, dateline and
receipt run on one line; notes numbered `(1)` under the signature, their anchors spaced
before a stop (`conférence (1).`), are notes and the signature stays the closer; and a
speech verb with its first-person object in the text's language after a bare surname the
register knows only after a title (`Dunn mi ha detto`, `Dunn m'a dit`, `Dunn erklärte mir`,
`Dunn me dijo`), bodies, offices and adverbs before it no names (`Die Regierung erklärte
mir`, `Ieri Dunn mi ha detto`); the Spanish edition's heading (`El Embajador en Londres, X, al
Ministro de Asuntos Exteriores, Y.`); the German edition's heading with the holder's name
run on after his post (`Der Botschafter in London von Hoesch an das Auswärtige Amt`), its
`Telegramm Nr. 123 vom 3. Mai` and its handling marks (`Geheim!`, `Geheime Reichssache`)."""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

_FRENCH = """412

M. Chauvel, Ambassadeur de France à Londres,
à M. Couve de Murville, Ministre des Affaires étrangères.

T. nos 1620 à 1623.
Londres, {sent}.
{receipt}

Lord Home m'a reçu ce matin au Foreign Office.

Le Gouvernement britannique ne s'opposerait pas à la conférence.

CHAUVEL
"""

_ITALIAN = """523

L'Ambasciatore a Londra, Gallarati Scotti,
al Ministro degli Esteri, Sforza.

T. SEGRETO 6114/402.
Londra, {sent}
{receipt}

Lord Home mi ha ricevuto stamane al Foreign Office.

Il Governo britannico non si opporrà alla conferenza.

GALLARATI SCOTTI
"""


@pytest.mark.parametrize("layout", [_FRENCH, _ITALIAN])
@pytest.mark.parametrize(("receipt", "received"), [
    ("(Reçu : le 10, 0 h 40.)", "1959-05-10T00:40"),
    ("(Received: the 10th, 0.40 a.m.)", "1959-05-10T00:40"),
    ("(Perv. ore 8 del 15).", "1959-05-15T08:00"),
    ("(rec. hrs. 8 of the 18th)", "1959-05-18T08:00"),
    ("(Eingegangen: 10. Mai, 0.40 Uhr)", "1959-05-10T00:40"),
    ("(Received: the 3rd, 11.15 p.m.)", "1959-06-03T23:15"),
])
def test_receipt_by_the_day_of_the_sending_month(resources, layout, receipt, received):
    facts = text_facts(layout.format(sent="9 mai 1959, 23 h 10", receipt=receipt), resources)
    assert (facts["date"], facts["date_received"]) == ("1959-05-09", received)


@pytest.mark.parametrize("layout", [_FRENCH, _ITALIAN])
def test_receipt_day_turns_the_year(resources, layout):
    text = layout.format(sent="31 dicembre 1950, ore 22", receipt="(Perv. ore 9 del 1)")
    assert text_facts(text, resources)["date_received"] == "1951-01-01T09:00"


@pytest.mark.parametrize("layout", [_FRENCH, _ITALIAN])
@pytest.mark.parametrize("receipt", ["(Reçu : le 41, 0 h 40.)", "(Voir le 10, 0 h 40.)"])
def test_no_receipt_without_its_shape(resources, layout, receipt):
    facts = text_facts(layout.format(sent="9 mai 1959, 23 h 10", receipt=receipt), resources)
    assert facts["date_received"] is None


@pytest.mark.parametrize(("heading", "line", "received"), [
    ("THE AMBASSADOR IN ROME, TARCHIANI, TO THE MINISTER OF FOREIGN AFFAIRS, SFORZA",
     "T. 4410/118. Rome, 2 March 1950, hrs. 23 (rec. hrs. 9 of the 3rd).", "1950-03-03T09:00"),
    ("L'Ambasciatore a Parigi, Quaroni, al Ministro degli Esteri, Sforza.",
     "T. SEGRETO 5120/311. Parigi, 2 marzo 1950, ore 23 (perv. ore 7 del 3).",
     "1950-03-03T07:00"),
])
def test_number_dateline_and_receipt_on_one_line(resources, heading, line, received):
    text = f"17\n\n{heading}\n\n{line}\n\nIl Governo francese non si opporrà.\n"
    facts = text_facts(text, resources)
    assert facts["date"] == "1950-03-02" and facts["date_received"] == received
    assert facts["telegram_number"] == re.search(r"\d+/\d+", line).group()


_NOTES = "\n(1) Vedi D. 398.\n(2) Non pubblicato.\n"


@pytest.mark.parametrize("layout", [_FRENCH, _ITALIAN])
@pytest.mark.parametrize("anchor", [" (1).", " (1)", ".(1)"])
def test_notes_numbered_in_brackets_after_the_signature(resources, layout, anchor):
    text = layout.format(sent="9 mai 1959, 23 h 10", receipt="").replace(
        "conferenza.", f"conferenza{anchor}").replace("conférence.", f"conférence{anchor}")
    facts = text_facts(text + _NOTES, resources)
    assert (facts["notes"], facts["numbered_points"]) == (2, 0)
    assert facts["signed"] in ("CHAUVEL", "GALLARATI SCOTTI")


@pytest.mark.parametrize("layout", [_FRENCH, _ITALIAN])
def test_points_without_an_anchor_are_no_notes(resources, layout):
    text = layout.format(sent="9 mai 1959, 23 h 10", receipt="")
    assert text_facts(text + _NOTES, resources)["notes"] == 0


@pytest.mark.parametrize("layout", [_FRENCH, _ITALIAN])
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Dunn mi ha detto stamane che Washington consente.", ["Dunn"]),
    ("Ieri Dunn mi ha detto tutto.", ["Dunn"]),
    ("Dunn m'a dit ce matin que Washington consent.", ["Dunn"]),
    ("Dunn m’a déclaré que Washington consent.", ["Dunn"]),
    ("Dunn erklärte mir heute, Washington stimme zu.", ["Dunn"]),
    ("Dunn me dijo que Washington consiente.", ["Dunn"]),
    ("Die Regierung erklärte mir, alles sei gut.", []),
    ("Le Gouvernement m'a dit que tout allait bien.", []),
])
def test_speech_verb_in_the_texts_language_names_the_speaker(resources, layout, sentence,
                                                             expected):
    text = layout.format(sent="9 mai 1959, 23 h 10", receipt="")
    text = re.sub(r"Lord Home [^\n]*", sentence, text)
    xml = text_xml(text, resources)
    body = xml[xml.index("<body>"):]
    names = re.findall(r'<persName ref="[^"]*">([^<]*)</persName>', body)
    assert [n for n in names if n not in ("CHAUVEL", "GALLARATI SCOTTI")] == expected


@pytest.mark.parametrize("number", ["T. 412.", "Telegrama n. 412"])
@pytest.mark.parametrize("heading", [
    "El Embajador en Londres, Castiella, al Ministro de Asuntos Exteriores, Martín Artajo.",
    "El Ministro de Asuntos Exteriores, Martín Artajo, al Embajador en Londres, Castiella"])
def test_spanish_edition_heading_in_its_own_language(resources, heading, number):
    text = (f"214\n\n{heading}\n\n{number}\nLondres, 3 de mayo de 1954.\n\nEden me dijo "
            "esta mañana que el Gobierno británico no se opondría.\n\nLord Home me ha dicho "
            "lo mismo.\n\nCASTIELLA\n")
    facts = text_facts(text, resources)
    parties = {facts["sender"][0], facts["addressee"][0]}
    # (lang50, lead34) the register's
    assert parties == {"Fernando María Castiella", "Alberto Martín Artajo"}
    assert (facts["date"], facts["telegram_number"]) == ("1954-05-03", "412")


_GERMAN = """128

{heading}

Telegramm Nr. 123 vom 3. Mai
{mark}

London, den 3. Mai 1932, 20.15 Uhr
(Eingegangen: 4. Mai, 0.40 Uhr)

Die britische Regierung werde der Konferenz zustimmen.

{signed}
"""


@pytest.mark.parametrize("mark", ["Geheim!", "Streng geheim!\nCitissime", "Geheime Reichssache"])
@pytest.mark.parametrize(("heading", "sender"), [
    ("Der Botschafter in London von Hoesch an das Auswärtige Amt", "von Hoesch"),
    ("Der Botschafter in London (Hoesch) an das Auswärtige Amt", "Hoesch"),
    ("Der Gesandte in London Graf Welczeck an das Auswärtige Amt", "Welczeck"),
])
def test_german_edition_heading_number_and_marks(resources, heading, sender, mark):
    text = _GERMAN.format(heading=heading, mark=mark, signed=sender.split()[-1])
    facts = text_facts(text, resources)
    assert facts["sender"] == [sender]
    assert (facts["date"], facts["date_received"], facts["telegram_number"]) == (
        "1932-05-03", "1932-05-04T00:40", "123")
