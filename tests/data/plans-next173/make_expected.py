# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next173/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 41 (built by helper c173): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``locate`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at
d25816ca (round 29's ruling on units written in sentences with the round-30 clarifications, round 30's rulings on
thresholds and general provisions, round 31's exceptions, the round-32 to round-40 rulings and the round-41 rulings,
early and continued). Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next173/make_expected.py tests/data/plans-next173
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
FOLDER = "规划与土地"

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37 / round 38: rule 2's forms are a closed list — the plain subject of another "
          "verb (进行, 加强, 健全, 建立, 完善, 做好, 反馈, 征询, 纳入, 办理, 出具 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
MEET = "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (CONVENTIONS.md rule 2)"
NOUNIT = ("an item that gives work but names no unit, in a plan with units elsewhere: a task (CONVENTIONS.md round 38 / "
          "round 39 / round 40; a count without such items accepted)")
RHYTHM = ("a recurring date is no deadline (CONVENTIONS.md round 34: 「每年年底前」「每季度末」 are a rhythm); the sending is a "
          "duty below")


def art_sample(file):
    """Samples of one file located by their article label (``article_in``)."""
    def A(path, lead=(), resp=(), targets=(), **kw):
        return S(path, lead, resp, targets, **kw, **art(file, path))
    return A


# ---------------------------------------------------------------------------------------------------------
X01 = "x173_01_songjiang-2024-jiti-jingyingxing-jianshe-yongdi-rushi-minzhu-guanli-shishi-yijian.txt"
PLAN01 = "上海市松江区关于农村集体经营性建设用地入市民主管理的实施意见"
NOTICE01 = f"关于印发《{PLAN01}》的通知"
NJ = "农村集体经济组织"

