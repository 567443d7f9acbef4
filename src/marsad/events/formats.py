"""Output formats for events: our JSON record, a PLOVER-shaped JSON record, and ICEWS-like CSV rows."""

from __future__ import annotations

from datetime import date
from typing import Any

from marsad.doc import Document
from marsad.events.record import Event, Participant

CSV_COLUMNS = ("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
               "Event Type", "Mode", "CAMEO Code", "Intensity", "Quad Class", "Negated", "Modality", "Target Name",
               "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "Country",
               "Latitude", "Longitude", "Trigger", "Confidence")


def _plover_actor(p: Participant) -> dict[str, Any]:
    a = p.actor
    out: dict[str, Any] = {"actorText": p.span.text, "code": a.country or "---", "sector": a.sector or "---",
                           "name": a.name, "start": p.span.start, "end": p.span.end}
    if p.implicit:
        out["implicit"] = True
        if p.antecedent is not None:
            out["antecedent"] = p.antecedent.to_dict()
    return out


def _markup(doc: Document, e: Event) -> str:
    """The sentence with (SRC: ...), (TAR: ...) and (EVT: ...) around the event's spans, as PLOVER's textInfo."""
    s0, s1 = e.sentence[1], e.sentence[2]
    marks = [(e.trigger.start, e.trigger.end, "EVT")]
    for p, tag in ((e.actor, "SRC"), (e.recipient, "TAR")):
        if p is not None and not p.implicit:
            marks.append((p.span.start, p.span.end, tag))
    out, pos = [], s0
    for start, end, tag in sorted(m for m in marks if s0 <= m[0] < m[1] <= s1):
        if start < pos:
            continue  # overlapping spans: keep the first
        out.append(doc.text[pos:start])
        out.append(f"({tag}: {doc.text[start:end]})")
        pos = end
    out.append(doc.text[pos:s1])
    return "".join(out)


def to_plover(doc: Document, e: Event, version: str) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "id": e.id, "date": e.date.isoformat() if e.date else None,
        "source": [_plover_actor(e.actor)] if e.actor else [],
        "target": [_plover_actor(e.recipient)] if e.recipient else [],
        "event": e.event_type, "mode": e.mode or "", "eventText": e.trigger.text, "context": "",
        "text": doc.text[e.sentence[1]:e.sentence[2]], "textInfo": {"markup": _markup(doc, e)},
        "language": "ar", "publication": doc.source or "", "coder": "marsad", "version": version,
        "dateCoded": date.today().isoformat(), "cameo": e.cameo, "goldstein": e.goldstein,
        "quadClass": e.quad_class, "negated": e.negated, "modality": e.modality, "confidence": e.confidence,
    }
    if e.location is not None:
        loc = e.location
        rec["location"] = {"text": loc.span.text, "name": loc.actor.name, "country": loc.actor.country,
                           "lat": loc.actor.lat, "lon": loc.actor.lon}
    return rec


def to_csv_row(doc: Document, e: Event) -> list[object]:
    a, r, loc = e.actor, e.recipient, e.location
    return [e.id, e.date.isoformat() if e.date else "", a.actor.name if a else "", a.actor.sector if a else "",
            a.actor.country if a else "", doc.text[e.sentence[1]:e.sentence[2]], e.event_type, e.mode or "",
            e.cameo, e.goldstein, e.quad_class, e.negated, e.modality, r.actor.name if r else "",
            r.actor.sector if r else "", r.actor.country if r else "", doc.id, e.sentence[0], doc.source or "",
            loc.actor.name if loc else "", loc.actor.country if loc else "", loc.actor.lat if loc else "",
            loc.actor.lon if loc else "", e.trigger.text, e.confidence]
