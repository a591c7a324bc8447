"""Replay saved fuzz inputs through the convert check and group their lost words by cause.

    .venv/bin/python bench/fuzz_replay.py bench/out/fuzz/lost-words [--show 3]

Each saved text is converted and checked as the fuzz run checks it (words the seed text
already loses and words documented table rows drop are excused; the seed is the corpus or
fixture text sharing most lines with the input). Every word still lost is traced to the
source line it came from and to the stage that dropped it: `read` (logical lines),
`pages` (page readers: furniture, head, fields, foot), `segment` (zones) or `encode`
(recognise and encode, with the zone the line was in). Causes are grouped by stage, zone
and the line's shape (its text with digits as `9`), most frequent first.
"""

from __future__ import annotations

import argparse
import re
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.fuzz import seeds  # noqa: E402
from bench.fuzz_targets import Targets, words  # noqa: E402
from tei.convert.context import Context  # noqa: E402
from tei.convert.loading import Resources  # noqa: E402
from tei.convert.pages import read_pages  # noqa: E402
from tei.convert.pages.frontmatter import split_front_matter  # noqa: E402
from tei.convert.read import Line, logical_lines  # noqa: E402
from tei.convert.zones import Segments  # noqa: E402
from tei.convert.zoning import segment  # noqa: E402
from tei.decoding import decode_text, drop_non_xml  # noqa: E402
from tei.diagnostics import InputError  # noqa: E402

_DIGITS = re.compile(r"\d+")
_ZONES = ("heading", "message", "footnotes", "processing")


@dataclass(frozen=True)
class Cause:
    """Where a lost word came from: the stage that dropped it, the zone its line was in at
    that point, and the shape of its source line."""

    stage: str
    zone: str
    shape: str


@dataclass
class Stages:
    """The words left after each stage of the pipeline, and the zone of every line."""

    read: set[str]
    pages: set[str]
    zones: set[str]
    starts: list[tuple[int, str]]

    def zone_of(self, number: int) -> str:
        """The zone of the logical line that source line `number` belongs to."""
        at = bisect_right(self.starts, (number, "~")) - 1
        return self.starts[at][1] if at >= 0 else "none"


def _line_words(lines: list[Line]) -> set[str]:
    return words(" ".join(line.text for line in lines))


def _page_lines(seg: Segments) -> list[Line]:
    """The lines the page readers moved into `seg` (header facts)."""
    lines = [line for line in (seg.page_date, seg.page_title, seg.summary) if line]
    lines += [line for values in (*seg.fields.values(), *seg.keywords.values()) for line in values]
    return [*lines, *seg.licence, *seg.related]


def _page_words(seg: Segments) -> set[str]:
    """The words the page readers moved into `seg`."""
    facts = " ".join([*seg.references, *seg.facts.values(), seg.funder])
    return _line_words(_page_lines(seg)) | words(facts)


def trace(text: str, resources: Resources) -> Stages:
    """Run the convert pipeline up to the zones, keeping what each stage kept."""
    text, _ = drop_non_xml(text, "replay")
    ctx = Context(resources, "replay")
    seg = Segments()
    lines = logical_lines(split_front_matter(text, seg, ctx), resources.patterns.is_furniture)
    read = _line_words(lines) | words(" ".join(seg.facts.values()))
    kept = read_pages(lines, seg, ctx)
    pages = _line_words(kept) | _page_words(seg)
    segment(kept, seg, ctx)
    zoned = [line for zone in _ZONES for line in getattr(seg, zone)]
    zones = _line_words(zoned) | _page_words(seg)
    starts = [(line.no, zone) for zone in _ZONES for line in getattr(seg, zone)]
    starts += [(line.no, "page") for line in _page_lines(seg)]
    return Stages(read, pages, zones, sorted(starts))


def causes(text: str, lost: set[str], stages: Stages) -> list[tuple[Cause, str]]:
    """The cause of every lost word, with the source line it came from."""
    found = []
    source = text.splitlines()
    for word in sorted(lost):
        number, line = next(((n, s) for n, s in enumerate(source, 1) if word in words(s)),
                            (0, ""))
        if word not in stages.read:
            stage, zone = "read", "-"
        elif word not in stages.pages:
            stage, zone = "pages", "-"
        elif word not in stages.zones:
            stage, zone = "segment", "-"
        else:
            stage = "encode"
            zone = stages.zone_of(number)
        shape = _DIGITS.sub("9", " ".join(line.split()))[:70]
        found.append((Cause(stage, zone, shape), line))
    return found


def _seed_for(text: str, texts: list[str]) -> str:
    """The seed text sharing most lines with `text`."""
    lines = {line.strip() for line in text.splitlines() if line.strip()}
    return max(texts, key=lambda seed: len(lines & {s.strip() for s in seed.splitlines()}))


def replay(paths: list[Path], show: int) -> Counter[Cause]:
    """Check every saved input; print the causes of lost words, most frequent first."""
    targets = Targets(limit=2.0)
    texts, _ = seeds()
    counts: Counter[Cause] = Counter()
    examples: dict[Cause, list[str]] = defaultdict(list)
    lost_inputs = 0
    for path in paths:
        data = path.read_bytes()
        try:
            kind, detail = targets.convert(0, data, _seed_for(decode_text(data).text, texts))
        except InputError:
            continue
        if kind != "lost-words":
            continue
        lost_inputs += 1
        text = decode_text(data).text
        for cause, line in causes(text, set(detail.split()), trace(text, targets.resources)):
            counts[cause] += 1
            examples[cause].append(f"{path.name}: {line.strip()[:100]}")
    print(f"replay: {lost_inputs} of {len(paths)} inputs still lose words; "
          f"{sum(counts.values())} words")
    for cause, n in counts.most_common():
        print(f"{n:5d}  {cause.stage:<7} {cause.zone:<11} {cause.shape}")
        for example in examples[cause][:show]:
            print(f"         {example}")
    return counts


def main() -> int:
    """Parse the arguments and replay; exit 1 when any input still loses words."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path,
                        default=[ROOT / "bench" / "out" / "fuzz" / "lost-words"])
    parser.add_argument("--show", type=int, default=2, help="example lines per cause")
    args = parser.parse_args()
    paths = sorted(p for folder in args.folders for p in folder.glob("*.txt"))
    return 1 if replay(paths, args.show) else 0


if __name__ == "__main__":
    sys.exit(main())
