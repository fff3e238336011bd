"""Round 66, p66e: city rules written as articles (第N条) — lists of breaches, cases, shared information, tender
conditions and fines that are the text of the article announcing them, and the catch-all line of a firm's norms; each
class with made-up text in its shape and near misses that must stay as they were."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.catch_all_lines import catch_all_line
from desktop.core.parse.rule_lists import breach_lead
from desktop.core.parse.second_lists import CASE_LINE

_HEAD = ("某区河道保洁管理办法\n第一条 为了加强河道保洁管理，根据有关规定，制定本办法。\n"
         "第二条 本办法适用于本区河道的保洁管理。\n")
_LAST = "第四条 区水务局应当定期开展巡查。\n"


def _tasks(text: str) -> dict[str, object]:
    return {t.key: t for t in parse_text(text).tasks}


# -- breaches named first, then the body that punishes them 「下列违反…的违法行为，由A依法实施行政处罚：」

def test_breaches_named_first_over_their_punishment_are_a_breach_lead():
    assert breach_lead("下列违反河道保洁管理的违法行为，由区水务局依法实施行政处罚：")
    assert breach_lead("以下违反犬类管理规定的违规行为，由区公安分局依法查处：")


def test_work_named_first_is_no_breach_lead():
    assert not breach_lead("下列河道保洁工作，由区水务局组织实施：")
    assert not breach_lead("下列违法行为的信息，由区水务局负责归集：")


# -- a case closing on its gravity, its 的 left off 「…，情节严重。」

def test_a_case_closing_on_its_gravity_is_a_case_line():
    assert CASE_LINE.search("作业单位混合收集垃圾，情节严重。")
    assert CASE_LINE.search("作业单位多次向河道倾倒垃圾，情节特别恶劣；")


def test_a_line_of_work_mentioning_gravity_is_no_case_line():
    assert not CASE_LINE.search("区水务局应当对情节严重的案件进行复核。")
    assert not CASE_LINE.search("情节严重的，依法吊销许可证。")


# -- the kinds of information bodies share 「…协商，共享下列信息：」

def test_the_information_shared_is_the_articles_text():
    text = _HEAD + ("第三条 区水务局与相邻区水务部门协商，交换下列信息：\n（一）河道保洁作业相关信息；\n"
                    "（二）水葫芦治理相关信息；\n（三）双方确定的其他信息。\n") + _LAST
    tasks = _tasks(text)
    assert "3" in tasks and not any(k.startswith("3.") for k in tasks)


def test_work_on_information_stays_items():
    text = _HEAD + ("第三条 区水务局应当做好下列工作：\n（一）发布河道保洁作业信息；\n（二）组织水葫芦治理；\n"
                    "（三）公开巡查结果。\n") + _LAST
    assert {"3.一", "3.二", "3.三"} <= set(_tasks(text))


# -- the catch-all last line of a firm's norms 「法律、法规…规定的其他服务规范」, a paragraph after it

def test_the_catch_all_norms_line_is_no_task_even_before_a_closing_paragraph():
    assert catch_all_line("法律、法规、规章以及相关标准规定的其他服务规范。")
    text = _HEAD + ("第三条 保洁单位应当遵守下列作业规范：\n（一）作业人员佩戴安全帽；\n"
                    "（二）按照规定对打捞的垃圾进行分类；\n"
                    "（三）法律、法规以及相关标准规定的其他作业规范。\n其他单位应当予以配合。\n") + _LAST
    keys = set(_tasks(text))
    assert {"3.一", "3.二"} <= keys and "3.三" not in keys


def test_a_last_line_naming_its_own_norm_work_stays():
    assert not catch_all_line("制定其他作业规范并报区水务局备案。")
    text = _HEAD + ("第三条 保洁单位应当遵守下列作业规范：\n（一）作业人员佩戴安全帽；\n"
                    "（二）按照规定对打捞的垃圾进行分类；\n"
                    "（三）制定其他作业规范并报区水务局备案。\n其他单位应当予以配合。\n") + _LAST
    assert "3.三" in _tasks(text)


# -- a tender's conditions 「招标条件应当包括下列内容：」: contents, the article one task

def test_tender_conditions_are_the_articles_text_with_their_figures():
    text = _HEAD + ("第三条 区水务局组织实施保洁单位的招投标活动。招标条件应当包括下列内容：\n（一）有自有保洁船舶；\n"
                    "（二）作业人员具有2年以上从业经历；\n（三）有健全的管理制度。\n") + _LAST
    task = _tasks(text)["3"]
    assert task.responsible_units == ["区水务局"]
    assert [(t.value, t.unit) for t in task.targets] == [(2.0, "年")]


def test_tender_work_stays_items():
    text = _HEAD + ("第三条 区水务局组织实施保洁单位的招投标活动，并做好下列工作：\n（一）编制招标文件；\n"
                    "（二）组织开标评标；\n"
                    "（三）公布中标结果。\n") + _LAST
    assert {"3.一", "3.二", "3.三"} <= set(_tasks(text))


# -- fines set line by line 「…责令改正，并按照下列规定处罚：」

def test_fines_set_line_by_line_are_one_task_of_the_punishing_body():
    text = _HEAD + ("第三条 对违反本办法保洁要求的行为，由区城管执法局责令改正，并按照下列规定处罚：\n"
                    "（一）违反第四条规定，保洁单位未按时打捞的，处500元以上2000元以下罚款；\n"
                    "（二）违反第四条规定，运输单位未密闭运输的，处1000元以上5000元以下罚款。\n") + _LAST
    tasks = _tasks(text)
    assert tasks["3"].responsible_units == ["区城管执法局"] and "3.一" not in tasks


def test_lines_with_their_own_agent_stay_items():
    text = _HEAD + ("第三条 对违反本办法保洁要求的行为，由区城管执法局责令改正，并按照下列规定处罚：\n"
                    "（一）违反第四条规定，保洁单位未按时打捞的，由区水务局责令停业整顿；\n"
                    "（二）违反第四条规定，运输单位未密闭运输的，由区交通委暂扣其车辆。\n") + _LAST
    assert {"3.一", "3.二"} <= set(_tasks(text))


# -- failures to act 「（一）未按照要求…；」 under a lead-in of cases: cases

def test_failures_listed_under_a_case_lead_in_fold():
    text = _HEAD + "第三条 区水务局应当定期开展巡查。\n" + (
        "第四条 违反本办法，区水务局及其工作人员有下列行为之一的，由有关机关对直接负责的主管人员依法给予处分：\n"
        "（一）未按照要求组织保洁作业；\n（二）未依法查处违法行为；\n（三）其他玩忽职守的行为。\n")
    assert not any(k.startswith("4.") for k in _tasks(text))


def test_lines_of_work_under_a_non_case_lead_in_stay_items():
    text = _HEAD + "第三条 区水务局应当定期开展巡查。\n" + (
        "第四条 区水务局应当履行下列职责：\n（一）组织保洁作业；\n（二）查处违法行为；\n（三）公开巡查结果。\n")
    assert {"4.一", "4.二", "4.三"} <= set(_tasks(text))


# -- fields joined by 以及 before one head 「交通、生态环境以及城管执法等部门」: one name as printed (round 31)

def test_fields_joined_by_yiji_before_one_head_are_one_name():
    from desktop.core.parse.sentence_units import doer_units
    names = doer_units("交通、生态环境以及城管执法等部门按照各自职责，协同实施本规定。")[1]
    assert names == ["交通、生态环境以及城管执法等部门"]


def test_whole_bodies_joined_by_yiji_stay_apart():
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("区财政局以及区民政局负责相关工作。")[1] == ["区财政局", "区民政局"]
    assert doer_units("区交通委、区生态环境局以及城管执法等部门负责相关工作。")[1] == [
        "区交通委", "区生态环境局", "城管执法等部门"]


# -- a long article heading over a penalty article 「（对违反处置证管理要求的处理）」: the heading, not a sentence

_RULES = "某市建筑垃圾管理规定\n第一章　总  则\n第一条（目的）\n为了加强管理，制定本规定。\n第二章　法律责任\n"
_RULES_END = "\n第三章　附  则\n第三条（施行）\n本规定自2020年1月1日起施行。\n"


def test_a_penalty_article_under_a_long_heading_names_its_enforcing_body():
    text = _RULES + ("第二条（对违反处置证管理要求的处理）\n违反第四条规定，施工单位涂改、出借或者转让处置证的，"
                     "由区城管执法局责令改正，处5000元以上5万元以下罚款。") + _RULES_END
    assert _tasks(text)["2"].responsible_units == ["区城管执法局"]


def test_a_case_inside_other_work_under_a_long_heading_stays_a_contingency():
    text = _RULES + ("第二条（处置证核发与变更管理）\n区绿化市容局负责处置证的核发。"
                     "确需变更的，由区城管执法局负责核查。"
                     ) + _RULES_END
    assert _tasks(text)["2"].responsible_units == ["区绿化市容局"]


# -- a department's own finding before its modal 「A经过调查取证后，可以认定…的，除…外，应当…」: A the article's doer

_FINDING = "某市垃圾分类违法行为查处规定\n第一条  为了规范查处工作，制定本规定。\n第二条  "
_FINDING_END = "\n第三条  本规定自2020年1月1日起施行。\n"


def test_a_departments_own_finding_before_its_modal_keeps_it_the_doer():
    for body in ("区城管执法部门经过调查取证后，可以认定违法行为的，除适用简易程序外，"
                 "应当向当事人发出《责令改正通知书》，"
                 "责令立即改正或者限期改正。",
                 "区城管执法部门认定违法行为的，应当向当事人发出《责令改正通知书》。"):
        assert _tasks(_FINDING + body + _FINDING_END)["2"].responsible_units == ["区城管执法部门"]


def test_an_option_after_the_finding_names_no_doer():
    body = "区城管执法部门认定违法行为的，可以向当事人发出《责令改正通知书》。"
    assert _tasks(_FINDING + body + _FINDING_END)["2"].responsible_units == []


# -- a notice within a limit to levels sharing a head 「…3个工作日内告知市、区绿化市容部门」: a duty

def test_a_notice_to_levels_sharing_a_head_is_a_duty():
    from desktop.core.parse.duties import find_duties
    duties = find_duties("市城管执法部门吊销许可证的，应当依法向当事人送达行政处罚决定书，"
                         "并在处罚决定作出之日起3个工作日内"
                         "告知市、区绿化市容部门。", 2020)
    assert [d.text[-14:] for d in duties] == ["作日内告知市、区绿化市容部门"]


def test_a_notice_to_parties_is_no_duty():
    from desktop.core.parse.duties import find_duties
    assert find_duties("区水务局应当在作出决定之日起5个工作日内告知当事人、利害关系人。", 2020) == []
