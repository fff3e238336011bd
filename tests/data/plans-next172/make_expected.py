# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next172/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 41 (built by helper c172): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the round-41 rulings written
early and continued included) applied to every item. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next172/make_expected.py tests/data/plans-next172
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
src = shanghai_source

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb "
          "(确定, 加强, 健全, 报送, 进行, 登录 …) is not a unit")
LABEL = ("CONVENTIONS.md units rule 1: the closing bracket 「（A、B、…）」 is the item's units label; it names no lead (no 牵头, "
         "no first-listed rule), so lead = [] and responsible = the bracket's names in printed order (as plans-dev 02 reads "
         "its 「（A、B…负责）」 lists); sentences in the item's text then add nothing (the label decides)")
GENERAL = ("round 33: 有关单位／相关单位／各单位 are general calls (单位 is any body) — 「请各单位…」 names no doer (round 30: 「请A"
           "…」 is read by the body A and the verb after it)")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2")


def one(path, unit, targets=(), note="", **kw):
    """An item whose one doer (rule 2) is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x172_01_shi-jiaotongwei-2023-gonggong-chongdian-sheshi-zicha-choucha-tongzhi.txt"
N01 = "关于开展公共充电设施自查抽查工作的通知"
TURNED42 = ("CONVENTIONS.md \"Round 42 rulings, written early\" → Dates and duties (turned, naming x172_01): a dated "
            "sending by a body the plan itself tasks, inside the plan's own campaign (operators sending their 整改计划 and "
            "自查表 by 6月30日 after the self-check the plan gives them), is a dated duty; only standing statutory filings to the "
            "administering department stay filings; the units of 三、（一）（二） are unchanged (the receiving bodies no units)")
CHECKS01 = ("三、检查安排's items are dated by their own sentences (a span 「2023年7月1日至8月15日」 or a limit 「在2023年6月30日前」): the "
            "item's own date is its deadline, the span's end where it is a span (round 34: the latest date of an item is "
            "its deadline; round 36: an item's own date wins)")

plan(X01,
     title=N01 + "（上海市交通委员会、上海市发展和改革委员会 " + N01 + "）",
     title_note="the notice title (line 3) or the line before it that puts the two issuers in front (line 1): either",
     doc_no="沪交科〔2023〕301号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市交通委员会 and 上海市发展和改革委员会 (two signatures on one line; the index lists both)",
     date="2023-04-24",
     date_note="the notice is dated 2023年4月24日; the index gives 2023-04-27 (the publication date)",
     level="two city commissions (Shanghai's transport commission and development and reform commission), a notice of a "
           "campaign of self-checks and spot checks of public charging facilities: objects, check points, four dated "
           "steps of checking, and an attached self-check form",
     source=src("工程建设管理", "上海市交通委员会、上海市发展和改革委员会 " + N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=febab37025b948458e92587aa26c7dc3&siteId=0010", 2554),
     style="line 1 the two issuers and the title on one line (a space between), line 3 the title again; addressees and the "
           "preamble on lines with no blank between; 一、检查对象 one sentence; 二、主要检查内容 （一）（二） run-in check "
           "points 「（一）场库配建情况。…是否…」; 三、检查安排 （一）–（四） run-in items, each naming who checks and when; "
           "「特此通知。」, a 附件 line, two signatures on one line with a run of spaces, the date, a bracketed block of "
           "contacts with persons' names, phone numbers and an e-mail address; then 「附件」 and the self-check form (fields "
           "「…数量（个）：」, two lists （1）–（5）, check boxes 「□是   □否」)",
     leaf_tasks=4, count_alternatives=[6],
     leaf_tasks_by_section={"三、检查安排": 4},
     childless_top_level_sections=["一、检查对象"],
     samples=[
        one(["三", "（一）"], "各区交通行政管理部门", dl="2023年6月30日前", dln="2023-06-30",
            note="「各区交通行政管理部门组织辖区内各公共停车场（库）经营企业，就…开展全面自查」 — 「A组织B＋verb」 (round 30): A is "
                 "the doer, B (the object of 组织) is no unit; 「公共停车场（库）经营企业或充电设施运营建设单位应在2023年6月30日前登录…"
                 "市级平台…开展自验」 — 登录 is no rule-2 verb (" + CLOSED + "), and 开展 without 组织 names none; 「…将相关整改计划"
                 "报告所在区交通行政管理部门」 is a regulated party's filing (round 32 / round 41: no duty, the receiving body no "
                 "unit by it); deadline: the item's own date 「在2023年6月30日前」 (" + CHECKS01 + "); the URL's digits "
                 "(1644213530313965568) are a name, not a target"),
        S(["三", "（二）"], [], ["市级平台", "充电运营商"], dl="2023年6月30日前", dln="2023-06-30",
          lead_alternatives=[["市级平台"]],
          note="「市级平台组织各充电运营商就…开展全面自查」 — 「A组织B＋verb」 (round 30): 市级平台 the doer (the name given through "
               "「（以下简称“市级平台”）」 in （一）, read as printed here, round 38; a platform made an actor is a unit as printed, "
               "round 34), 各充电运营商 (the pivot's object) no unit by that clause; 「充电运营商应在2023年6月30日前将自查表…提交"
               "市级平台」 — a filing (round 39: 由A向B提交 makes A no doer); 「充电运营商应当配合相关停车场（库）经营企业进行自验工作」"
               " — round 34: 「B配合」 in an item that has a rule-2 doer makes B responsible, and 「B配合A＋verb」 gives A only by "
               "rule 2 (进行 is not in the list): 充电运营商 responsible, 相关停车场（库）经营企业 no unit — RULING? 1 (the 配合 "
               "subject is the same kind as the pivot's object); lead [] (round 30: 「A负责…，B配合」 has no lead unless A "
               "牵头), 市级平台 as the lead accepted (rule 2: A alone may be accepted); deadline 2023-06-30 (" + CHECKS01 + ")"),
        one(["三", "（三）"], "各区交通行政管理部门", dl="2023年7月1日至8月15日", dln="2023-08-15",
            note="「2023年7月1日至8月15日，各区交通行政管理部门根据…组织对辖区内公共停车场（库）公共充电站点开展有针对性地抽查」 — "
                 "组织＋work (round 34: 组织 followed by work, modifiers between allowed): a doer; 「要求经营企业限期整改」 — the "
                 "object of 要求 is no unit; 「形成核查报告报送市道路运输管理局」 is a duty below (the receiving body no unit); "
                 "deadline: the span's end 8月15日, its year from 「2023年7月1日」 (" + CHECKS01 + "); RULING? 2: 三、检查安排's "
                 "dated items are read as tasks with dates, not as phases"),
        S(["三", "（四）"], ["市交通委", "市发展改革委", "市道路运输局"],
          ["市交通委", "市发展改革委", "市道路运输局", "市级平台"], dl="2023年8月16日至9月30日", dln="2023-09-30",
          lead_alternatives=[[]],
          note="「市交通委、市发展改革委、市道路运输局在各单位自查抽查的基础上，联合市级平台对…进行抽查检查」 — 「A联合B＋verb」 "
               "reads as 「A会同B」 (round 34, closed in round 39): lead A (the three commissions and bureau named as one "
               "subject), lead [] accepted; responsible A and B (市级平台); 「暂停其申报…资格」「纳入企业信用记录管理」 — "
               "penalties with no subject; deadline: the span's end (" + CHECKS01 + ")"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区交通行政管理部门形成核查报告报送市道路运输管理局", "when": "", "when_norm": None,
              "note": "三、（三）: a plan unit's sending to another body of the plan (round 35 / round 36: a duty, undated where "
                      "no date is written for the sending itself; the check span 2023年7月1日至8月15日 dates the item's work)"},
             {"what": "公共停车场（库）经营企业或充电设施运营建设单位在2023年6月30日前开展自验，自验结果不合格、存在僵尸桩的公共停车场（库）"
                      "将相关整改计划报告所在区交通行政管理部门",
              "when": "2023年6月30日前", "when_norm": "2023-06-30", "note": "aligned round 41: " + TURNED42 + " — 三、（一）"},
             {"what": "充电运营商应在2023年6月30日前将自查表提交市级平台", "when": "2023年6月30日前", "when_norm": "2023-06-30",
              "note": "aligned round 41: " + TURNED42 + " — 三、（二）"}],
     notes=["counting: line 1 and line 3 print the title twice; the preamble no task; 一、检查对象 (one sentence, the objects "
            "checked: a scope) a section; 二、主要检查内容 （一）（二） are the points the checks look at (「是否满足…」「是否存在…」"
            "「是否建立…」: questions naming no body and giving no work — round 35: lists that give no work are text) — no tasks, "
            "6 accepted counting them (round 38 / 40: items naming no unit are tasks where they give work); 三、检查安排 "
            "（一）–（四） → **4**. The body ends at 「附件：充电运营商自查表」 (line 18); the form after 「附件」 (its fields and the "
            "two lists （1）–（5）) is a form to fill, no task and no task table",
            "dates: 2023年4月24日 (the signature), 2023年6月30日前 (二 items), 2023年7月1日至8月15日 and 2023年8月16日至9月30日 "
            "(spans); no phases (RULING? 2: 检查安排 is not one of round 33's stage sections 实施步骤／工作步骤／时间安排, and its "
            "items are named by the work and its doer, not as stages; were they phases, they would run ? → 2023-06 twice, "
            "2023-07 → 2023-08, 2023-08 → 2023-09)",
            "aligned round 41: the parking operators' 「将相关整改计划报告所在区交通行政管理部门」 and the charging operators' "
            "「在2023年6月30日前将自查表…提交市级平台」 are dated duties (2023-06-30), two duties added — " + TURNED42 + "; "
            "the builder's note was: filings read as no duty: the parking operators' 「将相关整改计划报告所在区交通行政管理部门」 and "
            "the charging operators' 「将自查表…提交市级平台」 — regulated parties sending to the body that checks them (round 32; "
            "round 41: a regulated party's filings are not duties) — RULING? 3 (the charging operators are also the plan's "
            "addressees 「各相关单位」)",
            "figures: none are targets — 3个月内 (a form field), the URL's digits, phone numbers (23115232, 13916075577, "
            "15800990605, 18221059360); persons in the contact block (张英杰, 王志昕, 周天卉, 徐一诚) are never units"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x172_02_shi-fagaiwei-2023-lingang-chanjiao-ronghe-chengshi-jianshe-ruogan-cuoshi.txt"
P02 = "支持临港新片区加大先行先试探索 深化产教融合城市建设若干措施"


def lab(path, units, targets=(), note="", **kw):
    return S(path, [], list(units), targets, note=LABEL + ("; " + note if note else "") + "; " + NODATE, **kw)


plan(X02,
     title=P02 + "（关于印发《" + P02 + "》的通知）",
     title_note="the measures' own title (line 25, after the cover) or the notice title (line 1): either",
     doc_no="沪发改社〔2023〕18号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会 with 上海市教育委员会, 上海市经济和信息化委员会, 上海市科学技术委员会, 上海市财政局, "
            "上海市人力资源和社会保障局, 上海市国有资产监督管理委员会 and 中国（上海）自贸试验区临港新片区管委会 (eight signatures, one "
            "a line; the index lists 上海市发展和改革委员会)",
     date="2023-04-27",
     date_note="the cover is dated 2023年4月27日; the index gives 2023-04-28 (the publication date)",
     level="eight city commissions, bureaus and the Lingang administration (Shanghai), measures supporting Lingang's "
           "pilot of an industry–education integration city: fifteen measures in three groups, each closing with its "
           "bodies in brackets",
     source=src("工程建设管理", "关于印发《" + P02 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=984eb5456f1b40fdaab2199882a47880&siteId=0025", 4553),
     style="cover (addressees, one paragraph, eight signatures one a line, the date); the measures' title (a space inside "
           "it), a preamble; 一、–三、 heading lines over items 「1.完善工作推进机制。…」–「15.…」 numbered straight through, one "
           "paragraph each ending with the item's bodies in brackets 「（市教委、市经济信息化委、市发展改革委）」 (no lead named); "
           "item 10 printed 「10. 优化…」 with a space after the period; blank lines between all paragraphs",
     leaf_tasks=15,
     leaf_tasks_by_section={"一、加快构建产教融合制度环境": 5, "二、加强创新探索先行先试": 5, "三、加大平台资源布局力度": 5},
     childless_top_level_sections=[],
     samples=[
        lab(["一", "1"], ["各有关部门", "高校"],
            note="「（各有关部门、高校）」: the label keeps every name it prints (round 33: less only 各地／各地区／各方面／有关方面); "
                 "各有关部门 a kind (round 32), 高校 a kind of body; 「依托上海电机学院设立…办公室，联合…」 and 「支持临港新片区创新筹设…」 "
                 "add nothing to a labelled item (rule 1; and 支持A… names no doer, round 40)"),
        lab(["一", "2"], ["市教委", "市经济信息化委", "市发展改革委"], not_targets=[(1.0, "版")],
            note="「产教融合信息服务平台1.0版」 — a version number in a name (names with digits are not targets; x164_01 read "
                 "「3.0」 so) → 1.0版 not a target"),
        lab(["一", "5"], ["市发展改革委", "市教委", "市经济信息化委", "市科委", "市人力资源社会保障局", "市财政局"],
            note="six names in the bracket; 「由第三方机构开展产教融合效能评价」 is 由A＋a verb of doing, but the label decides "
                 "(rule 1: sentences add nothing to a labelled item)"),
        lab(["二", "6"], ["市教委", "市经济信息化委", "市科委", "市发展改革委"],
            note="「由管委会联合相关部门…加强引导」 — a 由-clause inside a labelled item adds nothing (rule 1); 「“4+2+2”前沿产业体系」 "
                 "— figures that explain a name's make-up are not targets (round 37: 「1+12+X」)"),
        lab(["二", "10"], ["市教委", "市人力资源社会保障局"],
            note="the item is printed 「10. 优化“双师型”师资队伍建设。」 with a space after the period (kept as stored); "
                 "「鼓励“双师型”教师双向流动」「支持率先建立企业导师制」 — 鼓励／支持 name no doer (round 40)"),
        lab(["三", "14"], ["市发展改革委", "市教委", "市国资委", "市财政局"], not_targets=[(21, "家")],
            note="「加强对现有21家市级产教融合型试点企业培育和认证」 — a count of existing pilots (round 33: past and present "
                 "figures are not targets; round 38: counts of existing pilots are not targets) → 21家 not a target"),
        lab(["三", "15"], ["市科委", "市教委", "市经济信息化委"],
            note="「以临港五校为主体」 — 以A为主体 is a designation (round 38), but the label decides (rule 1); 五校 a name, "
                 "not a figure to reach"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover forwards the measures (one plan, round 30 'two documents under one cover'; 「请认真做好落实"
            "工作」 is a cover instruction, no task); the preamble no task; 一、 1–5, 二、 6–10, 三、 11–15 → **15** (every "
            "item carries its units label)",
            "units: every item's units come from its closing bracket (rule 1), no lead anywhere; the brackets hold city "
            "bodies only, except 一/1 「（各有关部门、高校）」; the cover's 「市有关部门联合临港新片区管委会制定了…」 is the preamble "
            "of the cover (round 40: a preamble gives units to no item)",
            "dates: 2023年4月27日 (the signature) only; no item writes a date, no phases, no duties",
            "figures: none are targets — 1.0版 (a version), 4+2+2 (a name's make-up), 1+X (a certificate system's name), 21家 "
            "(existing pilots), 四期 / 三期 (phases of campuses, names), 临港五校 (a name), 大三 (a year of study)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x172_03_shi-fagaiwei-2023-gongban-gaoxiao-benzhuanke-xuefei-xingcheng-jizhi-tongzhi.txt"
HEADED = ("round 34 (written early): in a notice of headed points 一、…七、 (five of the seven have no numbered child) a "
          "childless point whose text gives work is a task")
CEIL = ("a policy's own ceiling 「最高不超过…」 is the item's target (round 25: subsidy ceilings; round 30: 最高／不超过 are "
        "comparison words)")

plan(X03,
     title="关于优化本市公办高校本专科学费形成机制的通知",
     title_note="line 1 (the notice prints no other title)",
     doc_no="沪发改价调〔2023〕21号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会 with 上海市财政局 and 上海市教育委员会 (three signatures; the index lists "
            "上海市发展和改革委员会)",
     date="2023-04-26",
     date_note="the notice is dated 2023年4月26日; the index gives 2023-04-28 (the publication date)",
     level="three city bodies (Shanghai's development and reform commission, finance bureau and education commission), "
           "a price notice on how public universities' tuition fees are set: scope, three fee rules with ceilings, and "
           "duties of the universities and the three issuers",
     source=src("工程建设管理", "关于优化本市公办高校本专科学费形成机制的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=fa1e88923a3143d0a699954aecfb4720&siteId=0025", 1875),
     style="the title, addressees 「各公办普通高等学校：」, a preamble; seven headed points 一、–七、 on heading lines over "
           "paragraphs; 二、 and 七、 hold items 「1.…」 (二、's with run-in headings 「1.优化学科分类收费政策。…」); 五、 three "
           "paragraphs (the third naming the three issuers); an entry-into-force paragraph 「本通知自2023年秋季学年起执行。」; "
           "three signatures, the date; blank lines between all paragraphs",
     leaf_tasks=8, count_alternatives=[6, 9],
     leaf_tasks_by_section={"二、主要内容": 3, "三、严格执行各项资助政策": 1, "四、提升教育经费使用效益": 1,
                            "五、规范高校学费收费行为": 1, "六、建立定期成本监测制度": 1, "七、其他": 1},
     childless_top_level_sections=["一、适用范围"],
     samples=[
        S(["二", "2"], [], [], [(6500, "元/生·学年"), (7000, "元/生·学年"), (7400, "元/生·学年"), (13000, "元/生·学年")],
          note=CEIL + " → 6500 / 7000 / 7400 / 13000 元/生·学年; 「各公办高校在基准学费标准范围内根据实际情况确定具体学费标准」 — "
               "确定 is no rule-2 verb (" + CLOSED + "): " + NONE + "; RULING? 4: 二、's items read as tasks (headed measures "
               "that set the policy and give the universities work), not as a list of rates; " + NODATE),
        S(["二", "3"], [], [], [(10, "%")],
          note="「入选国家“双一流”建设学科的学费标准可上浮不超过10%」 — 不超过 (round 30's line; a policy's own rate, round 35) → "
               "10%; 「十位不变、个位只舍不入」 a rounding rule (no figure); 「各公办高校结合实际情况确定具体上浮比例」 — 确定 "
               "(" + CLOSED + "): " + NONE + "; " + NODATE),
        one(["三"], "各公办高校", [(4, "%")],
            note=HEADED + "; 「各公办高校应按照有关规定，落实各项奖贷助勤补免政策」 — the subject of 落实 (rule 2), a kind of body "
                 "(各＋kind, round 32); 「每年从事业收入中足额提取4%-6%的经费用于资助学生」 — a policy's own rate (round 25), a "
                 "range read at its lower edge (round 32) → 4%; 每年 is the rhythm of setting funds aside, not a sending (no "
                 "duty); " + NODATE),
        one(["四"], "各公办高校",
            note=HEADED + "; 「各公办高校应依法健全财务管理制度，全面实施预算绩效管理」 — 健全 is no rule-2 verb, but the same "
                 "subject carries to 实施 in the same sentence (round 34: an elided subject carries over inside one paragraph): "
                 "a doer; " + NODATE),
        one(["五"], "各公办高校",
            note=HEADED + " (three paragraphs under one point, one task); 「各公办高校应严格履行相关程序…。落实学费公示制度」 — "
                 "落实 with the elided subject 各公办高校 (round 34): a doer; 「市发展改革委、市财政局、市教委等根据各自职责，加强对…"
                 "监测监管」 — 加强 is no rule-2 verb (" + CLOSED + "): those bodies are no units of the item; the first "
                 "paragraph (「…实行“收支两条线”管理，收入及时全额上缴同级财政」) has no subject; " + NODATE),
        S(["六"], ["市教委", "市发展改革委"], ["市教委", "市发展改革委"],
          note=HEADED + "; 「市教委牵头开展年度成本调查，市发展改革委牵头开展定期成本监审」 — 「A牵头」 (rule 2) twice for two "
               "parts of the work: round 36, two bodies that 牵头 different parts of one item are both its lead; 年度 / 定期 "
               "are the rhythms of a survey and an audit, not sendings (no duty); " + NODATE),
        S(["七", "2"], [], [],
          note="「各公办高校在首期招生（或学费调整）当年，在招生章程发布前，应将收费政策有关情况，以书面形式报送市发展改革委、市财政局、"
               "市教委」 — 报送 is no rule-2 verb (" + CLOSED + "; round 39: a filing 「由A向B提交…」 makes A no doer, B "
               "receives): " + NONE + "; read as the regulated party's filing to the departments that administer the fee "
               "policy (round 32; round 41: a regulated party's standing filings are not duties) — no duty, RULING? 5; "
               "「在招生章程发布前」 — a time from an event, no deadline (round 34)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: a notice of headed points (" + HEADED + "); 一、适用范围 a scope (round 30 general provisions: no "
            "task; its 「2023年起新招录的学生」 dates the policy's reach, not work); 二、 1.–3. → 3 (RULING? 4; 6 accepted reading "
            "them as a list of rates under one point, round 36 / round 38, with 二、 then one childless task); 三、 四、 五、 "
            "六、 → 4; 七、 1. 「学费原则上按学年收取，不得跨学年预收」 is a rule with no body and no work (round 33: no task in a plan "
            "with units; 9 accepted counting it), 2. → 1 → **8**. The closing 「本通知自2023年秋季学年起执行…」 is the entry "
            "into force (no task)",
            "units: 二/1 (「取消…」「将…归并为…四大类，进行分类收费」, no subject) names none; the issuers appear only in 五、's "
            "third paragraph (加强, no rule-2 verb), 六、 (牵头, units) and 七/2 (receivers)",
            "dates: 2023年起 (the policy's reach), 2023年秋季学年 (entry into force), 2023年4月26日 (the signature); no item "
            "writes a deadline; no phases",
            "figures: 6500 / 7000 / 7400 / 13000 元/生·学年 (二/2), 10% (二/3), 4%-6% (三) — targets; 四大类 (a count of "
            "classes, a kind), 十位 / 个位 (digits of a rounding rule), 五部门 (a name inside a cited title) — not targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x172_04_shi-fagaiwei-2023-jichu-sheshi-reits-xiangmu-shenbao-tuijian-zhuanfa-tongzhi.txt"
FORWARD = ("round 39: a forwarding notice's own numbered requirements are tasks when the document it forwards is not "
           "printed (the national 《通知》 is only named in the 附件 line)")

plan(X04,
     title="关于转发《国家发展改革委关于规范高效做好基础设施领域不动产投资信托基金（REITs）项目申报推荐工作的通知》的通知",
     title_note="line 1 (the notice prints no other title)",
     doc_no="沪发改财金〔2023〕15号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2023-04-22",
     date_note="the notice is dated 2023年4月22日; the index gives 2023-04-24 (the publication date)",
     level="a city commission (Shanghai's development and reform commission), a notice forwarding a national notice on "
           "REITs project applications, with three requirements of its own to the districts' development and reform "
           "commissions and the Lingang administration",
     source=src("工程建设管理",
                "关于转发《国家发展改革委关于规范高效做好基础设施领域不动产投资信托基金（REITs）项目申报推荐工作.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=7472432ff2da4ae5860c72672208e803&siteId=0025", 1476),
     style="the title, addressees 「各区发展改革委，临港新片区管委会：」 (joined by a comma), a preamble; three headed points "
           "一、–三、 on heading lines over one or two paragraphs, each requirement in the request form 「请A…」; 「特此通知。」, "
           "a contact line (a division, a person, a phone number), a 附件 line naming the forwarded notice, the signature, "
           "the date; blank lines between all paragraphs",
     leaf_tasks=3,
     childless_top_level_sections=[],
     samples=[
        S(["一"], ["各区发展改革委", "临港新片区管委会"], ["各区发展改革委", "临港新片区管委会", "国资、商务等部门"],
          lead_alternatives=[[]],
          note=FORWARD + "; 「请各区发展改革委、临港新片区管委会会同国资、商务等部门，积极梳理…」 — 「请A…」 is read as 「A…」 "
               "(round 30) and 「A会同B＋verb」 gives lead A (lead [] accepted), responsible A, B; 「国资、商务等部门」 — fields "
               "sharing one head before 等部门 are one name as printed (round 31: 「人事、卫生等部门」, 等 kept); 「引导推动符合条件的"
               "企业…」 — the pivot's object no unit; the second paragraph 「同时，…继续…做好…工作」 is the item's body (the "
               "same subject); " + NODATE),
        S(["二"], [], [],
          note=FORWARD + "; 「请各单位按照…要求，…积极落实项目盘活条件，…协调本地区行业管理、自然资源、住房城乡建设、国资等部门对项目"
               "…予以支持」 — " + GENERAL + " (落实 after a general call gives no doer); the departments are the object of "
               "协调, no unit (round 30: the pivot's object; 协调 is no rule-2 verb): " + NONE + "; " + NODATE),
        S(["三"], [], [],
          note=FORWARD + "; 「对于项目基本符合…申报条件，且原始权益人向各单位正式报送申报材料的，请各单位…进行初审，并及时将相关"
               "意见报送我委」 — " + GENERAL + "; the 原始权益人 is an applicant (round 30, no unit); the sending to 我委 is a "
               "duty below: " + NONE + "; 「及时」 gives no date (" + NODATE + ")"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "及时将相关意见（初审意见）报送我委", "when": "及时", "when_norm": None,
              "note": "三、: the addressees' sending of their first-review opinions to the issuer (round 32 / round 35: a plan "
                      "unit's sending to another body of the plan is a duty, whoever the general call names); no date"}],
     notes=["counting: " + FORWARD + "; 一、 二、 三、 each give work → **3** (round 34 headed points; 一、's two paragraphs "
            "are one task)",
            "units: 一、 by 会同 (request form); 二、 and 三、 address 「各单位」 (a general call, round 33) — the addressees of "
            "the notice are named only in the address line 「各区发展改革委，临港新片区管委会：」, which is no item's subject",
            "dates: 2023年4月22日 (the signature); the cited 发改投资〔2023〕236号 and 国办发〔2022〕19号 are document numbers; "
            "no item writes a date; no phases",
            "figures: none — 236号, 19号 (document numbers), 23113934 (a phone number); 胡鲁鹏 (a contact person) is no unit"])

write_collected(DIR)
