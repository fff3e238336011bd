"""The words that send something to someone (``_SEND``), and the sentences that ask for several sendings, each by
a day of its own, written out one sending at a time (read by ``duties.find_duties``)."""

from __future__ import annotations

import re

from .dates import find_deadlines
from .normalise import month_day, split_top_level
from .prefilter import Prefiltered

# sending something to someone: 报送 / 上报 / 报至… / 报区协调小组办公室 / 报告国务院 / 备案
# (Prefiltered: a sentence holding none of the characters every sending needs is passed over at once)
# the plain sending verbs, shared with task_dates (a sending's day after an item's own 完成 day)
SEND_VERBS = "报送|上报|报至|报给|提交|报备|备案|抄报|送交|函告"
# the system that gathers records a body enters them in 「…按…规定在相应系统内填报」 (Round 99's x363_04 五、3.): the
# place (three characters, fit for a lookbehind) and the entry closing its clause — shared with ``duty_sentences``
IN_SYSTEM = r"(?:平台|系统)[内中上]"
SYSTEM_FILLED = r"填报(?=[，,。；;]|$)"
# records placed in the system that gathers them, named right before the rule's modal 「…的信息，应当纳入…征信系统」
# 「…数据信息应当纳入本市公路信息化管理体系」 (Round 81's x310_03 第十四条; Round 104 on x371_03 第二十七条): one
# pattern, _SEND's sending and duty_sentences' records sent (rv71a F5)
RECORDS_MODAL = r"(?:信息|数据|记录)[，,]?(?:应当|应)"
_INTO_SYSTEM = r"(?=[^，,。；;]{2,30}?(?:平台|系统|数据库|信息化[^，,。；;]{0,6}?体系)(?:[，,。；;]|$))"
RECORDS_PLACED = "纳入" + _INTO_SYSTEM
# (the same, the match only 纳入: the modal before it as lookbehinds, one per fixed width)
_RECORDS_PLACED_AFTER = ("纳入(?:" + "|".join(f"(?<={w}{c}{m}纳入)" for w in ("信息", "数据", "记录")
                                             for c in ("，", ",", "") for m in ("应当", "应")) + ")" + _INTO_SYSTEM)
