"""Quantitative targets: ``不少于580张``, ``达到90%以上``, ``≥60%``, ``2.8万张``, ``新建20个…、100个…``.

A number becomes a target only when it carries a countable unit or ``%`` and sits in
a target-ish context: a comparator word right before it (不少于 / 不低于 / 至少 / 达到 /
≥ …, within a short subject), a suffix (以上 / 以下 / 以内), a target verb shortly
before it (新建 / 完成 / 培训 / 新增 …), or a list continuing such a target
(``20个…、100个…``, ``4%和3%``). Years, dates, document numbers, ordinals (第十四届,
3号), ages (60周岁) and durations (10天) are never targets.

Comparators: ``>=`` for 不少于/不低于/至少/以上/达到/≥ …, ``<=`` for 不超过/以下/以内/≤ …,
``>``/``<`` for 超过/高于 and 低于/少于; a bare count (``完成2000户``) has ``None``.
In plan-target sections (总体目标 …) any countable number is taken (``改造2600户``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.model import Target

from .dates import find_deadlines
from .normalise import split_top_level
from .script import Restorer, fold

_UNITS = ("(?:微克|毫克|纳克)/(?:立方米|升|千克)|μg/m[3³]|mg/(?:m[3³]|L)|"   # a concentration (35微克/立方米)
          "万平方米|平方米|万平米|平米|㎡|平方公里|公里|千米|千瓦时|千瓦|兆瓦|立方米|公斤|千克|标准箱|"
          # a power in watts (电表扩容至8000瓦), not a tile (瓦片) nor a roof (瓦房)
          "(?<![千兆万])瓦(?![片房屋面解斯砾罐])|"
          # power and energy written in SI letters, in any case: 120MW, 5000kWh, 80kw·h, 2mw
          "(?<![a-zA-Z])[kKmMgG][wW](?:[·•・.]?[hH]|[pP])?(?![a-zA-Z])|"
          "万人次|人次|万人|万户|万张|万个|万元|亿元|元|"
          "个百分点|%|‰|"
          "个月|个工作日|工作日|个类别|小时|年一遇|MPa|"
          # a yearly rate (地面沉降量控制在6毫米/年以内); sets and wells counted as built (分层标组10组, 监测井30口)
          "(?:毫米|厘米)/年|组(?![织成建团合长员])|口(?![岸径罩号头令腔碑味子])|"
          "张|个|户|所|家|处|名|座|间|项|支|场|篇|条|套|辆|台|批|床|份|件|类|栋|幢|层|亩|吨|本|册|期|人|次|位|点|站|"
          # a score as an aim (评价总分值在90分以上), not minutes (30分钟) nor a part (三分之一, 分局, 分项)
          "分(?![钟之类别局配工批期级管项部段区站队院社担摊解成享散布秒])|"
          "部|宗|块|棵|株|头|只|艘|架|例|具(?![体有备])|根(?![据本源治除深植基])|课时|学时|公顷|万|千|亿|年|"
          # an age as an aim (预期寿命达82.4岁,), not who qualifies (3岁以下婴幼儿, 60岁以上老人)
          "岁(?=以上[，,。；;]|[^\u4e00-\u9fff]|$)|"
          "对(?!接|口|标|比|照|象|外|于|应|策|话|待|称|齐|冲|此|其|我)")   # 列车38对 (pairs of trains)
NUMBER = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)(?:\s*[-—–~至]\s*(\d+(?:\.\d+)?))?\s*([万千亿]?)\s*(?:[余多]\s*)?(" + _UNITS + r")"
    r"(?:\s*(及其以上|及其以下|及以上|及以下|以上|以下|以内|左右|之内))?")
_CMP_BEFORE = re.compile(
    r"(不得少于|不得低于|不得小于|不得超过|不得高于|不得大于|"     # 抽查不得少于…的10%: at least, not below
    r"不少于|不低于|不小于|至少|最少|不超过|不高于|不多于|不大于|控制在|保持在|稳定在|超过|高于|大于|低于|少于|小于|"
    r"≥|>=|≤|<=|＞|＜|>|<|达到|达)")
_CMP = {"不得少于": ">=", "不得低于": ">=", "不得小于": ">=", "不得超过": "<=", "不得高于": "<=", "不得大于": "<=",
        "不少于": ">=", "不低于": ">=", "不小于": ">=", "至少": ">=", "最少": ">=", "≥": ">=", ">=": ">=",
        "达到": ">=", "达": ">=", "不超过": "<=", "不高于": "<=", "不多于": "<=", "不大于": "<=",
        "≤": "<=", "<=": "<=", "控制在": "<=", "保持在": "=", "稳定在": "=", "超过": ">", "高于": ">",
        "大于": ">", "＞": ">", ">": ">", "低于": "<", "少于": "<", "小于": "<", "＜": "<", "<": "<"}
_SUFFIX = {"以上": ">=", "及以上": ">=", "及其以上": ">=", "以下": "<=", "及以下": "<=", "及其以下": "<=",
           "以内": "<=", "之内": "<="}
# 「每宗扣除30万元」「扣除转移支付30万元」「罚款5000元」: a penalty's amount, not a figure to reach
_PENALTY = re.compile(r"(?:扣除|扣减|扣罚|扣|罚款|罚没|处以)[\u4e00-\u9fff]{0,6}$")
# a score is an aim only after a word that names it (得分达到90分以上, 评价总分值在90分以上); a section's weight
# (（10分）), a scale's top (满分100分), a share of the marks (占5分) or a stray 分 (增设5分拣点) is no target
_SCORE_BEFORE = re.compile(r"(?:得分|分值|评分|总分|分数|达到)[^，,；;。\d（(]{0,8}$")
_SCORE_NOT = re.compile(r"(?:满分|占|[（(])\s*$")
_VERB = re.compile(
    r"(新建|新增|建设|建成|建立|创建|打造|培育|培训|完成|实现|改造|改扩建|提档升级|设置|配建|配备|开展|"
    r"扶持|招收|举办|覆盖|增加|增至|吸纳|引进|资助|帮扶|认定|评定|开设|创办)")
# 「150张以上床位的养老机构」「单户担保金额500万元及以下、平均担保费率不超过1%的担保业务」: who qualifies
_QUALIFIER = re.compile(r"[\u4e00-\u9fff]{0,4}的")
# 「满意率达95%以上的办理工作目标」: the figure is the aim the clause names, not who qualifies
_AIM_AFTER = re.compile(r"的[\u4e00-\u9fff]{0,8}(?:目标|要求)")
_VERB_JUST_BEFORE = re.compile(_VERB.pattern + r"\s*$")
# 「将70%以上的实效比例分解到各街镇」: a share as the object the clause hands out, not who qualifies
_DISPOSAL = re.compile(r"(?:^|[^\u4e00-\u9fff]|[并要须应])[将把]\s*$")
# 「能耗下降15%以上的改造任务」: a rate of change right before its figure is the aim, not who qualifies
_GROWTH_JUST_BEFORE = re.compile(r"(?:增长|下降|提高|降低|减少|提升)\s*$")
_PER_ENTITY = re.compile(r"(单户|单笔|单个|单项|每户|每家|每个|每笔)[\u4e00-\u9fff]{0,8}$")
_QUALIFIER_LIST = re.compile(r"、[^，,。；;]{0,24}?的")   # …及以下、平均担保费率不超过1%的担保业务
# 「重点是3层及以上、人员密集、违规改扩建的经营性自建房」: the band opens a list of what the things covered are like
# (「对3层及以上、…的经营性自建房开展排查」「重点检查建筑面积500平方米以上、设有地下室的商场」: a few words between)
_SCOPE_BEFORE = re.compile(r"(?:重点是|重点为|主要是|包括|范围是|范围为|对象是|对象为|重点对|重点整治|重点排查|重点检查"
                           r"|(?:^|[要须应并])\s*对)[\u4e00-\u9fff]{0,6}\s*$")
# 「主办任务10件以下的…达到100%，11—49件的达到75%以上」: a caseload band opening its clause (or right
# after the figure before it), then the rate set for it
_BAND = re.compile(r"的\s*(?:[\u4e00-\u9fff]{0,8}?)(?:达到|达|不低于|不少于|为)\s*\d")
# 「办理时限压缩至3个工作日以内」: a shortened time limit is the work's aim; a limit of a procedure is a rule
_SHORTEN = re.compile(r"(压缩|缩短|缩减|减少|降低|减至|降至|提速)[^，,；;。]{0,12}$")
_ASIDE = re.compile(r"\s*[(（][^()（）]{1,12}[)）]")
_OWN_COUNT = re.compile(r"(?:方面|领域)\s*[（(]?\s*共?\s*$|[（(]共\s*$")
_FUNDS = re.compile(r"(经费|资金|投资|投入|预算|补助|奖补|拨付)")
_ORDINAL_BEFORE = re.compile(r"(第|前|近)$")
_CRITERION = re.compile(r"宜(?:为|在|控制在|不少于|不低于|不小于|不超过|不大于|不高于)?\s*$")
# a rule's bound: a modal before the comparator (不宜超过 / 不应大于 / 不得低于 / 应控制在), a short noun between
_NORM = re.compile(r"(?:不宜|不应|宜)(?:超过|大于|高于|多于|低于|少于|小于|控制在)"
                   r"[^，,；;。\d]{0,12}?的?\s*$")
# what a rule lets one do, up to a ceiling (物业可转让不超过50%, 可上浮不超过10%): no figure to reach
_ALLOWED_CAP = re.compile(r"(?:可|可以|允许|准予)(?:转让|出租|出售|分割|销售|使用|上浮|下浮|放宽|延长|提高|增加|调整)?"
                          r"\s*(?:最高|最多)?\s*(?:不超过|不得超过|不高于|不大于|不多于)\s*$")
# how long a lease, contract or appointment may run (一个租赁周期原则上不超过5年 / 合同期限最长不得超过3年 / 聘期):
# a rule's ceiling on a term; not how long work may take (建设周期不超过18个月 / 办结期限不超过6个月 / 试点街道整改时间
# 不超过3个月: targets)
_TERM_CAP = re.compile(r"(?:(?:租赁|承包|合同|聘用?|经营|出租|流转)[\u4e00-\u9fff]{0,2}?(?:期限|周期|年限)"
                       r"|租期|聘期|有效期|试点(?:期限|周期|期|示范)|示范期|培育期|创建周期"
                       # how long a person may be lent or posted away (借用时间不得超过6个月 / 借调期限最长不超过1年)
                       r"|(?:借用|借调|抽调|挂职|跟班|派驻)[\u4e00-\u9fff]{0,4}?(?:时间|期限|期))[^，,。；;\d]{0,8}?(?:原则上|一般)?\s*(?:最长|最多)?\s*"
                       r"(?:不超过|不得超过|不长于|不得长于|不宜超过)\s*$")
# a low figure with 的 and the noun it picks out (低于5万元/亩的工业项目用地, 不足30%的村): which ones are meant
_BELOW_WHICH = re.compile(r"(?<!不)(?:低于|小于|少于|不足|不到)\s*$")
_WHICH_AFTER = re.compile(r"(?:/[\u4e00-\u9fff]{1,2})?\s*(?:以下)?\s*的\s*[\u4e00-\u9fff]")
# sizes that pick out which things a rule or a measure covers (单体建筑面积达到5000平方米的公共建筑,
# 年综合能耗2000吨标准煤以上用能企业, 1000亩以上开放休闲林地5个): a measure, not a count
_MEASURE = frozenset({"平方米", "平米", "㎡", "平方公里", "公里", "千米", "千瓦时", "千瓦", "兆瓦", "瓦", "立方米",
                      "公斤", "千克", "吨", "亩", "公顷",
                      *(f"{p}W{s}" for p in "kKMG" for s in ("", "h", "p"))})
_SIZED_AFTER = re.compile(r"(?:标准煤|标煤)?(?:(?P<band>及以上|及以下|以上|以下)(?P<de>的)?|(?P<only>的))"
                          r"(?![^，,；;。]*?(?:目标|要求|任务))(?=[\u4e00-\u9fff])")
# what the sized things must do (…的公共建筑按照三星级标准建设): a rule over them, not a figure to reach
_RULE_OVER = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:按照|执行|实行|须|必须|应当?)")


# 「投资总额在30万元以上—200万元以下的应当采取招标」「200万元以上项目应当面向社会公开招标」: a cost band
# that picks the projects a rule is for (the band's other edge may follow)
_MONEY_BAND = re.compile(r"(?:\s*[—\-–~至到]\s*\d+(?:\.\d+)?\s*[万亿千]?元\s*(?:及以上|及以下|以上|以下))?"
                         r"(?:的?(?:项目|工程|合同|采购)|的(?=应当?|须|必须|可|一律|实行|采取|由))")


def _sized(clause: str, m: re.Match[str], suffix: str | None) -> bool:
    """A measure (not a count) followed by 以上/以下 or 的 and the noun it sizes: which things are meant
    (5万平方米以上商场, 达到5000平方米的公共建筑), unless the figure is what a verb right before sets
    (建设5万平方米以上绿地) and no count of the sized things follows (建成1000亩以上林地5个)."""
    unit = m.group(4)
    if _value("1", m.group(3), unit)[1] not in _MEASURE:
        return False
    after = _SIZED_AFTER.match(clause, m.end(4))
    if after is None or after.group("only") and (suffix or not _RULE_OVER.match(clause, after.end())):
        return False
    if _VERB_JUST_BEFORE.search(clause, 0, m.start()) or _GROWTH_JUST_BEFORE.search(clause, 0, m.start()):
        rest = clause[after.end():]
        return any(n.group(4) not in _MEASURE and _value("1", n.group(3), n.group(4))[1] not in _MEASURE
                   for n in NUMBER.finditer(rest))
    return True


# 「在3个月内未拆除的」「超过10天仍未整改」: a time that sets off a measure when nothing was done in it
_UNMET_AFTER = re.compile(r"\s*(?:以内|之内|内)?\s*(?:仍|均|还|尚|依然)?\s*(?:未|没有|无法|不能)")
# 「获得市级奖励20万元及以上的，给予奖励」「年营业收入超过5000万元的，按…奖励」: the clause names who a grant or
# subsidy is for, the next clause gives it — a condition, no figure to reach
_GRANT_CONDITION = re.compile(r"\s*(?:及以上|以上|及以下|以下|以内)?[^，,；;。\d]{0,12}的\s*$")
_GRANT_NEXT = re.compile(r"\s*[，,]\s*(?:可|再|另)?(?:给予|予以|奖励|补贴|补助|资助|一次性|最高|按照?[^，,；;。]{0,20}"
                         r"(?:给予|奖励|补贴|补助|资助))")
# 「全年排放量大于250吨且小于等于2500吨」「总投资100万元以下且建筑面积300平方米以下的」: bounds joined by 且 that
# mark out a class of cases (or by 或: 「投资额100万以上或建筑面积300平方米以上的建设工程」, either one picks it out)
# (by 或 only with a band on both sides: 「下降5%或达到35微克」「培育1家或2家」「50亿元或年度计划的100%以上」 give
# two aims, either to be met)
_JOINED_BOUND = re.compile(r"\s*(?:(?:及以上|以上|及以下|以下|以内)?\s*且\s*[\u4e00-\u9fff]{0,8}?"
                           r"(?:大于|小于|低于|高于|不超过|不低于|超过|\d)"
                           r"|(?:(?:及以上|以上|及以下|以下|以内)|(?<=以上|以下|以内))\s*或者?\s*[\u4e00-\u9fff]{0,8}?"
                           r"(?:大于|小于|低于|高于|不超过|不低于|超过|\d[^，,；;。或且]{0,12}?(?:以上|以下|以内)))")
_BOUND_JOINED = re.compile(r"(?:(?:以上|以下|(?:大于|小于|超过|低于|不超过|不低于)[^，,；;。且]{0,12})\s*且\s*"
                           r"(?:小于|大于|低于|高于|不超过|"
                           r"不低于|超过)?(?:等于)?"
                           r"|(?:以上|以下|以内)\s*或者?\s*[\u4e00-\u9fff]{0,8}?)\s*$")
# the bounds mark out a class only where the clause goes on to the things they pick out (…以下的项目); 「分担率达到30%
# 以上且绿色出行比例达到70%以上」 sets two aims
_CLASS_AFTER = re.compile(r"[^，,；;。]*?的")
# …or where both bounds hold one quantity (大于250吨且小于等于2500吨: 且 then the other comparator, no new subject)
_BAND_FIRST = re.compile(r"\s*(?:及以上|以上|及以下|以下|以内)?\s*且\s*(?:大于|小于|低于|高于|不超过|不低于|超过)")
_BAND_SECOND = re.compile(r"且\s*(?:大于|小于|低于|高于|不超过|不低于|超过)(?:等于)?\s*$")
# 「创建对象住户达到2000户以上」「申报对象年营业收入超过1亿元」: what an applicant for a pilot or a grant must meet —
# a measure of the applicant names it; 「创建对象达到8个」 counts the applicants, an aim
_APPLICANT_BAR = re.compile(r"(?:创建|申报|申请|支持|扶持|奖励|补贴|试点|参评)对象[^，,；;。\d]{1,16}?"
                            r"(?:达到|超过|不低于|不少于|在|大于|高于)\s*$")
# 「建筑规模：建筑面积0.2万平方米以上」「申报条件：…3年以上」: a line of a grant's or a scheme's criteria, opened by
# its label — the size or time a thing must have to qualify (「建设规模：新建…」 names what is built: not here)
# (not 项目/装机/企业规模：…, which head goal lines as often, nor 补助/奖励标准：…的30%以下给予补助, a subsidy rate
# this project counts as a target)
_CRITERIA_LABEL = re.compile(r"^\s*(?:建筑规模|(?:申报|申请|支持|"
                             r"准入|基本|适用|入选|认定|参评)(?:条件|标准|门槛|范围))\s*[：:]")
# 「装机规模：…达到20万千瓦以上」「…保持在300家以上」: a figure reached or held is an aim, under any label
_AIM_BEFORE = re.compile(r"达到|保持|控制|提高|确保|力争|推动|不少于")
# 「能耗下降15%以上（含），且获得市级财政补贴的…既有公共建筑改造项目。」: a bound, then 且 and more of what
# qualifies, the sentence ending with the things meant — it names them, it sets no aim
# (not 「新增…10家以上，且培育一批…的中小企业」: a verb after 且 starts a second aim)
_QUALIFIES_WITH = re.compile(r"\s*(?:及以上|以上|及以下|以下)?\s*(?:[(（][^()（）]{1,6}[)）])?\s*[，,]?\s*(?:并且|且)"
                             r"(?!\s*" + _VERB.pattern + r")[^。；;]*?的[^，,。；;的]{2,16}?"
                             r"(?:项目|建筑|企业|单位|主体|对象|机构|用户)\s*[。；;]?\s*$")
# 「…有效发送能耗数据3个月以上，…在获得市级财政补贴后，按照1:1的比例予以区级配套补贴」: how long a thing has run,
# the sentence then granting money — what qualifies for the grant
# (the grant within the next two clauses: 「…3个月以上，经审核通过后，予以补贴」)
_GRANTED_LATER = re.compile(r"(?:[^。；;，,]*[，,]){0,2}?[^。；;，,]*?(?:给予|予以)"
                            r"[^。；;，,]{0,20}?(?:补贴|奖励|补助|资助|奖补)")
# 「最高不得超过5年」: the longest a rule allows, no span to reach
_RULE_CEILING = re.compile(r"^(?:最高|最长|最多)\s*不得(?:超过|长于|多于)\s*$")
# 「包含16个二级指标和6个加分指标组成」「由3名专家构成」: the parts a thing is made of, counted, no figure to reach
# (「组建由50名志愿者组成的服务队」: the team the work sets up, its size an aim)
_MADE_OF_BEFORE = re.compile(r"(?:由|包含|包括|含有|含)[^，,；;。]{0,24}$")
_MADE_OF_AFTER = re.compile(r"[^，,；;。]{0,24}?(?:组成|构成)")
# (the count is an aim wherever the work makes the thing: any verb before it, 形成由1000个网格组成… / 构建由30个部门
# 组成… / 招募由500名志愿者组成… / 由各街镇推荐20名…组成; the rule reads only a subject made of parts:
# 评价体系包含… / 专家组由5名专家构成)
_SET_UP = re.compile(_VERB.pattern + r"|组建|成立|组织|选派|抽调|形成|构建|完善|健全|招募|招聘|布设|布局|设立|"
                     r"推荐|遴选|选聘|选拔|安排|发展|壮大|推动")
# 「以1：5万比例尺为主」「按1:1配套」: the second term of a ratio (the clause split at its colon), never a count
# (not a label's number: 目标1：100个 / 任务2：…)
_RATIO_FIRST = re.compile(r"(?<![\d.])(?<!目标)(?<!指标)(?<!任务)(?<!措施)(?<!步骤)(?<!阶段)(?<!第)"
                          r"\d+(?:\.\d+)?\s*[:：]\s*$")
# (a ratio's second term has no measure word, or a ratio's word follows it: 1:1比例配套 / 1:2000比例尺)
_RATIO_WORD = re.compile(r"[^，,；;。\d]{0,6}?(?:比例|配套|配比)")
_SPANS = frozenset({"个月", "小时", "年", "个工作日", "工作日"})
_MEASURE_MONEY_SHARE = _MEASURE | {"元", "%", "‰"}
# 「对223个园区中第三、四类园区」「在全市16个区中选择3个」: the whole the work picks from, not a count to reach
_FIELD_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:之中|当中|中)(?=第|的|[，,、]|选|挑|抽|择|确定|遴选|有)")
# 「在120个行政村里选择10个」「对全区46所学校进行抽查，抽取10所」: a whole (在/从/对/全… before it) with a picking
# verb and a count after it in the sentence — the field, the count picked is the aim
_PICKED_FROM = re.compile(r"[^。；;]{0,14}?(?:选择|抽取|遴选|选取|挑选|选定|抽选)\s*(?:其中)?\s*"
                          r"(?:\d|[一二两三四五六七八九十])")
_WHOLE_BEFORE = re.compile(r"(?:[在从对]|全[\u4e00-\u9fff]|共有|现有)[\u4e00-\u9fff]{0,6}$")
# 「原则上项目面积应不小于5亩」「单体建筑面积不低于…」: the size each chosen thing must have, a criterion (a per-item
# word or a modal before the comparison: 「园区规模达到1000亩」 is a target)
_ITEM_SIZE = re.compile(r"(?:(?:单体|单个|单宗|每宗|每个|每处|每块)(?:项目|地块|场地|厂房|园区)?"
                        r"(?:用地|占地|建筑|土地)?(?:面积|规模|体量)\s*(?:原则上)?\s*(?:应当?|须|需|必须)?"
                        r"|(?:项目|地块|场地|厂房|园区)(?:用地|占地|建筑|土地)?(?:面积|规模|体量)\s*"
                        r"(?:原则上\s*(?:应当?|须|需|必须)?|应当?|须|需|必须))"
                        r"\s*(?:不小于|不低于|不少于|大于)\s*$")
_CAPACITY_UNITS = r"吨|千瓦|兆瓦|千瓦时|立方米|标准箱|[kKMG]W[hp]?"
_CAPACITY_NAME = re.compile(r"级?(?:(?!的)[\u4e00-\u9fff]){2,8}?(?:项目|工程|装置|生产线)")
# 「助推年产120亿只手套等项目开工」「日处理300吨垃圾焚烧厂」: a plant named by what it turns out a year / day —
# not 「形成年产10万吨的能力」「新增年产…」「年产量达到…」 (a capacity to reach)
_OUTPUT_BEFORE = re.compile(r"(?<!形成)(?<!新增)(?<!达到)(?<!实现)(?<!具备)(?<!提升)(?<!提高)(?<!增加)"
                            r"(?:年|日)(?:产|加工|处理|吞吐|屠宰|出栏)\s*$")
_PRODUCT_AFTER = re.compile(r"(?!以上|以下|左右|能力|规模|的)[\u4e00-\u9fff]")
# 「在现有510个…居住区」「巩固提升已建成的52个小区」「已正式立项的包括10个…项目」「全区共有…」: what exists already
_EXISTING_BEFORE = re.compile(r"(?:现有|原有|已有|共有|尚有|目前有|[已现](?:正式)?"
                              r"(?:建成|建|投用|投运|完成|立项|批准|备案|认定|开通|运行|创建){1,2}(?:的)?"
                              r"(?:包括|共计|共|有)?)\s*(?:约|近|超过)?\s*$")
# 「载重量1吨的汽油车」「功率5千瓦的水泵」: a property of the things meant, followed by 的 and them
_PROPERTY_BEFORE = re.compile(r"(?:载重量?|载质量|排量|功率|容量|容积|口径|直径|管径|高度|宽度|长度|厚度|吨位"
                              r"|额定[\u4e00-\u9fff]{0,4})\s*(?:为|在|达)?\s*$")
# 「取得80%以上公房承租人…同意」「经三分之二以上业主同意」: the consent a step needs before it may go on
_CONSENT_BEFORE = re.compile(r"(?:取得|获得|征得|经|须有|需有)[^，,。；;]{0,12}$")
_CONSENT_AFTER = re.compile(r"\s*(?:及以上|以上)?[^，,。；;]{0,40}?(?:同意|赞成|签约|通过)")
# 「最低资本金比例不低于20%」「最高补贴不超过50万元」: the floor or ceiling a rule sets, no figure to reach
_FLOOR_NORM = re.compile(r"(?:最低|最高|最少|最多)[\u4e00-\u9fff]{1,10}"
                         r"(?:不低于|不少于|不小于|不超过|不高于|不大于)\s*$")
# 「24小时开放公园」「24小时营业的药店」: places named by their hours
_ROUND_CLOCK = re.compile(r"\s*(?:有人)?(?:开放|营业|运营|值守|值班|服务|自助)(?:的)?[\u4e00-\u9fff]{0,6}?"
                          r"(?:公园|场所|场馆|店|窗口|网点|室|馆|站|中心|设施)")
# 「落实24小时应急维修服务」「72小时预警风险」「24小时在线受理」: hours that say how long a service runs or how soon
# a step comes, a verb or a service's name right after them (「培训40小时以上」「48小时内办结」 stay figures)
_HOURS_OF_WORK = re.compile(r"(?:全天候|不间断|全时段)?(?:应急|在线|无休|轮流|值守|值班|服务|响应|预警|监测|受理|"
                            r"研判|处置|到场|到达|回应|反馈|答复|运行|运转|巡查|巡逻|监控|开放|营业)")
# 「坚持24小时巡回检查」「24小时巡防」: a watch kept round the clock (24/48/72 hours, or at most 24 kept up by
# 坚持/实行/实施); 「全年完成1200小时巡护」「累计300小时巡检飞行」 are yearly totals to reach
_WATCH = re.compile(r"(?:巡回|巡防|巡护|巡检|值勤|看护|看守|盯守)")
_WATCH_KEPT = re.compile(r"(?:坚持|实行|实施)[^，,。；;\d]{0,6}$")
_HOURS_TOTAL = re.compile(r"(?:全年|累计|完成|共计|总计|合计|年均|每年|总时长)[^，,。；;]{0,8}$")
# 「充实服务支队和10支街镇服务大队力量」: the teams there are, whose strength the plan adds to
_TEAMS_STRENGTHENED = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:队|组|站)(?:的)?(?:力量|队伍)")
_STRENGTHEN = re.compile(r"(?:充实|壮大|加强|增强|夯实|整合)[^，,。；;]{0,20}$")
# 「日分拣处置能力300吨/日」: a capacity stated as it stands (no verb or bar sets it)
_CAPACITY_BARE = re.compile(r"(?:能力|产能)\s*(?:为|是)?\s*$")
_RAISED = re.compile(r"(?:提升|提高|增加|扩大|达到|形成)")
# 「原则上按500户配1名」「每千人配置2名」: the basis of a staffing or provision norm, not a figure to reach
_RATIO_NEXT = re.compile(r"\s*(?:左右)?\s*(?:配备|配置|配|设置|设立|设|安排)\s*(?:\d|[一二两三四五六七八九十])")
# 「80余辆」「200多名」「3万余户」: more than the figure
_MORE_THAN = re.compile(r"\d+(?:\.\d+)?\s*[万千亿]?\s*[余多]")
# bare figures listed right before one with a unit (407、700万千瓦; not 第1、2个 nor a year 2025、2030年)
_SHARED_UNIT = re.compile(r"(?<![\d.第])((?:\d+(?:\.\d+)?\s*、\s*)+)$")
_MULT = {"": 1, "万": 10000, "千": 1000, "亿": 100000000}
_WINDOW = 22


_SI_POWER = re.compile(r"([kKmMgG])[wW](?:[·•・.]?([hH])|([pP]))?")


@lru_cache(maxsize=4096)                # called several times for each number a sentence holds; pure
def _value(num: str, mult: str, unit: str) -> tuple[float, str]:
    value = float(num)
    si = _SI_POWER.fullmatch(unit)
    if si:                               # kw·h / KWH → kWh, mw → MW: one spelling for each unit
        unit = ("k" if si.group(1) in "kK" else si.group(1).upper()) + "W" + ("h" if si.group(2) else "") \
            + ("p" if si.group(3) else "")
    if unit in ("万", "千", "亿") and not mult:
        mult, unit = unit, ""
    if unit.startswith("万") and len(unit) > 1:
        mult, unit = "万", unit[1:]
    return value * _MULT.get(mult, 1), unit


def _clauses(sentence: str) -> list[str]:
    return [c for c in (x.strip() for x in split_top_level(sentence, "，,；;：:")) if c]


# compiled once: the subject readers and sentence_targets run for every figure of a plan
_SUBJECT_END = re.compile(r"、\s*(?=\d)|和(?=\d)|[，,；;。]")
_LEADING_DE = re.compile(r"^(的|，|、)+")
_LEADING_DASH = re.compile(r"^[—\-·•\s]+")
_LEADING_TIME = re.compile(r"^(到|至|在|于|力争|争取|确保|计划)?\s*"
                           r"((19|20)\d{2}年(底|末)?(前|之前)?|“?十[三四五六]五”?(末|期间))")
_LEADING_SCOPE = re.compile(r"^(全市|全省|全区|全县|每年|年内|年底前|同时|其中|并|要|应|力争|确保|累计|共|"
                            r"达到|推动|推进|努力|实现)+")
_LEADING_BY = re.compile(r"^(严格)?(按照|按)")
_TRAILING_AUX = re.compile(r"(的)?(总数|总量|数量|规模)?(分别|均|要|应|须|必须|将|确保|力争|争取)?$")
_LIST_SEP = re.compile(r"[、，,]")
_RATE_SEP = re.compile(r"[、，,]|和|及")


def _subject_after(clause: str, pos: int) -> str:
    rest = clause[pos:]
    m = _SUBJECT_END.search(rest)
    subject = rest[: m.start()] if m else rest
    subject = _LEADING_DE.sub("", subject.strip())
    return subject[:40].strip("的 ")


def _subject_before(text: str) -> str:
    text = _LEADING_DASH.sub("", text)
    text = _LEADING_TIME.sub("", text)
    text = _LEADING_SCOPE.sub("", text)
    text = _VERB.sub("", text, count=1) if _VERB.match(text) else text
    text = _LEADING_BY.sub("", text)
    text = _TRAILING_AUX.sub(lambda m: m.group(2) or "", text)
    if len(text) > 40 and len(_rate_list(text)) > 1:
        return text.strip("的，,、 ")             # a list of rates sharing one figure: keep all
    if len(text) > 40:
        text = text[-40:]
        cut = _LIST_SEP.search(text)
        if cut and cut.end() < len(text) - 2:
            text = text[cut.end():]
    return text.strip("的，,、 ")


_RATE_END = re.compile(r"(率|比例|占比|比重)$")


def _rate_list(subject: str) -> list[str]:
    """``A率、B率、C率`` → its rates, when every listed part is a rate; else []."""
    parts = [p.strip() for p in _RATE_SEP.split(subject) if p.strip()]
    return parts if len(parts) > 1 and all(_RATE_END.search(p) for p in parts) else []


# what a count opening its clause names, then the list after a colon (个重点项目为 / 所学校分别是 / 项工程包括)
_LISTED_AFTER = re.compile(r"[\u4e00-\u9fff“”]{1,16}?(?:分别|主要|具体)?(?:是|为|包括)$")
_LISTED_VERB = re.compile(r"(?:分别|主要|具体)?(?:是|为|包括)$")
_NO_WORK_LISTED = re.compile(r"(?:方面|特点|问题|原则|组|环节|步骤|阶段|方向)$")
_ITEM_MARK = re.compile(r"^\s*(?:[（(]\d{1,2}[）)]|\d{1,2}[.．、])?\s*")
_ALL_DONE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,12}(?:[、和及][^，,。；;]{1,20}?)?"
                             r"(?:全面|全部|如期|按期|按时)(?:完成|建成|竣工|开工|投产|投用|落地)")


_EXCLUDED_EDGE = re.compile(r"[(（](?:不含|不包括|不包含|含)\s*$")
_DATE_OR_AGE_AFTER = re.compile(r"(年|月|日|号|周岁|岁|届|周年)")
_WHICH_IN_BRACKETS = re.compile(r"[^（）()，,。；;]{0,6}的[）)]")
_DE_ONLY = re.compile(r"\s*的")
_LIST_JOIN_END = re.compile(r"(、|和|及|与|以及)\s*$")
_QUOTE = re.compile(r"[《》“”\"]")
_GROWTH_END = re.compile(r"(增长|下降|提高|降低|增加|减少|提升)\s*$")


def sentence_targets(sentence: str, deadline: str | None, relaxed: bool = False) -> list[Target]:
    """Targets of one sentence (ended by 。); ``relaxed`` takes any countable number."""
    out: list[Target] = []
    clause_end = 0                                  # where the clause ends in the sentence
    for clause in _clauses(sentence):
        clause_end = sentence.find(clause, clause_end) + len(clause)
        prev_end = -1
        stock_end = -1
        for m in NUMBER.finditer(clause):
            num, upper, mult, unit, suffix = m.groups()
            after = clause[m.end(): m.end() + 3]
            before = clause[max(0, m.start() - 3): m.start()]
            if _ORDINAL_BEFORE.search(before) or _EXCLUDED_EDGE.search(before):
                continue                            # 「6亩以下(不含6亩)」: the band's edge, never a target
            if _PENALTY.search(clause, max(0, m.start() - 8), m.start()) and re.search(r"[扣罚]", clause[:m.start()]):
                continue                            # 「每宗扣除30万元」: what a failure costs, never a target
            if unit == "分" and (not _SCORE_BEFORE.search(clause, 0, m.start())
                                 or _SCORE_NOT.search(clause, 0, m.start())):
                continue                            # "（10分）" / "满分100分" / "占5分": marks, not a score to reach
            if before.endswith("每") or _RATIO_NEXT.match(clause, m.end()):
                continue                            # 「每20公里配备1名」: the basis of a ratio, not a figure to reach
            if m.start() == 0 and _RATIO_FIRST.search(sentence, 0, clause_end - len(clause)) and (
                    unit in ("", "万", "千", "亿") or _RATIO_WORD.match(clause, m.end())):
                continue                            # 「1：5万比例尺」: a ratio's second term (not 项目1：30个村…)
            if _MADE_OF_BEFORE.search(clause, 0, m.start()) and _MADE_OF_AFTER.match(clause, m.end()) \
                    and not _CMP_BEFORE.search(clause, max(0, m.start() - 4), m.start()) \
                    and not _SET_UP.search(clause, 0, m.start()):
                continue                            # 「包含16个二级指标…组成」: what a thing is made of
            if unit in ("万", "千", "亿") and (not after or not re.match(r"[^\u4e00-\u9fff]|人|元|户|张|个", after)):
                # "73.45万左右" has no countable unit
                if not relaxed or re.match(r"(年|月|日)", after):
                    continue
            after = clause[m.end(4) if suffix is None else m.end():][:2]
            if _DATE_OR_AGE_AFTER.match(after) and unit in ("万", "千", "亿"):
                continue
            if unit == "人" and re.match(r"(员|口|数|群|士|才|们)", after):
                continue
            # 「6亩以下(不含6亩)的土地」: an aside between the band and its noun
            aside = _ASIDE.match(clause, m.end())
            q_at = aside.end() if aside else m.end()
            if suffix and (_QUALIFIER.match(clause, q_at) or _QUALIFIER_LIST.match(clause, m.end())
                           and (_PER_ENTITY.search(clause, 0, m.start()) or _SCOPE_BEFORE.search(clause, 0, m.start())
                                )) and not (
                               unit in ("%", "‰") and (_VERB_JUST_BEFORE.search(clause, 0, m.start())
                                                       or _DISPOSAL.search(clause, 0, m.start())
                                                       or _GROWTH_JUST_BEFORE.search(clause, 0, m.start()))) and not (
                               _AIM_AFTER.match(clause, m.end())) and not (
                               clause[q_at:q_at + 1] == "的" and _VERB_JUST_BEFORE.search(clause, 0, m.start())):
                # (「创办10家以上的合作社」: the count right after the verb, then 的 and what is counted: the aim)
                # "150张以上床位的养老机构": a qualifier; but "完成50%以上行政村的村庄整治": a share of them
                # right after the verb is what is to be done
                continue
            if _WHICH_IN_BRACKETS.match(clause[m.end():]):
                continue                            # "（…或者总质量超过100000千克的）": which ones, in brackets
            if _CRITERION.search(clause, max(0, m.start() - 8), m.start()):
                continue                            # "居住人口规模宜为5000-12000人": what a pilot should meet
            if _NORM.search(clause, max(0, m.start() - 16), m.start()):
                continue                            # "面积不宜超过屋顶总面积的10%": a design rule's ceiling
            if _ALLOWED_CAP.search(clause, max(0, m.start() - 12), m.start()):
                continue                            # "物业可转让不超过50%": how much a rule lets one do
            if unit in ("年", "个月", "月", "天", "日") and _TERM_CAP.search(clause, max(0, m.start() - 24), m.start()):
                continue                            # "租赁周期原则上不超过5年": how long a term may run
            if _BELOW_WHICH.search(clause, max(0, m.start() - 4), m.start()) and _WHICH_AFTER.match(clause, m.end()):
                continue                            # "亩产税收低于5万元/亩的工业用地": which ones, by a low figure
            if not suffix and _DE_ONLY.fullmatch(clause[m.end():]) and _CMP_BEFORE.search(
                    clause, max(prev_end, 0, m.start() - 4), m.start()):
                continue                            # "透空率均大于50%的，可以…": the condition of an exception
            if _GRANT_CONDITION.match(clause, m.end()) and _GRANT_NEXT.match(sentence, clause_end):
                continue                            # "获得市级奖励20万元及以上的，给予…": who a grant is for
            if (_JOINED_BOUND.match(clause, m.end()) or _BOUND_JOINED.search(clause, 0, m.start())) and \
                    (_CLASS_AFTER.match(clause, m.end()) or _BAND_FIRST.match(clause, m.end())
                     or _BAND_SECOND.search(clause, 0, m.start())):
                continue                            # "大于250吨且小于等于2500吨" / "100万元以下且…的": a class
            if _APPLICANT_BAR.search(clause, 0, m.start()):
                continue                            # "创建对象住户达到2000户以上": what an applicant must meet
            at = sentence.find(clause) + m.end()    # (the figure's end in the sentence)
            if suffix in ("以上", "及以上", "以下", "及以下") and not any(   # (改造后…: no verb of the aim)
                    clause[v.end():v.end() + 1] not in "后前的" for v in _VERB.finditer(clause, 0, m.start())) \
                    and not _AIM_BEFORE.search(clause, 0, m.start()) and (
                        _CRITERIA_LABEL.match(sentence)     # "建筑规模：建筑面积0.2万平方米以上": a criterion line
                        or _QUALIFIES_WITH.match(sentence, at)      # "下降15%以上（含），且获得…的…项目。"
                        or unit in _SPANS and suffix in ("以上", "及以上") and _GRANTED_LATER.match(sentence, at)):
                continue                            # (…or "发送数据3个月以上，…予以补贴"): what qualifies
            if unit in ("年", "个月", "月", "天", "日") and _RULE_CEILING.search(clause, 0, m.start()):
                continue                            # "最高不得超过5年": a rule's ceiling on a span
            if unit in _SPANS and _UNMET_AFTER.match(clause, m.end()):
                continue                            # "在3个月内未拆除的": the trigger of a measure, no aim
            if (existing := _EXISTING_BEFORE.search(clause, max(0, m.start() - 12), m.start())) and not \
                    _VERB_JUST_BEFORE.search(clause, 0, existing.start()) or (
                    stock_end >= 0 and re.search(r"(、|和|及|与|以及)\s*$", clause[stock_end: m.start()])
                    and not re.search(r"\d|[，,]", clause[stock_end: m.start()])):
                stock_end = m.end()
                continue                            # "在现有510个…居住区" / "已建成的52个小区": what exists, no aim
            if unit == "年" and float(num) >= 100:
                continue                            # 2025年 is a year, not a span (tested before the rest)
            if _PROPERTY_BEFORE.search(clause, max(0, m.start() - 8), m.start()) and re.match(
                    r"\s*(?:及以上|以上|以下|左右)?\s*的", clause[m.end():]):
                continue                            # "载重量1吨的汽油车": what the things are like, no count
            if unit in ("%", "‰") and _CONSENT_BEFORE.search(clause, 0, m.start()) and _CONSENT_AFTER.match(
                    clause, m.end()):
                continue                            # "取得80%以上…同意": the consent a step needs, no aim
            if _FLOOR_NORM.search(clause, max(0, m.start() - 24), m.start()):
                continue                            # "最低资本金比例不低于20%": a condition on who may act
            if unit == "小时" and _ROUND_CLOCK.match(clause, m.end()):
                continue                            # "24小时开放公园": a kind of place, named by its hours
            if unit == "小时" and not suffix and _HOURS_OF_WORK.match(clause, m.end()):
                continue                            # "落实24小时应急服务" / "48小时研判预警": how long or how soon
            if unit == "小时" and not suffix and _WATCH.match(clause, m.end()) and not _HOURS_TOTAL.search(
                    clause, 0, m.start()) and (float(num) in (24, 48, 72) or float(num) <= 24 and _WATCH_KEPT.search(
                        clause, 0, m.start())):
                continue                            # "坚持24小时巡回检查": a round-the-clock watch
            if unit in _SPANS and re.search(r"[后满]\s*$", before):
                continue                            # "结清后3年" / "任职满2年": a span counted from an event
            if _TEAMS_STRENGTHENED.match(clause, m.end()) and _STRENGTHEN.search(clause, 0, m.start()):
                continue                            # "充实…和10支服务队力量": the teams there are, strengthened
            if _CAPACITY_BARE.search(clause, max(0, m.start() - 4), m.start()) and not (
                    suffix or _CMP_BEFORE.search(clause, max(prev_end, 0, m.start() - 12), m.start())
                    or _VERB.search(clause, max(prev_end, 0), m.start())
                    or _RAISED.search(clause, max(0, m.start() - 12), m.start())):
                continue                            # "日分拣处置能力300吨/日": the capacity there is, no aim
            if _value("1", mult, unit)[1] not in _MEASURE_MONEY_SHARE and (
                    _FIELD_AFTER.match(clause, m.end()) or _WHOLE_BEFORE.search(clause, 0, m.start())
                    and _PICKED_FROM.match(sentence, sentence.find(clause) + m.end())):
                continue                            # "223个园区中第三类": the field the work picks from
            if _ITEM_SIZE.search(clause, max(0, m.start() - 20), m.start()):
                continue                            # "项目面积应不小于5亩": what a chosen thing must measure
            if _sized(clause, m, suffix):
                continue                            # "5万平方米以上商场": which ones, by their size
            if suffix and _value("1", mult, unit)[1] == "元" and _MONEY_BAND.match(clause, m.end()) \
                    and not _VERB_JUST_BEFORE.search(clause, 0, m.start()):
                continue                            # "200万元以上项目应当公开招标": which projects, by their cost
            if _CAPACITY_NAME.match(clause, m.end()) and re.fullmatch(_CAPACITY_UNITS, unit):
                continue                            # "10万吨绿色甲醇项目": a project named by its capacity
            if (_OUTPUT_BEFORE.search(clause, max(0, m.start() - 8), m.start())
                    and _PRODUCT_AFTER.match(clause, m.end())):
                continue                            # "年产120亿只医疗级手套等项目": a plant named by its output
            if _BAND.match(clause, m.end()) and not re.search(r"[\u4e00-\u9fff]", clause[max(prev_end, 0):m.start()]):
                continue                            # "，11—49件的达到75%以上": the band a rate is for
            if unit == "年" and (re.match(r"(?:左右)?(?:的)?时间", clause[m.end():]) or suffix in ("以上", "以下")
                                and re.match(r"[\u4e00-\u9fff]", clause[m.end():m.end() + 1])
                                and not re.match(r"的?(?:目标|要求)", clause[m.end():])):
                continue                            # 「用3-5年时间」 a span; 「3年以上未发展党员的村」 which ones
            bar = _CMP_BEFORE.search(clause, max(prev_end, 0), m.start())
            if bar and bar.group(1) in ("超过", "高于", "大于") and prev_end >= 0 and re.search(
                    r"\d\s*[个家所户名]", clause[:prev_end][-6:]):
                continue                            # 「新增3个村集体收入超过10万元」: the bar the 3 villages pass
            if unit in ("个工作日", "工作日") and not _SHORTEN.search(clause, 0, m.start()):
                continue                            # "审核时间一般不少于5个工作日": a procedure's time limit
            gap_start = max(prev_end, 0) if prev_end >= 0 else max(0, m.start() - _WINDOW)
            window = clause[gap_start: m.start()]
            cmp_m = None
            for cm in _CMP_BEFORE.finditer(window):
                cmp_m = cm
            comparator = _CMP.get(cmp_m.group(1)) if cmp_m else None
            if comparator is None and upper:
                comparator = ">="
            if suffix in _SUFFIX:
                # (稳定在92%以上 / 保持在95%以上: held at or above the bar)
                comparator = _SUFFIX[suffix] if comparator in (None, ">=", "<=", "=") else comparator
            verb_m = None
            for vm in _VERB.finditer(window):
                verb_m = vm
            continued = prev_end >= 0 and _LIST_JOIN_END.search(clause[prev_end: m.start()]) is not None
            if verb_m is not None and _QUOTE.search(window[verb_m.end():]):
                verb_m = None
            growth = _GROWTH_END.search(window) is not None
            # 「共需经费约400万元」「安排专项资金500万元」: the money a plan puts in
            funds = unit == "元" and _FUNDS.search(clause[: m.start()]) is not None
            about = suffix == "左右"         # 「选择10个左右城市」: an approximate count is a figure the plan sets
            # 「推进162个攻坚工程、524项攻坚事项全面完成」: counted things that the clause has wholly done
            done = (_value("1", mult, unit)[1] not in _MEASURE and _ALL_DONE_AFTER.match(clause, m.end()) is not None
                    and not re.search(r"(?:全[省市县区州镇乡村]|共有|共|现有)\s*$", clause[:m.start()]))
            # 「（1）3个计划新开工项目分别是：A、B和C」: the count of what the item lists, the item's own figure
            # (not 「3个方面问题分别是：」「2个调研组分别是：」: the parts of what is said, no work to count)
            lists = _LISTED_AFTER.match(clause, m.end())
            listed = (m.start() <= 6 and not _ITEM_MARK.sub("", clause[:m.start()])
                      and _value("1", mult, unit)[1] not in _MEASURE and lists is not None
                      and not _NO_WORK_LISTED.search(_LISTED_VERB.sub("", lists.group()))
                      and sentence[clause_end:].lstrip()[:1] in ("：", ":"))
            if not (comparator or verb_m or continued or relaxed or growth or funds or about or done or listed
                    or unit in ("%", "‰")
                    and re.search(r"(率|比例|占比|比重)", clause[: m.start()])):
                continue
            if relaxed and not (comparator or verb_m or continued or growth or suffix or listed) and re.match(
                    r"[^，,；;。]{0,20}?是", clause[m.end():]):
                continue                    # 「2万公顷的耕地…是我们最大的资源」: what a place has, said of it
            if unit == "项" and not (comparator or verb_m) and _OWN_COUNT.search(clause[: m.start()]):
                continue                    # 「军民深度融合方面6项」: how many measures the document lists
            if unit in ("个月", "小时", "年一遇") and not (comparator or upper or suffix or relaxed or verb_m):
                continue
            if unit == "年" and (not (upper or suffix in _SUFFIX or cmp_m is not None)
                                                or re.match(r"[底末度内前后起来初中]", after)):
                continue                    # 1年以上 / 16—24岁 are figures; 2025年, 5年内 are not
            if continued and out and comparator is None:
                comparator = out[-1].comparator
            if comparator is None and _MORE_THAN.match(m.group(0)):
                comparator = ">="
            value, unit_name = _value(upper and num or num, mult, unit)
            between = window[verb_m.end():].strip("的 ") if verb_m is not None else ""
            if continued:
                subject = _subject_after(clause, m.end())
                if not subject and out:
                    subject = out[-1].subject
            elif cmp_m is not None:
                before_cmp = clause[max(prev_end, 0): gap_start + cmp_m.start()]
                after = _subject_after(clause, m.end())
                verb_near = (verb_m is not None and verb_m.start() > cmp_m.start()) or re.search(
                    _VERB.pattern + r"$", before_cmp)
                subject = after if after and len(after) >= 2 and verb_near else _subject_before(before_cmp)
                if not subject:
                    subject = after
            elif growth:
                # 「规模以上工业增加值增长7%左右」: what grows is the whole clause before 增长
                subject = re.sub(r"(增长|下降|提高|降低|增加|减少|提升)\s*$", "", clause[max(prev_end, 0): m.start()])
                subject = _subject_before(subject) or subject
            elif len(between) >= 3:
                subject = between
            else:
                subject = _subject_after(clause, m.end())
                if not subject and not continued:
                    subject = _subject_before(clause[max(prev_end, 0): m.start()])
            if listed:
                subject = _LISTED_VERB.sub("", subject)
            rates = _rate_list(subject) if unit_name in ("%", "‰") else []
            shared = _SHARED_UNIT.search(clause, max(prev_end, 0), m.start())
            for n in re.findall(r"\d+(?:\.\d+)?", shared.group(1)) if shared and not rates else []:
                # 「分别达到407、700万千瓦」: the figures before the last share its unit
                out.append(Target(text=clause, value=_value(n, mult, unit)[0], unit=unit_name,
                                  comparator=comparator, deadline=deadline, subject=subject[:40]))
            for one in rates or [subject]:       # "A率、B率达到100%": one target per rate
                out.append(Target(text=clause, value=value, unit=unit_name, comparator=comparator,
                                  deadline=deadline, subject=one[:40]))
            prev_end = m.end()
    return out


_CN_COUNT = re.compile(r"(?<![第统唯])([一二两三四五六七八九十百]{1,4})"
                       r"(家|个类别|个|名|座|所|项|处|条|套|台|张|场|次|批|轮)(?=[\u4e00-\u9fff]|(?<=[场次批轮])[)）,，。；;]|$"
                       # 「加装电梯三十台，」: a count of two numerals or more ends its clause too (一个，: an article)
                       r"|(?<=[十百][家个名座所项处条套台张])[，,。；;]|(?<=[十百][一二三四五六七八九][家个名座所项处条套台张])[，,。；;]"
                       # 「新建消防站三座，」: one numeral but 一 as well
                       r"|(?<=[二两三四五六七八九][家名座所处条套台张])[，,。；;])")
# 「（全年不少于一场）」「每年至少两次」: a count of events set by a bar right before it
_BAR_JUST_BEFORE = re.compile(r"(?:不少于|不低于|至少|最少|不少於)\s*$")
_CN_VALUE = {"两": "二"}
# 「创建一个以上帮扶车间」「建成两个以上示范点」: a count with its bar after it (以上 = at least)
_ABOVE = re.compile(r"\s*(?:及以上|以上)(?![级率下述])")    # not 一个以上级部门牵头 / 以上率下 / 以上下贯通
# 「确定一名联络员」「配备一名专职人员」: one person named for the work is a count, not an article
_NAMED_ONE = re.compile(r"(?:确定|配备|配齐|明确|指定|落实|选派|安排)\s*"
                        # 「安排一名分管领导和一名具体工作人员」: the second one named with the first
                        r"(?:[一两二三四五]名[\u4e00-\u9fff（）()]{1,12}?(?:和|及|以及|、)\s*)?$")
# where the person named ends and the work given to them begins (一名村干部负责此项工作 / 一名干部担任第一书记)
_PERSON_END = re.compile(r"负责|担任|兼任|作为|承担|专门|具体|对接|联系|(?:和|及|以及|、)\s*[一两二三四五]名")
# 「在…路口两处设交通信号灯」: places counted, then what is built at them
_PLACE_WORK = re.compile(r"(?<=处)(?:各)?(?:增设|新设|设置|设立|安装|新建|建设|建成|配备|配建|"
                         r"设(?![计施备])|建(?![议筑]))")


def _cn_counts(sentence: str, deadline: str | None) -> list[Target]:
    """``二家清运企业`` / ``五个类别``: counts written in Chinese numerals after a target verb or
    a comparator (the words are kept as the plan wrote them)."""
    from .normalise import cn_to_int
    out: list[Target] = []
    for m in _CN_COUNT.finditer(sentence):
        before = sentence[max(0, m.start() - 12): m.start()]
        if before.endswith(("“", "「", "\"", "『")):
            continue                     # “四个体系”: a name, not a count
        if m.group(2) in ("场", "次", "批", "轮") and not _BAR_JUST_BEFORE.search(before):
            continue                     # 一次性 / 两批: counts of events only with their bar
        if re.search(r"每\s*\d[^，,。；;]*$", sentence[:m.start()]) or m.group(2) == "名" and re.search(
                r"每\s*一?[个名户家所][^，,。；;]*$", sentence[:m.start()]):
            continue                     # 每25公里配备不少于一名 / 每个镇配备一名安全员: a staffing norm per measure
            #                              or per place, not a figure to reach (每个村建成三处以上健身点位 stays one)
        above = _ABOVE.match(sentence, m.end())
        named = m.group(2) == "名" and _NAMED_ONE.search(before) is not None
        if m.group(1) == "一" and not (m.group(2) in ("座", "所", "处", "条", "家")
                                       and _VERB_JUST_BEFORE.search(before) or _BAR_JUST_BEFORE.search(before)
                                       or above and _VERB.search(before) or named):
            continue                     # 一个/一项 is an article; 新建一座消防站 / 创建一个以上车间 count one
        if not (_VERB.search(before) or _CMP_BEFORE.search(before) or re.search(r"(确定|分为|分成|选定)$", before)
                or m.group(2) == "个类别" or _PLACE_WORK.match(sentence, m.end()) or named):
            continue
        value = cn_to_int("".join(_CN_VALUE.get(c, c) for c in m.group(1)))
        if not value:
            continue
        cmp_m = None
        for cm in _CMP_BEFORE.finditer(before):
            cmp_m = cm
        end = above.end() if above else m.end()
        subject = _subject_after(sentence, (work.end() if (work := _PLACE_WORK.match(sentence, end)) else end))
        if m.group(2) == "名" and (person := _PERSON_END.search(subject)) and person.start() >= 2:
            subject = subject[:person.start()]      # 一名村干部负责此项工作: the person, not their work
        out.append(Target(text=sentence, value=float(value), unit=m.group(2), deadline=deadline,
                          comparator=_CMP.get(cmp_m.group(1)) if cmp_m else ">=" if above else None,
                          subject=subject))
    return out


def read_target(phrase: str, default_year: int | None = None) -> Target | None:
    """The one target reader: one phrase a person typed or the plan wrote → a Target, or None
    when it holds no countable figure.

    ``达到90%`` / ``不少于580张`` / ``90%以上`` → ``>=``; ``不超过5%`` / ``控制在3%以内`` → ``<=``;
    ``新建2.8万张床位`` → 28000, unit ``张``, subject ``床位`` (a bare count has no comparator);
    ``3-5个`` → 3, ``>=``. The phrase itself is kept as the target's text, so the plan's own
    writing of the number (2.8万张, 1万名) stays visible. Used by the parser for every sentence
    and by the review dialog for what a person types.
    """
    phrase = (phrase or "").strip()
    folded = fold(phrase)
    if folded != phrase:                 # 新建2.8萬張床位: read in simplified characters, kept as written
        target = read_target(folded, default_year)
        if target is not None:
            back = Restorer([(phrase, folded)])
            target.text, target.subject = back(target.text), back(target.subject)
        return target
    if not phrase or not re.search(r"\d|[一二两三四五六七八九十百]", phrase):
        return None
    dls = find_deadlines(phrase, default_year)
    deadline = max(d.date for d in dls) if dls else None
    read, _back = _percent_words(phrase)
    found = sentence_targets(read, deadline, relaxed=True) or _day_counts(read, deadline) \
        or _cn_counts(read, deadline)
    if not found:
        return None
    target = found[0]
    target.text = phrase
    return target


# 「注册率达到百分之八十」: a share written in words, read as 80%
_PERCENT_WORDS = re.compile(r"百分之([一二两三四五六七八九十百]{1,4})(?![点\d一二三四五六七八九十])")


def _percent_words(sentence: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The sentence with each share written in words as digits (百分之八十 → 80%, 百分之百 → 100%), and where each
    stands in it — (start, end, as written) — to give a target's text back as the plan wrote it."""
    from .normalise import cn_to_int
    if "百分之" not in sentence:
        return sentence, []
    back: list[tuple[int, int, str]] = []
    parts: list[str] = []
    at = 0
    for m in _PERCENT_WORDS.finditer(sentence):
        n = 100 if m.group(1) == "百" else cn_to_int(m.group(1).replace("两", "二"))
        if not n or n > 100:
            continue
        parts.append(sentence[at:m.start()])
        start = sum(len(p) for p in parts)
        parts.append(f"{n}%")
        back.append((start, start + len(parts[-1]), m.group(0)))
        at = m.end()
    return "".join(parts) + sentence[at:], back


