"""One figure as a plan writes it: its number and unit (NUMBER, _value), the comparator before or after it, the
target verb, and the subject it counts."""

from __future__ import annotations

import re
from functools import lru_cache

from .prefilter import led

_LENGTH_END = (r"(?=\s*(?:以上|左右)?\s*(?:[，,。；;）)]|$)|\s*(?:及以上|以上|及以下|以下|以内|之内)"
               r"|的[\u4e00-\u9fff]|时|" + r"\s*[×xX＊*]\s*\d)")
# (a length may stop before 的 and a noun too: 「宽度超过8米的道路」「管径≤100mm的管道」, taken by the target reader
# only after a comparison word of the line, rounds 30 and 32; a band after it joins it to the line: 「在6米以内」)
# (a band after it joins the length to the threshold line, whatever follows: 「宽度8米以上的道路」
# 「17米以上级盾构」, round 31)
# (or before 、/且/或 and the next bound of a class: 「总高超过4.5米、或者总宽超过3.75米」「不超过50米且不跨路的」)
# (or before × and the other edge of a size 「规格不宜小于110厘米×80厘米」「不小于1.2米×0.9米」: each edge a length)
# (「300米服务半径内」「50米范围内」: 内 after a distance is 以内, round 34 — its band, ``WITHIN_DISTANCE``)
# (not a zone a rule defines: 「河道两侧50米范围内为禁养区」 names where it applies, a class, round 34)
_WITHIN_DISTANCE = r"(?:服务半径|半径|范围)?内(?![容部外涵]|地(?!面)|\s*(?:为|划为|列为|属于))"
_METRES_END = (r"(?=\s*(?:及以上|以上|及以下|以下|以内|之内|之间|间(?![\u4e00-\u9fff])|" + _WITHIN_DISTANCE + r")"
               r"|\s*(?:左右)?\s*(?:[，,。；;）)、]|且|或|$)"
               r"|的[\u4e00-\u9fff]|时|" + r"\s*[×xX＊*]\s*\d"
               # (「至少应留有4米宽度」: the width a standard keeps, not 「5米宽的道路」)
               r"|宽度(?=[的，,。；;]|$))")
