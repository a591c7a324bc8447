"""Rules for the Commonwealth and European official editions as real pages showed them (cw94):

- dfat.gov.au's bracketed reference to a minister's papers in the National Library (`[ANL :
  PAGE 759]`, later `NLA`) or to the Australian War Memorial's records (`AWM`): the archive's
  reference (table `archival-reference`, the bracketed row), so the notes above it are notes;
- dfat.gov.au's cablegram line without a place, its number supplied by the editors in brackets
  and a note call after it (`Cablegram [226] [1] 16 May 1940,`; lead12's row of table
  `heading-commonwealth`): the number and the date;
- dfat.gov.au's heading naming a meeting's or conversation's record by its form first (`296
  Note of Meeting of U.K. and Dominions Representatives`; table `page-title`): the title, and
  a note of a meeting or discussion a record of conversation (table `doc-types`);
- a consul's copy signed `(Sd.) J. F. BRENAN. Acting Consul General.` under the addressee's
  office set at the foot: the signature, not registry furniture after the signature
  (`processing_lines._trailer_like`);
- dodis.ch's record page's line of the volume's editors (`Jean-François Bergier et al. (ed.)`):
  the editors are persons of the page (`cited_editors`, row `line` of table `cited-editors`);
- `Reich` after a French title's particle (`le Chancelier du Reich allemand`) and a
  department's `Despatches` opening a sentence are no names (table `not-names`);
- after the held sample: the DFAT web edition's heading of an official's paper by its form and
  surname after `By` (`Paper By McDonald`; table `title-shapes`, a `given` row): the writer
  the sender; dfat.gov.au's form line alone under the dateline with a series number of letters
  and figures (`Cablegram A39`; table `heading-commonwealth`): the number;
- a consul's letter's addressee set at its foot by office in capitals (`THE ACTING MINISTER FOR
  FOREIGN AFFAIRS,` / `CANTON.`; table `foot-address`, an `office-address` row): the address,
  its lines ending at the copy's marked signature under it (`parts.foot_address`);
- the register: Alfred Zehnder, Otto Köcher, Karl Gruber, Georges Scapini, Marcel Daille, the
  DDS editors Jean-François Bergier, Antoine Fleury and Philippe Marguerat, Sir Harry
  Batterbee, Norman Archer, Sir Henry Monk-Mason Moore, Sir John Brenan.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def test_national_library_reference_closes_the_notes(resources: Resources) -> None:
    facts = text_facts(
        "140 Mr M. MacDonald, U.K. Secretary of State for Dominion Affairs, to Mr J. A. Lyons, "
        "Prime Minister\n\nCablegram 31 LONDON, 19 March 1938, 6.15 p.m.\n\n\n"
        "Your telegram No. 27. [1] We agree with the course you propose. [2]\n\n"
        "1 Document 138.\n\n2 Not printed.\n\n[ANL : PAGE 761]\n", resources)
    assert (facts["archive_idno"], facts["notes"]) == ("PAGE 761", 2)


def test_bracketed_number_and_note_call_without_place(resources: Resources) -> None:
    facts = text_facts(
        "250 Mr R. G. Menzies, Prime Minister, to Lord Caldecote, U.K. Secretary of State for "
        "Dominion Affairs\n\nCablegram [231] [1] 18 May 1940,\n\n"
        "We have received your message and will reply shortly.\n\n"
        "1 The number has been taken from the outward register.\n\n[FA: A3196, 0.3050]\n",
        resources)
    assert (facts["telegram_number"], facts["date"]) == ("231", "1940-05-18")


def test_form_first_meeting_heading(resources: Resources) -> None:
    facts = text_facts(
        "Skip to main content\n\nHistorical documents\n\n"
        "301 Note of Meeting of Dominions High Commissioners\n\n"
        "LONDON, 4 October 1938, 11 a.m.\n\n\n"
        "MR MACDONALD reported on the debate in the House of Commons the day before.\n",
        resources)
    assert (facts["title"], facts["doc_type"], facts["date"]) == (
        "Note of Meeting of Dominions High Commissioners", "record of conversation",
        "1938-10-04")


def test_copied_signature_under_foot_office(resources: Resources) -> None:
    facts = text_facts(
        "H.B.M. CONSULATE GENERAL,\nCANTON,\nOctober 2nd, 1926.\nSir.\n"
        "I have the honour to request a reply to my letter of last month.\n"
        "I have the honour to be,\nSir,\nYour obedient Servant,\n"
        "THE COMMISSIONER FOR FOREIGN AFFAIRS,\nCANTON.\n"
        "(Sd.) J. F. BRENAN. Acting Consul General.\n", resources)
    assert "BRENAN" in (facts["signed"] or "") and facts["sender"] == ["John Fitzgerald Brenan"]


def test_dodis_record_editors_line(resources: Resources) -> None:
    xml = text_xml(
        "Language: French\n12.3.1941 (Wednesday)\n"
        "Le Chef du Département politique, M. Pilet-Golaz, au Ministre de Suisse à Vichy, "
        "W. Stucki\nLetter (L)\nLe Département demande un rapport sur les internés.\n"
        "How to cite: Copy\n\nPrinted in\n\nJean-François Bergier et al. (ed.)\n\n"
        "Diplomatic Documents of Switzerland, vol. 14, doc. 12\n\nvolume link\n\nBern 1997\n\n"
        "Repository\n\ndodis.ch/47001\n"
        "Le Chef du Département politique, M. Pilet-Golaz, au Ministre de Suisse à Vichy, "
        "W. Stucki1\n\nJe vous prie de me faire savoir où en sont les pourparlers.\n",
        resources)
    assert 'ref="#per-jean-francois-bergier"' in xml


def test_reich_and_despatches_are_no_names(resources: Resources) -> None:
    xml = text_xml(
        "dodis.ch/47002\nLe Chef du Département politique, M. Pilet-Golaz, au Ministre de "
        "Suisse à Vichy, W. Stucki1\n\nUn accord aurait été conclu entre le Chancelier du "
        "Reich allemand et la France.\n"
        "Despatches received from the other Governments will be sent to the Department.\n",
        resources)
    assert "per-du-reich" not in xml and "per-despatches" not in xml


def test_register_swiss_and_british_officials(resources: Resources) -> None:
    xml = text_xml(
        "dodis.ch/13999 Der Generalsekretär des politischen Departements,\nA. Zehnder, an den "
        "schweizerischen Gesandten in\nLondon,\nA. Daeniker1\nPersönlich Bern, 9. März 1956\n"
        "Minister Köcher hat mich gestern besucht. Herr Minister Gruber lässt grüssen.\n",
        resources)
    assert all(f'ref="#{key}"' in xml for key in (
        "per-alfred-zehnder", "per-otto-koecher", "per-karl-gruber-austria"))


def test_paper_by_surname_gives_the_sender(resources: Resources) -> None:
    facts = text_facts(
        "261\n\nMinute By Tange\n\nCanberra, 3 March 1969\n\nConfidential\n\n"
        "The Minister asked for advice on the line to be taken in Cabinet next week.\n",
        resources)
    assert (facts["title"], facts["sender"]) == ("Minute By Tange", ["Arthur Tange"])


def test_form_line_with_series_number_under_dateline(resources: Resources) -> None:
    facts = text_facts(
        "Skip to main content\n\nHistorical documents\n\n"
        "310 Department of External Affairs to Evatt\n\n"
        "CANBERRA, 14 June 1946, 6.15 p.m.\n\nCablegram A41\n\nTOP SECRET\n\n"
        "1. Brookes has now left for Batavia with the reply to the letter.\n", resources)
    assert (facts["telegram_number"], facts["date"], facts["place_of_origin"]) == (
        "A41", "1946-06-14", "Canberra")


def test_foot_office_address_over_copied_signature(resources: Resources) -> None:
    facts = text_facts(
        "H.B.M. CONSULATE GENERAL,\nCANTON,\nNovember 2nd, 1926.\nSir.\n"
        "I have the honour to acknowledge your letter of yesterday.\n"
        "I have the honour to be,\nSir,\nYour obedient Servant,\n"
        "THE ACTING MINISTER FOR FOREIGN AFFAIRS,\nCANTON.\n"
        "(Sd.) J. F. BRENAN. Acting Consul General.\n", resources)
    assert facts["signed"] == "(Sd.) J. F. BRENAN. Acting Consul General." \
        and facts["addressee"] != ["John Fitzgerald Brenan"]
