"""What one sentence of a plan asks to be sent or kept up, read apart from the kinds ``duties.find_duties`` names:
the rhythm it sets (``rhythm_of``: 每月 / 按季度 / 每年 …), and ``other_duty`` — a sending by a date, on a rhythm, 及时
or as laid down, a filing, a standing or case-set sending, an oversight or meeting rhythm (领导小组坚持月调度、季检查 /
定期召开协调会)."""

from __future__ import annotations

import re

from .account_reports import account_sent
from .date_spans import month_range
from .dated_sendings import _SEND, IN_SYSTEM, RECORDS_MODAL, RECORDS_PLACED, SYSTEM_FILLED
from .dates import Deadline, find_deadlines, iso_day, quarterly_lists
from .prefilter import Prefiltered, led
from .sendings import COPY_TO, DO_THE_SENDING, EVERY_GATHERED
from .units import ORG_END

# a form's title (《2007年度…统计表》), which sets no rhythm
_FORM_TITLE = re.compile(r"《[^》]*》")
# a sending each month written as 「于次月5日前将上月…报送」 (the month after the one reported on; not a quarter's:
# 每季度结束后次月10日前, nor a one-off: 活动结束后次月5日前报送总结)
# (上月 or 本月's work in the same clause as 次月: not 「于本月25日前报送方案，次月10日前报送进展」, a one-off)
NEXT_MONTH = (r"^(?!.*季)(?=(?s:.*?)次月)(?s:.*?)(?:^|(?<=[，,；;。]))"
              r"(?=[^，,；;。]*(?:上月|[本当]月(?!\s*\d|\s*[底末内]|\s*[上中下]旬)))"
              r"[^，,；;。]*?(?<!结束后)(?<!结束之后)次月\s*\d{1,2}\s*日(?:之?前|以前)")


_RHYTHM = [(re.compile(r"每月|按月|每个月|每个?自然月|" + NEXT_MONTH +
                       # the month's work on the month before, each month: 「要在本月完成上一个月…的核查汇总和数据填报」
                       # (round 31, plans-next97 class 1)
                       r"|[本当]月[^，,。；;]{0,8}?上一?个?月(?![底末初])"
                       # a monthly report named as the system: 实行月报告、季通报 / 建立月报制度 / 填报月报表
                       # (not 3月报送, 于元月报告, 于当月报告: a month; not 半月报告制度: twice a month)
                       r"|(?:实行|建立|执行|落实|坚持|推行|实施)月报(?!书)"
                       r"|(?<![\d一二三四五六七八九十个元正当半上下本次])月报告?(?=制度|表)"
                       # (「以工作专报和月度简报等形式…报告」: a report named by its rhythm, x259_01 — round 34's
                       # rhythm words)
                       r"|月度(?=[\u4e00-\u9fff]{0,4}(?:例会|会议|调度|通报|讲评|点评|例检|检查|报告|报表|总结|简报))"
                       # (月度巡查情况 / 月度巡检记录: what a monthly round of checks found, sent on — when the
                       # sentence sets no rhythm of its own: 每年12月20日前将全年月度巡查情况汇总报送 is yearly)
                       r"|^(?!.*(?:每年|每半年|每个?季度|每季|全年|年底|年末|及时报))(?s:.*?)"
                       r"月度(?=[\u4e00-\u9fff]{0,4}(?:巡查|巡检))"),
            "month"),
           (re.compile(r"每个?季度|每一季度|每季|按季度?|逐季|每年[一二三四、和及]{1,7}季度(?:最后一个月|末)"
                       # a quarterly mechanism named like 月度通报 above (专项督查、季度进展通报、年末测评), and the
                       # quarter's report due early in the next (下个季度首月10日前…上季度…报告); not 第一季度 / 本季度
                       r"|(?<![一二三四上下本当第该每个])季度(?=[\u4e00-\u9fff]{0,4}(?:例会|调度|通报|讲评|点评))"
                       r"|下一?个?季度(?:首月|第一个月)"),
            "quarter"),
           # (every other week, twice a month: the nearest rhythm the model holds is the week; 每1周 / 每一周 each week)
           (re.compile(r"每\s*[1一]?\s*周|每星期|按周|每两周|每隔一周|隔周|每半个?月|半月一次"), "week"),
           (re.compile(r"每年|每半年|年度(?![\u4e00-\u9fff]{0,2}(?:考核|任务|目标))"), "year"),
           # every other month: the nearest rhythm the model holds is the month
           (re.compile(r"每两个?月|每隔一个?月|每双月"), "month"),
           # a sending each day, by its hour (每日16时前报送火情动态 / 每天17时前向镇禁烧办报告巡查情况) or as a system
           # (实行日报告制度); not a check each day (每日巡查，发现问题及时上报: its sending is 及时)
           (re.compile(r"(?:每日|每天)(?!\s*(?:巡|检|排|督|查))\s*(?:\d{1,2}\s*(?:时|点)\s*(?:之?前|以前)?)?"
                       # (not a meeting or a watch each day that is reported on: 每日下午召开碰头会并报告情况 /
                       # 每日安排专人值守并报告)
                       r"(?:(?!召开|碰头|例会|值守|值班|巡(?![查检](?:情况|结果|记录|动态)))[^，,。；;]){0,12}?"
                       r"(?:报送|上报|报告|报(?![名道销考废批请价账警到]))"
                       r"|(?:实行|建立|执行|落实|坚持|实施)日报告?(?=制度|、)"), "day")]
# (年度 naming what it qualifies sets no rhythm: 年度考核结果报送… / 完成年度目标任务; 每年度 / 年度报告 do)


# (each with the cheap test of the characters one of which its every match holds: a clause names no rhythm
# mostly, and six patterns read each clause of a plan)
_RHYTHM_TESTS = [(Prefiltered(rx), name) for rx, name in _RHYTHM]


# rhythms listed together 「将…数据每周、每月的汇总情况…反馈」: the first named is the duty's
# (Round 41, plans-next167 class 5), not the one _RHYTHM's order tries first
_LISTED_RHYTHMS = re.compile(r"每\s*(周|日|天|月|季度|季|年)\s*[、和及与]\s*每\s*(?:周|日|天|月|季度?|年)"
                             # reports named by their rhythm and listed 「报送周报、月报、季报」: the first named
                             # (not 月报表 alone, nor 3月报送: a month's day)
                             r"|(?<![\d一二三四五六七八九十个元正当半上下本次])(周|日|月|季|年)报\s*[、和及与]\s*"
                             r"(?:周|日|月|季|年)报(?!表)")


def rhythm_of(text: str) -> str | None:
    """The rhythm (month, quarter, week, year) the first of _RHYTHM's patterns that matches names (the first of
    rhythms listed together, ``_LISTED_RHYTHMS``); None."""
    if "、" in text and (listed := _LISTED_RHYTHMS.search(text)):
        return _PERIOD[listed.group(1) or listed.group(2)]
    return next((name for rx, name in _RHYTHM_TESTS if rx.search(text)), None)


