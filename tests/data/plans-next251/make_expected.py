# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next251/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 50 (built by helper c251): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or
``at_in`` for two items numbered inside one line); every answer was written here by reading the texts, with
../CONVENTIONS.md (all of it, the "Round 53 rulings, written early", "Round 54 rulings" and "Round 55 rulings, written
early" included) applied to every item. Neither the parser nor the scorer was run on this set by its builder: the lead
scores it first.

    PYTHONPATH=. python tests/data/plans-next251/make_expected.py tests/data/plans-next251
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, at_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
src = shanghai_source
at = partial(at_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("round 30 clarifications: rule 2's forms are a closed list — the subject of any other verb (加强, 开展 without 组织, "
          "建设, 执行, 制定, 编制…) is not a unit; round 44 (decided) reads any verb of doing only in 第X条 articles, and this "
          "text has none")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
HUIT = "rule 2: 「A会同B＋verb」 → lead A (lead [] accepted), responsible A, B"
TERMS = ("round 46 (x204_04) / round 48 (x220_01): a point that states a scheme's terms with no doer and no 要／应 gives no "
         "work — no task")
PLACE = "round 43: 我市／本市 standing alone as a subject is a place, no doer"
NOGOAL = ("round 44 (decided): a goal date stated once in a 目标 section is the goal's date, not every item's deadline")


# ---------------------------------------------------------------------------------------------------------
X01 = "x251_01_shi-fagaiwei-2021-zhengfu-zhurou-chubei-tiaojie-baogong-wenjia-shishi-fangan.txt"
P01 = "上海市完善政府猪肉储备调节机制 做好猪肉市场保供稳价工作实施方案"
NDRC = "市发展改革委"
NOUNITS01 = ("三、 and 四、 name no body (subjectless work; 本市 a place): a plan whose key works name no unit while its "
             "safeguards do is read as one naming no units for its key works, every leaf that gives work a task (round 44; "
             "rounds 25/27)")
WORK01 = "a leaf that gives work by its verbs (round 40; round 47: the closed list decides units, not whether it is a task)"


def n01(path, note="", targets=(), **kw):
    return S(path, [], [], targets, note=note + "; " + NONE + " (" + NOUNITS01 + "); " + NODATE, **kw)


plan(X01,
     title=P01 + "（关于印发《" + P01 + "》的通知）",
     title_note="the plan's own title (line 19, with a space printed inside it) or the notice title (line 1): either "
                "(round 30: a forwarding notice and the document it forwards are one plan, its title or the notice's)",
     doc_no="沪发改价调〔2021〕33号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会 with 上海市财政局, 上海市农业农村委员会, 上海市商务委员会 and 上海市市场监督管理局 (five "
            "signatures, one a line; the index lists 上海市发展和改革委员会)",
     date="2021-11-04",
     date_note="the cover is dated 2021年11月4日; the index and the front matter give 2021-11-08 (the day it was published)",
     level="five city commissions and bureaus (Shanghai), an implementation plan for the city's pork reserve: warnings "
           "and the reserve's response to the national alerts, policy measures, and the development commission's "
           "consultations with the other departments",
     source=src("工程建设管理", "关于印发《" + P01 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=014af05b20ff4cd9ba43ce3501d4ae80&siteId=0025", 2872),
     style="a cover (addressees 「各区人民政府，各相关部门：」, one sentence 「…请认真组织落实。」, five signatures one a line, the "
           "date); the plan's title; a preamble; 一、重要意义 one paragraph; 二、总体要求 （一）主要目标 one paragraph, （二）基本原则 "
           "four run-in paragraphs 「坚持…。」; 三、监测预警 a lead-in, （一） a run-in item, （二）预警机制。 over 1.–2., （三）储备响应。 "
           "over 1.–2., 1. holding 「（1）…（2）…」 inside its one line; 四、政策协同 a lead-in and （一）–（三） run-in items; 五、组织保障 a "
           "lead-in and （一）–（三）; a closing line repealing an older notice; blank lines between all paragraphs",
     leaf_tasks=9, count_alternatives=[8, 10, 11, 12],
     leaf_tasks_by_section={"三、（一）": 1, "三、（三）": 3, "四、": 3, "五、": 2},
     childless_top_level_sections=["一、重要意义"],
     samples=[
        n01(["三", "（一）"],
            note="a run-in item 「（一）监测分析。进一步加强…监测，…重点跟踪…指标变化，及时做好分析研判」 with no subject: " + WORK01),
        n01(["三", "（三）", "1", "（1）"], **at(X01, "（1）"),
            note="「（1）…（2）…」 numbered in order inside 1.'s one line are items (round 34: items numbered inside one "
                 "paragraph), each a case with its own response 「…时，本市同步启动收储」 (round 51 / round 52: items that "
                 "each carry their own response are items, each a task); 1. as one task is accepted (count 8); " + PLACE
                 + "; 国家层面 is the source of the alert (a body named as the trigger's author, no doer)"),
        n01(["三", "（三）", "2"], not_targets=[(2, "级"), (1, "级")],
            note="「当国家层面…发布过度上涨二级预警或…一级预警时，本市同步启动投放」 — the case and the city's response, " + WORK01
                 + "; " + PLACE + "; 二级／一级 name grades of alert (round 32: grade bands are not targets; a name with a "
                 "digit is no target, EXPECTED.md) → not targets"),
        n01(["四", "（一）"], responsible_alternatives=[["属地"]],
            note="「压实生猪和猪肉市场保供稳价工作属地主体责任，…定期组织绩效评估，不定期进行抽查、督导」 — 属地 says the duty is "
                 "held by place (the territorial principle) and names no body by name or kind, so 压实 designates no one here "
                 "(round 50's 「压实运维单位责任」 names a party) — RULING? 2 ([属地] accepted); 组织 with no subject standing "
                 "gives no doer (round 41: a run-in with no subject; round 47); 定期／不定期 is a rhythm, no date"),
        n01(["四", "（二）"],
            note="「认真落实稳定生猪生产发展的政策措施，通过…引导市场主体合理安排生产，…强化与外省市主产区的产销对接…」 — 落实 with no "
                 "subject standing (round 49 p46d: an instruction to the plan's bodies, the item gives work, no doer); "
                 "市场主体 the object of 引导 (round 30's pivot); 外省市主产区 a liaison partner (round 38): " + WORK01),
        n01(["四", "（三）"],
            note="「加强饲料安全、生猪疫病防控及检疫工作；加强动物疫情监测，建立健全…预警机制；按照要求及时处理疫情；…」 — "
                 "subjectless clauses of work: " + WORK01),
        S(["五", "（一）"], [NDRC], [NDRC, "市财政局", "市农业农村委", "市商务委", "市市场监管局", "市粮食物资储备局"],
          note="「市发展改革委牵头开展猪肉市场保供稳价工作，会同市财政局、市农业农村委、市商务委、市市场监管局、市粮食物资储备局等部门"
               "定期或不定期召开部门会商」 — rule 2: 「A牵头」 → lead A; 会同 B… → responsible A, B… in printed order; 「A、B、C等部门」 "
               "with separate heads gives A, B, C (round 35: the 等… tail dropped); 「会商事项主要包括：…」 is an unnumbered "
               "list of what the meeting discusses (text, no items: round 44's 「…主要包括：」 items are numbered parts); "
               "五、's lead-in 「各区政府、各有关部门要加强沟通协作，强化经费保障」 gives no unit (加强, 强化 are no rule-2 verbs: rule "
               "4 gives only a rule-2 clause); 「重大事项及时请示市人民政府」 asks the city government for a decision: a sending for a "
               "decision is a step of approval, no duty (round 46; round 48) — RULING? 3; 定期或不定期 a rhythm: " + NODATE),
        S(["五", "（二）"], [NDRC], [NDRC, "相关部门"], lead_alternatives=[[]],
          note="「市发展改革委要会同相关部门畅通省市沟通协商机制，共享监测数据，加强重大事项研究会商，达到收储启动条件时统一启动收储」 — "
               + HUIT + "; the partner named by its kind 相关部门 is a unit (round 42 continued: 「会同相关部门」; round 33: 相关部门 a "
               "kind); 「达到收储启动条件时」 a case inside the item's wider work (rule 3), no date: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover (「请认真组织落实」) and the preamble no tasks; 一、重要意义 a childless top-level section (it "
            "states why, no work); 二、总体要求 （一）主要目标 (an aim) and （二）基本原则 (four 「坚持…」 paragraphs of stance) give no "
            "work (round 49: aims and principles are no tasks in any plan); 三、's lead-in no task; 三、（一） 1; 三、（二）预警机制 "
            "1. 「预警指标…采用国家相关部委发布的数据」 and 2. 「按照国家划定的预警区间执行」 state the scheme's terms (" + TERMS + "), "
            "so （二） holds no task (RULING? 1); 三、（三） 1./（1）, 1./（2）, 2. → 3; 四、（一）–（三） 3; 五、（一）–（二） 2; 五、（三） "
            "「猪肉储备相关支出，由市级财政负担」 names a payer only (负担, a cost verb: rounds 30, 37, 48; round 49's x229_01: a "
            "point where a body only pays is no task) → **9**. Accepted: 8 (三、（三）1. one task), 10 (五、（三） counted), 11 "
            "(三、（二）1.–2. counted as subjectless rule points, round 43), 12 (both). The closing repeal line is the close.",
            "units: only 五、（一）–（二） name doers (牵头, 会同); 三、 and 四、 are subjectless or speak of 本市 (a place); the cover's "
            "five signers and its addressees are no units of any item",
            "dates: 2021年11月4日 (the cover); no item is dated; 定期／不定期 (rhythms); no phases, no duties (请示 is a request "
            "for a decision, RULING? 3)",
            "figures: none are targets — 二级／一级 (grades of alert, not_target in 三/（三）/2), 沪发改价督〔2015〕12号 (a "
            "document number)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x251_02_shi-fagaiwei-2021-ranmei-fadian-shangwang-dianjia-shichanghua-gaige-zhuanfa-tongzhi.txt"
N02 = "关于转发《国家发展改革委关于进一步深化燃煤发电上网电价市场化改革的通知》的通知"
SPC = "市电力公司"
PX = "上海电力交易中心"
FWD = ("round 39: a forwarding notice's own numbered requirements are tasks when the plan it forwards is not printed "
       "(the national notice is its 附件1, not in the text); round 34 (early): a childless headed point that gives work is "
       "a task")

plan(X02,
     title=N02,
     title_note="the notice title (line 1); the forwarded national notice is not printed, so the notice is read through its own "
                "points and its title is the notice's (round 49: plans-heldout x06)",
     doc_no="沪发改价管〔2021〕51号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会",
     date="2021-10-25",
     date_note="the notice is dated 2021年10月25日 (the index the same)",
     level="a city commission (Shanghai's development and reform commission), a notice forwarding the national reform of "
           "coal-fired power prices to the grid company, the generators and the power exchange, with four points of its own: "
           "the price band, the catalogue tariffs kept, agency purchase for users not yet in the market, carrying it out",
     source=src("工程建设管理", N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=43d3d6f44dac49c594f6a0b26732ec39&siteId=0025", 1309),
     style="addressees 「国网上海市电力公司，有关发电企业，上海电力交易中心：」, one forwarding sentence 「…转发给你们，请遵照执行。"
           "并就有关事项通知如下：」; four headed points 一、–四、 each over one paragraph; a 「附件：」 line with two attachments "
           "「1、…」「2、…」 (not printed); the signature and the date; blank lines between all paragraphs",
     leaf_tasks=3, count_alternatives=[4],
     leaf_tasks_by_section={"二、": 1, "三、": 1, "四、": 1},
     childless_top_level_sections=["一、有序放开全部燃煤发电电量上网电价"],
     samples=[
        S(["二"], [], [SPC], lead_alternatives=[[SPC]],
          note=FWD + "; 「居民…、农业用电由市电力公司保障供应」 — 由A＋a verb of doing (rule 2; round 34), 保障 with 供应 (supply, no "
               "money) as object is no cost verb (round 30's payer needs 经费／费用／资金) → 市电力公司 a doer, as printed (the "
               "addressee's full name 国网上海市电力公司 is not rewritten, round 38); 「市电力公司要优先将低价电源用于…」 — 用于 is no "
               "rule-2 verb and adds nothing; 「取消…类别，保留…类别」 terms; 居民、学校、社会福利机构… are users (the public), no "
               "units; " + ONE_LEAD + "; " + NODATE),
        S(["三"], [SPC], ["电网企业", SPC, PX], [(1, "个月")], lead_alternatives=[[]],
          responsible_alternatives=[[SPC, PX]],
          note=FWD + "; 「对暂未直接从电力市场购电的用户由电网企业代理购电」 — 由A＋a verb of doing, an agent buying for others "
               "(round 34: 「由A代为申请／代办」 is a doer; round 53: buying power is no cost verb) → 电网企业, a kind of body (round "
               "54: a trade's enterprise); the users are the object, not a case (no 「…的，」 clause of a contingency) — RULING? 4 "
               "(the reading without 电网企业, a scheme term, accepted); 「市电力公司会同上海电力交易中心抓紧建立…机制，发布…公告」 — "
               + HUIT + "; 电网企业 and 市电力公司 are kept apart as printed (no alias is rewritten, round 38); target: 「公告至少一个月"
               "后…售电」 — a time limit with 至少 is a target (round 33: 「不少于30天公示」; round 32's 至少) → 1 个月; 抓紧, 之前 "
               "no date: " + NODATE),
        S(["四"], [], [PX], lead_alternatives=[[PX]], responsible_alternatives=[[SPC, PX]],
          note=FWD + "; 「市电力公司要精心做好政策贯彻落实的组织实施工作」 — 组织实施工作 is the object noun of 做好, and 贯彻落实 sits "
               "inside a 的-phrase (round 48: 「做好组织工作」 names no doer; round 33: 落实 as a noun) → 市电力公司 no doer by it "
               "([市电力公司, 上海电力交易中心] accepted); 「营业窗口、95598供电服务热线要及时、准确回应…」 — 回应 is no rule-2 verb; "
               "「上海电力交易中心要尽快…组织开展电力大用户直接交易和电网代理购电交易」 — 组织开展 (rule 2; round 34: 组织＋work) → "
               "a doer; " + ONE_LEAD + "; 尽快 no date: " + NODATE),
     ],
     plan_targets=[{"number": 20, "unit": "%",
                    "note": "一、 「…在现行基准价0.4155元/千瓦时基础上上下浮动，原则上不超过20%」 — a ceiling with 原则上不超过 (round "
                            "30's line) in a point of the scheme's terms that is no task: a plan target (round 35: a ceiling in "
                            "a scope article is a plan target; round 46); 0.4155元/千瓦时 is the present base price (round 35: "
                            "a present rate 「按现行…」 is not a target)"}],
     phases=[], duties=[],
     notes=["counting: the forwarding sentence (「请遵照执行」) no task; 一、 states the price band and the exception for "
            "energy-intensive users with no doer and no 要／应 (" + TERMS + "); 二、, 三、, 四、 give work → **3** (" + FWD + "). "
            "Accepted: 4 (一、 counted, as round 48 accepts for x220_01). The 附件 line and its two attachments close the "
            "text (EXPECTED.md: tasks are counted to the 附件 line).",
            "units: 市电力公司 (由A保障供应; 会同), 上海电力交易中心 (会同's partner; 组织开展), 电网企业 (由A代理购电, RULING? 4); "
            "the addressees 有关发电企业 and the users are no units of any item; 营业窗口 and 95598 热线 act by 回应 (no rule-2 verb)",
            "dates: 2021年10月25日 (the signature); 抓紧, 尽快, 至少一个月后 (no dates); no deadline, no phases, no duties",
            "figures: plan target 20 % (原则上不超过, 一、); item target 1 个月 (至少, 三、); not targets 0.4155元/千瓦时 (the present "
            "base price), 发改价格〔2021〕1439号 (a document number), 95598 (a service number) — not sampled, since 一、 is no "
            "task and 95598 has no unit"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x251_03_shi-fagaiwei-2021-ziyuan-xunhuan-liyong-hangye-wending-fazhan-shishi-yijian.txt"
P03 = "关于进一步支持本市资源循环利用行业稳定发展的实施意见"
MECH = "市级协调机制"
DIVISION = ("round 35 / round 37: a run-in heading whose object is 责任分工 (「明确部门职责」, any 「X分工」) gives out work, and "
            "under it every body given work is a unit, the objects given work by 督促／组织／指导 included (round 35: 「A指导B开展…」 "
            "under it gives A and B; round 37); round 54: a 职责分工 item is one task, its units every such body in printed "
            "order, each once")
SETUP03 = ("round 36: bodies a plan set up earlier are doers in later items — 市级协调机制 is the mechanism 二、1 sets up "
           "(「（以下简称“市级协调机制”）」), given as printed (round 38)")

plan(X03,
     title=P03 + "（关于印发《" + P03 + "》的通知）",
     title_note="the opinion's own title (line 21) or the notice title (line 1): either (round 30: a forwarding notice and "
                "its document are one plan)",
     doc_no="沪发改环资〔2021〕133号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市发展和改革委员会 with 上海市规划和资源管理局, 上海市绿化和市容管理局, 上海市生态环境局, 上海市经济和信息化委员会 and "
            "上海市住房和城乡建设管理委员会 (six signatures, one a line; the index lists 上海市发展和改革委员会)",
     date="2021-10-18",
     date_note="the cover is dated 2021年10月18日; the index and the front matter give 2021-10-19",
     level="six city commissions and bureaus (Shanghai), an implementation opinion supporting the resource-recycling trade: "
           "a city coordination mechanism and the departments' duties, planning and land for two classes of recycler, a "
           "dynamic list of firms, entry rules, funds, quotas, rewards and oversight",
     source=src("工程建设管理", "关于印发《" + P03 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=df76ba2290a3459d9040d1c0b8c21140&siteId=0025", 4143),
     style="a cover (addressees 「各区人民政府，市政府相关部门：」, one sentence 「…请认真按照执行。」, six signatures one a line, the "
           "date); the opinion's title; a preamble; 一、 1、–2、, 二、 1、–2、 run-in items 「1、加强组织协调，…。」; 三、 （一）–（三） "
           "heading lines over run-in items 1、–4、, 1、–3、, 1、–5、 (three of them with a second unnumbered paragraph); blank "
           "lines between all paragraphs; no closing chrome",
     leaf_tasks=12, count_alternatives=[14, 16],
     leaf_tasks_by_section={"二、": 2, "三、（一）": 3, "三、（二）": 3, "三、（三）": 4},
     childless_top_level_sections=[],
     samples=[
        S(["二", "1"], [], [], responsible_alternatives=[["市发展改革委"]],
          note="「建立由市发展改革委牵头，市生态环境局、…等部门组成的市级资源循环利用发展协调机制…，负责统筹协调…」 — the item sets the "
               "mechanism up: its members are rule 3's (「由A、B组成」), 由A牵头 over a membership makes A no lead (round 48: "
               "x220_02 2.2.2; round 50's x234_03), and the subject of 负责 is the body the item sets up (rule 3; rounds 35, "
               "41): " + NONE + " ([市发展改革委] accepted); the item gives work (建立), so it is a task (round 40); " + NODATE),
        S(["二", "2"], ["市规划资源局"],
          ["市发展改革委", "市绿化市容局", "各区", "市规划资源局", "行业主管部门", "市生态环境局", "市住房城乡建设管理委",
           "市经济信息化委", "市商务委", "市农业农村委", "市消防救援总队", "市财政局", "各区人民政府"],
          lead_alternatives=[[]],
          responsible_alternatives=[["市发展改革委", "市绿化市容局", "市规划资源局", "行业主管部门", "市生态环境局",
                                     "市住房城乡建设管理委", "市经济信息化委", "市商务委", "市农业农村委", "市消防救援总队",
                                     "市财政局", "各区人民政府"]],
          note=DIVISION + " — 「明确责任分工，推进落实…措施。」 opens the item: each 「A负责…」 (rule 2) in order, 各区 given work "
               "by 「指导督促各区组织编制…」「督促各区编制…」「指导各区…」 (once, at its first place), 行业主管部门 the partner of "
               "「市规划资源局负责会同行业主管部门制定发布…」 (rule 2's 会同, a kind) — RULING? 5 (the list without 各区 accepted); "
               "「市财政局负责…财政支持资金拨付」 — 负责 makes paying work (round 47: 「由A负责拨付」); 各区 and 各区人民政府 are two "
               "names as printed; lead: 会同 gives 市规划资源局 the lead of its clause (rule 2; round 45: every lead named), lead "
               "[] accepted; 「市经济信息化委、市商务委、市农业农村委负责…」 — three heads, three names; " + NODATE),
        S(["三", "（一）", "2"], ["市绿化市容局"], ["市绿化市容局", "市规划资源局", "市发展改革委"], [(1, "%")],
          dl="2021年底前", dln="2021-12", lead_alternatives=[[]],
          note="「市绿化市容局会同市规划资源局、市发展改革委组织编制市级环境卫生设施专项规划」 — " + HUIT + "; 「各区应编制…」"
               "「…崇明区以及临港地区应将…用于…」「相关区应在2021年底前确认…」 — 编制, 用于, 确认 are no rule-2 verbs (" + CLOSED
               + "); the second paragraph is the item's body (round 32: an unnumbered paragraph after an item that gives work); "
               "target: 「将本区域规划产业用地中的1%专门用于发展资源循环利用企业」 — the share each district must set aside is the "
               "item's own number of work (round 54 decided: 「每个镇要建立一个…基地」; round 25: a policy's own quantity) → 1 %; "
               "deadline: the item's one date 「2021年底前」 bounds the districts' confirming of land uses (round 34: 年底前 is "
               "December) → 2021-12; 「报市发展改革委、…同意后纳入…规划」 sends the districts' own plan for a decision (round 46: a "
               "step of approval, no duty); 「逐年…择优选择」 a rhythm"),
        S(["三", "（一）", "3"], [], ["区相关部门"], lead_alternatives=[["区相关部门"]], responsible_alternatives=[[]],
          note="「…土地出让合同中应明确约定…，如挪作他用应由区相关部门按原出让价格收回」 — a 「…的，由A…」 step after a case inside "
               "a point whose work is wider is the point's own step (round 42; round 45: 「对未履行…的企业，由相关部门依法给予行政处罚」; "
               "round 55: 收回 after a breach is a body's own step, not a payment) → 区相关部门, a kind (相关部门, round 33) as "
               "printed — RULING? 6 (none, the rule-3 contingency reading, accepted); 「地方政府应明确…，并与运营企业达成约定」 — "
               "明确 and 达成 are no rule-2 verbs; 「运营企业，可通过租赁土地方式进行建设」 an option; " + ONE_LEAD + "; "
               + NODATE),
        S(["三", "（一）", "4"], [], [],
          responsible_alternatives=[["浦东新区", "松江区", "宝山区", "嘉定区", "奉贤区", "崇明区", "国家和市级工业园区"]],
          note="「加快推进…建设」 (no subject); 「浦东新区、…、崇明区等区应…制定区级循环经济产业园规划…，并预留土地空间」 and "
               "「具有生产功能的国家和市级工业园区，原则上应规划配置…设施」 — 制定, 预留, 规划配置 are no rule-2 verbs (" + CLOSED
               + "): " + NONE + "; the districts by name and the parks (the 的-rule: 国家和市级工业园区, one name as printed, "
               "round 35's 和) accepted as the subjects of verbs of doing; " + NODATE),
        S(["三", "（二）", "1"], [], ["各行业主管部门"], lead_alternatives=[["各行业主管部门"]],
          note="「各行业主管部门负责对…现有资源循环利用企业…进行综合评估，对符合…的企业，提交市级协调机制集中审核后纳入…名单」 — "
               "A负责 (rule 2) → 各行业主管部门, a kind; 市级协调机制 reviews (rule 3: a body that approves, 「经A同意」); 「各行业"
               "主管部门可不定期…提出调整建议」 an option (round 40); " + ONE_LEAD + "; " + NODATE + " (the submission is a duty, "
               "below)"),
        S(["三", "（二）", "2"], [], ["各区"], lead_alternatives=[["各区"]],
          responsible_alternatives=[["行业主管部门", "各区"]],
          note="「具体名单由行业主管部门根据实际需求提出，市级协调机制审核确认后由各区实施」 — 由A提出 a list by need is a filer's step "
               "before another's review (round 48: x223_03 「由行业主管部门提出需求，由专家评审委员会…评估」), 审核确认 inside the "
               "「…后」 condition is an approver's (rule 3; round 52's x239_02), and 「由各区实施」 is 由A＋实施 (rule 2) → 各区, a kind "
               "— RULING? 7 (行业主管部门 as the doer of 提出, round 51's 「由A…提出审核意见」, accepted); 「行业主管部门应研究制定相关"
               "行业准入要求」 — 研究制定 is no rule-2 verb; " + ONE_LEAD + "; " + NODATE),
        S(["三", "（二）", "3"], [], [], responsible_alternatives=[[MECH]],
          note="「如有关停或调整须由市级协调机制同意后实施」 — 同意 is an approval (rule 3: 「经A同意」; round 36: an approving body "
               "is no unit), and the closing or adjustment itself names no doer; 「鼓励企业…」「鼓励各区…」 — 鼓励 names no doer "
               "(round 40); 「各区应按需开展…规划编制或调整」「各区应支持其…」 — 开展 without 组织 and 支持 are no rule-2 verbs: "
               + NONE + "; the second paragraph 「对因…无法办理环评和消防安全验收的，…支持其补办相关手续…」 is the item's body "
               "(round 32); " + NODATE),
        S(["三", "（三）", "1"], [], [],
          note="「修订出台《上海市循环经济发展和资源综合利用专项扶持办法》，…进一步加大专项资金扶持力度」 — subjectless work (round 40; "
               "round 47): " + NONE + "; the fund's own 办法 named by its title, no date: " + NODATE),
        S(["三", "（三）", "3"], [], [],
          note="「支持本市固废产生企业…」「鼓励各类主体…」 name no doer (支持／鼓励, round 40), 「加快推进老港生态环保基地中实证基地的"
               "建设」「推进…研发和应用催化」 are subjectless work (round 40): " + NONE + "; 「最大限度地」 no figure; " + NODATE),
        S(["三", "（三）", "4"], [], [MECH], lead_alternatives=[[MECH]],
          note="「对于未能按期制定…的，由市级协调机制审议确认后予以通报，并取消下一年度市节能减排专项资金扶持资格」 — the item's own step "
               "after a case, 由A＋a verb of doing (round 42: 「三起及以上…的，由…联席会议予以通报」 is the article's own work; "
               "round 49 p46d) → " + MECH + " (" + SETUP03 + "); the withdrawn eligibility is a penalty, no figure (round 32); "
               "「…予以加分奖励」 rewards with no subject; " + ONE_LEAD + "; 按期 and 下一年度 name no date: " + NODATE),
        S(["三", "（三）", "5"], [], [], responsible_alternatives=[["市生态环境、住建、消防等部门", MECH]],
          note="「市生态环境、住建、消防等部门要依据各自职责分工，加强事中事后监督管理，督促企业严格落实…制度」 — 加强 and 督促 are no "
               "rule-2 verbs, and 企业, the object of the pivot 督促, is no unit (round 30); 「依据各自职责分工」 is a units line by "
               "reference, no heading (round 33); 「市级协调机制要定期开展…评估，分析…，并及时提出发展建议」 — 开展 without 组织, 提出 "
               "no rule-2 verb: " + NONE + "; the fields before one head 「市生态环境、住建、消防等部门」 are one name as printed (round "
               "31) in the accepted reading; 定期 a rhythm: " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各行业主管部门对符合本市资源综合利用导向且环保达标的企业，提交市级协调机制集中审核后纳入本市资源循环利用企业发展名单",
              "when": None, "when_norm": None,
              "note": "三、（二）1、: a plan body passing others' (the enterprises') cases on after its own assessment is an undated "
                      "duty (round 46's 「初审后报镇」; round 49's x228_03 「再经…审核后…推送至…」); the districts' land uses sent 「报…"
                      "同意」 (三、（一）2、) are their own plan sent for a decision, a step of approval, no duty (round 46)"}],
     notes=["counting: the cover (「请认真按照执行」) and the preamble no tasks; 一、1、总体原则 (a stance, 「以…为理念统领，按照…的"
            "原则」) and 2、工作目标 (an aim 「到2025年，…」) give no work (round 49: aims and principles are no tasks); 二、1、–2、 → 2; "
            "三、（一）1、分类管理 (「…进行分类管理。其中，城市保障类是指…产业发展类是指…」) defines the two classes (round 49 p46b: a "
            "list that defines classes is text; round 30's definitions), 2、–4、 → 3; 三、（二）1、–3、 → 3; 三、（三）1、, 3、, 4、, 5、 "
            "→ 4, 2、节能减排指标单列 states the scheme's terms (「…实行市级统筹，不再纳入…」, 经A认定 an approver's step: " + TERMS
            + ") → **12**. Accepted: 14 (一、1、–2、 counted as in a plan naming no units, or 三、（一）1、 and 三、（三）2、 counted as "
            "subjectless rule points, round 43), 16 (every numbered leaf). Second paragraphs under 三、（一）2、, 3、 and 三、（二）3、 are "
            "their items' bodies (round 32).",
            "units: doers by 负责 (二、2、's division, 三、（二）1、), 会同 (二、2、, 三、（一）2、), 由A实施 (三、（二）2、), 由A收回 / 由A通报 after a "
            "case (三、（一）3、, 三、（三）4、); the mechanism set up in 二、1、 has no unit there (rule 3) and is a doer later (round 36); "
            "districts named by name, parks and the fields group 「市生态环境、住建、消防等部门」 act by verbs outside rule 2",
            "dates: 2021年10月18日 (the cover); 到2025年 (一、2、, the goal's date: " + NOGOAL + "); 2021年底前 (三、（一）2、, its "
            "deadline); 逐年, 定期, 不定期, 下一年度 (rhythms, no dates); no phases; one undated duty",
            "figures: item target 1 % (三、（一）2、); 零填埋 and 近零填埋 (一、2、) name goals with no figure; no plan target"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x251_04_shi-yingjiju-2021-weihuapin-cangchu-qiye-xinxihua-guanli-tongzhi.txt"
N04 = "上海市应急管理局关于推进危险化学品仓储企业开展信息化管理工作的通知"
THREE = ["临港新片区管委会", "上海化工区管委会", "各区应急管理局"]
NOUNIT04 = ("a 工作要求 item that gives work is a task (round 39); one naming no unit in a plan with units elsewhere is a task "
            "where it gives work, the count without it accepted (round 40)")
REG = ("危险化学品仓储企业／企业 are regulated parties named by a kind (round 34), doers only by a rule-2 form; 建设, 执行, 实行, "
       "评估, 完成 are no rule-2 verbs (" + CLOSED + ")")

plan(X04,
     title=N04,
     title_note="the notice title (line 1)",
     doc_no="沪应急危化〔2021〕98号 (printed in the text, line 3; the index the same)",
     issuer="上海市应急管理局",
     date="2021-10-18",
     date_note="the notice is dated 2021年10月18日 (the index the same); the warehouses' systems are due 2022年4月30日, and from "
               "2022年5月1日 licences are reviewed against them",
     level="a city bureau (Shanghai's emergency management bureau), a notice on information systems for hazardous-chemical "
           "warehouses: four tasks of the warehouses and their supervisors (a stock system, in/out rules, vehicles and "
           "drivers, linking to the city's system), then three requirements (training, a completion date, enforcement)",
     source=src("工程建设管理", N04 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=3beda9171e5a4d13849b0c838cfbcdae&siteId=0037", 2644),
     style="the title, the number on its own line, addressees 「各区应急管理局、各有关企业：」 and a preamble with no blank lines "
           "between; 一、工作任务 a lead-in paragraph and （一）–（四） heading lines over one or two paragraphs; 二、工作要求 （一）–（三） "
           "heading lines over one or two paragraphs; the signature and the date after one blank line; ASCII 「/」 and a closing "
           "ASCII 「)」 inside 「“五必查”（…等)」",
     leaf_tasks=7, count_alternatives=[4],
     leaf_tasks_by_section={"一、工作任务": 4, "二、工作要求": 3},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（一）"], [], THREE, responsible_alternatives=[[]],
          note=REG + "; 「临港新片区管委会、上海化工区管委会、各区应急管理局应督促企业将…数据全量录入…，鼓励企业…」 — 督促 and 鼓励 "
               "are no rule-2 verbs, and 企业, their object, is no unit (round 30; round 40); the next sentence 「结合…建设要求，在"
               "系统内拓展实施视频监控管理、…等功能」 has no subject, so it carries the subject standing before it in the paragraph, "
               "not the object of the pivot or the encouragement (round 34; round 49 p46d), and its verb 拓展实施 holds 实施 (rule 2; "
               "round 43: a compound verb is read as printed, 「实施掌握」 stays 实施) → the three bodies, in printed order — RULING? "
               "8 (none accepted); no 牵头: lead [] (round 30); the item writes no date, and 二、（二）'s 「在2022年4月30日前完成全部"
               "工作任务」 is another item's own date (round 44 decided: an item takes a deadline from its own text, its section "
               "or stage, or a span the plan sets for its work) — RULING? 9: " + NODATE),
        S(["一", "（二）"], [], [],
          note=REG + ": 「企业应严格执行…程序」「企业应按照…原则，有序周转，…详细记录…」 — " + NONE + "; the item gives work by "
               "应 (round 34 early), a task; 「“六不入库”」 names a rule (a number inside a name, no target); " + NODATE),
        S(["一", "（三）"], [], [],
          note=REG + ": 「危险化学品仓储企业应对…实行统一调度、规范管理。…并严格执行“五必查”…要求」 — 实行 is named outside rule 2's "
               "list (round 30: 要实行; round 55: x250_01) — " + NONE + "; 「“五必查”」 names a rule (no target); " + NODATE),
        S(["一", "（四）"], [], [], responsible_alternatives=[THREE + ["市、区应急管理部门", "化工园区管理机构"]],
          note="「临港新片区管委会、上海化工区管委会、各区应急管理局应指导危险化学品仓储企业将…系统与…监管信息系统对接」 — a body that "
               "only guides is rule 3's (round 55: 「…等部门应当指导街道办事处、镇人民政府建立…」; 「A指导B…」 without 负责, round 30), "
               "and the guided warehouses are the pivot's object; 「市、区应急管理部门和化工园区管理机构通过…系统获取…，全面掌握…，指导"
               "…，指导督促企业严格落实安全生产主体责任」 — 获取, 掌握, 指导, 督促 are no rule-2 verbs, and 企业, the object of 督促, "
               "is no party designated by 落实…主体责任 (round 30's pivot object; round 53: the receiver of a duty handed down): "
               + NONE + "; the article reading accepted (「市、区X部门」 one name, 和 two names, round 34); " + NODATE),
        S(["二", "（一）"], [], [],
          note="「各单位要高度重视…，精心组织，迅速开展宣贯培训…」 — 各单位 is a general call (round 33), and 组织 with no object "
               "gives no doer (round 41: 「各站、各有关单位要全面部署、精心组织」); 「涉及此次…工作的各单位要…」 — the 的-rule leaves "
               "各单位, a call: " + NONE + "; " + NOUNIT04 + "; " + NODATE),
        S(["二", "（二）"], [], [], dl="在2022年4月30日前", dln="2022-04-30",
          responsible_alternatives=[["危险化学品仓储企业", "临港新片区管委会", "上海化工区管委会", "区应急管理局", "各级应急管理部门"]],
          note=REG + ": 「危险化学品仓储企业应评估…，在2022年4月30日前完成全部工作任务」; 「临港新片区管委会、上海化工区管委会以及所属"
               "辖区的区应急管理局应做好监督指导工作」 — 做好 is no rule-2 verb (round 34; round 48's 「做好组织工作」); 「自2022年5月1日"
               "起，本市各级应急管理部门在核发…许可证时，应将…作为行政许可审查要素之一」 — 作为 is no rule-2 verb, 本市 dropped (round "
               "41): " + NONE + " (the article reading accepted: 所属辖区的 dropped by the 的-rule, 及 / 以及 joining names, round "
               "34); deadline: the item's one-off date 「在2022年4月30日前」 → 2022-04-30; 「自2022年5月1日起」 starts a standing "
               "rule of licensing, no due date (round 47: a time of force dates nothing); " + NOUNIT04),
        S(["二", "（三）"], [], [],
          note="「各级应急管理部门和化工园区管理机构要进一步加强…安全监管，指导督促企业加快…进度」 — 加强, 指导, 督促 are no rule-2 "
               "verbs (rule 3's guide; round 30's pivot); 「对于存在违法违规储存…行为的，要加强执法检查力度，通过责令限期整改、…、行政"
               "处罚等方式予以严厉打击」 — a response to cases with the same subject, by verbs outside rule 2 (予以打击, 加强): " + NONE
               + "; the penalties carry no figure; " + NOUNIT04 + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the preamble no task; 一、工作任务's lead-in paragraph (「对…进行优化与调整，…实现数字化赋能…」, the aim of "
            "the work) no task; 一、（一）–（四） 4 (（一）'s and （四）'s second paragraphs are their bodies, round 32); 二、工作要求 "
            "（一）–（三） 3 (round 39: a 工作要求 section whose items give work) → **7**. Accepted: 4 (二、's three items naming no "
            "unit left out, round 40; they stand only if 一、（一） names units, RULING? 8).",
            "units: only 一、（一） names doers, by a carried subject and 拓展实施 (RULING? 8); the warehouses act by 建设, 执行, "
            "实行, 评估, 完成 (no rule-2 verbs); the supervisors 督促, 指导, 做好, 加强 (no rule-2 verbs, rule 3's guide); 各单位 a "
            "general call",
            "dates: 2021年10月18日 (the signature); 2022年4月30日前 (二、（二）, its deadline; RULING? 9 on whether it dates 一、's "
            "tasks); 自2022年5月1日起 (a rule's time of force); no phases; no duty (the warehouses' data entered into and "
            "transmitted to the city's system are a regulated party's standing filings, round 41)",
            "figures: none are targets — 沪府令第44号 and 沪应急危化〔2021〕98号 (numbers), “六不入库”, “五必查” (names of rules)"])

write_collected(DIR)
