"""Figures that name a class of thing by its rating, its size band or its age, or that pick out who or what a
clause speaks of — no bar to reach, no target (CONVENTIONS.md Targets).

- A voltage or pressure rating written before the equipment it names 「10千伏开关站」「110kV线路」「70MPa加氢站」 is
  the kind of station, line or tank, as 「3吨货车」 is a kind of truck (round 31): no target where no comparison word
  joins it (「接入电压等级不超过220千伏」 stays a ceiling by round 30's line); a band before the equipment
  「220千伏及以上电力高压走廊」 names the class too (``rating_band_class``).
- A size band that decides which body reviews or which procedure applies 「工程费用5000万元以下项目由分管局长审批」
  「面积10000平方米及以上的…项目，由区投资主管部门实施备案管理」 is a class of project (Round 43 rulings, round 38):
  no target, whatever comparison word joins it; so is the band naming the projects a procedure is carried out on
  「投资额在100万元及以上的…项目实行分类立项」「合同价5000万元及以上的建设工程，推行施工过程结算」「不满100万元的
  …项目，按照《…导则》执行」; a band closed by 的 with the projects named before it 「投资总额100万元及以上的报请
  区发改委审批」, with more bands and a share of the funds joined after it 「大于400万元小于3000万元且…比例超过50%的，
  由…委托财务监理机构」; and the class a rule exempts 「…以下的项目免于审价」「…的不适用本办法」 (Round 62 rulings).
  Not a grant's condition 「…以上的项目，给予补贴」 (round 30). A money band inside a noun naming projects is a class
  whatever step follows (Round 66 / 68 rulings: 「对投资500万元以上的在建项目开展检查」, a grant's word measuring
  the band 「补助资金300万元及以上的建设项目」 alike), round 30's picking line withdrawn.
- A building's age band 「对建成50年以上的建筑进行价值甄别」 names a kind of building, as an age band names a group of
  persons (round 31); not a term to reach 「使用年限不低于50年」 (no noun after it).
- A casualty band naming a grade of accident 「一次死亡3人以上交通事故明显减少」: the kind of accident, as an age
  band names a group of persons (round 31); a band closed by 的 before the event 「死亡3人（含）以上的…事故信息随时
  上报」 is round 30's condition triggering a step, a target. What falls (「事故明显减少」), or a bar
  written on the count itself 「死亡人数控制在3人以下」, stays a target (no casualty word right before the figure).
- A distance from a place that picks out persons 「鼓励上班人员在距单位1公里范围之内步行上下班」 (Round 45 rulings:
  「在距单位1公里范围之内」 picks out persons: no target). A zone kept by what a rule forbids 「校园周边一百米范围内
  禁止…」 stays the rule's own standard (Round 46, decided): no person before 距, no exclusion.
- The counting unit of a policy's rate 「每查实瞒报谎报1人奖励3万元」: the 1人 each reward is counted by (round 30's
  「原则上按500户配1名」, a norm with no comparison word); the rate 3万元 stays a target (round 25). Not 「每年培训
  1000人」: no rate after the figure.

Read apart from ``threshold_line`` (the line's exceptions: ``line_excluded`` asks ``picked_class``,
``aged_class`` and ``reviewer_band``), ``worded_targets`` (``reviewer_band``) and ``figure_targets`` (the
reader: ``rating_class``), so each stays small; each is asked once for a figure the reader is about to keep.
Folded from the two sibling modules ``size_classes`` and ``picked_classes`` (round 45) with no change.
"""

from __future__ import annotations

import re

_RATING_UNITS = frozenset({"千伏", "kV", "KV", "MPa", "兆帕"})
# the equipment right after the rating (「10千伏开关站」「70MPa加氢站」), not a band or a verb, nor the 安 of a
# capacity in 千伏安 (kVA) 「新增变电容量120万千伏安」: a figure to reach
_EQUIPMENT_AFTER = re.compile(r"\s*(?:级)?\s*(?!及|以|左右|的|或|和|至|到|安)[\u4e00-\u9fff]")


def rating_class(clause: str, end: int, unit: str) -> bool:
    """The rating ending at ``end`` of ``clause`` names the equipment after it (caller: no comparison word)."""
    return unit in _RATING_UNITS and _EQUIPMENT_AFTER.match(clause, end) is not None


# a rating band right before the equipment it names 「对220千伏及以上电力高压走廊铁塔位置进行…微调」「35千伏及以上
# 光伏发电…」: the class of line or plant the clause speaks of (round 31's rating; round 58's class inside a noun),
# no bar to reach — not a band closing the clause 「接入电压等级在220千伏及以上」, nor one before 的
_BAND_EQUIPMENT = re.compile(r"\s*(?!的|或|和|至|到|安|左右)[\u4e00-\u9fff]{0,6}?"
                             r"(?:线路|电缆|走廊|铁塔|变电站|开关站|电网|管道|管线|设施|设备|光伏|发电|机组|用户)")


