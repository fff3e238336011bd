"""An article's doers under CONVENTIONS.md's round-44 ruling (decided): in rules written as articles (第X条), a
named body standing as the subject of the article's verb of doing 「区财政局根据…，将资金拨付到…」「市交通委应当对…进行
监督」 is a doer whatever the verb, as 「由A＋any verb of doing」 is (round 34); verbs of being or having (是, 有, 享有,
可以申请) name none. ``article_units`` (duty_headings) reads the subjects its paragraphs open with; the sentence reader
(``doer_units``) reads the doers of rule 2's forms 「A组织…」「A负责…」. Before the ruling an article whose subjects
the sentence reader did not read as doers named only the sentence reader's (round 37's closed list); now an article
names both, in the order the text prints them."""

from __future__ import annotations


def subjects_and_doers(body: str, subjects: list[str], doers: list[str]) -> list[str]:
    """The article's opening subjects and the sentence reader's doers, each once, in the order the body first prints
    them (a name the body does not print as such — a split or joined name — keeps its place in its own list, after
    those it follows): 「各行业主管部门…组织开展项目评审…」「区发改委…组织批次审核…」「区财政局…拨付…」 →
    各行业主管部门, 区发改委, 区财政局."""
    merged: list[str] = []
    for name in [*subjects, *doers]:
        if name not in merged and not any(name != m and (name in m or m in name) for m in merged):
            merged.append(name)
    where = {n: (body.find(n) if body.find(n) >= 0 else len(body) + i) for i, n in enumerate(merged)}
    return sorted(merged, key=lambda n: where[n])

