"""Failure classes of tests/data/plans-next30…-next36 taken in round 23 (parser33). Each class with made-up
wordings of other plans (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.targets import find_targets


def _units(text: str) -> list[list[str]]:
    return [t.responsible_units for t in parse_text(text).tasks]


# -- a. more labels that name the units carrying a measure out ------------------------------------------------

@pytest.mark.parametrize("label", ["执行单位", "执行部门", "落实单位", "落实部门", "承担单位", "承担部门"])
def test_doing_labels_are_unit_labels(label: str) -> None:
    text = ("一、支持措施\n（一）支持污水处理设施提标改造。对完成改造的项目给予一次性补助。"
            f"（{label}：县水务局、县财政局）\n（二）鼓励农业节水。对节水灌溉面积给予补助。\n{label}：县农业农村局")
    assert _units(text) == [["县水务局", "县财政局"], ["县农业农村局"]]


def test_traditional_doing_label() -> None:
    text = "一、工作任務\n（一）推動商圈數位轉型。（落實單位：市經濟發展局）"
    assert _units(text) == [["市經濟發展局"]]


# -- b. 「X及相关部门」: a kind after a named unit ----------------------------------------------------------
# (aligned to the Round 48 rulings, q44a governs over the round-23 tail: 及 joins two names, round 34, and the kind
# after it is a name of its own, round 47; a label keeps every name but the four no-kind words, round 33 — the tail
# was dropped before; only a 等 tail and 有关方面 are dropped)

@pytest.mark.parametrize("tail,kind", [("及相关部门", "相关部门"), ("及有关单位", "有关单位"),
                                       ("和各相关单位", "各相关单位"), ("及其他有关部门", "其他有关部门")])
def test_category_tail_after_a_unit_is_kept(tail: str, kind: str) -> None:
    text = f"一、重点任务\n（一）完善养老服务网络。（责任单位：市民政局、市卫生健康委{tail}）"
    assert _units(text) == [["市民政局", "市卫生健康委", kind]]


@pytest.mark.parametrize("tail", ["等卫生主管部门", "及有关方面"])
def test_an_etc_tail_or_no_kind_after_a_unit_is_dropped(tail: str) -> None:
    text = f"一、重点任务\n（一）完善养老服务网络。（责任单位：市民政局、市卫生健康委{tail}）"
    assert _units(text) == [["市民政局", "市卫生健康委"]]


def test_a_group_alone_stays() -> None:
    text = "一、重点任务\n（一）完善养老服务网络。（责任单位：市民政局、各相关单位）"
    assert _units(text) == [["市民政局", "各相关单位"]]


# -- e. 「第一责任单位为牵头单位，下同」: the first-listed unit leads, in this item and the ones after ----------------

@pytest.mark.parametrize("rule", ["第一责任单位为牵头单位，下同", "排名第一的部门为牵头部门,下同"])
def test_first_unit_leads_wordings(rule: str) -> None:
    text = ("一、主要措施\n（一）清理涉企收费。\n责任单位：县发改局、县财政局（" + rule + "）\n"
            "（二）压缩审批时限。\n责任单位：县行政审批局、县住建局")
    tasks = parse_text(text).tasks
    assert [t.lead_units for t in tasks] == [["县发改局"], ["县行政审批局"]]


# -- d. page titles: a page's counter before the title; brackets printed full-width on the title's own line -----

@pytest.mark.parametrize("counter", ["第1页共3页", "第 2 页，共 5 页 ", "共4页第1页"])
def test_page_counter_before_the_title(counter: str) -> None:
    text = f"{counter}某镇2024年生活垃圾分类工作方案\n一、工作目标\n推进生活垃圾分类。\n二、工作任务\n（一）完善设施。"
    assert parse_text(text).title == "某镇2024年生活垃圾分类工作方案"


def test_title_line_brackets_as_printed() -> None:
    name = "某区推进数据要素（DATA）市场化配置改革的若干措施"
    text = (f"关于印发《{name}》的通知\n各有关单位：\n现将《{name.replace('（', '(').replace('）', ')')}》印发给你们，"
            f"请认真贯彻执行。\n某区人民政府\n2025年3月1日\n{name}\n一、完善制度\n（一）建立数据登记制度。")
    assert parse_text(text).title == name


# -- c. figures that set who a grant is for, or mark out a class of cases: no target ----------------------------

def _figures(text: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, 2025)]


# (round 30, CONVENTIONS.md thresholds: a threshold closing a 「…的」 condition that a grant follows is a target)
@pytest.mark.parametrize(("text", "want"), [
    ("年营业收入首次超过5000万元的，给予一次性奖励。", (5000e4, "元")),
    ("获得国家级认定50万元及以上的，按照认定金额的10%给予补贴。", (50e4, "元"))])
def test_grant_conditions_are_targets_by_the_line(text: str, want: tuple[float, str]) -> None:
    assert want in _figures(text)


@pytest.mark.parametrize("text", [
    "年用水量大于5万立方米且小于等于20万立方米的企业为重点监控企业。",
])
def test_class_bounds_inside_the_noun_of_a_class_are_no_targets(text: str) -> None:
    # (round 32 (p32t): 大于 / 小于（等于） join the line, both edges read alike;
    # Round 58 rulings: a band inside the noun of the class a piece of work picks is a class)
    assert [f for f in _figures(text) if f[0] in (5000e4, 50e4, 5e4, 20e4, 200e4, 500)] == []


def test_class_bounds_joined_to_the_line_are_no_targets_inside_the_noun() -> None:
    # (round 31 (mt31): 「200万元以下且…500平方米以下的」 both bounds joined to 以下;
    # Round 58 rulings: a band inside the noun of the class a piece of work picks is a class)
    got = _figures("总投资200万元以下且占地面积500平方米以下的项目实行告知承诺。")
    assert not {(200e4, "元"), (500, "平方米")} & {f[:2] for f in got}


@pytest.mark.parametrize("text, want", [
    # ordinary targets the rules must leave alone
    ("到2025年，新增公共充电桩5000个，完成老旧小区改造30个。", [(5000, "个"), (30, "个")]),
    ("全年培训农村实用人才2000人次以上，覆盖率达到90%。", [(2000, "人次"), (90, "%")]),
    ("建成高标准农田1.5万亩，亩均增产10%以上。", [(15000, "亩"), (10, "%")]),
    ("创办10家以上的农民合作社，带动农户增收。", [(10, "家")]),
])
def test_ordinary_targets_stay(text: str, want: list[tuple[float, str]]) -> None:
    got = _figures(text)
    for w in want:
        assert w in got


@pytest.mark.parametrize("text, figure", [
    ("申报对象上年度营业收入达到2000万元以上，且无不良信用记录。", (2000e4, "元")),
    ("试点对象覆盖人口不少于3000人，原则上以街道为单位申报。", (3000, "人")),
    ("每个试点培育期一般不超过2年，最长不得超过4年。", (4, "年")),
    ("每个试点培育期一般不超过2年，最长不得超过4年。", (2, "年")),
])
def test_applicant_bars_and_rule_ceilings_are_no_targets(text: str, figure: tuple[float, str]) -> None:
    # (round 31 (mt31), CONVENTIONS.md thresholds: an applicant's bar and a rule's ceiling, joined to 达到…以上 /
    # 不少于 / 不超过, are targets)
    assert figure in _figures(text)


def test_a_pilot_count_stays() -> None:
    assert (10, "个") in _figures("到2025年，建成低碳试点社区10个，试点覆盖率达到30%。")


# -- d. a score is a target only where a word names it (review of round 23) ---------------------------------------

@pytest.mark.parametrize("text", [
    "（一）健全组织体系（10分）。成立工作专班，明确专人负责。",
    "（二）完善设施配置（20分）。按标准配置分类收集容器。",
    "每季度开展宣传活动不少于2次，占5分。",
    "实行百分制考核，满分100分。",
    "设立街道分中心3个，增设5分拣点。",
    "档案管理规范，计15分，缺一项扣3分。",
])
def test_marks_and_weights_are_no_score_targets(text: str) -> None:
    assert [f for f in _figures(text) if f[1] == "分"] == []


@pytest.mark.parametrize("text, want", [
    ("到2025年底，群众满意度测评得分达到90分以上。", (90, "分")),
    ("年度考核评分不低于85分。", (85, "分")),
])
def test_named_scores_stay_targets(text: str, want: tuple[float, str]) -> None:
    assert want in _figures(text)


# -- e. two aims joined by 且 stay targets; bounds of one quantity or of the things 的 picks out do not ------------

@pytest.mark.parametrize("text, want", [
    ("到2025年底，公交出行分担率达到30%以上且绿色出行比例达到70%以上。", [(30, "%"), (70, "%")]),
    ("建成夜间消费集聚区5个以上且示范街区不少于2条。", [(5, "个"), (2, "条")]),
    ("全年新增就业岗位3000个以上且城镇登记失业率控制在4%以内。", [(3000, "个"), (4, "%")]),
])
def test_aims_joined_by_qie_stay(text: str, want: list[tuple[float, str]]) -> None:
    got = _figures(text)
    for w in want:
        assert w in got


@pytest.mark.parametrize("text", [
    "间接排放时，全年废水日均排放量大于250吨且小于等于2500吨。",
    "年用电量大于50万千瓦时且小于等于500万千瓦时，纳入重点用能单位。",
])
def test_bounds_of_one_quantity_are_targets_by_the_line(text: str) -> None:
    # (round 32 (p32t), CONVENTIONS.md comparison words: 大于 / 小于等于 join the line)
    assert len(_figures(text)) == 2


# -- f. a count of the applicants themselves is an aim -----------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("到2024年底创建对象达到8个。", (8, "个")),
    ("全年扶持对象不少于120家。", (120, "家")),
])
def test_a_count_of_applicants_stays(text: str, want: tuple[float, str]) -> None:
    assert want in _figures(text)


# -- g. 试点 bounds a term only as 试点期/试点期限/试点周期 -----------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("试点街道问题整改时间不超过3个月。", (3, "个月")),
    ("试点小区改造工期不超过6个月。", (6, "个月")),
])
def test_work_time_in_a_pilot_stays(text: str, want: tuple[float, str]) -> None:
    assert want in _figures(text)


@pytest.mark.parametrize("text", ["试点期限原则上不超过2年。", "每个试点周期一般不超过3年。",
                                  "试点示范一般不超过3年。"])
def test_a_pilot_term_is_no_target(text: str) -> None:
    # (round 31 (mt31), CONVENTIONS.md thresholds: a term's ceiling joined to 不超过 is a target)
    assert [f for f in _figures(text) if f[1] == "年"] != []


# -- h. a written report made in the past, or data others reported, is no duty ----------------------------------

@pytest.mark.parametrize("text", [
    "2023年，各部门按要求开展了经济运行监测，均形成书面总结并报送区政府，取得了较好成效。",
    "去年各街道已经形成书面报告并上报区委办。",
    "区发改委负责汇总各部门报送的项目数据，开展分析。",
])
def test_past_sendings_and_gathered_data_are_no_duties(text: str) -> None:
    from desktop.core.parse.duties import find_duties
    assert find_duties(text, 2024) == []


def test_a_written_sending_still_a_duty() -> None:
    from desktop.core.parse.duties import find_duties
    assert find_duties("活动结束后，各街道要形成书面总结并报送区应急局。", 2024) != []


# -- i. a background 附件 (what stands, what was done) gives no tasks ---------------------------------------------

_MAIN = ("某区2024年河道治理工作方案\n\n一、主要任务\n（一）整治黑臭河道。完成河道整治12条。（责任单位：区水务局）\n"
         "（二）建设生态护岸。新建生态护岸5公里。（责任单位：区水务局）\n\n二、保障措施\n加强组织领导。\n\n附件\n\n")


@pytest.mark.parametrize("annex", [
    "某区河道治理工作背景情况\n\n一、工作基础\n（一）已有成效。2023年已完成河道整治20条。\n（二）存在问题。部分河道反复。\n"
    "二、重点任务\n（一）河道整治情况。2023年已完成整治20条。投入资金800万元。\n"
    "（二）护岸建设情况。已建成生态护岸8公里。覆盖主要河道。\n",
    "某区河道治理进展\n\n一、重点工作\n（一）河长制落实。2022年以来已经建立区街村三级河长体系。覆盖全区。\n"
    "（二）水质监测。2023年全区已实现断面监测全覆盖。数据实时上传。\n",
])
def test_a_background_annex_gives_no_tasks(annex: str) -> None:
    assert [t.path for t in parse_text(_MAIN + annex).tasks if t.path and t.path[0] == "附件"] == []


def test_a_work_annex_still_gives_tasks() -> None:
    annex = ("某区河道治理重点项目\n\n一、基本原则\n（一）统筹推进。坚持系统治理。\n（二）分类施策。因河施策。\n"
             "二、重点任务\n（一）实施清淤疏浚。完成清淤10万立方米。年底前完工。\n"
             "（二）建设截污管网。新建截污管网20公里。按期完成。\n")
    assert [t.path for t in parse_text(_MAIN + annex).tasks if t.path and t.path[0] == "附件"] != []


# -- j. articles about the plan (terms, bodies, oversight, duties) are no tasks in a plan written in articles ------

def _article_plan(extra: str) -> str:
    return ("某区农贸市场管理工作方案\n\n第一条　为规范农贸市场管理，制定本方案。\n\n"
            "第二条　主要任务\n（一）开展市场整治。各街道组织对辖区市场开展整治。\n"
            "（二）建立管理台账。区市场监管局建立市场管理台账。\n\n"
            "第三条　摊位管理\n市场开办者应当在摊位调整后15日内报区市场监管局备案。\n\n" + extra)


@pytest.mark.parametrize("heading, body", [
    ("名词解释", "本方案所称农贸市场，是指以销售农副产品为主的市场。"),
    ("释义", "本方案所称开办者，是指依法设立市场的单位。"),
    ("组织机构", "成立区农贸市场管理工作领导小组，由分管副区长任组长。"),
    ("监督检查", "区市场监管局对市场管理情况进行监督检查，依法予以处理。"),
    ("法律责任", "违反本方案规定的，由有关部门依法予以处理。"),
    # (「部门职责」 whose text gives a body work is one task: CONVENTIONS.md Round 54 rulings, governs over this
    # round's test — tests/test_parse_classes_w49a.py)
])
def test_articles_about_the_plan_are_no_tasks(heading: str, body: str) -> None:
    titles = [t.title for t in parse_text(_article_plan(f"第四条　{heading}\n{body}\n")).tasks]
    assert heading not in titles and "摊位管理" in titles


# -- k. a doing label whose colon opens a sentence is prose; traditional doing labels in both kinds -----------------

@pytest.mark.parametrize("line", ["执行单位：应严格按照预算使用资金，不得挪作他用。",
                                  "落实部门：要建立工作台账，定期报送进展。",
                                  "承担单位：须按合同约定完成研发任务。"])
def test_a_doing_label_over_a_sentence_is_prose(line: str) -> None:
    text = f"一、主要任务\n（一）加强资金监管。{line}（责任单位：区财政局）"
    assert _units(text) == [["区财政局"]]


@pytest.mark.parametrize("label", ["執行部門", "落實部門", "承擔部門", "承擔單位"])
def test_traditional_doing_labels_both_kinds(label: str) -> None:
    assert _units(f"一、工作任務\n（一）推動商圈數位轉型。（{label}：市經濟發展局）") == [["市經濟發展局"]]
