"""The last word on an event's roles from the frames of particular constructions, applied in this order after the
general role rules (events/roles): an expulsion of envoys (events/expel), closing an embassy (events/closed), a
withdrawal from an agreement (events/withdrawal), a denied or other clause's recipient (events/clauses, statements),
a nationality adjective of the subject's construct (events/adjectives), the author of a condemned act
(events/condemned), a meeting's مع partner and no partner inside what is said during it (events/consult), the object
of a prepositional verb of stance and no place as a party (events/praise), a referral's court
(events/accused_object), the one asked and no party deep in the act ضرورة names (events/requests), the author of a
refused request (events/answers) or of a denied claim (events/rebutted), the refuser a refusal noun's genitive names
(events/refuser), whose statement, decision or act a refusal rejects (events/refused_owner), the partner of a joint
act a refusal or pledge takes (events/joint_partner), the accused after a statement's فيه (events/statement_taken),
the party a preposition marks (events/marked), the one after بحق (events/against), who undergoes a
sanction (events/sanctioned), a sentence noun's court and the one punished (events/sentence_noun), the topic its
pronoun resumes
(events/resumed), the one held that an arrest noun's possessive resumes (events/held_pronoun), a charged pronoun
(events/charges), no party inside the charge after اتهمها بـ (events/charge_clause), the object a joined verb's
pronoun resumes (events/joined; past a preposition or far from the subject, and a relative's verb of the other
gender: events/clause_subject), the party a circumstantial clause's pronoun resumes (events/circumstantial), a
visit's visitor and host (events/visits, visit_genitive), a host's guest named past his titles (events/host_guest),
whose meeting a possessive pronoun or a holding verb's
pronoun names (events/possessor) and, with no recipient yet, the party an object pronoun resumes
(events/object_referent)."""

from __future__ import annotations

from collections.abc import Mapping

from marsad.events.accused_object import court_destination
from marsad.events.adjectives import past_adjective
from marsad.events.against import against_party
from marsad.events.answers import request_author
from marsad.events.arguments import Arg
from marsad.events.asked_pronoun import asked_pronoun
from marsad.events.backers import backing_roles
from marsad.events.charge_clause import charge_clause
from marsad.events.charges import charged_pronoun
from marsad.events.circumstantial import circumstantial_subject
from marsad.events.clause_subject import conjoined_subject, relative_skipped, relative_subject
from marsad.events.clauses import denied_content
from marsad.events.closed import closed_roles
from marsad.events.condemned import condemned_author
from marsad.events.consult import held_by, meeting_partner, outside_meeting
from marsad.events.entry_ban import entry_ban
from marsad.events.expel import expel_roles
from marsad.events.held_pronoun import held_pronoun
from marsad.events.host_guest import host_guest
from marsad.events.joined import joined_object
from marsad.events.joint_partner import joint_partner
from marsad.events.marked import marked_party, placed_under
from marsad.events.object_referent import object_referent
from marsad.events.own_stance import own_stance
from marsad.events.plural_verb import joined_plural, plural_object
from marsad.events.possessor import meeting_owner, relative_holder
from marsad.events.praise import governed_actor, governed_recipient, no_place
from marsad.events.rebutted import denied_author
from marsad.events.refused_owner import refused_owner
from marsad.events.refuser import refuser_genitive
from marsad.events.relative_object import relative_object
from marsad.events.requests import addressee, necessary_act, noun_addressee
from marsad.events.resumed import resumed_held
from marsad.events.sanctioned import undergone
from marsad.events.second_object import second_object
from marsad.events.sentence_noun import sentence_noun
from marsad.events.shared_subject import shared_subject
from marsad.events.statement_taken import statement_taken
from marsad.events.statements import across_clause
from marsad.events.tried import tried_after, tried_before, tried_genitive, tried_relative
from marsad.events.triggers import TriggerHit
from marsad.events.visit_genitive import genitive_visit
from marsad.events.visits import made_by_recipient, visit_roles, visited_place
from marsad.events.withdrawal import deal_party, withdrawal_roles


