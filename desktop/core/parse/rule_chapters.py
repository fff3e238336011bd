"""Which items are tasks in a plan written as rules: one that closes with numbered provisions saying when
it takes effect or who interprets it (「（一）本方案自2025年1月1日起实施」 / 「（二）本办法由区房管局负责解释」),
names no chapter for its work (no 二、重点任务 / 三、主要措施, as a work plan does) and writes at least half of
its chapters as paragraphs with nothing numbered under them. Those chapters (四、租赁价格 / 五、租赁期限 /
六、监督管理, each a paragraph or a few) are articles of the rule, each a task beside the chapters whose
numbered items are tasks — not sections, as a work plan's 五、经费保障 or 三、宣传引导 is. The chapters a plan
opens with (指导思想, 基本原则, 工作目标, 背景), its safeguards and schedule, and its supplementary provisions
(附则: 本办法未尽事宜，按…执行) stay sections.

Split from ``tasks`` (which items are tasks), which calls it once the tasks are chosen."""

from __future__ import annotations

import re

from .acting_articles import acting_subject
from .applicant_steps import applicant_conditions
from .article_text import (
    RUN_IN_BRACKET as _RUN_IN_BRACKET,
    WORK_WORDS as _WORK_WORDS,
    article_text as _article_text,
)
from .closing_clauses import (
    DOING as _DOING,
    IN_FORCE as _IN_FORCE,
    SUPPLEMENTARY as _SUPPLEMENTARY,
    VALIDITY as _VALIDITY,
    closing_line as _closing,
    closing_only,
    closing_point,
    notice_of_points as _notice_of_points,
)
from .defined_names import short_names
from .given_lists import grants_or_lists_matters, sorted_cases_article
from .headings import Item
from .money_articles import money_item, money_only
from .no_work_articles import (
    adopted_standard_only,
    applicant_step_only,
    applying_limits_only,
    classes_only,
    conditions_only,
    consequence_only,
    everyone_only,
    law_kept_only,
    option_only,
    option_over_cases,
    plain_option_only,
    qualification_only,
    scrutiny_only,
    sets_up_panel_only,
    standard_item,
    standard_only,
    standing_only,
)
from .opening_subjects import opening_subject
from .party_steps import after_cases
from .prose_units import INTERPRETS
from .public_articles import (
    public_lead_item,
    public_only,
    public_terms_line,
    referral_only,
    statement_only,
)
from .rule_terms import applicant_terms, grades_only, pointer_only, reckoning_only, stance_only, tied_only
from .schedule import SCHEDULE_SECTION
from .section_kinds import DUTY_ARTICLE, NON_WORK_ARTICLE, OPENING_SECTION
from .sentence_units import doer_units
from .text_lead_ins import class_standard, recipients_article
from .unit_shapes import looks_like_unit

# a chapter that names the plan's work, as a work plan has it (二、重点任务 / 三、主要措施 / 四、重点工作)
_WORK_CHAPTER = re.compile(r"任务|措施|举措|重点工作|主要工作|具体工作|工作内容|实施内容|行动|工程$")
# a chapter of supplementary provisions, whatever it says (附则 / 其他 / 其他事项)
_SUPPLEMENTARY_TITLE = re.compile(r"^(?:附则|其他|其它|其他事项|其他规定|补充规定)$")


def _chapter_text(item: Item) -> str:
    head, _, rest = item.body.strip().partition("\n")
    return rest.strip() or head[len(item.title):].lstrip("。．. ")


def _chapters(items: list[Item]) -> list[Item]:
    """The plan's top-level numbered chapters, without the ones it opens with and those that close it."""
    return [item for item in items
            if item.kind == 1 and item.parent is None and not item.unnumbered
            and not OPENING_SECTION.search(item.title) and not _SUPPLEMENTARY_TITLE.match(item.title)
            and not _closing(_chapter_text(item) or item.body)
            and not any(_closing(c.body) for c in item.children)]


def _closing_supplement(item: Item) -> bool:
    """A top-level chapter of supplementary provisions written as a heading over paragraphs (九、附则 / 本办法适用于…
    / 本办法由区绿化市容局负责解释): its closing clause is numbered by the chapter, as a numbered item's is."""
    return (item.parent is None and item.kind == 1 and not item.unnumbered and not item.children
            and _SUPPLEMENTARY_TITLE.match(item.title) is not None
            and any(_closing(line) for line in item.body.splitlines()[1:]))


def written_as_rules(items: list[Item]) -> bool:
    """The plan numbers its closing provisions as it numbers its rules (an item of its own says when the plan
    takes effect or who interprets it: （一）本方案自2025年1月1日起实施 / 3.本办法由区房管局负责解释), names no
    chapter for its work (二、重点任务 / 三、工作措施) and writes at least half of its other chapters as paragraphs with
    nothing numbered under them. A work plan's last line 「本方案自印发之日起施行」, written under its text,
    makes no rule of it; nor does a numbered one (七、附则 （一）本方案自印发之日起施行) below 二、重点任务."""
    if not any(_closing(item.body) or _closing_supplement(item) for item in items):
        return False
    chapters = _chapters(items)
    if any(_WORK_CHAPTER.search(c.title) and not SCHEDULE_SECTION.search(c.title) for c in chapters):
        return False
    childless = sum(not c.children for c in chapters)
    # (a text whose articles are its only headings, 第一条 … 第四十五条 with nothing over or under them, has no
    # chapters: it is read by its articles, ``_childless_articles``)
    return childless * 2 >= len(chapters) and (bool(chapters) or not all(i.article_line for i in items))


