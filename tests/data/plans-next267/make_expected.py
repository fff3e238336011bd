# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next267/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 52 (built by helper c267): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 58 rulings", "Round 59
rulings, written early" and "Round 60 rulings" included) applied to every item. Neither the parser nor the scorer was
run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next267/make_expected.py tests/data/plans-next267
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
CLOSED = ("round 30: rule 2's forms are a closed list — the subject of any other verb is not a unit; round 44 (decided) reads "
          "any verb of doing only in 第X条 articles, and round 45 keeps headed points out of it")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
HEADED = ("round 34 (written early) / Round 51 (p47b): in a notice of headed points a childless point whose text gives work "
          "(a rule-2 doer, or an instruction 「要…」「应…」 with no doer) is a task")
CARRY = "round 34: an elided subject carries over inside one paragraph (never into another paragraph, round 56)"


# ---------------------------------------------------------------------------------------------------------
X01 = "x267_01_shi-yingjiju-2021-xingzheng-chufafa-guanche-shishi-tongzhi.txt"
N01 = "上海市应急管理局关于认真贯彻实施新修订的《中华人民共和国行政处罚法》的通知"
LAWITEM = ("二、's items each open with what the revised law changed 「（N）增加／完善／明确…。《行政处罚法》第X条规定，…」; an item "
           "whose own sentence tells the enforcers what to do in their practice (要／应当／需要 + an act, 「具体执法时要…」「实际执法"
           "时应当…」) gives work and is a task (Round 54's test: an item is a task where its own words give work; Round 56: an "
           "item is read by its words, not its heading); an item that only restates the law (its content, round 37; Round 59 on "
           "x257_01 二 「增加了…规定」) or gives an option 「可以…」 (round 49 p46b) is text — RULING? 1")
ENFORCERS = "各级应急管理部门"