def rating_band_class(clause: str, end: int, unit: str, band: str | None) -> bool:
    """The rating whose ``band`` (及以上／以下, read with the figure) ends at ``end`` of ``clause`` names the equipment
    after it."""
    return unit in _RATING_UNITS and band in ("及以上", "以上", "及以下", "以下") \
        and _BAND_EQUIPMENT.match(clause, end) is not None


_SIZE_UNIT = re.compile(r"(?:[万亿千]?元|平方米|平方公里|公顷|亩)$")
# (a share of the funds beside a cost band 「…且市、区两级投资比例超过50%的，由镇…」: the same class's band)
_SHARE_BESIDE = re.compile(r"\d\s*[万亿]?元[^，,。；;的]{0,16}?比例\s*(?:大于|小于|超过|低于|不足|高于)?\s*$")
# the projects or works the band picks, then who reviews them or the procedure they go through
_PROJECT = re.compile(r"项目|工程|行为")
# (「由A审批」「报A核准」「向A登记」「由A实施备案管理」「由A采用…的程序」「通过…审批管理系统进行申报」「纳入各区属地化
# 管理」; not 「由企业提出
# 申请，按…审批流程办理」: the applicant, then the procedure after a comma)
_PROCEDURE = re.compile(r"(?:由|报|向)[^。；;，,]{1,30}?(?:审批|审查|审核|复核|核准|备案|审定|登记)"
                        r"|由[^。；;，,]{1,20}?(?:实施|采用)[^。；;，,]{0,20}?(?:管理|程序)"
                        r"|通过[^。；;]{1,80}?审批[^。；;]{0,40}?申报"
                        # 「…的工程，纳入各区属地化管理」: the level that manages them
                        r"|纳入[^。；;，,]{0,8}?属地化?管理"
                        # 「…的燃气工程建设项目实行分类立项」「…的建设工程，推行施工过程结算」: the procedure they go
                        # through, its filing 「…的建筑工程，实行属地备案」 too (Round 64 rulings over round 31's line;
                        # not 「…的项目开展检查」: work on them)
                        r"|(?:实行|推行|适用)[^。；;，,]{0,8}?(?:立项|结算|招标|备案)"
                        # 「施工合同价在400万元及以上的…工程，在完成…交易后需办理相应合同信息报送」: the filing or the
                        # formalities the class is put through (Round 64 rulings, x95_02 第六条: a class)
                        r"|(?:需|须|应当?|直接|可以?直接)办理[^。；;，,]{0,10}?(?:报送|备案|登记|手续|审批)"
                        r"|办理[^。；;，,]{0,8}?(?:报送|备案|登记)"
                        # 「…不满100万元的…项目，按照《…导则》执行」: the rules a class goes by
                        r"|按照?\s*《[^》]{1,40}》\s*(?:的?有关规定|相关规定|规定)?\s*执行")
# the procedure words of the later rounds, which a plan's own sentences use too 「…，重大事项报请区政府研究决定」
# 「…，小型项目可以不进行招标」: they pick a class only through a band closed by 的 or with the project word right
# after the band in its clause (``_PROJECT_NEXT``), never from a 项目 word anywhere after it (rv53)
_PROCEDURE_CLOSE = re.compile(r"(?:"
                        # 「…以下的项目免予审核」「…的小型工程，可以不进行招标」: the class a rule exempts from a
                        # procedure (Round 62 rulings, round 50 governs: the class the rule leaves out)
                        r"(?:免予|免于|免除|豁免|无需|无须|不需|不必|可不|可以不)[^。；;，,]{0,12}?"
                        r"(?:审核|审批|审查|审价|审计|备案|许可|招标|核准|登记|申报|报建|评审|论证)"
                        # 「…小于400万元的不适用本管理办法」: the class the rules leave out of their scope
                        r"|不适用本[^。；;，,]{0,4}?(?:办法|规定|细则|条例|制度)"
                        # 「…的报请街道主任办公会研究决定」「…由区财政局、各镇共同委托财务监理机构」「由各镇自行决定」:
                        # the body that approves, commissions the review of or decides on the class (round 43; not
                        # an agency commissioned to procure 「由项目办委托…政府采购代理机构…实施政府采购」: the
                        # procurement method's band triggers a step, a target, Round 48 rulings)
                        r"|报请[^。；;，,]{1,20}?(?:审批|研究|决定|批准)"
                        r"|由[^。；;，,]{1,20}?(?:共同|自行)?委托[^。；;，,]{0,8}?(?:监理|审计|审价|评审)机构"
                        r"|由[^。；;，,]{1,20}?自行(?:决定|审批))")