def short_work(text: str) -> bool:
    """A text too short to be taken on its length alone that gives work to a body it names by rule 2 「区发改委负责组织
    项目评审。」: an article of work whatever its neighbours hold (round 34: a childless article that gives work is a
    task, in a document of numbered items too)."""
    return _WORK_WORDS.search(text) is not None and bool(doer_units(text)[1])


def _article(item: Item) -> bool:
    """A chapter with a text of its own below (or after) its heading, not the plan's closing or supplementary
    clauses (九、其他 / 本方案自印发之日起执行，由联席办负责解释 / 四、附则 本办法未尽事宜，按…执行)."""
    text = _chapter_text(item)
    return ((len(text) >= 15 or short_work(text)) and not _closing(text) and not _SUPPLEMENTARY.match(text)
            and (not _SUPPLEMENTARY_TITLE.match(item.title) or _other_with_work(item, text)))


# an article headed 其他 (not 附则) that holds the rule's last work: 第八条  其他 / 符合安装条件的公共建筑须实施…
_OTHER_TITLE = re.compile(r"^(?:其他|其它)(?:事项|规定|要求)?$")


def _other_with_work(item: Item, text: str) -> bool:
    """An article headed 其他 whose first sentence gives work (第八条  其他 / 符合安装条件的公共建筑须实施建筑用能
    分项计量…): an article of work, as round 30's ruling reads it. Not one that opens with the rule's closing or
    supplementary clauses (本办法未尽事宜，按…执行 / 本办法由…负责解释 / 各街镇可参照本办法…), nor 附则."""
    first = re.split(r"[。！？\n]", text, maxsplit=1)[0]
    return (_OTHER_TITLE.match(item.title) is not None and _WORK_WORDS.search(first) is not None
            and not first.startswith("本") and not _NOT_WORK.match(first) and not _OPENING_TEXT.search(first)
            and not _closing(first) and not _SUPPLEMENTARY.match(first))   # (解释 / 有效期 clauses open with 本)


def rule_chapters(items: list[Item], chosen: list[Item]) -> list[Item]:
    """``chosen`` with the childless top-level chapters of a plan written as rules added as tasks (see the
    module's text); ``chosen`` itself where nothing was chosen or the plan is no rule. A chapter that says
    what the rule applies to (一、适用范围) is one of them: plans-next4 w04's answer counts it with the others."""
    if not chosen:
        return chosen
    if not written_as_rules(items):
        return _childless_articles(items, chosen)
    picked = {i.pos for i in chosen}
    extra = [item for item in items
             if item.kind == 1 and item.parent is None and not item.unnumbered and not item.children
             and item.pos not in picked
             and (_article(item)
                  and not (OPENING_SECTION.search(item.title) and not re.search(r"适用范围", item.title)
                           # (an article of requirements 「第十五条 （代建工作要求）⏎代建单位…应当派驻…」 whose text
                           # gives work: a task, as ``_childless_articles`` reads it — round 43)
                           and not ((item.article or item.article_line) and _scope_work(item)))
                  and not SCHEDULE_SECTION.search(item.title)
                  or item.article and _run_on_work(item))]     # (第五条 县水务所组织开展…。: one sentence)
    if not extra:
        return chosen
    return sorted([*chosen, *extra], key=lambda i: i.pos)


# the articles a rule opens with (目的和依据 / 适用范围 / 管理原则 / 术语定义): what the rule is, no work — its
# principles only among those opening articles (第三条 管理原则 after 适用范围; a 第七条 调整原则 after the articles of
# who does what says how the work is done, a task: plans-next95 x95_04)
_OPENING_ARTICLE = re.compile(r"适用范围|目的|依据|原则$|定义|术语")
_PRINCIPLES = re.compile(r"原则$")


def headed_prose(item: Item, longest_head: int | None = None) -> bool:
    """An item written as a heading line of its own over a paragraph (（一）明确责任分工 / 按照…原则，…; 第五条　履行
    全面管理职责 / 建设单位应…), not one that runs its text on after the number (第四条  考核实行百分制。…);
    ``longest_head``: the longest such heading line (an article's, 20), its enclosing brackets not counted
    (「（公共租赁住房、廉租实物配租房源网签备案）」: the words are the heading, the marks no part of its length, and
    three times as long 「（公安机关适用《…》处罚的情形）」)."""
    head, _, rest = item.body.strip().partition("\n")
    bracketed = re.fullmatch(r"[（(【\[〔][^（()）【】\[\]〔〕]+[）)】\]〕]", head.strip())
    words = head[1:-1] if bracketed else head
    return bool(rest.strip()) and (longest_head is None or len(words) <= longest_head * (3 if bracketed else 1)) \
        and not re.search(r"[。；;，,：:！？]", head) and not _BRACKET_RUN_ON.match(head)


# an article's bracketed heading with its text run on after it in the line, the line broken where a page wrapped
# (第十二条 【建筑能耗监测系统】 公共建筑中的…和其他 2 万平方米以上⏎公共建筑应当安装…): one paragraph, no heading line
_BRACKET_RUN_ON = re.compile(r"^[【\[〔][^】\]〕\n]{1,20}[】\]〕][ \t\u3000]*[\u4e00-\u9fff\d“《]")


