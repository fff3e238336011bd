# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next186/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c186, round 42: eight page openings of plans from outside Shanghai — a 区's
20xx 食品安全宣传周 plan (field blocks with 承办单位 lines, 「(承办单位:…)」 labels, a masked year); 浙江省粮食和物资储备局
and four provincial bodies' 2021 粮食日 notice 浙粮〔2021〕35号 (「活动由A…共同主办,B、C」 cut); 绵阳市's 20__ 志愿服务
plan (「责任单位:」 lines after each item, items with no unit); a city's 2021 志愿服务月 plan under a table of contents,
with an elision of the site and a 「时间:」「责任单位:」 field block; a county's 学雷锋 志愿服务 plan (page 5 of the site,
「由县教育局组织…」, 「招募1000名」); xx乡's 2022 新时代文明实践所(站) plan (「一、…1.」 inside the preamble's line,
「(3个以上)」); 牡丹江市政府办公室 forwarding 市老龄办's 老年节 plan (a lost (一), 「市老龄委将组织…」); 莒南县's six bodies'
2020 粮食日 plan 莒南发改字〔2020〕88号 (二、活动组织 a plan-level field)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or given by hand
where a number does not open its line); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rules 1–3 and the rulings of rounds 30–42 are cited in the notes; readings CONVENTIONS does
not settle say RULING?). Neither the parser nor the scorer was run on these plans by c186.

    python tests/data/plans-next186/make_expected.py tests/data/plans-next186
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, S, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

NO_TITLE = "title not checked: the page opening prints no title of the plan"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
MASKED = "the year is masked on the page (「20xx年」「20__年」): the deadline is not checked"
NOYEAR = "the page prints no year for this plan: the deadline is not checked"
UNITLESS = ("round 40: items naming no unit in a plan with units elsewhere are tasks where they give work (a count "
            "without them is accepted)")