# a sentence that only moves the days of the sendings before it when they fall on a rest day
# 「以上报送时间遇节假日提前」「如遇法定节假日顺延」: a rule about their dates, no duty of its own (Round 94;
# ``WorkCalendar.due_day`` reads 提前 from the duty's text, ``deadlines.says_earlier``) — not a sending with a day
# or a rhythm of its own 「每月5日前报送进展，遇节假日提前」
_HOLIDAY_MOVE = re.compile(r"(?:遇|逢)[^。；;，,]{0,4}?(?:节假日|休息日|双休日|周末|假日|假期|放假)"
                           r"[^。；;]{0,12}?(?:提前|顺延|延后|推迟)")


def holiday_rule(s: str) -> bool:
    """``s`` only moves the sendings' days on a rest day (遇节假日提前／顺延): no day, no rhythm of its own."""
    return _HOLIDAY_MOVE.search(s) is not None and rhythm_of(s) is None and re.search(r"\d|每", s) is None \
        and len(_HOLIDAY_MOVE.sub("", s)) <= 16


# a yearly rhythm written out (every other 年度 may name a report about the year)
EVERY_YEAR = re.compile(r"每年|每半年")
# a time the sending must keep without a date: 及时, 在接到承办通知后7个工作日内, 交办之日起3个月内,
# 于一个月内函告主办单位
_PROMPTLY = re.compile(r"及时|随时|定期|立即|第一时间|按时|提早|提前|"
                       # (a case told up as it happened 「并如实报告上级有关部门」: sent each time one occurs)
                       r"如实(?=\s*(?:向[^，,。；;]{2,14}?)?(?:报告|上报|报送))|"
                       # 抽查情况同时报送建交处 / 按要求报送专委办: sent each time the work is done, or as laid down
                       # (not 报废/报批/报请/报价/报账/报警, what is done to a thing; not an applicant's or an
                       # enterprise's procedure: 申请人在申报时同时提交… / 企业在办理登记时同步提交…)
                       # (「并按要求将行政执法决定信息报送本市公共信用信息服务平台」: what is sent named between)
                       # (「按规定的程序和时限上报事故…」: the way laid down named after 的, as 按规定)
                       r"(?:(?<!时)同时|(?<!时)同步|按照?要求|按规定(?:的[\u4e00-\u9fff、]{2,10}?)?)"
                       r"(?=(?:将[^，,。；;]{1,20}?)?"
                       r"(?:报送|上报|抄送|抄报|报告|提交|转交|报(?![名道销考废批请价账警到])))|"
                       # (「…无效的，应当在二十四小时内通过…平台报告」: hours as well, Round 54's limit
                       # from an event)
                       r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个?(?:工作日|日|天|月|周|星期)(?:内|以内)|"
                       r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个?小时(?:内|以内)"
                       r"(?=[^，,。；;]{0,20}?(?:报告|报送|上报))")


# an applicant or an enterprise handing in its papers (申请人应同时提交… / 企业在办理登记时同步提交…)
_APPLICANT_SENDS = re.compile(r"^[^，,。；;]{0,4}?(?:申请人|申报人|申请单位|申报单位|申请企业|申报企业|企业|个人|"
                              r"经营者|"
                              r"建设单位|施工单位)")

# an applicant filing with an office (「请符合条件的企业于每年3月底前向区商务局申报」「有意向的单位可在每年年底前向
# 领导小组申报」): a policy's beneficiary invited to apply, no duty of the plan's units (round 31, the review of p85)
_APPLICANT = re.compile(r"(?:申请人|申报人|申请单位|申报单位|申请企业|申报企业|企业|个人|经营者|符合(?:申报)?条件的"
                        r"|有意向的|有需求的)[^，,。；;]{0,24}$")


# a regulated party's filing (round 32): 「企业应于每年3月底前向区生态环境局报送上年度…」「重点排污单位应当每月…报送…」
# — the policy's content for those it regulates, like an applicant's papers, no reporting duty of the plan's units;
# the party opens the sentence (not 「各区指导企业…报送」: a unit's work), and the papers go to a regulator, not to the
# plan's office, leading group or issuer (「相关企业于每月5日前将整改情况报送区整治办」 stays a duty of the campaign)
_REGULATED_OPENING = re.compile(
    r"^(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?"
    r"(?:(?!指导|组织|督促|引导|帮助|协助|动员|会同|负责|牵头|配合|要求|部门|政府|街镇|各区|委|局|办|和|、)[\u4e00-\u9fff])"
    r"{0,10}?(?:企业|经营者|生产经营单位|经营单位|建设单位|施工单位|排污单位|用人单位|申请人|申报人|业主|个人)"
    r"(?:应当|应|须|需|必须|要|将|于|在|每|按)")
_PLAN_OFFICE = re.compile(r"领导小组|联席会议|指挥部|专班|工作组|[\u4e00-\u9fff]{1,6}办(?:公室)?(?![理法事结])"
                          r"|[我本][委局办厅部署]")        # (the issuer: 「电网企业…报送我委」, the subsidy's payer)


# a one-off day of its own 「于5月6日前报…备案」「请各试点企业于8月20日前，报送…」: a dated sending the notice asks of
# the bodies it tasks, a dated duty (round 43 turned; Round 64 rulings, x180_01) — not a standing filing's yearly day
# 「企业应于每年3月底前向…报送」 (每 between 于 and the month)
_ONE_OFF_DAY = re.compile(r"(?:于|在)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末)\s*(?:之前|以前|前)")


# (「…应于3月31日前…报送上年度排放情况」: last year's account says the day comes each year — a standing filing, rv54p)
_YEARLY_WORDS = re.compile(r"上一?年度?|每一?年")


def regulated_filing(s: str) -> bool:
    """Whether ``s`` is a regulated party's filing with a regulator (``_REGULATED_OPENING``): no duty, round 32; a
    standing filing, not one asked by a day of its own (``_ONE_OFF_DAY``) unless the sentence says it comes every
    year (``_YEARLY_WORDS``)."""
    opening = _REGULATED_OPENING.match(s)
    return opening is not None and _SEND.search(s) is not None and not _PLAN_OFFICE.search(s, opening.end()) \
        and (_ONE_OFF_DAY.search(s) is None or _YEARLY_WORDS.search(s) is not None)


_ORGANISES = re.compile(r"(?:组织|指导|督促|动员|引导|帮助|协助|发动)[^，,。；;]{0,6}$")


def applicant_filing(s: str) -> bool:
    """Whether the one sending of ``s`` is a filing (向…申报) its applicant makes: 「请符合条件的企业于每年3月底前向
    区商务局申报」, not 「各街镇应在每年年底前向领导小组申报次年项目」."""
    m = _SEND.search(s)
    if m is None or m.group(0)[-1:] not in "向至到" or _SEND.search(s[m.end():]) is not None:
        return False
    applicant = _APPLICANT.search(s, 0, m.start())
    # (「各街镇指导符合条件的企业于每年3月底前向区商务局申报」「各区负责组织有意向的单位…申报」: the unit's work of
    # getting the filings in, a duty of its own — round 31, rm85)
    return applicant is not None and _ORGANISES.search(s, 0, applicant.start()) is None