# the verbs that select or check the objects a share or multiple counts 「按…3倍的比例，选好预征对象」 (Round 60
# rulings)
PICKS = r"(?:选好|选取|选拔|选定|抽选|抽取|抽查|抽检|遴选|挑选)"
UNITS = ("(?:微克|毫克|纳克)/(?:立方米|升|千克)|μg/m[3³]|mg/(?:m[3³]|L)|"   # a concentration (35微克/立方米)
          # a flow, kept as printed (每支水枪的流量不应小于5升／秒; 供水能力10立方米/秒)
          "(?:升|立方米)\\s*[/／]\\s*秒|(?<![a-zA-Z])L/s(?![a-zA-Z])|"
          "万平方米|平方米|万平米|平米|㎡|平方公里|平方千米|平方厘米|公里|千米|千瓦时|千瓦|兆瓦|立方米|公斤|千克|标准箱|"
          # a speed (不得超过限速60km/h)
          "(?<![a-zA-Z])km/h(?![a-zA-Z])|"
          # a weight in kilograms (存瓶总重量超过60kg的), not kg/m³ or a word of letters
          "(?<![a-zA-Z])kg(?![a-zA-Z/])|"
          # a boiler's steam tonnage, a ship's gross tonnage, a voltage (35蒸吨以下燃煤锅炉, 600总吨以上干散货船,
          # 接入电压不超过220千伏): their own units, not 吨 nor 220 thousand
          "蒸吨|总吨|千伏|"
          # a power in watts (电表扩容至8000瓦), not a tile (瓦片) nor a roof (瓦房)
          "(?<![千兆万])瓦(?![片房屋面解斯砾罐])|"
          # power and energy written in SI letters, in any case: 120MW, 5000kWh, 80kw·h, 2mw
          "(?<![a-zA-Z])[kKmMgG][wW](?:[·•・.]?[hH]|[pP])?(?![a-zA-Z])|"
          # money in a foreign currency (累计实际利用外资超过160亿美元): the multiplier before it, the currency kept
          "万人次|人次|万人|万户|万张|万个|美元|欧元|港元|港币|日元|英镑|美金|万元|亿元|元|"
          "个百分点|%|‰|"
          # a multiple of a base the rule sets (按基准价格的3倍加收, 设计费1.5-2.0倍), not 倍增 / 倍数 / 倍率,
          # nor a ratio's multiple 「…的2倍比例配套」 — but the multiple of the objects a body selects
          # 「按上年度任务3倍的比例，选好预征对象」, its own number of work (Round 60 rulings)
          "倍(?![增数率]|的?比例(?!$|[，,]?" + PICKS + "))|"
          # grain by the jin (产量稳定在5亿斤以上), not 公斤 (above) nor 斤两
          "斤(?!两)|"
          # events per head (发生率0.5起/百万人) and cases counted (查处案件10起, 事故控制在3起以内); not the start
          # of a word (10起草 / 3起步) nor a year (自2026起)
          "(?<!20\\d\\d)起(?![草步始来点止算飞跑航])|"
          "个月|个工作日|工作日|个类别|小时|分钟|年一遇|MPa|℃|"   # (a temperature: 供热温度由18℃提升至20℃)
          # (a temperature in 度 closing its clause 「温度超过38度时」; not 年度 / 力度 / 3度电)
          "度(?=\\s*(?:以上|以下)?\\s*(?:[时，,。；;、）)或]|$))|"
          # lengths, lamps, wells, culverts, sections, courses and camera channels (渠道1200米, 步道800延米, 路灯500盏,
          # 机井20眼, 涵洞12道, 线路15段, 课程30门, 绿道12km, 监控探头300路); 米 after 千 is 千米 (above), and not
          # 平方米/立方米 (above: tried first); not 3道工序 / 路口 / 门店 / km² / 5米宽 / K3+500段 (a stake number)
          # (a length only where it closes its clause: 「50米范围内」「500米服务半径」「50米级」「6米以内」「≥15米的」
          # are distances and sizes, never lengths to build)
          # (… and metres in the SI letter, closing its clause alike 「间距不应超过500m；」「但不得小于2m」 — not
          # 5m宽, m², m³, m/s, mm, nor a word of letters)
          "(?:延米|(?<![千])米|(?<![a-zA-Z])km(?![²2a-zA-Z/])|(?<![a-zA-Z])m(?![a-zA-Z²2³3/]))" + _METRES_END + "|"
          # a design limit in millimetres or centimetres, closing its clause (水封深度不应小于50mm; not 「厚度低于
          # 0.01毫米的地膜」, a property of the things meant)
          # (公分, the spoken 厘米: 「间隔50公分以上」)
          "(?:毫米|厘米|公分|(?<![a-zA-Z])(?:mm|cm)(?![a-zA-Z²2³3/]))" + _LENGTH_END + "|"
          "盏|眼(?![光界睛镜])|道(?![路德理歉工])|(?<!\\+\\d{3})段(?![落位式])|"
          "门(?![诊户店面口槛类禁头票窗卫])|路(?![口段面灯网线径由况车公])|"
          # a yearly rate (地面沉降量控制在6毫米/年以内); sets and wells counted as built (分层标组10组, 监测井30口)
          "(?:毫米|厘米)/年|组(?![织成建团合长员])|口(?![岸径罩号头令腔碑味子])|"
          # events and visits counted with 次 (演出120场次, 培训200期次, 检查800家次, 抽检柴油车2000辆次,
          # 检查船舶300艘次, 抽查设备50台次): the whole unit, its 以上 after it
          "场次|期次|批次|家次|架次|车次|班次|户次|轮次|辆次|艘次|台次|件次|幅(?![度员面])|"
          # rounds of a check and flags hung (每年至少完成2轮全覆盖排查 / 彩旗不少于50面); not 轮换 / 轮胎 / 面积 / 面向
          "轮(?![换流胎值岗椅渡船车动])|面(?![积向临对上料条膜层貌子])|"
          "张|个|户|所|家|处|名|座|间|项|支|场|篇|条|套|辆|台|批|床|份|件|类|栋|幢|层|亩|吨|本|册|期|人(?!民币)|次|位|点|站|"
          # kinds counted (支持2种以上的信号接收方式), not 种植 / 种类 / 种子; patches of land (10片楔形绿地), not 片区
          "种(?![植类子养业苗源质草树粮地田禽畜])|片(?![区段])|"
          # the length of a piece the item writes, as a floor or a ceiling (字数不少于2500字 / 控制在800字以内); not
          # 字号, 字样, 字母, 字体 — nor a page's word count with no bar (全文共931字: no target-ish context)
          "字(?![号样母体符段])|"
          # a score as an aim (评价总分值在90分以上), not minutes (30分钟) nor a part (三分之一, 分局, 分项)
          "分(?![钟之类别局配工批期级管项部段区站队院社担摊解成享散布秒])|"
          # county counts (ux58): graves (坟墓2000穴), fry (鱼苗100万尾), fowl (5000羽), bridge spans (3孔), horses
          # (200匹); not 穴位, 尾号/尾数, 羽毛/羽绒, 孔径/孔洞, 匹配
          "穴(?!位)|尾(?![号数款声部端巴气水矿货随])|羽(?![毛绒球翼])|孔(?![径隙道洞雀子])|匹(?![配敌])|"
          # goods a county or street stocks and hands out (ux60: 防汛沙袋2000袋, 饮用水500箱, 食用油100桶,
          # 消毒液1000瓶, 帐篷200顶, 手套500副/双, 档案1000卷, 土方5000方; 车辆出动300辆次 above); not 袋装, 箱体, 瓶颈,
          # 包括/包保/包联, 顶层, 副职/副主任, 双向/双拥, 卷宗, 颗粒物, 方案/方式/方面
          "袋(?![装子鼠])|箱(?![包子体式涵])|桶(?!装)|瓶(?![装颈子])|"
          # (oil and water by the litre 「清油5升」「饮用水2000毫升」; not 升级, 升至 nor a rise 「由3升为5」)
          # (closing its clause or its band: not the size that names a bin 「240升垃圾桶」, a kind)
          "(?:毫升|升)(?=\\s*(?:及以上|以上|及以下|以下|左右)?\\s*(?:[，,。；;）)、]|$))|"
          # (festivals and fairs held by the edition 「“社区文化节”1届」; not 第3届, an ordinal, 2024届, a class of
          # graduates, nor 届满／届时)
          "(?<!19\\d\\d)(?<!20\\d\\d)届(?![满时])|"
          "包(?![括保联抓村干装片户组含容扶车袱])|盒(?![装子饭])|罐(?![装车体区])|"
          "顶(?![层格端岗级部尖替住账梁])|副(?![职主县市区局镇乡处科院校所站长总组秘部团队省])|"
          "双(?![向重拥语创百月周休方边胞])|捆(?![绑扎])|卷(?![宗烟面帘入])|枚(?!举)|颗(?!粒)|"
          "方(?![案式面向法针位形便阵舱言格块略圆])|"
          "部|宗|块|棵|株|头|只|艘|架|例|具(?![体有备])|根(?![据本源治除深植基])|把(?![握关手控持好脉])|课时|学时|公顷|万|千|亿|年|"
          # an age as an aim (预期寿命达82.4岁,), not who qualifies (3岁以下婴幼儿, 60岁以上老人)
          "岁(?=以上[，,。；;]|[^\u4e00-\u9fff]|$)|"
          "对(?!接|口|标|比|照|象|外|于|应|策|话|待|称|齐|冲|此|其|我)")   # 列车38对 (pairs of trains)
