# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next233/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 47 (built by helper c233): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 48 rulings, written
early" included) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the
lead scores it first.

    PYTHONPATH=. python tests/data/plans-next233/make_expected.py tests/data/plans-next233
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"
C4D = "4d8fe162809354f56275a7791649e0cdff91b1f8"
WHOLE = ("the stored text (read with read_file at that commit; the typed copy, wrapper included, had read_file's "
         "total_chars); only the repository's wrapper was removed (the YAML front matter, the two `>` disclaimer lines "
         "and the blank lines around them, the `# ` marker before the title); everything from the title line on is as "
         "stored, the site's chrome lines and any 「## 附件（官方直链）」 block included")


def src(folder, commit, path, url, chars):
    return f"{REPO} @ {commit}, docs/{folder}/{path} (official page {url}) — {WHOLE} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb (开展 without 组织, "
          "报送, 编制, 完成, 加强, 做好, 核对, 进行 …) is not a unit; round 37: 「A对…进行…」 without 由 names no doer")
ARTICLE = ("round 45: headed points are not 第X条 articles — the closed-list reading is the answer and the article reading "
           "(the subject of any verb of doing, round 44) is accepted beside it (`responsible_alternatives`)")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2")
HEADED = ("round 34 (written early): in a notice of headed points a childless point whose text gives work (a rule-2 doer "
          "or an instruction 「应…」) is a task")


