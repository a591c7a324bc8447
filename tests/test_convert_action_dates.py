"""Dates of a document's actions (`tei.convert.action_dates`)."""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.action_dates import read_date, received_date, set_date
from tei.convert.context import Context
from tei.convert.model import Action


def test_a_dateline_date_is_read_with_its_text(resources: Resources) -> None:
    text, value = read_date("Moscow, 14 October 1950", Context(resources, "t"))
    assert text == "14 October 1950" and value.iso() == "1950-10-14"


def test_a_receipt_without_its_year_takes_the_year_in_force(resources: Resources) -> None:
    ctx = Context(resources, "t")
    ctx.year = 1962
    text, value = received_date("05.29 at 06:25", ctx)
    assert value.iso().startswith("1962-05-29") and "1962" not in text


def test_a_receipt_without_a_year_and_none_in_force_gives_no_date(resources: Resources) -> None:
    assert received_date("05.29 at 06:25", Context(resources, "t")) is None


def test_setting_no_date_leaves_the_action_as_it_was(resources: Resources) -> None:
    action = Action()
    set_date(action, None)
    assert not action.when and not action.date_text
