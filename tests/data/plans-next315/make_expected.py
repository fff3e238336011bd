# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next315/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 61 (built by helper c315): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``); every answer was written
here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 77 rulings, written early" to its end in
full, older rulings where a grep for a form led) applied to every item. Neither the parser nor the scorer was run on
this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next315/make_expected.py tests/data/plans-next315
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four documents
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines and the blank lines around them, the `# ` marker before the notice title); the "
          "text was typed from the tool's answer and checked: wrapper + text gives exactly the character count read_file "
          "gives")


def src(path, url, chars):
    return f"{REPO} @ {C}, docs/规划与土地/{path} (official page {url}) — {STORED} ({chars})"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided), rounds 62 p52c, 66, 68: in 第X条 articles a body named by a kind standing as the subject of "
           "the article's verb of doing is a doer whatever the verb; a review of a submission and the decision on it "
           "(rounds 67, 68, 70's x286_01 第七条; Round 77's x302_05 第六、十一条), a sending (rounds 46, 48; Round 75's "
           "p57a-2; Round 77's x299_01 第十条), 移交 to a receiver (Round 77's x299_03 第十六条, turned) and options "
           "(可, Round 77's x301_02 （十八）) name none; work placed by rule 2's own forms (负责, 会同, 组织B＋verb, 由A＋verb) "
           "stands over the review rule (Round 77's x299_03 第八条; Round 81's x309_02 第十二条, governs)")
HUITONG = ("「A会同B＋verb」 (and 「由A会同B」): lead A, responsible A, B (rule 2; Round 80's p59a-2: 会同 names its subject "
           "lead among several bodies' clauses too), lead [] accepted; a 会同 clause read by its verb (round 61; Round 77's "
           "x304_04 第十五条): 会同＋a sending (上报) names none")
SHORT = ("a name printed with its defining bracket 「（以下简称…）」 is kept as printed before the bracket, the short name "
         "accepted (rounds 35, 43, 48; round 73); later the short name as printed at each place")
LIMIT = ("a time limit running from an event 「…后10个工作日内」「…后60日内」 is no target and no deadline (rounds 33, 54, 58; "
         "Round 74's x297_04; plans-next309's x309_01 第十六条)")
NOSUBJ = ("acts of the rules' own bodies with no subject give work (round 65's x274_01; Round 77's x302_04 五、（三）; Round "
          "81's x305_02): a task naming no unit")
YEARLY = ("「每年年初」「每年年底前」「当年三季度」「年底」 recur every year: a rhythm, no item deadline (round 34; Round 74's "
          "x293_04; Round 79), and no duty where the act is no sending")

