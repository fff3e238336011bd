"""Articles of a rule that set its terms and do no work (CONVENTIONS.md round 30: an applicant's conditions and the
rules' general provisions are no tasks; Round 91 on x337_04 第十一–十三、二十三、二十五、二十六、二十九条):

- who may apply, or may not, over the cases that qualify or bar them 「符合下列条件之一的农户，可以对原有住宅进行改建…：
  ⏎（一）…的；」「具有下列情形之一的农户，不得申请…：⏎（一）…的；」 — a party's option or bar over its cases (round 30's
  applicant; Round 83's x315_04 第五条), with at most a pointer or a definition after the list 「前款中的X，是指…」;
- standards of reckoning 「X按照下列规定计算：⏎（一）…，按…计算；」「…的人员，可以计入户内」「…按2人计算」 — how a
  quantity is counted names no act (Round 85's x319_01 第六条（三））;
- pointers to other rules 「…实施集体建房按《…》有关条款执行」「…的申请建房户，按照现行办法执行」 (Round 86's (b)).

No sentence may bind a body by a modal or name a body of government as its subject."""

from __future__ import annotations

import re

from .article_text import CHAPTER_START
from .class_lists import GRADE_LINE, GRADES_LEAD
from .opening_subjects import opening_subject

_LIST_MARK = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])\s*")
_HEADING = re.compile(r"^[（(][^（()）]{1,20}[)）]$")
# the lead-in: the qualifying cases, the party they pick, maybe what it wants, then its option or bar
_TERMS_LEAD = re.compile(r"^(?:符合|具备|满足|具有|有)(?:下列|以下)[\u4e00-\u9fff]{0,4}?(?:条件|情形|情况)之一的"
                         r"[^，,。；;：:]{1,20}?[，,](?:[^，,。；;：:]{1,30}?的[，,])?(?:可以|可|不得|不予)"
                         r"[^。；;：:]{1,60}[：:]$")
# a sentence after the list that only points elsewhere or defines 「…按照本办法第二十六条规定执行」「前款中的X，是指…」
# (… the level that set the rules named before them 「…的实施，按照国家有关规定执行」: the same pointer)
_POINTER = re.compile(r"(?:按|按照|依照|参照)(?:《[^》]{2,40}》|现行|本办法|本细则|本规定|"
                      r"(?:国家|本市|国家和本市)?(?:有关|相关))"
                      r"[^。；;]{0,16}?执行$")
_DEFINES = re.compile(r"^[^，,。；;]{2,30}?[，,]?是指")
_BINDS = re.compile(r"应当|(?<![相对响供适反理])应(?!急|用|对|得)|必须|负责(?!人)|牵头|会同|(?<![需主重只])要(?!求)")
# a clause of reckoning: 按…计算／计, 计入／不得计入, 不计… (but not beyond a bound 「但不得超过…」)
_RECKONS = re.compile(r"^[^，,。；;]{0,60}?(?:按(?:照)?[^，,。；;]{1,40}?计(?:算)?[：:]?"
                      r"|(?:可以|不得|不)?计入[^，,。；;]{1,20}|不计[^，,。；;]{1,20})$")
_BOUND = re.compile(r"^但?不得(?:超过|超出|大于|小于|低于)[^，,。；;]{1,30}$")


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    for row in text.split("\n"):
        row = _LIST_MARK.sub("", row.strip())
        if row and not CHAPTER_START.match(row) and not _HEADING.match(row):
            out.extend(s.strip() for s in re.split(r"[。；;]", row) if s.strip())
    return out


def _no_body(sentences: list[str]) -> bool:
    return not any(_BINDS.search(s) for s in sentences)


def applicant_terms(body: str) -> bool:
    """``body`` (a listed article's) only says who may apply, or may not, and on which cases (above)."""
    rows = [r.strip() for r in body.strip().split("\n") if r.strip() and not _HEADING.match(r.strip())]
    if not rows or _TERMS_LEAD.match(rows[0]) is None:
        return False
    listed = [r for r in rows[1:] if _LIST_MARK.match(r)]
    after = _sentences("\n".join(r for r in rows[1:] if not _LIST_MARK.match(r)))
    return len(listed) >= 2 and _no_body([_LIST_MARK.sub("", r) for r in listed]) \
        and all(_POINTER.search(s) or _DEFINES.match(s) for s in after)


def grades_only(body: str) -> bool:
    """``body`` (a listed article's) only sorts scores into grades 「…对应不同的评定等次：⏎（一）90分≤…，评定等次为
    “优”；」: lines that only class, no task (Round 83's x313_03 第十三条; Round 91 on x335_02 第十六条)."""
    rows = [r.strip() for r in body.strip().split("\n") if r.strip() and not _HEADING.match(r.strip())]
    return len(rows) >= 3 and GRADES_LEAD.search(rows[0]) is not None and not re.search(r"[。；;]", rows[0]) \
        and all(_LIST_MARK.match(r) and GRADE_LINE.search(r) for r in rows[1:])


# a party answering for the truth of what it hands in 「X应当对提供的…材料的真实性、完整性负责」: a stance, no work as
# 负责's object (Round 87's x324_06 四/3; Round 91's notes on x335_02 第二十条)
_TRUTH = r"(?:真实性|准确性|完整性|合法性|有效性)"
_ANSWERS_FOR = re.compile(rf"^[^。；;]{{2,40}}?(?:应当|应|须|必须)?对[^。；;]{{2,60}}?的{_TRUTH}(?:[、和及与]{_TRUTH})*"
                          r"负(?:责|全责)$")
# what a result is tied to 「绩效评价结果与…政策扶持、资金支持…挂钩」「…得分作为…的重要参考依据」, with the options it
# opens beside it 「各级财政部门可对…予以…支持」: the scheme's terms, no act (Round 85's x318_07; round 49 p46b)
_TIED = re.compile(r"^[^。；;]{2,40}?(?:与[^。；;]{2,60}?挂钩|作为[^。；;]{2,60}?的?(?:重要)?(?:参考)?(?:依据|参考))$")
_MAY = re.compile(r"^[^。；;]{0,40}?(?:可以|可(?!能|行|靠|见|持续))")


def stance_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only makes parties answer for what they hand in (above)."""
    sentences = _sentences(text)
    return bool(sentences) and all(_ANSWERS_FOR.match(s) for s in sentences)


def tied_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only ties a result to what it decides, options beside (above)."""
    sentences = _sentences(text)
    return any(_TIED.match(s) for s in sentences) and _no_body(sentences) \
        and all(_TIED.match(s) or _MAY.match(s) for s in sentences)


def reckoning_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only says how quantities are counted (above)."""
    sentences = _sentences(text)
    return bool(sentences) and _no_body(sentences) and all(
        all(_RECKONS.match(c) or k < len(cs) - 1 and not re.search(r"[按计]", c) or k and _BOUND.match(c)
            for k, c in enumerate(cs)) and not opening_subject(s, set())
        for s in sentences for cs in [re.split(r"[，,]", s)])


def pointer_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only refers its cases to other rules (above)."""
    sentences = _sentences(text)
    return bool(sentences) and _no_body(sentences) and all(_POINTER.search(s) for s in sentences)