# 「建设单位应当在建设工程发包前，按规定报送园林绿化工程项目信息」: an account sent as laid down before or after an
# event of the work — a duty of the party the rule binds, not an applicant's papers (申请人在申报时同时提交…) (round
# 31, plans-next95 class 5)
_EVENT_BEFORE = re.compile(r"在[^，,。；;\d]{2,20}?(?:之前|之后|以前|以后|前|后)\s*[，,]?\s*$")
_ACCOUNT_SENT = re.compile(r"\s*(?:报送|上报|提交|报告)[^，,。；;]{0,20}?(?:信息|情况|数据|报告|报表|进展)")


# (「专家委员会全体会议每年举行一次」: a meeting held, not 举行开幕式)
_MEETING = re.compile(r"(召开|例会|协调会|推进会|联席会议|会商|通报|督办|联合执法|联合检查|执法检查|"
                      r"会议[^，,。；;]{0,6}?举行|组织研究|专题研究|听取[^，,。；;]{0,16}汇报)")
# duties without a date: 「由单位主管部门报项目管理部门备案」「区文保所负责收集各单位工作方案、自查报告」
# (送区气象局备案: sent to an office for its records; 应至环卫管理部门申报: a filing made at one — not an applicant's)
# (not 护送检查组至现场办公室备案: 护送/运送 is no sending of papers)
_FILING = re.compile(r"报[^，,。；;、]{1,20}备案"
                     r"|(?<![护运押接递输])送[\u4e00-\u9fff]{1,14}?(?:局|委|办|中心|部门|政府|室)备案"
                     r"|(?<=[应须需要])[至到向][\u4e00-\u9fff]{1,12}?(?:部门|单位|办|局|委|科|处|中心|所|站|政府)申报"
                     # 「建设单位应当按《…备案管理办法》的规定进行竣工结算文件备案」: a filing as a rule lays down
                     # (round 31, plans-next95 class 5)
                     r"|(?<=[应须需要])[当该]?按[^。；;]{0,40}?规定[^，,。；;]{0,2}?(?:进行|办理)[^，,。；;]{0,12}?备案")
# a written material made and sent on, or returns gathered and sent up (形成书面总结并报送上级… /
# 汇总、分析和上报排查情况): a sending even with no date or rhythm
_WRITTEN_SEND = re.compile(r"(?:形成|撰写|起草)(?:书面)?(?:总结|报告|材料)[^。；;，,]{0,4}?(?:并|后)?(?:报送|上报)|"
                           # 形成书面督办情况材料,请分管副主席审阅后,汇总到提案委: a written account sent on
                           r"(?:形成|撰写|起草)(?:书面)?[^。；;，,]{0,8}?(?:总结|报告|材料)[^。；;]{0,24}?汇总(?:到|至)|"
                           r"汇总[、，,和及\u4e00-\u9fff]{0,12}?(?:上报|报送)(?!的)[^。；;，,]{0,8}?(?:情况|材料|数据|结果)|"
                           # 要求相关村(居)上报…组织者、安全员…名单: the plan asks its bodies for a list of names (Round
                           # 74's duties: a sending the plan asks of the bodies it tasks, undated)
                           r"要求[^。；;，,]{1,16}?(?:上报|报送|报)[^。；;，,]{2,60}?(?:名单|名册)(?![^。；;，,]{0,4}?的)")
# …but not what was done before the plan (2023年，各部门…均形成书面总结并报送区政府，取得了较好成效), nor data that
# others reported (汇总各街道上报的数据: 上报的 names the data)
_DONE_BEFORE = re.compile(r"(?:开展|形成|报送|上报|取得|完成|实现|建立)了|已经|均已|曾"
                          # …汇总至区政府，取得良好成效: an account of its outcome (not 力争/确保/要取得明显成效)
                          r"|(?<![争保要须能])取得(?:良好|较好|显著|明显|积极)(?:的)?成效")
_COLLECT = re.compile(r"负责(?:收集|汇总|收集汇总)[^，,。；;]{0,10}各[^，,。；;]{0,12}(?:方案|报告|材料|情况|台账)")
_MONTH_DAY = re.compile(r"(\d{1,2})月\d{1,2}日")
# 「8月31日完成线上初审并同步将申报文件报送我委」: a day written without 前, the work due by it (「9月1日将召开…」 is
# a day something happens on, not a due date)
_BARE_DAY = re.compile(r"(?<![\d年])(\d{1,2}\s*月\s*\d{1,2}\s*日)(?=\s*(?:(?:上午|下午|中午|晚上|下班)?\s*(?:\d{1,2}\s*"
                       r"(?:时|点|[:：]\d{2})(?:\d{1,2}分)?)?\s*(?:之|以)?前\s*)?(?:完成|报送|上报|提交|报备|报(?![名道])))")
# a sending a case sets off: 「对不建设…的交通工程项目，需将…理由说明并报市交通委」「凡…变更的，须…报备」, after an
# item's marker or its subject too (「（一）对…」「各街镇对…」); not an asking for leave or praise (报请…表彰 /
# 报…审批 / 报…同意: the case is decided above, nothing is reported)
_ORG = ORG_END.pattern.removesuffix("$")
# the approval or praise a "sending" asks for (报…审批 / 报请…表彰): the case is decided above, nothing is reported
_ASKS_APPROVAL = "审批|同意|表彰|批准|核准|审核|审定"
_CASE_SEND = re.compile(r"^(?:[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[.．、](?!\d))?\s*"
                        rf"(?:各?[\u4e00-\u9fff]{{1,10}}?{_ORG})?"
                        r"(?:对于?|凡|如|若|因)[^。；;]{2,40}?的[^，,。；;]{0,10}[，,][^。；;]{0,20}?"
                        r"(?:需|须|应当?|要|必须)[^。；;]{0,40}?"
                        r"(?:(?:将|把)[^。；;]{1,30}?(?:报送|上报|报备|提交)|(?:报送|上报|报备|提交|报(?![请批]))"
                        rf"(?=[\u4e00-\u9fff]{{1,14}}?{_ORG}))"
                        rf"(?![^。；;]{{0,20}}(?:{_ASKS_APPROVAL}))")
# a case sent up whatever it is, no receiver named 「对于达不到标准的基地一律作不合格基地上报」: information the
# bodies the plan tasks send up (round 46: a report or information sent is a duty, undated where no date is
# written, round 36)
_CASE_REPORTED = re.compile(r"(?:对于?|凡)[^。；;，,]{2,30}?的[^。；;，,]{0,16}?(?:一律|均|都|应当?|须|必须)"
                            r"[^。；;，,]{0,12}?(?:上报|报送)(?=[，,。；;]|$)"
                            rf"(?![^。；;]{{0,20}}(?:{_ASKS_APPROVAL}))")
