# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next252/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 50 (built by helper c252): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the rulings of rounds 32–56
included; "Round 53 rulings, written early", "Round 54 rulings", "Round 55 rulings, written early" and "Round 56
rulings" the newest) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the
lead scores it first.

    PYTHONPATH=. python tests/data/plans-next252/make_expected.py tests/data/plans-next252
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, SHANGHAI_REPO, STORED_WHOLE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
READ_AT = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the version read_file gave without a commit (index rows read at 49f4bb7… / 4d8fe162…)


def src(folder, path, url, chars):
    """The stored file's provenance (the form of expected_tools.shanghai_source, with the commit the file was read at)."""
    return (f"{SHANGHAI_REPO} @ {READ_AT}, docs/{folder}/{path} (official page {url}) — {STORED_WHOLE} ({chars})")


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
ARTSUBJ = ("round 44 (decided): in rules written as articles (第X条) a named body standing as the subject of the article's "
           "verb of doing is a doer whatever the verb (verbs of being or having name none)")
BY = "units rule 2: the agent of 由 with a verb of doing is a doer (round 34: 「由A＋any verb of doing」)"
HUI = "units rule 2: 「（由）A会同B＋verb」 — lead A (lead [] accepted), responsible A, B"
PIVOT = ("round 30 / round 33 / round 35: the object of a pivot 「A委托B＋verb」「A组织B＋verb」 is no unit; A is the doer")
RECV = "units rule 3: a body that only receives, approves or is consulted 「经A审议」「报A审定」「报A备案」 is no unit"
APPLY = ("round 30 / round 49 (x229_01 第七条: 请款 asks for money as an applicant does) / round 54: applying, filing or "
         "sending for itself names no doer")
PAYER = ("round 47 / round 48 (decided, cost verbs): a verb that pays, moves or budgets money (拨付, 安排…资金, 给予补贴／奖励) says "
         "who pays: a payer, no unit; 「由A负责拨付」 is work (负责)")
SETUP = ("round 35 / round 55 (x246_02 第四条): the panel an article sets up 「由A、B…等部门组成…评审小组…，负责…」 and its members are no "
         "units there; round 36 / round 55: a body the plan set up earlier is a doer in later articles")
EVENT = ("round 33 / round 54 (decided): a limit counted from an event with no comparison word 「N个工作日内」「自…之日起30日内」 "
         "is neither a target nor a deadline")
GENART = ("round 30 / round 34 / round 56: articles of purpose and basis, scope, definitions, 参照, the interpreting body and "
          "entry into force are general provisions, no tasks (a count with them accepted)")
ONE_LEAD = ONE.replace("in a 责任单位 column", "read by rule 2 or the article rule")


def A(path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``) in the current file."""
    return S(path, lead, resp, targets, **kw, **art(CUR[0], path))


def one(path, unit, targets=(), note="", **kw):
    """An article (or item) whose one doer is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return A(path, [], [unit], targets, note=note + "; " + ONE_LEAD, lead_alternatives=[[unit]], **kw)


def none(path, targets=(), note="", **kw):
    """An article (or item) that gives work but names no doer."""
    return A(path, [], [], targets, note=note, **kw)


CUR = [""]

# ---------------------------------------------------------------------------------------------------------
X01 = CUR[0] = "x252_01_yangpu-fagaiwei-2023-fuwuye-fazhan-yindao-zijin-shiyong-guanli-banfa.txt"
P01 = "杨浦区服务业发展引导资金使用和管理办法"
N01 = "关于印发《" + P01 + "》的通知"
A07, A08, A09, A10 = "第七条  项目库管理", "第八条  评审和上报", "第九条  资金拨付", "第十条   协议管理"
A11, A12, A13 = "第十一条  项目单位责任", "第十二条  监督管理", "第十三条  项目变更"
OFFICE = "区评审小组办公室"
DUTYLIST = ("round 56 (turned, x53_03): a duty list 「X承担／履行下列责任：（一）…」 is read by its items, each a task where it gives "
            "work, its subject the lead-in's (round 50's colon lead-in), a doer where X is a body named by a kind (项目单位: a kind "
            "before 单位, round 34; the rules' beneficiaries are 法人、非法人组织, 第二条)")
