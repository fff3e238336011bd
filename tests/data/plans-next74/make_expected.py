# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next74/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by helper c74, round 27; page openings of documents from outside
Shanghai in fields no earlier set has: 农村饮用水工程, 共青团 责任书, 第三次土地调查, 区 促进居民消费, 耕地轮作休耕 调研,
地方病防治, 畜牧业 灾后恢复重建): never tune the parser on them (see README.md). Only `line` and `title_starts` are looked
up in the text (by ``locate`` / ``at_in`` of ../plans/expected_tools.py); every answer was written here by reading the
texts. Neither the parser nor the scorer was run on these plans by c74: the lead scores them once.

    python tests/data/plans-next74/make_expected.py tests/data/plans-next74
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    CUT,
    NODATE,
    ONE,
    S,
    at_in,
    page_source,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)

PROSE = ("no unit is named for the item (the subjects in the text are prose, roles or category words): "
         "lead = [], responsible = []")
GOALS = ("a section of aims, goals, a leading group or unit roles (指导思想/工作目标/责任目标/成立组织…) with no numbered "
         "children: no task")
NO_TITLE = "title not checked"
PLAN_UNITS = ("the plan-wide roles of section 三、 (牵头单位:县水利局, 责任单位:各乡镇政府) are not repeated in the item: "
              "lead = [], responsible = [] (as plans-dev 10's 二/(一)); 县水利局 as the lead is accepted")


# ---------------------------------------------------------------------------------------------------------
F1 = "x74_01_xian-cun-yinyongshui-gongcheng-jianshe-shishi-fangan.txt"
plan(F1,
     title="村饮用水工程建设实施方案",
     title_note="line 4 (line 1 is the shop's 「文档介绍:」 line with the same words)",
     doc_no="", issuer="a county (牵头单位 县水利局, 责任单位 各乡镇政府, 县饮水办; 「百村农夫饮用水工程」; not named)",
     date="(year masked 「20xx年度」; not on the page)", level="county (not named)",
     source=page_source("https://m.taodocs.com/p-750261857.html"),
     style="a document shop's preview: 「文档介绍:」 with the title and 一、指导思想 cut after 「与自行建」 (the shop's blurb), "
           "then the text again: title, 一、指导思想 (prose), 二、工作目标 (one paragraph of counts and money), 三、分管领导、"
           "牵头单位和责任单位 with LABEL LINES 「分管领导:xxx」「牵头单位:县水利局」「责任单位:各乡镇政府」 and no numbered "
           "children, 四、工作措施 「1、加强组织领导」 / 「2、工程实施」 as heading lines with their text on the next line (2 cut)",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标", "三、分管领导、牵头单位和责任单位"],
     samples=[
        S(["四", "1"], [], [], lead_alternatives=[["县水利局"]],
          note=PLAN_UNITS + "; 乡镇政府 and 县饮水办 are subjects of prose sentences (「乡镇政府要加强治理和监视」, 「县饮水办做好"
               "…技术指导和工程治理工作」), not labels; 「年度考核」 is a rhythm of assessment, not a report duty; " + NODATE),
        S(["四", "2"], [], [], lead_alternatives=[["县水利局"]],
          note=CUT + "; " + PLAN_UNITS + "; 乡镇政府 and 流域水利站 are prose; " + NODATE),
     ],
     plan_targets=[{"number": 50, "unit": "个"}, {"number": 50000, "unit": "人口"}, {"number": 2, "unit": "座"},
                   {"number": 25, "unit": "座"}, {"number": 2400, "unit": "万元"}, {"number": 1500, "unit": "万元"}],
     phases=[], duties=[],
     notes=["2 leaves: 四/1 and 四/2 (cut mid-sentence); 1 without the cut item; 3 accepted if 三、 (the unit labels) is read "
            "as a task; 一、 (twice: the shop's blurb and the text), 二、, 三、 are sections (" + GOALS + ")",
            "plan targets in 二、工作目标: 完成 50个 行政村, 改善 50000 人口 (the unit as written: 「50000人口」), 新建联片水厂 2座 "
            "(计20个行政村), 村级水厂 25座, 管网延长工程 5个, 总投资 2400万元, 补助资金 1500万元; 「20xx年度」 masks the year",
            "三、's labels name the plan's lead (县水利局) and responsible bodies (各乡镇政府) and a masked person (分管领导:xxx); "
            "they are plan-wide roles, not an item: kept in the notes, not asked as a sample"])

