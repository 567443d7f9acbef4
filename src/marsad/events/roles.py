"""Actor and recipient of a trigger, for Arabic word orders.

* verb–subject–object (the default): the bare participant right after the verb is its subject, the next one (bare
  or after one of the trigger's recipient prepositions) its recipient;
* subject–verb–object and nominal sentences: with no subject after the verb, the participant before it;
* a verbal noun with a possessive pronoun (استقباله رئيس الوزراء): the pronoun's referent (the current speaker
  or subject) acts, the following participant receives; a verbal noun before a bare participant (زيارة الرئيس)
  takes it as its actor;
* a verbal noun after a light verb (فرضت الوزارة عقوبات على ...) takes the verb's subject;
* a violent verbal noun's genitive is its patient (اغتيال القادة), its author comes with على يد / من قبل;
* blame (ACCUSE nouns) goes to the author of the blamed act named with من قبل / على يد;
* no participant in reach: the current speaker or subject, marked implicit;
* `visitor_is_object` (استقبل، استضاف): PLOVER's actor is the visitor, so the roles swap.
"""

from __future__ import annotations

from marsad.events import cues
from marsad.events.accused import accused_side
from marsad.events.accused_act import accused_of
from marsad.events.accused_object import charged_pronoun, genitive_accuser, unlisted_accuser
from marsad.events.agents import AGENT_MARKS, agent_marked, by_hand, marked_agent
from marsad.events.agreement import disagrees
from marsad.events.arguments import Arg, conjuncts
from marsad.events.attack import in_ranks_of, nationals, passing_target, town_struck
from marsad.events.authors import (
    ARMED,
    PATIENT_GENITIVE,
    SAID,
    author_adjective,
    clash_side,
    counted_patient,
    expelled,
    genitive_author,
    governed_adjective,
    light_subject,
    owns_attack,
    passive_reading,
    recipient_after,
    suffered_by,
    victim_before,
)
from marsad.events.claims import claimant, claimed_by
from marsad.events.clauses import stating_subject
from marsad.events.directed import directed
from marsad.events.document_subject import document_roles
from marsad.events.forms import indefinite, object_pronoun, oblique, owned_further, possessed_noun, pronoun_before
from marsad.events.frames import frame_roles
from marsad.events.gains import gained
from marsad.events.impersonal import authority_before
from marsad.events.losses import sufferer
from marsad.events.noun_author import said_by
from marsad.events.noun_source import in_content
from marsad.events.participles import apposed_name, holder_name, own_body, past_body
from marsad.events.pluperfect import subject
from marsad.events.praise import resumed_object
from marsad.events.protest import PROTEST_TARGET, protest_roles
from marsad.events.relative_patient import relative_patient
from marsad.events.statements import faced_by, meeting_holder, statement_frame
from marsad.events.triggers import TriggerHit
from marsad.events.vso_object import unlisted_subject
from marsad.events.weapon_subject import weapon_roles

_REACH = 4  # words between a verb and its subject (أمس، اليوم، الأحد ...)
_PARTICLES = frozenset({"قد", "لقد", "سوف", "لم", "لن", "لا"})
_REPORTED_BY_OTHERS = frozenset({"ASSAULT", "PROTEST"})
_MATERIAL = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "AID", "RETREAT"})


