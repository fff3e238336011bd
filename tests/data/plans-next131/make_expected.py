# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next131/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c131, round 35: eight page openings of plans from outside Shanghai — 会同县's
专职护林员管理暂行办法 as ARTICLES ON ONE LINE under a document site's page list (「…_第1页」…), whose only body on the page
is 「经过A、B初步审查」 (rule 3); a county's 禁毒 work plan whose items LOST THEIR BRACKETS (「一针对…」「二县教育局要…」) beside
「(三)」; two 选聘生态护林员公告 of 桐城市 (唐湾镇 2024, 龙眠街道 2022) with 「由A和其签订」「由A与生态护林员签订」 (a person as
the partner) and 「由财政部门打卡发放」; a school's 2023 禁毒宣传月 plan run on ONE LINE with a site's chunk numbers 「1、」「2、」
「3、」 and items numbered inside it (「由政教处进行存档」「由学生会主持」); a university's 2017 6.26 notice (「由各二级学院安排组织
各班级…」「各二级学院组织…」); a city education bureau's 禁毒宣传月 notice with a masked year (「市教育局将配合市禁毒办组织…」);
and a city's 防暑降温 notice of headed points with a run-in 「一要…」): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or ``at_in``
where the number is not at its line's start); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (its round-29 rules on units written in sentences and the rulings of rounds 30–35 are cited
in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these
plans by c131.

    python tests/data/plans-next131/make_expected.py tests/data/plans-next131
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (inside a one-line text, or a number not at its line's start), the first words cut at the
# line's end.
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page does not show the plan's own title"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
R3 = "CONVENTIONS rule 3 (not units)"
VERBS = ("rule 2's forms are a closed list (负责/具体负责/主责/实施/落实, 组织＋work, 由A＋any verb of doing, 牵头, "
         "会同/协同/联合, a designation; rounds 30, 34)")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOYEAR = "the year is masked or not printed: the date cannot be resolved, not checked"
SPAN = ("RULING? the item writes no date of its own: the activity's span in 「活动时间」 is read as its deadline (round 35: a "
        "stage's span gives its items their deadline, the span's end; here the whole activity is the one stage)")
ROUND27 = ("an item of 工作要求 that names no unit, in a plan whose tasks name units: no task (round 27; round 33 turns it "
           "on a unit by label or rule 2)")
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人, a hired ranger)"


