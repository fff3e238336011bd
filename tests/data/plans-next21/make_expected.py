# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next21/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 19 (built by corpus21): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``at_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts. Neither the parser nor the scorer
was run on this set by its builder: the lead scores it first.

    python tests/data/plans-next21/make_expected.py tests/data/plans-next21
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    SHANGHAI_COMMIT,
    SHANGHAI_REPO,
    STORED_WHOLE,
    S,
    align29,
    at_in,
    plan,
    prose_and_listed,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_in, DIR)

REPO, C49, WHOLE, PROSE = SHANGHAI_REPO, SHANGHAI_COMMIT, STORED_WHOLE, PROSE_ACTORS
COLON = ("the item opens with the unit and a colon (「（一）区城管执法局：负责…」), as plans-dev 12's 「（一）城运中心：负责…」: "
         "the unit before the colon is given the duties after it — a responsible list, no lead named")
HEADING = ("the item's heading names the unit (or party) it gives work to (「（一）建设和交通管理处。负责…」, the party "
           "alone as the heading sentence): a responsible list, no lead named (as plans-next17 x17_05's unit headings)")
SUBJ = ("the units here are the subjects of the item's sentences (「X负责…」, 「X应…」), with no label, colon or heading of "
        "their own: answered as prose by the corpus convention (plans-next17 x17_01 「局安委会负责制定…」); a reader "
        "may list them as responsible, the convention does not")


def src(path, url, chars):
    return f"{REPO} @ {C49}, docs/房屋与住房/{path} (official page {url}) — {WHOLE} ({chars})"


P, U = prose_and_listed(PROSE)


# ---------------------------------------------------------------------------------------------------------
X01 = "x21_01_qingpu-2025-jiazhuang-dianti-houxu-shiyong-guanli-zhidao-fangan.txt"

