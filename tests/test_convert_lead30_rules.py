"""Rules written after the lead's probes of session 30: a typed signature's mark alone on its
line (the South Asian typist's `Sd/-`, the American conformed copy's `/s/`, the Polish `/-/`)
is the role line over the signature, never a person `Sd`; a built title drops the form's
`Nr.` as it drops `No.` (`Fernschreiben No. 312`, not `Fernschreiben Nr No. 312`)."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_LETTER = """Ministry of External Affairs
New Delhi, the 14th March, 1962.

My dear Ambassador,

I write to let you know of the talks which the Prime Minister had yesterday with the Chinese
Ambassador about the boundary.

Yours sincerely,
{mark}
(M.J. Desai)

Shri K.P.S. Menon,
Ambassador of India,
Moscow.
"""


@pytest.mark.parametrize("mark", ["Sd/-", "Sd.", "(Sd.)", "/s/", "/-/", "SIGNED:"])
def test_a_signature_mark_alone_on_its_line_stands_over_the_signature(mark, resources) -> None:
    xml = text_xml(_LETTER.format(mark=mark), resources)
    assert 'per-sd"' not in xml
    assert "<salute>Yours sincerely,</salute>" in xml
    assert f"<signed>{mark}<lb/>" in xml
    facts = text_facts(_LETTER.format(mark=mark), resources)
    assert facts["sender"] == ["M. J. Desai"]


@pytest.mark.parametrize(("form", "title"), [
    ("Fernschreiben Nr. 312", "Fernschreiben No. 312"),
    ("SZYFROGRAM NR 4411", "Szyfrogram No. 4411"),
    ("Telegram No. 17", "Telegram No. 17"),
])
def test_a_built_title_drops_the_forms_own_number_mark(form, title, resources) -> None:
    text = (f"{form}\nAufgabe: 14. Mai 1963, 18.40 Uhr\n\nBotschafter McGhee suchte mich "
            "heute auf.\n\nCarstens\n")
    assert text_facts(text, resources)["title"].startswith(title)
