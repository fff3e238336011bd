"""The rules that say a figure is not a target: who or what qualifies for a rule or a grant, a rule's bounds,
what exists already, what was done before the plan, a reporting duty's count."""

from __future__ import annotations

import re

from desktop.core.model import Target

from .dates import years_in
from .figures import CMP_BEFORE, NUMBER, VERB, _value
from .prefilter import led

# 「每宗扣除30万元」「扣除转移支付30万元」「罚款5000元」: a penalty's amount, not a figure to reach
PENALTY = re.compile(r"(?:扣除|扣减|扣罚|扣|罚款|罚没|处以)[\u4e00-\u9fff]{0,6}$")
# a score is an aim only after a word that names it (得分达到90分以上, 评价总分值在90分以上); a section's weight
# (（10分）), a scale's top (满分100分), a share of the marks (占5分) or a stray 分 (增设5分拣点) is no target
# (or the cap of a scheme's extra points, printed with its ceiling word 「本项加分累计不超过5分」: round 30's
# line, a ceiling joined to 不超过 is a target wherever it stands — Round 105 on x374_05 三; a bonus's own points
# 「加分5分」 stay marks)
SCORE_BEFORE = re.compile(r"(?:(?:得分|分值|评分|总分|分数|达到|信用评价|信用等级为|不足)"
                          r"[^，,；;。\d（(]{0,8}"
                          r"|加分[^，,；;。\d（(]{0,4}(?:不超过|不得超过|不高于|最高不超过))$")
SCORE_NOT = re.compile(r"(?:满分|占|[（(])\s*$")
# 「得分90分以上为优秀」「80分（含）以上的评为合格」「60分以下的为不合格」「60分以下的，确定为不合格等次」: a grading
# band names the grade a score earns, no score to reach (not 「总分值在90分以上」, which no grade follows)
# (any figure, after a comma too: 「保证率达到90%以上，为合格」 grades a result, round 34 — 「合格率达到90%以上」, no
# grade word after it, stays a standard)
GRADE_AFTER = re.compile(r"\s*(?:[（(]含(?:\d+分)?[)）])?\s*"
                         r"(?:及以上|以上|及以下|以下|以内|(?:至|[-—–~－])\s*\d+(?:\.\d+)?分)?"
                         r"\s*(?:[（(]含(?:\d+分)?[)）])?\s*[，,]?\s*(?:的[\u4e00-\u9fff]{0,6}?[，,]?)?"
                         r"(?:为|评为|定为|确定为|列为|视为|认定为|评定为)"
                         r"\s*[“\"「]?(?:优秀|良好|较好|合格|基本合格|不合格|一般|较差|差|达标|不达标|称职|基本称职|不称职"
                         r"|[一二三四五ABCDE甲乙丙丁][等级档类])")
# (for a figure other than a score, the grade word closes the clause: not 「…的其他建设工程为一般项目」, a class)
GRADE_BAND_AFTER = re.compile(GRADE_AFTER.pattern + r"(?![\u4e00-\u9fff])")
# 「一季度10%，二季度40%，11月底完成」: a share of the work due by a quarter or a month is a step of the schedule,
# not a target (round 34)
PERIOD_SHARE = re.compile(r"(?:第?[一二三四1-4]\s*季度(?:末|底)?|[上下]半年|(?<![\d年])\d{1,2}\s*月(?:份|底|末)?"
                          r"(?:之前|以前|前)?)\s*(?:[:：]\s*)?(?:累计)?(?:完成|达到|达)?(?:工程量|任务量|进度)?(?:的)?\s*$")
# 「150张以上床位的养老机构」「单户担保金额500万元及以下、平均担保费率不超过1%的担保业务」: who qualifies
QUALIFIER = re.compile(r"[\u4e00-\u9fff]{0,4}的")
# 「满意率达95%以上的办理工作目标」: the figure is the aim the clause names, not who qualifies
# (「建成区40%以上的面积达到海绵城市建设目标要求」: the share of the whole that is to reach the aim)
AIM_AFTER = re.compile(r"的[\u4e00-\u9fff]{0,8}(?:目标|要求)")
# (only a share of a whole, % or 成: 「从业人员300人以上的企业达到…标准化要求」 picks out which firms)
SHARE_AIM_AFTER = re.compile(r"的[\u4e00-\u9fff]{1,6}?达到[^，,。；;的]{0,16}?(?:目标|要求|标准)(?![^，,。；;]*的)")
VERB_JUST_BEFORE = re.compile(VERB.pattern + r"\s*$")
# 「将70%以上的实效比例分解到各街镇」: a share as the object the clause hands out, not who qualifies
DISPOSAL = re.compile(r"(?:^|[^\u4e00-\u9fff]|[并要须应])[将把]\s*$")
# 「能耗下降15%以上的改造任务」: a rate of change right before its figure is the aim, not who qualifies
GROWTH_JUST_BEFORE = re.compile(r"(?:增长|下降|提高|降低|减少|提升)\s*$")
PER_ENTITY = re.compile(r"(单户|单笔|单个|单项|每户|每家|每个|每笔)[\u4e00-\u9fff]{0,8}$")
QUALIFIER_LIST = re.compile(r"、[^，,。；;]{0,24}?的")   # …及以下、平均担保费率不超过1%的担保业务
# 「重点是3层及以上、人员密集、违规改扩建的经营性自建房」: the band opens a list of what the things covered are like
# (「对3层及以上、…的经营性自建房开展排查」「重点检查建筑面积500平方米以上、设有地下室的商场」: a few words between)
SCOPE_BEFORE = re.compile(r"(?:重点是|重点为|主要是|包括|范围是|范围为|对象是|对象为|重点对|重点整治|重点排查|重点检查"
                           r"|(?:^|[要须应并])\s*对)[\u4e00-\u9fff]{0,6}\s*$")
# 「主办任务10件以下的…达到100%，11—49件的达到75%以上」: a caseload band opening its clause (or right
# after the figure before it), then the rate set for it
BAND = re.compile(r"的\s*(?:[\u4e00-\u9fff]{0,8}?)(?:达到|达|不低于|不少于|为)\s*\d")
# 「办理时限压缩至3个工作日以内」: a shortened time limit is the work's aim; a limit of a procedure is a rule
SHORTEN = re.compile(r"(压缩|缩短|缩减|减少|降低|减至|降至|提速)[^，,；;。]{0,12}$"
                      # 「审批时间控制在60个工作日内」: a time held under a bar the plan sets
                      r"|(?:时间|时限|周期|用时|时长)\s*(?:平均)?\s*控制在\s*$")
ASIDE = re.compile(r"\s*[(（][^()（）]{1,12}[)）]")
OWN_COUNT = re.compile(r"(?:方面|领域)\s*[（(]?\s*共?\s*$|[（(]共\s*$")
FUNDS = re.compile(r"(经费|资金|投资|投入|预算|补助|奖补|拨付)")
ORDINAL_BEFORE = re.compile(r"(第|前|近)$")
CRITERION = re.compile(r"宜(?:为|在|控制在|不少于|不低于|不小于|不超过|不大于|不高于)?\s*$")
# a rule's bound: a modal before the comparator (不宜超过 / 不应大于 / 不得低于 / 应控制在), a short noun between
NORM = re.compile(r"(?:不宜|不应|宜)(?:超过|大于|高于|多于|低于|少于|小于|控制在)"
                   r"[^，,；;。\d]{0,12}?的?\s*$")
