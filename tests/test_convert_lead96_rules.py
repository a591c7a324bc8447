"""(lead96) A full name two register persons carry (`George Bush`, father and son) names the
one whose dated offices the document's year falls in or shortly follows; the register's first
when the year tells neither (undated, or both in office)."""

from __future__ import annotations

import pytest

from tei.convert.ambiguity import candidates, in_reach
from tests.cases import text_xml

_LETTER = ("Letter to the President\n\n{dateline}Mr. George Bush, President of the United States "
           "of America\n\nI have received your message of yesterday and answer it here.\n\n"
           "Saddam Hussein\n")


@pytest.mark.parametrize(("dateline", "ident"), [
    ("Tehran, 8 May 2006\n\n", "per-george-w-bush"),
    ("Baghdad, 16 August 1990\n\n", "per-george-h-w-bush"),
    ("Baghdad, 2 March 1980\n\n", "per-george-h-w-bush"),
    ("", "per-george-h-w-bush"),
])
def test_a_shared_full_name_is_the_namesake_of_the_documents_year(dateline: str, ident: str,
                                                                  resources) -> None:
    xml = text_xml(_LETTER.format(dateline=dateline), resources)
    body = xml.split("<body>")[1]
    assert f'<persName ref="#{ident}">George Bush</persName>' in body


def test_the_full_name_reaches_no_years_before_the_offices(resources) -> None:
    """A surname alone reaches ten years before a person's first dated office; a full name
    only the offices' own years and the few after them."""
    register = resources.register
    son, father = register.entries["per-george-w-bush"], register.entries["per-george-h-w-bush"]
    both = candidates(register, father, "George Bush")
    assert {p.id for p in both} == {son.id, father.id}
    assert in_reach(both, "George Bush", 1990) == (father,)
    assert in_reach(both, "George Bush", 2006) == (son,)
    assert set(in_reach(both, "George Bush", None)) == set(both)