# a case found in the bodies' own work and sent on 「日常巡查；发现违法行为的，应当依法查处或者报告有关部门」
# (Round 44: a sending the rules ask of the bodies they task when a case arises is an undated duty) — a body named
# after the sending verb
# (「将路面执法中发现的非法改装车辆通报有关部门」: what the work finds, passed on to the bodies that act on it —
# the same undated duty, x258_08)
_FOUND_SEND = re.compile(r"(?:(?:将|把)[^。；;，,]{0,16}?发现的[^。；;，,]{1,24}?通报"
                         rf"(?=[\u4e00-\u9fff]{{0,14}}?{_ORG}(?:[，,。；;]|$))|"
                         r"发现[^。；;，,]{1,24}?(?:的)?[，,][^。]{0,24}?(?:报告|上报|报送))"
                         rf"(?=[\u4e00-\u9fff]{{0,14}}?{_ORG})(?![^。；;]{{0,20}}(?:{_ASKS_APPROVAL}))|"
                         # (the receivers named before the verb, after the case 「管理人发现…设施损坏的，应当向区…部门
                         # 报告」「劝阻无效的，向…部门或者街道办事处报告」: the same duty, Round 83's x316_01 一)
                         r"的[，,]\s*(?:应当?|须|必须|要)?\s*(?:及时|立即)?\s*向[^。；;，,]{2,60}?"
                         rf"{_ORG}(?:报告|上报|报送)(?=[，,。；;]|$)")
# a plan unit told to send its own account on 「A（要）将…情况／意见／结论…报B」 (各村要将…确定情况,以清单的形式上报…;
# 区发展改革委将审核意见报区政府审定): a sending to another body of the plan (round 32 / round 35), whoever B is and
# though the page cuts B's name; not an approval or praise asked for (报…审批 / 报…表彰), nor an applicant's filing
_HANDED_ON = re.compile(r"(?:^\s*(?:\d{1,2}[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）])?|[，,：:])\s*(?:各|由)?"
                        # (or a school's class teachers 「各班主任将本班…登记表交到学生处」: a post keeping its
                        # class's register sends it on, "Round 102 rulings, written early" on x366_04)
                        rf"(?:[\u4e00-\u9fff]{{1,14}}?(?:{_ORG}|村|社区|银行)|班主任)\s*(?:要|应当?|须|需|必须|负责)?\s*"
                        r"(?:及时|按时|统一)?\s*"
                        # (after a step of its own 「A向企业提示…并将…」「A依法办理…登记后将…」)
                        r"(?:[^。；;，,将]{2,30}?(?:并|后|同时))?将"
                        r"[^。；;]{0,40}?(?:意见|结论|情况|结果|总结|报告|清单|名单|材料|台账|数据|信息|登记表)[^。；;]{0,20}?"
                        r"(?:(?<![抄通申填举公预呈汇])(?:报送|上报|报(?![告道名价批请备验表]))(?:至|到|给)?"
                        # (「A应当将…清单提供至B」「A应当将…材料交至B」: handed to a body, round 47's x224 duties)
                        r"|提供(?:至|给)|(?<![提])交(?:至|到|给)|移交(?:至|给)?"
                        # (「将…信息共享至B」: records shared to the body that uses them, Round 85 — not 「加强…共享」)
                        r"|共享(?:至|给))[\u4e00-\u9fff]"
                        r"(?![^。；;]{0,20}(?:审批|同意|表彰|批准|核准))")


# a problem the work meets, told up as it arises 「对试点工作推进中出现的问题及时向我委反映」
# 「遇有问题逐级向区领导汇报」 (Round 44: a sending the rules ask of the bodies they task when a case arises is an
# undated duty); not the public's channel 「群众发现问题可及时向…反映」 (可: an option, a citizen's), nor a step of
# approval (报告…审批)
_PROBLEM_UP = re.compile(r"(?:问题|困难|隐患|矛盾)[^，,。；;]{0,8}?(?:要|应当?|须|需)?\s*(?:及时|立即|逐级|第一时间)\s*"
                         r"向[\u4e00-\u9fff]{1,14}?(?:反映|汇报|报告)"
                         rf"(?![^。；;]{{0,12}}(?:{_ASKS_APPROVAL}))")
_PUBLIC = re.compile(r"可|群众|市民|公众|居民|村民|个人|举报")


def problem_sent(s: str) -> bool:
    """``s`` has a plan body tell a problem of the work up as it arises (``_PROBLEM_UP``), no one's option."""
    if "向" not in s:
        return False
    m = _PROBLEM_UP.search(s)
    if m is None:
        return False
    opened = max(s.rfind(c, 0, m.start()) for c in "，,。；;") + 1
    # (「对群众反映强烈的…问题及时向上级反映」: the public inside what the problem is, before its 的, tells nothing up)
    opened = max(opened, s.rfind("的", opened, m.start()) + 1)
    return _PUBLIC.search(s, opened, m.end()) is None


# a clause of the time an event sets, opening the sentence 「借款申请人申请公积金贷款前，…」: its applicant sends
# nothing
_EVENT_OPENING = re.compile(r"^[^，,。；;]{2,30}?(?:之前|之后|以前|以后|前|后|时)[，,]")


# the papers just named sent on to an office, in a clause of its own 「…上报活动开展情况报告，送省科协科普部」
_SENT_ON_TO = re.compile(r"(?:报告|总结|材料|情况|报表)[^。；;，,]{0,4}[，,]\s*(?:并|再)?\s*(?:送|送交|送至|报送)"
                         r"[省市区县镇乡][\u4e00-\u9fff]{1,14}?(?:局|委|办|中心|部|科|处|室)(?=[，,。；;]|$)")


def handed_on(s: str) -> bool:
    """``s`` tells a plan unit to send its own account on to a body (``_HANDED_ON``), no applicant's filing (an
    applicant named only in the opening clause of an event's time 「借款申请人申请…前，市旧改管理部门应当将…清单
    提供至…」 is no sender)."""
    if "将" not in s or (m := _HANDED_ON.search(s)) is None:
        return False
    if not _APPLICANT_SENDS.match(s):
        return True
    opening = _EVENT_OPENING.match(s)
    return opening is not None and m.start() >= opening.end() - 1


# a standing sending of the body in charge, no date: 「站负责…，向镇政府及上级有关部门报告虫情情况」 (what it
# reports on, a 情况), or a step of the work it leads 「由街道牵头，…，确定名单，上报区领导小组办公室」; not
# 「负责…向X申请」
# (not a past count 「报告虫情情况15次」, a nomination 「上报省级示范合作社」, nor a request for approval
# 「上报县政府，经批准后…」)
# (or 负责 the report itself 「负责向上级防汛指挥机构报告防汛工作情况」)
_STANDING_SEND = re.compile(r"(?:负责|牵头)[^。；;]{0,80}?(?:(?:[，,]\s*(?:并|及时)?\s*|(?<=负责))"
                            r"向[^。；;，,]{2,20}?(?:" + _ORG
                            + r")[^。；;，,]{0,12}?(?:报告|报送|上报|汇报)[^。；;，,]{1,16}?(?:情况|信息|进展|结果)"
                            r"(?![^。；;，,]{0,8}?\d+\s*(?:次|条|份|期|批|篇))"
                            r"|[，,]\s*(?:并|及时)?\s*上报"
                            r"(?![\u4e00-\u9fff]{0,12}?(?:示范|先进|优秀|星级|标杆|试点|模范))"
                            r"[\u4e00-\u9fff]{2,30}?(?:" + _ORG + r")(?=[。；;，,]|$))"
                            rf"(?![^。；;]{{0,20}}(?:{_ASKS_APPROVAL}))")