def _scope_work(item: Item) -> bool:
    """A scope article that also gives work to a doer by rule 2 「第三条（适用范围）…区房屋管理部门应当征询…。具体实施
    办法由各区房屋管理部门会同相关部门制定。」: a task (an article's subject, Round 44; a scope that only says what the
    rule covers stays a section)."""
    if re.search(r"要求[）)】]?$", item.title):
        # (an article of requirements 「第五条 （竞争配置有关要求）⏎…应当符合…。电网企业应按年度…报送…」: its modal
        # sentences give work, as a rule point's do — round 43)
        return _WORK_WORDS.search(_article_text(item)[1] or item.body) is not None
    if _PRINCIPLES.search(item.title.strip("（）()【】 ")):
        # (a principle that names its bodies and their acts 「（基本原则）市、区政府坚持…的原则，…开展…工作」: their
        # work, Round 97's x353_02 第四条 — see ``_bodies_keep``)
        return _bodies_keep((_article_text(item)[1] or item.body).strip())
    return re.search(r"适用范围", item.title) is not None and bool(doer_units(item.body)[1])


def _childless_articles(items: list[Item], chosen: list[Item]) -> list[Item]:
    """``chosen`` with the articles of a plan written in articles (第一条 … 第十三条, one of them over its 1、 /
    （一） items) that have a text of their own and nothing numbered under them (第四条　备案管理 / a paragraph of
    who does what): each is a provision of work as the numbered items of its sibling are, not a section. The
    articles the plan opens with (目的和依据, 适用范围, 管理原则) and its closing ones stay sections, as do articles
    that run their text on after the number (plans-next4 w06: 第四条  考核实行百分制。…, an assessment's provisions).
    A text in articles none of which numbers items (第一条 目的和依据 … 第十六条 其他, each heading over paragraphs)
    is read the same way when most of its articles are such headings: each article of work is a task."""
    tops = [i for i in items if i.parent is None]
    # (a page that opens inside an article's list, 「（三）…（六）」 before 第十八条: that list is the article's on the
    # page before, not a top of its own)
    first = next((n for n, i in enumerate(tops) if i.article or i.article_line), len(tops))
    if all(i.kind > 1 and not i.children for i in tops[:first]):
        tops = tops[first:]
    if not tops or not all(i.article or i.article_line for i in tops):
        return chosen
    # (no article over items of its own: only a text whose articles are each a heading line over its paragraphs,
    # 第五条 规划编制 / 应根据…编制… — a rule's articles of work, not a 细则 that runs its text on after the number)
    # (nor one whose page opens inside an article's list: that article's items stand for the list it holds)
    listed = any(i.children or i.listed and i.article for i in tops)
    headed = sum(headed_prose(i, 20) for i in tops)
    run_on = not listed and first == 0 and headed == 0 and len(tops) >= 6
    if not listed and not run_on and (first > 0 or headed * 4 < len(tops) * 3):
        return chosen
    picked = {i.pos for i in chosen}
    if picked == {i.pos for i in tops} and not any(i.children for i in tops) and any(i.listed for i in tops) \
            and len(tops) >= 6:
        # (every article chosen, since the lists its articles held were folded as text that gives no work: each is
        # read as the articles of a text with lists are, a task where it gives work — a text of six or more, as
        # ``run_on`` reads one; a short one keeps its articles, each holder of a list one task, round 35)
        picked, chosen = set(), []
    opening = next((n for n, i in enumerate(tops) if not (_OPENING_ARTICLE.search(i.title) or general_article(i))),
                   len(tops))
    late = {i.pos for i in tops[opening:] if _PRINCIPLES.search(i.title)}
    extra = [item for item in tops
             if not item.children and item.pos not in picked
             and (_article(item) and headed_prose(item, 20)
                  and (not OPENING_SECTION.search(item.title) or _scope_work(item))
                  and (not _OPENING_ARTICLE.search(item.title) or item.pos in late or _scope_work(item))
                  and not SCHEDULE_SECTION.search(item.title)
                  and (not NON_WORK_ARTICLE.search(item.title) or _ENFORCES.search(item.body) is not None)
                  # (「第四条 部门职责」 whose text gives bodies work is one task, its units every such body: Round 54
                  # rulings, over round 23's test — none where its text names no doer)
                  and (not DUTY_ARTICLE.search(item.title) or bool(doer_units(item.body)[1]))
                  or (listed or run_on) and _run_on_work(item))]
    if not extra:
        return chosen
    return sorted([*chosen, *extra], key=lambda i: i.pos)


# a body's own check of how the rules are carried out, under a heading of oversight 「第十六条 监督检查 ⏎ 本市财政部门
# 应当加强对…政策执行情况的监督检查。」: its enforcement, a task (Round 97's governs on x353_01 第十六条; round 44)
_ENFORCES = re.compile(r"(?:^|[。\n])[^，,。；;\n]{0,4}?[\u4e00-\u9fff]{2,16}?(?:部门|局|委|委员会|政府|中心)"
                       r"(?:应当|应)加强对[^，,。；;]{2,60}?(?:执行|实施|落实)情况的监督检查")