# ---------------------------------------------------------------------------------------------------------
X01 = "x315_01_shi-guihuaziyuanju-2024-gengdi-zhanbu-pingheng-caozuo-xize.txt"
P01 = "关于上海市改革完善耕地占补平衡制度的操作细则（试行）"
N01 = "关于印发《关于上海市改革完善耕地占补平衡制度的操作细则（试行）》的通知"
SJ = "市规划资源局"
QJ = "区规划资源局"
QN = "区农业农村委"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the rules' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源施〔2024〕537号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2024-12-19",
     date_note="the notice is signed 2024年12月19日 (line 9; the index and front matter give 2024-12-20, the publication); no item is dated",
     level="the city planning and natural resources bureau, to the farming districts' planning bureaus and two zones' offices: "
           "how farmland taken for building or other uses is balanced by farmland added, by space kept in store each year",
     source=src(N01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0032::3e2cc81a785446f6a7ea65da7a368b59", 8044),
     style="a forwarding notice (addressees, one paragraph, issuer, date) then the rules' title, a preamble and nine "
           "chapters 「第N章 …」 (no item numbers of their own) holding twenty-six articles 「第N条 heading」, each label and "
           "heading on its own line, the text in paragraphs below; a principle paragraph under 第一章 and a lead-in under "
           "第三章 before their first articles; no lists",
     leaf_tasks=25, count_alternatives=[24, 26],
     leaf_tasks_by_section={f"第{n}条": 1 for n in ["二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
                                                   "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一",
                                                   "二十二", "二十三", "二十四", "二十五", "二十六"]},
     childless_top_level_sections=[],
     samples=[
        S(["第二条 规划引领"], [], [], **art(X01, ["第二条 规划引领"]),
          note="「将…总体规划确定的永久基本农田和耕地保护任务，通过…层层传导落实耕地保护空间。依托…，严格落实占补平衡。…合法合规利用永久基本农田。」 — "
               + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["第四条 下达年度补充耕地任务"], [], [SJ, "各区规划资源局"], targets=[(180, "万亩")],
          **art(X01, ["第四条 下达年度补充耕地任务"]),
          note="「为确保本市始终严守180万亩耕地保护任务，…每年年初，由市规划资源局向各区下达年度补充耕地任务，… 各区规划资源局应对照任务，多渠道筹措落实补充耕地来源…」 — "
               "由A＋下达 (a verb of doing: handing tasks down is the bureau's own act, not a sending up) names the city "
               "bureau (rule 2), and the article subject of 筹措落实 (落实 rule 2's; round 44) the districts' bureaus; lead [] "
               "(no 牵头); 180万亩 is the protection goal the item's work serves, a policy quantity of a task item (round "
               "25), read as a target though it carries no comparison word (RULING? 1); " + YEARLY + "; " + NODATE),
        S(["第六条 其他占用永久基本农田情形"], [QJ], ["各区", QJ, QN],
          lead_alternatives=[[]], responsible_alternatives=[[QJ, QN]],
          **art(X01, ["第六条 其他占用永久基本农田情形"]),
          note="「…确实无法避让的，…由各区提前组织编制郊野单元控制性详细规划，…进行永久基本农田布局优化和调整补划。 …补划方案由区规划资源局会同区农业农村委进行审核，审核通过后报市规划资源局进行审定，"
               "市规划资源局分批次将…报部…」 — 由A组织编制 names 各区 (a group by kind, rule 2): the article's whole work is the "
               "procedure for the cases it opens with, so 「确实无法避让的」 is no contingency of other work (round 30's "
               "clarification; Round 78's p58c-2), the list without 各区 accepted (RULING? 2); " + HUITONG
               + " (会同＋进行审核 placed by 会同, Round 81's x309_02 第十二条 governs); 报…审定 and 报部 are sendings (Round 77's "
               "x299_01 第十条), none; " + NODATE),
        S(["第七条 空间预存"], ["各区规划资源局"], ["各区规划资源局", "各行业主管部门", "有关镇政府", QJ, "各区"],
          lead_alternatives=[[]],
          responsible_alternatives=[["各区规划资源局", "各行业主管部门", "有关镇政府", QJ]],
          **art(X01, ["第七条 空间预存"]),
          note="「按照市局每年年初…部署要求，各区规划资源局会同各行业主管部门及有关镇政府，全面梳理排摸… 区规划资源局组织相关镇政府，提前选取…，报市规划资源局审核后予以锁定… 各区还应适度留存一定规模补划资源…」 — "
               + HUITONG + " (及 joins two names, round 34; 有关镇政府 a kind, 各行业主管部门 a kind); 「A组织B＋verb」 names A, B "
               "no unit (round 30); 报…审核 a sending; 各区 the subject of 留存 (round 44), the list without it accepted; the "
               "市局 inside a 按照 phrase acts in no clause (round 30: a body inside a noun's description); short names as "
               "printed at each place (区规划资源局 beside 各区规划资源局); " + YEARLY + "; " + NODATE),
        S(["第八条 实时扣减"], [], ["各区规划资源局", SJ], **art(X01, ["第八条 实时扣减"]),
          note="「各区规划资源局在项目审批环节…直接对预存补划额度实时动态扣减。… 市规划资源局对预存补划额度设置警示线，当剩余额度不足时，暂停该区项目审批。各区规划资源局可…及时增补上报…」 — "
               + ARTICLE + ": 扣减 and 设置 name their subjects; 可…增补上报 an option and a sending; lead []; " + NODATE),
        S(["第九条 年终结算"], [QJ], ["各区规划资源局", QJ, QN], lead_alternatives=[[]],
          responsible_alternatives=[["各区规划资源局"]],
          **art(X01, ["第九条 年终结算"]),
          note="「各区规划资源局在当年三季度组织启动…统一结算，…按区统一编制…方案，… 如确实难以…的，可通过“以租代保”的形式补充… 区规划资源局会同区农业农村委对其进行审核，审核通过后报市规划资源局审定。经市规划资源局同意后，更新…底版数据…」 — "
               "组织启动 (组织＋verb, rule 2) names the districts' bureaus, 编制 carried (rounds 34, 49 p46d); " + HUITONG
               + " (the districts' bureau reviewing its own district's plan with the farm office: placed by 会同); 可 an "
               "option; 报…审定 a sending, 经…同意 an approval (rule 3); " + YEARLY + " (当年三季度 each year); " + NODATE),
        S(["第十条 验收制度"], [], ["市农业农村委", SJ], **art(X01, ["第十条 验收制度"]),
          note="「…市农业农村委建立健全本市补充耕地质量验收制度，建立…数据库，做好…工作。市农业农村委和市规划资源局建立信息交互机制，及时共享相关数据。强化…」 — "
               + ARTICLE + ": 建立 names its subjects, 和 joining two names (round 34); lead []; " + NODATE),
        S(["第十一条 验收流程"], [], ["各区规划资源局", QN, "市农业农村委"],
          responsible_alternatives=[[QN, "市农业农村委"], ["市农业农村委"]],
          **art(X01, ["第十一条 验收流程"]),
          note="「各区规划资源局定期向区农业农村委提供耕地图斑的矢量资料，区农业农村委在收到…后，按季度完成耕地质量核算和鉴定工作，并出具验收意见。… 市农业农村委负责对区级验收结果…开展内业抽验和现场踏勘抽验，抽验结果反馈区农业农村委。本市耕地质量验收细则由市农业农村委另行制定。」 — "
               + ARTICLE + ": 提供 of data, not money, is work (Round 74's x292_03 第十三条, as plans-next309 read it), the "
               "list without the districts' bureaus accepted (a sending, Round 75's p57a-2: RULING? 3); the farm office's "
               "appraisal of the land is its own work, not a review of a filing; 负责 and 由A制定 name the city office (rule "
               "2); 反馈 a sending; lead []; 定期 and 按季度 are rhythms of work, no sending, no duty; " + NODATE),
        S(["第十二条 加强水田保护"], [], [], **art(X01, ["第十二条 加强水田保护"]),
          note="「加强耕地地类中的水田保护，推动…，严禁擅自占用高标准农田，确保各区高标准农田面积不减少。…尽量减少占用水田规模，及时增补水田规模…」 — "
               + NOSUBJ + " (各区 inside the goal's noun phrase acts in no clause); no figure; " + NONE + "; " + NODATE),
        S(["第十四条 耕地储备资源现状库"], [], [SJ], lead_alternatives=[[SJ]],
          **art(X01, ["第十四条 耕地储备资源现状库"]),
          note="「耕地储备资源现状库来源为…，即…剩余的现状耕地。 每年年初市规划资源局结合…，梳理更新耕地储备资源现状库底版，并下发各区规划资源局确认，各区可根据…选取上报预存补划地块。…作为市级储备资源予以管理。」 — "
               "a definitions article that also gives work stays a task (round 39; Round 78's (c); Round 81's x307_02 第四条); "
               + ARTICLE + ": 梳理更新 names the city bureau, 下发…确认 its own step; 各区可… an option; " + ONE_LEAD + "; "
               + YEARLY + "; " + NODATE),
        S(["第十六条 耕地占补指标历史库"], [], [SJ], lead_alternatives=[[SJ]], not_targets=[(5, "年")],
          **art(X01, ["第十六条 耕地占补指标历史库"]),
          note="「…结转指标使用期限为5年，由市规划资源局统筹安排补划工作，用完即止。市规划资源局负责指导各区做好… 市规划资源局…每年年底前组织区规划资源局统一编制耕地保护空间布局优化方案，经市规划资源局审定通过后，更新…」 — "
               "由A统筹安排 (Round 79: 统筹 keeps work), 负责指导 (round 30: 「A负责指导…」 is 「A负责…」) and 「A组织B＋verb」 name "
               "the city bureau, B no unit (rule 2); 「使用期限为5年」 a duration the rule fixes with no comparison word, a norm, "
               "not a target (Round 81's x310_03 第十一条, decided); " + ONE_LEAD + "; " + YEARLY + "; " + NODATE),
        S(["第十七条 收缴标准"], [], ["建设单位", "各区人民政府"], **art(X01, ["第十七条 收缴标准"]),
          note="「…建设单位负责开垦与所占用耕地的数量和质量相当的耕地；没有条件开垦…的，应当…缴纳耕地开垦费。…建设单位缴纳耕地开垦费，各区人民政府负责做好占用耕地的空间占补平衡工作… 耕地开垦费标准按…（沪发改价督〔2018〕4 号）执行。后续…及时调整耕地开垦费标准，统筹安排资金…」 — "
               "负责 names each subject (rule 2), the builder (a party by role, Round 77's x304_02 实施主体) included; 缴纳 "
               "moves money, a payer, no doer (round 30; Round 81's x309_03 四、); lead []; the document number is no target; "
               + NODATE),
        S(["第十八条 收缴程序"], [], ["市或区规划资源部门"], lead_alternatives=[["市或区规划资源部门"]],
          **art(X01, ["第十八条 收缴程序"]),
          note="「耕地开垦费收缴程序按照…（沪财发〔2024〕2号）执行，市或区规划资源部门负责向用地单位或个人征收耕地开垦费。」 — 负责 (rule 2), "
               "levels joined by 或 before one head one name as printed (round 30's 「市、区X部门」; plans-next309's x309_03 "
               "「市或区规划资源部门」); 征收 the bureaus' own doing (Round 81's x309_03 三、（一））; " + ONE_LEAD + "; " + NODATE),
        S(["第二十条 市级重大项目暂借周转制"], [QJ], ["市级土地整理机构", "各区规划资源局", "申请区", QJ, QN],
          lead_alternatives=[[]],
          responsible_alternatives=[["市级", "市级土地整理机构", "各区规划资源局", "申请区", QJ, QN]],
          not_targets=[(10, "个工作日")],
          **art(X01, ["第二十条 市级重大项目暂借周转制"]),
          note="「…可由区向市级申请暂借周转，由市级先行落实补划空间，原则上应于一年内归还。 …需由申请区规划资源局向市规划资源局申请暂借周转，经审核同意后，市级土地整理机构将暂借补划资源划转到申请区，并做好台账记录。各区规划资源局在办理…时核销使用暂借补划资源。 暂借周转到期后10个工作日内，申请区向市规划资源局提交申请归还，并由申请区组织编制…方案，区规划资源局会同区农业农村委进行审核，…经市规划资源局同意后，由市级土地整理机构做好销账记录…」 — "
               + ARTICLE + ": 划转 and 做好台账记录 name the city land office, 核销使用 the districts' bureaus, 由A组织编制 the "
               "applying district (a body named by its part in the procedure kept as printed, Round 81's x305_02 公布部门); "
               "申请 (可由…申请, 需由…申请, 提交申请) an application, none (round 30); " + HUITONG + "; 「由市级先行落实」: "
               "市级 is a level, not a body named by a kind (rule 2's A), so none, accepted with it (RULING? 4); " + LIMIT
               + " (一年内 alike, unchecked); " + NODATE),
        S(["第二十一条 高标准农田项目暂借周转制"], [], ["市农业农村委", SJ, "各区"],
          responsible_alternatives=[["市农业农村委", SJ], ["市农业农村委", "各区农业农村委", QJ, SJ, "各区"]],
          not_targets=[(2, "年")],
          **art(X01, ["第二十一条 高标准农田项目暂借周转制"]),
          note="「…继续执行暂借周转制度。 市农业农村委按年度部署各涉农区开展…申报工作，各区农业农村委会同区规划资源局将申报材料联合上报市农业农村委和市规划资源局。市农业农村委会市规划资源局审核后，由市规划资源局负责选取市级补划空间，并统一组织编制…方案… 暂借期为2年，各区必须严格到期归还。项目到期后，相关区农业农村委会同区规划资源局…上报补划图斑。市农业农村委将汇总图斑交市规划资源局，经市规划资源局审核确认后，由市规划资源局统一组织编制…」 — "
               + ARTICLE + ": 部署 names the city farm office (its object 各涉农区 no unit, round 30's pivot); 会同＋上报 a sending, "
               "none (" + HUITONG + "; RULING? 5), 交 and 审核 none; 由A负责 and 由A组织编制 name the city bureau; 各区 the "
               "subject of 归还 (round 44); 「暂借期为2年」 a term the rule fixes, a norm (Round 81's x310_03 第十一条); lead []; "
               + NODATE),
        S(["第二十三条 “以租代保”占补平衡经济补偿制"], [QJ],
          ["各区", "申请区", "补划潜力优势区", QJ, QN, "市级土地整理机构"],
          lead_alternatives=[[]],
          responsible_alternatives=[["各区", "申请区", QJ, QN, "市级土地整理机构"],
                                    ["申请区", "补划潜力优势区", QJ, QN, "市级土地整理机构"]],
          not_targets=[(10, "个工作日")],
          **art(X01, ["第二十三条 “以租代保”占补平衡经济补偿制"]),
          note="「探索…机制，允许… 各区应严格落实耕地占补平衡责任，… 补划困难区可向市级申请…，申请区按年度缴纳租金… 租赁价格由申请区和补划潜力优势区协定。 申请区向市规划资源局申请…，经市规划资源局同意后，申请区和补划潜力优势区签订租赁协议书。…申请区按照约定将租金足额交到指定账户，并编制…方案，区规划资源局会同区农业农村委进行审核…市级土地整理机构做好备案工作。 租赁期满后10个工作日内，…由申请区组织编制…，…市级土地整理机构更新租赁备案信息，做好备案记录。」 — "
               "落实 (rule 2) names 各区; 由A和B协定 and, in articles, 签订 name both parties (round 30's 「由A与B签订」; Round "
               "77's x302_02) — the lessee district and the district with land to spare kept as printed (Round 81's "
               "x305_02); 编制 and 由A组织编制 the lessee; " + HUITONG + "; the city land office's 做好备案 and 更新 are its "
               "own records (round 44); 缴纳／交 rent a payer (round 30), 可…申请 an option and an application; the lists "
               "without 各区 or without the lessor accepted; " + LIMIT + "; 按年度 a payment's rhythm, no duty; " + NODATE),
        S(["第二十四条 耕地占补平衡纳入耕保考核"], [], [], **art(X01, ["第二十四条 耕地占补平衡纳入耕保考核"]),
          note="「各区耕地占补平衡完成情况及年度补充耕地任务完成情况纳入年度…考核，结合考核结果对相关区进行表彰或通报。…」 — " + NOSUBJ
               + " (各区 and 相关区 are the work's objects, no clause's subject); " + NONE + "; " + NODATE),
        S(["第二十五条 组织分工"], [SJ, "市农业农村委"], [SJ, "市农业农村委", "各涉农区委", "区政府", QJ, QN],
          lead_alternatives=[[SJ], []],
          responsible_alternatives=[[SJ, "市农业农村委", "各涉农区委、区政府", QJ, QN]],
          **art(X01, ["第二十五条 组织分工"]),
          note="「市规划资源局负责…规则制定，…；组织编制…，指导编制和审查…；会同市农业农村委建立…联络沟通机制。 市农业农村委组织指导各区做好…，指导区农业农村委审查…，…并会同市规划资源局建立…。 各涉农区委、区政府切实落实耕地保护主体责任，可…细化制定…，…区规划资源局负责组织编制…；区农业农村委负责审核…」 — "
               "a duties article (组织分工, a 「X分工」 heading: every body given work is a unit, Round 77's x301_03) is a task; "
               "负责, 组织＋verb, 落实 and 会同 name each body (rule 2); both 会同 subjects lead (Round 80's p59a-2; rounds 36, "
               "45: bodies that lead different parts are all its leads), the city bureau alone and [] accepted; 「各涉农区委、"
               "区政府」 two heads, two names (round 30: names split on 、 as printed; round 31's shared head needs one head), "
               "the printed pair accepted; 各区 the object of 组织指导 no unit (round 30); 负责审核 placed by 负责 (Round 77's "
               "x299_03 第八条); " + NODATE),
        S(["第二十六条 加强保障宣贯"], [], [],
          responsible_alternatives=[["市、区、镇"], ["市", "区", "镇"]],
          **art(X01, ["第二十六条 加强保障宣贯"]),
          note="「…贯通市、区、镇三级管理网络，…定期对…进行动态监测和抽查，加强… 市、区、镇应加强组织开展耕地占补平衡政策宣讲及操作培训工作，… 过渡期间，…按照现行操作“先补后占”，编制…方案，落实…」 — "
               + NOSUBJ + "; 「市、区、镇」 names three levels of government and no body or kind of body (rule 2's A), a "
               "general call to all like 「各地要…」 (round 30; Round 77's x300_02), though its verb is 组织开展 — none, "
               "the levels as one name or three accepted (RULING? 6); 定期 a rhythm of work; the transition paragraph is "
               "the article's own text (round 34); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "按照自然资源部有关要求报部批准", "when": "", "when_norm": None,
              "note": "第五条's only act, a sending for approval: an undated duty (Round 74's Duties; Round 77's x299_01 第十条)"},
             {"what": "市规划资源局分批次将优化调整后的永久基本农田报部", "when": "", "when_norm": None,
              "note": "第六条: a sending up, an undated duty (Round 74's Duties)"},
             {"what": "抽验结果反馈区农业农村委", "when": "", "when_norm": None,
              "note": "第十一条: a sending of the city office's sampling results, undated (Round 74's Duties)"}],
     notes=["counting (leaf tasks; the notice 「…我局制定了《…》。现予印发，请遵照执行。」 is one plan with the rules it issues, "
            "round 49's x229_04): chapter headings 「第N章」 carry no number into a path, and the principle paragraph under 第一章 "
            "(「按照“…”原则，开展…新机制」, an aims paragraph before the articles, Round 80's p59d-1) and the lead-in under 第三章 are no "
            "tasks; 第一条 管理对象 (how farmland is classed: a definition, round 30) no task; 第二条–第二十六条 1 each → 25. "
            "Accepted: 24 (第五条, whose only act is a sending up, no task), 26 (第一条 counted).",
            "units: every sample's units from sentences (no labels): 负责, 会同, 组织＋verb, 由A＋verb and, in articles, the "
            "subject of a verb of doing (round 44); sendings (报, 上报, 交, 反馈, 提交), applications (申请) and payments (缴纳, "
            "交租金) none",
            "dates: none; 每年年初, 每年年底前, 当年三季度, 年底 are yearly rhythms of work (no deadline); 10个工作日内 and 一年内 "
            "limits from events; 「“十四五”期间」 names a period of management, no item date",
            "figures: item target 180 万亩 (第四条, RULING? 1); not targets 5 年 (第十六条), 2 年 (第二十一条), 10 个工作日 "
            "(第二十、二十三条); unchecked: 第一条's 150, 180, 202 万亩 (the sizes of the classes in a no-task definition article: "
            "neither plan targets asserted nor not-targets), 第二十一条's 202 in a title, the document numbers"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x315_02_shi-guihuaziyuanju-2025-chengjian-dianzi-dangan-guanli-guiding.txt"
P02 = "上海市城建电子档案管理规定"
N02 = "关于印发《上海市城建电子档案管理规定》的通知"
GH = "市规划资源部门"
DAG = "市城建档案馆"
QDA = "区城建档案机构"
XC = "城建档案形成单位"
ZY = "规划资源、住房城乡建设管理、交通、水务、绿化市容、人防、房屋管理等建设领域专业部门"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title line (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源行〔2025〕461号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局、上海市档案局",
     date="2025-12-01",
     date_note="the notice is signed 2025年12月1日 by two issuers (lines 7–11); in force from issue (第二十一条); no item is dated",
     level="the city planning bureau and the city archives bureau, to all bodies concerned: how electronic records of "
           "city building are gathered, kept, handed over and used",
     source=src(N02 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0032::3f90bac4a64b4ab98e7c988911c9fd46", 3467),
     style="a forwarding notice (addressees, one sentence, two issuers, date) then the rules' title and twenty-one "
           "articles 「第N条（heading）text」, the label run in at the paragraph's start; lists （一）–（三） under 第八条 and "
           "第十二条",
     leaf_tasks=17, count_alternatives=[16, 18, 19, 21],
     leaf_tasks_by_section={f"第{n}条": 1 for n in ["三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
                                                   "十三", "十四", "十五", "十六", "十七", "十八", "二十"]},
     childless_top_level_sections=[],
     samples=[
        S(["第三条（管理部门）"], [], [GH, "区规划资源部门", "派出机构"],
          responsible_alternatives=[[GH, "区规划资源部门、派出机构"]],
          **art(X02, ["第三条（管理部门）"]),
          note="「市规划资源部门负责本市城建电子档案管理工作，业务上受市档案主管部门监督和指导。 区规划资源部门、派出机构负责所辖区域内…工作，业务上受同级档案主管部门监督和指导。」 — "
               "负责 names each subject (rule 2); 「区规划资源部门、派出机构」 two heads, two names (round 30), the printed pair "
               "accepted; the archives authorities only guide (「受A监督和指导」, rule 3's guide); lead []; " + NODATE),
        S(["第四条（档案机构）"], [], ["市城市建设档案馆", QDA],
          responsible_alternatives=[[DAG, QDA], ["市城市建设档案馆", "机构"]],
          **art(X02, ["第四条（档案机构）"]),
          note="「市城市建设档案馆（以下简称市城建档案馆）以及区人民政府、相关派出机构指定的机构（以下简称区城建档案机构）按照相关规定，开展…收集、整理、保管和利用等工作。」 — "
               + ARTICLE + " (开展 without 组织 in articles included, round 44); " + SHORT + "; the second body printed only as "
               "「…指定的机构」 and the name the text defines for it: the defined name kept, as a name a text defines for its "
               "bodies is kept as printed (Round 81's x310_04 主管部门), 「机构」 after the last 的 accepted (RULING? 7); the "
               "government and zones that name it are inside the 的-phrase (round 30); lead []; " + NODATE),
        S(["第五条（形成单位）"], [], [XC],
          lead_alternatives=[[XC]],
          responsible_alternatives=[["机关、团体、企业事业单位和其他组织"], ["机关", "团体", "企业事业单位", "其他组织"]],
          **art(X02, ["第五条（形成单位）"]),
          note="「形成城建档案的机关、团体、企业事业单位和其他组织（以下简称城建档案形成单位）负责本单位形成的城建电子档案的收集、整理、归档、保管、移交和利用等工作。」 — "
               "负责 (rule 2); the subject is a class of bodies the text names 城建档案形成单位 and uses by that name in seven "
               "later articles: the defined name kept (Round 81's x310_04), the printed list as one phrase or four names "
               "accepted (RULING? 8); " + ONE_LEAD + "; " + NODATE),
        S(["第六条（基础条件）"], [], [GH, DAG, QDA, XC],
          responsible_alternatives=[[DAG, QDA, XC]],
          **art(X02, ["第六条（基础条件）"]),
          note="「市规划资源部门组织市城建档案馆制定…业务标准规范，建设和管理…信息系统，… 市城建档案馆、区城建档案机构、城建档案形成单位应当建立健全…制度和规范，建设…，配备…」 — "
               "「A组织B＋verb」 names A (round 30), 建设和管理 carried; the second paragraph's subjects by round 44; lead []; "
               + NODATE),
        S(["第八条（管理要求）"], [], [XC], lead_alternatives=[[XC]],
          **art(X02, ["第八条（管理要求）"]),
          note="「城建档案形成单位应当…确定本单位…归档范围和…保管期限、…分类方案。归档的城建电子文件应当符合下列技术要求：（一）…（三）… 城建电子档案的全过程管理，应当符合…」 — "
               + ARTICLE + " (确定 names the forming body); the lines （一）–（三） are requirements the filed records must meet, "
               "the scheme's terms whatever their modal (Round 81's x309_01 第十三条, confirmed; Round 74's x292_03 第十二条), "
               "no leaves (19 and 21 accepted); " + ONE_LEAD + "; " + NODATE),
        S(["第九条（收集、整理与归档）"], [], [XC, ZY, "工程建设单位"],
          responsible_alternatives=[[XC, "建设领域专业部门", "工程建设单位"]],
          **art(X02, ["第九条（收集、整理与归档）"]),
          note="「城建档案形成单位应当对其形成的城建电子文件进行收集、整理，并…进行归档。 规划资源、住房城乡建设管理、交通、水务、绿化市容、人防、房屋管理等建设领域专业部门应当对…进行收集、整理… 工程建设单位应当加强…管理，…督促勘察、设计、施工、监理等参建单位及时收集、整理…」 — "
               + ARTICLE + " (进行, 加强 in articles included); fields joined by 、 before one head with 等 are one name as "
               "printed (round 31; Round 77's x299_01 第二十条; Round 81's x309_01 第四条), 「建设领域专业部门」 (the name the "
               "next article uses) accepted; the objects of 督促 no unit (round 30's pivot); lead []; " + NODATE),
        S(["第十条（建设工程电子档案移交与接收）"], [], ["建设单位"], lead_alternatives=[["建设单位"]],
          responsible_alternatives=[[], ["建设单位", DAG, QDA]],
          **art(X02, ["第十条（建设工程电子档案移交与接收）"]),
          note="「建设单位应当在建设工程竣工验收后，按照规定时限向市城建档案馆或区城建档案机构移交…城建电子档案，并对档案的真实性、完整性、可用性和安全性负责。符合要求的，市城建档案馆、区城建档案机构应当予以接收。」 — "
               "移交 to a receiver names none (Round 77's x299_03 第十六条, turned), but 「A…对X负责」 names A (rule 2's 负责; "
               "Round 80's x248_04 「…应当对…质量负责」 turned to a unit); 「符合要求的，…应当予以接收」 the receiver's decision on what "
               "is handed in, none (rule 3's receiver; Round 77's x304_04 第十五条) — none and the three accepted; "
               + ONE_LEAD + "; 「按照规定时限」 names no date; " + NODATE),
        S(["第十一条（专业部门城建电子档案移交与接收）"], [GH, "市档案主管部门"], [GH, "市档案主管部门", "有关部门"],
          lead_alternatives=[[]],
          **art(X02, ["第十一条（专业部门城建电子档案移交与接收）"]),
          note="「建设领域专业部门形成的城建电子档案，…应当向市城建档案馆或区城建档案机构移交。符合要求的，市城建档案馆、区城建档案机构应当予以接收。具体移交规定，由市规划资源部门、市档案主管部门会同有关部门制定。」 — "
               "「由A、B会同C制定」: both agents of 会同 lead (rule 2; Round 80's p59a-2), 有关部门 a kind, a unit (Round 77's "
               "x304_01; Round 80), lead [] accepted; 移交 and 接收 name none (Round 77's x299_03 第十六条; rule 3's receiver); "
               + NODATE),
        S(["第十二条（技术要求）"], [], [XC], lead_alternatives=[[XC]], responsible_alternatives=[[]],
          **art(X02, ["第十二条（技术要求）"]),
          note="「移交的城建电子档案应当符合下列要求：（一）城建档案形成单位…对移交的城建电子档案进行组织，并进行…检测，合格后方可移交；（二）…应当去除加密措施后移交；（三）…应当附具到期开放意见…」 — "
               "requirements the handed-over records must meet are the transfer's terms, one task with its lines (Round 81's "
               "x309_01 第十三条; Round 78's (b) read for a list under one lead-in), 19 and 21 accepted (three leaves); "
               "the forming body the subject of 进行 in （一） (round 44), none accepted (the terms naming no doer); "
               + ONE_LEAD + "; " + NODATE),
        S(["第十三条（接收要求）"], [], [], responsible_alternatives=[[DAG, QDA]],
          **art(X02, ["第十三条（接收要求）"]),
          note="「市城建档案馆、区城建档案机构应当按照…要求对移交的城建电子档案进行真实性、完整性、可用性、安全性检测，合格后方可办理交接手续，接收登记入库。 接收的城建电子档案应当来源可靠…」 — "
               "a check of what another body hands in, and its acceptance, name none, in articles too (Round 77's x302_05 "
               "第六条, x304_04 第十五条; Round 81's x305_01 第二十五条), the two archives accepted (RULING? 9); the second "
               "paragraph states what received records must be (text); the article still a task (the check is owed, Round 77's "
               "x302_05 第十二条); " + NONE + "; " + NODATE),
        S(["第十四条（移交方式）"], [], [], **art(X02, ["第十四条（移交方式）"]),
          note="「城建电子档案移交接收应当通过符合安全管理要求的网络和信息系统进行。不具备在线移交条件的，应当配备…存储介质进行离线移交…」 — " + NOSUBJ + "; "
               + NONE + "; " + NODATE),
        S(["第十六条（数据库建设）"], [], [DAG, QDA, XC], **art(X02, ["第十六条（数据库建设）"]),
          note="「市城建档案馆、区城建档案机构、城建档案形成单位应当对…进行统一管理。 市城建档案馆、区城建档案机构应当对接收的城建电子档案进行整理、编目、鉴定、保管，并建立…数据库… 市城建档案馆应当加强…」 — "
               + ARTICLE + "; lead []; " + NODATE),
        S(["第十八条（利用服务）"], [], [DAG, QDA], **art(X02, ["第十八条（利用服务）"]),
          note="「市城建档案馆、区城建档案机构应当按照…规定，利用政务外网、互联网等渠道，建立市区利用协同平台，为社会提供城建电子档案利用服务。」 — "
               + ARTICLE + "; lead []; " + NODATE),
        S(["第二十条（开发利用）"], [], [DAG, GH], **art(X02, ["第二十条（开发利用）"]),
          note="「市城建档案馆应当加强数字档案馆建设，构建…，推进…，强化… 市规划资源部门推动城建档案数字资源共享工作…」 — " + ARTICLE
               + " (加强, 推动 in articles included); lead []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; the notice 「现将《…》印发给你们，请遵照执行。」 is one plan with the rules it issues): 第一、二、"
            "二十一条 general provisions (purpose, scope and definition, entry into force; round 30) no tasks; 第十九条 (「单位和个人"
            "利用城建电子档案，应当遵守…，不得损害…」: a rule to everyone, Round 80's p59a-1) no task; 第三条–第十八条 and 第二十条 1 "
            "each → 17, the lists of 第八、十二条 the articles' terms (no leaves). Accepted: 16 (第十四条, naming no body, off), "
            "18 (第十九条 counted), 19 (第十二条's three lines), 21 (both lists' lines).",
            "units: from sentences (no labels): 负责, 会同, 组织B＋verb and the subject of a verb of doing in articles; "
            "移交 and the receiver's 接收 none; the text's defined names (市城建档案馆, 区城建档案机构, 城建档案形成单位) kept as it "
            "prints them at each place",
            "dates: none (「竣工验收后，按照规定时限」 names no date); no duties (移交 hands records on, an undated handing "
            "that is the article's own step, not a report: not listed)",
            "figures: none (国家档案局令第22号, 住建部令第47号, 沪府令4号 are document numbers)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x315_03_shi-guihuaziyuanju-2026-ditu-shenhe-gaozhi-chengnuo-guanli-banfa.txt"
P03 = "上海市地图审核告知承诺管理办法"
N03 = "关于印发《上海市地图审核告知承诺管理办法》的通知"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the rules' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源规〔2026〕2号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2026-07-09",
     date_note="the notice is signed 2026年7月9日 (line 9); in force 2026-07-15 to 2031-07-14 (a validity, no item's date)",
     level="the city planning bureau, to the districts' planning bureaus and bodies concerned: how map reviews are "
           "granted on the applicant's written commitment and checked afterwards",
     source=src(N03 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0032::f8a5cd6c1a7e43df9358a8e9c33af4b8", 1951),
     style="a forwarding notice (addressees, two sentences, issuer, date) then the rules' title and eight articles "
           "「第N条（heading）」, each label on its own line, the text below; lists （一）–（四） under 第三、四条, "
           "（一）–（七） under 第五条; a closing 「附件：」 line naming a form not printed",
     leaf_tasks=5, count_alternatives=[4, 6],
     leaf_tasks_by_section={"第三条": 1, "第五条": 1, "第六条": 1, "第七条": 1, "第八条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第三条（适用条件）"], [], [GH], lead_alternatives=[[GH]], responsible_alternatives=[[]],
          targets=[(10, "件")],
          **art(X03, ["第三条（适用条件）"]),
          note="「对申请人编制的…地图，符合以下条件的，可以采用告知承诺方式进行审核…：（一）…（二）近两年送审地图不少于10件，…（四）… 申请人不选择或者不适用告知承诺方式的，市规划资源部门应当按照…规定，实施行政审批。」 — "
               "the conditions （一）–（四） pick the applicants the option is open to, the option's text (round 35's list of "
               "cases; Round 78's (b)), no leaves; the article gives work by its closing paragraph: 实施 is rule 2's own "
               "verb, the bureau named (Round 77's x299_03 第八条: work placed by a rule-2 verb stands over the review "
               "rule), none accepted (an approval on an application, RULING? 10); 「不少于10件」 a threshold with a "
               "comparison word, a target wherever it stands (round 30), the item's as the conditions are its text; "
               + ONE_LEAD + "; " + NODATE),
        S(["第五条（申请人的承诺）"], [], [], responsible_alternatives=[[GH]],
          **art(X03, ["第五条（申请人的承诺）"]),
          note="「申请人收到…告知承诺书，愿意作出承诺的，应当在被告知的期限内提交…，并对下列内容作出确认和承诺：（一）…（七）… 市规划资源部门收到告知承诺书后，应当提供收件凭证。」 — "
               "the applicant's steps are its own application (round 30's 「由A提出申请」) and the lines what its commitment "
               "holds (contents, text: Round 77's x302_05 第七条); the bureau's receipt is a step of accepting the "
               "application, none (Round 77's x304_04 第十五条), the bureau accepted; the owed receipt keeps the article a "
               "task (Round 77's x302_05 第十二条) — " + NONE + "; " + NODATE),
        S(["第六条（审批决定）"], [], [], responsible_alternatives=[[GH]],
          **art(X03, ["第六条（审批决定）"]),
          note="「市规划资源部门收到经申请人签章的告知承诺书以及…全部申请材料后，当场作出行政审批决定，并将准予行政许可决定书依法送达申请人。」 — "
               "a decision on a party's submission and its own steps (送达) name none, in articles too (Round 77's x302_05 "
               "第十一条; round 70's x286_01 第七条), the bureau accepted; the owed decision keeps it a task — " + NONE + "; "
               "当场 no date; " + NODATE),
        S(["第七条（事后核查）"], [], [GH], lead_alternatives=[[GH]],
          responsible_alternatives=[[GH, "被审批人"]],
          targets=[(30, "日")], not_targets=[(60, "日")],
          **art(X03, ["第七条（事后核查）"]),
          note="「市规划资源部门应当在作出准予行政审批决定后60日内，对被审批人的承诺内容是否属实进行核查。经…负责人批准，可以延长核查期限，最多不得超过30日。市规划资源部门组织市测绘质量检验机构开展技术性审查工作。当发现…不符的，市规划资源部门应当要求其限期整改；逾期拒不整改…的，市规划资源部门应当依法撤销行政审批决定。 被审批人应当配合进行事后核查。」 — "
               "「A组织B＋verb」 names A wherever it stands, a check included (Round 81's x309_04 第三十条, governs), B no unit "
               "(round 30); the steps after a branch of the check are its own work (Round 81's x305_01 第十二条) — the bureau; "
               "the checked party's 配合 with a subject of its own (round 46's p44g) is its part in its own check, a party "
               "by role, none here, accepted with it (RULING? 11); " + LIMIT + " (60日内); 「最多不得超过30日」 a ceiling with "
               "a comparison word, a target wherever it stands (round 30's line; Round 77 reads a limit alone in a line as no "
               "act, but here it stands in a task); " + ONE_LEAD + "; " + NODATE),
        S(["第八条（信用管理）"], [], [GH], lead_alternatives=[[GH]],
          **art(X03, ["第八条（信用管理）"]),
          note="「市规划资源部门在审查、事后核查中发现申请人、被审批人作出不实承诺或者违反承诺的，应当记入不良信用信息，通过…平台公开，并依法将相关信息归集至市公共信用信息服务平台。对该申请人、被审批人两年内不再适用…，并列为重点监管对象，增加日常监督检查频次…」 — "
               "the rules' own body taking the steps after a breach is a doer (Round 77's x299_04 第二十八条; Round 81's x309_04 "
               "第三十七条), 记入 and 公开 its own acts; 归集 to the platform a sending (Round 81's x310_03 第十四条), a duty; "
               "「两年内」 a period with no comparison word, a norm (Round 81's x310_03 第十一条), unchecked; " + ONE_LEAD
               + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "依法将相关信息归集至市公共信用信息服务平台", "when": "", "when_norm": None,
              "note": "第八条: sending records the bureau holds to the platform that gathers them, an undated duty (Round 81's x310_03 第十四条; Round 74's Duties)"}],
     notes=["counting (leaf tasks; the notice 「…现予印发，请遵照执行。」 is one plan with the rules it issues): 第一条 (purpose), "
            "第二条 (scope) general provisions (round 30); 第四条 (the materials an application holds: the applicant's own "
            "application and its contents, round 30; Round 77's x302_05 第七条) no task; the lines of 第三、五条 their "
            "articles' text (conditions; a commitment's contents); 第三、五、六、七、八条 1 each → 5. Accepted: 4 (第五条, "
            "whose only act of the bureau is the receipt, off), 6 (第四条 counted).",
            "dates: none; 60日内 a limit from the decision; the validity 2026-07-15 to 2031-07-14 dates no item (Round 77's "
            "x302_03)",
            "figures: item targets 10 件 (第三条), 30 日 (第七条); not target 60 日 (第七条); unchecked 两年 (第三、八条)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x315_04_shi-guihuaziyuanju-2024-chengshi-jianshe-dangan-liyong-guiding.txt"
P04 = "上海市城市建设档案利用规定"
N04 = "关于印发《上海市城市建设档案利用规定》的通知"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源规〔2024〕1号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2024-01-19",
     date_note="the notice is signed 2024年1月19日 (line 9); in force 2024-02-01 to 2029-01-31 (a validity, no item's date)",
     level="the city planning bureau, to the city building archives, Pudong's archives bureau, the districts' planning "
           "bureaus and the zones' offices: who may use the city building archives, on what papers, and how the "
           "archives serve them",
     source=src(N04 + ".md", "https://www.shanghai.gov.cn/zhengce/detail/0032::4d91a60d583a47d7b756d13ae8e367c2", 2243),
     style="a forwarding notice (addressees, two sentences, issuer, date) then the rules' title and eleven articles "
           "「第N条  text」 (no headings; the label run in with two spaces), a list （一）–（十一） under 第五条; a closing "
           "「附件：」 block naming three forms not printed",
     leaf_tasks=5, count_alternatives=[4, 6, 7, 15, 16],
     leaf_tasks_by_section={"第二条": 1, "第五条": 1, "第六条": 1, "第八条": 1, "第九条": 1},
     childless_top_level_sections=[],
     samples=[
        S(["第二条"], [], ["市城建档案馆", "区城建档案机构"], **art(X04, ["第二条"]),
          note="「单位和个人对上海市城市建设档案馆（简称市城建档案馆）、区城建档案机构保管的城建档案进行…利用活动的，适用本规定。 市城建档案馆、区城建档案机构应当坚持以利用为导向，优化流程、简化手续，通过…方式创新服务，为城建档案利用提供便利。」 — "
               "a scope article that also gives work stays a task (round 39; Round 78's (c)); " + ARTICLE + "; the short name "
               "as the second paragraph prints it (" + SHORT + "); lead []; " + NODATE),
        S(["第五条", "（五）"], [], ["市城建档案馆", "区城建档案机构"],
          responsible_alternatives=[["建设单位", "市城建档案馆", "区城建档案机构"]],
          **art(X04, ["第五条", "（五）"]),
          note="「（五）因工程建设需要，建设单位利用…城建档案的，应提供建设项目立项批准文件。市城建档案馆、区城建档案机构应当与建设单位签订利用协议，明确档案安全利用要求。」 — "
               "第五条 is an option to users (可以利用) and its lines the papers each kind of user shows, conditions of the "
               "option, no tasks (round 30's applicant; Round 78's (b)), but （五） also binds the archives to sign an "
               "agreement, work of the rules' own bodies, so that line is a task (round 39; Round 77's x299_01 第六条: a line "
               "naming an act is a task; RULING? 12); in articles 签订 names its subject (Round 77's x302_02), the builder "
               "beside 与 the user whose request it is (an applicant, round 30), accepted with it; lead []; " + NODATE),
        S(["第六条"], [], ["市城建档案馆", "区城建档案机构"], not_targets=[(15, "个工作日")],
          **art(X04, ["第六条"]),
          note="「为应对…重大突发事件需要紧急利用城建档案的，利用者持有…的，市城建档案馆、区城建档案机构应当予以提供。紧急情况处理结束后，利用者应在十五个工作日内补办利用登记手续。」 — "
               "an article whose whole work is the response to its case takes its doers (round 30's clarification; Round "
               "78's p58c-2; Round 80's p59c-2); 提供 of records, not money, is work (Round 74's x292_03 第十三条); the user's "
               "late registration is its own application, none; " + LIMIT + " (十五个工作日内); lead []; " + NODATE),
        S(["第八条"], [], [], responsible_alternatives=[["市城建档案馆", "区城建档案机构"]],
          **art(X04, ["第八条"]),
          note="「申请利用城建档案，应填写《…登记表》，办理登记手续。申请人如需复制档案，应办理档案复制手续。可复制的内容、数量、形式、载体，由市城建档案馆、区城建档案机构酌情决定。」 — "
               "the applicant's forms are its own application (round 30); 由A酌情决定 is the decision on a user's request, "
               "none (Round 77's x302_04 三、（一）（二）; Round 81's x309_02 第十八条, turned), the archives accepted; the "
               "owed decision keeps the article a task (Round 77's x302_05 第十二条) — " + NONE + "; " + NODATE),
        S(["第九条"], [], ["市城建档案馆", "区城建档案机构"], **art(X04, ["第九条"]),
          note="「已经…数字化等复制处理的城建档案，市城建档案馆、区城建档案机构原则上使用复制件代替原件提供利用。」 — " + ARTICLE
               + " (使用…提供 in articles); 原则上 changes nothing; lead []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks; the notice 「…现予印发，请按照执行。」 is one plan with the rules it issues): 第一条 (purpose) a "
            "general provision; 第三条 (an option to users), 第四条 (a reference to the secrecy rules), 第七条 (what a letter "
            "holds, contents), 第十条 (a ban to every user and the law's own 追究, Round 80's p59a-1), 第十一条 (鼓励 only, "
            "Round 77's x299_02 第七条) no tasks; 第五条's lines conditions of an option except （五）, a task; 第二、六、八、九条 "
            "1 each → 5. Accepted: 4 (第八条 off), 6 (第五条（十）'s 「并与…签订利用协议」 counted as the archives' work), "
            "7 (第三、十一条 or both 第五条 lines and 第二条 counted), 15 / 16 (every line of 第五条 a leaf).",
            "units: from sentences (no labels); the short names as printed (市城建档案馆 after 第二条's 「（简称市城建档案馆）」)",
            "dates: none; the notice's validity and entry into force date no item; 十五个工作日内 a limit from an event",
            "figures: not target 15 个工作日 (第六条); none else"])

# Round 61 (align83): answers aligned to tests/data/CONVENTIONS.md "Round 83 rulings, written early" (README, round 61)
from aligned_rulings import align83  # noqa: E402

align83("x315_01", ["第六条 其他占用永久基本农田情形"], "「…应充分论证、严格避让永久基本农田，确实无法避让的，…由各区提前组织编制…规划」 (第六条): 「确实无法…的」 is 「确需…的」's form, rule 3's contingency (Round 79), and the article has other work beside it (论证, 避让), so the case adds no unit (Round 78); Round 81's branch is a result of the work's own test 「不合格的」 (RULING? 2)",
        "Units, turned: rule 3 and Round 78's p58c-2 over c315's branch; [各区] dropped (the list without it, accepted already), the builder's list stays accepted",
        resp=[QJ, QN], resp_alt=[["各区", QJ, QN]])
align83("x315_01", ["第十一条 验收流程"], "「各区规划资源局定期向区农业农村委提供耕地图斑的矢量资料」 (第十一条): giving records one holds to the body that uses them is a sending, which names no doer, in articles too, with its rhythm a duty (RULING? 3)",
        "Units, turned: Round 75's p57a-2 and Round 81's x310_03 第十四条 over round 44's any verb; [各区规划资源局] dropped (the list without it, accepted already), the builder's list stays accepted; the sending a duty 定期",
        resp=[QN, "市农业农村委"], resp_alt=[["各区规划资源局", QN, "市农业农村委"], ["市农业农村委"]],
        duties=[{"what": "各区规划资源局定期向区农业农村委提供耕地图斑的矢量资料", "when": "定期", "when_norm": None,
                 "note": "第十一条: a sending of records to the body that uses them, its rhythm 定期 a duty with no time printed "
                         "(CONVENTIONS.md \"Round 83 rulings, written early\", turned)"}])

write_collected(DIR)