# the account of the work sent on as its last step, no time given: 「…催促限期整改,并将约谈状况报告市卫片办」 (round 31,
# plans-next97 class 1; not 「并将结果作为考核依据」, no sending; not 报…审批, the case decided above)
_ACCOUNT_JOINED = re.compile(r"[，,]\s*(?:并|同时)(?:及时)?将[^，,。；;]{0,16}?(?:情况|状况|结果|进展|进度)(?:书面)?"
                             # (「并将排查情况报区安委办」: 报 alone — round 31, rm85)
                             # (「并将结果反馈海绵城市建设主管部门」: the results fed back to the body in charge)
                             r"(?:报告|报送|上报|抄送|反馈(?:给|至)?|报(?![请批]))[\u4e00-\u9fff]{1,14}?(?:" + _ORG
                             + r")(?=[，,。；;]|$)")
# a sending an event sets off: 「协议签订后及到期后，抄告各相关职能部门」 / 「项目验收后，函告区财政局」
_ON_EVENT = re.compile(r"[\u4e00-\u9fff]{2}(?:后|之后)[，,]?\s*(?:及时|立即|应当?|须|要|并)?\s*"
                       # (「竣工验收合格后应当主动将竣工验收报告报备规环办」: the paper named, then the sending)
                       r"(?:主动)?(?:(?:将|把)[^，,。；;]{1,16}?(?=报备|备案|报送|上报))?"
                       # (「汇总后向我委报备」「验收通过后向市民宗局填报《…》」: the unit sent to named first)
                       r"(?:向[\u4e00-\u9fff]{2,14}?(?=报备|备案|填报|报送|上报|报告))?"
                       r"(?:抄告|函告|抄送|抄报|报送|上报|告知|报备|备案|填报|报)")

# a filing a case sets off, the filer named by 由: 「5万以下的项目，由建设单位向项管办报备」 (not 由X向Y申报审批 /
# 报…批准: the case decided above)
_CASE_BY = re.compile(r"的(?:项目|工程|事项|活动)[，,]\s*由[\u4e00-\u9fff]{2,12}?向[\u4e00-\u9fff]{2,12}?"
                      r"(?:报备|备案|报送|上报)"
                      # (nor 报送申请材料 / 立项申请: an application, the approval asked)
                      rf"(?![^。；;]{{0,20}}(?:{_ASKS_APPROVAL}|申请|申报|立项))")

# a rhythm written short: 「每日一报，一周整改」「一月一通报」, 「坚持月调度、季检查、半年通报」 (an oversight cycle)
_SHORT_RHYTHM = led(re.compile(r"[每一]\s*(日|天|周|月|季度|季|年)\s*一\s*(?:报|通报|调度|督查|检查|考核|讲评)"
                           # (or a system of reports 「实行日报制度」「认真执行全国清明节祭扫情况日报制度」: the
                           # report's rhythm, what is reported named before it)
                           r"|(?:(?<![\u4e00-\u9fff])|(?<=坚持|实行|实施|建立|落实|推行|采取|执行)"
                           r"|(?<=情况)(?=[日周月季]报制度))(日|周|月|季)"
                           r"(?:调度|通报|检查|督查|督导|考核|点评|会商|小结|报)(?=[、，,；;。]|$|(?<=[^通]报)制度)"))
_PERIOD = {"日": "day", "天": "day", "周": "week", "月": "month", "季度": "quarter", "季": "quarter", "年": "year"}
# 「于7月17日下班前」「6月30日17时前」: a day with the hour it ends at
# (「于12月10前」: 日 lost before 前, the day all the same)
_DAY_BY = re.compile(r"\d{1,2}月\d{1,2}(?:日(?:[(（][^()（）]{1,4}[)）])?"
                     r"(?:下班|上午|下午|中午|\d{1,2}(?:时|点|:\d{2})(?:\d{1,2}分)?)?)?(?:之?前|以前)(?!后)")


# a meeting named by its rhythm (季度例会 / 月度调度会; not 第三季度例会 / 上月例会: one meeting)
_PAIRED_MEETING = re.compile(r"(?<![一二三四第\d上下本当半每按])(季度|月度)[\u4e00-\u9fff]{0,4}?"
                             r"(?:例会|调度会|推进会|协调会|联席会议?)")


# 「定期跟踪汇总各项任务实施情况」「定期调度梳理工作进展」: the tasks' progress gathered on a rhythm (plans-dev's
# "recurring reporting/coordination rhythm"), not 定期开展巡查 / 定期跟踪评估实施效果
_PROGRESS_GATHERED = re.compile(r"(?<!不)定期[^，,。；;]{0,4}?(?:跟踪|汇总|调度|梳理)(?:汇总|梳理|调度)?"
                                # (the plan's work gathered — 各项任务 / 工作 / 各镇…; not 学生作业完成情况 /
                                # 自身安全责任落实情况 / 隐患整改落实情况: another's work or one's own check)
                                r"(?=[^，,。；;]{0,12}?(?:任务|工作|项目|各[\u4e00-\u9fff]{0,3}(?:单位|部门|镇|街道|区|村)))"
                                r"[^，,。；;]{0,12}?(?:实施|推进|落实|工作|完成)(?:情况|进展|进度)")

# 「定期研究并协调解决项目推进过程中存在的问题」「三省一市定期对推进工作进行总结评估」: the work reviewed or coordinated
# on a rhythm the plan leaves open (定期 with no period, as the answers read it: a duty, no rhythm — round 31,
# plans-next91 class 5); not 定期开展巡查 / 定期对设施进行检修 / 定期跟踪评估实施效果 / 不定期
# (not a heading over the sentence that says what is sent: 「（三）做好定期总结归纳。各牵头部门按季度报送…」)
_REGULAR_REVIEW = re.compile(r"^(?!\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、])"
                             r"\s*[\u4e00-\u9fff]{2,10}$)(?s:.*?)(?<!不)定期(?:对[^，,。；;]{1,12}?进行)?"
                             # (not 定期总结推广典型经验: publicity; nor 定期研究解决了…: what was done — rm85)
                             r"(?:研究|研判|会商|协调|总结(?!推广|宣传))(?![^，,。；;]{0,16}?了(?!解))")


