"""A RELAX NG validator in pure Python (Brzozowski derivatives, after James Clark's
algorithm), reporting every error with jing's recovery rules: used for official TEI schemas.

`load.compile_grammar` turns a schema file into a picklable `Grammar`; `check.check_tree`
lists the errors of a parsed document.
"""
