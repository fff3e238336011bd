# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next363/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 68 (built by helper c363, for round 69): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 83 rulings, written early" to its
end in full — Rounds 83–97 — older rulings only where a ruling quoted there led) applied to every item. Neither the
parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next363/make_expected.py tests/data/plans-next363
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"   # the commit read_file gave for all four files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the whole stored file rebuilt (wrapper and text) gives exactly the stored "
          "character count, and the wrapper was then cut by a script")


def src(path, url, chars):
    return f"{REPO} @ {C49}, docs/规划与土地/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
CLOSED = ("in headed points rule 2's list is closed (round 30; round 44; Round 83's x316_01 一; Round 91's x335_03 六): "
          "the subject of 加强／建立／开展／进行／编制／制定／做好／采取／划定 names none, 要／应 changing nothing")
NOSUBJ = ("acts of the plan's own work with no subject give work (round 65's x274_01; Round 87's x325_03 三、; Round 93's "
          "x346_01 第四条): a task naming no unit")
LIMIT_TASK = ("a limit on what the plan's own work may do or build is a task naming none (Round 85's x322_04 第五条; "
              "Round 87's governs on x328_03; Round 91's x340_04)")
OPTION = "可／可以／允许 give options, no work (round 49 p46b), a 并 clause joined to them included (Round 91's x337_04 第二十二条)"
BRACKET = ("a bracket giving the body of the same kind in other areas is dropped wherever it stands in the name, the "
           "printed name accepted (Round 89's turned x331_02; Round 94's governs, p66b)")
CARRY = "a missing subject carries the subject before it in its paragraph (rounds 34, 49 p46d; Round 81's x306_06)"
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"


