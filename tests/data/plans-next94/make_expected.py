# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next94/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 30 (built by helper c93): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py for
「一、」/「（一）」/「1.」 paths, by ``art`` (``expected_tools.article_in``) for article paths); every answer was written
here by reading the texts, under ../CONVENTIONS.md (round 29's ruling on units written in sentences, round 30's rulings
on thresholds and general-provision articles). Neither the parser nor the scorer was run on this set by its builder:
the lead scores it first.

    python tests/data/plans-next94/make_expected.py tests/data/plans-next94
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, at_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)    # the line and first words of an article path

R2NONE = ("CONVENTIONS.md rule 2: no clause of the item makes a body the doer in the ruled forms (由A…, A牵头, "
          "A负责/具体负责/主责/组织实施/实施/落实, 组织＋verb, A会同B…): lead = [], responsible = []")
BY = "CONVENTIONS.md rule 2, the agent of 由 with a verb of doing: responsible A, lead [] (A alone accepted as the lead)"
YEARLY = "a yearly recurring date (「每年…前」): a duty's rhythm, not the item's deadline — not checked (plans-next87's reading)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x94_01_shanghai-lvrongju-2022-chengshi-gongyuan-zhangpengqu-guanli-zhiyin.txt"
GUIDE = "上海市城市公园帐篷区管理指引（试行）"

plan(X01,
     title=f"{GUIDE}（关于印发《{GUIDE}》 的通知）",
     title_note="the guide's name, then the notice that issues it, printed with a space before 的通知 (as plans-next87 x87_01)",
     doc_no="沪绿容〔2022〕333号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局",
     date="2022-12-01",
     level="city bureau (Shanghai), to the district greening bureaus, the bureau's parks and 有关单位",
     source=shanghai_source("市容绿化与景观", "关于印发《上海市城市公园帐篷区管理指引（试行）》 的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=769b5cbc-70f2-4775-a9ef-eaae5d0d29eb&siteId=0039", 2015),
     style="a cover notice, then a guide of twelve articles 「第N条（heading）」 on a line of their own over one paragraph each: "
           "第一条（适用范围） and 第十二条（附则） general provisions, 第二条（总体原则）, 第三条（管理部门职责分工） with three "
           "「X负责」 clauses, 第八条（公园管理机构职责） a heading naming the body whose duties the article holds, the rest rules "
           "in 不应 / 需 / 须 sentences; no date, no figure",
     leaf_tasks=9, count_alternatives=[10, 11, 12],
     leaf_tasks_by_section={"第三条–第十一条 (articles of work and rules)": 9},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第三条（管理部门职责分工）"], [], ["市绿化市容管理部门", "区绿化市容管理部门", "各公园管理机构"],
          note="「市绿化市容管理部门负责…;区绿化市容管理部门负责…；各公园管理机构具体负责…，落实执行指引要求」: three clauses with "
               "负责 / 具体负责 (and 落实) in one article — all their subjects, in printed order (CONVENTIONS.md rule 2, several "
               "clauses in one item); no 牵头, no 会同: lead []; the ASCII 「;」 between the first two clauses as printed; "
               + NODATE, **art(X01, ["第三条（管理部门职责分工）"])),
        S(["第五条（选址要求）"],
          note="「…可能涉及安全隐患区域，不应设置帐篷区」: a rule with no body: " + R2NONE + "; " + NODATE,
          **art(X01, ["第五条（选址要求）"])),
        S(["第七条（草坪管理）"], [], ["公园管理机构"], lead_alternatives=[["公园管理机构"]],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, "
               "decided: in rules written as articles a named body standing as the subject of the article's verb of doing "
               "is a doer whatever the verb): 「公园管理机构需根据…实行场地轮换制度…」 — the kind of body (as 第八条's) with the "
               "modal 需 and the verb of doing 实行 is the article's doer; a single unit: lead [] with the unit accepted as "
               "lead; formerly: a kind of body acting with 需 (no ruled verb) and no unit heading, no units; " + NODATE, **art(X01, ["第七条（草坪管理）"])),
        S(["第八条（公园管理机构职责）"], [], ["公园管理机构"], lead_alternatives=[["公园管理机构"]],
          note="the article's heading 「（公园管理机构职责）」 names the body whose duties the article holds: a unit heading "
               "(CONVENTIONS.md rule 1, as plans-next60 read 「X…职责：」 lead-ins); its text 「公园管理机构应在…设置告示牌」 names "
               "the same body; a single unit: lead [] with the unit accepted as lead; " + NODATE,
          **art(X01, ["第八条（公园管理机构职责）"])),
        S(["第十一条（其它）"],
          note="「…可参考本指引执行，并鼓励具备条件的公园…」: a permission and an encouragement: " + R2NONE + "; " + NODATE,
          **art(X01, ["第十一条（其它）"])),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (CONVENTIONS.md, round 30, articles of general provision): 第一条（适用范围） (scope) and 第十二条（附则） "
            "(「本指引自印发之日起试行」, entry into force) are not tasks; 第二条（总体原则） states principles and names no body — "
            "like an item of 总体要求 in a plan whose tasks name units (round 27), not a task; 第三条–第十一条 → **9** (the "
            "rules for visitors in 第九条 / 第十条 are articles of the guide's body and count). Accepted 10 (第二条 counted), 11 "
            "and 12 (a count that includes the general-provision articles, round 30)",
            "units: 第三条 (负责 clauses, rule 2) and 第八条 (its heading names the body, rule 1); elsewhere kinds of bodies "
            "with 需 / 应 and rules for visitors (市民游客须…, 搭建者需承担…) give no unit",
            "dates: none but the cover's 2022年12月1日 and the trial start 「自印发之日起试行」 — the set's weak side on dates, "
            "said plainly; no phases, no duties; no quantity anywhere (第二十三条 in 第十条 is an article number)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x94_02_shanghai-lvrongju-2022-gonggong-cesuo-guanli-zhidao-yijian.txt"

