"""Other editions' TEI (Schnitzler letters, FRUS telegrams, CorrespSIG and CMIF examples):
elements our converter never writes keep their text as spans or divs named after them, and
their headers fill the metadata panel as far as they can."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from tei.render import render_edition

FOREIGN = Path(__file__).parent / "fixtures" / "render" / "foreign"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("foreign") / "site"
    result = render_edition(sorted(FOREIGN.glob("*.xml")), folder, None)
    assert result.documents == 13
    # Other editions' files do not follow our grammar: rendered, but their TEI is withheld.
    assert [d.rule for d in result.diagnostics] == ["render-unpublished"] * 13
    assert not (folder / "tei").exists()
    return folder


def page(site: Path, stem: str) -> lxml.html.HtmlElement:
    return lxml.html.parse(str(site / "documents" / f"{stem}.html")).getroot()


def text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def test_unknown_elements_become_named_spans(site: Path) -> None:
    frus = page(site, "frus-frus1952-54Guat-d193")
    glosses = frus.xpath("//section[@class='text']//span[contains(@class,'tei-gloss')]")
    assert "CIA" in [text(g) for g in glosses]
    dantiscus = page(site, "tei-corresp-sig-example13_correspDesc-pointing-to-participDesc")
    (incipit,) = dantiscus.xpath(
        "//span[contains(@class,'tei-span') and contains(@class,'type-incipit')]")
    assert text(incipit).startswith("Nonnulla tibi conferenda")


def test_lists_with_labels_keep_the_sources_numbers(site: Path) -> None:
    frus = page(site, "frus-frus1952-54Guat-d193")
    labels = frus.xpath("//ol[contains(@class,'labelled')]/li/span[@class='item-label']")
    assert [text(label) for label in labels] == [f"{n}." for n in range(2, 10)]


def test_editorial_markup_of_other_editions(site: Path) -> None:
    dantiscus = page(site, "tei-corresp-sig-example13_correspDesc-pointing-to-participDesc")
    (deleted,) = dantiscus.xpath("//del")
    assert text(deleted) == "e"
    supplied = dantiscus.xpath("//span[contains(@class,'supplied')]")
    assert "[Magnifico]" in [text(s) for s in supplied]
    assert dantiscus.xpath("//span[@class='gap' and @data-reason='stain']")


def test_names_resolve_in_other_lists_and_unresolved_ones_stay_text(site: Path) -> None:
    dantiscus = page(site, "tei-corresp-sig-example13_correspDesc-pointing-to-participDesc")
    (sender,) = dantiscus.xpath("//div[@data-field='from']/dd/a[contains(@class,'person')]")
    assert text(sender) == "Bona Sforza" and sender.get("href") == "../persons/BS.html"
    torresani = page(site, "schnitzler-briefe-L04324")
    rs = torresani.xpath("//section[@class='notes']//a[contains(@class,'person')]")
    assert rs[0].get("title") == "Arthur Schnitzler (Schriftsteller/Schriftstellerin)"
    frus = page(site, "frus-frus1958-60v11-d110")
    assert frus.xpath("//section[@class='text']//a[contains(@class,'name')]") == []
    assert "Chamoun" in [text(s) for s in frus.xpath("//span[contains(@class,'name')]")]


def test_headers_without_our_fields_fill_what_they_can(site: Path) -> None:
    frus = page(site, "frus-frus1918Russiav03-d57")
    facts = {d.get("data-field"): text(d.xpath("dd")[0])
             for d in frus.xpath("//dl[@class='facts']/div")}
    assert facts["date"] == "13 March 1918, 10:00"
    assert facts["from"] == "Summers, Moscow"
    assert facts["to"] == "Secretary of State"
    assert facts["source"].startswith("https://history.state.gov/")
    assert text(frus.xpath("//span[contains(@class,'note-inline')]")[0]) == "File No. 861.51/284"


def test_remote_images_are_never_loaded(site: Path) -> None:
    postcard = page(site, "schnitzler-briefe-L04148")
    assert postcard.xpath("//img") == []