S01 = [
    one([A07], OFFICE,
        note="「区评审小组办公室建立服务业发展引导资金项目库，…评估后纳入项目库，…做好项目跟踪工作」 — " + ARTSUBJ + "; the office is "
             "named in 第三条 (「（以下简称“区评审小组办公室”）」) and given as printed (round 38 / round 43); " + SETUP + "; " + NODATE),
    one([A08, "（一）"], "区评审小组",
        note="「区评审小组按照市相关工作要求，每年委托专业机构对申报项目…进行综合评估并出具评估意见」 — " + PIVOT + " (专业机构 none); "
             "「经区评审小组审议、区政府审定、网上公示后」 is a route of approval (" + RECV + "); 「形成推荐项目名单上报市评审小组办公室」 "
             "carries the paragraph's subject (round 34) and is a duty (below); 每年 is a rhythm, " + NODATE),
    none([A08, "（二）"],
         note="「原则上每年委托专业机构对申报项目进行综合评估…，经区评审小组审议、区政府审定、网上公示后,形成引导资金支持项目名单」 — no "
              "subject stands in the item: a subject carries into items only through a colon lead-in its items complete (round 50; "
              "round 56 turned x58_02), and 第八条 has none; 区评审小组 is named only in 「经…审议」 (" + RECV + "); the item gives "
              "work (委托, 形成) with no doer: a task naming no unit (round 43 / round 54); " + NODATE),
    one([A09, "（一）"], "市级部门", responsible_alternatives=[["市级部门", "区发展改革委"]],
        note="「市级引导资金支持计划下达后由市级部门负责拨付市级资金首款」 — 负责 keeps the payment as work (" + PAYER + "); 「由市级部门"
             "拨付市级资金尾款」 a payer; 「由区发展改革委向区财政局申请一次性拨付」 — " + APPLY + " (区财政局 receives, rule 3); "
             "[市级部门, 区发展改革委] accepted (round 49 x229_01 kept such a pair accepted); " + NODATE),
    A([A10], [OFFICE], [OFFICE, "项目单位"], lead_alternatives=[[]], responsible_alternatives=[[OFFICE]],
      note="「由区评审小组办公室与项目单位签署《…框架协议书》」 — round 40 / round 48: 「由A…与B签订／签署」 makes A a doer and B a "
           "co-signatory read like 会同 (lead A, lead [] accepted; responsible A, B); 项目单位 are bodies (法人、非法人组织, 第二条), the "
           "reading without them accepted (round 49 / round 52: co-signatories that may be persons add none); 「市级项目的框架协议应"
           "向市评审小组办公室进行报备」 — a filing with no subject (not checked as a duty); " + NODATE),
    one([A11, "（二）"], "项目单位", responsible_alternatives=[[]],
        note="「（二）规范有序开展项目建设并每季度向区评审小组办公室报送项目进展执行情况…」 — " + DUTYLIST + "; none accepted (round 41: "
             "parties a rule regulates); the quarterly report is the funded party's report on its own project, round 41's filing "
             "rather than round 40's duty — not checked as a duty (RULING? 1); 每季度 is a rhythm: " + NODATE),
    A([A12, "（二）"], [], ["区评审小组成员", "相关部门", "区级评审小组"], responsible_alternatives=[["区级评审小组"]],
      note="「区评审小组成员及相关部门加强跟踪服务。…区级评审小组按规定积极协调推进。对市级项目发生重大变化的，应将变化情况及时上报市评审"
           "小组。」 — " + ARTSUBJ + " (加强, 协调推进: verbs of doing); 及 joins two names (round 34); the members' own work is rule 2's "
           "(round 30: 「各成员单位职责：A负责…」; round 35: 「各成员单位…落实」 a doer); 相关部门 a kind (round 33); 区级评审小组 as printed "
           "beside 区评审小组 (round 43: no alias rewritten); the lead-in 「区评审小组…负责…」 gives nothing to an item that names its own "
           "(rule 4); [区级评审小组] accepted (加强 read as no verb of work, RULING? 2); the sending to 市评审小组 is an undated duty "
           "(round 44); " + NODATE),
    A([A12, "（三）"], [OFFICE], [OFFICE, "区行业主管部门"], lead_alternatives=[[]],
      note="「区评审小组办公室会同区行业主管部门等，…开展检查，…委托专业机构开展…后评估等工作」 — " + HUI + " (等 dropped, EXPECTED.md); "
           + PIVOT + "; the paragraph after it 「区评审小组办公室负责对…进行及时总结，形成年度…总结报告，上报市评审小组」 is read as one more "
           "task of the article (round 36 / round 38 / round 40: a closing paragraph after the last item that gives work); read as "
           "(三)'s body (round 32) it adds the same office; " + NODATE),
    A([A13], [], [OFFICE, "区评审小组", "市、区评审小组"], responsible_alternatives=[[OFFICE, "区评审小组"]],
      note="one task: 「有下列情形之一的，视为项目发生重大变化：(一）…(六）」 defines the cases, a list that gives no work (round 35 / "
           "round 54: text); 「项目单位应及时向区评审小组办公室上报情况，递交变更申请」 — the party's own application (" + APPLY + "); "
           "「区评审小组办公室委托专业机构审核…，并出具书面意见」 (" + PIVOT + "); 「区评审小组应将项目变更有关材料报市评审小组」 (a sending: "
           "no doer by it, round 46 / round 48) and 「由区评审小组召开专题会议进行研究」 (" + BY + "); 「…的，由市、区评审小组限期收回超额"
           "支持部分」 — round 55 (decided, x246_02 第十二、十三条): 收回 is the panel's own step after a case, a doer; 「市、区评审小组」 "
           "levels before one head, one name as printed (round 30); all doers in printed order, each once (rule 2's several "
           "clauses; round 54); 1年及以上 and 20%及以上 define the cases (not checked); " + NODATE),
]
plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title (line 17, after the cover) or the notice title (line 1): either",
     doc_no="杨发改规范〔2023〕1号 (the index and the stored front matter print 「杨发改规范〔2023〕1 号」; the text prints no number)",
     issuer="上海市杨浦区发展和改革委员会 with 上海市杨浦区商务委员会, 上海市杨浦区科学技术委员会, 上海市杨浦区财政局, 上海市杨浦区投资促进办公室 "
            "(five signatures; the index lists the first)",
     date="2023-07-21",
     date_note="the cover is signed 2023年7月21日 (the index the same); passed by the district government's meeting of 2023年7月17日; "
               "in force 2023年7月21日 to 2028年12月31日, 2023年1月1日 to 7月20日 a transition",
     level="district commissions (Shanghai Yangpu, led by the district development and reform commission), rules on the district's "
           "service-industry guidance fund: scope, support rates, the panel's review, payment, agreements, the funded units' "
           "duties, supervision, changes, revocation, acceptance, liability, credit",
     source=src("工程建设管理", N01 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0077231e501fe02dccd448338c651ad99b5a&siteId=0077", 4663),
     style="a cover (addressees, one sentence, 「特此通知。」, five signatures on three lines, date), the rules' title, five chapters "
           "「第N章 …」 and eighteen articles 「第N条  heading」 (two or three spaces before the heading) each on its own line with its text "
           "below; items （一）… under 第五、六、八、九、十一、十二、十四、十五条 (第十三条's cases printed 「(一）」 with a half-width opening "
           "bracket), 1、–3、 under 第六条（一）; half-width ; and , in places",
     leaf_tasks=21, count_alternatives=[20, 22, 23],
     leaf_tasks_by_section={"第七条": 1, "第八条": 2, "第九条": 1, "第十条": 1, "第十一条": 7, "第十二条": 4, "第十三条": 1,
                            "第十四条": 1, "第十五条": 2, "第十七条": 1},
     childless_top_level_sections=[],
     samples=S01,
     plan_targets=[(600, "万元"), (150, "万元")],
     phases=[],
     duties=[{"what": "形成推荐项目名单上报市评审小组办公室", "when": "每年", "when_norm": "yearly",
              "note": "第八条（一）: the panel passes the applicants' projects on after its own review (round 46's 「初审后报镇」, round 49's "
                      "x228_03: a duty), each year (「每年委托…」)"},
             {"what": "形成季度监理报告，定期报送区评审小组办公室", "when": "定期（季度）", "when_norm": "quarterly",
              "note": "第十二条（一）: a report named by its rhythm 「季度监理报告」 sent to the office by the agency it commissions (round 41: "
                      "a report named by its rhythm; round 48: an agent's report is a duty)"},
             {"what": "形成年度引导资金使用总结报告，上报市评审小组", "when": "年度", "when_norm": "yearly",
              "note": "第十二条 closing paragraph: a yearly report sent to inform by a body the rules task (round 40 / round 55 x248_01)"},
             {"what": "对市级项目发生重大变化的，应将变化情况及时上报市评审小组", "when": "及时", "when_norm": None,
              "note": "第十二条（二）: information sent when a case arises (round 44: an undated duty)"}],
     notes=["counting: 第一条 (purpose and basis), 第二条 (the beneficiaries and their conditions), 第五条 （一）–（三） (scope) and 第十八条 "
            "(entry into force, transition) are general provisions (" + GENART + "); 第三条 sets up the panel and its office (" + SETUP
            + ": no task, round 55 confirmed x246_02 第四条); 第四条 only budgets and pays (「由区财政预算安排」「由区级财政予以保障」: " + PAYER
            + ") and gives an option (「可委托」, round 40): no task; 第六条 states the support rates (round 46: the scheme's terms) — "
            "（二）'s 「由区评审小组审议并报区政府审定后，给予引导资金支持」 is a route of approval inside a 「…后」 condition ending in a cost verb "
            "(round 55 x246_04 第十四条（一）; x239_02 第九条): no task; 第七条 → 1; 第八条 （一）（二） → 2; 第九条 （一） → 1 (（二） only "
            "「由区发展改革委向区财政局申请一次性拨付」: " + APPLY + " — no task); 第十条 → 1; 第十一条 （一）（二）（三）（四）（六）（七）（八） → 7 "
            "(" + DUTYLIST + "; （五） only the party's own change application, round 55 turned x246_01 第十一条: no task; （九）「其它应承担的"
            "责任」 names no work: no task); 第十二条 （一）（二）（三） and the closing paragraph → 4 (its lead-in 「区评审小组为…管理部门，负责…」 "
            "gives its body only to items naming none, rule 4); 第十三条 → 1 (the cases text); 第十四条 → 1 (the cases text; its work "
            "「…提出撤销…的申请」「报送市评审小组」「限期收回已拨付的引导资金」); 第十五条 （一）（二） → 2 (（一）: 「原则上验收工作在…1年内完成」 a "
            "subjectless rule on an act only the rules' bodies do, round 55 x240_04 第七–九条); 第十六条 liability with no agent "
            "(「…限期收回…，并取消…资格」): a consequence, no task (Round 51 q47b; round 55 x240_03); 第十七条 → 1 → **21**. "
            "Accepted: 20 (第十二条's closing paragraph read as （三）'s body, round 32), 22 (第九条（二） or 第十一条（九） counted), 23 "
            "(第十一条 all nine items).",
            "not sampled: 第十四条 (whether 「由区评审小组办公室提出撤销引导资金支持项目的申请」 is an applicant — round 30 — or the office's own step, "
            "and who 「限期收回」 — the carried 由-agent, round 49 p46d); 第十五条（二） (「专业机构应全面评估…」 after 「由区评审小组办公室委托专业"
            "机构验收」: the pivot's object standing as the next sentence's subject); 第十七条 (「项目申请单位对提交的申报材料的合规性和合法性"
            "负责」: 负责 of an applicant)",
            "figures: plan targets (第六条, no task: round 46 — rates of an article that is no task are plan targets) 600万元 and 300万元 "
            "(「市级支持金额原则上最高…」), 20% (「支持比例最高为…」), 150万元 (「支持金额原则上最高150万元」); classes, no targets: 3000万元（含）"
            "以上, 1000万元（含）以上, 500万元（含）以上 / 1000万元（不含）以下 (inside 「…的项目」, Round 51 governs; round 55 x237_01); 「不低于"
            "市级支持1：1的比例」 (a ratio, not checked); 第十三条 「延期1年及以上」「缩减20%及以上」 define the cases (not checked); 第十四条 "
            "「期满6个月」「延期2年后」 (no comparison word); 第十五条 「六个月内」「1年内」 (" + EVENT + "); 「三年内」 (a penalty, round 32); "
            "沪府规〔2022〕22号 (a document number)",
            "dates: 2023年7月17日 (the meeting), 2023年7月21日 (signature, entry into force), 2028年12月31日 (validity), the transition: no "
            "deadlines, no phases; duties: four (above)"])

