"""Surface forms of a trigger lexeme: verb conjugations (with object pronouns) and verbal-noun forms, all
normalised. Proclitics (و ف س ل; ب ك ال for nouns) are handled at look-up time, not generated here."""

from __future__ import annotations

from marsad.text.normalize import norm

_OBJECTS = ("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ني")
_PAST_SUBJECTS = ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم")
_PRESENT_PREFIXES = ("ي", "ت", "ن")  # not أ (I): أسلحه would read أسلحة (weapons), أبعد "further"
_PRESENT_ENDINGS = ("", "ون", "ان", "ين", "ن", "وا")
_POSSESSIVES = ("", "ه", "ها", "هم", "هما", "نا")


def _with_objects(stem: str, ending: str) -> list[str]:
    """stem + subject ending + object pronoun; وا drops its alef before a pronoun (استقبلوه)."""
    out = [stem + ending]
    base = stem + (ending[:-1] if ending in ("وا",) else ending)
    out += [base + o for o in _OBJECTS if o]
    return out


def verb_forms(past: str = "", present: str = "") -> set[str]:
    forms: set[str] = set()
    if past:
        p = norm(past)
        for ending in _PAST_SUBJECTS:
            forms.update(_with_objects(p, ending))
    if present:
        s = norm(present)
        stem = s[1:] if s[:1] in ("ي", "ت") else s
        for prefix in _PRESENT_PREFIXES:
            for ending in _PRESENT_ENDINGS:
                forms.update(_with_objects(prefix + stem, ending))
    return forms


def noun_forms(masdar: str) -> set[str]:
    m = norm(masdar)
    stem = m[:-1] + "ت" if m.endswith("ه") else m  # زيارة → زيارته
    forms = {m} | {stem + p for p in _POSSESSIVES if p}
    if not m.endswith(("ات", "ه")):
        forms.add(m + "ات")
    if not m.endswith(("ه", "ا", "ى", "ي", "ء", "ات")):
        forms.add(m + "ا")  # the indefinite accusative after a light verb: شن هجوما، قدم دعما، وجه تهديدا
    if not m.endswith(("ات", "ا", "ى", "ي", "ء")) and len(m) >= 3:
        forms.update({stem + "ين", stem + "ان"})  # the dual: مسيرتين، انفجاران، هجومين
    return forms
