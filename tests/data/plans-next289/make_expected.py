# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next289/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c289, round 57: eight page openings of township (镇／乡) and street (街道) work
from outside Shanghai — 施甸县水长乡's 2023 「清河行动」 notice (「一是由乡人民政府统一组织…开展」「二是其余各村(社区)自行组织…开展」, a
separate 时间 point 「2023 年 4月 19日」); a 镇's 镇容镇貌综合整治 实施方案 (three dated stages without a year, 「各村要做好…」,
「公路两侧 10米 内不得出现“三堆”」, CUT); 熊口镇's 禁止燃放烟花爆竹 通告 (2024; points run on in one line, 「由公安机关责令…并处500元
罚款」); a 秦安县 镇's 2021 重阳节 关爱老年人活动 (「其余各村…组织开展活动」, 「由卫生院医护人员…」, 「六、任务分工 1.司法所、综治中心、西川派出所
组织工作人员做好…。派出所组织民」 CUT); a 街道 元宵節 活動方案 (桂苑社區; traditional; 「3、活動準備: (桂苑社區負責): ①…④」, 「社區負責…」);
a 乡's 2018 迎新春 猜灯谜 文艺汇演 实施方案 (主办／承办 points; 「乡宣传委王岳平同志负责…」「分别由文化站刘潜泉…负责」 persons; CUT); 平溪乡's
2013 新春返乡人员禁毒 宣传方案 under its cover (「乡将组织…」, 「各村、相关部门要组织人员…开展」, 「乡政府将组织…」, a sending 「交一份到乡禁毒办」);
a 镇's 集镇停车交通秩序整治 行动方案, piece 1 of a seven-piece compilation (unit-colon items 「(一)派出所:」「(二)道交办:」, CUT)):
never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``
and ``at_line_in`` of ../plans/expected_tools.py); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–68 are cited in the notes; readings CONVENTIONS
does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c289.

    PYTHONPATH=. python tests/data/plans-next289/make_expected.py tests/data/plans-next289
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list, and outside 第X条 articles it stands, round 63's x268_02): "
        "lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOYEAR = ("no year is printed for the date (round 48: only what is printed is read; a masked 「20xx年」 likewise): the "
          "deadline is not checked")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided)"
PERSONS = ("persons are never units (round 30): a person named by post or as 人员 (round 43), persons of a body 「由市环保局专家…」 "
           "(round 45: persons of a body, no unit), 干部 (round 42)")
PLACE = ("a bare 乡／镇 where the township speaks of itself is a place, not a body (rounds 43, 44, 53; round 65's x277_05 "
         "「鎮(zhèn)成立…」: none, the bare name accepted; round 44's 「镇将…组织…」 stays a place)")


