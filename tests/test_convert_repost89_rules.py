"""Rules for documents reposted by works mirrors, history sites, blogs and ministries'
exhibition pages, learnt from real pages (repost89):

- a clock that lost its stop before `a.m.`/`p.m.` after the date (`Munich, September 30,
  1938, 330 a.m.`, Avalon's French Yellow Book) reads its last two digits as the minutes
  (`date_shapes._TIME_AFTER`, group `m2`);
- a works mirror's filing line (`Leon Trotsky 19181226 Telegram to Lenin`, table
  `page-furniture`, row `site-key`) gives the document's day as the last resort
  (`pages/site_key.py`);
- a poster's sentence saying what the document he quotes is (`It is a concise report by
  Ambassador X to Foreign Minister Y from 20 September 1938.`) names its parties, date and
  form (table `routing-line`, group `form`; `pages/routing.py`);
- an exhibition's description opening with the form, its number and the mission that sent
  it (`Telegram nº 27 from the Portuguese Legation in Budapest ...`) names the form and the
  sender (table `routing-line`);
- a notes list whose numbers in round brackets the text calls after a word or a stop
  (`Britain,(2)`, `here (1) gave`, Avalon's web editions, `Notes` over `(1) ... Back`) is
  the document's notes, not a reposter's tail (`pages/repost_tail._ANCHOR`);
- an exchange's heading naming both sides (`EXCHANGE OF TELEGRAMS BETWEEN ... AND ...`)
  names the addressee of a document one side sent (`exchange_parties.py`);
- the MAGIC intercepts' number after a hash alone on its line (`# 230.`) is no Markdown
  heading (`markup._HEADING_MARK`) and, labelled by its hash, is the telegram's number before
  the volume's item number over it (`No. 44.`; table `heading`, row `cable-number`);
- register: Béla Imrédy, Francesco Fransoni, Homer Bigart, Boris Pozern, Carlos Sampaio
  Garrido, Carlos de Liz-Teixeira Branquinho, Frank Ashton-Gwatkin, Kálmán Kánya; HaKirya.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CLOCK = (
    "The French Yellow Book\n\n"
    "No. 48\n"
    "M. Georges Bonnet, Minister for Foreign Affairs, to M. Edouard Daladier, President of "
    "the Council.\n\n"
    "Geneva, May 14, 1938, 1145 p.m.\n\n"
    "THE Council has adjourned its debate until the morning; the delegates of the smaller "
    "Powers have asked me to defer our reply until they have consulted their Governments.\n"
)


def test_a_clock_without_its_stop_keeps_the_dateline(resources: Resources) -> None:
    facts = text_facts(CLOCK, resources)
    assert facts["date"] == "1938-05-14"
    assert facts["place_of_origin"] == "Geneva"
    assert 'when="1938-05-14T23:45:00"' in text_xml(CLOCK, resources)


FILED = (
    "Leon Trotsky > 1920 > \n\n"
    "Leon Trotsky 19200314 Telegram to Lenin\n\n"
    "Leon Trotsky: Telegram to Lenin\n\n"
    "From: Kharkov\n\n"
    "14/III. No. 212\n\n"
    "To: Kremlin, Moscow – Chairman of the Council of Defence, Lenin.\n\n"
    "The repair of locomotives in the Donets basin is held up for want of skilled fitters. "
    "I ask that two hundred be sent from the Moscow works without delay.\n"
)


def test_the_filing_line_dates_a_telegram_whose_heading_has_no_year(
        resources: Resources) -> None:
    facts = text_facts(FILED, resources)
    assert facts["date"] == "1920-03-14"
    assert facts["sender"] == ["Leon Trotsky"]


DESCRIBED = (
    "The envoy and the Chancellor\n\n"
    "by a historian\n\n"
    "The claim repeated in recent speeches rests on one document. It is a short letter by "
    "Ambassador Józef Lipski to Foreign Minister Józef Beck from 3 May 1937. Let us quote it "
    "in full, as a source should speak for itself:\n\n"
    "The Chancellor received me this morning in the presence of the State Secretary. The "
    "conversation turned at once to the question of the Free City and lasted an hour.\n"
)


def test_the_posters_sentence_names_the_documents_parties_date_and_form(
        resources: Resources) -> None:
    facts = text_facts(DESCRIBED, resources)
    assert facts["sender"] == ["Józef Lipski"]
    assert facts["addressee"] == ["Józef Beck"]
    assert facts["date"] == "1937-05-03"
    assert facts["doc_type"] == "letter"


EXHIBITED = (
    "3 Jun. 1944\n\n"
    "Telegram nº 41 from the Portuguese Legation in Budapest reporting that ”the number of "
    "persons asking for the Legation’s protection grows every day and I ask for instructions "
    "on the issue of provisional passports”.\n\n"
    "(AHD – Cipher, Collection of Telegrams from Budapest)\n"
)


def test_an_exhibitions_description_names_the_form_and_the_sending_mission(
        resources: Resources) -> None:
    facts = text_facts(EXHIBITED, resources)
    assert facts["doc_type"] == "telegram"
    assert "Portuguese Legation in Budapest</roleName>" in text_xml(EXHIBITED, resources)


NOTED = (
    "Logo\n"
    "Munich Agreement Aftermath - The Minister in Hungary to the Foreign Ministry\n\n"
    "No. 9\n\n"
    "The Minister in Hungary to the Foreign Ministry\n\n"
    "Telegram\n\n"
    "No. 211 of October 4\n\n"
    "BUDAPEST, October 4, 1938 6:10 p.m.\n\n"
    "The Foreign Minister (1) told me today that the Regent had received the British "
    "Minister,(2) who urged restraint in the matter of the Slovak frontier.\n\n"
    "Notes\n\n"
    "(1) Kálmán Kánya, February 1933-November 1938. Back\n\n"
    "(2) Geoffrey Knox, 1935-1939. Back\n"
)


def test_notes_the_text_calls_in_round_brackets_are_the_documents(
        resources: Resources) -> None:
    facts = text_facts(NOTED, resources)
    assert facts["notes"] == 2
    assert 'type="source">(1)' not in text_xml(NOTED, resources)


EXCHANGE = (
    "EXCHANGE OF LETTERS BETWEEN PRIME MINISTER D. BEN-GURION AND FOREIGN MINISTER M. SHARETT\n\n"
    "1. Letter from Prime Minister D. Ben-Gurion\n\n"
    "June 3, 1955\n\n"
    "I have read the report of the armistice commission and I wish to discuss it with you "
    "before the Cabinet meets on Sunday.\n\n"
    "D. Ben-Gurion\n"
)


def test_an_exchanges_heading_names_the_addressee_of_its_first_letter(
        resources: Resources) -> None:
    facts = text_facts(EXCHANGE, resources)
    assert facts["sender"] == ["David Ben-Gurion"]
    assert facts["addressee"] == ["Moshe Sharett"]


MAGIC = (
    "No. 61.\n"
    "FROM: Berlin (Oshima)\n"
    "TO: Tokyo (Gaimudaijin)\n"
    "2 May 1941\n"
    "# 412.\n"
    "Secret outside the Department.\n"
    "Ribbentrop told me today that the German Government expects no change in the attitude of "
    "the Soviet Union before the harvest and asked that our Government keep the talks on the "
    "fisheries open.\n"
)


def test_the_hash_number_under_the_from_to_lines_is_the_telegrams(
        resources: Resources) -> None:
    facts = text_facts(MAGIC, resources)
    assert facts["telegram_number"] == "412"  # not the volume's item number `No. 61.`
