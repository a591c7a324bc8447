"""xslt/text/wrap.xsl: `tt:wrap-lines` fills each line greedily with whole words, as the
textbook algorithm does one word at a time (a word longer than the width alone on its line)."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from saxonche import PySaxonProcessor, PyXsltExecutable

from tei.resources import xslt_dir

_CALLER = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tt="urn:x-tei-telegrams">
  <xsl:import href="{wrap}"/>
  <xsl:param name="text" as="xs:string"/>
  <xsl:param name="width" as="xs:integer"/>
  <xsl:output method="text"/>
  <xsl:template name="xsl:initial-template">
    <xsl:value-of select="string-join(tt:wrap-lines($text, $width), '&#10;')"/>
  </xsl:template>
</xsl:stylesheet>"""


@cache
def _wrapper() -> tuple[PySaxonProcessor, PyXsltExecutable]:
    processor = PySaxonProcessor(license=False)
    wrap = (xslt_dir() / "text" / "wrap.xsl").resolve().as_uri()
    compiler = processor.new_xslt30_processor()
    return processor, compiler.compile_stylesheet(stylesheet_text=_CALLER.format(wrap=wrap))


def wrap_lines(text: str, width: int) -> list[str]:
    processor, executable = _wrapper()
    executable.set_parameter("text", processor.make_string_value(text))
    executable.set_parameter("width", processor.make_integer_value(width))
    result = executable.call_template_returning_string() or ""
    return result.split("\n") if result else []


def greedy(text: str, width: int) -> list[str]:
    """One word at a time: the word joins the line if it fits, else starts the next one."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


WORD = st.text(st.sampled_from("abcé\U0001d400-.,"), min_size=1, max_size=30)
TEXT = st.lists(st.tuples(WORD, st.sampled_from([" ", "  ", "\n", "\t"])), max_size=60).map(
    lambda pairs: "".join(word + gap for word, gap in pairs))


@settings(max_examples=200, deadline=None)
@given(TEXT, st.integers(min_value=20, max_value=72))
def test_lines_are_filled_greedily_with_whole_words(text: str, width: int) -> None:
    assert wrap_lines(text, width) == greedy(text, width)
