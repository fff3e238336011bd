# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next28/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by corpus28; page openings of plans from outside Shanghai, in fields
no earlier set has: 森林草原防灭火, 安全生产大检查, 防范非法集资, 河道采砂, 政务服务, 学校安全, 就业创业, 文物保护):
never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``
of ../plans/expected_tools.py, or by ``at`` where an item's number is not at its line's start or its parent heading has
no number); every answer was written here by reading the texts. Neither the parser nor the scorer was run on these
plans by corpus28: the lead scores them once.

    python tests/data/plans-next28/make_expected.py tests/data/plans-next28
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
         CUT,  # noqa: E402
         YEAR,
         S,
         at_in,
         page_source,
         plan,
         write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

PROSE = ("no unit is named for the item (the subjects in the text are prose, roles or category words): "
         "lead = [], responsible = []")
GOALS = ("a section of aims, principles, scope or a leading group (指导思想/工作目标/组织领导…) with no numbered children: "
         "no task; with it counted is accepted")
NO_TITLE = "title not checked: the page does not show the plan's title"
MASKED = "the year is masked on the page (「20__」/「xx」): the deadline is not checked"
at = partial(at_in, DIR)



# ---------------------------------------------------------------------------------------------------------
plan("x28_01_zhen-20xx-senlin-caoyuan-fangmiehuo-gongzuo-fangan.txt",
     title="森林草原防灭火工作方案",
     title_note="line 4 (the site's heading) or line 8 without the collection's ordinal 「 篇1」; the text calls itself "
                "「本工作方案」 of 「我镇」",
     doc_no="", issuer="a town (「我镇」, 「____镇」: the name is blanked on the page; province not given)",
     date="(masked: 「20__—20__年」; page date 2023-12-26)", level="town (place blanked)",
     source=page_source("http://5zuowen.com/wendang/fangan/73005.html"),
     style="an essay site: welcome line, breadcrumb, heading, date line, 「…方案 篇1」, preamble, 一、目标任务 (aims with a "
           "rate goal written 「0。8‰」), 二、组织领导 (a command post with EMPTY name fields 「指挥长:」「副指挥长:」「成员:」 and "
           "blanks 「____」), 三、工作安排 / 「(一)第一阶段(准备阶段)(20__年9月1日-20__年10月30日)」 with 1、–4、 (cut)",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、目标任务", "二、组织领导"],
     samples=[
        S(["三", "(一)", "1"], [], [], skip_deadline=True,
          note=PROSE + " (「层层签订…责任状」 has no subject); the phase heading (一) gives the window 「20__年9月1日-20__年10月30日」: "
                       + MASKED),
        S(["三", "(一)", "2"], [], [], skip_deadline=True,
          note=PROSE + " (「组建镇、村半专业扑火队」: 镇/村 are levels; 半专业扑火队员、生态护林员、专职消防员 are the people "
                       "trained); 《____镇森林草原防灭火应急演练方案》 is a document; " + MASKED),
     ],
     plan_targets=[{"number": 0.8, "unit": "‰"}],
     phases=[{"name": "准备阶段", "start": None, "end": None}],
     duties=[],
     notes=["4 leaves: 三/(一)/1、–4、 (4、 cut); 3 without the cut item; 一、 and 二、 are sections (" + GOALS + ")",
            "plan target: 「实现全镇森林火灾受害率控制在0。8‰以内」 — the 「。」 stands for a decimal point (0.8‰, a common "
            "forest-fire loss-rate goal); 到2030年 is the horizon of the aims, not a deadline",
            "phase: 「(一)第一阶段(准备阶段)(20__年9月1日-20__年10月30日)」: months 09→10 of a masked year, so start and end "
            "are null; its name is 准备阶段 (第一阶段 is its ordinal)",
            "the command post's members are empty fields and 「____同志」 a blanked person: no units; 镇林业站 is the seat of "
            "the office, not a task's unit",
            "「20__年10月1日至20__年5月31日」 is the fire season (重点时段), not a deadline"])

