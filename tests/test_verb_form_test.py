"""`is_verb_form` answers as membership in `verb_forms` does, without generating the forms."""

from marsad.events.forms import is_verb_form, verb_forms
from marsad.text.normalize import norm


def test_is_verb_form_matches_the_generated_forms() -> None:
    for past, present in [("قتل", "يقتل"), ("طالب", "يطالب"), ("اعتقل", "يعتقل"), ("دعا", "يدعو"), ("شن", "يشن"),
                          ("أدان", "يدين"), ("التقى", "يلتقي")]:
        pasts, presents = verb_forms(past), verb_forms(present=present)
        near = {w[:-1] for w in pasts | presents} | {w + "ه" for w in pasts | presents} | {
            "و" + w for w in pasts} | {"ا" + w[1:] for w in presents} | {norm(past), norm(present), ""}
        for word in pasts | presents | near:
            assert is_verb_form(word, past) == (word in pasts), word
            assert is_verb_form(word, present=present) == (word in presents), word
            assert is_verb_form(word, past, present) == (word in verb_forms(past, present)), word