# the articles a rule opens with, by their text: its purpose (为了…，制定本办法), what it applies to (本办法适用于… /
# …适用本细则), what its words mean (本办法所称… / …是指…), a principle stated in a sentence of its own (坚持党政同责、
# 一岗双责。…)
# (…, 现就…制定如下办法 / 依据《…》，…制定本办法; 本办法所指… a definition; 本办法考核对象为… / 考核内容主要包括…
# what it covers; 消防工作贯彻…的方针，坚持…的原则 / 坚持党政同责、一岗双责，… a principle, with more after it)
_OPENING_TEXT = re.compile(r"^为(?:了)?[^\n]{2,400}?(?:制定|特制定|制订)本|"
                           r"^(?:为(?:了)?|依据|根据|依照|按照|贯彻)[^\n]{2,400}?(?:制定|特制定|制订)"
                           r"(?:本(?:实施|工作|考核|管理)?|如下)(?:办法|细则|规定|方案|意见|规则|制度)|"
                           r"适用(?:本|于)|所称|所指|是指|系指|"
                           r"^坚持[^，,。；;]{2,30}。|^坚持[^，,。；;]{0,30}、|的原则$|"
                           r"^[^，,。；;应须要]{0,20}?(?:贯彻|坚持|遵循)[^。]{0,60}?的(?:方针|原则)|"
                           r"^(?:本[\u4e00-\u9fff]{1,8}?)?[\u4e00-\u9fff]{0,6}?(?:对象|内容|范围)(?:主要)?(?:为|是|包括)|"
                           # (what a fund is for 「区级建设财力主要用于…等领域项目」: its scope)
                           r"^[^，,。；;]{0,16}?(?:资金|财力|经费|基金)(?:主要|应当|应)?用于")
# a penalty: what befalls those who break the rule (对违反本办法规定…的，应当依法追究… / 违反本办法规定的，由…责令改正);
# leave to follow it elsewhere (各街镇可参照本办法，结合实际制定…)
_NOT_WORK = re.compile(r"^(?:对)?违反本[\u4e00-\u9fff]{1,8}?规定|^[^，,。；;]{0,20}?可参照本|"
                      r"^对[^。]{2,60}?的[，,][^。]{0,40}?(?:追究|处分|处罚|查处|问责|依法处理)")


# a principle article 「第三条 基本原则 ⏎ …应当坚持…的原则。」: no task where the plan's tasks name units (round 33)
# (the work's own name before it 「（检查原则）」「（监督检查原则）」: a principle of that work alike)
_PRINCIPLE_TITLE = re.compile(r"^[（(]?(?:基本|工作|管理|总体|遵循|(?:监督)?(?:检查|督查|考核|评估|审核))?原则"
                              r"(?:[和与及]?要求)?[）)]?[:：]?$")


# the articles of general provision a rule opens with, by their heading (第一条（目的和依据） / 第二条 适用范围 /
# 第三条 定义; a fund's 使用范围 / 开支范围, what it pays for, as 支持范围; 第四条（调查目的和作用）, the work's purpose
# and role) or by their one sentence
# (为了…，制定本办法 / 本办法适用于… / 本办法所称…是指… / what it covers, 本办法包括…、…等内容: its scope, round 36)
# — not its principles
# (CONVENTIONS.md round 30 names purpose, basis, scope and definitions)
_GENERAL_TITLE = re.compile(r"^[（(]?(?:(?:立法|制定|设立|[\u4e00-\u9fff]{2})?目的"
                            r"(?:[和与及、]?(?:依据|原则|作用|意义))?|"
                            r"(?:制定|设立|立法)?依据|"
                            r"适用范围|适用对象|实施范围|事项范围|保障范围|支持范围|(?:支持|扶持|资助)方式|资金来源|使用范围|开支范围|(?:支持|资助|扶持)(?:对象|领域)|定义|(?:基本)?概念(?:定义)?|(?:工作|功能)?定位|机构的?性质(?:[与和及]组成)?|术语(?:定义|解释)?|名词解释|用语含义|释义)[）)]?$")
# a fund's source article that gives a body the money's disposal 「…由区经委统筹安排使用」「…由A负责落实」: work, not
# only the source (Round 64 rulings' terms: x95_03 第三条 「专项资金纳入区级财政预算管理」 names the source alone)
_SOURCE_WORK = re.compile(r"统筹|落实|负责|牵头|会同|组织")
# (the document itself after 制定本: not 县应急管理局应当制定本县考核实施方案, work that quotes its basis)
GENERAL_TEXT = re.compile(r"^(?:为(?:了)?|根据|依据|依照|按照)[^。]{2,400}?(?:制定|特制定|制订)(?:本|如下)"
                          r"(?:实施|工作|考核|管理|指导|行动|操作)?(?:办法|细则|规定|方案|意见|规则|制度|措施|规章|"
                          # (the rule named otherwise: 制定本规范 / 本条例 / 本指引 / 本规程 / 本指导意见, round 45)
                          r"规范|条例|指引|规程|导则|准则|守则|指南)|"
                          r"^本[\u4e00-\u9fff]{1,8}?(?:适用于|所称|所指|适用范围(?:为|是|包括))|"
                          # (the rule named in full after 本 「本村村环境卫生规章制度适用于…」: its scope)
                          r"^本[\u4e00-\u9fff]{2,16}?(?:办法|规定|规章|制度|细则|规则)适用于|"
                          # (what a band's words mean 「裁量基准中，所称“以下”不包括本数、“以上”包括本数」: definitions)
                          r"^[^。]{0,20}?所称[“\"]?(?:以上|以下|以内|不满|不足|超过|至)[”\"]?(?:不)?(?:包括|含)本数|"
                          r"^本(?:办法|细则|规定|意见|规则|制度)(?:主要)?(?:包括|包含|涵盖|规定了)[^。]{2,200}?"
                          r"(?:内容|方面|事项|环节)$|"
                          r"^[^。]{2,80}?适用本(?:实施)?(?:办法|细则|规定|方案|意见|规则|制度)$|"
                          # (a matter left to other rules 「本市水上休闲区的管理活动，适用《…规定》以及其他有关规定」)
                          r"^[^。，,]{2,40}[，,]适用《[^》]{2,60}》[^。，,]{0,20}$")


_OWN_VILLAGE = re.compile(r"本村(?!民)")


