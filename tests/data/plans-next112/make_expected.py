# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next112/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 33 (built by helper c112): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at
8fe7d84 (round 29's ruling on units written in sentences with the round-30 clarifications, round 30's rulings on
thresholds and general provisions, round 31's exceptions, the round-32 and round-33 rulings). Neither the parser nor the
scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next112/make_expected.py tests/data/plans-next112
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
FOLDER = "绿色低碳与节能"

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋verb, A会同B…): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (完成, 明确, 制定, "
          "开展 without 组织, 加强, 建设, 签订, 提供, 编制, 征询, 提出 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
PIVOT = ("CONVENTIONS.md round 30: 「A组织B＋verb」 — A is the doer (responsible A); B, the object of 组织, is not a unit")
SELF = "CONVENTIONS.md round 30: the issuer speaking of itself 「我委」 is a unit, as printed"
GENERAL = ("CONVENTIONS.md round 33: 有关单位／相关单位／各单位 are general calls (单位 is any body) — no unit")
FIRM = ("a regulated body named by a kind with a verb of rule 2 is a doer (CONVENTIONS.md round 33: 「物业服务企业为责任主体」 "
        "makes the regulated body a doer, a kind of body; rule 2's A names 物业服务企业)")
MAIN = ("an item of the plan's main body (not 总体要求／保障措施／组织实施／工作要求): a task whether or not it names a unit (seeds "
        "EXPECTED.md lines 3–5 exclude only those sections' items; plans-next105 x105_03 四、管理要求)")
STD = "a comparison word joined to the figure (CONVENTIONS.md round 30 line; 大于 round 32): a target of the item"


# ---------------------------------------------------------------------------------------------------------
X01 = "x112_01_shanghai-fagaiwei-2024-kezaisheng-nengyuan-fazhan-shidian-shifan-zhuanfa-tongzhi.txt"
TITLE01 = "关于转发国家能源局《关于组织开展可再生能源发展试点示范的通知》的通知"

plan(X01,
     title=TITLE01,
     title_note="the notice title as printed (the first line); the forwarded national notice is an 附件 not printed, the "
                "notice's own 一、–三、 are the plan",
     doc_no="沪发改能源〔2024〕33号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2024-02-20",
     level="city bureau (Shanghai), to 各有关单位",
     source=shanghai_source(FOLDER, TITLE01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=9929729539824b2fb8739bdf9bc172b7&siteId=0025", 1641),
     style="a forwarding notice: 一、关于申报内容 and 二、关于申报要求 (childless sections: a paragraph and run-in 「一是…」「二是…」 "
           "paragraphs, not numbered items), 三、关于组织实施 1.–3. (「我委将组织…评审」, 「我委将组织开展…验收」, a dated submission "
           "「于2024年9月30日前」, a ceiling 「每类不超过2个项目」); contact line, 附件 line, signature",
     leaf_tasks=2, count_alternatives=[3],
     leaf_tasks_by_section={"三、关于组织实施 1.、3.": 2},
     attachment_task_rows=0,
     childless_top_level_sections=["一、关于申报内容", "二、关于申报要求"],
     samples=[
        S(["三", "1"], [], ["我委"], targets=[(2, "个")], dl="2024年9月30日前", dln="2024-09-30", lead_alternatives=[["我委"]],
          note="「我委将组织第三方技术机构对申报项目逐个评审」: " + PIVOT + "; " + SELF + "; " + SUBJ + "; 「请相关单位…筛选…报送我委」: "
               + GENERAL + " (and 筛选／报送 are no verbs of rule 2; 我委 there a receiver, rule 3); 「原则上示范工程每类不超过2个项目」: "
               "不超过, a target (round 30 line); 「于2024年9月30日前将申报材料报送我委」: the item's one date → 2024-09-30"),
        S(["三", "3"], [], ["我委"], lead_alternatives=[["我委"]],
          note="「我委将组织开展项目验收和总结评价」: 组织开展, rule 2; " + SELF + "; " + SUBJ + "; 「国家能源局将综合评估…宣传推广」: "
               "评估／宣传推广 no verbs of rule 2 — no unit; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "形成我市试点示范项目清单后报送国家能源局", "when": "（未写明）", "when_norm": None, "who": ["我委"]},
             {"what": "将项目完成情况报送国家能源局", "when": "（未写明）", "when_norm": None, "who": ["我委"]}],
     notes=["counting: 一、 and 二、 hold no numbered items (the 「一是／二是／三是」 paragraphs are run-in, not numbers) — sections; "
            "三、关于组织实施 1. and 3. name 我委 (rule 2) → tasks; 2. 项目管理 「须符合…」「须及时向我委书面提出…」 names no doer "
            "(我委 a receiver) and is an item of 组织实施 naming no unit — not a task (round 27; round 33: a 组织实施 item is a task "
            "only with a doer) → **2**; 3 (every numbered leaf) accepted",
            "duties: the issuer's two reports to 国家能源局 (1. and 3.), no date; the applicants' submission 「请相关单位…于2024年9月30日"
            "前将申报材料报送我委」 is the call's content for the applicants (round 32: a regulated party's filing is no duty) — it "
            "dates the item (1.'s deadline), it is no duty",
            "not targets: 国能发新能〔2023〕66号 (a document number), 021-23119484 (a phone number), “十四五” (a period in 二、, a "
            "section) — not checked"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x112_02_shanghai-fagaiwei-2024-kezaisheng-nengyuan-gongnuan-dianxing-anli-huibian-zhuanfa-tongzhi.txt"
TITLE02 = "关于转发《关于开展全国可再生能源供暖（制冷）典型案例汇编（2023）工作的通知》的通知"

plan(X02,
     title=TITLE02,
     title_note="the notice title as printed (the first line); the forwarded national notice is an 附件 not printed",
     doc_no="沪发改能源〔2024〕8号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2024-01-10 (index; signed 2024年1月9日)",
     level="city bureau (Shanghai), to 各区发展改革委, 有关企业 and 市节能减排中心",
     source=shanghai_source(FOLDER, TITLE02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=a20c18a176fc4dc6b89cc48947bf980a&siteId=0025", 1155),
     style="a forwarding notice of three childless items 一、–三、 (a paragraph each): 一、 the scope of applications (「至少2个周期」), "
           "二、 「请各区发展改革委牵头…于1月20日前…转报我委」 (a ceiling 不超过2个), 三、 「我委会同市生环局、市住建委组织…初审，择优报送"
           "国家能源局」; contact line, 附件 line, signature",
     leaf_tasks=2, count_alternatives=[3, 0],
     leaf_tasks_by_section={"二、": 1, "三、": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、关于申报范围"],
     samples=[
        S(["二"], ["各区发展改革委"], ["各区发展改革委"], targets=[(2, "个")], dl="1月20日前", dln="2024-01-20",
          note="「请各区发展改革委牵头，自愿组织不超过2个…项目进行申报」: 「请A牵头」 is the request form of 「A牵头」 (CONVENTIONS.md "
               "round 30): lead and responsible 各区发展改革委 (a kind, round 32); 「不超过2个」: 不超过, a target (round 30 line); "
               "「于1月20日前…转报我委」: the year is implicit, resolved from the notice's date 2024年1月9日 (plans-dev EXPECTED.md: years "
               "left implicit are resolved from the plan's date) → 2024-01-20"),
        S(["三"], ["我委"], ["我委", "市生环局", "市住建委", "国家能源局"], lead_alternatives=[[]],
          responsible_alternatives=[["我委", "市生环局", "市住建委"]],
          note="Round 94 (turned; Units: Round 92's confirmed form — 「经A组织（初审／审查／评审）…（通过／同意）后」 names A, "
               "everywhere, 组织 rule 2's wherever it stands, a 经…后 clause included — over this note's rule-3 approver; p66f): "
               "responsible [我委, 市生环局, 市住建委] → + 国家能源局 (printed order; the old list stays accepted) — "
               "「经国家能源局组织审查和现场核查后」 names 国家能源局 by 组织审查; the earlier reading: 「我委会同市生环局、市住建委组织对各区申报项目初审」: 「A会同B＋verb」 (rule 2): lead A (lead [] accepted), responsible A, "
               "B in the printed order; " + SELF + "; 「经国家能源局组织审查和现场核查后」: a step of another body inside 「经A…后」 "
               "(rule 3, an approver) — no unit; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区发展改革委于1月20日前将申报大纲和承诺书转报我委", "when": "1月20日前", "when_norm": "2024-01-20",
              "who": ["各区发展改革委"]},
             {"what": "择优报送国家能源局", "when": "（未写明）", "when_norm": None, "who": ["我委"]}],
     notes=["counting: three childless top-level items; 二、 and 三、 each give named bodies the work (as plans-next50 x50_04 and "
            "plans-next46 x46_01 三、) → tasks; 一、关于申报范围 names no body and gives no one work (the scope of applications) — a "
            "section → **2**; 3 (all three items) and 0 (every childless top-level item a section, EXPECTED.md) accepted",
            "targets: 二、's 「不超过2个」; 一、's 「至少2个周期」 is in a section (not checked); 国能综通新能〔2023〕139号, （2023） (the "
            "汇编's year) and the phone number are not targets",
            "duties: 各区发展改革委's forwarding of the applications to 我委 by 2024-01-20 (a plan unit's sending to the issuer, as "
            "plans-next50 x50_04), and 我委's report of the chosen projects to 国家能源局 (no date)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x112_03_shanghai-fagaiwei-2023-xinjian-juzhu-jianzhu-guangfu-gaozhiliang-fazhan-ruogan-yijian.txt"
PLAN03 = "关于促进新建居住建筑光伏高质量发展的若干意见"

plan(X03,
     title=f"{PLAN03}（关于印发《{PLAN03}》的通知）",
     title_note="the 若干意见's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪发改规范〔2023〕15号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会, 上海市财政局, 上海市住房和城乡建设管理委员会, 上海市房屋管理局",
     date="2023-11-29 (index; signed 2023年11月24日)",
     level="four city bureaus (Shanghai), to 各有关单位",
     source=shanghai_source(FOLDER, f"关于印发《{PLAN03}》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=f0ac72a6f36f455d8b7701b04be72d74&siteId=0025", 3810),
     style="a cover notice (its own 附件 line, four signatures, a date) then 「附件：」 and the 若干意见: 一、总体要求 （一）–（三） (the "
           "goals 超过10万千瓦 / 超过50万千瓦 by period), 二、–四、 （四）–（十三） numbered on across sections, inline 「（四）同步开发建设。…」 "
           "with unnumbered follow-on paragraphs, 五、保障措施 （十四）–（十六）, a closing line on entry into force; actors in sentences "
           "only (地产企业, 市电力公司, 各供电公司, 相关行业协会, 市发展改革委, 建设管理部门 …), no date for any task",
     leaf_tasks=11, count_alternatives=[10, 13, 16],
     leaf_tasks_by_section={"二、–四、 （四）–（十三）": 10, "五、保障措施 （十五）": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["二", "（四）"], [], ["市发展改革委"], lead_alternatives=[["市发展改革委"]],
          note="「市发展改革委定期组织对各区居住光伏开发情况开展评估」: A组织＋verb (组织…开展评估, rule 2): " + SUBJ + "; 「地产企业"
               "按照…原则建设光伏设施…确保…同步验收使用」: " + CLOSED + "; 「…不能满足安装相关要求的，可根据应用条件适当降低建设要求」 a "
               "case and an option — no unit; 「对把关不严的相关区…予以扣分」 a penalty, no work; " + NODATE),
        S(["二", "（五）"],
          note="「各主管部门在立项审批…等环节，依法加强对居住光伏的协同监管」: 各主管部门 is a kind, but 加强 is no verb of rule 2 ("
               + CLOSED + "): " + NONE + "; a task as " + MAIN + "; " + NODATE),
        S(["三", "（七）"], [], ["相关行业协会"], lead_alternatives=[["相关行业协会"]],
          note="「目录由相关行业协会组织申报并向社会公示」: the agent of 由 with 组织申报 (rule 2): " + SUBJ + "; 相关行业协会 names a kind of "
               "body (行业协会), not the no-kind 相关单位 of round 33 — RULING? (相关 + a kind read as 相关部门 is, a doer); 「相关行业协会"
               "发布…运维标准」 (发布, " + CLOSED + "); 「地产企业…与运维企业签订委托合同」 (签订 without 由, closed list), 「企业自愿申报」 "
               "(applicants), 「业委会可选择…」 (an option), 「鼓励…」 (encouragement) — no more units; " + NODATE),
        S(["四", "（九）"],
          note="「居住光伏由地产企业向…区级投资主管部门或市政府确定的机构备案」: the project owner files its own project — read as an "
               "applicant's filing (CONVENTIONS.md round 30: 「由建设单位申报」 is not a unit; round 32: a regulated party's filing is no "
               "duty), the bodies filed with are receivers (rule 3) — RULING? (备案 by 由A is not named in the applicant ruling); 「项目"
               "备案机关应当遵循…原则，提高办事效率」 (遵循／提高, closed list): " + NONE + "; " + NODATE),
        S(["四", "（十）"],
          note="「市电力公司提供一站式并网服务，同步开展建筑供电、光伏并网受理」: 提供 and 开展 without 组织 are no verbs of rule 2 ("
               + CLOSED + "): " + NONE + "; 「原则上多业主建筑采用全额上网模式」 names no figure; " + NODATE),
        S(["四", "（十二）"], [], ["地产企业"], lead_alternatives=[["地产企业"]],
          note="「地产企业组织光伏工程验收并出具竣工验收报告」: 组织验收 (rule 2), " + FIRM + "; " + SUBJ + "; 「市电力公司…在规定时间完成"
               "光伏并网验收和并网调试」: 完成 (" + CLOSED + "); 「鼓励运维企业共同参与」 encouragement — no more units; " + NODATE),
        S(["四", "（十三）"], [], ["各供电公司"], lead_alternatives=[["各供电公司"]],
          note="「居住光伏并网发电后，由各供电公司代为申请市级可再生能源扶持资金」: the agent of 由 with a verb of doing (申请 on the "
               "owners' behalf, 代为 — the power companies are not the policy's beneficiaries, so not the applicant of round 30): "
               + SUBJ + " — RULING? (「由A代为申请」: a doer, or an applicant as 「由A提出申请」); 「引导金融机构…」「鼓励各区…出台」 "
               "(no subject; encouragement) — no more units; " + NODATE),
        S(["五", "（十五）"], [], ["建设管理部门"], lead_alternatives=[["建设管理部门"]],
          note="「建设管理部门完善《…技术标准》，对项目实施建设全过程监管」: the subject of 实施 (rule 2, as 「A依法对…实施监督」): "
               + SUBJ + "; the paragraph's other bodies have plain verbs — 发展改革部门…做好, 房屋管理部门指导地产企业 (「A指导B」 without "
               "负责, a guide, round 30), 市电力公司…制订, 各供电公司做好…报送, 配售电公司…做好 (" + CLOSED + "); a 职责分工 paragraph "
               "whose bodies are not in rule 2's forms keeps only the doers it has (round 30's 「各成员单位职责：A负责…」 reads the "
               "clauses by rule 2) — RULING? (a reader might name all six bodies of 明确职责分工); " + NODATE),
     ],
     plan_targets=[{"number": 10, "unit": "万千瓦"}, {"number": 50, "unit": "万千瓦"}],
     phases=[],
     duties=[{"what": "各供电公司做好居住光伏发电情况信息化监测，按月度将项目发电量报送各区发展改革、建设管理、房屋管理等部门",
              "when": "按月度", "when_norm": "monthly", "who": ["各供电公司"]}],
     notes=["counting: 一、总体要求 （一）–（三） name no unit — not tasks (round 27); 二、–四、 （四）–（十三） are the plan's main body "
            "— 10 tasks (" + MAIN + "); 五、保障措施: （十五） names 建设管理部门 (实施, rule 2) — a task; （十四） 「市发展改革委、市住房城乡"
            "建设管理委、市房屋管理局等建立健全…机制，指导…，推动…」 and 「各区发展改革、建设管理、房屋管理等部门…加强…服务」 and （十六） "
            "「鼓励相关区…」 give plain verbs only — not tasks (round 27, round 33) → **11**. Accepted 10 (（十五） read without a doer), "
            "13 (（四）–（十六）, every leaf after 总体要求) and 16 (every numbered leaf)",
            "units: sentence readings only (no label anywhere); the unnumbered paragraphs after （四）（七）（八） are those items' "
            "bodies; the cover's 「市发展改革委…会同相关单位研究制定了」 is the cover's history, no task",
            "targets: plan targets 「新建居住光伏规模超过10万千瓦」 (2023-2025) and 「超过50万千瓦」 (2026-2035) of （三）发展目标 (超过, round 30 "
            "line); the periods 2023-2025 / 2026-2035 are years; 沪府发〔2022〕7号 a document number; no figure in the sampled items",
            "dates: none for a task; 「本意见2023年12月10日起施行，有效期至2028年12月9日」 is entry into force and validity (no deadline); "
            "no phases; duties: the power companies' monthly report of generation (（十五）); not duties: the owners' filing (（九）), "
            "业委会's notice to the owners (（八）, a regulated party's), 市发展改革委's 定期 assessment (an assessment, not a report)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x112_04_shanghai-zhujianwei-2023-xinjian-jianzhu-kezaisheng-nengyuan-yingyong-shishi-yijian.txt"
PLAN04 = "关于推进本市新建建筑可再生能源应用的实施意见"
ZJW = "市住房城乡建设管理委"

plan(X04,
     title=f"{PLAN04}（关于印发《{PLAN04}》的通知）",
     title_note="the 实施意见's own title after the cover, or the notice title (the first line, printed again on line 3): "
                "either is accepted",
     doc_no="沪建建材联〔2022〕679号 (printed under the repeated title)",
     issuer="上海市住房和城乡建设管理委员会 (with 市发展改革委 and 市规划资源局)",
     date="2023-02-06",
     level="three city bureaus (Shanghai), to 各有关单位",
     source=shanghai_source(FOLDER, f"关于印发《{PLAN04}》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=ee9b9350175a477991e84de5f523b7a2&siteId=0011", 3872),
     style="a cover (title printed twice, the number, three signatures, a date) then the 实施意见: 一、指导思想 二、主要目标 (到2025年 "
           "10%, 到2030年 15%) 三、基本要求 (childless sections with standards 不低于18% / 12% / 50% / 3.5 and formulas), 四、建设要求 "
           "（一）（二） each a lead sentence then 1. 2., （三） childless (standards 大于4.0 / 不低于60% / 50% / 30%), 五、管理要求 "
           "（一）–（四） headed by project stages (土地获取阶段 … 竣工验收阶段), 六、保障措施 （一）–（五） with headings; a closing line on "
           "entry into force",
     leaf_tasks=11, count_alternatives=[14],
     leaf_tasks_by_section={"四、建设要求 （一）1.2. （二）1.2. （三）": 5, "五、管理要求 （一）–（四）": 4, "六、保障措施 （一）（二）": 2},
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、主要目标", "三、基本要求"],
     samples=[
        S(["四", "（一）", "1"], targets=[(4.0, ""), (60, "%")],
          note="standards for buildings with no doer: " + NONE + "; a task as " + MAIN + "; 「建设用地容积率大于4.0的公共建筑」 (大于, a "
               "threshold that picks the buildings) and 「不得低于核算量的60%」 (低于): " + STD + "; DG/TJ08-2329 a standard number; "
               + NODATE),
        S(["四", "（一）", "2"], targets=[(50, "%"), (30, "%")],
          note="「…面积比例不低于50%…其他类型的公共建筑…不低于30%」: " + STD + "; " + NONE + "; " + NODATE),
        S(["四", "（三）"], targets=[(50, "%")],
          note="（三）新建工业厂房 has no numbered children: a leaf; 「屋顶安装太阳能光伏的面积比例不低于50%」: " + STD + "; " + NONE + "; "
               + NODATE),
        S(["五", "（二）"], [], ["设计单位"], lead_alternatives=[["设计单位"]],
          note="「设计单位应…编制相应设计文件，并对设计质量负责」: the subject of 负责 (rule 2), " + FIRM + "; " + SUBJ + "; 「施工图设计"
               "文件审查机构应…进行审查」 (进行, " + CLOSED + ") — no unit; " + NODATE),
        S(["五", "（三）"], [], ["施工单位", "监理单位"],
          note="「施工单位应…严格组织实施」 (组织实施) and 「监理单位应对…施工质量和安全实施监理，并承担监理责任」 (the subject of 实施, as "
               "「A依法对…实施监督」; 「承担…责任」 names a doer, round 30): rule 2's several clauses, both bodies in order, no lead "
               "(" + FIRM + "); 「建设工程安全质量管理部门应加强监督抽查力度」 (加强, closed list) — no unit; " + NODATE),
        S(["五", "（四）"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          note="「建设单位应…严格组织建筑可再生能源应用建设竣工验收」: 组织＋验收 (rule 2), " + FIRM + "; " + SUBJ + "; 「不予出具竣工验收"
               "合格报告」 and 「公共建筑安装能耗监测装置时，应…」 have no subject; " + NODATE),
        S(["六", "（一）"], [], [ZJW, "市发展改革委", "市规划自然资源局"],
          note="「市住房城乡建设管理委、市发展改革委、市规划自然资源局等行政主管部门建立…工作机制，负责本市…统筹协调工作」: the subject "
               "of 负责 (rule 2): the three bodies in order, no lead; 「等行政主管部门」 is a category tail, not a unit (seeds "
               "EXPECTED.md: category tails such as 等建设主管部门 are not units; separate heads are separate names, round 31); "
               "「各有关部门要加强…监管，建立…体系」 (加强／建立, closed list) and 「各行业主管部门应将…作为…参考」 — no more units; "
               + NODATE),
        S(["六", "（二）"], [], [ZJW], lead_alternatives=[[ZJW]],
          note="「市住房城乡建设管理委组织每年对各区…进行监督检查和考核评价」: A组织＋verb (rule 2): " + SUBJ + "; 每年 is a rhythm of the "
               "inspection, no deadline (and no reporting duty); 「推动五个新城…开展…规模化示范」 has no subject; 「五个新城」 names "
               "places; " + NODATE),
     ],
     plan_targets=[{"number": 10, "unit": "%"}, {"number": 15, "unit": "%"}],
     phases=[], duties=[],
     notes=["counting: 一、 二、 三、 are childless sections (二、's goals are plan targets; 三、基本要求's standards 不低于18% / 12% / 50% / "
            "3.5 are in a section, not checked); 四、建设要求 （一）1. 2., （二）1. 2., （三） → 5 and 五、管理要求 （一）–（四） → 4 are the main "
            "body (" + MAIN + "); 六、保障措施: （一） (负责) and （二） (组织…进行) name units — tasks; （三） 「市住房城乡建设管理委…推动编制"
            "…」 (推动, closed list), （四） 「鼓励本市各有关单位…」 and （五） 「各有关部门要…积极宣传」 (宣传, closed list) name no doer — "
            "not tasks (round 27, round 33) → **11**; 14 (every leaf of 四、–六、) accepted",
            "五/（一） 「规划资源管理部门…应…征求…意见」「建设管理部门应…核算提出…」 (plain verbs) is a task with no unit (main body), "
            "not sampled; the lead sentences under 四/（一）（二） are the headings' text, not items",
            "phases: 五、's 土地获取阶段 … 竣工验收阶段 are stages of a building project (no time), not the plan's phases (round 33 "
            "stages need a time); dates: 到2025年 / 到2030年 are the plan targets' years; 「本意见自2023年3月1日起施行」 is entry into "
            "force (no deadline); no duties",
            "plan targets: 二、主要目标's 「城镇新建建筑可再生能源替代率达到10%」 (到2025年) and 「达到15%」 (到2030年) (达到, round 30 line); "
            "document numbers 沪建建材联〔2022〕545号 / 沪发改能源〔2022〕164号 and DG/TJ08-2329 are not targets"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x112_05_fengxian-2025-lvse-shengtai-chengqu-jianshe-guanli-banfa.txt"
PLAN05 = "奉贤区绿色生态城区建设管理办法(试行)"
NOTICE05 = "关于印发《奉贤区绿色生态城区建设管理办法（试行）》的通知"
LEAD5 = ["区发展改革委", "区财政局", "区规划资源局", "区新城发展办", "区建设管理委(区交通委)"]


def A(path, lead=(), resp=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, **kw, **art(X05, path))


plan(X05,
     title=f"{PLAN05}（{NOTICE05}）",
     title_note="the 办法's own title after the cover (with ASCII brackets, as printed), or the notice title (the first line): "
                "either is accepted",
     doc_no="沪奉建发〔2025〕2号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区建设和管理委员会 (with 区发展改革委, 区财政局, 区规划资源局, 区新城发展办)",
     date="2025-02-17 (index; signed 2025年2月10日)",
     level="district bureaus (Shanghai Fengxian), to 各有关单位",
     source=shanghai_source(FOLDER, NOTICE05 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=00841257&siteId=0084", 3708),
     style="a cover (two signatures a line, a date) then the 办法 in 第一章–第五章 and 第一条–第二十条 (「第N条 」 run-in, one space; "
           "「第二章  机构职责」 with two): 总则 of purpose, scope and definitions, 机构职责 (a joint meeting set up, 「办公室统筹负责指导…」, "
           "「…共同牵头推进…」), 管理流程 第五–十一条 (regulated bodies and member units with plain verbs, 组织验收, 由…审查机构进行审查), "
           "保障措施 第十二–十七条 (a yearly summary 「每年年底前」, 「联席会议办公室组织…开展抽查」), 附则; ASCII brackets throughout",
     leaf_tasks=10, count_alternatives=[14, 20],
     leaf_tasks_by_section={"第二章 第四条": 1, "第三章 第五条–第十一条": 7, "第四章 第十二条、第十四条": 2},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(["第四条"], LEAD5, ["办公室"] + LEAD5,
          note="「办公室统筹负责指导开发建设主体编制…」 (the subject of 负责, 「A负责指导…」 is 「A负责…」, round 30; 「办公室」 named by a "
               "kind, as printed, round 30) and 「区发展改革委、区财政局、区规划资源局、区新城发展办、区建设管理委(区交通委)共同牵头推进…」 "
               "(「A牵头」): lead the five 牵头 bodies, responsible all six in the printed order; 「建立…联席会议机制…成员单位由…组成」 sets "
               "up a body and names members (rule 3), 「由区建设管理委主任任总召集人」 a person (never a unit), 「其他成员单位按照职责分工，"
               "协调做好…」 (协调, closed list; by reference, round 33), 「开发建设主体单位…编制…」 (编制, closed list) — no more units; "
               "区建设管理委(区交通委) kept whole with its bracket; " + NODATE),
        A(["第五条"],
          note="「相关单位应…明确…指标要求」 (" + GENERAL + ") and 「属地街镇、开发建设主体单位应在投资协议中…明确…」 (明确, " + CLOSED
               + "): " + NONE + "; an article of work in 管理流程 — a task (" + MAIN + "); " + NODATE),
        A(["第八条"], [], ["建设单位", "施工图设计文件审查机构"],
          note="「建设单位应…组织设计单位编制…施工图设计文件」 (" + PIVOT + ") and 「并由施工图设计文件审查机构进行审查」 (the agent of 由 "
               "with a verb of doing, rule 2): both doers in order, no lead; " + FIRM + "; " + NODATE),
        A(["第十条"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          note="「建设单位应严格按照…组织绿色生态相关内容的竣工验收」: 组织＋验收 (rule 2), " + FIRM + "; " + SUBJ + "; 「各成员单位对各自"
               "职责内的…指标要求进行核查」 (进行, " + CLOSED + ") — no unit; " + NODATE),
        A(["第十一条"], [], ["各成员单位"], lead_alternatives=[["各成员单位"]],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「各成员单位遵循…原则，探索…，加强…」 — the kind as subject of the article's verbs of doing is a doer (round 30: a kind with a doer's verb); lead [] (accepted as the lead); formerly: " + "「各成员单位遵循…原则，探索…，加强…，鼓励…，推动…，促进…，加强…」: 各成员单位 is a kind but every verb is outside rule 2 ("
               + CLOSED + "); 「鼓励建设(运营管理)单位制定…」 encouragement: " + NONE + "; an article of work in 管理流程 — a task; "
               + NODATE),
        A(["第十二条"], [], ["区建设管理委"], lead_alternatives=[["区建设管理委"]],
          note="「各成员单位应于每年年底前向联席会议办公室提交工作总结，由区建设管理委汇总，形成…工作报告」: the agent of 由 with 汇总 (a "
               "verb of doing, rule 2): " + SUBJ + "; 各成员单位's 提交 is no verb of rule 2 (its submission is the plan's duty, below); "
               "「每年年底前」 is a yearly rhythm, not one date — aligned round 34: recurring dates are no deadline (CONVENTIONS round "
               "34 rulings, Dates): no deadline (was not checked, RULING?: a recurring 「每年年底前」 as the item's deadline or none)"),
        A(["第十四条"], [], ["联席会议办公室"], lead_alternatives=[["联席会议办公室"]],
          note="「联席会议办公室组织各成员单位、行业专家，不定期…开展抽查，并督促…落实整改」: " + PIVOT + " (各成员单位、行业专家 the "
               "objects of 组织; 督促 a pivot outside rule 2); " + SUBJ + "; 不定期 no date; 「针对…成员单位，建立通报制度」 no subject; "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各成员单位应于每年年底前向联席会议办公室提交工作总结", "when": "每年年底前", "when_norm": "yearly",
              "who": ["各成员单位"]}],
     notes=["counting: 第一条 (purpose and basis), 第二条 (scope, the zones defined), 第三条 (definitions) and 附则 第十八条 (the "
            "rule's own adjustment), 第十九条 (scope) and 第二十条 (entry into force) are general provisions, not tasks (round 30); "
            "第四条 names units (牵头, 负责) — a task; 第五条–第十一条 (管理流程) are articles of the 办法's main work — 7 tasks with or "
            "without a doer (" + MAIN + "); 保障措施: 第十二条 (由区建设管理委汇总) and 第十四条 (联席会议办公室组织…) name doers — tasks; "
            "第十三条 「开发建设主体单位…开展…自查和阶段性评估」 (开展 without 组织), 第十五条 「联席会议办公室统筹各成员单位加大…」 (统筹, "
            "outside rule 2), 第十六条 and 第十七条 「各成员单位应积极引导…」 name no doer — not tasks (round 27, round 33) → **10**. "
            "Accepted 14 (第四条–第十七条, every article of work) and 20 (every article, general provisions included, round 30)",
            "第九条 is a task (「各成员单位按照各自职责，对…实施监督检查」, the subject of 实施) left out of the samples: its other clause "
            "「建设、设计、施工、监理等相关单位应…组织施工交底和管理」 (fields sharing the head 相关单位, 组织 with noun objects) is not "
            "settled by CONVENTIONS",
            "dates: no date for a task; 「2024年9月27日…通过」 in 第一条 is a law's date; 「本办法自2025年3月20日起施行，有效期两年」 is entry "
            "into force and validity; 「一年一自查，三年一评估」 (第十三条, not a task) rhythms of the developers' own checks; no phases",
            "duties: the member units' yearly work summary to 联席会议办公室 (第十二条, 「每年年底前」 → yearly); 区建设管理委's yearly "
            "report names no receiver (not a duty)",
            "not targets: 规划面积68.90平方公里 (第二条, a scope in a general provision), 第85次常务会, 第57号, 沪住建规范联〔2023〕13号 and "
            "the other document numbers — not checked"])

# round 35 (p35c): answers aligned to tests/data/CONVENTIONS.md's "Round 35 rulings, written early" (Units), read at
# the item's text, never from parser output (README, "Round 35: answers aligned (p35c)")
from expected_tools import PLANS as _PLANS35  # noqa: E402


def _align35(file, path, resp, ruling, words):
    """One sample's units aligned: responsible ``resp`` in printed order, no lead (a single unit also accepted as the
    lead); the note starts 「aligned round 35: <ruling> — <words> (old → new)」."""
    s = next(s for p in _PLANS35 if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    was = f"lead {s['lead']}, responsible {s['responsible']}"
    s["lead"], s["responsible"] = [], list(resp)
    s.pop("lead_alternatives", None)
    if len(resp) == 1:
        s["lead_alternatives"] = [list(resp)]
    s["note"] = (f"aligned round 35: {ruling} — {words} ({was} → lead [], responsible {list(resp)}); the earlier "
                 "reading: " + s.get("note", ""))

_align35('x112_03', ['五', '（十五）'], ['发展改革部门', '其他备案机构', '建设管理部门', '房屋管理部门', '地产企业', '市电力公司', '各供电公司', '配售电公司'], 'a heading that gives out work (CONVENTIONS round 35, Units: 职责分工／责任分工／工作分工／任务分工／职能分工／部门职责／管理职责／管理体制／管理责任, and 「明确部门职责」)',
         '（十五）明确职责分工: 「发展改革部门或市政府确定的其他备案机构做好…备案管理」 (A或B: both; the name after the last 的, round 34), 「建设管理部门完善…」, 「房屋管理部门指导地产企业在…合同附件中明确…」 (A指导B: A and B), 「市电力公司…制订…细则」, 「各供电公司做好…监测，按月度…报送」, 「配售电公司…做好…服务」: every body given work, in printed order')

write_collected(DIR)
