# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next229/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 47 (built by helper c229): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 48 rulings, written
early" included) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the
lead scores it first.

    PYTHONPATH=. python tests/data/plans-next229/make_expected.py tests/data/plans-next229
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
src = partial(shanghai_source, "工程建设管理")

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ARTSUBJ = ("round 44 (decided): in rules written as articles (第X条), a named body standing as the subject of the article's "
           "verb of doing is a doer whatever the verb (verbs of being or having name none)")
BY = "units rule 2: the agent of 由 with a verb of doing is a doer (round 34: 「由A＋any verb of doing」; round 43: 由A进行＋work)"
HUI = "units rule 2: 「（由）A会同B＋verb」 — lead A (lead [] accepted), responsible A, B"
WORKHEAD = ("round 34 / round 35: a heading 职责分工／部门职责／任务分工 gives out work — every body the text gives work (the subject "
            "of any verb of doing) is a unit, in printed order")
ONE_LEAD = "a single doer (no 牵头): lead [], the doer as lead accepted (plans-dev 03 一)"
SEND = ("round 48 (governs, round 46 over round 34): a verb of sending (报送, 提交, 移交, 报告) makes no doer, whoever sends; the "
        "sending is checked as a duty where it is one")
COST = ("round 48 (decided, cost verbs): a verb that pays, moves or budgets money (拨付, 支付, 安排…资金, 纳入／列入…预算, 给予补贴, "
        "提供…资金保障, 投保) says who pays — a payer, no unit; a rule-2 verb keeps money as work (负责…安排, 落实…拨付)")
OPTION = "round 34 / round 40: an option 「A可（以）…」「也可以由A…」 names no doer, and 可 reaches every verb joined to it"
DESC = "round 30: a body inside a noun's description (「…开展的…工作」「…委托…出具的…报告」) is no doer"
SIGN = ("round 48 (governs, round 44 over round 42): inside 第X条 articles 「A与B签订／签署…」 without 由 makes A a doer and B a "
        "co-signatory read like 会同 — responsible A, B (x224_04 第十四条 turned so)")
ASPRINTED = ("round 43 / round 48: one body printed two ways in one article (a full name and its 「（以下简称“X”）」) is given as printed "
             "each time; either alone stays accepted")
SUBJLESS = ("round 43 / round 48: a subjectless article that gives work 「…应当…」「推进…」 is a task; it names no unit → lead [], "
            "responsible []")
GENART = ("round 30: articles of general provision (purpose and basis, scope, definitions, the interpreting body, entry into "
          "force) are no tasks, and round 34's 参照 articles whose whole content points elsewhere; a count with them is accepted")
NOWORK = ("round 33 / round 46: an article with no work among articles of work (terms of a scheme, a statement with no doer and "
          "no 要／应, options only) is a task only in a plan that names no units at all; a count with it is accepted")
EVENT = ("round 33 / round 34: a limit counted from an event with no comparison word 「N日内」 is the item's deadline rule, not a "
         "target, and no deadline (times from an event)")


def A(path, lead=(), resp=(), targets=(), find=None, **kw):
    """A sample located by its article label (``article_in``) in the current file; ``find`` is the path ``article_in``
    walks where the path as written differs (an item 「3.」 whose number is written bare)."""
    return S(path, lead, resp, targets, **kw, **art(CUR[0], find or path))


