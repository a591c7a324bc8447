"""The same facts however the lines of a page were broken: an invented older Wilson Center
page and an invented FRUS page, hard-wrapped at 60, 72 and 100 columns and quoted as a mail
quotes them, give the facts of their unwrapped text; then the read stage's rules one by one."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tei.convert.read import logical_lines
from tests.tei_facts import facts

_WCDA_OLD = """Search in

Digital Archive International History Declassified

May 14, 1963

This document was made possible with support from the Leon Levy Foundation.

  • Citation

    get citation

    The Polish ambassador in Havana reports on a talk with the Cuban foreign minister \
(Roa) about the visit of a Soviet delegation. Roa says that the Cubans expect further \
credits.
    "Ciphergram No. 6021 from the Polish Embassy in Havana (Jeleń)," May 14, 1963, History \
and Public Policy Program Digital Archive, invented archive, file 12/63, folder 4. \
Translated by an invented translator.
  • share document

English HTML

Ciphergram No. 6021

From Havana, dispatched on 05.14. at 11:00 hours, received on 05.15. at 09:40 hours

Today I spoke with Minister Roa at his request about the visit of the Soviet delegation \
(Mikoyan) and about the credits the Cubans expect from the socialist countries; he said \
that the talks will go on in Moscow next month and that the Cuban side will ask for \
machines.

JELEŃ
"""

_FRUS = """312. Telegram From the Embassy in Poland to the Department of State1
Warsaw, May 14, 1963, 6 p.m.
845. Foreign Minister received me this morning at his request; he spoke of the trade talks \
and asked that the Department be told that Poland is ready to resume them in June. He \
added that the delegation would be led by the Deputy Minister.
Cabot
- Source: Department of State, Central Files, POL 7 POL-US. Confidential; Priority. \
Drafted by Cabot; cleared in EUR and by the Office of Eastern European Affairs.↩
"""


def wrapped(text: str, width: int, prefix: str = "") -> str:
    """Every line longer than `width` broken at spaces, its indent kept; `prefix` before
    every line (a mail's quoting)."""
    out: list[str] = []
    for line in text.split("\n"):
        indent = line[:len(line) - len(line.lstrip(" "))]
        room = width - len(prefix) - len(indent)
        current = ""
        for word in line[len(indent):].split(" "):
            if current and len(current) + 1 + len(word) > room:
                out.append(indent + current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(indent + current if current else line)
    return "\n".join(f"{prefix}{line}".rstrip() for line in out)


def text_facts(text: str, resources) -> dict[str, object]:
    found = facts(etree.fromstring(convert_text(text, "t", resources).xml))
    return {key: value for key, value in found.items() if key != "repository"}


COPIES = {"60": lambda t: wrapped(t, 60), "72": lambda t: wrapped(t, 72),
          "100": lambda t: wrapped(t, 100), "quoted-76": lambda t: wrapped(t, 76, "> ")}
CASES = [pytest.param(text, copy, id=f"{name}-{copy}")
         for name, text in (("wcda-old", _WCDA_OLD), ("frus", _FRUS)) for copy in COPIES]


@pytest.mark.parametrize(("text", "copy"), CASES)
def test_a_hard_wrapped_copy_gives_the_facts_of_its_text(text: str, copy: str,
                                                          resources) -> None:
    clean = text_facts(text, resources)
    got = text_facts(COPIES[copy](text), resources)
    assert {k: v for k, v in got.items() if v != clean[k]} == {}


def test_the_invented_pages_facts_are_found(resources) -> None:
    found = text_facts(_WCDA_OLD, resources)
    assert found["title"] == "Ciphergram No. 6021 from the Polish Embassy in Havana (Jeleń)"
    assert str(found["summary"]).endswith("Roa says that the Cubans expect further credits.")
    assert found["funder"] == "Leon Levy Foundation"
    frus = text_facts(_FRUS, resources)
    assert frus["telegram_number"] == "845" and frus["notes"] == 1
    assert frus["archive_idno"] == "Department of State, Central Files, POL 7 POL-US"


def texts(source: str) -> list[str]:
    return [line.text for line in logical_lines(source)]


_FILLER = ("The minister said that the talks would resume in the spring and that the\n"
           "others would use the debate on the labour chapter to attack the cabinet.\n")


@pytest.mark.parametrize("end", ["(Spasowski)", "[Pham Van Dong]", '"neutralisation"'])
def test_a_bracket_or_quote_after_a_word_ends_no_sentence(end: str) -> None:
    """`... with the Soviet ambassador (Spasowski)` / `and ...`: a full line closing a
    bracket or a quote after a word runs on; after a stop it ends the sentence."""
    line = f"He conducted lengthy conversations with the Soviet ambassador {end}"
    assert texts(f"{line}\nand with the others.\n\n{_FILLER * 4}")[0] == \
        f"{line} and with the others."
    stopped = "He conducted lengthy conversations with the Soviet ambassador (at noon.)"
    assert texts(f"{stopped}\nAnd with the others.\n\n{_FILLER * 4}")[1] == \
        "And with the others."


def test_a_full_line_ending_at_a_semicolon_runs_on_into_lower_case_only() -> None:
    """`... Drafted by Henderson;` / `cleared in USIA ...` is one sentence; items of a list
    ending with semicolons (`-Minister of ...;`) stay lines."""
    clause = "Source: Department of State, Central Files. Confidential. Drafted by Henderson;"
    assert f"{clause} cleared in USIA" in texts(f"{_FILLER * 4}{clause}\ncleared in USIA.\n")[-1]
    item = "-Minister of Finance: an invented person, 40, from Upper Bavaria (new);"
    listed = texts(f"{_FILLER * 4}\n{item}\n-Minister of Environment: another person (new);\n")
    assert listed[-2:] == [item, "-Minister of Environment: another person (new);"]


def test_a_frus_notes_back_link_ends_its_note_and_a_document_number_opens_a_line() -> None:
    note = "- In telegram 159, March 31, the Department requested an assessment of it.↩"
    lines = texts(f"{_FILLER * 4}{note}\n- Despatch 421 from La Paz explained the situation.↩\n")
    assert lines[-1] == "Despatch 421 from La Paz explained the situation.↩"
    heading = "249. Telegram From the Ambassador in Bolivia (Drew) to the Department of State1"
    assert texts(f"{heading}\n185. Department telegram 159.\n{_FILLER * 4}")[:2] == [
        heading, "185. Department telegram 159."]


def test_a_funders_name_wrapped_with_its_stop_is_whole() -> None:
    """`... support from the Leon Levy` / `Foundation.`: the name's end runs on; a funder
    line ending in the body's name runs on only into a line going on its phrase (`of`), not
    into a word glued to the text (`notThe ...`)."""
    def funder(line: str) -> bool:
        return line.startswith("This document was made possible")

    source = ("This document was made possible with support from the Leon Levy\n"
              f"Foundation.\n\n{_FILLER * 4}")
    assert logical_lines(source, funder)[0].text.endswith("Leon Levy Foundation.")
    whole = "This document was made possible with support from Leon Levy Foundation"
    assert logical_lines(f"{whole}\nnotThe text glued to a word.\n\n{_FILLER * 4}",
                         funder)[0].text == whole
    assert logical_lines(f"{whole}\nof New York.\n\n{_FILLER * 4}", funder)[0].text == \
        f"{whole} of New York."
