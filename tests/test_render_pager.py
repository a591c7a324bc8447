"""tei/render/pager.py: the navigation filled in from a shape's markup is the stylesheet's,
for any neighbours (plain ones filled in, the others rendered)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tei.render.context import Link
from tei.render.pager import Pager
from tei.render.saxon import Renderer

FACTS = st.text(st.sampled_from("Ab z9,.:;()_/-éş中’'\"\u00a0&<>\u0301\u0085\u2028ǅⅫ²#%"),
                max_size=8)
LINKS = st.none() | st.builds(Link, FACTS, FACTS, FACTS | st.sampled_from(["", " "]))


@settings(max_examples=300, deadline=None)
@given(LINKS, LINKS)
def test_the_navigation_is_the_stylesheets(prev: Link | None, next_: Link | None) -> None:
    renderer = Renderer.shared()
    assert renderer.pager(prev, next_) == renderer._stylesheet_pager(prev, next_)


def test_plain_neighbours_are_filled_in_without_the_stylesheet() -> None:
    calls: list[tuple[Link | None, Link | None]] = []

    def render(prev: Link | None, next_: Link | None) -> str:
        calls.append((prev, next_))
        return Renderer.shared()._stylesheet_pager(prev, next_)

    pager = Pager(render)
    first = Link("a.html", "Cable No. 5, Molotov to Stalin", "5 July 1951")
    second = Link("b.html", "Télégramme", "")
    for _ in range(3):
        assert pager(first, second) == render(first, second)
    assert len(calls) == 1 + 3  # the shape's markup once, then the comparisons only
    assert "&amp;" in pager(Link("c.html", "A & B", ""), None)