_PROJECT_NEXT = re.compile(r"[^。；;，,\d]{0,12}?(?:项目|工程|行为)")
# a band closed by 的 with the projects left unsaid 「投资总额100万元及以上的报请区发改委审批」「投资额大于3000万元的
# (含3000万元)，由镇向区财政局提出申请，由区财政局、各镇共同委托财务监理机构」 (the sentence names them before it)
# (or by the bands joined after it 「大于400万元小于3000万元且…投资比例超过50%的，由镇…委托财务监理机构」)
_BAND_CLOSED = re.compile(r"\s*(?:[（(]含?[^（）()]{0,10}[)）])?\s*(?:及以上|以上|及以下|以下)?"
                          r"\s*(?:[（(][^（）()]{0,10}[)）])?"
                          r"(?:(?:且|或|、)?[^，,。；;的\d]{0,12}?(?:大于|小于|超过|低于|不足|高于)\s*\d+(?:\.\d+)?\s*(?:[万亿]?元|%)"
                          r"\s*(?:[（(][^（）()]{0,10}[)）])?){0,2}"
                          r"\s*的\s*(?:[（(][^（）()]{0,10}[)）])?")
# a project's term 「合同工期一年及以上…的建设工程」: a size of the project, as its cost is
_TERM_BEFORE = re.compile(r"工期\s*$")
_TERM_UNITS = frozenset({"年", "个月", "天", "日"})
_GRANT = re.compile(r"补贴|补助|奖励|资助|奖补|扶持|资金")


def reviewer_band(sentence: str, start: int, end: int, unit: str) -> bool:
    """The size at start–end of ``sentence`` picks the projects whose reviewing body or procedure the rest of its
    clause (up to 。 or ；) names."""
    term = unit in _TERM_UNITS and _TERM_BEFORE.search(sentence, max(0, start - 4), start) is not None
    lo = max(0, start - _REACH)
    line_from = max(lo, *(sentence.rfind(c, lo, start) + 1 for c in "。；;\n"))
    # (its clause up to 。；, as far as ``_REACH``: a band's long list of terms 「…，不涉及…，并经…确认…的…行为，由区
    # 房管局采用…的程序」)
    reach = _clause_reach(sentence, end, _REACH)
    share = unit == "%" and _SHARE_BESIDE.search(sentence, max(0, start - 30), start) is not None
    if not (_SIZE_UNIT.search(unit) or term or share) or _GRANT.search(sentence, line_from, reach):
        return False
    rest = sentence[end:reach]
    if any(_PROCEDURE.search(rest, m.end()) is not None
           for m in (_PROJECT.search(rest, 0, 80), _BAND_CLOSED.match(rest)) if m is not None):
        return True
    return any(_PROCEDURE_CLOSE.search(rest, m.end()) is not None
               for m in (_PROJECT_NEXT.match(rest), _BAND_CLOSED.match(rest)) if m is not None)


_AGE_BEFORE = re.compile(r"(?:建成|建造|房龄|楼龄|竣工)\s*$")
_AGED_KIND_AFTER = re.compile(r"\s*(?:及以上|以上|以下|及以下)?\s*的\s*[\u4e00-\u9fff]")
_AGE_BAND = re.compile(r"以上|以下")


def aged_class(clause: str, start: int, end: int, unit: str) -> bool:
    """The years at start–end of ``clause`` are a building's age naming the kind of building after it."""
    return unit == "年" and _AGE_BEFORE.search(clause, max(0, start - 4), start) is not None \
        and _AGED_KIND_AFTER.match(clause, end) is not None and _AGE_BAND.search(clause, start, end + 3) is not None


_CASUALTY_BEFORE = re.compile(r"(?:死亡|伤亡|遇难|重伤|受伤|失踪)\s*$")
# (the band joined straight to the accident's name; 「死亡3人（含）以上的较大火灾事故信息随时上报」, a band closed
# by 的, is round 30's condition triggering a step: a target, test_parse_classes_next49)
_ACCIDENT_AFTER = re.compile(r"\s*(?:及以上|以上|及以下|以下)?\s*(?!的)[\u4e00-\u9fff]{0,6}?(?:事故|事件|险情|灾害)")
_DISTANCE_UNITS = frozenset({"公里", "千米", "米", "km"})
# persons, then (在) 距 a place, right before the distance
_PERSONS_FROM = re.compile(r"(?:人员|职工|员工|居民|市民|群众|学生|住户|家庭|老人|儿童)\s*在?\s*距"
                           r"[\u4e00-\u9fff]{1,8}$")
