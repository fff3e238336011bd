# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next207/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 45 (built by helper c207): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 45 rulings, written
early" included) applied to every article. Neither the parser nor the scorer was run on this set by its builder: the
lead scores it first.

    PYTHONPATH=. python tests/data/plans-next207/make_expected.py tests/data/plans-next207
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, SHANGHAI_REPO, STORED_WHOLE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

FLK_COMMIT = "89ab728701b2ad7adfae1334530f506c437c29c9"
JD_COMMIT = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"


def flk_source(name, url, chars):
    """A regulation stored from flk.npc.gov.cn: not at the index's usual commit 49f4bb7…, and with another wrapper."""
    return (f"{SHANGHAI_REPO} @ {FLK_COMMIT} (the file is not stored at 49f4bb7…), docs/城市更新与历史保护/{name} "
            f"(official page {url}) — {STORED_WHOLE} ({chars}); this stored file's wrapper is not YAML: a 「# 」 title "
            "line, a six-line metadata list (公布日期 … 来源) and a 「---」 rule with the blank lines after it, all removed; "
            "the text starts at the regulation's own title line")


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ARTICLE = ("CONVENTIONS.md round 30 / round 33 / round 37: in a document written as articles, an article that gives work (a "
           "doer, or an instruction 「应当／不得／必须…」 to a body or to the works) is a task; general provisions (purpose, "
           "scope, definitions, principles, 参照, reference to other law, entry into force), options 「可以…」 and statements "
           "with no body and no instruction 「本市推动／探索…」「鼓励／支持…」 are not")
ARTSUBJ = ("CONVENTIONS.md Round 44 rulings, decided: in rules written as articles (第X条) a named body standing as the "
           "subject of the article's verb of doing is a doer whatever the verb (加强, 推动, 完善, 优化, 建立 …)")
NONE = ("CONVENTIONS.md units rule 2 / Round 44 (article subjects): no body stands as the doer of the item's work: lead = [], "
        "responsible = []")
ONE = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一; CONVENTIONS.md units rule 2)"
WITH = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 gives lead A (lead [] accepted), responsible A, B"
ORG = "CONVENTIONS.md units rule 2 and round 34: 组织＋work (组织编制, 组织开展, 组织制定) makes its subject a doer"
PIVOT = ("CONVENTIONS.md round 30 / round 40: the object of the pivot 组织 「A组织B＋verb」 is no unit (A is the doer)")
BY = "CONVENTIONS.md units rule 2 and round 34: the agent of 由 with any verb of doing is a doer"
CASE = ("CONVENTIONS.md round 30 / round 34 / round 42: an item whose work is the response to its cases 「违反…的，由A责令…」 "
        "「…的，由A…」 takes A as its doer; penalties (shares of a rebuilding price) are not targets (round 32 / round 33)")
ITEMS = ("CONVENTIONS.md round 37: items numbered （一）… inside an article are its items (leaves); one that only lists what a "
         "document must contain, conditions or cases is a list that gives no work (text, round 35); round 44: numbered "
         "「不得…」 prohibitions inside an item are items, the count reading them as a list accepted beside it")
HEAD = ("CONVENTIONS.md round 34 / round 35 / round 38: under a heading that gives out work (「第二章 职责分工」) every body "
        "the text gives work, by any verb of doing, is a unit, in printed order")
FIELDS = ("CONVENTIONS.md round 31 / round 35: fields joined by 、 before one head 「市文化旅游等部门」「财政、审计等部门」 are one "
          "name as printed, 等 inside kept (the scorer strips only a final 等); separate heads before an 「等部门」 tail "
          "「A、B、C等部门」 give A, B, C")
PERSONS = ("CONVENTIONS.md round 34: a person's role (负责人, 责任人 …) is never a unit — 保护责任人 is the role the article "
           "gives the owner; round 32 / round 41: a regulated party's report to the administering department is a filing, "
           "no duty")
APPROVE = ("CONVENTIONS.md units rule 3 / round 36: bodies consulted 「征求A的意见」, reviewing 「经专家委员会评审」 or "
           "approving 「报市人民政府批准」 are no units; RULING? 2 (a submission for approval is read as a step of the "
           "approval procedure, no duty)")


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


def A1(file, path, unit, note, **kw):
    """A sample whose only unit is ``unit`` (lead [], the unit accepted as lead), located by its article label."""
    return S(path, [], [unit], lead_alternatives=[[unit]], note=note + "; " + ONE, **kw, **art(file, path))


# ---------------------------------------------------------------------------------------------------------
X01 = "x207_01_shi-renda-2025-lishi-wenhua-mingzhen-baohu-tiaoli.txt"
MZ = "区历史文化名镇保护管理部门"
ZJ = "市住房城乡建设管理部门"