# ---------------------------------------------------------------------------------------------------------
F2 = "x74_02_hainan-2012-gongqingtuan-jiceng-tuanzuzhi-qianghuoli-gongcheng-zerenshu.txt"
plan(F2,
     title="海南共青团基层团组织建设“强活力工程”工程2012年责任书",
     title_note="lines 13–14 of the body (「海南共青团基层团组织建设“强活力工程”工程」 / 「2012 年 责 任 书」, joined, blanks "
                "dropped); line 1 is the site's collection label 「第一篇:2012_…任书(新市县)」; lines 2–12 the cover",
     doc_no="", issuer="共青团海南省委员会 (考核单位) to a city/county committee 「共青团 … 市委员会」 (责任单位; the name is blank "
                       "on the cover: 「(新市县)」 — the new cities and counties' version)",
     date="2012-01 (cover: 二○一二年一月)", level="province to city/county (Hainan, Communist Youth League)",
     source=page_source("https://xiexiebang.com/a10/201905146/8a6dab891076f774.html"),
     style="an essay site's collection: 「第一篇:」 label, a COVER spread over one-word lines (「2012」「年」「责」「任」「书」) "
           "with 考核单位:/责任单位: labels, the body title over two lines with blanks between characters, preamble, "
           "一、责任目标 (prose with 「2012年底前」), 二、考核项目 / (一) a check with its score 「(5分)」 / 1.工作内容: and "
           "2.工作要求: as label lines with text below, (1)(2) with a MONTH DEADLINE WITHOUT YEAR 「6月底前」 and a RELATIVE one "
           "「检查工作结束后1个月内」, 「3、检查方式:」 (cut: the label only)",
     leaf_tasks=4, count_alternatives=[3], attachment_task_rows=0,
     childless_top_level_sections=["一、责任目标"],
     samples=[
        S(["二", "(一)", "1"], [], [],
          note="「工作内容:」 label line, text on the next line: 「检查市县团委落实…情况」 — 市县团委 are the object of the check "
               "and a kind of body: " + PROSE + "; 2011年 is a year; 「(5分)」 is (一)'s score weight, not a target; " + NODATE),
        S(["二", "(一)", "2", "(1)"], [], [], dl="6月底前", dln="2012-06",
          note="「市县团委要联合市县组织部门…进行专项检查,并于6月底前完成」: 市县团委 and 市县组织部门 are kinds of bodies, the "
               "prose subject (the 责任书's party is the cover's 责任单位): " + PROSE + "; year 2012 from the 责任书 (its title "
               "and cover): 2012-06-30"),
        S(["二", "(一)", "2", "(2)"], [], [], dl="检查工作结束后1个月内", skip_deadline=True, not_targets=[(1, "个月")],
          note="「市县团委要在检查工作结束后1个月内将…检查报告…报团省委组织部」: " + PROSE + " (团省委组织部 receives the report); "
               "the deadline is relative to the end of the check (no date): not checked; 「1个月」 is that time limit, not a "
               "target; it is also a reporting duty (below)"),
        S(["二", "(一)", "3"], [], [],
          note=CUT + " (only the label 「检查方式:」 is on the page): " + PROSE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市县团委要在检查工作结束后1个月内将以检查报告正式文件形式报团省委组织部",
              "when": "检查工作结束后1个月内", "when_norm": None}],
     notes=["4 leaves: 二/(一)/1, 二/(一)/2/(1), 二/(一)/2/(2), 二/(一)/3 (cut: its label only); 3 without the cut item; "
            "一、责任目标 is a section (" + GOALS + ")",
            "「2012年底前」 in 一、责任目标 is the goal's date (a section, not a task); 「五个强」 is a slogan; 「(5分)」 is a score "
            "weight, 2011年 a year: no targets",
            "the duty: the check report to 团省委组织部 within one month after the check (relative: when_norm none)"])

