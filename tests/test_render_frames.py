"""A page's frame made once (tei/render/frames.py): the packed header is read back, a title
the serialiser would escape or a frame without its markers leaves the page to the
stylesheet, and a whole-corpus page filled into its frame is the page the index stylesheet
writes whole (document pages: tests/test_render_document_call.py)."""

from __future__ import annotations

from saxonche import PySaxonProcessor

from tei.edition import load_edition
from tei.render import context_xml
from tei.render.frames import BODY, TITLE, Frames, unpack
from tei.render.saxon import CORPUS_STYLESHEETS, Renderer
from tei.resources import xslt_dir


def test_packed_strings_are_read_back_by_their_lengths() -> None:
    assert unpack("3 2 0 4 a b1 2 3<p>rest</p>") == (["a ", "", "b1 2"], " 3<p>rest</p>")
    assert unpack("2 0 0 <!DOCTYPE HTML>") == (["", ""], "<!DOCTYPE HTML>")


def test_a_page_is_filled_into_its_frame_made_once() -> None:
    made: list[tuple[str, str, tuple[str, ...]]] = []

    def render(context: str, section: str, scripts: tuple[str, ...]) -> str:
        made.append((context, section, scripts))
        return f"<title>{TITLE} · E</title><main>{BODY}</main>{section}"

    frames = Frames(render)
    assert frames.page("c", "2 7 7 Ü [1]“”personsbody") == (
        "<title>Ü [1]“” · E</title><main>body</main>persons")
    assert frames.page("c", "2 1 7 Bpersons<p/>") == "<title>B · E</title><main><p/></main>persons"
    assert made == [("c", "persons", ())]
    for title in ("A & B", "a<b", "no\u00a0break", "soft\u00adhyphen", "c1\u0085", TITLE):
        assert frames.page("c", f"2 {len(title)} 7 {title}persons<p/>") is None


def test_a_frame_without_its_markers_once_leaves_every_page_to_the_stylesheet() -> None:
    frames = Frames(lambda context, section, scripts: f"{TITLE}{TITLE}{BODY}")
    assert frames.page("c", "2 1 7 Bpersons<p/>") is None


def test_an_index_page_filled_into_its_frame_is_the_page_written_whole() -> None:
    context = context_xml(load_edition(), {"root": ""})
    processor = PySaxonProcessor(license=False)
    whole = processor.new_xslt30_processor().compile_stylesheet(
        stylesheet_file=str(xslt_dir() / "index" / "index.xsl"))
    whole.set_property("!encoding", "utf-8")
    whole.set_parameter("context", processor.parse_xml(xml_text=context))
    page = '<search-page path="search.html"/>'
    expected = whole.transform_to_string(xdm_node=processor.parse_xml(xml_text=page))
    assert Renderer.shared(CORPUS_STYLESHEETS).index(page, context) == {"search.html": expected}
    assert expected.startswith("<!DOCTYPE HTML><html")
