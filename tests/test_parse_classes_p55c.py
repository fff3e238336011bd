"""Round 55 (p55c): activity plans — each activity a task with its organisers (CONVENTIONS.md round 35 "Field blocks";
rounds 42, 44: a 参加单位 line among the fields names responsible units; round 44: 「主办:A 承办:B」 lines under an
item read as 由A主办、B承办; rule 2: the subjects of 组织开展).

- a field block whose fields name the activity's own noun 「竞赛时间」「放映地点」, its entry form 「组队形式」, who
  answers for it 「负责单位」 and who performs 「参演单位」 is one task (``field_blocks``);
- the 主办／承办 lines of the page's last activity, its time field after them, are the activity's, not a site's footer
  (``text_ends.body_label``);
- 「由A牵头，B、C等单位，组织开展…」: the list closed by 等单位 is the subject of the verb after the comma
  (``doer_words.doer_text``)."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, tuple[str, list[str], list[str]]]:
    return {"/".join([*t.path, t.number]): (t.title, t.lead_units, t.responsible_units)
            for t in parse_text(text).tasks}


BLOCKS = ("某镇春节活动方案\n"
          "一、春节活动项目\n"
          "(一)迎春篮球赛\n"
          "1、竞赛时间:正月初一、初二\n"
          "2、竞赛地点:镇中心学校篮球场\n"
          "3、负责单位:镇文化站\n"
          "4、组队形式:以村为单位组队\n"
          "(二)露天电影放映\n"
          "1、放映时间:正月初一至初五晚上\n"
          "2、放映地点:各村文化广场\n"
          "3、负责单位:各村委会\n"
          "(三)锣鼓表演\n"
          "1、活动时间:正月初三\n"
          "2、活动地点:镇区主街\n"
          "3、参演单位:东山锣鼓队\n"
          "4、负责单位:东山村\n"
          "二、工作要求\n"
          "各村要加强安全管理。\n")


def test_a_block_of_named_fields_is_one_task_with_its_units_line():
    got = _tasks(BLOCKS)
    assert got["一/一"] == ("迎春篮球赛", [], ["镇文化站"])
    assert got["一/二"] == ("露天电影放映", [], ["各村委会"])
    assert got["一/三"] == ("锣鼓表演", [], ["东山锣鼓队", "东山村"])
    assert not any(k.count("/") > 1 for k in got)       # (no field line is a task of its own)


def test_numbered_lines_of_work_under_an_activity_stay_items():
    # (a line that opens like a named time 「比赛时间定在…」 without the field's colon is a line of work)
    got = _tasks("某镇春节活动方案\n"
                 "一、春节活动项目\n"
                 "(一)迎春篮球赛\n"
                 "1、比赛时间定在正月初一,由镇文化站组织实施。\n"
                 "2、做好比赛场地的安全保障工作。\n"
                 "(二)露天电影放映\n"
                 "1、放映地点设在各村文化广场,由各村委会负责落实。\n"
                 "2、镇综合文化站负责提供放映设备。\n")
    assert set(got) == {"一/一/1", "一/一/2", "一/二/1", "一/二/2"}
    assert got["一/一/1"][2] == ["镇文化站"]
    assert got["一/二/2"][2] == ["镇综合文化站"]


LAST = ("某县元宵活动安排\n"
        "一、展览活动\n"
        "1.书画展\n"
        "主办:县文化和旅游局\n"
        "承办:县文化馆\n"
        "时间:2月15日\n"
        "2.灯谜晚会\n"
        "主办:县统计局、县财政局\n"
        "承办:县灯谜协会\n"
        "时间:2月14日\n")


def test_the_host_lines_of_the_last_activity_are_its_own():
    got = _tasks(LAST)
    assert got["一/1"] == ("书画展", ["县文化和旅游局"], ["县文化馆"])
    assert got["一/2"] == ("灯谜晚会", ["县统计局", "县财政局"], ["县灯谜协会"])


def test_a_site_footer_after_the_last_item_names_no_units():
    got = _tasks("某县元宵活动安排\n"
                 "一、展览活动\n"
                 "1.书画展\n"
                 "主办:县文化和旅游局\n"
                 "承办:县文化馆\n"
                 "时间:2月15日\n"
                 "2.灯谜晚会\n"
                 "要做好现场安全保障工作。\n"
                 "主办:某县人民政府办公室\n"
                 "承办:县信息中心\n"
                 "时间:2024年\n")
    assert got["一/1"][1:] == (["县文化和旅游局"], ["县文化馆"])
    assert got["一/2"][1:] == ([], [])


def test_a_list_closed_by_deng_danwei_before_a_comma_does_the_work_with_the_lead():
    got = _tasks("某县春节文体活动方案\n"
                 "一、活动内容\n"
                 "(一)三下乡活动\n"
                 "活动时间:2026年1月至12月\n"
                 "活动内容:\n"
                 "由县委宣传部牵头,县纪委监委、县文旅局及各乡镇(街道)等单位,组织开展廉政文化宣传。\n"
                 "(二)演出活动\n"
                 "活动时间:2026年1月\n"
                 "牵头单位:县文旅局\n"
                 "(三)展览活动\n"
                 "活动时间:2026年1月\n"
                 "邀请县纪委监委、县文旅局等单位,开展廉政文化宣传。\n")
    assert got["一/一"][1:] == (["县委宣传部"], ["县纪委监委", "县文旅局", "各乡镇(街道)"])
    assert got["一/二"][1:] == (["县文旅局"], [])
    assert got["一/三"][1:] == ([], [])         # (the object of 邀请 is no doer: the comma changes nothing)


# township pages (plans-next277): a document site's page marks after a rules title; a stage's masked start


def test_a_page_mark_after_an_underscore_is_no_part_of_a_rules_title():
    text = ("某区防汛管理五项制度_第1页\n某区防汛管理五项制度_第2页\n"
            "一、防汛责任制度\n(一)区水务局负责组织协调。\n(二)镇政府负责具体实施。\n")
    assert parse_text(text).title == "某区防汛管理五项制度"
    # (a title that ends with 第N页 written as its own words, no underscore, keeps them)
    assert parse_text("关于编印第1页\n一、工作任务\n(一)区水务局负责组织协调。\n").title != "关于编印"


def test_a_stage_whose_start_year_alone_is_masked_ends_in_its_printed_month():
    plan = parse_text("某乡封山育林实施方案\n一、实施步骤\n封山育林工作分三个阶段进行。\n"
                      "第一阶段(20XX年6月1日-20XX年7月31日)宣传发动阶段:制定实施方案,召开动员大会。\n"
                      "第二阶段(20XX年8月1日-2019年4月1日)组织实施阶段:编制各村实施方案,成立护林队伍。\n"
                      "第三阶段(2019年4月1日-2019年6月1日)检查总结阶段:对各村工作进行检查验收。\n")
    got = {p.name.split("：")[-1]: (p.start, p.end) for p in plan.phases}
    assert got["宣传发动阶段"] == (None, None)          # (masked at both ends: left open)
    assert got["组织实施阶段"] == (None, "2019-04")
    assert got["检查总结阶段"] == ("2019-04", "2019-06")
