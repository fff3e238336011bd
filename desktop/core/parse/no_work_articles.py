"""Articles of a rule that give the plan's bodies no work, read where a rule's general provisions are
(``rule_chapters.general_article``): its legal remedies (``consequence_only``) and its rules addressed to everyone
(``everyone_only``).

Officials' or persons' liability: every sentence states what befalls a breaker — a sanction
「…依法给予处分」「…依法追究刑事责任」「…移送司法机关处理」「…依法进行问责」, a loss to make good 「…按照国家有关规定
赔偿」 — given by no one, or by the breaker's own superiors 「由其所在单位或者上级主管部门给予行政处分」「由上级人民政府
…依据职权责令限期改正，通报批评」「由任免机关或者监察机关…给予行政处分」, or a reward for merit the same way
「由其所在单位或者该单位的上级主管机关予以表扬或者奖励」.

CONVENTIONS.md Round 51 rulings (q47b: liability with no agent states a consequence, no task, no doer), Round 52's
x240_03 第十八条 / x240_04 第四十条 (the breaker's own superiors, like round 49's 有权机关, are no body the rules task)
and Round 55's x248_04 第十二条 (a reward by the party's own unit mirrors liability). Not an article in which a body of
the plan acts 「规划行政管理部门…发现…依法应当给予处分的，应当向其任免机关或者监察机关提出处分建议」 (a modal of its
own), nor a penalty answered by a body the rules task 「…的，由市测管办予以通报批评」 (round 30 / 34: a task).

The parties' right of appeal 「当事人对…具体行政行为不服的，可以依照…申请行政复议或者提起行政诉讼」 and the deciding
body's option when they neither appeal nor comply 「…逾期不申请行政复议，不提起行政诉讼，又不履行的，作出具体行政
行为的部门可以申请人民法院强制执行」: rules for the public and an option (round 36; Round 49 p46b: an article that
only says what a body may do gives no work) — an article of them alone is no task (not one with a body's duty beside
them 「…在向人民法院申请强制执行前，应当催告当事人履行义务」)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .article_text import CHAPTER
from .headings import Item
from .normalise import split_at_stops
from .opening_subjects import opening_subject
from .second_lists import CASE_LINE, CASES_AT
from .sentence_units import doer_units

# what befalls the breaker (or the deserving): a sanction, criminal liability, a loss to make good, a reward
# (赔偿 as what befalls one, not a role or a thing of a compensation scheme 「赔偿权利人及其指定的部门…向上级部门报告」)
# (… handed to the organs that judge it 「移送监察、司法机关处理」)
_CONSEQUENCE = re.compile(r"处分|刑事责任|移送(?:有关)?(?:[\u4e00-\u9fff]{2,4}、)?司法机关|"
                          r"问责(?!制)|追究[^，,。；;]{0,20}?责任|"
                          # (a fund's sanctions said of no one 「…给予相关处罚外，限期收回…引导资金，并取消…资格」)
                          r"对[^，,。；;]{2,30}?给予[^，,。；;]{0,4}处罚|取消[^，,。；;]{0,30}?资格|"
                          # (a fund's scoring sanctions 「…的，在下一年度评价时予以扣分，…不再安排奖补资金」)
                          r"予以扣分|不再(?:安排|给予|拨付)[^，,。；;]{0,10}?(?:资金|补助|补贴|奖励)|"
                          # (an officer's own unit's sanctions 「…由其所在单位予以批评教育，责令…或者暂扣执法证件」)
                          r"(?<=予以)批评教育|暂扣[^，,。；;]{0,4}?证件|"
                          r"赔偿(?!权利|义务|请求|金|款|资金|费用|磋商|协议|工作|制度|案件|范围|数额|方案)|通报批评")
# a penalty by the law's own terms, said of no one 「违反本办法规定的，按照法律、法规的有关规定处罚」: beside a
# consequence 「…；构成犯罪的，依法追究刑事责任」 part of the liability article; alone a bare pointer, read as the older
# sets count it (a task, w52b)
_BY_LAW = re.compile(r"(?:按照|依照|依据|根据)[^，,。；;]{0,30}?(?:规定|法律法规|法规)(?:予以|给予|进行)?(?:处理)?处罚$"
                     # (… or dealt with by them 「…等违法行为的，按照国家和本市有关规定进行处理」: the same sanction by
                     # the law's terms, no agent named — Round 87's liability with no agent)
                     r"|(?:按照|依照|依据|根据)[^，,。；;]{0,30}?(?:规定|法律法规|法规)(?:予以|进行)?(?:严肃)?处理$"
                     r"|依法(?:予以)?处罚$")
# a sanction with no agent after the case 「…的，应责令改正并追究有关人员责任」: the modal opens the clause, no
# body before it — what befalls the breaker (Round 87's x325_01 第二十五条: liability with no agent, a general
# provision)
_UNSAID_SANCTION = re.compile(r"(?<=[，,])(?:应当|应|须)(?=(?:依法)?责令[^。；;]{0,30}?追究[^。；;]{0,20}?责任$)")
# a reward for merit: one only when the party's own unit or superior gives it 「由其所在单位…予以表扬或者奖励」 (a
# scheme's reward paid by a body of the plan 「…给予投资奖励」 is its work)
_REWARD = re.compile(r"由(?:其|该单位的?)?(?:所在单位|本单位|上级)[^。；;]{0,30}?(?:表扬|表彰|奖励)|"
                     # (the higher reward the deserving are put up for 「…成绩特别突出的，报请市人民政府给予表彰」)
                     r"^[^。；;]{0,30}?的[，,]报请[^，,。；;]{2,20}?给予[^，,。；;]{0,6}?(?:表扬|表彰|奖励)$")
# an agent after 由 that is the breaker's own superior or an organ outside the rules' bodies
# (matched at the 由, not searched: no ^, which would hold only at the string's start)
_SUPERIOR = re.compile(r"(?:其|该单位的?|所在地的?)?(?:所在单位|本单位|上级|有权机关|司法机关|"
                       r"主管机关)")
# the staff's breach handed to the organs that deal with it, named by no kind 「…的工作人员在…工作中违反本办法
# 有关规定的，由有关部门依法进行处理」: the standard liability clause of officials (Round 91's x340_04 第七十九条), no
# body of the rules given work — only where the case is the staff's own (not a regulated party's breach
# 「经营者违反…的，由有关部门依法处理」), a breach word between the staff and 的 (not a case the staff come upon
# 「网格工作人员在日常巡查中发现违法建设的，由有关部门依法处理」 — rv69a's finding 5)
_STAFF_CASE = re.compile(r"^[^。；;]{0,30}?工作人员(?=[^。；;]{0,100}?(?:违反|违背|滥用|滥发|玩忽|徇私|失职|渎职|"
                         r"未履行|不履行|未按|不按|弄虚作假|行为之一))[^。；;]{0,100}?的[，,]")
# (… or the staff's liability said of no agent 「…工作人员违反…，不履行…职责的，应承担相应法律责任」: the same clause)
_UNNAMED_HANDLER = re.compile(r"由有关(?:部门|机关)(?:依法)?(?:进行|予以)?(?:处理|处置)$|"
                              r"(?<=[，,应当须法])承担(?:相应的?)?法律责任$")
# an officer's own 主管部门 where the consequence is an official's sanction 「对徇私舞弊…的，由主管部门给予行政处分」
_OFFICERS_SUPERIOR = re.compile(r"主管部门给予[^，,。；;]{0,4}处分")
# the parties' appeal, and the deciding body's option to have the court enforce its decision
_APPEAL = re.compile(r"^当事人[^。；;]{0,60}?不服的[，,]可(?:以)?[^。；;]{0,80}?(?:行政复议|行政诉讼|提起诉讼)|"
                     r"(?:不申请(?:行政)?复议|不提起(?:行政)?诉讼)[^。；;]{0,80}?可(?:以)?[^。；;]{0,40}?"
                     r"申请人民法院强制执行$")
# a modal of the plan's own work (not the case 「依法应当给予处分的」「应予处分的」): 应当, and 应／须／要 alone
# 「区水务局应对…依法追究责任」 (not 应急, 应用, 相应, 对应, 需要, 重要, 要求…; review rv51 F1)
# (not the consequence's own agent 「…的管理部门或个人，应由其所在单位或者上级主管部门责令限期改正」: the
# breaker's superior)
_WORK_MODAL = re.compile(r"(?<![相对反供效适响回呼])应(?:当)?"
                         r"(?!急|用|给予|予以?|承担|由(?:其|该单位的?)?(?:所在单位|上级))|"
                         r"必须|(?<![无毋])须(?!知)|"
                         r"(?<![需重主必只纪摘概首提简])要(?![求点素件害闻案务义])|负责(?!人|的)|牵头|会同")
# a verb of noticing a body opens its own step with 「区水务局发现…的」「区水务局接到举报后…」: read as a verb of
# doing to find the body that is its subject (``opening_subject`` reads a name only before a verb of doing)
_NOTICING = re.compile(r"(?<=[局委办府心所队院])(?:发现|接到|收到)")


def _body_subject(clause: str) -> bool:
    """``clause`` opens with a named body of the plan as its subject 「区水务局对前款行为予以通报批评」 (a body acting:
    its article is work, review rv51 F1 / F2) — not a person 「河道管理人员有下列行为之一的」."""
    return bool(opening_subject(_NOTICING.sub("负责", clause, count=1), set()))
# the fund's own rules a liability article opens with 「引导资金必须专款专用」「凡获得引导资金支持的项目，不得擅自改变
# 主要建设内容」: rules for the money and the funded parties, no body given work (CONVENTIONS.md Round 51 q47b reads
# such an article by its liability)
_FUND_RULE = re.compile(r"^[^，,。；;]{0,20}?(?:资金|经费|款项)(?:必须|应当|应)?(?:专款专用|专户管理|单独核算)$|"
                        r"^凡[^，,。；;]{2,30}?(?:项目|单位|企业)[，,](?:均)?不得(?:擅自)?[^，,。；;]{2,40}$")
# the conduct a liability article asks of officials before their sanctions 「各级国动部门相关工作人员应当依法依规，严格
# 管理」: persons urged to keep the law (a person is never a unit, round 30), no work given to a body (the answers'
# LIABILITY of plans-next299 x299_01 第二十一条; round 49's x39_03)
_CONDUCT = re.compile(r"^[^，,。；;]{0,30}?(?:工作人员|公职人员|执法人员|公安人员)(?:[^，,。；;]{0,12}?时[，,])?"
                      r"(?:应当|应|必须|要)(?:严格)?(?:依法依规|依法|依规|廉洁|秉公|遵守法纪|遵守法律)")
# a line of the cases the article lists 「（一）违反法律、法规规定组织编制城乡规划的；」「（四）…不查处的单位负责人。」
_CASE_LINE = re.compile(r"^[（(][一二三四五六七八九十\d]{1,3}[）)]")


def _sentences(text: str) -> list[str]:
    """``text``'s sentences, a chapter heading the page ran in after them left out: the one split each
    ``…_only`` check below reads its sentences with."""
    return [s for s in split_at_stops(text) if not CHAPTER.match(s)]


def _every_sentence(text: str, holds: Callable[[str], object]) -> bool:
    """``text`` has sentences (``_sentences``) and every one of them ``holds``: the shape of each ``…_only`` check
    whose article gives no work only when all its sentences are of one kind."""
    sentences = _sentences(text)
    return bool(sentences) and all(holds(s) for s in sentences)


def consequence_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) is a liability or reward article (see the module's text)."""
    # (a chapter heading the page runs in after the article 「第六章附则」 is no sentence of it)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip() and not CHAPTER.match(ln.strip())]
    # (a case line's modal inside the thing it names 「（二）隐瞒、坐支应当上缴的污水处理费的；」 binds no one)
    cases = {ln for ln in lines if _CASE_LINE.match(ln) and "由" not in ln
             and (not _WORK_MODAL.search(ln) or re.search(r"的[；;。]?$", ln))}
    sentences = [_UNSAID_SANCTION.sub("", s.strip()) for ln in lines if ln not in cases
                 for s in re.split(r"[。；;！？]", ln) if s.strip()]
    staff = _STAFF_CASE.match(lines[0]) is not None if lines else False
    if not sentences or not any(_CONSEQUENCE.search(s) or _REWARD.search(s) or _APPEAL.search(s)
                                or staff and _UNNAMED_HANDLER.search(s) for s in sentences):
        return False
    for s in sentences:
        if _APPEAL.search(s) and not _WORK_MODAL.search(s) or _FUND_RULE.match(s) or _CONDUCT.match(s):
            continue
        # (… or a body of the plan acting after the case
        # 「因项目实施单位工作不力…的，市X局将根据情节轻重采取责令限期整改、通报批评…等处罚」: its enforcement on the
        # parties the rules task, work — as 「…的，由A予以通报批评」 is; Round 97 on x358_02 第二十三条)
        if _WORK_MODAL.search(s) or _body_subject(s) \
                or (case := re.search(r"的[，,]\s*", s)) is not None and _body_subject(s[case.end():]):
            return False
        # (a sentence of the cases alone 「…有下列行为之一的，」 runs on into the consequence; a sentence with none
        # and no 的 is no liability)
        if not (_CONSEQUENCE.search(s) or _REWARD.search(s) or _BY_LAW.search(s)
                or staff and _UNNAMED_HANDLER.search(s)) \
                and not re.search(r"的[，,：:]?$|情形[，,：:]?$", s):
            return False
        if any(not (_SUPERIOR.match(s, m.end()) or _OFFICERS_SUPERIOR.match(s, m.end())
                    or staff and _UNNAMED_HANDLER.match(s, m.start()))
               for m in re.finditer(r"(?<![自理缘经])由(?!于)", s)):
            return False
    return True


