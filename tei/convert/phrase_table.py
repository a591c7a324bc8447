"""A label table's labels found as whole phrases in a text by one scan (`Patterns.phrases`)."""

from __future__ import annotations

import re

from tei.convert.compiled_regex import compile_cached

_KEY = 3  # characters of a label `PhraseTable` files it under


class PhraseTable:
    r"""The labels of a label table, found as whole phrases by one scan of a text: a regex
    tells every place where some label stands, then the labels opening with the character
    there are compared (a label's own regex would be `(?<!\w)label(?!\w)`)."""

    def __init__(self, labels: list[tuple[str, str]]) -> None:
        self.labels = labels
        # (speed77) the labels by their first `_KEY` characters (a shorter label by itself):
        # at a place the scanner tells, only those whose key the text has there are compared
        self.by_key: dict[str, list[int]] = {}
        for i, (label, _) in enumerate(labels):
            self.by_key.setdefault(label[:_KEY], []).append(i)
        self.sizes = tuple(sorted({len(key) for key in self.by_key if key}))
        # longest first, ties by spelling: the same regex in every process (hash seeds differ)
        spelt = sorted({label for label, _ in labels if label}, key=lambda x: (-len(x), x))
        self.scanner = compile_cached(rf"(?<!\w)(?=(?:{'|'.join(map(re.escape, spelt))})(?!\w))"
                                  if spelt else r"(?!)")
        self.empty = re.compile(r"(?<!\w)(?!\w)")

    def find(self, folded: str) -> list[tuple[int, str, str]]:
        """(position, label, value) of the first place of each label in `folded`."""
        first: dict[int, int] = {}
        for found in self.scanner.finditer(folded):
            at = found.start()
            for size in self.sizes:  # (a label's first place: the order of labels is no matter)
                for i in self.by_key.get(folded[at:at + size], ()):
                    label = self.labels[i][0]
                    if i not in first and folded.startswith(label, at) and \
                            not _is_word(folded, at + len(label)):
                        first[i] = at
        empty = self.empty.search(folded) if "" in self.by_key else None
        if empty:
            first.update(dict.fromkeys(self.by_key[""], empty.start()))
        return [(first[i], *self.labels[i]) for i in sorted(first)]


def _is_word(text: str, at: int) -> bool:
    r"""Whether `text[at]` is a word character (`\w`: alphanumeric or `_`)."""
    return at < len(text) and (text[at].isalnum() or text[at] == "_")