_ZONE_AFTER = re.compile(r"\s*(?:服务半径|半径|范围)?\s*(?:之内|以内|内)")
# a distance band inside a noun naming a class of area or project 「沿黄浦江1公里范围以外的战略预留区内现状项目」:
# the band, 的, then the area's noun (round 58: a figure inside a noun naming a class) — not a zone a rule keeps
# 「校园周边一百米范围内禁止…」 (no 的 and noun after it), nor a band closing its clause 「…控制在500米以内」
# (… or the stretch of road it names 「门前两侧各100米范围内的路段」: a class of road a list of limits reaches,
# Round 104 on x371_02 第六条, as Round 93's turned x346_02 第七条（四）; the first alternative is live:
# threshold_line's figure may end after its zone words 「100米范围内」, the lookbehind reading them — rv71a F8)
_ZONE_CLASS_AFTER = re.compile(r"(?<=范围内)的\s*[路地]段|\s*范围\s*(?:(?:之内|以内|之外|以外)的\s*"
                               r"(?![\u4e00-\u9fff]{0,2}(?:目标|要求|任务))"
                               r"[\u4e00-\u9fff]{0,12}?(?:区|地块|区域|地区|项目|用地|企业|范围)|内的\s*[路地]段)")
# 每, a few words of the act counted (no figure, no stop), the figure, then a rate's verb and its sum
_PER_BEFORE = re.compile(r"每[\u4e00-\u9fff]{1,8}$")
_RATE_AFTER = re.compile(r"\s*(?:奖励|补助|补贴|给予|发放|支付|计发|奖)\s*(?:奖励|补助|补贴)?\s*\d")


# a vehicle's seats 「57座以上大客车」「9座以上的客车」「7座及以下小型客车」: the kind of vehicle, as 「3吨货车」 is
# (round 31; Round 58 rulings: a figure inside a noun naming the class a piece of work picks is a class), not a count
# of buses 「新增公交车100辆」 nor of stations 「建成充电站5座」 (no vehicle right after the seats)
_SEATED_VEHICLE = re.compile(r"\s*(?:[（(][^（）()]{1,8}[)）])?\s*(?:及以上|以上|及以下|以下)?\s*(?:的)?\s*"
                             r"[\u4e00-\u9fff]{0,4}?(?:客车|校车|轿车|汽车|巴士|大巴|中巴|车辆|车型)")


# a band closed by 者 「所有上船人员是…会游泳200米以上者」「…连续工作3年及以上者」: the persons the figure picks out
# (round 31's age band; Round 81 on x306_08) — not 「…以上的」, a condition that may trigger a step (round 49)
_BAND_OF_PERSONS = re.compile(r"[\d.．]+\s*[^\d\s，,；;。]{0,4}?\s*(?:[(（]含[^()（）]{0,8}[)）])?\s*(?:及|或)?"
                              r"(?:以上|以下|以内)\s*者")


def picked_class(sentence: str, start: int, end: int, unit: str) -> bool:
    """The figure at start–end of ``sentence`` names a grade of accident, a zone picking out persons, a vehicle's
    seats or the unit a rate is counted by."""
    if unit in ("座", "座位") and _SEATED_VEHICLE.match(sentence, end):
        return True
    if unit == "人" and _CASUALTY_BEFORE.search(sentence, max(0, start - 3), start) \
            and _ACCIDENT_AFTER.match(sentence, end):
        return True
    if unit in _DISTANCE_UNITS and _PERSONS_FROM.search(sentence, max(0, start - 16), start) \
            and _ZONE_AFTER.match(sentence, end) or unit in _DISTANCE_UNITS and _ZONE_CLASS_AFTER.match(sentence, end):
        return True
    if _BAND_OF_PERSONS.match(sentence, start):
        return True                     # 「会游泳200米以上者」: who may take part, as an age band (Round 81, x306_08)
    return _PER_BEFORE.search(sentence, max(0, start - 9), start) is not None \
        and sentence[start:end].lstrip().startswith(("1", "一")) and _RATE_AFTER.match(sentence, end) is not None



# Round 51 rulings (governing rounds 34, 37, 38, 40, 49 over round 30's bare line; Round 52 on x237_01): a band
# inside a noun naming a kind that a rule covers 「拥有30辆以上（含30辆）专用车辆的企业应…」「开放床位超过20张的乡镇
# 卫生院设备应…」「投资总额100万元及以上或建筑面积300平方米及以上的…小型建设工程，…应进行项目报建」 is a class:
# no target; Round 58 rulings (turned over round 30's picking line): so is the class a piece of work picks, with no
# rule over it 「对从业人员100人及以上的企业开展专项检查」「常住人口1000人以上的行政村…完成微型消防站建设」. Not a
# condition clause of its own 「…以上的，应当…」「…以上的报请…审批」 (a trigger, round 49), nor where the work builds or
# reaches the class 「建设1万吨以上的收储点」 (round 40), nor a grant's condition anywhere in its sentence 「…1万平方米
# 及以上的…改造项目，…，每平方米面积可补贴」 (round 30), nor an aim 「…以上的目标」.
_CLASS_WORD_BEFORE = re.compile(r"(?<![不得应宜能可])(?:超过|大于(?:或?等于)?|小于(?:或?等于)?|高于|低于|[≥≤＞＜≧≦]"
                                # (「…30万元(含)以上不足100万元的项目」「不满100万元的…项目」: below the band's top)
                                r"|不足|不满)"
                                r"\s*(?:在)?\s*$")