# everyone, the subject of a rule for the public 「任何单位和个人都应当遵守…」「任何单位或者个人不得…」
# 「…，任何单位和个人都有权…举报」 (round 36: prohibitions and rules to the public with no body named are text)
_EVERYONE = re.compile(r"^(?:[^。；;]{0,40}?[，,])?任何(?:单位|组织)(?:和|或者|或|、)个人")
# a plan's legal standing 「经依法批准的城乡规划，是城乡建设和规划管理的依据，未经法定程序不得修改」: a verb of being
# (round 44), the change it forbids said of no one
_STANDING = re.compile(r"^经依法批准(?:并公布)?的[^。；;，,]{2,30}[，,]是[^。；;]{2,40}?的(?:依据|基础)"
                       r"(?:[，,]未经(?:法定)?程序不得(?:擅自)?(?:修改|变更|调整))?$")
# whoever finds or has an incident, told to report it 「发现火灾，应当立即报警」「单位发生火灾，必须及时向…报告」: an
# order to anyone, no party named (a bare 单位 is no kind), text as a ban to everyone is (Round 85)
_FINDER = re.compile(r"^(?:单位|个人|公民|任何人)?(?:发现|发生)[^，,。；;]{1,20}[，,](?:应当|应|必须|须)"
                     r"(?:立即|及时|迅速)?(?:[^，,。；;]{0,4}?向[^，,。；;]{2,30}?)?(?:报警|报告)$")
