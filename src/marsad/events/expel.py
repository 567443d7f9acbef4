"""The roles of an expulsion of diplomats (طرد السفير الروسي، طرد 20 دبلوماسيا روسيا، طرد عدد من الدبلوماسيين
الإيرانيين): the envoys named after the expelling word, with their nationality, are whom it is against — their
state — never who expels them; who expels is the state named between them and it (طردت واشنطن 60 دبلوماسيا،
طرد اليونان اثنين من الدبلوماسيين), else the host right after them (طرد السفير الكندي لدى الرياض، طرد الدبلوماسيين
الروس من بريطانيا), else the state named before it (قررت بولندا، الأربعاء، طرد ...), or no one when only the
envoys' own state is named there (ردت موسكو على طرد دبلوماسييها)."""

from __future__ import annotations

from marsad.events.arguments import Arg
from marsad.events.triggers import TriggerHit
from marsad.text.normalize import norm_words

_ENVOYS = norm_words("""دبلوماسيين دبلوماسيا الدبلوماسيين دبلوماسيي دبلوماسي دبلوماسيون الدبلوماسيون السفير سفير
    سفيري سفراء السفراء القائم القنصل الملحق ملحق موظفي""")
_COUNT = 6  # words from the expelling word to the envoys (أكثر من 130، عدد من، 23)
_BACK = 25  # words back from the expelling word to the state that expels
_HOST = ("لدى", "لدي", "من")  # the host state named right after the envoys


def expel_roles(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None,
                recipient: Arg | None) -> tuple[Arg | None, Arg | None]:
    """(actor, recipient) of an expulsion of envoys: the envoys' phrase (or the country its adjective names,
    دبلوماسيا روسيا) is the recipient; the actor is a party of another state between the trigger and the envoys,
    else the host after them, else the rules' one when it stands before the trigger and is of another state, else
    the nearest participant of another state before the trigger."""
    if hit.trigger.id != "sanction-expel-diplomats":
        return actor, recipient
    k = next((k for k in range(hit.j, min(len(toks), hit.j + _COUNT)) if toks[k] in _ENVOYS), -1)
    if k < 0:
        return actor, recipient
    # the envoys' phrase carrying its nationality (not an envoy noun given the sentence's country), or the nationality
    # right after the envoy word (دبلوماسيا روسيا read as the country)
    envoys = next((a for a in people if a.i <= k < a.j and a.actor.country and (
        a.actor.kind != "generic" or a.j > k + 1)), None) or next(
        (a for a in people if a.i == k + 1 and a.prep is None and a.actor.kind in ("country", "nationality")), None)
    if envoys is None:
        return actor, recipient
    c = envoys.actor.country

    def other(a: Arg) -> bool:
        return a is not envoys and bool(a.actor.country) and a.actor.country != c

    # طردت واشنطن 60 دبلوماسيا، طرد اليونان اثنين من الدبلوماسيين: the subject or genitive before the envoys;
    # طرد السفير الكندي لدى الرياض، طرد الدبلوماسيين الروس من بريطانيا: the host named right after them
    between = next((a for a in people if hit.j <= a.i and a.j <= envoys.i and other(a)), None)
    host = next((a for a in people if 0 <= a.i - envoys.j <= 1 and a.prep in _HOST and other(a)), None)
    if between is not None or host is not None:
        return between or host, envoys
    if actor is None or actor.j > hit.i or not other(actor):
        actor = next((a for a in reversed(people) if a.j <= hit.i and hit.i - a.j <= _BACK and other(a)), None)
    return actor, envoys
