# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next63/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 26 (built by helper c62): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py,
or by ``at_line`` below for x63_01's decimal headings and unnumbered unit paragraphs, which ``locate`` cannot
find); every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by
its builder: the lead scores it first.

    python tests/data/plans-next63/make_expected.py tests/data/plans-next63
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
FOLDER = "房屋与住房"
GOAL = ("a 牵头 (or 会同) actor in a sentence (no label): lead = [], that unit accepted as lead (plans-next25/27/30/33/35/37 "
        "convention)")
COLON = ("「unit：duties」 — an unnumbered paragraph under 2.3 工作职责 that opens with a unit and a full-width colon: the "
         "unit is the item's (plans-dev 12's unit-colon items; plans-next51's unnumbered 「部门:」 lines)")


def src(path, url, chars):
    return shanghai_source(FOLDER, path, url, chars)


def at_line(file, start, keep=False, marker=None):
    """Line (1-based) and first eight characters of the first line of ``file`` that starts with ``start``: the words
    after ``start`` (a decimal heading such as 「2.3 」), after ``marker`` where given (「（2）」 of a line found by more
    of its words), or the line's own first words with ``keep`` (a unit paragraph)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    i = next(n for n, line in enumerate(lines) if line.strip().startswith(start))
    cut = 0 if keep else len(marker if marker is not None else start)
    return {"line": i + 1, "title_starts": lines[i].strip()[cut:].strip()[:8]}


# ---------------------------------------------------------------------------------------------------------
X01 = "x63_01_shanghai-2024-fangguanju-kongqi-zhongwuran-yingji-gongzuo-fangan.txt"
RULE = "a response measure (a rule for the sites in a response; no unit named)"

plan(X01,
     title="上海市房屋管理局空气重污染应急工作方案（上海市房屋管理局关于印发《上海市房屋管理局空气重污染应急工作方案》的通知）",
     title_note="the plan's own title (after the cover's date) or the notice title: either is accepted",
     doc_no="沪房更新〔2024〕64号 (from the index; the stored text prints no number)",
     issuer="上海市房屋管理局",
     date="2024-05-17 (cover; the index gives 2024-06-13)",
     level="city bureau (Shanghai)",
     source=src("上海市房屋管理局关于印发《上海市房屋管理局空气重污染应急工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9c282465aeae40a5b8d1bc290ffc1a08&siteId=0013", 3422),
     style="a short cover (addressees, one sentence, 「特此通知。」, date); the plan numbered in DECIMALS: 「1 总则」 … 「7监督管理」 "
           "(a space after 1 and 2, none after 3–7), 「1.1 编制目的」 … 「7.3.2 方案实施」 heading lines over paragraphs, "
           "「（1）」 items under 3.1, 3.3 and 4.2.1–4.2.3; 2.3 工作职责 five UNNUMBERED paragraphs 「unit：duties」; 5总结评估 "
           "and 6应急保障 one paragraph each, without sub-headings",
     leaf_tasks=26, count_alternatives=[30, 32, 28],   # Round 72 rulings: 1 总则's four points are general provisions
     leaf_tasks_by_section={"2": 7, "3": 6, "4": 9, "7": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["5总结评估", "6应急保障"],
     samples=[
        P(["2.1 领导机构"], **at_line(X01, "2.1 "), note="the group's leader and its 成员单位 (局更新处, 市修缮中心, 市安监所) "
          "named in a sentence, no label; " + NODATE),
        P(["2.2 工作机构"], **at_line(X01, "2.2 "), note="「办公室设在局更新处」: an office in a sentence; " + NODATE),
        U(["局更新处"], ["局更新处"], **at_line(X01, "局更新处：", keep=True), note=COLON + "; " + NODATE),
        U(["市修缮中心"], ["市修缮中心"], **at_line(X01, "市修缮中心：", keep=True),
          note=COLON + "; 市修缮中心 is the short name defined in 2.1 (上海市住宅建设发展中心…); " + NODATE),
        U(["市安监所"], ["市安监所"], **at_line(X01, "市安监所：", keep=True),
          note=COLON + "; the short name defined in 2.1 (上海市房屋安全监察所…); " + NODATE),
        U(["区住房保障房屋管理局"], ["区住房保障房屋管理局"], **at_line(X01, "区住房保障房屋管理局：", keep=True),
          note=COLON + "; written without 各 here (各区住房保障房屋管理局 elsewhere); " + NODATE),
        U(["住宅修缮和房屋拆除工程参建单位"], ["住宅修缮和房屋拆除工程参建单位"],
          **at_line(X01, "住宅修缮和房屋拆除工程参建单位：", keep=True),
          note=COLON + "; the sites' firms named as the paragraph's unit (one name: 和 joins the two kinds of works); "
               "「向区住房保障房屋管理局上报」 an undated report (not checked); " + NODATE),
        P(["3.3 预警响应", "（2）"], **at_line(X01, "（2）橙色和红色预警", marker="（2）"),
          note="「市房屋管理局工作组成员单位加强值班」: the group's members in a sentence; " + NODATE),
        P(["4.2.1 Ⅲ级响应措施", "（1）"], targets=[(2, "次")], **at_line(X01, "（1）禁止露天", marker="（1）"),
          note=RULE + "; 「每天至少实施2次冲洗清扫作业」 the item's rate (round-25 rule; the Ⅱ级 and Ⅰ级 lists say 3次); "
               + NODATE),
        P(["4.3 应急响应执行与监督"], **at_line(X01, "4.3 "),
          note="「各区住房保障房屋管理局…在Ⅰ级、Ⅱ级和Ⅲ级响应期间，每日定时通过快报形式向市房屋管理局报送」: bodies in a sentence; "
               "a daily report during a response (see duties); " + NODATE),
        P(["7.1 演练培训"], **at_line(X01, "7.1 "),
          note="「各区住房保障房屋管理局和相关单位应组织…定期开展应急演练」: sentence actors; 定期 is no date; " + NODATE),
        P(["7.3.1 方案解释"], **at_line(X01, "7.3.1 "),
          note="「本方案由市房屋管理局工作组办公室负责解释」: a general provision, the office in a sentence; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区住房保障房屋管理局在Ⅰ级、Ⅱ级和Ⅲ级响应期间，每日定时通过快报形式向市房屋管理局报送响应措施落实情况",
              "when": "响应期间，每日定时", "when_norm": "daily (during a response)"},
             {"what": "应急终止后，各区住房保障房屋管理局及时总结应急措施落实情况，报市房屋管理局",
              "when": "应急终止后，及时", "when_norm": None}],
     notes=["counting (every numbered leaf, decimal numbering): 1 总则 1.1–1.4 4 + 2 组织体系 2.1, 2.2 and 2.3's five unit "
            "paragraphs 7 + 3预警 3.1（1）–（3）, 3.2, 3.3（1）–（2） 6 + 4应急响应 4.1, 4.2.1–4.2.3 （1）–（2） 6, 4.3, 4.4 9 + "
            "7监督管理 7.1, 7.2, 7.3.1, 7.3.2 4 → 30; 5总结评估 and 6应急保障 are top-level sections without numbered children; "
            "accepted: 26 (2.3 one leaf), 32 (5 and 6 read as tasks) and 28 (both)",
            "paths: the decimal headings have no numeral the scorer's path reading knows, so their paths are the heading as "
            "printed (「2.1 领导机构」) and the unit paragraphs' paths are their units (as plans-next51); the sample is found "
            "by its first words; 3.3（1） and 4.2.2 / 4.2.3 （1）–（2） are not sampled because their first words repeat "
            "those of 3.1（1） and 4.2.1 (the first such task would be taken)",
            "samples: 13 of the 30, from 1, 2, 3, 4 and 7; every unit paragraph of 2.3 is a sample",
            "units: only 2.3 labels units (five 「unit：」 paragraphs); elsewhere 市房屋管理局工作组 (办公室, 成员单位), 市工作组办公室, "
            "各区住房保障房屋管理局 and 各有关部门、单位 act in sentences",
            "targets: 2次 (Ⅲ级) / 3次 (Ⅱ级, Ⅰ级) daily cleaning rates; the warning levels' AQI thresholds (200, 150, 300) and "
            "hours (24 / 48 / 72) define levels (3.1, not sampled)",
            "dates: none (entry into force in 7.3.2 is no deadline)",
            "duties: the daily 快报 during a response (4.3) and the summary after it (5总结评估), both to 市房屋管理局"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x63_02_shanghai-2023-pingzhuang-yehuaqi-yonghu-anquan-guanli-tongzhi.txt"
FIRM = "a duty of the gas firms (各瓶装液化气经营企业 are the regulated parties, not units of the plan); no label; "

plan(X02,
     title="上海市住房和城乡建设管理委员会关于进一步加强本市瓶装液化石油气用户安全管理的通知",
     title_note="the notice's title (printed twice); there is no separate plan title",
     doc_no="沪建设施〔2023〕543号",
     issuer="上海市住房和城乡建设管理委员会",
     date="2023-10-19",
     level="city commission (Shanghai)",
     source=src("上海市住房和城乡建设管理委员会关于进一步加强本市瓶装液化石油气用户安全管理的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9f084bc5b2974fa7a4b54bfbec86dbfb&siteId=0011", 3486),
     style="a notice (title twice, number, addressees, a preamble with stray spaces inside brackets and quotes 「〔 2022〕」 "
           "「“十四五 ”」 and an ASCII colon); 一、 a heading over one paragraph (staffing rules in a bracket with spaces "
           "around the figures 「 1000户」); 二、 a sentence and heading lines （一）–（三） over paragraphs; 三、 a paragraph and "
           "（一）–（五）, two of them dated (「于 11月 10日前」, 「于 2023年底前」); 四、 two paragraphs; an 附件 list 1.–4.",
     leaf_tasks=10, count_alternatives=[8],
     leaf_tasks_by_section={"一": 1, "二": 3, "三": 5, "四": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一"], targets=[(3, "人"), (10, "人")],
          note=FIRM + "a heading over a paragraph of work (one leaf, as plans-next37 x37_04 / plans-next58 x58_02); the "
               "staffing rules 「1000户及以下的不少于 3人」, 「每增加 1万户增加 10人」 (also 800户 1人, 8人, 5人) are the item's "
               "figures (round-25 rule; a must-find subset); " + NODATE),
        P(["二", "（一）"], note="rules for the firms' new resident users; " + NODATE),
        P(["二", "（三）"], note=FIRM + "「GB55009」 a standard number; " + NODATE),
        P(["三", "（一）"], dl="于 11月 10日前", dln="2023-11-10",
          note=FIRM + "「要将活跃用户信息于 11月 10日前书面报送市、区两级燃气管理部门」: the year is the notice's (2023年10月"
               "19日) — resolved as plans-dev 10's 「4月底前」; the item's deadline and a duty; 「2022年 11月 1日至 2023年 10月 31日」 "
               "defines which users are active (a window, no deadline)"),
        P(["三", "（二）"], dl="于 2023年底前", dln="2023-12",
          note=FIRM + "「并于 2023年底前完成信息核查工作」"),
        P(["三", "（三）"], note=FIRM + "各区管理部门 / 街镇 in a sentence; " + NODATE),
        P(["三", "（四）"], note=FIRM + "「定期报送各区管理部门、抄送市级管理部门」 an undated standing report (not checked); 各区管理部门 "
          "in a sentence; " + NODATE),
        P(["三", "（五）"], targets=[(60, "kg")],
          note=FIRM + "「存瓶总重量超过 60kg的，应设置独立瓶组间」: the threshold written in the item is its target (round-25 "
               "rule); 「两瓶及以上」 a worded count of the same rule (not checked); " + NODATE),
        P(["四"], note=FIRM + "「并及时向各区管理部门、属地街镇报告」 an event-driven report (not checked); the second paragraph "
          "(各区管理部门 … 指导属地街镇) belongs to the same leaf; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各瓶装液化气经营企业将活跃用户信息书面报送市、区两级燃气管理部门",
              "when": "于 11月 10日前", "when_norm": "2023-11-10"}],
     notes=["counting: 一、 and 四、 are headings over paragraphs of work (one leaf each) + 二、 （一）–（三） 3 + 三、 （一）–（五） 5 "
            "→ 10; 8 (一、 and 四、 read as sections) accepted; the 附件 list names four forms (no tasks)",
            "samples: 9 of the 10 (all but 二/（二）)",
            "units: none labelled; the gas firms are the regulated parties; 各区管理部门, 市、区两级燃气管理部门, 街镇, 居委、物业 act in "
            "sentences or receive reports",
            "dates: 三/（一） 11月10日 (year 2023 from the notice's date) and 三/（二） 2023年底; the safety-check window "
            "2022-11-01 – 2023-10-31 is no deadline; 「沪建设施联〔 2022〕586号」 / 「沪安委会〔 2023〕9号」 are document "
            "numbers (with stray spaces)",
            "duty: the active-user list to the city and district gas authorities by 2023-11-10; the new-user table "
            "「定期报送」 (三/（四）) and the event-driven reports (四、) have no date (not checked)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x63_03_shanghai-2023-zhuzhai-xiushan-chaifang-gongdi-anquan-tufa-shijian-yingji-yuan.txt"
UNDER = ("a 「(N)」 duty under a unit heading (「2.1.1 市修缮中心」 …): the heading's unit is the item's (plans-dev 10's unit "
         "headings, one level up)")

plan(X03,
     title="上海市住宅修缮、拆房工地安全突发事件应急预案（上海市房屋管理局关于印发《上海市住宅修缮、拆房工地安全突发事件应急预案》的通知）",
     title_note="the plan's own title (after the cover's date) or the notice title: either is accepted",
     doc_no="沪房更新〔2023〕107号 (from the index; the stored text prints no number)",
     issuer="上海市房屋管理局",
     date="2023-08-15 (cover; the index gives 2023-08-16)",
     level="city bureau (Shanghai)",
     source=src("上海市房屋管理局关于印发《上海市住宅修缮、拆房工地安全突发事件应急预案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=edaa256c70fb414a838f6f6361fbac8f&siteId=0013", 5169),
     style="a short cover (addressees, one sentence, date); the 预案 opens with a 「目  录」 of its own headings (「1  总则」, "
           "「1.1  编制目的」 …, two spaces, one a line — no tasks), then the body in DECIMALS (one space): 1 总则 1.1–1.5; "
           "2 组织体系 2.1 (three paragraphs) with unit headings 2.1.1 市修缮中心, 2.1.2 市安监所, 2.1.3 区房管部门, 2.1.4 "
           "项目参建单位 over ASCII 「(N)」 duties, 2.2; 3 应急响应 with run-in 3.1.1–3.1.3, 3.5.1–3.5.2 and three 「——」 "
           "measures under 3.4; 4 后期处置 (4.2.1–4.2.3 run-in); 5 应急保障; 6 预案管理 6.1–6.7; an 附件 grading table in "
           "sentences (deaths, injuries, losses); several ASCII commas and colons",
     leaf_tasks=39, count_alternatives=[31, 46, 44],   # Round 72 rulings: 1 总则's five points are general provisions
     leaf_tasks_by_section={"2": 18, "3": 8, "4": 4, "5": 2, "6": 7},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        U(["2.1.1 市修缮中心", "(1)"], ["市修缮中心"], **at_line(X03, "(1)动态掌握住宅", marker="(1)"),
          note=UNDER + "; 市修缮中心 is the short name defined in 2.1; " + NODATE),
        U(["2.1.1 市修缮中心", "(5)"], ["市修缮中心"], **at_line(X03, "(5)每年组织实施住宅", marker="(5)"),
          note=UNDER + "; 「每年组织实施…培训、演练」 a yearly rhythm of work, not a report (no duty); " + NODATE),
        U(["2.1.2 市安监所", "(4)"], ["市安监所"], **at_line(X03, "(4)组织应急抢险", marker="(4)"),
          note=UNDER + "; " + NODATE),
        U(["2.1.2 市安监所", "(6)"], ["市安监所"], **at_line(X03, "(6)每年组织实施房屋", marker="(6)"),
          note=UNDER + "; the yearly training and drill (as 2.1.1 (5)); " + NODATE),
        U(["2.1.3 区房管部门", "(2)"], ["区房管部门"], **at_line(X03, "(2)发现施工现场", marker="(2)"),
          note=UNDER + "; 「及时上报市修缮中心或市安监所」 an event-driven report (not checked); " + NODATE),
        U(["2.1.4 项目参建单位", "(1)"], ["项目参建单位"], **at_line(X03, "(1)各住宅修缮工程", marker="(1)"),
          note=UNDER + " — the works' firms, named as the heading; " + NODATE),
        P(["2.2 专家机构"], **at_line(X03, "2.2 专", marker="2.2 "),
          note="「市修缮中心、市安监所负责组建…专家库」: 「X负责」 in a sentence (plans-next58's reading), no label; " + NODATE),
        P(["3.1 信息报告", "3.1.1"], not_targets=[(110, ""), (30, "分钟")], **at_line(X03, "3.1.1 "),
          note="「参建单位值守人员或有关人员应在30分钟内通过“110”电话报警，同时向…报告」: persons in a sentence; 30分钟 — aligned "
               "round 48 (r48d) by the Round 33 rulings, Targets: a limit counted from an event (一旦发现…事件) with no comparison "
               "word is the item's deadline rule, not a target (the answer before read it as the item's time limit, a target); "
               "「110」 the police number; " + NODATE),
        P(["3.1 信息报告", "3.1.3"], **at_line(X03, "3.1.3 "),
          note="what a written report holds (no unit, no figure); 3.1.2 (the centres' 30-minute / 2-hour report, see "
               "duties) is not sampled: its first words 「市修缮中心、市安监所」 are 2.2's, whose task comes first; " + NODATE),
        P(["3.4 响应措施"], **at_line(X03, "3.4 响", marker="3.4 "),
          note="three 「——」 measures (bullets, one leaf; 46 with them as three tasks accepted): 事发项目参建单位应急领导小组 and "
               "区房管部门 in sentences; " + NODATE),
        P(["3.5 应急响应终止", "3.5.2"], **at_line(X03, "3.5.2 "),
          note="「区房管部门要及时将处置情况报上一级管理部门」: a body in a sentence; an event-driven report (not checked); "
               + NODATE),
        P(["4.2 调查评估", "4.2.3"], **at_line(X03, "4.2.3 "),
          note="「市修缮中心、市安监所要及时完成处置情况报告并上报至市房管局,同时上报至市住建委」: sentence actors; an "
               "event-driven report (not checked); ASCII commas as printed; " + NODATE),
        P(["5.1 队伍保障"], **at_line(X03, "5.1 队", marker="5.1 "),
          note="市修缮中心、市安监所 and 区房管部门 in sentences; 「日常开展训练」 no date; " + NODATE),
        P(["6.2 预案备案"], **at_line(X03, "6.2 预", marker="6.2 "),
          note="「市房管局负责将本预案报市住建委备案。各区房管部门将本辖区…应急预案报市房管局备案」: filings (see duties), "
               "bodies in sentences; " + NODATE),
        P(["6.7 预案实施"], not_targets=[(5, "年")], **at_line(X03, "6.7 预", marker="6.7 "),
          note="「本预案自印发之日起实施，有效期为5年」: entry into force and validity — no deadline, 5年 no target"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市修缮中心、市安监所在30分钟内口头、2小时内书面将应急事件相关情况报告市房管局更新处",
              "when": "接到应急事件上报后，30分钟内口头、2小时内书面", "when_norm": None},
             {"what": "各区房管部门将本辖区处置住宅修缮工程、房屋拆除工程安全突发事件应急预案报市房管局备案",
              "when": "not stated", "when_norm": None}],
     notes=["counting (every numbered leaf, decimal numbering; the 目录 is no task list): 1 总则 1.1–1.5 5 + 2 组织体系 "
            "2.1.1 (1)–(5), 2.1.2 (1)–(6), 2.1.3 (1)–(3), 2.1.4 (1)–(3) 17 and 2.2 1 (2.1 is a parent: its three paragraphs "
            "belong to it) + 3 应急响应 3.1.1–3.1.3, 3.2, 3.3, 3.4, 3.5.1–3.5.2 8 + 4 后期处置 4.1, 4.2.1–4.2.3 4 + 5 应急保障 "
            "5.1–5.2 2 + 6 预案管理 6.1–6.7 7 → 44; accepted: 31 (each unit heading 2.1.1–2.1.4 one leaf), 46 (3.4's three "
            "「——」 measures as tasks) and 39 (1's general provisions not tasks)",
            "paths: decimal headings are written as printed (「2.1.1 市修缮中心」), their 「(N)」 items by number; the samples "
            "are found by first words — 2.1.2 (1)–(3) and (5) are not sampled because their first words repeat 2.1.1's, nor "
            "3.1.2 / 4.2.2 / 5.1 (their first words 「市修缮中心、市安监所」 are 2.2's)",
            "samples: 17 of the 44, from every part 1–6",
            "units: the four unit headings of 2.1 give their 「(N)」 duties a unit (市修缮中心, 市安监所, 区房管部门, "
            "项目参建单位); elsewhere 市房管局 (更新处), the two centres, 区房管部门 and the firms act in sentences",
            "figures: time limits 30分钟 (3.1.1, checked as not_target since round 48: Round 33 rulings, a limit counted from an event with no comparison word) / 2小时 (3.1.2, not sampled) are their items' deadline rules; the 附件's grading thresholds (30人, "
            "100人, 1亿元, 5000万元 …) define grades (no task); 「110」 a telephone number",
            "dates: none (validity 5年 and entry into force in 6.7 are no deadline)",
            "duties: the centres' 30-minute / 2-hour reports to 市房管局更新处 (event-driven) and the districts' filing of "
            "their own 预案 with 市房管局 (undated); the other event-driven reports (2.1.3 (2), 3.5.2, 4.2.1–4.2.3) are not "
            "checked"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x63_04_shanghai-2022-xincheng-quyu-jianzhu-xinxi-moxing-jishu-yingyong-tongzhi.txt"

plan(X04,
     title="关于深化新城区域建筑信息模型技术应用的通知",
     title_note="the notice's title (printed twice); there is no separate plan title",
     doc_no="沪精细化办〔2022〕15号",
     issuer="上海市住房和城乡建设管理委员会 (the index's issuer; the number is the city's 精细化办's)",
     date="2022-12-30",
     level="city commission / office (Shanghai)",
     source=src("关于深化新城区域建筑信息模型技术应用的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=fee355d95c0b47c594c24af60f6d8f89&siteId=0011", 2583),
     style="a notice (title twice, number, 「各有关单位：」, a preamble); 一、总体目标 a paragraph; 二、推进要求 （一）（二）; "
           "三、应用要求 （一）–（四）; 四、监管要求 a paragraph naming the bodies, then （一）–（四）, （四） with a 20% sampling "
           "rate and two yearly filings (每年三月第二周 / 每年十月第二周); 「本通知自发布之日起实施。」; an 附件 list 1.–3. (the "
           "third, 工作任务分解表, not stored)",
     leaf_tasks=10, count_alternatives=[11],
     leaf_tasks_by_section={"二": 2, "三": 4, "四": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体目标"],
     samples=[
        P(["二", "（一）"], note="「各新城相关部门另行发文明确」: bodies in a sentence; 「沪建建管〔2017〕326号」 a document "
          "number; " + NODATE),
        P(["二", "（二）"], note="「“五个新城”宜…制定试点方案，开展局部试点」: no unit; 「五个新城」 names the new towns; " + NODATE),
        P(["三", "（一）"], note="rules for the projects (no unit); " + NODATE),
        P(["三", "（三）"], note="建设单位 (the regulated party) in sentences; 「T/SHGBC 005-2022」 a standard number; " + NODATE),
        P(["三", "（四）"], note="「经上海市住房和城乡建设管理委员会…组织评审通过后，由各新城落实费用、明确责任部门」: bodies in a "
          "sentence; " + NODATE),
        P(["四", "（一）"], note="规划自然资源部门 / 建设行政管理部门 in sentences; " + NODATE),
        P(["四", "（二）"], note="建设行政管理部门 / 规划自然资源部门 in sentences; " + NODATE),
        S(["四", "（四）"], ["建设行政管理部门"], ["建设行政管理部门", "相关部门"], lead_alternatives=[[]], targets=[(20, "%")], skip_deadline=True,
          note="round 29, CONVENTIONS.md rule 2 and 3: 「建设行政管理部门应当会同相关部门，对建设单位BIM应用情况进行抽查」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B; 「抽查工作由各新城所在区的建设行政管理部门组织开展」 names A again; 建设单位 is the one checked (its 应当整改 a rule on it), 市住房城乡建设管理委 receives the filing, 市建筑建材业市场管理总站 acts on its behalf with 做好 (no verb of rule 2) (was lead [], responsible []); the earlier reading: " + "「建设行政管理部门应当会同相关部门…进行抽查，年度抽查项目不少于应当应用项目的20%」: " + GOAL + "; 「在每年三月第二周"
               "形成抽查计划、每年十月第二周形成抽查总结，并报市住房城乡建设管理委备案」 two yearly filings (duties) — the item's own "
               "deadline is a yearly rhythm, not checked; 市建筑建材业市场管理总站 in a sentence"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各新城所在区的建设行政管理部门形成抽查计划，报市住房城乡建设管理委备案",
              "when": "每年三月第二周", "when_norm": "yearly (second week of March)"},
             {"what": "各新城所在区的建设行政管理部门形成抽查总结，报市住房城乡建设管理委备案",
              "when": "每年十月第二周", "when_norm": "yearly (second week of October)"}],
     notes=["counting: 一、总体目标 a section (a paragraph); 二、 （一）（二） 2 + 三、 （一）–（四） 4 + 四、 （一）–（四） 4 → 10 (四、's "
            "opening paragraph belongs to the section); 11 (一、 read as a task) accepted",
            "samples: 8 of the 10",
            "units: none labelled; 各新城所在区政府, 各区新城办, 规划自然资源部门, 建设行政管理部门, 建设单位 act in sentences; the "
            "附件3 工作任务分解表 that may assign units is not in the stored text",
            "targets: 20% (the yearly sampling rate)",
            "dates: no calendar deadline; the two yearly filings give rhythms (duties); entry into force is no deadline",
            "duties: the yearly sampling plan (second week of March) and summary (second week of October), filed with "
            "市住房城乡建设管理委"])

# round 29: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 29)
align29("x63_03", ["2.2 专家机构"], [], ["市修缮中心", "市安监所"], "「市修缮中心、市安监所负责组建修缮工程、房屋拆除工程专家库」: the subjects of 负责, in order, no lead")
align29("x63_03", ["6.2 预案备案"], [], ["市房管局"], "「市房管局负责将本预案报市住建委备案」: the subject of 负责 is responsible, no lead (A alone accepted as lead); 市住建委 and 市房管局 receive filings (rule 3)", alt=[["市房管局"]], rule="2 and 3")
# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x63_01", ["7.1 演练培训"], [], ["各区住房保障房屋管理局", "相关单位"],
        "「各区住房保障房屋管理局和相关单位应组织开展应急工作方案的培训」: the subjects of 组织开展 are responsible, in order, no lead")
align30("x63_02", ["三", "（三）"], [], ["各瓶装液化气经营企业", "各区管理部门"],
        "「各瓶装液化气经营企业要…按所在区、所在街镇落实配送人员…做好相邻非活跃用户的信息核实…当场回收妥善处置」 and 「各区管理部门要落实街镇积极动员居委、物业…」: the subjects of 落实, in order, no lead (the firms do the item's own work, the clearance of the cylinders); 「报居委、物业」 receivers (rule 3)", rule="2 and 3")
align30("x63_04", ["二", "（一）"], [], ["各新城相关部门"],
        "「增加的范围和要求由各新城相关部门另行发文明确」: the agent of 由 with a verb of doing is responsible, no lead (A alone accepted as lead)", alt=[["各新城相关部门"]])
align30("x63_04", ["三", "（三）"], [], ["建设单位"],
        "「新城区域建设工程BIM技术应用宜由建设单位组织实施」「BIM相关费用由建设单位…落实」: the agent of 由 with 组织实施 (the builder does the item's own work, BIM on its project) is responsible, no lead (A alone accepted as lead); the consultants it may 委托 only 协助", alt=[["建设单位"]])
align30("x63_04", ["三", "（四）"], [], ["各新城"],
        "「试点实施区域级BIM技术应用的，应制定试点方案，经…市住房城乡建设管理委…组织评审通过后，由各新城落实费用、明确责任部门，开展试点实施工作」: the item's whole work is the pilot it opens with (round-30 clarification: such an item takes A), the agent of 由 with 落实 is responsible, no lead (A alone accepted as lead); 「经A组织评审通过」 an approver (rule 3)", alt=[["各新城"]], rule="2 and 3")
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x63_02', None, 'a regulated party\'s filing is no duty', '「各瓶装液化气经营企业…将活跃用户信息书面报送市、区两级燃气管理部门」: the regulated gas firms report to the regulators', drop_duties=['各瓶装液化气'])
# round 33 (p33u): answers aligned to tests/data/CONVENTIONS.md "Round 33 rulings", read at the item (README, round 33)
from expected_tools import align33_units  # noqa: E402

align33_units('x63_01', ['7.1 演练培训'], [], ['各区住房保障房屋管理局'],
              'no kind, no doer: 有关单位／相关单位／各单位 are general calls — 「各区住房保障房屋管理局和相关单位应组织开展…培训」: the bureaus, the subject of 组织; 相关单位 a general call', alt=[['各区住房保障房屋管理局']])  # noqa: E501

# round 39 (p39g2): rule 4 as written (CONVENTIONS.md rule 4, closed round 39), read at the items
from expected_tools import align39_units  # noqa: E402

_R4 = ("rule 4 lead-in (CONVENTIONS.md rule 4 as written, closed round 39): 三、's opening paragraph 「各瓶装液化气经营企业要"
       "有序做好…，组织本企业安全生产、配送销售、热线客服等部门集中开展用户基础信息排查」 (A组织, rule 2) names the doer of the "
       "section's work; the item names no doer of its own by rule 2 (「要将…报送」「应当暂停…」 are none of its forms): responsible "
       "各瓶装液化气经营企业 (one kind, as printed), lead [] (the single body accepted)")
for _path in (['三', '（一）'], ['三', '（二）'], ['三', '（四）'], ['三', '（五）']):
    align39_units('x63_02', _path, [], ['各瓶装液化气经营企业'], _R4, alt=[['各瓶装液化气经营企业']])


# Round 58 (rul79): aligned to tests/data/CONVENTIONS.md "Round 78 rulings" (p58b-3 / p58a-1, governs), the samples it
# named and left for a later alignment, read at their words (README, round 58)
from aligned_rulings import align78  # noqa: E402

_G78 = ("Tasks and counts, governs: rounds 30, 35, 56, 60's x36_02, 66's x81_04 and 72 over the every-leaf samples; "
        "the old counts stay accepted")
align78("x63_01", ["7.3.1 方案解释"], "「7.3.1 方案解释 本方案由市房屋管理局工作组办公室负责解释。」 and 「7.3.2 方案实施 本方案自印发之日起实施。」: interpretation and entry into force, general provisions (round 30; Round 74's x297_04 五、), no tasks and no sample on them", _G78, drop=True,
        counts={"leaf_tasks": 24, "count_alternatives": [26, 30, 32, 28],
                "leaf_tasks_by_section": {"2": 7, "3": 6, "4": 9, "7": 2}})
align78("x63_03", ["6.7 预案实施"], "「6.6 预案解释 本预案由市房管局负责解释。」 and 「6.7 预案实施 本预案自印发之日起实施，有效期为5年。」: interpretation and entry into force, general provisions (round 30; Round 74's x297_04 五、), no tasks and no sample on them", _G78, drop=True,
        counts={"leaf_tasks": 37, "count_alternatives": [39, 31, 46, 44],
                "leaf_tasks_by_section": {"2": 18, "3": 8, "4": 4, "5": 2, "6": 5}})

# round 66 (rul94): answers aligned to tests/data/CONVENTIONS.md "Round 94 rulings" (turned; the old answer accepted)
from aligned_rulings import ORGANISE94, align94  # noqa: E402

align94("x63_04", ["三", "（四）"], "「…应制定试点方案，经上海市住房和城乡建设管理委员会（以下简称“市住房城乡建设管理委”）组织评审通过后，由各新城落实费用、明确责任部门，开展试点实施工作」: 经A组织评审通过后 names A (Round 92's form), 由A＋落实 names 各新城 (rule 2); the full name as printed, its 以下简称 dropped (round 43; Round 91's x339_01), the short name accepted in its place; the two in printed order, no 牵头",
        ORGANISE94, lead=[], resp=["上海市住房和城乡建设管理委员会", "各新城"], alt=[["各新城"]],
        resp_alt=[["市住房城乡建设管理委", "各新城"], ["各新城"]])

write_collected(DIR)