def one(path, unit, targets=(), note="", **kw):
    """An article whose one doer is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return A(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


CUR = [""]

# ---------------------------------------------------------------------------------------------------------
X01 = CUR[0] = "x229_01_pudong-2024-danyanghuawu-chaoliang-jianpai-peitao-butie-shishi-banfa.txt"
P01 = "浦东新区氮氧化物超量减排配套补贴实施办法"
N01 = "浦东新区生态环境局  浦东新区发展和改革委员会  浦东新区财政局关于印发《" + P01 + "》的通知"
S01 = [
    one(["第五条（超量减排量核定）"], "区生态环境部门",
        responsible_alternatives=[["区生态环境部门", "市生态环境局"]],
        note="「企业氮氧化物超量减排量由区生态环境部门进行预审后，报市生态环境局组织核定」 — " + BY + "; 市生态环境局 receives the "
             "pre-reviewed amount and verifies it: the body a step is sent to for its decision (units rule 3 「报A备案」「经A同意」; "
             "round 46: the approver is rule 3's), no unit — the two-body reading (组织核定 as 组织＋work) is accepted; the sending "
             "is a duty (below); the document numbers 沪环监测〔2024〕58号 are no targets; " + NODATE),
    A(["第七条（申请流程）", "3"], [], ["区发改委"], find=["第七条（申请流程）", "3."],
      lead_alternatives=[["区发改委"]], responsible_alternatives=[["区生态环境局", "区发改委"]],
      note="items 1.–3. inside the article are its items (round 37); 1. and 2. are the applying enterprise's own steps (申领, "
           "向区生态环境局申请 — an applicant's, round 30; rules for the public give no tasks, round 48's borrowers' articles), "
           "so 3. is the article's one task (RULING? 2); 「区发改委审核后下达资金计划」 — " + ARTSUBJ + " (下达资金计划 issues a plan, "
           "no cost verb); 区生态环境局 acts only by 「向区发改委报送申请资金计划」 (" + SEND + "; a body's own plan sent for "
           "review is a step of approval, round 46: no duty), 「向区财政局请款」 (a request for money, an applicant's, round 30) "
           "and 「向相关企业拨付补贴资金」 (" + COST + "): no unit by any — RULING? 3 (the two-body reading accepted); " + ONE_LEAD
           + "; " + NODATE),
    one(["第八条（超量减排量扣除）"], "区生态环境局",
        note="「区生态环境局负责对申请补贴资金的企业加强排污许可证管理，…及时将其相应的排放量…予以登记并扣除」 — units rule 2 "
             "(A负责…); the enterprises are the objects of the work, no units; 「在企业获得市区两级补贴资金后」 a time from an event "
             "(round 34): " + NODATE),
    A(["第九条（职责分工）"], [], ["区生态环境局", "区发改委", "区财政局"],
      note="「区生态环境局负责…受理和核实。区发改委负责下达资金计划。区财政局负责预算安排，区生态环境局落实资金拨付。」 — " + WORKHEAD
           + "; 负责预算安排 and 落实资金拨付 keep money as work (" + COST + "); 区生态环境局 twice, one name; no 牵头: lead []; "
           + NODATE),
]
plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title (line 21, after the cover) or the notice title as line 1 prints it (three issuers, two "
                "spaces between them, then 关于印发…的通知): either; the cover prints the issuers and 「关于印发…的通知」 again on "
                "two lines (3 and 5)",
     doc_no="浦环规〔2024〕6号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市浦东新区生态环境局 with 浦东新区发展和改革委员会 and 浦东新区财政局 (three signatures; the index lists the first)",
     date="2024-11-13",
     date_note="the cover is signed and printed 2024年11月13日 (the index the same); the rules apply from 2024年12月1日 to 2028年12月31日",
     level="three district bureaus (Shanghai Pudong: ecology and environment, development and reform, finance), rules of a "
           "matching subsidy for enterprises that cut nitrogen-oxide emissions beyond their quota: scope, funds, the rate, how "
           "the cut is verified, conditions, procedure, the permit deduction and the bureaus' duties",
     source=src("浦东新区生态环境局 浦东新区发展和改革委员会 浦东新区财政局关于印发《浦东新区氮氧化物超量减排配套补.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070334321&siteId=0070", 2099),
     style="a cover (the title on line 1, the issuers' line, 「关于印发…的通知」, addressees, one paragraph 「…请按照执行」, signatures "
           "on two lines, date, 「（此件主动公开）」, the printing line); the rules' title; ten articles 「第N条（heading）」 on a line of "
           "their own over one paragraph each, 第六条 and 第七条 with items 「1.…」–「4.」／「3.」; blank lines between all paragraphs",
     leaf_tasks=4, count_alternatives=[5, 6, 7, 8],
     leaf_tasks_by_section={"第五条": 1, "第七条 3.": 1, "第八条": 1, "第九条": 1},
     childless_top_level_sections=[],
     samples=S01,
     plan_targets=[
         {"number": 15, "unit": "万元",
          "note": "第四条 「区财政配套予以每吨一次性补贴15万元」 — a policy's own rate (round 25), in an article that is no task "
                  "(the scheme's terms with a payer only, RULING? 1): a plan target (round 38: the rates of a point that is no task)"},
         {"number": 3000, "unit": "万元",
          "note": "第四条 「单个企业区级补贴资金总额不高于3000万元」 — a ceiling with 不高于 (round 30's line): a plan target"},
         {"number": 1, "unit": "吨/年",
          "note": "第六条 2. 「减排量不小于1吨/年」 — a condition an applicant must meet with 不小于 (round 32): round 48 — thresholds in "
                  "conditions articles that are no tasks are plan targets (x224_04 第八、九条)"}],
     phases=[],
     duties=[{"what": "企业氮氧化物超量减排量由区生态环境部门进行预审后，报市生态环境局组织核定", "when": None, "when_norm": None,
              "note": "第五条: a plan body passing the enterprises' figures on after its own step (预审后报) — round 36 「初审后报镇」, "
                      "round 46, round 48 「转报」: a duty, undated (no date written)"}],
     notes=["counting (the articles; the cover gives no work): 第一条 (purpose), 第二条 (scope), 第十条 (validity) — " + GENART + "; "
            "第三条 (funds 「通过…专项资金安排，纳入区生态环境局部门预算」: cost verbs with funds as subject, no doer, no 要／应) and "
            "第四条 (the rate and ceilings, 「区财政配套予以…补贴」 a payer) — " + NOWORK + " (RULING? 1); 第六条 1.–4. conditions an "
            "applicant must meet (round 35: a list that gives no work); 第七条 1. 2. the applicant's own steps, no tasks (RULING? 2); "
            "tasks: 第五条, 第七条 3., 第八条, 第九条 → **4**. Accepted: 5 (第七条 one task, or 第四条 or 第三条 counted), 6 (第七条 "
            "1.–3. all counted), 7 and 8 (with 第三条 and 第四条 too).",
            "units: 区生态环境部门 (由…进行预审), 区发改委 (审核…下达), 区生态环境局 (负责, 落实), 区财政局 (负责预算安排); payers and "
            "senders named only by cost or sending verbs (区财政, 区生态环境局's 报送／请款／拨付) are no units; the enterprises are "
            "applicants; the cover's issuers and addressees 「各管理局（管委会），各相关直属企业，各街道办事处、镇政府」 are no units",
            "dates: 2024年11月13日 (signature), 2024年12月1日后启动实施 and 2028年12月31日前完成验收 (第二条: which projects the "
            "scheme covers — a window that picks the objects, no task's deadline), in force 2024年12月1日 to 2028年12月31日 "
            "(validity); no deadline, no phases",
            "figures: plan targets 15万元, 3000万元, 1吨/年; not targets 近三年 (a look-back in a condition), the document numbers "
            "沪环监测〔2024〕21号 and 〔2024〕58号"])

# ---------------------------------------------------------------------------------------------------------
X02 = CUR[0] = "x229_02_pudong-2024-zhongda-gongcheng-jianshe-guanli-banfa.txt"
P02 = "浦东新区重大工程建设管理办法"
N02 = "关于印发《" + P02 + "》的通知"
OFFICE = "区重大工程建设协调推进领导小组办公室"
DEPTS02 = ["区发改委", "区科经委", "区商务委", "区教育局", "区公安分局", "区民政局", "区规划资源局", "区生态环境局", "区建交委",
           "区文体旅游局", "区卫生健康委", "区消防救援局", "各管理局（管委会）", "各街镇", "区人社局", "区财政局", "区国资委",
           "区综合执法局", "建设单位"]
S02 = [
    A(["第三条 推进机制"], [], [OFFICE, "区重大办", "区政府相关部门、单位"],
      responsible_alternatives=[[OFFICE, "区重大办", "区政府相关部门"], [OFFICE, "区重大办"], ["区重大办"],
                                ["区重大办", "区政府相关部门、单位"], ["区重大办", "区政府相关部门"]],
      note="「推进机制的日常工作由区重大工程建设协调推进领导小组办公室（以下简称“区重大办”）具体承担」 — 由A＋承担 with work as object "
           "(round 30: 由A承担…责任／工作 names a doer; no cost), the bracket dropped (round 35); 「区重大办负责…」「区重大办代表区政府组织"
           "召开…」 — units rule 2 (负责, 组织＋work; 区政府 is represented, no unit) — " + ASPRINTED + "; the article sets up a "
           "推进机制, not the office: an existing leading group's office is a standing body (round 36), RULING? 4; 「由区重大办报推进"
           "机制决策」 a matter sent for decision (round 46: a step of approval, no duty); 「区政府相关部门、单位应当严格落实…」 — 落实 "
           "(rule 2), 「…部门、单位」 one group as printed (round 42 continued: 「…等部门、单位」), RULING? 4 (the kind 区政府相关部门 "
           "alone, and the readings without it, accepted); 「每年组织召开区重大工程建设工作会议」 has no subject (a yearly rhythm): "
           "no deadline (round 34); no 牵头: lead []; " + NODATE),
    A(["第四条 部门职责"], [], DEPTS02,
      note="「部门职责」 is round 35's heading that gives out work: " + WORKHEAD + " — 区发改委负责…; 「区科经委、…、各管理局（管委会）、"
           "各街镇等单位是…的责任主体，负责…」 (a designation and 负责; round 35: 「A、B、C等部门」 with separate heads gives A, B, C, the "
           "等… tail dropped; the bracket stays with its name, round 34); 「区发改委、区科经委、区公安分局、区人社局、…等单位是…审批的"
           "责任落实主体，负责…」 (区人社局 new); 「区财政局、区国资委、区综合执法局等部门按照各自职责，协同实施本办法」 (under a work "
           "heading, round 36; round 39: 协同开展 after doers); 「各街镇作为…推进主体，全面负责…」; 「建设单位是…实施主体和第一责任人，"
           "负责…」 (a designation and 负责, a kind by role, round 34 / round 47 q44c) — each name once, in printed order; no 牵头: "
           "lead []; 「定期向区重大办和区发改委通报相关情况」 is a duty (below), no date: " + NODATE),
    A(["第五条 项目计划"], ["区发改委"], ["各行业主管部门", "管理局（管委会）", "区发改委", "行业主管部门", "区重大办", "各建设单位"],
      lead_alternatives=[[]],
      responsible_alternatives=[["建设单位", "各行业主管部门", "管理局（管委会）", "区发改委", "行业主管部门", "区重大办", "各建设单位"],
                                ["各行业主管部门和管理局（管委会）", "区发改委", "行业主管部门", "区重大办", "各建设单位"]],
      note="「建设单位…梳理并向本行业主管部门或管理局（管委会）提出下一年度…建议清单」 — a party proposing its own projects to the body "
           "that lists them: an applicant's (round 30 「由建设单位申报」; round 40), no unit (accepted beside); 「各行业主管部门和管理局"
           "（管委会）汇总…，…向区发改委和区重大办同步报送…申请文件」 — 汇总, " + ARTSUBJ + "; 「A和B」 two names, 各 not shared "
           "(round 34); the sending after their own step is a duty (below); 「区发改委会同行业主管部门、区重大办等单位…进行审核，…提出"
           "…计划，…下达…」 — " + HUI + " (等单位 tail dropped, round 35); 「区重大办根据要求编制建设计划，各建设单位根据建设计划组织"
           "实施」 — 编制 (article subject) and 组织实施 (rule 2): doers as printed; 「正式项目原则上应取得…批复」 a condition; "
           + NODATE),
    A(["第七条 前期工作", "(一)"], [],
      ["相关街镇", "所在区域土地管理部门", "区综合执法局", "属地街镇城管中队", "建设单位", "区规划资源局", "区发改委"],
      not_targets=[(50, "年"), (90, "日")],
      note="paragraphs split the item's work by its objects 「涉及X的，…」 (round 40: all their bodies are the item's, not cases): "
           "「相关街镇作为违法用地整治主体，由所在区域土地管理部门核查」 (a designation, round 32 / round 34; 由A核查, " + BY + "); "
           "「区综合执法局或属地街镇城管中队出具意见」 (出具意见 is a verb of doing, round 38; 「A或B」 both, round 30); 「建设单位应当…做好"
           "…保护措施」「建设单位应当委托相关单位…进行价值甄别，并报送区规划资源局开展专家论证」 (" + ARTSUBJ + "; 「A委托B」: A the "
           "doer, round 35); 「区规划资源局原则上应当在90日内完成论证工作」; 「区发改委在批复中明确…，区规划资源局…办理相关手续」; "
           "「区规划资源局应当在核发…时明确…」 — printed order; 「建设单位可以…开展权属预调查」 an option, 「建设单位…提出申请」 an "
           "applicant's; 「涉及50年以上历史建筑的」 — a figure in a noun naming a kind of thing (round 38: 「胸径在二十五厘米以上的树木」; "
           "round 40) → not a target; 「90日内」 — " + EVENT + "; the heading's half-width 「(一)」 is printed so; no 牵头: lead []; "
           + NODATE),
    A(["第八条 国土收回"], [], ["区规划资源局", "原土地使用权人"], [(30, "日")],
      responsible_alternatives=[["区规划资源局"]],
      note="「未签订补偿协议的，由区规划资源局制定…方案并报区政府批准后，发布…公告（公告期不少于三十日）」 — the article splits its "
           "work by the state of the agreements (round 40), " + BY + "; 区政府 approves (units rule 3); 「公告期不少于三十日」 — a time "
           "limit with 不少于 is a target (round 33: 「不少于30天公示」) → 30 日; 「区规划资源局与原土地使用权人签订补偿协议」 — " + SIGN
           + " (原土地使用权人, a party by role, round 34; the reading without it accepted: RULING? 5); 「建设单位作为补偿金支付主体列为"
           "第三方」 — a payer (" + COST + "), no unit; 「区规划资源局委托评估机构进行评估后确定补偿方案」 — A委托B: A the doer; "
           "「用地单位…可以依法核发…」「已签订协议的地块可先行核发…」 options with no subject; no 牵头: lead []; " + NODATE),
    A(["第十一条 功能性恢复"], [], ["建设单位", "属地街镇"],
      note="「原则上经相关建筑或设施的权属单位所在街镇或行业主管部门确认，由建设单位或属地街镇委托相关单位…进行功能性恢复」 — 由A或B"
           "委托C＋verb: A and B the doers (round 30 「由A或B…」; round 33: 「由A委托B」, B no unit); 经…确认 is an approving "
           "body's step (units rule 3 「经A同意」; round 36 「经过A、B初步审查」): no unit; 「建设单位负责对…进行审核」 (rule 2); "
           "「可以由建设单位…补偿」「特殊情况可以由建设单位…研究决策」 options; 「相关费用纳入项目前期费用」 a cost; no 牵头: lead []; "
           + NODATE),
    one(["第十三条 施工保障"], "区级相关部门",
        note="「区级相关部门应当按照各自职责，保障区重大工程…需要开展的连续施工」 — 保障 with works as object, not money (no cost verb, "
             "round 37's 保障 is a payer's only with funds); " + ARTSUBJ + "; 相关部门 is a kind (round 33) with a level word (round 47: "
             "同级, 镇级 kept as printed); 「…的区重大工程，可在…期间继续施工」 an option; " + NODATE),
    A(["第十五条 监督考核"], ["区重大办"], ["区重大办", "相关建设单位"],
      lead_alternatives=[[]], responsible_alternatives=[["区重大办"]],
      note="「区重大办负责牵头确定建设计划及考核节点，并与相关建设单位签订目标责任书，并对相关部门、单位推进…情况，组织考核评价」 — "
           "负责牵头: lead 区重大办 (rule 2 「A牵头（负责）」); " + SIGN + " (相关建设单位, a kind, round 34: a kind before 单位 makes a "
           "kind); the bodies whose work is assessed 「相关部门、单位推进…」 are the object of the assessment, inside a description "
           "(" + DESC + "); 「根据年度重大工程计划」 no date: " + NODATE),
    A(["第十八条 参照管理"], ["区发改委"], ["区发改委", "相关行业主管部门", "区重大办"], lead_alternatives=[[]],
      note="「由申报主体书面向区发改委申请」 — an applicant (round 30), no unit; 「区发改委会同相关行业主管部门和区重大办审核确认后，可参照"
           "本办法执行」 — " + HUI + " (「A和B」 two names, round 34); a 参照 article that also gives work is a task (round 36); "
           + NODATE),
]
plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title (line 19, after the cover) or the notice title (line 1, less the index's tag 「(联合发文)」, "
                "which is no part of the document's title — like a site's 「（摘录）」, round 44, and a compilation's 【一】, round "
                "48; RULING? 6): either",
     doc_no="浦建委规〔2024〕2号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市浦东新区建设和交通委员会 with 浦东新区发展和改革委员会, 财政局, 规划和自然资源局 and 生态环境局 (five signatures; "
            "the index lists the first)",
     date="2024-10-29",
     date_note="the cover is signed 2024年10月29日 (the index the same); the rules apply from 2024年12月1日 to 2029年11月30日",
     level="five district bureaus (Shanghai Pudong), rules on managing the district's major construction projects: the "
           "promotion mechanism and its office, the departments' duties, the yearly list, land and technical preparation, land "
           "recovery, temporary land, restoration, construction guarantees, supervision",
     source=src("关于印发《浦东新区重大工程建设管理办法》的通知(联合发文).md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070333743&siteId=0070", 4710),
     style="a cover (addressees 「有关单位：」, one sentence, 「特此通知。」, five signatures on three lines, date, 「（此件主动公开）」); "
           "the rules' title; 19 articles 「第N条 heading」 on a line of their own over one or more paragraphs; 第七条 with two "
           "heading lines 「(一)土地前期」 (half-width brackets) and 「（二）技术前期」 (full-width) over paragraphs; a half-width "
           "comma in 第七条（二）; blank lines between all paragraphs",
     leaf_tasks=15, count_alternatives=[14, 16, 17],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第五条": 1, "第七条": 2, "第八–十六条": 9, "第十八条": 1},
     childless_top_level_sections=[],
     samples=S02,
     plan_targets=[],
     phases=[],
     duties=[{"what": "各行业主管部门和管理局（管委会）汇总各建设单位提出的重大工程清单，按规定程序向区发改委和区重大办同步报送需要列入"
                      "下一年度区重大工程计划的申请文件",
              "when": None, "when_norm": None,
              "note": "第五条: plan bodies passing the builders' lists on after their own step (汇总) — round 36 「初审后报镇」, round 46, "
                      "round 48 「转报」: a duty; no date or rhythm word is written (下一年度 names the list's year), so undated"},
             {"what": "定期向区重大办和区发改委通报相关情况", "when": "定期", "when_norm": None,
              "note": "第四条: the departments and districts report to the plan's office and the development commission from time to "
                      "time — a standing rhythm of reporting (round 40), its period not named: when_norm None (found only)"}],
     notes=["counting (the articles; the cover gives no work): 第一条 (purpose), 第二条 (scope), 第十九条 (validity) and 第六条 "
            "(「…按照《…》执行」「…应当遵守…相关要求」, an article whose whole content points elsewhere, round 34 / round 48) — " + GENART
            + "; 第十七条 (「…可以根据实际情况，补偿至镇政府、村委会或…相关单位」: an option and a payment, no work) — " + NOWORK + "; "
            "tasks: 第三条, 第四条, 第五条, 第七条 (一) (二) (heading lines over paragraphs: two items), 第八条 – 第十六条 (9), 第十八条 "
            "(a 参照 article that gives work, round 36) → **15**. Accepted: 14 (第七条 one task), 16 (第六条 or 第十七条 counted), 17 "
            "(both).",
            "not sampled for doubt: 第九条 (「由有关街镇出具承诺…情况说明」 between conditions and the approver's option 「区规划资源部门"
            "可以…核发」 — a filer's step before B's work, round 40, or 由A＋a verb of doing, round 38's 出具意见), 第十条 (several "
            "「建设单位与B签订临时用地协议」 with 应／可以 and 「后者同步上报带征地管理系统」), 第十二条 (「由属地街镇确认进线事实」 beside "
            "「可以纳入征收签约范围」). Read but left unsampled to keep the set near its size: 第七条（二） (「规划部门、建设单位等应当…委托开展…」: "
            "规划部门, 建设单位), 第十四条 (建设单位 by 启动), 第十六条 (「由新区政府发文表彰」: 新区政府).",
            "units: every name as printed; 区重大办 and its full name both (round 43); 各街镇 / 相关街镇 / 属地街镇 as printed; the "
            "applicants (建设单位 in 第五条's proposal, 申报主体) no units; the issuers in the cover no units",
            "dates: 2024年10月29日 (signature), 2024年12月1日 to 2029年11月30日 (validity); 「每年组织召开…会议」 (第三条) a yearly rhythm; "
            "「90日内」「公告期」 limits from events; no deadline, no phases",
            "figures: target 30日 (第八条 不少于三十日); not targets 50年以上历史建筑 (a class of building), 90日内 (a limit from an "
            "event), 市政府令第9号 and 浦府管规〔2024〕2号 (references)"])

# ---------------------------------------------------------------------------------------------------------
X03 = CUR[0] = "x229_03_pudong-2024-shengtai-huanjing-sunhai-peichang-gongzuo-shishi-xize.txt"
P03 = "上海市浦东新区生态环境损害赔偿工作实施细则"
N03 = "关于印发《" + P03 + "》的通知"
ROLE = ["部门", "机关"]
ROLES = [["部门或机关"], ["赔偿权利人指定的部门或机关"]]
ROLE_NOTE = ("「赔偿权利人指定的部门或机关」 — the role the rules give the body the compensation right-holder designates: the "
             "的-rule gives the name after the last 的 (round 32; round 38 「所委托的机构」→机构; round 46), 「部门或机关」, and 或 joins "
             "two alternative doers (round 30 「由A或B…」; round 38 「A或其委托方」; round 48 「A或其委托的机构」) → 部门, 机关, both "
             "kinds named by their kind (round 30: 「由办公室负责」; round 47: 部门 is a kind); the one-name reading 部门或机关 and the "
             "whole role as printed are accepted (RULING? 7)")
ENV = "区生态环境局（水务局、海洋局、绿化市容局）"
ENV2 = "区生态环境局（水务局、海洋局、绿化和市容管理局）"
HATS = ("a bracket naming the other hats of the same body stays with the name (round 42: 「区建管委（交通委、水务局）」); printed "
        "beside the plain 区生态环境局 it is given as printed each time (round 43 / round 48; either alone accepted)")


def role_alts(*rest, before=()):
    """The accepted readings of the designated body beside the answer's 部门, 机关: one name, or the role as printed."""
    return [[*before, *r, *rest] for r in ROLES]


