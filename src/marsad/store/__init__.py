"""The embedded event store (DuckDB): schema with numbered migrations, ingest, queries and exports."""