def one(path, unit, targets=(), note="", **kw):
    """An item whose one doer (rule 2) is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x233_01_shi-zhujianwei-2024-haimian-chengshi-jianshe-gongzuo-han.txt"
T01 = "关于开展2024年本市海绵城市建设工作的函"
Y24 = "the year is the letter's own (2024: its title, its preamble 「2024年本市海绵城市建设工作」, 「今年」 and its date 2024年2月1日)"
REQ1 = ("「请各区、相关管委会…报送／开展／编制…」 — 请A is read by the verb after A (round 30: 「请各区做好…」 is a general call), "
        "and 报送, 开展, 编制, 完成, 启动 are not rule-2 verbs (" + CLOSED + ")")
TASK1 = "round 39: a 「相关要求」 section whose items give work is the plan's work (tasks)"
WO = "我委 — the issuer speaking of itself is a unit as printed (round 30; round 47 (p45c): 组织＋work, a date before the verb changes nothing)"

plan(X01,
     title=T01,
     title_note="line 1 (printed again on line 17 after the site's chrome and the issuer's line)",
     doc_no="沪建综规〔2024〕61号 (printed on line 15; the chrome's 文件编号 prints 「61 号」 with a space)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2024-02-01",
     date_note="the letter is dated 2024年2月1日; the stored front matter gives 2024-02-28 (the publication date)",
     level="city commission (Shanghai's housing and urban-rural construction commission), a letter of the year's "
           "sponge-city work sent to the district governments and four administrations (临港新片区、虹桥国际中央商务区、"
           "国际旅游度假区、长兴岛等管委会)",
     source=src("绿色低碳与节能", C4D, T01 + ".md",
                "https://zjw.sh.gov.cn/jsgl/20240228/142b06b1010f45bebb8556026d6daf64.html", 2681),
     style="the title; the site's metadata chrome one field a line (索取号 … 内容描述); the number, the issuer, the title again, "
           "addressees, a preamble; 一、工作目标 (one paragraph, the year's goals); 二、相关要求 （一）–（八） run-in items "
           "「（一）开展达标评估工作。…」 with dated sendings 「请各区、相关管委会于N月底前报送…」; 「附件：」 and five attachment titles "
           "「1.…」–「5.…」 (not printed); the date; a contact line; 「相关附件」, a file name, the site's 收藏 lines and a "
           "「## 附件（官方直链）」 block; no blank lines in the body",
     leaf_tasks=8,
     leaf_tasks_by_section={"二、相关要求": 8},
     childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "（一）"], [], [], dl="10月底前", dln="2024-10",
          note=TASK1 + "; " + REQ1 + ": " + NONE + "; 「“十五五”期间海绵城市计划达标区域应提前三年完成系统方案编制」 — a rule with a "
               "time counted from the areas' own dates, no date; 「适时启动」 no date; dates 3月底前 and 10月底前 (round 34: several "
               "dates in one item, the latest is the deadline), " + Y24),
        S(["二", "（二）"], [], [], [(100, "个")], dl="2月底前", dln="2024-02",
          note=TASK1 + "; 「今年将继续建设约100个…海绵示范项目」 — a count of work (round 44: a count of work done stays a target; 约 a "
               "hedge) → 100个; 「建立示范项目季度报送制度」 names no body; 「请各区、管委会主动跟踪项目进度，强化现场监管指导，…报送…」 — "
               + REQ1 + ": " + NONE + "; dates: 2月底前 one-off, and 「分别于3月25日、6月25日、9月25日、11月30日前上报各季度…实施进度」 "
               "the quarterly reports of the 季度报送制度 (a rhythm, round 34: no deadline; round 35: a one-off date inside rhythms "
               "is the item's deadline — as x206_04 二/（三） reads the same sentence of the next year's letter) — RULING? 2, " + Y24),
        S(["二", "（三）"], [], ["相关区", "管委会"], dl="6月底前", dln="2024-06",
          note=TASK1 + "; 「请相关区、管委会于3月底前完成…编制工作，组织专家评审后报送我委」 — 组织＋work (round 34 names 「组织专家评审」 "
               "itself) in the request form (round 30: 请A read by the verb after A; round 34: the subject carried inside one "
               "sentence): 相关区 and 管委会, two names by 、 (round 30), kinds of body; no 牵头: lead [] (round 30); 「配合“十五五”"
               "期间海绵城市建设达标」 — 配合 with no partner body; 「力争三年内完成」 — a span counted from now with 内 (round 33: a "
               "limit from an event is no target and no date); dates 3月底前 and 6月底前, the latest (round 34), " + Y24),
        one(["二", "（四）"], "我委", dl="于5月、10月", dln="2024-10",
            note=TASK1 + "; 「今年我委将于5月、10月组织第三方专家团队，对各区、相关管委会…开展年中和年末跟踪指导」 — 「A组织B＋verb」 "
                 "(round 30 / 34): A the doer, the expert team (the pivot's object, persons) no unit: " + WO + "; 「请各区、管委会"
                 "做好相关组织工作」 — 组织工作 the object noun of 做好 (round 48: no doer), 「抓好各项工作落实」 落实 a noun (round 33); "
                 "dates 5月 and 10月 (months of the year's guidance): the latest (round 34), " + Y24),
        S(["二", "（五）"], [], [], dl="11月底前", dln="2024-11",
          note=TASK1 + "; 「请各区、管委会抓紧编制区级海绵城市实施方案，于11月底前将本年度出台的管控制度报送我委」 — " + REQ1 + ": "
               + NONE + "; the cited 实施意见 is a document, no body; deadline 11月底前 (the item's one date), " + Y24),
        S(["二", "（六）"], [], ["各区", "相关管委会", "运维单位"], responsible_alternatives=[["各区", "相关管委会"]],
          note=TASK1 + "; 「请各区、相关管委会进一步强化…全过程管理，组织开展项目海绵城市设计方案、施工图审核」 — 组织开展 (rule 2) in the "
               "request form (round 30): 各区, 相关管委会 doers, the subject carried through the paragraph's ；-clauses (round 34 / "
               "round 44); 「压实运维单位责任」 — 压实 X 责任 read as naming X as the party who answers, a designation (round 47: "
               "「压实业主…主体责任，落实…监管责任」 names doers by designation, x214_02 一; round 46: 「充分落实…的主体责任」) → 运维单位 "
               "responsible — RULING? 1 (x206_04 二/（六） read the same clause of the next year's letter as no unit: accepted); "
               "「依托第三方技术团队提供技术服务」 — the object of 依托, persons (round 48: teams are persons), no unit; 「参加项目交底"
               "和竣工验收」 — 参加 with the item's own doers, no new body; no 牵头: lead [] (round 30); " + NODATE),
        S(["二", "（七）"], [], [],
          note=TASK1 + "; 「我委将常态化开展年度海绵精品工程评定、立功竞赛海绵赛区评选工作」 — 开展 without 组织 (" + CLOSED + "); "
               "「请各区、相关管委会…积极参评精品工程和立功竞赛活动」 — entering a contest is an applicant's step (round 30), 参评 no "
               "rule-2 verb: " + NONE + "; 「年度」 a rhythm: " + NODATE),
        S(["二", "（八）"], [], [],
          note=TASK1 + "; 「请各区、相关管委会通过…方式，开展海绵城市建设宣传活动」 — " + REQ1 + "; 「鼓励各区、相关管委会积极开展…培训会」 — "
               "鼓励A names no doer (round 40): " + NONE + "; " + NODATE),
     ],
     plan_targets=[{"number": 50, "unit": "平方公里"}, {"number": 100, "unit": "个"}],
     phases=[],
     duties=[{"what": "请各区、相关管委会于3月底前报送今年计划达标区域", "when": "3月底前", "when_norm": "2024-03",
              "note": "二、（一）: a sending of the plan's units to the issuer (rounds 35, 43: a one-off dated sending the notice "
                      "asks of the bodies it tasks is a dated duty)"},
             {"what": "编制完成年度自评估报告，并于10月底前报送市住房城乡建设管理委", "when": "10月底前", "when_norm": "2024-10",
              "note": "二、（一）: a report sent to the issuer (round 35)"},
             {"what": "请各区、相关管委会于2月底前报送海绵示范项目汇总表", "when": "2月底前", "when_norm": "2024-02",
              "note": "二、（二）"},
             {"what": "分别于3月25日、6月25日、9月25日、11月30日前上报各季度海绵示范项目实施进度", "when": "每季度（3月25日、6月25日、"
              "9月25日、11月30日前）", "when_norm": "quarterly",
              "note": "二、（二）: a report named by its rhythm (各季度; round 41 continued: a report named by its rhythm is a duty "
                      "with that rhythm), the 季度报送制度 the item sets up"},
             {"what": "6月底前将计划达标区域面积、系统方案编制计划报送我委", "when": "6月底前", "when_norm": "2024-06",
              "note": "二、（三）: information sent to the issuer (round 35; round 43's dated sending)"},
             {"what": "于11月底前将本年度出台的管控制度报送我委", "when": "11月底前", "when_norm": "2024-11",
              "note": "二、（五）: the districts' rules sent to inform the issuer (round 35), not for its approval (round 46)"}],
     notes=["counting: the chrome lines, the number, the issuer's line, the repeated title and the preamble no task; "
            "一、工作目标 (the year's goals, no body) a childless top-level section (plans-dev EXPECTED.md lines 21–25; round 36: "
            "a childless 工作目标 point stays a section unless it names a doer), its figures plan targets; 二、相关要求 （一）–（八） "
            "→ **8** (" + TASK1 + "). The 「附件：」 line ends the body; its five titles 「1.…」–「5.…」 name attachments that are "
            "not printed (no items, no task table). No other count: every item of 二、 gives work.",
            "units: sentences only (no label); most items request 「请各区、相关管委会…」 sendings and steps whose verbs are outside "
            "rule 2; the doers are 相关区, 管委会 (（三） 组织专家评审), 我委 (（四） 组织第三方专家团队…开展), 各区, 相关管委会 (（六） "
            "组织开展, with 运维单位 by 压实…责任, RULING? 1); the addressees 各区人民政府 and the four 管委会 only in the address line",
            "dates: 2024年2月1日 (the signature); one-off sendings and steps by month 2月底前 … 11月底前, the year from the letter; "
            "the quarterly report dates 3月25日、6月25日、9月25日、11月30日前 (a rhythm); 5月、10月 (the guidance); “十五五”期间 (the "
            "next plan period, the object's period, no date); 三年内 (a limit from now)",
            "duties: six sendings (five dated, one quarterly); 「组织专家评审后报送我委」 in （三） (the system plans, after the "
            "districts' own review) is not written as a duty: the sending follows an event with no date of its own and may be "
            "read as a step toward the commission's decision (round 46) — not checked either way",
            "figures: plan targets 50平方公里 (新增城市建成区50平方公里达到…要求) and 100个 (约100个…海绵示范工程, also in （二）); not "
            "checked: 三年 (提前三年, 三年内: spans with no comparison word), 沪建综规〔2024〕61号 (a document number), "
            "3589258689/2024-00028 (the chrome's index number), 23113147 (a phone number), 附件1-5.docx"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x233_02_shi-zhujianwei-2019-zhuangpeishi-jianzhu-shishi-fanwei-gongzuo-yaoqiu-tongzhi.txt"
T02 = "关于进一步明确装配式建筑实施范围和相关工作要求的通知"
CASES = ("round 35: an article whose items are only cases is one task (lists that give no work are text); round 38: "
         "numbered rate items under an article are a list of rates, their figures the article's targets where it is a task")
PARTIES = "建设、设计及施工单位"

plan(X02,
     title=T02,
     title_note="line 1 (the text prints it once)",
     doc_no="沪建建材〔2019〕97号 (printed only in the site's chrome 文件编号 「沪建建材〔2019〕97 号」, with a space)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2019-02-03",
     date_note="the notice is signed 二○一九年二月三日; the stored front matter gives 2019-02-21 (the publication date); "
               "its rules apply from 2019年4月1日 (六、)",
     level="city commission (Shanghai's housing and urban-rural construction commission), a notice that sets the scope of "
           "prefabricated (装配式) building, its indicator standards, and the duties of builders, designers, contractors, "
           "drawing reviewers and supervisors",
     source=src("绿色低碳与节能", C4D, T02 + ".md", "https://zjw.sh.gov.cn/jsgl/20190221/0011-56418.html", 1855),
     style="the title; the site's metadata chrome one field a line (公开类别 「a」); addressees 「各有关单位：」, a preamble; 一、 and "
           "二、 heading lines each over a lead-in paragraph and items 「1、…」 (6 and 4); 三、–六、 run-in headed points of one "
           "paragraph each; the issuer's signature, the date in Chinese numerals, the site's 收藏 lines; no blank lines",
     leaf_tasks=5, count_alternatives=[6, 13, 14],
     leaf_tasks_by_section={"一、装配式建筑实施范围": 1, "二、装配式建筑指标要求": 1, "三、": 1, "四、": 1, "五、": 1},
     childless_top_level_sections=["六、"],
     samples=[
        S(["一"], [], [], [(15, "%"), (35, "%")],
          note="a point whose lead-in gives the rule 「除下述范围以外，新建民用建筑、工业建筑应全部按装配式建筑要求实施」 (an instruction "
               "with 应, round 34 early: a headed point that gives work is a task; round 48: a scope article whose text gives work "
               "is a task) and whose items 1、–6、 are its cases — exemptions 「…可不实施装配式建筑」, a lower standard for tall "
               "housing, 「可申请调整」 an applicant's option — read as one task (" + CASES + ") — RULING? 3 (count 13/14 accepted); "
               "no body named: " + NONE + "; targets: 「建筑单体预制率不低于15%或单体装配率不低于35%」 — 不低于 (round 30's line: a "
               "floor of a standard) → 15%, 35%; the size and height bands that decide whether the requirement applies "
               "(不超过10000平方米, 100米以上, 不超过10%／7%, 不超过3000平方米) and the roof slope 45° of a definition are not "
               "checked either way — RULING? 4 (round 34's class the rule covers, or round 48's band that decides a step); "
               + NODATE),
        S(["二"], [], [], [(40, "%"), (60, "%"), (30, "%"), (50, "%"), (25, "%"), (45, "%")],
          note="a point whose items 1、–3、 are the indicator floors by class of project (by the date it was filed) and 4、 a "
               "case 「情况特殊项目经上海市住房和城乡建设管理委员会判定后执行」 — one task (" + CASES + ") — RULING? 3; 「经A判定」 — "
               "an approving body (rule 3: 经A同意), no unit: " + NONE + "; targets: 「预制率不低于40%或…装配率不低于60%」, 30% / "
               "50%, 25% / 45% — 不低于 (round 30) → the six floors; the filing dates 「2016年4月1日以后」「2015年1月1日至2016年3月31日」"
               "「2015年1月1日之前」 pick the projects (round 41: a cut-off that picks the item's objects is no deadline): " + NODATE),
        S(["三"], [], [PARTIES], lead_alternatives=[[PARTIES]],
          responsible_alternatives=[["建设单位", "设计单位", "施工单位"]],
          note=HEADED + "; 「建设、设计及施工单位应严格落实上海市装配式建筑相关政策要求」 — 落实 (rule 2), regulated parties by their "
               "kind (round 34; round 47 (q44c): 建设单位, 施工单位 are bodies named by a kind) — fields sharing one head 单位 are one "
               "name as printed (round 31 / round 35: 和／及 joins two names only where each side is a whole body name; 「A、B"
               "及C单位」 here) — the three bodies apart accepted; " + ONE_LEAD + "; 「积极探索并推广…」「项目…应注重…」 no subject "
               "of their own: no new body; EPC a name; " + NODATE),
        S(["四"], [], [], responsible_alternatives=[["施工图审查机构"]],
          note=HEADED + "; 「施工图审查机构应按照…计算细则核对装配式建筑指标，并将指标填写在…审查合格书上」「…的项目，施工图审查机构不得出具…"
               "审查合格书」 — 核对, 填写, 不得出具 are not rule-2 verbs (" + CLOSED + "): " + NONE + "; " + ARTICLE + "; "
               + NODATE),
        S(["五"], [], [], responsible_alternatives=[["相关监管机构"]],
          note=HEADED + "; 「相关监管机构应加强对…的监督检查，从严查处有关违规行为」 — 加强 and 查处 without 由 are not rule-2 verbs ("
               + CLOSED + "): " + NONE + "; " + ARTICLE + "; 指标落实情况 落实 a noun (round 33); " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[],
     notes=["counting: the chrome lines and the preamble no task; 一、 (a rule with 应 over its cases 1、–6、) one task and 二、 "
            "(indicator floors by class 1、–3、 and a case 4、) one task (" + CASES + "; RULING? 3); 三、 四、 五、 childless headed "
            "points that give work 「…应…」 (" + HEADED + ") → 3; 六、 「2019年4月1日起，施工图未正式送审的项目应依据本通知相关要求实施。"
            "相关内容如与其他文件有冲突，以本通知为准。」 — when and to which projects the notice applies, and its precedence: an "
            "entry-into-force point (round 30: general provision; round 39: the count with such a point accepted) → **5**. "
            "Accepted: 6 (六、 counted), 14 (every numbered leaf: 一、 1、–6、, 二、 1、–4、 and 三、–六、, as EXPECTED.md counts "
            "leaves), 13 (the same without 六、).",
            "units: one doer by rule 2 (三、 落实); 施工图审查机构 and 相关监管机构 act by verbs outside rule 2 in headed points (the "
            "article reading accepted, round 45); 上海市住房和城乡建设管理委员会 only as the body that decides special cases (经A"
            "判定, rule 3) and as the signature",
            "dates: 二○一九年二月三日 (the signature); 2019年4月1日起 (the rules' start, no deadline); the filing periods of 二、 "
            "(classes of project); no deadline, no phases, no duties",
            "figures: targets 15% / 35% (一、2、) and 40% / 60%, 30% / 50%, 25% / 45% (二、1、–3、, 不低于); not checked "
            "either way (RULING? 4): 10000平方米, 3000平方米, 10%, 7% (不超过, the bands of the exemptions), 100米 (以上, tall "
            "housing), 45° (不大于／大于, a definition's roof slope), 1/2 (a definition); AB4303682-2019-001 (the chrome's index "
            "number) no target"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x233_03_shi-zhujianwei-2020-lvse-jianzhu-pingjia-guanli-tongzhi.txt"
T03 = "关于进一步规范本市绿色建筑评价管理工作的通知"
COMM = "市住房城乡建设管理委"
THIRD = "第三方评价机构"
LEADIN3 = ("二、（三）'s lead-in 「第三方评价机构应依据…做好以下工作：」 — 做好 is no rule-2 verb, so by rule 4 the lead-in gives no "
           "unit of its own; its subject is read as the elided subject of each item's verbs (round 34: an elided subject "
           "carries; round 44: a subjectless 组织 carries the subject before it), a doer only where the item's own verb is in "
           "rule 2's list — RULING? 5")
THREE = ["上海市绿色建筑协会", "住房和城乡建设部科技与产业化发展中心", "中国城市科学研究会"]

plan(X03,
     title=T03,
     title_note="line 1 (printed again on line 17 after the chrome, the number and the issuer's line)",
     doc_no="沪建建材〔2020〕181号 (printed on line 15; the chrome's 文件编号 prints 「181 号」 with a space)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2020-04-14",
     date_note="the notice is signed 二○二○年四月十四日; the stored front matter gives 2020-06-15 (the publication date); in "
               "force from its publication (「本通知自发布之日起执行」)",
     level="city commission (Shanghai's housing and urban-rural construction commission), a notice of rules for the "
           "evaluation and labelling of green buildings: the evaluation's kinds and terms, the third-party evaluators and "
           "their work, the commission's oversight",
     source=src("绿色低碳与节能", C4D, T03 + ".md",
                "https://zjw.sh.gov.cn/jsgl/20200615/54e24ab1ebfa43e68b98aa2002eab08d.html", 2106),
     style="the title; the site's metadata chrome one field a line; the number, the issuer, the title again, addressees "
           "「各有关单位：」, a preamble (spaces around 「，」 and inside 《 》 as printed); 一、–三、 heading lines over run-in items "
           "「（一）…」 (4, 4, 2); 二、（三） a lead-in 「…做好以下工作：」 over 1.–7. closed by 「；」; the entry into force and a repeal "
           "as an unnumbered closing paragraph; the date in Chinese numerals; the site's 收藏 lines; words broken by stray spaces "
           "(「建设工程 竣工验收」「（运 行评价）」「标识项目 的」); no blank lines",
     leaf_tasks=13, count_alternatives=[14, 15, 16],
     leaf_tasks_by_section={"一、评价管理要求": 2, "二、评价机构管理": 10, "三、标识项目监督管理": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（二）"], [], [], [(1, "年")],
          note="「竣工评价应在建设工程竣工后进行，…运行评价应在…投入使用一年后进行（需具备一年以上完整运行数据）」 — a rule point with "
               "no subject that gives work with 应 (round 43: rule points with no subject are tasks where they give work); "
               "「建设单位也可…通过自行组织/委托…等方式开展预评价」 — an option 「也可」 (round 30 / round 40: no doer), 组织 inside "
               "the option's means: " + NONE + "; target: 「需具备一年以上完整运行数据」 — 以上 (round 30's line; round 40: a "
               "standard the work must meet to be recognised) → 1年; 「一年后」 a time from an event (round 34): " + NODATE),
        S(["一", "（四）"], [], [], not_targets=[(5, "年")],
          note="「…的项目，申请绿色建筑评价标识时均应依据《绿色建筑评价标准》…进行评价」「2020年12月31日后，相关评价机构仅受理按…申请的…"
               "项目」 — instructions with 应 and a rule for the evaluators, 进行／受理 no rule-2 verbs (" + CLOSED + "): " + NONE
               + "; the dates 「2020年5月1日（含）后取得…许可证或2020年10月1日（含）后取得…审查意见书的项目」 pick the projects "
               "(round 41: a cut-off that picks the objects is no deadline), and 「2020年12月31日后」 is when a rule starts, no "
               "date by which work is done; 「竣工验收五年内申报…的项目除外」 — 五年内 a span from an event that names the excepted "
               "projects (round 33: a limit from an event with no comparison word is no target) → 5年 not a target; "
               "DG/TJ08-2090-2020 a standard's number; " + NODATE),
        S(["二", "（一）"], [], THREE,
          note="「本市绿色建筑标识实施第三方评价，由上海市绿色建筑协会、住房和城乡建设部科技与产业化发展中心、中国城市科学研究会承担本市"
               "一、二、三星级绿色建筑评价标识项目的评价工作」 — 由A＋a verb of doing (round 34), 承担…工作 with work as object, not a "
               "cost (round 30: a cost object makes a payer; round 41: 「A承担…的推进」 designates A): the three bodies in printed "
               "order; 「实施第三方评价」 has the label system as subject, no body; no 牵头: lead [] (round 30); 一、二、三星级 grades, "
               "no figures to check; " + NODATE),
        S(["二", "（二）"], [], [], responsible_alternatives=[[COMM], [THIRD, COMM]],
          note="「第三方评价机构应具有完善的评价管理制度…，并做出信用承诺」 — 具有 a verb of having, 做出 no rule-2 verb; 「市住房城乡"
               "建设管理委对评价机构进行统一编号，并…统一向评价机构发放标识项目顺序编号」 — 进行 without 由 (round 37) and 发放 are "
               "no rule-2 verbs (" + CLOSED + "): " + NONE + "; " + ARTICLE + "; 「当年」 no date: " + NODATE),
        S(["二", "（三）", "1"], [], [], responsible_alternatives=[[THIRD]],
          note=LEADIN3 + "; 「拟定和发布…申报指南，健全和完善评价流程…」 — 拟定, 发布, 健全, 完善 are no rule-2 verbs (" + CLOSED
               + "): " + NONE + "; " + NODATE),
        S(["二", "（三）", "3"], [], [THIRD], lead_alternatives=[[THIRD]], responsible_alternatives=[[]],
          note=LEADIN3 + "; 「竣工/运行评价时应组织专家对项目各类绿色性能指标进行现场核查」 — 组织＋work (round 34: 「组织专家评审」; "
               "round 43: 组织 whatever its object; the experts, persons, no unit) with the lead-in's subject carried → "
               "第三方评价机构 (none accepted: round 41, a subjectless 组织 gives no doer); 「…时」 the occasion of the work, not a "
               "case; " + ONE_LEAD + "; " + NODATE),
        S(["二", "（三）", "6"], [], [], responsible_alternatives=[[THIRD]],
          note=LEADIN3 + "; 「每月定期将…受理情况、评价情况和评价结果报送市住房城乡建设管理委」 — 报送 no rule-2 verb: " + NONE
               + "; the monthly sending is a duty (round 40: a standing rhythm of reporting to the issuing office is a duty; "
               "round 48: bodies the rules task with the plan's own work have duties, not filings); 每月 a rhythm: " + NODATE),
        S(["二", "（三）", "7"], [], ["上海市绿色建筑协会"], lead_alternatives=[["上海市绿色建筑协会"]],
          note="「上海市绿色建筑协会应配合市住房城乡建设管理委做好…信息汇总和统计分析等工作」 — round 46 (governs, x150_01): the subject "
               "of 配合 as the item's main verb is a doer (rounds 42, 44), and the body served (市住房城乡建设管理委) is no unit "
               "(做好 no rule-2 verb; not under a work heading); the item names its own body, so the lead-in gives nothing (rule "
               "4); " + ONE_LEAD + "; " + NODATE),
        S(["二", "（四）"], [], [], responsible_alternatives=[[COMM]],
          note="「市住房城乡建设管理委加强对绿色建筑评价机构的监督管理，对评价机构工作质量进行评估」 — 加强, 进行 without 由 (round "
               "37) are no rule-2 verbs (" + CLOSED + "): " + NONE + "; " + ARTICLE + "; " + NODATE),
        one(["三", "（一）"], COMM,
            note="「市住房城乡建设管理委将不定期组织标识项目的监督抽查」 — 组织＋a verb-noun (round 34: modifiers between allowed; round 43: "
                 "组织 whatever its object) → a doer; 「按照…要求对标识项目和评价机构进行处理」 进行 (round 37); 「对于以欺骗、贿赂等…的，"
                 "应追究关联单位和人员的相关法律责任」 — a penalty with no doer (round 32; round 48: liability states a consequence), "
                 "关联单位 those punished, no unit; 「不定期」 no date: " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "每月定期将绿色建筑评价项目的受理情况、评价情况和评价结果报送市住房城乡建设管理委", "when": "每月",
              "when_norm": "monthly",
              "note": "二、（三）6: the third-party evaluators' monthly report to the commission — a standing rhythm of reporting to "
                      "the issuing office (round 40), from bodies the notice tasks with its own work (round 48: an agent's yearly "
                      "report is a duty), not a regulated party's filing on itself (round 41)"}],
     notes=["counting: the chrome lines, the number, the issuer's line, the repeated title and the preamble no task; 一、（一） "
            "「…遵循自愿原则，…遵循科学、公开、公平和公正的原则」 — a principle with no work (round 33: no task in a plan whose tasks "
            "name units; the count with it accepted); 一、（三） 「本市绿色建筑评价标识有效期为三年」 — a term of the scheme with no doer "
            "and no 要／应 (round 46 / 48: a point that states a scheme's terms is no task); 一、（二）（四） → 2; 二、（一）（二） 2, "
            "（三）'s lead-in over 1.–7. → 7, （四） 1 → 10; 三、（一） 1; 三、（二） 「任何单位和个人均可以书面形式向…反馈…」 — the "
            "public's option (rounds 36, 37, 48: rules for the public are text; 可以 an option, round 34) no task → **13**. "
            "Accepted: 14, 15, 16 (the principle, the term and the public's option counted, as the rulings accept counts with "
            "them; 16 is every numbered leaf). The closing paragraph 「本通知自发布之日起执行。…同时废止。」 is the close (round "
            "34), no task.",
            "units: doers by rule 2 — the three evaluators (二、（一） 由A承担…评价工作), 第三方评价机构 (二、（三）3 组织, with the "
            "lead-in's subject carried, RULING? 5), 上海市绿色建筑协会 (二、（三）7 配合), 市住房城乡建设管理委 (三、（一） 组织…抽查); "
            "市住房城乡建设管理委 and 第三方评价机构 elsewhere act by verbs outside rule 2 (进行, 加强, 发放, 具有: the article reading "
            "accepted, round 45); 建设单位 only in an option (也可); 关联单位和人员 only as those punished",
            "dates: 二○二○年四月十四日 (the signature); 2020年5月1日（含）后, 2020年10月1日（含）后 (cut-offs that pick projects), "
            "2020年12月31日后 (when a rule starts), 五年内 / 一年后 (from events); no deadline, no phases; one monthly duty",
            "figures: target 1年 (一年以上完整运行数据, 一、（二）); not targets 5年 (五年内, 一、（四）), 三年 (the label's term, in a "
            "point that is no task, no comparison word), 一、二、三星级 (grades), DG/TJ08-2090-2020 and 沪建管〔2015〕947号 "
            "(numbers), 3589258689/2020-00044 (the chrome's index number)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x233_04_shi-shifuban-2025-shangwu-louyu-gengxin-tisheng-shishi-yijian.txt"
T04 = "上海市人民政府办公厅关于推进商务楼宇更新提升的实施意见"
LABEL = ("rule 1: the item's 「（责任单位：…）」 label gives its units, split on 、 and ，, in printed order (各区政府 included); the "
         "label marks no 牵头: lead [] (EXPECTED.md: lead = [] wherever the document names no lead); bodies named in the text "
         "add nothing (rule 1)")


def lab(path, units, targets=(), note="", **kw):
    """An item with a 责任单位 label: lead [], responsible the label's names (a single name as lead accepted)."""
    if len(units) == 1:
        kw["lead_alternatives"] = [list(units)]
        note = note + "; " + ONE
    return S(path, [], list(units), targets, note=note + "; " + LABEL, **kw)