# what a rule lets one do, up to a ceiling (物业可转让不超过50%, 可上浮不超过10%): no figure to reach
ALLOWED_CAP = re.compile(r"(?:可|可以|允许|准予)(?:转让|出租|出售|分割|销售|使用|上浮|下浮|放宽|延长|提高|增加|调整)?"
                          r"\s*(?:最高|最多)?\s*(?:不超过|不得超过|不高于|不大于|不多于)\s*$")
# how long a lease, contract or appointment may run (一个租赁周期原则上不超过5年 / 合同期限最长不得超过3年 / 聘期):
# a rule's ceiling on a term; not how long work may take (建设周期不超过18个月 / 办结期限不超过6个月 / 试点街道整改时间
# 不超过3个月: targets)
TERM_CAP = re.compile(r"(?:(?:租赁|承包|合同|聘用?|经营|出租|流转)[\u4e00-\u9fff]{0,2}?(?:期限|周期|年限)"
                       r"|租期|聘期|有效期|试点(?:期限|周期|期|示范)|示范期|培育期|创建周期"
                       # how long a person may be lent or posted away (借用时间不得超过6个月 / 借调期限最长不超过1年)
                       r"|(?:借用|借调|抽调|挂职|跟班|派驻)[\u4e00-\u9fff]{0,4}?(?:时间|期限|期))[^，,。；;\d]{0,8}?(?:原则上|一般)?\s*(?:最长|最多)?\s*"
                       r"(?:不超过|不得超过|不长于|不得长于|不宜超过)\s*$")
# 「…认定文件…时效为18个月」「发布期限一般为2年」「有效期为3年」: how long a state lasts that a rule fixes, with no
# comparison word — a norm, no target (Round 81 rulings, x310_03 第十一条 decided)
LASTS_FOR = re.compile(r"(?:时效|有效期限?|有效时间|(?:发布|公布|公示|保存|保留|存续)期限?)\s*(?:一般|原则上)?\s*"
                       r"(?:为|是)\s*$")
# 「未完成开发投资总额25%的工业用地」: what is not yet done, then 的 and the noun it picks out — which ones, as a low
# figure picks them (round 58's class; no comparison word)
UNDONE_BEFORE = re.compile(r"(?:未|尚未|没有|未能)(?:完成|达到|实现)[^，,。；;\d]{0,12}$")
# a low figure with 的 and the noun it picks out (低于5万元/亩的工业项目用地, 不足30%的村): which ones are meant
BELOW_WHICH = re.compile(r"(?<!不)(?:低于|小于|少于|不足|不到)\s*$")
WHICH_AFTER = re.compile(r"(?:/[\u4e00-\u9fff]{1,2})?\s*(?:以下)?\s*的\s*[\u4e00-\u9fff]"
                          # 「持证数不足4人、操作员持证数不足2人的机构」: the first of two low figures before one 的
                          r"|[、和或及]\s*[^，,；;。、]{0,20}?(?<!不)(?:低于|小于|少于|不足|不到)\s*\d+(?:\.\d+)?\s*"
                          r"[^\d\s，,；;。的]{0,3}?\s*(?:以下)?\s*的\s*[\u4e00-\u9fff]")
# sizes that pick out which things a rule or a measure covers (单体建筑面积达到5000平方米的公共建筑,
# 年综合能耗2000吨标准煤以上用能企业, 1000亩以上开放休闲林地5个): a measure, not a count
MEASURE = frozenset({"平方米", "平米", "㎡", "平方公里", "公里", "千米", "千瓦时", "千瓦", "兆瓦", "瓦", "立方米",
                      "公斤", "千克", "吨", "亩", "公顷", "米", "延米", "km",
                      *(f"{p}W{s}" for p in "kKMG" for s in ("", "h", "p"))})
_SIZED_AFTER = led(re.compile(r"(?:标准煤|标煤)?(?:(?P<band>及以上|及以下|以上|以下)(?P<de>的)?|(?P<only>的))"
                          r"(?![^，,；;。]*?(?:目标|要求|任务))(?=[\u4e00-\u9fff])"))
# what the sized things must do (…的公共建筑按照三星级标准建设): a rule over them, not a figure to reach
_RULE_OVER = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:按照|执行|实行|须|必须|应当?)")


# 「投资总额在30万元以上—200万元以下的应当采取招标」「200万元以上项目应当面向社会公开招标」: a cost band
# that picks the projects a rule is for (the band's other edge may follow)
MONEY_BAND = re.compile(r"(?:\s*[—\-–~至到]\s*\d+(?:\.\d+)?\s*[万亿千]?元\s*(?:及以上|及以下|以上|以下))?"
                         r"(?:的?(?:建设|建筑|装修|装饰|修缮|维修)?(?:项目|工程|合同|采购)"
                         r"|的(?=应当?|须|必须|可|一律|实行|采取|由))")
# (a band written with its edge's bracket or as a span 「总投资5000万元(不含)以下的项目」「5000万元至1亿元(不含)以下的
# 项目」: the same band, its 以上／以下 after the bracket or the span's other edge)
MONEY_EDGE = re.compile(r"\s*(?:[—\-–~至到]\s*\d+(?:\.\d+)?\s*[万亿千]?元\s*)?[（(]\s*不?含\s*[)）]\s*"
                        r"(?=(?:及以上|及以下|以上|以下))(?:及以上|及以下|以上|以下)"
                        r"|\s*[—\-–~至到]\s*\d+(?:\.\d+)?\s*[万亿千]?元\s*(?:及以上|及以下|以上|以下)")
# (a project's total cost is a noun 「总投资5000万元以下的项目」, no verb of investing that sets the figure)
TOTAL_COST_BEFORE = re.compile(r"(?:总投资|投资总额|投资额|总造价|工程造价|合同金额|合同价)\s*(?:在|为|达)?\s*$")
# 「大型建设项目(单体3万平方米以上)」: a size band alone in brackets after the things it picks out
# — only when the bracket opens with a size word and holds no aim verb: 「企业（新增30家以上）」
# 「项目（投资1亿元以上）」「厂房（面积10万平方米以上）」 are the work's aims
_SIZE_BRACKET = re.compile(r"(?:项目|工程|建筑|场所|设施|企业|商场|厂房)[(（]"
                           r"(?:单体|单栋|建筑面积|占地面积|占地|用地面积|营业面积|经营面积|规模)"
                           r"(?:(?!新增|投资|完成|建成|达到|实现|新建)[\u4e00-\u9fff]){0,4}$")
_SIZE_BRACKET_END = re.compile(r"\s*[)）]")
# 「实行物业管理的居住区(物业费1元/平米以上)」: a price or measure per unit with its band, alone in brackets after the
# places it picks out — which ones, as a size bracket is (no aim verb in the bracket: 「企业（新增30家以上）」 stays)
_RATE_BRACKET = re.compile(r"(?:区|小区|场所|单位|企业|项目|工程|房屋|用户|住宅)[(（]"
                           r"(?:(?!新增|投资|完成|建成|达到|实现|新建|力争|确保|不少于|不低于)[\u4e00-\u9fff]){1,6}$")