# ---------------------------------------------------------------------------------------------------------
plan("x28_02_xian-anquan-shengchan-dajiancha-shishi-fangan.txt",
     title="县安全生产大检查实施方案",
     title_note="lines 5 and 9 (the site's heading and the text's own title after the addressees)",
     doc_no="", issuer="a county (「全县」, 「县安委会」; name and province not given)",
     date="(masked: 「xx年安委会第二次全体会议」; after 十八届四中全会, so 2014 or later)", level="county (not named)",
     source=page_source("https://www.tiaonei.com/fangan/shishi/58z59r.html"),
     style="a model-essay site: site name, breadcrumb, heading, the ADDRESSEES line before the title (「各乡镇人民政府,县安委会"
           "有关成员单位:」), the title again, preamble, 一、指导思想, 二、目标任务 with three goals (一)(二)… (cut in (二))",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves by the mechanical rule (二/(一), 二/(二) cut); 0 accepted (both are goals of 二、目标任务: " + GOALS +
            "); 1 without the cut item; not sampled (goals, no units, no dates)",
            "the addressees 各乡镇人民政府 and 县安委会有关成员单位 are whom the plan goes to, not a task's units",
            "「433」发展战略 is a strategy's name and 「三个目标」 counts the goals: no targets"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x28_03_shi-anquan-shengchan-dajiancha-fangan-di2ye.txt"
plan(X03,
     title_note=NO_TITLE + " (this is page 2 of a paged copy: it starts at item (二) of a section whose heading is on "
                           "page 1; by its words a city's 安全生产大检查 plan)",
     doc_no="", issuer="a city (「我市」, 「市安委办」, 「各区市县政府、先导区管委会」; name and province not on the page)",
     date="(not on the page; page 「编辑 … 2015-02-21」; it cites a 省政府 「7・16」 事故现场会)", level="city (not named)",
     source=page_source("https://wanglu.net/thread/t4-238911-2.html") + "; page 2 of a paged copy",
     style="page 2 of a paged essay copy: an editor/date line, then items (二)(三)(四) of an unseen section (ways of "
           "checking), 六、要求 with run-in headings ending in an ASCII full stop 「(一)提高认识,加强领导.」; (二) runs over "
           "two lines (broken after 「;」); 六/(四) lists three report deadlines on their own lines (cut in the third)",
     leaf_tasks=7, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(三)"], [], [],
          note="path: its parent section is on page 1, so the path starts at (三) (the first (三) on the page, line 4); "
               "「各区市县政府、先导区管委会组织开展本辖区…综合检查,市政府各有关部门组织…专项检查」: the bodies are the prose "
               "SUBJECTS of the sentences and kinds of actor (各…, 有关部门), not labelled units: lead = [], responsible = []"),
        S(["六", "(一)"], [], [],
          note=PROSE + " (各地、各相关部门和单位; 各单位行政一把手 is a role); 「省政府 7・16 事故现场会」 names a meeting "
                       "by its date: no target, no deadline"),
        S(["六", "(四)"], [], [], dl="7月底前", skip_deadline=True,
          note="「各单位安全生产大检查方案于7月底前报市安委办」: 各单位 is a kind of actor and 市安委办 the body REPORTED TO "
               "(not the item's unit): lead = [], responsible = []; " + YEAR + " (the plan's year is not on the page); the "
               "item also holds 「每月25日前」 and 「12月20日前」 (see duties)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各单位安全生产大检查方案于7月底前报市安委办", "when": "7月底前", "when_norm": None},
             {"what": "每月25日前将《安全生产大检查情况汇总表》报送市安委办", "when": "每月25日前",
              "when_norm": "monthly (day 25)"},
             {"what": "12月20日前将大检查工", "when": "12月20日前", "when_norm": None}],
     notes=["7 leaves on the page: (二)(三)(四) of the unseen section and 六/(一)–(四) ((四) cut); 6 without the cut item",
            "line 3 continues (二) (the site broke the line after 「;」): it is not an item",
            "duties in 六/(四): the plan to 市安委办 by 7月底前, a monthly summary sheet by the 25th, and a report by 12月20日 "
            "whose words are cut (「12月20日前将大检查工」); the year is not on the page, so no dates are normalised"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x28_04_shi-minzhengju-20xx-fangfan-feifa-jizi-xuanchuanyue-fangan.txt"
plan(X04,
     title="非法集资宣传方案",
     title_note="line 11 「非法集资宣传方案篇一」 without the collection's ordinal 「篇一」 (lines 3 and 6 「…(实用8篇)」 are the "
                "collection's heading); the text calls itself 「本方案」 of a 防范打击非法集资宣传月活动",
     doc_no="", issuer="a city's civil-affairs bureau (「我局」, 「全市社会组织领域」, 「各区(市)县民政部门」; city not named)",
     date="(masked: 「我局定于xx月-xx月」, 「中办发〔20xx〕46号」; page date 2023-10-10)", level="city bureau (not named)",
     source=page_source("https://www.meidekan.com/zuowen/128145974.html"),
     style="an essay site: 「手机阅读」, collection heading twice with a format/date line and a date/editor line (four blanks "
           "inside), blurb, 「…方案篇一」, preamble ending 「特制定本方案总体目标。」 (the heading 总体目标 RUN INTO the "
           "preamble's last sentence), an aims paragraph, the UNNUMBERED heading 「主要内容」, then (一)(二) with run-in "
           "headings (cut in (二), which opens 「一要…」)",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["主要内容", "(一)"], [], [], **at(X04, "(一)"),
          note="path: the heading 主要内容 has no number, so its text is the first element (plans-dev 11); 「各区(市)县民政部门"
               "和市级社会组织要充分认识…」: the subjects are kinds of body (各…, 市级社会组织) in prose, not labelled units: "
               "lead = [], responsible = []; no date"),
        S(["主要内容", "(二)"], [], [], **at(X04, "(二)"),
          note=CUT + "; " + PROSE + "; 「一要加强法律政策解读」 opens an enumeration in prose (一要…), not a numbered item"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 主要内容/(一), (二) (cut); 1 without the cut item; the aims paragraph after the preamble is no item",
            "「中办发〔20xx〕46号」 is a document number with a masked year; 「xx月-xx月」 is the masked campaign window: no "
            "deadline, no phase; 「实用8篇」 and 「页码:7」 are the site's"])

# ---------------------------------------------------------------------------------------------------------
plan("x28_05_sheng-20xx-fangfan-feifa-jizi-xuanchuanyue-huodong-fangan.txt",
     title="防范非法集资宣传月活动方案",
     title_note="line 7 (line 1 「校园防范非法集资活动方案(汇总15篇)」 is the collection's heading); the text itself is a "
                "notice forwarding a province's document (「现将该文件转发你们…通知如下」)",
     doc_no="", issuer="a provincial body (「我省」; it forwards 「xx省打击和处置非法集资工作领导小组」's notice and supervises "
                       "农民合作社 — perhaps an agriculture department; not named)",
     date="(masked: 「《xx省20xx年的通知》(x处非联[20xx]x号)」; page date 2023-12-04)", level="province (not named)",
     source=page_source("https://bookm.cn/content/70a47046.html"),
     style="an essay site: collection heading, date/author line, blurb, the title, then a forwarding notice whose "
           "requirements are UNNUMBERED paragraphs 「要充分认识…」「要按照…」「开展宣传月活动进行督导检查…」「及时收集和报送…」 "
           "(cut); a stray 「.」 inside a word (「同级处非办的.统一安排」); masked names and numbers 「xx省」「[20xx]x号」",
     leaf_tasks=0, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[],
     plan_targets=[], phases=[],
     duties=[{"what": "及时收集和报送防范非法集资宣传月活动的各类文字、图像资料,报告活动", "when": "及时",
              "when_norm": None}],
     notes=["no numbered item on the page: the requirements are four unnumbered paragraphs; 4 accepted if they are read "
            "as items",
            "「要求今年4—5月在我省集中开展非法集资宣传月活动」 is the campaign window of a masked year: no phase, no deadline",
            "the last paragraph is a reporting duty (collect and submit texts and pictures, report on the activity; cut) "
            "without a date"])

# ---------------------------------------------------------------------------------------------------------
plan("x28_06_shuilibu-2011-huaihe-liuyu-hedao-caisha-zhuanxiang-zhengzhi-fangan-di2ye.txt",
     title="淮河流域河道采砂专项整治行动方案",
     title_note="after 「附件:」 inside line 2 (page 2 of a paged copy of the 水利部 notice; the notice's title is on page 1)",
     doc_no="", issuer="水利部 (with 江苏、安徽、山东、河南; signature 「水利部 二零一一年七月十九日」 on this page)",
     date="2011-07-19", level="central (ministry)",
     source=page_source("https://code.fabao365.com/law_560875_2.html") + "; page 2 of a paged copy (page 1 holds the notice)",
     style="page 2 of a law site's paged copy: a line holding 「|」, then ONE LINE holding 「[接上页]」, the notice's signature "
           "and date in Chinese numerals, 「附件:」 and the plan's title, preamble, 一、…五、 run together with blanks between "
           "them; 五、组织安排 holds an unnumbered phase 「第一阶段:专项打击(7月17日至8月5日)」 with 「一是…二是…三是」 (cut)",
     leaf_tasks=0, count_alternatives=[2, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、整治目标", "三、整治范围", "四、整治重点", "五、组织安排"],
     samples=[],
     plan_targets=[],
     phases=[{"name": "专项打击", "start": "2011-07", "end": "2011-08"}],
     duties=[],
     notes=["no numbered task: 一、–五、 have no numbered children (sections, as plans-dev 09's 项目内容/职责分工); 2 "
            "accepted if 四、整治重点 and 五、组织安排 are read as tasks, 5 if every section is",
            "phase: 「第一阶段:专项打击(7月17日至8月5日)」, year 2011 from 「定于2011年7月至11月」; its name is 专项打击 "
            "(第一阶段 is its ordinal); the other two phases are on page 3",
            "「一是…二是…三是」 in the phase are prose enumerations, not items; 「分三个阶段用4个月时间完成」 and 「四省」 "
            "are the campaign's frame: no targets",
            "「二零一一年七月十九日」 is the notice's date and 2011年中央一号文件 a document: no deadlines"])

# ---------------------------------------------------------------------------------------------------------
plan("x28_07_yongxin-2021-jishi-jiban-zhengwu-fuwu-shifanxian-xingdong-fangan.txt",
     title="永新县打造“吉事即办”政务服务品牌争创政务服务示范县行动方案",
     title_note="lines 1–2 (the title over two lines, joined without a blank)",
     doc_no="", issuer="永新县 (Jiangxi, 吉安; the issuing body is not on the page)",
     date="(not on the page; after 十九届五中全会 and before the 六中, so about 2021; page date 2022-05-10)",
     level="county (Jiangxi, 永新县)",
     source=page_source("http://www.zhdzsk.com/zhuantifanwen/gongwenfanwen/2022/0510/34705.html"),
     style="a document-essay site's text starting at the TITLE OVER TWO LINES; preamble, 一、指导思想, 二、工作目标 (aims), "
           "三、重点任务 / (一) heading line / 「1.打造一流的政务服务平台。…」 (cut)",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标"],
     samples=[
        S(["三", "(一)", "1"], [], [],
          note=CUT + "; " + PROSE + " (县政务服务中心 and 乡镇(街道)便民服务中心 are the places to be upgraded, objects of "
                                   "the sentence); 「四统一」 is a slogan and 《江西省政务服务大厅建设运行规范(试行)》 a "
                                   "document: no target; no date on the page"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf on the page: 三/(一)/1. (cut); 0 without it",
            "「“赣服通”4.0」 in 二、 is a version number and 「五型」「四最」「三重」 are slogans: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x28_08_xuexiao-anquan-yinhuan-paicha-zhengzhi-shishi-fangan.txt",
     title="学校开展安全隐患排查整治工作实施方案",
     title_note="the first words of line 20, run into 「一、指导思想」 without a break; lines 1 and 19 「…专项行动方案(五篇汇编)"
                ".docx」 are the file name of the collection",
     doc_no="", issuer="a school (「在我校开展」; name and place not given)", date="(not on the page)",
     level="school (not named)",
     source=page_source("https://taowenge.com/d-94545521.html"),
     style="a document-shop page: file name, resource metadata (资源ID, 30.32KB, 25页, 15金币), download buttons, NUMBERED "
           "SITE TIPS 「2、…」–「5、…」 (lines 14–17, tip 1 missing), the file name again, then the whole text preview on ONE "
           "LINE: title, 一、指导思想, 二、工作目标, 三、领导小组 (「组长:XX副组长:XXX成员:XXX」, masked persons), 四、主要任务 "
           "(prose, cut), with blanks inside words where the source's lines broke (「生 命」「常 规」)",
     leaf_tasks=0, count_alternatives=[1, 4], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标", "三、领导小组", "四、主要任务"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["no numbered task on the page: 一、–四、 have no numbered children; 四、主要任务 is prose (cut) — 1 accepted if "
            "it is read as a task, 4 if every section is",
            "the site's tips 「2、」–「5、」 on lines 14–17 are page chrome, not items (counting them is wrong)",
            "30.32KB, 25页, 15金币 are the shop's metadata: no targets; the leading group's members are masked persons "
            "(XX), no units"])

# ---------------------------------------------------------------------------------------------------------
X09 = "x28_09_xian-xuexiao-anquan-fengxian-dapaicha-dazhengzhi-fangan.txt"
plan(X09,
     title="县学校安全风险大排查大整治实施工作方案",
     title_note="after the chunk number 「1、」 on line 8, run into 「一、总体目标」 (line 1 and line 7 give the file name with "
                "「.docx」)",
     doc_no="", issuer="a county (「县学校安全风险排查整治清单」; name and province not given; the issuing body is "
                       "probably its education bureau)",
     date="(not on the page: the phases have month and day only)", level="county (not named)",
     source=page_source("https://taowenge.com/p-4725595.html"),
     style="a document-shop page: file name, five rating-image lines in Markdown 「![资源得分’ title=](/images/…gif)」, a "
           "sharing blurb, then the preview in site CHUNKS 「1、」「2、」 at line starts (chunk 2 starts inside the heading "
           "「三、时间」/「2、安排」); 一、总体目标, 二、主要内容 (a list of kinds of safety), 三、时间安排 with run-in dated phase "
           "items 「(一)6月21日-6月25日(自查自纠阶段)。…」 (cut in (二))",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、总体目标", "二、主要内容"],
     samples=[
        S(["三", "(一)"], [], [], dl="6月21日-6月25日", skip_deadline=True, **at(X09, "(一)"),
          note="the item is the first phase (自查自纠阶段); 各学校 is a kind of actor in prose: lead = [], responsible = []; "
               "the window ends 6月25日 but " + YEAR + " (no year on the page); the number (一) stands after 「2、安排 」 "
               "inside chunk 2's line"),
        S(["三", "(二)"], [], [], dl="6月26日-6月30日", skip_deadline=True, **at(X09, "(二)"),
          note=CUT + "; the second phase (督查整治阶段); 学校 in prose, 有关部门 the bodies to report to: lead = [], "
                     "responsible = []; " + YEAR),
     ],
     plan_targets=[],
     phases=[{"name": "自查自纠阶段", "start": None, "end": None},
             {"name": "督查整治阶段", "start": None, "end": None}],
     duties=[],
     notes=["「1、」「2、」 at line starts are the site's chunk numbers (chunk 2 cuts the heading 「三、时间安排」 in two), "
            "not items",
            "2 leaves: 三/(一), 三/(二) (cut); 1 without the cut item; 一、 and 二、 are sections (" + GOALS + ")",
            "phases: 6月21日-6月25日 and 6月26日-6月30日 (June of a year not on the page): start and end null",
            "「定人、定时、定责任、定目标」 is a slogan; 「向有关部门递交请示报告」 is a request to other bodies when needed, "
            "not a reporting duty with a rhythm or date (cut)"])

# ---------------------------------------------------------------------------------------------------------
plan("x28_10_sansui-2024-cujin-gaozhiliang-chongfen-jiuye-gongzuo-fangan.txt",
     title="三穗县促进高质量充分就业工作方案",
     title_note="line 5 (also named in the notice on line 2 in 《》); the notice's own title is not on the page",
     doc_no="", issuer="三穗县人民政府 (Guizhou, 黔东南州)", date="2024-04-19", level="county (Guizhou, 三穗县)",
     source=page_source("https://www.gzss.gov.cn/xzjdbsc/tlz_5693550/zfxxgk_5692566/fdzdgknr_5692569/zcls/202405/"
                "t20240506_84473123.html"),
     style="a county site's page starting at the ADDRESSEES (no notice title), the one-sentence notice, issuer and date on "
           "their own lines, the plan's title, preamble citing three documents, 一、指导思想, 二、目标任务 with yearly "
           "employment goals in 人 (cut)",
     leaf_tasks=0, count_alternatives=[1, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、目标任务"],
     samples=[],
     plan_targets=[{"number": 2800, "unit": "人"}, {"number": 320, "unit": "人"}, {"number": 370, "unit": "人"}],
     phases=[], duties=[],
     notes=["no task on the page: 一、 and 二、 are aims (" + GOALS + "); 1 or 2 if they are read as tasks",
            "plan targets in 二、 (by 「到2025年」, yearly averages): 城镇新增就业2800人以上, 失业人员再就业320人以上, 就业困难"
            "人员就业370人 (the page ends right after 「370人」)",
            "国办发〔2023〕11号, 黔府发〔2023〕12号, 黔东南府发〔2023〕11号, 国发〔2022〕2号, 黔府发〔2022〕7号 are document "
            "numbers; 「四新」「四化」「四区一高地」 slogans: no targets",
            "the addressees (各乡镇(街道)人民政府(办事处), 三穗经济开发区管委会, 县政府各部门、各直属机构) are whom the plan goes "
            "to, not units of a task; 2024年4月19日 is the notice's date"])

# ---------------------------------------------------------------------------------------------------------
NEIJIANG_UNITS = ["市發展改革委", "市經濟和信息化委", "市財政局", "市人力資源社會保障局", "市商務局", "市地稅局", "市國稅局",
                  "市統計局"]
plan("x28_11_neijiang-2015-jiuye-chuangye-shishi-yijian.txt",
     title_note=NO_TITLE + " (an encyclopedia page whose excerpt starts at 「一、」; the page's address names it "
                           "內江市人民政府關於進一步做好新形勢下就業創業工作的實施意見)",
     doc_no="", issuer="內江市人民政府 (Sichuan; from the page's address, not from the text)",
     date="(not on the page; it follows the State Council's 2015 就业创业 opinion, so about 2015)",
     level="city (Sichuan, 內江)",
     source=page_source("https://newton.com.tw/wiki/%E5%85%A7%E6%B1%9F%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E9%97%9C"
                "%E6%96%BC%E9%80%B2%E4%B8%80%E6%AD%A5%E5%81%9A%E5%A5%BD%E6%96%B0%E5%BD%A2%E5%8B%A2%E4%B8%8B%E5%B0%B1"
                "%E6%A5%AD%E5%89%B5%E6%A5%AD%E5%B7%A5%E4%BD%9C%E7%9A%84%E5%AF%A6%E6%96%BD%E6%84%8F%E8%A6%8B/20193032"),
     style="TRADITIONAL characters (an encyclopedia mirror, with its wording 「巨觀」 for 宏观); starts at 「一、」; run-in "
           "items 「(一)建立…機制。…」 each ending with a unit bracket 「(A、B、…等負責,列第一位者為牽頭單位,下同)」 — the "
           "FIRST-LISTED-IS-LEAD rule stated once for all later brackets (as plans-dev 01); cut in (三) before its bracket",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], ["市發展改革委"], NEIJIANG_UNITS,
          note="「(市發展改革委、…、市統計局等負責,列第一位者為牽頭單位,下同)」: the sentence after 負責 is the lead rule, not "
               "a unit; lead = the first-listed 市發展改革委, responsible = the whole list as printed (lead included, "
               "plans-dev 01); 「等」 dropped; 「各級發展改革部門要會同人社、財稅、金融、經信等部門」 in the text are kinds of "
               "department in prose; no date"),
        S(["一", "(二)"], ["市商務局"], ["市商務局", "市經濟和信息化委", "市農業局"],
          note="「(市商務局、市經濟和信息化委、市農業局等負責)」: the lead by the standing rule 「下同」 of (一); 「12個領域」 "
               "counts the listed fields (a description, not a goal); no date"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 一/(一)–(三) ((三) cut before its bracket, not sampled); 2 without it",
            "unit names are kept in the page's traditional characters"])

# ---------------------------------------------------------------------------------------------------------
plan("x28_12_zhen-niandu-wenwu-baohu-gongzuo-jihua.txt",
     title="鎮委年度文物保護計劃",
     title_note="lines 1 and 7 (the site's heading and the text's); the text says 「特擬定年文物保護工作計劃如下」 with the "
                "year left out",
     doc_no="", issuer="a town's party committee (鎮委; name and province not given)",
     date="(not on the page; page date 2022-01-05)", level="town (not named)",
     source=page_source("http://m.ushengzhilian.com/article/shuzhibaogao/jhgh/niandugongzuojihua/201201/492809.html"),
     style="an essay site in TRADITIONAL characters: title, date line, blurb, title again, preamble, 一、提高認識,宣傳法律 "
           "(prose, no children), 二、落實人員,強化責任 with 1、–3、, 三、進一步做好準備,完成我鎮文物普查任務 with 1、2、 (cut); "
           "headings are two phrases joined by 「,」",
     leaf_tasks=5, count_alternatives=[4, 6], attachment_task_rows=0,
     childless_top_level_sections=["一、提高認識,宣傳法律"],
     samples=[
        S(["二", "1"], [], [],
          note=PROSE + " (「做好文物保護工作的經費預算」 has no subject); no date"),
        S(["二", "3"], [], [],
          note=PROSE + "; 「定時與不定時相結合…檢查、巡查」 is an inspection rhythm without a period, and "
                       "「做好資料的收集、整理、上報、存檔工作」 a reporting duty without a date (see duties)"),
        S(["三", "1"], [], ["鎮文物普查辦公室"],
          note="aligned round 52 to CONVENTIONS.md \"Round 62 rulings\" (turned): a comma between a subject and its modal "
               "does not part them; 「鎮文物普查辦公室,要全面負責文物普查工作」 — 负责, rule 2, a standing office, not set up by "
               "the item (round 36) (responsible [] → [鎮文物普查辦公室]); the earlier reading is not accepted. Earlier note: "
               "「鎮文物普查工作領導小組要切實加強…」 and 「鎮文物普查辦公室,要全面負責文物普查工作」: a leading group and an "
               "office as the prose SUBJECTS of the sentences, no unit label — lead = [], responsible = []"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "做好資料的收集、整理、上報、存檔工作", "when": "(not stated)", "when_norm": None}],
     notes=["5 leaves: 二/1、–3、 and 三/1、2、 (2、 cut); 4 without the cut item; 6 if 一、 (prose work, no numbered "
            "children) is counted as a task",
            "「十月“文物保護法宣傳月”」 in 一、 is a yearly campaign month, not a deadline"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("x28_03", ["(三)"], [], ["各区市县政府", "先导区管委会", "市政府各有关部门"], "「各区市县政府、先导区管委会组织开展本辖区安全生产综合检查，市政府各有关部门组织对本系统、本行业(领域)开展安全生产专项检查」: the subjects of 组织＋verb, groups of bodies, responsible in order, no lead")
write_collected(DIR)
