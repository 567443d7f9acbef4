"""A nationality adjective the index leaves out as ambiguous, read after a noun of attack (actors/grammar): قصف
تركي، هجوم تركي، قصف مدفعي تركي، عدوان سوداني — the attack is that country's, as
غارة تركية or القصف التركي already say (countries.yaml `nisba`). The bare masculine form is left out of the phrase
tables because it is also a given name or a word (تركي الفيصل، سوداني as a surname); right after an indefinite noun
of attack, or past one adjective of the attack (جوي، مدفعي، صاروخي، بري، عسكري), only the adjective can stand there.
Not after a definite noun (الهجوم تركي is no phrase), nor a word another draft already covers."""

from __future__ import annotations

from marsad.actors.draft import Draft, covered
from marsad.knowledge.records import Actor, Knowledge
from marsad.text.normalize import norm, norm_words
from marsad.text.tokenize import with_proclitics

# an indefinite noun of attack the adjective agrees with (masculine: the left-out form is masculine)
_ATTACKS = frozenset(f for w in norm_words("""قصف هجوم اعتداء عدوان توغل تدخل اجتياح قصفا هجوما عدوانا توغلا
    صاروخ""") for f in with_proclitics(w))
# an adjective of the attack between it and its nationality (قصف مدفعي تركي، هجوم جوي تركي)
_ADJECTIVES = norm_words("جوي مدفعي صاروخي بري عسكري مكثف عنيف جديد")


def ambiguous_nisbas(kb: Knowledge) -> dict[str, Actor]:
    """The bare nisba of each country that the country lists as ambiguous (تركي → Turkey)."""
    out: dict[str, Actor] = {}
    for c in kb.countries.values():
        for base in c.nisba:
            if norm(base) in {norm(a) for a in c.ambiguous}:
                out.setdefault(norm(base), Actor(c.name, c.code, None, c.code, c.code, "nationality"))
    return out


def attack_nisbas(forms: dict[str, Actor], toks: list[str], drafts: list[Draft]) -> list[Draft]:
    """Drafts for the left-out nisba right after an indefinite noun of attack, or past one adjective of it."""
    used = covered(drafts)
    out: list[Draft] = []
    for k, w in enumerate(toks):
        actor = forms.get(w)
        if actor is None or k in used or k == 0:
            continue
        if toks[k - 1] in _ATTACKS or k > 1 and toks[k - 1] in _ADJECTIVES and toks[k - 2] in _ATTACKS:
            out.append(Draft(k, k + 1, "NORP", actor, f"nisba:{actor.code}"))
    return out
