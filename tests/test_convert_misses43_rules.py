"""misses43: counted gaps (`[19 groups unrecoverable]`) carry their quantity and unit; a
decrypt's cover name in a name position (`MAJ[3]` signing) is a cover name; `der` first
after a title is the German article; a compass point's initial before a residence's grounds
(`S. Lawn`) is no person; a courtesy title of the other sex (`Mrs. Reagan`) names no
registered man; V. P. Menon and Chaudhri Muhammad Ali are their own entries; a project's own
table of case endings wins over the tool's."""

from __future__ import annotations

import re
from pathlib import Path

from tei import resources as bundled
from tei.convert import declension
from tei.convert.brackets import gap_extent
from tei.convert.loading import load_resources
from tei.convert.surnames import title_sex
from tests.cases import text_xml


def test_a_gaps_count_and_unit_are_read_in_several_languages(resources) -> None:
    patterns = resources.patterns
    assert gap_extent(patterns, "19 groups unrecoverable") == {"quantity": "19", "unit": "group"}
    assert gap_extent(patterns, "1 group garbled") == {"quantity": "1", "unit": "group"}
    assert gap_extent(patterns, "2 words illegible") == {"quantity": "2", "unit": "word"}
    assert gap_extent(patterns, "3 groupes indéchiffrables") == {"quantity": "3", "unit": "group"}
    assert gap_extent(patterns, "2 Zeilen unleserlich") == {"quantity": "2", "unit": "line"}
    assert gap_extent(patterns, "illegible") == {}
    assert gap_extent(patterns, "1944 telegram omitted") == {}


_DECRYPT = ("Venona 311: KGB Washington to Moscow, 2 June 1944\n\nFrom: WASHINGTON\nTo: MOSCOW\n"
            "No.: 311\n2 June 1944\n\nTo VIKTOR[1].\n\nOn 28 May ALBERT[2] met the source in "
            "[19 groups unrecoverable] and will report [2 groups unrecovered] by post.\n\n"
            "MAJ[3]\n\n1. VIKTOR: P. M. Fitin.\n2. ALBERT: Iskhak Abdulovich Akhmerov.\n"
            "3. MAJ: Stepan Zakharovich Apresyan.\n")


def test_counted_gaps_of_a_decrypt_carry_quantity_and_unit(resources) -> None:
    xml = text_xml(_DECRYPT, resources)
    assert '<gap reason="omitted" quantity="19" unit="group"><desc>19 groups unrecoverable' in xml
    assert '<gap reason="omitted" quantity="2" unit="group">' in xml
    assert "<supplied" not in xml  # `unrecoverable` was read as supplied text


def test_a_cover_name_signing_a_decrypt_is_a_cover_name(resources) -> None:
    xml = text_xml(_DECRYPT, resources)
    signed = re.search(r"<signed>(.*?)</signed>", xml).group(1)
    assert signed.startswith('<persName ref="#per-stepan-apresyan">MAJ</persName>')


def test_der_first_after_a_title_is_the_german_article(resources) -> None:
    text = ("AUSWÄRTIGES AMT\n\nBonn, den 3. Juni 1957\n\nVERBALNOTE\n\nDas Auswärtige Amt "
            "teilt mit, dass der Minister dem Botschafter der Vereinigten Staaten die Antwort "
            "übergeben wird und Botschafter van der Stoel sowie Herrn von der Gablentz "
            "unterrichtet hat.\n")
    xml = text_xml(text, resources)
    assert "Vereinigten Staaten</persName>" not in xml
    assert ">van der Stoel</persName>" in xml
    assert ">von der Gablentz</persName>" in xml


_MEMO = ("THE WHITE HOUSE\n\nWASHINGTON\n\nJune 6, 1984\n\nMEMORANDUM FOR THE RECORD\n\n"
         "The President and Mrs. Reagan met the Prime Minister and Mr. Thatcher on the "
         "S. Lawn, then Mrs. Reagan and Mrs. Kohl left by the N. Portico. Mrs. Thatcher "
         "joined them later.\n\nRobert C. McFarlane\n")


