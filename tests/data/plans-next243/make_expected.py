# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next243/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 48 (built by helper c243): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, through the "Round 51 rulings")
applied to every item. Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next243/make_expected.py tests/data/plans-next243
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
src = shanghai_source

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb is not a unit (round 44 "
          "reads any verb of doing only in 第X条 articles; round 45 keeps headed points and numbered items out of it)")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CARRY = "round 34: an elided subject carries over inside one paragraph"
WORK_NO_UNIT = ("an item naming no unit in a plan whose tasks name units elsewhere is a task where it gives work (round 40; "
                "round 49 p46e; the count without such items accepted)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x243_01_shi-fagaiwei-2022-wushui-ziyuanhua-liyong-shishi-fangan.txt"
P01 = "上海市推进污水资源化利用实施方案"
GOAL01 = ("一、（三）总体目标's 「到2025年…到2035年…」 are the goal's dates (round 44 decided: a goal date stated once in a 目标 "
          "point is not every item's deadline; an item takes a deadline only from its own text, its section or stage, or a "
          "campaign span)")
ANNEX01 = ("the plan's own 「附件：《…》市级部门分工方案」 line ends the counted text (EXPECTED.md: tasks are counted to the plan's "
           "附件 line; round 49 on x229_04); the attachment's 牵头单位／参加单位 items restate the body's works under their own "
           "numbers, and the body's items take none of their units (round 45: body items repeated in an attached task "
           "table — the rows carry the units, no rows are linked to items by their words)")
DOC1 = ("the attachment numbers its items with the same paths (二、（四）–（九）, 三、（十）–（十三）, 四、（十四）（十五）): "
        "`document=1` binds this sample to the body (round 41's scorer key), title_starts tells the two apart besides")

plan(X01,
     title=P01 + "（关于印发《" + P01 + "》的通知）",
     title_note="the plan's own title (line 35) or the cover notice's title (line 1): either",
     doc_no="沪发改环资〔2022〕6号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会 with 上海市水务局, 上海市科学技术委员会, 上海市经济和信息化委员会, 上海市财政局, 上海市规划和自然资源局, "
            "上海市生态环境局, 上海市住房和城乡建设管理委员会, 上海市农业农村委员会, 上海市市场监督管理局 (ten signatures, one a line; "
            "the index lists 上海市发展和改革委员会)",
     date="2022-01-27",
     date_note="the cover is dated 2022年1月27日 (the index the same); the plan is in force from 2022年2月1日",
     level="ten city commissions and bureaus (Shanghai), an implementation plan for using wastewater as a resource: general "
           "requirements, key fields, key works, mechanisms and safeguards in continuous points （一）–（十八）, with a "
           "division-of-work attachment",
     source=src("工程建设管理", "关于印发《上海市推进污水资源化利用实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0b252c29910c403ebf129456f1ffb409&siteId=0025", 5533),
     style="a forwarding cover (addressees, one paragraph 「现将…印发给你们。请…认真贯彻落实。」, the entry into force, a 「附件：」 "
           "line, ten signatures, the date); 「附件」 and the plan's title; a preamble; 一、–五、 heading lines over points numbered "
           "（一）–（十八） straight through the sections, each a run-in heading 「（四）加快推动…。」 and one paragraph (（二）基本原则 "
           "a heading line over four run-in principle paragraphs); the plan's own 「附件：…市级部门分工方案」 line, then the "
           "attachment: 一、–四、 over （一）–（十五）, each a heading line and two label lines 「牵头单位：…」「参加单位：…」; blank lines "
           "between all paragraphs",
     leaf_tasks=15, count_alternatives=[3, 18, 30],
     leaf_tasks_by_section={"二、": 3, "三、": 6, "四、": 3, "五、保障措施": 3},
     childless_top_level_sections=[],
     attachment_task_rows=0,
     samples=[
        S(["二", "（四）"], [], [], document=1,
          note="「各郊区系统分析…，…因地制宜规划布局再生水利用基础设施」 — 分析, 规划布局 are no rule-2 verbs (" + CLOSED + "); "
               "「有条件的地区可依托…」 — 地区 a no-kind word (round 32) and 可 an option (round 40); 「城镇污水厂周边企业应优先考虑"
               "再生水利用」 — 考虑 no rule-2 verb; 「…未有效利用的，要严格控制新增取水许可」 — a subjectless instruction: " + NONE
               + "; " + WORK_NO_UNIT + "; " + DOC1 + "; " + NODATE + " (" + GOAL01 + ")"),
        S(["三", "（七）"], [], ["各区"], lead_alternatives=[["各区"]],
          note="「各区加大城镇污水收集管网建设力度，实施污水管网破损修复和更新改造，推进…」 — 各区, a kind (round 32), the subject "
               "of 实施 (rule 2) in one sentence (" + CARRY + "); 「推进南干线改造等工程」 stands before any subject (none); the next "
               "sentence 「实施浦东、嘉定、青浦等区污泥干化焚烧设施建设」 carries 各区 (round 34) and adds no other body (浦东、嘉定、"
               "青浦等区 are places inside the object, round 40: a body inside the object names no unit); " + ONE_LEAD + "; "
               + NODATE),
        S(["三", "（八）"], [], [],
          note="「鼓励在重点排污口下游、…化工园区等因地制宜建设人工湿地…」 — 鼓励 names no doer (round 40), 化工园区 a place in the "
               "object; 「可用于…」 an option: " + NONE + "; a headed work item is a task though it names no body (round 49: "
               "鼓励 and 可 decide doers, not whether a headed work item is a task); " + NODATE),
        S(["三", "（九）"], [], [], [(20, "家"), (50, "家")],
          note="「…高耗水行业加强企业内部废水利用，创建工业企业水效领跑者20家，节水型企业50家」 — 加强, 创建 are no rule-2 verbs and "
               "高耗水行业 is a sector, no body: " + NONE + "; 20家, 50家 — the item's own numbers of work to reach (round 44: a "
               "count of work done 「改造100户」 stays a target; round 37: an item's own number to build) → targets; "
               + WORK_NO_UNIT + "; " + NODATE),
        S(["三", "（十）"], [], [], [(80, "%")], document=1,
          note="「支持种养结合…」「发展绿色生态渔业…，规划内80%的保留水产养殖场完成尾水治理设施建设和改造」 — 实施 opens the item "
               "with no subject (a subjectless instruction, round 34 early), 支持 names no doer (round 40): " + NONE + "; 80% — "
               "the share of farms the item's work must reach (round 44: a count of work done is a target; round 25: the "
               "plan's quantities) → a target; " + WORK_NO_UNIT + "; " + DOC1 + "; " + NODATE),
        S(["三", "（十二）"], [], ["各区"], lead_alternatives=[["各区"]], document=1,
          note="「各区在城镇生活、公共机构、工业企业、农业园区等领域建设节水型社会示范载体和亮点，重点统筹水务、经信、绿化市容等行业，"
               "实施污水厂达标尾水就近用于…」 — 各区 the subject carried to 实施 (rule 2; " + CARRY + "); 「郊区建成“一区一点”…」 "
               "— 郊区 a place; 「有条件的区域率先创建…」 — 区域 a place, 创建 no rule-2 verb; 「“五个新城”…力争形成…」 — places; "
               "「推进中心城区污水厂开展…」 — the object of 推进, no unit; " + ONE_LEAD + "; " + DOC1 + "; 「一区一点」「一片一点」"
               "「五个新城」 are names, no figures; " + NODATE),
        S(["四", "（十四）"], [], [], responsible_alternatives=[["再生水供应企业", "用户"]], document=1,
          note="「建立使用者付费制度，放开再生水政府定价，由再生水供应企业和用户按照优质优价的原则自主协商定价」 — 由A和B＋自主…: "
               "「由A自主选择…」 is A's own option, like 可 (round 42), so the price the parties set freely is the market the "
               "item opens, not work given to them — RULING? 1 (the 由A与B共同＋verb reading, both doers, round 30, "
               "accepted); 「鼓励企业采用绿色债券…」 — 鼓励 names no doer (round 40): " + NONE + "; " + WORK_NO_UNIT + "; "
               + DOC1 + "; " + NODATE),
        S(["五", "（十六）"], [], ["各区政府"], lead_alternatives=[["各区政府"]], responsible_alternatives=[[]],
          note="「市水务局、市发展改革委加强综合协调，市科委、…、市绿化市容局等部门按照职责分工做好相关工作，…协调解决相关重大问题」 — "
               "加强, 做好, 协调解决 are no rule-2 verbs (" + CLOSED + "; round 30: 协调 is no rule-2 verb), and the heading "
               "「加强组织协调」 has no duty word (round 37: a heading gives out work only by a duty word; round 45: 加强组织领导 a "
               "noun phrase); 「各区政府担负主体责任，制定工作计划…」 — 担负…主体责任 read as 「A承担…主体责任」, a designation "
               "(round 39; round 46: 落实 X的主体责任) → 各区政府 a doer — RULING? 2 (none accepted); " + ONE_LEAD + "; a 保障措施 "
               "item naming a unit is a task (round 33; round 49 p46e); " + NODATE),
        S(["五", "（十七）"], [], [],
          note="「落实《上海市节水行动实施方案》，严格实行用水总量和强度双控制度，强化…。落实…政策规定。加强…监管」 — 落实 with no "
               "subject is an instruction to the plan's bodies (round 49 p46d: with no subject it names no doer, and the item "
               "gives work): " + NONE + "; " + WORK_NO_UNIT + "; " + NODATE),
     ],
     plan_targets=[{"number": 10, "unit": "个",
                    "note": "一、（三）总体目标 「在城镇、工业、农业等领域推进10个污水资源化利用试点项目」 — the goal's own count of "
                            "pilots (round 44: a count of work is a target; a 目标 point is no task, so its figures are the plan's, "
                            "as round 44 decided for its dates)"}],
     phases=[], duties=[],
     notes=["counting: the cover (「请结合本地区、本部门实际，认真贯彻落实」, the entry into force) no task; the forwarded plan is "
            "the plan (CONVENTIONS 'Two documents under one cover': a forwarding notice and its document are one plan); the "
            "preamble no task; 一、总体要求 （一）指导思想 (a stance), （二）基本原则 (four principle paragraphs, round 49: principles "
            "are no tasks in any plan) and （三）总体目标 (goals naming no unit, round 27) no tasks; 二、 （四）–（六） 3, 三、 "
            "（七）–（十二） 6, 四、 （十三）–（十五） 3, 五、保障措施 （十六）–（十八） 3 (round 49 p46e: 保障措施 items that give work) "
            "→ **15**. Units are named in （七）, （十二） (各区 with 实施) and （十六） (a designation), so the plan is one whose tasks "
            "name units and the other items are tasks because they give work (round 40). Accepted: 3 (only the items naming "
            "units, round 40's count without the others), 18 (总体要求's （一）–（三） as leaves), 30 (the attachment's （一）–"
            "（十五） counted as task rows besides). " + ANNEX01 + ".",
            "units: 各区 (（七）, （十二）, with 实施), 各区政府 (（十六）, 担负主体责任: RULING? 2); every other body acts by a verb outside "
            "rule 2 (加强, 推动, 创建, 做好) or is a place (郊区, 有条件的地区, 五个新城, 浦东、嘉定、青浦等区) or a sector (高耗水行业); "
            "由再生水供应企业和用户…自主协商定价 (RULING? 1); the attachment's 牵头单位／参加单位 labels give no body item its units "
            "(round 45)",
            "dates: 2022年1月27日 (the cover), in force 2022年2月1日, 到2025年 / 到2035年 (" + GOAL01 + "); no deadline, no "
            "phases, no duties",
            "figures: targets 20家 / 50家 (（九）), 80% (（十）); plan target 10个 (（三）); not targets 发改环资﹝2021﹞13号 (printed "
            "with ﹝﹞ in the cover, 〔〕 in the preamble), 发改环资〔2021〕827号 (document numbers), 十四五, 十九大, 2025 / 2035 "
            "(years), 一区一点 / 一城一策 / 一片一点 / 五个新城 (names)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x243_02_shi-yingjiju-2022-anquan-shengchan-peixun-zouguochang-zhuanxiang-zhengzhi-shishi-fangan.txt"
P02 = "上海市安全生产培训“走过场”专项整治工作实施方案"
N02 = "上海市应急管理局关于印发上海市安全生产 培训“走过场”专项整治工作实施方案的通知"
ACAD = "市安全生产科学研究所"
DIST = "各区应急管理局"
CITY = "市应急局"


def stage(n, span, end):
    return ("deadline: the item writes no date of its own, so its stage's span gives it (round 35: a stage's span gives "
            f"its items their deadline, the span's end; round 42: the nearest time stated above an item governs) — 三、（{n}） "
            f"「{span}」 → {end}")


SPAN02 = ("deadline: the preamble's 「市应急局决定于2022年1月至2022年10月，在全市组织开展…专项整治工作」 fixes the campaign's span "
          "(round 45: 「决定从…至…开展」 in a preamble is the campaign's span; round 48 decided: 定于／决定 fix the plan's own "
          "activity), and the item writes no date of its own → its end, 2022-10 (round 37)")

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the plan's own title (lines 11–12, printed over two lines 「…专项整治工作」「实施方案」) or the notice title "
                "(line 1, with a space after 安全生产): either",
     doc_no="沪应急宣培〔2022〕8号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市应急管理局",
     date="2022-01-24",
     date_note="the cover is dated 2022年1月24日 (the index the same); the campaign runs 2022年1月至2022年10月",
     level="a city bureau (Shanghai's emergency management bureau), a campaign against perfunctory safety training: what "
           "to check at training bodies, examination bodies and enterprises, four dated steps and three requirements",
     source=src("工程建设管理", N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=b5fe9282b5794812aa3e7cf353d7f2a3&siteId=0037", 3174),
     style="a cover (addressees on one line, one paragraph 「…请认真抓好落实。」, signature and date, a bracketed contact line "
           "with persons and phone numbers); the plan's title over two lines; a preamble with the campaign's span; 一、工作目标 "
           "one paragraph; 二、重点整治内容 a lead-in and （一）–（三） party headings over items 「1.是否存在…的情况。」; 三、时间步骤 "
           "（一）–（四） stage headings with their months in brackets 「（一）自查自改（2022年1—3月）」, （一）（二） over items 1.–2. / "
           "1.–3., （三）（四） over one paragraph each; 四、工作要求 （一）–（三） heading lines over one paragraph each; a 「附件：」 "
           "line naming a form; no blank lines inside the plan",
     leaf_tasks=10, count_alternatives=[4, 8, 11, 24],
     leaf_tasks_by_section={"三、时间步骤": 7, "四、工作要求": 3},
     childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["三", "（一）", "1"], [], [], dl="2022年1—3月", dln="2022-03",
          note="「安全培训机构、考试机构和考试点要对照…，全面核查…，列出问题清单，明确整改措施、时限和责任人，…形成自查报告」 — "
               "核查, 列出, 明确, 形成 are no rule-2 verbs (" + CLOSED + "); 责任人 are persons (round 30): " + NONE + "; "
               + WORK_NO_UNIT + "; the self-check report is written, not sent: no duty; 2019年1月以来 bounds what is checked "
               "(a past span), no date of the item; " + stage("一", "2022年1—3月", "2022-03")),
        S(["三", "（一）", "2"], [], ["生产经营单位"], dl="2022年1—3月", dln="2022-03",
          lead_alternatives=[["生产经营单位"]], responsible_alternatives=[[]],
          note="「生产经营单位要…全面自查…；通过…平台…核验…证书真伪；对自查发现的问题实行清单管理，逐项落实整改」 — 落实 (rule 2) "
               "with the subject carried through the ；-clauses (" + CARRY + "); 生产经营单位, a regulated party by its kind, is a "
               "doer with a rule-2 form (round 34: rule 2 does not ask who the body is; round 45 decided: regulated parties with "
               "落实 in the item's own work; round 46: 相关企业 a kind) — none accepted (round 41: the public's 落实 gives no unit, "
               "should enterprises be read so); " + ONE_LEAD + "; the site address 「http://cx.mem.gov.cn」 no figure; "
               + stage("一", "2022年1—3月", "2022-03")),
        S(["三", "（二）", "1"], [], [], dl="2022年4—7月", dln="2022-07",
          lead_alternatives=[[ACAD]], responsible_alternatives=[[ACAD, "区应急管理局"]],
          note="Aligned to the Round 53 rulings (turned: 视情 makes the 会同 check an option, no unit; the builder's reading "
               "below stays accepted) — 「各区应急管理局要对…安全培训机构进行全覆盖执法检查」 — 进行 is no rule-2 verb (round 37: 「A对…进行审批／监督抽查」 "
               "without 由 names no doer); 「市安全生产科学研究所要对…进行全覆盖监督检查，并视情会同区应急管理局对培训机构和考试点联合"
               "检查」 — 「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2; round 43: 会同 read by its form) — "
               "视情 read as an adverb of the item's own work, not a case clause (rule 3's cases are 「确需…的」「发生…时」) — "
               "RULING? 3 (none accepted, should 视情 be read as a contingency); 「要充分发挥行业协会培训专家…作用」 — persons, a "
               "subjectless call; " + stage("二", "2022年4—7月", "2022-07")),
        S(["三", "（二）", "2"], [], [], dl="全年", dln="2022",
          note="「市、区两级应急管理部门要…进行执法抽查检查。结合年度执法计划安排，集中开展专项整治执法检查，全年对高危行业生产经营单位的"
               "执法检查全覆盖」 — 进行, 开展 (without 组织) are no rule-2 verbs (" + CLOSED + "): " + NONE + "; " + WORK_NO_UNIT
               + "; deadline: 「全年」 in the item's own text is the plan's year (round 39: 「全年」 is YYYY), and an item's own date "
               "wins over its stage's span (round 37) → 2022 — RULING? 4 (the stage's 2022-07 is the other reading)"),
        S(["三", "（二）", "3"], [], [],
          note="「各区应急管理局、市安全生产科学研究所要在次月5日前将上月的检查情况填写《…统计表》（附件），并分别报市应急局…处和…处；"
               "市应急局将视情对工作开展情况进行通报」 — 填写, 报, 进行通报 are no rule-2 verbs (round 48: a sending names no doer): "
               + NONE + "; " + WORK_NO_UNIT + "; 「次月5日前」 each month is a rhythm, no deadline (round 34; round 38: recurring "
               "items keep no deadline under a span) — the monthly sending is a duty (round 40: a standing rhythm of reporting "
               "to the issuing office)"),
        S(["三", "（三）"], [], [CITY], [(4, "个")], dl="2022年8—9月", dln="2022-09", lead_alternatives=[[CITY]],
          note="「市应急局组织各区应急管理局采取交叉互查的方式进行督导检查，…抽取4个区进行督导」 — 「A组织B＋verb」: A a doer, B the "
               "object of 组织 no unit (round 30); the issuer speaking of itself is a unit as printed (round 30; round 47 p45c); "
               + ONE_LEAD + "; 4个 — the number of districts the item selects (round 49: 「抽选20名…」 is the item's own number "
               "of work) → a target; the stage heading 「（三）督导互查（2022年8—9月）」 is a phase and, with its work written under "
               "it, a task (round 32 / round 33); " + stage("三", "2022年8—9月", "2022-09")),
        S(["三", "（四）"], [], [], dl="2022年10月9日前", dln="2022-10-09",
          note="「市、区两级应急管理局要认真总结…，特别是各区应急管理局和市安全生产科学研究所要系统梳理…，建立台账、剖析案例、分析原因，"
               "…形成书面总结报告，并于2022年10月9日前报市应急局」 — 总结, 梳理, 建立 are no rule-2 verbs (" + CLOSED + "): "
               + NONE + "; deadline: the only date of the item's own is the sending's, of the item's own one-off result joined "
               "by 并 (round 49 p46c: then it is the item's deadline too) → 2022-10-09, within the stage 2022年10月 (round 37: "
               "the item's own date wins); the sending is a dated duty (round 43)"),
        S(["四", "（一）"], [], [DIST], dl="2022年1月至2022年10月", dln="2022-10", lead_alternatives=[[DIST]],
          note="「各区应急管理局、各单位要切实提高政治站位，落实责任，明确工作步骤和任务分工…」 — 落实 is in rule 2's list whatever its "
               "object (round 49 p46d): 各区应急管理局, a kind (round 32: 各区…), a doer; 各单位 a general call (round 33; "
               "round 48: the kind singled out of a call is the doer); the heading 「加强组织领导和责任落实」 holds 落实 as a noun "
               "(round 33); a 工作要求 item naming a unit is a task (round 33); " + ONE_LEAD + "; " + SPAN02),
        S(["四", "（三）"], [], [], dl="2022年1月至2022年10月", dln="2022-10",
          note="「市、区两级应急管理部门要坚持检查与执法相结合，对…违法违规行为，要依法依规予以查处…；对涉嫌违法犯罪的，要将问题线索及时"
               "移交公安部门查处」 — 查处 is no rule-2 verb and 予以 reaches only 落实 (round 41; round 47), 公安部门 receives (移交B "
               "gives B only under a work heading, round 36): " + NONE + "; " + WORK_NO_UNIT + "; " + SPAN02),
     ],
     plan_targets=[],
     phases=[{"name": "自查自改", "start": "2022-01", "end": "2022-03"},
             {"name": "执法检查", "start": "2022-04", "end": "2022-07"},
             {"name": "督导互查", "start": "2022-08", "end": "2022-09"},
             {"name": "总结提升", "start": "2022-10", "end": "2022-10"}],
     duties=[{"what": "各区应急管理局、市安全生产科学研究所要在次月5日前将上月的检查情况填写统计表，并分别报市应急局安全生产执法监察处和宣传培训处",
              "when": "次月5日前", "when_norm": "monthly (by the 5th)",
              "note": "三、（二）3.: a standing monthly report of the bodies the plan tasks to the issuing office (round 40)"},
             {"what": "各区应急管理局和市安全生产科学研究所形成书面总结报告，并于2022年10月9日前报市应急局",
              "when": "2022年10月9日前", "when_norm": "2022-10-09",
              "note": "三、（四）: a one-off dated sending the plan asks of the bodies it tasks (round 43; round 49 p46c)"}],
     notes=["counting: the cover (「请认真抓好落实」, the contact line) and the preamble no tasks; 一、工作目标 a childless top-level "
            "section; 二、重点整治内容 — a lead-in 「围绕…3类主体开展专项整治」 and （一）–（三） party headings over 「是否存在…的情况」 "
            "items: what the checks bear on, kinds of fault to find (round 44: points that say on whom or on what the work "
            "bears are fields; round 46's x208_07: focus points that only name kinds of violation are no tasks; round 35: a "
            "list that gives no work is text) → no tasks; 三、时间步骤 （一） 1.–2. 2, （二） 1.–3. 3, （三） 1 and （四） 1 "
            "(childless stages with their work written under them, round 33) → 7; 四、工作要求 （一）–（三） 3 (round 39) → "
            "**10**. Accepted: 8 (四、's two items naming no unit left out, round 40), 4 (every item naming no unit left out, "
            "round 40), 11 (二、 as one task on its lead-in), 24 (二、's fourteen checks as items).",
            "units: 生产经营单位 (落实, a regulated party by its kind), 市安全生产科学研究所 会同 区应急管理局 (RULING? 3), 市应急局 "
            "(组织); 各区应急管理局 is a doer only in 四、（一） (落实); elsewhere the bodies act by 进行, 核查, 总结, 报 (no rule-2 "
            "verbs); 各单位 a general call; persons (周球, 姜文炯, 责任人, 专家, 主要负责人) never units",
            "dates: 2022年1月24日 (the cover); the campaign 2022年1月至2022年10月 (the preamble, round 45 / round 48); four stages "
            "with their months (phases: 2022-01→03, 04→07, 08→09, 10→10); 2019年1月以来 (what is checked); 次月5日前 (a monthly "
            "rhythm); 2022年10月9日前 (the summary's sending); 全年 (三、（二）2., RULING? 4)",
            "figures: target 4个 (三、（三）, 抽取4个区); not targets 3类 (the kinds of party), 12350 (a phone number), 54667109 / "
            "54666634 / 54667921 / 54667347 (phone and fax numbers), 应急厅函〔2021〕274号 (a document number)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x243_03_shi-fagaiwei-2022-jinshan-haishang-fengdianchang-yiqi-jingzheng-peizhi-gongzuo-fangan.txt"
P03 = "金山海上风电场一期项目竞争配置工作方案"
N03 = "上海市发展改革委关于公布金山海上风电场一期项目竞争配置工作方案的通知"
SIC = "上海投资咨询集团有限公司"
GRID = "国网上海市电力公司"
PIVOT03 = ("二、's lead-in 「委托上海投资咨询集团有限公司作为服务单位，承担项目竞争配置具体工作，并配合我委做好…」 has no printed subject "
           "(the issuer commissions): 「A委托B＋verb」 makes A the doer and B, the object of the pivot 委托, no unit (round 33; "
           "round 35: a pivot without 由), so it gives the items no unit by rule 4 — RULING? 5 (B as a body designated 作为服务"
           "单位 and 承担…工作, round 32 / round 41, accepted)")
EVENT03 = "times counted from an event (「在5个工作日内」「公告发布5个工作日内」) are no deadline (round 33; round 34)"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the scheme's own title (line 15, after the 「附件」 line) or the notice title (line 1): either",
     doc_no="沪发改能源〔2022〕9号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2022-01-10",
     date_note="the notice is dated 2022年1月10日 (the index the same)",
     level="a city commission (Shanghai's development and reform commission), the scheme of a competitive allocation of "
           "one offshore wind farm: the site, the procedure run by a commissioned company, the scoring, and the conditions, "
           "prices, duties and sanctions of the winning investor",
     source=src("工程建设管理", N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=76c8e2f464f24e579488b30d7b1588cd&siteId=0025", 3297),
     style="a cover (「各有关单位：」, one paragraph naming the commissioned company, 「特此通知。」, signature, date); 「附件」 and the "
           "scheme's title; a preamble; 一、项目情况 one paragraph; 二、实施程序 a lead-in 「…具体实施流程如下：」 over items "
           "「1.发布公告。…」–「6.…」 with run-in headings, 4. with sub-items 「（1）合格性评审：…」「（2）详细评审：…」; 三、评分标准 one "
           "paragraph; 四、相关要求 （一）–（五） heading lines, （一）（三）（四）（五） over items 「1.信用要求。…」, （二） one paragraph; "
           "blank lines between all paragraphs; no closing chrome",
     leaf_tasks=13, count_alternatives=[8, 9, 11, 12, 15],
     leaf_tasks_by_section={"二、实施程序": 5, "四、（二）": 1, "四、（三）": 1, "四、（四）": 2, "四、（五）": 4},
     childless_top_level_sections=["一、项目情况", "三、评分标准"],
     samples=[
        S(["二", "1"], [], [], responsible_alternatives=[[SIC]],
          note="「上海投资咨询集团有限公司根据本方案制订具体工作文件，在我委和公司门户网站公开发布公告」 — 制订, 发布 are no rule-2 verbs "
               "(" + CLOSED + "): " + NONE + "; " + PIVOT03 + "; " + NODATE),
        S(["二", "4", "（1）"], [], [SIC], lead_alternatives=[[SIC]],
          note="「（1）合格性评审：主要审核申报项目的企业递交材料是否完整…」 — names no doer of its own (审核 no rule-2 verb); 4.'s "
               "paragraph 「上海投资咨询集团有限公司在5个工作日内组织专家开展评优工作…综合打分主要分为合格性评审和详细评审两个阶段」 — 组织"
               "＋work (round 34; the experts persons, round 30) — opens the two sub-items, its parts of the work (round 44: a "
               "list after a work clause is the work's parts, items taking the lead-in's bodies by rule 4; the single-task "
               "count accepted) → responsible 上海投资咨询集团有限公司; " + ONE_LEAD + "; " + EVENT03 + "; " + NODATE),
        S(["二", "4", "（2）"], [], [SIC], lead_alternatives=[[SIC]],
          note="「通过合格性评审的投资主体由专家组进行详细评审，…评分最高者为项目竞争配置推荐业主」 — 由A进行＋work would make A a doer "
               "(round 43), but a panel of experts is persons (round 48: teams and panels of experts are no units), so the item "
               "names none of its own and takes 4.'s 组织 clause (rule 4; round 48: an item that names none takes the "
               "lead-in's body) → 上海投资咨询集团有限公司; the winning bidder is a party picked, no unit; " + ONE_LEAD + "; "
               + NODATE),
        S(["二", "6"], [], [],
          note="「我委根据公示结果确认最终投资主体，通过门户网站向社会公布…最终结果，并抄送国家能源局」 — 确认, 公布, 抄送 are no rule-2 "
               "verbs (" + CLOSED + "; round 48: a sending names no doer): " + NONE + "; the result sent on to 国家能源局 is "
               "information sent to another body, an undated duty whoever sends it (round 40; round 47's x218_07); " + NODATE),
        S(["四", "（二）"], [], [GRID, "政府"], responsible_alternatives=[[GRID], []],
          note="「项目建成后，满足…条件并经本市能源主管部门允许后，可参与本市电力市场」 — the project's option (round 40) and the approver "
               "(rule 3: 经A同意); 「项目进入电力市场之前，由国网上海市电力公司保量保价收购，绿电指标由政府统筹；项目参与电力市场后，绿电指标"
               "归企业」 — 由A＋a verb of doing (round 34; 收购 buys the power, not money as object, so no cost verb, round 48; "
               "统筹 keeps work, rounds 35 / 48) → 国网上海市电力公司, 政府 (a kind of body), in printed order; the point splits its "
               "work by the project's steps (round 40: 「…生成前，由A…；生成后，由B…」 gives all); a childless point giving "
               "work to doers is a task (round 36; round 51 p47b) — RULING? 6 (no task, as a term of the scheme, with the "
               "readings without 政府 or without both accepted); no 牵头: lead [] (round 30); " + NODATE),
        S(["四", "（四）", "1"], [], [],
          note="「竞争配置形成的项目应严格按照竞争配置要求和申报实施方案开展前期工作。…如需进行方案调整，最终以我委核准批复文件为准」 — "
               "应 with a thing as subject (round 41: a thing as subject gives no unit), 开展 without 组织: an instruction giving "
               "work (round 34 early) with no doer: " + NONE + "; the issuer approves (rule 3); " + WORK_NO_UNIT + "; " + NODATE),
        S(["四", "（五）", "2"], [], [], [(1, "年")], not_targets=[(0.01, "元/千瓦时")],
          note="「如项目未能在2023年底前全容量建成并网的，每逾期半年…，上网电价降低0.01元/千瓦时。…企业需向我委提出书面说明，我委可视"
               "情况将逾期起计时间放宽至2024年6月底。…我委可视情况取消…开发资格」 — the issuer's responses to cases (round 51 q47b: items "
               "that each carry their own response are tasks), but 可 makes them options (round 40) and the company's written "
               "explanation is a party's request (round 30): " + NONE + "; 0.01元/千瓦时 — a cut for a failing, a penalty (round "
               "32), not a target; 「逾期一年以上的（超过2024年底）」 — a figure with 以上 in a 「…的」 condition that triggers a step "
               "(the cancellation) is a target by round 30's line, as round 47's point bands that trigger steps are, while the "
               "sum the breach costs is the penalty → 1年 a target; 「每逾期半年（不足半年按半年计）」 is the penalty's measure, "
               "not checked; deadline: 2023年底前 and 2024年底 date the cases the sanction answers, 2024年6月底 an option's "
               "limit — none is a date the item's own work is due (rule 3's cases): " + NODATE),
        S(["四", "（三）", "2"], [], [GRID], lead_alternatives=[[GRID]], responsible_alternatives=[[]],
          note="「项目参与电力市场之前，上网电价原则上按照…申报电价执行，由国网上海市电力公司收购。如后续…按最新要求实施调整。…执行市场"
               "价格」 — 由A＋a verb of doing (round 34; 收购 as in 四、（二）) → 国网上海市电力公司 a doer; 「按最新要求实施调整」 has no "
               "subject standing before it but the price (实施 with a thing, no unit); a point of the price terms that assigns "
               "work is a task (round 36) — RULING? 6 (none accepted); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[{"number": 30, "unit": "万千瓦",
                    "note": "四、（一）2. 「须拥有本项目同等容量（30万千瓦）及以上的…业绩」 — a threshold with 及以上 in a conditions list "
                            "that is no task: a plan target (round 48: thresholds in conditions articles that are no tasks)"},
                   {"number": 20, "unit": "%",
                    "note": "四、（一）5. 「配置比例不低于20%」 — 不低于 (round 30), a condition's floor: a plan target (round 48)"},
                   {"number": 4, "unit": "小时",
                    "note": "四、（一）5. 「时长4小时以上」 — 以上: a plan target (round 48)"},
                   {"number": 90, "unit": "%",
                    "note": "四、（一）5. 「系统效率大于90%」 — 大于 (round 32): a plan target (round 48)"},
                   {"number": 0.4155, "unit": "元/千瓦时",
                    "note": "四、（三）1. 「申报上网电价不得高于…基准电价（0.4155元/千瓦时）」 — 不得高于 (round 30) a ceiling on the "
                            "bidders' price, in an item that is a rule for bidders and no task (round 48 / 49: rules for the "
                            "applicant): a plan target (round 38: the rates of a point that is no task)"}],
     phases=[],
     duties=[{"what": "我委通过门户网站向社会公布项目竞争配置最终结果，并抄送国家能源局", "when": None, "when_norm": None,
              "note": "二、6.: the final result sent on to 国家能源局 — information to another body, undated (round 40; round 47)"}],
     notes=["counting: the cover (its sentence on the commissioned company is the cover's account of the scheme, no "
            "numbered point, round 43) no task; the scheme after 「附件」 is the plan (a forwarding notice and its document, "
            "one plan); the preamble no task; 一、项目情况 (the site described) and 三、评分标准 (the scheme's terms, no doer, no "
            "要／应: round 46's x204_04, round 48's x220_01) are childless sections with no work; 二、实施程序: 1. (发布公告), "
            "4.（1） and 4.（2） (4.'s parts of the work, round 44), 5. (结果公示), 6. (公布最终结果) → 5, while 2. (报名申请) and 3. "
            "(编制并递交申报材料) are the bidders' own application steps, rules for the applicant that give the plan's bodies no "
            "work (round 49's x229_01 第七条 1., 2.; round 48's borrowers' articles); 四、（一） 1.–5. are the conditions a "
            "bidder must meet (round 35: conditions an applicant must meet are text; their thresholds plan targets, round "
            "48) → no task; （二） 1 (RULING? 6); （三） 1. a rule for bidders (no task), 2. 1 (RULING? 6); （四） 1. and 2. "
            "(instructions 应／不得 to the project, round 34 early; round 44: numbered 不得 prohibitions are items) 2, 3. 风险"
            "承担 a liability, no task (round 48 decided); （五） 1.–4. the issuer's responses to breaches (round 51 q47b) 4 → "
            "**13**. Accepted: 12 (4. one task), 11 (（二） and （三）2. read as terms, RULING? 6), 9 (（五）'s sanctions read as consequences like round 48's liability), 8 (both), "
            "15 (2. and 3. counted).",
            "units: 上海投资咨询集团有限公司 (组织 in 4., given to 4.（1）（2） by rule 4; the commissioned body of the lead-in: RULING? "
            "5), 国网上海市电力公司 and 政府 (由A收购／统筹, RULING? 6); 我委 acts by 确认, 公示, 取消 (no rule-2 verbs) or 可 "
            "(options); bidders (投资主体, 企业, 联合体) are applicants; the expert panel is persons; 本市能源主管部门 and 海洋主管"
            "部门 approve or set requirements (rule 3)",
            "dates: 2022年1月10日 (the notice); 5个工作日内, 20个工作日内 (times from events); 2023年底 (a condition bidders "
            "promise: 四、（一）3., and a case in （五）2.), 2024年6月底 / 2024年底 (an option's limit, a case); 五年内 (a ban's "
            "length); no deadline, no phases",
            "figures: plan targets 30万千瓦, 20%, 4小时, 90%, 0.4155元/千瓦时 (conditions and a bidders' ceiling with comparison "
            "words); not checked as targets 10年以上 / 小于7摄氏度 / 不大于2% (further storage conditions, the same reading), "
            "3年内 (a lookback); not targets 19.5公里, 7.8-10.5米, 42.64平方公里, 30万千瓦 (可开发规模约为, the site's size), "
            "100米, 7.0-7.5米/秒, 400-500瓦/平方米 (the site described), 5个 / 20个工作日 (times from events), 11人 / 2人 / 9人 "
            "(the panel, persons), 20分 / 15分 / 25分 / 40分 (score weights), 0.01元/千瓦时 (a penalty), 沪发改规范〔2018〕13号, "
            "嵊泗2号 (names)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x243_04_shi-fagaiwei-2021-shehui-jiuzhu-baozhang-biaozhun-wujia-guagou-liandong-jizhi-tongzhi.txt"
N04 = "关于进一步健全上海市社会救助和保障标准与物价上涨挂钩联动机制的通知"
PRICE4 = "价格主管部门"
HEADED04 = ("a notice of headed points whose work sits in numbered items: a childless item that gives work (an instruction "
            "要／应当, or a doer) is a task (round 34 early; round 51 p47b)")
TERMS04 = ("round 46's x204_04 / round 48's x220_01: points that state a scheme's terms with no doer and no 要／应 are no "
           "tasks")

plan(X04,
     title=N04,
     title_note="the notice title (line 1)",
     doc_no="沪发改价调〔2021〕49号 (printed on line 3; the index and the stored front matter the same)",
     issuer="上海市发展和改革委员会 with 上海市民政局, 上海市财政局, 上海市人力资源和社会保障局, 上海市退役军人事务局 and 国家统计局"
            "上海调查总队 (six signatures, one a line; the index lists 上海市发展和改革委员会)",
     date="2021-12-31",
     date_note="the notice is signed 2021年12月31日 (the index dates it 2022-01-10, its publication); in force 2022年1月1日",
     level="six city bodies (Shanghai), rules of a mechanism that links social assistance to price rises: who is covered, "
           "when it starts, how subsidies are set, paid and funded, and three working requirements",
     source=src("工程建设管理", N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=e065433f4b0a49bdb17a65586282b662&siteId=0025", 2389),
     style="the title, the document number, addressees 「各区人民政府、各相关单位：」, a preamble ending 「…通知如下：」; 一、主要内容 "
           "（一）–（五） heading lines over paragraphs, （二） with items 「1、…」「2、…」 after 「满足以下任一条件即启动…：」, （四） with "
           "a formula line (「=」「×」); 二、工作要求 （一）–（三） run-in headed paragraphs; 三、其他 the entry into force; six "
           "signatures and the date; blank lines between all paragraphs",
     leaf_tasks=4, count_alternatives=[3, 5, 6],
     leaf_tasks_by_section={"一、（五）": 1, "二、工作要求": 3},
     childless_top_level_sections=["三、其他"],
     samples=[
        S(["一", "（五）"], [], [],
          note=HEADED04 + " (「…应当及时安排…资金，确保…发放到位」); 「各区人民政府、各相关部门应当及时安排价格临时补贴所需资金」 — "
               "安排…资金 is a cost verb (round 48 decided: its subject a payer, no unit); 「…由民政部门发放价格临时补贴，市人力资源社会"
               "保障局、市退役军人事务局不再重复发放」 — 发放 with a subsidy as object pays money, read as a cost verb like 给予补贴 "
               "(round 46) and 拨付 (round 47): a payer — RULING? 7 (由A＋any verb of doing, round 34, would make 民政部门 a doer); "
               "「通过…现有渠道发放」 — the channel: " + NONE + "; " + NODATE),
        S(["二", "（一）"], [], ["各区人民政府", "各相关部门"], responsible_alternatives=[[]],
          note="「各区人民政府、各相关部门要切实担负起主体责任，健全工作机制，…切实抓好资金筹措、发放等各项具体工作」 — 担负起主体责任 "
               "read as 「A承担…主体责任」, a designation (round 39; round 46) → both doers: 各区人民政府 (a kind, round 32), "
               "各相关部门 (a kind, round 33: 有关部门／相关部门) — RULING? 2 (none accepted); the heading 「加强组织领导」 a noun "
               "phrase (round 45); 「将价格补贴联动机制执行情况，纳入工作绩效评价」 — no doer, 执行情况 a noun (round 33); no 牵头: "
               "lead [] (round 30); " + NODATE),
        S(["二", "（二）"], [PRICE4], [PRICE4, "相关部门", "民政部门", "人力资源社会保障部门", "退役军人事务管理部门"],
          lead_alternatives=[[]],
          note="「各区人民政府要建立健全工作执行机制，价格主管部门牵头，相关部门密切配合，…」 — A牵头 (rule 2) → lead 价格主管部门, with "
               "「B配合」 after it → 相关部门 responsible (rule 2; round 30: B responsible after a doer), read as the item's own "
               "牵头, not a principle of roles (round 41 needs 「按照…的原则」) — lead [] accepted; 各区人民政府 with 建立健全 "
               "names no doer (" + CLOSED + "); 「价格主管部门要密切关注…，准确测算…，提出…建议」 — no rule-2 verb; 「民政部门要组织好"
               "对…的发放；人力资源社会保障部门要组织好…的发放；退役军人事务管理部门要组织好…的发放」 — 组织 is in rule 2's list whatever "
               "its object, 好 its complement (round 43; round 49's 「组织好」) → doers, in printed order; 「财政部门要积极安排价格临时"
               "补贴资金」 — 安排…资金 a cost verb: a payer, no unit (round 48); 「统计部门要及时提供相关价格指数数据」 — 提供 data, no "
               "rule-2 verb: no unit; 「价格临时补贴发放后，应及时将有关情况报同级人民政府和上级价格主管部门」 — an undated duty (a sending "
               "after an event, round 44; the receivers rule 3's); " + NODATE),
        S(["二", "（三）"], [], [],
          note="「各区人民政府、各相关部门在发放相关补贴时，要在相关资金划转和记录凭证上注明所发补贴为“临时价补”等」 — 注明 is no "
               "rule-2 verb (" + CLOSED + "), and 「在发放…时」 is the occasion of the item's own work: " + NONE + "; "
               + HEADED04 + "; " + NODATE),
     ],
     plan_targets=[{"number": 3.5, "unit": "%",
                    "note": "一、（二）1、 「…同比涨幅达到或超过3.5%」 — a threshold with 达到／超过 that triggers a step (round 30), in a "
                            "conditions list that is no task (round 35; round 48: its thresholds plan targets); 一、（四） 「小于"
                            "3.5%，则按3.5%计算…；大于或等于3.5%的」 the same figure as the subsidy's floor"},
                   {"number": 6, "unit": "%",
                    "note": "一、（二）2、 「食品类价格指数月度同比涨幅达到或超过6%」 — a trigger (round 30), a plan target (round 48)"}],
     phases=[],
     duties=[{"what": "价格临时补贴发放后，应及时将有关情况报同级人民政府和上级价格主管部门",
              "when": "价格临时补贴发放后", "when_norm": None,
              "note": "二、（二）: information on the subsidies paid, sent to the government and the price department above after "
                      "each payment — an undated duty (round 44: a sending asked when a case arises; round 40: whoever sends "
                      "it)"}],
     notes=["counting: the preamble no task; 一、主要内容: （一）保障对象 (who is covered: a scope, round 30), （二）启动条件 (「满足以下"
            "任一条件即启动…」 over 1、2、 — conditions that trigger the mechanism, a list that gives no work, round 35), （三）联动方式 "
            "and （四）补贴标准 (the mechanism's working and formula, stated with no doer and no 要／应: " + TERMS04 + ") → no "
            "tasks; （五）资金保障 gives work by 应当 → 1; 二、工作要求 （一）–（三） → 3 (round 39); 三、其他 the entry into force and "
            "repeals (round 34: the close; a childless top-level section) → **4**. Accepted: 3 (（五） read as a payers' point "
            "that gives no work), 5 (（三） as a subjectless rule point giving work 「全市统一启动…，发放…」, round 43), 6 (（三） "
            "and （四）).",
            "units: 各区人民政府, 各相关部门 (担负起主体责任: RULING? 2); 价格主管部门 牵头 and 相关部门 配合, 民政部门 / 人力资源社会保障"
            "部门 / 退役军人事务管理部门 with 组织好 (二、（二）); payers by 安排…资金 and 发放 (RULING? 7): 各区人民政府, 各相关部门, "
            "民政部门, 市人力资源社会保障局, 市退役军人事务局, 财政部门; 统计部门 提供 data (no rule-2 verb); 同级人民政府 and 上级价格主管"
            "部门 receive (rule 3); 各相关单位 only in the address line",
            "dates: 2021年12月31日 (the signature), 2022-01-10 (the index), in force 2022年1月1日; 按月测算、按月发放 and 「在相关"
            "价格指数发布当月」 (the scheme's monthly rhythm, no deadline); no deadline, no phases",
            "figures: plan targets 3.5% and 6% (triggers with 达到或超过; 3.5% the floor with 小于／大于或等于 too); not targets "
            "发改价格〔2021〕1553号, 中办发〔2020〕18号, 沪发改价督〔2014〕4号, 沪发改价督〔2016〕6号 (document numbers); the formula "
            "has no figure of its own"])

write_collected(DIR)
