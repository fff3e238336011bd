# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next211/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c211, round 45: eight page openings of plans from outside Shanghai — 龙西乡's
2017 notice on stalls near schools (one run-on paragraph, 「乡综治办负责牵头,联合A和B…开展」); a county 环保局's
“六・五” plan (items ㈠㈡㈢, 「联合…开展」 with no subject, year only as 「第39个」); 拱墅区's 2018 清洁排放区 plan (a
「责任单位:」 line under its item, a cover and a plan title); 玉林市's 2019 大气 plan (a 〔牵头单位:…;配合单位:…;责任单[cut]〕
label, plan targets); a 乡's 大气 管控方案 printed on ONE line with the site's page numbers glued to item numbers
(「〞21、」「3〔一〕」); 黄店镇's 2016 冬防 分工 (「县牵头单位:A,镇对接单位:B」 labels, 一是…四是 run-ins, a campaign
span); 内蒙古自治区's 2024 空气质量 plan (traditional with inline pinyin inside numbers 「一(yī / yì /yí)、」); 二连浩特's
2018 大气 plan (「(A牵头,B、C…,D配合)」 after a line broken mid-word)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``at_in`` of ../plans/expected_tools.py); every
answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rules 1–3 and the rulings of rounds
30–45 are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was
run on these plans by c211.

    python tests/data/plans-next211/make_expected.py tests/data/plans-next211
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, YEAR, S, at_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)

NO_TITLE = "title not checked: the page opening prints no title of the plan on a line of its own"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人)"
CUTNAME = "round 36: a name the page cuts off is dropped"

