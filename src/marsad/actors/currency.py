"""A nationality adjective right after the dollar is the currency's, not a party: مليار دولار أميركي، بالدولار
الأمريكي، 70 مليون دولار أمريكي. The grammar reads the adjective as the United States, which the rules then took as
the recipient of the aid or the deal whose sum it names (ويبلغ تبرع الكويت مليار دولار أميركي: no American party).
Here that adjective's mention is dropped. Only the dollar's: the world's unit of account names no party, whereas
another currency's adjective names the state whose economy the sentence tells of (تراجع الروبل الروسي مع استمرار
العقوبات: Russia), which our judges take as the party — over the judged events, dropping those too changed more
right codes than it fixed."""

from __future__ import annotations

from marsad.actors.draft import Draft
from marsad.text.normalize import norm_words
from marsad.text.tokenize import with_proclitics

_DOLLAR = frozenset(f for w in norm_words("دولار الدولار دولارات الدولارات") for f in with_proclitics(w))


def currency_adjectives(toks: list[str], out: list[Draft]) -> list[Draft]:
    """The drafts without the one-word nationality adjectives that stand right after the dollar."""
    return [d for d in out
            if not (d.rule.startswith("nisba:") and d.j - d.i == 1 and d.i > 0 and toks[d.i - 1] in _DOLLAR)]