# what the thing the rule guards is worth, said of no one 「永久性测量标志在…建设中具有重要的作用，应该予以长期保护」:
# a statement of being (round 44), the protection it asks said of no body — beside a ban to everyone
_WORTH = re.compile(r"^[^。；;]{2,60}?具有[^。；;，,]{0,20}?(?:作用|意义|价值|地位)"
                    r"(?:[，,](?:应该|应当|应|须)予以[^。；;，,]{0,6}?保护)?$")
# work in a clause after everyone's 「…，可移动式标志应就近集中存放并做好维护保养」: another subject's
_CLAUSE_WORK = re.compile(r"应当|(?<![相对反供效适])应(?!急|用)|必须|负责(?!人)|做好|组织|牵头|会同")


# the acts everyone is barred from, in numbered lines under the ban 「…，任何单位和个人不得在…范围内从事下列
# 行为：⏎（一）…；⏎（二）…。」: the ban's objects, no work of their own (Round 80's rule to anyone; Round 104's
# x371_01 第三十条 read the lines of a ban as its objects) — the ban's sentence read as everyone's, the lines left out
_BANNED_LINES = re.compile(r"(?:^|\n)([^\n]*?(?:不得|禁止|严禁)[^。；;：:\n]{0,40}?(?:下列|以下|如下)"
                           r"[^。；;：:\n]{0,12}(?:行为|活动)[：:])[ \t\u3000]*"
                           r"((?:\n[ \t\u3000]*[（(][一二三四五六七八九十]{1,3}[)）][^\n]*)+)\s*$")

