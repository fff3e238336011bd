# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next212/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 46 (built by helper c212): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py and
``starting`` below); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the
"Round 46 rulings, written early" included) applied to every item. Neither the parser nor the scorer was run on this
set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next212/make_expected.py tests/data/plans-next212
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
src = shanghai_source


def starting(file, start):
    """Line and first eight characters of the one line that starts with ``start`` (a run-in headed paragraph or an
    unnumbered paragraph whose path is its first words)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, ln in enumerate(lines) if ln.strip().startswith(start)]
    assert len(hits) == 1, (file, start, hits)
    return {"line": hits[0] + 1, "title_starts": lines[hits[0]].strip()[:8]}


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2")
HEADED = ("round 34 (written early): in a notice of headed points whose points have no numbered child, a childless point "
          "whose text gives work — a rule-2 doer or an instruction 「应…」「要…」 to the plan's bodies — is a task")
LABEL = ("rule 1: the label 「（责任单位：…）」 closing the item gives its units (responsible, in printed order; no 牵头 named, "
         "so lead [] — plans-dev 02's responsible-only lists); sentences in the item add nothing")
RUNIN = ("round 35: run-in headings 「X。…」 opening the paragraphs of a numbered section are that section's items; round 40 / "
         "round 43: items naming no unit in a plan with units elsewhere are tasks where they give work (subjectless rule "
         "points), a count without them accepted")
PARA = ("round 38: unnumbered paragraphs of a notice with no numbering, each giving work, are its tasks (path by first "
        "words)")
GENERAL = "round 30: entry into force 「本通知自…起施行」 is a general provision, no task (a count that includes it is also accepted)"


def one(path, unit, targets=(), note="", **kw):
    """An item whose one doer (rule 2) is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x212_01_shi-anweiban-2022-anquan-fengxian-bianshi-pinggu-guankong-tongzhi.txt"
N01 = "上海市安全生产委员会办公室关于认真落实国务院安委会考核巡查整改要求进一步加强安全风险辨识评估和管控工作的通知"