def drop_general(chosen: list[Item], labelled: bool) -> list[Item]:
    """The tasks but the articles of general provision (all of them kept where nothing else is left); a principle
    article is one where the plan's tasks name units — labelled, or a doer named in two tasks (a rule-2 form, or an
    article's placed subject 「区绿化市容部门应当加强…」, ``_names_twice``)."""
    # (a named body as the subject of an article's first sentence 「区绿化市容部门应当加强…」 names a unit too,
    # round 44)
    named = labelled or _names_twice(chosen)
    points = _notice_of_points(chosen)
    defines: dict[int, bool] = {}      # (an article's items counted once, not once per item: 400 items, 160,000 reads)
    # (a village's own rules, its articles speaking of 本村: the villagers are the party they regulate — Round 102's
    # governs on x368_02; gathered once)
    village = any(_OWN_VILLAGE.search(i.body) for i in chosen)
    return [i for i in chosen if not general_article(i, named, village) and not defined_term(i, defines)
            and not (named and (money_item(i) or standard_item(i))) and not (points and closing_point(i))
            and not (named and (public_lead_item(i) or public_terms_line(i)))] or chosen



# an article's lead-in over the terms it defines (本办法中有关用语的含义： / 本细则下列用语的含义是： / 名词解释)
_TERMS_LEAD = re.compile(r"(?:用语|术语|名词|词语)的?(?:含义|定义|解释)|名词解释|释义|"
                         # (「…国有资金投资是指：」 over the cases it names)
                         r"是指[：:]?[ \t\u3000]*$")


def defined_term(item: Item, most_define: dict[int, bool] | None = None) -> bool:
    """An item of a rule's article of definitions with nothing under it: the article's lead-in says it gives what its
    words mean (第三十七条 本办法中有关用语的含义：), or most of its items define a term (（一）民用建筑，是指…): a
    general provision, no task (CONVENTIONS.md round 30: definitions), as the article would be without items."""
    parent = item.parent
    if item.children or parent is None or not (parent.article or parent.article_line) or parent.parent is not None:
        return False
    if _TERMS_LEAD.search(parent.body):
        return True
    known = most_define if most_define is not None else {}
    if id(parent) not in known:         # (``most_define``: the answer per article, kept by the caller across its items)
        known[id(parent)] = sum(_DEFINES.match(c.body.strip()) is not None
                                for c in parent.children) * 2 > len(parent.children) >= 2
    return known[id(parent)]


def _names_twice(chosen: list[Item]) -> bool:
    """Two of ``chosen`` name a doer: a rule-2 form, or an article's placed subject — at its start, after the case
    clause it opens with 「…的，停车管理单位应当…」 (a short name the document defines), or in the lead-in over its
    items 「X应当按照以下要求…：」, a defined short name counting as a body (read until two are found)."""
    bodies = {i.pos: i.body for i in chosen} | {i.parent.pos: i.parent.body for i in chosen if i.parent is not None}
    aliases = set(short_names("\n".join(bodies.values())))
    found = 0
    leads: set[int] = set()
    for i in chosen:
        parent = i.parent
        if parent is not None and (parent.article or parent.article_line) and parent.pos not in leads:
            leads.add(parent.pos)
            lines = [line.strip() for line in parent.body.split("\n") if line.strip()]
            if lines and lines[-1].endswith(("：", ":")) and _placed_subject(lines[-1], aliases):
                found += 1
        if _GIVES_WORK.search(i.body) or (i.article or i.article_line) and any(
                _placed_subject(p.strip(), aliases) for p in i.body.split("\n")[:3]):
            found += 1
        if found >= 2:
            return True
    return False


def _placed_subject(paragraph: str, aliases: set[str]) -> bool:
    # (after a case clause, only a kind the rule names by its defined short name 「…的，停车管理单位应当…」 — a body
    # of government there is read by rule 2 alone, as x129_03's notes on 第十六条 have it)
    return bool(opening_subject(paragraph, set()) or aliases and set(
        opening_subject(after_cases(paragraph), aliases)) & aliases)


# what a kind of information the rule records holds, the article's whole text 「基本素质信息包括…等。」: a definition
# (round 30) — not one whose later sentence gives a party work 「…，养护从业单位应当及时补充…」
_INFO_HOLDS = re.compile(r"^[\u4e00-\u9fff]{2,8}?信息(?:主要)?包括[^。；;\n]{2,200}?。?$")


