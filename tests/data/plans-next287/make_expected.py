# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next287/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 57 (built by helper c287): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by the ``dec`` helper below and ``locate``); every
answer was written here by reading the texts, with ../CONVENTIONS.md (its head in full, the "Round 64 rulings" to "Round
69 rulings" in full, the older rulings where a grep for a form led) applied to every item. Neither the parser nor the
scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next287/make_expected.py tests/data/plans-next287
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C03 = "49f4bb7b24691276dec660a576f20a54a0c46b63"     # index/03's commit; its stored files read there
STORED = ("the stored text (read whole with read_file at that commit); only the repository's wrapper was removed (YAML "
          "front matter, the two `>` disclaimer lines and the blank lines around them, the `# ` marker before the notice "
          "title); typed from the read_file answer (no snapshot of the repository could be fetched); the stored file "
          "(wrapper + text) had the character count read_file gives")


def src(path, url, chars):
    return f"{REPO} @ {C03}, docs/工程建设管理/{path} (official page {url}) — {STORED} ({chars})"


def dec(file, *parts, body=False, start="1 总则"):
    """Line and first eight characters of a path under a plan's decimal headings (plans-next285's ``dec``), looked up in
    the body (after the second ``start`` line: the first is the 目录). A part is a heading line as printed 「2.2 区级应对牵头单位」
    or an item 「（3）」; a path ending in a heading gives the heading's words and the text after them, one ending in an
    item the words after it."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = [n for n, t in enumerate(lines) if t.strip() == start][1]

    def hit(line, part):
        s = line.strip()
        if part.startswith("（"):
            return s.startswith(part)
        return s == part

    for part in parts:
        while not hit(lines[i], part):
            i += 1
    last = parts[-1]
    if last.startswith("（"):
        rest = lines[i].strip()[len(last):]
    else:
        j = i + 1
        while not lines[j].strip():
            j += 1
        head = re.sub(r"^\d+(\.\d+)*\s*", "", lines[i].strip())
        rest = lines[j].strip() if body else head + lines[j].strip()
    return {"line": i + 1, "title_starts": rest[:8]}


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb is not a unit; round 44 "
          "reads any verb of doing only in 第X条 articles, and round 63 (x268_02) keeps the closed list outside articles")
PROC = ("round 45: headed points that read like a procedure — the closed-list reading is the answer and the article reading "
        "(the subjects of any verb of doing) is accepted beside it (`responsible_alternatives`)")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
PLAN_NODATE = ("an 应急预案 is a standing plan: no item writes a date (「30分钟内」「1小时内」 are limits from an event, "
               "rounds 33, 54, 65's x275_05) → " + NODATE)
GROUPS = ("2.3 composes the on-site headquarters of persons and eight working groups, 「专项工作组一般包括…」; each item 「（N）X组。由A牵头，"
          "主要负责…」 says which body leads the group and what the group does. 「由A牵头」 is rule 2's form (round 33), so A leads the "
          "item's work; the group itself is set up in 2.3's own lead-in, and a body the item sets up is none there (rule 3; "
          "rounds 35, 60, 67's x285_01 2.1), and it is composed of bodies' staff under persons (总指挥) — so the group is not "
          "given as a unit (RULING? 1: the run-in 「X组。」 as a party heading, rule 1 with round 65's 第三条（住房保障实施机构）, would "
          "make the group the unit — accepted; none accepted too)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x287_01_hongkou-yingjiju-2025-shengchan-anquan-shigu-zhuanxiang-yingji-yuan.txt"
P01 = "虹口区生产安全事故专项应急预案"
N01 = "虹口区应急管理局关于印发《" + P01 + "》的通知"
HQ = "区安全生产应急救援指挥部"
LEADU = "区级应对牵头单位"
CH2, CH3, CH4, CH5, CH6, CH7 = ("2 组织指挥体系", "3 先期处置", "4 应急处置", "5 应急保障", "6 后期处置", "7 预案管理")


def d01(*parts, body=False):
    return dec(X01, *parts, body=body)


def grp(n, lead, resp, note):
    """A 2.3 working-group item: lead and responsible the bodies 由…牵头／由…负责 names; the group itself and none accepted."""
    group = {"（1）": "综合协调组", "（2）": "救援行动组", "（3）": "专家组", "（4）": "监测评估组"}[n]
    alts = [[]] if lead else [list(resp)]
    return S([CH2, "2.3 现场指挥部", n], lead, resp, lead_alternatives=alts, responsible_alternatives=[[group], []],
             note=note + "; " + GROUPS + "; " + PLAN_NODATE, **d01(CH2, "2.3 现场指挥部", n))


plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the plan's own title line (line 11, after the cover's signature and date, printed again after the 目录, "
                "line 95: round 62 m52) or the notice title (line 1): either (round 45's pair); as plans-next285's x285_01, "
                "its sister plan",
     doc_no="虹应急〔2025〕16号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市虹口区应急管理局 (the cover signs 「虹口区应急管理局」)",
     date="2025-11-06",
     date_note="the cover is dated 2025年11月6日 (the index the same); 「本预案自发布之日起施行」 (8 附则)",
     level="a district bureau (Shanghai Hongkou's emergency management bureau) issuing the district's special contingency "
           "plan for production-safety accidents, approved by the district government: command (headquarters, lead units "
           "by accident class, on-site working groups), first response, reporting, response levels, on-site measures, "
           "safeguards, recovery, plan management; 附件1 a grading list, 附件2 twenty-three bodies' duties",
     source=src(N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=4b01db29-d71f-4ed8-81e1-97217f52db5b&siteId=0076", 11227),
     style="a cover (addressees 「区各有关部门、各街道:」, one sentence 「…请结合实际认真贯彻落实。」, signature, date); the plan's title; a "
           "目录 of its decimal headings (1–8, 1.1–7.4); the title again; the body in decimal headings with a space 「2.1 区安全生产"
           "应急救援指挥部」, each heading on its own line over unnumbered paragraphs; 4.4 has a third level 4.4.1–4.4.5; items "
           "「（1）…」 under 2.1 (the headquarters' duties after 「主要职责：」), 2.2 (nine accident classes 「X事故：A牵头。」, then a "
           "closing paragraph), 2.3 (eight working groups 「（N）X组。由A牵头，主要负责…」 after composition paragraphs) and 4.3 "
           "(ten measures after a lead-in 「…视情设立现场指挥部，并采取下列处置措施：」, then two closing paragraphs); 4.2 paragraphs "
           "with run-in headings 「Ⅳ级应急响应。」; 8 childless; 附件1 a grading list 一、–四、 with （一）–（三）; 附件2 「1.区政府办公室：…」 … "
           "「23.街道办事处：…」 duty paragraphs; blank lines between all paragraphs",
     leaf_tasks=64, count_alternatives=[63, 62, 61, 59, 56, 87],
     leaf_tasks_by_section={"2 组织指挥体系": 25, "3 先期处置": 3, "4 应急处置": 21, "5 应急保障": 7, "6 后期处置": 3,
                            "7 预案管理": 4, "8 附则": 1},
     childless_top_level_sections=[],
     samples=[
        S([CH2, "2.1 区安全生产应急救援指挥部", "（4）"], [], [], responsible_alternatives=[[HQ]],
          note="「（4）组织开展生产安全事故信息发布和舆情应对工作；」 under 「…启动应急响应后，由区政府在区城运中心设立区安全生产应急救援指挥部。…成员单位由…组成。"
               "主要职责：」 — the item that sets a body up and lists its duties gives them no unit (rounds 35, 63's x270_03 四; round "
               "67 confirmed it on the sister plan x285_01 2.1: six tasks naming no unit, the headquarters accepted); 区政府, the "
               "agent of 设立, and the members are none (rule 3): " + NONE + "; " + PLAN_NODATE,
          **d01(CH2, "2.1 区安全生产应急救援指挥部", "（4）")),
        S([CH2, "2.2 区级应对牵头单位", "（1）"], ["区消防救援局"], ["区消防救援局"],
          note="「（1）生产经营性火灾事故：区消防救援局牵头。」 — 「A牵头」 (rule 2): lead A, responsible A; the class before the colon says "
               "which accidents the body leads the response to (a class, round 58); the lead-in 「各负有安全生产监督管理职责的部门是…应对牵头"
               "单位」 gives nothing to items that name their own (rule 4; round 67's x283_02); " + PLAN_NODATE,
          **d01(CH2, "2.2 区级应对牵头单位", "（1）")),
        S([CH2, "2.2 区级应对牵头单位", "（2）"], ["区应急局", "区公安分局", "区生态环境局"], ["区应急局", "区公安分局", "区生态环境局"],
          lead_alternatives=[["区应急局（经营、储存、使用）", "区公安分局（道路运输）", "区生态环境局（废弃物）"]],
          responsible_alternatives=[["区应急局（经营、储存、使用）", "区公安分局（道路运输）", "区生态环境局（废弃物）"]],
          note="「（2）危险化学品事故：区应急局（经营、储存、使用）、区公安分局（道路运输）、区生态环境局（废弃物）分别牵头。」 — 「A、B、C分别牵头」: "
               "each a lead (round 45: every lead named); a bracket stating a scope (the stage each leads) is dropped (rounds 43, "
               "55, 63), only one naming another name of the same body stays (round 65's 市公用事业局(环卫局)); the names with their "
               "brackets accepted; " + PLAN_NODATE, **d01(CH2, "2.2 区级应对牵头单位", "（2）")),
        S([CH2, "2.2 区级应对牵头单位", "（8）"], [], ["区建设管理委"], lead_alternatives=[["区建设管理委"]],
          note="「（8）桥梁、隧道、港口、码头安全事故：区建设管理委对口联系市级部门，并根据区政府要求落实相关工作。」 — no 牵头 here: 对口联系 is "
               "outside rule 2, but 落实 is rule 2's verb whatever its object (round 66's p46d), its subject carried inside the "
               "sentence (round 34); 市级部门 is the object of 联系 (a liaison, round 38) and 区政府 sets the 要求 (a guide, rule 3); "
               + ONE_LEAD + "; " + PLAN_NODATE, **d01(CH2, "2.2 区级应对牵头单位", "（8）")),
        S([CH2, "2.2 区级应对牵头单位", "（9）"], ["活动主办（承办）机构", "主管部门"], ["活动主办（承办）机构", "主管部门"],
          lead_alternatives=[["活动主办机构", "主管部门"], ["活动主办（承办）机构"]],
          responsible_alternatives=[["活动主办机构", "主管部门"], ["活动主办（承办）机构"]],
          note="「（9）重大活动相关生产安全事故：活动主办（承办）机构或主管部门牵头。」 — 「A或B牵头」: 或 gives both (round 30's 「由A或B…」; "
               "round 67's x284_01 十一、); the bracket names the other role the same body may hold for the event, kept as printed "
               "(round 65's 市公用事业局(环卫局); round 68's 招标人（建设单位）), the name without it accepted; 主管部门 is a head with its "
               "kind (round 52's superiors; round 67's 各自主管部门), the reading that takes only the first accepted (RULING? 4); "
               + PLAN_NODATE, **d01(CH2, "2.2 区级应对牵头单位", "（9）")),
        grp("（1）", [], [LEADU], "「（1）综合协调组。由区级应对牵头单位负责，主要负责会议组织、信息汇总、综合协调和资料管理等职责。」 — 由A负责 (rule 2): "
                       "responsible [区级应对牵头单位] (a kind named in 2.2, round 33), lead [] (no 牵头), the doer as lead accepted "
                       "(plans-dev 03 一)"),
        grp("（2）", ["区消防救援局"], ["区消防救援局"], "「（2）救援行动组。由区消防救援局牵头，主要负责组织指挥人员搜救、灾情控制等任务。」 — 由A牵头: lead and "
                                 "responsible 区消防救援局 (rule 2)"),
        grp("（4）", ["区生态环境局", "区住房保障房屋管理局"], ["区生态环境局", "区住房保障房屋管理局"],
            "「（4）监测评估组。由区生态环境局牵头，主要负责开展…等应急监测。由区住房保障房屋管理局牵头，评估建筑垮塌等次生衍生灾害风险。」 — two "
            "由A牵头 clauses in one item, each splitting the group's work: both leads, in printed order (rule 2's several clauses; "
            "round 45: every lead named)"),
        S([CH2, "2.4 应急联动机构"], [], ["各联动单位"], lead_alternatives=[["各联动单位"]],
          responsible_alternatives=[["区应急联动中心", "各联动单位"]],
          note="「区应急联动中心设在区城运中心，作为…职能机构和指挥平台，履行应急联动处置一般生产安全事故、组织联动单位…进行先期处置等职责。各联动单位在各自"
               "职责范围内，负责生产安全事故应急联动先期处置。」 — the same paragraph as x285_01 2.4, read as round 67 confirmed it: 「A履行…职责」 "
               "names no doer (round 38; round 57's x252_04), 组织 inside the duty's noun is no verb of the clause; 各联动单位 by 负责 "
               "(rule 2), a kind (round 33); " + ONE_LEAD + "; the list with the centre stays accepted (round 67); " + PLAN_NODATE,
          **d01(CH2, "2.4 应急联动机构")),
        S([CH3, "3.1 即时处置"], [], ["事发单位"], lead_alternatives=[["事发单位"]],
          note="「发生生产安全事故时，事发单位应立即按照本单位…应急预案，按规定迅速报告，并组织职工展开自救互救，…实施即时处置」 — 「A组织B＋verb」: A a "
               "doer, 职工 persons and the pivot's object (round 30); 实施 (rule 2); the item's whole work is the response to the "
               "accident, so 「发生…时」 is its occasion, not rule 3's case (round 30: 「（七）…发生…时，由A负责处置」 takes A); 事发单位 a party "
               "by its role (rounds 34, 62 p52c; x285_01 5.2's 事故单位); 「按规定迅速报告」 is the accident unit's report on what befell it "
               "(round 32's filing on oneself; x285_01 5.1): no duty; " + ONE_LEAD + "; " + PLAN_NODATE, **d01(CH3, "3.1 即时处置")),
        S([CH3, "3.2 联动处置"], [], ["区应急联动机构", "区消防救援局"],
          note="「区应急联动机构、区消防救援局接警后，立即通知相关应对牵头部门，并迅速组织、调度相关应急联动（成员）单位赶赴现场，组织实施人员搜救、…等…先期处置"
               "措施。」 — 组织 (with its object and 赶赴, 「A组织B＋verb」) and 组织实施 (rule 2), two names split by 、 (round 31); the units "
               "dispatched are the pivot's object and the 牵头部门 the receiver of 通知 (rule 3): none; as x285_01 5.2 read the same "
               "clause; " + PLAN_NODATE, **d01(CH3, "3.2 联动处置")),
        S([CH3, "3.3 先期处置"], [], ["事发地所在街道"], lead_alternatives=[["事发地所在街道"]],
          note="「事发地所在街道启动相关应急预案，现场控制…，组织现场救援人员采取有效防护措施，迅速了解…，并向上级报告。」 — 「A组织B＋verb」 (round 30): "
               "A a doer, the rescuers persons; 所在 before a head names a body (rounds 40, 55, 62), kept as printed; 「区政府及其授权的部门"
               "视情采取…措施」 — 采取 is outside rule 2 and 视情 makes the act hang on circumstances (rule 3; round 67's x285_03 4.3): "
               "none; 「向上级报告」 a report of the first response to no named body: no duty written; " + ONE_LEAD + "; " + PLAN_NODATE,
          **d01(CH3, "3.3 先期处置")),
        S([CH4, "4.1 信息报告与通报"], [], [], not_targets=[(30, "分钟"), (1, "小时")],
          note="four paragraphs, one leaf: 「生产经营单位…应当30分钟内口头、1小时内书面向…报告」 (a party's report on what befell it, round 32), "
               "「区级应对牵头单位接到事故报告后，应在30分钟内…向区委、区政府和市级主管部门报告」 and 「…由区级应对牵头单位按规定向区委、区政府报告，同时向"
               "区应急局报告」 — a sending is no doer, under 由 or as a subject (round 48's x220_02 5.1.1; x285_01 5.1), the two reports "
               "are duties (below); 「要加强与毗邻区的沟通与协作，建立…渠道」 has no subject: " + NONE + "; 30分钟内, 1小时内 are limits from an "
               "event with 内 (rounds 33, 54; round 65's x275_05): not targets; 「一次造成1人以上（含1人）重伤的生产安全事故信息」 — a band "
               "inside a noun naming the accidents whose report is an important matter: left unchecked (RULING? 5); " + PLAN_NODATE,
          **d01(CH4, "4.1 信息报告与通报")),
        S([CH4, "4.3 指挥与协调", "（5）"], [], [], responsible_alternatives=[[HQ]],
          note="「（5）组织有关单位和专家进行应对会商。」 under 「决定启动Ⅳ级应急响应后，区安全生产应急救援指挥部视情设立现场指挥部，并采取下列处置措施：」 — "
               "the lead-in's verbs 设立, 采取 are outside rule 2, so rule 4 gives nothing (round 67: lead-ins whose verb is only 采取); "
               "a subject carries through a colon to an item's own verb (round 56), and 组织＋work would name it — but 视情 makes the act "
               "hang on circumstances, an option reaching every verb joined to it, and the carried subject brings the option with it "
               "(round 67 turned x285_03 4.3 to none on the same form): " + NONE + "; the headquarters accepted (RULING? 2: whether 视情 "
               "reaches past 「设立现场指挥部」 to 「并采取下列处置措施」); 有关单位 a call, experts persons; " + PLAN_NODATE,
          **d01(CH4, "4.3 指挥与协调", "（5）")),
        S([CH4, "4.4 现场处置", "4.4.1 方案制定"], [], [HQ, "现场指挥部", LEADU],
          note="「区安全生产应急救援指挥部、现场指挥部或区级应对牵头单位组织研判事故影响范围、发展趋势和后果，…制定现场处置方案，明确具体任务、分工和措施。」 — "
               "组织＋work (round 34), the three subjects joined by 、 and 或 each named (round 30's 「由A或B…」; round 67's x280_02: 或 is "
               "no option here); 现场指挥部 set up in 2.3/4.3 is a doer in a later item (round 36); 「须经专家组审核」 an approval (rule 3); "
               + PLAN_NODATE, **d01(CH4, "4.4 现场处置", "4.4.1 方案制定")),
        S([CH4, "4.4 现场处置", "4.4.4 设施抢修"], [], [], responsible_alternatives=[["相关责任单位"]],
          note="「对严重影响救援行动…的设施、设备和工艺装置，以及…重要基础设施，相关责任单位应当在专业机构、专家指导下，立即采取科学有效的监测、控制、修复和"
               "防护措施。」 — 采取 is outside rule 2 (" + CLOSED + "), and the bodies in 「在A指导下」 are guides (rule 3): " + NONE + "; "
               + PROC + "; " + PLAN_NODATE, **d01(CH4, "4.4 现场处置", "4.4.4 设施抢修")),
        S([CH4, "4.5 信息发布"], [], [HQ, "应对牵头单位", "区政府新闻办"],
          responsible_alternatives=[[HQ, "经授权的应对牵头单位", "区政府新闻办"]],
          note="「生产安全事故信息发布由区安全生产应急救援指挥部或经授权的应对牵头单位负责，制定统一的信息发布方案…。区政府新闻办配合做好信息发布及现场媒体管理工作。」 "
               "— 由A或B负责 (rule 2; 或 gives both, round 30), the 的-rule leaves the head after the last 的 (round 32; x285_01 5.5's "
               "「经授权的区级部门」), the whole phrase accepted; 配合 after a doer's clause: responsible (round 30: 「A负责…，B配合」); two "
               "doers, so no single lead is accepted; the second paragraph (a rule for all, 「未经批准不得…」, round 36) and the third "
               "(应当 with no subject) add nothing; " + PLAN_NODATE, **d01(CH4, "4.5 信息发布")),
        S([CH4, "4.6 应急结束"], [], ["指挥部", HQ], responsible_alternatives=[[HQ]],
          note="「启动Ⅰ级、Ⅱ级、Ⅲ级应急响应的生产安全事故，…由决定相应等级的指挥部宣布解除应急状态。」「启动Ⅳ级响应的…，由区安全生产应急救援指挥部组织有关专家"
               "进行分析论证，…决定并宣布解除应急状态」 — 由A宣布 (由A＋a verb of doing, round 34) with the 的-rule (round 32) → 指挥部 (the "
               "headquarters of the level that started the response, named by its kind), and 由A组织 (rule 2) → the district "
               "headquarters; the classes of accident before each clause split one work by class (round 40 gives every body of such "
               "a split; round 65's x279_01); the district headquarters alone accepted (指挥部 as no body of the district's); "
               + PLAN_NODATE, **d01(CH4, "4.6 应急结束")),
        S([CH5, "5.1 通信与信息保障"], [], ["区国动办", "区数据局"],
          responsible_alternatives=[["区政府", "有关部门", "街道", "区国动办", "区数据局"]],
          note="「区政府及有关部门、街道建立健全本区、本部门、本单位应急通信保障体系，明确…，并提供备用方案。区国动办、区数据局及时组织、协调有关通信运营企业，保障…通信"
               "畅通。」 — 建立健全, 明确, 提供 are outside rule 2 (" + CLOSED + "); 「A组织B＋verb」 (组织、协调 with one object, then 保障): "
               "A a doer (round 30; x285_01 8.1's 组织指导), the operators the pivot's object; the second paragraph has no subject; "
               + PROC + " (及 and 、 give three names, 有关部门 a kind); " + PLAN_NODATE, **d01(CH5, "5.1 通信与信息保障")),
        S([CH5, "5.2 队伍保障"], [], [], responsible_alternatives=[["区消防救援局", "各应对牵头单位", "街道", "社区"]],
          note="「区消防救援局要加强应急救援专业力量建设，强化值班值守…」「各应对牵头单位应当…建设发展…应急救援队伍，规范…机制」「街道、社区…组建基层应急救援"
               "队伍」 — 加强, 强化, 建设发展, 规范, 组建 are outside rule 2 (" + CLOSED + "): " + NONE + "; " + PROC + "; " + PLAN_NODATE,
          **d01(CH5, "5.2 队伍保障")),
        S([CH5, "5.5 医疗保障"], [], ["区卫生健康委"], lead_alternatives=[["区卫生健康委"]],
          note="「区卫生健康委负责组织协调各级医疗救护队伍实施伤员的现场急救、转运和后续救治以及有关卫生防疫工作。」 — 负责 (rule 2); the teams are the "
               "object of 组织协调 (a pivot's object, round 30); " + ONE_LEAD + "; " + PLAN_NODATE, **d01(CH5, "5.5 医疗保障")),
        S([CH6, "6.1 善后处置"], [], ["各有关部门", "事发地所在街道"],
          note="「在区政府统一领导下，各有关部门及事发地所在街道负责善后处置，包括…」 — 负责 (rule 2), 及 joins two names (round 34), 各有关部门 a "
               "kind (rounds 33, 58), 所在 kept (rounds 40, 55); 「在A领导下」 names a guide (rule 3): none; the rest 「应当尽快…」 has no "
               "subject; " + PLAN_NODATE, **d01(CH6, "6.1 善后处置")),
        S([CH7, "7.2 预案编制"], [], [], responsible_alternatives=[["各应对牵头单位", "各生产经营单位"]],
          note="「各应对牵头单位要依法依规编制本行业、本领域相关应急预案。各生产经营单位要…编制本单位生产安全事故应急预案，并依法进行备案。」 — 编制 is outside "
               "rule 2 (" + CLOSED + "; round 30: 制定 without 组织), and 备案 a body's filing of its own plan (round 32): no doer and no "
               "duty: " + NONE + "; " + PROC + "; " + PLAN_NODATE, **d01(CH7, "7.2 预案编制")),
        S(["8 附则"], ["区应急局"], ["区应急局", "有关部门"], lead_alternatives=[[]], responsible_alternatives=[[]],
          note="「本预案由区应急局会同有关部门负责具体解释与组织实施。区政府相关部门和各街道按照本预案的规定履行职责，并制定相应的应急预案。本预案自发布之日起施行。」 — "
               "a closing point that gives work is a task (round 39; round 67 on x285_01 9): the first sentence joins 组织实施 (work, "
               "rule 2's own verb) to the interpreting, so 「A会同B负责…组织实施」 gives lead A, responsible A and 有关部门 (a kind, "
               "round 33; rule 2's 会同); rule 3 leaves out the interpreting body of 「本办法由A负责解释」 alone (RULING? 3: none, "
               "reading the sentence as the interpreting clause, accepted); 履行 and 制定 are outside rule 2 (round 67's 履行; round 30): "
               "区政府相关部门 and 各街道 none; lead [] accepted (round 30); " + PLAN_NODATE, **d01("8 附则", body=True)),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区级应对牵头单位接到事故报告后，应在30分钟内以口头方式、1小时内以书面方式向区委、区政府和市级主管部门报告",
              "when": "接到事故报告后30分钟内口头、1小时内书面", "when_norm": None,
              "note": "4.1: a body the plan tasks (2.2's lead units) sends the accident's facts up (round 44: what a tasked body "
                      "meets in its work, sent on; x285_01 5.1's reports): an undated duty, its limits counted from an event"},
             {"what": "一次造成1人以上（含1人）重伤的生产安全事故信息，由区级应对牵头单位按规定向区委、区政府报告，同时向区应急局报告",
              "when": "按规定（发生时）", "when_norm": None,
              "note": "4.1: the lead units' report of every accident with a serious injury to the district committee, government "
                      "and the emergency bureau: an undated duty (as above)"}],
     notes=["counting (leaf tasks: the lowest decimal heading with text, or its 「（N）」 items; paragraphs under a heading are "
            "its text; as plans-next285's x285_01, the sister plan, whose readings round 67 confirmed): the cover (「请结合实际认真贯彻"
            "落实」) and the 目录 no tasks; 1 总则 1.1–1.5 (purpose, basis, scope, grading, principles) general provisions (round "
            "30); 2.1 （1）–（6） 6 (the headquarters' duties, tasks naming no unit: round 67 on x285_01 2.1), 2.2 （1）–（9） 9 and "
            "its closing paragraph 「其它未列事故类别，由区政府指定牵头应对单位。」 1 (a paragraph after the items giving work, rounds 36, "
            "38, 54; its lead-in 「各负有…的部门是…应对牵头单位」 a lead-in, round 67's x285_02 5), 2.3 （1）–（8） 8 (its three "
            "composition paragraphs a lead-in), 2.4 1 → 25; 3.1–3.3 → 3; 4.1 1, 4.2 1 (its 「Ⅰ级、Ⅱ级、Ⅲ级应急响应。」「Ⅳ级应急响应。」 "
            "run-in paragraphs are its text: Roman numerals number no items), 4.3 （1）–（10） 10 and its two closing paragraphs "
            "(「区安全生产应急救援指挥部成员单位…组织协调…」, 「未设立现场指挥部的，由区级应对牵头单位负责人临时履行…」) 2 (its opening paragraph and "
            "the measures' lead-in no tasks), 4.4.1–4.4.5 5, 4.5 1, 4.6 1 → 21; 5.1–5.7 7 (5.6 keeps 「无力承担的，由区行业主管部门"
            "协调解决」, a fallback step after a case, round 67's x284_01 十一、); 6.1–6.3 3; 7.1–7.4 4; 8 附则 1 (gives work: 「…会同"
            "有关部门负责…组织实施」, round 39) → **64**. Accepted: 63 (one of 2.2's closing paragraph, 4.3's second closing "
            "paragraph (a case with a person), 5.6 (money terms) or 8 as no task), 62, 61 (two or three of them), 59 (2.1 one "
            "task, as x285_01's accepted 31), 56 (2.3 composing groups: no tasks, as x285_01's 2.3), 87 (64 with 附件2's 23 "
            "numbered duty paragraphs, round 67: attached duty lists left out, the sum accepted). 附件1 (grade bands) is no "
            "task. No sample is written on an item the main count leaves out, nor on 4.2, 4.3's closing paragraphs or 2.2's "
            "(their paths are unsure); 6.2, 7.3 and 7.4 were written and dropped: their two-character headings need the text's "
            "first words, and those open as an earlier unnumbered task's do (「生产安全事故…」 as 4.5, 「各应对牵头单位…」 as 7.2), so "
            "the scorer would bind the earlier task (7.3 「各应对牵头单位组织开展…」 and 「各生产经营单位要…组织开展…」: [各应对牵头单位, 各生产经营单位]; "
            "7.4 the same two by 组织B＋verb and 落实; 6.2 none by 督促).",
            "units: 牵头 (2.2's classes, 2.3's groups: 由A牵头, A牵头, 分别牵头, 或); 由A负责 (2.3 （1）, 4.5); 负责 (2.4, 5.5, 6.1); 组织＋"
            "work (3.1–3.3, 4.4.1, 5.1, 7.3, 7.4; 4.6 by 由A组织); 落实 (2.2 （8）, 7.4); 会同 (8); 配合 after a doer (4.5); headed "
            "points outside articles keep the closed list (加强, 建设发展, 编制, 督促, 采取, 建立健全 name none; the article reading "
            "accepted where sampled, round 45); the headquarters set up in 2.1 and the on-site headquarters are doers in later "
            "items (round 36); persons (指挥长, 总指挥, 负责人, 专家, 职工, 应急救援人员) never units",
            "dates: 2025年11月6日 (the cover), in force on issue; every item undated (a standing plan); limits from events "
            "(30分钟内, 1小时内) no deadlines; no phases; two undated duties (4.1); 3.1's and 4.1's first paragraph's accident-unit "
            "reports (a party reporting what befell it, round 32) and 4.3 （4）（8）'s headquarters reports (items of a 视情 lead-in, "
            "RULING? 2) not written as duties",
            "figures: no targets; not targets 30分钟, 1小时 (4.1, limits from an event); 「1人以上（含1人）重伤」 (4.1, RULING? 5) "
            "unchecked; 「11·9」 a date's name; 附件1's bands 30人以上 … 1000万元以下 (grade bands in definitions, round 32; round 66's "
            "x81_04: no target)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x287_02_fengxian-2025-haigui-xiaozhen-jianshe-ruogan-zhengce.txt"
P02 = "关于支持上海奉贤海归小镇建设的若干政策"
N02 = "奉贤区发展改革委关于印发《" + P02 + "》的通知"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the policy's own title line (line 21, after the cover's signatures and date; 「(试行)」 on its own line below "
                "it, as the cover's 附件 line names it without) or the notice title (line 1): either (round 45's pair)",
     doc_no="沪奉发改〔2025〕36号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市奉贤区发展和改革委员会 with 区人才工作局, 区经济委员会, 区科学技术委员会, 区财政局, 区投资促进办公室 (the six signatures)",
     date="2025-07-31",
     date_note="the cover is dated 2025年7月31日 (the index the same); 「本政策自印发之日起执行，试行期2年」 (三、3)",
     level="six district bodies of Fengxian (Shanghai) issuing a trial policy of support terms for firms and returnee "
           "talent in the 海归小镇 core area: scope, six support items (rates and ceilings), three closing items",
     source=src(N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=00842579&siteId=0084", 2328),
     style="a cover (addressees 「各相关单位：」, one sentence 「…现予以印发，请遵照执行…」, 「特此通知。」, a 「附件：」 line naming the policy, "
           "six signatures on three lines, date); the policy's title and 「(试行)」 on two lines; a preamble; 一、适用范围 childless "
           "(a scope with a definition); 二、支持内容 a lead-in paragraph over 1、–6、 run-in-headed items of rates and ceilings; "
           "三、附则 1、–3、; blank lines between all paragraphs",
     leaf_tasks=1, count_alternatives=[2, 0, 7, 8],
     leaf_tasks_by_section={"三、附则": 1},
     childless_top_level_sections=["一、适用范围"],
     samples=[
        S(["三", "2"], [], ["各相关部门"], lead_alternatives=[["各相关部门"]],
          note="「2、本政策具体按实施细则执行，实施细则由各相关部门负责制定和解释。」 — a closing item that gives work is a task (round 39; round 63's "
               "x273_01 第十九条): 负责 (rule 2; 「A负责制定…」), 各相关部门 a kind (round 33; 相关 before a head, round 56); the pointer "
               "「按实施细则执行」 and the interpreting half are no work of their own (round 30); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[(500, "万元"), (1000, "万元"), (3000, "万元"), (300, "万元"), (5000, "万元"), (3, "年"), (3000, "元"),
                   (2, "万元"), (5000, "元"), (2000, "元"), (6, "个月"), (50, "%"), (10, "%"), (1, "亿元")],
     phases=[], duties=[],
     notes=["counting: the cover no task; 一、适用范围 (the policy's scope and the definition of 海归人才) a section and a general "
            "provision (round 30; round 66's x81_04); 二、支持内容's lead-in 「…按照就高不重复原则执行」 a rule of the terms; 二、1、–6、 "
            "say who is paid and how much, with no doer and no 要／应 — a fund's rates by class, the scheme's terms, no tasks (round "
            "64 turned x95_03 第五、六条 and round 66 x143_02 三、补贴标准 on the same form; round 62's w52b) — 「鼓励…」 a call and 「可推荐」 "
            "an option (rounds 30, 40); 三、1、 (the interpreting bodies) and 3、 (entry into force, trial term) general provisions "
            "(round 30); 三、2、 gives work (实施细则由各相关部门负责制定) → **1**. Accepted: 2 (二、5、's 「整合…基金…优先给予参股投资支持。推动"
            "拨投贷联动专项支持」 read as a measure naming an act the plan's bodies carry out, round 65's x274_01 四、（四）: RULING? 6), "
            "0 (三、2、 read as a closing pointer with its interpreting bodies), 7 and 8 (二's six items as tasks, the pre-round-64 "
            "reading, with 三、2、 or with 5、 too).",
            "units: 三、2、 by 负责 (rule 2); 三、1、's seven interpreting bodies none (rule 3: the interpreting body of a closing "
            "article); the six signing bodies are the issuers",
            "dates: 2025年7月31日 (the cover); in force on issue, a two-year trial; no item is dated; no phases, no duties",
            "figures (plan targets, round 62: a scheme's figures are plan targets; round 66's x143_02: the rates of items that are "
            "no tasks are plan targets): ceilings with 最高／不超过／最多 (500万元, 1000万元 (several), 3000万元, 300万元 (a year), "
            "5000万元, 3年 (最多扶持3年, round 65: 限／最多 a ceiling), 3000元 (a month), 2万元 (per person), 2000元, 6个月 (免租), 50% "
            "and 10% (shares of costs)), a rate 5000元 (每人); 1亿元 (「企业年主营业务收入首次超过1亿元(含)…的」, a figure its own 的-clause "
            "states with 超过: round 66, a trigger, a target by round 30's line; 5亿元 and 10亿元 alike, not listed). Not targets "
            "(not checkable at plan level, listed for the reader): 「设备投资1000万元以上(含1000万元)的项目」 (a band inside a noun "
            "naming projects, a class: rounds 64, 66, 68 — the ceiling 1000万元 elsewhere is checked), 「全球排名前50名高校」 (a kind), "
            "「区政府第101次常务会议」「区委常委会第163次会议」 (names), 「20%」 (the first payment's share: a rate, left unchecked)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x287_03_yangpu-kejingwei-2026-gongcheng-zongchengbao-quanguocheng-zixun-zhengce-shenbao-tongzhi.txt"
N03 = "关于开展2026年度杨浦区工程总承包、全过程工程咨询政策申报的通知"

plan(X03,
     title=N03,
     title_note="the notice's title line (line 1); the notice is the whole document (no plan under it)",
     doc_no="杨科经〔2026〕13号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市杨浦区科技和经济委员会",
     date="2026-07-03",
     date_note="the signature's date 2026年7月3日 (the index the same); applications from the day of issue to 2026年7月31日",
     level="a district commission (Shanghai Yangpu's science, technology and economy commission) calling for 2026's "
           "applications under its support policy for design-build (工程总承包) and whole-process consulting firms: who may "
           "apply, the materials, how and by when, a declaration",
     source=src(N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=00773563&siteId=0077", 1187),
     style="the notice's title; addressees 「区投资促进办、各科技园区、各相关单位：」; a preamble naming the commission's own work (「区科技经济委开展…"
           "政策申报工作」); 一、申报主体条件 childless (conditions); 二、申报材料 1.–3. (materials, lines ending 「;」); 三、申报方式 1.–3. "
           "(「1.申报时间：…」 and 「3.联系方式：…」 field lines, 2. the way of sending with two address lines under it); 四、声明 "
           "childless; an 「附件：」 line; signature; date",
     leaf_tasks=1, count_alternatives=[0, 2, 3, 4],
     leaf_tasks_by_section={"三、申报方式": 1},
     childless_top_level_sections=["一、申报主体条件", "四、声明"],
     samples=[
        S(["三", "2"], [], [], responsible_alternatives=[["户管单位（区投促办或科技园区）"], ["区投促办", "科技园区"]],
          skip_deadline=True,
          note="「2.企业将完整申报材料（纸质材料1份、电子版1份）经由户管单位（区投促办或科技园区）出具推荐意见后报送至区科技经济委。」 — the firm applies, and an "
               "applicant is no unit (round 30: 「由建设单位申报」); the 户管单位 acts on the firm's papers by 出具推荐意见, outside rule 2's "
               "list (" + CLOSED + ") and a step on others' applications, standing work naming none (round 63's x268_04; round 67's "
               "x280_01) — the item is the notice's one step of work, a task naming no unit (round 64: a notice that is the plan "
               "itself: its own requirements are tasks); the recommending bodies accepted (" + PROC + "; the bracket another name "
               "for the same bodies, round 65, or two names); 1份 counts copies, no target (a count of a thing sent, no comparison "
               "word); the window 「即日起至2026年7月31日（周五）止」 is printed in 1. (a field line, round 35), not in the item: the "
               "deadline is not checked (RULING? 7: 2026-07-31 for 2. if the field dates the block)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (the notice is the plan itself, round 64's x43_06: its own requirements are tasks): the preamble's 「区科技经济委"
            "开展…申报工作」 says what the notice is for; 一、 the applicants' conditions (round 35: conditions an applicant meets, "
            "no work), a childless section; 二、1.–3. the materials an application holds (the materials text, round 65's x279_03; "
            "the parties' own steps are rules for the applicant, round 67's x284_04): no tasks; 三、1. 申报时间 and 3. 联系方式 "
            "field lines (round 35: a field stays a field), 三、2. the way an application reaches the commission through the "
            "recommending bodies: a task; 四、声明 — the commission's word that it charges nothing and commissions no agent, and a "
            "call to informants 「请知情者…举报」 (a call to the public, round 36): a childless point giving no work of the plan's "
            "bodies; the 附件 line no task → **1**. Accepted: 0 (三、2. as the applicant's own step only), 2 (四 as a task: "
            "「…将严格按照有关标准和程序受理」), 3 (三、1.–3. as items), 4.",
            "units: none by rule 2 anywhere (the commission 开展 without 组织, 受理 a review, round 63); 三、2.'s recommending bodies "
            "accepted; the addressees 区投资促进办, 各科技园区 are receivers",
            "dates: the signature 2026年7月3日; the application window 「即日起至2026年7月31日（周五）止」 (三、1., a field: RULING? 7, "
            "unchecked); 「举报时间截至项目立项公示前」 (四) a time tied to an event, no date; the firms' sending of their own "
            "applications is applying, no duty (round 32; round 65's x276_03); no phases",
            "figures: no targets; 1份 (copies), 627号, 405室, 200082, 65690561 (an address, a postcode, a telephone number: "
            "names with digits, EXPECTED.md), 「杨科经规〔2026〕3号」 (a document number), 「2024年度和2025年度」 (years), 「三年内」 "
            "(an applicant's condition) — none checked"])

# round 57 (rul73): answers aligned to tests/data/CONVENTIONS.md "Round 70 rulings, written early" (turned; README, round 57)
from aligned_rulings import align73  # noqa: E402

align73("x287_02", None, "「对…科技型企业，整合区产教融合投资引导基金…，优先给予参股投资支持。推动拨投贷联动专项支持，…最高不超过1000万元。…」 (二、5、): rates by class with no act are the scheme's terms (round 64's x95_03; round 66's x143_02), but a measure naming an act the plan's bodies carry out (整合 the district's funds, 推动) gives work with no subject and no 要 (round 65's x274_01), and a point that also gives work is a task (round 39) — a task naming no unit (not sampled)",
        "Tasks and counts, turned: round 65's x274_01 and round 39 over rounds 64, 66's terms; 1 stays accepted",
        counts={"leaf_tasks": 2, "count_alternatives": [1, 0, 7, 8],
                "leaf_tasks_by_section": {"二、支持内容 5、": 1, "三、附则": 1}})
align73("x287_03", ["三", "2"], "「三、申报方式 1.申报时间：即日起至2026年7月31日（周五）止。 2.企业将…报送至区科技经济委。 3.联系方式：…」: numbered lines that are the fields of one item — its time, its way and its contact — are that item's fields, and the item is one task (round 35), dated by its 时间 field (round 44 decided; round 37), a window's end its deadline; units as before (none, the recommending bodies accepted); count 1 either way",
        "Dates, turned: round 35's field blocks and round 44 decided over the builder's item; 0 stays accepted",
        new_path=["三"], dln="2026-07-31", dl="即日起至2026年7月31日（周五）止")

write_collected(DIR)