_CLASS_BANDS = frozenset({"以上", "及以上", "及其以上", "以下", "及以下", "及其以下"})
# (the figure's own aside 「（含30辆）」「(不含2000平方米)」, a band after it, then more of what qualifies — a few
# words 「专用车辆」, the next band 「、投资30万元以上」「或建筑面积…以上」 or, past a comma where the figure's clause
# ends at its band, the next band of the list 「，聚集人流10人以上」 — then 的 and the noun, not a verb or a modal)
_NOT_WHICH = r"(?!应|须|要(?!求的)|将|由|并|可)"   # (「…限值要求的…船」: 要求 a noun before 的)
_KIND_AFTER = re.compile(r"\s*(?:[（(][^（）()，,。；;]{1,12}[)）])?\s*(?:及以上|以上|及以下|以下)?\s*"
                         r"(?:[，,](?:" + _NOT_WHICH + r"[^，,；;。的]){0,12}?\d[^，,；;。的]{0,8}?"
                         r"(?:[（(][^（）()，,。；;]{1,12}[)）])?\s*(?:以上|以下)"
                         # (a quoted title counts as one word 「…、且不满足《…公约》…要求的…船」)
                         r"|(?:《[^《》，,；;。]{1,30}》|" + _NOT_WHICH + r"[^，,；;。的《]){0,30}?)"
                         r"的\s*(?![\u4e00-\u9fff]{0,2}(?:目标|要求|任务))"
                         r"(?!应|须|必须|需|由|报|可|按|一律|均|要|在(?![建用营产役运])|向|经(?!营)|不|予|给予|列入|纳入|视为|为|实行|执行|达到"
                         r"|采取|实施|情况|情形|时候|时|比例|部分|份额|基础|或|和|及|、|，|,)[\u4e00-\u9fff]")
# (a band joined straight to the noun it sizes 「1万平方米以上公共建筑」「10蒸吨及以下燃煤锅炉」)
_KIND_HEAD = re.compile(r"\s*(?:(?!的|应|须|由|将|要|可|并|和|或)[\u4e00-\u9fff]){0,8}?"
                        r"(?:企业|项目|工程|建筑|房屋|住宅|自建房|锅炉|鍋爐|厂房|场所|设施|车辆|道路|河道|医院|学校"
                        r"|机构|商场|市场|楼宇|小区|工地|仓库|码头|船舶|泵站|养殖场|养殖户|大户|大戶)(?!工作|经验)")
# (a count of the very things named after it 「10个以上商务楼宇」「3家以上企业」 counts them: no class)
_COUNT_UNITS = frozenset({"家", "个", "所", "座", "处", "项", "栋", "幢", "台", "辆", "艘", "条", "户", "名", "位"})
# a verb of work that reaches objects one by one, right before a count of them in a count unit 「抽查50家以上的食品生产
# 企业」「走访100户以上的困难家庭」: the figure counts the objects (the work's own number, as 「抽查不少于50家的…」 is;
# review rv51 F3), not a property naming their class 「从业人员100人及以上的企业」 (Round 51 / 58)
_REACHES_JUST_BEFORE = re.compile(r"(?:抽查|抽检|检查|巡查|督查|排查|核查|检测|走访|慰问|帮扶|回访|结对|服务|指导|培训"
                                  r"|评估|考核|整治|清理|查处)\s*$")
# the work makes, reaches or picks the class (建设…以上的…, 达到…, 选取…): the figure is its aim; a standard the
# clause sets on its subject 「应支持2种以上的…方式」「应有24小时以上的间隔」 or what a thing has 「有2年以上…经验」
# (not 「拥有30辆以上…的企业」, a kind; nor the modal before 对 「要对营业面积500平方米以上、…的商场开展检查」, no word
# of the noun: the band stands inside the noun naming the malls the check picks, Round 60 rulings; 应当对 alike
# 「应当对使用年限超过15年的电梯，增加…频次」, round 58 — p67c)
# (「组建50人以上的抢险队伍」: a team the work forms, its size the aim)
_MAKES_CLASS = re.compile(r"新建|新增|组建|(?<!筑)建设(?!单位|项目|工程|用地|规模|面积)|建成(?!区)|创建|打造|培育|培训"
                          r"|增至|达到|配建|扩建|创办|开设|种植|栽植|补植|完成|实现|引进|招引|形成|提高|提升|增加|累计"
                          r"|确保|力争|争取|保持|覆盖|认定|评定|扶持|吸纳|招收|举办|改造|发展|建(?=[\d一二三四五六七八九十])"
                          r"|落实|推动|推进|支持|选取|选好|选择|挑选|遴选|签订|签署|订立|至少|(?<![重主需])要(?!对(?!标|接|照|比))"
                          r"|(?<![相对响适供效反])应(?!当?对(?!标|接|照|比))|(?<![无不毋])[须需](?!对(?!标|接|照|比))"
                          r"|(?<![拥])有(?!关)|(?:计划|拟)投资")