S03 = [
    A(["第六条【案件承办单位】"], [],
      ["区生态环境局", "街道办事处", "镇人民政府", ENV, "区规划资源局", "区建交委", "区农业农村委", "区委", "区政府"], [(1, "次")],
      responsible_alternatives=[["区生态环境局", "街道办事处", "镇人民政府", "区规划资源局", "区建交委", "区农业农村委", "区委", "区政府"],
                                ["街道办事处", "镇人民政府", ENV, "区规划资源局", "区建交委", "区农业农村委", "区委", "区政府"]],
      note="under 「第二章 任务分工」 (round 35's list; round 40: a chapter heading gives out work) with an article headed 「案件承办单位」: "
           + WORKHEAD + " — 区生态环境局统一协调; 「街道办事处、镇人民政府负责…」 (two names); 「" + ENV + "、区规划资源局、区建交委、"
           "区农业农村委等负有…职责的部门、机构按职责分工负责…」 (the 等… tail dropped, round 35; " + HATS + "); 「区委、区政府每年应当"
           "至少听取一次…汇报,督促推进…，建立…机制」 (two names, round 41 「各级党委、政府」); 「对案件管辖存在争议的，由赔偿权利人确定…」"
           "「案件涉及多部门的，由赔偿权利人确定牵头部门，组建联合办案组…」 are cases (units rule 3), and the 牵头部门 is one to be "
           "chosen, no name; 「每年…至少…一次」 — a frequency with a floor is a target (round 35: 「至少两年开展一次」) → 1 次; 每年 a "
           "rhythm (round 34); no 牵头: lead []; " + NODATE),
    A(["第八条【其他相关单位任务分工】"], [],
      ["区科经委", "区公安分局", "区司法局", "区财政局", "区卫生健康委会", "区市场监管局", "区人民检察院", "区综合执法局",
       "管理局（管理委员会）"],
      responsible_alternatives=[["区科经委", "区公安分局", "区司法局", "区财政局", "区卫生健康委", "区市场监管局", "区人民检察院",
                                 "区综合执法局", "管理局（管理委员会）"]],
      note="a 任务分工 heading (round 35) over unnumbered paragraphs each opening with a body and 负责 — one task (round 32: a "
           "childless run of unit paragraphs; one article), its units every paragraph's body in printed order; 「区卫生健康委会负责…」 "
           "is kept as printed (round 43: a misprint is read as printed; 区卫生健康委 accepted); 「区综合执法局及管理局（管理委员会）负责"
           "配合做好…」 — 及 joins two names (round 34), the bracket kept (round 34), 负责 makes them doers; 区财政局 负责指导…资金管理工作 "
           "is work (负责, not a cost verb); no 牵头: lead []; " + NODATE),
    A(["第九条【线索筛查】"], ["区生态环境局"],
      [*ROLE, "区生态环境局", ENV, "区规划资源局", "区建交委", "区农业农村委", "区综合执法局", "区公安分局", "管理局（管理委员会）"],
      lead_alternatives=[[]],
      responsible_alternatives=role_alts("区生态环境局", ENV, "区规划资源局", "区建交委", "区农业农村委", "区综合执法局", "区公安分局",
                                         "管理局（管理委员会）"),
      note="「赔偿权利人指定的部门或机关应当…定期对下列渠道中…线索组织筛查：」 — 组织＋work (rule 2); " + ROLE_NOTE + "; the channels "
           "（一）–（十三） say where the work looks (a list that gives no work, round 35; round 44's fields on what the work bears on): "
           "text of the one task; 「区生态环境局负责汇总…，牵头开展…线索筛查、核查及调度督导工作」 — 牵头: lead 区生态环境局; 「" + ENV +
           "、…等…部门、机构按职责分工统筹推进并指导…」 — " + ARTSUBJ + " (" + HATS + "); 「区综合执法局、区公安分局及管理局（管理委员会）"
           "等…部门或机关应配合线索筛查工作并…提供…线索信息」 — 配合 as the main verb of its own subject (rounds 42, 44, 46): doers; "
           "「其他各行业管理部门或机关…应及时移交区生态环境局」「相关部门或机关…及时移交」 — " + SEND + " (the clues sent are a duty, "
           "below); 定期 a rhythm: " + NODATE),
    A(["第十二条【调查内容及方式】"], [], [*ROLE, "区综合执法局", "区公安分局", "管理局（管理委员会）", "街道办事处", "镇政府"],
      responsible_alternatives=role_alts("区综合执法局", "区公安分局", "管理局（管理委员会）", "街道办事处", "镇政府"),
      note="「赔偿权利人指定的部门或机关应当及时进行损害调查。…形成调查结论，并提出…意见」 — " + ARTSUBJ + " (进行＋work, round 43); "
           + ROLE_NOTE + "; 「区综合执法局、区公安分局及管理局（管理委员会）、街道办事处、镇政府等有执法权限的部门或机关在…过程中，发现…"
           "的，应当及时对…证据进行固定」 — the bodies' own step in their enforcement (round 42: 「…的，由A…」 is the article's own "
           "work), the 等… tail dropped (round 35), 及 two names (round 34); 「公安机关及检察机关…委托…出具的鉴定意见…」「各部门或机关"
           "委托…出具的监测报告」 — " + DESC + "; no 牵头: lead []; " + NODATE),
    A(["第十三条【鉴定评估方式】"], [], ROLE, [(50, "万元"), (3, "人")],
      responsible_alternatives=role_alts(),
      note="「赔偿权利人指定的部门或机关可以…委托…机构出具鉴定意见…，也可以与赔偿义务人协商共同委托…」 options (" + OPTION + "); "
           "「委托开展鉴定评估时，应当签订委托协议…」 carries the article's subject (round 34); 「…应当及时终止并委托鉴定评估机构开展鉴定评估」 "
           "— 「A委托B」: A the doer (round 35); " + ROLE_NOTE + "; 「对预估生态环境损害金额…在50万元以下（含50万元）…的案件，…可适用简易"
           "评估认定程序」 — a threshold in a 「…的」 condition that triggers a step, round 30's line (round 37: 「50万元（含）以下的…案件」 a "
           "trigger) → 50 万元; 「专家…原则上应当从…专家库…中选取且不少于3人」 — 不少于 (round 30) → 3 人; 「由相关部门或机构作出综合认定」 "
           "sits under 也可以 (an option); the experts are persons (round 45); no 牵头: lead []; " + NODATE),
    A(["第十七条【磋商方式】"], [], [],
      note="「赔偿权利人指定的部门或机关可以自行或…委托第三方机构组织磋商，可以…邀请…参与磋商会议」「可举行磋商听证」「可简化磋商流程」 — "
           "options only (" + OPTION + "); 「磋商过程应当依法公开透明。磋商会议记录经…核对签字后存档」 — " + SUBJLESS + "; 「由主持人写明"
           "情况后存档」 — 主持人 is a person (round 30: a person is never a unit); " + NODATE),
    A(["第二十七条【执法衔接】"], [],
      [ENV2, "区规划资源局", "区建交委", "区农业农村委", "区海事局", "区综合执法局", "管理局（管理委员会）", "街道办事处", "镇政府"],
      note="「推进…相衔接。" + ENV2 + "、区规划资源局、…、区综合执法局以及管理局（管理委员会）、街道办事处、镇政府等部门或机关应当推动…"
           "协同办理，…建立衔接机制」 — " + ARTSUBJ + " (推动, 建立); 以及 joins two names like 及 (round 34); the 等… tail dropped "
           "(round 35); the bracket of other hats kept (round 42; here 「绿化和市容管理局」, in 第六条 「绿化市容局」: each as printed); no "
           "牵头: lead []; " + NODATE),
    A(["第三十二条【信息报送及档案管理】"], [], [*ROLE, "区生态环境局"],
      responsible_alternatives=[*role_alts("区生态环境局"), ROLE],
      note="「赔偿权利人指定的部门或机关应当建立…报告机制，完善联络员制度，并…收集汇总…情况」「…应当建立…案件档案」 — " + ARTSUBJ + "; "
           + ROLE_NOTE + "; 「…应当将案件进展信息及相关电子材料及时汇总至区生态环境局」 — a sending (a duty, below; " + SEND + "); "
           "「区生态环境局应当及时将…进展情况录入…报送系统」 — 录入, a verb of doing (round 44): a doer (the readings without it "
           "accepted: the entry is a sending to the city's system); 「一案一卷，长期保存」 no figure checked; no 牵头: lead []; " + NODATE),
    A(["第三十四条【重点案件督办】"], [], ["赔偿权利人", *ROLE],
      responsible_alternatives=[["赔偿权利人", "部门或机关"], ["赔偿权利人", "其指定的部门或机关"], ["赔偿权利人"]],
      note="「赔偿权利人及其指定的部门或机关对重点案件及时向上级部门报告并建立台账，排出时间表，加快推进」 — 建立台账 (" + ARTSUBJ + "); "
           "「A及其B」 two names (round 34; 其 dropped, round 38); 赔偿权利人 is the role 第四条 gives 浦东新区人民政府 — a role a "
           "document defines for a body is a unit as printed (round 33; round 47 q44c); " + ROLE_NOTE + "; the report to 上级部门 "
           "is a duty (below); 「排出时间表」 names no date: " + NODATE),
]
plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title (line 29, after the cover) or the notice title (line 1, with a space 「…生态环境损害 赔偿…」, and "
                "lines 3–5 printed over two lines 「关于印发《上海市浦东新区生态环境损害」「赔偿工作实施细则》的通知」): either",
     doc_no="浦环规〔2024〕5号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市浦东新区生态环境局 with the district procuratorate, the Pudong public security branch and six district bureaus "
            "(nine signatures; the index lists the first)",
     date="2024-09-30",
     date_note="the cover is signed and printed 2024年9月30日 (the index the same); the rules apply from 2024年11月1日 to 2029年10月31日",
     level="nine district bodies (Shanghai Pudong), implementing rules for compensation for ecological and environmental damage: "
           "scope, the right-holder and the liable party, the division of work, screening and transfer of case clues, "
           "investigation and appraisal, consultation and litigation, repair, links with enforcement and prosecution, funds, "
           "information and supervision",
     source=src("关于印发《上海市浦东新区生态环境损害 赔偿工作实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070332935&siteId=0070", 10258),
     style="a cover (the title on line 1, the notice title over two lines, addressees, two sentences, nine signatures two a line, "
           "date, 「（此件主动公开）」, the printing line); the rules' title; nine chapters 「第N章  heading」 and 38 articles 「第N条"
           "【heading】 text」 run in on their line (a space after the 】), several with items （一）… that list scopes, cases, "
           "channels or conditions; half-width commas in 第二条, 第六条, 第三十条",
     leaf_tasks=25, count_alternatives=[24, 28, 29],
     leaf_tasks_by_section={"第二章 任务分工": 2, "第三章 线索筛查及移送": 3, "第四章 损害调查": 2, "第五章 磋商与诉讼": 7,
                            "第六章 生态修复": 2, "第七章 责任衔接": 3, "第八章 监督保障机制": 6},
     childless_top_level_sections=[],
     samples=S03,
     plan_targets=[
         {"number": 500, "unit": "万元",
          "note": "第七条（四） 「造成环境污染或生态破坏损失金额超500万元以上的案件」 — a threshold with 超／以上 that picks the cases "
                  "(round 30's line), in a definition article that is no task: a plan target (round 48: thresholds in articles that "
                  "are no tasks)"},
         {"number": 90, "unit": "日",
          "note": "第十八条 「磋商期限原则上不超过九十日」 — a ceiling with 不超过 (round 30; round 33: a time limit with a comparison "
                  "word), in an article of terms with no doer and no 要／应 (no task, round 46): a plan target"},
         {"number": 3, "unit": "次",
          "note": "第十八条 「磋商次数原则上不超过三次」 — the same article's ceiling: a plan target"}],
     phases=[],
     duties=[{"what": "区委、区政府每年应当至少听取一次生态环境损害赔偿工作情况的汇报", "when": "每年", "when_norm": "yearly",
              "note": "第六条: a yearly report on the work to the district's leadership — a standing rhythm of reporting (round 40: "
                      "whoever sends it); yearly"},
             {"what": "其余案件线索定期移交区生态环境局", "when": "定期", "when_norm": None,
              "note": "第九条: clues (information) sent from time to time to the bureau that collects them (rounds 35, 40, 44); the "
                      "period is not named: when_norm None (found only)"},
             {"what": "赔偿权利人指定的部门或机关应当将案件进展信息及相关电子材料及时汇总至区生态环境局", "when": None, "when_norm": None,
              "note": "第三十二条: information sent to a plan body (round 35 / round 44), undated"},
             {"what": "赔偿权利人及其指定的部门或机关对重点案件及时向上级部门报告", "when": None, "when_norm": None,
              "note": "第三十四条: a report to the higher department (round 40 / round 44), undated"}],
     notes=["counting (the articles; chapters are headings; the cover gives no work): general provisions — 第一条 (purpose), 第二条 "
            "(scope: its （一）（二） exclusions and 「…由所在地政府纳入正常…工作解决,不适用本细则」, a scope clause that says who keeps work "
            "outside the rules, round 30 「其余仍由A负责管理」), 第三条 (what compensation covers, （一）–（五）), 第四条 (the right-holder; "
            "「可以…指定…」 an option), 第五条 (the liable party's liability: round 48 decided, a consequence, no task), 第七条 (a "
            "definition of 重大, （一）–（五） cases), 第三十六–三十八条 (interpretation, how periods are counted, entry into force) — "
            + GENART + "; 第十八条 (limits with 原则上, no 要／应; an option), 第二十一条 (an option and the scale of a punitive award, a "
            "penalty, round 32), 第二十四条 (options and a payer), 第二十六条 (consequences for the liable party) — " + NOWORK + "; "
            "tasks: 第六条, 第八条, 第九条 – 第十七条 (9), 第十九条, 第二十条, 第二十二条, 第二十三条, 第二十五条, 第二十七条 – 第三十五条 "
            "(9) → **25** (the lists inside 第九、十一、十四、二十、二十二条 — channels, cases, conditions — are text, round 35: an "
            "article whose items are only cases is one task). Accepted: 24 (第二十三条 read as rules for the liable party, no task), "
            "28 and 29 (the four no-work articles counted).",
            "not sampled for doubt: 第十九条 and 第三十条 (the liable party 「赔偿义务人」, 「单位或者个人」, as a co-signatory or payer: "
            "round 48's co-signatory vs persons, round 30), 第二十三条 (the liable party's repair duties), 第二十八、二十九条 (the police's "
            "and procuratorate's notices 告知／通报 and options beside one 启动), 第三十一条 (a liable party's disclosure), 第三十三条 "
            "(inspections 移送 a case to the designated body: a pivot's object). Read but left unsampled to keep the set near its size: "
            "第十条 (the designated body by 组织开展; 「三十日内」 a limit from an event), 第三十五条 (投保, a payer: no unit).",
            "units: the designated body (赔偿权利人指定的部门或机关) acts in most articles — read as 部门, 机关 (RULING? 7); named bureaus "
            "as printed, brackets of other hats kept; persons (专家, 主持人, 参会人员) never units",
            "dates: 2024年9月30日 (signature), 2024年11月1日 to 2029年10月31日 (validity); limits from events (三十日内, 提前五个工作日, "
            "五个工作日内, 公告期内); 每年 (第六条) a rhythm; no deadline, no phases",
            "figures: targets 至少…一次 (第六条), 50万元 and 3人 (第十三条); plan targets 500万元 (第七条), 90日 and 3次 (第十八条); not "
            "targets 30日 (第十条, a limit from an event), 三倍 (第二十一条, the scale of a penalty, round 32), 五个工作日 (limits from "
            "events), the chapter and article numbers"])

