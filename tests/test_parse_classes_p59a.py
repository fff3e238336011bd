"""Round 59 (p59a): the task structure of whole city rules and of rules written as headed points.

- A review's list of 是否 contents under an article whose own work clause takes the list as its object
  「A对…中下列内容进行重点审查：（一）…是否…」「A核对以下内容无误后…予以受理。审核内容如下：（一）…」: the lines
  are the work's parts, items (CONVENTIONS.md round 55's x248_01 第十二条; the x267_04 line) — not a 是否 list
  under a noun lead-in with no such clause, which stays the text of its article (round 35).
- A liability article whose sanction is given 「应由其所在单位或者上级主管部门责令…」 or which first urges officials
  「…工作人员应当依法依规」 is no task (round 49's x39_03; ``no_work_articles.consequence_only``), a chapter heading the
  page runs in after it no sentence of it; an article in which a body of the rules acts stays a task.
- A reference article with a long title 「…应按照《…办法》及本市…有关规定执行」 or a field's rules 「…有关保密规定执行」
  is no task (round 34's 参照).
- A closing article 「本办法自…起施行，有效期至…」 followed by a site copy's attachment links
  「## 附件（官方直链）⏎- [x.pdf](…)」 is no task: the links are the page's, like an 附件 line
  (``closing_clauses._DOCUMENT_TAIL``).
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def _task(text: str, number: str):  # type: ignore[no-untyped-def]
    return next(t for t in parse_text(text).tasks if "/".join([*t.path, t.number]) == number)


_REVIEW = """上海市某类工程建设管理规定
第一条（目的）
为加强某类工程建设管理，制定本规定。
第二条（管理职责）
市某某办公室负责本市某类工程建设的管理。
第三条（方案编制）
建设单位应当编制某类工程建设方案。
第四条（审查内容）
{lead}
（一）项目所处区域是否符合本规定确定的范围。
（二）项目实施主体是否为同一开发主体。
（三）项目与四周地下空间是否连通。
第五条（清单管理）
市某某办公室对建设方案实行清单管理。
第六条（施行日期）
本规定自2025年1月1日起施行。
"""


def test_a_review_list_that_completes_its_work_clause_is_items() -> None:
    text = _REVIEW.format(lead="各级某某部门对建设方案中下列内容进行重点审查：")
    assert _numbers(text) == ["2", "3", "4/一", "4/二", "4/三", "5"]
    second = _task(text, "4/二")
    assert second.lead_units == []
    assert second.responsible_units == []
    assert second.deadline is None


def test_a_review_list_after_a_check_clause_is_items() -> None:
    text = _REVIEW.format(lead="市某某办公室核对以下内容无误后予以受理。审核内容如下：")
    assert _numbers(text) == ["2", "3", "4/一", "4/二", "4/三", "5"]


def test_a_check_list_under_a_noun_lead_in_stays_one_task() -> None:
    # (no clause of the article takes the list as its object: the questions are the article's text, round 35)
    text = _REVIEW.format(lead="市某某办公室负责审查建设方案。审查的主要事项包括：")
    assert _numbers(text) == ["2", "3", "4", "5"]
    assert _task(text, "4").responsible_units == ["市某某办公室"]


def test_a_review_clause_that_runs_on_past_its_list_stays_one_task() -> None:
    # (the clause goes on after its object 「…进行审计，审计结果报…后办理项目核销：」: the checks are the
    # article's text)
    lead = "由审计机构主要对以下内容进行审计，审计结果报市某某办公室确认后办理项目核销："
    text = _REVIEW.format(lead=lead)
    assert _numbers(text) == ["2", "3", "4", "5"]


_LIABILITY = """上海市某类设备管理办法
第一条 目的
为加强某类设备管理，制定本办法。
第二条 管理职责
市某某办公室负责本市某类设备的管理。
第三条 监督检查
市某某办公室对某类设备质量开展监督检查。
第四条 {heading}
{text}
第二章附则
第五条 施行日期
本办法自2025年1月1日起施行。
"""


def test_a_sanction_by_the_breakers_superior_is_no_task() -> None:
    text = _LIABILITY.format(heading="公职人员责任", text=(
        "对违规办理证书或有滥用职权、玩忽职守等违法行为的管理部门或个人，应由其所在单位或者上级主管部门责令限期改正，"
        "并依法追究行政责任；造成损失的，依法承担赔偿责任；构成犯罪的，依法追究刑事责任。"))
    assert _numbers(text) == ["2", "3"]


def test_officials_urged_before_their_sanctions_is_no_task() -> None:
    text = _LIABILITY.format(heading="行政追究", text=(
        "各级某某部门相关工作人员应当依法依规，严格管理。对监管不力、违规审批和弄虚作假者，由其所在单位或者有关主管部门"
        "给予行政处分；构成犯罪的，依法追究刑事责任。"))
    assert _numbers(text) == ["2", "3"]


def test_a_body_of_the_rules_that_acts_keeps_its_liability_article() -> None:
    # (the rules' own body takes the step: a task, its doer named)
    text = _LIABILITY.format(heading="行政相对方责任", text=(
        "生产企业发现存在违法违规行为的，市某某办公室应当依法处罚；构成犯罪的，依法追究刑事责任。"))
    assert _numbers(text) == ["2", "3", "4"]
    assert _task(text, "4").responsible_units == ["市某某办公室"]


def test_a_long_reference_article_is_no_task() -> None:
    text = _LIABILITY.format(heading="安装分包", text=(
        "某类设备安装实行施工分包的，应按照《房屋建筑和市政基础设施工程施工分包管理办法》及本市建设工程施工分包有关规定执行。"))
    assert _numbers(text) == ["2", "3"]
    text = _LIABILITY.format(heading="保密要求", text="涉密某类工程档案的管理，按照国家和本市有关保密规定执行。")
    assert _numbers(text) == ["2", "3"]


def test_a_body_that_works_by_the_rules_stays_a_task() -> None:
    text = _LIABILITY.format(heading="覆盖管理", text="各街道应当加强辖区内裸露土地的覆盖工作，按照本市有关规定执行。")
    assert _numbers(text) == ["2", "3", "4"]
    assert _task(text, "4").responsible_units == ["各街道"]


def test_a_closing_article_before_a_site_copys_attachment_links_is_no_task() -> None:
    text = _LIABILITY.format(heading="信用监管", text="市某某办公室负责生产企业的信用监管。").replace(
        "本办法自2025年1月1日起施行。",
        "本办法自2025年1月1日起施行，有效期至2030年12月31日。\n\n## 附件（官方直链）\n\n"
        "- [d7447e5f4d8a3754.pdf](https://example.gov.cn/cmsres/9d/d7447e5f4d8a3754.pdf)\n")
    assert _numbers(text) == ["2", "3", "4"]
    assert _task(text, "4").responsible_units == ["市某某办公室"]


def test_a_closing_article_that_also_gives_work_before_the_links_stays() -> None:
    text = _LIABILITY.format(heading="信用监管", text="市某某办公室负责生产企业的信用监管。").replace(
        "第五条 施行日期", "第五条 评估与施行").replace(
        "本办法自2025年1月1日起施行。",
        "本办法自2025年1月1日起施行。市某某办公室负责组织开展本办法实施情况的年度评估。\n\n## 附件（官方直链）\n\n"
        "- [d7447e5f4d8a3754.pdf](https://example.gov.cn/cmsres/9d/d7447e5f4d8a3754.pdf)\n")
    assert _numbers(text) == ["2", "3", "4", "5"]
    fifth = _task(text, "5")
    assert fifth.title == "评估与施行"
    assert fifth.deadline is None
