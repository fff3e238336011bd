# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next246/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 49 (built by helper c246): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the Round 51–54 rulings
included) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the lead
scores it first.

    PYTHONPATH=. python tests/data/plans-next246/make_expected.py tests/data/plans-next246
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
ARTSUBJ = ("round 44 (decided): in rules written as articles (第X条) a named body or a body named by a kind standing as the "
           "subject of the article's verb of doing is a doer whatever the verb (round 47 q44c: role-like kinds 建设单位 too; "
           "verbs of being or having, options 可, applying, filing, sending for itself and paying name none, round 54)")
BY = "units rule 2: the agent of 由 with a verb of doing is a doer (round 34: 「由A＋any verb of doing」)"
HUI = "units rule 2: 「（由）A会同B＋verb」 — lead A (lead [] accepted), responsible A, B"
CASE = ("round 51 (q47a) / round 42: 「…的，由A…／A应当…」 after a case, where the article's whole work answers the case, is A's "
        "work (rule 3's contingency is a case inside other work)")
OPTION = "round 40 / round 49 (p46b): 可 is an option and reaches every verb joined to it; an option names no doer"
SUBJLESS = ("round 43 / round 52: a subjectless rule on an act only the rules' bodies do gives work — a task naming no unit "
            "(lead [], responsible [])")
DE = "round 32 / round 34: a 的-phrase before a name describes it; the unit is the name after the last 的"
EVENT = ("round 33 / round 34: a limit counted from an event with no comparison word 「N个工作日内」「六个月内」 is neither a "
         "target nor a deadline (round 54)")
PAYER = ("round 48 (decided, cost verbs): a verb that pays, moves or budgets money (拨付, 纳入／编入…预算, 报销) names a payer, "
         "no unit")
GENART = ("round 30: articles of general provision (purpose and basis, scope, definitions, the interpreting body, entry into "
          "force) are not tasks; a count that includes them is accepted")
ONE_LEAD = "a single doer: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


def one(file, path, unit, targets=(), note="", **kw):
    """An article (or item) whose one doer is ``unit``: lead [], the doer as lead accepted."""
    alts = kw.pop("lead_alternatives", [])
    return A(file, path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit], *alts], **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x246_01_yangpu-guihuaziyuan-2024-jianshe-gongcheng-sheji-fangan-guihua-gongshi-guiding.txt"
P01 = "上海市建设工程设计方案规划公示规定"
N01 = "杨浦区规划和自然资源局转发《" + P01 + "》的通知"
GH = "规划管理部门"
STREET = ("「建设工程所在地的街道办事处或者乡镇人民政府」: the 的-rule leaves 「街道办事处或者乡镇人民政府」, and 或者 joins two "
          "alternative doers (round 30 「由A或B指定专人负责」, round 49 「部门或机关」) → 街道办事处, 乡镇人民政府")