# a count per head of population, kept with its unit (抽检4.5批次/千人, 2.5名/千人, 0.5起/百万人)
_PER_HEAD = r"(?:/(?:\d+|[十百千万])[万千]?人)?"
NUMBER = led(re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)(?:\s*[-—–~至]\s*(\d+(?:\.\d+)?))?\s*([万千亿]?)\s*(?:[余多]\s*)?((?:" + UNITS + r")"
    + _PER_HEAD + r")"
    # (「死亡3人（含）以上的事故」: the figure counted in, then its band)
    r"(?:\s*(?:[（(]\s*含\s*[）)]\s*)?(及其以上|及其以下|及以上|及以下|以上|以下|以内|左右|之内"
    r"|(?<=[米里mM])\s*" + _WITHIN_DISTANCE + r"))?"))
CMP_BEFORE = re.compile(
    r"(不得少于|不得低于|不得小于|不得超过|不得高于|不得大于|"     # 抽查不得少于…的10%: at least, not below
    r"不应小于|不应低于|不应少于|不宜小于|不应大于|不应超过|不应高于|不宜大于|不宜超过|"       # a design rule's limit
    r"不少于|不低于|不小于|至少|最少|不超过|不高于|不多于|不大于|控制在|保持在|稳定在|"
    r"大于或?等于|小于或?等于|超过|高于|大于|低于|少于|小于|"
    r"≥|>=|≤|<=|＞|＜|>|<|达到|达)")