_RATE_BRACKET_END = re.compile(r"\s*/\s*(?:平方米|平米|㎡|亩|吨|度|人|户|月|年)\s*(?:及以上|以上|及以下|以下)\s*[)）]")


def bracket_band(clause: str, start: int, end: int, suffix: str | None) -> bool:
    """The figure at start–end of ``clause`` is a band alone in brackets after the things it picks out
    (「建设项目(单体3万平方米以上)」「居住区(物业费1元/平米以上)」): which ones, no target (caller: not on the line)."""
    if suffix and _SIZE_BRACKET.search(clause, max(0, start - 10), start) and _SIZE_BRACKET_END.match(clause, end):
        return True
    return not suffix and _RATE_BRACKET.search(clause, max(0, start - 10), start) is not None \
        and _RATE_BRACKET_END.match(clause, end) is not None
# 「严格落实生熟隔离和48小时食品留样制度」「24小时值班制度」: a time in the name of a rule, no time to reach
# — the name follows the time directly: 「压缩至3个工作日并建立限时办结制度」 has a verb between, the time is an aim
RULE_NAME = re.compile(r"(?:(?!并|和|及|建立|健全|完善|落实|实行|推行|执行)[\u4e00-\u9fff]){1,10}?制度")
RULE_TIME_UNITS = ("小时", "分钟", "个工作日", "工作日", "年", "个月")


def _sized(clause: str, m: re.Match[str], suffix: str | None) -> bool:
    """A measure (not a count) followed by 以上/以下 or 的 and the noun it sizes: which things are meant
    (5万平方米以上商场, 达到5000平方米的公共建筑), unless the figure is what a verb right before sets
    (建设5万平方米以上绿地) and no count of the sized things follows (建成1000亩以上林地5个)."""
    unit = m.group(4)
    if _value("1", m.group(3), unit)[1] not in MEASURE:
        return False
    after = _SIZED_AFTER.match(clause, m.end(4))
    if after is None or after.group("only") and (suffix or not _RULE_OVER.match(clause, after.end())):
        return False
    if VERB_JUST_BEFORE.search(clause, 0, m.start()) or GROWTH_JUST_BEFORE.search(clause, 0, m.start()):
        rest = clause[after.end():]
        return any(n.group(4) not in MEASURE and _value("1", n.group(3), n.group(4))[1] not in MEASURE
                   for n in NUMBER.finditer(rest))
    return True


# 「在3个月内未拆除的」「超过10天仍未整改」: a time that sets off a measure when nothing was done in it
UNMET_AFTER = re.compile(r"\s*(?:以内|之内|内)?\s*(?:仍|均|还|尚|依然)?\s*(?:未|没有|无法|不能)")
# 「短历时降雨超过30分钟、雨量达到50毫米时启动预警」「等候时间超过20分钟时增开窗口」: a time passed that sets off a
# measure (…时), no aim
PASSED_BEFORE = re.compile(r"(?:超过|超出|大于|高于|达到|满|逾)\s*$")
WHEN_AFTER = re.compile(r"\s*(?:及以上|以上)?(?:[、和或及][^，,；;。]{0,24}?)?(?<!及)时(?![间限段期效代刻长])")
# 「获得市级奖励20万元及以上的，给予奖励」「年营业收入超过5000万元的，按…奖励」: the clause names who a grant or
# subsidy is for, the next clause gives it — a condition, no figure to reach
GRANT_CONDITION = re.compile(r"\s*(?:及以上|以上|及以下|以下|以内)?[^，,；;。\d]{0,12}的\s*$")
GRANT_NEXT = re.compile(r"\s*[，,]\s*(?:可|再|另)?(?:给予|予以|奖励|补贴|补助|资助|一次性|最高|按照?[^，,；;。]{0,20}"
                         r"(?:给予|奖励|补贴|补助|资助))")
# 「全年排放量大于250吨且小于等于2500吨」「总投资100万元以下且建筑面积300平方米以下的」: bounds joined by 且 that
# mark out a class of cases (or by 或: 「投资额100万以上或建筑面积300平方米以上的建设工程」, either one picks it out)
# (by 或 only with a band on both sides: 「下降5%或达到35微克」「培育1家或2家」「50亿元或年度计划的100%以上」 give
# two aims, either to be met)
JOINED_BOUND = re.compile(r"\s*(?:(?:及以上|以上|及以下|以下|以内)?\s*且\s*[\u4e00-\u9fff]{0,8}?"
                           r"(?:大于|小于|低于|高于|不超过|不低于|超过|\d)"
                           r"|(?:(?:及以上|以上|及以下|以下|以内)|(?<=以上|以下|以内))\s*或者?\s*[\u4e00-\u9fff]{0,8}?"
                           r"(?:大于|小于|低于|高于|不超过|不低于|超过|\d[^，,；;。或且]{0,12}?(?:以上|以下|以内)))")
BOUND_JOINED = re.compile(r"(?:(?:以上|以下|(?:大于|小于|超过|低于|不超过|不低于)[^，,；;。且]{0,12})\s*且\s*"
                           r"(?:小于|大于|低于|高于|不超过|"
                           r"不低于|超过)?(?:等于)?"
                           r"|(?:以上|以下|以内)\s*或者?\s*[\u4e00-\u9fff]{0,8}?)\s*$")
# the bounds mark out a class only where the clause goes on to the things they pick out (…以下的项目); 「分担率达到30%
# 以上且绿色出行比例达到70%以上」 sets two aims
CLASS_AFTER = re.compile(r"[^，,；;。]*?的")
# …or where both bounds hold one quantity (大于250吨且小于等于2500吨: 且 then the other comparator, no new subject)
BAND_FIRST = re.compile(r"\s*(?:及以上|以上|及以下|以下|以内)?\s*且\s*(?:大于|小于|低于|高于|不超过|不低于|超过)")
BAND_SECOND = re.compile(r"且\s*(?:大于|小于|低于|高于|不超过|不低于|超过)(?:等于)?\s*$")
# 「创建对象住户达到2000户以上」「申报对象年营业收入超过1亿元」: what an applicant for a pilot or a grant must meet —
# a measure of the applicant names it; 「创建对象达到8个」 counts the applicants, an aim
APPLICANT_BAR = re.compile(r"(?:创建|申报|申请|支持|扶持|奖励|补贴|试点|参评)对象[^，,；;。\d]{1,16}?"
                            r"(?:达到|超过|不低于|不少于|在|大于|高于)\s*$")
# 「建筑规模：建筑面积0.2万平方米以上」「申报条件：…3年以上」: a line of a grant's or a scheme's criteria, opened by
# its label — the size or time a thing must have to qualify (「建设规模：新建…」 names what is built: not here)
# (not 项目/装机/企业规模：…, which head goal lines as often, nor 补助/奖励标准：…的30%以下给予补助, a subsidy rate
# this project counts as a target)
CRITERIA_LABEL = re.compile(r"^\s*(?:建筑规模|(?:申报|申请|支持|"
                             r"准入|基本|适用|入选|认定|参评)(?:条件|标准|门槛|范围))\s*[：:]")
