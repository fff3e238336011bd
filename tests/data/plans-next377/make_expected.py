# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next377/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 71 (built by helper c377, for round 72): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, and Rounds 90–105 read whole, see
the README's Exposures) and /work/shared/plans-dev/EXPECTED.md (lines 1–70) applied to every item. Neither the parser
nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next377/make_expected.py tests/data/plans-next377
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402
from shared377 import (  # noqa: E402
    ARTICLE,
    CASES,
    DANGER,
    DIR,
    FILING,
    LICENSED,
    LIMIT,
    NONE,
    NOTICE,
    ONE_LEAD,
    OPTION,
    OWNBIZ,
    PENALTY,
    POINTER,
    REVIEW,
    SENDING,
    art,
    lab,
    src,
)

AV = ARTICLE.split(" (")[0]
SJ = "市交通委"
SJF = "上海市交通委员会"
QJ = "区交通行政管理部门"

# ---------------------------------------------------------------------------------------------------------
X01 = "x377_01_shi-jiaotongwei-2022-gangkou-jingying-guanli-shishi-banfa.txt"
N01 = "上海市交通委员会关于印发《上海港口经营管理实施办法》的通知"
P01 = "上海港口经营管理实施办法"
GK = "港口行政管理部门"
JY = "港口经营人"
LH = "港口理货业务经营人"
JR = "经营人"


def a1(n):
    return lab(X01, n)


plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the 办法's own title line (line 13, after the cover's date) or the notice's title (line 1): either (a forwarding "
                "notice and the document it forwards are one plan, round 30; the pair form the scorer reads, Round 78, Round 94's "
                "x265_08, Round 104 on x373_01)",
     doc_no="沪交行规〔2022〕2号 (line 3)",
     issuer="上海市交通委员会",
     date="2022-01-29",
     date_note="signed 二○二二年一月二十九日 (line 11), adopted the same day; in force 2022年3月1日, valid to 2027年2月28日 (the cover and "
               "第四十二条, a general provision); 20个工作日内, 30日以前, 提前30个工作日, 15个工作日内, 24小时前 and 提前1个月 count from events "
               "(round 33) and 定期, 及时, 立即 print no date: no task is dated",
     level="a city commission's 规范性文件 (管理办法) on the business of the port of Shanghai: licensing, filings of service firms, "
           "the operators' duties of safety, shore power, reporting and statistics, the port authority's supervision",
     source=src("上海市交通委员会关于印发《上海港口经营管理实施办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0010::d5f91e208e684d65bd8e8c9955053946", 7118),
     style="a forwarding notice (title, number, addressees, one paragraph, issuer, date in Chinese numerals), then the 办法's title "
           "and five chapters 「第N章  title」 (two ASCII spaces) with 42 articles printed 「第N条  text」 on one line (two ASCII "
           "spaces; one space after 第六、七、二十三、三十二、三十五、三十八条), paragraphs as lines; lists （一）– in 第二、十条",
     leaf_tasks=33, count_alternatives=[31, 32, 34, 35, 36, 38],
     leaf_tasks_by_section={"第一章 第一–三条": 1, "第二章 第四–十二条 (第四、五、六条 none)": 6, "第三章 第十三–三十四条 (第二十二、三十一条 none)": 20,
                            "第四章 第三十五–四十条": 6, "第五章 第四十一、四十二条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a1("第三条")], [], [SJF, "执法、管理机构", "各有关区港口行政管理部门", "相关机构"],
          responsible_alternatives=[[SJF, "执法、管理机构", "各有关区港口行政管理部门", "经授权的相关机构"],
                                    [SJF, "各有关区港口行政管理部门", "相关机构"],
                                    [SJF, "各有关区港口行政管理部门", "经授权的相关机构"], [SJF, "各有关区港口行政管理部门"]],
          **art(X01, [a1("第三条")]),
          note="「上海市交通委员会（以下简称市交通委）负责上海港口经营行政管理工作，其所属的执法、管理机构根据职能具体负责…日常监督管理，并对各区的港口 经营日常监督管理予以指导。 各有关区港口行政管理部门和经授权的相关机构负责本辖区内河港区的港口经营行政管理工作，其所属的执法、管理机构具体负责辖区内的港口经营日常监督管理。」 — "
               "an article that gives work to bodies is a task (round 30's general provisions, closed; Round 102's x370_01 第二条), "
               "「A负责／具体负责」 names A (rule 2); the full name where it acts, its 以下简称 dropped (round 43; Round 91's x339_01); "
               "「其所属的」 a pointer and the 的-rule leaves 执法、管理机构, fields before one head one name (rounds 31, 32), printed "
               "again for the districts and listed once (Round 82's 「each once」); 「经授权的相关机构」 by the 的-rule 相关机构, a kind "
               "as 有关部门 is (the printed phrase accepted) (RULING? 1); 和 joins whole names (round 35); printed order; lead [] "
               "(no 牵头); " + NODATE),
        S([a1("第七条")], [], [GK], lead_alternatives=[[GK]], responsible_alternatives=[[]], **art(X01, [a1("第七条")]),
          note="「对申请材料齐全、符合法定形式的，港口行政管理部门应当受理并对申请人提交的申请材料进行审查，必要时组织工作人员进行现场核查。对申请人符合港口经营许可告知承诺条件的，港口行政管理部门应当根据申请人申请，以告知承诺方式实施行政审批。 因服务国计民生…临时从事货物装卸…的，港口行政管理部门应当对相关设施和能力的适应性进行审查，必要时组织相关评估。从事建筑垃圾…转运作业的，…应当征求码头所在地人民政府意见。」 — "
               "the review of an application names none by itself, but 实施 places the approval on its body (" + REVIEW.split(" (")[0]
               + "; Round 94's turned x240_04: 负责, 实施 or 组织＋verb), the 的-clause picking a kind of applicant by a standing "
               "state, no event (Round 94's 「对X的，由A」 form); 必要时组织 is a case (Round 99's x363_01 五、（三））; the consulted "
               "government is a receiver (rule 3; Round 91's turned x340_04 第十七条) (RULING? 2: or the whole article the review "
               "of a party's application, naming none); " + ONE_LEAD + "; " + NODATE),
        S([a1("第八条")], [], [], responsible_alternatives=[[GK]], not_targets=[(20, "个工作日")],
          **art(X01, [a1("第八条")]),
          note="「港口行政管理部门应当自受理申请之日起20个工作日内作出许可或者不予许可的决定。符合条件的，准予行政许可，发给《港口经营许可证》，并对外公布；不符合条件的，…将不予许可的决定及理由书面通知申请人。 《港口经营许可证》包括…。 对从事危险货物港口经营的，港口行政管理部门还应当…配发《港口危险货物作业附证》…」 — "
               "「A应当自受理…申请之日起N日内作出（审批）决定」 names none (Round 94's turned x240_04 第二十四条; Round 105's governs on "
               "x376_01 第十九条), issuing the permit and its annex the decision's steps (Round 93's x341_01 第三条（一）); the permit's "
               "contents text (Round 86's (a)); publishing to the public no duty (round 55), the notice of refusal a duty (below); "
               + LIMIT + ": 20 个工作日 not_target; " + NONE + "; " + NODATE),
        S([a1("第九条")], [], [], not_targets=[(3, "年")], **art(X01, [a1("第九条")]),
          note="「《港口经营许可证》的有效期为3年。临时使用港口岸线的，…有效期不得超过港口岸线的使用期限。租赁港口设施…的，…不得超过租赁期限和…备案有效期限。…有效期根据城市规划的实施进展情况确定。」 — "
               "limits on the bodies' own grants are a task naming none (Round 93's x345_03 第十条: 「实行…弹性年期出让制度。…原则上不超过20年」; "
               "Round 87's governs on x328_03) (RULING? 3: or a scheme's term, its text, Round 91's x339_03 第三条); 3 年 joins no "
               "comparison word, a norm (round 30), and the ceilings print no figure; " + NONE + "; " + NODATE),
        S([a1("第十条")], [], [], not_targets=[(30, "日")], **art(X01, [a1("第十条")]),
          note="「港口经营人应当在《港口经营许可证》有效期届满之日30日以前，向…发证机关申请办理延续手续。未按期提出延续申请的，…重新申请…。 办理…延续手续，应当提交下列材料：（一）…（四）…」 — "
               + LICENSED.split(" (")[0] + " (Round 97's x353_03 第二十一条 「应当申请重新核定…资质」 confirmed a task naming none), the "
               "papers the renewal carries its contents, the text of the one task (Round 105's x376_02 三、（一）; Round 86's (a)); "
               "the application a sending to the licensing body, naming none (" + SENDING.split(" (")[0] + "); " + LIMIT
               + ": 30 日 (30日以前) not_target; " + NONE + "; " + NODATE),
        S([a1("第十二条")], [], [], responsible_alternatives=[["原许可机关"]], not_targets=[(30, "个工作日")],
          **art(X01, [a1("第十二条")]),
          note="「港口经营人停业或者歇业，应当提前30个工作日告知原许可机关。原许可机关收回并注销其《港口经营许可证》，并以适当方式向社会公布。」 — "
               "the operator's notice is its owed act (" + LICENSED.split(" (")[0] + "), a sending naming none; 原许可机关 is a role "
               "word pointing back to the licensing bodies of 第五条 (" + POINTER.split(" (")[0] + "), the role word accepted; the "
               "notice on its own business no duty (" + OWNBIZ.split(" (")[0] + "); " + LIMIT + ": 30 个工作日 (提前) not_target; "
               + NONE + "; " + NODATE),
        S([a1("第十三条")], [], [GK], lead_alternatives=[[GK]], responsible_alternatives=[[]], not_targets=[(15, "个工作日")],
          **art(X01, [a1("第十三条")]),
          note="「为船舶提供岸电、…等船舶港口服务的单位，港口设施设备和机械租赁维修业务的单位以及港口理货业务经营人，应当向…港口行政管理部门办理备案手续…。跨区域…的，应当向市交通委办理备案手续。港口行政管理部门应当建立备案情况档案。 …发生变更或者终止经营的，应当在…之日起15个工作日内办理变更备案。」 — "
               "the firms' filings are sendings naming none (" + SENDING.split(" (")[0] + "), and no duty (" + OWNBIZ.split(" (")[0]
               + "); 建立档案 is the authority's own act bound by 应当 (" + AV + "); " + LIMIT + ": 15 个工作日 not_target; "
               + ONE_LEAD + "; " + NODATE),
        S([a1("第十六条")], [], [JY, "权属人"], responsible_alternatives=[[JY]], **art(X01, [a1("第十六条")]),
          note="「港口经营人租赁港口设施从事港口经营的，应当与从事港口设施设备租赁业务的权属人签订以泊位为基本租赁标的的港口设施租赁合同，且所从事业务应当与该港口设施的岸线功能相适应。」 — "
               "与B签订 is round 30's two-party act, both doers (Round 95's x347_04 第十二条; Round 93's x345_01 第二十四条), the 的-rule "
               "leaving 权属人, a party by role (Round 101's x367_01 使用人); the 的-clause picks a kind of operator by a standing "
               "state (Round 94's form), and the limit binds the business it may run (Round 87's governs on x328_03); printed "
               "order; lead [] (no 牵头); " + NODATE),
        S([a1("第十七条")], [], [JY, LH, JR], responsible_alternatives=[[JY, LH]], targets=[(30, "日")],
          not_targets=[(24, "小时")], **art(X01, [a1("第十七条")]),
          note="「港口经营人、港口理货业务经营人以及从事船舶港口服务、港口设施设备和机械租赁维修的经营人应当按照核定的功能使用和维护港口经营设施、设备…。 按照规定应当建立视频监控系统的港口经营人，应当定期对设备运行状态进行巡查，保持设备24小时全天候运行，视频监控图像必须至少保存30日。海港港区的港口经营人应当将视频信息即时传输至港口行政管理部门。」 — "
               + AV + ", the 的-rule leaving 经营人, a party by role (Round 101's x367_01 使用人; rounds 32, 38), 以及 joining whole "
               "names; the later subjects name the same 港口经营人 again, once (Round 82); 至少 joined to 30日 makes a target (round "
               "30's line), 24小时 names the kind of running, a norm with no comparison word (Round 105's x375_02 「24小时开放」); the "
               "video sent to the authority is the firm's own operation, no duty (" + OWNBIZ.split(" (")[0] + ") (RULING? 4); "
               "printed order; lead [] (no 牵头); " + NODATE),
        S([a1("第二十一条")], [], [JY, LH], **art(X01, [a1("第二十一条")]),
          note="「港口经营人、港口理货业务经营人应当依法制定本单位的危险货物事故应急预案、…，保障组织实施，并报港口行政管理部门备案。 港口经营人应当根据规定组织专家审查生产安全事故应急预案…。 港口发生安全事故或者紧急情况时，港口经营人应当先期进行应急处置…同时按照预案启动报告程序。」 — "
               "制定 and 进行应急处置 are verbs of doing in an article (" + AV + "), 组织实施／组织专家审查 rule 2's; the filing of the firms' "
               "own plans is round 42's, no duty (" + OWNBIZ.split(" (")[0] + ") (RULING? 4), and 「启动报告程序」 names no receiver and "
               "no sending of its own; printed order; lead [] (no 牵头); " + NODATE),
        S([a1("第二十三条")], [], [JY, JR], responsible_alternatives=[[JY]], targets=[(3, "小时"), (2, "小时")],
          **art(X01, [a1("第二十三条")]),
          note="「港口经营人应当…对未配置岸电设施的已建码头（油气化工码头除外）逐步实施岸电设施改造。 提供岸电服务的经营人，应当为具备受电设施的船舶提供岸电服务。对在沿海港口…的泊位靠泊超过3小时，或者在内河港口…靠泊超过2小时的船舶（液货船除外），拒绝使用岸电…的，提供岸电服务的经营人可以向有关管理部门举报；…」 — "
               "实施 is rule 2's and 提供 a verb of doing in an article (" + AV + "), the 的-rule leaving 经营人; the report is an option "
               "(" + OPTION.split(" (")[0] + "); 超过 joined to 3小时 and 2小时 makes targets wherever they stand, a 的-condition "
               "included (round 30's line; Round 101's x369_01 三、（七）: the option removes no figure) (RULING? 5: or figures "
               "describing the ships the firm may report, round 31's second exception); printed order; lead []; " + NODATE),
        S([a1("第二十六条")], [], [JR, GK], responsible_alternatives=[[GK], [JR, "港口拖轮经营人", GK]],
          **art(X01, [a1("第二十六条")]),
          note="「从事港口拖轮业务的经营人，应当按照核定的功能使用和维护拖轮…。为引航作业服务的拖轮，应当符合…要求。港口拖轮经营人新增和变更拖轮的，应当…向原许可部门备案，未经备案的拖轮不得从事港口拖轮服务。港口行政管理部门应当将已备案的拖轮信息及时向社会公布。」 — "
               + AV + " (使用和维护), the 的-rule leaving 经营人; the tugs' conformity a state (Round 99's x361_02 第十二条); the filing "
               "a sending naming none and no duty (" + OWNBIZ.split(" (")[0] + "); publishing in its own work is the body's own act "
               "(Round 99's x359_02 第十四条); printed order; lead [] (no 牵头); " + NODATE),
        S([a1("第二十九条")], [], [JY], lead_alternatives=[[JY]], **art(X01, [a1("第二十九条")]),
          note="「港口经营人在港区作业时，造成货物或者其他物体落入港口水域可能影响港口安全或者有碍航行的，港口经营人应当立即向港口行政管理部门报告，并负责清除该货物或者其他物体（附件15）。」 — "
               "an article whose whole work is the response to its case takes its doer (round 30's clarification), 负责 rule 2's; "
               "the report a duty (below); " + ONE_LEAD + "; 立即 prints no date; " + NODATE),
        S([a1("第三十二条")], [], [JY, LH, JR], responsible_alternatives=[[JY, LH]], targets=[(1, "个月")],
          **art(X01, [a1("第三十二条")]),
          note="「港口经营人、港口理货业务经营人以及从事船舶港口服务的经营人应当遵守国家有关港口经营价格和收费的规定，在其经营场所公布经营服务收费项目和收费标准，并通过多种渠道公开，使用国家规定的港口经营票据。自主制定、调整收费标准的，应当至少提前1个月对外公布并通过多种方式通知用户…」 — "
               "keeping to the state's price rules is text (Round 86's (b)), but 公布, 公开 and 使用 are the firms' own acts (" + AV
               + "), the 的-rule leaving 经营人; 至少 joined to 1个月 is round 30's comparison word, so the floor is a target though "
               "it counts from an event (Round 93: round 33's time limits may be targets by the line); notices to the public and "
               "the users no duty (round 55's x247_01); printed order; lead [] (no 牵头); " + NODATE),
        S([a1("第三十五条")], [], [GK], lead_alternatives=[[GK]], **art(X01, [a1("第三十五条")]),
          note="「港口行政管理部门应当依法对港口安全生产情况和相关规定执行情况实施监督检查，…实施分类分级监督检查，并将检查的结果向社会公布。 港口行政管理部门应当对…码头进行重点巡查。检查中发现安全隐患的，应当责令被检查人立即排除或者限期排除。」 — "
               "实施 is rule 2's, and checking how the rules are kept by the parties they bind is the body's enforcement (Round 97's "
               "governs on x353_01 第十六条); publishing to the public no duty (round 55); " + ONE_LEAD + "; " + NODATE),
        S([a1("第三十六条")], [], [], targets=[(2, "人")], **art(X01, [a1("第三十六条")]),
          note="「港口行政管理部门的监督检查人员依法实施监督检查时，有权向被检查单位和有关人员了解情况，并可查阅、复制有关资料。 监督检查人员应当对检查中知悉的商业秘密保密。 监督检查人员在实施监督检查时，人数不得少于两人，并应当主动向当事人或者有关人员出示相关证件。」 — "
               "the inspectors are posts of the rules' own body carrying its work, a task naming none (Round 91's x338_03; Round 104's "
               "governs on x371_03 第二十四条), a person never a unit (round 30); 有权／可 options (" + OPTION.split(" (")[0] + "), "
               "保密 an act (Round 96's x341_04 第三十八条); a count of persons the work must have joined to 不得少于 is a target "
               "(round 30's line; Round 99's x364_02 「两名」; Round 105's x376_03 第十条): 2 人 (printed 两人); " + NONE + "; "
               + NODATE),
        S([a1("第四十条")], [], [GK], lead_alternatives=[[GK]], **art(X01, [a1("第四十条")]),
          note="「从事港口经营及相关活动的组织和个人，违反《中华人民共和国港口法》…等相关法律、法规、规章的，由港口行政管理部门依法进行处罚。」 — "
               + PENALTY.split(" (")[0] + " (" + PENALTY.split(" (", 1)[1] + "; Round 87's turned x325_01 第二十五条 read a "
               "consequence with no agent); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "不符合条件的，不予行政许可，并将不予许可的决定及理由书面通知申请人", "when": None, "when_norm": None,
              "note": "第八条 — " + NOTICE.split(" (")[0] + "; undated"},
             {"what": "港口经营人发现停泊在码头的运载有易燃易爆危险货物的船舶…动用明火进行改装、修理的，…应当及时制止，并报告港口行政管理部门",
              "when": None, "when_norm": None, "note": "第二十八条 — " + DANGER.split(" (")[0] + "; undated"},
             {"what": "造成货物或者其他物体落入港口水域可能影响港口安全或者有碍航行的，港口经营人应当立即向港口行政管理部门报告",
              "when": None, "when_norm": None, "note": "第二十九条 — " + DANGER.split(" (")[0] + "; 立即: undated"}],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第二条 scope and the kinds of business it defines (its "
            "（一）–（四） a definition's contents, Round 86's (a)), 第四十一条 definitions, 第四十二条 force; no tasks: 第四、五、六条 (who may "
            "operate, where to apply and the papers an application carries: a party's steps to be allowed are the scheme's terms, round "
            "30's applicant, Round 97's governs on x357_02 三、, Round 105's governs on x376_01 — RULING? 6), 第二十二条 (「确保环保手续和…"
            "措施的持续有效」「依法履行相关环保手续」「应当有相应的…接收能力」: a state to keep and keeping to other texts, Round 99's x361_02 "
            "第十二条, Round 86's (b), 履行 naming none, round 67), 第三十一条 (「应当遵守有关法律…，依法履行合同约定的义务，公正、准确办理…业务，"
            "为客户提供公平、良好的服务」: conformity and qualities, Round 95's turned x352_01 第五条 — RULING? 7); tasks: 第三条 one; 第七–十二条 one "
            "each (第八条 the decision's steps; 第九条 limits on the grant — RULING? 3; 第十、十一、十二条 the licensed operator's owed acts on "
            "renewal, changes and closing); 第十三–二十一条 one each; 第二十三–三十条 one each; 第三十二–四十条 one each (第三十三条 an owed "
            "declaration naming none; 第三十六、三十七条 the inspectors' work naming none; 第三十九条 「被检查单位和有关人员应当接受…监督检查，如实提供"
            "…，不得拒绝…」, the inspected parties' owed conduct and sendings, a task naming none — no task accepted) → **33**. Accepted: 31 "
            "(第三十九条 and 第九条 none), 32 (either), 34 and 35 (第二十二条 and／or 第三十一条 tasks), 36 (第四、五、六条 tasks), 38 (all of them)",
            "units: rule 2 and round 44 in articles; not sampled: 第十一条 none (the operator's changes and filings, sendings); 第十四条 "
            "[港口理货业务经营人] (a ban on the party's own business, round 44; Round 99's x359_01 第二十二条); 第十五条 [港口经营人] (从事 within "
            "the licence, an act bound by 应当); 第十八条 none (履行 and sendings only); 第十九条 [港口经营人]; 第二十条 [港口经营人, 港口理货业务经营人]; "
            "第二十四条 [经营人] (the 的-rule); 第二十五条 [游艇码头经营人] (「游艇码头设施不得用于…」 a limit on a facility's use, no actor); "
            "第二十七条 [港口经营人]; 第二十八条 [港口经营人] (制止); 第三十条 [港口经营人] (实施); 第三十三条 none (申报 and its correction, "
            "sendings); 第三十四条 [港口经营人, 港口理货业务经营人, 经营人] (建立健全台账; the staff's secrecy persons'); 第三十七条 none (the "
            "inspectors, persons); 第三十八条 [港口行政管理部门]; 第三十九条 none",
            "dates: none (see date_note)",
            "figures: targets 30 日 (第十七条, 至少保存), 3 小时 and 2 小时 (第二十三条 — RULING? 5), 1 个月 (第三十二条, 至少提前), 2 人 (第三十六条, "
            "不得少于两人); not_targets 20 个工作日 (第八条), 3 年 (第九条), 30 日 (第十条), 30 个工作日 (第十二条), 15 个工作日 (第十三条), "
            "24 小时 (第十七条); unchecked: 24 小时前 (第三十条, a time from an event), the dates of the cover and 第六条 (2005年6月1日前, "
            "a class of old wharf)",
            "duties: three, above; not duties (RULING? 4, one class): the licensed firms' filings, declarations and notices on their own "
            "business — 第十二条 告知原许可机关, 第十三条 备案, 第十七条 视频信息即时传输, 第十八条 变更备案 and 事先告知, 第二十一条 预案备案, "
            "第二十六条 拖轮备案, 第三十条 处理24小时前报告, 第三十三条 申报, 第三十四条 提供港口统计资料 (round 42; " + OWNBIZ.split(" (")[0]
            + "); notices to the public (第八条 对外公布, 第十二、二十六、三十五条 向社会公布, 第三十二条 对外公布) (round 55)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x377_02_shi-jiaotongwei-2021-shuilu-yunshu-shichang-xinyong-guanli-shishi-xize.txt"
N02 = "上海市交通委员会关于印发《上海市水路运输市场信用管理实施细则》的通知"
GH = "上海市港航事业发展中心"
SQ = [SJ, QJ]


def a2(n):
    return lab(X02, n)


plan(X02,
     title=N02,
     title_note="the notice's title (line 1): the 细则 prints no title line of its own (after the cover's date the text opens on "
                "「第一章 总则」), so the forwarding notice's line is the title (round 30: the forwarded document's title or the "
                "notice's; round 48: only what is printed is read)",
     doc_no="沪交行规〔2021〕9号 (line 3)",
     issuer="上海市交通委员会",
     date="2021-11-09",
     date_note="signed 二○二一年十一月九日 (line 11; the index's 2021-11-15 is the site's), adopted 2021年11月1日; in force 2021年12月17日, "
               "valid to 2026年12月16日 (the cover and 第三十三条, a general provision); 20个工作日内, 10个工作日后, 5个工作日, 3年内, 6个月以上 "
               "and 20个工作日内 count from events (round 33), 年度 and 定期 print no date: no task is dated",
     level="a city commission's 规范性文件 (实施细则) on credit management of the waterway transport market: the bodies, the "
           "gathering of credit records, the scoring and grading, rewards and sanctions, objections, repair, publication and "
           "supervision",
     source=src("上海市交通委员会关于印发《上海市水路运输市场信用管理实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0010::7f0cda54bc124eda8ea05d0a871e536d", 4869),
     style="a forwarding notice (ASCII spaces around its figures 「已经 2021 年 11 月 1 日第 19 次…」), then at once seven chapters "
           "「第N章 title」 (one ASCII space) with 33 articles printed 「第N条 text」 on one line; lists （一）– in 第八、十、十一、十五、"
           "十九、二十、二十二、二十三、二十九、三十一条 (two lists each in 第八、十一条); 「直接评定为 D 级」 and 「予以处理。 20个工作日内」 with "
           "ASCII spaces",
     leaf_tasks=18, count_alternatives=[16, 17, 19, 20, 23, 31],
     leaf_tasks_by_section={"第一章 第一–五条": 1, "第二章 第六–十三条 (第八、九、十条 none)": 5, "第三章 第十四–十七条 (第十五条 none)": 3,
                            "第四章 第十八–二十四条 (第十九–二十三条 none)": 2, "第五章 第二十五–二十八条 (第二十八条 none)": 3,
                            "第六章 第二十九–三十二条": 4, "第七章 第三十三条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a2("第三条")], [], [SJF, GH, "管理、执法等机构", QJ],
          responsible_alternatives=[[SJF, GH, "各管理机构", QJ], [SJF, GH, "管理、执法等机构", QJ, "所属机构"],
                                    [SJF, GH, "各管理机构", QJ, "所属机构"], [SJF, GH, QJ]],
          **art(X02, [a2("第三条")]),
          note="「上海市交通委员会（以下简称市交通委）负责本市水路运输市场信用管理工作。上海市港航事业发展中心（以下简称市港航中心）负责…日常事务和相关技术支持保障服务等工作。市交通委所属的管理、执法等机构（以下统称各管理机构）分别负责其职责范围内水路运输市场信用管理工作。 区交通行政管理部门及其所属机构负责本行政区域内水路运输市场信用管理工作。」 — "
               "「A负责」 names A (rule 2), an article placing the work a task (Round 102's x370_01 第二条); full names where they "
               "act, 以下简称 dropped (round 43; Round 91's x339_01); the 的-rule leaves 管理、执法等机构, fields before 等 with one "
               "head one name (rounds 31, 32; Round 101's x367_01 6.2), the defined 各管理机构 accepted (RULING? 8: or the defined "
               "name alone, the phrase a role, Round 97's x358_03 第三条); 「及其所属机构」 a relation and a bare 机构, no kind "
               "(Round 91's x339_04 第八条 a bare 单位), accepted; printed order; lead [] (no 牵头); " + NODATE),
        S([a2("第六条")], [], [], **art(X02, [a2("第六条")]),
          note="「本市水路运输市场信用信息主要包括基本信息、良好行为信息和失信行为信息等。失信行为信息分为…。 根据相关规定编制的信用信息目录清单，应当通过“上海信用交通网”等政府网站向社会公布。」 — "
               "the first paragraph classes the records (text, round 30's definitions), and the second binds the publication of the "
               "catalogue with no subject, an act only the rules' bodies do (round 65's x274_01; Round 95's x352_01 第十九条); "
               "publishing to the public no duty (round 55); " + NONE + "; " + NODATE),
        S([a2("第七条")], [], [SJ], lead_alternatives=[[SJ]], **art(X02, [a2("第七条")]),
          note="「市交通委应当组织市港航中心、各管理机构对从业单位和从业人员的信用信息进行采集认定，并录入本市水路运输市场信用信息管理系统…」 — "
               "「A组织B＋verb」 names A, B the object of 组织 and no unit (round 30; Round 91's x336_05 二/4); entering records in "
               "the scheme's own system is a step of its own procedure, no duty (Round 101's x369_01 三、（十一））; " + ONE_LEAD
               + "; " + NODATE),
        S([a2("第十一条")], [], [], **art(X02, [a2("第十一条")]),
          note="「各类水路运输违法行为应当直接列入失信行为记录。从业单位有以下情形之一的，认定为严重失信行为：（一）…（五）… 从业人员有以下情形之一的，认定为严重失信行为：（一）…（五）…」 — "
               "listing breaches in the record is an act with no subject, the rules' bodies' (round 65's x274_01); " + CASES.split(" (")[0]
               + " (Round 78's (b); Round 91's x337_01 第六、七条; Round 105's x376_02 三、（三）1、); " + NONE + "; " + NODATE),
        S([a2("第十三条")], [], [], not_targets=[(20, "个工作日")], **art(X02, [a2("第十三条")]),
          note="「水路运输市场信用信息实行动态更新，原则上应当自产生或者变更之日起20个工作日内完成填报录入。」 — "
               "an owed act with no subject and its time limit is the rules' own work, a task naming none (round 65's x274_01; Round "
               "87's governs on x328_03); " + LIMIT + ": 20 个工作日 not_target; " + NONE + "; " + NODATE),
        S([a2("第十四条")], [], [], **art(X02, [a2("第十四条")]),
          note="「本市依据采集认定的水路运输市场信用信息，对从业单位和从业人员进行信用评价。 信用评价实行积分制…。基准分分值、信用信息清单、计分规则等应当在“上海信用交通网”等政府网站定期公布。 信用评价工作主要依托信用信息管理系统进行。」 — "
               "「本市＋a verb of doing with its object」 gives work, a task naming none, 本市 a place (Round 103's governs on x359_03 "
               "第六、八条); the publication an act with no subject (x274_01), to the public no duty (round 55); 定期 prints no date; "
               + NONE + "; " + NODATE),
        S([a2("第十七条")], [], [], not_targets=[(10, "个工作日")], **art(X02, [a2("第十七条")]),
          note="「水路运输市场信用评价结果，应当通过“上海信用交通网”等政府网站公示，公示期满10个工作日后向社会公布。在公示期内，…有异议的，可以提出异议申诉。 信用评价结果公布后可以推送至相关服务平台和管理系统…」 — "
               "publishing the scheme's own results is its own act with no subject (round 65's x274_01; Round 99's x359_02 第十四条), "
               "the party's objection and the push options (" + OPTION.split(" (")[0] + "); 满 is no comparison word (Round 97's "
               "x358_03 第四条) and 10个工作日后 counts from an event: not_target; " + NONE + "; " + NODATE),
        S([a2("第十八条")], [], SQ, **art(X02, [a2("第十八条")]),
          note="「市交通委和区交通行政管理部门应当加强信用评价结果的应用，建立健全守信激励和失信惩戒机制。」 — "
               + AV + " (加强, 建立健全 bound by 应当), 和 joining whole names (round 35); printed order; lead [] (no 牵头); "
               + NODATE),
        S([a2("第二十五条")], [], [], responsible_alternatives=[SQ], not_targets=[(5, "个工作日")],
          **art(X02, [a2("第二十五条")]),
          note="「从业单位或者从业人员对信用评价结果有异议的，可以向市交通委或者区交通行政管理部门提出异议…。 市交通委或者区交通行政管理部门应当自收到异议材料之日起5个工作日进行处理，并将处理结果告知异议人。异议信息经核实确有必要更正的，应当及时予以调整；不予更正的，应当说明理由。」 — "
               "a review made on a party's objection is a decision in the party's cause and names none (Round 91's x337_01 第九条; "
               + REVIEW.split(" (")[0] + "); the objection the party's option; the notice of the result a duty (below); " + LIMIT
               + ": 5 个工作日 not_target; " + NONE + "; " + NODATE),
        S([a2("第二十七条")], [], [], responsible_alternatives=[SQ], targets=[(6, "个月")],
          not_targets=[(20, "个工作日")], **art(X02, [a2("第二十七条")]),
          note="「严重失信主体自严重失信名单公布之日起6个月以上，完成整改…的，可以向市交通委或者区交通行政管理部门申请信用修复…。 市交通委或者区交通行政管理部门应当自收到信用修复申请材料之日起20个工作日内进行调查核实，并将修复结果告知严重失信主体。准予修复的，应当移出严重失信主体名单；不予修复的，应当告知理由。」 — "
               "the repair is decided on the party's application, its check and its carrying out its steps, naming none (Round 97's "
               "x358_03 第五、八条, the same kind of credit repair; " + REVIEW.split(" (")[0] + "); an eligibility threshold joined to "
               "以上 is a target (round 25's 「100人以上」; round 30; Round 93's x346_03 第二十三条) (RULING? 9: or a condition an "
               "applicant meets, no target, Round 97's x358_03 第四条 满三个月); " + LIMIT + ": 20 个工作日 not_target; the notice "
               "of the result a duty (below); " + NONE + "; " + NODATE),
        S([a2("第二十九条")], [], [], not_targets=[(3, "年")], **art(X02, [a2("第二十九条")]),
          note="「本市水路运输市场信用信息通过信用信息管理系统和“上海信用交通网”等政府网站向社会公开。信用信息公开期限按照下列规定设定：（一）…（二）严重失信行为信息、良好行为信息公开期限为3年…（四）… 上述期限均自…之日起计算。」 — "
               "publishing the records is the rules' own act with no subject (round 65's x274_01); the lines are the periods the "
               "publication keeps, its terms, the text of one task (Round 86's (a); Round 105's x376_02 三、（三）1、); 3 年 joins no "
               "comparison word, a norm (round 30); " + NONE + "; " + NODATE),
        S([a2("第三十条")], [], SQ, responsible_alternatives=[[]], not_targets=[(20, "个工作日"), (10, "日")],
          **art(X02, [a2("第三十条")]),
          note="「本市水路运输市场信用信息工作接受社会监督，任何单位和个人发现…弄虚作假的，可以向市交通委或者区交通行政管理部门举报。 市交通委或者区交通行政管理部门应当在接到举报材料之日起20个工作日内进行核查，予以处理。 20个工作日内不能作出决定的，经单位负责人批准可以延长10日，并应当将延长期限的理由告知举报人。 严禁违规泄露…个人信息。」 — "
               "investigating and handling a report of false records is the bodies' own enforcement, verbs of doing bound by 应当 (" + AV
               + "; Round 97's governs on x353_01 第十六条), 或者 joining doers (round 49); Round 101's governs on x365_01 第十六条 read "
               "an article whose only act is a reply (RULING? 10); anyone's report an option; the notice of the extension a duty "
               "(below); " + LIMIT + ": 20 个工作日 not_target, 10 日 an extension with no comparison word not_target; printed "
               "order; lead [] (no 牵头); " + NODATE),
        S([a2("第三十一条")], [], SQ, **art(X02, [a2("第三十一条")]),
          note="「市交通委和区交通行政管理部门应当加强对信用信息的安全管理，对数据资料进行存档管理，并不得实施下列行为：（一）篡改、虚构、违规删除信用信息；…（五）…」 — "
               + AV + "; a list of banned acts is the text of the article that announces it (Round 104's governs on x371_01 第三十条; "
               "Round 87's x328_01 第十三条); printed order; lead [] (no 牵头); " + NODATE),
        S([a2("第三十二条")], [], [], targets=[(5, "年")], **art(X02, [a2("第三十二条")]),
          note="「本市水路运输市场信用档案保存期限一般不少于5年。」 — "
               "a limit on how long the rules' own records are kept is a task naming none (Round 87's governs on x328_03; Round 93's "
               "x345_03 第十条), 一般 loosening the line and leaving no option (Round 102's x370_02 4.3⑤); a floor joined to 不少于 "
               "is a target (round 30's line): 5 年; " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市交通委或者区交通行政管理部门应当自收到异议材料之日起5个工作日进行处理，并将处理结果告知异议人",
              "when": None, "when_norm": None, "note": "第二十五条 — " + NOTICE.split(" (")[0] + "; undated"},
             {"what": "市交通委或者区交通行政管理部门应当…进行调查核实，并将修复结果告知严重失信主体", "when": None, "when_norm": None,
              "note": "第二十七条 — " + NOTICE.split(" (")[0] + " (「不予修复的，应当告知理由」 the same notice, one duty: Round 105's "
                      "decided x376_01 第十九条); undated"},
             {"what": "20个工作日内不能作出决定的，…可以延长10日，并应当将延长期限的理由告知举报人", "when": None, "when_norm": None,
              "note": "第三十条 — a notice of the body's own measure to the party it concerns (Round 97's x358_01 第十条 「…将延长期限的"
                      "理由告知申请人」, confirmed a duty); undated"}],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第二条 scope, 第四条 definitions, 第三十三条 force; no tasks: "
            "第五条 (a principle naming no doer, p51e), 第八、十条 (「…包括下列内容：」 noun lead-ins over contents, Round 92's governs on x311_02), "
            "第九条 (可以…也可以: options), 第十五条 (the grades a score falls in, a class, Round 91's governs on x335_02 第十六条; its bands "
            "unchecked), 第十九–二十三条 (「可以结合实际情况实施以下守信激励／失信惩戒措施：」 and 「可以不予实施」: 可 reaches the measures its "
            "lines list, the bands of an option, no items and no work — round 49 p46b, Round 104's governs on x371_02 第十六、十七条 — "
            "RULING? 11), 第二十八条 (「…以基准分为基础重新参与信用评价」, a party's standing in the scheme, no act of a body); tasks: 第三条; "
            "第六、七、十一、十二、十三条 (第十二条 [市交通委] by 「由A组织B＋verb」, its 也可以 an option); 第十四、十六、十七条 (第十六条 「严重失信行为实施名单制"
            "管理。…列入严重失信名单」, an act with no subject and its content, Round 103's governs); 第十八、二十四条 (第二十四条 「应当将其纳入联合惩戒名单，"
            "充分利用…机制，加大…力度」 and the 裁量基准 applied, Round 99's governs on x364_01 第十二、十九条); 第二十五、二十六、二十七条 (第二十六条 「名单实行动态"
            "更新。…3年内未再发生…的，自动移出」, the scheme's own step with no subject, x274_01); 第二十九–三十二条 → **18**. Accepted: 16 (第二十六条 "
            "and 第六条 none), 17 (either), 19 (第二十八条 a task), 20 (第八、十条 tasks), 23 (第十九–二十三条 one task each), 31 (第十九、二十、二十二、"
            "二十三条 by their lines, 12 items, and 第二十一条 one)",
            "units: rule 2 and round 44 in articles; not sampled: 第十二条 [市交通委]; 第十六条 none; 第二十四条 none; 第二十六条 none",
            "dates: none (see date_note)",
            "figures: targets 6 个月 (第二十七条 — RULING? 9), 5 年 (第三十二条); not_targets 20 个工作日 (第十三、二十七、三十条), 10 个工作日 "
            "(第十七条), 5 个工作日 (第二十五条), 3 年 (第二十九条), 10 日 (第三十条); unchecked: 第十五条's 90分／80分／70分／60分 bands (a class, "
            "no task), 第二十六条's 3年内 (a time from an event)",
            "duties: three, above (notices of the bodies' own results and measures to the parties); not duties: publication to the "
            "public (第六、十四、十七、二十九条, round 55), entry in the scheme's own system (第七、十二条, Round 101's x369_01 三、（十一））, the "
            "parties' objections and applications (their own steps)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x377_03_shi-jiaotongwei-2024-anquan-shengchan-jingshi-yuetan-guapai-duban-shishi-banfa.txt"
N03 = "上海市交通委员会关于印发《上海市交通行业安全生产警示约谈和挂牌督办实施办法》的通知"
P03 = "上海市交通行业安全生产警示约谈和挂牌督办实施办法"
KS = "相关处（科）室"
YT = "约谈单位"
GP = "挂牌督办单位"
BGP = "被挂牌督办单位"


def a3(n):
    return lab(X03, n)


plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the 办法's own title line (line 15, after the cover's date) or the notice's title (line 1): either (round 30; the "
                "pair form, Round 78, Round 94's x265_08, Round 104 on x373_01)",
     doc_no="沪交行规〔2024〕5号 (line 3)",
     issuer="上海市交通委员会",
     date="2024-10-23",
     date_note="signed 2024年10月23日 (line 13; the index's 2024-10-28 is the site's); in force 2024年12月1日, valid to 2028年12月7日 (the "
               "cover and 第三十一条, a general provision); 提前5个工作日, 5个工作日内, 30日内 and 不少于5个工作日 count from events (round 33), "
               "及时 and 视情 print no date: no task is dated",
     level="a city commission's 规范性文件 (实施办法) on warnings, summons talks and listed supervision in transport safety: the "
           "bodies, the cases, the procedure of each, the rectification and the cancellation",
     source=src("上海市交通委员会关于印发《上海市交通行业安全生产警示约谈和挂牌督办实施办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0010::4d714690d03a49a08715e157b3ab4f0e", 4585),
     style="a forwarding notice, the 办法's title, five chapters 「第N章  title」 (two ASCII spaces, the two-character titles spread "
           "「总  则」「警  示」「约  谈」「附  则」) and 31 articles 「第N条（heading）」 on a line of their own with the text below; "
           "lists （一）– in 第六、七、十、十二、二十、二十一、二十二、二十四条",
     leaf_tasks=24, count_alternatives=[20, 21, 23, 25, 26],
     leaf_tasks_by_section={"第一章 第一–五条 (第四、五条 none)": 1, "第二章 第六–八条 (第七条 none)": 2,
                            "第三章 第九–十八条 (第九、十八条 none; 第十二条 5)": 11, "第四章 第十九–二十八条 (第十九条 none)": 9,
                            "第五章 第二十九–三十一条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a3("第三条")], [], [SJF, SJ, QJ], responsible_alternatives=[[SJF, QJ], [SJ, QJ]], **art(X03, [a3("第三条")]),
          note="「上海市交通委员会（以下简称市交通委）负责指导全市交通行业安全生产警示、约谈和挂牌督办工作。 市交通委、区交通行政管理部门依照…的规定和…工作职责，负责职责范围内安全生产警示、约谈和挂牌督办工作。」 — "
               "「A负责指导…」 is 「A负责…」 (round 30), 负责 names its subjects (rule 2); a full name and its 以下简称 both acting are "
               "given as printed, the full name where it is printed and the short name where it is (round 43; Round 90's governs "
               "on x329_04 第四条); printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第六条")], [], SQ, not_targets=[(10, "人"), (12, "个月"), (2, "起")], **art(X03, [a3("第六条")]),
          note="「有下列情形之一的，由市交通委、区交通行政管理部门按照职责分工实施警示：（一）发生较大事故…（二）发生涉及10人及以上险情或者突发事件的；（三）12个月内发生2起及以上事故…（四）…」 — "
               "由A＋实施 (rule 2); " + CASES.split(" (")[0] + " (" + CASES.split(" (", 1)[1] + ": 10 人, 12 个月, 2 起 not_target; "
               "printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第八条")], [], [KS], lead_alternatives=[[KS]], responsible_alternatives=[[], ["内部相关处（科）室"]],
          **art(X03, [a3("第八条")]),
          note="「市交通委、区交通行政管理部门实施警示的，由其内部相关处（科）室负责起草，按程序报本单位有关领导批准后印发；需要以本单位安全生产委员会办公室名义印发的，按流程报…相关领导批准后印发。」 — "
               "「由A负责＋verb」 names A (rule 2), a desk of a body a body, not persons (round 30's 由办公室负责; Round 93's x345_02 "
               "第四条), 其 a pointer and 内部 a place word before the kind (Round 93's x341_01 第十五条), the bracket with no "
               "definition behind it kept as printed (Round 91's 各组(学校); Round 94's list); the 的-clause the kind of work the "
               "desk drafts, no event (Round 94's form); sending up for the leaders' approval a step of the decision (Round 89's "
               "x329_04 第九条), the leaders persons (RULING? 12); " + ONE_LEAD + "; " + NODATE),
        S([a3("第十条")], [], [], responsible_alternatives=[[YT]], **art(X03, [a3("第十条")]),
          note="「有下列情形之一的，由约谈单位按照职责分工对被约谈单位相关负责人实施约谈（被约谈单位为交通运输生产经营单位的，对主要负责人实施约谈）：（一）…（六）…」 — "
               "由A＋实施 names A where A is a body, but 约谈单位 is the role 第九条 gives 市交通委 and 区交通行政管理部门: "
               + POINTER.split(" (")[0] + " (" + POINTER.split(" (", 1)[1] + " (RULING? 13); " + CASES.split(" (")[0] + "; "
               + NONE + "; " + NODATE),
        S([a3("第十二条"), "（一）"], [], [], responsible_alternatives=[[YT]], **art(X03, [a3("第十二条"), "（一）"]),
          note="「约谈单位的工作职责，主要包括以下事项：」 over 「（一）负责书面通知被约谈单位；」 — "
               "lines that each name a part of a body's work under its duty lead-in are items (Round 101's x367_02 区级指挥部主要职责; "
               "Round 90's p64f form; Round 81's governs on x305_04 第四条), not a check's contents (Round 92's governs on x311_02: "
               "the lines print 负责／承担, work) (RULING? 14: or the article one task); the lead-in's 约谈单位 points back to 第九条 "
               "(" + POINTER.split(" (")[0] + ", RULING? 13); the notice itself one duty with 第十三条's (round 41: a step printed "
               "alike); " + NONE + "; " + NODATE),
        S([a3("第十二条"), "（五）"], [], [], responsible_alternatives=[[YT]], **art(X03, [a3("第十二条"), "（五）"]),
          note="「（五）负责将检查和整改情况向本单位安全生产委员会办公室报备。」 under 「约谈单位的工作职责，主要包括以下事项：」 — "
               "an item of the duty list (RULING? 14); the sending names no doer (" + SENDING.split(" (")[0] + ") and the role word "
               "points back (RULING? 13); the report of the body's own follow-up a duty (below); " + NONE + "; " + NODATE),
        S([a3("第十三条")], [], [], responsible_alternatives=[[YT]], not_targets=[(5, "个工作日"), (2, "个工作日")],
          **art(X03, [a3("第十三条")]),
          note="「约谈由约谈单位提前5个工作日（紧急情况下可缩短至2个工作日）向被约谈单位发送《上海市交通行业安全生产约谈通知书》（附件1）以及《…反馈单》（附件2），告知约谈事项、…等事项。」 — "
               "the article's only act is the sending of the summons (" + SENDING.split(" (")[0] + "), and 约谈单位 points back "
               "(RULING? 13); the notice a duty (below); " + LIMIT + ": 5 个工作日 and 2 个工作日 (提前, 可缩短至) not_target; " + NONE
               + "; " + NODATE),
        S([a3("第十六条")], [], [], **art(X03, [a3("第十六条")]),
          note="「被约谈单位应当在约谈结束后，按照约谈纪要的要求完成问题整改，并及时将整改情况书面报约谈单位。 约谈单位应当对照审核被约谈单位的整改情况，必要时进行现场检查，核查落实情况。」 — "
               "被约谈单位 and 约谈单位 are the roles 第九条 gives (" + POINTER.split(" (")[0] + "); the check of the report is a review "
               "of what a party hands in (" + REVIEW.split(" (")[0] + "), 必要时 a case; the rectification report a duty (below); "
               + NONE + "; " + NODATE),
        S([a3("第十七条")], [], [KS], lead_alternatives=[[KS]], responsible_alternatives=[[], ["内部相关处（科）室"]],
          **art(X03, [a3("第十七条")]),
          note="「约谈由约谈单位内部相关处（科）室提出，报本单位相关领导批准后，以本单位名义实施。」 — "
               "由A＋a verb of doing names A (rule 2; 提出 is an applicant's verb only with 申请, Round 99's x363_02 四、), the desk "
               "a body (RULING? 12, as 第八条); the approval a step, the leaders persons; " + ONE_LEAD + "; " + NODATE),
        S([a3("第二十一条")], [], [], responsible_alternatives=[[GP]], not_targets=[(5, "个工作日")],
          **art(X03, [a3("第二十一条")]),
          note="「挂牌督办单位应当在本单位领导批准挂牌督办事项后的5个工作日内，向被挂牌督办单位下发《…挂牌督办通知书》（附件4），并负责跟踪实施挂牌督办。 《…通知书》应当包括下列内容：（一）…（五）…」 — "
               "挂牌督办单位 is the role 第十九条 gives (" + POINTER.split(" (")[0] + ", RULING? 13), its 负责 adding none; the "
               "notice's contents the text of the task (Round 92's governs on x311_02; Round 86's (a)); issuing the notice a duty "
               "(below); " + LIMIT + ": 5 个工作日 not_target; " + NONE + "; " + NODATE),
        S([a3("第二十二条")], [], [], responsible_alternatives=[[BGP]], not_targets=[(30, "日")],
          **art(X03, [a3("第二十二条")]),
          note="「被挂牌督办单位应当…及时制定和完善整改方案，在收到督办通知之日起30日内报挂牌督办单位，并组织实施。整改方案应当包括以下内容：（一）…（五）…」 — "
               "被挂牌督办单位 is the role 第十九条 gives (" + POINTER.split(" (")[0] + "), 组织实施 by it adding none; the plan's "
               "contents the text of the task; the plan sent to the supervising body a duty (below); " + LIMIT
               + ": 30 日 not_target; " + NONE + "; " + NODATE),
        S([a3("第二十四条")], [], [], targets=[(5, "个工作日")], **art(X03, [a3("第二十四条")]),
          note="「被挂牌督办单位按照要求完成整改后，应当将整改情况进行公示，公示期应当不少于5个工作日。公示无异议的，经单位主要负责人审批后，将整改情况报挂牌督办单位，提出核销申请（附件5）。 整改情况应当包括以下内容：（一）…（五）… 交通运输生产经营单位涉及事故隐患排查治理情况应当向企业职工通报，接受职工监督。」 — "
               "the role word names none (" + POINTER.split(" (")[0] + "); a floor joined to 不少于 is a target wherever it stands "
               "(round 30's line), 5 个工作日; the contents text; the report sent up a duty (below), the notice to the firm's own "
               "staff and the 公示 no duty (round 55); " + NONE + "; " + NODATE),
        S([a3("第二十五条")], [], [], responsible_alternatives=[[GP]], **art(X03, [a3("第二十五条")]),
          note="「挂牌督办单位收到核销申请后，应当对督办事项的整改情况进行核实，并填写相关情况表（附件6）。对于已经完成…整改的被挂牌督办单位，下发告知书（附件7），并将其从挂牌督办名单中移除销号；对经核实未达到…要求的…，下发告知书（附件7），并说明不予核销的理由，责令其继续开展整改工作。」 — "
               "the check of a party's application for cancellation and the decision on it name none (" + REVIEW.split(" (")[0]
               + "), and the role word adds none; the 告知书 either way one duty (below; Round 105's decided); " + NONE + "; "
               + NODATE),
        S([a3("第二十八条")], [], [], responsible_alternatives=[[GP]], **art(X03, [a3("第二十八条")]),
          note="「挂牌督办单位在跟踪督导或者安全生产检查中，发现被挂牌督办单位未按照要求整改或者整改不力的，依照有关法律、法规、规章的规定予以处理，或者通报相关主管部门。」 — "
               "the supervising body acting on the parties that fail is its enforcement (Round 97's governs on x358_01 第十九条; "
               + PENALTY.split(" (")[0] + "), the article's whole work the response to its finding (round 30's clarification); the "
               "role word adds none (RULING? 13); 通报 one of two responses joined by 或者, no owed sending; " + NONE + "; "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "（五）负责将检查和整改情况向本单位安全生产委员会办公室报备", "when": None, "when_norm": None,
              "note": "第十二条 — a body's report of its own work to the office that gathers it (round 48; Round 89's x331_01 "
                      "四/（二）); undated"},
             {"what": "约谈由约谈单位提前5个工作日…向被约谈单位发送《上海市交通行业安全生产约谈通知书》…告知约谈事项…", "when": None,
              "when_norm": None,
              "note": "第十三条 — " + NOTICE.split(" (")[0] + " (第十二条（一）「负责书面通知被约谈单位」 the same step, round 41); 提前: "
                      "undated"},
             {"what": "约谈应当形成约谈纪要，经约谈单位有关领导批准后印发被约谈单位", "when": None, "when_norm": None,
              "note": "第十五条 — the minutes with their requirements sent to the party they bind, a notice of the body's own decision "
                      "(" + NOTICE.split(" (")[0] + "); undated"},
             {"what": "被约谈单位应当在约谈结束后，按照约谈纪要的要求完成问题整改，并及时将整改情况书面报约谈单位", "when": None,
              "when_norm": None, "note": "第十六条 — " + FILING.split(" (")[0] + " (RULING? 15); undated"},
             {"what": "挂牌督办单位应当在本单位领导批准挂牌督办事项后的5个工作日内，向被挂牌督办单位下发《上海市交通行业安全生产挂牌督办通知书》",
              "when": None, "when_norm": None, "note": "第二十一条 — " + NOTICE.split(" (")[0] + "; 5个工作日内 from an event: undated"},
             {"what": "被挂牌督办单位应当…及时制定和完善整改方案，在收到督办通知之日起30日内报挂牌督办单位", "when": None,
              "when_norm": None, "note": "第二十二条 — " + FILING.split(" (")[0] + " (RULING? 15); 30日内 from an event: undated"},
             {"what": "公示无异议的，经单位主要负责人审批后，将整改情况报挂牌督办单位，提出核销申请", "when": None, "when_norm": None,
              "note": "第二十四条 — " + FILING.split(" (")[0] + " (RULING? 15); undated"},
             {"what": "对于已经完成挂牌督办事项整改的被挂牌督办单位，下发告知书…；对经核实未达到…要求的被挂牌督办单位，下发告知书…，并说明不予核销的理由",
              "when": None, "when_norm": None,
              "note": "第二十五条 — " + NOTICE.split(" (")[0] + " (one duty whichever way: Round 105's decided x376_01 第十九条); undated"},
             {"what": "被挂牌督办单位未在规定时限内完成整改的，应当说明原因，制定安全生产防范措施或者应急预案，并报挂牌督办单位",
              "when": None, "when_norm": None,
              "note": "第二十六条 — a report the rules ask when a case arises (round 44; Round 91's x336_07), of the work they give the "
                      "party (" + FILING.split(" (")[0] + ", RULING? 15); undated"}],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第二条 scope, 第三十一条 force; no tasks: 第四条 (工作原则, a "
            "stance naming no doer, p51e), 第五条 (不替代责任追究, a statement), 第七条 (「警示应当包括以下内容：」, a noun lead-in over contents with "
            "no act, Round 92's governs on x311_02 — RULING? 16: or one task binding the warning's drafting, Round 99's x364_01 第六条), "
            "第九、十九条 (who the roles are, definitions), 第十八条 (「…按照有关法律、法规、规章的规定由相关部门追究…责任；构成犯罪的，移交司法机关…」, a "
            "consequence pointing to other texts, 相关部门 no named enforcing body, Round 87's turned x325_01 第二十五条, Round 95's turned "
            "x350_08 — RULING? 17), 第二十九、三十条 (可以: options); tasks: 第三、六、八条; 第十、十一条 (第十一条's 「约谈工作由约谈单位有关负责人或者"
            "其授权人主持」 a limit on the procedure, persons, its 可 options beside it); 第十二条 5 (（一）–（五）, RULING? 14); 第十三–十七条 one "
            "each (第十四条 the summoned party's papers, 第十五条 the talk's conduct and minutes); 第二十–二十八条 one each (第二十三条 跟踪、指导、"
            "督促 and 接受; 第二十六条 the overdue party's report; 第二十七条 [相关处（科）室] as 第十七条) → **24**. Accepted: 20 (第十二条 one task), "
            "21 (and 第十一条 none), 23 (第十一条 none), 25 (第七条 or 第十八条 a task), 26 (both)",
            "units: rule 2 (由A负责／实施, 负责) and round 44 in articles, the role words 约谈单位／被约谈单位／挂牌督办单位／被挂牌督办单位 of "
            "第九、十九条 pointing back (RULING? 13); not sampled: 第十一条 none; 第十四条 none; 第十五条 none; 第二十条 none (由挂牌督办单位…实施, "
            "the role word); 第二十三条 none; 第二十六条 none; 第二十七条 [相关处（科）室]",
            "dates: none (see date_note)",
            "figures: target 5 个工作日 (第二十四条, 不少于); not_targets 10 人, 12 个月, 2 起 (第六条, cases), 5 个工作日 and 2 个工作日 (第十三条), "
            "5 个工作日 (第二十一条), 30 日 (第二十二条); unchecked: 第十一条's 6个月内 and 2个或者2个以上 (a condition of the option to hold a "
            "joint talk)",
            "duties: nine, above; not duties: 第二十八条's 或者通报 (one of two responses), 第二十四条's 公示 and 向企业职工通报 (the public and the "
            "firm's own staff, round 55)"])


write_collected(DIR)
