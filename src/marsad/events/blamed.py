"""An attack named only as the occasion of other news or as what someone is blamed for — behind which a party
stands, for which it is responsible,
in which it is involved (إن باكستان تقف وراء الهجوم، مشيرا إلى مسؤوليتهم عن تفجيرات، متورطين في هذه المذبحة، اعتقال
المتورطين في عملية الاغتيال) — took place, but is the topic of the sentence's news (the blame, the arrest), not that
news: background, as the news head marks an attack that a condemnation is about (events/sentence_check). Not an
attack its author claims (تبنت الحركة المسؤولية عن الهجوم، أعلن التنظيم مسؤوليته عن التفجير: events/news_line),
which tells the attack itself. So too an attack after which other news came — right after بعد / عقب / إثر / في
أعقاب / على خلفية (أعلنت السلطات حظر التجول بعد الهجوم، اعتقلت الشرطة عشرة عقب التفجير) — unless the words before
it tell the dead or wounded it made (قتل جنديان إثر انفجار عبوة، أصيب ثلاثة بعد هجوم: the attack's own toll)."""

from __future__ import annotations

from marsad.events import news_line
from marsad.text.normalize import norm_words

# standing behind it (تقف وراء، الوقوف وراء، بوقوفها خلف)
_STANDING = norm_words("""يقف تقف يقفون وقف وقفت وقفوا وقوف الوقوف بالوقوف وقوفه وقوفها وقوفهم بوقوفه بوقوفها
    بوقوفهم واقف واقفه الواقف الواقفين الواقفون""")
_BEHIND = norm_words("وراء خلف")
# responsible for it (مسؤوليتهم عن، المسؤولين عن، المسؤول عن)
_RESPONSIBLE = norm_words("""المسؤوليه مسؤوليه مسؤوليته مسؤوليتها مسؤوليتهم بالمسؤوليه بمسؤوليته بمسؤوليتها
    بمسؤوليتهم المسؤول المسؤولين المسؤولون مسؤول مسؤولين مسؤولون""")
# involved in it (تورطه في، المتورطين في)
_INVOLVED = norm_words("""تورط التورط بالتورط تورطه تورطها تورطهم بتورطه بتورطها بتورطهم متورط متورطه متورطين
    متورطون المتورط المتورطين المتورطون""")
# what may stand between the word of blame's preposition and the attack (عن عملية الاغتيال، في هذه المذبحة)
_BETWEEN = norm_words("عمليه عمليات العمليه هذه هذا تلك ذلك سلسله موجه")
# an attack's adjective that is a trigger of its own (الهجوم الانتحاري): told with its noun, the noun's place read
_ADJECTIVES = norm_words("انتحاري انتحاريه الانتحاري الانتحاريه")
_AFTER = norm_words("بعد وبعد عقب وعقب اثر واثر")
_AFTER_TWO = {("في", "اعقاب"), ("على", "خلفيه"), ("وفي", "اعقاب")}
# the toll right before it, which the attack made (قتل، أصيب، لقي حتفه، سقوط قتلى)
_TOLL = norm_words("""قتل قتلوا قتلت مقتل اصيب اصيبوا اصيبت اصابه جرح جرحوا جرحى قتلى لقي لقوا لقيت حتفه حتفهم
    مصرع مصرعه مصرعهم استشهد استشهدوا استشهاد سقط سقطوا سقوط ضحايا الضحايا اصابات اصابتهم اصابته""")
_TOLL_REACH = 8  # words before the preposition a toll is read in


def occasion(toks: list[str], i: int) -> bool:
    """The attack noun at i is what other news came after, not the cause of a toll told before it."""
    j = _noun(toks, i)
    while j > 0 and i - j < 2 and toks[j - 1] in _BETWEEN:
        j -= 1
    if j > 0 and toks[j - 1] in _AFTER:
        at = j - 1
    elif j > 1 and (toks[j - 2], toks[j - 1]) in _AFTER_TWO:
        at = j - 2
    else:
        return False
    return not any(_bare(w) in _TOLL for w in toks[max(0, at - _TOLL_REACH):at])


def _noun(toks: list[str], i: int) -> int:
    """The noun an attack adjective at i describes (الهجوم الانتحاري), else i."""
    return i - 1 if i > 0 and toks[i] in _ADJECTIVES else i


def _bare(w: str) -> str:
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


def blamed(toks: list[str], i: int) -> bool:
    """The attack noun at i is what a party is blamed for, not claimed."""
    i = j = _noun(toks, i)
    while j > 0 and i - j < 2 and toks[j - 1] in _BETWEEN:
        j -= 1
    if j < 2:
        return False
    prep, word = toks[j - 1], toks[j - 2]
    if prep in _BEHIND:
        return word in _STANDING
    if prep == "عن" and word in _RESPONSIBLE:
        return news_line.claimer(toks, i) < 0
    return prep == "في" and word in _INVOLVED
