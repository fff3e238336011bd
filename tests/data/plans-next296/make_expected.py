# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next296/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 58 (built by helper c296): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` in ``write``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head in full, the "Round 66 rulings" to "Round 73
rulings" in full, older rulings where a grep for a form led) applied to every item. Neither the parser nor the scorer
was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next296/make_expected.py tests/data/plans-next296
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines and the blank lines around them, the `# ` marker before the notice title), cut "
          "by a script at the first 「\\n# 」; the stored file as typed (wrapper + text) had the character count "
          "read_file gives")
C02 = "49f4bb7b24691276dec660a576f20a54a0c46b63"     # the commit read_file gave for the three stored files


def src(path, url, chars):
    return f"{REPO} @ {C02}, docs/建筑设计与报建/{path} (official page {url}) — {STORED} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
ACT = ("rounds 55 (x248_03), 63 (x273_01), 65 (x274_01): 应／应当 with an act gives work though no unit is named — a task "
       "naming no unit; round 34 (written early), round 51 p47b: an item whose text instructs 「应…」 with no doer is a task")
BAN = ("round 70 (x286_04 第十一条), round 67 (x280_04 第二条): 不得／严禁 with its act gives work (a ban), and a ban asks "
       "nothing done of a named party, so it names none — a task naming no unit")
STATE = ("round 66 (x271_05), round 70 (x286_01 第六条（三））: lines that only state the state a thing must be in are the "
         "standard's contents, text; round 63's 应当 test is for acts (round 70's x290_02)")
THRESH = ("targets (round 30): a quantity joined to a comparison word — here 原则上不超过／不超过 — is a target of its item, "
          "「村主路路面宽度原则上不超过8米」 the ruling's own example of a standard's ceiling")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — 做好 is none of them (x274_02 四's note: 「共同做好…」 "
          "names no doer); round 44 (decided) reads any verb of doing only in 第X条 articles (round 63 on x268_02: outside "
          "articles the closed list stands)")
PROC = ("round 45: headed points that read like articles are not articles — the closed-list reading is the answer and the "
        "article reading (the subject of the item's verb of doing) is accepted beside it (`responsible_alternatives`)")
ENTRUSTED = ("the subject 「受托单位（实施单位、设计单位等）」 is printed with a bracket that names its kinds; a bracket naming the "
             "same party by another name stays with it (round 65's 市公用事业局(环卫局), round 68's 招标人（建设单位））, so the "
             "accepted article reading gives it as printed, and 受托单位 alone is accepted beside it")

# ---------------------------------------------------------------------------------------------------------
X01 = "x296_01_shi-fangguanju-2020-jiyou-duoceng-zhuzhai-jiazhuang-dianti-jianzhu-fangan-sheji-tongzhi.txt"
N01 = "关于规范既有多层住宅加装电梯建筑方案设计工作的通知"

