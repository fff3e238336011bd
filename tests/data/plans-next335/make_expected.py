# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next335/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 64 (built by helper c335, for round 65): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``locate``);
every answer was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 83 rulings,
written early" to its end in full — Rounds 83–89 —, older rulings only where a ruling quoted there led) applied to
every item. Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next335/make_expected.py tests/data/plans-next335
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the whole stored file, wrapper included, was typed first and gives exactly the "
          "stored character count, then the wrapper was cut by a script")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/市政与基础设施/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, or a party by role, standing as the subject of "
           "the article's verb of doing is a doer whatever the verb (Round 85's x321_04 第十条; Round 87's x325_01 第二十四条); "
           "a party the rules bind by 应当 is a doer (Round 84's p61a-2); an application (round 30's applicant), a review "
           "of a submission and the decision on it (Round 85's x321_02; Round 87's x327_04), a sending (Round 83's x315_01 "
           "第十一条) and options (可, round 49 p46b) name none")
CLOSED = ("outside articles rule 2's list is closed (round 30; Round 83's x316_01 一; Round 89's x332_04): 制定, 采取, 邀请, "
          "出具, 公告, 加强, 完善, 推动, 研究 and 实行 are outside it, 要／应当 making a task, not a doer")
LIMITWORK = ("a limit, a ban or an act on where and how a facility may be set up is a task naming none, a line stating "
             "only the state asked is text (Round 87's governs on x328_03 第九–十四条; Round 85's x322_04 第五条)")
NOSUBJ = ("acts of the rules' own work with no subject give work (round 65's x274_01; Round 87's x325_03 三、): a task "
          "naming no unit")