# ---------------------------------------------------------------------------------------------------------
F3 = "x74_03_longyou-2018-disanci-quanxian-tudi-diaocha-tongzhi.txt"
plan(F3,
     title="关于开展第三次全县土地调查的通知",
     title_note="line 5 (line 4 is the issuer, line 2 the 文件 head)",
     doc_no="龙政办发〔2018〕58号", issuer="龙游县人民政府办公室 (Zhejiang, 衢州市龙游县)",
     date="(not on the page; 2018 from the number and the steps)", level="county (Zhejiang, 龙游县)",
     source=page_source("http://nbxinxi.com/a/longyouxian/20210607/312447.html"),
     style="a news site's copy of a county notice: 「朗读」, 文件 head, number, issuer, title, addressees, preamble with two "
           "document numbers, 一、工作任务和要求 (two paragraphs, no numbered children), 二、调查时间安排 (a sentence, then "
           "FOUR UNNUMBERED DATED LINES 「2018年5月底前,完成…」「2018年6月底前,…」「2019年6月底前,…」「2019年10月底前,…」, the "
           "last cut)",
     leaf_tasks=0, count_alternatives=[2, 4, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、工作任务和要求", "二、调查时间安排"],
     samples=[],
     plan_targets=[], phases=[],
     duties=[{"what": "调查成果要按要求、按程序逐级汇总上报", "when": "(not stated)", "when_norm": None}],
     notes=["no numbered item below 一、 and 二、: 0 by the mechanical rule; 2 accepted (the two sections read as tasks: 一、 "
            "gives the work, 二、 its dates); 4 accepted (the four dated lines read as tasks) and 5 (those and 一、); no sample "
            "(no numbered path)",
            "the four dated lines have no stage names: deadlines of steps of the work (2018-05, 2018-06, 2019-06, 2019-10), "
            "not named phases (none asked)",
            "the duty: 「调查成果要按要求、按程序逐级汇总上报」 (no date); 「确保按时报送调查数据」 says the same of the data",
            "国发〔2017〕48号, 浙政发〔2018〕4号 are document numbers; 第三次, 第二次 are names: no targets"])

# ---------------------------------------------------------------------------------------------------------
F4 = "x74_04_qu-liyong-xiaofei-redian-cujin-jumin-xiaofei-yijian.txt"
plan(F4,
     title="区利用消费热点促进居民消费意见",
     title_note="the first words of the only line, run on into the preamble (「…消费意见针对一季度…」); the text calls itself "
                "「本实施意见」",
     doc_no="", issuer="a district (区商贸旅游局, 长延堡街办 — a street of 西安市雁塔区, Shaanxi; 「市政发〔20XX〕7号」; the "
                       "district is not named)",
     date="(year masked 「20XX」; the 2009 financial crisis: 「抵御金融危机」)", level="district (Shaanxi, 西安; not named)",
     source=page_source("https://www.xiaomilidoc.com/p-504451.html"),
     style="a document shop's flattened text: the WHOLE PAGE ON ONE LINE — title run into the preamble, 一、 with its "
           "heading run into a leading group (区扩大消费工作领导小组, 15 member bodies, office in 区商贸旅游局), 二、 with its "
           "heading run into prose, (一) an event 「从5月中旬开始」 with 1、2、3、 INLINE giving units 「由区商贸旅游局、长延堡街办、"
           "华东服装城共同组织实施」, 「由区商贸旅游局牵头,…;长延堡街办负责…;华东服装城负责…」, 「区城管执法局负责联系市城管"
           "执法局」, the shop's 「第1页共6页」, (二) cut after 「举办“美」",
     leaf_tasks=4, count_alternatives=[3, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、加强领导,统筹安排"],
     samples=[
        S(["二", "(一)", "1"], [], ["区商贸旅游局", "长延堡街办", "华东服装城"], **at(F4, "。1、"),
          note="「此项活动由区商贸旅游局、长延堡街办、华东服装城共同组织实施」: three bodies together, no lead (华东服装城 is a "
               "market company, named as an organiser); 「从5月中旬开始」 in (一) is a start, not a deadline: no deadline"),
        S(["二", "(一)", "2"], ["区商贸旅游局"], ["区商贸旅游局", "长延堡街办", "华东服装城"], **at(F4, "。2、"),
          note="「由区商贸旅游局牵头,全面负责…;长延堡街办负责…;华东服装城负责…」: 区商贸旅游局 the lead, the three bodies "
               "responsible; " + NODATE),
        S(["二", "(一)", "3"], [], ["区城管执法局"], lead_alternatives=[["区城管执法局"]], **at(F4, "。3、"),
          note="「区城管执法局负责联系市城管执法局」: " + ONE + "; 市城管执法局 is the body contacted, not a unit of the task; "
               + NODATE),
        S(["二", "(二)"], [], [], line=1, title_starts="举办“美",
          note=CUT + " (after 「举办“美」, past the shop's 「第1页共6页」): " + PROSE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves, every number INSIDE the one line: 二/(一)/1, 2, 3 and 二/(二) (cut); 3 without the cut item; 5 "
            "accepted with 一、 (a leading group and its office) counted; 二/(一) has children, so it is no leaf",
            "一、's 15 member bodies (各街办, 商贸旅游局, 财政局 …) are a leading group's members, not a task's units",
            "no figures: 市政发〔20XX〕7号 is a document number, 一季度 a period, 5月中旬 a start, 「第1页共6页」 the shop's page "
            "count"])

# ---------------------------------------------------------------------------------------------------------
F5 = "x74_05_zhanjiang-2018-zhuanfa-gengdi-lunzuo-xiugeng-diaoyan-tongzhi.txt"
plan(F5,
     title="转发省农业厅关于开展耕地轮作休耕制度专题调研的通知",
     title_note="line 6",
     doc_no="湛农通〔2018〕461号", issuer="湛江市农业局 (Guangdong; the page's head says 湛江市农业农村局, its later name)",
     date="2018-10-11 (signed 「2018年10日11日」, a typo for 10月11日)", level="city bureau (Guangdong, 湛江)",
     source=page_source("http://nyncj.zhanjiang.gov.cn/zwgk/xztz/content/post_859706.html"),
     style="a city bureau's site: site chrome, bureau name, title, number, addressees 各县(市、区)农业局, ONE PARAGRAPH "
           "forwarding a province notice with a DATED SENDING 「并于2018年10月14日前将调查表发送至我局种植业科邮箱」, an 附件 line, "
           "signature with a typo date, a contact line (person, phone, e-mail), 「公开方式:主动公开」; short (1,018 bytes: "
           "the whole stored page)",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[],
     plan_targets=[], phases=[],
     duties=[{"what": "认真填写《广东省耕地轮作休耕制度调查表》,并于2018年10月14日前将调查表发送至我局种植业科邮箱",
              "when": "2018年10月14日前", "when_norm": "2018-10-14"}],
     notes=["no numbered item: 0; 1 accepted if the forwarding paragraph's instruction is read as a task",
            "the duty: the counties' bureaus send the filled survey table to 种植业科 by 2018-10-14",
            "粤农办〔2018〕587号 is a document number, 3220060 a phone number, 李霖 a person: no targets, no units"])

# ---------------------------------------------------------------------------------------------------------
F6 = "x74_06_xiaokangying-xiang-2012-difangbing-fangzhi-gongzuo-jihua.txt"
plan(F6,
     title_note=NO_TITLE + ": the page shows no title line (「文档介绍:」 runs into the preamble, which ends 「特定本地方病工作计"
                           "划」); by its words a township health centre's 地方病工作计划",
     doc_no="", issuer="小康营乡卫生院 (signature; a township health centre, 「结合我乡实际」; province not stated)",
     date="2012-01-01 (signature)", level="township health centre",
     source=page_source("https://m.taodocs.com/p-179985065.html"),
     style="a document shop's preview: 「文档介绍:」 run into the preamble, 一、防治目标及任务 (一)、 with a stray 「、」 after the "
           "bracket and (二), 二、工作措施 (一) (二)、 (三)、 as heading lines with a paragraph each, signature and date, then a "
           "line of the shop's RANDOM CHARACTERS (「扛版垒赫檀宦…」)",
     leaf_tasks=5, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], ["县疾控中心"], dl="5月5日", skip_deadline=True, lead_alternatives=[["县疾控中心"]],
          note="「加强部门协作配合县疾控中心做好病情监测点的工作」: the centre assists 县疾控中心, the one unit the item names "
               "for its work (responsible; as the lead accepted, since 配合 makes it the leading one); 「做好5月5日碘缺乏病防治日"
               "的宣传活动」: 5月5日 is the day of the event (2012 from the date): read either as its day or as a deadline, not "
               "checked"),
        S(["一", "(二)"], [], [], note=PROSE + "; 「提高群众知晓率」 has no figure; " + NODATE),
        S(["二", "(一)"], [], [], note=PROSE + "; " + NODATE),
        S(["二", "(二)"], [], [], note=PROSE + "; 目标责任制 and 奖罚制 are rules, not units; " + NODATE),
        S(["二", "(三)"], [], [],
          note="「教育部门要开展…健康教育,认真配合卫生部门做好…」: 教育部门 and 卫生部门 are category words (kinds of "
               "departments), not named units: " + PROSE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 一/(一), 一/(二), 二/(一), 二/(二), 二/(三) (every one sampled)",
            "no figures: 5月5日 is a day, 2012年1月1日 the signature; 「三个代表」 is a name",
            "the last line is the shop's filler (random characters), not text of the plan"])

# ---------------------------------------------------------------------------------------------------------
F7 = "x74_07_shexian-wangcun-zhen-2024-difangbing-fangzhi-gongzuo-jihua.txt"
plan(F7,
     title="王村镇2024年度地方病防治工作计划（关于印发《王村镇2024年度地方病防治工作计划》的通知）",
     title_note="the plan's title on line 9, the notice's on line 1: either",
     doc_no="", issuer="歙县王村镇人民政府 (Anhui, 黄山市歙县; the signature writes 「歙县王村村镇人民政府」)",
     date="2024-03-29", level="town (Anhui, 歙县王村镇)",
     source=page_source("https://www.ahshx.gov.cn/zwgk/public/6616382/11559326.html"),
     style="a county site's page: the notice (addressees 各村委会、镇直各有关单位, a preamble with a document number in square "
           "brackets 「歙地病办[2024]8号」, a 「如对本政策有不解之处」 line with phone and hours, 附: line, 特此通知, signature), then "
           "the plan: preamble, 「一、及时成立组织。」 (a leading group of NAMED PERSONS run into the line, and 「各村、相关单位主要"
           "领导为第一责任人,负责本区域的地方病防治工作」), 「二、工作任务及要求。」 with 一是/二是/三是 PROSE ENUMERATIONS run "
           "into the line (cut)",
     leaf_tasks=0, count_alternatives=[1, 2], attachment_task_rows=0,
     childless_top_level_sections=["一、及时成立组织", "二、工作任务及要求"],
     samples=[],
     plan_targets=[], phases=[], duties=[],
     notes=["no numbered item below 一、 and 二、: 0 by the mechanical rule (一是/二是/三是 are prose enumerations, not items); "
            "1 accepted (二、 read as one task, cut) and 2 (一、 read as a task as well: it also gives 各村、相关单位 their "
            "duty); no sample (no numbered path)",
            "余胜利, 钱伟, 张宏盛 … are persons, not units; 各村 and 相关单位 are kinds of bodies; 县卫生部门/县卫健部门 are the "
            "bodies the town helps",
            "no figures: 歙地病办[2024]8号 / 歙地病组〔2024〕8号 are document numbers, 0559-6680258 a phone number, 8:00-12:00 "
            "and 14:30-17:30 office hours"])

# ---------------------------------------------------------------------------------------------------------
F8 = "x74_08_xian-xumuye-zaihou-huifu-chongjian-shishi-fangan.txt"
plan(F8,
     title_note=NO_TITLE + ": the shop's file name 「2023年畜牧业建设实施方案.doc」 (line 2) and its keyword line 「2023 畜牧业 "
                           "建设 实施方案」 carry the upload year, and the text's own heading 「畜牧业建设实施方案(县)」 (start of "
                           "line 23) holds a placeholder 「(县)」; by its words a county's plan for 灾后 畜牧业 恢复重建",
     doc_no="", issuer="a county (「我县」, 县动物疫病预防控制中心, 各乡(镇); not named)",
     date="(not on the page; 上级补助/县级配套 of a disaster year; the shop's date 2023-04-16)", level="county (not named)",
     source=page_source("https://wnwk.com/doc/935744.html"),
     style="a document shop: 分享/下载 chrome, ID, size, page count, format, date, four numbered 温馨提示 notices (1.–4., the "
           "shop's, not the plan's), a customer-service number, a keyword title, then the WHOLE TEXT ON ONE LINE with blanks "
           "between parts: heading, 一、指导思想, 二、恢复重建工程及重建资金安排情况 (prose with funds), (一)灾后疫病防控与监测工程 "
           "with 「该工程由县动物疫病预防控制中心和各乡(镇)负责组织实施」 (cut); odd quotes 「“w〞病」",
     leaf_tasks=1, count_alternatives=[0], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], ["县动物疫病预防控制中心", "各乡(镇)"], **at(F8, " (一)"),
          note=CUT + "; 「该工程由县动物疫病预防控制中心和各乡(镇)负责组织实施」: two bodies jointly responsible, no lead "
               "(各乡(镇) keeps its bracket); " + NODATE),
     ],
     plan_targets=[{"number": 63.5, "unit": "万元"}, {"number": 60, "unit": "万元"}, {"number": 3.5, "unit": "万元"}],
     phases=[], duties=[],
     notes=["1 leaf on the page: 二/(一) (cut); 0 without it; 一、指导思想 is a section (" + GOALS + "); the shop's 温馨提示 "
            "1.–4. (lines 17–20) are the site's notices, not tasks of the plan",
            "plan targets in 二、: 重建恢复资金 63.5万元 (上级补助 60万元, 县级配套 3.5万元); 「五个工程」 is written in words",
            "ID:935744, 15.50KB, 7页, 2023-04-16 and the 客服 number 3074922707 are the shop's chrome: no targets, no dates"])

