# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next52/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 25 (built by c52): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py,
or by ``art``, ``expected_tools.article_in``, for article paths); every answer was written here by reading the texts. Neither the parser nor
the scorer was run on this set by its builder: the lead scores it first.

    python tests/data/plans-next52/make_expected.py tests/data/plans-next52
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
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

KIND = ("the actors are kinds or roles (车站, 毗邻建筑, 派出所, 监督管理部门, 各行业主管部门, 管理单位或者产权单位 …) "
        "acting in sentences, no unit named for the item")
LIST = ("the article's lead-in (「X承担以下…职责：」) or its heading (「（X…职责）」) names the unit whose duties its "
        "numbered items are: the items are given that unit (a duty list, as plans-next25 x25_06)")
FIRST = ("the item's first words are a named unit followed by its work (「X负责…」 / 「X应…」): that unit "
         "(plans-next25's duty-list reading)")
GOAL = "牵头 / 会同 in the item: lead = [], that unit accepted as lead (plans-dev 03 on 会同)"


art = partial(article_in, DIR)    # the line and first words of an article path


# ---------------------------------------------------------------------------------------------------------
R26 = ("round 26 (answers aligned with the reference, convention 1): a top-level section with no numbered children is a section, not a task (/work/shared/plans-dev/EXPECTED.md lines 21–25)")
X01 = "x52_01_shanghai-2021-guidao-jiaotong-chezhan-pilin-jianzhu-sanlian-jizhi-shishi-yijian.txt"
MEMBERS = ["市消防救援总队", "市应急局", "市公安局", "市住房城乡建设管理委", "市交通委", "市商务委", "市国资委", "市民防办",
           "市绿化市容局", "市城管执法局", "申通地铁集团"]

