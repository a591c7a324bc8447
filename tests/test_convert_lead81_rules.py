"""Rules from the lead's probes of unseen layouts after wave 82 (lead81):

- the Swiss Federal Archives' signature of a dossier as the Diplomatic Documents of
  Switzerland cite it under a document (`Swiss Federal Archives, E2001E#1976/17#412*`,
  `CH-BAR#E2200.157#1982/93#23*`) is the shelfmark, the archive's name the repository (table
  `archival-reference`), no registry line of the text.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts

DODIS = ("Diplomatic Documents of Switzerland\ndodis.ch/20417\n\n"
         "Telegram No. 57 from the Swiss Legation in Peking to the Federal Political "
         "Department\n\nPeking, 3 May 1958, 18.30\nReceived 4 May 1958, 09.10\n\n"
         "Confidential\n\nFederal Political Department, Berne\n\nThe Legation has been told "
         "that the trade talks will open on 12 May.\n\nKoenig\n\n"
         "Swiss Federal Archives, E2001E#1976/17#412*, B.73.0.\n"
         "Translated from the German by the editors.\n")


def test_a_swiss_federal_archives_signature_is_the_shelfmark(resources: Resources) -> None:
    facts = text_facts(DODIS, resources)
    assert facts["registry_notes"] == []
    assert facts["repository"] == "Swiss Federal Archives"
    signed = text_facts(DODIS.replace("Swiss Federal Archives, E2001E#1976/17#412*, B.73.0.",
                                      "CH-BAR#E2200.174#1969/197#41*"), resources)
    assert signed["registry_notes"] == []