# ---------------------------------------------------------------------------------------------------------
X04 = CUR[0] = "x229_04_pudong-2024-guding-wuranyuan-shengtai-huanjing-jiandu-guanli-shishi-xize.txt"
P04 = "浦东新区固定污染源生态环境监督管理实施细则"
N04 = "关于印发《" + P04 + "》的通知"
FULL = ["浦东新区生态环境局", "浦东新区城市管理综合行政执法局"]
SHORT = ["区生态环境局", "区综合执法局"]
PARTS = ["街镇", "产业园区管理机构", "度假区管委会"]
FIELDS = ("round 31: fields joined by 、 before one head noun 「人事、卫生部门」 are one name as printed (「区生态环境监管、监测和执法"
          "部门」: the 和 inside a shared head keeps one name, round 35)")
S04 = [
    A(["第五条    （分级监管）"], [], [*FULL, *SHORT, *PARTS],
      responsible_alternatives=[[*SHORT, *PARTS], [*FULL, *PARTS]],
      note="「浦东新区生态环境局（以下简称区生态环境局）和浦东新区城市管理综合行政执法局（以下简称区综合执法局）负责统筹、监督和指导…」 "
           "(rule 2, 「A和B」 two names, the brackets dropped, round 35); 「区生态环境局…定期…开展全覆盖监督检查」「区综合执法局负责…」 — "
           + ASPRINTED + "; 「区生态环境局监督和指导街道办事处和镇人民政府（以下统称街镇）、产业园区管理机构、度假区管委会对…的监督检查…」 — "
           "objects of 指导 with their work described (round 30: the pivot's object; the heading 分级监管 is no work heading), so "
           "街道办事处 and 镇人民政府 are no units; but 「街镇负责…」「产业园区管理机构应严格落实…，负责…」「度假区管委会依法对…开展巡查」 "
           "make them doers (rule 2; round 44's article rule); 「配合市生态环境局依法开展…」 — the body served is no unit (round 46, "
           "x150_01); the reports 「应当及时向区生态环境局报告」 are a duty (below); 「…另有约定的，应报区生态环境局备案」 a filing; "
           "「定期」 a rhythm, no lead: " + NODATE),
    A(["第七条    （监管机制）"], [], ["区生态环境局", "综合执法局", *PARTS],
      responsible_alternatives=[["区生态环境局和综合执法局", *PARTS]],
      note="「区生态环境局和综合执法局、街镇、产业园区管理机构、度假区管委会应以排污许可制度为核心开展…监督管理和巡查，建立…机制…」 — "
           + ARTSUBJ + " (开展, 建立); 「A和B」 two names where each side is a whole body's name (round 34; round 35: 综合执法局 is one, "
           "as printed — no alias is rewritten, round 38); no 牵头: lead []; " + NODATE),
    A(["第八条    （职责分工）"], [], ["监管、监测、执法部门", "监管部门", *PARTS[:2], "监测部门", "执法部门"],
      responsible_alternatives=[["监管部门", "监测部门", "执法部门", *PARTS[:2]],
                                ["区生态环境局", *PARTS, "区环境监测站", "区综合执法局", "街镇城市管理综合行政执法中队",
                                 "监管、监测、执法部门", "监管部门", "监测部门", "执法部门"]],
      note="a 职责分工 heading (rounds 34, 35): " + WORKHEAD + "; 「浦东新区生态环境监管部门包括区生态环境局、…，监测部门包括区环境监测站，"
           "执法部门包括区综合执法局和街镇城市管理综合行政执法中队」 defines the three groups — members (units rule 3: 「由A、B组成」; "
           "round 35), no units by it (the members' reading accepted); 「监管、监测、执法部门应明确职责分工，共同组织推进…」 — " + FIELDS
           + "; 「监管部门负责…」「街镇、产业园区管理机构制定…计划，…实施日常监管、巡查，向区生态环境局上报检查结果」「监测部门负责…」"
           "「执法部门负责…」 — each a body given work (the group's names as printed); 区生态环境局 receives the results (rule 3) and the "
           "sending is a duty (below); 「…可…适时调整」 an option; no 牵头: lead []; " + NODATE),
    A(["第十条    （监管内容）"], [], [],
      note="「对持有排污许可证的固定污染源…实施依证监管，推进实施…清单式执法检查，强化…监管，重点检查…」「对其他固定污染源，实施依法监管，"
           "重点检查以下内容：…」 — " + SUBJLESS + "; the contents to check are the work's objects (a list in one paragraph), no items; "
           + NODATE),
    A(["第十一条 （监管频次）"], [],
      ["区综合执法局", "区生态环境局", "区环境监测站", "街镇", "产业园区管理机构", "街镇城市管理综合行政执法中队", "度假区管委会"],
      [(1, "次"), (20, "%"), (10, "%"), (5, "%")],
      note="each class's paragraph gives checks to named bodies — 「区综合执法局每年至少开展一次执法检查」「区生态环境局每年组织开展执行报告"
           "检查」「区环境监测站对…开展全覆盖监督检查，每五年对主要排放口至少开展一次执法监测」「街镇和产业园区管理机构每年应按职责分工实施"
           "全覆盖巡查」「区综合执法局和街镇城市管理综合行政执法中队…开展“双随机”执法检查」「街镇和度假区管委会…开展日常监督检查工作」 — "
           + ARTSUBJ + " and rule 2 (组织开展, 实施), printed order; targets: 至少一次 → 1 次 (round 35: a frequency with a floor), "
           "「至少抽取总数的20%」 → 20 %, 「至少抽取总数的10%」 → 10 %, 「不低于总数的5%」 → 5 % (round 30's line); 每年／每五年 are "
           "rhythms (round 34); no 牵头: lead []; " + NODATE),
    A(["第十四条 （信息公开）"], [], ["区生态环境监管、执法部门", "执法部门"],
      note="「区生态环境监管、执法部门应加强对…信息公开情况的监督管理」 — " + ARTSUBJ + "; " + FIELDS + "; 「执法部门应依法主动公开监管"
           "信息，…记录…，并将行政处罚决定纳入…信用系统」 — the same (公开, 记录, 纳入 with decisions as object, no money); no 牵头: "
           "lead []; " + NODATE),
    one(["第十六条 （调度与督办）"], "区生态环境局",
        note="「区生态环境局应建立调度督办机制，定期对街镇、产业园区管理机构、度假区管委会开展的…工作进行调度和监督检查」 — " + ARTSUBJ
             + "; the bodies whose work is checked stand inside the object's description 「…开展的…工作」 (" + DESC + "); 「可根据管理"
             "需要将…纳入…督察范围」 an option; 定期 a rhythm: " + NODATE),
    A(["第二十一条   （经费保障）"], [], [],
      note="「区各级生态环境监管、监测和执法部门应将…工作所需费用列入财政预算，为…提供资金保障」 — 列入…预算 and 提供资金保障 are cost "
           "verbs (" + COST + "): payers, no units; the 应 instruction makes the article a task (round 34 early) naming no unit: lead "
           "[], responsible []; " + NODATE),
]
plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title (lines 21–23, printed over two lines 「浦东新区固定污染源生态环境监督管理」「实施细则」) or the "
                "notice title (lines 1 and 3): either",
     doc_no="浦环规〔2024〕4号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市浦东新区生态环境局",
     date="2024-09-14",
     date_note="the cover is signed and printed 2024年9月14日 (the index the same); the rules apply from 2024年10月15日 for five years",
     level="a district bureau (Shanghai Pudong's ecology and environment bureau), implementing rules for supervising fixed "
           "pollution sources: four classes of source, a district–town–park supervision system, the source database, the "
           "monitoring–supervision–enforcement link (三监联动), duties, platform, contents and frequencies of checks, safeguards, "
           "definitions",
     source=src("关于印发《浦东新区固定污染源生态环境监督管理实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070332924&siteId=0070", 6757),
     style="a cover (the notice title twice, addressees, one sentence, 「附件：浦东新区固定污染源生态环境监督管理实施细则」 naming the "
           "rules it forwards, signature, date, 「（此件主动公开）」, 「抄送：区综合执法局。」, the printing line); the rules' title over "
           "two lines; four chapters 「第N章  heading」 and 26 articles 「第N条    （heading）」 on a line of their own (one to four "
           "spaces before the bracket) over paragraphs; 第四条 and 第二十三条 with （1）…（5） run in inside paragraphs; 第二十三条 "
           "（一）–（五） definitions",
     leaf_tasks=18, count_alternatives=[17, 19, 20],
     leaf_tasks_by_section={"第一章 总则": 2, "第二章 监督管理": 8, "第三章 保障措施": 7, "第四章 附则": 1},
     childless_top_level_sections=[],
     samples=S04,
     plan_targets=[],
     phases=[],
     duties=[{"what": "发现存在环境污染问题的，应向区生态环境局报告", "when": None, "when_norm": None,
              "note": "第五条: the towns' and the parks' reports to the bureau when a case arises — round 44: a sending the rules ask "
                      "of the bodies they task when a case arises is an undated duty"},
             {"what": "街镇、产业园区管理机构制定年度监管计划和园区年度巡查计划，按计划实施日常监管、巡查，向区生态环境局上报检查结果",
              "when": None, "when_norm": None,
              "note": "第八条: check results (information) sent to the bureau (rounds 35, 44); no rhythm word for the sending: undated"}],
     notes=["counting: the cover's 「附件：…」 line names the rules it forwards, printed after the cover; the forwarded document's "
            "articles are the tasks (round 30: a forwarding notice and the document it forwards are one plan), not a count to the "
            "附件 line (EXPECTED.md's attachments are what follows a plan) — RULING? 8. General provisions: 第一条 (purpose), 第二条 "
            "(definition), 第三条 (scope), 第四条 (the four classes defined; 「并实行动态管理」 no doer), 第十五条 (「…仍按…要求实施」, "
            "pointing elsewhere, round 34), 第二十三条 (definitions （一）–（五）), 第二十四条 (interpretation), 第二十六条 (entry into "
            "force) — " + GENART + "; tasks: 第五–十四条 (10), 第十六–二十二条 (7), 第二十五条 (「…监管、监测和执法部门对其监督管理应当遵守"
            "保密法律法规的规定」, an instruction 应当 to named kinds) → **18**. Accepted: 17 (第二十五条 read as a rule of conduct "
            "with no work), 19 (第四条 counted), 20 (第四条 and 第十五条).",
            "not sampled for doubt: 第六条 (「浦东新区生态环境局和综合执法局、…」 beside 「区生态环境局组织建立…，配合市生态环境局…」), "
            "第十二条 (subjectless with options), 第十三条, 第十八、十九、二十二条 (one group of fields each, like 第十四条), 第二十五条. Read "
            "but left unsampled to keep the set near its size: 第九条 (区生态环境局 by 组织建设; 「区生态环境监管、监测和执法部门」 one name), "
            "第十七条 (「区生态环境监管部门和执法部门收到…时，应…处理」: the response to the reports invited, two names), 第二十条 (an option "
            "「…可…委托第三方…」 beside 「区生态环境局组织构建…」: 区生态环境局).",
            "units: full names and their 以下简称 both as printed (round 43); fields sharing one head 「区生态环境监管、监测和执法部门」 one "
            "name (round 31); the groups 第八条 defines (监管部门, 监测部门, 执法部门) as printed where they act; 市生态环境局 (served by 配合) "
            "and the bodies inside descriptions no units",
            "dates: 2024年9月14日 (signature), 2024年10月15日 (entry into force), 有效期五年; every 定期／每年／每五年 a rhythm; no "
            "deadline, no phases",
            "figures: targets in 第十一条 (1次, 20%, 10%, 20%, 5%); not checked — 第二十三条's bands that define classes of source "
            "(小于10吨, 大于1吨且小于等于30吨, …, 大于等于1张小于等于20张): round 34 / round 38 read figures that pick a class the "
            "rules cover as no targets, round 48 reads thresholds in conditions articles that are no tasks as plan targets — "
            "RULING? 9; 行业代码 62 / 732 / 734 / 811 / 842 / 8432 (codes, names), D级 (a grade)"])


