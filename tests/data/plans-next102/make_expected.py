# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next102/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c102, round 31: eight page openings of plans from outside Shanghai — a 州's
道路交通安全 专项整治 plan (page 3: a units line after a run of items, 「由A、B部门…」 and three 「X负责…」 clauses), 九江's
2024 禁捕退捕 问题整治 方案 (cover, title, one item with a bracket label cut inside), Beijing's 统计执法大检查 plan (page
2: a lead-in with 「A负责…」 over lists of faults (1)–(9), (1)–(8), a stage span), a province's 气象灾害防御 意见 (page 3:
numbering run on (十三)–(十六), only general calls), a city's 打击传销 专项行动 方案 copied SCRAMBLED as one line (numbers
「1 」 without a dot, a blank date 「于月日前」), Hunan's 2009 成品油流动加油车 专项整治 方案 (one line: unit-colon
paragraphs 「商务部门:…」 inside item 1、), 上高县's 2023 双随机 抽查计划 (a pipe table: two unit columns), and 南陵县's 2024
一业一查 cover notice (two top-level items, 会同 and 牵头 clauses)): never tune the parser on them (see README.md). Only
`line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or ``at_in`` where an
item does not start a line); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md`
(its rules on units written in sentences, round-30 thresholds and round-31 rulings are cited in the notes). Neither
the parser nor the scorer was run on these plans by c102.

    python tests/data/plans-next102/make_expected.py tests/data/plans-next102
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items inside one-line texts or table rows, the first words cut at the line's end.
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page does not show the plan's title"
GOALS = "a section of aims (工作目标/指导思想/总体要求…) with no numbered children: no task"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
R3 = "CONVENTIONS rule 3 (not units)"
R4 = "CONVENTIONS rule 4 (a section's lead-in)"
VERBS = ("rule 2's verbs are 负责/具体负责/主责/实施/落实 and 组织＋verb (or the agent of 由 with any verb, 牵头, 会同); "
         "this clause's verb is none of them (round 30: a closed list)")
CALL = "a general call (addressed to all without a kind, or with no verb of rule 2: round 30 clarifications)"
SPAN = "a span of months (the stage's or the year's), not a deadline: not checked"


# ---------------------------------------------------------------------------------------------------------
X01 = "x102_01_zhou-daolu-jiaotong-anquan-zhuanxiang-zhengzhi-fangan.txt"
UNITS_LINE = ("「上述工作由宣传部门牵头,公安、教育、司法行政、安监等有关部门配合。」 — the units line after the run (六)1.–2. "
              "(rule 1: a units line after a run of items is inherited by the items above it): lead 宣传部门, responsible "
              "宣传部门 and 「公安、教育、司法行政、安监等有关部门」, one name as printed (round 31: fields sharing one head "
              "「人事、卫生等部门」 are one name, 等 kept)")
