"""A verb and the noun right after it that cannot be its subject: they disagree in gender.

A verb before its subject agrees with it in gender: دعت الحكومة، انتقدت الوزارة، طالبت السلطات (feminine), دعا
الوزير (masculine). So a masculine singular verb — the bare past (دعا، انتقد، اتهم) or the present in ي (يطالب) —
right before a feminine noun — a definite one ending in ة (الحكومة، الوزارة، الشركة، المفوضية) or in the sound
plural ات (السلطات، القوات) — does not have that noun as its subject: the noun is its object, the one acted on, and
the subject is the one spoken of before (وقال الوزير ...، ودعا الحكومة إلى: the minister calls on the government).

Not the honorifics that stand for a man (سماحة، فخامة، سعادة، جلالة: قال سماحة السيد), nor the broken plurals of
men in ة (الطلبة، القادة، القضاة), with which a masculine verb agrees, nor a masculine noun whose ه is its own
(المشتبه به، الإليزيه).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.text.normalize import norm, norm_words

if TYPE_CHECKING:
    from marsad.events.arguments import Arg
    from marsad.events.triggers import TriggerHit

_MEN = norm_words("""سماحه فخامه سعاده حضره جلاله الطلبه الاساتذه القاده القضاه الولاه الدعاه الجناه الغزاه الرماه
    البغاه الرعاه السعاه الكفره الخونه العمله الساسه الائمه الكهنه القساوسه الباعه البحاره الطغاه الهواه الرواه
    المشاه الحاخامات الجنرالات المشتبه الاليزيه الله العبدالله الفقيه الوجيه""")
_OPEN = norm_words("قد لقد كما ثم حيث بعدما عندما حينما الذي التي الذين ، , . :")
_BETWEEN = norm_words("ايضا أيضا كذلك مجددا مؤخرا امس أمس اليوم") | frozenset('" « “'.split())


def _masculine(hit: TriggerHit, toks: list[str]) -> bool:
    """دعا، وانتقد، يطالب: the trigger is a masculine singular verb of the third person."""
    word = toks[hit.i][hit.strip:]
    t = hit.trigger
    if hit.j != hit.i + 1 or word in {norm(m) for m in t.masdar}:
        return False
    if any(word == "ي" + norm(p)[1:] for p in t.present if norm(p)[:1] in ("ي", "ت")):
        return True
    # the bare past is often the verbal noun too (قصف، قمع، دعم، طلب: دعم طلب الحكومة): only where a clause opens
    opens = hit.i == 0 or toks[hit.i][:hit.strip].startswith(("و", "ف")) or toks[hit.i - 1] in _OPEN
    return opens and any(word == norm(p) for p in t.past)


def _feminine(a: Arg, toks: list[str]) -> bool:
    """الحكومة، المفوضية، السلطات، القوات المسلحة: a definite noun ending in ة or in the plural ات."""
    w = toks[a.i]
    return w.startswith("ال") and len(w) > 4 and w.endswith(("ه", "ات")) and w not in _MEN \
        and (a.actor.kind in ("generic", "institution", "country")
             or a.actor.kind == "organisation" and a.actor.sector != "CVL")  # (not a club: يستضيف الغرافة)


def disagrees(hit: TriggerHit, toks: list[str], a: Arg) -> bool:
    """The bare participant right after a verb (past an adverb) is feminine while the verb is masculine: not its
    subject but its object."""
    return hit.verbal and a.prep is None and not a.conj and 0 <= a.i - hit.j <= 2 and all(
        w in _BETWEEN for w in toks[hit.j:a.i]) and _masculine(hit, toks) and _feminine(a, toks)
