# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next184/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c184, round 42): eight page openings of plans from outside Shanghai — a 镇's
2023 河道保洁 plan on one line (由A聘请, A会同B, 落实 by 镇财政所, a cut name); 万庾镇's 2022 河湖保洁 plan under its office's
cover ((1)–(6) goal lines, a closing 组织领导 paragraph, 「1、华容河由A、B、C、D」 cut before its verb); a 镇's 2023 清漂 plan
(chunk numbers, headed points run on, 「各村是…组织实施主体」); a city's 地质灾害防范 plan with a blank year (「A是…职能部门」,
「各级政府要组织有关部门…」); a 村鎮 地質災害 plan in traditional characters (組織 with a body as object, 上報鎮政府);
a 四平 district bureau's 2025 安全生产宣传咨询日 plan (fields, a single day, 「A和B…负责组织」); a 区's 清明 森林防火 plan
with no year (「A、B联合印发」, 「A组织B…」); 前郭县's 2008 冬季防火 plan (a cover, a campaign span, two dated stages):
never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``at_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rules 1–3 and the rulings of
rounds 30–42 are cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the
scorer was run on these plans by c184.

    python tests/data/plans-next184/make_expected.py tests/data/plans-next184
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# For an item whose number stands inside a line (a run-on text): the line where marker ends and the first eight
# characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


NO_TITLE = "title not checked: the page opening prints no title of the plan"
R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人, 专人; round 36: hired persons)"
NOYEAR = "no year is printed on the page: the deadline is not checked"
UNITLESS = ("round 40: items naming no unit in a plan with units elsewhere are tasks where they give work (a count "
            "without them is accepted)")
CLOSED = "round 30: rule 2's forms are a closed list"