# (「对上报材料内容符合要求的企业组织开展现场查看」「…实际情况和上报材料内容符合情况进行检查」: 对 before the verb,
# or 材料内容 after it — what was sent, read by the receiver; not 核对/校对/比对 then a sending: 经核对上报)
_SEND = Prefiltered(re.compile(r"((?<![^核校比]对)(?:" + SEND_VERBS + r")(?!材料内容)|报告(?!书)|函复|函送|抄告|"
                   r"提供(?=[^，,。；;]{0,12}(?:数据|资料|材料|报表|台账))|"
                   # (「将…信息共享至B」: records sent to the body that uses them, Round 85; not 「加强…的共享」)
                   r"(?<=[息据料况果])共享(?=至|给)|"
                   # 同时上交…半年总结和全年总结: papers handed up (not 上交国库 / 上交利润: money) (round 31)
                   r"上交(?=[^，,。；;]{0,30}?(?:总结|报告|材料|报表|台账|数据|信息|情况))|"
                   # 向市民宗局填报《…申报表》 / 同时转交市确权登记局: a form filled in for, a paper handed on to a unit
                   r"(?<=[\u4e00-\u9fff]{2}[局委办厅部])填报(?=\s*《)|"
                   # (not 「将线索同时转交县纪委监委」「案件移送/转交…」: a case handed on for action, no report)
                   r"(?<!线索)(?<!线索同时)(?<!案件)(?<!案件同时)(?<!问题)(?<!问题同时)(?<!信访件)"
                   r"转交(?=[\u4e00-\u9fff]{1,20}?(?:办公室|中心|局|处|室|委|厅|政府|办)(?:[，,。；;]|$))|"
                   # (报市残联 / 报区妇联 / 报县科协: a people's body of a level; 「…于9月1日前报市残」 where the
                   # page is cut inside the receiver's name: such a people's body all the same; not 「每月通报区县」)
                   r"(?:(?<![^核校比]对上)报|退回|反馈)(?=[\u4e00-\u9fff]{1,14}(办公室|办|中心|局|处|室|委|厅|部|院|邮箱|政府|组"
                   # (「将办理结果反馈至乡级河长」: a chief of the chief system's level, who receives its reports)
                   r"|联席会议|残联|妇联|文联|侨联|科协|工商联|[乡镇县区市省上]级?[河湖林路田]长)"
                   r"|[市区县省](?:残|妇|文|侨|科|工商?)$)|"
                   # 「…新闻报道链接等发送至邮箱kycjb2015@163.com」: papers sent to the issuer's mailbox
                   r"(?:发送|发)(?:至|到)(?=\s*(?:电子)?邮箱|\s*[A-Za-z0-9._-]+@)|"
                   # 「有关部门应当在收到协助通知书的五个工作日内告知」: a body's answer to another body's request (a
                   # notice, a letter, a call for help or views), within a limit from its receipt — information sent
                   # to another body of the rules (rounds 35, 44), undated (Round 54); not an applicant answered
                   # 「收到申请后5日内答复」, nor a person told 「…内告知申请人」 (the verb closes its clause)
                   r"(?<=收到)[^。；;，,]{0,12}?(?:通知书?|函件?|协查|协助|征求意见|意见征询)[^。；;，,]{0,6}?"
                   r"(?:[\d一二三四五六七八九十]{1,3}\s*个?(?:工作日|日|天))\s*(?:内|以内)\s*(?:书面)?"
                   r"(?:告知|答复|回复|函复)(?=[，,。；;]|$)|"
                   # (「提前告知区级财政部门」: told to the departments that act on it)
                   # (… or levels sharing the head 「告知市、区绿化市容部门」: the bodies that act on it, Round 91's
                   # x340_02 第十九条)
                   r"(?:退回|反馈|告知)(?=[\u4e00-\u9fff]{1,8}(?:单位|部门)|[市区县镇乡]、[\u4e00-\u9fff]{1,10}部门)|"
                   # (… or the local government where it stands 「…的，应当告知所在地乡（镇）人民政府、街道办事处，
                   # 由…负责指定…」: the bodies that act on it, x346_03 第三十六条 — not a person told 「告知申请人」)
                   r"告知(?=(?:所在地的?)?(?:[乡镇区县](?:[（(](?:[乡镇区县]|街道)[)）])?)?(?:人民政府|街道办事处))|"
                   # 5月7日前交县创卫办: handed to a unit of a place (not 交通局, 移交, 提交 above)
                   # 汇总到提案委 / 汇总至区文明办: gathered and sent to a named office
                   r"汇总(?:到|至)(?=[\u4e00-\u9fff]{1,10}?(?:办公室|办|中心|局|委|政府|组)(?![\u4e00-\u9fff]))|"
                   # 考核成绩呈送镇主要领导 / 呈报区政府: handed up to the leaders or a body above
                   r"呈(?:送|报)(?=[\u4e00-\u9fff]{1,10}?(?:领导|办公室|办|局|委|政府|组))|"
                   # 于1月15日前发送至两办综合科邮箱 / 发至区应急办: papers sent to an office or its mailbox
                   r"(?:发送|发)(?:至|到)(?=[\u4e00-\u9fff]{1,16}?(?:邮箱|办公室|办|中心|局|处|科|室|委|政府|组))|"
                   r"(?<![社外移转递成公结])交(?:至|到|给|于)?(?=[省市县区镇乡](?!交)[\u4e00-\u9fff]{1,10}?"
                   r"(?:办公室|办|中心|局|委|政府|组))|"
                   r"(?:答复|反馈给?)(?=[\u4e00-\u9fff]{0,4}(代表|委员|提案人|建议人))|"
                   # 及时将预警信息通报区消防救援支队: told to the body that acts on it, named closing the clause (not
                   # 通报批评 / 通报工作进展 / 向社会通报); 「将…发现的…车辆通报有关部门」: told to the departments that
                   # act on it, information passed on (rounds 35, 46; x258_08)
                   r"(?<=[\u4e00-\u9fff])通报(?=[\u4e00-\u9fff]{1,14}?(?:办公室|中心|局|处|委|厅|政府|支队|大队|机构|部门)"
                   r"(?:[，,。；;]|$))|"
                   # 将代表建议和政协提案办理完毕并书面答复: the written reply (to the deputies) is sent
                   r"(?<=[并和])书面答复|(?<=予以)书面答复|"
                   r"抄送(?=[\u4e00-\u9fff]{2,14}(办公室|办|中心|局|处|室|委|政府|组))|"
                   # 开发主体单位应至环卫管理部门申报: a filing made at an office
                   # (「应在每年年底前向领导小组申报次年项目」: a yearly day between)
                   r"(?:(?<=[应须需要])[至到向]|每年[^，,。；;]{0,8}?前\s*向)"
                   # (「向市发展改革委申报」「向区政府申报」: a commission or a government too — rm85)
                   r"(?=[\u4e00-\u9fff]{1,12}?(?:部门|单位|办|局|委|科|处|中心|所|站|小组|政府)申报)|"
                   # 请各承办单位于11月30日前将《…统计表》(见附件1)上[报]: a named form asked for by a date
                   r"(?<=将)\s*《[^》]{2,60}(?:表|清单|报告|总结|台账)》|"
                   # 及时录入…信息化平台 / 定期…更新和上传 / 重大问题要及时反映: data kept in a system, problems told
                   r"录入(?=[^，,。；;]{0,20}(?:平台|系统|数据库))|(?<!网友|用户|会员)上传|(?<=及时)反映|(?<=立即)反映|"
                   # 「…将数据实时传输至X系统」「向X平台传输数据」: records transmitted to the platform gathering them
                   # (Round 95's turned x352_02 第十条) — not 「加强数据传输」
                   r"传输(?:至|到)(?=[^，,。；;]{2,30}?(?:平台|系统))|(?<=平台|系统)传输(?=[^，,。；;]{0,8}?(?:数据|信息))|"
                   # 「并将相关信息纳入市X信用信息共享平台」: records placed in the platform that gathers them, a
                   # sending (Round 97's x353_03 第二十八条) — not 「将…纳入考核」「将企业纳入…平台管理」 (no records)
                   r"(?<=信息|数据|记录)纳入(?=[^，,。；;]{2,30}?(?:平台|系统|数据库)(?:[，,。；;]|$))|"
                   # (… the records named before the rule's modal 「…的信息，应当纳入本市个人信用征信系统」,
                   # gathered into the platform 「将…信用信息归集至本市公共信用信息服务平台」, or shared with it
                   # 「…记录信息，A将…与相关公共信用信息平台共享」: the same sending, undated — not
                   # 「加强…信息的归集、共享和应用」, no platform named as where they go)
                   # (… the modal right after them, the system a 信息化…体系 「…数据信息应当纳入本市公路信息化管理
                   # 体系」: Round 104 on x371_03 第二十七条; ``RECORDS_PLACED``, duty_sentences' too — rv71a F5)
                   + _RECORDS_PLACED_AFTER + "|"
                   r"(?<=信息|数据|记录)归集(?:至|到)(?=[^，,。；;]{2,30}?(?:平台|系统|数据库)(?:[，,。；;]|$))|"
                   r"(?<=[与同向])[^，,。；;与同向]{2,20}?信息(?:共享)?(?:平台|系统)共享(?=[，,。；;]|$)|"
                   # (… or entered in the system that gathers them 「…工作按…规定在相应系统内填报」: Round 99's
                   # x363_04 五、3. — not a form filled in with no system named)
                   r"(?<=" + IN_SYSTEM + r")" + SYSTEM_FILLED + "|"
                   # 「请各区规划资源局及时反馈实施情况」: the work's state sent back, no receiver named (round 43)
                   r"(?<=及时|定期|按时|按月|每月|逐级)反馈(?=[^，,。；;]{0,12}?(?:情况|进展|结果)(?:[，,。；;]|$))|"
                   # 「向市委政法委提供…考评情况」「及时向市市场监管局通报涉及…的线索」「及时向…服务平台反馈…情况」:
                   # a body's results or the leads its work meets, sent to a named body or platform (Round 74's
                   # Duties)
                   r"向[^，,。；;向]{2,24}?(?:委员会|委|局|办公室|办|厅|中心|平台|支队|大队)(?:提供|通报|反馈)"
                   r"(?=[^，,。；;]{1,40}?(?:情况|线索|信息|结果|数据|进展)(?:[，,。；;]|$))|"
                   # 「发现…等问题，…并将相关情况及时报委托方」: what the work finds told to the party that commissioned
                   # it, named by its side (Round 83's x316_01 一: a report to the party that acts on it)
                   r"(?<=及时|立即|如实)报(?=委托方|委托人|委托单位)|"
                   # 「提早排摸辖区内装修情况，预报环卫部门」: told in advance to the department that acts on it
                   r"预报(?=[\u4e00-\u9fff]{1,10}(?:部门|单位|办公室|中心|局|所|站|队)))"))

