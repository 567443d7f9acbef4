"""A title left bare of the body it heads (الأمين العام, with no لـ / construct naming the organisation) is the
article's latest holder of that office named before it: الأمين العام after الأمين العام للأمم المتحدة أنطونيو
غوتيريس is Guterres, after توشيهيرو نيكاي الأمين العام للحزب the party's. Without an earlier holder it stays as the
actor stage left it."""

from __future__ import annotations

from dataclasses import replace

from marsad.doc import Mention


def _role(m: Mention) -> str | None:
    """The office of a title the actor stage could not tie to a body (rule `title:ROLE`, no role key, no one)."""
    if not (m.nominal and m.role_key is None and m.actor is not None and m.actor.id is None
            and m.rule.startswith("title:")):
        return None
    return m.rule.removeprefix("title:").split("+")[0] or None


def link_bare_titles(mentions: list[Mention]) -> list[Mention]:
    """Each bare title takes the person of the latest earlier mention holding the same office (its role key's
    role) in the article; mentions come in text order."""
    latest: dict[str, Mention] = {}
    out = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        role = _role(m)
        held = latest.get(role) if role else None
        if held is not None and held.actor is not None and held.start < m.start:
            m = replace(m, actor=held.actor, rule=m.rule + "+coref:office")
        elif m.role_key and m.actor is not None and m.actor.id is not None:
            latest[m.role_key[0]] = m
        out.append(m)
    return out
