"""Exports for sharing the edition: a CMIF file for correspSearch, one teiCorpus file and a
zip of the TEI files with the register and the schemas (one module per export)."""
