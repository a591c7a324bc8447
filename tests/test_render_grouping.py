"""Grouping the records (tei/render/grouping.py): documents in order with their facts read
back from the spool, in memory or on disk, and entities with their mentions in arrays."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tei.render import grouping
from tei.render.grouping import Document, Documents, Entity, bounds, group, years

FACTS = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
DOCUMENTS = st.lists(st.builds(Document, FACTS, st.sampled_from(["", "1950-01-02", "1961"]),
                               st.sampled_from([(), ("person per-a",)]),
                               st.sampled_from([(), ("org org-b", "person per-c")])),
                     max_size=30)


def record(number: int, entities: str = "") -> str:
    sort = f"1950-01-{number % 28 + 1:02d}"
    return (f'<doc id="d{number}" page="documents/d{number}.html" sort="{sort}">'
            f"<title>Document {number}</title><summary>S</summary>{entities}</doc>")


def person(entity_id: str, roles: str) -> str:
    return (f'<entity kind="person" id="{entity_id}" roles="{roles}" sort="{entity_id}">'
            f"<reg>{entity_id}</reg></entity>")


def stored(documents: list[Document]) -> Documents:
    spool = Documents()
    for document in documents:
        spool.append(document)
    return spool


@settings(max_examples=60)
@given(DOCUMENTS, st.sampled_from([0, 16, 2**20]))
def test_documents_read_back_as_they_were_given(documents: list[Document], memory: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grouping, "SPOOL_MEMORY", memory)  # 0, 16: the spool goes to disk
        spool = stored(documents)
    assert len(spool) == len(documents)
    assert list(spool) == documents
    assert spool[1:4] == documents[1:4] and spool[::-1] == documents[::-1]
    assert spool.sorts == [d.sort for d in documents]
    assert spool.parties == [(d.senders, d.addressees) for d in documents]
    spool.close()


def test_equal_sort_keys_and_parties_are_held_once() -> None:
    spool = stored([Document(f"<d{n}/>", "1950-01-02", ("person per-a",), ()) for n in range(3)])
    assert len({id(sort) for sort in spool.sorts}) == 1
    assert len({id(parties) for parties in spool.parties}) == 1
    assert spool[2].xml == "<d2/>"


def test_a_document_number_out_of_range_is_an_index_error() -> None:
    with pytest.raises(IndexError):
        stored([Document("<d/>", "")])[1]


def test_mentions_are_arrays_of_numbers_and_role_codes() -> None:
    entity = Entity("person", "per-a", "a", False)
    for number, roles in [(0, "sender"), (3, "mentioned"), (7, "sender")]:
        entity.mention(number, roles)
    assert entity.mentions == [(0, "sender"), (3, "mentioned"), (7, "sender")]
    assert list(entity.numbers) == [0, 3, 7] and list(entity.roles) == [0, 1, 0]
    assert entity.count == 3


def test_grouping_keeps_documents_in_order_and_entities_with_their_roles() -> None:
    with group([record(0, person("per-a", "sender") + person("per-b", "mentioned")),
                record(1, person("per-a", "addressee mentioned"))]) as corpus:
        assert corpus.documents.sorts == ["1950-01-01", "1950-01-02"]
        assert corpus.documents[0].senders == ("person per-a",)
        assert corpus.documents[1].addressees == ("person per-a",)
        assert "<entity" not in corpus.documents[0].xml
        assert "<summary" not in corpus.documents[0].xml
        assert corpus.entities[("person", "per-a")].mentions == [(0, "sender"),
                                                                  (1, "addressee mentioned")]


def test_grouping_takes_the_records_one_at_a_time() -> None:
    taken: list[int] = []

    def records() -> object:
        for number in range(3):
            taken.append(number)
            yield record(number)
    assert len(group(records()).documents) == 3  # type: ignore[arg-type]
    assert taken == [0, 1, 2]


@given(st.integers(min_value=0, max_value=500), st.integers(min_value=1, max_value=60))
def test_bounds_cover_every_number_once_in_pieces_of_the_size(count: int, size: int) -> None:
    parts = bounds(count, size)
    assert [n for part in parts for n in part] == list(range(count))
    assert all(1 <= len(part) <= size for part in parts) or parts == [range(0)]


@pytest.mark.parametrize(("sorts", "expected"), [
    (["1950-01-02", "1950-03"], "1950"), (["1950-01-02", "", "1953"], "1950–1953"),
    (["", ""], "undated"), ([], "undated")])
def test_years_label_a_page_of_documents(sorts: list[str], expected: str) -> None:
    assert years(sorts) == expected
