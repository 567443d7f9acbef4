"""A party named as an ally or a companion of another acts with it, never against it (used by events/arguments,
stages/events and events/ranker).

Three ways of naming it:

- joined to the party before it by و and a noun of alliance or company carrying a pronoun — هددت دمشق وحليفتها
  موسكو، الحكومة ومعها التحالف العربي —: the ally is a second subject, joined to the first as if by و alone
  (`ally_join`, read in arguments.sentence_args as a conjunction);
- joined to the party right before it by و between commas — قدمت روسيا، وإيران، دعما لقوات الأسد —: a second
  subject set off like an aside, joined as if by و alone (`between_commas`, also read in arguments.sentence_args);
- named after a phrase of acting alongside — إلى جانب X، جنبا إلى جنب مع X، بالتعاون مع X، بالتنسيق مع X،
  بالاشتراك مع X — in a material act (an attack, a coercion, a mobilisation): تنشر قواتها في العراق إلى جانب
  القوات العراقية، اعتقلت الشرطة بالتعاون مع القوات الأميركية ثلاثة مسلحين —: X fights, deploys or arrests with
  the act's author, so it is not the act's target, for the rules nor for the ranker (`alongside`). Not a stance of
  standing by someone (وقوفها إلى جانب X: support, whose recipient X is), which is no material act; nor إلى جانب
  after a comma, "besides", adding one more target to a list (استهدفت مقرات ودوريات، إلى جانب جنود); nor a party
  the phrase joins to a party named right before it, which shares that party's role (اعتقل X إلى جانب Y: both
  arrested)."""

from __future__ import annotations

from typing import Protocol

from marsad.text.normalize import norm_words

# و + a noun of alliance or company with the pronoun of the party before it: وحليفتها موسكو، ومعها التحالف
_JOINS = norm_words("""وحليفتها وحليفها وحليفته وحليفه وحليفتهم وحليفهم وحليفتهما وحليفهما وحلفاؤها وحلفاؤه وحلفاؤهم
    وحلفاءها وحلفاءه وحلفائها وحلفائه وحليفتاها وشريكتها وشريكها وشريكته وشريكه ومعها ومعه ومعهم ومعهما""")
# the phrases of acting alongside, as the words right before the party (the last word is next to it)
_ALONGSIDE = (("الي", "جانب"), ("الى", "جانب"), ("جنب", "مع"), ("بالتعاون", "مع"), ("بالتنسيق", "مع"),
              ("بالاشتراك", "مع"), ("وبالتعاون", "مع"), ("وبالتنسيق", "مع"))
_MATERIAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
_BESIDES = frozenset({"،", ",", "و"})
_COMMAS = frozenset({"،", ","})


class _Arg(Protocol):
    i: int
    j: int
    place: bool


def ally_join(word: str) -> bool:
    """`word` (normalised) alone between two parties joins the second to the first as its ally or companion:
    وحليفتها، ومعها."""
    return word in _JOINS


def between_commas(gap: list[str], toks: list[str], j: int, before: str, kind: str) -> bool:
    """A party starting with و, with only a comma between it and the party before it (`gap`) and a comma right
    after it (ending at token `j`), is a conjunct set off between commas: روسيا، وإيران، دعما. Not when either is
    a person (of kind `before`, `kind`), whose name or title the commas may set off instead (بين الرئيس الأميركي،
    دونالد ترمب، والزعيم الكوري الشمالي، كيم يونغ أون: names in apposition, read as before), nor in a list that
    goes on with و past the second comma (بمشاركة X، وY، وZ، وW: items of a list, read as before)."""
    return len(gap) == 1 and gap[0] in _COMMAS and j < len(toks) and toks[j] in _COMMAS \
        and "person" not in (before, kind) and not (j + 1 < len(toks) and toks[j + 1][:1] == "و")


def alongside(event_type: str, toks: list[str], a: _Arg | None) -> bool:
    """The party `a` of a material act is named as acting alongside another (إلى جانب X، بالتعاون مع X): no
    target of the act (toks: the sentence's normalised tokens)."""
    if a is None or event_type not in _MATERIAL or a.i < 2:
        return False
    # (، إلى جانب X after a list of targets: "besides X", one more of them — استهدفت مقرات ودوريات، إلى جانب جنود)
    return (toks[a.i - 2], toks[a.i - 1]) in _ALONGSIDE and (a.i < 3 or toks[a.i - 3] not in _BESIDES)


def not_target(event_type: str, toks: list[str], args: list[_Arg], actor: _Arg | None,
               recipient: _Arg | None) -> _Arg | None:
    """The recipient the rules took, unless it is named as acting alongside another (`alongside`); one right after
    a party other than the author, which the phrase joins it to, keeps it (اعتقل X إلى جانب Y: Y shares X's
    fate)."""
    if recipient is None or not alongside(event_type, toks, recipient):
        return recipient
    start = recipient.i - 2 - (toks[recipient.i - 3:recipient.i - 2] == ["جنبا"])
    if any(a.j == start and not a.place and a is not actor for a in args):
        return recipient
    return None