S01 = [
    A(X01, ["第四条（责任主体）"], [],
      ["市规划管理部门", "区规划管理部门", "各市级管委会", "派出机构", GH, "项目建设单位"],
      responsible_alternatives=[["市规划管理部门", "区规划管理部门", "各市级管委会", "派出机构", GH, "街道办事处", "乡镇人民政府",
                                 "项目建设单位"],
                                ["市规划管理部门", "区规划管理部门", "各市级管委会、派出机构", GH, "街道办事处", "乡镇人民政府",
                                 "项目建设单位"],
                                ["市规划管理部门", "区规划管理部门", "各市级管委会、派出机构", GH, "项目建设单位"]],
      note="an article with no numbered items whose sentences each give work is one task, its units every doer in printed "
           "order, each once (round 54, s48b; rule 2's several clauses): 「市规划管理部门负责…」, 「区规划管理部门及各市级管委会、派出机构"
           "负责…」 (及 joins two names, round 34; 、 with separate heads, 各 not shared → 区规划管理部门, 各市级管委会, 派出机构), 「负责项目"
           "审批的规划管理部门负责…」 (" + DE + " → 规划管理部门), 「涉及到的区规划管理部门应积极配合做好…」 (配合 with a subject of its "
           "own: a doer, rounds 46, 54; already named), 「规划管理部门应当…听取…意见，并…会同其进行…公示」 (" + ARTSUBJ + "; 其 stands for the "
           "bodies printed before it, round 48 on x81_02: " + STREET + ", the partners of 会同 — RULING? 8; the reading without "
           "them accepted), 「项目建设单位应当配合做好有关工作」 (round 54 s48a: a party with 配合 of its own is a doer); 「（责任主体）」 "
           "names no one party, so it is no unit heading; " + NODATE
           + "; aligned round 50 to CONVENTIONS.md \"Round 55 rulings, written early\" (turned): 其 points to 「街道办事处或者乡镇"
           "人民政府」 inside 「…的意见」, a noun's description, so it names nothing (round 45; round 48's x81_02: 其 into a "
           "description none), and the bodies consulted are rule 3's: responsible [市规划管理部门, 区规划管理部门, 各市级管委会, "
           "派出机构, 规划管理部门, 街道办事处, 乡镇人民政府, 项目建设单位] → without 街道办事处 and 乡镇人民政府; the builder's reading: "
           "其 the partners of 会同 — stays accepted (responsible_alternatives, with the 「各市级管委会、派出机构」 spelling either way)"),
    one(X01, ["第五条（公示的地点）"], GH,
        responsible_alternatives=[[GH, "属地街道办事处", "乡镇人民政府", "建设单位"]],
        note="「规划管理部门应当在建设基地现场…及政府网站上同时公示方案」 — " + ARTSUBJ + "; 「因疫情防控等特定原因，经规划管理部门会同属地"
             "街道办事处、乡镇人民政府、建设单位…综合研判，确不具备线下公示条件的，应当采取…」 — the joint assessment stands inside the "
             "condition 「…的」 (rule 3: a case; 经A…, an approver's form), so its partners add none (accepted beside); 「线性工程可…"
             "分段开展方案公示」 — " + OPTION + "; " + NODATE),
    A(X01, ["第六条（公示的内容）"], [], [], [(110, "厘米"), (80, "厘米")],
      note="what the notice and the site plan must show, with no subject — " + SUBJLESS + " (only the rules' planning bodies make "
           "the notice); 公告 （一）（二） and 总平面图 （一）–（四） list what a document contains: text, no items (round 37; round 54's "
           "test); 「图纸（板）规格不宜小于110厘米×80厘米」 — 小于 (round 32) under 不宜 (a floor of a standard, round 30) → 110 厘米 and "
           "80 厘米; 「比例不宜小于1︰500」 (a scale ratio) is not checked; " + NODATE),
    A(X01, ["第七条（公示时限）"], [], [], [(10, "日"), (7, "日")],
      responsible_alternatives=[[GH]],
      note="「规划管理部门可以根据…确定方案规划公示的期限」 — " + OPTION + "; 「但公示期限不得少于十日」「收集公众意见的期限不得少于公示期限截止"
           "后的七日」 — time limits with 不少于 (rounds 30, 33) are targets, the numeral at its value and the unit as printed "
           "(round 54: 「三十日」 is 30 日) → 10 日, 7 日; the rule binds the planning bodies' own publicity (" + SUBJLESS + "); the "
           "article reading [规划管理部门] accepted; " + NODATE),
    A(X01, ["第八条（调整方案的公示时限）"], [], [], [(10, "日")],
      note="「方案规划公示后再行调整修改，并涉及…的，应当按照本规定再行调整方案的规划公示…再公示时间不得少于十日」 — the article's whole "
           "work answers its case (" + CASE + "), with no subject (" + SUBJLESS + "); 不得少于十日 → 10 日 (rounds 30, 54); the kinds "
           "of change listed are the case, no figures; " + NODATE),
    one(X01, ["第十条（对公众意见的处理）", "（三）"], GH,
        note="「规划管理部门应当整理归纳公众意见或建议，并按照下列要求进行处理：」 opens one sentence its items complete (round 50: the "
             "lead-in's subject is each item's), and （三） 「无法采纳或难予采纳的，规划管理部门应当向提议人书面告知说明…」 prints it again: "
             "items that each carry their own response are items (round 51 q47b, round 54), each a task; 提议人 (a person who "
             "made a proposal) is no unit (round 30); " + NODATE),
    A(X01, ["第十二条（矛盾化解）"], [], [GH, "街道办事处", "乡镇人民政府", "建设单位"],
      responsible_alternatives=[[GH, "建设单位"]],
      note="「方案规划公示过程中引起较大争议的，规划管理部门应当与建设工程所在地的街道办事处或者乡镇人民政府共同做好宣传解释工作，建设单位应当"
           "积极配合做好相关工作」 — " + CASE + "; 「A与B共同＋verb」 makes both doers (round 30; inside articles round 48's "
           "co-signatory reading), " + STREET + "; 建设单位 with 配合 of its own is a doer (round 54 s48a); no 牵头 → lead []; "
           + NODATE),
    one(X01, ["第十三条（意见留存）"], GH,
        note="「规划管理部门应当将方案规划公示材料、…意见和建议以及相应的处理意见整理汇总，…留存归档」 — " + ARTSUBJ + "; " + NODATE),
]
plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the forwarded rules' own title (after the cover's signature) or the notice title (line 1, printed again on "
                "line 3): either (round 30: a forwarding notice and the document it forwards are one plan)",
     doc_no="杨规划资源〔2024〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="杨浦区规划和自然资源局 (forwarding the city's rules, 上海市规划和自然资源局's 沪规划资源规〔2024〕2号, to its own departments)",
     date="2024-06-25",
     date_note="the cover is signed 2024年6月25日 and printed 「2024年6月25日印发」 (the index the same); the rules apply from "
               "2024年4月1日, valid to 2029年3月31日",
     level="a district bureau (Shanghai Yangpu, planning and natural resources) forwarding the city's rules on publishing "
           "building design schemes before approval: scope, who publishes, where, what, how long, how opinions are handled",
     source=src("杨浦区规划和自然资源局转发《上海市建设工程设计方案规划公示规定》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=007705f58e9f300cdee2270da0a4138ea3a2&siteId=0077", 3167),
     style="the notice title printed twice (line 1 and line 3), the addressee 「局属各部门：」, one paragraph, the bureau's "
           "signature and date; the rules' title; fourteen articles 「第N条（heading）」 each on its own line with its text in "
           "paragraphs below; 第三条, 第六条, 第十条 with （一）… items; ASCII semicolons 「;」 inside the lists; a scale 「1︰500」 "
           "with the presentation colon U+FE30; the office's printing line at the end",
     leaf_tasks=11, count_alternatives=[9, 12, 13, 14],
     leaf_tasks_by_section={"第四条": 1, "第五条": 1, "第六条": 1, "第七条": 1, "第八条": 1, "第十条": 4,
                            "第十二条": 1, "第十三条": 1},
     childless_top_level_sections=[],
     samples=S01,
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover (one sentence 「请遵照执行」) no task; 第一条 (purpose), 第二条 (definition) and 第三条 (scope, its "
            "（一）（二） the cases the rules cover) are general provisions (" + GENART + "); 第四条 1; 第五条 1; 第六条 1 (its two lists "
            "of what the notice and the plan show are text, round 37); 第七条 1; 第八条 1; 第九条 「规划管理部门收集意见，可以采取…方式」 "
            "only lists options — no task (round 49 p46b); 第十条 （一）–（三） (items each carrying their own response, round 51) and "
            "its closing paragraphs (one more task, rounds 36, 38) → 4; 第十一条 1 (「建设单位应根据审核意见修改方案后，按规定重新报审方案」 "
            "— RULING? 4); 第十二条 1; 第十三条 1; 第十四条 「…可以依托协同会商工作机制，听取…意见」 only an option — no task → **12**. "
            "Accepted: 9 (第十条 one task), 11 (第十一条 none: the builder's own revision and resubmission read as an applicant's "
            "step, rounds 52, 54), 13 (第十条's two closing paragraphs each a task, round 38), 14 (第九条 and 第十四条 counted, round "
            "49 p46b's count with them).",
            "aligned round 50 to CONVENTIONS.md \"Round 55 rulings, written early\" (turned): 「建设单位应根据审核意见修改方案后，"
            "按规定重新报审方案」 is a party revising and resubmitting its own scheme, a step in its own application (round 48's "
            "x159_04, round 52's x236_03; round 54: filing for itself names none), and 「规划管理部门可以…提出…意见」 an option (round "
            "40): 第十一条 gives no work — task → no task, count 12 → 11; the builder's reading: 第十一条 one task, count 12 — stays "
            "accepted (count_alternatives [9, 12, 13, 14]).",
            "units: 规划管理部门 (the rules' generic planning body, as printed) acts in most articles as an article's subject "
            "(round 44); 市规划管理部门, 区规划管理部门, 各市级管委会, 派出机构 in 第四条; the street offices and township "
            "governments as partners of 会同／共同 (第四条, 第十条's closing paragraph, 第十二条); 建设单位／项目建设单位 with 配合 of "
            "their own (round 54 s48a) — each as printed (no alias rewritten, round 38); 提议人 and 社会公众 are persons and the "
            "public (round 30). The closing paragraph of 第十条 (not sampled: its path would be the article's with first words) "
            "reads [规划管理部门, 街道办事处, 乡镇人民政府, 建设单位] (「…应当与…街道办事处或乡镇人民政府、建设单位共同做好…解释工作」); 「也可以"
            "委托…街道办事处、乡镇人民政府组织召开会议公布」 is an option.",
            "dates: 2024年4月1日 (in force), 2029年3月31日 (validity), 2024年6月25日 (signature, printing): no deadline, no "
            "phases; no duties (告知 a proposer and 反馈 to the public are no reports to a body).",
            "figures: targets 10 日 (第七条, 第八条), 7 日 (第七条), 110 厘米 and 80 厘米 (第六条); not checked: 1︰500 (a ratio), "
            "「15分钟社区生活圈」 (a name, 第三条), 「冬至日」"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x246_02_fengxian-fagaiwei-2023-fuwuye-fazhan-yindao-zijin-shiyong-guanli-banfa.txt"
P02 = "奉贤区服务业发展引导资金使用和管理办法"
DRC = "区发展改革委"
PANEL = "区评审小组"
SETUP = ("「由区发展改革委、区经委、区财政局等部门组成区评审小组」 in 第四条 sets the panel up (members, rule 3); round 36: bodies a "
         "plan set up earlier are doers in later items")
RECOVER = ("收回…资金 after a case: read as the panel's own step of enforcement (round 42 「…的，由A…」; round 52: 移送 by a body the "
           "rules task), not a verb that pays out (round 48's cost verbs pay, move or budget money) — RULING? 2")
S02 = [
    A(X02, ["第七条 申报受理", "(一)"], [], ["各镇(开发区)", "相关部门", "项目单位", "属地主管单位"],
      responsible_alternatives=[["各镇(开发区)", "相关部门", "属地主管单位"], ["各镇(开发区)", "相关部门"]],
      note="「各镇(开发区)及相关部门，负责区引导资金项目申报的组织和初步筛选工作」 — A负责 (rule 2); 及 joins two names (round 34), the "
           "bracket stays with its name (round 34), 相关部门 a kind (round 33); 「项目单位和属地主管单位对提交的申报资料的合规性和合法性负责」 "
           "— 对…负责 answers for the papers (rounds 30, 39, 51: 「并对审查结果负责」 is 负责) → 项目单位, 属地主管单位 (和: two names); "
           "the reading that leaves the applicant out (round 30: an applicant is no unit) and the one with the first clause only "
           "are accepted; 「筛选通过后提交区发展改革委」 — a duty below; " + NODATE),
    one(X02, ["第七条 申报受理", "(二)"], PANEL,
        note="「区评审小组根据申报情况建立区引导资金预算管理项目库…，委托中介机构通过专家评审方式对申报材料进行审核筛选后纳入项目库」 — "
             + ARTSUBJ + " (" + SETUP + "); 委托B: the pivot's object 中介机构 is no unit (rounds 33, 35); " + NODATE),
    A(X02, ["第七条 申报受理", "(三)"], [], [], responsible_alternatives=[[DRC]],
      note="「对评审通过且符合市引导资金支持条件的项目，由区发展改革委按照…要求向市有关部门提交申请」 — a sending under 由 names no doer "
           "(round 48 governs: x220_02; round 39 「由A向B提供／提交…」), and an application 「由A向B申请」 none either (round 30); the "
           "bureau passes on others' projects after the panel's review: an undated duty below (rounds 46, 48 转报); the agent "
           "reading [区发展改革委] (round 34 「由A代为申报」) accepted; " + NODATE),
    A(X02, ["第七条 申报受理", "(四)"], [DRC], [DRC, "相关部门"], lead_alternatives=[[]],
      note="「对经区评审小组审核同意的项目，由区发展改革委会同相关部门向各属地下达引导资金支持计划」 — " + HUI + "; 相关部门 a kind "
           "(round 42 continued: a 会同 partner named by its kind is a unit); 各属地 receive; the first sentence 「…在区产业发展扶持政策"
           "平台进行网上公示并征询属地意见」 has no subject; 「经区评审小组审核同意的」 an approver inside a description (rule 3); "
           + NODATE),
    A(X02, ["第九条 资金拨付", "(一)"], [DRC], [DRC, "项目单位"],
      lead_alternatives=[[]], responsible_alternatives=[[DRC]],
      note="「由区发展改革委与项目单位签署《服务业发展引导资金项目实施框架协议书》，分别向市、区评审小组报备」 — 由A与B签署: A a doer, B a "
           "co-signatory read like 会同 (round 40; lead A, lead [] accepted); the project body signs its own grant (a beneficiary, "
           "round 30), so [区发展改革委] alone is accepted; （二）（三） state when the money is paid (拨付 with no subject: the "
           "fund's terms, round 46; 40% a norm with no comparison word, round 36) — text, no items; " + NODATE),
    A(X02, ["第十条 项目监管"], [PANEL], [DRC, PANEL, "区审计局", "区有关部门"],
      lead_alternatives=[[]], responsible_alternatives=[["项目单位", DRC, PANEL, "区审计局", "区有关部门"]],
      note="three paragraphs, one article, one task (round 54 s48b): 「项目单位应每季度向区发展改革委报送项目执行情况」 — a beneficiary's "
           "standing report on itself, a filing (round 41), no doer (its reading accepted); 「由区发展改革委负责对项目进行全过程监管…，每季度"
           "将项目执行情况等分别报送市、区评审小组」 — 由A负责 (rule 2); 「区评审小组会同区审计局、区有关部门等…进行监督、审计，委托专业机构…开展"
           "后评估」 — " + HUI + " (the 等 tail dropped, round 35; 区有关部门 a kind); the only 会同 lead is the panel (round 45: every "
           "lead named); the bureau's quarterly sending is a duty below; " + NODATE),
    A(X02, ["第十一条 项目验收"], [DRC], [DRC], lead_alternatives=[[]],
      not_targets=[(6, "个月"), (1, "年")],
      note="「区发展改革委作为项目验收牵头部门，…组织区评审小组及区有关部门，在项目完成(竣工)后的一年内对项目进行验收」 — 「A作为…牵头部门」 "
           "designates A the lead (rounds 32, 41: a body that exists before the item); 组织B…: the objects of the pivot are no units "
           "(round 30; round 41 「由A牵头，组织B…」); 「项目单位应在六个月内开展…自我评估，并向区发展改革委提出验收申请」 — the applicant's own "
           "steps (round 30); the materials （一）–（七） are an applicant's list (round 35): text; 「六个月内」「一年内」 — " + EVENT
           + "; 「…报区评审小组同意实施」 an approver (rule 3); " + NODATE),
    A(X02, ["第十二条 项目变更"], [], ["市评审小组", PANEL],
      responsible_alternatives=[[]],
      note="「项目单位应及时向区发展改革委提出变更申请」 — the applicant's step (round 30); the six kinds of 重大变化 are cases (round 35: "
           "text); 「…导致引导资金支持金额发生变化的，由市评审小组收回超额支持部分，区配套资金由区评审小组收回超额支持部分」 — " + BY + "; "
           + RECOVER + "; the reading with no doer (and no task) accepted; 「20%及以上」「1年及以上」 stand in the list of cases "
           "that defines a major change (round 49: bands in a definition name a class) — not checked; " + NODATE),
    one(X02, ["第十六条 信用管理"], PANEL, not_targets=[(3, "年")],
        note="「区评审小组对项目单位开展信用管理。…建立信用信息管理制度，记录…失信行为，并…提交市、区公共信用信息服务平台;…取消项目单位和"
             "项目负责人三年内申报…的资格」 — " + ARTSUBJ + "; the elided subjects carry over inside the paragraph (round 34); 「三年内」 "
             "the length of a bar (a penalty, round 32 / 33) and 「过去三年」 a past span — no targets; " + NODATE),
]
plan(X02,
     title=P02,
     title_note="the stored text's first line (the rules' name, printed again after 「附件1」); no notice title is printed",
     doc_no="沪奉发改规〔2023〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市奉贤区发展和改革委员会 with 上海市奉贤区经济委员会 and 上海市奉贤区财政局 (three signatures; the index lists the first)",
     date="2023-12-15",
     date_note="the cover is signed 2023年12月15日 (the index the same); the rules apply from 2024年1月15日 to 2027年12月31日",
     level="a district commission (Shanghai Fengxian, development and reform) with the district's economic commission and "
           "finance bureau: the revised rules of the district's service-industry guidance fund (sources, supported fields, "
           "support forms, application, payment, supervision, acceptance, changes, revocation, credit)",
     source=src("奉贤区服务业发展引导资金使用和管理办法.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=00844309&siteId=0084", 5152),
     style="the rules' name as the first line; a cover (addressees, two sentences, 「特此通知。」, an 「附件：」 line naming the two "
           "attachments 「1.…;」「2.…。」 on lines of their own, three signatures, date); 「附件1」, the rules' title, seventeen "
           "articles 「第N条 heading」 each on its own line with paragraphs below, items 「(一)」 with ASCII brackets; ASCII "
           "「;」 「:」 「/」; 「附件2」 a list 1、–5、 of supported fields",
     leaf_tasks=10, count_alternatives=[8, 9, 11, 12],
     leaf_tasks_by_section={"第七条": 4, "第九条": 1, "第十条": 1, "第十一条": 1, "第十二条": 1, "第十三条": 1, "第十六条": 1},
     childless_top_level_sections=[],
     samples=S02,
     plan_targets=[{"number": 20, "unit": "%",
                    "note": "第六条(二) 「单个项目支持资金最高不超过项目总投资的20%」 — a subsidy ceiling (round 25) in a point of the "
                            "fund's terms that is no task: a plan target (rounds 38, 46)"},
                   {"number": 100, "unit": "万元",
                    "note": "第六条(二) 「支持金额最高不超过100万元」 — the same (round 25's 「最高不超过15万元」)"},
                   {"number": 30, "unit": "%",
                    "note": "第六条 「…比重原则上应达到30%以上」 — a threshold an applicant must meet, in an article that is no task: a "
                            "plan target (round 48: thresholds in conditions articles are plan targets)"}],
     phases=[],
     duties=[{"what": "各镇(开发区)及相关部门筛选通过后提交区发展改革委", "when": None, "when_norm": None,
              "note": "第七条(一): plan bodies passing the applicants' papers on after their own screening (round 36 「初审后报镇」, "
                      "round 46, round 49's x228_03): an undated duty"},
             {"what": "由区发展改革委按照沪府规〔2022〕22号文件要求向市有关部门提交申请", "when": None, "when_norm": None,
              "note": "第七条(三): the bureau passing the reviewed projects on to the city (round 48: 转报 of others' papers is a "
                      "duty): undated"},
             {"what": "区发展改革委每季度将项目执行情况等分别报送市、区评审小组", "when": "每季度", "when_norm": "quarterly",
              "note": "第十条: a standing report of a body the rules task (round 40; round 48's agent's yearly report) — quarterly"}],
     notes=["counting: the cover and its 「附件：」 list (names of attachments, no items) no tasks; 第一条 (purpose and basis) "
            "general; 第二条 (sources; 「由区、镇(开发区)两级按照3:7的比例负担」 — 负担 a cost verb, a payer: the fund's terms, rounds "
            "46, 48), 第三条 (who may be supported: conditions), 第五条 (supported fields (一)–(五), no doer, no 要／应), 第六条 (support "
            "forms and rates, a definition, an applicant's threshold), 第八条 (an applicant's materials, round 35), 第十四条 "
            "(「…相关费用纳入部门预算」 — " + PAYER + "), 第十五条 (a liability with no agent, round 51 q47b) and 第十七条 (entry into "
            "force) no tasks; 第四条 「由区发展改革委、区经委、区财政局等部门组成区评审小组，负责…」 sets the panel up and lists its duties "
            "— read as no task (round 35 / 45: a body the article sets up; round 54: a 管理部门 article that gives no standing body "
            "work) — RULING? 1; 第七条 (一)–(四) 4; 第九条 (一) 1 ((二)(三) payment terms, text); 第十条 1; 第十一条 1; 第十二条 1 "
            "(RULING? 2); 第十三条 1 (the cases (一)–(五) one task, round 35: 「…由区评审小组收回已拨付的区引导资金」, RULING? 2; 「由区"
            "发展改革委向市评审小组办公室提出撤销…的申请」 an application, round 30); 第十六条 1 → **10**; 附件2 (after the 附件 line) no "
            "tasks. Accepted: 8 (第十二条 and 第十三条 none: 收回 read as a cost verb), 9 (第十二条 none: its only work a case's "
            "recovery), 11 (第四条 a task of 区评审小组, round 45's standing committee in its own article), 12 (第九条 (二)(三) as items).",
            "units: " + SETUP + "; 区发展改革委 (the panel's office) acts by 由A负责, 会同, 作为牵头部门 and 签署; 项目单位 is the fund's "
            "beneficiary and applicant (round 30), a doer only where it answers for its papers (第七条(一)) or co-signs (第九条(一)), "
            "each accepted without; the city's 市评审小组 recovers the city's share (第十二条).",
            "dates: 2023年12月15日 (signature), 2024年1月15日 (in force), 2027年12月31日 (validity); 每季度 rhythms; 「六个月内」「一年内」"
            "「满6个月」「延期2年后」 limits from events and cases — no deadline anywhere, no phases.",
            "figures: plan targets 20%, 100万元, 30% (第六条); not checked: 「总投资400万元以上」 (第六条(二): a size inside the noun "
            "naming the projects a form of support applies to — a class by round 51's governing line, or a condition threshold "
            "by round 48: not sampled), 1:0.5 and 3:7 (ratios with no comparison word), 40% (a payment norm), 60%以上 (an applicant's "
            "own funds, inside the materials list: round 35's text), the 20% and 1年 of 第十二条's definition list; document "
            "numbers 沪府规〔2022〕22号, 发改规划〔2017〕1116号, 沪府办发〔2021〕7号 and 「(2017-2025)年」 are names"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x246_03_baoshan-guoziwei-2023-quguan-qiye-jianshe-gongcheng-guanli-banfa.txt"
P03 = "宝山区区管企业建设工程管理办法"
N03 = "关于印发《" + P03 + "》的通知"
GZW = "区国资委（集资委）"
ENT = "区管企业"
IMPL = "建设工程项目实施企业"
S03 = [
    one(X03, ["第五条 【主体责任】"], ENT,
        note="「区管企业是本企业及其子企业建设工程管理的责任主体与实施主体，应严格执行…。并负责下属子企业建设工程业务的审批」 — a designation "
             "「…的责任主体」 (rounds 32, 34) and 负责 (rule 2); 子企业 inside descriptions, no unit; " + NODATE),
    A(X03, ["第七条 【监管职责】"], [], [GZW, "区管企业内审机构"],
      responsible_alternatives=[[GZW]],
      note="「区国资委（集资委）、区管企业内审机构依据各自的监督职责，对企业建设工程项目实施监督管理。组织开展企业实施建设工程项目工作考核，…实施"
           "检查、稽查…」 — 实施 (rule 2) and 组织开展 (组织＋work, round 34) with the subjects carried (round 34); a bracket naming "
           "another hat of the same body stays (round 42); 监管职责 is a work heading (round 40) in any case; " + NODATE),
    one(X03, ["第八条 【项目法人责任制】"], IMPL,
        note="「建设工程项目实施企业应当按照项目法人责任制的要求，负责项目的投资、进度和质量安全控制…，承担监督管理的第一责任」 — 负责 (rule "
             "2) and 承担…责任 (round 39), a role-like kind (round 47 q44c); " + NODATE),
    A(X03, ["第九条 【工程招投标】"], [], [], [(400, "万元"), (200, "万元"), (100, "万元")],
      responsible_alternatives=[["企业"]],
      note="「企业实施的建设工程项目，其…采购达到下列标准之一的，必须按国家的相关规定组织开展项目招投标活动」 — the subject is the project's "
           "procurement (企业 stands inside the 的-phrase that describes the project, round 30), so no body is the doer; 「企业亦不得"
           "采取拆分方式规避招标」 a prohibition (不得 is no verb of doing); the article reading [企业] accepted; （一）–（三） are "
           "thresholds by kind of contract, text (round 54's test); 「单项合同估算价在400万元人民币以上」 etc. trigger a step — "
           "tendering — so they are targets (round 48: a band that decides the procurement method): 400万元, 200万元, 100万元; "
           + NODATE),
    A(X03, ["第十条 【重大建设项目】"], [], [GZW],
      responsible_alternatives=[[ENT, GZW]],
      note="「…经区管企业决策机构审议后，就项目情况与区国资委（集资委）进行预沟通；区管企业报送待核准报告及相关材料；区国资委（集资委）对材料进行"
           "核实、审议；审议通过的，由区国资委（集资委）出具批复反馈」 — 由A出具 is 由A＋a verb of doing (round 38 「由A…出具同意意见」, round "
           "51: 提出…意见 in a body's own review is work): a doer; the enterprise sends its own project for a decision (round 46, "
           "48: a step of approval, no doer, no duty) — the reading with 区管企业 (预沟通 with the subject carried) accepted; "
           "1、–4、 list what the submission contains (round 37): text; " + NODATE),
    one(X03, ["第十三条 【可行性研究报告】"], "企业", [(10, "%")],
        note="「经批准后，企业应当委托具有相应资质的设计单位进行初步设计，并编制项目概算」 — 「A委托B＋verb」 makes A the doer (rounds 33, 35), "
             "the commissioned 设计单位 no unit; 「差额不得大于10%；差额大于10%的，需报区国资委（集资委）备案」 — 大于 (round 32), a ceiling "
             "and a trigger → 10 %; the 备案 is the enterprise's own filing (round 42), no duty; " + NODATE),
    A(X03, ["第十五条 【工程变更】"], [], [], [(5, "%")],
      note="「工程变更要坚持“先审批，后实施”的原则，…确需变更的应经原项目审批部门审批后方可实施，重大工程变更（原则上超出批复的项目概算5%）须经"
           "区国资（集资委）委核准」 — approvers only (rule 3 「经A同意」), no subject: " + SUBJLESS + "; 超出 is 超过 (round 30's 超／超过) "
           "in a bracket that defines the change needing approval — a trigger (round 48: a change over 10 % that calls for a new "
           "approval) → 5 %; the misprint 「区国资（集资委）委」 is read as printed and names an approver anyway; " + NODATE),
    A(X03, ["第十六条【建设资金使用】"], [], [], [(80, "%")],
      responsible_alternatives=[[IMPL]],
      note="「建设工程项目实施企业应严格按照批准的设计概算内容，在投资计划范围内使用建设资金，并…将项目建设资金拨付给施工单位」 — 使用…资金 "
           "and 拨付 spend and pay money: " + PAYER + " (round 47: 拨付; an article's subject read as 由A＋verb reads its agent) — "
           "RULING? 3, the doer reading accepted; 「工程进度款支付比例应控制在中标价的80%以内」 — 以内 (round 32) → 80 %; the article "
           "still gives work (a rule on spending only the rules' bodies do, round 52); " + NODATE),
    one(X03, ["第十七条【竣工验收】"], IMPL,
        note="「建设工程项目实施企业在项目竣工验收前，应当…向规划、消防、环保、人防等主管部门提出建设工程的竣工认可申请。并负责组织勘察、设计、"
             "施工、监理等有关单位进行竣工验收」 — 负责组织 (rule 2; the objects of 组织 are no units, round 30); the 主管部门 receive an "
             "application (rule 3); " + NODATE),
    A(X03, ["第二十条【项目后评估】"], [], [IMPL, GZW],
      note="「建设工程项目实施企业应建立建设工程项目后评估制度…。区国资委（集资委）将适时组织对重大建设工程项目的后评估工作」 — " + ARTSUBJ
           + "; 组织＋work makes its subject a doer, 将 and 适时 between changing nothing (rounds 34, 47 p45c); no 牵头 → lead []; "
           + NODATE),
    A(X03, ["第二十二条"], [GZW], [GZW, "有关行政主管部门"], lead_alternatives=[[]],
      note="「建设工程项目实施企业有下列行为之一的，区国资委（集资委）将会同有关行政主管部门依据职责，责令其限期整改、暂停项目或者暂停资金拨付，"
           "依法追究…责任：」 over （一）–（八） — an article whose items only name cases is one task (round 35); the agent is a body the "
           "rules task taking its own steps after the cases (round 52: x239_04's 移送; round 51's liability with no agent is "
           "another case) → " + HUI + "; 有关行政主管部门 a kind (round 33); " + NODATE),
    A(X03, ["第二十五条"], [], ["受托方", GZW],
      note="「实施委托监管企业的建设工程项目由受托方审批,区国资委（集资委）实施备案管理」 — " + BY + " (受托方, a role a body takes, "
           "round 38's 委托方) and 实施 (rule 2); the article stands under 附则 but gives work (round 36: a 参照 article that gives "
           "work is a task; round 40); the ASCII comma kept; " + NODATE),
]
plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title (after the cover) or the notice title (line 1): either",
     doc_no="宝国资委〔2023〕56号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市宝山区国有资产监督管理委员会 with 上海市宝山区集体资产监督管理委员会 (two signatures at the end; the index lists the first)",
     date="2023-10-18",
     date_note="the rules end with the two commissions and 2023年10月18日 (the index the same); in force on issue (第二十七条)",
     level="a district commission (Shanghai Baoshan, state-owned and collective assets) with rules for the construction "
           "projects of the enterprises it supervises: duties, prior approval of major projects, tendering thresholds, "
           "changes, funds, acceptance, accounts, archives, evaluation, accountability",
     source=src("关于印发《宝山区区管企业建设工程管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=81aabb28-cb57-46b6-8a98-acce75ec1566&siteId=0078", 4683),
     style="a two-sentence cover (addressee 「各区管企业：」) with no signature; the rules' title; six chapters 「第N章         "
           "heading」 (runs of spaces as stored) and an 「附则」 line; 27 articles run in 「第N条 【heading】text」 (a space before "
           "the bracket in 第四–十五条, none in 第一–三、十六–二十条, no heading in 第二十一–二十七条); items （一）–（八） and 1、–4、; "
           "two items 「（一）       …」 with runs of spaces; an ASCII comma in 第二十五条; signatures and date at the end",
     leaf_tasks=20, count_alternatives=[19, 21, 22],
     leaf_tasks_by_section={"第五条": 1, "第六条": 1, "第七条": 1, "第八条": 1, "第九条": 1, "第十条": 1, "第十一条": 1,
                            "第十二条": 1, "第十三条": 1, "第十四条": 1, "第十五条": 1, "第十六条": 1, "第十七条": 1,
                            "第十八条": 1, "第十九条": 1, "第二十条": 1, "第二十一条": 1, "第二十二条": 1, "第二十四条": 1,
                            "第二十五条": 1},
     childless_top_level_sections=[],
     samples=S03,
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover no task; 第一条 (purpose and basis), 第二条 (scope), 第三条 (definitions and what the rules "
            "cover), 第二十六条 (interpretation) and 第二十七条 (entry into force) general provisions (" + GENART + "); 第四条 "
            "「区管企业应定期将本企业建设工程情况报区国资委（集资委）核准或备案」 — the enterprise's own standing filing for approval or record "
            "(rounds 41, 46, 52: no doer, no duty, and no other work) — no task; 第二十三条 (liability with no agent, round 51 q47b) "
            "no task; 第五–二十二条 and 第二十四、二十五条 one task each (第六条's （一）–（六） and 第十条's 1、–4、 list what a document "
            "contains, 第九条's （一）–（三） thresholds by kind, 第二十二条's （一）–（八） cases: text, round 54's test) → **20**. "
            "Accepted: 19 (第十六条 none if both its verbs are a payer's and its cap no work), 21 (第四条 a task), 22 (第四条 and "
            "第二十三条).",
            "units not sampled: 第六条 [区管企业] (建立健全, " + ARTSUBJ.split(';')[0] + "); 第十一条 [区管企业] (「依据制度自行决策」 — 决策 a "
            "verb of doing; 自行 is no option word like 可／自主选择, but that reading is close: round 42); 第十二条 [] (the project as "
            "subject, 企业可以… an option); 第十四条 [] (the project as subject; 施工单位…负责人 persons; 「建筑施工单位必须购买安全生产责任"
            "保险」 a cost verb, 投保, round 36); 第十八、十九、二十一条 [建设工程项目实施企业]; 第二十四条 [有关部门, 区国资委（集资委）] "
            "(「由有关部门追究相关责任人的责任」 inside the article's own steps, round 45; 「由区国资委（集资委）责令改正」; the commission "
            "「将问责结果与…挂钩」).",
            "dates: 2023年10月18日 only; 「定期」「适时」 no dates — no deadline, no phases; no duties (报…核准／备案 are the enterprises' "
            "own filings for approval or record, rounds 42, 46, 48).",
            "figures: targets 400万元, 200万元, 100万元 (第九条), 10% (第十三条), 5% (第十五条), 80% (第十六条); the 「三重一大」 name "
            "and 「第一责任」 are no figures"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x246_04_pudong-yingjiju-2023-yingji-zhihui-zhongxin-zhuanjia-guanli-banfa.txt"
P04 = "浦东新区应急管理局应急指挥中心专家管理办法"
N04 = "区应急管理局关于印发《" + P04 + "》的通知"
CTR = "应急指挥中心"
TEAM = "应急指挥中心救援保障组"
ITEMS05 = ("第五条's lead-in 「应急指挥中心为专家库管理的职能处室，负责专家的使用、服务和管理工作。管理的主要职责为：」 opens one sentence its items "
           "complete: the subject 应急指挥中心 is each item's (round 50; rule 4; round 52's x237_04 第十一条 items under a duties "
           "article) — items, each a task (RULING? 5: round 54 reads a 部门职责 article one task; count 17 accepted)")
S04 = [
    one(X04, ["第三条(日常维护)"], CTR, [(10, "名")],
        note="「建立应急指挥中心专家库…，由应急指挥中心进行日常管理维护，对相关专家信息录入…平台，做好…工作」 — " + BY + " (进行＋work, round "
             "43); 「从专家库中遴选10名专家组成专家组」 — the item's own number to appoint (round 37) → 10 名; the panel of experts it forms "
             "is persons (rounds 45, 48), no unit; 「组长1名，副组长1名」 (posts) not checked; " + NODATE),
    one(X04, ["第四条(任务分类)"], "各专项预案制定单位", [(2, "人")],
        note="「…将应急指挥中心专家总体分为四类：」 (一)–(四) define classes, text (round 49 p46b); (四)'s own sentence 「各专项预案制定单位"
             "根据预案推荐，不少于2人」 gives a body work — " + ARTSUBJ + " (推荐, round 36 「由A推荐」) — so the article is one task "
             "(round 54: the article is one task where its own sentences give a plan body work) — RULING? 6; 不少于 → 2 人 "
             "(round 30); " + NODATE),
    one(X04, ["第五条(管理部门和职责)", "(一)"], CTR,
        note="「(一)协调并审批专家的推选入库;」 — " + ITEMS05 + "; " + NODATE),
    one(X04, ["第五条(管理部门和职责)", "(六)"], CTR, targets=[(1, "次")],
        note="[aligned (w52d): Round 60 rulings, turned (rounds 49, 58 over w51d's scope) — the events an item holds in a rhythm are its own number of work, 1 次 included: not_target → target] 「(六)每年组织召开一次专家工作会议,遇有重大问题和重要工作研究时可临时召开;」 — " + ITEMS05 + "; 组织召开 (rule 2) in any case; "
             "「每年…一次」 is a rhythm with no comparison word (round 35's floor needs 至少): no target, and no deadline (round 34: "
             "recurring dates are no deadline); 「可临时召开」 an option"),
    A(X04, ["第十条(专家遴选程序)", "(一)"], [], ["所在单位", "各街镇应急管理部门"],
      note="「专家一般由所在单位和各街镇应急管理部门推荐，还可以由相关部门、行业协会等专业机构推荐」 — " + BY + " (推荐: round 36 「由A推荐」); "
           "「A和B」 two names (round 34); the second 由 clause is an option (round 40); the experts' own forms are persons' "
           "(round 30); 「加盖推荐单位公章后送应急指挥中心」 sends the nomination for the centre's procedure (an applicant's step, "
           "round 30), no duty; " + NODATE),
    one(X04, ["第十条(专家遴选程序)", "(二)"], "专家库管理组",
        responsible_alternatives=[[]],
        note="「专家库管理组对申报专家的资格进行初步审核」 — " + ARTSUBJ + " (进行＋work, round 43); the group is named here for the first "
             "time but is set up by no item, so it is a body named by its role (round 51 p47c), not rule 3's body an item sets up; "
             "the approver's reading (round 51: a review of a party's submission, none) accepted; " + NODATE),
    one(X04, ["第十一条(日常管理)"], TEAM, not_targets=[(3, "个月")],
        note="「日常管理由应急指挥中心救援保障组负责管理，开展专家库的维护工作…」 — " + BY + " (由A负责); 「专家基本信息发生变化，应及时向应急"
             "指挥中心申报」 — the experts (persons, round 30) report on themselves, no duty; 「逾期三个月没有正当理由未更新…的专家」 — a "
             "figure in a case with no comparison word (round 30's line): no target; " + NODATE),
    A(X04, ["第十二条(专家选用)", "(二)"], [], [], not_targets=[(3, "个工作日")],
      note="「需专家参与…时，按照需求，原则上提前3个工作日在应急指挥中心专家库中选取，确定人选后填写《…专家使用申请表》，报经应急指挥中心负责人"
           "同意后开展工作;如系库内专家不能满足工作需要，经局分管领导同意后可选用专家库以外的专家…」 — no subject: " + SUBJLESS + "; "
           "负责人 and 分管领导 are persons who approve (rule 3; round 30); 「提前3个工作日」 — a time before an event with no "
           "comparison word (round 33): no target, no deadline; " + NODATE),
    one(X04, ["第十二条(专家选用)", "(四)"], TEAM, not_targets=[(5, "个工作日")],
        note="「应急指挥中心救援保障组负责通知专家本人、记录专家工作情况，专家工作活动结束后的5个工作日内，将专家工作情况做好记录」 — A负责 (rule "
             "2); 「…后的5个工作日内」 — " + EVENT),
    A(X04, ["第十三条(评定组织和实施)", "(一)"], [], [],
      note="「(一)每年十二月对专家库内专家工作情况进行评定;」 — no subject: " + SUBJLESS + " (an item under an article, round 37); 「每年"
           "十二月」 is a yearly rhythm, no deadline (round 34: 「每年年底前」 is a rhythm)"),
]
plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title, printed over two lines 「浦东新区应急管理局应急指挥中心」「专家管理办法」 after the cover, or the "
                "notice title (line 1): either (round 46: a title printed over lines is the title as printed)",
     doc_no="浦应急规〔2023〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市浦东新区应急管理局",
     date="2023-08-30",
     date_note="the cover is signed 2023年8月30日 (the index the same); the bureau's party committee passed the rules on "
               "2023年7月31日; in force 2023年10月1日, valid five years to 2028年9月30日",
     level="a district bureau (Shanghai Pudong, emergency management): rules for its command centre's panel of experts — "
           "the pool, its classes, the centre's duties, experts' rights, duties and qualifications, selection, use, yearly "
           "evaluation and fees",
     source=src("区应急管理局关于印发《浦东新区应急管理局应急指挥中心专家管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070317173&siteId=0070", 4274),
     style="a cover (addressees 「局各处(室、中心)、执法支队：」, one sentence, signature, date); the rules' title over two lines; "
           "seven chapters 「第N章 heading」; 17 articles 「第N条(heading)」 on lines of their own (ASCII brackets) with their text "
           "below, items 「(一)…;」 with ASCII semicolons and some ASCII commas; 第十五–十七条 run in 「第N条 text」",
     leaf_tasks=23, count_alternatives=[17, 22, 24, 25],
     leaf_tasks_by_section={"第三条": 1, "第四条": 1, "第五条": 7, "第九条": 1, "第十条": 4, "第十一条": 1, "第十二条": 6,
                            "第十三条": 2},
     childless_top_level_sections=[],
     samples=S04,
     plan_targets=[{"number": 8, "unit": "年",
                    "note": "第八条(三) 「在相关管理部门从事专业工作8年以上」 — a qualification threshold with 以上 in a conditions article "
                            "that is no task: a plan target (round 48)"},
                   {"number": 500, "unit": "元/人",
                    "note": "第十四条(一) 「原则上劳务费标准为每半天500元/人」 — the rules' own fee rate (round 25: a per-unit rate; "
                            "round 38: the rates of a point that is no task are plan targets), the unit as printed (round 54: "
                            "「张/段」)"},
                   {"number": 1000, "unit": "元/人",
                    "note": "第十四条(一) 「…每天1000元/人」 — the same"}],
     phases=[], duties=[],
     notes=["counting: the cover no task; 第一条 (purpose), 第二条 (definition), 第十五–十七条 (interpretation, entry into force, "
            "validity) general provisions (" + GENART + "); 第三条 1; 第四条 1 (RULING? 6; none accepted: 22); 第五条 (一)–(七) 7 "
            "(RULING? 5; one task accepted: 17; (七) 「其他有关服务和管理事宜」 a catch-all duty, counted as the article prints it); "
            "第六条 (experts' rights) and 第七条 (experts' duties) — persons' rights and duties (rounds 36, 45, 48: no tasks, a person "
            "is never a unit); 第八条 (qualifications: conditions, round 35) no task; 第九条 (「专家有下列情形之一的，应当取消专家资格」, "
            "its (一)–(六) only cases) 1 (round 35; no subject); 第十条 (一)–(四) 4 ((五) 「专家采用聘任制，每届任期3年…」 states "
            "the terms of office, text); 第十一条 1; 第十二条 (一)–(六) 6 ((一)'s 「…可采取按专业抽取…」 beside its subjectless "
            "「提出专家使用需求」, (三)'s 「可先使用专家，后补填…申请单」 a case with a later step — both counted as work); 第十三条 (一)(二) "
            "2; 第十四条 (一) (the centre 「将专家劳务费…编入处室年度预算」 — " + PAYER + " — the rates and the payment route "
            "「经…救援保障组统计报…同意，并上报局办公室(组织人事处)审核…后，一事一结，按月计发」, a procedure of approval and payment) and "
            "(二) (the experts' own costs; 「由区应急局予以报销」 pays) — the fund's terms, no tasks (round 46; RULING? 7) → **23**. "
            "Accepted: 17 (第五条 one task), 22 (第四条 none, or 第十二条(三) none), 24 (第十条(五) counted), 25 (第十四条 (一)(二) as "
            "tasks).",
            "units: 应急指挥中心 (the centre, the bureau's own department) and its 救援保障组 (a team of the centre, a body named by "
            "its role, not persons) act by 由A, 负责 and as articles' subjects; 专家库管理组 (第十条) likewise (RULING? 6's "
            "neighbour: no item sets it up); the experts, the 专家组 they form, 负责人, 分管领导, 组长 are persons (rounds 30, 45, "
            "48); 所在单位 and 各街镇应急管理部门 nominate; 相关部门、行业协会等专业机构 only may (可).",
            "dates: 2023年7月31日 (the meeting), 2023年8月30日 (signature), 2023年10月1日 (in force), 2028年9月30日 (validity); "
            "「每年十二月」「每年…一次」 rhythms; 「提前3个工作日」「5个工作日内」 times from events — no deadline, no phases; no duties "
            "(the experts' updates are persons' reports on themselves; the fee claim 上报局办公室…审核 is sent for approval, round 46).",
            "figures: targets 10 名 (第三条), 2 人 (第四条); plan targets 8 年 (第八条), 500 元/人 and 1000 元/人 (第十四条); not "
            "targets 3 个月 (第十一条), 3 个工作日 and 5 个工作日 (第十二条), 1 次 (第五条(六)); not checked: 「不超过68周岁」 (an age "
            "band naming a group of persons, round 31), 「4小时以内」「超过4小时且在8小时以内」 (bands that pick the fee rate, "
            "in a point that is no task), 「两年内」 (a case of 第九条), 「每届任期3年」 (a term, no comparison word), "
            "沪财行〔2019〕104号"])

# Round 61 (align83): x246_04 第五条(七) aligned to tests/data/CONVENTIONS.md "Round 83 rulings, written early" (Tasks and
# counts: the duty lists' catch-all last lines, governs), which named it for a later alignment (README, round 61)
from aligned_rulings import align83  # noqa: E402

align83("x246_04", None, "「第五条(管理部门和职责) …管理的主要职责为：…(六)每年组织召开一次专家工作会议…;(七)其他有关服务和管理事宜。」 (第五条(七)): a line naming no act of its own, only the duties other texts give, as the last line of a duty list is text (Round 77's x299_01 第六条 and round 66's x271_05, each line read by its words, over round 55's x246_04 第五条 count, which confirmed the 23 with the catch-all counted without asking of it); not sampled",
        "Tasks and counts, governs: Round 77's x299_01 第六条 and round 66's x271_05 over round 55's x246_04 第五条 count; 第五条 7 → 6, 23 → 22, the count with it stays accepted",
        counts={"leaf_tasks": 22, "count_alternatives": [17, 21, 23, 24, 25],
                "leaf_tasks_by_section": {"第三条": 1, "第四条": 1, "第五条": 6, "第九条": 1, "第十条": 4, "第十一条": 1,
                                          "第十二条": 6, "第十三条": 2}})

write_collected(DIR)
