# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next338/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c338, round 64, for round 65: nine page openings of street (街道), town (镇), township
(乡), community (社区) and village (村) work from outside Shanghai, in fields other than festivals — a 社区居委会关于消防工作进社区实施方案
(安宁; 一 a group and its office, 二/(一) a duty heading naming the 社区居委会 over 1、–6、, 6 CUT); a page of a 基层安全生产 document
that opens at an item 4. and lists the 街道办事处(乡镇政府) and 社区(村) 安全生产监管职责 (二/(一) 1.–7., (二) 1.–6., 三 CUT); a
community safety 制度 in traditional characters with the site's inline pinyin (石家莊; 第七條–第十條, 第十一條 CUT; 每季不少於一次,
不少於三次); a 镇's 2010年度兵役登记 notice to 各村、社区 (对象, 条件, 办法 with three dated stages); a 镇's 社区戒毒(康复)工作方案
(一 aims, 二/(一)准备阶段(2月5日—2月28日) 1、组织机构 2、职责分工 CUT); a 乡's 秸稈禁燒工作方案 (traditional with inline pinyin; 一
aims items with 30%／100%, 二 stages 準備階段(6月上旬) 1、–3、 and 禁燒階段 CUT); a 乡镇森林防火责任书 to 各村、居 (一 with (一)–(三),
(三) CUT); a village's 森林防火责任书 (余家沟村; 一、–四、 run in on one line, 四 CUT); and a village's 人居环境整治方案 (二 1.–5.,
三 three stages)): never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by
``locate`` and ``at_line_in`` of ../plans/expected_tools.py); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited in the notes; readings CONVENTIONS does not settle say
RULING?). Neither the parser nor the scorer was run on these plans by c338.

    PYTHONPATH=. python tests/data/plans-next338/make_expected.py tests/data/plans-next338
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, ONE, PAGES, S, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)

R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
PERSONS = "persons are never units (round 30): a person named by post (round 43; Round 77's x299_02 责任人) however the clause is built"
NOUNITS = ("the page names no unit by the ruled forms anywhere, so every numbered leaf that gives work is a task (plans-dev 08, "
           "seed 003)")
NOYEAR = ("no year is printed anywhere in the text (a site's date, a masked 20** or 20xx is no plan's year): only what is printed "
          "is read (round 48), a mask is filled only from a fact the text prints (round 50; Round 85 on x318_02, x318_06 and "
          "x320_07; Round 89 on x330_05): the deadline is written as printed and not checked")
CALL = ("a kind is a doer only by a rule-2 verb (Round 80's p59c-1; Round 83 on x316_01 十), 要 changing nothing (Round 74's "
        "x295_03); 开展 without 组织, 建立, 完善, 进行, 制定, 执行, 做好, 实行 are outside the closed list (round 30; Round 85 on "
        "x318_05, x318_06)")
DUTYHEAD = ("a heading that names a body with a duty word 「X职责」「X责任」 is a unit heading over its items, whatever verbs follow "
            "(rule 1; round 53's x242_02; Round 83 on x312_07 四/1; Round 87 on x325_03 四、（六））, the body not one the section "
            "sets up (Round 85 turned x320_04 二/(二) only for a set-up 指挥部)")
STAGE = ("a stage heading that names its work is a task naming none, even where the page is cut after it (Round 84's p61d-1 on "
         "x162_02 and x314_09)")
RUNIN = ("numbers that run in order from 1 inside a paragraph are items as if each stood at a line start (round 34; Round 83 "
         "turned x314_11 二/(二); Round 89 on x332_01)")
