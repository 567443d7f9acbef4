"""A bare التحالف that owns a noun of attack is the military coalition that strikes: غارات التحالف، غارة للتحالف،
الغارات الجوية للتحالف، قصف التحالف على مواقع ... — coded IGO MIL, as the dictionary codes طيران التحالف (the
Saudi-led coalition in Yemen and the US-led one in Syria and Iraq are both so coded), and so is one that wages the
attack in its relative clause (الغارات التي يشنها التحالف). Elsewhere a bare التحالف may be any alliance (التحالف
الحاكم، هذا التحالف، انضم إلى التحالف) and stays unread."""

from __future__ import annotations

from marsad.actors.draft import Draft, covered
from marsad.knowledge.records import Actor
from marsad.text.normalize import norm_words
from marsad.text.tokenize import with_proclitics

_ATTACKS = frozenset(f for w in norm_words("""غارة غارات الغارة الغارات غارتين غارتان ضربة ضربات الضربة الضربات
    قصف القصف هجوم هجمات الهجوم الهجمات""") for f in with_proclitics(w))
# an adjective of the attack between it and its owner (الغارات الجوية للتحالف، قصف مدفعي للتحالف)
_ADJECTIVES = norm_words("""جوية الجوية جوي الجوي مدفعي المدفعي صاروخي الصاروخي صاروخية الصاروخية عنيفة العنيفة
    مكثفة المكثفة جديدة الجديدة متواصلة المتواصلة الأخيرة أخرى""")
_BARE = norm_words("التحالف للتحالف")
# ... or is the subject of the relative clause that tells who carries it out (الغارات التي يشنها التحالف)
_RELATIVES = norm_words("التي الذي")
_WAGED = norm_words("شنها شنه يشنها يشنه تشنها نفذها نفذه ينفذها ينفذه")
_COALITION = Actor(None, "IGO", "MIL", "IGOMIL", None, "generic")


def coalition_owners(toks: list[str], drafts: list[Draft]) -> list[Draft]:
    """The bare التحالف right after a noun of attack (past one adjective of it, only with لـ: الغارات الجوية
    للتحالف), when no nationality or other adjective of its own follows (التحالف الغربي، التحالف الانتخابي)."""
    used = covered(drafts)
    out: list[Draft] = []
    for k, w in enumerate(toks):
        if w not in _BARE or k in used or k == 0:
            continue
        before = toks[k - 1] in _ATTACKS or w.startswith("لل") and k > 1 and toks[k - 1] in _ADJECTIVES \
            and toks[k - 2] in _ATTACKS or k > 2 and toks[k - 1] in _WAGED and toks[k - 2] in _RELATIVES \
            and toks[k - 3] in _ATTACKS
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if before and not (nxt.startswith("ال") and nxt.endswith(("ي", "يه")) and nxt not in _ADJECTIVES):
            out.append(Draft(k, k + 1, "AGENT", _COALITION, "generic:coalition-attack", nominal=True))
    return out
