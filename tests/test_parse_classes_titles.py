"""Issue 10's failure classes of the plan parser: titles: broken over lines, of web pages, of notices
that issue a plan.

Each class on a short text of its own, then the real case (the scorer covers whole plans:
tests/test_parse_score.py)."""

from __future__ import annotations

import re

import pytest
from helpers_parse import units
from parse_score import CORPUS_DIR

from desktop.core.parse import parse_text


def test_units_as_item_headings():
    plan = parse_text("某街道方案\n一、工作目标\n提升水平。\n二、职责分工\n1.街道消委办。牵头开展关爱工作。\n"
                      "2.派出所。配合开展排查。\n3.吴泾、塘湾派出所：负责巡查。\n4.区建管委、区交通委等建设主管部门：负责督促。\n"
                      "三、工作要求\n（一）加强领导。\n")
    assert units(plan)[:4] == [("二.1", [], ["街道消委办"]), ("二.2", [], ["派出所"]),
                               ("二.3", [], ["吴泾、塘湾派出所"]), ("二.4", [], ["区建管委", "区交通委"])]
    # a heading that only looks like a unit, alone among its siblings, is not one
    plan = parse_text("某区方案\n一、任务\n1.建设综合服务中心。完成选址。\n2.加强宣传。\n")
    assert units(plan) == [("一.1", [], []), ("一.2", [], [])]


# --- 5. numbering: unnumbered section headings ----------------------------------------------

def test_unnumbered_section_headings():
    plan = parse_text("2023年某区专项整治方案\n总体要求\n坚持安全第一。\n工作安排\n"
                      "（一）集中攻坚阶段。2023年11月底前完成整治。\n"
                      "（二）巩固提升阶段。2024年3月底前完成复查。\n工作要求\n（一）加强领导。成立专班。\n")
    assert [t.key for t in plan.tasks] == ["工作安排.一", "工作安排.二", "工作要求.一"]
    assert [(p.name, p.end) for p in plan.phases] == [("集中攻坚阶段", "2023-11"), ("巩固提升阶段", "2024-03")]
    assert not any("重复" in w for w in plan.warnings)


# --- titles broken over lines (HTML <br> in a web copy) ---------------------------------------

@pytest.mark.parametrize("head,title", [
    ("某省人民政府关于做好\n\n当前促进就业工作的若干意见\n\n某政发〔2024〕3号\n\n各市人民政府：",
     "某省人民政府关于做好当前促进就业工作的若干意见"),
    ("某市人民政府办公室关于全面推行\n行政执法公示制度\n执法全过程记录制度的指导意见\n某政办发〔2024〕8号",
     "某市人民政府办公室关于全面推行行政执法公示制度执法全过程记录制度的指导意见"),
    ("某市人民政府办公室关于开展\n城镇小区治理工作的通知\n某政办发〔2024〕9号",
     "某市人民政府办公室关于开展城镇小区治理工作的通知"),
    # a notice issuing a plan: the plan's name
    ("某市人民政府办公室关于印发“无废城市”建设\n试点工作方案的通知\n某政办发〔2024〕1号", "“无废城市”建设试点工作方案"),
    ("某区人民政府办公室关于转发区建管委《某区城市更新\n行动方案（2023-2025年）》的通知\n各街道：",
     "某区城市更新行动方案（2023-2025年）"),
])
def test_a_title_broken_over_lines_is_read_whole(head, title):
    plan = parse_text(head + "\n一、任务\n（一）整治河道。（市水务局负责）\n（二）清理垃圾。（市城管局负责）\n")
    assert plan.title == title


def test_the_real_two_line_titles_of_the_dev_set():
    from parse_score import DEV_DIR
    if not DEV_DIR.is_dir():
        pytest.skip("plans-dev is not here")
    text = (DEV_DIR / "05_guofa-2019-zonghe-baoshuiqu-ruogan-yijian.txt").read_text(encoding="utf-8")
    assert parse_text(text).title == "国务院关于促进综合保税区高水平开放高质量发展的若干意见"


# --- 9b. plan-level figures: the count in the title, the money put in -------------------------

