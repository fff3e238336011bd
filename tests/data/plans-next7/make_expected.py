# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next7/expected.json from the hand-written answers below.

These plans are THE never-tuned set of round 12 (built by corpusL): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py); every answer
was written here by reading the texts, before the parser or the scorer was run on them.

    python tests/data/plans-next7/make_expected.py tests/data/plans-next7
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    ONE,
    S,
    align29,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"
C19 = "19e51bcbbf7d8f9d43ed3b35798b11d98de85295"
WHOLE = ("the stored text (read with read_file); only the repository's wrapper was removed (YAML front matter, the two "
         "`>` disclaimer lines and the blank lines around them, the `# ` marker before the notice title); the "
         "reconstructed file has the stored file's character count")
PROSE = ("no unit is named for the item as a label (the subjects in the text are prose: 各街镇, 区规划资源局 … do the "
         "work in sentences): lead = [], responsible = []")
PERIOD = ("no date in the item (the plan's period 2026-2028 is in its title only): whether the item takes the period's "
          "end is a reading, so the deadline is not checked")
REL = "a span counted from an unstated start (「N年内」): the deadline is not checked"


def src(commit, path, url, chars):
    return f"{REPO} @ {commit}, {path} (official page {url}) — {WHOLE} ({chars})"


def P(path, targets=(), note="", **kw):
    """An item that names no unit (prose actors only)."""
    return S(path, [], [], targets, note=(note + "; " if note else "") + PROSE, **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x01_jiading-2026-weifa-yongdi-zonghe-zhengzhi-shishi-fangan.txt"

plan(X01,
     title="2026年嘉定区违法用地综合整治实施方案（上海市嘉定区人民政府关于印发《2026年嘉定区违法用地综合整治实施方案》的通知）",
     title_note="the plan's title after the cover's 「附件」 line, or the notice title: either is accepted",
     doc_no="嘉府发〔2026〕4号", issuer="上海市嘉定区人民政府", date="2026-02-12",
     level="district (Shanghai Jiading)",
     source=src(C49, "docs/规划与土地/上海市嘉定区人民政府关于印发《2026年嘉定区违法用地综合整治实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_196146&siteId=0080", 3387),
     style="district implementation plan delivered as the 附件 of a short cover notice (the plan follows the line 「附件」); "
           "一、目标任务 a paragraph of quotas (no items); 二、/四、 items 「（一）heading」 with the text in the next paragraph; "
           "三、整治计划安排 four stages 「（一）方案制定阶段（1-2月）」 … 「（四）年度验收总结和考核阶段（11月底前）」 without a year; "
           "no unit labels (各街镇（管委会） and 区规划资源局 act in prose); shares written 20％ (full width) and 80%; a monthly "
           "report 「每月15日前报送」; 附件 a per-town quota table (11 towns, one cell a line, 亩 with two decimals)",
     leaf_tasks=11, count_alternatives=[12, 22, 23], attachment_task_rows=0,
     childless_top_level_sections=["一、目标任务"],
     samples=[
        P(["二", "（一）"], [(60, "%")], note="「不低于年度计划任务量的60%」: a floor the towns must reach"),
        P(["二", "（二）"], skip_deadline=True,
          note="「2026年度…要加大…力度」 names the plan's year, not a date to finish by: not checked"),
        P(["二", "（三）"], [(1, "宗")], dl="2026年底", dln="2026-12-31",
          not_targets=[(5, "亩")],
          other_deadlines=[{"deadline": "2026年年底前", "deadline_norm": "2026-12-31"}, {"deadline": "2027年底前", "deadline_norm": "2027-12-31"}],
          note="「不少于1宗」 is the quota; 「不小于5亩」 is a rule for choosing the plot, not a figure to reach; the "
               "unnumbered paragraph after it (厂房仓库C、D级隐患, 2026年年底前 / 可在2027年底前) belongs to this item"),
        P(["三", "（一）"], dl="1-2月", dln="2026-02",
          note="stage heading 「方案制定阶段（1-2月）」; year 2026 from the title; the item is also a phase"),
        P(["三", "（二）"], dl="11月中旬前", dln="2026-11", not_targets=[(60, "%"), (80, "%")],
          note="「2026年3月底前完成20％年度任务量，6月底前完成60％…9月底前完成80%…11月中旬前完成剩余20％」: the cumulative "
               "shares (20 % and 60 % written with the full-width ％) are steps of the schedule — aligned round 34: progress "
               "shares by a time are steps, not targets (CONVENTIONS round 34 rulings, Targets); was targets 20 %, 60 %, "
               "80 % (20 % also the remainder, 「剩余20％」: not checked); the stage ends 11月中旬 (year 2026)"),
        P(["三", "（三）"], dl="7月初", dln="2026-07",
          note="「区规划资源局于7月初前开展中期通报」: the bureau is the sentence's subject (prose), not a label"),
        P(["三", "（四）"], dl="11月底前", dln="2026-11",
          note="「区规划资源局于11月底前开展年度验收考核」 (prose); 11月下旬 the towns' own pre-check"),
        P(["四", "（一）"], note=NODATE),
        P(["四", "（二）"], note="「区规划资源局牵头开展中期通报和年终考核」 is a sentence of the text, not a unit label; " + NODATE),
        P(["四", "（三）"], note="各相关职能部门 / 国资部门 / 纪检监察部门 are prose; " + NODATE),
        P(["四", "（四）"], note=NODATE),
     ],
     plan_targets=[{"number": 1620, "unit": "亩"}, {"number": 5800, "unit": "亩"}],
     phases=[
        {"name": "方案制定阶段", "start": "2026-01", "end": "2026-02"},
        {"name": "整治推进阶段", "start": None, "start_alt": "2026-03", "end": "2026-11"},
        {"name": "中期通报阶段", "start": "2026-07", "start_alt": None, "end": "2026-07"},
        {"name": "年度验收总结和考核阶段", "start": None, "start_alt": "2026-11", "end": "2026-11"},
     ],
     duties=[{"what": "每月15日前报送当月完成整治的案例、“项目化”重点项目推进进度及整治过程中遇到的堵点、难点问题",
              "when": "每月15日前", "when_norm": "monthly (day 15)"}],
     notes=["counting: 一、目标任务 is a paragraph of quotas (a section); 二、 （一）–（三） 3, 三、 （一）–（四） 4, 四、 （一）–（四） 4 = 11; "
            "12 accepted if 一、 is read as a task; the attachment's 11 town rows (整治任务表) are quotas per town, 22 / 23 "
            "accepted if they are read as tasks",
            "一、 holds the plan-level quotas: 5800亩 over three years, 4180亩 already done (not a target), 1620亩 for 2026; the "
            "attachment says 约1625亩 (1625.06) — the document's own rounding difference",
            "phase starts: 整治推进阶段 runs on from the first stage (its first milestone is 3月底前), 年度验收 begins 11月下旬; "
            "either no start or that month is accepted",
            "the plan is dated by the cover (2026年2月12日); the 沪规划资源执〔2026〕13号 in the preamble is a document number"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x02_songjiang-2026-weifa-jianzhu-zhili-shishi-fangan.txt"

plan(X02,
     title="关于推进2026年度松江区违法建筑治理工作的实施方案（上海市松江区城市管理行政执法局关于印发 《关于推进2026年度松江区违法建筑治理工作的实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title (with the document's space before 《): either is accepted",
     doc_no="沪松城执〔2026〕3号", issuer="上海市松江区城市管理行政执法局（代章, for 松江区违法建筑整治工作专办）",
     date="2026-04-08", level="district bureau (Shanghai Songjiang, 城管执法局)",
     source=src(C49, "docs/工程建设管理/上海市松江区城市管理行政执法局关于印发 《关于推进2026年度松江区违法建筑治理工作的实施方案》的通.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=099f3e64-372d-4827-b742-bb9346ece661&siteId=0082", 2405),
     style="short district-bureau plan: cover signed by a working office with the bureau's seal 「（代章）」, then six "
           "top-level items 一、…六、 each ONE paragraph without sub-items (the items are the tasks, as in plans-dev 03); "
           "no unit labels; quantities 20万平方米, 70个, 165个, 366处, 2273处/80%, 223个园区; deadlines 「2026年6月底前」 and "
           "「年底前」 (year from the title)",
     leaf_tasks=6, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["一"], not_targets=[(3, "个月")], note="「在3个月内未拆除」 is the trigger for a warning slip, not a figure to reach; 力争每月清零 has no number; " + NODATE),
        P(["二"], [(20, "万平方米"), (70, "个"), (165, "个")], dl="2026年6月底前", dln="2026-06-30",
          note="「年度区级拆违量20万平方米以上」, 「70个案件」 and 「165个…违建案件」 to clear by 2026年6月底前"),
        P(["三"], [(366, "处"), (80, "%")], dl="年底前", dln="2026-12",
          note="「累计拆除点位366处」; 「库内2273处违建点位年底前完成整治率80%以上」 (2273处 is the base, 80% the target); year 2026 from the title"),
        P(["四"], note=NODATE),
        P(["五"], not_targets=[(223, "个")], note="「对223个园区中第三、四类园区的现场核查」: 223 is how many parks there are, not a target; " + NODATE),
        P(["六"], note="「适时」 training; 「12345」 is the hotline's number; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["every item is a top-level 一、…六、 paragraph without children: the six are the tasks (the plans-dev 03 reading); "
            "a parser that reads childless top-level sections as sections would find none",
            "开具区级提示单 / 巡查案件提示单 are enforcement slips, not reporting duties; no reporting rhythm is stated"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x03_jingan-2026-gaoduan-zhuanye-fuwuye-jijuqu-jianshe-gongzuo-fangan.txt"
Y28 = "「到2028年」 (the year only)"

plan(X03,
     title="静安区贯彻落实上海市租赁和商务服务业“三聚集”三年行动计划 加快高端专业服务业集聚区建设工作方案（2026-2028年）（上海市静安区人民政府办公室关于转发区发展改革委《静安区贯彻落实上海市租赁和商务服务业“三聚集”三年行动计划 加快高端专业服务业集聚区建设工作方案（2026-2028年）》的通知）",
     title_note="the plan's title after the cover (one line, with a space inside and its period in brackets), or the notice title: either is accepted",
     doc_no="静府办发〔2026〕3号", issuer="上海市静安区人民政府办公室 (forwarding the plan of 区发展改革委)",
     date="2026-03-30", level="district (Shanghai Jing'an), a district bureau's plan forwarded by the district office",
     source=src(C49, "docs/房屋与住房/上海市静安区人民政府办公室关于转发区发展改革委《静安区贯彻落实上海市租赁和商务服务业“三聚集”三年行.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=cb2c842f-befb-4db3-bcd7-49de7fafd008&siteId=0072", 5359),
     style="district 营商/服务业 work plan for 2026-2028: 一、 with ASCII (一)(二) (requirements and five ——bullet goals), then "
           "items 1．…22． (full-width period) that RUN ON across 二、–六、, under 四、 inside （一）（二）（三） groups; items start "
           "with a bold-style heading sentence ending 。; revenue targets 「到2028年，X营收达到N亿元」; no units anywhere",
     leaf_tasks=24, task_section_leaves=22, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["一", "(一)"], [(2300, "亿元")], dl="到2028年", dln="2028", note="「到2028年，全区租赁和商务服务业营业收入达到2300亿元以上」; " + Y28),
        P(["一", "(二)"], [(60, "%")], dl="到2028年", dln="2028",
          note="five ——bullets; 「前20强企业营收占本区全行业比重达到60％」 (full-width ％); 前20强 is a ranking, not a target; " + Y28),
        P(["二", "1"], [(700, "亿元")], dl="到2028年", dln="2028", note="「人力资源服务业营收达到700亿元」; " + Y28),
        P(["二", "2"], [(450, "亿元")], dl="到2028年", dln="2028", note="「组织管理服务业营收达到450亿元」; " + Y28),
        P(["二", "3"], [(420, "亿元")], dl="到2028年", dln="2028", note="「咨询调查业营收达到420亿元」; 全国百强 is a ranking; " + Y28),
        P(["二", "4"], [(35, "亿元")], dl="到2028年", dln="2028", note="「法律服务业营收达到35亿元」; " + Y28),
        P(["二", "5"], [(600, "亿元")], dl="到2028年", dln="2028", note="「广告业营收达到600亿元」; 恒丰路 is a place; " + Y28),
        P(["三", "6"], skip_deadline=True, note="CAZ is a name; " + PERIOD),
        P(["三", "8"], skip_deadline=True, note=PERIOD),
        P(["四", "（一）", "9"], skip_deadline=True, note="the numbering runs on: item 9 is the first of 四、（一）; " + PERIOD),
        P(["四", "（二）", "12"], skip_deadline=True, note=PERIOD),
        P(["四", "（三）", "15"], skip_deadline=True, note=PERIOD),
        P(["五", "17"], skip_deadline=True, note="GaWC is a name; " + PERIOD),
        P(["六", "20"], skip_deadline=True, note=PERIOD),
        P(["六", "22"], skip_deadline=True, note=PERIOD),
     ],
     plan_targets=[{"number": 2300, "unit": "亿元"}, {"number": 60, "unit": "%"}],
     phases=[], duties=[],
     notes=["counting: 一、 (一)(二) 2 (requirements and goals); 1.–22. run on: 二、 1–5, 三、 6–8, 四、 （一）9–11 （二）12–14 （三）15–16, "
            "五、 17–19, 六、 20–22 = 22; 24 in all, 22 in the task sections",
            "the five goals of 一、(二) are ——bullets, not numbered items; the closing paragraph 「各有关单位要主动作为…」 is not numbered",
            "no unit is named anywhere (the plan is the 区发展改革委's, forwarded by the district office): lead = [] and "
            "responsible = [] for every item",
            "第161次常务会议 in the cover is a meeting's number; “五个中心”, 20强 are names"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x04_fengxian-2026-chengshi-tijian-gongzuo-fangan.txt"

plan(X04,
     title="2026年奉贤区城市体检工作方案（关于印发《2026年奉贤区城市体检工作方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪奉建发〔2026〕2号", issuer="上海市奉贤区建设和管理委员会（上海市奉贤区交通委员会）", date="2026-04-27",
     level="district bureau (Shanghai Fengxian, 区建设管理委)",
     source=src(C49, "docs/城市更新与历史保护/关于印发《2026年奉贤区城市体检工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=00844352&siteId=0084", 27132),
     style="district-bureau work plan, WHOLE document (26.7 K characters, 88 % of it attachments): body 一、 with ASCII "
           "(一)(二) and 1.–3. items 「1.区级体检。…」, 二、工作要求 paragraphs without items, 三、 (一)(二) with dated steps "
           "(「2026年4月，…」 「5月31日前，…」 「6月30日前，…报送至市住房城乡建设管理委」); 附件1 three indicator tables "
           "(区级 64 rows naming a 区 bureau per indicator, 街镇级 31, 社区级 32 with sub-rows 1.1 … and □存在/□不存在 boxes) and "
           "附件2 two data-collection tables (12 and 35 rows), all one cell a line — data tables, not tasks",
     leaf_tasks=8, count_alternatives=[9], attachment_task_rows=0, childless_top_level_sections=["二、工作要求"],
     samples=[
        S(["一", "(一)", "1"], ["奉贤区建设和管理委员会"], ["奉贤区建设和管理委员会"], dl="力争到2027年", dln="2027",
          note="aligned round 48 (r48a): 「奉贤区建设和管理委员会统筹开展…，…按照本方案要求负责牵头组织开展区、街镇、社区城市体检…」 — "
               "the issuer speaking of itself is a doer with a rule-2 verb (CONVENTIONS.md Round 47 rulings, p45c: "
               "「组织＋work makes its subject a doer (round 34), the issuer speaking of itself included (round 30 「我委」)」); "
               "负责牵头 names it the lead: lead and responsible 奉贤区建设和管理委员会 (was: read as prose, no unit); "
               "「力争到2027年实现全覆盖」 the year"),
        P(["一", "(一)", "2"], note="南桥镇、庄行镇、奉城镇、金汇镇 are where the town checks run (places, prose); " + NODATE),
        P(["一", "(一)", "3"], [(1, "个")], note="「各街镇本年度体检的社区数量不少于1个」; 「2000年底前建成的老旧小区」 says which estates, not a deadline; " + NODATE),
        P(["一", "(二)", "1"], note=NODATE),
        P(["一", "(二)", "2"], note=NODATE),
        P(["一", "(二)", "3"], note=NODATE),
        P(["三", "(一)"], note="「应及时向市、区相关部门报告」 (a duty, 及时); " + NODATE),
        P(["三", "(二)"], skip_deadline=True,
          other_deadlines=[{"deadline": "2026年4月", "deadline_norm": "2026-04"}, {"deadline": "5月31日前", "deadline_norm": "2026-05-31"},
                           {"deadline": "6月30日前", "deadline_norm": "2026-06-30"}],
          note="three dated steps in paragraphs under the heading line 「(二)进度安排」: which one is the item's deadline is a reading, not checked"),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "各级城市体检报告经各级人民政府同意并加盖公章后，报送至市住房城乡建设管理委", "when": "6月30日前", "when_norm": "2026-06-30"},
             {"what": "体检发现涉及安全、健康以及群众反映强烈的突出问题，应及时向市、区相关部门报告", "when": "及时", "when_norm": None}],
     notes=["counting: 一、 (一)1.–3. 3 + (二)1.–3. 3 = 6; 二、工作要求 three paragraphs without items (a section; 9 accepted if "
            "read as a task); 三、 (一)(二) 2 = 8",
            "附件1/附件2 are indicator and data-collection tables (指标, 计算方式, 单位, 责任部门, 备注 / 序号, 指标, 字段, 来源), "
            "not task tables: their rows are not tasks, their 区X局 cells are who supplies the data, their 500m / 1000m / "
            "80分 / 15年 are definitions, not targets",
            "三、(二)'s dated steps are unnamed: no phases are checked",
            "doubt: 一、(一)1. says the issuing bureau 「负责牵头组织开展」 the checks; read as prose (the issuer's own role), "
            "a reader could take 奉贤区建设和管理委员会 as the item's lead"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x05_huangpu-2025-kezaisheng-nengyuan-fazhan-xingdong-fangan.txt"
RESP = "「（责任单位：…）」 on the line after the item's text: a responsible list, no lead named; split on 、 and ，"


def hp(path, units, targets=(), note="", **kw):
    lead_alt = [[units[0]]] if len(units) == 1 else []
    n = RESP + ("; " + ONE if len(units) == 1 else "") + ("; " + note if note else "")
    if "dln" not in kw and "skip_deadline" not in kw:
        n += "; " + NODATE
    return S(path, [], list(units), targets, note=n, lead_alternatives=lead_alt, **kw)


plan(X05,
     title="黄浦区可再生能源发展行动方案（关于印发《黄浦区可再生能源发展行动方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="黄发改委办〔2025〕5号", issuer="上海市黄浦区发展和改革委员会 with 12 other district bureaus (joint signature)",
     date="2025-02-24", level="district bureaus (Shanghai Huangpu, 区发展改革委 and others)",
     source=src(C19, "docs/绿色低碳与节能/关于印发《黄浦区可再生能源发展行动方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0071::f86320dd-c542-41ce-bf54-56a77719313a", 4154),
     style="district action plan of 13 bureaus: cover with the joint signature written two bureaus a line without a "
           "separator (「黄浦区发展和改革委员会黄浦区建设和管理委员会」); 一、主要任务 （一）–（十） each a heading line, a paragraph "
           "and a line 「（责任单位：A、B，C、D）」 (、 between bureaus, ， before the street offices and groups); 二、保障措施 a "
           "paragraph without items that still ends with a 「（责任单位：…）」 line; floors 不低于50% / 30%",
     leaf_tasks=10, count_alternatives=[11], attachment_task_rows=0, childless_top_level_sections=["二、保障措施"],
     samples=[
        hp(["一", "（一）"], ["区发展改革委", "区建管委", "区教育局", "区科委", "区文化旅游局", "区卫生健康委", "区体育局", "区机管局", "区国资委", "区房管局", "打浦桥街道管理办", "半淞园路街道管理办"],
           note="the list joins the bureaus with 、 and the two street offices with ， then 、"),
        hp(["一", "（二）"], ["区建管委", "区发展改革委"], [(50, "%"), (30, "%")],
           note="「屋顶安装太阳能光伏面积比例不低于50%」, 「…不低于30%」 (twice): floors for new buildings"),
        hp(["一", "（三）"], ["区发展改革委", "区建管委", "区国资委", "区房管局", "区机管局", "各街道管理办"],
           dl="到2030年", dln="2030", note="「到2030年，公共机构屋顶光伏应装尽装」"),
        hp(["一", "（四）"], ["区发展改革委", "区建管委", "区规划资源局", "区房管局", "区水务局", "区交通委"]),
        hp(["一", "（五）"], ["区发展改革委", "区房管局", "区国资委", "各街道管理办", "各区属集团"],
           not_targets=[(5, "G")], note="5G基站 is a name, not a quantity"),
        hp(["一", "（六）"], ["区科委", "区建管委", "区房管局", "区发展改革委"]),
        hp(["一", "（七）"], ["区建管委", "区房管局"]),
        hp(["一", "（八）"], ["区投促办"]),
        hp(["一", "（九）"], ["区发展改革委", "区投促办", "区财政局", "区科委", "区商务委"]),
        hp(["一", "（十）"], ["区发展改革委", "区建管委", "区规划资源局", "区城管执法局"]),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "区发展改革委会同有关单位督促推进可再生能源任务建设，每年向区委、区政府报告贯彻落实情况",
              "when": "每年", "when_norm": "annually"}],
     notes=["counting: 一、 （一）–（十） 10; 二、保障措施 is one paragraph with a 责任单位 line (区发展改革委、各相关部门，各街道管理办) but no "
            "items: a section (11 accepted if read as a task)",
            "the preamble's 「到2025年」 / 「到2030年前」 are the plan's horizons, not an item's deadline",
            "the cover's signature lists 13 bureaus; the 责任单位 lines use their short names (区发展改革委, 区建管委 …)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x06_yangpu-2025-neibu-daolu-jingxihua-zhengzhi-tuijin-shishi-fangan.txt"
XG = "a line 「相关部门：A、B…等。」 after the item's paragraphs: a responsible list (no lead named), 等 dropped"

plan(X06,
     title="杨浦区内部道路精细化整治推进实施方案（关于印发《杨浦区内部道路精细化整治推进实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="杨建委〔2025〕65号", issuer="上海市杨浦区建设和管理委员会", date="2025-11-14",
     level="district bureau (Shanghai Yangpu, 区建设管理委)",
     source=src(C49, "docs/市政与基础设施/关于印发《杨浦区内部道路精细化整治推进实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0077680&siteId=0077", 3118),
     style="district-bureau implementation plan: 一、指导原则 three UNNUMBERED sub-headings with paragraphs; 二、/三、 "
           "paragraphs; 四、工作任务 （一）（二）（三） where （三） holds 1.–3. (heading lines 「1.移交接管类」); each task ends with "
           "a line 「相关部门：…等。」; 五、资金保障 「X类：…」 paragraphs; 六、/七、 paragraphs; relative spans 「3年内」「2年内」 with "
           "road counts 2条 / 16条 / 31条",
     leaf_tasks=5, count_alternatives=[11], attachment_task_rows=0,
     childless_top_level_sections=["一、指导原则", "二、工作目标", "三、建设和管理标准", "五、资金保障", "六、源头管控", "七、保障措施"],
     samples=[
        S(["四", "（一）"], [], ["区建设管理委", "区规划资源局", "区公安分局", "区城管执法局", "区绿容局", "滨江集团", "属地街道"],
          note=XG + "; 「每年排摸新增…」 is a yearly survey, not a date; " + NODATE),
        S(["四", "（二）"], [], ["属地街道", "区建设管理委", "区绿容局", "区规划资源局", "区公安分局"], note=XG + "; " + NODATE),
        S(["四", "（三）", "1"], [], ["区公安分局", "区城管执法局", "区绿容局", "区建设管理委", "滨江集团"], [(2, "条")],
          skip_deadline=True, note=XG + "; 「3年内完成现有2条移交接管类…」; " + REL),
        S(["四", "（三）", "2"], [], ["属地街道", "相关权属单位", "相关使用单位", "区公安分局", "区城管执法局"], [(16, "条")],
          skip_deadline=True, note=XG + "; 「3年内完成现有16条自治管理类…」; 相关权属单位 / 相关使用单位 are group names; " + REL),
        S(["四", "（三）", "3"], [], ["属地街道", "区公安分局", "区城管执法局", "区绿容局", "区市场监管局", "区消防救援局", "区建设管理委", "区住房保障房屋管理局", "滨江集团", "相关使用单位"],
          [(31, "条")], skip_deadline=True,
          note=XG + "; 「2年内完成现有31条街道托底管理类…」; the paragraph's 「属地街道…托底牵头」 is prose, the list is the label; " + REL),
     ],
     plan_targets=[{"number": 31, "unit": "条"}, {"number": 16, "unit": "条"}, {"number": 2, "unit": "条"}],
     phases=[],
     duties=[{"what": "新增需要整治的内部道路，提交内部道路权属调查等相关资料，由区建设管理委组织相关部门共同确认，报分管区领导决策",
              "when": "发现后立即", "when_norm": None},
             {"what": "属地街道作为预算主体，将相关建设和管理预算计划报各行业主管部门审核后，上报区财政局",
              "when": "not stated", "when_norm": None}],
     notes=["counting: 一、–三、 and 五、–七、 have no numbered items (sections; 一、's three principles are unnumbered headings, "
            "五、's 「移交接管类：」 lines are paragraphs); 四、 （一）（二） + （三）1.–3. = 5 (11 accepted if the six sections are read "
            "as tasks); （三） has its own paragraph and three children, so it is not a leaf",
            "二、工作目标 holds the plan-level counts (31条 in 2 years; 16条 and 2条 in 3 years) and 「到2027年」",
            "杨府办〔2024〕9号 in the preamble and 第136次常务会议 in the cover are a document number and a meeting's number"])

# round 29: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 29)
align29("x01_ji", ["四", "（二）"], ["区规划资源局"], ["区规划资源局"], "「区规划资源局牵头开展中期通报和年终考核」: 「A牵头」, lead and responsible A")

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('x01_jiading', ['二', '（三）'], [(5, '亩')],
                   '「原则上项目面积应不小于5亩」: a floor joined to 不小于, a threshold picking the projects')
# aligned round 36 (p36a): CONVENTIONS.md round 36 early rulings → Tasks: a childless top-level point that gives work to a doer by rule 2 is a task in a document of numbered items too (README, "Round 36: answers aligned (p36a)")
from expected_tools import _sample32  # noqa: E402

_p36, _ = _sample32('x06_yangpu', None)
for _sec in ['五、资金保障', '六、源头管控', '七、保障措施']:
    _p36["childless_top_level_sections"].remove(_sec)
_p36.setdefault("notes", []).append(
    "aligned round 36: CONVENTIONS.md round 36 early rulings → Tasks: a childless top-level point that gives work to a doer by rule 2 is a task in a document of numbered items too — 五、资金保障 (「由各接管单位核定设施量并上报预算计划」「由属地街道会同各行业主管部门制定…」: 由A＋verb), 六、源头管控 (「由产权人和使用人负责运维」) and 七、保障措施 (「各街道落实主体责任」, the subject of 落实) each give work to a doer by rule 2 — tasks → 5 + 3 = 8; 5 (before the ruling) and 11 stay accepted (leaf_tasks " + str(_p36["leaf_tasks"]) + " → 8; count_alternatives "
    + str(_p36.get("count_alternatives", [])) + " → [5, 11])")
_p36["leaf_tasks"], _p36["count_alternatives"] = 8, [5, 11]

write_collected(DIR)
