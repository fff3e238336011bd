"""Articles and items of a fund's rules that only say where money comes from, what it pays for and at what rate,
who budgets or pays it, or what fee is charged — no work of the plan's bodies (CONVENTIONS.md Round 48 rulings,
"decided (cost verbs)": a verb that pays, moves or budgets money names a payer, no unit; round 46: terms with no doer
and no 要／应; Round 55's x246_04 第十四条（一）: budgets, rates and a payment route, no task).

「第二条（资金来源）区配套资金由区财政局在年度财政预算中安排，使用范围根据市引导资金使用范围确定。」
「第四条 区配套资金采用无偿资助的方式安排使用，主要用于…。区配套资金与市引导资金比例为1:1。」
「第六条 …工作经费纳入年度部门预算，保障…工作的正常进行。」「代建管理费实行总额控制，并列入项目建设成本。」
「（二）…的项目，待市引导资金首款下达后，按照配套部分的40%拨付首款，…拨付剩余款项。」
「A按照…收费标准收取信息处理费。」: every sentence has money as its topic or a cost verb with money as its object, or
is an option beside them (「A可委托专业机构开展…工作，相关管理费用由区级财政予以保障」, round 49 p46b).

Not a sentence with a modal of work or a verb of rule 2 「区财政局应当加强资金监管」「A负责资金拨付」
「由A会同B安排资金」
(round 37: 负责…安排 keeps money as work), nor 落实／统筹 money (round 35, round 48: work), nor a sentence of a body's
other work beside the money (「区发改委受理申报，…拨付资金」: the article gives work)."""

from __future__ import annotations

import re

from .doer_words import SHOULD_NOT_EFFECT
from .headings import Item
from .normalise import split_at_stops
from .opening_subjects import opening_subject

# the sources a fund is raised from or the spending it pays for 「第四条 资金通过多渠道筹集，具体来源于：⏎（一）…土地
# 出让收入；⏎（二）…」「其中市级资金主要用于支持以下方面的开支：⏎（一）…相关支出；」 (round 35: a list of a fund's
# sources and uses is text, the article one task)
# (… or the ways it is raised 「…经费的筹集途径主要包括：⏎1.…自筹资金；⏎2.…账户的余额；」: sources, no act — Round 85's
# x317_02 三、)
FUND_LEAD = re.compile(r"(?:来源(?:于|包括|有|为|是)|(?:资金|经费)[^。；;\n]{0,12}"
                       r"(?:来源|构成|筹集途径|筹集渠道|筹资渠道|筹措渠道|筹集方式)[^。；;\n]{0,6}"
                       # (the scope it pays for 「奖补资金补助范围如下：」「资金使用范围包括：」)
                       r"|(?:资金|经费)(?:的)?(?:补助|支持|使用|支出|开支)范围(?:如下|包括|为)?"
                       r"|用于[^。；;\n]{0,6}(?:下列|以下|如下)[^。；;\n]{0,8}(?:开支|支出|用途|方面)"
                       # (the business a fund or a guarantee may back, its own sentence 「…业务范围应符合…。业务范围
                        # 包括：⏎（一）…产业；⏎（二）…服务；」: kinds of business, a scope — Round 86's (a))
                       r"|(?:^|[。；;\n])[ \t\u3000]*(?:其)?(?:支持|扶持|资助|担保|补助)?(?:的)?业务范围(?:主要)?"
                       r"(?:包括|如下|为)"
                       # (the fields a fund supports 「主要支持以下方面：⏎（一）支持…的服务业项目。」: its uses)
                       r"|(?:支持|资助|扶持)(?:下列|以下|如下)[^。；;\n]{0,8}(?:方面|领域|项目)"
                       # (「对经认定的…项目，可以给予专项资金扶持：⏎（一）…相关支出；」: the spending it may pay for)
                       r"|给予[^。；;，,\n]{0,8}(?:资金)(?:扶持|支持|补助|补贴))"
                       r"[：:][ \t\u3000]*$")


# money as a noun: a fund, its sums, fees and the kinds of payment the rules grant
# (… and the sums a fund advances and takes back or is given 「…偿还救助基金的垫付款」「…将社会捐款全额转入…账户」)
_MONEY = (r"(?:资金|经费|费用|款项|首款|尾款|余款|补助|补贴|资助|奖励金|配套金|垫付款|捐款|"
          r"(?:管理|处理|服务|工本|复制|手续)费)")
