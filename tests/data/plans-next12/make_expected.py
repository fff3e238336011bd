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
from expected_tools import PAGES, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

HAND = ("; the excerpt was copied by hand from the tool's answer into the file (JSON escapes undone, a final newline "
        "added)")
PROSE = "no unit is named for the item (the subjects in the text are prose, roles or category words): lead = [], responsible = []"
CUT = "the page ends inside this item"
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

write_collected(DIR)
