"""Failure classes of round 46's whole Shanghai documents (plans-next212 … 215 BASELINE.md, structure): articles
that give no work read as tasks. Made-up rules in the same shapes, with near misses that stay as they were."""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = "某区社区便民服务点管理办法\n\n"
ARTICLES = ("第一条（目的依据）\n为了规范社区便民服务点管理，根据有关规定，制定本办法。\n\n"
            "第二条（职责分工）\n区商务委负责便民服务点的统筹管理。各街道负责辖区内服务点的日常监督。\n\n"
            "第三条（设置要求）\n区商务委应当会同区市场监管局制定服务点设置标准，定期组织检查。\n\n"
            "第四条（信息公开）\n各街道应当每季度公布辖区服务点名录。\n\n")


def _titles(text: str) -> list[str]:
    return [t.title for t in parse_text(text).tasks]


# class: a closing article under a bracketed heading whose validity sentence is followed by a transitional clause
# (…期间的…，参照本办法执行) and by the document's tail (issuer, date, attachments) the page ran into it
def test_closing_article_with_transitional_clause_and_tail_is_no_task() -> None:
    text = (HEAD + ARTICLES
            + "第五条（实施日期）\n本办法自2024年3月1日起施行，有效期五年。2024年1月1日至2024年2月29日已设立的服务点，"
            "参照本办法执行。\n某区商务委员会\n二○二四年二月一日\n")
    assert len(parse_text(text).tasks) == 3


def test_closing_article_in_lenticular_brackets_with_attachments_label_is_no_task() -> None:
    text = (HEAD + ARTICLES.replace("（", "【", 4).replace("）", "】", 4)
            + "第五条【有效期】\n\n本管理办法自2024年3月1日起施行，有效期五年。\n\n相关附件\n")
    assert len(parse_text(text).tasks) == 3


# a transitional article of its own (…已设立的…，参照本办法执行) is a closing clause too; near miss: one that tells a
# body to act under the rule (各街道应当按照本办法…) gives work and stays a task
CLOSE = "第六条（实施日期）\n本办法自2024年3月1日起施行，有效期五年。\n"


def test_transitional_article_is_no_task() -> None:
    text = HEAD + ARTICLES + "第五条（过渡安排）\n本办法施行前已设立的服务点，参照本办法执行。\n\n" + CLOSE
    assert [t.number for t in parse_text(text).tasks] == ["2", "3", "4"]


def test_transitional_article_that_binds_a_body_stays_a_task() -> None:
    text = (HEAD + ARTICLES + "第五条（过渡安排）\n本办法施行前已设立的服务点，各街道应当按照本办法组织整改。\n\n"
            + CLOSE)
    tasks = parse_text(text).tasks
    assert [t.number for t in tasks] == ["2", "3", "4", "5"]
    assert "各街道" in tasks[-1].responsible_units


# class: a scope article whose second sentence defines a term (…是指…，代表单位负责…): no work given
def test_scope_article_with_a_definition_is_no_task() -> None:
    text = (HEAD + ARTICLES.replace(
        "第一条（目的依据）\n为了规范社区便民服务点管理，根据有关规定，制定本办法。\n\n",
        "第一条（适用范围）\n本区行政区域内便民服务点的设立和管理适用本办法。\n"
        "服务点负责人是指经运营单位授权，代表单位负责服务点日常运营的人员。\n\n"))
    assert len(parse_text(text).tasks) == 3


# near miss: a scope article whose second sentence gives a body work stays a task (round 30)
def test_scope_article_that_gives_work_stays_a_task() -> None:
    text = (HEAD + ARTICLES.replace(
        "第一条（目的依据）\n为了规范社区便民服务点管理，根据有关规定，制定本办法。\n\n",
        "第一条（适用范围）\n本区行政区域内便民服务点的设立和管理适用本办法。\n"
        "区商务委负责对本办法的实施情况进行评估。\n\n"))
    assert len(parse_text(text).tasks) == 4


# the print line (issuer and date on one line, 印发) run into the last article is the document's tail too
def test_in_force_article_with_print_line_is_no_task() -> None:
    text = (HEAD + ARTICLES + "第五条  本办法自2024年3月1日起施行。\n\n"
            "某区商务委员会办公室              2024年2月1日印发\n")
    assert [t.number for t in parse_text(text).tasks] == ["2", "3", "4"]


# near miss: a sentence of work after the date clause keeps the last article a task
def test_in_force_article_with_work_then_print_line_stays_a_task() -> None:
    text = (HEAD + ARTICLES + "第五条（评估）\n区商务委负责组织开展实施情况评估。本办法自2024年3月1日起施行。\n\n"
            "某区商务委员会办公室              2024年2月1日印发\n")
    assert [t.number for t in parse_text(text).tasks] == ["2", "3", "4", "5"]


# an interpretation article said of the work 「本办法的具体解释工作由A会同B…承担」: who interprets it, no task
def test_interpretation_work_article_is_no_task() -> None:
    text = (HEAD + ARTICLES + "第五条（办法解释）\n"
            "本办法的具体解释工作由区商务委会同区市场监管局依据各自职能具体承担。\n\n"
            "第六条（实施日期）\n本办法自2024年3月1日起施行。\n")
    assert [t.number for t in parse_text(text).tasks] == ["2", "3", "4"]


# near miss: the same bodies given the rule's carrying out (组织实施), not its interpretation, stay a task
def test_carrying_out_article_stays_a_task() -> None:
    text = (HEAD + ARTICLES + "第五条（组织实施）\n区商务委会同区市场监管局负责本办法的组织实施和督促检查。\n\n"
            "第六条（实施日期）\n本办法自2024年3月1日起施行。\n")
    tasks = parse_text(text).tasks
    assert [t.number for t in tasks] == ["2", "3", "4", "5"]
    assert "区商务委" in tasks[-1].lead_units + tasks[-1].responsible_units
