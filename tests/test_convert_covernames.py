"""Family rule: a decrypt's cover names (`ROBERT`, `ZhENYa`) are persons, the pseudonyms of
the persons its notes name (`[i] VIKTOR: Lt. Gen. P. M. FITIN.`)."""

from __future__ import annotations

import re

from lxml import etree

from tei.convert import convert_text
from tei.convert.covernames import cover_spans, gloss, is_cover_word
from tests.tei_facts import entries, names_of, referenced, xp

_DECRYPT = ("TOP SECRET VENONA\n\n"
            "From: LONDON\nTo: MOSCOW\nNo: 214\n11 May 1943\n\n"
            "To VIKTOR[i].\n\n"
            "KOLYa[ii] reports that the ZEMLYaKI of the ODESSA group met TsAR[iii] twice. "
            "KOLYa's report goes by the next post.\n\n"
            "ILYa\n\n"
            "Notes:\n"
            "[i] VIKTOR: Lt. Gen. P. M. FITIN.\n"
            "[ii] KOLYa: Probably Harold BRANDE.\n"
            "[iii] TsAR: Not identified.\n")


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def _person_names(root: etree._Element) -> list[set[str]]:
    return [names_of(e) for e in referenced(root, "person")]


def test_cover_words_are_capitals_with_russian_digraphs() -> None:
    assert all(is_cover_word(w) for w in ("ROBERT", "ZhENYa", "ZEMLYa-ChESKIJ", "ARNOL'D"))
    assert not any(is_cover_word(w) for w in ("Robert", "Zhenya", "Yes", "US"))


def test_cover_spans_leave_out_headings_articles_nouns_and_note_heads(resources) -> None:
    def spans(text: str) -> list[str]:
        return [text[a:b] for a, b in cover_spans(text, resources.patterns)]
    assert spans("ROBERT said that the ZEMLYaKI of the REJDER group met NABOB.") == \
        ["ROBERT", "NABOB"]
    assert spans("TOP SECRET VENONA") == []
    assert spans("MAJ's note and the OSS") == ["MAJ"]  # three capitals need a possessive
    assert spans("ZEMLYaKI: fellow countrymen") == []


def test_a_gloss_gives_the_name_after_titles_and_a_hedge(resources) -> None:
    note = "ALES: Probably Lt. Col. Alger HISS."
    found = gloss(note, resources.patterns)
    assert found and found.cover == "ALES" and found.hedge == "Probably "
    assert note[found.start:found.end] == "Alger HISS"
    assert gloss("ZEMLYaKI: Fellow countrymen, i.e. members of the Party.",
                 resources.patterns) is None


def test_glossed_cover_names_are_pseudonyms_of_the_persons_named(resources) -> None:
    root = _root(_DECRYPT, resources)
    table = entries(root)
    fitin = next(e for e in table.values() if "P. M. Fitin" in names_of(e))
    assert xp(fitin, "tei:persName[@type='pseudonym']/text()") == ["VIKTOR"]
    refs = xp(root, "//tei:text//tei:persName[.='KOLYa']/@ref")
    assert len(refs) == 3 and len(set(refs)) == 1  # text, note and possessive
    assert "Harold Brande" in names_of(table[refs[0][1:]])


def test_unglossed_cover_names_get_their_own_entries(resources) -> None:
    names = _person_names(_root(_DECRYPT, resources))
    assert any("TsAR" in n for n in names) and any("ILYa" in n for n in names)
    assert not any(n & {"ZEMLYaKI", "ODESSA", "TOP", "Zemlyaki"} for n in names)


def test_a_cover_name_signs_and_addresses_the_telegram(resources) -> None:
    xml = convert_text(_DECRYPT, "t", resources).xml.decode()
    assert re.search(r"<signed><persName ref=\"#per-ilya\">ILYa</persName>", xml)
    assert re.search(r'<correspAction type="received">\s*<persName ref="#per-pavel-fitin">', xml)


def test_capitals_are_no_cover_names_without_the_evidence(resources) -> None:
    text = _DECRYPT.replace("TOP SECRET VENONA", "SECRET").replace("KOLYa", "KOLYA")
    names = _person_names(_root(text, resources))
    assert not any("KOLYA" in n or "Kolya" in n for n in names)
