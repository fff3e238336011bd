"""An article's own text as the rule readers read it: its heading line and the text under it (``article_text``), a
bracketed heading run into the text, a chapter heading the page ran in, the words by which an article gives work
(``WORK_WORDS``), and those by which a folded list's line still gives work (``rule_work``). Shared by
``rule_chapters`` (a plan written as rules), ``public_articles`` (articles with no work of the plan's bodies),
``rate_lists`` and ``scope_articles``."""

from __future__ import annotations

import re

from .headings import Item

RUN_IN_BRACKET = re.compile(r"^[（(【\[〔][^）)】\]〕\n]{1,20}[）)】\]〕][ \t\u3000]*(?=[\u4e00-\u9fff“《])")
CHAPTER = re.compile(r"^第[一二三四五六七八九十]{1,3}章[\s\u3000]*[\u4e00-\u9fff]{2,16}$")
# a line opening with a chapter's or a section's number, whatever follows it 「第三章资质申请与许可」: a chapter
# heading the page ran into an article or a list (the loose reading, beside CHAPTER's whole line)
CHAPTER_START = re.compile(r"^第[一二三四五六七八九十百\d]{1,4}[章节]")
# an article that runs its text on after the number and gives work: a duty's modal or verb (第八条 采购代理机构应当… /
# 第二十四条 区政府建立消防工作约谈机制… / 第十八条 …由区级财政保障), not a rule's measure (考核实行百分制。…为合格)
# (…实行三级管理制度: a system to run; 实行百分制 is a measure)
# (a one-character modal not inside another word — 应急 / 相应 / 主要 / 重要 / 需要 — nor 负责人, a person)
WORK_WORDS = re.compile(r"应当|(?<![相对响供适反])应(?!急|用)|(?<![必无])须|必须|(?<![主重需必摘纪提概首只])要|"
                        r"负责(?!人)|牵头|组织|建立|落实|加强|推行|推动|推进|开展|实施(?!细则|方案|意见|办法)|做好|纳入|确保|"
                        r"实行[^。，,；;]{0,20}?(?<![分级])制(?:度)?(?=[。，,；;]|$)|"
                        # (a body's step in a procedure 「A向B报送…决算」「A在…批复中，明确…」「A编制…」)
                        r"报送|编制|明确[^。，,；;]{0,12}?(?:方案|额度|要求|责任)|"
                        # (a grant's noun 「…需要区级公共财政保障的…」 is no work)
                        # (nor the housing 「共有产权保障住房」「保障性租赁住房」)
                        r"(?<!财政)保障(?!的|住房|性|房|部门|局)|"
                        # (a cap the work keeps 「…的出资规模不得超过…规模的20%」: a subjectless rule that gives work,
                         # round 43)
                        r"不得(?:超过|高于|低于|少于)[^。；;，,]{0,30}?\d")
# an article's heading word run into its closing text (第五条 其他 本办法由…负责解释, its blank lost: 其他本办法…;
# 第十八条（施行）本办法自…起施行)
_SQUARE_HEAD = re.compile(r"^【([^】\n]{1,20})】[ \t\u3000]*(?=\S)")
_CLOSING_HEAD = re.compile(r"^(?:[（(][^（）()\n]{1,10}[）)]|(?:其他|其它|附则)(?:事项|规定)?(?=本))")


def article_text(item: Item, square: bool = False) -> tuple[str, str, str]:
    """An article's heading line, the text under it, and its text to read: the lines under a heading that is no
    sentence, else the whole body, its heading word run into the text (其他本办法… / （施行）本办法…) left out;
    where ``square``, a heading in 【】 run into the text 「【适用范围】违反…的，按照…」 is its heading line too."""
    body = _SQUARE_HEAD.sub(r"（\1）\n", item.body.strip(), count=1) if square else item.body.strip()
    head, _, rest = body.partition("\n")
    text = rest if rest.strip() and not re.search(r"[。；;，,]", head) else body
    return head.strip(), rest.strip(), _CLOSING_HEAD.sub("", text.strip()).strip()


def rule_work(more: str, modal_not_before: str = "") -> re.Pattern[str]:
    """A line's words of work in a rule (a modal, a ban, a designation 负责／牵头／会同, a stressed 要) and ``more``:
    the test by which a folded list's line (a rate, a scope or definition item) still gives work. ``modal_not_before``
    adds words a bare 应 does not start (「应缴」: a sum due, not a modal)."""
    return re.compile(r"应当|(?<![相对响供适反理])应(?!急|用|对" + modal_not_before + r")|(?<![必无])须|必须|不得|"
                      r"负责(?!人)|牵头|会同|(?<![主重需必摘纪提概首只])要(?!求|点|素|件)|" + more)
