"""Review rv54p of round 54's first wave in the parser (8077eca5..36a15171): made-up near misses where a new rule fires
beyond its class. Each test states the reading the rulings give; each fails on 36a15171 (the reviewed merge) and
passed on 8077eca5 unless its comment says otherwise."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.duties import find_duties
from desktop.core.parse.figure_targets import sentence_targets

# --- ordinal_run_ins._run_in_points: a run whose lead-in says it lists aims -------------------------------------
# ``_AIM`` looks only at each point's own first words 「一是为了…」; a lead-in 「此次活动旨在：」「…的目的：」
# before the first ordinal says the whole run states aims (round 49: a run that only states aims gives no work;
# Round 64 rulings' q08 keeps that reading), and the notice's real work paragraph is then swallowed by the last aim
# or left out.

_NOTICE = ("关于开展社区环境整治活动的通知\n各街道办事处：\n为改善人居环境，现将有关事项通知如下：\n{body}")
_AIMS_FIRST = ("此次活动旨在：一是提高居民参与垃圾分类的积极性；二是推动形成绿色低碳的生活方式。\n"
               "各街道要认真组织开展整治，于2026年6月底前完成。区城管局负责督查。\n")
_AIMS_LAST = ("各街道要认真组织开展整治，于2026年6月底前完成。区城管局负责督查。\n"
              "开展本次活动的目的：一是全面提升社区环境质量；二是建立环境整治长效机制。\n")


def _titles(text: str) -> list[str]:
    return [t.title for t in parse_text(text).tasks]


def test_a_run_announced_as_aims_makes_no_points():
    titles = _titles(_NOTICE.format(body=_AIMS_FIRST))
    assert not any(t.startswith(("提高居民", "推动形成")) for t in titles), titles


def test_a_run_of_aims_after_the_work_makes_no_points():
    titles = _titles(_NOTICE.format(body=_AIMS_LAST))
    assert not any(t.startswith(("全面提升", "建立环境")) for t in titles), titles


# --- childless_points._DIVISION_ELSEWHERE: 见附件 pointing at a form, not at the division -----------------------------
# A 职责分工 point that divides the work among the bodies it names stays the duty readers' section
# (test_parse_classes_p54a.test_division_point_that_divides_the_work_itself_stays_a_section); a closing pointer to a
# form's template 「答复函格式详见附件2」 does not put the division elsewhere.

def _division_notice(second: str) -> str:
    return ("某区人民政府办公室关于做好2026年建议提案办理工作的通知\n"
            "各镇人民政府，区政府各工作部门：\n"
            "为做好2026年建议提案办理工作，现就有关事项通知如下：\n"
            "一、提高思想认识\n"
            "办理建议提案是政府接受监督的重要方式。各承办单位要高度重视，采取有效措施，认真做好办理工作。\n"
            f"{second}"
            "三、工作要求\n"
            "（一）加强组织领导。各承办单位要明确分管领导，落实专人负责办理工作。\n"
            "（二）严格办理时限。各承办单位要按时办结，及时答复代表委员。\n")


def _top_numbers(text: str) -> set[str]:
    return {t.number for t in parse_text(text).tasks if not t.path}


def test_a_form_in_an_attachment_leaves_the_division_a_section():
    text = _division_notice("二、职责分工\n区政府办负责交办和督办。区考核办负责办理工作的考核。各承办单位负责具体办理。"
                            "答复函格式详见附件2。\n")
    assert "二" not in _top_numbers(text)


def test_a_bracketed_form_pointer_leaves_the_division_a_section():
    text = _division_notice("二、职责分工\n区政府办负责交办和督办，区考核办负责考核（答复函样式见附件2）。\n")
    assert "二" not in _top_numbers(text)


# --- duty_sentences._ONE_OFF_DAY: a standing filing on last year's figures, its day without 每年 --------------------
# Round 32's line (a regulated party's standing filing on itself) stands; Round 64 turned only the one-off sending a
# notice asks 「于5月6日前报…备案」 (x180_01). 「…应于3月31日前…报送上年度排放情况」 is yearly by 上年度: no duty.

def test_a_regulated_partys_filing_on_last_year_stays_no_duty():
    duties = find_duties("排污企业应于3月31日前向区生态环境局报送上年度排放情况。", 2022)
    assert [(d.due, d.every) for d in duties] == []


# --- date_exclusions.BASE_WORK_AFTER: a later year before 基础上 is the step to reach first ------------------------
# 「在2019年…体系建设基础上」 in a 2019 plan names the work already done (the base); a year after the plan's
# 「在2021年建成示范社区基础上，全面推广」 is a milestone to reach by then (8077eca5: 2021-12-31).

def test_a_year_after_the_plans_own_before_base_words_stays_a_deadline():
    assert [d.date for d in find_deadlines("在2021年建成示范社区基础上，全面推广垃圾分类。", 2019)] == ["2021-12-31"]


# --- threshold_line.line_excluded: the 200-character cap on the stock word's look-back -----------------------------
# 「全区现有A、B、…等年产值2000万元以上的企业35家」: a threshold inside a count of what exists (round 35's stock count),
# no target — read so on 8077eca5 whatever the list's length; with ``_STOCK_WORD`` searched from ``start - 200`` a list
# of eighteen names puts 现有 out of reach and 2000万元 becomes a target.

def test_a_stock_count_after_a_long_list_of_names_is_no_target():
    names = "、".join(f"上海第{n}精密机械制造有限公司" for n in "一二三四五六七八九十甲乙丙丁戊己庚辛")
    sentence = f"全区现有{names}等年产值2000万元以上的企业35家。"
    assert len(sentence) > 250
    assert [(t.value, t.unit) for t in sentence_targets(sentence, None)] == []


# --- principle_lists.principles_only: principles restated with 应当／必须坚持 ---------------------------------
# ``_OWN_MODAL`` takes any 应当／必须 as a line that instructs a doer; Round 61 (x262_02 三) reads 应当 with a verb of
# doing 「…应当对本处室发布的信息严格审查」 as work. A principle restated 「城市更新应当坚持规划先行」 keeps to a
# principle (坚持, the lead-in's own verb: rounds 30 / 33), no work: the article stays one item (8077eca5: 2 alone).

_PRINCIPLES = ("某市城市更新管理办法\n第一条 为规范城市更新工作，根据有关规定，制定本办法。\n"
               "第二条 城市更新工作应当遵循以下原则：\n（一）规划引领。城市更新应当坚持规划先行，统筹兼顾。\n"
               "（二）以人为本。城市更新必须坚持以人民为中心，尊重群众意愿。\n"
               "（三）政府推动。城市更新应当坚持政府推动、市场运作。\n"
               "第三条 市住房城乡建设管理委负责全市城市更新工作的统筹协调。\n第四条 本办法自2026年1月1日起施行。\n")


def test_principles_restated_with_a_modal_stay_the_articles_text():
    keys = [".".join([*t.path, t.number]) for t in parse_text(_PRINCIPLES).tasks]
    assert not any(k.startswith("2.") for k in keys), keys