# (… or the ban said of no one, only where it holds 「农村公路及其用地范围内禁止从事下列行为：」, after a sentence of
# everyone's 「任何单位和个人不得…」: the same rule to anyone — round 36, Round 80)
_PLACE_BAN = re.compile(r"^[^，,。；;：:]{0,30}?(?:范围内|区域内|内|上)禁止")


def everyone_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) is only rules for everyone and its legal standing: each sentence
    has 任何单位和个人 as its subject (see ``_EVERYONE``), tells whoever finds an incident to report it (``_FINDER``)
    or states the plan's standing (``_STANDING``), and no clause
    after everyone's gives work to another (x53_01 第十三条 「任何单位或者个人不得…。对…的行为，任何单位或者个人都有权
    制止并向区国动办举报。」). Not an article in which a body acts 「…有关部门对举报…应当…予以受理」."""
    if (banned := _BANNED_LINES.search(text)) and not _CLAUSE_WORK.search(banned.group(2)):
        if _EVERYONE.match(banned.group(1).strip()):
            text = text[:banned.start(1)] + banned.group(1)     # (the acts barred: the ban's objects)
        elif _PLACE_BAN.match(banned.group(1).strip()) and _EVERYONE.match(text.strip()):
            text = text[:banned.start(1)]   # (a ban said of no one 「…范围内禁止从事下列行为：」 after everyone's)
    sentences = split_at_stops(text)
    if not sentences or not any(_EVERYONE.match(s) or _FINDER.match(s) for s in sentences):
        return False
    for s in sentences:
        if _STANDING.match(s) or _FINDER.match(s):
            continue
        m = _EVERYONE.match(s)
        if m is None and (_WORTH.match(s) or _CALLS.match(s)):
            continue    # (… or a call beside everyone's rule 「鼓励…进行监督。任何单位和个人…可…举报」: rounds 30, 40)
        if m is None:
            return False
        rest = re.split(r"[，,]", s[m.end():], maxsplit=1)
        if len(rest) > 1 and (_CLAUSE_WORK.search(rest[1]) or any(
                _body_subject(c) for c in re.split(r"[，,]", rest[1]))):
            return False    # (「…，区水务局依法查处」: a named body acts, review rv51 F2)
    return True


# a panel the article itself sets up from its members 「由A、B、C等部门组成X评审小组（以下简称“区评审小组”），负责…」
# and the office it seats 「区评审小组办公室设在区发展改革委」: rule 3's members and a body set up by the article
# (CONVENTIONS.md Round 55 on x246_02 第四条: a 管理部门 article that gives no standing body work is no task; round 45's
# office an article sets up)
_SETS_UP = re.compile(r"^由[^。；;]{2,80}?(?:组成|成立)[^。；;，,]{0,40}?(?:小组|委员会|工作组|联席会议)"
                      r"(?:[（(][^）)]{0,30}[）)])?[，,]?(?:负责[^。；;]*)?$")
_SEATED = re.compile(r"^[^。；;，,]{2,50}?办公室(?:[（(][^）)]{0,30}[）)])?设在[^。；;，,]{2,20}$")


def sets_up_panel_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only sets up a panel from its members and seats its office
    (see ``_SETS_UP``): no task — not an article whose later paragraphs give named bodies their duties
    「区发改委负责编制专项资金预算…」 (a task, its bodies doers)."""
    sentences = split_at_stops(text)
    return bool(sentences) and _SETS_UP.match(sentences[0]) is not None \
        and all(_SEATED.match(s) for s in sentences[1:])


