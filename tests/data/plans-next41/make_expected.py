# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next41/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 24 (built by c41): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next41/make_expected.py tests/data/plans-next41
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    S,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

NOTICE_COUNT = ("counting: the notice's own numbered items are its tasks, as plans-dev 03 (each 一、 is a complete "
                "instruction to the addressees, so EXPECTED.md's 'childless top-level = section' rule does not fit)")


def src(path, url, chars):
    return shanghai_source("规划与土地", path, url, chars)


P, U = prose_and_listed(PROSE_ACTORS)


def L(path, units, targets=(), dl=None, dln=None, note="", **kw):
    """An item ending in 「（责任单位：A、B、…）」: every unit responsible, no lead named (plans-dev 02 / 06)."""
    return S(path, [], list(units), targets, dl=dl, dln=dln,
             note=(note + "; " if note else "") + "「（责任单位：…）」 at the item's end: all listed units responsible, "
             "no lead named (the first-listed is not said to lead): lead = []", **kw)


# ---------------------------------------------------------------------------------------------------------
X01 = "x41_01_shanghai-2021-zhizhi-gengdi-feinonghua-fangzhi-feilianghua-gongzuo-fangan.txt"
NONG = ["市农业农村委", "市粮食物资储备局", "各涉农区政府"]

plan(X01,
     title="关于坚决制止耕地“非农化”行为、防止耕地“非粮化”稳定粮食生产的工作方案（上海市人民政府办公厅印发《关于坚决制止耕地“非农化”行为、防止耕地“非粮化”稳定粮食生产的工作方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪府办〔2021〕39号 (from the index; the stored text prints no number)",
     issuer="上海市人民政府办公厅",
     date="2021-06-02 (published; the cover is dated 2021年5月31日)",
     level="city (Shanghai municipal government general office)",
     source=src("上海市人民政府办公厅印发《关于坚决制止耕地“非农化”行为、防止耕地“非粮化”稳定粮食生产的工作方案》.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9bdd598076cb4aa68356368970cd6e9e&siteId=0001", 2761),
     style="city plan after a short cover (addressees, one sentence, signature, date); the plan's title, a preamble; "
           "一、总体要求 one paragraph with the plan's figures; 二、主要任务 （一）–（六） heading lines, each followed by one "
           "paragraph ending in 「（责任单位：A、B、…、各涉农区政府）」; 三、保障措施 （一）–（三） 「（n）heading。text」 on one "
           "line, no labels",
     leaf_tasks=9, task_section_leaves=6, count_alternatives=[],
     leaf_tasks_by_section={"二、主要任务": 6, "三、保障措施": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求"],
     samples=[
        L(["二", "（一）"], ["市规划资源局", "市农业农村委", "市绿化市容局", "市水务局", "市司法局", "各涉农区政府"],
          note="「限期整改」 and 「适时修订」 give no date: " + NODATE),
        L(["二", "（二）"], ["市农业农村委", "市规划资源局", "各涉农区政府"],
          targets=[(13, "万亩"), (11, "万亩")], dl="到2025年", dln="2025",
          other_deadlines=[{"text": "2021年", "norm": "2021"}],
          not_targets=[(80, "万亩")],
          note="「已划定的80万亩粮食生产功能区」 is the area already delimited (a past outturn), not a target; the item's "
               "deadline is the completion 「到2025年，完成新增建设13万亩、改造提升11万亩高标准农田任务」; 「2021年组织开展"
               "…“回头看”」 is a second, earlier date (other_deadlines)"),
        L(["二", "（三）"], NONG, targets=[(10, "万亩")],
          note="「打造10万亩粮食生产无人农场」 a target without a date: " + NODATE),
        L(["二", "（四）"], NONG, targets=[(50, "%")], dl="到2025年", dln="2025",
          note="「到2025年，上市销售的地产稻米品牌化比例达到50%」"),
        L(["二", "（五）"], ["市农业农村委", "各涉农区政府"], note=NODATE),
        L(["二", "（六）"], ["市农业农村委", "市规划资源局", "各涉农区政府"], dl="2021年", dln="2021",
          note="「2021年，组织开展撂荒地专项检查」 is the only date (the year, no month); 「每半年开展一次…监测评价」 is a "
               "rhythm (the plan's duty, below), not a deadline"),
        P(["三", "（一）"],
          note="各涉农区政府、光明集团等有关单位 / 市各有关部门 act in sentences (「…要充分认识…」), no label; " + NODATE),
        P(["三", "（二）"], note="年度考核 is oversight, not a report by a unit (no duty); " + NODATE),
        P(["三", "（三）"], note=NODATE),
     ],
     plan_targets=[{"number": 202, "unit": "万亩"}, {"number": 150, "unit": "万亩"},
                   {"number": 170, "unit": "万亩"}, {"number": 90, "unit": "万吨"}],
     phases=[],
     duties=[{"what": "每半年开展一次耕地种粮情况监测评价，建立耕地“非粮化”情况通报机制", "when": "每半年",
              "when_norm": "every six months (twice a year)"}],
     notes=["counting: 一、总体要求 has no numbered children (a section); 二、 （一）–（六） 6 (the tasks with 责任单位) + 三、 "
            "（一）–（三） 3 → 9 by EXPECTED.md's rule; 6 (二、 only, task_section_leaves) accepted",
            "samples: all nine leaves",
            "units: every 二、 item ends in 「（责任单位：…）」 listing 2–6 units, no lead named; 三、's items name none as a "
            "label",
            "plan targets from 一、: 「至2035年全市202万亩耕地、150万亩永久基本农田保护底线」 and 「“十四五”期间粮食生产面积"
            "稳定在170万亩以上，年产量稳定在90万吨以上」 (the 2035 / 十四五 horizons are the targets' periods, not item "
            "deadlines)",
            "the one duty: 二/（六）'s half-yearly monitoring with a 通报 mechanism (「重大情况及时报告」 has no rhythm); "
            "no phases",
            "document numbers 国办发明电〔2020〕24号, 国办发〔2020〕44号 in the preamble are not targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x41_02_shanghai-2021-quanji-cehui-tousu-jizhi-tongzhi.txt"
XIE = ("the units of 四、 are given in its lead-in sentence 「上海市测绘地理信息产业协会负责投诉处理的具体工作」 (a sentence "
       "of the parent section, not a label of the item, as plans-next39 x39_03's 三、组织领导): lead = [], responsible = []")
KIND = "a complaint category (what may be complained about; numbered, so a leaf by EXPECTED.md's rule, but it gives no work)"

plan(X02,
     title="关于进一步建立健全本市权籍测绘投诉机制的通知",
     doc_no="沪规划资源登〔2021〕60号 (from the index; the stored text prints no number)",
     issuer="上海市规划和自然资源局",
     date="2021-02-22",
     level="city bureau (Shanghai)",
     source=src("关于进一步建立健全本市权籍测绘投诉机制的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=3bb7d731632849b5bed4a507db7f7de7&siteId=0032", 1591),
     style="city bureau notice: title, addressees (市自然资源确权登记局，各区规划资源局，…，市测绘地理信息产业协会), a preamble; "
           "一、–六、 heading lines; 一、 二、 五、 六、 one paragraph each, no children; 三、 a lead-in and （一）–（三） "
           "「（n）heading。text」 (complaint categories); 四、 a lead-in 「上海市测绘地理信息产业协会负责…」 and （一）–（三） "
           "(受理 / 调查 / 交办和答复); a web address line, signature, date; no unit labels",
     leaf_tasks=6, count_alternatives=[10],
     leaf_tasks_by_section={"三、投诉内容": 3, "四、规范程序": 3},
     attachment_task_rows=0,
     childless_top_level_sections=["一、提高认识", "二、畅通渠道", "五、加强监督", "六、广泛宣传"],
     samples=[
        P(["三", "（一）"], note=KIND + "; " + NODATE),
        P(["三", "（二）"], note=KIND + "; 「超时办结」 names no time: " + NODATE),
        P(["三", "（三）"], note=KIND + "; " + NODATE),
        P(["四", "（一）"], note=XIE + "; 「应及时受理」 no date: " + NODATE),
        P(["四", "（二）"], not_targets=[(30, "天")],
          note=XIE + " (the item repeats 「由市测绘地理信息产业协会…」 in a sentence); 「在30天内形成调查结论」 is the time "
               "limit of every complaint's investigation, counted from an unknown day: a rule, not a target, and no "
               "calendar deadline: " + NODATE),
        P(["四", "（三）"],
          note=XIE + "; 上海市自然资源确权登记局 acts in a sentence too; the report handed over is the plan's duty (below); "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "形成投诉处理报告，直接答复投诉人，同时转交上海市自然资源确权登记局",
              "when": "each complaint, after its investigation (no fixed date)", "when_norm": None}],
     notes=["counting: 三、 （一）–（三） 3 + 四、 （一）–（三） 3 → 6 by EXPECTED.md's rule (一、 二、 五、 六、 have no numbered "
            "children: sections); 10 accepted (一、 二、 五、 六、 read as the notice's tasks, as plans-dev 03: 五、 and 六、 "
            "give named bodies work in sentences)",
            "samples: all six leaves",
            "units: no label anywhere; the 「X负责」 of 四、 is the lead-in sentence of the section (see the samples' note)",
            "figures: 「962988投诉热线」 a telephone number (in 二、, a section), 「30天内」 a time limit, 「三个部分」 a count "
            "in a phrase; no targets, no plan targets",
            "no calendar date except the signature: no deadlines, no phases; the one duty is the 投诉处理报告 handed to "
            "the registration bureau (event-driven, no rhythm); 五、's 「实时跟进处理进度」 is supervision, not a report"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x41_03_shanghai-2020-fushu-sheshi-jianshe-guihua-guanli-yijian.txt"
SCOPE = "a scope item (which 附属设施 need no planning approval; numbered, so a leaf by EXPECTED.md's rule, but it gives no work)"

plan(X03,
     title="关于进一步完善本市附属设施建设规划管理工作的意见（关于印发《关于进一步完善本市附属设施建设规划管理工作的意见》的通知）",
     title_note="the opinion's title after the cover, or the notice title: either is accepted",
     doc_no="沪规划资源建〔2020〕377号 (from the index; the stored text prints no number)",
     issuer="上海市规划和自然资源局",
     date="2020-08-25",
     level="city bureau (Shanghai)",
     source=src("关于印发《关于进一步完善本市附属设施建设规划管理工作的意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=1623844df3ea4dfcb0cf63c46c499cf5&siteId=0032", 2325),
     style="city bureau opinion after a short cover (addressees 各区规划资源局、各派出机构, one sentence, signature, date); "
           "the opinion's title, a preamble; 一、 二、 三、 one paragraph each; 四、 a lead-in and （一）–（三） heading lines "
           "with one paragraph (kinds of facility); 五、服务推进 （一）–（三） and 六、加强管理 （一）–（五） with the text on the "
           "number's line; no unit labels: 街镇, 规划资源部门, 产业招商部门 … act in sentences",
     leaf_tasks=11, task_section_leaves=3, count_alternatives=[8],
     leaf_tasks_by_section={"四、政策支持": 3, "五、服务推进": 3, "六、加强管理": 5},
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作导向", "二、适用范围", "三、基本原则"],
     samples=[
        P(["四", "（一）"], note=SCOPE + "; " + NODATE),
        P(["四", "（三）"], note=SCOPE + "; " + NODATE),
        P(["五", "（一）"],
          note="「住宅小区内增设附属设施的，由街镇负责组织实施」 is a conditional rule in a sentence (no label); 规划资源部门, "
               "街镇、居民委员会和业主委员会 act in sentences too; " + NODATE),
        P(["五", "（二）"], note="「街镇应组织开展公众参与」, 「规划资源管理部门应支持…」: sentences; " + NODATE),
        P(["五", "（三）"],
          note="「市、区产业招商部门、产业园区管委会等管理机构，组织开展企业帮办服务」: sentences (等管理机构 a category); "
               + NODATE),
        P(["六", "（二）"], note="生态环境、市容环卫… 等行政管理部门 a category in a sentence; " + NODATE),
        P(["六", "（三）"], note="「市、区规划资源管理部门应及时总结工作经验」: 及时 no date, no report: " + NODATE),
        P(["六", "（五）"], note="「本意见自印发之日起施行」 is the date the opinion takes effect, not a deadline: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 四、 （一）–（三） 3 + 五、 （一）–（三） 3 + 六、 （一）–（五） 5 → 11 by EXPECTED.md's rule (一、 二、 "
            "三、 have no numbered children: sections); the items that give work are 五、's three (task_section_leaves = 3); "
            "8 (四、's kinds of facility not read as tasks) accepted",
            "samples: eight of the eleven leaves, from 四、 五、 and 六、",
            "units: no item names a unit as a label; the cover's addressees are not units of any item",
            "figures and dates: 「2020年8月20日局长办公会」 in the cover, 沪规划资源建〔2020〕17号 a document number; no "
            "targets, no deadlines, no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x41_04_shanghai-2020-chengjian-dangan-fuwu-zhidao-zhongda-xiangmu-tongzhi.txt"
GE = "「各级城建档案管理机构」 are the addressees, acting in sentences (no label)"

plan(X04,
     title="关于加强本市城建档案服务指导工作保障重大建设项目实施的通知",
     doc_no="沪规划资源行〔2020〕107号 (from the index; the stored text prints no number)",
     issuer="上海市规划和自然资源局",
     date="2020-03-16",
     level="city bureau (Shanghai)",
     source=src("关于加强本市城建档案服务指导工作保障重大建设项目实施的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=3db5fb823d0b471aa9ad6068f65ec7af&siteId=0032", 1313),
     style="city bureau notice: title, addressees (本市各级城建档案管理机构), a preamble; three items 一、–三、, each a heading "
           "line (一、 and 二、 ending in 。) followed by one or two paragraphs, no numbered children; signature, date; no "
           "unit labels",
     leaf_tasks=3, count_alternatives=[0],
     leaf_tasks_by_section={"一、–三、": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一"], note=GE + "; 建设单位 an object; " + NODATE),
        P(["二"], not_targets=[(2, "个月")],
          note=GE + "; second paragraph: 「从本通知印发之日起至疫情防控结束…限期至疫情防控结束之日后2个月内完成移交」 — the "
               "building units' hand-over period, counted from a day the text does not give: no calendar deadline, and "
               "2个月 is a time limit, not a target; " + NODATE),
        P(["三"], note=GE + "; 「制订时间表、工作图」 names no date: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=[NOTICE_COUNT + ": 一、–三、 → 3; 0 (every item a childless top-level section) accepted",
            "samples: all three items",
            "no unit label: lead and responsible none for every sample",
            "dates: only the signature and the 2个月 hand-over limit after the (undated) end of epidemic control: no "
            "deadlines, no phases; 「档案…报送」 is the building units' hand-over the bureaus guide, not a report by an "
            "addressee: no duties; no targets"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("x41_02", ["四", "（二）"], [], ["市测绘地理信息产业协会"], "「由市测绘地理信息产业协会从…专家库中随机抽取专家人选，…独立开展调查」: the agent of 由 with a verb of doing, in the item's own text (so the section's lead-in adds nothing, rule 4), responsible, no lead (A alone accepted)", alt=[["市测绘地理信息产业协会"]], rule="2 and 4")
align30("x41_03", ["五", "（二）"], [], ["街镇"], "「街镇应组织开展公众参与，梳理本地区的城市发展和民生诉求」: the subject of 组织＋verb, responsible, no lead (A alone accepted); 规划资源管理部门 only 支持 (rule 3)", alt=[["街镇"]], rule="2 and 3")
align30("x41_03", ["五", "（一）"], [], ["街镇"], "「住宅小区内增设附属设施的，由街镇负责组织实施」: the 「…的」 clause is the item's own scope (its work is adding facilities), not a case inside other work (CONVENTIONS.md round-30 clarifications); the agent of 由 with 负责组织实施, responsible, no lead (A alone accepted); 规划资源部门 开展 and 「街镇、居民委员会和业主委员会做好…」 are verbs rule 2 does not list", alt=[["街镇"]])
# round 39 (p39g): rule 4 as written — a lead-in's doers for the items that name none, by reading the items
from expected_tools import align39_units  # noqa: E402

align39_units('x41_02', ['四', '（一）'], [], ['上海市测绘地理信息产业协会'],
              "rule 4 lead-in (CONVENTIONS.md rule 4 as written, closed round 39): 四、's opening paragraph 「上海市测绘地理信息产业协会负责投诉处理的具体工作」 (A负责) names the doer of the section's steps; the item names none of its own (（二） does: 由市测绘地理信息产业协会…): responsible the 协会, lead [] (the single body accepted)", alt=[['上海市测绘地理信息产业协会']])  # noqa: E501
align39_units('x41_02', ['四', '（三）'], [], ['上海市测绘地理信息产业协会'],
              "rule 4 lead-in (CONVENTIONS.md rule 4 as written, closed round 39): 四、's opening paragraph 「上海市测绘地理信息产业协会负责投诉处理的具体工作」 (A负责) names the doer of the section's steps; the item names none of its own (（二） does: 由市测绘地理信息产业协会…): responsible the 协会, lead [] (the single body accepted)", alt=[['上海市测绘地理信息产业协会']])  # noqa: E501


# Round 58 (rul79): aligned to tests/data/CONVENTIONS.md "Round 78 rulings" (p58b-3 / p58a-1, governs), the samples it
# named and left for a later alignment, read at their words (README, round 58)
from aligned_rulings import align78  # noqa: E402

_G78 = ("Tasks and counts, governs: rounds 30, 35, 56, 60's x36_02, 66's x81_04 and 72 over the every-leaf samples; "
        "the old counts stay accepted")
align78("x41_03", ["四", "（一）"], "「四、政策支持 除法律法规另有规定，增设以下附属设施无需办理规划审批手续：（一）改善居住条件的设施 …（三）」: a list of the kinds the rule covers, no body given work (round 30; round 66's x81_04), no task and no sample on it", _G78, drop=True)
align78("x41_03", ["四", "（三）"], "「（三）推动生产经营的设施 …企业因生产经营需要增设…」: the last kind of the same list (as 四/（一）)", _G78, drop=True)
align78("x41_03", ["六", "（五）"], "「（五）本意见自印发之日起施行。」: entry into force (with （四）'s conflict rule 「…不一致的，以本意见为准」), general provisions (round 30; Round 74's x297_04 五、), no tasks", _G78, drop=True,
        counts={"leaf_tasks": 6, "count_alternatives": [11, 8],
                "leaf_tasks_by_section": {"四、政策支持": 0, "五、服务推进": 3, "六、加强管理": 3}})

write_collected(DIR)
