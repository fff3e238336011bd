# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next151/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 38 (built by helper c151): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main
at 7d207510 (rounds 25–37 and the round-38 rulings written early). Neither the parser nor the scorer was run on this
set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next151/make_expected.py tests/data/plans-next151
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37 / round 38: rule 2's forms are a closed list — the plain subject of another verb "
          "(加强, 完善, 建立, 制定, 提供, 采取, 开展 without 组织, 履行 …) is not a unit")
PIVOT = ("CONVENTIONS.md round 30 / round 34: the object of a pivot verb (指导, 督促 without 负责) is not a unit, and its "
         "subject is a doer only with a verb in rule 2's list")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
WITH = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 gives lead A (lead [] accepted), responsible A, B"
LUOSHI = "CONVENTIONS.md units rule 2: the subject of 负责／落实／实施 is a doer"
ORG = "CONVENTIONS.md units rule 2, round 30 and round 34: 组织＋work makes its subject a doer; the object of 组织 is not a unit"
SHARED = ("CONVENTIONS.md round 31 / round 35 (names): fields joined by 、 before one head noun are one name as printed")
ARTICLE = ("CONVENTIONS.md round 30 / round 33: in a document written as articles, an article that gives work is a task; "
           "general provisions (purpose, scope, definitions, 参照, entry into force) and articles with no work are not")
PERSON = "CONVENTIONS.md round 30 / round 34: a person or a person's role (负责人, 专人, 安检人员, 驾驶员) is never a unit"
RHYTHM = "CONVENTIONS.md round 34: recurring dates (每年, 每月, 定期) are a rhythm, not a deadline: " + NODATE
FILING = ("CONVENTIONS.md round 32 / round 34: a regulated party's filing to the body over it (企业…向市交通行政管理部门报送) is "
          "no duty and names no unit")


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


# ---------------------------------------------------------------------------------------------------------
X01 = "x151_01_shi-gongan-2025-guidao-jiaotong-anjian-gongzuo-guifan.txt"
N01 = "关于印发《上海市轨道交通安检工作规范》的通知"
YQ = "运营企业"
A8 = "第八条（具体职责）"
LEADIN8 = ("the article's lead-in 「运营企业负责组织实施车站安检工作，…承担下列职责：」 gives its items their unit (CONVENTIONS.md round 37: "
           "a lead-in 「…具体职责为：」 inside an article gives out work for the items under it; units rule 4: a lead-in's clause "
           "goes to items that name none; round 38: 「X职责」 headings give out work); the item's own verbs name no other body")

