"""When a date in plan text is no deadline: the words around a date by which ``dates.find_deadlines`` sets it aside
(most often taking its span, so that no shorter reading of the same words dates the work either).

- a base year or a date compared with (``在2025年的基数上``, ``较2024年底下降``);
- the window a measure runs or stays valid over (``实施期限至2022年12月31日``, ``政策执行期为…至…``,
  ``有效期…届满的，统一延期至…``, ``本办法自即日起至12月31日施行``): ``_window_end`` and its patterns;
- a date that says which things or people are meant: made then (``2000年底前建成的老旧小区``), an age reached by then
  (``…前年满18周岁``), projects supported by when they were connected (``…前并网的项目，补贴…``), a validity lapsing
  by then (``…前届满的``);
- the time a fee relief is in force (``2025年底前…暂免收“基本电费”``);
- a past fact (``2019年至2022年已获得补助的村``, ``在今年一季度检查中发现的问题``);
- a date inside a cited document's title (``《关于“十四五”期间…的通知》``);
- a year inside the name of a check or event the work is to pass (``确保在2017年造林检查验收顺利通过``).
"""

from __future__ import annotations

import re

from .prefilter import led

# 在2025年的基数上 / 在2020年基础上 / 2020年水平上: a base year
_BASE_AFTER = re.compile(r"\s*(?:的|度的?)?\s*(?:基数|基础|水平)(?:上|之上)")
# 「在2019年可回收物体系建设基础上，完成…」: a year opened by 在 naming the work already done, a few words, then 基础上
# — the base the item builds on, no deadline (not 「在2025年底前完成…，在此基础上…」: a clause ends first)
# (the work may carry a quoted name with figures 「在2016年完成“1+10+X”任务的基础上」, x293_04 五/（一）/1)
BASE_WORK_AFTER = re.compile(r"(?:[^，,。；;\d年月日“”]|“[^“”，,。；;]{1,12}”){1,16}?(?:的)?(?:基础|基数)(?:上|之上)")
# 较2024年底下降10% / 与2024年6月底相比 / 在2024年底的基础上 / 比2023年同期: a date compared with, no deadline
_BASE_BEFORE = re.compile(r"(?:较|比|与|同|相比|相较|对比)\s*$")
_BASE_DATE_AFTER = re.compile(r"\s*(?:的|度的?)?\s*(?:同期)?\s*(?:(?:基数|基础|水平)(?:上|之上)|相比|相较|比较)")


# how long a measure runs, not when work is due: 实施期限至2022年12月31日 / 有效期延长至… / 政策执行到… /
# 阶段性降费政策实施至2021年4月30日 / 延续实施至…
# (「本实施办法有效期自2020年6月1日至2025年5月31日」: the window opened by 自 — round 45: the validity dates nothing)
_WINDOW_BEFORE = led(re.compile(r"(?:(?:期限|有效期|执行期|实施期|政策)(?:为|[:：]|延长|延续|顺延|继续)?(?:自|从)?|"
                            r"(?:延长|延续|顺延)(?:执行|实施)?|(?:政策|措施|办法|规定|标准|费率|补贴)(?:继续|延续)?(?:实施|执行|施行))[至到]?$"))


_LAPSING = re.compile(r"有效期|届满|到期|期满")
_WINDOW_START = re.compile(r"(?:(?:19|20)\d{2}\s*年)?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?<=[年月日])\s*$")


# 2021年5月1日至2022年4月30日实施阶段性下调工伤保险费率的政策: a range a relief measure runs over
_DATE_BEFORE = re.compile(r"(?:\d{1,2}\s*日|\d{1,2}\s*月|(?:19|20)\d{2}\s*年)$")
_MEASURE_AFTER = re.compile(r"[^，,。；;]{0,30}?(?:政策|费率|补贴|优惠|减免|免征|缓缴|减征|降费|稳岗返还)")


def _window_end(text: str, start: int, end: int, prefix: str | None) -> bool:
    """The date at ``start``…``end`` (its 至/到 included in ``prefix``, or just before it) ends a window
    a measure runs for, not a date work is due by."""
    if prefix in ("至", "到"):
        at = start                       # where 至/到 stands
        before = text[max(0, start - 10):start]
    elif prefix:
        return False
    else:
        at = start - 1
        before = text[max(0, start - 11):start]
        if not before.endswith(("至", "到")):
            return False
    if _WINDOW_BEFORE.search(before):
        return True
    if before.endswith(("延期", "延期至", "延期到")) and \
            _LAPSING.search(re.split(r"[。；;]", text[max(0, at - 80):at])[-1]):
        return True                      # 有效期…届满的，统一延期至2023年12月31日: a validity extended
    # 政策执行期为2025年1月1日至2027年12月31日: the window's start date stands between its name and 至
    # (every match of _WINDOW_START ends with 年/月/日 and spaces up to ``at``: without one there, no search)
    i = at
    while i > 0 and text[i - 1].isspace():
        i -= 1
    opened = _WINDOW_START.search(text, max(0, at - 24), at) if i > 0 and text[i - 1] in "年月日" else None
    if opened and _WINDOW_BEFORE.search(text, max(0, opened.start() - 10), opened.start()):
        return True
    return bool(_DATE_BEFORE.search(text, max(0, at - 4), at) and _MEASURE_AFTER.match(text, end))