# ---------------------------------------------------------------------------------------------------------
X02 = CUR[0] = "x252_02_jingan-fagaiwei-2023-fuwuye-fazhan-yindao-zijin-shiyong-guanli-banfa.txt"
P02 = "上海市静安区服务业发展引导资金使用和管理办法"
N02 = "关于印发《" + P02 + "》的通知"
B07, B08, B10, B12 = "第七条  项目申报受理", "第八条  项目审批程序", "第十条  项目管理", "第十二条  信用管理"
NDRC = "区发展改革委"
S02 = [
    A([B07], [], [NDRC, "项目单位"], responsible_alternatives=[[NDRC]],
      note="「区发展改革委负责引导资金的受理工作，每年发布引导资金申报指南…」 — 负责 (rule 2); 「企业和各类组织…准备项目资金申请表…」 — "
           "applicants (round 30), none; 「项目单位应对申报材料的真实性负责」 — 负责 (rule 2; Round 51: 「…对审查结果／质量负责」 a doer), "
           "[区发展改革委] alone accepted (an applicant's answer for its own papers, RULING? 3); the guide published each year is "
           "disclosure, no duty (round 55); " + NODATE),
    A([B08, "（一）"], [NDRC], [NDRC, "区财政局", "相关产业部门"], lead_alternatives=[[]],
      note="「区发展改革委委托第三方专业机构组织专家…进行评审」 — " + PIVOT + "; 「区发展改革委根据评审意见，会同区财政局和相关产业部门进行"
           "复核…」 — " + HUI + " (和 joins two names, round 34; 相关产业部门 a kind, round 33); 「…报区政府审定」 — a step of approval "
           "(round 46: no duty; " + RECV + "); " + NODATE),
    A([B10, "（一）"], [NDRC], [NDRC, "相关产业部门"], lead_alternatives=[[]],
      note="「区发展改革委会同相关产业部门…对项目的进展情况进行跟踪管理」 — " + HUI + "; 「项目单位定期报送项目进展情况」 — a sending "
           "names no doer (round 46 turned x205_04 第十二条; round 48), and the funded party's report on its own project is not "
           "checked as a duty (RULING? 1); " + NODATE),
    one([B10, "（三）"], NDRC,
        note="one task: 「获支持项目…发生重大变化的，项目单位应及时向区发展改革委报告」 (the party's report on itself: " + APPLY + "); "
             "1．–6． define the cases (round 35 / round 54: text); 「…的，由区发展改革委根据项目实际变化情况调整引导资金支持金额」 — "
             + BY + " (调整 fixes an amount, no payment: no cost verb, round 48) after a case (round 49 p46d); " + NODATE),
    one([B10, "（四）"], NDRC, not_targets=[(6, "个月")],
        note="「有下列情形之一的，区发展改革委将做出撤销引导资金支持项目的决定。」 over 1．–5． cases — one task (round 35: an item whose "
             "items are only cases); " + ARTSUBJ + " (做出…决定; 将 does not undo it inside articles — round 42's 「A将举办…」 is outside "
             "them); 「建设期满6个月内」「延期2年后」 name cases with no comparison word (round 30's line; " + EVENT + "): no targets; "
             + NODATE),
    A([B12], [NDRC], [NDRC, "区相关部门"], lead_alternatives=[[]],
      note="「区发展改革委会同区相关部门对项目单位开展信用管理」 — " + HUI + " (区相关部门 a kind as printed); the clauses after it (实行, "
           "建立, 记录, 提交, 不再受理) have no subject of their own and add none; 「过去三年内」「连续三年内」 a look-back and a penalty "
           "(round 32), not checked; " + NODATE),
]
plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title (line 13, after the cover) or the notice title (line 1): either",
     doc_no="静发改委规〔2023〕1号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市静安区发展和改革委员会",
     date="2023-06-20",
     date_note="the cover is signed 2023年6月20日; the index dates the row 2023-06-30; in force 2023年7月24日 to 2027年12月31日",
     level="a district commission (Shanghai Jing'an's development and reform commission), rules on the district's "
           "service-industry guidance fund: budget, principles, beneficiaries, priorities, rates, intake, review, payment, project "
           "management (tracking, acceptance, change, revocation), liability, credit",
     source=src("工程建设管理", N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=e5498e18-eb3b-4c3f-b7a1-ad4f189aa247&siteId=0072", 2875),
     style="a cover (addressee, one sentence, 「特此通知。」, signature, date), the rules' title and thirteen articles 「第N条  heading」 "
           "(two spaces; 第九条 one) each on its own line with paragraphs below; items （一）… under 第五、八、十条, run-in headed in 第五条; "
           "「1．」 with a full-width point under 第十条（三）（四）",
     leaf_tasks=8, count_alternatives=[9, 10, 11],
     leaf_tasks_by_section={"第七条": 1, "第八条": 2, "第十条": 4, "第十二条": 1},
     childless_top_level_sections=[],
     samples=S02,
     plan_targets=[(30, "%"), (200, "万"), (500, "万元")],
     phases=[], duties=[],
     notes=["counting: 第一条 (purpose and basis), 第四条 (the beneficiaries' conditions, round 35), 第五条 （一）–（三） (what the fund "
            "supports: scope) and 第十三条 (precedence of city and state rules, no double support, entry into force) are general "
            "provisions (" + GENART + "); 第二条 budgets (「由区财政每年在预算中安排专项资金」: " + PAYER + "); 第三条 states principles "
            "(round 49: principles give no work in any plan); 第六条 states the rates (round 46: terms; 「可给予」 an option); 第九条 pays "
            "(「区财政局…进行拨款」: a payer, and no 应当: no task); 第十一条 liability with no agent (Round 51 q47b: a consequence) — no "
            "tasks; 第七条 → 1; 第八条 （一）（二） → 2 (（二）「经区政府批准后，区发展改革委…形成引导资金使用计划」: " + ARTSUBJ + "); "
            "第十条 （一）–（四） → 4 (（三） and （四） one task each: their 1．–6． and 1．–5． are cases, round 35); 第十二条 → 1 → **8**. "
            "Accepted: 9, 10 (第九条 and/or 第三条 read as work), 11 (第十一条 too).",
            "figures: plan targets (第六条, no task: round 46) 30% (「最高不超过项目总投资的30%」), 200万 (「金额不超过200万」: no unit "
            "printed, none supplied — Round 56 turned: 万 is part of the number, the unit is only what is printed; the scorer "
            "(open) is to meet it with the same value in any unit), 500万元 (「最高不超过500万元」); 第十条（二） 「六个月内」「一年内」 ("
            + EVENT + "); 第十条（三） 「延期1年及以上」「缩减20%及以上」 define the cases (not checked)",
            "dates: 2023年6月20日 (signature), 2023年7月24日 (entry into force), 2027年12月31日 (validity): no deadlines, no phases; "
            "duties: none checked (the funded units' 「定期报送项目进展情况」, RULING? 1)"])