# (a modal or a word of support before a cost band 「要重点支持单户担保金额500万元及以下的小微企业」: nothing the work
# builds or reaches to that sum — the band still names the firms, Round 66)
_MONEY_NOT_MADE = frozenset({"要", "须", "需", "支持", "扶持"})
# a casualty band before an event 「死亡1人（含）以上的…事故信息」 (the step's trigger, round 30) and a household's
# size 「5人户及5人以下户的」 (the line's band) are read elsewhere
_CASUALTY_JUST_BEFORE = re.compile(r"(?:死亡|伤亡|遇难|重伤|受伤|失踪)\s*$")
_CLASS_GRANT = re.compile(r"补贴|补助|奖励|资助|奖补")
# a grant's sum as the measure a cost band is written on 「补助资金300万元及以上的…项目」「奖补金额在50万元以上的…」
_GRANT_MEASURE = re.compile(r"(?:补贴|补助|奖励|资助|奖补)(?:资金|金额|额度|经费)(?:总额)?\s*(?:在|为|达)?\s*$")
# a cost band goes with a size band of the same noun joined to it by 或／且／及／、 「投资总额100万元及以上或建筑面积
# 300平方米及以上的…工程」「建筑面积300平方米以上、投资30万元以上的自建房」 (Round 52 on x237_01, Round 51 on x220_04:
# both a class); alone it is read by the procedure it decides (round 43, Round 50 rulings)
_JOINED_SIZE = re.compile(r"[^，,；;。的]{0,16}?(?:或者|或|且|及|、)\s*[\u4e00-\u9fff]{0,6}?\s*(?:在|为)?\s*"
                          r"\d+(?:\.\d+)?\s*(?:平方米|平米|㎡|亩|公顷)")
_SIZE_JOINED_BEFORE = re.compile(r"\d+(?:\.\d+)?\s*(?:平方米|平米|㎡|亩|公顷)[^，,；;。的]{0,10}?(?:、|或者|或|且|及)"
                                 r"[^，,；;。的\d]{0,8}$")
# a rate with its band run straight into the next words 「…达到50%以上代表建议…」: the stop after it lost, its verb
# no word of what follows (not a rate joined on 「50%以上和…」)
_CLOSED_RATE = re.compile(r"\d\s*[%‰](?:及以上|以上|及以下|以下)?(?=[\u4e00-\u9fff])(?![和及与的、或并])")
# a band closed by 的 whose noun is left out, joined by 和／及／或 to the next band of the same noun
# 「合同价在400万元及以上的和…合同价在100万元及以上的园林绿化工程」: the noun after the last band names the class
# both bands pick (Round 64)
_NOUN_SHARED = re.compile(r"\s*(?:及以上|以上|及以下|以下)?\s*的\s*(?:和|及|或者|或|以及|、)"
                          r"[^，,；;。的\d]{0,30}?\d+(?:\.\d+)?\s*[^\s\d，,；;。的]{0,4}?\s*(?=及以上|以上|及以下|以下)")
# a band's floor run on to its top 「30万元及以上至100万元以下…」「5万元以上(含)至20万元以下(不含)的…」: one range,
# one noun
_ASIDE = r"\s*(?:[（(][^（）()，,。；;]{1,10}[)）])?\s*"
_ASIDE_BAND = re.compile(r"\s*[（(][^（）()，,。；;]{1,10}[)）]\s*(?:及以上|以上|及以下|以下)")
_RANGE_TOP = re.compile(r"(?:至|到|[-—~～])\s*$")
_RANGE_ON = re.compile(_ASIDE + r"(?:及以上|以上)?" + _ASIDE + r"(?:至|到|[-—~～])\s*\d+(?:\.\d+)?\s*[万亿千]?\s*"
                       r"(?:元|平方米|平米|㎡|亩|公顷)?" + _ASIDE)
# how far a figure's reading looks (its clause and the next one or two): a long sentence costs no more per figure
_REACH = 200


