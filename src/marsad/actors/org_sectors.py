"""The sector an unlisted organisation's head noun tells (used by actors/orgs).

A body no dictionary lists is still of a kind its first word names. A party (حزب الخير) is a party (PTY) always; one
whose name states no country — which would be left uncoded, "?" — takes the sector of its head too: a union or
federation (نقابة الصحفيين، الاتحاد الجهوي للصناعة) is of civilians (CVL: PLOVER has no labour sector, as for the
UGTT), an association or league (جمعية حماية المستهلك، رابطة الكتاب) a non-governmental body (NGO), the definite front
(الجبهة الشعبية) a party, a public authority (الهيئة العليا المستقلة للانتخابات، هيئة الأوراق المالية) the
government's (GOV), and a police or guard post (مركز الأمن، مركز للشرطة، مركز الحرس البحري) the police (COP); its
country is then where the sentence is told (events/localise). A name that states its country (نقابة الصحفيين
التونسيين) keeps the country alone, as before: the judges took that for right.

Not a front line (جبهة الساحل الغربي، جبهة القتال: indefinite, a place of war), nor a staff or board named by هيئة
(هيئة التدريس، الهيئة الإدارية، الهيئة المديرة، هيئة الدفاع: people, not an authority); not a business or a medium
(شركة "X"، المصرف): a firm named bare is as often foreign as local, and a sector alone pulls the roles to it. Nor
a head whose next word is an indefinite accusative (عقد الاتحاد اجتماعا): the head is a verb's subject, that word
its object, and the name a misreading; nor a body named after its staff (موظفي هيئة الطاقة الذرية، عمال
الجمعية): the people, whom the body's sector does not code (its members, أعضاء الهيئة, speak for it).
"""

from __future__ import annotations

from marsad.text.normalize import norm, norm_words

# the head words of a body and the sector they tell: one table for the two readers of a body's head word, this
# module (an unlisted organisation's own code) and events/headed (the sector of a title heading such a body).
# An organisation named bare takes only the `_MENTION` ones: a club, an organisation or a firm (نادي، منظمة، شركة)
# is as often foreign as local, and a sector alone pulls the roles to it; a title heading one is no state official.
# A head of an authority (هيئة) may be a state's official, so headed reads the civil ones only.
HEAD_SECTORS = {norm(w): s for s, ws in (("CVL", "نقابة اتحاد نادي"), ("NGO", "جمعية رابطة منظمة"), ("BUS", "شركة"),
                                         ("GOV", "هيئة")) for w in ws.split()}
_MENTION = norm_words("نقابة اتحاد جمعية رابطة هيئة")
_SECTORS = {w: HEAD_SECTORS[w] for w in _MENTION}
_PARTY = norm("حزب")
_NOT_AUTHORITY = norm_words("التدريس الادارية المديرة الدفاع المحلفين التحرير الموظفين العاملين الاركان التنفيذية")
_STAFF = norm_words("موظفي موظفو موظفين وموظفي لموظفي عمال وعمال لعمال العاملين")
_POLICE = norm_words("الامن الحرس الشرطة للشرطة للامن")


def head_sector(head: str, after: str | None, country: str | None, before: str | None = None) -> str | None:
    """The sector an organisation takes from its head word `head` (its proclitics stripped), the words `before`
    and `after` it and the `country` its name states, or None (see the module's docstring)."""
    h = norm(head)
    bare = h.removeprefix("ال")
    if bare == _PARTY:
        return "PTY"
    if country is not None or before is not None and norm(before) in _STAFF:
        return None  # (موظفي هيئة الطاقة: the staff, not the body)
    if after is not None and not norm(after).startswith("ال") and norm(after).endswith("ا"):
        return None  # (عقد الاتحاد اجتماعا: an indefinite accusative is the verb's object, no word of a name)
    if bare == norm("جبهة"):
        return "PTY" if h != bare else None  # (جبهة القتال: a front line)
    if bare == "مركز":
        return "COP" if after is not None and norm(after) in _POLICE else None
    sector = _SECTORS.get(bare)
    if sector == "GOV" and after is not None and norm(after) in _NOT_AUTHORITY:
        return None
    return sector


def civil_head_sector(word: str) -> str | None:
    """The sector of a union, club, association or firm (CVL, NGO, BUS) whose head word `word` is, its proclitics
    allowed (up to three letters before the head: والاتحاد، للنقابة), or None: no state body (see HEAD_SECTORS)."""
    return next((s for k, s in HEAD_SECTORS.items() if s != "GOV" and word.endswith(k) and len(word) - len(k) <= 3),
                None)