def assign(hit: TriggerHit, toks: list[str], args: list[Arg], verbs: frozenset[int] = frozenset(),
           voweled_passive: bool = False, deals: dict[str, str] | None = None
           ) -> tuple[Arg | None, Arg | None, str | None]:
    """(actor, recipient, implicit) for one trigger; `implicit`: the role ("actor" or "recipient") the caller fills
    with the current speaker or subject. `verbs`: where other verbal triggers stand; `deals`: as frame_roles."""
    t = hit.trigger
    preps = t.recipient + PROTEST_TARGET if t.type == "PROTEST" else t.recipient
    people = [a for a in args if not a.place]
    if t.type == "MOBILIZE":  # حشدت روسيا مئة ألف جندي على حدودها مع أوكرانيا: the troops are not the recipient
        preps = preps + ("مع", "قرب", "تجاه")
        people = [a for a in people if not (a.actor.kind == "generic" and a.actor.sector == "MIL" and a.i >= hit.j)]
    after = [a for a in people if a.i >= hit.j and a.i - hit.j <= _REACH * 3]
    far = [a for a in people if a.i >= hit.j and a.i - hit.j <= _REACH * 8]  # (the other side of a clash)
    inside = [a for a in people if hit.i < a.i and a.j <= hit.j and a.prep is None]
    before = [a for a in people if a.j <= hit.i]
    head = toks[hit.i]
    possessed = possessed_noun(hit, toks)
    actor: Arg | None = None
    recipient: Arg | None = None
    implicit = False
    implied = "actor"  # which role an implicit participant fills
    first = after[0] if after and after[0].i - hit.j <= _REACH else None
    # a definite verbal noun (الزيارة, الاعتقال) takes no genitive: the participant after it is not its own
    # (nor one with a possessive pronoun: قصفها مواقع المتمردين — what follows is its object)
    genitive = first if first is not None and not possessed and not (
        not hit.verbal and head[hit.strip:].startswith("ال")) and not in_content(hit, toks, first) else None
    pronoun_subject = hit.verbal and pronoun_before(toks, hit.i)  # انه قتل، أنه "قتل: "that he killed"
    # subject–verb: a bare participant right before the verb (قد / لقد may stand between) is its subject
    adjacent = before[-1] if before and before[-1].prep is None and (
        hit.i == before[-1].j or (hit.i - before[-1].j == 1 and toks[hit.i - 1] in _PARTICLES) or (
            # مستوطني براخة هاجموا: a plural in construct (ـي) and the name no dictionary lists that completes it
            hit.i - before[-1].j == 1 and toks[before[-1].j - 1].endswith("ي") and before[-1].actor.kind == "generic"
            and toks[hit.i - 1][:1].isalpha() and not toks[hit.i - 1].startswith(("ال", "و")))) else None
    # وكان حزب X الحاكم دعا Y: the subject between كان and the verb, past its own words (events/pluperfect)
    adjacent = subject(hit, toks, people, adjacent)
    # a noun's author may stand before it only in the same clause (شنت الطائرات غارات), never across
    # "قال المسؤولون إن التفجير" or a comma
    near = before[-1] if before and hit.i - before[-1].j <= _REACH and before[-1].prep is None and not (
        t.type in _MATERIAL and any(w in cues.CLAUSE_BREAKS for w in toks[before[-1].j:hit.i])) else None
    def says(a: Arg) -> bool:  # the subject of a verb of reporting or of another event's verb
        return any(w in cues.REPORTERS or w[:1] == "و" and w[1:] in cues.REPORTERS for w in toks[max(0, a.i - 3):a.i]) \
            or a.i - 1 in verbs

    # (who announces an expulsion, an arrest or a deployment is its author: أعلنت بريطانيا طرد ...; only attacks and
    # protests are reported by others)
    # (but an army or police force announcing its operation, or the deaths of the armed men it fights, tells its
    # own act: أعلن الجيش العراقي مقتل 20 مسلحا من داعش في عملية عسكرية)
    own_war = near is not None and near.actor.sector in ("MIL", "COP") and t.type == "ASSAULT" and (
        t.id == "assault-military-operation" or first is not None and (
            first.actor.sector in ("REB", "IMG") or first.actor.country == "IMG"))
    if near is not None and t.type not in SAID and not hit.verbal and not own_war and (
            near.i - 1 in verbs or t.type in _REPORTED_BY_OTHERS and says(near)):
        # أفادت مصادر يمنية بمقتل ...: who reports an attack is not its author; nor is the subject of another
        # event's verb (أدانت الحكومة مقتل الصحفي: the government condemned the killing, it did not kill)
        near = None
    # أوقفت الشرطة الهجوم, تصدت الدفاعات لهجوم صاروخي: who stops an attack is not its author but its target
    stopped = not hit.verbal and t.type in PATIENT_GENITIVE and any(
        w in cues.STOPPERS for w in toks[max(0, hit.i - 3):hit.i])
    if stopped:
        near = None
    relative = relative_patient(hit, toks, before, t.type in PATIENT_GENITIVE)  # X، الذي اعتقل: events/relative_patient
    # قتل خمسة جنود في هجوم / أصيب مدنيون جراء القصف / نجا الوزير من محاولة اغتيال: the people before an attack
    # named as the circumstance (في، جراء، إثر، بـ) or escaped (نجا) are its victims, not its authors
    # (في هجوم انتحاري: the attack noun may stand between the circumstance word and the trigger)
    k = hit.i - 1 if hit.i > 1 and toks[hit.i - 1] in cues.ATTACK_WORDS else hit.i
    # (not the بـ a verb governs: ندد الاتحاد بقتل المتظاهرين — what is condemned, not what hurt the condemner)
    governed = any(0 < hit.i - v <= 4 for v in verbs)
    victim_frame = not hit.verbal and t.type == "ASSAULT" and (
        k > 0 and toks[k - 1] in cues.CIRCUMSTANCE or head[:hit.strip].endswith("ب") and not governed or any(
            w in cues.ESCAPED for w in toks[max(0, hit.i - 10):hit.i]))
    passive_noun = hit.i > 0 and toks[hit.i - 1] in cues.PASSIVE_LIGHT and (not hit.verbal or t.type in _MATERIAL)
    light = light_subject(hit, toks, people)
    if light is not None:  # قامت قوة من الشرطة بمداهمة المسجد: the masdar's author is the subject of قام
        near = light
    near = meeting_holder(hit, toks, people) or near  # يزور علاوي مصر لإجراء مباحثات: Allawi holds the talks
    suffered = suffered_by(hit, toks, people)
    author = author_adjective(hit, toks, after) or claimed_by(hit, toks, after, before) or genitive_author(
        hit, head, genitive, after, toks, verbs)
    # X (،) الذي <verb>: the relative pronoun's antecedent (right before it, even inside a prepositional phrase —
    # أشاد بالجيش الذي قتل ...) is the verb's subject when an object follows or the act is not one that is suffered
    rel_object = first is not None and first.prep is None and first.i - hit.j <= 2
    comma = hit.i > 1 and toks[hit.i - 2] in ("،", ",")  # (X، الذي)
    antecedent = before[-1] if before and hit.i - before[-1].j - comma == 1 else None
    # (not when a preposition after the verb resumes the antecedent — الشروط التي يطالب بها ترامب: the subject
    # follows — nor when no participant stands right before the pronoun)
    by_relative = hit.verbal and hit.i > 0 and toks[hit.i - 1] in cues.RELATIVES and antecedent is not None and (
        t.type not in PATIENT_GENITIVE or rel_object) and not (hit.j < len(toks) and toks[hit.j] in cues.RESUMPTIVE)
    # قتل في صفوفها أكثر من تسعين عنصرا: killed "in its ranks" — the pronoun's referent, the last party named before,
    # suffers it (passive, no author)
    in_ranks = hit.verbal and t.type == "ASSAULT" and hit.j + 1 < len(toks) and toks[hit.j] == "في" and \
        toks[hit.j + 1] in cues.IN_ITS_RANKS
    if in_ranks:
        recipient = next((a for a in reversed(before) if a.prep is None and not a.place), None)
    elif (doc := document_roles(hit, toks, after, preps)) is not None:  # دعا البيان المجتمع الدولي إلى
        (actor, recipient), implicit = doc, doc[0] is None  # (events/document_subject)
    elif (side := accused_side(hit, toks, people, voweled_passive)) is not None:  # أثار الوزير انتقادات, يُتهم X
        actor, recipient, implicit, implied = *side[:2], side[2], "recipient"
    elif (framed := statement_frame(hit, toks, before, after, people, preps)) is not None:
        # التي يطالب بها X, ، واتهمت فرنسا بـ, أكد استمرار بلاده في دعم السودان (events/statements)
        (actor, recipient), implicit = framed, framed[0] is None
    elif by_relative and object_pronoun(head[hit.strip:]):
        # القس الذي تتهمه أنقرة بـ...: the verb's pronoun resumes the antecedent, its object; the subject follows
        actor = first if rel_object else None
        recipient = antecedent
    elif by_relative:
        actor = antecedent
        recipient = first if rel_object else recipient_after(after, preps, toks=toks, agents=False)
    elif t.modifies:
        # الميليشيات المدعومة من إيران: the participle describes the noun before it; its من phrase acts
        recipient = before[-1] if before and hit.i - before[-1].j <= 1 else None
        actor = next((a for a in after if (a.prep in preps and a.i - hit.j <= 2) or (
            a.i == hit.j and a.actor.kind == "nationality")), None)  # ... المدعومة أميركيا
    elif not hit.verbal and head in AGENT_MARKS and genitive is not None and genitive.prep is None:
        # قتل فلسطينيان برصاص الجيش الإسرائيلي: whose bullets fired them
        actor = genitive
        recipient = before[-1] if before and before[-1].prep is None else None
    elif passive_noun:  # جرى اعتقال X، تم ضبط (shaped as a verb: a material act): events/impersonal
        recipient = first if first is not None and first.prep in (None, *preps) else None
        actor = next((a for a in after if agent_marked(toks, a.i)), None) or authority_before(hit.i, toks, before)
        implicit = actor is None and hit.verbal
    elif (counted := counted_patient(hit, toks, after)) is not None:
        # أفادت مصادر بمقتل أكثر من 20 شخصا من ميليشيات الحوثي في غارات للتحالف: the group counted suffers it
        recipient = counted
        actor = next((a for a in after if a.i > counted.i and agent_marked(toks, a.i)), None) or near or \
            clash_side(hit, toks, far, counted)
    elif victim_frame and (victim := victim_before(before, hit)) is not None and not (
            near is not None and light is not None) and (not (
            # قتل الجيش الأميركي عشرة مسلحين في غارة: an armed body before the attack is its author ...
            victim.actor.kind in ("institution", "organisation", "country")
            and victim.actor.sector in ARMED) or any(
            # ... unless it met its death there (لقي عشرات الحوثيين مصرعهم في غارات)
            w.startswith(cues.DIED) for w in toks[victim.j:hit.i])) and not gained(toks, victim, hit.i):
        recipient = victim
        actor = author or next((a for a in after if agent_marked(toks, a.i)), None)
    elif stopped:
        recipient = before[-1] if before and before[-1].prep is None else None
        actor = author or next((a for a in after if agent_marked(toks, a.i)), None)
    elif suffered is not None:
        # تعرضت الدورية لهجوم, تعرض قيادي في الحركة للخطف: the subject of تعرض is the target
        recipient = suffered
        actor = author or next((a for a in after if agent_marked(toks, a.i)), None)
    elif (faced := faced_by(hit, toks, people)) is not None:  # يواجه الرئيس انتقادات من المعارضة: he is the target
        actor, recipient = faced
    elif not possessed and (said := said_by(hit, toks, after, preps)) is not None:
        # انتقادات من الاتحاد الأوروبي للرسوم الأميركية, اتهام الحكومة البريطانية لموسكو: who said it, to whom
        actor, recipient = said
    elif author is not None:
        # ضربة جوية أميركية, القصف الإسرائيلي: the nationality agreeing with the noun is its author
        actor = author
        recipient = recipient_after([a for a in after if a is not author], preps, toks=toks, agents=False)
    elif relative is not None and (first is None or first.prep is not None or first.i - hit.j > 1):
        # ناصر الزفزافي، الذي اعتقل يوم الاثنين / الصحفي الذي قتل في القنصلية: a relative clause with no object
        # after its verb is passive; its antecedent suffers the act
        recipient = relative
        actor = next((a for a in after if agent_marked(toks, a.i)), None)
    elif hit.verbal and t.type in PATIENT_GENITIVE and (voweled_passive or passive_reading(
            hit, toks, adjacent, first, after)) and not (
            pronoun_subject and first is not None and first.prep is None):
        # (قال الجيش إنه قتل عشرة مسلحين: after إنه with an object it is active, "that it killed")
        # قتل ستة أشخاص في هجوم / جنديان قتلا أمس: unvocalised قتل read as passive, its subject suffers it
        marked = first is not None and agent_marked(toks, first.i)  # (على أيدي X: X did it)
        # (قتل ستة أشخاص في غارات للطيران الروسي: the raids' owner is no victim)
        marked = marked or first is not None and owns_attack(toks, hit.j, first)
        recipient = (None if marked else first) if adjacent is None else adjacent
        actor = next((a for a in after if agent_marked(toks, a.i)), None) or clash_side(
            hit, toks, far, recipient)
    elif pronoun_subject and t.type in PATIENT_GENITIVE and (agent := next((
            a for a in after if agent_marked(toks, a.i) and a.i - hit.j <= 3), None)) is not None:
        # أكد نافالني إنه اعتقل من قبل الشرطة: "that he was arrested by the police" — passive; the pronoun suffers it
        actor, implicit, implied = agent, True, "recipient"
    elif pronoun_subject or (hit.verbal and adjacent is None and first is not None and (
            first.accusative or first.prep is None and first.i == hit.j and oblique(first, toks)
            or disagrees(hit, toks, first) or owned_further(first, hit, toks))):
        # قال الحلف إنه قتل عددا من ...: the pronoun is the subject (the speaker or the last subject);
        # اغتالت وحدة خاصة ناشطاً، داهمت الشرطة المنزل وقتلت المسلحين: an accusative noun after the verb is its
        # object (so is a plural in ـين right after it: events/forms.oblique); its subject is near, else a speaker's
        implicit = pronoun_subject or not before
        if not implicit:
            actor = next((a for a in reversed(before) if a.prep is None and hit.i - a.j <= _REACH * 2), None) or next(
                (a for a in reversed(before) if a.prep is None and says(a)), None)
            implicit = actor is None
        recipient = first if first is not None and (first.prep is None or first.prep in preps) else recipient_after(
            after, preps, toks=toks, agents=False)
    elif hit.verbal and adjacent is not None and first is not None and first.prep is None and \
            object_pronoun(head[hit.strip:]):
        # جنود أتراك تتهمهم أنقرة ...: the verb's pronoun object resumes the noun before; the subject follows
        actor, recipient = first, adjacent
    elif hit.verbal and adjacent is not None and first is None and object_pronoun(head[hit.strip:]) and \
            indefinite(adjacent, toks):
        # ثلاثة جنود أميركيين خطفتهم: after an indefinite noun a verb whose pronoun resumes it is a relative clause
        # (soldiers "whom it kidnapped"); the noun is the object, the subject is the one spoken of
        recipient, implicit = adjacent, True
    elif inside:  # أعرب الاتحاد الأوروبي عن دعمه ...: the subject stands inside a multiword trigger
        actor = inside[0]
        recipient = recipient_after(after, preps, toks=toks, agents=False)
    elif hit.verbal and adjacent is not None:
        actor = adjacent
        recipient = recipient_after(after, preps, toks=toks, agents=False)
    elif possessed:
        # أكدت السعودية (مجددا) تأييدها, جددت مقاتلات التحالف قصفها: the pronoun is the subject just named (a noun
        # after a preposition — رحب الوزير بزيارته — may be someone else's)
        owner = before[-1] if before and before[-1].prep is None and hit.i - before[-1].j <= 1 and not any(
            w in cues.CLAUSE_BREAKS for w in toks[before[-1].j:hit.i]) and toks[hit.i][:1] not in ("ب", "ل") else (
            light if t.type == "ASSAULT" else None)  # (جددت المقاتلات التركية، صباح الخميس، قصفها: past a time phrase)
        owner = owner or stating_subject(hit, toks, before)  # السعودية، التي أكدت رفضها (events/clauses)
        actor, implicit = owner, owner is None
        recipient = recipient_after(after, preps, toks=toks, agents=False)
        if charged_pronoun(hit, toks):  # بعد اتهامها بانتهاك الحظر: its owner accused (events/accused_object)
            actor, recipient, implicit = None, owner, False
    elif (pair := genitive_accuser(hit, toks, genitive, after)) is not None:  # اتهام موسكو لبريطانيا بـ
        actor, recipient = pair
    elif t.type == "ACCUSE" and not hit.verbal:
        recipient = recipient_after(after, preps, toks)
        if near is not None:
            actor = near
        else:
            implicit = True
    elif not hit.verbal and t.type in PATIENT_GENITIVE and genitive is not None and genitive.prep is None:
        # اغتيال قادة المقاومة, اعتقال الصحفي: the noun's genitive is who suffers it; its author comes with
        # على يد / من قبل, or is the subject before it
        recipient = first
        agent = next((a for a in after[1:] if agent_marked(toks, a.i)), None)
        # مقتل 3 من ضباط الشرطة في اشتباكات مع محتجين: who killed them is the other side of the clashes
        actor = agent or near or (clash_side(hit, toks, far, first) if t.type == "ASSAULT" else None)
    elif not hit.verbal and near is not None and not (
            # عقب انسحاب واشنطن من الاتفاق: a genitive right after the noun is its own subject, not the clause's
            genitive is not None and genitive.prep is None and genitive.i == hit.j and t.type not in _MATERIAL):
        # فرضت وزارة الخزانة عقوبات على ...: a verbal noun after a light verb takes that verb's subject
        actor = near
        recipient = recipient_after(after, preps, toks=toks, agents=False)
    elif genitive is not None and unlisted_subject(hit, toks, genitive):  # وانتقد المعارض فلان الحكومة: its object
        recipient = genitive  # (the actor, a subject no dictionary lists, stays empty: events/vso_object)
    elif genitive is not None and genitive.prep is None and not genitive.accusative and not unlisted_accuser(
            hit, toks, genitive):  # (اتهمت نويرت موسكو بـ: the name no dictionary lists is the subject)
        actor = genitive
        # (تعهدت مصر والسعودية بدعم الأردن: the object comes past the subject's conjuncts, who all act)
        recipient = recipient_after(after[len(conjuncts(after, genitive)):], preps, toks=toks, agents=False)
    else:
        # the nearest participant before that is not inside a prepositional phrase (كتائب القسام، الجناح العسكري
        # لحركة حماس، قد أطلقت: the brigades, not Hamas)
        bare = [a for a in before if a.prep is None and hit.i - a.j <= _REACH * 2]
        last = bare[-1] if bare else before[-1] if before else None
        # ، وتتهمه ... / ، كما استهدفت ...: a verb joined by و (or, for a material act, كما) after a comma shares
        # the subject of the clause before (the caller's)
        joined = hit.verbal and (head[:1] == "و" and hit.i > 0 and toks[hit.i - 1] in ("،", ",") or hit.i > 1 and
                                 t.type in _MATERIAL and toks[hit.i - 1] == "كما" and toks[hit.i - 2] in ("،", ","))
        if last is not None and not joined and hit.i - last.j <= _REACH * 2 and not (
                t.type not in SAID and not hit.verbal and says(last)) and (
                hit.verbal or t.type not in _MATERIAL or not any(w in cues.CLAUSE_BREAKS for w in toks[last.j:hit.i])):
            actor = last
        else:
            # (a noun of a material act named as the circumstance of reported content — أعلنت الوزارة أن 21 شخصا
            # قتلوا في هجومين — is not the reporter's; one the speaker announces — أعلن الاتحاد إضرابا — is)
            implicit = hit.verbal or t.type not in _MATERIAL or not any(w in cues.THAT for w in toks[:hit.i]) or not (
                hit.i > 0 and toks[hit.i - 1] in cues.CIRCUMSTANCE or head[:hit.strip].endswith("ب"))
        recipient = recipient_after(after, preps, toks=toks, agents=False)
    if t.type == "ASSAULT" and recipient is not None and recipient.i > hit.i and recipient.prep is None and \
            toks[recipient.i - 1].removeprefix("و") in cues.REPORTERS:
        recipient = None  # (عن الهجوم فيما قالت موسكو إن ...: the subject of a verb of saying opens its own clause)
    if t.type == "PROTEST":
        actor, recipient = protest_roles(hit, toks, people, actor, recipient)
    if recipient is None and t.type == "ASSAULT":  # خطف 23 متطوعا مسيحيا من كوريا الجنوبية
        recipient = nationals(hit, toks, after, actor) or in_ranks_of(toks, people, actor) or sufferer(
            hit, toks, people, actor)  # تكبدت X خسائر نظرا للهجوم: X (events/losses)
    if (to := directed(hit, toks, people)) is not None and to != (None, None):  # الاتهامات الموجهة لها: events/directed
        actor, recipient, implicit = to[0], to[1] or (recipient if recipient is not to[0] else None), False
    if recipient is None and t.type in ("SANCTION", "COERCE", "THREATEN", "ACCUSE") and any(
            w in cues.ON_IT for w in toks[hit.j:hit.j + 3]):
        # إعادة فرض العقوبات عليها: the pronoun points back to the last other country named
        recipient = next((a for a in reversed(before) if a.actor.country and a is not actor and (
            actor is None or a.actor.country != actor.actor.country)), None)
    placed = recipient is None or recipient.actor.kind == "place"
    if placed and hit.verbal and t.type in PATIENT_GENITIVE:
        # استهدف نقطة تفتيش (مشتركة،) للجيش الأميركي: the object is named by what it belongs to
        recipient = next((a for a in after if a.prep == "ل" and 1 <= a.i - hit.j <= 5 and a is not actor
                          and not owns_attack(toks, hit.j, a)), recipient)
    if placed and t.type == "ASSAULT":  # انفجرت عبوة ناسفة لدى مرور دورية للجيش
        recipient = passing_target(hit, toks, after, actor) or recipient
    recipient = resumed_object(hit, toks, actor, recipient)  # هذا الأمر ترفضه X وحليفها Y: not Y
    if recipient is None and hit.verbal and object_pronoun(head[hit.strip:]):
        # تشن تركيا غارات على مواقع لحزب العمال وتتهمه بـ...: the object pronoun points back to the last other party
        recipient = next((a for a in reversed(before) if a is not actor and a.actor.country and a.prep is None and (
            actor is None or a.actor != actor.actor)), None)
    if actor is not None and recipient is not None and actor.actor.id is not None \
            and recipient.actor.id == actor.actor.id:  # أمير قطر الشيخ تميم: a title and its holder are one
        recipient = recipient_after([a for a in after if a.actor.id != actor.actor.id and a.i >= recipient.j], preps)
    elif holder_name(actor, recipient, people, toks) or apposed_name(actor, recipient, people, toks):
        # النائب عن حركة النهضة الصحبي عتيق, المبعوث الأممي الجديد، مارتن غريفيث،: the title's holder
        recipient = recipient_after([a for a in after if recipient is not None and a.i >= recipient.j], preps)
    elif recipient is not None and own_body(hit, actor, recipient, toks):  # زعيم حزب X: the title's own body
        recipient = recipient_after(past_body(recipient, people, toks), preps)
    if recipient is None and after and governed_adjective(hit, toks, after[0]):  # تنديده بالتهديدات الأميركية
        recipient = after[0]
    if t.type == "ACCUSE":  # أدان الهجمات التي استهدفت X، أدان مقتل المتظاهرين برصاص الجيش (events/accused_act)
        recipient = accused_of(hit, toks, after, people, recipient)
    if t.type == "ASSAULT" and actor is not None and actor.actor.kind == "place" and (
            recipient is None or recipient.actor.kind == "place"):  # شهدت مدينة كركوك تفجيرات
        actor, recipient = town_struck(hit, toks, actor, recipient)
    if t.type == "PROTEST" and actor is not None and actor.actor.kind in ("place", "country") and actor.i > 0 and \
            any(w.lstrip("و").startswith("شهد") for w in toks[max(0, actor.i - 4):actor.i]):
        # شهدت تركيا مسيرتين (ضمت مليون متظاهر): the country that witnessed protests is where they were and whom
        # they address, not their author; the crowd is its people (the caller's)
        keep = recipient is not None and recipient.actor.sector != "CVL"
        actor, recipient = None, recipient if keep else actor
    if t.type in PATIENT_GENITIVE and recipient is not None and by_hand(toks, recipient.i) \
            and actor is None and not (t.type == "ASSAULT" and not hit.verbal and head in AGENT_MARKS):
        # وقتل الرجل على أيدي الشرطة: whoever acts "by the hand of" is the author, never the target
        actor, recipient, implicit = recipient, None, False
    elif t.type in PATIENT_GENITIVE and hit.verbal and actor is not None and recipient is not None \
            and recipient.i > actor.i > hit.i and by_hand(toks, recipient.i):
        # قتل عشرات الفلسطينيين بنيران الجيش: the verb is passive; who follows it suffers it
        actor, recipient = recipient, actor
    # استهدفت غارات للتحالف نقطة للميليشيات, استهدفت الغارات تجمعا للميليشيات: the subject noun's owner acts, or no one
    actor, recipient, implicit = weapon_roles(hit, toks, after, actor, recipient, implicit, before)  # weapon_subject
    if t.type == "ASSAULT" and actor is None and (claim := claimant(toks, people)) is not None \
            and claim is not recipient:
        actor, implicit = claim, False  # ... في هجوم أعلنت حركة الشباب مسؤوليتها عنه
    if t.type in PATIENT_GENITIVE and actor is None and (agent := marked_agent(hit.j, toks, people, recipient)):
        actor, implicit = agent, False  # مقتل مدرب تابع للجيش الأميركي بالرصاص على يد جندي أفغاني
    if (exp := expelled(hit, genitive, after)) is not None:  # طرد السفير الكندي لدى الرياض
        actor, recipient = exp[0] or (actor if actor is not exp[1] else None), exp[1]
    actor, recipient, implicit = frame_roles(hit, toks, people, actor, recipient, implicit, deals, args)  # frames
    if t.visitor_is_object:  # the host is the subject; PLOVER codes the visitor as actor
        return recipient, actor, "recipient" if implicit else None
    return actor, recipient, implied if implicit else None
