"""The scorer binds a sample to the task its numbers name — and a task matched only by the tail of its numbers must
have the sample's first words too (round 32: x100_02 四/1 was bound to 三/（四）/1 and reported its units)."""
from __future__ import annotations

from parse_score import _num, find_task

from desktop.core.parse import parse_text

_TEXT = "\n".join([
    "某区推进绿色制造工作方案",
    "一、工作目标",
    "到2027年，培育绿色工厂10家。",
    "二、重点任务",
    "（一）推进节能改造",
    "1.区发展改革委负责组织重点企业开展节能诊断。",
    "2.区生态环境局负责督促企业落实减排措施。",
    "（二）推广绿色电力",
    "1.区经委负责推动企业参与绿电交易。",
])


def test_a_tail_match_with_other_first_words_is_not_the_sample_task():
    plan = parse_text(_TEXT)
    # 四/1 is not in the plan: the only task ending in 1 under a 四-like number is not it
    assert find_task(plan, {"path": ["二", "1"], "title_starts": "市经济信息化委组织"}) is None


def test_a_tail_match_with_the_sample_first_words_is_still_found():
    plan = parse_text(_TEXT)
    # the sample leaves out the section level the parser keeps: its numbers' tail and its first words name the task
    task = find_task(plan, {"path": ["（二）", "1"], "title_starts": "区经委负责推动"})
    assert task is not None and "绿电交易" in task.text


def test_an_exact_path_needs_no_first_words():
    plan = parse_text(_TEXT)
    task = find_task(plan, {"path": ["二", "（一）", "2"], "title_starts": "（answer wording differs）"})
    assert task is not None and "减排" in task.text


# Round 58 rulings, Titles (round 51, al51): first words read after a leading 【…】 heading as after （…）, and a path
# that names an article is matched only inside that article — no fallback by first words into another article.
class _Task:
    def __init__(self, path, number, text, title=""):
        self.path, self.number, self.text, self.title, self.source = list(path), number, text, title or text[:20], ""


class _Plan:
    def __init__(self, tasks):
        self.tasks = tasks


_ARTICLES = _Plan([
    _Task([], "4", "【赔偿权利人】除本市规定所明确的由市政府作为赔偿权利人的案件外，区政府为赔偿权利人。"),
    _Task([], "8", "【其他相关单位任务分工】区科经委负责指导有关评估技术研究及成果转化应用。"),
    _Task(["9"], "一", "中央领导作出重要批示的、国家挂牌督办等相关案件；"),
    _Task(["9"], "二", "中央、本市及区生态环境保护督察发现的案件线索；"),
    _Task([], "10", "【线索核查及移送】对可能涉及赔偿的案件线索，区生态环境局应根据职责分工及时核查。"),
    _Task(["12"], "二", "区生态环境局负责汇总各部门的调查情况；"),
])


def test_first_words_after_a_bracket_heading():
    # 「【其他相关单位任务分工】区科经委…」: the heading is 11 characters, so the sample's words stand past the 14
    # characters read before
    task = find_task(_ARTICLES, {"path": ["第八条【其他相关单位任务分工】"], "title_starts": "区科经委负责指导"})
    assert task is not None and task.number == "8"


def test_first_words_after_a_bracket_heading_near_miss():
    # the words after the heading are not the sample's: the article is numbered 8, but neither its first words nor its
    # label (the sample names another heading) are the sample's — no task
    assert find_task(_ARTICLES, {"path": ["第八条【任务分工】"], "title_starts": "区财政局负责指导"}) is None


def test_an_article_path_matches_only_inside_its_article():
    # 「赔偿权利人指定的…」 opens no task of 第九条; 第四条's 「【赔偿权利人】…」 holds the words within its first
    # 14: no fallback into another article, the sample's task is missing
    assert find_task(_ARTICLES, {"path": ["第九条【线索筛查】"], "title_starts": "赔偿权利人指定的"}) is None


def test_an_article_path_finds_a_task_inside_the_article_by_first_words():
    # 第九条's own item carries the words (the parser keeps the article as 9 in its path): found there
    task = find_task(_ARTICLES, {"path": ["第九条【线索筛查】"], "title_starts": "中央、本市及区生"})
    assert task is not None and task.path == ["9"] and task.number == "二"


def test_an_item_under_an_article_is_not_taken_from_another_article():
    # 第十条/（二） is not in the plan; 第十二条's （二） has the sample's first words but stands in another article
    assert find_task(_ARTICLES, {"path": ["第十条", "（二）"], "title_starts": "区生态环境局负责汇总"}) is None
    # near miss: the same sample under 第十二条 is found, and 第九条/（二） by its article although 第十二条 has a
    # （二） too
    task = find_task(_ARTICLES, {"path": ["第十二条", "（二）"], "title_starts": "区生态环境局负责汇总"})
    assert task is not None and task.path == ["12"]
    task = find_task(_ARTICLES, {"path": ["第九条", "（二）"], "title_starts": "中央、本市及区生"})
    assert task is not None and task.path == ["9"]