# 「装机规模：…达到20万千瓦以上」「…保持在300家以上」: a figure reached or held is an aim, under any label
AIM_BEFORE = re.compile(r"达到|保持|控制|提高|确保|力争|推动|不少于")
# 「能耗下降15%以上（含），且获得市级财政补贴的…既有公共建筑改造项目。」: a bound, then 且 and more of what
# qualifies, the sentence ending with the things meant — it names them, it sets no aim
# (not 「新增…10家以上，且培育一批…的中小企业」: a verb after 且 starts a second aim)
QUALIFIES_WITH = re.compile(r"\s*(?:及以上|以上|及以下|以下)?\s*(?:[(（][^()（）]{1,6}[)）])?\s*[，,]?\s*(?:并且|且)"
                             r"(?!\s*" + VERB.pattern + r")[^。；;]*?的[^，,。；;的]{2,16}?"
                             r"(?:项目|建筑|企业|单位|主体|对象|机构|用户)\s*[。；;]?\s*$")
# 「…有效发送能耗数据3个月以上，…在获得市级财政补贴后，按照1:1的比例予以区级配套补贴」: how long a thing has run,
# the sentence then granting money — what qualifies for the grant
# (the grant within the next two clauses: 「…3个月以上，经审核通过后，予以补贴」)
GRANTED_LATER = re.compile(r"(?:[^。；;，,]*[，,]){0,2}?[^。；;，,]*?(?:给予|予以)"
                            r"[^。；;，,]{0,20}?(?:补贴|奖励|补助|资助|奖补)")
# 「最高不得超过5年」: the longest a rule allows, no span to reach
RULE_CEILING = re.compile(r"^(?:最高|最长|最多)\s*不得(?:超过|长于|多于)\s*$")
# 「包含16个二级指标和6个加分指标组成」「由3名专家构成」: the parts a thing is made of, counted, no figure to reach
# (「组建由50名志愿者组成的服务队」: the team the work sets up, its size an aim)
# (「指挥部下设综合组、…等10个工作组」: the groups a body is set up with, its composition — Round 77 on x303_03 三)
MADE_OF_BEFORE = re.compile(r"(?:由|包含|包括|含有|含)[^，,；;。]{0,24}$|下设[^，,；;。]{0,80}$")
MADE_OF_AFTER = re.compile(r"[^，,；;。]{0,24}?(?:组成|构成)|(?:个)?(?:工作)?(?:小组|组|专班)(?=[，,；;。]|$)")
# (the count is an aim wherever the work makes the thing: any verb before it, 形成由1000个网格组成… / 构建由30个部门
# 组成… / 招募由500名志愿者组成… / 由各街镇推荐20名…组成; the rule reads only a subject made of parts:
# 评价体系包含… / 专家组由5名专家构成)
SET_UP = re.compile(VERB.pattern + r"|组建|成立|组织|选派|抽调|形成|构建|完善|健全|招募|招聘|布设|布局|设立|"
                     r"推荐|遴选|选聘|选拔|安排|发展|壮大|推动")
# 「以1：5万比例尺为主」「按1:1配套」: the second term of a ratio (the clause split at its colon), never a count
# (not a label's number: 目标1：100个 / 任务2：…)
RATIO_FIRST = re.compile(r"(?<![\d.])(?<!目标)(?<!指标)(?<!任务)(?<!措施)(?<!步骤)(?<!阶段)(?<!第)"
                          r"\d+(?:\.\d+)?\s*[:：]\s*$")
# (a ratio's second term has no measure word, or a ratio's word follows it: 1:1比例配套 / 1:2000比例尺)
RATIO_WORD = re.compile(r"[^，,；;。\d]{0,6}?(?:比例|配套|配比)")
SPANS = frozenset({"个月", "小时", "分钟", "年", "个工作日", "工作日"})
MEASURE_MONEY_SHARE = MEASURE | {"元", "%", "‰"}
# 「对223个园区中第三、四类园区」「在全市16个区中选择3个」: the whole the work picks from, not a count to reach
FIELD_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:之中|当中|中)(?=第|的|[，,、]|选|挑|抽|择|确定|遴选|有)")
# 「在120个行政村里选择10个」「对全区46所学校进行抽查，抽取10所」: a whole (在/从/对/全… before it) with a picking
# verb and a count after it in the sentence — the field, the count picked is the aim
PICKED_FROM = re.compile(r"[^。；;]{0,14}?(?:选择|抽取|遴选|选取|挑选|选定|抽选)\s*(?:其中)?\s*"
                          r"(?:\d|[一二两三四五六七八九十])")
WHOLE_BEFORE = re.compile(r"(?:[在从对]|全[\u4e00-\u9fff]|共有|现有)[\u4e00-\u9fff]{0,6}$")

# 「在3个市级核心区域、8个市级重点区域、13条市级重点道路…中加大白玉兰应用」: counted places listed after 在 and closed
# by 中, then the work done in them — where the work goes, no count to reach (「在新建的10个公园中」: a verb makes them;
# 「在10个以上街道中开展」: a bar; 「在3个月内」: a span — none of them here)
# (a 中 inside the list stays in it: 「在全区200所中小学中」「在3个集中区中」; 高中 / 初中 close no list:
# 「在20所高中开展」 counts schools; the work may make things there: 「在5个街道中建成10个示范点」, 10 counted)
PLACES_IN = re.compile(r"在(?P<list>[^，,；;。在]{2,80}?)(?<![高初])(?:之中|当中|中)\s*(?:加大|推广|开展|实施|推进|"
                       r"加强|扩大|做好|落实|突出|注重|强化|融入|应用|种植|栽植|布局|探索|全面|大力|积极|重点|建成|"
                       r"建设|打造|创建|培育)")
# a verb inside that list makes the places (「在新建的10个公园中」), not one after 已 (「在已完成改造的15个小区中」:
# ones there are)
_DONE_BEFORE = re.compile(r"(?:已经?|业已)(?:(?!的)[\u4e00-\u9fff]){0,3}$")


def made_in_list(clause: str, start: int, end: int) -> bool:
    """A verb between start and end that makes the places listed (新建的…), not one done already (已完成改造的…)."""
    return any(not _DONE_BEFORE.search(clause, max(start, v.start() - 6), v.start())
               for v in VERB.finditer(clause, start, end))
# 「原则上项目面积应不小于5亩」「单体建筑面积不低于…」: the size each chosen thing must have, a criterion (a per-item
# word or a modal before the comparison: 「园区规模达到1000亩」 is a target)
ITEM_SIZE = re.compile(r"(?:(?:单体|单个|单宗|每宗|每个|每处|每块)(?:项目|地块|场地|厂房|园区)?"
                        r"(?:用地|占地|建筑|土地)?(?:面积|规模|体量)\s*(?:原则上)?\s*(?:应当?|须|需|必须)?"
                        r"|(?:项目|地块|场地|厂房|园区)(?:用地|占地|建筑|土地)?(?:面积|规模|体量)\s*"
                        r"(?:原则上\s*(?:应当?|须|需|必须)?|应当?|须|需|必须))"
                        r"\s*(?:不小于|不低于|不少于|大于)\s*$")