plan(X01,
     title=N01,
     title_note="line 1 (the stored title; the text prints it once)",
     doc_no="沪安委办〔2022〕19号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市安全生产委员会办公室 (the signature; the index lists 上海市应急管理局, where the office sits)",
     date="2022-09-05",
     date_note="the notice is signed 2022年9月5日; the index gives the same day",
     level="city (Shanghai's work safety committee office) to the districts' work safety committees: after the State "
           "Council safety committee's 2021 inspection, districts are to build risk-control mechanisms, assess city "
           "safety risks every three years and by dated steps, and measure themselves against the national model-city rules",
     source=src("工程建设管理", "上海市安全生产委员会办公室关于认真落实国务院安委会考核巡查整改要求进一步加强安全风险辨识评估和管控工.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=b3dbd383f9004607af44f936704f33ea&siteId=0037", 1726),
     style="the title, the addressees 「各区安委会：」, a preamble (the inspection's findings); three heading lines 一、–三、 "
           "(「健全工作机制，强化联防联控」 …) each over one paragraph, 三、 with a second unnumbered paragraph (oversight, funds and "
           "an undated sending to the office); the signature, the date and a contact line (a person's name, phone and mail)",
     leaf_tasks=3, count_alternatives=[4],
     leaf_tasks_by_section={"一、健全工作机制，强化联防联控": 1, "二、开展风险评估，强化动态研判": 1, "三、对标示范创建，强化自评整改": 1},
     childless_top_level_sections=[],
     samples=[
        one(["一"], "各区", dl="2022年底前", dln="2022-12",
            note=HEADED + "; 「各区应健全…，完善…，建立健全…，特别是要加强…机制建设，组织辨识评估、监测预警、分级防控本行政区域内的重大安全"
                 "风险」 — 组织＋work (round 34: 组织 followed by a verb-noun makes its subject a doer), 各区 a kind (round 32), the "
                 "subject carried inside one paragraph (round 34's elided subject); 「明确风险清单以及对应的风险管控责任部门」 — the "
                 "departments are the object of 明确, no unit; the heading 「健全工作机制，强化联防联控」 names no duty word (no work "
                 "heading, round 37); deadline: 「2022年底前，各区应建立相关工作机制、制定工作方案…」 — the item's one date "
                 "(2022-12); the cited document numbers (中办发〔2018〕1号, 沪委办〔2019〕27号, 沪府发〔2021〕3号) are no targets"),
        one(["二"], "各区", [(1, "次")], dl="2023年底前", dln="2023-12", other_deadlines=["2022年底前"],
            not_targets=[(3, "年")],
            note=HEADED + "; 「各区应每3年组织开展1次城市安全风险评估」 — 组织开展 (rule 2; round 34): 各区 a doer; 「2022年底前，各区要"
                 "抓紧部署开展…，2023年底前，完成…综合评估和…专项评估，编制形成…报告，建立…平台并绘制…分布图」 — round 34: several dates "
                 "in one item, the latest is its deadline (2023-12), 2022年底前 a step; the three-yearly rhythm is no deadline "
                 "(round 34: recurring dates are a rhythm, and the item has one-off dates); figures: 「每3年…1次」 is a frequency "
                 "with no comparison word — a norm, not a target (round 30's line; round 36: 「按10%抽查」 with no comparison word is "
                 "a norm; round 35 makes a frequency a target only with a floor 「至少两年开展一次」) → 3年 not a target; 1次: not_target → "
                 "target by Round 59 rulings (governs, rounds 52, 58 over round 35's floor: round 35 does not make a bare count "
                 "none; the events an item holds are its own number of work, 1 次 included, with no comparison word); "
                 "「四色等级」 a name; 「形成评估报告」 is a report the item makes, sent to no one (no duty)"),
        S(["三"], [], [],
          note=HEADED + "; 「请各区按照…工作要求，加强工作自评，对标对表找差距、补短板…」 — the request form reads by its verb (round 30: "
               "「请A＋verb」), and 加强 is no rule-2 verb: a general call; the unnumbered paragraph after 三、 (line 11) is 三's body "
               "(round 32: an unnumbered paragraph after the last item that gives work is that item's body; the count with it as a "
               "task of its own, 4, is accepted — round 40's closing paragraph): 「市安委会办公室将把…纳入对各区…考核巡查内容」 "
               "(oversight, 纳入 no rule-2 verb), 「各区要同步将此项工作纳入…，加大…投入力度，统筹保障…资金，确保专款专用，加强巡查考核"
               "和督查督办」 — 纳入／加大／加强 are outside rule 2 and 保障 with funds as object names a payer (rounds 30, 37); the "
               "sending 「并请及时将有关工作推进情况报市安委会办公室」 is the plan's duty (below); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区及时将有关工作推进情况报市安委会办公室", "when": "及时", "when_norm": None}],
     notes=["counting: the preamble (the inspection's findings) no task; 一、–三、 three childless headed points each giving "
            "work to 各区 (round 34 early) → **3**; the paragraph after 三、 (line 11) read as 三's body (round 32); 4 accepted "
            "(it as one more task, round 40)",
            "units: 各区 by 组织 in 一、 and 二、; 三、's verbs (请…加强, 纳入, 加大, 统筹保障 funds) name no doer; 市安委会办公室 "
            "receives the sending and oversees (rule 3); 风险管控责任部门 are the object of 明确",
            "dates: 2022年底前 (一、, and a step in 二、), 2023年底前 (二、's last step); 每3年 a rhythm; 2021年度 (the inspection's "
            "year, a past fact); the signature 2022年9月5日",
            "duty: a plan body's sending to the plan's office (round 32 / 35), undated (及时); the contact line names a person "
            "(齐倩), no unit; the phone number and mail are no figures"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x212_02_shi-jiaotongwei-2022-xinnengyuan-chuzuche-chongdian-shifanzhan-ruwei-mingdan-tongzhi.txt"
N02 = "关于发布2022年度上海市新能源出租车充电示范站入围名单的通知"

plan(X02,
     title=N02,
     title_note="line 1 (the stored title; the text prints it once)",
     doc_no="沪交科〔2022〕487号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市交通委员会 with 上海市发展和改革委员会 and 上海市财政局 (three short-name signatures on one line 「市交通委        "
            "市发展改革委        市财政局」; the index lists the transport commission)",
     date="2022-08-26",
     date_note="the notice is signed 2022年8月26日; the index gives 2022-08-29",
     level="three city bodies (Shanghai's transport commission, development and reform commission and finance bureau): the "
           "2022 list of charging stations for new-energy taxis — the decision, what built stations' operators must do, "
           "what stations under construction, the districts' transport departments and the grid company must do by dated "
           "steps, and a year-end review; two attached lists of the stations",
     source=src("工程建设管理", N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=52f2f10ea85a4d028c5a44068704e751&siteId=0010", 2899),
     style="the title, the addressees 「各相关单位：」, a preamble (the review the three bodies held); four points 一、–四、 each one "
           "paragraph on the same line as its number; 「特此通知。」; an 附件 line over four lines (「附件：1．…（已建成）」 / 「入围名单」 "
           "/ 「2．…（计划建设）」 / 「入围名单」); three signatures on one line spaced by eight ASCII spaces; the date; then 附件1 and "
           "附件2, one cell a line: header 序号 / 属性 / 行政区域 / 项目名称 / 项目地址 / 运营企业, rows 1–11 and 1–18, the 属性 cell "
           "(新增项目 / 原示范站扩建项目) printed only on the first row of its run (merged cells)",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0,
     leaf_tasks_by_section={"二": 1, "三": 1, "四": 1},
     childless_top_level_sections=["一"],
     samples=[
        one(["二"], "各相关运营企业",
            note=HEADED + "; 「项目已建成的，各相关运营企业应加强管理，…建立安全运营制度，落实安全防范措施，…」 — 落实 (rule 2); 运营企业 is a "
                 "kind of body, so 各相关运营企业 is a kind (round 46: 相关企业 is a kind; round 34: a regulated party named by a kind "
                 "with a rule-2 form is a doer); 「项目已建成的」 sets the point's scope (二、 for built stations, 三、 for stations "
                 "being built — round 34's scope split), not a contingency inside other work; 「主动接受主管部门监管和上海充换电设施公共"
                 "数据采集与监测平台的监督」 — overseers, no units (rule 3); " + NODATE),
        S(["三"], ["各区交通管理部门"], ["各区交通管理部门", "区发展改革委", "国网上海市电力公司"], dl="11月底前", dln="2022-11",
          lead_alternatives=[[]], not_targets=[(2, "年")],
          note=HEADED + "; several clauses of rule 2 in printed order: 「各区交通管理部门要会同区发展改革委督促、推进示范站建设」 — "
               "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B; 「国网上海市电力公司做好电力供应保障…，落实本市…用电价格优惠"
               "政策」 — 落实 (rule 2); 「各项目申报企业应按既定的建设计划按期完成建设」 — 完成 is no rule-2 verb (round 30's closed "
               "list), and the firms are the list's applicants (round 30): no unit; deadline: 「在11月底前完成验收后报市交通委、市发展"
               "改革委核定」 — year 2022 from the notice (signed 2022年8月26日; the title's 2022年度); 「后两年的申报资格」 — what "
               "a breach costs (round 32 / 33: penalties are not targets) → 2年 not a target; 「报…核定」 is a duty (below; RULING? "
               "2 on its date)"),
        S(["四"], [], ["市交通委", "市发展改革委", "市财政局"], dl="在年底", dln="2022-12",
          note=HEADED + "; 「市交通委、市发展改革委、市财政局将组织对新能源出租车充电示范站进行评估考核」 — 组织＋work (round 34: 组织 "
               "followed by work, modifiers between allowed): the three bodies are doers, lead [] (no 牵头); 「本市对…采用动态管理、"
               "适时调整机制」 — 本市 is a place (round 43); deadline: 「并将在年底发布…最终名单」 — 年底 of the plan's year (round 34: "
               "「年底前」 is December of the plan's year): 2022-12; publishing a list is no report (no duty)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区交通管理部门完成验收后报市交通委、市发展改革委核定", "when": "11月底前（完成验收后）",
              "when_norm": "2022-11"}],
     notes=["counting: the preamble (the review the three bodies held, a past fact) no task; 一、 the decision 「经审核，同意…列为"
            "2022年度新能源出租车充电示范站入围名单」 — a statement with no doer and no work (round 33: in a plan whose tasks name "
            "units it is no task; a count that includes it, 4, is also accepted); 二、–四、 childless points giving work (round 34 "
            "early) → **3**",
            "attachments: 附件1 (rows 1–11) and 附件2 (rows 1–18) list the approved stations (属性, district, name, address, "
            "operator): a list that gives no work (round 35: lists that give no work are text), not an attached task table — "
            "attachment_task_rows 0; the 运营企业 cells are no units of any task",
            "units: 二、 各相关运营企业 (落实); 三、 各区交通管理部门 会同 区发展改革委, 国网上海市电力公司 (落实); 四、 the three city bodies "
            "(组织); 各项目申报企业 (完成, applicants), 主管部门 and the data platform (overseers) name no unit",
            "dates: 11月底前 (三、), 年底 (四、), both 2022 from the notice's date and the title; 后两年 a penalty's span",
            "duty: 「在11月底前完成验收后报市交通委、市发展改革委核定」 — the districts' transport departments pass the stations' "
            "acceptance on for the city's 核定 after their own step: round 46 (a plan body passing others' papers on after its own "
            "step has a duty; round 36's 「初审后报镇」), dated by the 11月底前 that heads the clause (2022-11) — RULING? 2 "
            "(the other reading: the date bounds the acceptance only, the sending after it undated)",
            "figures: 11个 / 10个 / 1个 and 18个 / 16个 / 2个 in 一、 count the approved stations (present facts of the decision, "
            "round 33) — no targets; addresses and names with digits (金高路200-1号, 虹桥机场T2航站楼, 丰翔路一八八八号) are names"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x212_03_shi-fagaiwei-2022-lingang-xinpianqu-qingneng-chanye-ruogan-zhengce.txt"
P03 = "关于支持中国（上海）自由贸易试验区临港新片区氢能产业高质量发展的若干政策"
UNITS9 = ["市发展改革委", "市科委", "市经济信息化委", "市规划资源局", "市住房城乡建设管理委", "市交通委", "市应急局", "市市场监管局",
          "临港新片区管委会"]

plan(X03,
     title=P03 + "（关于印发《" + P03 + "》的通知）",
     title_note="the policy's own title (line 33, after the cover and its 「附件：」 line) or the notice title (line 1): either",
     doc_no="沪发改高技〔2022〕83号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会 with 上海市经济和信息化委员会, 上海市科学技术委员会, 上海市规划和自然资源局, 上海市住房和城乡建设管理委员会, "
            "上海市交通委员会, 上海市应急管理局, 上海市市场监督管理局, 上海市绿化和市容管理局 and 中国（上海）自由贸易试验区临港新片区管理委员会 "
            "(ten signatures one a line; the index lists the development and reform commission)",
     date="2022-08-15",
     date_note="the cover is signed 2022年08月15日; the index gives 2022-08-26 (the page's publication)",
     level="ten city bodies (Shanghai's development and reform commission with nine city bodies and the Lingang new area's "
           "administration): policies supporting the hydrogen industry of the Lingang new area — guiding thought, five "
           "directions of support, and eighteen measures each closed by a 责任单位 label",
     source=src("工程建设管理", "关于印发《" + P03 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=d752e3ae307d42f5984a81491a8fea42&siteId=0025", 5983),
     style="a cover (addressees, a paragraph naming the ten bodies that made the policy, 「经市政府同意，现印发给你们」, ten "
           "signatures one a line, the date 「2022年08月15日」, 「附件：」 alone on its line); the policy's title, a preamble 「…特制定"
           "本政策。」; 一、指导思想 (one paragraph); 二、支持方向 — an opening paragraph, then five run-in headed paragraphs 「支持核心"
           "技术攻关。…」「支持产业集聚发展。…」「支持多元示范应用。…」「支持基础设施建设。…」「支持公共技术服务平台建设。…」; 三、政策措施 — "
           "items 1、–18、 (「1、」 with the enumeration comma), each a run-in heading, one paragraph and a closing label "
           "「（责任单位：A、B、…）」 (no 牵头 anywhere); every paragraph separated by a blank line",
     leaf_tasks=23, count_alternatives=[18, 19],
     leaf_tasks_by_section={"二、支持方向": 5, "三、政策措施": 18},
     task_section_leaves=18,
     childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "支持核心技术攻关"], [], [], nodl=True, **starting(X03, "支持核心技术攻关"),
          note=RUNIN + " (count 18 accepted; RULING? 1 asks whether round 44's decided reading of run-in paragraphs under a "
               "safeguards section — the section one task, 19 — reaches this 支持方向 section); 「突破长寿命、高可靠性、大功率燃料"
               "电池系统核心技术，突破…」 — subjectless verbs of work: " + NONE + "; 「大型化（MW级以上）」 prints no figure; " + NODATE),
        S(["三", "1"], [], ["市经济信息化委", "市发展改革委", "市科委", "临港新片区管委会"],
          note=LABEL + ": 「支持临港新片区燃料电池系统企业牵头组建示范应用联合体」 — 牵头 in a sentence of a labelled item adds nothing "
               "(rule 1; the firms are the objects of 支持, no lead); " + NODATE),
        S(["三", "3"], [], ["市发展改革委", "市经济信息化委", "市应急局", "市水务局（海洋局）", "临港新片区管委会"],
          note=LABEL + "; 「市水务局（海洋局）」 — a bracket naming another hat of the same body stays with the name as printed "
               "(round 42; round 34: a bracket after a name stays with it); 「鼓励临港新片区氢能企业与相关能源企业合作」 — 鼓励 names "
               "no doer (round 40); " + NODATE),
        S(["三", "6"], [], ["市交通委", "市规划资源局", "市住房城乡建设管理委", "市发展改革委", "市经济信息化委", "上港集团"],
          note=LABEL + "; 上港集团 (a port group, not a government department) is a unit as printed in the label (rule 1: the "
               "label keeps every name it prints, round 33); 洋山港, 东海大桥 are places; " + NODATE),
        S(["三", "9"], [], ["临港新片区管委会", "市住房城乡建设管理委", "市应急局", "市规划资源局", "市经济信息化委", "市发展改革委",
                           "市市场监管局"],
          not_targets=[(70, "MPa")],
          note=LABEL + "; 「支持临港新片区…依法组织实施自主审批」 — a sentence of doers adds nothing to a labelled item (rule 1); "
               "「加快推进大容量70MPa加氢站建设」 — a figure with no comparison word that names a kind of station (round 30's line: "
               "「3吨或5吨货车」) → 70MPa not a target; 「全市首个」 a rank, no figure to reach; " + NODATE),
        S(["三", "11"], [], ["临港新片区管委会", "市规划资源局", "市住房城乡建设管理委", "市交通委", "市应急局", "市水务局（海洋局）"],
          note=LABEL + "; the label ends 「…、市水务局（海洋局））」 — the hat's bracket closes inside the label's bracket: the "
               "last unit is 市水务局（海洋局） as printed (round 42), the outer 「）」 closes the label; 洋山深水港, 南港 are places; "
               + NODATE),
        S(["三", "16"], [], ["临港新片区管委会", "市经济信息化委", "市财政局"],
          [(15, "%"), (200, "基点"), (2000, "万元"), (500, "万元")], not_targets=[(5, "年")],
          note=LABEL + "; targets: 「减按15%税率征收企业所得税」 — the policy's own rate (round 25; round 38: a policy's own rate is a "
               "target); 「给予最高200基点的贷款贴息支持」 — 最高 (round 30's line); 「每年贴息金额规上企业不超过2000万元，规下企业不超过"
               "500万元」 — 不超过 ceilings (round 30); 「自设立之日起5年内」 — a span counted from an event with no comparison word "
               "(round 33: the limit's rule, not a target; round 34: a time from an event is no deadline) → 5年 not a target; "
               "「规上／规下企业」 name classes of firm; " + NODATE),
        S(["三", "18"], [], UNITS9,
          note=LABEL + " (nine bodies, the cover's signers less 市绿化市容局); 「各相关部门加强与国家部委对接」 — a sentence of the "
               "labelled item adds nothing (rule 1); 「用好上海氢能产业发展综合协调机制」 — a mechanism, no body; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover (addressees, the makers, 「请认真贯彻落实」, signatures) and the policy's preamble 「特制定本政策」 "
            "no tasks (round 25: two documents under one cover — the forwarded policy's items are the tasks); 一、指导思想 a "
            "childless section (「本市各相关部门聚焦政策资源，支持…」 — no rule-2 verb); 二、支持方向 an opening paragraph (the "
            "section's text) and five run-in headed paragraphs → 5 (round 35; round 40 / 43: items naming no unit that give work "
            "are tasks in a plan with units elsewhere); 三、政策措施 1、–18、 → 18 → **23**. Accepted: 18 (二、's run-in "
            "paragraphs left out, round 40's count without items naming no unit), 19 (二、 one task — RULING? 1)",
            "units: only the labels of 三、 name units (responsible, lead [] — no 牵头 printed); sentences in the labelled items "
            "(牵头组建, 组织实施自主审批, 各相关部门加强…) add nothing (rule 1); 二、's paragraphs are subjectless",
            "dates: none in any item; 2022年08月15日 (the cover), 「2021-2035年」「2022-2035年」 in the cited plans' titles, "
            "「30周年」 an anniversary's name, 「5年内」 from a firm's founding",
            "figures: targets only in 三/16 (15%, 最高200基点, 不超过2000万元, 不超过500万元); not targets: 70MPa (a kind of "
            "station), 5年 (from an event), MW级以上 (no figure), IV型, 首个, the document names' years"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x212_04_shi-fagaiwei-2022-shiji-jiage-guanli-gonggong-wenhua-sheshi-mulu-tongzhi.txt"
N04 = "关于公布市级价格管理公共文化设施目录的通知"

plan(X04,
     title=N04,
     title_note="line 1 (the stored title; the text prints it once)",
     doc_no="沪发改价调〔2022〕16号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会 (the signature)",
     date="2022-08-23",
     date_note="the notice is signed 2022年8月23日 and in force from 2022年9月1日; the index gives 2022-08-23",
     level="city (Shanghai's development and reform commission) to eight city bodies and the districts' development and "
           "reform commissions: the directory of public cultural facilities whose fees the city manages — who manages the "
           "fees (the city price department with the sector departments) and what the districts' price departments must do",
     source=src("工程建设管理", N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=eaacf2682f9d402c81f328667be300f1&siteId=0025", 1600),
     style="the title, the addressees (eight city bodies and 「各区发展改革委」), three unnumbered paragraphs (the publication and "
           "who manages the fees; the districts' task; entry into force), 「特此通知。」, an 附件 line, the signature and date, "
           "then 「附件」 and the directory's title over a table one cell a line (序号 / 名称 / 类型, rows 1–37, blank lines between "
           "cells; the 类型 cell 「青少年活动中心、」 / 「少年宫」 over two lines in rows 33–36)",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0,
     leaf_tasks_by_section={"(unnumbered paragraphs)": 2},
     childless_top_level_sections=[],
     samples=[
        S(["根据《上海市公共文化设施"], ["市价格主管部门"], ["市价格主管部门", "相关业务主管部门"], nodl=True,
          lead_alternatives=[[]], **starting(X04, "根据《上海市公共文化设施"),
          note=PARA + "; 「…收取费用的，收费标准执行政府指导价，由市价格主管部门会同相关业务主管部门负责收费管理工作」 — 「（由）A会同B"
               "＋verb」: lead A (lead [] accepted), responsible A, B (rule 2); 相关业务主管部门 is a partner named by its kind, a "
               "unit as printed (round 42: 「会同相关部门」; round 33: 相关部门 is a kind); the 「…的」 clause picks the facilities the "
               "fee work covers (the paragraph's own work, not a contingency: round 42's 「…的，由A…」 step); 「现将…目录予以公布」 "
               "is the issuer's own act, 「本目录实行动态调整」 no body; " + NODATE),
        S(["各区价格主管部门要会同"], ["各区价格主管部门"], ["各区价格主管部门", "相关业务主管部门"], nodl=True,
          lead_alternatives=[[]], **starting(X04, "各区价格主管部门要会同"),
          note=PARA + "; 「各区价格主管部门要会同相关业务主管部门制定发布区本级管理目录，做好本区…收费管理工作」 — 「A会同B＋verb」: "
               "lead A (lead [] accepted; 各区价格主管部门 is a group named by a kind, so the scorer also passes an empty lead as "
               "groups-only), responsible A, B (rule 2); no date in the paragraph — the notice's entry into force (2022年9月1日) "
               "is a general provision, no deadline (round 30); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: three unnumbered paragraphs; the first two give work (round 38) → **2**; the third 「本通知自2022年9月1日"
            "起施行。」 is entry into force — " + GENERAL + " → 3 accepted; 「特此通知。」 the close",
            "attachment: 「市级价格管理公共文化设施目录」 rows 1–37 (名称 / 类型) — a directory of facilities, a list that gives no "
            "work (round 35; round 36: a list of rates or prices is text): attachment_task_rows 0; the facilities (上海图书馆, "
            "上海科技馆 …) are no units",
            "units: the addressees (市委宣传部 … 中福会, 各区发展改革委) are not doers of any paragraph; 市价格主管部门 and "
            "各区价格主管部门, each 会同 相关业务主管部门",
            "dates: signed 2022年8月23日; in force 2022年9月1日 (general provision); no item is dated; no duties, no phases, "
            "no figures but the rows' numbers"])

write_collected(DIR)