plan(X01,
     title="关于落实青浦区既有多层住宅加装电梯后续使用管理的指导方案（上海市青浦区住房保障和房屋管理局关于印发《关于落实青浦区既有多层住宅加装电梯后续使用管理的指导方案》的通知）",
     title_note="the plan's title after the cover (printed with a space: 「…加装电梯后续 使用管理的指导方案」), or the notice title: either is accepted",
     doc_no="青房管〔2025〕3号 (from the index; the stored text prints no number)",
     issuer="上海市青浦区住房保障和房屋管理局 (jointly signed with 上海市青浦区市场监督管理局)",
     date="2025-06-13", level="district bureau (Shanghai Qingpu)",
     source=src("上海市青浦区住房保障和房屋管理局关于印发《关于落实青浦区既有多层住宅加装电梯后续使用管理的指导方案》.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=00831287165&siteId=0083", 2890),
     style="short district guidance plan after a cover notice signed by two bureaus; ASCII 「(一)」; 二、 items whose actor is "
           "属地街镇 in sentences (「属地街镇要…」); 三、 three management models as (一)–(三) heading lines; 四、职责分工 "
           "holds four UNNUMBERED 「X：…」 paragraphs (区房管局 / 区市场监管局 / 街道办事处、镇人民政府 / 新城公司), the first "
           "「区房管局：牵头…」; an absent 附件 (清单)",
     leaf_tasks=9, count_alternatives=[7, 12, 10], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一", "(二)"],
          note="principles; 《…》 titles, 沪精细化办联〔2021〕10号, DB31/T1415-2023 are document and standard numbers, not targets; " + NODATE),
        P(["二", "(一)"],
          note="heading line 「(一)新签约项目」 with the text in the next paragraph; 属地街镇 is the subject of 「属地街镇要指导…」 "
               "(no label); " + NODATE),
        P(["二", "(二)", "1"], note="属地街镇 in a sentence; " + NODATE),
        P(["二", "(二)", "2"],
          note="「在委托管理协议到期前签订新的委托管理协议」: a time relative to each contract, no date; the unnumbered "
               "paragraph 「更换电梯使用管理单位在移交前…」 after 2. is part of (二) (or of 2.), no item; " + NODATE),
        P(["三", "(一)"],
          note="heading line then three paragraphs; 区特种设备安全监督管理部门, 街镇或业委会 act in sentences; " + NODATE),
        P(["三", "(二)"], note="insurance model: 保险公司 / 加装电梯所有权人 in sentences; " + NODATE),
        P(["三", "(三)"], not_targets=[(6, "个月")],
          note="「不超过六个月的电梯临时托管」: a ceiling on the trust period (Chinese numeral), not a target; 「免费维保期到期前一个月」 "
               "is a trigger time, no date; " + NODATE),
        U(["四"], ["区房管局", "区市场监管局", "街道办事处", "镇人民政府", "新城公司"],
          lead_alternatives=[["区房管局"]],
          note="四、职责分工 has no numbered children: one leaf whose four unnumbered paragraphs each open 「X：」 (as plans-next17 "
               "x17_03 三、(二)); 「街道办事处、镇人民政府：」 split on 、; no lead label — 「区房管局：牵头既有多层住宅加装电梯相关工作」 "
               "makes 区房管局 the lead of the whole work, accepted as lead; 物业服务企业 (guided by 区房管局) and 相关行政管理部门 "
               "are objects in sentences, not units of the item; " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[],
     notes=["counting: 一、总体要求 (一)(二) 2 (指导思想 / 基本原则 leaves, as plans-dev 07's 一、); 二、 (一) 1 + (二) 1.–2. 2 = 3; 三、 "
            "(一)–(三) 3; 四、职责分工 (no numbered children, its paragraphs give the work) 1 → 9; accepted: 7 (一、 read as "
            "principles, not tasks), 12 (四、's four 「X：」 paragraphs read as four tasks), 10 (both)",
            "三、's opening paragraph (「电梯超出免费维保期，属地街镇应提前三个月协调确定…」) is unnumbered text of the section, not an item; "
            "提前三个月 is relative to each lift's warranty, no date",
            "no dated deadline, phase or reporting duty anywhere; the plan is dated by the cover (2025年6月13日)",
            "the cover is signed by 青浦区住房保障和房屋管理局 and 上海市青浦区市场监督管理局 (the index names only the first)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x21_02_shuxin-2025-nongcun-jiti-zichan-zulin-guanli-gongzuo-fangan.txt"
ASSET = "镇集体资产监督管理委员会"

plan(X02,
     title="竖新镇关于进一步加强农村集体资产租赁管理的工作方案（竖新镇关于进一步加强农村集体资产租赁管理工作的通知）",
     title_note="the plan's title after 「附件1」, or the notice title: either is accepted",
     doc_no="沪崇竖府〔2025〕2号 (from the index; the stored text prints no number)", issuer="上海市崇明区竖新镇人民政府",
     date="2025-01-06", level="town (Shanghai Chongming, 竖新镇人民政府)",
     source=src("竖新镇关于进一步加强农村集体资产租赁管理工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=test_434ffb5d-ffc0-45e0-a8bb-201949746285&siteId=0085", 3372),
     style="town notice to villages with three listed 附件 (「1、…工作方案」 …) and the plan as 「附件1」; 一、–十、 with "
           "（一） heading lines; 四、管理责任 = four unnumbered paragraphs 「X是…的责任主体/实施主体」, 「X设在Y，具体负责…」; "
           "procedure steps (五、), a price floor, a term ceiling, a start date in the closing rules; written close to a "
           "rule (the same district template as plans-next4 w04 向化镇)",
     leaf_tasks=15, count_alternatives=[12, 9, 16, 10], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "三、管理范围"],
     samples=[
        P(["二", "（一）"], note="principle; 区农委 in a sentence; " + NODATE),
        U(["四"], [ASSET, "镇农村集体资产管理部门", "镇集体经济联合社", "村集体经济合作社"],
          note="四、管理责任 has no numbered children: one leaf of four paragraphs naming who is responsible "
               "(「X是…的责任主体」, 「X…具体负责…」, 「X是…的实施主体」), as plans-next20 x20_01 五、's 「X是…」 headings; "
               "镇经济发展服务中心 is where the department sits (「设在镇经济发展服务中心」), the department is the unit; "
               "「镇集体经济联合社、村集体经济合作社及其所属全资、控股集体企业」: the two organisations (their companies are a "
               "category tail); 组级 assets (4th paragraph) name no unit; no lead label; " + NODATE),
        P(["五", "（一）"],
          note="「报镇集体资产监督管理委员会预审」: a submission in a sentence (see duties); 合作社理事会, 村党组织, 镇资产管理部门 "
               "are actors in sentences; " + NODATE),
        P(["五", "（二）"],
          note="「不少于5个工作日的公示」: a minimum notice period (not checked either way); " + NODATE),
        P(["六"], targets=[(1, "万元/亩")],
          note="「农村集体建设用地租赁价格不低于每年1万元/亩」: the price floor the item sets (as plans-next17's funding floors); "
               "附件3 is a reference; " + NODATE),
        P(["七"], targets=[(5, "年")],
          note="「一个租赁周期原则上不超过5年」: a ceiling on the lease term (round 30: CONVENTIONS.md thresholds — 「原则上不超过5年」「超过5年的」: a "
               "target); " + NODATE),
        P(["八"], note="区农业农村委 made the model contract (in a sentence); " + NODATE),
        P(["九"],
          note=SUBJ + " — 「镇集体资产监督管理委员会对…全过程监管」, 「镇资产管理部门不定期开展…监督检查」; 不定期 is no rhythm; " + NODATE),
        P(["十", "（一）"],
          note="「本方案自2025年1月1日起实施」: a start (effective date), not a deadline; " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "租赁方案报镇集体资产监督管理委员会预审", "when": None, "when_norm": None}],
     notes=["counting: 一、指导思想 and 三、管理范围 are sections; 二、 (一)–(三) 3; 四、 1; 五、 (一)–(四) 4; 六、 七、 八、 九、 "
            "(no numbered children, each a rule or duty) 4; 十、 (一)–(三) 3 → 15; accepted: 12 (十、其他事项 read as closing "
            "rules, or 二、 as principles), 9 (both), 16 (三、管理范围 counted), 10 (四、 and 六、–九、 read as sections)",
            "the body is the plan after the line 「附件1」; the cover's 「附件：」 list (「1、…」 「2、…」 「3、…」) names attachments, "
            "is no task; 附件2 and 附件3 are not stored",
            "沪崇农规〔2022〕2号, 五分之四 (a voting share: 「五分之四以上表决同意」), 1万元/亩 in 六、 — only the last is a target",
            "no dated deadline, phase or dated reporting duty; 一事一议 approvals 「报镇集体资产监督管理委员会审核同意」 (六、七、) "
            "are conditional approvals, not duties"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x21_03_putuo-2024-zhuzhai-xiaoqu-weifa-xingwei-zonghe-zhili-gongzuo-fangan.txt"
Q3 = ("「(一)第一阶段(2024年第三季度前完成)」: the step's heading gives the end of the phase, read as the end of the third "
      "quarter (2024-09-30; the plan is dated 2024年9月20日); its numbered tasks inherit it")

plan(X03,
     title="普陀区住宅小区违法行为综合治理工作方案（上海市普陀区人民政府办公室关于转发区城管执法局制订的《普陀区住宅小区违法行为综合治理工作方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="普府办〔2024〕18号 (from the index; the stored text prints no number)",
     issuer="上海市普陀区人民政府办公室 (转发 区城管执法局's plan)",
     date="2024-09-20", level="district (Shanghai Putuo, 区政府办公室; the plan by 区城管执法局)",
     source=src("上海市普陀区人民政府办公室关于转发区城管执法局制订的《普陀区住宅小区违法行为综合治理工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0075192408&siteId=0075", 3784),
     style="district 转发 notice + bureau plan; ASCII 「(一)」; 五、 three phases 「(一)第一阶段(2024年第三季度前完成)」 each "
           "with 「主要任务：」 and 「1、」 「2、」 items; 六、部门职责 (一)–(九) 「X：…」 unit-colon items (one 「各街道(镇)」 with "
           "ASCII brackets, half-width ; inside); an attached list of laws (附件, not tasks)",
     leaf_tasks=24, count_alternatives=[25, 22, 21, 23], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、重点执法事项"],
     samples=[
        P(["三", "(一)"], note="a goal without a number (投诉万人比总量降低); " + NODATE),
        P(["四", "(三)"],
          note="联合司法局、属地街镇 / 房管局、规划资源局… in sentences; 「城管“7.15”公众开放日」 is a day's name, not a target; " + NODATE),
        P(["五", "(一)", "1"], dl="2024年第三季度前", dln="2024-09", note=Q3),
        P(["五", "(二)", "1"], targets=[("10-20", "个")], dl="2024年第四季度前", dln="2024-12",
          note="「区城管执法局联合属地街镇、区房管局、区绿化市容局等部门遴选10至20个住宅小区先行先试」: the units act in a "
               "sentence (联合, no label); 10至20个 is the pilot count the item sets; the deadline from the step heading "
               "「(二)第二阶段(2024年第四季度前完成)」"),
        P(["五", "(三)", "2"], dl="2025年第一季度前", dln="2025-03",
          note="「纳入年度常态化考核」 is oversight, not a reporting duty; the deadline from 「(三)第三阶段(2025年第一季度前完成)」"),
        U(["六", "(一)"], ["区城管执法局"],
          note=COLON + "; 「落实定期会商通报机制」 (see duties); " + NODATE),
        U(["六", "(二)"], ["区房管局"],
          note=COLON + "; 街镇, 物业服务企业, 相关行政执法部门 are objects in the sentence; " + NODATE),
        U(["六", "(三)"], ["区绿化市容局"],
          note=COLON + "; a half-width ; joins the two duties (「进行认定;落实…」); 执法部门 is an object; " + NODATE),
        U(["六", "(八)"], ["区公安分局"], note=COLON + "; " + NODATE),
        U(["六", "(九)"], ["各街道(镇)"],
          note=COLON + "; the group name as printed with ASCII brackets 「各街道(镇)」, kept whole (not 各街道 + 镇); "
               "区人民政府相关职能部门 is an object; " + NODATE),
        P(["七", "(二)"], note="「定期召开例会，通报阶段工作开展情况」 (see duties); 一是…三是 are no numbered items; " + NODATE),
     ],
     plan_targets=[],
     phases=[{"name": "第一阶段", "start": None, "end": "2024-09"},
             {"name": "第二阶段", "start": None, "start_alt": "2024-10", "end": "2024-12"},
             {"name": "第三阶段", "start": None, "start_alt": "2025-01", "end": "2025-03"}],
     duties=[{"what": "定期研判通报工作推进情况（协作会商工作机制）", "when": "定期", "when_norm": None},
             {"what": "定期召开例会，通报阶段工作开展情况", "when": "定期", "when_norm": None}],
     notes=["counting: 一、指导思想 and 二、重点执法事项 (a list of offences, no numbered items) are sections; 三、 (一)(二) 2; 四、 "
            "(一)–(三) 3; 五、 (一)–(三) × 1、2、 6; 六、 (一)–(九) 9; 七、 (一)–(四) 4 → 24; accepted: 25 (二、 read as a task), "
            "22 (三、工作目标 read as goals), 21 (五、's steps as three leaves), 23 (二、 counted and 三、 not)",
            "phases: only each step's end is printed (「…前完成」); the start of 第二 / 第三阶段 is the day after the previous end "
            "(start_alt), the first's start is not stated (the plan was passed by the district meeting on 2024年8月26日)",
            "the closing 「本工作方案实施后，将常态化持续推进落实…」 and the attached list of 11 laws (附件) are no tasks; 第65次 "
            "(a meeting), 十一届八次全会 are no targets",
            "「落实工作目标完成情况年度考核」 (七、(四)) is assessment, not a reporting duty"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x21_04_lingang-2024-xinjian-zhuzhai-sheji-zhiliang-guankong-shishi-fangan.txt"
CENTRE = "城市建设交通运输事务中心（建设工程质量安全监督站）"

plan(X04,
     title="关于进一步加强临港新片区新建住宅工程设计质量管控实施方案（关于印发《关于进一步加强临港新片区新建住宅工程设计质量管控实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title (printed twice, before and after the # marker): either is accepted",
     doc_no="沪自贸临管委〔2024〕106号 (printed under the repeated notice title)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2024-09-23", level="district-level area (Lin-gang Special Area administration; the index's 层级 「其他」)",
     source=src("关于印发《关于进一步加强临港新片区新建住宅工程设计质量管控实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=eb707b820242421e9af595436cdb8807&siteId=0058", 3124),
     style="cover (title repeated, number, addressees ending with an ASCII 「:」) + plan; 二、职责分工 and 三、主体责任 items open "
           "with the office or party as a sentence of its own (「（一）建设和交通管理处。负责…」, 「（三）TIS机构。TIS机构应…」); "
           "one office with a bracketed second name and a defined short name (建交中心); project stages (方案设计阶段, 施工图设计阶段 …) "
           "inside items; 四、 ends with an unnumbered paragraph",
     leaf_tasks=11, count_alternatives=[12], attachment_task_rows=0,
     childless_top_level_sections=["一、实施范围"],
     samples=[
        U(["二", "（一）"], ["建设和交通管理处"], note=HEADING + "; 建设单位 is the object (督促建设单位…); " + NODATE),
        U(["二", "（二）"], ["规划和自然资源处"], note=HEADING + "; " + NODATE),
        U(["二", "（三）"], [CENTRE],
          note=HEADING + "; the name as printed with its bracketed second name; 「（以下简称建交中心）」 defines a short name and is "
               "not part of it; " + NODATE),
        U(["三", "（一）"], ["建设单位"],
          note=HEADING + " — here a project party (the developer), the party the item gives work to; 施工单位, 设计单位, TIS机构 are "
               "objects; 沪自贸临管委〔2023〕71号 is a document number; the stages 方案设计阶段 … are project stages, not dates; " + NODATE),
        U(["三", "（三）"], ["TIS机构"],
          note=HEADING + "; 「定期将检查情况报送至建交中心」 (see duties); " + NODATE),
        U(["三", "（四）"], ["施工总包单位", "监理单位"],
          note=HEADING + "; the heading 「施工总包单位及监理单位」 names two parties joined by 及 (each has its own sentence "
               "below); " + NODATE),
        P(["四", "（一）"], note="no actor named; 《…设计导则（试行）》 is a title; " + NODATE),
        P(["四", "（二）"],
          note=SUBJ + " — 「各镇政府应…」, 「各开发公司应…」; 「及时反馈至建交中心」 (see duties); " + NODATE),
        P(["五", "（一）"], note="建交中心 acts in a sentence (「建交中心应责令整改」); " + NODATE),
        P(["五", "（二）"], note="「管委会定期组织…宣贯培训」: a training rhythm, not a reporting duty; " + NODATE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "TIS机构定期将检查情况报送至建交中心", "when": "定期", "when_norm": None},
             {"what": "各镇政府将住宅工程质量问题有关信息及时反馈至建交中心", "when": "及时", "when_norm": None}],
     notes=["counting: 一、实施范围 is a section (scope); 二、 (一)–(三) 3; 三、 (一)–(四) 4; 四、 (一)(二) 2; 五、 (一)(二) 2 → 11; "
            "accepted: 12 (四、's closing unnumbered paragraph 「建交中心、TIS机构要…；上海市工程建设质量管理协会（临港）要…」 read as "
            "its own task)",
            "四、's opening sentence 「在…的18条具体措施基础上」 cites the city's 18 measures: not a target of this plan",
            "沪建质安〔2024〕417号, 沪自贸临管委〔2023〕103 号 (with a space), 〔2022〕48 号 are document numbers, not targets; "
            "「（2023-2025年）」 is part of a cited title",
            "project stages (方案设计阶段, 施工图设计阶段, 施工阶段, 综合竣工验收阶段) are no schedule phases; no dated deadline; the "
            "closing 「本实施方案自发布之日起施行」 is an effective date",
            "the source's typo 「主体主任」 (for 主体责任) in the preamble is kept"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x21_05_qingpu-2024-laojiu-xiaoqu-zonghe-gaizao-shishi-fangan.txt"
HOUSING = "区住房保障和房屋管理局"

plan(X05,
     title="青浦区老旧小区综合改造实施方案（上海市青浦区住房保障和房屋管理局关于印发《青浦区老旧小区综合改造实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="青房管〔2024〕1号 (from the index; the stored text prints no number)",
     issuer="上海市青浦区住房保障和房屋管理局 (the plan 「已经区政府同意」)",
     date="2024-03-04", level="district bureau (Shanghai Qingpu)",
     source=src("上海市青浦区住房保障和房屋管理局关于印发《青浦区老旧小区综合改造实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=00831343674&siteId=0083", 4253),
     style="district bureau plan after a one-line cover; 二、总体目标 opens with unnumbered paragraphs holding the yearly area "
           "targets, then （一）–（三） heading lines and 「1.」 items; roles only in prose (「X是…的牵头部门，负责…」, 「由区推进办牵头，"
           "会同…」, 「各街镇负责…」, a joint-meeting membership list); funding ratios 5:5 / 8:2; 一是…五是 in a paragraph",
     leaf_tasks=13, count_alternatives=[10], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一", "（二）"], note="principle; 青浦新城区域 / 各镇 are areas; " + NODATE),
        P(["二", "（一）"], note="heading line then a list of works; no figures; " + NODATE),
        P(["二", "（二）"], targets=[(520, "元/平方米")],
          note="「市级补贴控制单价提升至520元/平方米，全区统一以该单价作为改造标准」: the unit cost standard the item sets; "
               "SHH/Z1005-2018 and 青水〔2020〕38号 are standard and document numbers; " + NODATE),
        P(["二", "（三）", "1"],
          note="「立项主体为区房管局」 names the unit in a sentence, no label; 沪房规范〔2021〕1号 is a document number; " + NODATE),
        P(["二", "（三）", "3"],
          note="区、镇 funding shares 「按5:5承担」 / 「按8:2承担」 are ratios (not checked); 赵巷、徐泾… are towns named as "
               "areas; 区住房保障房屋管理局 reviews and 区财政 pays, in sentences; " + NODATE),
        S(["三", "（一）"], ["区住房保障和房屋管理局"], ["区住房保障和房屋管理局", "实施单位", "各街镇", "区相关职能部门"], note="round 29, CONVENTIONS.md rule 2: 「区住房保障和房屋管理局是…牵头部门，负责…」, 「实施单位负责…」, 「各街镇负责…」, 「区相关职能部门应…配合…」: the 牵头 body is the lead; every 负责 subject and the 配合 group are responsible, in order (was lead [], responsible []); the earlier reading: " + SUBJ + " — 「区住房保障和房屋管理局是老旧住宅小区综合改造的牵头部门，负责…」, 「实施单位负责…」, 「各街镇负责…」, "
               "「区相关职能部门应…配合」; the sentence names 区住房保障和房屋管理局 the lead department of the whole work, so it is "
               "accepted as the item's lead; " + NODATE),
        P(["四", "（一）"],
          note="the joint meeting's members (区政府办公室、区发展改革委 … 及各街镇分管领导) are listed in a sentence: organisation, "
               "not the item's units; 肖辉 is a person's name; 青府办发〔2018〕4号 is a document number; " + NODATE),
        P(["四", "（二）"],
          note="「由区推进办牵头，会同发改、财政、建管…」: 牵头 / 会同 in a sentence (the corpus convention: no label); "
               "一是…五是 are no numbered items; " + NODATE),
        P(["四", "（三）"], not_targets=[(2, "年")],
          note="「实施单位应在项目竣工备案后二年内完成…审价及财务审计」: a time limit after each project's filing (Chinese "
               "numeral), not a target and no date; 沪房规范〔2020〕2号 is a document number; " + NODATE),
     ],
     plan_targets=[{"number": 40, "unit": "万平方米"}, {"number": 60, "unit": "万平方米"}],
     phases=[],
     duties=[{"what": "区住房保障和房屋管理局做好综合改造年度计划制订和改造项目上报", "when": None, "when_norm": None}],
     notes=["counting: 一、 (一)–(三) 3; 二、 (一) 1 + (二) 1 + (三) 1.–3. 3 = 5; 三、 (一)(二) 2; 四、 (一)–(三) 3 → 13; accepted: "
            "10 (一、总体要求 read as principles)",
            "plan targets in 二、's unnumbered paragraph: 「2024年计划改造40万平方米，2025年计划改造60万平方米」 (per year, not "
            "phases); 2000年底前 / 2000年及以后 define which estates qualify, not targets or deadlines",
            "the cover is dated 2024年3月4日 with no signature line; the plan calls itself 「本实施计划」",
            "no dated deadline, phase or dated reporting duty"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x21_06_songjiang-2024-nongcun-zhufang-jianzhu-huodong-guanli-shidian-gongzuo-fangan.txt"
CH1, CH2, CH3, CH4 = "第一章 总则", "第二章 工程建设管理", "第三章 其他要求", "第四章 保障措施"
ART = ("an article (「第N条（标题）」 alone on its line, the text below): the path is chapter + article heading (no "
       "numeral the scorer reads), found by its first words")


def A(chapter, article, targets=(), note="", **kw):
    """An article of x21_06 (prose actors): line and first words after the article heading."""
    return P([chapter, article], targets, note=ART + ("; " + note if note else ""), **at(X06, article, skip=2), **kw)


plan(X06,
     title="松江区农村住房建筑活动管理试点工作方案（关于印发《松江区农村住房建筑活动管理试点工作方案》的通知）",
     title_note="the plan's title after 「附件」, or the notice title: either is accepted",
     doc_no="沪松建管〔2024〕21号 (from the index; the stored text prints no number)",
     issuer="上海市松江区建设和管理委员会, 上海市松江区农业农村委员会, 上海市松江区规划和自然资源局 (joint; the index names the first)",
     date="2024-02-27", level="district bureaus (Shanghai Songjiang)",
     source=src("关于印发《松江区农村住房建筑活动管理试点工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=004d0d9495744a299504df402bc13d0f&siteId=0082", 5872),
     style="a pilot work plan WRITTEN AS ARTICLES: 第一章–第四章, 第一条–第二十四条 each 「第N条（标题）」 alone on a line; "
           "第四条（责任分工） gives each party its duties in sentences (「区建管委负责…」, 「镇人民政府负责…」, 「村集体经济组织…」); "
           "第六条 holds four conditions （一）–（四）; figures (10%, 两次, 15个工作日); signatures of three bureaus on one line with "
           "five spaces",
     leaf_tasks=27, count_alternatives=[24, 21, 20, 23], attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(CH1, "第四条（责任分工）",
          note=SUBJ + " — 区建管委 (监督管理), 区农业农村委、区发改委、区规划资源局 (配合), 镇人民政府, 村集体经济组织, 建房村民或集体经济组织 "
               "as subjects of five paragraphs; " + NODATE),
        A(CH2, "第五条（新建农房前期管理）",
          note="村民, 镇人民政府 act in sentences; 附件6 / 附件3 / 附件1 are references to absent attachments; " + NODATE),
        A(CH2, "第七条（铭牌公示）", note="镇人民政府 / 施工单位（队伍） act in sentences; " + NODATE),
        A(CH2, "第十二条（施工监管）",
          note="施工单位（队伍）, 镇人民政府 in sentences; 「限期整改」 has no date; 附件4 a reference; " + NODATE),
        A(CH2, "第十三条（竣工验收）", not_targets=[(15, "个工作日")],
          note="「应在15个工作日内将农村住房档案资料整理归档，并报送区建管委备案」: a time limit after each acceptance (see "
               "duties), not a target and no date; " + NODATE),
        A(CH3, "第十五条（区级督查）", targets=[(10, "%"), (2, "次")],
          note="「区建管委会同相关单位」: 会同 in a sentence (the set's convention); 「每年…随机抽查不得少于当年新建农房总量的10%，"
               "集中抽查不少于两次」: the inspection share and count the item sets (两 = 2); 每年 is a rhythm of inspection, not "
               "reporting; " + NODATE),
        A(CH4, "第二十条（建房队伍）", note="镇人民政府 in a sentence; " + NODATE),
        A(CH4, "第二十三条（档案管理）",
          note="镇人民政府 / 区建管委 as sentence subjects; 「一户一档」 contains a numeral word, no target; " + NODATE),
        # round 31: CONVENTIONS.md articles of general provision (round 30) — 「第二十四条 （有效期限） 本方案自 2024 年3月1日起施行」
        # (entry into force) is no task and samples are not written on such articles: its sample removed (m84)
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "镇人民政府验收合格后将农村住房档案资料整理归档，并报送区建管委备案", "when": "验收合格后15个工作日内", "when_norm": None}],
     notes=["counting: 24 articles, 第六条 holding four numbered conditions （一）–（四） (leaves by the rule) → 23 + 4 = 27; "
            "accepted: 24 (the articles only; 第六条's （一）–（四） are conditions, not tasks), 21 (第一条–第三条 目的依据/适用范围/"
            "总体原则 read as preamble), 20 (also 第二十四条, the effective date), 23 (24 without 第二十四条)",
            "the body is the plan after the line 「附件」; the cover's 「附件：松江区…工作方案」 is a reference",
            "沪府令〔2019〕第16号, 沪建村镇〔2023〕432号, 松农宅改办发〔2022〕2号, 沪规划资源乡〔2020〕206号 are document numbers; "
            "附件1–附件6 are absent attachments",
            "no dated deadline or phase; 「试点」 has no schedule in the text; the notice is dated 2024年2月27日 (the index says "
            "2024-02-29), effective 2024年3月1日"])

# round 29: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 29)
align29("x21_06", ["第一章 总则", "第四条（责任分工）"], [], ["区建管委", "区农业农村委", "区发改委", "区规划资源局", "镇人民政府"], "「区建管委负责…」, 「区农业农村委、区发改委、区规划资源局依据各自职责，配合开展相关工作」, 「镇人民政府负责…」: several clauses, all their bodies in order; no 牵头, no lead")
align29("x21_06", ["第三章 其他要求", "第十五条（区级督查）"], ["区建管委"], ["区建管委", "相关单位"], "「区建管委会同相关单位，组织开展农村住房质量安全实地抽查工作」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B; 镇人民政府 is checked and receives the problems to rectify (rule 3)", alt=[[]], rule="2 and 3")
align29("x21_06", ["第四章 保障措施", "第二十条（建房队伍）"], [], ["镇人民政府"], "「镇人民政府负责选好用好乡村建筑师」: the subject of 负责 is responsible, no lead (A alone accepted as lead); 乡村建筑师 are persons (rule 3)", alt=[["镇人民政府"]], rule="2 and 3")

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, "Round 30: answers aligned")
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """Round 30: ``align29``, the note starting "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — ", 1)


align30("x21_05", ["四", "（二）"], ["区推进办"], ["老旧小区综改联席会议各成员单位", "区推进办", "发改、财政、建管、规划、房管、水务、绿容等区级部门", "各镇"], "aligned round 42: CONVENTIONS.md Round 42 rulings, continued — a list closed by a shared head 「…等部门」 stays one group as printed (round 31: 「人事、卫生等部门」 one name, 等 kept); 「老旧小区综改联席会议各成员单位要落实小区综合改造协同保障」: the subject of 落实; 「由区推进办牵头，会同发改、财政、建管、规划、房管、水务、绿容等区级部门…」: 「由A牵头」 with its 会同 bodies (split on 、 and at 等), lead A; 「由区推进办及时组织召开…会议」; 「各镇应充分履行主体责任，组织落实…」: the subject of 组织＋verb; all in order; 「各街镇应充分做好…」 is the subject of a verb rule 2 does not list")
align30("x21_05", ["四", "（三）"], [], ["区房管局", "各街镇", "项目实施单位"], "aligned round 43: CONVENTIONS.md Round 44 rulings, written early — 「A应当配合做好…工作」 with no partner named: A is a doer (round 42); and round 34's 「配合 needs a doer」 (the item has one): 「区房管局应全面落实综合改造项目的行业监管」, 「各街镇应配合做好对综合改造项目的管理、竣工验收等工作」, 「项目实施单位应落实施工组织、施工管理和竣工验收等工作」: responsible in printed order, no lead (no 牵头)")
align30("x21_06", ["第二章 工程建设管理", "第七条（铭牌公示）"], [], ["镇人民政府", "施工单位（队伍）"], "「镇人民政府要落实农村住房施工铭牌公示制度」: the subject of 落实; 「施工单位（队伍）负责制作施工铭牌」: the subject of 负责, the doer of the item's work (the plate); responsible in order, no lead")
align30("x21_06", ["第二章 工程建设管理", "第十二条（施工监管）"], [], ["镇人民政府"], "「镇人民政府应将农村住房纳入建设工程质量安全监督，…落实施工监管，建立台账」: the subject of 落实, responsible, no lead (A alone accepted); 施工单位（队伍） 「对…质量和安全负责」 is the supervised party, not the doer of the item's work (监管), and 质量安全专管员 are persons (rule 3)", alt=[["镇人民政府"]], rule="2 and 3")
align30("x21_06", ["第四章 保障措施", "第二十三条（档案管理）"], [], ["镇人民政府"], "「镇人民政府负责农村住房档案材料收集、整理、归档、保管和利用…」: the subject of 负责, responsible, no lead (A alone accepted); 区建管委 「协同做好…指导、考核、监督检查、备案」 guides (rule 3) and follows no 牵头", alt=[["镇人民政府"]], rule="2 and 3")
align30("x21_05", ["二", "（三）", "3"], [], ["区财政"], "「资金申请经区住房保障房屋管理局审核后，由区财政拨付至项目实施主体」: the agent of 由 with a verb of doing, responsible, no lead (A alone accepted); the cost shares 「由区财政承担」「由区级财政承担」「全额由各镇承担」 name payers, not doers (CONVENTIONS.md round-30 clarifications), 区住房保障房屋管理局 approves (rule 3)", alt=[["区财政"]], rule="2 and 3")

# Round 54 (al55): aligned to CONVENTIONS.md "Round 66 rulings" (turned, rounds 44, 62 and round 57's x252_02 over round 30)
_q66 = next(s for p in PLANS if p["file"].startswith("x21_06") for s in p["samples"]
            if s["path"] == ["第二章 工程建设管理", "第十二条（施工监管）"])
_q66["responsible_alternatives"] = [list(_q66["responsible"]), ["施工单位", "镇人民政府"]]
_q66["responsible"] = ["施工单位（队伍）", "镇人民政府"]
_q66["note"] = ("aligned round 54 to CONVENTIONS.md \"Round 66 rulings\" (turned): 「施工单位（队伍）应按照…开展施工，对施工过程中的"
                "质量和安全负责。…应协助…，加强…，配备…」 — in 第X条 articles a party named by a kind is a doer by any verb of doing "
                "(round 44; round 62), and 对X负责 makes a doer where X is the work itself (round 57); the bracket names the same "
                "party (round 65) (responsible [镇人民政府] → [施工单位（队伍）, 镇人民政府]); the old list and [施工单位, 镇人民政府] "
                "stay accepted. Earlier note: " + _q66["note"])

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('x21_01', ['三', '(三)'], [(6, '个月')],
                   '「属地街镇应向专业管理单位申请不超过六个月的电梯临时托管」: a ceiling joined to 不超过 (Chinese numeral 六)')

# round 32 (al32): answers aligned to tests/data/CONVENTIONS.md's round-32 rulings, read at each item (README,
# "Round 32: answers aligned (al32)")
from expected_tools import align32  # noqa: E402

align32('x21_03', ['五', '(二)', '1'], 'a range is read at its lower edge', '「遴选10至20个住宅小区先行先试」: the target at the lower figure, 10个', swap=[(('10-20', '个'), (10, '个'))])
align32('x21_04', None, 'a regulated party\'s filing is no duty', '「TIS机构定期将检查情况报送至建交中心」: the insurers\' inspection agency, a party the policy regulates, reports to the regulator', drop_duties=['TIS机构'])

# round 32: answers aligned (p32u) to tests/data/CONVENTIONS.md — doers the round-32 reader reads (a modal, an
# adverb or a first verb between a body and its verb of rule 2; 定期 before 组织; designations) that the answers,
# written before the round-29 ruling, read as prose (README, "Round 32: answers aligned (p32u)")
from expected_tools import align32_units  # noqa: E402

align32_units('x21_04', ['五', '（二）'], [], ['管委会'], '「管委会定期组织建设单位、设计单位、审图公司开展…宣贯培训」: 「A组织B＋verb」 — A is the doer (round-30 clarification; the issuer by its kind, as printed), the objects of 组织 are no units; 「督促各参建单位…落实」 a pivot')  # noqa: E501

# round 33 (p33u): answers aligned to tests/data/CONVENTIONS.md "Round 33 rulings", read at the item (README, round 33)
from expected_tools import align33_units  # noqa: E402

align33_units('x21_06', ['第三章 其他要求', '第十五条（区级督查）'], ['区建管委'], ['区建管委'],
              'no kind, no doer: 有关单位／相关单位／各单位 are general calls — 「区建管委会同相关单位，组织开展…抽查工作」: 区建管委 leads, 相关单位 names no body', alt=[[]])  # noqa: E501


# round 34 (p34h): answers aligned to CONVENTIONS.md "Round 34 rulings" by reading the items
from expected_tools import align34_units  # noqa: E402

align34_units('x21_06', ['第一章 总则', '第四条（责任分工）'], [], ['区建管委', '区农业农村委', '区发改委', '区规划资源局', '镇人民政府', '村集体经济组织', '集体经济组织'],
              'the article heading 「（责任分工）」 is a 职责分工 heading, a label of doers: every body the text gives work is a unit in printed order (CONVENTIONS.md round 34) — adds 村集体经济组织 (纳入…、协助…、建立…制度) and 集体经济组织 (「建房村民或集体经济组织对其建房活动承担主体责任」; the 村民 are persons, no unit)')  # noqa: E501

# round 39 (p39g): 「A联合B＋verb」 read as 「A会同B」 (CONVENTIONS.md round 34), by reading the items
from expected_tools import align39_units  # noqa: E402

align39_units('x21_03', ['五', '(二)', '1'], ['区城管执法局'], ['区城管执法局', '属地街镇', '区房管局', '区绿化市容局'],
              '联合 as 会同 (round 34; closed round 39): 「区城管执法局联合属地街镇、区房管局、区绿化市容局等部门遴选10至20个住宅小区先行先试」 is 「A会同B＋verb」: lead 区城管执法局 (lead [] accepted), responsible it and its partners in printed order (split on 、, ending at 等部门)', alt=[[]])  # noqa: E501

# round 45 (p45c): a body's own answer to the item's case, read at the item (CONVENTIONS.md "Round 45 rulings, written
# early": the subjects of a rule-2 verb in the item's own response to a case are doers; round 30's whole response)
from expected_tools import _sample32, align33_units  # noqa: E402

align33_units('x21_01', ['二', '(二)', '1'], [], ['属地街镇'],
              '「…具体方案中未明确后续管理事宜且加装电梯尚未交付使用的，属地街镇要抓紧组织加装电梯所有权人共同协商，明确后续管理事宜」: '
              'the item\'s whole work is the response to its case, and 属地街镇 is the subject of 组织＋work (CONVENTIONS.md "Round 45 '
              'rulings, written early": the subjects of a rule-2 verb in the item\'s own response to a case are doers; round 30: an '
              'item whose whole work is the response to a case takes its doers); the owners, the object of 组织, are no unit; no lead')
_s = _sample32('x21_01', ['二', '(二)', '1'])[1]
_s["note"] = _s["note"].replace("aligned round 33: ", "aligned round 45: ", 1)

# round 46 (al48): answers aligned to CONVENTIONS.md "Round 48 rulings, written early", read at the items
_p, _s = _sample32('x21_02', ['五', '（一）'])
_p["duties"] = [d for d in _p["duties"] if not d["what"].startswith("租赁方案报镇集体资产监督管理委员会预审")]
_s["note"] = ("aligned to the Round 48 rulings (round 46): turned (left from round 45) — 「…后报镇集体资产监督管理委员会预审」 "
              "sends the lessor's own lease plan for a decision, a step of approval (round 46), and no step of the sender's "
              "own comes before it: no duty (the duty 「租赁方案报镇集体资产监督管理委员会预审」 is dropped); the earlier "
              "reading: " + _s["note"])

# round 50, second wave (w50a): items of 总体要求 stating aims, principles or goals are no tasks in a plan naming units
# (CONVENTIONS.md "Round 49 rulings", governs; round 27) — samples dropped, count without them (README, "Round 50:
# aims aligned")
from expected_tools import align56_aims  # noqa: E402

align56_aims('x21_01', [['一', '(二)']],
             '一、总体要求 (一)指导思想 (二)基本原则 「加装电梯工作坚持“业主自愿、政府扶持…”」 state aims and a stance (Round 49, governs: no tasks in'
             " any plan; the plan names units, 二/(二)/1, 四); 12 and 10 counted 四、's paragraphs with and without them"
             ': 10 (without) stays accepted',
             7, [10])

# Round 59 (rul80p): aligned to tests/data/CONVENTIONS.md "Round 80 rulings" (README, round 59)
from aligned_rulings import align80  # noqa: E402

_G80e = ("Dates, governs: Round 77's x302_01 (a quarter reads as a month: 「一季度前」 the end of the quarter before) and plans-dev "
         "11's 「6月前」 over the set's reading of 「第N季度前」 as the quarter's own end")
_Q80 = "the phase heading's 「{q}前完成」, before the quarter: the end of the quarter before (no 末／底)"
align80("x21_03", ["五", "(一)", "1"], "「(一)第一阶段(2024年第三季度前完成)」 over 1.: " + _Q80.format(q="2024年第三季度"), _G80e,
        dln="2024-06", dl="2024年第三季度前")
align80("x21_03", ["五", "(二)", "1"], "「(二)第二阶段(2024年第四季度前完成)」 over 1.: " + _Q80.format(q="2024年第四季度"), _G80e,
        dln="2024-09", dl="2024年第四季度前")
align80("x21_03", ["五", "(三)", "2"], "「(三)第三阶段(2025年第一季度前完成)」 over 2.: " + _Q80.format(q="2025年第一季度"), _G80e,
        dln="2024-12", dl="2025年第一季度前")
align80("x21_03", None, "the three phases 「2024年第三季度前」「2024年第四季度前」「2025年第一季度前完成」 end with the quarter before each "
        "(a date before the plan's own 2024年9月20日 stands as printed: round 44 decided and round 62's x217_07 set no bar at the page's date)",
        _G80e + "; the old ends stay accepted",
        counts={"phases": [{"name": "第一阶段", "start": None, "end": "2024-06", "end_alt": "2024-09"},
                           {"name": "第二阶段", "start": None, "start_alt": "2024-10", "end": "2024-09", "end_alt": "2024-12"},
                           {"name": "第三阶段", "start": None, "start_alt": "2025-01", "end": "2024-12", "end_alt": "2025-03"}]})

write_collected(DIR)