CAPACITY_UNITS = r"吨|千瓦|兆瓦|千瓦时|立方米|标准箱|[kKMG]W[hp]?"
CAPACITY_NAME = re.compile(r"级?(?:(?!的)[\u4e00-\u9fff]){2,8}?(?:项目|工程|装置|生产线)")
# 「助推年产120亿只手套等项目开工」「日处理300吨垃圾焚烧厂」: a plant named by what it turns out a year / day —
# not 「形成年产10万吨的能力」「新增年产…」「年产量达到…」 (a capacity to reach)
OUTPUT_BEFORE = led(re.compile(r"(?<!形成)(?<!新增)(?<!达到)(?<!实现)(?<!具备)(?<!提升)(?<!提高)(?<!增加)"
                            r"(?:年|日)(?:产|加工|处理|吞吐|屠宰|出栏)\s*$"))
PRODUCT_AFTER = re.compile(r"(?!以上|以下|左右|能力|规模|的)[\u4e00-\u9fff]")
# 「在现有510个…居住区」「巩固提升已建成的52个小区」「已正式立项的包括10个…项目」「全区共有…」「聚焦已划定的80万亩
# 粮食生产功能区」: what exists already
EXISTING_BEFORE = re.compile(r"(?:现有|原有|已有|共有|尚有|目前有|[已现](?:正式)?"
                              r"(?:建成|建|投用|投运|完成|立项|批准|备案|认定|开通|运行|创建|划定|划入|划设|确定|公布|命名)"
                              r"{1,2}(?:的)?"
                              r"(?:包括|共计|共|有)?"
                              # 「目前实有特种消防车辆共43辆」「编制核定额度为63辆」: the stock held now, the quota
                              r"|(?:实有|现有|已有)(?:(?!改造|建设|新建|新增|完成|提升|整治|更新|实施)[\u4e00-\u9fff]){1,10}"
                              r"共计?|核定(?:额度|编制|数量?)?为)\s*(?:约|近|超过)?\s*$")
# 「载重量1吨的汽油车」「功率5千瓦的水泵」: a property of the things meant, followed by 的 and them
PROPERTY_BEFORE = re.compile(r"(?:载重量?|载质量|排量|功率|容量|容积|口径|直径|管径|高度|宽度|长度|厚度|吨位"
                              r"|额定[\u4e00-\u9fff]{0,4})\s*(?:为|在|达)?\s*$")
# 「环保信息公开编号为24位」「型式核准号为16位」: the length of a code, how it is read — no count to reach
CODE_LENGTH_BEFORE = re.compile(r"(?:编号|编码|号码|代码|代号|核准号|入库号|序号|[码号])\s*(?:均|统一)?"
                                r"(?:为|是|共)\s*$")
# 「配置3吨或5吨自卸式清运车辆不少于5辆」「5吨级垃圾车」: a size naming the kind of vehicle (the count after it is
# the aim), not 「清运垃圾3吨」「每车装载不超过3吨」
VEHICLE_SIZE_AFTER = re.compile(r"\s*(?:(?:或|、|/|和|及)\s*\d+(?:\.\d+)?\s*吨)?\s*(?:级|位)?"
                                r"(?:(?![的是为])[\u4e00-\u9fff]){0,10}?(?:车辆|车(?!次)|船(?!次))"
                                # (not 「50吨汽车零部件」: what is made for vehicles)
                                r"(?!零部件|配件|部件|材料|电池|用)")
# 「仅设置1个安全出口的小型餐饮场所」「只有1部楼梯的老旧住宅」: a count in the clause that picks which places the item
# is about, no figure to reach (「每村仅设置1个收集点」 stays one)
ONLY_HAVING_BEFORE = re.compile(r"(?:仅|只)(?:能|可)?(?:设置|设有|设|有|配备|配置|具备)\s*$")
ONLY_HAVING_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}?的[\u4e00-\u9fff]")
# 「取得80%以上公房承租人…同意」「经三分之二以上业主同意」: the consent a step needs before it may go on
CONSENT_BEFORE = re.compile(r"(?:取得|获得|征得|经|须有|需有)[^，,。；;]{0,12}$")
CONSENT_AFTER = re.compile(r"\s*(?:及以上|以上)?[^，,。；;]{0,40}?(?:同意|赞成|签约|通过)")
# 「最低资本金比例不低于20%」「最高补贴不超过50万元」: the floor or ceiling a rule sets, no figure to reach
FLOOR_NORM = re.compile(r"(?:最低|最高|最少|最多)[\u4e00-\u9fff]{1,10}"
                         r"(?:不低于|不少于|不小于|不超过|不高于|不大于)\s*$")
# 「24小时开放公园」「24小时营业的药店」: places named by their hours
ROUND_CLOCK = re.compile(r"\s*(?:有人)?(?:开放|营业|运营|值守|值班|服务|自助)(?:的)?[\u4e00-\u9fff]{0,6}?"
                          r"(?:公园|场所|场馆|店|窗口|网点|室|馆|站|中心|设施)")
# 「落实24小时应急维修服务」「72小时预警风险」「24小时在线受理」: hours that say how long a service runs or how soon
# a step comes, a verb or a service's name right after them (「培训40小时以上」「48小时内办结」 stay figures)
# (「保障24小时对外开放」: open to the public round the clock)
# (「确保救援电话24小时保持有效应答」: a line kept answered round the clock, Round 87's x324_08 — p67c)
_HOURS_OF_WORK = re.compile(r"(?:全天候|不间断|全时段)?(?:对外|对公众|向社会)?(?:保持(?:有效)?)?"
                            r"(?:应急|在线|无休|轮流|值守|值班|服务|响应|应答|畅通|预警|监测|受理|"
                            r"研判|处置|到场|到达|回应|反馈|答复|运行|运转|巡查|巡逻|监控|开放|营业|"
                            # (「手机必须24小时开机」「24小时待命」: a round-the-clock reach, the duty rota's norm)
                            r"开机|待命|在岗)")
# 「编排24小时值班表」「安排24小时值守」 (or cut after the figure 「防汛办会同党政办编排24小时」): a round-the-clock
# roster's kind, after the verb that draws it up — no count to reach (x295_04)
_ROSTERED = re.compile(r"(?:编排|排定|排出|安排)[^，,。；;\d]{0,2}$")


def hours_of_work(clause: str, ms: int, me: int) -> bool:
    """The hours after a figure say how long a service runs or how soon a step comes (``_HOURS_OF_WORK``), or a
    24-hour roster is drawn up (``_ROSTERED``)."""
    return _HOURS_OF_WORK.match(clause, me) is not None or clause[ms:me].startswith("24") \
        and _ROSTERED.search(clause, 0, ms) is not None


# 「坚持24小时巡回检查」「24小时巡防」: a watch kept round the clock (24/48/72 hours, or at most 24 kept up by
# 坚持/实行/实施); 「全年完成1200小时巡护」「累计300小时巡检飞行」 are yearly totals to reach
WATCH = re.compile(r"(?:巡回|巡防|巡护|巡检|值勤|看护|看守|盯守)")
WATCH_KEPT = re.compile(r"(?:坚持|实行|实施)[^，,。；;\d]{0,6}$")
HOURS_TOTAL = re.compile(r"(?:全年|累计|完成|共计|总计|合计|年均|每年|总时长)[^，,。；;]{0,8}$")
# 「充实服务支队和10支街镇服务大队力量」: the teams there are, whose strength the plan adds to
TEAMS_STRENGTHENED = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:队|组|站)(?:的)?(?:力量|队伍)")
STRENGTHEN = re.compile(r"(?:充实|壮大|加强|增强|夯实|整合)[^，,。；;]{0,20}$")
# 「日分拣处置能力300吨/日」: a capacity stated as it stands (no verb or bar sets it)
CAPACITY_BARE = re.compile(r"(?:能力|产能)\s*(?:为|是)?\s*$")
RAISED = re.compile(r"(?:提升|提高|增加|扩大|达到|形成)")
# 「原则上按500户配1名」「每千人配置2名」: the basis of a staffing or provision norm, not a figure to reach
# (… or the other basis it may be read by, joined by 或者 「按…1000人左右或者…2000平方米左右设置一座」: both bases)
RATIO_NEXT = re.compile(r"\s*(?:左右)?\s*(?:(?:或者|或)[^，,。；;\d]{1,20}?\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{1,3}?"
                        r"\s*左右)?"
                        r"\s*(?:配备|配置|配|设置|设立|设|安排)\s*(?:\d|[一二两三四五六七八九十])")
