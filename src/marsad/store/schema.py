"""The store's schema, changed only through numbered migrations recorded in the database."""

from __future__ import annotations

import duckdb

_ACTOR = "{p}_text VARCHAR, {p}_start INTEGER, {p}_end INTEGER, {p}_name VARCHAR, {p}_country VARCHAR, " \
         "{p}_sector VARCHAR, {p}_code VARCHAR, {p}_id VARCHAR"

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "documents, sentences, mentions and events", (
        """CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, date DATE, source VARCHAR, title VARCHAR,
            url VARCHAR, text VARCHAR NOT NULL, duplicate_of VARCHAR, coder_version VARCHAR,
            dictionaries VARCHAR, ingested_at TIMESTAMP DEFAULT current_timestamp)""",
        "CREATE INDEX documents_hash ON documents (content_hash)",
        """CREATE TABLE sentences (doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, start_offset INTEGER,
            end_offset INTEGER)""",
        """CREATE TABLE mentions (doc_id VARCHAR NOT NULL, start_offset INTEGER, end_offset INTEGER, text VARCHAR,
            type VARCHAR, rule VARCHAR, nominal BOOLEAN, sentence INTEGER, actor_name VARCHAR,
            actor_country VARCHAR, actor_sector VARCHAR, actor_code VARCHAR, actor_id VARCHAR)""",
        f"""CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, date DATE, event_type VARCHAR, mode VARCHAR,
            cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER, negated BOOLEAN, modality VARCHAR,
            reported BOOLEAN, confidence DOUBLE, rule VARCHAR, trigger_text VARCHAR, trigger_start INTEGER,
            trigger_end INTEGER, sentence_index INTEGER, sentence_start INTEGER, sentence_end INTEGER,
            {_ACTOR.format(p="actor")}, {_ACTOR.format(p="recipient")},
            location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
            record JSON NOT NULL, plover JSON NOT NULL, coder_version VARCHAR, dictionaries VARCHAR)""",
        "CREATE INDEX events_doc ON events (doc_id)",
        "CREATE INDEX events_date ON events (date)",
    )),
    (2, "near-duplicate stories: MinHash signatures and LSH band keys", (
        "CREATE TABLE doc_signatures (doc_id VARCHAR PRIMARY KEY, signature VARCHAR NOT NULL)",
        "CREATE TABLE doc_bands (band_key BIGINT NOT NULL, doc_id VARCHAR NOT NULL)",
        "CREATE INDEX doc_bands_key ON doc_bands (band_key)",
    )),
)


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations the database lacks, each in its own transaction; returns those applied."""
    con.execute("""CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR,
                   applied_at TIMESTAMP DEFAULT current_timestamp)""")
    done = {v for (v,) in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, description, statements in MIGRATIONS:
        if version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for sql in statements:
                con.execute(sql)
            con.execute("INSERT INTO schema_migrations (version, description) VALUES (?, ?)", [version, description])
            con.execute("COMMIT")
        except duckdb.Error:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    return int(con.execute("SELECT max(version) FROM schema_migrations").fetchall()[0][0] or 0)
