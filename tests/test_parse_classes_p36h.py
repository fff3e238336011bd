"""Round 36 (p36h): structure leftovers — made-up wordings, each with a near miss that must not change.

1. A closing paragraph after an article's items that gives work 「除上述情形外，确需…的，由A负责」 is one more task of
   the article (round 36 early rulings → Tasks); one that names no doer stays the last item's text.
2. A childless 保障措施／组织实施 top-level point that names a doer by rule 2 is a task like the other childless points
   with a doer; one that names none stays a section.
3. A scope article 「本办法包括…等内容」 among a 办法's articles is a general provision, also on a page printed on one
   line; an article that gives work after it stays a task.
4. Titles: a title run into the opening paragraph after a masked year 「XX年…」; a site's heading that adds places in
   front of the notice's own title below its source line.
"""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.exception_paragraphs import set_aside_paragraph
from desktop.core.parse.titles import find_title

# --- 1. a closing paragraph after an article's items ------------------------------------------------------------
ARTICLES = ("某区户外广告设施管理办法\n"
            "第一条 设置主体\n"
            "户外广告设施由下列单位按照规划设置：\n"
            "（一）新建的公共建筑配套设置广告设施的，由建设单位负责；\n"
            "（二）既有公共建筑设置广告设施的，由产权单位负责。\n"
            "除上述情形外，确需设置广告设施的，经区人民政府同意后，由区市容局负责。\n"
            "第二条 日常维护\n"
            "区城管执法局负责广告设施的日常巡查，发现问题及时督促整改。\n"
            "第三条 安全检查\n"
            "区市场监管局负责广告设施的安全抽查，每年不少于两次。\n")


def test_set_aside_paragraph_with_a_doer_is_one_more_task():
    plan = parse_text(ARTICLES)
    first = [t for t in plan.tasks if t.path == ["1"]]
    assert [t.number for t in first][:2] == ["一", "二"]
    assert len(first) == 3
    assert first[2].responsible_units == ["区市容局"]
    assert "除上述情形外" in first[2].title
    assert "除上述" not in first[1].text       # no longer the last item's text


def test_set_aside_paragraph_without_a_doer_stays_text():
    text = ARTICLES.replace("除上述情形外，确需设置广告设施的，经区人民政府同意后，由区市容局负责。",
                            "除上述情形外，任何单位不得擅自设置广告设施。")
    plan = parse_text(text)
    assert len([t for t in plan.tasks if t.path == ["1"]]) == 2
    assert not set_aside_paragraph("除上述情形外，任何单位不得擅自设置广告设施。")
    assert not set_aside_paragraph("区市容局负责除上述情形外的设施。")
    assert set_aside_paragraph("除以上规定外，其他设施由各街镇负责。")


# --- 2. a childless 保障措施 point with a doer ----------------------------------------------------------------
SAFEGUARDS = ("某区背街小巷整治实施方案\n"
              "一、工作目标\n"
              "到2026年底，完成全区背街小巷整治。\n"
              "二、工作任务\n"
              "（一）全面排查。对全区背街小巷开展排查，形成问题清单。\n"
              "（二）分类整治。按照问题清单分类推进整治，确保整治质量。\n"
              "（三）长效管理。建立长效管理机制，巩固整治成效。\n"
              "三、资金安排\n"
              "整治所需资金由各街道核定后上报预算，区财政局做好经费保障。\n"
              "四、源头管控\n"
              "对新建道路，由产权单位负责日常养护，竣工验收后移交属地街道管理。\n"
              "五、保障措施\n"
              "各街道落实属地责任，明确分管领导，建立工作台账，实行清单式管理、项目化推进。\n")


def test_childless_safeguards_point_with_a_doer_is_a_task():
    plan = parse_text(SAFEGUARDS)
    by_key = {t.key: t for t in plan.tasks}
    assert "五" in by_key
    assert by_key["五"].responsible_units == ["各街道"]
    assert "一" not in by_key


def test_childless_safeguards_point_without_a_doer_stays_a_section():
    text = SAFEGUARDS.replace("各街道落实属地责任，明确分管领导，建立工作台账，实行清单式管理、项目化推进。",
                              "加强宣传引导，营造全社会共同参与的良好氛围，确保整治工作取得实效。")
    keys = [t.key for t in parse_text(text).tasks]
    assert "五" not in keys and "四" in keys


# --- 3. a scope article 「本办法包括…内容」 on a one-line page ---------------------------------------------------
ONE_LINE = ("某县村级保洁员管理暂行办法\n\n"
            "1/3某县村级保洁员管理暂行办法第一章总则第一条为了规范保洁员管理,结合我县实际,制定本办法。"
            "第二条本办法包括保洁员选聘条件、考核管理、待遇奖惩等内容。第二章选聘管理第三条保洁员由村委会推荐,"
            "乡镇环卫站负责审核。第四条县环卫所负责保洁员的年度考核。\n")


def test_scope_article_is_a_general_provision():
    keys = [t.number for t in parse_text(ONE_LINE).tasks]
    assert "2" not in keys and "二" not in keys
    assert len(keys) == 2


def test_scope_article_that_gives_work_stays_a_task():
    text = ONE_LINE.replace("待遇奖惩等内容。", "待遇奖惩等内容。县环卫所负责组织实施。")
    assert len(parse_text(text).tasks) == 3


# --- 4. titles ----------------------------------------------------------------------------------------------
RUN_IN = ("文本内容:\n"
          "重阳节敬老慰问活动方案XX年重阳节即将到来,为弘扬尊老敬老传统美德,让全村老人度过一个欢乐祥和的节日,结合我村实际,经村两委研究,特制定本方案,"
          "具体安排如下:\n"
          "一、慰问对象\n全村80周岁以上老人。\n"
          "二、慰问时间\n重阳节前一周。\n")


def test_title_run_into_text_after_a_masked_year():
    assert find_title(RUN_IN) == "重阳节敬老慰问活动方案"


SITE = ("江苏某某市某镇人民政府招聘公益性岗位人员公告\n\n"
        "来源:某市人民政府-某镇 2023-05-06 09:00:00\n\n"
        "某市某镇人民政府招聘公益性岗位人员公告\n\n"
        "根据工作需要,我镇招聘公益性岗位人员若干名,现将有关事项公告如下:\n"
        "一、招聘条件。遵纪守法,身体健康。\n")


def test_site_heading_with_places_in_front_gives_the_own_title():
    assert find_title(SITE) == "某市某镇人民政府招聘公益性岗位人员公告"


def test_site_heading_without_a_source_line_stays():
    text = SITE.replace("来源:某市人民政府-某镇 2023-05-06 09:00:00\n\n", "")
    assert find_title(text) == "江苏某某市某镇人民政府招聘公益性岗位人员公告"


def test_long_line_with_a_label_colon_is_no_body_start():
    # near miss: a site's notice 「版权说明:…,…,…」 (a label before its first comma) is not taken for the text's start
    from desktop.core.parse.page_title_marks import BODY_START as _BODY_START
    assert not _BODY_START.search("版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领"
                                  "相关内容并联系网站客服处理相关事宜谢谢")
    assert _BODY_START.search(RUN_IN.split("\n")[1])