def general_article(item: Item, units_named: bool = False, own_village: bool = False) -> bool:
    """A rule's article of general provision with nothing numbered under it — its purpose and basis, scope or
    definitions (see ``_GENERAL_TITLE``, ``GENERAL_TEXT``), its principles, a list of rights or matters or of
    principles, or the city's statements and calls alone (``statement_only``) where ``units_named`` (CONVENTIONS.md
    "An article with no work among articles of work") — or one of its closing clauses (``closing_only``): no task in a
    document written as articles (CONVENTIONS.md round 30; a count with them is also accepted)."""
    if closing_only(item):
        return True
    if item.children or not (item.article or item.article_line):
        return False
    plain = _RUN_IN_BRACKET.sub("", _article_text(item)[2], count=1)
    # (the next chapter's heading the page ran on after the chapter's last article 「…举报…行为。⏎第六章附则」: no
    # sentence of the article's)
    plain = _TRAILING_CHAPTER.sub("", plain)
    if not plain.strip(" \t\u3000\n"):
        return True         # (a heading 「（施行日期）」 whose closing clause ended the text: nothing of its own)
    no_work = units_named and (everyone_only(plain) or standard_only(plain) or referral_only(plain)
                               or option_only(plain) or scrutiny_only(plain) or classes_only(plain)
                               or qualification_only(plain) or reckoning_only(plain) or pointer_only(plain)
                               or tied_only(plain) or plain_option_only(plain) or applying_limits_only(plain)
                               or applicant_step_only(plain) or adopted_standard_only(plain)
                               or standing_only(plain) or conditions_only(plain) or law_kept_only(plain))
    if consequence_only(plain) or no_work or sorted_cases_article(item) or applicant_conditions(item) \
            or recipients_article(item) or units_named and option_over_cases(item) or class_standard(item) \
            or _INFO_HOLDS.match(plain.strip()) \
            or item.listed and (applicant_terms(item.body) or grades_only(item.body)) or stance_only(plain):
        return True         # (…玩忽职守…的，由其所在单位或者上级主管部门给予行政处分: a consequence, round 51)
    if units_named and (grants_or_lists_matters(item.body) or statement_only(item) or public_only(item, own_village)
                        or money_only(plain) or sets_up_panel_only(plain) or _work_principles(plain)):
        return True         # (第五条 …享有下列权利：（一）… / 第九条 …议事事项有：（一）… / 本市加强…: no work)
    head, rest, text = _article_text(item, square=True)
    first, *others = [s.strip() for s in re.split(r"[。！？\n]", text) if s.strip()] or [""]
    if _SETS_UP_NAMED.match(first) and others and (GENERAL_TEXT.match(others[0]) or _DEFINES.match(others[0])):
        first, *others = others     # (「A设立X（以下简称“Y”）。Y是指…。」: the thing set up, then its definition)
    if rest and head.rstrip().endswith(("：", ":")) and GENERAL_TEXT.match(head):
        # (「本办法所称X包括：」 over its folded kinds: the lead-in is the article's first sentence, no heading)
        first, others = head, [s.strip() for s in re.split(r"[。！？\n]", rest) if s.strip()]
    if rest and units_named and _PRINCIPLE_TITLE.match(head):
        # (a principle, in a plan whose tasks name units: no task — not one that names its bodies and their acts
        # 「市、区政府坚持“…”的原则，…开展…工作，…」: their work, Round 97's x353_02 第四条, Round 93's x345_02 第三条)
        return not _GIVES_WORK.search(rest) and not _bodies_keep(rest.strip())
    if rest and _GENERAL_TITLE.match(head):
        if re.search(r"适用范围", head) and doer_units("。".join(
                s for s in [first, *others] if not (GENERAL_TEXT.match(s) or _DEFINES.match(s))))[1]:
            return False        # (a scope article that also gives work 「…项目由市发展改革委…确定项目场址」: a task)
        if "资金来源" in head and _SOURCE_WORK.search(text):
            return False        # (「扶持资金由区财政预算安排，由区经委统筹安排使用」: a body's disposal of it, work)
        others = [first, *others]
    elif _DEFINES.match(first) and not GENERAL_TEXT.match(first):
        # (「X（以下简称“Y”），是指…」 under its bracketed heading 「（概念）」: a definition, round 30 — not one
        # followed by work 「新建农房是指…。落实分类管理，…应在…后，向区建管委办理…」, a task)
        if any(_DOING.search(s.replace("重要", "").replace("主要", "")) and not GENERAL_TEXT.match(s) for s in others):
            return False
    elif not GENERAL_TEXT.match(first):
        return False
    # (only general: 本办法适用于全区老旧小区改造。区住建委负责统筹推进，各街镇负责组织实施。 gives work after its
    # scope — a task, CONVENTIONS.md round 30 「articles that only state…」)
    # (… or a later paragraph that opens with a named body doing the work 「市住房城乡建设管理委定期对…进行评估，
    # 定期调整并公布…」 after two definitions: round 39, a scope article whose later paragraphs give work is a task;
    # round 44's article subject)
    # (a case clause inside a scope article 「…范围需修改补充的，由A提出调整建议，经B会同C报…同意后，纳入…」 is no task:
    # round 37, rule 3)
    # (… or a later sentence that limits what the work may place 「…并需按标准配置公共服务设施」「…原则上仅限于产业
    # 社区范围内」: beside its scope the article binds the work, a task naming none — Round 97's x357_04 第三条; round
    # 30's scope article states scope only)
    return not any((_GIVES_WORK.search(s) or _PLACES_LIMIT.search(s))
                   and not (GENERAL_TEXT.match(s) or _VALIDITY.match(s) or _DEFINES.match(s) or _CASE_OPENING.match(s))
                   for s in others) and not later_work(text) and not defined_then_doer(text)


# what the work may place, bound: a modal with a standard it places by, or a limit kept in principle
_PLACES_LIMIT = re.compile(r"(?:应|需|须)当?(?:按|按照|依照)[^。；;，,]{0,12}?(?:标准|规范)(?:要求)?配(?:置|建|套)"
                           r"|原则上(?:仅|只)限于")


