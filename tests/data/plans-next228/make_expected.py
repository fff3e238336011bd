# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next228/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 47 (built by helper c228): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the "Round 48 rulings, written
early" included) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the
lead scores it first.

    PYTHONPATH=. python tests/data/plans-next228/make_expected.py tests/data/plans-next228
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
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb is not a unit "
          "(round 44 decided reads any verb of doing only in 第X条 articles; round 45 keeps headed points out of it)")
LABEL = ("CONVENTIONS.md units rule 1: the label decides — a unit label on the item gives its units and sentences in its "
         "text then add nothing")
NOLEAD = "a 责任部门 label names responsible bodies and no lead: lead = [] (EXPECTED.md: lead [] wherever no lead is named)"


# ---------------------------------------------------------------------------------------------------------
X01 = "x228_01_shi-jiaotongwei-2022-hangye-jishu-jineng-shanzhai-zhengshu-zhuanxiang-zhili-tongzhi.txt"
N01 = "上海市交通委员会关于开展行业技术技能类“山寨证书”专项治理工作的通知"
FIELD01 = ("一、组织机构和职责 「市交通委组织人事处牵头，委职业资格中心具体负责，在全行业开展…专项治理工作」 says who leads and "
           "does the whole campaign: a plan-level field (round 42 continued; round 48 governs, round 42 over round 36: "
           "x227_07 二 「由A、B牵头,…分工负责」), which gives no item units (round 40: a preamble's 由A牵头 gives units to no "
           "item; round 41: a plan-level field stated once gives no item units) — RULING? 1")
SECT01 = "三、工作安排和要求 is a 工作要求 section whose items give work: tasks (round 39)"