def _clause_reach(sentence: str, at: int, clauses: int) -> int:
    """Where the clause at ``at`` of ``sentence`` and ``clauses`` - 1 more end (at 。；, or ``_REACH`` on)."""
    hi = min(len(sentence), at + _REACH)
    stop = min((i for i in (sentence.find(c, at, hi) for c in "。；;") if i >= 0), default=hi)
    for _ in range(clauses):
        comma = min((i for i in (sentence.find(c, at, stop) for c in "，,") if i >= 0), default=stop)
        if comma >= stop:
            return stop
        at = comma + 1
    return min(at, stop)


# the class a limit allows 「仅限于高度不超过24米的建筑外墙面」: a bar inside the noun the limit confines the work
# to names that noun's kind (CONVENTIONS.md Round 87; round 58's class), 不 before the word as well
_ALLOWED = re.compile(r"(?:仅|只)?限于[^，,。；;：:]*$")
_BAR_BEFORE = re.compile(r"(?:不超过|不大于|不高于|不低于|不小于|不少于)\s*$")


def _allowed_class(sentence: str, line_from: int, start: int) -> re.Match[str] | None:
    opened = max(line_from, *(sentence.rfind(c, line_from, start) + 1 for c in "，,：:"))
    if _ALLOWED.search(sentence, opened, start) is None:
        return None
    return _BAR_BEFORE.search(sentence, max(0, start - 7), start)


def noun_class(sentence: str, start: int, end: int, unit: str, suffix: str | None) -> bool:
    """The banded figure at start–end of ``sentence`` stands inside a noun naming a kind of thing (Round 51), a rule
    over the kind or not (Round 58: the objects a piece of work picks are a class too)."""
    lo = max(0, start - _REACH)
    line_from = max(lo, *(sentence.rfind(c, lo, start) + 1 for c in "。；;\n"))
    # (a yield per area 「亩产税收低于5万元/亩的工业用地」 is no cost band: read as any band inside a noun, Round 68)
    money = (unit == "" or unit.endswith("元")) and not sentence.startswith("/", end) \
        and not _JOINED_SIZE.match(sentence, end) \
        and not _SIZE_JOINED_BEFORE.search(sentence, max(0, start - 30), start)
    # (a grant's word that only measures the band 「补助资金300万元及以上的」 or names the projects after it 「…的补贴
    # 项目」 gives no grant: the band names the projects, whatever step follows, Round 66 / 68 — kept apart here and
    # checked against the noun at the end)
    grant_from = _GRANT_MEASURE.search(sentence, max(line_from, start - 12), start) if money else None
    grants = [g.start() for g in _CLASS_GRANT.finditer(sentence, line_from, _clause_reach(sentence, end, _REACH))
              if grant_from is None or not grant_from.start() <= g.start() < start]
    if unit in ("分", "岁", "周岁") or grants and (grant_from is None or grants[0] < start):
        return False
    if _CASUALTY_JUST_BEFORE.search(sentence, max(0, start - 3), start) or sentence.startswith("户", end):
        return False
    # (「30万元（含本数）以上，…」: the figure's aside before its band; 「100万元（含）至400万元（不含）的…」: a range's
    # floor and top, a band with no band word)
    # (a sum with its 元, a bare 万 「30万(含30万)至400万(不含400万)的项目」 or an area alike: Round 68
    # rulings, turned — the unit printed changes nothing, as Round 66's x270_04 第三类 reads)
    sized = _SIZE_UNIT.search(unit) is not None
    banded = (suffix in _CLASS_BANDS or suffix is None and (
        _ASIDE_BAND.match(sentence, end) is not None or (sized or money) and (
            _RANGE_ON.match(sentence, end) is not None or _RANGE_TOP.search(sentence, max(0, start - 3), start)))) \
        and unit not in ("%", "‰")
    word = _CLASS_WORD_BEFORE.search(sentence, max(0, start - 7), start) \
        or _allowed_class(sentence, line_from, start)
    if not banded and (word is None or word.group(0).startswith(("不足", "不满")) and not sized):
        return False                # (「入住率不足40%的养老机构」: a share short of a bar stays the line's)
    opened = max(line_from, *(sentence.rfind(c, line_from, start) + 1 for c in "，,：:"))
    for closed in _CLOSED_RATE.finditer(sentence, opened, start):
        opened = closed.end()       # (「…比例达到50%以上代表…合计在10件以下的承办单位」: a stop lost after the rate)
    if any(not money or m.group(0) not in _MONEY_NOT_MADE for m in _MAKES_CLASS.finditer(sentence, opened, start)):
        return False
    if unit in _COUNT_UNITS and _REACHES_JUST_BEFORE.search(sentence, max(0, start - 4), start):
        return False        # (「抽查50家以上的食品生产企业」: the count of the objects the work reaches: its number)
    if shared := _NOUN_SHARED.match(sentence, end):
        end = shared.end()          # (「…在400万元及以上的和…在100万元及以上的园林绿化工程」: one noun for both bands)
    if ranged := _RANGE_ON.match(sentence, end):
        end = ranged.end()          # (「投资额30万元及以上至100万元以下建设工程」: the range's top, then its noun)
    kind = _KIND_AFTER.match(sentence, end) \
        or (_KIND_HEAD.match(sentence, end) if banded and unit not in _COUNT_UNITS else None)
    if kind is None:
        return False
    if not money:
        return True
    noun_end = _money_class(sentence, kind.end() - 1 if kind.re is _KIND_AFTER else kind.start())
    return noun_end is not None and all(g < noun_end for g in grants)


