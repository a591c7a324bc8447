"""Audit of `tei register suggest`'s XML stubs (`tei.register_suggest.to_xml`): the comment
naming the register file took the `--register` folder as given, so a folder such as
`my--register` (or one ending in `-`) gave a comment XML cannot hold and stubs that could
not be pasted into the register. Every comment is now made safe, as the evidence's are."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.register_suggest import Context, Suggestion, to_xml


@pytest.mark.parametrize("folder", ["my--register", "reg-", "a-->b"])
def test_the_register_folder_cannot_break_the_comment(folder: str) -> None:
    item = Suggestion("person", "Ann Lee", "per-ann-lee", (), 1, 1,
                      (Context("x.xml", 3, "Ann Lee said"),))
    out = to_xml([item], folder)
    root = etree.fromstring(f"<r>{out}</r>".encode())
    assert root.find("person/persName").text == "Ann Lee"
    assert len(root.xpath("comment()")) == 2
