"""A printed or archival heading that a copy ran together into one line, set apart again
into the lines it was printed as (repost78).

E-book copies (Kindle, EPUB readers), blog block quotes and word-processor exports often join
a heading's lines with spaces. Two forms are read, each only when its own words show it:

- an edition's document number, the parties' heading and the telegram's number line
  (`No. 41 Sir D. Kelly (Moscow) to Mr. Eden (Received 4 March, 10.15 a.m.) No. 198
  Telegraphic [NS 1022/14] Immediate. Confidential MOSCOW, 3 March 1952, 7.40 p.m.`):
  parted after the leading number and before `No. N Telegraphic`;
- a Soviet cipher telegram's form (`CIPHERED TELEGRAM No. 20117 From HAVANA Special No. 1
  TOP SECRET Making copies is prohibited`): parted before `From`, `Special No.`, the
  classification and the copying ban, only when one of the form's own marks is there (a
  title line `CIPHERED TELEGRAM No. 1187 FROM GROMYKO (NEW YORK) TO MOLOTOV, ...` stays one).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.read import Line

# a quick anchored test: only lines that open like one of the two forms are looked at
_OPENS = re.compile(r"^(?:No\.\s*+\d|(?:CIPHER(?:ED)?|CODED|Ciphered|Cipher)\s++TELEGRAM"
                    r"|(?:Ciphered|Cipher)\s++[Tt]elegram|CIPHERGRAM|Ciphergram)")
# an edition's heading: its number, the parties (a title or initial, ` to `), the number line
_EDITION = re.compile(r"^(?P<no>No\.\s*+\d{1,4}\.?)\s++(?P<parties>(?:Sir|Mr\.?|Mrs\.?|Lord|"
                      r"Viscount|Earl|Marquess|M\.|Count|Baron|General|Field|Admiral|Dr\.?|"
                      r"Prince|Herr|Signor|[A-Z]\.)\s[^\n]{3,160}?\sto\s[^\n]{3,160}?)"
                      r"(?:\s++(?P<tel>No\.\s*+\d[\w/-]*+\s++(?:(?:Saving|Priority|Immediate|"
                      r"Emergency)\.?\s++)?Telegraphic\b[^\n]*+))?$")
# the words of a Soviet cipher form's heading that open a line of their own
_CIPHER_WORDS = (r"Special\s++No\.|Making\s++copies|Copying\s++(?:is\s++)?prohibited"
                 r"|(?:TOP\s++)?SECRET\b|Top\s++[Ss]ecret\b|Strictly\s++[Ss]ecret\b"
                 r"|Series\s++[\"“]?[A-Z]\b|SERIES\s")
_CIPHER_MARK = re.compile(rf"\s(?:{_CIPHER_WORDS})")
_CIPHER_CUTS = re.compile(r"(?<!\s)\s++(?=(?:From|FROM)\s++[A-Z][A-Za-z'’-]++(?:\s|$)"
                          rf"|{_CIPHER_WORDS})")
_CIPHER_HEAD = re.compile(r"^(?:(?:CIPHER(?:ED)?|CODED|Ciphered|Cipher)\s++[Tt][Ee][Ll][Ee][Gg]"
                          r"[Rr][Aa][Mm]|CIPHERGRAM|Ciphergram)\s++(?:No\.?|Nº|#)\s*+\S+\s")


def _parts(text: str) -> list[str]:
    """The heading lines `text` was run together from (just `text` when it is not one)."""
    edition = _EDITION.match(text)
    if edition and (edition["tel"] or re.search(r"\((?=Received\b)[^()]*+\)$", edition["parties"])):
        return [part for part in (edition["no"], edition["parties"], edition["tel"]) if part]
    if _CIPHER_HEAD.match(text) and _CIPHER_MARK.search(text) and " to " not in text \
            and not re.search(r"\bTO\s[A-Z]", text):
        return [part for part in _CIPHER_CUTS.split(text) if part]
    return [text]


def split_merged_headings(lines: list[Line]) -> list[Line]:
    """The lines with each merged heading set apart into its printed lines."""
    out: list[Line] = []
    for line in lines:
        parts = _parts(line.text) if _OPENS.match(line.text) else [line.text]
        if len(parts) == 1:
            out.append(line)
            continue
        out.append(replace(line, text=parts[0]))
        out.extend(Line(line.no, part) for part in parts[1:])
    return out