# ---------------------------------------------------------------------------------------------------------
X01 = "x184_01_zhen-2023-hedao-baojie-shishi-fangan.txt"
plan(X01,
     title_note="title not checked: the title 「XX镇2023年河道保洁实施方案」 is glued to the preamble on line 4 (the site's "
                "one-line preview)",
     doc_no="", issuer="a 镇 (masked 「XX镇」; 「镇河长办」「镇财政所」)", date="2023 (title)", level="town (a 镇, not named)",
     source=page_source("https://renrendoc.com/paper/291728059.html"),
     style="a document site's preview: site lines (下载本文档, 版权说明, 文档简介), then the whole plan on ONE line — title glued to "
           "the preamble, 一、指导思想, 二、工作目标 (「河道保洁覆盖率达到100%」), 三、责任和保障制度 (一) (二) run on — CUT in (二) "
           "at the name 「自然资源」",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        S(["三", "(一)"], [], [], **at(X01, "三、责任和保障制度(一)"),
          note="「镇政府成立以…领导XX为组长…的河道保洁领导小组」 — 成立 is no rule-2 verb and the group is set up by the item "
               "(round 35); its office 「镇河道保洁领导小组办公室统筹…协调…确定…保障…」 is part of the group the item sets up "
               "(round 34: set-up bodies), 统筹／协调／确定／保障 are outside rule 2 anyway; 「由XX兼任办公室主任」 a masked person "
               "(" + PERSON + "); 镇河长办 is where the office sits, no doer: lead [], responsible []; no date"),
        S(["三", "(二)"], ["镇河长办"], ["镇河长办", "各村(社区)", "有关部门", "镇财政所"], lead_alternatives=[[]],
          responsible_alternatives=[["镇河长办", "有关部门", "镇财政所"]], **at(X01, "(二)"),
          note=CUT + " (at 「自然资源」: round 36, a name the page cuts off is dropped); " + R2 + ": 「大小溪河由镇河长办聘请第三方"
               "专业保洁公司进行保洁」 — 由A＋any verb of doing (round 34): 镇河长办; the company is the object of 聘请 (the pivot "
               "rule, round 30/33: not a unit); 「镇河长办负责完善…,会同有关部门开展…监督考核工作」 — 负责, and 「A会同B＋verb」: "
               "lead 镇河长办 (lead [] accepted), 有关部门 the partner named by its kind (round 42 continued: a unit as printed); "
               "「督促河道保洁责任单位落实…」 — the object of 督促 is no unit; 「镇财政所…落实河道保洁资金,列入年度财政预算支出」 — "
               "the subject of 落实 is a doer (落实 is no cost verb: round 37 — only 承担／分担／保障／列支／提供／投保 make a payer); "
               "「各村(社区)要各负其责,密切配合」 — round 34: 「B配合」 in any clause of an item that has a rule-2 doer makes B "
               "responsible (the bracket stays with the name, round 34); a reader who takes 「各负其责,密切配合」 as a general "
               "call without a partner answers the list without 各村(社区) (accepted); no date: no deadline"),
     ],
     plan_targets=[{"number": 100, "unit": "%"}],
     phases=[], duties=[],
     notes=["2 leaves on the page: 三/(一), 三/(二) (CUT); 一、指导思想 and 二、工作目标 are childless sections (plans-dev "
            "rule; the plan's work sits in 三's numbered items, round 34 early)",
            "plan target: 100 % — 二、工作目标 「河道保洁覆盖率达到100%」 (达到, round 30's line)",
            "「XX」 masks a person (组长, 办公室主任) and the town; 「五水共治」「四无」 are programme names"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x184_02_wanyu-zhen-2022-hehu-baojie-gongzuo-fangan.txt"
plan(X02,
     title="万庾镇2022年度河湖保洁工作方案",
     title_note="line 12, as printed (the cover's title line 「关于印发《万庾镇2022年度河湖保洁工作方案》的通知」 is line 9)",
     doc_no="万政办发〔2022〕5号", issuer="万庾镇人民政府办公室 (华容县, 湖南)", date="2022-04-01 (the page's 生成日期)",
     level="town (万庾镇, 华容县, 湖南)",
     source=page_source("https://huarong.gov.cn/33159/37006/37007/37016/37095/content_1923467.html"),
     style="a county site's page for a town: metadata lines (「- 索引号:」…), the document number, the office's cover (addressees, "
           "「请认真组织实施」, no signature date on the page), the plan's title, a preamble, 一、目标要求 with goal lines "
           "(1)–(6) and a closing unnumbered paragraph 「组织领导河道保洁工作由镇政府领导、河长办负责管理,各村(社区)…全面负责…」, "
           "二、责任范围 with a lead-in and 「1、华容河由官洲村、万庾村、月形村、鲁家村」 — CUT before its verb; the lines break "
           "inside sentences as the PDF's lines did",
     leaf_tasks=2, count_alternatives=[1, 7, 8], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "1"], [], ["官洲村", "万庾村", "月形村", "鲁家村"],
          note=CUT + " (the page ends after 「鲁家村」); " + R2 + ": 「华容河由A、B、C、D」 — round 39: a 由 clause whose verb is "
               "lost to the cut still names its doers; 鲁家村 is read as a whole name (it ends the page at 村; round 36 drops "
               "only a name the page cuts); no 牵头: lead []; the lead-in 「各责任区如下:」 names no body; no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks on the page: 二/1 (CUT) and the closing paragraph of 一 「组织领导河道保洁工作由镇政府领导、河长办负责管理,各村"
            "(社区)建立…,全面负责辖区内的河道保洁工作」 — round 40: a closing paragraph after a section's last numbered item "
            "that gives the section's work is one more task (a count without it accepted: 1); its doers would be 镇政府 "
            "(由A＋a verb of doing, round 34), 河长办 and 各村(社区) (负责) — not sampled: an unnumbered paragraph has no path "
            "the scorer can name",
            "一、目标要求's (1)–(6) are goal lines (「保持河道畅通」「水面无漂浮废弃物」…) that give no work: round 35, lists that "
            "give no work are text; round 27, items of 工作目标 naming no unit are not tasks in a plan whose tasks name units; "
            "a count with them is accepted (7, or 8 with the closing paragraph)",
            "the metadata lines and the cover are the page's; the cover's 「请认真组织实施」 is no task (round 25)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x184_03_zhen-2023-shuimian-piaofuwu-qingli-zhuanxiang-xingdong-fangan.txt"
plan(X03,
     title_note="title not checked: the title 「XX镇2023年第一次水面漂浮物清理专项行动工作方案」 is glued to the preamble after the "
                "site's chunk number 「1、」 (line 2)",
     doc_no="", issuer="a 镇 (masked 「XX镇」, 「XX县」「XX省」)", date="2023 (title)", level="town (a 镇, not named)",
     source=page_source("https://m.yzwku.com/doc/294573.html"),
     style="a document site's preview: the site's line with the file name, then the plan in three chunks each opened by the "
           "site's chunk number 「1、」「2、」「3、」 (one inside 一's sentence, one inside 四's), headed points 一、总体目标 "
           "(「2023年5月20日前完成今年第一次“清漂”任务」), 二、整治范围, 三、实施计划 (「4月20日一5月20日,全镇各村自行组织开展…」), "
           "四、责任分工 (「镇河长制办公室负责」「各村是…组织实施主体,负责辖」) all run on — CUT in 四",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、总体目标", "二、整治范围"],
     samples=[
        S(["三"], [], ["各村"], lead_alternatives=[["各村"]], responsible_alternatives=[["全镇各村"]],
          dl="4月20日一5月20日", dln="2023-05-20", **at(X03, "三、"),
          note="round 34 early: in a document of headed points a childless point that gives work is a task; " + R2 + ": "
               "「全镇各村自行组织开展水面漂浮物清理工作」 — 组织＋work (round 34): 各村, a kind; 全镇 before the name is a place "
               "scope, no part of it (round 41/42: 本市 and a quantifier before a name are dropped; 「全镇各村」 as printed "
               "accepted); 「各村要…同时应落实专门队伍负责水面保洁」 — the same 各村 (落实); the team is set up by the item (round "
               "35); 「镇、村两级河长开展好巡河工作」 — persons (河长) and 开展 (" + CLOSED + "); " + ONE + "; the span's end "
               "「4月20日一5月20日」 (「一」 printed for the dash), year 2023 from the title: 2023-05-20"),
        S(["四"], [], ["镇河长制办公室", "各村"], dl="2023年5月20日前", dln="2023-05-20", **at(X03, "四、"),
          note=CUT + "; " + R2 + " under a 责任分工 heading (round 34/35: a work heading): 「镇河长制办公室负责\\n3、对本次“清漂”"
               "工作进行监督、指导和协调」 — 负责 (the site's chunk number 「3、」 inside the sentence is chrome, round 40); "
               "「各村是本次专项行动的组织实施主体,负责辖」 — a designation (round 32/37: 「A为…主体」) and 负责: 各村; no 牵头: "
               "lead []; no date of its own: 一、总体目标 「2023年5月20日前完成今年第一次“清漂”任务」 is stated once for the whole "
               "action (round 37/40: a campaign's span stated once dates items with no date of their own): 2023-05-20"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks on the page: 三、实施计划 and 四、责任分工 (CUT), childless headed points that give work (round 34 early); "
            "3 accepted (一、总体目标 read as a task by 「组织全镇各村集中开展…」, which has no subject); 二、整治范围 is a scope "
            "(a general provision, round 30)",
            "the chunk numbers 「1、」「2、」「3、」 at line starts are the site's (round 40: chunk openers are chrome, not items); "
            "「XX条河流」 is masked (no target); the cited document numbers 「X河长办(2022)21号」 are no targets"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x184_04_shi-dizhi-zaihai-fangfan-gongzuo-jihua.txt"
plan(X04,
     title_note="title not checked: 「“地质灾害防范工作计划”政府工作计划」 (line 3) is the site's label of the page, not the "
                "document's own title",
     doc_no="", issuer="a city (not named; 「我市」「市政府下达的…责任状」「市、县两级国土部门」)", date="a blank year (「 年我市主汛期」)",
     level="city (not named)",
     source=page_source("https://fanwen.qwyd.net/gongzuo/gongzuojihua/319994.html"),
     style="a 范文 site's page: breadcrumb, the site's label twice, 一、汛期地质灾害趋势预测 (a forecast, the year left blank), "
           "二、主要防治措施 with heading lines (一) (二) over paragraphs — CUT in (二) 「动态变」",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、汛期地质灾害趋势预测"],
     samples=[
        S(["二", "(一)"], [], ["各级国土资源部门"], lead_alternatives=[["各级国土资源部门"]],
          note=R2 + ": 「各级国土资源部门是地质灾害防治的组织、协调、指导和监督职能部门,要…共同做好…」 — a designation (round 37: "
               "「A是该项工作的具体工作部门」「A为…的主管部门」 make A a doer); 「与各有关部门加强协作、密切配合」 — the partners of "
               "协作 are liaisons (round 38: 「与A对接」), and 共同做好 is no rule-2 verb (round 42: 「A与B签订」 without 由 names "
               "no doer): 各有关部门 is no unit; 「各地要…健全完善…」 — 各地 names no kind (round 32); 「重点防御乡镇要有…领导机构」 "
               "(no rule-2 verb), 「重要地质灾害危险点要落实责任人」 (a thing as subject, round 41; 责任人 persons); " + ONE +
               "; no date"),
        S(["二", "(二)"], [], ["各级政府", "市、县两级国土部门"], responsible_alternatives=[["各级政府"]],
          note=CUT + "; " + R2 + ": 「各级政府要组织有关部门对…进行汛前排查、汛中巡查和汛后复查」 — 「A组织B＋verb」 (round 30): "
               "各级政府 (a kind, round 41: 各级人民政府), 有关部门 the object of 组织 (no unit); 「要及时组织专家调查」 — the "
               "subject carries over in the paragraph (round 34), 专家 persons; 「遇有灾害性天气或较强降水时,市、县两级国土部门要组织"
               "相关人员实行24小时值班」 — 组织＋work; the name as printed (「市、区X部门」 one name; round 41: 「县乡两级」 one group) "
               "— RULING? read as the item's own work (its heading is 「坚持…巡查和值班制度」, like round 38's survey clause), not "
               "rule 3's case; a reader who takes 「遇有…时」 as a case answers 各级政府 only (accepted); 24小时 has no comparison "
               "word (no target); no date (「汛前／汛中／汛后」 are periods, the year is blank)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves on the page: 二/(一), 二/(二) (CUT); 一、汛期地质灾害趋势预测 is a section (a forecast, no work)",
            "the year is left blank twice (「 年我市主汛期(4-6月)」「市政府下达的 年地质灾害防治责任状」): no date on the page is "
            "checked; 1000mm is a forecast, 853.3mm a past average (round 33: not targets; in no task)",
            "「较常年(多年均值为853.3mm略偏多」 lacks its closing bracket on the page"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x184_05_zhen-dizhi-zaihai-fangzhi-gongzuo-shishi-fangan.txt"
ORGANISE_BODY = ("「各村要組織一支由黨員干部、年輕群眾組成的…搶險隊」 — aligned round 43: 组织 is in rule 2's list whatever its "
                 "object; the subject is a doer (各村, a kind), the team it sets up is no unit (CONVENTIONS.md \"Round 43 "
                 "rulings, written early\", turned; round 30's body the item sets up) — it was read as 組織 with a body as its "
                 "object setting that body up, lead [] and responsible [] with 各村 accepted (RULING? 2)")
plan(X05,
     title="村鎮政府地質災害防治工作實施方案",
     title_note="line 9, as printed (traditional; also line 2 after the site's 「1.」 and in line 7's blurb)",
     doc_no="", issuer="a 鎮 (not named; 「副鎮長蔣曉燕」「黨政辦」, 「上報鎮政府」)", date="no year on the page (the site's 2025-07-15 "
     "is its posting time)", level="town (a 鎮, not named)",
     source=page_source("http://www.trylelo.com/dangtuangongzuo/2024/0203/121489.html"),
     style="a site's page in TRADITIONAL characters: an HTML line 「<ol id=\"ebnk9\"></ol>」, the site's 「1.」 before the title, "
           "posting and font lines, a blurb, the title, indented sections: 一、組織機構 (a leading group of persons set up, "
           "village monitoring groups), 二、防御措施 1、–4、 (heading lines over paragraphs), 三、應急處理 1、災情報告 — CUT at "
           "「各」",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、組織機構"],
     samples=[
        S(["二", "1"], [], ["災害重點村"], lead_alternatives=[["災害重點村"]],
          note=R2 + ": 「災害重點村要經常組織力量對隱患點進行認真排查」 — 組織＋work (round 34; 組織力量…排查): 災害重點村, a kind of "
               "body (round 34: rule 2 does not ask who the body is); 「各村是否會遭受…情況進行逐一檢查」 — 進行 is no rule-2 verb "
               "(round 37); " + ONE + "; no date (「經常」)"),
        S(["二", "2"], [], [], responsible_alternatives=[["各村"]],
          note="「各村要建立監測和預警機制,制訂…預案」 — 建立／制訂 are no rule-2 verbs (" + CLOSED + "); 「預案明確了責任人」 "
               "persons; 「一旦發生災害緊急情況,及時啟動方案,有序地組織人員安全轉移」 — a case inside an item whose work is to set up "
               "the mechanism (rule 3: 「发生…时」 is a contingency): lead [], responsible [] — RULING? a reader who carries 各村 "
               "into the case's 組織 (round 34: an elided subject in one paragraph) answers 各村 (accepted); no date"),
        S(["二", "3"], [], [],
          note="「特別是災害村實行24小時值班巡查,隨時應對并報告…」 — 實行 is not 實施 (round 37: 进行 is not 实施; " + CLOSED + "); "
               "the heading 「加強值班巡查」 has no subject: lead [], responsible []; 24小時 has no comparison word (no target); "
               "no date"),
        S(["二", "4"], [], ["各村"], lead_alternatives=[["各村"]],
          note=ORGANISE_BODY + "; lead [] (各村 alone accepted as the lead), responsible 各村; 黨員干部、年輕群眾 are persons; "
               "no date"),
        S(["三", "1"], [], [],
          note=CUT + " (only 「各」 follows the heading 「災情報告」): round 41, a word cut at the page end is read as nothing: "
               "lead [], responsible []; no date"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "災害重點村發現異常立即轉移人員,并及時上報鎮政府", "when": "及時", "when_norm": None}],
     notes=["5 leaves: 二/1–4 and 三/1 (CUT, its heading only); 4 accepted (三/1 with no text on the page); 一、組織機構 is a "
            "section (a leading group of persons and monitoring groups the plan sets up; 「由黨委書記任組長」 persons, round 35)",
            "the line 「    1. 村鎮政府…」 is the site's numbering before the title (round 40: chrome, not an item)",
            "duty: 二/1's 「并及時上報鎮政府」 — a plan body's sending to another (round 35/36), undated"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x184_06_siping-tiexi-2025-anquan-shengchan-xuanchuan-zixunri-huodong-shishi-fangan.txt"
DAY = ("round 42 continued: the single day under 二 、活动时间 「2025年6月16日上午8:30—11:00」 is the activity's span, one day "
       "long: items with no date of their own are due that day")
plan(X06,
     title_note=NO_TITLE + " (the page opens at the preamble 「今年6月是第24个全国“安全生产月”…特制定本实施方案」)",
     doc_no="", issuer="a bureau of 四平市铁西区 (「结合我局实际」「区安委会各成员单位」, the district's open-government site)",
     date="2025 (「2025年6月16日」; the page's path 20250610)", level="a body's own (a district bureau, 四平, 吉林)",
     source=page_source("http://txqxxgk.siping.gov.cn/zfkfr/hdfa/202506/t20250610_739496.html"),
     style="a district site's page: the preamble (no title), fields 一、活动内容, 「二 、活动时间」 (a space before 、; "
           "「2025年6月16日上午8:30—11:00」), 三、活动地址, 四、活动主题, 五、参加单位 (「区安委会各成员单位及相关生产经营单位、学校、"
           "医院」), 六、工作要求 1、–4、 — CUT in 4、",
     leaf_tasks=4, count_alternatives=[1, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、活动内容", "二 、活动时间", "三、活动地址", "四、活动主题", "五、参加单位"],
     samples=[
        S(["六", "1"], [], [], dl="咨询日活动当日", dln="2025-06-16",
          note=UNITLESS + "; round 39/41: 工作要求 items that give work are tasks; 「各参展单位参加活动人员要服从…排列好…」 — "
               "persons (" + PERSON + "): lead [], responsible []; 「咨询日活动当日」 is the activity's day: 2025-06-16"),
        S(["六", "2"], [], [], dl="6月16日当天", dln="2025-06-16",
          note=UNITLESS + "; 「参展单位负责人和宣传咨询工作人员要提前到现场布置展位,务必于8:30前布置完毕」 — persons: lead [], "
               "responsible []; the item's own day 「6月16日当天」 (year from 二): 2025-06-16; 8:30 is a clock time (no target)"),
        S(["六", "3"], [], [], dl="2025年6月16日", dln="2025-06-16",
          note=UNITLESS + "; 「各参展单位自行准备、发放宣传品」 — 准备／发放 are no rule-2 verbs (" + CLOSED + "); 宣传咨询工作人员, "
               "现场人员 persons: lead [], responsible []; " + DAY + ": 2025-06-16"),
        S(["六", "4"], [], ["各属地管理部门", "行业主管部门"], dl="在咨询日当天", dln="2025-06-16",
          note=CUT + "; " + R2 + ": 「各属地管理部门和行业主管部门在咨询日当天,负责组织…宣传工作」 — 负责: round 34, 「A和B」 are two "
               "names and 各 is not shared (各属地管理部门, 行业主管部门); no 牵头: lead []; 「各部门、各单位要…设立宣传板」 — 设立 "
               "is no rule-2 verb and 各单位 a general call (round 33); 「有LED屏幕的单位要…滚动播出」 — no rule-2 verb; the "
               "day 「咨询日当天」: 2025-06-16"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 tasks: 六/1–4; 1 accepted (六/4 only, the one item naming units: round 40's count without unit-less items); "
            "5 accepted (五、参加单位 read as a task); 一、–五、 are fields of the activity (round 42 continued: a section that only "
            "gives the time, place, aim or theme is a field; round 42 early: a point that only says who takes part in the "
            "whole event is a plan-level field, no task, no item units)",
            "「二 、活动时间」 prints a space before 、 (as the page has it)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x184_07_qu-qingming-senlin-fanghuo-gongzuo-fangan.txt"
plan(X07,
     title_note="title not checked: 「森林防火最新工作活动方案模板」 is the site's collection title; the plan 篇1 prints none",
     doc_no="", issuer="a 区 (not named; 「区森林防火指挥部」「区教育局」「全区」「二十三个巡查组」)",
     date="no year on the page (a 清明 plan: 「从3月8日起」「3月21日下午」)", level="district (a city's 区, not named)",
     source=page_source("http://www.fanwenbaba.cn/jihuafangan/135734.html"),
     style="a 范文 site's page: the collection title, the site's author line 「| 彭永」, a blurb, 篇1 — a 区's plan for "
           "清明节期间 森林防火: a preamble (「各乡镇、街道和相关部门要…制定…方案」), 一、宣传培训工作 1、–6、, 二、巡查、督查工作 1、–3、, "
           "三、案件查处工作 1、 and a bare 「2」 (CUT)",
     leaf_tasks=10, count_alternatives=[11], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], lead_alternatives=[["区森林防火指挥部"]],
          responsible_alternatives=[["区森林防火指挥部", "区教育局"]], skip_deadline=True,
          note="「区森林防火指挥部、区教育局联合印发“致全体学生家长的一封信”」 — RULING? read as two subjects of 印发 (no rule-2 "
               "verb; round 42: 「A与B签订…」 without 由 names no doer): lead [], responsible []; a reader who takes 「A、B联合"
               "＋verb」 as round 34's 「A联合B＋verb」 (会同) answers lead 区森林防火指挥部, responsible both (accepted); no date "
               "of its own and no year (" + NOYEAR + ")"),
        S(["一", "3"], [], [], skip_deadline=True,
          note="「从3月8日起,组织宣传车…宣传」 — 组织 with no subject: lead [], responsible []; 「从3月8日起」 is a start (plans-dev "
               "01: 从…起 is no deadline), and " + NOYEAR),
        S(["一", "4"], [], [], dl="3月21日下午", skip_deadline=True,
          note="「3月21日下午召开全区森林防火工作专题会议」 — no subject; 召开 is no rule-2 verb: lead [], responsible []; the "
               "item's day 3月21日 — " + NOYEAR),
        S(["二", "1"], [], ["区森林防火指挥部"], lead_alternatives=[["区森林防火指挥部"]], dl="清明节期间", skip_deadline=True,
          note=R2 + ": 「区森林防火指挥部组织二十三个巡查组深入到乡镇、街道巡查」 — 「A组织B＋verb」 (round 30): the 巡查组 are the "
               "objects of 组织, no units; " + ONE + "; 二十三个 has no comparison word (no target); 「清明节期间」 — a festival "
               "in a year the page does not print: " + NOYEAR),
        S(["二", "3"], [], [], skip_deadline=True,
          note="「视天气情况,区政府颁发森林防火戒严令」 — 颁发 is no rule-2 verb (" + CLOSED + "), and the clause is a case (rule "
               "3: 视…情况): lead [], responsible []; " + NOYEAR),
        S(["三", "1"], [], [], skip_deadline=True,
          note="「区森林警察大队加大火灾案件查办力度,对肇事者给予刑事、行政、经济的处罚」 — 加大／给予 are no rule-2 verbs (" + CLOSED
               + "): lead [], responsible []; " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["10 leaves: 一/1–6, 二/1–3, 三/1; 11 accepted (the bare 「2」 at the cut counted; a leaf must carry text, plans-dev)",
            "the preamble's 「各乡镇、街道和相关部门要采取…措施…制定…方案」 is a general call over the whole plan (no rule-2 verb; a "
            "preamble gives units to no item, round 40)",
            "一/2  「市、区森林防火指挥部联合致…一封信」 is the same question as 一/1 (not sampled twice); 二/2's 「区几大班子领导」 "
            "are persons"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x184_08_qianguo-xian-2008-dongji-fanghuo-gongzuo-fangan.txt"
plan(X08,
     title="前郭县2008年冬季防火工作方案",
     title_note="line 6, as printed (the notice's title line 1 names the plan too)",
     doc_no="前政明电〔2008〕24号", issuer="前郭尔罗斯蒙古族自治县人民政府", date="2008-11-24 (the cover: 二○○八年十一月二十四日)",
     level="county (前郭尔罗斯蒙古族自治县, 松原, 吉林)",
     source=page_source("http://www.fsou.net.cn/html/text/lar/170930/17093082.html"),
     style="a document site's page: the county government's notice (title, document number in brackets, addressees, "
           "「现将…印发给你们」, the date in Chinese numerals), the plan's title, a preamble with 《 at line ends (the page "
           "breaks after every 《), 一、目标任务, 二、时间安排 「2008年11月中旬至2009年2月底」, 三、方法步骤 with two dated stages "
           "「(一)组织发动阶段(2008年11月中旬至2008年11月20日)。」「(二)检查整改阶段(2008年11月21日至2009年1月31日)。」, the "
           "second with 1.自检自查 — CUT",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0,
     childless_top_level_sections=["一、目标任务", "二、时间安排"],
     samples=[
        S(["三", "(一)"], [], ["各部门"], dl="2008年11月中旬至2008年11月20日", dln="2008-11-20",
          note="round 33: a stage in a steps section with work written under it is a phase and a task; " + R2 + ": 「各地、各部门"
               "结合…制定…方案,明确人员分工,落实工作责任」 — 落实 (rule 2) with 各部门, a kind (round 30: a group named by a kind "
               "with a rule-2 verb is a doer); 各地 names no kind (round 32/33: dropped); no 牵头: lead []; the stage's end: "
               "2008-11-20"),
        S(["三", "(二)", "1"], [], ["各机关", "团体", "企事业单位"],
          responsible_alternatives=[["全县各机关", "团体", "企事业单位"], ["全县各机关、团体和企事业单位"]],
          dl="2008年11月21日至2009年1月31日", dln="2009-01-31",
          note=CUT + "; " + R2 + ": 「全县各机关、团体和企事业单位要对本单位消防安全状况组织开展一次全面的自检自查」 — 组织开展 "
               "(round 34: rule 2 does not ask who the body is; regulated parties named by a kind are doers); names: 全县 before "
               "the name is a place scope, no part of it (round 41/42, like 本市), split on 、 and 和 (round 34: 「A和B」 two "
               "names) — RULING? the 全县 prefix kept, or the run read as one group, is accepted; 「一次」 has no comparison word "
               "(no target); round 35: the stage's span gives its items their deadline: 2009-01-31"),
     ],
     plan_targets=[],
     phases=[{"name": "组织发动阶段", "start": "2008-11", "end": "2008-11"},
             {"name": "检查整改阶段", "start": "2008-11", "end": "2009-01"}],
     duties=[],
     notes=["2 leaves on the page: 三/(一) (a stage with work) and 三/(二)/1 (CUT); 三/(二) has a numbered child, so it is no "
            "leaf (it is a phase); 一、目标任务 (aims; 「在县政府的统一领导下」 a circumstance) and 二、时间安排 (the campaign's span "
            "2008年11月中旬至2009年2月底) are sections",
            "phases: the two stages of 三、方法步骤 (round 33: stages with a time in a steps section); the campaign's span in 二 "
            "is no phase",
            "the cover's 「请认真贯彻落实」 is no task (round 25); 「国发〔2006〕15号」 is a document number"])

write_collected(DIR)