# (自即日起至6月30日 is a day work is done by — dates._FROM_TODAY — but not how long a measure is in force:
# 本办法自即日起至12月31日施行 / 政策执行期自即日起至…)
_IN_FORCE = re.compile(r"(?:执行|有效|实施|施行|政策)期|\|\s*(?:施行|实施|有效|执行|止|为止|结束)")


# 「2000年底前建成的老旧小区」「2015年以前登记的车辆」: a year before the plan's that says which things are meant
_MADE_THEN = re.compile(r"\s*(?:已|已经)?(?:建成|竣工|建造|交付|投用|投入使用|出生|购置|购买|登记|注册|设立|成立|"
                        r"批准|出让|取得|安装|生产|出厂|签订|签署|(?<=已)开工)(?:使用)?"
                        # (「2013年12月1日前签订出让合同的停车库」: the step's object before 的)
                        r"(?:[\u4e00-\u9fff]{2,8}?(?=的))?"
                        # (「2005年6月1日前竣工并投入运行的老码头」: a second step of the making, then 的)
                        r"(?:(?:并|且|和|及)[\u4e00-\u9fff]{2,6}?)?的")
# 「…日前年满18至20周岁」「…年底前满16岁」「…以前出生」: an age or a birth by a date, which says who is meant
_AGE_BY = re.compile(r"\s*(?:(?:年满|已满|满|不满|未满|不超过)\s*[\d一二三四五六七八九十]{1,3}\s*(?:至|到|-|—)?\s*"
                     r"[\d一二三四五六七八九十]{0,3}\s*(?:周岁|岁)|出生)")


# 「2025年10月31日前并网的项目，补贴力度不超过0.90元/瓦」「2025年11月1日至2026年10月31日并网的项目…」: projects picked
# by when they were connected or finished, for the support they get (a rate by date, no deadline)
_SUPPORTED_BY = re.compile(r"\s*(?:并网|投产|投运|建成|竣工|开工|备案|立项|签约|注册|落户)(?:投用|运行)?的"
                           r"[^，,。；;]{0,8}?(?:项目|企业|设施|电站|机构)")
_SUPPORT = re.compile(r"补贴|补助|奖励|资助|扶持资金")
# 「2026年6月1日前，已公告未签约的工业用地，按…签订」: a limit, then 已 and a 的-phrase — the date picks the things done
# by then (Round 77 on x302_02 四: round 58's class), no deadline
# (its object may be a document's name 「…前已取得建设工程规划许可证的…停车库」)
_DONE_BY = re.compile(r"\s*[，,]?\s*(?:已|已经)[^，,。；;的]{1,16}?的")
# 「2013年12月1日前签订出让合同，并在2018年9月30日前已取得…许可证的停车库」: a step by a date joined by 并 to a second
# step by a later date that picks the things done by then — the two dates pick the same things, no deadline
_JOINED_STEP = re.compile(r"[^，,。；;]{1,16}?[，,]?\s*(?:并|且)\s*(?:在|于)?\s*(?:(?:19|20)\d{2}\s*年\s*)?"
                          r"\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:之前|以前|前)")


def joined_pick(text: str, end: int) -> bool:
    """The date ending at ``end`` (with its 前) is joined by 并 to a second dated step that picks the things done by
    then."""
    step = _JOINED_STEP.match(text, end)
    return step is not None and (_DONE_BY.match(text, step.end()) or _MADE_THEN.match(text, step.end())) is not None


# 「资质证书有效期于2023年12月30日前届满的」: a validity lapsing by a date, which says which ones are meant
_EXPIRES_BY = re.compile(r"\s*(?:已|已经)?(?:届满|到期|期满|过期|失效)的")


# 「2025年底前本市岸电建设项目暂免收“基本电费”」: how long a fee relief is in force (round 45: a validity is no
# deadline; round 47's 禁烧时段), not a date work is due by — not 「…前完成减免政策兑现」「…前出台免收办法」: work
RELIEF_AFTER = re.compile(r"(?:(?!完成|落实|兑现|出台|制定|研究|实现|确保)[^，,。；;]){0,20}?"
                          r"(?:暂免|免收|免征|免交|减免|减半征收|暂停征收|暂缓征收|缓缴|减征)")


# 2019年至2022年已获得补助的村: a past span, which says which ones are meant
_PAST_AFTER = re.compile(r"\s*(?:已经|已|曾|期间|间)")
# (a quarter aimed at — dates._AIMED — but not 「在今年一季度检查中发现的问题」: 在…中／期间 tells when a thing
# happened, review 41)
_HAPPENED_IN = re.compile(r"[^，,。；;]{0,12}?(?:中|期间)(?=发现|暴露|反映|查出|存在|的|所|[，,])")

# 「确保在2017年造林检查验收顺利通过」「在2023年全市运动会上取得…」: the year names the check or event (that year's
# 造林检查验收), not when the item's work is done (Round 55 rulings on x241_08, round 52's year inside an event's name)
_EVENT_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff“”]{0,12}?(?:检查验收|验收|考核|考评|评比|运动会|比赛|大赛|竞赛)"
                                r"(?:中|上|时|顺利通过|通过)")

# 《关于“十四五”期间进一步加强…的通知》: a date in a cited document's title
_CITED_TITLE = re.compile(r"《[^《》\n]{1,120}》")