# a cost verb with money as its object (round 48's list: pays, moves or budgets; 收取…费 takes a fee)
_COST = re.compile(rf"(?:安排|拨付|支付|计付|列支|负担|承担(?!单位|主体)|给予|收取|收回|偿还|接受)"
                   rf"[^，,。；;]{{0,24}}?{_MONEY}|"
                   r"(?:纳入|列入|编入)[^，,。；;]{0,12}?(?:预算|成本)|"
                   rf"{_MONEY}[^，,。；;]{{0,30}}?(?:予以保障|负担|承担|安排使用|安排|拨付|支付|支持(?=$|比例|金额)|"
                   # (… or a share a body tops up the money named first 「…资金予以适当补贴」「…资金由市和区人民政府
                   # 予以适当补贴」: a payer, the clause after the money's main source — the money word before it)
                   r"予以(?:适当|一定)?(?:补贴|补助)$|"
                   r"(?:拨到|拨入|划入|转入)[^，,。；;]{2,20}?(?:账户|专户)$)")
# a clause whose topic is the money itself 「区配套资金采用…」「引导资金的支持」「代建管理费实行…」
_TOPIC = re.compile(rf"^[^，,。；;由]{{0,24}}?{_MONEY}(?:的(?:支持|使用|来源|安排)$|"
                    r"(?=由|采用|采取|实行|实施|主要|专项用于|用于|与|按|包括|来源|的?使用范围|比例|标准|纳入|列入|"
                    r"最高|原则上|一般|不超过|"
                    # (… its main source 「…资金以区人民政府的财政资金为主」: where it comes from, Round 104 on x371_03
                    # 第十三、二十一条)
                    rf"以[^，,。；;]{{2,30}}?{_MONEY}为主$))")
# (… or the money alone as the clause 「X管理的费用支出，包括…等，纳入…预算」: the topic of the clauses after it — a
# clause before others, no act on the spending 「区财政局严格控制工作经费支出。」)
_SPENDING_TOPIC = re.compile(rf"^(?![^，,。；;]*?(?:控制|压缩|规范|严控|节约|减少|降低|厉行))"
                             rf"[^，,。；;由]{{0,24}}?{_MONEY}(?:支出|开支)$")
# an option beside the money 「A可委托…」: gives no work (round 49 p46b)
_OPTION = re.compile(r"可(?:以)?(?!能|行|持续|靠)")
# a modal of work, or a verb of rule 2: the sentence gives work, whatever money it names
# (not a condition's 「申请扶持的项目应具有…」「比重原则上应达到30%以上」: being and meeting name no work, round 44)
_MODAL = re.compile(r"(?:" + SHOULD_NOT_EFFECT + r")(?!具有|具备|达到|符合|满足|不低于|不超过|在)|"
                    r"必须|(?<![无毋])须(?!知)|"
                    r"(?<![需重主必只纪摘概首提简])要(?![求点素件害闻案务])|(?<![所急确])需(?!要|求)|不得|负责(?!人)|"
                    r"牵头|会同")
# money as work (落实／统筹 money, round 35 / 48), and verbs of a body's other work in a clause beside the money
# (and 「将…经费纳入财政预算」: someone's disposal of the money, work — the tuned x52_03 第四条; a topic
# 「…经费纳入…预算」 is the fund's term)
_MONEY_WORK = re.compile(r"落实|统筹|将[^，,。；;]{0,40}?(?:纳入|列入|编入)")
_DOING = re.compile(r"(?:组织|监督|检查|审核|审计|评审|验收|落实|统筹|协调|指导|受理|开展|制定|编制|建立|审批|发布|"
                    r"公布|公示|报送|上报|提交|办理|推进|(?<!预算)管理|委托|评估|出具|确保|下达|批复|整理|没收|处以|罚款|责令|处罚|归集|实施|明确约定)"
                    # (not inside a body's name 「区评审小组」「监督管理部门」)
                    r"(?!小组|组|委员会|中心|机构|办公室|部门|单位|专家|费|资金|经费)")
