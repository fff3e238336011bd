# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next253/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c253, round 50: eight page openings of plans from outside Shanghai whose tasks
name their units — 监利县's 2018 环境空气质量综合整治 职责清单 (a flattened table, rows with no numbers); page 6 of a city's
教育 实施意见 (items 5.–8. and (四)1. each closing in a unit bracket 「(市发改委、…等)」, the last cut inside it); page 2 of a
city's 教育 意见 (（三）–（七） with 会同, 由A安排 and a 100元 floor); 武汉's 2022 改善空气质量 工作方案 (征求意见稿, a document site's
chunk numbers, 「(责任单位:…)」 labels, a label printed after text the page jumped into); page 1 of 十堰's 2008 十件实事 责任落实
及任务分解方案 (field blocks 责任领导/责任单位/协办单位/完成时限); a 镇's 犬类管理集中整治 方案 from a 范文 collection (三、职责分工 1、–3、);
page 1 of a 北京 district's 烟花爆竹禁放 plan (3、–5、, item 5 a run of unit-colon paragraphs 「区委宣传部:…」); 秦都区's 2008
创建国家卫生城市 实施方案 (unit headings (一)–(五) over items 1、2、)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line, ``row`` for an unnumbered row found by its first words); every answer was
written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–55 are
cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these
plans by c253.

    PYTHONPATH=. python tests/data/plans-next253/make_expected.py tests/data/plans-next253
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# For an item whose number stands inside a line: the line where the marker ends and the eight characters after it.
at = partial(at_line_in, DIR)


def row(file, marker):
    """An unnumbered row or paragraph found by its first words: the line it opens on and its first eight characters."""
    return at_line_in(DIR, file, marker, skip=-len(marker))


R1 = "CONVENTIONS rule 1 (the label decides; sentences in the item then add nothing)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list, round 44: outside articles): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; 责任领导 names a post holder)"
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x253_01_jianli-xian-2018-huanjing-kongqi-zhiliang-zonghe-zhengzhi-fangan-zhize-qingdan.txt"
COL = (R1 + ": the 责任单位 column of the 职责清单 (a table column is a label); the cells run on in the flattened text after "
       "each row's 工作任务和内容, then the 配合单位 cell (empty in every row the page shows), then 完成时间")
ROWS = ("round 45: a duty list with a column of departments is a text that gives work (kept); its rows carry no numbers, so "
        "each row is a task found by its first words (round 38: unnumbered paragraphs, paths by first words); the page is only "
        "the attachment's table, and its rows are counted as the plan's tasks, not attachment rows — RULING? 6")
