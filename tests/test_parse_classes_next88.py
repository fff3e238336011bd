"""Classes of plans-next84–90 (round 30, helper p84): documents written as articles and their structure."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

# a rule in articles (第一条  原则 … 第N条  施行时间), one article with numbered items, the others a paragraph each
RULE = ("某区支持绿色发展实施办法\n\n第一条  目的\n\n为了推进本区绿色发展，根据有关规定，制定本办法。\n\n"
        "第二条  扶持内容\n\n（一）节能改造。对年节能量20吨标准煤以上的项目给予补贴。\n\n"
        "（二）光伏应用。对新建光伏项目按装机容量给予补贴。\n\n"
        "第三条  管理与监督\n\n区发展改革委会同区财政局做好专项资金管理。\n\n"
        "第四条  {title}\n\n{text}\n\n第五条  施行时间\n\n本办法自2025年3月1日起施行，有效期至2028年2月28日。\n")


def _titles(plan):
    return [t.title for t in plan.tasks]


@pytest.mark.parametrize("title,text", [
    ("其他", "新建公共建筑应当实施用能分项计量，并与区能耗监测平台联网。\n\n"
              "同一单位同一年度获得的扶持资金总额不超过500万元。"),
    ("其它", "各街镇须做好辖区内项目的日常巡查，发现问题及时报告。"),
    ("其他事项", "区财政局负责资金的拨付和监督，确保专款专用。"),
])
def test_an_other_article_that_gives_work_is_a_task(title, text):
    plan = parse_text(RULE.format(title=title, text=text))
    assert title in _titles(plan)
    assert "施行时间" not in _titles(plan) and "目的" not in _titles(plan)


@pytest.mark.parametrize("title,text", [
    ("其他", "本办法未尽事宜，按照国家和本市有关规定执行。"),
    ("其他", "本办法由区发展改革委负责解释。"),
    ("其他", "本办法执行期间，如遇国家和本市相关政策调整，应按照上级要求作相应调整。"),
    ("其他", "各街镇可参照本办法，结合实际制定具体实施细则。"),
    ("附则", "各街镇应当参照本办法执行。"),
    ("其他", "违反本办法规定的，由区发展改革委责令改正。"),
])
def test_an_other_article_of_closing_clauses_is_no_task(title, text):
    plan = parse_text(RULE.format(title=title, text=text))
    assert title not in _titles(plan)


# ---- titles (plans-next84 x84_04, plans-next86 x86_02, plans-next89 x89_04) -----------------------------------
from desktop.core.parse.titles import find_title  # noqa: E402

_BODY = "\n\n一、工作安排\n\n（一）各区于2025年6月底前完成排查。\n"


@pytest.mark.parametrize("issuer", ["上海市交通委", "某区人民政府办公室", "某县应急管理局"])
def test_a_title_line_with_its_issuer_over_a_repeat_without_it_is_the_title(issuer):
    text = (f"{issuer}关于开展本区2025年危险货物运输企业检查工作的通知\n\n关于开展本区2025年危险货物运输\n\n"
            "企业检查工作的通知\n\n各有关单位：" + _BODY)
    assert find_title(text) == f"{issuer}关于开展本区2025年危险货物运输企业检查工作的通知"


def test_a_repeat_under_another_notice_line_keeps_its_own_title():
    # the line above is another document (a page's list entry), not this title with its issuer
    text = ("某区人民政府关于表彰先进集体的通知\n\n关于开展本区2025年危险货物运输\n\n企业检查工作的通知\n\n各有关单位："
            + _BODY)
    assert find_title(text) == "关于开展本区2025年危险货物运输企业检查工作的通知"


_FWD = "某市安全生产委员会关于印发某市燃气安全专项整治行动方案的通知"


def test_a_forwarding_notice_whose_plan_is_not_printed_keeps_its_own_title():
    title = f"某市住房城乡建设管理委关于转发《{_FWD}》的通知"
    text = (title + f"\n\n各区建设管理部门：\n\n现将《{_FWD}》转发给你们，"
            "并提出以下要求：\n\n一、落实工作职责\n\n各区要按照方案要求开展整治。\n")
    assert find_title(text) == title


def test_a_forwarded_plan_printed_below_is_the_title():
    title = f"某市住房城乡建设管理委关于转发《{_FWD}》的通知"
    text = (title + f"\n\n各区建设管理部门：\n\n现将《{_FWD}》转发给你们，"
            "请认真贯彻执行。\n\n某市燃气安全专项整治行动方案\n\n一、工作目标\n\n全面排查燃气隐患。\n")
    assert find_title(text) == "某市燃气安全专项整治行动方案"


@pytest.mark.parametrize("status", ["（试行）", "（暂行）"])
def test_a_status_after_the_quoted_name_is_the_titles(status):
    name = "某镇村庄道路养护管理办法"
    text = (f"关于印发《{name}》{status}的通知\n\n各村：\n\n现将《{name}》{status}印发给你们，"
            "请认真贯彻执行。\n\n某镇人民政府\n\n2019年2月25日\n\n第一条 为了加强村庄道路养护，制定本办法。\n")
    assert find_title(text) == "某镇村庄道路养护管理办法" + status


def test_a_quoted_name_with_no_status_after_it_gains_none():
    text = ("关于印发《某镇村庄道路养护管理办法》的通知\n\n各村：\n\n现将《某镇村庄道路养护管理办法》印发给你们，"
            "请认真贯彻执行（试行期一年）。\n\n第一条 为了加强村庄道路养护，制定本办法。\n")
    assert find_title(text) == "某镇村庄道路养护管理办法"


# ---- role words inside a 牵头单位 label (plans-next84 x84_01 一/1) ---------------------------------------------
def _first_units(label):
    text = ("某市营商环境攻坚任务通知\n一、重点任务\n1.推进营商环境对标改革。全面对标国际评估体系。" + label
            + "\n2.优化政务服务。推行一网通办。（牵头单位：市政府办公厅）\n")
    task = parse_text(text).tasks[0]
    return task.lead_units, task.responsible_units


@pytest.mark.parametrize("label,lead", [
    ("（牵头单位：市发展改革委总牵头，各领域由相关单位具体牵头）", ["市发展改革委"]),
    ("（牵头单位：区住建委具体牵头，各专项由有关部门具体牵头）", ["区住建委"]),
    ("（牵头单位：县农业农村局统筹牵头）", ["县农业农村局"]),
])
def test_role_words_and_a_phrase_in_a_lead_label_are_no_units(label, lead):
    assert _first_units(label)[0] == lead


def test_names_with_zong_or_you_inside_stay_whole():
    got = _first_units("（牵头单位：市总工会；责任单位：自由贸易试验区管委会）")
    assert got == (["市总工会"], ["自由贸易试验区管委会"])


# ---- two documents under one cover (plans-next88 x88_02; CONVENTIONS.md round 30) ------------------------------
_A = "某区老旧小区改造管理办法"
_B = "某区老旧小区改造资金使用细则"
_COVER = (f"关于印发《{_A}》和《{_B}》的通知\n\n各街道办事处、区各有关部门：\n\n现将《{_A}》和《{_B}》印发给你们，"
          "请认真贯彻执行。\n\n某区人民政府办公室\n\n2024年3月1日\n\n")
_DOC_A = (f"{_A}\n\n一、工作任务\n\n（一）区住建委负责改造项目的统筹推进。\n\n（二）各街道负责居民意见征询。\n\n"
          "二、保障措施\n\n（一）区财政局负责落实改造资金。\n\n")
_DOC_B = (f"{_B}\n\n一、资金来源\n\n（一）区财政局负责安排专项资金。\n\n二、资金拨付\n\n"
          "（一）区住建委负责审核拨付申请。\n\n（二）区审计局负责资金使用审计。\n")


def _read(plan):
    return [(t.title, t.lead_units, t.responsible_units) for t in plan.tasks]


def test_two_documents_under_one_cover_are_both_read_in_order():
    plan = parse_text(_COVER + _DOC_A + _DOC_B)
    a, b = _read(parse_text(_DOC_A)), _read(parse_text(_DOC_B))
    assert _read(plan)[:len(a)] == a and _read(plan)[-len(b):] == b
    assert [t.path[0] for t in plan.tasks] == ["文件1"] * 3 + ["文件2"] * 3
    assert plan.title == f"关于印发《{_A}》和《{_B}》的通知"
    assert all(_B not in t.text for t in plan.tasks)


def test_a_notices_points_before_its_plan_are_still_one_run():
    # one plan issued, the notice's own numbered points first: the runs are not two documents
    cover = (f"关于印发《{_A}》的通知\n\n各街道办事处：\n\n现将《{_A}》印发给你们，并提出以下要求：\n\n"
             "一、提高认识\n\n各单位要高度重视。\n\n二、加强督查\n\n区政府督查室负责跟踪督办。\n\n"
             "某区人民政府办公室\n\n2024年3月1日\n\n")
    plan = parse_text(cover + _DOC_A)
    assert not any("份文件" in w for w in plan.warnings)
    assert all(not t.path or not t.path[0].startswith("文件") for t in plan.tasks)


def test_a_cover_naming_two_documents_with_only_one_printed_keeps_one():
    plan = parse_text(_COVER + _DOC_A)
    assert _read(plan) == _read(parse_text(_DOC_A))
    assert not any("份文件" in w for w in plan.warnings)


def test_two_runs_of_one_document_with_no_cover_naming_two_stay_one():
    plan = parse_text(_DOC_A + _DOC_B)
    assert _read(plan) == _read(parse_text(_DOC_B))


# ---- a chapter heading over articles names their subject, not their doer (plans-next88 x88_02 规则) ---------------
_CHAPTERS = ("某区社区规划师工作规则\n\n一、{a}\n\n{m1}社区规划师应当参与社区更新项目的前期研究。\n\n"
             "{m2}社区规划师每年提交一次工作报告。\n\n二、{b}\n\n{m3}重大事项应提交专家审议。\n\n"
             "{m4}专家意见作为项目审批的参考依据。\n")


def test_a_chapter_naming_a_body_over_articles_gives_them_no_units():
    plan = parse_text(_CHAPTERS.format(a="社区规划师工作站", b="专家委员会",
                                       m1="第一条 ", m2="第二条 ", m3="第三条 ", m4="第四条 "))
    assert plan.tasks and all(not t.lead_units and not t.responsible_units for t in plan.tasks)


def test_unit_headings_over_numbered_items_still_give_units():
    plan = parse_text(_CHAPTERS.format(a="区规划资源局", b="区住房城乡建设管理委",
                                       m1="（一）", m2="（二）", m3="（一）", m4="（二）"))
    got = [t.responsible_units or t.lead_units for t in plan.tasks]
    assert got == [["区规划资源局"]] * 2 + [["区住房城乡建设管理委"]] * 2