CUTVERB = ("a cut line that prints a verb of work is kept as far as printed (round 41; round 71; Round 88's p63e-1; Round 87 on "
           "x324_04 三)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x338_01_shequ-xiaofang-gongzuo-jin-shequ-shishi-fangan.txt"
JWH = ["社区居委会"]
U01 = ("the heading 「(一)、社区居委会消防安全工作职责任务。」 names the community committee with a duty word: " + DUTYHEAD +
       " — [社区居委会], lead [] (" + ONE + "); the committee is the plan's own body (the issuer speaking of itself is a unit, "
       "round 30), and sentences in the item add nothing (rule 1: the label decides)")
plan(X01,
     title="社区居委会关于消防工作进社区实施方案",
     title_note="line 1, the plan's own title line (the page prints it first, with no site chrome before it)",
     doc_no="", issuer="xxx人民政府 (a town: 副镇长, 「驻镇各企事业单位」) for its xxx社区居委会 (安宁, 昆明 by its citations)",
     date="not shown (安政办通[2004]20号 cited; 2004 or later)",
     level="community under a town (社区居委会; 派出所, 综治办, schools and the 卫生院 on its group)",
     source=source("http://m.zuanai.cn/gongzuojihua/jiaoxue/2020/0109/85265.html"),
     style="a 计划 site's page: title, addressee line, preamble, 一、 a group's composition one member a line and its office, "
           "二、具体做法 / 「(一)、」 (a comma after the bracket) 社区居委会…职责任务 over 1、–6、, CUT in 6、 at 「提供消」",
     leaf_tasks=7, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "(一)", "1"], [], JWH, lead_alternatives=[JWH],
          note="「1、社区消防安全工作列入社区日常工作内容,按照“昆明市城镇社区消防安全管理规定”,做好社区的消防工作,维护社区消防安全;」 — " + U01 + ". " + NODATE),
        S(["二", "(一)", "2"], [], JWH, lead_alternatives=[JWH],
          note="「2、对社区各单位、居民住宅、楼院及住户的消防安全进行检查、巡逻和提示,及时纠正消防违章行为;」 — " + U01 + "; 社区各单位 are the objects "
               "checked (rule 3). " + NODATE),
        S(["二", "(一)", "5"], [], JWH, lead_alternatives=[JWH],
          note="「5、督促、指导驻社区各单位、居民住宅楼院制定防火公约,并对其履行情况进行检查;」 — " + U01 + "; 驻社区各单位 is the object of the "
               "pivot 督促、指导 (round 30), no unit. " + NODATE),
        S(["二", "(一)", "6"], [], JWH, lead_alternatives=[JWH],
          note="「6、在社区内开展消防安全教育,定期发放消防宣传资料,为社区老、弱、病、残和孤寡老人提供消」 (" + CUT + "; " + CUTVERB + ": 开展, 发放, 提供) — "
               + U01 + ". 「定期」 prints no period and no date (round 34's recurring dates): " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: 一 and 二/(一)/1–6. 一、建立机构、加强领导 sets up a 领导小组 (its members persons by post, one a line: "
            "composition, rule 3) and 「领导小组下设办公室在xxx社区居委会,由居委会主任曾卫民任办公室主任,协调处理社区消防安全工作」: a point that sets a "
            "group up and gives it or its office work by a verb is a task naming none (rule 3; round 73; Round 84's p61d-2; "
            "Round 88 on x288_07 一), the seat 「办公室在…」 naming no doer. RULING? 1: 「由居委会主任曾卫民任办公室主任,协调处理…」 read as "
            "the office headed by a person, the 协调处理 the person's (Round 84's p61d-2: 「an office headed by a person」 is "
            "composition alone), gives a section and 6, accepted",
            "the 领导小组's members (副镇长, 社区居委会主任, 派出所所长, 综治办专干 …) are persons by post (" + PERSONS + "), no units",
            "no figures but the cited document number 安政办通[2004]20号 (not a target: EXPECTED.md)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x338_02_jiedao-shequ-anquan-shengchan-jianguan-zhize.txt"
JD = ["街道办事处"]
SQ = ["社区"]
BRACKET = ("a bracket that gives the body of the same kind in other areas is dropped wherever it stands in the name (Round 89 "
           "turned x331_02's 村（居）民委员会 and confirmed 各街道（镇）; Round 87 on x325_04), the printed name accepted")
U02A = ("the heading 「(一)街道办事处(乡镇政府)安全生产监管职责。」: " + DUTYHEAD + " — [街道办事处] (" + BRACKET + ": "
        "[街道办事处(乡镇政府)]), lead [] (" + ONE + ")")
U02B = ("the heading 「(二)社区(村)安全生产监管职责。」: " + DUTYHEAD + " — [社区] (" + BRACKET + ": [社区(村)]), lead [] (" +
        ONE + ")")
plan(X02,
     title_note="no title checked: the stored page opens inside the document, at 「4.各街道(乡镇)、社区(村)要成立…」, and prints no title "
                "line (round 48: only what is printed is read; Round 77 on x303_05)",
     doc_no="", issuer="not shown (a body over 街道(乡镇) and 社区(村): 「纳入区(县)财政预算」, 安监局 — a district's or a city's)",
     date="not shown",
     level="street and town over their communities and villages (街道办事处(乡镇政府), 社区(村); the document is about their duties)",
     source=source("http://ask.fsou.com/html/text/lar/170660/17066099_1.html"),
     style="a legal-text site's later page: an item 「4.」 whose heading is on an earlier page, 「(四)保障工作经费和工作条件。」 with its "
           "paragraph, 二、明确监管职责 / (一) 1.–7. and (二) 1.–6. one a line, then 「三、加强基」 CUT at the page's end",
     leaf_tasks=14, count_alternatives=[13, 15, 16], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["4"], [], [], **at(X02, "4.", nth=1),
          note="「4.各街道(乡镇)、社区(村)要成立义务应急救援队伍,配备必要的应急救援设施和设备,并保持救援队伍的相对稳定。」 — the item's heading stands on an "
               "earlier page, so the path is its number as printed (round 48). 成立 and 配备 are outside rule 2 (" + CALL + "; Round "
               "83 on x313_04 五、) — " + NONE + ". " + NODATE),
        S(["二", "(一)", "2"], [], JD, lead_alternatives=[JD], responsible_alternatives=[["街道办事处(乡镇政府)"]],
          note="「2.按照“分级负责、属地管理”的要求,负责监管本行政区域内的安全生产。」 — " + U02A + ". " + NODATE),
        S(["二", "(一)", "4"], [], JD, lead_alternatives=[JD], responsible_alternatives=[["街道办事处(乡镇政府)"]],
          note="「4.定期召开安全生产专题会议,分析、布置、督促和检查行政区域内的安全事故防范工作。」 — " + U02A + ". The recurring meeting is a "
               "duty (below). 「定期」 prints no date: " + NODATE),
        S(["二", "(二)", "2"], [], SQ, lead_alternatives=[SQ], responsible_alternatives=[["社区(村)"]],
          note="「2.定期对职责范围内生产经营单位进行安全检查,掌握辖区生产经营单位的安全生产情况。」 — " + U02B + "; the firms checked are objects "
               "(rule 3). " + NODATE),
        S(["二", "(二)", "5"], [], SQ, lead_alternatives=[SQ], responsible_alternatives=[["社区(村)"]],
          note="「5.及时向本级政府和有关部门报告检查中发现的不能立即纠正的事故隐患和安全生产违法行为。」 — " + U02B + " (the label decides, so the "
               "sending's own form adds nothing: rule 1); the report is an undated duty (below). " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "定期召开安全生产专题会议,分析、布置、督促和检查行政区域内的安全事故防范工作", "when": "定期", "when_norm": None},
             {"what": "及时向本级政府和有关部门报告检查中发现的不能立即纠正的事故隐患和安全生产违法行为", "when": "及时", "when_norm": None}],
     notes=["14 leaves: 「4.」 (its parent's heading not on the page), 二/(一)/1–7, 二/(二)/1–5 and 三 (CUT: 「三、加强基」 prints "
            "加强, a verb of work — " + CUTVERB + "). Not counted: (四) and 二/(二)/6. (四)保障工作经费和工作条件 「…费用应纳入区(县)财政预算,"
            "确保足额到位。…为安监局和安全生产监督检查人员配置必需的…设备、装备」 is a support item naming no unit in a plan whose tasks name units "
            "(seeds EXPECTED.md lines 3–5; round 27), its acts money and equipment a payer finds (round 30; Round 85 on x311_01 "
            "第七条). 二/(二)/6 「完成街道(乡镇)安委会和上级安监部门交办的安全生产工作。」, the last line of a duty list, names no act of its own, "
            "only the work others hand down (Round 84's p61a-1 catch-all, read by its words). RULING? 2: p61a-1's form prints "
            "「…交办的其他…事项／任务」, and this line has no 其他 — read as the catch-all (the line names no act of its own, whatever "
            "other lines say), the other reading a task of the 社区's (15 with it; 16 with (四) too, accepted). RULING? 3: 「三、加强基」 "
            "cut after 加强 with the noun's first character — read as a cut heading that prints its verb (Round 87's x324_04 三), "
            "the other a fragment with no object that gives no work (Round 87's x324_03 三/(一)/1/(2)); 13 accepted",
            "duties: 二/(一)/4's 「定期召开安全生产专题会议」, a recurring coordination rhythm with no period printed, an undated duty "
            "(EXPECTED.md: recurring reporting/coordination rhythms; Round 85 on x320_09 二; Round 89 on x329_01 第十一条 「定期」); "
            "二/(二)/5's report of what the checks find that cannot be put right at once, to the bodies above, an undated duty "
            "(Round 83 confirmed x316_01 一; Round 89 on x334_03 第十三条（三））. 二/(二)/1's 「定期召开安全生产工作例会」 is the same kind "
            "of rhythm one level down, not written (one duty per kind is enough to check; RULING? 4: two duties, one per body, "
            "is the other reading)",
            "no figures"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x338_03_shequ-anquan-gongzuo-zhidu-fanti.txt"
JWH3 = ["社區(qū)居委會(huì)"]
ART = ("in a document written as articles the subject of a verb of doing is a doer (round 44; Round 84's p61a-2: a party the "
       "rules bind by 应／要 to acts is a doer, its duty lines tasks), the name kept as printed with the site's inline pinyin "
       "(rounds 33, 43; rounds 39, 59 keep a site's pinyin in names)")
plan(X03,
     title_note="no title checked: the stored page is page 2 of a law site's text (the address's 161252_2) and opens at 第七條; it "
                "prints no title line (round 48)",
     doc_no="", issuer="not shown (a community safety 制度 under 石家莊 rules: 《石家莊市…創建安全社區試點工作實施方案》 cited)",
     date="not shown", level="community (社區居委會, its 安監員／消防員／治安聯防員 posts and its 社區安全工作領導小組; 街道辦 above)",
     source=source("http://jycdxd.com/Laws/Local/Hebei/201012/161252_2.shtml"),
     style="a legal-text site's page 2 in traditional characters with the site's inline pinyin 「社區(qū)」 (some characters printed "
           "as 「?」 by the site): 第七條 (two paragraphs), 第八條, 第九條, 第十條 one a line, CUT at 「第十一條 街道辦」",
     leaf_tasks=4, count_alternatives=[3, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["第七條"], [], [], **at(X03, "第七條 "),
          note="「第七條 社區安監員要按照…規定,負責社區內生產經營單位的日常安全生產監督管理工作;社區消防員要…負責社區日常消防安全工作;社區治安聯防員要…負責社區日常治安保"
               "衛工作。 / 上述人員如不履行職責,造成安全事故發生的,…依據有關規定給予處理。」 — the subjects of 負責 are posts, persons (" + PERSONS +
               "; 負責 after a person is the person's: round 30) — " + NONE + ". The posts are the community's own (Round 87 on "
               "x326_09: the posts of the community's own grid carry its work; Round 89 on x333_01's case officers), so the "
               "article gives work, a task naming none; its second paragraph is a consequence (Round 86's (b)). RULING? 5: the "
               "posts' lines read as the job duties of persons (Round 85 on x317_01 and x322_01 一、（五））, no task, gives 3, "
               "accepted. " + NODATE),
        S(["第八條"], [], JWH3, targets=[(1, "次"), (3, "次")], **at(X03, "第八條 "),
          note="「第八條 社區居委會對公共聚集場所、危險化學品、建築企業等專項檢查,每季不少於一次;每年雨季防汛、防雷專項檢查不少於三次;重大節日(清明、五一、十一、元旦、"
               "春節)、安全生產月及重要會議期間必須進行檢查。對排查出的隱患要限期整改並負責驗收,存在問題嚴重的要及時上報並提出整改建議。」 — " + ART + ": "
               "[社區(qū)居委會(huì)], lead [] (one body by a verb of doing: plans-dev 03's lead accepted only with a rule-2 form, "
               "not written). Targets: 「每季不少於一次」 1 次 and 「不少於三次」 3 次 — a quantity joined to 不少於 is a target (round 30's "
               "line), events in a rhythm included (Round 84's p61e-1; Round 85 on x320_09 二). Date: the periods are recurring "
               "(每季, 每年雨季, each year's festivals) and no year is printed: a rhythm's dates are no deadline (round 34; Round 84's "
               "p61e-1), so none. The 及時上報 of grave problems is an undated duty (below)", dl=None, dln=None),
        S(["第九條"], [], ["社區(qū)安全工作領(lǐng)導(dǎo)小組"], **at(X03, "第九條 "),
          note="「第九條 社區安全工作領導小組接到事故報告後應立即組織人員趕到事故現場,組織搶救。並如實報告上級有關部門,…」 — 「A組織B＋verb」 and 組織＋work "
               "name A (rule 2; round 30), and an item whose whole work is the response to a case takes A (round 30's clarification); "
               "the group is a standing body the article does not set up (Round 89 on x331_01 三/（一））: [社區(qū)安全工作領(lǐng)導"
               "(dǎo)小組], as printed. The report of the accident to the bodies above is an undated duty (below). " + NODATE),
        S(["第十條"], [], JWH3, **at(X03, "第十條 "),
          note="「第十條 社區居委會應當設置安全宣傳欄,張貼安全標語、標牌,營造社區安全氛圍。」 — " + ART + ": [社區(qū)居委會(huì)]. " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "存在問題嚴重的要及時上報並提出整改建議", "when": "及時", "when_norm": None},
             {"what": "並如實報告上級有關部門,不得隱瞞不報、謊報或者拖延不報", "when": None, "when_norm": None}],
     notes=["4 leaves: 第七條–第十條, each an article with no items. 「第十一條 街道辦」 is cut before any verb: a noun fragment gives no "
            "work (round 71; Round 87 turned x324_03 三/(一)/1/(2); Round 88's p63e-1); 5 with it is accepted as the every-line "
            "reading. Accepted: 3 (RULING? 5)",
            "the article paths are written as printed, 「條」 in traditional characters; the page's inline pinyin 「社區(qū)」 and its "
            "「?」 are kept in names and quotations",
            "duties: 第八條's 「存在問題嚴重的要及時上報」 — a report the rules ask when a case arises is a duty (round 44; Round 89 on x330_01 "
            "and x333_03), undated; 第九條's report of an accident to the bodies above is a duty (Round 89 turned x334_03 第十三條（三）), "
            "undated (立即／如實 print no time: Round 79)",
            "重大節日 are named as times of checks, not as the plan's period: no festival month is read (p44e reads a festival "
            "period an item's own work falls in, with the plan's year, which the page does not print)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x338_04_zhen-2010-bingyi-dengji-gongmin-bingyi-yiwuzheng-tongzhi.txt"
YEAR04 = ("the year is the work's own, printed in the notice: 「决定在春节前后开展2010年度兵役登记」, 「发出2010年冬季征兵预告通知书」 in the same "
          "stage (round 50: a gap is filled from a fact the text prints; EXPECTED.md: years left implicit are resolved from the "
          "plan's title or date and noted) — RULING? 6")
plan(X04,
     title_note="no title checked: the stored page opens with the site's 「朗读」 and the addressee line 「各村、社区:」; it prints no "
                "title line (round 48; Round 77 on x303_05)",
     doc_no="", issuer="a 镇 (镇政府, 镇长章瀚; 上虞 by the site's address, 浙江)", date="not shown (2010 by the text: 2010年度兵役登记)",
     level="town over its villages and communities (「各村、社区:」; 村民兵连长, 社区主任)",
     source=source("http://nbxinxi.com/a/shangyuqu/20210602/202973.html"),
     style="a county-news site's page: 「朗读」, the addressee line, a preamble, 一、 对象 二、 条件 三、 办法 each a heading line over "
           "one paragraph, 三's paragraph then 「兵役登记时间为1月20日至2月27日,具体分三个阶段实施:」 and three lines 「第一阶段为…阶段。」, CUT in "
           "the third at 「《公民兵役义务证》」",
     leaf_tasks=3, count_alternatives=[1, 5], attachment_task_rows=0, childless_top_level_sections=["一、兵役登记、颁发《公民兵役义务证》的对象", "二、兵役登记、颁发《公民兵役义务证》的条件"],
     samples=[
        S(["三", "第一阶段"], [], [], dl="1月18日前", dln="2010-01-18", **at(X04, "第一阶段为"),
          note="「第一阶段为组织准备阶段。1月18日前,镇成立由镇党委副书记、镇长章瀚为组长,…为成员的领导小组,召开好会议,做好宣传发动,下发兵役登记颁证通知书。」 — "
               "the stage lines are 三's items, their ordinal heads printed as the path (plans-dev EXPECTED.md: paths as printed; "
               "Round 89 on x330_06 「一是」). 「镇」 standing alone is a level with no head (round 43; Round 83 on x315_01 第二十条), "
               "成立 a group the item sets up (rule 3), 召开, 做好, 下发 outside the closed list (" + CALL + "); the group's members "
               "are persons — " + NONE + ". Date: 「1月18日前」, the year " + YEAR04),
        S(["三", "第二阶段"], [], [], responsible_alternatives=[["各村", "社区"]], dl="1月20日至2月20日", dln="2010-02-20", **at(X04, "第二阶段为"),
          note="「第二阶段为组织实施阶段。1月20日至2月20日,各村、社区要及时组织适龄青年自行上站参加兵役登记,镇将组织有关人员对适龄青年进行身体目测、病史调查和政治初审,"
               "发出2010年冬季征兵预告通知书。」 — 「各村、社区」 calls back the notice's whole addressee line 「各村、社区:」, a call to all "
               "(Round 89 governs on x330_02: round 42's call of a notice's addressees over round 30's kind with a rule-2 verb), "
               "so its 组织…参加 names none; 「镇将组织…进行…」 has a level alone as subject (round 43) — " + NONE + ". [各村, 社区] "
               "(the kinds by 「A组织B＋verb」, round 30; split on 、) is accepted. Date: the span's end 2月20日, the year " + YEAR04),
        S(["三", "第三阶段"], [], [], dl="2月20日至2月27日", dln="2010-02-27", **at(X04, "第三阶段为"),
          note="「第三阶段为总结阶段。2月20日至2月27日,完成适龄青年《公民兵役义务证》」 (" + CUT + "; " + CUTVERB + ": 完成) — work with no subject "
               "— " + NONE + ". Date: the span's end 2月27日 (the registration's 「1月20日至2月27日」 alike), the year " + YEAR04),
     ],
     plan_targets=[],
     phases=[{"name": "组织准备阶段", "start": None, "end": "2010-01"},
             {"name": "组织实施阶段", "start": "2010-01", "end": "2010-02"},
             {"name": "总结阶段", "start": "2010-02", "end": "2010-02"}],
     duties=[],
     notes=["3 leaves: 三/第一阶段–第三阶段 (the third CUT). 一 (who registers: 「2010年12月31日前年满18周岁的男性公民」) and 二 (the "
            "conditions) are the scheme's terms for applicants, no tasks (Round 83 on x314_09, x314_10; Round 85 on x320_05; "
            "Round 84's p61d-1), listed as childless sections. 三's own paragraph 「由村民兵连长、社区主任组织青年在本村、社区进行兵役登记」 names "
            "persons (" + PERSONS + ") and an applicant's option 「可书面委托」 (round 49 p46b); it leads into the stages. Accepted: "
            "5 (一、二 read as tasks) and 1 (三 one leaf, the ordinal stage lines its text — 「第一阶段」 is no number marker of "
            "plans-dev's list). The ages 18 and 23 周岁 name groups of persons (round 31): not targets, unchecked",
            "phases: the three stages — 「1月18日前」 prints an end only, start none (Round 84's p61e-3); 「1月20日至2月20日」 and "
            "「2月20日至2月27日」 print their spans; the year " + YEAR04,
            "no duties: the stages' 下发／发出 notices go to the youths called (a notice to the public is no report: round 55's "
            "x247_01)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x338_05_zhen-shequ-jiedu-kangfu-gongzuo-fangan.txt"
D05 = dict(dl="2月28日", skip_deadline=True)
plan(X05,
     title="社区戒毒工作方案",
     title_note="line 1 and the piece head 「篇一:社区戒毒工作方案」 (line 5) print the same words; a piece mark is chrome (Round 83 on "
                "x314_06; Round 87 on x326_03); 「Posted in 职场文书 onJune 04, 2014」 (line 4) is the site's",
     doc_no="", issuer="a 镇 (「我镇」, 镇政府, 镇社会事务办, 镇司法所, 镇派出所; 县卫生局 above) — unnamed",
     date="not shown (the site's 2014 is no plan's year)", level="town over its communities (社区戒毒(康复))",
     source=source("https://3water.com/article/7MTIw0NzYw0Ljc5"),
     style="a 文书 site's page: headline, the site's date line, piece head 「篇一:」, preamble, 一、目标任务 (one paragraph), 二、工作措施 with a "
           "lead-in 「…分三个阶段进行:」, (一)准备阶段(2月5日—2月28日) / 1、组织机构 and 2、职责分工 as heading lines over paragraphs, blank lines "
           "between; CUT in 2、 at 「镇派出所要确定禁毒民警,负」",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、目标任务"],
     samples=[
        S(["二", "(一)", "1"], [], [], **D05,
          note="「1、组织机构 / 镇政府成立社区戒毒(康复)工作领导小组,组长由镇长担任,领导小组负责组织、协调、指导全镇社区戒毒(康复)工作。」 — a point that sets a group up "
               "and gives it work by 负责 is a task naming none (rule 3; round 73; Round 84's p61d-2; Round 85 on x320_04 二/(一)); "
               "成立 names no doer (round 30) — " + NONE + ". Date: the stage heading 「准备阶段(2月5日—2月28日)」 dates its items by its "
               "end (Round 87 on x326_02: a heading's completion date dates the items under it), but " + NOYEAR),
        S(["二", "(一)", "2"], [], ["镇政府", "医疗机构", "镇司法所"],
          responsible_alternatives=[["镇政府", "县卫生局指定的医疗机构", "镇司法所"], ["镇政府", "镇司法所"], ["医疗机构", "镇司法所"]], **D05,
          note="「2、职责分工 / 镇政府是社区戒毒(康复)工作的责任主体。社区戒毒(康复)工作领导小组负责制定…计划,指导成立社区戒毒(康复)监护小组,…社区戒毒(康复)监护小组负责具体"
               "实施…工作。监护小组由…组成。 / 社区戒毒人员的戒毒医疗和护理由县卫生局指定的医疗机构负责。 / 镇社会事务办将…对象纳入低保范围。 / 镇司法所负责对…吸毒人员落实安置"
               "帮教工作,… / 镇派出所要确定禁毒民警,负」 (" + CUT + ") — a 职责分工 point of paragraphs is one task with every body it gives work, in "
               "printed order (Round 82's p60c-1; Round 87 on x327_02 二): 「A是…的责任主体」 designates A (Round 85 on x319_04; Round 89 "
               "on x331_02 第三条) → 镇政府; 由A负责 with a 的-phrase gives the head after the last 的 (rounds 32, 38; Round 85 on x317_01 "
               "第三条) → 医疗机构, 县卫生局 inside the description no doer (round 30); 镇司法所负责 → 镇司法所. Not units: the 领导小组 set "
               "up in 1、 of the same stage and the 监护小组 this point has set up (rule 3; Round 85 turned x320_04 二/(二)), the members "
               "(rule 3), 镇社会事务办's 纳入 (outside the list), and 镇派出所's 确定禁毒民警 (Round 88: 「A落实／配备／确定专人」 names none; 负 cut). "
               "Accepted: the printed 的-phrase, the list without the designation (RULING? 7) and without 镇政府. Date: as 1、, " + NOYEAR),
     ],
     plan_targets=[], phases=[{"name": "准备阶段", "start": None, "end": None}], duties=[],
     notes=["2 leaves: 二/(一)/1, 2 (2 CUT). 一、目标任务 「明确…主管部门、责任单位和具体职责,建立…专职队伍和工作体系,…确保…规范运行,…保证…可持续发展」 is an aims "
            "point that makes no body a doer (Round 80's aims form; plans-dev EXPECTED.md lines 21–25; Round 84's p61c-1), a section. "
            "二's lead-in 「全镇开展社区戒毒(康复)工作分三个阶段进行:」 names no body (「全镇」 a place, Round 85 on x321_01 六、（三））",
            "phases: 准备阶段 (2月5日—2月28日) — no year printed, so its months are null (Round 85 on x318_02: EXPECTED.md allows null); "
            "the other two stages are on later pages",
            "RULING? 7: 「镇政府是…的责任主体」 read as a designation inside a 职责分工 point (Round 85's x319_04), the other a plan-level "
            "statement of who leads the whole work (Round 87 on x323_02 第四条), no unit"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x338_06_xiang-jiegan-jinshao-gongzuo-fangan-fanti.txt"
D06 = dict(dl="6月上旬", skip_deadline=True)
plan(X06,
     title="鄉(xiāng)鎮(zhèn)秸稈禁燒工作方案",
     title_note="line 9, the piece head 「鄉鎮秸稈禁燒工作方案篇一」 less its piece mark 「篇一」 (Round 83 on x314_06; Round 87 on x326_03), "
                "the site's inline pinyin kept as printed (rounds 39, 59); lines 1 and 4 are the compilation's headline 「專業鄉鎮秸稈禁燒工作"
                "方案(通用18篇)」, no title line",
     doc_no="", issuer="a 乡 (「我鄉」, 全鄉; 縣 above) — unnamed", date="not shown (「20**年」 masked; the site's 2023-10-31)",
     level="township over its villages (鄉、村禁燒網絡)",
     source=source("http://mlvmservice.com/zuowen/5544157.html"),
     style="a 范文 site's compilation page in traditional characters with the site's inline pinyin (and 「?」 where the site lost "
           "characters): headline twice, upload lines, a blurb, piece head 「…篇一」, preamble, 一、工作目標 (一)–(三), 二、實施步驟 "
           "(一)準備階段(6月上旬) 1、–3、, 「(二)禁燒階段(6月份、9月份、10月份)」 CUT after its heading; blank lines between",
     leaf_tasks=6, count_alternatives=[4, 5, 7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(二)"], [], [], targets=[(30, "%"), (100, "%")],
          note="「(二)大力推廣使用秸稈還田、保護性耕作,秸稈栽培食用菌、…等綜合利用技術,全鄉農作物秸稈綜合利用率達到30%以上,夏季小麥適宜機械作業的地塊還田率要達到100%。」 — an "
               "item that names work to do (推廣使用) is a task though it stands under 工作目標 (Round 85 on x320_08 二: items naming "
               "work; Round 87's x326_08 read items that only state aims), and " + NOUNITS + " — " + NONE + ". Targets: 30 % "
               "(達到…以上) and 100 % (達到), quantities joined to a comparison word (round 30's line). RULING? 8: the 工作目標 items "
               "read as aims only (Round 87 on x326_08 二/1–4), no tasks, their figures plan targets — counts 4, 5 accepted. " + NODATE),
        S(["一", "(三)"], [], [], targets=[(15, "公分")], not_targets=[(2, "公里"), (100, "米")],
          note="Round 91 (turned; round 32's list): 「麥茬控制在15公分以內」 — 以内 is a comparison word since round 32 (「在6米以内」), "
               "以內 its traditional form: unchecked → a target 15 公分 of the item ((三) being a task); 2 公里 and 100 米 stay "
               "not_targets (RULING? 9). 「(三)切實做到低茬收割,麥茬控制在15公分以內,旅游路、張開路兩側2公里、大廣高速沿線兩側、高壓輸電線路兩側及易燃易爆場所100米以及田邊、路邊、渠邊兩側和綠化帶內,嚴禁堆放和"
               "焚燒秸稈,對不能有效利用的秸稈,要隨收隨清,…」 — work with a ban on the plan's own fields and an instruction 要 (Round 85 on "
               "x314_10 四/(四); Round 84's p61c-1) — " + NONE + ". Not targets: 2 公里 and 100 米 measure the zones the ban covers, "
               "figures with no comparison word naming a place (round 30: a figure that only names a kind or a norm; round 58's "
               "class). 「15公分以內」 — the builder left it unchecked (以內 read as off round 30's list, RULING? 9); a target by Round 91. " + NODATE),
        S(["二", "(一)", "1"], [], [], **D06,
          note="「1、制定秸稈禁燒工作方案,明確工作目標、措施和要求。」 — " + NOUNITS + " — " + NONE + ". Date: the stage heading 「準備階段(6月上旬)」 dates "
               "its items (Round 87 on x326_02), but " + NOYEAR),
        S(["二", "(一)", "3"], [], [], **D06,
          note="「3、建立鄉、村禁燒網絡體系,層層簽訂責任狀並落實工作責任。」 — 鄉、村 are levels in a noun (round 43), 落實 with no subject names "
               "none (rule 2 reads only a printed subject) — " + NONE + ". Date: as 1、, " + NOYEAR),
     ],
     plan_targets=[], phases=[{"name": "準(zhǔn)備階段", "start": None, "end": None}, {"name": "禁燒階段", "start": None, "end": None}],
     duties=[],
     notes=["6 leaves: 一/(二), (三); 二/(一)/1–3; 二/(二) (CUT after its heading: 「禁燒階段」 names its work — " + STAGE + "). "
            "一/(一) 「20**年夏秋兩季農作物收獲期間在全鄉範圍內實行農作物秸稈全面禁燒。」 states the aim the plan reaches (Round 87 on x326_08: items "
            "that state aims give no work), no task. Accepted: 7 (一/(一) as a task), 5 and 4 (一's items as aims, RULING? 8; with "
            "or without the cut stage)",
            "phases: 準備階段 (6月上旬) and 禁燒階段 (6月份、9月份、10月份), no year printed (20** masked): months null (Round 85 on x318_02)",
            "the page names no unit anywhere: plans-dev 08"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x338_07_xiangzhen-senlin-fanghuo-zerenshu.txt"
LEADIN = ("一's lead-in 「各村、居要认真贯彻执行…方针,切实做好辖区内森林防火工作,确保下列各项工作目标的实现」 gives its items a body only by a rule-2 "
          "clause or a duty word (rule 4; Round 85 turned x319_02 三/1), and 贯彻执行, 做好, 确保 are none (" + CALL + ")")
plan(X07,
     title="乡镇森林防火责任书",
     title_note="line 9, the piece head 「乡镇森林防火责任书 篇1」 less its piece mark (Round 83 on x314_06; Round 87 on x326_03); lines 1, 3, 7 "
                "are the site's path and the compilation's headlines (「…通用18篇」「(精选18篇)」)",
     doc_no="", issuer="a 乡镇 (「我县」, 嘉陵区 cited; 四川) to its 村、居 — unnamed", date="not shown (「20xx—20xx年」 masked)",
     level="township over its villages and residents' committees (各村、居)",
     source=source("https://hunwen.com/fanwen/zerenshu/277/277707.html"),
     style="a 范文 site's compilation page: breadcrumb, headlines, piece head 「篇1」, preamble, 一、 (a lead-in over goals) with (一)(二) "
           "run-in headings over one paragraph each and 「(三)大力加强森林防火基础设施建设。」 CUT after its heading; blank lines between",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], responsible_alternatives=[["各村", "居"]],
          note="「(一)全面落实森林防火行政首长负责制。及时调整充实村森林防火组织机构,指定专人负责森林防火工作,…逐级签订森林防火责任状,开展防火检查,确保各项措施全面落实。」 — the "
               "point prints no subject: rule 2's 落实 names only a printed subject, and 指定专人负责 without 由A names none (Round 87 on "
               "x326_03; Round 88: 专人 is a person's) — " + NONE + "; " + LEADIN + ". RULING? 10: the lead-in's 「各村、居」 carried "
               "into the point as the subject of 落实 (rounds 34, 49 p46d: a missing subject carries the one before it) gives [各村, "
               "居] (split on 、, round 30), accepted. " + NODATE),
        S(["一", "(二)"], [], [], responsible_alternatives=[["各村", "居"]],
          note="「(二)进一步强化森林防火预防工作。建立森林防火长效机制,引导林农、经营者…建立…群防组织;…严格野外火源管理,建立巡山护林制度,组织开展巡山护林和林缘田边可燃物计划烧除工作,"
               "…加强森林防火宣传教育,制定…方案,大力提」 (the page's own break inside the paragraph) — 组织开展 with no subject printed names "
               "none, 引导's objects (林农、经营者) are a pivot's (round 30) — " + NONE + "; " + LEADIN + "; [各村, 居] accepted (RULING? "
               "10). " + NODATE),
        S(["一", "(三)"], [], [],
          note="「(三)大力加强森林防火基础设施建设。」 (" + CUT + "; " + CUTVERB + ": 加强) — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一/(一)–(三) ((三) CUT after its heading). 一 has items and is no leaf. Accepted: 2 (the cut heading alone as "
            "no task)",
            "(二)'s paragraph ends at 「大力提」 and the page goes on with (三): the stored text's break, kept as printed",
            "no figures but the masked 「20xx—20xx年」"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x338_08_yujiagou-cun-senlin-fanghuo-zerenshu.txt"
NOT24 = "「24 小时」 names a kind of system (电话畅通, 值班): no target (Round 87 on x324_08 「24小时值班制度」)"
plan(X08,
     title="村级森林防火责任书",
     title_note="line 14's head 「村级森林防火责任书 4 篇」 less its compilation count (Round 87 on x326_03 「文明村创建实施方案范文(通用11篇)1」 → its head "
                "less the marks), a head whose words name the piece, a village's 森林防火责任书 (Round 87 governs on x324_02: a heading "
                "stands where it names the piece and the text prints no title); lines 1–12 are the document site's chrome. RULING? "
                "11: 「余家沟村森林防火责任书」, the name the preamble gives the piece (「特制定余家沟村森林防火责任书」), is the other reading, not "
                "written",
     doc_no="", issuer="余家沟村 (村委会森林防火指挥部; 镇政府 above)", date="not shown",
     level="village over its groups, school and households (各组(学校)、农户)",
     source=source("https://www.renrendoc.com/p-2279979.html"),
     style="a document site's preview: five 「_第N页」 lines, its chrome, 「文档简介」, then the whole text on one line with the preview's page "
           "marks 「1 / 6」「2 / 6」 run in (「牢2 / 6 固树立」) and spaces where lines broke: preamble, 一、–四、 run in, CUT in 四 at 「值班和领」",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], **at(X08, "一、"),
          note="「一、在森林防火期要求各组(学校)、农户严格执行野外用火“十不准” 不准带火进入林区;…不准随意烧荒炼山。」 — " + RUNIN + ", so 一、–四、 are the "
               "text's items though they stand inside one line. The groups and households the 责任书 binds are told to keep the "
               "bans: a task (Round 84's p61c-1: an instruction to the plan's parties; Round 84's p61a-2: named parties bound to "
               "duties, unlike a rule to 「任何单位和个人」), and 执行 is outside the closed list (" + CALL + ") — " + NONE + ". "
               "RULING? 12: the ten bans read as rules on anyone's own conduct (Round 87 turned x324_07 四: cautions to persons on "
               "their own conduct), text — count 3 accepted. 「十不准」 is a name with a digit. " + NODATE),
        S(["二"], [], [], not_targets=[(24, "小时")], **at(X08, "二、"),
          note="「二、各组(学校)要广泛深入开展森林防火知识宣传教育,…制定切实可行的森林防火工作预案。及时消除隐患,实行 24 小时电话畅通,发现火情不得迟报、漏报、瞒报,做到下情上报,有事报事,"
               "无事报平安。」 — " + CALL + " — " + NONE + ". Not a target: " + NOT24 + ". The report of fires is an undated duty "
               "(below). " + NODATE),
        S(["三"], [], ["各组(学校)", "农户"], responsible_alternatives=[["各组", "农户"], ["各组(学校)"], []], **at(X08, "三、"),
          note="「三、各组(学校)、农户要服从镇政府、村委会森林防火指挥部的指挥,发现灾情及时报告,积极组织村民(教师)进行扑火,在扑救火灾的过程中,要注意人身安全,…严禁夜间扑火。」 — "
               "the point's whole work is the response to a fire (round 30's clarification: it takes A), and 「A组织B＋verb」 names "
               "A (rule 2; round 30): the subject 「各组(学校)、农户」 carried to 积极组织 (rounds 34, 49 p46d), split on 、 (round 30) and "
               "kept as printed, the bracket naming the other kind the village treats alike (Round 85 on x318_05; Round 89 drops "
               "only a bracket giving the same kind in other areas); lead []. 镇政府 and 村委会森林防火指挥部 command (rule 3: 在A指导下), "
               "村民(教师) are the pivot's object. RULING? 13: 农户 are households, read as the 责任书's party (a regulated party by its "
               "kind, Round 89 on x331_02 业主); the other reading, households as persons, gives [各组(学校)], accepted with [各组, 农户] "
               "and none. " + NODATE),
        S(["四"], [], ["学校"], **at(X08, "四、"),
          note="「四、加强预防措施。严禁痴、呆、傻、聋、哑、精神病患者,未成年人进入林区。防火期内,各组干部、学校都要落实防火责任,并坚持 24 小时值班和领」 (" + CUT +
               "; " + CUTVERB + ") — 落实 with 责任 as its object places the duty (round 46; Round 85 on x318_02; Round 87 on x326_10): "
               "its subjects 各组干部 are persons (" + PERSONS + ") and 学校 a body: [学校], lead []. Not a target: " + NOT24 + ". "
               "「防火期内」 prints no date (round 48): " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发现火情不得迟报、漏报、瞒报,做到下情上报,有事报事,无事报平安", "when": None, "when_norm": None}],
     notes=["4 leaves: 一、–四、 (四 CUT), run in on one line (" + RUNIN + "). Accepted: 3 (RULING? 12)",
            "duty: 二's reports of fires up the line 「发现火情不得迟报…有事报事,无事报平安」 — a report the plan asks when a case arises is a duty "
            "(round 44; Round 89 on x330_01 and x333_03), undated; 三's 「发现灾情及时报告」 is the same report (round 41 joins reports of "
            "the same work), not written twice",
            "the preview's page marks 「1 / 6」「2 / 6」 and the line-break spaces 「不 准」「伤 亡」 are kept as printed"])

# ---------------------------------------------------------------------------------------------------------
X09 = "x338_09_cun-renju-huanjing-zhengzhi-fangan.txt"
plan(X09,
     title_note="no title checked: the stored page opens with the preamble, which names the plan only in a sentence 「制定本村人居环境整治方案」; "
                "no title line is printed (round 48; Round 77 on x303_05)",
     doc_no="", issuer="a village (「本村」; 村干部) — unnamed", date="not shown (the site's 202506 in its address is no plan's year)",
     level="village (本村; 村干部, 党员, 志愿者, 村民)",
     source=source("http://shijie.fsnews.com.cn/jxfw/202506/402223.html"),
     style="a news site's 精选范文 page: preamble, 一、整治目标 (one paragraph), 二、整治重点 1.–5. one a line with run-in headings "
           "「垃圾治理:」, 三、实施步骤 1.–3. as stage headings 「宣传发动阶段(1个月)」 over one paragraph each, CUT in 3. at 「常态化管理」",
     leaf_tasks=8, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、整治目标"],
     samples=[
        S(["二", "1"], [], [],
          note="「1. 垃圾治理:全面清理村庄内各类生活垃圾,设立分类垃圾桶,定期清运,杜绝随意丢弃现象。同时加强宣传教育,引导村民养成良好卫生习惯。」 — " + NOUNITS + " — " +
               NONE + "; 「垃圾治理:」 is a run-in heading naming the work, no body. 「定期」 prints no date: " + NODATE),
        S(["二", "2"], [], [],
          note="「2. 污水治理:对村庄内的生活污水进行有效收集和处理,…鼓励农户建设小型污水处理设施,提升污水治理能力。」 — " + NONE + "; 鼓励 names no work (rounds 30, "
               "40), the point's other acts (收集和处理) give it work: a task. " + NODATE),
        S(["三", "1"], [], [], not_targets=[(1, "个月")],
          note="「1. 宣传发动阶段(1个月) / 通过广播、宣传栏、入户走访等方式,广泛宣传…,提高村民参与意识和积极性。」 — a stage heading over its paragraph: " + STAGE +
               " — " + NONE + ". Not a target: 「(1个月)」, the span the stage lasts with no comparison word (round 30: a figure that "
               "names a norm; round 33: a time limit is no target). No date: a duration with no start printed gives no deadline "
               "(round 48) — " + NODATE),
        S(["三", "2"], [], [], not_targets=[(2, "个月")],
          note="「2. 集中整治阶段(2个月) / 组织村干部、党员、志愿者及村民共同参与,集中力量开展环境清理、垃圾清运、污水治理等工作,…」 — 组织 with no subject printed, its objects "
               "persons (" + PERSONS + ") — " + NONE + ". Not a target: (2 个月), as 1's. " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "宣传发动阶段", "start": None, "end": None}, {"name": "集中整治阶段", "start": None, "end": None},
             {"name": "巩固提升阶段", "start": None, "end": None}],
     duties=[],
     notes=["8 leaves: 二/1–5 and 三/1–3 (3 CUT: 「…落实门前三包制度,定期开展检查评比,形成常态化管理」 prints its verbs). 一、整治目标 is aims "
            "(「实现“三清三改”目标…力争在短期内改善…」: Round 80's aims form; plans-dev EXPECTED.md lines 21–25), a section",
            "phases: the three stages print only durations (1个月, 2个月, 长期), no dates: months null (EXPECTED.md allows null)",
            "no figures but names with digits (三清三改, 门前三包) and the stages' durations"])

write_collected(DIR)