GOV = "各区政府"

plan(X04,
     title=T04,
     title_note="line 1 (printed again on line 3, before the number)",
     doc_no="沪府办发〔2025〕13号 (printed on line 4; the stored front matter leaves 文号 empty)",
     issuer="上海市人民政府办公厅",
     date="2025-07-03",
     date_note="the opinions are signed 2025年7月3日; the stored front matter gives 2025-08-04 and 上海市规划和自然资源局 (the "
               "page that republished it)",
     level="city government's general office (Shanghai), implementing opinions on renewing office buildings: eight parts, "
           "22 measures each with a 「（责任单位：…）」 label of city bodies and, for most, 各区政府",
     source=src("规划与土地", C49, T04 + ".md",
                "https://ghzyj.sh.gov.cn/zcwj/cxgh/20250804/90c43ba26e7f48d3b359851b1dbee491.html", 5362),
     style="the title twice (lines 1 and 3), the number, addressees 「各区人民政府，市政府各委、办、局：」, a preamble; 一、–八、 "
           "heading lines, each over measures 「（一）促进商务区能级提升和功能集聚。」 (a heading line) and one paragraph closing "
           "with 「（责任单位：A、B、…，各区政府）」; an unnumbered closing paragraph 「各有关部门要…。各区要…。」; the signature, the "
           "date and a 「## 附件（官方直链）」 block; no blank lines in the body",
     leaf_tasks=22, count_alternatives=[23],
     leaf_tasks_by_section={"一、": 5, "二、": 3, "三、": 2, "四、": 3, "五、": 2, "六、": 2, "七、": 2, "八、": 3},
     childless_top_level_sections=[],
     samples=[
        lab(["一", "（一）"], ["市规划资源局", "市商务委", "市住房城乡建设管理委", "市房屋管理局", "市国资委", "市经济信息化委",
                             "市科委", GOV],
            note="「积极引入优质企业」 no subject; the label's 「市科委，各区政府」 joined by ，: separate names; " + NODATE),
        lab(["一", "（五）"], ["市住房城乡建设管理委"],
            note="「建筑面积在500平方米以下（总投资额在100万元以上的除外）且不涉及用途转换的商务楼宇简易装修工程，可不申请办理施工许可证」 "
                 "— the bands decide which works may skip the permit: not checked either way (RULING? 4: round 34's class the "
                 "rule covers, or round 48's band that decides a step, like a procurement method); 「实行…属地备案和开工信息报送"
                 "制度」 — the works' own filings (round 32 / 41), no duty; " + NODATE),
        lab(["二", "（三）"], ["市住房城乡建设管理委", "市房屋管理局", "市规划资源局", "市商务委", GOV],
            note="「从严管控…分割销售行为，禁止以虚拟划线或非实体墙等形式分层、分区分割转让」 — no subject; 「对于已分割销售和分割租赁的，"
                 "应完善全周期合同管理」 a case with no body; " + NODATE),
        lab(["四", "（一）"], ["市住房城乡建设管理委", "市发展改革委", "市商务委", "市国资委", "市科委", "市民政局", "市卫生健康委",
                             "市经济信息化委", "市房屋管理局", "市教委", "市体育局", "市文化旅游局", "市应急局", "市消防救援局", GOV],
            [(15, "年")],
            note="「具体兼容业态和年限经更新主体评估并经区政府决策认定后实施，年限不超过15年」 — 不超过 (round 30's line; round 32: "
                 "「最长五年」 a ceiling of a term is a target) → 15年; 经区政府决策 an approving body (rule 3), 更新主体 a party "
                 "evaluating its own building, no unit beside the label anyway (rule 1); 「在一定时期内」 no date; fourteen city "
                 "bodies and 各区政府 — the longest label; " + NODATE),
        lab(["四", "（三）"], ["市市场监管局", "市商务委", "市住房城乡建设管理委", "市体育局"],
            note="a label with no 各区政府; 「办理营业执照时可提交…作为产权证明」 — an applicant's option (round 30), 「房屋调查机构出具的"
                 "…报告书」 a body inside a noun's description (round 30); " + NODATE),
        lab(["五", "（二）"], ["市交通委", "市住房城乡建设管理委", "市城管执法局", "市商务委", "市市场监管局", "市文化旅游局",
                             "市体育局", "市水务局", "市公安局", "市电力公司", GOV],
            note="a label with a company (市电力公司) among the bodies — a unit as printed (rule 1: the label decides); " + NODATE),
        lab(["七", "（一）"], ["市住房城乡建设管理委", "市国资委", "市机管局", "市财政局", "市房屋管理局", GOV],
            note="「包括但不限于以下方式：对…的楼宇，可通过…收购…；…可采取国有资产划转方式…；…可由权利人实施自主更新；…更新实施主体可…"
                 "自行或委托其他运营主体开展…」 — options 「可…」「可由A…」 (round 30: an option is no assignment), the label alone "
                 "gives the units; 「市、区机关事业单位或国有企业持有的房屋」 owners inside a description; the ways are one "
                 "paragraph's text (no numbers), not items; " + NODATE),
        lab(["八", "（一）"], ["市发展改革委", "市住房城乡建设管理委", "市财政局", "市委金融办", "上海金融监管局", "上海证监局"],
            note="「鼓励在沪金融机构加大…信贷支持」 — 鼓励 names no doer (round 40); 「根据市住房城乡建设管理委等部门相关政策，对…"
                 "示范项目给予资金补贴」「根据市发展改革委、市财政局等部门相关政策对光伏项目投资主体给予资金奖励」 — payers with the "
                 "policies' owners named (cost verbs, round 46 / 48), no unit beside the label (rule 1); no 各区政府 in the "
                 "label; " + NODATE),
        lab(["八", "（二）"], ["市国资委"],
            note="「将有效提升出租率作为工作目标」 — a goal with no figure; 「给予国有企业更大的楼宇招商运营自主权」 no figure; "
                 + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[],
     notes=["counting: the repeated title, the number and the preamble no task; 一、 （一）–（五） 5, 二、 （一）–（三） 3, 三、 "
            "（一）（二） 2, 四、 （一）–（三） 3, 五、 （一）（二） 2, 六、 （一）（二） 2, 七、 （一）（二） 2, 八、 （一）–（三） 3 → **22**; "
            "each measure is a heading line 「（一）…。」 over one paragraph with its label (one task). The unnumbered paragraph "
            "after 八、（三） 「各有关部门要按照职责分工，加强统筹指导和协调支持…。各区要细化落实主体责任，健全完善工作机制，推进三年行动计划"
            "项目稳妥有序实施，同步做好相关项目实施统计工作。」 speaks to the whole opinions, not to 八、's work: read as the close "
            "(round 34: a paragraph that starts the notice's close), not a task of 八、 and not 八、（三）'s body (round 32: a "
            "paragraph of the notice's close is neither). Accepted: 23 (the paragraph as one more task, round 40's closing "
            "paragraph after a section's last item).",
            "units: every measure has a 「（责任单位：…）」 label (rule 1) — city commissions and bureaus by their short names "
            "(市规划资源局, 市住房城乡建设管理委, 市房屋管理局 …), 市委金融办, 上海金融监管局, 上海证监局, 市电力公司, and 各区政府 in "
            "most; no label marks a lead (lead [] throughout; a single unit as lead accepted, plans-dev 03); bodies in the "
            "text (区政府 in 经区政府决策, 国有企业, 在沪金融机构, 权利人, 更新实施主体) add nothing (rule 1)",
            "dates: 2025年7月3日 (the signature) only; 「在一定时期内」「近期」「适时」 and 「三年行动计划」 (the closing paragraph) name "
            "no date: no deadline in any measure, no phases, no duties (「实行所辖区域属地备案和开工信息报送制度」 in 一、（五） is the "
            "works' own filing, round 32 / 41)",
            "figures: target 15年 (年限不超过15年, 四、（一）); not checked either way (RULING? 4): 500平方米 (以下) and 100万元 (以上) "
            "in 一、（五） (bands that decide which works may skip a permit); 沪府办发〔2025〕13号 (a document number)"])

write_collected(DIR)
