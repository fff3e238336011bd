# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next197/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 44 (built by helper c197): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it,
the "Round 44 rulings, written early" included) applied to every item. Neither the parser nor the scorer was run on
this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next197/make_expected.py tests/data/plans-next197
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
src = partial(shanghai_source, "工程建设管理")

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations; in articles the named body "
        "standing as the subject of a verb of doing, round 44 decided): lead = [], responsible = []")
ARTICLE44 = ("CONVENTIONS.md \"Round 44 rulings, written early\" (decided): in rules written as articles (第X条) a named "
             "body standing as the subject of the article's verb of doing is a doer whatever the verb; verbs of being "
             "or having (是, 有, 享有, 可以申请) name none")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2 or a unit heading")
HEADING = ("CONVENTIONS.md round 38: an article heading that names a party 「第五条 建设单位责任」 is a unit heading (rule 1) "
           "for the items under it; the sentences of the items then add nothing (rule 1: the label decides), the name "
           "kept as the heading prints it")
SUBJECTLESS = ("CONVENTIONS.md round 43 (structure): rule points with no subject are tasks where they give work; round "
               "38 / 39 / 40: items naming no unit in a plan with units elsewhere are tasks where they give work")
LIMIT = ("CONVENTIONS.md round 33: a limit counted from an event with no comparison word 「在N个工作日内」 is the item's "
         "deadline rule, not a target; round 34: times from an event are no deadline")
FILING = ("CONVENTIONS.md round 32 / round 41: a regulated party's standing filing to the department that administers "
          "the rules is a filing, no duty (the receiving department no unit by it, rule 3)")