def _acting_rhythm(s: str) -> str | None:
    """The rhythm a sentence sets; where its clauses set two (临港标办每周…进行曝光，每半年度发布工作通报 / 每月开展
    一次巡查，每季度报送…), the one of the clause that sends, reports or meets — the duty's, not the other work's."""
    every = rhythm_of(s)
    if every is None:
        return None
    clauses = [(c, rhythm_of(c)) for c in re.split(r"[，,；;]", s)]
    rhythms = {e for _c, e in clauses if e}
    if len(rhythms) < 2:
        # (two meetings on two rhythms in one clause, 建立工作组季度例会和专班月度例会制度: the first named)
        if "季度" not in s or "月度" not in s:
            return every
        met = [MEETING_EVERY[m.group(1)] for m in _PAIRED_MEETING.finditer(s)]
        return met[0] if len(set(met)) > 1 else every
    # a clause that sends first (每周开展一次联合执法检查，每月5日前报送执法情况: month); one that meets or
    # oversees only where none sends
    return next((e for c, e in clauses if e and _SEND.search(c)),
                next((e for c, e in clauses if e and _MEETING.search(c)), every))


# a sending to the plan's own office or leading group, dated or not (「各成员单位将方案和负责人名单报领导小组办公室」
# 「…于月日前将总结上报…领导小组办公室」, the date left blank): a duty of the plan's units (CONVENTIONS.md round 32)
_TO_PLAN_OFFICE = re.compile(r"(?:报送|上报|报|提交|送|交)(?:至|到|给)?[\u4e00-\u9fff]{0,16}?"
                             # (the group written short 「报元宵节活动领导组」「报县工作领导组」: the same group)
                             # (or its working group 「并报乡镇专项工作组审核」)
                             r"(?:领导小?组(?:办公室)?|指挥部(?:办公室)?|专班|(?<!各)(?:专项)?工作组|联席会议办公室"
                             r"|组委会(?:秘书处|办公室)?"
                             # (the plan's own 联席会议 reviewing what is sent: 出具意见后报宅基地管理联席会议审议)
                             r"|联席会议(?=审议|审定))"
                             # (an event's 组委会秘书处, set up by the plan: round 36)
                             r"(?:审议|审定|审核)?(?:[，,。；;（(]|$)")

# a plan unit's sending to another body of the plan, no date given (round 32; round 35 ruling): a body named by its
# level and its kind, sent to (「…确定推荐名单，报送至市发展改革委」「报镇集体资产监督管理委员会预审」) or reported to
# (「同时向市食品安全委员会报告」); not a copy (抄送), nor an approval or an application asked for (报…审批 / 提交…
# 审议通过后 / 报送申报材料 / 立项申请: rm77)
_BODY = (r"(?:[省市区县镇乡]|街道|国家)[\u4e00-\u9fff]{0,16}?(?:局|委员会|委|办公室|办|中心|政府|联席会议|管委会)")
_TO_PLAN_BODY = re.compile(r"(?:(?<![抄通申填举公预呈])(?:报送|上报|提交|报(?![告道名价送批请备]))(?:至|到|给)?"
                           + _BODY + r"(?:[\u4e00-\u9fff]{0,2}?(?:审议|预审|初审)(?!通过)"
                           # (「并报县委办等单位」「并上报乡综治办及有关部门」: other receivers named after the body)
                           r"|(?:(?:等|[及和与、][\u4e00-\u9fff]{0,6}?)(?:单位|部门))?(?=[，,。；;（(]|$))"
                           # (reported with nothing named 「向镇政府报告。」 only as a step of the work just
                           # done, 同时向…报告: next82)
                           r"|(?:(?<=同时)向" + _BODY + r"[\u4e00-\u9fff]{0,2}?(?:报送|上报|报告|提交|汇报|报备|反馈)"
                           r"|向" + _BODY + r"[\u4e00-\u9fff]{0,2}?(?:报送|上报|报告|提交|汇报|报备|反馈)"
                           r"(?![，,。；;]|$)"
                           # (「…出具竣工财务决算批复，并向区财政局备案」: its own result filed with a plan body as the
                           # work's last step — round 48, governs: an undated duty)
                           r"|(?<=并)向" + _BODY + r"备案(?=[，,。；;]|$)))"
                           rf"(?![^。；;]{{0,20}}(?:{_ASKS_APPROVAL}|申请|申报|立项))")
# …nor what was sent before the plan (已经上报 / 报送了, _DONE_BEFORE; 已…并报送 in the sending's clause), nor a count
# of what was sent (累计向…报送…120余条 / 报告虫情情况15次: rm76)
_SENT_COUNT = re.compile(r"累计|\d+\s*余?\s*(?:次|条|份|期|批|篇|件)")
_SENT_ALREADY = re.compile(r"已[^，,。；;]{0,16}?(?:报|提交|向)[^，,。；;]*$")


# the joined filing alone, for the caller that decides whether a sentence sends at all
JOINED_FILING = re.compile(r"并向" + _BODY + r"备案(?=[，,。；;]|$)")


def _body_sending(s: str) -> bool:
    """Whether ``s`` sends to a named plan body (``_TO_PLAN_BODY``), its sender no applicant (「符合条件的企业向区财政局
    报送申请材料」) and the sending no past one nor a count."""
    m = _TO_PLAN_BODY.search(s)
    if m is None or _APPLICANT_SENDS.match(s) or _DONE_BEFORE.search(s) or _SENT_COUNT.search(s, m.start()) \
            or "已" in s and _SENT_ALREADY.search(s, 0, m.start() + 2):
        return False
    applicant = _APPLICANT.search(s, 0, m.start() + 1)
    return applicant is None or _ORGANISES.search(s, 0, applicant.start()) is not None


# a sentence that opens by asking for a sending by one day 「请于6月29日前，将…报…」: the notice's one-off ask, its
# 年度 naming what is sent (the year's plan of an action), no yearly rhythm
_ASKED_BY_DAY = re.compile(r"\s*请(?:各[\u4e00-\u9fff]{1,12}?)?于\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:之前|以前|前)")