def single(unit):
    return {"lead_alternatives": [[unit]]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x289_01_shuichangxiang-2023-qinghe-xingdong-tongzhi.txt"
SPAN01 = ("the notice's own point 「三、全乡统一开展时间 2023 年 4月 19日 13:00 至 16:00。」 is the day the plan sets for its "
          "work (round 43 decided: a campaign span or a 时间 field the plan sets for its work dates its items; as x283_01's "
          "separate 「一、检查整改时间」 point dated its groups): due 2023-04-19; 13:00, 16:00 are clock times")
plan(X01,
     title_note="title not checked: the page prints the site's metadata table (索引号, 发布机构 施甸县水长乡, 发布日期 2023-04-18) and "
                "then the notice's addressees 「各村(社区)委会、乡直各部门:」; the notice's title line is not on the page",
     doc_no="", issuer="施甸县水长乡 (乡党委政府)", date="2023-04-18 (the site's 发布日期)",
     level="township (水长乡, 施甸县, 保山市, 云南)",
     source=page_source("https://shidian.gov.cn/info/47468/3448473.htm"),
     style="a county site's open-information page: a metadata table, then a notice to 「各村(社区)委会、乡直各部门:」 — a long "
           "preamble, 一、准备工作 (one paragraph 「一是由乡人民政府统一组织…开展…。二是其余各村(社区)自行组织…开展…」), 二、开展单位, "
           "三、全乡统一开展时间, 四、乡直开展地点 (fields), 五、主要任务 (one paragraph of work), 六、相关要求 (一)高度重视。… — CUT",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["二、开展单位", "三、全乡统一开展时间", "四、乡直开展地点"],
     samples=[
        S(["一"], [], ["乡人民政府", "其余各村(社区)"], dl="2023 年 4月 19日 13:00 至 16:00", dln="2023-04-19",
          responsible_alternatives=[["乡人民政府", "各村(社区)"]],
          note="「一、准备工作 此次行动主要分两部分进行,一是由乡人民政府统一组织全体干部职工及水长村两委、部分党员群众代表到由旺河水长段集中"
               "开展“清河行动”。二是其余各村(社区)自行组织村两委、党员群众代表开展“清河行动”工作。」 — a childless point that gives work "
               "(round 34 early; round 64: a notice whose own points are the plan), 「一是…二是…」 its text (round 37); " + R2 +
               " (several clauses, in order): 由A统一组织B＋开展 (由A＋a verb of doing, round 34; 组织＋work) names 乡人民政府 (a body, "
               "not the bare 乡), and 「其余各村(社区)自行组织…开展」 names its subject, a kind with rule 2's 组织 (round 30: a group "
               "named by a kind with a verb of rule 2 is a doer); 其余 says which villages, kept as printed as 所涉／所在／各自 are "
               "(round 67's 所涉建设单位, 各自主管部门), the name without it accepted (RULING? 2); the objects of 组织 — 全体干部职工 and 党员群众"
               "代表 (persons), 水长村两委 and 村两委 (round 30: the pivot's object is no unit) — are none; lead [] (no 牵头); "
               + SPAN01),
        S(["五"], [], [], dl="2023 年 4月 19日 13:00 至 16:00", dln="2023-04-19",
          note="「五、主要任务 主要任务是清理河道水库沟渠坝塘垃圾,清除淤泥杂物及杂草,确保河道水库沟渠坝塘整洁。」 — a childless point "
               "that sets out the work by verbs (round 34 early; round 65's x275_07), with no subject: " + NONE + "; " + SPAN01),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一、准备工作 and 五、主要任务, childless points that give work. 二、开展单位 (who takes part: 干部职工, 两委, "
            "代表 — persons and the villages' committees as participants, round 42 continued: a field), 三、 (the day) and 四、 "
            "(the place, 「长度1.9km」 the stretch's length, no item's target) are fields; 六、相关要求 (一) 「高度重视。各村(社区)"
            "委会要把此次会战作为一项政治任务」 (CUT) is a 工作要求 item naming no unit by rule 2 (把…作为 is no verb of the list) "
            "in a plan whose tasks name units (round 27), so 六 gives no task. Accepted: 3 (六/(一) as a task)",
            "the preamble's 「乡党委政府决定…开展…」 is the notice's own decision (a cover's lead-in), no task"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x289_02_zhen-zhenrong-zhenmao-zonghe-zhengzhi-shishi-fangan.txt"
plan(X02,
     title="关于乡镇镇容镇貌综合整治实施方案",
     title_note="line 1, the site's headline over the plan (printed again on line 5 above the text, after the author line "
                "「王明刚老师」); the plan prints no other title (round 65: a site's heading may stand as the title where the text "
                "prints none; round 62 decided: a title line is told by where it stands)",
     doc_no="", issuer="a 镇 (xxx镇; 镇经济发展办公室; not named)", date="not shown (no year anywhere on the page)",
     level="town (a 镇, not named; roads 沙厚路、厚老路、厚铁路)",
     source=page_source("http://m.xuewenya.com/fangan/1488418.html"),
     style="a 范文 site: the headline, the author line, the headline again, a preamble, 一、整治时间及实施步骤 1、–3、 (stages "
           "「1、宣传动员( 3月5日 至 3月15日 )。…」 with work sentences; the layout breaks lines inside words 「镇经济发展办公」/「室」), "
           "二、整治重点 1、–7、 (places), 三、整治内容和要求 1、 2、 — CUT in 2、",
     leaf_tasks=5, count_alternatives=[12], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], skip_deadline=True,
          responsible_alternatives=[["镇经济发展办公室"]],
          note="「1、宣传动员( 3月5日 至 3月15日 )。镇经济发展办公 / 室安排人员和车辆在镇域内进行镇容镇貌流动宣传,引导群众…,同时全面排查…,"
               "确定整治重点和具体措施。」 — a stage that sets out work, a task and a phase both (plans-dev 04: dated steps are leaf "
               "tasks and schedule phases); 安排 is outside rule 2's list (round 30's closed list; x283_07 一/2's 安排 gave none), "
               "and 人员和车辆 are its objects: " + NONE + "; RULING? 1: 「A安排B进行…」 may be read as 「A组织B＋verb」 (round 30), "
               "so [镇经济发展办公室] (the name whole across the layout's line break, rounds 34, 63) is accepted; the stage's "
               "days print no year: " + NOYEAR),
        S(["一", "2"], [], [], skip_deadline=True,
          note="「2、集中整治(3月16至 4月10日 )。各村要做好通村 / 路及村内主要街道沿线的三堆清理,各村、各驻地单位对居住区的境卫生进一步"
               "加大整治力度,重点治理,务求突出整治取得实效。」 — 做好 and 加大 are no verbs of rule 2 (round 30: 「各部门要加强…」 "
               "is a call): " + NONE + "; " + NOYEAR),
        S(["一", "3"], [], [], skip_deadline=True,
          note="「3、巩固提高( 4月11日 至 4月30日 )。各村、各驻地单位在集中整治结束后,及时查漏补缺,寻找差距,对整治 / 不到位的部位要制定"
               "切实可行的'措施,限期整改弥补。」 — 查漏补缺, 制定, 整改 are outside rule 2's list (round 30: 制定 named): " + NONE +
               "; " + NOYEAR),
        S(["三", "1"], [], [], skip_deadline=True,
          note="「1、各行政村应做好群众居住聚集区的生活垃圾收集和 / 处理,并对群众房前屋后的卫生状况进行检查,发现脏乱差的予以及时纠正。…」 — "
               "做好, 进行检查, 予以纠正: no verb of rule 2: " + NONE + "; no date in the item, and the plan's span (一、's "
               "stages) prints no year: " + NOYEAR),
        S(["三", "2"], [], [], targets=[(10, "米")], skip_deadline=True,
          note="「2、沙厚路、厚老路、厚铁路、各村通村路、各河道的环境卫生按照各村行政区域进行责任划分。公路两侧 10米 内不得出现“三堆”,"
               "不得出现垃圾和白色污染物;」 — 进行责任划分 has no subject and 不得出现 binds no body: " + NONE + "; 「10米 内」: 内 "
               "after a distance is 以内 (round 34's 「300米服务半径内」; round 46's x211_01 decided 「校园周边一百米范围内禁止…」: a "
               "distance kept by what it forbids is the rule's own standard), a target of 10 米 (the ASCII spaces are the page's); "
               + NOYEAR + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 一/1–3 (the stages, each with work sentences: tasks and phases, plans-dev 04) and 三/1, 2 (CUT). 二、整治"
            "重点's 1、–7、 name the places the campaign covers (「xxx镇中心街道、沿街住户及商户」「镇域内所有河道」 …), a scope with no "
            "work (round 60's x36_02; round 66's x81_04: an inventory of what a plan covers): no tasks. Accepted: 12 (二's places "
            "as leaves)",
            "phases not checked: 宣传动员 ( 3月5日 至 3月15日 ), 集中整治 (3月16至 4月10日 ), 巩固提高 ( 4月11日 至 4月30日 ) print "
            "no year, and the page prints none anywhere (round 48: only what is printed is read); a later set may check them "
            "as 03→03, 03→04, 04→04 if the lead rules a yearless stage's months checkable",
            "every sample names no unit: the page's bodies act by 安排／做好／加大／制定 (outside rule 2's list)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x289_03_xiongkouzhen-jinzhi-ranfang-yanhua-baozhu-tonggao.txt"
plan(X03,
     title="熊口镇关于禁止燃放烟花爆竹的通告",
     title_note="lines 1–2 「熊口镇关于禁止燃放烟花爆竹的」 / 「通 告」: a title on two lines is read as one (plans-dev 10's two-line "
                "title; round 65's x282_03), the space inside 「通 告」 the layout's (the scorer squashes spaces)",
     doc_no="", issuer="熊口镇 (潜江市, 湖北)", date="not shown on the page (the site's column is 202412; 2024-12-31 by its address)",
     level="town (熊口镇)",
     source=page_source("https://www.hbqj.gov.cn/xkz/xwzx/gsgg/202412/t20241231_5484575.html"),
     style="a town's 通告 to the public: the title on two lines, a lead-in, 一、禁鞭范围 on its own line, then 二、–五、 run on in one "
           "line (二、鞭炮销售商户要依法合规经营。… 三、公众要严格遵守禁鞭规定。… 四、公安机关对违反规定的燃放者将予以严惩。… 五、欢迎…举报"
           "…) — the page holds the whole 通告",
     leaf_tasks=3, count_alternatives=[2, 4], attachment_task_rows=0,
     childless_top_level_sections=["一、禁鞭范围", "五、欢迎全镇社会各界人士积极支持和监督禁鞭工作"],
     samples=[
        S(["二"], [], [],
          responsible_alternatives=[["公安机关", "市场监管部门"]],
          note="「二、鞭炮销售商户要依法合规经营。镇域范围内的鞭炮销售商户要持有效证件合法经营,主动向购买者告知禁鞭区域及规定,…。对未履行告知、"
               "宣传责任的鞭炮销售商户,公安机关、市场监管部门将进行联合处罚。」 — 要 with acts binding the regulated shops gives work "
               "(rounds 63, 66; round 67's x281_02: shops are bodies): a task; the shops act by 经营／告知, outside rule 2's list, and "
               "「A、B将进行联合处罚」 has 进行 as its verb, 联合 an adverb (not 「A联合B＋verb」, round 34), and 将 gives none (round "
               "42's 「A将举办…」, round 61): " + NONE + "; RULING? 3: the closing step against the shops that fail may be read as the point's "
               "own step after a case with its agents doers (round 45's 「由相关部门依法给予行政处罚」 inside a wider point), so "
               "[公安机关, 市场监管部门] is accepted; " + NODATE),
        S(["三"], [], [], **at(X03, "三、"),
          note="「三、公众要严格遵守禁鞭规定。个人、机关、团体、企事业单位、社会组织等不得在禁鞭区域内燃放烟花爆竹,同时,要教育、督促本单位人员、"
               "身边亲友遵守禁鞭规定,做好本单位的安全防范工作。」 — an item is read by its words, not its heading (rounds 56, 58): "
               "besides the persons' ban it asks bodies (机关、团体、企事业单位) to 教育、督促 their staff and 做好 their own safety "
               "work, work binding bodies (rounds 63, 66): a task naming no unit (RULING? 12) — 教育, 督促 (without 由) and 做好 are outside rule "
               "2's list, and 个人…等 is the public at large (a general call, round 30): " + NONE + "; the count without it "
               "(the public's rule, round 65's x274_02) accepted; " + NODATE),
        S(["四"], [], ["公安机关"], not_targets=[(500, "元")], **single("公安机关"), **at(X03, "四、"),
          note="「四、公安机关对违反规定的燃放者将予以严惩。违反规定者由公安机关责令停止燃放,收缴其烟花爆竹,并处500元罚款。对阻碍、围攻…的人员,"
               "公安机关将依法予以严厉打击,构成犯罪的,依法追究刑事责任。」 — the 通告's own enforcement step against those who break "
               "it, its agent a doer (round 67's x283_08 confirmed: a step against those who fail the rule is the point's own step "
               "after a case; round 65's x276_04): 「由公安机关责令…,收缴…,并处…」 is 由A＋verbs of doing (round 34); 将予以 alone "
               "would give none (rounds 41, 42). 公安机关 names organs of state by their kind (round 49's 有权机关 is a kind, not a "
               "catch-all); " + ONE + "; 500元 is a fine, what a breach costs: a penalty, not a target (round 32); RULING? 4: "
               "round 49's x39_03 read 「…的，由有权机关依法给予治安管理处罚」 as what the law does to a breaker (no work, none); here "
               "the notice announces its own enforcement, so I wrote a task with [公安机关]; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二、 (the shops' duties and the step against them), 三、 (bodies asked to 教育、督促 and 做好 their own "
            "safety work) and 四、 (the police's enforcement). 一、禁鞭范围 sets the ban's area (a scope; its 「北至…南至…」 are "
            "boundaries) and 五、 invites the public to support and report 「请向熊口镇禁鞭办公室或向熊口水陆派出所举报」 (a call to "
            "the public; 举报 to a receiver names none, rule 3): no tasks. Accepted: 2 (三 read as the public's rule, round 65's "
            "x274_02) and 4 (五 as a task)",
            "二、–五、 are printed run on in one line after 一、; each is an item as if its number stood at a line start (round "
            "34: items numbered inside one paragraph, running in order); the telephone numbers in 五 are not targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x289_04_qinan-zhen-2021-chongyangjie-guanai-laonianren-huodong.txt"
DATE04 = ("「一、活动时间: 1.10月13日——10月14日」 is the activity's 时间 field and dates its items (round 43 decided); no year is "
          "printed, but the text prints 「农历九月初九(10月14日星期四)是…重阳节」 and 「10月13日(农历九月初八星期三)」, facts that fix "
          "the year: 重阳 on 14 October falling on a Thursday is 2021 (round 55's x249_06 decided: a fact the plan prints may "
          "fix which period is meant, as an ordinal fixes a year): due 2021-10 (RULING? 5: unchecked if a weekday may not "
          "fix a year)")
plan(X04,
     title_note="title not checked: the page opens with the plan's first sentence; no title line is on the page",
     doc_no="", issuer="a 镇 of 秦安县 (天水市; places 下王峡, 吴川, 西川派出所; not named)",
     date="not shown (2021 by the weekday of 重阳, 10月14日星期四)",
     level="town (a 镇 of 秦安县, 甘肃)",
     source=page_source("http://www.qinan.gov.cn/info/12302/512311.htm"),
     style="a county site's page: a preamble, 一、活动时间 1. 2. (fields), 二、活动主题, 三、参加对象, 四、活动地点 1. 2. (「2.其余各村"
           "以片为单位,在各自片内组织开展活动。」), 五、活动内容 1.–3. (run-in topics then work), 六、任务分工 1. 「司法所、综治中心、西川派出所"
           "组织工作人员做好…。派出所组织民」 — CUT",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["二、活动主题:敬老传爱心,情暖重阳节", "三、参加对象:全镇70周岁以上老人"],
     samples=[
        S(["四", "2"], [], ["其余各村"], dl="10月13日——10月14日", dln="2021-10",
          responsible_alternatives=[["各村"]],
          note="「2.其余各村以片为单位,在各自片内组织开展活动。」 under 四、活动地点 — an item is read by its words, not its heading "
               "(rounds 56, 58): it names who holds the activity outside the main venue, 组织开展 (rule 2's 组织＋work) with its "
               "subject, a kind (round 30); 其余 says which villages, kept as printed (round 67's 所涉, 各自), 各村 alone accepted; "
               "lead []; RULING? 13: the count reading 四 as a field of place (4) accepted; " + DATE04),
        S(["五", "1"], [], [], dl="10月13日——10月14日", dln="2021-10",
          note="「1.召开茶话会。通过与老年人座谈交流,倾听…,切实关心…,帮助解决…」 — a run-in topic then work by verbs with no "
               "subject (召开 without 组织, round 30's closed list): " + NONE + "; " + DATE04),
        S(["五", "2"], [], [], dl="10月13日——10月14日", dln="2021-10",
          note="「2.开展志愿服务。在下王峡会场由卫生院医护人员为老年人免费体检、其余各村由村医为老年人体检,新时代文明实践志愿者、各村妇联为"
               "老人洗头发、理发;组织开展环境卫生清扫志愿服务活动,…」 — the agents of 由 are 卫生院医护人员 and 村医, persons: "
               + PERSONS + "; 志愿者 are persons; 各村妇联 acts by 为…洗头发、理发, outside rule 2's list; 组织开展 has no subject: "
               + NONE + "; " + DATE04),
        S(["五", "3"], [], [], dl="10月13日——10月14日", dln="2021-10",
          note="「3.开展防电信诈骗、反邪教、禁毒宣传活动。镇司法所、综治中心、西川派出所发放…宣传资料等方式,向现场老年人宣传…,指导下载…,着重"
               "提醒…,引导…」 — the bodies act by 发放, 宣传, 指导, 提醒, 引导, none of rule 2's list (round 30: 开展 without 组织, 发放; "
               "指导 without 负责 is a guide's, round 30's 「A负责指导」 clarification): " + NONE + "; the same bodies' duty in "
               "六/1 (by 组织) is another item's; " + DATE04),
        S(["六", "1"], [], ["司法所", "综治中心", "西川派出所", "派出所"], dl="10月13日——10月14日", dln="2021-10",
          responsible_alternatives=[["司法所", "综治中心", "西川派出所"]],
          note="「六、任务分工 1.司法所、综治中心、西川派出所组织工作人员做好防电信诈骗、反邪教、禁毒宣传活动。派出所组织民」 — 「A组织B＋verb」: "
               "A the doer (round 30), the 工作人员 the pivot's object (persons); 「派出所组织民」 is cut after its subject and 组织 "
               "(round 39; round 63's 「镇卫生院:负责」; round 67's 「由各自主管部门催促」: a clause cut after its doers and verb still "
               "names them), so 派出所 is a doer too, and 任务分工 heads a division of duties (round 38); 西川派出所 and 派出所 are "
               "one body printed two ways, each given as printed where it stands (round 64's 区级林业主管部门; round 63's x272_06), so "
               "the list holds both; RULING? 6: the list without the cut clause's 派出所 accepted; lead [] (no 牵头); " + DATE04
               + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 四/2 (the villages organising the activity), 五/1–3 and 六/1 (CUT). 一、活动时间 1. 2., 二、主题, 三、参加"
            "对象 and 四/1 (「下王峡会场 下王峡、吴川2村老人在下王峡参加活动」: the venue and who attends) are fields (round 42 "
            "continued). Accepted: 4 (四/2 read as a field of place)",
            "「全镇70周岁以上老人」 is an age band naming a group of persons, not a target (round 31); 「吴川2村」 names two villages "
            "(a count in a name of places), no target; 10:30 a clock time"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x289_05_jiedao-yuanxiaojie-huodong-fangan-guiyuan-shequ.txt"
LABEL05 = (R1 + ": 「3、活動準備: (桂苑社區負責):」 — the bracket on the line after 3、's heading names the body for the "
           "preparations listed under it, a unit line its items inherit (rule 1: a label or a bracket on the item or inherited "
           "from its heading; plans-dev 03's 「（X负责）」), so the sentences inside add nothing")
plan(X05,
     title_note="title not checked: the page's headline 「街道元宵節活動方案」 heads a compilation whose pieces are numbered "
                "「街道元宵節活動方案1」「街道元宵節活動方案2」 (round 65: a compilation's header; its pieces are unnamed); piece 1 is "
                "the 科協's plan for 桂苑社區, piece 2 (CUT) another plan",
     doc_no="", issuer="嘉興市科學技術協會 (市科協) with its 共建社區 桂苑社區 (南湖區南湖街道)",
     date="not shown (3月3日; no year)", level="street / community (南湖街道桂苑社區, 嘉興)",
     source=page_source("https://bimogu.com/fanben/jieriqingdian/jvj111.html"),
     style="a 范文 site in traditional characters: the headline, the site's lead-in, piece 1 — a preamble, an unnumbered paragraph "
           "on the event 「…由共建單位和社區幹部帶領科普志願者及青少年送到社區孤寡老人家中」, 1、活動時間 2、活動地點 (fields), 3、活動準備: "
           "with the unit line 「(桂苑社區負責):」 and circled ①–④ on their own lines, 4、人員安排: — then piece 2's 一、二、1、2、 (CUT)",
     leaf_tasks=5, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、活動背景"],
     samples=[
        S(["3", "①"], [], ["桂苑社區"], skip_deadline=True, **single("桂苑社區"), **at(X05, "①"),
          note="「①活動場地的桌椅擺放整齊。」 — circled ①–④ each on its own line under 3、, running in order, are items (round 34: "
               "numbers running in order are items; plans-next237 3、(2)①② and plans-next278 三/2/(2)/① counted circled items on "
               "their own lines), RULING? 7: 3、 as one task with ①–④ its text (count 2) accepted; " + LABEL05 + "; " + ONE
               + "; the activity's 「3月3日上午9:30」 has no year: " + NOYEAR),
        S(["3", "②"], [], ["桂苑社區"], skip_deadline=True, **single("桂苑社區"), **at(X05, "②"),
          note="「②活動場地背景(投影儀播放): 社區共建話科普,居民親情鬧元宵 主辦:嘉興市科學技術協會 承辦:南湖區南湖街道桂苑社區」 — the "
               "backdrop's printed words, its 「主辦:」「承辦:」 lines the text shown on the screen, not fields of the item; " + LABEL05
               + "; " + ONE + "; " + NOYEAR),
        S(["3", "③"], [], ["桂苑社區"], skip_deadline=True, **single("桂苑社區"), **at(X05, "③"),
          note="「③準備好包湯圓的米粉和餡等必備工具,多少視情況而定。」 — " + LABEL05 + "; " + ONE + "; " + NOYEAR),
        S(["3", "④"], [], ["桂苑社區"], skip_deadline=True, **single("桂苑社區"), **at(X05, "④"),
          note="「④收集好活動開展時要播放的節日音樂,渲染氣氛。」 — " + LABEL05 + "; " + ONE + "; " + NOYEAR),
        S(["4"], [], ["社區"], skip_deadline=True,
          lead_alternatives=[["社區"], ["桂苑社區"]], responsible_alternatives=[["桂苑社區"]],
          note="「4、人員安排: 社區負責參加活動人員的通知,安排好送湯圓的孤寡老人家庭。」 — 「A負責…」 (rule 2): 社區 as printed, the "
               "community's organ (round 57's x253_06 and round 61's x262_04: 基层社区, 村(社区) name the community's organs; round 61's "
               "x265_07 took a bare 社区 as a unit), not the issuer speaking of itself (the plan is the 科協's, and 社區 points back "
               "to 共建社區—桂苑社區 named above): RULING? 8, [桂苑社區] accepted (no alias is rewritten, rounds 38, 43); " + ONE
               + "; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves of piece 1: 3/①–④ (circled items on their own lines) and 4、. 1、活動時間 and 2、活動地點 are fields; the "
            "unnumbered paragraph before 1、 「組織社區居民和共建單位開展包湯圓·送溫馨活動,…由共建單位和社區幹部帶領…送到…」 describes "
            "the event, an opening paragraph in a numbered plan, no task (round 54's s48b: unnumbered paragraphs are tasks only in a "
            "notice with no numbering). Accepted: 2 (3、 and 4、, ①–④ read as 3、's text)",
            "piece 2 (「街道元宵節活動方案2」: 一、活動背景, 二、活動意義 1、2、搭, CUT) is another plan of the compilation, its points aims "
            "(round 49): no tasks on the page"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x289_06_xxxiang-2018-yingxinchun-caidengmi-wenyi-huiyan-shishi-fangan.txt"
DATE06 = ("the activity's own 时间 field 「六、活动内容 1、 活动时间:2017年正月15-16日」 (and 四、) dates the items of 六 (round 43 "
          "decided), its year printed: 2017 (正月 a lunar month, left unconverted; RULING? 9: the title's 2018, or 2017-02 for "
          "正月十五 = 11 February 2017)")
HOSTS06 = [["xx乡文化站", "xx县红杜鹃群众文化活动中心(艺术团)"]]
plan(X06,
     title="2018年迎新春“猜灯谜”及“文艺汇演”活动实施方案",
     title_note="line 2, the document's own title line under the site's summary line (which runs the title into the first "
                "points and the site's words 「下面是小编为大家整理的…」): round 62 decided, a title line is told by where it stands",
     doc_no="", issuer="xx乡 (中共xx乡委员会, xx乡人民政府; masked)", date="not shown (2018 by its title; 2017 in its dates)",
     level="township (xx乡, masked; 红杜鹃 文化活动中心, 龙潭美好乡村文化大院)",
     source=page_source("https://pay38.cn/fanwendaquan/youxiufanwen/36766.html"),
     style="a 范文 site: a summary line running into the text, the title, 一、主动单位 二、承办单位 三、(a slogan) 四、活动时间 (fields), "
           "五、活动组织机构 (a 组委会 of persons; 「安全组:xx乡执法队 杨盛林、王传奇」), 六、活动内容 1、时间 2、主题 (fields) 3、活动安排 ①② "
           "4、工作机构 ①② ③「安全保障。活」 — CUT",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0,
     childless_top_level_sections=["一、 主动单位", "二、 承办单位", "三、 全力脱贫攻坚,建设美丽xx", "四、 活动时间",
                                   "五、 活动组织机构"],
     samples=[
        S(["六", "3", "①"], [], [], dl="2017年正月15-16日", dln="2017", responsible_alternatives=HOSTS06, **at(X06, "①"),
          note="「①在xx乡龙潭美好乡村文化大院举办xx乡“猜灯谜”大型活动,全力邀请xx乡8村各个支部及广大群众报名参加。」 — 举办 and 邀请 with "
               "no subject: " + NONE + "; the separate points 一、主动单位 and 二、承办单位 over the whole event are plan-level, and the "
               "items take none of their units (round 67's x283_06 confirmed: a host field standing as a point of its own), the "
               "承办 bodies accepted (as there); 「xx乡8村」 counts the villages invited, a description of whom the item calls, not a number of work it sets: not checked; " + DATE06),
        S(["六", "3", "②"], [], [], dl="2017年正月15-16日", dln="2017", responsible_alternatives=HOSTS06, **at(X06, "②"),
          note="「②在乡政府驻地举办xx乡农民春节红歌联欢文艺汇演。」 — 举办 with no subject; 乡政府驻地 is a place: " + NONE
               + "; hosts as in ①; " + DATE06),
        S(["六", "4", "①"], [], [], skip_deadline=True, responsible_alternatives=[["乡宣传委"]], **at(X06, "①", nth=2),
          note="「①乡宣传委王岳平同志负责召集工作,协调会议,布置工作任务,开展活动宣传,进行工作督查,确保任务落实。」 — the subject of "
               "负责 is a person, 乡宣传委 his post (五、 prints 「王xx(xx乡宣传委)」 as the 组委会 主任's post): " + PERSONS +
               ": none; RULING? 10: 乡宣传委 read as an organ (a committee) would be a doer by 负责, [乡宣传委] accepted; the roles "
               "run up to and through the event, and the 时间 field dates the event's days: not checked"),
        S(["六", "4", "②"], [], [], skip_deadline=True, responsible_alternatives=[["文化站", "活动中心"]], **at(X06, "②", nth=2),
          note="「②宣传标语中突出…民俗文化,分别由文化站刘潜泉、活动中心朱中礼负责、汪竹松、王柏林负责组织文艺节目及灯谜、谜面、谜底等等。」 — "
               "the agents of 由 and the subjects of 负责 are persons, two named with their bodies 「文化站刘潜泉」「活动中心朱中礼」: "
               + PERSONS + ": none; RULING? 11: the bodies before the names (文化站, 活动中心) read as doers through their staff, "
               "accepted; not checked (as ①)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 六/3 ①② and 六/4 ①②. 一、–四、 are fields (hosts, organisers, a slogan, the time); 五、活动组织机构 sets up a "
            "组委会 of persons (its 「安全组:xx乡执法队 杨盛林、王传奇」 names two persons of the team): no task (round 35: a body the "
            "item sets up; round 30: persons); 六/1 时间 and 六/2 主题 (with aims 「重点突出…展现…营造…」) are fields; 六/4 ③ 「安全"
            "保障。活」 is a run-in topic and a word cut at the page's end (round 65's 「7.戏」): no task. Accepted: 5 (③ as a task)",
            "the summary line 「…一、主动单位:…四、活动时下面是小编为大家整理的…」 is the site's, its points the same as the text's"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x289_07_pingxixiang-2013-xinchun-fanxiang-renyuan-jindu-xuanchuan-fangan.txt"
plan(X07,
     title="平溪乡2013年新春返乡人员禁毒集中宣传教育活动方案",
     title_note="lines 7–8, the forwarded plan's own title on two lines 「平溪乡2013年新春返乡人员禁毒集中」 / 「宣传教育活动方案」, read as "
                "one (CONVENTIONS, two documents under one cover: the forwarded document's title; plans-dev 10's two-line title); "
                "the cover names it 《平溪乡2013年新春返乡人员禁毒集中宣传教育活动方案》 alike",
     doc_no="", issuer="中共广元市朝天区平溪乡委员会 (平溪乡)", date="not shown (the site's 成文日期 2013-10-23 is the site's, round 45)",
     level="township (平溪乡, 朝天区, 广元市, 四川)",
     source=page_source("https://www.gyct.gov.cn/xxgk/show/20131023115626147290.html"),
     style="a district site's open-information page: a metadata table, a cover notice 「各村党支部、乡属各部门:…现将《…》印发给你们」, the "
           "issuer's line, the plan's title on two lines, a lead-in cut 「…结合我乡禁毒工作形势,从」, 一、全乡集中宣传活动时间 (its text "
           "lost), 二、活动具体安排 (一)–(五) and an empty (六) — CUT",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0,
     childless_top_level_sections=["一、全乡集中宣传活动时间"],
     samples=[
        S(["二", "(一)"], [], [], dl="2月1日", dln="2013-02-01", responsible_alternatives=[["乡"]],
          note="「(一)2月1日为全乡禁毒集中宣传日,届时乡将组织各有关部门进行街头禁毒宣传,乡宣传办、综治办、禁毒办、派出所、司法所、中心卫生院等要"
               "设立宣传台,散发禁毒有关宣传资料,解答群众咨询。」 — 乡 standing alone is the township speaking of itself: " + PLACE +
               "; 各有关部门 is the object of 组织 (round 30: the pivot's object is no unit); the offices act by 设立, 散发, 解答, "
               "outside rule 2's list: " + NONE + "; [乡] accepted as round 65 accepted [鎮(zhèn)]; 「2月1日」 takes the year of "
               "the plan's title and cover (「2013年春节将至」; EXPECTED.md: years left implicit are resolved from the title): "
               "2013-02-01"),
        S(["二", "(二)"], [], [], targets=[(5, "幅"), (1, "幅")],
          note="「(二)乡政府在乡内制作5幅大型禁毒宣传布标。各村自行制作1幅大型横幅布标,布置于…,布标后请形成图片资料(一式两份,交一份到乡禁毒办),"
               "作为年终禁毒检查资料」 — 制作, 布置, 形成 are outside rule 2's list (round 30): " + NONE + "; 5 幅 and 1 幅 are the "
               "numbers of banners the item's work makes (round 62 decided: a number of work); 「一式两份」「交一份」 count copies "
               "in Chinese numerals (no target checked); the sending 「交一份到乡禁毒办」 is checked as a duty; " + NODATE),
        S(["二", "(三)"], [], ["各村", "相关部门"],
          note="「(三)开展对返家务工人员的面对面宣传,发放禁毒宣传单。各村、相关部门要组织人员同村干部走村入户开展有针对性的宣传,利用赶集天…"
               "反复宣传禁毒常识。」 — 「A组织B＋verb」 (round 30: 组织 with a pivot, A the doer; 人员 and 村干部 persons): 各村 a kind "
               "(round 30), 相关部门 a group named by its kind, kept as printed (round 64: a partner named by its kind; round 57's "
               "x253_06 [各村(社区), 相关部门] confirmed); lead [] (no 牵头); " + NODATE),
        S(["二", "(四)"], [], [], responsible_alternatives=[["乡"]],
          note="「(四)开展专题禁毒宣传教育座谈会。乡将组织区域内的歌舞娱乐场所和旅馆业主、高危人群和返乡民工代表等相关人员参加禁毒教育座谈会,…」 — "
               + PLACE + "; the 业主 and 人员 are the pivot's objects (persons): " + NONE + "; [乡] accepted (as (一)); "
               + NODATE),
        S(["二", "(五)"], [], ["乡政府"], skip_deadline=True, **single("乡政府"),
          note="「(五)在禁毒集中宣传活动期间,乡政府将组织对村干部进行一次禁毒培训讲座。」 — 组织＋进行 (rule 2's 组织＋work) with its "
               "subject 乡政府, a body (not the bare 乡); 将 says when, the verb is 组织 (round 42's 「A将举办」 gave none because "
               "举办 is no verb of the list); " + ONE + "; 「禁毒集中宣传活动期间」 names the campaign's period, whose dates were in "
               "一、 (lost on the page): not checked"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "布标后请形成图片资料(一式两份,交一份到乡禁毒办),作为年终禁毒检查资料", "when": None, "when_norm": None,
              "note": "二/(二): a sending of records to the township's 禁毒办 that receives them (a duty sends a report or "
                      "information to a body that receives it, rounds 32, 40), one-off with no date: an undated duty"}],
     notes=["5 leaves: 二/(一)–(五). 一、全乡集中宣传活动时间 prints only its heading (the page lost its text), a section with no "
            "item; (六) is printed with nothing after it (the page's cut) and gives nothing (round 65's 「7.戏」). Accepted: 6 "
            "((六) counted)",
            "the cover's 「请认真组织实施」 is a cover's call, no task (CONVENTIONS: cover-notice instructions)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x289_08_jizhen-tingche-jiaotong-zhixu-zhengzhi-xingdong-fangan.txt"
COLON = (R1 + ": a unit-colon item 「(一)派出所:负责…」 names its body as a label (round 55; round 65's x275_01 「1、市公用事业局"
         "(环卫局):」), and the sentences in its text add nothing")
plan(X08,
     title_note="title not checked: the page's headline 「集镇停车交通秩序整治行动方案」 heads a compilation 「范文(通用7篇)」 (round 65: "
                "「(6篇)」 marks a compilation's cover); the piece taken is numbered 「…(通用7篇)1」 and prints no title of its own",
     doc_no="", issuer="a 镇 (镇长 钟小飞; 永安社区; not named)", date="not shown (「20xx年11月8日至20xx年12月31日」 masked; the site's 2022-11-16)",
     level="town (a 镇, not named)",
     source=page_source("https://www.oh100.com/a/202211/5603847.html"),
     style="a 范文 site: the headline, the site's date line, its lead-in, piece 1 — 一、组织领导 (a 领导小组 of persons, 「成员:综合行政执法大队、"
           "道交办、派出所、城乡管理中心、永安社区」), 二、整治时间及目标, 三、工作职责 (一)派出所: (二)道交办: (unit-colon items) — CUT in (二)",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、组织领导", "二、整治时间及目标"],
     samples=[
        S(["三", "(一)"], [], ["派出所"], skip_deadline=True, **single("派出所"),
          note="「(一)派出所:负责处罚各类交通违法违规行为;成立专门整治道路交通工作组,对集镇道路交通秩序进行维护;警务助理配合日常夜间巡逻。」 — "
               + COLON + " (警务助理 are persons, round 30); " + ONE + "; the campaign span 「20xx年11月8日至20xx年12月31日」 masks "
               "its years: " + NOYEAR),
        S(["三", "(二)"], [], ["道交办"], skip_deadline=True, **single("道交办"),
          note="「(二)道交办:交管站督促永安社区客运站加强…;…联合派出所对站外违停行为进行处罚;组织网约车驾驶员进行约谈,…;联合派出所对非法营运车辆"
               "进行取证,并移」 — " + COLON + ": 交管站, 永安社区客运站 (the object of 督促) and 派出所 (联合's partner) inside the "
               "labelled item are not read (rule 1); " + ONE + "; " + NOYEAR + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三/(一), (二) (CUT). 一、组织领导 sets up a 领导小组 of persons, its 成员 line the members (rule 3: members are "
            "not units); 二、整治时间及目标 gives the span and the aim, with 「20xx年1月1日起集镇停放车辆收取停车费」 a rule of charges "
            "from a day (round 63: a time of force 「…起」): a field. Accepted: 3 (二 read as a task naming no unit)"])

# round 57 (rul73): answers aligned to tests/data/CONVENTIONS.md "Round 70 rulings, written early" (turned; README, round 57)
from aligned_rulings import align73  # noqa: E402

for _item in ("①", "②"):
    align73("x289_06", ["六", "3", _item], "「2017年正月15-16日」 under the title 「2018年迎新春…」 (四、, 六/1): an item's own printed year wins over a title's (rounds 42, 62's p52e: the text's own year), and a lunar festival day is dated by the solar month it falls in (round 67: 元宵 2020 → 2020-02); 元宵 2017 is 11 February; 2018 is no reading",
            "Dates, turned: round 46's p44e and round 67's x283_02 over the year alone",
            dln="2017-02")

write_collected(DIR)
