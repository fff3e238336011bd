# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next344/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c344, round 65, for round 66: ten page openings of township (乡), town (镇),
street-level, village (村) and community work from outside Shanghai, in fields other than festivals — a 镇's 2022年度应急安全
生产工作目标责任书 to 各村、各企业 (1、–7、, 7 CUT); page 2 of a 乡安全生产目标责任书 (3、–10、, 二, 三 1、–3、); a 乡's 安全生产责任书
to 各村民委 (一/(一) a 主要负责人 duty list (1)–(6), (二) CUT); a 乡镇安全生产目标责任书 篇1 (一、二, 三/(一)(二) 1.–2., 2. CUT); a
镇's 2011 创文明城市 plan (合面镇; 二 镇党委牵头负责, 三 two dated stages); a village's 創“生態、文明示范村”責任書 with its households
(traditional, inline pinyin; 一、–五、); a 镇's 村级河长制相关制度 (百里镇; 第一–五条 run in, a second 制度 CUT); a 乡镇防汛工作方案
方案二 (一, 二 1、–3、 with 责任人:XXX); a 镇's 秸秆禁烧工作方案 run in on one line (三/(一)(二), (二) CUT); and a 镇's 村(居)民“门前
三包”责任书 run in on one line (二 1 .–3 ., 三 处罚办法)): never tune the parser on them (see README.md). Only `line` and
`title_starts` are looked up in the text (by ``locate`` and ``at_line_in`` of ../plans/expected_tools.py); every answer was
written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited in the notes;
readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c344.

    PYTHONPATH=. python tests/data/plans-next344/make_expected.py tests/data/plans-next344
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
CALL = ("a kind is a doer only by a rule-2 verb (Round 80's p59c-1; Round 83 on x316_01 十), 要／必须 changing nothing (Round 74's "
        "x295_03); 成立, 配备, 建立, 完善, 加强, 做好, 执行, 明确, 制定, 开展 without 组织 are outside the closed list (round 30; Round 85 on "
        "x318_05, x318_06)")
CUTVERB = ("a cut line that prints a verb of work is kept as far as printed (round 41; round 71; Round 88's p63e-1; Round 87 on "
           "x324_04 三)")
RUNIN = ("numbers that run in order inside a paragraph are items as if each stood at a line start (round 34; Round 83 turned "
         "x314_11 二/(二); Round 89 on x332_01)")
BOUND = ("a party the 责任书 binds is told what to do: the issuer's own work, a task naming none (Round 84's p61a-2 and p61c-1; "
         "Round 91 confirmed x338_08 一), unlike a rule to 「任何单位和个人」 (Round 80)")
RHYTHM = ("the events an item holds in a rhythm are its own number of work, 1 次 included; the period is no target and no "
          "deadline (Round 84's p61e-1; Round 90 on x333_03; round 34's recurring dates)")