# a day, a month or a year written in digits
_DATE_WORD = re.compile(r"\d\s*[年月日]")


# 「于9月1日前反馈联络人及联系方式」: who to contact, given back to the unit that asks (a sending of its own)
_GIVE_BACK = re.compile(r"反馈[^，,。；;]{0,6}?(?:联络人|联络员|联系人|联系方式)")
# 「于2025年12月5日前」 alone between commas: the date of the clause after it
_DATE_ALONE = re.compile(r"\s*(?:请|须|需|要|应)?\s*(?:于|在)?\s*[^，,。；;]{0,14}?(?:之前|以前|前)\s*")


def _dated_sendings(s: str, default_year: int | None, sending: bool = True) -> list[tuple[str, str]]:
    """「…于2021年1月31日前报送市政府办公室审核,2月5日前报送市督查考评办公室」: one sentence asking for
    two sendings, each by its own date — (the words of each, its date); [] for fewer than two. ``sending``
    False: the caller's search of ``_SEND`` found none in ``s`` (not searched again)."""
    sends = len(_SEND.findall(s)) if sending else 0
    if sends < 2 and sends + len(_GIVE_BACK.findall(s)) < 2 or len(_DATE_WORD.findall(s)) < 2:
        return []
    steps: list[tuple[str, str]] = []
    start = 0
    clauses = split_top_level(s, "，,")
    pos = 0
    held = None                         # a date in a clause of its own (于2025年12月5日前，通过…报送…)
    nxt_dated = find_deadlines(clauses[0], default_year) if clauses else []
    for n, clause in enumerate(clauses):
        end = pos + len(clause)
        dls = nxt_dated or held         # (each clause's deadlines read once: as the next, then as this one)
        nxt = clauses[n + 1] if n + 1 < len(clauses) else ""
        nxt_dated = find_deadlines(nxt, default_year) if nxt else []
        held = None
        if dls and (_SEND.search(clause) or _GIVE_BACK.search(clause)):
            # (a month or day written beats the period the clause names: 7月10日前报送上半年工作总结 is due 7月10日)
            # (only over a half year or quarter the summary covers: 10月底前完成自查后于年底前报送 is due 年底)
            dayed = [d for d in dls if "月" in d.words]
            period = "月" not in dls[-1].words and re.search(r"半年|季", dls[-1].words) is not None
            steps.append((s[start:end].strip("，, "), (dayed if dayed and period else dls)[-1].date))
            start = end + 1
        elif dls and _DATE_ALONE.fullmatch(clause) and nxt and not nxt_dated and _SEND.search(nxt):
            held = dls                  # the date goes with the sending the next clause asks for
        elif dls and not nxt_dated:
            return []                   # a date that is no sending's
        pos = end + 1
    return steps if len(steps) >= 2 else []


