# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next105/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 32 (built by helper c104): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at 3c0910a (round 29's ruling
on units written in sentences with the round-30 clarifications, round 30's rulings on thresholds and general
provisions, round 31's exceptions for ages and hazards and its ruling on fields sharing one head, and the round-32
rulings). Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next105/make_expected.py tests/data/plans-next105
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋verb, A会同B…): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (制定, 实行, 调动, "
          "加强, 探索, 创新, 遵循, 执行 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
DESIG = ("CONVENTIONS.md round 32: a designation is a doer — 「由A作为主责单位」「明确A为责任主体」 make A a doer; 「A是…的"
         "责任主体」 is the same designation")
KIND = ("CONVENTIONS.md round 30 and round 32: a group named by a kind with a verb of rule 2 「各区要落实…」 is a doer, not "
        "a general call (各区 is named among the kinds in the round-32 ruling on general calls)")
OPTION = "CONVENTIONS.md round 30: an option 「可由A…」「也可由A…」 is not an assignment (like a case)"
LABEL = ("CONVENTIONS.md units rule 1: the item's label 「（牵头单位：…。配合单位：…）」 gives its units — lead = the 牵头单位 "
         "(names split at ，), responsible = lead + 配合单位 in the printed order; the sentences add nothing")
WHOLE = ("「X区、Y区…政府」 kept whole as one name (CONVENTIONS.md round 31: fields joined by 、 before one head noun are one "
         "name as printed; plans-dev EXPECTED.md: 吴泾、塘湾派出所; plans-next8 r11 kept 「嘉定区、青浦区、松江区、奉贤区政府」 "
         "whole)")
N14 = ("「“十四五”期间」: the period 2021–2025 (the plan's own 十四五 tasks), resolved to its last year 2025 (plans-next55's "
       "reading)")
BUILT = "已建成14个公园 is a past outturn, not a target (CONVENTIONS.md targets)"

# ---------------------------------------------------------------------------------------------------------
X01 = "x105_01_shanghai-lvrongju-2022-gongyuan-lvdi-shilao-shier-sheshi-jianshe-fuwu-tongzhi.txt"
TITLE01 = "关于加强公园绿地适老适儿设施就建设及服务的通知"

plan(X01,
     title=TITLE01,
     title_note="the notice title as printed (the first line; 「设施就建设」 with the stray 就, as stored and as the index "
                "prints it)",
     doc_no="沪绿容〔2022〕13号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局",
     date="2022-02-15",
     level="city bureau (Shanghai), to the district greening bureaus, 临港管委会 and the bureau's own parks",
     source=shanghai_source("市容绿化与景观", TITLE01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=2dc64fdc-7b4a-4013-bbdd-4d4b22be3b49&siteId=0039", 2996),
     style="a notice: 一、指导思想 二、总体目标 (sections), 三、主要任务 （一）–（三） each a lead paragraph then run-in headed "
           "paragraphs 「保障基础设施安全舒适。…」 (not numbered), 四、保障措施 （一）–（四） on 「各区公园管理部门」 (「是…的责任主体，"
           "要…全力组织实施」 in （一）, plain verbs 制定 / 探索 / 创新 in （二）–（四）); a goal 「覆盖率达100%」; no date",
     leaf_tasks=4, count_alternatives=[7],
     leaf_tasks_by_section={"三、主要任务 （一）–（三）": 3, "四、保障措施 （一）": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、总体目标"],
     samples=[
        S(["三", "（一）"], targets=[(100, "%")],
          note="「引导公园营造…」, 「公园内厕所可视…需求，合理配备第三卫生间」, 「在有条件的公园内逐步普及AED等急救设施并组织开展日常"
               "培训演练」 (组织开展 with no subject): " + NONE + "; 「第三卫生间…覆盖率达100%」: the item's goal, a target "
               "(CONVENTIONS.md targets: a goal's quantity); GB51192-2016 / GB50763—2012 standard numbers and 沪绿容〔2019〕156号 "
               "are not targets; the run-in headed paragraphs 「保障基础设施安全舒适。」… are the item's body (not numbered); "
               + NODATE),
        S(["三", "（二）"],
          note="「因地制宜、因势利导地开展适老适儿活动」, 「联合学校、博物馆…等机构…开展…文化活动」, 「积极组织开展适老适儿的体育健身"
               "活动」: every sentence without a subject (the partners of 联合 are no doers): " + NONE + "; " + NODATE),
        S(["三", "（三）"],
          note="「可以采取多种形式听取…意见」「可以邀请…」 (options, " + OPTION + "), 「鼓励家长带领儿童认养绿植」「鼓励老人、儿童参与"
               "…」 (persons encouraged; a person is never a unit, round 30): " + NONE + "; " + NODATE),
        S(["四", "（一）"], [], ["各区公园管理部门"], lead_alternatives=[["各区公园管理部门"]],
          note="「各区公园管理部门是公园适老适儿化建设的责任主体，要加强组织领导，细化工作任务，全力组织实施」: " + DESIG + ", and "
               "the subject of 组织实施 (rule 2): " + SUBJ + "; 「局相关部门要指导各区加强…，并加强监督考核」: 「A指导B…」 without "
               "负责 is a guide (rule 3, round 30), 加强 no verb of rule 2 — no unit; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、指导思想 and 二、总体目标 have no numbered child: sections; 三、主要任务 （一）–（三） 3 tasks (the run-in "
            "headed paragraphs under each are not numbered, so not items); 四、保障措施: （一） names 各区公园管理部门 (designation, "
            "组织实施) and is a task, while （二） 「要积极制定…工作方案」, （三） 「要…积极探索…」 and （四） 「要进一步创新宣传模式…开展…"
            "宣传」 give the same body plain verbs only (制定 is named in round 30's closed list; 开展 without 组织) — they name no "
            "unit and are not tasks in a plan whose tasks name units (seeds EXPECTED.md lines 3–5; plans-next93 x93_03 四/（三）) "
            "→ **4**. Accepted 7 (every numbered leaf, 四/（二）–（四） read as naming 各区公园管理部门 by meaning)",
            "units: 四/（一） only (各区公园管理部门); 三's items have no subject — the document's weak side on units, said plainly",
            "dates: none but the signing date 2022年2月15日; no phases, no duties",
            "targets: 100% (三/（一）); standard numbers and document numbers (发改社会〔2021〕1380号, 国办发〔2019〕5号) are not "
            "targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x105_02_shanghai-lvrongju-2022-jingguan-zhaoming-jieyue-yongdian-guanli-tongzhi.txt"
TITLE02 = "关于进一步加强本市景观照明节约用电管理的通知"

plan(X02,
     title=TITLE02,
     title_note="the notice title (the first line)",
     doc_no="沪绿容〔2022〕5号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局, 上海市发展和改革委员会 (jointly)",
     date="2022-01-11",
     level="city bureau and commission (Shanghai), to the district greening bureaus and development and reform commissions",
     source=shanghai_source("市容绿化与景观", TITLE02 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=dc9c0ca3-321c-4399-9efb-a125fea67f00&siteId=0039", 1531),
     style="a notice of five headed points 一、–五、 over one paragraph each: projects as subjects (一、), 「按市绿化市容局要求"
           "执行」 (二、), a price rule with a case 「若暂未直接从电力市场购电的，由电网企业代理购电」 (三、), subjectless rules on "
           "central control (四、), 「各区要全面落实通知精神…」 (五、); two signatures; no date, no figure",
     leaf_tasks=5, count_alternatives=[0],
     leaf_tasks_by_section={"一、–五、 (headed points)": 5},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["一"],
          note="「新建、改建、扩建景观照明项目要严格遵循…，加强对…评估审查…从严控制…」: projects as the subject (no body) and "
               "subjectless verbs: " + NONE + "; 国办发〔2021〕41号 (in the preamble) a document number; " + NODATE),
        S(["二"],
          note="「全市景观照明启闭时间按市绿化市容局要求执行」: 市绿化市容局 sets the rule followed (a source, like a guide, rule 3), "
               "not a doer; 「调整完善…方案，严禁运行…，合理控制…」 without subject: " + NONE + "; 节假日 is no date: " + NODATE),
        S(["三"],
          note="「…选择进入电力市场的，按照市场价格购电，若暂未直接从电力市场购电的，由电网企业代理购电」: 由A＋verb inside the case "
               "「若…的」 in an item whose work is the price policy (「用电严格区分」「执行工商业用电价格政策」) — CONVENTIONS.md rule 3 "
               "(「确需调整的，由A负责」, a contingency; the item is not wholly the response to its case, round 30): " + NONE + "; "
               + NODATE),
        S(["四"],
          note="「…设置的景观照明，应当分别纳入市级、区级景观照明集中控制系统」, 「对已建…的，按照先重点、后一般原则做好纳控工作」, "
               "「应先完成一键启闭功能改造」: no subject (cases 「对…的」 name the objects): " + NONE + "; " + NODATE),
        S(["五"], [], ["各区"], lead_alternatives=[["各区"]],
          note="「各区要全面落实通知精神，加强协调联动，制定工作措施，明确责任单位…积极推进落实已建、在建项目的自查自纠…」: the "
               "subject of 落实 — " + KIND + " (the ruling's own example 「各区要落实…」); " + SUBJ + "; 「明确责任单位」 names an "
               "object, not a body; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: five headed points, each over one paragraph, each one task (plans-next93 x93_01, plans-next98 x98_02, "
            "plans-next104 x104_01) → **5**; 0 accepted (the strict childless-section rule)",
            "units: 五、 (各区, 落实) only; 三、's 由 clause stands inside a case — the document's weak side on units, said plainly",
            "dates: none but the signing date 2022年1月11日; no phases, no duties",
            "targets: none (no figure in the text)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x105_03_shanghai-lvrongju-2021-jiaoye-gongyuan-yunying-guanli-zhidao-yijian.txt"
PLAN03 = "上海市郊野公园运营管理指导意见"

plan(X03,
     title=f"{PLAN03}（关于印发《{PLAN03}》的通知）",
     title_note="the 指导意见's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪绿容〔2021〕348号 (from the index; the stored text prints no number)",
     issuer="上海市绿化和市容管理局",
     date="2021-11-18",
     level="city bureau (Shanghai), to the district greening bureaus and the country parks",
     source=shanghai_source("市容绿化与景观", f"关于印发《{PLAN03}》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=16e07ccb-56d9-493c-8763-0cbac85986f8&siteId=0039", 3744),
     style="a cover (signed and dated) then the 指导意见: a preamble, 一、指导思想 (section), 二、基本原则 （一）–（四） (principles, "
           "inline), 三、发展目标 (section), 四、管理要求 （一）–（五） (short headings over run-in headed paragraphs 「加强分区管理。"
           "…」), 五、保障措施 （一）–（四） (「区政府（管委会）是…的责任主体」, 「由市绿化市容局牵头，建立…」); standards with 不超过 / "
           "以下 / ranges in 四/（二）; no date",
     leaf_tasks=7, count_alternatives=[9, 13],
     leaf_tasks_by_section={"四、管理要求 （一）–（五）": 5, "五、保障措施 （一）（四）": 2},
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "三、发展目标"],
     samples=[
        S(["四", "（一）"],
          note="「各郊野公园应根据保育强度的不同，实行郊野公园内的…分类分区管理」: 实行 is no verb of rule 2 (round 30 names 「要"
               "实行」) — " + CLOSED + "; the rest without subject (加强, 做好, 禁止毁绿占绿): " + NONE + "; " + NODATE),
        S(["四", "（二）"], targets=[(0.5, "%"), (500, "平方米"), (8, "米"), (250, "平方米"), (50, "米")],
          note="no subject (「高标准建设…」, 「配套服务设施应…」, 「确需新增的设施应依法合规办理相关手续」 a case): " + NONE + "; "
               "targets by the comparison words of the round-30 line: 「占地面积不超过郊野公园总面积0.5%的配套服务设施」 (a threshold "
               "picking the facilities), 「单体面积控制在500平方米以下」, 「檐口高度不超过8米」, 「服务半径不宜超过250平方米」 (as "
               "printed, 平方米); 「垃圾箱设置间隔宜在50-100米间」 read at its lower edge, 50米 (round 32: a range is read at its lower "
               "edge); 「人均占地面积达到30-60平方米及以下」 (a range joined to 及以下 inside a condition) not checked either way; "
               + NODATE),
        S(["四", "（三）"],
          note="「要以发挥…为目的…塑造运营管理新模式」 (no subject), 「鼓励…」「允许园区内（或周边）居民…」 (persons and what is "
               "encouraged, no assignment), 「有条件的郊野公园鼓励…」: " + NONE + "; " + NODATE),
        S(["四", "（四）"],
          note="「公园应当每天开放，开放时间可结合市民需求及管理要求，由各郊野公园确定」: 由A确定 under 可 — " + OPTION + "; 开放 "
               "is no verb of rule 2; 「制定…游园守则」「开设微信公众号…」「做好游客量信息定期报送与相关数据共享工作」 without "
               "subject: " + NONE + "; the periodic sending of visitor numbers names no receiver and no rhythm — not settled by "
               "CONVENTIONS whether it is a duty, so no duty check is written; 每天 is a rhythm of opening, no date: " + NODATE),
        S(["五", "（一）"], [], ["区政府（管委会）"], lead_alternatives=[["区政府（管委会）"]],
          note="「区政府（管委会）是郊野公园运营管理的责任主体，要高度重视…」: " + DESIG + "; " + SUBJ + "; the name kept as printed "
               "with its bracket; 「市、区各部门要依托…联席会议制度，进一步加强组织领导和统筹…」 (加强, 建立, 推动 — " + CLOSED
               + "); the paragraph after it 「各郊野公园应成立运营管理单位，具体承担…工作」 (成立 sets up a body, rule 3; 承担 with work "
               "as object is no verb of rule 2) — no more units; " + NODATE),
        S(["五", "（四）"], ["市绿化市容局"], ["市绿化市容局"],
          note="「由市绿化市容局牵头，建立郊野公园监督评价体系…进行监督检查…指导公园…」: CONVENTIONS.md rule 2, 「由A牵头」: lead A, "
               "responsible A; 「3大项…和10小项…」 count the parts of the evaluation (a structure named, no comparison word) — not "
               "checked either way; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、指导思想 and 三、发展目标 are sections; 二、基本原则 （一）–（四） are principles (a part of 总体要求) naming no "
            "unit — not tasks (round 27); 四、管理要求 （一）–（五） 5 tasks (the plan's main work); 五、保障措施: （一） (区政府（管委会）, "
            "a designation) and （四） (由市绿化市容局牵头) name units; （二） 「区政府（管委会）要加强…投入」「市相关行业部门应…支持」「郊野"
            "公园可…」 and （三） 「郊野公园要充分调动…力量…要建立志愿者队伍」 give plain verbs and options only — not tasks in a plan "
            "whose tasks name units (seeds EXPECTED.md lines 3–5) → **7**. Accepted 9 (every leaf of 四、 and 五、) and 13 (every "
            "numbered leaf, 二、's principles included)",
            "units: 五/（一） (designation) and 五/（四） (由A牵头) only; 四/（五） is left out of the samples where its reading is not "
            "settled: 「公园要制定安全管理制度和突发事件应急预案，并定期组织演练」 makes 「公园」 the subject of 组织＋verb (a doer by "
            "rule 2 if a park, as its managing body, is read as a body; not settled by CONVENTIONS)",
            "dates: none in the 指导意见 (the cover's signing date 2021年11月18日 only); no phases; duties: none checked (四/（四）'s "
            "「定期报送」 has no receiver or rhythm)",
            "targets: 四/（二）'s standards (0.5%, 500平方米, 8米, 250平方米, 50米); 三、发展目标 has no figure"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x105_04_shanghai-fubangongting-2021-huancheng-shengtai-gongyuandai-guihua-jianshe-shishi-yijian.txt"
PLAN04 = "关于加快推进环城生态公园带规划建设的实施意见"
OUTER7 = "浦东新区、徐汇区、长宁区、普陀区、宝山区、闵行区、嘉定区政府"
NEW4 = "嘉定区、松江区、青浦区、奉贤区政府"
LG = "临港新片区管委会"


def L(path, lead, coop, targets=(), note="", **kw):
    """An item of 四、 with its label 「（牵头单位：…。配合单位：…）」 (rule 1)."""
    return S(path, lead, list(lead) + list(coop), targets, note=LABEL + ("; " + note if note else ""), **kw)


plan(X04,
     title=f"{PLAN04}（上海市人民政府办公厅印发《{PLAN04}》的通知）",
     title_note="the 实施意见's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪府办〔2021〕36号 (from the index; the stored text prints no number)",
     issuer="上海市人民政府办公厅",
     date="2021-05-24 (index; the cover signed 2021年5月20日)",
     level="city government office (Shanghai), to the district governments concerned and the city's commissions, offices "
           "and bureaus",
     source=shanghai_source("市容绿化与景观", f"上海市人民政府办公厅印发《{PLAN04}》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=5b97d8ec65194038a5bed5d9c0977e2e&siteId=0001", 4511),
     style="a cover (signed and dated) then the 实施意见: 一、指导思想 (section), 二、基本原则 （一）–（四） (principles, inline), "
           "三、总体目标 (section: 到2025年 / 到2035年 with 10片 / 17条), 四、“十四五”期间主要任务 (a lead paragraph, then "
           "（一）–（五） over 1.–15., each item ending 「（牵头单位：…。配合单位：…）」 with lead lists split at ， and district "
           "names sharing 政府; 15. has no label of its own — an unnumbered paragraph after it ends 「（牵头单位：市绿化市容局）」), "
           "五、保障措施 （一）–（三） inline (a mechanism set up 「由市绿化市容局牵头…组成」, 「各区政府…分解落实」, 「各区政府是…"
           "责任主体」); dates 2021年底 / 2021年上半年 / “十四五”期间; targets with 以上 / 超过 and a range 30-40个",
     leaf_tasks=17, count_alternatives=[16, 18, 22],
     leaf_tasks_by_section={"四、 1.–15.": 15, "五、保障措施 （二）（三）": 2},
     attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "三、总体目标"],
     samples=[
        L(["四", "（一）", "1"], ["市绿化市容局", OUTER7], ["市发展改革委", "市水务局", "市文化旅游局", "市体育局"],
          targets=[(35, "座")], not_targets=[(14, "个")], dl="“十四五”期间", dln="2025",
          note=WHOLE + "; 「新增城市公园35座以上」 (以上, a goal); " + BUILT + "; " + N14),
        L(["四", "（一）", "2"], ["市绿化市容局", OUTER7], ["市交通委", "市水务局"],
          targets=[(100, "公里"), (30, "个")], dl="“十四五”期间", dln="2025",
          note=WHOLE + "; 「外环主干绿道总长度超过100公里」 (超过, round 30); 「绿道驿站30-40个」 read at its lower edge, 30个 "
               "(round 32: a range is read at its lower edge); " + N14),
        L(["四", "（一）", "3"], ["市绿化市容局"], [OUTER7], targets=[(500, "公顷")], dl="“十四五”期间", dln="2025",
          note=WHOLE + " (here the 配合单位); 「“四化”…改造提升面积500公顷以上」; 「四化」 names four kinds, no quantity; " + N14),
        L(["四", "（二）", "4"], ["浦东新区、普陀区政府", "地产集团"], ["市绿化市容局"], targets=[(300, "公顷")],
          dl="“十四五”期间", dln="2025",
          note="「浦东新区、普陀区政府」 kept whole (" + WHOLE + "); 「确保“十四五”期间全面建成开放，新增绿地面积300公顷以上」; " + N14),
        L(["四", "（二）", "5"], ["浦东新区、长宁区、宝山区、闵行区政府"], ["市规划资源局", "市绿化市容局"],
          targets=[(400, "公顷")], skip_deadline=True,
          note="「浦东新区、长宁区、宝山区、闵行区政府」 kept whole; 「2021年底，基本完成控制性详细规划和实施方案编制…“十四五”期间，"
               "新增绿地面积400公顷以上」: two dated steps (2021-12 and the 十四五 period, 2025), no single deadline — not checked "
               "(not settled by CONVENTIONS which one an item's deadline is)"),
        L(["四", "（三）", "7"], ["闵行区政府"], ["市发展改革委", "市财政局", "市规划资源局", "市绿化市容局"],
          dl="2021年底", dln="2021-12",
          note="「2021年底基本形成可落地、可操作的实施方案」: the item's one date → 2021-12"),
        L(["四", "（三）", "8"], ["浦东新区、宝山区、闵行区、嘉定区、松江区政府"],
          ["市发展改革委", "市财政局", "市规划资源局", "市农业农村委", "市绿化市容局"],
          note="「浦东新区、宝山区、闵行区、嘉定区、松江区政府」 kept whole; 「有意愿、有条件的相关区启动…研究」 (a condition naming the "
               "districts; the label decides); " + NODATE),
        L(["四", "（三）", "9"], ["市规划资源局"], ["闵行区、奉贤区政府", LG], dl="2021年底", dln="2021-12",
          note="「闵行区、奉贤区政府」 kept whole, 临港新片区管委会 after ， a name of its own; 「2021年底形成专项规划研究中期成果」 → "
               "2021-12; 「浦江第一湾」 a place name"),
        L(["四", "（四）", "10"], [NEW4, LG], ["市规划资源局", "市绿化市容局"], dl="2021年上半年", dln="2021-06",
          note="「嘉定区、松江区、青浦区、奉贤区政府」 kept whole (as plans-next8 r11); 「2021年上半年确定造林空间落地方案」 → 2021-06 "
               "(上半年 → June); 「五个」 new towns counted in Chinese numerals, no target"),
        L(["四", "（四）", "12"], [NEW4, LG], ["市绿化市容局"], targets=[(100, "公顷")],
          note="「建成一批100公顷以上的“绿心”公园」: 以上 joined to the size that picks the parks — a target (round 30); " + NODATE),
        L(["四", "（五）", "14"], ["市发展改革委"], ["市财政局", "市绿化市容局"], dl="2021年上半年", dln="2021-06",
          note="「2021年上半年研究明确政策路径」 → 2021-06; 「两类项目」 names kinds"),
        S(["四", "（五）", "15"], ["市绿化市容局"], ["市绿化市容局"], dl="2021年上半年", dln="2021-06",
          note="15. has no label of its own; the unnumbered paragraph after it 「在总结评估“十四五”规划完成情况的基础上…科学谋划…后续"
               "建设目标任务。（牵头单位：市绿化市容局）」 gives work, so it is 15.'s body (CONVENTIONS.md round 32: a trailing paragraph "
               "after the last item of a section that gives work is that item's body) and its label is 15.'s (rule 1): lead and "
               "responsible 市绿化市容局; 「2021年上半年制定出台环城生态公园带建设技术规范」 → 2021-06 (the 十五五 / 十六五 planning "
               "has no date)"),
        S(["五", "（三）"], [], ["各区政府"], lead_alternatives=[["各区政府"]],
          note="「各区政府是环城生态公园带规划建设的责任主体」: " + DESIG + "; " + SUBJ + "; 「纳入市政府对各区的绩效考核范围」 "
               "(市政府 assesses, a receiver of results, no doer), 「定期通报建设动态」「跟踪督办」「予以通报批评」 without subject — "
               "no unit and no duty (no body named for the reports); " + NODATE),
     ],
     plan_targets=[{"number": 10, "unit": "片"}, {"number": 17, "unit": "条"}],
     phases=[], duties=[],
     notes=["counting: 一、指导思想 and 三、总体目标 are sections; 二、基本原则 （一）–（四） are principles naming no unit — not tasks "
            "(round 27); 四、 1.–15. 15 tasks (the paragraph after 15. is its body, round 32); 五、保障措施: （三） names 各区政府 "
            "(「是…的责任主体」, a designation) and （二） 「各区政府…抓紧制定…行动计划…将目标任务分解落实到年度、季度」 makes 各区政府 the "
            "subject of 落实 (in 分解落实) — both tasks; （一） 「建立由市绿化市容局牵头，市相关部门和各相关区政府组成的…推进机制，负责…」 "
            "sets up a body (rule 3: its members and the 牵头 of the mechanism are not the item's units) and 「各区政府建立健全…机制，"
            "统筹做好…」 gives plain verbs — no unit, not a task → **17**. Accepted 16 (五/（二） read as 制定, a plain verb), 18 (every "
            "leaf of 四、 and 五、) and 22 (every numbered leaf, 二、's principles included)",
            "units: every item of 四、 has a label (rule 1); names sharing 政府 after 、 kept whole as printed (round 31; "
            "plans-next8 r11); 五/（二） is left out of the samples (分解落实 read as 落实 or not: not settled)",
            "dates: 2021年底 → 2021-12 (7., 9.; 5. has two dated steps, not checked), 2021年上半年 → 2021-06 (10., 14., 15.), "
            "「“十四五”期间」 → 2025 (1.–4., 6.; plans-next55); 三、's 到2025年 / 到2035年 are the plan's goal years; the "
            "stages 「“十四五”期间探索推进、“十五五”形成框架、“十六五”基本建成」 are not written as phases (names of five-year "
            "periods, no months); no duties",
            "plan targets: 三、总体目标's 到2035年 goal 「向内连接10片楔形绿地，向外连接17条生态间隔带」; 「“一大环+五小环”」 and "
            "「“一江、一河、一带”」 are names; 30周年 (指导思想) is an anniversary, not a target; document numbers and the plan "
            "years 2017-2035 are not targets"])


# Round 51 (al51): aligned to tests/data/CONVENTIONS.md "Round 58 rulings" → Tasks (turned, round 35 over x105_01's one
# task): the run-in headed paragraphs after a （N） heading's lead-in are that item's items, the lead-in their opening
# text, as x157_03 二/（二） reads — 三/（一）–（三）: 3 → 7 (3 + 2 + 2), count 4 → 8; 4 stays accepted. The three samples
# on the headings give way to one sample per run-in item, read at the text (README, "Round 51")
from expected_tools import _sample32 as _sample51  # noqa: E402

_RUNIN51 = ('aligned round 51 to CONVENTIONS.md "Round 58 rulings" (turned, round 35 over x105_01\'s one task): a run-in '
            "headed paragraph after the （N） heading's lead-in is one of that item's items (round 35; round 56's x245_02; as "
            "x157_03 二/（二） reads), the lead-in its opening text; new sample, read at the text: ")


def _runin51(path, heading, note, **kw):
    text = (DIR / X01).read_text(encoding="utf-8")
    line = text[:text.index("\n" + heading + "。") + 1].count("\n") + 1
    return S([*path, heading], note=_RUNIN51 + note + "; " + NODATE, line=line, title_starts=heading[:8], **kw)


_p51, _ = _sample51("x105_01", None)
for _path in (["三", "（一）"], ["三", "（二）"], ["三", "（三）"]):
    _p51["samples"].remove(_sample51("x105_01", _path)[1])
_p51["samples"][0:0] = [
    _runin51(["三", "（一）"], "保障基础设施安全舒适",
             "「…应符合《公园设计规范GB51192-2016》…要求」「公园内厕所可视…需求，合理配备第三卫生间」「在有条件的公园内逐步普及AED等"
             "急救设施并组织开展日常培训演练」 (组织开展 with no subject): " + NONE + "; the standard and document numbers "
             "(GB51192-2016, 沪绿容〔2019〕156号) are not targets (not checked)"),
    _runin51(["三", "（一）"], "提升改进配套服务设施",
             "「新建或纳入提质升级计划的综合公园、历史名园、专类公园第三卫生间…覆盖率达100%」: the item's goal, a target "
             "(CONVENTIONS.md targets: a goal's quantity; the old sample 三/（一）'s 100%); GB50763—2012 a standard number; " + NONE,
             targets=[(100, "%")]),
    _runin51(["三", "（一）"], "创新优化智慧互动设施",
             "「提供适应各年龄的非硬化步行径…」「积极采用高新技术，增设…」「鼓励设置沙坑、树屋…」: no subject; " + NONE),
    _runin51(["三", "（二）"], "发挥自然优势开展科普教育活动",
             "「依托公园特有的生态自然环境，因地制宜设立…自然教育场地」「深入推进各类园艺文化活动」: no subject; " + NONE),
    _runin51(["三", "（二）"], "深化面向老年人和儿童的文体活动",
             "「联合学校、博物馆、艺术馆、自然学校等机构…开展…文化活动」 (the partners of 联合 are no doers), 「积极组织开展适老适儿的"
             "体育健身活动」 with no subject: " + NONE),
    _runin51(["三", "（三）"], "强化老人、儿童在公园规划建设中的参与度",
             "「可以采取多种形式听取…意见」「可以邀请…」 (options, " + OPTION + "), 「鼓励家长带领儿童认养绿植」 (persons "
             "encouraged, never a unit, round 30): " + NONE),
    _runin51(["三", "（三）"], "提升老人、儿童在公园管理中的获得感",
             "「鼓励老人、儿童参与公园政策制定，建立健全其参与公共活动和公共事务机制」「及时收集、整理、分析…需求」: persons "
             "encouraged and no subject: " + NONE),
]
_p51["leaf_tasks"], _p51["count_alternatives"] = 8, [4, 7]
_p51["leaf_tasks_by_section"] = {"三、主要任务 （一）–（三）'s run-in items": 7, "四、保障措施 （一）": 1}
_p51["notes"].append(
    "aligned round 51 to CONVENTIONS.md \"Round 58 rulings\" (turned, round 35 over x105_01's one task): the run-in "
    "headed paragraphs are the （N） items' items: 三/（一） 保障基础设施安全舒适 / 提升改进配套服务设施 / 创新优化智慧互动设施, 三/（二） 发挥自然优势"
    "开展科普教育活动 / 深化面向老年人和儿童的文体活动, 三/（三） 强化…参与度 / 提升…获得感 → 3 + 2 + 2 = 7 with 四/（一） → "
    "leaf_tasks 4 → 8; the earlier reading (the headings as three tasks) stays accepted (count_alternatives [7] → [4, 7]); "
    "samples 三/（一）, 三/（二）, 三/（三） give way to the seven run-in items")
write_collected(DIR)
