"""Round 53 second wave (x53a): an article with no items of its own, read by its own words whatever its
neighbours hold.

Where one article of a rule holds numbered items 「以下项目不予支持：（一）…（三）…」, the plan "numbers its work
deeper" and its childless articles are read by ``rule_chapters`` (``_childless_articles``), which asked a length
of fifteen characters of an article's text: a short article of work 「区发改委负责组织项目评审。」 was lost
there, though it is a task where no article holds a list. An article that gives work to a body it names (rule 2)
is a task however short (round 34: a childless article that gives work is a task, in a document of numbered items
too). A run-on article whose step is a party's, written with 由 「…由发包人填写…通知书提交工作部门备案」 (round
43's 由A＋verb; Round 58: a works party's filing is a task naming no unit), is work too. Near misses: an article
that gives no work (施行日期, 目的依据, a definition, a short one with no doer) stays out; an article whose items
are the tasks keeps its items. Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def tasks(text: str) -> list[tuple[tuple[str, ...], list[str]]]:
    return [((*t.path, t.number), t.responsible_units) for t in parse_text(text).tasks]


_LIST = ("以下项目不予支持：\n（一）获得过其他区级财政资金支持的同类项目；\n（二）上年年末净资产为负；\n"
         "（三）其他不符合支持条件的项目。")


def headed(article_two: str, article_three: str) -> str:
    return ("某区文化产业扶持资金管理细则\n"
            "第一条（目的依据）\n为规范扶持资金管理，根据有关规定，制定本细则。\n"
            f"第二条{article_two}\n"
            f"第三条{article_three}\n"
            "第四条（监督管理）\n区审计局应当加强对资金使用的审计监督。\n"
            "第五条（施行日期）\n本细则自2026年3月1日起施行。\n")


def numbers(text: str) -> list[tuple[str, ...]]:
    return [n for n, _units in tasks(text)]


def test_a_short_article_of_work_stays_beside_an_article_with_a_list():
    text = headed(f"（支持对象）\n支持的对象为在本区注册的文化企业。\n{_LIST}", "（项目评审）\n区文旅局负责组织评审。")
    got = dict(tasks(text))
    assert ("3",) in got and got[("3",)] == ["区文旅局"]
    assert ("4",) in got


def test_the_same_short_article_is_a_task_with_no_list_beside_it():
    text = headed("（支持对象）\n支持的对象为在本区注册的文化企业。", "（项目评审）\n区文旅局负责组织评审。")
    assert ("3",) in numbers(text) and ("4",) in numbers(text)


def test_a_short_run_on_article_of_work_beside_a_list():
    text = headed(f"（支持对象）\n支持的对象为在本区注册的文化企业。\n{_LIST}", "区财政局负责拨付资金。")
    got = dict(tasks(text))
    assert got.get(("3",)) == ["区财政局"]


def test_an_article_whose_items_give_work_keeps_its_items():
    text = headed("（职责分工）\n有关部门按照下列分工开展工作：\n（一）区文旅局负责项目受理和初审；\n"
                  "（二）区财政局负责资金拨付和绩效评价；\n（三）区审计局负责资金使用的审计。",
                  "（项目评审）\n区文旅局负责组织评审。")
    got = numbers(text)
    assert ("2", "一") in got and ("2", "二") in got and ("2", "三") in got
    assert ("3",) in got and ("2",) not in got


def test_a_short_article_with_no_doer_stays_out():
    # (「评审实行专家制。」: a rule's measure, no body named doing it)
    text = headed(f"（支持对象）\n支持的对象为在本区注册的文化企业。\n{_LIST}", "（项目评审）\n评审实行专家制。")
    assert ("3",) not in numbers(text) and ("4",) in numbers(text)


def test_a_short_designation_gives_no_work():
    # (「区文旅局为主管部门。」: who the department is, no work done)
    text = headed(f"（支持对象）\n支持的对象为在本区注册的文化企业。\n{_LIST}", "（主管部门）\n区文旅局为主管部门。")
    assert ("3",) not in numbers(text)


def test_short_opening_and_closing_articles_stay_out():
    text = ("某区文化产业扶持资金管理细则\n"
            "第一条（目的）\n为规范管理，制定本细则。\n"
            f"第二条（支持对象）\n支持的对象为在本区注册的文化企业。\n{_LIST}\n"
            "第三条（定义）\n本细则所称项目是指文化项目。\n"
            "第四条（项目评审）\n区文旅局负责组织评审。\n"
            "第五条（施行日期）\n本细则自印发之日起施行。\n")
    got = numbers(text)
    assert ("4",) in got
    assert not {("1",), ("3",), ("5",)} & set(got)


def run_on(article_six: str) -> str:
    return ("某镇小型工程承发包实施细则\n"
            "第一条  为规范小型工程承发包管理，根据有关规定，制定本细则。\n"
            "第二条  镇建管中心应当加强承发包活动的监督管理。\n"
            "第三条  招标文件应当包括下列内容：\n（一）工程概况；\n（二）投标人资格条件；\n（三）合同主要条款。\n"
            "第四条  镇建管中心负责承发包信息平台的日常管理。\n"
            f"第五条  {article_six}\n"
            "第六条  本细则自2026年1月1日起施行。\n")


def test_a_partys_step_after_by_is_work_of_its_article():
    got = dict(tasks(run_on("采用备案制的小型工程由建设单位填写承包通知书提交镇建管中心备案。")))
    assert ("5",) in got and ("4",) in got and ("2",) in got


def test_a_consequence_borne_by_a_party_is_no_step():
    # (「…由承包商承担」: what befalls the party, no step of work; no list beside it changes that)
    assert ("5",) not in numbers(run_on("因承包商原因造成工期延误的，相关损失由承包商承担。"))
