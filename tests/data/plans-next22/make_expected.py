# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next22/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by corpus22; page openings of plans from outside Shanghai in fields
no earlier set has: 防溺水, 殡葬改革, 治超, 反电诈, 征兵, 普法责任制, 新冠疫苗接种): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or
by ``at`` where an item's number is not at its line's start: x22_02's 四、, x22_03's 1、, x22_10's table row); every
answer was written here by reading the texts. Neither the parser nor the scorer was run on these plans by corpus22:
the lead scores them once.

    python tests/data/plans-next22/make_expected.py tests/data/plans-next22
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    CUT,
    ONE,
    PAGES,
    S,
    at_in,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

HAND = ("; the excerpt was copied by hand from the tool's answer into the file (JSON escapes undone, a final newline "
        "added; runs of blanks retyped as ASCII spaces)")
PROSE = ("no unit is named for the item (the subjects in the text are prose, roles or category words): "
         "lead = [], responsible = []")
GOALS = ("a section of aims, principles or facts (指导思想/目标任务/基本原则/组织领导…): no task; with it counted is "
         "accepted")
CHUNKS = ("「1、」「2、」「3、」 at line starts are the document site's chunk numbers (the text runs on across them, even "
          "inside a word), not items")
at = partial(at_in, DIR)


def src(url):
    return url + " — " + PAGES + HAND


