# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next191/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 43 (built by helper c191): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the
"Round 43 rulings, written early" included) applied to every item. Neither the parser nor the scorer was run on this set
by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next191/make_expected.py tests/data/plans-next191
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
src = partial(shanghai_source, "城市更新与历史保护")

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations, pivots 委托): lead = [], "
        "responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37 / round 38: rule 2's forms are a closed list — the plain subject of another verb "
          "(纳入, 加强, 制定, 建立, 提出, 告知, 通报, 反馈, 履行, 对…进行 …) is not a unit")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2")
HUI = "「（由）A会同B＋verb」 (rule 2): lead A (lead [] accepted), responsible A, B"
FIELDS = ("fields sharing one head before 等…部门 are one name as printed (round 31: 「人事、卫生等部门」; round 42 continued: a "
          "list closed by a shared head stays one group as printed)")
ARTICLE = ("CONVENTIONS.md round 30 / round 34: in a document written as articles, an article that gives work (a doer or an "
           "instruction 「应当…」) is a task; general provisions (purpose, scope, principle, reference, interpretation, entry "
           "into force) are not")
CASES = ("round 35: an article whose numbered items are only cases 「有下列行为之一的」 is one task; round 34: an item whose "
         "every clause is the response 「…的，由A…」 to its cases takes A as a doer")
PUBLIC = ("round 30 / round 34: an applicant or filer acting for itself 「由A申报」「由A向B备案」 is no unit, and round 35 / "
          "round 41: households and the public are regulated parties, no units, even with a rule-2 verb")