# 分别于615日、1215日前: a list of dates whose 月 was lost (a copy that dropped it); read only when every
# one of them splits into a month and a day one way alone (615 → 6月15日: 61月5日 is none; 115 could be
# 1月15日 or 11月5日, so a list holding it is left as written)
_NO_MONTH_LIST = re.compile(r"(?<=于)((?:\d{3,4}日、)+\d{3,4}日)(?=前)")


def _months_restored(s: str) -> str:
    """分别于615日、1215日前 → 分别于6月15日、12月15日前, when every date of the list reads one way alone
    and the months rise (the 半年 / 全年 pair the sentence names)."""
    def fix(m: re.Match[str]) -> str:
        tokens = m.group(1).replace("日", "").split("、")
        days = [month_day(t) for t in tokens]
        if any(d is None for d in days):
            return m.group(0)
        months = [int(d.split("月")[0]) for d in days if d]
        return "、".join(d for d in days if d) if months == sorted(set(months)) else m.group(0)
    # (every match holds 「日、」: a sentence without it, nearly all, skips the sub and its callback's setup)
    return _NO_MONTH_LIST.sub(fix, s) if "日、" in s else s


# 分别于6月15日、12月15日前将A、B报至…: one sending a date, each of the things listed in the same order
_RESPECTIVE = re.compile(r"^(.*?)(?:须|要|应)?分别于((?:[^、，,。]{2,12}、)+[^、，,。]{2,12}?)前将(.+?)"
                         r"(报至|报送|上报|报|提交|交)(.*)$")


