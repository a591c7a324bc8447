"""Resources built once per process (tei/convert/context.py)."""

from __future__ import annotations

import gc

from tei.convert.loading import load_resources


def test_loaded_resources_are_left_out_of_the_collectors_generations() -> None:
    res = load_resources()
    trie = res.register._trie
    assert gc.get_freeze_count() > 0
    assert not any(tracked is trie for tracked in gc.get_objects())
