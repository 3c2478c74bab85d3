"""Generators of the data tables shipped in `screen/data/`.

Each module here builds one table from a kept, versioned source (a library's own
data) and writes it into the package: `make data` runs them all, and
`tests/test_datagen.py` checks that every shipped table is exactly what its
generator produces.  Nothing here is imported when screening: the sources are
build and test dependencies only (the `test` extra), never run-time ones.
"""
