"""Rules seen on the lead's probes of session 42 (lead70): the development documents in the
layouts other copies of them take (re-wrapped, unwrapped, spaced, indented, in ASCII):

- front matter YAML refuses (a colon inside a value, `title: Cablegram 346: Beasley to
  Evatt`; a value wrapped onto a line of its own) is read as `key: value` lines, with a
  warning, instead of being kept as text (`pages/frontmatter._key_lines`);
- a page's funding line cut after a running-on word (`... support from The`) takes the
  name the next line finishes (`Woodrow Wilson International Center for Scholars`), though
  that line is furniture itself (`read.logical_lines`); a label alone (`Funded by`) is not
  joined to the value under it;
- a full line cut by the wrap before a body's head noun that is also a page field's label
  (`... to the Hungarian Foreign` / `Ministry`) or before its date's year (`19 June` /
  `1951`) takes it, though the line alone would be kept apart
  (`release_lines.finishes_a_wrapped_line`);
- a teletype copy in capitals with a blank line after every line is double-spaced as OCR in
  lower case is, its long lines stopping on a letter or comma running on into the next line
  of capitals (`read._capitals_run_on`): the last point's end is no signature.
"""

from __future__ import annotations

from tei.convert import Resources, convert_text
from tests.cases import text_facts, text_xml

_FRONT = ("---\ndoc_date: '1947-12-17'\n{title}\nnaa_refs:\n"
          "- reference: '[AA : A1068, E47/15/5/1]'\n---\n\nSECRET\n\n"
          "The Minister asks that the delegation hold its position.\n\nBEASLEY\n")


def test_front_matter_yaml_refuses_is_read_line_by_line(resources: Resources) -> None:
    text = _FRONT.format(title="title: Cablegram 346: Beasley to Evatt, London, 17 December\n"
                               "  1947")
    facts = text_facts(text, resources)
    assert facts["title"] == "Cablegram 346: Beasley to Evatt, London, 17 December 1947"
    assert facts["date"] == "1947-12-17"
    warned = [d.message for d in convert_text(text, "t", resources).warnings
              if d.rule == "front-matter"]
    assert warned and "read as `key: value` lines" in warned[0]


def test_a_value_wrapped_to_the_line_start_joins_its_key(resources: Resources) -> None:
    text = _FRONT.format(title="title: Beasley to Evatt Cablegram 346 LONDON, 17 December 1947,"
                               " 4.45\np.m. Received 18 December 1947")
    facts = text_facts(text, resources)
    assert facts["title"].startswith("Beasley to Evatt Cablegram 346")
    assert facts["title"].endswith("Received 18 December 1947")


def test_a_block_of_text_between_rules_is_no_front_matter(resources: Resources) -> None:
    text = ("---\nThe Ambassador called at noon.\nHe said: no.\n---\n\nTELEGRAM\n\n"
            "The Minister asks that the delegation hold its position.\n")
    facts = text_facts(text, resources)
    assert "called at noon" in text_xml(text, resources)
    assert "He said: no." in text_xml(text, resources)
    assert facts["title"] != "He said: no."


_PAGE = ("Skip to content\n\nDecember 15, 1982\n\nTelegram, Reinert to Gen. Axen\n\n"
         "{funding}\n\nTelegram\n\nSender: Sofia\n\n"
         "The delegation arrived on the fourteenth and was received by the Minister.\n")


def test_a_funding_line_cut_after_its_article_takes_the_name_under_it(
        resources: Resources) -> None:
    funding = ("This document was made possible with support from The\n"
               "Woodrow Wilson International Center for Scholars")
    facts = text_facts(_PAGE.format(funding=funding), resources)
    assert facts["funder"] == "The Woodrow Wilson International Center for Scholars"


def test_a_label_alone_is_not_joined_to_the_name_under_it(resources: Resources) -> None:
    facts = text_facts(_PAGE.format(funding="Funded by\nHenry Luce Foundation"), resources)
    assert facts["funder"] == "Henry Luce Foundation"


_FILLER = ("The Ambassador reported at length on the talks held with the Minister on the "
           "situation in the region and on the supply of grain promised last year by the "
           "government")


def _wrapped_page(title: str) -> str:
    """A current Digital Archive page copied through a PDF at 72 columns."""
    body = "\n".join([_FILLER[i:i + 70].strip() for i in range(0, len(_FILLER), 70)] * 3)
    return f"Skip to content\n\nMarch 12, 1957\n\n{title}\n\n{body}.\n"


def test_a_title_cut_before_its_bodys_head_noun_takes_it(resources: Resources) -> None:
    title = "Report, Embassy of Hungary in North Korea to the Hungarian Foreign\nMinistry"
    facts = text_facts(_wrapped_page(title), resources)
    assert facts["title"].endswith("to the Hungarian Foreign Ministry")


def test_a_title_cut_before_its_dates_year_takes_it(resources: Resources) -> None:
    title = "Cable from Filippov [Stalin] to Mao Zedong and Zhou Enlai, 19 June\n1951"
    facts = text_facts(_wrapped_page(title), resources)
    assert facts["title"].endswith("19 June 1951")


_TELETYPE = [
    "CONFIDENTIAL", "R 121530Z MAR 76", "FM AMEMBASSY MOGADISCIO", "TO SECSTATE WASHDC 4410",
    "E.O. 11652: GDS", "TAGS: PFOR, SO", "SUBJECT: MINISTER'S VIEWS ON THE PORT AGREEMENT",
    "1. THE FOREIGN MINISTER RECEIVED ME THIS MORNING AND SPOKE AT SOME",
    "LENGTH ABOUT THE PORT AGREEMENT AND THE TERMS WHICH HIS GOVERNMENT",
    "WOULD ACCEPT FOR THE USE OF THE HARBOUR BY VISITING VESSELS.",
    "2. HE ASKED THAT THE DEPARTMENT CONSIDER THE PROPOSAL AND SAID HE",
    "WOULD RAISE IT AGAIN WITH THE AMBASSADOR WHEN THEY MEET LATER",
    "TODAY AT THE PALACE.", "LOUGHRAN"]


def test_a_double_spaced_teletype_copy_in_capitals_runs_its_lines_on(
        resources: Resources) -> None:
    facts = text_facts("\n\n".join(_TELETYPE) + "\n", resources)
    assert facts["signed"] == "LOUGHRAN"
    assert facts["numbered_points"] == 2
