# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next118/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 34 (built by helper c118): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it, the round-34 rulings included)
applied to every item. Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next118/make_expected.py tests/data/plans-next118
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
P, U = prose_and_listed(PROSE_ACTORS)
src = shanghai_source
R2 = "CONVENTIONS.md rule 2"
R3 = "CONVENTIONS.md rule 3"
CLOSED = ("CONVENTIONS.md round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb "
          "(开展 without 组织, 做好, 推进, 加强, 完善, 汇总, 报送, 建立, 形成…) is not a unit")
PIVOT = ("the pivot rule (round 30; round 34 「A、B要指令／督促C…」): 督促／指导 are not in rule 2's list and their "
         "objects are not units; 「A指导B…」 without 负责 makes A a guide (rule 3)")
HEADED = ("CONVENTIONS round 34 (headed points): a document whose top-level points are its main structure (most have no "
          "numbered child); a childless point whose text gives work is a task")
YEAREND = "「N年底前」 is written YYYY-12 (the month; a parser's YYYY-12-31 passes too)"
DUTYHEAD = ("RULING? the section heading is 「四、责任分工」, not one of the words round 34 lists (职责分工／部门职责／职责／"
            "管理部门／管理职责); read as the same heading (责任分工 = 职责分工, a heading that says what the sentences are "
            "for): every body the text gives work is a unit, in printed order")
PIVOTHEAD = ("RULING? 「A指导B开展…统计工作」 under that heading: A (the subject of 指导, a verb of doing the ruling lists) and "
             "B (the body given the work 开展…统计工作, though the object of the pivot 指导) are both read as units — the "
             "heading ruling gives every body the text gives work; by the pivot rule alone (round 30) only A would be")

# ---------------------------------------------------------------------------------------------------------
X01 = "x118_01_shanghai-fagaiwei-2024-nongye-shuijia-zonghe-gaige-xiangguan-gongzuo-tongzhi.txt"
SWJ = "市水务局"
NNW = "市农业农村委"
CZJ = "市财政局"