MEETING = ("a recurring coordination rhythm is a duty (EXPECTED.md: 「recurring reporting/coordination rhythms」; Round 85 on "
           "x320_09 二; Round 87 on x326_06 四/(一)/1)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x344_01_xiangzhen-2022-yingji-anquan-shengchan-gongzuo-mubiao-zerenshu.txt"
H01 = "安全生产主要工作责任"
PARTIES01 = ["各村", "各企业", "镇属各单位"]
plan(X01,
     title="乡镇2022年度应急安全生产工作目标责任书",
     title_note="line 1 (lines 3 and 5 print the same words: the site's headline and the piece's own head alike); the "
                "title line the file prints is the title (round 48)",
     doc_no="", issuer="a 镇 (「我镇」, 镇政府; 中、省、市、区 above) — unnamed", date="not shown (2022年度 by its title)",
     level="town over its villages, firms and units (镇政府与各村、各企业及相关单位签定)",
     source=source("https://bqfwx.com/gw/xiangzhen/lxw2oj.html"),
     style="a 公文 site's page: the title three times, a preamble, two headings whose numbers the site lost 「、安全生产控制指标」 "
           "(one paragraph) and 「、安全生产主要工作责任」 over 1、–7、 one a line, blank lines between; CUT in 7、 at 「配备必」",
     leaf_tasks=6, count_alternatives=[7, 8], attachment_task_rows=0, childless_top_level_sections=["、安全生产控制指标"],
     samples=[
        S([H01, "1"], [], [], responsible_alternatives=[PARTIES01], **at(X01, "1、"),
          note="「1、各村、各企业、镇属各单位要成立安全生产工作领导小组,配备安全监督员,全面安排检查本村、本单位的安全生产工作,明确各自的责任,制定详实的工作规划,夯实工作责任。」 — "
               "the heading prints no number (the site lost 「一」「二」), so its words are the path's first element (plans-dev "
               "EXPECTED.md: an unnumbered heading's text; file 11), 「、」 dropped. The three kinds are the 责任书's parties, told "
               "what to do, but " + CALL + " (安排检查 too) — " + NONE + "; the groups the item tells them to set up are none "
               "(rule 3). [各村, 各企业, 镇属各单位] accepted (a kind before 单位 is a kind: Round 85 on x318_02). " + NODATE),
        S([H01, "4"], [], [], **at(X01, "4、"),
          note="「4、建立村民自建房备案制度,落实村、组的安全监管责任和建房户的施工安全责任,确保不发生伤亡事故。」 — 落实 with 责任 as its object places "
               "the duty (round 46), but the clause prints no subject, and 村、组 and 建房户 stand inside its object (rule 2 reads "
               "only a printed subject; round 30: a body inside a noun's description is no doer) — " + NONE + ". " + NODATE),
        S([H01, "7"], [], [], responsible_alternatives=[PARTIES01], **at(X01, "7、"),
          note="「7、各村、各企业、镇属各单位要加强应急管理,提高预防和处置突发事件的能力,建立完善各项预案,配备必」 (" + CUT + "; " + CUTVERB +
               ": 加强, 建立完善) — " + CALL + " — " + NONE + "; the three kinds accepted as in 1、. " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 「、安全生产主要工作责任」 1、, 3、–7、 (7 CUT). 「、安全生产控制指标」 「辖区内不发生一次死亡1人以上的生产安全事故。无森林火灾…等事故。」 "
            "is a childless point stating the level the 责任书 holds its parties to (aims: Round 80; Round 87 on x326_08), a "
            "section. 2、 「各村、各单位的行政一把手就是本村、本单位安全工作的第一责任人,具体负责人是主要责任人。发生不安全事故根据相关政策规定追究责任。」 names the "
            "persons who answer for each party's safety work and the accountability that follows: a principle of roles, which gives "
            "no work (Round 87 on x326_06 一–三: 「…主要领导负总责…」 and 「…负有管理责任」 as points of principle and roles; " + PERSONS +
            "; a consequence is text, Round 86's (b)), no leaf. RULING? 1: the other reading, the 责任书 placing its work on "
            "the persons in a line of its duty list (Round 87 on x326_07 第六条: 「A负Y责任」 designates inside an item that gives "
            "work), a task naming none, gives 7, accepted; 8 (and the 控制指标 point as a task) accepted",
            "「一次死亡1人以上的生产安全事故」: the figure stands inside the noun naming the class of accident the goal excludes "
            "(round 58's class; Round 83 on x311_01 第十条, x316_02 （二十） 57座以上大客车), so no plan target is written; RULING? 2 "
            "(Round 89 on x332_02: the levels a goal sets are plan targets)",
            "the page names no unit by the ruled forms (plans-dev 08)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x344_02_xiang-anquan-shengchan-mubiao-zerenshu-di2ye.txt"
plan(X02,
     title="乡安全生产目标责任书",
     title_note="line 1 「乡安全生产目标责任书(2)」, the site's heading of page 2 of the piece, less its page mark 「(2)」: the stored page "
                "opens inside the text and prints no title of its own, and the site's heading stands where it names the piece "
                "(Round 87 turned x326_05; round 65's x275_03), a page or piece mark being chrome (Round 83 on x314_06; Round 89 "
                "on x330_04). RULING? 3",
     doc_no="", issuer="a 乡 (乡人民政府 signs; 乡安办) — unnamed", date="not shown (「年 月 日」 blank; the site's 2018-10-11)",
     level="township over its village committees and 乡直 units (各村委会和乡直有关单位)",
     source=source("https://m.78911.com.cn/ZeRenShu/417287-2.html"),
     style="a 范文 site's page 2: the heading, the site's date line, then 3、–10、 (their heading 一、 on page 1), 二、事故控制指标 (one "
           "line), 三、具体要求 1、–3、, the signature 「乡人民政府 / 年 月 日」 and the site's links; lines indented, blank lines between",
     leaf_tasks=10, count_alternatives=[9, 11, 12], attachment_task_rows=0,
     childless_top_level_sections=["二、事故控制指标"],
     samples=[
        S(["3"], [], [], targets=[(1, "次")],
          note="「3、每季度召开一次防范安全事故的工作会议,分析安全生产情况,研究安全防范措施,布置、落实安全生产管理工作。」 — the item's heading stands on page 1, "
               "so the path is its number as printed (round 48); the duty list's body is off the page and the item prints no "
               "subject (落实 with none: rule 2 reads only a printed subject) — " + NONE + ". Target: 1 次 — " + RHYTHM +
               ". The quarterly meeting is a duty (below). " + NODATE),
        S(["9"], [], [], targets=[(1, "次")],
          note="「9、每季度至少向乡政府和安办报告一次本部门安全生产工作情况,及时报告重大安全生产问题。」 — a sending to the 乡政府 and its 安办, who "
               "receive (rule 3; rounds 46, 48) — " + NONE + ". Target: 至少…一次, a quantity joined to 至少 (round 30's line; Round "
               "85 on x320_09 二), 1 次. The quarterly report is a duty (below). " + NODATE),
        S(["三", "1"], [], ["各村委会", "乡直各单位"], responsible_alternatives=[[]],
          note="「1、各村委会和乡直各单位要根据本责任书下达的安全生产控制指标,认真制订本辖区、本单位的安全生产目标管理计划,将安全生产责任书分解落实,一级对一级负责,…切实抓好落实。」 — "
               "落实 as a verb with the plan's own document as its object is rule 2's, a verb before it changing nothing (Round 83 "
               "on x312_03 三/2 「…把《通告》…传达落实到组」 → [各村]; Round 85 on x320_01); 和 joins names (round 34), and a kind "
               "before 单位 is a kind (Round 85 on x318_02): [各村委会, 乡直各单位], lead []. 「一级对一级负责」 has no object (Round 87 "
               "turned x324_06 四/3), 抓好落实 a noun (Round 81's x308_09). None accepted (RULING? 4). " + NODATE),
        S(["三", "3"], [], ["乡安办"], lead_alternatives=[["乡安办"]],
          note="「3、本责任制考核和评比工作由乡安办负责组织实施。」 — 由A负责组织实施 (rule 2): [乡安办], lead [] (" + ONE + "). " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每季度召开一次防范安全事故的工作会议,分析安全生产情况,研究安全防范措施", "when": "每季度", "when_norm": "quarterly"},
             {"what": "每季度至少向乡政府和安办报告一次本部门安全生产工作情况", "when": "每季度", "when_norm": "quarterly"}],
     notes=["10 leaves: 3、–9、 (their heading on page 1), 三/1–3. Not counted: 10、 「负责乡政府、乡安办的其他事项。」, the last line of the duty "
            "list, names no act of its own, only work others hand down — Round 84's catch-all (p61a-1), 其他 printed (Round 91 on "
            "x338_02: with 其他 or without); 二、事故控制指标 「各村委会和乡直有关单位安全生产控制指标。」, a childless line naming a level "
            "with no work, a section. Accepted: 11 (10、 counted), 12 (and 二), 9 (三/2 「负有…职责的乡直各单位要指导生产经营单位建立健全…」 "
            "read as a 要求 that only urges — the seeds' lines 3–5 — though it gives work: Round 91 governs on x337_02)",
            "三/2: 「A指导B…」 without 负责 is rule 3's guide (round 30), 强化 outside rule 2: none",
            "duties: 3、's quarterly meeting — " + MEETING + "; 9、's quarterly report of the body's own work to the 乡政府 "
            "(EXPECTED.md: reporting rhythms; round 40). 9、's 「及时报告重大安全生产问题」 is a report when a case arises, an undated "
            "duty of the same receivers (round 44), not written twice (round 41 joins reports of the same work)",
            "7、 「有关负责人必须立即赶赴事故现场并迅速组织抢救」: the subject of 组织 is persons (" + PERSONS + "): none"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x344_03_xiangzhen-anquan-shengchan-zerenshu-cunminwei.txt"
HEADS = ("「(一) 主要负责人的职责 各村、各安委会成员单位行政主要负责人是安全生产的第一责任人,…负全面领导责任。 具体要求:」: a duty heading over "
         "persons (主要负责人, rule 3's nouns) gives no unit (round 53's x242_02 reads a heading naming a body); the heads act "
         "for the parties the 责任书 binds (「各村民委、乡直有关单位必须履行…」), so their lines are the parties' work, tasks naming none "
         "(Round 89 on x333_01; Round 91 on x338_03: posts of the bound body carry its work)")
plan(X03,
     title="乡镇的安全生产责任书范文",
     title_note="line 3, the piece's head as printed, 范文 kept (Round 91 on x336_01: 「…通知范文」); line 1 is the site's breadcrumb "
                "「查字典范文网 >> …」",
     doc_no="", issuer="a 乡 (「乡直有关单位」; 各村民委) — unnamed", date="not shown (「××××年」 masked)",
     level="township over its village committees and 乡直 units (各村民委、乡直有关单位; 各安委会成员单位)",
     source=source("https://fw.chazidian.com/fanwen495839/"),
     style="a 范文 site's page: breadcrumb, head, 「小编:」, preamble, 一、工作职责 / 「(一) 主要负责人的职责」 run in with its lead-in, "
           "「具体要求:」, (1)–(6) one a line, 「(二)分管负责人的职责 …受行政主要负责人的委托,对」 CUT; blank lines between",
     leaf_tasks=6, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "(2)"], [], [], targets=[(1, "次")],
          note="「(2)将安全生产工作列入本村、本单位的重要议事日程,每个季度亲自或委托分管领导召开一次以上安全生产工作会议,听取工作汇报,…及时解决安全生产工作中的重大问题。…」 — "
               + HEADS + " — " + NONE + ". Target: 「一次以上」, a quantity joined to 以上 (round 30's line), " + RHYTHM +
               ". The quarterly meeting is a duty (below). " + NODATE),
        S(["一", "(一)", "(3)"], [], [],
          note="「(3)将本村、本单位的安全生产工作,按照责任制的要求分解、落实到位,并定期检查、监督。」 — 落实 has no printed subject (the carried "
               "subject is the heads, persons); " + HEADS + " — " + NONE + ". 「定期」 prints no period: " + NODATE),
        S(["一", "(一)", "(6)"], [], [],
          note="「(6)发生重特大安全事故时,迅速赶赴事故现场,组织抢救,并按规定的程序和时限上报事故及其调查处理情况。」 — the item's whole work is the response "
               "to a case (round 30's clarification), but 组织抢救 prints no subject — " + NONE + ". The report of the accident "
               "is an undated duty (below). " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每个季度亲自或委托分管领导召开一次以上安全生产工作会议,听取工作汇报", "when": "每个季度", "when_norm": "quarterly"},
             {"what": "按规定的程序和时限上报事故及其调查处理情况", "when": None, "when_norm": None}],
     notes=["6 leaves: 一/(一)/(1)–(6). 「(二)分管负责人的职责 各村、各成员单位分管安全生产的行政负责人受行政主要负责人的委托,对」 is cut at a "
            "preposition with no verb of work after its heading (round 71; Round 88's p63e-1; Round 87 turned x324_03), no task; "
            "7 (with it, as a heading that names its duties) accepted. (一)'s lead-in and 「具体要求:」 lead into (1)–(6) (rule 4; "
            "plans-dev EXPECTED.md lines 19–25)",
            "duties: (2)'s quarterly meeting — " + MEETING + "; (6)'s report of an accident to the bodies that act on it "
            "(round 44; Round 89 turned x334_03 第十三条（三）), undated (「按规定的…时限」 prints no time)",
            "no unit on the page by the ruled forms; 各村, 各安委会成员单位 appear only as whose heads the persons are"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x344_04_xiangzhen-anquan-shengchan-mubiao-zerenshu-pian1.txt"
plan(X04,
     title="乡镇安全生产目标责任书",
     title_note="line 10, the piece head 「乡镇安全生产目标责任书1」 less its piece number (Round 83 on x314_06; Round 89 on x330_04); lines "
                "1, 4, 6 print the same words as the site's headlines",
     doc_no="", issuer="not shown (a body above the 乡(镇): 「县委、县政府有关安全生产工作的规定」 — a county's 责任书 to a 乡(镇)人民政府)",
     date="not shown (the site's 2024-05-11)", level="township (乡(镇)人民政府 as the 责任单位; 本乡(镇)、农村)",
     source=source("https://taxljz.com/tiaojushuxin/zerenshu/23704.html"),
     style="a 范文 site's page: headlines, the site's date and blurb, piece head 「…1」, 一、 二、 (one paragraph each), 三、 with "
           "「(一)事故目标」 and 「(二)工作目标」 heading lines, 1. and 2. under (二), CUT in 2. at 「实现隐患自」; blank lines between",
     leaf_tasks=3, count_alternatives=[2, 4, 5], attachment_task_rows=0, childless_top_level_sections=["一、按照安全生产“党政同责,一岗双责,齐抓共管”的要求"],
     samples=[
        S(["二"], [], [], responsible_alternatives=[["乡人民政府"], ["乡(镇)人民政府"]],
          note="「二、乡(镇)人民政府必须认真贯彻执行国家和省委、省政府的安全生产法律、法规、规章及…有关安全生产工作的规定、决定、切实履行职责。」 — a childless point "
               "with an instruction 必须 to the 责任书's party is a task (Round 84's p61c-1), but 贯彻执行 and 履行 (职责) are outside "
               "rule 2 (round 30; round 67; Round 87 on x323_03 第七条) — " + NONE + ". [乡人民政府] accepted (Round 89 turned "
               "x331_02 and x334_04's 镇（乡）人民政府: the bracket giving the body of the same kind is dropped), and the printed "
               "name. " + NODATE),
        S(["三", "(二)", "1"], [], [], targets=[(1, "次"), (2, "次")],
          note="「1.强化安全生产“红线”意识,认真贯彻落实…会议精神。每个月至少召开一次由乡(镇)长主持的安全工作会议,…;每个月必须对…煤矿、非煤矿山、道路交通、消防等方面的安全生产工作至少进行2次以上的安全专项检查,并有文字记录。」 — "
               "an item of 工作目标 that names work is a task (Round 85 on x320_08; Round 91 on x338_06); the 乡(镇)长 who chairs "
               "is a person (" + PERSONS + "), and the item prints no subject — " + NONE + ". Targets: 「至少召开一次」 1 次 and "
               "「至少进行2次以上」 2 次, quantities joined to 至少／以上 (round 30's line), " + RHYTHM + ". The monthly meeting is a "
               "duty (below). " + NODATE),
        S(["三", "(二)", "2"], [], [],
          note="「2.进一步推进安全生产隐患排查治理体系,推动企业落实…闭环管理;加大…监管执法,督促企业建立完善隐患排查治理制度,实现隐患自」 (" + CUT + "; " +
               CUTVERB + ") — 推进 and 加大 are outside rule 2, and 企业 is the object of the pivots 推动／督促, the 落实 inside "
               "their reach the object's (round 30; Round 83 turned x316_02 （十六））) — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每个月至少召开一次由乡(镇)长主持的安全工作会议,研究解决安全生产中的重大问题", "when": "每个月", "when_norm": "monthly"}],
     notes=["3 leaves: 二, 三/(二)/1, 2 (2 CUT). 三/(一)事故目标 「确保本乡(镇)、农村不发生一次死亡3人以上、一次重伤10人以上、一次经济(财产)损失300万元以上的事故。…」 "
            "states the level the work must hold, an aims item (Round 87 on x326_08; Round 91 on x338_06 一/(一)), no task; its "
            "figures stand inside the noun naming the class of accident (round 58's class), so no plan target is written (RULING? "
            "2, with x344_01's). 一 「…乡(镇)人民政府党委书记、乡(镇)长、分管…副乡(镇)长,为本辖区安全生产责任人,对本辖区安全生产负责。」 names the persons "
            "who answer for the township's safety work under a principle 「党政同责,一岗双责」: a principle of roles, no work (Round 87 on "
            "x326_06 一–三; 负责 after persons is theirs: round 30), a section — RULING? 1 (with x344_01 2、): read as the 责任书 "
            "placing the work on its persons, a task naming none, it gives 4, accepted; 2 (二 too as a general instruction) and 5 "
            "(一 and 三/(一) as tasks) accepted",
            "duty: 三/(二)/1's monthly meeting — " + MEETING + "; its 文字记录 of the checks is a record kept, no sending",
            "no unit on the page by the ruled forms"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x344_05_hemian-zhen-chuang-wenming-chengshi-huodong-shishi-fangan.txt"
STAGE = ("a stage heading that names its work is a task naming none, even where the page is cut after it (Round 84's p61d-1 on "
         "x162_02 and x314_09)")
plan(X05,
     title="关于开展“创文明城市、做文明市民、建幸福纳溪”活动的实施方案（中共泸州市纳溪区合面镇委员会关于开展“创文明城市、做文明市民、建幸福纳溪”活动的实施方案）",
     title_note="Round 94 (aligned; Round 78's governs on x241_08 — the title line alone stays accepted — p66c's question): "
                "the answer stands, written in the pair form 「title line（issuer + title line）」 (`_title_ok`: either passes); "
                "lines 2–4, the title the page splits over three lines, read as one (Round 87 on x326_08: 「XX」 / 「村矛盾调解方案」; "
                "plans-dev EXPECTED.md: two-line titles); line 1 「第一篇:…“创文明城市、做文明市民、建幸福纳溪”实施方案」 is the site's compilation "
                "line with its piece mark and without 「活动的」. RULING? 5",
     doc_no="", issuer="中共泸州市纳溪区合面镇委员会 (四川)", date="not shown (2011 by its stages: 2011年5月24日)",
     level="town over its villages and communities (组织全镇各村(社区)主动参与)",
     source=source("https://xiexiebang.com/a9/201905140/078c8ca8a855c7af.html"),
     style="a 文档 site's page: a compilation line 「第一篇:…」, the title over three lines, preamble, 一、活动目标 and 二、活动组织 (one "
           "paragraph each), 三、实施步骤 with a lead-in and 「(一)宣传发动阶段(2011年5月24日-6月10)。…」 「(二)集中开展阶段(2011年6月1日-11月30)按照…」 CUT",
     leaf_tasks=3, count_alternatives=[2, 4], attachment_task_rows=0, childless_top_level_sections=["一、活动目标"],
     samples=[
        S(["二"], ["镇党委"], ["镇党委"], lead_alternatives=[[]],
          note="「二、活动组织 在全镇范围内组织开展“创文明城市…”主题活动,镇党委牵头负责,成立以党委书记为主要领导,分管领导为活动指导的领导小组,组织全镇各村(社区)主动参与,充分调动全镇群众积极性。」 — "
               "「A牵头（负责）」: lead A, responsible A (rule 2); a childless point with a rule-2 doer is a task (Round 84's "
               "p61c-1; Round 91 governs on x336_08), 组织 carrying 镇党委 as its subject (rounds 34, 49 p46d), 各村(社区) the "
               "pivot's object (round 30), the group set up and its leaders no units (rule 3). Lead [] with [镇党委] accepted. "
               + NODATE),
        S(["三", "(一)"], [], [], dl="2011年5月24日-6月10", dln="2011-06-10",
          note="「(一)宣传发动阶段(2011年5月24日-6月10)。…提早对活动期间安排的…活动进行宣传,成立活动工作领导小组及工作机构,细化分解工作任务,明确职责分工,…」 — " + STAGE +
               "; its acts print no subject and the group is one it sets up (rule 3) — " + NONE + ". Deadline: the stage's span "
               "ends 「6月10」 (日 not printed), the year carried from its start 2011 (round 50: a gap filled from a fact the text "
               "prints): 2011-06-10"),
        S(["三", "(二)"], [], [], dl="2011年6月1日-11月30", dln="2011-11-30",
          note="「(二)集中开展阶段(2011年6月1日-11月30)按照活动安排、时间进度和标准要求,」 (" + CUT + ") — " + STAGE + " — " + NONE +
               ". Deadline: the span's end 11月30, the year its start's: 2011-11-30"),
     ],
     plan_targets=[],
     phases=[{"name": "宣传发动阶段", "start": "2011-05", "end": "2011-06"},
             {"name": "集中开展阶段", "start": "2011-06", "end": "2011-11"}],
     duties=[],
     notes=["3 leaves: 二 (a childless point with a doer), 三/(一), (二) ((二) CUT). 一、活动目标 is an aims point (「以…为指导,…全面提高我镇群众总体素质…」: "
            "plans-dev EXPECTED.md lines 21–25), a section. Accepted: 2 (二 read as an 组织 point of a group and its leaders, a "
            "section — Round 84's p61d-2 reads a composition alone so, but 二 places the work by 牵头负责), 4 (一 counted)",
            "phases: the two stages print their spans (Round 84's p61e-3: a stage that prints its span keeps a start); the third "
            "stage is past the cut"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x344_06_fuji-cun-chuang-shengtai-wenming-shifancun-zerenshu-fanti.txt"
plan(X06,
     title="創(chuàng)“生態(tài)、文明示范村”責(zé)任書",
     title_note="line 1, the piece's own title line, the site's inline pinyin kept as printed (rounds 39, 59; Round 91 on x338_06)",
     doc_no="", issuer="付集村's 村“兩委” (with 集鎮各戶) — the village", date="not shown",
     level="village over its households (村“兩委”特與集鎮各戶簽訂)",
     source=source("http://zbfsgm.com/fwn/zerenshu/89827.html"),
     style="a 范文 site's page in traditional characters with the site's inline pinyin 「責(zé)任書」: title, preamble, 一、–五、 one a "
           "line with run-in headings 「包衛生。」, the signature lines; the whole piece (no cut)",
     leaf_tasks=4, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二"], [], [],
          note="「二、包衛生。在責任區內不亂倒垃圾、不亂潑污水、…;及時清掃門前垃圾、積水、積雪、積冰;保持責任區內…干淨整潔。」 — " + BOUND + "; the households "
               "are persons (" + PERSONS + ") and the item prints no subject — " + NONE + ". " + NODATE),
        S(["四"], [], [],
          note="「四、包秩序。包秩序,即禁止亂掛曬、亂占道、亂堆放、亂張貼等影響村容秩序的行為,對其他行為人的…行為有監督、勸說和舉報的責任等。」 — " + BOUND +
               " — " + NONE + ". " + NODATE),
        S(["五"], [], [], targets=[(1, "次")],
          note="「五、獎懲制度。成立村衛生保潔領導小組,劃分責任區,明確責任人和保潔員。對各戶“門前三包”情況進行定期和不定期督導檢查。每半年召開了一次戶主點評會。對表現突出的住戶,給予…獎勵;對落後住戶給予經濟處罰,…通報批評。」 — "
               "the village's own work (the 村“兩委” of the preamble, not printed here), the group one the item sets up (rule 3) "
               "— " + NONE + ". Target: 「每半年召開了一次」 1 次 — " + RHYTHM + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二–五. 一 「劃分“門前三包”責任制。即各戶責任區,系自家門前屋後及臨近街道為該戶責任區。」 defines each household's area, a "
            "scope with no act of its own (Round 83 on x313_02 四、; Round 85: a scope is text); 5 (一 counted) accepted",
            "五's half-yearly 戶主點評會 is the village's review of its households, not a report or a coordination of plan "
            "bodies, so no duty is written (Round 89 on x334_03: a meeting that coordinates no plan work is no duty); RULING? 6",
            "the page names no unit by the ruled forms (plans-dev 08)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x344_07_baili-zhen-cunji-hezhangzhi-xiangguan-zhidu.txt"
CHIEFS = ("the 村级河长 and 乡级河长 are posts of the river-chief system the 制度 governs, persons (" + PERSONS + "); their acts "
          "are the system's own work, tasks naming none (Round 89 on x333_01; Round 91 on x338_03), not hired persons' jobs "
          "(Round 85 on x317_01)")
plan(X07,
     title="村级河长制相关制度",
     title_note="line 1, the site's heading 「《村级河长制相关制度.docx》由会员分享…」: the text prints no title line of its own (it opens "
                "with the preamble 「为切实推进村级河长制管理工作…」), the heading names the piece (Round 87 turned x326_05), and the file "
                "extension is chrome (Round 89 on x330_04)",
     doc_no="", issuer="a 镇 (百里镇, 灵台县 by the second 制度's citations; 镇党政办) — its 制度 for village river chiefs",
     date="not shown (百党发20171224号 cited: 2017 or later)", level="town over its village river chiefs (村级(二级)河长)",
     source=source("https://taowenge.com/p-94336332.html"),
     style="a document site's preview: its blurb line, then the text run in with the site's chunk marks 「1、」「2、」「3、」 at the "
           "chunk starts (「乡级河 / 2、长」, 「灵办发 20 / 3、17160号」) and spaces where lines broke: preamble, 第一条–第五条 run in, then a "
           "second 制度's preamble and 「(一)村级河长」 CUT",
     leaf_tasks=3, count_alternatives=[4, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["第二条"], [], [], targets=[(1, "次")], **at(X07, "第二条"),
          note="「第二条村级河长每人一本河长巡查日志,最少每 季度开展巡河检查一次。」 — " + CHIEFS + " — " + NONE + ". Target: 1 次 — " + RHYTHM +
               " (最少 as 至少, Round 91 decided 最小／最大 alike). " + NODATE),
        S(["第四条"], [], [], not_targets=[(3, "个工作日")], **at(X07, "第四条 "),
          note="「第四条 在日常巡查中,需要详细记录…。根据巡查情况,乡级河 / 2、长在本级及发下能处理的需要将…交办 单第一时间发送至村级河长,村级河长须在3个工作日内 将办理结果反馈至乡级河长;对本级及以下不能处理的需立 即上报上级河长或党政综合办公室。…落 实监管责任。」 "
               "(the site's chunk mark 「2、」 inside it, kept as printed) — " + CHIEFS + "; 落实 has no printed subject — " + NONE +
               ". Not a target: 「须在3个工作日内」 is a time limit counted from an event (round 33; Round 87 on x326_08 「3日内启动调解」). "
               "The two reports are undated duties (below). " + NODATE),
        S(["第五条"], ["镇党政办"], ["镇党政办"], skip_deadline=True, dl="年底", **at(X07, "第五条"),
          note="「第五条镇党政办牵头,分管领导参与,对村级河长日记的记录情况进行抽查,并在年底进行统一的检查,…将作为年终考核河长的重要依据。」 — 「A牵头」: lead A, "
               "responsible A (rule 2); 分管领导 is a person (" + PERSONS + "). Date: 「在年底」 of a standing 制度 is a day in a yearly "
               "cycle with no year printed, a recurring date (round 34; round 48; Round 91 confirmed x335_02 第十四条 unchecked): not "
               "checked"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "村级河长须在3个工作日内将办理结果反馈至乡级河长", "when": "3个工作日内", "when_norm": None},
             {"what": "对本级及以下不能处理的需立即上报上级河长或党政综合办公室", "when": "立即", "when_norm": None}],
     notes=["3 leaves: 第二条, 第四条, 第五条. 第一条 「本制度适用于村级(二级)河长开展巡查工作。」 is a scope article (round 30's general provisions: "
            "a count with it is also accepted); 第三条 「巡查内容:…」 lists only what the patrol covers, a check's scope, text (Round 85 "
            "on x322_01 二、（二）; Round 89 governs on x334_02 第六条) — 4 and 5 (with them) accepted. The second 制度 「为健全和规范村级河长会议,…"
            "制定本制度。(一)村级河长」 is cut at a noun with no verb (round 71; Round 88's p63e-1): no leaf. The chunk marks 「1、」「2、」「3、」 are "
            "the site's, no items (they break words: 「乡级河 / 2、长」)",
            "第三条's 「河道两岸3米范围内的各类堆积物」: a figure inside a noun naming the objects the patrol checks (round 58's class), no "
            "target (not sampled: 第三条 is no task)",
            "duties: 第四条's feedback of results to the 乡级河长 and its report of what the village cannot handle to the chiefs "
            "above — reports the 制度 asks when a case arises (round 44; Round 89 on x330_01, x333_03), undated (立即 prints no time: "
            "Round 79; a time limit from an event is no date)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x344_08_xiangzhen-fangxun-gongzuo-fangan-fangan2.txt"
XXX = ("「责任人:XXX」 after the item is a label whose every name is a person (masked): it labels no unit (Round 83 on x312_05 (一); "
       "round 33: posts in a label are persons), so rule 2 reads the item")
plan(X08,
     title="乡镇防汛工作方案",
     title_note="line 7, the piece head 「方案二:乡镇防汛工作方案」 less its piece mark 「方案二:」 (Round 83 on x314_06; Round 87 on x326_03); "
                "line 3 「乡镇防汛工作方案(2)」 is the site's page heading",
     doc_no="", issuer="a 镇 (「我镇」; 全镇广大干群) — unnamed", date="not shown (the site's 2021-08-31; 「今年」)",
     level="town over its villages, schools and ponds (各单位、各村防汛办)",
     source=source("http://www.010zaixian.com/gongwen/huiyifangan/2933921_2.htm"),
     style="a 作文 site's page 2: site lines, 「方案二:」 piece head, preamble, 一、 (two paragraphs), 二、 (a lead-in paragraph ending "
           "「防汛的重点及预案措施如下:」) over 1、–3、 each followed by a line 「责任人:XXX」, then an unnumbered paragraph 「各单位、各村防汛办要…对危」 CUT",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "1"], [], [], targets=[(2, "米")],
          note="「1、范沟水塘防汛期间限制水位应低于溢洪道2米。 责任人:XXX」 — " + XXX + "; a limit on the plan's own work is a task (Round 87's governs on "
               "x328_03) — " + NONE + ". Target: 「低于溢洪道2米」, a quantity joined to 低于 (round 30's line: a ceiling of a "
               "standard). 「防汛期间」 prints no date: " + NODATE),
        S(["二", "2"], [], [], responsible_alternatives=[["郭峪小学"]],
          note="「2、郭峪小学遇到洪水要及时让师生安全撤离。 责任人:XXX」 — " + XXX + "; the school is a body, but 让 is outside rule 2's closed list (" + CALL +
               "), and the item's work is the response to a case (round 30's clarification takes A only by a rule-2 form) — " +
               NONE + ". [郭峪小学] accepted (RULING? 7: a named body told to act in its own case). " + NODATE),
        S(["二", "3"], [], [], not_targets=[(24, "小时")],
          note="「3、古村水塘在汛期要24小时监控,溢洪道要保持畅通无阻。 责任人:XXX / 各单位、各村防汛办要对学校和群众住宅认真排查一遍,对危」 — the unnumbered "
               "paragraph after the last item is its body in headed points (round 32; Round 91 on x337_02), 各单位 a call and 各村防汛办 "
               "a kind with 排查 outside rule 2 (round 30) — " + XXX + " — " + NONE + ". Not a target: 「24小时监控」 names a kind "
               "of watch with no comparison word (Round 87 on x324_08 「24小时值班制度」). " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 一 and 二/1–3 (the page CUT in the paragraph after 3、). 一、切实提高防汛认识… 「广大干群要切实引起高度重视,…早着手安排,早动手实施,对防汛工作来一个拉网过筛,…」 "
            "is a childless point with instructions 要 to the town's people, a task naming none (Round 84's p61c-1 on x312_01 一), "
            "not an aims point of 工作目标／指导思想 (plans-dev EXPECTED.md lines 21–25); 3 (一 as a section) accepted. 二's lead-in "
            "(「今年的防汛工作要继续坚持…方针…防汛的重点及预案措施如下:」) leads into 1、–3、 and names no body (rule 4)",
            "「塘、堰、坝不决口」 and 「十年九旱」 are no figures of work"])

# ---------------------------------------------------------------------------------------------------------
X09 = "x344_09_zhen-2023-jiegan-jinshao-gongzuo-fangan.txt"
plan(X09,
     title="秸秆禁烧工作方案",
     title_note="line 23's head 「秸秆禁烧工作方案」, run in before the preamble: the text's own title line (round 48); line 2 「2023年秸秆禁烧"
                "工作方案 .doc」 and line 22 are the site's file name and tags, which name the piece only where the text prints no title "
                "(Round 87 turned x326_05; round 65's x275_03). RULING? 8",
     doc_no="", issuer="a 镇 (「我镇」; 31个村) — unnamed", date="not shown (the site's 2023 in its file name and 2023-04-10 dates nothing: Round 78's p58d-2)",
     level="town over its villages (以31个村为根底; 村支部书记、主任)",
     source=source("https://wnwk.com/doc/562993.html"),
     style="a document site's page: its share and download chrome (lines 1–22: ID, size, 温馨提示 1.–4., 客服), then the whole text on "
           "line 23 with spaces where paragraphs broke: head, preamble, 一、指导思想, 二、目标任务, 三、主要措施 (一)加强组织领导 …, "
           "「(二)制订禁烧网格 以31个村为根底,划分假设干个网格」 CUT; the site's OCR slips (根底, 原那么, 假设干, 〞) kept",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、目标任务"],
     samples=[
        S(["三", "(一)"], [], [], **at(X09, "(一)"),
          note="「(一)加强组织领导 建立党政成员包片、驻村指导员包村、村干部包地块的环境管理工作机制和责任追究制,细化禁烧落实到村、田间地块,明确责任落实到人头。」 — " + RUNIN +
               ", so 一、–三、 and (一)(二) are items though they stand inside one line. 建立, 细化, 明确 are outside rule 2, and "
               "落实到村／到人头 is a phrase with no subject (Round 81's x308_09: 落到实处 alike), the posts persons (" + PERSONS +
               ") — " + NONE + ". " + NODATE),
        S(["三", "(二)"], [], [], not_targets=[(31, "个")], **at(X09, "(二)"),
          note="「(二)制订禁烧网格 以31个村为根底,划分假设干个网格」 (" + CUT + "; " + CUTVERB + ": 划分) — " + NONE + ". Not a target: 「31个村」 "
               "counts the villages the town has, the base the grid is drawn on, with no comparison word (round 30: a figure that "
               "only names a kind; round 33: present figures). " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三/(一), (二) ((二) CUT). 一、指导思想 (principles) and 二、目标任务 「镇辖区内必须实行全面禁烧秸秆,禁烧工作按照…原那么,实行以村支部书记、主任是第一责任人的工作责任制。」 "
            "(the aim and the persons who answer for it, no act of a body: Round 87 on x326_08; Round 91 on x338_06 一/(一)) are "
            "sections; 3 (二 as a task) accepted",
            "x344_09 shares 8.5 % of its text's 8-character runs with x34_06 (a 镇's 2021 秸秆禁烧 plan): common phrases "
            "(「标本兼治、疏堵结合、属地管理、源头控制」), not the same text (the whole page, with the site's chrome, shares 34 % with "
            "two wnwk pages' chrome)"])

# ---------------------------------------------------------------------------------------------------------
X10 = "x344_10_zhen-cunjumin-menqian-sanbao-zerenshu.txt"
PEN = ["村委", "镇综合行政执法中队"]
plan(X10,
     title="村(居)民“门前三包”责任书",
     title_note="line 2's head 「村(居)民“门前三包”责任书」, run in before the preamble 「为切实加强…」: the text's own title (round 48); line 1 is "
                "the site's blurb naming the file 「《…责任书.docx》」",
     doc_no="", issuer="a 镇 (「我镇」; 镇政府, 镇综合行政执法中队) with 全镇村(居)民", date="not shown (「年月日」 blank)",
     level="town over its villagers and residents (与全镇村(居)民签订; 村(居)委会 a party)",
     source=source("https://m.yzwku.com/doc/132114.html"),
     style="a document site's preview: its blurb on line 1, then the whole text on line 2: head, preamble, 一、三包区域, 二、三包内容 "
           "「1 .包卫生:」「2 .包秩序」「3 .包绿化:」, 三、处罚办法, 四、责任期限, the signature line; the whole piece (no cut)",
     leaf_tasks=4, count_alternatives=[3, 5, 6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "1"], [], [], **at(X10, "1 ."),
          note="「1 .包卫生:负责责任区内地面保洁,及时清除痰迹、污物、废弃物和积水;制止和劝阻随地吐痰…;制止乱倒垃圾…等行为。」 — " + RUNIN + ", 「1 .」 with the "
               "page's space included. " + BOUND + "; 负责 has no printed subject, and its carried subject, the 村(居)民 who sign, "
               "are persons (" + PERSONS + ") — " + NONE + ". " + NODATE),
        S(["二", "3"], [], [], **at(X10, "3 ."),
          note="「3 .包绿化:负责管护好自身房前屋后的绿化设施;制止和劝阻攀折树木、…损坏花草树木和绿化设施。」 — as 1 .: " + BOUND + " — " + NONE + ". " + NODATE),
        S(["三"], [], PEN, responsible_alternatives=[["村(居)委", "镇综合行政执法中队"]], **at(X10, "三、"),
          note="「三、处罚办法对于不遵守“门前三包”相关内容的,情节较轻的由村(居)委对其进行说服教育,给予告诫;情节严重的由镇综合行政执法中队依法对其进行处罚,并责令限期整改到位。」 — "
               "the rules' own bodies acting on a breach by 由A are doers (Round 77's x299_04 第二十八条; Round 83 on x316_02 （二十）; "
               "Round 91 on x340_02 第二十六条 由A…给予处罚), the two 的-cases branches of the item's own work, whose whole work is "
               "the response (round 30's clarification): both, in printed order, lead []. 村(居)委 → 村委: a bracket giving the "
               "body of the same kind in other areas is dropped (Round 89 turned x331_02 村（居）民委员会), the printed name accepted. "
               "「限期整改」 prints no date: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/1–3 and 三. 一、三包区域 「各村(居)民门前屋后。」 names only the area (a scope, text: Round 83 on x313_02 四、); 四、责任期限 "
            "「本责任书自签定之日起生效,本责任书一式三份,…」 is entry into force and copies (round 30's general provisions). Accepted: 5 "
            "and 6 (with 四, and 一: round 30 accepts a count with general provisions), 3 (三 as a consequence, text — Round 86's "
            "(b); but its agents are printed: Round 91 on x339_03 第四十一条)",
            "the numbers 「1 .」「2 .」「3 .」 carry a space before the stop, as the page prints them"])

write_collected(DIR)