plan(X01,
     title_note=NO_TITLE + "the list's title 「监利县2018年环境空气质量综合整治方案职责清单」 stands inside line 2 between the word "
                "「附件」 and the table's header 「工作任务和内容 责任单位 配合单位 完成时间」 and runs straight into row 1",
     doc_no="", issuer="监利县 (Hubei; the county's 县委宣传部, 县五城办, 县城管局)", date="not shown (the forum's 2019-03-14 is the poster's)",
     level="county (监利县)",
     source=page_source("https://www.wanglu.net/thread/t4-381931-0.html"),
     style="a forum copy of the plan's attachment: the poster's line 「编辑: 麒麟兔爷 2019-03-14」, then 「附件」, the 职责清单's title, "
           "its header and seven rows flattened into two long lines (each row: 工作任务和内容, 责任单位, 完成时间; the cells "
           "「县委县政府 督查室」「县交通 运输局」 are broken by the cell wrap) — CUT in row 7 before its 责任单位 cell",
     leaf_tasks=7, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["负责全县环境空气质量达标整治工作的舆论宣传"], [], ["县委宣传部"], lead_alternatives=[["县委宣传部"]],
          **row(X01, "负责全县环境空气质量"),
          note=ROWS + "; " + COL + ": 县委宣传部; " + ONE + "; 完成时间 「持续开展」 (standing work, no date): " + NODATE),
        S(["负责大气污染综合治理工作任务的督导和检查考核工作"], [], ["县委县政府督查室"], lead_alternatives=[["县委县政府督查室"]],
          **row(X01, "负责大气污染综合治理"),
          note=COL + ": the cell 「县委县政府 督查室」 is one name broken by the cell wrap (the scorer squashes the space); the row's "
               "own work is the checking of the whole list (round 33's trailing check line is a line after a run, not a row with a "
               "cell of its own); " + ONE + "; 「持续开展」: " + NODATE),
        S(["负责制定监利县城区扬尘污染整治百日攻坚工作方案"], [], ["县五城办"], lead_alternatives=[["县五城办"]],
          dl="7月底前制定 扬尘治理方案", dln="2018-07", **row(X01, "负责制定监利县城区"),
          note=COL + ": 县五城办; 「督促拆迁项目单位落实…」 adds nothing under a label (rule 1); " + ONE + "; 完成时间 「7月底前制定 "
               "扬尘治理方案」: 月底前 keeps month 7 (round 33), the year 2018 from the list's own title printed on line 2 (round 42: "
               "the text's own year)"),
        S(["在主要交通路口划定大货车禁行区域"], [], ["县公安局"], lead_alternatives=[["县公安局"]],
          **row(X01, "在主要交通路口划定"),
          note=COL + ": 县公安局; " + ONE + "; 「持续开展」: " + NODATE),
        S(["负责抓好砂石场的扬尘污染防治"], [], ["县交通运输局"], lead_alternatives=[["县交通运输局"]],
          dl="12月底前完成新能源汽车更换", dln="2018-12", **row(X01, "负责抓好砂石场"),
          note=COL + ": the cell 「县交通 运输局」 is one name broken by the wrap; 「督导建设单位落实各项治理措施」 adds nothing "
               "(rule 1); " + ONE + "; 完成时间 「12月底前完成新能源汽车更换」 — the row's only date (round 34): 2018-12"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 rows: 宣传 (县委宣传部), 督导考核 (县委县政府督查室), 百日攻坚方案 (县五城办), 禁行/高污染车 (县公安局), 砂石场/交通扬尘 "
            "(县交通运输局), 园林绿化/道路清扫/渣土 (县城管局), 建筑施工 扬尘 (CUT before its cells); 6 accepted (the cut row left out)",
            "rows 6 and 7 open with the same words as row 5 (「负责抓好…」): the scorer's first-words fallback cannot tell them apart "
            "(round 37's scorer note), so they are not sampled",
            "no figure with a comparison word on the page: no target is checked"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x253_02_shi-jiaoyu-gaige-fazhan-shishi-yijian-p6-jiaoshi-duiwu-jingfei-baozhang.txt"
BR = (R1 + ": the closing bracket 「(…)」 lists the item's bodies with no 牵头 named (round 37: 「（A、B、C按职责负责相关工作）」 gives "
      "A, B, C responsible, no lead); 「…等」 after separate heads gives the names before it (round 35; the scorer strips a final 等)")
plan(X02,
     title_note=NO_TITLE + "page 6 of a split copy: the page opens inside a section at item 5. (the document's title and the "
                "heading over 5.–8. are on earlier pages)",
     doc_no="", issuer="a 市 (not named on this page; 市编办, 市住房城乡建设委, 市国税局; 「县(市)区政府」 under it — not Shanghai)",
     date="not shown (「到2012年」 — a plan of about 2010)", level="city (a 市, not named)",
     source=page_source("http://www.lygzb.net/html/text/lar/173356/17335602_6.html"),
     style="a law site's split page 6: items 5.–8. (教师队伍) each closing in a unit bracket 「(市发改委、市财政局、…等)」, then "
           "「(四)经费保障。」 and its 1. — CUT inside its bracket after 「(市财政局、市国税局、」",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["5"], [], ["市发改委", "市财政局", "市住房城乡建设委", "市教育局"],
          note=BR + "; no date: " + NODATE),
        S(["6"], [], ["市人力资源社会保障局", "市教育局", "市财政局", "市总工会"],
          note=BR + "; 「给予奖励」 in its text is the scheme's own term (no doer by it, round 46; rule 1 in any case); " + NODATE),
        S(["7"], [], ["市教育局", "市人力资源社会保障局", "市编办"],
          note=BR + "; 「教育行政部门统一组织…」「县级教育行政部门要…履行…」 are sentences under a label: they add nothing (rule 1, "
               "plans-dev 06 三/（一））; " + NODATE),
        S(["8"], [], ["市编办", "市人力资源社会保障局", "市教育局"],
          note=BR + "; " + NODATE),
        S(["(四)", "1"], [], ["市财政局", "市国税局"], dl="到2012年要达到国家核定比例", dln="2012-12",
          note=BR + "; the bracket is cut after its second name 「(市财政局、市国税局、[cut]」: round 45 — a bracket cut after every "
               "name it still shows gives those names; 「各级政府要切实落实…」 adds nothing under a label (rule 1); 「到2012年要达到"
               "国家核定比例」 says when the item's own work is reached: a year inside an item is its deadline, December (round 46 "
               "decided); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 5.–8. (their heading is on the page before) and (四)/1 (CUT); (四)、经费保障。 is a heading with an item",
            "「明显高于」「逐步增长」 carry no figure: no target on the page"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x253_03_shi-nongcun-jiaoyu-jiaoshi-daiyu-jiaoliu-yijian-p2.txt"
plan(X03,
     title_note=NO_TITLE + "page 2 of a split copy: the page opens at （三） (the title and （一）（二） are on page 1)",
     doc_no="", issuer="a 市 with 「区、县(市)」 (not named; Zhejiang-style 区、县(市); not Shanghai)",
     date="not shown (「从2006年起连续五年」: about 2006)", level="city (a 市, not named)",
     source=page_source("http://www.fymate.net/html/text/lar/169340/16934089_2.html"),
     style="a law site's split page 2: run-in items （三）–（七） of a 教育 意见's teacher section, each a paragraph with its own "
           "sentences of work (要提高, 要制定, 由…安排, 会同, 要加大) — CUT in （七）",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(三)"], [], [], targets=[(100, "元")],
          note="「市人事和教育部门要提高…比例」「各区、县(市)要制定…制度」: 提高 and 制定 are outside rule 2's closed list (round 30), and "
               "「给予…岗位津贴」 pays (a cost verb, round 46): " + NONE + "; 「每月给予不低于100元的岗位津贴」 is the policy's own rate with "
               "a comparison word (rounds 25, 30): target 100 元; " + NODATE),
        S(["(四)"], [], ["本级教育行政部门"], lead_alternatives=[["本级教育行政部门"]],
          responsible_alternatives=[["教育行政部门"]], not_targets=[(6, "年")],
          note=R2 + ": 「教师…期满6年,由本级教育行政部门统一安排…交流」 — 由A＋a verb of doing (round 34), the step the item's own "
               "work takes after its condition (round 42: 「…的，由A…」); 本级 is a level word kept with the name, as 同级 (round 47; "
               "教育行政部门 accepted); 「有条件的区、县(市)应逐步实现…」 — 实现 is no rule-2 verb; " + ONE + "; 「满6年」 has no "
               "comparison word (round 30's line): not a target; 「从2006年起连续五年,每年招聘…」 is a yearly round (round 34: "
               "recurring dates give no deadline): " + NODATE),
        S(["(五)"], ["市财政局"], ["各区、县(市)", "市财政局", "市教育局"], lead_alternatives=[[]],
          responsible_alternatives=[["各区", "县(市)", "市财政局", "市教育局"]],
          note=R2 + ", several clauses: 「各区、县(市)要…落实全市规范性津补贴发放的标准」 — 落实 is rule 2's whatever its object (round "
               "49), and 各区、县(市) a kind (round 32), one name as printed (the tuned answers keep 「各区、县级市」「各县、市、区政府」 "
               "whole; the split is accepted); 「市财政局要会同市教育局积极推行…」 — A会同B: lead A (lead [] accepted), responsible A, "
               "B (round 30); 「市审计部门要加大…力度」 — 加大 is no rule-2 verb; 「不低于当地公务员的待遇」 has no figure; " + NODATE),
        S(["(六)"], ["各级教育部门"], ["各级教育部门", "组织部门"], lead_alternatives=[[]],
          responsible_alternatives=[["各级教育部门"]],
          note=R2 + ": 「各级教育部门要在自己的权责范围内或会同组织部门建立…任期制…」 — A会同B＋verb: lead A (lead [] accepted), "
               "responsible A, B (round 30; round 34: the partner of 会同 in setting something up is a doer); 或 offers the way of "
               "doing it, not an option of whether (no 可, round 40) — RULING? 3 (A alone accepted); 各级 is kept with the kind (round "
               "39: 「各级各有关部门」); 「校长每届任期原则上3-5年」 — a usual term with no comparison word (round 40): no target; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: （三）–（七）, （七） CUT inside its first sentence 「财政按教职工工资总额1.5%的标准,预算落实中小学教」 — not "
            "sampled: its object is lost to the cut, and whether 「财政…预算落实」 pays (round 48: 纳入／列入预算) or does work "
            "(落实…经费) cannot be read from what is printed"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x253_04_wuhan-2022-gaishan-kongqi-zhiliang-gongzuo-fangan-zhengqiu-yijian-gao.txt"
plan(X04,
     title_note=NO_TITLE + "the draft's title 「武汉市改善空气质量2022年工作方案(征求意见稿)」 runs straight into its preamble after "
                "the site's chunk number 「1、」; line 1 is the site's 《….docx》 line",
     doc_no="", issuer="武汉市 (a draft for comment, 征求意见稿; the issuing body not named on the page)", date="2022 (its title)",
     level="city (武汉市)",
     source=page_source("https://m.taowenge.com/p-94541318.html"),
     style="a document site's preview: the site's 《….docx》 line, then chunks 「1、」「2、」「3、」 (site chrome, round 40) each a line "
           "of run-on text: title, preamble, 一、工作目标 (PM2.5 below 40 微克/立方米, 优良天数 above 78 %), 二、工作任务 (一) 1 .–2 . with "
           "「(责任单位:…)」 labels; the preview drops text after item 2's first lines, so item 3's number is lost and its label "
           "follows item 2's printed text; then 4. — CUT",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)", "1"], [], ["市重污染天气应急指挥部各成员单位"],
          lead_alternatives=[["市重污染天气应急指挥部各成员单位"]], **at(X04, "1 ."),
          note=R1 + ": 「(责任单位:市重污染天气应急指挥部各成员单位)」 — a label keeps every name it prints (round 33), members named "
               "as a group in a label are the item's units (round 39's 「成员单位：」 under a 分工 heading; round 35: 各成员单位 a kind); "
               "the item runs on across the chunk number 「2、」 (site chrome); " + ONE + "; the 2022 of 工作目标 is the goal's date "
               "(round 44): " + NODATE),
        S(["二", "(一)", "2"], [], ["市发改委", "市经信局", "各相关区人民政府"], **at(X04, "2 ."),
          note=R1 + ": the label 「(责任单位:市发改委、市经信局,各相关区人民政府)」 is printed after item 2's text, into which the preview "
               "jumped from 「武汉」 to 「强度,增加全市绿电…」 (item 3's words, its number lost): only what is printed is read (round "
               "48), so the label is 2's — RULING? 1; three names, 各相关区人民政府 a kind kept in a label (rounds 33, 37); lead [] (no "
               "牵头); 「组织东风本田…创建A级绩效企业」 adds nothing under a label (rule 1); " + NODATE),
        S(["二", "(一)", "4"], [], [], **at(X04, "4."),
          note="「4.积极开展燃煤锅炉整治」 then the chunk 「3、。推」 — the page ends before its label: " + NONE + " (round 53: a "
               "label that names nothing leaves the item to rule 2; 开展 without 组织 is no rule-2 verb); " + CUT + "; " + NODATE),
     ],
     plan_targets=[(40, "微克/立方米"), (78, "%")],
     phases=[], duties=[],
     notes=["3 leaves: 二/(一)/1, 2, 4 (item 3's number lost with the dropped text; 4 CUT); 一、工作目标 a section of goals",
            "plan targets: 「PM2.5年均浓度控制在40微克/立方米以下」 (以下, round 30) and 「优良天数比例达到78%以上」",
            "a 征求意见稿 (draft for comment) of a city's plan: taken as the page shows it (a plan with units in its labels)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x253_05_shiyan-2008-shijian-shishi-zeren-luoshi-ji-renwu-fenjie-fangan-p1.txt"
FIELDS = ("round 35: the numbered lines （一）责任领导 （二）责任单位 （三）协办单位 （四）项目内容及任务分解 （五）资金筹措 （六）完成时限 are the "
          "fields of one item, not tasks: the item is one task and its 责任单位 line its units label; 协办单位 are responsible "
          "beside it (round 47: 協辦單位 beside 主办／承办 lines); 责任领导 names a person (" + PERSON + ")")
plan(X05,
     title="2008年十件实事责任落实及任务分解方案（十堰市人民政府办公室关于印发2008年十件实事责任落实及任务分解方案的通知）",
     title_note="line 2, the notice's title as printed (the law site prints only the notice's title; the plan's own name inside "
                "it is accepted, round 45's pair)",
     doc_no="", issuer="十堰市人民政府办公室 (Hubei)", date="not shown (2008)", level="city (十堰市)",
     source=page_source("http://www.fsou.net/html/text/lar/170068/17006861_1.html"),
     style="a law site's split page 1: the site's name, the notice's title, then the page jumps to the last field 「(六)完成时限:"
           "2008年内」 of item 二 (lost), then items 三、 and 四、 each a field block; 四/(四) splits the work into 1、2、 — CUT in "
           "四/(五) before its 完成时限",
     leaf_tasks=2, count_alternatives=[3, 4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["三"], [], ["市教育局", "市财政局", "农业局", "各县市区人民政府", "武当山旅游经济特区", "十堰经济开发区"],
          targets=[(200, "所"), (1, "万元")], dl="(六)完成时限:2008年内", dln="2008-12",
          lead_alternatives=[["市教育局"]], responsible_alternatives=[["市教育局"]],
          note=FIELDS + "; names as printed (「农业局」 without 市, round 38); the 责任单位 field names one body and no 牵头: " + ONE
               + " — RULING? 2 (责任单位 beside 协办单位 as the lead, like 主办, round 44); 资金筹措's payers add nothing under the label "
               "(rule 1; round 48: cost verbs); targets: 「对农村200所中小学实施改水、改厕」 — the item's own number of work (round 44: "
               "「改造100户」) and 「每所学校补助1万元」 — the scheme's per-unit rate (round 25: 「每户补贴2000元」); the places' shares "
               "(丹江口市33所 …) and the sums 2000万 (「左右」, an estimate) and 200万元 are not checked; 「(六)完成时限:2008年内」: 年内 is "
               "December of the year (round 34)"),
        S(["四"], [], ["市交通局", "各县市区人民政府", "武当山旅游经济特区", "十堰经济开发区"],
          targets=[(1500, "公里"), (7500, "公里")], skip_deadline=True,
          lead_alternatives=[["市交通局"]], responsible_alternatives=[["市交通局"]],
          note=FIELDS + "; " + ONE + " (RULING? 2); targets: 「建设通村水泥路1500公里」 and 「将…7500公里村级水泥路纳入养护范围」 "
               "(the item's own numbers of work, round 44); the deadline is not checked: the page ends in （五） before the "
               "item's （六）完成时限 (a date the page lost, as plans-next208 x208_03), and the title's 2008 dates nothing (round 38)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: 三, 四 (field blocks, round 35); the orphan 「(六)完成时限:2008年内」 on line 5 is the last field of 二, whose "
            "heading the page lost — a field, no task; accepted: 3 (the orphan line, or 四/(四)'s 1、2、 read as leaves) and 4 (both)",
            "四/(四) 1、2、 divide the project's content (new roads, roads taken into maintenance) inside a field: read as the item's "
            "text (round 35's field block)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x253_06_zhen-quanlei-guanli-jizhong-zhengzhi-gongzuo-fangan.txt"
DUTIES_HEAD = ("round 34: under a 职责分工 heading every body the text gives work is a unit, and round 37: the objects of 组织 "
               "given work under such a heading are units")
plan(X06,
     title_note=NO_TITLE + "the piece's own title and its 一、 heading are lost; 「社区工作管理办法篇1」 is the compilation's piece "
                "header (round 48: a site's heading, not the plan's title line)",
     doc_no="", issuer="a 镇 (not named: 「在全镇范围内」, 农服中心, 派出所, 城管行政执法中队)",
     date="not shown (the site's 2023-08-21 is the site's)", level="town (a 镇, not named)",
     source=page_source("http://m.gaozhongzuowen.net/fw/xiezuo/2023082135494.html"),
     style="a 范文 site's compilation 「社区工作管理办法(精选8篇)」, 篇1: a town's 犬类管理集中整治 方案 whose title and 「一、指导思想」 "
           "heading are lost (its aims paragraph stands alone), 二、组织领导 (a group and its 犬管办 set up; 「各村(社区)、相关部门也要"
           "成立…,负责做好…」), 三、职责分工 with a lead-in paragraph and 1、–3、 「A负责…」 — CUT in 3、",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二"], [], ["各村(社区)", "相关部门"], responsible_alternatives=[[]],
          note="round 36 / round 51 (p47b): a childless point that gives work 「各村(社区)、相关部门也要成立相应的组织机构…,负责做好"
               "各自辖区、单位的…工作」 is a task (the count 3 without it is accepted: a 组织领导 point, round 49's x228_01); " + R2
               + ": the subject of 负责 is the villages and departments whose 「各自辖区、单位」 the work covers (round 34: a subject "
               "carries through its serial verbs) — RULING? 4 (round 41's 「设置…领导小组…，分别负责…」 reads the set-up bodies as the "
               "subject: none accepted); 相关部门 is a kind (round 33); the 领导小组 and its 犬管办 「具体负责…」 are set up by the "
               "item (rule 3; round 45: an office the item sets up names no unit); " + NODATE),
        S(["三", "1"], [], ["派出所"], lead_alternatives=[["派出所"]],
          note=DUTIES_HEAD + ": 「派出所负责养犬管理的日常指导工作」 — responsible 派出所 (rule 2, 负责); " + ONE
               + "; the lead-in 「各村(社区)、各部门要严格履行职责…」 names no doer by a rule-2 verb and gives the items nothing "
               "(rule 4); " + NODATE),
        S(["三", "2"], [], ["农服中心", "兽医站"], responsible_alternatives=[["农服中心"]],
          note=DUTIES_HEAD + ": 「农服中心组织兽医站负责…」 — 农服中心 by 组织＋work (round 34) and 兽医站, the object of 组织 given "
               "the work, a unit under the 职责分工 heading (round 37; outside such a heading it would be none, round 30: the "
               "alternative); lead [] (no 牵头); " + NODATE),
        S(["三", "3"], [], ["城管行政执法中队"], lead_alternatives=[["城管行政执法中队"]],
          note=DUTIES_HEAD + ": 「城管行政执法中队负责…的查处工作」; 「送交犬只留检所」 — the body that receives the dogs is no unit "
               "(rule 3: a body that only receives); " + ONE + "; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二 (a childless point that gives work) and 三/1–3 (3 CUT); the aims paragraph whose heading the page lost "
            "is no task (round 49: aims give no work); 三's lead-in paragraph is the section's opening text",
            "no date and no figure on the page"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x253_07_qu-yanhua-baozhu-jinfang-gongzuo-zhize-fengong-p1.txt"
R5 = ["各部门", "区委宣传部", "商委", "教委", "建委", "农林委", "公安派出所", "综治办", "街工办", "公安分局", "工商分局", "卫生局"]
R5_HEADS = ["区委宣传部", "商委", "教委", "建委", "农林委", "综治办", "街工办", "公安分局", "工商分局", "卫生局"]
plan(X07,
     title_note=NO_TITLE + "page 1 of a split copy that opens at item 3 (the title and items 1–2 are not on the page)",
     doc_no="", issuer="a 北京 district's government (「区政府禁放工作部署」; 清河、西三旗街道 and 东北旺乡 are 海淀区's; the page "
                       "names no district)",
     date="not shown", level="district (a 区 of 北京, 海淀 by its place names)",
     source=page_source("http://www.fymate.net/html/text/lar/173991/17399174_1.html"),
     style="a law site's split page: items 3、4、 (sentences with 组织), 5、 「各部门要各司其职…组织好各项禁放工作。其职责分工为:」 "
           "followed by ten unnumbered unit-colon paragraphs 「区委宣传部:…」「商委:…」…「卫生局:」 — CUT after the last label",
     leaf_tasks=3, count_alternatives=[12], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["3"], [], ["各乡(镇)政府", "街道办事处"], responsible_alternatives=[["各乡(镇)政府、街道办事处"]],
          note=R2 + ": 「…必须…制定本辖区内禁放的整体方案。特别是在禁放重点时段组织足够控制力量」 — 组织 is in rule 2's list whatever "
               "its object (round 43), and the subject carries to it in the paragraph (round 34); two heads (政府, 办事处), two "
               "names (round 35; 各 not shared, round 34; one name accepted); 「依据区政府禁放工作部署」 names no doer; lead [] "
               "(no 牵头); " + NODATE),
        S(["4"], [], ["清河、西三旗街道", "东北旺乡"], responsible_alternatives=[["清河", "西三旗街道", "东北旺乡"]],
          note=R2 + ": 「清河、西三旗街道和东北旺乡,要组织人力、物力…设立…标志」 — 组织 whatever its object (round 43); places "
               "before one head are one name as printed (rounds 31, 41: 「崇明、宝山、浦东等沿江各区」; the split accepted), 和 "
               "joins two names (round 34); lead [] (no 牵头); " + NODATE),
        S(["5"], [], R5,
          responsible_alternatives=[R5[1:], [n for n in R5 if n != "公安派出所"], [n for n in R5[1:] if n != "公安派出所"],
                                    ["各部门", "区委宣传部", "新闻单位", "商委", "公安", "供销社", "教委", "各中小学校", "建委",
                                     "农林委", "公安派出所", "综治办", "街工办", "公安分局", "工商分局", "卫生局"]],
          note="round 32: an item whose text is unnumbered paragraphs each opening with a body 「区委宣传部:…」 is one task, its "
               "units all the paragraphs' bodies in printed order (each once); 「其职责分工为:」 is a lead-in that gives out work "
               "(round 37: 「…具体职责为：」); 「各部门要…组织好各项禁放工作」 — 组织 with 好 as complement (round 49) makes 各部门 "
               "(a kind, round 44) a doer, named before the list it stands for — RULING? 5 (without it accepted); 「农林委:…协助"
               "公安派出所执法」「街工办:…协助公安派出所执法」 — the body a label's unit assists is responsible with it (round 41; 协助 "
               "reads as 配合); the objects of 协调／安排／通报 under a unit-colon label (新闻单位, 公安, 供销社, 各中小学校) are no "
               "units (round 44: 「宣传部门：」 gives the item's units, the objects of 组织／协调 in its text none of their own) — the "
               "wider reading under round 36's work heading is accepted; 「卫生局:」 — a label cut after its name still gives it "
               "(round 45); lead [] (no 牵头; round 32's section of unit paragraphs names no lead); no date (「寒假前和返校日」 is a "
               "yearly round, round 34): " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "掌握各乡的禁放工作信息,上报区禁放领导小组办公室", "when": "", "when_norm": None,
              "note": "5 (农林委, and 街工办 for 各街道): information sent to the plan's own office (round 32: a plan unit's sending to "
                      "the plan's office or leading group is a duty), undated"}],
     notes=["3 tasks: 3, 4, 5 (5 holds ten unit-colon paragraphs as its text, round 32); 12 accepted (the ten paragraphs read as "
            "items beside 3 and 4)",
            "「通报新闻单位」「及时向上级和有关单位通报信息」 (公安分局) go to bodies outside the plan's office: not checked as duties"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x253_08_qindu-qu-2008-chuangjian-guojia-weisheng-chengshi-shishi-fangan.txt"
HEAD = R1 + ": the unit heading over the items (a heading that names one body; its items take it)"
SEND = ("「按要求及时将双创所需的各种资料、材料报区双创办」 — sending material to the plan's own office: a duty (round 32), "
        "undated (及时)")
plan(X08,
     title="国家卫生城市方案",
     title_note="line 1, printed as the page's title line and not marked as a piece of a compilation (round 50 decided: such a "
                "line is the plan's own title); the preamble calls the plan 「我区2008年创建国家卫生城市工作实施方案」",
     doc_no="", issuer="秦都区 (咸阳, Shaanxi: 「秦都网站」, 「咸办字[2008]14号」 with the city masked 「**市」)",
     date="not shown (2008)", level="district (秦都区)",
     source=page_source("http://6dgww.com/Article/15574251.html"),
     style="an article site's copy: the title line, the preamble, 一、指导思想/和总体要求 (its heading broken over two lines; aims), "
           "二、任务及分工 with unit headings (一)区委区政府办公室 (二)区委组织部 (三)区委宣传部 (四)区直机关工委 (五)区财政局 over items "
           "1、2、…, most bodies' last item the same sending 「按要求及时将…报区双创办」 — CUT in (五)1、",
     leaf_tasks=11, count_alternatives=[10], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)", "1"], [], ["区委区政府办公室"], lead_alternatives=[["区委区政府办公室"]],
          note=HEAD + "; " + ONE + "; the preamble's 2008 and 指导思想's 「确保完成年内…指标任务」 are the goal's dates (round 44): "
               + NODATE),
        S(["二", "(二)", "1"], [], ["区委组织部"], lead_alternatives=[["区委组织部"]],
          note=HEAD + "; 「按照区双创领导小组要求」 names no doer (the body whose request is followed); " + ONE + "; " + NODATE),
        S(["二", "(二)", "2"], [], ["区委组织部"], lead_alternatives=[["区委组织部"]],
          note=HEAD + "; " + SEND + "; the item is a task (numbered, it gives work); " + ONE + "; " + NODATE),
        S(["二", "(三)", "2"], [], ["区委宣传部"], lead_alternatives=[["区委宣传部"]],
          note=HEAD + "; 「在秦都网站开辟专栏…」; " + ONE + "; " + NODATE),
        S(["二", "(四)", "1"], [], ["区直机关工委"], lead_alternatives=[["区直机关工委"]],
          note=HEAD + "; 「组织机关干部进行…测试」 (the persons it organises are no units, round 30); 「提高…知晓率和健康行为形成率」 "
               "carries no figure; " + ONE + "; " + NODATE),
        S(["二", "(五)", "1"], [], ["区财政局"], lead_alternatives=[["区财政局"]],
          note=HEAD + "; 「按照区委区政府提出的要求,」 — " + CUT + "; the heading's body still gives it its unit (rule 1); " + ONE
               + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "按要求及时将双创所需的各种资料、材料报区双创办", "when": "及时", "when_norm": None,
              "note": "二/(一)2、(二)2、(三)4、(四)2: " + SEND}],
     notes=["11 leaves: 二/(一)/1–2, (二)/1–2, (三)/1–4, (四)/1–2, (五)/1 (CUT); 10 accepted (without the cut item)",
            "the four items 「按要求及时将双创所需的各种资料、材料报区双创办」 open alike but sit under different headings: their paths "
            "tell them apart"])

write_collected(DIR)