def _written_back(text: str, read: str, back: list[tuple[int, int, str]]) -> str:
    """``text`` (a piece of ``read``) with the shares ``_percent_words`` read in it as the plan wrote them, each at
    its own place (合格率提高15% stays so beside 百分之五 read as 5%)."""
    at = read.find(text) if back else -1
    if at < 0:
        return text
    out, pos = [], at
    for start, end, written in back:
        if start >= at and end <= at + len(text):
            out.extend([read[pos:start], written])
            pos = end
    return "".join(out) + read[pos:at + len(text)]


# 「空气质量优良天数达到300天，重污染天数不超过5天」: a count of days set as the aim (天 is no unit elsewhere: 10天内 is
# a span); only after 天数 and a bar or 达到
_DAY_COUNT = re.compile(r"([\u4e00-\u9fff.\d]{0,12}?天数)(?:比例)?\s*(?:要|须|应|力争)?\s*"
                        r"(达到|达|不少于|不低于|至少|不超过|不多于|不高于|控制在|少于|低于|超过|保持在|稳定在)\s*"
                        r"(\d+(?:\.\d+)?)\s*天(及以上|以上|以下|以内|左右)?(?![\u4e00-\u9fff]*?(?:内|后))")


# 「重污染天数达到3天以上的，启动橙色预警」: a count that sets off a step (的, not 的目标), no aim; 「隐患整改天数不超过
# 30天」: the time each case is given, no figure of the plan's
_DAY_QUALIFIER = re.compile(r"\s*的(?!目标|要求|水平)")
_DAY_LIMIT = re.compile(r"(?:整改|办理|办结)天数$")