def test_the_count_in_the_title_and_the_funds_are_plan_targets():
    plan = parse_text("2026年某区为老旧小区内既有的40个充电场所加装消防设施实施方案\n一、工作目标\n改善消防安全。\n"
                      "二、经费保障\n每个场所建设费用以10万元计，共需经费约400万元，由区级财政承担。\n"
                      "三、实施步骤\n(一)第一季度：做好立项。\n(二)第二季度：完成审批。\n")
    got = {(t.value, t.unit) for t in plan.plan_targets}
    assert {(40, "个"), (4000000, "元")} <= got
    # a year or a plan period in the title is no target
    plan = parse_text("某区文物保护三年行动计划（2024—2026年）\n一、任务\n（一）调查。\n（二）保护。\n")
    assert plan.plan_targets == []


@pytest.mark.parametrize("head,title", [
    # the 文号 above the title (county documents)
    ("某政办发〔2021〕5号\n县人民政府办公室关于\n对2021年重点工作\n进行责任分解的通知\n各镇人民政府,县政府各部门:",
     "县人民政府办公室关于对2021年重点工作进行责任分解的通知"),
    # a web page's metadata block names it
    ("| 索 引 号:123456/2019-00448 | 效力状态: |\n| 发文单位:某市人民政府办公室 | 成文日期:2019年03月08日 |\n"
     "| 标 题: 某市人民政府办公室关于办理代表建议的通知 |\n我要收藏\n文章分享\n各承办单位:",
     "某市人民政府办公室关于办理代表建议的通知"),
])
def test_titles_above_which_something_stands(head, title):
    plan = parse_text(head + "\n一、任务\n（一）整治河道。（市水务局负责）\n（二）清理垃圾。（市城管局负责）\n")
    assert plan.title == title


# --- round 2: titles of breakdowns, of notices issuing two plans, of web pages -------------------

@pytest.mark.parametrize("head,title", [
    # a notice issuing two breakdowns, its own title not on the page: the first one it names
    ("各区县人民政府,市直各单位:\n《2020年政府工作报告重点工作责任分解》和《十方面民生实事责任分解》已经市政府同意,现印发给你们。\n"
     "某市人民政府办公室\n2020年5月22日", "2020年政府工作报告重点工作责任分解"),
    # a web page: its metadata names the document (名称:), then its own title line, then the title
    # broken over two lines above the addressees
    ("索引号:000014348/2024-1\n名称:某县人民政府办公室关于做好建议提案办理工作的通知\n主题分类:建议提案\n"
     "某县人民政府办公室关于做好建议提案办理工作的通知\n某县人民政府办公室\n关于做好建议提案办理工作的通知\n各乡镇政府:",
     "某县人民政府办公室关于做好建议提案办理工作的通知"),
    ("某县人民政府办公室关于做好建议提案办理工作的通知\n某县人民政府办公室\n关于做好建议提案办理工作的通知\n各乡镇政府:",
     "某县人民政府办公室关于做好建议提案办理工作的通知"),
])
def test_titles_of_breakdowns_and_web_pages(head, title):
    plan = parse_text(head + "\n一、任务\n（一）整治河道。（市水务局负责）\n（二）清理垃圾。（市城管局负责）\n")
    assert plan.title == title


def test_the_real_titles_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    tuning = CORPUS_DIR.parent / "plans-heldout"
    x01 = parse_text((tuning / "x01_huzhou-2020-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fenjie.txt")
                     .read_text(encoding="utf-8"))
    assert x01.title == "2020年政府工作报告重点工作责任分解"
    x02 = parse_text((tuning / "x02_weixian-2024-renda-jianyi-zhengxie-tian-banli-tongzhi.txt")
                     .read_text(encoding="utf-8"))
    assert x02.title == "魏县人民政府办公室关于做好2024年人大代表建议政协提案办理工作的通知"


@pytest.mark.parametrize("page", [
    # the page's heading drops the district; the document's own title is broken over two lines
    "落实河长制的工作方案\n发布：2020-05-01 浏览：120\n某区人民政府办公室\n2020 年 5 月 1 日\n— 2 —\n"
    "某区落实河长制\n的工作方案\n",
    # on one line, after a page number
    "落实河长制的工作方案\n栏目：方案\n- 3 -\n某区落实河长制的工作方案\n",
])
def test_a_page_heading_gives_way_to_the_fuller_own_title(page):
    plan = parse_text(page + "一、任务\n（一）整治河道。（区水务局负责）\n")
    assert plan.title == "某区落实河长制的工作方案"


