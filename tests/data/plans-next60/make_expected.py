# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next60/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 26 (built by c60): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py for
「一、」/「（一）」/「1.」 paths, by ``art`` (``expected_tools.article_in``) for article and chapter paths); every answer was
written here by reading the texts. Neither the parser nor the scorer was run on this set by its builder: the lead
scores it first.

    python tests/data/plans-next60/make_expected.py tests/data/plans-next60
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    align29,
    align30,
    article_in,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

P, U = prose_and_listed(PROSE_ACTORS)
src = shanghai_source
art = partial(article_in, DIR)    # the line and first words of an article or chapter path

KIND = ("the actors are kinds or roles (机关、团体、企业、事业单位, 消防安全重点单位, 火灾高危单位, 物业服务企业, 村（居）民委员会, "
        "主要负责人, 「负责公共消防设施维护管理的单位」 …) acting in sentences, no unit named for the item")
HEAD = ("the item opens with its own heading sentence (「（一）加强党的领导。」) and its actors act in the sentences after it "
        "(plans-next53's reading of 「加强消防工作领导。区各部门…」): read as prose, no unit for the item")
LIST = ("the section's heading or the article's lead-in (「三、各街镇（经开区）消防工作责任」, 「X…履行下列职责：」) names the unit "
        "whose duties its numbered items are: every item is given that unit (a duty list, as plans-next25 x25_06 and "
        "plans-next53)")
FIRST = ("the item's first words are a named unit followed by its work (「X负责…」 / 「X应当…」): that unit (plans-next53's "
         "reading of the bureau items)")
GOAL = "会同 in the item: lead = [], the first unit accepted as lead (plans-dev 03 on 会同)"
CATCH = "a catch-all item (「法律、法规…规定的其他…职责」): a leaf by the numbering rule, no work of its own"
COMMON = "区委、区政府各部委办局"


def binder(file, by_article=False):
    """The sample helper of one file: a prose sample (no ``unit``) or a listed one; located by ``art`` for article /
    chapter paths, else by ``locate`` (expected_tools.write)."""
    def A(path, *args, unit=None, **kw):
        where = art(file, path) if by_article else {}
        if unit is None:
            return P(path, *args, **kw, **where)
        alts = kw.pop("lead_alternatives", None)
        d = U(path, unit, *args, **kw, **where)
        if alts:
            d["lead_alternatives"] = alts
        elif alts == []:
            d.pop("lead_alternatives", None)
        return d
    return A


# ---------------------------------------------------------------------------------------------------------
X01 = "x60_01_songjiang-2020-xiaofang-anquan-zerenzhi-shishi-xize.txt"
A = binder(X01)
JZ = ["各街镇（经开区）"]