plan(X01,
     title=N01,
     title_note="the notice title (line 1)",
     doc_no="沪房更新〔2020〕39号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市房屋管理局 with 上海市规划和自然资源局 (two signatures; the index lists the first)",
     date="2020-04-09",
     date_note="the notice is dated 2020年4月9日 (the index: published 2020-04-15); no time of force printed",
     level="two city bureaus (Shanghai), design rules for lifts added to existing multi-storey housing, with one point "
           "of work for the entrusted firms",
     source=src(N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=746df86a540241f9aa7e754685944a07&siteId=0013",
                1171),
     style="addressees (the districts' housing and planning bureaus, 各有关单位), a preamble; four headed points 一、–四、, "
           "三、 with a lead-in and items （一）–（五）; 「特此通知」, two signatures and the date; blank lines between all "
           "paragraphs",
     leaf_tasks=6, count_alternatives=[7, 8, 5],
     leaf_tasks_by_section={"三、（一）–（五）": 5, "四、": 1},
     childless_top_level_sections=["一、", "二、"],
     samples=[
        S(["三", "（一）"], [], [], targets=[(1.2, "米"), (1.5, "米")],
          note=ACT + " (应当遵循／控制, 应确保); " + THRESH + " (净宽不超过1.2米, 净长不超过1.5米, both under 原则上); " + NONE + "; "
               + NODATE),
        S(["三", "（二）"], [], [],
          note="「新增连廊只可延伸至原楼梯间相邻第一开间范围内，并满足防火规范相关要求」: 只可 limits where the act may reach, a ban's "
               "other face (「不得延伸至…以外」): " + BAN + " (RULING? 2: read as the standard's state, no task, count 5 "
               "accepted); 第一开间 an ordinal, no quantity; " + NONE + "; " + NODATE),
        S(["三", "（三）"], [], [],
          note=ACT + " (应保留, 应增加补救措施; 「如不能满足」 a case inside the item's own work, rule 3); " + NONE + "; "
               + NODATE),
        S(["三", "（四）"], [], [],
          note="「新增候梯厅和连廊均为公共空间」 states what the spaces are; 「严禁加建改建扩建…。严禁设置安装入户门…」 " + BAN
               + "; 业主 named only inside the object 「业主的独用空间」 (round 30: a body inside a noun's description); " + NONE
               + "; " + NODATE),
        S(["三", "（五）"], [], [],
          note="「严禁通过扩建…阳台…实现平层入户。严禁通过板式阳台…」 " + BAN + "; " + NONE + "; " + NODATE),
        S(["四"], [], [],
          responsible_alternatives=[["受托单位（实施单位、设计单位等）"], ["受托单位"]],
          note="a childless headed point that gives work (round 34 early; round 51 p47b): 「受托单位…应当积极做好…宣传和引导工作，严格"
               "按照…做好加装电梯的方案设计」 — " + CLOSED + "; " + PROC + "; " + ENTRUSTED + "; 委托业主 receives the work "
               "(rule 3) — RULING? 1; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble no task; 一、 states the work's aim and principle (「以…为导向，以“安全、适用、经济和节约用地”"
            "为原则」) and what the design is to achieve (「应当做到平面布局合理，注重…协调，尽可能减少…影响」) — a principle and a "
            "standard's state, no act of a body (rounds 36, 40, 49, 68: principles; round 66's x271_05: a standard's state) "
            "→ a childless point of no work, no task; 二、 states the state the building must be in (「应处于正常稳定的使用状态」) "
            "and what the new shaft is (「连为一体…能够独立并承担…荷载」) — conditions of the building and a structure's state "
            "(round 35: conditions; round 66's x271_05) → no task; 三、 a lead-in section (its 「应严格控制候梯厅和连廊的面积」 is "
            "the section's own lead-in, carried by its items, round 56) with five items → 5; 四、 a childless point giving work "
            "→ 1. **6**. Accepted: 7 (一、 or 二、 read as an instruction, 应当 with 做到／处于 — RULING? 3), 8 (both), 5 "
            "(三、（二） read as a state, RULING? 2).",
            "units: no item names a body in a ruled form; the addressees 「各区住房保障房屋管理局、规划资源局，各有关单位」 are units "
            "of no item; 受托单位 acts only by 做好 (the article reading accepted, round 45)",
            "dates: 2020年4月9日 (the signature); no item is dated; no phases, no duties",
            "figures: 1.2米 and 1.5米 in 三、（一） (targets, sampled); 第一开间 an ordinal"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x296_02_shi-fangguanju-2021-jiyou-duoceng-zhuzhai-jiazhuang-dianti-jianzhu-fangan-sheji-jinyibu-guifan-tongzhi.txt"
N02 = "关于进一步规范既有多层住宅加装电梯建筑方案设计工作的通知"

plan(X02,
     title=N02,
     title_note="the notice title (line 1)",
     doc_no="沪房更新〔2021〕110号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市房屋管理局 (the index; the stored text prints no signature, only the date)",
     date="2021-07-19",
     date_note="the notice is dated 2021年7月19日 (the index: published 2021-07-23); in force on issue "
               "(「本通知自发布之日起施行」)",
     level="a city bureau (Shanghai), an amendment that restates point 三、（一）–（三） of 沪房更新〔2020〕39号 (x296_01) and adds "
           "a point 五、",
     source=src(N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=57bb810d25f44426ba03532a87ca8183&siteId=0013",
                880),
     style="addressees, a preamble naming the points it restates; the restated point 三、 (a lead-in, items （一）–（三）) and "
           "the added point 五、 — numbered as in the amended notice, so the text opens at 三、 with no 一、 or 二、; a closing "
           "paragraph, 「特此通知」 and the date; blank lines between all paragraphs",
     leaf_tasks=3, count_alternatives=[4],
     leaf_tasks_by_section={"三、（一）–（三）": 3},
     childless_top_level_sections=["五、"],
     samples=[
        S(["三", "（一）"], [], [],
          note=ACT + " (应考虑就近入户; 「延伸范围原则上不应超过原有楼梯间相邻第一开间」 a ceiling whose measure is an ordinal, "
               "第一开间: no quantity, no target); " + NONE + "; " + NODATE),
        S(["三", "（二）"], [], [], targets=[(1.2, "米"), (1.5, "米")],
          note=ACT + " (应尽可能减少新增面积); " + THRESH + ": 「原则上净宽不应超过1.2米」 is 原则上不超过 with 应 inside it (the "
               "same comparison, round 30's list read by meaning as round 32 added 以内／最多), 「净长不超过1.5米」 the word itself; "
               "「如布局确有困难，根据实际情况适当放宽」 a case (rule 3), no option that takes the item's work away; " + NONE
               + "; " + NODATE),
        S(["三", "（三）"], [], [],
          note=ACT + " (应采取必要的消防技术措施; 同时应加强后续使用管理 — 加强 outside articles names no doer, round 30, but an "
               "instruction all the same); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble no task; 三、's lead-in 「本市鼓励平层入户的方式加装电梯。对通过平层入户的，应严格控制…并符合如下"
            "规定：」 is the section's own lead-in (round 56), its three items tasks → 3; 五、 「鼓励加装电梯规模推进，有条件的可通过方案"
            "整体设计，统一公示等措施，减少前期工作时间」 states only options (鼓励, 可): a childless point of no work (rounds 36, 40, "
            "49; round 51 p47b's 「options (可／鼓励) is none」) → no task; the closing 「其余未涉及事项仍以…为准。本通知自发布之日起施行」 "
            "a general provision (round 30). **3**. Accepted: 4 (五、 read as a task naming no unit — 减少前期工作时间 read as "
            "its work; RULING? 4).",
            "units: none in any item; the addressees 「各区住房保障房屋管理局、规划资源局，各相关单位」 are units of no item",
            "dates: 2021年7月19日 (the date line); no item is dated; no phases, no duties",
            "figures: 1.2米, 1.5米 in 三、（二） (targets, sampled); 沪房更新〔2020〕39号 a document number; 第一开间, 第五条 ordinals"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x296_03_shi-jingxinwei-2023-chanye-yuanqu-xinjian-zulin-zhufang-jianzhu-sheji-tongzhi.txt"
N03 = "上海市经济信息化委 市住房城乡建设管理委 市规划资源局 市房屋管理局关于规范产业园区内新建租赁住房建筑设计的通知"
P03 = "上海市经济信息化委 市住房城乡建设管理委 市规划资源局 市房屋管理局关于规范产业园区内新建租赁住房建.md"

plan(X03,
     title=N03,
     title_note="the notice title (line 1), with the four issuers' short names in front as printed",
     doc_no="沪经信产〔2023〕689号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市经济和信息化委员会 with 上海市住房和城乡建设管理委员会, 上海市规划和自然资源局, 上海市房屋管理局 (four "
            "signatures; the index lists the first)",
     date="2023-08-14",
     date_note="the notice is dated 2023年8月14日 (the index: published 2023-08-18); no time of force printed",
     level="four city bodies (Shanghai), design rules for new rental housing in industrial parks, with one paragraph of "
           "work for the entrusted firms",
     source=src(P03,
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=3cddc8f6b0824a84b0b77b9f370415ed&siteId=0020",
                1755),
     style="addressee 「相关单位」, a preamble; six headed sections 一、–六、, 一、–五、 with items 1.–3. (二、's items with "
           "run-in labels 「交通组织：」「机电设备：」), 六、其他 a childless section of one sentence followed by an unnumbered "
           "paragraph of work; 「特此通知。」, four signatures and the date; blank lines between all paragraphs",
     leaf_tasks=10, count_alternatives=[9, 11, 12],
     leaf_tasks_by_section={"二、": 3, "三、": 2, "四、": 1, "五、": 3, "六、": 1},
     samples=[
        S(["二", "1"], [], [],
          note="「交通组织：道路的宽度及转弯半径均需要考虑大巴车、消防车等特殊车辆的通行」: 需要 (须) with the act 考虑 asks the "
               "design to do something: an instruction, " + ACT + "; " + NONE + "; " + NODATE),
        S(["二", "2"], [], [],
          note="「机电设备：设计配电房时应预留扩容空间」 — " + ACT + " (应预留; 「设计配电房时」 says when); " + NONE + "; "
               + NODATE),
        S(["二", "3"], [], [],
          note="「…等控制要素，按照租赁住房等相关标准执行，并征求住建、卫生、生态环境等部门意见」: 执行 and 征求 acts with no subject, "
               "an instruction (" + ACT + "); the fields before one head with 等 「住建、卫生、生态环境等部门」 are bodies consulted, "
               "whose opinion is asked (rule 3: a body that only receives, approves or guides) — no unit; " + NONE + "; "
               + NODATE),
        S(["三", "1"], [], [],
          note="「…公共空间，应具有自然通风条件」 states a state (" + STATE + "), but 「若不能满足自然通风条件，应增加通风设施」 asks an "
               "act in the item's own case (rule 3's case names no unit; it does not take the act away): " + ACT + "; "
               + NONE + "; " + NODATE),
        S(["三", "2"], [], [],
          note="「雨水、污废水应经过室外管网汇集后排至…，并在排入点前设置监测井，预留消毒灭菌条件」: the route is the system's state, but "
               "设置 and 预留, carried by 应 through 并, are acts: " + ACT + "; " + NONE + "; " + NODATE),
        S(["四", "1"], [], [],
          note="「每个居住单元按照现行规范，适当安排居住人数」: a measure naming an act the plan's bodies carry out gives work with no "
               "subject and no 要 (round 70's x286_03; round 65's x274_01): a task naming no unit; " + NONE + "; " + NODATE),
        S(["五", "1"], [], [], not_targets=[(3, "人")],
          note=ACT + " (应设置独立卫生设施…并满足…); 「3人以上居室内附设卫生间的厕位和淋浴宜设隔断」: 3人以上 stands inside the noun "
               "naming the class of rooms the line picks (round 58; round 70's x287_01 4.1 「一次造成1人以上…的…信息」: a figure "
               "inside a noun naming a class is a class, no target, objects picked included), and its clause is 宜, a "
               "recommendation (round 61's x267_01): 3 人 not a target; " + NONE + "; " + NODATE),
        S(["五", "2"], [], [],
          note="「当卫生间不满足自然通风条件时，排风应通过排风立管排至屋面，屋面预留净化处理条件」: the case says when, and 预留 an act "
               "as in 二、2 (应预留扩容空间): " + ACT + "; " + NONE + "; " + NODATE),
        S(["五", "3"], [], [],
          note=ACT + " (应采取…技术措施; 应设置水封补水措施或采用密闭地漏 — 或 joins two ways of one act, round 67's x280_02); "
               + NONE + "; " + NODATE),
        S(["六"], [], [],
          responsible_alternatives=[["受托单位（实施单位、设计单位等）"], ["受托单位"]],
          note="六、其他 is a childless section whose sentence 「其他…等内容，按《…》…及其他相关…政策和标准执行」 points the rest to the "
               "listed rules (round 34's 参照 provision: no work by itself); the unnumbered paragraph after it 「受托单位（实施单位、"
               "设计单位等）应当积极做好对委托业主的政策宣传和引导工作，按照…做好园区企业租赁住房的建筑方案设计」 gives work and is the "
               "last item's body (rounds 32, 34; round 70's x288_06: an unnumbered paragraph after the last item that gives work "
               "is that item's body, no task of its own), so 六、 is a childless point that gives work (round 34 early) — "
               "RULING? 5; " + CLOSED + "; " + PROC + "; " + ENTRUSTED + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble no task; 一、适用范围 「本通知适用于…包括以下两类情况。1.…2.…」 is a scope with its classes "
            "(round 66's x81_04: a definition of scope in headed points is a general provision; no samples on it) → 0; 二、 "
            "1.–3. → 3; 三、 1., 2. → 2, 三、3 「单体建筑各单元房间，应满足自然采光通风条件」 states only the state the rooms must be "
            "in (" + STATE + ") → text; 四、1 → 1, 四、2 「…冷凝水宜分区域有组织排放…」 is 宜 only (round 61's x267_01: 宜 recommends, "
            "no instruction; text unless other words give work) → text; 五、 1.–3. → 3; 六、 with the 受托单位 paragraph → 1. "
            "**10**. Accepted: 9 (六、 read as a 参照 section whose trailing paragraph makes no task), 11 (三、3 read as an "
            "instruction — RULING? 6), 12 (三、3 and 四、2 both).",
            "units: no item names a body in a ruled form; 「住建、卫生、生态环境等部门」 are consulted (rule 3), the four issuers "
            "units of no item; 受托单位 acts only by 做好 (the article reading accepted, round 45); the addressee 「相关单位」 a "
            "catch-all with no kind",
            "dates: 2023年8月14日 (the signature); no item is dated; no phases, no duties",
            "figures: 3人以上 in 五、1 (a class inside a noun, not a target, checked); Rr4, GB55037, GB50016, JGJ36-2016, "
            "DG/TJ08-2291B-2022 and the document numbers are names and numbers of rules, no quantities"])


# round 58 (rul76): answers aligned to tests/data/CONVENTIONS.md "Round 74 rulings, written early" (confirmed, with one
# accepted list that the reading makes no reading; README, round 58)
from aligned_rulings import align76  # noqa: E402

for _f, _p, _w in (("x296_01", ["四"], "四"), ("x296_03", ["六"], "六、 with the 受托单位 paragraph after it")):
    align76(_f, _p, "「受托单位（实施单位、设计单位等）应当积极做好…宣传和引导工作，…做好…方案设计」 (" + _w + "): a notice's headed points are not 第X条 articles, so a party by kind acts only by rule 2's closed list (round 44; round 62 p52c is for articles), and 做好 is outside it — a task naming no unit; [受托单位] stays accepted, the bracket listing what the kind stands for dropped (round 37; x297_01 五、13.), so [受托单位（…）] is no reading",
            "Units, confirmed: the builder's none stands; the accepted list with the bracket dropped (round 37's bracket of kinds)",
            resp_alt=[["受托单位"]])

write_collected(DIR)