plan(X01,
     title=N01,
     title_note="the notice title (line 1)",
     doc_no="沪交人〔2022〕366号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市交通委员会",
     date="2022-07-05",
     date_note="the notice is signed 2022年7月5日; the index and the front matter give 2022-07-06 (the publication day)",
     level="a city commission (Shanghai's transport commission), a notice of a campaign against 'copycat' technical and "
           "skills certificates in the transport trades: who leads it, what is checked, and four work steps",
     source=src("工程建设管理", "上海市交通委员会关于开展行业技术技能类“山寨证书”专项治理工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9eb08d6039be4de681711839b8a0c05c&siteId=0010", 1881),
     style="addressees 「各有关单位：」 and the preamble with no blank line between; three headed points 一、–三、 as heading lines; "
           "一、 one paragraph; 二、 a lead-in paragraph ending 「主要包括以下内容：」 over （一）–（四） 「是否存在…等情况。」 with run-in "
           "headings; 三、 （一）–（四） with run-in headings 「自查自改。」; a phone number, e-mail addresses, a contact person; the "
           "signature and the date; no blank lines between paragraphs",
     leaf_tasks=4, count_alternatives=[5, 8, 9],
     leaf_tasks_by_section={"三、工作安排和要求": 4},
     childless_top_level_sections=["一、组织机构和职责"],
     samples=[
        S(["三", "（一）"], [], [],
          note=SECT01 + "; 「道路运输、民航、铁路等各行业相关管理机构督促、指导管辖范围内的相关机构开展自查自纠」 — 督促 is no rule-2 verb "
               "(round 30: the pivot 督促) and 「A指导B…」 without 负责 makes A a guide (round 30 clarifications: rule 3's guide); "
               "排查, 清理 no rule-2 verbs (" + CLOSED + "): " + NONE + "; " + FIELD01 + "; " + NODATE),
        S(["三", "（二）"], [], [],
          note=SECT01 + "; 「市交通委对…自查自纠情况进行监督检查，对…问题进行调查核实」 — 进行 is not 实施 (round 37: 「A对…进行审批／监督"
               "抽查」 without 由 names no doer); 「…根据相关规定予以处置或移送相关部门」 — 予以 reaches only 落实 (round 41; round 47 on "
               "x218_07), 相关部门 the receiver of 移送 (rule 3: a body that only receives): " + NONE + "; the phone number "
               "23111753 and the e-mail address are names, no targets; " + NODATE),
        S(["三", "（三）"], [], [],
          note=SECT01 + "; 「各行业相关管理机构利用各种途径加强宣传力度，加大…宣传，引导公众…。运用典型案例进行警示教育，公开曝光…」 — "
               "加强, 加大, 引导, 运用, 进行, 曝光 are no rule-2 verbs (" + CLOSED + "): " + NONE + "; " + NODATE),
        S(["三", "（四）"], [], [], dl="于2022年8月15日前", dln="2022-08-15",
          note=SECT01 + "; 「各行业相关管理机构总结…，形成书面报告于2022年8月15日前报送市交通委职业资格中心」 — 总结, 提炼, 研究, 形成, "
               "报送 are no rule-2 verbs; 「市交通委统一汇总形成…总结后报送市人力资源社会保障局」 — 汇总, 报送 no rule-2 verbs, the "
               "receivers no units (rule 3): " + NONE + "; deadline: the item's own date 「于2022年8月15日前」 bounds the "
               "report that ends the item's work → 2022-08-15 (round 47 decided on x212_02: the date that bounds the item's "
               "own step is its deadline; round 34: the latest date in the item); the phone number 021-53950537 is a name"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各行业相关管理机构总结行业专项治理工作情况，形成书面报告于2022年8月15日前报送市交通委职业资格中心",
              "when": "2022年8月15日前", "when_norm": "2022-08-15",
              "note": "三、（四）: a one-off dated sending the notice asks of the bodies it tasks (round 43 turned: a dated duty; "
                      "round 35: a report sent to another body of the plan)"},
             {"what": "市交通委统一汇总形成行业专项治理工作总结后报送市人力资源社会保障局",
              "when": "汇总形成行业专项治理工作总结后", "when_norm": None,
              "note": "三、（四）: the issuer sending its summary on to the city body that ordered the campaign — a report to "
                      "another body (rounds 35, 46; round 47 on x218_07 「…并报县委办」: a duty whoever sends it), after an "
                      "event, undated (round 34: times from an event are no date)"}],
     notes=["counting: the preamble no task; 一、组织机构和职责 a childless point that only says who leads and does the whole "
            "campaign — a plan-level field (" + FIELD01 + "), no task; 二、实施范围和内容's lead-in states the scope, and its "
            "（一）–（四） 「是否存在…等情况」 only name the kinds of violation the campaign looks for — focus points, fields (round "
            "46 on x208_07 治理重点 (一)–(四); round 44: points that only say on what the work bears) → no tasks; 三、 （一）–（四） "
            "give work (round 39) → **4**. Accepted: 5 (一、 as a childless point that gives work to doers, round 36), 8 (二、's "
            "（一）–（四） as items), 9 (both).",
            "units: only 一、 names doers by rule 2 (市交通委组织人事处 牵头, 委职业资格中心 具体负责), read as a plan-level field; "
            "三、's items name bodies only with verbs outside rule 2 (督促, 指导, 进行, 加强, 报送) → every sample's units "
            "are none; the addressees 各有关单位 only in the address line",
            "dates: 2022年7月5日 (the signature); 2022年8月15日前 (三、（四）, its deadline and a dated duty); no campaign span, "
            "no phases",
            "figures: none are targets — 沪人社职﹝2022﹞118号 (a document number), 23111753, 021-53950537 (phone numbers), "
            "45288663@qq.com, 1148743673@qq.com (e-mail addresses), 「×天拿证」 (a slogan quoted)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x228_02_shi-guiziju-2022-gongcheng-jianshe-xiangmu-duoce-heyi-gaige-tongzhi.txt"
N02 = "关于进一步加强本市工程建设项目“多测合一”改革的通知"
L7 = ["市规划资源局", "市住房城乡建设管理委", "市交通委", "市绿化市容局", "市民防办", "市房屋管理局", "市道路运输局"]
HEADED02 = ("round 34 (written early): in a notice of headed points a childless point whose text gives work is a task, one "
            "paragraph or several")
SEVERAL = ("several 「（责任部门：…）」 labels inside one point: the point is one task and its units are every label's names, in "
           "printed order (rule 1 on each label; rule 2's several clauses read the same way, 「all their bodies, in order」; "
           "round 36: two bodies that 牵头 different parts of one item are both its lead)")

plan(X02,
     title=N02,
     title_note="the notice title (line 1)",
     doc_no="沪规划资源调〔2022〕211号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市规划和自然资源局 with six city bodies (seven signatures: 市规划资源局, 市住房城乡建设管理委, 市交通委, "
            "市绿化市容局, 市民防办, 市房屋管理局, 市道路运输局; the index lists 上海市规划和自然资源局)",
     date="2022-06-23",
     date_note="the notice is signed 2022年6月23日; the index and the front matter give 2022-06-30 (the publication day); "
               "in force from the day it is issued",
     level="seven city bureaus (Shanghai), a notice to deepen the 'one survey for all' reform of construction projects: "
           "survey items merged, scope widened, a local standard, shared results, a directory of survey firms, quality "
           "supervision, coordination — each point with 「（责任部门：…）」 labels",
     source=src("工程建设管理", N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=624820d9321243449d90246c0f8d0e1d&siteId=0032", 3182),
     style="addressees with an ASCII colon 「…，各有关单位:」; a preamble; seven headed points 一、–七、 as heading lines, each over "
           "one to two unnumbered paragraphs; labels 「（责任部门：A，B，…）」 (bodies separated by full-width commas) at a "
           "paragraph's end or in its middle (二、 and 三、 hold two labels in one paragraph), paragraphs with no label "
           "(五、's first, 六、's first, 七、's first); the entry into force 「本通知自印发之日起实施。」; seven signatures one a "
           "line, the date; blank lines between all paragraphs",
     leaf_tasks=7, count_alternatives=[],
     leaf_tasks_by_section={"一、": 1, "二、": 1, "三、": 1, "四、": 1, "五、": 1, "六、": 1, "七、": 1},
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], L7,
          note=HEADED02 + "; 「（责任部门：市规划资源局，…，市道路运输局）」 after the second paragraph — " + LABEL + "; " + NOLEAD
               + "; 「保留3个测绘事项」 — the number the merger leaves, with no comparison word: not checked either way; "
               "「发生变化的可以进行补充测绘」 an option; " + NODATE),
        S(["二"], [], ["市规划资源局", "市交通委", "市住房城乡建设管理委", "市绿化市容局", "市民防办", "市房屋管理局"],
          note=HEADED02 + "; three labels — (市规划资源局，市交通委，市住房城乡建设管理委，市绿化市容局，市民防办，市房屋管理局) after the "
               "first paragraph, (市房屋管理局，市规划资源局) and (市规划资源局，市房屋管理局) inside and at the end of the second — "
               + SEVERAL + " → six bodies, 市道路运输局 not among them; 「测绘服务机构应…」「房屋调查机构应…」 regulated parties "
               "in the text add nothing (" + LABEL + "); " + NOLEAD + "; 沪规划资源调〔2021〕97号 a document number; " + NODATE),
        S(["三"], [], L7,
          note=HEADED02 + "; labels (seven bodies), (市规划资源局) and (市规划资源局，市交通委，市民防办) — " + SEVERAL + " → the "
               "seven; 「规划资源、住房建设、…、房屋等管理部门应…完成…编制工作」 — sentences add nothing (" + LABEL + "); " + NOLEAD
               + "; 「完成…编制工作」 with no date: " + NODATE),
        S(["四"], [], L7,
          note=HEADED02 + "; labels (市规划资源局) after the first paragraph and six bodies after the second — " + SEVERAL
               + " → the seven; 「测绘服务机构应当按要求向市规划资源管理部门汇交…」 a regulated party's filing (round 32), "
               "「市规划资源管理部门将…实时推送市大数据中心数据中台」 the bureau's sending (a duty, below); the label decides "
               "the units (" + LABEL + "); " + NOLEAD + "; 「同一测绘成果只提交一次」 a slogan; " + NODATE),
        S(["五"], [], ["市规划资源局"], lead_alternatives=[["市规划资源局"]],
          note=HEADED02 + "; one label (市规划资源局) after the second paragraph, none on the first (「建立…名录」 with no subject, "
               "「测绘服务机构应在…范围内从事测绘活动」 a regulated party): the point is one task and takes its label (" + LABEL
               + "); 「支持具备资质条件的外省市测绘单位…」 — 支持 names no doer (round 40), and the firms are applicants (round "
               "30); " + ONE + "; " + NODATE),
        S(["六"], [], L7,
          note=HEADED02 + "; 「市规划资源管理部门联合各相关管理部门，…持续加大…监督检查力度」 — 联合 would read as 会同 (round 34: "
               "lead A) in an item with no label, but the label (seven bodies) decides and the sentence adds nothing (" + LABEL
               + "); " + NOLEAD + "; 「由建设单位承担相关法律责任」 — liability for a fault states a consequence (round 48 "
               "decided: 「由违约方承担相应责任」), 「任何单位不得…」 a prohibition; 「责令限期整改」 names no time: " + NODATE),
        S(["七"], [], L7,
          note=HEADED02 + "; 「规划资源、住房建设、…、房屋等管理部门应当切实加强组织协调，落实部门责任」 — 落实 would make them doers "
               "(rule 2), but the label after the second paragraph (seven bodies) decides (" + LABEL + "); 「各有关管理部门应当"
               "加强工作协同」 adds nothing; 「加强组织协调」 is a noun phrase (round 45: 「加强组织领导」); " + NOLEAD + "; 「年度综合考评」 "
               "names a yearly review, no date; the last paragraph 「本通知自印发之日起实施。」 starts the notice's close (round "
               "34), not 七、's body: " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市规划资源管理部门将“多测合一”成果数据及报告实时推送市大数据中心数据中台",
              "when": "实时", "when_norm": None,
              "note": "四、: information a body the notice tasks sends to another body's platform — an undated duty (round 48 "
                      "on x224_01 第十五条: 「负责将贴息贷款信息报送…征信管理系统」, information sent by a body the rules task; "
                      "rounds 35, 44); 「实时」 is no rhythm word. The survey firms' 汇交 to the bureau is a regulated party's "
                      "filing (round 32, round 41): no duty"}],
     notes=["counting: the preamble no task; 一、–七、 are childless headed points, each giving work under its labels → **7** ("
            + HEADED02 + "); the entry into force after 七、 is the close (round 34). No other count: the paragraphs under a "
            "point are its text (round 44 decided), not items.",
            "units: every point carries one to three 「（责任部门：…）」 labels (rule 1), so no sentence adds or takes away a unit "
            "(the 联合 of 六、, the 落实 of 七、, regulated parties 测绘服务机构／房屋调查机构／建设单位, 市大数据中心 as a receiver); "
            "the labels name no lead; names as printed, split on the full-width commas (EXPECTED.md)",
            "dates: 2018年 (the reform's start, a past fact), 2022年6月23日 (the signature); 实时 (a sending's manner); no deadline, "
            "no phases",
            "figures: 3个测绘事项 (一、, no comparison word: not checked); 沪规划资源调〔2021〕97号 (a document number); no "
            "target"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x228_03_shi-shuiwuju-2022-jieshuihui-daikuan-yewu-tongzhi.txt"
N03 = "关于在全市范围内开展“节水惠”贷款业务的通知"
SERV03 = ("三、's （一）–（六） are the services the loan offers, each with a run-in heading and a measure for the banks: read as "
          "items giving work (a plan whose tasks name units elsewhere: items naming no unit are tasks where they give work, "
          "round 40; the counts without them, 6 and 5, accepted) — RULING? 3")
PBOC = "中国人民银行上海分行"

plan(X03,
     title=N03,
     title_note="the notice title (line 1; printed again on line 3 above the document number)",
     doc_no="沪水务〔2022〕336号 (printed on line 5; the index and the stored front matter the same)",
     issuer="上海市水务局 with 中国人民银行上海分行 (two signatures; the index lists 上海市水务局)",
     date="2022-06-28",
     date_note="the notice is dated 2022年6月28日 (the index the same)",
     level="the city water authority and the central bank's Shanghai branch, a notice launching a green loan for water "
           "saving: what it is, what it supports, six services, who organises it, the procedure in four steps, safeguards",
     source=src("工程建设管理", N03 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=7f34f4121cf94aaaaf218a906a506641&siteId=0004", 2124),
     style="the title twice (line 1 and line 3) and the document number (line 5); addressees; a preamble; six headed points "
           "一、–六、 as heading lines; 一、 a definition 「…是指…」, 二、 a scope; 三、 and 五、 a lead-in each over （一）–（六） / "
           "（一）–（四） with run-in headings 「保障信贷资源。」「项目申请。」; 四、 and 六、 one paragraph each; the attachment line "
           "「附件：上海市“节水惠”贷款申请表」 (the form itself is not in the stored text); two signatures, the date; blank lines "
           "between all paragraphs",
     leaf_tasks=11, count_alternatives=[12, 10, 6, 5],
     leaf_tasks_by_section={"三、服务内容": 6, "四、组织程序": 1, "五、办理流程": 3, "六、保障措施": 1},
     childless_top_level_sections=["一、业务类型", "二、支持领域"],
     samples=[
        S(["三", "（一）"], [], [],
          note=SERV03 + "; 「鼓励有关金融机构优先保障…信贷需求和信贷资源」 — 鼓励A names no doer (round 40: 「鼓励A…」「支持A会同B…」); "
               + NONE + "; " + NODATE),
        S(["三", "（五）"], [], [],
          note=SERV03 + "; 「对于采取节水改造工程减少碳排放的企业，可用碳排放权依法依规办理抵质押贷款」 — an option 可 (round 34, round "
               "40) for the borrowing enterprises, who are beneficiaries (round 30: applicants are no units); no subject: "
               + NONE + "; " + NODATE),
        S(["四"], [], ["上海市水务局", PBOC, "市节约用水促进中心", "人民银行上海分行"],
          responsible_alternatives=[["上海市水务局", PBOC, "市节约用水促进中心"],
                                    ["上海市水务局", "人民银行上海分行", "市节约用水促进中心"]],
          note="a childless headed point that gives work (round 34 early; round 36) — it divides the scheme's work among four "
               "bodies, so it is not round 42's plan-level field that only says who organises the whole event (the count "
               "without it, 10, accepted); 「上海市水务局与中国人民银行上海分行（以下简称“人民银行上海分行”）共同组织开展…服务工作」 — "
               "「A与B共同＋verb」 makes both doers (round 30; round 37: 「A與B組織…」), 组织开展 in rule 2's list; 以下简称 "
               "dropped from the name (round 35); 「上海市水务局下属的市节约用水促进中心受上海市水务局委托，负责对申请项目进行受理和确认」 "
               "— 负责 makes the centre a doer (round 39: 「受A委托负责实施…的企业」 a doer; round 42: 受A委托 makes A no doer by "
               "it), the name after the last 的 (round 32) → 市节约用水促进中心; 「上海市水务局负责…进行审核」 — 负责 (already "
               "given); 「人民银行上海分行负责组织金融机构对接…」 — 负责, the short name as printed (round 43: a full name and its "
               "以下简称 both acting in one item are given as printed; round 48: either alone accepted), the banks the object "
               "of 组织 (round 30); 「金融机构…进行独立审贷」 — 进行 no rule-2 verb; no 牵头: lead [] (round 30); " + NODATE),
        S(["五", "（二）"], [], [],
          note="五、's （二）–（四） are the procedure's steps done by the scheme's bodies (tasks; （一） the applicants' own step, "
               "rules for the public, round 48 on x224_02's borrowers: no task, the count with it, 12, accepted); 「上海市节约用水"
               "促进中心对…申请项目进行受理确认」 — 进行 is no rule-2 verb outside articles (" + CLOSED + "); 「再经上海市水务局审核后」 — "
               "an approving body (rule 3: 经A同意; round 36: 「经过A、B初步审查」): " + NONE + "; the passing on 「纳入备选项目库并"
               "推送至人民银行上海分行」 is a duty (below); " + NODATE),
        S(["五", "（四）"], [], [], not_targets=[(10, "日")],
          note="「有关金融机构加强对资金流向、风险情况监测，确保…，并于每季后10日内，将…贷款信息向人民银行上海分行报送」 — 加强, 确保, 报送 "
               "are no rule-2 verbs (" + CLOSED + "); 「人民银行上海分行将相关信息与上海市水务局共享」 — 共享 no rule-2 verb: " + NONE
               + "; 「每季后10日内」 — a limit counted from an event with no comparison word is the deadline rule, not a target "
               "(round 33: 「15个工作日内」), and a quarterly rhythm (round 34: recurring dates are no deadline) → 10日 not a "
               "target, " + NODATE),
        S(["六"], [], [],
          note="a childless 保障措施 point that gives work — one task (round 44 decided: paragraphs run in under a safeguards "
               "section are its text, the section one task where it gives work; the count without it, 10, accepted); 「人民银行"
               "上海分行对…贷款提供再贷款资金支持」 — 提供 with money as object names a payer (round 37's cost verbs; round 48: "
               "a verb that pays or moves money), no unit; 「上海市水务局与人民银行上海分行按照职责分工，加强对项目监督指导，…定期总结评估"
               "…」 — 加强, 总结评估 no rule-2 verbs, 「按照职责分工」 a units line by reference (round 33); 「各区水行政主管部门和有关"
               "金融机构要加强…宣传工作」 — 加强 no rule-2 verb: " + NONE + "; 定期 a rhythm: " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "有关金融机构于每季后10日内将本行上季度发放“节水惠”贷款信息向人民银行上海分行报送",
              "when": "每季后10日内", "when_norm": "quarterly (within 10 days after each quarter)",
              "note": "五、（四）: the banks the notice tasks with the scheme's lending send their loan information every quarter "
                      "to the bank that runs the scheme with the water authority — a standing rhythm of reporting by bodies "
                      "the plan tasks (round 40; round 48: reports by bodies the rules task with the plan's own work are "
                      "duties; round 41's statutory filings are a regulated party's reports on itself)"},
             {"what": "上海市节约用水促进中心受理确认、经上海市水务局审核后纳入备选项目库并推送至人民银行上海分行",
              "when": "经上海市水务局审核后", "when_norm": None,
              "note": "五、（二）: a plan body passing the applicants' projects on after its own step (round 46: 「初审后报镇」 "
                      "passing others' papers on is a duty; round 48 turned 转报 to a duty), after an event: undated"}],
     notes=["counting: the preamble no task; 一、业务类型 a definition 「…是指…」 and 二、支持领域 a scope (general provisions, "
            "round 30; round 34 early) — childless points, no tasks; 三、 （一）–（六） 6 (" + SERV03 + "); 四、 1 (a childless "
            "point giving work, round 36); 五、's lead-in 「…履行以下流程：」 no task, （一）项目申请 the applicants' own step "
            "(rules for the public: round 36, round 48 on x224_02) no task, （二）–（四） 3; 六、保障措施 1 (round 44 decided) "
            "→ **11**. Accepted: 12 (五、（一） counted), 10 (四、 read as a plan-level field, or 六、 as a section that only "
            "calls), 6 (三、 one task — the contents of one product, round 37's list of what a document contains), 5 (三、's "
            "encouragements and options as a list that gives no work, round 35).",
            "units: only 四、 names doers by rule 2 (共同组织开展, 负责 ×3); elsewhere banks, the PBoC branch, the centre and "
            "the district water bureaus act by 鼓励／可 (no doer), 进行, 加强, 报送, 推送, 共享 (outside rule 2) or pay (提供…资金"
            "支持); applicants 项目／项目申请企业 are no units",
            "dates: 2022年6月28日 (the signature); 每季后10日内 (a quarterly rhythm), 定期 (a rhythm); no deadline, no phases",
            "figures: not targets 10日 (a limit from an event), 沪水务〔2022〕336号 (a document number); no target"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x228_04_shi-zhujianwei-2022-changsanjiao-gongcheng-zaojia-guanli-yitihua-fazhan-gongzuo-fangan.txt"
P04 = "长三角区域工程造价管理一体化发展工作方案"
NOTICE04 = "关于印发《长三角区域工程造价管理一体化发展工作方案》的通知"
AREA04 = ("二、合作领域's （一）–（四） each give work by a verb (完善, 实现, 转变, 健全, 建立) under a run-in heading — items, "
          "not fields that only name what the work bears on (round 48 on x220_04 四: points that each give work by a verb "
          "are items; round 46's focus points only name kinds); naming no unit in a plan whose tasks name units, they are "
          "tasks where they give work (round 40; the count without them accepted) — RULING? 4")
HEAD04 = ("the heading's label 「（牵头单位：X）」 is inherited by its items (rule 1: a label on the item or one it inherits from "
          "its heading); sentences in the item add nothing")
GOAL04 = ("一、（三）主要目标's 「到2025年」「到2030年」 are the goal's dates (round 44 decided: a goal date stated once in a 目标 "
          "section is not every item's deadline)")
FED = "三省一市造价管理部门"

plan(X04,
     title=P04 + "（" + NOTICE04 + "）",
     title_note="the plan's own title (line 27, under 「附件1：」) or the notice title (line 1, printed again on line 3): either",
     doc_no="沪建标定联〔2022〕163号 (printed on line 5; the index and the stored front matter the same)",
     issuer="上海市住房和城乡建设管理委员会 with 江苏省住建厅, 浙江省住建厅 and 安徽省住建厅 (four signatures; the index lists the "
            "Shanghai commission)",
     date="2022-06-30",
     date_note="the notice is dated 2022年6月30日 (the index the same)",
     level="the construction authorities of three provinces and Shanghai, a work plan for integrating construction cost "
           "management in the Yangtze River Delta: general requirements, four fields of cooperation, four key tasks each "
           "led by one province or the city, safeguards; a list of the coordination group's members attached",
     source=src("工程建设管理", NOTICE04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=82ff0a161fdf4e9d95bc917fd179f614&siteId=0011", 3232),
     style="the notice title twice (lines 1 and 3), the document number, addressees, one forwarding paragraph 「现印发给你们，请"
           "认真按照执行。」, an attachment list 「附件：1.…」「2.…」 over two lines, four signatures and the date; then 「附件1：」, the "
           "plan's title and preamble, 一、总体要求 （一）指导思想 （二）基本原则 1.–4. （三）主要目标 (heading lines over paragraphs); "
           "二、合作领域 （一）–（四） with run-in headings; 三、重点任务及工作分工 （一）–（四） heading lines with a label 「（牵头单位：X）」 "
           "over items 1.–2.; 四、保障措施 （一）–（三） with run-in headings, （二） over three paragraphs; then 「附件2：」, the member "
           "list of the coordination group (persons with their posts, full-width spaces inside two-character names, two "
           "ASCII spaces before each post); blank lines between all paragraphs",
     leaf_tasks=15, count_alternatives=[19, 13, 11, 9],
     leaf_tasks_by_section={"二、合作领域": 4, "三、重点任务及工作分工": 8, "四、保障措施": 3},
     childless_top_level_sections=[],
     samples=[
        S(["二", "（一）"], [], [],
          note=AREA04 + "; 「完善造价管理信息发布机制，实现…信息资源共享」 — no subject: " + NONE + "; " + NODATE + " (" + GOAL04 + ")"),
        S(["三", "（一）", "1"], ["江苏省住建厅"], ["江苏省住建厅"],
          note=HEAD04 + " → lead and responsible 江苏省住建厅 (EXPECTED.md: a 牵头单位 label gives the lead, responsible the "
               "list with it); 「逐步在原则框架层面统一…计价规则」 names no time: " + NODATE + " (" + GOAL04 + ")"),
        S(["三", "（一）", "2"], ["江苏省住建厅"], ["江苏省住建厅"],
          note=HEAD04 + " → 江苏省住建厅; 「以新增计价依据编制为试点」 names a pilot, no figure; 「探索研究制定…造价数据标准」 no "
               "date: " + NODATE),
        S(["三", "（二）", "1"], ["上海市住建委"], ["上海市住建委"],
          note=HEAD04 + " → 上海市住建委 as printed in the label (round 36: names as printed, in labels too; the signature's "
               "上海市住房城乡建设管理委 is another printing); 「定期发布…价格综合指数」 — 定期 a rhythm, no date: " + NODATE),
        S(["三", "（三）", "1"], ["安徽省住建厅"], ["安徽省住建厅"],
          note=HEAD04 + " → 安徽省住建厅; 「联合开展对…的检查，共同营造…」 with no subject names no one (round 41: 「紧密联合A、B…，协同"
               "推进…」 with no subject gives no doer) and adds nothing under the label; 「在规则统一的情况下」 a condition, no "
               "date: " + NODATE),
        S(["三", "（四）", "1"], ["浙江省住建厅"], ["浙江省住建厅"],
          note=HEAD04 + " → 浙江省住建厅; 「实现二级造价工程师资格、继续教育学时互认」 — 二级 names a grade of qualification, "
               "no figure to reach; 「建立长三角区域造价专家库」 a body of experts the item builds (persons, rounds 36, 45), no "
               "unit; " + NODATE),
        S(["三", "（四）", "2"], ["浙江省住建厅"], ["浙江省住建厅"],
          note=HEAD04 + " → 浙江省住建厅; 「促进高等院校…交流合作」「推动行业协会在人才培养方面的交流合作」 — the universities and "
               "the associations are objects of 促进／推动 (round 30: the object of a pivot is no unit), and the label decides "
               "anyway; " + NODATE),
        S(["四", "（一）"], [], [],
          note="a 保障措施 item that gives work (round 40: items naming no unit in a plan with units elsewhere are tasks where "
               "they give work; the count without 四、（一）（二）, 13, accepted); 「成立长三角区域造价一体化工作协调小组（以下简称协调组），"
               "协调组成员由三省一市住建部门相关处室及其造价站组成，共同协商、统筹、协调，…督促检查…」 — a body the item sets up and its "
               "members (rule 3; round 35), 成立 no rule-2 verb; 「三省一市可各自成立相关工作小组，具体推进落实牵头的各项工作」 — an "
               "option 可 reaching every verb of its sentence (round 40), and the groups it may set up (round 35): " + NONE
               + "; 「年度工作安排」 names a yearly programme: " + NODATE),
        S(["四", "（二）"], [], [], targets=[(2, "次")],
          note="[aligned (w52d): Round 60 rulings, turned (rounds 49, 58 over w51d's scope) — the events an item holds in a rhythm are its own number of work, 1 次 included: not_target → target] 「建立联席会议制度，每年召开两次…联席工作会议」 — no subject, 召开 without 组织 (round 30); 「组织推动开展…课题研究工作」 "
               "— 组织 with no subject in its paragraph gives no doer (round 41: a run-in heading with no subject; round 44's "
               "carried subject needs one); 「每年年初各牵头单位将…年度工作计划上报工作小组，牵头单位不定期组织召开…会议」 — 各牵头单位 "
               "and 牵头单位 refer back to the labels of 三、 and add no unit (round 34: 「各牵头单位要…」「上述单位」 a back-"
               "reference; round 37: a closing designation after the bodies were named adds none): " + NONE + "; 「每年召开两次」 "
               "— a frequency with no comparison word is a norm (round 35: only a frequency with a floor 「至少两年开展一次」 is a "
               "target) → 2次 not a target; 每年／每年年初 rhythms: " + NODATE),
        S(["四", "（三）"], [FED], [FED, "财政及相关部门"], lead_alternatives=[[]],
          responsible_alternatives=[[FED, "财政", "相关部门"]],
          note="「三省一市造价管理部门应积极会同财政及相关部门建立…经费保障机制」 — 「A会同B＋verb」: lead A (lead [] accepted), "
               "responsible A, B (round 30); the partner of 会同 in setting something up is a doer (round 34: 「会同相关部门建立…"
               "机制」); 三省一市造价管理部门 one name as printed (round 31: 「三省一市发展改革、市场监管部门」); 「财政及相关部门」 one name "
               "as printed — 及 joins two names only where each side is a whole body name (round 35 on 和; 财政 alone is a "
               "field) — RULING? 5 (the split 财政, 相关部门 accepted); 建立 a mechanism is work, no cost verb (round 48: 落实…"
               "经费 is work); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每年年初各牵头单位将当年的年度工作计划上报工作小组",
              "when": "每年年初", "when_norm": "yearly (early in each year)",
              "note": "四、（二）: the lead bodies of 三、 send their yearly work plan to the working group — a yearly plan sent to "
                      "inform the plan's group is a yearly duty (round 41: 「a yearly plan sent once a year is a yearly duty」; "
                      "round 44: a yearly joint plan; round 47: not a plan sent up for approval, round 46)"}],
     notes=["counting: the cover (a forwarding notice, 「请认真按照执行」) no task, its attachment list no items; the plan is "
            "附件1 (round 30: a forwarding notice and the document it forwards are one plan; the forwarded document's items "
            "are the tasks); its preamble no task; 一、总体要求 （一）指导思想 and （三）主要目标 childless sub-sections (no unit, "
            "no work given), （二）基本原则 1.–4. principles naming no unit — no tasks in a plan whose tasks name units (round "
            "33: a principle among items of work; round 27); 二、 （一）–（四） 4 (" + AREA04 + "); 三、 （一）–（四） × 1.–2. 8; "
            "四、 （一）–（三） 3 (round 40; 四、（二）'s three paragraphs its text, round 44 decided) → **15**. 附件2 (the member "
            "list: persons and posts, members, rule 3) gives no task. Accepted: 19 (基本原则 1.–4. as items that give work, "
            "round 38's 总体要求 items), 13 (四、（一）（二）, naming no unit, left out), 11 (二、's four left out), 9 (both).",
            "units: 三、's headings carry 牵头单位 labels (one body each, inherited by the items); 四、（三） names doers by 会同; "
            "elsewhere no doer (no subjects, set-up bodies and members, 可, back-references 各牵头单位／牵头单位); the persons of "
            "附件2 are never units (round 30)",
            "dates: 2022年6月30日 (the signature); 到2025年, 到2030年 (" + GOAL04 + "); 每年年初, 每年, 定期, 不定期 (rhythms); no "
            "deadline, no phases",
            "figures: not targets 两次 (每年召开两次, a norm), 二级造价工程师 (a grade's name), 沪建标定联〔2022〕163号; no plan "
            "target (the goals of 一、（三） carry no figure)"])

write_collected(DIR)