# the work itself keeping to its principles, the article's one sentence 「X工作坚持以…为核心，…，按照“…”的原则，…，实现
# …目标。」: the work the subject, no body named — a principle article (p51e; round 33: no task where the plan's tasks
# name units)
# (… or the scheme's own steps as the subject 「X的申报、评审，遵循“…”的原则」: the same, its steps no body)
# (… or the activity itself bound to them 「X招标投标活动应当遵循公开、公平、公正…的原则」: Round 83's x313_04)
# (… or a service as the subject, its principles listed with no 的 「政府购买服务应当遵循预算约束、
# 以事定费、…原则」: the same)
# (… or its management or use as the subject 「X基金管理应当坚持…的原则，保障…」「资金的使用遵循…的原则」: the
# scheme's own handling, no body — Round 91's x341_04 第三条 a principle)
_WORK_KEEPS = re.compile(r"^(?:[^，,。；;应须要由]{2,20}?(?:工作|活动|服务|管理|使用)|"
                         r"[^，,。；;应须要由]{2,20}?的[^，,。；;应须要由]{2,12}?[，,])"
                         r"(?:应当|应)?(?:坚持|遵循)[^。；;]{2,200}?(?:的?(?:方针|原则)|[、，,][^。；;、，,]{2,8}原则)"
                         r"[^。；;]*$")


# (not where the article binds acts of the work beside its principle, two clauses or more after it each opening
# with a verb of work 「…的原则,加强宣传教育,调动…积极性,推动…开展」: a principle that places work is a task —
# Round 105's governs on x374_02 第五条, round 65's x274_01; one clause 「…的原则，保障…」 stays a principle)
_ACT_CLAUSE = re.compile(r"(?:加强|强化|调动|推动|推进|开展|组织|落实|做好|建立|健全|完善|实施)")


def _work_principles(text: str) -> bool:
    sentences = [s for s in re.split(r"[。！？\n]", text.strip()) if s.strip()]
    acts = re.split(r"[，,]", sentences[0].split("原则", 1)[-1]) if sentences else []
    return len(sentences) == 1 and _WORK_KEEPS.match(sentences[0].strip()) is not None \
        and not doer_units(sentences[0])[1] and not opening_subject(sentences[0], set()) \
        and sum(bool(_ACT_CLAUSE.match(a.strip())) for a in acts) < 2


# the thing the rules govern set up and named, the sentence alone 「某市人民政府设立某市X基金（以下简称“基金”）」,
# before its definition and scope: the rules' general provision (round 30) — not a body set up with its work after
# a comma 「…成立X工作小组（以下简称…），负责…」 (a task)
_SETS_UP_NAMED = re.compile(r"^[^，,。；;]{2,20}?(?:设立|设置)[^，,。；;]{2,60}?[（(]以下简称[^）)]{1,20}[）)]$")


# a sentence that opens with a case 「市级城市维护保障范围需修改补充的，…」
_CASE_OPENING = re.compile(r"^[^，,。；;]{2,60}?的[，,]")


# a definition after the article's scope 「勘察设计负责人是指…，代表单位负责…」: what a term means (its 负责 is the
# defined person's role), no work given to a body
# (the term's short name or a comma before it: 「代理建设制度（以下简称“代建制”），是指…」「代建单位，是指…」)
_DEFINES = re.compile(r"^[^。，,；;]{2,60}?[，,]?(?:是指|系指|指的是)")


# a sentence that makes a body the doer of work (CONVENTIONS.md round 29 rule 2's verbs)
# (or a sentence that hands a body the work of setting and carrying out the rule's measure 「…年度控制总量，由市
# 人民政府指定的部门确定并监督实施。」: 由A＋a verb of doing, rule 2 — Round 104 on x371_02 第三条, a task by its
# last paragraph)
_GIVES_WORK = re.compile(r"负责(?!人|解释)|牵头|会同|组织(?:实施|开展|召开|验收)"
                         r"|(?:^|[。\n])[^。；;，,\n]{2,30}[，,]由[^。；;，,\n]{2,24}?(?:确定|制定|划定|核定)并(?:组织|监督)?实施")
# named bodies keeping a principle, then acting 「市、区政府坚持…的原则，…开展…工作」 (no call 「各单位」「有关部门」)
_KEEPS = re.compile(r"^(?!各|有关|相关|其他)([^，,。；;“”\"的]{2,20}?)(?:应当|应)?(?:坚持|遵循|按照)"
                    r"[^。；;]{2,60}?的原则[，,]"
                    r"[^。；;]{0,30}?(?:开展|组织|实施|落实|推进|做好)")


def _bodies_keep(text: str) -> bool:
    keeps = _KEEPS.match(text)
    return keeps is not None and looks_like_unit(keeps.group(1))


# the next chapter's heading the page ran on after a chapter's last article (``general_article``)
_TRAILING_CHAPTER = re.compile(r"\n[ \t\u3000]*第[一二三四五六七八九十]{1,3}章[ \t\u3000]*[\u4e00-\u9fff]{2,16}\s*$")


# a penalty article whose response names its body 「违反本条例…规定，…的，由市或者区绿化管理部门责令限期改正」
# 「对埋压…的，由公安消防部门按照…处理」: the body that responds to the cases is a doer (CONVENTIONS.md round
# 30/34), the article a task
# (a fine or a warning named straight after 处 「…的，由A处一千元以上一万元以下罚款」「由A处警告或者…罚款」, and the
# persons it acts on named between 「由A对直接责任人员…给予处分」: the same response)
_RESPONDER = re.compile(r"[，,；;]由[^，,。；;]{2,30}?"
                        r"(?:责令|处理|处罚|处以|予以|给予|没收|吊销|依法|按照|依照|处(?:警告|[\d一二三四五六七八九十两]))"
                        r"|[，,；;]由[^，,。；;对]{2,30}?对[^，,。；;]{1,40}?(?:给予|处以)")
