"""Rules from the lead's probes of 2026-12-03, afternoon (lead23): a letterhead that sets
its country after a comma on the ministry's own line (`Ministry of Foreign Affairs,
Republic of Korea`) tells which country's ministry it is, whatever other countries the
text names; and a translated telegram's signer in parentheses after his title
(`(Ambassador Lee Ho)`, `(Minister HAN)`) is its signature, the title asked of the
`honorifics` table, never a parenthesised phrase of capitalised words (`(Working Notes)`)."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from tei.convert import convert_text
from tei.convert.form_titles import form_title
from tei.xmlio import TEI_NS
from tests.cases import text_facts, text_xml

_KOREAN = ("{letterhead}\nINCOMING TELEGRAM\n\nNumber: JAW-0412\nDate: 1974. 3. 2. 1100\n"
           "From: Ambassador to Japan\nTo: Minister of Foreign Affairs\n\n"
           "1. The Japanese Foreign Ministry told me today that the talks will resume.\n\n"
           "{signature}\n")
_CHINESE = ("{letterhead}\nOUTGOING CABLE\n\nTo the Embassy in Moscow\n\nMarch 2, 1960\n\n"
            "The Soviet Ministry of Foreign Affairs has asked for our views on the treaty. "
            "Reply by the 5th.\n\n{signature}\n")


@pytest.mark.parametrize(("layout", "letterhead", "ident"), [
    (_KOREAN, "Ministry of Foreign Affairs, Republic of Korea",
     "org-ministry-of-foreign-affairs-of-the-republic-of-korea"),
    (_KOREAN, "MINISTRY OF FOREIGN AFFAIRS, REPUBLIC OF KOREA",
     "org-ministry-of-foreign-affairs-of-the-republic-of-korea"),
    (_CHINESE, "Ministry of Foreign Affairs, People's Republic of China",
     "org-ministry-of-foreign-affairs-of-the-prc"),
])
def test_a_letterhead_s_country_after_the_comma_tells_the_ministry(
        resources, layout: str, letterhead: str, ident: str) -> None:
    xml = text_xml(layout.format(letterhead=letterhead, signature="Han"), resources)
    assert f'<orgName ref="#{ident}">{letterhead.partition(",")[0]}</orgName>' in xml


def test_a_comma_after_a_ministry_in_running_text_is_no_letterhead(resources) -> None:
    text = _CHINESE.format(letterhead="OUTGOING CABLE", signature="Han").replace(
        "The Soviet Ministry", "We wrote to the Ministry of Foreign Affairs, Japan and the")
    assert "ministry-of-foreign-affairs-of-japan" not in text_xml(text, resources)


@pytest.mark.parametrize("layout", [_KOREAN, _CHINESE])
@pytest.mark.parametrize(("signature", "name"), [
    ("(Ambassador Lee Ho)", "Lee Ho"),
    ("(Minister HAN NIANLONG)", "HAN NIANLONG"),
    ("(Vice-Minister Park)", "Park"),
])
def test_a_title_and_name_in_parentheses_sign_the_telegram(
        resources, layout: str, signature: str, name: str) -> None:
    text = layout.format(letterhead="Ministry of Foreign Affairs, Republic of Korea",
                         signature=signature)
    assert text_facts(text, resources)["signed"] == signature
    signed = re.search(r"<signed>(.*)</signed>", text_xml(text, resources)).group(1)
    assert re.search(rf'<persName ref="#per-[\w-]+">{name}</persName>\)$', signed)


@pytest.mark.parametrize("closing", ["(Working Notes)", "(Translation From Russian)",
                                     "(Ambassador will call)"])
def test_a_parenthesised_phrase_is_no_signature(resources, closing: str) -> None:
    text = _KOREAN.format(letterhead="Ministry of Foreign Affairs", signature=closing)
    assert not text_facts(text, resources)["signed"]


@pytest.mark.parametrize(("words", "title"), [
    ("TÉLÉGRAMME À L'ARRIVÉE", "Télégramme à l'arrivée"),
    ("Télégramme à l’arrivée", "Télégramme à l’arrivée"),
    ("TELEGRAMMA DALL'ESTERO", "Telegramma dall'estero"),
    ("L'AMBASSADE", "L'ambassade"),
])
def test_a_form_s_elided_article_stays_in_small_letters(words: str, title: str) -> None:
    assert form_title(words) == title


@pytest.mark.parametrize("marks", ["Réservé. Priorité.", "Priorité", "SECRET - PRIORITÉ"])
@pytest.mark.parametrize("layout", [
    "TÉLÉGRAMME À L'ARRIVÉE\n\nWashington, le 3 mars 1962, 21 h 10.\n\n{marks}\n\n"
    "Le Secrétaire d'État m'a reçu.\n\nALPHAND\n",
    "TÉLÉGRAMME AU DÉPART\n\n{marks}\n\nParis, le 5 avril 1958.\n\nDiplomatie à Londres.\n\n"
    "Veuillez informer le Foreign Office.\n\nPINEAU\n",
])
def test_a_french_precedence_alone_is_a_handling_mark(resources, layout: str, marks: str) -> None:
    assert f'<ab type="registry" subtype="classification">{marks}</ab>' in text_xml(
        layout.format(marks=marks), resources)


@pytest.mark.parametrize("reference", ["D.O. No. 1547-JS(E)/62", "D.O. letter No. 12/63",
                                       "Demi-official letter No. 4"])
@pytest.mark.parametrize("layout", [
    "SECRET\n\n{reference}\nEMBASSY OF INDIA\nPEKING\n\nNovember 3, 1962\n\n"
    "My dear Foreign Secretary,\n\nI called on the Vice-Minister today.\n\n"
    "Yours sincerely,\n\n(P. K. Banerjee)\n",
    "GOVERNMENT HOUSE,\nNAIROBI.\n{reference}\n\n4th May, 1953.\n\nDear Lyttelton,\n\n"
    "I write to tell you of the position in the Reserve.\n\nYours ever,\n\nE. Baring\n",
])
def test_a_demi_official_reference_line_makes_a_letter(resources, layout: str,
                                                         reference: str) -> None:
    assert text_facts(layout.format(reference=reference), resources)["doc_type"] == "letter"


@pytest.mark.parametrize(("date_line", "time_line", "when"), [
    ("FECHA: 23 de octubre de 1962", "HORA: 22:40", "1962-10-23T22:40:00"),
    ("DATE: 23 October 1962", "TIME: 22.40", "1962-10-23T22:40:00"),
    ("Datum: 23. Oktober 1962", "Zeit: 9.05 Uhr", "1962-10-23T09:05:00"),
    ("DATE: 23 October 1962", "TIME: see below", "1962-10-23"),
])
@pytest.mark.parametrize("layout", [
    "CABLE CIFRADO No. 1407\nDE: EMBACUBA MÉXICO\nPARA: MINREX\n{date}\n{time}\n\n"
    "Entrevistéme hoy con el Canciller.\n\nHERNÁNDEZ\n",
    "CIPHER TELEGRAM No. 12\n{time}\n{date}\nFROM: Embassy Mexico\nTO: Ministry\n\n"
    "Met the Minister today.\n\nSMITH\n",
])
def test_a_time_field_gives_the_hour_of_the_date_field(resources, layout: str, date_line: str,
                                                      time_line: str, when: str) -> None:
    xml = text_xml(layout.format(date=date_line, time=time_line), resources)
    sent = re.search(r'<correspAction type="sent">.*?</correspAction>', xml, re.S).group()
    assert f'<date when="{when}">' in sent


@pytest.mark.parametrize("name", ["OEA", "Organización de los Estados Americanos"])
def test_the_oas_by_its_spanish_names(resources, name: str) -> None:
    text = f"CABLE CIFRADO No. 12\nDE: EMBACUBA LIMA\n\nPerú mantendrá su posición en la {name}.\n"
    assert f'<orgName ref="#org-organization-of-american-states">{name}</orgName>' in text_xml(
        text, resources)


@pytest.mark.parametrize(("heading", "name"), [
    ("Botschafter von Walther, Moskau, an das Auswärtige Amt", "von Walther"),
    ("Ambassador de Vaucelles, Bonn, to the Quai d'Orsay", "de Vaucelles"),  # (cw80: de
    # Margerie is the register's now)
    ("Minister van der Stoel to the Foreign Ministry", "van der Stoel"),
    ("Sir F. de Salis to Sir Edward Grey", "F. de Salis"),
])
def test_an_unknown_surname_with_its_particle_is_the_sending_person(
        resources, heading: str, name: str) -> None:
    text = f"{heading}\n\nFernschreiben Nr. 12\n\nThe talks went on.\n"
    sent = re.search(r'<correspAction type="sent">.*?</correspAction>', text_xml(text, resources),
                     re.S).group()
    assert re.search(rf'<persName ref="#per-[\w-]+">{name}</persName>', sent)


@pytest.mark.parametrize("heading", ["Ministro de Estado to the Embassy",
                                     "Ministro do Exterior to the Embassy",
                                     "Embajador de México to the Ministry"])
def test_an_office_with_its_particle_is_no_person(resources, heading: str) -> None:
    text = f"{heading}\n\nNo. 12\n\nThe talks went on.\n"
    sent = re.search(r'<correspAction type="sent">.*?</correspAction>', text_xml(text, resources),
                     re.S).group()
    assert "<persName" not in sent


@pytest.mark.parametrize(("named", "ident"), [
    ("Vice Premier CHEN [Yi]", "per-chen-yi"),
    ("Premier ZHOU [Enlai]", "per-zhou-enlai"),
    ("Comrade LIU [Shaoqi]", "per-liu-shaoqi"),
])
@pytest.mark.parametrize("layout", [
    "Record of Conversation\n\nOn 3 May 1961 {named} received the Ambassador.\n",
    "CABLE No. 412\n\nFrom the Embassy in Beijing\n\nToday {named} told me that the talks "
    "would go on.\n\nTsvetkov\n",
])
def test_a_surname_the_editors_complete_is_never_guessed_alone(
        resources, layout: str, named: str, ident: str) -> None:
    result = convert_text(layout.format(named=named), "t", resources)
    surname = named.split()[-2]
    assert f'<persName ref="#{ident}">{surname}</persName>' in result.xml.decode()
    assert not [w for w in result.warnings if w.rule == "surname-only"]


@pytest.mark.parametrize(("url", "repository"), [
    ("", "Wilson Center Digital Archive"),
    ("https://digitalarchive.wilsoncenter.org/document/990733",
     "Wilson Center Digital Archive"),
    ("http://www.php.isn.ethz.ch/collections/colltopic.cfm?id=20564", "unknown"),
    ("https://www.example-edition.net/docs/1912-03-07-DE-011", "unknown"),
])
@pytest.mark.parametrize("layout", [
    "{url}\n\nTELEGRAM No. 412\n\nBerlin, 3 March 1962\n\nThe talks went on.\n\nSchmidt\n",
    "Report on the Warsaw Pact meeting, March 1962\nURL: {url}\n\nPrague, 12 March 1962\n\n"
    "The ministers met.\n",
])
def test_the_edition_s_archive_is_named_only_for_its_own_pages(
        resources, layout: str, url: str, repository: str) -> None:
    xml = text_xml(layout.format(url=url), resources)
    assert f"<repository>{repository}</repository>" in xml


@pytest.mark.parametrize("office", ["Presidente del Consiglio", "Presidente de la República",
                                    "Ministro de Gobierno", "Président du Conseil"])
@pytest.mark.parametrize("layout", [
    "PRO-MEMORIA\n\nIl {office} ha ricevuto oggi l'Ambasciatore.\n\nRoma, 3 marzo 1962\n",
    "TELEGRAM\n\nFrom: {office}\nTo: Ambassador in Washington\n\nRome, 3 March 1962\n\n"
    "The talks went on.\n",
])
def test_a_romance_office_after_its_particle_is_no_person(resources, layout: str,
                                                          office: str) -> None:
    assert "<persName" not in text_xml(layout.format(office=office), resources).split(
        "<text>")[1]


@pytest.mark.parametrize(("letterhead", "form", "ours"), [
    ("REPUBLIC OF LIBERIA", "DEPARTMENT OF STATE", False),
    ("REPUBLIC OF THE PHILIPPINES", "DEPARTMENT OF STATE", False),
    ("UNITED STATES OF AMERICA", "DEPARTMENT OF STATE", True),
    ("WASHINGTON", "DEPARTMENT OF STATE", True),
])
@pytest.mark.parametrize("layout", [
    "{letterhead}\n{form}\n\nMarch 3, 1962\n\nDear Mr. Ambassador:\n\nI write about the talks."
    "\n\nSincerely,\n\nJ. R. Grimes\n",
    "{form}\n{letterhead}\n\nNo. 412\n\nThe {form_mixed} presents its compliments to the "
    "Embassy.\n",
])
def test_a_letterhead_s_other_state_is_no_register_body_of_another(
        resources, layout: str, letterhead: str, form: str, ours: bool) -> None:
    text = layout.format(letterhead=letterhead, form=form, form_mixed=form.title())
    assert ('"#org-united-states-department-of-state"' in text_xml(text, resources)) is ours


@pytest.mark.parametrize("foot", ["BRITISH EMBASSY,\nForeign Office,\nLondon, S.W.1.",
                                  "EMBASSY OF INDIA,\nMinistry of External Affairs,\nNew Delhi."])
@pytest.mark.parametrize("close", ["Yours ever,\nPatrick Reilly", "yOURS EVER,\nPatrick Reilly"])
def test_a_closing_line_no_rule_names_is_never_a_paragraph_in_the_closer(
        resources, foot: str, close: str) -> None:
    """(lead23, a property test's mutated letter) lines under a postscript's closer that no
    closing rule names go to its address: TEI has no `p` in a `closer`."""
    text = (f"Dear Derick,\n\nI had an hour with Gromyko yesterday.\n\n{close}\n\n"
            f"[Handwritten postscript:] P.S. He may leave at the end of the month.\n{foot}\n")
    root = etree.fromstring(convert_text(text, "t", resources).xml)
    assert not root.xpath("//tei:closer/tei:p", namespaces={"tei": TEI_NS})