# a standard a thing must meet 「…的隔音性能应当符合国家标准；没有国家标准的，应当符合地方标准。」「…的铺设、
# 维护，应当符合技术规范。」: a property of things, said of no body (Round 81's x308_04 二/(三): standards a thing must
# meet are no work), calls 「鼓励…」 beside them (rounds 30, 40) — text where the plan's tasks name units; not an
# article whose other sentence binds a body 「承担…的单位，应当具备相应条件」
# (… 需 for 应 「…设计需满足…标准的要求」, a plan's figures 「…应符合…确定的容积率等规划控制指标」, and a bare sentence
# after it 「符合国家和本市有关…技术规范、标准」 — the thing's standards all the same: x343_01 第十四条（一）（二）)
_MEETS_STANDARD = re.compile(r"^(?:(?:没有|无)[^，,。；;]{1,20}的[，,])?([^。；;]{2,80}?)[，,]?(?:应当|应|必须|须|需)"
                             r"(?:符合|达到|满足)[^，,。；;]{0,40}?(?:标准|规定|规范|要求|控制指标)$")
_ALSO_MEETS = re.compile(r"^(?:并|且|同时)?(?:符合|达到|满足)[^，,。；;]{0,40}?(?:标准|规定|规范|要求)$")
# (what a standard holds 「…示范项目的评选标准中，应当包含…制度的执行情况」: a state of the standard, Round 85's
# x320_09 — the words before it name the standard, not a body)
_STANDARD_HOLDS = re.compile(r"^[^。；;]{2,80}?(?:标准|规范|细则|指标体系)中[，,]?(?:应当|应|须)(?:包含|包括|体现)"
                             r"[^，,。；;]{2,40}$")
_CALLS = re.compile(r"^(?:鼓励|支持|提倡|倡导)")
_BODY_IN = re.compile(r"(?:企业|单位|公司|机关|机构|部门|组织|委员会|中心|政府|人)(?:[、和及与或]|或者|$)")


def standard_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only says what standards things must meet, with calls beside
    them (see ``_MEETS_STANDARD``): no body does work in it."""
    sentences = _sentences(text)
    if sentences and all(_STANDARD_HOLDS.match(s) and not opening_subject(s, set()) for s in sentences):
        return True
    meets = [_MEETS_STANDARD.match(s) for s in sentences]
    if not any(meets):
        return False
    return all(m is not None and not _BODY_IN.search(m.group(1)) and not opening_subject(s, set())
               or m is None and (_CALLS.match(s) is not None or k > 0 and _ALSO_MEETS.match(s) is not None)
               for k, (s, m) in enumerate(zip(sentences, meets, strict=True)))


def standard_item(item: Item) -> bool:
    """An item of an article with nothing under it that only says what standards the works must meet
    (``standard_only``) 「（二）住宅房型设计需满足…标准的要求。」: text, as the article alone would be (Round 88's
    x290_01) — not an item of a body's duty list, whose 应 binds the body its lead-in names."""
    parent = item.parent
    if not item.children and parent is not None and _STATE_LINE.match(item.body.strip()) \
            and (parent.article or parent.parent is not None and parent.parent.article):
        return True     # (a line of a party's duties that only states a state 「2.具备相应的安全生产条件。」)
    return not item.children and parent is not None and bool(parent.article or parent.article_line) \
        and not parent.body.rstrip().endswith(("：", ":")) and standard_only(item.body.strip())


# a line that only states the state a party is to be in 「具备相应的安全生产条件。」: no act (Round 87's governs on
# x328_03: a line that states only the state asked is text), its party's other lines the work
_STATE_LINE = re.compile(r"^具备[^。；;，,]{2,20}?条件[。；;]?$")


# a sentence whose act is left to the option 「…不及时查处的，可以发出督办通知书」「测绘单位需要…的，可以通过…申请使用」
# 「当事人到期不缴纳罚款的，A可以依法每日…加处罚款」: 可 reaches every verb of its clause (round 49 p46b; round 70's
# x290_04), the option before any modal of work
# (only the answer to a case 「…的，」: an option standing alone may be the manner of a body's own work)
_OPTION_SENTENCE = re.compile(r"^[^。；;]{2,120}?的[，,][^。；;，,]{0,30}?(?:依法)?(?:也|亦|还)?"
                              r"(?:可以|(?<![不许认宁即方尚])可(?=[采申提发加委对向通在依按根责]))")
# a bound on the option's figure said of no one 「加处罚款数额不得超出罚款的数额」
_LIMIT = re.compile(r"^[^。；;，,]{2,30}?(?:不得|不应|不能)(?:超过|超出|高于|低于|少于)[^。；;，,]{1,30}$")