def one(file, path, unit, targets=(), note="", **kw):
    """An article item whose one doer (rule 2 / round 44 / a unit heading) is ``unit``: lead [], the doer as lead
    accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw, **art(file, path))


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


# ---------------------------------------------------------------------------------------------------------
X01 = "x197_01_huangpu-2026-zhengfu-touzi-jijin-guanli-banfa.txt"
P01 = "黄浦区政府投资基金管理办法"
JOINT = ("the joint meeting is set up by 第七条 「设立政府投资基金工作联席会议（以下简称“联席会议”）」; CONVENTIONS.md round "
         "36: bodies a plan set up earlier are doers in later items; round 38: 「X职责」 gives out work, and round 37: a "
         "lead-in 「…职责包括：」 inside an article is a heading for the items under it; round 44: a 职责 heading of a body "
         "the SAME article sets up names no unit — 第八条 does not set 联席会议 up (第七条 did), so the lead-in 「联席会议的职责"
         "包括：」 is a unit heading (rule 1); the name as printed 「联席会议」 (round 38 / 43: a 以下简称 name where it is printed)")
MANAGER = ("「引导基金的日常投资运作，由符合条件的基金管理机构负责。基金管理机构的主要职责包括：」 — 由A负责 (rule 2; the 的-rule, round "
           "32: 符合条件的基金管理机构 → 基金管理机构) and a 职责 lead-in (round 37 / 38) over the items: a unit heading (rule 1); "
           "基金管理机构 were set up in 第七条 (「各引导基金分别设立基金管理机构」), an earlier article (round 36)")

plan(X01,
     title=P01 + "（关于印发修订后的《" + P01 + "》的通知）",
     title_note="the rules' own title (line 17, after the cover) or the notice title (line 1): either",
     doc_no="黄发改规〔2026〕2号 (from the index, the stored front matter and the rules' bracketed provenance line 19)",
     issuer="上海市黄浦区发展和改革委员会 with 上海市黄浦区财政局 (two signatures; the index lists 上海市黄浦区发展和改革委员会)",
     date="2026-07-31",
     level="two district bodies (Shanghai Huangpu's development and reform commission and finance bureau), revised rules "
           "for the district's government investment funds: a joint meeting, its office and the fund managers' duties, "
           "investment limits, exits, risk control and supervision",
     source=src("关于印发修订后的《" + P01 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=ac47d16e-cf00-46a8-a81c-c7858c3510a8&siteId=0071", 5319),
     style="a cover (addressees 「区各相关单位：」, one paragraph, 「特此通知。」, two signatures, the date); the rules' title and a "
           "bracketed provenance line; five chapters 「第一章 总  则」… (two ASCII spaces inside some headings); 36 articles "
           "run in 「第一条  text」 (two spaces after most labels, one after 第二十八–三十一条); items （一）… inside 第八、九、十、"
           "二十五、二十九条 (第八–十条: the duties of the joint meeting, its office and the fund managers under 「…的职责包括：」 "
           "lead-ins; 第二十五条: two lists of exit cases; 第二十九条: prohibited businesses); two closing paragraphs after "
           "第十条's items; blank lines between all paragraphs",
     leaf_tasks=52, count_alternatives=[45, 51, 53],
     leaf_tasks_by_section={"第一章 第三条": 1, "第二章 第八条（一）–（八）": 8, "第二章 第九条（一）–（五）": 5,
                            "第二章 第十条（一）–（九） and its closing paragraphs": 10, "第二章 第十一–十三条": 3,
                            "第三章 第十四、十六–二十一、二十三–二十五条": 10, "第四章 第二十六–二十八条": 3,
                            "第四章 第二十九条（一）–（八）": 8, "第四章 第三十–三十三条": 4},
     childless_top_level_sections=[],
     samples=[
        S(["第八条", "（四）"], [], ["联席会议"], lead_alternatives=[["联席会议"]],
          note=JOINT + "; 「审定政府投资基金年度投资计划…」 — 年度 names the plan, no deadline and no duty; " + ONE_LEAD + "; " + NODATE,
          **art(X01, ["第八条", "（四）"])),
        A(X01, ["第九条", "（一）"], [], [],
          note="「联席会议设办公室，办公室设在区发展改革委，…联席会议办公室的主要职责包括：」 — CONVENTIONS.md round 44: a 「X职责」 "
               "heading over the duties of a body the same article sets up names no unit (round 35's body an item sets up; "
               "round 34: the office of a body is part of it) — the office is set up by this article; 「组织联席会议成员单位拟定"
               "…」 — 组织 with no subject of its own, the members the object of 组织 (round 30: no unit); " + NONE
               + "; RULING? 1 (whether 「办公室设在区发展改革委」 makes 区发展改革委 the doer of the office's duties); " + NODATE),
        one(X01, ["第十条", "（九）"], "基金管理机构",
            note=MANAGER + "; 「定期将工作情况报送联席会议办公室」 — a plan unit's sending to the plan's office (round 32 / 35): a "
                 "duty, 定期 (no rhythm word: when_norm none); " + NODATE),
        one(X01, ["第十二条"], "区财政局",
            note=ARTICLE44 + " — 「区财政局履行投资监督职责，对…开展监督检查和绩效考核评价，并向联席会议报告」 (round 42's 「A履行…工作」 "
                 "is read within articles by round 44); the report to 联席会议 is a duty (no date); " + NODATE),
        A(X01, ["第十九条"], [], [], [(20, "%")],
          note="「对所投资单个基金或单个直投项目的出资规模不得超过引导基金总体规模的20%」 — " + SUBJECTLESS + "; 不得超过 "
               "(round 30's line: 超过／不超过) → 20% a target (a ceiling of the fund's own rule, round 35); " + NONE + "; " + NODATE),
        one(X01, ["第二十三条"], "引导基金管理机构",
            note=ARTICLE44 + " — 「引导基金管理机构应当在投资协议中明确约定…」「引导基金管理机构制定退出方案」; 「报联席会议审议同意后执行」 — "
                 "the approving body is no unit (rule 3: 经A同意) and an approval step is no reporting duty; 「可以实施提前退出」 "
                 "options (round 40); the name as printed (「引导基金管理机构」, not rewritten to 基金管理机构, round 38); " + NODATE),
        S(["第三十条"], [], [],
          note="「基金管理机构应定期向联席会议办公室报告…」「联席会议定期向区委、区政府报告…」: each sentence is only a sending of a "
               "report to the body above, a filing (round 39: 「由A向B提供／提交…报告」, A no doer by it; B receives, rule 3); round "
               "44's article rule does not reach a sending (Round 46, turned, x205_04 第十二条 「财务监理机构应定期向…提交书面报告」 → "
               "empty, as x101_03 第十一条/（一） reads its twin); 「建立定期报告制度」 the subjectless heading sentence; " + NONE
               + "; both sendings stay 定期 duties (as x101_03 reads its periodic report); " + NODATE + "; aligned round 44 (Round "
               "46 ruling): 「A应定期向B报告…」 alone in an article is a filing and names no doer — [基金管理机构, 联席会议] → []",
          **art(X01, ["第三十条"])),
        one(X01, ["第三十一条"], "相关部门",
            note="「相关部门根据职责组织实施授信承诺、信用审查、信用评价机制」 — 组织实施 (rule 2); 相关部门 is a kind and a doer with "
                 "a rule-2 verb (round 33); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "基金管理机构定期将工作情况报送联席会议办公室", "when": "定期", "when_norm": None,
              "note": "第十条（九）: a plan unit's sending to the plan's office (round 32 / 35); 定期 names no rhythm word"},
             {"what": "区财政局向联席会议报告监督检查和绩效考核评价情况", "when": "not stated", "when_norm": None,
              "note": "第十二条: a plan unit's sending to the plan's decision body (round 35), undated (round 36)"},
             {"what": "托管商业银行定期向基金管理机构报告资金使用情况", "when": "定期", "when_norm": None,
              "note": "第十三条: the custodian bank, a doer by 具体负责 (rule 2), reports to the fund managers (round 40: a standing "
                      "rhythm of reporting by the units the plan tasks)"},
             {"what": "基金管理机构应定期向联席会议办公室报告基金运行情况、资产负债情况、投资损益情况", "when": "定期", "when_norm": None,
              "note": "第三十条 「建立定期报告制度」"},
             {"what": "联席会议定期向区委、区政府报告基金管理运行情况及重大投资、决策情况", "when": "定期", "when_norm": None,
              "note": "第三十条: the joint meeting's report to the district committee and government"}],
     notes=["counting: the cover and the provenance line no tasks; 第一、二条 (purpose, definition), 第三十四条 (definition), "
            "第三十五条 (entry into force), 第三十六条 (interpretation) are general provisions (round 30); 第四–六条 (principle, source "
            "of funds, 可以 forms), 第七条 (the structure: bodies set up, no doer), 第十五条 (可以), 第二十二条 (有权, a verb of "
            "having, round 44) state no work (round 33: no task in a plan with units); 第三条 (「同一…不得重复设立引导基金」), 第十一、"
            "十四、十八–二十一、二十三、二十四、二十六–二十八、三十一–三十三条 are rule articles that give work (a doer, or 应／应当／须／"
            "不得 binding the fund's bodies: round 43, rule points with no subject are tasks where they give work) — one task "
            "each; 第十二、十三、十六、十七条 name doers (round 44), 第三十条 binds by 应 (its two sendings are filings naming no doer, "
            "Round 46 — aligned round 44); 第二十五条's two lists （一）–（六）, （一）–（三） are exit cases "
            "(round 35: an article whose items are only cases is one task); 第八条 （一）–（八） 8, 第九条 （一）–（五） 5, 第十条 "
            "（一）–（九） 9 and its two closing paragraphs one more task (round 38: several closing paragraphs after an article's "
            "items are one task); 第二十九条 （一）–（八） (prohibited businesses under 「不得从事以下业务：」) 8 items (round 44: "
            "numbered prohibitions inside an item are items, the builder's count) → 21 single articles + 8 + 5 + 10 + 8 = "
            "**52**. Accepted: 45 (第二十九条 read as one task, its items a list giving no work — round 44 accepts it beside), 51 "
            "(第十条's closing paragraphs not a task), 53 (the two closing paragraphs as two tasks, round 38: each separately "
            "accepted; or 第七条 counted)",
            "units: 第八条's lead-in (联席会议, a body set up in 第七条: unit heading), 第九条's (the office the article sets up: "
            "none, round 44; RULING? 1), 第十条's (基金管理机构, 由A负责 and a 职责 lead-in); elsewhere round 44's article subjects "
            "(区财政局, 托管商业银行 by 具体负责, 基金管理机构, 引导基金管理机构, 联席会议, 区审计部门, 基金各出资方) and 第三十一条's "
            "组织实施; 引导基金 (the fund itself, 「引导基金应选择…」「引导基金不得…」) is read as the thing the rules govern, not a "
            "body (RULING? 2; no sample turns on it); persons (副区长, 主要负责同志, 总监) are no units; 第八条's member list "
            "(「成员单位包括…」) gives no units (rule 3)",
            "dates: 2024年7月22日 (the first issue), 2026年7月31日 (adoption, the signature), 2026年8月15日 (entry into force), "
            "2028年8月14日 (validity); no item writes a deadline; 年度投资计划, 定期 are rhythms; no phases",
            "figures: 20% (第十九条, 不得超过) a target; 第二十五条's 「超过一年」「一年以上」 are figures in exit cases (round 40: a "
            "target of the article by the line; not sampled); 第132次 (a meeting's number), AAA (a rating), 〔2024〕2号 / "
            "〔2026〕2号 (document numbers) not targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x197_02_songjiang-2026-ranqi-gongcheng-jianshe-guanli-shishi-xize.txt"
P02 = "松江区燃气工程建设管理实施细则"
A3 = "第三条 工程立项"
A4 = "第四条 工程信息报送"
A6 = "第六条 合同信息报送"
A7 = "第七条 开工审核"
A9 = "第九条 建设单位责任和义务"
A12 = "第十二条 监理单位责任和义务"

plan(X02,
     title=P02 + "（关于印发《" + P02 + "》的通知）",
     title_note="the rules' own title (line 11, after the cover) or the notice title (line 1): either",
     doc_no="沪松建管规〔2026〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市松江区建设和管理委员会 (from the index; the cover prints only the date, no signature)",
     date="2026-07-20",
     level="a district commission (Shanghai Songjiang's construction and management commission), implementing rules for "
           "gas pipeline works: the builder's steps (project approval, filings, tendering, start review, completion), the "
           "duties of builder, designer, contractor and supervisor, and the commission's supervision",
     source=src("关于印发《" + P02 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=2f5d597a-4f83-4006-aad8-a1ff6ed396ec&siteId=0082", 5851),
     style="a cover (addressees 「各街镇（经开区）、各相关单位：」, one sentence with no final 。, 「特此通知。」, the date, no "
           "signature); the rules' title; five chapters 「第一章 总则」…; 21 articles — 第一、二条 and 第十三–二十一条 run in "
           "「第一条 text」, 第三–十二条 as heading lines 「第三条 工程立项」 over items （一）… or one paragraph; 第九–十二条 headed "
           "by a party 「建设单位责任和义务」「设计单位…」「施工单位…」「监理单位…」 whose items name 燃气建设单位 / 施工单位 / 项目监理机构; "
           "第十三–十五条 two paragraphs each; stray spaces inside sentences (「的依据， 应当」「立项批 复」), ASCII brackets "
           "「(包括管线翻新、搬迁)」「生产(制造)许可证」 and an ASCII comma in the last article; blank lines between all paragraphs",
     leaf_tasks=56, count_alternatives=[53, 54, 55],
     leaf_tasks_by_section={"第二章 第三条（一）–（五）": 5, "第二章 第四条": 1, "第二章 第五条（一）–（三）": 3,
                            "第二章 第六条（一）–（三）": 3, "第二章 第七条（一）–（六）": 6, "第二章 第八条（一）（二）": 2,
                            "第三章 第九条（一）–（六）": 6, "第三章 第十条（一）（二）": 2, "第三章 第十一条（一）–（十一）": 11,
                            "第三章 第十二条（一）–（十一）": 11, "第四章 第十三–十六条": 4, "第五章 第十七、十八条": 2},
     childless_top_level_sections=[],
     samples=[
        A(X02, [A3, "（二）"], [], [], not_targets=[(100, "万元")],
          note="「新建、改建、扩建燃气管线本体投资额在100万元及以上的燃气工程建设项目实行分类立项。…不满100万元的…按照《…导则》执行」 — "
               "a size band that decides which procedure a project follows is a class of project, no target (round 43: "
               "「总投资500万元（含）以上的…项目」; round 34: a class the rule covers) → 100万元 not a target; "
               + SUBJECTLESS + "; " + NONE + "; " + NODATE),
        one(X02, [A4], "燃气建设单位",
            note="「燃气建设单位是工程报建的实施主体」 — a designation (round 32 / 37: 「A是该项工作的具体工作部门」「明确A为责任主体」; round "
                 "34: a regulated party named by a kind is a doer by a designation), and the subject of 报送 in an article "
                 "(round 44); 「向区建管委报送相关信息备案」 — " + FILING + "; " + NODATE),
        one(X02, [A6, "（一）"], "燃气建设单位", not_targets=[(30, "日")],
            note=ARTICLE44 + " — 「燃气建设单位…应当及时与各承包单位签订承发包合同，并在合同签订30日内…报送区建管委」 (各承包单位, "
                 "with 与 after 应当, are no subject); 「合同签订30日内」 — " + LIMIT + " → 30日 not a target; the sending is "
                 "a filing (" + FILING + "); " + NODATE),
        one(X02, [A7, "（六）"], "区建管委", not_targets=[(3, "个工作日")],
            note="「区建管委对提交的材料实施审核」 — 实施 (rule 2); 「在3个工作日内予以确认」 — " + LIMIT + " → 3个工作日 not a target; "
                 "「当场告知申请人」 — the applicant no unit (round 30); " + NODATE),
        A(X02, [A9, "（三）"], [], ["建设单位"], lead_alternatives=[["建设单位"], ["燃气建设单位"]],
          responsible_alternatives=[["燃气建设单位"]],
          note=HEADING + " → 建设单位 (the heading 「建设单位责任和义务」; the items say 燃气建设单位); 「首次工程例会由燃气建设单位组织"
               "召开，各参建单位宣布…」 adds nothing to a headed item (rule 1); 「确定工程例会周期」 a meeting rhythm to be set, no "
               "date; " + NODATE + "; " + ONE_LEAD + "; aligned round 44 (Round 45 ruling): the party heading's name 建设单位 is the "
               "unit and the item's own name of the same party 燃气建设单位 is accepted beside it (as responsible, and as lead as "
               "the doer is)"),
        A(X02, [A12, "（二）"], [], ["监理单位"], lead_alternatives=[["监理单位"], ["项目监理机构"]],
          responsible_alternatives=[["项目监理机构"]],
          note=HEADING + " → 监理单位 (the heading 「监理单位责任和义务」; the items' own subject is 项目监理机构); "
               "「审核意见经总监理工程师签署后，报建设单位」 — a person's signature and a party's sending within the works (no duty of "
               "the plan's units, round 41); " + NODATE + "; " + ONE_LEAD + "; aligned round 44 (Round 45 ruling): the party "
               "heading's name 监理单位 is the unit and the item's own name of the same party 项目监理机构 is accepted beside it (as "
               "responsible, and as lead as the doer is)"),
        A(X02, ["第十三条"], [], ["区建管委", "区建管委下属单位区燃气管理所"],
          note="「区建管委负责全区燃气工程建设的监管工作」 — 负责 (rule 2); 「区建管委下属单位区燃气管理所严格执行…，协助区建管委开展…，"
               "对违法行为上报并移交相关部门」 — the subject of verbs of doing in an article (round 44), one name as printed (round "
               "34: 「X下属Y」 is one name as printed); 市住建委 (whose rules are followed) and 相关部门 (receiving a transfer) are no "
               "units (rule 3); no 牵头: lead []; 「本区实行燃气工程建设监督管理制度」 the article's first paragraph; the 上报 is an "
               "undated duty (round 36: a plan body's sending to another); the chapter heading 「监督管理」 alone gives out nothing "
               "(round 42); " + NODATE),
        one(X02, ["第十六条"], "区建管委",
            note="「区建管委负责建立健全沟通管理机制，定期召集相关部门、燃气工程建设参建各方、燃气企业召开工作例会」 — 负责 (rule 2); "
                 "the bodies 召集 (convened, the pivot's object) are no units (round 30 / 40: the objects of 组织／协调 are no "
                 "units outside a work heading); the 定期 工作例会 is a coordination rhythm (a duty, as plans-dev 09's 「定期召开协调会」); "
                 + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区燃气管理所对违法行为上报并移交相关部门", "when": "not stated", "when_norm": None,
              "note": "第十三条: a plan body's sending to another (round 36), undated"},
             {"what": "区建管委定期召集相关部门、燃气工程建设参建各方、燃气企业召开工作例会", "when": "定期", "when_norm": None,
              "note": "第十六条: a recurring coordination rhythm (plans-dev EXPECTED.md: duties include recurring coordination "
                      "rhythms; plans-dev 09 「定期召开协调会、推进会」)"}],
     notes=["counting: the cover no task; 第一条 (purpose), 第二条 (scope and definition), 第十九条 (「另有规定的从其规定」), 第二十条 "
            "(interpretation), 第二十一条 (entry into force) are general provisions (round 30 / 34); 第三条 （一）–（五） 5, 第四条 1, "
            "第五条 （一）–（三） 3, 第六条 （一）–（三） 3, 第七条 （一）–（六） 6, 第八条 （一）（二） 2 (round 37: items numbered inside an "
            "article are its items); 第九–十二条 the parties' headed duties 6 + 2 + 11 + 11; 第十三–十六条 (the commission's "
            "supervision, two paragraphs each, one task per article) 4; 第十七条 (a subjectless step 「…移交相关部门实施行政处罚」, "
            "round 43) and 第十八条 (各街镇（经开区）应完善…, round 44) 2 → **56**. Accepted: 54 (第三条（三） 「…应根据《…办法》执行」 "
            "— a 参照 item, round 34 — and （五） 「…无需再行立项」 — an exemption that gives no work — left out), 55 (第十七条 left "
            "out: a case 「发现…的」 with no doer), 53 (all three left out)",
            "units: 第九–十二条 by their party headings (round 38: 建设单位 / 设计单位 / 施工单位 / 监理单位, as the headings print "
            "them); 第三–八条 by round 44's article subjects (燃气建设单位, 燃气施工单位, 设计单位, 区建管委; 「参建各方均应参加…」 — "
            "各方 is a general call, round 44: 各参与方) and designations (第四条); a builder's own filings and applications "
            "「向区建管委申请完工备案」 name no unit (round 34: 由A向B备案) and are no duties (round 41); 第十三–十六条 区建管委 (负责) "
            "and 区建管委下属单位区燃气管理所; 第十八条 各街镇（经开区） (a bracket after a name stays, round 34)",
            "dates: 2026年7月20日 (the cover), 2026年9月1日 / 2031年8月31日 (entry into force, validity); limits from events "
            "(合同签订30日内, 3个工作日内, 完工验收合格后15日内) are no deadlines and no targets (round 33); no phases",
            "figures: 0.8MPa (第二条 「设计压力小于0.8MPa的燃气工程建设适用本细则」 — a scope class, round 34: a class the rule covers), "
            "100万元 (a size band choosing the procedure, round 43) — not targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x197_03_huangpu-2026-zhongxiaowei-qiye-daikuan-tiexi-zhichi-banfa.txt"
P03 = "黄浦区中小微企业贷款贴息支持办法"
HEADED = ("CONVENTIONS.md round 34 (written early): in a document of headed points 一、…六、 (four of the six have no numbered "
          "child) a childless point whose text gives work is a task")

plan(X03,
     title=P03 + "（关于印发《" + P03 + "》的通知）",
     title_note="the measures' own title (line 11, after the cover) or the notice title (line 1): either",
     doc_no="黄发改规〔2026〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市黄浦区发展和改革委员会 (the cover's signature 「黄浦区发展和改革委员会」)",
     date="2026-06-02",
     level="a district commission (Shanghai Huangpu's development and reform commission), rules of an interest subsidy on "
           "small firms' loans: eligible firms, loan and subsidy ceilings, an application-free procedure through a credit "
           "platform, supervision, and who carries it out",
     source=src("关于印发《" + P03 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=90584390-6455-4585-979a-ca56a5f42735&siteId=0071", 1641),
     style="a cover (addressees 「区各相关部门：」, one paragraph, the signature, the date); the rules' title and a preamble; six "
           "headed points 一、–六、 on heading lines; 一、支持对象 a scope with a list 1.–3. of industries; 二、支持内容 （一）（二） "
           "(ceilings and the subsidy rate); 三、–五、 one paragraph each; 六、附则 two paragraphs; blank lines between all "
           "paragraphs",
     leaf_tasks=5, count_alternatives=[3, 4],
     leaf_tasks_by_section={"二、支持内容": 2, "三、实施流程": 1, "四、监管措施": 1, "五、组织实施": 1},
     childless_top_level_sections=["一、支持对象", "六、附则"],
     samples=[
        S(["二", "（一）"], [], [], [(2000, "万元"), (1000, "万元"), (1, "年")],
          note="「科创类单户企业贷款额度最高不超过2000万元（含），其他类型单户企业贷款额度最高不超过1000万元（含），期限不超过1年」 — a "
               "policy's own ceilings (round 25; 最高／不超过 are comparison words, round 30) → 2000万元, 1000万元, 1年; "
               "「2026年1月1日起」 — the policy's start (a start date, no deadline); " + SUBJECTLESS + "; " + NONE + "; " + NODATE),
        S(["二", "（二）"], [], [], [(50, "%"), (20, "万元")], not_targets=[(1, "年")],
          note="「按不超过实际贷款利率的50%给予利息补贴」「单户企业利息补贴每年最高不超过20万元」 — a policy's own rate and ceiling "
               "(round 25 / 30) → 50%, 20万元; 「同期一年期贷款市场报价利率（LPR）」 — 一年期 names a benchmark rate (a name, no "
               "target); 每年 the ceiling's period, no deadline; " + SUBJECTLESS + "; " + NONE + "; " + NODATE),
        S(["三"], [], ["平台合作银行"], lead_alternatives=[["平台合作银行"]],
          note=HEADED + "; 「由平台合作银行通过…平台上传相关材料」 — 由A＋a verb of doing (rule 2; round 40: "
               "由A代为申报, an agent, is a doer); 「贴息资金经相关部门审核通过后予以拨付」 — 经A审核 (rule 3: "
               "an approving body, no unit); 「企业需按期还本付息」 — the policy's beneficiary (round 30: "
               "an applicant is no unit); no duty (the agent's upload of materials for the subsidy is a "
               "filing, round 32); " + ONE_LEAD + "; " + NODATE),
        S(["四"], [], [],
          note=HEADED + "; 「加强对贴息政策实施全流程的监管…取消贴息资格，已拨付的贴息资金将予以追回，并依法追究…法律责任」 — no "
               "subject anywhere (round 43: a rule point with no subject is a task where it gives work); 企业 and 负责人 are "
               "the objects of the sanctions; " + NONE + "; " + NODATE),
        S(["五"], [], ["区发展改革委", "区财政局", "相关行业主管部门"],
          note=HEADED + "; 「本办法由区发展改革委、区财政局以及相关行业主管部门联合实施」 — 由A＋实施 (rule 2); 联合 with no object is "
               "an adverb (round 43: 「A、B联合印发…」, the verb decides) and names no lead; 相关行业主管部门 is a kind (round "
               "33); 「各部门按照工作职责，各司其职，密切配合」 after the bodies were named adds no unit (round 38: 「各负其责」); "
               "lead []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover and the preamble no tasks; 一、支持对象 is a scope (round 30: general provision) and its 1.–3. "
            "a list of industries that gives no work (round 35: text); 二、 （一）（二） → 2 (items naming no unit that set the "
            "policy's ceilings and its rate, round 38 / 39 / 40: tasks where they give work; x172_03 read headed measures with "
            "rates so); 三、 四、 五、 childless points that give work → 3 (" + HEADED + "); 六、附则 (entry into force, validity, "
            "interpretation) a general provision → **5**. Accepted: 3 (二、's items left out: they name no unit, round 38 "
            "'a count without them accepted'), 4 (四、 left out: no doer)",
            "units: 三、 by 由A＋verb (平台合作银行), 五、 by 由A…实施 (three bodies); the cover's 区各相关部门 is the address line "
            "(no item's subject); 黄浦区发展和改革委员会 only interprets (「负责解释」, rule 3)",
            "dates: 2026年1月1日起 (loans counted from), 2026年6月2日 (the signature), 2026年7月2日 (entry into force), "
            "2028年12月31日 (validity) — no item deadline; no phases; no duties",
            "figures: 2000万元, 1000万元, 1年 (二/（一）), 50%, 20万元 (二/（二）) — targets; 一年期 (a rate's name), 〔2026〕4号 / "
            "〔2024〕20号 / 〔2011〕300号 (document numbers) — not targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x197_04_yangpu-2026-anquan-shengchan-jubao-jiangli-banfa.txt"
P04 = "杨浦区应急管理局安全生产举报奖励办法（试行）"

plan(X04,
     title=P04 + "（上海市杨浦区应急管理局   上海市杨浦区财政局关于印发《" + P04 + "》的通知）",
     title_note="the rules' own title (line 9, after the cover) or the notice title (line 1, the two issuers before it with "
                "three spaces between): either",
     doc_no="杨应急行规〔2026〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市杨浦区应急管理局 with 上海市杨浦区财政局 (two signatures on one line; the index lists 上海市杨浦区应急管理局)",
     date="2026-04-29",
     level="two district bodies (Shanghai Yangpu's emergency management bureau and finance bureau), trial rules rewarding "
           "reports of work-safety risks and violations: what is rewarded, conditions, exclusions, reward scales, the "
           "procedure, records, secrecy and sanctions",
     source=src("上海市杨浦区应急管理局 上海市杨浦区财政局关于印发《杨浦区应急管理局安全生产举报奖励办法（试行）》的.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=00772825&siteId=0077", 3738),
     style="a cover (the notice title with the two issuers in front, addressees 「区应急局机关各科室、执法大队、下属事业单位：」, one "
           "sentence, two signatures on one line with four spaces between, the date); the rules' title; 18 articles run in "
           "「第一条  text」 (two spaces after most labels, one after 第六、九、十四、十五条), no chapters; items （一）… inside "
           "第四、五、六、八、十、十一、十二、十五条 ending with ASCII semicolons 「;」; a 以下简称 name (举报奖励部门) given inside "
           "第十一条（一）; blank lines between all paragraphs",
     leaf_tasks=13, count_alternatives=[11, 12, 14, 15],
     leaf_tasks_by_section={"第四条": 1, "第七–十条": 4, "第十一条（一）–（四）": 4, "第十三–十五条": 3, "第十七条": 1},
     childless_top_level_sections=[],
     samples=[
        one(X04, ["第七条"], "应急管理部门",
            note=ARTICLE44 + " — 「应急管理部门应当依据举报事项的内容进行研判，…应及时转送负有职责的部门予以核查处理」 (a kind of body, "
                 "rule 2's A); 「举报人可通过…渠道进行举报」 — persons and an option (round 40: 可), no unit; 负有职责的部门 receive "
                 "the transfer (rule 3); 962151 is a hotline's number (a name with digits); " + NODATE),
        A(X04, ["第八条"], [], [], [(15, "%"), (3000, "元"), (30, "万元"), (3, "万元"), (4, "万元"), (5, "万元"), (6, "万元")],
          not_targets=[(1, "人")],
          note="the reward scale （一）–（三） is a list of rates under the article (round 36 / 38: text), its rates the "
               "article's targets (round 25: a policy's own rate 「每户补贴2000元」; round 30: 最低／最高不超过／以下) → 15%, "
               "3000元 (最低奖励3000元; 3000元以下), 30万元 (最高不超过), 3万元 / 4万元 / 5万元 / 6万元 (per person found, a policy's "
               "own rate); 「每查实瞒报谎报1人」 — the unit the rate is counted by, a norm with no comparison word (round 30: "
               "「原则上按500户配1名」) → 1人 not a target; rewards are not penalties (round 32 concerns what a breach costs); "
               "「被应急管理部门依法实施行政处罚」 — a passive case, no doer; " + SUBJECTLESS + "; " + NONE + "; " + NODATE),
        one(X04, ["第九条"], "区应急局", [(500, "元"), (1, "万元")],
            note="「经由区应急局组织评议，给予500元以下奖励」 — read as 由A＋组织＋work (rule 2; round 34: 由A＋any verb of doing; "
                 "round 42: a step after a case 「…的，由A…」 is the article's own work), RULING? 3 (经由 might instead read as "
                 "rule 3's 经A同意); 「被区应急局采纳」 passive; 「经区应急局负责人批准，报分管区领导同意」 — persons approving, no "
                 "units and no duty; 500元以下 and 最高不超过1万元 (round 30's line) → 500元, 1万元; " + NODATE),
        one(X04, ["第十一条", "（三）"], "举报奖励部门", not_targets=[(20, "个工作日")],
            note=ARTICLE44 + " — 「举报奖励部门应当在20个工作日内完成奖励发放」; the name as printed where it acts (round 38 / 43: a "
                 "以下简称 name read as X where X is printed; the full name is given in （一）); "
                 "「举报人提供材料后（以收到全部材料之日起计算）…20个工作日内」 — " + LIMIT + " → 20个工作日 not a target; " + NODATE),
        A(X04, ["第十一条", "（四）"], [], [],
          note="「《奖励审批表》原件、举报人身份证明等材料复印件应归入财务发放凭证」 — a step of the procedure with no subject (round "
               "43: a rule point with no subject is a task where it gives work; round 37: items numbered inside an article "
               "are its items); " + NONE + "; " + NODATE),
        A(X04, ["第十三条"], [], ["举报奖励部门"], lead_alternatives=[["举报奖励部门"]],
          note=ARTICLE44 + " — 「举报奖励部门应当如实记录…，做好奖励发放记录，建立奖励档案」; the second paragraph 「…按照信访工作材料"
               "归档有关规定执行」 is a 参照 sentence inside an article that gives work (round 36: a task); keeping records is no "
               "reporting duty; " + ONE_LEAD + "; " + NODATE),
        A(X04, ["第十四条"], [], [],
          note="「区应急局工作人员应当对…严格保密」 — 工作人员 are persons (round 30 / 34: a person is never a unit; 「由村两委干部负责」 "
               "round 41); the article gives work (应当), so it is a task (round 43) with no unit: " + NONE + "; " + NODATE),
        A(X04, ["第十五条"], [], ["任免机关", "监察机关"],
          note="「区应急局工作人员有以下情形，由任免机关或者监察机关按照管理权限，…给予行政处分」 — the article's work is the response to "
               "its cases (round 30 / 34: 「对…的，由A处罚」, A a doer); 「由A或B…」 gives both (round 30: 「由A或B指定专人负责」); the "
               "cases （一）–（三） are text (round 35: an article whose items are only cases is one task); the persons punished "
               "and 司法机关 (receiving a transfer, rule 3) are no units; a penalty is no target (round 32); lead []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover no task; 第一条 (purpose), 第二条 (definition), 第十八条 (entry into force, validity, repeal) are "
            "general provisions (round 30); 第三条 (a principle), 第五条 (the conditions （一）–（四） of a reward and the definitions "
            "after them), 第六条 (exclusions （一）–（八）), 第十二条 (cases deemed a waiver （一）–（四）) and 第十六条 (the public's "
            "liability) give no work (round 35: lists of conditions are text; round 36: rules for the public are text; round 33: "
            "no task in a plan with units); 第四条 (「对存在下列情形进行报告或举报，经核实，给予奖励」 over a list of kinds), 第七、八、"
            "九条, 第十条 (its （一）（二） are cases of one rule: one task, round 35), 第十三、十四条, 第十五条 (its items cases), "
            "第十七条 (funding in the budget, a subjectless rule that gives work, round 43) one task each → 9; 第十一条 "
            "（一）–（四） (the steps of the procedure, round 37: items inside an article are its items) → 4 → **13**. Accepted: "
            "12 (第四条 or 第十七条 left out: a scope of what is rewarded / a funding clause), 11 (both left out), 14 (第十条's "
            "（一）（二） as two items, or 第五条 counted), 15 (both)",
            "units: round 44's article subjects (应急管理部门 in 第七条, 举报奖励部门 in 第十一条（二）（三） and 第十三条); 第九条 "
            "经由区应急局组织评议 (RULING? 3); 第十五条 由任免机关或者监察机关; 第十一条（一） names the department by a 的-phrase "
            "「区应急局负责具体实施举报奖励工作的部门（以下简称举报奖励部门）」 (not sampled: the 的-rule, round 32, would give 部门); "
            "举报人, 被举报人, 工作人员, 负责人, 分管区领导 are persons, no units; 区安全生产委员会办公室 in 第十七条 acts only by 可 "
            "(an option, round 40)",
            "dates: 2026年4月29日 (the signature), 2026年6月1日 (entry into force), 有效期2年; 10个工作日内, 20个工作日内, 60个"
            "自然日内 are limits from events (round 33: no deadlines, no targets); no phases; no reporting duties (the approvals "
            "「经报相关领导批准」「报分管区领导同意」 are persons' approvals)",
            "figures: 15%, 3000元, 30万元, 3万元–6万元 (第八条), 500元, 1万元 (第九条) — targets; 1人 (the counting unit of a rate), "
            "962151 (a hotline), 〔2025〕1号 (a document number), the limits from events — not targets"])

# round 57 (rul75): answers aligned to tests/data/CONVENTIONS.md "Round 75 rulings (the lead, during round 57, on the questions round 57's first-wave parser helpers left)" (p57f-1, turned; README, round 57)
from aligned_rulings import align73  # noqa: E402
from expected_tools import _sample32  # noqa: E402

R75 = "Round 75 rulings (the lead, during round 57, on the questions round 57's first-wave parser helpers left)"
align73("x197_03", ["二", "（一）"], "「…科创类单户企业贷款额度最高不超过2000万元（含），其他类型单户企业贷款额度最高不超过1000万元（含），期限不超过1年」 (二、支持内容（一）): the loans the subsidy takes, with their ceilings, and no doer, no 要／应 and no act of the plan's bodies — the scheme's terms, no task; the figures plan targets",
        "turned: rounds 64's x95_03, 66's x143_02 and 70's x287_02 over rounds 25, 30, 38's policy items", ruling=R75, drop=True)
align73("x197_03", ["二", "（二）"], "「按不超过实际贷款利率的50%给予利息补贴，…单户企业利息补贴每年最高不超过20万元」 (二、支持内容（二）): a rate and a ceiling the fund pays, 给予 with no subject and no 要／应 (as x143_02 三's 「…给予最高不超过300元/亩补贴」) — the scheme's terms, no task; the figures plan targets",
        "turned: rounds 64's x95_03, 66's x143_02 and 70's x287_02 over rounds 25, 30, 38's policy items", ruling=R75, drop=True,
        counts={"leaf_tasks": 3, "count_alternatives": [5, 4],
                "leaf_tasks_by_section": {"三、实施流程": 1, "四、监管措施": 1, "五、组织实施": 1}})
_p, _ = _sample32("x197_03", None)
_p["plan_targets"] = [{"number": n, "unit": u} for n, u in ((2000, "万元"), (1000, "万元"), (1, "年"), (50, "%"), (20, "万元"))]
_p["notes"][-1] += "; plan_targets [] → 2000 万元, 1000 万元, 1 年, 50 %, 20 万元 (the terms' figures, round 62's w52b, round 66's x143_02)"

# Round 61 (rul84): x197_01 第九条（五） aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: the duty lists' catch-all last lines, governs, p61a-1) (README, round 61)
from aligned_rulings import CATCHALL84, align84  # noqa: E402

align84("x197_01", None, "「（五）执行联席会议交办的其他事项。」 (第九条（五）): a catch-all last line of a duty list naming only work others hand down: text, no task; 第八条（八） 「需要审议的其他重大事项」 is a line of a list of matters, not duties, and stays; not sampled",
        CATCHALL84 + "; 52 → 51 (第九条 5 → 4; 51 accepted already), 52 stays accepted",
        counts={"leaf_tasks": 51, "count_alternatives": [52, 45, 53],
                "leaf_tasks_by_section": {"第一章 第三条": 1, "第二章 第八条（一）–（八）": 8, "第二章 第九条（一）–（四）": 4, "第二章 第十条（一）–（九） and its closing paragraphs": 10, "第二章 第十一–十三条": 3, "第三章 第十四、十六–二十一、二十三–二十五条": 10, "第四章 第二十六–二十八条": 3, "第四章 第二十九条（一）–（八）": 8, "第四章 第三十–三十三条": 4}})

write_collected(DIR)
