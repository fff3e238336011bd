"""Review rv47 of round 47's parser changes: the readers it mended for speed keep their answers on long inputs, near
misses included. Their cost is measured by the bench (``nasty_bare_marks``, ``nasty_headless_run``,
``nasty_hired_duties``), never timed here: these machines are noisy."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.body_names import document_roles
from desktop.core.parse.headings import build_items
from desktop.core.parse.marks import lost_first_numbers
from desktop.core.parse.task_choice import _leaves

# -- marks._lost_chinese_numbers: one pass each way, not a scan of the page per bare mark ---------------------------


def test_a_lost_section_number_is_read_as_its_place_gives() -> None:
    text = "为做好工作，制定本方案。\n、加强宣传发动。\n由镇宣传办负责。\n二、完善分类设施。\n三、开展督查。"
    assert lost_first_numbers(text).split("\n")[1] == "一、加强宣传发动。"


def test_a_lost_bracket_number_under_its_section_is_read_as_its_place_gives() -> None:
    text = "一、工作任务\n）加强宣传发动。\n（二）完善分类设施。\n二、保障措施\n）强化组织领导。\n（二）加强经费保障。"
    lines = lost_first_numbers(text).split("\n")
    assert lines[1] == "（一）加强宣传发动。" and lines[4] == "（一）强化组织领导。"


def test_near_miss_a_bare_mark_with_a_2_first_or_a_wrapped_sentence_stays_text() -> None:
    wrapped = "一、工作任务\n由区财政局\n、区住建委负责。\n二、保障措施"
    assert lost_first_numbers(wrapped) == wrapped
    numbered_by_digits = "一、工作任务\n、加强宣传。\n2、完善设施。\n二、保障措施"
    assert lost_first_numbers(numbered_by_digits).split("\n")[1] != "一、加强宣传。"


def test_near_miss_a_bracket_whose_number_before_is_not_one_less_stays_text() -> None:
    text = "一、工作任务\n（一）加强宣传。\n）完善设施。\n（四）开展督查。"
    assert lost_first_numbers(text).split("\n")[2] == "）完善设施。"


def test_a_page_of_many_bare_marks_keeps_them_as_text() -> None:
    # (before: each bare mark looked 400 lines down and copied every line above it; the bench's nasty_bare_marks)
    text = "\n".join("、加强日常管理工作。" for _ in range(2000)) + "\n二、保障措施"
    lines = lost_first_numbers(text).split("\n")
    assert lines[-2] == "、加强日常管理工作。"        # (the one before 二、 has a bare mark above it, not 一、)


# -- task_choice._headless_run: the run's first item looked up, not a list of every sibling per item -------------

def _titles(text: str) -> list[str]:
    return [t.title for t in parse_text(text).tasks]


_RUN = ("某镇工作方案\n一、工作任务\n{first}、镇城建办负责做好设施建设。\n{second}、镇宣传办负责做好宣传。\n"
        "二、工作要求\n加强领导，确保实效。")


def test_a_run_whose_head_the_page_lost_is_read_as_points() -> None:
    # (its points over a paragraph are tasks as in a plan of points)
    assert _titles(_RUN.format(first=2, second=3)) == ["镇城建办负责做好设施建设", "镇宣传办负责做好宣传", "工作要求"]


def test_near_miss_a_run_from_1_numbers_the_plan_deeper() -> None:
    assert _titles(_RUN.format(first=1, second=2)) == ["镇城建办负责做好设施建设", "镇宣传办负责做好宣传"]


def test_a_long_headless_run_gives_every_point() -> None:
    # (before: every item of the run listed all its siblings; the bench's nasty_headless_run)
    text = "某镇工作方案\n一、工作任务\n" + "\n".join(f"{k}、镇城建办负责做好第{k}项工作。" for k in range(2, 600))
    assert len(_leaves(build_items(text).items)) == 598


# -- hired_persons.drop_hired_duties: each article read once, not once per chosen item ---------------------------

_HIRED = ("某区社区规划师制度实施办法\n第一条 为做好工作，制定本办法。\n"
          "第二条 区规划资源局负责统筹推进社区规划师工作。\n第四条 社区规划师的基本职责包括：\n{duties}\n"
          "第五条 区规划资源局负责对社区规划师进行考核。")

_BODIES_WORK = ["区规划资源局负责统筹推进社区规划师工作", "区规划资源局负责对社区规划师进行考核"]


def test_a_hired_persons_duties_article_gives_no_task_however_many_its_points() -> None:
    # (before: every chosen item re-read its whole article; the bench's nasty_hired_duties)
    text = _HIRED.format(duties="\n".join(f"（{k}）提供专业咨询第{k}项。" for k in range(1, 60)))
    assert _titles(text) == _BODIES_WORK


def test_near_miss_the_bodies_articles_on_the_persons_stay_tasks() -> None:
    # (the hired persons' duties article left out; the articles where a body works on them kept)
    text = _HIRED.format(duties="（一）提供专业咨询。\n（二）参与项目评估。")
    assert _titles(text) == _BODIES_WORK


# -- the roles a document sets up: held while that document is read (body_names.reading_roles), never after ------

_SETS_UP = ("某区城中村改造工作方案\n一、工作任务\n"
            "（一）明确主体。区政府选定区城投公司，作为城中村改造项目的招选主体。\n"
            "（二）开展招选。招选主体负责组织开展招选工作。\n（三）做好复核。由区住建委负责复核。")
_NOT_SET_UP = ("某区城中村改造工作方案\n一、工作任务\n（一）开展招选。招选主体负责组织开展招选工作。\n"
               "（二）做好复核。由区住建委负责复核。")


def _units(text: str) -> dict[str, list[str]]:
    return {t.title: t.responsible_units for t in parse_text(text).tasks}


def test_a_role_the_document_sets_up_is_a_unit_where_it_acts() -> None:
    assert _units(_SETS_UP)["开展招选"] == ["招选主体"]
    assert document_roles() == frozenset()          # (none left behind once the document is read)


def test_near_miss_the_next_document_that_sets_no_role_up_reads_the_bare_role_as_none() -> None:
    parse_text(_SETS_UP)
    assert _units(_NOT_SET_UP) == {"开展招选": [], "做好复核": ["区住建委"]}
    assert _units(_SETS_UP)["开展招选"] == ["招选主体"]        # (and the first again as before)