plan(X02,
     title="上海市绿化和市容管理局关于进一步加强本市公共厕所管理工作的指导意见",
     title_note="the guidance's title (the first line)",
     doc_no="沪绿容〔2022〕320号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局",
     date="2022-11-29",
     level="city bureau (Shanghai), to the district greening bureaus",
     source=shanghai_source("市容绿化与景观", "上海市绿化和市容管理局关于进一步加强本市公共厕所管理工作的指导意见.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=68f78065a2f54a5694222e7e8b45bc70&siteId=0039", 2863),
     style="a guidance of five headed points 一、–五、 over two to four paragraphs each; 三、 lists three conditions （一）–（三） "
           "for 24-hour opening (criteria, not work); units only in sentences: 「各区绿化市容部门要…会同交通、商务、文旅等部门做好…」, "
           "「…要积极会同规划资源部门…」, 「…要按照…要求落实…」, and subjectless 「要…」 sentences; ratios 1：2 / 1:1.5; no date",
     leaf_tasks=5, count_alternatives=[7, 3],
     leaf_tasks_by_section={"一、–五、 (headed points; 三、's conditions part of 三、)": 5},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], ["各区绿化市容部门"], ["各区绿化市容部门", "交通、商务、文旅等部门", "规划资源部门"], lead_alternatives=[[]],
          note="aligned round 42: CONVENTIONS.md Round 42 rulings, continued — a list closed by a shared head 「…等部门」 stays one group as printed (round 31: 「人事、卫生等部门」 one name, 等 kept); 「各区绿化市容部门要…会同交通、商务、文旅等部门做好…公共厕所配建工作」 and 「各区绿化市容部门要积极会同规划资源部门，"
               "把好…」: CONVENTIONS.md rule 2, 「A会同B＋verb」 — lead A (lead [] accepted), responsible A and the B of both "
               "clauses in printed order (the first 会同 sentence 「要加强…，…会同…」 continues the paragraph whose subject, "
               "written in its first sentence, is 各区绿化市容部门; the second writes it again); 「交通、商务、文旅等部门」 split on 、 with the tail 「等部门」 dropped, the sector names kept as "
               "printed (as plans-next97 kept sector names standing for their departments); " + NODATE),
        S(["二"], [], ["各区绿化市容部门"], lead_alternatives=[["各区绿化市容部门"]],
          note="「各区绿化市容部门要按照《公共厕所规划和设计标准》要求落实、指导好公共厕所建设工作」: the subject of 落实 (CONVENTIONS.md "
               "rule 2): responsible, lead [] (a single body accepted as lead); the later 「要…」 sentences have no subject written; "
               "「不宜低于1：2或1:1.5等规定比例」 (ratios, not checked), 「一、二类」 「二、三类」 (Chinese numerals in class names) "
               "are not figures the set checks; " + NODATE),
        S(["三"], not_targets=[(24, "小时")],
          note="「应优先实行24小时开放」 and the three conditions （一）–（三）: no body is named (「要积极鼓励沿街单位开放厕所」 has no "
               "subject; 沿街单位 are the encouraged): " + R2NONE + "; 「24小时开放」 names a kind of service with no comparison "
               "word: not a target (CONVENTIONS.md targets, round 30); " + NODATE),
        S(["四"],
          note="subjectless 「要…」 sentences throughout, no body written as a subject anywhere in the point (「要协调各行业管理部门，落实…管理主体责任」: the 落实 has no subject written; "
               "the bodies coordinated are objects): " + R2NONE + "; 「逐步推进由专人驻守保洁向巡回保洁…转变」: 由 here means "
               "「from」, not an agent; 「一类环卫公厕」 a class name; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: five headed points over unnumbered paragraphs, each one task → **5**; 三、's （一）–（三） are the "
            "conditions a toilet must meet to open 24 hours (「具备以下条件的公厕」), not work, and stay in 三、. Accepted 7 (every "
            "numbered leaf: 一、二、四、五、 and 三/（一）–（三）) and 3 (the strict childless-section rule: only 三/（一）–（三）)",
            "units: 会同 (一、) and 落实 (二、) by 各区绿化市容部门 (rule 2); 五、 「要会同、协调行业管理部门、乡镇、行政村，持续推进…」 "
            "is not sampled (a 会同 with its A not written: the ruling's 「A会同B」 does not say whether the B alone are units)",
            "dates: none but the signing date — the set's weak side on dates, said plainly; no phases, no duties (「探索定期发布"
            "公厕白皮书」 names no recipient)",
            "not targets: 24小时 (a norm, many times); the ratios 1：2 / 1:1.5 (no check written: a ratio is no {number, unit}); "
            "Chinese numerals 一类 / 二类 / 三类"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x94_03_shanghai-lvrongju-2022-lvhua-yanghu-huanwei-gongzi-fuli-daiyu-zhidao-yijian.txt"
WAGE = "2022年上海市绿化养护和环卫行业工资福利待遇工作指导意见"


def attached(marker):
    """The attached guidance's item 「marker」 (its 一、–五、 repeat the cover's numbers): the second such line."""
    return at_in(DIR, X03, "\n" + marker, nth=2)


plan(X03,
     title=f"{WAGE}（关于印发 《{WAGE}》的通知）",
     title_note="the attached guidance's name, then the notice that issues it, printed with a space after 印发 (as plans-next87 "
                "x87_01); the cover holds work points of its own",
     doc_no="沪绿容〔2022〕154号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局",
     date="2022-08-08",
     level="city bureau (Shanghai), to the district greening bureaus and the trade's units",
     source=shanghai_source("市容绿化与景观", "关于印发 《2022年上海市绿化养护和环卫行业工资福利待遇工作指导意见》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=639546fd-9758-42e8-924d-68ddc4d77b87&siteId=0039", 3284),
     style="two documents under one cover: the notice 「…并提出如下工作要求：」 with five inline points 一、–五、 for the bodies that "
           "run the trade (各级行业主管部门…要…按标准落实…经费), then 「附件」 and the guidance itself with its own 一、–五、 (a wage floor "
           "3360元, 「具体补贴标准由各单位和企业…制定并执行」, 五、选用范围 — the scope); no date",
     leaf_tasks=9, count_alternatives=[10, 5, 4],
     leaf_tasks_by_section={"cover 一、–五、": 5, "attached guidance 一、–四、": 4},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["二"],
          note="(the cover's 二、) 「各级行业和企业主管部门要跨前一步、主动服务，充分发挥…作用，积极争取…」: a group named by a kind with "
               "no verb of rule 2 (CONVENTIONS.md round-30 clarification: 发挥, 争取 are no ruled verbs): " + R2NONE + "; " + NODATE),
        S(["三"], [], ["各级行业主管部门"], lead_alternatives=[["各级行业主管部门"]],
          note="(the cover's 三、) 「各级行业主管部门要根据…要求，按标准落实非常规性重大任务和突击性保障任务养护作业经费」: a group named "
               "by a kind with 落实 is a doer, not a general call (CONVENTIONS.md rule 2 and its round-30 clarification); a single "
               "unit: lead [] with it accepted as lead; 沪府办〔2016〕26号 a document number, 二十大 / 第十二次 / 第五届 Chinese "
               "numerals; " + NODATE),
        S(["一"], targets=[(3360, "元")],
          note="(the attached guidance's 一、) 「行业月最低工资标准继续执行3360元」: the policy's rate written in the item is its target "
               "(CONVENTIONS.md targets, round 25: 「每户补贴2000元」); no body: " + R2NONE + "; " + NODATE, **attached("一、")),
        S(["三"], [], ["各单位和企业"], lead_alternatives=[["各单位和企业"]],
          note="(the attached guidance's 三、) 「具体补贴标准由各单位和企业按实际情况制定并执行」: the agent of 由 with a verb of doing "
               "(CONVENTIONS.md rule 2) — kept as printed (a bare 和 is never split, plans-dev EXPECTED.md units); 「绿化养护和环卫企业"
               "可视…推行…补贴」 a permission; 一次性 a Chinese numeral; " + NODATE, **attached("三、")),
        S(["四"],
          note="(the attached guidance's 四、) 「各企业要通过招聘选拔、技能比武…加速技能人才培养」: a kind of body with 要 and no ruled "
               "verb: " + R2NONE + "; " + NODATE, **attached("四、")),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (CONVENTIONS.md round 30, two documents under one cover): the cover's five points are work of their own "
            "(「并提出如下工作要求：」, not 「请认真贯彻执行」), and the attached guidance has its own title and numbering: the tasks of "
            "both are counted, in order — cover 一、–五、 5 + guidance 一、–四、 4 (its 五、选用范围 states the scope, a general "
            "provision) → **9**. Accepted 10 (五、选用范围 counted), 5 (the cover's 工作要求 points naming no unit left out by "
            "round 27's rule: cover 三、 + guidance 一、–四、) and 4 (the forwarding reading: only the guidance's items)",
            "paths: the cover's and the guidance's points share the numbers 一、–五、; the samples of the guidance carry the line "
            "and first words of its own point (the second 「一、」 / 「三、」 / 「四、」 of the text)",
            "units: the cover's 三、 (落实 by a kind-named group) and the guidance's 三、 (由 agent); the cover's 一、 is not sampled "
            "(「…要…着力推进政府与工会联席会议制度落实…帮助协调企业落实行业集体协商内容」: 落实 as a noun, and a 落实 whose subject "
            "企业 is the object of 帮助协调 — 「A组织B＋verb」's B, by likeness, is no unit)",
            "dates: none but the signing date — the document's weak side on dates, said plainly; 2022年 names the year the "
            "guidance is for; no phases, no duties",
            "not targets: 沪府办〔2016〕26号, 沪绿容〔2020〕520号 (document numbers); 「（2022-2035年）」 and 「（2020版）」 in names"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x94_04_shanghai-lvrongju-2022-gonggong-fuwu-shixiang-guanli-yaoqiu-tongzhi.txt"
REQ = "上海市绿化市容行业公共服务事项管理要求"

plan(X04,
     title=f"{REQ}（关于印发《{REQ}》的通知）",
     title_note="the requirements' name, then the notice that issues it (as plans-next87 x87_04)",
     doc_no="沪绿容〔2022〕159号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局",
     date="2022-08-09",
     level="city bureau (Shanghai), to the district greening bureaus and the bureau's own units and offices",
     source=shanghai_source("市容绿化与景观", "关于印发《上海市绿化市容行业公共服务事项管理要求》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=c1bb7b6b-f743-422a-bb29-27766f74bb12&siteId=0039", 1737),
     style="a cover notice, then five headed points 一、–五、 over one to three paragraphs: 一、 defines three classes of items "
           "(「指由…提出并维护的事项」), 二、–四、 procedures with 由 clauses (「由市局各部门…填报」, 「由各区局自行申报」, "
           "「由各部门及区局相关单位予以更新」, 「需由市局行政许可处审核」) and approvers (「经局行政许可处审核」), 五、 a yearly "
           "「6月底前」",
     leaf_tasks=4, count_alternatives=[5, 0],
     leaf_tasks_by_section={"二、–五、 (headed points)": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、公共服务事项分类"],
     samples=[
        S(["二"],
          note="「市级事项的新增申请由市局各部门在…填报」, 「由各区局自行申报」, 「区级统管事项的新增申请由各区局在…」, 「由各区局确认后"
               "再自行申报」: the 由 agents file and submit their own applications — an applicant 「由A提出申请」「由建设单位申报」 is "
               "not a unit (CONVENTIONS.md round-30 clarification, b8025c3); 局行政许可处 reviews and approves (「经局行政许可处审核"
               "通过后」, 「向市局行政许可处提交审核」 — receiver / approver, rule 3) and acts otherwise only in plain sentences (核对, "
               "研判…编制); 市政府相关部门 receives: " + R2NONE + "; " + NODATE),
        S(["三"], [], ["各部门", "区局相关单位"],
          note="「办事指南中其他内容和…数据资料维护更新，由各部门及区局相关单位予以更新」: the agent of 由 with a verb of doing "
               "(CONVENTIONS.md rule 2): responsible, lead [] — 「各部门及区局相关单位」 split at 及 (two groups, as plans-next78 split 「市道运中心及项目公司」); 「需提交市局行政许可处审核后」 a receiver "
               "(rule 3); the principle 「谁提出，谁维护」 names no body; " + NODATE),
        S(["四"], [], ["市局行政许可处"], lead_alternatives=[["市局行政许可处"]],
          note="「如需删除事项，需由市局行政许可处审核通过后统一上报市政府相关部门申请删除」: 由A＋审核 — the ruling counts the agent "
               "of 由 with any verb of doing, 审批 included (CONVENTIONS.md rule 2); 市政府相关部门 receives (rule 3); 「市局各部门"
               "及区局相关部门不可自行删除」 a prohibition; " + NODATE),
        S(["五"], skip_deadline=True,
          note="「市局各部门和区局需在6月底前提出申请，经市局行政许可处审核后，再上报…」: bodies acting with 需 and 提出 / 上报 "
               "(no ruled verb), the 处 an approver: " + R2NONE + "; 「每年变动一次…6月底前」: " + YEARLY),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市局各部门和区局需在6月底前提出公共服务事项的申请和删除、事项名称的变更申请，经市局行政许可处审核后，再上报市政府相关部门",
              "when": "每年变动一次，6月底前", "when_norm": "yearly"}],
     notes=["counting: 一、公共服务事项分类 defines the three classes (「…指由市绿化市容局提出并维护的事项」: definitions, no work — "
            "CONVENTIONS.md round 30 leaves definitions out as general provisions; its 由 clauses are inside definitions and "
            "give no unit); 二、–五、 each one task → **4**. Accepted 5 (一、 counted) and 0 (the strict childless-section rule)",
            "units: the agents of 由 doing the work (rule 2: 三、 更新, 四、 审核); the applicants of 二、 (由A填报 / 申报 their own "
            "new items) are no units by the round-30 clarification (b8025c3), nor receivers and approvers (向A提交审核, 经A审核, "
            "上报A; rule 3)",
            "dates: only the yearly 6月底前 (五、): a duty, no item deadline checked; the signing date 2022年8月9日; no phases",
            "not targets: 国令第716号, 沪委办发〔2021〕6号 (document numbers)"])

write_collected(DIR)
