# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next285/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 56 (built by helper c285): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by the ``dec`` helper below); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head in full, the "Round 62 rulings" to "Round 66 rulings"
in full, the older rulings where a grep for a form led) applied to every item. Neither the parser nor the scorer was run
on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next285/make_expected.py tests/data/plans-next285
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
          "title), cut by a script at the first 「\\n# 」; the stored file as typed (wrapper + text) had the character count "
          "read_file gives")


def src(path, url, chars):
    return f"{REPO} @ {C03}, docs/工程建设管理/{path} (official page {url}) — {STORED} ({chars})"


def dec(file, *parts, body=False, start="1 总则"):
    """Line and first eight characters of a path under a plan's decimal headings, looked up in the body (after the
    second ``start`` line, 「1 总则」 or 「1总 则」: the first is the 目录). A part is a heading line as printed 「3.1 责任体系」
    「3.4.1职能部门」, a bare number 「4.1.1」 whose text runs on the same line (after a space or none), or an item 「（3）」. A path ending in a heading gives the heading's
    words and the text after them (the heading line holds no text; as plans-next220's ``dec``), or with ``body`` the
    text alone (a heading of two characters, 「监测」); one ending in a number or an item gives the words after it."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = [n for n, t in enumerate(lines) if t.strip() == start][1]

    def hit(line, part):
        s = line.strip()
        if part.startswith("（"):
            return s.startswith(part)
        if re.fullmatch(r"\d+(\.\d+)+", part):
            return s.startswith(part) and len(s) > len(part) and s[len(part)] not in "0123456789."
        return s == part

    for part in parts:
        while not hit(lines[i], part):
            i += 1
    last = parts[-1]
    if last.startswith("（"):
        rest = lines[i].strip()[len(last):]
    elif re.fullmatch(r"\d+(\.\d+)+", last):
        rest = lines[i].strip()[len(last):].strip()
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
HUIT = "rule 2: 「A会同B＋verb」 gives lead A, responsible A, B (lead [] accepted, round 30); round 61: a 会同 clause is read by its verb, here work"
PLAN_NODATE = ("an 应急预案 is a standing plan: no item writes a date (「30分钟内」「1小时内」「3日内」 are limits from an event, "
               "rounds 33, 54) → " + NODATE)
RULE4 = ("rule 4: the item names no unit of its own, so the lead-in's doer (a rule-2 clause of the paragraph that opens its "
         "heading, about the items' work, round 44; plans-next220 x220_02's 5.4.1) is its unit")
FIELDS = ("round 31: fields joined by 、 before one head noun 「…等部门」 are one name as printed (round 48's x220_02 4.1: "
          "「市应急、规划资源、…等相关部门和单位」)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x285_01_hongkou-yingjiju-2025-weixian-huaxuepin-shigu-yingji-yuan.txt"
P01 = "虹口区处置危险化学品生产安全事故应急预案"
N01 = "虹口区应急管理局关于印发《" + P01 + "》的通知"
HQ = "区安全生产应急救援指挥部"


def d01(*parts, body=False):
    return dec(X01, *parts, body=body)


plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the plan's own title line (line 11, after the cover's signature and date, printed again on line 87 after "
                "the 目录: round 62 m52) or the notice title (line 1): either (round 45's pair)",
     doc_no="虹应急〔2025〕17号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市虹口区应急管理局 (the cover signs 「虹口区应急管理局」)",
     date="2025-11-06",
     date_note="the cover is dated 2025年11月6日 (the index the same); 「本预案自发布之日起施行」 (9 附则)",
     level="a district bureau (Shanghai Hongkou's emergency management bureau) issuing the district's contingency plan for "
           "hazardous-chemical production accidents, approved by the district government: organisation, risk control, "
           "monitoring and warning, response by level, recovery, safeguards, plan management; 附件1 a grading list, 附件2 "
           "thirteen bodies' duties",
     source=src(N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=86c30335-a8bf-43d5-bfe7-3b9c13826cb9&siteId=0076", 9129),
     style="a cover (addressees 「区各有关部门、各街道:」, one sentence 「…请结合实际认真贯彻落实。」, signature, date); the plan's title; a "
           "目录 of its decimal headings (1–9, 1.1–8.3); the title again; the body in decimal headings with a space 「3.1 责任体系」, "
           "each heading on its own line over unnumbered paragraphs, 5.3.1 and 5.3.2 a third level; items 「（1）…」 under 1.2 "
           "(the laws), 2.1 (the headquarters' duties after 「主要职责：」), 5.3.1 (two response levels, each a heading line over a "
           "paragraph) and 5.4 (after a lead-in ending 「主要采取以下措施：」, with a closing paragraph after （7）); 7 and 9 "
           "childless; 附件1 a grading list 一、–四、 with （一）–（三）; 附件2 「1.区应急局：…」 … 「13.…」 duty paragraphs; blank lines "
           "between all paragraphs",
     leaf_tasks=36, count_alternatives=[35, 34, 37, 31, 49],
     leaf_tasks_by_section={"2 组织体系": 8, "3 风险防控": 3, "4 监测与预警": 2, "5 应急处置": 16, "6 后期处置": 3,
                            "7 应急保障": 1, "8 预案管理": 2, "9 附则": 1},
     childless_top_level_sections=[],
     samples=[
        S(["2 组织体系", "2.1 区安全生产应急救援指挥部", "（3）"], [], [], responsible_alternatives=[[HQ]],
          note="「（3）组织、指挥生产安全事故应对工作；」 under 「…由区政府在区城运中心设立区安全生产应急救援指挥部。…成员单位由…组成。主要职责：」 — the "
               "item that sets a body up and lists its members and duties is where it is set up, so its duties there give no "
               "unit (round 35; round 44's 区历保委; round 60's x254_02 第十五条; round 63's x263_05 and x270_03 四); 区政府, the "
               "agent of 设立, is no doer of the duties (rule 3: a body the item sets up); the members are no units (rule 3): "
               + NONE + " (the headquarters as the doer by 组织 accepted: RULING? 1); " + PLAN_NODATE, **d01("2 组织体系", "2.1 区安全生产应急救援指挥部", "（3）")),
        S(["2 组织体系", "2.2 工作部门"], ["区应急局"], ["区应急局", "事故所在地街道", "相关部门"], lead_alternatives=[[]],
          responsible_alternatives=[["区应急局", "事故所在地街道"]],
          note="「区应急局会同事故所在地街道负责…的应急处置」 — " + HUIT + "; 所在 before a head names a body (rounds 40, 55, 62's 当地), "
               "kept as printed; 「…的原则，由相关部门履行应急处置职责，区应急局加强统筹指导，做好保障」 — the agent of 由 with a verb of doing "
               "(round 34; 履行…职责 a verb of doing, round 59's x264_04) → 相关部门, a kind (round 56); 加强, 做好 outside rule 2 (" + CLOSED
               + "); 「其他部门按照各自职责做好…」 — 做好 outside the list (a call, round 30); the list without 相关部门 accepted; " + PLAN_NODATE,
          **d01("2 组织体系", "2.2 工作部门")),
        S(["2 组织体系", "2.4 应急联动机构"], [], ["各联动单位"], lead_alternatives=[["各联动单位"]],
          responsible_alternatives=[["区应急联动中心", "各联动单位"]],
          note="「区应急联动中心设在区城运中心，作为…职能机构和指挥平台，履行应急联动处置…、组织联动单位对…进行先期处置等职责。」 — where it sits "
               "is no doer (round 45); 履行…职责 with a subject, outside 第X条 articles, is outside rule 2's closed list (" + CLOSED
               + "; round 59 read it as a verb of doing in an article), and 组织 stands inside the object noun 「…等职责」 (round 30: "
               "a body inside a noun's description) — so the centre is no unit by it (RULING? 2: or a designation, like 承担／担负, "
               "round 59 — accepted); 「各联动单位在各自职责范围内，负责…先期处置」 — 负责 (rule 2), 各联动单位 a kind (round 33); "
               + ONE_LEAD + "; " + PLAN_NODATE, **d01("2 组织体系", "2.4 应急联动机构")),
        S(["3 风险防控", "3.1 责任体系"], [], ["区应急局", "相关行业主管部门", "各生产经营单位"],
          responsible_alternatives=[["区应急局", "相关行业主管部门"]],
          note="「区应急局及相关行业主管部门负责指导督促…，落实行业监管责任」 — 负责 (rule 2; 「A负责指导…」 is 「A负责…」, round 30); 及 "
               "joins two names (round 34's 和); 「各生产经营单位落实安全生产主体责任，建立健全…」 — 落实 (rule 2) and a designation "
               "(落实 X的主体责任, rounds 46, 59), the operators a kind of party (round 62 p52c: no line between a rule's parties and regulated operators; RULING? 4 — the list without them accepted); 「公民、法人和其他组织可以…报告…」 — the public and an option (rounds 30, 40); the "
               "chapter's opening paragraph 「本区建立健全…。各行业、各领域、各生产经营单位…建立健全…」 is a lead-in with no rule-2 clause "
               "(本区 a place, round 43); 3.1–3.3 open with the same words (title_starts holds the heading); " + PLAN_NODATE,
          **d01("3 风险防控", "3.1 责任体系")),
        S(["4 监测与预警", "4.1 监测"], [], [],
          responsible_alternatives=[["应急管理、公安、住房城乡建设、消防、市场监管、生态环境、教育、卫生健康、科技、国动等部门"]],
          note="「…依托信息化监管系统，应急管理、公安、…、国动等部门建立健全基础信息数据库，持续完善…，加强…，实现…」 — 建立健全, 完善, 加强 "
               "are outside rule 2 (" + CLOSED + "): " + NONE + "; " + PROC + " (" + FIELDS + "); 依托 names a channel (round "
               "63); " + PLAN_NODATE, **d01("4 监测与预警", "4.1 监测", body=True)),
        S(["4 监测与预警", "4.2 预警"], ["区应急局"], ["区应急局", "相关部门", "各相关行业主管部门", "各生产经营单位"],
          lead_alternatives=[[]], responsible_alternatives=[["区应急局", "相关部门"]],
          note="「区应急局会同相关部门及时发布预警提示信息，指导督促…」 (twice) — " + HUIT + " (发布 warnings and 指导督促 are "
               "work, not applying, sending, paying or handing on); 相关部门 a kind (round 56), each body once (rule 2); 「各相关行业"
               "主管部门、各生产经营单位要实施相应的应急措施」 — 实施 (rule 2), two kinds (round 33; 、 splits separate heads, round 31; the operators by round 62 p52c, RULING? 4); "
               "the objects of 指导督促 in the first sentence are no units (round 30: a pivot's object); the list without the "
               "two kinds accepted; " + PLAN_NODATE, **d01("4 监测与预警", "4.2 预警", body=True)),
        S(["5 应急处置", "5.1 信息报告与通报"], [], [], not_targets=[(30, "分钟"), (1, "小时")],
          note="five paragraphs, one leaf: reports 「事故发生单位应当在30分钟内口头、1小时内书面向…报告」, 「区应急局和行业主管部门应当逐级"
               "上报…」, 「区安全生产应急救援指挥部必须…将相关情况报市政府总值班室」 — a sending is no doer, under 由 or as a subject (round "
               "48's x220_02 5.1.1; round 39), the reports are duties (below); 「区应急联动中心、区应急局、…迅速汇总和掌握…，做好处置准备」 "
               "and 「区应急局要与…建立信息通报、协调机制」 — 汇总, 做好, 建立 outside rule 2 (" + CLOSED + "): " + NONE + "; 30分钟内, "
               "1小时内 are limits from an event with 内 and no comparison word (rounds 33, 54; round 65's x275_05: 内 is no 以内): "
               "not targets; " + PLAN_NODATE, **d01("5 应急处置", "5.1 信息报告与通报")),
        S(["5 应急处置", "5.2 先期处置"], [], ["事故单位", "区政府", "区应急联动中心", "区消防救援局"],
          note="four paragraphs, one leaf, every doer in printed order (rule 2's several clauses): 「事故单位立即启动本单位应急预案，组织职工"
               "开展自救互救」 — 「A组织B＋verb」: A a doer (round 30; 职工 persons, the pivot's object); 「区政府立即启动应急预案，…组织现场救援"
               "人员采取有效处置措施」 — the same form; 「区应急联动中心、区消防救援局接警后，迅速组织、调度相关应急联动（成员）单位赶赴现场，组织实施…」 "
               "— 组织 and 组织实施 (rule 2), the units dispatched the pivot's object; 「区政府及其授权的部门视情采取…措施」 — 采取 outside the "
               "list and 视情 a case (rule 3); 事故单位 a party by its role (rounds 34, 62: no line between a rule's parties and "
               "operators) — " + PLAN_NODATE, **d01("5 应急处置", "5.2 先期处置")),
        S(["5 应急处置", "5.3 分级响应", "5.3.1 响应等级划分", "（1）"], [], ["上级指挥部", "区各有关部门和单位"],
          note="「（1）Ⅰ级、Ⅱ级应急响应」 a heading item over its paragraph (5.3.1's opening sentence, a grading definition, is a lead-in): "
               "「…由上级指挥部组织、指挥、协调、调度相关应急力量和资源，统一实施应急处置」 — 由A组织 (rule 2; 上级 before a head noun "
               "names a body, as 所在, 当地 do, rounds 55, 62), 「区各有关部门和单位按照各自职责分工，…在上级指挥部指挥下实施应急处置」 — "
               "实施 (rule 2), 「有关部门和单位」 one group name (round 66 p54a; plans-dev 01 二/（五）), as printed with its 区各; the "
               "guide clause 「在A指挥下」 adds nothing (rule 3), A named already; " + PLAN_NODATE,
          **d01("5 应急处置", "5.3 分级响应", "5.3.1 响应等级划分", "（1）")),
        S(["5 应急处置", "5.3 分级响应", "5.3.2 响应等级调整"], [], ["市指挥部"], lead_alternatives=[["市指挥部"]],
          note="「…响应等级一般由低向高递升。当…时，第一时间报市应急局，由市指挥部适时调整应急响应级别。」 — 由A调整 (由A＋a verb of "
               "doing, round 34) → 市指挥部; the clause 「当…时」 is the item's own work's occasion (round 30: the whole work is the "
               "response to a case); 报市应急局 is a sending with no subject (no unit); 适时 says when (round 61); " + ONE_LEAD
               + "; " + PLAN_NODATE, **d01("5 应急处置", "5.3 分级响应", "5.3.2 响应等级调整")),
        S(["5 应急处置", "5.4 专业处置措施", "（1）"], [], [HQ], lead_alternatives=[[HQ]],
          note="「（1）紧急封锁事故现场，迅速疏散现场人群，转送受伤人员。」 under the lead-in 「…危险化学品事故的处置还应根据实际情况，由区安全"
               "生产应急救援指挥部统一指挥、协调有关部门、单位和专业应急救援队伍开展处置工作，并邀请专家提供专业支持。主要采取以下措施：」 — "
               + RULE4 + ": 由A统一指挥 (由A＋a verb of doing, round 34; the headquarters, set up in 2.1, is a doer in a later item, "
               "round 36); the objects of 协调 are no units (round 30's pivot); experts are persons (round 30); " + ONE_LEAD + "; "
               + PLAN_NODATE, **d01("5 应急处置", "5.4 专业处置措施", "（1）")),
        S(["5 应急处置", "5.5 信息发布"], [], ["区级部门", "区政府新闻办"], lead_alternatives=[["区级部门"]],
          responsible_alternatives=[["经授权的区级部门", "区政府新闻办"]],
          note="「危险化学品事故信息发布由经授权的区级部门负责，制定统一的信息发布方案…」 — 由A负责 (rule 2); the 的-rule leaves the head "
               "after the last 的 (round 32; round 63's 「经招标承担…的保险机构」 → 保险机构), 区级部门 a kind; the whole phrase accepted; "
               "「区政府新闻办配合做好…」 — 配合 after a doer's clause: responsible (round 30: 「A负责…，B配合」); the second paragraph "
               "(应当 with no subject) adds nothing; the third 「参与…的单位和个人，未经批准不得…」 a rule for all (round 36); the lead "
               "[区级部门] accepted (a single 负责 body, plans-dev 03 一); " + PLAN_NODATE, **d01("5 应急处置", "5.5 信息发布")),
        S(["5 应急处置", "5.6 舆情应对"], [], [], responsible_alternatives=[["区政府新闻、网信等部门"]],
          note="「区政府新闻、网信等部门加强各类媒体信息发布内容的动态监测应对，指导督促相关部门主动向媒体提供素材，必要时可协调上级…」 — 加强, "
               "指导督促 are outside rule 2 (" + CLOSED + "; 指导 without 负责 names a guide, round 30), 可 an option (round 40): "
               + NONE + "; " + PROC + " (" + FIELDS + "); " + PLAN_NODATE, **d01("5 应急处置", "5.6 舆情应对")),
        S(["6 后期处置", "6.1 善后处置"], [], ["区相关部门", "事故所在地街道办事处"],
          note="「区相关部门和事故所在地街道办事处根据…，制定…善后工作方案，并组织实施」 — 组织实施 (rule 2), 和 gives two names (round 34), "
               "所在 kept (rounds 40, 55); 「区应急局、区财政局、区民政局及相关部门按照规定及时调拨救助资金和物资」 — 调拨 moves money and goods, "
               "outside rule 2 (round 48: a cost verb names a payer; " + CLOSED + "); 「区卫生健康委、区生态环境局等部门做好…」 — 做好 "
               "outside the list; 「协调保险监管机构督促…」 has no subject and 协调's object is no unit (round 30): no more doers; "
               + PLAN_NODATE, **d01("6 后期处置", "6.1 善后处置")),
        S(["6 后期处置", "6.2 事故调查"], [], ["区应急局"], lead_alternatives=[["区应急局"]],
          responsible_alternatives=[["上级", "区应急局"]],
          note="「较大危险化学品事故由上级调查，一般危险化学品事故由经区政府授权的区应急局负责组成调查组进行调查；必要时，由区政府直接组成调查组"
               "进行调查。」 — 由A负责 (rule 2), the 的-rule leaves 区应急局 (round 32); 必要时 makes 区政府's clause a contingency "
               "(rule 3; round 65's 确有必要); 「由上级调查」 splits the work by class (round 40 gives every body of such a split), but "
               "上级 alone has no head and names no body, as 属地 names a place (round 57; RULING? 3: [上级, 区应急局] accepted); "
               + ONE_LEAD + "; " + PLAN_NODATE, **d01("6 后期处置", "6.2 事故调查")),
        S(["7 应急保障"], [], [], responsible_alternatives=[["区政府各有关部门"]],
          note="a childless top-level section whose text gives work is a task (round 34 early; round 62's x266_02; plans-dev 03): "
               "「区政府各有关部门按照职责分工，切实做好人力、物力、财力…保障等工作」 — 做好 is outside rule 2 (" + CLOSED + "): " + NONE
               + "; " + PROC + "; 「…按照《…》和本区其他有关规定执行」 points to other rules (round 34's 参照); " + PLAN_NODATE,
          **d01("7 应急保障")),
        S(["8 预案管理", "8.1 宣传教育"], [], ["区政府有关部门"], lead_alternatives=[["区政府有关部门"]],
          note="「区政府有关部门要组织指导相关单位开展安全生产宣传教育活动」 — 「A组织B＋verb」: A a doer (round 30; 组织指导 with one object, "
               "组织 in rule 2's list), 相关单位 the pivot's object (a bare catch-all too, round 43); 区政府有关部门 a kind (有关 before "
               "a head, rounds 33, 56); " + ONE_LEAD + "; " + PLAN_NODATE, **d01("8 预案管理", "8.1 宣传教育")),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区应急局和行业主管部门应当逐级上报事故情况，每级均应当在30分钟内完成口头上报、1小时内完成书面上报",
              "when": "30分钟内口头、1小时内书面（事故发生后）", "when_norm": None,
              "note": "5.1: bodies the plan tasks send the accident's facts up, level by level (round 44: what a tasked body "
                      "meets in its work, sent on; round 48's x220_02 5.1.1 checked as a duty): an undated duty, its limits "
                      "counted from an event"},
             {"what": "区安全生产应急救援指挥部必须在接报后30分钟内口头、1小时内书面将相关情况报市政府总值班室",
              "when": "接报后30分钟内口头、1小时内书面", "when_norm": None,
              "note": "5.1: the headquarters' report to the city government's duty office: an undated duty (as above)"}],
     notes=["counting (leaf tasks: the lowest decimal heading with text, or its 「（N）」 items; paragraphs under a heading are "
            "its text; as plans-next220's x220_02, confirmed in round 48): the cover (「请结合实际认真贯彻落实」) and the 目录 no "
            "tasks; 1 总则 1.1–1.5 (purpose, basis with its seventeen laws （1）–（17）, scope, grading, principles) general "
            "provisions (round 30) — 1.3's 「由相应的事故应对牵头部门制定专项应急预案」 says which plan covers other stages, a scope; 2.1 "
            "（1）–（6） 6 (the headquarters' duties, tasks though they name no unit, RULING? 1), 2.2 1, 2.3 (composes the "
            "on-site headquarters of persons and groups, 「按照《…》执行」: no work, round 48's x220_02 2.1, round 60) none, 2.4 1 → "
            "8; 3's opening paragraph a lead-in, 3.1–3.3 → 3; 4.1, 4.2 → 2; 5.1 1, 5.2 1, 5.3.1 （1）（2） 2 (its opening "
            "sentence a grading lead-in), 5.3.2 1, 5.4 （1）–（7） 7 and its closing paragraph 「未明确危险化学品性质的，区应急局会同…」 "
            "1 (a paragraph after the items, rounds 36, 38, 54), 5.5, 5.6, 5.7 3 → 16; 6.1–6.3 → 3; 7 (childless, gives "
            "work) 1; 8.1, 8.2 → 2, 8.3 奖惩 (rewards and sanctions by the parties' own superiors, a consequence: rounds 48, "
            "52's 「由其所在单位或者上级主管部门给予…」) none; 9 附则 1 (「区政府相关部门按照本预案的规定履行职责，并制定实施相应的应急预案」 "
            "gives work beside the interpreting body and the entry into force: round 39, round 63's x273_01 第十九条) → **36**. "
            "Accepted: 35 (9 as a general provision, as x220_02's 9.2; or 5.4's closing paragraph as no task of its own), 34 "
            "(both), 37 (2.3 or 8.3 as a task), 31 (2.1 as one task), 49 (36 with 附件2's 13 numbered duties, as plans-next220 "
            "accepted 85). 附件1 (grade bands) is no task. No sample is written on an item the main count leaves out.",
            "units: 会同 leads (2.2, 4.2, 5.4's closing paragraph); 由A＋verb (2.2, 5.3, 5.4's lead-in, 5.5, 6.2); 组织＋work "
            "(5.2, 6.1, 6.3, 8.1, 8.2); 负责 (2.4, 3.1, 5.5, 6.2); 落实 (3.1–3.3); headed points outside articles keep the closed "
            "list (加强, 做好, 建立健全, 指导督促, 调拨 name none; the article reading accepted where sampled); the headquarters set up "
            "in 2.1 is a doer in later items (round 36); persons (指挥长, 总指挥, 专家, 职工) never units",
            "dates: 2025年11月6日 (the cover), in force on issue; every item undated (a standing plan); limits from events "
            "(30分钟内, 1小时内) no deadlines; 「定期」 (8.2) a rhythm with no period; no phases; two undated duties (5.1), and the "
            "accident unit's own report (「事故发生单位应当…报告」, a party reporting what befell it, round 32's filing) not written "
            "as one",
            "figures: no targets; not targets 30分钟, 1小时 (5.1, limits from an event); 「12345」「110」 (hotline numbers); 附件1's "
            "bands 30人以上 … 1000万元以下 (grade bands in definitions, round 32; round 66's x81_04: no target)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x285_02_jinshan-yingjiju-2026-ziran-zaihai-jiuzhu-yingji-yuan.txt"
P02 = "上海市金山区自然灾害救助应急预案"
N02 = "关于印发《" + P02 + "》的通知"
OFF = "区防减救灾办"
OFF_FULL = "区防灾减灾救灾委员会办公室"
COMM = "区防灾减灾救灾委员会"


def d02(*parts, body=False):
    return dec(X02, *parts, body=body)


LEADIN3 = ("the lead-in 「…区防减救灾办根据灾害预警预报信息，对可能出现的灾情进行预评估，并视情采取以下措施：」 has no rule-2 clause (进行, "
           "采取 are outside the list; " + CLOSED + "), so rule 4 gives the items nothing (round 48's x220_02 5.4.1 （5）: a "
           "lead-in gives only a rule-2 doer); the lead-in's body by the article reading accepted (" + PROC + ")")
LEADIN51 = ("under 「进入应急响应状态后，区防减救灾办主要采取以下措施：」: the lead-in's 采取 is outside rule 2 (rule 4 gives nothing by it), "
            "but its subject carries through the colon into the items (round 56: a subject carries inside a paragraph or through a "
            "colon lead-in; round 65's x274_01 四、（四）1.), so an item's own rule-2 verb makes it a doer")

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the plan's own title line (line 11, after the cover's signature and date: round 62 m52) or the notice title "
                "(line 1): either (round 45's pair)",
     doc_no="金应急〔2026〕11号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市金山区应急管理局 (the cover signs 「金山区应急管理局」)",
     date="2026-03-20",
     date_note="the cover is dated 2026年3月20日 (the index the same); 「本预案自2026年7月1日起施行」 (8.4)",
     level="a district bureau (Shanghai Jinshan's emergency management bureau) issuing the district's contingency plan for "
           "natural-disaster relief, approved by the district government: organisation, preparation, disaster reports, "
           "response by level, relief after disasters (transition, housing, winter and spring), funds, goods, shelters, "
           "teams; 附件1 thirty bodies' duties, 附件2 the levels' starting conditions",
     source=src(N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=00818004&siteId=0081", 7824),
     style="a cover (addressees, one sentence 「…请认真贯彻执行。」, signature, date); the plan's title; a 目录 (1–8, 1.1–8.4); "
           "the body in decimal headings with a space, heading lines 「4.1 灾情信息报告」 over paragraphs, third-level numbers "
           "「4.1.1 灾害发生后，…」 run into their text's line; items 「（1）…」 under 3 and 5.1 (after lead-ins ending 「：」) and "
           "under 6.1–6.3 (no lead-in); 2 childless; opening paragraphs under 4 and 5 before their subsections; stray spaces "
           "from the page after 「，」「；」「、」 (「， 区防减救灾办」「区委、 区政府」); a 「附件：」 list, 附件1 「1.区应急管理局：…」 … "
           "「30.各街镇（园区）：…」, 附件2 four levels 一、–四、 with （一）–（四）; blank lines between all paragraphs",
     leaf_tasks=43, count_alternatives=[44, 42, 45, 73],
     leaf_tasks_by_section={"2 组织指挥体系": 1, "3 灾害救助准备": 5, "4 灾情信息报告和发布": 5, "5 应急响应": 10,
                            "6 灾后救助": 13, "7 配套机制": 8, "8 附则": 1},
     childless_top_level_sections=[],
     samples=[
        S(["2 组织指挥体系"], [], [OFF_FULL], lead_alternatives=[[OFF_FULL], [OFF]],
          responsible_alternatives=[[OFF]],
          note="a childless top-level section whose text gives work is a task (round 34 early; plans-dev 03): 「区防灾减灾救灾委员会统筹指导、"
               "协调和监督全区…工作，指导支持…」 — 统筹指导, 协调, 监督 are outside rule 2 (" + CLOSED + "); 「区防灾减灾救灾委员会办公室设在区应急"
               "管理局（以下简称“区防减救灾办”）负责与相关部门…的沟通联络…，组织开展灾情会商核定…」 — 负责 and 组织开展 (rule 2): the standing "
               "office, not set up here (where it sits is no doer, round 45), kept as printed before its defining bracket (rounds 35, "
               "61: 以下简称 dropped); the short name accepted (round 48: one body printed two ways); " + ONE_LEAD + "; " + PLAN_NODATE,
          **d02("2 组织指挥体系")),
        S(["3 灾害救助准备", "（3）"], [], [], responsible_alternatives=[[OFF]],
          note="「（3）通知区经委提前做好救灾物资调拨准备；启动与区交通委等部门和单位的应急联动机制，做好救灾物资调运准备。」 — 区经委 is the "
               "object of 通知 (a receiver, rule 3) and 区交通委 a partner inside the object 「与…的应急联动机制」 (round 30: a body inside a "
               "noun's description); " + LEADIN3 + ": " + NONE + "; " + PLAN_NODATE, **d02("3 灾害救助准备", "（3）")),
        S(["4 灾情信息报告和发布", "4.1 灾情信息报告", "4.1.1"], [], [], not_targets=[(1, "小时")],
          note="「受灾街镇（园区）应在1小时内将…情况报区应急管理局；区应急管理局在接报后，应在1小时内审核、汇总，向区委、区政府和市应急局报告。…街镇"
               "（园区）应立即向区应急管理局报告。」 — sendings name no doer (round 48's x220_02 5.1.1; round 39), 审核、汇总 outside rule 2 "
               "(" + CLOSED + "); the section's opening paragraph 「区应急管理局和街镇（园区）…做好…工作，其他相关部门积极配合」 is a lead-in with "
               "no rule-2 clause (做好; rule 4 gives nothing): " + NONE + "; the reports are duties (below); 1小时内 a limit from an "
               "event (rounds 33, 54): not a target; its first words also open 5's opening paragraph, which comes later; "
               + PLAN_NODATE, **d02("4 灾情信息报告和发布", "4.1 灾情信息报告", "4.1.1")),
        S(["4 灾情信息报告和发布", "4.1 灾情信息报告", "4.1.2"], [], [], not_targets=[(24, "小时"), (3, "日"), (2, "日")],
          note="「较大及以上自然灾害灾情稳定前，各街镇（园区）执行24小时零报告制度。灾情稳定后，受灾街镇（园区）应在…3日内核定灾情，并向区应急管理局报告；"
               "区应急管理局接到报告，在2日内审核、汇总灾情后，向区委、区政府和市应急局报告。」 — 执行, 核定, 审核 outside rule 2 and the "
               "reports sendings (" + CLOSED + "): " + NONE + "; 「24小时零报告制度」 names a reporting system (a name with a "
               "figure, EXPECTED.md; round 48's 「1+12+X」), 3日内, 2日内 limits from an event (rounds 33, 54): not targets; "
               + PLAN_NODATE, **d02("4 灾情信息报告和发布", "4.1 灾情信息报告", "4.1.2")),
        S(["4 灾情信息报告和发布", "4.1 灾情信息报告", "4.1.4"], [], [OFF], lead_alternatives=[[OFF]],
          note="「区防减救灾办定期组织相关涉灾部门开展灾情会商，通报灾情信息，…核定灾情」 — 「A组织B＋verb」: A a doer (round 30), the "
               "departments the pivot's object; 定期 a rhythm with no period (no duty: 通报 makes findings known, round 65's x274_03); "
               + ONE_LEAD + "; " + PLAN_NODATE, **d02("4 灾情信息报告和发布", "4.1 灾情信息报告", "4.1.4")),
        S(["4 灾情信息报告和发布", "4.2 灾情信息发布"], [], [], responsible_alternatives=[[COMM]],
          note="「信息发布应当按照…规定，区防灾减灾救灾委员会主动通过新闻网站、政府网站等多种形式发布信息，…回应社会关切，正确引导社会舆论。」 — 发布, "
               "回应, 引导 are outside rule 2 (" + CLOSED + "; round 55: publishing is disclosure): " + NONE + "; " + PROC + "; "
               + PLAN_NODATE, **d02("4 灾情信息报告和发布", "4.2 灾情信息发布")),
        S(["5 应急响应", "5.1 响应措施", "（3）"], [], [], responsible_alternatives=[[OFF]],
          note="「（3）派出由有关部门组成的工作组，赴受灾地区核查灾情，指导灾害救助工作。」 — " + LEADIN51 + "; here 派出 and 指导 are outside rule "
               "2 (round 48's x220_02 5.4.1 （5）: the subject of 派出 names none), and the group the item sends is composed by it "
               "(rule 3: members): " + NONE + "; " + PROC + "; " + PLAN_NODATE, **d02("5 应急响应", "5.1 响应措施", "（3）")),
        S(["5 应急响应", "5.1 响应措施", "（5）"], [OFF], [OFF, "区民政局", "区红十字会"], lead_alternatives=[[]],
          note="「（5）提供应急慈善需求信息，会同区民政局、区红十字会组织开展救灾捐赠活动，协调引导…社会组织协助开展…」 — " + LEADIN51 + ": "
               "「(A)会同B＋组织开展」 (" + HUIT + "), the carried subject the lead; 区红十字会 a body by its name (the space after 、 "
               "is the page's, squashed by the scorer); the objects of 协调引导 are no units (round 30's pivot); " + PLAN_NODATE,
          **d02("5 应急响应", "5.1 响应措施", "（5）")),
        S(["5 应急响应", "5.1 响应措施", "（7）"], [OFF], [OFF, "区有关部门"], lead_alternatives=[[]],
          note="「（7）灾情稳定后，会同区有关部门，指导受灾街镇（园区）组织开展灾害损失综合评估工作…」 — " + LEADIN51 + ": 「(A)会同B＋verb」 read by "
               "its verb (round 61; round 66's x274_01 五、（四）: 会同 with work), 指导 guiding the towns' work, not applying, sending, "
               "paying or handing on; 区有关部门 a kind (有关 before a head, rounds 33, 58; plans-dev 03 十六 「A会同有关部门负责」); "
               "受灾街镇（园区）, the object of 指导, whose 组织开展 is the pivot's (round 30), is no unit; 「灾情稳定后」 says when (no "
               "date); " + PLAN_NODATE, **d02("5 应急响应", "5.1 响应措施", "（7）")),
        S(["6 灾后救助", "6.1 过渡期生活救助", "（1）"], [], ["受灾街镇（园区）"], lead_alternatives=[["受灾街镇（园区）"]],
          note="「（1）受灾街镇（园区）及时组织将…人员等纳入过渡期生活救助范围。」 — 组织＋work (rule 2; 将…纳入 the work organised), 受灾 "
               "before a kind picks the towns, a kind as printed with its bracket (rounds 34, 52; round 62's x53_03 区各部门(单位)); "
               "the persons are the work's objects; " + ONE_LEAD + "; " + PLAN_NODATE,
          **d02("6 灾后救助", "6.1 过渡期生活救助", "（1）")),
        S(["6 灾后救助", "6.2 倒损住房恢复重建", "（1）"], [], ["区政府"], lead_alternatives=[["区政府"]],
          note="「（1）在尊重群众意愿和评估核定的前提下，因灾倒损住房恢复重建以受灾户自建为主，并由区政府负责组织实施。」 — 由A负责组织实施 "
               "(rule 2); 受灾户, households, are persons (rounds 30, 46); the 前提下 clause a condition; " + ONE_LEAD + "; "
               + PLAN_NODATE, **d02("6 灾后救助", "6.2 倒损住房恢复重建", "（1）")),
        S(["6 灾后救助", "6.2 倒损住房恢复重建", "（3）"], [], [],
          note="「（3）恢复重建规划和房屋设计应因地制宜确定方案，科学安排项目选址，合理布局，避让…」 — 应 with its act gives work though no unit "
               "is named (round 63's x270_01 第九条; round 65's x274_01 四、（四）: a measure naming an act): a task naming no unit; the "
               "plans and designs are things (round 41), no subject: " + NONE + "; " + PLAN_NODATE,
          **d02("6 灾后救助", "6.2 倒损住房恢复重建", "（3）")),
        S(["6 灾后救助", "6.2 倒损住房恢复重建", "（5）"], [], [OFF], lead_alternatives=[[OFF]],
          note="「（5）倒损住房恢复重建工作结束后，区防减救灾办组织对…补助资金管理使用工作开展绩效评价，评价结果报市防灾减灾救灾委员会办公室。」 — "
               "组织…开展 (rule 2: 组织＋work), the fund the object of the review, not paid (round 48); the result's sending is a duty "
               "(below), no doer; " + ONE_LEAD + "; " + PLAN_NODATE, **d02("6 灾后救助", "6.2 倒损住房恢复重建", "（5）")),
        S(["6 灾后救助", "6.3 冬春救助", "（2）"], [], [], responsible_alternatives=[[OFF]], skip_deadline=True,
          note="「（2）区防减救灾办每年9月下旬开展全区冬春受灾群众生活困难情况调查，开展…评估，核实情况，明确…规模。」 — 开展 without 组织 is "
               "outside rule 2 (round 30 clarifications), 核实, 明确 too (" + CLOSED + "): " + NONE + "; " + PROC + "; 「每年9月下旬」 "
               "is a yearly time, a rhythm (round 33: recurring dates are no deadline), but it dates the work within the year, so "
               "the deadline is not checked (RULING? 5: no deadline, or 2026-09 from the year the plan takes force)",
          **d02("6 灾后救助", "6.3 冬春救助", "（2）")),
        S(["6 灾后救助", "6.3 冬春救助", "（3）"], [], [], responsible_alternatives=[["各街镇（园区）"]], skip_deadline=True,
          note="「（3）各街镇（园区）应当在每年10月中旬前统计、评估…需求，核实救助对象，编制工作台账，制定救助工作方案，并报市防灾减灾救灾委员会办公室"
               "备案。」 — 统计, 评估, 核实, 编制, 制定 are outside rule 2 (" + CLOSED + "): " + NONE + "; " + PROC + " (各街镇（园区） a kind "
               "with its bracket, round 34); the filing is a yearly duty (below: a plan body's sending to the office above, round "
               "43's x180_01; round 64's x225_02: 按年度报送); 「每年10月中旬前」 a recurring date: no deadline (round 33), not checked "
               "(RULING? 5)", **d02("6 灾后救助", "6.3 冬春救助", "（3）")),
        S(["6 灾后救助", "6.3 冬春救助", "（4）"], ["区应急管理局"], ["区应急管理局", "经委"], lead_alternatives=[[]],
          responsible_alternatives=[["区应急管理局", "经委等部门"]],
          note="「（4）区应急管理局会同经委等部门组织调拨衣被等物资保障受灾人员。」 — " + HUIT + " (组织调拨 of goods is work: round 50, "
               "发放 of things; round 48's cost verbs need money); a bare 「等部门」 tail is dropped (rounds 35, 64, 65), so 经委, as "
               "printed without 区; the cell as printed accepted; " + PLAN_NODATE, **d02("6 灾后救助", "6.3 冬春救助", "（4）")),
        S(["7 配套机制", "7.4 救灾救助队伍", "7.4.3"], [], ["各级政府"], lead_alternatives=[["各级政府"]],
          note="「各级政府落实灾害信息员培训制度，建立健全灾害信息员队伍。村民委员会、居民委员会和企事业单位应设立专职或者兼职的灾害信息员。」 — 落实 "
               "is in rule 2's list whatever its object (round 66 p54b, p46d); 各级政府 levels as one group (round 65's x263_08); "
               "设立 a post is outside rule 2 (" + CLOSED + "), so the committees and units name none; " + ONE_LEAD + "; "
               + PLAN_NODATE, **d02("7 配套机制", "7.4 救灾救助队伍", "7.4.3")),
        S(["8 附则", "8.3 预案演练"], [], [OFF], lead_alternatives=[[OFF]],
          note="「区防减救灾办协调区防灾减灾救灾委员会成员单位制定本预案宣传培训和演练计划，并定期组织演练。」 — 组织演练 (rule 2: 组织＋work); "
               "the members are the object of 协调, a pivot whose verb is outside the list (round 30), no units; 定期 a rhythm with "
               "no period; 8's other points are general provisions (8.1 definitions, 8.2 the interpreting body, 8.4 entry into "
               "force), and 8.3 gives work: a task; " + ONE_LEAD + "; " + PLAN_NODATE, **d02("8 附则", "8.3 预案演练")),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "受灾街镇（园区）应在1小时内将本街镇（园区）灾情和救灾工作情况报区应急管理局",
              "when": "灾害发生后1小时内", "when_norm": None,
              "note": "4.1.1: the towns the plan tasks report to the district bureau (round 44: what a tasked body meets in its "
                      "work, sent on; round 48's x220_02 5.1.1): an undated duty, its limit counted from an event"},
             {"what": "区应急管理局接到报告，在2日内审核、汇总灾情后，向区委、 区政府和市应急局报告",
              "when": "接到报告后2日内", "when_norm": None,
              "note": "4.1.2: the district bureau's report up (as above): an undated duty"},
             {"what": "评价结果报市防灾减灾救灾委员会办公室",
              "when": None, "when_norm": None,
              "note": "6.2 （5）: the result of the bureau's own review sent to the city office (rounds 48, 57: a plan body sending "
                      "the results of its own work): an undated duty"},
             {"what": "各街镇（园区）应当在每年10月中旬前统计、评估…基本生活救助需求，…制定救助工作方案，并报市防灾减灾救灾委员会办公室备案",
              "when": "每年10月中旬前", "when_norm": "yearly (by mid-October)",
              "note": "6.3 （3）: the towns' yearly filing of their relief plans with the city office (DOMAIN: a unit's plan sent "
                      "to the office for filing; round 64's x225_02 「按年度报送」 a yearly duty; round 33: a recurring date is a rhythm)"}],
     notes=["counting (leaf tasks as in x285_01 and plans-next220's x220_02): the cover (「请认真贯彻执行」) and the 目录 no tasks; "
            "1 总则 1.1–1.3 general provisions (round 30); 2 (childless, gives work) 1; 3's lead-in paragraph and （1）–（5） → 5; "
            "4's opening paragraph a lead-in, 4.1.1–4.1.4 4, 4.2 1 → 5; 5's three opening paragraphs (the grading, the start of "
            "a response, the split of work by level) the heading's lead-in (round 54: unnumbered paragraphs are tasks only in a "
            "notice with no numbering or after an article's items), 5.1 （1）–（7） 7, 5.2.1, 5.2.2 2, 5.3 1 → 10; 6.1 （1）–（4） "
            "4, 6.2 （1）–（5） 5 (（2）, funds' routes with 「完善巨灾保险等机制」, a subjectless measure that gives work: round 65's "
            "x274_01 四、（四）2.), 6.3 （1）–（4） 4 → 13; 7.1.1, 7.2.1, 7.2.2, 7.3.1, 7.3.2, 7.4.1–7.4.3 → 8, 7.1.2 「区财政局…设置"
            "预备费，用于…支出」 a budget reserve with no 要／应 (round 62: a fund's source names a payer, no task); 8.1 definitions, 8.2 "
            "the interpreting body, 8.4 entry into force general provisions, 8.3 1 → **43**. Accepted: 44 (7.1.2 a task), 42 "
            "(6.2 （2） no task), 45 (4's and 5's opening paragraphs as tasks), 73 (43 with 附件1's 30 numbered duties, as "
            "plans-next220 accepted its attachment's). 附件2 (starting conditions by level) is no task. No sample is written "
            "on an item the main count leaves out.",
            "units: the office's name as printed 「区防灾减灾救灾委员会办公室」 in 2, its defined short name 「区防减救灾办」 where printed "
            "after; lead-ins with 采取 give nothing by rule 4 (3, 5.1), but 5.1's subject carries through its colon to the "
            "items' own 会同 clauses (（5）, （7）); 会同 leads (5.1 （5）（7）, 6.3 （4）); 组织＋work (2, 4.1.4, 6.1 （1）, 6.2 （5）, 8.3); "
            "负责组织实施 (6.2 （1）); 落实 (7.4.3); outside articles the closed list stands (监督检查, 统筹推进, 开展, 发布, 派出 name none; "
            "the article reading accepted where sampled); receivers of 通知 and reports, households (受灾户) and persons (灾害信息员) "
            "never units",
            "dates: 2026年3月20日 (the cover), in force 2026年7月1日 (8.4, a time of force); no item carries a one-off date; "
            "「每年9月下旬」「每年10月中旬前」 (6.3 （2）（3）) recurring, not checked as deadlines (RULING? 5); limits from events (1小时内, "
            "3日内, 2日内) no deadlines; no phases; four duties (4.1.1, 4.1.2, 6.2 （5） undated; 6.3 （3） yearly), 3 （5）「重要情况及时向"
            "区政府报告」 and 附件1's reports noted, not written",
            "figures: no targets; not targets 1小时 (4.1.1), 24小时 (a system's name), 3日, 2日 (4.1.2, limits from an event); 附件2's "
            "bands 5人以上, 2万人以上, 400间或120户以上 … (starting conditions of response levels, grade bands: round 32; "
            "round 66's definitions) not checked"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x285_03_chongming-jianguanwei-2024-jianshe-gongcheng-shigu-yingji-yuan.txt"
P03 = "上海市崇明区处置建设工程事故应急预案"
N03 = "关于印发《" + P03 + "》的通知"
JGW = "崇明区建设和管理委员会"
JGW_S = "区建设管理委"
TOWNS = ["事发地所在乡镇人民政府", "公司（园区）"]


def d03(*parts, body=False):
    return dec(X03, *parts, body=body, start="1总 则")


plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the plan's own title line (line 13, after the cover's signature and date, printed again on line 99 after the "
                "目录: round 62 m52; the cover's 「附件：上海市崇明区处置建设工程事故应急预案」 line names it) or the notice title (line 1): "
                "either (round 45's pair)",
     doc_no="沪崇建管〔2024〕78号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市崇明区建设和管理委员会",
     date="2024-11-28",
     date_note="the cover is dated 2024年11月28日 (the index the same); 「本预案自2024年11月28日起实施」 (8.6)",
     level="a district commission (Shanghai Chongming's construction and management commission) issuing the district's revised "
           "contingency plan for construction accidents, approved by the district government: risk control, organisation, "
           "monitoring and warning, response, recovery, support, plan management; 附件1 grade bands, 附件2 25 bodies' duties",
     source=src(N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=test_2204fd1e-ac48-4c81-b0f7-3ac6d0aab8de&siteId=0085",
                8948),
     style="a cover (addressees, one sentence 「…请认真按照执行。」, a 「附件：」 line naming the plan, signature, date); the plan's title; "
           "a 目录 (「1总 则」, 「2 风险防控」 with a space there only); the body in decimal headings with no space 「3.2应急联动机构」, "
           "third-level numbers run into their text 「4.1.1区建设管理委、…」 or heading lines 「3.4.1职能部门」; items 「（1）…」 "
           "under 3.4.1 and 4.3 (after lead-ins ending 「：」) and 5.3.2 (「（1）Ⅳ级应急响应：…」); 5.4.2 a lead-in and seven "
           "unnumbered run-in-headed paragraphs 「事故现场警戒。…」; 附件1 grade bands, 附件2 unnumbered 「区建设管理委：…」 duty "
           "paragraphs; blank lines between all paragraphs",
     leaf_tasks=43, count_alternatives=[44, 45, 42, 68],
     leaf_tasks_by_section={"2风险防控": 1, "3组织体系": 9, "4监测与预警": 11, "5应急响应": 11, "6后期处置": 3,
                            "7准备与支持": 5, "8预案管理": 3},
     childless_top_level_sections=[],
     samples=[
        S(["2风险防控"], [], [],
          note="a childless top-level section whose text gives work is a task (round 34 early): 「针对本区建设工程可能发生的事故类别…，结合"
               "重大事故隐患判定标准，对危险危害因素进行评估，分析…，提出防范控制措施。」 — a measure naming the plan's own acts with no subject "
               "and no 要 gives work (round 65's x274_01 四、（四）2.: round 43's subjectless points): a task naming no unit: " + NONE
               + "; " + PLAN_NODATE, **d03("2风险防控")),
        S(["3组织体系", "3.4工作机构", "3.4.1职能部门", "（2）"], [JGW], [JGW, "区应急联动中心"],
          lead_alternatives=[[], [JGW_S]], responsible_alternatives=[[JGW_S, "区应急联动中心"]],
          note="under the lead-in 「崇明区建设和管理委员会（以下简称“区建设管理委”）是…职能部门，负责…工作。主要履行以下职责：」 (负责, rule 2; its "
               "subject carries through the colon, round 56): 「（2）协助市住房城乡建设管理委处置…，协同区应急联动中心对…实施先期处置，组织实施"
               "后续专业应急处置，指导、协助…乡镇人民政府、公司（园区）处置…」 — 「A协同B＋verb」 reads as 会同 (round 30): lead A, "
               "responsible A, B; 组织实施 (rule 2) A's again; the body 协助 serves and the objects of 指导、协助 are no units outside a "
               "work heading (rule 3; round 30's pivot); the name as printed before its defining bracket (rounds 35, 61), the "
               "short name accepted (round 48); " + PLAN_NODATE, **d03("3组织体系", "3.4工作机构", "3.4.1职能部门", "（2）")),
        S(["4监测与预警", "4.3预警响应", "（3）"], [], ["区建设管理委", "区应急联动中心"] + TOWNS,
          responsible_alternatives=[["区建设管理委", "区应急联动中心"] + TOWNS + ["有关单位"]],
          note="「（3）根据需要，及时组织转移、撤离或疏散可能受到…危害的人员和重要财产，并予以妥善安置；」 under 「进入预警期后，区建设管理委、区应急联动"
               "中心、事发地所在乡镇人民政府、公司（园区）及有关单位视情采取如下预防性措施：」 — the lead-in's 采取 is outside rule 2 (rule 4 "
               "gives nothing by it), but its subjects carry through the colon (round 56) to the item's own 组织＋work (rule 2); "
               "、 splits separate heads (乡镇人民政府, 公司（园区）: round 31), 所在 kept (round 55); 有关单位 is a catch-all with no kind "
               "(rounds 34, 43: no unit; kept accepted, round 64's group reading); RULING? 6 as x285_02's lead-ins; " + PLAN_NODATE,
          **d03("4监测与预警", "4.3预警响应", "（3）")),
        S(["5应急响应", "5.1信息报告", "5.1.2报告程序与时限"], [], [], not_targets=[(30, "分钟"), (1, "小时")],
          note="「区建设管理委、区应急联动中心、区应急局、…接到建设工程事故报警后，应在第一时间做好处置准备，并迅速汇总和掌握相关事故信息。…接报后应在30分钟内"
               "口头、1小时内书面将相关情况报告区政府总值班室、区应急局。…实行“日报告”制度。」 — 做好, 汇总, 掌握 outside rule 2 (" + CLOSED
               + ") and the report a sending (round 48's x220_02 5.1.1): " + NONE + "; the report a duty (below); 30分钟内, 1小时内 "
               "limits from an event (rounds 33, 54): not targets; 5.1's opening paragraph (anyone's report by 「110」) a lead-in, "
               "5.1.1 the report's contents (round 37: text; a task accepted in 44); " + PLAN_NODATE,
          **d03("5应急响应", "5.1信息报告", "5.1.2报告程序与时限")),
        S(["5应急响应", "5.2先期处置", "5.2.1"], [], ["事故所在总包企业"], lead_alternatives=[["事故所在总包企业"]],
          note="「事故所在总包企业为先期处置的主责单位，总包企业项目负责人为…第一负责人。相关建设工程施工单位要按照预案，迅速指挥、调度…，采取一切必要措施开展即时处置…」 "
               "— 为 with a duty word (主责单位) designates (round 58's x250_01; round 62's 各地民政局为牵头实施单位), 所在 names the firm "
               "by its relation (rounds 55, 62), a party by its role (round 62 p52c); the project manager is a person (round 30); "
               "指挥、调度, 采取, 开展 are outside rule 2 (" + CLOSED + "), so 相关建设工程施工单位 names none; " + ONE_LEAD + "; "
               + PLAN_NODATE, **d03("5应急响应", "5.2先期处置", "5.2.1")),
        S(["5应急响应", "5.2先期处置", "5.2.2"], [], TOWNS + ["相关部门"],
          note="「事发地所在乡镇人民政府、公司（园区）及相关部门发现或接报…后，…启动相关应急预案，明确现场指挥长，建立指挥体系，组织指导有关责任单位赶赴现场"
               "开展调查，疏散转移…」 — 「A组织B＋verb」 (组织指导 with one object; rule 2, round 30): A's three bodies (、 and 及 split "
               "separate heads, rounds 31, 34; 相关部门 a kind, round 56); 有关责任单位 the pivot's object; 「情况紧急时，…可先行组织搜救…」 "
               "a case and an option (rule 3; round 40); the commander a person; " + PLAN_NODATE,
          **d03("5应急响应", "5.2先期处置", "5.2.2")),
        S(["5应急响应", "5.3分级响应", "5.3.2应急响应等级", "（2）"], ["市住房城乡建设管理委"],
          ["市住房城乡建设管理委", "区政府", "市应急联动中心", "各有关部门和单位"], lead_alternatives=[[]],
          responsible_alternatives=[["市住房城乡建设管理委", "区政府", "市应急联动中心"]],
          note="「（2）Ⅲ级应急响应：发生较大建设工程事故，由市住房城乡建设管理委会同区政府、市应急联动中心确定响应等级，启动Ⅲ级响应，指挥调度…实施应急处置。"
               "各有关部门和单位应按照各自职责和分工，密切配合，协同应对。」 — 「由A会同B＋verb」 (" + HUIT + "; the case is the item's whole "
               "work, round 30); 配合 after a doer's clause adds its subject as responsible (round 30: 「A负责…，B配合」; round 39's 协同), "
               "「有关部门和单位」 a group name (round 66 p54a) with its 各; the list without it accepted; " + PLAN_NODATE,
          **d03("5应急响应", "5.3分级响应", "5.3.2应急响应等级", "（2）")),
        S(["7准备与支持", "7.2装备保障"], [], ["各相关单位"], lead_alternatives=[["各相关单位"]],
          note="「建设工程事故应急抢险救援单位应根据…特点，配备专业救援装备和器材。各相关单位负责特种救援装备和器材的保障。」 — 配备 with 应 is outside "
               "rule 2 (" + CLOSED + "), so the rescue units name none; 负责 (rule 2) → 各相关单位, 相关 before a kind (round 56); "
               "保障 with goods is work, not paying (round 48); 5.5 (a split of 信息发布 by class) is not sampled: its heading's "
               "words also end 4.2.2's heading and its text's first words sit inside 5.3.1's (the scorer's fallback on four "
               "characters would bind an earlier task); " + ONE_LEAD + "; " + PLAN_NODATE, **d03("7准备与支持", "7.2装备保障")),
        S(["5应急响应", "5.4指挥协调", "5.4.1组织指挥"], [], ["各乡镇人民政府"], lead_alternatives=[["各乡镇人民政府"]],
          note="three paragraphs, one leaf: 「上级政府及相关部门指导下级政府…」 (指导 without 负责, a guide: round 30), 「…必要时由市级组织指挥机构统一"
               "指挥协调」 (a contingency, rule 3), 「各乡镇人民政府对…负有属地管理责任，按照区政府要求组织实施应急处置与救援措施」 — 组织实施 "
               "(rule 2), 各乡镇人民政府 a kind; 负有…责任 held adds nothing (rounds 41, 52, 54); " + ONE_LEAD + "; " + PLAN_NODATE,
          **d03("5应急响应", "5.4指挥协调", "5.4.1组织指挥")),
        S(["8预案管理", "8.4宣传与培训"], [], [JGW_S, "各乡镇人民政府", "公司（园区）", "有关部门", "相关企业"],
          note="「区建设工程主管部门和相关企业要通过多种形式，加强对从业人员…的专业教育。」 — 加强 outside rule 2 (" + CLOSED + "); 「…培训，按照“分级"
               "分类”管理原则，由区建设管理委、各乡镇人民政府、公司（园区）、有关部门和相关企业组织实施。」 — 由A组织实施 (rule 2): every "
               "agent as printed, 、 and 和 splitting separate heads (rounds 31, 34), 有关部门 and 相关企业 kinds (rounds 33, 56); "
               + PLAN_NODATE, **d03("8预案管理", "8.4宣传与培训")),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发生一般级别及以上建设工程事故，接报后应在30分钟内口头、1小时内书面将相关情况报告区政府总值班室、区应急局",
              "when": "接报后30分钟内口头、1小时内书面", "when_norm": None,
              "note": "5.1.2: the bodies the plan tasks report the accident up (round 44; round 48's x220_02 5.1.1): an undated "
                      "duty, its limits counted from an event"},
             {"what": "及时掌握并向区政府、市住房城乡建设管理委报告建设工程事故情况",
              "when": "及时", "when_norm": None,
              "note": "3.4.1 （3）: the commission's report to the district government and the city commission: an undated duty"}],
     notes=["counting (leaf tasks as in x285_01): the cover and its 「附件：」 line (one plan with the plan it names, round 49's "
            "x229_04) and the 目录 no tasks; 1 总则 1.1–1.5 general provisions; 2 (childless, gives work) 1; 3.1 (the leading "
            "bodies named, as x220_02's 2.1: no work) none, 3.2 1, 3.3 (a headquarters set up when needed, its head and "
            "members: a task naming no unit, as x220_02's 2.3) 1, 3.4.1 （1）–（6） 6, 3.4.2 (a pointer to 附件2) none, 3.5 1 → 9; "
            "4.1.1, 4.1.2 2, 4.2.1 (warning grades, a definition) none, 4.2.2 1, 4.3 （1）–（7） 7 (the measures 采取 takes, the "
            "work's parts: round 62's x248_02), 4.4 1 → 11; 5.1's opening paragraph a lead-in, 5.1.1 (a report's contents) "
            "none, 5.1.2 1; 5.2.1–5.2.3 3; 5.3.1 (a principle of levels, 「由市级层面负责应对…由区级层面负责应对」: a principle of roles "
            "gives no work, rounds 41, 52, 58) none, 5.3.2 （1）–（3） 3 (its opening sentence a definition), 5.3.3 1; 5.4.1 1, "
            "5.4.2 1 (its seven run-in-headed paragraphs its text); 5.5 1; 5.6 (「…可宣布应急结束」, an option only, round 49 "
            "p46b) none → 11; 6.1–6.3 3; 7.1–7.5 5; 8.1, 8.3, 8.4 3, 8.2 (the plan's own filing, as x220_02's 8.1), 8.5 "
            "(interpretation), 8.6 (entry into force) general provisions → **43**. Accepted: 44 (5.1.1, 5.3.1 or 8.2 a task), "
            "45 (two of them), 42 (3.3 no task), 68 (43 with 附件2's 25 duty paragraphs). 附件1 (grade bands) is no task.",
            "units: 会同／协同 leads (3.4.1 （2）, 5.3.2 （1）（2）), 由A负责 (5.5), 由A组织实施 (8.4), 组织＋work (4.3's items, 5.2.2, "
            "5.4.1), 负责 (3.2, 3.5, 5.2.3, 7.2, 7.4, 8.1), a designation by 为…主责单位 (5.2.1); closed-list verbs in headed points "
            "name none (完善, 建立, 做好, 加强, 开展, 保证); persons (总指挥, 项目负责人, 现场指挥长, 专家) never units",
            "dates: 2024年11月28日 (the cover; in force the same day, 8.6); every item undated; limits from events (30分钟内, "
            "1小时内) no deadlines; 「日报告」 a rhythm named, no duty checked; no phases; two undated duties",
            "figures: no targets; not targets 30分钟, 1小时 (5.1.2); 「110」 (a hotline); 附件1's bands (30人以上 … 1000万元以下, "
            "grade bands, round 32)"])

# round 56 (rul69): answers aligned to tests/data/CONVENTIONS.md "Round 67 rulings, written early" (turned; README, round 56)
from aligned_rulings import align69  # noqa: E402

align69("x285_03", ["4监测与预警", "4.3预警响应", "（3）"], "「…区建设管理委、…及有关单位视情采取如下预防性措施：…（3）根据需要，及时组织转移…」: 视情 and 根据需要 make the act itself hang on circumstances, an option reaching every verb joined to it (round 53's x243_02; round 61: unlike 适时), and round 56's carried subject brings the option with it; 有关单位 is a call either way (round 33)",
        "Units, turned: rounds 53, 61 over the carried subject; the four stay accepted",
        resp=[], resp_alt=[["区建设管理委", "区应急联动中心"] + TOWNS, ["区建设管理委", "区应急联动中心"] + TOWNS + ["有关单位"]])

write_collected(DIR)