plan(X01,
     title="松江区消防安全责任制实施细则（关于印发《松江区消防安全责任制实施细则》的通知）",
     title_note="the rules' title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪松府〔2020〕216号 (from the index; the stored text prints no number)",
     issuer="上海市松江区人民政府 (the rules were drawn up by 区消防救援支队, the cover says)",
     date="2020-08-05",
     level="district government (Shanghai Songjiang), rules written as 一、–四、 sections with two attachments",
     source=src("消防与人防", "关于印发《松江区消防安全责任制实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=8425fc46-8002-416a-b819-f7caf81c6e5a&siteId=0082", 12177),
     style="district rules after a cover (addressees, one sentence, 特此通知, date); a preamble; 一、适用范围 (one paragraph); "
           "二、工作措施 （一）–（十二） each opening with a heading sentence (「（一）加强党的领导。」) whose actors follow in "
           "sentences; 三、各街镇（经开区）消防工作责任 （一）–（六） (a heading that names the unit of its items); 四、 （一） a "
           "lead-in 「区委、区政府各部委办局在各自职责范围内履行下列共同职责」 (no colon) over 1.–8. and （二） a lead-in over 1.–30., "
           "each opening with its bureau 「区X负责…」 (some add a second or third unit in later sentences); 「本细则自2020年9月"
           "1日起施行」; then 附件1 (duties of 机关、团体、企业、事业等单位 by kind, 一、–八、) and 附件2 (居（村）委会, 业主大会、业委会, "
           "物业服务企业); ASCII commas 「规定,结合…需要,建立」 and 「技术,提升」",
     leaf_tasks=56, count_alternatives=[49, 116, 120],
     attachment_task_rows=0,
     childless_top_level_sections=["一、适用范围"],
     samples=[
        A(["二", "（一）"], note=HEAD + " (区各部门（单位）党委（党组）, 党委（党工委）, 书记); 「每半年应当至少召开1次专题会议」 a meeting "
          "rhythm (see duties; not a target); " + NODATE),
        A(["二", "（三）"], note=HEAD + " (区消防安全委员会, 区应急局, 区消防救援支队 in sentences; a reader may give them); 「定期"
          "召开成员单位会议」 (see duties); " + NODATE),
        A(["二", "（五）"], note=HEAD + "; " + KIND + "; " + NODATE),
        A(["二", "（七）"], skip_deadline=True,
          note=HEAD + " (区消防安全委员会成员单位, 区应急局, 消防救援支队, 区政府 in sentences); 「每年一季度前」 a yearly "
               "recurring limit (no single date; the deadline is not checked)"),
        A(["二", "（九）"], targets=[(1, "次")],
          note=HEAD + " (区消防安全委员会, its office, 区委组织部 in sentences); 「每年组织1次…考核」 the assessment the item holds: "
               "not_target → target 1次 by Round 59 rulings (governs, rounds 52, 58 over round 35's floor: the events an item "
               "holds are its own number of work, 1 次 included, with no comparison word); 「定期通报…同步报告区委、区政府」 (see "
               "duties); " + NODATE),
        A(["二", "（十一）"], note=HEAD + " (区消防救援支队 移送 clues: a referral); the 一是…六是 cases are conditions; " + NODATE),
        A(["三", "（一）"], unit=JZ, note=LIST + "; 「各街镇（经开区）」 kept as printed (the streets, towns and the 经开区 as a group "
          "of units); " + NODATE),
        A(["三", "（二）"], unit=JZ, note=LIST + "; 「结合区域经济发展…的需要,建立」 with ASCII commas; " + NODATE),
        A(["三", "（四）"], unit=JZ, note=LIST + "; 「会同相关部门」 names no unit; 「牵头开展消防安全整治」: the item's unit leads "
          "(lead = [], the unit accepted, as every single-unit item); " + NODATE),
        A(["三", "（六）"], unit=JZ, note=LIST + "; " + NODATE),
        A(["四", "（一）", "2"], unit=[COMMON],
          note=LIST + " (「区委、区政府各部委办局在各自职责范围内履行下列共同职责」, a group of units kept whole: it is not 区委 "
               "and 区政府各部委办局); " + NODATE),
        A(["四", "（一）", "5"], unit=[COMMON], not_targets=[(1, "次")],
          note=LIST + "; 「每年至少组织1次全员应急疏散演练」 a drill rhythm, not a target; " + NODATE),
        A(["四", "（一）", "8"], unit=[COMMON], note=LIST + "; " + CATCH + "; " + NODATE),
        A(["四", "（二）", "1"], unit=["区政府办公室"], note=FIRST + "; " + NODATE),
        A(["四", "（二）", "4"], unit=["区教育局"], targets=[(4, "课时"), (1, "次")],
          note=FIRST + "; 「开展4课时以上消防安全教育和1次以上逃生疏散演练」 minimums the item sets (targets, as plans-next53 "
               "第十条(三)); 「每学期」 no date; " + NODATE),
        A(["四", "（二）", "8"], unit=["区司法局"], note=FIRST + "; " + NODATE),
        A(["四", "（二）", "10"], unit=["区人力资源社会保障局", "区消防救援支队"], lead_alternatives=[["区人力资源社会保障局"]],
          note=FIRST + "; 「区人力资源社会保障局会同区消防救援支队开展…」: " + GOAL + "; " + NODATE),
        A(["四", "（二）", "12"], unit=["区生态环境局"], note=FIRST + "; " + NODATE),
        A(["四", "（二）", "17"], unit=["区应急局"],
          note=FIRST + "; 「及时将重大灾害事故预警信息通报区消防救援支队」 (see duties); " + NODATE),
        A(["四", "（二）", "20"], unit=["区体育局"], note=FIRST + "; " + NODATE),
        A(["四", "（二）", "22"], unit=["区住房保障房屋管理局"], note=FIRST + "; 「指导街镇…」 names those it guides; " + NODATE),
        A(["四", "（二）", "25"], unit=["区金融服务办"],
          note=FIRST + "; 国家在沪金融管理部门, 区应急管理部门, 消防救援支队, 上海银保监局 are those it works with; " + NODATE),
        A(["四", "（二）", "28"], unit=["区城市运行管理中心"], note=FIRST + "; " + NODATE),
        A(["四", "（二）", "30"], note=KIND + " (「负责公共消防设施维护管理的单位」, a kind); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "党委（党工委）每半年应当至少召开1次专题会议分析行业或辖区消防安全形势", "when": "每半年",
              "when_norm": None},
             {"what": "区消防安全委员会应当定期召开成员单位会议，分析研判消防安全形势", "when": "定期", "when_norm": None},
             {"what": "区消防安全委员会办公室定期通报消防工作完成和考核情况，同步报告区委、区政府并抄送有关部门（单位）",
              "when": "定期", "when_norm": None},
             {"what": "区应急局及时将重大灾害事故预警信息通报区消防救援支队", "when": "及时", "when_norm": None}],
     notes=["counting (the body from the rules' title to the 「附件：」 line; attachments excluded, EXPECTED.md): 一、适用范围 a "
            "section (one paragraph); 二、 （一）–（十二） 12 + 三、 （一）–（六） 6 + 四、（一） 1.–8. 8 + 四、（二） 1.–30. 30 → 56. "
            "Accepted: 49 (四、（一） one leaf, its eight common duties one list), 116 (with 附件1's 34 numbered items 一、12 + 二、9 "
            "+ 三、6 + 四、7 and 附件2's 26, 一、11 + 二、6 + 三、9) and 120 (with 附件1's four childless sections 五、–八、 too)",
            "samples: six of 二、's twelve measures, four of 三、's six, three of 四、（一）'s eight common duties and eleven of "
            "四、（二）'s thirty bureau items; 附件 items are not sampled (outside the count). Not sampled: bureau items naming a "
            "second or third unit in a later sentence (3. 区经委 / 区粮食物资储备局, 5. 区科委 / 区科协 / 区信息委, 6. 区公安分局 "
            "/ 公安派出所, 13. 区建设管理委 / 区交通委 / 区水务局) — two fair readings of their units",
            "units: 三、's heading and 四、's lead-ins give their items a unit; bureau items their first unit; 二、's measures are "
            "prose after a heading sentence (none)",
            "dates: no dated item; 二/（七）'s 「每年一季度前」 a yearly limit (not checked); 「本细则自2020年9月1日起施行」 entry "
            "into force; the cover's 2020年8月5日",
            "figures: targets only 四/（二）/4's 4课时 and 1次; rhythms (每半年至少1次, 每年1次, 每年至少1次, 3年内 1次) are checked "
            "as neither or as not targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x60_02_chongming-2020-xiaofang-anquan-zerenzhi-shishi-banfa.txt"
A = binder(X02, by_article=True)
YS = ["消防安全议事协调机构"]
XZ = ["乡镇人民政府"]

plan(X02,
     title="上海市崇明区消防安全责任制实施办法（上海市崇明区人民政府关于印发上海市崇明区消防安全责任制实施办法的通知）",
     title_note="the measures' title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪崇府规〔2020〕2号 (from the index; the stored text prints no number)",
     issuer="上海市崇明区人民政府 (the index names 上海市崇明区人民政府办公室 as publisher)",
     date="2020-07-31",
     level="district government (Shanghai Chongming), measures written as chapters and articles",
     source=src("消防与人防", "上海市崇明区人民政府关于印发上海市崇明区消防安全责任制实施办法的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=59e19ae2-f4b0-40d3-a1c1-ee7be5671a90&siteId=0085", 9866),
     style="district measures after a short cover (addressees, one sentence, date); 第一章–第七章 heading lines (「第一章  总  "
           "则」, two ASCII spaces); 「第N条  text」 (two ASCII spaces) with further paragraphs; 第三条–第七条 「坚持…」 principles; "
           "第九条 (the 议事协调机构), 第十条 (乡镇人民政府) and 第十二条 (区政府工作部门) lead-ins over （一）…; 第十二条 （一）–"
           "（三十一） each opening with its bureau (（一） adds a paragraph for 区消防救援支队); 第十三条–第二十四条 duties of kinds; "
           "第二十八条 two lists of 约谈 cases and 第三十条 a list of exemptions; 第三十四条 施行",
     leaf_tasks=96, count_alternatives=[101, 88, 93],
     attachment_task_rows=0,
     childless_top_level_sections=["第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第三十四条"],
     samples=[
        A(["第八条"], unit=["区政府"], note=FIRST + "; 《办法》第八条、第九条 are article numbers of a cited text; " + NODATE),
        A(["第九条", "（二）"], unit=YS,
          note=LIST + " (「区政府依照有关规定成立的消防安全议事协调机构负责…并履行下列职责：」: the body as printed, without its "
               "modifier, as plans-next53 x53_02's 工作小组); 「定期召开专题会议」 a meeting rhythm; " + NODATE),
        A(["第九条", "（五）"], unit=YS, note=LIST + "; " + NODATE),
        A(["第九条", "（六）"], unit=YS, note=LIST + "; 「定期向区政府报告消防工作情况」 (see duties); " + NODATE),
        A(["第十条", "（一）"], unit=XZ, note=LIST + " (「乡镇人民政府除履行…外，还应当履行下列职责：」); " + NODATE),
        A(["第十条", "（二）"], unit=XZ, note=LIST + "; 「每季度专题研究…每半年召开消防工作会议」 (see duties); " + NODATE),
        A(["第十条", "（三）"], unit=XZ, note=LIST + "; " + NODATE),
        A(["第十一条"], note="the actors are posts (主要负责人, 分管消防安全的负责人, 班子其他成员) of 本区各级人民政府: no unit "
          "named for the item; " + NODATE),
        A(["第十二条", "（二）"], unit=["区发展改革委"],
          note=FIRST + " (under the lead-in 「区政府工作部门…还应当在各自职责范围内履行下列职责：」, each item names its own bureau); "
               + NODATE),
        A(["第十二条", "（五）"], unit=["区建设管理委"], note=FIRST + "; 建设、设计、施工、监理单位 are those it supervises; " + NODATE),
        A(["第十二条", "（六）"], unit=["区交通委"], note=FIRST + "; " + NODATE),
        A(["第十二条", "（八）"], unit=["区卫生健康委"], note=FIRST + "; " + NODATE),
        A(["第十二条", "（九）"], unit=["区国资委"], note=FIRST + "; " + NODATE),
        A(["第十二条", "（十二）"], unit=["区人力资源社会保障局"], note=FIRST + "; " + NODATE),
        A(["第十二条", "（十五）"], unit=["区教育局"],
          note=FIRST + "; 「崇明区东平青少年活动基地」 a place; " + NODATE),
        A(["第十二条", "（十九）"], unit=["区规划资源局"], note=FIRST + "; " + NODATE),
        A(["第十二条", "（二十一）"], unit=["区城管执法局"], note=FIRST + "; " + NODATE),
        A(["第十二条", "（二十三）"], unit=["区市场监管局"], note=FIRST + "; 「会同有关部门」 names no unit; " + NODATE),
        A(["第十二条", "（二十五）"], unit=["区绿化市容局"], note=FIRST + "; 「不得占用消防车道…」 a prohibition inside its work; "
          + NODATE),
        A(["第十二条", "（二十六）"], unit=["区民防办"], note=FIRST + "; " + NODATE),
        A(["第十二条", "（二十八）"], unit=["区气象局"], note=FIRST + "; 「及时向消防救援机构提供…信息」 information, not a report; "
          + NODATE),
        A(["第十二条", "（三十一）"], unit=["区电力管理部门"], note=FIRST + " (a department named by its field, as printed); "
          + NODATE),
        A(["第十二条", "（三十二）"], note=KIND + "; " + NODATE),
        A(["第十三条", "（五）"], note=KIND + " (机关、团体、事业单位 / 其他单位); 「每季度至少进行一次」 「每月至少进行一次」 "
          "inspection rhythms (neither targets nor reports); " + NODATE),
        A(["第十五条", "（四）"], note=KIND + " (火灾高危单位); 「每月至少组织一次…评估，并将评估情况报区消防救援支队备案」 (see "
          "duties); " + NODATE),
        A(["第十八条", "（五）"], note=KIND + " (在崇央企、在崇市属企业); 「每年组织…一次考核」 an assessment of its own units, not "
          "a report; " + NODATE),
        A(["第十六条"], note=KIND + " (the users of one building, 物业服务单位); 「立即向相关主管部门报告」 a reaction, not a "
          "report duty; " + NODATE),
        A(["第二十二条", "（五）"], note=KIND + " (村（居）民委员会, as plans-next53's 居民委员会); " + NODATE),
        A(["第二十六条"], unit=["各级消防安全议事协调机构"],
          note=FIRST + " (a group of bodies, 「各级…」); 「定期召开成员单位会议」 (see duties); " + NODATE),
        A(["第二十七条"], note=KIND + " (「各有关部门应当建立…」, as plans-next53's 各有关部门); " + NODATE),
        A(["第二十八条", "（二）"], note="a case (「消防安全工作年度目标考核严重落后的」) in which 负责人 are summoned: a leaf by "
          "the numbering rule, no unit; " + NODATE),
        A(["第三十三条"], note="conduct rules for 公安部门、建管部门、消防救援机构 and their staff (「应当做到…不得…」): "
          "departments named by field in a prohibition, read as prose (none); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "消防安全议事协调机构定期向区政府报告消防工作情况", "when": "定期", "when_norm": None},
             {"what": "乡镇人民政府每季度专题研究地区消防工作，每半年召开消防工作会议", "when": "每季度 / 每半年",
              "when_norm": "quarterly (and half-yearly meetings)"},
             {"what": "火灾高危单位每月至少组织一次消防安全“四个能力”建设评估，并将评估情况报区消防救援支队备案",
              "when": "每月", "when_norm": "monthly"},
             {"what": "各级消防安全议事协调机构定期召开成员单位会议，分析研判消防安全形势", "when": "定期", "when_norm": None},
             {"what": "区应急局将区消防救援支队确定的消防安全重点单位报本级人民政府备案", "when": None, "when_norm": None}],
     notes=["counting (articles are the top level; chapters are group headings): 第一条 (目的), 第二条 (适用范围), 第三条–第七条 "
            "(「坚持…」 principles, as plans-next53 x53_04's 第三条–第五条) and 第三十四条 (施行) are sections; 第八条 1 + 第九条 7 + "
            "第十条 4 + 第十一条 1 + 第十二条 32 + 第十三条 5 + 第十四条 3 + 第十五条 4 + 第十六条 1 + 第十七条 3 + 第十八条 5 + "
            "第十九条–第二十一条 3 + 第二十二条 6 + 第二十三条 1 + 第二十四条 3 + 第二十五条–第二十七条 3 + 第二十八条 6 (two lists of "
            "cases, （一）–（三） twice) + 第二十九条 1 + 第三十条 4 + 第三十一条–第三十三条 3 → 96. Accepted: 101 (第三条–第七条 "
            "leaves), 88 (第二十八条 and 第三十条's lists of cases one leaf each) and 93 (both)",
            "samples: 第八条–第十一条 (seven), sixteen of 第十二条's thirty-two items, and 第十三条, 第十五条, 第十六条, 第十八条, "
            "第二十二条, 第二十六条, 第二十七条, 第二十八条, 第三十三条 — spread over every chapter. Not sampled: 第十二条（一） (区应急局, with a second paragraph for "
            "区消防救援支队) and （十） (区公安分局, with 公安派出所 in a later sentence): two fair readings of their units",
            "units: 第九条 / 第十条 / 第十二条's lead-ins; bureau items by their first unit; kinds (单位, 企业, 村（居）民委员会, "
            "物业服务企业) and posts are none",
            "dates: no dated item; 「本办法自2020年9月1日起施行」 entry into force; the cover's 2020年7月31日",
            "figures: none (rhythms: 每季度, 每半年, 每月, 每年一次; article numbers of the cited 《办法》)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x60_03_huangpu-2020-xiaofang-anquan-zerenzhi-shishi-xize.txt"
A = binder(X03)
JD = ["各街道"]

plan(X03,
     title="黄浦区消防安全责任制实施细则（中共黄浦区委办公室  黄浦区人民政府办公室关于印发《黄浦区消防安全责任制实施细则》的通知）",
     title_note="the rules' title after the cover, or the notice title (the first line, two offices with two spaces "
                "between them): either is accepted",
     doc_no="none printed and none in the index (「-」)",
     issuer="中共上海市黄浦区委办公室, 上海市黄浦区人民政府办公室 (joint)",
     date="2020-06-01 (the cover; the index's date is 2020-06-02)",
     level="district party and government offices (Shanghai Huangpu), rules written as 一、–四、 sections with two "
           "attachments; the same city-wide model as x60_01, in large part word for word",
     source=src("消防与人防", "中共黄浦区委办公室 黄浦区人民政府办公室关于印发《黄浦区消防安全责任制实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=28b5ee78-1df3-43f3-8476-d129df588962&siteId=0071", 11956),
     style="as x60_01 (the same model): cover (addressees, one sentence, 特此通知, two signatures on one line with three "
           "spaces, date); 一、适用范围; 二、 （一）–（十二） heading-sentence measures; 三、各街道消防工作责任 （一）–（七） (（七） names "
           "three offices 新天地办、豫园办、田子坊办); 四、（一） 1.–8. and （二） 1.–30. (23. adds 外滩办、广场办、南步办); 施行 "
           "2020年6月1日; 附件1 (一、–七、, no 石油化工 section) and 附件2 (居委会, 业主大会、业委会, 居住物业服务企业)",
     leaf_tasks=57, count_alternatives=[50, 110, 114],
     attachment_task_rows=0,
     childless_top_level_sections=["一、适用范围"],
     samples=[
        A(["二", "（二）"], note=HEAD + " (街道办事处 主要负责人 / 分管负责人 / 其他负责人: posts); " + NODATE),
        A(["二", "（四）"], note=HEAD + " (区政府有关部门 in the sentence); " + NODATE),
        A(["二", "（六）"], note=HEAD + "; the places 人民广场、南京路、外滩… are names; 「有关部门」 no unit; " + NODATE),
        A(["二", "（八）"], not_targets=[(1, "次")],
          note=HEAD + " (区消防安全委员会 in a sentence); 「每年对街道办事处至少开展1次全面督导；3年内…开展1次专项督导」 "
               "rhythms, not targets; " + NODATE),
        A(["二", "（十）"], note=HEAD + " (区政府, 区消防救援支队 in sentences about who investigates); 「报送负责事故调查的区政府"
          "批复」 a submission after an event, not a dated report; " + NODATE),
        A(["二", "（十二）"], note=HEAD + " (「相关部门」 no unit); " + NODATE),
        A(["三", "（二）"], unit=JD, note=LIST + " (「三、各街道消防工作责任」: 「各街道」 as printed in the heading); " + NODATE),
        A(["三", "（五）"], unit=JD, note=LIST + "; " + NODATE),
        A(["三", "（七）"], unit=["新天地办", "豫园办", "田子坊办"], lead_alternatives=[],
          note="the item names its own three offices 「新天地办、豫园办、田子坊办负责…」 (FIRST, three units, no lead) rather "
               "than the heading's 各街道; a reader may give 各街道 as well; " + NODATE),
        A(["三", "（四）"], unit=JD, note=LIST + "; 「会同相关部门」 names no unit; 「牵头开展消防安全整治」: the list's unit leads "
          "(lead = [], the unit accepted); " + NODATE),
        A(["四", "（一）", "3"], unit=[COMMON], note=LIST + " (「区委、区政府各部委办局…履行下列共同职责」, one group kept whole); "
          + NODATE),
        A(["四", "（一）", "6"], unit=[COMMON], note=LIST + "; " + NODATE),
        A(["四", "（二）", "2"], unit=["区发展改革委"], note=FIRST + "; " + NODATE),
        A(["四", "（二）", "4"], unit=["区教育局"], targets=[(4, "课时"), (1, "次")],
          note=FIRST + "; 「开展4课时以上消防安全教育和1次以上逃生疏散演练」 minimums the item sets (targets); " + NODATE),
        A(["四", "（二）", "7"], unit=["区民政局"], note=FIRST + "; " + NODATE),
        A(["四", "（二）", "9"], unit=["区财政局"], note=FIRST + "; " + NODATE),
        A(["四", "（二）", "11"], unit=["区规划资源局"], note=FIRST + "; " + NODATE),
        A(["四", "（二）", "14"], unit=["区文化旅游局"], note=FIRST + "; 「A级旅游景区」 a grade, not a figure; " + NODATE),
        A(["四", "（二）", "18"], unit=["区市场监管局"], note=FIRST + "; 「配合有关部门」 names no unit; " + NODATE),
        A(["四", "（二）", "19"], unit=["区国资委"], note=FIRST + "; 「会同区有关部门（单位）」 names no unit; " + NODATE),
        A(["四", "（二）", "22"], unit=["区房管局"], note=FIRST + "; 「指导街道办事处…」 names those it guides; " + NODATE),
        A(["四", "（二）", "24"], unit=["区民防办"], note=FIRST + "; " + NODATE),
        A(["四", "（二）", "27"], unit=["区民族宗教办"], note=FIRST + "; " + NODATE),
        A(["四", "（二）", "29"], unit=["区消防救援支队"], note=FIRST + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "党委（党工委）每半年应当至少召开1次专题会议分析行业或辖区消防安全形势", "when": "每半年",
              "when_norm": None},
             {"what": "区消防安全委员会应当定期召开成员单位会议，分析研判消防安全形势", "when": "定期", "when_norm": None},
             {"what": "区消防安全委员会办公室定期通报消防工作完成和考核情况，同步报告区委、区政府并抄送有关部门（单位）",
              "when": "定期", "when_norm": None},
             {"what": "区应急局及时将重大灾害事故预警信息通报区消防救援支队", "when": "及时", "when_norm": None}],
     notes=["counting (as x60_01; the body to the 「附件：」 line): 一、适用范围 a section; 二、 （一）–（十二） 12 + 三、 （一）–"
            "（七） 7 + 四、（一） 1.–8. 8 + 四、（二） 1.–30. 30 → 57. Accepted: 50 (四、（一） one leaf); with 附件1's 27 "
            "numbered items 一、12 + 二、9 + 三、6 and 附件2's 26, 一、11 + 二、6 + 三、9 — 附件1 has no 石油化工 section — is 110, "
            "with 附件1's four childless sections 四、–七、 114; "
            "the attachments are outside the count",
            "samples: six of 二、's twelve measures, four of 三、's seven, two of 四、（一）'s common duties and twelve of 四、（二）'s "
            "bureau items — other items than x60_01's where the two texts agree, so that the pair is not sampled twice over. Not "
            "sampled: bureau items with a second unit in a later sentence (3., 5., 6., 13., 23.)",
            "units, dates and figures as x60_01: no dated item; 「本细则自2020年6月1日起施行」 entry into force; targets only "
            "四/（二）/4's 4课时 and 1次"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x60_04_putuo-2026-xiaofang-shiye-fazhan-shiwuwu-guihua.txt"
A = binder(X04, by_article=True)
RW = "第三章  主要任务"
XM = "第四章  重点项目"
BZ = "第五章  保障措施"
NOU = ("the plan's tasks name no unit (the actors are 区消防救援 bodies, 相关部门, 社区 … in sentences, or none): lead = [], "
       "responsible = []")

plan(X04,
     title="上海市普陀区消防事业发展“十五五”规划（上海市普陀区安全生产委员会关于印发《上海市普陀区消防事业发展 “十五五”规划》的通知）",
     title_note="the plan's title after the cover (「…发展“十五五”规划」, no space), or the notice title (the first line, a "
                "space before 「“十五五”」): either is accepted",
     doc_no="普安委〔2026〕7号 (from the index; the stored text prints no number)",
     issuer="上海市普陀区安全生产委员会 (the index names 上海市普陀区应急管理局 as publisher)",
     date="2026-08-22",
     level="district committee (Shanghai Putuo), a five-year plan (规划) in chapters",
     source=src("消防与人防", "上海市普陀区安全生产委员会关于印发《上海市普陀区消防事业发展 “十五五”规划》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0075206183&siteId=0075", 10900),
     style="a committee's cover (addressees, one sentence, signature, date); 「前  言」 and 第一章–第五章 heading lines (two ASCII "
           "spaces); 第一章 背景 prose with past outturns; 第二章 （一）指导思想 （二）基本原则 （三）发展目标 with 2035 / 2030 "
           "goals and (1)–(6) goal headings over paragraphs, then 表1 (8 indicators flattened one cell a line: 序号, 类别, name, "
           "“十四五”现状值, “十五五”规划目标, 属性); 第三章 （一）–（八） each over 「N.heading。text」 items (27); 第四章 1.–7. "
           "projects; 第五章 a paragraph and （一）–（五） 「X。text」; ASCII 「;」 in 第二章 and ASCII commas 「机制,实现」 「培训,"
           "加强」; 「1000m2 的」 and 「规划实 施」 with stray spaces",
     leaf_tasks=39, count_alternatives=[47, 34],
     attachment_task_rows=0,
     childless_top_level_sections=["前  言", "第一章  规划背景"],
     samples=[
        A([RW, "（一）", "1."], note=NOU + "; 「地方政府主要负责人或分管负责人牵头的…协调机制」 a mechanism, not a unit; " + NODATE),
        A([RW, "（一）", "4."], note=NOU + " (「持续提请区政府挂牌…」: the plan's own bodies ask 区政府); " + NODATE),
        A([RW, "（二）", "3."], targets=[(150, "人")], dl="“十五五”末", dln="2030",
          note=NOU + "; 「力争在“十五五”末，新增政府合同制消防人员150人」: a target with the plan period's end as its date "
               "(2030, the last year of 十五五); 《普陀区街镇政府专职消防队管理运行规定（试行）》 a cited title"),
        A([RW, "（三）", "1."], targets=[(10, "座")], dl="到2030年底", dln="2030-12",
          note=NOU + "; 「到2030年底，力争全区公共消防站（含小型站）数量达到10座」 (a target with its date); 白丽站, 金沙江站, "
               "万里、真光、宜昌、桃浦 are names of stations"),
        A([RW, "（三）", "4."], note=NOU + " (「联合相关部门」 no unit); 「逐年」 a rhythm; " + NODATE),
        A([RW, "（四）", "2."], targets=[(20, "人")],
          note=NOU + "; 「组建不少于20人的战勤保障分队」 a minimum the item sets (a target); the two cited 方案 / 意见 are titles; "
               + NODATE),
        A([RW, "（五）", "2."], dl="2027年底前", dln="2027-12",
          note=NOU + "; 「2027年底前全面完成指挥网电脑、信创兼容接警台及配套设备的国产化替代」 (a dated item)"),
        A([RW, "（六）", "2."], not_targets=[(3, "分钟")],
          note=NOU + " (社区居委干部、楼组长… are people who form the team); 「力争“3分钟到场”」 a response time named as a slogan "
               "in quotes (not checked as a target); " + NODATE),
        A([RW, "（八）", "1."], note=NOU + "; " + NODATE),
        A([XM, "1."], targets=[(4800, "平方米")],
          note=NOU + "; 「建成1个一级消防站，所需建筑面积约4800平方米」 (the project's size); 《上海市消防专项规划（2023-2035年）》 "
               "a title; " + NODATE),
        A([XM, "4."], targets=[(17, "辆")], not_targets=[(43, "辆"), (63, "辆")],
          note=NOU + "; 「“十五五”期间需新增和更新的特种专业车辆为17辆」 the project's figure; 「实有…共43辆」 and 「核定额度为63辆」 "
               "the present stock and the quota (not targets); 「“十五五”期间」 the plan period (no date); "
               "「2025年财政部…编制核定」 names a year's ruling"),
        A([XM, "6."], dl="2027年", dln="2027",
          note=NOU + "; 「2027年完成办公电脑、指挥中心接警终端等信创替代工作」 (a dated sentence in the project); "
               "「“十五五”将分步深化…」 the plan period"),
        A([BZ, "（一）"], note=HEAD + " (「加强组织领导。区政府统筹…」: 区政府 acts after the heading sentence, as 二、 of "
          "x60_01; a reader may give 区政府); " + NODATE),
        A([BZ, "（三）"], note=NOU + " (no actor); " + NODATE),
        A([BZ, "（五）"], note=HEAD + " (「加强政策保障。区政府相关职能部门…予以支持」, a group after the heading sentence); "
          + NODATE),
     ],
     plan_targets=[{"number": 490, "unit": "起/百万人"}, {"number": 3.5, "unit": "人/百万人"},
                   {"number": 0.251, "unit": "人/百万人"}, {"number": 98, "unit": "%"}, {"number": 95, "unit": "%"},
                   {"number": 5, "unit": "人"}],
     phases=[],
     duties=[],
     notes=["counting: 前言 and 第一章 (prose) are sections; 第二章's （一）指导思想, （二）基本原则 and （三）发展目标's (1)–(6) are "
            "guidance and goals, read as a section (as plans-next37 x37_01's principles); 第三章 27 (（一）5 + （二）3 + （三）5 + "
            "（四）2 + （五）4 + （六）3 + （七）3 + （八）2) + 第四章 1.–7. 7 + 第五章 （一）–（五） 5 → 39 (the plan names no unit "
            "for its tasks, so 保障措施's items are tasks, round 25's rule). Accepted: 47 (第二章's 8 numbered leaves too: "
            "（一）, （二）, (1)–(6)) and 34 (without 第五章). 表1's eight rows are indicators, not tasks",
            "samples: nine of 第三章's 27 tasks (every sub-section but （七）), three of 第四章's seven projects, three of 第五章's five "
            "measures",
            "units: none for 第三章 / 第四章 (the actors — 消防救援支队, 相关部门, 社区居委干部 … — act in sentences, or no actor is "
            "written); 第五章's measures open with a heading sentence, 区政府 / 区政府相关职能部门 acting after it (prose, as x60_01 二、): "
            "the whole plan names no unit for an item",
            "dates: （二）/3 「“十五五”末」 (2030), （三）/1 「到2030年底」, （五）/2 「2027年底前」, 第四章 6. 「2027年」; the 2035 / "
            "2030 goals of 第二章 are outside the tasks; 「2021年以来」, 「2025年末」 past",
            "plan targets: 表1's 规划目标 ≤490 起/百万人, ≤3.5 and ≤0.251 人/百万人, 98 % and 95 %, ＞5 人 (万人拥有职业消防员); its "
            "“十四五”现状值 (500, 3.6, 0, 2, 0, 3.74, 95 %, 90 %) and 第一章's 43.62 % are past outturns (not targets); 1 座 / 1 个 "
            "(表1 rows 4–5 and 第二章 (5)) are left unchecked (a figure 1 is found anywhere)",
            "duties: none (第五章（四）'s yearly, mid-term and final evaluations are assessments, not reports)"])

# round 29: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 29)
align29("x60_01", ["二", "（三）"], [], ["区应急局", "区消防救援支队"], "「区应急局对本行政区域内的消防工作实施监督管理，并由区消防救援支队负责实施」: the subject of 实施 and the agent of 由, in order, no lead (「区消防安全委员会应当定期召开…」 has no verb of rule 2)")
# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x60_01", ["二", "（五）"], [], ["消防安全重点单位"],
        "「消防安全重点单位应当确定消防安全管理人，组织实施本单位消防安全工作」: the subject of 组织实施 (a kind of body) is responsible, no lead (A alone accepted as lead); 「法定代表人、主要负责人或实际控制人…全面负责」 are persons (rule 3)", alt=[["消防安全重点单位"]], rule="2 and 3")
align30("x60_01", ["二", "（七）"], ["区消防安全委员会成员单位"], ["区消防安全委员会成员单位", "区应急局", "消防救援支队"],
        "「区消防安全委员会成员单位应当排摸…，并会同区应急局和消防救援支队核查确认」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A and both B in order (the member bodies act here; they are not named as members, rule 3); 「区政府纳入…予以挂牌督办」 has no verb of rule 2", alt=[[]])
align30("x60_03", ["二", "（十）"], [], ["区政府"],
        "「发生造成人员伤亡或产生社会影响的火灾事故，由区政府组织调查处理」: the item's whole work (实施分级调查) is the response to the case (round-30 clarification), the agent of 由 with 组织＋verb is responsible, no lead (A alone accepted as lead); the options inside it (一般委托…, 也可由政府…, 案情简单的，可由区消防救援支队…) are not read", alt=[["区政府"]], rule="2 and 3")

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('x60_01', ['四', '（一）', '5'], [(1, '次')],
                   '「每年至少组织1次全员应急疏散演练」: a floor joined to 至少 (as plans-next58 / -next62 read 每年至少…1次)')
align31_thresholds('x60_03', ['二', '（八）'], [(1, '次')],
                   '「每年对街道办事处至少开展1次全面督导」: a floor joined to 至少 (the 「3年内…开展1次专项督导」 has no comparison word)')
# round 31: answers aligned (ro31) to tests/data/CONVENTIONS.md — checks the sentence-unit reader (on from round 31)
# reads by the ruling that the answers, written before it, read as prose (README, "Round 31: answers aligned (ro31)")
from expected_tools import align31  # noqa: E402

align31('x60_02', ['第十六条'], [], ['物业服务单位'], "「物业服务单位应当按照合同、协约等约定落实消防安全防范服务」: a kind of body (rule 2's A names 物业服务企业) with 落实 is a doer; the first paragraph's 「所有、管理、使用各方」 act in a case (同一建筑物由两个以上单位管理或使用的) and are parties, no bodies; responsible, no lead")  # noqa: E501

# round 32: answers aligned (p32u) to tests/data/CONVENTIONS.md — a designation is a doer (round 32) and rule 2's
# doers read past a modal and an adverb (README, "Round 32: answers aligned (p32u)")
from expected_tools import align32_units  # noqa: E402

align32_units('x60_01', ['二', '（五）'], [], ['机关、团体、企业、事业等单位', '消防安全重点单位'], '「机关、团体、企业、事业等单位是消防安全的责任主体」: a designation is a doer (round 32), one name as printed (kinds sharing the head 等单位, round 31), before 「消防安全重点单位应当…组织实施本单位消防安全工作」 (the subject of 组织实施); persons stay none (reader still differs: it splits the name)', alt=None)  # noqa: E501


# round 39 (p39e3): answers aligned to tests/data/CONVENTIONS.md, "Round 39 rulings" → Headings — 「A unit heading
# 「(一)县教体局。」 whose text 会同 others gives them as responsible with it; the objects of 督促 under it are not units」,
# read at the item's text (a heading on a line of its own or run in with a colon), never from parser output (README,
# "Round 39: answers aligned (p39e3)")
from expected_tools import _sample32 as _sample39, align33_units as _align33_39  # noqa: E402


def _align39(file, path, lead, resp, why):
    """One sample's units aligned (lead the heading's body, lead [] accepted); the note starts 「aligned round 39: unit
    heading 会同 partners — <words> (old → new)」."""
    _align33_39(file, path, lead, resp, why, alt=[[]])
    _p, s = _sample39(file, path)
    s["note"] = s["note"].replace("aligned round 33: ", "aligned round 39: unit heading 会同 partners — ", 1)


_align39('x60_03', ['四', '（二）', '19'], ['区国资委'], ['区国资委', '区有关部门（单位）'],
         '「19.区国资委负责指导、督促、检查区国资委直属单位的消防安全工作。…参与监管企业事故的应急救援和调查处理，会同区有关部门（单位）落实事故的责任追究。」: the body that opens the item does its work with 区有关部门（单位） — 有关部门 a kind (round 33), the bracketed second word kept as printed (as 「镇级相关单位(部门)」, round 39); 区国资委直属单位, the object of 督促, no unit')  # noqa: E501

# Round 50 (w50b): answers aligned to tests/data/CONVENTIONS.md, "Round 56 rulings" → Tasks (turned: rounds 34, 44, 47
# q44c, 50 over x53_03's set rule 「the actors are kinds, no units」, which x60_02's notes share), read at the items'
# text (README, "Round 50 (w50b)")
from expected_tools import _sample32 as _sample50, align33_units as _align33_50  # noqa: E402

_R56 = ("a duty list 「X应当履行下列职责／责任：（一）…」 is read by its items: each item that gives work is a task, its subject "
        "the lead-in's (round 50), a doer where X is a body named by a kind (rounds 30, 41, 46); the set rule 「the actors are "
        "kinds, no units」 (before round 34) is dropped, as for plans-next53 x53_03; no 牵头: lead []")


def _align50(file, path, resp, why, alt_resp=None):
    """One sample's units aligned (lead []); ``alt_resp`` the accepted responsible sets; the note starts 「aligned round
    50 to CONVENTIONS.md "Round 56 rulings" (turned): <why> (old → new); the earlier reading: …」."""
    _align33_50(file, path, [], resp, _R56 + " — " + why, alt=None)
    s = _sample50(file, path)[1]
    if alt_resp is not None:
        s["responsible_alternatives"] = alt_resp
        s["note"] = s["note"].replace("; the earlier reading: ", f"; accepted responsible {alt_resp}; the earlier reading: ", 1)
    s["note"] = s["note"].replace("aligned round 33: ", 'aligned round 50 to CONVENTIONS.md "Round 56 rulings" (turned): ', 1)


_align50('x60_02', ['第十三条', '（五）'], ['机关、团体、事业单位'],
         "「第十三条  机关、团体、企业、事业单位除履行《办法》第十五条规定职责外，还应当履行下列职责：」 over 「（五）机关、团体、事业单位每季度"
         "至少进行一次防火检查，其他单位应当每月至少进行一次防火检查」 — the item names its own subject among the lead-in's kinds (one "
         "name as printed, fields sharing the head 单位, round 31); 其他单位 is a call (round 47's governs: no unit). Settled "
         "round 51 by CONVENTIONS.md \"Round 58 rulings\" (turned, rounds 50, 56 over x60_02's kinds-no-units): an item "
         "naming its own subject keeps it (round 50), the lead-in's kinds reach only subjectless items, so the lead-in's "
         "[机关、团体、企业、事业单位], accepted in round 50 while the question stood, is no longer; 其他单位 is the bare 单位 "
         "call (round 33), none")
_align50('x60_02', ['第十五条', '（四）'], ['人员密集场所', '易燃易爆单位', '高层、地下公共建筑'],
         "「第十五条  容易造成群死群伤火灾的人员密集场所、易燃易爆单位和高层、地下公共建筑等火灾高危单位，除履行…职责外，还应当履行下列"
         "消防安全职责：」 over 「（四）应当每月至少组织一次消防安全“四个能力”建设评估，并将评估情况报区消防救援支队备案」 — round 35's 等 "
         "tail, as x53_03 第十三条 (五) reads (the 备案 a filing, no duty); [火灾高危单位] accepted",
         alt_resp=[["火灾高危单位"]])


# Round 62 (lead, after p62f): x60_01 四/（一）/8 and x60_03 四/（一）/8 aligned to tests/data/CONVENTIONS.md "Round 84 rulings" (Tasks and counts: the duty lists' catch-all last lines, governs, p61a-1), as plans-next53 was in round 61 (README, round 62)
from aligned_rulings import CATCHALL84, align84  # noqa: E402

align84("x60_01", ["四", "（一）", "8"], "「8.法律、法规、规章和国家、本市规定的其他消防安全职责。」 (四、（一）'s last line): a last line of a duty list naming no act of its own, only duties other texts set, is text, no task",
        CATCHALL84 + "; aligned in round 62; sample dropped, 56 → 55, 56 stays accepted", drop=True, counts={"leaf_tasks": 55, "count_alternatives": [56, 49, 116, 120]})
align84("x60_03", None, "「8.法律、法规、规章和国家、本市规定的其他消防安全职责。」 (四、（一）'s last line, the same model as x60_01): text, no task; not sampled",
        CATCHALL84 + "; aligned in round 62; 57 → 56, 57 stays accepted", counts={"leaf_tasks": 56, "count_alternatives": [57, 50, 110, 114]})

write_collected(DIR)