CMP = {"不得少于": ">=", "不得低于": ">=", "不得小于": ">=", "不得超过": "<=", "不得高于": "<=", "不得大于": "<=",
       "不应小于": ">=", "不应低于": ">=", "不应少于": ">=", "不宜小于": ">=", "不应大于": "<=", "不应超过": "<=",
       "不应高于": "<=", "不宜大于": "<=", "不宜超过": "<=",
       "不少于": ">=", "不低于": ">=", "不小于": ">=", "至少": ">=", "最少": ">=", "≥": ">=", ">=": ">=",
       "达到": ">=", "达": ">=", "不超过": "<=", "不高于": "<=", "不多于": "<=", "不大于": "<=",
       "大于等于": ">=", "大于或等于": ">=", "小于等于": "<=", "小于或等于": "<=",
       "≤": "<=", "<=": "<=", "控制在": "<=", "保持在": "=", "稳定在": "=", "超过": ">", "高于": ">",
       "大于": ">", "＞": ">", ">": ">", "低于": "<", "少于": "<", "小于": "<", "＜": "<", "<": "<"}
SUFFIX = {"以上": ">=", "及以上": ">=", "及其以上": ">=", "以下": "<=", "及以下": "<=", "及其以下": "<=",
           "以内": "<=", "之内": "<="}
# a target verb shortly before a figure (新建20个 / 完成2000户)
VERB = re.compile(
    r"(新建|新增|建设|建成|建立|创建|打造|培育|培训|完成|实现|改造|改扩建|提档升级|设置|配建|配备|开展|"
    r"扶持|招收|举办|覆盖|增加|增至|吸纳|引进|资助|帮扶|认定|评定|开设|创办|悬挂|"
    # 「设计搭建一座…彩灯门楼」: what the item puts up for its event, its number of work (Round 81 on x306_03 二/(二)) —
    # as 新建 is
    r"搭建|搭设|"
    # 「抽选20名公众代表参加活动」「各抽选10户调查对象进行走访」: the number the item selects or visits, its own
    # number of work (Round 49 rulings on x231_01 二, 四; round 37's number to appoint)
    r"抽选|遴选|招募|走访|慰问)")
# 「开展一次走访慰问」「召开1次协调会议」「進行一場籃球賽」「上好一堂教育课」: the events an item holds, counted right
# after the verb that holds them — its own numbers of work, in words or figures, 一 as any number (Round 52 rulings,
# decided: 「五个一」, x238_08; x249_02; Round 59 rulings, governs: events counted, 1 次 included, no comparison
# word needed)
HELD_RIGHT_BEFORE = re.compile(r"(?:开展|開展|召开|召開|举办|舉辦|举行|舉行|组织|組織|进行|進行"
                               # (「每半年召开了一次」: the verb's 了 changes nothing)
                               r"|开好|開好|上好|办好|辦好"
                               # (「X奖每两年评选一次」: the award the scheme holds in a rhythm, its number of work —
                               # Round 84's p61e-1)
                               r"|评选|評選"
                               # (「搞一次大型宣传活动」: the plain word for holding one)
                               r"|(?<![要])搞)了?$")
