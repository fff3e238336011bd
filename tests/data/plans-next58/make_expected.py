# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next58/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 25 (built by helper c58): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next58/make_expected.py tests/data/plans-next58
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
R26 = ("round 26 (answers aligned with the reference, convention 1): a top-level section with no numbered children is a section, not a task (/work/shared/plans-dev/EXPECTED.md lines 21–25)")
LABEL = ("「（责任单位：A、B，C）」 closes the item: a listed label without a lead rule — lead = [], responsible = every "
         "unit as printed (各区政府 / 各区 kept as printed)")


def src(path, url, chars):
    return shanghai_source(FOLDER, path, url, chars)


# ---------------------------------------------------------------------------------------------------------
X01 = "x58_01_shanghai-2026-wuye-hangye-tizhi-zengxiao-shishi-yijian.txt"
JW, FG, QU = "市住房城乡建设管理委", "市房屋管理局", "各区政府"

plan(X01,
     title="关于推进物业行业提质增效的实施意见（上海市人民政府办公厅转发市住房城乡建设管理委、市房屋管理局《关于推进物业行业提质增效的实施意见》的通知）",
     title_note="the opinion's own title after the cover, or the cover notice's title (first line): either is accepted",
     doc_no="沪府办发〔2026〕10号 (from the index; the stored text prints no number)",
     issuer="上海市人民政府办公厅 (cover); the opinion by 市住房城乡建设管理委 市房屋管理局",
     date="2026-06-22",
     level="city (Shanghai government office forwarding two city bureaus' opinion)",
     source=src("上海市人民政府办公厅转发市住房城乡建设管理委、市房屋管理局《关于推进物业行业提质增效的实施意见》的通.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=bcffe62ae13247e1ae6aa8d621273a5d&siteId=0001", 4988),
     style="a cover (addressees, one forwarding sentence 「请认真按照执行」, signature, date), the opinion's title and its two "
           "authors on one line, a preamble; 一、–六、 group headings with items （一）–（十七） numbered straight through, each one "
           "paragraph 「heading。text…。（责任单位：A、B，各区政府）」; no 保障措施 section, no dates, no figures of work",
     leaf_tasks=17,
     count_alternatives=[],
     samples=[
        S(["一", "（一）"], [], [JW, FG, "市市场监管局", "市国资委", "市绿化市容局", QU], note=LABEL + "; " + NODATE),
        S(["二", "（三）"], [], [FG, "市规划资源局", "市绿化市容局", QU], note=LABEL + "; " + NODATE),
        S(["二", "（五）"], [], [JW, FG, "市民政局", "市卫生健康委", "市商务委", "市绿化市容局", "市邮政管理局", QU],
          note=LABEL + "; eight units; " + NODATE),
        S(["三", "（六）"], [], [FG, "市市场监管局"], note=LABEL + " (no 各区政府 here); " + NODATE),
        S(["三", "（七）"], [], [FG, QU], note=LABEL + "; 「定期发布…」 a publication, no duty; " + NODATE),
        S(["四", "（九）"], [], [JW, FG, "市数据局", "市委社会工作部", QU], note=LABEL + "; 「“一物一码”」 a name; " + NODATE),
        S(["四", "（十一）"], [], [FG, "市数据局", QU], note=LABEL + "; " + NODATE),
        S(["五", "（十二）"], [], [FG, "市国资委", "市财政局", "市机管局", QU], not_targets=[(2000, "年")],
          note=LABEL + "; 「2000年前建成的早期商品房」 a year in a definition, not a target; " + NODATE),
        S(["五", "（十三）"], [], ["市委金融办", "上海金融监管局", JW, FG, "市财政局", "中国人民银行上海总部"],
          note=LABEL + "; a list without 各区政府, 「上海金融监管局」 and 「中国人民银行上海总部」 as printed; " + NODATE),
        S(["六", "（十六）"], [], ["市司法局", "市委社会工作部", "市城管执法局", "市公安局", "市高院", "市检察院", FG],
          note=LABEL + "; 「人民法院」 in the text is no unit of the item; " + NODATE),
        U(["六", "（十七）"], [FG], note=LABEL + "; the last item; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: （一）–（十七） run on across 一、–六、 → 17 (every item labelled; no other reading: the group headings "
            "have no text of their own)",
            "samples: 11 of 17, from every group 一、–六、 (first, middle and last items)",
            "units: every item closes with 「（责任单位：…）」, no lead rule anywhere: lead = [], responsible = the list; a single "
            "unit (（十七）) accepted as lead",
            "no date, phase, duty or plan-level figure; the cover's 「请认真按照执行」 is no task"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x58_02_shanghai-2026-chaodi-nenghao-jianzhu-jiandu-guanli-tongzhi.txt"
SENT = "the bureaus (市住房城乡建设管理委, 重点区域建管部门, 各区建管委, 质量安全监督部门 …) act in sentences, no label"

plan(X02,
     title="上海市住房和城乡建设管理委员会关于进一步加强本市超低能耗建筑监督管理的通知",
     title_note="the notice title (printed twice, the second time over the document number)",
     doc_no="沪建建材〔2026〕66号",
     issuer="上海市住房和城乡建设管理委员会",
     date="2026-02-14",
     level="city bureau (Shanghai)",
     source=src("上海市住房和城乡建设管理委员会关于进一步加强本市超低能耗建筑监督管理的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=42204a15fbe84d718968112f6114852f&siteId=0011", 3311),
     style="a notice (title twice, number, 「各有关单位：」, preamble); 一、二、 and 四、 headings over unnumbered paragraphs; 三、 "
           "（一）–（四） heading lines over paragraphs (one paragraph broken in the middle of a document title 「第三\\n\\n方测评」); "
           "a closing 「本通知自2026年4月1日起执行」 and the date; no unit labels: duties are written 「X负责…」 / 「X应…」 in "
           "sentences; one dated duty (「重点区域建管部门应于2026年5月1日前制定…」)",
     leaf_tasks=4,
     count_alternatives=[],
     childless_top_level_sections=["一、规模化实施超低能耗建筑", "二、进一步明确监督管理职责", "四、推动管理要求落地实施"],
     samples=[
        P(["三", "（一）"], note=SENT + "; the cited 〔2021〕114号 is a document number; " + NODATE),
        P(["三", "（二）"], note=SENT + "; 〔2023〕447号 a document number; " + NODATE),
        P(["三", "（三）"], note=SENT + "; 「适时开展专项检查」 has no date; " + NODATE),
        P(["三", "（四）"], note=SENT + "; 「整改完成后，方可出具…」 a condition, no date; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "重点区域建管部门制定辖区内超低能耗建筑全过程监管文件，报区政府（管委会）审议通过后印发，并抄送市住房城乡建设管理委",
              "when": "文件于2026年5月1日前制定，印发后抄送", "when_norm": None}],
     notes=["counting: 三、 （一）–（四） → 4; 一、, 二、 and 四、 are headings over unnumbered paragraphs with no numbered "
            "children: sections, not tasks — " + R26 + "; 二、 gives the bureaus their duties in 「X负责…」 prose as plans-dev "
            "09's childless 三、职责分工 (EXPECTED.md lines 318 and 337: not counted), and a plan without labels counts its "
            "numbered leaves while its childless sections stay sections (plans-dev 04, 08, 09). Not plans-dev 03's exception: "
            "三、 has numbered children, so not every top-level item is a task sentence of its own. Was: 7 (6 accepted) with "
            "samples 一, 二 (deadline 2026-05-01, 「应于2026年5月1日前制定…」) and 四 — removed; the dated sending stays a duty",
            "samples: all 4 leaves",
            "dates: 2026-04-01 / 2026-07-01 are start dates; 2026-05-01 the one deadline (in 二、, a section: the duty's date); 「本通知自2026年4月1日起执行」 "
            "entry into force; the signature date",
            "duty: the district documents sent (抄送) to the city commission; no rhythm, no own date (when_norm none)",
            "figures: none of work (document numbers only)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x58_03_shanghai-2025-wanzheng-shequ-jianshe-shishi-fangan.txt"

plan(X03,
     title="上海市完整社区建设实施方案（上海市住房和城乡建设管理委员会等关于印发《上海市完整社区建设实施方案》的通知）",
     title_note="the plan's own title after the cover, or the notice title (printed twice): either is accepted",
     doc_no="沪建综规联〔2025〕502号",
     issuer="上海市住房和城乡建设管理委员会 with 市委社会工作部, 市发展改革委, 市规划资源局, 市民政局, 市商务委, 市卫生健康委, 市体育局 (cover signatures)",
     date="2025-12-05",
     level="city bureaus (Shanghai, eight issuers)",
     source=src("上海市住房和城乡建设管理委员会等关于印发《上海市完整社区建设实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=b544e99ce2d249a780f121a35ba4d472&siteId=0011", 4007),
     style="a cover (title twice, number, 「各有关单位：」, one sentence, eight signature lines, date); the plan: preamble; 一、工作要求 "
           "(three paragraphs on the two kinds of community); 二、工作目标 (three dated goal lines 到2027年底 / 到2030年底 / "
           "到2035年底); 三、主要任务 （一）–（六） heading lines over one paragraph each, closing 「（责任单位：各区、…）」; an "
           "unnumbered closing paragraph on support and funds after （六）",
     leaf_tasks=6,
     count_alternatives=[7, 8],
     samples=[
        S(["三", "（一）"], [], ["各区", "市委组织部", "市委社会工作部", "市发展改革委", "市规划资源局", "市住房城乡建设管理委",
                                "市民政局", "市教委", "市卫生健康委", "市文化旅游局", "市商务委"],
          targets=[(30, "平方米"), (60, "%")],
          note=LABEL + "; 「每百户居民拥有…面积原则上不低于30平方米，60%以上建筑面积用于居民活动」 are the item's standards "
               "(targets, round-25 rule); " + NODATE),
        S(["三", "（二）"], [], ["各区", "市住房城乡建设管理委", "市房屋管理局", "市绿化市容局", "市体育局", "市发展改革委",
                                "市城管执法局", "市交通委", "市商务委", "市国资委"],
          targets=[(1, "处"), (1, "个"), (100, "%"), (95, "%"), (90, "%")],
          note=LABEL + "; targets for 特色类 communities: 至少1处口袋公园, 至少1个回收点, 100%微更新 / 100%无新增违建, 分类达标率"
               "95%以上, 招牌审批率90%以上; " + NODATE),
        S(["三", "（三）"], [], ["各区", "市住房城乡建设管理委", "市房屋管理局", "市水务局", "市发展改革委", "市经济信息化委",
                                "市交通委", "市通管局", "市公安局", "市应急局", "市国动办"],
          targets=[(100, "%"), (1, "次"), (2, "次"), (1.5, "平方米")],
          note=LABEL + "; 100% (管道改造, 立管更新, 二次供水移交, 管道覆盖率), 每年至少1次维护 / 2次疏通, 人均避难面积≥1.5平方米, "
               "每半年1次排查 are the item's targets; 「每半年」 inspections are work, not reports (no duty); " + NODATE),
        S(["三", "（四）"], [], ["各区", "市民政局", "市经济信息化委", "市住房城乡建设管理委", "市房屋管理局", "市商务委", "市公安局"],
          note=LABEL + "; " + NODATE),
        S(["三", "（五）"], [], ["各区", "市委组织部", "市委社会工作部", "市住房城乡建设管理委", "市房屋管理局", "市城管执法局",
                                "市规划资源局", "市公安局", "市高院"],
          note=LABEL + "; 派出所、司法所、律所 in 「三所联动」 are kinds of office in a name, not units; " + NODATE),
        S(["三", "（六）"], [], ["各区", "市住房城乡建设管理委", "市规划资源局", "市经济信息化委", "市发展改革委", "市科委",
                                "市商务委", "市房屋管理局"],
          not_targets=[(15, "分钟")],
          note=LABEL + "; the unnumbered closing paragraph after the label (市级部门 / 各区建设主管部门, 「15分钟社区生活圈」, "
               "funds) is no part of the item's units; 15分钟 is a name (not a target) should a reader join that paragraph to "
               "（六）; " + NODATE),
     ],
     plan_targets=[{"number": 60, "unit": "%"}, {"number": 15, "unit": "个"}],
     phases=[], duties=[],
     notes=["counting: 三、 （一）–（六） → 6 (一、工作要求 and 二、工作目标 are sections without work of their own); 7 or 8 "
            "accepted (一、 / 二、 read as tasks); the closing paragraph after （六） is unnumbered (no task)",
            "samples: all 6 tasks",
            "plan targets: 二、's 「到2027年底，主城区和五个新城完整社区覆盖率达到60%；确保新增建成特色类完整社区15个以上」; "
            "「五个新城」 names places; 2030 / 2035 lines carry no figure",
            "dates: the 2027 / 2030 / 2035 goal lines are goals, not phases, and no task's deadline; no dated item; the cover date",
            "units: every task labelled 「（责任单位：各区、…）」 with 各区 first and no lead rule: lead = [], responsible = the list"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x58_04_shanghai-2025-fangdichan-gujia-jigou-jiancha-tongzhi.txt"
ITEM = "an inspection item (what the check covers), no unit named: lead and responsible none; "
STEP = "a dated step of the inspection; the actors (估价机构, 我局, 评审委员会) act in sentences, no label; "

plan(X04,
     title="关于对本市房地产估价机构进行检查的通知",
     doc_no="沪房市场〔2025〕142号 (from the index; not printed in the stored text)",
     issuer="上海市房屋管理局",
     date="2025-09-17 (signature; the index gives 2025-09-18)",
     level="city bureau (Shanghai), addressed to 各房地产估价机构",
     source=src("关于对本市房地产估价机构进行检查的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=cfb242361fcc4a9397210078745cabd7&siteId=0013", 2438),
     style="a bureau's notice to firms: preamble; 一、检查内容 1、–9、 「heading。text」 items; 二、检查安排与要求 1、–5、 dated steps "
           "「N、heading。2025年X月X日前完成，…」 with two extra paragraphs under 1、 (two dated sendings with an address and a "
           "mailbox); 三、组织安排 a paragraph (核查组, 评审委员会); 四、工作要求 1、–3、; 「特此通知」, date",
     leaf_tasks=17,
     count_alternatives=[9],
     childless_top_level_sections=["三、组织安排"],
     samples=[
        P(["一", "1"], note=ITEM + NODATE),
        P(["一", "5"], note=ITEM + NODATE),
        P(["一", "9"], note=ITEM + "「“两承诺”」 a name; " + NODATE),
        P(["二", "1"], dl="2025年10月20日前完成", dln="2025-10-20",
          note=STEP + "the firms' self-check; the sending paragraphs below it are duties (see duties); 「2025年10月9日-20日」 is the "
               "time the copies must show, not a deadline"),
        P(["二", "2"], dl="2025年10月30日前完成", dln="2025-10-30", not_targets=[(2, "份")],
          note=STEP + "「每家估价机构均抽取两份」 the sample size of the method (not a target); 2024 / 2025 / 2023 自然年度 the "
               "years drawn from"),
        P(["二", "3"], dl="2025年11月10日前完成", dln="2025-11-10", note=STEP + "two systems' names"),
        P(["二", "4"], dl="2025年12月中旬完成", dln="2025-12", not_targets=[(3, "名")],
          note=STEP + "「12月中旬」 read as December 2025 (month prefix); 「每份报告由三名专家评审」 the panel size, not a target"),
        P(["二", "5"], note=STEP + "「具体时间另定」: no date; the publication of the lists is not a report to a unit; " + NODATE),
        P(["四", "1"], note="a requirement on the firms (估价机构 are the addressees, not units of the item); " + NODATE),
        P(["四", "3"], note="sanctions on firms; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "自查报告和附件1、2（均需一式两份并加盖机构公章）报送", "when": "2025年10月20日前", "when_norm": "2025-10-20"},
             {"what": "附件3（需加盖机构公章）至邮箱报送", "when": "2026年1月20日前", "when_norm": "2026-01-20"}],
     notes=["counting: every numbered leaf — 一、 1、–9、 9 + 二、 1、–5、 5 + 四、 1、–3、 3 → 17; 三、组织安排 (one paragraph: "
            "我局 organises, 核查组 and 评审委员会 formed) has no numbered children: a section, not a task — " + R26 + " (a "
            "plan without labels counts its numbered leaves, its childless sections stay sections: plans-dev 04, 08, 09). "
            "Accepted: 9 (一、's inspection contents one task). Was: 18 (17, 10 and 9 accepted) with sample 三 — removed",
            "samples: 10 of 17 — three of 一、, all five steps of 二、 and two of 四、",
            "dates: four dated steps (10-20, 10-30, 11-10, mid-December) — deadlines, not phases (no stage names); the two dated "
            "sendings under 二、1、 are the firms' duties to the bureau (two dates in one paragraph)",
            "figures: 两份 / 三名 are method sizes (not targets); the address 世博村路300号6号楼1712室, 邮政编码200125 and the "
            "mailbox are no figures of work"])

# round 29: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 29)
align29("x58_04", ["二", "4"], [], ["评审委员会"], "「由评审委员会组织专家进行评审」: the agent of 由 is responsible, no lead (A alone accepted as lead); the experts are persons (rule 3)", alt=[["评审委员会"]])
# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
align30("x58_02", ["三", "（二）"], [], ["建设单位"],
        "「建设单位应落实建设工程质量首要责任，确保超低能耗建筑相关技术要求在施工图设计文件中有效落实」: the subject of 落实 (a kind of body, the builder that does the item's own work: the design and its changes) is responsible, no lead (A alone accepted as lead); 「向重点区域建管部门申请…论证或备案」 a receiver (rule 3); 「重点区域建管部门应…明确…要求」 has no verb of rule 2", alt=[["建设单位"]], rule="2 and 3")
align30("x58_02", ["三", "（三）"], [], ["建设单位"],
        "「建设单位应按照要求，在项目现场设置样板工程，实施完善的施工过程收集、留存检验检测报告或进场复验报告制度」: the subject of 实施 is responsible, no lead (A alone accepted as lead); 施工单位 / 监理单位 (应编制 / 应制定) and the 质量安全监督部门 (应制定 / 加强监督 / 开展检查) have no verb of rule 2", alt=[["建设单位"]])
# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x58_04', None, 'a regulated party\'s filing is no duty', '「各估价机构应当…认真对照自查…自查报告和附件1、2…报送」「附件3…至邮箱报送」: the appraisal firms under inspection file their self-checks with the regulator', drop_duties=['自查报告', '附件3'])
from expected_tools import S as S32, newtask32  # noqa: E402

newtask32('x58_02', S32(['二'], [], ['市住房城乡建设管理委', '嘉定、青浦、松江、奉贤、崇明区建管委', '临港管委会', '其他各区建管委（管委会）'], dl='于2026年5月1日前', dln='2026-05-01',
          note='「市住房城乡建设管理委负责…」「嘉定、青浦、松江、奉贤、崇明区建管委及临港管委会（以下简称“重点区域建管部门”）负责…」 (districts sharing one head: one name as printed) 「其他各区建管委（管委会）负责…」; the third paragraph opens with the alias 重点区域建管部门 (the same bodies); 「重点区域建管部门应于2026年5月1日前制定…监管文件」 is the task\'s dated step'),
          'a childless section of unit paragraphs', '「二、进一步明确监督管理职责」 has no numbered children; its three unnumbered paragraphs each open with a body: one task, its units all the paragraphs\' bodies in printed order',
          '二、进一步明确监督管理职责', leaf_tasks=5)
# aligned round 36 (p36a): CONVENTIONS.md round 36 early rulings → Tasks: a childless top-level point that gives work to a doer by rule 2 is a task in a document of numbered items too (README, "Round 36: answers aligned (p36a)")
from expected_tools import _sample32  # noqa: E402

_p36, _ = _sample32('x58_04_shanghai', None)
for _sec in ['三、组织安排']:
    _p36["childless_top_level_sections"].remove(_sec)
_p36.setdefault("notes", []).append(
    "aligned round 36: CONVENTIONS.md round 36 early rulings → Tasks: a childless top-level point that gives work to a doer by rule 2 is a task in a document of numbered items too — 三、组织安排: 「本次检查由我局按照本通知和相关规定组织实施」 (由A＋verb, the issuer speaking of itself a unit) — a task; 17 (before the ruling) and 9 stay accepted (leaf_tasks " + str(_p36["leaf_tasks"]) + " → 18; count_alternatives "
    + str(_p36.get("count_alternatives", [])) + " → [17, 9])")
_p36["leaf_tasks"], _p36["count_alternatives"] = 18, [17, 9]

# Round 51 (rul51): answers aligned to tests/data/CONVENTIONS.md, "Round 51 rulings" (README, "Round 51")
from expected_tools import _sample32 as _s51  # noqa: E402

_p51, _ = _s51("x58_02", None)
for _sec in ["一、规模化实施超低能耗建筑", "四、推动管理要求落地实施"]:
    _p51["childless_top_level_sections"].remove(_sec)
_p51["notes"].append(
    "Round 51: CONVENTIONS.md Round 51 rulings → Tasks (childless points that give work; round 34 early governs over the "
    "older reading above): three of the notice's four points are childless, and 一、 (「…的新建民用建筑应全面实施超低能耗建筑」, "
    "an instruction with no doer) and 四、 (「各区建设管理委（管委会）要…认真贯彻落实相关要求」) give work — tasks (leaf_tasks 5 → 7; "
    "count_alternatives [] → [5, 6])")
_p51["leaf_tasks"], _p51["count_alternatives"] = 7, [5, 6]

# Round 50 (al50): answers aligned to tests/data/CONVENTIONS.md, "Round 56 rulings" → Units (turned: rounds 34, 50 over
# x58_02's reading), read at the items' text (README, "Round 50")
from expected_tools import align33_units as _align33_50  # noqa: E402

_W50 = ("a subject carries to a verb with none inside one paragraph (round 34; the page break inside the title 「第三\\n\\n方测评」 "
        "ends no paragraph), and x58_02 三 has no lead-in: 「重点区域建管部门应…明确…要求。对…的项目，应…组织开展…」 carries the "
        "subject to 组织开展 (round 34's 组织＋work; 对…的 names the objects, not rule 3's case) — a doer; no 牵头: lead [] (the "
        "single body as lead accepted, as the set's 三/（二）（三） write it)")
for _path50, _words50 in [(["三", "（一）"], "「重点区域建管部门应按照…要求，明确本区超低能耗建筑项目管理要求。对申请容积率计算支持的…项目"
                                            "（近零能耗建筑项目），应按照本区…管理规定，组织开展专项技术方案评估…」"),
                          (["三", "（四）"], "「重点区域建管部门应按照《…第三\\n\\n方测评机构管理办法（试行）》…要求，明确本区…测评管理要求。"
                                            "对申请容积率计算支持的…项目（近零能耗建筑项目），应按照本区项目测评管理规定要求，组织开展第三方测评」")]:
    _align33_50("x58_02", _path50, [], ["重点区域建管部门"], _words50 + ": " + _W50, alt=[["重点区域建管部门"]])
    _s51("x58_02", _path50)[1]["note"] = _s51("x58_02", _path50)[1]["note"].replace(
        "aligned round 33: ", 'aligned round 50 to CONVENTIONS.md "Round 56 rulings" (turned): ', 1)

write_collected(DIR)