# ... or one whose text the page cut inside that response, at its agent 「…燃放烟花爆竹的,由县」 (the article's step
# after a breach is its work, rounds 42, 51, 52; the cut name is dropped, round 36)
_CUT_RESPONDER = re.compile(r"的[，,]由[\u4e00-\u9fff]{1,20}$")
# ... but not the rule's catch-all sanction 「违反本办法规定的，由A责令改正」: no case is named (no article, no act),
# only the whole rule broken, as 「…的，依法追究责任」 — what befalls a breaker, no work (``_NOT_WORK``)
_ANY_BREACH = re.compile(r"^(?:对)?违反本[^第，,。；;、]{1,8}?规定的[，,]")


def later_work(text: str) -> bool:
    """An opening article's later paragraph that opens with a named body doing work 「第三条（定义）本办法所称…是指…。
    ⏎…⏎市住房城乡建设管理委定期对…进行评估，定期调整并公布…」 (round 39: a scope article whose later paragraphs give
    work is a task; round 44: an article's subject), not one more definition or scope of its own."""
    return any(opening_subject(p, set()) and not _OPENING_TEXT.search(re.split(r"[。！？]", p, maxsplit=1)[0])
               for p in (p.strip() for p in text.split("\n")[1:]) if p)


# the agent of 由 doing the article's step 「…的建设工程由发包人填写…通知书提交工作部门备案」: a party's step is work of
# the article though it names no unit (round 43's 由A＋verb; Round 58: a works party's filing is a task, no unit)
_BY_AGENT = re.compile(r"由[^，,。；;由的]{2,12}?"
                       r"(?:填写|提交|报送|出具|办理|签订|编制|审核|核定|确定|发放|拨付|进行|组织)")


# a term defined, then a clause of its own giving work by a modal 「第七条所称违法收入，按照…计算；未出售…的，应当委托…
# 评估确定。」: a definitions article that also gives work is a task (round 39; Round 78's (c))
_DEFINING = re.compile(r"所称|所指|是指|系指")
_OWN_MODAL = re.compile(r"应当|必须")


def _defined_then_work(text: str) -> bool:
    parts = [p.strip() for p in re.split(r"[。；;\n]", text) if p.strip()]
    return bool(parts) and _DEFINING.search(parts[0]) is not None and any(
        _OWN_MODAL.search(p) and not _OPENING_TEXT.search(p) for p in parts[1:]) or defined_then_doer(text)


def defined_then_doer(text: str) -> bool:
    """A term defined, then a sentence of its own naming a body the doer of work by rule 2 「本细则所称X，是指…。具体
    标准由市民政局制定。」: a definitions article that also gives work is a task (round 39; CONVENTIONS.md round 30:
    the articles of general provision are those that only define) — not the interpreting body 「由A负责解释」."""
    parts = [p.strip() for p in re.split(r"[。；;\n]", text) if p.strip()]
    return len(parts) > 1 and _DEFINING.search(parts[0]) is not None and any(
        not _OPENING_TEXT.search(p) and not INTERPRETS.match(p) and doer_units(p)[1] for p in parts[1:])


# (… or of the grades its act sorts results into 「…通过…计分，确定…信用等级。信用等级分为…：」: the grading, the rules'
# own act with no subject — round 65's x274_01; its band lines the article's text, Round 78's (b))
_CASE_ACT = re.compile(r"认定为|不予认定|移送|移交|(?:确定|评定)[^。，,；;：:]{0,12}?(?:等级|等次|档次)$")


def _run_on_work(item: Item) -> bool:
    """An article written on after its number (第八条 采购代理机构应当严格按照…) whose text gives work (see
    ``_WORK_WORDS``, or a rule-2 doer: 「在…的基础上，A会同B…调整并公布…」「具体考核细则由A另行制定」) and
    is none of the articles a rule opens with (``_OPENING_TEXT``)."""
    # (its bracketed heading run into the text 「第十七条（信用共享）市住房城乡建设管理委通过…」: the text after it)
    text = _RUN_IN_BRACKET.sub("", item.body.strip(), count=1)
    first = re.split(r"[。！？]", text, maxsplit=1)[0]
    if (_IN_FORCE.match(text) or _VALIDITY.match(text)) and not closing_only(item):
        # (「第十九条 本实施办法有效期自…至…。…已开工的建设工程应…在2020年5月30日前完成…投保的工作。」: a closing point
        # that also gives work is a task, its own date its deadline — round 39; Round 63 rulings on x273_01)
        rest = text[len(first):].lstrip("。！？ \n")
        return _WORK_WORDS.search(rest) is not None and not _closing(rest) and not _SUPPLEMENTARY.match(rest) \
            and not INTERPRETS.match(rest)
    responds = (_RESPONDER.search(text) is not None or _CUT_RESPONDER.search(text) is not None) \
        and not _ANY_BREACH.match(text)
    if _OPENING_TEXT.search(first) or _OPENING_TEXT.match(text):
        return later_work(text) or _defined_then_work(text)
    return ((len(item.body.strip()) >= 15 or short_work(text)) and not headed_prose(item)
            and (_WORK_WORDS.search(text) is not None or bool(opening_subject(first, set())) or responds
                 or _BY_AGENT.search(first) is not None
                 or bool(doer_units(text)[1]) or acting_subject(text)
                 # (a folded list of the cases its act reaches 「有下列情形之一，认定为…：」: that act, Round 91)
                 or item.listed and _CASE_ACT.search(first) is not None)
            and not _OPENING_TEXT.search(first) and not _OPENING_TEXT.match(text)
            and (not _NOT_WORK.match(text) or responds)
            and not _closing(text) and not _SUPPLEMENTARY.match(text)
            and not _IN_FORCE.match(text) and not INTERPRETS.match(text) and not _VALIDITY.match(text))