# Round 51 (al51): aligned to tests/data/CONVENTIONS.md "Round 58 rulings" → Tasks (turned, round 55 over round 35 for
# x229_03 第九条): the objects of a work clause's lead-in 「应当…对下列渠道中…组织筛查：」 are the work's parts, items taking
# its body (round 55's x248_01 第十二条); round 35's text is conditions, materials and members — 第九条 1 → 14 (13 items,
# the closing paragraphs one more task, round 38): count 25 → 38; 25 stays accepted (README, "Round 51")
from expected_tools import _sample32 as _sample51  # noqa: E402

_AL51 = ('aligned round 51 to CONVENTIONS.md "Round 58 rulings" (turned, round 55 over round 35 for x229_03 第九条): the '
         "channels （一）–（十三） after 「赔偿权利人指定的部门或机关应当根据职责分工，定期对下列渠道中…线索组织筛查：」 are the work's "
         "parts, items taking its body (round 55's x248_01 第十二条), and the closing paragraphs one more task (round 38)")
_p51, _s51 = _sample51("x229_03", ["第九条【线索筛查】"])
_CLOSE51 = ["区生态环境局", ENV, "区规划资源局", "区建交委", "区农业农村委", "区综合执法局", "区公安分局", "管理局（管理委员会）"]
_s51["responsible_alternatives"] = [[*ROLE, *_CLOSE51], *_s51["responsible_alternatives"]]
_s51["responsible"] = list(_CLOSE51)
_text51 = (DIR / X03).read_text(encoding="utf-8")
_s51["line"] = _text51[:_text51.index("区生态环境局负责汇总各部门")].count("\n") + 1
_s51["title_starts"] = "区生态环境局负责"
_s51["note"] = (
    _AL51 + ": this sample is now the closing paragraphs' task 「区生态环境局负责汇总…，牵头开展…线索筛查…工作」 (牵头: lead "
    "区生态环境局, [] accepted as before), 「" + ENV + "、区规划资源局、区建交委、区农业农村委等…部门、机构按职责分工统筹推进并指导…」 and "
    "「区综合执法局、区公安分局及管理局（管理委员会）等…应配合线索筛查工作…」 — its responsible without the lead-in's body, which goes "
    "to the items (old responsible [部门, 机关, …] → the closing paragraphs' bodies); the earlier reading (one task with the "
    "lead-in's body) stays accepted (responsible_alternatives). The earlier note: " + _s51["note"])
