# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next111/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c111, round 33: eight page openings of plans from outside Shanghai — 贵池区's
长江入河排污口排查 plan whose first item carries LABELS AFTER ITS BODY 「牵头单位:区环保局」「配合单位:区水利局,各镇街、园区」
and yearless 「(4月10日前完成)」 on its headings, 西安经开区's 2018 散乱污 plan under its notice (title printed over two lines
with 济 lost, 「由经发局牵头,各职能部门、各园区办…开展…」, a weekly sending 「每周五…报经发局汇总」), 台州's 2006 渡口渡船 plan
opening at 三、 (stages with full spans, a page that names no unit by the rules), a town's 2022 中考保障 plan with UNIT-COLON
items 「1.城建办:」「2.交警中队:」 and 「1.2022 年xx 省…」 (an item number before a year), 西安's 校服采购 plan under a 范文
site's headings (bodies set up by the items and their offices, 「A负责…;B负责…」), a city's 冬季除雪 样本 on ONE LINE with
「由A、B、C负责」 and a scope split 「…的,由A负责;未…的,由B负责」, a county's 窨井盖 plan whose only task's doer is a kind
described by a clause, and a city's 社会化除运雪 plan opening mid-text whose 三、职责分工 (一)–(八) each open with 「A负责…」):
never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or ``at_in``
inside the one-line text); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (its
round-29 rules on units written in sentences, the round-30 clarifications and thresholds, the round-31 lines, the
round-32 and round-33 rulings are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the
parser nor the scorer was run on these plans by c111.

    python tests/data/plans-next111/make_expected.py tests/data/plans-next111
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (inside the one-line text), the first words cut at the line's end.
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page does not show the plan's own title"
GOALS = "a section of aims, scope or contents (工作目标/排查范围/指导思想…) with no numbered children: no task"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
R3 = "CONVENTIONS rule 3 (not units)"
VERBS = ("rule 2's verbs are 负责/具体负责/主责/实施/落实 and 组织＋verb (or the agent of 由 with any verb, 牵头, 会同) — a "
         "closed list (round 30); this clause's verb is none of them")
STAGE = "the bracketed span after the stage's name is the stage's span (a phase), not the item's deadline: not checked"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOYEAR = ("no year of the plan is printed on the page (the site's date is not the plan's): the implicit year cannot be "
          "resolved, not checked")
ROUND27 = ("an item of 工作要求/总体要求 that names no unit, in a plan whose tasks name units: no task (round 27; "
           "round 33 turns it on a unit by label or rule 2)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x111_01_guichi-changjiang-ruhe-paiwukou-paicha-gongzuo-fangan.txt"
plan(X01,
     title_note=NO_TITLE + " (the page's heading 「河道排污口整治方案范文 篇11」 is the site's name of the 11th piece of a "
                           "collection; the plan calls itself 「本工作方案」)",
     doc_no="", issuer="贵池区 (Anhui, 池州市; 「长江干流贵池段」, 「贵池区境内」, 「区环保局」)",
     date="(no year on the page; the site's 「2024-07-18」 is not the plan's; the pilot it follows, 生态环境部's 长江入河排污口"
          "排查整治专项行动试点, points to 2019)",
     level="district (Anhui, 贵池区)",
     source=page_source("https://m.huatuo3.cn/dongshi/rvdhh/L4Zn0nqXG4"),
     style="a news-portal copy: the site's menu and breadcrumb, the heading 「河道排污口整治方案范文 篇11」 and 「2024-07-18 来源:"
           "华拓网」, a preamble, 一、工作目标 / 二、排查范围 / 三、排查对象 (prose, 1公里, 2公里), 四、重点任务及时间安排 (一) "
           "「一级排查(4月10日前完成)」 with its body and then LABELS AFTER THE BODY 「牵头单位:区环保局」「配合单位:区水利局,各镇街、"
           "园区」, (二) 「二级排查(4月25日前完成)」 — CUT in (二)'s body before its labels; indented paragraphs",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、排查范围", "三、排查对象"],
     samples=[
        S(["四", "(一)"], ["区环保局"], ["区环保局", "区水利局", "各镇街", "园区"], dl="4月10日前完成", skip_deadline=True,
          note=R1 + ": the labels after the item's body 「牵头单位:区环保局」「配合单位:区水利局,各镇街、园区」 are the item's "
               "(lines 28 and 30, before (二)); the list split at , and 、 as printed (round 30: 「各镇、园区」 two names, "
               "各镇街 and 园区); lead 区环保局, responsible lead first then the partners in order; 「(4月10日前完成)」 on the "
               "heading is the item's deadline, but " + NOYEAR),
        S(["四", "(二)"], [], [], dl="4月25日前完成", skip_deadline=True,
          note=CUT + " (its labels, if any, would follow its body: not on the page); " + R2 + ": 「开展人工徒步现场排查,组织工作"
                     "人员对…开展全口径排查」 has no subject (组织 with no doer; 工作人员 are persons, the object of 组织): "
                     "lead = [], responsible = []; 「(4月25日前完成)」 is the item's date, but " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 四/(一) and 四/(二) (cut); 1 without the cut item; 一、–三、 are sections (" + GOALS + ")",
            "「1公里范围」「延伸2公里」 give the search's scope (sections, no task): no targets checked; 「篇11」 and 「2024-07-18」 "
            "are the site's",
            "the two deadlines have no year on the page: not checked (as plans-next106's x106_01)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x111_02_xian-jingkaiqu-2018-sanluanwu-qiye-zhengzhi-gongzuo-fangan.txt"
plan(X02,
     title="西安经技术开发区2018年“散乱污”企业整治工作方案（2018年“散乱污”企业整治工作方案）",
     title_note="the plan's own title printed over lines 10–11 (「西安经技术开发区」 with 济 lost, then 「2018年“散乱污”企业整治"
                "工作方案」): the two lines joined, or line 11 alone, accepted; the notice's title is cut on line 5 (「关于印发"
                "《西安经济技术开发区2018年」)",
     doc_no="西经开发〔2018〕215号", issuer="西安经济技术开发区管委会 (Shaanxi, 西安市)", date="2018 (the title; the notice's "
     "date is cut to 「2018」)",
     level="development zone (Shaanxi, 西安经济技术开发区, a district-level zone of 西安市)",
     source=page_source("https://hfabiao.com/haowen/21681.html"),
     style="a 范文 site's copy: its date and 「引言:…12篇散乱污企业整治方案范文…」, the notice's document number, issuer (济 lost), "
           "its title cut after 「2018年」, addressees, one sentence 「现将…印发给你们,请认真贯彻落实」, issuer, a date cut to 「2018」, "
           "then the plan's title over two lines, a preamble citing three document numbers (「1+2+22组合方案」, 「(2018-2020)」), "
           "一、工作目标 (「10月底前,100%整治完成…」), 二、工作任务 (一)(二) headings with their bodies on the next line "
           "(「8月底前,整治完成…17户…(见附件1)」), 三、整治流程 (一)摸排。 「由经发局牵头,各职能部门、各园区办…开展持续摸排,"
           "每周五将…报经发局汇总」 — CUT at 「建立动态」",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)"], [], [], targets=[(17, "户")], dl="8月底前", dln="2018-08",
          note="heading 「整治完成列入我市固定台账的“散乱污”企业。」, body on line 17; no body is named (「8月底前,整治完成我区"
               "列入我市2018年整治固定台账的17户…」 has no subject; 我区 is the issuer speaking of its area, not a doer clause): "
               "lead = [], responsible = []; target 17 户 (the enterprises to finish); 「8月底前」 — the year is the plan's "
               "(2018, its title and 「我市2018年整治固定台账」): 2018-08; 「附件1」 names an attachment (no quantity)"),
        S(["二", "(二)"], [], [],
          note="heading 「持续摸排,随摸随整。」, body on line 19 (「依据…界定标准(见附件2),在区内持续开展…摸排行动,发现后立即"
               "整治」): no subject, no body: lead = [], responsible = []; 「附件2」 names an attachment; " + NODATE),
        S(["三", "(一)"], ["经发局"], ["经发局", "各职能部门", "各园区办"],
          note=CUT + "; " + R2 + ": 「由经发局牵头,各职能部门、各园区办按照…标准和责任分工,开展持续摸排」 — lead 经发局 (由A"
                     "牵头); RULING? 各职能部门 and 各园区办 stand after a comma as the subjects of 开展 (not a verb of rule 2), "
                     "but the sentence is round 33's 「由A牵头B、C＋verb」 (read as 「由A牵头，B、C配合」) with a comma: read so, "
                     "responsible 经发局, 各职能部门, 各园区办 in the printed order (kinds of body, round 32/33); a strict reader of "
                     "the closed list answers responsible 经发局 alone; 「每周五…报经发局汇总」 is a weekly sending (a duty), "
                     "no deadline; 部门负责人 are persons; " + NODATE),
     ],
     plan_targets=[{"number": 100, "unit": "%"}],
     phases=[],
     duties=[{"what": "每周五将新摸排出的“散乱污”企业经部门负责人签字并加盖部门公章后报经发局汇总", "when": "每周五",
              "when_norm": "weekly"}],
     notes=["3 leaves: 二/(一), 二/(二), 三/(一) (cut); 2 without the cut item; 一、工作目标 is a section (" + GOALS + ")",
            "plan target: 「10月底前,100%整治完成新摸排的企业」「新发现的100%坚决予以取缔」 (100 %, the aim's rate, twice)",
            "the duty: the units of 三/(一) send their finds to the lead unit 经发局 every Friday (a plan unit's sending, "
            "round 32): weekly",
            "西经开发〔2018〕215号, 〔2018〕7号 (twice), 〔2018〕199号 are document numbers, 「1+2+22」 a plan's name, "
            "「(2018-2020)」 a span in a title, 「2023-02-27 11:09:33」 the site's time, 「12篇」 the site's: no targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x111_03_taizhou-2006-dukou-duchuan-anquan-guanli-zhuanxiang-zhengzhi-fangan.txt"
plan(X03,
     title="台州市渡口渡船安全管理专项整治工作方案（台州市人民政府办公室转发市交通局等四部门关于台州市渡口渡船安全管理专项整治工作方案的通知）",
     title_note="line 2 (the notice's title, forwarding the plan): the plan's name inside it or the notice's whole title "
                "accepted",
     doc_no="", issuer="台州市人民政府办公室, forwarding a plan of 市交通局 and three other bodies (Zhejiang, 台州市)",
     date="2006 (the stages' spans, 2006-01 to 2007-09)", level="city (Zhejiang, 台州市)",
     source=page_source("http://www.fymate.net/html/text/lar/169735/16973534_1.html"),
     style="a law-database copy: the site's name, the notice's title, then the plan from 三、整治内容 (the page opens there: 一、 "
           "and 二、 are not on it) 1、–4、 (the objects and faults the campaign treats), 四、方法步骤 1、–4、 STAGES with full "
           "spans 「1、动员及调查阶段(2006年1月1日至3月15日)。…」 and their work written after them (no subject), 五、工作要求 1、 "
           "「各级政府和交通、港航、安全监督、海事、海洋与渔业、边防等部门要…充分认识…,把…列入重要」 — CUT there; indented",
     leaf_tasks=9, count_alternatives=[8, 5, 4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["四", "1"], [], [], dl="2006年1月1日至3月15日", skip_deadline=True,
          note="a stage written as an item with its work after the span (round 33: a phase and a task); no body is named "
               "(「成立…领导小组,制订整治活动方案。广泛开展…。完成…调查摸底工作…」 have no subject; the 领导小组 is a body the "
               "item sets up, rule 3): lead = [], responsible = []; " + STAGE),
        S(["四", "4"], [], [], dl="2007年5月1日至9月30日", skip_deadline=True,
          note="a stage with its work (「对责令限期整改的渡口进行集中整治和再验收;交流经验,探索建立…」, no subject): lead = [], "
               "responsible = []; " + STAGE),
        S(["五", "1"], [], [],
          note=CUT + "; " + R2 + ": 「各级政府和交通、港航、安全监督、海事、海洋与渔业、边防等部门要从…高度,充分认识…,把…"
                     "列入重要」 — bodies by kind with 认识 and 列入: " + VERBS + ": lead = [], responsible = []; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "动员及调查阶段", "start": "2006-01", "end": "2006-03"},
             {"name": "检查整治阶段", "start": "2006-03", "end": "2006-12"},
             {"name": "验收整改阶段", "start": "2007-01", "end": "2007-04"},
             {"name": "总结提高阶段", "start": "2007-05", "end": "2007-09"}],
     duties=[],
     notes=["9 leaves by the leaf rule (the page names no unit by the rules, so every numbered leaf counts, plans-dev 08): "
            "三/1、–4、, 四/1、–4、 (stages with their work: phases and tasks, round 33), 五/1、 (cut); 8 without the cut item; "
            "5 (without 三's list of objects and faults, which reads as the campaign's scope, like a list of hazards) and 4 "
            "(the stages only) accepted",
            "phases: the four stages with their printed spans (「(2006年3月16日至12月31日)」: the end month's year is the "
            "start's; 「(2007年1月1日至4月30日)」 likewise)",
            "「“三农”」 names a policy: no target"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x111_04_xxzhen-2022-zhongkao-baozhang-gongzuo-fangan.txt"
plan(X04,
     title="2022年xx镇中考保障工作方案",
     title_note="line 1 (the site's title) and line 9 (the document's own, with blanks 「2022 年xx 镇…」: the same words once "
                "the blanks are squashed)",
     doc_no="", issuer="a town (masked 「xx镇」; 「根据市考试保障工作领导小组…」, 「2022 年xx 省初中毕业学业考试」)",
     date="2022 (「2022 年6月15 日至 6月17 日」)", level="town (masked xx镇)",
     source=page_source("https://51gongwen.com/doc/157871.html"),
     style="a document site's preview: the title, the site's badges (「VIP专免」, a date, 「999+」, 「13.13KB」, 「5 页」, 「海报」, "
           "「侵权投诉」), the title again with blanks, a preamble broken over lines, 一、组织领导 (a 指挥组 of persons and bodies, "
           "「各成员单位…组织实施…」: a section with no numbered children), 二、保障单位和时间 1. 「1.2022 年xx 省…」 (an ITEM NUMBER "
           "BEFORE A YEAR) and 2. 「中考时间:2022 年6月15 日至 6月17 日中午。」 with clock times, 三、各部门(单位)工作职责 with "
           "UNIT-COLON items 「1.城建办:考试前,…」 (a person line 「(责任人:xx 【电话号码识别分类器】x)」 after it) and 「2.交警中队:"
           "…一是…二是…三是…」 — CUT; lines broken mid-word",
     leaf_tasks=2, count_alternatives=[1, 4, 3], attachment_task_rows=0, childless_top_level_sections=["一、组织领导"],
     samples=[
        S(["三", "1"], [], ["城建办"], lead_alternatives=[["城建办"]], dl="考试前", skip_deadline=True,
          note=R1 + ": the unit-colon item 「1.城建办:」 gives its unit — responsible 城建办, " + ONE + "; 「(责任人:xx …)」 names "
               "a person (never a unit); 有关路段施工单位 are whom it reminds (no unit); RULING? 「考试前」 is a time counted from "
               "the exam (2022-06-15, in 二/2.), not a date the item prints: not checked (a reader who resolves it answers "
               "2022-06-15)"),
        S(["三", "2"], [], ["交警中队"], lead_alternatives=[["交警中队"]], dl="考试期间", skip_deadline=True,
          note=CUT + "; " + R1 + ": the unit-colon item 「2.交警中队:」 — responsible 交警中队, " + ONE + "; 「一是…二是…三是…」 are "
                     "the item's own points, no items; 「考试期间」 is the exam's span (二/2.), not a deadline: not checked "
                     "(RULING? as 三/1)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves that are tasks: 三/1. and 三/2. (cut); 1 without the cut item; 二/1. (the exam's site, 「考点 1个」) and 二/2. "
            "(the exam's time) name no unit and give no work — facts of the exam, read as a scope section's items in a plan "
            "whose tasks name units (round 27), not tasks; 4 and 3 (with them, with or without the cut item) accepted",
            "一、组织领导 is a section with no numbered children: it sets up a 指挥组 (persons and member bodies, rule 3 members); "
            "its 「各成员单位…组织实施考试期间的各项保障工作」 is the section's prose, no task",
            "「1.2022 年」 is item 1. followed by the year 2022 (not a figure 1.2022); 「9 个行政村」 names the members, 「8:00—11:30」"
            " and 「2:00—4:30」 are clock times, 「13.13KB」「5 页」「999+」 the site's: no targets",
            "the exam's days (2022-06-15 to 2022-06-17) are the event the plan serves, not a phase of it: no phase checked"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x111_05_xian-zhongxiaoxue-xiaofu-caigou-shishi-fangan.txt"
plan(X05,
     title="学校校服采购专项整治实施方案篇1（学校校服采购专项整治实施方案）",
     title_note="the page shows only the site's names: 「学校校服采购专项整治实施方案 篇1」 (line 4, the piece's heading) or the "
                "collection's name without 「(精选14篇)」 (line 2): either accepted; the plan itself has no title on the page "
                "(「现就西安市中小学校服采购工作制定如下实施方案:」)",
     doc_no="", issuer="西安市 (Shaanxi; 「我市」, 「根椐西安市教育局、质量技术监督局《…》」; the issuer is not named)",
     date="(no date on the page)", level="city (Shaanxi, 西安市)",
     source=page_source("http://meiwen.anslib.com/fanwenku/352372.html"),
     style="a 范文 site's copy: 「- 相关推荐」, the collection's name 「(精选14篇)」, the site's blurb, 「… 篇1」, a preamble with a "
           "masked number 「(市质监发xx号)」 and a typo 「根椐」, 一、设立校服管理机构… 1. (a 校服管理委员会 set up 「由西安市教育局牵头、"
           "西安市质量技术监督局配合、以…为主体、…参与」, its office 「主要负责…」, then 「西安纤维纺织品监督检验所负责…;各区县学校后勤"
           "管理机构负责…」), 2、 (schools set up a group that 「全面负责…」), 二、 3、 (numbers running on across sections; 「1.」 "
           "and 「2、」 with different marks) — CUT at 「发布了中小」",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], ["西安纤维纺织品监督检验所", "各区县学校后勤管理机构"],
          note=R2 + ": 「西安纤维纺织品监督检验所负责校服原材料及成品的检验、抽检工作;各区县学校后勤管理机构负责学校校服征订"
               "过程的监督及合同备案工作」 — several 负责 clauses, their bodies in order, lead [] (no 牵头 of the item's work); "
               + R3 + ": 「市上成立由西安市教育局牵头、西安市质量技术监督局配合…参与的校服管理委员会」 is a body the item sets up "
               "(its members and its 牵头 body are not the item's units: 教育局 leads the committee, it is not made the doer of "
               "the item's work); RULING? 「西安市校服管理委员会办公室…主要负责贯彻落实…」 — the office of the body the item sets up, "
               "as the subject of 负责: read as part of the body set up (rule 3), not a unit; a reader who takes the office as "
               "a doer adds it first; 「协调有关部门」 is a pivot's object; " + NODATE),
        S(["一", "2"], [], [],
          note=R3 + ": 「中小学成立校服管理工作小组,…全面负责校服的征询、采购…」 — the subject of 全面负责 is the 小组 the item "
               "sets up (a body the item sets up, its 组长 and 组员 persons and representatives), and 中小学 is the subject of "
               "成立 (" + VERBS + "): lead = [], responsible = []; RULING? as 一/1 (a reader who reads the schools as doing the "
               "work through their group answers 中小学); " + NODATE),
        S(["二", "3"], [], [],
          note=CUT + " (「西安市校服管理委员会发布了中小」: 发布, past, by the committee 一/1 sets up): lead = [], responsible = []; "
                     + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一/1., 一/2、 and 二/3、 (numbers run on across the sections; 3、 cut); 2 without the cut item",
            "「市质监发xx号」 is a masked document number, 「精选14篇」 and 「篇1」 the site's: no targets"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x111_06_shi-dongji-chuxue-gongzuo-fangan-yangben.txt"
plan(X06,
     title="冬季除雪工作方案样本",
     title_note="line 6 (and again at the start of line 7, before 一、)",
     doc_no="", issuer="a city (「我市」; streets 兴海路、102国道、古城四街路…, 「市工商局」; not named)",
     date="(no date of the plan; the site's 「2021-04-17 发布」)", level="city (not named)",
     source=page_source("https://m.61taotao.com/office/290860.html"),
     style="a document site's preview: 「- 2021-04-17 发布 |」「- 37.5 KB |」「- 4页」, a disclaimer, 「文档介绍」, the title, then the "
           "WHOLE PLAN ON ONE LINE (line 7) with blanks between items: 一、指导思想, 二、具体除雪任务 (一) a list of streets then "
           "「以上街路除运雪由各部门、企事业、驻军驻在单位负责。(各单位除运雪责任区附后)」, (二) 「实行物业管理的住宅小区,除雪工作由"
           "物业管理企业负责,未实行物业管理的住宅小区,由所辖社区负责。」, (三) 「由市工商局负责管理,各经营业主负责清扫。」, 三、工作要求 "
           "(一)–(五) (「各单位要…」, 「雪停后24小时内除净」「48小时清运完毕」), 四、各部门职责 (a lead-in of persons) and 「(一)市」 — "
           "CUT",
     leaf_tasks=4, count_alternatives=[3, 9, 8], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], ["各部门", "企事业", "驻军驻在单位"], **at(X06, "(一)"),
          note=R2 + ": 「以上街路除运雪由各部门、企事业、驻军驻在单位负责」 — the agent of 由 with 负责: responsible as printed, "
               "split at 、 (各部门 is a kind with a verb of rule 2, round 32/33; 企事业 and 驻军驻在单位 kinds of body, kept as "
               "printed), lead [] (no 牵头); the streets are the item's objects; 「102国道」 is a road's name (no quantity); "
               "「(各单位除运雪责任区附后)」 points to an attachment; " + NODATE),
        S(["二", "(二)"], [], ["物业管理企业", "所辖社区"], **at(X06, "(二)"),
          note=R2 + ": 「…除雪工作由物业管理企业负责,未实行物业管理的住宅小区,由所辖社区负责」 — two 由…负责 clauses: "
               "responsible 物业管理企业 (a regulated body by kind, a doer — round 33 designations) and 所辖社区, lead []; RULING? "
               "the two 「…的」 clauses split the item's work by scope (managed estates / unmanaged estates), read as the "
               "item's own work and not as rule 3's case 「确需调整的，由A负责」 (a contingency): both bodies are doers; "
               + NODATE),
        S(["二", "(三)"], [], ["市工商局", "各经营业主"], **at(X06, "(三)"),
          note=R2 + ": 「由市工商局负责管理,各经营业主负责清扫」 — the agent of 由 with 负责, then the subject of 负责 (the "
               "stall-holders, a regulated body by kind, round 33): responsible in order, lead []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/(一)–(三) and 四/(一) (「(一)市」, cut); 3 without the cut item; 三、工作要求 (一)–(五) name no unit "
            "(「各单位要…组织人员…」 is a general call, round 33: 各单位 names no kind; the others are standards with no "
            "subject): " + ROUND27 + "; 9 and 8 (with them, with or without the cut item) accepted; 一、指导思想 is a section "
            "(" + GOALS + ")",
            "四's lead-in (「各部门、单位要高度重视…,由行政一把手担任除运雪工作第一责任人」) names persons and a general call: it gives "
            "四/(一) no unit (and 四/(一) is cut at 「市」)",
            "三/(二)'s 「雪停后24小时内除净」「48小时清运完毕」 are time limits counted from an event with no comparison word (round "
            "33: the item's deadline rule, not targets); not sampled (not tasks)",
            "the whole plan is on line 7: every item starts inside it (the samples' lines are found by their markers)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x111_07_xian-chengshi-yinjinggai-wenti-zhili-shishi-fangan.txt"
plan(X07,
     title="城市窨井盖问题治理实施方案",
     title_note="lines 1 and 5 (the same words; the plan names its county only as 「县」)",
     doc_no="", issuer="a county (「县城市窨井盖问题治理」, 「县城建成区」; not named)",
     date="2021 (「今年年底前…;到2022年底…;到2023年底…」: 今年 is 2021; the site's 「2022-08-19」)",
     level="county (not named)",
     source=page_source("https://www.gwyoo.com/Article/xzgaoshou/zzfa/202108/746746.html"),
     style="a 范文 site's copy: the title, the site's time, the title again, a preamble, 一、总体要求 (一)指导思想 (二)治理范围 "
           "(三)工作目标 (dates 「今年年底前」「到2022年底」「到2023年底」 and a paragraph 「到2025年底,…」 with no number), 二、重点任务 "
           "(一)全面完成普查建档。 「县建成区内凡涉及到窨井盖设置的企事业单位要制定普查方案,…组织对本单位治理范围内的城市窨井盖进行"
           "逐一摸底核实、登记造册…」 — CUT at 「对于无法」",
     leaf_tasks=1, count_alternatives=[4, 0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "(一)"], [], ["企事业单位"],
          lead_alternatives=[["企事业单位"]],
          note=CUT + "; " + R2 + ": 「县建成区内凡涉及到窨井盖设置的企事业单位要制定普查方案,…组织对本单位治理范围内的城市窨井盖"
                     "进行逐一摸底核实、登记造册」 — the subject of 组织＋verb (组织 … 进行, round 29/30) is a kind of body "
                     "(企事业单位 that set manholes), " + ONE + "; RULING? the kind is described by a clause 「县建成区内凡涉及到"
                     "窨井盖设置的」: the name is kept as printed, the whole noun phrase (a reader may shorten it to "
                     "「涉及窨井盖设置的企事业单位」 or 「企事业单位」); 「完成时限」 is a noun (what the 普查方案 must fix), no date; "
                     + NODATE + "; aligned round 34: names as printed — a 的-phrase before a name describes it, the "
                     "unit is the name after the last 的 (CONVENTIONS.md round 34: 「凡涉及窨井盖设置的企事业单位」 → 企事业单位)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf that is a task: 二/(一) (cut); 0 without it; 一、总体要求 (一)–(三) name no unit: " + ROUND27 + "; 4 "
            "(with them) accepted",
            "一/(三)'s dates (今年年底前 = 2021, 2022年底, 2023年底) and the unnumbered 「到2025年底」 paragraph are the plan's "
            "aims by year (no task, no phase checked); the plan has no quantity",
            "one sample only: the page holds one task (the brief's 3–8 cannot be met on this opening)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x111_08_shi-shehuihua-chuyunxue-gongzuo-fangan.txt"
plan(X08,
     title_note=NO_TITLE + " (the stored page opens inside an item of an earlier section: 「不需外运的积雪,…」)",
     doc_no="", issuer="a city (「全市社会化除运雪」, 「市除雪指挥部」, 「各区政府(管委会)」, 市委宣传部…; not named)",
     date="(no date on the page)", level="city (not named; districts and 管委会)",
     source=page_source("http://ask.fsou.com/html/text/lar/173426/17342621_1.html"),
     style="a law-database page that opens MID-TEXT (the tail of an item 「不需外运的积雪,…」 with no number, then 「(三)社会化除"
           "运雪应采用…」 of an unseen section), 三、职责分工 with a lead-in 「市除雪指挥部负责…。市除运雪指挥部相关成员单位按各自分工,"
           "共同做好…」 and (一)–(八) each opening with 「A负责…」 (「(二)各区政府(管委会)及除运雪指挥部负责…;各区政府(管委会)要指令"
           "城管、环卫部门(除运雪办)与街道办事处共同负责…」), 四、具体措施 with a lead-in sentence, (一) and 「1.各区除运」 — CUT; "
           "ASCII brackets",
     leaf_tasks=9, count_alternatives=[8, 10], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三", "(一)"], [], ["市除运雪指挥部办公室"], lead_alternatives=[["市除运雪指挥部办公室"]],
          note=R2 + ": 「市除运雪指挥部办公室负责指导、协调、监督、检查工作」 — the subject of 负责, " + ONE + "; the section's "
               "lead-in (市除雪指挥部, 相关成员单位) gives units only to items that name none (rule 4); " + NODATE),
        S(["三", "(二)"], [], ["各区政府(管委会)", "除运雪指挥部"],
          note=R2 + ": 「各区政府(管委会)及除运雪指挥部负责本辖区的指导、考核、监督工作」 — the subjects of 负责; RULING? 「A及B」 "
               "read as two bodies (及 joins two names like 、), the bracket kept as printed; 「各区政府(管委会)要指令城管、环卫部门"
               "(除运雪办)与街道办事处共同负责…」 — 指令 (to order) is a pivot verb not in rule 2's list: its subject is no new "
               "doer and its objects 城管、环卫部门(除运雪办) and 街道办事处 are not units (round 30's pivot rule: 「协调A、B落实」, "
               "even with a verb of rule 2 after the object) — RULING? a reader who takes 共同负责 as their own clause adds "
               "them; lead [] (no 牵头); " + NODATE),
        S(["三", "(三)"], [], ["市委宣传部"], lead_alternatives=[["市委宣传部"]],
          note=R2 + ": 「市委宣传部负责协调新闻媒体进行宣传和报道」 — the subject of 负责 (新闻媒体 the object of 协调, a pivot), "
               + ONE + "; 「降雪期间」 is a case of time, 「根据市除运雪指挥部通知」 a basis: no deadline; " + NODATE),
        S(["三", "(四)"], [], ["市工商局"], lead_alternatives=[["市工商局"]],
          note=R2 + ": 「市工商局负责配合除运雪管理部门督促经营性单位和个体户完成除运雪任务」 — the subject of 负责, " + ONE
               + "; 除运雪管理部门 is whom it assists (the object of 配合) and 经营性单位、个体户 the objects of 督促 (a pivot): not "
               "units; " + NODATE),
        S(["三", "(五)"], [], ["市行政执法局"], lead_alternatives=[["市行政执法局"]],
          note=R2 + ": 「市行政执法局负责检查和处罚工作,并对…依法进行处罚」 — " + ONE + "; " + NODATE),
        S(["三", "(六)"], [], ["市交通局"], lead_alternatives=[["市交通局"]],
          note=R2 + ": 「市交通局负责国道、省道、县道…的除运雪组织工作」 — " + ONE + "; 「确保按标准完成」 has no date; " + NODATE),
        S(["三", "(七)"], [], ["市公安局"], lead_alternatives=[["市公安局"]],
          note=R2 + ": 「市公安局负责交通疏导和调流工作」 — " + ONE + "; 「必要时采取交通管制」 is a case inside the item (rule 3's "
               "case, no new body); 「协助除运雪管理部门…」: the assisted body is no unit; " + NODATE),
        S(["三", "(八)"], [], ["市房产局"], lead_alternatives=[["市房产局"]],
          note=R2 + ": 「市房产局负责监督物业公司管理的住宅小区的除运雪工作」 — " + ONE + "; 物业公司 is inside the description of "
               "the object (「物业公司管理的住宅小区」, round 30: a body inside a noun's description is no doer); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["9 leaves on the page: 三/(一)–(八) and 四/(一)/1. (cut at 「各区除运」); 8 without the cut item; the first "
            "「(三)社会化除运雪应采用人工除运雪为主…」 (line 2, in a section whose heading is not on the page) is a standard "
            "that names no unit (「有条件的单位可以…」 an option) — not a task by round 27 — and 10 (with it) is accepted; "
            "line 1 is the tail of an earlier item (no number, no task)",
            "三's lead-in and 四's lead-in (「全市除专业化除运雪街路和区域外,全部实行社会化除运雪。」) give no item units (rule 4: "
            "the items name their own; 四/(一)/1. is cut before its subject is complete)",
            "no figures on the page"])

# round 50, second wave (w50a): items of 总体要求 stating aims, principles or goals are no tasks in any plan
# (CONVENTIONS.md "Round 49 rulings", governs; round 27; in a plan naming no units the old count stays accepted) —
# samples dropped, count without them (README, "Round 50: aims aligned")
from expected_tools import align56_aims  # noqa: E402

align56_aims('x111_07', [],
             "一、总体要求 (一)–(三) (指导思想, 治理范围, 工作目标) name no unit in a plan whose work names units: the set's count 1 st"
             'ands; 4 (with them) is round 33\'s count, kept only in a plan naming no units (CONVENTIONS.md "Round '
             '49 rulings", governs)',
             1, [0])
write_collected(DIR)