# ---------------------------------------------------------------------------------------------------------
X01 = "x363_01_shi-guihuaziyuanju-2024-tufaxing-dizhi-zaihai-fangzhi-guanli-gongzuo-guize.txt"
P01 = "上海市突发性地质灾害防治管理工作规则"
N01 = "关于印发《上海市突发性地质灾害防治管理工作规则》的通知"
SJ = "市规划资源局"
QJ = "区规划资源局"
JZ = "街镇人民政府"
JZP = "街镇（乡）人民政府"
ZT = "相关防治责任主体单位"
SQ = "市、区规划资源局"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源质〔2024〕40号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2024-02-09",
     date_note="the cover is signed 2024年2月8日 (line 9), the index dates it 2024-02-09; no item prints a date",
     level="the city planning and natural-resources bureau, to the Songjiang and Jinshan district bureaus and the city's "
           "geological survey institute and mining group: who surveys, plans, patrols, warns, assesses, responds to and "
           "remedies sudden geological hazards (collapses and landslides of hills and quarry pits), and who pays",
     source=src("关于印发《上海市突发性地质灾害防治管理工作规则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=ddcbe3fd4f93403ea187dafc92aa3d81&siteId=0032", 4157),
     style="a short cover notice, the rules' title, seven headed points 一、–七、 with their text in paragraphs after the "
           "heading line; 五、工作内容 holds （一）–（八） as heading lines, each with paragraphs of one body each; 四、职责分工 "
           "childless with one paragraph a body; an editor's stray lines after 五、（八） (「…标题和文号前面有缩进，请删掉。」, "
           "「数据对接」, 「徐梦」) kept as stored; a 附件 list of six attachments not printed",
     leaf_tasks=10, count_alternatives=[9, 11, 12],
     leaf_tasks_by_section={"一、": 0, "二、": 0, "三、": 0, "四、": 1, "五、（一）–（八）": 8, "六、": 0, "七、": 1},
     childless_top_level_sections=["一、目的依据", "二、适用范围", "三、工作原则", "六、经费保障"],
     samples=[
        S(["四"], [SJ, QJ], [SJ, QJ, JZ, ZT],
          lead_alternatives=[[]],
          responsible_alternatives=[[SJ, QJ, JZP, ZT], [SJ, QJ, JZ, ZT, "生产经营单位", "运营管理单位"]],
          note="「四、职责分工 市规划资源局负责编制…，并牵头组织实施调查、排查…。 区规划资源局牵头全区的突发性地质灾害防治工作，组织开展群测群防… 街镇（乡）人民政府负责对辖区内的…进行巡查、监测和治理… 相关防治责任主体单位（包括权属单位以及…的单位）受街镇（乡）人民政府委托，开展…巡查、监测和治理等工作… 受地质灾害威胁的生产经营单位和运营管理单位应参照…要求，接受所在区域街镇（乡）人民政府的指导和监督。」 — "
               "a childless top-level point that gives work by rule-2 doers is a task (Round 84's p61c-1; Round 91's turned "
               "x337_02 二、（一））, and a 职责分工 section of paragraphs is one task with every body it gives work, in printed "
               "order, each once (Round 82's p60c-1; round 34's heading: any verb names its subject); bodies that lead "
               "different parts by 牵头 are all leads (Round 83's x316_02 （二十））; " + BRACKET + "; the bracket after "
               "相关防治责任主体单位 describes whom the name covers and is not part of it (round 37); 市应急局／区应急局 are the "
               "bodies served, no doer by a rule-2 verb after them (round 36); the last paragraph's firms only receive "
               "guidance and supervision (rule 3's guide) and keep to requirements (Round 86's (b)): no units (RULING?: or, "
               "under the 职责分工 heading, bodies the text binds by 应 — accepted); " + NODATE),
        S(["五", "（一）"], [], [SJ, QJ], targets=[(1, "次")], not_targets=[(5, "年")],
          lead_alternatives=[[SJ]],
          note="「（一）隐患调查与风险普查 市规划资源局组织开展全市突发性地质灾害调查和风险评价，建立…系统并进行…风险普查成果（附件1）更新，原则上更新周期不少于每五年一次，… 区规划资源局负责进行辖区内的隐患点认定与核销（附件2），相关成果上报至市级监测预警信息系统。」 — "
               "组织开展 and 负责 are rule 2's (several clauses: all their bodies, in order); 「不少于每五年一次」: the events "
               "an item holds in a rhythm are its own number of work, 1 次, the rhythm's period 每五年 none (Round 84's "
               "p61e-1; Round 90's x333_03 第十八条（一）) (RULING?: 不少于 joined to the period, or no target at all); "
               "the results sent up to the city system are a duty (see duties); no 牵头: lead []; " + NODATE),
        S(["五", "（二）"], [SJ], [SJ, "相关部门"],
          lead_alternatives=[[]], responsible_alternatives=[[SJ]],
          note="「（二）防治规划与工作计划 市规划资源局依据…，会同相关部门编制地质灾害防治规划。根据…，编制每年度工作计划。 有突发性地质灾害隐患的区规划资源局…编制本行政区域的…工作计划和相应防治工作方案，并报市规划资源局备案。 具备孕灾条件的各街镇（乡）和相关防治责任主体单位应当根据区规划资源局的工作方案编制对应的工作方案。…可参照执行。」 — "
               "「A会同B＋verb」: lead A, responsible A, B (rule 2), 相关部门 a kind (Round 85's x320_01; the list without it "
               "accepted); the other paragraphs' 编制 is outside rule 2's closed list in headed points (" + CLOSED + "); "
               "the district plans sent for filing are a duty (see duties); 可参照执行 an option; " + NODATE),
        S(["五", "（三）"], [], [SJ, QJ],
          lead_alternatives=[[QJ]], responsible_alternatives=[[SJ, QJ, "应急、气象等部门"]],
          note="「（三）排查巡查 市规划资源局负责对各区…进行培训、指导、监督和考核，定期对重点隐患区域进行排查、联合巡查。 区规划资源局负责组织开展辖区内地质灾害隐患巡查，必要时会同应急、气象等部门对其他行业涉及…安全隐患开展联合巡查。 具备孕灾条件的行政区应当加强…，街镇（乡）人民政府应当加强…巡查，… 相关防治责任主体单位应…建立…制度，开展…巡查。… 各单位要严格按照本排查巡查要点开展工作（附件3），并逐一建立台账。」 — "
               "负责 (rule 2) names the two bureaus; 「必要时会同…」 is a case inside the district bureau's own work, as "
               "「确需…的」 is (rule 3's contingency; Round 83's turned x315_01 第六条), adding no unit and no lead (RULING?: "
               "or 会同 names a lead wherever it stands — lead 区规划资源局 with 应急、气象等部门, accepted; fields before one "
               "head with 等 one name, round 31); 加强, 建立, 开展 without 组织 are outside the closed list (" + CLOSED + "); "
               "行政区 is a place with no head (round 43); 各单位 a call; " + NODATE),
        S(["五", "（四）"], [], ["各街镇人民政府", ZT],
          responsible_alternatives=[["各街镇（乡）人民政府", ZT]],
          note="「（四）风险告知 市规划资源局应当根据…及时划定地质灾害风险区和隐患点。 区规划资源局应当将…予以公示，制作…两卡一表…（附件4），发放给相关防治责任主体单位和…基层组织。 各街镇（乡）人民政府、相关防治责任主体单位应当设置警示标志并落实地质灾害防治措施。…可参照执行。」 — "
               "落实 with measures as object is rule 2's (round 30; Round 89's x330_01 重点落实…措施; Round 92's x336_08 "
               "form), so its two subjects are doers; 划定, 公示, 制作, 发放 are outside the closed list (" + CLOSED + "), "
               "and handing the cards to the parties a sending (Round 87's x322_04 第十六条); " + BRACKET + "; no 牵头: "
               "lead []; " + NODATE),
        S(["五", "（五）"], [SJ], [SJ, "应急、气象、地震等部门", QJ],
          lead_alternatives=[[]], responsible_alternatives=[[SJ, QJ]],
          note="「（五）监测预警 专群结合监测预警应坚持…的原则，…可进行临灾预警… 市规划资源局负责专群结合监测预警工作的组织、协调、监督和管理；建立…系统，开展…预警，会同应急、气象、地震等部门组织会商后发布预警信息。 区规划资源局负责组织开展本行政区域…监测预警… 街镇（乡）人民政府具体开展地质灾害隐患监测…，并将监测信息纳入市级…系统。 相关防治责任主体单位在街镇（乡）人民政府的委托和指导下，开展…」 — "
               "负责 names the two bureaus; the city bureau's subject carries over its semicolon (" + CARRY + "), so "
               "「会同B组织会商」 gives lead 市规划资源局 with B (rule 2), fields before one head with 等 one name as printed "
               "(round 31); 具体开展 is 开展 without 组织, outside the closed list (Round 81's x308_11), and 在A…指导下 rule "
               "3's guide; 可 an option; publishing warnings is disclosure, no duty (round 55's x247_01); the monitoring "
               "data put into the city system are a duty (see duties); " + NODATE),
        S(["五", "（六）"], [QJ], [QJ, "相关部门"],
          lead_alternatives=[[]], responsible_alternatives=[[QJ]],
          note="「（六）危险性评估 市、区规划资源局在编制…规划时，应当将…评估结果纳入规划编制内容。 相关防治责任主体单位在受地质灾害威胁的区域开展工程项目建设活动，应当进行…危险性评估…。区规划资源局应当会同相关部门加强地质灾害危险性评估的监督管理工作。」 — "
               "「A会同B＋verb」 gives lead A, responsible A, B, whatever the verb but a review (rule 2; Round 85's x321_01 "
               "五、（二）), 相关部门 a kind; 纳入 and 进行 are outside the closed list (" + CLOSED + "); " + NODATE),
        S(["五", "（七）"], [], [SJ, SQ, QJ, ZT], targets=[(1, "次")],
          responsible_alternatives=[[SJ, QJ, ZT]],
          note="「（七）应急管理 市规划资源局负责统筹…，组织地质灾害应急救援技术专家队伍建设，… 市、区规划资源局配合相应应急管理部门拟订…应急预案，街镇（乡）可参照制定。… 相关防治责任主体单位应当…编制专项应急预案… 区规划资源局、相关防治责任主体单位配合区应急局做好地质灾害应急救援与演练工作，演练每年原则上为一次，力求实效。」 — "
               "负责 (rule 2) and 配合 with a subject of its own (round 46's p44g; Round 87's x319_04 第十四条) make doers, "
               "the bodies served none by a verb outside the list after them (round 36); 「市、区规划资源局」 is one name "
               "as printed (round 30), a second printing that differs from 市规划资源局 given too (Round 90's x329_04; Round "
               "94's confirmed rounds 43, 48) (the list without it accepted); 可参照制定 an option; 编制 outside the list; "
               "the drills the item holds in a yearly rhythm are its number of work, 1 次 (Round 84's p61e-1), 每年 none; "
               "no 牵头: lead []; " + NODATE),
        S(["五", "（八）"], [], [SJ, QJ, ZT, "基层组织", SQ],
          responsible_alternatives=[[SJ, QJ, ZT], [SJ, QJ, ZT, SQ]],
          note="「（八）综合治理 因自然因素造成的重大的地质灾害，由市规划资源局组织治理和竣工验收。… 因自然因素造成的一般、较大的地质灾害，由区规划资源局组织治理和竣工验收。… 因人为活动引发的地质灾害，由相关防治责任主体单位组织治理和竣工验收、负责管理和维护。有群测群防工作要求的基层组织应参与治理并服从…指导和监督。 市、区规划资源局和相关防治责任主体单位完成治理后，仍需按照…要求落实巡查和监测工作。标题和文号前面有缩进，请删掉。 数据对接 徐梦」 — "
               "clauses that divide the work by the class of hazard pick a kind of the work's objects, not rule 3's cases "
               "(Round 97's x353_02 第八条; Round 94's confirmed 「对X的，由A＋verb」 form), each 由A组织 a doer (rule 2); 参与 "
               "as its subject's own main verb reads as 配合 (Round 95's governs on x349_03 五、（一）1), the 的-phrase giving "
               "基层组织 (rounds 32, 38); 落实 with work (rule 2) names 市、区规划资源局 as printed; the stray editor's lines "
               "(a note to delete an indent, 「数据对接」, a person's name) are text of no work, the name no unit (round 30); "
               "no 牵头: lead []; " + NODATE),
        S(["七"], [], [ZT, "基层组织"],
          note="「七、法律责任 市区两级应急、规划等职能部门和街镇（乡）人民政府违反本细则规定的相关情况依据《地质灾害防治条例》等…相关条款执行。 相关防治责任主体单位和有群测群防工作要求的基层组织应当履行防范责任，落实防范措施、应急救援预案，并配合开展应急救援工作，因相关责任不落实…等原因发生突发性地质灾害、造成人员伤亡或者经济损失的，县级以上人民政府安全生产监督管理部门将依照…一并追究法律责任。 由于地震…另有规定的，从其规定。 本规则由上海市规划和自然资源局负责解释。」 — "
               "the first paragraph is the standard liability clause pointing to the law (Round 91's x340_04 第七十九条; Round "
               "97's x358_01 第二十一条), and the interpreting body is no unit (rule 3); but the second paragraph binds the "
               "parties the rules define to owed acts — 落实防范措施 is rule 2's 落实 with measures, 配合 with a subject of "
               "its own — so the childless point gives work and is a task (Round 84's p61c-1) (RULING?: or a 法律责任 point "
               "of liability clauses, no task — 9 accepted); the penalty inside 「因…发生…的」 is rule 3's event, adding "
               "none, and 追究 is outside the closed list; no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[
        {"what": "隐患点认定与核销成果上报至市级监测预警信息系统", "when": None, "when_norm": None,
         "note": "五、（一） — the district bureau's own results sent up to the city system that gathers them: a plan body "
                 "sending the results of its own work is a duty (round 48; Round 95's turned x352_02 第十条; Round 97's "
                 "x353_03 第二十八条), no time printed: undated"},
        {"what": "区突发性地质灾害年度工作计划和防治工作方案报市规划资源局备案", "when": None, "when_norm": None,
         "note": "五、（二） — the district bureau files its own year's plan and scheme with the city bureau: a plan body "
                 "sending its own plans is a duty (round 48; Round 87's turned x325_02, x328_01 备案; Round 97's x358_02 "
                 "第七条), no day printed: undated"},
        {"what": "监测信息纳入市级地质灾害监测预警信息系统", "when": None, "when_norm": None,
         "note": "五、（五） — the towns' monitoring data put into the city system: records sent to the platform that "
                 "gathers them are a sending, an undated duty (Round 81's x310_03 第十四条; Round 95's turned x352_02 "
                 "第十条; Round 97's x353_03 第二十八条)"},
     ],
     notes=["counting (leaf tasks): 一、目的依据 (purpose and basis), 二、适用范围 (scope) and 三、工作原则 (principles naming no "
            "doer) are sections (round 30's general provisions; p51e; plans-dev EXPECTED.md lines 21–25); 四、职责分工 a "
            "childless point that gives work (Round 84's p61c-1; Round 82's p60c-1), one task; 五、（一）–（八） the leaves "
            "(each a heading line with paragraphs under it); 六、经费保障 only says who pays or applies for funds and "
            "encourages capital (a payer's terms: Round 83's x311_01 第七条; round 30's 由A承担 with a cost; 鼓励 rounds "
            "30, 40), a section; 七、法律责任 a task by its second paragraph (RULING?) → 1 + 8 + 1 = **10**. Accepted: 9 "
            "(七、 read as liability text), 11 (六、 counted), 12 (every top-level point after 三、 and the eight).",
            "units: headed points, rule 2's closed list (round 30); bodies as printed, the zone bracket 「（乡）」 dropped "
            "with the printed name accepted; the issuer's geological bodies (市地调院, 市地矿集团) are addressees only",
            "dates: none (see date_note)",
            "figures: targets 1 次 (五、（一）, 五、（七）); not target 5 年 (a rhythm's period); 附件 numbers are labels",
            "duties: three undated (see duties); not duties: 五、（四）'s 公示 and the cards handed to the parties (a "
            "disclosure and a sending of the rules' forms, Round 87's x322_04 第十六条), 五、（五）'s 发布预警信息 "
            "(disclosure), 五、（三）'s 发现…及时处理和报告 by the towns (RULING?: a report the plan asks when a case arises is "
            "a duty, round 44 — not listed here because the towns' 报告 is joined to 处理 as their response, no receiver "
            "printed)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x363_02_shi-guihuaziyuanju-2023-zhanlue-yuliuqu-guihua-he-tudi-guanli-ruogan-yijian.txt"
P02 = "关于落实“上海2035”，进一步加强战略预留区规划和土地管理的若干意见"
N02 = "关于印发《关于落实“上海2035”，进一步加强战略预留区规划和土地管理的若干意见》的通知"
GH = "市规划资源部门"
XQ = "相关区政府"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the opinion's own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源规〔2023〕1号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2023-06-19",
     date_note="the cover is signed 2023年6月17日 (line 9), the index dates it 2023-06-19; 「本文件自2023年7月1日起施行，有效期至"
               "2033年6月30日」 is a general provision (round 30); no item prints a date",
     level="the city planning and natural-resources bureau, to the district governments and the management committees: "
           "why land is held back as strategic reserve, how the reserve areas are fixed in lower plans, the steps to "
           "release a reserve area for planning, what may be built or planned in the transition, and the districts' "
           "supervision",
     source=src("关于印发《关于落实“上海2035”，进一步加强战略预留区规划和土地管理的若干意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=bd22b5a9fe79480da5590ae94d3f068d&siteId=0032", 4298),
     style="a short cover notice, the opinion's title, a preamble and six headed points 一、–六、 with text in paragraphs; "
           "二、 （一）–（三） with run-in headings; 四、 a lead-in, four run-in steps （一）–（四） and a closing paragraph; 五、 a "
           "lead-in and （一）–（三）, （一） over 1.–2., （二） over 1.–3. with （1）–（4） under 3.",
     leaf_tasks=8, count_alternatives=[7, 9, 10, 11, 15],
     leaf_tasks_by_section={"一、": 0, "二、（一）–（三）": 0, "三、": 1, "四、（一）–（四）": 4, "五、（一）–（三）": 2, "六、": 1},
     childless_top_level_sections=["一、充分认识空间留白的重要意义"],
     samples=[
        S(["三"], [], ["各区政府"], targets=[(200, "平方公里")],
          lead_alternatives=[["各区政府"]], responsible_alternatives=[[]],
          note="「三、深化战略预留区的空间落地 结合…，“上海2035”在规划城镇开发边界内…划定战略预留区，…全市共划定战略预留区总面积不小于200平方公里，确保… 各区政府在区总规、新市镇总规、单元规划编制中应对全市划定的战略预留区进一步深化落实。… 如需对战略预留区控制线作调整，由各区政府向市规划资源部门提出申请，经审核确认后予以调整。…可新增纳入战略预留区予以管控。」 — "
               "a childless top-level point that gives work is a task (Round 84's p61c-1); 落实 as a verb with the plan's own "
               "measures (the areas the master plan fixes) as object is rule 2's (round 30; Round 87's x324_04 二; Round 92's "
               "x336_08), 深化 saying how (RULING?: or the areas are no work, 各区政府 none — accepted); 「由各区政府…提出申请」 "
               "is an application inside the case 如需 (round 30's applicant; rule 3), adding nothing; a quota the reserve "
               "must hold joined to 不小于 is the item's target (round 30's line; Round 83's x315_01 180万亩): 200 平方公里; "
               + ONE_LEAD + "; " + NODATE),
        S(["四", "（一）"], [], [XQ, GH], lead_alternatives=[[XQ, GH]], responsible_alternatives=[[]],
          note="「（一）选址论证。根据重大事件、重大项目实施要求，由相关区政府或市规划资源部门提出项目用地需求和选址要求，对涉及战略预留区块开展用地条件评估。」 — "
               "「由A或B＋verb」 names both (round 30; round 49), and bodies of the scheme putting forward the projects' needs "
               "do its own first step, no beneficiary applying for itself (round 30's applicant) (RULING?: or 提出 a "
               "proposal sent up for another body's decision, a step of it, Round 89's x334_04 第四条 — none accepted); the "
               "section's lead-in (「…由市级相关部门会同相关区政府依法合规对战略预留区启动规划编制、审批和实施管理」) is about the work after "
               "approval, other work, and gives the steps nothing (rule 4; round 44's lead-in about other work); no 牵头: "
               "lead []; " + NODATE),
        S(["四", "（二）"], [], [], responsible_alternatives=[[GH]],
          note="「（二）用地申请。由市规划资源部门根据论证情况向市发展改革、规划资源、经济信息化、生态环境、科技、市住房城乡建设管理等部门组成的联席会议提出战略预留区规划启动申请。」 — "
               "an application sent up for another body's decision is a step of that decision, a sending, which names no "
               "doer, 由 changing nothing (Round 85's x321_03 第五条（一）; Round 89's x334_04 第四条); the meeting's members "
               "are a composition (rule 3); an owed step of the scheme is a task naming none (Round 91's x335_02 第十条); "
               "the lead-in gives nothing (see （一）) (RULING?: or rule 4 gives the lead-in's 市级相关部门 with 相关区政府 "
               "to a step naming none); " + NONE + "; " + NODATE),
        S(["四", "（三）"], [], ["市规划委员会", "市级联席会议"], responsible_alternatives=[["市规划委员会"]],
          note="「（三）征询意见。由市规划委员会组织专家委员会审议，并由市级联席会议征询市级相关部门意见。」 — "
               "由A组织＋review names A (Round 81's x309_02 第十二条; Round 92's confirmed 组织 form), the committee the "
               "pivot's object (round 30); the meeting's consultation on the scheme's own application, placed by 由, is "
               "the scheme's work (Round 93's turned x345_01 第二十条; Round 97's governs on x358_02 第十条（一）), the "
               "consulted departments receivers (Round 91's turned x340_04 第十七条) (the committee alone accepted, as "
               "Round 91's review step reads a consultation); no 牵头: lead []; " + NODATE),
        S(["四", "（四）"], [GH], [GH, XQ], lead_alternatives=[[]], responsible_alternatives=[[GH]],
          note="「（四）审核认定。由市规划资源部门根据专家和市级联席会议意见进行审核，报请市政府批准同意。 对于区域发展条件成熟的战略预留区，经市政府同意启动后，由市规划资源部门会同相关区政府依法合规开展规划编制、审批和实施管理。规划批准后对涉及的战略预留区块予以调减…」 — "
               "the bureau's check of the scheme's own release, placed by 由, is its work (Round 93's turned x345_01 第二十条), "
               "报请…批准 a step of the government's approval, none (Round 77's x299_01 第十条); in headed points a "
               "trailing paragraph after a section's last item that gives work is that item's body (round 32; Round 91's "
               "x337_02 四、（三）3.), so its 「由A会同B＋verb」 gives lead A with B (rule 2) (RULING?: or the closing "
               "paragraph is its own task of 四、, as Round 86 reads one after an article's items — 9 accepted, and then "
               "（四） names the bureau alone); " + NODATE),
        S(["五", "（一）"], [], [], not_targets=[(1, "公里")],
          note="「（一）规划编制管理。过渡期内，战略预留区已批控制性详细规划中止实施。过渡期内，除下列情形外暂停区域内规划的编制和审批： 1.…项目可以根据需求开展专项规划编制或控制性详细规划局部调整。 2.对于中心城、沿长江干流及黄浦江1公里范围以外的…现状项目所在地块，…经区政府同意，并…认定后，允许按规定组织编制或调整控制性详细规划。」 — "
               "the suspension limits the plan's own work, and lines that only class the cases it does not reach, each left "
               "to 可／允许, are its text: one task naming none with the limit (Round 78's (b); Round 89's x331_04 第八条; "
               "Round 91's x337_01 第六、七条; " + LIMIT_TASK + ") (RULING?: or the lines are the leaves, each an option, "
               "no task — 15 accepted); 经区政府同意 names none (rule 3); 1公里 is inside a noun naming the class of area "
               "(round 58; Round 83's x311_01 第十条): not a target; " + NONE + "; " + NODATE),
        S(["五", "（二）"], [], [], not_targets=[(1, "公里")],
          note="「（二）建设项目管理。过渡期内，除下列情形外，暂停办理战略预留区内各类项目的规划和土地管理手续： 1.…可以按照规划进行土地供应和项目建设… 2.…可以按批准的许可证继续建设…允许按程序审批临时用地规划许可，允许进行危房改建、翻建。 3.对于战略预留区内的现状企业，…允许进行以下项目建设…：（1）在不超过不动产登记证明记载的建筑面积范围内…（2）中心城、沿长江干流及黄浦江1公里范围以外的…（3）…1公里范围以内的…（4）…」 — "
               "as （一）: the suspension a limit on the plan's own work, the lines and （1）–（4） the classes it does not "
               "reach, left to 可／允许 (" + OPTION + "), one task naming none; the 1公里 bands are inside nouns naming "
               "classes of area (round 58): not targets; 「不超过…建筑面积」 prints no figure; " + NONE + "; " + NODATE),
        S(["六"], [], [], responsible_alternatives=[["各区政府"]],
          note="「六、加强战略预留区监督管理 各区政府应对战略预留区内的低效用地采取差别化的管理措施及时予以腾退，加快推进战略预留区土地储备。加强…综合治理，强化环境监测和执法，…积极运用网格化监督管理机制，加大对“五违”现象的执法监督力度，重点查处违法用地和违法建筑。定期对战略预留区进行整体评估，…」 — "
               "a childless point with 应 gives work, a task (Round 84's p61c-1); 采取, 加快推进, 加强, 强化, 运用, 加大, 查处 "
               "and 进行 are outside rule 2's closed list in headed points (" + CLOSED + "; round 30: 查处), the subject "
               "carried over full stops changing nothing; " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): 一、 (why the reserve matters) is a section (p51e; plans-dev EXPECTED.md lines 21–25); "
            "二、工作原则's （一）–（三） are principles naming no rule-2 doer — 「战略预留区统一由市政府管理」 in （三） says who "
            "leads the whole of the work, a plan-level field (Round 87's x323_02 第四条), and 明确区级政府的监督管理责任 has "
            "no subject — so no tasks (p51e; Round 89's x332_06; Round 91's x336_05 一) (RULING?: or （三） a task naming "
            "市政府 by 由A管理, or all three acts with no subject — 9 and 11 accepted); 三、 one task; 四、's lead-in and "
            "closing paragraph no leaves, （一）–（四） the leaves; 五、's lead-in no leaf, （一） and （二） one task each "
            "with their lines of cases, （三） (「允许办理…手续。收储土地可以用于临时绿化等，具体按照…办法的规定办理」: options "
            "and a pointer to another text, round 49 p46b; Round 86's (b)) no task; 六、 one task → 1 + 4 + 2 + 1 = **8**. "
            "Accepted: 7 (三、 without a doer read as a statement), 9 (四、's closing paragraph its own task, or 二、（三）), 10, "
            "11 (二、's three points counted), 15 (五、 read by its numbered lines: 1., 2.; 1., 2., （1）–（4）; （三）).",
            "units: rule 2's closed list in headed points (round 30)",
            "dates: none (see date_note); 「过渡期内」 names no date",
            "figures: target 200 平方公里 (三、); not targets the 1公里 bands (classes of area)",
            "duties: none; not duties: 三、's 提出申请 (an application in a case), 四、（二）'s 申请 and （四）'s 报请市政府批准 "
            "(steps of a decision: Round 89's x329_04 第九条)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x363_03_shi-guihuaziyuanju-2022-danwei-fushu-kongjian-dui-shehui-kaifang-zhidao-yijian.txt"
P03 = "关于机关、企事业等单位附属空间对社会开放工作的指导意见"
N03 = "关于印发《关于机关、企事业等单位附属空间对社会开放工作的指导意见》的通知"
GZ = "市规划资源局"
LR = "市绿化市容局"
QZ = "区政府"
DW = "机关、企事业等单位"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the opinion's own title line (line 23) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源详〔2022〕461号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局 (the index); the cover is signed by 市规划资源局、市发展改革委、市绿化市容局、市教委、市国资委、市机管局、市财政局",
     date="2022-11-30",
     date_note="the cover is signed 2022年11月25日 (line 21), the index dates it 2022-11-30; 「至“十四五”期末」 (一、（四）) "
               "dates a goal in a point that is no task (rounds 39, 44); 「（2023—2025年）」 is part of the project list's "
               "name (附件2); no item prints a date",
     level="seven city bodies, to the district governments, the city departments and the bodies concerned: opening the "
           "grounds of government bodies, public institutions and state firms to the public — principles, standard, "
           "goals, the three-year action plan, each unit's opening scheme, building, upkeep, the division of duties, "
           "who pays, and the lists of pilot and planned projects (附件1, 附件2)",
     source=src("关于印发《关于机关、企事业等单位附属空间对社会开放工作的指导意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=54ce74b1dd5e40ec8416def31c105ecd&siteId=0032", 8120),
     style="a cover notice signed by seven bodies, the opinion's title, a preamble and three headed points 一、–三、 with "
           "（一）–（四）, （一）–（四） and （一）–（三） as heading lines, the text in paragraphs after them; 一、（二） with "
           "一是…四是 paragraphs; 三、（二） over 1.–2.; after the 附件 line two project tables flattened one cell a line "
           "(26 pilot projects with their 今年完成目标, 105 planned projects), not counted",
     leaf_tasks=6, count_alternatives=[5, 7, 8, 9, 12],
     leaf_tasks_by_section={"一、（一）–（四）": 0, "二、（一）–（四）": 4, "三、（一）": 1, "三、（二）1.–2.": 1, "三、（三）": 0},
     childless_top_level_sections=[],
     samples=[
        S(["二", "（一）"], [GZ], [GZ, "市相关主管部门", "各区政府"],
          lead_alternatives=[[]],
          responsible_alternatives=[[GZ, "市相关主管部门", "各区政府（管委会）"], [GZ, "各区政府"]],
          note="「（一）制定专项行动计划 由市规划资源局会同市相关主管部门、各区政府（管委会），近期聚焦…，重点选择…单位…，在推进2022年单位附属空间开放试点项目（附件1）的基础上制定单位附属空间开放三年行动计划，形成三年行动计划项目库（2023—2025年）（附件2）。分批逐步推进…，每年年初由各区政府（管委会）选择…项目，明确…责任主体，制定年度行动清单。」 — "
               "「由A会同B、C＋verb」: lead A, responsible A, B, C (rule 2), 市相关主管部门 a kind kept as printed (round 30; "
               "Round 85's x320_01); " + BRACKET + " (Round 85's x321_01 三、（二） 属地政府（开发区管理机构）); 「由各区政府…"
               "选择…制定」 names the same body again, listed once; 每年年初 is a recurring time, no deadline (round 34), and "
               "the years in the project list's name date nothing; " + NODATE),
        S(["二", "（二）"], ["市、区相关主管部门"], ["市、区相关主管部门", DW, QZ],
          lead_alternatives=[[]],
          responsible_alternatives=[["市、区相关主管部门", DW, "区政府（管委会）"], ["市、区相关主管部门", DW, QZ, LR],
                                    ["市、区相关主管部门", QZ]],
          note="「（二）编制开放方案 市、区相关主管部门牵头，由拟开放的机关、企事业等单位组织编制“一单位一方案”，方案需明确…，由区政府（管委会）组织认定，报相关主管部门备案后实施。对涉及到口袋公园改建的项目，方案还应先由市绿化市容局审核同意。 市规划资源局、市绿化市容局针对广场、绿地等不同类型，规范建设要求，指导开放方案的编制。」 — "
               "「A牵头，由B组织编制」: lead A, B by 由A组织＋verb (rule 2; round 30); 「市、区X部门」 is one name (round 30); "
               "the 的-phrase gives the name after the last 的, and fields before one head with 等 are one name as printed "
               "(round 31: 「人事、卫生等部门」), so 「机关、企事业等单位」 (RULING?: or the kinds split, 机关 and 企事业单位, as "
               "Round 87's x323_02 第三十条 split names on 、); 「由区政府（管委会）组织认定」: 组织 names its subject wherever "
               "it stands (Round 92's confirmed form), the bracket dropped; 「由市绿化市容局审核同意」 is an approval of the "
               "scheme, rule 3's 经A同意, 由 changing nothing (Round 85's turned x317_03 第九条（一）) (accepted with it, as "
               "Round 97's governs on x358_02 第十条（一） reads a review of the scheme's own work); 「A指导B的编制」 without "
               "负责 is rule 3's guide, and 规范 is outside the list; the scheme filed after recognition is a duty (see "
               "duties); " + NODATE),
        S(["二", "（三）"], [], ["实施主体"],
          lead_alternatives=[["实施主体"]], responsible_alternatives=[["实施主体", LR]],
          note="「（三）推进项目实施 由开放方案中明确的实施主体按照备案的开放方案推进附属空间的实施建设。改造方案涉及行政审批的，应按规定办理相关手续。各区政府（管委会）做好…改建的支撑保障及验收工作，其中口袋公园改建的项目实施完成后，由市绿化市容局组织验收。」 — "
               "由A＋a verb of doing names A (rule 2), the 的-phrase giving its head 实施主体, a role the scheme names, kept "
               "as printed (Round 83's x313_01 第三条; Round 97's x355_02 四、（三）4 整改责任方); 做好 is outside the closed "
               "list (round 30); 「其中…的项目…由市绿化市容局组织验收」 names a kind of project beside the item's own work "
               "with its own doer, a case of that work adding none (Round 97's x358_02 第十八条; Round 94's confirmed form) "
               "(RULING?: or a class that decides which body acts, naming 市绿化市容局 — accepted); " + ONE_LEAD + "; "
               + NODATE),
        S(["二", "（四）"], [], [QZ],
          lead_alternatives=[[QZ]], responsible_alternatives=[["区政府（管委会）"]],
          note="「（四）注重管理维护 开放后的附属空间维持原权属属性。由区政府（管委会）负责协调，与原单位共商明确开放时段的管理主体和管理模式，统筹好…关系。管理主体应提高精细化管理水平，与公安、城管执法等部门以及街道（镇）建立协调联动机制… 新建项目落实常态化开放策略，在规划中明确开放控制要求，纳入土地合同全生命周期管理…」 — "
               "由A负责 names A (rule 2), the bracket dropped (" + BRACKET + "); 与B共商 is a consultation, B no doer (Round "
               "95's x351_04 第七条 会商); 管理主体's 提高, 建立 are outside the closed list; a project is the work itself, no "
               "facility standing for a body (Round 97's x355_03 六、), so 新建项目落实… names none; " + ONE_LEAD + "; "
               + NODATE),
        S(["三", "（一）"], [LR], ["市相关主管部门", "各区政府", DW, GZ, LR, "市教委", "市国资委", "市级主管部门",
                                 "市、区公安、城管执法等部门"],
          lead_alternatives=[[]],
          responsible_alternatives=[["市相关主管部门", "各区政府（管委会）", DW, GZ, LR, "市教委", "市国资委", "市级主管部门",
                                     "市、区公安、城管执法等部门"],
                                    [GZ, LR, "市教委", "市国资委", "市级主管部门", "各区政府", DW, "市、区公安、城管执法等部门"]],
          note="「（一）明确职责分工 由市级层面做好统筹协调，市相关主管部门、各区政府（管委会）、机关、企事业等单位共同参与并落实职责分工，… 市规划资源局、市绿化市容局、市教委、市国资委共同做好…统筹和技术指导服务工作，其中市绿化市容局牵头推进附属绿地开放工作。市级主管部门落实所属单位开放工作，指导…，督促… 各区政府（管委会）负责… 机关、企事业等单位负责… 市、区公安、城管执法等部门负责…」 — "
               "under a 职责分工 heading every body the text gives work is a unit, any verb naming its subject (round 34; "
               "Round 82's p60c-1 one task, each body once, in printed order; Round 87's governs on x328_04 三), 牵头 for one "
               "part the item's lead (round 37); 市级层面 is a level with no head (round 43); fields before one head with 等 "
               "are one name as printed (round 31); " + BRACKET + "; " + NODATE),
        S(["三", "（二）", "1"], [], ["所在区", "所在区相关部门", "开放单位", "项目单位", LR], targets=[(50, "%")],
          responsible_alternatives=[["开放单位所在区", "所在区相关部门", "开放单位", "项目单位", LR], [LR], []],
          note="「1.加大政策协同支持 对“专项改造开放类”项目，…由开放单位所在区作为项目建设和运维主体，改造建设费用由所在区承担。…运维费用由开放单位原渠道和所在区各承担50%。 对“综合改造提升类”项目，…由所在区相关部门与开放单位商议确定改造后的开放边界。其中，边界外…由所在区作为建设运维主体…；边界内…仍由项目单位作为建设和运维主体… 对“开放不改造类”项目，…由开放单位作为运维主体… 同时，将附属空间开放工作纳入年度市对区绩效考核体系，…具体办法由市绿化市容局进一步细化明确。」 — "
               "「由A作为…主体」 designates A wherever it stands (Round 85's x319_04; Round 97's x355_03 一、（二） 所在镇), and "
               "「对X类项目，由A…」 picks a kind of the work's objects, each class's body named (Round 94's confirmed form; Round "
               "97's x353_02 第八条); 所在 is a one-word relation kept, the place phrase 开放单位 before it dropped (Round 89's "
               "x331_02; Round 93's x341_01 第十五条), the printed name accepted; 「由A与B商议确定」 names both (round 30's "
               "由A与B＋verb) (RULING?: or 商议 a consultation as Round 95's 会商, B none); 「由A细化明确」 sets a method, work by "
               "由A (Round 85's x322_04 第二十五条, inside a point that gives work, Round 97's turned x357_01 10.); the cost "
               "clauses name payers (round 30), and a share the rules fix for the money they move is a target (Round 93's "
               "turned x341_04 第八条; Round 95's x349_02 六、（三））: 50 %; no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[(100, "个"), (100, "万平方米"), (35, "个")],
     phases=[],
     duties=[
        {"what": "开放方案经区政府组织认定后报相关主管部门备案", "when": None, "when_norm": None,
         "note": "二、（二） — the district government's recognition of a unit's opening scheme, sent for filing before it "
                 "is carried out: 报B备案后实施 asks no 批准 of B, a plan body sending its own findings (round 48; Round 87's "
                 "turned x328_04 四、（二））, no day printed: undated"},
     ],
     notes=["counting (leaf tasks, from the opinion's title to the 附件 line; the two project tables after it are "
            "attachments, not counted: plans-dev EXPECTED.md; round 65's x285_01): 一、's （一）指导思想, （二）基本原则 "
            "(一是…四是 its text), （三）开放标准 (the standard the openings meet, 可／鼓励) and （四）工作目标 are aims, "
            "principles and a standard naming no unit in a plan whose tasks name units: no tasks (seeds EXPECTED.md lines "
            "3–5; Round 93's governs on x343_04; p51e); 二、's lead-in no leaf, （一）–（四） the leaves; 三、强化实施保障: "
            "（一） and （二）1. name units, tasks; （二）2. (a mechanism with no subject, its 应通过…联合认定 rule 3's 经A "
            "form: Round 97's governs on x357_03 四、（三）) and （三） (宣传, 鼓励, 评估 with no subject) name none under a "
            "safeguard heading: no tasks (seeds lines 3–5; Round 89's governs on x333_04) → 4 + 1 + 1 = **6**. Accepted: "
            "5, 7 (一、（三） read as limits, or one of 三、's), 8 (三、（二）2. and （三） counted), 9, 12 (every leaf).",
            "units: rule 2's closed list in headed points (round 30); under 三、（一）'s 职责分工 heading every body given work",
            "dates: none (see date_note)",
            "figures: plan targets 100 个 (以上), 100 万平方米 (约, the level a goal sets: round 25; Round 89's x332_02), 35 "
            "个 (以上), all in 一、（四）工作目标, a point that is no task; target 50 % (三、（二）1.); 「15分钟社区生活圈」 and "
            "「十四五」 are names with digits (EXPECTED.md), not sampled; the tables' 26 and 105 projects are list counts",
            "duties: one undated (二、（二）, see duties); not duties: 二、（一）'s 每年年初…制定年度行动清单 (work, no sending), "
            "三、（二）1.'s 纳入…考核 (the city's own assessment)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x363_04_shi-guihuaziyuanju-2022-sitiao-kongzhixian-shishi-guanli-ruogan-yijian.txt"
P04 = "关于落实“上海2035，进一步加强四条控制线实施管理的若干意见"
N04 = "关于印发《关于落实“上海2035”，进一步加强四条控制线实施管理的若干意见》的通知"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the opinion's own title line (line 15, printed as stored without the closing ” after 上海2035) or the "
                "notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源总〔2022〕458号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2022-11-29",
     date_note="the cover is signed 2022年11月28日 (line 13), the index dates it 2022-11-29; no item prints a date",
     level="the city planning and natural-resources bureau, to the district governments and the management committees: "
           "the four control lines of the master plan (farmland, ecological red line, urban development boundary, "
           "cultural protection) — what each means, how they are fixed through the levels of plans, the rules inside "
           "and outside each line, the control database, and the safeguards",
     source=src("关于印发《关于落实“上海2035”，进一步加强四条控制线实施管理的若干意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=efdfd8d2896549d8920d4dea6f45bebc&siteId=0032", 8081),
     style="a cover notice of three paragraphs, the opinion's title, a preamble and six headed points 一、–六、; 二、 1.–4. "
           "as heading lines with paragraphs; 三、 childless, four paragraphs; 四、 （一）–（四）, （一） over 1.–3. as heading "
           "lines, （二）（三） over run-in 「1.X。…」 items, （四） childless; 五、 and 六、 run-in 1.–3.",
     leaf_tasks=14, count_alternatives=[13, 15, 16, 18, 20],
     leaf_tasks_by_section={"一、": 0, "二、1.–4.": 0, "三、": 1, "四、": 9, "五、1.–3.": 3, "六、1.–3.": 1},
     childless_top_level_sections=["一、充分认识“四线”实施管理的重要意义"],
     samples=[
        S(["三"], [], [], not_targets=[(198, "")],
          note="「三、依托国土空间规划体系，深化“四线”空间落地 浦东新区和郊区各区国土空间总体规划（以下简称区总规）全面落实…，结合…深化细化城镇开发边界。…可对三、四类生态空间边界进行局部优化调整。… 主城区单元规划和新市镇国土空间总体规划（以下简称镇总规）对三、四类生态空间精确落地… 在单元规划层次确定的城镇开发边界内…应编制控制性详细规划…镇总规中未规划保留的现状“198”工业用地，经优质项目认定后…也应编制控制性详细规划。… 对于文化保护控制线，各层次国土空间规划要持续强化…」 — "
               "a childless main point with 应／要 gives work (Round 84's p61c-1), its acts with no body as subject (the "
               "subjects are plans, no bodies: round 30's closed list reads bodies) — " + NOSUBJ + "; 可 options; 「“198”」 "
               "names a class of industrial land, a name with digits (EXPECTED.md): not a target; " + NONE + "; " + NODATE),
        S(["四", "（一）", "1"], [], [], targets=[(150, "万亩"), (202, "万亩")],
          note="「1.分梯度系统实施耕地保护管理 对150 万亩永久基本农田实施最严格保护制度，…全面落实“四个严禁”要求，…可实施补划调优。… 对202万亩耕地保护空间，统一带位置向各区下达，作为“十四五”乃至更长一段时期各相关区政府落实耕地保护责任，实施耕地年度“进出平衡”管理的对象。依托202万亩耕地保护空间推进高标准农田建设… 对“三调”现状耕地，…确保现状耕地逐步有序接近202万亩保护目标。」 — "
               "acts with no subject: " + NOSUBJ + "; 各区 receive the quota (rule 3), and 各相关区政府 stands inside a "
               "noun's description 「作为…的对象」 (round 30: a body inside a noun's description is no doer); the quotas the "
               "work must hold are the item's targets (Round 83's x315_01 180万亩; Round 91's x339_03 第十五条 202万亩): "
               "150 万亩 (printed 「150 万亩」 with a space), 202 万亩; " + NONE + "; " + NODATE),
        S(["四", "（一）", "2"], [], [],
          note="「2.加强土地整备引导区保护和管理 在永久基本农田周边或滩涂已成陆区域，将具备调整补充为永久基本农田条件的优质耕地集中分布区域划定为土地整备引导区，强化耕地主导功能。优先选择在整备引导区内实施土地综合整治，…优先实施减量复垦，其他用地逐步有序退出、调整为优质耕地…」 — "
               + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["四", "（一）", "3"], [], [],
          note="「3.合法依规实施永久基本农田布局调优 能源、交通、水利、军事设施等国家重大建设项目…在选址时确实难以避让永久基本农田的，…在永久基本农田储备区内进行补划，…依据…规定执行。对于开展全域土地综合整治试点工作的区域，…按照《…通知》…执行。对乡村地区公益性设施建设、中小河道整治确实无法避让永久基本农田的，提前编制耕地（永久基本农田）整理方案，落实“先补后占”要求…」 — "
               "classes of project and the owed acts for each, with no subject: " + NOSUBJ + "; 落实 with no subject "
               "names none; the document numbers are no targets; " + NONE + "; " + NODATE),
        S(["四", "（二）", "1"], [], [],
          note="「1.系统实施生态建设和修复。遵循山水林田湖草生命共同体理念，推进生态系统的整体保护、系统修复和综合治理。优先在外环绿带、…实施现状低效建设用地减量化，按照规划需要实施造林，…加强跨界重点河湖、骨干河道综合整治和生态修复，…推进河口滩涂湿地保护与修复…」 — "
               "a run-in heading with its owed acts, none with a subject: " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["四", "（二）", "2"], [], [],
          lead_alternatives=[["所在区政府", "市级行业主管部门"]],
          responsible_alternatives=[["所在区政府", "市级行业主管部门", "市规划资源局"]],
          note="「2.加强生态保护红线内有限人为活动管控。生态保护红线内自然保护地核心保护区原则上禁止人为活动。自然保护地核心保护区外，允许的有限人为活动必须符合…确定的10种类型。相关有限人为活动如确需进行建设的，应按照先规划、后建设的原则，由所在区政府、市级行业主管部门会同市规划资源局编制专项规划（详细规划层次），并报市政府审批。规划编制时，应同步开展规划环评工作，报市生态环境局审查后…；涉及自然保护地的，规划成果应征求市绿化市容局（市林业局）意见。生态保护红线内严格禁止开发性、生产性建设，对确需占用生态保护红线的国家重大项目，仅限于…6种类型，并需报自然资源部办理相关用地手续。」 — "
               "the item's work is the limits on activity in the red line (bans and 必须符合: " + LIMIT_TASK + "); "
               "「如确需…的，由A、B会同C编制」 is rule 3's contingency 「确需…的」 beside that work, adding no unit (Round 83's "
               "turned x315_01 第六条 「确实无法避让的，…由各区提前组织编制…规划」; Round 95's governs on x351_01 一、（一）3) "
               "(RULING?: or the planning route for the allowed activities is the item's own work, 会同 naming leads A, B "
               "and C — accepted); 报…审查／审批 steps of others' decisions and 征求意见 a consultation (rule 3); the 10 and "
               "6 types are counts of classes another text fixes (not sampled); " + NONE + "; " + NODATE),
        S(["四", "（二）", "3"], [], [],
          note="「3.严格保护其他生态空间。三类生态空间内禁止对主导生态功能产生影响的开发建设活动，控制线型工程、市政和水利基础设施以及独立型特殊建设项目用地，其中饮用水水源二级保护区内的工业企业应全部清退。四类生态空间是…结构性生态空间，作为城市公共绿地严格保护…」 — "
               + LIMIT_TASK + "; 清退 and 保护 owed with no subject (round 65's x274_01); 工业企业 is the object of 清退, "
               "no doer; " + NONE + "; " + NODATE),
        S(["四", "（三）", "1"], [], [],
          note="「1.促进城镇开发边界内建设用地结构优化和功能提升。新增城市开发项目和工业项目一律在城镇开发边界内建设。新增工业项目必须位于产业基地、产业社区内。积极调整用地结构布局，确保…规划指标落实。战略预留区已批控制性详细规划中止实施，…原则上不得进行大规模改建、扩建和新建。」 — "
               "limits on where the plan's work may build and owed acts with no subject: " + LIMIT_TASK + "; a project "
               "is the work itself, no facility standing for a body (Round 97's x355_03 六、); " + NONE + "; " + NODATE),
        S(["四", "（三）", "2"], [], [],
          note="「2.推进城镇开发边界外建设用地减量和布局优化。新建项目鼓励优先利用…，不得新增住宅（宅基地归并平移除外）和工业项目（…除外）。实行城镇开发边界外低效建设用地减量与…全面挂钩，…重点推进低效工业用地和农村宅基地减量，引导存量宅基地自愿有偿退出。允许…办理农转用手续。宅基地归并平移类项目涉及新增建设用地的，依据…规划办理，…不得使用建设用地机动指标。」 — "
               "bans on what may be added and acts with no subject: " + LIMIT_TASK + "; " + NOSUBJ + "; 鼓励／允许 options "
               "(rounds 30, 40; round 49 p46b); " + NONE + "; " + NODATE),
        S(["四", "（四）"], [], [],
          note="「（四）强化文化保护控制线，提升城市文化品质 历史文化遗产保护控制线和自然（文化）景观保护控制线划定后，镇总规或单元规划编制应将…纳入。核心保护范围内不得擅自进行新建、扩建活动，确需建造…的，应当经专家委员会专家论证。…严格控制新建建筑高度。…严禁违反规划或擅自调整规划在…内建设高层建筑…。公共文化服务设施保护控制线内…不得擅自改变用地性质和使用功能，严格控制文体功能空间规模占比下限。」 — "
               "a sub-point with no numbered children under it is a leaf (plans-dev EXPECTED.md), and its limits and bans "
               "are the plan's own work: " + LIMIT_TASK + "; 经专家委员会…论证 names none (rule 3); " + NONE + "; "
               + NODATE),
        S(["五", "1"], [], [],
          note="「1.建立“多规合一”、分层管理的空间管控数据库。按照空间规划体系，建立涵盖各类规划控制要素、分层次管理的空间管控数据库。总体规划层次管控数据包括…其中建设用地控制线作为…直接依据，战略预留区内按沪规土资规〔2018〕3号文执行。…按照…数据库标准，规范各层次规划成果数据，确保经批准后规划成果数据及时入库并更新管控数据图层。」 — "
               + NOSUBJ + "; what each layer's data include is the database's contents, its text (Round 92's governs on "
               "x311_02 第二十三条); the document number is no target; " + NONE + "; " + NODATE),
        S(["五", "2"], [], [],
          note="「2.完善“四线”更新维护工作机制。交通市政基础设施、…等用地涉及202万亩耕地保护空间和150万亩永久基本农田确实难以避让的，需在专项规划…中制定补划规划图则，…但不调整202万亩耕地保护空间和150万亩永久基本农田图斑。…先对…数据图斑进行补划更新，再放行办理相关手续。…规划经批准后，应将调整后的…同步纳入…管控数据图层予以更新。」 — "
               + NOSUBJ + "; the 202万亩 and 150万亩 here name the protected spaces the cases touch (figures inside nouns, "
               "round 58), not sampled as targets; " + NONE + "; " + NODATE),
        S(["五", "3"], [], [],
          note="「3.优化机动指标核销更新和报备工作。依托信息化手段，完善台账登记和规划图层更新机制。结合机动指标使用、永久基本农田退出补划等工作，对…图斑…数据库实现即时更新。永久基本农田退出补划等工作按部有关规定在相应系统内填报。」 — "
               + NOSUBJ + "; the filing into the ministry's system is a duty (see duties); " + NONE + "; " + NODATE),
        S(["六", "3"], [], ["各区政府"], lead_alternatives=[["各区政府"]], responsible_alternatives=[[]],
          note="「3.加强监督考核。各区政府应严格落实“四线”实施管理，对违反“四线”管控规则的建设活动加大监管力度。对于突破“四线”管控规则的违法用地和违法建设行为要予以严肃查处，…加强“两法衔接”和“执纪问责”…加强对“四线”实施管理的监督检查，并将监督结果纳入各区规划资源局年度考核范围。」 — "
               "落实 with the plan's own management as object is rule 2's (round 30; Round 92's x336_08 form), so 各区政府, "
               "a kind, is a doer (round 30); 各区规划资源局 stands inside a noun's description (round 30); under a safeguard "
               "heading an item that names a unit is a task (seeds lines 3–5); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[(18, "米")],
     phases=[],
     duties=[
        {"what": "永久基本农田退出补划等工作在相应系统内填报", "when": None, "when_norm": None,
         "note": "五、3. — records of the plan's own work entered into the ministry's system that gathers them: a sending "
                 "of records to a platform is an undated duty (Round 81's x310_03 第十四条; Round 95's turned x352_02 "
                 "第十条; Round 97's x353_03 第二十八条) (RULING?: or 填报 in a system the body's own bookkeeping, no duty)"},
     ],
     notes=["counting (leaf tasks): 一、 (why the lines matter) a section (p51e); 二、总体要求's 1.–4. state aims and "
            "principles and name no unit in a plan whose tasks name units (四、（二）2.'s accepted reading, 六、3.): no "
            "tasks (seeds EXPECTED.md lines 3–5; Round 93's governs on x343_04); 三、 one task (a childless main point "
            "with 应／要); 四、: （一）1.–3., （二）1.–3., （三）1.–2., （四） (childless) → 9; 五、1.–3. → 3 (main work, "
            "tasks though they name none: Round 93's governs on x343_04); 六、 a safeguard point: 1. (强化管理协同, no "
            "subject) and 2. (完善配套政策, no subject) name no unit, no tasks; 3. names 各区政府, a task → 1 + 9 + 3 + 1 = "
            "**14**. Accepted: 13 (三、 as a section), 15, 16 (六、1.–2. counted), 18 (二、1.–4. counted), 20 (every leaf).",
            "units: rule 2's closed list in headed points (round 30); the plan names few doers — its acts mostly have "
            "plans or no subject",
            "dates: none (see date_note); 「“十四五”乃至更长一段时期」 names no date",
            "figures: targets 150 万亩, 202 万亩 (四、（一）1.); plan target 18 米 (二、1.'s 「新增建筑高度原则上不超过18米」, a "
            "ceiling joined to 原则上不超过 in a point that is no task: round 30's line; Round 85's x321_04); not target "
            "「“198”」 (三、, a name); the 三、四类 and 二级 are classes and grades (Round 93's x345_02 第九条), the 10 and "
            "6 种类型 counts of classes another document fixes, not sampled",
            "duties: one undated (五、3., see duties); not duties: 四、（二）2.'s 报…审查／审批 and 报自然资源部办理 (steps of "
            "others' decisions: Round 77's x299_01 第十条), 五、1.'s 及时入库 (the bureau's own database)"])

write_collected(DIR)