def _day_counts(sentence: str, deadline: str | None) -> list[Target]:
    out: list[Target] = []
    for m in _DAY_COUNT.finditer(sentence):
        if _DAY_QUALIFIER.match(sentence, m.end()) or _DAY_LIMIT.search(m.group(1)):
            continue
        comparator = _CMP.get(m.group(2))
        if m.group(4) in _SUFFIX and comparator in (None, ">=", "<=", "="):
            comparator = _SUFFIX[m.group(4)]
        clause = next((c for c in _clauses(sentence) if m.group(0) in c), m.group(0))
        out.append(Target(text=clause, value=float(m.group(3)), unit="天", comparator=comparator,
                          deadline=deadline, subject=_LEADING_SCOPE.sub("", m.group(1))[:40]))
    return out


_ANY_NUMERAL = re.compile(r"\d|[一二两三四五六七八九十]")


# 「90分(含90分)以上」: the bracket repeats the figure to say the bar is included; the figure and its bar are one
_INCLUSIVE = re.compile(r"(\d+(?:\.\d+)?)([^\d（()）]{0,6})[（(]\s*含\s*\1[^\d（()）]{0,6}[)）]")


def find_targets(text: str, default_year: int | None, relaxed: bool = False,
                 fallback_deadline: str | None = None) -> list[Target]:
    """Targets in ``text``; each takes the latest deadline named in its own sentence."""
    out: list[Target] = []
    for sentence in split_top_level(text, "。！？!?\n"):
        sentence = _INCLUSIVE.sub(r"\1\2", sentence.strip())
        if not sentence or not _ANY_NUMERAL.search(sentence) and "百分之百" not in sentence:
            continue
        if _stock_taken(sentence, default_year):
            continue
        dls = find_deadlines(sentence, default_year)
        deadline = max(d.date for d in dls) if dls else fallback_deadline
        sentence, back = _percent_words(sentence)
        for t in [*sentence_targets(sentence, deadline, relaxed), *_day_counts(sentence, deadline),
                  *_cn_counts(sentence, deadline)]:
            if is_reporting_duty(t) or _past_clause(t.text, sentence, default_year):
                continue
            t.text = _written_back(t.text, sentence, back)
            out.append(t)
    return out


