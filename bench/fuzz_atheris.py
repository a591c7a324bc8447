"""Coverage-guided fuzzing of `tei convert` with atheris (libFuzzer), seeded with the corpus
and fixture texts:

    .venv/bin/pip install -e '.[fuzz]'
    .venv/bin/python bench/fuzz_atheris.py -max_total_time=600 -timeout=2

Any exception but our diagnostics, and any output invalid against our schema and rules,
stops the run with the input saved by libFuzzer (crash-<sha1>). `bench/fuzz.py` is the
broader run (validate and render too, lost words, slowest inputs).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

with atheris.instrument_imports(include=["tei"]):
    from tei.convert import convert_text, load_resources
    from tei.decoding import decode_text
    from tei.diagnostics import InputError, Severity
    from tei.validate import Validator

RESOURCES = load_resources()
VALIDATOR = Validator()


def test_one_input(data: bytes) -> None:
    """Convert one input; raise when the converter fails other than by a diagnostic or
    writes invalid TEI."""
    try:
        text = decode_text(data, "fuzz.txt").text
        xml = convert_text(text, "fuzz", RESOURCES, path="fuzz.txt").xml
    except InputError:
        return
    report = VALIDATOR.validate_bytes(xml, Path("fuzz.xml"))
    errors = [f.diagnostic.format() for f in report.findings if f.severity is Severity.ERROR]
    if errors:
        raise AssertionError("invalid output:\n" + "\n".join(errors))


def seed_folder() -> str:
    """A folder of the texts to start from (libFuzzer reads its corpus from folders)."""
    folder = Path(tempfile.mkdtemp(prefix="tei-atheris-"))
    for source in ("corpus/raw", "tests/fixtures/telegrams"):
        for path in sorted((ROOT / source).glob("*.txt")):
            (folder / path.name).write_bytes(path.read_bytes())
    return str(folder)


if __name__ == "__main__":
    arguments = [*sys.argv, *([] if any(not a.startswith("-") for a in sys.argv[1:])
                              else [seed_folder()])]
    atheris.Setup(arguments, test_one_input)
    atheris.Fuzz()
