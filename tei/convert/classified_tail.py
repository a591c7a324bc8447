"""(frus55) A FRUS source line standing above the text, as the e-volumes and the summarised
documents give it (`Source: National Archives, RG 59, Central Files 1970–73, POL 7 US–USSR.
Secret; Exdis.`): the file is cited up to the stop before the document's classification,
which, with the handling notes after it (`Drafted by ...`), is no part of the shelfmark."""

from __future__ import annotations

import re

_CLASSIFIED = re.compile(r"\.\s++(?:(?:Top\s++Secret|Secret|Confidential|Unclassified"
                         r"|Limited\s++Official\s++Use|No\s++classification\s++marking)\b"
                         # (repost73) a library's release sentence after the file (`Box 131,
                         # "Cables 12/62". Declassified NLK-11-214.`)
                         r"|Declassified\s++(?:NL[A-Z]-\d|E\.\s?O\.\s|(?:per|under|by|in)\s))")


def unclassified(text: str) -> str:
    """`text` without the classification sentence and what follows it."""
    found = _CLASSIFIED.search(text)
    return text[:found.start()] if found else text