# 「2023年已完成投资12亿元」「2023年全区共清理卫生死角2300处，2024年力争清理3000处」: a clause opening with a year
# that tells what was done then — before the plan's year with a word of the past (已 / 累计 / 共), or before a later
# year the same sentence goes on to — is a figure of the past; not a base (较2023年增长5% / 在2023年基础上 / 以2023年
# 为基数), a start (自2023年起 / 2023年以来), nor a year with its months (2023年12月底前: the deadline reader's)
_PAST_OPENING = re.compile(r"^(?:其中|据统计)?\s*((?:19|20)\d{2})\s*年(?:度|全年)?"
                           r"(?![\d一二三四五六七八九十]|\s*\d|底|末|前|内|以来|起|上半年|下半年|第)")
_PAST_NOT = re.compile(r"比|较|同比|基础|基数|基准|水平|起|以来|到|至|力争|确保|争取|计划|目标|预计")
# (共建设 / 共建成: in all; 共建: together; 公共: public)
_PAST_DONE = re.compile(r"已|累计|(?<!公)共(?!同|享|建(?!设|成)|治|商)|实际")
_YEAR_AT = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


def _past_clause(clause: str, sentence: str, default_year: int | None) -> bool:
    m = _PAST_OPENING.match(clause.strip())
    if m is None or _PAST_NOT.search(clause):
        return False
    year = int(m.group(1))
    if default_year is not None:
        # in or after the plan's year: the plan's own steps (2024年完成改造30个，2025年力争完成改造40个)
        if year >= default_year or _PAST_DONE.search(clause):
            return year < default_year
        # before it, with no word of the past: only a clause going straight on to the plan's year (2023年新增就业1.1万
        # 人，2024年…), none of the steps of a plan of several years (（2024—2026年）, read as 2026: 2024年改造80个，
        # 2025年改造100个，2026年改造120个 — a step of its own before it)
        at = sentence.find(clause)
        if at < 0:
            return False
        steps = [c for c in re.split(r"[，,；;]", sentence[:at])
                 if _PAST_OPENING.match(c.strip()) and not _PAST_DONE.search(c)]
        return not steps and {int(y) for y in _YEAR_AT.findall(sentence[at + len(clause):])} == {default_year}
    # a plan of no known year: 2023年…，2024年力争…: the first is the past
    later = sentence[sentence.find(clause) + len(clause):] if clause in sentence else ""
    followed = any(int(y) > year for y in _YEAR_AT.findall(later))
    return followed and (_AIM_WORD.search(later) is not None or _PAST_DONE.search(clause) is not None)


