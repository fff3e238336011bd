# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next244/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 49 (built by helper c244): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or
by ``starting`` below for an unnumbered paragraph); every answer was written here by reading the texts, with
../CONVENTIONS.md (all of it, the "Round 51 rulings", "Round 52 rulings, written early" and "Round 53 rulings, written
early" included) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the lead
scores it first.

    PYTHONPATH=. python tests/data/plans-next244/make_expected.py tests/data/plans-next244
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
src = shanghai_source


def starting(file, start):
    """Line and first eight characters of the one line that starts with ``start`` (an unnumbered paragraph)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, ln in enumerate(lines) if ln.strip().startswith(start)]
    assert len(hits) == 1, (file, start, hits)
    return {"line": hits[0] + 1, "title_starts": lines[hits[0]].strip()[:8]}


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb is not a unit; round 44 "
          "(decided) reads any verb of doing only in 第X条 articles, and round 45 keeps headed points out of it")
ARTICLE = ("round 45: headed points that read like articles are not articles — the closed-list reading is the answer and "
           "the article reading (the subject of a verb of doing) is accepted beside it (`responsible_alternatives`)")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
HEADED = ("round 34 (written early) / round 51 (p47b): a childless headed point whose text gives work (a rule-2 doer, or "
          "work given to the plan's bodies) is a task")


# ---------------------------------------------------------------------------------------------------------
X01 = "x244_01_shi-zhujianwei-2021-xiangcun-jianzhushi-minglu-shishi-yijian.txt"
P01 = "关于建立上海市乡村建筑师名录的实施意见"
N01 = "关于印发《" + P01 + "》的通知"
COMM = "市住房城乡建设管理委"
TOWNS = "各镇（乡）人民政府"
INST = "所在设计院"
NAME01 = ("「上海市住房和城乡建设管理委员会(以下简称“市住房城乡建设管理委”)」 in 三、's lead-in: where the short name is printed "
          "the unit is the short name as printed (rounds 38, 43: names given through 以下简称 read as X where X is printed; no "
          "alias is rewritten)")
FORWARD01 = ("the cover's 「附件：」 line (line 35) names the document it forwards, printed after it: a forwarding notice and its "
             "document are one plan, the tasks the forwarded document's items (round 30 「Two documents under one cover」; "
             "round 49 on x229_04)")

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the forwarded document's own title (line 37) or the notice title (lines 1 and 25): either (round 30: the "
                "document's title or the notice's)",
     doc_no="沪住建规范〔2021〕2号 (printed in the text, lines 11 and 21; the index gives no number)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2021-03-19",
     date_note="the cover is dated 二○二一年三月十九日 (the index: 2021-03); in force 2021年5月1日, valid to 2025年4月30日",
     level="a city commission (Shanghai's housing and urban-rural construction commission), rules for a roster of rural "
           "architects: conditions, the architects' work, selection procedure, roster management and use, incentives, "
           "organisation",
     source=src("工程建设管理", N01 + ".md",
                "https://zjw.sh.gov.cn/gfxwj/20210323/90834d974dae442c9d51d9f21caa5f42.html", 2832),
     style="the notice title; the commission site's metadata block (索取号, 载体类型, 发布机构, 文件编号 「沪住建规范〔2021〕2 号」 …, "
           "内容描述), the number, the issuer, the title again, addressees, a one-sentence cover 「…现印发给你们，请认真按照执行。」, "
           "「特此通知。」, the date, 「附件：」 on a line of its own, then the document: its title, a preamble, eight headed points "
           "一、–八、 — 一、 and 二、 with （一）… items, 三、 with a lead-in, （一）推荐 over 1.–3., （二）审核 and （三）培训 heading "
           "lines over one paragraph each, 四、 and 五、 paragraphs only, 六、 and 七、 with （一）… items, 八、 the entry into force; "
           "the site's 「相关稿件」 line closes the page",
     leaf_tasks=11, count_alternatives=[9, 12, 15, 18, 22],
     leaf_tasks_by_section={"三、（一）推荐": 3, "三、（二）审核": 1, "三、（三）培训": 1, "四、名录管理": 1, "五、名录使用": 1,
                            "六、配套措施": 1, "七、组织领导": 3},
     childless_top_level_sections=["八、施行日期"],
     samples=[
        S(["三", "（一）", "1"], [], [INST], lead_alternatives=[[INST]],
          responsible_alternatives=[["设计院"], ["所在设计院（须具备建筑设计专业乙级及以上或风景园林设计甲级资质）"]],
          note="三、遴选程序's ways of recommendation, each a numbered item naming who recommends whom (round 40: an item's work "
               "split by its objects gives each its doer; round 51 (q47b): items that each carry their own response are "
               "items) — the count with （一） as one task is accepted; 「…建筑师由所在设计院（须具备…资质）推荐」 — 由A＋a verb "
               "of doing, 「由A推荐」 A a doer (round 36); the name as printed (round 40: 「所在镇(街道)武装部」), the bracket "
               "that states the institute's required grade read as a condition, not an alias, and left out (RULING? 2: the "
               "bare 设计院 (round 38's 所 dropped) and the name with its bracket accepted); 「乙级及以上」 a grade, no "
               "figure; " + ONE_LEAD + "; " + NODATE),
        S(["三", "（一）", "2"], [], [INST, "各区建设行政管理部门", "相关行业学会（协会）"], lead_alternatives=[[INST]],
          note="「…由所在设计院（…）与各区建设行政管理部门或者相关行业学会（协会）联合推荐」 — 「由A与B共同＋verb」: A and B are both "
               "doers, no lead (round 30; round 37 「由A与B配合＋verb」), read so with 联合 after 与B (RULING? 1: round 48 "
               "reads 「A将与B联合…」 as 会同, lead A — accepted); 或者 joins two alternative doers (round 30 「由A或B指定专人负责」; "
               "round 49 「部门或机关」 → two names); 「相关行业学会（协会）」 a kind (相关 before a kind, rounds 33, 34 「相关行业"
               "协会」), its bracket one alias kept (round 37); 「取得建设单位认可」 — an approver, no unit (rule 3); " + NODATE),
        S(["三", "（一）", "3"], [], ["设计院", "所在单位"], lead_alternatives=[["设计院"]],
          responsible_alternatives=[["设计院"]],
          note="「…须依托设计院（…），由设计院与所在单位联合推荐」 — 由A与B＋verb: both doers (round 30), as in 2.; 「所在单位」 — the "
               "staff member's own employer, a body named by its role to the person, kept as printed (round 40's 所在…; "
               "RULING? 2: or 单位 standing for any body, the bare catch-all of round 33 — [设计院] accepted); " + NODATE),
        S(["三", "（二）"], [], [],
          note="「对推荐人员进行审核，重点审查其工作经历、项目业绩等情况。」 — a subjectless rule point giving work (round 43: tasks "
               "where they give work; round 40: items naming no unit are tasks where they give work): " + NONE + "; 三、's "
               "lead-in 「依据…发布的…遴选条件，符合条件的人员通过以下程序…」 has no rule-2 clause, so rule 4 gives nothing; "
               + NODATE),
        S(["三", "（三）"], [], [COMM], lead_alternatives=[[COMM]],
          note="「对通过审核的人员…开展专项培训。经培训合格的人员，由市住房城乡建设管理委纳入乡村建筑师名录进行统一管理。」 — 由A＋a verb "
               "of doing (round 34: 「由A＋any verb of doing」; round 43: 由A进行＋work) → 市住房城乡建设管理委; 「经培训合格的人员」 "
               "names the objects of the step, not a contingency (round 42: 「…的，由A…」 is the article's own step); " + NAME01
               + "; 开展 without 组织 names no doer (round 30); " + ONE_LEAD + "; " + NODATE),
        S(["四"], [], [COMM], lead_alternatives=[[COMM]], not_targets=[(3, "年")],
          note=HEADED + "; 「市住房城乡建设管理委将委托第三方机构负责乡村建筑师名录日常管理工作」 — a pivot without 由 「A委托B负责…」 "
               "reads as 「由A委托B」: A a doer, B (the commissioned 第三方机构) no unit (rounds 33, 35; round 53 on x243_03: "
               "the commissioned company no unit); 将 changes nothing (round 47, p45c); 「相关细则…将另行发布」 is no work of "
               "its own (round 39: 「实施细则由A另行制定」); " + ONE_LEAD + "; 「三年有效期满后须重新审核」 — a term of validity "
               "with no comparison word (round 40: 「一般为3-5年」 no target) → 3年 not a target; 「定期进行审核、培训」 a rhythm "
               "with no date: " + NODATE),
        S(["五"], [], [], responsible_alternatives=[[TOWNS]],
          note=HEADED + " (the towns' choice of architects and the contracts they sign); 「各区建设行政管理部门可以…确定…」「具体"
               "操作细则可由各区建设行政管理部门自行研究制定」 — options (round 34: 「可…」; round 40: 可 reaches every verb joined "
               "to it), no doer; 「各镇（乡）人民政府…采取…方式确定乡村建筑师及其单位，并与单位签订服务合同」 — 采取, 确定 and 签订 "
               "(without 由, round 42) are no rule-2 verbs (" + CLOSED + "); 「…费用由各镇（乡）人民政府列入经费预算」 — a cost "
               "verb, a payer (round 48: 纳入／列入…预算): " + NONE + "; " + ARTICLE + " ([各镇（乡）人民政府]); the three "
               "paragraphs each name a body and are one task of the point (rounds 34, 40; Round 54 question 6); " + NODATE),
        S(["六", "（五）"], [], [], responsible_alternatives=[[COMM]],
          note="六、配套措施 （一）–（四） state the scheme's incentives — 「…可作为职称评审的重要内容」「…可抵扣…学时」 (options and a "
               "right of persons: round 49 p46b, an item that only lists options gives no work), 「…给予倾斜」「…的成效作为…重要考虑"
               "因素」 (terms with no doer and no 要／应: round 46 on x204_04, round 48 on x220_01) — no tasks (RULING? 3; 12 and "
               "15 accepted); （五） 「市住房城乡建设管理委对组织优秀的区、镇（乡）人民政府…进行通报表扬」 gives work (a body commends) "
               "→ a task; 进行 without 由 is not 实施 (round 37: 「A对…进行审批」 names no doer): " + NONE + "; " + ARTICLE
               + "; the commended 区、镇（乡）人民政府 and architects are objects, no units; " + NODATE),
        S(["七", "（一）"], [], [COMM], lead_alternatives=[[COMM]],
          note="「市住房城乡建设管理委负责本市乡村建筑师名录工作的统筹指导、管理和考核评估」 — A负责… (rule 2; round 30: 「A负责指导…」 "
               "is A负责): a doer; a 组织领导 item naming a unit is a task (round 33); " + ONE_LEAD + "; " + NODATE),
        S(["七", "（二）"], ["各区建设管理部门"], ["各区建设管理部门"], lead_alternatives=[[]],
          note="「各区建设管理部门负责牵头协调推进…使用落地，负责对镇（乡）人民政府相关工作情况进行考核，积极引导和帮助镇（乡）人民政府"
               "用实用好乡村建筑师」 — 「A牵头（负责）」 (rule 2): lead A, responsible A (round 44: 「发挥…牵头作用」 is 牵头, its "
               "subject the lead), lead [] accepted; 各区… a kind (round 32); the towns guided and helped are objects of "
               "引导／帮助, no units (round 30's pivot; no work heading: 组织领导 names no duty word, round 38); " + NODATE),
        S(["七", "（三）"], [], [TOWNS], lead_alternatives=[[TOWNS]],
          note="「各镇（乡）人民政府是乡村建筑师名录使用的实施主体，应…认真选好用好乡村建筑师」 — a designation 「A是该项工作的具体工作"
               "部门」 (round 37; round 32 「明确A为责任主体」; round 33): a doer; 各镇（乡）人民政府 a kind, the bracket kept "
               "(round 34: a bracket after a name stays with it); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: " + FORWARD01 + "; the site's metadata block (lines 3–19) and the closing 「相关稿件」 lines are the "
            "site's chrome (round 40), the cover's 「请认真按照执行」 no task; the preamble (「本市组织建立…」, 本市 a place, round "
            "43) no task; 一、遴选条件 （一）（二） are conditions the persons must meet, a list that gives no work (round 35; round "
            "52 on x236_01 三、具备条件), no tasks; 二、工作内容 （一）–（七） are the rural architects' own work — hired persons' "
            "duties (rounds 36, 45, 48: 「三师」, 责任建筑师团队), no tasks, and its closing 「具体工作内容由镇（乡）人民政府…自行决定」 "
            "is the towns' own choice (round 42: 「由A自主选择…」), no work; 三、（一） 1.–3. 3, （二） 1, （三） 1; 四、 1; 五、 1; "
            "六、 （五） 1 (（一）–（四） incentives that give no work, RULING? 3); 七、 （一）–（三） 3; 八、 the entry into force "
            "(round 30) → **11**. Accepted: 9 (三、（一） as one task), 12 (六、（三） too), 15 (六、 all five), 18 (11 with 二、's "
            "seven persons' duties, round 45: the count with them accepted), 22 (15 with them).",
            "units: 市住房城乡建设管理委 by 由A纳入, 委托B负责, A负责; 各区建设管理部门 by 负责牵头; 各镇（乡）人民政府 by a designation "
            "(是…实施主体); the recommenders by 「由A推荐」「由A与B联合推荐」; 各区建设行政管理部门 elsewhere only with 可以／可由 "
            "(options); persons (建筑师, 教师和研究人员, 工作人员, 项目负责人) never units; the addressees 「各涉农区建设行政管理部门，各有关"
            "单位」 only in the cover",
            "dates: 二○二一年三月十九日 (the cover), in force 2021年5月1日, valid 2021年5月1日 – 2025年4月30日 (a validity, no "
            "deadline, round 45), 2021年中央一号文件 and 十九届五中全会 (names); no item is dated: no deadline, no phases, no "
            "duties (nothing is sent to another body)",
            "figures: no targets; not targets 三年 (a validity term), 乙级 / 甲级 (grades), 沪府令16号, 3589258689/2021-00011 "
            "(the site's index number), 第（一）～（三）项 (references)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x244_02_shi-jiaotongwei-2021-xunyou-chuzu-qiche-yunjia-fudong-shishi-guize.txt"
N02 = "上海市交通委员会、上海市发展和改革委员会关于本市市域巡游出租汽车运价浮动实施规则的通知"
OPER = "市域巡游出租汽车经营者"
LEADIN02 = ("五、's lead-in 「为严格落实行业明码标价制度，市域巡游出租汽车经营者在实行运价浮动时，必须配套做好以下工作：」: the subject of "
            "the colon lead-in is the subject of each item's own verb (round 50, x233_03), but 显示, 张贴, 开展 are no rule-2 verbs "
            "outside articles (" + CLOSED + "), and 「为严格落实…」 is a purpose clause that states an aim and names no doer "
            "of its own (round 44: 「确保工作能尽快组织实施」; RULING? 4) — so rule 4 gives nothing either; the operators, a "
            "trade's regulated parties by their kind (Round 54 question 2), are accepted as the article reading (round 45)")

plan(X02,
     title=N02,
     title_note="the notice title (line 1); the rules it sets 「市域巡游出租汽车运价浮动实施规则」 are not printed as a title of "
                "their own",
     doc_no="沪交道运 〔2021〕1119号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市交通委员会 with 上海市发展和改革委员会 (two signatures 「市交通委」「市发展改革委」)",
     date="2021-12-30",
     date_note="the notice is signed 二○二一年十二月三十日 (the index: 2021-12-31); in force 2022年1月15日",
     level="two city bodies (Shanghai's transport commission and development and reform commission), rules of a fare-float "
           "scheme for cruising taxis: principle, scope, cycle, the float rules, filing, conditions, and what operators "
           "must do",
     source=src("工程建设管理", N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=15bd574a2b96443c9d6e10ee1ca4ae12&siteId=0010", 1606),
     style="addressees 「各相关单位：」, a preamble; headed points 一、–五、 over paragraphs, 四、 with （一）–（三） heading lines "
           "(（三） over items 「1．」–「4．」 with a full-width point and a closing sentence), 五、 a colon lead-in over （一）–（三）; "
           "「六、本通知自2022年1月15日起实施。」 a numbered entry into force; two signatures and the date; blank lines between "
           "all paragraphs; clock times 「7:00（含）~10:00」 and ranges with 「~」",
     leaf_tasks=4, count_alternatives=[3, 7, 8],
     leaf_tasks_by_section={"四、（二）操作方式": 1, "五、配套保障": 3},
     childless_top_level_sections=["一、实施原则", "二、实施对象", "三、实施周期", "六、本通知自2022年1月15日起实施。"],
     samples=[
        S(["四", "（二）"], [], ["托管公司"], dl="2022年1月10日前", dln="2022-01-10", lead_alternatives=[["托管公司"]],
          responsible_alternatives=[[]],
          note="「市域巡游出租汽车经营者可…每年6月15日前向市道路运输发展中心报备下一个周期运价浮动方案，个体工商户由托管公司统一报备，"
               "于当年7月1日起实施。」「首次运价浮动方案于2022年1月10日前完成报备。」 — the operators' own filing is a regulated "
               "party's filing (rounds 30, 34; round 52 on x236_03: an applicant's own filing step is a rule for the "
               "applicant), no unit and no duty, and 可 reaches it (round 40); 「由托管公司统一报备」 for the individual "
               "operators is an agent doing it for others — 「由A代为申报」 is a doer (rounds 34, 40) — so the item gives work "
               "to a body and is a task (RULING? 5: or round 48's sending under 由, no doer, and the item a filing rule, no "
               "task — count 3 and none accepted); the receiver 市道路运输发展中心 no unit (rule 3); " + ONE_LEAD + "; "
               "deadline: 「每年6月15日前」 is a rhythm (round 34), the one-off 「于2022年1月10日前」 the item's deadline "
               "(round 35: a one-off date inside yearly rhythms) → 2022-01-10; no duty (a party's own filing, rounds 41, 48)"),
        S(["五", "（一）"], [], [], responsible_alternatives=[[OPER]],
          note="「（一）在车辆顶灯分时段显示浮动幅度；」 — one of the work items the lead-in gives (round 44: two or more numbered "
               "requirements inside a point are items; round 49's x228_04: items that each give work by a verb): " + NONE
               + "; " + LEADIN02 + "; " + NODATE),
        S(["五", "（二）"], [], [], responsible_alternatives=[[OPER]],
          note="「（二）在车内显著位置规范张贴浮动方案；」 — " + NONE + "; " + LEADIN02 + "; " + NODATE),
        S(["五", "（三）"], [], [], responsible_alternatives=[[OPER]],
          note="「在运价浮动实施前，开展驾驶员宣贯及操作培训…同时，要求驾驶员在乘客上车时，主动提示…」 — 开展 without 组织 (round 30); "
               "the drivers are persons, the objects of 要求 (round 30): " + NONE + "; " + LEADIN02 + "; 「在运价浮动实施前」 "
               "is a time from an event (round 34): " + NODATE),
     ],
     plan_targets=[
        {"number": 5, "unit": "%",
         "note": "一、 「浮动幅度分为+5%、0、-5%三档」 — the scheme's own rate (round 25; round 38 「每立方米加收0.8元」) in a point "
                 "that states the scheme's terms and is no task (round 46 on x204_04): a plan target (round 46: 0.05元)"},
        {"number": 2, "unit": "次",
         "note": "四、（三）3. 「被交通执法部门责令两次及以上暂停营业的，下一个周期不得实施运价浮动」 — a count with 及以上 in a "
                 "condition clause of its own that triggers the exclusion (rounds 30, 36: 「查实3起及以上…的」; round 49: a figure "
                 "in a condition clause is a trigger), in a conditions list that is no task (round 48: thresholds in "
                 "conditions that are no tasks are plan targets)"},
        {"number": 3, "unit": "次",
         "note": "四、（三）4. 「所属营运车辆发生三次以上严重违法案件的」 — 以上, a trigger, as 3. (round 30's line; round 48)"}],
     phases=[], duties=[],
     notes=["counting: the preamble no task; 一、实施原则 (the fare form and its three bands, 「由…经营者…自主选择一档执行」 the "
            "operators' own choice, round 42 / round 53 on x243_01) and 三、实施周期 (the cycle and the first cycle's dates) "
            "state the scheme's terms with no doer and no 要／应 (round 46 on x204_04; round 48 on x220_01) — no tasks; 二、实施"
            "对象 a scope (round 30); 四、（一）浮动规则 — what the operators 可选择 in each period, options only (round 49 p46b) — "
            "no task; 四、（二） 1 (RULING? 5); 四、（三） 1.–4. are conditions that bar an operator from floating, a list of "
            "conditions that gives no work (round 35; Round 54 question 9), no tasks — the count with them as four items is "
            "accepted (round 44: numbered 「不得…」 prohibitions inside an item as items); 五、 （一）–（三） 3; 六、 the entry into "
            "force, numbered but a general provision (round 30) → **4**. Accepted: 3 (四、（二） as the operators' filing rule, "
            "no task), 8 (4 with 四、（三）'s four items), 7 (3 with them).",
            "units: only 四、（二） names a doer by rule 2 (an agent under 由, RULING? 5); the operators act by verbs outside "
            "rule 2 in headed points (the article reading accepted, round 45; Round 54 question 2); 市道路运输发展中心 receives "
            "filings (rule 3); 交通执法部门 and 托管公司 inside conditions; 个体工商户 the operators who are persons' businesses; "
            "drivers and passengers persons; the addressees 「各相关单位」 a catch-all",
            "dates: 二○二一年十二月三十日 (the signature), in force 2022年1月15日 (六、), the first cycle 2022年1月15日 to "
            "2022年6月30日 and the cycle 「每年7月1日~次年6月30日」 (terms, no deadline), 「每年6月15日前」 and 「于当年7月1日起实施」 "
            "(rhythms), 「于2022年1月10日前完成报备」 (四、（二）'s deadline); no phases (a cycle is no named stage, round 32); no "
            "duty (the operators' filings to 市道路运输发展中心 are a regulated party's own filings, rounds 32, 41, 48, 52)",
            "figures: plan targets 5% (一、), 2次 / 3次 (四、（三）3.–4.); not targets 0 (the middle band), 7:00 / 10:00 / 16:00 "
            "/ 19:00 (clock times), 「三年内」「一年内」 (look-back windows from an event), 「有两次为B级的」 (no comparison word), "
            "国办发〔2016〕58号"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x244_03_shi-zaifangwei-2021-anquan-fazhan-zonghe-jianzai-shifan-shequ-mingming-tongzhi.txt"
N03 = ("上海市自然灾害防治委员会  上海市安全生产委员会关于命名浦东新区曹路镇社区等50个社区为2021年度上海市安全发展和综合减灾"
       "示范社区的通知")
P03 = "各区要牢固树立安全发展理念"

plan(X03,
     title=N03,
     title_note="the notice title (line 1), as printed with two spaces between the two issuers (the scorer squashes "
                "whitespace)",
     doc_no="沪灾防委〔2021〕5号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市自然灾害防治委员会 with 上海市安全生产委员会 (one signature line; the index lists 上海市应急管理局)",
     date="2021-12-16",
     date_note="the notice is dated 2021年12月16日 (the index the same)",
     level="two city committees (Shanghai's natural-disaster and work-safety committees), a notice naming 50 model "
           "communities, with one paragraph of work for the districts",
     source=src("工程建设管理",
                "上海市自然灾害防治委员会 上海市安全生产委员会关于命名浦东新区曹路镇社区等50个社区为2021年度上.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=87b2904a581d4d359d02f428ff41400f&siteId=0037", 1829),
     style="addressees, then two unnumbered paragraphs with no blank line between them (what was done and the decision to "
           "name; the districts' work), 「附件：…名单」, one signature line for two bodies, the date; after a bare 「附件」 line "
           "the list's title over two lines and 50 numbered lines 「1.浦东新区曹路镇社区」…「50.…」 (the attachment)",
     leaf_tasks=1, count_alternatives=[2],
     leaf_tasks_by_section={"(unnumbered paragraphs)": 1},
     childless_top_level_sections=[],
     samples=[
        S([P03], [], ["各区"], lead_alternatives=[["各区"]], **starting(X03, P03),
          note="unnumbered paragraphs of a notice with no numbering, each giving work, are its tasks, the path by first words "
               "(round 38; plans-next147 x147_07); 「各区要…深入组织开展上海市安全发展和综合减灾示范社区创建」 — 组织开展 (rule 2; "
               "round 34: 组织＋work) with 各区, a kind of body (round 32: 各区 is a kind, a doer with a rule-2 verb; not a "
               "general call like 各地); " + ONE_LEAD + "; 「不断」「持续」 name standing work and no date: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the first paragraph reports what was done in 2021 (开展了, 进行了实地考评) and states the decision to name "
            "the communities — past facts and a decision the notice itself makes, no work given (round 46 on x206_01: review "
            "sections that report past results give no work) — no task; the second paragraph 1 → **1**. Accepted: 2 (the "
            "first paragraph as a task). The 50 numbered lines after the 「附件」 line are the attachment's list of names, not "
            "tasks (tasks are counted to the 附件 line, plans-dev EXPECTED.md; a list that gives no work, round 35)",
            "units: 各区 (组织开展); 「市自然灾害防治委员会办公室牵头，联合市安全生产委员会办公室成立市级评审工作组」 in the first paragraph "
            "reports past work in a paragraph that is no task; the addressees 「各区自然灾害防治委员会、安全生产委员会」",
            "dates: 2021年 (the year of the past work), 2021年12月16日 (the date), 2021年度 (the title's year of the honour); no "
            "deadline, no phases, no duties",
            "figures: no targets — 50个 (the number of communities named, a decision's result), 沪灾防委〔2021〕3号, the list's "
            "numbers 1.–50."])

# ---------------------------------------------------------------------------------------------------------
X04 = "x244_04_shi-jiaotongwei-2021-zidong-jiashi-zhineng-hangyun-xiandao-yingyong-shidian-shenbao-tongzhi.txt"
N04 = "上海市交通委员会关于组织申报自动驾驶和智能航运先导应用试点工作的通知"
JTW = "上海市交通委员会"
P04 = "上海市交通委员会将在"

plan(X04,
     title=N04,
     title_note="the notice title (line 1; printed again on lines 3–4 with the issuer over the title, round 46 on x210_03: "
                "the same string)",
     doc_no="沪交科〔2021〕989号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市交通委员会",
     date="2021-11-25",
     date_note="the notice is dated 二〇二一年十一月二十五日 (the index: 2021-11-26)",
     level="a city commission (Shanghai's transport commission), a call for applications to a national pilot of "
           "autonomous driving and smart shipping: what applicants send by when, and the commission's own review",
     source=src("工程建设管理", N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=cf86a1a7a3194613a98bb85847f484ed&siteId=0010", 1030),
     style="the title, the issuer and the title again over two lines, addressees 「各有关单位：」, three unnumbered paragraphs "
           "with no blank lines between them (the basis, ending 「现将有关事项通知如下：」; the applicants' step with a mailbox; "
           "the commission's review), a contact line with persons and phone numbers, 「附件：」 naming the ministry's notice "
           "(not printed), the date",
     leaf_tasks=1, count_alternatives=[2],
     leaf_tasks_by_section={"(unnumbered paragraphs)": 1},
     childless_top_level_sections=[],
     samples=[
        S([P04], [], [JTW], dl="2021年12月15日前", dln="2021-12-15", lead_alternatives=[[JTW]], **starting(X04, P04),
          note="unnumbered paragraphs of a notice with no numbering, each giving work, are its tasks, the path by first words "
               "(round 38); 「上海市交通委员会将在2021年12月15日前组织试点方案评审工作」 — 组织＋work (round 34) makes the subject a "
               "doer, the issuer speaking of itself included and 将 with a date before the verb changing nothing (round 47, "
               "p45c; round 30 「我委」); 进行论证／进行审核 add no other body; " + ONE_LEAD + "; deadline: the item's own date "
               "「在2021年12月15日前」 → 2021-12-15; 「择优向交通运输部科技主管部门推荐」 after 「审核、确认后」 passes the applicants' "
               "plans on after the commission's own step — an undated duty (round 46; round 49 on x228_03; round 47 on x212_02: "
               "a sending after an event is undated), the ministry's department a receiver, no unit (rule 3)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "对申报单位提交的申报书进行审核、确认后，择优向交通运输部科技主管部门推荐",
              "when": "审核、确认后", "when_norm": None,
              "note": "the commission passes the applicants' plans on after its own review (round 46: a plan body passing "
                      "others' papers on after its own step; round 49 on x228_03; round 48's 转报): an undated duty (a time "
                      "from an event, round 34); the applicants' own sending by 2021年12月5日 is no duty (below)"}],
     notes=["counting: the preamble (basis, 「现将有关事项通知如下：」) no task; the second paragraph 「按照单位自愿申报、主管部门推荐的"
            "方式，请相关单位…填写…申报书，形成相关试点方案，并于2021年12月5日前将试点方案发送至…受理邮箱…，逾期不予受理。」 is the "
            "applicants' own step — a rule for the applicant in a notice (round 52 on x236_03: no task and no duty; round 48 on "
            "x222_03: offering one's own project for a decision is a step of approval, no duty), addressed to 相关单位, a "
            "catch-all (round 33), and 「主管部门推荐」 a principle of roles (round 41) — no task; the third paragraph 1 → **1**. "
            "Accepted: 2 (the applicants' paragraph as a task, round 52: 9 stays accepted there).",
            "units: 上海市交通委员会 (组织＋work); 相关单位 / 申报单位 applicants; 主管部门 in a principle of roles; persons 周老师, "
            "石老师 never units; 交通运输部科技主管部门 a receiver",
            "dates: 2021年12月5日前 (the applicants' sending, in a paragraph that is no task), 2021年12月15日前 (the commission's "
            "review, its task's deadline), 二〇二一年十一月二十五日 (the date); no phases",
            "figures: no targets — 2个 (「区分自动驾驶、智能航运等2个试点任务领域」, a count of kinds in the applicants' paragraph), "
            "交办科技函〔2021〕1749号, phone numbers 021-23115231 …, 13167524074 …"])

write_collected(DIR)