plan(X01,
     title=N01,
     title_note="the notice title (line 1); the text prints no document number",
     doc_no="沪应急法规〔2021〕54号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市应急管理局",
     date="2021-07-12",
     date_note="the index and the front matter date it 2021-07-12; the text prints no date (no signature, no date line)",
     level="a city bureau (Shanghai's emergency management bureau), a notice to the district bureaus and its own divisions on "
           "putting the revised Administrative Penalty Law into effect: three headed points, the second with twelve items "
           "on what the law changed and how to enforce it",
     source=src("工程建设管理", N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=81eb1cc763ec4a758deb3bb23b8f0da8&siteId=0037", 2738),
     style="addressees 「各区应急管理局、市应急局有关处室：」 and a preamble with no blank lines between; three headed points "
           "一、–三、 (heading lines without a final 「。」); 一、 and 三、 one paragraph each; 二、 a lead-in 「…重点把握以下内容：」 "
           "over （一）–（十二）, each a run-in heading 「增加处罚种类。」 then the law's article and, in some, an enforcement "
           "instruction; lines broken inside sentences in （六） (three lines) and （十一） (four lines); no signature, no date",
     leaf_tasks=9, count_alternatives=[3, 14, 8, 7],
     leaf_tasks_by_section={"一、": 1, "二、": 7, "三、": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note=HEADED + " (「各级应急管理部门要充分认识…，以…为契机，进一步完善执法制度，健全执法机制，加强执法管理，改进执法方式…」, "
               "as Round 59 read x257_01 一 「各单位要充分认识…，…认真做好…」); 完善, 健全, 加强, 改进 are no rule-2 verbs (" + CLOSED
               + "): " + NONE + "; 2021年1月22日 (the law passed), 2021年7月15日 (the law in force) date the law, not the work: "
               + NODATE),
        S(["二", "（一）"], [], [],
          note=LAWITEM + "; 「具体执法时要将两者结合考虑」 — an instruction with no doer (round 34 early): a task; " + NONE + "; "
               "第九条, 第一百一十三条 are article numbers; " + NODATE),
        S(["二", "（三）"], [], [], not_targets=[(3, "万元"), (10, "万元")],
          note=LAWITEM + "; 「涉案的安全生产服务机构如果从事违法行为取得款项，作出处罚决定时，…还应当同时没收违法所得」 — the item's own "
               "instruction on what a decision includes (应当, no doer): a task (RULING? 1: it is worked through the law's example "
               "「以…为例」; count 8 without it accepted); the agency is the party penalised, no unit: " + NONE + "; 「并处三万元以上"
               "十万元以下的罚款」 — a fine's scale is a penalty, no target (rounds 32, 33, 56) → 3万元, 10万元 not targets; " + NODATE),
        S(["二", "（五）"], [], [],
          note=LAWITEM + "; 「执法实务中，对于…仅对其中一个行为进行处罚的，宜择重处罚」 — 宜 (should) read as an instruction on the "
               "enforcers' practice, not an option like 可 (round 40) — RULING? 2 (count 8 without it accepted); " + NONE + "; "
               + NODATE),
        S(["二", "（六）"], [], [ENFORCERS], lead_alternatives=[[ENFORCERS]],
          note=LAWITEM + "; 「各级应急管理部门要统筹发展和安全，认真落实轻微违法行为处罚的裁量制度」 — 落实 is rule 2's whatever its "
               "object (round 49 p46d); 各级应急管理部门 a kind with a level word (round 39 「各级各有关部门」 one kind; round 41 "
               "「各级党委」); the sentence runs over three lines (「…安全，」/「认真落实…又优」/「化营商环境。」): one paragraph, as "
               "printed; 「市应急局此前印发了《…》，…作了细化明确」 reports a past act, no doer; " + ONE_LEAD + "; " + NODATE),
        S(["二", "（七）"], [], [],
          note=LAWITEM + "; 「实际执法时应当避免此条被简单引用以规避处罚」 — an instruction with no doer: a task; " + NONE + "; "
               + NODATE),
        S(["二", "（十二）"], [], [], not_targets=[(30, "日"), (2, "次")],
          note=LAWITEM + "; 「该规章目前仍然有效，…执法时需要以此为依据」 — 需要 + an act of the enforcers: a task; 「行政机关自立案之"
               "日起九十日内」「应当自立案之日起30日内作出…决定」 — limits counted from an event with 内 are neither targets nor "
               "deadlines (rounds 33, 54) → 30日 not a target; 「延长2次办案期限」 describes the rules' procedure, no number of the "
               "item's own work → 2次 not a target; " + NONE + "; " + NODATE),
        S(["三"], [], ["市应急局"], lead_alternatives=[["市应急局"]], responsible_alternatives=[[]],
          note=HEADED + " (「要高度重视…的学习、宣传、培训，…系统学习…。要加强执法管理，及时对执法文书进行适应性修改…」); 「市应急局也将"
               "适时组织相关培训活动」 — 组织＋work makes its subject a doer, the issuer speaking of itself included and 将 changing "
               "nothing (round 34; round 47's p45c 「国务院办公厅将于…组织…」) → 市应急局; 适时 (in due time) read as timing, not as "
               "视情 (round 53: an option) — RULING? 3 (none accepted); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the addressees and preamble no task; 一、 (要充分认识…完善…健全…) a task, " + HEADED + "; 二、's lead-in "
            "「要在全面准确理解基础上，重点把握以下内容：」 over （一）–（十二）: the items whose own sentence gives the enforcers work are "
            "tasks — （一） 要…结合考虑, （三） 还应当同时没收, （五） 宜择重处罚, （六） 各级应急管理部门要…落实, （七） 应当避免, （十一） 应当"
            "更加重视听证组织和听证笔录的制作, （十二） 需要以此为依据 → 7; （二） 简易程序金额, （四） 追责期限 (「通常会被认为属于此列」, a "
            "statement), （八） 从旧兼从轻, （九） 从轻减轻情形 only restate the law (its content: text, round 37; Round 59 on "
            "x257_01) and （十） 「由此可以比照法院的做法，事先请当事人签订确认书」 is an option (可以; round 49 p46b): text; 三、 a task "
            "→ **9** (RULING? 1). Accepted: 3 (二、's items all read as the law's content, 二、 one task by its lead-in 「要…重点"
            "把握」, as Round 59 read x257_01 二), 14 (every item a leaf), 8 (without （五）, 宜 read as advice — RULING? 2, or "
            "without （三）, its 应当 read as the law's example), 7 (without both).",
            "units: only 二、（六） 「各级应急管理部门要…认真落实…」 (落实) and 三、 「市应急局也将适时组织相关培训活动」 (组织＋work) name "
            "doers by rule 2; 一、's 各级应急管理部门 acts by verbs outside the list; the parties of the law's examples (当事人, "
            "安全生产服务机构, 行政机关) are no units",
            "dates: 2021年1月22日 (the law passed), 2021年7月15日 (the law in force) — the law's, not the notice's work; no "
            "deadline anywhere, no phases, no duties",
            "figures: not targets 二百元 / 三千元 (（二）, the law's simple-procedure bands, in an item that is text), 三万元 / "
            "十万元 (（三）, a fine's scale), 2年 / 5年 (（四）, a limitation period the law sets, text), 九十日 / 30日 (（十二）, limits "
            "from an event), 2次 (（十二）), article numbers 第九条 … 第一百一十三条; no plan targets (the text items' figures "
            "are the law's terms, not the plan's)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x267_02_shi-anweiban-2021-zhongdian-hangye-anquan-fengxian-yinhuan-paicha-zhengzhi-tongzhi.txt"
N02 = "市安委会办公室关于深刻吸取近期事故教训 切实加强重点行业领域安全风险隐患 排查整治的通知"
LEADS02 = ["应急管理部门", "住房城乡建设管理部门", "经济信息化部门", "消防救援机构", "交通部门", "市场监管部门", "能源部门",
           "铁路局", "公安部门", "生态环境部门"]
RESP02 = ["各有关部门", *LEADS02, "其他有关部门", "各生产经营单位"]

plan(X02,
     title=N02,
     title_note="the notice title (line 1), printed with two spaces inside it (the scorer squashes spaces)",
     doc_no="沪安委办〔2021〕19号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市安全生产委员会办公室 (the signature; the index lists 上海市应急管理局, the office's seat)",
     date="2021-06-23",
     date_note="the notice is dated 2021年6月23日 (the index the same); its one date of work is the report due 6月29日",
     level="the city's work-safety committee office (Shanghai), a notice after the June 2021 accidents: four headed points "
           "of checks and campaigns for the districts' committees, the committee's member departments and state-owned "
           "enterprises, and one report",
     source=src("工程建设管理", "市安委会办公室关于深刻吸取近期事故教训 切实加强重点行业领域安全风险隐患 排查整治的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=353a3f9598c6426197982aaaa00418a7&siteId=0037", 3365),
     style="the title with two spaces in it; addressees, a preamble; four headed points 一、–四、 (heading lines without a final "
           "「。」) over unnumbered paragraphs (one to three each), blank lines between all paragraphs; after 四、 one unnumbered "
           "paragraph 「请于6月29日前，将…报市安委会办公室。」; the signature, the date and a bracketed contact line with a "
           "person's name and phone and fax numbers (an ASCII comma between two numbers)",
     leaf_tasks=5, count_alternatives=[4],
     leaf_tasks_by_section={"一、": 1, "二、": 1, "三、": 1, "四、": 1, "(closing paragraph)": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note=HEADED + " (「…要坚决贯彻落实…。要组织全员观看…；要认真组织分析安全生产形势…」); its subject 「各级党政领导干部和生产经营"
               "单位主要负责人」 are persons (干部, round 42; 主要负责人, round 34), never units, and the later 要组织 carries that "
               "subject (" + CARRY + "); 「将作为各区…考核的重要指标」 states a use, no doer: " + NONE + "; the paragraph of "
               "accidents (4月12日 … 6月13日, 8人 / 9人 / 6人) reports past facts (round 46): no dates, no targets; 「当前临近“七一”」 "
               "states a fact: " + NODATE),
        S(["二"], [], ["街镇", "居村社区"], [(1, "次")], not_targets=[(1000, "m2")],
          responsible_alternatives=[["街镇及居村社区"]],
          note=HEADED + "; 「街镇及居村社区要加大…宣传力度，组织力量加大入户安检力度，全面排查…，督促责任主体落实安全措施」 — 组织 with "
               "persons then a verb is 「A组织B＋verb」 (round 30: A the doer; 力量 no body, round 56), 组织 rule 2's whatever its "
               "object (round 43); 及 joins two whole names of kinds (rounds 34, 35: 街镇 and 居村社区; the one-name reading "
               "accepted); the object of 督促 is no unit (round 30); 「发展改革、…、消防等部门要制定细化…方案和清单」「相关行业企业要"
               "制定…」「各级安委会要…部署开展…」「相关监管部门和执法部门要加强…」 — 制定, 部署开展, 加强 are no rule-2 verbs (" + CLOSED
               + "); 「落实“三个必须”要求」「立即组织开展…检查」 have no subject: instructions, no doer; no 牵头: lead []; target: "
               "「燃气经营企业、加油加气站等要开展一次“深度体检”」 — the events an item holds are its own number of work, 1 次 "
               "included (rounds 52, 58, 59); 「建筑面积大于1000m2的餐馆或食堂燃气管道上是否设置…」 — a figure describing a hazard "
               "in a list of faults to check (round 31) and inside a noun naming a class (round 58) → 1000m2 not a target; "
               "「立即」 gives no date: " + NODATE),
        S(["三"], LEADS02, RESP02, skip_deadline=True,
          responsible_alternatives=[[b for b in RESP02 if b != "各有关部门"]],
          note=HEADED + "; 「各有关部门要切实承担起“三个必须”安全监管责任」 — 承担（起）…责任 designates its subject (rounds 39, 53), "
               "各有关部门 a kind (round 58) — the reading without it accepted; 「应急管理部门要牵头开展化工等安全整治…住房城乡建设管理"
               "部门要牵头开展…经济信息化部门要牵头开展…消防救援机构要牵头开展…交通部门要牵头开展…市场监管部门要牵头开展…能源部门要牵头"
               "开展…铁路局要牵头开展…公安部门要牵头开展…生态环境部门要牵头开展…」 — ten bodies that each 牵头 a part of the item "
               "are all its leads (round 36: two bodies that 牵头 different parts of one item are both its lead; round 45: every "
               "lead named); 「其他有关部门也要组织开展相关行业领域安全整治」 — 组织开展, 其他有关部门 a kind (rounds 47, 48); 「各生产经营单位"
               "要切实落实安全生产主体责任，要组织开展全员安全专题培训」 — 落实 / 组织开展 (rule 2), a kind before 单位 (round 34); 「…的，"
               "相关管理部门要约谈主要负责人、依法顶格处罚并进行联合惩戒」 — 约谈, 处罚, 进行 are no rule-2 verbs outside articles "
               "(round 44), no 由: no unit; responsible in printed order, each once; deadline: 「并在“七一”前组织专项检查」 — "
               "「七一」 is 7月1日: read by round 40's festival line (「在春节前」 by its month) it is 2021-07, read as the day "
               "before which the check is done it is 2021-06 (round 33's 「N月前」 is before month N) — RULING? 4: the deadline "
               "is not checked; 「“6+1”专项治理」 is a name, no target"),
        S(["四"], [], ["各级消防救援队伍", "应急救援队伍"], not_targets=[(24, "小时")],
          note=HEADED + "; 「各级消防救援队伍、应急救援队伍等要做好准备充分，落实应急储备，做好救援准备」 — 落实 (rule 2): 「A、B等」 "
               "with separate heads gives A, B (round 35), a 队伍 is an organised body (round 38: 「X指定专业Y队伍」 one name as "
               "printed), not a panel of persons; 「各级应急管理部门要加强与相关部门工作联系…」「各级应急联动、城运、网格管理等部门要依托"
               "“一网统管”，加强…，及时准确报送突发事件信息」 — 加强, 报送 are no rule-2 verbs (a sending names no doer, rounds 46, "
               "48); 「要落实领导干部带班和24小时值班值守制度」 has no subject: an instruction (round 49 p46d), no doer; no 牵头: "
               "lead []; 「24小时值班值守制度」 names a system, no target → 24小时 not a target; 「在重要时段、重大活动期间」 names "
               "no day: " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "将三年行动年度集中攻坚任务方案、清单、进展，近期安全生产和消防安全工作专题会议、学习情况，以及“七一”前安全"
                      "生产和消防专项检查等情况报市安委会办公室",
              "when": "6月29日前", "when_norm": "2021-06-29"},
             {"what": "各级应急联动、城运、网格管理等部门及时准确报送突发事件信息",
              "when": "(as events occur)", "when_norm": None}],
     notes=["counting: the preamble no task; 一、–四、 each a childless headed point that gives work (" + HEADED + ") → 4; "
            "the unnumbered paragraph after 四、 「请于6月29日前，将…报市安委会办公室。」 asks all the addressees for the results "
            "of 二、 and 三、 (方案, 清单, 进展, the checks before 七一): a closing paragraph that gives all the bodies work is one "
            "more task (rounds 40, 59 on x261_06; round 55: a report sent to inform is work) → **5**. Accepted: 4 (the paragraph "
            "read as the notice's close with a duty, round 34). The closing paragraph is not sampled (no number to bind a path).",
            "units: 一、 names persons only; 二、 街镇, 居村社区 (组织); 三、 ten 牵头 leads, 各有关部门 (承担起…责任), 其他有关部门, "
            "各生产经营单位; 四、 各级消防救援队伍, 应急救援队伍 (落实); the closing paragraph's sending names no doer (rounds 46, 48)",
            "dates: 4月12日 … 6月13日 (past accidents, round 46: a past fact dates nothing), 「七一」 (一、 a fact; 三、 「在“七一”"
            "前组织专项检查」, RULING? 4, not checked), 6月29日前 (the closing paragraph: its own deadline and a dated duty, the "
            "things sent being the results of the work, round 49 p46c), 2021年6月23日 (the signature); no phases",
            "duties: the report due 2021-06-29 to 市安委会办公室 (round 43: a one-off dated sending the notice asks of the bodies "
            "it tasks); incident information 「及时准确报送突发事件信息」 and 「事故信息应报尽报」 (四、, undated, as events occur)",
            "figures: targets 1次 (二、, 开展一次“深度体检”); not targets 1000m2 (二、, a hazard in a list of faults), 24小时 (四、, a "
            "system's name), 8人 / 9人 / 6人 (past accidents), “6+1” (a name), 54667508 / 18018888482 / 54666903 (phone and fax "
            "numbers); no plan targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x267_03_shi-anweiban-yingjiju-2021-anquan-shengchan-peixun-gongzuo-tongzhi.txt"
N03 = "上海市安全生产委员会办公室上海市应急管理局关于进一步加强本市安全生产培训工作的通知"
PRODUCER = "生产经营单位"
PARTYHEAD = ("二、's heading 「全面推动生产经营单位落实安全培训主体责任」 names one party and its 主体责任, and its items are that "
             "party's own duties: a unit heading (rule 1; round 38 「建设单位责任」, round 40 「全面履行…主体责任」, round 46: a party "
             "heading over its own duties, round 50 「第五条（建设单位职责）」) → responsible 生产经营单位 for each item; sentences add "
             "nothing under a label (rule 1)")

plan(X03,
     title=N03,
     title_note="the notice title (line 1)",
     doc_no="沪安委办〔2021〕17号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市安全生产委员会办公室 and 上海市应急管理局 (two signatures on one line)",
     date="2021-06-16",
     date_note="the notice is dated 2021年6月16日 (the index the same)",
     level="the city's work-safety committee office and emergency management bureau (Shanghai), a notice on safety "
           "training: awareness, producers' duties, training institutions, a two-level supervision mechanism and joint "
           "oversight, in five headed points with run-in items, and a blank report form as its attachment",
     source=src("工程建设管理", N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=5042079283754092a78d68d912fa43d0&siteId=0037", 5458),
     style="addressees and a preamble with no blank lines between; 一、 two paragraphs; 二、–五、 heading lines over items "
           "「（一）切实加强组织领导。…」 (run-in headings, one paragraph each); 「附件：上海市安全培训机构书面报告表（样张）」, the two "
           "signatures on one line (five spaces between), the date, a contact line; then the attachment: a blank form printed "
           "one cell a line (field names, 「1.」「2.」 notes in a 备注 cell, check boxes 「□ …」 with runs of spaces, a "
           "declaration, seal and date lines)",
     leaf_tasks=11, count_alternatives=[10],
     leaf_tasks_by_section={"一、": 1, "二、": 3, "三、": 2, "四、": 3, "五、": 2},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["企业"], responsible_alternatives=[[]],
          note=HEADED + " (「…要以…为指导，…深入学习贯彻…」; 「要牢固树立…意识，…要严格安全培训监管执法和责任追究，落实企业安全培训主体"
               "责任，做到先培训后上岗…」; as Round 59 read x257_01 一); 「各地区、各部门、各单位要…」 — 各部门 joined to 各地区 and "
               "the bare 各单位 are general calls (rounds 32, 33, 44), and 以…为指导／学习贯彻／树牢 are no rule-2 verbs; the second "
               "paragraph has no subject standing (" + CARRY + "): 「落实企业安全培训主体责任」 — 落实 X的主体责任 names X as the party "
               "who answers, a designation (rounds 46, 47 「各单位要严格落实业主主体责任」 → 业主) → 企业 (none accepted); " + NODATE),
        S(["二", "（一）"], [], [PRODUCER], lead_alternatives=[[PRODUCER]],
          note=PARTYHEAD + "; the text agrees: 「生产经营单位是安全培训的主体，…必须落实安全培训责任」 (a designation by 是…主体 and "
               "落实…责任); 「企业主要负责人要组织制订…年度培训计划并组织实施」 — 主要负责人 are persons (round 34), no unit; "
               + ONE_LEAD + "; " + NODATE),
        S(["二", "（二）"], [], [PRODUCER], lead_alternatives=[[PRODUCER]], responsible_alternatives=[[]],
          note=PARTYHEAD + "; the text alone names no doer: 「…所需经费，应从安全生产费用和职工培训经费中列支。要足额提取并使用…专项经费，"
               "足额支付员工…工资…」 — 列支, 使用, 支付 with money as object are cost verbs (rounds 37, 48, 55): a payer, no unit "
               "(none accepted, the reading without the heading's party); 「任何单位不得…」 a prohibition to all; " + ONE_LEAD + "; "
               + NODATE),
        S(["二", "（三）"], [], [PRODUCER], lead_alternatives=[[PRODUCER]],
          note=PARTYHEAD + "; the text agrees: 「生产经营单位必须对上岗的临时工…进行强制性安全培训」; 「…的培训，由各单位统一组织」 — "
               "由A组织 with the bare 各单位, a general call (round 33): no unit; persons 主要负责人、安全生产管理人员 「要…参加安全培训」 "
               "no units; 「倡导和鼓励…大型生产经营单位、安全培训机构与…签订培训服务协议」 — 鼓励 names no doer (round 40); "
               + ONE_LEAD + "; " + NODATE),
        S(["三", "（一）"], [], [],
          note="a run-in item that gives work (round 35); 「倡导按照…标准，落实…要求」 — 倡导 like 鼓励 names no doer (round 40) and "
               "the 落实 under it is its object; 「本市安全培训机构要坚持…，加强…，建立健全…，严格…进行培训」「市安全生产协会等相关社会"
               "组织要…推动…，引导…」「从事特种作业人员培训的机构，要选派…教师开展…教学」 — 坚持, 加强, 建立健全, 进行, 推动, 选派, 开展 "
               "are no rule-2 verbs (" + CLOSED + "); 三、's heading 「进一步推动安全培训机构提升培训质量」 names no duty word (round "
               "37: a heading with no duty word gives out nothing): " + NONE + "; 《安全培训机构基本条件》（AQ/T 8011-2016） is a "
               "standard number, no target; " + NODATE),
        S(["四", "（一）"], [], [], not_targets=[(60, "日")],
          note="a run-in item (round 35); 「…的安全培训机构，在从事开展相关培训活动前60日内，应当将…情况书面报告所在地的区应急管理局」 — "
               "a regulated party's statutory filing to the department that administers the rule (rounds 32, 41): no duty, no "
               "unit; 「区应急管理局经书面审查后，将有关报告情况报送市应急局」 — a plan body passing others' papers on after its own step "
               "(round 46's 「初审后报镇」; round 48's 转报): an undated duty, and a sending names no doer (rounds 46, 48); 「市应急局将"
               "…信息定期在…官方网站公开」 — 公开 is no rule-2 verb, and publishing is no duty (round 55); 「推动落实…制度」 in the "
               "heading has no subject: " + NONE + "; 「前60日内」 is a limit counted from an event with 内: neither target nor "
               "deadline (rounds 33, 54) → 60日 not a target; " + NODATE),
        S(["四", "（三）"], [], [],
          note="a run-in item (round 35); 「市安全生产资格考试机构（市安全生产科学研究所）要加强职能建设，强化考务管理，…探索建立…机制。"
               "要推动制定…方案…。要结合实际情况，探索推动…」 — 加强, 强化, 探索建立, 推动 are no rule-2 verbs (" + CLOSED + "): "
               + NONE + "; " + NODATE),
        S(["五", "（一）"], ["各级安委会办公室"], ["各级安委会办公室"],
          note="a run-in item (round 35); 「各级安委会办公室要牵头抓总，当好参谋，创新实践，融合资源，示范引领」 — A牵头 (rule 2): lead "
               "and responsible 各级安委会办公室 (a kind with a level word, round 41); the later subjectless 「要…加强协调配合，强化…"
               "监督、指导和检查…。…要适时组织多部门联合执法检查」 carries that subject inside the paragraph (" + CARRY + ") and adds "
               "no body; 「各行业主管部门、各生产经营单位要把…纳入…」「各级安委会要经常深入基层开展…调查研究，定期研究解决…」 — 纳入, 开展, "
               "研究解决 are no rule-2 verbs; 「要支持工会、共青团、妇联、科协以及新闻媒体等参与、监督…」 — the bodies supported are "
               "no units (round 49: 支持 is no partner's word); 「依法停业整顿」 a sanction, no target; " + NODATE),
        S(["五", "（二）"], [], [],
          note="a run-in item (round 35) with no subject: 「要总结推广…典型经验…。要定期公布…名单。要广泛宣传…」 — instructions with "
               "no doer (round 34 early; a subject does not carry from another item's paragraph, round 56): " + NONE + "; 「定期」 "
               "names no rhythm word and publishing is no duty (round 55): " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区应急管理局经书面审查后，将有关报告情况报送市应急局",
              "when": "(after the bureau's review of each report)", "when_norm": None}],
     notes=["counting: the preamble no task; 一、 a childless headed point of two paragraphs that gives work (" + HEADED
            + ") → 1; 二、 （一）–（三） 3, 三、 （一）（二） 2, 四、 （一）–（三） 3, 五、 （一）（二） 2 — run-in items that each give work "
            "(round 35) → **11**; the attachment (a blank report form after the 附件 line) holds no tasks (EXPECTED.md: tasks "
            "are counted to the 附件 line; its 「1.」「2.」 are notes in a form cell). Accepted: 10 (一、 read as a point of "
            "awareness that only calls, round 39).",
            "units: 一、 企业 (落实企业…主体责任, a designation); 二、 生产经营单位 (the party heading, rule 1); 五、（一） 各级安委会办公室 "
            "(牵头); every other item's bodies act by verbs outside rule 2's closed list (坚持, 加强, 推动, 纳入, 公开, 进行…) or are "
            "persons, general calls, supported or supervised bodies",
            "dates: 2021年6月16日 (the signature) only; no deadlines, no phases",
            "duties: 区应急管理局's passing of the training institutions' reports to 市应急局 (四、（一）, undated); the institutions' "
            "own reports to the district bureaus are statutory filings (rounds 32, 41), no duty; the contact line 546671090 "
            "is a phone number",
            "figures: not targets 60日 (四、（一）, a limit from an event), 第3号 / 第44号 / 第63号 / 第80号 (orders), 沪应急行规〔2020〕"
            "2号 / 沪应急执法〔2020〕69号 (document numbers), AQ/T 8011-2016 (a standard), m2 (a form's unit); no targets, no "
            "plan targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x267_04_shi-yingjiju-2021-anquan-pingjia-jigou-zhiye-xingwei-zhuanxiang-zhengzhi-shishi-fangan.txt"
P04 = "上海市安全评价机构执业行为专项整治实施方案"
C04 = "上海市应急管理局关于印发上海市安全评价机构执业行为专项整治实施方案的通知"
AGENCY = "安全评价机构"
SPAN04 = ("四、实施步骤's lead-in 「从2021年6月至2021年12月（附件3）。」 is the campaign's span, stated once for the whole action "
          "(round 37; round 44 decided: an item takes a deadline from its own text, its stage, or a campaign span the plan sets) — "
          "RULING? 5")
STAGE = "the item writes no date of its own: its stage's span gives it the span's end (round 35; round 37: an item's own date wins)"
SENT = ("the item's only date is a sending whose content is the result of the item's own one-off work (梳理形成／形成…报告／清单), "
        "so the date is the item's deadline as well as the duty's (round 49 p46c; round 42: a dated sending by a body the plan "
        "tasks inside its own campaign is a dated duty)")

plan(X04,
     title=P04 + "（" + C04 + "）",
     title_note="the plan's own title (lines 11–12, printed over two lines 「上海市安全评价机构执业行为」「专项整治实施方案」) or the "
                "cover's title (line 1): either (round 45's pair; Round 60 on x256_06: the plan's own title line after its cover)",
     doc_no="沪应急科技〔2021〕47号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市应急管理局 (the cover's signature; the plan's 抄送 line and 「上海市应急管理局办公室…印发」)",
     date="2021-06-15",
     date_note="the cover is dated 2021年6月15日 (the index the same); the campaign runs from 2021年6月 to 2021年12月",
     level="a city bureau (Shanghai's emergency management bureau), an implementation plan of a special campaign against "
           "safety-assessment agencies' fraud: aims, scope, the content of the checks (questions by party), four dated "
           "stages with numbered steps, four requirements, and ten attachments (a leading group's list, the cases of a false "
           "report, a step table and blank forms)",
     source=src("工程建设管理", C04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=56f329328d2b45b3b4478d73515eab91&siteId=0037", 9550),
     style="a cover (addressees, one sentence 「…请认真抓好落实。」, signature, date, a bracketed contact line with an e-mail "
           "address); the plan's title over two lines; a preamble; 一、总体目标 one paragraph; 二、整治范围 （一）（二） with a "
           "lead-in each and 1.–3. / 1.–6.; 三、整治内容 a lead-in, （一）–（三） party headings, 1. / 2. sub-headings and （1）–（8） "
           "check questions 「是否…」; 四、实施步骤 a span line, （一）–（四） stage headings with months 「（7–9月）」 (an en dash) over "
           "1.–4. (（二）'s third item numbered with a full-width 「３.」; （三） a lead-in sentence before its items; 「（四）评估"
           "总结阶段（10–12月）。」 with a final 「。」); 五、工作要求 （一）–（四） run-in items; the 附件 list 1.–10. (its first "
           "entry broken over two lines), 「（信息公开形式：主动公开）」, 抄送, the printing line, 「共印60份」; then the ten "
           "attachments (附件1 persons by post, 附件2 十二 cases 一、–十二、 with ASCII commas, 附件3 a step table one cell a "
           "line, 附件4–10 blank forms with runs of spaces)",
     leaf_tasks=17, count_alternatives=[16, 44],
     leaf_tasks_by_section={"三、": 1, "四、（一）": 4, "四、（二）": 3, "四、（三）": 3, "四、（四）": 2, "五、": 4},
     childless_top_level_sections=["一、总体目标"],
     samples=[
        S(["三"], [], [], dl="从2021年6月至2021年12月", dln="2021-12", not_targets=[(1, "次")],
          note="三、整治内容's lead-in 「重点整治…等问题，围绕安全评价机构、生产经营单位、监管部门3个层面开展专项整治。」 gives the work "
               "(an instruction with no doer); its （一）–（三） headings name the parties the checks bear on (topics, round 46 "
               "decided) and their （1）–（8） 「是否…」 items are questions naming kinds of violation to look for — fields, text (round "
               "46 on x208_07's 治理重点: the paragraph that gives the work makes the point one task) → 三、 one task (count 16 "
               "without it accepted; 44 with the 28 questions as leaves); " + NONE + "; 「每3年至少覆盖1次」「确保每年至少覆盖1次」 "
               "describe faults in a list of faults to find (round 31) → 1次 not a target; 「3个层面」「2个管理委员会」 count parts of "
               "a description, no targets; deadline: " + SPAN04 + " → 2021-12"),
        S(["四", "（一）", "1"], [], [], dl="于6月20日前报送", dln="2021-06-20",
          note="a step of the stage （一）部署查改阶段（6月） (phases and steps, round 33); 「安全评价机构梳理形成本机构…项目清单…，于6月20日前"
               "报送专项整治领导小组办公室」 — 梳理形成 and 报送 are no rule-2 verbs (" + CLOSED + "; a sending names no doer, rounds "
               "46, 48): " + NONE + "; 2019年5月1日至2021年5月31日 picks the projects listed (a cut-off, round 41), no deadline; "
               "deadline: " + SENT),
        S(["四", "（一）", "2"], [], [AGENCY], dl="于6月30日前报送", dln="2021-06-30", lead_alternatives=[[AGENCY]],
          note="「安全评价机构对照整治内容开展自查，全面核查…，列出问题清单，落实整改措施、时限和责任人」 — 落实 (rule 2, whatever its "
               "object, round 49 p46d), the subject standing at the sentence's start; 安全评价机构 a kind of body the plan tasks "
               "(round 34: rule 2 does not ask who the body is; round 54: a kind of agency); 「要主动清理…，严肃整改…」 carries it ("
               + CARRY + "); " + ONE_LEAD + "; deadline: 「形成自查自改报告，于6月30日前报送…」 — " + SENT),
        S(["四", "（一）", "4"], [], [], dl="请于7月5日前…报送", dln="2021-07-05",
          note="「专项整治领导小组办公室将统一汇总、梳理…。各监管部门根据…分别制定执法检查计划。同时，各监管部门…开展自查，及时清理…，"
               "提出…措施或建议，形成自查报告」 — 汇总, 梳理, 制定, 开展, 清理, 提出 are no rule-2 verbs (" + CLOSED + "); the office "
               "belongs to the leading group the preamble sets up (a body set up earlier is a doer in later items by a rule-2 form "
               "only, round 36): " + NONE + "; deadline: 「请于7月5日前将检查计划和自查报告报送…」 — the item's own date wins over its "
               "stage's 6月 (round 37), and " + SENT),
        S(["四", "（二）", "2"], [], [], dl="（7–9月）", dln="2021-09",
          note="「各区应急管理局、临港新片区管委会、化工区管委会要结合…，全覆盖检查…。…开展检查，重点核查…」 — 检查, 开展, 核查 are no "
               "rule-2 verbs (" + CLOSED + "): " + NONE + "; the sending 「在7–9月的每月8日、18日、28日前，向…报送阶段性工作进展情况"
               "及…汇总表」 is a monthly rhythm (round 34: recurring dates are no deadline), a monthly duty; deadline: " + STAGE
               + " — （二）集中检查阶段（7–9月） → 2021-09 (round 41: an item with a one-off step and a monthly sending under a "
               "span is dated by the span's end)"),
        S(["四", "（三）", "2"], [], [], dl="（9月）", dln="2021-09",
          note="「随机抽查法定安全评价报告和相关生产经营单位，对…进行重点核查」 — no subject; the stage's lead-in 「市应急局将对…相关监管"
               "部门进行督导检查。」 ends in 「。」, so it is no colon lead-in its items complete (round 50; Round 59 on x258_05), and "
               "进行 is no rule-2 verb, so rule 4 gives nothing: " + NONE + "; deadline: " + STAGE + " — （三）督导检查阶段（9月） → "
               "2021-09"),
        S(["四", "（四）", "1"], [], [], dl="于10月30日前报送", dln="2021-10-30",
          note="「各区应急管理局、临港新片区管委会、化工区管委会将专项整治工作总结，及…典型案例，于10月30日前报送专项整治领导小组办公室」"
               " — a sending names no doer (rounds 46, 48): " + NONE + "; deadline: the 总结 sent is the result of the item's own work "
               "(round 49 p46c) → 2021-10-30, inside its stage （10–12月）"),
        S(["四", "（四）", "2"], [], ["市应急局"], dl="12月底前", dln="2021-12", lead_alternatives=[["市应急局"]],
          note="「市应急局剖析、整理…典型案例。对各区域专项整治工作开展情况…组织验收评估，…形成…总结和…报告」 — the subjectless 组织"
               "验收评估 carries 市应急局 (" + CARRY + "), and 组织＋work makes it a doer (round 34); " + ONE_LEAD + "; deadline: "
               "「12月底前，将…总结、典型执法案例和专题调研报告等报送应急管理部」 → 2021-12 (round 34: 底前 keeps month 12), the "
               "stage's end too; the sending is a dated duty"),
        S(["五", "（一）"], [], [], dl="从2021年6月至2021年12月", dln="2021-12",
          note="a run-in item (round 35); 「各区应急管理局、临港新片区管委会、化工区管委会要提高政治站位，高度重视…」 — no rule-2 verb; "
               "「主要负责同志要加强统筹协调，明确职责分工，落实责任人员…」 — 落实 by persons (主要负责同志, round 30), no unit: " + NONE
               + "; deadline: the item's only date 「请于6月20日前向…报送专项整治工作组人员名单（附件10）」 sends a list, so it is the "
               "duty's date only (round 49 p46c: not where the sending is a list); the item's own work is the campaign's "
               "(organising it), so " + SPAN04 + " → 2021-12"),
        S(["五", "（四）"], [], [],
          note="a run-in item (round 35); 「以专项整治工作为契机，逐步推动以信用为基础的…新型监管模式，进一步完善…格局。各监管部门要切实推进"
               "…信用监管，市安全生产协会要以行业信用建设强化行业自治，…引导…」 — 推进, 强化, 引导 are no rule-2 verbs (" + CLOSED
               + "): " + NONE + "; the work goes on after the campaign (逐步推动 a new supervision model), so the span gives it no "
               "deadline (Round 56 governs: an item whose work goes on after the span has none): " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "部署查改阶段", "start": "2021-06", "end": "2021-06"},
             {"name": "集中检查阶段", "start": "2021-07", "end": "2021-09"},
             {"name": "督导检查阶段", "start": "2021-09", "end": "2021-09"},
             {"name": "评估总结阶段", "start": "2021-10", "end": "2021-12"}],
     duties=[{"what": "安全评价机构梳理形成本机构法定安全评价项目清单及其他安全技术服务项目清单，于6月20日前报送专项整治领导小组办公室",
              "when": "6月20日前", "when_norm": "2021-06-20"},
             {"what": "安全评价机构形成自查自改报告，于6月30日前报送专项整治领导小组办公室",
              "when": "6月30日前", "when_norm": "2021-06-30"},
             {"what": "请于7月5日前将检查计划和自查报告报送专项整治领导小组办公室",
              "when": "7月5日前", "when_norm": "2021-07-05"},
             {"what": "在7–9月的每月8日、18日、28日前，向专项整治领导小组办公室报送阶段性工作进展情况及专项整治情况汇总表",
              "when": "7–9月的每月8日、18日、28日前", "when_norm": "monthly (by the 8th, 18th and 28th, July–September)"},
             {"what": "将专项整治工作总结及典型案例，于10月30日前报送专项整治领导小组办公室",
              "when": "10月30日前", "when_norm": "2021-10-30"},
             {"what": "12月底前，将专项整治工作总结、典型执法案例和专题调研报告等报送应急管理部",
              "when": "12月底前", "when_norm": "2021-12"},
             {"what": "请于6月20日前向专项整治领导小组办公室报送专项整治工作组人员名单",
              "when": "6月20日前", "when_norm": "2021-06-20"},
             {"what": "6–9月的每月30日前，向委托的各监管部门提交行政审批技术审查总结报告",
              "when": "6–9月的每月30日前", "when_norm": "monthly (by the 30th, June–September)"}],
     notes=["counting: the cover (one sentence 「请认真抓好落实」) and the preamble no tasks; 一、总体目标 a childless section of "
            "aims (round 49); 二、整治范围 is the campaign's scope — （一）'s 1.–3. name what the checks bear on and （二）'s 1.–6. "
            "define 法定安全评价 (「本方案所指…是指…主要包括：」): points of scope and a definition, general provisions (round 34 "
            "early; round 58: scope items are general provisions; round 44: fields), no tasks; 三、整治内容 one task by its "
            "lead-in, its 28 「是否…」 questions text (round 46's x208_07) → 1; 四、实施步骤 （一） 1.–4., （二） 1.–3. (the "
            "third numbered 「３.」 in a full-width digit), （三） 1.–3., （四） 1.–2. → 12 (the stages are phases; with their own "
            "items they are not leaves); 五、工作要求 （一）–（四） run-in items that give work (round 39: a 工作要求 section whose "
            "items give work) → 4 → **17**; the ten attachments after the 附件 list are not counted (EXPECTED.md). Accepted: 16 "
            "(三、 read as fields only), 44 (三、's 28 questions as leaves).",
            "not sampled on purpose: 四、（二）「３.」 — its first words 「各区应急管理局、临」 are also 四、（二）/2's and 四、（四）/1's and "
            "五、（一）'s, and a full-width 「３」 may not bind the path, so a sample on it would test the scorer's fallback, not the "
            "parser (round 37's scorer note on items that open alike); 五、（二） — its deadline turns on whether enforcement "
            "「要依法依规实施处罚」 and a monthly report under the span date it (not settled)",
            "units: only 四、（一）/2 (安全评价机构 落实) and 四、（四）/2 (市应急局 组织验收评估, carried) name doers by rule 2; the other "
            "items' bodies (各区应急管理局, 临港新片区管委会, 化工区管委会, 各监管部门, 市应急局, 专项整治领导小组办公室, 市安全生产协会) act "
            "by verbs outside the closed list (梳理, 检查, 核查, 进行, 报送, 推进…), or are persons (主要负责同志, the leading group's "
            "members by post in 附件1)",
            "dates: the campaign span 2021年6月–12月 (四、's lead-in, RULING? 5), the four stages （6月） （7–9月） （9月） （10–12月） "
            "(phases), one-off sendings 6月20日 (two), 6月30日 (two: the agencies' report and the supervisors' lists), 7月5日, "
            "10月30日, 12月底前; rhythms 每月8日、18日、28日前 (7–9月) and 每月30日前 (6–9月); cut-offs 2019年5月1日至2021年5月31日 "
            "(and a misprint 「统计2009年5月1日至2021年5月31日」 in 附件6, as stored); 附件3's table dates (8月30日前, 9月30日前, "
            "12月30前) are an attachment's, not read into the items",
            "duties: eight, listed; 「及时报送」 of good practice and cases (五、（三）) and 「应将有关情况应及时提交监管部门」 (五、（二）, "
            "as cases arise) are undated and not listed; the reports' receivers are the leading group's office, the commissioning "
            "supervisors and 应急管理部",
            "figures: not targets 1次 (三、's fault questions 「每3年至少覆盖1次」「每年至少覆盖1次」, round 31), 3个层面, 2个管理委员会, "
            "1号令 (a decree's number), 应急厅〔2021〕38号 / 沪应急行规〔2019〕4号 (document numbers), 54667135 / 021–54666575 "
            "(phones), 共印60份 (a print run); no targets, no plan targets"])

write_collected(DIR)