plan(X01,
     title=f"{PLAN01}（{NOTICE01}）",
     title_note="the 意见's own title (lines 11 and 13, split over two lines) or the notice title (line 1): either",
     doc_no="松农规〔2024〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市松江区农业农村委员会",
     date="2024-01-02 (the cover's date; the index gives 2024-04-08)",
     level="district commission (Shanghai Songjiang's agriculture and rural affairs commission), to 各镇人民政府、街道办事处，"
           "区政府有关部门: an 实施意见 on democratic management of rural collective construction land put on the market",
     source=shanghai_source(FOLDER, "关于印发《上海市松江区关于农村集体经营性建设用地入市民主管理的实施意见》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=13c2b1c5-26c9-4169-964b-18682b821413&siteId=0082",
                            2661),
     style="a cover (addressees, one sentence, issuer line, 2024年1月2日), the 意见's title over two lines, a preamble; "
           "一、目标要求 one paragraph; 二、主要内容 （一）（二） heading lines over run-in items 「1.明确民主管理决策机构。…」 1.–4. "
           "each (ASCII period); 三、保障措施 （一）–（三） run-in items; 四、其他 entry into force, validity and the interpreting "
           "body; blank lines between all paragraphs",
     leaf_tasks=11, count_alternatives=[9, 3],
     leaf_tasks_by_section={"二、主要内容 （一）1.–4.": 4, "二、主要内容 （二）1.–4.": 4, "三、保障措施 （一）–（三）": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、目标要求", "四、其他"],
     samples=[
        S(["二", "（一）", "1"], [], ["村集体经济组织", "街镇集体经济组织", NJ],
          note="「根据《中华人民共和国土地管理法》规定，农民集体所有的土地依法属于村农民集体所有的，由村集体经济组织经营、管理；已经属于"
               "街镇农民集体所有的，由街镇集体经济组织经营、管理」 — a restated rule counts (CONVENTIONS.md round 34: 「根据《…》要求，"
               "…分别由A、B负责落实」) and the item's work split by its objects gives every agent (round 40: 「涉及X的，由A…；涉及Y的，"
               "由B…」, not a case): 由A＋a verb of doing (round 34) → 村集体经济组织, 街镇集体经济组织; 「由农村集体经济组织负责农村集体"
               "经营性建设用地入市工作」 (由A负责, rule 2) → 农村集体经济组织 (the bracket 「（街镇经济联合社和村经济合作社）」 stands "
               "after the name in another clause, 「充分发挥…的作用」, no doer); 「防止其他组织未经授权…实施入市」 names what is to be "
               "prevented, not the item's doer; no 牵头: lead []; " + NODATE),
        S(["二", "（一）", "2"], [], [],
          note="「街镇经济联合社、村经济合作社对农村集体经营性建设用地入市等相关事项进行统一决策，包括：一是…四是…」 — 「A对…进行…」 "
               "without 由 names no doer (CONVENTIONS.md round 37: 进行 is not 实施; " + CLOSED + "): " + NONE + "; the 一是…四是 "
               "run inside a numbered item's paragraph is that item's text (round 37), not items; a task (round 27: items of the "
               "main-content section are tasks); " + NODATE),
        S(["二", "（一）", "4"], [], [NJ], lead_alternatives=[[NJ]],
          note="「农村集体经济组织应按照…有关规定落实公示制度和财务公开」: the subject of 落实 (CONVENTIONS.md rule 2; a regulated "
               "party named by a kind is a doer with a rule-2 form, round 34) — " + SUBJ + "; 「村民可通过提出意见和建议反映意愿」 an "
               "option (round 34 「可…」) and villagers, no unit; 「及时向集体经济组织全体成员公示」 a publication, not a report; "
               + NODATE),
        S(["二", "（二）", "1"], [], [],
          note="「区农村经济经营管理指导站根据相关规定对入市前入市方案…等事项反馈备案意见，加强对街镇民主管理的决策内容和程序的指导」 — "
               "反馈 and 加强 are no rule-2 verbs (" + CLOSED + "); the heading 「强化区级层面监管」 names no duty word and gives "
               "out no work (round 38: 「加强安全责任体系」 gives nothing); 「规范…备案管理」「加强区级层面的监督管理」 no subject: "
               + NONE + "; " + NODATE),
        S(["三", "（一）"], [], [],
          note="「各街镇要高度重视…，建立由主要领导牵头、分管领导具体抓落实的工作机制。区农业农村委、规划资源局和财政局等部门要充分做好"
               "指导工作，研究制定相关政策」 — 建立, 做好, 研究制定 are no rule-2 verbs (" + CLOSED + "); 主要领导 / 分管领导 are "
               "persons in a mechanism the item sets up (round 30: a person is never a unit; round 35: set-up bodies); the heading "
               "「加强组织领导」 gives out nothing: " + NONE + "; a 保障措施 item that gives work with no unit — " + NOUNIT + "; "
               + NODATE),
        S(["三", "（三）"], [], ["各街镇农经部门", "村镇办", "规划资源所", NJ],
          note="heading 「落实共同责任」 — a heading whose object is a duty word (CONVENTIONS.md round 37: 「落实部门监管职责」「压实…"
               "责任」) gives out work: every body the text gives work is a unit. 「各街镇农经部门、村镇办、规划资源所等相关部门要严格落实"
               "工作职责」 — also the subject of 落实 (rule 2); names with separate heads, the tail 等相关部门 dropped (round 35), the "
               "shared modifier 各街镇 stays with the first name (round 40); 「指导农村集体经济组织建立规范的土地民主管理制度」 — under a "
               "work heading 「A指导B开展…」 gives A and B (round 35) → 农村集体经济组织; no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover and the preamble no task; 一、目标要求 a childless goal paragraph (a section: plans-dev "
            "EXPECTED.md lines 21–25; round 34's early ruling keeps a childless 目标／总体要求 point in a plan of numbered items a "
            "section); 二、主要内容 （一）1.–4. → 4, （二）1.–4. → 4 (the main-content items are tasks, round 27, unit or not); "
            "三、保障措施 （一）–（三） → 3 (（三） names units; （一）（二） give work with no unit, " + NOUNIT + "); 四、其他 is entry into "
            "force 「自2024年2月1日起施行，有效期至2029年1月31日」, the interpreting body 「由松江区农业农村委员会负责解释」 and a "
            "precedence rule — general provisions (round 30; rule 3: 「本办法由A负责解释」 no unit); **11**. Accepted: 9 (三、（一）"
            "（二） out: round 27, 保障措施 items that name no unit in a plan with units), 3 (without every item that names no unit, "
            "round 40: only 二/（一）/1, 二/（一）/4 and 三/（三） name units)",
            "units: not sampled — 二/（一）/3 (「会议由理事长召集并主持」 a person, round 30; 「经镇人民政府或街道办事处审核」 an approving "
            "body, rule 3 「经A同意」; 「监事会要积极参与…监督，…做好…全程监督，及时将问题向上级集体资产监督管理部门反映」 参与／做好／反映 "
            "no rule-2 verbs: none), 二/（二）/2 (「各街镇要补充完善…《章程》内容」 补充完善 no rule-2 verb: none), 二/（二）/3 (no "
            "subject: none), 二/（二）/4 (「区相关部门加强…指导，强化责任落实，建立工作考核机制，不定期开展相关专题检查」 加强／建立／开展 "
            "without 组织; 落实 a noun, round 33: none), 三/（二） (「各街镇要强化宣传动员…」: none)",
            "dates: none — 2024年1月2日 the cover (the index: 2024-04-08); 2024年2月1日 / 2029年1月31日 entry into force and "
            "validity (general provisions, no item's deadline); 「不定期」「年度评分考核」 no date",
            "targets: none sampled; 二/（一）/3 「经出席人数五分之四以上成员代表的同意」 is a threshold with 以上 (a target by round 30's "
            "line), left unsampled because a fraction has no notation the answers have ruled (RULING? 4 in the README); 「三会」"
            "「三资」 names; no phases; no duties (「反馈备案意见」 answers the collectives' filings; 「向…部门反映」 is the 监事会's, a "
            "collective's board, not a plan unit's sending; 「公示」 a publication)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x173_02_huangpu-2023-haimian-chengshi-guihua-jianshe-guanli-shishi-yijian.txt"
PLAN02 = "黄浦区海绵城市规划建设管理实施意见"
NOTICE02 = f"关于印发《{PLAN02}》的通知"
A2 = art_sample(X02)
JGW = "区建管委（交通委、水务局）"

plan(X02,
     title=f"{PLAN02}（{NOTICE02}）",
     title_note="the 意见's own title (line 13, after 「附件：」) or the notice title (line 1): either",
     doc_no="黄建管规〔2023〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市黄浦区建设和管理委员会 (from the index; the cover prints no issuer line)",
     date="2023-12-29",
     level="district commission (Shanghai Huangpu's construction and management commission), to 各有关单位: an 实施意见 "
           "written as articles on sponge-city planning, construction and management",
     source=shanghai_source(FOLDER, "关于印发《黄浦区海绵城市规划建设管理实施意见》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=76342be6-4488-463a-9002-e8de0aaeb57a&siteId=0071",
                            2942),
     style="a cover (「各有关单位：」, one sentence, 「特此通知。」, the date, no issuer line), 「附件：」 alone on its line, then "
           "the 意见 in 第一条–第十六条, each label with its heading on one line separated by a space 「第四条 部门职责」 over "
           "paragraphs; 第四条 seven paragraphs each opening with a body 「A负责…」 (the last 「各建设（养护）主体应落实主体责任」); "
           "the bodies of the later articles mostly kinds of party (建设单位, 项目设计单位, 施工图审查机构, 接管单位, 维护管理单位); "
           "blank lines between all paragraphs",
     leaf_tasks=11, count_alternatives=[12, 13, 3],
     leaf_tasks_by_section={"第四条–第十四条": 11},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A2(["第四条 部门职责"], [], ["区发展改革委", "区规划资源局", JGW, "区房管局", "区绿化市容局", "区财政局",
                                   "各建设（养护）主体"],
           note="a childless article of unit paragraphs under a heading that gives out work (CONVENTIONS.md round 32: a "
                "职责分工 section of unit paragraphs is one task, its units all the paragraphs' bodies in printed order; "
                "round 35 lists 部门职责): each 「A负责…」 (rule 2); 区财政局 「负责将…费用纳入各项目建设成本，对…费用提供保障」 — "
                "负责 with funds as its object is work, not a payer (round 37); 「各建设（养护）主体应落实主体责任」 the subject of "
                "落实 and a designation (round 39: 「A承担…主体责任」), the bracket stays with the name (round 34); RULING? 1: "
                "「区建管委（交通委、水务局）」 kept as printed — a bracket after a name stays with it (round 34); round 37 drops only "
                "a bracket listing the bodies a kind stands for. Not units: 「征询区建设管理、水务部门意见」 (consulted), 「上报市住建委"
                "备案」 (a receiver, rule 3; the filing a duty below), 「监管项目主体落实…」 (the object of 监管, no pivot word of "
                "round 37); no 牵头: lead []; " + NODATE),
        A2(["第八条 规划条件和土地出让"], [], ["建设管理和水务部门"], lead_alternatives=[["建设管理和水务部门"]],
           note="「由建设管理和水务部门对建设单位落实海绵城市、绿色调蓄设施的建设情况实施监管」: 由A＋a verb of doing (CONVENTIONS.md "
                "rule 2; round 34) — 「建设管理和水务部门」 one name as printed (round 35: 和 joins two names only where each side is a "
                "whole body name, 「属地绿化市容和房管部门」) — " + SUBJ + "; 「区规划资源局…应就…征询建设管理部门意见」「区规划资源局应在"
                "土地出让前征询…意见，将…指标纳入土地出让合同」 征询／纳入 no rule-2 verbs (" + CLOSED + "); 建设单位 a party "
                "supervised (round 41: no unit); " + NODATE),
        A2(["第十条 施工图审查"], [], [],
           note="「施工图审查机构应严格按照…标准要求出具审查意见」 — 出具 without 由 is no rule-2 verb (CONVENTIONS.md round 38 reads "
                "only 「由A…出具同意意见」 as a doer; " + CLOSED + "); 「确需变更设计的，变更内容不得低于原设计目标」 a case with no "
                "figure; 「对于审图不合格的，不予颁发审图合格证」 no subject: " + NONE + "; " + NOUNIT + "; " + NODATE),
        A2(["第十二条 竣工验收"], [], [],
           note="「建设单位应在工程竣工验收报告中明确…」 明确 (no rule-2 verb); 「主管部门按照由设计、施工、监理各方确认的竣工图进行"
                "专项验收」 — 「A…进行…」 without 由 names no doer (CONVENTIONS.md round 37: 进行 is not 实施), and 设计、施工、监理各方 sit "
                "inside a noun's description (round 30: 「经A认定的企业」); 「应要求项目建设单位…限期整改」 no subject: " + NONE + "; "
                + NOUNIT + "; 「限期整改」 no date: " + NODATE),
        A2(["第十三条 移交接管"], [], ["项目相应接管单位", "相应小区和商务办公楼产权主体"],
           note="「…海绵设施原则上由项目相应接管单位一并接管。住宅小区、商务办公楼等海绵设施原则上由相应小区和商务办公楼产权主体接管」 — "
                "由A＋a verb of doing twice, the item's work split by its objects (CONVENTIONS.md round 34 / round 40: both are "
                "doers); names as printed, 「小区和商务办公楼产权主体」 one name (round 35: 和 between parts that are no whole body "
                "names); 「产权主体可委托物业服务单位进行管理」 an option (round 34 / round 40: 可), 物业服务单位 no unit; no 牵头: lead []; "
                + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区建管委（交通委、水务局）负责组织编制海绵城市建设系统方案并上报市住建委备案", "when": None, "when_norm": None,
              "note": "第四条: a plan unit's filing of its plan with the city commission (plans-dev EXPECTED.md: duties to "
                      "report, submit, file), no date"}],
     notes=["counting: the cover no task; 第一条 (目的和依据), 第二条 (适用范围), 第十五条 (实施时间: 「自2024年1月28日起施行，有效期至"
            "2029年1月27日」) general provisions (CONVENTIONS.md round 30); 第三条 (遵循原则: a principle 「坚持…原则」 and 「各类建设"
            "工程应体现…理念」 with no doer) is an article with no work among articles of work — no task in a plan whose tasks name "
            "units (round 33; a count with it accepted); 第十六条 (其他: 「本实施意见所列…标准和图集应根据当前最新要求更新」) a "
            "provision on the text itself, read as general (round 30; a count with it accepted); 第四条–第十四条 → **11** (第四, "
            "第八, 第十三 name units; the other eight give work with no unit — " + NOUNIT + "). Accepted: 12 (第三条 or 第十六条 in), "
            "13 (both in), 3 (without the articles that name no unit, round 40)",
            "units: not sampled — 第五条, 第六条 (「应…编制／衔接…」 no subject: none), 第七条 (「建设项目…应贯彻…」「企业投资项目…应明确"
            "…」 things and projects as subjects: none), 第九条 (「建设单位应…明确…」「项目设计单位…应编制…」 明确／编制: none, "
            + CLOSED + "), 第十一条 (「建设单位应…施工」: none), 第十四条 (「海绵设施维护管理单位应…建立健全…，配备专人管理，…应定期对"
            "设施进行监测评估」 建立健全／配备／进行: none)",
            "dates: none — 2023年12月29日 the cover; 2024年1月28日 / 2029年1月27日 entry into force and validity; 「定期」 "
            "(第十四条) a rhythm of monitoring, no sending",
            "targets: none (the text writes no figure; 「年径流总量控制率」 names an index without a value; 「不得低于原设计目标」 no "
            "figure); document number 沪住建规范联〔2023〕11号 no target; no phases",
            "the same articles, nearly word for word, are Pudong's 浦府规〔2022〕6号 (a later candidate of the walk, passed over for "
            "that reason: README); Minhang's 实施细则 in plans-next143 (x143_04) shares 28.8 % of this text's 10-character runs "
            "— another district's own document after the same city 办法, not another year's issue of one document (round 36)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x173_03_qingpu-2023-nongcun-cunmin-jianfang-fengmao-guanli-shishi-yijian.txt"
PLAN03 = "关于进一步加强青浦区农村村民建房风貌管理的实施意见"
NOTICE03 = f"上海市青浦区规划和自然资源局关于印发《{PLAN03}》的通知"
A3 = art_sample(X03)
ZJ = "镇（街道）"
LXB = "区联席会议办公室"

plan(X03,
     title=f"{PLAN03}（{NOTICE03}）",
     title_note="the 意见's own title (line 10) or the notice title (line 1): either",
     doc_no="青规划资源〔2023〕115号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市青浦区规划和自然资源局 (with 青浦区农业农村委员会 and 青浦区建设和管理委员会, the three signatures)",
     date="2023-11-06",
     level="district bureaus (Shanghai Qingpu's planning and natural resources bureau with the agriculture commission and "
           "the construction commission), to 各镇人民政府、街道办事处: an 实施意见 written as chapters and articles on the "
           "look of villagers' houses",
     source=shanghai_source(FOLDER, "上海市青浦区规划和自然资源局关于印发《关于进一步加强青浦区农村村民建房风貌管理的实施意见》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00831379333&siteId=0083", 3483),
     style="NO blank lines: a cover (addressees, 「现将…印发给你们」, 「特此通知。」, 「附件：…」, three issuers two on one line "
           "separated by a run of spaces, 2023年11月6日), then the 意见 in chapters 「第一章  总则」 (two spaces) and articles "
           "「第五条（管理部门）」 alone on their lines; the chapters run 第一章–第四章, then 第六章, 第七章 (no 第五章, as stored); "
           "「以下简称」 brackets make 「区建设管理委」「镇（街道）」「区联席会议」 (the text also writes 区建管委); 「应应」 and 「的的」 "
           "doubled as stored",
     leaf_tasks=16, count_alternatives=[17, 15, 10],
     leaf_tasks_by_section={"第二章 工作机制 第六–第十一条": 6, "第三章 保障措施 第十二–第十五条": 4,
                            "第四章 区级监督与管理 第十六–第十八条": 3, "第一章 第五条, 第六章 第十九条, 第七章 第二十条": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A3(["第五条（管理部门）"], [], ["青浦区建设管理委员会", "镇人民政府", "街道办事处", "青浦区农业农村委员会",
                                     "青浦区规划和自然资源局", "青浦区农村村民建房会审联席会议"],
           note="heading 「管理部门」 gives out work (CONVENTIONS.md round 40: 「管理部门」「管理职责」), every body the text gives work a "
                "unit, in printed order: 「青浦区建设管理委员会（以下简称“区建设管理委”）是…主管部门，负责…」 (a designation, round 37, "
                "and 负责; the 以下简称 bracket dropped, round 35); 「镇人民政府及街道办事处（以下简称“镇（街道）”）受区建管委委托，落实…"
                "并进行现场指导和监督检查」 (落实, rule 2; 「A及B」 two names, round 34); 「青浦区农业农村委员会、青浦区规划和自然资源局等"
                "其他部门…按照各自职责做好相关工作」 (any verb of doing under a work heading, round 34; the tail 等其他部门 dropped, "
                "round 35); 「青浦区农村村民建房会审联席会议（以下简称“区联席会议”），下设办公室于区规划资源局，负责审议…」 (负责); "
                "区规划资源局 only houses the office (no work given). RULING? 2: 区建管委 in 「受区建管委委托」 read as the basis of "
                "the towns' authority, a circumstance like 「在A的指导下」 (round 36), not a doer as in 「由A委托B」 (round 33); "
                "no 牵头: lead []; " + NODATE),
        A3(["第六条（施工图纸）"], [], [ZJ], lead_alternatives=[[ZJ]],
           note="「镇（街道）应在区建设管理委的指导下，…委托具备资质的设计单位编制农房设计推荐图集…，报区联席会议（办公室）审议」 — 「A委托"
                "B＋verb」 without 由 reads as 「由A委托B」 (CONVENTIONS.md round 35 / round 33): A a doer, the designers (the pivot's "
                "object) no unit; 「在A的指导下」 a circumstance (round 36), 区联席会议 only reviews (rule 3); 「由镇（街道）报区联席会议"
                "（办公室）审议」 由A＋a verb (round 34), the same body; 「建房村民也可以自行委托…」 an option and a regulated party; the "
                "name as the text's 以下简称 prints it (round 38) — " + SUBJ + "; the sending for review is a duty below; " + NODATE),
        A3(["第九条（施工铭牌制度）"], [], [ZJ, "施工队伍"],
           note="「镇（街道）要落实村民建房施工铭牌公示制度」 (the subject of 落实, CONVENTIONS.md rule 2) and 「施工队伍负责制作施工"
                "铭牌」 (A负责; a regulated party named by a kind is a doer with a rule-2 form, round 34): several clauses, all their "
                "bodies in printed order; 「施工铭牌应如实公示…」 a thing as subject; 负责人 a person (round 30); no 牵头: lead []; "
                + NODATE),
        A3(["第十一条（档案管理）"], [], ["镇（街道）"], not_targets=[(6, "个月")], lead_alternatives=[["镇（街道）"]],
           note="aligned round 50 (w50d): an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30/37's closed list): 「镇（街道）应做好…整理及归档工作，形成电子化档案」 — the towns of the district, a kind of body (as 第十六条 reads), are the subject of 整理／归档; a single unit, lead [] with it accepted as lead; formerly: 「镇（街道）应做好村民建房档案资料的整理及归档工作，形成电子化档案，并在竣工验收后6个月内移交区规划资源局城建档案管理"
                "中心」 — 做好／形成／移交 are no rule-2 verbs (" + CLOSED + "): " + NONE + "; 「竣工验收后6个月内」 a limit counted "
                "from an event with no comparison word — the item's deadline rule, neither a target nor a deadline (round 33 / "
                "round 34: 内 after a time from an event; 「接报后」 no deadline); the hand-over is a duty below; a task as "
                + NOUNIT),
        A3(["第十六条（季报制度）"], [], ["镇（街道）"], not_targets=[(10, "日")], lead_alternatives=[["镇（街道）"]],
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30/37's closed list): 「镇（街道）应将…梳理后上报…」 — the towns of the district, a kind of body (Round 45 rulings: 「镇(街道)负责组织…」 a doer), are the subject of 梳理／上报; a single unit, lead [] with it accepted as lead; formerly: 「每季度首月十日前，镇（街道）应将上季度农房审批及建设情况梳理后上报区联席会议办公室，由办公室整理后以季报的形式报送区联席"
                "会议」 — 上报 is no rule-2 verb; 「由办公室…报送区联席会议」 is a sending to the body above (CONVENTIONS.md round 39: "
                "「由A向B提供／提交…报告」 a filing, A no doer by it): " + NONE + "; 「十日」 a day of the month (a date, not a target); "
                + RHYTHM + " (two quarterly sendings, round 41: 「季报」 a report named by its rhythm); " + NOUNIT),
        A3(["第十七条（定期检查）"], [], [LXB], [(2, "次")], lead_alternatives=[[LXB]],
           note="「区联席会议办公室每年组织不少于两次的现场检查」: 组织＋work (CONVENTIONS.md round 34) — " + SUBJ + "; the office "
                "of the joint meeting set up in 第五条 is a doer in a later item (round 36); 「不少于两次」 a frequency with a floor → "
                "2次 (round 35; round 30's 不少于); 「每年」 a rhythm, no deadline (round 34); 「将检查情况及时整理后上报联席会议」 a "
                "sending, a duty below"),
        A3(["第十九条（考核机制）"], [], ["农民建房联席会议"], [(3, "起")], lead_alternatives=[["农民建房联席会议"]],
           note="「将镇（街道）农房风貌管理落实情况纳入年度考核。若发现一年内有三起及以上风貌管控不力问题的，由农民建房联席会议予以通报，并"
                "抄送区组织部门；情况严重的，暂停…审批工作，并报区常务会议予以通报」 — RULING? 3: the article's work is the assessment "
                "and its sanctions, so the 由 clause is read as the response that is the item's own work (CONVENTIONS.md round 30: "
                "「an item whose whole work is the response to a case takes A」; round 34) — 由A＋a verb of doing, " + SUBJ + "; "
                "the name as printed (round 38: no alias rewritten, though 第五条 names the body 青浦区农村村民建房会审联席会议); 区组织"
                "部门 and 区常务会议 receive (rule 3); 落实 as a noun (round 33); 「三起及以上」 a count that triggers a step → 3起 "
                "(round 36: 「查实3起及以上…的」 is a target); 「一年内」「年度考核」 no date: " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "镇（街道）将农房设计推荐图集报区联席会议（办公室）审议", "when": None, "when_norm": None,
              "note": "第六条: a plan body's sending to another for review (CONVENTIONS.md round 36: 「村…初审后报镇」 a duty, "
                      "undated)"},
             {"what": "镇（街道）在竣工验收后6个月内将电子化档案移交区规划资源局城建档案管理中心", "when": "竣工验收后6个月内",
              "when_norm": None,
              "note": "第十一条: a hand-over to another body of the plan (round 35: a plan unit's sending is a duty), a limit "
                      "counted from an event (no date)"},
             {"what": "镇（街道）将上季度农房审批及建设情况梳理后上报区联席会议办公室", "when": "每季度首月十日前",
              "when_norm": "quarterly (by day 10 of each quarter's first month)",
              "note": "第十六条: a standing rhythm of reporting (round 34 rhythm words; round 40)"},
             {"what": "区联席会议办公室整理后以季报的形式报送区联席会议", "when": "每季度（季报）", "when_norm": "quarterly",
              "note": "第十六条: a report named by its rhythm 「季报」 (round 41, continued)"},
             {"what": "区联席会议办公室将现场检查情况及时整理后上报联席会议", "when": "及时（每次检查后）", "when_norm": None,
              "note": "第十七条: a plan unit's sending to the body it serves (round 35), no rhythm of its own"}],
     notes=["counting: the cover no task; 第一条 (目的依据), 第二条 (适用范围), 第三条 (概念定义) and 第二十一条 (entry into force and "
            "「由…联席会议负责解释」) general provisions (CONVENTIONS.md round 30); 第四条 (总体原则: the look houses should have, "
            "「应体现…」 with no body) an article with no work among articles of work — no task in a plan whose tasks name units "
            "(round 33; a count with it accepted: 17); 第五条–第二十条 → **16**. Accepted: 17 (第四条 in), 15 (第十四条, a 保障措施 "
            "article that names no unit, out: round 27), 10 (without the six articles that name no unit — 第七, 第八, 第十一, 第十四, "
            "第十六, 第十八 — round 40)",
            "units: not sampled — 第七条 (「镇（街道）应通过在线审批系统办理…」 办理; villagers regulated, round 41: none), 第八条 "
            "(「镇（街道）应加强对…施工队伍的管理」 加强: none; 「由乡村建设工匠组成的施工队伍」 members), 第十条 (「镇（街道）要全面落实…"
            "要求；…依法组织开展动态巡查」 落实, 组织＋work → 镇（街道）; 「委托有资质的第三方进行…测绘」 the pivot's object no unit), "
            "第十二条 (「镇（街道）应当落实…专管人员…」 落实 → 镇（街道）; 「也可以委托…第三方机构」 an option), 第十三条 (「镇（街道）"
            "应委托乡村责任规划师及乡村建筑师下乡开展…指导」 A委托B＋verb → 镇（街道）; persons no unit), 第十四条 (健全／加强／建立／推动: "
            "none), 第十五条 (「镇（街道）应落实财政预算，…提供资金保障」 — 落实 with funds as its object read as work, a doer (round "
            "37: only a cost verb alone makes a payer) → 镇（街道）: RULING? 5), 第十八条 (选取 / 征求意见: none), 第二十条 (「由有关"
            "部门依法给予行政处分」 the response to misconduct, read like 第十九条 → 有关部门; 工作人员 persons)",
            "dates: none — 2023年11月6日 the cover; 「每季度首月十日前」「每年」 rhythms (round 34); 「竣工验收后6个月内」「开工前」"
            "「一年内」 times from events (no deadline); 「自印发之日起实施」 entry into force",
            "targets: 2次 (不少于, 第十七条), 3起 (及以上 as a trigger, 第十九条) sampled; 6个月 (a limit from an event) and 十日 (a "
            "day) not targets; 沪府令16号, 青府规发〔2019〕4号 and 「第四条的规定」 are document numbers; no phases",
            "Qingpu's own rules; plans-next21 x21_06 (Songjiang's 2024 农村住房建筑活动管理 试点 方案) is another district and "
            "subject (7.5 % of this text's 10-character runs shared)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x173_04_pudong-2022-sheshi-nongye-yongdi-shiyong-guanli-tongzhi.txt"
NAME04 = "关于进一步加强设施农业用地使用管理促进农业健康发展的通知"
NYW = "区农业农村委"

plan(X04,
     title=f"《{NAME04}》（{NAME04}）",
     title_note="line 1 as printed, in book-title marks 《…》, or the same words without the marks: either",
     doc_no="浦农业农村委规〔2022〕2号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市浦东新区农业农村委员会 (with 上海市浦东新区规划和自然资源局, 上海市浦东新区城市管理行政执法局 and 上海市浦东新区"
            "生态环境局: four signatures)",
     date="2022-06-16",
     level="district bureaus (Shanghai Pudong's agriculture commission with three other bureaus), to 各镇人民政府: a notice "
           "of measures for the use of facility farmland",
     source=shanghai_source(FOLDER, "《关于进一步加强设施农业用地使用管理促进农业健康发展的通知》.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070235980&siteId=0070", 2418),
     style="a notice with no separate plan: the title in book-title marks, the addressee 「各镇人民政府：」, a preamble citing "
           "three documents with ASCII brackets 「(自然资发〔2021〕166号)」; 一、 a childless 总体要求 paragraph; 二、 (一)–(四) and "
           "三、 (一)–(三) run-in items with ASCII brackets 「(一)建立设施农业用地“一图一库”。…」; ASCII 「;」 inside sentences; the "
           "first signature 「上海市浦东新区农业农村委员会」 run onto the last item's line after one space, three more signature "
           "lines and the date",
     leaf_tasks=7, count_alternatives=[8, 4],
     leaf_tasks_by_section={"二、 (一)–(四)": 4, "三、 (一)–(三)": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、进一步明确加强设施农业用地使用管理的总体要求"],
     samples=[
        S(["二", "(一)"], [], [],
          note="「各镇要通过上海市设施农业用地管理信息系统，办理…手续。同时，各镇要利用好…系统，…及时全量上传并实时更新…，切实建立…“一图"
               "一库”」 — 办理, 利用, 上传, 更新, 建立 are no rule-2 verbs (" + CLOSED + "; round 32: a kind is a doer only with a "
               "rule-2 verb): " + NONE + "; " + NOUNIT + "; " + NODATE),
        S(["二", "(三)"], [NYW], ["各镇", NYW, "区相关部门"], lead_alternatives=[[]],
          note="「各镇要落实部门、明确专人，建立…巡查制度」 — the subject of 落实 (CONVENTIONS.md rule 2; 各镇 a kind, round 32); "
               "「区农业农村委组织第三方开展“一季一巡”」 — 组织B开展: A a doer, the third party (the pivot's object) no unit (round "
               "30); 「并会同区相关部门落实各镇完成整改」 — " + MEET + " (区相关部门 a kind, round 33); 「区级建立巡查制度」 a level, no "
               "body; 「各镇要于每年11月15日之前向区级部门提交…年度巡查报告」 — " + RHYTHM + " (so are 「一季一报」 and 「一季一通报」); "
               "「一月一查」「一季一巡」 names of rhythms, no figures"),
        S(["二", "(四)"], [], ["镇人民政府"], [(2, "次")], lead_alternatives=[["镇人民政府"]],
          note="「对违法违规行为实行“一票否决”」: the item's whole work is the response to violations — 「凡…发现…违法违规行为的，将移交"
               "执法部门依法依规进行处理，并取消…」 (no body named; 执法部门 the object of 移交, no unit outside a work heading, round "
               "36) and 「发生两次以上改变备案用途、有违法违规行为的，由镇人民政府取消设施农业用地备案」 — 由A＋a verb of doing in an "
               "item whose work is the response to its cases (CONVENTIONS.md round 30 / round 34: A a doer) — " + SUBJ + "; 「两次"
               "以上」 a count that triggers a step → 2次 (round 30's line; round 36 「查实3起及以上…的」); 「区级及以上」 a level; "
               "「当年度」 names the year of the sanction, no deadline: " + NODATE),
        S(["三", "(二)"], [], ["区规划资源局", "临港管委会", NYW, "区城管执法局", "镇政府"],
          note="「区规划资源局与临港管委会根据职责分工，负责…等工作」 — both subjects of 负责 (CONVENTIONS.md rule 2; 「由A与B共同…」 "
               "both doers, round 30); 「区农业农村委加强…管理，将…通知区规划资源部门、区城管执法局，并配合区城管执法局做好查处工作」 — "
               "加强／通知 no rule-2 verbs, but 「B配合」 in an item that has a rule-2 doer makes B responsible (round 34); 「区城管执法局、"
               "镇政府受理…，组织查处违法用地案件」 — 组织＋work (round 34) → both; 「区生态环境局加强…监督检查」 加强 (" + CLOSED
               + "): no unit; 区规划资源部门 (told, 通知) and 镇政府 in 「指导镇政府日常巡查」 (the object of 指导) are no units by those "
               "clauses; the heading 「加强各方联动，建立共同监管机制」 names no duty word (round 38); no 牵头: lead []; " + NODATE),
        S(["三", "(三)"], [], [],
          note="「对设施农业用地违法违规建设、使用等情况，镇人民政府和区相关部门严格按照有关规定予以查处，并撤销…，依法追回…，并追究…责任」 "
               "— 查处, 撤销, 追回, 追究 are no rule-2 verbs and there is no 由 (" + CLOSED + "; round 41: only 「…予以落实」 among the "
               "予以 forms); 「对涉嫌犯罪的移送公安、司法等部门」 the objects of 移送: " + NONE + "; the signature 「上海市浦东新区农业"
               "农村委员会」 run onto this line is no part of the item; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "建立镇级巡查记录档案和报告制度，做到向区级部门“一季一报”", "when": "每季度（一季一报）",
              "when_norm": "quarterly",
              "note": "二、(三): the towns' standing rhythm of reporting to the district (CONVENTIONS.md round 34 rhythm words; "
                      "round 40)"},
             {"what": "区农业农村委对发现的问题开展“一季一通报”", "when": "每季度（一季一通报）", "when_norm": "quarterly",
              "note": "二、(三): a recurring reporting rhythm of the plan's lead bureau (plans-dev EXPECTED.md: recurring "
                      "reporting rhythms)"},
             {"what": "各镇于每年11月15日之前向区级部门提交设施农业用地年度巡查报告", "when": "每年11月15日之前",
              "when_norm": "yearly (by 11-15)",
              "note": "二、(三): a yearly report (round 41, continued: a report named by its rhythm, 年度)"},
             {"what": "各镇政府发现重大问题后及时报区城管执法局和区行业主管部门", "when": "及时（发现重大问题后）", "when_norm": None,
              "note": "三、(一): a plan unit's sending to other bodies of the plan (round 32 / round 35), no date"}],
     notes=["counting: the preamble no task; 一、 a childless 总体要求 point in a notice whose work sits in numbered items — a "
            "section (round 34's early ruling; plans-dev EXPECTED.md lines 21–25); 二、 (一)–(四) → 4; 三、 (一)–(三) → 3; **7**. "
            "Accepted: 8 (一、 read as a point that gives work, round 38), 4 (without 二、(一), 二、(二) and 三、(三), which name no "
            "unit, round 40)",
            "units: not sampled — 二、(二) (no subject: 「在本镇域…加装智能化可视设备」; 「可视设备信息接入区农业农村委综合监管应用场景，"
            "并纳入区城运中心」 things, and bodies inside a noun: none), 三、(一) (「责任主体为镇政府」 a designation (round 34: 「X的"
            "责任主体为A」) → 镇政府; 「各镇政府应…办理备案手续，并监督经营者或农村集体经济组织…，督促其落实土地复垦」 — under the heading "
            "「明确责任主体」 read as giving out work, 各镇政府 a unit as printed and the objects of 督促 questionable (round 37): "
            "left unsampled; the sending to 区城管执法局 is a duty)",
            "dates: none — 2022年6月16日 the signature; 「每年11月15日之前」 a rhythm (round 34); 「当年度」 the year of a "
            "sanction; 「到期不再使用的」 a case",
            "targets: 2次 (两次以上, 二、(四)); 「一图一库」「一网统管」「一季一巡」「一月一查」「一季一报」「一票否决」「十四五」「三区」 "
            "names; 「区级及以上」 a level; document numbers are not targets; no phases"])

# round 45 (al47b): the Round 47 ruling q44c (governs) — role-like kinds (建设单位, 施工单位, 监理单位, 设计单位 …) as the
# subjects of articles are doers of any verb of doing (round 44's article rule; round 34); a filing, an option, a cost
# verb and a person's role stay none (CONVENTIONS.md "Round 47 rulings, written early"; README, "Aligned round 45 (al47b)")
from expected_tools import _sample32, align34_units  # noqa: E402


def align45_q44c(file, path, lead, resp, why, alt=None, drop_alt=False):
    """One sample aligned to q44c, noted 「aligned round 45 (Round 47 q44c): <why> (old → new)」 before the earlier
    note; ``drop_alt`` drops a single body's accepted lead where the item now has two doers."""
    align34_units(file, path, lead, resp, why, alt)
    s = _sample32(file, path)[1]
    s["note"] = s["note"].replace("aligned round 34: ", "aligned round 45 (Round 47 q44c): ", 1)
    if drop_alt:
        s.pop("lead_alternatives", None)


align45_q44c('x173_02', ['第十二条 竣工验收'], [], ['建设单位'],
             "「建设单位应在工程竣工验收报告中明确海绵城市建设相关工程设施的建设落实情况」 — the subject of the article's 明确 is a doer (as x183_02 第十一条's 「建设单位应当明确…」); 「应要求项目建设单位…限期整改」 has no subject; 主管部门's 进行专项验收 left as read (no role-like kind: q44c does not reach it)",
             alt=[['建设单位']], drop_alt=False)

# round 50 (p50c): an answer aligned to tests/data/CONVENTIONS.md's rulings (README, "Round 50: answers aligned (p50c)")
from expected_tools import align50_units  # noqa: E402

align50_units("x173_02", ["第八条 规划条件和土地出让"], [], ["区规划资源局", "建设管理和水务部门"],
              "「对于以出让方式供地的建设项目，区规划资源局应在土地出让前征询…意见，将海绵城市建设管控指标纳入土地出让合同」 (and "
              "「…区规划资源局在…阶段，应就…征询建设管理部门意见」): in rules written as articles a named body as the subject of "
              "the article's verb of doing is a doer whatever the verb (Round 44 rulings, decided), and seeking views is work "
              "(Round 55 rulings on x247_01 第十二条); 「对于…，」 is the matters it acts on, no case (round 42); the bodies "
              "consulted stay rule 3's",
              "Round 44 rulings (decided: an article's subject)", alt=[["建设管理和水务部门"]])

write_collected(DIR)