# 「指导人员按照教练车总数的20%进行配备」「按辖区人口的1%配置」: a staffing share of a base — a norm written with no
# comparison word (CONVENTIONS.md Thresholds: 「原则上按500户配1名」), not a target
# (not a sampling rate 「按10%抽查」「按照总数的5%进行抽检」: the share a body checks is its own number of work,
# Round 58 rulings turning round 36's norm on x124_01; nor the policy's rate of a payment 「按入市收入的15%缴纳」)
STAFF_SHARE_BEFORE = re.compile(r"按(?:照)?(?:[^，,；;。]{1,30}?的)?\s*$")
# 「按照每名执法人员1台配置」「按每个执法组1台配备」: so many per head or per team, then the verb of provision — a
# norm with no comparison word, as 「原则上按500户配1名」 (CONVENTIONS.md Thresholds)
PER_HEAD_BEFORE = re.compile(r"按(?:照)?\s*每(?:个|一个|名|位)?[\u4e00-\u9fff]{1,8}?\s*$")
# (not a share of money 「按照市级支持资金的50%的比例安排配套资金」: a fund's matching rate, the scheme's — x291_01)
# (「按职工总人数的百分之七十组建义务消防队」: the share of the staff a team is formed of, a staffing norm too)
STAFF_SHARE_AFTER = re.compile(r"\s*(?:的比例)?\s*(?:进行|予以)?\s*(?:随机)?\s*(?:配备|配置|配齐|配|核定|安排|设置"
                               r"|组建|组成|抽调)"
                               r"(?!套?(?:配套)?(?:资金|经费|补贴|补助|奖励))")


# 「2023年已完成投资12亿元」「2023年全区共清理卫生死角2300处，2024年力争清理3000处」: a clause opening with a year
# that tells what was done then — before the plan's year with a word of the past (已 / 累计 / 共), or before a later
# year the same sentence goes on to — is a figure of the past; not a base (较2023年增长5% / 在2023年基础上 / 以2023年
# 为基数), a start (自2023年起 / 2023年以来), nor a year with its months (2023年12月底前: the deadline reader's)
_PAST_OPENING = re.compile(r"^(?:其中|据统计)?\s*((?:19|20)\d{2})\s*年(?:度|全年)?"
                           r"(?![\d一二三四五六七八九十]|\s*\d|底|末|前|内|以来|起|上半年|下半年|第)")
_AIM_WORD = re.compile(r"力争|确保|争取|计划|目标")
_PAST_NOT = re.compile(r"比|较|同比|基础|基数|基准|水平|起|以来|到|至|预计|" + _AIM_WORD.pattern)
# (共建设 / 共建成: in all; 共建: together; 公共: public)
_PAST_DONE = re.compile(r"已|累计|(?<!公)共(?!同|享|建(?!设|成)|治|商)|实际")


# 「2024年全区卫生厕所普及率为91.2%」: a figure a year before the plan's stood at (为/是 states it, no verb aims at it)
_STATED = re.compile(r"(?:为|是)\s*(?:\d|[一二两三四五六七八九十百]+[个名家户所座处项条%])")
# 「…，同比增长1.2%」「…，较2023年下降25%」: the change of a figure just stated, compared with the year before
_COMPARED = re.compile(r"\s*(?:同比|较上年|比上年|较去年|比去年|(?:较|比)\s*(?:19|20)\d{2}\s*年(?!底|末|\d))")


_REPORT_NOT = re.compile(r"比|较|基础|基数|基准|到|至|预计|" + _AIM_WORD.pattern)


def _past_report(clause: str, default_year: int | None) -> bool:
    """A clause that opens with a year before the plan's and aims at nothing: what stood or was done then."""
    m = _PAST_OPENING.match(clause.strip())
    return (m is not None and default_year is not None and int(m.group(1)) < default_year
            and not _REPORT_NOT.search(clause))


def past_clause(clause: str, sentence: str, default_year: int | None) -> bool:
    at = sentence.find(clause)
    if at >= 0 and default_year is not None and (
            _COMPARED.match(clause) and _past_report(re.split(r"[，,]", sentence[:at].rstrip("，, "))[-1], default_year)
            or _past_report(clause, default_year) and _COMPARED.match(sentence, at + len(clause) + 1)):
        return True                  # 2024年全市粮食产量4.96亿斤，同比增长1.2%: last year's figure and its change
    m = _PAST_OPENING.match(clause.strip())
    if m is None or _PAST_NOT.search(clause):
        return False
    year = int(m.group(1))
    if default_year is not None and year < default_year and _STATED.search(clause) and not _PAST_DONE.search(clause):
        return True
    if default_year is not None:
        # in or after the plan's year: the plan's own steps (2024年完成改造30个，2025年力争完成改造40个)
        if year >= default_year or _PAST_DONE.search(clause):
            return year < default_year
        # before it, with no word of the past: only a clause going straight on to the plan's year (2023年新增就业1.1万
        # 人，2024年…), none of the steps of a plan of several years (（2024—2026年）, read as 2026: 2024年改造80个，
        # 2025年改造100个，2026年改造120个 — a step of its own before it)
        if at < 0:
            return False
        steps = [c for c in re.split(r"[，,；;]", sentence[:at])
                 if _PAST_OPENING.match(c.strip()) and not _PAST_DONE.search(c)]
        return not steps and set(years_in(sentence[at + len(clause):])) == {default_year}
    # a plan of no known year: 2023年…，2024年力争…: the first is the past
    later = sentence[at + len(clause):] if at >= 0 else ""
    followed = any(y > year for y in years_in(later))
    return followed and (_AIM_WORD.search(later) is not None or _PAST_DONE.search(clause) is not None)

# 「截至2020年底，全区道路总里程427公里」: what stands at a date before the plan, an inventory
_STOCK_AT = re.compile(r"(?:截至|截止到|截止)\s*((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月)?\s*(?:底|末)?\s*[，,]")
_STOCK_WORDS = re.compile(r"(现有|已有|已建|已经|共有|总里程|总面积|总量|总数|累计已)")


def stock_taken(sentence: str, default_year: int | None) -> bool:
    """A sentence that says how things stood at a date before the plan's year: its figures are an
    inventory, not targets (a later year, 截至2025年底建成50个, is a goal)."""
    m = _STOCK_AT.search(sentence)
    if not m:
        return False
    year = int(m.group(1))
    if default_year is not None:
        return year < default_year
    return _STOCK_WORDS.search(sentence, m.end()) is not None