# a clause of the case or condition the money is paid on 「…通过区评审小组评审的项目」「项目建设完成并通过验收后」
# 「经核定总投资3000万元（含）以上」: no work of its own
_CONDITION = re.compile(r"(?:的(?:项目|单位|企业|对象|地块)?|后|时|前|以上|以下|之内|期间)$")
# a case passed 「通过…评审／验收」: the project's, no step of the clause's own
_PASSED = re.compile(r"通过[^，,。；;]{0,12}?(?:评审|验收|审核|认定)|(?:首款|资金|款项|计划)下达(?=后)")
# the means a sentence's body uses, its verb in the next clause 「A通过政府购买服务方式，」
_MEANS = re.compile(r"^[^，,。；;]{2,20}?通过[^，,。；;]{1,20}方式$")
# a body (a role too) placed before its step 「资金管理单位在…基础上提供…补贴」「A根据…」: a body acting
_BODY_ACTS = re.compile(r"^[^，,。；;]{0,12}?(?:单位|部门|机构|中心|政府|委员会|小组|局|委|办)"
                        r"(?:在|按|根据|依据|依照|对|向|将|为)")
# the money named with its description 「…开展的项目评审、…等相关费用」
_DESCRIBED = re.compile(rf"^[^，,。；;]*?的[^，,。；;]*?{_MONEY}")
# a body heading its own item of a duty list 「4.区财政局：支持将…」: the body's duties, not the fund's terms
_COLON_HEAD = re.compile(r"^[\u4e00-\u9fff（）()]{2,16}[：:]")
# an aside in brackets 「（含）」「（市级支持金额原则上最高600万元）」
_ASIDE = re.compile(r"[（(][^（()）]{0,40}[）)](?!\s*$)")
_DEFINES = re.compile(r"是指|系指|^指")
# a chapter heading the page ran in after the article 「第七章监督管理」
_CHAPTER = re.compile(r"^第[一二三四五六七八九十]{1,3}章")


# a modal (and the partner of 会同) whose only verb pays or moves money 「A应会同B及时拨付奖补资金」「…的，同级财政
# 部门应当给予补贴」「建设单位应当向…单位支付迁建费用」: the payer bound to pay, the scheme's terms all the same
# (Round 89: an article whose only acts move money names no task — Round 83's x311_01 第七条; Round 86's (b))
_BOUND_TO_PAY = re.compile(r"(?:应当|(?<![相对反供效适响])应)(?:会同[^，,。；;]{2,20}?)?(?:及时|按时|足额|依法|按规定)?"
                           r"(?:按照[^，,。；;]{2,30}?规定[，,]|根据[^，,。；;]{2,20}?情况[，,])?(?:向[^，,。；;]{2,30}?)?"
                           rf"(?=(?:拨付|支付|计付|给予|偿还)[^，,。；;]{{0,12}}?{_MONEY}(?:[，,。；;]|$)|"
                           # (… or budgeted for a use 「…应当根据本辖区实际情况，安排一定的资金用于农村公路养护」: a
                           # payer's budget, round 48's cost verb — Round 104 on x371_03 第二十一条)
                           rf"安排[^，,。；;]{{0,8}}?{_MONEY}用于[^，,。；;]{{2,20}}(?:[，,。；;]|$)|"
                           # (… paid in by a route 「…的，应当通过银行转账或现金的方式转入X基金账户」: a payer's payment
                           # into the fund's account, its money the case's — Round 89's x329_01, a payer's obligation)
                           r"通过[^，,。；;]{2,16}?方式(?:转入|划入|缴入|存入)[^，,。；;]{2,20}?(?:账户|专户)(?:[，,。；;]|$)|"
                           # (「…应当按照…规定，及时将财政补助拨到X基金账户」: the money moved into the fund's account)
                           rf"(?:及时|按时|足额)?将[^，,。；;]{{0,10}}?{_MONEY}(?:全额|足额)?(?:拨到|拨入|划入|转入)"
                           r"[^，,。；;]{2,20}?(?:账户|专户)(?:[，,。；;]|$))")


# the kinds of spending a sum covers, a clause after the money it describes 「用于…的各项日常业务支出，包括审核评估、
# 宣传培训、信用管理等」: the kinds of cost named, however their names read as work (the fund's uses are its terms,
# round 35) — a 包括…等 clause of nouns, no modal, no body
_KINDS_OF_SPENDING = re.compile(r"^(?:主要|具体)?(?:包括|含)[^，,。；;应须由]{2,80}?等(?:费用|支出|开支)?$")


