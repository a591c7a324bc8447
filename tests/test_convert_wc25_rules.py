"""Family rules of the wc25 blind sample (East German, Soviet and Romanian records of the
Middle East 1967-1982 on the WCDA), each tried on invented variants: a document host's
viewer lines with the line naming its file, a PDF export's first page run on one line with
its banner in either order, a Romanian telegram's number with a full stop for its thousands
(heading or title), its heading's date, post and hour on one line, a record's title closed
by where the talks were held, a liaison office after a dash in an address, and a name set off
by commas after a title's post."""

from __future__ import annotations

import pytest

from tei.convert.context import Context
from tests.cases import text_facts, text_xml

EXPORT = ("Digital Archive {banner} June 2, 1976 Record of the Talks between the Polish "
          "Ambassador and the Syrian Foreign Minister Citation: \u201cRecord of the Talks "
          "between the Polish Ambassador and the Syrian Foreign Minister,\u201d June 2, 1976, "
          "History and Public Policy Program Digital Archive, AMSZ, z. 12/80, w. 4. "
          "Summary: The minister explains his government's view. Original Language: Polish "
          "Contents: English Translation The minister received the ambassador at noon.\n")
SITE_FIRST = "International History Declassified digitalarchive.wilsoncenter.org"
ADDRESS_FIRST = "digitalarchive.wilsoncenter.org International History Declassified"


@pytest.mark.parametrize("banner", [SITE_FIRST, ADDRESS_FIRST])
def test_a_pdf_exports_run_on_page_is_read_in_either_banner_order(banner: str,
                                                                  resources) -> None:
    found = text_facts(EXPORT.format(banner=banner), resources)
    assert found["title"] == ("Record of the Talks between the Polish Ambassador and the "
                              "Syrian Foreign Minister")
    assert (found["date"], found["archive_idno"]) == ("1976-06-02", "AMSZ, z. 12/80, w. 4")


@pytest.mark.parametrize("head", ["'Syrian Views'\n", "Talks in June\n"])
def test_a_document_hosts_viewer_lines_go_with_the_line_naming_its_file(head: str,
                                                                        resources) -> None:
    text = f"{head}Total Page:7\nFile Type:pdf, Size:240Kb\n" + EXPORT.format(
        banner=ADDRESS_FIRST)
    found = text_facts(text, resources)
    assert found["date"] == "1976-06-02" and found["summary"] == (
        "The minister explains his government's view.")
    assert "Total Page" not in found["title"] and head.strip() not in found["title"]


def test_a_sentence_over_the_viewer_lines_is_kept(resources) -> None:
    rows = Context(resources, "t").res.patterns
    assert rows.match("page-furniture", "Total Page:7")[0] == "document-host"
    assert rows.match("page-furniture", "File Type:pdf, Size:1.5Mb")[0] == "document-host"
    assert rows.match("page-furniture", "Total Pages: 7 of the report") is None


@pytest.mark.parametrize(("line", "number"), [
    ("No. 264.451", "264.451"), ("No. 85 201", "85 201"), ("Nr. 12.040", "12.040")])
def test_a_romanian_number_sets_off_its_thousands(line: str, number: str, resources) -> None:
    text = (f"Telegram from the Romanian Embassy in Amman\n\nSender: Amman\n{line}\n"
            "Date: 3 May 1973\n\nThe minister received me today.\n\nIon Popa\n")
    assert text_facts(text, resources)["telegram_number"] == number


def test_a_decimal_is_no_number_line(resources) -> None:
    text = ("Telegram from the Romanian Embassy in Amman\n\nSender: Amman\nNo. 2.5\n"
            "Date: 3 May 1973\n\nThe minister received me today.\n\nIon Popa\n")
    assert text_facts(text, resources)["telegram_number"] != "2.5"


@pytest.mark.parametrize(("title", "number"), [
    ("Telegram from the Romanian Embassy in Amman, to the Romanian Ministry of Foreign "
     "Affairs, 031.202, May 3, 1973, Secret", "031.202"),
    ("Telegram from Amman to the Romanian Ministry of Foreign Affairs, 031.202, May 3,1973",
     "031.202"),
    ("Telegram from the Romanian Embassy in Amman, 3 May 1973", None)])
def test_a_romanian_title_gives_the_number_before_its_date(title: str, number: str | None,
                                                           resources) -> None:
    text = f"May 3, 1973\n\n{title}\n\nThe minister received me today.\n\nIon Popa\n"
    assert text_facts(text, resources)["telegram_number"] == number


@pytest.mark.parametrize("line", ["3 May 1973, Amman, 9:15 PM", "3 May 1973, Amman, 21.15 hours"])
def test_a_date_post_and_hour_line_gives_the_place(line: str, resources) -> None:
    text = (f"Telegram of the Romanian Minister, Regarding Jordan\n\n{line}\nNo. 41 220\n"
            "Top Secret. Flash\n\nThe minister received me today.\n")
    found = text_facts(text, resources)
    assert (found["place_of_origin"], found["date"]) == ("Amman", "1973-05-03")


@pytest.mark.parametrize(("title", "place"), [
    ("Transcript of the talks between Walter Ulbricht and Gamal Abdel Nasser, on 24 and 25 "
     "February 1965 in Cairo", "Cairo"),
    ("Minutes of the Meeting between the Polish and Iraqi Delegations in Baghdad", "Baghdad"),
    ("Minutes of the Meeting between the Polish and Iraqi Delegations", None)])
def test_a_records_title_closed_by_where_the_talks_were_held(title: str, place: str | None,
                                                             resources) -> None:
    text = f"February 25, 1965\n\n{title}\n\nThe two sides discussed the situation.\n"
    assert text_facts(text, resources)["place_of_origin"] == place


def test_a_liaison_office_after_a_dash_is_no_name(resources) -> None:
    text = ("Telegram from the Romanian Embassy in Amman to the Romanian Ministry of Foreign "
            "Affairs, 031.202, May 3, 1973\n\nTo Comrade Ion Dobre, Second Directorate \u2013 "
            "Liaison\n\nThe minister received me today.\n\nIon Popa\n")
    found = text_facts(text, resources)
    assert found["addressee"] == ["Ion Dobre"]
    assert "Liaison" not in " ".join(found["addressee"] + found["sender"])


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Romanian consul in Basra, Mihai Dobrescu, reports on the talks.", "Mihai Dobrescu"),
    ("The Soviet ambassador at Amman, Pyotr Ivanov Sergeev, said so.", "Pyotr Ivanov Sergeev")])
def test_a_name_after_a_titles_post_and_a_comma(sentence: str, name: str, resources) -> None:
    text = f"Telegram from the Romanian Embassy in Amman\n\n{sentence}\n\nIon Popa\n"
    assert f">{name}</persName>" in text_xml(text, resources)


@pytest.mark.parametrize("sentence", [
    "The ambassador in Paris, London, and Rome agreed.",
    "The ambassador in Moscow, Smith, said so."])
def test_a_place_list_or_a_lone_word_after_a_post_is_no_name(sentence: str, resources) -> None:
    text = f"Telegram from the Romanian Embassy in Amman\n\n{sentence}\n\nIon Popa\n"
    xml = text_xml(text, resources)
    assert "London</persName>" not in xml and "Smith</persName>" not in xml