# 「去年全县完成引进项目18个，到位资金43.2亿元」: a sentence that opens with the year before (去年 / 上年度 / 前年)
# tells what was done then, up to the first clause that aims (…，今年力争完成20个); not one comparing with it
# (去年同期 / 上年基础上). (Not 「2022年，全市新建5G基站2600个」: in a plan of several years whose first year is not
# known here, a year written with a comma may be the plan's own first step.)
_PAST_SENTENCE = re.compile(r"^(?:其中|据统计|经统计)?[，,]?\s*(?:去年|上年度?|上一年度?|前年|过去一年)"
                            r"(?!同期|基础|水平|基数)")
# (a year after 较/比 is the one compared with; 在此基础上 / 新引进 / 年均 / 再 open the plan's own aim)
_AIM_CLAUSE = re.compile(_AIM_WORD.pattern + r"|今年|本年|年内|全年|明年|(?<![较比与])(?:19|20)\d{2}\s*年")
_AIM_OPEN = re.compile(r"在此基础上|在这个基础上|^\s*(?:新(?:增|建|签约|引进|招引|培育|认定|创建|打造|开工)|年均|"
                       r"再(?:新|增|建|引|培)|进一步)")     # (a later clause's opening only)
# (争取 in the clause that opens with the year before: money or projects got then, 「去年争取专项债券12亿元」)
_GOT_THEN = re.compile(r"争取")


# 「目前，共保体经招投标确定5家…机构作为…供应商」: a sentence that opens with now and a comma tells how things stand
# (round 33: present figures are no targets), up to the first clause that aims or says what is to be done
_NOW_SENTENCE = re.compile(r"^(?:截至|截止)?(?:目前|当前|现阶段)\s*[，,]")
_NOW_AIM = re.compile(_AIM_WORD.pattern + r"|将|要|拟|须|需|应当|应该|(?<![供响适对相反效呼])应(?=[\u4e00-\u9fff])"
                      r"|下一?步|今年|年内|明年|到\s*(?:19|20)\d{2}|(?:19|20)\d{2}\s*年(?:底|末|前|内)")


def past_until(sentence: str) -> int:
    """Where the figures of a sentence telling what was done the year before (or how things stand now) end: the
    start of its first clause that aims at something (the whole sentence where none does); 0 for any other
    sentence."""
    m = _PAST_SENTENCE.match(sentence)
    aims = _AIM_CLAUSE
    if m is None:
        m, aims = _NOW_SENTENCE.match(sentence), _NOW_AIM
    if m is None:
        return 0
    at = 0
    for n, clause in enumerate(re.split(r"(?<=[，,；;])", sentence)):
        aim = aims.search(clause[m.end():] if n == 0 else clause)
        if (aim and not (n == 0 and _GOT_THEN.fullmatch(aim.group()))) or (n > 0 and _AIM_OPEN.search(clause)):
            return at
        at += len(clause)
    return at


# 「延长公共交通运营时间至23点」「开放至晚上9点」: an hour of the clock a time is moved to, no count of 点
_CLOCK = re.compile(r"(?:至|到|延至|截至|截止)\s*(?:次日|第二天)?"
                    r"\s*(?:晚上?|晚间|傍晚|夜间|夜里|凌晨|早上?|早晨|上午|下午|中午)?"
                    r"\s*\d{1,2}\s*[点时](?:整|半|\d{1,2}\s*分)?(?:以后|之后|以前|之前|前|后)?$")


def clock_time(target: Target, sentence: str = "") -> bool:
    """Whether ``target`` is an hour of the clock (…至23点), not a figure to reach — or a temperature the sentence does
    not set to reach or keep (室外温度在35℃以下时 / 温度约为28℃ / 比室外低8℃: a case, a standard with no comparison
    word; 供热温度由18℃提升至20℃ / 室温不低于18℃ is one)."""
    if target.unit == "℃":
        return target.value not in {float(v) for v in _TEMPERATURE_SET.findall(sentence)
                                    + _TEMPERATURE_TRIGGER.findall(sentence)}
    return target.unit in ("点", "时") and target.value <= 24 and _CLOCK.search(target.text) is not None


# 「管理好本村的20人应急队伍」: the persons a team is made of, written inside the noun that names the team — its size,
# a kind (Round 58 rulings: a figure inside a noun naming a kind; x260_08 三/(一)); not a team the item builds or
# fields 「组建20人应急队伍」「组织50人的巡查队伍」 (its own number of work, round 37), nor a bar 「不少于20人」
_TEAM_SIZED = re.compile(r"(?:的|本村|本单位|现有)\s*$")
_TEAM_NOUN = re.compile(r"\s*的?(?:应急|救援|扑火|巡查|巡护|志愿|服务|专业|半专业)?(?:队伍|分队|小分队|突击队|服务队)")


def team_size(target: Target, sentence: str) -> bool:
    """Whether ``target`` (persons) only sizes the team the noun after it names (see ``_TEAM_SIZED``)."""
    if target.unit not in ("人", "名") or target.comparator is not None:
        return False
    at = sentence.find(target.text)
    if at < 0:
        return False
    m = re.search(r"(\d+)\s*[人名]", sentence[at:])
    if m is None:
        return False
    start, end = at + m.start(), at + m.end()
    return _TEAM_SIZED.search(sentence, max(0, start - 4), start) is not None \
        and _TEAM_NOUN.match(sentence, end) is not None


# 「在气温低于4℃情况下，停止清洗作业」「气温高于35℃时，…」: a comparison word before the figure in a condition that
# closes before the step it sets off — a target of the item (Round 74 rulings, x293_01 3.2.1 （1）: round 30's line,
# a quantity joined to a comparison word in a condition that triggers a step); not 「在35℃以下时」 (the band after the
# figure, a standard's case) nor a figure inside a noun 「低于4℃的天数」
# — punctuated or not: 「气温高于35℃时停止…」「当气温低于4℃的情况下停止…」 trigger alike (rv58-8; not 时段／时间)
_TEMPERATURE_TRIGGER = re.compile(r"(?:低于|高于|超过|小于|大于)\s*(\d+(?:\.\d+)?)\s*℃"
                                  r"\s*(?:的?情况下|时(?![段间期刻效]))")
_TEMPERATURE_SET = re.compile(r"(?:提升|提高|升高|降低|达到|不低于|不高于|不超过|不得低于|不得高于|保持|控制|稳定)"
                              r"(?:到|至|在)?\s*(\d+(?:\.\d+)?)\s*℃")


# (not a false or missed report counted as a fault: 「虚报次数超过3次的」「漏报、瞒报」)
# (nor a meeting where a talk is given 「举办一次国防报告会」: events held, no report sent — x366_07 七是)
_DUTY_SUBJECT = re.compile(r"(报送|上报|呈报|报告(?![会团厅])|提交|反馈|(?<![虚瞒谎漏迟错简画])报(?![道刊纸社告]))"
                           r"(\S{0,6})?(信息|简报|材料|总结|小结|进展|情况|稿件)?")
_DUTY_UNITS = frozenset({"篇", "份", "期", "条", "次"})


# 「每月底报送典型案例1—2个」: the cases a unit sends in with its reports, counted
_DUTY_CASES = re.compile(r"(?:报送|上报|呈报|提交)[^，,；;。\d]{0,8}(?:案例|经验做法|信息|简报)\s*\d")