def option_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only offers options (``_OPTION_SENTENCE``), a bound on their
    figures beside them, and binds no one by a modal or a rule-2 verb: an article that only says what a body or a
    party may do gives no work (round 49 p46b; Round 89 on x333_01 第九、三十三条 and x333_03 第二十一条)."""
    sentences = _sentences(text)
    if sentences and all(_topic_option(s) for s in sentences):
        return True
    return bool(sentences) and any(_OPTION_SENTENCE.match(s) for s in sentences) and all(
        (_OPTION_SENTENCE.match(s) or _LIMIT.match(s)) and not _WORK_MODAL.search(s)
        # (no body acting in a clause after the option 「…提出异议，市道路运输局…核实」)
        # (one act left to the option, a bound on its figure beside it — not a course of steps 「…可以…统一建设，经
        # 竣工验收合格，…统一供应」, nor a body acting after it 「…提出异议，市道路运输局…核实」)
        and all(_LIMIT.match(c) and not (_body_subject(c) or _BODY_OPENS.match(c)) for c in _after_option(s))
        and not _BY_BODY.search(s) for s in sentences)


# a thing of the work as the topic, its option after it 「X方案，可在…的前提下，优先将…调整为…，经验收后，可纳入…」: 可
# reaches every clause of the sentence (round 49 p46b), the topic no body — an option on the thing, no work
_TOPIC_OPTION = re.compile(r"^(?P<topic>[^，,。；;]{2,30}?)[，,](?:也|亦|还)?"
                           r"(?:可以|(?<![不许认宁即方尚])可(?=[在将对按根依采]))")
_TOPIC_THING = re.compile(r"(?:方案|规划|计划|项目|用地|资金|设施|工程|成果|材料|指标)$")


def _topic_option(sentence: str) -> bool:
    m = _TOPIC_OPTION.match(sentence)
    if m is None or not _TOPIC_THING.search(re.sub(r"[（(][^）)]*[）)]", "", m.group("topic"))):
        return False
    return not _WORK_MODAL.search(sentence) and not _BY_BODY.search(sentence) and not any(
        _body_subject(c) or _BODY_OPENS.match(c) for c in re.split(r"[，,]", sentence))


def _after_option(sentence: str) -> list[str]:
    """The clauses of ``sentence`` after the one that offers the option."""
    clauses = re.split(r"[，,]", sentence)
    at = next((k for k, c in enumerate(clauses) if re.search(r"可以|可(?=[采申提发加委对向通在依按根责])", c)), 0)
    return clauses[at + 1:]


# a body opening a clause 「市道路运输局经审核确认后作出…决定」, and an agent placed by 由 「具体比例由区人民政府确定」
_BODY_OPENS = re.compile(r"^[^，,。；;的]{0,20}?(?:局|委|办|政府|部门|中心|机构)"
                         r"(?![\u4e00-\u9fff]{0,2}(?:的|提出|申请))")
_BY_BODY = re.compile(r"由[^，,。；;]{2,20}?(?:确定|负责|组织|决定|审核|办理|实施)")


# a matter or a body submitted to others' oversight 「…的征收、使用和管理应当接受财政、审计部门…的监督检查」: being
# overseen names no act of its own (round 44: a verb of being; the overseeing bodies' own work stands elsewhere)
# (… after a state of the matter 「X评审过程公开、透明，接受媒体…的监督」: a verb of being, no work — Round 87's turned
# x325_01 第二十五条)
_SCRUTINY = re.compile(r"^[^。；;，,]{2,60}?(?:[，,](?:公开|透明|公正|公平)[、，,和])*"
                       r"(?:(?<=公开|透明|公正|公平)[，,])?(?:应当|应|须|要)?(?:依法|自觉|主动)?接受[^。；;]{2,60}?"
                       r"(?:监督|检查|审计|监督检查|监督管理)$")


def scrutiny_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only submits its subject to others' oversight (``_SCRUTINY``)."""
    return _every_sentence(text, _SCRUTINY.match)


# an article that sorts its objects into classes and says what each holds 「本市X实行分类保护，分为重点保护和一般保护两
# 类。重点保护类包括：⏎（一）…⏎未纳入重点保护范围的为一般保护X。」: definitions of kinds (round 35; Round 54's 分为…类),
# no work — every sentence the sorting, a class's lead-in, a line of it binding no one, or a class defined by 为
_SORTS = re.compile(r"^(?:本[市区县])?[^。；;，,]{0,30}?(?:实行分类(?:保护|管理)[，,])?(?:分为|划分为)[^。；;]{2,40}?"
                    r"[两二三四五六七八九十\d]+[类种级]$")
_CLASS_LEAD = re.compile(r"^[^。；;，,]{1,20}?[类种级](?:主要)?包括[：:]?$")
_CLASS_ITEM = re.compile(r"^[（(][一二三四五六七八九十\d]{1,3}[）)][^。；;]*$")
_CLASS_IS = re.compile(r"^[^。；;，,]{2,40}?的为[^。；;，,]{2,30}$")


