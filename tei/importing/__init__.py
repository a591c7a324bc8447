"""Other editions' TEI brought in: `tei import` (documents) and `tei register import`
(lists of persons, places and organisations).

    from tei.importing import import_files
    batch = import_files([Path("letter.xml")], Path("corpus/tei"), Path("corpus/register"),
                         Edition())

Each document is parsed with the hardened parser, its markup mapped to ours (`markup`,
`structure`), its names linked to the register by authority id (`names`, `authority`), its
header rebuilt with provenance (`header`), then checked: every word kept, valid against our
grammar and rules. A document that fails a check is reported and not written.
"""

from tei.importing.batch import Batch, Result, import_files
from tei.importing.lists import Merge, merge_lists

__all__ = ["Batch", "Merge", "Result", "import_files", "merge_lists"]