plan(X01,
     title="上海市轨道交通安检工作规范（" + N01 + "）",
     title_note="a cover notice that forwards the 规范 (one plan, CONVENTIONS.md round 30 'two documents under one cover'): "
                "the 规范's own title or the notice's",
     doc_no="沪公行规〔2025〕7号 (from the index; the stored text prints no number)",
     issuer="上海市公安局 (with 上海市交通委员会, both signing)",
     date="2025-05-20",
     date_note="the notice is dated 2025年5月20日; the index gives 2025-05-30 (the day the 规范 takes effect)",
     level="city bureau with the city transport commission (Shanghai), security checks in the rail-transit network: the "
           "operating company's duties, posts, equipment, standards of checking, special cases, supervision",
     source=shanghai_source("市政与基础设施", N01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=GKXX-20250606100051115-14440&siteId=0033", 4693),
     style="a cover notice (addressees, entry into force 2025-05-30 and expiry 2030-05-29, two signatures, date) then the 规范 "
           "in seven chapters of 31 articles 「第N条（label） text」 run in on one line (one or two spaces after the label), "
           "further paragraphs on their own lines; （一）… items in 第八、十、十一、十四、十七、十八条; 「（以下简称“运营企业”）」; "
           "两名以上; 长不超过40cm",
     leaf_tasks=31, count_alternatives=[32, 33, 34, 35],
     leaf_tasks_by_section={"第二章": 11, "第三章": 3, "第四章": 9, "第五章": 4, "第一章": 2, "第六章": 2},
     attachment_task_rows=0,
     samples=[
        A(X01, ["第五条（责任主体）"], [], [YQ], lead_alternatives=[[YQ]],
          note="「运营企业承担轨道交通安检主体责任」: a designation (CONVENTIONS.md round 30: 「由A承担…责任」 names a doer; round 35: "
               "「A负总责」 a designation) — RULING? (「A承担…主体责任」 without 由 is in no list; read as 「A负总责」); 「安检现场工作由车站当班负责人负责」 — " + PERSON + "; 运营企业 as printed (round 38: a name "
               "given through 「（以下简称“X”）」 reads as X where X is printed); " + SUBJ + "; " + NODATE),
        A(X01, ["第六条（工作职责）"], [], ["公安机关", "交通行政管理部门"],
          note="「公安机关负责…的指导、检查和监督」「交通行政管理部门负责…的监督指导」: " + LUOSHI + " (round 30: 「A负责指导…」 is "
               "「A负责…」), under a 「工作职责」 heading (round 38); no 牵头: lead []; " + NODATE),
        A(X01, [A8, "（一）"], [], [YQ], lead_alternatives=[[YQ]],
          note="「（一）确定安检工作责任部门和负责人，配备…，建立…」: " + LEADIN8 + "; " + SUBJ + "; " + NODATE),
        A(X01, [A8, "（四）"], [], [YQ], lead_alternatives=[[YQ]],
          note="「（四）在车站进站闸机前划定…安检区域…」: " + LEADIN8 + "; " + SUBJ + "; " + NODATE),
        A(X01, [A8, "（八）"], [], [YQ], lead_alternatives=[[YQ]],
          note="「（八）按标准配置安检人员，开展…培训并组织考试」: " + LEADIN8 + " (its own 组织考试 has no other subject); 按标准 "
               "names no figure; " + SUBJ + "; " + NODATE),
        A(X01, [A8, "（九）"], [], [YQ], lead_alternatives=[[YQ]],
          note="「（九）定期组织安检人员开展岗中培训、应急演练」: " + LEADIN8 + "; 安检人员, the object of 组织, is not a unit (" + ORG
               + "); " + SUBJ + "; " + RHYTHM),
        A(X01, [A8, "（十）"], [], [YQ], lead_alternatives=[[YQ]],
          note="「（十）建立完善安检绩效评估体系和奖惩办法，定期对安检工作进行考核」: " + LEADIN8 + "; " + SUBJ + "; " + RHYTHM),
        A(X01, ["第十九条（遗留物品处置）"], [], ["公安机关"], [(2, "名")], lead_alternatives=[["公安机关"]],
          note="「对可疑物品，交由公安机关处置」: 交由A＋verb is 由A＋verb (CONVENTIONS.md round 33), A a doer — a topic of the "
               "objects, not a case clause 「…的，由A」 (and the article's work is the handling of left items, round 30); 「应当由两名"
               "以上安检人员共同清点和登记」「交由车站专人保管」 — " + PERSON + "; 「两名以上」: a quantity joined to 以上 is a target "
               "(CONVENTIONS.md targets, round 30's line; round 37: an item's own number to appoint is one); 「车站不得接受…」 a "
               "rule; " + SUBJ + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose, 第二条 scope, 第三条 definitions, 第二十九条 definitions (with "
            "长不超过40cm…), 第三十条 参照, 第三十一条 entry into force; 第四条 (a principle) and 第七条 (a statement, no work) (round "
            "33: no tasks in a plan with units); 第十五条 and 第二十一条 (only 「鼓励运营企业…」, no instruction); 第二十六条 (the "
            "conduct of 在岗安检人员: hired persons' own duties give no unit and are no task, round 36 / round 37). Tasks: 第五、六条 "
            "2; 第八条 （一）–（十） 10; 第九条 1; 第十条 1 (its （一）–（三） list equipment — a list that gives no work, round 35); "
            "第十一条 1 (its （一）–（四） 引导岗／值机岗／手检岗／复检岗 are posts of security staff — hired persons' duties, round 36 — "
            "so the article's own 「运营企业应在各安检点足额配备安检人员…」 is the task); 第十二、十三条 2; 第十四条 （一）–（三） 3 (the "
            "paragraph after （三） is its body, round 32); 第十六–二十条 5 (第十七条's （一）–（三） tell passengers what to do and "
            "第十八条's are cases: text, one task each, round 35 / round 36); 第二十二–二十五条 4; 第二十七、二十八条 2 → **31**. "
            "Accepted 32 (第二十六条 counted), 33 (第十五条 and 第二十一条 counted), 34 (第十一条's four posts as tasks) and 35 (both)",
            "units not sampled: 第九条 (「可以由运营企业自行实施，也可以由运营企业委托…」 options; 「受运营企业委托负责实施…的企业，应当…"
            "落实安检工作」 — by round 34's 的-rule the unit would be 企业, but 负责实施 stands inside the description — contested); "
            "第十二条 (「运营企业应配备巡视岗，负责对…开展安检日常巡逻」: whether 负责's subject is the company or the post 巡视岗 "
            "cannot be told); 第十、十三、十四、十六、十七、二十、二十二–二十五、二十七、二十八条 (安检点, 运营企业, 安检人员 with plain "
            "verbs 配置, 检查, 开展, 处置, 采取, 建立健全, or persons): " + NONE,
            "dates: none (2025年5月20日 the notice; 2025年5月30日 / 2030年5月29日 entry into force and expiry); 定期 rhythms; "
            "targets: 两名以上 (sampled); 40cm／30cm／20cm define a kind of luggage in a definitions article (no task); duties: "
            "none (「上述便民措施应向公安机关、交通行政管理部门报备」 is the regulated company's filing, round 32 / round 34; the "
            "报告公安机关 stand in cases)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x151_02_shi-jiaotongwei-2025-guidao-jiaotong-anquan-baohuqu-guanli-gongzuo-jizhi.txt"
N02 = "关于印发《上海城市轨道交通安全保护区管理工作机制》的通知"
JTW = "市交通委"
ST = "申通地铁集团"

plan(X02,
     title="上海城市轨道交通安全保护区管理工作机制（" + N02 + "）",
     title_note="a cover notice that forwards the 工作机制 (one plan): the 机制's own title or the notice's",
     doc_no="沪交轨〔2025〕189号 (from the index; the stored text prints no number)",
     issuer="上海市交通委员会 (with 市规划资源局, 市住房城乡建设管理委, 市水务局, all four signing)",
     date="2025-03-13",
     date_note="the notice is dated 2025年3月13日; the index gives 2025-03-25 (the publication date)",
     level="city commission with three city bodies (Shanghai), the rail-transit safety protection zone: its yearly "
           "drawing, pre-review, permits, patrols, supervision, risk control, acceptance, violations, emergencies, credit, "
           "publicity, a yearly meeting",
     source=shanghai_source("市政与基础设施", N02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=262d40c3aea843a0b63e101a22298b24&siteId=0010", 2454),
     style="a cover notice (addressees, purpose, four signatures, date) then the 机制: a preamble and 一、–三、 headings over "
           "run-in headed items （一）–（十二） numbered straight through 「（一）及时划定轨道交通保护区范围。每年底，由市交通委牵头，"
           "会同申通地铁集团…」; 每月…不少于两轮; 「请市、区住建部门…」; 「申通地铁集团应联合各政府管理部门…」",
     leaf_tasks=12,
     leaf_tasks_by_section={"一、": 3, "二、": 5, "三、": 4},
     attachment_task_rows=0,
     samples=[
        S(["一", "（一）"], [JTW], [JTW, ST],
          note="「每年底，由市交通委牵头，会同申通地铁集团…对…安全保护区范围进行划定」: 「由A牵头」 with 会同B — CONVENTIONS.md units "
               "rule 2 (lead A; responsible A, B); the bodies it 函送 to (相关市级主管部门, 各区人民政府, 特定地区管委会) only receive "
               "(rule 3); 「每年底」 — " + RHYTHM + " (the yearly sending is a duty below)"),
        S(["二", "（四）"], [], [ST], [(2, "轮")], lead_alternatives=[[ST]],
          note="「申通地铁集团负责现场巡查、监护及监测工作」: " + LUOSHI + "; 「请市、区住建部门发挥网格化管理的优势，…纳入…，及时上报"
               "问题线索」: 请A＋verb is a doer only with 负责／牵头／组织 (CONVENTIONS.md round 30: the request form of the same "
               "clause; 发挥／纳入／上报 are not rule-2 verbs): not a unit; 「每月应对全线网保护区开展不少于两轮的…巡视巡查」: a frequency "
               "with a floor is a target (round 30's line: 不少于; round 35); " + SUBJ + "; " + RHYTHM),
        S(["二", "（五）"], [], [],
          note="「住建、交通、水务市区两级管理部门应依法对…开展安全质量监督管理，督促建设单位、施工单位、监理单位等…履职尽责」 "
               "(开展 without 组织; 督促 a pivot: " + PIVOT + "); 「申通地铁集团应强化…，跟踪…，…制定…管理措施」 (" + CLOSED + "); "
               "「…变形超标的，应督促建设单位立即整改」 a case: " + NONE + "; " + NODATE),
        S(["二", "（六）"], [ST], [ST],
          note="「申通地铁集团应牵头做好前期影响评估」: A牵头 (CONVENTIONS.md units rule 2: lead A, responsible A); 「督促建设单位"
               "落实…」 — the object of 督促 is not a unit (" + PIVOT + "); 「需市、区行业管理部门协调的事项，应提前对接」 — a "
               "liaison partner is not a unit (round 38); " + NODATE),
        S(["三", "（九）"], [JTW], [JTW, ST], lead_alternatives=[[JTW, ST]],
          note="「市交通委牵头及时修订完善《…应急预案》」: A牵头 (rule 2: lead A) and 「申通地铁集团应…优化…程序，会同相关单位建立应急"
               "抢险队伍…定期开展联合演练」: 会同 makes 申通地铁集团 a doer, its partner 相关单位 a general call (CONVENTIONS.md round "
               "33: 有关单位／相关单位 name no kind) — RULING? (by rule 2 「A会同B＋verb」 gives A as a lead; read here: one body "
               "牵头 the item, the other is a doer of its own part, so lead 市交通委; both as the lead accepted, round 36: two "
               "bodies that 牵头 different parts of one item are both its lead); 「定期」 — " + RHYTHM),
        S(["三", "（十一）"], [ST], [ST, "各政府管理部门"], lead_alternatives=[[]],
          note="「申通地铁集团应联合各政府管理部门，结合…活动，…加强法治宣传和舆论引导」: 「A联合B＋verb」 reads as 「A会同B」 "
               "(CONVENTIONS.md round 34): " + WITH + "; 各政府管理部门 a kind (各…部门, round 32 / round 33), kept as printed; "
               + NODATE),
        S(["三", "（十二）"], [JTW], [JTW],
          note="「市交通委牵头召开每年度轨道交通安全保护区工作会议」: A牵头 (CONVENTIONS.md units rule 2: lead A, responsible A); "
               "「每年度」 — " + RHYTHM + " (the yearly meeting is a duty below)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "对本市轨道交通安全保护区范围进行划定，正式函送相关市级主管部门和各区人民政府、特定地区管委会", "when": "每年底",
              "when_norm": "yearly (year end)",
              "note": "（一）: a plan unit's yearly sending to other bodies (CONVENTIONS.md round 35: a plan unit's sending to "
                      "another body of the plan is a duty; plans-dev EXPECTED.md: recurring rhythms are duties)"},
             {"what": "市交通委牵头召开每年度轨道交通安全保护区工作会议，总结一年来保护区工作情况，通报年度保护区典型案例",
              "when": "每年度", "when_norm": "yearly",
              "note": "（十二）: a recurring coordination rhythm (plans-dev EXPECTED.md: recurring reporting/coordination rhythms "
                      "are duties)"}],
     notes=["counting: the cover and the preamble are no tasks; （一）–（十二） under 一、–三、 are the leaves → **12** ((十) has no "
            "subject but is a work item of a work section, so it is counted)",
            "units not sampled: （二） 「市、区规划资源部门应…征询申通地铁集团的管理意见…并告知建设单位…」 and （三） 「市、区各行业管理"
            "部门应当告知建设单位…」 (征询, 纳入, 告知: " + CLOSED + "); （七） 「申通地铁集团需考察…」「请项目行业管理部门督促落实」 "
            "(督促 is no rule-2 verb); （八） 申通地铁集团 通知／提请／联系 (plain); （十） no subject — " + NONE,
            "dates: none (2025年3月13日 the notice; 每年底, 每月, 定期, 每年度 rhythms); targets: 不少于两轮 (sampled); 「四个“坚持”」"
            "「四长联动」 names"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x151_03_shi-jiaotongwei-2025-guidao-jiaotong-yunying-fuwu-guifan.txt"
N03 = "上海市交通委员会关于印发《上海市轨道交通运营服务规范》的通知"
GQ = "轨道交通企业"

plan(X03,
     title="上海市轨道交通运营服务规范（" + N03 + "）",
     title_note="a cover notice that forwards the 规范 (one plan): the 规范's own title or the notice's",
     doc_no="沪交行规〔2025〕1号",
     issuer="上海市交通委员会",
     date="2025-01-20",
     date_note="the notice is dated 2025年1月20日; the index gives 2025-01-22 (the publication date)",
     level="city commission (Shanghai), the service standards of rail-transit operation: the commission's and the company's "
           "roles, train service, passenger service, ticketing, facilities, staff, supervision and evaluation",
     source=shanghai_source("市政与基础设施", N03 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=45e2177ec30648c696ad6f5b5b9739a1&siteId=0010", 8023),
     style="a cover notice (number, addressees, adoption 2024-12-31, entry into force 2025-03-01, expiry 2030-02-28, the "
           "repeal of the 2020 text, signature, date) then the 规范 in eight chapters of 34 articles 「第N条（label）」 on lines "
           "of their own over paragraphs (「第二十六条 （无障碍环境）」 with a space); （一）… items in 第十三、十四、十八、二十二、"
           "二十五、二十七–三十条; 不少于17小时, 不大于3分钟, 不低于每3小时一次, 15分钟以上, 6:00, 22:30, 35℃, 28℃, 8℃",
     leaf_tasks=34, count_alternatives=[35, 36, 67],
     leaf_tasks_by_section={"第一章": 2, "第二章": 5, "第三章": 13, "第四章": 4, "第五章": 7, "第七章": 3},
     attachment_task_rows=0,
     samples=[
        A(X03, ["第三条（管理主体）"], [], ["上海市交通委员会", "本市轨道交通企业"],
          note="an article of 总则 that gives work is a task (CONVENTIONS.md round 30): 「上海市交通委员会（以下简称市交通委）是主管…"
               "的行政管理部门，负责本规范的组织制定和监督实施」 and 「本市轨道交通企业（以下简称轨道交通企业）负责…日常运营管理工作」: "
               + LUOSHI + " (a designation too, round 37: 「A为…的主管部门」); the 「（以下简称…）」 brackets are dropped from the "
               "names (round 35); no 牵头: lead []; " + NODATE),
        A(X03, ["第六条（运营时间）"], [], [GQ], [(17, "小时")],
          note="aligned round 52 to CONVENTIONS.md \"Round 62 rulings\" (turned): in 第X条 articles a party named by a kind is a "
               "doer by any verb of doing (round 54): 轨道交通企业 with its verbs of doing (responsible [] → [轨道交通企业]); "
               "the earlier reading is not accepted. Earlier note: "
               "「全天运营时间应当不少于17小时」: a floor is a target (CONVENTIONS.md targets, round 30's line: 不少于); 「不晚于6:00」"
               "「不早于22:30」 are clock times (not targets, not checked); 「轨道交通企业应当增加运力，加强组织，延长运营时间」: 组织 "
               "is the object of 加强, not 组织＋work (" + CLOSED + "): " + NONE + "; " + NODATE),
        A(X03, ["第七条（行车间隔）"], [], [GQ], [(3, "分钟"), (5, "分钟")],
          note="aligned round 52 to CONVENTIONS.md \"Round 62 rulings\" (turned): in 第X条 articles a party named by a kind is a "
               "doer by any verb of doing (round 54): 轨道交通企业 with its verbs of doing (responsible [] → [轨道交通企业]); "
               "the earlier reading is not accepted. Earlier note: "
               "「最小行车间隔应当不大于3分钟」「不宜大于5分钟」: 大于 is a comparison word of the line (CONVENTIONS.md round 32), "
               "both ceilings targets; 「轨道交通企业应当持续跟踪评估…调整…」 (" + CLOSED + "): " + NONE + "; " + NODATE),
        A(X03, ["第十一条（站车环境）"], [], [GQ], [(3, "小时")],
          note="aligned round 52 to CONVENTIONS.md \"Round 62 rulings\" (turned): in 第X条 articles a party named by a kind is a "
               "doer by any verb of doing (round 54): 轨道交通企业 with its verbs of doing (responsible [] → [轨道交通企业]); "
               "the earlier reading is not accepted. Earlier note: "
               "「巡视频率不应当低于每3小时一次」: a frequency with a floor is a target (CONVENTIONS.md round 35; 低于 in round 30's "
               "line); 轨道交通企业 加强／建立健全／制定／进行监测 (" + CLOSED + "): " + NONE + "; 「定期」 — " + RHYTHM),
        A(X03, ["第十五条（限流组织）"], [], [GQ], [(15, "分钟")],
          note="aligned round 52 to CONVENTIONS.md \"Round 62 rulings\" (turned): in 第X条 articles a party named by a kind is a "
               "doer by any verb of doing (round 54): 轨道交通企业 with its verbs of doing (responsible [] → [轨道交通企业]); "
               "the earlier reading is not accepted. Earlier note: "
               "「造成列车运行延误15分钟以上的，轨道交通企业应当出具延误证明」: a count that triggers a step is a target (CONVENTIONS.md "
               "targets, round 30's line: 以上); 轨道交通企业 公布／评估／采取／启动／出具 are plain verbs, 「应当立即报告市交通委」 stands "
               "in a case (" + CLOSED + "): " + NONE + "; " + NODATE),
        A(X03, ["第三十二条（服务监督与评价）"], [], ["市交通委", GQ],
          note="「市交通委应当每年组织服务质量评价」: " + ORG + "; 「轨道交通企业应当配合做好服务质量评价工作」 (CONVENTIONS.md round 34: "
               "B配合 beside a doer is responsible) and 「根据评价结果组织改进…，落实整改措施」 (组织＋work, 落实: a doer itself); the "
               "整改报告 the company 报送 to 市交通行政管理部门 — " + FILING + "; no 牵头: lead []; 「每年」 — " + RHYTHM + " (一个月内 "
               "counts from an event)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose, 第二条 scope, 第三十三条 参照, 第三十四条 entry into force; "
            "第二十八条 (服务人员) and 第二十九条 (驾驶员): the conduct of staff — hired persons' own duties give no unit and are no "
            "task (round 36 / round 37). Tasks: 第三–十二条 10; 第十三条 1 (its （一）–（五） are requirements on signs — a list that "
            "gives no work, round 35); 第十四条 （一）–（七） 7 (information the company must give: work); 第十五–十七条 3; 第十八条 "
            "1 (requirements on the ticketing facilities); 第十九、二十条 2; 第二十一–二十七条 7 (第二十一条 defines the facilities "
            "and sets requirements; 第二十二、二十五、二十七条's items are requirements on trains, platform doors and other "
            "facilities, text); 第三十条 1 (its （一）–（三） list what the commitment must contain, round 37); 第三十一、三十二条 2 → "
            "**34**. Accepted 35 / 36 (第二十八条 and／or 第二十九条 counted as one task each) and 67 (every numbered item of the "
            "list articles counted as well: 34 + 4 + 5 + 2 + 4 + 4 + 2 + 6 + 6)",
            "units not sampled: 第四条 「发生故障时应当及时组织抢修」 and 第九条 「无法保证运营安全时，…迅速有序组织乘客疏散」 — 组织＋work "
            "inside a case clause (rule 3: a contingency, not the item's work) — contested; 第十四条's items (the lead-in 「轨道交通"
            "企业应当按照下列要求向乘客提供信息服务：」 — 提供 is no rule-2 verb and 信息服务 no work heading); the other articles' "
            "plain verbs (编制, 采取, 配置, 制定, 执行, 确保, 建立) — " + NONE,
            "dates: none (2024年12月31日 the adoption, 2025年1月20日 the notice, 2025年3月1日 / 2030年2月28日 entry into force and "
            "expiry); 提前3天, 7个工作日内, 一个月内 are limits from events; 每年, 定期 rhythms; targets: 17小时, 3分钟, 5分钟, 3小时, "
            "15分钟 (sampled), 大于10分钟以上 (第五条, a trigger), 15分钟以上 again in 第十九条; 35℃以下／以上 pick the case a "
            "temperature rule covers (a class, round 34) and 约为28℃, 低8℃ are a standard without a comparison word; 全年24小时 "
            "no comparison word"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x151_04_shi-zhujianwei-2023-guidao-jiaotong-anquan-baohuqu-shigong-anquan-guanli-tongzhi.txt"
N04 = "关于加强本市轨道交通安全保护区施工安全管理工作的通知"
JS = "各项目建设单位"
QJ = "各区建设、交通行政管理部门"

plan(X04,
     title=N04,
     title_note="the notice's own title (printed twice in the stored text)",
     doc_no="沪建质安联〔2023〕219号",
     issuer="上海市住房和城乡建设管理委员会 (from the index; a joint notice 「联」, the stored text prints no signature)",
     date="2023-05-11",
     level="city commission (Shanghai), construction safety in the rail-transit protection zone: permits, risks in each "
           "stage of work, joint inspection",
     source=shanghai_source("工程建设管理", N04 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=d6c895ea4e9b4d4da0ae871336b4bc45&siteId=0011", 2044),
     style="a notice (title printed twice, number, addressees, a preamble recounting three accidents with their dates) with "
           "three childless headed points 一、–三、 over one or two paragraphs each; 「一是…二是…三是…四是…」 run in inside 二、's "
           "first paragraph (kinds of risk); 「特此通知」 and a date",
     leaf_tasks=3,
     leaf_tasks_by_section={"一、": 1, "二、": 1, "三、": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"], [], [JS], lead_alternatives=[[JS]],
          note="a childless headed point that gives work is a task, its paragraphs one task (CONVENTIONS.md round 34); 「各项目建设单位"
               "应当严格落实…主体职责，…严格落实轨道交通监护措施」: " + LUOSHI + " (各项目建设单位 a kind, round 32 / round 34); 「各区建设、"
               "交通行政管理部门要…加强对行业企业的宣贯，督促相关建设单位…依法办理作业审批」 — 加强 and the pivot 督促 (" + PIVOT
               + "); 「根据职责分工」 names no body (round 33); " + SUBJ + "; " + NODATE),
        S(["二"], [], [JS], lead_alternatives=[[JS]],
          note="「市交通委指导申通地铁集团…分析研判…风险」: 指导 without 负责 — a guide, and its object is not a unit (" + PIVOT + "); "
               "「一是…四是…」 inside the paragraph list kinds of risk (CONVENTIONS.md round 37: text of the item); 「各项目建设单位应…"
               "建立完善…制度，…严格落实防护措施」: " + LUOSHI + "; " + SUBJ + "; " + NODATE),
        S(["三"], [QJ], [QJ, "轨道交通企业"], lead_alternatives=[[]],
          note="「各区建设、交通行政管理部门要根据职责分工，会同轨道交通企业等，建立…联合巡查机制」: " + WITH + " (a group named by a "
               "kind with a rule-2 form is a doer, round 30 / round 32); " + SHARED + "; the 「等」 tail after the partner dropped "
               "(round 35); 「交通部门、申通地铁等巡查中发现…，及时通报相关建设管理部门」 (通报: " + CLOSED + "); 「督促企业…」 a pivot; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble and 「特此通知」 are no tasks; 一、二、三、 — childless headed points that give work — 1 each "
            "(CONVENTIONS.md round 34: one task whether one paragraph or several) → **3**",
            "dates: none in the tasks (2021年3月21日, 2022年12月17日, 2023年2月9日 past accidents in the preamble; 2023年5月11日 the "
            "notice); figures: 11号线, 9号线, 「2·9徐家汇站进水事件」 names (not targets, not checked)"])

write_collected(DIR)
# Round 67 (rul96): units printed with 本市／本区 before the name aligned to tests/data/CONVENTIONS.md "Round 96
# rulings" (governs: round 41's Names over the older answers that kept it; p67h) (README, round 67); the
# helper maps names generically (printed name → the name without 本市／本区), the printed lists stay accepted
from aligned_rulings import align94_zone_brackets  # noqa: E402

align94_zone_brackets({'本市轨道交通企业': '轨道交通企业'},
                      why="Round 96 (governs, aligned round 67 to CONVENTIONS.md \"Round 96 rulings\"; p67h): 本市／本区 before a name is no part of it (round 41 Names; the 本区 form of x232_04 第八条)")

write_collected(DIR)
