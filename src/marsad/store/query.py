"""Queries over the store: filtered events, dyad time series, the most active actors and unknown names. Each
returns a DuckDB relation: `.fetchall()`, `.arrow()`, `.pl()` or `.df()` give rows, Arrow, polars or pandas."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

PERIODS = {"day": "day", "week": "week", "month": "month"}


@dataclass(frozen=True)
class EventFilter:
    since: date | None = None
    until: date | None = None
    event_types: tuple[str, ...] = ()
    quad_class: int | None = None
    actor_country: str | None = None
    recipient_country: str | None = None
    sector: str | None = None  # actor's or recipient's
    name: str | None = None  # in the actor's or recipient's name (case-insensitive)
    location: str | None = None  # location name or country
    source: str | None = None
    text: str | None = None  # in the sentence of the event
    reported_only: bool = False

    def where(self) -> tuple[str, list[object]]:
        clauses = ["NOT e.negated"]
        params: list[object] = []
        pairs = [("e.date >= ?", self.since), ("e.date <= ?", self.until), ("e.quad_class = ?", self.quad_class),
                 ("e.actor_country = ?", self.actor_country), ("e.recipient_country = ?", self.recipient_country),
                 ("d.source = ?", self.source)]
        for sql, value in pairs:
            if value is not None:
                clauses.append(sql)
                params.append(value)
        if self.event_types:
            clauses.append("e.event_type IN (" + ", ".join("?" * len(self.event_types)) + ")")
            params.extend(self.event_types)
        if self.sector:
            clauses.append("(e.actor_sector = ? OR e.recipient_sector = ?)")
            params += [self.sector, self.sector]
        if self.name:
            clauses.append("(e.actor_name ILIKE ? OR e.recipient_name ILIKE ?)")
            params += [f"%{self.name}%"] * 2
        if self.location:
            clauses.append("(e.location_name ILIKE ? OR e.location_country = ?)")
            params += [f"%{self.location}%", self.location]
        if self.text:
            clauses.append("contains(substring(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start), ?)")
            params.append(self.text)
        if self.reported_only:
            clauses.append("e.reported")
        return " AND ".join(clauses), params


def events(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None, limit: int | None = None
           ) -> duckdb.DuckDBPyRelation:
    where, params = (flt or EventFilter()).where()
    sql = ("SELECT e.event_id, e.doc_id, e.date, e.event_type, e.mode, e.cameo, e.goldstein, e.quad_class, "
           "e.actor_name, e.actor_country, e.actor_sector, e.recipient_name, e.recipient_country, "
           "e.recipient_sector, e.location_name, e.trigger_text, e.confidence, e.reported, d.source "
           f"FROM events e JOIN documents d USING (doc_id) WHERE {where} ORDER BY e.date, e.event_id")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return con.sql(sql, params=params)


def dyads(con: duckdb.DuckDBPyConnection, period: str = "month", flt: EventFilter | None = None
          ) -> duckdb.DuckDBPyRelation:
    """Counts and Goldstein sums per actor–recipient country pair and period."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {sorted(PERIODS)}")
    where, params = (flt or EventFilter()).where()
    sql = (f"SELECT CAST(date_trunc('{PERIODS[period]}', e.date) AS DATE) AS period, e.actor_country, "
           "e.recipient_country, count(*) AS events, round(sum(e.goldstein), 2) AS goldstein "
           "FROM events e JOIN documents d USING (doc_id) "
           f"WHERE {where} AND e.actor_country IS NOT NULL AND e.recipient_country IS NOT NULL "
           "AND e.date IS NOT NULL GROUP BY ALL ORDER BY period, events DESC")
    return con.sql(sql, params=params)


def actors(con: duckdb.DuckDBPyConnection, limit: int = 20) -> duckdb.DuckDBPyRelation:
    """The most active coded actors (as actor or recipient)."""
    return con.sql(
        "SELECT name, country, sector, count(*) AS events FROM ("
        " SELECT actor_name AS name, actor_country AS country, actor_sector AS sector FROM events"
        " WHERE actor_name IS NOT NULL AND NOT negated UNION ALL"
        " SELECT recipient_name, recipient_country, recipient_sector FROM events"
        " WHERE recipient_name IS NOT NULL AND NOT negated)"
        f" GROUP BY ALL ORDER BY events DESC LIMIT {int(limit)}")


def unknown_names(con: duckdb.DuckDBPyConnection, limit: int = 20) -> duckdb.DuckDBPyRelation:
    """Person and organisation names found by pattern but in no dictionary: candidates to add."""
    return con.sql(
        "SELECT text, type, count(*) AS mentions FROM mentions WHERE actor_id IS NULL AND NOT nominal "
        f"AND type IN ('PER', 'ORG') GROUP BY ALL ORDER BY mentions DESC LIMIT {int(limit)}")
