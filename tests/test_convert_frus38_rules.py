"""Rules from the blind sample of FRUS documents of the 1952-1980 volumes (frus38):
memoranda of conversation, letters between heads of government, backchannel messages and
telegrams as history.state.gov pages give them.

- A cited cable's number followed by its full stop and a glued anchor (`Embtel 993.2`) is
  whole: a note whose anchor the text lost is looked for in another cited number (`Deptel
  5103` = 510 + note 3), not in the digits before that full stop (`frus_notes._cited`).
- A source note's decimal file printed with a space for its dot (`Central Files, 611
  00/10–3056`) still dates the document (`pages/frus._DECIMAL_FILE`).
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

_PAGE = ("146. Telegram From the Embassy in {post} to the Department of State1\n\n"
         "{number}. {ref} I acted on the instructions in Deptel {cited}{second} with the "
         "Foreign Minister, who made no comment.\n\n"
         "Bohlen\n"
         "{notes}")
_LISTED = ("  1. Source: Department of State, Central Files, {file}. Secret.\n"
           "  2. Not printed.\n"
           "  3. Document 134.\n")
_ARROWED = ("- Source: Department of State, Central Files, {file}. Secret.↩\n"
            "- Not printed.↩\n"
            "- Document 134.↩\n")


@pytest.mark.parametrize("post, number, ref, cited, second, notes, file, day", [
    # the sample's shape: `Embtel 993.2`, `Deptel 5103`, notes listed `  1. ...`
    ("the Soviet Union", "1005", "Embtel 993.2", "510", "3", _LISTED, "611 00/10–3056",
     "1956-10-30"),
    # invented: another post, the reference a `Your` cable, notes with their back links
    ("Poland", "1402", "Your 2213.2", "884", "3", _ARROWED, "748 00/2–2162", "1962-02-21"),
    # invented: a file number with its dot, the anchor after a cited number not ending in 3
    ("Yugoslavia", "1187", "Embtel 1154.2", "903", "3", _LISTED, "768.00/3–1457",
     "1957-03-14"),
])
def test_a_cited_number_before_its_stop_anchor_is_whole(
        resources, post: str, number: str, ref: str, cited: str, second: str, notes: str,
        file: str, day: str) -> None:
    text = _PAGE.format(post=post, number=number, ref=ref, cited=cited, second=second,
                        notes=notes.format(file=file))
    xml = text_xml(text, resources)
    facts = text_facts(text, resources)
    whole = ref.removesuffix("2")
    assert f"{whole}<note" in xml  # the cited number kept whole, note 2 after its stop
    assert re.search(rf"Deptel {cited}<note [^>]*n=\"3\"", xml)
    assert facts["notes"] == 3
    assert facts["date"] == day


def test_a_cited_number_before_a_bare_stop_still_carries_its_anchor(resources) -> None:
    """A cited number before a full stop that carries no anchor may end in the lost anchor
    (`Deptel 5103.`: 510 and note 3), as before."""
    text = _PAGE.format(post="Poland", number="1402", ref="Your 2213.2", cited="5103.",
                        second="", notes=_LISTED.format(file="748.00/2–2162"))
    xml = text_xml(text, resources)
    assert re.search(r"Deptel 510<note [^>]*n=\"3\"", xml)
    assert "Your 2213.<note" in xml
