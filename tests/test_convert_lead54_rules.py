"""Rules from the unseen-layout probe of session 39 (lead54: a commercial publisher's document
viewer over a Foreign Office telegram, a newspaper archive's article quoting a cablegram, an
archives portal's record over a transcription):

- a site's foot links copied one to a line (`Terms and Conditions`, `Accessibility`,
  `Privacy Policy`, `Cookie settings`) are the site's (table `page-furniture`, row
  `site-links`), never signers or persons under the document.
"""

from __future__ import annotations

import pytest

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_VIEWER = """Home
Search
Browse Documents
Help
Log out
« Previous document
Next document »
Document Details
Title: Telegram from Mr. Trevelyan, Peking, No. 88: the Chinese reply on the detained ships
Reference: FO 371/99231
Date: 14 March 1954

FROM PEKING TO FOREIGN OFFICE

Cypher/OTP
No. 88
14th March, 1954.

The Vice-Minister told me this morning that the two ships would be released as soon as
their cargoes had been examined, and that the crews were being well treated.

Image 1 of 1
{foot}
"""


@pytest.mark.parametrize("foot", [
    "Terms and Conditions\nAccessibility\nPrivacy Policy",
    "Cookie settings\nPrivacy statement\nSitemap"])
def test_a_sites_foot_links_one_to_a_line_are_no_signers(resources: Resources,
                                                         foot: str) -> None:
    text = _VIEWER.format(foot=foot)
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert facts["signed"] is None
    assert not any(f"#per-{word}" in xml for word in ("conditions", "accessibility", "sitemap"))
