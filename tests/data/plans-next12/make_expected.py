# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next12/expected.json from the hand-written answers below.

These plans are a blind never-tuned set of round 14 (built by corpusQ; page openings of plans from outside
Shanghai): never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text
(by ``locate`` of ../plans/expected_tools.py); every answer was written here by reading the texts. Neither the
parser nor the scorer was run on these plans by corpusQ: the lead scores them once.

    python tests/data/plans-next12/make_expected.py tests/data/plans-next12
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from functools import partial  # noqa: E402

from expected_tools import (  # noqa: E402
    CUT,
    PAGES,
    S,
    at_in,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

HAND = ("; the excerpt was copied by hand from the tool's answer into the file (JSON escapes undone, a final newline "
        "added)")
PROSE = "no unit is named for the item (the subjects in the text are prose, roles or category words): lead = [], responsible = []"
at = partial(at_in, DIR)
GOALS = "an item of aims (指导思想/奋斗目标/重要性…) under a numbered section: with the section counted as 0 tasks is accepted"


def src(url):
    return url + " — " + PAGES + HAND


# ---------------------------------------------------------------------------------------------------------
plan("q01_jiashan-zhen-nongcun-huanjing-weisheng-zhengjie-xingdong-huanwei-gongzuo-jihua.txt",
     title="环卫工作计划",
     title_note="the compiled article's heading 「环卫工作计划(2)」 (line 3; (2) is the site's page number): the town's "
                "own plan title is not on the page (this is page 2 of the article); doubtful — any title may be read",
     doc_no="", issuer="夹山镇人民政府 (镇政府 named; the province is not on the page)", date="",
     level="town (夹山镇; province not given)",
     source=src("http://www.010zaixian.com/gongwen/gongzuojihua/418269_2.htm"),
     style="town rural sanitation plan on an essay site: chrome lines, 「  一、 广泛宣传发动」 (a blank after 、, two-blank "
           "indents) as one paragraph, 二、强化行政措施 with 「1、」「2、」; item 2 names the duty of each 站/所 as 「镇文广站负责…;"
           "农技站负责…」 and is cut",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=["一、 广泛宣传发动"],
     samples=[
        S(["一"], [], [], skip_deadline=True,
          note=PROSE + " (镇政府 and 各村(居) are the sentence subjects); 「在3月初」 is a month without a year (the page's "
                       "2021-08-31 is the site's date, not the plan's): the deadline is not checked"),
        S(["二", "1"], [], [],
          note=PROSE + " (a leading group's make-up: 镇城建站、财政所… are members, not the item's responsible units)"),
        S(["二", "2"], [], ["镇整治领导小组办公室", "镇文广站", "农技站", "镇卫生院(爱卫办)", "城建站"],
          note="「X负责…;Y负责…」 duty clauses: each unit named before 负责 is responsible, no lead; 镇卫生院(爱卫办) is one "
               "unit as printed; doubtful: a reader may also take the item as prose (PROSE); " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["一 has no numbered children but is an action, not aims: counted (3); 2 without it",
            "「全覆盖」 is no number: no target"])

# ---------------------------------------------------------------------------------------------------------
plan("q02_xxxiang-2012-anquan-shengchan-gongzuo-shishi-yijian.txt",
     title="关于2012年安全生产工作实施意见（XX乡人民政府关于2012年安全生产工作实施意见）",
     title_note="the issuer 「XX乡人民政府」 alone on line 2 and 「关于2012年安全生产工作实施意见」 on line 3 (line 1 「第一篇:XX乡人民政府」 is "
                "the site's heading): either the name or the whole notice title",
     doc_no="", issuer="XX乡人民政府 (the name blanked by the site; 县委、县政府 above it)", date="2012",
     level="township (name blanked; province not given)",
     source=src("https://xiexiebang.com/a4/2019051215/462e8ad94611422d.html"),
     style="township opinion on a document site: 一、 with 「1、」「2、」「3、」 heading lines and the body on the next line; a page "
           "number 「1」 glued to the start of a line (「1群众的生命财产安全」, line 9: not an item); 二、 one paragraph of roles",
     leaf_tasks=4, count_alternatives=[1, 3], attachment_task_rows=0, childless_top_level_sections=["二、强化领导、责任到人"],
     samples=[
        S(["一", "1"], [], [], note=PROSE + " (各村(社区)委会、乡级各部门 are the addressees as a category); " + GOALS),
        S(["一", "2"], [], [], note=PROSE + "; " + GOALS),
        S(["一", "3"], [], [], skip_deadline=True,
          note=PROSE + "; 「年内无安全责任死亡事故」: 年内 is the plan's year (2012) as a goal period: the deadline is not "
                       "checked; 无 (none) is no number: no target; " + GOALS),
        S(["二"], [], [], note=PROSE + " (乡长, 分管领导, 主要领导, 村(社区)委会主任 are roles)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves (一/1–3 and 二); 1 if 一 is a section of aims; 3 if 二 (childless) is a section",
            "the 「1」 at the start of line 9 is a page number run into the text, not an item 1"])

# ---------------------------------------------------------------------------------------------------------
plan("q03_pingshan-bx-2025-qu-zhengfu-xitong-jianyi-tian-banli-gongzuo-tongzhi.txt",
     title="关于做好2025年区政府系统建议提案办理工作有关事宜的通知",
     title_note="line 7 (with a blank inside, as in the site's metadata on line 2) and lines 13 and 15 (split in two)",
     doc_no="平政办发〔2025〕1号", issuer="本溪市平山区人民政府办公室 (Liaoning; 区政府办公室 signs the text)",
     date="2025-03-25", level="district (Liaoning, Benxi Pingshan)",
     source=src("https://ps.benxi.gov.cn/publicity/qzfxx/zfwj/szfbwj/129161"),
     style="district notice on handling NPC deputies' suggestions and CPPCC proposals (建议提案办理): metadata chrome, the "
           "title twice, a garbled doc number 「平政20251」, lines of one blank, 一、 one paragraph, 二、 / (一)交办确认 cut",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、提高思想认识,压实办理责任"],
     samples=[
        S(["一"], [], [], targets=[(100, "%")],
          note=PROSE + " (各承办单位 and 区政府办公室 are prose); 「办复率、见面率、满意率均达到100%」: one 100 %"),
        S(["二", "(一)"], [], [], skip_deadline=True,
          note=PROSE + " (「政府办」 is the sentence subject; doubtful: a reader may take it as the unit); 「分解阶段(2025115117日)」 "
                       "is a garbled date (年/月 lost on the page, likely 2025-01-15 to 01-17): not checked; the meeting "
                       "ordinals (十七届人大四次会议…) are no targets; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves (一 childless but an action, and 二/(一)); 1 without 一 or without the cut item",
            "第39次常务会议 is an ordinal: no target"])

# ---------------------------------------------------------------------------------------------------------
plan("q04_zhen-huanwei-jizhong-zhengzhi-xingdong-fangan.txt",
     title="环卫集中整治行动方案",
     title_note="line 1",
     doc_no="", issuer="a town (我镇; 区委十三届四次全会 above it): the place is not on the page (a forum repost)", date="",
     level="town (place not given; 「城乡融合发展示范区」 suggests Zhejiang, not confirmed)",
     source=src("https://bbs.pinggu.org/thread-14532495-1-1.html"),
     style="town sanitation campaign as 「实施意见」: 一、指导思想 one paragraph, 二、整治内容 with 「1、」「2、」 run-in items; "
           "item 2 cut at 「...」, then forum chrome (雷达卡, an ICP line)",
     leaf_tasks=2, count_alternatives=[3], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "1"], [], [], note=PROSE + "; 「门前三包」 is a name"),
        S(["二", "2"], [], [], note=PROSE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["「19个行政村、1个渔业社」 is the scope of the campaign, not a target",
            "「京公网安备 11010802022788号」 is the forum's licence line: no target, no document number"])

# ---------------------------------------------------------------------------------------------------------
plan("q05_xuexiao-jiaotong-anquan-jizhong-zhengzhi-xingdong-gongzuo-fangan.txt",
     title="整治方案",
     title_note="the heading 「整治方案 篇1」 (line 5; 篇1 is the compilation's counter): the school's own title is not on the "
                "page, and line 1 「精选整治方案范文汇编六篇」 is the essay site's; doubtful",
     doc_no="", issuer="a school (我校; 组长 苏孝春; the place is not on the page)", date="",
     level="school (place not given)",
     source=src("https://www.fanwen100.com/zhichang/gongzuofangan/329601.html"),
     style="a school's campaign plan as the first of six on an essay site: 一、总体思路 and 二、工作目标 one paragraph each, "
           "三、 a team of 组长/副组长/成员 lines, 四、整治内容 with one-line (一)…(五); (五) cut",
     leaf_tasks=5, count_alternatives=[4, 6], attachment_task_rows=0,
     childless_top_level_sections=["一、总体思路", "二、工作目标", "三、成立道路交通安全整治小组"],
     samples=[
        S(["四", "(一)"], [], [], note=PROSE),
        S(["四", "(二)"], [], [], note=PROSE + "; 「定期」 is a rhythm, not a deadline"),
        S(["四", "(四)"], [], [], note=PROSE),
        S(["四", "(五)"], [], [], note=PROSE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves under 四 (4 without the cut (五); 6 if 三's team is read as a task)",
            "苏孝春, 许兴贵 are persons, 各班班主任 a role: no units anywhere"])

# ---------------------------------------------------------------------------------------------------------
plan("q06_xxxzhen-200x-zhengzang-zhiluan-zhuanxiang-xingdong-shishi-fangan.txt",
     title="XXX镇200X年“整脏治乱”专项行动实施方案",
     title_note="the title twice run together at the start of line 10, after seven lines of the document site's terms "
                "(「- 1、…」 to 「- 7、…」: these are not items)",
     doc_no="", issuer="XXX镇 (names and years blanked by the uploader; 省委、省政府 above it)", date="200X",
     level="town (blanked; province not given)",
     source=src("https://max.book118.com/html/2018/0119/149564945.shtm"),
     style="document-site chrome (seven 「- n、」 bullet lines of terms), then the whole plan opening on one line: title ×2, "
           "preamble, 「一、整治目标」 inline and cut",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、整治目标"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["no item on the page: 0 tasks (1 if 一、整治目标 is read as one); the site's 「- 1、」…「- 7、」 lines are not tasks",
            "「一年…两年…三年…四年…五年」 is a slogan, 400-050-0827 a phone number, 1次 a download quota: no targets"])

# ---------------------------------------------------------------------------------------------------------
Q07 = "q07_daxing-zhen-2022-zhenrong-he-huanjing-weisheng-jizhong-zhengzhi-fangan.txt"
plan(Q07,
     title="镇容和环境卫生集中整治方案（2022年镇容和环境卫生集中整治方案）",
     title_note="the plan's own title (twice, run together at the start of line 3, after the site's 「1、」) or the document "
                "site's title with the year (line 1, 「 .doc」 dropped)",
     doc_no="", issuer="大兴镇人民政府 (镇政府; 大兴/启建/集东居委会; the province is not on the page)", date="2022 (site title)",
     level="town (大兴镇; province not given)",
     source=src("https://taowenge.com/p-48633715.html"),
     style="document-site text in three run-on lines that start with the site's page markers 「1、」「2、」「3、」 (NOT items); "
           "一、时间及阶段划分 with three dated 阶段, 二、责任区域划分. empty, 三、整治要求及标准 with inline 1、…6、; 6 cut",
     leaf_tasks=6, count_alternatives=[5, 7, 8], attachment_task_rows=0,
     childless_top_level_sections=["一、时间及阶段划分", "二、责任区域划分"],
     samples=[
        S(["三", "1"], [], [], **at(Q07, "三、整治要求及标准1、"), note=PROSE),
        S(["三", "3"], [], [], **at(Q07, "。3、"), note=PROSE + " (镇主管部门 is a category)"),
        S(["三", "4"], [], [], **at(Q07, "。4、"), note=PROSE),
        S(["三", "6"], [], [], line=4, title_starts="无店外店", note=PROSE + "; " + CUT + " (it runs over the site's 「3、」 into line 5)"),
     ],
     plan_targets=[],
     phases=[{"name": "第一阶段", "start": "2022-02", "end": "2022-02"},
             {"name": "第二阶段", "start": "2022-02", "end": "2022-02"},
             {"name": "第三阶段", "start": "2022-02", "end": "2022-02"}],
     duties=[],
     notes=["6 leaves under 三 (5 without the cut 6; 7 or 8 with 一/二 read as tasks)",
            "phases: 2月20日 and 2月22日 / 2月23日至2月25日 / 2月26日, the year (2022) from the site's title only: doubtful",
            "城管队、大兴居委会、启建居委会、集东居委会 分区负责 is in the preamble, not in a task"])

# ---------------------------------------------------------------------------------------------------------
plan("q08_jinnan-xxzhen-2021-xiangzhen-zhongdian-gongzuo-anpai.txt",
     title="乡镇重点工作安排",
     title_note="line 1 (again on line 5), the essay site's heading; the town's name is not on the page",
     doc_no="", issuer="a town (我镇; 袁才村, 小垛庄村; 「津南地区」, 塑料中空制品展会 and 「省重点项目」 suggest Hebei, Cangzhou — "
                       "not confirmed)", date="2021 (the plan's year in the text; 2022-04-09 is the site's date)",
     level="town (province not given)",
     source=src("https://www.wenmi.com/article/qr9ta1064wrs.html"),
     style="a town's list of key work for 2021 on an essay site: (一)…(五) each a paragraph with 「一是…二是…」 inside, dense "
           "money/length targets; (五) cut",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["(一)"], [], [], note=PROSE + "; 「两委」 is a name"),
        S(["(二)"], [], [], targets=[(3, "个")], skip_deadline=True,
          note=PROSE + "; 「2021年计划申报并打造3个以上」: the plan's year as a period, not checked; 「六星级」 is a grade"),
        S(["(三)"], [], [], dl="力争2021年7月1日正式开馆", dln="2021-07-01",
          note=PROSE + "; 「占地6亩多」 is the site's size (neither required nor excluded); 「一百周年」 is a name"),
        S(["(四)"], [], [], targets=[(2500, "万元"), (27, "公里"), (1700, "万元"), (2000, "万元"), (700, "万元"), (300, "亩"), (20, "亿元")],
          skip_deadline=True, note=PROSE + "; 「2021年计划投资」: the plan's year, not checked; 中电建投资集团 is an investor, not a unit"),
        S(["(五)"], [], [], targets=[(3, "万平米")], skip_deadline=True,
          note=PROSE + "; 「2021年…于下半年」: not checked; 「第三届」 is an ordinal; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves; 4 without the cut (五)"])

# ---------------------------------------------------------------------------------------------------------
plan("q09_sanhe-zhen-zhengfu-2024-gongzuo-jihua.txt",
     title="政府2024年工作计划",
     title_note="the essay site's heading 「政府2024年工作计划2024年工作计划篇1」 (line 2, garbled: the site's title twice and "
                "篇1): no plan title on the page; doubtful",
     doc_no="", issuer="三和镇 (三和集镇; 大陈村, 后李村; xx县; 省道s309 — the province is not on the page)",
     date="(blanked: 20xx; 2024 is the site's)", level="town (province not given)",
     source=src("https://www.gongwen99.com/cehuashu/69599.html"),
     style="a town's yearly plan as the first of eight on an essay site: 一、工作思路 one paragraph, 二、工作重点 with 「1、」…「5、」, "
           "some numbers blanked (20xx亩, xx县); 5 cut",
     leaf_tasks=5, count_alternatives=[4, 6], attachment_task_rows=0, childless_top_level_sections=["一、工作思路"],
     samples=[
        S(["二", "1"], [], [], targets=[(2, "亿元"), (5000, "万元"), (3000, "亩")],
          note=PROSE + " (xx县宝鑫粮油储备有限公司 is the investor served, not a unit)"),
        S(["二", "2"], [], [], targets=[(3000, "亩"), (1000, "亩")],
          note=PROSE + "; 「20xx亩」 twice is blanked: no number"),
        S(["二", "3"], [], [], note=PROSE + "; 「尽快」 is no date"),
        S(["二", "4"], [], [], note=PROSE + "; 「s309」 is a road's name"),
        S(["二", "5"], [], [], note=PROSE + "; " + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves under 二; 4 without the cut 5; 6 with 一、工作思路"])

write_collected(DIR)