def test_grounds_after_a_compass_initial_are_no_person(resources) -> None:
    xml = text_xml(_MEMO, resources)
    assert "Lawn</persName>" not in xml and "Portico</persName>" not in xml


def test_a_courtesy_title_of_the_other_sex_names_no_registered_person(resources) -> None:
    xml = text_xml(_MEMO, resources)
    assert '<persName ref="#per-nancy-reagan">Reagan</persName>' in xml
    assert "#per-ronald-reagan" not in xml
    assert '<persName ref="#per-helmut-kohl">' not in xml
    marked = re.findall(r'<persName ref="#([\w-]+)">Thatcher</persName>', xml)
    assert marked[0] != "per-margaret-thatcher"  # `Mr. Thatcher`
    assert marked[-1] == "per-margaret-thatcher"  # `Mrs. Thatcher`


def test_the_sex_a_courtesy_title_tells(resources) -> None:
    assert title_sex("The President and Mrs.", resources.patterns) == "F"
    assert title_sex("Herr", resources.patterns) == "M"
    assert title_sex("President", resources.patterns) is None
    assert title_sex("", resources.patterns) is None


def test_menon_and_chaudhri_muhammad_ali_are_their_own_entries(resources) -> None:
    text = ("MEMORANDUM\n\nNew Delhi, 2 November 1947\n\nV. P. Menon saw Chaudhri Muhammad Ali "
            "and Richard Burt in the afternoon.\n")
    xml = text_xml(text, resources)
    assert '<persName ref="#per-v-p-menon">V. P. Menon</persName>' in xml
    assert '<persName ref="#per-chaudhri-muhammad-ali">Chaudhri Muhammad Ali</persName>' in xml
    assert '<persName ref="#per-richard-burt">Richard Burt</persName>' in xml


def _own_patterns(folder: Path, drop_hungarian: bool) -> Path:
    """A project's patterns folder: the tool's tables, its declension table without the
    Hungarian list when `drop_hungarian`."""
    folder.mkdir()
    (folder / "patterns.xml").write_bytes((bundled.patterns_dir() / "patterns.xml").read_bytes())
    if drop_hungarian:
        text = (bundled.patterns_dir() / "declension.xml").read_text(encoding="utf-8")
        start = text.index('<list xml:id="declension-hu"')
        text = text[:start] + text[text.index("</list>", start) + len("</list>"):]
        (folder / "declension.xml").write_text(text, encoding="utf-8")
    return folder


def test_a_projects_own_declension_table_wins(tmp_path: Path) -> None:
    plain = _own_patterns(tmp_path / "plain", drop_hungarian=False)
    assert declension.table_path(plain) == declension.table_path()  # the tool's
    own = _own_patterns(tmp_path / "own", drop_hungarian=True)
    assert declension.table_path(own) == own / "declension.xml"
    assert "hu" in declension.declined_languages()
    assert "hu" not in declension.declined_languages(declension.table_path(own))
    assert declension.declined("Moszkva", "hu", declension.table_path(own)) == []


def test_the_register_declines_by_the_projects_table(tmp_path: Path) -> None:
    text = "A követ Moszkvából jött."
    tool = load_resources()
    assert [m.form for m in tool.register.find(text)] == ["Moszkvából"]
    own = load_resources(patterns_dir=_own_patterns(tmp_path / "own", drop_hungarian=True))
    assert own.register.find(text) == []


def test_the_word_lists_once_in_code_are_tables(resources) -> None:
    patterns = resources.patterns
    assert patterns.match("distribution-labels", "Copies were distributed") is not None
    assert patterns.match("distribution-labels", "Copies of the note were burnt.") is None
    assert patterns.match("distribution-members", "to Cdes: Molotov") is not None
    assert patterns.match("distribution-members", "the draft follows") is None
    assert {"the", "of", "and"} <= set(patterns.words("subject-joiners"))