def _respective_sendings(s: str, default_year: int | None) -> list[tuple[str, str]]:
    """「区直各单位须分别于6月15日、12月15日前将半年进展、全年完成情况报至牵头单位」: two duties, each
    thing by its own date; [] when the dates and the things do not pair."""
    m = _RESPECTIVE.match(s) if "分别于" in s else None     # (in every match: a sentence without it, no scan)
    if not m:
        return []
    dates = [find_deadlines(d + "前", default_year) for d in m.group(2).split("、")]
    things = split_top_level(m.group(3), "、")
    if len(dates) < 2 or len(things) != len(dates) or any(len(d) != 1 for d in dates):
        return []
    lead = things[0][:things[0].rfind("的") + 1] if "的" in things[0] else ""
    out = []
    for n, (found, thing) in enumerate(zip(dates, things, strict=True)):
        words = (lead if n and not thing.startswith(lead) else "") + thing
        who = re.sub(r"^(?:即\s*[:：])?\s*(?:[一二三四五六七八九十]是)?", "", m.group(1))     # 即:一是…
        out.append((f"{who}将{words}{m.group(4)}{m.group(5)}", found[0].date))
    return out


# two things sent by two days in one clause (「半年和年度工作总结分别于6月30日前和12月15日前报送」 /
# 「6月25日前和12月20日前分别报送半年和全年工作总结」 / 「2024年12月20日前、2025年12月20日前分别报送年度总结」): each
# thing by its own day, the first named to the first day (one thing named: both days send it)
_PAIR_DAY = r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末|中旬|上旬|下旬)"
_PAIR_THING = (r"(?:(?P<a>[\u4e00-\u9fff]{1,6}?)(?:和|及|与|、)(?P<b>[\u4e00-\u9fff]{1,6}?)"
               r"|(?P<pre>年度|全年|半年|上半年|季度|阶段性))?"
               r"(?P<thing>(?:工作)?(?:总结|小结|报告)(?:材料)?)")
_PAIR_VERB = r"(?P<verb>报送|上报|提交|报)"
_PAIR_DAYS = rf"(?P<d1>{_PAIR_DAY})\s*(?:前|之前)?\s*(?:和|、|及)\s*(?P<d2>{_PAIR_DAY})\s*(?:前|之前)"
_PAIRED = [re.compile(rf"{_PAIR_THING}(?:须|要|应)?分别(?:于|在){_PAIR_DAYS}{_PAIR_VERB}(?P<rest>[^，,。；;]*)"),
           re.compile(rf"(?:分别)?(?:于|在)?{_PAIR_DAYS}(?:分别)?{_PAIR_VERB}{_PAIR_THING}(?P<rest>[^，,。；;]*)"),
           # 分别于6月30日、12月20日前将半年总结、全年总结报送区政府 (each thing to its day)
           re.compile(rf"分别(?:于|在)(?P<d1>{_PAIR_DAY})\s*(?:前|之前)?\s*(?:和|、|及)\s*(?P<d2>{_PAIR_DAY})\s*"
                      r"(?:前|之前)将(?P<a>[^，,。；;、和]{2,12}?)(?:和|、|及)(?P<b>[^，,。；;、和]{2,12}?)(?P<thing>)"
                      rf"{_PAIR_VERB}(?P<rest>[^，,。；;]*)")]


def _pairs_split(paragraph: str) -> str:
    """The clause naming two sendings by two days, written as two sentences (「半年工作总结于6月30日前报送；
    年度工作总结于12月15日前报送」); a paragraph without one as it is."""
    if "分别" not in paragraph:
        return paragraph
    for rx in _PAIRED:
        m = rx.search(paragraph)
        if m is None or "分别" not in m.group(0):
            continue
        a, b = (m.group("a") or "", m.group("b") or "")
        if not a and "pre" in rx.groupindex:
            a = b = m.group("pre") or ""
        lead = "将" if rx is _PAIRED[2] else ""
        thing, verb, rest = m.group("thing"), m.group("verb"), m.group("rest")
        if lead:
            first = f"于{m.group('d1')}前将{a}{verb}{rest}"
            second = f"于{m.group('d2')}前将{b}{verb}{rest}"
        else:
            first = f"{a}{thing}于{m.group('d1')}前{verb}{rest}"
            second = f"{b}{thing}于{m.group('d2')}前{verb}{rest}"
        return paragraph[:m.start()] + first + "；" + second + paragraph[m.end():]
    return paragraph