# ---------------------------------------------------------------------------------------------------------
X01 = "x211_01_longxi-xiang-2017-xiaoyuan-zhoubian-liudong-shipin-tanfan-jingying-fanwei-tongzhi.txt"
plan(X01,
     title="关于划定校园周边流动食品摊贩经营范围的通知",
     title_note="line 1, as printed",
     doc_no="", issuer="龙西乡人民政府 (乐清市, 温州, 浙江; the page is on yueqing.gov.cn)", date="2017-11-09",
     level="township (龙西乡, 乐清市, 浙江)",
     source=page_source("http://www.yueqing.gov.cn/art/2017/11/9/art_1229145291_1893045.html"),
     style="a township's short notice on the city's site, the whole page: the title, the site's table rules 「|」, then ONE "
           "line holding the addressees, the decision (a 100-metre zone closed to mobile food stalls, 「发文即日起实行」), "
           "the close 「请认真贯彻执行。」 and, after a space, a second paragraph the page ran on (schools' duties and 「乡综治办"
           "负责牵头,联合行政执法中队和市场监管部门…开展集中整治」); signature, 「(此件公开发布)」, the issuing office line",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["综治委各成员单位"], ["乡综治办"], ["乡综治办", "行政执法中队", "市场监管部门"], line=4,
          title_starts="综治委各成员单位",
          note="round 38: unnumbered paragraphs of a notice with no numbering, each giving work, are its tasks (path by first "
               "words); the page prints the addressees, the decision and the run-on second paragraph on one line: one task "
               "(2 accepted, the run-on paragraph after 「请认真贯彻执行。 」 read as a task of its own); " + R2 + ": 「乡综治办负责"
               "牵头,联合行政执法中队和市场监管部门对拒不听劝的摊贩开展集中整治」 — 「A牵头（负责）」 gives the lead, 「A联合B＋verb」 "
               "reads as 会同 (round 34): lead 乡综治办, responsible 乡综治办, 行政执法中队, 市场监管部门 (「A和B」 are two names, "
               "round 34); 「各学校(幼儿园)要加强…教育」 — 加强 is no rule-2 verb (round 30's closed list); 「上报乡综治办及有关部门」 "
               "names receivers (rule 3); 「发文即日起实行」 is a start, no deadline: " + NODATE + "; 「一百米范围内」 (a "
               "Chinese numeral; the zone the prohibition covers) is left unchecked (RULING? — see README)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各学校(幼儿园)在规定范围内发现食品摊贩,及时劝离,并上报乡综治办及有关部门", "when": "及时 (when a stall is found)",
              "when_norm": "",
              "note": "round 44: a sending the rules ask of the bodies they task when a case arises is an undated duty"}],
     notes=["1 task on the page (the run-on paragraph); 2 accepted",
            "「浙江省人民代表大会常务委员会公告第53号」 is a document number; 「一百米」 is not answered either way",
            "the lines 「|」 are the site's table rules (chrome)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x211_02_xian-huanbaoju-liuwu-shijie-huanjingri-xuanchuan-huodong-fangan.txt"
plan(X02,
     title_note=NO_TITLE + " (line 2 「开展世界环境日活动方案【第一篇】」 is the site's heading; the plan's own name 《县环境保护局"
                "“六・五”世界环境日宣传活动方案》 stands inside the preamble)",
     doc_no="", issuer="a county's 环境保护局 (not named; 「结合我局实际」「结合我县环保工作实际」)",
     date="2010 by its content (「第39个世界环境日」, China's theme 「低碳减排,绿色生活」); the site's line says 2018-08-23",
     level="a body's own (county bureau, not named)",
     source=page_source("http://78911.com.cn/HuoDongFangAn/569109.html"),
     style="a 范文 site's page: the site's update line, its heading 「开展世界环境日活动方案【第一篇】」, a preamble naming the plan, "
           "一、指导思想, 二、活动主题 (sections), 三、活动内容 with items numbered by the PARENTHESISED IDEOGRAPHS 「㈠㈡㈢」 "
           "(U+3220–3222) — ㈡ 「联合县委宣部、县工会、…县教育局开展…活动」 with no subject; ㈢ CUT mid-word 「广大干」",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动主题"],
     samples=[
        S(["三", "㈠"], [], [], skip_deadline=True, line=9, title_starts="6月5日当天在电视",
          note="the plan names no unit on the page: every numbered leaf is a task (rounds 25/27); 「6月5日当天在电视台上发表县政府"
               "领导的宣传讲话」 has no subject and names a person (" + PERSON + "): lead [], responsible []; 「6月5日」 — " + YEAR
               + " (no year is printed; 「第39个」 gives 2010 only by counting)"),
        S(["三", "㈡"], [], [], skip_deadline=True, line=10, title_starts="6月5日,设立宣传点",
          note=R2 + ": 「设立宣传点,联合县委宣部、县工会、团县委、县妇联,县安监局、县教育局开展…活动」 — 联合 with no subject names "
                    "no doer (round 41: 「紧密联合A、B等部门，协同推进…」 with no subject gives no doer); the issuing bureau is "
                    "not printed as the subject: lead [], responsible []; 「873-5645968」 is a telephone number (no target); "
                    "「6月5日」 — " + YEAR),
        S(["三", "㈢"], [], [], skip_deadline=True, line=11, title_starts="编发环保宣传信息,",
          note=CUT + " (「广大干」); no subject, no body given work (「发全县国家机[关]、企事业单位工作人员…手机上」 names "
                     "receivers): lead [], responsible []; no date in the item"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 三/㈠, ㈡, ㈢ (CUT); 一、指导思想 and 二、活动主题 are sections",
            "「第39个世界环境日」 is an ordinal of the day, not a target; 「【第一篇】」 is the site's",
            "no year is printed in the text (the site's 「2018-08-23」 dates the upload, round 42: the text's own year wins; "
            "a site's year dates nothing): the items' 6月5日 are not checked"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x211_03_gongshu-qu-2018-qingjie-paifangqu-daqi-wuran-fangzhi-shishi-jihua.txt"
plan(X03,
     title="拱墅区“清洁排放区”建设暨大气污染防治2018年实施计划（杭州市拱墅区人民政府办公室关于印发拱墅区“清洁排放区”建设暨大气"
           "污染防治2018年实施计划的通知）",
     title_note="the plan's title (line 8) with its cover (lines 1–2), either accepted by the scorer's 「plan（cover）」 form",
     doc_no="拱政办发〔2018〕42号", issuer="杭州市拱墅区人民政府办公室", date="2018-09-28",
     level="district (杭州市拱墅区, 浙江)",
     source=page_source("http://hzldzy.com/detail-3214.html"),
     style="a copy of a district's plan on a company site: the cover title twice (the first with the number after it), "
           "addressees, the cover, the plan title, a preamble, 一、总体要求 (a section), 二、主要任务 (一) 1. with a 「责任单位:"
           "A、B、C,各街道(园区)。」 line under the item; 2. CUT after its first word 「加大」",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["二", "(一)", "1"], [], ["区发改局", "区市场监管局", "环保拱墅分局", "各街道(园区)"], dl="全年", dln="2018",
          note=R1 + ": the units line 「责任单位:区发改局、区市场监管局、环保拱墅分局,各街道(园区)。」 under the item — split "
                    "on 、 and , (names as printed; a bracket stays with its name, round 34 「街镇（高新区）」); 责任单位 names no "
                    "lead: lead []; round 39: 「全年」 is the plan's year — 「全年洁净煤使用比例完成省、市下达的目标任务」 in the "
                    "2018 plan: 2018; 「完成省、市下达的目标任务」 carries no figure"),
        S(["二", "(一)", "2"], [], [], skip_deadline=True,
          note=CUT + " (after 「加大」; its 责任单位 line is lost): lead [], responsible []; the count 1 without it is accepted"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 二/(一)/1, 二/(一)/2 (CUT after one word); 1 accepted; 一、总体要求 is a section (its "
            "PM2.5 and 优良率 aims carry no figure)",
            "「五气共治」 and 「十三五」 are names with numbers, not targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x211_04_yulin-shi-2019-daqi-wuran-fangzhi-gongjian-shishi-jihua.txt"
plan(X04,
     title="玉林市2019年度大气污染防治攻坚实施计划",
     title_note="line 3, the plan's own title (line 1 is the news site's headline 「广西玉林市…」)",
     doc_no="", issuer="玉林市 (广西; the issuing office is not named on the page)", date="2019",
     level="city (玉林, 广西)",
     source=page_source("http://zkzq.com.cn/show-242-163-1.html"),
     style="a trade site's copy: headline, a news lead, the plan title, a preamble, 一、工作目标 (一)(二) (plan targets for the "
           "city and its eight counties, no units), 二、主要任务 (一) 1. closing with a label 「〔牵头单位:市生态环境局、发展改革委;"
           "配合单位:市工业和信息化局、自然资源局等;责任单」 — CUT inside the label",
     leaf_tasks=1, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "(一)", "1"], ["市生态环境局", "发展改革委"],
          ["市生态环境局", "发展改革委", "市工业和信息化局", "自然资源局"],
          note=CUT + " (inside the label, after 「责任单」); " + R1 + ": 「〔牵头单位:市生态环境局、发展改革委;配合单位:市工业和信息化局、"
                     "自然资源局等;…〕」 — both 牵头 bodies are the lead (round 36), the 配合 bodies responsible with them; "
                     "names as printed (round 38: 「发展改革委」 without 市 stays as printed), the final 等 dropped; the 责任单位 "
                     "field is cut before its names (" + CUTNAME + "); 「按照自治区布置,配合开展…」 adds nothing (rule 1); "
                     "no date in the item (round 44: the 2019 goals of 一、 are the goals' dates, not the items'): " + NODATE),
     ],
     plan_targets=[{"number": 90.8, "unit": "%", "note": "「2019年,全市空气质量优良天数比率不低于90.8%」 (不低于, round 30)"},
                   {"number": 36, "unit": "微克/立方米", "note": "「PM2.5平均浓度不高于36微克/立方米」 (不高于)"}],
     phases=[], duties=[],
     notes=["1 task on the page: 二/(一)/1; 3 accepted (一、工作目标 (一)(二) read as leaves: they name no unit and are goals, "
            "round 27)",
            "the county figures 「PM10分别为57、54、…微克/立方米」 are each county's goals (no comparison word); not answered",
            "桂政办发〔2018〕80号 and 桂环规范〔2019〕1号 are document numbers; 「(2018—2020年)」 a plan period"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x211_05_xiang-daqi-wuran-zonghe-fangzhi-guankong-fangan.txt"
WORKHEAD = ("二's heading 「明确责任、细化分工、…」 gives out work (round 37: any 「X分工」 heading; round 35: under it every body "
            "given work is a unit)")
plan(X05,
     title_note=NO_TITLE + " (the whole page is ONE line: the site's page number 「1」 glued to the title 「大气污染综合防治管控方案」, "
                "which runs into the preamble)",
     doc_no="", issuer="a 乡 (not named; 「结合我乡实际」 under a district, 「按照区委…要求」)", date="(not printed)",
     level="township (a 乡, not named)",
     source=page_source("https://wnwk.com/doc/1841687.html"),
     style="a document site's text layer printed as ONE line: page numbers glued to the text and to item numbers "
           "(「1大气污染…」「〞21、乡党委」 = page 2 + item 1、, 「主要内容3〔一〕」, 「打4击」), 一、工作目标, 二、明确责任、细化分工、"
           "履行“党政问责,一岗双责〞 with 1、–4、, 三、主要内容 〔一〕 — CUT",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "1"], [], ["乡党委", "政府"], targets=[(1, "次")], **at(X05, "〞21、"),
          note="round 34: items numbered inside one paragraph are items when the numbers run in order; 「〞21、」 is the page "
               "number 2 glued to item 1、 (round 40: a site's page numbers are chrome); " + WORKHEAD + ": 「乡党委,政府每月至少"
               "召开一次专题会议,研究部署…」 — two names by the comma as printed (round 41: 「各级党委、政府」 two names); lead []; "
               "「每月至少召开一次」 — a frequency with a floor is a target (round 35): 1 次; a monthly rhythm, no deadline"),
        S(["二", "2"], [], [], targets=[(2, "次")], **at(X05, "2、"),
          note="「党委、政府主要负责人每月至少两次到现场督查」 — the subject is persons (" + PERSON + "), even under the work "
               "heading: lead [], responsible []; 「至少两次」 (a Chinese numeral with a floor, round 35): 2 次; no date"),
        S(["二", "4"], [], ["乡纪委"], lead_alternatives=[["乡纪委"]], **at(X05, "4、"),
          note=WORKHEAD + ": 「乡纪委对…工作不力的部门和村有关责任进行约谈问责」 — 乡纪委 is given work (约谈问责); the departments "
               "and villages are the objects: " + ONE + "; " + NODATE),
        S(["三", "〔一〕"], [], [], skip_deadline=True, **at(X05, "3〔一〕"),
          note=CUT + "; item 〔一〕 after the glued page number 「3」; 三、主要内容 is no work heading: 「乡督查室与环村办将采取…的方式"
                     "对…进行登记」 — 采取／进行 are no rule-2 verbs (round 37: 「A对…进行审批」 names no doer); 「通过公安严厉打击」 "
                     "names a means; 「落实领导包片、乡干部包村…责任制」 has no subject: lead [], responsible []; 「24小时」 has no "
                     "comparison word (no target)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves on the page: 二/1–4, 三/〔一〕 (CUT); 一、工作目标 is a section",
            "二/3 「对上级交办的…问题要明确专人负责」: no subject, persons (专人) — no unit; not sampled",
            "the page numbers 1, 2, 3, 4 inside the line are the site's (「打4击」 splits a word)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x211_06_huangdian-zhen-2016-dongji-daqi-wuran-fangzhi-gongzuo-fengong.txt"
SPAN06 = ("round 37: a campaign's span stated once for the whole action 「(时间:2016年11月1日至2017年3月31日)」 dates items with "
          "no date of their own: 2017-03-31")
LABEL06 = (R1 + ": 「县牵头单位:A,镇对接单位:B」 — the 牵头 label gives the lead; the town's 对接单位 (the counterpart doing the "
           "work in the town) is read as responsible, like 「承办单位：」 beside 「牵头单位：」 (round 38) — RULING? (对接单位 is a label "
           "word no ruling names; a reader who takes only the town's own unit, the plan being the town's, gives lead [] and "
           "responsible B)")
plan(X06,
     title_note=NO_TITLE + " (the page opens at the site's metadata table; no title line)",
     doc_no="", issuer="中牟县黄店镇人民政府 (郑州, 河南)", date="2016-11-05",
     level="township (黄店镇, 中牟县, 河南)",
     source=page_source("http://henan.kjzch.com/zhengzhou/2016-11-11/351848.html"),
     style="a town's 冬防 division of work on a news site: four lines of the site's metadata (索引号, 发布机构, 成文日期), a "
           "preamble with the county campaign's span 「(时间:2016年11月1日至2017年3月31日)」, 一、 with run-ins 一是…四是 each "
           "carrying 「县牵头单位:A,镇对接单位:B。工作要求:…」, 二、三、四、 with the label on a line of its own and 「工作要求:」 "
           "after it; CUT in 四 (「工\\n作要求」 broken across lines)",
     leaf_tasks=7, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "一"], ["县爱卫办"], ["县爱卫办", "镇城乡公路管理所"], **at(X06, "一是"),
          note="round 36/37: run-in 「一是…二是…」 that are a section's only structure are its items; " + LABEL06 + "; round 38: "
               "a recurring item (「从11月起,每周组织一次“全镇清洁”行动」, weekly) keeps no deadline under a campaign span; 「每周"
               "组织一次」 has no comparison word (no target)"),
        S(["一", "二"], ["县住建局"], ["县住建局", "镇规建办"], dl="2016年11月1日至2017年3月31日", dln="2017-03-31",
          **at(X06, "二是"),
          note=LABEL06 + "; 「六个百分之百」 is a name with numbers (no target); " + SPAN06),
        S(["一", "四"], ["县综合执法局"], ["县综合执法局", "镇城乡公路管理所"], dl="2016年11月1日至2017年3月31日",
          dln="2017-03-31", **at(X06, "四是"),
          note=LABEL06 + "; " + SPAN06),
        S(["二"], ["县商务局"], ["县商务局", "镇企业办"], dl="2016年11月1日至2017年3月31日", dln="2017-03-31",
          note="round 36: a childless top-level point that gives work is a task; " + LABEL06 + " (the label on the line under "
               "the heading); " + SPAN06),
        S(["四"], ["县公安局"], ["县公安局", "镇城乡公路管理所", "派出所"], dl="2016年11月1日至2017年3月31日", dln="2017-03-31",
          note=CUT + " (「查处黄标」); " + LABEL06 + "; 「镇对接单位:镇城乡公路管理所、派出所」 — two names by 、; " + SPAN06),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 tasks on the page: 一/一是–四是 (run-ins, round 36/37) and 二、三、四、 (childless points with labels, round 36); "
            "4 accepted (一 read as one task with its run-ins as text)",
            "the span 「2016年11月1日至2017年3月31日」 is the county plan's, stated in the town's preamble for the whole 冬防 "
            "work: a campaign span (no stages, no phase written)",
            "the metadata lines (索引号 005298918/2016-00211 …) are the site's; 「五个重点冬防工作」 counts the points (no target)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x211_07_neimenggu-2024-kongqi-zhiliang-chixu-gaishan-xingdong-shishi-fangan.txt"
plan(X07,
     title="内蒙古自治區空氣質量持續改善行動實施方案",
     title_note="line 5, as printed (traditional; this line carries no inline pinyin)",
     doc_no="(not on the page)", issuer="内蒙古自治区人民政府 (the addressees 「各盟行政公署、市人民政府,自治區各委、辦、廳、局」)",
     date="2024-05-14", level="province (内蒙古自治区)",
     source=page_source("https://cfymkj.com/174.html"),
     style="a company site's copy in TRADITIONAL characters WITH INLINE PINYIN, also inside numbers and brackets "
           "(「一(yī / yì /yí)、總體要(yào / yāo)求」「(一(yī / yì /yí))重點區域」「以(yǐ)上(shàng)」): addressees, the cover, "
           "the date, the plan title, a preamble, 一、總體要求 (一)重點區域 (a list of places) (二)主要目標 (2025 figures), "
           "二、促進産業綠色轉型升級 (三) — CUT; the items number straight through ((三) under 二、)",
     leaf_tasks=1, count_alternatives=[2, 3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "(三)"], [], [], skip_deadline=True, line=11, title_starts="優化産業結構和(",
          note=CUT + " (「其」); 「新改擴建項目原則上採用清潔運輸方式。」 has no subject (projects are regulated objects): lead [], "
                     "responsible []; no date in the item before the cut"),
     ],
     plan_targets=[{"number": 90.7, "unit": "%", "note": "「優良天數比率達到(dào)90.7%以(yǐ)上(shàng)」 by 2025 (以上 split by pinyin)"},
                   {"number": 0.5, "unit": "%", "note": "「重度及以上污染天數比率控制在0.5%以内」"},
                   {"number": 7.1, "unit": "%", "note": "「PM2.5濃度比2020年下降7.1%」 (the goal's own figure, round 25)"},
                   {"number": 82.8, "unit": "%", "note": "烏海市及周邊地區 「優良天數比率達到82.8%以上」"}],
     phases=[], duties=[],
     notes=["1 task on the page: 二/(三) (CUT); 2 accepted (一/(二)主要目標 read as a leaf of a page that names no unit, rounds "
            "25/27), 3 (一/(一) too); round 44: a point that only says where the work bears 「(一)重點區域。呼和浩特市新城區…」 "
            "is a field, no task; (二) holds the plan's 2025 goals (round 44 decided: a goal's date, not any item's)",
            "the pinyin 「(rén)」「(dào)」… is the site's, kept as printed (round 39); 「國發〔2023〕24号」 is a document number",
            "2020 in 「比2020年下降」 is a base year (no target)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x211_08_erlianhaote-2018-daqi-wuran-fangzhi-shishi-jihua.txt"
plan(X08,
     title="2018年度大气污染防治实施计划",
     title_note="line 2, as printed (line 1 is the news site's lead naming 二连浩特市 and its two plans)",
     doc_no="", issuer="二连浩特市 (锡林郭勒盟, 内蒙古; the issuing office is not named)", date="2018 (title)",
     level="county-level city (二连浩特市, 内蒙古)",
     source=page_source("https://m.dragongams.com/mnews/20180427/894512.shtml"),
     style="a news site's copy: a lead line, the plan title, a preamble citing 内气水治办〔2018〕9号 and 锡气治办〔2018〕1号, "
           "一、目标任务 (a section), 二、工作任务 (一) 1. whose text BREAKS MID-WORD onto the next line 「不达标\\n产能,…」 and closes "
           "with 「(发改局牵头,经信局、环保局、国土局、水务局、工商局,二连供电局配合)」; 2. CUT",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、目标任务"],
     samples=[
        S(["二", "(一)", "1"], ["发改局"], ["发改局", "经信局", "环保局", "国土局", "水务局", "工商局", "二连供电局"],
          note="round 32: the unnumbered line after the item (「产能,对未通过…」, the page's break inside 「不达标产能」) is that item's "
               "body; " + R1 + ": 「(A牵头,B、C、…,D配合)」 — lead 发改局, responsible 发改局 and the 配合 bodies in printed order "
               "(split on 、 and ,; names as printed, short names kept, round 38); 「有关部门不得办理审批…」 is a prohibition (rule "
               "1 decides anyway); round 44 (decided): 一、目标任务's 「到2018年底」 is the goal's date, not the items': " + NODATE),
        S(["二", "(一)", "2"], [], [], skip_deadline=True,
          note=CUT + " (「兼」), before any label: lead [], responsible []; 「严格执行…」「积极推进…」 have no subject"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 二/(一)/1 and 2 (CUT); 一、目标任务 is a section (its aims carry no figure)",
            "「2018-2020年」 names the companion 攻坚计划; 内气水治办〔2018〕9号 and 锡气治办〔2018〕1号 are document numbers"])

# round 66 (rul94): answers aligned to tests/data/CONVENTIONS.md "Round 94 rulings" (turned; the printed names accepted)
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'各街道(园区)': '各街道'})

write_collected(DIR)