_MULT = {"": 1, "万": 10000, "千": 1000, "亿": 100000000}
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


# compiled once: the subject readers and sentence_targets run for every figure of a plan
_SUBJECT_END = re.compile(r"、\s*(?=\d)|和(?=\d)|[，,；;。]")
_LEADING_DE = re.compile(r"^(的|，|、)+")
# a figure, then 、 and another thing with its own figure 「企业65家、“小巨人”企业2家」: each thing is named
# before its figure, none after it
_NEXT_LISTED = re.compile(r"\s*、[^、]*?\d")
_LEADING_DASH = re.compile(r"^[—\-·•\s]+")
_LEADING_TIME = re.compile(r"^(到|至|在|于|力争|争取|确保|计划)?\s*"
                           r"((19|20)\d{2}年(底|末)?(前|之前)?|“?十[三四五六]五”?(末|期间))")
# (a year's time word too: 「全年完成职业技能培训…」 counts 职业技能培训, not 全年… — ux63; not 全年龄段…)
LEADING_SCOPE = re.compile(r"^(全市|全省|全区|全县|每年|年内|全年(?!龄)|今年|年底前|同时|其中|并|要|应|力争|确保|"
                            r"累计|共|达到|推动|推进|努力|实现)+")
_AFTER_VERB = re.compile(r"后(?![备续勤期台方盾援代排])")
_LEADING_BY = re.compile(r"^(严格)?(按照|按)")
_TRAILING_AUX = re.compile(r"(的)?(总数|总量|数量|规模)?(分别|均|要|应|须|必须|将|确保|力争|争取)?$")
_LIST_SEP = re.compile(r"[、，,]")
_RATE_SEP = re.compile(r"[、，,]|和|及")


def subject_after(clause: str, pos: int) -> str:
    rest = clause[pos:pos + 240]         # (the subject is cut to 40 characters: a clause's tail is never read whole)
    m = _SUBJECT_END.search(rest)
    subject = rest[: m.start()] if m else rest
    if _NEXT_LISTED.match(subject):
        return ""                        # 「公园3个、广场2个」: 、 opens the next thing listed, with its own figure
    subject = _LEADING_DE.sub("", subject.strip())
    return subject[:40].strip("的 ")


def subject_before(text: str) -> str:
    text = _LEADING_DASH.sub("", text)
    text = _LEADING_TIME.sub("", text)
    text = LEADING_SCOPE.sub("", text)
    # (the verb of what happens before the thing counted is part of its name: 「培训后就业率」「建成后入住率」 keep
    # 培训／建成 — ux63's 「后就业率」 — but 「培训后备干部」 counts 后备干部)
    verb = VERB.match(text)
    text = text[verb.end():] if verb and not _AFTER_VERB.match(text, verb.end()) else text
    text = _LEADING_BY.sub("", text)
    # (every match of _TRAILING_AUX, held by $, opens within the text's last seven characters — five words' worth and
    # a final line break: the pattern runs over that tail, not tried at every character before it)
    tail = max(0, len(text) - 8)
    text = text[:tail] + _TRAILING_AUX.sub(lambda m: m.group(2) or "", text[tail:])
    if len(text) > 40 and len(rate_list(text)) > 1:
        return text.strip("的，,、 ")             # a list of rates sharing one figure: keep all
    if len(text) > 40:
        text = text[-40:]
        cut = _LIST_SEP.search(text)
        if cut and cut.end() < len(text) - 2:
            text = text[cut.end():]
    return text.strip("的，,、 ")


_RATE_END = re.compile(r"(率|比例|占比|比重)$")


def rate_list(subject: str) -> list[str]:
    """``A率、B率、C率`` → its rates, when every listed part is a rate; else []."""
    parts = [p.strip() for p in _RATE_SEP.split(subject) if p.strip()]
    return parts if len(parts) > 1 and all(_RATE_END.search(p) for p in parts) else []
