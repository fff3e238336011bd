"""Whole documents written as articles (round 46, helper p46b): the units of an article's several paragraphs and
sentences, the lists that give no work (a plan's contents, principles), the articles that give none (the city speaking
of itself, calls, references to other law) and the response to a breach of several clauses. Made-up texts in the
shapes of plans-next204 … 207, each with a near miss that must stay as it was."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.article_subjects import paragraph_subjects
from desktop.core.parse.clause_actors import joint_partners
from desktop.core.parse.duty_headings import opening_subject
from desktop.core.parse.sentence_units import doer_units

RULES = """某市古镇保护条例
第一条 为了加强古镇保护，根据有关法律，制定本条例。
第二条 本条例适用于本市行政区域内古镇的保护。
第三条 区人民政府负责本行政区域内古镇保护工作，组织开展普查。
第四条 区人民政府应当组织力量，加强对古镇历史资料的搜集和研究。
镇人民政府、街道办事处应当推动古镇宣传展示场所建设。
第五条 区人民政府应当加强对讲解员的培训；市体育等部门应当加强指导。
第六条 区人民政府应当组织编制古镇保护规划。保护规划应当体现古镇特点，具体包括下列内容：
（一）保护原则和保护内容；
（二）保护范围；
（三）保护规划分期实施方案。
第七条 本市加强与周边省市古镇保护工作的协作。
本市推动古镇保护的交流合作。
第八条 鼓励社会力量参与古镇保护。支持以多种形式开展交流。
第九条 区文物部门应当会同市发展改革、住房城乡建设管理、房屋管理、水务、财政等部门，编制古镇保护指引。
第十条 违反本条例规定，未按要求设置设施，擅自改变建筑用途，或者从事危害建筑安全活动的，\
由市房屋管理部门或者区房屋管理部门责令限期改正；造成损失的，依法承担赔偿责任。
第十一条 古镇保护涉及文物的，国家有相关规定的，从其规定。
对古镇的保护，本条例未作具体规定的，适用本市其他相关规定。
第十二条 本条例自2026年1月1日起施行。
"""


def _tasks(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {".".join([*t.path, t.number]): (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def _subjects(paragraph: str) -> list[str]:
    return paragraph_subjects(paragraph, set(), opening_subject, True)


def test_local_governments_by_kind_in_a_later_paragraph_are_doers():
    # (Round 45's 「镇(街道)负责…」, round 44's article subjects: 街道办事处 names no place but is a kind of
    # body)
    assert _tasks(RULES)["4"] == ([], ["区人民政府", "镇人民政府", "街道办事处"])
    assert _subjects("各街镇对辖区内的文物保护单位每月巡查至少1次，并做好巡查记录。") == ["各街镇"]


def test_a_town_named_alone_stays_a_place():
    # (near miss: 「吴泾镇应当…」 — the plan's own town speaking of itself, round 43/44 — no doer)
    assert _subjects("吴泾镇应当加强对储备用地的巡查。") == []


def test_a_later_sentence_of_an_opening_subjects_paragraph_is_read():
    assert _tasks(RULES)["5"] == ([], ["区人民政府", "市体育等部门"])
    # (near miss: one subject, one sentence — unchanged)
    assert _subjects("区人民政府应当加强对讲解员的培训。") == ["区人民政府"]


def test_bodies_joined_by_yiji_are_split_where_each_is_a_body():
    assert opening_subject("街道办事处、镇人民政府以及管理局(管委会)按照各自职责承担日常巡查。", set()) == [
        "街道办事处", "镇人民政府", "管理局(管委会)"]


def test_a_joint_partner_before_xiang_ends_at_the_body():
    assert joint_partners("会同区规划资源局向社区规划师颁发聘书") == ["区规划资源局"]
    # (near miss: a name whose field holds no 向 after it reads as before)
    assert joint_partners("会同区财政局开展抽查") == ["区财政局"]


def test_fields_sharing_one_head_after_huitong_are_one_name_however_long():
    names = "市发展改革、住房城乡建设管理、房屋管理、水务、财政等部门"
    assert _tasks(RULES)["9"] == (["区文物部门"], [names])
    assert doer_units("区文物部门应当会同" + names + "，编制古镇保护指引。")[1] == ["区文物部门", names]
    # (near miss: separate heads before 等部门 are separate names, round 35)
    assert joint_partners("会同区发展改革委、区财政局、区住建委等部门，编制计划") == [
        "区发展改革委", "区财政局", "区住建委"]


def test_a_plans_contents_are_text_and_the_article_one_task():
    tasks = _tasks(RULES)
    assert "6" in tasks and not any(k.startswith("6.") for k in tasks)
    # (near miss: the parts of a work clause 「评审主要包括：」 stay items, round 44)
    work = ("某区评审管理办法\n第一条 区发展改革委负责组织评审，评审主要包括：\n（一）审查项目必要性；\n"
            "（二）审查建设方案；\n（三）审查投资估算。\n第二条 区财政局负责资金审核。\n")
    assert [k for k in _tasks(work) if k.startswith("1")] == ["1.一", "1.二", "1.三"]


def test_statement_and_call_articles_are_no_tasks_where_units_are_named():
    tasks = _tasks(RULES)
    assert "8" not in tasks
    # (「本市加强与…省市…工作的协作」 turned by CONVENTIONS.md "Round 103 rulings" (governs): the city naming an act
    # of the rules' bodies is a task naming none — a stance and an aim stay text; p71g)
    assert "7" in tasks and tasks["7"] == ([], [])
    stance = RULES.replace("第七条 本市加强与周边省市古镇保护工作的协作。\n本市推动古镇保护的交流合作。",
                           "第七条 本市坚持保护优先的原则。\n本市推动古镇保护与文化旅游相融合。")
    assert "7" not in _tasks(stance)
    # (near miss: a body after 本市 gives work, round 41: 本市 dropped)
    funded = RULES.replace("第七条 本市加强与周边省市古镇保护工作的协作。\n本市推动古镇保护的交流合作。",
                           "第七条 本市各级人民政府应当安排古镇保护资金，列入本级财政预算。")
    assert "7" in _tasks(funded)


def test_references_to_other_rules_are_no_tasks():
    assert "11" not in _tasks(RULES)


def test_a_breach_of_several_clauses_is_answered_by_its_agents():
    assert _tasks(RULES)["10"] == ([], ["市房屋管理部门", "区房屋管理部门"])
    # (near miss: a contingency inside other work stays rule 3's)
    assert doer_units("区住建委负责日常巡查。确需调整的，由区规划资源局负责审核。")[1] == ["区住建委"]


def test_a_subject_after_a_run_in_heading_and_a_hired_agency_are_doers():
    assert _subjects("咨询评估机构的选择。区发展改革委通过招标投标方式确定若干家咨询评估机构。") == ["区发展改革委"]
    assert _subjects("咨询评估机构应当按照委托要求，独立开展咨询评估。") == ["咨询评估机构"]
    # (near miss: a verb of having 「应当具备…条件」 names no doer)
    assert _subjects("咨询评估机构应当具备以下条件：") == []


def test_a_districts_bodies_by_full_name_before_deng_bumen_are_doers():
    text = "区政府办公室、区发展和改革委员会、区财政局等部门，按照各自职责共同做好文物保护工作。"
    assert _subjects(text) == ["区政府办公室", "区发展和改革委员会", "区财政局"]


NOTICE = """关于完善某市农业水价管理的通知
各有关单位：
为规范农业水价管理，现将有关事项通知如下：
一、水价形成机制
本市农业水价由供需双方协商确定。各有关区成立用水合作组织，由用水合作组织负责灌溉设施运维管理工作。
二、水价构成
农业水价覆盖的成本主要包括：
1.维修费，指灌溉泵站、管道和沟渠的维修费用。
2.电费，指灌溉设施的用电费用。
三、定额管理
超定额用水加价水费由用水合作组织统一征收、单独记账，由区水务局负责监督。
四、用水计量
用水合作组织应建立灌溉设施用水收费台帐制度。
五、其他事项
每年3月底前，用水合作组织要做好上一年度用水清算，并公开清算结果。
六、价格原则
本市农业水价坚持总体不增加农民负担的原则，实行协商定价。
本通知自2022年11月1日起实施。
"""


def test_headed_points_telling_a_named_body_what_to_do_are_tasks():
    # (round 34's early ruling: a childless point whose text gives work — an instruction to the plan's bodies
    # 「A应建立…」「…，A要做好…」 with its addressee named, or work given by 由X负责)
    tasks = _tasks(NOTICE)
    assert {"一", "三", "四", "五"} <= set(tasks)
    # (near miss: a point that only states the scheme's terms, no body told anything, stays none)
    assert "六" not in tasks


FIELDS = """某区节日安全保障工作的通知
一、工作目标时段和保障范围
（一）工作目标。
全面推进安全体系建设，确保不发生较大事故。
（二）工作时段。
自即日起至11月15日。
（三）保障范围。
全区冶金、机械等工贸企业。
二、具体措施
（一）各区应急管理局要加强执法检查。
（二）区消防救援支队负责开展消防检查。
"""


def test_a_section_of_the_works_fields_holds_no_tasks():
    tasks = _tasks(FIELDS)
    assert not any(k.startswith("一") for k in tasks)
    assert set(tasks) == {"二.一", "二.二"}
    # (near miss: a section headed by a field word whose items give work 「一、工作重点 （一）…（二）…」 keeps them:
    # its items are not each headed by a field word)
    work = FIELDS.replace("（一）工作目标。\n", "（一）").replace("（二）工作时段。\n", "（二）").replace(
        "（三）保障范围。\n", "（三）")
    assert any(k.startswith("一") for k in _tasks(work))


def test_scope_headings_and_references_to_later_or_other_rules_are_no_tasks():
    rules = ("某区区域评估管理办法\n第一条（目的依据）\n为规范区域评估工作，根据有关规定，制定本办法。\n"
             "第二条（实施范围）\n在本区产业园区内推行区域评估工作。\n"
             "第三条（部门职责）\n区规划资源局负责组织编制区域评估报告。\n"
             "第四条（评估费用）\n评估费用参照《某市专业服务费用支出标准管理规定》中评估费支出标准予以确定。\n"
             "第五条（监督）\n区财政局负责对评估经费使用情况进行监督。\n"
             "第六条（其他）\n本管理办法未作出规定的，按国家和本市有关规定执行。本办法自2026年1月1日起施行。"
             "期间如遇上级部门有明确规定和政策调整，执行上级部门政策。\n")
    assert list(_tasks(rules)) == ["3", "5"]
    # (near miss: a fee article that also gives work 「…由区财政局负责审核」 stays a task)
    worked = rules.replace("中评估费支出标准予以确定。", "中评估费支出标准予以确定，由区财政局负责审核。")
    assert list(_tasks(worked)) == ["3", "4", "5"]
