# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next61/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 26 (built by c60): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, and
by ``row`` below for x61_03's attached task list); every answer was written here by reading the texts. Neither the
parser nor the scorer was run on this set by its builder: the lead scores it first.

    python tests/data/plans-next61/make_expected.py tests/data/plans-next61
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    align29,
    align30,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

P, U = prose_and_listed(PROSE_ACTORS)
src = shanghai_source

KIND = ("the actors are kinds, roles or posts (居（村）委, 网格化巡查人员, 基层消防工作人员, 联络员, 「公安、消防、城管、建管、房管等"
        "负有消防监管职能的部门」 …) acting in sentences, no unit named for the item")
HEAD = ("the item opens with its own heading (「（一）街道消防安全委员会。」, 「1.规范处置流程。」) and its actors act in the "
        "sentences after it (plans-next53's reading of 「加强消防工作领导。区各部门…」, x60_01 二、): read as prose, no unit")
LIST = ("the heading or lead-in over the numbered items names the body whose duties they are (「（一）街道消防委职责」, "
        "「1.乡镇消防安全委员会职责」, 「街道消防委实施以下四项工作制度：」): every item is given that body (a duty list, as "
        "plans-next25 x25_06 and plans-next53)")
FIRST = ("the item's first words are a named unit (or group of units) followed by its work: that unit (plans-next53's "
         "reading)")
SUBJ = ("the 「排查主体：」 line (a label) names a body: 「…消防安全管理办公室组织人员开展检查」 gives the item that office; "
        "「确保每半年全覆盖一次」 a rhythm (not a target)")
NOUNIT = "no actor is written in the item (what is to be done, not who): no unit"
SAFE = ("a 保障 item that names no unit, in a plan whose other items name units: not a task (round 25's rule, "
        "/work/shared/seeds/EXPECTED.md lines 3–5); counted in the alternative only")
RELAY = "及时向本级消防安全委员会报告上级有关消防工作的规定、指示和要求"