# ---------------------------------------------------------------------------------------------------------
plan("x22_01_xunwu-yufang-xuesheng-nishui-gongzuo-fangan.txt",
     title="预防学生溺水工作方案",
     title_note="lines 3 and 11: the heading of each of the two texts the essay page collects (the same words twice); "
                "no fuller name on the page",
     doc_no="", issuer="(not on the page; the second text is a county's, 寻乌县 by the 《寻乌县预防中小学生溺水管理暂行办法》 "
                       "it applies — Jiangxi, Ganzhou; the first text's issuer is not named)",
     date="(not on the page)", level="county (Jiangxi, Xunwu, inferred for the second text; the first is a school-level text)",
     source=src("https://bjmt010.com/content/d69ae153.html"),
     style="an essay site's collection: a blurb line, then TWO texts under the same heading 「预防学生溺水工作方案」: the "
           "first starts directly at (一)…(三) (no 一、 level, run-in headings 「加强领导,…。」), the second at 1.…2. (cut in "
           "2.); blank line between paragraphs",
     leaf_tasks=5, count_alternatives=[3, 4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], [], note=PROSE + " (「学校要…」: 学校 is a kind of actor); 「签订安全责任书」 is an act, no duty to report"),
        S(["(三)"], [], [], note=PROSE + "; 「遇有突发事件…要及时、如实上报相关信息」 is a reporting duty on an event (duties), "
                                   "no date: no deadline"),
        S(["1"], [], [], note=PROSE + " (「各学校要…」); 「《寻乌县预防中小学生溺水管理暂行办法》」 is a cited rule, not a unit"),
        S(["2"], [], [],
          note=CUT + "; doubtful: 「县校园安全专业委员会、校园及周边治安综合治理专项组要充分发挥统筹协调作用」 names two bodies as "
                     "the SUBJECT of a prose sentence (no label, no 负责/牵头): read as prose like plans-dev 12 四/（一）, "
                     "lead = [], responsible = []; 「水利等有关责任单位」 is a kind of unit"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "遇有突发事件,在启动应急预案并妥善处置的同时及时、如实上报相关信息（严格信息报送制度）",
              "when": "遇有突发事件时（及时）", "when_norm": None}],
     notes=["5 leaves: (一)–(三) of the first text and 1.–2. of the second; 3 if only the first text is counted (the "
            "page holds two texts), 4 without the cut 2.",
            "line 1 is the site's blurb (「工作方案的内容包括工作目标、任务分解…」): no task",
            "no numbers, no dates: no targets, no deadlines, no phases"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x22_02_shitang-zhen-fangnishui-lianfang-liankong-jizhi-gongzuo-fangan.txt"
plan(X02,
     title="镇20年防溺水联防联控机制工作方案",
     title_note="line 1 (the document site's file name, 「.doc」 dropped) and again at the start of chunk 1; the year is "
                "blanked to 「20」 (「镇 20_ 年…」 in the text's own title, with blanks and an underscore)",
     doc_no="", issuer="a town, 石塘 by 「实现“平安石塘”的目标」 (province not on the page)", date="(blanked: 「20_ 年」)",
     level="town (石塘, inferred; province unknown)",
     source=src("https://taowenge.com/p-69110548.html"),
     style="document-site preview: file name, a share blurb, then the text in site CHUNKS 「1、」「2、」「3、」 at line starts "
           "(chunk 2 starts inside a word, chunk 3 is 「坝任意」); top-level items 一、…四、 RUN TOGETHER inside the lines "
           "(「…。三、责任单位 镇派出所、…」); 三、责任单位 is a bare list of units; 四、工作职责 a prose opening, then "
           "unit-colon duties 「派出所:配合…;…」 (cut)",
     leaf_tasks=1, count_alternatives=[0, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、目标任务", "三、责任单位"],
     samples=[
        S(["四"], [], ["派出所"], **at(X02, "四、"),
          note=CUT + "; the item's only labelled unit is the unit-colon paragraph 「派出所:配合有关部门开展水域排查;…」 "
                     "(its duties follow the colon, as plans-dev 12 二/（一）); the page ends before the item's further "
                     "unit paragraphs; the opening 「各村(居)委会、相关部门和中小学校及幼儿园要在镇政府的统一领导下…」 is a "
                     "prose subject of kinds of actor, not units; 「会同有关部门」 a kind; no lead named"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=[CHUNKS,
            "1 leaf: 四、工作职责 (the item that gives work); 三、责任单位 is a declaration of the plan's units, read as a "
            "section like plans-dev 09's 三、职责分工 (2 if it is counted too); 0 accepted if 四 is read as a section as well",
            "plan-level units declared in 三、: 镇派出所、镇水利站、镇国土规建环保安监站、镇文广站、镇卫生院、各村委(社区)、"
            "中小学校及幼儿园 (not a task, not checked)",
            "二、目标任务's 「四个全覆盖」 have no numbers: no plan targets; 「20」 in the title is a blanked year, no target"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x22_03_fujian-zhen-nongcun-binzang-gaige-shishi-fangan.txt"
plan(X03,
     title="殡葬改革工作实施方案",
     title_note="lines 5 and 7 (the text's title, twice); line 1 「农村殡葬改革实施方案」 with 「合集下载」 is the page's "
                "heading for a collection",
     doc_no="", issuer="a town (「加快我镇农村公益性公墓建设」; Fujian by 《福建省殡葬管理办法》; not named)",
     date="(not on the page)", level="town (Fujian, inferred; not named)",
     source=src("https://360docs.net/doc/6b14562454.html"),
     style="document-site page heading 「农村殡葬改革实施方案」 / 「合集下载」, the title twice, then 一、指导思想 with "
           "run-in text and two more paragraphs, 二、 whose heading line also holds the first sub-item 「1、广泛宣传,营造"
           "氛围。」 (the item's text in the following paragraphs), cut",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "1"], [], [], **at(X03, "1、"),
          note=CUT + "; " + PROSE + " (「各村要…」「组织干部进村入户,实行干部包村宣传」: 各村 is a kind of actor); the "
                                  "item's number 1、 stands on the line of its parent 二、, not at a line start"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf (二/1, cut); 0 without the cut item; " + "一、指导思想 is " + GOALS,
            "「几千年」 is rhetoric, not a target; no dates"])

# ---------------------------------------------------------------------------------------------------------
plan("x22_04_zhen-2023-quanmian-tuijin-binzang-gaige-shishi-fangan.txt",
     title="镇全面推进殡葬改革工作实施方案",
     title_note="line 1 (also in 「本文标题:」 near the end); the town's name is not given",
     doc_no="", issuer="a town (「我镇」; its county is 「XX县」; not named)", date="2023-06-27 (the page's date; after the "
                                                                            "二十大 cited in 一、)",
     level="town (place not on the page)",
     source=src("http://bijianjiayuan.com/index/article/detail/detail_id/51103.html"),
     style="a member site: title, a date line with a view count 「2023-06-27 397」, preamble, 一、指导思想 and 二、目标任务 "
           "as heading lines with the text on the next, then 三、工作措施 followed at once by a PAYWALL (「阅读全文」, tip "
           "amounts 「¥0.01」…「¥6」 one a line, share/comment chrome, 「本文标题:」「链接地址:」)",
     leaf_tasks=0, count_alternatives=[1, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、目标任务"],
     samples=[],
     plan_targets=[{"number": 100, "unit": "%"}],
     phases=[], duties=[],
     notes=["no task on the page: 一、 and 二、 hold aims (" + GOALS + "); 三、工作措施 is a heading whose text is behind the "
            "paywall (not counted); 1 or 2 accepted",
            "plan target in 二、: 「确保火化率100%的目标不动摇」",
            "「民政部等16个部门」 counts issuers and 民发〔2018〕5号 is a document number; 「397」 is a view count and the "
            "「¥…」 lines are tip amounts: no targets; 2023-06-27 is the page's date, no deadline"])

# ---------------------------------------------------------------------------------------------------------
plan("x22_05_xian-2021-ganxian-gonglu-chaoxian-chaozai-zhili-shishi-fangan.txt",
     title="2021年县干线公路车辆违法超限超载运输阶段性治理工作实施方案",
     title_note="line 1 (the file name, 「.docx」 dropped), and at the start of chunk 1 run into the preamble; the county "
                "is not named (「_省」 blanked)",
     doc_no="", issuer="a county government (「经县政府研究」; the county and province are blanked or not given)",
     date="2021 (by the title)", level="county (place not on the page)",
     source=src("https://taowenge.com/p-4244163.html"),
     style="document-site preview: file name, share blurb, then the text in site CHUNKS 「1、」「2、」 (chunk 2 starts "
           "inside a quotation, 「“政\\n府主导」); title, preamble and 一、指导思想 / 二、基本原则 / 三、目标任务 all RUN "
           "TOGETHER without breaks; cut in 三、",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、基本原则", "三、目标任务"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=[CHUNKS,
            "no task on the page: 一、–三、 are aims and principles (" + GOALS + "); 1 if 三、目标任务 is read as a task",
            "「重点对超过55吨以上严重违法超限车辆查处」: 55吨 is the threshold that defines a serious violation, not a target",
            "「阶段性治理」 names the campaign; no phases or dates on the page"])

# ---------------------------------------------------------------------------------------------------------
plan("x22_06_daqiaojiang-2023-fangfan-daji-dianxin-wangluo-zhapian-xuanchuan-gongzuo-fangan.txt",
     title="大桥江乡防范打击电信网络诈骗宣传工作方案（关于印发《大桥江乡打击电信网络诈骗宣传工作方案》的通知）",
     title_note="the plan's title on lines 6–7 (split in two: 「…宣传」 / 「工作方案」) or the notice title on line 1 (whose "
                "《》 name lacks 「防范」)",
     doc_no="", issuer="大桥江乡人民政府 (麻阳 by 「麻反诈打跨办〔2023〕1号」 and the site; Hunan, Huaihua)", date="2023-01-16",
     level="township (Hunan, Mayang, 大桥江乡)",
     source=src("http://www.mayang.gov.cn/mayang/c105995/202303/2613146601904c849374922be80078a7.shtml"),
     style="a township's notice (addressees 「各村、乡属各部门:」, signature and date) then the plan: title over two lines, "
           "preamble with the campaign window 「从即日起至3月底」, 一、指导思想, 二、组织领导 with a leading group listed ONE "
           "PERSON A LINE (name, posts; blanks inside two-character names 「胡 伟」), cut",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、组织领导"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["no task on the page: 一、指导思想 is aims and 二、组织领导 sets up a leading group (" + GOALS + "); 1 if 二、 is "
            "read as a task",
            "the leading group's lines name PERSONS with their posts (派出所所长, 司法所所长, 大桥江乡农商行行长 …): neither "
            "tasks nor units of a task",
            "「从即日起至3月底」 is the campaign's window (2023-01-16 → 2023-03-31), stated in the preamble, not a phase; "
            "no item carries it",
            "麻反诈打跨办〔2023〕1号 is a document number: no target"])

# ---------------------------------------------------------------------------------------------------------
plan("x22_07_xiang-daji-zhili-dianxin-wangluo-zhapian-shishi-yijian.txt",
     title="关于开展打击治理电信网络诈骗违法犯罪工作的实施意见",
     title_note="line 1 and the repeated page captions (「.docx」, 「_第N页」 dropped); the text's own first words on line 26 "
                "after the chunk number 「1、」",
     doc_no="", issuer="a township (「彻底铲除我乡…」; not named)", date="(not on the page; uploaded 2023-04-16)",
     level="township (place not on the page)",
     source=src("https://m.1wenmi.com/doc/194594.html"),
     style="document-site preview: 20 lines of page captions (「…docx_第N页」 / 「第N页 / 共8页」), upload metadata on one "
           "line (上传人, 文档编号, 上传时间, 格式, 页数, 大小), then chunk 1 with title, preamble and 一、总体要求(一)重大意义。 "
           "run together; cut",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf by the mechanical rule (一/(一)重大意义, cut); 0 accepted: it is a section of aims (" + GOALS + ")",
            "no sample: the only leaf is aims, without units, numbers or dates",
            "「194594」「19.09KB」「8页」「第N页 / 共8页」 and 2023-04-16 are the site's: no targets, no deadlines"])

# ---------------------------------------------------------------------------------------------------------
plan("x22_08_xiangzhen-2018-zhengbing-gongzuo-shishi-fangan-di2ye.txt",
     title="乡镇2018年征兵工作实施方案",
     title_note="line 1, the site's heading over page 2 (the plan's own title line is on page 1); the town is not named",
     doc_no="", issuer="a town (「镇征兵办」「各村、镇直单位」; not named)", date="2018 (by the title)",
     level="town (place not on the page)",
     source=src("https://guanchang.qwyd.net/gongzuo/shishifangan/329515_2.html") + "; page 2 of a paged copy (the "
            "plan's start, 一、–二、 and 三、's heading with 1.–2., are on page 1)",
     style="page 2 of a town's 征兵 plan: the site's heading, then items 3. and 4. of a section whose heading is on page 1 "
           "(征集条件, 征集办法: rules, not work), then 四、工作要求 / (一)…(四) with run-in headings, cut in (四)",
     leaf_tasks=6, count_alternatives=[4, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["4"], [], [], not_targets=[(3, "年")],
          note="path: the parent (三、…) is on page 1, so the path starts at 4; " + PROSE + "; 「现取得当地居住证3年以上的」 "
               "is an eligibility condition, not a target; 「批准的时间统一填写2018年9月1日」 is the date to be written on "
               "approvals (and 9月1日 the start of service), not a deadline"),
        S(["四", "(一)"], [], [],
          note=PROSE + " (「各村、镇直单位要…」 addresses kinds of unit; 「服从镇征兵办工作调度安排」 names the office to obey, "
                       "not a unit given the item)"),
        S(["四", "(二)"], [], [], note=PROSE + " (「各单位要…」)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 3., 4. (their section is on page 1) and 四/(一)–(四); 4 if 3. and 4. are read as rules rather than "
            "tasks, 5 without the cut (四)",
            "「征兵工作期间」 is the campaign's span, no dates; no phases and no reporting duties on this page"])

# ---------------------------------------------------------------------------------------------------------
plan("x22_09_kaihua-2013-xiaqiuji-zhengbing-zhunbei-gongzuo-tongzhi.txt",
     title="关于抓紧做好2013年夏秋季征兵准备工作的通知",
     title_note="line 1, the notice that is itself the plan",
     doc_no="", issuer="a town of 开化县 (「全镇」「我镇」; 开化 by 「开征办〔2013〕1号」 and the page's address; Zhejiang, Quzhou)",
     date="2013 (by the title)", level="town (Zhejiang, Kaihua county, inferred)",
     source=src("http://nbxinxi.com/a/kaihuaxian/20210625/339256.html"),
     style="a town's work notice as the plan (addressees 「各村委会、民兵连:」, no separate plan title): 一、基本思路和目标, "
           "二、征兵任务及有关政策规定 / (一)征兵任务 as a heading line with the quota on the next line / (二)有关政策规定 / "
           "（1）…（3） as ASCII-bracketed run-in items; cut in (3)",
     leaf_tasks=4, count_alternatives=[3, 1], attachment_task_rows=0,
     childless_top_level_sections=["一、基本思路和目标"],
     samples=[
        S(["二", "(一)"], [], [], targets=[(3, "人"), (42, "人"), (12, "人")],
          note=PROSE + " (the town itself, 「我镇」); 「征集任务数为3人,送镇目测体检数为42人,送县体检数为12人」: three "
                       "quotas; no date (「2013年夏秋季」 in the title is a season)"),
        S(["二", "(二)", "(2)"], [], [], not_targets=[(18, "周岁"), (20, "周岁"), (24, "周岁")],
          note="eligibility ages (18至20周岁, 21/22/23/24周岁 and 17岁) are conditions, not targets; 「2012年12月31日前年满」 is "
               "an age cut-off date, not a deadline; no units"),
        S(["二", "(二)", "(3)"], [], [],
          note=CUT + "; 「2004年10月9日」「2003年9月1日」 are dates on which cited rules were issued, not deadlines; "
                     "公安部、总参谋部… issued the rules: not units of the item"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/(一) and 二/(二)/(1)–(3); 3 without the cut (3); 1 if the policy items (1)–(3) are read as rules "
            "rather than tasks",
            "the addressees 各村委会、民兵连 are the notice's readers, not units of a task",
            "一、's 「科学发展观」 etc. are names; 开征办〔2013〕1号 is a document number"])

# ---------------------------------------------------------------------------------------------------------
X10 = "x22_10_hongyang-2022-pufa-zerenzhi-siqingdan-yibanfa.txt"
plan(X10,
     title="红羊乡2022年度普法责任制 “四清单一办法”（关于印发《红羊乡2022年度普法责任制 “四清单一办法”》的通知）",
     title_note="the plan's name in 《》 on line 1 (a blank before “四清单一办法”, as printed) or the notice title; the "
                "attached table is named 「海原县红羊乡“谁执法谁普法”四个清单工作分解表」 (line 9)",
     doc_no="", issuer="中共海原县红羊乡委员会 (Ningxia, Zhongwei, 海原县)", date="2022-05-10",
     level="township (Ningxia, Haiyuan, 红羊乡)",
     source=src("http://hy.gov.cn/xxgk/zfxxgkml/zrqd/202205/t20220511_3495747.html"),
     style="a township party committee's notice (addressees, 「附件:1.…」「2.…」 list, signature, date) then 附件1: a "
           "TASK-DIVISION TABLE FLATTENED WITH 「|」: a two-line header with empty cells (「| ||||」; 责任清单 spans 责任领导 "
           "| 责任人 | 责任处室), then row 1 on ONE line with PERSONS in the leader columns, a 责任处室 column, and cells "
           "holding their own 1.–4. lists; cut in the 标准清单 cell",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], ["党建办公室"], lead_alternatives=[["党建办公室"]], **at(X10, "\n1 | "),
          note="row 1: 责任领导 李进军 and 责任人 朱继文 are PERSONS, not units; the 责任处室 cell 「党建办公室」 is the "
               "responsible unit; " + ONE + "; 「全体乡村两级干部」 is the 普法对象 (audience), not a unit; the 1.–4. "
               "inside the cells are parts of the row, not items; 「每月进行更新补充」 is a rhythm of the unit's own study "
               "plan, no deadline and no reporting duty"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: row 1 of the attached table (the tasks are the rows; the notice has none), cut; 0 accepted (the row "
            "is cut, or the attachment is not read)",
            "the cover's 「附件:1.…2.…」 list names attachments, not tasks; the header lines are not rows",
            "「LED」 is a kind of screen; no numbers, no dates in the row: no targets, no deadlines"])

# ---------------------------------------------------------------------------------------------------------
plan("x22_11_qu-2022-ertong-xinguan-yimiao-jiezhong-gongzuo-fangan-heji.txt",
     title="3-11周岁人群新冠疫苗接种工作方案",
     title_note="line 14, the text's title; the document site's file name 「311周岁儿童新冠疫苗接种工作方案合集文档格式.docx」 "
                "(lines 1, 7, 8) lost the hyphen and adds 合集",
     doc_no="", issuer="a district (「结合我区实际」; 「各地教育行政部门及学校」 addressed; not named)",
     date="(not on the page; uploaded 2022-12-01)", level="district (place not on the page)",
     source=src("https://bdocx.com/doc/17406046.html"),
     style="document-site preview: file name, a bulleted metadata list 「- 文档编号:…」 (5 lines), the name again, a share "
           "blurb, a four-line slogan, then the text: title, preamble, 一、工作原则 / (一) / (二) as heading lines, each "
           "followed by paragraphs addressed to 「各地教育行政部门及学校」; cut in (二)",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [], not_targets=[("3-11", "周岁"), ("12-17", "周岁")],
          note=PROSE + " (「各地教育行政部门及学校」「各地各校」 are kinds of actor); 3-11周岁 and 12-17周岁 are age groups, "
                       "not targets"),
        S(["一", "(二)"], [], [], note=CUT + "; " + PROSE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves by the mechanical rule (一/(一), 一/(二), cut); 0 accepted (一、工作原则 is principles: " + GOALS + "), "
            "1 without the cut (二)",
            "「17406046」「26」「40.30KB」 and 2022-12-01 are the site's: no targets, no deadlines"])

# ---------------------------------------------------------------------------------------------------------
plan("x22_12_zhen-2022-xinguan-yimiao-jiaqiang-mianyi-jiezhong-shishi-fangan.txt",
     title="XX镇新冠病毒疫苗加强免疫接种实施方案",
     title_note="line 12 without the site's 「(1324字)」; the site's headings (lines 2, 4, 8, 10) add 「2022年」 and 「(精选文档)」",
     doc_no="", issuer="a town (「XX镇」; its county's office cites 「仪疫指办〔2021〕53号」; not named)",
     date="2022 (by the site's title; page date 2022-07-03)", level="town (place not on the page)",
     source=src("https://huatianclub.com/fanwendaquan/gongwenfanwen/11682.html"),
     style="essay site with breadcrumb, source/time/推荐访问 chrome and the title four times; the preamble is broken by "
           "「当前隐藏内容免费查看」; 一、实施原则 (childless), 二、接种对象组织 / (一)应接尽接对象 / 1.–5. each 「…人员由县X局"
           "负责组织;」; a site footer (name, address, copyright) ends the page",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=["一、实施原则"],
     samples=[
        S(["二", "(一)", "1"], [], ["县卫健局"], lead_alternatives=[["县卫健局"]],
          note="「医疗卫生人员由县卫健局负责组织」: the one unit that organises the group; " + ONE),
        S(["二", "(一)", "2"], [], ["县公安局"], lead_alternatives=[["县公安局"]], note="「…由县公安局负责组织」; " + ONE),
        S(["二", "(一)", "4"], [], ["县商经信局"], lead_alternatives=[["县商经信局"]], note="「…由县商经信局负责组织」; " + ONE),
        S(["二", "(一)", "5"], [], ["县民政局"], lead_alternatives=[["县民政局"]],
          note="「福利及养老机构、殡葬行业和救助管理机构人员由县民政局负责组织」: the groups before 由 are the people to be "
               "vaccinated, not units; " + ONE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 二/(一)/1–5 (the page ends after 5., at the site's footer); 6 if 一、实施原则 (who gets the booster: "
            "18岁及以上, 满6个月) is counted",
            "一、's 6个月 and 18岁 define who is eligible: no targets; 仪疫指办〔2021〕53号 is a document number",
            "「1324字」 is the site's word count: no target"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("x22_01", ["1"], [], ["各学校"], "「各学校要…要全面落实《寻乌县预防中小学生溺水管理暂行办法》」: the subject of 落实, a kind of body (as rule 2's 各街镇; not the generic addressee of a call 「各地要…」「各单位应…」, rule 3), responsible, no lead (A alone accepted)", alt=[["各学校"]], rule="2 and 3")

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('x22_08', ['4'], [(3, '年')],
                   '「现取得当地居住证3年以上的，可以在经常居住地应征」: 3年 joined to 以上 in a 「…的」 condition (a span, not an age)')

# round 34 (p34h): answers aligned to CONVENTIONS.md "Round 34 rulings" by reading the items
from expected_tools import align34_units  # noqa: E402

align34_units('x22_03', ['二', '1'], [], ['各村'],
              "「各村要召开会议传达贯彻殡葬管理政策,通过党员干部会、村民代表会等形式,组织干部进村入户」 — the subject's later clause 「组织B＋verb」: A a doer (round 30; CONVENTIONS.md round 34, 组织＋work); 各村 is a group named by a kind (round 30), not a general call; 干部, the object of 组织, are persons")  # noqa: E501

write_collected(DIR)
