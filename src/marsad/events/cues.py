"""The words the role rules of events/roles read around a trigger: who reports, who stops an attack, the passive
light verbs, the circumstance of an attack, relative and resumptive pronouns, words of death and escape, and the
words that open another clause."""

from __future__ import annotations

from marsad.text.normalize import norm_words

STOPPERS = norm_words("""اوقف اوقفت اوقفوا احبط احبطت احبطوا صد صدت صدوا تصدى تصدت تصدوا افشل افشلت افشلوا تصدي""")
PASSIVE_LIGHT = norm_words("تم يتم سيتم وتم ويتم تمت وتمت تتم وتتم ستتم جرى جري يجري وجرى وجري")
REPORTERS = norm_words("""افاد افادت اعلن اعلنت ذكر ذكرت قال قالت اكد اكدت نقل نقلت اوضح اوضحت مصادر مصدر اشار اشارت
    لفت لفتت رصد رصدت وثق وثقت""")
# what opens a clause of time with أن (بعد أن، قبل أن، عقب أن): no complement of saying
TIME_OPENERS = norm_words("بعد قبل عقب اثر")
CIRCUMSTANCE = norm_words("في جراء اثر إثر بسبب خلال عقب لدى")
THAT = norm_words("ان بان انه انها انهم لان")
# the complementizers that open what a speaker says (قال إن، أكد أنه، أعلن بأنها)
SAID_THAT = norm_words("ان انه انها انهم بان بانه بانها بانهم")
KILLINGS = norm_words("مقتل قتل اغتيال اعتقال اختطاف خطف استشهاد اصابه جرح")
IN_ITS_RANKS = norm_words("صفوفها صفوفهم صفوفه")
RELATIVES = norm_words("الذي التي الذين اللذين اللتين اللذان اللتان")
WHICH = norm_words("الذي التي اللذين اللتين")  # the relatives of a singular or dual noun (an event's)
RESUMPTIVE = norm_words("""به بها بهم عليه عليها عليهم له لها لهم منه منها منهم فيه فيها عنه عنها اليه اليها
    معه معها""")
# time words and adverbs that may stand between a verb and its object, no subject (انتقد اليوم الحكومة، دعت مجددا)
ADVERBS = norm_words("""امس اليوم الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت صباح مساء ايضا مجددا كذلك
    بدوره بدورها بدورهم قد علنا صراحه مباشره رسميا ضمنا""")
# the words of a count or a part before a noun (أكثر من، نحو، عشرات، بعض)
COUNTS = norm_words("اكثر اقل نحو حوالي من عشرات مئات الاف عدد بعض")
ATTACK_WORDS = norm_words("هجوم هجمات الهجوم عمليه العمليه تفجير انفجار اعتداء")
DIED = ("مصرع", "حتف")  # لقي مصرعه / لقوا حتفهم: met their death
ESCAPED = norm_words("نجا نجت ينجو تنجو نجوا ونجا ونجت نجاة بنجاة ونجاة لنجاة نجاته نجاتها هربا هروبا فرارا")
ON_IT = norm_words("عليها عليه عليهم ضدها ضده ضدهم")
PRONOUN_SUBJECTS = norm_words("انه انها انهم انهما بانه بانها بانهم لانه لانها وهي وهو وهم")  # (وهي تتهم روسيا)
CLAUSE_BREAKS = frozenset("ان انه انها انهم الذي التي الذين اللذين بان بانه لان ولكن لكن حيث عندما بعدما فيما بينما "
                           "و ، , . : ؛ « » \" ( ) -".split())
# the head nouns of a group that may open a side of a clash (والعناصر، وقوات، وأنصار: events/sides, clash_sides)
GROUP_HEADS = norm_words("""عناصر افراد عضو اعضاء قوات جماعه جماعات تنظيم حركه فصائل فصيل سكان عصابه عصابات
    قبائل انصار جنود شبان وحدات دوريات خليه خلايا""")
# verbs of facing, receiving or meeting with a stance, its noun their object: its subject (or the owner of the thing
# it names) is the stance's target, not its author (واجه الوزير انتقادات، لقيت خطة الرئيس ترحيبا; events/statements)
MET_WITH = norm_words("""واجه واجهت واجهوا يواجه تواجه يواجهون تلقى تلقت تلقوا يتلقى تتلقى يتلقون لقي لقيت لقيا
    لاقى لاقت لاقوا يلاقي تلاقي نال نالت نالوا ينال تنال""")
# the same with the noun under بـ: حظيت الخطة بتأييد واسع، قوبل القرار برفض من المعارضة
MET_WITH_BI = norm_words("حظي حظيت حظيا يحظى تحظى قوبل قوبلت قوبلا يقابل تقابل")