def other_duty(s: str, default_year: int | None, sending: bool,
                whole: list[Deadline] | None = None) -> tuple[str | None, str | None, str] | None:
    """(due, every, kind) of a sentence that asks for something to be sent, with a date, a rhythm or
    「及时」 (kind "other"), or that sets an oversight or meeting rhythm where nothing is sent
    (领导小组坚持月调度、季检查 / 每周联合执法检查 / 定期召开协调会: kind "oversight"); None otherwise.
    ``sending``: whether the sentence holds a sending (``_SEND``), searched once by the caller; ``whole``: the
    sentence's deadlines where the caller has read them already."""
    # a form's title (《2007年度…统计表》) sets no rhythm
    short = _SHORT_RHYTHM.search(s)
    if not sending and (kept := EVERY_GATHERED.search(s)):
        # 每周跟踪动态、每月汇总进展: the first rhythm
        return None, _PERIOD[next(g for g in kept.groups() if g)], "oversight"
    if not sending and short is None and not _COLLECT.search(s) and not _MEETING.search(s) \
            and not ("定期" in s and (_PROGRESS_GATHERED.search(s) or _REGULAR_REVIEW.search(s))) \
            and not account_sent(s):
        return None                     # (no rhythm asked for: the rhythm's six patterns are not run — as below)
    untitled = _FORM_TITLE.sub("《》", s)
    every = _acting_rhythm(untitled)
    if every is None and short is not None:
        every = _PERIOD[short.group(1) or short.group(2)]
    if not sending:
        if short is not None:           # 每日一报 / 坚持周报: a report all the same; 月调度、一月一通报: oversight
            sent = short.group(0).endswith("报") and not short.group(0).endswith("通报")
            return None, every, "other" if sent else "oversight"
        if _COLLECT.search(s):
            return None, every, "other"
        if _MEETING.search(s) and (every or "定期" in s) \
                or "定期" in s and (_PROGRESS_GATHERED.search(s) or _REGULAR_REVIEW.search(s)):
            return None, every, "oversight"
        # 「审核后转报市财政局」: others' papers passed on, though no sending verb of _SEND is written
        return (None, every, "other") if account_sent(s) else None
    months = [int(m) for m in _MONTH_DAY.findall(s)]
    if every is None and (len(months) >= 4 and len(set(m % 3 for m in months)) == 1 or quarterly_lists(s)):
        every = "quarter"                # 分别于2月14日、5月16日、8月15日、11月14日前上报
    dls = list(whole if whole is not None else find_deadlines(s, default_year))
    if not dls and (bare := _BARE_DAY.search(s)):
        dls = find_deadlines(bare.group(1) + "前", default_year)
    if every == "year" and dls and not EVERY_YEAR.search(s) and (all(not d.year_inferred for d in dls)
                                                                or _ASKED_BY_DAY.match(s)):
        every = None                     # 2023年12月底前形成年度工作报告: a report about the year, due that day
        #                                  (「请于6月29日前，将…年度集中攻坚任务方案…报…」: the notice's one-off ask)
    # (a day joined to the sending 「确保“十五五”末…达到80%，请各区于4月底前报送…」: the sending's day, over a goal's)
    sent_on = [d for d in dls if _SENT_ON.match(s, d.end)]
    due = max(d.date for d in (sent_on or dls)) if dls and every is None else None
    if due is None and every is None and (opening := _MONTH_OPENING.match(s)):
        # 「2025年9月，数据处理及成果编制上报」: a step of a schedule, its sending due by that month's end
        end = month_range(opening.group(1), default_year)[1]
        due = iso_day(int(end[:4]), int(end[5:7])) if end else None
    # 5月7日前交县创卫办 in a text whose year is not given (201x): a sending by a date all the same, undated
    by_day = default_year is None and _DAY_BY.search(s) is not None
    promptly = _PROMPTLY.search(s)
    if promptly and _APPLICANT_SENDS.match(s) \
            and promptly.group(0).startswith(("同时", "同步", "按要求", "按照要求", "按规定")) \
            and not (_EVENT_BEFORE.search(s, 0, promptly.start()) and _ACCOUNT_SENT.match(s, promptly.end())):
        promptly = None                  # 申请人应同时提交…: what an applicant hands in, no unit's duty
    filing = _FILING.search(s)
    if filing and filing.group(0).endswith("申报") and _APPLICANT_SENDS.match(s):
        filing = None                    # 申请人应至政务服务中心申报: an applicant's application, no unit's duty
    if every is None and due is None and not promptly and not filing and not _COLLECT.search(s) \
            and not _TO_PLAN_OFFICE.search(s) and not _body_sending(s) \
            and not COPY_TO.search(s) and not by_day and not _ON_EVENT.search(s) and not _CASE_SEND.search(s) \
            and not _CASE_REPORTED.search(s) \
            and not _FOUND_SEND.search(s) and not problem_sent(s) and not _SENT_ON_TO.search(s) \
            and not _CASE_BY.search(s) and not handed_on(s) \
            and not DO_THE_SENDING.search(s) and not _STANDING_SEND.search(s) and not _ACCOUNT_JOINED.search(s) \
            and not (_WRITTEN_SEND.search(s) and not _DONE_BEFORE.search(s)) and not account_sent(s) \
            and not _RECORDS_UPLOADED.search(s) and not _TOLD_TO_ACT.search(s) and not _DISASTER_TOLD.search(s) \
            and not FINDING_TOLD.search(s):
        return None
    return due, every, "other"


# a case told to the local government that then acts on it 「…的，应当告知所在地乡（镇）人民政府、街道办事处，由乡（镇）
# 人民政府、街道办事处负责指定…」: information sent to the bodies that act on it, undated (round 44; Round 91's x340_02
# 第十九条) — not a party told 「…的，应当书面告知申请人」
_TOLD_TO_ACT = re.compile(r"的[，,]\s*(?:应当?|须)?告知[^，,。；;]{2,30}?(?:人民政府|街道办事处)[，,]\s*由")


# the emergency itself told up as a step of the response 「…;上报灾情,争取政府支持」「并报告险情」: a report the plan
# asks when its case arises, undated (round 44; Round 89's x332_01) — its clause opening with the sending of the
# disaster's own news (not 「上报项目」, a nomination, nor 「灾情上报制度」, a name)
_DISASTER_TOLD = re.compile(r"(?:^|[，,；;。])\s*(?:并|同时)?\s*(?:上报|报告|报送)"
                            r"(?:灾情|险情|汛情|疫情|震情|火情|灾害损失情况|受灾情况)(?=[，,。；;]|$)")


# records a body keeps sent to the platform the bodies use 「A应按要求将质量信息动态更新上传至X平台」: a sending of
# records, a duty though undated (Round 85's x319_02 三/1, x321_01 六、（二）) — not a member of the public's upload
# (… or transmitted there 「…确保…数据实时传输至X系统」「按照规定的频次…向X平台传输数据」: a sending, 实时 printing no
# date — Round 95's turned x352_02 第十条)
_RECORDS_UPLOADED = re.compile(r"(?:将|把)[^，,。；;]{1,20}?(?:信息|数据|资料|档案|台账)[^，,。；;]{0,8}?上传(?:至|到)"
                               r"[^，,。；;]{2,30}?(?:平台|系统|网)|"
                               r"(?:信息|数据)[^，,。；;]{0,8}?传输(?:至|到)[^，,。；;]{2,30}?(?:平台|系统)|"
                               r"向[^，,。；;向]{2,30}?(?:平台|系统)传输[^，,。；;]{0,8}?(?:信息|数据)|"
                               r"(?:将|把)[^，,。；;]{0,12}?(?:信息|数据|记录)纳入[^，,。；;]{2,30}?(?:平台|系统|数据库)"
                               r"(?=[，,。；;]|$)|"
                               # (… the records named before the rule's modal 「…的信息，应当纳入…征信系统」,
                               # gathered into the platform 「将…信用信息归集至…平台」 or shared with it
                               # 「…与相关公共信用信息平台共享」: the same sending, undated — Round 81's x310_03
                               # 第十四条; Round 97's x353_03 第二十八条)
                               # (… its modal right after them 「…数据信息应当纳入本市公路信息化管理体系」, the
                               # system a 信息化…体系: Round 104 on x371_03 第二十七条)
                               + RECORDS_MODAL + RECORDS_PLACED + "|"
                               r"(?:将|把)[^，,。；;]{0,30}?(?:信息|数据|记录)归集(?:至|到)[^，,。；;]{2,30}?"
                               r"(?:平台|系统|数据库)(?=[，,。；;]|$)|"
                               r"[与同向][^，,。；;与同向]{2,20}?信息(?:共享)?(?:平台|系统)共享(?=[，,。；;]|$)|"
                               # (… or entered in the system that gathers them 「…按…规定在相应系统内填报」, Round 99's
                               # x363_04 五、3.)
                               r"在[^，,。；;在]{0,12}?" + IN_SYSTEM + SYSTEM_FILLED + "|"
                               # (… or sent to the archive that keeps them 「…资料等进行整理归档，并报送档案馆存档」
                               # 「将竣工资料报送城建档案馆」: records sent to the body that gathers them, undated —
                               # x370_02 6③, p70a; not the body's own filing 「整理归档」 with no archive named)
                               r"(?:报送|送交)(?:至|到|给)?[\u4e00-\u9fff]{0,8}?档案(?:馆|室)"
                               r"(?:存档|归档|保存|备案)?(?=[，,。；;]|$)")


