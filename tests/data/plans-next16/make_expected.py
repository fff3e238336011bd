# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next16/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 15 (built by corpusU): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, by its
``row_in_table_in`` for the task tables headed 「附件1」 / 「附件3」 of v07 and v08, and by ``own_line`` below for v04's
items whose number stands alone on its line); every answer was written here by reading the texts. Neither the parser
nor the scorer was run on this set by its builder: the lead scores it first.

    python tests/data/plans-next16/make_expected.py tests/data/plans-next16
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    SHANGHAI_COMMIT,
    SHANGHAI_REPO,
    STORED_WHOLE,
    S,
    plan,
    prose_and_listed,
    row_in_table_in,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO, C49, WHOLE, PROSE = SHANGHAI_REPO, SHANGHAI_COMMIT, STORED_WHOLE, PROSE_ACTORS
HEAD = "the item's heading names the unit(s) it gives work to (unit as heading): a responsible list, no lead named"
BRACKET = ("units in a bracket at the item's end 「(A、B、…)」 / 「（A、B、…）」 (ASCII or full-width, once mixed 「（…)」): a "
           "responsible list, no lead named; split on 、; the groups 相关沿海街镇 and 各岸段使用或管理单位 kept as printed")
ROW = ("a row of the attached task table (「完成时间 | 责任部门（单位） | 配合部门（单位）」, one cell a line): responsible = the "
       "责任 cell and the 配合 cell; no lead is named (lead = []), the 责任 cell as lead is accepted (set against the 配合 "
       "cell, as plans-next2's 「（责任单位：A，配合单位：B）」)")


def src(topic, path, url, chars):
    return f"{REPO} @ {C49}, docs/{topic}/{path} (official page {url}) — {WHOLE} ({chars})"


P, U = prose_and_listed(PROSE)


def R(file, heading, n, main, coop, dl=None, dln=None, note="", **kw):
    """Row n of a task table after the line ``heading``: 责任 cell ``main``, 配合 cell ``coop``."""
    where = row_in_table_in(DIR, file, heading, n)
    return S(["附件", str(n)], [], [*main, *coop], (), dl, dln, lead_alternatives=[list(main)],
             note=(note + "; " if note else "") + ROW, **where, **kw)


