"""xslt/common/dates.xsl: dates written in words without format-date (slow in SaxonC) read
exactly as format-date writes them, for every kind of value tt:format-when is given."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from saxonche import PySaxonProcessor, PyXsltExecutable

from tei.resources import xslt_dir

_CALLER = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tt="urn:x-tei-telegrams">
  <xsl:import href="{dates}"/>
  <xsl:param name="values" as="xs:string"/>
  <xsl:output method="text"/>
  <xsl:template name="xsl:initial-template">
    <xsl:value-of select="string-join(tokenize($values, '\\|') ! tt:format-when(.), '|')"/>
  </xsl:template>
  <xsl:template name="words">
    <xsl:value-of select="string-join(tokenize($values, '\\|') ! (tt:date-words(xs:date(.))
        || '=' || format-date(xs:date(.), '[D] [MNn] [Y]', 'en', (), ())), '|')"/>
  </xsl:template>
</xsl:stylesheet>"""


@cache
def _dates() -> tuple[PySaxonProcessor, PyXsltExecutable]:
    processor = PySaxonProcessor(license=False)
    dates = (xslt_dir() / "common" / "dates.xsl").resolve().as_uri()
    compiler = processor.new_xslt30_processor()
    return processor, compiler.compile_stylesheet(stylesheet_text=_CALLER.format(dates=dates))


def _call(values: list[str], template: str | None = None) -> list[str]:
    processor, executable = _dates()
    executable.set_parameter("values", processor.make_string_value("|".join(values)))
    return (executable.call_template_returning_string(template) or "").split("|")


def test_a_date_in_words_is_what_format_date_writes() -> None:
    days = [date(1, 1, 1), date(999, 12, 31), date(9999, 12, 31)]
    days += [date(1939, 1, 1) + timedelta(days=n) for n in range(0, 20000, 37)]
    values = [day.isoformat() for day in days]
    values += ["1951-07-05Z", "-0044-03-15", "0000-01-01", "10000-01-01"]
    for pair in _call(values, "words"):
        words, formatted = pair.split("=")
        assert words == formatted


def test_each_kind_of_value_is_written_as_before() -> None:
    values = ["1951-07-05", "1951-07-05+03:00", "1951-07-05T21:00:00", "1951-07-05T09:05:00Z",
              "1951-07-05T21:00:30", "1951-07-05T24:00:00", "1951-07", "1951-13", "--07-05",
              "1951", " 1951-07-05 ", "1900-02-29", "x"]
    assert _call(values) == [
        "5 July 1951", "5 July 1951", "5 July 1951, 21:00", "5 July 1951, 09:05",
        "5 July 1951, 21:00:30", "6 July 1951, 00:00", "July 1951", "1951-13", "5 July",
        "1951", "5 July 1951", "1900-02-29", "x"]
