"""Round 70 (p70b): a covering notice with points of its own that issues two or more documents printed after it.

- A cover 「…现将两个《…》印发给你们，…同时提出如下工作要求： 一、…二、…」 whose signature is followed by 附件1 / the
  first document's title (named in the cover's 《》) / 一、… and 附件2 / the second's / 一、…: the cover's points and
  every document's items are read, the documents' numbered under their label (附件1/一) — not an attachment the
  cover does not name as a document it issues (a table, a form), which keeps the old reading (the cover's points).
- The short name counted 「现将两个《指导意见》印发给你们」 stands for every document the cover issues: the title
  is the cover's own line 「…关于印发《A》和《B》的通知」 — not the uncounted 「现将《指导意见》印发给你们」, whose
  full name is the one document's.
- A year before a rise's band 「…的企业，2024年一线职工工资增长指导线不低于2%」 names the year the guideline covers: no
  deadline — not a year's aim 「…，2024年全区职工收入增长5%以上」, due at the year's end.
- A union's body joined to another 「各级工会组织和企业要…」: 工会组织 is one name (as 团组织, round 40), its 组织
  no verb of rule 2 — not a union that organises 「市总工会组织开展…」「市总工会组织和协调…」, the doer by 组织.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_names import read_names
from desktop.core.parse.task_dates import YEAR_OPENING


def _paths(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


_COVER = """某市水务局关于印发《2025年某市河道保洁工资指导意见》和《2025年某市排水工资指导意见》的通知

各区水务局、各有关单位：

行业工会提出了《2025年某市河道保洁工资指导意见》和《2025年某市排水工资指导意见》。现将两个《指导意见》印发给你们，请认真落实，同时提出如下工作要求：

一、加强领导。各区水务局要高度重视，研究解决实施中的问题。

二、强化监管。各区水务局要加强对作业合同执行情况的监管。

特此通知。

附件：

1.《2025年某市河道保洁工资指导意见》

2.《2025年某市排水工资指导意见》

某市水务局

2025年3月2日

附件1

2025年某市河道保洁工资指导意见

为保障职工权益，经行业集体协商，提出如下指导意见：

一、明确行业工资标准

河道保洁行业月最低工资标准执行2800元。

二、完善作业安全保障

各保洁企业要为一线职工配齐防护用品，落实安全培训制度。

三、适用范围

本意见适用于本市河道保洁企业。

附件2

2025年某市排水工资指导意见

为保障职工权益，经行业集体协商，提出如下指导意见：

一、明确行业工资标准

排水行业月最低工资标准执行2900元。

二、改善作业条件

各排水企业要建设职工休息室，改善作业环境。

三、适用范围

本意见适用于本市排水企业。
"""


def test_cover_points_and_both_issued_documents_are_read() -> None:
    paths = _paths(_COVER)
    assert paths[:2] == ["一", "二"]
    assert "附件1/一" in paths and "附件1/二" in paths
    assert "附件2/一" in paths and "附件2/二" in paths


def test_attachment_not_named_as_issued_keeps_the_cover() -> None:
    # near miss: the attachments are forms the cover never names in 《》 as documents it issues
    text = _COVER.replace("2025年某市河道保洁工资指导意见\n\n为", "河道保洁企业情况登记表\n\n为") \
        .replace("2025年某市排水工资指导意见\n\n为", "排水企业情况登记表\n\n为")
    paths = _paths(text)
    assert paths[:2] == ["一", "二"]
    assert not any(p.startswith("附件2") for p in paths)


def test_counted_short_name_takes_the_covers_title() -> None:
    assert parse_text(_COVER).title == ("某市水务局关于印发《2025年某市河道保洁工资指导意见》和"
                                        "《2025年某市排水工资指导意见》的通知")


def test_uncounted_short_name_keeps_its_full_name() -> None:
    text = """某市水务局关于印发《2025年某市河道保洁工资指导意见》的通知

各区水务局：

行业工会提出了《2025年某市河道保洁工资指导意见》。现将《指导意见》印发给你们，请认真落实。

某市水务局

2025年3月2日

2025年某市河道保洁工资指导意见

一、明确行业工资标准

河道保洁行业月最低工资标准执行2800元。

二、完善作业安全保障

各保洁企业要为一线职工配齐防护用品，落实安全培训制度。

三、改善作业条件

各保洁企业要建设职工休息室，改善作业环境。
"""
    assert parse_text(text).title == "2025年某市河道保洁工资指导意见"


def test_year_before_a_rise_band_is_no_deadline() -> None:
    assert YEAR_OPENING.search("对于工资较低的保洁企业，2025年一线职工工资增长指导线不低于4%。") is None
    assert YEAR_OPENING.search("对于工资较低的企业，2025年职工工资增长幅度不低于4%。") is None


def test_year_aim_with_a_rise_keeps_its_deadline() -> None:
    assert YEAR_OPENING.search("深化改革，2025年全区职工收入增长5%以上。") is not None


def test_union_body_joined_to_another_is_one_name() -> None:
    assert read_names("各级工会组织和用工企业要关心一线职工。")[0] == ["各级工会组织", "用工企业"]


def test_union_that_organises_keeps_its_verb() -> None:
    assert read_names("区总工会组织开展劳动竞赛。")[0] == ["区总工会"]
    assert read_names("区总工会组织和协调劳动竞赛。")[0] == ["区总工会"]
