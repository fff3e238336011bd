# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next106/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c106, round 32: eight page openings of plans from outside Shanghai — an
办事处's 网吧 集中整治 plan on a 范文 site whose only numbered items are 有关要求 1、–3、, a county 文化局's 暑期网吧 plan
whose 三、 heading runs into the line of 二、's dates and whose first stage is split by the page number 「-1-」, a county's
2021 红火蚁 plan on ONE LINE cut by the site's chunk numbers 「1、」「2、」, a county's 古树名木 plan whose copy LOST ITS
COMMON CHARACTERS (「()树档…(2021年2月10日前)」 for 「(一)一树一档…」), 贵州省农业农村厅's 2017 沼气 notice (「各级农业部门要…
落实…」, 「各市(州)要…组织所辖县(市、区)…进行专项检查」) and a township's 应急广播 plan, both under three NUMBERED SITE
DISCLAIMERS 「- 1、」–「- 3、」, 新邵县's 2022 应急广播 plan under its notice with 「县、乡(镇)、村(社区)分别负责…」, and
鹤城区's 麻疹 查漏补种 plan on one line with a page number inside a word 「查漏补 2 种」): never tune the parser on them (see
README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or ``at_in``
where an item does not start a line or its number is lost); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (its round-29 rules on units written in sentences, the round-30 clarifications and
thresholds, the round-31 lines and the round-32 rulings are cited in the notes). Neither the parser nor the scorer was
run on these plans by c106.

    python tests/data/plans-next106/make_expected.py tests/data/plans-next106
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For items locate cannot find (inside a one-line text, a number lost or not at its line's start), the first words cut
# at the line's end.
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page does not show the plan's title"
GOALS = "a section of aims, scope or contents (工作目标/整治重点/排查范围…) with no numbered children: no task"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
R3 = "CONVENTIONS rule 3 (not units)"
VERBS = ("rule 2's verbs are 负责/具体负责/主责/实施/落实 and 组织＋verb (or the agent of 由 with any verb, 牵头, 会同) — a "
         "closed list (round 30); this clause's verb is none of them")
CALL = "a general call (「各地要…」; round 30/32: addressed to all, or a group by kind with no verb of rule 2)"
STAGE = "the bracketed span after the stage's name is the stage's span (a phase), not the item's deadline: not checked"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
NOYEAR = "no year is printed on the page (the site's date is not the plan's): the implicit year cannot be resolved, not checked"


# ---------------------------------------------------------------------------------------------------------
X01 = "x106_01_yushui-banshichu-wangba-jizhong-zhengzhi-xingdong-shishi-fangan.txt"
plan(X01,
     title="开展网吧集中整治行动实施方案",
     title_note="lines 3 and 7 (the site's heading and the text's own title, the same words)",
     doc_no="", issuer="an 办事处 (a subdistrict office) of 渝水区 (Jiangxi, 新余市; 「抽查了渝水区部分乡镇」, 「成立办事处…领导小组」)",
     date="(no year on the page; the site's address files it 2012-04)", level="subdistrict (办事处 of 渝水区, Jiangxi; not named)",
     source=page_source("https://1mishu.com/article/huodongfangan/gongzuofangan/201204/734211.html"),
     style="a 范文 site's copy: breadcrumb 「首页 > 文章中心 > 正文」, the title twice around the site's 「前言:…」, a preamble with "
           "the district's decision 「由区综治委牵头,组织文化、工商…等部门」 and 「集中1个月左右时间」, 一、整治目标 (prose), "
           "二、整治重点 (one sentence), 三、组织领导 (a group with its list lost and an office 「设在办事处综治办,由任办公室主任」 — "
           "the person's name lost), 四、有关要求 1、–3、 (the only numbered items) with 「各地要…于9月15日前报办事处整治领导小组"
           "办公室」 (no year) — CUT after 「办事处综治委还」",
     leaf_tasks=3, count_alternatives=[2, 0], attachment_task_rows=0,
     childless_top_level_sections=["一、整治目标", "二、整治重点", "三、组织领导"],
     samples=[
        S(["四", "1"], [], [],
          note="no body is named (「要配合好各整治小组工作,维护整治现场秩序…」 has no subject; the 整治小组 are whom the item "
               "supports): lead = [], responsible = []; " + NODATE),
        S(["四", "2"], [], [],
          note="no body is named (「建立和完善举报奖励制度,…大力加强对网吧行业的指导…」 has no subject): lead = [], "
               "responsible = []; " + NODATE),
        S(["四", "3"], [], [], dl="于9月15日前", skip_deadline=True,
          note=CUT + " (「今后,办事处综治委还」: its verb is cut, so 办事处综治委 is no doer on the page); " + R3 + ": 「各地要将整治情况"
                     "形成书面材料,于9月15日前报办事处整治领导小组办公室」 — 各地 is a general call (round 32: 各地 names no kind of "
                     "body) and the 领导小组办公室 only receives: lead = [], responsible = []; 「9月15日前」 is the item's date, "
                     "but " + NOYEAR + "; the sending is a duty"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各地要将整治情况形成书面材料,于9月15日前报办事处整治领导小组办公室", "when": "于9月15日前",
              "when_norm": None}],
     notes=["3 leaves: 四/1、–3、 (3、 cut); 2 without the cut item; 0 accepted (the items of 有关要求 read as requirements, "
            "not tasks — the page names no unit by the rules, so by plans-dev 08 every numbered leaf is a task, 3); 一、–三、 "
            "are sections with no numbered children (" + GOALS + "; 三、 sets up a group and an office, rule 3)",
            "the preamble's 「由区综治委牵头,组织文化、工商、公安、地税、电信等部门」 is the district's decision that the plan "
            "follows, not a lead-in of a section: it gives no item units (rule 4 is a section's lead-in)",
            "「集中1个月左右时间」 (the preamble) is the campaign's span, no item's target",
            "the duty's date has no year on the page: its when_norm is left open (the duty is checked by its words only)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x106_02_xian-wenhuaju-shuqi-wangba-zhuanxiang-zhengzhi-fangan.txt"
plan(X02,
     title="关于开展网吧暑期专项整治行动的方案（暑期网吧整治方案）",
     title_note="the plan's own title broken over lines 12 and 14 (「关于开展网吧暑期专项整治行动的」 / 「方案」, under the "
                "issuer 「xx文化局」) or the site's title 「暑期网吧整治方案」 (lines 2, 4, 6, 8): either accepted",
     doc_no="", issuer="a county's 文化局 (masked 「xx文化局」; Shaanxi, under 延安市: 「根据延安市文化广电新闻出版局…」, 「我县」)",
     date="201* (the year masked: 「201*年8月1日至201*年8月30日」, 「x市文发201*X号」)",
     level="county bureau (Shaanxi, a county of 延安市; masked)",
     source=page_source("http://bsmz.net/gongwen/714969.html"),
     style="a 公文素材库 copy: a motto line, breadcrumb, the site's title thrice with a 「网站:…| 时间:2019-05-29 15:46:07 |」 "
           "line, the issuer 「xx文化局」, the plan's title in TWO LINES, a preamble citing a masked number 「(x市文发201*X号)」, "
           "一、工作目标 (prose), 二、时间安排 whose MASKED span runs into the next heading 「201*年8月1日至201*年8月30日三、实施步骤」, "
           "(一) a STAGE with its span 「(8月1日-8月5日)」 whose sentence is SPLIT BY THE PAGE NUMBER 「-1-」 (「…组织召开网吧暑期专项⏎"
           "⏎-1-⏎⏎整治行动动员会…」), (二) a stage with its body on the heading's line — CUT at 「严厉打」",
     leaf_tasks=2, count_alternatives=[1, 0], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "二、时间安排"],
     samples=[
        S(["三", "(一)"], [], ["县文化市场综合执法大队"], lead_alternatives=[["县文化市场综合执法大队"]],
          dl="8月1日-8月5日", skip_deadline=True, **at(X02, "(一)"),
          note="the heading 三、 stands inside line 24, after 二's dates (the path is written as read); a stage written as "
               "an item; " + R2 + ": 「县文化市场综合执法大队及时组织召开网吧暑期专项整治行动动员会、网吧业主培训会」 — the "
               "subject of 组织召开 (split by the page number 「-1-」 between 专项 and 整治) — responsible, " + ONE + "; "
               "「要求执法人员依法行政…」 names persons; " + STAGE + " (and its year is masked, 201*)"),
        S(["三", "(二)"], [], [], dl="8月6日-8月20日", skip_deadline=True, **at(X02, "(二)"),
          note=CUT + "; a stage written as an item, its body on the heading's line; " + R2 + ": 「县文化市场综合执法大队要切实"
                     "加强监督检查力度,采取…检查…,对我县网吧开展高质量、高密度的检查工作,严厉打」 — " + VERBS + " (加强, 采取, "
                     "开展 without 组织): lead = [], responsible = []; 公安、工商部门 are partners named inside 「与公安、工商部门联合"
                     "检查」 (a manner of checking, no doer of the item); " + STAGE),
     ],
     plan_targets=[], phases=[],
     duties=[],
     notes=["2 leaves: 三/(一) and 三/(二) (stages written as items; (二) cut); 1 without the cut item; 0 accepted (the stages "
            "read as the schedule); 一、 and 二、 are sections (" + GOALS + "; 二、 holds the campaign's masked span)",
            "the stages' spans have a masked year (201*): no phase is checked (宣传动员阶段 8月1日–8月5日, 重点实施阶段 "
            "8月6日–8月20日, in the year 201*)",
            "「-1-」 is the document's page number inside a sentence, 「x市文发201*X号」 a masked document number, "
            "「2019-05-29 15:46:07」 the site's date: no targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x106_03_xian-2021-honghuoyi-yiqing-zhuanyehua-fangkong-gongzuo-fangan.txt"
plan(X03,
     title="XX县红火蚁疫情专业化防控工作方案（XX县农业农村局2021年XX县红火蚁疫情专业化防控工作方案）",
     title_note="the document's own title at the start of line 3 (after the site's 「1、」) or the file's name on lines 1–2 "
                "(without 「.docx」): either accepted",
     doc_no="", issuer="a county's 农业农村局 (masked 「XX县」; 「XX省财政厅XX省农业农村厅」)", date="2021 (the file name, 「2021年秋季」)",
     level="county bureau (masked 「XX县农业农村局」)",
     source=page_source("https://taowenge.com/p-86674924.html"),
     style="a document-sharing site's preview: the file name 「….docx」 twice, then the plan as ONE LINE that the site cuts "
           "into CHUNKS NUMBERED 「1、」 and 「2、」 (the second chunk starts INSIDE (二)'s sentence, 「…监测与防控工作⏎2、工程资金XX"
           "万元」), with BLANKS left by the original's line ends inside words (「红火 蚁」, 「有 效」, 「比 例」, 「普 查」, 「实 施」); "
           "一、目标任务 (prose), 二、工作内容 (一)–(三) (targets with 以上/不超过/不得超过, a masked sum 「XX万元」, 「由红火蚁专业化"
           "服务组织实施专业化防治,并委托省农科院数字所做监理」), 「三、工作要」 (cut in its heading), then the site's 「- 配套讲稿:」",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、目标任务"],
     samples=[
        S(["二", "(一)"], [], [], targets=[(2500, "亩"), (90, "%")], **at(X03, "(一)"),
          note="no body is named (「防控区域为…乡镇(XX镇XX村、…),防治面积2500亩以上,实施专业化防控,红火蚁防治率达90%以上」 "
               "has no subject; the towns and villages are the areas): lead = [], responsible = []; targets: 2500 亩 and 90 % "
               "(quantities joined to 以上, the work's floors — round 30 thresholds); " + NODATE),
        S(["二", "(二)"], [], [], targets=[(2500, "亩"), (5, "%"), (80, "元/亩")], **at(X03, "(二)"),
          note="the item runs over the site's chunk number: 「…下达我县2021年秋季红火蚁监测与防控工作⏎2、工程资金XX万元」 — 「2、」 "
               "is page chrome, not an item; no body is a doer: 「缺乏局部由地方政府自筹」 names a payer of the shortfall "
               "(round 30: 由A承担/分担 with a cost as object names a payer, not a doer; 自筹 is raising funds) and a case "
               "(the part lacking): lead = [], responsible = []; targets: 「防控面积2500亩以上」 (以上), 「…的费用不得超过中央补助"
               "资金的5%」 (不得超过: a ceiling), 「任务面积补助不超过80元/亩」 (不超过: a subsidy ceiling, a policy's rate, round "
               "25); 「支出比例100%」「资金及时拨付率100%」 are goals too but not sampled; 「XX万元」 is masked, 「财农(2019) 117号」 "
               "and 「X财农指(2021) X号」 document numbers: no targets; " + NODATE),
        S(["二", "(三)"], [], ["红火蚁专业化服务组织"], lead_alternatives=[["红火蚁专业化服务组织"]], **at(X03, "(三)"),
          note=R2 + ": 「由红火 蚁专业化服务组织实施专业化防治」 (the agent of 由 with 实施; the name printed with a blank from "
               "the original's line end, 「红火蚁专业化服务组织」 as the scorer squashes blanks) — responsible, " + ONE + "; "
               "「并委托省农科院数字所做监理」: the issuer (unnamed) entrusts 省农科院数字所 — the object of a pivot verb 委托 "
               "(round 30: the object of a pivot verb is not a unit; 委托 is not in rule 2's list) — not settled by CONVENTIONS: "
               "a clerk might record the 监理 body, but the letter of the pivot rule leaves it out; the 补助对象 sentence names "
               "the subsidy's beneficiaries (like an applicant, no unit); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/(一)–(三); 「三、工作要」 is a heading cut before its text (no task); 一、目标任务 is a section "
            "(" + GOALS + "); the site's chunk numbers 「1、」 (line 3's start) and 「2、」 (line 4's start, inside 二/(二)) are "
            "page chrome and number no task",
            "the whole plan is on lines 3–4: every item starts inside a line (the samples' lines are found by their "
            "markers)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x106_04_xian-gushu-mingmu-baohu-guanli-gongzuo-shishi-fangan.txt"
plan(X04,
     title="县古树名木保护管理工作实施方案（XX县古树名木保护理工作实施方案）",
     title_note="line 1 (the site's heading) or line 4 (the document's own title, 「XX县」, with 管 lost): either accepted",
     doc_no="", issuer="a county (masked 「XX县」, 「XX省古树名木监管平台」)", date="2021 (「(2021年2月10日前)」)",
     level="county (masked)",
     source=page_source("https://www.xiangdang.net/doc/5807477816046054884.html"),
     style="a document site's copy that LOST ITS COMMON CHARACTERS (一, 的, 在, 和, 对, 为, 管, 每, 是, 用, 好, 我, 与, 照…): "
           "「进步加强全县…」 for 「为进一步加强全县…」, the heading 一、工作目标 printed 「工作目标」, 二、 printed 「二工作步骤措施」 (its 、 "
           "lost), (一) printed 「()树档全面开展资源普查体检(2021年2月10日前)」 (「(一)一树一档,全面开展资源普查和体检」), its "
           "「一是」 lost and 「二是对现场每株…」 printed 「二现场株…」 at a line's start, 「树龄达500年…」 with 以上 lost, "
           "「300499年」 for 300–499年; indented lines — CUT at 「(二)树员全面落」",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["工作目标"],
     samples=[
        S(["二", "(一)"], [], [], dl="2021年2月10日前", dln="2021-02-10", not_targets=[(500, "年")], **at(X04, "()"),
          note="the item's number 一 is lost (「()树档…」) and its heading 二、 lost its 、 (「二工作步骤措施」): the path is "
               "二/(一) by reading ((二) follows); no body is named (「…组织林业技术力量组建工作专班…」「时组织开展古树名木认定…」 "
               "have no subject — 组织 with no doer; 「普查乡镇单位」 is 「以乡镇为单位」, a unit of counting): lead = [], "
               "responsible = []; 「(2021年2月10日前)」 on the heading is the item's deadline (a 「…前」 date, not a span); "
               "「二现场株古树名木…」 (line 12) is the item's 「二是…」 enumeration with 是 lost, no new item; 「树龄达500年"
               "树木定一级保护」 (以上 lost) names a grade of protection by the trees' age — round 32: grade bands are not "
               "targets (like an age band of persons, round 31): 500 年 not_target; 「80年(含)—99年」 is the same kind of "
               "band (not checked); 2004年, 2014年, 2017年 are years"),
        S(["二", "(二)"], [], [], **at(X04, "(二)"),
          note=CUT + " (「树员全面落」, 「一树一员,全面落实…」 with 一 lost): no body, no date: lead = [], responsible = []; "
                     + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一) and 二/(二) (cut); 1 without the cut item; 「工作目标」 (一、 lost) is a section (" + GOALS + "); "
            "「二现场株…」 (line 12) is no item: it continues (一) (「二是…」 with 是 lost)",
            "「棵古树名木」 lost its figure (每一棵): no target; 「300499年」 (300–499) is a garbled grade band: not checked"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x106_05_guizhou-2017-nongcun-zhaoqi-anquan-shengchan-tongzhi.txt"
plan(X05,
     title="贵州省农业农村厅关于做好农村沼气安全生产和使用工作的通知",
     title_note="line 1 (whole; printed again broken over lines 6–7 and 17–18); the notice is itself the plan (「现就做好…"
                "工作通知如下」)",
     doc_no="黔农办发〔2017〕142号", issuer="贵州省农业农村厅 (Guizhou)", date="2017-07-06 (【公布日期】)",
     level="province (Guizhou, 贵州省农业农村厅)",
     source=page_source("https://360docs.net/doc/0e25756159.html"),
     style="a document site's preview of a law-database copy: the title, 「合集下载」, THREE NUMBERED DISCLAIMERS 「- 1、」–「- 3、」 "
           "(with 「9:00-18:30」), the title broken over two lines, a 「文章属性」 block of bullets 「•【制定机关】…」「•【字号】黔农办发"
           "〔2017〕142号」, 「正文」, the title broken again, addressees 「各市(州)农委、…,仁怀市、威宁县农牧局:」, a preamble, then "
           "POINTS 一、 二、 as heading lines with paragraphs and NO NUMBERED CHILDREN — 「各级农业部门要…全面落实…」 and 「各市(州)"
           "要…组织所辖县(市、区)对…进行专项检查」 with a line break inside 「场⏎所」 — CUT in 二's second paragraph",
     leaf_tasks=2, count_alternatives=[1, 0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各级农业部门"], lead_alternatives=[["各级农业部门"]],
          note=R2 + ": 「各级农业部门要…全面落实安全生产责任制度,切实落实主要领导为第一责任人的要求」 — a group named by a kind "
               "(各级…部门) with 落实, a verb of rule 2: a doer (round 30: 「各区要落实…」; as plans-next97's aligned x97_04 "
               "三/(一) 「各级人力资源社会保障、…部门…要…落实」) — responsible, " + ONE + " (a lead of 各… alone is also passed "
               "by reading nothing); 主要领导 and 第一责任人 are persons; 「层层负责,责任到人」 has no subject; " + NODATE),
        S(["二"], [], ["各市(州)"], lead_alternatives=[["各市(州)"]],
          note=CUT + "; " + R2 + ": 「各市(州)要…组织所辖县(市、区)对各类沼气项目…进行专项检查」 — 「A组织B＋verb」 (round 30): "
                     "A, a group by kind, is the doer; B (所辖县(市、区)), the object of 组织, is not a unit — responsible "
                     "各市(州) as printed, " + ONE + "; 「对检查中发现的安全隐患和问题要立即责令整改」 has no subject; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 points on the page: 一、 and 二、 (cut), heading lines with paragraphs and no numbered children; they are the "
            "notice's work, read as tasks (each names its work and its bodies, as plans-dev 03's top-level items and "
            "plans-next103's x103_01); 1 accepted (without the cut item) and 0 (the points read as sections by the "
            "childless-section rule)",
            "the addressees 「各市(州)农委、…农牧局」 are the notice's receivers, not units of an item; the site's 「- 1、」–"
            "「- 3、」 are disclaimers (page chrome), no items",
            "黔农办发〔2017〕142号 is a document number, 「2017.07.06」 dates of the database's fields, 「9:00-18:30」 the "
            "site's clock time: no targets"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x106_06_xiang-yingji-guangbo-tixi-jianshe-shishi-fangan.txt"
plan(X06,
     title="XX乡应急广播体系建设实施方案（乡应急广播体系建设实施方案）",
     title_note="line 5 (the document's own title, 「XX乡」) or line 1 (the site's heading without XX): either accepted",
     doc_no="", issuer="a township (masked 「XX乡」, under 「XX县」)", date="2019–2020 (the stages; 「2020年民生工程项目」)",
     level="township (masked)",
     source=page_source("https://360docs.net/doc/be778485.html"),
     style="a document site's preview: the site's heading, THREE NUMBERED DISCLAIMERS 「- 1、下载文档前…」「- 2、\"仅部分预览\"…」"
           "「- 3、如文档侵犯…(人工客服工作时间:9:00-18:30)」 before the plan's title, a preamble, 一、工作目标 (prose with "
           "「2020年民生工程项目」), 二、实施步骤 with STAGES AS ITEMS 「1.动员阶段(2019年12月-2020年4月)。…」 and 「2.调试阶段"
           "(2020年5月-7月)。…」 (the second span without its year on the end month), a line break inside 「日常和应急广播⏎"
           "发布系统」, thresholds 「2种以上」「至少配置1个」 — CUT at 「乡」",
     leaf_tasks=2, count_alternatives=[1, 0], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "1"], [], [], dl="2019年12月-2020年4月", skip_deadline=True,
          note="a stage written as an item; " + R2 + ": 「XX乡成立领导小组,制定实施方案,召开动员部署会」 — the issuer with 成立, "
               "制定, 召开 (without 组织): " + VERBS + ": lead = [], responsible = []; the 领导小组 is a body the item sets up "
               "(rule 3); 《XX 县应急广播体系建设实施方案》 is the basis cited; " + STAGE),
        S(["二", "2"], [], [], targets=[(2, "种"), (1, "个")], dl="2020年5月-7月", skip_deadline=True,
          note=CUT + "; a stage written as an item; no doer: 「依托…资源,建设…发布系统」 has no subject, and 「乡及各村要结合实际"
                     "合理提供机房、喇叭的安装位置」 is " + CALL + " (提供): lead = [], responsible = []; targets: 「应支持2种以上的"
                     "信号接收方式」 (以上: a floor of a standard) and 「每个行政村至少配置1个…多模终端」 (至少) — round 30 "
                     "thresholds; " + STAGE),
     ],
     plan_targets=[],
     phases=[{"name": "动员阶段", "start": "2019-12", "end": "2020-04"},
             {"name": "调试阶段", "start": "2020-05", "end": "2020-07"}],
     duties=[],
     notes=["2 leaves: 二/1. and 二/2. (stages written as items; 2. cut); 1 without the cut item; 0 accepted (the stages "
            "read as the schedule); the site's 「- 1、」–「- 3、」 are disclaimers (page chrome), no items; 一、工作目标 is a "
            "section (" + GOALS + ")",
            "phases: 动员阶段 2019-12 → 2020-04, 调试阶段 2020-05 → 2020-07 (「(2020年5月-7月)」: the end month's year is the "
            "start's)",
            "「9:00-18:30」 is the site's clock time, 「2020年民生工程项目」 a year: no targets"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x106_07_xinshao-2022-yingji-guangbo-tixi-jianshe-gongzuo-fangan.txt"
plan(X07,
     title="新邵县应急广播体系建设工作方案",
     title_note="line 6 (the plan's title; the same words in the cover's 《》 on line 3; the notice's own title is not on "
                "the page)",
     doc_no="新政办发〔2022〕13号", issuer="新邵县人民政府办公室 (Hunan, 邵阳市新邵县)", date="2022-05-18 (the notice)",
     level="county (Hunan, 新邵县)",
     source=page_source("https://admin.shaoyang.gov.cn/xinshao/gbxzfbwj/202210/c55b95756ad7401080ac85ad018e94af.shtml"),
     style="a city site's copy of a county notice: the document number, addressees 「各乡镇人民政府,县直各有关单位:」, a cover "
           "sentence forwarding the plan 「请认真组织实施」, issuer and date, then the plan: preamble, 一、工作目标 (prose), "
           "二、工作任务 1.–3. with headings 「1.搭建应急广播平台。」 run into their bodies — 1. with 「县、乡(镇)、村(社区)分别"
           "负责本级…」 and 「县广电行政主管部门指导搭建…,负责指导…」, 2. with 「由…组成的…传输覆盖网」 (由 of composition) — CUT "
           "in 3.",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "1"], [], ["县", "乡(镇)", "村(社区)", "县广电行政主管部门"],
          note=R2 + ": 「县、乡(镇)、村(社区)分别负责本级应急广播平台的搭建或升级改造」 (the subjects of 负责: the three levels "
               "of government named as bodies, each for its own platform — kinds of body with a verb of rule 2 are doers, "
               "round 30/32; split at 、, the brackets kept as printed) and 「县广电行政主管部门指导搭建…,负责指导原有“村村响”"
               "广播系统的更新改造」 (「A负责指导…」 is 「A负责…」, round 30) — responsible in the printed order, lead [] (no "
               "牵头); not settled by CONVENTIONS: bare level names 「县、乡(镇)、村(社区)」 are read as bodies (the county, "
               "the townships, the villages) — a reader who takes them for a general call answers 县广电行政主管部门 alone; "
               "「按照分级负责原则」 is a noun phrase, no clause; 「三级」 names levels: no target; " + NODATE),
        S(["二", "2"], [], [],
          note=R3 + ": 「由“村村响”广播传输覆盖网络、调频、有线数字电视、IPTV等…组成的应急广播信号传输覆盖网」 — 由 of "
               "COMPOSITION (「由A、B组成」: members, not doers; here not even bodies); 「以通信运营商的通信网络为基础」 names a "
               "network's owner, no doer; 「在各级应急广播平台的统一调度下」 a manner: lead = [], responsible = []; " + NODATE),
        S(["二", "3"], [], [],
          note=CUT + " (「应急广播终端主要包括…收音机、电视」: a description, no body): lead = [], responsible = []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/1.–3. (3. cut); 2 without the cut item; 一、工作目标 is a section (" + GOALS + "); the cover's "
            "「请认真组织实施」 is no task (a cover-notice instruction)",
            "新政办发〔2022〕13号 is a document number, 「三级」 names levels: no targets"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x106_08_hecheng-mazhen-yimiao-chalou-buzhong-gongzuo-fangan.txt"
plan(X08,
     title_note=NO_TITLE + " (the stored page opens at 「一、目标人群、时间和工作指标」, the whole text one line)",
     doc_no="", issuer="鹤城区 (Hunan, 怀化市; the 区卫生局 leads: 「区卫生局局长为副组长」, the office under its 副局长)",
     date="(the year masked: 「20xx年2月23日-20xx年8月8日出生儿童」; dates in April)", level="district (Hunan, 鹤城区)",
     source=page_source("https://m.wenke99.com/p-5688785.html"),
     style="a document site's copy as ONE LINE with no title (1,254 bytes: the stored excerpt is short): 一、目标人群、时间和"
           "工作指标 (一)目标人群 (age bands with their 至 lost 「8月龄4岁」, doses 「补种1剂麻风疫苗」, 「时间间隔1个月以上」), "
           "(二)时间 (three steps with dates, one with a blank and its 至 lost 「4 月8日12日」), (三)工作指标 with the "
           "DOCUMENT'S PAGE NUMBER INSIDE A WORD 「查漏补 2 种后」 and a percentage that lost its % 「接种率达95以上」, 二、组织与"
           "实施 (一) a group of persons and a named person heading the office, 「各街道办事处、乡镇人民政府要成立…要安排…」 — CUT",
     leaf_tasks=4, count_alternatives=[3, 1, 0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], targets=[(1, "个月")], **at(X08, "(一)"),
          note="a scope item (the target group): no body is named: lead = [], responsible = []; 「8月龄4岁」「18月龄4岁」 are "
               "age bands naming a group of persons (round 31: not targets); 「补种1剂麻风疫苗」 is a dose for each child (a "
               "norm of the work with no comparison word; not checked); 「时间间隔1个月以上」 — a quantity joined to 以上, the "
               "floor of the interval between doses: a target (round 30 thresholds); 「20xx年2月23日-20xx年8月8日出生」 are "
               "birth dates naming the group (masked year), no deadline: " + NODATE),
        S(["一", "(二)"], [], [], dl="4月7日; 4月8日12日; 4月12日至15日", skip_deadline=True, **at(X08, "(二)"),
          note="the schedule as an item: 「前期准备:4月7日。摸底登记及现场接种:4 月8日12日。快速评估和补种:4月12日至15日。」 — "
               "three steps with their dates, no body named: lead = [], responsible = []; the year is masked elsewhere "
               "(20xx) and not printed here — the dates are not checked, nor the steps as phases (no year)"),
        S(["一", "(三)"], [], [], not_targets=[(2, "种")], **at(X08, "(三)"),
          note="the plan's indicator: 「以乡镇(街道)为单位,目标人群查漏补 2 种后含麻疹成分疫苗接种率达95以上」 — no body (乡镇"
               "(街道) is the unit of counting): lead = [], responsible = []; 「补 2 种」 is 「补种」 with the DOCUMENT'S PAGE "
               "NUMBER 2 inside the word (page chrome): 2 种 is no quantity of the plan (not_target); 「95以上」 lost its %: "
               "the figure's unit is not on the page, not checked; " + NODATE),
        S(["二", "(一)"], [], [], **at(X08, "(一)", nth=2),
          note=CUT + "; " + R3 + ": 「成立鹤城区麻疹疫苗查漏补种工作领导小组」 — a body the item sets up, its 组长/副组长/成员 "
                     "persons (副区长, 副主任, 局长, 卫生分管领导) and its office headed by a person (「由区卫生局副局长尹先平任办公室"
                     "主任」: a person is never a unit); 「各街道办事处、乡镇人民政府要成立相应工作机构,加强工作组织领导,要安排足够"
                     "人员实行分片包干」 — groups by kind with 成立, 加强 (组织领导 its object, a noun), 安排: " + VERBS + ": "
                     "lead = [], responsible = []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves on the page by the leaf rule (the page names no unit by the rules, so every numbered leaf counts, "
            "plans-dev 08): 一/(一)–(三), 二/(一) (cut); 3 without the cut item; 1 or 0 accepted (一's items read as the "
            "campaign's target group, time and indicators — not work, as items of 工作目标 are not tasks — with or without "
            "the cut item)",
            "the whole text is one line: every item starts inside it (the samples' line is 1)",
            "「1剂」「0剂次」「1剂次」 are doses by the children's history (norms), 「8月龄」「17月龄」「18月龄」「4岁」 ages: "
            "no targets checked"])

# Round 61 (rul84): x106_01 三、组织领导 aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: a group's
# set-up point that gives it work, governs, p61d-2) (README, round 61)
from aligned_rulings import align84  # noqa: E402

align84("x106_01", None, "「三、组织领导 …成立办事处网吧集中整治工作领导小组: 领导小组下设办公室,负责本次整治协调工作,设在办事处综治办…」 (x106_01 三): a point that sets a group up and gives it or its office work by 负责 is a task naming none (rule 3); not sampled",
        "Tasks and counts, governs: round 57's x255_06 一/2, Round 83's x314_03 三 and Round 85's x320_04 二/(一) over the older answer's section (p61d-2); 三、组织领导 section → task, 3 → 4, 3 stays accepted",
        counts={"leaf_tasks": 4, "count_alternatives": [3, 2, 0], "childless_top_level_sections": ['一、整治目标', '二、整治重点']})

write_collected(DIR)