_i51 = _p51["samples"].index(_s51)
_cur51, CUR[0] = CUR[0], X03
_p51["samples"][_i51 + 1:_i51 + 1] = [
    A(["第九条【线索筛查】", "（一）"], [], ROLE, responsible_alternatives=role_alts(),
      note=_AL51 + ": 「（一）中央领导作出重要批示的、国家挂牌督办等相关案件」, an item of the screening, its body the lead-in's — "
           + ROLE_NOTE + "; no 牵头: lead []; 定期 a rhythm: " + NODATE),
    A(["第九条【线索筛查】", "（十三）"], [], ROLE, responsible_alternatives=role_alts(),
      note=_AL51 + ": 「（十三）赔偿权利人确定的其他线索渠道。」, the last item, its body the lead-in's (部门, 机关); the closing "
           "paragraphs after it are a task of their own (sample 第九条【线索筛查】), not this item's text; no 牵头: lead []; " + NODATE),
]
CUR[0] = _cur51
_was51 = f"leaf_tasks {_p51['leaf_tasks']} → 38, count_alternatives {_p51['count_alternatives']} → [25, 24, 28, 29]"
_p51["leaf_tasks"], _p51["count_alternatives"] = 38, [25, 24, 28, 29]
_p51["leaf_tasks_by_section"]["第三章 线索筛查及移送"] += 13
_p51["notes"].append(_AL51 + f": 第九条 1 → 14, {_was51}; samples 第九条/（一） and 第九条/（十三） added (the items' body), the "
                     "sample 第九条 now the closing paragraphs' task; the earlier reading stays accepted")
write_collected(DIR)
