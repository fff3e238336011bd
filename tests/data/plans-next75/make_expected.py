# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next75/expected.json from the hand-written answers below.

These plans are a small blind never-tuned set (built by helper c74, round 27, after plans-next74 was full; page openings
of documents from outside Shanghai in fields no earlier set has: 晚秋生产, 校园足球, 夜经济): never tune the parser on them
(see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on these plans by c74: the
lead scores them once.

    python tests/data/plans-next75/make_expected.py tests/data/plans-next75
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    CUT,
    NODATE,
    S,
    page_source,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

PROSE = ("no unit is named for the item (the subjects in the text are prose, roles or category words): "
         "lead = [], responsible = []")
GOALS = "a section of aims, principles or goals (总体要求/提高认识…) with no numbered children: no task"


# ---------------------------------------------------------------------------------------------------------
plan("x75_01_xian-nongyeju-tongchou-wanqiu-shengchan-shishi-yijian.txt",
     title="农业局统筹晚秋生产实施意见",
     title_note="line 5; lines 1 and 3 carry the site's label 「范文」 (dropped, as collection labels are)",
     doc_no="", issuer="a county's 农业局 (「全县」, 「各乡镇和县农林局」, 武阳乡; 川泽泻 and 川芎 place it in Sichuan; not named)",
     date="(not on the page)", level="county (Sichuan; not named)",
     source=page_source("https://www.meizhang.com/yijian/gzssyj/524979.html"),
     style="an essay site: breadcrumb 「美章网 资料文库 …范文」, the title with 「范文」, the title, blank lines between paragraphs, "
           "一、提高认识,加强宣传 (one paragraph naming 「各乡镇和县农林局」 as its subjects, no numbered children), 二、明确任务,"
           "狠抓落实 / (一) with a paragraph of AREA GOALS (万亩, 万吨, 元), (二) with 一是…四是 prose and DAY DEADLINES "
           "WITHOUT A YEAR 「9月10日前」「8月20日前」「9月10日以前」, (三) cut after 「重点抓好以武阳乡、」",
     leaf_tasks=3, count_alternatives=[2, 4], attachment_task_rows=0,
     childless_top_level_sections=["一、提高认识,加强宣传"],
     samples=[
        S(["二", "(一)"], [], [],
          targets=[(15.5, "万亩"), (8.3, "万亩"), (5.7, "万亩"), (1.5, "万亩"), (1.119, "万吨"), (20, "元")],
          note="heading line, text two lines below: " + PROSE + "; targets: 晚秋作物 15.5万亩, 粮食 8.3万亩 (秋洋芋 6.0, 秋红苕 "
               "1.0, 秋大豆 0.8, 秋玉米 0.5万亩), 秋菜 5.7万亩, 川泽泻 1.5万亩, 总产 1.119万吨, 人均增收 20元; " + NODATE),
        S(["二", "(二)"], [], [], dl="9月10日前", skip_deadline=True, not_targets=[(10, "号"), (3, "号")],
          other_deadlines=["8月20日前", "9月10日以前"],
          note=PROSE + "; three sowing/planting days without a year (the page shows none): 秋洋芋 「9月10日前」, 秋大豆 "
               "「8月20日前」, 川泽泻 「9月10日以前」 — not checked; 川芋56, 中薯2号, 坝薯10号, 浙春3号, 贡豆1、4号 are variety "
               "names, not targets"),
        S(["二", "(三)"], [], [], note=CUT + " (after 「重点抓好以武阳乡、」): " + PROSE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/(一), 二/(二), 二/(三) (cut); 2 without the cut item; 4 accepted with 一、 counted (it gives work to "
            "「各乡镇和县农林局」 in prose); 一是…四是 are prose enumerations, not items",
            "一、's 「各乡镇和县农林局务必…」: the plan's bodies in prose (a section, not sampled)"])

# ---------------------------------------------------------------------------------------------------------
plan("x75_02_shenyang-2013-qingshaonian-xiaoyuan-zuqiu-huodong-gongzuo-jihua.txt",
     title="市青少年校园足球活动工作计划",
     title_note="line 6 (line 1 has the site's 「[VIP]」 label)",
     doc_no="", issuer="沈阳 (Liaoning): 「沈阳校足办」, 「我市」, 法库县 (a county of 沈阳); the issuer is not named",
     date="(2013–2014 school year, 「20132014年度」; the site's date 2013-12-13)", level="city (Liaoning, 沈阳)",
     source=page_source("https://www.fanwenq.com/html/2013-12-13/3b7bb9d32d210ba7.html"),
     style="a paid-essay site's preview: title with 「[VIP]」, a 发布时间/文章大小/页数 line, site links, the title, a one-sentence "
           "preamble, 「一、科学规划,…」 (the only numbered item) with 首先/其次/三是 PROSE ENUMERATIONS holding YEARS "
           "(「到2020年,要增加到100所布局学校」, 「争取2014年开展…联赛」, 「2014年布局四到六所学校」), cut, then the site's "
           "login form (会员信息/用户名/密 码/验证码/注册); short (1,310 bytes: the stored page is that short)",
     leaf_tasks=0, count_alternatives=[1, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、科学规划,制定我市校园足球长期工作目标"],
     samples=[],
     plan_targets=[{"number": 100, "unit": "所"}],
     phases=[], duties=[],
     notes=["no numbered item below 一、: 0 by the mechanical rule; 1 accepted (一、 read as a task: it holds the work) and 3 "
            "(首先/其次/三是 read as items); no sample (no numbered path below the top level)",
            "plan target: 布局学校 100所 by 2020; 「四到六所」 is written in words; 2014, 2020 are years; 1190字节, 3页, "
            "1点券 are the site's chrome; 沈阳校足办 is the body in prose (「将制定…规划」, 「正在…调研」)"])

# ---------------------------------------------------------------------------------------------------------
plan("x75_03_zhongshan-2023-cujin-yejingji-fazhan-shishi-fangan.txt",
     title="中山市促进夜经济发展实施方案",
     title_note="line 5 (the page starts at the notice's addressees: the notice's own title is not on it)",
     doc_no="", issuer="中山市人民政府办公室 (Guangdong)", date="2023-09-04", level="city (Guangdong, 中山)",
     source=page_source("http://zs.gov.cn/zwgk/gzdt/tzgg/content/post_2319065.html"),
     style="a city government's page cut to its notice: addressees, a two-sentence cover (「执行中遇到的问题,请径向市商务局反映」), "
           "issuer and date, the plan's title, preamble, 一、总体要求 (one paragraph), 二、主要任务 / (一) one long paragraph "
           "ending in a LABELLED UNIT LIST 「(责任单位:市商务局、市城管和执法局、市文化广电旅游局、各镇街)」, (二) cut after "
           "「在不影」",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["二", "(一)"], [], ["市商务局", "市城管和执法局", "市文化广电旅游局", "各镇街"], targets=[(20, "个"), (3, "个")],
          dl="三年内", skip_deadline=True,
          note="「(责任单位:…)」 at the item's end: four responsible bodies, no lead (the label is 责任单位); targets: 夜经济聚集区 "
               "不少于 20个, 夜间文化和旅游消费集聚区 三年内不少于 3个; 「三年内」 is a span from the plan's date (no date written): "
               "not checked"),
        S(["二", "(二)"], [], [], note=CUT + " (before its label): " + PROSE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 二/(一) and 二/(二) (cut); 1 without the cut item; 一、总体要求 is a section (" + GOALS + ")",
            "「执行中遇到的问题,请径向市商务局反映」 is a contact instruction, not a reporting duty (as plans-next51's x51_12)"])

write_collected(DIR)