# (or what is sent between: 「于11月27日前将展板数量及参加人数,报市防艾办…，各单位于12月1日上午8:30前到达…」 — the
# sending's day, not a later day of the same sentence's other work)
_SENT_ON = re.compile(r"\s*(?:之前|以前|前)?\s*(?:报送|上报|报至|提交"
                      r"|[，,]?\s*(?:将|把)[^。；;]{0,40}?(?:报送|上报|报至|提交|报(?=[市区县省镇])))")
# a sentence opening with a year and month (2025年9月，… / 2025年7-8月，…)
_MONTH_OPENING = re.compile(r"((?:19|20)\d{2}\s*年\s*\d{1,2}(?:\s*[-—–~至]\s*\d{1,2})?\s*月)\s*[，,]")


# the rhythm a meeting takes from its name (季度例会 → quarter, 月度调度会 → month)
MEETING_EVERY = {"季度": "quarter", "季": "quarter", "月度": "month", "月": "month", "年度": "year"}


# a summary or a statistical return finished by a day: 「5月底前完成整组总结和民兵分队数质量统计报表工作」 — the papers
# the units hand in, though no sending verb is written (round 31, plans-next97 class 1); not a summary of what was done
# (已完成…总结), nor the whole work (全面完成改造任务)
_RETURN_MADE = re.compile(r"(?:之前|以前|前)\s*[，,]?\s*(?:全面)?完成(?:[^，,。；;]{0,12}?(?:总结|统计报表|报表)"
                          r"(?:[和及、][^，,。；;]{0,16}?(?:总结|报表))?)(?:工作)?\s*(?:[，,。；;]|$)")


# the body's own finding told to the party it bears on 「处理结果应当及时告知异议申请人」「…将核查结果书面告知
# 举报人」: a notice of its own results, a duty on its own motion or on an objection (Round 93 on x345_04 第十七条;
# Round 89's turned x331_04 第九条) — not a paper served 「书面告知受害人」 with no finding named
# (… or to the one who complained, left unsaid after the complaint the sentence receives 「有关部门接到投诉、举报后，
# 应当…进行处理，并将处理结果予以反馈」: the finding fed back to them — not one made public 「…予以公布」)
# (… or the body's decision on an application, its reasons or what the papers lack, told to the applicant 「…应当将
# 延长期限的理由告知申请人」「…应一次性告知申请人补正相关材料」「作出是否予以修复的决定，并书面告知信用信息主体」:
# a notice of its own decision or finding to the party it concerns — Round 97 on x358_01 第七、十、十一、十二条,
# x358_03 第六、七条) — not a decision named as the case 「作出不予许可决定的，应当书面告知申请人」 (p67e's near miss),
# its day a time after it 「…决定的，应当在作出决定之日起5日内书面告知申请人」 (no span runs over the case's 的，)
# (… or what the papers lack 「如有缺项，应当告知申请人补全」, the written refusal 「经审核不符合条件的，应当在7日内
# 出具不予办理的书面意见」, and the party the body picked told so 「出租人在指定承租人后应及时通知其办理…手续」: notices
# of the body's own finding or decision to the party it concerns — Round 105 on x376_02 三、; Round 93's x341_04
# 第十七条)
_TOLD_PARTY = r"(?:申请人|被许可人|申请单位|[\u4e00-\u9fff]{2,6}主体)"
FINDING_TOLD = re.compile(r"将[^，,。；;]{0,24}?(?:理由|结果|结论|决定|所需时间|期限)(?:及时|书面|以书面形式)*告知"
                          + _TOLD_PARTY + r"|(?:一次(?:性)?|应当?|须)(?:书面)?告知(?:申请人)?(?:需要|应当)?"
                          r"(?:补正|补全|补齐)"
                          r"|(?:应当?|须)[^，,。；;]{0,12}?出具不予[\u4e00-\u9fff]{2,4}的书面(?:意见|决定|通知)"
                          r"|(?:指定|确定|选定)[^，,。；;]{1,12}?后(?:应当?|须)(?:及时)?(?:书面)?通知其"
                          r"|(?:作出|做出)(?:(?!的[，,])[^。；;]){0,50}?决定书?(?!的[，,]|之日|后)"
                          r"(?:(?!的[，,])[^。；;]){0,50}?告知" + _TOLD_PARTY + r"|"
                          r"(?:处理|核查|调查|复核|审核|核实|认定|评估)(?:结果|结论|意见)[^，,。；;]{0,12}?"
                          r"(?:告知|反馈(?:给|至)?|答复)[\u4e00-\u9fff]{1,10}?(?:人|单位|企业|方)(?=[，,。；;]|$)"
                          r"|(?:投诉|举报)[^。；;]{1,60}?(?:处理|核查|调查|核实)(?:结果|结论|意见)(?:予以|及时|书面)*"
                          r"(?:反馈|答复|告知)(?=[，,。；;]|$)"
                          # (… or the site check's finding with its order to put right 「凡经核查发现不符合…条件的，同时
                          # 提出在10日内限期整改要求」: Round 105 on x376_03 第十条)
                          r"|经(?:核查|检查|复查|审核|核实)发现[^。；;]{1,40}?的[，,](?:同时|并|应当?|须)*"
                          r"(?:提出|下达|出具)[^，,。；;]{0,16}?整改(?:要求|意见|通知)")


def return_made_by(s: str, default_year: int | None) -> str | None:
    """The day a summary or a statistical return is to be finished by (``_RETURN_MADE``), or None."""
    m = _RETURN_MADE.search(s)
    if m is None:
        return None
    dls = [d for d in find_deadlines(s[:m.end()], default_year) if d.end <= m.start() + 4]
    return dls[-1].date if dls else None