# round 39 (p39g): 「A联合B＋verb」 read as 「A会同B」 (CONVENTIONS.md round 34), by reading the items
from expected_tools import align39_units  # noqa: E402

align39_units('x74_02', ['二', '(一)', '2', '(1)'], ['市县团委'], ['市县团委', '市县组织部门'],
              '联合 as 会同 (round 34; closed round 39): 「市县团委要联合市县组织部门…进行专项检查」 is 「A会同B＋verb」: lead 市县团委 (lead [] accepted), responsible 市县团委, 市县组织部门 (kinds of body)', alt=[[]])  # noqa: E501


# Round 58 (rul78): aligned to tests/data/CONVENTIONS.md "Round 78 rulings" (p58e-1, governs; README, round 58)
from aligned_rulings import align78  # noqa: E402

align78("x74_03", None, "the 文件 head (line 2), the number line 「龙政办发〔2018〕58号」 (line 3), the issuer's line 「龙游县人民政府办公室」 (line 4) and the title line (line 5): the issuer's line above a title is read with the title, the issuer in front, the number line no part of it; the title line alone stays accepted (Round 74's x295_02) — one rule for x241_08, x43_06, x74_03 and x295_02, written in the pair form the scorer reads",
        "Titles, governs: round 46's x210_03, round 62 decided, round 67's x282_03 and Round 74's x295_02",
        title="关于开展第三次全县土地调查的通知（龙游县人民政府办公室关于开展第三次全县土地调查的通知）",
        title_note="aligned round 58 to CONVENTIONS.md \"Round 78 rulings\" (p58e-1, governs: round 46's x210_03, round 62 decided, round 67's x282_03 and Round 74's x295_02): the issuer's line above a title is read with the title, the issuer in front (龙游县人民政府办公室关于开展第三次全县土地调查的通知), the number line no part of it, and the title line alone stays accepted — written in the pair form the scorer reads 「title line（issuer + title line）」, either passing")

write_collected(DIR)