plan(X01,
     title="上海市历史文化名镇保护条例",
     doc_no="none printed (a local regulation, adopted 2025-12-30)",
     issuer="上海市人民代表大会常务委员会",
     date="2025-12-30",
     date_note="adopted 2025年12月30日; in force 2026年3月1日 (第四十二条)",
     level="city regulation (地方性法规) of the Shanghai People's Congress Standing Committee: historic and cultural towns — "
           "duties of the governments and departments, protection rules, use and transmission, safeguards and oversight",
     source=flk_source("上海市历史文化名镇保护条例.md", "https://flk.npc.gov.cn/detail?id=ff8081819c46fcc5019cb17302bf5917", 5986),
     style="a regulation in five chapters 「第一章　总　　则」 (ideographic spaces) and 42 articles whose label stands ALONE on "
           "its line 「第一条」 with the text in the next paragraph(s), blank lines between all paragraphs; a 目录 with one "
           "chapter a paragraph; （一）… in 第九条 (conditions), 第十条 (contents of a plan) and 第十五条 (three duties of the "
           "protection holder); work given as 「A应当…」 (article subjects), 「A负责…」, 「A应当组织编制／组织开展」, 「A应当组织B…」, "
           "「A会同B…」; no dates, no figures",
     leaf_tasks=31, count_alternatives=[27, 28, 29, 30, 32, 33, 39, 40, 41, 42, 44],
     leaf_tasks_by_section={"第一章 第四–六、八条": 4, "第二章 第十–十九条 (第十五条 three items)": 12,
                            "第三章 第二十二、二十三、二十八–三十二条": 7, "第四章 第三十三–四十条": 8},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A1(X01, ["第十条"], "区人民政府",
           ARTICLE + "; 「区人民政府应当按照国家有关规定，组织编制历史文化名镇保护规划」 — " + ORG + "; its （一）–（八） list what the "
           "plan contains (" + ITEMS + ": text, the article one task); " + NODATE),
        A(X01, ["第十二条"], [], [],
          note=ARTICLE + " (an instruction 「应当整体保护…不得改变…」 to the works); " + NONE + "; " + NODATE),
        A(X01, ["第十五条", "（二）"], [], [],
          note=ITEMS + " — 「历史建筑保护责任人应当履行下列保护责任：（一）…（二）…（三）…」: three items that give work, each a leaf "
               "(the count with 第十五条 as one task accepted); 「保障建筑安全…发现安全隐患或者险情，及时采取…措施，并向相关管理部门报告」 "
               "— " + PERSONS + "; 相关管理部门 receives (rule 3); " + NONE + "; " + NODATE),
        A(X01, ["第二十二条"], [], ["区人民政府", "镇人民政府", "街道办事处"],
          note=ARTSUBJ + ": 「区人民政府应当组织力量，加强…研究，推动…编修」 (组织力量 names no work; 加强, 推动 are the verbs) and "
               "「镇人民政府、街道办事处应当…推动…建设，宣传…」 — all three doers, in printed order; no 牵头: lead []; " + NODATE),
        A(X01, ["第二十三条"], [], ["区人民政府", "市文化旅游等部门"],
          note=ARTICLE + " (「本市推动…，鼓励…」 is a statement; the second paragraph gives work); " + ARTSUBJ + ": 「区人民政府应当"
               "组织力量，加强对讲解员…的培训；市文化旅游等部门应当加强指导」; " + FIELDS + "; lead []; " + NODATE),
        A(X01, ["第二十九条"], [], ["市交通部门", "区人民政府"],
          note=ARTSUBJ + ": 「市交通部门和区人民政府应当按照职责分工，…加强交通保障，配套建设…」 — 「A和B」 are two names "
               "(CONVENTIONS.md round 34); lead []; " + NODATE),
        A(X01, ["第三十五条"], [], ["区人民政府", "镇人民政府", "街道办事处"],
          note="「区人民政府应当…组织编制安全保障方案，定期组织开展演练」 — " + ORG + "; 「区人民政府应当组织相关部门建立大客流应对机制」 — "
               + PIVOT + " (相关部门 no unit); 「镇人民政府、街道办事处应当加强…宣传和指导」 — " + ARTSUBJ + "; 「对客流实施动态监测、"
               "报告、预警」 names no receiver (no duty); 定期 a rhythm of drills; lead []; " + NODATE),
        A(X01, ["第三十九条"], [ZJ, MZ], [ZJ, MZ, "相关部门"], lead_alternatives=[[]],
          note=WITH + ": 「市住房城乡建设管理部门、区历史文化名镇保护管理部门应当会同相关部门，…加强…监督检查」 and 「区历史文化名镇"
               "保护管理部门应当会同相关部门建立健全…巡查管理工作机制」; the short name given in 第五条 「（以下简称区历史文化名镇保护管理"
               "部门）」 is read as printed here (CONVENTIONS.md round 38); 相关部门 a kind (round 33); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "镇人民政府、街道办事处日常巡查发现违法行为的，依法查处或者报告有关部门", "when": "", "when_norm": None,
              "note": "第三十八条: CONVENTIONS.md Round 44 rulings (dates and duties): a sending the rules ask of the bodies "
                      "they task when a case arises is an undated duty"}],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose, 第二条 scope, 第三条 principles (round 33), 第七条 (「对…给予表彰"
            "和奖励」, no body and no instruction), 第九条 (the conditions of a historic town and a "
            "reference to the national regulation: a list that gives no work), 第二十条 (reference to the relics law), 第二十一条, "
            "第二十四–二十七条 (「本市坚持／推动…」, 「支持／鼓励…」), 第四十一条 (reference to other "
            "law and 「依法给予处分」 with no body), 第四十二条 entry into force. Tasks: 第四、五、六条 3; 第八条 1; 第十–十四条 5; 第十五条's "
            "（一）–（三） 3 (" + ITEMS + "); 第十六–十九条 4; 第二十二、二十三条 2; 第二十八–三十三条 6; 第三十四条 1; "
            "第三十五–四十条 6 → **31** (第八、三十四条: Round 103)",
            "accepted: 29 (第八、三十四条 text, the reading before Round 103; or 第十五条 one task), 27, 28, 30, 32, 33 "
            "(第十五条 folded or one or two of 第七、二十、四十一条 counted), 39, 40, 41, "
            "42, 44 (every article but or with 第一、二、四十二条, 第十五条 folded or not)",
            "aligned round 70 to CONVENTIONS.md \"Round 103 rulings\" (turned; 29 → 31): 第八条 "
            "「本市加强与长江三角洲区域相关省市历史文化名镇保护工作协同，通过…共同培育、…联合申报、…协调统一等方式…"
            "」 and 第三十四条 「本市依托…“一网通办”…“一网统管”和大数据资源平台，加强…部门…的数据共享…」 — 本市 "
            "with an act the rules' own bodies carry out is a task naming none (Round 55's x248_02 第六条; round "
            "65's x274_01; Round 93's x345_04 第十四条; Round 95's x352_01 第十九条), as x335_01 第六条 and "
            "x359_03 第六、八条 read the same words; 第二十一条 (「本市坚持…」 a stance, 「推动…相结合」 an aim, "
            "支持／鼓励) and 第二十四–二十七条 (支持／鼓励) stay text; no sample moves (units none)",
            "units not sampled: 第五条 (a 职责 article: 「市住房城乡建设管理部门、区人民政府确定的历史文化名镇保护管理部门（以下简称…）负责…」 — "
            "the 的-phrase and the 以下简称 alias; 「发展改革、…、消防救援等部门和机构按照各自职责，做好…」), 第六条 (「本市各级人民政府应当"
            "安排资金」: 本市 dropped, round 41), 第十九条 (two 「确因…无法…的」 case steps), 第三十三、三十六条 (「市、区人民政府及其有关部门」)",
            "dates and figures: 2025年12月30日 (adoption), 2026年3月1日 (entry into force) date no task; 定期, 日常 rhythms of drills "
            "and patrols (no sendings); no figure in the text"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x207_02_shi-renda-2011-lishi-wenhua-fengmaoqu-youxiu-lishi-jianzhu-baohu-tiaoli.txt"
GH = "市规划管理部门"
FW = "市房屋行政管理部门"
QFW = "区、县房屋行政管理部门"

plan(X02,
     title="上海市历史文化风貌区和优秀历史建筑保护条例",
     title_note="the title stands on two lines (「上海市历史文化风貌区」 / 「和优秀历史建筑保护条例」)",
     doc_no="none printed (a local regulation, adopted 2002-07-25, amended 2010-09-17 and 2011-12-22)",
     issuer="上海市人民代表大会常务委员会",
     date="2011-12-22",
     date_note="the text as amended the second time on 2011年12月22日 (the stored metadata: 公布日期 2011-12-22, 施行日期 "
               "2012-02-01, 时效性 已修改 — later amended in 2019 and 2023); 第四十八条 still reads 「本条例自2003年1月1日起施行」",
     level="city regulation (地方性法规) of the Shanghai People's Congress Standing Committee: historic and cultural areas and "
           "outstanding historic buildings — who decides, protects, approves and repairs, and the penalties",
     source=flk_source("上海市历史文化风貌区和优秀历史建筑保护条例.md",
                       "https://flk.npc.gov.cn/detail?id=4028abcc612777930161285363ef1302", 7355),
     style="a regulation in six chapters 「第一章　总则」 and 48 articles run in 「第一条　text」 (label, one ideographic space, "
           "text; paragraphs of an article on the following lines without blank lines; 第四十八条 with two ASCII spaces); the "
           "title on two lines, an amendment note in brackets, a 目录 one chapter a line; （一）… in 第六、九、十五、十六、十七、二十五、"
           "四十五条; work given as 「A负责…」, 「由A研究提出／设立标志／审批」, 「A应当会同B提出」, 「A应当组织编制」, 「A应当组织B…"
           "普查」, penalties 「由A责令…」; no dated task",
     leaf_tasks=44, count_alternatives=[38, 39, 40, 41, 42, 43, 45, 48],
     leaf_tasks_by_section={"第一章 第三、五、六、七条": 4, "第二章 第十–十二条": 3,
                            "第三章 第十四、十五条, 第十六条 4 items, 第十七条 3 items, 第十八–二十一条": 13,
                            "第四章 第二十二–三十九条": 18, "第五章 第四十–四十五条": 6},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X02, ["第三条"], [], [GH, "区、县规划管理部门", FW, QFW, "其他有关管理部门"],
          note=ARTICLE + " (a 总则 article that gives work to bodies, round 30); units rule 2: 「市规划管理部门负责…。区、县规划管理"
               "部门…负责…」「市房屋行政管理部门负责…。区、县房屋行政管理部门…负责…」 — the subjects of 负责; 「区、县X部门」 is one name "
               "as printed (round 30: 「市、区X部门」); round 39: 「其他有关部门…协同开展相关工作」 after 「A负责…」 clauses adds them — "
               "「本市其他有关管理部门按照各自职责，协同实施本条例」 (本市 dropped, round 41); no 牵头: lead []; " + NODATE),
        A(X02, ["第十条"], [], [GH, FW],
          note="「历史文化风貌区的初步名单，由市规划管理部门研究提出」 and 「优秀历史建筑的初步名单，由市规划管理部门和市房屋行政管理部门研究"
               "提出」 — " + BY + " (「由A和B＋verb」: both); 「建筑的所有人和使用人…都可以…推荐」 an option (round 40); " + APPROVE
               + "; 「应当将…初步名单公示」 has no subject; lead []; " + NODATE),
        A1(X02, ["第十四条"], GH,
           "「市规划管理部门应当根据城市总体规划组织编制历史文化风貌区保护规划」 — " + ORG + "; " + APPROVE + "; " + NODATE),
        A(X02, ["第十六条", "（二）"], [], [],
          note=ITEMS + " — 第十六条's （一）–（四） are 「不得…」 rules for building in the core area (four items; the count reading them "
               "as one task accepted); 「除确需建造的建筑附属设施外，不得进行新建、扩建活动，对现有建筑进行改建时，应当保持或者恢复其历史"
               "文化风貌」 names no body: " + NONE + "; " + NODATE),
        A(X02, ["第二十二条"], [GH], [GH, FW], lead_alternatives=[[]],
          note=WITH + ": 「市规划管理部门应当会同市房屋行政管理部门提出优秀历史建筑的保护范围和周边建设控制范围」; 「经征求有关专家和所在"
               "区、县人民政府的意见后，报市人民政府批准」 — " + APPROVE + "; " + NODATE),
        A1(X02, ["第三十四条"], QFW,
           CASE + ": 「优秀历史建筑的所有人未按…及时修缮致使…的，区、县房屋行政管理部门应当责令其限期抢救修缮或者整修」 — the article's "
           "whole work is the response (and " + ARTSUBJ + "); the owner is the object of 责令, no unit; " + NODATE),
        A(X02, ["第三十六条"], [FW], [FW, GH], lead_alternatives=[[]],
          note="「建筑的修缮无法按照建筑技术规范进行的，应当由市房屋行政管理部门组织有关专家和相关管理部门协调确定相应的修缮方案」 — a "
               "step after a case is the article's own work (CONVENTIONS.md round 42), " + BY + " (组织＋work); " + PIVOT + " (有关专家 "
               "persons, 相关管理部门 the pivot's object); 「修缮技术规定由市房屋行政管理部门会同市规划管理部门提出」 — " + WITH + "; "
               + NODATE),
        A(X02, ["第四十一条"], [], [FW, QFW], lead_alternatives=[[FW, QFW]],
          note=CASE + ": 「…的，由市房屋行政管理部门或者区、县房屋行政管理部门责令其限期改正」 — two doers joined by 或者 (round 30: "
               "「由A或B…」 both doers); 「百分之二以上百分之二十以下的罚款」 is a penalty (round 32: not a target); lead [] (the two "
               "accepted as the lead); " + NODATE,
          not_targets=[(2, "%"), (20, "%")]),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose, 第二条 scope and a reference to the relics law, 第四条 "
            "principles, 第八、九条 definitions (第九条's （一）–（五） the criteria: text), 第十三条 (「可以参照…采取先予保护的措施」: an "
            "option), 第四十六条 (a party's right of appeal), 第四十七条 (参照: general provision, round 34), 第四十八条 entry into "
            "force. Tasks: 第三、五、六、七条 4 (第六条: 「专项资金由市和区、县人民政府分别设立专门账户」 由A＋verb; 第七条: the standing "
            "expert committee and its duties, CONVENTIONS.md Round 45: a standing expert committee in its duties article is a "
            "unit); 第十、十一、十二条 3; 第十四条 1; 第十五条 1 (its （一）–（五） list what the plan contains: text); 第十六条 4 and "
            "第十七条 3 (numbered 「不得…／应当…」 rules: items, " + ITEMS + "); 第十八–二十四条 7; 第二十五条 1 (its （一）–（四） are the "
            "four classes of protection: text); 第二十六–三十九条 14; 第四十–四十五条 6 (penalties 「由A…」 and 第四十五条 「由所在单位"
            "或者上级主管机关依法给予行政处分」, its （一）–（四） cases: text) → **44**",
            "accepted: 39 (第十六、十七条 folded), 38, 40, 41, 42, 43, 45 (第六、七、十三、四十五条 counted either way, folded or not), "
            "48 (every article, folded)",
            "units not sampled: 第五条 (「市和区、县人民政府…负有保护责任，应当提供…」: one name as printed, round 35; owners and users "
            "「应当…承担保护责任」), 第十二、二十一条 (「确因…需要…的，应当由A和B提出／协商制定」: case steps, round 42), 第二十七条 "
            "(「市房屋行政管理部门应当组织区、县房屋行政管理部门定期…普查」 — the pivot's object no unit — and 「优秀历史建筑的所有人和使用人"
            "应当配合对建筑的普查」: owners as 配合 partners?), 第三十二、三十三、三十五、三十八条 (owners, tenants, lessors: regulated "
            "parties by kind, round 34, beside 「由所在区、县人民政府裁决」)",
            "duties: none — owners' sendings 「将修缮的设计、施工方案事先报送市房屋行政管理部门」「及时报送市城市建设档案馆」「向区、县房屋"
            "行政管理部门报告」 are a regulated party's filings (round 32 / round 41); the bodies' 「报市人民政府批准」 are steps of approval "
            "(RULING? 2)",
            "figures: 三十年以上 (第九条: a class a definition names, round 34), 百分之二以上百分之二十以下, 一到三倍, 三到五倍, "
            "百分之三以上百分之三十以下 (penalties, round 32), 三个月 (「提前三个月书面告知」: a limit with no comparison word, round 33) — "
            "none is a target; 2002年7月25日, 2010年9月17日, 2011年12月22日, 2003年1月1日 date no task"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x207_03_jiading-wenwuju-2024-buke-yidong-wenwu-baohu-zanxing-guiding.txt"
N03 = "上海市嘉定区文物局关于延长《嘉定区不可移动文物保护暂行规定》有效期的通知"
WWJ = "区文物局"
JD9 = ["区政府办公室", "区发展和改革委员会", "区建设管理委员会", "区农业农村委员会", "区科学技术委员会", "区卫生健康委员会",
       "区国有资产监督管理委员会", "公安嘉定分局", "区教育局", "区财政局", "区民政局", "区规划和自然资源局", "区生态环境局",
       "区绿化和市容管理局", "区水务局", "区司法局", "区应急管理局", "区市场监督管理局", "区住房保障和房屋管理局", "区审计局",
       "区宗教民族事务办公室", "区档案局"]

plan(X03,
     title="嘉定区不可移动文物保护暂行规定（" + N03 + "）",
     title_note="the notice title (line 1) or the rules' own title after the signature: either",
     doc_no="嘉文物〔2024〕30号 (from the stored front matter; the text prints no number)",
     issuer="上海市嘉定区文物局 (signature; the front matter names 上海市嘉定区文化和旅游局)",
     date="2024-10-31",
     date_note="the notice is dated 2024年10月31日 and extends the rules' validity to 2026年11月1日; the rules (第四十三条) are "
               "in force from 2024年11月1日 for two years",
     level="district bureau (Shanghai Jiading's relics bureau): a notice extending the district's interim rules on immovable "
           "relics, the rules printed whole after it — duties by chapter, daily protection, works, funds, publicity",
     source=(f"{SHANGHAI_REPO} @ {JD_COMMIT} (the file is not stored at 49f4bb7…), docs/城市更新与历史保护/{N03}.md (official "
             f"page https://www.shanghai.gov.cn/zhengce/detail/0080::5_181851) — {STORED_WHOLE} (6023)"),
     style="a one-paragraph cover notice (addressees, 「经评估…有效期延长至2026年11月1日」, 特此通知, signature, date) then the rules: "
           "nine chapters 「第一章   总则」 (three ASCII spaces, then two), 43 articles run in 「第一条  text」 (two ASCII spaces; "
           "第二十二条 one), blank lines between paragraphs; 「第二章   职责分工」 a heading that gives out work; （一）… in 第十五条 "
           "(points a patrol checks: 「是否…」), 第二十四条 (definitions of works) and 第四十二条 (cases for awards); a closing "
           "site line 「文字解读：…」",
     leaf_tasks=28, count_alternatives=[26, 27, 29, 30, 31, 32, 41, 43],
     leaf_tasks_by_section={"第二章 第八–十一条": 4, "第三章 第十三–十六、十八–二十三条": 10, "第四章 第二十四–二十七、二十九–"
                            "三十三、三十五条": 10, "第五章 第三十六条": 1, "第六章 第三十七、三十八条": 2, "第八章 第四十二条": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X03, ["第九条"], [], JD9,
          note=HEAD + ": 「区政府办公室、区发展和改革委员会、…、区档案局等部门，按照各自职责共同做好文物保护工作」 — 22 names with "
               "separate heads before the tail 等部门 (" + FIELDS + "); 「区发展和改革委员会」「区规划和自然资源局」「区绿化和市容管理局」"
               "「区住房保障和房屋管理局」 are single names (round 35: 和 joins two names only where each side is a whole name); no "
               "牵头: lead []; " + NODATE),
        A1(X03, ["第十一条"], WWJ,
           HEAD + ": 「区文物局将本区不可移动文物的保护要求书面告知…所有权人、使用人、管理单位」 — the receivers of the notice are no "
           "units (rule 3); " + NODATE),
        A1(X03, ["第十五条"], "各街镇",
           ARTSUBJ + ": 「各街镇对辖区内的各级文物保护单位每月巡查至少1次，对嘉定区文物保护点每月巡查至少2次，并做好巡查记录，及时上报"
           "巡查信息」 (各街镇 the short name 第八条 gives, read as printed, round 38); targets: 「至少1次」「至少2次」 — a frequency "
           "with a floor is a target (CONVENTIONS.md round 35; 至少 in round 30's list); the （一）–（五） 「是否…」 points a patrol "
           "checks are a list that gives no work (round 35: text); 每月 a rhythm of patrols, no deadline (round 34); " + NODATE,
           targets=[(1, "次"), (2, "次")]),
        A1(X03, ["第十八条"], "区文化执法部门",
           ARTSUBJ + ": 「区文化执法部门对全区不可移动文物及时进行巡查，对…行为进行相应处罚」 (a chapter with no work heading: the "
           "article rule decides, not rule 2's closed list); " + NODATE),
        A(X03, ["第十九条"], [], [],
          note=ARTICLE + " (「使用不可移动文物，必须遵守…不得…」「对危害…的建筑物、构筑物，应当及时调查处理」: instructions with no "
               "body); " + NONE + "; " + NODATE),
        A(X03, ["第二十五条"], [], ["各街镇", WWJ], dl="每年6月底前", dln=None,
          note=ARTSUBJ + ": 「各街镇应在每年6月底前，编制…下一年度不可移动文物保护工程目录，并安排相应经费」; 「区文物局组织相关部门和专家"
               "进行论证」 — " + ORG + " (" + PIVOT + "); lead []; 「每年6月底前」 recurs every year: a rhythm, no deadline "
               "(CONVENTIONS.md round 34: recurring dates are no deadline); compiling a list is no sending (no duty)"),
        A(X03, ["第三十五条"], ["区文物部门"], ["区文物部门", "地方政府"], lead_alternatives=[[]],
          note=WITH + ": 「由区文物部门会同相关领域专家提前进行考古调查、勘探」 — the partner is persons (专家), no unit (round 30: "
               "a person is never a unit), so responsible 区文物部门 alone from this clause, lead 区文物部门 by the 会同 form — "
               "RULING? 3; 「经调查、勘探，如产生存在文物埋藏…的地域，地方政府应提前划定范围，采取…措施」 — the step after the survey's "
               "finding is the article's own work (CONVENTIONS.md round 42; Round 45 decided: the subjects in an item's own response "
               "to a case are doers), and " + ARTSUBJ + "; 地方政府 a kind of body; " + NODATE),
        A(X03, ["第三十八条"], [], [WWJ, "各街镇"],
          note="「区文物局定期组织本区从业人员开展业务培训」 and 「各街镇定期组织…所有权人、使用人和相关管理单位，开展培训教育」 — " + ORG
               + "; " + PIVOT + " (the persons and units trained are no units); 定期 a rhythm; lead []; " + NODATE),
     ],
     plan_targets=[{"number": 30, "unit": "%", "note": "第三十六条: 「保障嘉定区文物保护单位、嘉定区文物保护点30％的保护工程经费」 "
                    "(district and town finances each 30 %): a policy's own rate (CONVENTIONS.md round 25 / round 35); the "
                    "article's payers are no units (round 35: 保障 with 经费 names a payer)"}],
     phases=[],
     duties=[{"what": "各街镇及时上报巡查信息", "when": "及时", "when_norm": None,
              "note": "第十五条: a plan unit's sending (CONVENTIONS.md round 35 / round 40), undated"},
             {"what": "各街镇发现较为严重的结构或消防安全隐患，及破坏、拆毁等现象，应第一时间上报区文物局", "when": "第一时间", "when_norm": None,
              "note": "第十五条: a sending the rules ask of the bodies they task when a case arises (Round 44 rulings): an "
                      "undated duty"},
             {"what": "各街镇及时上报日常管理中所发现的各类问题和隐患", "when": "及时", "when_norm": None,
              "note": "第十六条: a plan unit's sending, undated"}],
     notes=["counting: the cover notice (one sentence extending the rules' validity) is no task; the rules are the plan "
            "(CONVENTIONS.md round 30: two documents under one cover). " + ARTICLE + ": not tasks — 第一条 purpose, 第二条 "
            "definition, 第三、四条 principles, 第五、六条 (subjectless policy statements: 「切实树立…理念。将…纳入…」, 「加强本区革命文物"
            "的保护和利用」), 第七条 (everyone's duty), 第十二条 (「依据…原则，进一步构建并优化…工作模式」, a principle), 第十七条 (「可以建立"
            "保护组织」: an option), 第二十八条 (「依照《…》实施」: reference, round 34), 第三十四条 (a prohibition to the public, round "
            "36), 第三十九、四十条 (鼓励), 第四十一条 (reference to other law), 第四十三条 entry into force and validity. Tasks: 第八–"
            "十一条 4; 第十三–十六条 4; 第十八–二十三条 6; 第二十四–二十七条 4; 第二十九–三十三条 5; 第三十五、三十六条 2; 第三十七、"
            "三十八条 2; 第四十二条 1 (「区政府、街镇及其文物行政部门给予表彰、奖励」, its （一）–（七） cases: text) → **28**",
            "accepted: 26, 27 (第二十条's or 第二十九条's bare 「不得／须符合」 rules, or 第四十二条, left out), 29–32 (one to four of "
            "第五、六、十二、十七条 counted), 41 (every article but 第一、二条), 43 (every article)",
            "units not sampled: 第八条 (the 职责分工 chapter's designations: 区文物局 「为…管理部门，依法开展…」, 「各街镇、嘉定工业区、"
            "菊园新区（以下简称街镇）为责任部门，负责…」, 「不可移动文物所有权人、使用人和管理单位…负有直接保护责任」), 第十条 (「区政府每年与"
            "各街镇签订…责任书」 under the 职责分工 heading — 各街镇 a co-signatory?; 「由区文物局将…通报…所在街镇」), 第二十六、二十七条 "
            "(applicants; 「由使用人负责修缮」, 「区文物局作为推进主体」 in a case), 第三十六条 (payers), 第三十七条 (「文物、教育、新闻出版、"
            "文化和旅游等行政管理部门，学校、社区，以及广播电台、电视台、报刊、网站等媒体应当加强…宣传教育」)",
            "dates and figures: 2026年11月1日 (「有效期延长至」: an extended validity, no deadline — CONVENTIONS.md Round 45), "
            "2024年11月1日 and 有效期二年 (entry into force, validity), 每季度全面覆盖一次 / 每月 (rhythms of patrols, no sendings), "
            "每年6月底前 (a yearly date, no deadline), 嘉发改﹝2021﹞17号 (a document number with small brackets ﹝﹞)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x207_04_shi-renda-2021-chengshi-gengxin-tiaoli.txt"
GHZY = "市规划资源部门"
N11 = "市发展改革、住房城乡建设管理、房屋管理、经济信息化、商务、交通、生态环境、绿化市容、水务、文化旅游、应急管理、民防、财政、科技、民政等部门"

plan(X04,
     title="上海市城市更新条例",
     doc_no="none printed (a local regulation, adopted 2021-08-25)",
     issuer="上海市人民代表大会常务委员会",
     date="2021-08-25",
     date_note="adopted 2021年8月25日; in force 2021年9月1日 (第六十四条)",
     level="city regulation (地方性法规) of the Shanghai People's Congress Standing Committee: urban renewal — duties of the "
           "governments and departments, guidelines and action plans, implementation by coordinating bodies and builders, "
           "safeguards, oversight, Pudong's special rules",
     source=flk_source("上海市城市更新条例.md", "https://flk.npc.gov.cn/detail?id=ff8081817d283474017d462f72586932", 9031),
     style="a regulation in eight chapters 「第一章  总则」 (two ASCII spaces) and 64 articles run in 「第一条  text」 (two ASCII "
           "spaces; paragraphs of an article on the following lines without blank lines); the adoption note in brackets over "
           "two lines, a 目录 with 「目    录」; （一）… in 第二条 (kinds of renewal), 第十二条 (principles) and 第二十八条 (nine "
           "general requirements); work given as 「A负责…」, 「A应当会同B…」, 「由A统筹开展／负责」, 「A应当组织…」, designations 「A是…"
           "主体」, options 「可以…」 and statements 「本市建立／探索…」「鼓励／支持…」 throughout; one threshold (95 %)",
     leaf_tasks=58, count_alternatives=[45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 59, 60, 64],
     leaf_tasks_by_section={"第一章 第四–十条": 8, "第二章 第十一、十三–十八条": 7, "第三章 第十九–二十七条 9, 第二十八条 9 "
                            "items, 第二十九–三十四条 6": 24, "第四章 第三十五、三十六、三十九、四十一、四十二、四十四、四十六、四十八、"
                            "四十九条": 9,
                            "第五章 第五十–五十四条": 5, "第六章 第五十五、五十七–六十条": 5, "第七章 第六十二条": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A1(X04, ["第四条"], "市人民政府",
           ARTSUBJ + ": 「市人民政府应当加强对…的领导。市人民政府建立…协调推进机制，统筹、协调…」; 「办公室设在市住房城乡建设管理部门，"
           "具体负责日常工作」 — CONVENTIONS.md Round 45: an office an article sets up names no unit, and where it sits is no "
           "doer; " + NODATE),
        A(X04, ["第六条"], [], ["区人民政府", "街道办事处", "镇人民政府"],
          note="「区人民政府（含作为市人民政府派出机构的特定地区管理委员会，下同）是推进本辖区城市更新工作的主体，负责组织、协调和管理…」 "
               "— a designation and 负责 (units rule 2, round 32); the bracket opening with 含 that widens the kind is dropped "
               "(CONVENTIONS.md Round 43, turned); 「街道办事处、镇人民政府按照职责做好…」 — " + ARTSUBJ + "; lead []; " + NODATE),
        A(X04, ["第十一条"], [GHZY], [GHZY, N11], lead_alternatives=[[]],
          note=WITH + ": 「市规划资源部门应当会同市发展改革、住房城乡建设管理、…、民政等部门，编制本市城市更新指引」 — the partner "
               "is fields before one head (" + FIELDS + "), one name as printed; 「报市人民政府审定后向社会发布，并定期更新」 — "
               + APPROVE + "; 「应当听取专家委员会和社会公众的意见」 (consulted, rule 3); 定期 a rhythm of updating; " + NODATE),
        A1(X04, ["第十九条"], "更新统筹主体",
           "「更新区域内的城市更新活动，由更新统筹主体统筹开展」 — " + BY + " (a regulated party named by a kind, round 34); 「由更新"
           "区域内物业权利人实施的，应当在…统筹组织下进行」 a case, 「可以由物业权利人实施」「可以采取…合作方式」 options (round 34 / "
           "round 40): no units; " + NODATE),
        A(X04, ["第二十八条", "（三）"], [], [],
          note=ITEMS + " — 「开展城市更新活动，应当遵守以下一般要求：（一）…（九）」: items of work (推进, 完善, 加强 …), each a leaf "
               "(the count reading them as one task accepted); 「按照海绵城市建设要求，综合采取措施，提高城市排水、防涝…能力」 names no "
               "body: " + NONE + "; " + NODATE),
        A(X04, ["第四十二条"], ["市住房城乡建设管理部门"], ["市住房城乡建设管理部门", "相关部门"], lead_alternatives=[[]],
          note=WITH + ": 「市住房城乡建设管理部门会同相关部门，建立全市统一的市政基础设施维护及资金保障机制，推进…」 (no 应当: the "
               "article states who does it); 相关部门 a kind (round 33); " + NODATE),
        A(X04, ["第四十九条"], [], ["国有企业土地权利人", "国有企业", "国有资产监督管理机构"],
          note="「国有企业土地权利人应当带头承担…开发任务，实施自主更新」 — 承担＋work designates (CONVENTIONS.md round 41) and 实施 is "
               "rule 2's; 「国有企业应当积极向市场释放存量土地」 and 「国有资产监督管理机构应当建立健全…考核机制」 — " + ARTSUBJ + "; "
               "regulated parties by kind are doers (round 34); lead []; " + NODATE),
        A1(X04, ["第五十七条"], "浦东新区人民政府",
           ARTSUBJ + ": 「浦东新区人民政府编制更新行动计划时，应当优化…分层空间设计，明确…要求，探索…」 (the 时 clause keeps the "
           "subject); " + NODATE),
     ],
     plan_targets=[{"number": 95, "unit": "%", "note": "第三十二条: 「签约比例达到百分之九十五以上的，协议方可生效」 (twice) — a "
                    "threshold with 达到…以上 that triggers a step is a target (CONVENTIONS.md round 30)"}],
     phases=[], duties=[],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose, 第二条 scope and definition (its （一）–（五） kinds: text), "
            "第三条 principles, 第十二条 (principles of compiling, （一）–（七）: round 33), 第三十七、"
            "三十八条 (鼓励, 支持, a right to tax relief), 第四十条 and 第四十三、四十五、四十七条 (「可以…」 options, 鼓励, and "
            "第四十三条's reference to the expropriation rules), 第五十六条 (「可以指定」), 第六十一、"
            "六十三条 (reference to other law), 第六十四条 entry into force. Tasks: 第四–八条 5 (第七、八条: the standing renewal "
            "centre and expert committee with their duties, Round 45); 第九、十、十一条 3; 第十三–十八条 6 (第十三、十七条: 「应当明确…」 "
            "contents a plan must hold, one task each); 第十九–二十七条 9; 第二十八条 9 items (" + ITEMS + "; （九） 「国家和本市规定的"
            "其他要求」 printed as an item); 第二十九–三十六条 8; 第三十九条 1; 第四十一、四十二、四十四、四十六条 4; 第四十八–五十四条 7; "
            "第五十五、五十七–六十条 5; 第六十二条 1 (「由其上级机关或者监察机关…给予处分」) → **58** (第九、四十四、四十六、五十九条: "
            "Round 103)",
            "accepted: 54 (第九、四十四、四十六、五十九条 text, the reading before Round 103), 50 (第二十八条 one task), 46, 45, 47, 51, "
            "52, 53, 55, 56, 57, 59, 60 (第十二、四十一、四十八、六十二条 counted either way, with or without the four, "
            "第二十八条 folded or not), 64 (every article, folded)",
            "aligned round 70 to CONVENTIONS.md \"Round 103 rulings\" (turned; 54 → 58): 第九条 "
            "「本市建立健全城市更新公众参与机制，依法保障…」, 第四十四条 「本市探索建立社区规划师制度，发挥…作用」,"
            " 第四十六条 「本市加强对归集…承租权的管理」 (its 可以 options beside it) and 第五十九条 "
            "「浦东新区探索将…房屋，纳入旧区改造范围」 (the district a place, as 本市 is) — a place with an act "
            "the rules' own bodies carry out is a task naming none (Round 55's x248_02 第六条; round 65's x274_01; "
            "Round 93's x345_04 第十四条 「本市探索利用…」; Round 95's x352_01 第十九条), as 第十条 "
            "「本市依托…建立…信息系统」 is read here already; 第四十五条 (鼓励) and 第四十七条 (可以) stay text; "
            "no sample moves (units none)",
            "units not sampled: 第五条 (a 职责 article: 规划资源部门, 住房城乡建设管理部门, 经济信息化部门, 商务部门 and 「发展改革、…、民政"
            "等其他有关部门…协同开展」), 第十四、十六条 (「市人民政府指定的部门或者机构」: the 的-rule), 第二十条 (「市、区人民政府应当…组织"
            "遴选」 and 「遴选机制由市人民政府另行制定」, round 41), 第二十四条 (the coordinating body's submission, 「区人民政府或者市规划"
            "资源部门…予以认定」), 第三十一、三十二条 (expropriation: 「由作出…决定的区人民政府依法申请人民法院强制执行」, 「经房屋管理部门"
            "组织评估」), 第五十四条 (「市、区人民代表大会常务委员会…加强…监督」, 「督促有关方面落实」), 第五十五、五十八、六十条 (「浦东新区"
            "应当…」: a district named as a place?)",
            "duties: none — 「报市人民政府审定」 (第十一、十八条) and 「报所在区人民政府或者市规划资源部门」 (第二十四条, the coordinating "
            "body's plan) are steps of approval (RULING? 2); 定期更新 a rhythm of updating the guideline, no sending",
            "dates and figures: 2021年8月25日, 2021年9月1日 date no task; 十五分钟社区生活圈 a name; 百分之九十五以上 the only target "
            "(plan target above)"])

write_collected(DIR)
