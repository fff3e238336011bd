"""Titles as a reader sees them printed (round 44, q44d): the plan's own title line below a cover that quotes its
name another way, a notice whose preamble makes the plan itself, a site's metadata fields beside a title, the
text's own title right below a site's shorter heading — and the near misses that keep the name they had."""

from __future__ import annotations

from desktop.core.parse import parse_text

_BODY = ("一、工作目标\n全面排查整治隐患，确保安全。\n二、工作措施\n"
         "（一）开展排查。各村组织开展排查。（责任单位：镇应急办）\n")


def title(text: str) -> str:
    return parse_text(text).title


def _cover(quoted: str, own: str) -> str:
    return (f"某区农业农村委关于印发《{quoted}》的通知\n\n各镇人民政府：\n\n"
            f"《{quoted}》已经区政府同意，现印发给你们，请认真贯彻执行。\n\n某区农业农村委\n\n2024年3月5日\n\n"
            f"{own}\n\n为推进农村人居环境整治，制定本细则。\n\n" + _BODY)


def test_the_own_title_line_without_the_covers_quotes():
    text = _cover("某区“美丽庭院”创建工作实施细则", "某区美丽庭院创建工作实施细则")
    assert title(text) == "某区美丽庭院创建工作实施细则"


def test_the_own_title_broken_over_two_lines():
    text = _cover("关于在全区开展“美丽庭院”创建活动的实施细则", "全区开展“美丽庭院”创建\n活动实施细则")
    assert title(text) == "全区开展“美丽庭院”创建活动实施细则"


def test_the_quoted_name_printed_as_it_is_stays():
    text = _cover("某区美丽庭院创建工作实施细则", "某区美丽庭院创建工作实施细则")
    assert title(text) == "某区美丽庭院创建工作实施细则"


def test_a_line_of_another_name_below_is_no_title():
    text = _cover("某区美丽庭院创建工作实施细则", "某区农村道路养护管理办法")
    assert title(text) == "某区美丽庭院创建工作实施细则"


def test_an_annex_list_entry_is_no_own_title():
    text = ("某区农业农村委关于下发《某区美丽庭院创建三年行动计划（2024-2026年）》的通知\n\n各镇人民政府：\n\n"
            "为推进创建工作，制定本计划，现印发给你们，请认真贯彻执行。\n\n附件：\n\n"
            "1.某区美丽庭院创建三年行动计划（2024-2026年）\n\n2.创建标准\n\n某区农业农村委\n\n2024年3月5日\n\n" + _BODY)
    assert "1." not in title(text)


def test_a_notice_whose_preamble_makes_the_plan_is_the_title():
    text = ("某镇人民政府关于印发《某镇小型建设工程项目管理办法》的通知\n\n各村（居）：\n\n"
            "为规范我镇小型建设工程管理，结合本镇实际制定本办法。\n\n" + _BODY)
    assert title(text) == "某镇人民政府关于印发《某镇小型建设工程项目管理办法》的通知"


def test_a_notice_that_hands_the_plan_over_keeps_the_plans_name():
    text = ("某镇人民政府关于印发《某镇小型建设工程项目管理办法》的通知\n\n各村（居）：\n\n"
            "为规范我镇小型建设工程管理，制定本办法，现印发给你们，请认真贯彻执行。\n\n" + _BODY)
    assert title(text) == "某镇小型建设工程项目管理办法"


def test_site_metadata_fields_beside_a_title_are_no_part_of_it():
    text = ("某镇2025年度防汛工作方案\n\n某镇2025年度防汛工作方案\n\n索引号 000/2025-1 成文日期 2025-05-14\n"
            "发布机构 是否有效\n名称 某镇2025年度防汛工作方案\n\n"
            "为做好2025年汛期防汛工作，结合我镇实际，制定本方案。\n\n" + _BODY)
    assert title(text) == "某镇2025年度防汛工作方案"


def test_the_own_title_right_below_a_sites_shorter_heading():
    text = ("镇中心学校防溺水工作方案\n\n某某镇中心学校关于开展预防学生溺水专项工作的实施方案\n\n"
            "为消除中小学校溺水安全隐患，有效预防事故发生，结合实际，特制订本方案。\n\n" + _BODY)
    assert title(text) == "某某镇中心学校关于开展预防学生溺水专项工作的实施方案"


def test_a_heading_over_another_documents_title_stays():
    text = ("镇中心学校防溺水工作方案\n\n某某县教育局关于做好暑期安全工作的通知\n\n"
            "为消除中小学校溺水安全隐患，有效预防事故发生，结合实际，特制订本方案。\n\n" + _BODY)
    assert title(text) == "镇中心学校防溺水工作方案"


def _figures(item: str) -> list[tuple[float, str]]:
    plan = parse_text("某区食品安全宣传周活动方案\n一、活动安排\n（一）启动仪式\n1、时间：6月3日上午。\n"
                      f"2、地点：区文化广场。\n{item}\n（二）进社区宣传。各街道开展宣传。（承办单位：各街道办事处）\n")
    return [(t.value, t.unit) for t in plan.tasks[0].targets]


def test_a_participants_field_counts_who_comes_no_target():
    assert _figures("3、参加人员：区领导、12支志愿服务队伍、各街道办事处。") == []


def test_a_floor_in_a_participants_field_stays_a_target():
    assert _figures("3、参加人员：各街道不少于20人。") == [(20.0, "人")]


def test_a_count_to_organise_outside_a_field_stays_a_target():
    assert _figures("3、组织12支志愿服务队伍参加宣传活动。") == [(12.0, "支")]


def test_the_own_title_with_its_year_below_the_posts_date_line():
    text = ("某镇「119」消防宣传活动实施方案\n\n2021-03-04 09:52:07 字数 1671 阅读 1941\n\n"
            "某镇2023年「119」消防宣传活动实施方案\n\n为提高全民消防安全素质，增强抗御火灾的能力，制定本方案。\n\n"
            + _BODY)
    assert title(text) == "某镇2023年「119」消防宣传活动实施方案"


def test_a_title_over_a_line_of_other_words_stays():
    text = ("某镇「119」消防宣传活动实施方案\n\n2021-03-04 09:52:07 字数 1671 阅读 1941\n\n"
            "某县2023年秋冬季森林防火工作要点\n\n为提高全民消防安全素质，增强抗御火灾的能力，制定本方案。\n\n"
            + _BODY)
    assert title(text) == "某镇「119」消防宣传活动实施方案"


def test_a_sites_ellipsis_before_the_title_is_left_out():
    text = "……市志愿服务主题活动月活动方案\n\n为深入开展志愿服务，结合实际，制定本方案。\n\n" + _BODY
    assert title(text) == "市志愿服务主题活动月活动方案"


def test_the_own_title_over_three_lines_keeps_its_status():
    text = _cover("关于在全区开展“美丽庭院”创建活动的实施细则", "全区开展“美丽庭院”创建\n活动实施细则\n（修订稿）")
    assert title(text) == "全区开展“美丽庭院”创建活动实施细则（修订稿）"


def test_the_own_titles_date_below_it_is_no_part_of_it():
    text = _cover("关于在全区开展“美丽庭院”创建活动的实施细则", "全区开展“美丽庭院”创建\n活动实施细则\n(2024年3月)")
    assert title(text) == "全区开展“美丽庭院”创建活动实施细则"
