"""The records database (SQLite): the audit trail of runs, reviewers' decisions.

`database` finds and opens it (WAL, busy timeout, retries, migrations), `schema`
holds the numbered migrations, `trail` writes runs and their rows, `history`
reads them back.  Plain SQL on plain tuples: what goes in is decided in
`screen.runs`.  Open the file with `sqlite3` to read it directly.
"""