_AIM_WORD = re.compile(r"力争|确保|争取|计划|目标")
# 「截至2020年底，全区道路总里程427公里」: what stands at a date before the plan, an inventory
_STOCK_AT = re.compile(r"(?:截至|截止到|截止)\s*((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月)?\s*(?:底|末)?\s*[，,]")
_STOCK_WORDS = re.compile(r"(现有|已有|已建|已经|共有|总里程|总面积|总量|总数|累计已)")


def _stock_taken(sentence: str, default_year: int | None) -> bool:
    """A sentence that says how things stood at a date before the plan's year: its figures are an
    inventory, not targets (a later year, 截至2025年底建成50个, is a goal)."""
    m = _STOCK_AT.search(sentence)
    if not m:
        return False
    year = int(m.group(1))
    if default_year is not None:
        return year < default_year
    return _STOCK_WORDS.search(sentence, m.end()) is not None


_DUTY_SUBJECT = re.compile(r"(报送|上报|呈报|报告|提交|反馈|报)(\S{0,6})?(信息|简报|材料|总结|小结|进展|情况|稿件)?")
_DUTY_UNITS = frozenset({"篇", "份", "期", "条", "次"})


def is_reporting_duty(target: Target) -> bool:
    """``每月报送信息1篇以上`` is a unit's reporting duty (find_duties reads it), not an indicator
    of the plan's work: it must not show on the dashboard as a target nobody fills in."""
    return target.unit in _DUTY_UNITS and bool(_DUTY_SUBJECT.search(target.subject or target.text))
