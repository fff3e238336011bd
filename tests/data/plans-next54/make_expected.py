# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next54/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 25 (built by helper c54): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next54/make_expected.py tests/data/plans-next54
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    align30,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

PROSE = PROSE_ACTORS
GOAL = ("a 牵头 actor in a sentence (no label): lead = [], that unit accepted as lead (plans-next25/27/30/33/35/37 "
        "convention)")
NOTICE_COUNT = ("counting: the notice's own numbered items are its tasks, as plans-dev 03 (each 一、 is a complete "
                "instruction to the addressees, so EXPECTED.md's 'childless top-level = section' rule does not fit)")


def src(path, url, chars):
    return shanghai_source("城市更新与历史保护", path, url, chars)


P, U = prose_and_listed(PROSE)

# ---------------------------------------------------------------------------------------------------------
X01 = "x54_01_shanghai-2022-youxiu-lishi-jianzhu-diaocha-pinggu-gongzuo-shishi-banfa.txt"
QU = "区房屋管理部门 / 各区房屋管理部门 act in sentences (「…应…」), no label"

plan(X01,
     title="上海市优秀历史建筑调查评估工作实施办法（关于印发《上海市优秀历史建筑调查评估工作实施办法》的通知）",
     title_note="the 办法's own title (the line after the cover's date) or the notice title (the first line): either is "
                "accepted",
     doc_no="沪房更新〔2022〕38号 (from the index; the stored text prints no number)",
     issuer="上海市房屋管理局, 上海市财政局, 上海市规划和自然资源局 (signed jointly; the index names 上海市房屋管理局)",
     date="2022-05-16",
     level="city bureaus (Shanghai; three jointly)",
     source=src("关于印发《上海市优秀历史建筑调查评估工作实施办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=df8f4436de3b49a683e10677f40ba052&siteId=0013", 2054),
     style="city notice issuing a 办法: title, addressees (各区住房保障房屋管理局、财政局、规划资源局，各有关单位), one "
           "sentence, three signing bureaus one a line, date; the 办法's title, a preamble 「…通知如下：」; 一、适用范围 (a "
           "paragraph); 二、主要依据 1、–3、 (the documents it rests on); 三、工作内容 （一）–（四） and 四、保障措施 （一）–（四）, "
           "each 「（n）heading。text」 on one line; a closing 「本通知自2022年6月1日起施行。」; no unit labels",
     leaf_tasks=8, count_alternatives=[11, 4],
     leaf_tasks_by_section={"三、工作内容": 4, "四、保障措施": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、适用范围"],
     samples=[
        P(["三", "（一）"], skip_deadline=True,
          note=QU + "; 「并于每年12月底之前将评估报告报送市房屋管理部门」 is a yearly report (the plan's duty, below): a "
               "reader may take the yearly 12-31 as the item's date or none — not checked; 「一幢一册」 is a name"),
        P(["三", "（二）"], note=QU + "; 所有人、使用人 are owners, not units; " + NODATE),
        P(["三", "（三）"], note="所有人、使用人 (owners) in sentences; 区人民政府 only receives applications; " + NODATE),
        P(["三", "（四）"], note="no actor at all (「鼓励…」); " + NODATE),
        P(["四", "（一）"],
          note="a 保障措施 item that names an actor (「各区应…」 in a sentence), read as a task (round-25 convention: 保障措施 "
               "items naming a unit are tasks); no label; " + NODATE),
        P(["四", "（二）"], note="各区 / 保护责任单位 / 所有人 in sentences; " + NODATE),
        P(["四", "（三）"],
          note="市、区房屋管理部门 in a sentence; 「将调查评估情况录入系统」 is data entry with no rhythm, not a report; "
               + NODATE),
        P(["四", "（四）"], note="市、区有关部门 … 「予以通报」: a 通报 with no rhythm or date; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区房屋管理部门形成优秀历史建筑保护利用年度评估报告，每年12月底之前报送市房屋管理部门",
              "when": "每年12月底之前", "when_norm": "yearly (by 12-31)"}],
     notes=["counting: 一、适用范围 is a childless section; 二、主要依据 1、–3、 are the documents the 办法 rests on (numbered "
            "leaves by EXPECTED.md's rule but no work) — 11 with them is accepted; 三、 （一）–（四） 4 + 四、 （一）–（四） 4 "
            "→ 8; 4 (三、 only) accepted",
            "samples: all eight leaves of 三、 and 四、",
            "units: no item carries a label; the actors (各区房屋管理部门, 各区, 市、区房屋管理部门, 市、区有关部门) act in "
            "sentences: lead and responsible none for every sample",
            "dates: 「2022年6月1日起施行」 is the start of validity, not a deadline; 「2019年修正」 and 「厅字〔2021〕36号」 in "
            "二、 are an edition year and a document number; the one date a task holds is the yearly 12月底 report",
            "the one duty: 三/（一）'s yearly report to 市房屋管理部门; 四/（四）'s 通报 has no rhythm; no phases"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x54_02_shanghai-2025-chengshi-gengxin-gaozhiliang-fazhan-guihua-ziyuan-shishi-yijian.txt"
RULE = "a policy rule (what may be done: 可 / 支持 / 允许), no actor given work by name"

plan(X02,
     title="关于加快转变发展方式集中推进本市城市更新高质量发展的规划资源实施意见（2025版）（关于印发《关于加快转变发展方式 集中推进本市城市更新高质量发展的规划资源实施意见（2025版）》的通知）",
     title_note="the 意见's own title (printed without the space after 「发展方式」 before its preamble) or the notice title "
                "(the first line, with the space; printed again without it): either is accepted",
     doc_no="沪规划资源更〔2025〕281号",
     issuer="上海市规划和自然资源局",
     date="2025-07-24 (signed; published 2025-07-25)",
     level="city bureau (Shanghai)",
     source=src("关于印发《关于加快转变发展方式 集中推进本市城市更新高质量发展的规划资源实施意见（2025版）》的通.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=bea5f654a3244b13ae1264704bbd9062&siteId=0032", 7188),
     style="city bureau notice issuing an implementation opinion: the notice title twice, the number, addressees "
           "(各区（管委会）规划资源部门), one sentence, signature, date; the 意见's title, a one-line preamble; 一、 （一）–（十二） "
           "and 二、 （十三）–（十九） heading lines each followed by one to four paragraphs (some paragraphs open 「heading。」); "
           "三、施行 （二十）施行 (the effective date); 「附件：1.名词解释」 then 「2.…」 「3.…」 lines; 附件1 (unnumbered "
           "definitions) and 附件3 (a table of cited documents flattened one cell a line, whose row labels repeat "
           "「（八）…」 「（九）…」 「（十五）…」–「（十八）…」 headings); no unit labels",
     leaf_tasks=19, count_alternatives=[20],
     leaf_tasks_by_section={"一、贯通城市更新全流程": 12, "二、完善城市更新机制与政策": 7},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一", "（一）"],
          note="the five 阶段 (统筹谋划 … 运营管理) are the stages of a project model, not schedule phases (no dates); "
               + NODATE),
        P(["一", "（三）"],
          note="市规划资源部门 (制定…行动方案), 区规划资源部门 (形成年度…报告，报经区政府审核) act in sentences, no label; the "
               "yearly report is the plan's duty (below); " + NODATE),
        S(["一", "（四）"], ["区政府"], ["区政府"], note="round 29, CONVENTIONS.md rule 2 and 3: 「区政府牵头组建由区规划资源局等政府部门、更新意向主体…组成的城市更新综合统筹平台」: 「A牵头」, lead and responsible A (A is the doer: it sets the platform up); the platform's members and the 统筹主体 it may set up are no units (rule 3) (was lead [], responsible []); the earlier reading: " + "「区政府牵头组建…城市更新综合统筹平台」: " + GOAL + "; 区规划资源局 is a member of the platform in the same "
               "sentence, not a label; " + NODATE),
        P(["一", "（五）"],
          note="区规划资源部门 (组织编制) / 市规划资源部门 (批复) in sentences; 「“三师”」 a name; " + NODATE),
        P(["一", "（七）"], note="「市、区规划资源部门，可…」 in a sentence; " + NODATE),
        P(["一", "（九）"], note=RULE + " (责任建筑师 / 规划资源部门 / 房屋管理部门 in sentences); " + NODATE),
        P(["二", "（十五）"], targets=[(8, "%"), (50, "%")],
          note=RULE + "; 「其配套建筑用地占比不超过8%，绿化面积比率不低于50%」 are the policy's quantities: the item's "
               "targets (round-25 convention, plans-dev 01 二/（三））; " + NODATE),
        P(["二", "（十六）"], targets=[(5, "年")],
          note=RULE + "; 「原则上允许以5年为限」 the transition period's limit, a policy quantity: a target; 「“边角地”」 "
               "names; " + NODATE),
        P(["二", "（十九）"], note="no actor; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区规划资源部门形成年度城市更新规划实施报告，明确年度工作计划，报经区政府审核后由市规划资源部门认定",
              "when": "年度（附件1：应在每年年初组织编制）", "when_norm": "yearly"}],
     notes=["counting: 一、 （一）–（十二） 12 + 二、 （十三）–（十九） 7 → 19; 三、施行's （二十） (「本实施意见自印发之日起施行」, "
            "no work) is a numbered leaf by EXPECTED.md's rule: 20 accepted",
            "the body ends at 「附件：1.名词解释」; the 「2.」 「3.」 attachment lines, 附件1's definitions and 附件3's table "
            "(its 「（八）…」–「（十八）…」 row labels repeat headings of the body) are not tasks",
            "samples: nine of the nineteen, from both sections",
            "units: no item carries a label; 区政府 牵头 in a sentence in 一/（四） (accepted as lead); every other actor "
            "(市 / 区规划资源部门, 区政府, 责任建筑师) acts in sentences",
            "no item holds a date (「“十五五”」 is a plan period's name, 「2025版」 a version); document numbers in 附件3 are "
            "not targets",
            "the one duty: the districts' yearly 城市更新规划实施报告 (一/（三）, 附件1 says it is drawn up 每年年初); no "
            "phases"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x54_03_shanghai-2025-chengshi-gengxin-lishi-jiyi-zaiti-gongzuo-yaoqiu.txt"
STEP = "a step of the procedure; 规划资源部门 / 区规划资源部门 act in a sentence (「…应…」), no label"

plan(X03,
     title="关于在城市更新建设项目中设置“历史记忆”载体的工作要求（试行）（关于印发《关于在城市更新建设项目中设置“历史记忆”载体的工作要求（试行）》的通知）",
     title_note="the 工作要求's own title (the line after the cover's date) or the notice title: either is accepted",
     doc_no="沪规划资源风〔2025〕9号 (from the index; the stored text prints no number)",
     issuer="上海市规划和自然资源局",
     date="2025-01-15",
     level="city bureau (Shanghai)",
     source=src("关于印发《关于在城市更新建设项目中设置“历史记忆”载体的工作要求（试行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=c22bb7e615fd4d619c4541e5fc6c8f64&siteId=0032", 1857),
     style="city bureau notice: title, addressees (各区规划资源局), one paragraph, signature, date; the 工作要求's title; "
           "一、工作目标 and 二、适用范围 (paragraphs); 三、设置对象 （一）（二） heading lines over definitions; 四、工作流程 "
           "（一）–（四） heading lines over one paragraph each (the steps, each naming 规划资源部门 in a sentence); 五、设置方式 "
           "(a paragraph); 六、工作职责 (two paragraphs: 市、区规划资源局 work with 街镇; 各区规划资源局 report back during the "
           "trial); no unit labels, no dates",
     leaf_tasks=6, task_section_leaves=4, count_alternatives=[5, 7],
     leaf_tasks_by_section={"三、设置对象": 2, "四、工作流程": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、适用范围", "五、设置方式", "六、工作职责"],
     samples=[
        P(["三", "（一）"], note="a definition of what is to be marked (历史地名), numbered, so a leaf by EXPECTED.md's rule, "
          "but no work; " + NODATE),
        P(["三", "（二）"], note="a definition (非物质文化遗产), as 三/（一）; " + NODATE),
        P(["四", "（一）"], note=STEP + "; 属地政府 is consulted (征求…意见), not a unit of the item; " + NODATE),
        P(["四", "（二）"], note=STEP + "; " + NODATE),
        P(["四", "（三）"], note=STEP + "; 「由属地政府明确…记载内容」 a second actor in a sentence; " + NODATE),
        P(["四", "（四）"], note=STEP + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "试行期间，各区规划资源局及时反馈实施情况", "when": "及时（试行期间）", "when_norm": None}],
     notes=["counting: 三、 （一）（二） 2 (definitions) + 四、 （一）–（四） 4 → 6 by EXPECTED.md's rule; the steps that give "
            "work are 四、's four (task_section_leaves = 4); 5 (六、工作职责 read as a task: it names 市、区规划资源局 and the "
            "districts' feedback) and 7 (both) are accepted",
            "samples: all six numbered leaves",
            "units: no label anywhere; lead and responsible none for every sample",
            "no date in the text except the signature; no figure",
            "the one duty: 六、's 「请各区规划资源局及时反馈实施情况」 (no rhythm); no phases"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x54_04_shanghai-2024-tese-cunluo-fengmao-baohu-chuancheng-guihua-tongzhi.txt"
YAO = ("an instruction 「要…」 to the addressees (各涉农区人民政府、管委会，各相关单位) with no actor named in it: "
       "levels (市、区、镇、村) and groups (村民, 专家) are no units")

plan(X04,
     title="上海市特色村落风貌保护传承专项规划（关于印发《上海市特色村落风貌保护传承专项规划》的通知）",
     title_note="the text is the notice only (the 规划 itself is not in it): the notice title, or the plan's name it "
                "issues, is accepted",
     doc_no="沪规划资源乡〔2024〕142号 (from the index; the stored text prints no number)",
     issuer="上海市规划和自然资源局",
     date="2024-04-24",
     level="city bureau (Shanghai)",
     source=src("关于印发《上海市特色村落风貌保护传承专项规划》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=c0601fcd06754750840fa4bf84a87b50&siteId=0032", 1374),
     style="city bureau notice issuing a 专项规划 that is not in the text: title, addressees, two paragraphs (the 规划 was "
           "approved by 沪府〔2024〕21号; 「相关要求通知如下：」), three items 一、–三、 each one paragraph opening 「要…」, "
           "「特此通知。」, signature, date; no units, one date (到2027年 in 三、)",
     leaf_tasks=3, count_alternatives=[0],
     leaf_tasks_by_section={"一、–三、": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一"], note=YAO + "; " + NODATE),
        P(["二"], note=YAO + "; 「“六域、八脉、十二意象”」 is the name of a structure (Chinese numerals), not a target; "
          + NODATE),
        P(["三"], dl="到2027年", dln="2027",
          note=YAO + "; 「…突出示范引领，到2027年，加快打造一批具有示范作用的风貌保护传承样板」: the item's one date, the "
               "year only"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=[NOTICE_COUNT + ": 一、–三、 → 3; 0 (every item a childless top-level section) is accepted too",
            "samples: all three items",
            "no unit names anywhere in the items: lead and responsible none",
            "「沪府〔2024〕21号」 in the preamble is a document number; no duties, no phases"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x54_01", ["四", "（一）"], [], ["各区"],
        "「各区应…认真抓好调查评估组织实施，完善工作机制，落实保护工作属地责任」: the subject of 落实 (各区, the districts, a group of bodies as 各区政府) is responsible, no lead (A alone accepted as lead)", alt=[["各区"]])
align30("x54_02", ["一", "（五）"], [], ["区规划资源部门", "市规划资源部门"],
        "「区规划资源部门应…组织编制城市更新单元规划」 (组织＋verb) and 「由市规划资源部门以城乡规划审批专用章代市政府批复」 (the agent of 由 with a verb of doing, as 由A审批): in order, no lead; 「报经区政府、市规划资源部门同意」 approvers (rule 3)", rule="2 and 3")
align30("x54_03", ["四", "（一）"], [], ["区规划资源部门"],
        "「区规划资源部门应结合区域风貌评估，组织专业团队开展…挖掘和甄别」: the subject of 组织＋verb is responsible, no lead (A alone accepted as lead); 「征求属地政府意见」 a body consulted (rule 3)", alt=[["区规划资源部门"]], rule="2 and 3")
align30("x54_03", ["四", "（三）"], [], ["属地政府"],
        "「由属地政府明确“历史记忆”载体记载内容」: the agent of 由 with a verb of doing is responsible, no lead (A alone accepted as lead); 规划资源部门's 征询 and 审核 have no verb of rule 2", alt=[["属地政府"]])
align30("x54_01", ["三", "（一）"], [], ["优秀历史建筑保护相关专业单位"],
        "「调查评估工作应由优秀历史建筑保护相关专业单位和技术人员承担」: the agent of 由 with 承担 and the item's work as its object (not a cost, round-30 clarification) is responsible, the 技术人员 are persons (rule 3), no lead (A alone accepted as lead); 各区房屋管理部门 (应…调查…形成…报送) has no verb of rule 2", alt=[["优秀历史建筑保护相关专业单位"]], rule="2 and 3")

# round 34 (p34h): answers aligned to CONVENTIONS.md "Round 34 rulings" by reading the items
from expected_tools import align34_units  # noqa: E402

align34_units('x54_02', ['一', '（三）'], [], ['市规划资源部门'],
              '「…报经区政府审核后，由市规划资源部门认定」 — 由A＋a verb of doing is rule 2 whatever the verb (round 30 names 认定; CONVENTIONS.md round 34); 区政府 receives the report (报经…审核, rule 3); 制定／形成 are no rule-2 verbs')  # noqa: E501

# Round 51 (rul51): answers aligned to tests/data/CONVENTIONS.md, "Round 51 rulings" (README, "Round 51")
from expected_tools import _sample32 as _s51  # noqa: E402

_p51, _ = _s51("x54_03", None)
for _sec in ["五、设置方式", "六、工作职责"]:
    _p51["childless_top_level_sections"].remove(_sec)
_p51["notes"].append(
    "Round 51: CONVENTIONS.md Round 51 rulings → Tasks (childless points that give work; rounds 34 early and 36 govern): "
    "五、 「…原则上应在原址设置、体现历史原真性」 (an instruction with no doer) and 六、 「市、区规划资源局…会同街镇相关部门开展相关"
    "工作」 (会同, rule 2) give work — tasks (leaf_tasks 6 → 8; count_alternatives [5, 7] → [6, 5, 7]); 一、工作目标 and "
    "二、适用范围 stay sections (aims, scope)")
_p51["leaf_tasks"], _p51["count_alternatives"] = 8, [6, 5, 7]

write_collected(DIR)