def test_a_heading_without_a_fuller_title_below_stays():
    plan = parse_text("落实河长制的工作方案\n一、任务\n（一）整治河道。（区水务局负责）\n"
                      "（二）落实河长制的工作方案要求的巡河。（区水务局负责）\n")
    assert plan.title == "落实河长制的工作方案"


def test_the_real_titles_of_round_3():
    from parse_score import CORPUS_DIR
    fresh = CORPUS_DIR.parent / "plans-fresh"
    titles = {name: parse_text((fresh / name).read_text(encoding="utf-8")).title for name in (
        "f01_shijingshan-2019-xinshidai-jiedao-gongzuo-renwu-fenjie-fangan.txt",
        "f02_caidian-2023-zhengfu-gongzuo-baogao-mubiao-renwu-zeren-fenjie.txt",
        "f03_leshan-2020-zhengfu-gongzuo-baogao-zhongdian-gongzuo-renwu-fengong-fangan.txt")}
    assert list(titles.values()) == ["石景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案",
                                     "2023年区《政府工作报告》确定的主要目标任务责任分解方案",
                                     "《政府工作报告》重点工作任务分工方案"]


# --- round 4 (plans-unseen class 1): a title from page chrome or a closing line ----------------

@pytest.mark.parametrize("head,title", [
    # a page's metadata table flattened to text: the cell separators are no part of the title
    ("索引号: | 0012345/2024-0012 | 公开方式: | 主动公开 |\n发布日期: | 2024-03-02 | ||\n发布单位: | 某镇 |\n"
     "2024年某镇重点工作安排 | ||\n", "2024年某镇重点工作安排"),
    ("| 某街道2025年工作要点 |\n", "某街道2025年工作要点"),
    # a notice that hands out work drawn from a report named in 《》: the notice's own title
    ("某县人民政府办公室关于印发《政府工作报告》重点工作责任分工的通知\n某政办发〔2024〕2号\n各乡镇人民政府：\n",
     "某县人民政府办公室关于印发《政府工作报告》重点工作责任分工的通知"),
    # a metadata value (有效, 现行有效) above the notice's title is not part of it
    ("主题分类\n2024-02-01\n有效\n某区人民政府办公室关于印发《政府工作报告》目标任务分解的通知\n字号:\n"
     "各街道办事处：\n", "某区人民政府办公室关于印发《政府工作报告》目标任务分解的通知"),
])
def test_a_title_without_the_chrome_around_it(head, title):
    plan = parse_text(head + "一、任务\n（一）整治河道。（县水务局负责）\n（二）清理垃圾。（县城管局负责）\n")
    assert plan.title == title


@pytest.mark.parametrize("closing", [
    "某县人民政府办公室\n2024年3月5日\n（此件公开发布）\n",
    "二〇二四年三月五日\n",
    "二○二四年三月五日\n|\n",
    "某区人民政府\n2019年8月1日\n",
])
def test_a_text_without_a_title_takes_neither_its_signature_nor_its_date(closing):
    plan = parse_text("各乡镇人民政府，县政府各部门：\n为落实县人大会议确定的各项任务，现将任务分解表印发给你们。\n"
                      "请各牵头单位细化分解，确保按时完成。\n附件：任务分解表\n" + closing)
    assert plan.title == ""


def test_the_real_titles_of_round_4():
    unseen = CORPUS_DIR.parent / "plans-unseen"
    titles = {name: parse_text(next(unseen.glob(name + "*.txt")).read_text(encoding="utf-8")).title
              for name in ("u03", "u04", "u05", "u07")}
    assert titles == {"u03": "2023年章镇镇政府主要工作安排和任务分解",
                      "u04": "济南市长清区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知",
                      "u05": "", "u07": ""}


# --- round 4, point 2: web-page chrome is never a title, task, unit or target -----------------
# Most plans users paste come from government web pages. Made-up pages built from the furniture
# such sites put around a document (written from general knowledge of such pages).

