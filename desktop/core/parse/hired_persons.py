"""Articles that set out a hired person's own work, duties, options or conditions (CONVENTIONS.md rounds 36 and
45: the duties of hired persons 「三师」「护林员职责」 set out in articles are no tasks; round 30: a person is never a
unit): 「第四条 社区规划师的基本职责包括：（一）专业咨询…」「第五条 社区规划师可参与…」「第六条 社区规划师应具备如下
基本条件：」「第五条 社区规划师职责」. The article opens with the person — a planner, an expert, a ranger by the name of
the post — as the subject of what follows, or its heading names the person's duties, content of work or conditions.
Not an article on what bodies do to the persons 「第七条 社区规划师聘任」「社区规划师的考评及退出」 (hiring, rating,
rewarding them: the bodies' work), nor one where a body does work by rule 2 (``doer_units``) or stands as an
article's subject."""

from __future__ import annotations

import re

from .headings import Item
from .opening_subjects import opening_subject
from .sentence_units import doer_units
from .units import looks_like_unit

# the posts a rule's body hires or sets up persons in, by name (also article_lead_ins' post's own list of work,
# one list — rv71a F6)
POSTS = (r"(?:规划师|建筑师|设计师|工程师|评估师|咨询师|护林员|网格员|监督员|信息员|联络员|巡查员|巡河员|讲解员|协管员|"
         r"辅导员|专职人员|专管员|专家|顾问)")
# the person by the name of the post, at the article's start (a few words of kind before it: 社区, 责任, 乡村)
_PERSON = re.compile(r"^[“\"]?([\u4e00-\u9fff]{0,6}?)(?:" + POSTS + "|"
                     # (a manager hired to keep a place by the post 「道路停车管理员应当遵守下列服务规范：」)
                     r"(?<=[\u4e00-\u9fff]{2})管理员(?=应|可|须|必|负责|的)|"
                     # (the staff who enforce or inspect by their role 「行政执法人员必须符合以下要求：」:
                     # persons, whose own conditions and conduct give no body work — x239_04 第七条,
                     # rounds 45 / 46; not a body's staff 「镇执法中队执法人员」「区建管委执法人员」: the body's
                     # work, ``_BODYS_STAFF``)
                     r"(?:执法|检查|监察|稽查)人员)[”\"]?")
# what follows the person: their own duties, content of work or conditions, or a modal or verb of their own (not
# what bodies do to them — hire, rate, reward them —, nor a body named after them 「专家委员会」, nor their fees
# 「…的服务费用」)
_OWN = re.compile(r"^(?:的)?(?:(?:基本|主要|具体)?(?:职责|工作职责|工作内容|任职条件|基本条件)"
                  r"|应当?|可以?|必?须|要(?!求)|依据|以|负责(?!制)|工作以|参与|协助|承担|履行|具备|具有)")


def _bodys_staff(before: str) -> bool:
    """A unit's name ends ``before`` (the words before 执法人员): the staff of that body, whose work is the body's."""
    return any(looks_like_unit(before[k:]) for k in range(max(0, len(before) - 1)))


def _opening(item: Item) -> str:
    """The article's text from its first words: its heading line, or the sentence run on after the number."""
    return re.sub(r"^[（(][^）)]{1,12}[）)]", "", item.body.strip()).strip()


def hired_person_article(item: Item) -> bool:
    """A top article whose text is a hired person's own work, duties or conditions (see the module)."""
    if not (item.article or item.article_line) or item.parent is not None:
        return False
    text = _opening(item)
    m = _PERSON.match(text)
    if m is None or not _OWN.match(text[m.end():]) or m.group().endswith("人员") and _bodys_staff(m.group(1)):
        return False
    body = item.full_text()
    if doer_units(body)[1]:
        return False
    return not any(opening_subject(p.strip(), set()) for p in body.split("\n") if p.strip())


def drop_hired_duties(chosen: list[Item]) -> list[Item]:
    """``chosen`` but the items of hired persons' articles (all of them kept where nothing else is left). Each
    article is read once, however many of its items are chosen (its whole text is read for doers)."""
    hired: dict[int, bool] = {}
    for item in chosen:
        top = item.top()
        if top.pos not in hired:
            hired[top.pos] = hired_person_article(top)
    kept = [i for i in chosen if not hired[i.top().pos]]
    return kept or chosen