# ---------------------------------------------------------------------------------------------------------
X03 = CUR[0] = "x252_03_shi-zhujianwei-2022-baozhangxing-zulin-zhufang-zulin-guanli-banfa.txt"
P03 = "上海市保障性租赁住房租赁管理办法（试行）"
N03 = "关于印发《" + P03 + "》的通知"
C04, C05, C08, C09 = "第四条（准入条件）", "第五条（配租规则）", "第八条（资格审核）", "第九条（租赁价格）"
C11, C13, C14 = "第十一条（租赁合同和租赁期限）", "第十三条（巡查检查）", "第十四条（数字化转型）"
LESSOR = ("出租单位 is the role 第二条 defines (「本办法所称“出租单位”，指…产权单位…」): a body named by a kind, a doer as the subject of "
          "an article's verb of doing (round 44; round 47 q44c; round 52's defined name)")
SPACES = ("the PDF's stray spaces inside words 「区房屋管理部 门」 are kept in the text and not in the answer (the scorer squashes "
          "whitespace in names)")
S03 = [
    one([C04, "（三）"], "项目所在区房屋管理部门",
        note="「…计算住房建筑面积的区域范围可结合…进一步优化；具体由项目所在区房屋管理部门提出方案，报市房屋管理部门批准后实施」 — " + BY
             + " (提出方案 is a body's work, not an application: Round 51, 提出 is an applicant's only with 申请; a procedure of drafting, "
             "approval and use is standing work, round 55 turned x247_01 第四条); no 的 in the name: one name as printed; 市房屋管理部门 "
             "approves (" + RECV + "); " + NODATE),
    one([C04, "（四）"], "区房屋管理部门", [(80, "%")], responsible_alternatives=[["项目所在地的区房屋管理部门"]],
        note="「…投入供应超过半年后出租率仍低于80%的，可以适当调整…；具体由项目所在地的区房屋管理部门提出方案，报市房屋管理部门批准后实施」 — "
             + BY + "; the 的-rule gives the name after the last 的 (round 34), the whole phrase accepted (round 47); " + SPACES
             + "; 「低于80%的」 — a figure in a condition clause of its own that triggers the step: a target (round 30's line; round 49); "
             + NODATE),
    none([C05, "（二）"],
         note="「（二）常态化配租阶段。集中配租后的剩余房源，实行常态化配租，对符合准入条件的对象实行“先到先租，随到随租”。」 — no subject: a "
              "subjectless rule on the letting the rules govern gives work (round 43 / round 55), a task naming no unit; the two "
              "stages have no dates: not phases (round 33 needs a stage's time), their items tasks; " + NODATE),
    A([C08], [], ["出租单位", "区住房保障机构", "市住房保障机构"], not_targets=[(5, "个工作日"), (3, "个工作日")],
      note="one task of four paragraphs (round 54: an article with no numbered items whose paragraphs give work to several bodies, "
           "every doer in printed order, each once): 「出租单位应按照准入条件，在5个工作日内…进行审核」, 「区住房保障机构在3个工作日内出具核查"
           "结果」, 「区住房保障机构每年…实施检查」 (实施, rule 2), 「市住房保障机构对…进行抽查」, 「…出租单位应立即…予以清退」「出租单位应将…建档」 — "
           + LESSOR + "; " + ARTSUBJ + "; 「市、区住房保障机构在核查、检查、抽查中发现…的」 stands inside the case clause (rule 3), no unit; "
           "「5个工作日内」「3个工作日内」 (" + EVENT + "); 每年 a rhythm: " + NODATE),
    A([C09], [], ["出租单位", "市房屋管理部门"], [(5, "%")],
      note="「…由出租单位制定」 (" + BY + "), 「出租单位应委托专业房地产估价机构…进行评估」 (" + PIVOT + "), 「市房屋管理部门加强…监督检查…；发现"
           "问题的，责令整改纠正」 (" + ARTSUBJ + "; the step after the case carries its subject, round 49 p46d) — " + LESSOR + "; 「区保障性"
           "租赁住房工作领导小组办公室对评估结果有疑议的，可另行委托…并…予以确认」 — an option inside a case (round 40: 可 reaches every verb "
           "joined to it; rule 3), none; 「出租单位…可以…申请鉴定」「可以按年度调整」 options and an application, adding nothing; 「年增幅应不高于"
           "5%」 — 不高于 (round 30's line): a target; 「九折以下」 not checked (RULING? 4); " + NODATE),
    A([C11], [], ["保障性租赁住房出租单位"], [(3, "年")],
      lead_alternatives=[["保障性租赁住房出租单位"], ["出租单位"]], responsible_alternatives=[["出租单位"]],
      note="aligned round 52 to CONVENTIONS.md \"Round 62 rulings\" (turned): names as printed — no ruling drops an object "
           "noun before a party's kind; what the party handles is part of its name (「施工图设计文件审查机构」) (responsible "
           "[出租单位] → [保障性租赁住房出租单位]); the defined short name [出租单位] stays accepted (round 48: one body printed "
           "two ways). Earlier note: " + ONE_LEAD + "; "
           "「保障性租赁住房出租单位应与承租人签订租赁合同，…并办理网签备案手续」 — " + LESSOR + "; the co-signatory 承租人 is a person "
           "and adds none (round 52 x239_02); 「最长不超过3年」 — 最长／不超过 (round 32): a target; 「不短于1年」 not checked (不短于 is not "
           "in the line's list, RULING? 4); 「鼓励出租单位…」 names no doer (round 40); tenants' 续租／退出 are the public's; " + NODATE),
    A([C13], [], ["乡、镇人民政府", "街道办事处", "园区管委会", "各区房屋管理部门", "区房屋管理部门", "市房屋管理部门"],
      responsible_alternatives=[["乡、镇人民政府", "街道办事处", "园区管委会", "各区房屋管理部门", "区房屋管理部门"]],
      note="「保障性租赁住房所在地的乡、镇人民政府以及街道办事处、园区管委会等政府派出机构，应对…建立巡查制度，落实属地管理责任」 — the 的-rule "
           "(round 34) leaves 「乡、镇人民政府以及街道办事处、园区管委会等政府派出机构」: levels before one head are one name (round 30's "
           "「市、区X部门」), 以及 joins names (round 34's 及), and the 等… tail with separate heads is dropped (round 35); 落实 (rule 2) "
           "and " + ARTSUBJ + "; 「各区房屋管理部门应对…提出指导意见，并加强监督检查」 — a guide that also does other work is a doer "
           "(round 55); 「由区房屋管理部门责令整改或移送执法管理部门进一步处理」 (" + BY + "; the body a case is moved to receives it, none); "
           "「报市房屋管理部门通知相关部门暂停…」 — the city bureau's own step of telling (round 52: telling is a verb of doing), "
           "相关部门 the object of that pivot (round 30), none; without 市房屋管理部门 accepted (the receiver of 报, rule 3); "
           + SPACES + "; " + NODATE),
    none([C14],
         note="「依托…，推进保障性租赁住房可供应房源统一上平台发布，…统一上平台办理，…统一上平台实施」「加强…智能化管理，积极拓展…」 — no "
              "subject; the article gives work by its verbs (round 43 / round 55: subjectless articles of work are tasks naming no "
              "unit); 市政府 stands inside a noun (「市政府“一网通办”门户网站」, round 30), 市民／出租单位／住房保障机构 inside the list of what "
              "goes online; " + NODATE),
]
plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title (line 33, after the cover's 「附件」 line) or the notice title (lines 1 and 24): either",
     doc_no="沪住建规范联〔2022〕3号 (printed 「沪住建规范联〔2022〕3 号」 in the page's fields, lines 12 and 23; the index leaves the "
            "number blank)",
     issuer="上海市住房和城乡建设管理委员会 (the page's 发布机构 field; a joint number 联; the cover prints no signature)",
     date="2022-01-13",
     date_note="the cover is dated 2022 年 1 月 13 日 (line 29); the index dates the row 2022-07 (the page's posting); in force on "
               "issue, valid to 2023年12月31日",
     level="a city commission (Shanghai's housing and urban-rural construction commission, jointly numbered), trial rules on "
           "letting affordable rental housing: supply conditions, eligibility, letting rounds, materials, checks, rents, "
           "payment, leases, use, inspection, the online platform",
     source=src("房屋与住房", N03 + ".md", "https://zjw.sh.gov.cn/gfxwj/20220705/be9dd899a2c2414ab95a97aa0bbce279.html", 5084),
     style="the site's field block (索取号, 发布机构, 文件编号 …, one field a line, some blank), the number and title again, the cover "
           "(addressees with an ASCII comma, one line 「…请认真按照执行。 特此通知。」, the date with spaces), 「附件」, the rules' title, "
           "four chapters and fifteen articles 「第N条（heading）」 run into their first paragraph; 第六条 and 第七条 start inside the "
           "line of the article before (after 「…挑客拒租。 」 and 「…一套保障性租赁住房。 」); the PDF's stray spaces inside words and "
           "numbers 「15 平方米」「部 门」; the rules' own 「附件：」 list of three forms and the site's 相关附件／相关稿件 lines at the end",
     leaf_tasks=12, count_alternatives=[11, 13, 14],
     leaf_tasks_by_section={"第四条": 3, "第五条": 3, "第八条": 1, "第九条": 1, "第十一条": 1, "第十二条": 1, "第十三条": 1,
                            "第十四条": 1},
     childless_top_level_sections=[],
     samples=S03,
     plan_targets=[],
     phases=[], duties=[],
     notes=["counting: the cover is a forwarding notice over the rules it prints after its 「附件」 line — one plan, the rules' "
            "articles its tasks, counted to the rules' own 「附件：」 line (round 30; round 49 x229_04); 第一条 (basis), 第二条 "
            "(definition) and 第十五条 (validity, the public-rental link, a project's own filing, 「各区房屋管理部门可…制定…细则」 an option "
            "like 「实施细则由A另行制定」, round 39) are general provisions (" + GENART + "); 第三条 lists the conditions a project must meet "
            "(round 35; the district's joint acceptance stands inside a noun, round 30): no task; 第四条: （一）（二） define how the area "
            "is counted (terms, round 46 / round 54: text), （三）（四） give a body work → 2, and the closing paragraph (「出租单位可以…细化」 "
            "an option, 「…应优先或定向供应…」, 「出租单位应将…准入条件报…备案」 a party's filing) one more task (round 36 / round 38) → 3; "
            "第五条 （一）（二） and its closing paragraphs (轮候配租, the lessor's rules, 「不得…挑客拒租」; round 38: several closing paragraphs "
            "are one task) → 3; 第六条 (supply standards: households' classes and the lessor's option 「也可以…拆套」), 第七条 (an applicant's "
            "materials list whose only other sentence 「具体由…区房屋管理部门结合实际确定」 names who fixes a term: round 50 turned "
            "x232_01 第十三条) and 第十条 (rent terms: 收取 and 支付 move money, round 48; options; prohibitions on the lessor's charges) "
            "give no work: no tasks; 第八、九、十一、十二、十三、十四条 → 1 each → **12**. Accepted: 11 (第四条's closing paragraph read as "
            "the filing and option only), 13 (第六条, 第七条 or 第十条 read as work), 14.",
            "not sampled: 第五条（一） (出租单位's 发布公告 by the article rule), 第十二条 (「出租单位应当…落实…要求，落实…责任」 — [出租单位]), "
            "第四条's closing paragraph (a task naming no unit) — left out to keep the set's size",
            "figures: targets 80% (第四条（四）), 5% (第九条), 3年 (第十一条); not targets: 「5 个工作日内」「3 个工作日内」 (" + EVENT + "); "
            "「人均住房建筑面积低于 15 平方米」 picks the households eligible (round 31 / round 45: a figure that picks out persons), not "
            "checked; 「浦西 7 个中心城区」「五个新城」 names; 「最近 10 个工作日内」 (a document's age, applicants' materials); 「九折以下」 and "
            "「不短于 1 年」 not checked (RULING? 4); 「不得预收一个季度以上租金」「不得超过一个月租金」 in 第十条 (no task) not checked; "
            "「连续 6 个月以上」 (the tenants' prohibition); 国办发〔2021〕22 号, 沪府办规〔2021〕12 号, 沪房规范〔2021〕5 号, 3589258689/"
            "2022-00033 (numbers)",
            "dates: 2022 年 1 月 13 日 (the cover), 2023 年 12 月 31 日 (validity): no deadlines, no phases (the two letting stages "
            "have no dates); duties: none checked (the lessor's filings of its criteria, rules and prices are a regulated party's "
            "filings, round 41; the district's sending to the city bureau in 第十三条 is a case's, not checked)"])

