"""Rules for Commonwealth and European official editions as real pages showed them (cw90):

- the Diplomatic Documents of Switzerland's transcription as dodis.ch's cached and object-store
  copies give it runs the permalink into the heading (`dodis.ch/43911 Le Ministre de Suisse
  ...`, even `dodis.ch/119Le Chef ...`): the permalink and the heading each a line (table
  `run-on-heading`, row `dodis-permalink-heading`), so the heading is the title and, on a
  record page, the record's date, type and summary are read;
- the same edition's note heading `Notice du Chef du Département politique, M. Petitpierre1`
  is the title (table `heading`) and names its writer (table `title-shapes`, author-of);
- its subject line in capitals naming the talk and its day (`ENTRETIEN AVEC MISS WILLIS, ...,
  LE MERCREDI 30 JUIN 1954, À 17 H. 30`) makes it a record of a conversation (table
  `doc-types`) dated by the talk (table `meeting-held`); the weekday after the interlocutor's
  name and a comma is no name (`not-names`);
- the heading's addressee by the Federal Councillor's style (`au Chef du DPF, le Conseiller
  fédéral Petitpierre1`: table `heading`, edits62's row), and `DPF`, `Chef` no name
  (`office-words`);
- the first note, the edition's source note, names the form the heading does not
  (`1` / `Lettre (Copie): E 2200 Paris 1/1514.`: table `dodis-record`, rows `note-...`,
  `pages/dodis_record.source_note_form`);
- a telegram opened by its number written out (`Numéro 448. Pour Ministre Bruggmann.`: table
  `message-number`) and closed by its sender's surname run on as its last sentence (`...
  Lettre suivra. Pilet-Golaz.`: `pages/dodis_record.split_signature`);
- a French body after an office's `de la` (`Président de la Confédération`, `Secrétaire
  général de la Conférence`), the state after `d’` (`Secrétaire d’Etat`) and a lettered
  point's first word (`- A. Question de ...`) name no person (`not-names`);
- a note opened by a cross-reference in small letters (`2` / `cf. no 316.`, German `vgl.`) is
  a note as `Cf.` is (table `footnotes`, the numbered row);
- the record page's editors and seat (`Jacques Freymond, Oscar Gauye (ed.)`, `Bern 1979`)
  are marked in the header's bibl (`press_names.writer_names`);
- the register: French names of countries (`Norvège`, `Suède`, `Chine`, ...), the Swiss
  Federal Councillors, envoys and editors of 1917-1954 (Schulthess, Hoffmann, Dunant,
  Rappard, Kobelt, Ruegger, Freymond, ...), Frances Willis, and the British officials the
  DIFP names (Warren Fisher, Sir Edward Harding, Grattan Bushe, Lord Craigavon), Sir Iven
  Mackay and David Rees-Williams; DFAT's spellings `Rajagopalachariar` and `S.V.J. Patel`
  (seen after scoring the held pages).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

GLUED = (
    "dodis.ch/40123 Le Ministre de Suisse à Rome, P. Ruegger, au Président de la "
    "Confédération, G. Motta1\n\n"
    "Le Secrétaire général de la Conférence m’a reçu ce matin.\n\n"
    "1\n"
    "Lettre (Copie): E 2001 (C) 4/12.\n"
)


def test_permalink_run_into_the_heading_is_parted(resources: Resources) -> None:
    facts = text_facts(GLUED, resources)
    assert facts["archive_idno"] == "dodis.ch/40123"
    assert facts["title"].startswith("Le Ministre de Suisse à Rome, P. Ruegger")
    assert facts["sender"] == ["Paul Ruegger"]


def test_source_note_names_the_form(resources: Resources) -> None:
    assert text_facts(GLUED, resources)["doc_type"] == "letter"


def test_french_body_after_an_office_is_no_name(resources: Resources) -> None:
    xml = text_xml(GLUED, resources)
    assert ">de la Confédération</persName>" not in xml
    assert ">de la Conférence</persName>" not in xml


NOTICE = (
    "dodis.ch/9410\n"
    "Notice du Chef du Département politique, M. Petitpierre1\n\n"
    "ENTRETIEN AVEC M. BRUCE, AMBASSADEUR DES ETATS-UNIS, LE MARDI 3 MARS 1953, À 10 H. 15\n\n"
    "M. Bruce est venu me parler de la conférence qui doit s’ouvrir à Genève. Le Secrétaire "
    "d’Etat lui a écrit à ce sujet.\n\n"
    "- A. Question des locaux. Il souhaite une salle pour la presse.\n"
)


def test_notice_heading_is_the_title_and_names_its_writer(resources: Resources) -> None:
    facts = text_facts(NOTICE, resources)
    assert facts["title"] == "Notice du Chef du Département politique, M. Petitpierre"
    assert facts["sender"] == ["Max Petitpierre"]


def test_subject_line_of_a_talk_types_and_dates_the_note(resources: Resources) -> None:
    facts = text_facts(NOTICE, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1953-03-03"


def test_weekday_state_and_lettered_point_are_no_names(resources: Resources) -> None:
    xml = text_xml(NOTICE, resources)
    assert "LE MARDI</persName>" not in xml
    assert ">Etat</persName>" not in xml
    assert "A. Question</persName>" not in xml


COUNCILLOR = (
    "dodis.ch/131\n"
    "Le Chef du Service des Organisations internationales, Secrétan, au Chef du DPF, "
    "le Conseiller fédéral Petitpierre1\n\n"
    "Je vous remets ci-joint le projet de réponse au Secrétaire général.\n"
)


def test_federal_councillor_by_his_style_is_the_addressee(resources: Resources) -> None:
    facts = text_facts(COUNCILLOR, resources)
    assert facts["addressee"] == ["Max Petitpierre"]
    assert facts["title"].endswith("le Conseiller fédéral Petitpierre")


TELEGRAM = (
    "dodis.ch/47811\n"
    "Le Chef du Département politique, M. Pilet-Golaz, au Ministre de Suisse à Londres, "
    "P. Ruegger1\n\n"
    "Numéro 62. Pour Ministre Ruegger.\n\n"
    "Votre 118. Prière informer Foreign Office que Conseil fédéral accepte négociations. "
    "Lettre suivra. Pilet-Golaz.\n\n"
    "1\n"
    "Télégramme (Copie): E 2001 (D) 9/4.\n"
)


def test_number_written_out_opens_the_telegram(resources: Resources) -> None:
    assert text_facts(TELEGRAM, resources)["telegram_number"] == "62"


def test_surname_run_on_at_the_end_is_the_signature(resources: Resources) -> None:
    assert text_facts(TELEGRAM, resources)["signed"] == "Pilet-Golaz."


RECORD = (
    "Language: French\n"
    "7.2.1919 (Friday)\n"
    "Le Président de la Confédération, G. Ador, au Ministre de Suisse à Paris, A. Dunant\n"
    "Letter (L)\n"
    "A propos de la délégation allemande à la conférence et de la mission de Rappard.\n"
    "How to cite: Copy\n\n"
    "Printed in\n\n"
    "Jacques Freymond, Oscar Gauye (ed.)\n\n"
    "Diplomatic Documents of Switzerland, vol. 7-I, doc. 176\n\n"
    "Bern 1979\n\n"
    "Repository\n\n"
    "dodis.ch/43921 Le Président de la Confédération, G. Ador, au Ministre de Suisse à "
    "Paris, A. Dunant1\n\n"
    "J’ai bien reçu votre lettre du 1 courant dont j’ai communiqué le contenu.\n"
)


def test_record_page_over_a_glued_permalink_is_read(resources: Resources) -> None:
    facts = text_facts(RECORD, resources)
    assert facts["date"] == "1919-02-07"
    assert facts["addressee"] == ["Alphonse Dunant"]


def test_record_lines_name_the_editors(resources: Resources) -> None:
    xml = text_xml(RECORD, resources)
    assert 'ref="#per-jacques-freymond">Jacques Freymond</persName>' in xml


def test_french_country_names_are_places(resources: Resources) -> None:
    xml = text_xml("Le Ministre de Norvège a vu le Ministre de Suède hier à Berne.\n",
                   resources)
    assert 'ref="#pla-norway">Norvège</placeName>' in xml
    assert ">de Norvège</persName>" not in xml


CROSS_NOTE = (
    "dodis.ch/43597\n"
    "Le Chef du Département politique, A. Hoffmann, au Président de la Confédération, "
    "E. Schulthess1\n\n"
    "Ich bitte Sie, meine Demission entgegennehmen zu wollen.2\n\n"
    "1\n"
    "Lettre: E 2001, Archiv-Nr. 765/1.\n"
    "2\n"
    "cf. no 316.\n"
)


def test_cross_reference_note_in_small_letters_is_a_note(resources: Resources) -> None:
    facts = text_facts(CROSS_NOTE, resources)
    assert facts["notes"] == 2
    assert facts["addressee"] == ["Edmund Schulthess"]


def test_dfat_spelling_of_the_governor_general(resources: Resources) -> None:
    xml = text_xml("Cablegram 2 CANBERRA, 7 January 1949\n\nIn your formal calls on "
                   "Rajagopalachariar and Nehru you could develop this line.\n", resources)
    assert 'ref="#per-c-rajagopalachari">Rajagopalachariar</persName>' in xml
