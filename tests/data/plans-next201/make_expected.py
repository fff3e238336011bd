# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next201/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c201, round 44: eight page openings of plans from outside Shanghai — page 2 of a
province's 法治政府建设 plan (traditional with the site's inline pinyin, 五、 with 目標／措施 lines, 22.–23., CUT); 吉林省's
「吉林無欠薪」三年行动 notice (traditional, a spam word inside the addressees, two headed points, 由相關部門…給予行政處罰);
白蒲镇's 根治欠薪冬季专项行动 方案 (two runs of (一)(二), 「A负责…」 items, CUT); a 乡镇's 拖欠农民工工资 专项整治 方案 (traditional,
「主要包括:」 over (一)–(五), 四、職責分工 CUT); a 镇's 禁种铲毒 方案 with the site's hidden-text line and an item (3) whose
parents are hidden; 港口镇's 禁毒示范创建三年行动 方案 (a gov page with its number, yearly goals, 三、任务分工 CUT); a 镇's 2024
春季禁种铲毒 方案 (a 时间安排 span, set-up groups, a carried subject); a 区's 2021 司法行政工作要点 (a 司法局's own; 总体要求 with
(三)1.–3.)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, ``at`` where a number
occurs twice in one file); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1,
rule 2 and the rulings of rounds 30–44 are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither
the parser nor the scorer was run on these plans by c201.

    python tests/data/plans-next201/make_expected.py tests/data/plans-next201
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number occurs twice in the file: the line where the nth marker ends and the first eight characters
# after it, stopping at the line's end.
at = partial(at_line_in, DIR)


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NO_TITLE = "title not checked: the page prints no title of its own"
NOPLAN = "no unit anywhere on the page: every numbered leaf is a task (plans-dev 08; rounds 25/27)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x201_01_sheng-fazhi-zhengfu-jianshe-fangan-xingzheng-zhifa-tizhi-di2ye.txt"
plan(X01,
     title_note=NO_TITLE + " (it is page 2 of the document: it opens at the heading 「五、健全行政執法體制機制」)",
     doc_no="", issuer="a province's government (「科學劃分省、市、縣三級行政執法隊伍」「省級部門」; the province is not named; "
     "「海洋與漁業」 names a coastal province's bureau of that era)",
     date="not shown (the 「海洋與漁業」 bureaus and 「機構改革」 point to 2016–2019)", level="province (not named)",
     source=page_source("http://fyzhizao.com/policy/207041_2.htm"),
     style="page 2 of a province's 法治政府建设 plan on a policy site, in traditional characters with the site's inline pinyin "
           "after many characters 「執(zhí)法」「協(xié)調」: the heading 「五、健全行政執法體制機制」, a 「目標:」 line, a 「措施:」 line, "
           "then item 22. (the numbering runs on across the plan's sections) with 「省級部門主要負責…」 and 「…主要由市縣兩級政府實施」 — "
           "CUT at 「23.規(」",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["五", "22"], [], ["省級部門", "市縣兩級政府"],
          note=R2 + ": 「省級部門主要負責政策標準制定、監督指導、重大案件查處和跨區域執法的組織協調工作」 — A負責 (主要 an adverb): "
               "省級部門; 「與人民群眾日常生活、生產直接相關的行政執法活動,主要由市縣兩級政府實施」 — 由A實施: 市縣兩級政府, one "
               "name as printed (round 41: 「县乡两级」 one group); printed order; lead [] (no 牵头). Not units: 「凡屬縣(市、區)政府"
               "行政執法隊伍行使更方便有效的行政執法權限,依法交由其行使」 — the body stands inside a 的-description of the 權限 "
               "(round 30: a body inside a noun's description) and 其 refers back to it (round 34: a back-reference adds no "
               "unit) — RULING? a reader who takes 「交由其行使」 as 「交由A＋verb」 (round 33) adds 縣(市、區)政府行政執法隊伍; "
               "「支持有條件的縣(市、區)…」 (支持 names no doer, round 40); 「委託鄉鎮政府行使」 (the object of a pivot, round "
               "33); the pinyin after characters (「執(zhí)法」) is kept as printed (round 39); 「省、市、縣三級」 names levels, "
               "not a target; " + NODATE),
        S(["五", "23"], [], [],
          note=CUT + " — only 「規(」 is on the page (the heading's first character and the pinyin bracket opened after it): "
                     "no body, no date (round 41: a word cut at the page end is read as nothing); count 1 without it "
                     "accepted; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 五/22 and 五/23 (CUT at its first character); 1 accepted (23 read as no task). The "
            "「目標:」 and 「措施:」 lines are labels of the section, not numbered items",
            "numbering runs on from the plan's earlier sections (22. under 五、); the page shows no title, issuer or date",
            "the site's inline pinyin 「(zhí)」「(xié)」… is the page's; it is kept as the tool gave it"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x201_02_jilin-wuqianxin-sannian-xingdong-tongzhi.txt"
plan(X02,
     title_note="title not checked: line 2 「吉林省:深入開展“吉林無欠薪”三年行動」 is the reposting site's headline (the place "
                "and a colon before a phrase), not the notice's own title, which the page does not print",
     doc_no="not shown", issuer="吉林省人民政府 (or its office; 「經省政府同意,現就有關事項通知如下」, addressees 各市(州)人民政府 …)",
     date="not shown (after 人社廳發〔2017〕80號 of the 治欠保支三年行動計劃(2017-2019); 2017)",
     level="province (Jilin)",
     source=page_source("https://oqe428ea26.pixnet.net/blog/post/120593739"),
     style="a blog's repost in traditional characters: the blog's 「close」 line, the site's headline, the addressees with a "
           "spam phrase glued inside them (「省政府各廳委辦、各直屬台灣電動床工廠機構」), a preamble, 一、行動目標 (a goal "
           "paragraph, 「用三年左右時間」), 二、行動重點 (one paragraph: 「…由相關部門依法給予行政處罰、信用懲戒;涉嫌犯罪的,依法移送"
           "司法機關…」) — CUT at 「嚴防發生拖」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、行動目標"],
     samples=[
        S(["二"], [], ["相關部門"], lead_alternatives=[["相關部門"]],
          note=CUT + "; round 34 (early): a childless headed point whose text gives work is a task in a notice of headed "
                     "points; " + R2 + ": 「對未履行工資支付主體責任的企業,由相關部門依法給予行政處罰、信用懲戒」 — 由A＋a verb "
                     "of doing, A a kind (round 33: 相关部门 is a kind); the 「…的,由A…」 step is the point's own work (round 42: "
                     "a step after a case or a branch is the article's own work) — RULING? a reader who keeps round 34's case "
                     "inside an item whose work is something else answers none; 司法機關 only receives the transfer (rule 3: "
                     "「移送A」, like 报A备案); 「配齊配強鄉鎮(街道)勞動保障監察力量」 has no subject; the two 「省…廳」 inside a "
                     "document's name are no doers; " + ONE + "; " + NODATE + " (「用三年左右時間」 in 一、 is the goal's "
                     "span with no date, round 44 decided: a goal's date is no item's deadline)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 二、行動重點 (a childless point that gives work, round 34 early; CUT). 一、行動目標 is a goal "
            "section (plans-dev: childless 目标 points are sections); 2 accepted (一 read as a task: its 「督促企業履行…」 has no "
            "subject)",
            "「國辦發〔2016〕1號」「人社廳發〔2017〕80號」「吉人社聯字〔2016〕79號」 and 「(2017-2019)」 are document numbers and a "
            "programme's period, not targets or dates",
            "「台灣電動床工廠」 inside the addressees and the first line 「close」 are the blog's spam and chrome; the spaces in "
            "「 “吉林無欠薪 ”」 are the page's"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x201_03_baipu-zhen-genzhi-qianxin-dongji-zhuanxiang-xingdong-fangan.txt"
plan(X03,
     title_note="title not checked: the page's lines 1 and 7 are the site's collection title 「乡镇根治农民工欠薪工作方案范文(19篇)"
                "(篇一)」; the document names itself only 「我镇根治欠薪冬季专项行动工作方案」 in its preamble",
     doc_no="", issuer="白蒲镇 (如皋市, Jiangsu: 「新如皋现代化篇章」「白蒲镇根治欠薪领导小组」)",
     date="not shown (the site's date 2023-11-29)", level="town (白蒲镇, 如皋市, Jiangsu)",
     source=page_source("https://www.100ky.cn/gzjhfw/17457289.html"),
     style="a 范文 site's page: the collection title, the site's time/author line and blurb, 「篇一」, a preamble, then TWO RUNS "
           "of (一)(二): (一)指导思想。 and (二)目标任务。 (the plan's top-level headings lost) and again (一)–(三) — the "
           "responsibilities, each 「A负责…」 — CUT at 「(三)镇建设」",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], ["白蒲镇根治欠薪领导小组"], lead_alternatives=[["白蒲镇根治欠薪领导小组"]], **at(X03, "(一)", 2),
          note="the second (一) (line 19); the first run (一)指导思想。 (二)目标任务。 are the plan's childless 指导思想／目标 "
               "sections (plans-dev: sections, not tasks; round 27), their 一、 numbers lost on the page; " + R2
               + ": 「白蒲镇根治欠薪领导小组负责全镇保障劳动者工资支付工作的组织协调、管理指导和监督检查」 — A负责 (round 36: a "
               "body a plan set up earlier is a doer in later items; the page does not show it being set up); the sentence "
               "after it (「对辖区内…开展监控、预警和调度,查处…」) has no subject of its own; " + ONE + "; " + NODATE),
        S(["(二)"], [], ["镇工会", "社保所", "各村(社区)"], **at(X03, "(二)", 2),
          note=R2 + ": 「镇工会、社保所及各村(社区)负责对全镇所有工业企业…的排查处理」 — A、B及C负责: three names as printed "
               "(round 34: 「A及B」 two names; 镇 is printed only before 工会; the bracket of 各村(社区) stays with it); lead [] "
               "(no 牵头); " + NODATE),
        S(["(三)"], [], [], **at(X03, "(三)"),
          note=CUT + " at 「镇建设」 — a name cut before its verb (round 36: a name the page cuts off is dropped; round 43: "
                     "nothing after the cut): " + NONE + "; count 2 without it accepted; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: the second run (一)–(三) ((三) CUT); the first run (一)指导思想。 (二)目标任务。 are sections (their "
            "paths are the same numbers: the samples name the second run by line and first words); 2 accepted (the cut (三) "
            "read as no task)",
            "no date on the page (a winter campaign; the site's 2023-11-29 is its upload date)",
            "「强富美高」 and 「三产服务业」 are names, not targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x201_04_xiangzhen-tuoqian-nongmingong-gongzi-zhuanxiang-zhengzhi-fangan.txt"
LEADIN4 = ("round 44: a list announced by 「…主要包括:」 after a work clause is the work's parts — items, each taking the "
           "lead-in's bodies (rule 4); the lead-in 「以貫徹落實…為抓手,…從根治欠薪法律法規政策貫徹落實情況進行督查整治,主要包括:」 "
           "names no body, so the items take none")
plan(X04,
     title_note="title not checked: lines 1–2 are the site's collection title 「…工作方案(通用3篇)」 and 「…工作方案 篇1」; the "
                "document's own title is not printed apart from the site's 篇 label",
     doc_no="", issuer="a 镇 (「我鎮」「鎮綜合行政執[法]…」; not named)", date="not shown (after the 《保障農民工工資支付條例》 of 2020 and "
     "the 「六穩」「六保」 of 2020–2021)", level="town (a 镇, not named)",
     source=page_source("http://kongtiaoguanjia.com/fanwen/gongzuofangan/16699385.html"),
     style="a 范文 site's page in traditional characters: the collection title, 「篇1」, a preamble, 一、指導思想, 二、主要目標 (the "
           "「兩清零」 goal dated 「當年年底前」「次年春節前」), 三、具體措施 with a lead-in ending 「主要包括:」 over (一)–(五) (each "
           "「深入排查…情況」 with no subject), 四、職責分工 — CUT at 「鎮綜合行政執」",
     leaf_tasks=5, count_alternatives=[1, 2, 6], attachment_task_rows=0,
     childless_top_level_sections=["一、指導思想", "二、主要目標"],
     samples=[
        S(["三", "(一)"], [], [],
          note=LEADIN4 + "; " + NOPLAN + "; 「深入排查用人單位依法按時足額支付農民工工資情況」 — no subject; 用人單位 is the "
               "object of the check: " + NONE + "; " + NODATE + " (round 44 decided: 二's goal dates 「當年年底前」 are the "
               "goal's, not the items')"),
        S(["三", "(三)"], [], [],
          note=LEADIN4 + "; 「…落實農民工工資專用賬戶、施工總承包單位代發工資、…等保障工資支付制度情況」 — 施工總承包單位 names "
               "a rule being checked (a body inside a noun's description, round 30): " + NONE + "; " + NODATE),
        S(["三", "(四)"], [], [],
          note=LEADIN4 + "; 「依法處置拖欠農民工工資違法行為,嚴厲打擊拒不支付勞動報酬犯罪情況」 — no subject: " + NONE + "; "
               + NODATE),
        S(["三", "(五)"], [], [],
          note=LEADIN4 + "; 「加大力度根治欠薪工作失職失責行為,依法依規追究責任情況」 — no subject: " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 三/(一)–(五) (round 44: 「主要包括:」 items). Accepted: 1 (三 read as one task, the single-task count round "
            "44 accepts), 2 (that and 四), 6 (四、職責分工 counted as a task though its text is cut at 「鎮綜合行政執」, a "
            "name cut before its verb that names nothing, round 36/43)",
            "二、主要目標's 「當年年底前」「次年春節前」 carry no year (and are a goal's dates, round 44 decided): no date is checked",
            "「兩清零」「六穩」「六保」「四個」 name programmes, not targets"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x201_05_zhen-jinzhong-chandu-zhuanxiang-xingdong-fangan.txt"
plan(X05,
     title_note=NO_TITLE + " (it opens inside the text of its first point, whose 「一、」 heading is not on the page)",
     doc_no="", issuer="a 镇 (「我镇」「镇禁毒办」「镇禁毒工作站」; not named)", date="not shown",
     level="town (a 镇, not named)",
     source=page_source("https://ceshi.taolaoshi.top/gongwen/173057.html"),
     style="a document site's preview of a 镇's 禁种铲毒 专项行动 plan: the text of a point whose heading is lost, 二、组织领导 "
           "(a group the 镇禁毒办 sets up, persons masked 「X」), 三、工作目标 run into its text, the site's line 「---此处隐藏931字,"
           "下载后查看---」 hiding the rest of 三 and the start of 四, then item 「(3)摸底排查,严厉打击。」 (its parents hidden) — "
           "CUT at 「五、工作要」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["二、组织领导", "三、工作目标"],
     samples=[
        S(["(3)"], [], ["各村", "镇禁毒工作站"],
          note="the item's parents (四、 and its sub-heading) are inside the site's hidden text: the path is the item's own "
               "number (found by its first words); " + R2 + ": 「各村要…适时组织镇村队干部、护林员及群众深入田间地头…,开展拉网式"
               "检查铲除行动」 — 「A组织B＋verb」: A a doer (round 30), 各村 a kind (round 32), the persons organised no units; "
               "「镇禁毒工作站适时组织相关人员对各村踏查铲毒情况进行督促检查」 — 组织＋work (round 34): 镇禁毒工作站; printed order; "
               "lead [] (no 牵头). Not units: 「在镇党委政府的统一领导下」 (rule 3: a guide), 「派出所要坚决查处打击…」 (查处／打击 "
               "are no rule-2 verbs, round 30's closed list), 「联系派出所」 (a liaison, round 38); 「零产量」「零种植」 are "
               "names of goals, not targets; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: (3) under a hidden 四、; 二、组织领导 (a group set up, persons: round 35/41) and 三、工作目标 "
            "(run in, a goal) are sections; 2 accepted (二 read as a task). 五、工作要 is a heading cut at the page end",
            "「---此处隐藏931字,下载后查看---」 is the site's line; 「X」 masks persons; 胡泊 is a person's name, not a unit"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x201_06_gangkou-zhen-2022-jindu-shifan-chuangjian-sannian-xingdong-fangan.txt"
plan(X06,
     title="港口镇禁毒示范创建三年行动工作方案(2022-2024)（关于印发《港口镇禁毒示范创建三年行动工作方案(2022-2024)》的通知）",
     title_note="lines 17 and 4, as printed (the plan's title, then the notice that issues it; either is accepted)",
     doc_no="中港党政综合办〔2022〕79号", issuer="中山市港口镇党政综合办公室 (Guangdong)", date="2022-11-12",
     level="town (港口镇, 中山市, Guangdong)",
     source=page_source("http://zs.gov.cn/gkz/zcgw/qtwj/content/post_2210314.html"),
     style="the city government site's page: its chrome lines, the notice's title, number line, addressees, the cover "
           "「请认真贯彻落实」, signature and date, the plan's title, a preamble 「决定从2022年至2024年,在全镇开展禁毒示范创建」, "
           "一、指导思想, 二、工作目标 (three unnumbered paragraphs opening 「2022年,」「2023年,」「2024年,」, 「覆盖率达到60%」), "
           "三、任务分工 — CUT at 「禁毒委各成员单位在做好本系统内部人员的禁」",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        S(["三"], [], ["禁毒委各成员单位"], lead_alternatives=[["禁毒委各成员单位"]], dl="从2022年至2024年", dln="2024",
          note=CUT + "; round 37: any 「X分工」 heading gives out work (round 34: under it the subject of any verb of doing, "
                     "做好 named, is a unit): 「禁毒委各成员单位在做好本系统内部人员的禁[…]」 — 禁毒委各成员单位, a group named by a "
                     "kind (round 35), as printed — RULING? the clause's own verb is lost to the cut and 做好 stands inside a "
                     "「在…」 phrase; a reader who follows x177_04's 「各区司法局也要在相应地点」 (a subject cut before its verb, "
                     "read as nothing) answers none; " + ONE + "; the preamble's 「决定从2022年至2024年,在全镇开展禁毒示范创建」 "
                     "is the campaign span the plan sets for its work (round 37; round 44 decided: an item takes a deadline from "
                     "a campaign span 「自X起至Y」): 2024 — RULING? a reader who takes it as the plan's own period (round 38: a "
                     "period printed in the title dates nothing; here it is in the title and the preamble) answers none"),
     ],
     plan_targets=[{"number": 60, "unit": "%"}], phases=[], duties=[],
     notes=["1 leaf on the page: 三、任务分工 (a childless work-heading section, round 32/37; CUT). 一、指导思想 and 二、工作目标 "
            "are sections; 二's three paragraphs are yearly goals (unnumbered, in a 目标 section: no items; round 44 decided: a "
            "goal's date is no item's deadline)",
            "plan target: 「2024年,全镇无毒村居覆盖率达到60%」 (达到, round 30's line)",
            "the cover's 「请认真贯彻落实」 is no task (round 25); 「十四五」 names a plan; 「(2022-2024)」 is the title's period"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x201_07_zhen-2024-chunji-jinzhong-chandu-shishi-fangan.txt"
plan(X07,
     title="镇2024年春季禁种铲毒工作实施方案",
     title_note="line 1, as printed (the town's name is not printed)",
     doc_no="", issuer="a 镇 (「我镇」「镇禁毒办」「镇综治中心」; not named)", date="2024 (the title; 「2024年3月15日-2024年5月31日」)",
     level="town (a 镇, not named)",
     source=page_source("https://kuaisuzugao.com/112247.html"),
     style="a 范文 site's page: the title, a preamble, 一、时间安排 (one line 「2024年3月15日-2024年5月31日。」), 二、任务目标, 三、组织"
           "领导 (a group and its office set up, persons masked 「*」, 「各村要成立相应的…领导小组,负责…」), 四、工作措施 (一) (a run-in "
           "heading, 「各村要…广泛开展…」 then a subjectless 「落实举报奖励制度…」) — CUT at 「(二」, then the site's reposting line; "
           "a short copy (1,808 bytes)",
     leaf_tasks=1, count_alternatives=[2, 3, 4], attachment_task_rows=0,
     childless_top_level_sections=["一、时间安排", "二、任务目标", "三、组织领导"],
     samples=[
        S(["四", "(一)"], [], ["各村"], lead_alternatives=[["各村"]], dl="2024年3月15日-2024年5月31日", dln="2024-05-31",
          note="round 35: a run-in heading 「广泛开展禁种宣传,营造浓厚氛围。」 over its text; " + R2 + ": 「各村要充分利用…广泛开展"
               "禁种铲毒宣传」 — 开展 without 组织 is no rule-2 verb (round 30), but the next sentence 「落实举报奖励制度,积极动员"
               "和鼓励广大群众举报…」 has no subject and carries 各村 (round 34: an elided subject carries over inside one "
               "paragraph; round 37's carried subject) — 落实 is a rule-2 verb: 各村 (a kind) a doer; " + ONE + "; 「群众」 "
               "are the public (no unit); the item has no date of its own: the plan's 时间安排 span 「2024年3月15日-2024年5月"
               "31日」 dates it (round 37: a campaign's span stated once for the whole action; round 42: a 时间 field): "
               "2024-05-31"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 四/(一); 「(二」 (its bracket and text lost to the cut) is not sampled. 一、时间安排 is a field "
            "(a span, no stages: no phases), 二、任务目标 a goal, 三、组织领导 a section of groups the plan sets up (round 35/41: "
            "「办公室…负责…」「各村要成立…领导小组,负责…」 — the set-up groups are the subjects of 负责, no units). Accepted: 2 "
            "(「(二」 read as an item), 3 and 4 (三 and 一 read as tasks)",
            "「零收获」 names a goal, not a target; 「*」 masks persons; the line 「如若转载,请注明出处:…」 is the site's",
            "the near twin taowenge 93133298 (「XX镇2023年春季禁种铲毒工作实施方案」, another year's issue of the same template) was "
            "passed (round 36)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x201_08_qu-2021-sifa-xingzheng-gongzuo-yaodian.txt"
plan(X08,
     title="2021年全区司法行政工作要点",
     title_note="line 1, as printed",
     doc_no="", issuer="a 区司法局 (「区司法局要坚持…」; the district is not named; 「首善之区」)", date="2021 (the title)",
     level="a district bureau's own (区司法局, not named)",
     source=page_source("https://laobiganzi.top/144940.html"),
     style="a 范文 site's page: the title, a preamble naming the bureau 「区司法局要坚持…」, 一、总体要求 with (一) 「坚持一个引领:…」, "
           "(二) 「围绕三大目标:…」, (三) 「聚焦六项重点:」 over 1.–3. (each a run-in heading with 一是…二是…三是… in its paragraph) "
           "— CUT in 3. at 「矛盾纠纷大化」",
     leaf_tasks=5, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [],
          note=NOPLAN + " (round 33: a principle is a task only in a plan that names no units at all — here it is one; the "
               "count 3 without (一)(二) is accepted); the preamble's 「区司法局要坚持…」 gives units to no item (round 40: a "
               "plan's preamble before its first section): " + NONE + "; the year 2021 is the title's only (round 38: a period "
               "printed only in the title dates nothing): " + NODATE),
        S(["一", "(三)", "1"], [], [],
          note="round 37: 一是…二是…三是 inside a numbered item's paragraph are its text (one task); 「进一步夯实镇、街道和部门法治政府"
               "建设基层基础」「深化“法治体检”项目,通过借助第三方力量」 — no subject; 第三方 is a means: " + NONE + "; "
               + NODATE),
        S(["一", "(三)", "2"], [], [],
          note="「建立健全…复议应诉工作机制,降低行政诉讼败诉率」「推进府院联动」 — no subject: " + NONE + "; 「降低…败诉率」 "
               "has no figure; " + NODATE),
        S(["一", "(三)", "3"], [], [],
          note=CUT + "; 「更好地整合相关部门资源」 — 相关部门 is the owner of the resources (a noun's description, round 30), no "
                     "subject: " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 一/(一), 一/(二), 一/(三)/1–3 (3 CUT); accepted 3 (without the principle and the aims (一)(二), round 33)",
            "「三个争先」「一个引领」「三大目标」「六项重点」 name programmes, not targets; 「十四五」 names a plan",
            "no body is named as a doer anywhere on the page: the bureau speaks of itself only in the preamble"])

write_collected(DIR)