# ---------------------------------------------------------------------------------------------------------
X04 = CUR[0] = "x252_04_shi-fangguanju-2022-guoyou-tudi-fangwu-zhengshou-buchang-shishi-xize-ruogan-yijian.txt"
P04 = "关于贯彻执行《上海市国有土地上房屋征收与补偿实施细则》的若干意见"
N04 = "关于印发《关于贯彻执行〈上海市国有土地上房屋征收与补偿实施细则〉的若干意见》的通知"
D03, D05, D06, D12, D13 = "第三条 组织领导与部门分工", "第五条 年度计划", "第六条 房屋征收启动", "第十二条 企事业单位早签早搬的奖励措施", \
    "第十三条 企事业单位停产停业损失的补偿"
D16, D17, D19 = "第十六条 审理程序", "第十七条 审理中止", "第十九条 补偿决定的内容"
PERSONS = ("被征收人、公有房屋承租人 are households and the public (rounds 41, 52), no units")
S04 = [
    A([D03], [], ["区人民政府", "区房屋行政管理部门", "各区", "区相关部门"],
      responsible_alternatives=[["区人民政府", "区房屋行政管理部门", "房屋征收部门", "各区", "区相关部门"]],
      note="「组织领导与部门分工」 — an 「X分工」 heading gives out work (round 37), and the article is one task (round 54): 「区人民政府成立…"
           "领导小组」 (" + ARTSUBJ + "; round 52: 设立 in articles; the group it sets up, its 组长 (a person) and members are none, round "
           "35); 「办公室设在房屋行政管理部门」 (where it sits is no doer, round 45); 「区房屋行政管理部门为…房屋征收部门，…负责组织实施…」 "
           "(a designation and 负责); 「房屋征收部门设立房屋征收事务中心…，具体承担…事务性工作」 — in the article that defines the role the body "
           "is given by its own name and the role adds none (round 50 x232_04), the centre it sets up none (round 35); 「各区负责为…配备…」 "
           "(负责); 「区相关部门…履行职责，互相配合」 (a kind, given work under the heading, round 36); the list with 房屋征收部门 accepted; "
           + NODATE),
    A([D05], ["各区房屋征收部门"], ["各区房屋征收部门", "区发展改革等部门"], lead_alternatives=[[]],
      responsible_alternatives=[["各区房屋征收部门", "区发展改革"]],
      note="「本市实行…年度计划管理」 (本市 a place, round 43); 「各区房屋征收部门会同区发展改革等部门拟订本区…年度计划，经区人民政府同意后，"
           "报市房屋行政管理部门备案」 — " + HUI + "; 「区发展改革等部门」 a field and 等 before one head, one name as printed (round 31's "
           "「商务等部门」; the scorer strips only a final 等), the field alone accepted (round 42 continued); 区人民政府 approves and the "
           "city bureau receives (" + RECV + "); the yearly plan sent to the city bureau is a yearly duty (below); the plan's contents "
           "list is text; " + NODATE),
    A([D06], ["市房屋行政管理部门"], ["区规划资源部门", "市房屋行政管理部门", "相关部门"], lead_alternatives=[[]],
      responsible_alternatives=[["区规划资源部门", "区人民政府", "市房屋行政管理部门", "相关部门"]],
      note="one article whose paragraphs split the work by the kind of project (round 40: work split by its objects gives all its "
           "bodies): 「由区规划资源部门将…范围告知房屋征收部门」 (" + BY + "; telling is a verb of doing, round 52), 「房屋征收部门可以开展…」 "
           "(an option, round 40: none), 「由区人民政府将…征收目的和拟征收范围报市房屋行政管理部门」 (a sending under 由 names no doer: round 48 "
           "governs, x220_02; the builder's doer reading accepted, as there), 「由市房屋行政管理部门组织相关单位和专家进行论证」 (由A组织; the "
           "catch-all 相关单位 and the experts are the pivot's objects, none), 「由市房屋行政管理部门会同相关部门确定房屋征收范围」 — " + HUI
           + " (相关部门 a kind); " + NODATE),
    none([D12],
         note="「房屋征收部门应当给予符合条件的企事业单位搬迁奖励」 — 给予奖励 pays money (" + PAYER + "; round 46's 给予补贴): a payer, "
              "no unit; 「具体奖励标准应当在房屋征收补偿方案中明确」 — no subject; the article gives work by 应当 (round 55 x248_03 第八条: a payer "
              "with 应当 is a task naming no unit); 为鼓励… states the aim; " + NODATE),
    one([D13], "评估机构", [(1, "年")],
        note="「企事业单位认为其停产停业损失超过现行规定标准的，由评估机构对…进行评估」 — " + BY + " after the case the article answers "
             "(round 30 / Round 51 q47a: the article's whole work answers cases); 评估机构 a kind (round 34); 「停产停业期限…最长不超过1年」 — "
             "最长／不超过 (round 32): a target; 「…继续生产经营的，…不予补偿」 a term; " + NODATE),
    one([D16, "（三）"], "区人民政府", not_targets=[(30, "日")],
        note="「区人民政府在作出补偿决定前，应当按照下列程序进行审理：」 — a colon lead-in its items complete (round 50), the steps of the "
             "work are items (round 44 / round 54), each a task; （三） 「…经两次通知不出席审理调解，或者…达不成协议的，区人民政府应当于房屋征收"
             "部门报请之日起30日内作出补偿决定；有正当理由的，可以延长30日…。补偿决定应当在…公告张贴。」 — its own subject (" + ARTSUBJ + "); "
             "「…之日起30日内」 (" + EVENT + ") and 「可以延长30日」 (an option, no comparison word): no targets; 「两次」 names the case; "
             + PERSONS + "; " + NODATE),
    none([D17],
         note="「在审理过程中出现下列情形之一，中止审理并书面告知被征收人、公有房屋承租人：（一）…（五）」 and 「中止审理的情形消除后，应当恢复审理」 "
              "— no subject stands in the article (round 56: a subject does not carry across articles or items without a colon lead-in "
              "of its own; 第十六条's 区人民政府 stays there); the items only name cases: one task (round 35), giving work (中止, 告知, "
              "恢复) with no doer; " + PERSONS + "; " + NODATE),
    none([D19], [(15, "日")],
         note="「补偿决定应当包括以下内容：（一）…（六）」 — a list of what a document contains (round 37 / round 45: one task, its items no "
              "tasks); the rule on the decision the district government makes gives work with no subject (round 55: subjectless rules "
              "on acts only the rules' bodies do); 「补偿决定规定的搬迁期限，不得少于15日」 — 不少于 (round 30's line; round 33 「不少于30天」; "
              "round 54: 日 as printed): a target; " + NODATE),
]
plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the opinions' own title (line 15, after the cover; 《…》 outside, as printed) or the notice title (lines 1 and 3, "
                "the 〈…〉 inside): either",
     doc_no="沪房规范〔2022〕3号 (printed on line 5)",
     issuer="上海市房屋管理局",
     date="2022-06-29",
     date_note="the cover is signed 2022年6月29日 (line 13); the index dates the row 2022-06-30; in force 2022年7月1日 to 2027年6月30日",
     level="a city bureau (Shanghai's housing administration bureau), with the city government's consent: opinions implementing "
           "the city's rules on expropriating houses on state-owned land — the district government's and departments' duties, "
           "yearly plans, starting an expropriation, hardship subsidies, enterprises' compensation, compensation decisions "
           "(review, suspension, contents, service, enforcement)",
     source=src("房屋与住房", N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9f3122753a184cc3b86398ef169ad52b&siteId=0013", 5751),
     style="the notice title printed twice (lines 1 and 3), the number, the cover (addressees, one sentence, signature, date), the "
           "opinions' title and twenty-five articles 「第N条 heading」 (one space) each on its own line with paragraphs below; items "
           "（一）… under 第七、十五、十六、十七、十九条",
     leaf_tasks=21, count_alternatives=[19, 20, 22, 23],
     leaf_tasks_by_section={"第二条": 1, "第三条": 1, "第四条": 1, "第五条": 1, "第六条": 1, "第八条": 1, "第九条": 1, "第十二条": 1,
                            "第十三条": 1, "第十四条": 1, "第十五条": 1, "第十六条": 3, "第十七条": 1, "第十八条": 1, "第十九条": 1,
                            "第二十条": 1, "第二十一条": 1, "第二十二条": 1, "第二十三条": 1},
     childless_top_level_sections=[],
     samples=S04,
     plan_targets=[],
     phases=[],
     duties=[{"what": "拟订本区国有土地上房屋征收年度计划，经区人民政府同意后，报市房屋行政管理部门备案", "when": "年度", "when_norm": "yearly",
              "note": "第五条: a district's yearly plan sent to a city body with no word of decision (备案: to inform) — a yearly duty "
                      "(round 44; round 55 x236_04: a plan sent with no word of decision is sent to inform); the district government's "
                      "consent before it is the plan's own route of approval"}],
     notes=["counting: 第一条 (basis), 第二十四条 (参照, and who applies to court: 「由裁决机关／拆迁人／房屋征收部门向人民法院申请」, applicants, "
            "round 30) and 第二十五条 (entry into force) are general provisions (" + GENART + "); 第七条 lists what may be weighed "
            "(「可以考虑下列因素」: round 49 p46b, an article of options, its list text), 第十条 only options (「可以…告知」「上级单位可以…」), "
            "第十一条 the compensation's terms and options: no tasks; 第十五条 one task (its 「（一）…（七）」 a materials list, round 35; "
            "「由房屋征收部门报请区人民政府作出补偿决定」 sends its own case for a decision, round 46, and the closing 「…应当同时将…报告内容告知"
            "被征收人…」 gives 房屋征收部门 work, round 52's telling); 第十六条 （一）（二）（三） → 3 (the steps of the review, the colon "
            "lead-in's 区人民政府 in each, round 50); 第十七条 one task (cases); 第十九条 one task (a document's contents); each other "
            "article from 第二条 to 第二十三条 → 1 → **21**. Accepted: 19 (第十六条 one task), 20 (第十二条 or 第十九条 read as no work), "
            "22, 23 (第七条, 第十条, 第十一条 or 第二十四条 counted).",
            "not sampled (read, not checked): 第二条 [区人民政府] (「政府职责」 names one party); 第四条 [市房屋行政管理部门, 各区房屋征收部门, "
            "房屋征收事务所] (做好 as an article's verb of doing); 第八条 lead 区住房保障机构, [区住房保障机构, 房屋征收部门] (会同; applicants "
            "none); 第九条 [政府相关职能部门, 房屋征收部门] (配合 with a subject of its own, round 46; the body served none; 告知); 第十四条 "
            "[企事业单位, 房屋征收部门] (自行处理, round 55; the co-signatories are households); 第十八条 [房屋征收部门, 区人民政府] (委托 a pivot; "
            "征询, round 35); 第二十条 [区人民政府]; 第二十一条 [房屋征收部门, 区人民政府] (执行, round 55 x247_03; 申请人民法院强制执行 an "
            "application; 催告); 第二十二条 [区人民政府] (由A组织实施 after a case, round 30); 第二十三条 [企事业单位, 房屋征收部门, 相关职能部门] "
            "(RULING? 5: whether 「企事业单位应当停止…生产经营活动，履行搬迁义务」 makes the expropriated enterprise a doer)",
            "figures: targets 1年 (第十三条), 15日 (第十九条); not targets: 「30日内」「延长30日」 (第十六条), 「5日内」 (第十八条, a limit from an "
            "event), 「满30日视为送达」 (第二十条, a term with no comparison word), 「两次通知」; 《实施细则》第八条第（一）项… and 第二十六条 are "
            "references",
            "dates: 2022年6月29日 (signature), 2022年7月1日 (in force), 2027年6月30日 (validity): no deadlines, no phases; duties: the "
            "yearly plan (第五条); the other sendings (第六条's district government to the city bureau, 第十八条's 「报区人民政府」) are a "
            "case's steps, not checked"])

write_collected(DIR)
