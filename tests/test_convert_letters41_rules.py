"""Rules written for letters that are not telegrams (letters41: a blind sample of heads of
government's and ministers' letters and memoranda), each checked on two layouts or more: the
Spanish and Portuguese inside address by the addressee's style (`Excelentísimo Señor Doctor`
/ name / office over the salutation; `Excmo. Sr. D. Name` on one line), the familiar French
and Spanish salutations, the Spanish abbreviated close (`Affmos.,`, `Le saluda atentamente,`)
and the French `Je vous prie d'agréer ...` close, `(fdo)` before a signature, `Believe me`
over `Yours sincerely`, a French addressee at the foot (`Madame NAME` / office), a signer's
office continued on a line opening with `for`, and an enclosure list under the signature
(`Enclosures:`, a FRUS letter's `Memo from Defense dated December 6`): the attachment, the
closer over it, except where a foot address stands under the list."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_SPANISH = """Caracas, 12 de mayo de 1960

{address}

{salute}

Tengo el honor de informar a Usted que la delegación regresó ayer de Bogotá.

{close}

{signature}
Ministro de Relaciones Exteriores
"""


@pytest.mark.parametrize("address", [
    "Excelentísimo Señor Doctor\nRómulo Betancourt\nPresidente de la República\nSu Despacho.",
    "Excmo. Sr. D. Rómulo Betancourt,\nPresidente de la República\nPresente.",
])
@pytest.mark.parametrize(("salute", "close", "signature"), [
    ("Excelentísimo Señor Presidente:", "Le saluda atentamente,", "(Fdo.) Ignacio Luis Arcaya"),
    ("Estimado amigo:", "Affmos.,", "(fdo) Ignacio Luis Arcaya"),
])
def test_spanish_inside_address_salutation_and_close(resources, address, salute, close,
                                                     signature):
    text = _SPANISH.format(address=address, salute=salute, close=close, signature=signature)
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "letter"
    assert "Betancourt" in " ".join(facts["addressee"])
    assert "Arcaya" in " ".join(facts["sender"]) and "Arcaya" in facts["signed"]
    xml = text_xml(text, resources)
    assert f"<salute>{salute}</salute>" in xml and f"<salute>{close}</salute>" in xml
    assert 'ref="#per-doctor"' not in xml


_FRENCH = """Paris, le 3 mars 1998

{salute}

J'ai bien reçu votre lettre du 24 février au sujet de la réunion des ministres.

{close}

Hubert VÉDRINE

{foot}
Ministre des Affaires étrangères
"""


@pytest.mark.parametrize(("salute", "close"), [
    ("Cher Monsieur le Ministre,",
     "Je vous prie de croire, Cher Monsieur le Ministre, à l'assurance de ma haute considération."),
    ("Chère amie,",
     "Je vous prie d'agréer, Chère amie, l'expression de mes hommages très cordiaux."),
])
@pytest.mark.parametrize(("foot", "addressee"), [
    ("Monsieur Jacques POOS", "Jacques Poos"),
    ("Madame Hélène CARRERE D'ENCAUSSE", "CARRERE D'ENCAUSSE"),
])
def test_french_salutation_close_and_foot_address(resources, salute, close, foot, addressee):
    text = _FRENCH.format(salute=salute, close=close, foot=foot)
    facts = text_facts(text, resources)
    assert facts["signed"] == "Hubert VÉDRINE"
    assert addressee.casefold() in " ".join(facts["addressee"]).casefold()
    assert "Hubert Védrine" in facts["sender"]
    xml = text_xml(text, resources)
    assert f"<salute>{salute}</salute>" in xml and f"<salute>{close}</salute>" in xml
    assert "<addrLine>Ministre des Affaires étrangères</addrLine>" in xml


@pytest.mark.parametrize("salutation", ["Monsieur le Ministre,", "Madame la Présidente,"])
def test_french_salutation_at_the_foot_is_no_address(resources, salutation):
    text = _FRENCH.format(salute="Cher ami,", close="Bien à vous,", foot=salutation)
    assert "<address>" not in text_xml(text, resources)


@pytest.mark.parametrize(("close", "signature"), [
    ("Believe me\nYours very sincerely", "George R.I."),
    ("Believe me, dear Mr. President,\nYours sincerely,", "Winston S. Churchill"),
])
def test_believe_me_over_the_close(resources, close, signature):
    text = (f"BUCKINGHAM PALACE\n3rd August, 1941.\nMy dear President Roosevelt,\n"
            f"This is just a line to bring you my best wishes.\n{close}\n{signature}\n")
    xml = text_xml(text, resources)
    assert "<salute>Believe me" in xml and "<p>Believe me" not in xml


_US = """Washington, March 14, 1957