def test_a_path_without_an_article_still_falls_back_by_first_words():
    # no number in the path names an article: the plan at large, by first words, as before
    task = find_task(_ARTICLES, {"path": ["线索核查"], "title_starts": "对可能涉及赔偿的"})
    assert task is not None and task.number == "10"


# bl52a (round 52): an accepted responsible list goes with any accepted lead. A reading that names no lead
# and one doer (x259_01 第九条（一）: lead [], responsible [区发改委]) was scored against the main lead's list
# too and could never pass.
_LEAD_TEXT = "\n".join([
    "某区重大工程建设管理办法",
    "第一条 区发改委负责项目的准入审核。",
])


def _lead_spec(alternatives: dict) -> dict:
    return {"file": "t.txt", "leaf_tasks": 1, "samples": [{
        "path": ["第一条"], "title_starts": "区发改委负责", "lead": ["牵头单位"], "responsible": ["区发改委"],
        "targets": [], **alternatives}]}


def _responsible_check(spec: dict):
    from parse_score import score_plan

    return next(c for c in score_plan(spec, _LEAD_TEXT).checks if c.kind == "responsible")


def test_an_accepted_list_passes_with_the_accepted_lead_it_goes_with():
    spec = _lead_spec({"lead_alternatives": [["区发改委"], []], "responsible_alternatives": [["区发改委"]]})
    assert _responsible_check(spec).passed


def test_an_accepted_list_still_fails_when_no_accepted_lead_makes_it():
    # the near miss: the same list with no alternative lead stays joined to the main lead, and fails
    spec = _lead_spec({"responsible_alternatives": [["区发改委"]]})
    assert not _responsible_check(spec).passed


_DECIMAL = "\n".join([
    "某区自然灾害救助应急预案",
    "6 灾后救助",
    "6.1 过渡期生活救助",
    "6.1.1 灾情稳定后，区应急管理局负责组织评估受灾群众过渡期生活救助需求。",
    "6.1.2 区财政局负责安排过渡期生活救助资金。",
    "7 配套机制",
    "7.3 救灾捐赠",
    "7.3.1 灾情发生后，各级政府应视情组织开展救灾捐赠活动，区民政局负责接收捐赠款物。",
    "7.3.2 区红十字会负责依法开展救灾募捐。",
    "7.4 救灾救助队伍",
    "7.4.1 区应急管理局负责建立灾害信息员队伍。",
    "7.4.3 各级政府应加强灾害信息员队伍建设，区应急管理局负责组织培训。",
])


def test_a_bare_decimal_number_in_the_path_binds_its_task_before_first_words():
    # x285_02 7.4.3: the bare 「7.4.3」 is the item's number (p56c's RULING? 1) — read only as heading text, the sample
    # fell back to first words and 7.3.1's 「灾情发生后，各级政府…」 came first
    plan = parse_text(_DECIMAL)
    task = find_task(plan, {"path": ["7 配套机制", "7.4 救灾救助队伍", "7.4.3"], "title_starts": "各级"})
    assert task is not None and "信息员" in task.text


_DECIMAL_HEADED = "\n".join([
    "某区生产安全事故专项应急预案",
    "1 总则",
    "1.1 编制目的",
    "为做好本区生产安全事故应对工作，制定本预案。",
    "2 组织指挥体系",
    "2.1 区指挥部",
    "区指挥部在区委、区政府领导下，负责统一指挥事故的应对工作。",
    "4 应急处置",
    "4.1 信息报告",
    "事发单位应当在1小时内向区应急局报告。",
    "4.5 信息发布",
    "区指挥部会同区政府新闻办负责事故信息的统一发布工作。",
    "4.6 应急结束",
    "现场处置完毕后，由区指挥部宣布应急结束。",
])


def test_a_decimal_heading_with_its_words_in_the_path_binds_its_task_before_first_words():
    # x287_01 / x291_04 4.5 (p57c's RULING? 1): 「4.5 信息发布」 in the path is the item's number with its heading; read
    # only as heading text, the sample fell back to first words and 2.1's 「区指挥部在…」 came first
    plan = parse_text(_DECIMAL_HEADED)
    task = find_task(plan, {"path": ["4 应急处置", "4.5 信息发布"], "title_starts": "区指挥部"})
    assert task is not None and "信息的统一发布" in task.text
    # a number run into Roman numerals 「5.4.1Ⅳ级应急响应」 is the number too, and a heading with no number stays text
    assert _num("5.4.1Ⅳ级应急响应") == "5.4.1" and _num("4 应急处置") is None and _num("信息发布") is None