def own_line(file, marker, nth=1):
    """Line of the nth line that is only ``marker`` (a number standing alone, its text on the next line) and the
    first eight characters of the next non-empty line."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    seen = 0
    for i, line in enumerate(lines):
        if line.strip() == marker:
            seen += 1
            if seen == nth:
                j = i + 1
                while not lines[j].strip():
                    j += 1
                return {"line": i + 1, "title_starts": lines[j].strip()[:8]}
    raise ValueError(marker)


# ---------------------------------------------------------------------------------------------------------
V01 = "v01_shanghai-guiziju-2024-duibiao-gaige-yiliu-yingshang-huanjing-shishi-fangan.txt"

plan(V01,
     title="坚持对标改革 持续打造规划资源领域一流营商环境实施方案（关于印发《坚持对标改革 持续打造规划资源领域一流营商环境实施方案》的通知）",
     title_note="the plan's title after the cover (a space between its two halves), or the notice title: either is accepted",
     doc_no="沪规划资源建〔2024〕94号 (from the index; the stored text prints no number)", issuer="上海市规划和自然资源局",
     date="2024-03-27", level="city bureau (Shanghai, 市规划资源局)",
     source=src("规划与土地", "关于印发《坚持对标改革 持续打造规划资源领域一流营商环境实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=e237eae8fb924db29a939a3a9d4e56f7&siteId=0032", 7573),
     style="city bureau's implementation plan: cover (addressees end with an ASCII colon), then 一、总体要求 （一）指导思想 "
           "（二）工作目标 (three 「X更加Y。」 paragraphs); 二、–六、 with items 1.–30. numbered on across 二、（一）–（三）, "
           "三、（一）–（三）, 四、（一）（二）, 五、 and 六、 (no （一） in 五、 and 六、), each 「N.heading。text」; item 12 has a "
           "second unnamed paragraph; 七、组织保障 three unnumbered 「heading。text」 paragraphs; actors (各区, 市级行业主管部门, "
           "规划资源部门, 临港新片区, 各评估相关行政审批部门) in sentences only; almost no dates or figures",
     leaf_tasks=32, count_alternatives=[30], attachment_task_rows=0, childless_top_level_sections=["七、组织保障"],
     samples=[
        P(["一", "（二）"], note="工作目标: three goals without figures or dates (浦东新区、临港新片区、东方枢纽国际商务合作区 先行先试 are places); " + NODATE),
        P(["二", "（一）", "1"], note="「（M0）」 is a land-use code, not a number to read; " + NODATE),
        P(["二", "（一）", "2"], note="「由各区按照实施深化管理要求和程序执行」: 各区 act in a sentence; " + NODATE),
        P(["二", "（一）", "6"], note="「续用期限一般不超过两年」 is a rule for land use (not a deadline, nothing checked as a target); " + NODATE),
        P(["三", "（一）", "12"],
          note="the item runs over two paragraphs (the second 「加强部门合作，提升服务协同性。…」 has no number): both are item 12's; " + NODATE),
        P(["三", "（三）", "16"], note="「实现“一分钟内首次响应”」 is a service slogan in quotes (neither checked as target nor as not-target); " + NODATE),
        P(["四", "（一）", "21"],
          note="「在做出准予行政许可决定20个工作日内」 is a relative limit of every permit (no anchor date): no deadline; 20个工作日 not checked"),
        P(["五", "25"], not_targets=[(50, "米"), (200, "米")],
          note="「外环内主路不超过50米、支路不超过200米且不跨路的项目」 say which projects (thresholds, not targets); the numbers run on "
               "(五、 has no （一）); " + NODATE),
        P(["六", "28"], note="支持临港新片区…; 各评估相关行政审批部门 act in a sentence; " + NODATE),
        P(["六", "30"], note=NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting by the rule: 一、 （一）（二） 2 (leaves: no numbered children), 二、–六、 1.–30. 30 → 32; 30 accepted (the "
            "numbered tasks only, 一、 read as requirements); 七、组织保障 is three unnumbered paragraphs: a section",
            "no item names a unit as a label: every sample expects lead = [] and responsible = []",
            "七、 「按计划逐项落实…2024年对标改革工作台账等任务」 and 「年度业务综合考评」 are no dated duties",
            "the same office's 2023 plan on the same subject is v02 (a yearly template, other wording and layout)"])

# ---------------------------------------------------------------------------------------------------------
V02 = "v02_shanghai-guiziju-2023-jicheng-chuangxin-youhua-yingshang-huanjing-shishi-fangan.txt"

plan(V02,
     title="上海市加强规划资源集成创新持续优化营商环境实施方案（关于印发《上海市加强规划资源集成创新持续优化营商环境实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪规划资源建〔2023〕79号 (from the index; the stored text prints no number)", issuer="上海市规划和自然资源局",
     date="2023-03-02", level="city bureau (Shanghai, 市规划资源局)",
     source=src("规划与土地", "关于印发《上海市加强规划资源集成创新持续优化营商环境实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=b6bade321c4540cfb7d82858b427dd5b&siteId=0032", 5450),
     style="city bureau's implementation plan: cover (ASCII colon after the addressees), 一、总体要求 (two paragraphs); "
           "二、 （一）–（五） heading lines, each followed by unnumbered 「heading。text」 paragraphs (3, 1 + 7, 5, 2, 3); 三、工作保障 "
           "（一）–（五） heading lines with one or two paragraphs; no unit labels, no dates; 「90 分钟」 with a space",
     leaf_tasks=10, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=["一、总体要求"],
     samples=[
        P(["二", "（一）"], note="three unnumbered paragraphs (持续加强制度建设。/ 继续严格落实公平竞争审查机制。/ 继续做好…) inside the item; " + NODATE),
        P(["二", "（三）"],
          note="「各区政府、相关管委会、五个新城等实施主体进一步推进区域评估，在城市规划确定后、土地出让前完成」: actors in a sentence, "
               "the time a step of every project (no date); " + NODATE),
        P(["二", "（四）"], note="「企业间不动产转移登记一个环节、90 分钟、当场缴税、当场办结」 is a service standard (90 分钟 neither checked as target nor as not-target); " + NODATE),
        P(["二", "（五）"], not_targets=[(50, "米")],
          note="「外环内不超过50米且不跨路的项目」 says which projects (a threshold); " + NODATE),
        P(["三", "（一）"], note="市、区规划资源部门 act in a sentence; 「定期研究协调、定期调度推进」 (see duties); " + NODATE),
        P(["三", "（二）"], note="two paragraphs; 《上海市实施〈中华人民共和国土地管理法〉办法》 is a title; " + NODATE),
        P(["三", "（四）"], note=NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "建立定期研究协调、定期调度推进、上下联动“市区一体”的工作机制", "when": "定期", "when_norm": None}],
     notes=["counting: 二、 （一）–（五） 5 + 三、 （一）–（五） 5 = 10 (the numbered items are the leaves; their unnumbered "
            "「heading。text」 paragraphs are their text); 5 accepted (二、 only, 三、 read as guarantees). A reader who takes every "
            "unnumbered heading paragraph as a task finds 27 (not accepted: the document does not number them)",
            "no unit labels and no dates anywhere; the cover is signed 2023年3月2日 (the index dates it 2023-03-03)",
            "the same office's 2024 plan on the same subject is v01"])

# ---------------------------------------------------------------------------------------------------------
V03 = "v03_chongming-2020-weifa-yongdi-zonghe-zhengzhi-xingdong-shishi-fangan.txt"
LOAD = "the caseload the item gives (件 and 亩 of illegal land to deal with in 2020) is read as the item's targets"

plan(V03,
     title="崇明区2020年违法用地综合整治行动实施方案（上海市崇明区人民政府关于印发崇明区2020年违法用地综合整治行动实施方案的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪崇府发〔2020〕10号 (from the index; the stored text prints no number)", issuer="上海市崇明区人民政府",
     date="2020-04-24", level="district (Shanghai Chongming)",
     source=src("规划与土地", "上海市崇明区人民政府关于印发崇明区2020年违法用地综合整治行动实施方案的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=bf0b0bb6-decf-4a92-8ed7-d6f197e496de&siteId=0085", 2803),
     style="district yearly plan (no signature name, only the date under the cover): 一、总体目标 (a paragraph); 二、整治内容 "
           "（一）1.–4. and （二）1.–3. 「N.kind：caseload」 (件, 亩 with decimals); 三、整治要求 （一）–（四） 「（N）kind：text」 with "
           "dates 于2020年10月30日前 / 于2020年6月20日前 / 年内; 四、保障措施 （一）–（三） heading lines with a paragraph (monthly and "
           "quarterly reports on the 20th); an unnumbered closing paragraph",
     leaf_tasks=14, count_alternatives=[7, 11], attachment_task_rows=0, childless_top_level_sections=["一、总体目标"],
     samples=[
        P(["二", "（一）", "1"], [(1534, "件"), (2489.71, "亩")],
          note=LOAD + "; 第三次全国国土调查 is a name; " + NODATE),
        P(["二", "（一）", "2"], [(4, "件"), (2422.62, "亩")],
          note=LOAD + "; 「2019年国家自然资源督察发现」 says when the cases were found (not a deadline); " + NODATE),
        P(["二", "（一）", "4"],
          note="「各乡镇人民政府、各相关部门要…补充上报并列入2020年度整治计划」: actors in a sentence; 2020年度 names the year's plan; " + NODATE),
        P(["二", "（二）", "1"], [(13, "件"), (33.01, "亩")], note=LOAD + "; " + NODATE),
        P(["二", "（二）", "3"], [(71, "件"), (137.44, "亩")], note=LOAD + "; " + NODATE),
        P(["三", "（一）"], dl="于2020年10月30日前", dln="2020-10-30",
          note="「由乡镇人民政府拟定整治方案，经区农业农村委、区规划资源局共同核定」: the actors in a sentence; 自然资规〔2019〕4号 and "
               "沪农委〔2019〕343号 are document numbers"),
        P(["三", "（三）"], dl="于2020年6月20日前", dln="2020-06-20",
          note="「符合国土空间规划、计划补办手续的项目，于2020年6月20日前征询区发展改革委、区经委等部门意见」: the only date of the item "
               "(for the projects to be legalised); the bureaus are asked in a sentence"),
        P(["三", "（四）"], dl="年内", dln="2020",
          note="「年内抓紧完成用地手续的补办」: the plan's year (2020); 「各区要…」 (the source's 各区 in a district plan) and 区农业农村委 in sentences"),
        P(["四", "（一）"], note="「各属地乡镇、单位于每月20日前报送月度工作统计表，每季度最后一月20日前报送季度工作情况报告」 are recurring "
                                "reports (see duties), not the item's deadline; 「2020年是…收官之年」 names the year: no deadline"),
        P(["四", "（三）"], note="区规划资源局 acts in a sentence; 「月度统计分析通报」 (see duties); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各属地乡镇、单位报送月度工作统计表", "when": "每月20日前", "when_norm": "monthly (by the 20th)"},
             {"what": "各属地乡镇、单位报送季度工作情况报告", "when": "每季度最后一月20日前", "when_norm": "quarterly (by the 20th of the quarter's last month)"},
             {"what": "区规划资源局落实月度统计分析通报、排名制度，及时报告区政府并抄送各乡镇人民政府及各相关部门", "when": "每月（月度）",
              "when_norm": "monthly"}],
     notes=["counting: 二、 （一）1.–4. 4 + （二）1.–3. 3, 三、 （一）–（四） 4, 四、 （一）–（三） 3 = 14. Accepted: 7 (三、 and 四、: "
            "二、 read as the list of cases, not tasks), 11 (二、 and 三、)",
            "no unit labels: units (乡镇人民政府, 区农业农村委, 区规划资源局, 区发展改革委, 区经委 …) act in sentences",
            "targets: 二、's caseloads (1534件、2489.71亩 …); 二/（一）/3 says 「具体以正式上报部卫片执法数据为准」 (no figure)",
            "沪崇府办发〔2018〕18号, 沪规划资源执〔2020〕70号 are document numbers; 「十三五」 a name"])

# ---------------------------------------------------------------------------------------------------------
V04 = "v04_jiading-2014-weifa-yongdi-zhuanxiang-zhili-xingdong-shishi-fangan.txt"

plan(V04,
     title="嘉定区2014年违法用地专项治理行动实施方案（上海市嘉定区人民政府关于印发《嘉定区2014年违法用地专项治理行动实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="嘉府发〔2014〕43号 (from the index; the stored text prints no number)", issuer="上海市嘉定区人民政府",
     date="2014-08-26", level="district (Shanghai Jiading)",
     source=src("规划与土地", "上海市嘉定区人民政府关于印发《嘉定区2014年违法用地专项治理行动实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_10369&siteId=0080", 3761),
     style="district campaign plan: the cover's date broken over two lines (「2014」 / 「年8月26日」); 二、总体目标 （一）–（三） "
           "「（N）heading。text」; 三、 （一）治理范围 with an unnumbered 「一是…;」 list (half-width ;), （二）工作要求 with 「一是…五是」 "
           "paragraphs and, under 三是, 「1.」 / 「2.」 standing alone on their lines; 四、行动步骤 three dated stages "
           "「（一）准备阶段（2014年5月1日—6月30日）」, dates broken over lines (「2014」 / 「年11月15日」 / 「前，…」); 五、保障措施 "
           "（一）–（四）; a monthly report",
     leaf_tasks=13, count_alternatives=[10, 12], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        P(["二", "（一）"], note="a goal: 「零增长」, 「发现一宗、消除一宗」 are slogans, no figure; " + NODATE),
        P(["三", "（一）"], not_targets=[(5, "亩")],
          note="「非法占用基本农田5亩以上的违法用地项目」 says which cases (a threshold); 「2014年1月以来」, 「2011年6月1日…实施以来」 "
               "are starts; 104区块、195和198区域 are names of zones; " + NODATE),
        S(["三", "（二）", "1"], [], [],
          note="「1.」 stands alone on its line, the text on the next (the item's first words are there); a case under 三是; "
               "「在专项治理行动确定的整改期限届满前」 names no date: no deadline; " + PROSE,
          **own_line(V04, "1.")),
        S(["三", "（二）", "2"], [], [],
          note="「2.」 alone on its line; 区规土局和农委 / 区政府 in sentences; " + NODATE + "; " + PROSE,
          **own_line(V04, "2.")),
        P(["四", "（一）"], skip_deadline=True,
          note="准备阶段（2014年5月1日—6月30日）: a stage (see phases); its three paragraphs have no date of their own, whether the stage's "
               "end is the item's deadline is a reading (not checked)"),
        P(["四", "（二）"], dl="2014年11月15日前", dln="2014-11-15",
          note="「2014」 / 「年11月15日」 / 「前，各街镇（管委会）完成…」: the date is broken over three lines; the monthly report on the "
               "20th (see duties) is a rhythm, not the deadline"),
        P(["四", "（三）"], dl="2014年11月30日前", dln="2014-11-30",
          note="「2014」 / 「年11月30日」 / 「前，由区规土局会同有关部门组织验收」: broken over lines; 区规土局 acts in a sentence"),
        P(["五", "（一）"], note="「确定1-2个街镇（管委会）…作为重点区域」 is how many to choose (a range; neither checked as target nor as not-target); " + NODATE),
        P(["五", "（二）"], note="区规土局, 各街镇（管委会） act in sentences; 「“2014年违法用地专项治理行动”专栏」 is a name; " + NODATE),
        P(["五", "（四）"], targets=[(50, "%")],
          note="「合计整改率在50%以下的街镇（管委会），不予通过验收」: a threshold for failing (round 30: CONVENTIONS.md thresholds — 「50%以下的」, a target); 2015年度 names the next "
               "year's quota; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "准备阶段", "start": "2014-05", "end": "2014-06"},
             {"name": "整改阶段", "start": "2014-07", "end": "2014-11"},
             {"name": "验收阶段", "start": "2014-11", "end": "2014-11"}],
     duties=[{"what": "各街镇（管委会）向区专项治理领导小组办公室报告专项治理进展情况", "when": "在整改过程中，每月20日之前",
              "when_norm": "monthly (by the 20th)"},
             {"what": "以街镇（管委会）名义将专项治理落实情况报区专项治理行动领导小组办公室", "when": "2014年11月15日前",
              "when_norm": "2014-11-15"},
             {"what": "区规土局会同各街镇（管委会）对专项治理行动开展情况进行总结，形成专报，报区政府和市违法用地专项治理工作领导小组",
              "when": "验收阶段（2014年11月30日前）", "when_norm": "2014-11"}],
     notes=["counting by the rule: 二、 （一）–（三） 3; 三、 （一） 1 and （二）'s 1.、2. 2 (（二） has numbered children); 四、 （一）–（三） 3; "
            "五、 （一）–（四） 4 → 13. Accepted: 10 (without 二、's goals), 12 (三、（二） read as one item, its 1./2. as cases of 三是)",
            "三、（二） (not a leaf) holds the plan's main dates: 2014年11月15日之前 (新增 and key 存量 cases), 2016年12月31日之前 (other 存量)",
            "phases: 四、's three stages with their dates; the year is written in each",
            "沪规土资综〔2011〕305号 (and 「[2011]」 with ASCII brackets) are document numbers; no unit labels anywhere"])

# ---------------------------------------------------------------------------------------------------------
V05 = "v05_chongmingxian-2013-weifa-yongdi-weifa-jianzhu-chaijiu-zhixin-shishi-fangan.txt"

plan(V05,
     title="关于进一步加大整治违法用地和违法建筑力度持续推进拆旧止新工作实施方案（崇明县人民政府印发关于进一步加大整治违法用地和违法建筑力度持续推进拆旧止新工作实施方案的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="崇府发〔2013〕20号 (from the index; the stored text prints no number)", issuer="崇明县人民政府",
     date="2013-02-21", level="county (Shanghai Chongming county, now 崇明区)",
     source=src("规划与土地", "崇明县人民政府印发关于进一步加大整治违法用地和违法建筑力度持续推进拆旧止新工作实施方案的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=98e09ca7-e517-4258-a366-9c59da99fab7&siteId=0085", 4173),
     style="county plan: cover dated 2013年2月21日 (the index has no date); 二、工作内容和时间要求 （一）（二） each with 1.、2. "
           "「N.heading。text」; 三、工作要求 and 五、责任追究 （一）–（四）/（六） 「（N）heading。text」 or one sentence; 四、考核办法 "
           "（一）–（四） with deductions (扣1分, 30万元, 80万、50万、30万元); half-width commas in 二/（一）/1; no unit labels",
     leaf_tasks=18, count_alternatives=[4, 8, 12], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        P(["二", "（一）", "1"], note="「对2010年1月1日以来产生的…新生违法建筑」 says which buildings (a start, not a deadline); " + NODATE),
        P(["二", "（一）", "2"],
          note="「在规定日期之前完成原定计划拆除量」 names no date and 「在三年内逐步予以消除」 has no anchor: no deadline; 县拆违办, 各乡镇 in sentences"),
        P(["二", "（二）", "1"], note="「（各乡镇任务清单之前已下发）」 is a remark, not a unit list; " + NODATE),
        P(["二", "（二）", "2"], note="「止新工作从2013年1月1日开始」 is a start: no deadline"),
        P(["三", "（一）"],
          note="各乡镇, 县规土、房管、城管部门, 县农委、经委… and 县监察局、政研室… act in sentences (the plan's roles in prose); " + NODATE),
        P(["三", "（三）"], skip_deadline=True,
          note="「排出2013至2015年减量计划」: a plan for three years to be drawn up (when it is due is not said; not checked)"),
        P(["四", "（一）"], note="「由县监察局、政研室、县规划土地局、住房保障房屋管理局、城管执法局组成联合考评工作小组」: the group's members in a sentence (prose); " + NODATE),
        P(["四", "（二）"], not_targets=[(30, "万元")],
          note="「每宗扣1分」, 「每宗扣除30万元」 are deductions of an assessment (not targets); " + NODATE),
        P(["五", "（一）"], note="新城公司、东滩公司… are named as those held responsible in a sentence; " + NODATE),
        P(["五", "（五）"], targets=[(5, "亩"), (10, "亩")],
          note="「累计达到5亩及其以上」, 「10亩及其以上」 are thresholds of sanctions (round 30: CONVENTIONS.md thresholds — 「达到5亩及其以上的」, "
               "「10亩及其以上的」: targets); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "乡镇充分运用大联动网格巡查力量，对违法用地和违法建筑及时发现、及时劝止、及时上报", "when": "及时", "when_norm": None},
             {"what": "联合考评工作小组对各乡镇和相关单位的违法用地和违法建筑拆旧止新工作进行考核验收，汇总并上报考核结果",
              "when": "季度与年度考核", "when_norm": "quarterly and yearly"}],
     notes=["counting: 二、 （一）1.2. + （二）1.2. = 4; 三、 4; 四、 4; 五、 6 → 18. Accepted: 4 (二、 only, the work), 8 (二、 and 三、), "
            "12 (without 五、's sanctions)",
            "no unit labels: the plan's roles (乡镇 as 责任主体, county bureaus supporting, 县监察局 assessing) are all in prose",
            "四、's deductions (1分, 2分, 30万元, 80万/50万/30万元) and 五、's 5亩/10亩 are rules of assessment and sanction, not targets"])

# ---------------------------------------------------------------------------------------------------------
V06 = "v06_huangpu-2025-paishui-guanli-tizhi-gaige-shishi-fangan.txt"
WIN = ("the step is stamped with a window 「（2025年X月—2025年Y月）」: the window's end is the step's deadline (month; a "
       "date inside the text that falls in the same month is the same answer)")

plan(V06,
     title="黄浦区排水管理体制改革实施方案（黄浦区人民政府关于印发《黄浦区排水管理体制改革实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="黄府发〔2025〕9号 (from the index; the stored text prints no number)", issuer="上海市黄浦区人民政府",
     date="2025-09-15", level="district (Shanghai Huangpu)",
     source=src("市政与基础设施", "黄浦区人民政府关于印发《黄浦区排水管理体制改革实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=7cd7fc5e-3707-4b8e-8da3-ff9bfbc93eaf&siteId=0071", 4763),
     style="district implementation plan of the city's 排水管理体制改革 template (v07, v08 are two other districts'): 一、改革目标 "
           "with a flattened indicator table (指标名称 | 预期目标 | 指标类型; 95%, 30/60分钟); 二、改革任务 （一）, （二）1.–4. stamped "
           "「（2025年1月—2025年6月）」, （三）1.–4., （四）1.–4., （五）; 三、职责分工 （一）–（五） 「（N）unit(s)。负责…」; 四、组织架构 "
           "(a working group with personal names); a 附件 list of facilities (not tasks)",
     leaf_tasks=19, count_alternatives=[14], attachment_task_rows=0,
     childless_top_level_sections=["一、改革目标", "四、组织架构"],
     samples=[
        P(["二", "（一）"], dl="于2025年6月底前", dln="2025-06",
          note="「由区建管委（区水务局）编制…，于2025年6月底前报送市水务局进行专家评审」: the bureau in a sentence; the submission is "
               "also a duty"),
        P(["二", "（二）", "1"], dl="2025年1月—2025年6月", dln="2025-06", note=WIN),
        P(["二", "（二）", "2"], dl="2025年6月—2025年9月", dln="2025-09", note=WIN + "; 「由上海城投集团开展…」 in a sentence"),
        P(["二", "（二）", "3"], dl="12月底前", dln="2025-12",
          other_deadlines=[{"deadline": "10月底", "deadline_norm": "2025-10"}],
          note=WIN + " (2025年10月—2025年12月); in the text 「10月底完成意愿征询，12月底前由区政府与上海城投集团签订…协议」 (the "
                     "window's year)"),
        P(["二", "（二）", "4"], dl="2025年12月底前", dln="2025-12",
          note=WIN + "; the item has a second unnumbered paragraph (2025预算年度内…, a budget year, no deadline); 「试运行一年后」 is relative"),
        P(["二", "（三）", "1"], dl="2026年汛期前", dln="2026",
          note="「由区建管委、区防汛办在2026年汛期前完成…预案的修订」 (the flood season has no date in the text: the year is the answer); "
               "units in sentences"),
        P(["二", "（三）", "3"], dl="2026年底", dln="2026-12",
          other_deadlines=[{"deadline": "2025年6月底前", "deadline_norm": "2025-06"}],
          note="two dated steps, the last 「2026年底，全面完成…」; 区建管委（区水务局）, 上海城投集团 in sentences"),
        P(["二", "（四）", "1"], dl="2025年5月底", dln="2025-05",
          note="「2025年5月底完成…成本绩效分析，由区建管委（区水务局）会同区财政局审核后上报市水务局」 (also a duty)"),
        P(["二", "（四）", "2"], note="「2026年起…开展…绩效考核」 is a start: no deadline"),
        U(["三", "（一）"], ["区建管委（区水务局）"], note=HEAD + "; " + NODATE),
        U(["三", "（二）"], ["区财政局"], note=HEAD + "; " + NODATE),
        U(["三", "（四）"], ["区商务委", "区城管执法局", "外滩投资集团"],
          note=HEAD + " (three units); 南京路步行街、外滩风景区、圆明园路 are places; " + NODATE),
        U(["三", "（五）"], ["上海城投集团"], note=HEAD + "; 「12345热线」 is a hotline's name; " + NODATE),
     ],
     plan_targets=[{"number": 95, "unit": "%"}], phases=[],
     duties=[{"what": "区建管委（区水务局）编制黄浦区排水管理体制改革实施方案，报送市水务局进行专家评审", "when": "于2025年6月底前",
              "when_norm": "2025-06"},
             {"what": "黄浦区公共排水设施运维成本绩效分析，由区建管委（区水务局）会同区财政局审核后上报市水务局", "when": "2025年5月底",
              "when_norm": "2025-05"}],
     notes=["counting: 二、 （一） 1 + （二）1.–4. 4 + （三）1.–4. 4 + （四）1.–4. 4 + （五） 1 = 14; 三、职责分工 （一）–（五） 5 → 19; "
            "14 accepted (二、 only, 三、 read as roles)",
            "一、改革目标's table: 管道养护抽查合格率 「95%（含）以上」 is the plan's target (plan target); 「不超过管径10%为合格」 defines "
            "a pass, 30分钟 / 60分钟 are response limits (not checked)",
            "the windows of 二、（二）1.–4. stamp steps of one transfer (3. and 4. share 2025年10月—12月): read as the steps' "
            "deadlines, not as phases of the plan (no phases checked)",
            "the 附件 (移交清单: 430.549公里, 2座 …) lists facilities, not tasks; the working group's names (王滨, 高浩中, 刘波, 吴 昊) "
            "are people, not units"])

# ---------------------------------------------------------------------------------------------------------
V07 = "v07_jingan-2025-paishui-guanli-tizhi-gaige-shishi-fangan.txt"


def J(n, main, coop, dl=None, dln=None, note="", **kw):
    return R(V07, "附件3", n, main, coop, dl, dln, note, **kw)


JA = "区建设管理委（区水务局）"
CT = "上海城投集团"

plan(V07,
     title="静安区排水管理体制改革实施方案（上海市静安区人民政府关于批转区水务局《静安区排水管理体制改革实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="静府发〔2025〕6号 (from the index; the stored text prints no number)", issuer="上海市静安区人民政府 (批转区水务局's plan)",
     date="2025-09-13", level="district (Shanghai Jing'an; a district bureau's plan forwarded by the district government)",
     source=src("市政与基础设施", "上海市静安区人民政府关于批转区水务局《静安区排水管理体制改革实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=085ee8ec-b597-4af4-b344-6780677f5295&siteId=0072", 6993),
     style="district implementation plan (the 排水管理体制改革 template, as v06 and v08): 一、基本情况 and 二、改革目标 (flattened "
           "indicator table); 三、改革任务 （一）–（三） stamped 「（2025年1月-2025年12月）」 with items 「1．heading（window）:text」 "
           "(full-width 「．」, ASCII or full-width colons); 四、职责分工 （一）–（八） unit headings on their own line; 五、组织保障; "
           "附件1–4: facility table, contract table, 附件3 a 9-row task table 「项目序号 | 任务类型 | 改革任务 | 工作要求 | 完成时间 | "
           "责任部门（单位） | 配合部门（单位）」 (merged 任务类型 cells), a member list",
     leaf_tasks=22, count_alternatives=[14, 23], attachment_task_rows=9,
     childless_top_level_sections=["一、基本情况", "二、改革目标", "五、组织保障"],
     samples=[
        P(["三", "（一）", "1"], dl="2025年1月-4月", dln="2025-04", note="「（2025年1月-4月）」: the step's window, its end the deadline (附件3 row 1 says 2025年4月)"),
        P(["三", "（一）", "2"], dl="2025年5月-6月", dln="2025-06", note="window 「（2025年5月-6月）」 followed by an ASCII colon"),
        P(["三", "（一）", "3"], dl="2025年7月-9月", dln="2025-09",
          note="window; 「区排水管理部门牵头配合上海城投集团」 is a sentence (prose; doubtful: a reader may take 区排水管理部门 as lead)"),
        P(["三", "（一）", "4"], dl="2025年10月-12月", dln="2025-12", note="window; 市北高新集团、大宁集团 in sentences"),
        P(["三", "（一）", "7"], skip_deadline=True,
          note="「有效期至2026年12月31日的2份养护合同」 is the contracts' term, not the item's deadline; 2份 (not checked); the item has "
               "no window of its own, and whether it takes its group's （2025年1月-2025年12月） is a reading (not checked)"),
        P(["三", "（二）", "1"], dl="2026年汛期前", dln="2026",
          note="「区防汛办在2026年汛期前完成静安区防汛应急预案的修订」 (the flood season has no date: the year); 「做好险情、灾情的统计与信息上报」 (see duties)"),
        P(["三", "（三）", "3"], skip_deadline=True,
          note="「运维监督检查:」 ASCII colon; no date of its own: whether it takes its group's window （2025年1月-2026年12月） is a "
               "reading (not checked)"),
        U(["四", "（一）"], [JA], note=HEAD + "; the heading stands on its own line, the duties in the next paragraph; " + NODATE),
        U(["四", "（三）"], ["区人力资源社会保障局"], note=HEAD + "; " + NODATE),
        U(["四", "（五）"], ["市北高新集团"], note=HEAD + "; 「负责牵头做好…」 in the text; " + NODATE),
        U(["四", "（八）"], [CT], note=HEAD + "; " + NODATE),
        J(1, ["区政府"], [JA], "2025年4月", "2025-04"),
        J(2, [JA], ["区财政局", "区人力资源社会保障局", "区国资委", "市北高新集团", "大宁集团", "城发集团", CT], "2025年6月", "2025-06",
          note="seven units in the 配合 cell"),
        J(4, [JA, "市北高新集团", "大宁集团", "城发集团", CT], ["区人力资源社会保障局", "区国资委"], "2025年12月", "2025-12",
          note="five units in the 责任 cell"),
        J(6, ["区防汛办"], [JA, CT], "2026年汛期前", "2026", note="the row's 任务类型 cell 构建系统运营体系 starts the group"),
        J(8, [CT], [JA], "2026年起", None, nodl=True, note="「2026年起」 is a start, not a deadline: no deadline"),
        J(9, [JA], ["区财政局", CT], "2026年", "2026"),
     ],
     plan_targets=[{"number": 95, "unit": "%"}], phases=[],
     duties=[{"what": "区级工作专班定期召开例会，协调推进各项改革任务", "when": "定期", "when_norm": None},
             {"what": "上海城投集团做好险情、灾情的统计与信息上报", "when": "发生险情、灾情时", "when_norm": None}],
     notes=["counting: 三、 （一）1．–8． 8 + （二）1．–3． 3 + （三）1．–3． 3 = 14; 四、 （一）–（八） 8 → 22; with 附件3's 9 rows 31. "
            "Accepted: 14 (三、 only), 23 (三、 and the table's rows)",
            "附件3 rows: lead = [] with the 责任 cell accepted as lead; rows 1–9 repeat 三、's steps with 完成时间 (row 8 「2026年起」 a start)",
            "一、基本情况 (562.359公里, 18372个 …) and 附件1/附件2 are data (facilities, contracts ending 2025.12.31 / 2026.12.31), not tasks "
            "or targets; the plan target is 「95%（含）以上」",
            "the group headings （一）–（三） carry windows (2025年1月-2025年12月 …); the items' own windows are the deadlines checked, "
            "items without a window of their own are not checked for a deadline; no phases",
            "the cover is signed 2025年9月13日 (the index dates it 2025-09-23); 附件4's names (梅广清 …) are people"])

# ---------------------------------------------------------------------------------------------------------
V08 = "v08_yangpu-2025-paishui-guanli-tizhi-gaige-shishi-fangan.txt"
YA = "区建设管理委（区水务局）"
CELL = "; the 「区建设管理委」 / 「（区水务局）」 name is broken over two lines inside its cell: one unit"


def Y(n, main, coop, dl=None, dln=None, note="", **kw):
    return R(V08, "附件1", n, main, coop, dl, dln, note, **kw)


plan(V08,
     title="杨浦区排水管理体制改革实施方案（关于印发《杨浦区排水管理体制改革实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="杨府发〔2025〕9号 (from the index; the stored text prints no number)", issuer="上海市杨浦区人民政府 (办公室 in the index)",
     date="2025-08-28", level="district (Shanghai Yangpu)",
     source=src("市政与基础设施", "关于印发《杨浦区排水管理体制改革实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0077f1c3cfba67b41ca699ca1913d08e1a39&siteId=0077", 7353),
     style="district implementation plan (the 排水管理体制改革 template, as v06 and v07): 一、基本情况 （一）–（四） with 1.–4. / 1.–5. "
           "describing facilities (not work); 二、改革目标 (flattened indicator table, cells broken over lines); 三、改革任务 （一）1.–6., "
           "（二）1.–4., （三）1.–3., most ending with a window 「（2025年6月—2025年9月）」; 四、职责分工 （一）–（七） unit headings; "
           "五、组织保障 with names; 附件1 a 10-row task table 「项目序号 | 任务类型 | 改革任务 | 工作要求 | 完成时间 | 责任单位 | 配合单位」 "
           "(cells with line breaks; rows 3, 4, 8, 9, 10 have one unit cell); 附件2/3 data tables; half-width 「;」 between clauses",
     leaf_tasks=31, count_alternatives=[13, 20, 23, 30], attachment_task_rows=10,
     childless_top_level_sections=["二、改革目标", "五、组织保障"],
     samples=[
        P(["一", "（二）", "3"], not_targets=[(6, "座")],
          note="一、基本情况 describes facilities (a leaf by the numbering only): 「拟移交的6座调蓄池」 is a count of what exists, not a "
               "target; " + NODATE),
        P(["三", "（一）", "1"],
          note="「区建设管理委（区水务局）牵头完成区级实施方案编制」: the bureau in a sentence (prose; doubtful: 牵头 in a sentence may be "
               "read as the lead); no window, no date: no deadline"),
        P(["三", "（一）", "2"], dl="2025年9月底前", dln="2025-09",
          other_deadlines=[{"deadline": "2025年6月底前", "deadline_norm": "2025-06"}],
          note="two dated steps and the window （2025年6月—2025年9月）: the last is the deadline; half-width 「;」"),
        P(["三", "（一）", "3"], dl="12月底前", dln="2025-12",
          note="「12月底前完成人员意愿征询」 and the window （2025年6月—2025年12月） agree; 上海城投集团, 杨浦城投集团, 区国资委 in sentences"),
        P(["三", "（一）", "4"], dl="2025年12月底前", dln="2025-12", note="「原则上于2025年12月底前完成」 and the window's end"),
        P(["三", "（二）", "1"], dl="2026年5月底前", dln="2026-05",
          other_deadlines=[{"deadline": "2025年底前", "deadline_norm": "2025-12"}, {"deadline": "2026年4月底前", "deadline_norm": "2026-04"}],
          note="steps through the window （2025年6月—2026年5月）, the last 「2026年5月底前，杨浦区完成区级防汛防台预案修编」; the 2026年4月 "
               "submission is a duty"),
        P(["三", "（二）", "2"], dl="在2026年底前", dln="2026-12",
          note="「上海城投集团牵头在2026年底前建立…」 (a sentence; the window （2025年6月—2026年12月） agrees); the item has a second paragraph"),
        P(["三", "（三）", "1"], skip_deadline=True,
          note="「2025年5月底前完成成本绩效分析报告…上报市水务局」 (a duty) inside the window （2025年1月—2025年12月）: whether the item's "
               "deadline is May or the window's December is a reading (not checked)"),
        P(["三", "（三）", "2"], note="「2026年起」 is a start: no deadline"),
        U(["四", "（一）"], [YA, "区水务中心"], note=HEAD + " (two units); " + NODATE),
        U(["四", "（四）"], ["区应急局"], note=HEAD + "; 「会同区建设管理委（区水务局）指导上海城投集团」 in the text; " + NODATE),
        U(["四", "（六）"], ["杨浦城投集团", "杨浦市政养护公司"], note=HEAD + "; " + NODATE),
        U(["四", "（七）"], ["申浦公司"], note=HEAD + "; " + NODATE),
        Y(1, [YA], ["各成员单位"], "2025年6月", "2025-06", note="各成员单位 is a group" + CELL),
        Y(2, [YA, CT], ["杨浦城投集团", "申浦公司"], "2025年9月", "2025-09", note="each cell holds two units, one a line" + CELL),
        Y(5, [YA], [CT], "2026年12月", "2026-12", note=CELL.lstrip("; ")),
        Y(6, [CT], [YA], "2026年5月", "2026-05", note="the row's 任务类型 cell 构建系统运营体系 starts the group" + CELL),
        Y(10, [YA, "区财政局"], [], "2025年12月", "2025-12",
          note="one unit cell after the date (区建设管理委 / （区水务局） / 区财政局, one a line): the 责任 cell, no 配合 cell" + CELL),
     ],
     plan_targets=[{"number": 95, "unit": "%"}], phases=[],
     duties=[{"what": "上海城投集团将防汛防台专项预案报区防汛办、区建设管理委（区水务局）", "when": "2026年4月底前", "when_norm": "2026-04"},
             {"what": "成本绩效分析报告由区建设管理委（区水务局）会同区财政局审核后上报市水务局", "when": "2025年5月底前", "when_norm": "2025-05"}],
     notes=["counting by the rule: 一、 （一） 1, （二）1.–4. 4, （三） 1, （四）1.–5. 5 = 11 (facilities, numbered like tasks); 三、 "
            "（一）1.–6. 6 + （二）1.–4. 4 + （三）1.–3. 3 = 13; 四、 （一）–（七） 7 → 31; 附件1's 10 rows → 41. Accepted: 20 (without 一、), "
            "13 (三、 only), 30 and 23 (those with the 10 rows)",
            "附件1 rows 3, 4, 8, 9 and 10 have a single unit cell (an empty 配合 cell dropped when flattened); rows 3, 4, 8, 9 not sampled "
            "(which column the cell is cannot be told), row 10 sampled as 责任 (its two units)",
            "附件2 (设施设备: 154.84公里, 6座 …; its numbering skips 8) and 附件3 (contracts, 3556.3578万元) are data, not tasks",
            "the plan target is 「95%（含）以上」; the windows stamp the items (no phases); 五、's names (徐建华, 徐明 …) are people"])

# ---------------------------------------------------------------------------------------------------------
V09 = "v09_baoshan-2025-haiyang-laji-qingli-xingdong-fangan.txt"
COAST = ["相关沿海街镇", "各岸段使用或管理单位"]
WATER = "区水务局（区海洋局）"

plan(V09,
     title="宝山区海洋垃圾清理行动方案（宝山区生态环境局、宝山区绿化市容局、宝山区水务局、宝山区农业农村委关于印发《宝山区海洋垃圾清理行动方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="宝环保〔2025〕5号 (from the index; the stored text prints no number)",
     issuer="上海市宝山区生态环境局 with 区绿化和市容管理局, 区水务局, 区农业农村委员会 (joint signature, two a line)",
     date="2025-04-01", level="district bureaus (Shanghai Baoshan)",
     source=src("市政与基础设施", "宝山区生态环境局、宝山区绿化市容局、宝山区水务局、宝山区农业农村委关于印发《宝山区海洋垃圾清理行动方.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=46084f86-24e0-4cad-b0b4-05dda733c4f7&siteId=0078", 3260),
     style="district action plan of four bureaus (signatures two a line with spaces): 一、工作目标 two dated goals (2025年底前 / "
           "2027年底前, 垃圾盖度≤5‰); 二、重点任务 （一）–（三） groups with items 1.–8. numbered on, each ending with a unit list in "
           "brackets — ASCII 「(…)」 (1, 2; 2 after a space), full-width 「（…）」 (3–6), mixed 「（…)」 (7, 8) — one unit holding its "
           "own bracket 「区水务局（区海洋局）」; 三、保障措施 （一）–（三） heading lines with a paragraph, no units",
     leaf_tasks=11, count_alternatives=[8], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        U(["二", "（一）", "1"], ["区绿化市容局", "区滨江委", "区农业农村委", *COAST], note=BRACKET + "; ASCII brackets; " + NODATE),
        U(["二", "（一）", "2"], [WATER, *COAST],
          note=BRACKET + "; 「。 (区水务局（区海洋局）、…)」: a space before the ASCII bracket, and a full-width bracket inside the first unit; " + NODATE),
        U(["二", "（一）", "3"], ["区交通委", "宝山海事局", "吴淞海事局", "区绿化市容局", "区生态环境局", *COAST], dl="2025年", dln="2025",
          note=BRACKET + "; 「2025年完成码头船舶垃圾…接收设施的配置」: the year of the item's one dated step"),
        U(["二", "（二）", "4"], COAST, note=BRACKET + "; two groups only; 宝钢股份, 电厂 … in a sentence; " + NODATE),
        U(["二", "（二）", "5"], [WATER, "区绿化市容局", "区生态环境局", *COAST],
          note=BRACKET + "; 「每两周至少一次」, 「每周至少一次」 are cleaning frequencies (not checked); " + NODATE),
        U(["二", "（二）", "6"], ["区生态环境局", "各岸段使用或管理单位"], note=BRACKET + "; 区生态环境部门, 相关街镇 in a sentence; " + NODATE),
        U(["二", "（三）", "7"], ["区绿化市容局", "区生态环境局", *COAST], note=BRACKET + "; 「（…)」 full-width open, ASCII close; " + NODATE),
        U(["二", "（三）", "8"], ["区绿化市容局", "区生态环境局", *COAST], note=BRACKET + "; 「（…)」 mixed; " + NODATE),
        P(["三", "（一）"], note="「谁管理、谁负责」 is a rule; 各单位 in a sentence; " + NODATE),
        P(["三", "（三）"], note="生态环境、水务、农委、海警、海事等部门 act in a sentence; " + NODATE),
     ],
     plan_targets=[{"number": 5, "unit": "‰"}], phases=[], duties=[],
     notes=["counting: 二、 1.–8. (run on across （一）–（三）) 8 + 三、 （一）–（三） 3 = 11; 8 accepted (二、 only)",
            "plan target: 一、工作目标 「基本清洁（垃圾盖度≤5‰）」 by 2025年底前 and 2027年底前 (a ceiling, in a section, not a task); the two "
            "dated goals are goals of the plan, not phases",
            "unit lists name no lead; single-unit answers do not occur (every list has two or more)",
            "环办海洋函〔2024〕182号, 沪环海〔2025〕27号 are document numbers; 2030年 in 一、 is a horizon of a name (美丽海湾)"])

# ---------------------------------------------------------------------------------------------------------
V10 = "v10_jingan-jianguanwei-2024-jianshe-jiaotong-shuiwu-anquan-shengchan-zhiben-gongjian-sannian-xingdong-fangan.txt"

plan(V10,
     title="静安区建设、水务、交通领域安全生产治本攻坚三年行动方案（2024-2026年）（关于印发《静安区建设、交通、水务领域安全生产治本攻坚三年行动方案（2024-2026年）》的通知）",
     title_note="the plan's title after the cover (建设、水务、交通 — the notice title orders the fields 建设、交通、水务), or the notice title: either is accepted",
     doc_no="静建管委〔2024〕10号 (from the index; the stored text prints no number)", issuer="上海市静安区建设和管理委员会",
     date="2024-04-30", level="district bureau (Shanghai Jing'an, 区建设管理委)",
     source=src("市政与基础设施", "关于印发《静安区建设、交通、水务领域安全生产治本攻坚三年行动方案（2024-2026年）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=bc9da458-300d-4cab-8dfe-dd4f9f2fa290&siteId=0072", 5307),
     style="district bureau's three-year plan (its title in the body orders the fields otherwise than the notice): 一、工作目标 and "
           "二、组织领导 paragraphs; 三、主要任务 （一）–（十） 「（N）heading。text」, （四） a heading line with 1.–3. heading lines and "
           "a paragraph each (3. with 「一是…四是」); 四、保障措施 （一）–（三）; actors (建设部门, 各监管部门, 企业) in sentences; one "
           "year 「2024年，」 in an item; an ASCII 「(」 closed by 「）」 in a title",
     leaf_tasks=15, count_alternatives=[12], attachment_task_rows=0, childless_top_level_sections=["一、工作目标", "二、组织领导"],
     samples=[
        P(["三", "（一）"], note="静安区城镇燃气安全专项整治工作专班 in a sentence; " + NODATE),
        P(["三", "（二）"], note="「一栋一策」, 「三管三必须」 are slogans; " + NODATE),
        P(["三", "（四）", "1"], note="a heading line, the text in the next paragraph; " + NODATE),
        P(["三", "（四）", "3"], note="four 「一是…四是」 parts in one paragraph; " + NODATE),
        P(["三", "（五）"], note=NODATE),
        P(["三", "（八）"], dl="2024年", dln="2024",
          note="「2024年，建设部门会同各级规划、消防、应急…等有关部门开展…治理」: the year of the item's work (the plan's first year); "
               "the departments act in a sentence"),
        P(["三", "（十）"], note="区属各停车管理企事业单位, 共享单车运营企业 in sentences; " + NODATE),
        P(["四", "（一）"], note="「定期听取进展情况汇报」 (see duties); " + NODATE),
        P(["四", "（二）"], note="「“多通报、多督促、多暗访”」 is a slogan; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "定期听取治本攻坚行动进展情况汇报", "when": "定期", "when_norm": None}],
     notes=["counting: 三、 （一）–（三） 3 + （四）1.–3. 3 + （五）–（十） 6 = 12; 四、 （一）–（三） 3 → 15; 12 accepted (三、 only)",
            "no unit labels: 领导小组 (委主要领导 …), 各科室及相关单位, 建设部门, 各监管部门 all act in sentences",
            "一、工作目标's 「较“十三五”期下降」 has no figure; 2024-2026年 is the plan's period (in its title only)"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("v01", ["二", "（一）", "2"], [], ["各区"], "「由各区按照实施深化管理要求和程序执行」: the agent of 由 with a verb of doing, a group of bodies; responsible, no lead (A alone accepted); 主管部门 only 认定 (rule 3)", alt=[["各区"]], rule="2 and 3")
align30("v03", ["三", "（四）"], ["各区"], ["各区", "区农业农村委"], "「各区要加快公益性违法项目的分类处置，…会同区农业农村委等部门，年内抓紧完成用地手续的补办」: 「A会同B＋verb」 with A a group of bodies (as rule 2's 各区政府; not the generic addressee of a call 「各地要…」「各单位应…」, rule 3), lead A (lead [] accepted), responsible A, B", alt=[[]], rule="2 and 3")
align30("v04", ["四", "（一）"], [], ["各街镇（管委会）"], "「各街镇（管委会）按照…进行全面梳理，制定实施方案和整治计划，…落实责任和工作节点」: the subject of 落实, responsible, no lead (A alone accepted); 区政府 成立/下发 and 区规土局 进行梳理 are subjects of verbs rule 2 does not list", alt=[["各街镇（管委会）"]])
align30("v04", ["四", "（三）"], ["区规土局"], ["区规土局", "有关部门", "各街镇（管委会）"], "「由区规土局会同有关部门组织验收」, 「区规土局要会同各街镇（管委会）对…进行总结」: 「（由）A会同B＋verb」 twice, lead A (lead [] accepted), responsible A and both Bs in order; 区政府 and 市…领导小组 receive the report (rule 3)", alt=[[]], rule="2 and 3")
align30("v04", ["五", "（四）"], ["区规土局"], ["区规土局", "区监察局"], "「区规土局将会同区监察局等部门对各街镇（管委会）…组织验收」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B; the 街镇 are the checked objects", alt=[[]])
align30("v05", ["三", "（三）"], [], ["各乡镇", "有关单位"], "「由各乡镇和有关单位分门别类，按县拆违办核定的指标，排出…减量计划」: the agents of 由, responsible in order, no lead; 县拆违办 only 核定 the quotas (rule 3)", rule="2 and 3")
align30("v06", ["二", "（一）"], [], ["区建管委（区水务局）"], "「由区建管委（区水务局）编制…实施方案，…报送市水务局进行专家评审」: the agent of 由, responsible, no lead (A alone accepted); 市水务局 receives (rule 3)", alt=[["区建管委（区水务局）"]], rule="2 and 3")
align30("v06", ["二", "（三）", "1"], [], ["区建管委", "区防汛办"], "「由区建管委、区防汛办在2026年汛期前完成黄浦区属地化防汛应急预案的修订」: the agents of 由 do the item's work (修订预案), responsible in order, no lead; 「排水公司、管网公司共同负责落实…抢险」 describes 上海城投集团's system, not this item's work, and 城投 建立/编制 are verbs rule 2 does not list")
align30("v06", ["二", "（四）", "1"], ["区建管委（区水务局）"], ["区建管委（区水务局）", "区财政局"], "「由区建管委（区水务局）会同区财政局审核后上报市水务局」: 「由A会同B＋verb」, lead A (lead [] accepted), responsible A, B; 市水务局 receives (rule 3)", alt=[[]], rule="2 and 3")
align30("v07", ["三", "（一）", "3"], ["区排水管理部门"], ["区排水管理部门"], "「区排水管理部门牵头配合上海城投集团，完成…现场盘点、核实查验、清单锁定工作」: 「A牵头」, lead and responsible A; 城投 编制 the plan (a verb rule 2 does not list) and is the party A assists")
align30("v07", ["三", "（二）", "1"], [], ["上海城投集团"], "「上海城投集团应听从…指令，负责编制并组织实施防汛防台应急预案…；负责落实区域内道路积水抢排工作」: the subject of 负责, responsible, no lead (A alone accepted); 区防汛办 完成…修订 is the subject of a verb rule 2 does not list", alt=[["上海城投集团"]])
align30("v07", ["三", "（三）", "3"], ["区排水管理部门"], ["区排水管理部门", "市排水管理部门"], "「区排水管理部门会同市排水管理部门对上海城投集团开展…绩效考核」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B; 城投 is the one assessed", alt=[[]])
align30("v08", ["三", "（一）", "1"], ["区建设管理委（区水务局）"], ["区建设管理委（区水务局）"], "「区建设管理委（区水务局）牵头完成区级实施方案编制，经区政府审议后印发」: 「A牵头」, lead and responsible A; 区政府 approves (rule 3)", rule="2 and 3")
align30("v08", ["三", "（一）", "2"], ["区建设管理委（区水务局）"], ["区建设管理委（区水务局）", "上海城投集团"], "「区建设管理委（区水务局）会同上海城投集团完成移交清单现场盘点…」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B", alt=[[]])
align30("v08", ["三", "（二）", "2"], ["上海城投集团"], ["上海城投集团"], "「上海城投集团牵头在2026年底前建立三大片区排水感知体系…」: 「A牵头」, lead and responsible A; 「杨浦区…提供必要的支持和配合」 names the plan's own district as a whole, no body")
align30("v08", ["三", "（三）", "1"], ["区建设管理委（区水务局）"], ["区建设管理委（区水务局）", "区财政局"], "「由区建设管理委（区水务局）会同区财政局审核后上报市水务局」: 「由A会同B＋verb」, lead A (lead [] accepted), responsible A, B; 市水务局 receives (rule 3)", alt=[[]], rule="2 and 3")
align30("v10", ["三", "（八）"], ["建设部门"], ["建设部门", "各级规划、消防、应急、民政、卫健、机管、国资、商务、公安等有关部门"], "aligned round 42: CONVENTIONS.md Round 42 rulings, continued — a list closed by a shared head 「…等部门」 stays one group as printed (round 31: 「人事、卫生等部门」 one name, 等 kept); 「建设部门会同各级规划、消防、应急、民政、卫健、机管、国资、商务、公安等有关部门开展…治理」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A and the Bs in order (the list split on 、 and at 等, as plans-dev EXPECTED.md line 30 and 02 二/（五）)", alt=[[]])
align30("v06", ["二", "（二）", "2"], [], ["上海城投集团"], "「由上海城投集团开展设施设备的现场盘点、核实查验、清单锁定等工作」: the agent of 由 with a verb of doing (the firm does the item's work), responsible, no lead (A alone accepted)", alt=[["上海城投集团"]])
align30("v08", ["三", "（二）", "1"], [], ["上海城投集团"], "「上海城投集团2026年起负责杨浦区涉及改革移交的公共排水设施防汛防台工作」: the subject of 负责, responsible, no lead (A alone accepted); 区防汛办、区建设管理委（区水务局） receive the plan 「报…」 (rule 3); 「共同研究确定」「建立」「完成…修编」 are verbs rule 2 does not list", alt=[["上海城投集团"]], rule="2 and 3")
align30("v06", ["二", "（二）", "4"], [], ["区建管委（区水务局）", "黄浦区原立项主体"], "「由区建管委（区水务局）委托上海城投集团实施…一体化养护管理」: the agent of 由 with a verb of doing (the entrusted firm, object of 委托, is no unit, as B in 「A组织B＋verb」, CONVENTIONS.md round-30 clarifications); 「…既定项目，仍由黄浦区原立项主体负责实施」 in the item's second paragraph: the agent of 由 with 负责实施, a body named by a kind (kept as printed); responsible in order, no lead")
# round 31: answers aligned (ra31) to tests/data/CONVENTIONS.md — the checks that passed with the sentence-unit
# reader off and failed with it on, each read again by the ruling (README, "Round 31: answers aligned (ra31)")
from expected_tools import align31  # noqa: E402

align31('v05', ['二', '（一）', '2'], [], ['县拆违办'], "「对尚未消除的农村应拆未拆房…违法建筑，由县拆违办核查各乡镇存量情况，下达逐年度拆除指标」: the agent of 由 with verbs of doing (by kind of building (a kind of object, not a contingency: rule 3's case is 「a contingency, not the item's work」)), no lead; 「各乡镇要排出计划」 has no rule-2 verb")  # noqa: E501
align31('v06', ['二', '（二）', '3'], [], ['区政府', '上海城投集团'], '「12月底前由区政府与上海城投集团签订排水设施管理移交协议」: 「由A与B签订」 — A and B are both doers (round-30 clarification), no lead')  # noqa: E501
align31('v07', ['三', '（一）', '4'], [], ['市水务局', '区政府'], "「由市水务局进行统一采购」「移交至区排水管理部门后由区政府统一移交至上海城投集团」: agents of 由 with verbs of doing, no lead; 「仍由本区及权属部门负责管理」「移交前仍由市北高新集团、大宁集团负责管理」 keep a duty outside the item's work (a scope, round-30 clarification); 「区政府（或…）与市水务局签订…」 without 由 has no rule-2 verb", rule='2 and 3')  # noqa: E501
align31('v08', ['三', '（一）', '4'], [], ['杨浦区政府', '上海城投集团', '市水务局'], '「由杨浦区政府与上海城投集团签订排水设施管理移交协议」「由杨浦区政府（或区政府统一授权的单位）与市水务局签订政府采购委托协议，由市水务局统一进行采购」: 由A与B签订 (both doers, round-30 clarification) and the agent of 由 with a verb of doing, in printed order, no lead')  # noqa: E501

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('v01_shanghai', ['五', '25'], [(50, '米'), (200, '米')],
                   '「外环内主路不超过50米、支路不超过200米且不跨路的项目」: ceilings joined to 不超过 picking the projects')
align31_thresholds('v02_shanghai', ['二', '（五）'], [(50, '米')],
                   '「外环内不超过50米且不跨路的项目」: a ceiling joined to 不超过 picking the projects')
align31_thresholds('v04_jiading', ['三', '（一）'], [(5, '亩')],
                   '「非法占用基本农田5亩以上的违法用地项目」: 5亩 joined to 以上, a threshold picking the cases')
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('v05_chongmingx', ['三', '（一）'], 'a designation is a doer',
        '「各乡镇和存在违法用地和违法建筑的单位是拆旧止新工作的责任主体，务必…落实责任」: designated 责任主体 (and the subject of 落实); '
        '「承担拆除和整治违法建筑…法定职能的县规土、房管、城管部门要…支持配合乡镇和有关单位全力推动拆旧止新工作」: B配合 after the doers '
        '(round-30 clarification; fields sharing one head, one name as printed); 「县农委、经委…等部门要…采取相应的…措施」 has no rule-2 '
        'verb; no lead', lead=[], resp=['各乡镇', '存在违法用地和违法建筑的单位', '县规土、房管、城管部门'])
# aligned round 36 (p36h): CONVENTIONS.md round 36 early rulings → Tasks: a childless top-level point that gives work to a doer by rule 2 is a task in a document of numbered items too (a 保障措施／组织保障 point among them) (README, "Round 36: answers aligned (p36h)")
from expected_tools import _sample32  # noqa: E402

_p36h, _ = _sample32('v07_jingan', None)
_p36h["childless_top_level_sections"].remove('五、组织保障')
_p36h.setdefault("notes", []).append("aligned round 36 (p36h): CONVENTIONS.md round 36 early rulings → Tasks: a childless top-level point that gives work to a doer by rule 2 is a task in a document of numbered items too (a 保障措施／组织保障 point among them) — 五、组织保障 (「成立区级工作专班，由区建设管理委（区水务局）作为牵头部门，统筹协调推进本区排水体制改革工作…」: 由A作为牵头部门＋verb — a doer by rule 2): a task → leaf_tasks 22 → 23 (31 → 32 with 附件3's 9 rows); 22 and 31 (before the ruling) and 14 stay accepted")
_p36h["leaf_tasks"], _p36h["count_alternatives"] = 23, [14, 22, 31]


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


_align39('v08', ['四', '（四）'], ['区应急局'], ['区应急局', '区建设管理委（区水务局）'],
         "「（四）区应急局」 over 「会同区建设管理委（区水务局）指导上海城投集团做好防汛防台和排水应急突发事项的处置工作」: the heading's body does its work with 区建设管理委（区水务局） (the bracketed second name kept, as the set reads it); 上海城投集团, the object of 指导, no unit; 「并向区建设管理委（区水务局）提供…意见」 a filing")  # noqa: E501

# round 39 (p39g): 「A联合B＋verb」 read as 「A会同B」 (CONVENTIONS.md round 34), by reading the items
from expected_tools import align39_units  # noqa: E402

align39_units('v06', ['二', '（四）', '2'], ['区建管委（区水务局）'], ['区建管委（区水务局）', '市水务局'],
              '联合 as 会同 (round 34; closed round 39): 「2026年起区建管委（区水务局）联合市水务局对上海城投集团开展一体化运维管理绩效考核」 is 「A会同B＋verb」: lead 区建管委（区水务局） (lead [] accepted), responsible it and 市水务局; 上海城投集团 is the object of the check', alt=[[]])  # noqa: E501

align39_units('v05', ['五', '（一）'], [], ['县纪检监察和组织人事部门'],
              "rule 4 lead-in (CONVENTIONS.md rule 4 as written, closed round 39): 五、's opening paragraph 「县纪检监察和组织人事部门根据…情况，对本县整治违法建筑和违法用地工作实施责任追究」 (A对…实施, rule 2) names the doer of the section's work; the item, a case of accountability 「…工作不力，…的，…追究…责任」, names none of its own: responsible 县纪检监察和组织人事部门 (one kind, as printed), lead [] (the single body accepted)", alt=[['县纪检监察和组织人事部门']])  # noqa: E501

# round 47 second wave (q47a): CONVENTIONS.md "Round 34 rulings" → Units: 「由A＋any verb of doing」 is rule 2 whatever
# the verb, read at the item (README, "Round 47 second wave: answers aligned (q47a)")
from expected_tools import align34_units  # noqa: E402

align34_units('v03', ['三', '（一）'], [], ['乡镇人民政府'],
              "「由A＋any verb of doing」 is rule 2 whatever the verb (CONVENTIONS.md Round 34 rulings): 「由乡镇人民政府拟定整治方案，"
              "经区农业农村委、区规划资源局共同核定，于2020年10月30日前依法依规落实分类处置」 — 乡镇人民政府 the agent of 由 (and the "
              "subject carried to 落实); the two bureaus only 核定 (rule 3's approvers); no 牵头: lead [] (A alone accepted)",
              alt=[["乡镇人民政府"]])

# round 50, second wave (w50a): items of 总体要求 stating aims, principles or goals are no tasks in a plan naming units
# (CONVENTIONS.md "Round 49 rulings", governs; round 27) — samples dropped, count without them (README, "Round 50:
# aims aligned")
from expected_tools import align56_aims  # noqa: E402

align56_aims('v01', [['一', '（二）']],
             '一、总体要求 （一）指导思想 （二）工作目标 「制度体系更加完善。…政务服务更加高效。…」 state aims and goals and name no unit, in a plan whose '
             "work names units (二/（一）/2): no tasks (round 27; Round 49's aims)",
             30, [])
# round 51 (p51d): answers aligned to tests/data/CONVENTIONS.md "Round 58 rulings" (Targets, turned)
from expected_tools import align58_targets  # noqa: E402

align58_targets("v04_", ["三", "（一）"], "「非法占用基本农田5亩以上的违法用地项目」: 5亩以上 stands inside the noun naming the class of unlawful land use the clean-up picks", to_not=[(5, "亩")])
# round 52 (al52): CONVENTIONS.md "Round 60 rulings" (Tasks, turned; p51e), README "Round 52"
from expected_tools import _sample32  # noqa: E402

_p = _sample32("v04_", None)[0]
_at = _p["samples"].index(_sample32("v04_", ["三", "（二）", "1"])[1])
for _path in (["三", "（二）", "1"], ["三", "（二）", "2"]):
    _p["samples"].remove(_sample32("v04_", _path)[1])
_p["samples"].insert(_at, S(
    ["三", "（二）"], [], [], dl="2016年12月31日之前", dln="2016-12-31",
    other_deadlines=[{"deadline": "2014年11月15日之前", "deadline_norm": "2014-11-15"}],
    note='aligned round 52 to CONVENTIONS.md "Round 60 rulings" (turned): 「违法用地存在以下情形的，可以采取其他处置方式：1.…2.…」 '
         "— each line is a case with its optional route (「经A审核同意，可以…」「经A认定后，可以…」), its 「…应当…完成农用地转用审批」 "
         "the applicant's own step (round 52's x236_03); a list of what may be chosen gives no work (round 49 p46b; round "
         "59's x259_04 第二十二条): text; 三/（二） is one task by its 一是…五是 (round 37) (the samples on 三/（二）/1 and "
         "三/（二）/2, lead [] responsible [] each → one on 三/（二）, lead [] responsible []; leaf_tasks 13 → 12, "
         "count_alternatives [10, 12] → [10]); dates: 2014年11月15日之前 (新增 and key 存量 cases) and 2016年12月31日之前 "
         "(other 存量) — the latest is the item's deadline (CONVENTIONS round 34 rulings, Dates); units: 各街镇（管委会） / "
         "区规土局 act in sentences 「是…处置主体」「要…」 — " + PROSE))
_p["leaf_tasks"], _p["count_alternatives"] = 12, [10]
# round 66 (rul94): answers aligned to tests/data/CONVENTIONS.md "Round 94 rulings" (turned; the printed names accepted)
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'各街镇（管委会）': '各街镇'})

write_collected(DIR)