Dear Mr. Ambassador:

Thank you for your letter of March 2 about the return of the fishing vessels.

Sincerely yours,

Walter S. Robertson
Assistant Secretary of State
for Far Eastern Affairs

{enclosure}
Memorandum from the Navy dated March 9
{tail}"""


@pytest.mark.parametrize("enclosure", ["Enclosures:", "Encl.", "Enclosures (2)"])
@pytest.mark.parametrize("tail", ["", "\ncc: Mr. Sebald\n    Mr. McConaughy\n"])
def test_enclosure_list_under_the_signature(resources, enclosure, tail):
    text = _US.format(enclosure=enclosure, tail=tail)
    facts = text_facts(text, resources)
    assert facts["signed"].startswith("Walter S. Robertson")
    assert facts["sender"] == ["Walter S. Robertson"]
    xml = text_xml(text, resources)
    assert "Assistant Secretary of State<lb/>\nfor Far Eastern Affairs</signed>" in xml
    assert '<div type="attachment">' in xml


def test_enclosure_list_over_a_foot_address_stays_the_letters(resources):
    text = _US.format(enclosure="Enclosures:", tail="\nThe Honorable John M. Allison,\n"
                      "American Ambassador,\nTokyo.\n")
    xml = text_xml(text, resources)
    assert '<div type="attachment">' not in xml and "<address>" in xml


@pytest.mark.parametrize("enclosure", ["Memo from Defense dated December 6",
                                       "Letter from the Navy dated March 9"])
@pytest.mark.parametrize("heading", ["768. Letter from Clough to Osborn1",
                                     "Letter From Ralph N. Clough to David L. Osborn"])
def test_unlabelled_enclosure_under_a_bare_signature(resources, enclosure, heading):
    text = (f"{heading}\n\nDear Dave:\n\nThe Navy has sent us its note, and I enclose a copy "
            f"for your files.\n\n\nRalph N. Clough\n\n\n{enclosure}\n")
    assert text_facts(text, resources)["signed"] == "Ralph N. Clough"


@pytest.mark.parametrize("line", ["Memo from Defense was received on December 6.",
                                  "Letter from the Navy dated March 9 is enclosed."])
def test_a_sentence_about_a_paper_is_no_enclosure(resources, line):
    text = f"Dear Dave:\n\nThe Navy has sent us its note.\n\n{line}\n"
    assert '<div type="attachment">' not in text_xml(text, resources)


_SIDES = """Memorandum of Conversation

Date and Time: May 9, 1973 15:00-16:40
Location: Beijing


Participants:


{first}
David K. E. Bruce Chief of the United States Liaison Office
John Holdridge Deputy Chief of the Liaison Office (interpreter's notes)

{second}
Zhou Enlai Premier of the State Council
Qiao Guanhua Vice Minister of Foreign Affairs

Premier Zhou welcomed Ambassador Bruce and asked about the Liaison Office.
"""


@pytest.mark.parametrize(("first", "second"), [
    ("U.S. Side", "Chinese Side"), ("From Washington", "From Beijing"),
    ("American Delegation", "Chinese Delegation"), ("U.S. Side:", "Chinese Side:"),
])
def test_participants_in_groups_by_side(resources, first, second):
    xml = text_xml(_SIDES.format(first=first, second=second), resources)
    heading = xml.split('<div type="message">')[0]
    assert heading.count('subtype="participants"') == 7
    assert '<persName ref="#per-john-holdridge">John Holdridge</persName> Deputy' in heading
    assert "Premier <persName" in xml.split('<div type="message">')[1]


def test_no_side_line_no_groups(resources):
    xml = text_xml(_SIDES.format(first="Americans", second="Chinese"), resources)
    assert xml.split('<div type="message">')[0].count('subtype="participants"') == 1