# the fund's own ban on its misuse 「…专项用于…，不得挪作他用」: a term of the money, no body bound to work
# (… or on charging costs to it 「…费用支出纳入部门预算，不得在X基金中列支」: where the cost is not paid from, the same)
_FUND_BAN = re.compile(r"[，,]?(?:严禁|不得)(?:挪作他用|挪用|截留|挤占|滞留|"
                       r"(?:在|从)[^，,。；;应须由]{2,16}?中?(?:列支|开支|支出|列报))[^，,。；;]{0,10}$")


def money_only(text: str) -> bool:
    """``text`` (an article's or an item's, its heading left out) only speaks of money (see the module's text)."""
    sentences = split_at_stops(text)
    sentences = [re.sub(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])\s*", "", _ASIDE.sub("", s))
                 for s in sentences
                 if not _CHAPTER.match(s)]
    if sentences and _COLON_HEAD.match(sentences[0]):
        return False
    money = False
    for s in sentences:
        s = _FUND_BAN.sub("", _BOUND_TO_PAY.sub("", s))
        if _MODAL.search(s):
            return False
        if _DEFINES.search(s):
            return False            # (「…费用。指…」: the kinds of cost defined, the definitions' own reading)
        previous = ""
        clauses = [c.strip() for c in re.split(r"[，,：:]", s) if c.strip()]
        for at, clause in enumerate(clauses):
            before, previous = previous, clause
            topic = _TOPIC.match(clause) or at < len(clauses) - 1 and _SPENDING_TOPIC.match(clause)
            if _KINDS_OF_SPENDING.match(clause) and re.search(_MONEY + r"|支出|开支", before):
                continue            # (「…用于…日常业务支出，包括审核评估、宣传培训…等」: the kinds it pays for)
            # (the money named inside a case the clause picks 「对于…、经费来源稳定、…的项目」: a class, no topic)
            if _COST.search(clause) or topic and not re.match(r"对于?", clause):
                # (the work words of the money's own description 「委托专业机构开展的项目评审…等相关费用纳入…」 aside:
                # 「…进行审核后拨付资金」 reviews)
                if _MONEY_WORK.search(clause) or _DOING.search(_DESCRIBED.sub("", clause, count=1)):
                    return False
                money = True
            elif _OPTION.search(clause):
                continue            # (「A可委托专业机构开展…工作」: an option)
            elif _CONDITION.search(clause):
                # (the case the money is paid on 「通过区评审小组评审的项目」「…并通过验收后」 — not a body's own step
                # in it 「镇城乡建管中心整理…凭证等后」「…统筹组织实施的」)
                if _DOING.search(_PASSED.sub("", clause)):
                    return False
            elif _DOING.search(clause) or _BODY_ACTS.match(clause) \
                    or opening_subject(clause, set()) and not _MEANS.search(clause):
                # (「资金管理单位…提供…补贴」: a body acting; 「A通过政府购买服务方式，…费用纳入…」: its means)
                return False
    return money


# a lead-in over a body's duties 「…履行下列职责：」「…主要职责包括：」「…做好以下工作：」
_DUTY_LEAD = re.compile(r"(?:职责|职能|工作|任务)[^。\n]{0,8}[：:]")
# an article's bracketed heading run into its text 「（资金来源）区配套资金…」
_RUN_IN_HEAD = re.compile(r"^[（(【][^）)】\n]{1,20}[）)】][ \t\u3000]*")


def money_item(item: Item) -> bool:
    """An item of an article with nothing under it that only speaks of money 「（二）…按照配套部分的40%拨付首款，…拨付
    剩余款项。」 (``money_only``) — not an item of a body's duty list 「县政府履行下列职责：…（十）在政府预算中安排必要
    资金，保障…」: its duty."""
    parent = item.parent
    if item.children or parent is None or not (parent.article or parent.article_line):
        return False
    body = item.body.strip()
    lead = parent.body.split(body[:8], 1)[0] if body else parent.body
    return not _DUTY_LEAD.search(lead) and money_only(_RUN_IN_HEAD.sub("", body, count=1))
