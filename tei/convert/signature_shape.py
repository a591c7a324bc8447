"""Whether a short line has a signature's shape: capitalised words of a name, its linking
words and particles, perhaps after a signing mark (`/s/`, `(Sgd.)`, `ss.`) or a rank."""

from __future__ import annotations

import re

from tei.convert.markup import drop_enclosed
from tei.convert.namerules import INITIALLED_RUN
from tei.convert.register import Register

# (lead42) and a surname's particles in small letters (`Van den Bosch`, `Ter Beek`, `Sá da
# Bandeira`, `Costa del Río`, `von und zu Guttenberg`)
LINKING = {"in", "of", "the", "for", "to", "and", "de", "von", "van", "der", "bin", "ibn",
           "den", "ter", "da", "dos", "del", "della", "di", "zu", "und"}
# an Arabic name's article before its capital (`Salim al-Rawi`, `Ahmad el-Sayed`)
# (other42) and a French or Italian surname's elided particle (`d’Harcourt`, `d'Annunzio`)
# (lead35) and a particle run into an initial (`Nicholas deB. Katzenbach`)
_ARTICLE = re.compile(r"^(?:(?:(?:al|el|ul|ud|ad|ar|as|ash|az|an|at)-|d['’])[A-Z]"
                      r"|(?:de|da|di|du|van|von)[A-Z]\.$)")
_TERMINAL = re.compile(r"[.!?:;,]$")
# (cables84) a list's point opened by its letter or number in brackets (`(A) BASIC
# DISAGREEMENT BET`, a cable's first point under `... MAINLY ON FOUR ISSUES:` where a store
# cut the page): text, never a name, however capitalised (`(s)` is the conformed
# signature's mark)
_BRACKETED_POINT = re.compile(r"^\((?:[A-RT-Za-rt-z]|\d{1,2})\)\s++\S")
# (cables84) words of a sentence that no name and no office holds (a capitals cable's line
# closing a sentence over a cut paragraph, `SHOULD ADVERSE PUBLIC DEMONSTRATIONS OCCUR.`):
# modal and auxiliary verbs, pronouns, conjunctions; never a signature
_SENTENCE_WORDS = frozenset({"should", "would", "could", "must", "shall", "have", "has", "had",
                             "was", "were", "is", "are", "been", "not", "that", "which", "we",
                             "our", "they", "their", "if", "but", "than", "because"})
# (wcdc85) a sentence's opening word that no signature opens with (`According to Xua`, the
# last line of a page the store cut inside a sentence): a phrase of the text, never a name
_OPENING_WORDS = frozenset({"according", "regarding", "concerning", "following", "although",
                            "however", "during", "whereas", "while", "when", "since"})
# (ocr96) a report's section head repeated at a scanned page's head, its Roman number
# before an article in capitals (`I. THE COMMUNIST BLOC`): no initial of a name
_SECTION_HEAD = re.compile(r"^[IVX]{1,4}\.\s++(?:THE|AN?)\s")
_DETACHED_STOP = re.compile(r"(?<=\w)\s+\.$")
_SIGNED = re.compile(r"^(?:\((?i:signed|sgd\.?)\)|(?i:signed|sgd\.?),?|/-/|/s/|\(\s?[-–—]\s?\)"
                     r"|Isl|Is/|/sl|ls/|lsl"  # (ocr79) a scan's OCR of the conformed `/s/`
                     r"|ss[./]|\(ss\))\s*+(?=[A-Z])"  # (wcda77) the Romanian `ss.` (semnat)
                     # (invent27) the Polish `/-/` and the American `/s/` marks before the name
                     # (invent25) a Czech, Slovak or Polish officer's rank cut short in small
                     # letters before his name (`npor. Miroslav Hájek`, `płk Jan Nowak`)
                     r"|^(?:ppor|por|npor|kpt|škpt|mjr|pplk|plk|ppłk|płk|gen|genmjr)\.?\s++"
                     r"(?=[A-ZÀ-ÝČŠŽŘŁ][a-zà-ÿčšžřěůł])"  # (signed51) `v.r.`, `m.p.`, `s.k.`
                     # (signed by hand) after the name
                     # (wcda77) the Serbo-Croatian `s.r.` (svojeručno) too (`Mićunović, s.r.`)
                     r"|(?<![\s,]),?\s++(?:v\.\s?r|m\.\s?p|s\.\s?k|s\.\s?r)\.$")


def signature_like(text: str) -> bool:
    """A short line of capitalised words (linking words, wcda65 dashes), no digits: a name, maybe
    after its mark (`Signed, X.`; in capitals or after an initial or `Jr.`, a full stop)."""
    if _BRACKETED_POINT.match(text):
        return False
    core = re.sub(r"(?<!\s)\s++(?=,)", "",
                  drop_enclosed(_SIGNED.sub("", text), ("[]", "()"), " ")).strip()
    core = _DETACHED_STOP.sub(".", core) if core.endswith(".") else core  # (speed22) quick test
    if core.split()[:1] in (["the"], ["of"], ["in"], ["for"], ["to"]):
        return False  # (ocr43) a phrase of a text read line by line (`the Government of China`)
    words = [w for w in core.split() if w not in LINKING and w not in ("-", "–", "—")]
    if len(core.split()) > 1 and core.split()[0].casefold() in _OPENING_WORDS:
        return False
    if _SECTION_HEAD.match(core):  # (ocr96) `I. THE COMMUNIST BLOC`, `III. THE WEST`
        return False
    if len(words) > 2 and any(w.strip(".,").casefold() in _SENTENCE_WORDS for w in words):
        return False
    if len(words) >= 3 and all(len(w) == 1 and w.isalpha() for w in words):
        words = ["".join(words)]  # a letter-spaced name, `S H T Y K O V`
    if len(words) > 5 and INITIALLED_RUN.fullmatch(core):  # (misses49) a body's signatures
        return True  # side by side, each of initials and a surname
    if not words or len(words) > 5 or any(ch.isdigit() for ch in core) or ":" in core:
        return False
    if _TERMINAL.search(core) and not re.search(r"\b(?:[A-Z]|Jr|Sr)\.$", core) and not (
            core.endswith(".") and core.isupper()):
        return False
    return all(w[:1].isupper() or w in ("and", "&") or _ARTICLE.match(w) for w in words)


def registered_name_stopped(text: str, register: Register) -> bool:
    """(lead83) A register person's name of two words or more closed by a full stop, alone on
    its line (`Mao Zedong.` under a cable's text, as the translations print it): a
    signature, though a full stop otherwise ends a sentence."""
    core = text.strip()
    if not core.endswith(".") or core.count(" ") < 1 or core.count(" ") > 4:
        return False
    entry = register.lookup(core[:-1].strip())
    return entry is not None and entry.kind == "person"