_CHROME_TOP = [
    "无障碍 | 长者模式 | 登录 | 注册\n首页 > 政务公开 > 政策文件 > 区政府文件\n",
    "当前位置：首页 > 信息公开 > 政府信息公开目录 > 计划总结\n",
    "您现在的位置：首页>>政务公开>>通知公告\n发布时间：2024-03-05 10:20  来源：区住建局  浏览次数：1234\n"
    "字号：大 中 小\n【打印本页】【关闭窗口】\n分享到：\n",
    "| 索引号: | 000014349/2024-00123 | 主题分类: | 城乡建设 |\n| 发布机构: | 某区住房和城乡建设管理委员会 | "
    "发文日期: | 2024-03-05 |\n| 标题: | 某区2024年老旧小区改造工作方案 | | |\n"
    "字体：[ 大 中 小 ]  视力保护色：\n发布时间：2024-03-05 09:00:00 来源：区住建局 作者：王明 阅读次数：568\n",
    "某区2024年老旧小区改造工作方案_某区人民政府门户网站\n首页 > 政务公开 > 计划规划\n"
    "索引号：11310000/2024-00012 主题分类：城乡建设 有效性：有效\n",
]
_CHROME_BOTTOM = [
    "【打印本页】【关闭窗口】【收藏】\n上一篇：某区关于开展安全生产大检查的通知\n下一篇：某区2024年为民办实事项目\n"
    "分享到：微信 微博 QQ空间\n扫一扫在手机打开当前页\n",
    "【打印本页】 【关闭窗口】 【返回顶部】\n相关文件：\n1.某区关于做好2024年城市更新工作的通知\n"
    "2.某区2023年老旧小区改造工作总结\n",
    "主办单位：某区人民政府办公室  承办单位：某区大数据中心\n网站标识码：3101150001  沪ICP备12345678号-1  "
    "公安机关备案号31011502000123\n版权所有：某区人民政府  联系我们 | 网站地图 | 隐私声明\n",
    "[打印] [关闭]\n技术支持：某某信息科技有限公司  联系电话：021-12345678\n",
]
_PAGE_BODY = ("某区2024年老旧小区改造工作方案\n为推进老旧小区改造，制定本方案。\n"
              "一、工作目标\n2024年完成30个小区改造。\n二、主要任务\n（一）完善基础设施。改造供水管网。（牵头单位：区住建局；责任单位：区水务局）\n"
              "（二）提升小区环境。整治小区绿化。（牵头单位：区城管局；责任单位：区生态环境局）\n"
              "三、保障措施\n（一）加强组织领导。成立工作专班。（区住建局负责）\n")
_CHROME_WORDS = re.compile(r"打印|关闭|收藏|返回顶部|上一篇|下一篇|分享|扫一扫|相关文件|主办|承办|网站|ICP|备案|版权|"
                           r"联系|技术支持|首页|位置|发布|来源|浏览|阅读|字号|字体|索引|分类|打开")


@pytest.mark.parametrize("top", _CHROME_TOP)
@pytest.mark.parametrize("bottom", _CHROME_BOTTOM)
def test_web_page_chrome_is_no_title_task_unit_or_target(top, bottom):
    plan = parse_text(top + _PAGE_BODY + bottom)
    assert plan.title == "某区2024年老旧小区改造工作方案"
    assert [t.key for t in plan.tasks] == ["二.一", "二.二", "三.一"]
    assert not [t.text for t in plan.tasks if _CHROME_WORDS.search(t.text)]
    assert {u for _key, lead, resp in units(plan) for u in lead + resp} == {
        "区住建局", "区水务局", "区城管局", "区生态环境局"}
    assert [(t.value, t.unit) for t in plan.plan_targets] == [(30, "个")]
    assert not [t for task in plan.tasks for t in task.targets]
    assert plan.duties == []


@pytest.mark.parametrize("top", [
    "| 索引号: | 000014349/2024-00123 | 主题分类: | 城乡建设 |\n| 标题: | 某区2024年老旧小区改造工作方案 | | |\n",
    "某区2024年老旧小区改造工作方案-某区人民政府网\n当前位置：首页 > 政务公开 > 计划规划\n",
])
def test_a_page_whose_text_has_no_title_line_takes_the_pages_own(top):
    # the breadcrumbs (ending in 计划规划) are never the title; the metadata cell or the page's own
    # title line without the site's name is
    plan = parse_text(top + "发布时间：2024-03-05 09:00:00 来源：区住建局\n为推进老旧小区改造，制定本方案。\n"
                      "一、主要任务\n（一）完善基础设施。（区住建局负责）\n（二）提升小区环境。（区城管局负责）\n")
    assert plan.title == "某区2024年老旧小区改造工作方案"
    assert units(plan) == [("一.一", [], ["区住建局"]), ("一.二", [], ["区城管局"])]