# (a word of the line before the figure that sets a floor; not a range 「1—2个」, nor 「每月报送信息1篇以上」, the
# schedule test's duty)
_FLOOR_WORD = re.compile(r"不少于|不低于|至少|最少")


def is_reporting_duty(target: Target) -> bool:
    """``每月报送信息1篇`` is a unit's reporting duty (find_duties reads it), not an indicator
    of the plan's work: it must not show on the dashboard as a target nobody fills in. A count joined to a
    comparison word 「每月报送不少于2篇的宣传报道」「至少上报1篇征文」 is the item's floor on what it must make and
    hand in, a target (CONVENTIONS Targets, round 30's line; Round 48 rulings on x218_04's 「至少1000份」;
    Round 59 rulings, x261_01)."""
    if target.unit in _DUTY_UNITS and _FLOOR_WORD.search(target.text):
        return False
    return target.unit in _DUTY_UNITS and bool(_DUTY_SUBJECT.search(target.subject or target.text)) or (
        target.unit in ("个", "例", "件") and bool(_DUTY_CASES.search(target.text)))


# CONVENTIONS.md Thresholds (round 30): a figure joined to a comparison word of the line is a target of its item
# wherever it stands — a ceiling of a standard, or a threshold that picks the objects of the work or sets off a step.
# The word right before the figure (最高补贴金额不超过50万元 / 变化率超5%); a band after it is the figure's suffix
# (200万元及以上的) or follows the product named after the unit (50吨标准煤以上的)
LINE_BAR_BEFORE = re.compile(r"(?:不得超过|不超过|超过|(?<![不赶])超|不低于|不少于|不高于|不大于|不小于"
                             r"|(?<!不)低于|(?<!不)高于|至少|达到)\s*$")
LINE_BANDS = frozenset({"以上", "及以上", "及其以上", "以下", "及以下", "及其以下"})
# 「且实施后年节能量50吨标准煤以上的，」「获得市级奖励20万元及以上的，」: the band closes a 「…的」 condition of the
# sentence — the case a step is for, a target by the line
CONDITION_END = re.compile(r"\s*(?:标准煤|标煤)?\s*(?:[（(]\s*含\s*[)）])?\s*"
                           r"(?P<band>及其以上|及以上|以上|及其以下|及以下|以下)?\s*的\s*$")
# 「补贴资金200万元及以上的补贴项目」「常住人口1000人以上的行政村」: a figure with its band and 的 right after it picks
# the projects or places the work covers — a threshold, a target by the line (「150张以上床位的养老机构」, a noun
# between the band and 的, stays a qualifier: QUALIFIER)
BAND_WHICH = re.compile(r"\s*(?:[（(]\s*含\s*[)）])?\s*的\s*[\u4e00-\u9fff]")
# a length held under a ceiling (村主路路面宽度原则上不超过8米 / 不得超过6米), a standard's ceiling: a target by the
# line; 「软管长度超过2米、」 (a hazard listed) and 「在6米以内」 stay sizes
METRE_CEILING = re.compile(r"(?:原则上)?\s*(?:不得超过|不超过)\s*$")
# 「宽度超过8米的村庄道路」: a length past which the things meant are picked (a length before 的 is read only so)
METRE_OVER_WHICH = re.compile(r"超过\s*$")
# 「最高补贴金额不超过50万元」「最高奖励不超过20万元」: a grant's ceiling is a target (plans-dev 01 二/（三））; not
# 「最低资本金比例不低于20%」, a condition on who may act
GRANT_CEILING = re.compile(r"最高[^，,；;。\d]{0,8}?(?:补贴|补助|奖励|资助|奖补|扶持|支持)[^，,；;。\d]{0,6}?"
                           r"(?:不超过|不得超过|不高于)\s*$")

# 「以“5个100工程”、“3155工程”为平台」: a count inside the quoted name of a programme, no figure to reach
# (a slogan with its aim, 力争“3分钟到场”, names no programme: not here)
QUOTED_NAME_BEFORE = re.compile(r"[“\"][^“”\"，,；;。]{0,10}$")
QUOTED_NAME_AFTER = re.compile(r"[^“”\"，,；;。]{0,12}?"
                               r"(?:工程|行动|计划|战略|项目|模式|体系|机制|活动|品牌|专项|攻坚战?)[”\"]")
# 「本方案的实施范围为某镇行政辖区（…7个村委会），总面积为104平方公里。」: a sentence stating where the plan applies —
# the facts of the area, no figure to reach (a verb or a bar in the clause sets one: 实施范围为…，新建…)
SCOPE_STATED = re.compile(r"^\s*(?:本(?:方案|计划|办法|意见|细则|规划)的?)?(?:实施|适用|工作|创建|试点)?范围(?:为|是)")


# a weight a formula gives a factor, printed right before its share 「…因素（权重60%）」 (not a list of awards' shares
# 「分配权重为第一名24%、第二名22%」, the plan's own figures); a part's share of a score in a bracket after its name
# 「居民满意度测评（占比20%）」 alike (Round 89's x329_02: a weight is no target) — not a share to reach 「占比达到20%」
_WEIGHT_BEFORE = re.compile(r"权重\s*$|[（(]\s*占比\s*$")


def in_name_or_scope(sentence: str, clause: str, start: int, end: int) -> bool:
    """The figure at start–end of ``clause`` is a count in a programme's quoted name, or a fact of the area a
    sentence stating the plan's scope gives (no verb or bar before it in its clause): no figure to reach."""
    if QUOTED_NAME_BEFORE.search(clause, max(0, start - 11), start) and QUOTED_NAME_AFTER.match(clause, end):
        return True
    if clause.endswith("组", start, end) and re.match(r"[内的]", clause[end:end + 1]) and re.fullmatch(
            r"\d{1,2}组", clause[start:end]):
        return True         # (「清理3组内道路」「整修5组的…」: a village's group named by its number, no count)
    if _WEIGHT_BEFORE.search(clause, 0, start) and not CMP_BEFORE.search(clause, 0, start):
        return True         # (「…因素（权重60%）」: the share a formula gives a factor, a norm of reckoning — Round 89)
    return SCOPE_STATED.match(sentence) is not None and not VERB.search(clause, 0, start) \
        and not CMP_BEFORE.search(clause, 0, start)


# the things a counted thing is put on 「将100条标语分别悬挂在100根灯杆上」: a verb's complement 在 (挂在, 贴在), its
# figure, the noun and 上/里/中/内 — where the counted thing goes, not a second aim (round 55)
_PLACED_ON = re.compile(r"(?:挂|放|贴|摆|印|写|刻|置|插|张贴|粘贴|陈列|展示)在\s*(\d+(?:\.\d+)?)\s*"
                        r"([^\d，,；;。、\s]{1,3})[\u4e00-\u9fff]{1,10}?[上里中内]")


def placed_on(target: Target, sentence: str) -> bool:
    """Whether ``target`` counts the places the clause before it puts a counted thing on (see ``_PLACED_ON``): only
    where a figure of the thing comes before it."""
    for m in _PLACED_ON.finditer(sentence):
        if float(m.group(1)) == target.value and m.group(2).startswith(target.unit or "\x00") \
                and re.search(r"\d", sentence[:m.start()]):
            return True
    return False