plan(X01,
     title="关于进一步做好本市农业水价综合改革相关工作的通知",
     title_note="the notice's title (the first line)",
     doc_no="沪发改价管〔2024〕20号 (from the index; the stored text prints no number)",
     issuer="上海市发展和改革委员会 with 上海市财政局, 上海市农业农村委员会, 上海市水务局 (four signatures)",
     date="2024-04-10 (the signature's date; the index gives 2024-04-19)",
     level="city commissions (Shanghai), a notice of five headed points on keeping the reform of farm water prices going",
     source=src("工程建设管理", "关于进一步做好本市农业水价综合改革相关工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=bf9f3fd9cbea40e5bffb2c4969183d3e&siteId=0025", 2072),
     style="a notice (各区发展改革委、财政局、农业农村委、水务局; a preamble with past outturns); five headed points, each a "
           "heading line over one paragraph, except 二、 whose paragraph is five run-in items 1.–5. 「N.heading。text」; "
           "「特此通知。」, four signatures on separate lines, the date",
     leaf_tasks=9, count_alternatives=[5, 7],
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["一"],
          note="RULING? 一、切实发挥部门合力 gives each city body its share of the work (「市水务局、市发展改革委继续做好总体协调。"
               "市水务局持续推进…，加强…。市农业农村委做好…指导…。市财政局进一步完善…」) but every verb is outside rule 2's "
               "closed list (" + CLOSED + "); the heading is not a 职责分工 heading (round 34 lists 职责分工／部门职责／职责／"
               "管理部门／管理职责), though the text speaks of 「双牵头、分工协作的工作机制」: read as naming no unit; a task "
               "by " + HEADED + "; " + NODATE),
        S(["二", "1"], ["市农业农村委"], [NNW],
          note="「市农业农村委牵头进一步加强和完善…」 — 「A牵头（负责）」 (" + R2 + "): lead and responsible 市农业农村委; "
               "「继续加强…，推广…」 no subject of its own; " + NODATE),
        S(["二", "2"], [SWJ], [SWJ],
          note="「市水务局牵头落实最严格水资源管理制度…」 — 「A牵头」 (" + R2 + "): lead 市水务局; 「组织开展农业节水成效评价」 "
               "has its subject elided and carries 市水务局 (round 34, an elided subject inside one paragraph): no new unit; "
               "「评价结果及时抄送市农业农村委」 — 市农业农村委 receives (" + R3 + "), not a unit (the sending is a duty); " + NODATE),
        S(["二", "4"], [CZJ], [CZJ, SWJ, NNW], lead_alternatives=[[]],
          note="「市财政局会同市水务局、市农业农村委进一步完善…」 — 「A会同B＋verb」 (" + R2 + "): lead 市财政局 (lead [] "
               "accepted), responsible the three in printed order; " + NODATE),
        P(["二", "5"],
          note="RULING? 「各农民用水自治组织按照…，在扎实组织落实农田灌溉设施运行维护管理的基础上，做好…记录」: the main verb 做好 "
               "is outside rule 2 (" + CLOSED + "); 组织落实 stands inside 「在…的基础上」, a description of the ground the "
               "work stands on, read like round 34's 「A组织实施的＋noun」 (a description, no doer). The other reading — 组织落实 "
               "with its subject the regulated groups (a kind of body is a doer, round 34) — would give 各农民用水自治组织; "
               + NODATE),
        S(["三"], [], ["各涉农区"], lead_alternatives=[["各涉农区"]],
          note="「各涉农区应持续落实农业水价综合改革相关规定」 — 落实 with a group named by a kind (" + R2 + ", round 32: "
               "各区-like kinds are doers): responsible 各涉农区 (lead [], it accepted as lead); 「各相关区水务局、区农业农村委"
               "应督促指导各乡镇、街道严格落实…」 and 「各相关乡镇、街道应指导各农民用水自治组织做好…」 — " + PIVOT + "; a task by "
               + HEADED + "; " + NODATE),
        P(["四"],
          note="「各涉农区可通过现场会、联合调研等方式，动态跟踪…，督促和指导…」 — an option 「可…」 (round 30: no "
               "assignment); 「市水务局、市发展改革委、市农业农村委、市财政局（简称“四部门”）将以“四不两直”等方式开展调研指导」 — "
               "开展 without 组织 (" + CLOSED + "); 「四不两直」 a name; the point gives work (a task by " + HEADED + "); "
               + NODATE),
        S(["五"], [], ["各涉农区水务局", "区农业农村委"], lead_alternatives=[["各涉农区水务局", "区农业农村委"]],
          note="「每年11月中旬前，由各涉农区水务局、区农业农村委汇总本区…工作情况，分别报送…」 — the agent of 由 with a verb of "
               "doing (汇总) (" + R2 + ", round 34 「由A＋any verb」): both doers, names as printed (各 not shared, round 34: "
               "「各涉农区水务局」, 「区农业农村委」); lead [] (the pair accepted as lead); 「各涉农区应…认真开展自评」 and "
               "「四部门将形成…，上报…」 (" + CLOSED + "); 市水务局 / 市农业农村委 receive; 「每年11月中旬前」「每年年底前」 "
               "recur: no deadline (round 34, recurring dates); both sendings are duties"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每年11月中旬前，由各涉农区水务局、区农业农村委汇总本区农业水价综合改革工作情况，分别报送市水务局、市农业农村委，并抄送同级发展改革委、财政局",
              "when": "每年11月中旬前", "when_norm": "yearly (by mid-November)"},
             {"what": "每年年底前，四部门将形成本市工作情况，上报国家相关考核部门",
              "when": "每年年底前", "when_norm": "yearly (by year-end)"},
             {"what": "组织开展农业节水成效评价，评价结果及时抄送市农业农村委",
              "when": "及时", "when_norm": None}],
     notes=["counting: the notice is five headed points, four of them childless (一、三、四、五、) and 二、 holding run-in "
            "items 1.–5.: a document of headed points (round 34's early ruling); each childless point gives work (一、 the "
            "bodies' shares, 三、 落实, 四、 调研指导, 五、 自评 and the yearly sendings) → 4 tasks; 二、 1.–5. (5) are the "
            "leaves of a task section, with a unit or not → **9**. Accepted: 5 (the headed points read as sections, the "
            "count before round 34), 7 (一、 and 四、, whose bodies act by verbs outside rule 2, left out)",
            "samples: eight of nine — 一、, 二、1./2./4./5., 三、, 四、, 五、 (二、3. is like 二、5.: 签订 / 加强 and an option "
            "「可组织开展」, no unit)",
            "units: 「A牵头」 (二、1., 2.), 「A会同B」 (二、4.), 落实 (三、), 「由A汇总」 (五、); many bodies act by verbs outside "
            "rule 2 (做好, 推进, 加强, 完善, 开展, 形成) or guide (督促指导, 指导) — not units",
            "dates: none but recurring (每年11月中旬前, 每年年底前) — no deadline; 2020年底 (the preamble) is past",
            "figures: 204万亩 (a past outturn, the preamble), the document numbers, 「四不两直」 — not targets; no item has "
            "a target",
            "duties: the districts' yearly sending by mid-November, the four bodies' yearly report to the state, the "
            "evaluation results sent on to 市农业农村委 (二、2.); no phases"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x118_02_shanghai-jiaotongwei-2024-gonglu-shuiyun-jiance-jigou-dengji-zhengshu-yanqi-huanzheng-tongzhi.txt"
JGZX = "市交通建管中心"

plan(X02,
     title="上海市交通委员会关于本市公路水运工程质量检测机构等级证书延期和换证相关事宜的通知",
     title_note="the notice's title (printed twice, the first line and the third)",
     doc_no="沪交建〔2024〕204号 (printed in the text and in the index)",
     issuer="上海市交通委员会",
     date="2024-04-07 (the signature's date; the index gives 2024-04-08)",
     level="city commission (Shanghai), a notice extending testing firms' certificates and giving the renewal work to "
           "its construction centre",
     source=src("工程建设管理", "上海市交通委员会关于本市公路水运工程质量检测机构等级证书延期和换证相关事宜的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0d8b406ec6324f6aa99ad772ce823a34&siteId=0010", 1902),
     style="a short notice (the title twice, the number, 各相关单位, a preamble); four run-in points 一、–四、 (no heading "
           "lines), 「特此通知。」, the signature and date; then 附件1 (a list of five firms flattened one cell a line: 序号 "
           "1–5 and their dates) and 附件2 (an application form flattened, with blank 「日期：  年   月   日」 lines)",
     leaf_tasks=2, count_alternatives=[3, 4],
     attachment_task_rows=0,
     childless_top_level_sections=["一、由本市许可的公路水运工程质量检测机构等级证书…（a decision: the validity extended）",
                                   "二、…持证机构可向市交通建管中心书面提交…（what the holders may apply for）"],
     samples=[
        S(["三"], [], [JGZX], lead_alternatives=[[JGZX]],
          note="「市交通建管中心负责具体实施…延期和换证工作，指导各检测机构做好线下申请，并…开展复核和审查工作」 — 负责 (" + R2
               + "): responsible 市交通建管中心 (lead [], it alone accepted as lead, plans-dev 03); 各检测机构 the object of "
               "指导 (not a unit); a task by " + HEADED + "; " + NODATE),
        S(["四"], [], [JGZX], lead_alternatives=[[JGZX]],
          note="「…系统功能完善后，市交通建管中心负责督促各质量检测机构及时上线填报信息」 — 「A负责＋verb」 (" + R2 + "; "
               "「A负责指导…」 is 「A负责…」, round 30): responsible 市交通建管中心, lead [] (it accepted as lead); 各质量检测机构 "
               "the object of 督促 (not a unit); 「…完善后」 a time from an event, no date (round 34): " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: four childless run-in points in a notice of headed points (round 34's early ruling): 一、 is the "
            "decision itself (certificates due before 2024-06-30 are valid to 2024-06-30; 「按交通运输部规定执行」 inside a "
            "case 「如…有新规定的」) and gives no body work; 二、 is what the holders may do (「持证机构可…提交…」 an applicant "
            "and an option, round 30; 「由交通运输部负责许可的」 a 的-case naming which certificates, 「经本市复核后报部审批」 "
            "an approval) — neither is a task; 三、 and 四、 give the work to 市交通建管中心 (负责) → **2**. Accepted: 3 (二、 "
            "read as a task), 4 (every point). 附件1 is a list of five firms (its rows 1–5 are no tasks) and 附件2 a "
            "form: attachment_task_rows 0",
            "samples: both tasks",
            "units: 负责 twice (三、, 四、); the holders (持证机构, 检测机构) apply or are guided — not units; 交通运输部 "
            "approves (报部审批) and sits in a case",
            "dates: 2024年6月30日 (一、, 二、) is the certificates' validity, not a task's deadline; 2023.10.24 … 2024.6.30 in "
            "附件1 are the firms' dates; 2023年10月1日 in the form's note — none is a deadline",
            "figures: 5家 (the list's size), 2023年第9号 (a decree number), 甲级 / 乙级 — not targets",
            "no phases, no duties (the holders' applications are the regulated parties' filings, round 32)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x118_03_shanghai-jiaotongwei-2024-jiaotong-hangye-shengchan-anquan-shigu-tongji-gongzuo-tongzhi.txt"
DYZX = "市道运中心"
GWC = "委港务监管处"
QX = "浦东新区、宝山、闵行、嘉定、金山、松江、青浦、奉贤、崇明区交通委（建交委）"

plan(X03,
     title="上海市交通委员会关于进一步做好本市交通行业生产安全事故统计工作的通知",
     title_note="the notice's title (the first line)",
     doc_no="沪交安〔2024〕141号 (from the index; the stored text prints no number)",
     issuer="上海市交通委员会",
     date="2024-03-21",
     level="city commission (Shanghai), a notice dividing the statistics of transport accidents among its divisions, "
           "centres and the district transport commissions, with monthly and quarterly reports",
     source=src("工程建设管理", "上海市交通委员会关于进一步做好本市交通行业生产安全事故统计工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=f40c8b0a7da842dba60692e655c78677&siteId=0010", 2794),
     style="a notice (各有关单位, a preamble); 一、统计对象 and 三、统计时效 heading lines over one paragraph; 二、统计范围 "
           "（一）–（七） (what is counted); 四、责任分工 （一）–（八） one sentence each, 「委X处指导Y开展…统计工作」 or 「X负责…」; "
           "五、工作内容 （一）–（五）; 六、工作要求 （一）–（三） 「（N）heading。text」; 「附件：」 with seven titles, two broken "
           "over two lines (月报, 关制度（电子版）); the signature and date",
     leaf_tasks=13, count_alternatives=[16, 20, 23],
     attachment_task_rows=0,
     childless_top_level_sections=["一、统计对象", "三、统计时效"],
     samples=[
        S(["四", "（一）"], [], ["委客运处", DYZX], lead_alternatives=[["委客运处", DYZX]],
          note="「委客运处指导市道运中心开展…客运班线车辆…等事故统计工作」: " + DUTYHEAD + "; " + PIVOTHEAD + "; no lead "
               "named (the two accepted as lead); " + NODATE),
        S(["四", "（三）"], [], [GWC, "市港航中心"], lead_alternatives=[[GWC, "市港航中心"]],
          note="「委港务监管处指导市港航中心开展全市港口生产事故的统计工作」: as 四/（一） (the 责任分工 heading read as "
               "职责分工; the guide and the body set to work both units — RULING? there); " + NODATE),
        S(["四", "（四）"], [], [GWC, "委执法总队"], lead_alternatives=[[GWC, "委执法总队"]],
          note="「委港务监管处指导委执法总队开展全市内河水上交通事故的统计工作」: as 四/（一） (RULING? there); the same "
               "division as 四/（三） with another body under it; " + NODATE),
        S(["四", "（五）"], [], ["委交通建设处", "市交通工程安质监站"], lead_alternatives=[["委交通建设处", "市交通工程安质监站"]],
          note="「委交通建设处指导市交通工程安质监站开展…交通工程项目建设事故的统计工作」: as 四/（一） (RULING? there); "
               + NODATE),
        S(["四", "（六）"], [], ["委轨道交通处"], lead_alternatives=[["委轨道交通处"]],
          note="「委轨道交通处负责城市轨道交通车辆事故的统计工作」 — 负责 (" + R2 + "; a doer under the heading too): "
               "responsible 委轨道交通处 (lead [], it alone accepted as lead); " + NODATE),
        S(["四", "（七）"], [], [QX], lead_alternatives=[[QX]],
          note="「浦东新区、宝山、闵行、嘉定、金山、松江、青浦、奉贤、崇明区交通委（建交委）负责所辖区的…统计工作」 — 负责 (" + R2
               + "); nine districts joined by 、 before one head 「区交通委」 are one name as printed (round 31, fields "
               "sharing one head, like 「市、区X部门」), its bracket 「（建交委）」 kept with it (round 34, names as printed); "
               "lead [] (it accepted as lead); " + NODATE),
        S(["四", "（八）"], [], ["委属业务单位"], lead_alternatives=[["委属业务单位"]],
          note="「委属业务单位根据相关要求，同步做好向交通运输部各相关业务司局的事故统计报送工作」 — 做好 is outside rule 2, but "
               "under the 责任分工 heading (read as 职责分工, RULING? at 四/（一）) the subject of any verb of doing "
               "(做好 among them) is a unit: 委属业务单位, a kind of body (lead [], it accepted as lead); the sending is a "
               "duty (同步, no date of its own); " + NODATE),
        P(["五", "（一）"],
          note="「各单位于每月5日前，将上一个月…的事故统计信息（附件1-6）报送至市交通委安委办」 — 各单位 a general call (round "
               "33) and 报送 outside rule 2 (" + CLOSED + "); 市交通委安委办 receives (" + R3 + "); 五、工作内容 is a task "
               "section (not one of round 27's 总体要求／保障措施／工作要求), its leaves tasks with a unit or not; 「每月5日前」 "
               "recurs: no deadline (round 34); the monthly sending is a duty; 附件1-6 names attachments (not a target); "
               "「零报告」 a name"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各单位于每月5日前，将上一个月在本行业领域或管辖区域的事故统计信息（附件1-6）报送至市交通委安委办",
              "when": "每月5日前", "when_norm": "monthly (by the 5th)"},
             {"what": "下个季度首月的10日前，编制完成上季度安全生产事故分析和形势研判报告，经本单位分管领导审定后，报送至市交通委安委办",
              "when": "每季度（下个季度首月的10日前）", "when_norm": "quarterly (by the 10th of the next quarter's first month)"},
             {"what": "浦东新区、宝山、闵行、嘉定、金山、松江、青浦、奉贤、崇明区交通委（建交委）同步报送所辖区的事故统计信息至委属相关业务单位",
              "when": "同步", "when_norm": None},
             {"what": "委属业务单位根据相关要求，同步做好向交通运输部各相关业务司局的事故统计报送工作",
              "when": "同步", "when_norm": None},
             {"what": "市交通委安委办将运用会商核对、自查互查、抽样调查、督导核查等方法，加强事故统计数据核查，定期修正事故统计数据，通报统计工作的完成质量",
              "when": "定期", "when_norm": None}],
     notes=["counting: the work sits in numbered items under sections, so childless 一、统计对象 (which accidents are "
            "counted) and 三、统计时效 (a rule with no body) stay sections (plans-dev `EXPECTED.md` lines 21–25); 二、统计范围 "
            "（一）–（七） say what is or is not counted (a scope, round 30's general provisions; no body, no work) — not tasks; "
            "四、责任分工 （一）–（八） (8) + 五、工作内容 （一）–（五） (5, the leaves of a task section, most without a unit) → "
            "**13**; 六、工作要求 （一）（二） 「各部门、各单位要…」 (general calls, rounds 30/33) and （三） 「市交通委安委办将…"
            "加强…核查，定期修正…，通报…」 (verbs outside rule 2) name no unit: not tasks in a plan whose tasks name units "
            "(round 27). Accepted: 16 (六、 whole), 20 (二、's seven in), 23 (both)",
            "samples: eight of thirteen — 四、（一）（三）–（八） and 五、（一） (五、（二）–（五） name no unit either: 报送 / 纳入 / "
            "核销 / 分析…编制 with 区交通委, 相关单位, no subject, 各单位)",
            "units: 四、 read by the 责任分工 heading (RULING?, see 四/（一）): the subject of 指导 and the body it sets to "
            "work, 负责 (（六）（七）), 做好 (（八））; 五、 and 六、 name none (general calls 各单位／各部门, 相关单位, verbs outside "
            "rule 2)",
            "dates: every date recurs or runs from an event — 每月5日前, 每季度末 / 下个季度首月的10日前, 7日内 / 30日内 from the "
            "accident (三、) — so no item has a deadline",
            "figures: 1人（含）以上 / 100万元 (一、, the accidents counted: a class the rule covers, round 34 — and no task), "
            "7日内 / 30日内 (a limit from an event, round 33), 附件1-6, the document numbers — no targets",
            "duties: the monthly report by the 5th, the quarterly analysis by the 10th of the next quarter's first month, the "
            "districts' and the commission's units' 同步 sendings, the office's 定期 checking and 通报; no phases"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x118_04_shanghai-yingjiju-2024-gangtie-lvjiagong-fengxian-jiance-yujing-xitong-bushu-fangan.txt"
GMC = "市应急局工贸安全监督管理处"
QYJ = "各区应急管理局"
STAGE = ("a stage of 三、实施进度 written as a name and a time with its work below (round 33, stages any time form): a "
         "phase and a task")

plan(X04,
     title="钢铁和铝加工（深井铸造）企业安全生产风险监测预警系统部署方案（上海市应急管理局关于印发钢铁和铝加工（深井铸造）企业安全生产风险监测预警系统部署方案的通知）",
     title_note="the plan's own title (after the cover's date, printed over two lines) or the notice title (the first line): either",
     doc_no="沪应急工贸〔2024〕27号 (from the index; the stored text prints no number)",
     issuer="上海市应急管理局",
     date="2024-03-25",
     level="city bureau (Shanghai), a deployment plan for a risk-monitoring system in steel and aluminium-casting "
           "firms, with three dated stages",
     source=src("工程建设管理", "上海市应急管理局关于印发钢铁和铝加工（深井铸造）企业安全生产风险监测预警系统部署方案的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=46de9a5fc11a4aa4a957616a2471c337&siteId=0037", 3743),
     style="a cover (各区应急管理局、中国宝武集团有限公司; the signature and date), the plan's title over two lines and a "
           "preamble; 一、工作目标 a paragraph (2024年底前); 二、主要任务及分工 （一）–（四） heading lines over one or two "
           "paragraphs; 三、实施进度 （一）–（三） 「（N）name阶段（date前）」 heading lines over a paragraph of work; 四、工作要求 "
           "（一）–（四） heading lines over a paragraph with no subject; 「附件：」 line, a contact line (name, phone, e-mail), "
           "then the 附件 form flattened one cell a line (its 序号 rows 1, 2 empty)",
     leaf_tasks=7, count_alternatives=[11],
     attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "（一）"], [GMC], [GMC, QYJ],
          note="「市应急局工贸安全监督管理处牵头负责监测预警软件系统部署工作」 — 「A牵头（负责）」 (" + R2 + "): lead; 「各区应急"
               "管理局要完成…现状摸排，配合指导企业完成…」 — 「B配合」 in an item with a rule-2 doer (round 34, 配合 needs a doer): "
               "responsible too, in printed order; the second paragraph 「各区应急管理局要…配备人员…，并对辖区企业开展…」 (" + CLOSED
               + ") adds nothing; 「市级统一牵头部署」 a noun phrase; " + NODATE),
        P(["二", "（二）"],
          note="「各区应急管理局要指导督促辖区企业…完成…」「指导、督促相关企业…」 — " + PIVOT + "; RULING? 「企业作为安全生产"
               "责任主体，企业端添置设备所需经费，按规定列支安全生产经费」 is read as naming who pays (a cost, round 30: a payer), "
               "not a designation of the item's work (round 34's 「X的责任主体为A」 is for who answers for the item's own "
               "work; here 安全生产 at large): no unit; 附件1–3 name documents; " + NODATE),
        P(["二", "（三）"],
          note="「各区应急管理局要督促属地相关企业建立…」 — " + PIVOT + "; 「各区应急管理局可以通过政府购买服务的方式，委托专业"
               "机构组建…」 — an option 「可以…」 (round 30/34: no assignment); " + NODATE),
        P(["二", "（四）"],
          note="「市应急局将按照…原则，推进…部署应用」 and 「各区应急管理局要建立…机制，开展系统值守和在线监察工作，…提出…要求」 "
               "(" + CLOSED + "); 「负责跟踪督导的部门层级」 — 负责 inside a noun's description (round 30: not a doer); "
               + NODATE),
        P(["三", "（一）"], dl="2024年6月30日前", dln="2024-06-30",
          other_deadlines=[{"deadline": "6月20日前", "deadline_norm": "2024-06-20"}],
          note=STAGE + "; 「市应急局将…开展…申请工作」 and 「各区应急管理局要深入开展…再排查、再摸底，汇总形成…，并于6月20日前"
               "报送…」 (" + CLOSED + "): no unit; two dates — the stage's 2024年6月30日前 and the sending's 6月20日前 (2024 by "
               "the stage's year): the latest is the item's deadline (round 34, several dates), the other a step; the "
               "sending is a duty"),
        P(["三", "（二）"], dl="2024年9月30日前", dln="2024-09-30",
          note=STAGE + "; 「市应急局将…加快推进…」「各区应急管理局要…推进相关企业…，…要督促采购…」「市应急局将全面推进…」 "
               "(" + CLOSED + "; " + PIVOT + "): no unit; the stage's date is the deadline"),
        P(["三", "（三）"], dl="2024年底前", dln="2024-12",
          note=STAGE + "; no subject (「完成…应接尽接，总结…，形成一套可复制的在线监察工作模式，制定…」); 「一套」 an idiom "
               "(a set of), no figure to target; " + YEAREND),
     ],
     plan_targets=[],
     phases=[{"name": "启动部署阶段", "start": None, "start_alt": "2024-03", "end": "2024-06"},
             {"name": "部署接入阶段", "start": None, "start_alt": "2024-07", "end": "2024-09"},
             {"name": "应用提升阶段", "start": None, "start_alt": "2024-10", "end": "2024-12"}],
     duties=[{"what": "各区应急管理局要深入开展辖区内钢铁和铝加工（深井铸造）企业再排查、再摸底，汇总形成本辖区的《钢铁和铝加工（深井铸造）企业基础情况表》（见附件），并于6月20日前报送电子版至联系人邮箱",
              "when": "6月20日前", "when_norm": "2024-06-20"},
             {"what": "专项工作组要对进展情况每月汇总分析，协调解决工作中的难点问题",
              "when": "每月", "when_norm": "monthly"},
             {"what": "各区应急管理局主要负责负责同志要亲自部署联网接入工作，定期听取工作进展汇报",
              "when": "定期", "when_norm": None}],
     notes=["counting: 一、工作目标 (a paragraph, no numbered child) is a childless section in a plan whose work sits in "
            "numbered items; 二、 （一）–（四） (4) + 三、 （一）–（三） (3, stages with their work: phases and tasks, round 33) "
            "→ **7**; 四、工作要求 （一）–（四） have no printed subject (「要提高…」「要强化…，成立专项工作组」「要通过…，会同相关专业"
            "机构开展…审核」「要加强监督检查，组织执法人员…」: 会同 and 组织 with no body before them name no doer; 「由各区纳入年度"
            "预算中予以解决」 names a payer of 经费, round 30; 主要负责同志 a person; 专项工作组 a body the item sets up) — not "
            "tasks in a plan whose tasks name units (round 27). Accepted: 11 (四、 whole)",
            "samples: seven of seven",
            "units: only 二/（一） names units (「A牵头负责」, 「B配合」); elsewhere 各区应急管理局 and 市应急局 act by verbs outside "
            "rule 2 (要完成, 要建立, 开展, 推进, 汇总, 报送), guide or urge firms (指导督促, 督促: pivots), or may act (可以委托)",
            "dates: the stages' 2024年6月30日前 / 2024年9月30日前 / 2024年底前 are their items' deadlines and the phases' "
            "ends (the first starts with the plan, 2024-03; the later starts are not printed: start_alt the month after "
            "the stage before); 6月20日前 a step and a duty; 一、's 2024年底前 is the goal's horizon (no figure)",
            "figures: 三级应用 (a name), 「十四五」, 附件1–3, the document number, the contact's phone, the form's units "
            "(万吨/年, 座, 台, 套) and its rows 1, 2 — not targets; no item has a target",
            "duties: the district form by 2024-06-20, the task force's monthly analysis, the district heads' 定期 hearing of "
            "progress reports"])

write_collected(DIR)