def one(path, unit, targets=(), note="", **kw):
    """An item whose one doer (rule 2) is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


def A1(file, path, unit, targets=(), note="", **kw):
    """``one`` for an article path."""
    return one(path, unit, targets, note, **kw, **art(file, path))


# ---------------------------------------------------------------------------------------------------------
X01 = "x191_01_shi-guihuaziyuanju-2021-youji-gengxin-lishi-fengmao-guihua-tudi-guanli-shishi-xize.txt"
P01 = "关于落实《关于深化城市有机更新促进历史风貌保护工作的若干意见》的规划土地管理实施细则"
N01 = "关于修改并重新印发《关于落实〈关于深化城市有机更新促进历史风貌保护工作的若干意见〉的规划土地管理实施细则》的通知"
LEADIN01 = ("rule 4 (closed as written in round 39 / round 40): the paragraph that opens 四、 「区规划资源部门应当会同区相关部门对…"
            "进行梳理…开展规划评估…共同推进项目实施方案的制定」 is a rule-2 clause (会同); it gives its units to the items of 四、 "
            "that name none of their own: lead 区规划资源部门 (lead [] accepted, as for 会同), responsible 区规划资源部门, 区相关部门")
POLICY01 = ("round 38 / round 39 / round 40: items naming no unit in a plan with units elsewhere are tasks where they give work "
            "(a count without them accepted)")

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title (line 15, after the cover) or the notice title (line 1): either",
     doc_no="沪规划资源风〔2021〕176号 (from the index and the stored front matter; the text prints no number; the rules "
            "were first issued as 沪规土资风〔2018〕380号, cited in the cover)",
     issuer="上海市规划和自然资源局",
     date="2021-05-17",
     date_note="the cover is signed 2021年5月17日 (the index gives the same date); in force on issue 「自印发之日起施行」",
     level="a city bureau (Shanghai's planning and natural resources bureau), a notice re-issuing its amended rules on "
           "planning and land management for historic-townscape protection under organic urban renewal: roles of the city "
           "bureau, the district governments and the district bureaus, assessment and implementation schemes, project "
           "recognition, renewal modes, planning and land policies, whole-life land management",
     source=src("关于修改并重新印发《关于落实〈关于深化城市有机更新促进历史风貌保护工作的若干意见〉的规划土地管理实施.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=7e03820884f84ec28cb5b9d4ab3e3f81&siteId=0032", 6207),
     style="cover (addressees ending with an ASCII colon 「…局属各相关单位:」, the amendment 「将文中涉及…统一修改为…」, the "
           "signature, the date); the rules' title; a preamble; ten points 一、–十、 on heading lines; items 「（一）指导思想。…」 "
           "with run-in headings; 四、 and 八、（一） hold items 「1.…」; 二、 and 四、 open with a lead-in paragraph; 七、（一）, "
           "八、（一）1. / 2. / 4. and 八、（二） run over several unnumbered paragraphs; 八、（一）（二） are heading lines alone; "
           "三、 五、 十、 are childless points; blank lines between all paragraphs",
     leaf_tasks=25, count_alternatives=[21, 26, 28, 29],
     leaf_tasks_by_section={"二、工作机制和部门职责": 3, "四、风貌评估和实施方案": 5, "五、项目认定": 1, "六、保护更新方式": 4,
                            "七、规划政策": 5, "八、土地政策": 5, "九、土地全生命周期管理和评估考核": 2},
     childless_top_level_sections=["三、历史风貌保护年度工作计划内容", "十、房屋产权登记"],
     samples=[
        S(["二", "（一）"], ["市规划资源部门"], ["市规划资源部门", "相关部门"], lead_alternatives=[[]],
          note="「（一）市规划资源部门职责。市规划资源部门应当…负责全市…工作，会同相关部门对各区申报的风貌评估和实施方案进行项目"
               "认定」 — a 「X职责」 heading gives out work (round 38) and names its body (a unit heading, rule 1); its text 会同 "
               "another body: round 39 (a unit heading whose text 会同 others gives them as responsible with it) and " + HUI +
               "; 「会同相关部门」 — the partner named by its kind is a unit as printed (round 42 continued); 各区 (申报, "
               "applicants) no unit; " + NODATE),
        one(["二", "（二）"], "区人民政府",
            note="「（二）区人民政府职责。区人民政府是推进本行政区内历史风貌保护工作的责任主体，负责编制…年度工作计划，提出并落实…"
                 "措施，并定期评估…，督促保护项目按计划落实」 — a unit heading (rule 1), a designation 「是…责任主体」 (round 32) and "
                 "负责 / 落实 (rule 2): 区人民政府; the object of 督促 is projects, not bodies; 定期评估 is a rhythm of assessment, not "
                 "a sending (no duty); " + NODATE),
        S(["四", "（一）", "1"], ["区规划资源部门"], ["区规划资源部门", "区相关部门"], lead_alternatives=[[]],
          not_targets=[(50, "年")],
          note=LEADIN01 + " — 1. 「开展相关地块规划实施评估。…」 has no subject and names no body; 「对建成50年以上的建筑进行价值"
               "甄别」 — a figure in a noun naming a kind of thing (buildings built fifty years ago or more) is a class, not a "
               "target (round 34 / round 38 / round 40: 「十株以上的行道树」) → 50年 not a target; " + NODATE),
        S(["七", "（一）"], ["市规划资源部门"], ["市规划资源部门", "发改、财政等部门"], lead_alternatives=[[]],
          note="three paragraphs under （一） (the unnumbered paragraphs after it are its body, round 32); 「历史风貌保护项目所在区"
               "应…提出…」 — 提出 is no rule-2 verb (" + CLOSED + "); 「探索开发权跨区转移相关政策由市规划资源部门会同发改、财政等"
               "部门视需要另行制定」 — round 41: 「具体办法由A制定」 inside an item that gives work is that item's work (A a "
               "doer; round 39's general provision is an article with only such a sentence), and " + HUI + "; 「发改、财政等部门」"
               " — " + FIELDS + "; " + POLICY01 + "; " + NODATE),
        S(["七", "（四）"], [], [], [(30, "%")],
          note="「…新增历史建筑，用于经营性功能的，原则上可按新增历史建筑容量的30%的不计入容积率」 — a policy's own rate (round 25: "
               "per-unit rates are the item's targets) → 30%; 「区政府、原权利人及建设主体主动原址保护…的新增历史建筑」 — bodies "
               "inside a 的-phrase that describes the buildings are no doers (round 30 / round 43: noun descriptions); " + NONE +
               "; " + POLICY01 + "; " + NODATE),
        S(["八", "（一）", "1"], [], ["各区政府", "引入主体"], [(50, "%"), (18, "公顷")],
          responsible_alternatives=[["各区政府"]],
          note="three paragraphs under 1. (its body, round 32); 「原则上由各区政府通过土地储备方式对旧区实施土地征收补偿安置」 and "
               "「具体由各区政府按规定对项目认定」 — 由A＋a verb of doing (rule 2, round 34): 各区政府 (a kind); 「由引入主体自筹资金"
               "腾迁原权利人和居民」 — 由A＋腾迁 (a verb of doing; 自筹资金 says how it pays, the verb is not a cost verb — round 35 / "
               "round 37: only 承担／分担／保障／列支／提供／投保 alone make a payer) → 引入主体, a party named by a kind (round 34), "
               "RULING? 1 (a party the district brings in and that pays for itself: responsible 各区政府 alone accepted); "
               "「鼓励引入多元化主体…」 names no doer (round 40); 「风貌保护用地占项目总面积达到50%以上的，可采取…」 — 达到…以上 "
               "triggers a step (round 30's line) → 50% (printed twice); 「…项目面积不得超过18公顷」 — 不超过 (round 30) → "
               "18公顷; 「浦东新区应为外环线内」 no figure; no lead (no 牵头, two doers); " + NODATE),
        one(["八", "（二）"], "区规划资源部门",
            note="heading line 「（二）地价管理」, two paragraphs; 「出让人应根据…综合确定地块出让起始价」 — 确定 is no rule-2 verb ("
                 + CLOSED + "); 「出让起始价应…不低于项目近期周边…的公开出让成交地价」 — 不低于 with no figure (no target); "
                 "「区规划资源部门应委托评估机构，按项目批准时点进行市场评估」 — a pivot without 由 「A委托B…」 reads as 「由A委托B」 "
                 "(round 35): A a doer, B (评估机构) no unit; 「经区政府集体决策后」 — an approving body (rule 3); " + NODATE),
        S(["九", "（一）"], ["市规划资源部门"], ["市规划资源部门", "市住房城乡建设管理、发展改革、财政、文物等相关部门"],
          lead_alternatives=[[]],
          note="「市规划资源部门会同市住房城乡建设管理、发展改革、财政、文物等相关部门，将…要求，一并纳入土地出让合同等」 — " + HUI +
               "; the partner — " + FIELDS + "; 「…应当与开发新建项目同步实施，同步竣工」 has no subject; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区规划资源部门将本年度拟实施的风貌保护项目相关风貌评估和实施方案报区人民政府审核", "when": "",
              "when_norm": None,
              "note": "五、: a plan body's sending to another body of the plan (round 35 / round 36: a duty, undated where no date "
                      "is written; 本年度 names the projects' year)"},
             {"what": "各区政府将风貌保护年度工作计划及项目相关的风貌评估、实施方案等报送至市规划资源部门",
              "when": "每年（年度工作计划）", "when_norm": "yearly",
              "note": "五、: the district governments' sending of their yearly plan to the city bureau (round 35: a plan body's "
                      "sending; round 41 continued: a yearly plan sent once a year is a yearly duty)"}],
     notes=["counting: the cover re-issues the rules (one plan, round 30 'two documents under one cover'; its amendment "
            "sentence is no task); the preamble no task; 一、's （一）指导思想 （二）基本原则 （三）适用范围 are guidance, a principle "
            "and a scope naming no doer (round 27 / round 33 / round 30: no tasks in a plan whose tasks name units; 28 accepted "
            "counting them, round 33 and round 30 accept a count with principles and general provisions); 二、 （一）–（三） → 3; "
            "三、 (the content of the yearly plan 「…年度工作计划应对…进行总体安排」, no doer) a childless point, no task (round 36; "
            "26 / 29 accepted counting it, round 34 early: an instruction 「应…」); 四、 （一）1. 2., （二）–（四） → 5; 五、 childless, "
            "with a doer 「市规划资源部门应当组织市相关部门…进行认定」 (组织＋work) → 1 (round 36: a childless point that gives work "
            "to a doer is a task); 六、 （一）–（四） → 4 (the modes of renewal, each saying how the work is done — " + POLICY01 +
            "; 21 accepted without them, reading them as a list of kinds that gives no work, round 35); 七、 （一）–（五） → 5; "
            "八、 （一）1.–4. and （二） → 5; 九、 （一）（二） → 2; 十、 (「可按…进行产权登记」, an option with no doer) no task → **25**",
            "units: 二、 is a 部门职责 section (round 35) whose items are headed by their bodies (「（一）市规划资源部门职责。」, rule 1); "
            "四、's lead-in gives its units to the items naming none (rule 4); 五、 组织 (the object 市相关部门 no unit), 由各区政府"
            "将…报送 (a sending, a duty below), 「由市规划资源部门与区政府共同明确规划调整要求」 after a case 「涉及调整已批准规划内容的」 "
            "(not sampled); 六、（三） 「由政府投资…」 (not sampled); 七、（五） 「…无法达到规定的消防标准的，由消防部门和市规划资源部门…"
            "制定…措施」 (a step after a case, not sampled); 八、（一）4. 「由区规划资源部门与原受让人、变更后的开发建设单位协商」 inside "
            "an option 「也可采取…」 (not sampled); 九、（二） 「市规划资源部门…对…进行监管…进行评估考核」 (进行, no doer, round 37)",
            "dates: 2021年5月17日 (the cover's signature) only; 本年度 / 年度 name a year's plan, not a deadline; 定期 a rhythm; "
            "no item writes a date; no phases",
            "figures: 30% (七/（四）), 50% ×3 (八/（一）/1 twice, 八/（一）/4 「应达到50%以上」), 18公顷 (八/（一）/1) — targets; 50年 "
            "(四/（一）/1, a class), 十九大 (a name), document numbers 沪规土资风〔2018〕380号 and 沪府发〔2017〕50号 — not targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x191_02_fengxian-wenwuju-2024-wenwu-baohu-danwei-jumin-zhuangxiu-shenpi-guanli-banfa.txt"
P02 = "奉贤区文物保护单位(文物保护点)居民装修项目审批管理办法"
N02 = "关于印发《奉贤区文物保护单位（文物保护点）居民装修项目审批管理办法》的通知"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title (lines 9 and 11, two lines, ASCII brackets) or the notice title (line 1, full-width "
                "brackets): either",
     doc_no="沪奉文物〔2024〕10号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市奉贤区文物局 (the signature; the index names 上海市奉贤区文化和旅游局, the bureau the 文物局 sits in)",
     date="2024-07-23",
     date_note="the cover is signed 2024年7月23日 (the index gives the same date)",
     level="a district bureau (Shanghai Fengxian's cultural relics bureau), rules for approving residents' renovation of "
           "listed relic buildings: a filing procedure in four steps, supervision during the works and acceptance after "
           "them; six attached forms (a filing form, a pledge, a notice of duties with excerpts of laws, a receipt, an "
           "opinion form, an acceptance form)",
     source=src("关于印发《奉贤区文物保护单位（文物保护点）居民装修项目审批管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0084i20240904-w6yagvti342htkzldq&siteId=0084",
                11168),
     style="cover (addressees, one paragraph, the signature, the date); the rules' title on two lines; a preamble; three "
           "points 一、–三、 on heading lines, 一、 with a lead-in paragraph and steps 「1、…」–「4、…」, 二、 and 三、 one paragraph "
           "each; two lines of office hours and address (runs of two spaces); six 「附件N：…」 lines; then the six attachments: "
           "forms flattened one cell a line (£ / □ check boxes, runs of spaces for blanks, 「㎡」 alone on a line), a pledge "
           "with items 「1. …」–「5. …」, a notice of duties with points 一、–七、 and excerpts of laws (第三百二十四条 after an "
           "ideographic space, 第十七条…, 八、's （一）–（十一）), a receipt with a numbered list of materials 1–6, an acceptance "
           "form with questions 「1.…」「2、…」「3.…」",
     leaf_tasks=6, count_alternatives=[2],
     leaf_tasks_by_section={"一、事前监管审批": 4, "二、事中监督管理": 1, "三、事后竣工验收": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [],
          note="「报备人应至所属街镇、开发区文物部门登记并办理相关手续，领取…，与所属街镇、开发区签署《…告知书》」 — the filer (a "
               "resident) registering and applying for itself: " + PUBLIC + "; the offices where it registers are receivers "
               "(rule 3: 「向A申请」); 「与A签署」 without 由 names no doer (round 42); (附件1)–(附件3) are references to forms, not "
               "figures; " + NONE + "; " + NODATE),
        S(["一", "2"], [], [],
          note="「报备人应填写…，携带方案交至所属物业公司及街镇、开发区文物部门，装修方案需经所属物业公司及街镇、开发区文物部门初审"
               "通过」 — 「经A初审」 names an approving body (rule 3 「经A同意」; round 36: 「经过A、B初步审查」 is no unit); the filer "
               "is no unit (" + PUBLIC + "); " + NONE + "; " + NODATE),
        S(["一", "4"], [], [], not_targets=[(10, "个工作日")],
          note="「对材料齐全，符合要求的报备项目，区文物局于10个工作日内反馈报备意见(不含材料补正时间)」 — 反馈 is no rule-2 verb ("
               + CLOSED + "): " + NONE + "; 「10个工作日内」 — a limit counted from an event with no comparison word is the "
               "item's deadline rule, not a target (round 33), and no deadline (round 34: times from an event)"),
        S(["二"], [], [],
          note="「区文物局、属地政府等相关部门依据法定职权和职责，切实依法履行事前备案审批、事中监督管理、装修指导、督促问题整改等职责，"
               "必要时协调城管、区文化旅游局执法大队等执法部门就装修及文物安全开展执法工作」 — 「A履行…」 names no doer (round 38); "
               "the objects of 协调 are no units (round 30: the pivot's object; 协调 is no rule-2 verb); the heading 「事中监督管理」 "
               "is no heading that gives out work (round 42: 「监督管理」 alone, no duty word); " + NONE + "; " + NODATE),
        one(["三"], "区文物局",
            note="「报备人需组织设计、施工、监理单位对工程质量进行验评，准备好…资料并交由区文物局组织验收」 — 「交由A＋verb」 is "
                 "「由A＋verb」 (round 33), and 组织＋work (round 34): 区文物局 a doer; 「区文物局收取…并出具验收合格意见」 — plain "
                 "verbs (出具 without 由, round 38); 「报备人需组织设计、施工、监理单位…」 and 「由报备人负责组织整改」 — the filer is a "
                 "resident (" + PUBLIC + ") — RULING? 2 (由A负责 with a resident filer); 设计、施工、监理单位 are the objects of "
                 "the filer's 组织 (round 30); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover (「请结合实际认真贯彻落实」) and the preamble no tasks; 一、's lead-in paragraph (「本办法进一步"
            "优化审批流程，采取备案制管理制度…具体备案流程如下：」) is the lead-in of its steps, no task; 一、 1、–4、 → 4 (the steps of "
            "the filing procedure: round 38 / round 39 / round 40, items naming no unit in a plan with units elsewhere are tasks "
            "where they give work; 2 accepted without them, reading the filer's steps as rules for the public, round 36 / round "
            "37); 二、 → 1; 三、 → 1 → **6**. The office hours and address lines are fields. The body ends at "
            "「附件1：奉贤区文物保护单位(文物保护点)居民装修报备表」; the six attachments are forms (the 告知书's 一、–七、 and the "
            "laws it quotes, the pledge's 1.–5., the receipt's materials 1–6, the acceptance form's questions) — no tasks and no "
            "task table",
            "units: only 三、 names a doer (交由区文物局组织验收); the filer (报备人, a resident: 申请人身份证) is never a unit; the "
            "offices of the 街镇 / 开发区 and the property companies are receivers and first reviewers (rule 3)",
            "dates: 2024年7月23日 (the cover's signature) only; 「10个工作日内」 a limit from an event; 「周一至周五 9:00-16:00」 "
            "office hours; no item writes a date; no phases",
            "duties: none — the filer's filings are an applicant's (round 32 / round 41), 区文物局's 反馈 goes to the filer",
            "figures: none are targets — 10个工作日 (a limit from an event), 9:00-16:00 (clock times), 1529弄3号C栋2楼 (an "
            "address), 021-33611832 (a phone number), 附件1–6 (references); the figures in the attachments (三年以下, 五万元以上"
            "五十万元以下, 每2小时, 1次) are quoted laws and forms outside the body"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x191_03_zhelin-2023-wenwu-baohu-guanli-banfa.txt"
P03 = "柘林镇文物保护管理办法"
N03 = "上海市奉贤区柘林镇人民政府关于印发《柘林镇文物保护管理办法》的通知"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title (line 15, after the cover) or the notice title (line 1): either",
     doc_no="奉柘府〔2023〕22号 (from the index and the stored front matter; the text prints no number)",
     issuer="奉贤区柘林镇人民政府 (a town government in Shanghai's Fengxian district)",
     date="2023-10-13",
     date_note="the cover is signed 2023年10月13日 (the index gives the same date)",
     level="a town (Zhelin, Fengxian district, Shanghai), rules for the protection of cultural relics: 43 articles in seven "
           "chapters (general provisions, immovable relics, archaeology, museum collections, trade and use, legal "
           "liability, supplementary provisions) — largely copied from city rules, so many articles name city and district "
           "bodies",
     source=src("上海市奉贤区柘林镇人民政府关于印发《柘林镇文物保护管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0084i20231104-n785j0yf6consv93cn&siteId=0084",
                6050),
     style="cover (addressees, one paragraph, 「特此通知」 without a stop, the signature, the date); the rules' title; chapters "
           "「第一章 总则」…「第七章 附则」; articles 「第N条 …」 with the text on the same line after a space; items (一)… in ASCII "
           "brackets ending with 「;」 inside 第十一、十九、四十一条; 第二十三条 broken over two paragraphs mid-sentence 「…地下"
           "文物埋藏区或者」 / 「水下文物保护区，…」; half-width 「;」 and 「,」 inside sentences; blank lines between all paragraphs",
     leaf_tasks=35, count_alternatives=[37, 38, 40, 41, 43, 49],
     leaf_tasks_by_section={"第一章 总则": 7, "第二章 不可移动文物": 11, "第三章 考古发掘": 3, "第四章 馆藏文物": 5,
                            "第五章 文物流通和利用": 6, "第六章 法律责任": 2, "第七章 附则": 1},
     childless_top_level_sections=[],
     samples=[
        A(X03, ["第四条"], [], ["镇人民政府", "镇党群中心",
                              "发展改革、建设、交通、规划土地、房屋、经济信息化、公安消防、绿化市容、水务、工商、教育、旅游、文广影视、新闻出版、财政等相关行政管理部门"],
          responsible_alternatives=[["镇人民政府", "镇党群中心"]],
          note="「镇人民政府负责本行政区域内的文物保护工作，并组织本管理办法的实施」 — 负责 and 组织＋work (rule 2): 镇人民政府; 「镇党群中心"
               "具体负责…」: 镇党群中心; 「发展改革、…、财政等相关行政管理部门，按照各自职责共同做好文物保护工作」 — " + FIELDS +
               "; 共同做好 after the 负责 clauses read like round 39's 「其他有关部门…协同开展相关工作」 after 「A负责…」 (added as "
               "responsible) — RULING? 3 (做好 is no rule-2 verb and 共同 has no partner: responsible 镇人民政府, 镇党群中心 alone "
               "accepted); no lead; " + NODATE),
        A(X03, ["第七条"], ["镇文物行政管理部门"], ["镇文物行政管理部门", "镇规划土地行政管理部门"], lead_alternatives=[[]],
          note="「镇文物行政管理部门应当…会同镇规划土地行政管理部门组织编制文物保护专项规划，经镇人民政府批准后纳入…」 — " + HUI +
               "; 「经镇人民政府批准」 — an approving body (rule 3); " + ARTICLE + "; " + NODATE),
        A1(X03, ["第十六条"], "市和区、县文物行政管理部门",
           note="「…核定、升级、降级、撤销前和定期评估时，市和区、县文物行政管理部门应当组织专家委员会论证，征询…意见，并公示…」 — "
                "组织＋work (round 34: 组织专家评审): a doer; 「市和区、县文物行政管理部门」 is one name as printed (round 30: "
                "「市、区X部门」; round 35: 和 joins two names only where each side is a whole body name — 市 is not); the bodies "
                "asked for opinions (征询) are no units; 「…前」「…时」 are times from events (no deadline, round 34)"),
        A(X03, ["第二十三条"], ["镇文物行政管理部门"], ["镇文物行政管理部门", "镇规划土地、建设、水务等相关行政管理部门"],
          lead_alternatives=[[]],
          note="the article is broken over two paragraphs mid-sentence (「…分别划定地下文物埋藏区或者」 / 「水下文物保护区，报镇人民"
               "政府批准后向社会公布。」, as stored); 「镇文物行政管理部门应当配合考古发掘单位开展…考古调查」 — round 34: 「B配合A＋"
               "verb」 gives A only by rule 2 (开展 is not in the list): 考古发掘单位 no unit; 「并会同镇规划土地、建设、水务等相关行政"
               "管理部门，…划定…」 — " + HUI + "; the partner — " + FIELDS + "; " + NODATE),
        A1(X03, ["第二十六条"], "镇文物行政管理部门", not_targets=[(7, "日")],
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: "
                "in rules written as articles a named body standing as the subject of the article's verb of doing is a doer "
                "whatever the verb; was no unit by round 30's closed list): 「镇文物行政管理部门接到报告后，应当立即赶赴现场，…提出处理"
                "意见」 — the subject of the article's 赶赴／提出 is a doer; 「任何单位或者个人」 stays a general call to anyone; "
                "formerly: " + "「任何单位或者个人发现文物…的，应当保护现场…，并立即报告镇文物行政管理部门」 — a general call to anyone (round 33: "
               "单位 is any body) and a report by the public (no duty); 「镇文物行政管理部门接到报告后，应当立即赶赴现场，…于七日内提出"
               "处理意见」 — 赶赴 / 提出 are no rule-2 verbs (" + CLOSED + "): " + NONE + "; 「七日内」 counted from the report "
               "— a limit from an event with no comparison word: no target (round 33) and no deadline (round 34)"),
        A1(X03, ["第二十七条"], "文物收藏单位",
           note="「文物收藏单位应当按照…标准，组织专家对文物藏品进行鉴定和定级，并将藏品目录报镇文物行政管理部门备案」 — 组织＋work "
                "(round 34: 组织专家评审) makes its subject a doer; a regulated party named by a kind is a doer with a rule-2 form "
                "(round 34: a kind before 单位 makes a kind); the 备案 is a filing (round 32 / round 42), no duty, its receiver no "
                "unit; " + NODATE),
        A(X03, ["第四十一条"], [], ["上级机关", "主管部门"],
          note="「有下列行为之一的，由上级机关或者主管部门责令改正：(一)…;(二)…」 — " + CASES + "; 「A或者B」 gives both (round 30: "
               "「由A或B指定专人负责」; round 38: 「A或其委托方」); the bodies in the cases (博物馆、纪念馆及其他文物收藏单位) are the "
               "offenders, no units; no lead; " + NODATE),
        A1(X03, ["第四十三条"], "镇人民政府相关行政管理部门",
           note="「既是不可移动文物又是优秀历史建筑的，由镇人民政府相关行政管理部门依照…，共同做好保护工作」 — 由A＋a verb of "
                "doing (rule 2, round 34: any verb after 由); the article's whole work is the response to its case (round 30), "
                "and an article of 附则 that gives work is a task (round 30: articles that give work are tasks wherever they "
                "stand); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "镇文物行政管理部门将不可移动文物的保护要求及分布情况通报给镇人民政府和各村居街道", "when": "", "when_norm": None,
              "note": "第二十条: a plan body's sending to another body of the plan (round 35 / round 36: a duty, undated)"}],
     notes=["counting: the cover (「请结合实际，认真抓好落实」) no task; 43 articles; no tasks: 第一条 (purpose), 第二条 (scope and "
            "a reference), 第四十条 (a reference to other laws) — general provisions (round 30 / round 34: 参照 articles); 第三条 "
            "(a 方针) and 第三十五条 (「文物利用应当…遵循…原则」) — principles with no work (round 33); 第十八条 and 第二十五条 — "
            "prohibitions on works with no body named (round 36: text); 第三十九条 — only 「鼓励…」 (no doer, round 40; no work); "
            "第十一条 (its (一)–(四) are the occasions on which departments must consult: cases), 第十九条 (its (一)–(三) a list of "
            "protection classes that gives no work, round 35 / round 37) and 第四十一条 (cases) are one task each; every other "
            "article one task → 43 − 8 = **35** (第一章 第四–十条 7; 第二章 第十一–十七、十九–二十二条 11; 第三章 第二十三、二十四、二十六条 3; "
            "第四章 第二十七–三十一条 5; 第五章 第三十二–三十四、三十六–三十八条 6; 第六章 第四十一、四十二条 2; 第七章 第四十三条 1). "
            "Accepted: 37 (the two principles in, round 33), 38 (the three general provisions in, round 30), 40 (both), 41 "
            "(第十一、十九、四十一条's items as tasks), 43 (every article one task), 49 (every article, the numbered items as leaves)",
            "units: 第四、五、七、十二、十三、十五、十六、十七、十九、二十二、二十三、二十四、二十七、三十三、三十六、四十一、四十二、四十三条 name doers "
            "(负责, 组织＋work, 会同, 由A＋verb, 实施); the rest give work with plain verbs (纳入, 加强, 制定, 建立, 进行, 告知, "
            "提出, 履行, 配备) or to regulated parties (企业, 文物收藏单位 with 设置 / 配备, 社会力量 办理登记); 第五条's 专家委员会 is "
            "a body the article sets up (its members no units); city and district bodies (市文物行政管理部门, 区、县文物行政管理部门) "
            "are named as printed — the rules copy the city's",
            "dates: 2023年10月13日 (the cover's signature) only; 「自核定公布之日起一年内」 (第十七条) and 「七日内」 (第二十六条) are "
            "limits from events; 「每五年」 (第十四条) a rhythm of assessment; 「每年的文化和自然遗产日」 (第三十七条) a yearly "
            "day of free opening, no deadline; no phases",
            "duties: 第二十条's 通报 to 镇人民政府 (undated); not duties — 备案 filings (第十三、十五、十七、二十七条), 报批 (第十八、"
            "二十一条), the public's reports (第二十六条), 「定期向社会公布」 (第三十四条, publication), 「报上级文物行政管理部门处理」 "
            "(第二十四条, a case's step to a body outside the rules)",
            "figures: none are targets — 七日 (a limit from an event), 一年 (likewise), 每五年 (a rhythm with no comparison word), "
            "三类 (a count of classes), article numbers"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x191_04_huangpu-2023-lishi-fengmaoqu-youxiu-lishi-jianzhu-wenwu-baohu-shishi-banfa.txt"
P04 = "黄浦区加强历史风貌区、优秀历史建筑和不可移动文物保护实施办法"
N04 = "黄浦区人民政府关于印发《黄浦区加强历史风貌区、优秀历史建筑和不可移动文物保护实施办法》的通知"
DUTY07 = ("an article headed 部门职责 gives out work (round 35): every body its items give work is a unit, in printed order; "
          "each item 「…由A负责」 is rule 2 (由A＋负责)")
CLASS04 = ("round 43: a size band that decides which procedure or body handles a project 「总投资500万元（含）以上的…项目」 is a "
           "class of project, no target (round 38 / round 34: a class the rule covers)")

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title (line 13, after the cover) or the notice title (line 1): either",
     doc_no="黄府规〔2023〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市黄浦区人民政府",
     date="2023-01-17",
     date_note="the cover is signed 2023年1月17日 (the index gives the same date); in force 2023年2月16日 to 2028年2月15日",
     level="a district government (Shanghai Huangpu), rules for protecting historic townscape areas, outstanding historic "
           "buildings and immovable relics: 32 articles in seven chapters — a protection committee, the departments' duties "
           "(第七条 （一）–（九）), management and repairs, protection and use, support measures, legal liability",
     source=src("黄浦区人民政府关于印发《黄浦区加强历史风貌区、优秀历史建筑和不可移动文物保护实施办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=93fadc65-1af1-4637-af4a-3433b393c749&siteId=0071",
                5290),
     style="cover (addressees, one paragraph, 「特此通知。」, the signature, the date); the rules' title; chapters 「第一章  总则」 "
           "(two spaces; 「第七章  附  则」); articles 「第N条（heading）」 on a line of their own, text on the next line(s); items "
           "（一）… ending with 「；」 inside 第七、十五、十九、二十八、三十条; 第十五条（一） ends with a stray 「办」 after its full stop "
           "(a fragment of the page, kept as stored); names with a bracketed second hat 「区文化旅游局（区文物局）」; blank lines "
           "between all paragraphs",
     leaf_tasks=33, count_alternatives=[31, 34, 35, 37, 39, 40],
     leaf_tasks_by_section={"第一章 总则": 1, "第二章 管理架构和职能": 11, "第三章 管理和修缮": 8, "第四章 保护和利用": 6,
                            "第五章 综合保障": 3, "第六章 法律责任": 4},
     childless_top_level_sections=[],
     samples=[
        A(X04, ["第五条（历保委职责）"], [], [],
          note="「黄浦区成立…保护委员会（以下简称“区历保委”），由区房管局、区规划资源局、…和街道办事处等组成，协调解决…重大问题」 — "
               "a body the article sets up is no unit and its members 「由A、B组成」 are none (rule 3; round 35); 「区历保委下设办公室"
               "（以下简称“区历保办”），由…相关工作人员组成，负责日常管理工作」 — the office of a body the article sets up is part of "
               "it (round 34), persons no units: " + NONE + " — RULING? 4 (the heading 「历保委职责」 is a 「X职责」 heading, round "
               "38, naming the body the article itself sets up); " + NODATE),
        A(X04, ["第七条（部门职责）", "（七）"], [],
          ["区城运中心", "区规划资源局", "区房管局", "区文化旅游局（区文物局）", "区城管执法局", "街道办事处"],
          note="「…日常巡查及网格化管理，由区城运中心负责统筹协调和派单调度，区规划资源局、区房管局、区文化旅游局（区文物局）、区城管执法局、"
               "街道办事处按照各自职责分工负责」 — " + DUTY07 + "; 统筹协调 is no 牵头 (no lead); 「区文化旅游局（区文物局）」 — a "
               "bracket naming another hat of the same body stays as printed (round 42); the lead-in 「区历保委成员单位…履行下列管理"
               "职责：」 gives nothing to items with their own units (rule 4); " + NODATE),
        A1(X04, ["第七条（部门职责）", "（九）"], "其他部门",
           note="「（九）其他部门按照各自职责，协同做好相关工作。」 — under a 部门职责 heading every body given work is a unit (round "
                "35), and 「其他有关部门…协同开展相关工作」 after 「A负责…」 clauses adds them (round 39); 其他部门 a kind (部门), as "
                "printed; " + NODATE),
        A1(X04, ["第九条（控规编制和调整）"], "区规划资源局", responsible_alternatives=[[]],
           note="「区规划资源局应当配合做好外滩、老城厢…等历史风貌区的控制性详细规划的组织编制和调整工作」 — round 42: 「A应当配合B进行…」 "
                "makes A a doer (round 34's 配合) → 区规划资源局; round 34 (「an item whose only verbs are 配合／结合 names no doer」; "
                "组织 is a noun inside the 的-phrase here) would give none, so responsible [] is accepted — RULING? 5; 外滩、老城厢… "
                "are places; " + NODATE),
        A(X04, ["第十四条（编制年度保护修缮计划）"], ["区房管局"], ["区房管局", "区文化旅游局（区文物局）", "区人民政府"],
          lead_alternatives=[[]],
          note="「由区房管局会同区文化旅游局（区文物局）根据其现状和保护要求，组织编制年度保护修缮计划，并报区人民政府审核」 — " + HUI +
               "; 「应当充分听取区相关部门和街道办事处的意见」 — bodies consulted, no units; 「修缮计划通过后，由区人民政府安排财政专项"
               "资金用于保护和修缮」 — 由A＋安排 (a verb of doing, round 34 / round 35: 「由政府按比例统筹用于…」 is a doer; round 37: "
               "only 承担／分担／保障／列支／提供／投保 alone make a payer) → 区人民政府; the second paragraph 「…所有人、使用人…可以向区"
               "人民政府申请修缮补助」 — an applicant's option (round 30 / round 34); the sending of the yearly plan is a duty below; "
               + NODATE),
        A(X04, ["第十五条（优秀历史建筑的修缮（装修）工程管理）", "（一）"], [], [],
          not_targets=[(100, "万元"), (300, "平方米")],
          note="「对投资额100万元以上或者建筑面积300平方米以上的优秀历史建筑的修缮（装修）工程项目，其所有人或受托单位应当通过…系统…进行"
               "网上“一站式”申报。办」 — the owner's or its agent's application (round 30 / round 34: an applicant is no unit): "
               + NONE + "; " + CLASS04 + " → 100万元, 300平方米 not targets; the item ends with a stray 「办」 after its full stop "
               "(kept as stored); " + NODATE),
        A(X04, ["第十五条（优秀历史建筑的修缮（装修）工程管理）", "（二）"], [], ["区房管局", "街道办事处"],
          not_targets=[(100, "万元"), (300, "平方米")],
          note="「…局部修缮或单元户装修行为，由区房管局采用申请承诺和符合性验收的程序，街道办事处实施工程监管」 — 由A＋a verb of doing "
               "(rule 2, round 34: any verb after 由) → 区房管局; the subject of 实施 → 街道办事处; no lead; 「投资额低于100万元且建筑"
               "面积低于300平方米」 — " + CLASS04 + "; " + NODATE),
        A(X04, ["第二十四条（网格化管理）"], [], ["区相关部门", "街道办事处"],
          note="「…保护工作纳入城市网格化综合管理。区相关部门、街道办事处与区城运中心形成工作对接，有效落实违法行为的快速发现、响应和处置机制」"
               " — the subject of 落实 (rule 2) carried through the sentence (round 34: an elided subject carries over): 区相关部门 "
               "(a kind, round 33), 街道办事处; 区城运中心 is the liaison partner of 「与A…形成工作对接」 (round 38: liaison partners "
               "「与A对接」 are no units); no lead; " + NODATE),
        A1(X04, ["第三十条（不可移动文物违法行为的处理）"], "区文化市场综合行政执法机构",
           note="「有下列情形之一的，由区文化市场综合行政执法机构依法处理，或配合市文化市场综合行政执法机构执法：（一）…（六）」 — " + CASES +
                "; 「配合市…执法机构执法」 — 「B配合A＋verb」 gives A only by rule 2 (执法 is not in the list, round 34): the city "
                "body is no unit; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区房管局、区文化旅游局（区文物局）将优秀历史建筑、不可移动文物的保护要求及分布情况通报所在街道办事处", "when": "",
              "when_norm": None,
              "note": "第十条: a plan body's sending to another body of the plan (round 35 / round 36: a duty, undated)"},
             {"what": "区房管局会同区文化旅游局（区文物局）组织编制年度保护修缮计划，并报区人民政府审核",
              "when": "每年（年度保护修缮计划）", "when_norm": "yearly",
              "note": "第十四条: the yearly repair plan sent to the district government (round 35: a plan body's sending; round "
                      "41 continued: a yearly plan sent once a year is a yearly duty)"}],
     notes=["counting: the cover (「请认真按照执行」) no task; 32 articles; no tasks: 第一条 (purpose), 第二条 (scope), 第八条 and "
            "第十七条 (「…依照／按照…规定执行」, 参照 articles, round 34), 第三十一条 (interpretation), 第三十二条 (entry into force and "
            "validity) — general provisions (round 30); 第三条 (基本原则, a principle with no work, round 33); 第十二条 (prohibitions "
            "on transfer and an owner's filing with no body named, round 36: text); 第七条's （一）–（九） are items of their article "
            "(round 37) → 9; 第十五条's （一）（二） → 2; 第十九条's （一）–（四） are the costs the fund may support (round 38: a "
            "list of subsidy items is text) → one task; 第二十八条 and 第三十条 (cases) one task each; every other article one "
            "task → **33** (第一章 第四条 1; 第二章 第五、六条 and 第七条 9 → 11; 第三章 第九、十、十一、十三、十四条, 第十五条 2, 第十六条 → 8; "
            "第四章 第十八–二十三条 6; 第五章 第二十四–二十六条 3; 第六章 第二十七–三十条 4). Accepted: 31 (第五、六条 out: they set up "
            "bodies and give no plan unit work), 34 / 35 (第三条 and / or 第十二条 in, round 33 / round 36), 37 (the four general "
            "provisions 第一、二、三十一、三十二条 in, round 30), 39 (with 第八、十七条 too), 40 (第二十八条's and 第三十条's cases as "
            "items)",
            "units: 第七条 (a 部门职责 article, round 35: every item 「由A负责」), 第十四条 (会同 + 由A安排), 第十五、十六条's （二） (由A采用, "
            "街道办事处实施), 第二十四条 (落实), 第二十六条 (区相关部门定期组织…开展培训: 组织＋work), 第二十七条 (由A、B处理), 第二十八条 "
            "(由街道办事处依法处理; 区相关部门应当予以协助), 第三十条 (由A依法处理); 第五、六条 set up bodies (no units); elsewhere "
            "plain verbs (挖掘, 告知, 通报, 进行…梳理) or regulated parties (所有人、使用人, 建设单位, 转让人)",
            "dates: 2023年1月17日 (the cover's signature), 2023年2月16日 / 2028年2月15日 (entry into force, validity) — no item "
            "writes a deadline; 「实施房屋征收前」 (第二十条) a time from an event; 定期 (第二十六条) a rhythm of training; no phases",
            "figures: none are targets — 100万元 / 300平方米 (第十五条: bands that decide the procedure, round 43), article "
            "numbers; 「一网通办」「一站式」 are names"])

# round 46 (al48): answers aligned to CONVENTIONS.md "Round 48 rulings, written early", read at the items
from expected_tools import align48_units  # noqa: E402

align48_units('x191_04', ['第十四条（编制年度保护修缮计划）'], ['区房管局'], ['区房管局', '区文化旅游局（区文物局）'],
              "decided / turned (cost verbs): 「由区人民政府安排财政专项资金用于保护和修缮」 — 安排…资金 names a payer, no unit: "
              "区人民政府 is dropped (it receives the plan for 审核, rule 3); 「由区房管局会同区文化旅游局（区文物局）…组织编制」 keeps "
              "lead 区房管局 (lead [] accepted) and its partner")

write_collected(DIR)
