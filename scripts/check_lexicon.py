#!/usr/bin/env python3
"""Check src/marsad/data/stopwords.txt and common_words.txt (see docs/provenance/lexicon.md).

The two word lists are written by hand; this script only checks them. It reports, after the matcher's own
normalisation (marsad.text.normalize.norm):

* words that are not plain Arabic letters (a typo such as a Latin letter, a digit or an underscore);
* duplicates inside a file and words listed in both files;
* words that are also a person-name word: the names of people/*.yaml and person_names.tsv (when present) and
  NAME_WORDS below, a hand-written list of common given names and name-like surnames of the Arab and Muslim
  world, with the common words that are also names (the words the lists must NOT contain);
* words that are also a country name, nisba (with the loader's derived forms), capital or city name.

Exit status 1 when anything but the informational counts is reported. Reads only the project's own files.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "marsad" / "data"
sys.path.insert(0, str(ROOT / "src"))

from marsad.text.normalize import norm  # noqa: E402

# Common given names (male and female) and name-like surnames; several are also common words, which is the
# point: none of them may appear in the word lists.
NAME_WORDS = """
محمد أحمد محمود مصطفى علي على عمر عثمان حسن حسين حسني حسان إحسان محسن خالد خليل إبراهيم إسماعيل يوسف يونس
يعقوب موسى عيسى يحيى يحيي زكريا سليمان داود أيوب إلياس إدريس هارون نوح آدم صالح هادي هود شعيب لقمان
عبد الله عبدالله أمين أمينة مأمون مؤمن سعيد سعد سعود مسعود أسعد سعيدة سعاد كريم كريمة أكرم مكرم جميل جميلة
جمال كمال كامل كاملة نبيل نبيلة عادل عادلة أمل آمال أماني نور نورا نورة أنور منير منيرة سلام سلامة سالم
سليم سلمان سلمى سلوى مسلم رشيد رشيدة راشد مرشد حكيم حكمت حاكم منصور ناصر نصر نصري نصير ناصيف منتصر
انتصار فائز فايز فوزي فوزية فواز شريف شريفة أشرف مشرف عزيز عزيزة عز عزت عزام معتز معز مبارك بركات
الأسد أسد الصدر الحكيم الشرع الأمير أمير أميرة حامد حمد حمدي حميد حمدان محمدي فهد فهمي صقر نمر نمير
وليد فيصل خليفة طلال بشير بشار بشرى بشرى نصرالله فتح فتحي فاتح الفاتح فتحية فارس فراس
طارق زياد زيد يزيد زيدان ماجد مجيد مجدي مجد أمجد ماهر مهير باهر ظاهر زاهر طاهر طاهرة طه ياسين ياسر
تيسير ميسر يسرى يسري هاني هانئ هناء سامي سامر سمير سميرة سمر سماح سامح صابر شاكر شكري صبري صبحي
صباح صبحية قاسم هاشم هشام وسام عصام عماد إياد نضال جهاد كفاح وضاح رياض رضا رضوان مرتضى مجتبى مهدي هدى
هيثم حازم عازم حاتم تامر ثامر عامر معمر عمار عمارة عمران غسان حسام بسام باسم ابتسام بسمة رامي رامز
رمزي فادي شادي ناجي ناجح نجاح نجاة نجيب نجم نجوى نجلاء منى منال أمان إيمان آمنة رحمة رحيم رؤوف لطيف
لطفي لطفية عاطف عاطفة وفاء وفيق توفيق صفاء صفوت ضياء ثروت ثابت ثائر جابر جبر جبريل جعفر جواد
كاظم حيدر باقر صادق الصادق عابد عبيد عبود عطية عطا عطاء هبة منحة نعمة نعيم منعم أنعم فرح فرحات سرور
بهجة بهاء زهرة زهير زهراء وردة ريم ريما دينا رشا هالة غادة لينا لمى ليلى ليلي سحر سوسن عبير
مريم فاطمة زينب خديجة عائشة رقية حفصة أسماء أسمى سناء وئام ولاء حنان إخلاص عفاف صبر شمس قمر بدر هلال
مراد مرادي نزار نزيه نزيهة مختار مختارة منذر مازن ماهر مهند مالك ملك ملكة وائل وجدي وجيه وحيد فريد
فريدة رفيق رفيقة شفيق حبيب حبيبة أديب لبيب نجيب طيب الطيب طيبة خير خيري خيرية خيرالله بكر أبوبكر بكري
عون عوني غني الغني غنى غنام قادر عبدالقادر شامل شاهين مدني المدني مرزوق رزق رزاق أرزاق مصباح
حرب حربي الحربي سلطان سلطانة الإمام إمام الشيخ شيخ الخطيب خطيب الحداد حداد النجار نجار الخياط خياط
العطار عطار القاضي قاضي الحاج حاج الزعيم المصري البغدادي الأحمر الأخضر الأسود الأبيض عيد العيد
جاد مرعي ناجي عبده ربه منصورة ناصرة جواهر جوهر لؤي لؤلؤة شذى ندى نادر نادرة نادية ناديا
جيهان جهان إياس أوس قيس ليث أسامة أنس معاذ بلال عمرو زهير زاهي ساهر سهير سهام سهى روان رنا رهف
تمام همام هيام نسيم نسيمة نسرين ياسمين رجاء رجائي رجب شعبان رمضان محرم صفوان ربيع ربيعة خميس جمعة
صابرين مفيد مفيدة سديد رشاد إرشاد وجدان أحلام حلمي حليم حليمة كرم كرامة شرف أشرف مشرف عفيف عفيفة
رأفت رفعت عصمت مدحت نشأت حشمت طلعت بهجت عزت سعدي سعدية رائد رائدة رافع رفيع مرفوع فخري فخر
منيب منيف شفيع شافع شافعي خلف خلفان مطر مطلق مبروك عوض عواد عياد حمود حمادة حماد قحطان عدنان مروان
مروة سارة هاجر ريهام مها منة آية آيات ملاك إسراء براء
جورج إدوارد بطرس يوحنا ميشال ميشيل إيلي إلياس أنطوان جوزيف شربل نبيه سمعان ماري ميلاد
لي ما هو كي جين بان مون كيم بارك ماي شي وانغ تشانغ لين
رئيسي بري سلامة نظير حياة حصة سلمي السلمي يشار تامر رفعت حكمت مقبل باسم قادر مطلق شامل العربي ألفا سلفا
"""


# Words that are also names but are kept, each for a reason given in docs/provenance/lexicon.md: they are
# among the most frequent function words, or month/time words that news uses far more often than the name.
# The recogniser checks its name lists before these lists, so a listed given name is still read as a name.
ALLOW = {norm(w) for w in """
على ما هو هي خلف صباح رجب شعبان رمضان محرم ربيع ماي حتى أمام إلا منه بأن أية غير الآن الثاني السادس
ترأس قائد بيان خطاب السلام ناطق صعب
""".split()}


def words_of(path: Path) -> list[tuple[int, str]]:
    out = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for w in line.split("#", 1)[0].split():
            out.append((no, w))
    return out


def country_forms() -> set[str]:
    forms: set[str] = set()
    recs = yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8")) or []
    for r in recs:
        for key in ("names", "people", "metonyms"):
            for n in r.get(key) or []:
                forms.add(norm(n))
        if r.get("capital"):
            forms.add(norm(r["capital"]))
        for x in r.get("nisba") or []:
            x = norm(x)
            for f in (x, x + "ه", x + "ون", x + "ين", x + "ان", x + "تان", x + "تين", x + "ات"):
                forms.add(f)
                forms.add("ال" + f)
    cities = DATA / "cities.tsv"
    if cities.exists():
        for line in cities.read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) > 2 and not line.startswith("#"):
                forms.update(norm(a) for a in cols[2].split("|"))
    return {f for f in forms if " " not in f}


def person_words() -> set[str]:
    out = {norm(w) for w in NAME_WORDS.split()}
    for p in sorted((DATA / "people").glob("*.yaml")):
        for rec in yaml.safe_load(p.read_text(encoding="utf-8")) or []:
            names = rec.get("names") or []
            for n in names:
                toks = norm(n).split()
                if len(toks) == 1:          # a one-word name form (a surname used alone)
                    out.add(toks[0])
                elif toks:
                    out.add(toks[0])        # the given name
                    out.add(toks[-1])       # the surname
    pn = DATA / "person_names.tsv"
    if pn.exists():
        for line in pn.read_text(encoding="utf-8").splitlines()[1:]:
            if line and not line.startswith("#"):
                out.add(norm(line.split("\t")[0]))
    return out


def main() -> int:
    bad = 0
    files = {name: words_of(DATA / name) for name in ("stopwords.txt", "common_words.txt")}
    seen: dict[str, str] = {}
    countries = country_forms()
    persons = person_words()
    letters = re.compile(r"^[\u0621-\u064a]+$")
    for name, words in files.items():
        counts = Counter(norm(w) for _, w in words)
        print(f"{name}: {len(words)} words, {len(counts)} distinct after normalisation")
        for no, w in words:
            n = norm(w)
            if not letters.match(w):
                print(f"  {name}:{no}: not plain Arabic letters: {w!r}")
                bad += 1
            if counts[n] > 1:
                print(f"  {name}:{no}: duplicate {w} ({n})")
                bad += 1
                counts[n] = 1
            if n in seen and seen[n] != name:
                print(f"  {name}:{no}: {w} is also in {seen[n]}")
                bad += 1
            seen.setdefault(n, name)
            if n in persons and n in ALLOW:
                print(f"  {name}:{no}: (kept) {w} is also a person-name word")
            elif n in persons:
                print(f"  {name}:{no}: {w} is also a person-name word")
                bad += 1
            if n in countries:
                print(f"  {name}:{no}: {w} is also a country/nisba/city form")
                bad += 1
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
