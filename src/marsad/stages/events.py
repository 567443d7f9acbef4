"""Event stage: triggers → roles (reported speech, the current subject) → modality, place, date → `doc.events`."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from marsad.doc import Document, Mention
from marsad.events import news_line
from marsad.events.according import according_sources, not_cited
from marsad.events.aerial import aerial_roles
from marsad.events.against import against_target
from marsad.events.ahead import not_yet
from marsad.events.aimed import aimed_targets
from marsad.events.arguments import Arg, conjuncts, doc_country, team
from marsad.events.armed_group import armed_group
from marsad.events.blamed import blamed, occasion
from marsad.events.clash_killing import dead_side
from marsad.events.clauses import (
    after_stating,
    alleged,
    main_subject,
    pair_reference,
    requested,
    speech_subject,
    stated_by,
    stated_object,
)
from marsad.events.consult import between_sides, clause_meeting, named_with
from marsad.events.context import dateline_place, event_date
from marsad.events.detector import Detector, features
from marsad.events.directed import accused_carries, unnamed_accuser
from marsad.events.fight_place import no_side
from marsad.events.first_roles import first_roles
from marsad.events.forms import after_cause, carried_on, voweled_passive
from marsad.events.held_subject import held_roles
from marsad.events.history import case_of, years_ago
from marsad.events.impersonal import unnamed_doers
from marsad.events.interviews import interviews
from marsad.events.modality import modality
from marsad.events.name_words import name_words
from marsad.events.obliged import obliged
from marsad.events.occupation import occupation_targets
from marsad.events.occurred import occurred
from marsad.events.offfield import OffField, sports_report
from marsad.events.opening import opened_by, said_on
from marsad.events.other_sense import ta_not_pronoun
from marsad.events.own_members import own_members
from marsad.events.pairs import NamedPairs, dual_parties
from marsad.events.participles import circumstantial_participle
from marsad.events.parts import carry, confidence, crowd, participant, place_of, speaker_owned, ta_marbuta
from marsad.events.planned import purpose_mood
from marsad.events.protest import located, stateless_crowd
from marsad.events.protesters import protest_parties
from marsad.events.ranker import RoleRanker
from marsad.events.record import Event, Participant, Span
from marsad.events.recount import Flags, recount, uncount
from marsad.events.regions import regional
from marsad.events.reported import reported_act
from marsad.events.reporters import AFTER_COUNTING, outlet_not_author, relayed, telling_outlets
from marsad.events.sanctioned import undergoer
from marsad.events.seat import Seats
from marsad.events.sentence_check import SentenceCheck
from marsad.events.short_verbs import short_verbs
from marsad.events.sides import clash_like, dual_verb, mutual, place_target, second_start
from marsad.events.speech import SpeechLexicon
from marsad.events.statement_nouns import own_adjective, own_genitive
from marsad.events.statements import said_in_clause
from marsad.events.struck import retold, settled
from marsad.events.told import told_by_noun
from marsad.events.told_verb import ARMED_TELLERS
from marsad.events.triggers import TriggerHit, TriggerIndex
from marsad.events.uncoded import unnamed_recipients
from marsad.events.unplaced import unplaced_visitor
from marsad.events.unrealised import governing_mood
from marsad.events.venues import participants
from marsad.events.victims import self_struck
from marsad.events.withdrawal import withdrawer
from marsad.knowledge.records import Actor, BareNames
from marsad.text.normalize import norm_words
from marsad.text.tokenize import Segmenter

_BODIES = frozenset({"organisation", "institution", "country"})
# no verb after these: prepositions, and nouns that take a verbal noun as genitive (عملية دهس، محاولة اغتيال)
_NOUN_BEFORE = frozenset("في الى الي على علي عن من مع بين حول نحو عبر لدى لدي ضد عمليه عمليات محاوله".split())
_STATEMENT_TYPES = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE"})
_BY_TARGET = frozenset({"ASSAULT", "PROTEST"})
_WHILE = norm_words("فيما بينما وفيما وبينما حين")


class EventStage:
    name: ClassVar[str] = "events"
    requires: ClassVar[frozenset[str]] = frozenset({"mentions", "coref"})
    provides: ClassVar[frozenset[str]] = frozenset({"events"})

    def __init__(self, triggers: TriggerIndex, speech: SpeechLexicon, segmenter: Segmenter,
                 detector: Detector | None = None, sports: frozenset[str] = frozenset(),
                 check: SentenceCheck | None = None, ranker: RoleRanker | None = None, bare: BareNames | None = None,
                 sources: dict[str, str] | None = None, pairs: NamedPairs | None = None,
                 offfield: OffField | None = None, seats: Seats | None = None, given: frozenset[str] = frozenset()
                 ) -> None:
        self.triggers, self.speech, self.segmenter = triggers, speech, segmenter
        self.detector = detector  # the feature check of `reported`, for the types it was trained on ...
        self.check = check  # ... unless the sentence check (an encoder, stages/check) knows the type
        self.sports = sports  # words that mark a sports report (مباراة, الدوري, المنتخب), with their proclitics
        self.offfield = offfield or OffField()  # ... and a party of sport or entertainment (events/offfield)
        self.seats = seats or Seats()  # a seat city as a party stands for its body: بروكسل → EU (events/seat)
        self.ranker = ranker  # a learned second look at the roles (events/ranker)
        self.sources, self.pairs = sources or {}, pairs or {}  # an outlet → its country; الكوريتان → PRK, KOR
        self.bare = bare or BareNames()  # المملكة → SAU by context, الاتفاق النووي → IRN (bare_names.yaml)
        self.given = given  # the given names, normalised (a name's parts: events/name_words)

    def __call__(self, doc: Document) -> None:
        nz = doc.normalized
        assert nz is not None
        by_sentence: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        speaker: Participant | None = None
        teller: Participant | None = None  # the speaker, or an outlet telling (for AFTER_COUNTING types)
        subject: Participant | None = None
        dateline = dateline_place(doc.text, by_sentence.get(0, []))
        home = doc_country(doc.mentions) or (  # the country the article names most, else a local outlet's own
            self.sources.get(" ".join(doc.source.split()).casefold()) if doc.source else None)
        events: list[Event] = []
        sentence_start = 0
        recent: list[Actor] = []  # the countries named so far, latest last (for البلدين, الجانبين)
        toks: list[str] = []
        seen_args: dict[int, tuple[list[Arg], list[str]]] = {}  # each sentence's participants, for the ranker
        cited_at: set[tuple[int, int]] = set()  # the sources of "according to" phrases (events/according)
        pending: dict[str, Flags] = {}  # the events uncounted for their parties alone (events/recount)
        in_report = sports_report(doc, self.sports)  # an article mostly about sport (events/offfield)
        for si, ntoks in enumerate(doc.norm_tokens):
            events[sentence_start:] = settled(events[sentence_start:], toks)  # (events/struck)
            sentence_start = len(events)
            toks = [t for _, _, t in ntoks]
            # a trigger word inside a name is part of the name (قوى الحوار الوطني, مباركة هلال, مركز المؤتمرات)
            # ... or between a name's parts (فهد طالب الشرفي), or a place's one word (وعدن: events/name_words)
            named = name_words(by_sentence.get(si, []), toks, self.given)
            hits = short_verbs([h for h in self.triggers.find(toks) if h.i not in named], toks)  # وحث الاتحاد
            sv, participle = self.speech.speech_verb_at(toks)
            sn = self.speech.statement_noun_at(toks) if sv < 0 else -1  # participants only where a rule reads them:
            args, where, loc = participants(by_sentence.get(si, []), toks, self.segmenter, home, hits,
                doc.mentions) if (hits or sv >= 0 or sn >= 0) else ([], None, None)  # a trigger, a speech verb or noun
            cited_at.update((a.start, a.end) for a in according_sources(args, toks))  # وفق ما أفادت X (according)
            outlets = telling_outlets(args, toks)  # قالت وكالة X إن ...: no party (events/reporters)
            all_args, args = args, [a for a in args if a not in outlets] if outlets else args
            seen_args[si] = (args, toks)
            for m in by_sentence.get(si, []):
                if m.actor is not None and m.actor.kind in ("country", "nationality") and m.actor.country:
                    recent = [a for a in recent if a.country != m.actor.country] + [m.actor]
            # a sentence with no speech verb continues the last speaker only if it is quoted or subject-less
            reported = toks[:1] in (['"'], ['«'], ['“']) or (si > 0 and sv < 0 and toks[:1] == [":"])
            if sv >= 0:
                # مضيفا / موضحا: the participle's speaker is the subject of the sentence's main verb
                named = main_subject(all_args, sv) if participle else speech_subject(all_args, sv, toks)
                outlet = named if named is not None and named in outlets else None
                if outlet is not None:  # نقلت وكالة X عن الوزير: the one it quotes, else no one
                    named = relayed(args, outlet)
                if named is not None:
                    speaker = teller = participant(doc.text, named)
                elif outlet is not None or self.speech.hands_over(toks) or self.speech.unnamed_speaker(toks, sv):
                    speaker = teller = None  # (بدوره ...; وقال مصدر أمني: a new speaker no one names; an outlet)
                if outlet is not None:  # (the teller of a material act or protest, stripped by outlet_not_author)
                    teller = participant(doc.text, outlet)
            elif (owner := next((a for a in args if sn >= 0 and a.i > sn and a.i - sn <= 2 and a.prep == "ل"),
                                None)) is not None:  # بتصريحات لشمخاني
                speaker = teller = participant(doc.text, owner)
                sv = sn
            if not hits:
                continue
            # where other events' verbs and the speech verb stand: their subjects are not an attack noun's author
            verbal_at = frozenset(h.i for h in hits if h.verbal)
            sport = not self.sports.isdisjoint(toks)
            # in a sports report, a sentence with no sports word: a state or party on either side makes it an event
            loose = in_report and not sport
            sent, norm_sentence = doc.sentences[si], " ".join(toks)
            when, _ = event_date(toks, norm_sentence, doc.date)
            place = place_of(doc.text, loc) if loc is not None else dateline  # (or a meeting's venue: events/venues)
            moods: dict[int, tuple[bool, str]] = {}  # the sentence's verbal triggers: negation and modality
            free = args
            for hit in hits:
                t = hit.trigger
                # (a material act or a protest keeps the outlet for now: outlet_not_author strips it after counting)
                args, spoken = (all_args, teller) if t.type in AFTER_COUNTING else (free, speaker)
                # تجمعوا أمام السفارة احتجاجا على ...: the purpose of a protest already coded is that protest
                purpose_of = next((e for e in reversed(events[sentence_start:]) if e.event_type == "PROTEST"),
                                  None) if t.type == "PROTEST" and toks[hit.i] in _PURPOSE else None
                if alleged(hit, hits, toks):
                    continue  # اتهم X Y بشن هجمات: an act alleged inside an accusation is not coded (conventions)
                # الغارات الجوية استهدفت مواقع ...: the verb retells the noun's act, by the same author (events/told)
                told = told_by_noun(hit, toks, args, events[sentence_start:],
                                    (head_at := nz.to_orig(ntoks[hit.i][0], ntoks[hit.i][1]))[0])
                tied = ta_marbuta(doc.text, *head_at)
                if tied and ta_not_pronoun(t, toks[hit.i][hit.strip:]):
                    continue  # قتلة: killers, not قتله, his killing (events/other_sense)
                if hit.verbal and (tied or (
                        hit.i > 0 and toks[hit.i - 1] in _NOUN_BEFORE) or stated_object(toks, hit.i, args) or (
                        t.type == "ASSAULT" and (carried_on(toks, hit.i) or after_cause(toks, hit, args)))):
                    # وفرة, تعزية: a noun in ة normalises like a verb with the pronoun ه (وفره, تعزيه); إشارة إلى
                    # تعاون: after a preposition a word is a noun. Read it as the entry's verbal noun if it has
                    # one of that shape, else it is no trigger
                    body = toks[hit.i][hit.strip:]
                    if t not in self.triggers.nouns.get(body, ()) and t not in self.triggers.nouns.get(body[2:], ()):
                        continue
                    hit = replace(hit, verbal=False)
                # روسيا أعلنت رفضها: the noun a verb of stating states (events/clauses), still weighed as read
                stated = hit.verbal and after_stating(toks, hit.i) and t in self.triggers.nouns.get(
                    toks[hit.i][hit.strip:], ())
                if stated:
                    hit = replace(hit, verbal=False)
                # قُتلوا, اُعتقل: a verb the text vowels with a damma on its first letter is passive
                voweled = hit.verbal and voweled_passive(doc.text, *head_at,
                                                      hit.strip, derived=t.type in ("ACCUSE", "COERCE", "ASSAULT"))
                roles = first_roles(hit, toks, args, verbal_at, voweled, self.bare.deals, self.speech.verbs,
                                    lambda k, nt=ntoks: doc.text[slice(*nz.to_orig(nt[k][0], nt[k][1]))])
                actor_arg, recipient_arg, implicit, named, said_at = (roles.actor, roles.recipient, roles.implicit,
                                                                      roles.named, roles.said_at)
                on_visit = clause_meeting(hit, toks, args, events[sentence_start:], events[:sentence_start])
                actors = team(args, actor_arg, toks) if actor_arg else [None]
                recipients = conjuncts(args, recipient_arg) if recipient_arg else [None]
                if recipient_arg is not None and recipient_arg in actors:  # توصلت أرمينيا وأذربيجان: each acts
                    recipients = [None]
                pair = pair_reference(toks, hit.j, recent)
                # فيما / بينما / في حين open the reporter's own clause: what follows is no longer the speaker's
                in_speech = spoken is not None and (sv < hit.i if sv >= 0 else reported) and not any(
                    w in _WHILE for w in toks[max(sv, 0):hit.i])
                carried = spoken if in_speech else ((participant(doc.text, o) if (o := opened_by(  # وجدد X، ووعد
                    args, toks, sv, hit.i)) else said_on(t.type, speaker, subject, doc, self.speech, toks[hit.j:],
                                                            toks[:hit.i]))
                    if hit.verbal or stated else None)
                # (not a noun whose author and addressee follow it: طلبت بحث اتهام الحكومة البريطانية لموسكو; nor a
                # circumstantial participle's: ...، داعيا الحكومة إلى; نفت روسيا الاتهامات: the accuser is not named)
                unnamed = (untold := unnamed_accuser(hit, toks, args, voweled)) or named and actor_arg is None
                own = unnamed or not hit.verbal and actor_arg is not None and recipient_arg is not None \
                    and recipient_arg.prep is not None and actor_arg.i >= hit.j or said_in_clause(
                        hit, toks, args) is not None or circumstantial_participle(hit, toks) or own_genitive(
                    hit, toks, actor_arg) or own_adjective(hit, toks, actor_arg) or withdrawer(hit, args) is not None \
                    or stated_by(hit, toks, actor_arg)  # (إن روسيا أعلنت رفضها: Russia's own)
                # (إدانة مصر للهجوم: Egypt's own; الاتهامات التي وجهها نتانياهو: his own, not the speaker's; an
                # accusation told from the side of the accused: events/accused; التهديدات الأميركية: the adjective's)
                if in_speech and t.type in _STATEMENT_TYPES and (not hit.verbal and not own or implicit == "actor"):
                    # قال X إن ...: a statement inside reported speech is the speaker's; a noun's own
                    # participant (مطالب شعبي إيران والعراق) then receives it
                    if actor_arg is not None and recipient_arg is None:
                        recipients = conjuncts(args, actor_arg)
                    actors, implicit = [None], "actor"
                span = self._span(doc, ntoks, hit)
                negated, mood = modality(toks, hit.i, hit.future, ahead=t.type not in _STATEMENT_TYPES,
                                         told=t.type in news_line.TYPES)
                if mood == "asserted":  # القمة التي ستجمع، إلغاء القمة، عملية وشيكة، يبدأ غدا زيارة: events/ahead
                    mood = not_yet(toks, hit, in_speech, doc.date) or purpose_mood(  # (يلتقي خلالها X لبحث)
                        events[sentence_start:], toks, hit.i) or mood
                if hit.verbal:
                    moods[hit.i] = (negated, mood)
                elif mood == "asserted":
                    # ستفرض واشنطن عقوبات: a noun its own verb governs shares the verb's future or condition
                    gov = governing_mood(moods, toks, hit.i, t.type)
                    if gov is not None and gov[1] in ("future", "conditional"):
                        mood = gov[1]
                if mood == "asserted" and (requested(hit, hits, toks) or obliged(toks, hit.i)):
                    mood = "conditional"  # طلبت من المحكمة فتح تحقيق، على المجتمع الدولي دعم: not happened
                if in_speech and mood == "background" and t.type not in _STATEMENT_TYPES:
                    continue  # an act recalled inside someone's statement (المساعدات التي قدمتها ...) is its content
                if mood == "asserted" and t.type in news_line.TYPES and not hit.verbal and (
                        blamed(toks, hit.i) or occasion(toks, hit.i)):
                    mood = "background"  # تقف وراء الهجوم، بعد الهجوم: blame, occasion (events/blamed)
                # one event per actor and recipient (مصر والإمارات); a two-sided one per side (اشتباكات بين X و Y)
                clash = clash_like(hit, toks)  # (also an exchange of fire: تبادل لإطلاق النار بين X و Y)
                sides = between_sides(hit, toks, args) or (mutual(  # محادثة بين X و Y: theirs (events/consult)
                    hit, toks, args, actor_arg, recipient_arg) if implicit is None or dual_verb(
                    hit, toks) or actor_arg is None and (recipient_arg is None or clash) else None)  # (X و Y وتعهدا)
                if sides:  # اندلعت اشتباكات بين الجيش والحوثيين: the two sides are named, no one is implied
                    implicit = None
                # (one side only: اشتباكات بين الجيش ومجموعة مسلحة — the other is named but no dictionary codes it)
                pairs = [(s, sides[(k + 1) % len(sides)] if len(sides) > 1 else None) for k, s in enumerate(sides)] \
                    if sides else [
                    (a, r) for a in actors for r in recipients]
                if sides and (dead := dead_side(hit, toks, args, sides)) is not None:
                    pairs = [dead]  # قتل ثلاثة من الشرطة في اشتباكات مع مسلحين: against the dead's side only
                if duals := dual_parties(hit, toks, args, recent, span, events, self.pairs, doc.mentions):  # الزعيمان
                    pairs, implicit = [(duals[0], duals[1]), (duals[1], duals[0])], None
                for a_arg, r_arg in pairs:
                    actor = participant(doc.text, a_arg) if a_arg else None
                    if a_arg is not None and a_arg.possessed and in_speech and spoken is not None \
                            and a_arg.actor.kind == "generic" and spoken.actor.kind in _BODIES:
                        actor = speaker_owned(a_arg, spoken)  # جنوده: the army's; قواتها: RUSMIL
                    recipient = participant(doc.text, r_arg) if r_arg else None
                    if told is not None:
                        actor = told.actor
                    if purpose_of is not None:
                        # it is no second protest; what it names the protest against (احتجاجا على قرار الحكومة) is
                        # the target when the protest had none but its place
                        old = purpose_of.recipient
                        if recipient is not None and recipient.actor.kind != "place" and recipient.actor.country \
                                and (old is None or old.actor.kind in ("place", "country")) and purpose_of in events:
                            k = events.index(purpose_of)
                            events[k] = purpose_of = replace(purpose_of, recipient=recipient)
                        continue
                    # (an attack named in someone's statement — قالت الحكومة إن الهجوم ..., قال المرصد: "قتل 23
                    # مقاتلا" — is not the speaker's, unless the noun says so: غاراته)
                    reported_attack = in_speech and reported_act(hit, toks, where is not None)
                    # (أعلن الجيش أنه نفذ غارات: its own; أنه تم إطلاق صواريخ: passive, not its own)
                    if implicit == "actor" and carried is not None and told is None and not (
                            reported_attack or untold or said_at >= 0 and carried.actor.sector not in ARMED_TELLERS):
                        actor = carry(span, carried)
                    elif implicit == "recipient" and carried is not None:
                        recipient = carry(span, carried)
                    if on_visit is not None:  # التقى X Y في زيارة: the verb's visitor and host (not a مع partner)
                        actor = on_visit.actor
                        recipient = recipient if r_arg is not None and named_with(r_arg, toks) else on_visit.recipient
                    if actor is not None and recipient is not None and not (sides and sides[0] is sides[-1]) and (
                            actor.actor == recipient.actor or (
                            t.type == "SANCTION" and actor.actor.country == recipient.actor.country)):
                        actor, recipient = self_struck(hit, toks, actor, recipient)  # (events/victims)
                    if not sides and len(recipients) > 1 and actor is not None and recipient is not None and t.type \
                            != "ASSAULT" and recipient.actor.country == actor.actor.country:  # (not: قتل مدنيين وجنود)
                        continue  # الاتفاقيات بين طهران وبغداد, said by Iran's official: Iraq is the counterpart
                    if not (hit.verbal or stated or loc is not None or actor or recipient or occurred(hit, toks)):
                        continue  # a verbal noun with no one and nowhere (عمليات القتل) names no event (but: occurred)
                    if sides and len(sides) == 1 and actor is not None and a_arg is not None:
                        # بين الجيش ومجموعة إرهابية: the unlisted second side, an armed group at home
                        recipient = armed_group(toks, second_start(toks, a_arg.j), actor.actor.country, doc, ntoks)
                    placed = None
                    if recipient is None and not (sides and len(sides) == 1):
                        recipient = placed = place_target(t.type, hit, args, where, actor, doc.text, toks)
                    # مواجهات ... شمال مدينة X: the place is no side, cleared once it counted the event (fight_place)
                    unsided = no_side(recipient, placed, t.id, args)
                    recipient = own_members(t.type, hit, toks, args, actor, recipient, span)  # دعت X عناصرها
                    actor, recipient = held_roles(t.type, recipient, hit, toks, args, actor, doc, ntoks)
                    if t.type == "PROTEST" and (actor is None or stateless_crowd(actor)):
                        # (a crowd with no place but the one its protest was told at: على حدود قطاع غزة)
                        at = recipient.actor.country if recipient and recipient.actor.kind == "place" else None
                        actor = located(actor, crowd(span, place, home or at, args, toks))
                    if pair and actor is not None and (recipient is None or recipient.actor.country is None):
                        # بين البلدين: the other of the two countries last named
                        other = next((c for c in pair if c.country != actor.actor.country), None)
                        if other is not None:
                            recipient = Participant(span, other, implicit=True)
                    actor = unplaced_visitor(t.mode, actor, recipient, doc.mentions, toks)  # زار فلان الصين
                    n = len(events)
                    events.append(Event(
                        id=f"{doc.id}:{si}:{hit.i}:{t.id}:{n}", doc_id=doc.id, date=when, event_type=t.type,
                        mode=t.mode, cameo=t.cameo.code, goldstein=t.goldstein, quad_class=t.quad_class,
                        negated=negated, modality=mood, actor=actor, recipient=recipient, location=place,
                        trigger=span, sentence=(si, sent.start, sent.end),
                        confidence=confidence(hit, actor, recipient), rule=f"trigger:{t.id}@{t.where}"
                        + ("|actor:unnamed" if unnamed and actor is None else "")
                        + ("|recipient:unnamed" if sides and len(sides) == 1 and recipient is None or unsided else ""),
                        token=hit.i, verbal=hit.verbal or stated))
                    checked = self.check is not None and self.check.knows(t.type)
                    if self.detector is not None and self.detector.knows(t.type) and not checked:
                        e = events[-1]
                        p = self.detector.probability(features(e, toks, hit.i, e.verbal))
                        events[-1] = replace(e, confidence=round(p, 3), reported=p >= 0.5)
                    # an attack or a protest the learned check vets may count by its target alone, a meeting at a venue
                    by_target = t.type in _BY_TARGET and (checked or self.detector is not None and self.detector.knows(
                        t.type)) or actor is None and (accused_carries(hit, toks, args, voweled) or undergoer(
                        hit, toks, [a for a in args if not a.place]) is not None or against_target(hit, toks, args)) \
                        or t.type == "CONSULT" \
                        and loc is not where  # (events/directed; a venue, not where, is loc: events/venues)
                    # planned, possible or conditional (قد تعيد فرض عقوبات, إذا تم التوصل), history recalled (وقعت عام
                    # 2015), the act a case is of (قضية اغتيال), or no event by its parties (events/counting, recount)
                    events[-1] = uncount(events[-1], mood in ("future", "conditional") or years_ago(
                        toks, hit, doc.date) or case_of(toks, hit),
                        (by_target, sport, loose), pending)
                    if unsided:
                        events[-1] = replace(events[-1], recipient=None)
                    if actor is not None and not actor.implicit and t.type not in _STATEMENT_TYPES:
                        subject = actor
        events[sentence_start:] = settled(events[sentence_start:], toks)  # (events/struck)
        if self.ranker is not None:
            events = recount(self.ranker.rerank(events, seen_args, doc.text, self.speech.verbs), pending)
        events = unnamed_doers(events, seen_args, doc.text)  # تم فتح تحقيق: no author guessed (events/impersonal)
        events = self.seats.mark(interviews(protest_parties(retold(events, seen_args), seen_args), doc.text), doc.text)
        # sport alone (events/offfield), a medium's act, a source's roles (events/according)
        events = not_cited(outlet_not_author(self.offfield.mark(doc, events)), cited_at)
        events = aimed_targets(occupation_targets(events, doc.text, doc.mentions), doc.text, doc.mentions, self.bare)
        events = regional(events, self.seats.body("eu"))  # جولة لآسيا: no party; أوروبا: the EU (events/regions)
        events = unnamed_recipients(events)  # جبهة القتال، سجن X: an uncoded body, no recipient (events/uncoded)
        events = aerial_roles(events, seen_args)  # an armed group flies no air strike: struck (events/aerial)
        doc.events = events  # the sentence check's verdict comes next, in its own stage (stages/check)

    def _span(self, doc: Document, ntoks: list[tuple[int, int, str]], hit: TriggerHit) -> Span:
        nz = doc.normalized
        assert nz is not None
        start, end = nz.to_orig(ntoks[hit.i][0] + hit.strip, ntoks[hit.j - 1][1])
        return Span(doc.text[start:end], start, end)


_PURPOSE = norm_words("احتجاجا للاحتجاج احتجاجهم احتجاجا منهم تنديدا للتنديد")
