# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next266/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c266, round 52: seven page openings of city and county pages from outside
Shanghai that give work to named bodies — an XX县's 2022 法治政府建设 工作计划 (a 范文 page, 〔牵头单位:…;责任单位:…〕 after each
item, items numbered 1.–3. across the headings, CUT in 3.'s label); 黟县's 2007 创建国家环保模范城市 task list (「牵头单位:…;
责任单位:…」 lines after each 任务要求, CUT at 五、); 太原市's 2003 转发 of the 市交通局's SARS 防疫检测 方案 (二、工作职责 (一)–(三),
三、 site lists, CUT); 中卫市's 2010 春节 节日氛围营造 通知 (unnumbered paragraphs 「由A牵头／由A负责…」, page 1 of 2); 青岛市's 2023
基本养老服务体系 实施意见 (a traditional-character mirror with inline pinyin, 「（市民政局牽頭，各區(qū)、市政府負(fù)責(zé)落實(shí)。以下各項(xiàng)
工作均需…不再一一列出。）」, CUT in 2.); 贵阳市's 2010 清明 纪念革命先烈活动 通知, page 2 ((三) and 三、, an attached quota table);
融水苗族自治县's 2009 全民植树大行动 补充通知 (一、–三、, 「补充责任单位:财政局」, dated steps)): never tune the parser on them
(see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py where the number opens
its line, ``at`` where it stands inside a line, ``para`` for an unnumbered paragraph); every answer was written here by
reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings of rounds 30–60 are cited in the
notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c266.

    python tests/data/plans-next266/make_expected.py tests/data/plans-next266
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, NODATE, S, at_line_in, page_source, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# For an item whose number stands inside a line (a 范文 page's run-on lines): the line where the nth marker ends and the
# first eight characters after it, stopping at the line's end.
at = partial(at_line_in, DIR)