plan(X01,
     title_note=NO_TITLE + " (page 3 of an autonomous prefecture's 道路交通安全 专项整治 plan; it starts at item 3. of a "
                           "section whose heading is on page 2)",
     doc_no="", issuer="an autonomous prefecture's government (「州和各县电视台」; the 州 is not named)",
     date="not shown (the 「保护生命、平安出行」 宣传教育工程 and 安监 date it to the mid-2000s)",
     level="prefecture (自治州, not named)",
     source=page_source("http://www.fymate.net/html/text/lar/169554/16955499_3.html"),
     style="a law site's third page of a plan: items 3. 4. of a section begun on page 2, (六) 1.–2. followed by a UNITS "
           "LINE 「上述工作由宣传部门牵头,…等有关部门配合。」, (七) 1.–3. with 「由公安、交通、农业部门…」 and three 「X负责…」 "
           "clauses, a case split 「属客运企业的,由…;属单位自用的,由…」, thresholds 「9座以上」「不少于2次」, then 四、工作要求 "
           "/ (一) — CUT",
     leaf_tasks=8, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["3"], [], [], not_targets=[(12, "分")],
          note=R2 + ": 「公安机关对交通违法记满12分的机动车驾驶人,一律集中学习考试」 — the verb 集中学习考试 is none of rule 2's ("
               + VERBS + "): lead = [], responsible = []; the units line after (六) is not this item's (it follows another "
                         "run); 「记满12分的机动车驾驶人」 names a group of drivers by their points, with no comparison word "
                         "(round 30: a figure that only names a kind; round 31: a figure naming a group of persons): not a "
                         "target; " + NODATE),
        S(["4"], [], ["当地客运企业主管部门", "车辆所属单位", "教育部门", "学校"], targets=[(9, "座")],
          note=R2 + ": the agent of 由 with a verb of doing (督促落实) three times — 「属客运企业的,由当地客运企业主管部门督促"
               "落实…;属单位自用的,由车辆所属单位督促落实…;属学校接送学生和教职员工的,由教育部门和学校督促落实…」: several "
               "clauses, all their bodies in order, 「教育部门和学校」 split at 和 (two heads); lead [] (no 牵头). Not settled by "
               "CONVENTIONS: the 「属A的」 clauses split the item's whole work by the vehicles' owners (they are the item's "
               "work, not a contingency inside other work: round 30's 「an item whose whole work is the response to a "
               "case」); 「9座以上的客车」 is a threshold with 以上 (round 30): a target; " + NODATE),
        S(["(六)", "1"], ["宣传部门"], ["宣传部门", "公安、教育、司法行政、安监等有关部门"], targets=[(2, "次")],
          note=R1 + ": " + UNITS_LINE + "; the subjects 「州和各县电视台、广播电台」 add nothing (the label decides); 「每天"
               "播放…不少于2次」: 不少于 with 2次 is a floor (round 30): a target; 「每天」 a rhythm, no date: " + NODATE),
        S(["(六)", "2"], ["宣传部门"], ["宣传部门", "公安、教育、司法行政、安监等有关部门"],
          note=R1 + ": " + UNITS_LINE + "; 「各地要认真组织实施…宣传教育工程」 would be a general call (各地) but the "
               "label decides; 「保护生命、平安出行」 is the campaign's name; " + NODATE),
        S(["(七)", "1"], [], [],
          note="「按照谁主管谁负责…的原则,切实落实有车单位和车主的交通安全管理教育责任」 has no subject: 有车单位 and 车主 are "
               "those whose duty is enforced (the object of 落实), and 「谁主管谁负责」 is a principle: lead = [], "
               "responsible = []; the units line after (六) is not (七)'s; " + NODATE),
        S(["(七)", "2"], [], [],
          note=R2 + ": 「公安机关要强化对驾驶人的交通安全法制教育」 — 强化 is none of rule 2's verbs; 「组织对违法肇事驾驶人学习"
               "考试工作」 is a noun phrase naming the occasion, with no body: lead = [], responsible = []; " + NODATE),
        S(["(七)", "3"], [], ["公安、交通、农业部门", "交通部门", "公安机关", "农业部门"], targets=[(3, "天")],
          note=R2 + ": 「由公安、交通、农业部门针对…制定宣传教育计划,开展…集中教育活动」 (the agent of 由 with a verb of "
               "doing; fields sharing one head 「公安、交通、农业部门」 are one name as printed, round 31), then several clauses "
               "「交通部门负责…;公安机关负责…;农业部门负责…」 — all their bodies in order (printed names kept apart); lead "
               "[]; 「分批集中开展3天的交通安全教育」 (three times): 3天, the length of the training, a target; 「专项整治行动"
               "期间」 is no date: " + NODATE),
        S(["四", "(一)"], [], [],
          note=CUT + " (「各级政府主要领导是本」): the heading 「落实各级政府和有关部门的交通安全责任」 has no subject (各级政府 "
                     "and 有关部门 are inside the object of 落实) and 主要领导 are persons: lead = [], responsible = []; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["8 leaves on the page: 3. and 4. (their section heading is on page 2), (六)1.–2., (七)1.–3. and 四/(一) (cut; "
            "7 without it)",
            "the units line 「上述工作由宣传部门牵头,…配合。」 stands after (六)2. and before (七): it covers (六)1.–2. only",
            "「12分」 is not a target (a group of drivers), 「9座以上」 and 「不少于2次」 are (comparison words), 「3天」 is"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x102_02_jiujiang-2024-jinbu-tuibu-wenti-zhengzhi-shishi-fangan.txt"
plan(X02,
     title="关于深入开展禁捕退捕问题整治坚定不移推进长江十年禁渔工作的实施方案",
     title_note="lines 5–6 (the title broken over two lines; also in 《》 in the cover paragraph, with a blank after 整治)",
     doc_no="", issuer="九江市人民政府办公室 (Jiangxi; the site jiujiang.gov.cn, 市政府办公室文件; 「市政府第54次常务会议」)",
     date="2024-12-27", level="city (Jiangxi, 九江)",
     source=page_source("https://jiujiang.gov.cn/xxgk/xzwgk/jcgk/zcwj/szfbgswj/202412/t20241231_6816148.html"),
     style="a city site: addressees, a cover paragraph with the title in 《》, the date, 「(此件主动公开)」, the title on two "
           "lines, a preamble, 一、工作目标 (prose with 「到2025年底」), 二、常态长效整改问题 / (一)制定问题整改方案。 with its "
           "units in a BRACKET LABEL at the end 「(市重点水域禁捕退捕工作专项小组各成员单位按职责分工负责,相关县〔市、区」 — "
           "CUT inside the bracket",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)"], [], ["市重点水域禁捕退捕工作专项小组各成员单位"],
          lead_alternatives=[["市重点水域禁捕退捕工作专项小组各成员单位"]],
          note=CUT + " (inside the bracket label); " + R1 + ": the bracket 「(市重点水域禁捕退捕工作专项小组各成员单位按职责分工"
               "负责,…」 gives the units: the members as a group (a label naming them, not a member list: round 30's "
               "「members' own work」), 「按职责分工负责」 is a phrase, no unit (plans-dev EXPECTED); the cut 「相关县〔市、区」 "
               "is not a whole name (as plans-next43 x43_03's last 「区」) and is left out; no 牵头: lead [] (the one unit as "
               "lead accepted, plans-dev 03); 「整改时限」 is a noun: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 二/(一) (cut); 0 accepted (the count without it); 一、工作目标 is a section (" + GOALS + "); "
            "「到2025年底」 in it is the aim's date, no task's",
            "国办发〔2024〕12号, 赣府厅发〔2024〕27号 are document numbers, 「第54次」「第三轮」 ordinals: no targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x102_03_beijing-tongji-zhifa-dajiancha-fangan.txt"
LEADIN = (R4 + ": the items name no body of their own (the heading 「…自查内容包括:」 names whose self-check it is, with no "
          "verb of rule 2; the bodies inside a fault 「统计执法机关不作为」 do no work of the item), so they take the doers of "
          "the paragraph that opens their section (二) — 「区县统计局、调查队负责本地区单位自查表的收集和汇总」 (负责): "
          "responsible 区县统计局, 调查队, lead []; 「市统计局、国家统计局北京调查总队…布置…,并组织好直报单位自查表的填写、收集"
          "和汇总」 is not read as a doer: 布置 is none of rule 2's verbs and c102 reads 「组织好＋noun phrase」 as not 组织＋verb "
          "(a reader who does answers the four bodies); a reader who stops at the heading 1./2. answers []")
plan(X03,
     title_note=NO_TITLE + " (page 2 of Beijing's 统计执法大检查 plan; it starts inside stage (二), whose heading is on "
                           "page 1)",
     doc_no="", issuer="北京市统计局 and 国家统计局北京调查总队 (with 监察局, 司法局; 「本市」, 「区县」)",
     date="not shown (the stages are dated by month only; 统计从业资格 and 「统计违法违纪行为」 date it to 2010–2016)",
     level="province-level city (北京)",
     source=page_source("http://fsou.com/html/text/lar/172121/17212160_2.html"),
     style="a law site's second page: a lead-in paragraph of stage (二) with 「A、B…布置…,并组织好…」 and 「区县统计局、调查队负责…」,"
           " a sentence BROKEN over two lines, 1. and 2. each a heading 「…自查内容包括:」 over LISTS OF FAULTS (1)–(9) and "
           "(1)–(8), a closing paragraph with a dated report 「于6月底前报送至市大检查领导小组办公室」, then (三)抽查阶段(7月份至8月份) "
           "— a stage span without a year — CUT after 「联合同级监察局、司法局」",
     leaf_tasks=18, count_alternatives=[17, 3, 2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1", "(1)"], [], ["区县统计局", "调查队"],
          note=LEADIN + "; 「负责人要求…伪造、篡改统计资料」 is a fault to find: 负责人 is a person (rule 3); " + NODATE),
        S(["1", "(4)"], [], ["区县统计局", "调查队"],
          note=LEADIN + "; 「未经批准擅自组织实施统计调查…未依法向统计部门报送统计资料」 describes a fault: its 组织实施 has no "
               "body and 统计部门 would receive (rule 3), neither is the item's doer; " + NODATE),
        S(["1", "(8)"], [], ["区县统计局", "调查队"],
          note=LEADIN + "; 「市和区县统计执法机关不作为,压案不查,瞒案不报」 names bodies as the subject of a fault, not as doers "
               "of the item's work; " + NODATE),
        S(["2", "(1)"], [], ["区县统计局", "调查队"],
          note=LEADIN + "; 「(重点检查指标见附件3)」 points to an attachment (no target); " + NODATE),
        S(["2", "(8)"], [], ["区县统计局", "调查队"],
          note=LEADIN + "; 「未取得统计从业资格从事统计工作」 a fault; the closing paragraph's 「于6月底前报送…」 belongs to "
               "stage (二), not to this list item (a duty): " + NODATE),
        S(["(三)"], [], [], dl="7月份至8月份", skip_deadline=True,
          note=CUT + " (「市和区县统计局、调查队联合同级监察局、司法局」, its verb cut): 联合 is not 会同/协同 and the verb that "
                     "would make them doers is not on the page (not settled by CONVENTIONS: 「A联合B」 with no verb): lead = [], "
                     "responsible = []; the lead-in of (二) is not this item's; 「(7月份至8月份)」: " + SPAN
               + " (and its year is not on the page)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区县统计局、调查队和各相关部门将自查报告及自查表报送至市大检查领导小组办公室", "when": "6月底前",
              "when_norm": None}],
     notes=["18 leaves on the page: 1./(1)–(9), 2./(1)–(8) (lists of faults to self-check, numbered leaves, counted as "
            "plans-dev 11 counts its 重点整治内容 items) and (三) (cut); 17 without it; 3 or 2 accepted (1., 2. and (三) as the "
            "items, the (n) lists read as contents, with or without the cut item)",
            "the closing paragraph of (二) 「区县统计局、调查队和各相关部门要…认真组织自查,并将自查报告及自查表于6月底前报送至"
            "市大检查领导小组办公室」 is unnumbered prose of the stage: a duty (the year is not on the page: no normalised date)",
            "no phases answered: the stage (三)抽查阶段(7月份至8月份) has no year on the page (as plans-next97 x97_06)",
            "附件3 is an attachment's number: no target"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x102_04_sheng-qixiang-zaihai-fangyu-fanglei-di3ye.txt"
plan(X04,
     title_note=NO_TITLE + " (page 3 of a province's 意见 on 气象灾害防御; it starts at item (十三) of a section whose heading "
                           "is on page 2)",
     doc_no="", issuer="a province's government (「我省」; not named)",
     date="not shown (气象灾害防御, 气候可行性论证 and 防雷 「三同时」: about 2008–2012)", level="province (not named)",
     source=page_source("http://www.fymate.net/html/text/lar/169768/16976891_3.html"),
     style="a law site's third page of an 意见: items (十三)–(十五) with a bold-like heading sentence 「(十三)积极开展气候可行性"
           "论证。」 and a paragraph, a LINE BREAK INSIDE 《》 (「根据《」 / 「中华人民共和国气象法》」), numbering RUN ON across "
           "sections (五、 / (十六)), bodies only in 要-sentences with verbs none of rule 2's — CUT in (十六)",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(十三)"], [], [],
          note=R2 + ": 「各级气象部门要根据…进行气候可行性论证」 (进行), 「有关部门…要统筹考虑…」 (考虑), 「各地要抓紧制定…办法」 "
               "(制定; 各地 a general call) — " + VERBS + ": lead = [], responsible = []; " + NODATE),
        S(["(十四)"], [], ["各有关部门"], responsible_alternatives=[[]],
          note="aligned round 54 to CONVENTIONS.md \"Round 66 rulings\" (turned, round 49 p46d over the parser's LATER_CALL): "
               "落实 is in rule 2's list whatever its object (p46d), and 「要严格落实防雷减灾责任制」 carries 各有关部门, standing "
               "before it in the paragraph (round 34), a kind (rounds 33, 58) (responsible [] → [各有关部门]); the earlier reading "
               "(none) stays accepted. Earlier note: " + R2 + ": 「气象部门要加强防雷工程专业资质认定…」 and 「各有关部门要加强建设项目的防雷工程质量管理」 (加强), and "
               "「要严格落实防雷减灾责任制」 (落实 with no subject) — no clause makes a body the doer with a verb of rule 2: "
               "lead = [], responsible = []; 「三同时」 is a name: " + NODATE),
        S(["(十五)"], [], [],
          note="no body: 「完善细化我省的实施细则」 has no subject (我省 is a place): lead = [], responsible = []; " + NODATE),
        S(["五", "(十六)"], [], [],
          note=CUT + "; 「各地各有关部门要充分认识…」 is " + CALL + ": lead = [], responsible = []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves on the page: (十三)–(十五) (their section heading is on page 2) and 五/(十六) (cut; 3 without it); the "
            "numbering runs on across sections",
            "no item on the page names a doer by rule 2 (as in a plan that names no units, every numbered leaf is a task)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x102_05_shi-daji-chuanxiao-zhuanxiang-xingdong-fangan.txt"
plan(X05,
     title_note=NO_TITLE + " (a document site's copy of a city's 打击传销专项行动 方案 whose text was extracted out of "
                           "order: the page starts with a closing paragraph, then 一、)",
     doc_no="", issuer="a city's government or its 打击传销专项行动领导小组 (「全市」, 「市综治办」; not named)",
     date="not shown (工商行政管理机关 and 综治: before 2018)", level="city (not named)",
     source=page_source("https://www.xiaomilidoc.com/p-12994513.html"),
     style="a document site's copy as ONE LINE, SCRAMBLED by the extraction (sentences out of order: 「使全市…明显减少,工作目标:"
           "通过这次专项行动。规模化的…」, quotes emptied 「“”“地方政府负责,依照 全国统一领导。…”治,着力治本 方针」); it starts "
           "with a closing paragraph (「…市综治办要将…列入综治工作。领导小组各成员单位于月日前将总结上报…」 — a BLANK DATE), "
           "then 一、 with 工作重点 numbered 「1 」「2 」 WITHOUT A DOT, 二、组织领导 (an empty heading), 三、 「1 」「2 」 — CUT",
     leaf_tasks=6, count_alternatives=[5, 4], attachment_task_rows=0, childless_top_level_sections=["二、组织领导"],
     samples=[
        S(["一", "1"], [], [], **at(X05, "工作重点:1 "),
          note="「惩处以介绍工作、从事经营活动等名义。并限制人身自由的行为;…」 names the acts to punish, no body: lead = [], "
               "responsible = []; " + NODATE),
        S(["一", "3"], [], [], **at(X05, "网络。3 "),
          note="「重点抓好对农民工、校学生、下岗失业人员等重点群体的宣传教育」: groups of persons are the audience, no body: "
               "lead = [], responsible = []; " + NODATE),
        S(["一", "4"], [], [], **at(X05, "宣传教育。4 "),
          note="「以区、经济开发区为重点地区进行全面整治」: 区 and 经济开发区 are places (重点地区), not doers: lead = [], "
               "responsible = []; " + NODATE),
        S(["三", "1"], [], [], **at(X05, "保障措施1 "),
          note=R3 + ": 「各成员单位要…充分认识…」「各成员单位要…制定具体的行动方案,安排专人负责,并将方案和负责人名单报领导小组"
               "办公室」 — " + CALL + " (制定/安排/报; 「专人负责」 names persons, rule 3); 「打击传销专项行动领导小组的领导下」"
               " guides and 领导小组办公室 receives: lead = [], responsible = []; the slogan in emptied quotes is no unit; "
               + NODATE),
        S(["三", "2"], [], [], **at(X05, "负责人名单报领导小组办公室。2 "),
          note=CUT + " (「…加强对专项行动的指」); " + R2 + ": 「县、区政府及各有关部门要依据各自职责密切配合」 (配合 with no doer "
                     "before it: " + CALL + ") and 「工商行政管理机关要充分发挥主力军作用,加强…」 (发挥/加强) — " + VERBS
               + ": lead = [], responsible = []; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "领导小组各成员单位将总结上报市打击传销专项行动领导小组办公室", "when": "于月日前 (the month and day "
              "left blank)", "when_norm": None},
             {"what": "各成员单位将方案和负责人名单报领导小组办公室", "when": "not stated", "when_norm": None}],
     notes=["6 leaves: 一/1–4 (工作重点) and 三/1–2 (the second cut); 5 without the cut item; 4 accepted (三's items read as "
            "工作要求 with no unit, not tasks); 二、组织领导 is an empty heading (its text is not on the page)",
            "the paragraph before 一、 is a closing paragraph moved up by the extraction: unnumbered, no task; its 「于月日前」 "
            "is a blank date (a duty with no date)",
            "paths follow the printed numbers 「1 」 (no dot)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x102_06_hunan-2009-chengpinyou-liudong-jiayouche-zhuanxiang-zhengzhi-fangan.txt"
plan(X06,
     title_note=NO_TITLE + " (page 3 on a law site, 「[接上页]」; the plan is Hunan's 2009 行动方案 against unlicensed mobile "
                           "fuel trucks)",
     doc_no="", issuer="湖南省 (by 湘安办纪要〔2009〕1号, 省商务厅, 中石化湖南石油分公司; the issuing body is not on the page)",
     date="2009 (湘安办纪要〔2009〕1号)", level="province (Hunan)",
     source=page_source("https://code.fabao365.com/law_504567_3.html"),
     style="a law site's page as ONE LINE after a line holding only 「|」: 「[接上页]」, the preamble's end, 一、目标 and 二、组织领导 "
           "(prose: a group the plan sets up 「由省商务厅牵头成立…领导小组」 and 「各市(州)要成立由商务局牵头…的领导小组,负责开展"
           "…」), 三、工作范围 1、–3、 (objects), 四、工作措施 1、 whose heading sentence is followed on the same line by UNIT-COLON "
           "paragraphs 「商务部门:牵头组织整治行动,负责…: 安监部门:负责…」 (a colon where a full stop would be) — CUT",
     leaf_tasks=4, count_alternatives=[1, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、专项整治行动工作目标", "二、专项整治行动组织领导"],
     samples=[
        S(["三", "1"], [], [], **at(X06, "工作范围 1、"),
          note="「无合法手续非法经营的成品油流动加油车」: an object of the campaign, no body: lead = [], responsible = []; "
               + NODATE),
        S(["三", "3"], [], [], **at(X06, "车辆; 3、"),
          note="「非法私设的油库和…油库、成品油批发企业」: objects (企业 to be dealt with, not doers): lead = [], responsible = []; "
               + NODATE),
        S(["四", "1"], ["商务部门"], ["商务部门", "安监部门"], lead_alternatives=[[]], **at(X06, "工作措施 1、"),
          note=CUT + " (inside 安监部门's paragraph; the other departments' are on the next page); " + R1 + ": the unit-colon "
                     "paragraphs 「商务部门:…」 and 「安监部门:…」 inside the item give its units, in order; 商务部门's text "
                     "begins 「牵头组织整治行动」, so it is the lead (not settled by CONVENTIONS for a unit-colon item: lead "
                     "[] accepted, as plans-dev 12's 「城运中心:负责…」 has none); 「各部门分头行政」 is a method, no unit; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves on the page: 三/1、–3、 (the campaign's objects) and 四/1、 (cut); 3 without the cut item; 1 accepted "
            "(三's items read as scope, not tasks); 一、 and 二、 are top-level items with no numbered children (sections): "
            "二、's 「各市(州)要成立由商务局牵头…的领导小组,负责开展…」 is prose of a section, no task",
            "湘安办纪要〔2009〕1号 is a document number: no target"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x102_07_shanggao-2023-shuangsuiji-yigongkai-choucha-gongzuo-jihua.txt"
ROW = ("a row of the pipe table (序号 | 检查主体 | 年度计划名称 | 检查内容 | 计划开展时间 | 股室 | 抽查比例 | 抽查频次 | 抽查数量): "
       "two unit columns, 检查主体 and 股室, with no 牵头/配合 word — not settled by CONVENTIONS: both read as the row's "
       "units in printed order (rule 1: the table's columns decide; the issuer naming itself is a unit, round 30), lead "
       "[]; a reader keeping only the 股室 column answers the section alone; 「1月—12月」 is " + SPAN + "; 抽查比例 (a "
       "share) and 抽查数量 (a number of 户) are the row's quantities: targets; 抽查频次 「=1」 has no unit (not answered)")
NOTE_BRACKET = "; 「(实际以联合双随机牵头单位抽查数为准。)」 is a remark (no unit given the row)"
plan(X07,
     title="2023年“双随机、一公开”抽查工作计划",
     title_note="line 1, the table's caption (followed by 「 | ||||||||」)",
     doc_no="", issuer="上高县市场监督管理局 (Jiangxi, 宜春; the site's path sgxrmzf = 上高县人民政府)",
     date="2023 (the caption)", level="county bureau (Jiangxi, 上高县)",
     source=page_source("https://mywgg.com/sgxrmzf/sjccsxjjh/202312/80b73b7de85647f8af98afaa006ccb5f.shtml"),
     style="a county site's table rendered as PIPE ROWS, one row a line (「1 | 上高县市场监督管理局 | … |」): the caption with "
           "empty cells, a header of nine columns, rows 1–8 with the same 检查主体 in every row, a 股室 column, shares "
           "「5%」, frequencies 「=1」 「>=1」, counts 「1户(实际以…为准。)」; row 8 CUT inside its 检查内容",
     leaf_tasks=8, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], ["上高县市场监督管理局", "特种设备股"], targets=[(5, "%"), (1, "户")], dl="1月—12月", skip_deadline=True,
          **at(X07, "\n1 | "), note=ROW + NOTE_BRACKET),
        S(["2"], [], ["上高县市场监督管理局", "价监股"], targets=[(5, "%"), (1, "户")], dl="1月—12月", skip_deadline=True,
          **at(X07, "\n2 | "), note=ROW),
        S(["4"], [], ["上高县市场监督管理局", "商标广告股"], targets=[(5, "%"), (3, "户")], dl="1月—12月",
          skip_deadline=True, **at(X07, "\n4 | "),
          note=ROW + "; 《广告业统计报表》 is the name of a report the inspected units file (no duty of the plan)"),
        S(["6"], [], ["上高县市场监督管理局", "食品股"], targets=[(10, "%"), (2, "户")], dl="1月—12月", skip_deadline=True,
          **at(X07, "\n6 | "), note=ROW + "; 「>=1」 (抽查频次) has no unit" + NOTE_BRACKET),
        S(["7"], [], ["上高县市场监督管理局", "网监股"], targets=[(5, "%"), (7, "户")], dl="1月—12月", skip_deadline=True,
          **at(X07, "\n7 | "), note=ROW),
        S(["8"], [], ["上高县市场监督管理局"], **at(X07, "\n8 | "),
          note=CUT + " (inside the 检查内容 cell): only the 检查主体 cell is on the page (its 股室 is not): responsible "
                     "上高县市场监督管理局, lead []; no time cell on the page: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["8 rows, one task each (row 8 cut; 7 without it); the caption and header lines are no task",
            "the same 检查主体 in every row; the 股室 differ (特种设备股, 价监股, 商标广告股, 食品股, 网监股)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x102_08_nanling-2024-yiye-yicha-lianhe-choucha-gongzuo-jihua-tongzhi.txt"
plan(X08,
     title="南陵县市场监管领域2024年度“一业一查”部门联合抽查工作计划（关于印发南陵县市场监管领域2024年度“一业一查”部门联合抽查"
           "工作计划的通知）",
     title_note="line 1 is the notice's title; the plan it issues (the 年度工作计划, not on the page) is named inside it: "
                "the plan's name or the notice's title",
     doc_no="联办字〔2024〕2号",
     issuer="南陵县's joint inspection office (Anhui, 芜湖; 「我办牵头制定」, 联办字; the site nlx.gov.cn)",
     date="2024", level="county (Anhui, 南陵县)",
     source=page_source("https://www.nlx.gov.cn/openness/public/6605141/39220155.html"),
     style="a county site's cover notice: title, number, addressees 「各成员单位:」, a paragraph issuing the 年度工作计划 "
           "「请按照以下要求抓好组织实施」, then the cover's own requirements 一、强化统筹推进 and 二、规范工作流程 as top-level "
           "items with a paragraph each (no numbered children): 「各牵头部门要…及时会同参与部门制定…」, 「发起部门要牵头建立…」 — "
           "CUT in 二、",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], ["各牵头部门"], ["各牵头部门", "参与部门", "各参与部门"], lead_alternatives=[[]],
          note="the cover's numbered instructions read as tasks (every top-level item a complete instruction with its own "
               "bodies, as plans-dev 03); " + R2 + ": 「各牵头部门要…及时会同参与部门制定具体实施方案」 — 「A会同B＋verb」: lead A "
               "(lead [] accepted), responsible A, B (各牵头部门: a group named by a kind, round 30); 「各参与部门要密切配合」 — "
               "B配合 after a doer (round 30): responsible, its name kept as printed (各参与部门 beside 参与部门, as plans-next97 "
               "x97_04 kept both printings); 「联查计划可实施动态管理」 has no subject: " + NODATE),
        S(["二"], ["发起部门"], ["发起部门", "配合部门"],
          note=CUT + " (「各参与部门要…在抽查任务完成」, its verb cut: not read); " + R2 + ": 「发起部门要牵头建立…名录库」 — "
                     "「A牵头（负责）」: lead 发起部门; 「(发起部门)…并与配合部门分别抽取各自的执法检查人员」 makes 配合部门 a doer "
                     "beside it (as 「由A与B共同＋verb」, round 30): responsible in order; 「各成员单位要…有序组织实施部门联合抽查」 "
                     "is " + CALL + " — 各成员单位 are all the notice's addressees (c102's reading: a reader who takes it as a "
                     "group by kind with 组织实施 adds 各成员单位 first); 联合检查组 is a group the item sets up (rule 3); "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: the cover's 一、 and 二、 (二、 cut); 1 without the cut item; 0 accepted (the tasks are in the attached "
            "年度工作计划, not on the page)",
            "联办字〔2024〕2号 is a document number; 「一业一查」「双随机、一公开」 are names of methods: no targets"])

# round 51 (p51d): answers aligned to tests/data/CONVENTIONS.md "Round 58 rulings" (Targets, turned)
from expected_tools import align58_targets  # noqa: E402

align58_targets("x102_01", ["4"], "「对9座以上的客车,属客运企业的,由当地客运企业主管部门督促落实车辆的安全检验」: 9座以上 stands inside the noun naming the kind of coach the checks pick (a vehicle's seats, as 「3吨货车」 a kind of truck, round 31)", to_not=[(9, "座")])
write_collected(DIR)