def frame_roles(hit: TriggerHit, toks: list[str], people: list[Arg], actor: Arg | None, recipient: Arg | None,
                implicit: bool, deals: Mapping[str, str] | None = None, args: list[Arg] | None = None
                ) -> tuple[Arg | None, Arg | None, bool]:
    """(actor, recipient, implicit) after the construction frames; `deals`: the agreements known by their adjective
    alone and their parties (bare_names.yaml); `args`: all the sentence's participants, places too."""
    t = hit.trigger
    actor, recipient = expel_roles(hit, toks, people, actor, recipient)  # قررت بولندا طرد 20 دبلوماسيا روسيا
    actor, recipient = closed_roles(hit, toks, args or people, actor, recipient)  # وأغلقت قنصلية روسيا في سياتل
    actor, recipient = withdrawal_roles(hit, toks, people, actor, recipient)  # انسحاب أميركا من الاتفاق النووي
    recipient = deal_party(hit, toks, people, actor, recipient, deals)  # انسحبت من الاتفاق النووي ... إيران
    if denied_content(hit, toks, recipient, actor) or across_clause(hit, toks, recipient):
        recipient = None
    if t.type in ("COERCE", "CONSULT"):  # شرطة مكافحة الإرهاب التركية بريطانيين: the adjective is the police's
        recipient = past_adjective(recipient, actor, toks, people)
    actor, recipient, implicit = condemned_author(hit, toks, people, actor, recipient, implicit)  # دانت الغارات التركية
    recipient = meeting_partner(hit, toks, people, actor, recipient)  # بحث الملف الكوري مع ...: the مع partner
    recipient = outside_meeting(hit, toks, recipient)  # قال خلال اجتماع إن تركيا ...: no partner
    actor, recipient, implicit = held_by(hit, toks, people, actor, recipient, implicit)  # المحادثات التي أجراها X
    actor, recipient, implicit = governed_actor(hit, toks, actor, recipient, implicit)  # وأشاد ببطولات X: X
    recipient = governed_recipient(hit, toks, people, actor, recipient)  # أشاد X، عبر Y، بدور Z: Z
    recipient = no_place(hit, toks, people, recipient)  # وافقت على مناطق حول معبر التنف: no party
    recipient = court_destination(hit, recipient)  # أحال المتهمين إلى القضاء: the court is no recipient
    actor, recipient, implicit = addressee(hit, toks, people, actor, recipient, implicit)  # ودعا الكونغرس إلى
    actor, recipient, implicit = second_object(hit, toks, people, actor, recipient, implicit)  # دعا X، Y، Z إلى
    actor, recipient, implicit = asked_pronoun(hit, toks, people, actor, recipient, implicit)  # داعيا إياهم
    actor, recipient, implicit = noun_addressee(hit, toks, people, actor, recipient, implicit)  # ردت بمطالبة X بـ
    recipient = necessary_act(hit, toks, people, actor, recipient)  # شدد على ضرورة اتخاذ إجراءات في مواجهة X: not X
    actor, recipient, implicit = request_author(hit, toks, people, actor, recipient, implicit)  # رفض دعوة X
    actor, recipient, implicit = denied_author(hit, toks, people, actor, recipient, implicit)  # ما صرح به X
    actor, recipient, implicit = refuser_genitive(hit, toks, people, actor, recipient, implicit)  # انتقد رفض X
    actor, recipient, implicit = refused_owner(hit, toks, people, actor, recipient, implicit)  # رفض تصريحات X
    actor, recipient, implicit = joint_partner(hit, toks, people, actor, recipient, implicit)  # رفض التعاون مع X
    actor, recipient, implicit = statement_taken(hit, toks, people, actor, recipient, implicit)  # بيانا اتهم فيه X
    actor, recipient, implicit = marked_party(hit, toks, people, actor, recipient, implicit)  # طلبت من الشركة الهندية
    actor, recipient, implicit = against_party(hit, toks, people, actor, recipient, implicit)  # مذكرة اعتقال بحق X
    actor, recipient, implicit = undergone(hit, toks, people, actor, recipient, implicit)  # تتعرض X لعقوبات
    actor, recipient, implicit = resumed_held(hit, toks, people, actor, recipient, implicit)  # X ألقي القبض عليه
    actor, recipient, implicit = placed_under(hit, toks, people, actor, recipient, implicit)  # وضعت X Y قيد الحبس
    actor, recipient, implicit = tried_relative(hit, toks, args or people, actor, recipient, implicit)  # X الذي يحاكم
    actor, recipient, implicit = tried_after(hit, toks, args or people, actor, recipient, implicit)  # وحوكم X
    actor, recipient, implicit = tried_genitive(hit, toks, args or people, actor, recipient, implicit)  # محاكمة X
    actor, recipient, implicit = tried_before(hit, toks, args or people, actor, recipient, implicit)  # X يحاكم أمام
    actor, recipient, implicit = sentence_noun(hit, toks, args or people, actor, recipient, implicit)  # حكم محكمة بسجن
    everyone = people if args is None else args
    actor, recipient, implicit = held_pronoun(hit, toks, everyone, actor, recipient, implicit)  # منذ اعتقالهما
    actor, recipient, implicit = charged_pronoun(hit, toks, people, actor, recipient, implicit)  # وجهت إليه تهمة
    actor, recipient, implicit = charge_clause(hit, toks, people, actor, recipient, implicit)  # اتهمها بعرقلة X
    actor, recipient, implicit = joined_object(hit, toks, people, actor, recipient, implicit)  # هاجم X Y واتهمها
    actor, recipient, implicit = conjoined_subject(hit, toks, people, actor, recipient, implicit)  # من إيران وحذرها
    actor, recipient, implicit = relative_subject(hit, toks, people, actor, recipient, implicit)  # الذي تعهدت X
    actor, recipient, implicit = relative_skipped(hit, toks, people, actor, recipient, implicit)  # التي أطلقها X، فهددت
    actor, recipient, implicit = shared_subject(hit, toks, people, actor, recipient, implicit)  # X طلبت ...، كما نفت
    actor, recipient, implicit = relative_object(hit, toks, people, actor, recipient, implicit)  # القرار الذي طالب X
    actor, recipient, implicit = backing_roles(hit, toks, people, actor, recipient, implicit)  # X بدعم من Y
    actor, recipient, implicit = own_stance(hit, toks, people, actor, recipient, implicit)  # أبدت X دعمها لـ Y
    actor, recipient, implicit = plural_object(hit, toks, people, actor, recipient, implicit)  # X رفضوا خطة Y
    actor, recipient, implicit = joined_plural(hit, toks, people, actor, recipient, implicit)  # X ...، ونددوا بـ Y
    actor, recipient, implicit = entry_ban(hit, toks, people, actor, recipient, implicit)  # منع X من دخول تونس
    actor, recipient, implicit = circumstantial_subject(hit, toks, people, actor, recipient, implicit)  # X وهم يهاجمون
    actor, recipient, implicit = visited_place(hit, toks, people, actor, recipient, implicit)  # يصل القاهرة X
    if (visit := visit_roles(hit, toks, people, actor)) is not None:  # الزيارة التي قام بها X إلى Y, زيارته لـ Y
        actor, recipient, implicit = visit
    else:  # رحب X بزيارة Y، قام X بزيارة طهران (events/visit_genitive)
        actor, recipient, implicit = genitive_visit(hit, toks, people, actor, recipient, implicit)
    actor, recipient, implicit = made_by_recipient(hit, toks, people, actor, recipient, implicit)  # التي قام بها X
    actor, recipient, implicit = host_guest(hit, toks, people, actor, recipient, implicit)  # استقبل X، مساء، Y
    actor, recipient, implicit = meeting_owner(hit, toks, people, actor, recipient, implicit)  # X ... خلال لقائه
    actor, recipient, implicit = relative_holder(hit, toks, people, actor, recipient, implicit)  # خلال اجتماع عقده
    actor, recipient, implicit = object_referent(hit, toks, people, actor, recipient, implicit)  # X ... تقتله الشرطة
    return actor, recipient, implicit