def para(file, words):
    """Line and first eight characters of the one paragraph that starts with ``words`` (an unnumbered paragraph of a
    notice with no numbering, path by first words: round 38)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, x in enumerate(lines) if x.strip().startswith(words)]
    assert len(hits) == 1, (file, words, hits)
    return {"line": hits[0] + 1, "title_starts": lines[hits[0]].strip()[:8]}


R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
ONE = "lead [] (no 牵头 named), the single body as the lead accepted (plans-dev 03 一)"
PERSON = "a person is never a unit (round 30; round 34: 负责人; round 36/45: hired persons; round 42: 干部 are persons)"
NO_TITLE = "title not checked: "

# ---------------------------------------------------------------------------------------------------------
X01 = "x266_01_xx-xian-2022-fazhi-zhengfu-jianshe-gongzuo-jihua.txt"
L_ALL = ["县政府办公室", "县司法局", "县教育体育局"]
L_TWO = ["县政府办公室", "县司法局"]
TAIL = ["县政府各部门", "各镇人民政府(街道办事处)"]
TAIL_SPLIT = ["县政府各部门", "各镇人民政府", "街道办事处"]
plan(X01,
     title="XX县2022年法治政府建设工作计划",
     title_note="line 2 「- 1 - XX 县 2022 年法治政府建设工作计划」: 「- 1 -」 is the PDF's page mark (the site's chrome, rounds 40, 53) "
                "and the spaces are the PDF's (the scorer squashes them); line 1 「下面是小编为大家整理的…,供大家参考。」 is the 范文 site's "
                "chrome",
     doc_no="", issuer="an XX县 (masked: 「XX 县法治政府建设实施方案(2021-2025 年)」; 各镇人民政府(街道办事处))",
     date="not shown (the plan's year 2022 is in its title)", level="county (XX县, masked)",
     source=page_source("https://jsjlds.com/gongzuojihua/13035.html"),
     style="a 范文 site's copy of a PDF: the site's intro, the title after the page mark 「- 1 -」, a preamble, then headed points whose "
           "items are numbered 1.–3. ACROSS the headings (一、 1.; 二、 2. 3.), each item closed by a bracket label "
           "〔牵头单位:…;责任单位:…〕 that runs into the next heading or item on the same line; a page mark 「- 2 -」 inside item 3; "
           "CUT inside 3.'s label at 「责任单位:县政府各部」",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], L_ALL, L_ALL + TAIL, responsible_alternatives=[L_ALL + TAIL_SPLIT],
          **at(X01, "思想 1."),
          note=R1 + ": the bracket label after the item 「〔牵头单位:县政府办公室、县司法局、县教育体育局;责任单位:县政府各部门,各镇人民"
               "政府(街道办事处)〕」 (at the start of line 5, before 「二、」) gives lead the three 牵头 bodies and responsible them and the "
               "责任单位 list; 县政府各部门 is a kind (round 44: 各部门 a kind; round 33 labels keep their names); 「各镇人民政府(街道办事处)」 "
               "is one name with a bracket of one alternative (round 37: a bracket of one alias stays), the split reading accepted; "
               "the item's number 「1.」 runs in after the heading 「一、持续推进学习宣传贯彻习近平法治思想」 on the same line; " + NODATE),
        S(["二", "2"], L_TWO, L_TWO + TAIL, responsible_alternatives=[L_TWO + TAIL_SPLIT], targets=[(1, "次")],
          **at(X01, "2."),
          note=R1 + ": 〔牵头单位:县政府办公室、县司法局;责任单位:县政府各部门,各镇人民政府(街道办事处)〕 after the item's text on the "
               "same line; 「党政主要负责人每年召开…年度重点工作会议不少于 1 次」 — a frequency with a floor is a target (round 35; round "
               "30's 不少于): 1 次; 「制定…年度工作计划并组织实施,落实…年度报告制度,按时报送并向社会公开」 — a yearly report sent (a duty, "
               "listed below); the numbering 2. continues from 1. under the next heading 「二、压实法治政府建设第一责任人职责」 (paths as "
               "printed, plans-dev); no one-off date (年度 is a rhythm, round 34): " + NODATE),
        S(["二", "3"], L_TWO, L_TWO, targets=[(2, "次"), (1, "次")], dl="年内", dln="2022-12",
          **at(X01, "3."),
          note=R1 + ": the label 「〔牵头单位:县政府办公室、县司法局;责任单位:县政府各部」 is CUT by the page inside its last name: the "
               "torn name is dropped (round 36; round 53: a torn name names no whole body), so responsible is the two leads; the item's "
               "text runs over the page mark 「- 2 -」 (chrome, rounds 40, 53); 「年内分别组织 2 次以上法治专题讲座至少组织 1 次…旁听庭审"
               "活动」 — events an item holds with a floor are its targets (rounds 30, 35, 58): 2 次 (以上), 1 次 (至少); 「年内」 is "
               "December of the plan's year (round 34; the year 2022 from the plan's own title line, EXPECTED.md); 「定期研究」 is a "
               "rhythm; " + CUT),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "法治政府建设年度报告 按时报送并向社会公开", "when": "年度(按时报送)", "when_norm": "yearly",
              "note": "2.: 「落实法治政府建设年度报告制度,按时报送并向社会公开」 — a yearly report sent to inform (rounds 35, 44; round 41's "
                      "yearly plan); the receiver is not named"}],
     notes=["3 leaves: 一/1, 二/2, 二/3 (CUT in its label); the headings 一、 二、 have children (not tasks); the items are numbered "
            "1.–3. across the headings, as printed",
            "each label stands AFTER its item's text and runs into the next heading or item on the same line (「…教育活动。\\n〔牵头…〕 "
            "二、压实…」, 「…不少于 1 次。〔牵头…〕 3.县政府…」): the label closes the item before it (rule 1)",
            "the spaces inside 「XX 县 2022 年」「不少于 1 次」「2 次以上」 are the PDF's"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x266_02_yixian-2007-chuangjian-guojia-huanbao-mofan-chengshi-shishi-fangan.txt"
plan(X02,
     title="市创建国家环保模范城市工作实施方案",
     title_note="line 1, as printed by the 公文 site (the body is the county's part: 「全县」「县公安局」「《黟县推进循环经济工作实施"
                "意见》」); no other title is printed",
     doc_no="", issuer="黟县 (Anhui; its 县公安局, 县旅游局, 县经贸局, 县发改委 — the county's task list for the 市's 创模)",
     date="not shown (the items' year 2007)", level="county (黟县)",
     source=page_source("http://6dgww.com/Article/15574017.html"),
     style="a 公文 site's page: the title, then headed points 一、–五、; 一、 has (一)(二), each 「任务要求。…」 with a label line "
           "「牵头单位:A;责任单位:B、C。」 under it; 二、三、四、 are childless points with one 「任务要求。…」 paragraph and a label line each; "
           "五、 is a heading only — CUT by the site's 「(未完,全文共2014字,当前显示627字)」 and 「(请认真阅读下面的提示信息)」 (chrome)",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=["五、实现重点工业企业污染物稳定达标排放"],
     samples=[
        S(["一", "(一)"], ["县公安局"], ["县公安局", "县环保局", "县交通局"], dl="2007年", dln="2007-12",
          note=R1 + ": the label line under the item 「牵头单位:县公安局;责任单位:县环保局、县交通局。」 (round 38: 责任单位 beside "
               "牵头单位 gives responsible, the lead included); 「2007年所有进行年检的车辆实施尾气排放检测」 — a year inside the item that "
               "says when its own work is done is its deadline, December of that year (round 46 decided; RULING? — see README: the year "
               "may be read as only picking the vehicles, round 41's cut-off)"),
        S(["一", "(二)"], ["县人民政府"], ["县人民政府", "县公安局", "县环保局", "县交通局"], targets=[(80, "%")],
          dl="2007年", dln="2007-12",
          note=R1 + ": the label 「牵头单位:县人民政府;责任单位:县公安局、县环保局、县交通局。」 decides, and the sentence 「县政府负责对…"
               "专项经费的落实」 adds nothing (rule 1; the body is the label's 县人民政府 anyway); 「检测率要大于80%」 — 大于 is a "
               "comparison word (round 32): target 80 %; the year 2007 of the work (round 46)"),
        S(["二"], ["县旅游局"], ["县旅游局", "县环保局", "县林业局"], targets=[(70, "%")], dl="到2007年底", dln="2007-12",
          note=R1 + ": 「牵头单位:县旅游局;责任单位:县环保局、县林业局。」; a childless headed point whose text gives work and carries a "
               "label is a task (round 34 early; round 51, p47b); 「到2007年底,三星级以上宾馆“绿色饭店”比例大于70%」 — target 70 % "
               "(大于, round 32); 「三星级以上的宾馆」 names the class the work bears on (round 34: 「四星级以上宾馆」 is a class; round "
               "58), no target (not checked: the grade is written in words)"),
        S(["三"], ["县经贸局"], ["县经贸局", "县发改委", "县统计局"], targets=[(4, "%"), (1.4, "吨标煤/万元")], dl="确保2007年",
          dln="2007-12",
          note=R1 + ": 「牵头单位:县经贸局;责任单位:县发改委、县统计局。」; 「确保2007年全县总体能耗下降4%」 — the item's goal figure "
               "(round 25): 4 %; 「规模以上企业单位工业增加值能耗小于1.4吨标煤/万元」 — 小于 (round 32): 1.4 吨标煤/万元 (「规模以上企业」 "
               "is a class, not a figure); the goal's year 2007 (round 46)"),
        S(["四"], ["县发改委"], ["县发改委", "县经贸局", "县农委", "县建设局", "县环保局"], targets=[(1, "个"), (4, "个")],
          dl="2007年10月底前", dln="2007-10",
          note=R1 + ": 「牵头单位:县发改委;责任单位:县经贸局、县农委、县建设局、县环保局。」; 「2007年10月底前制定并出台《黟县推进循环"
               "经济工作实施意见》」 dates the item (底 keeps the month, round 33); the numbers the item builds are its own work (round "
               "37): 新建…基地1个, 示范村4个 (the bracket's 「其中…2个」 is a part of the 4)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 tasks: 一/(一), 一/(二), 二, 三, 四; 五、 is a heading whose text the page lost (only what is printed is read, round 48): a "
            "section with no text (plans-dev); 6 with 五 accepted (its heading names work, like its siblings')",
            "the label lines 「牵头单位:…;责任单位:…。」 stand under each 任务要求 paragraph: each is its item's label (rule 1), the "
            "lead included in responsible (EXPECTED.md)",
            "the title says 「市」 and the body 「县」: the county's share of the city's 创模 (黄山市), read as printed"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x266_03_taiyuan-2003-shijie-gonglu-churukou-sars-fangyi-jiance-gongzuo-fangan.txt"
WORK_HEADING = "round 35/38: 「二、工作职责」 is a heading that gives out work (「X职责」「工作职责」)"
plan(X03,
     title="太原市市界和市区界公路出入口SARS疫情防疫检测工作方案（太原市人民政府办公厅转发市交通局关于太原市市界和市区界公路出入口SARS疫情防疫检测工作方案的通知）",
     title_note="the forwarded plan's own title line 14 (round 60: the plan's own title line after its cover is its title); the cover "
                "notice's title (line 2, again over lines 4–5) is accepted as the pair (round 45)",
     doc_no="并政办发[2003]52号", issuer="太原市人民政府办公厅 (forwarding the 市交通局's 方案)", date="二00三年五月一日 (2003-05-01)",
     level="city (太原市)",
     source=page_source("http://www.fymate.net/html/text/lar/168995/16899546.html"),
     style="a law site's page (「法搜网--中国法律信息搜索网」): the notice's title twice, its number, addressees, the forwarding paragraph "
           "(「决定从5月1日起…设立路卡…现将…转发给你们」), a long run of spaces before the date, the plan's title, 「(市交通局 2003年5月1日)」, "
           "a preamble 「…由各县(市、区)政府在辖区内…设立SARS疫情防疫检测点…」, 一、目的 (aims), 二、工作职责 (一)–(三), 三、…设置分布 "
           "(一)小店区 with site lines — CUT at 「108国道」",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、目的"],
     samples=[
        S(["二", "(一)"], [], ["各县(市、区)人民政府"], lead_alternatives=[["各县(市、区)人民政府"]],
          note=R2 + ": 「公路出入口设卡和防疫检测工作,由各县(市、区)人民政府负责组织实施」 — 由A负责组织实施; 「各县(市、区)」 is one "
               "kind as printed (round 32: 各县（市、区） a kind); " + WORK_HEADING + "; " + ONE + "; 「从5月1日起」 in the cover is a "
               "start, no end: " + NODATE),
        S(["二", "(二)"], [], ["公路收费站", "当地政府"],
          responsible_alternatives=[["公路收费站"], ["太原市境内的公路收费站", "当地政府"], ["太原市境内的公路收费站"]],
          note=WORK_HEADING + ": under it every body the text gives work is a unit, in 「B配合A开展…」 both (round 36): 「太原市境内的公路"
               "收费站要配合当地政府搞好…检测工作」 — the 的-rule leaves 公路收费站 (round 32; sites made actors are bodies, round 37), "
               "当地政府 a body by its head (政府), unlike the bare 属地 (round 57); lead [] (no 牵头); the reading without the partner "
               "(rounds 46, 54: the served authority is a unit only by its own verb or under a work heading) and the whole phrase are "
               "accepted (RULING? — see README); " + NODATE),
        S(["二", "(三)"], [], ["市交通局"], lead_alternatives=[["市交通局"]],
          note=R2 + ": 「市交通局负责对各县(市、区)防疫检测点的设置及工作情况进行督查落实」 — A负责; 各县(市、区) stands inside the "
               "object's description (「…防疫检测点的设置」: round 30, a body inside a noun's description is no doer); " + ONE + "; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: 二/(一)–(三); 一、目的 states the aim (a section, round 49); 三、…设置分布 (一)小店区 lists where the points stand "
            "(「市界公路出口、设点位置:武峪线(县道) 许西收费站 108国道」): a field that only says where (round 44), no task; the count "
            "4 with 三/(一) as a leaf is accepted",
            "the preamble's 「由各县(市、区)政府…设立…检测点」 gives units to no item (round 40: a plan's preamble before its first "
            "section); two documents under one cover: the forwarded plan's items are the tasks (CONVENTIONS, Two documents)",
            "「5月1日」「2003年5月1日」 date the notice and the plan, not items"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x266_04_zhongwei-2010-chunjie-jieri-fenwei-yingzao-tongzhi.txt"
P1 = "所有的行政机关、企事业单位、学校、驻卫部队"
P2 = "由市委宣传部牵头"
P3 = "由市住房和城乡建设局负责"
P4 = "由市规划管理局负责"
P5 = "由市工商行政管理局负责"
PARAS = "round 38: unnumbered paragraphs of a notice with no numbering, each giving work, are its tasks (path by first words)"
plan(X04,
     title="中卫市人民政府办公室关于切实做好2010年春节节日氛围营造工作的通知",
     title_note="lines 2 and 4 (the site's headline and the notice's own title line, alike)",
     doc_no="", issuer="中卫市人民政府办公室 (宁夏)", date="not shown on page 1 (the year 2010 from the title)", level="city (中卫市)",
     source=page_source("http://ask.fsou.com/html/text/lar/171690/17169087.html"),
     style="a law site's page 1 of 2: title twice, addressees 「沙坡头区工作办公室,市政府各部门、直属机构:」, a lead-in 「…现就有关事宜"
           "通知如下。」, then five unnumbered paragraphs each giving work (「所有的行政机关…必须…」, 「由市委宣传部牵头,…」, 「由市住房和城乡"
           "建设局负责,…」, 「由市规划管理局负责,…」, 「由市工商行政管理局负责,…」), the site's 「第 [1] 页 共[2]页」 and links (chrome)",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S([P1], [], [], dl="于2月7日(星期日)前", dln="2010-02-07", **para(X04, P1),
          note=PARAS + "; 「所有的行政机关、企事业单位、学校、驻卫部队,于2月7日(星期日)前,必须在门前悬挂灯笼、国旗和彩旗」 — a call to "
               "every body (悬挂 is no rule-2 verb; 所有的… addresses all): " + NONE + "; the year 2010 from the notice's own title "
               "(EXPECTED.md: years left implicit are resolved from the plan's title); the count 4 without this paragraph is accepted"),
        S([P2], ["市委宣传部"], ["市委宣传部"], **para(X04, P2),
          note=R2 + ": 「由市委宣传部牵头,对高速公路入口…全部悬挂国旗、彩旗」 — 由A牵头 with no partner named: lead and responsible A; "
               "the date of the paragraph before is that paragraph's own (round 44 decided; round 57: a date is its own item's), and "
               "春节 in the title alone dates nothing (rounds 38, 46): " + NODATE),
        S([P3], [], ["市住房和城乡建设局"], lead_alternatives=[["市住房和城乡建设局"]], dl="确保2月7日(星期日)晚", dln="2010-02-07",
          **para(X04, P3),
          note=R2 + ": 由A负责; 「…进行清洁、维修…确保2月7日(星期日)晚,所有路灯、景观灯全部开启」 — the item's own date (2010 from the "
               "title); " + ONE),
        S([P4], [], ["市规划管理局"], lead_alternatives=[["市规划管理局"]], **para(X04, P4),
          note=R2 + ": 由A负责, 「切实做好主要街道和公共场所的灯笼悬挂和国旗、彩旗插挂工作」; " + ONE + "; " + NODATE),
        S([P5], [], ["市工商行政管理局"], lead_alternatives=[["市工商行政管理局"]], **para(X04, P5),
          note=R2 + ": 由A负责; " + ONE + "; the last paragraph of page 1 (the page says 「第 [1] 页 共[2]页」: more follows); "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 tasks: the five unnumbered paragraphs after the lead-in (round 38); 4 accepted (the first paragraph, addressed to all, "
            "read as a call with no task)",
            "paths by first words (round 38): the paragraphs carry no numbers on this copy",
            "「第 [1] 页 共[2]页」, 「上面法规内容为部分内容…」, 【发表评论】【互动社区】 and 相关文章 are the site's"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x266_05_qingdao-2023-jiben-yanglao-fuwu-tixi-jianshe-shishi-yijian.txt"
QU = "各區(qū)、市政府"
plan(X05,
     title_note=NO_TITLE + "the page opens at the addressees 「各區(qū)、市人民政府,…」; the document's title is not printed on it",
     doc_no="", issuer="青島(青岛)市人民政府 (「經(jīng)市政府同意,提出以下實(shí)施意見」; 青島西海岸新區(qū)管委)",
     date="not shown (the mirror's path 202312/t20231228; 魯政辦發(fā)〔2022〕18號 cited)", level="city (青岛市)",
     source=page_source("http://facial-palsy.com/zwgk/xxgk/bgt/gkml/gwfg/202312/t20231228_7750739.shtml"),
     style="a mirror in traditional characters with inline pinyin 「區(qū)」「實(shí)」「負(fù)責(zé)」 and a few characters lost to 「?」 "
           "(「當?shù)刈畹蜕畋U蠘?biāo)準(zhǔn)的15倍」); addressees, a preamble, 一、 heading, 1. with its bracket label and a standing units "
           "line 「（市民政局牽頭,各區(qū)、市政府負(fù)責(zé)落實(shí)。以下各項(xiàng)工作均需各區(qū)、市政府負(fù)責(zé)落實(shí),不再一一列出。）」, 2. — CUT at "
           "「落實(shí)經(jīng)濟(jì)困難」",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], ["市民政局"], ["市民政局", QU], responsible_alternatives=[["市民政局", "各區、市政府"]],
          note=R1 + ": the bracket label 「(市民政局牽頭,各區(qū)、市政府負(fù)責(zé)落實(shí)。…)」 — lead 市民政局, responsible it and "
               "「各區(qū)、市政府」, one name (levels before one head, round 30's 「市、区X部门」), the site's inline pinyin kept as printed "
               "(round 39; round 59: 「農業(yè)局」), the name without the pinyin accepted (round 59: 農業局 accepted); the same bracket's "
               "「以下各項(xiàng)工作均需各區(qū)、市政府負(fù)責(zé)落實(shí),不再一一列出」 is a standing units line (round 39); " + NODATE),
        S(["一", "2"], [], [QU], responsible_alternatives=[["各區、市政府"]],
          note="round 39: the standing units line of 1. 「以下各項工作均需各區、市政府負責落實,不再一一列出」 gives 各區(qū)、市政府 as "
               "responsible to every later item beside its own units, its lead unchanged; 2.'s own bracket label is lost to the cut "
               "(only what is printed is read, round 48), so lead [] and responsible the standing line's body (the pinyin-less form "
               "accepted); 「基本生活標準按照當?…標準的15倍執行」 — the figure stands beside the mirror's lost characters (「?」; the "
               "source's 1.5 is not printed): not checked; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: 一/1, 一/2 (CUT); the heading 一、 has children",
            "the mirror's inline pinyin and its 「?」 for lost characters are kept as stored (a round-41 broken encoding is not "
            "repaired here: the page does not round-trip)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x266_06_guiyang-2010-qingming-jinian-geming-xianlie-huodong-tongzhi-p2.txt"
plan(X06,
     title_note=NO_TITLE + "page 2 of the notice: line 2 is only the law site's headline over the page (round 45: a site's "
                "headline); the notice's own title line stands on page 1, not printed here",
     doc_no="", issuer="贵阳市人民政府办公厅", date="二○一○年三月二十九日 (2010-03-29)", level="city (贵阳市)",
     source=page_source("http://fsou.com/html/text/lar/171911/17191141_1.html"),
     style="a law site's page 2 of 3 (「第 [1] [2] 页 共[3]页」): the site's headline, then the notice from inside its section 二 (the "
           "heading is on page 1): 「(三)…由市民政局负责,…」, 「三、加强组织领导,…」 with one paragraph, the 附件 line, the date, and "
           "附件 「贵阳各界参加纪念革命先烈大会人数分配表」 (bodies and numbers of persons, one cell a line)",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(三)"], [], ["市民政局", "公安、林业及相关部门", "新闻单位"], lead_alternatives=[["市民政局"]],
          responsible_alternatives=[["市民政局", "公安", "林业", "相关部门", "新闻单位"], ["市民政局", "公安、林业及相关部门"],
                                    ["市民政局"]],
          targets=[(1, "次")], dl="清明节前一周", dln="2010-04",
          note="round 59 decided: a later page whose page 1 did not come back is read as printed; its section heading (二) stands on "
               "page 1, so the path is the printed number alone; " + R2 + ": 「…协调联系、检查落实工作由市民政局负责」 (由A负责), then "
               "「公安、林业及相关部门要积极配合」 (B配合 after a doer: responsible, rounds 30, 34) — fields closed by a shared head, one group as "
               "printed (round 49: 「财政及相关部门」 one name; round 42 continued; round 31), the split reading accepted — and 「新闻单位要配合做好…宣传报道」 (a kind, 配合 "
               "after the doer, round 30); 「各区、市、县人民政府要对…作一次全面检查」「公安部门要做好…」「市林业局要做好…」 use no rule-2 "
               "verb (round 30: a closed list); " + ONE + "; 「作一次全面检查」 — an event the item holds, 1 次 (rounds 52, 58); "
               "「清明节前一周」 dates the item by the festival's month in the plan's year (rounds 40, 46: 2010-04, 清明 2010-04-05), "
               "which also holds the free-entry days 「2010年4月2日至4月5日」"),
        S(["三"], ["各地民政局"], ["各地政府", "各地民政局", "民政部门"], lead_alternatives=[[]],
          responsible_alternatives=[["各地政府", "各地民政局"], ["各地民政局", "民政部门"]], dl="清明节期间", dln="2010-04",
          note="a childless top-level point 「三、加强组织领导,…」 whose paragraph gives work to doers is a task (round 36; round 51, "
               "p47b); 「各地政府为组织领导部门,各地民政局为牵头实施单位」 — 为 with a duty word designates as 作为 does (round 58: 「A为…"
               "牵头责任单位」), so 各地民政局 is the lead (the empty lead accepted: 为 in a sentence, not a label) and 各地政府 a doer; "
               "「各地政府和民政部门要…认真组织实施」 — 组织实施 (rule 2), 和 joins two names (round 34), 民政部门 printed as a second name "
               "for the same bodies (round 48: one body printed two ways is given as printed), the list without it accepted; 各地 "
               "before 政府／民政局 is no bare 各地 (round 32's no-kind word stands alone; these have heads: RULING? — see README), the list "
               "without 各地政府 accepted; 「清明节期间开展…活动」 — a "
               "festival's period in the point's own text (round 46 decided): 2010-04"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 tasks: (三) and 三; the 附件 line ends the body (EXPECTED.md: tasks are counted to the 附件 line); the attached "
            "「人数分配表」 lists bodies and numbers of persons with no row numbers and no work: a quota list, no task rows (round 42: a "
            "flattened quota list names no doer); its figures (150人 … 1400人) are not targets of any item",
            "「二○一○年三月二十九日」 dates the notice; the year 2010 is printed in (三)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x266_07_rongshui-2009-chunji-zaolin-quanmin-zhishu-buchong-tongzhi.txt"
plan(X07,
     title="融水苗族自治县人民政府办公室关于今春造林季节实施城乡绿化及集中开展全民植树大行动的补充通知",
     title_note="lines 2 and 4 (the site's headline and the notice's title line, alike)",
     doc_no="融政办发〔2009〕20号", issuer="融水苗族自治县人民政府办公室 (广西)", date="not shown on page 1 (2009 in the items)",
     level="county (融水苗族自治县)",
     source=page_source("http://ask.fsou.com/html/text/lar/173183/17318386.html"),
     style="a law site's page 1 of 2: title twice, number, addressees 「县直各单位:」, a lead-in citing 融办发〔2009〕4号, then 一、二、三、 "
           "childless points with dated steps (「2009年2月19日上午…于9时」, 「于2009年2月18日前挖好植树坑,19日统一种植」, 「于2009年2月18日"
           "下午3:30时」), 二、 opening 「县城园林路绿化点补充责任单位:财政局。」; the site's page line",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="2009年2月19日", dln="2009-02-19",
          note="「县直所有参加…大行动的人员,2009年2月19日上午统一着劳动装,自带好造林用工具,于9时准时到达绿化点开展造林绿化工作」 — the "
               "notice's own instruction (a childless point that gives work, round 34 early; round 51, p47b), addressed to persons: "
               + PERSON + "; " + NONE + "; the item's own date; the count 2 reading it as no task (persons' instructions, round 46's post "
               "holder) is accepted"),
        S(["二"], ["建设局"], ["建设局", "财政局"], lead_alternatives=[[]], responsible_alternatives=[["财政局"]],
          targets=[], not_targets=[(5, "个工作日")], dl="19日统一种植", dln="2009-02-19",
          note="aligned by Round 62 rulings (Units, turned: 补充 says by its own word that it adds a body to the doers the item "
               "has, beside the item's own 由建设局牵头; lead [] → [建设局], responsible [财政局] → [建设局, 财政局]; the builder's "
               "reading below stays accepted). Builder: " + R1 + " (RULING? — see README): 「县城园林路绿化点补充责任单位:财政局」 is a unit-colon label of the point (round 57: 责任单位 "
               "names no lead; round 59's x260_07: the label decides, the sentence's leads accepted), so lead [] and responsible "
               "[财政局]; the sentence reading 「由建设局牵头组织责任单位…挖好植树坑」 (由A牵头, round 30) and 「建设局…组织责任单位开展造林"
               "绿化工作」 (组织＋work; 责任单位, the pivot's object, is no unit) is accepted: lead 建设局, responsible 建设局, 财政局; "
               "「该绿化点的责任单位对所种植的树实行“三包”」 points back (round 34); dates 「于2009年2月18日前挖好植树坑,19日统一种植」: "
               "the latest is the deadline (round 34), 2009-02-19; 「在5个工作日内搞好设计」 is a limit counted from now, the deadline "
               "rule, no target (round 33)"),
        S(["三"], ["自治县林业局"], ["自治县林业局"], targets=[(1, "名")], dl="2009年2月19日上午8:30时", dln="2009-02-19",
          note=R2 + ": 「由自治县林业局牵头组织于2009年2月18日下午3:30时前往现场熟悉场地」 — 由A牵头 (lead and responsible A); 「请该"
               "绿化点的九个责任区牵头单位(县委办、…、贝江河林场)派负责人(或工作人员)1名」 — the request form names a doer only with "
               "负责／牵头／组织 (round 30): 派 is no rule-2 verb, so the nine bodies are no units; 「由各单位安排」 is a general call "
               "(round 33); the persons an item sends are its own number of work (round 57): 1 名; dates 2月18日下午 and 2月19日上午 — "
               "the latest, 2009-02-19 (round 34)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 tasks: 一、二、三、 (childless points that give work, round 34 early); 2 accepted (一、 read as persons' instructions, "
            "no task)",
            "融办发〔2009〕4号 (the first notice this one adds to) is a document number, no target; 「九个责任区牵头单位」 counts bodies in "
            "words, no target"])

write_collected(DIR)