FIELDS = ("round 35: numbered lines that are the fields of one item 「1、时间 2、地点 3、参加人员」 are its fields, not tasks; "
          "the item is one task and its 承办单位 line is its units label (responsible)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x186_01_qu-20xx-shipin-anquan-xuanchuanzhou-huodong-fangan.txt"
PART01 = ("RULING? 「3、参加人员:市、区领导,各街道办事处、…」 — round 42 makes a 参加单位 list inside one item's fields its "
          "responsible units; this field is headed 参加人员 (persons) and mixes leaders with bodies: read as persons, no "
          "units; the reading that takes its bodies as responsible too is accepted (responsible_alternatives)")
plan(X01,
     title_note=NO_TITLE + " (line 1 「关于食品安全活动方案通用10」 is the site's heading of its tenth template, not the plan's title)",
     doc_no="", issuer="a 区 (not named; 「全区」「区文教体局」「区农水局」, 翟山 and 奎山 街道办事处 — most likely 徐州市云龙区, 江苏)",
     date="20xx (masked)", level="district (a 区, not named on the page)",
     source=page_source("https://jingyanben.com/bangongwenmi/185442.html?page=5"),
     style="page 5 of a 范文 site's collection: the tenth template opens at 一、指导思想 (no title), 三、活动时间 「20xx年6月3日-28日」, "
           "四、活动内容 (一)(二) each a field block 「1、时间 2、地点 3、参加人员」 closed by a 「承办单位:」 line, (三) 1、–4、 each with "
           "its own days 「(6月3日-7日)」 and a closing label 「(承办单位:…)」 — 4、 CUT before its label",
     leaf_tasks=6, count_alternatives=[5], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动主题", "三、活动时间"],
     samples=[
        S(["四", "(一)"], [], ["翟山街道办事处"], lead_alternatives=[["翟山街道办事处"]], skip_deadline=True,
          responsible_alternatives=[["翟山街道办事处", "各街道办事处", "食品安全委员会成员单位", "各社区卫生服务中心"]],
          note=FIELDS + "; 「承办单位:翟山街道办事处。」 gives 翟山街道办事处 (" + ONE + "); " + PART01 + "; the item's own day "
               "「6月17日」: " + MASKED),
        S(["四", "(二)"], [], ["奎山街道办事处"], lead_alternatives=[["奎山街道办事处"]], skip_deadline=True,
          not_targets=[(18, "支")],
          note=FIELDS + "; 「承办单位:奎山街道办事处。」 (" + ONE + "); 「18支参赛队伍」 in the 参加人员 field counts the "
               "participants, no comparison word: not a target (round 30's line); the 参加人员 bodies as in (一) — RULING? "
               "(no alternative written here: the same reading); 预赛(6月14日),决赛(6月17日): " + MASKED),
        S(["四", "(三)", "1"], [], ["各街道办事处"], lead_alternatives=[["各街道办事处"]], skip_deadline=True,
          not_targets=[(110, "个")],
          note=R1 + ": the closing label 「(承办单位:各街道办事处)」 (" + ONE + "); 「在110个社区居委会开展」 — the count of the "
                    "district's present 居委会, no comparison word: not a target (rounds 33/38: counts of existing objects); "
                    "the item's own days 「(6月3日-7日)」: " + MASKED),
        S(["四", "(三)", "2"], [], ["区文教体局"], lead_alternatives=[["区文教体局"]], skip_deadline=True,
          note=R1 + ": 「(承办单位:区文教体局)」 (" + ONE + "); 「广泛动员全区各小学、幼儿园开展…」 adds nothing (rule 1); "
                    "「(6月10日-14日)」: " + MASKED),
        S(["四", "(三)", "3"], [], ["区农水局", "发改经济局", "工商分局", "食药监局"], skip_deadline=True,
          note=R1 + ": 「(承办单位:区农水局、发改经济局、工商分局、食药监局)」 — split on 、, names as printed (round 38: a name "
                    "without its prefix stays as printed: 发改经济局, not 区发改经济局); 承办单位 names no lead: lead []; "
                    "「…等各监管部门要结合…进行宣传活动」 adds nothing (rule 1); 「(6月17日-21日)」: " + MASKED),
        S(["四", "(三)", "4"], [], [], skip_deadline=True,
          note=CUT + " (before its label; 「营造浓厚的社会氛围,」 ends the page); 「组织引导广大干部职工…」 — 组织 with no "
                     "subject names no doer: lead [], responsible [] (a label printed after the cut is not on the page); "
                     "「(6月24日-28日)」: " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves on the page: 四/(一), (二) (field blocks, one task each) and 四/(三)/1–4; 5 accepted (4、 CUT before its "
            "label read as no task on the page); 一、–三、 are sections (aim, theme, time)",
            "三、活动时间 「20xx年6月3日-28日」 is the activity's span with a masked year; every item has its own days: no deadline is "
            "checked, no phase is written",
            "clock times 「9:30-10:00」「10:00-11:30」 in (一) are not targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x186_02_zhejiang-2021-liangshiri-liangshi-anquan-xuanchuanzhou-tongzhi.txt"
HOSTS02 = ["省粮食物资局", "省农业农村厅", "省教育厅", "省科技厅", "省妇联"]
plan(X02,
     title="浙江省粮食和物资储备局 浙江省农业农村厅浙江省教育厅 浙江省科学技术厅 浙江省妇女联合会关于做好2021年世界粮食日和粮食安全宣传周活动的通知",
     title_note="lines 3–4, as printed (the issuers' names run over two lines)",
     doc_no="浙粮〔2021〕35号", issuer="浙江省粮食和物资储备局, 浙江省农业农村厅, 浙江省教育厅, 浙江省科学技术厅, 浙江省妇女联合会",
     date="2021 (the title; the page was filed on the bureau's site 2023-10-17)", level="province (浙江; five provincial bodies' joint notice)",
     source=page_source("http://lswzj.zj.gov.cn/art/2023/10/17/art_1229749026_58931009.html"),
     style="a provincial bureau's site: 「首页 |」 chrome, the joint notice's title on two lines, the number, the addressees "
           "(各市…局、妇联), a preamble (「省粮食物资局、…决定共同组织开展…」), 一、活动主题 (two paragraphs; 「10月16日所在周为"
           "全国粮食安全宣传周」), 二、活动内容 (一) a heading line over a paragraph 「…定于10月16日在安吉县举行。活动由A、B、C、D、E"
           "共同主办,F、G」 — CUT there",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、活动主题"],
     samples=[
        S(["二", "(一)"], HOSTS02, HOSTS02, dl="10月16日", dln="2021-10-16",
          note=CUT + "; " + R2 + ": 「活动由省粮食物资局、省农业农村厅、省教育厅、省科技厅、省妇联共同主办,湖州市粮食和物资储备局、"
                     "安吉县人民政府[…]」 — round 40: 「由A主办、B承办的…活动」 naming the item's own event gives A (lead: the five "
                     "co-hosts, round 36: bodies that lead parts together are all its lead); the second clause's verb is lost to "
                     "the cut — aligned round 43: a clause the page cuts before its verb 「由A…共同主办，C、D…」 names nothing "
                     "after the cut (round 41's torn clause): the hosts under 由 are the doers (CONVENTIONS.md \"Round 43 rulings, "
                     "written early\", turned) — responsible the five hosts (it was read with 湖州市粮食和物资储备局 and 安吉县人民政府 "
                     "under the same 由, the hosts alone accepted, RULING?); the preamble's 「省粮食物资局"
                     "…决定共同组织开展」 gives no item units (round 40: a preamble); the item's own day 「定于10月16日」 of the 2021 "
                     "plan: 2021-10-16"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 二/(一) (CUT); 一、活动主题 is a section (themes; 「10月16日所在周」 names the week, no work)",
            "「国粮发〔2021〕167号」 and 「浙粮〔2021〕35号」 are document numbers; 「第41个」 does not occur (no counts on the page)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x186_03_mianyang-shi-20xx-shequ-zhiyuan-fuwu-huodong-fangan.txt"
PLACES03 = ("RULING? 「各区、园区、科学城办事处」 is read as three bodies as printed (各区, 园区, 科学城办事处 — 绵阳's 科学城办事处 is a body "
            "of its own, and 各区 and 园区 are whole names); a reader who takes 办事处 as a head the three share (round 31's fields "
            "sharing one head) gives one name as printed: accepted (responsible_alternatives)")
plan(X03,
     title_note=NO_TITLE + " (line 1 「社区志愿服务活动方案完整版(精选10篇)」 is the site's heading of its collection)",
     doc_no="", issuer="绵阳市 (not named; 「市水务局、绵投集团」「涪江、安昌江」「科学城办事处」; a city's 文明办 most likely)",
     date="20__ (masked)", level="city (绵阳, 四川; not named on the page)",
     source=page_source("http://yiwenmi.cn/fangan/70019.html"),
     style="a 范文 site's page: the collection heading, then a city's summer 志愿服务 plan from its first section: 一、(一)活动时间 "
           "「20__年7月2日—9月2日」 (二)活动内容 1、–4、 each followed by its own line 「责任单位:…」, 二、(一)活动时间 (二)参加人员 "
           "(三)活动内容 1、–4、 with no unit, 三、(一)活动时间 (with clock times) (二)参加人 — CUT",
     leaf_tasks=8, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(二)", "1"], [], ["各区", "园区", "科学城办事处"], skip_deadline=True,
          responsible_alternatives=[["各区、园区、科学城办事处"]],
          note=R1 + ": the line 「责任单位:各区、园区、科学城办事处」 after the item; 责任单位 names no lead: lead []; " + PLACES03
               + "; 「组织志愿者对…进行一次彻底的清扫」 — 组织 with no subject adds nothing (rule 1); 「一次」 has no comparison "
                 "word; the section's 活动时间 「20__年7月2日—9月2日」: " + MASKED),
        S(["一", "(二)", "2"], [], ["市级各部门", "各单位"], skip_deadline=True,
          note=R1 + ": 「责任单位:市级各部门、各单位」 — a label keeps every name it prints but 各地／各地区／各方面／有关方面 (round 33; "
                    "round 37: in a unit column the label rule keeps 「各有关单位」), so 各单位 stays; lead []; 「各机关、学校、企业"
                    "集中清理…」 adds nothing (rule 1); " + MASKED),
        S(["一", "(二)", "3"], [], ["市水务局", "绵投集团"], skip_deadline=True,
          note=R1 + ": 「责任单位:市水务局、绵投集团」 — a company named in a 责任单位 label is a unit as printed; lead []; " + MASKED),
        S(["一", "(二)", "4"], [], ["市交通运输局", "各区", "园区", "科学城办事处"], skip_deadline=True,
          responsible_alternatives=[["市交通运输局", "各区、园区、科学城办事处"]],
          note=R1 + ": 「责任单位:市交通运输局,各区、园区、科学城办事处」 — split on , and 、; lead []; " + PLACES03 + "; " + MASKED),
        S(["二", "(三)", "1"], [], [], skip_deadline=True,
          note=UNITLESS + "; 「指导基层抓好党建工作,帮助社区干部…」 has no subject (the 参加人员 field names volunteers, persons): "
                          "lead [], responsible []; " + MASKED),
        S(["二", "(三)", "3"], [], [], skip_deadline=True,
          note=UNITLESS + "; 「开展艺演出…」 has no subject; 「公共化设施要依托现有场馆,广泛开展学雷锋志愿服务活动」 — facilities "
                          "as the subject of 开展 (a thing, round 41; 开展 is no rule-2 verb either): lead [], responsible []; the "
                          "site lost characters (「艺演出」「化进社区」「公共化设施」 for 文艺/文化): kept as printed; " + MASKED),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["8 leaves on the page: 一/(二)/1–4 (labelled) and 二/(三)/1–4 (no unit, they give work); 4 accepted (round 40: the "
            "items with no unit left out); (一)活动时间, (二)参加人员 are fields of their sections (round 35; round 42: a part that "
            "only gives time or place is a field, no task); 三、 shows only its 活动时间 field before the CUT",
            "the three sections' 活动时间 「20__年7月2日—9月2日」 are masked spans: no deadline is checked and no phase is written "
            "(three activities over one span, not named stages)",
            "clock times 「8:00—9:00」「17:00—18:00」 are not targets; 「千名干部」 names the 千名干部进社区 programme (a name)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x186_04_shi-2021-zhiyuan-fuwu-zhuti-huodongyue-huodong-fangan.txt"
U04 = ["城区各学校", "医院", "街道、社区综合文化服务中心(办事大厅)", "乡镇便民服务中心", "地市政务服务中心", "飞机场", "火车站",
       "汽车站", "银行邮政服务大厅", "各通信服务大厅"]
U04_SPLIT = ["城区各学校", "医院", "街道", "社区综合文化服务中心(办事大厅)", "乡镇便民服务中心", "地市政务服务中心", "飞机场",
             "火车站", "汽车站", "银行邮政服务大厅", "各通信服务大厅"]
plan(X04,
     title="市志愿服务主题活动月活动方案",
     title_note="line 17, as printed (after the site's table of contents, lines 1–16)",
     doc_no="", issuer="a city's 创文办 (「市创文办计划从11月13日起组织开展…」; the city masked 「**市」)",
     date="2021 (「2021年度创建全国文明城市工作进入迎检攻坚阶段」)", level="city (masked 「**市」)",
     source=page_source("https://www.wm114.cn/wen/222/443801.html"),
     style="a 文秘 site's page: a TABLE OF CONTENTS first 「目录/提纲:……」 listing 一、–五、 and their (一)–(五) (not items of the "
           "plan), then the title, a preamble (「市创文办计划从11月13日起组织开展…」), 一、工作目标, 二、活动主题 cut by the site's "
           "elision 「……(新文秘网…省略451字…)……」, the tail of a lost (二) (交通劝导; 「每日劝导时间段:」 clock times), then (三)文明"
           "窗口服务志愿服务活动 with a field block 「时间:11月13日-12月15日」「责任单位:…」 (the unit list broken over two lines) and "
           "「活动主要内容:…」 — CUT mid-word",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、活动主题"],
     samples=[
        S(["四", "(三)"], [], U04, dl="11月13日-12月15日", dln="2021-12-15", targets=[(1, "名")],
          responsible_alternatives=[U04_SPLIT], line=27, title_starts="文明窗口服务志愿",
          note=CUT + " (mid-word 「开展扶」); the section heading 四、活动内容 is lost in the site's elision (the table of contents "
                     "names it); round 35: the lines 「时间:」「责任单位:」「活动主要内容:」 are the item's fields and 责任单位 its units "
                     "label (responsible, no lead); names as printed: 「城区各学校、医院」 — the modifier 城区 stays with the first "
                     "name (round 40); 「街道、社区综合文化服务中心(办事大厅)」 — fields sharing one head are one name (round 31) "
                     "and the bracket of one alias stays (round 34; the split reading 街道 / 社区综合文化服务中心(办事大厅) accepted); "
                     "「汽车站(中心客运站、西城客运站)」 — a bracket listing the bodies a kind stands for is dropped (round 37): 汽车站; "
                     "sites made actors are bodies (round 37: 码头); the line break inside the list is the page's; 「每天有1-2名"
                     "志愿者在工作区域开展…」 — the item's own staffing, a range read at its lower edge (round 32): 1 名; the item's "
                     "own time 「11月13日-12月15日」 of 2021: 2021-12-15"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 四/(三) (CUT); 2 accepted (the tail of the lost (二) — lines 24–26, its heading in the elision — "
            "read as one more task); the table of contents (lines 1–16) is the site's, not items (its 五、(四)积极报送 is not on "
            "the page: no duty); 一、工作目标 (「组织志愿者集中开展…」, no subject) and 二、活动主题 are sections",
            "the preamble's 「市创文办计划从11月13日起组织开展…」 gives no item units (round 40: a plan's preamble)",
            "clock times 「9:30-11:30」「13:30-15:30」「19:00-20:00」 are not targets; 「**市」 is the site's mask"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x186_05_xian-xueleifeng-zhiyuan-fuwu-xingdong-fangan-di5ye.txt"
BODY05 = "各省、市、县级文明单位"
plan(X05,
     title_note=NO_TITLE + " (the page is page 5 of the site's article 「学雷锋日活动方案范文有没有?( 五 )」; it opens at item 2、)",
     doc_no="", issuer="a county (not named; 「团县委」「县教育局」「xx新闻网」; an unaddressed copy of the same text says 「驻靖部队」)",
     date="not on the page (「3月初至4月底」「3月份」)", level="county (not named)",
     source=page_source("http://wenrenren.com/c/12116111362021_5.html"),
     style="PAGE 5 of a Q&A site's article: the site's line, then a county's 学雷锋 志愿服务 items 2、–5、, each a heading line "
           "「2、开展“文明劝导”志愿服务行动 。」 (a space before 。) over one paragraph that opens with its time 「3月初至4月底,」"
           "「3月份,」; 5、 CUT at the page end; item 1、 and the section heading are on page 4",
     leaf_tasks=4, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["2"], [], [], targets=[(1000, "名")], skip_deadline=True,
          note="「3月初至4月底,利用…开展…宣传教育;从各部门各单位招募1000名志愿者,在…开展…志愿服务活动」 — no subject (各部门各单位 "
               "are where the volunteers come from): lead [], responsible []; 「招募1000名志愿者」 — the item's own number to "
               "recruit (round 37: an item's own number to appoint or build is a target): 1000 名; " + NOYEAR),
        S(["3"], [], [BODY05], lead_alternatives=[[BODY05]], skip_deadline=True,
          note=R2 + ": 「各省、市、县级文明单位(含申报创建单位)组织志愿者服务队,深入到…开展志愿服务活动」 — 「A组织B＋verb」 (round "
                    "30): A a doer (a kind: 文明单位, round 34: a kind before 单位 makes a kind), B (the teams) the object of 组织, no "
                    "unit; 「各省、市、县级」 — levels sharing one head, one name as printed (round 31); the bracket "
                    "「(含申报创建单位)」 widens the kind (bodies applying are included) — aligned round 43: a bracket opening with 含 "
                    "that widens a kind to other bodies is dropped from the name (the bodies inside are a scope, like 下同; "
                    "CONVENTIONS.md \"Round 43 rulings, written early\", turned): 各省、市、县级文明单位 (it was kept as printed, "
                    "the name without it accepted, RULING?); " + ONE + "; 「3月份」: " + NOYEAR),
        S(["4"], [], [], skip_deadline=True,
          note="「各乡镇、便民服务中心及教育、民政、妇联、团县委、关工委等部门要借助…多种办法,广泛开展关爱留守儿童志愿服务活动」 — "
               "开展 without 组织 is no rule-2 verb (round 30's closed list): lead [], responsible []; no date in the item"),
        S(["5"], [], ["县教育局"], lead_alternatives=[["县教育局"]], skip_deadline=True,
          note=CUT + "; " + R2 + ": 「由县教育局组织各中小学召开团会(队会)、校会」 — the agent of 由 with 组织＋work (rounds 30, 34): "
                     "县教育局; 各中小学, the object of 组织, is no unit (round 30); 「组织学生写心得体会」「积极组织开展“四个一”活动」 "
                     "carry the same subject (round 34: an elided subject carries over inside one paragraph); " + ONE + "; "
                     "「“四个一”」 names a programme (no target); 「3月份」: " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves on the page: 2、–5、 (5、 CUT); item 1、 and the heading above them are on page 4 (not on this page)",
            "the page prints no year: 「3月初至4月底」 and 「3月份」 cannot be dated (deadlines not checked)",
            "the same text came back once more in the search without an address (「乡镇学雷锋志愿服务队活动方案」, 「驻靖部队」): "
            "not citable, not used"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x186_06_xiang-2022-xinshidai-wenming-shijiansuo-zhan-jianshe-shishi-fangan.txt"
GOAL06 = ("aligned round 44: CONVENTIONS.md Round 44 rulings (decided) — a goal date stated once in a preamble is the goal's "
          "date, not every item's deadline: the preamble's 「实现2022年6月底新时代文明实践所(站)全面建成」 is the plan's goal, no "
          "campaign span 「自X起至Y」 or 时间 field; the item writes no date of its own: no deadline (was 2022-06, read as the "
          "campaign's span)")
plan(X06,
     title="xx乡2022年新时代文明实践所(站)建设工作的实施方案",
     title_note="lines 3 and 7, as printed (the township's name masked 「xx乡」)",
     doc_no="", issuer="xx乡 (masked; 「结合我乡实际」)", date="2022 (title; the page dates 2023-02-27)",
     level="township (a 乡, masked)",
     source=page_source("https://wtabcd.cn/fanwen/meiwen/167746771597855.html"),
     style="a 范文 site's page: breadcrumb, the title twice around the site's date line, a preamble that runs on into "
           "「…现将有关事项通知如下:一、建好文明实践阵地1.加强规划建设。」 ON ONE LINE (the first section and item numbers inside "
           "the preamble's line), then unnumbered paragraphs of 1., 「2.设置形象标识。」 — CUT in 2.",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], targets=[(3, "个")], dl=None, dln=None, line=9, title_starts="加强规划建设。",
          note="in a plan that names no units every numbered leaf is a task (plans-dev 08); the item's numbers 「一、…1.」 stand "
               "inside the preamble's line (round 34: numbers in order inside one paragraph are items); its text is the eight "
               "paragraphs after it: no subject anywhere 「全面梳理…」「配备必要的…」; 「鼓励各村(场)、社区…开放」 — 鼓励 names no doer "
               "(round 40): lead [], responsible []; 「便民物品(3个以上)」 — 以上 (round 30's line): 3 个; " + GOAL06),
        S(["一", "2"], [], [], dl=None, dln=None, line=27, title_starts="设置形象标识。",
          note=CUT + " (mid-word 「公益广」); 「文明实践各类阵地在显著位置合理设置…标识标牌」 — sites as the subject of 设置 (no rule-2 "
                     "verb; round 41: a thing as subject gives no unit): lead [], responsible []; " + GOAL06),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 一/1, 一/2 (CUT); 1 accepted (一/1 missed where its numbers stand inside the preamble's "
            "line, or 2. read as no task on the page)",
            "「中宣发〔2022〕7号」 is a document number; 「“十四五”」 a plan's name; 「xx」 the site's masks",
            "bytes: the copy is 1,998 bytes (a whole opening gives 1,999–2,001): most likely a character of whitespace the "
            "tool's answer did not show; words and line breaks as the tool gave them"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x186_07_mudanjiang-shi-di21jie-laonianjie-huodong-fangan-tongzhi.txt"
OUR07 = ("「我市将…组织…」 — 我市 is the city as a place (round 41: 本市 before a name is no part of it; x177_01: 全市 a place), no "
         "body: no doer — RULING? a reader who takes 我市 as the issuer speaking of itself (round 30: 「我委」「本局」) adds 我市")
plan(X07,
     title="牡丹江市人民政府办公室关于转发市老龄办庆祝牡丹江市第二十一届老年节活动方案的通知",
     title_note="line 2, as printed (the forwarding notice's title; the plan's own title is not on the page)",
     doc_no="", issuer="牡丹江市人民政府办公室 forwarding the plan of 市老龄办", date="2006 most likely (「《老年法》颁布10周年」, "
     "第二十一届老年节) — not printed: no deadline is checked",
     level="city (牡丹江, 黑龙江)",
     source=page_source("http://www.fymate.net/html/text/lar/169473/16947360_1.html"),
     style="a law site's page 1: the site's line, the forwarding notice's title, then the plan from inside its first part — "
           "two unnumbered paragraphs (the heading 「(一)…」 lost: 「老年节期间,我市将组织开展…」「组织开展宣传日活动。8月31日为全市"
           "集中宣传日,…市老龄委将组织市级助老单位…开展…」), 「(二)庆祝活动。」 and 「(三)助老办实事活动。」 each over paragraphs "
           "(options 「可」, 各地/各单位 calls, persons)",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], ["市老龄委"], lead_alternatives=[["市老龄委"]], skip_deadline=True, line=4, title_starts="老年节期间,我市将",
          note="round 37: unnumbered paragraphs before 「(二)…」 under one heading are item (一) (the page lost its number); "
               + R2 + ": 「市老龄委将组织市级助老单位在文化广场开展大规模宣传及助老献爱心活动」 — 「A组织B＋verb」 (round 30): 市老龄委 "
                      "a doer, 市级助老单位 the object of 组织 (no unit); 「各县(市)、区要统一开展…」「市直各单位要…开展…」 — 开展 is no "
                      "rule-2 verb; 「组成宣传小分队…」 has no subject; " + OUR07 + "; " + ONE + "; 「8月31日为全市集中宣传日」: the year "
                      "is not printed (deadline not checked)"),
        S(["(二)"], [], [], skip_deadline=True, not_targets=[(10, "周年")],
          note="「各县(市)、区可采取召开庆祝大会…」 — an option (round 34: 可); 「各地、各单位要…组织老年人举行…」 — 各地 names no kind and "
               "各单位 is a general call (rounds 32/33), even with 组织; " + OUR07 + ": lead [], responsible []; 「《老年法》颁布10周年"
               "专场演出」 — a name with a digit: not a target"),
        S(["(三)"], [], [], skip_deadline=True,
          note="「各地、各单位的主要领导要带队走访慰问…」 — persons (round 30: a person is never a unit); 「要重视…」「要组织志愿者服务队伍"
               "…开展…」 — no subject; 「各单位要立足本职…提供…服务」 — a general call (round 33): lead [], responsible []; 「百岁老人」 "
               "names a group of persons (round 31: not a target)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: (一) (its number lost; round 37), (二), (三); 2 accepted ((一)'s paragraphs read as a preamble)",
            "the page prints no year: 「8月31日」 and 「节日前夕」 cannot be dated; the 老年节 and 「《老年法》颁布10周年」 point to 2006"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x186_08_junan-xian-2020-liangshiri-liangshi-anquan-xuanchuanzhou-huodong-fangan.txt"
plan(X08,
     title="莒南县发展和改革局 莒南县农业农村局 莒南县教育和体育局 莒南县科学技术局 莒南县妇女联合会 莒南县粮食和物资储备中心关于莒南县2020年“世界粮食日”和“全国粮食安全宣传周”活动方案的通知",
     title_note="line 5, as printed (the six bodies' names separated by spaces)",
     doc_no="莒南发改字〔2020〕88号", issuer="莒南县发展和改革局 with 县农业农村局, 县教育和体育局, 县科学技术局, 县妇女联合会 and "
     "县粮食和物资储备中心", date="2020-10-12", level="county (莒南县, 临沂, 山东; six county bodies' joint plan)",
     source=page_source("http://junan.gov.cn/info/5466/141208.htm"),
     style="a county government's site: chrome lines (「欢迎访问莒南县政府网站」「长者浏览模式」「政策文件」), the joint notice's title "
           "(six issuers on one line), a metadata line 「文号:…成文日期:…」, the number again, a preamble (「…决定共同组织开展…」), "
           "一、活动主题, 二、活动组织 (only the six bodies' names), 三、活动内容 (一) a heading line over a paragraph — CUT",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动组织"],
     samples=[
        S(["三", "(一)"], [], [], dl="宣传周期间", dln="2020-10",
          note=CUT + "; 「宣传周期间,将举办…主题展」 has no subject; 「各有关粮油企业要依托…向农户宣传推广…服务」 — 宣传推广 is no "
                     "rule-2 verb (regulated parties acting for themselves, round 35): lead [], responsible []; the item's own "
                     "period 「宣传周期间」 — the 2020 全国粮食安全宣传周, the week of 10月16日 (the preamble 「2020年10月16日是第40个"
                     "世界粮食日」); round 42: a week named by a day it contains dates its items to that day's month: 2020-10 — "
                     "RULING? the page names the week only as 宣传周 (the day is in the preamble): a reader who gives no date to "
                     "「宣传周期间」 answers none"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 三/(一) (CUT); 一、活动主题 is a section; 二、活动组织 lists only the six bodies that run the whole "
            "event — round 42: a point that only says who hosts or carries out the whole event is a plan-level field, no task, "
            "no item units (a count with it as a task, 2, is accepted)",
            "「临粮字﹝2020﹞13号」「莒南发改字〔2020〕88号」 are document numbers; 「第40个」 counts the 粮食日 (no target)"])

write_collected(DIR)