plan(X01,
     title="关于推进上海市轨道交通车站与毗邻筑消防安全“三联机制”工作的实施意见（上海市安全生产委员会办公室印发关于推进上海市轨道交通车站与毗邻建筑消防安全“三联机制”工作的实施意见的通知）",
     title_note="the opinion's title after the cover, printed over two lines with the source's slip 「毗邻筑」 (「建」 "
                "missing), or the notice title (the first line): either is accepted",
     doc_no="沪安委办〔2021〕30号 (from the index; the stored text prints no number)",
     issuer="上海市安全生产委员会办公室 (the opinion was drawn up by 市安委办 and 市消专委, the cover says)",
     date="2021-09-14",
     level="city office (Shanghai), implementing opinion",
     source=src("消防与人防", "上海市安全生产委员会办公室印发关于推进上海市轨道交通车站与毗邻建筑消防安全“三联机制”工作的实施意见.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=5ed3785f3bb74af198a8e39b7e78de18&siteId=0037", 3433),
     style="city opinion after a short cover (addressees, one sentence, signature, date); the opinion's title over two "
           "lines; a preamble; 一、指导思想 and 二、工作目标 one paragraph each; 三、任务分工 ten unnumbered paragraphs (a "
           "leading group of eleven member units with its office at 市消防救援总队, then nine 「市X负责…」 paragraphs, one "
           "of them 「市商务委、市国资委、市民防办分别负责…」 and one 「市城管执法局指导…」 without 负责); 四、工作措施 an "
           "unnumbered paragraph, then （一）–（三） heading lines with 「1．heading。text」 items (full-width 「．」); 五、工作"
           "要求 （一）–（三） 「（n）heading。text」 naming no unit",
     leaf_tasks=12, count_alternatives=[],
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作目标", "三、任务分工"],
     samples=[
        P(["四", "（一）", "1"], note=KIND + "; 「车站、毗邻建筑、轨交与属地公安派出所、辖区消防救援站应建立区域联络小组」; "
          "「动态更新调整」 no date; " + NODATE),
        P(["四", "（一）", "2"], note=KIND + "; 「应进行相互报备」 is a notice between the parties before works, not a "
          "report to a unit; " + NODATE),
        P(["四", "（二）", "1"], note=KIND + "; 「由主管部门、属地政府、上级单位等共同商定解决」 kinds in a sentence; " + NODATE),
        P(["四", "（二）", "3"], note=KIND + "; 「应及时通报轨道交通及属地消防和主管部门」 (see duties); " + NODATE),
        P(["四", "（三）", "3"], note=KIND + "; 「车站每半年应组织…开展一次联合应急演练」: a drill rhythm, neither a target "
          "nor a report (not checked as either); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "领导小组定期召开工作会议，通报推进情况，联合督导检查（市消防救援总队定期组织召开会议，编发情况通报）",
              "when": "定期", "when_norm": None},
             {"what": "车站与毗邻建筑建立联席工作会议，定期通报工作开展情况", "when": "定期", "when_norm": None},
             {"what": "一时难以整改的风险隐患，及时通报轨道交通及属地消防和主管部门", "when": "及时", "when_norm": None}],
     notes=["counting: 一、 二、 and 三、任务分工 sections; 四、 （一）–（三） 1.–3. each 9 (the unnumbered paragraph before "
            "（一） is the section's lead-in) + 五、工作要求 （一）–（三） 3 → 12. 三、 (ten unnumbered paragraphs: a leading group of eleven member units, then "
            "「市X负责…」 duties) has no numbered children: a section, not a task — " + R26 + "; it divides the work among "
            "units in prose as plans-dev 09's childless 三、职责分工 does (EXPECTED.md lines 318 and 337: not counted, no task "
            "carries its units), the plan's other tasks being numbered items. With 三、 a section no task of the plan names a "
            "unit (四、's and 五、's actors are kinds and groups in sentences), so every numbered leaf is a task (round 26, "
            "convention 2: plans-dev 08 and seed 003; plans-dev 09 and 11, prose roles only, count their 工作要求 items, "
            "EXPECTED.md lines 318 and 376): 五、's three items count; the seeds' rule (lines 3–5) that left them out holds "
            "only in a plan whose tasks name units. No alternative. Was: 10 (三、 one leaf with the eleven units as responsible; 9, 19, 13, 12 and 22 accepted) with sample "
            "三 — removed",
            "samples: five of 四、's nine items (all three groups)",
            "units: only 三、 (a section) names units, in prose; 四、's actors are kinds (车站, 毗邻建筑, 派出所, 消防救援站) and its lead-in's "
            "「由轨道交通消防救援支队会同各区消防救援支队牵头组织成立…工作组」 is the section's, not an item's",
            "dates: none but the cover's 2021年9月14日; no deadline, no phase; 「三年行动」 (preamble) a name",
            "duties: the leading group's meetings (定期), the parties' 联席工作会议 (定期), event-driven notices to the "
            "主管部门 (及时); drills (每半年一次) are not reports"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x52_02_huangpu-2025-dixia-kongjian-anquan-shiyong-jiandu-jiancha-guanli-guiding.txt"
A4 = "第四条（地下空间安全使用管理综合协调部门职责）"
A5 = "第五条（其他监督管理部门监督检查职责）"
A6 = "第六条（街道办事处监督检查职责）"
FIVE = ["区公安分局", "区消防救援局", "区建管委", "区应急局", "区市场监管局"]


def A2(path, *args, unit=None, **kw):
    f = U if unit else P
    return f(path, *((unit,) if unit else ()), *args, **kw, **art(X02, path))


plan(X02,
     title="黄浦区地下空间安全使用监督检查管理规定（黄浦区人民政府办公室关于印发《黄浦区地下空间安全使用监督检查管理规定》的通知）",
     title_note="the rule's title after the cover, or the notice title (the first line): either is accepted",
     doc_no="黄府办发〔2025〕7号 (from the index; the stored text prints no number)",
     issuer="上海市黄浦区人民政府办公室",
     date="2025-12-31",
     level="district government office (Shanghai Huangpu), a 规定 written as articles",
     source=src("消防与人防", "黄浦区人民政府办公室关于印发《黄浦区地下空间安全使用监督检查管理规定》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9da8ed78-9de8-436a-b7b2-1c477a03df8b&siteId=0071", 3675),
     style="district rule after a cover (addressees, one sentence, 特此通知, signature, date); 第一条–第十七条, each "
           "「第N条（heading）」 on a line of its own with the text in the next paragraphs; 第三条 four paragraphs of "
           "「区X负责…」 / 「X应…」; 第四条 「区国动办承担以下监督检查职责：」 （一）–（五）; 第五条 five bureaus 「及其他监督管理部门"
           "承担以下…职责：」 （一）–（四）; 第六条 （一）（二） under a heading naming 街道办事处; 第九条 （一）–（三）; 第十二条 a lead-in "
           "sentence and （一）–（六） things to check; standard numbers DB31/T808-2019, DB31/T1360-2022",
     leaf_tasks=28, count_alternatives=[23, 32, 27, 31],
     attachment_task_rows=0,
     childless_top_level_sections=["第一条（目的与依据）", "第二条（用语含义）", "第十六条（解释部门）", "第十七条（实施日期）"],
     samples=[
        A2([A4, "（一）"], unit=["区国动办"], note=LIST + "; 「牵头组织…联合检查」: the unit leads the joint checks "
           "(lead = [], 区国动办 accepted as lead); " + NODATE),
        A2([A4, "（三）"], unit=["区国动办"], note=LIST + "; 「定期检查」 no date; " + NODATE),
        A2([A4, "（五）"], unit=["区国动办"],
           note=LIST + "; 「制定年度检查计划，定期向市…综合协调部门和区相关部门报送监督检查信息」 (see duties); " + NODATE),
        A2([A5, "（二）"], unit=FIVE,
           note=LIST + "; the lead-in 「区公安分局、区消防救援局、区建管委、区应急局、区市场监管局及其他监督管理部门」: the five "
                "named units (「及其他监督管理部门」 a category tail, not a unit); no lead; " + NODATE),
        A2([A5, "（四）"], unit=FIVE, note=LIST + "; 「根据需要报送…信息」 no addressee, no rhythm (not listed as a duty); "
           + NODATE),
        A2([A6, "（一）"], unit=["街道办事处"],
           note=LIST + " (the heading 「（街道办事处监督检查职责）」; 各街道办事处 in 第三条); " + NODATE),
        A2(["第七条（检查原则）"], note="a principle (「谁主管、谁负责」) and 「各部门之间应当互通信息」: a rule for all, "
           "no unit; " + NODATE),
        A2(["第八条（安全责任落实）"], note=KIND + " (各行业主管部门, 代经租企业, 委托管理公租房企业); " + NODATE),
        A2(["第九条（涉企行政检查要求）", "（三）"], unit=["区国动办"], note=FIRST + "; " + NODATE),
        A2(["第十一条（地下空间安全使用监督检查要求）"],
           note=KIND + " (相关监督管理部门); 「在规定时限内消除」 no date; the standard number DB31/T808-2019 is no figure; "
                + NODATE),
        A2(["第十三条（检查反馈）"], note=KIND + " (监督管理部门, 各部门); " + NODATE),
        A2(["第十五条（检查总结）"], skip_deadline=True,
           note=KIND + " (各监督管理部门; 「由区国动办形成年度检查总结报告」 a 由X clause); 「每年12月下旬…报送区国动办」 is "
                "a yearly report (see duties): a reader may take late December of each year as the item's date, or none: "
                "not checked"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区国动办定期向市地下空间安全使用综合协调部门和区相关部门报送监督检查信息", "when": "定期",
              "when_norm": None},
             {"what": "相关监督管理部门于每年年初编制本年度涉企行政检查计划，区国动办同步编制联合检查计划，向有关部门备案后向社会公布",
              "when": "每年年初", "when_norm": "yearly (early in the year)"},
             {"what": "案件接收部门处理完毕后制作处理函告单，将案件处理情况函告移送部门，由区国动办分送的同时函告区国动办",
              "when": "案件处理完毕后", "when_norm": None},
             {"what": "各监督管理部门汇总本年度监督检查问题和意见建议，报送区国动办，由区国动办形成年度检查总结报告",
              "when": "每年12月下旬", "when_norm": "yearly (late December)"}],
     notes=["counting (articles are the top level): 第一条 目的与依据, 第二条 用语含义, 第十六条 解释部门, 第十七条 实施日期 "
            "give no work (sections); 第三条 1 (four unnumbered paragraphs) + 第四条 （一）–（五） 5 + 第五条 （一）–（四） 4 + "
            "第六条 （一）（二） 2 + 第七条 + 第八条 2 + 第九条 （一）–（三） 3 + 第十条 + 第十一条 2 + 第十二条 （一）–（六） 6 + "
            "第十三条 + 第十四条 + 第十五条 3 → 28. Accepted: 23 (第十二条's six things to check one leaf), 32 (every article "
            "a leaf), 27 (both), 31 (第三条's four paragraphs as tasks)",
            "samples: items of 第四条–第六条 (the unit lists), 第七条, 第八条, 第九条（三）, 第十一条, 第十三条, 第十五条; "
            "第三条 (a paragraph section naming seventeen units with 负责 / 应 / 协助) and 第十四条 (whose first words are "
            "「区地下空间安全使用管理综合协调部门」, a role name of 区国动办) are not sampled: each has two fair readings of its "
            "units",
            "units: " + LIST + "; an item opening with a named unit (第九条（三）) has that unit; kinds of department in "
            "sentences are none",
            "dates: no dated item; 「每年年初」 / 「每年12月下旬」 are yearly times (duties); 「自印发之日起施行」 entry into "
            "force; the cover's 2025年12月31日",
            "figures: none; DB31/T808-2019 and DB31/T1360-2022 are standard numbers"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x52_03_putuo-2025-yingji-binan-changsuo-guanli-banfa.txt"
COLON = "「（N）unit：duties」 — the unit heads its item (plans-dev 12's 「（一）城运中心：负责…」)"
A6P = "第六条"


def A3(path, *args, unit=None, **kw):
    f = U if unit else P
    return f(path, *((unit,) if unit else ()), *args, **kw, **art(X03, path))


plan(X03,
     title="上海市普陀区应急避难场所管理办法（试行）（关于印发《上海市普陀区应急避难场所管理办法（试行）》的通知）",
     title_note="the measures' title after the cover, or the notice title (the first line): either is accepted",
     doc_no="普应急〔2025〕26号 (from the index; the stored text prints no number)",
     issuer="上海市普陀区应急管理局",
     date="2025-12-31",
     level="district bureau (Shanghai Putuo), measures written as chapters and articles",
     source=src("消防与人防", "关于印发《上海市普陀区应急避难场所管理办法（试行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0075201017&siteId=0075", 4531),
     style="district bureau's measures after a cover (addressees, one long sentence citing 应急〔2023〕76号 and "
           "沪应急应对〔2024〕86号 and 12 / 14 departments, signature, date); 第一章–第六章 heading lines (two spaces in "
           "「第二章  职责分工」); 「第N条 text」 on one line (one space); 第六条 a lead-in and （一）–（十四） 「（N）unit：duties」; "
           "later articles open with a unit (「区应急局…」), a role (「应急避难场所管理单位或者产权单位…」) or a condition; "
           "第三十二条 a validity period 2026-01-01 – 2027-12-31",
     leaf_tasks=40, count_alternatives=[45, 27, 32, 36],
     attachment_task_rows=0,
     childless_top_level_sections=["第一条", "第二条", "第三条", "第三十一条", "第三十二条"],
     samples=[
        A3(["第四条"], note="「按照责任分工将…经费纳入财政预算」: no actor named; " + NODATE),
        A3([A6P, "（一）"], unit=["区应急局"],
           note=COLON + "; 「会同区粮食物资储备部门」 names a kind of department inside the item (no second unit); "
                "「督促和检查」 no rhythm; " + NODATE),
        A3([A6P, "（二）"], unit=["区发改委"], note=COLON + "; " + NODATE),
        A3([A6P, "（四）"], unit=["区建管委", "区房管局"], note=COLON + "; two units before the colon, no lead; " + NODATE),
        A3([A6P, "（五）"], unit=["区财政局"], note=COLON + "; " + NODATE),
        A3([A6P, "（八）"], unit=["区商务委"], note=COLON + "; the 《…储备管理办法》 is a title; " + NODATE),
        A3([A6P, "（十一）"], unit=["区文旅局"], note=COLON + "; " + NODATE),
        A3([A6P, "（十三）"], unit=["区消防救援局"], note=COLON + "; " + NODATE),
        A3([A6P, "（十四）"], unit=["各街道、镇"],
           note=COLON + "; 「各街道、镇」 kept whole (各 covers both, as 「吴泾、塘湾派出所」 in EXPECTED.md); 「五年方案和分年度"
                "计划」 no figure; " + NODATE),
        A3(["第七条"], unit=["区应急局", "区规划资源局"], lead_alternatives=[["区应急局", "区规划资源局"]],
           note=FIRST + "; 「区应急局、区规划资源局牵头组织编制」: " + GOAL + " (both units); " + NODATE),
        A3(["第八条"], unit=["区应急局"], note=FIRST + "; " + NODATE),
        A3(["第十一条"], unit=["应急避难场所管理单位", "产权单位"],
           note="aligned round 53 to CONVENTIONS.md \"Round 62 rulings\" (turned): in 第X条 articles a party named by a kind "
                "is a doer by any verb of doing (round 54's r48b; the verb decides): 「应急避难场所管理单位或者产权单位应当…划分…功能"
                "区域，配置…设施设备，设置…标志」 (划分／配置／设置, verbs of doing; 「A或者B」 both, round 30) — responsible [] → "
                "[应急避难场所管理单位, 产权单位]; the earlier reading is not accepted. Earlier note: " + KIND
                + " (应急避难场所管理单位或者产权单位, a role); " + NODATE),
        A3(["第十五条"], note=KIND + " (管理单位); 「报区应急局」 and 「及时报送」 (see duties); " + NODATE),
        A3(["第十七条"], unit=["区应急局"], note=FIRST + "; " + NODATE),
        A3(["第十九条"], note=KIND + "; 「日常巡查」 a rhythm of work, not a report; " + NODATE),
        A3(["第二十三条"], unit=["区应急局"],
           note=FIRST + " (first paragraph; the second, 「管理单位或者产权单位应当制定…预案，并定期组织演练」, a role); "
                "「会同有关部门」: " + GOAL + "; " + NODATE),
        A3(["第二十六条"], unit=["区应急局"], note=FIRST + "; 「组织各街道、镇、管理单位…」 names those it organises; "
           + NODATE),
        A3(["第二十八条"], note=KIND + " (运营维护（产权）单位); 「无偿…开放」 no figure; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "应急避难场所建设完成启用前，管理单位将名称、位置、面积及可容纳人数等基本信息和设计方案、应急启用预案等材料报区应急局",
              "when": "启用前（及时）", "when_norm": None},
             {"what": "应急避难场所相关信息发生变化的，应当及时报送", "when": "发生变化时（及时）", "when_norm": None}],
     notes=["counting: 第一条 (目的), 第二条 (定义, 适用范围), 第三条 (原则), 第三十一条 (解释), 第三十二条 (有效期) give no "
            "work (sections); 第四条 第五条 2 + 第六条 （一）–（十四） 14 + 第七条–第十七条 11 + 第十八条–第二十五条 8 + "
            "第二十六条–第三十条 5 → 40 (every article that gives work or a rule for work is a leaf; the chapters are group "
            "headings). Accepted: 45 (every article a leaf), 27 (第六条 one leaf), 32 (both), 36 (the four prohibitions / "
            "rules without work — 第十二条, 第十三条, 第二十一条, 第二十八条 — not tasks)",
            "samples: 第四条, eight of 第六条's fourteen unit items, and nine articles of chapters 三–五",
            "units: 第六条's items are headed by their units; an article opening with named units (第七条, 第八条, 第十七条, "
            "第二十三条, 第二十六条) has them; roles (管理单位或者产权单位, 运营维护（产权）单位) and kinds are none; articles "
            "opening with a condition (第二十九条 「根据…需要，区应急局可…」, 第三十条) were not sampled",
            "dates: no dated item; 「本办法有效期自2026年1月1日起至2027年12月31日止」 a validity, not a phase or deadline; "
            "the cover's date",
            "figures: 12个 / 14个部门 (the cover) count the issuers of cited documents; no target"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x52_04_minhang-2024-zhongxiaoxue-youeryuan-xiaofang-anquan-shixiang-guiding-tongzhi.txt"
SCHOOLS = ("「各中小学校、幼儿园要…」: the addressed schools (a group, 各…) are the subject of the sentence after the "
           "item's heading — prose (plans-next17 x17_01 / plans-next25): lead and responsible none")
DUE = ("the closing paragraph sets 「6月30日前」 for the 消防安全责任文件 and 火灾隐患自查整改报告 (this item's report); "
       "the item itself has no date: a reader may give the item 2024-06-30 or none — not checked")

plan(X04,
     title="关于全面贯彻落实《中小学校、幼儿园消防安全十项规定》的通知",
     title_note="a notice with its work in its own body (no separate plan title)",
     doc_no="闵教字〔2024〕105号 (from the index; the stored text prints no number)",
     issuer="上海市闵行区教育局, 上海市闵行区消防救援支队 (joint signature; the index names 上海市闵行区教育局)",
     date="2024-06-25",
     level="district bureau (Shanghai Minhang), notice to the district's schools",
     source=src("消防与人防", "关于全面贯彻落实《中小学校、幼儿园消防安全十项规定》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=4e0d93ca-4eba-418b-9a16-e100051d7300&siteId=0079", 1393),
     style="district bureau's notice: addressees, a paragraph with a cited document's date (2024年3月5日), 一、–四、 "
           "「N、heading。text」 one paragraph each, a closing paragraph with the date of two reports (「6月30日前上报区教育局"
           "（联系人：… 联系电话：…）」 with a run of spaces), an 附件 list 1.–2., two signatures on one line, the date, "
           "「公开属性」 and a printing line with a run of spaces",
     leaf_tasks=4, count_alternatives=[5],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一"], skip_deadline=True, not_targets=[(10, "项")],
          note=SCHOOLS + "; 「上报区教育局备案」 (see duties); 「“十项规定”」 a document's name; " + DUE),
        P(["二"], note=SCHOOLS + "; 「定期维保」 no date; " + NODATE),
        P(["三"], skip_deadline=True, not_targets=[(7, "项")],
          note=SCHOOLS + "; 「《防范电动自行车棚火灾事故七项措施》」 a title; 「每日防火巡查」 a rhythm of work; 「近期」 / "
               "「立即拆除」 no date; 「自查整改情况书面上报区教育局备案」 (see duties); " + DUE),
        P(["四"], note=SCHOOLS + "; 「“119消防宣传月”」 a name; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各中小学校、幼儿园消防安全责任文件、火灾隐患自查整改报告上报区教育局", "when": "6月30日前",
              "when_norm": "2024-06-30"}],
     notes=["counting: 一、–四、 4 leaves; 5 accepted (the closing paragraph, a dated report, read as a task)",
            "samples: all four items",
            "units: none labelled; the schools addressed act in every item; 区教育局 receives the reports; the 联系人 is a "
            "person at the bureau, not a liaison duty of the schools",
            "dates: the two reports fall due 6月30日前 (the year from the notice: 2024-06-30), written in the closing "
            "paragraph; 一、 and 三、's deadline not checked; 2024年3月5日 is the cited rules' issue date",
            "figures: 十项 / 七项 / 119 are in names; no target"])


# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x52_03", ["第二十三条"], ["区应急局"], ["区应急局", "有关部门", "应急避难场所管理单位", "产权单位"],
        "「区应急局应当会同有关部门，组织指导…开展应急疏散演练」 (「A会同B＋verb」, lead A, lead [] accepted) and 「应急避难场所管理单位或者产权单位应当制定…预案，并定期组织演练」 (the subjects of 组织＋verb; 「A或B」 both doers, as the round-30 clarification reads 「由A或B指定专人负责」): all their bodies in printed order; the bodies it guides are no units", alt=[[]])
# round 31: answers aligned (ro31) to tests/data/CONVENTIONS.md — checks the sentence-unit reader (on from round 31)
# reads by the ruling that the answers, written before it, read as prose (README, "Round 31: answers aligned (ro31)")
from expected_tools import align31  # noqa: E402

align31('x52_02', ['第十五条（检查总结）'], [], ['区国动办'], "「…报送区国动办，并由区国动办形成年度检查总结报告」: the agent of 由 with a verb of doing is a doer (receiving the reports first does not make it only a receiver); 各监督管理部门 汇总/报送 (no verb of rule 2); responsible, no lead")  # noqa: E501
align31('x52_04', ['三'], [], ['各中小学校', '幼儿园'], "「各中小学校、幼儿园要严格对照“十项规定”，落实人员定期开展消防安全自查和每日防火巡查」: a group named by a kind with 落实 is a doer (round-30 clarification); two names as printed (「各镇、园区」 two); responsible, no lead")  # noqa: E501

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import S as S32, newtask32  # noqa: E402

newtask32('x52_01', S32(['三'], [], ['市消防救援总队', '市应急局', '市公安局', '市住房城乡建设管理委', '市交通委', '市商务委', '市国资委', '市民防办', '市绿化市容局', '市城管执法局', '申通地铁集团'],
          note='the first paragraph sets up the leading group and names its members (rule 3: members are not units); then nine paragraphs 「市X负责…」 (「市商务委、市国资委、市民防办分别负责…」 three bodies) and 「申通地铁集团负责组织…」; no date'),
          'a childless section of unit paragraphs', '「三、任务分工」 has no numbered children; after the leading group\'s paragraph its unnumbered paragraphs each open with a body: one task, its units all the paragraphs\' bodies in printed order',
          '三、任务分工', leaf_tasks=13)

# round 32: answers aligned (p32u) to tests/data/CONVENTIONS.md — doers the round-32 reader reads (a modal, an
# adverb or a first verb between a body and its verb of rule 2; 定期 before 组织; designations) that the answers,
# written before the round-29 ruling, read as prose (README, "Round 32: answers aligned (p32u)")
from expected_tools import align32_units  # noqa: E402

align32_units('x52_03', ['第十九条'], [], ['应急避难场所管理单位', '产权单位'], '「应急避难场所管理单位或者产权单位应当制定并落实应急避难场所管理与维护制度」: the subject of 落实 is responsible, no lead; 「A或者B」: both (round-30 clarification); 「安排专人负责」 persons')  # noqa: E501

# round 37 (p37e): answers aligned to tests/data/CONVENTIONS.md — an elided subject carries over inside one paragraph
# (round 34) with rule 2's verbs, the sentence reader's class of round 37 「A要…。要…，组织／落实／会同…」; read at the
# item's text, never from parser output (README, "Round 37: answers aligned (p37e)")
from expected_tools import PLANS as _PLANS37, align29 as _align29_37  # noqa: E402


def _align37(file, path, lead, resp, why, alt=None):
    """One sample's units aligned; the note starts 「aligned round 37: <rule> — <words> (old → new)」."""
    _align29_37(file, path, lead, resp, why, alt)
    s = next(s for p in _PLANS37 if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace("round 29, CONVENTIONS.md rule 2: ", "aligned round 37: rule 2 with the elided subject "
                                  "carried inside one paragraph (round 34; round 37 sentence-reader class) — ", 1)


_align37('x52_04', ['四'], [], ['各中小学校', '幼儿园'], '「各中小学校、幼儿园要结合…加强…教育及疏散逃生演练。要积极组织消防安全知识竞赛，…组织师生参观消防救援站等活动」: a group named by a kind (round 34), its subject carried to the next sentence of the paragraph, 组织＋work: responsible, no lead')  # noqa: E501


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


# round 43 (p43m): Round 44 (decided) — an article's subject with a verb of doing is a doer (README, "Round 43: answers aligned (p43m)")
align31('x52_02', ['第十五条（检查总结）'], [], ['各监督管理部门', '区国动办'], "aligned round 43: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「每年12月下旬，各监督管理部门应汇总…问题和意见建议，报送区国动办，并由区国动办形成年度检查总结报告」: the subject of 汇总／报送 is a doer beside the agent of 由; responsible, no lead")  # noqa: E501

_align39('x52_03', ['第六条', '（一）'], ['区应急局'], ['区应急局', '区粮食物资储备部门'],
         "「（一）区应急局：…。会同区粮食物资储备部门做好区级救灾物资的协调保障。」: the heading's body does its work with 区粮食物资储备部门 (a kind of department, a unit, round 32); 各街道、镇、行业主管部门, the objects of 督促和检查, no units")  # noqa: E501

# round 46 (al48): answers aligned to CONVENTIONS.md "Round 48 rulings, written early", read at the items
from expected_tools import align48_units  # noqa: E402

for _item in ("（二）", "（四）"):
    align48_units('x52_02', [A5, _item], [], FIVE + ["其他监督管理部门"],
                  "governs (rounds 34, 47 over the round-23 tail; q44a): the lead-in 「区公安分局、区消防救援局、区建管委、区应急局、"
                  "区市场监管局及其他监督管理部门承担以下监督检查职责：」 — 及 joins two names (round 34), 其他监督管理部门 is a kind "
                  "(round 47), no general call, and 承担下列职责 designates them all (round 41): the six, no lead")

# round 55 (rul68): answers aligned to tests/data/CONVENTIONS.md "Round 68 rulings" (README, round 55)
from expected_tools import align68  # noqa: E402

align68("x52_02", ["第十三条（检查反馈）"], "「监督管理部门开展监督检查或联合检查结束后，各部门应当…向被检查对象出具本部门的检查结论。同时加强业务指导…」: in 第X条 articles a kind is a doer by any verb of doing (开展, 出具 ending its own check, 加强); no review of a submission",
        "Units, turned: rounds 44, 54 r48b, 62 p52c over 「kinds act in sentences」", resp=["监督管理部门", "各部门"],
        resp_alt=[["各部门"]])

# Round 60 (align81): aligned to tests/data/CONVENTIONS.md "Round 80 rulings" (the ban to everyone, p59a-1; README, round 60)
from aligned_rulings import align81  # noqa: E402

align81("x52_03", None, "「第二十一条 任何单位和个人不得损毁或者擅自移动、拆除应急避难场所设施设备和标志标识标牌，可移动式标志应就近集中存放并做好维护保养。」: an article that only bans something to 「任何单位和个人」 is text, no task (round 36's prohibitions to the public; round 60's x53_01 第十三条); its second clause has no subject of its own and carries the ban's 「任何单位和个人」 (rounds 34, 49 p46d) — a rule for whoever moves a sign, as the case a ban allows is (x299_02 第九条), no body's work beside it",
        "Tasks and counts, decided (p59a-1): round 36's prohibitions to the public and round 60's x53_01 第十三条 over the bans on a named party; 40 stays accepted",
        ruling="Round 80 rulings", counts={"leaf_tasks": 39, "count_alternatives": [40, 45, 27, 32, 36]})


# Round 69 (rul101): aligned to tests/data/CONVENTIONS.md "Round 101 rulings, written early" (turned beside p69e;
# README, round 69) — an item whose only acts budget, pay or move money gives no task
from aligned_rulings import align76 as _align76_101  # noqa: E402

_align76_101("x52_03", ["第四条"],
             "「第四条 按照责任分工将相关应急避难场所建设、日常维护及安全性评估经费纳入财政预算，确保应急避难工作与经济社会发展和公共安全需求相适应。」: its only act budgets money (纳入财政预算), and 确保 states an aim",
             "turned (p69e): round 48 — an act that budgets money names a payer — with Round 83's x311_01 第七条 and Round 93's x345_02 第七条: an item whose only acts budget, pay or move money is the scheme's terms, no task; over the answer written before them",
             ruling="Round 101 rulings, written early", rnd=69, drop=True,
             counts={"leaf_tasks": 38, "count_alternatives": [39, 40, 45, 27, 32, 36]})

write_collected(DIR)
