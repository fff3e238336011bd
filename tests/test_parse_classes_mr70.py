"""Round 28 mends (mr70) of a review of branch p70: sharing brackets, 并-report dates, rules annexes, 负责-clause
blocks, 主要任务 sections and kind headings — made-up wordings of each finding (other than the review's), and the
near-misses that must stay as they were."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.prose_units import duty_clause_units
from desktop.core.parse.shared_brackets import shared_units
from desktop.core.parse.units import split_units


def _tasks(page: str) -> dict[str, tuple[list[str], list[str], str | None]]:
    return {t.key: (t.lead_units, t.responsible_units, t.deadline) for t in parse_text(page).tasks}


# -- 1: a time or manner phrase before the list (持续推进，A、B等部门依职责分工) is no unit -------------------------

def test_a_timing_note_before_the_sharing_list_is_dropped():
    # (the fields under one head are one name as printed, CONVENTIONS.md round 31)
    assert shared_units("长效推进，卫生健康、教育等部门依职责分工") == ["卫生健康、教育等部门"]
    assert shared_units("逐步推开；住房城乡建设、城管执法等部门按职责分工") == ["住房城乡建设、城管执法等部门"]
    assert shared_units("每年开展，区民政局、区财政局等部门依职责分工") == ["区民政局", "区财政局"]


def test_timing_words_as_the_lists_pieces_make_no_list():
    for content in ("长期坚持、常态推进等部门依职责分工", "定期开展、逐步实施等部门按职责分工",
                    "持续推进、公安等部门依职责分工"):
        assert shared_units(content) == [], content
    # (a unit before the comma is no note: the list as it was, a lead among them makes no sharing list)
    assert shared_units("区住建委牵头，区发改委、区财政局等部门按职责分工") == []


# -- 2: a sharing bracket alone does not make a unit-less plan one whose tasks name units ---------------------------

_VILLAGE = ("某镇关于开展河道保洁的通知\n\n各村：\n现就有关工作通知如下：\n"
            "一、清理河面漂浮物\n各村要组织保洁员每日巡河，及时打捞河面漂浮物和岸坡垃圾。\n"
            "二、整治沿河违建\n各村要摸清沿河违法建筑底数，2025年底前拆除违法建筑30处。\n")


def test_a_sharing_bracket_on_a_safeguards_section_names_no_task():
    # (a section that only calls; one giving work to a doer 「各村…落实保洁经费」 is one task, round 44)
    page = _VILLAGE + ("三、强化工作保障\n各村要高度重视，加强领导，确保工作取得实效。"
                       "（水务、财政、生态环境等部门依职责分工）\n")
    got = _tasks(page)
    assert list(got) == ["一", "二"], got
    assert got["二"][2] == "2025-12-31", got


def test_one_sharing_bracket_among_many_items_keeps_the_others_tasks():
    page = _VILLAGE.replace("岸坡垃圾。", "岸坡垃圾。（水务、城管执法等部门依职责分工）") + (
        "三、疏浚淤积河段\n各村要排定疏浚计划，2025年10月底前完成淤积河段疏浚5公里。\n"
        "四、工作要求\n各村要加强领导，确保各项工作落到实处。\n")
    got = _tasks(page)
    assert list(got) == ["一", "二", "三"], got
    assert got["一"][1] == ["水务、城管执法等部门"], got     # (one name as printed, CONVENTIONS.md round 31)


def test_sharing_brackets_on_most_items_still_name_the_tasks_units():
    page = ("某区关于加强校园周边环境整治的通知\n\n现就有关工作通知如下：\n"
            "一、整治无证摊贩\n各街镇要加大巡查力度，依法取缔校园周边无证摊贩。（城管执法、市场监管等部门依职责分工）\n"
            "二、整治交通秩序\n各街镇要在上下学时段加强疏导，维护交通秩序。（公安、交通运输等部门依职责分工）\n"
            "三、加强组织保障\n各有关部门要加强配合，形成工作合力。\n")
    got = _tasks(page)
    # (fields under one head: one name as printed, CONVENTIONS.md round 31)
    assert got["一"][1] == ["城管执法、市场监管等部门"] and got["二"][1] == ["公安、交通运输等部门"], got


# -- 3, 4: a report joined by 并 dates the work only where no clause date does, and not year-round work -------------

def test_the_works_own_span_stays_before_a_report_joined_by_bing():
    page = ("某区关于开展电动自行车充电隐患整治的通知\n\n一、开展集中整治\n"
            "5月-9月，各街镇要对辖区住宅小区开展集中整治，清理楼道违规充电；并于2025年10月15日前将整治情况报送区消防救援支队。"
            "（各街镇负责）\n")
    assert _tasks(page)["一"][2] == "2025-09-30"


def test_no_report_date_on_year_round_or_ongoing_work():
    page = ("某区关于做好消防安全工作的通知\n\n一、做好全年工作\n"
            "各街镇要抓好全年消防安全工作，梳理经验做法，并于2026年1月15日前将全年工作总结报送区应急局。（各街镇负责）\n"
            "二、健全巡查机制\n各街镇要落实网格巡查制度，常抓不懈；并于2025年7月底前将制度落实情况报区应急局。（各街镇负责）\n"
            "三、开展专项检查\n各街镇要对高层住宅开展专项检查，并于2025年8月底前将检查情况报送区应急局。（各街镇负责）\n")
    got = _tasks(page)
    assert got["一"][2] is None and got["二"][2] is None, got
    assert got["三"][2] == "2025-08-31", got         # (the class itself: the report ends the work)


def test_other_wordings_of_the_joined_report():
    page = ("某区关于开展餐饮油烟检查的通知\n\n一、开展检查\n"
            "各街镇要对沿街餐饮单位开展检查，并请于2025年5月20日前将检查情况"
            "报送区生态环境局。（各街镇负责）\n二、督促整改\n各街镇要督促问题单位限期整改；同时于2025年7月10日前将整改情况"
            "报送区生态环境局。（各街镇负责）\n")
    got = _tasks(page)
    assert got["一"][2] == "2025-05-20" and got["二"][2] == "2025-07-10", got


# -- 5, 6: an annex titled as rules but holding a list of work; rules titled with （试行） ---------------------------

_OPINION = ("某区人民政府办公室关于印发《某区关于加强扬尘治理的实施意见》的通知\n\n各街镇，区政府各委、办、局：\n"
            "《某区关于加强扬尘治理的实施意见》已经区政府同意，现印发给你们，请认真按照执行。\n\n"
            "某区关于加强扬尘治理的实施意见\n\n一、主要任务\n\n（一）强化工地管控。推行围挡喷淋，减少施工扬尘。\n\n"
            "（二）加强道路保洁。提高机扫率，减少道路扬尘。\n\n二、保障措施\n\n（一）加强宣传引导。各有关部门要加强宣传。\n\n")


def test_an_annex_titled_as_rules_whose_items_name_units_is_a_list_of_work():
    page = _OPINION + ("附件：某区扬尘治理实施办法\n\n附件\n\n某区扬尘治理实施办法\n\n"
                       "1.安装在线监测设备。牵头单位：区生态环境局；责任单位：各街镇。完成时限：2025年8月底前。\n"
                       "2.开展渣土车专项整治。牵头单位：区城管执法局；责任单位：区公安分局。完成时限：2025年10月底前。\n")
    got = _tasks(page)
    assert got["附件.1"] == (["区生态环境局"], ["各街镇"], "2025-08-31"), got
    assert got["附件.2"][0] == ["区城管执法局"], got


def test_a_duties_list_annex_as_a_table_is_a_list_of_work():
    page = _OPINION + ("附件：某区扬尘治理部门职责清单\n\n附件\n\n某区扬尘治理部门职责清单\n\n"
                       "序号\t工作任务\t牵头单位\t责任单位\t完成时限\n"
                       "1\t安装在线监测设备\t区生态环境局\t各街镇\t2025年8月底前\n"
                       "2\t开展渣土车专项整治\t区城管执法局\t区公安分局\t2025年10月底前\n")
    assert len([k for k in _tasks(page) if k.startswith("附件")]) == 2


def _rules(title: str) -> str:
    return _OPINION + ("附件：1." + title + "\n\n附件1\n\n" + title + "\n\n一、职责分工\n\n"
                       "（一）区生态环境局负责扬尘在线监测的监督管理。\n\n（二）区住建委负责工地的日常检查。\n\n"
                       "二、工作要求\n\n（一）各街镇须每月向区住建委报送扬尘管控台账。\n\n（二）考核结果每季度通报一次。\n")


def test_a_rules_annex_titled_trial_or_interim_is_still_rules():
    for title in ("某区扬尘污染防治管理细则（试行）", "某区扬尘污染防治实施办法(暂行)", "某区扬尘污染防治规定（修订）"):
        plan = parse_text(_rules(title))
        assert [t.key for t in plan.tasks] == ["一.一", "一.二", "二.一"], (title, [t.key for t in plan.tasks])
        # (round 32 (p32t): the sender a plan unit — a regulated party's filing is no duty)
        assert any("扬尘管控台账" in d.text and d.every == "month" for d in plan.duties), plan.duties
        # (the assessor publishing its results is no report the units owe)
        assert not any("考核结果" in d.text for d in plan.duties), plan.duties


# -- 7: 负责 clauses after a lead-in that sets up a body, or under a heading naming the division ----------------------

def test_duty_clauses_after_setting_up_a_body_are_the_items_units():
    body = ("强化组织推进。县政府要成立农村公路建设指挥部，统筹推进建设工作。县交通运输局负责项目实施；"
            "县财政局负责资金筹措；县自然资源局负责用地保障。")
    assert duty_clause_units(body) == ["县交通运输局", "县财政局", "县自然资源局"]


def test_duty_clauses_under_a_division_heading_are_the_items_units():
    body = ("落实部门职责。县住建局要会同相关部门制定实施细则。县发改委负责项目审批；县财政局负责资金保障；"
            "县住建局负责质量监管。")
    assert duty_clause_units(body) == ["县发改委", "县财政局", "县住建局"]
    assert duty_clause_units("县住建局要会同相关部门制定实施细则。县发改委负责项目审批；县财政局负责资金保障；"
                             "县住建局负责质量监管。", "压实工作责任") == ["县发改委", "县财政局", "县住建局"]


def test_duty_clauses_after_work_given_to_one_unit_with_others_stay_blocked():
    body = ("整治违法用地。县自然资源局要联合公安、城管等部门开展专项行动。县公安局负责治安保障；"
            "县城管局负责拆除；各乡镇负责巡查。")
    assert duty_clause_units(body) == []


# -- 8, 9: a kind heading — a sub-unit of the one body; a group at another level --------------------------------

def _kinds(first: str) -> str:
    return ("某市关于加强消防安全管理的通知\n\n一、总体要求\n\n全面落实消防安全责任。\n\n二、职责分工\n\n"
            "（一）应急管理部门\n\n" + first + "\n\n（二）学校\n\n1.学校负责建立消防安全制度。\n\n"
            "2.学校负责开展消防演练。\n\n（三）物业服务企业\n\n1.物业服务企业负责消防设施维护。\n\n")


def test_a_part_of_the_same_body_is_no_other_level():
    got = _tasks(_kinds("市应急管理局负责统筹全市消防安全工作。市应急管理局执法总队负责开展执法检查。"))
    assert got["二.一"][1] == ["市应急管理局"], got


def test_a_group_at_another_level_makes_the_kind_the_unit():
    got = _tasks(_kinds("市应急管理局负责统筹全市消防安全工作。各区应急管理局负责落实辖区日常检查。"))
    assert got["二.一"][1] == ["应急管理部门"], got


# -- 10, 11: 主要任务 / 重点工作 sections ------------------------------------------------------------------------

def _notice(title: str, para: str) -> str:
    return ("某市关于开展物业收费自查工作的通知\n\n各区房管部门：\n现就有关事项通知如下：\n\n一、"
            + title + "\n\n" + para + "\n\n二、工作安排\n\n1.自查阶段（2025年3月15日前）\n\n"
            "各物业企业要全面开展自查，建立问题台账。\n\n"
            "2.整改阶段（2025年4月30日前）\n\n各物业企业要对问题逐项整改。\n\n特此通知。\n")


_PARA = "严格对照收费标准，清理规范物业服务收费、停车收费及其他不合理收费，切实减轻业主负担。"


def test_a_main_work_section_over_its_paragraph_is_a_task_in_other_wordings():
    for title in ("重点工作", "主要工作"):
        assert "一" in _tasks(_notice(title, _PARA)), title
    # (a form the report is written on is no annexed task list)
    assert "一" in _tasks(_notice("主要任务", _PARA + "自查情况按附件2格式填写问题清单。"))


def test_a_main_work_section_that_only_leads_into_the_next_is_no_task():
    for para in ("围绕物业服务质量提升目标，坚持问题导向，重点做好以下几方面工作：",
                 "按照市委、市政府部署，结合本市实际，现将主要任务明确如下。"):
        assert "一" not in _tasks(_notice("主要任务", para)), para
    assert "一" not in _tasks(_notice("主要任务", "具体任务详见附件1任务清单。"))


# -- 12: sharing tails in other wordings; 等…机构 --------------------------------------------------------------------

def test_the_sharing_tail_in_more_wordings():
    assert shared_units("教育、卫生健康等部门分工负责") == ["教育、卫生健康等部门"]     # (CONVENTIONS.md round 31)
    assert shared_units("区教育局、区卫健委按职责分别负责") == ["区教育局", "区卫健委"]
    assert shared_units("应急管理、公安等部门依法依职责分工") == ["应急管理、公安等部门"]
    # (sector names with a bare 等 say no department: left as a list of nothing, as before)
    assert shared_units("市场监管、公安等按职责分工") == []


def test_a_kind_tail_ending_in_jigou_is_cut():
    assert split_units("区文旅局、区商务委等监管机构")[0] == ["区文旅局", "区商务委"]
    assert split_units("区卫健委等行政机构")[0] == ["区卫健委"]
    # (a body named ...机构 itself stays whole)
    assert split_units("区消防救援机构")[0] == ["区消防救援机构"]


def test_the_level_of_a_name_is_its_place_word_not_a_sectors_first_character():
    from desktop.core.parse.body_kinds import level_of as _level_of
    assert [_level_of(n) for n in ("市市场监管局", "市场监管所", "各区教育局", "市民政局", "区域中心")] \
        == ["市", "", "区", "市", ""]
