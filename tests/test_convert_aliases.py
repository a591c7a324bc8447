"""A local person who turns out to be another romanisation of a register person (`Aliases`):
the names tagged with it before are pointed to the register person, so that no name in the
document points to an entry its standOff does not list."""

from __future__ import annotations

import re
from pathlib import Path

from tei.convert import Resources
from tests.cases import text_xml

_FIXTURE = (Path(__file__).parent / "fixtures" / "telegrams"
            / "wcdanames74_current_prc_memcon_wade_giles_parentheses_comrade_town_invented.txt")
_SUMMARY = ("Chen Yi and Tran Tu Binh discuss the situation in Laos after the Vientiane "
            "fighting and Chinese aid to the Pathet Lao through North Vietnam.")
_GLOSS = ("Chinese participants: Huang Zhen [Huang Chen], Vice Foreign Minister; Zhu Qiwen "
          "(Chu Ch'i-wen), Director of the Asian Department")


def test_a_name_tagged_before_its_gloss_points_to_the_glossed_person(
        resources: Resources) -> None:
    """The page's summary glossing `Zhu Qiwen (Chu Ch'i-wen)` (moved there from the text),
    read after the text's `Director Chu Ch'i-wen` (a local person then): both name Zhu
    Qiwen (a 10,000-telegram scale run met it as a dangling reference)."""
    text = _FIXTURE.read_text(encoding="utf-8").replace(_GLOSS, "").replace(_SUMMARY, _GLOSS)
    xml = text_xml(text, resources)
    ids = set(re.findall(r'xml:id="([^"]+)"', xml))
    refs = {ref[1:] for ref in re.findall(r'ref="(#[^"]+)"', xml)}
    assert refs <= ids
    assert '<persName ref="#per-zhu-qiwen">Chu Ch\'i-wen</persName> will give' in xml