BRACKET = ("Round 91 (turned): 「承储企业（单位）」 — 第四条 defines 承储企业 and 承储单位 as two parties (「以下简称」 each), and the "
           "bracket joins the second to the first; a bracket that completes a name the text itself defines reads as that "
           "defined name too, in printed order (the defined names of rounds 35 and 43 over Round 89's bracket rule read for "
           "any bracket; the builder had dropped the bracket, RULING? 1): 承储企业 → [承储企业, 承储单位] (承储企业 alone and the "
           "printed name stay accepted)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x335_01_shi-liangchuju-2025-zhengfu-liangyou-chubei-zhiliang-anquan-guanli-banfa.txt"
P01 = "上海市政府粮油储备质量安全管理办法"
N01 = "关于印发《上海市政府粮油储备质量安全管理办法》的通知"
SQ = "市、区两级粮食物资储备部门"
SJ = "市级粮食物资储备部门"
CQ = "承储企业"
CQP = "承储企业（单位）"
CD = "承储单位"
TJ = "同级粮食物资储备部门"
JY = "粮食检验机构"


def bracket_alts(units):
    """Where the text prints 「承储企业（单位）」 (read [承储企业, 承储单位], Round 91 turned): the printed name, and 承储企业
    alone (the builder's reading), accepted beside the two defined names."""
    printed = [CQP if u == CD else u for u in units if u != CQ]
    alone = [u for u in units if u != CD]
    return [printed, alone]


plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the measures' own title (line 15) or the notice's title (lines 1 and 3): either (round 45's pair)",
     doc_no="沪粮规〔2025〕3号 (line 5)",
     issuer="上海市粮食和物资储备局",
     date="2025-12-23",
     date_note="the cover is signed 2025年12月23日 (line 13); 2026年3月1日 and 2031年2月28日 (第三十五条) are entry into "
               "force and expiry, general provisions; every other time in the measures recurs (每年春秋两季, 每年6月末、11月末前, "
               "年度) or runs from an event (10个自然日内, 3个月, 6年): no task is dated",
     level="the city grain and reserves bureau, to the district bureaus and the storage firms: quality and safety of the "
           "city's and districts' grain and edible-oil reserves — intake checks, storage and release checks, inspection "
           "bodies, supervision, faults and accidents",
     source=src("关于印发《上海市政府粮油储备质量安全管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0021::552d8e4f8b92496fa20615fc3bd92e0a", 6245),
     style="a short cover notice (its title printed twice, the number on line 5), the measures' title, six chapters "
           "「第N章　title」, 35 articles 「第N条  text」 (two spaces, or an ideographic space in 第四–十一条); 第九条 numbered "
           "1.–3. over the grain's quality standards",
     leaf_tasks=27, count_alternatives=[26, 28, 29, 30],
     leaf_tasks_by_section={"第一、二条": 0, "第三–六条": 4, "第七条": 0, "第八–二十六条": 19, "第二十七条": 0,
                            "第二十八–三十条": 3, "第三十一条": 0, "第三十二条": 1, "第三十三–三十五条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第三条"], [], [SQ, SJ], **art(X01, ["第三条"]),
          note="「市、区两级粮食物资储备部门在本级政府领导下，负责本级政府粮油储备质量安全管理和监督检查。 市级粮食物资储备部门负责对本市所有政府粮油储备质量安全管理情况依法实施监管。」 — "
               "an article in 总则 that gives work to a body by 负责 is a task (round 30's general provisions; Round 85's "
               "x317_04 第四条), not a statement of who leads the whole work (Round 87's x323_02 第四条: 在本级政府领导下 only "
               "frames the departments' 负责); 「市、区X部门」 is one name as printed (round 30), 两级 inside it; the two "
               "clauses' bodies in printed order (rule 2's several clauses); 本级政府 guides, no unit (rule 3: 「在A指导下」); "
               "no 牵头: lead []; " + NODATE),
        S(["第四条"], [], [CQ, CD], **art(X01, ["第四条"]),
          note="「承储地方政府粮油储备的企业或其他组织（以下简称承储企业），以及具体承担储备任务的企业或组织（以下简称承储单位）对承储的粮食和食用植物油质量安全负主体责任，依照相关法律法规、标准规范和政策规定从事储备管理活动。」 — "
               "「A对Y负主体责任」 designates A inside an item that gives work (round 62's p52d; Round 87's x326_07 第六条, "
               "confirmed), and an article that names the parties who carry a scheme's work designates them, a task "
               "(Round 89's governs on x331_02 第三条); at the defining brackets the 的-rule leaves only the classes of all "
               "bodies 「企业或其他组织」, so the names the text gives them are kept (Round 83's x315_02 第四、五条, governs; "
               "Round 87's x323_04 单位) (RULING? 2: or the article is a principle of roles in 总则 that names no act, "
               "p51e; Round 87's x326_06 — no task, count 26); no 牵头: lead []; " + NODATE),
        S(["第十二条"], [], [CQ, CD, TJ, SQ],
          responsible_alternatives=bracket_alts([CQ, CD, TJ, SQ]) + [[CQ, CD, TJ], [CQ, TJ]],
          **art(X01, ["第十二条"]),
          note="Round 91 (turned): [承储企业, 同级粮食物资储备部门, 市、区两级粮食物资储备部门] → [承储企业, 承储单位, 同级…, 市、区两级…] "
               "(the builder's list, the printed name, and the lists without the two-level departments stay accepted). "
               "「实行政府粮油储备入库质量安全验收检验。原粮入库平仓、食用植物油入罐完成后应进行验收检验…。验收检验合格的，方可作为政府储备。 验收检验应遵循客观、公正、科学、合理原则，由承储企业（单位）委托有资质的粮食检验机构承担，同级粮食物资储备部门负责监督检查。… 市、区两级粮食物资储备部门依职责对政府储备粮油进行抽查。」 — "
               "「由A委托B＋verb」 names A (round 35; Round 83's governs on x313_02 六、（四）: [区征地事务管理所], the body "
               "commissioned none), " + BRACKET + "; 同级粮食物资储备部门 by 负责 (rule 2); the two-level departments' 抽查 of "
               "the stored grain is their own check of the reserve, a verb of doing in articles (round 44; Round 89's "
               "x334_01 第十二条: a check of built work is the body's own audit), not a check of a party's filing (Round 87's "
               "x323_04 第二十九条) — the list without it accepted; the opening sentences are acts with no subject (" + NOSUBJ
               + "); all in printed order; no 牵头: lead []; " + NODATE),
        S(["第十四条"], [], [CD], lead_alternatives=[[CD]], responsible_alternatives=[[CD, CQ]],
          **art(X01, ["第十四条"]),
          note="「实行政府粮油储备质量安全定期检查。承储单位每年春秋两季，分别对存储的政府储备开展逐仓（罐、货位）常规质量指标和储存品质指标进行普查，视情开展食品安全指标检验。承储企业将检验结果每年6月末、11月末前报本级粮食物资储备部门。」 — "
               + ARTICLE + ": 承储单位 by 开展 (a verb of doing); 承储企业's only act is the sending of the results, which "
               "names no doer (rounds 46, 48; Round 83's x315_01 第十一条) — the list with it accepted — and is a duty (below: "
               "a body the rules task sending the results of the work they give it, Round 89's x329_01 第十一条 and x329_03 "
               "第十六条), twice a year; 每年6月末、11月末前 recur, no deadline (round 34's recurring dates); 春秋两季 no "
               "count of work; " + ONE_LEAD + "; " + NODATE),
        S(["第十七条"], [], [CQ, CD, JY], responsible_alternatives=bracket_alts([CQ, CD, JY]), not_targets=[(6, "个月")],
          **art(X01, ["第十七条"]),
          note="Round 91 (turned): [承储企业, 粮食检验机构] → [承储企业, 承储单位, 粮食检验机构] (the builder's list and the "
               "printed name stay accepted). 「…正常储存年限内的政府粮油储备，在出库前应当由承储企业（单位）自行或委托有资质的检验机构进行检验，…超出正常储存年限的…粮油，在出库前应由有资质的粮食检验机构进行出库检验。 出库检验项目应包括…。出库粮油应附检验报告，报告有效期为6个月，超过有效期的，应当重新检验并出具报告。… 未经质量安全检验的政府粮油储备不得销售出库。」 — "
               "the agent of 由 with a verb of doing is a doer (rule 2), each 由 clause naming its own (" + BRACKET + "); the "
               "body commissioned by 或委托 is an option's object (round 49 p46b); 有资质的粮食检验机构: the 的-phrase gives its "
               "head, a kind (rounds 32, 38); 「报告有效期为6个月」 joins no comparison word — the validity a norm of the "
               "report, counted from its issue (round 30's norm; round 33: a time from an event), not_target; no 牵头: lead []; "
               + NODATE),
        S(["第十八条"], [], [CD], lead_alternatives=[[CD]], responsible_alternatives=[[CD, CQ]], targets=[(3, "年")],
          **art(X01, ["第十八条"]),
          note="「实行政府粮油储备质量安全档案管理。政府粮油储备入库后，承储单位应及时建立逐仓（罐、货位）质量安全档案，如实记录以下信息：…。按时间顺序完整保存检验报告…，不得伪造、篡改、损毁、丢失。粮油质量安全档案保存期限，从粮油销售出库之日起，不得少于3年。加强储备粮油信息化监管，承储企业应按要求将质量信息动态更新上传至上海市粮食电子政务网络省级平台。」 — "
               + ARTICLE + ": 承储单位 by 建立 and 记录, the next sentences carrying it (rounds 34, 49 p46d); 承储企业's upload "
               "to the platform is a sending of records, no doer (Round 85's x319_02 三/1) — the list with it accepted — and a "
               "duty (below); 不得少于3年: a quantity joined to 不少于 is a target (round 30's line; Round 85's x322_04 "
               "第二十五条 最长…不得超过5年), the period counted from release a floor the rules set, no time limit of an act; "
               + ONE_LEAD + "; " + NODATE),
        S(["第二十一条"], [], [SQ], lead_alternatives=[[SQ]], responsible_alternatives=[[]],
          **art(X01, ["第二十一条"]),
          note="「市、区两级粮食物资储备部门应加强对承储企业（单位）质量安全管理工作的指导与服务，适时开展相关政策、技术规范和考核要求的培训，引导与督促承储企业（单位）强化管理意识…，鼓励与支持承储企业（单位）选购优质储备粮源…」 — "
               "指导与服务 is rule 3's guide in articles too (Round 85's x317_01 第十九条, 服务 beside 指导 changing nothing), "
               "引导与督促 a pivot over the firms' own acts (round 30), 鼓励与支持 no work (rounds 30, 40); but 开展…培训 is the "
               "departments' own act, a verb of doing in articles (round 44), so the article names them (RULING? 3: or the "
               "training is part of the guidance the article gives the firms, rule 3's guide — none accepted); the firms "
               "are objects, no units; " + ONE_LEAD + "; " + NODATE),
        S(["第二十四条"], [], ["检验机构"], lead_alternatives=[["检验机构"]],
          responsible_alternatives=[["检验机构", JY], ["检验机构", JY, CQ, CD], ["检验机构", JY, CQ]],
          not_targets=[(3, "个月")],
          **art(X01, ["第二十四条"]),
          note="Round 91 (turned): the answer stands; the accepted list with the storage firm's help reads 「承储企业（单位）」 as "
               "[承储企业, 承储单位] (" + BRACKET + "; the list with 承储企业 alone stays accepted). 「政府粮油储备委托检验应由检验机构派员现场扦样，不得送样检验。 扦样人员应当…扦取样品，…发现…问题，如实记录…，并将相关情况及时报委托方。… 粮食检验机构和扦样人员对扦样合规性、样品真实性…负责。扦取的样品应当自检验结束后保留3个月。 承储企业（单位）应提供货位真实信息和必要的辅助人员、扦样工具，积极做好协助工作，严禁弄虚作假或调换样品。」 — "
               "「由A派员＋verb」 names A (Round 87's governs on x326_03: 「由A安排人员／指定专人＋verb」 names A); the samplers "
               "are the body's own staff, persons and no units (round 30; Round 89's x333_01 承办人员); 「A对X（的合规性、真实性）"
               "负责」 answers for the quality of what was done, a stance with no work as object (Round 87's x324_06 四/3: "
               "「切实负责」) — the list with 粮食检验机构 accepted; the storage firm's help to the sampling of its own grain is "
               "a party's part in the check made of itself, none (Round 83's x315_03 第七条 form 「A应（积极）配合（B）对A的检查」) — "
               "accepted; 「保留3个月」 joins no comparison word and runs from the test's end, a time limit (round 33), "
               "not_target; the samplers' report of what they find to the commissioning party is a duty (below); "
               + ONE_LEAD + "; " + NODATE),
        S(["第二十六条"], [], [JY], lead_alternatives=[[JY]], targets=[(6, "年")], **art(X01, ["第二十六条"]),
          note="「粮食检验机构应按委托方要求的报告形式、报送时间和报送渠道，及时将检验结果报送委托方，妥善留存抽样单、检验报告…等相关材料，留存时间应不少于6年。 粮食检验机构应当履行保密义务，…不得擅自公开或者向他人提供…信息。」 — "
               + ARTICLE + " (留存, a verb of doing beside the sending); 不少于6年 a floor joined to 不少于, a target (round 30's "
               "line); the results sent to the commissioning party are a duty (below: a body the rules task sending the "
               "results of its work, Round 89's x329_01 第十一条), 及时 printing no time; 履行保密义务 names none (round 67); "
               + ONE_LEAD + "; " + NODATE),
        S(["第二十八条"], [], [SQ], lead_alternatives=[[SQ]], targets=[(30, "%")], **art(X01, ["第二十八条"]),
          note="「市、区两级粮食物资储备部门应对政府粮油储备质量管理情况进行定期或不定期监督检查。年度库存检查比例不低于辖区内本级政府储备规模的30%，检查覆盖面不低于承储单位数量的30%。…原则上不再重复检查或抽检。 区级粮食物资储备部门的年度检查结果应当报市级粮食物资储备部门备案。」 — "
               + ARTICLE + "; 不低于…30% (twice) a floor of the check's own scope joined to 不低于, a target (round 30's line; "
               "Round 85's x320_09: a share the work must reach); the district departments' filing of their own yearly "
               "results 「报…备案」 is a duty (round 48; Round 87's turned x325_02 第十五条, x328_01 第十条), undated (年度 names "
               "the results' year; no time of sending is printed), and names no further doer (a sending, rounds 46, 48); "
               + ONE_LEAD + "; " + NODATE),
        S(["第二十九条"], [], [], responsible_alternatives=[[CD], ["市、区两级"]], **art(X01, ["第二十九条"]),
          note="「市、区两级应当建立政府粮油储备质量安全问题整改机制，及时通报…等情况，跟踪督导承储企业（单位）抓好问题整改。储存品质轻度不宜存的，结合轮换尽早安排出库。…进行无害化处理…。对储存期间未按规定保管引发质量安全问题的，依法依规对承储企业予以处罚，并由承储单位进行实物置换。 严禁…流入口粮市场。」 — "
               "a level or a place with no head names no body, whatever its verb (Round 83's x315_01 第二十条 and 第二十六条 "
               "「市、区、镇应加强组织开展…」, confirmed none); the firms are objects of 督导 (round 30's pivot); the 安排出库 "
               "lines are acts with no subject (" + NOSUBJ + "); 「对…未按规定保管引发质量安全问题的，…予以处罚，并由承储单位进行实物置换」 "
               "is the consequence of a breach for the party at fault, inside its case clause (rule 3: a clause inside a "
               "case adds no unit; Round 86's (b): a consequence is text) (RULING? 4: or 由A＋a verb of doing names A "
               "wherever it stands, rule 2 — [承储单位] accepted); " + NONE + "; the level as printed accepted; " + NODATE),
        S(["第三十条"], [], [], **art(X01, ["第三十条"]),
          note="「政府粮油储备发生严重霉变、食品安全指标超标等质量安全事故（事件），应立即报告至属地粮食物资储备部门，并按规定有关处置。 任何单位和个人不得隐瞒、谎报、缓报…事故，…不得拒绝配合调查。」 — "
               "a report of an accident in the reserve, sent to the body that acts on it, is work the rules ask with no "
               "subject (" + NOSUBJ + ") and a duty whoever sends (Round 89's turned x334_03 第十三条（三）; Round 83's "
               "x316_01 一), 立即 printing no time; the ban to 「任何单位和个人」 is text (Round 80) (RULING? 5: or an order to "
               "whoever finds the accident, text with no task and no duty, as Round 85 turned x317_03 第十四条 「发现火灾，应当"
               "立即报警」 — count 26); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "如发现检测结果与当年度新收获粮食质量指标差异较大，应及时启动复核机制并如实上报", "when": None, "when_norm": None,
              "note": "第十一条 — a report the rules ask when a case arises in the storage firm's intake checks (round 44; "
                      "Round 83's x316_01 一; Round 89's four confirmed reports), 及时 printing no time: undated"},
             {"what": "承储企业将检验结果每年6月末、11月末前报本级粮食物资储备部门", "when": "每年6月末、11月末前",
              "when_norm": "yearly (twice: by the end of June and by the end of November)",
              "note": "第十四条 — a body the rules task sending the results of the check they give it (Round 89's x329_01 "
                      "第十一条, x329_03 第十六条 confirmed), its day each year printed (Round 87's turned x328_04 四、（二）: yearly "
                      "duties by a day); read by what is sent, to whom and when (Round 83's x314_02)"},
             {"what": "承储企业应按要求将质量信息动态更新上传至上海市粮食电子政务网络省级平台", "when": None, "when_norm": None,
              "note": "第十八条 — records sent to the platform the bodies use: a sending of records, a duty (Round 85's x319_02 "
                      "三/1 and x321_01 六、（二））, undated (动态 prints no rhythm)"},
             {"what": "发现粮食发热、霉变、异味、严重虫粮或掺杂使假、预先埋样等问题，如实记录异常区域位置和粮食数量，并将相关情况及时报委托方",
              "when": None, "when_norm": None,
              "note": "第二十四条 — a report of what the sampling finds, sent to the party that acts on it (Round 83's "
                      "x316_01 一: the post that sends no matter, Round 89), undated"},
             {"what": "粮食检验机构应按委托方要求的报告形式、报送时间和报送渠道，及时将检验结果报送委托方", "when": None, "when_norm": None,
              "note": "第二十六条 — a body the rules task sending the results of its work (round 48; Round 89's x329_01 "
                      "第十一条), undated (及时; the time is the commissioning party's)"},
             {"what": "区级粮食物资储备部门的年度检查结果应当报市级粮食物资储备部门备案", "when": None, "when_norm": None,
              "note": "第二十八条 — a plan body filing its own results 「报…备案」 has an undated duty (round 48; Round 87's "
                      "turned x325_02 第十五条, x328_01 第十条); 年度 names the results, no time of sending"},
             {"what": "政府粮油储备发生严重霉变、食品安全指标超标等质量安全事故（事件），应立即报告至属地粮食物资储备部门", "when": None,
              "when_norm": None,
              "note": "第三十条 — an accident report to the body that acts on it is a duty whoever sends (Round 89's turned "
                      "x334_03 第十三条（三））, 立即 printing no time (RULING? 5)"}],
     notes=["counting (leaf tasks): the cover's 「请认真遵照执行」 no task; 第一条 purpose, 第二条 scope and definition, "
            "第三十四条 interpretation, 第三十五条 entry into force — general provisions (round 30); 第七条 「运输政府粮油储备应当符合"
            "有关标准和技术规范要求」 binds whoever transports to a standard with no act, text (Round 85's turned x321_01 三、（一）; "
            "Round 86's (b)); 第二十七条 a party's objection and its request for a retest, an applicant's step (round 30; Round "
            "85's x321_02 count); 第三十一条 consequences of breaches pointing to the law with no agent (Round 87's turned "
            "x325_01 第二十五条; Round 89's x329_01 第十八条); 第三十三条 a right of anyone, text; 第三、四、五条 tasks (总则 "
            "articles giving work or designating, round 30; Round 89's x331_02 第三条), 第六条 「本市加强…协作联动…深化合作」 a task "
            "naming none (本市 a place, no body; round 65's x274_01); 第八条 one; 第九条 one task — its lines 1.–3. are the "
            "grain's quality standards, properties, no items that give work (Round 83's x315_02 第八条; Round 87's governs on "
            "x328_03: technical requirements are properties), the article one task (Round 86's form (a)); 第十–二十六条 17; "
            "第二十八、二十九、三十条 3; 第三十二条 1 → 4 + 1 + 1 + 17 + 3 + 1 = **27**. Accepted: 26 (第四条 a principle of "
            "roles, RULING? 2; or 第三十条 text, RULING? 5), 28 (第七条 or 第二十七条 or 第三十一条 counted), 29 (第九条's 1.–3. "
            "as items), 30 (both).",
            "units: article subjects (round 44); 市、区两级粮食物资储备部门 one name as printed (round 30); 承储企业 and 承储单位 "
            "the defined names (第四条), 「承储企业（单位）」 read as [承储企业, 承储单位] in printed order (Round 91, turned; "
            "the builder's 承储企业 and the printed name accepted; RULING? 1); sendings name none (承储企业 in 第十四、十八条); no 牵头 anywhere: every lead []",
            "dates: none; the cover's 2025年12月23日, 第三十五条's 2026-03-01 and 2031-02-28 (general provisions); recurring "
            "times (每年春秋两季, 每年6月末、11月末前, 每年) date nothing (round 34)",
            "figures: targets 3 年 (第十八条), 6 年 (第二十六条), 30 % (第二十八条, twice); not targets: 6 个月 (第十七条, a "
            "report's validity), 3 个月 (第二十四条, a time from the test's end); unchecked: 10个自然日内 (第二十七条, no task; "
            "a time limit, round 33), standard numbers GB 1351 … GB/T1535 and 黄曲霉毒素B1 (names with digits, EXPECTED.md), "
            "第八条's 不高于国家标准 (no quantity)",
            "duties: seven — 第十一条's report of diverging results, 第十四条's twice-yearly results (yearly), 第十八条's upload, "
            "第二十四条's report of the samplers' findings, 第二十六条's results to the commissioning party, 第二十八条's filing of "
            "the districts' yearly results, 第三十条's accident report; not duties: 第九条's 「其质量要求由承储企业报市粮食物资储备部门"
            "确定」 and 第十六条's 报请轮换 (sendings for the receiver's decision, steps of approval, Round 89's x329_04 第九条), "
            "第十九条's 公告 (disclosure to the public, round 55's x247_01 第十四条)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x335_02_shi-caizhengju-2025-zhengfuxing-rongzi-danbao-jigou-jixiao-pingjia-banfa.txt"
P02 = "上海市政府性融资担保机构绩效评价办法"
N02 = "关于印发《上海市政府性融资担保机构绩效评价办法》的通知"
SCZ = "市财政局"
BJ = "本级财政部门"
QCZ = "区财政局"
JRB = "市委金融办"
YW = "相关业务主管部门"
DB = "政府性融资担保机构"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the measures' own title (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪财发〔2025〕7号 (the stored front matter; the text prints none)",
     issuer="上海市财政局",
     date="2025-12-11",
     date_note="the cover is signed 2025年12月11日 (line 9); 第二十六条's 2026年1月1日 and 2030年12月31日 are entry into force "
               "and expiry (a general provision); the procedure's days recur each year (每年3月底前, 每年4月底前, 每年3月31日前, "
               "每年5月30日前) and 第十四条's 9月30日前 belongs to the same yearly cycle (RULING? 8)",
     level="the city finance bureau, to the district finance bureaus, Lingang's administration office and the government "
           "financing-guarantee institutions: how the institutions' performance is evaluated each year — who evaluates, "
           "the indicators, the yearly procedure and its days, the grades and their use, supervision",
     source=src("关于印发《上海市政府性融资担保机构绩效评价办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0017::xxfboswf0000003494", 4958),
     style="a cover notice, the measures' title, six chapters 「第N章 title」, 26 articles 「第N条  text」; 第八条 an index of "
           "indicators （一）–（四） over numbered lines 1.–8., 1.–4., 1.–4., 1.–2.; 第十二条 a list of materials （一）–（五）; "
           "第十六条 grade bands with ≤ and ＜; a closing 「附件：…计分表」 line (the table is not stored)",
     leaf_tasks=15, count_alternatives=[13, 14, 16, 17, 19, 32],
     leaf_tasks_by_section={"第一条": 0, "第二条": 1, "第三条": 0, "第四条": 1, "第五、六条": 0, "第七–九条": 3,
                            "第十–十五条": 6, "第十六、十七条": 0, "第十八条": 1, "第十九、二十条": 0, "第二十一–二十三条": 3,
                            "第二十四–二十六条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第二条"], [SCZ], [SCZ, JRB], lead_alternatives=[[]], **art(X02, ["第二条"]),
          note="「本办法所称政府性融资担保机构，是指…融资担保、再担保机构。市财政局会同市委金融办确定我市政府性融资担保机构名单，实行名单制动态管理。」 — "
               "a definitions article that also gives work to a body is a task (round 30: an article in 总则 that gives "
               "work; round 39: a point that also gives work), and 「A会同B＋verb」 gives lead A (lead [] accepted), "
               "responsible A, B (rule 2), 确定 a verb of doing (round 61: 会同 read by its verb); " + NODATE),
        S(["第四条"], [], [BJ, SCZ, QCZ], responsible_alternatives=[[BJ, SCZ, QCZ, "临港管委会相关部门"]],
          **art(X02, ["第四条"]),
          note="「政府性融资担保机构绩效评价工作按照统一标准、分级管理的原则，由本级财政部门组织实施。市财政局依据本办法实施市级管理政府性融资担保机构的绩效评价工作；区财政局（包括临港管委会相关部门，下同）依据本办法组织实施区级管理政府性融资担保机构的绩效评价工作。原则上以一个会计年度为一个完整评价期。」 — "
               "由A组织实施, A实施, A组织实施: rule 2's several clauses, all bodies in printed order; the bracket 「（包括临港管委会"
               "相关部门，下同）」 names the body that stands in for the kind in one area and is dropped (Round 85's x321_01 "
               "三、（二）; Round 89's x331_02 第五条) — the list with 临港管委会相关部门 accepted; 一个会计年度 names the period, no "
               "comparison word, no target (round 30's norm; Round 60's x174_01: a period is no target); no 牵头: lead []; "
               + NODATE),
        S(["第七条"], [], [SCZ], lead_alternatives=[[SCZ]], **art(X02, ["第七条"]),
          note="「市财政局根据相关政策文件规定，结合…，统筹…等因素，统一确定绩效评价指标、评价分值、评价标准。」 — " + ARTICLE
               + " (确定); " + ONE_LEAD + "; " + NODATE),
        S(["第八条"], ["各区财政部门"], ["各区财政部门", "行业主管部门"], lead_alternatives=[[]],
          responsible_alternatives=[[]], not_targets=[(1000, "万元")], **art(X02, ["第八条"]),
          note="「绩效评价采取百分制，具体绩效评价指标如下：（一）政策效益指标，…包括以下二级指标：1. 当年新增小微企业和“三农”融资担保户数。…3. 当年新增单户1000万元及以下小微企业和“三农”融资担保金额占比。…8. 区域重点产业融资担保支持情况：按照区域发展定位设定差异化目标值。区级担保机构的评价目标值由各区财政部门会同行业主管部门设定。（二）…（四）…」 — "
               "the lines name indicators, the contents of the index, not items that give work (Round 89's x329_01 第八条: "
               "the contents of a document are no items; Round 86's form (a)), so the article is one task and its lines its "
               "text (a scheme's index that also sets work, round 39); 「由A会同B设定」 in its text gives lead A, responsible "
               "A, B (rule 2), 行业主管部门 a kind; the other lines' 应参考…意见, 可暂不考核 (an option) and 下调 (a consequence "
               "with no agent) name none (RULING? 6: or the indicators are the scheme's terms, the article no task, or each "
               "indicator a leaf — counts 14 and 32 accepted; none accepted); 「单户1000万元及以下小微企业」: a figure inside a "
               "noun naming the class the indicator counts is a class (round 58; Round 83's turned x311_01 第十条), "
               "not_target; " + NODATE),
        S(["第十条"], [], [], responsible_alternatives=[[DB]], **art(X02, ["第十条"]),
          note="「政府性融资担保机构应当于每年3月底前将本年度经营计划报履行出资人职责的机构和业务主管部门审核。」 — an article whose "
               "only act is an owed sending is a task naming no unit (Round 83's x313_01 第十一条, confirmed), the sending for "
               "the receivers' 审核 a step of their decision, no duty (Round 89's x329_04 第九条, x334_01 第八条, confirmed) "
               "(RULING? 7: or the institution's filing of its own plan is a regulated party's filing on its own matters, no "
               "task at all — round 42; Round 85's x321_02 count — 14 accepted); the receivers are none (rule 3: 「报A」); "
               "每年3月底前 recurs, no deadline (round 34); " + NONE + "; the institution accepted; " + NODATE),
        S(["第十一条"], [BJ], [BJ, YW], lead_alternatives=[[]], responsible_alternatives=[[BJ]], **art(X02, ["第十一条"]),
          note="「本级财政部门于每年4月底前根据审核通过的…年度经营计划、上年度绩效目标实际完成情况、以及绩效评价年度目标值，结合本地区实际，会同相关业务主管部门对政府性融资担保机构提出本年度工作要求。」 — "
               "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2; Round 85's x321_01 五、（二）: B a kind "
               "is a unit), 提出…工作要求 the finance department's own act, no review of an application; 审核通过的 describes "
               "the plan (a body inside a noun's description is no doer, round 30); 每年4月底前 recurs, no deadline (round "
               "34); " + NODATE),
        S(["第十三条"], [BJ], [BJ, YW], lead_alternatives=[[]],
          responsible_alternatives=[[BJ], [BJ, YW, "各区财政局"]], **art(X02, ["第十三条"]),
          note="「本级财政部门根据政府性融资担保机构提供的绩效自评报告及基础材料，结合本地区实际，会同相关业务主管部门组织开展上年度绩效评价工作，必要时可委托第三方机构参与。各区财政局于每年5月30日前将区级政府性融资担保机构的上年度绩效评价结果报送市财政局。」 — "
               "「A会同B组织开展」: lead A with B (rule 2; Round 87's x327_02 三、（二）: 「A会同B组织＋review」 names lead A "
               "with B), the evaluation of the institutions the finance departments' own work set by 第四条, no decision on an "
               "application; 可委托 an option (round 49 p46b); 各区财政局's only act is a sending, no doer (rounds 46, 48) — "
               "the list with it accepted — and a yearly duty by 05-30 (below); the days recur, no deadline (round 34); "
               + NODATE),
        S(["第十四条"], [SCZ], [SCZ, JRB, "上海金融监管局"], lead_alternatives=[[]], responsible_alternatives=[[SCZ], []],
          deadline="9月30日前", skip_deadline=True, **art(X02, ["第十四条"]),
          note="「市财政局会同市委金融办、上海金融监管局对政府性融资担保机构上年度绩效评价结果进行联合会审。市财政局于9月30日前向各区财政局、临港管委会通报绩效评价最终结果。」 — "
               "「A会同B、C＋verb」: lead A, responsible A, B, C (rule 2), the joint review of the year's results being the "
               "last step of the evaluation the rules give the city bureau (第四条), its own work, not the decision on a "
               "party's submission (the review rule, Round 85's x319_01 第七条（三）; Round 85's x319_04: a joint check by the "
               "bodies whose work the matter is stays theirs) — lead [] accepted, [市财政局] alone accepted, and none (the "
               "review rule, with the 通报 a sending) accepted; the 通报 of the final results is a yearly duty by 09-30 "
               "(below); 「9月30日前」 prints no year and belongs to the yearly cycle the other articles date 每年, so it dates "
               "no task: the deadline is not checked (round 34's recurring dates; round 48: a year not printed is not "
               "filled) (RULING? 8: or the plan's first cycle, 2026-09-30)"),
        S(["第二十一条"], [], [BJ], lead_alternatives=[[BJ]], **art(X02, ["第二十一条"]),
          note="「政府性融资担保机构在报送绩效评价材料中，存在漏报、瞒报以及提供虚假材料等情况的，由本级财政部门责令限期改正，情节严重的，下调当期评价等次一个级别并取消下一年度评“优”资格。」 — "
               "the rules' own body acting after a breach is a doer by 由A (Round 77's x299_04 第二十八条; Round 85's x319_02 "
               "六), in articles by any verb (round 44); the breach is the institution's, no unit; 一个级别 names a step of "
               "the grade, no comparison word, no target; " + ONE_LEAD + "; " + NODATE),
        S(["第二十二条"], [], [DB], lead_alternatives=[[DB]], responsible_alternatives=[[]], **art(X02, ["第二十二条"]),
          note="「政府性融资担保机构应对绩效评价发现的问题及时进行整改，并将整改情况报本级财政部门。」 — " + ARTICLE
               + ": the institution bound by 应 to correct what the evaluation found is a doer of its correction, and the "
               "corrected body's report of its correction is a duty (Round 89's x333_01 第四十二条, confirmed: 「…应当…进行"
               "整改，并书面报告整改情况」 the two and an undated duty) — none accepted (a party's part in the check made of "
               "itself, Round 83's x315_03 第七条); " + ONE_LEAD + "; " + NODATE),
        S(["第二十三条"], [], ["各级财政部门"], lead_alternatives=[["各级财政部门"]], **art(X02, ["第二十三条"]),
          note="「各级财政部门及其工作人员应当认真组织开展绩效评价工作，严格执行各项评价标准、计分条件，详细载明相关评分依据。 各级财政及其工作人员在开展…工作中，存在滥用职权…等违法违纪行为的，按照…有关规定追究相应责任；涉嫌犯罪的，依法移送司法机关处理。」 — "
               "组织开展 names its subject (rule 2); 工作人员 are persons, never units (round 30); the second paragraph is a "
               "consequence pointing to the law with no agent, text (Round 87's turned x325_01 第二十五条) and names none; "
               "各级财政部门 a group named by a kind with a rule-2 verb (round 30); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区财政局于每年5月30日前将区级政府性融资担保机构的上年度绩效评价结果报送市财政局", "when": "每年5月30日前",
              "when_norm": "yearly (by 05-30)",
              "note": "第十三条 — a body the rules task sending the results of its own evaluation, with its day each year "
                      "(Round 87's turned x328_04 四、（二）: 报B with no 批准／同意 asked is a filing of results; round 48) "
                      "(RULING? 9: or a sending for the city's 联合会审 (第十四条), a step of that review — Round 89's x329_04 "
                      "第九条 — no duty)"},
             {"what": "市财政局于9月30日前向各区财政局、临港管委会通报绩效评价最终结果", "when": "9月30日前",
              "when_norm": "yearly (by 09-30)",
              "note": "第十四条 — the bureau's notice of its own final results to the bodies below (Round 89's turned "
                      "x331_04 第九条: notices of a check's results are sendings of one's own results, a duty), yearly as "
                      "the cycle (RULING? 8)"},
             {"what": "本级财政部门将绩效评价最终结果反馈政府性融资担保机构及其股东单位，抄送本级中小企业主管部门", "when": None,
              "when_norm": None,
              "note": "第十五条 — the results fed back and copied: sendings of the department's own results (round 48; "
                      "Round 89's x331_04 第九条), undated"},
             {"what": "政府性融资担保机构应对绩效评价发现的问题及时进行整改，并将整改情况报本级财政部门", "when": None, "when_norm": None,
              "note": "第二十二条 — the corrected body's report of its correction (Round 89's x333_01 第四十二条, confirmed), "
                      "undated"}],
     notes=["counting (leaf tasks): the cover's 「请按照执行」 no task; 第一条 purpose, 第三条 definition, 第二十六条 "
            "interpretation and entry into force — general provisions (round 30); 第五条 principles (round 68); 第六条 and "
            "第十九条 state what the results are tied to, the scheme's terms with no act (Round 85's x318_07); 第十六条 grade "
            "bands, lines that only class (Round 83's x313_03 第十三条); 第十七条 and 第二十五条 options 可 (round 49 p46b); "
            "第二十条 「…应当对…材料的真实性、完整性负责」 answers for the papers, no work as 负责's object (Round 87's x324_06 "
            "四/3: a stance); 第二十四条 「新设立的…机构，应当在…次年纳入绩效评价范围」 the scope of the evaluation in 附则, a general "
            "provision (round 30: scope) (the other reading: the rules' own act with no subject, Round 89's x329_04 第十条 — "
            "16 accepted); 第二、四条 1 each (总则 articles that give work, round 30); 第七、八、九条 3; 第十–十五条 6 (第十二条 one "
            "task: its （一）–（五） only name what a party hands in, Round 87's x323_01 第二十六条); 第十八条 one task naming none "
            "(a limit on the rules' own work: who may be brought into the system and supported, Round 83's x314_10 四/(四)); "
            "第二十一、二十二、二十三条 3 → 2 + 3 + 6 + 1 + 3 = **15**. Accepted: 13 (第十、十二条 as the institution's filings "
            "on itself, RULING? 7), 14 (one of them, or 第十八条 terms, or 第八条 terms, RULING? 6), 16 (第二十四条, 第二十条 "
            "or 第六条 counted), 17 (two of them), 19 (第十二条's （一）–（五） as items), 32 (第八条's eighteen indicator lines "
            "as leaves).",
            "units: article subjects (round 44) and 会同 (rule 2); 本级财政部门, 各级财政部门, 区财政局 as printed; 区财政局's "
            "bracket dropped (Round 85's x321_01 三、（二）; Round 89's x331_02 第五条); sendings name none; the institutions named as doers only "
            "where they act on their own (第二十二条), not where they file or report on themselves (第十、十二条)",
            "dates: no task is dated; the yearly days recur (round 34); 第十四条's 9月30日前 unchecked (RULING? 8)",
            "figures: no targets; not target: 1000 万元 (第八条, a class); unchecked: the grade bands of 第十六条 (90, 80, 70, 60 "
            "分 with ≤ and ＜: classes of grade, no task; round 58's class beside Round 89's ≦ comparison — RULING? 10), 第十二条's "
            "4月底前 (an option's day), the document numbers (EXPECTED.md)",
            "duties: four — 第十三条's district results (yearly by 05-30), 第十四条's notice of the final results (yearly by "
            "09-30), 第十五条's feedback and copies (undated), 第二十二条's report of correction (undated); not duties: 第十条's "
            "plan sent for 审核 (a step of approval, Round 89's x329_04 第九条) and 第十二条's self-evaluation report sent as "
            "the ground of the department's evaluation (a step of that evaluation; or a regulated party's report on itself, "
            "round 42 — either way none)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x335_03_shi-guihuaziyuanju-2025-gonggong-paishui-bengzhan-guihua-ziyuan-guanli-gongzuo-guiding.txt"
P03 = "关于持续加强本市公共排水泵站设施规划资源管理的工作规定"
N03 = "关于印发《关于持续加强本市公共排水泵站设施规划资源管理的工作规定》的通知"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源政〔2025〕473号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2025-12-10",
     date_note="the cover is signed 2025年12月10日 (line 11); 2025年8月21日 the meeting that passed the rules and 2025年12月11日 "
               "their entry into force (the cover): no task is dated",
     level="the city planning and natural-resources bureau, to the district bureaus and its own units: how public "
           "drainage pumping stations are planned, sited, sized, set back, built and approved",
     source=src("关于印发《关于持续加强本市公共排水泵站设施规划资源管理的工作规定》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::19dbd258ca8c4be2b68870d8f82dbe2d", 2107),
     style="a short cover notice, the rules' title, a preamble 「…提出以下规定：」, six headed points 一、–六、 (heading on a line "
           "of its own); 二、 and 四、 numbered 1.–2.; 三、 a flattened land-use table (one cell a line) and 注：1.–8.",
     leaf_tasks=10, count_alternatives=[7, 9, 11, 14],
     leaf_tasks_by_section={"一": 1, "二": 1, "三": 4, "四": 2, "五": 1, "六": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一"], ["排水主管部门"], ["排水主管部门", "规划资源主管部门"], lead_alternatives=[[]],
          note="「一、规划编制 排水主管部门会同规划资源主管部门编制本市雨、污水排水系统专项规划时，应结合地区发展，统筹考虑…，明确公共排水泵站设施系统性布局，在控制性详细规划或专项规划…确定公共排水泵站设施的选址和规模。」 — "
               "a childless point that gives work is a task (Round 84's p61c-1), and 「A会同B＋verb」 gives lead A (lead [] "
               "accepted), responsible A, B (rule 2), the 时 clause framing the two departments' own planning, no case "
               "(rule 3's 「发生…时」 is an event); the departments named by kind as printed (round 30); " + NODATE),
        S(["二", "1"], [], [],
          note="「二、选址原则 排水泵站的选址应符合控制性详细规划以及排水泵站设施布局规划，并遵循以下原则：」 over 「1.排水泵站的进出通道宜沿城市道路设置。其中，雨水泵站宜靠近江、河等水系设置，并与河道承纳能力相适应。」 — "
               "the lines of a list are its items, each read by its words (Round 77's x299_01 第六条); " + LIMITWORK
               + " — 宜 softens the limit but still says where the station is set (RULING? 11: or 选址原则 are principles, "
               "a section of aims with no act, round 68; Round 84's p61c-1 names 基本原则 — 二 no task, 9 accepted); 2. 「可独立设置，"
               "鼓励…，提倡…」 gives no work (可 an option, round 49 p46b; 鼓励, 提倡 rounds 30, 40) and is no task; " + NONE
               + "; " + NODATE),
        S(["三", "3"], [], [], targets=[(30, "立方米/秒")],
          note="「三、用地规模 …本市新建排水泵站的建设用地按照以下指标予以控制：」 (a flattened table of station sizes and land "
               "indices) and 「注：1.…2.…」, then 「3.雨水泵站建设规模大于30立方米/秒的，应通过规划、节地论证等环节综合确定。」 — "
               "the numbered notes are 三's items, each read by its words (plans-dev EXPECTED.md: the lowest numbered items "
               "that carry text; Round 77's x299_01 第六条): 3. an act of the rules' own work with no subject (" + NOSUBJ
               + "); 大于 is a comparison word of round 30's list (its 超过; Round 89's extension to ≤ signs), and a 的-clause "
               "of its own with no head noun after it triggers the step, a target (round 49; Round 83's x311_01 第十条 form; "
               "Round 87's x328_02 三/2) — 30 立方米/秒; " + NONE + "; " + NODATE),
        S(["三", "7"], [], [], targets=[("100-300", "平方米")],
          note="「7.排水泵站的附属建筑一般包括管理用房（含控制室）和变配电间，建筑面积控制在100～300平方米；系统运营维护的管理用房另计。」 — "
               + LIMITWORK + " (控制在… a limit on what is built); a band the item sets is read at both edges as printed "
               "(round 25; Round 83's governs on x313_02 六、（四）: its band a target as printed, 100-350 元) — \"100-300\" 平方米; "
               + NONE + "; " + NODATE),
        S(["四", "1"], [], [], targets=[(50, "米")],
          note="「四、退让间距 严格控制对周边环境的影响，排水泵站的建（构）筑物与周边建（构）筑物的间距除应符合…外，对周边环境影响较大的设施（如…）还应符合下列规定：」 over 「1.与住宅、基础教育设施、医院、养老院等建筑的距离不小于50米；」 — "
               + LIMITWORK + " (a set-back of the station, as plans-next334's x334_03 第六条（三） 「游乐区距离城市道路不小于10米」); "
               "不小于50米 a floor joined to 不小于, a target (round 30's line); " + NONE + "; " + NODATE),
        S(["四", "2"], [], [], targets=[(20, "米")],
          note="「2.与商业、办公等公共建筑的距离不小于20米。」 — as 四/1: a limit on where the station stands, a task naming none "
               "(Round 87's governs on x328_03), 不小于20米 a target (round 30's line); " + NONE + "; " + NODATE),
        S(["五"], [], [],
          note="「五、设置形式 位于中心城、新城规划范围，历史风貌区范围、旅游风景区内，“一江一河”滨水开放空间以及结合大型公共绿地设置的排水泵站，应采用地下形式，鼓励统一设计、结合建设。涉及电力设施或值班人员的建筑宜设置于地表。 排水泵站的建（构）筑物鼓励利用…土方开展地形造景…」 — "
               "a childless point with an instruction 应 is a task (Round 84's p61c-1), and " + LIMITWORK + "; the 鼓励 clauses "
               "give no work (rounds 30, 40); 「一江一河」 a name, no figure; " + NONE + "; " + NODATE),
        S(["六"], [], [], responsible_alternatives=[["市、区规划资源主管部门"]],
          note="「六、项目审批 市、区规划资源主管部门按照职责分工，对排水泵站建设项目实行分级审批。 排水泵站的设计方案需征求水务、生态环境、卫生防疫、绿化市容等相关管理部门的意见。」 — "
               + CLOSED + " (round 30: 「要实行」 names no unit), so the departments' 实行分级审批 names none in headed points "
               "(RULING? 12: or an approval placed on named departments by 职责分工 is their work — [市、区规划资源主管部门] "
               "accepted); the departments consulted only give opinions (rule 3: 「经A同意」, a body that only approves or "
               "guides); the point a task by its instruction 需 (Round 84's p61c-1); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): the cover's 「请遵照执行」 no task; the preamble leads into the points; 一 1; 二 1 (1. a "
            "limit; 2. options and encouragement, no work); 三 4 — its lead-in and table are the text before its items (Round "
            "85's x322_04 第十九条), and of 注：1.–8.: 1. a definition, 2. how sizes are reckoned (a standard of reckoning, "
            "Round 87's x325_04 五、（三）), 4. 「可参考」 an option, 5. a state of the index — text; 3. 「…应通过…综合确定」, "
            "6. 「中心城内宜用表中下限，郊区可用中值，不可超过上限」 (a limit on which index value is used), 7. 「建筑面积控制在…」, "
            "8. 「…用地规模应遵循集约节约原则，结合相关工艺流程确定」 (an act of the rules' own work) — tasks (Round 91, decided: "
            "numbered notes under a table are the lowest numbered items that carry text, each read by its words, the table the "
            "point's text before them, its bands unchecked — the builder's reading stands, RULING? 13); 四 2; 五 1; 六 1 → "
            "**10**. Accepted: 7 (三's notes as the table's footnotes, 三 one task), 9 (二 principles, RULING? 11), 11 (二/2 "
            "counted), 14 (all eight notes).",
            "units: only 一 names doers (会同); headed points keep rule 2's closed list (round 30; Round 83's x316_01 一), so "
            "六's 实行 names none (RULING? 12); every other point states limits with no subject",
            "dates: none; the cover's 2025-12-10, the meeting 2025-08-21 and entry into force 2025-12-11",
            "figures: targets 30 立方米/秒 (三/3), \"100-300\" 平方米 (三/7), 50 米 and 20 米 (四/1, 四/2); unchecked: the "
            "table's station sizes (1～5 … 50～100, classes of station the index picks, round 58) and land indices "
            "(800～2000 … 2700～4700 平方米: bands of a standard in a flattened table under 三, which is no leaf — plan "
            "targets by Round 85's x318_07 or the table's norms, no ruling reaches a flattened table of bands under a point "
            "with items; RULING? 13 — Round 91, decided: the bands with no comparison word unchecked), 注4's coefficient 1.1 (a norm, round 30)",
            "duties: none (no sending, report or rhythm)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x335_04_shi-caizhengju-2024-zhengfu-caigou-lvyue-yanshou-guanli-tongzhi.txt"
P04 = "关于进一步加强本市政府采购履约验收管理有关事项的通知"
CGR = "采购人"
YSZ = "预算主管部门"

plan(X04,
     title=P04,
     title_note="the notice's title (line 1), the only title the text prints",
     doc_no="沪财采〔2024〕22号 (the stored front matter; the text prints none)",
     issuer="上海市财政局",
     date="2024-12-05",
     date_note="signed 2024年12月5日 (last line); the only other times are 5个工作日内 (twice, from the acceptance's end) and "
               "前3年内 (a look-back in a condition): no task is dated",
     level="the city finance bureau, to the city's budget departments and the district finance bureaus: how purchasers "
           "organise, record, publish and rate the acceptance of government purchases, and how the departments "
           "supervise it",
     source=src("关于进一步加强本市政府采购履约验收管理有关事项的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0017::a2f25dc5e9e9464fa566f895ed2bfd29", 2611),
     style="a notice 「…通知如下：」 with three headed points: 一、总体要求 (a paragraph), 二、工作内容 （一）–（三） each 1.–3. "
           "(「1. 」 with a space), 三、工作要求 （一）–（三） with run-in headings 「（一）统一思想认识。…」",
     leaf_tasks=10, count_alternatives=[9, 11, 12],
     leaf_tasks_by_section={"一": 0, "二": 9, "三": 1},
     childless_top_level_sections=["一"],
     samples=[
        S(["二", "（一）", "1"], [], [CGR], lead_alternatives=[[CGR]],
          note="「1. 采购人作为履约验收工作的责任主体，应当严格按照…规范开展履约验收各项工作。预算主管部门应当加强统筹协调，健全完善本部门履约验收管理制度，督促指导所属预算单位做好履约验收工作…」 — "
               "「A是／为／作为…的X主体」 designates A wherever it stands (Round 85's x319_04 第四条; Round 81's x308_07); "
               + CLOSED + ", so the budget departments' 加强, 健全完善, 督促指导 (a pivot and a guide, rule 3) name none; the "
               "units its budget units 所属预算单位 are objects (round 30); " + ONE_LEAD + "; " + NODATE),
        S(["二", "（一）", "2"], [], [CGR], lead_alternatives=[[CGR]],
          note="「2. 采购人一般应当自行组织履约验收。对于技术复杂、专业性强的采购项目，采购人确不具备履约验收能力的，可以委托采购代理机构组织履约验收，但是不转移或者免除采购人履约验收主体责任。」 — "
               "「A组织＋verb」 (组织验收 in rule 2's own list) names A; the agency commissioned under 可以 is an option, no "
               "assignment (round 30: 「可由A…」; round 49 p46b), inside a case (「确不具备…的」, rule 3); " + ONE_LEAD + "; "
               + NODATE),
        S(["二", "（一）", "3"], [], [CGR], lead_alternatives=[[CGR]], responsible_alternatives=[[]],
          note="「3. 采购人应当加强履约验收内控管理，…完善内部机制、强化内部监督、细化内部流程，明确验收标准、落实验收责任，并将履约验收结果与资金支付挂钩。…供应商存在违约行为的，采购人应当依法追究其违约责任，并及时报告预算主管部门。」 — "
               "落实 with 责任 as its object places the duty (round 46; Round 85's x318_02; Round 87's x326_07), a rule-2 "
               "clause in headed points (RULING? 14: or 落实验收责任 stands in a run of acts 明确…、落实… on the purchaser's "
               "inner rules, no doer by its own — none accepted); the report of the supplier's breach, sent to the body "
               "that acts on it, is an undated duty (below; round 44; Round 83's x316_01 一), 及时 printing no time; "
               + ONE_LEAD + "; " + NODATE),
        S(["二", "（二）", "1"], [], [], responsible_alternatives=[[CGR, "采购代理机构"], [CGR]],
          note="「1. 采购人或其委托的采购代理机构应当根据项目特点制定履约验收方案，明确…，并在采购合同中约定。采购人应当…确定验收书的形式和内容，在验收结束后与供应商共同签署验收书，确认验收结果。…采购人可以引入履约或预付款担保制度…」 — "
               + CLOSED + "; 签署 makes doers only with 由 or in articles (Round 85's x320_09 五: 「A与B签订」 outside articles "
               "none); 可以引入 an option; " + NONE + "; the purchaser (with the agency) accepted; " + NODATE),
        S(["二", "（二）", "3"], [], [], responsible_alternatives=[[CGR]], not_targets=[(1000, "万元")],
          note="「3. 政府向社会公众提供的公共服务项目，以及预算金额超过1000万元的其他政府采购项目，采购人应当在履约验收结束后5个工作日内，通过“上海政府采购网”…将验收结果向社会公告。鼓励采购人参照前述规定公告其他政府采购项目的验收结果。」 — "
               + CLOSED + " (公告); 「预算金额超过1000万元的其他政府采购项目」: a figure inside a noun naming the class of "
               "project the work picks is a class (round 58; Round 83's turned x311_01 第十条 and x316_02 「57座以上大客车」), "
               "not_target; 5个工作日内 runs from the acceptance's end, a time limit (round 33), no target and no date; "
               "publishing to the public is disclosure, no duty (round 55's x247_01 第十四条; Round 89's x329_03 第三十二条); "
               + NONE + "; " + NODATE),
        S(["二", "（三）", "1"], [], [], responsible_alternatives=[[CGR]],
          note="「1. 采购人应当在履约验收完成后5个工作日内，通过…电子化采购系统对供应商履约情况出具全面完整、客观真实的评价意见。采购人应当树立…理念，持续做好交付使用后的质量、服务跟踪，并视情追加评价意见。」 — "
               + CLOSED + " (出具, 树立, 做好); the rating entered in the system is the purchaser's own record, no sending to a "
               "body (Round 85's x319_02 三/1 reads records sent to a body that uses them) and no duty; 5个工作日内 a time "
               "limit (round 33); " + NONE + "; " + NODATE),
        S(["二", "（三）", "2"], [], [], responsible_alternatives=[[CGR]],
          note="「2. 采购人如果发现供应商在履约过程中存在转包或提供假冒伪劣产品等违反政府采购法律法规行为的，应当及时报告预算主管部门和同级财政部门，并将相关情况记入履约评价记录。」 — "
               "the point's work is a report when a case arises, a sending that names no doer (rounds 46, 48) and an "
               "undated duty (below; round 44; Round 83's x316_01 一); 记入 is outside rule 2's closed list; the receivers "
               "are none (rule 3); " + NONE + "; " + NODATE),
        S(["二", "（三）", "3"], [], [], responsible_alternatives=[["市财政局"]],
          note="「3. 市财政局将根据财政部统一部署，稳妥有序推动履约验收结果在政府采购活动中的应用，研究完善针对供应商…重大违约的限制性措施…。根据…规定，中国（上海）自由贸易试验区及临港新片区采购人有证据证明有关供应商在参与政府采购活动前3年内…发生过重大实质性违约…的，可以拒绝其参与采购活动，但应当在采购文件中载明。」 — "
               + CLOSED + " (推动, 研究完善; 将 changing nothing); 可以拒绝 an option (round 49 p46b); 前3年内 a look-back "
               "inside a condition, no comparison word of round 30's list, not checked; " + NONE + "; the city bureau "
               "accepted; " + NODATE),
        S(["三", "（一）"], [], ["各区财政部门"], lead_alternatives=[["各区财政部门"]], responsible_alternatives=[[]],
          note="「三、工作要求 （一）统一思想认识。市级预算主管部门应当充分认识…，加强对所属预算单位的督促和指导，进一步压实采购人履约验收主体责任，确保…。各区财政部门应当积极采取措施，部署落实政府采购履约验收管理要求。」 — "
               "部署落实 joins two verbs of the departments' own, 落实 with the requirements as its object rule 2's (Round "
               "87's x324_04 二: 完善、落实…政策; Round 89's x330_01 三: 重点落实…措施), unlike 落实 as the object of 推动 or 抓好 "
               "(Round 83's turned x316_02 （十六）) (RULING? 15: or 部署落实 is one compound like 贯彻落实, a noun-like "
               "object-taking pair with no doer, Round 81's x308_09 — none accepted, and then 三/（一） names no unit and drops "
               "as a 工作要求 item, count 9); 压实…责任 is not 落实 (Round 83's x316_02: 压实…主体责任 none), 加强…督促和指导 a "
               "guide (rule 3); so the item names a unit and is a task under 工作要求 (seeds EXPECTED.md lines 3–5); "
               + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "供应商存在违约行为的，采购人应当依法追究其违约责任，并及时报告预算主管部门", "when": None, "when_norm": None,
              "note": "二/（一）/3 — a report the notice asks when a case arises, sent to the body that acts on it (round 44; "
                      "Round 83's x316_01 一; Round 89's confirmed reports), 及时 printing no time: undated"},
             {"what": "采购人如果发现供应商在履约过程中存在转包或提供假冒伪劣产品等违反政府采购法律法规行为的，应当及时报告预算主管部门和同级财政部门",
              "when": None, "when_norm": None,
              "note": "二/（三）/2 — the same form: a breach found, reported to the departments that act on it, undated"}],
     notes=["counting (leaf tasks): 一、总体要求 a childless aims point of the seeds' kind naming no unit, a section "
            "(EXPECTED.md lines 21–25; seeds EXPECTED.md lines 3–5; Round 84's p61c-1 names 总体要求); 二's nine items each "
            "give the purchaser or the bureau work by 应当／将 (Round 84's p61c-1: an instruction makes a task; 工作内容 is no "
            "seeds heading) → 9; 三、工作要求's items are tasks only where they name a unit (seeds EXPECTED.md lines 3–5; "
            "Round 89's governs on x333_04): （一） names 各区财政部门 by 落实 (RULING? 15), （二） 「市、区财政部门应当依法加强对…"
            "的监督检查」 (加强 outside rule 2) and （三） 「市财政局将进一步提升…服务能级，完善…功能」 name none → 1; → **10**. "
            "Accepted: 9 (三/（一） no unit, RULING? 15), 11 and 12 (三/（二）（三） counted as items that give work, Round 84's "
            "p61c-1 over the seeds — the reading Round 89 did not follow on x333_04).",
            "units: only the designation 「采购人作为…责任主体」, 组织履约验收 and 落实验收责任 name 采购人; headed points keep rule "
            "2's closed list (round 30; Round 83's x316_01 一), so 制定, 采取, 邀请, 出具, 公告, 推动 name none; 采购人 a party "
            "by role named as printed (round 34's 设置者; Round 88's 设置人)",
            "dates: none",
            "figures: no targets; not target: 1000 万元 (二/（二）/3, a class of project); unchecked: 5个工作日内 (twice, time "
            "limits, round 33), 前3年内, the document numbers and 2024-2026年 in the preamble (EXPECTED.md)",
            "duties: two undated reports of a supplier's breach (二/（一）/3, 二/（三）/2); not duties: the public notice of "
            "results (二/（二）/3, disclosure) and the rating entered in the system (二/（三）/1)"])

write_collected(DIR)