def row_in(file, n):
    """Line and first words of row ``n`` (「N.项目」) of x61_03's attached task list, after the 「附件：」 line."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = lines.index("附件：")
    while not lines[i].startswith(f"{n}."):
        i += 1
    return {"line": i + 1, "title_starts": lines[i][len(f"{n}."):][:8]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x61_01_huangpu-2023-jiceng-xiaofang-anquan-zonghe-zhili-shishi-yijian.txt"
WYH = ["街道消防委"]
BGS = ["消防安全管理办公室"]

plan(X01,
     title="黄浦区关于加强基层消防安全综合治理工作的实施意见（黄浦区人民政府办公室印发《黄浦区关于加强基层消防安全综合治理工作的实施意见》的通知）",
     title_note="the opinion's title after the cover, or the notice title (the first line): either is accepted",
     doc_no="黄府办发〔2023〕5号 (from the index; the stored text prints no number)",
     issuer="上海市黄浦区人民政府办公室",
     date="2023-03-13",
     level="district government office (Shanghai Huangpu), implementing opinion",
     source=src("消防与人防", "黄浦区人民政府办公室印发《黄浦区关于加强基层消防安全综合治理工作的实施意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=3ad18cf5-28a2-47ca-b8ab-331f0c3508e6&siteId=0071", 6623),
     style="district opinion after a cover (addressees, one sentence, 特此通知, signature, date); a preamble; 一、工作目标 (one "
           "paragraph); 二、基本原则 （一）–（五） 「坚持…」; 三、组织机构 （一）（二） (heading 。 text: 各街道 set up the committee "
           "and office, 「（以下简称“街道消防委”）」); 四、工作制度 a lead-in 「街道消防委实施以下四项工作制度：」 over （一） (a "
           "paragraph) and （二）–（四） with 1.–4. items — （二）'s first item printed 「l.」 (a lower-case L for 1); 五、工作职责 "
           "（一）街道消防委职责 1.–6. and （二）消防安全管理办公室职责 1.–6.; 六、主要任务 （一） a paragraph over 1.第一类–3.第三类 "
           "(each three labelled lines 排查对象 / 排查主体 / 排查重点) and （二）–（五） 1.–3. 「heading。text」; 七、工作要求 "
           "（一）–（三）; 「本实施意见自印发之日起施行」; an ASCII comma 「模式,完善」 and 「作为 “119”」 with a space",
     leaf_tasks=41, count_alternatives=[44, 46, 49],
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标"],
     samples=[
        P(["三", "（一）"], note=HEAD + " (「街道消防安全委员会。各街道设立…」: 各街道 after the heading; a reader may give "
          "各街道); 「3个执法部门」 a count of members, not a target; " + NODATE),
        U(["四", "（一）"], WYH, note=LIST + " (the lead-in 「街道消防委实施以下四项工作制度：」; 「街道消防委」 is the text's short "
          "name for 街道消防安全委员会); 「每半年至少召开一次成员单位会议，每季度至少召开一次联络员会议」 (see duties); " + NODATE),
        U(["四", "（三）", "1"], WYH, note=LIST + "; 「每年…进行考核」 an assessment rhythm; " + NODATE),
        U(["四", "（三）", "3"], WYH,
          note=LIST + "; the 办法 is drawn up by 街道消防委办公室 and agreed by 街道消防委 (both the list's body); " + NODATE),
        U(["五", "（一）", "1"], WYH, note=LIST + " (「（一）街道消防委职责」); " + NODATE),
        U(["五", "（一）", "5"], WYH, note=LIST + "; 「下发督办单」 a means; " + NODATE),
        U(["五", "（二）", "2"], BGS, note=LIST + " (「（二）消防安全管理办公室职责」, the office each 街道 sets up); " + NODATE),
        U(["五", "（二）", "3"], BGS, note=LIST + "; " + NODATE),
        P(["六", "（一）", "1"], note=KIND + " (「排查主体：原则上由街道专职网格化巡查人员每日开展巡查」: posts); 「每日」 a "
          "rhythm; " + NODATE),
        P(["六", "（一）", "3"], note=KIND + " (「排查主体：…由居委会专兼职消防工作人员开展巡查」); 「确保每月全覆盖一次」 a "
          "rhythm; 《上海市消防条例》… titles; " + NODATE),
        P(["六", "（二）", "2"], note=HEAD + " (「由街道消防安全管理办公室组织相关成员单位…」 in the sentence; a reader may give "
          "the office); " + NODATE),
        P(["六", "（二）", "3"], note=KIND + "; 《上海市人民政府关于加强本市消防监督执法工作的决定》 a title; " + NODATE),
        P(["六", "（三）", "1"], targets=[(100, "%")],
          note=NOUNIT + "; 「尽早实现可视化运管平台模式100%全覆盖」 (a target; 「尽早」 no date); " + NODATE),
        P(["六", "（四）", "3"], note=NOUNIT + "; " + NODATE),
        P(["七", "（一）"], note=HEAD + " (「相关职能部门和各街道要…区公安、消防部门要…」 after the heading 「加强组织领导。」: a "
          "task by round 25's rule, as it names units, but read as prose); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "街道消防委每半年至少召开一次成员单位会议，每季度至少召开一次联络员会议", "when": "每半年 / 每季度",
              "when_norm": "quarterly (联络员会议; 成员单位会议 half-yearly)"},
             {"what": "联络员确需变更的，应及时将变更情况书面报送街道消防委办公室", "when": "及时（变更时）", "when_norm": None},
             {"what": "基层消防工作人员即时将处置信息抄送街道消防安全管理办公室汇总评估", "when": "即时", "when_norm": None},
             {"what": "消防安全管理办公室及时报告国家、本市和本区有关消防工作的规定、指示和要求", "when": "及时",
              "when_norm": None}],
     notes=["counting: 一、工作目标 (a paragraph) a section; 二、's five 「坚持…」 principles a section (as x60_02's articles); "
            "三、 （一）（二） 2 + 四、 （一） 1 + （二） 4 + （三） 4 + （四） 3 + 五、 （一） 6 + （二） 6 + 六、 （一） 3 + （二）–（四） 9 + "
            "七、 （一）–（三） 3 → 41; 六、（五）'s three 保障 items (人员配置, 社区指导, 能力素质) name no unit: not tasks. Accepted: "
            "44 (六、（五） tasks), 46 (二、's principles leaves) and 49 (both)",
            "samples: every section with tasks (三、 one, 四、 three, 五、 four, 六、 six, 七、 one). Not sampled: 四、（二）1 (printed "
            "「l.」: its number is a letter), 四、（四）1 (「各成员单位应指定…」, two readings: the list's body or 各成员单位) and "
            "六、（一）2 (「排查主体：…街道消防安全管理办公室工作人员开展检查」: staff of an office — the office or none)",
            "units: the lead-in of 四、 and the headings of 五、（一）/（二） give their items a body; items opening with a heading "
            "are prose; 六、（一）'s 排查主体 lines name posts (none)",
            "dates: none (「尽早」, 「每日」, 「每季度」, 「每月」 rhythms; 「自印发之日起施行」; the cover's 2023年3月13日)",
            "figures: 100 % (六、（三）1) a target; 「3个执法部门」, 「两个事业单位」, 「三级」, 「“119”」 are counts or names"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x61_02_chongming-2023-jiceng-xiaofang-anquan-zonghe-zhili-jianshe-shishi-yijian.txt"
XWYH = ["乡镇消防安全委员会"]
XBGS = ["乡镇消防安全委员会办公室"]

plan(X02,
     title="关于切实加强本区基层消防安全综合治理建设工作的实施意见（上海市崇明区人民政府办公室关于印发《关于切实加强本区基层消防安全综合治理建设工作的实施意见》的通知）",
     title_note="the opinion's title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪崇府办发〔2023〕3号 (from the index; the stored text prints no number)",
     issuer="上海市崇明区人民政府办公室",
     date="2023-01-13",
     level="district government office (Shanghai Chongming), implementing opinion",
     source=src("消防与人防", "上海市崇明区人民政府办公室关于印发《关于切实加强本区基层消防安全综合治理建设工作的实施意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=79d03579-980f-4392-833e-9ca6f391aa53&siteId=0085", 6354),
     style="district opinion after a short cover (addressees, one sentence, date); a preamble; 一、工作目标 (a paragraph); "
           "二、工作措施 （一）–（六）: （一） 1.2. 「heading sentence。text」; （二） a sentence then 1.乡镇消防安全委员会职责 "
           "（1）–（8）, 2.…办公室职责 （1）–（8）, 3.村居委职责 （1）–（3） (items ending 「；」); （三） 1. (a paragraph over "
           "（1）第一类–（3）第三类, each three labelled lines 排查对象 / 排查主体 / 排查重点) and 2. （1）–（3） 「heading。text」; "
           "（四）–（六） a paragraph or none over 1.–3.; 三、工作要求 （一）–（三）; an ASCII comma 「模式,完善」",
     leaf_tasks=35, count_alternatives=[38, 32],
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标"],
     samples=[
        U(["二", "（一）", "1"], ["各乡镇"], note=FIRST + " (the heading sentence itself opens with the unit: 「各乡镇设立消防安全委员会。」); "
          "the members listed are the committee's, not the item's units; " + NODATE),
        U(["二", "（二）", "1", "（1）"], XWYH, note=LIST + " (「1.乡镇消防安全委员会职责」); " + NODATE),
        U(["二", "（二）", "1", "（5）"], XWYH, note=LIST + "; 「提请上级挂牌督办」 a request, not a report; " + NODATE),
        U(["二", "（二）", "1", "（8）"], XWYH, note=LIST + "; a catch-all item (「根据区消防安全委员会要求，做好其他消防工作」); "
          + NODATE),
        U(["二", "（二）", "2", "（2）"], XBGS, note=LIST + " (「2.乡镇消防安全委员会办公室职责」); 「" + RELAY + "」 (see "
          "duties); " + NODATE),
        U(["二", "（二）", "2", "（6）"], XBGS, note=LIST + "; " + NODATE),
        P(["二", "（二）", "3", "（3）"], note="「3.村居委职责」 lists the duties of a kind (村（居）委, as plans-next53's 居民委员会): "
          "no unit; 「确保每月全覆盖一次」 a rhythm; " + NODATE),
        P(["二", "（三）", "1", "（2）"], note=KIND + " (「排查主体：乡镇巡查人员每日开展巡查」: posts); 「确保每月全覆盖一次」 a "
          "rhythm; " + NODATE),
        U(["二", "（三）", "1", "（3）"], XBGS, note=SUBJ + "; " + NODATE),
        P(["二", "（三）", "2", "（2）"], note=HEAD + " (乡镇, 区消防安全委员会, 区政府 in sentences); " + NODATE),
        P(["二", "（四）", "1"], note=HEAD + "; 「“12345”」 a hotline's name; 「定期公布」 a publication, not a report; " + NODATE),
        P(["二", "（五）", "1"], note=HEAD + " (「区消防安全委员会定期对乡镇…开展检查、考评」 after the heading); " + NODATE),
        P(["三", "（二）"], note=HEAD + " (「各乡镇、各部门、各单位要…」 after 「有序实施推进。」: a task by round 25's rule, "
          "read as prose); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "乡镇消防安全委员会办公室" + RELAY, "when": "及时", "when_norm": None}],
     notes=["counting: 一、工作目标 a section; 二、 （一） 1.2. 2 + （二） 1.（1）–（8） 8 + 2.（1）–（8） 8 + 3.（1）–（3） 3 + （三） "
            "1.（1）–（3） 3 + 2.（1）–（3） 3 + （四） 1.2. 2 + （五） 1.–3. 3 + 三、 （一）–（三） 3 → 35 (二、（六）全面落实各项保障 "
            "1.–3. name no unit: not tasks). Accepted: 38 (二、（六）'s three items tasks) and 32 (三、工作要求 read as a closing "
            "section, not tasks)",
            "samples: 二、（一）–（五） and 三、 (thirteen). Not sampled: 二、（一）2 (the office 「下设」 under the committee: a "
            "statement of structure, its unit read two ways) and 二、（二）'s paragraph 「区政府及其工作部门、乡镇按照…执行」 (no "
            "number)",
            "units: the lists' headings (1. / 2. of 二、（二）); 3.村居委 a kind (none); the 排查主体 label of （3）第三类 names "
            "the office; items opening with a heading are prose",
            "dates: none (rhythms 每日, 每月, 每半年; the cover's 2023年1月13日)",
            "figures: none (「“12345”」, 「“119”」 names; 「三级」, 「两级」 structure)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x61_03_yangpu-2022-jiceng-xiaofang-anquan-zonghe-zhili-shishi-yijian.txt"
JWYH = ["街道消防安全委员会"]
JBGS = ["消防安全管理办公室"]

plan(X03,
     title="杨浦区加强基层消防安全综合治理工作的实施意见（关于转发区消防救援支队制定的《杨浦区加强基层消防安全综合治理工作的实施意见》的通知）",
     title_note="the opinion's title after the cover, or the notice title (the first line): either is accepted",
     doc_no="杨府办发〔2022〕12号 (from the index; the stored text prints no number)",
     issuer="上海市杨浦区人民政府办公室 (forwarding an opinion drawn up by 区消防救援支队)",
     date="2022-11-22 (the cover; the index's date is 2022-11-29)",
     level="district government office (Shanghai Yangpu), implementing opinion with an attached task list",
     source=src("消防与人防", "关于转发区消防救援支队制定的《杨浦区加强基层消防安全综合治理工作的实施意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=007766345beb1856665c1d3217bdb40500a1&siteId=0077", 9164),
     style="district cover (addressees, one sentence, signature, date) over the opinion: a preamble; 一、指导思想 (a "
           "paragraph); 二、组织架构 a paragraph over （一）–（四） 「heading。text」; 三、工作职责 a sentence over （一）街道消防安全"
           "委员会 1.–8., （二）消防安全管理办公室 1.–8., （三）小区居委 1.–3. (items ending in ASCII 「;」); 四、工作机制 （一） 1.第一"
           "类–3.第三类 (labelled lines) and （二）–（五） 「N.heading。text」; 五、工作要求 （一）–（四）; then 「附件：」 and 「杨浦区基层"
           "消防安全综合治理建设工作重点任务清单」 flattened one cell a line: header 类别 / 项目 / 主要任务 / 牵头单位 / 配合单位, "
           "三 类别 rows 一、–三、, twelve 项目 rows 1.–12. (project names broken over two lines in 5. and 6.), some with two or "
           "three 主要任务 each followed by its own 牵头 / 配合 cells (12.'s last two tasks share one pair), unit cells broken "
           "over lines (「区委编办、\\n各街道」); dates 「10月底前」 (4.) and 「年底前」 (5., 6., and 二、（一） of the body)",
     leaf_tasks=42, count_alternatives=[61],
     attachment_task_rows=12,
     childless_top_level_sections=["一、指导思想"],
     samples=[
        P(["二", "（一）"], dl="年底前", dln="2022-12",
          note=HEAD + " (「街道消防安全委员会。年底前，各街道设立…」: 各街道 after the heading; a reader may give 各街道); "
               "「年底前」 in a document of November 2022: the end of 2022 (the year implicit, resolved from the cover's date, "
               "as EXPECTED.md); 「落实定期向上级政府报告消防安全重大事项」 (see duties)"),
        P(["二", "（三）"], note=HEAD + " (「居委消防安全工作。居委主要负责人…街道应加强…」); " + NODATE),
        P(["二", "（四）"], note=KIND + " (「各类科创、文创、工业等园区，区属集团企业，应设立…」: kinds of bodies, no heading); "
          + NODATE),
        U(["三", "（一）", "2"], JWYH, note=LIST + " (「（一）街道消防安全委员会」 over 1.–8.); 「区消防安全专业委员会」 the body it "
          "assists; " + NODATE),
        U(["三", "（一）", "6"], JWYH, note=LIST + "; 「会同区相关职能部门」 names no unit; " + NODATE),
        U(["三", "（二）", "2"], JBGS, note=LIST + " (「（二）消防安全管理办公室」); 「" + RELAY + "」 (see duties); " + NODATE),
        U(["三", "（二）", "6"], JBGS, note=LIST + "; " + NODATE),
        P(["三", "（三）", "3"], note="「（三）小区居委」 lists the duties of a kind (居委, as plans-next53's 居民委员会): no unit; "
          "「确保每月全覆盖一次」 a rhythm; 「及及其」 as printed; " + NODATE),
        {**U(["四", "（一）", "3"], JBGS,
             note=SUBJ + " (printed 「街道消防安全管理办公室」: the office's full name accepted as lead); " + NODATE),
         "lead_alternatives": [JBGS, ["街道消防安全管理办公室"]]},
        P(["四", "（二）", "4"], note=HEAD + " (no unit named; 「“12345”」 a hotline); " + NODATE),
        P(["四", "（四）", "2"], targets=[(100, "%")],
          note=HEAD + " (no actor); 「可视化运管平台模式100%全覆盖」 a target; " + NODATE),
        P(["四", "（五）", "1"], note=HEAD + " (区消防安全专业委员会 and 区消防委员会办公室 in sentences); 「检查结果由区消防委员会"
          "办公室汇总后上报区政府」 (see duties); " + NODATE),
        P(["五", "（二）"], note=HEAD + " (「保障人员配置。各街道要…」: named units after the heading, a task by round 25's rule, "
          "read as prose); " + NODATE),
        S(["附件", "3"], ["区考核办"], ["区考核办", "区消防救援支队", "各街道"],
          note="the attached task list's 牵头单位 / 配合单位 cells: lead = the 牵头单位, responsible = 牵头 and 配合 (plans-dev 06/07's "
               "task tables); " + NODATE, **row_in(X03, 3)),
        S(["附件", "5"], ["区委编办", "各街道"], ["区委编办", "各街道", "区消防救援支队"], dl="年底前", dln="2022-12",
          note="the row's cells (牵头 「区委编办、\\n各街道」 broken over two lines; 配合 区消防救援支队); 「年底前」 the end of "
               "2022 (the year implicit, resolved from the cover's date); the project name 「实化运行消防\\n安全委员会」 is broken "
               "over two lines", **row_in(X03, 5)),
        S(["附件", "6"], ["区委编办", "各街道"], ["区委编办", "各街道", "区消防救援支队"], dl="年底前", dln="2022-12",
          note="as row 5 (年底前: 2022-12)", **row_in(X03, 6)),
        S(["附件", "8"], ["区消防救援支队", "各街道"], ["区消防救援支队", "各街道", "区财政局", "区城运中心", "区大数据中心"],
          targets=[(100, "%")], note="the row's cells; 「可视化运管平台模式100%全覆盖」 a target; " + NODATE, **row_in(X03, 8)),
        S(["附件", "9"], ["区消防救援支队"], ["区消防救援支队", "区城运中心", "区大数据中心"],
          note="the row's cells; " + NODATE, **row_in(X03, 9)),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "街道消防安全委员会落实定期向上级政府报告消防安全重大事项", "when": "定期", "when_norm": None},
             {"what": "消防安全管理办公室" + RELAY, "when": "及时", "when_norm": None},
             {"what": "检查结果由区消防委员会办公室汇总后上报区政府纳入政府年度考核", "when": None, "when_norm": None},
             {"what": "区消防救援支队向区委、区政府专题报告基层消防安全综合治理工作情况及对策建议", "when": None,
              "when_norm": None}],
     notes=["counting: 一、指导思想 a section; 二、 （一）–（四） 4 + 三、 （一） 1.–8. 8 + （二） 1.–8. 8 + （三） 1.–3. 3 + 四、 "
            "（一） 1.–3. 3 + （二） 1.–4. 4 + （三） 1.2. 2 + （四） 1.–3. 3 + （五） 1.–3. 3 + 五、 （一）–（四） 4 → 42 in the body "
            "(every item of 五、 names 各街道 / 各部门: tasks). The attached task list has twelve numbered rows "
            "(attachment_task_rows = 12: 54 accepted) holding nineteen 主要任务 cells (61 accepted: 42 + 19)",
            "samples: thirteen of the body (every section) and five of the list's rows (3., 5., 6., 8., 9.: one row per "
            "sample, the rows with one task or whose tasks share their units). Not sampled: rows 4. (two tasks, 配合 "
            "「各街道、\\n相关委、办、局」 and 「各街道」), 7. (three tasks, its first led by 「各支队」 with 配合 「防火监督处」 — "
            "the city force's words), 2., 10.–12.",
            "units: body lists by their headings; items opening with a heading are prose; the list's cells give 牵头 (lead) "
            "and 配合 (responsible with the lead)",
            "dates: 「年底前」 (二、（一）, rows 5. and 6.) read as 2022-12 and row 4.'s 「10月底前」 as 2022-10 (not sampled): the "
            "document is of November 2022 and the list is its year's; the cover's 2022年11月22日",
            "figures: 100 % (四、（四）2 and row 8.) targets; 「2022-2035年」 a plan period in a title; 「三类」 structure",
            "duties: the committee's 定期 report to 上级政府, the office's relay of rules, the results 上报区政府, row 4.'s "
            "「向区委、区政府专题报告」 (no date)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x61_04_baoshan-2022-shenhua-jiceng-xiaofang-anquan-zonghe-zhili-shishi-yijian.txt"
BWYH = ["街镇（园区）消防安全委员会"]

plan(X04,
     title="关于深化基层消防安全综合治理工作的实施意见（上海市宝山区人民政府办公室转发区消防救援支队制订的《关于深化基层消防安全综合治理工作的实施意见》的通知）",
     title_note="the opinion's title after the cover, or the notice title (the first line): either is accepted",
     doc_no="宝府办〔2022〕19号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区人民政府办公室 (forwarding an opinion drawn up by 宝山区消防救援支队, signed 2022-06-30)",
     date="2022-07-10",
     level="district government office (Shanghai Baoshan), implementing opinion",
     source=src("消防与人防", "上海市宝山区人民政府办公室转发区消防救援支队制订的《关于深化基层消防安全综合治理工作的实施意见》的通.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=3cd350ca-222b-4ea5-82df-4e61a46c53e8&siteId=0078", 6489),
     style="district cover (addressees, one sentence, signature, date) over the opinion: a preamble; 一、工作目标; 二、 （一）–"
           "（三） 「heading。text」 (（一） two paragraphs); 三、工作职责 a sentence over （一）街镇（园区）消防安全委员会职责 1.–8., "
           "（二）消防安全管理办公室职责 1.–8., （三）居（村）委职责 1.–3. (items ending 「；」); 四、 （一） a paragraph over 1.第一类–"
           "3.第三类 (labelled lines) and （二） 1.–3.; 五、 and 六、 a paragraph over （一）–（二） / （一）–（三）; 七、全面落实各项保障 "
           "（一）–（三）; 八、工作要求 （一）–（三）; the drafting force's signature and date at the end (「宝山区消防救援支队」, "
           "「2022年6月30日」); the same city-wide model as x61_02 in large part word for word",
     leaf_tasks=36, count_alternatives=[39, 33],
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标"],
     samples=[
        P(["二", "（一）"], note=HEAD + " (「街镇消防安全委员会。各街镇设立…」; a reader may give 各街镇); " + NODATE),
        P(["二", "（三）"], note=HEAD + " (「工业园区。宝山工业园区参照…」: the park after the heading); " + NODATE),
        U(["三", "（一）", "2"], BWYH, note=LIST + " (「（一）街镇（园区）消防安全委员会职责」, the body as printed); " + NODATE),
        U(["三", "（一）", "4"], BWYH, note=LIST + "; 「牵头开展…」 the list's body leads (lead = [], the body accepted); " + NODATE),
        U(["三", "（一）", "7"], BWYH, note=LIST + "; " + NODATE),
        U(["三", "（二）", "2"], ["消防安全管理办公室"], note=LIST + " (「（二）消防安全管理办公室职责」); 「" + RELAY + "」 (see "
          "duties); " + NODATE),
        U(["三", "（二）", "4"], ["消防安全管理办公室"], note=LIST + "; " + NODATE),
        P(["三", "（三）", "2"], note="「（三）居（村）委职责」 lists the duties of a kind (居（村）委): no unit; " + NODATE),
        P(["四", "（一）", "1"], note=KIND + " (「排查主体：居（村）委专兼职消防工作人员开展巡查」); 「确保每月全覆盖一次」 a "
          "rhythm; " + NODATE),
        U(["四", "（一）", "3"], ["街镇（园区）消防安全管理办公室"], note=SUBJ + "; " + NODATE),
        P(["四", "（二）", "2"], note=HEAD + " (街镇（园区）, 区消防安全委员会, 区政府 in sentences); " + NODATE),
        P(["五", "（一）"], note=HEAD + " (no actor); 「每月公布指数维度评分情况」 a monthly publication, not a report; " + NODATE),
        P(["六", "（三）"], note=HEAD + " (no unit; 街镇（园区） are those warned); " + NODATE),
        P(["八", "（三）"], note=HEAD + " (「各街镇（园区）、各部门要…」, a task by round 25's rule, read as prose); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "消防安全管理办公室" + RELAY, "when": "及时", "when_norm": None}],
     notes=["counting: 一、工作目标 a section; 二、 （一）–（三） 3 + 三、 （一） 1.–8. 8 + （二） 1.–8. 8 + （三） 1.–3. 3 + 四、 "
            "（一） 1.–3. 3 + （二） 1.–3. 3 + 五、 （一）（二） 2 + 六、 （一）–（三） 3 + 八、 （一）–（三） 3 → 36; 七、全面落实各项保障 "
            "（一）–（三） name no unit (「依托区消防救援机构」 an instrument): not tasks. Accepted: 39 (七、 tasks) and 33 (八、工作"
            "要求 read as a closing section)",
            "samples: fourteen over 二、–六、 and 八、",
            "units: as x61_02 (the same model): the lists' headings; 居（村）委 a kind; 第三类's 排查主体 names the office; items "
            "opening with a heading are prose",
            "dates: none (rhythms; the cover's 2022年7月10日 and the force's 2022年6月30日)",
            "figures: none (「“12345”」, 「“119”」 names; 「“最后一公里”」 a phrase)"])

# round 29: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 29)
align29("x61_01", ["六", "（二）", "2"], [], ["街道消防安全管理办公室"], "「对涉及多个职能部门开展联合处置的隐患问题，由街道消防安全管理办公室组织相关成员单位联勤联动…」: the agent of 由 is responsible (the 对… names the item's own matter, not a contingency), no lead (A alone accepted as lead); the members it organises are no units (rule 3)", alt=[["街道消防安全管理办公室"]], rule="2 and 3")
# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x61_01", ["七", "（一）"], [], ["相关职能部门", "各街道"],
        "「相关职能部门和各街道要…切实加强组织领导，强化政策支持，落实经费保障…」: the subjects of 落实 are responsible, in order, no lead; 「区公安、消防部门要…提供专业支持」 has no verb of rule 2")
align30("x61_02", ["二", "（三）", "2", "（2）"], [], ["乡镇"],
        "「…的，由乡镇报区消防安全委员会核定后，报请区政府挂牌督办。其他需挂牌督办整改的隐患单位或区域，由乡镇负责挂牌督办」: the item's whole work (分级挂牌督办) is its branches (round-30 clarification: not a case inside other work), the agent of 由…负责 is responsible, no lead (A alone accepted as lead); 区消防安全委员会 and 区政府 receive the referral (rule 3)", alt=[["乡镇"]], rule="2 and 3")
align30("x61_04", ["四", "（二）", "2"], [], ["街镇（园区）"],
        "「…的，由街镇（园区）报区消防安全委员会核定后，报请区政府挂牌督办。其他需挂牌督办整改的隐患单位或区域，由街镇（园区）负责挂牌督办」: the item's whole work (分级挂牌督办) is its branches (round-30 clarification), the agent of 由…负责 is responsible, no lead (A alone accepted as lead); 区消防安全委员会 and 区政府 receive the referral (rule 3)", alt=[["街镇（园区）"]], rule="2 and 3")
align30("x61_04", ["八", "（三）"], [], ["各街镇（园区）", "区政府"],
        "「各街镇（园区）、各部门要全面落实消防安全责任制」 (the subject of 落实: 各街镇（园区） a group named by a kind is a doer, bare 各部门 a general call, round-30 clarification) and 「对…落实不到位的街镇（园区）和有关部门，区政府将组织督办约谈」 (组织＋verb, the item's own work 考核问责): in order, no lead", rule="2 and 3")
align30("x61_02", ["二", "（二）", "3", "（3）"], [], ["村居委"],
        "「3.村居委职责」, the unit heading the item inherits: its body (a kind of body, which the ruling counts) gives the item's units, no lead (A alone accepted as lead); the same reading as the set's other duty-list headings (1. / 2. of 二、（二）)", alt=[["村居委"]], rule="1")
align30("x61_03", ["三", "（三）", "3"], [], ["小区居委"],
        "「（三）小区居委」, the unit heading the item inherits: its body (a kind of body) gives the item's units, no lead (A alone accepted as lead), as the set's other duty-list headings", alt=[["小区居委"]], rule="1")
align30("x61_04", ["三", "（三）", "2"], [], ["居（村）委"],
        "「（三）居（村）委职责」, the unit heading the item inherits: its body (a kind of body) gives the item's units, no lead (A alone accepted as lead), as the set's other duty-list headings", alt=[["居（村）委"]], rule="1")

# round 34 (p34h): answers aligned to CONVENTIONS.md "Round 34 rulings" by reading the items
from expected_tools import align34_units  # noqa: E402

align34_units('x61_03', ['四', '（五）', '1'], [], ['区消防委员会办公室'],
              "「检查结果由区消防委员会办公室汇总后上报区政府」 — 由A＋any verb of doing (汇总) is rule 2 (CONVENTIONS.md round 34: 「由A汇总／梳理」); the item sets up no 区消防委员会, so its office is no set-up body's part; 区消防安全专业委员会 「对…开展检查」 uses no rule-2 verb")  # noqa: E501

# round 44 (p44d): 「各部门」 after a kind with a rule-2 verb — CONVENTIONS.md "Round 44 rulings, written early" (Units)
from expected_tools import _sample32  # noqa: E402

align34_units('x61_04', ['八', '（三）'], [], ['各街镇（园区）', '各部门', '区政府'],
              "「各街镇（园区）、各部门要全面落实消防安全责任制」 — 各部门 alone (not joined to 各地) with a rule-2 verb (落实) is a kind and a doer, like 各有关部门 (Round 44 rulings; the round-30 reading had it a general call); in order, no lead")  # noqa: E501
_p44, _s44 = _sample32('x61_04', ['八', '（三）'])
_s44["note"] = _s44["note"].replace("aligned round 34: ", "aligned round 44: ", 1)

# round 66 (rul94): answers aligned to tests/data/CONVENTIONS.md "Round 94 rulings" (turned; the printed names accepted)
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'街镇（园区）消防安全委员会': '街镇消防安全委员会', '居（村）委': '居委', '街镇（园区）消防安全管理办公室': '街镇消防安全管理办公室', '街镇（园区）': '街镇', '各街镇（园区）': '各街镇'})

write_collected(DIR)