def classes_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only sorts its objects into classes (see ``_SORTS``)."""
    sentences = [s.strip() for s in re.split(r"[。；;\n]", text) if s.strip() and not CHAPTER.match(s.strip())]
    return bool(sentences) and _SORTS.match(sentences[0]) is not None and all(
        _CLASS_LEAD.match(s) or _CLASS_ITEM.match(s) and not _WORK_MODAL.search(s) or _CLASS_IS.match(s)
        for s in sentences[1:])





def option_over_cases(item: Item) -> bool:
    """An article whose folded list is the cases a body's option answers 「A已经履行…，但有下列情形之一导致追偿未果的，
    可以按照程序批准核销：⏎（一）…的；」: its lead-in only offers the option (``_OPTION_SENTENCE``, no modal of
    work) and its lines are cases naming no doer — an article that only says what a body may do gives no work
    (round 49 p46b; Round 89's x333_01 第九条) — not a lead-in that binds 「…的，A应当…：」."""
    if not item.listed or not (item.article or item.article_line):
        return False
    rows = [ln.strip() for ln in item.body.strip().split("\n") if ln.strip() and not CHAPTER.match(ln.strip())]
    at = next((k for k, ln in enumerate(rows) if ln.endswith(("：", ":"))), None)
    if at is None or at > 1 or len(rows) - at < 2:
        return False
    lead = rows[at].rstrip("：:")
    return _OPTION_SENTENCE.match(lead) is not None and CASES_AT.search(lead) is not None \
        and not _WORK_MODAL.search(lead) and not _BY_BODY.search(lead) \
        and all((CASE_LINE.search(ln) or _STATE_CASE.search(ln) and not _WORK_MODAL.search(ln))
                and not doer_units(ln)[1] for ln in rows[at + 1:])


# a case line written as the state that stops the work, its 的 left off 「（一）…保障条件等未落实或发生改变导致项目无法
# 正常进行；」: a case of the lead-in's 下列情形之一 all the same (its lines each a case, round 35)
_STATE_CASE = re.compile(r"(?:无法|不能|难以)[^。；;，,]{0,8}?(?:进行|实施|开展|完成|继续|履行)[；;。]?$")


# what a practitioner must hold 「凡在本市从事X检测的人员，必须持有…颁发的《…上岗证书》。」「从事…的单位，应当取得相应
# 等级的资质」: holding a qualification is no act — the scheme's terms (Round 87's x327_02 五: what a practitioner must
# hold; round 30's applicant), not a body's work; not a sentence with an act beside the holding 「…，并按照…开展…」
# (… or the party taking part in the scheme's projects 「参与本区X项目建设的房地产开发建设主体应具备二级以上…资质」:
# the same terms, its kind before the role)
_HOLDS = re.compile(r"^(?:凡)?(?:在本[市区县])?(?:从事|参与)[^。；;]{2,40}?的[\u4e00-\u9fff]{0,10}?"
                    r"(?:人员|单位|企业|机构|个人|主体|单位和个人)[，,]?"
                    r"(?:应当|应|必须|须)(?:依法)?(?:持有|取得|具有|具备)[^。；;，,]{2,50}?"
                    r"(?:证书|证|资质|资格|执照)》?$"
                    # (… and what the members or staff of a panel must bring 「调查组成员应当具有…所需要的知识和专长，
                    # 并与所调查的事故没有直接利害关系」: a state of persons, no act — Round 87's x327_02 五)
                    r"|^[^。；;，,]{2,30}?(?:成员|人员)(?:应当|应|必须|须)(?:具有|具备)[^。；;，,]{2,50}?"
                    r"(?:知识|专长|能力|经验|水平)(?:[，,](?:并|且)?与[^。；;，,]{2,40}?(?:没有|无)[^。；;，,]{0,6}?利害关系)?$")


def qualification_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only says what the practitioners of the work must hold (see
    ``_HOLDS``)."""
    return _every_sentence(text, _HOLDS.match)


# an option standing alone 「A可根据需要，制定…」「A可将…纳入…，对其予以指导」「…组织可以通过…方式，加入…」: a
# subject, then 可 over every clause of its sentence (round 49 p46b: an article that only says what a body or a
# party may do gives no work) — no modal of work, no rule-2 verb, no agent placed by 由 in it
# (the party it acts on fronted by 对 「对逾期未偿还…的责任人，A可以依法向人民法院提起…」: the same option)
# (not 「对于…的不规范行为，A可以约谈…，并督促…」: a matter fronted, the body's enforcement — x334_03 第十七条 a task)
# (… after the things that qualify, fronted 「符合登记条件的管线，A可以依法向…申请…」: the option's object, no case)
_PLAIN_OPTION = re.compile(r"^(?:(?:对(?!于)|符合)[^，,。；;]{2,40}?的[^，,。；;的]{1,8}[，,])?"
                           r"[^，,。；;]{2,40}?(?:也|亦|还|均)?"
                           r"(?:可以|(?<![不许认宁即方尚])可(?=[根依按通将在对采自]))")


def plain_option_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) is only options a subject may take (``_PLAIN_OPTION``)."""
    return _every_sentence(text, lambda s: _PLAIN_OPTION.match(s) and not _WORK_MODAL.search(s)
                           and not _BY_BODY.search(s) and not _STEPS_ON.search(s))


# (not a course of steps after the option 「A可以根据…，经与受让人协商，对…予以补充」, nor a part it plays in
# others' work 「…可以对方案提出建议，配合施工单位完成…」: work, as ``option_only`` reads them)
_STEPS_ON = re.compile(r"[，,](?:经|配合|协助|协同|参与)")


# the limits on who may apply and when 「组织或个人不得在同一年内同时申报…」「获得…后的5年内，不得再次申报…」: the
# applicants' terms (round 30's applicant; Round 93's limits on applying), no body's work
_NO_APPLYING = re.compile(r"^[^。；;]{0,40}?不得[^。；;，,]{0,20}?(?:申报|申请)[^。；;，,]{0,30}$")


def applying_limits_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only limits who may apply and when (``_NO_APPLYING``)."""
    return _every_sentence(text, lambda s: _NO_APPLYING.match(s) and not _body_subject(s))


# the applicant's own step before it applies 「组织和个人申报X前，应在…内部进行公示，公示时间不少于5个工作日」: a
# step of its own application (round 42's filing on its own matters; round 30's applicant), no body's work
_BEFORE_APPLYING = re.compile(r"^[^，,。；;]{2,20}?(?:申报|申请)[^，,。；;]{2,30}?前[，,]"
                              r"(?:应当|应|须)[^。；;，,]{2,60}"
                              r"(?:[，,][^，,。；;]{2,12}?(?:时间|期限|时限)(?:不少于|不得少于|不超过)[^，,。；;]{1,12})?$")


def applicant_step_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) is only the applicant's own step before applying
    (``_BEFORE_APPLYING``), its term beside it."""
    return _every_sentence(text, lambda s: _BEFORE_APPLYING.match(s) and not _body_subject(s))


# the standard a scheme's review adopts 「X评审标准，主要采用国家标准…和相关地方标准等」 and its revision left to an
# option 「评审标准可根据…适时进行修订」: a state of the scheme (round 30's general provisions), no body's work
_ADOPTS = re.compile(r"^[^。；;，,]{2,30}?标准[，,]?(?:主要)?(?:采用|参照|执行|依据)[^。；;]{2,80}?"
                     r"(?:标准|准则|规范)等?$")
_REVISED = re.compile(r"^[^。；;，,]{2,30}?标准(?:可以|可)[^。；;]{0,40}?(?:修订|修改|调整)$")


def adopted_standard_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only names the standard a review adopts (``_ADOPTS``)."""
    sentences = _sentences(text)
    return bool(sentences) and _ADOPTS.match(sentences[0]) is not None \
        and all(_REVISED.match(s) for s in sentences[1:])


# who may or may not take a part in the scheme 「依法成立的企业、社会组织…可以作为政府购买服务的承接主体」「公益一类事业
# 单位…不作为政府购买服务的购买主体和承接主体」: the scheme's terms (round 30's applicant; who may take part is no
# work — Round 97's reading of x353_04 第七、九条), every sentence of the article so — not a sentence that sets a
# body to act 「…作为实施主体，负责…」
_TAKES_PART = re.compile(r"^[^。；;]{2,200}?(?:可以|可|不得|不)作为[^。；;，,]{2,40}?(?:主体|单位|对象)$"
                       # (… and the mode the scheme is run in, introduced bare 「本市X实行A与B相结合的管理模式」:
                       # the system, no body's act — Round 93's x346_01 第六条)
                       r"|^(?:本[市区县])?[^。；;，,由]{2,30}?实行[^。；;，,]{2,40}?的?(?:管理|运行|工作)模式$")


def standing_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only says who may or may not take a part (``_TAKES_PART``)."""
    return _every_sentence(text, _TAKES_PART.match)


# the conditions a party must meet 「承接主体应当符合…有关法律法规规定的条件」, with at most options on them
# 「购买主体可以结合…规定承接主体的具体条件，但不得…」: the scheme's terms (round 30's applicant; Round 85's
# x320_05), no work — not a sentence of any other act beside them
_MEETS_CONDITIONS = re.compile(r"^[^。；;，,]{2,20}?(?:应当|应|须|必须)(?:符合|具备|满足)[^。；;，,]{2,50}?"
                               r"(?:条件|资格)$")
# (… or the papers a works must hold before it starts 「…工程开工前应当具备相关项目批复或认定手续；…工程应
# 具备…证明，…的还需具备…文书」: a state the project must be in, no act — Round 83's x313_02 四、; Round 91's
# x337_03 二)
_PROJECT_HOLDS = re.compile(r"^[^。；;，,]{2,40}?(?:工程|项目)(?:开工|施工|实施)?前?(?:应当|应|须|必须)"
                            r"(?:具备|具有|取得)[^。；;]{2,80}?(?:手续|证明|文件|文书|批复|证书|合同)$")
_OPTION_ON_THEM = re.compile(r"^[^。；;，,]{2,20}?(?:可以|可)[^。；;]{2,60}?(?:条件|资格)"
                             r"(?:[，,]但不得[^。；;]{2,80})?$")


def conditions_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only states the conditions a party meets and options on them."""
    sentences = _sentences(text)
    return any(_MEETS_CONDITIONS.match(s) or _PROJECT_HOLDS.match(s) for s in sentences) \
        and all(_MEETS_CONDITIONS.match(s) or _PROJECT_HOLDS.match(s) or _OPTION_ON_THEM.match(s) for s in sentences)


# a thing's own steps kept to the law 「政府购买服务合同的签订、履行、变更，应当遵循《…民法典》和…法律法规的相关规定」:
# keeping to rules other texts set, no body named — text (Round 86's (b); Round 84's p61a-1) — not a body bound so
# 「区民政局应当遵守《…》的规定」
_KEEPS_LAW = re.compile(r"^[^。；;，,]{2,40}?[，,]?(?:应当|应)(?:遵循|遵守)《[^》]{2,40}》[^。；;]{0,40}?规定$")


def law_kept_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only says a thing's steps keep to other rules (above)."""
    return _every_sentence(text, lambda s: _KEEPS_LAW.match(s) and not opening_subject(s, set()))