# ---------------------------------------------------------------------------------------------------------
X01 = "x131_01_huitong-xian-zhuanzhi-hulinyuan-guanli-zanxing-banfa.txt"
plan(X01,
     title="会同县县级专职护林员管理暂行办法",
     title_note="lines 1–4 print it with the site's page suffix 「_第N页」; line 13 after the page mark 「1/4」, run on into "
                "「第一章总则第一条…」",
     doc_no="", issuer="会同县 (Hunan, 怀化市; 「结合我县实际」)", date="(no date on the page)", level="county (Hunan, 会同县)",
     source=page_source("https://www.renrendoc.com/p-9625287.html"),
     style="a document site's preview: four page-list lines 「会同县…办法_第1页」…「_第4页」, 「全文预览已结束」「下载本文档」, the "
           "site's copyright line, 「文档简介」, then the 办法 on ONE LINE (line 13) with page marks 「1/4」「2/4」 glued to the text "
           "(「…优先应聘;2/46、有破坏…」: page mark 2/4 then item 6、): 第一章总则 第一条 (purpose), 第二条 (scope), 第二章 第三条 (the "
           "conditions an applicant must meet, 1、–6、), 第四条 (materials, 1、–3、), 第三章 第五条 「…经过天保工程管理站、乡镇天保工程"
           "领导小组初步审查,…张榜公示,张榜公布期限为三日」, 第六条 (举报电话和举报箱), 第四章 第七条 — CUT at 「由」",
     leaf_tasks=5, count_alternatives=[3, 7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["第三条"], [], [], **at(X01, "第三条"),
          note="an article of conditions an applicant must meet: its 1、–6、 are a list that gives no work (round 35: text, not "
               "items); the page names no unit at all (see 第五条), so the article is a task (round 33: an article with no work "
               "is a task only in a plan that names no units at all); 「年龄在2055周岁」 (20–55 with the dash lost) is an age band "
               "of persons (round 31), no target; " + NODATE),
        S(["第五条"], [], [], **at(X01, "第五条"),
          note=R3 + ": 「经过天保工程管理站、乡镇天保工程领导小组初步审查」 — ruled round 36: 经过A审查 read as 「经A同意」 (a body that "
                    "reviews or approves the applicants, not the doer of the item's work; 经过 is no 由), and 领导小组 a body set "
                    "up for the project: lead [], responsible []; 「张榜公布期限为三日」 a term with no comparison word (round 33: "
                    "no target); " + NODATE),
        S(["第六条"], [], [], **at(X01, "第六条"),
          note="「设立举报电话和举报箱,接受社会监督」 — work with no subject: lead [], responsible []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 第三条–第七条 (第七条 CUT at 「由」); 第一条 (purpose, basis) and 第二条 (scope: 「本办法包括…内容」) are general "
            "provisions (round 30), a count with them (7) accepted; 3 (only the articles of work 第五–第七条) accepted (round 33: "
            "第三条 and 第四条 give no work); the 1、–6、 and 1、–3、 inside 第三条/第四条 are lists of conditions and materials "
            "(round 35), the chapters 第一章…第四章 are structure",
            "「1/4」「2/4」 are the site's page marks (the 2 of 「2/46、」 is the page's, 6、 the item's); 「2055周岁」 an age band; "
            "「三日」 a term: no targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x131_02_xx-xian-jindu-xuanchuan-yufang-jiaoyu-gongzuo-fangan.txt"
plan(X02,
     title_note=NO_TITLE + " (the page opens with the site's teaser 「推荐阅读:一、指导思想 …」)",
     doc_no="", issuer="a county (「全县」「县教育局」「打造“平安XX”」; the place masked)", date="(no year on the page)",
     level="county (not named)",
     source=page_source("http://tkpao.com/gongzuojihua/xuexiaogongzuojihua/20150702/77037.html"),
     style="a 范文 site's page: a teaser line repeating the start of 一, then 一、指导思想 (prose), 二、主要工作内容 whose items LOST "
           "THEIR BRACKETS — 「一针对当前…」 (line 5, with run-in points 「一是…二是…三是…」 inside it) and 「二县教育局要…」 (line 6) — "
           "and then 「(三)积极利用社会资源,抓好」 — CUT",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], [], targets=[(100, "%")], dl="年底前", skip_deadline=True, **at(X02, "二、主要工作内容\n一"),
          note="RULING? the item's number is printed 「一」 without brackets or 、 (before 「二县教育局」 and 「(三)」): read as (一); "
               + R2 + ": 「全县各级各类学校要利用…开展一次…宣传」 (开展 without 组织), 「公安、文化、工商要继续加强对…禁毒培训」 (加强), "
               "「要加强…曝光力度」 — no verb of the list (" + VERBS + "): lead [], responsible []; 「知晓率要达到100%」 — 达到 "
               "(round 30): target 100%; 「年底前」 is December of the plan's year (round 34), and " + NOYEAR),
        S(["二", "(二)"], [], [], **at(X02, "作用。\n二"),
          note="the number printed 「二」 glued to 「县教育局」 (read as (二), RULING? as (一)); " + R2 + ": 「县教育局要严格遵照…要求,"
               "确保…,同时要鼓励学校…开展…」 — 遵照, 确保, 鼓励 are no verbs of the list: lead [], responsible []; the plan names "
               "no unit by the rules; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/(一), (二) (numbers without brackets) and (三) (CUT after 「抓好」); 一、指导思想 a section; the plan "
            "names no unit at all, so every numbered leaf is a task (seeds EXPECTED.md); 2 accepted (a reader who does not "
            "take the bare 「一」「二」 as numbers and sees only (三) and one paragraph)",
            "「一是…二是…三是…」 inside (一) are run-in points of one paragraph, not numbered items"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x131_03_tangwan-zhen-2024-xuanpin-shengtai-hulinyuan-gonggao.txt"
HEADED = ("round 34 (headed points): a childless point whose text gives work is a task; points of conditions (round 35: "
          "conditions an applicant must meet) and of principle (round 33: no work, in a plan whose tasks name units) are not")
plan(X03,
     title="唐湾镇选聘生态护林员公告",
     title_note="line 3 (after the site's breadcrumb 「当前位置: 主页 > 安徽 > 桐城市」)",
     doc_no="", issuer="唐湾镇人民政府 (Anhui, 桐城市)", date="2024-07-01 (line 23)", level="town (Anhui, 唐湾镇)",
     source=page_source("https://gongkaohub.com/detail/185948"),
     style="a whole 公告 on a job-notice site: breadcrumb, title, 「来源:…政府信息公开     2024-07-01 23:37:41」, a preamble, six "
           "headed points 「一、生态护林员职责。…」…「六、补助标准。…」 each one paragraph, blank lines between, the signature and "
           "date",
     leaf_tasks=3, count_alternatives=[4, 6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["四"], [], ["镇人民政府"], lead_alternatives=[["镇人民政府"]],
          note=HEADED + "; " + R2 + ": 「生态护林员聘用由镇人民政府和其签订聘用合同」 — 「由A与B签订」 (round 30) makes A and B "
               "doers, but B (其, the ranger) is a person: responsible 镇人民政府, " + ONE + "; 「此次签订时间为一年」 a term: "
               + NODATE),
        S(["五"], [], ["镇"], targets=[(7, "天")], lead_alternatives=[["镇"]],
          note=R2 + ": 「最终确定选聘人选,由镇与生态护林员签订聘用合同」 — 由A与B签订, B a person (" + PERSON + "): responsible 镇 "
               "(a name as printed), " + ONE + "; 「符合条件的人选向所在村提交《申请表》」 is an applicant's filing (round 30), 「村召开"
               "会议初审后报镇」 (召开, a sending) and 「镇评审小组进行考察」 (进行; a group) give no doer; 「公示期不少于7天」 — 不少于 "
               "(round 33: 「不少于30天公示」): target 7天; " + NODATE),
        S(["六"], [], ["财政部门"], targets=[(4000, "元")], lead_alternatives=[["财政部门"]],
          note=R2 + ": 「市财政对每名生态护林员每年补助4000元,由财政部门打卡发放并公示」 — 由A＋a verb of doing (发放, 公示; round 34) "
               "makes 财政部门 a doer; 市财政 is the subject of 补助 (a payer, no verb of the list): responsible 财政部门, " + ONE
               + "; 「每年补助4000元」 a per-person rate (round 25): target 4000元; 「每年」 is a rhythm: " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "村召开会议初审后报镇", "when": "", "when_norm": None}],
     notes=["3 leaves: 四, 五, 六; 一、生态护林员职责 (the hired rangers' own duties: persons, no 要/应当) is RULING? no task — 4 "
            "with it accepted; 二、选聘条件 (an applicant's conditions, round 35) and 三、选聘原则 (a principle, round 33) are not "
            "tasks — 6 (every point) accepted",
            "the duty: 「村召开会议初审后报镇」 — RULING? the village's sending of its preliminary review to the town is read as a "
            "plan body's sending to another (round 35), undated; the applicants' 《申请表》 is no duty (round 32)",
            "「18-65周岁」「70 周岁」 are age bands of persons (round 31), 「一人」 a principle's count: no targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x131_04_longmian-jiedao-2022-xuanpin-shengtai-hulinyuan-gonggao.txt"
plan(X04,
     title="桐城市龙眠街道办事处选聘生态护林员公告",
     title_note="line 5 (the notice's own); line 1 is the site's heading with the province and city before it "
                "(「安徽安庆桐城市…」); line 27 the attachment's file name",
     doc_no="", issuer="龙眠街道办事处 (Anhui, 桐城市)", date="2022-07-06 (line 25)", level="street (Anhui, 龙眠街道)",
     source=page_source("https://sydwgwy.com/anhui/anqing/29517.html"),
     style="a whole 公告 on a job-notice site: the site's heading, 「来源:…2022-07-06 10:34:39」, the title, a line of one blank, "
           "a preamble, six headed points 「一、…」…「六、…」 (one paragraph each), the signature, the date and the attachment's "
           "file name 「…公告(样式)(附件).docx」",
     leaf_tasks=3, count_alternatives=[4, 6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["四"], [], ["龙眠街道办事处"], lead_alternatives=[["龙眠街道办事处"]],
          note=HEADED + "; " + R2 + ": 「生态护林员聘用由龙眠街道办事处和其签订聘用合同」 — 由A与B签订 (round 30), B (其) a person: "
               "responsible 龙眠街道办事处, " + ONE + "; " + NODATE),
        S(["五"], [], ["街道办事处"], targets=[(7, "天")], lead_alternatives=[["街道办事处"]],
          note=R2 + ": 「由街道办事处与生态护林员签订聘用合同」 — responsible 街道办事处 (as printed), " + ONE + "; 「村(居)召开会议"
               "初审后报街道办事处」 and 「评审小组进行考察」 give no doer (召开, 进行); 「公示期不少于7天」: target 7天 (round 33); " + NODATE),
        S(["六"], [], ["财政部门"], targets=[(4000, "元")], lead_alternatives=[["财政部门"]],
          note=R2 + ": 「…由财政部门打卡发放并公示」 — 财政部门 a doer (由A＋a verb of doing), 市财政 a payer: responsible 财政部门, "
               + ONE + "; 「每年补助4000元」: target 4000元 (round 25); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "村(居)召开会议初审后报街道办事处", "when": "", "when_norm": None}],
     notes=["3 leaves: 四, 五, 六 (as x131_03, the same town-and-street template of 桐城市); 一 (RULING? the rangers' duties, no "
            "task) — 4 accepted; 二 (conditions) and 三 (principle) no tasks — 6 accepted",
            "the duty as x131_03's (RULING?, undated)", "「18-65周岁」 an age band: no target"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x131_05_xuexiao-2023-dupin-yufang-jiaoyu-xuanchuanyue-huodong-fangan.txt"
plan(X05,
     title="2023年学校毒品预防教育宣传月活动方案",
     title_note="line 2 after the site's chunk number 「1、」, run on into the preamble 「为认真贯彻落实…」; line 1 names the "
                "collection 《2023中小学校禁毒宣传月活动方案7篇.docx》 (the site's file, not the plan)",
     doc_no="", issuer="a school (「我校」; not named)", date="2023 (the plan's title)", level="school (not named)",
     source=page_source("https://m.001doc.com/doc/387745.html"),
     style="a document site's preview: the site's line, then the plan in three chunks whose lines start with the site's CHUNK "
           "NUMBERS 「1、」「2、」「3、」 (not items; chunk 3 cuts 「预防教\\n3、育国旗下讲话」); all the plan's headings run on: 一、指导思想 "
           "二、组织领导 (a group set up, 「全面负责」; 「组长\\n2、:XXX」 across a chunk) 三、活动主题 四、活动时间6月1日至30日 五、活动内容"
           "(一)开展“六个一”系列活动。1 .…(1)…(2)…2 .…(1)…(2)…(3)…3 .给 — CUT; 「设一、二、三和优秀奖」 inside a sentence",
     leaf_tasks=6, count_alternatives=[5], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织领导", "三、活动主题", "四、活动时间"],
     samples=[
        S(["五", "(一)", "1", "(1)"], [], ["政教处"], dl="6月1日至30日", dln="2023-06", lead_alternatives=[["政教处"]],
          **at(X05, "(1)"),
          note="round 34: items numbered inside one paragraph that run in order are items (「1 .」「2 .」「3 .」 and 「(1)」…); " + R2
               + ": 「各班级召开一次…主题班会,每个班主任必须上交一个禁毒教育教案,由政教处进行存档」 — 由A＋a verb of doing (round 34): "
               "responsible 政教处, " + ONE + "; 各班级 (召开) and 班主任 (a person) are no doers; " + SPAN + " — 2023-06"),
        S(["五", "(一)", "1", "(2)"], [], [], dl="6月15日前", dln="2023-06", **at(X05, "(2)"),
          note=R2 + ": 「学校开展主题班会优秀教案评选活动,设…若干篇,并在6月15日前将前5篇优秀作品推到上级相关部门进行评选」 — the "
                    "school (the issuer) 开展 (no verb of the list), 上级相关部门 receives (rule 3): lead [], responsible []; "
                    "「6月15日前」 with the plan's year 2023: 2023-06; the sending to the higher body is a duty"),
        S(["五", "(一)", "2", "(1)"], [], [], dl="6月份", dln="2023-06", **at(X05, "(1)", 2),
          note="「6月份开展一次毒品预防教〔育〕国旗下讲话」 (the site's chunk number 「3、」 inside the word): no subject, lead [], "
               "responsible []; 「6月份」 is the item's own date: 2023-06"),
        S(["五", "(一)", "2", "(2)"], [], ["学生会"], dl="6月1日至30日", dln="2023-06", lead_alternatives=[["学生会"]],
          **at(X05, "(2)", 2),
          note=R2 + ": 「开展禁毒签名仪式,由学生会主持」 — 由A＋a verb of doing (主持): responsible 学生会, " + ONE + "; " + SPAN
               + " — 2023-06"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "在6月15日前将前5篇优秀作品推到上级相关部门进行评选", "when": "6月15日前", "when_norm": "2023-06"}],
     notes=["6 leaves: 五/(一)/1/(1), (2); 2/(1), (2), (3) (「请县毒品预防教育宣讲团进校园作专题报告会」: 请A＋作, no verb of the "
            "list, round 30); 3 (CUT: 「给」) — 5 (without the cut 3) accepted; 一–四 are childless sections (二 a group the plan "
            "sets up: rule 3, no task); the chunk numbers 「1、」「2、」「3、」 are the site's, not items",
            "「前5篇」 a number of works to send, 「一节」「一次」「一个」 counts of a class's activity: not checked either way; "
            "「2023」 a year"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x131_06_daxue-2017-guoji-jinduri-zhuti-xuanchuan-jiaoyu-huodong-tongzhi.txt"
plan(X06,
     title_note=NO_TITLE + " (the page opens with the addressees 「各二级学院、书院:」)",
     doc_no="", issuer="a university's security office (bwc.lsu.edu.cn; 二级学院 and 书院; not named on the page)",
     date="2017 (「2017年6月20日-6月30日」, line 6)", level="school (a university)",
     source=page_source("http://bwc.lsu.edu.cn/2017/0619/c2310a290991/page.htm"),
     style="a university office's page: addressees, a preamble, 一、指导思想, 二、活动时间 「2017年6月20日-6月30日」, 三、活动内容 with six "
           "items whose HEADINGS are numbered lines and bodies the next line (「1.“6.26” 国际禁毒日主题宣传教育班会」 / 「由各二级学院"
           "安排组织各班级,开展…」), the last (6.) a heading with no body, 四、工作要求 1.–3. (general calls) — CUT in 3.",
     leaf_tasks=6, count_alternatives=[9], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、活动时间"],
     samples=[
        S(["三", "1"], [], ["各二级学院"], dl="2017年6月20日-6月30日", dln="2017-06", lead_alternatives=[["各二级学院"]],
          note=R2 + ": 「由各二级学院安排组织各班级,开展…班会」 — 由A＋a verb of doing (安排组织): responsible 各二级学院 (a kind, "
                    "round 32), " + ONE + "; 各班级 is the object of the pivot 组织 (round 30), no unit; " + SPAN + " — 2017-06"),
        S(["三", "2"], [], ["各二级学院"], dl="2017年6月20日-6月30日", dln="2017-06", lead_alternatives=[["各二级学院"]],
          note=R2 + ": 「各二级学院组织一次签名承诺活动」 — 组织＋work (round 34): responsible 各二级学院, " + ONE + "; " + SPAN),
        S(["三", "3"], [], [], targets=[(1, "条")], dl="2017年6月20日-6月30日", dln="2017-06",
          note=R2 + ": 「各学院向在校生…每人推送一条以上禁毒宣传语」 — 推送 is no verb of the list: lead [], responsible []; "
                    "「一条以上」 — 以上 (round 30): target 1条 (the heading's 「一条以上」 too); " + SPAN),
        S(["三", "4"], [], [], dl="2017年6月20日-6月30日", dln="2017-06",
          note=R2 + ": 「各书院出一期宣传展板」 — 出 is no verb of the list: lead [], responsible []; " + SPAN),
        S(["三", "5"], [], ["各二级学院"], dl="2017年6月20日-6月30日", dln="2017-06", lead_alternatives=[["各二级学院"]],
          note=R2 + ": 「各二级学院以班级为单位组织观看一部禁毒微视频」 — 组织＋work (观看): responsible 各二级学院, " + ONE + "; "
                    + SPAN),
        S(["三", "6"], [], [], dl="2017年6月20日-6月30日", dln="2017-06",
          note="a heading with no body (「在有电子屏幕的场所开展禁毒宣传」, 四、 follows): a task with no subject, lead [], "
               "responsible []; " + SPAN),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 三/1–6; 四、工作要求 1.–3. (「各二级学院、书院要充分认识…切实加强…组织领导」, 「要充分利用…」, 「制定工作计划,"
            "充分发挥…」) name no doer by the closed list — " + ROUND27 + "; 9 (with them) accepted",
            "二、活动时间 is the whole activity's span, not a stage under a lead-in that counts stages (round 32/33): no phase",
            "「6.26」 a day's name, 「2017」 a year, 「一期」「一部」「一次」 counts with no comparison word: no targets"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x131_07_shi-jiaoyuju-quanmin-jindu-xuanchuanyue-huodong-tongzhi.txt"
plan(X07,
     title_note=NO_TITLE + " (the page opens with the addressees 「各中学,九年一贯制学校,…民办学校:」)",
     doc_no="", issuer="a city's education bureau (「我局」「市教育局」; the city masked 「__市」; 「万禁毒办通」)",
     date="(the year masked 「20__」)", level="city bureau (not named)",
     source=page_source("https://zhaichao.net/doc/782209.html"),
     style="a 范文 site's copy of a notice: addressees, a preamble with masked years 「20__」, 一、活动主题, 二、活动时间 「6月1日至6月"
           "30日。」, 三、活动安排 (一)–(三) each a headed paragraph 「(一)禁毒宣传下基层——全民禁毒校园行活动。…」, 四、工作要求 (一) "
           "— CUT",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、活动主题", "二、活动时间"],
     samples=[
        S(["三", "(一)"], [], ["各中小学校", "中职学校"], targets=[(2, "小时")], dl="6月1日至6月30日", skip_deadline=True,
          note=R2 + ": 「各中小学校要…上一堂…课,开展…,印发…,组织参观禁毒教育基地」 — 组织＋work (参观, round 34) with the "
                    "subject carried inside the clause chain; 「中职学校要组织学生开展…」 — 组织B开展 (round 30: 中职学校 the doer, "
                    "学生 the pivot's object); 「各学校要推出…」 (推出: no verb of the list): responsible 各中小学校, 中职学校 in "
                    "printed order, lead []; 「不少于2小时」 — 不少于: target 2小时; the span's year is masked: " + NOYEAR),
        S(["三", "(二)"], [], ["市禁毒办", "市教育局"], dl="6月24日", skip_deadline=True,
          note=R2 + ": 「市禁毒办将于6月24日在全市范围组织开展…活动」 — 组织开展: 市禁毒办 a doer; 「市教育局将配合市禁毒办组织全市中小学生"
                    "参加…」 — round 34 (配合 needs a doer): B配合A＋verb gives A by rule 2 (组织 in the list) and B, 配合 in an "
                    "item with a doer, is responsible: responsible 市禁毒办, 市教育局 (printed order of the doers' clauses), lead [] "
                    "(no 牵头); 「6月24日」 with the year masked (「20__年“6。26”…」): " + NOYEAR),
        S(["三", "(三)"], [], [], dl="6月1日至6月30日", skip_deadline=True,
          note=R2 + ": 「市教育局将结合…行动,以局干部职工为重点,开展禁毒宣传教育活动,举办一场…讲座、推出一期…专栏」 — 开展 (without "
                    "组织), 举办, 推出 are no verbs of the list (" + VERBS + "): lead [], responsible []; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三/(一)–(三); 四/(一) (CUT: 「各学校要制定…方案,召开…大会,做好动员部署」, no verb of the list) — " + ROUND27
            + "; 4 (with it) accepted",
            "「20__」 masked years, 「20号」 a document number, 「6。26」「6。1」「6。3」 days' names, 「一堂」「一期」「一场」 counts with "
            "no comparison word: no targets"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x131_08_shi-zhengfuban-fangshu-jiangwen-gongzuo-tongzhi.txt"
plan(X08,
     title="市政办防暑降温工作通知",
     title_note="line 1 (the site's title for the notice; repeated in 「导语:市政办防暑降温工作通知一文…」)",
     doc_no="", issuer="a city's government office (「我市」; addressees 各镇人民政府,各街道办事处,经济开发区、旅游度假区管委…; not named)",
     date="(the site's 「时间:2022-06-08」; no date in the notice)", level="city (not named)",
     source=page_source("https://gwyoo.com/article/lidaojianhua/btts/201206/527582.html"),
     style="a 范文 site's page: the title, 「时间:2022-06-08 10:24:00」, the site's 导语, addressees, a preamble, headed points "
           "「一、高度重视防暑降温工作。…」 (one paragraph) and 「二、认真落实防暑降温措施。…」 (a lead-in) whose next paragraph opens "
           "with a RUN-IN ordinal 「一要抓好安全生产工作。…」 — CUT in it",
     leaf_tasks=2, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["有关部门", "基层组织", "用人单位"],
          note="round 34 (headed points): a childless point that gives work (「各镇、各部门要…」) is a task; " + R2 + ": "
               "「各镇、各部门要…切实重视和加强…,加大…组织领导,…加强指导检查,及时协调解决…」 — 重视, 加强, 加大, 协调 are no verbs of "
               "the list; 「新闻宣传部门要采取…方式,普及…」 likewise; RULING? the clause 「做到政府统筹协调、有关部门密切配合、基层组织"
               "专人负责、用人单位具体实施」 read by rule 2 wherever it stands: 用人单位 is the subject of 具体实施 (a doer), 基层组织 of "
               "「专人负责」 (a body through its person; the 专人 is no unit), and 有关部门 配合 in an item with a doer is responsible "
               "(round 34); 政府 统筹协调 (协调: no verb of the list): responsible 有关部门, 基层组织, 用人单位 in printed order, lead "
               "[]; a reader who takes the 做到 clause as a description of the pattern, not work, answers responsible []; " + NODATE),
        S(["二", "一"], [], [], **at(X08, "周密安排。\n一"),
          note=CUT + "; round 35 (run-in headings): 「一要抓好安全生产工作。…」 opening the paragraph after 二's lead-in is 二's first item "
               "(RULING? an ordinal 「一要」 read as the item's number); " + R2 + ": 「各镇和安监部门近期要对重点行业…进行一次全面"
               "大检查,发现隐患,及时整改」 (进行, 整改), 「要加强…管理」 — no verb of the list: lead [], responsible []; 二's lead-in "
               "「各镇、各部门要…作出有效部署和周密安排」 gives none either (rule 4); 「近期」 is no date: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一 and 二/一要 (CUT); a reader who keeps 二 childless also counts 2",
            "「2022-06-08」 the site's time: not the notice's date; no figures that are targets"])

write_collected(DIR)