# the works a cost band names 「施工金额在10万元(含)以上50万元以下的项目」「…不足100万元的小型建设工程」
# 「…的工程采购项目」
# (Round 66: read by its form, whatever step the class then goes through) — not what a sum buys or pays 「100元以下的
# 现金」 nor a case 「…50万元以下的…纠纷案件」
# (firms too 「单户担保金额500万元及以下的小微企业」「…以上的再担保业务」, and the share the class holds
# 「…500万元及以下的占比不得低于50%」: the class left unsaid before its share)
# (the estates a grant's band sorts 「单次激励资金低于2万元的小区，…可将…暂存」: a class of estate, round 58 — p67c)
# (… or a grade of accident by its loss 「造成100万元以下直接经济损失且…的一般燃气事故，由A组织调查」: the class the
# clause picks, as a casualty band names one — Round 97's x353_02 第八条, Round 93's x344_04)
_MONEY_NOUN = re.compile(r"[^，,；;。的\d]{0,12}?(?:项目|工程|合同|采购|企业|公司|业务|小区|事故)(?![款费价额资])"
                         r"|(?:占比|比重)")
# (a noun-less 的 clause around it 「对超过400万元的工程采购项目中适宜由中小企业提供的，…」: a condition, a trigger —
# round 48; Round 66 names plans-dev 01's 「超过100人的企业…的，可申请」)
_CONDITION_AROUND = re.compile(r"[^，,；;。]*?的\s*[，,]")


def _money_class(sentence: str, noun_at: int) -> int | None:
    """Where the noun from ``noun_at`` ends, if it names projects, works, contracts or a procurement for a cost band
    (Round 66)."""
    noun = _MONEY_NOUN.match(sentence, noun_at)
    return None if noun is None or _CONDITION_AROUND.match(sentence, noun.end()) else noun.end()



# a share of the project's own investment that picks the works 「市、区级财力直接投资或补贴占总投资50%及以上的建设
# 工程，应…报区发改委审核」: who funds it and how much is the class's measure, as a cost band is (Round 66 / 68: a
# band inside a noun naming projects or works is a class whatever step follows; Round 74 on x297_04) — not a share
# with no works after it 「自筹资金占总投资比例不低于60%」, a bar an applicant meets
_INVESTED_SHARE_BEFORE = re.compile(r"占(?:项目)?(?:总投资|投资总额)(?:额)?的?\s*$")
_WORKS_AFTER = re.compile(r"\s*(?:[（(]含?[^（）()]{0,8}[)）])?\s*(?:及以上|以上|及以下|以下)?\s*的\s*"
                          r"[^，,；;。的\d]{0,10}?(?:项目|工程)")


def invested_share_class(sentence: str, start: int, end: int, unit: str) -> bool:
    """The share at start–end of ``sentence`` is the part of a project's investment that picks the works after it."""
    return unit in ("%", "％") and _INVESTED_SHARE_BEFORE.search(sentence, max(0, start - 12), start) is not None \
        and _WORKS_AFTER.match(sentence, end) is not None


# a kind's size printed in brackets right after its name, the list of kinds going on after it 「…观光台、栈道（宽度
# 不超过2米）等非永久性附属设施」: the bracket says which facilities the kind holds (round 58's class inside a noun;
# Round 95's x352_02 「日处理规模在200吨以上…设施」), no bar the work reaches — not a size the work itself is held to
# 「新建栈道（宽度不超过2米）。」, which no list of kinds follows
_SIZE_BRACKET_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff])[（(]\s*"
                                  r"(?:宽|长|高|深|直径|跨度|面积|占地面积|占地|规模|容积|体积)度?\s*(?:不超过|不大于|不高于|不小于|不低于|超过|大于|小于|高于|低于|在|为)?\s*$")
_KINDS_GO_ON = re.compile(r"\s*(?:及?以[上下内])?\s*[)）]\s*(?:等|、)")


def bracketed_size_class(sentence: str, start: int, end: int) -> bool:
    """The figure at start–end of ``sentence`` is a kind's size in brackets after its name, in a list of kinds."""
    return _SIZE_BRACKET_BEFORE.search(sentence, max(0, start - 12), start) is not None \
        and _KINDS_GO_ON.match(sentence, end) is not None
