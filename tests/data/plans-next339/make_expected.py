# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next339/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 64 (built by helper c339, for round 65): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``locate``);
every answer was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 83 rulings,
written early" to its end in full — Rounds 83–89 — older rulings only where a ruling quoted there led) and
/work/shared/plans-dev/EXPECTED.md (lines 1–60) applied to every item. Neither the parser nor the scorer was run on
this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next339/make_expected.py tests/data/plans-next339
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the wrapper rebuilt in front of it gives exactly the stored character count")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/规划与土地/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, or a party by role, standing as the subject of "
           "the article's verb of doing is a doer whatever the verb (Round 85's x321_04 第十条; Round 87's x325_01 第二十四条); "
           "an application (round 30's applicant), a review of a submission and the decision on it (Round 85's x321_02; "
           "Round 87's x327_04), a sending (Round 83's x315_01 第十一条) and options (可, round 49 p46b) name none")
POINTS = ("outside articles rule 2's list is closed (rounds 30, 44; Round 83's x313_02 五、: headed points keep it, "
          "Round 77's x302_03): only 负责／实施／落实／组织＋verb／由A＋verb／牵头／会同／配合 name doers")
DUTYSPLIT = ("an article that divides duties among bodies, paragraph by paragraph or clause by clause, is one task naming "
             "every body it gives work, in printed order (Round 82's p60c-1; Round 87's x327_02 二 confirmed, x328_04 三 "
             "governs: 会同 inside it gives lead A with its partners, bodies that lead different parts all leads)")
RECUR = ("「每年N月底前」 recurs every year and prints no year: a recurring date is no deadline (round 34; Round 84's "
         "p61e-1: a rhythm's period is no deadline)")
NOSUBJ = ("acts of the rules' own work with no subject give work (round 65's x274_01; Round 87's x325_03 三、): a task "
          "naming no unit")


# ---------------------------------------------------------------------------------------------------------
X01 = "x339_01_changsanjiao-shifanqu-2023-jichu-dili-xinxi-shuju-gengxin-zanxing-banfa.txt"
P01 = "长三角生态绿色一体化发展示范区基础地理信息数据更新暂行办法"
N01 = "关于印发《长三角生态绿色一体化发展示范区基础地理信息数据更新暂行办法》的通知"
ZWH_F = "长三角生态绿色一体化发展示范区执行委员会"
ZWH = "示范区执委会"
LS_F = "上海市、江苏省和浙江省自然资源主管部门"
LS = "两省一市自然资源主管部门"
SJ = "苏州市、嘉兴市自然资源主管部门"
LQ_F = "上海市青浦区、江苏省苏州市吴江区和浙江省嘉善县自然资源主管部门"
LQ = "两区一县自然资源主管部门"
CHY = "上海市测绘院"
DEFNAME = ("a defining bracket 「（以下简称“X”）」 printed inside a name is dropped and the name read as printed around it "
           "(RULING? 1); the defined short name is kept where it is printed later (Round 81's x310_04; Round 89's x334_03 "
           "第九条 confirmed: the name at the bracket and the defined name where it acts later, both in printed order)")
PLACES = ("places joined by 、 and 和 before one head are one name as printed (round 31: 「三省一市发展改革、市场监管部门」; "
          "Round 89's x334_01 各级绿化市容和财政部门)")

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the measures' own title (line 17) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源调〔2023〕366号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局, 江苏省自然资源厅, 浙江省自然资源厅, 长三角生态绿色一体化发展示范区执行委员会",
     date="2023-09-20",
     date_note="the cover is signed by the four bodies 2023年9月20日 (lines 7–15); the index and front matter give "
               "2023-09-26 (the page's date); 第十二条 「自印发之日起执行」 a general provision; no task is dated",
     level="the Shanghai planning bureau with the Jiangsu and Zhejiang natural-resources departments and the demonstration "
           "zone's executive committee, to the five city and district natural-resources bureaus: a shared scheme for "
           "updating and sharing the zone's basic geographic data — duties, update rhythm, standard, quality, custody, "
           "sharing, money, publication",
     source=src("关于印发《长三角生态绿色一体化发展示范区基础地理信息数据更新暂行办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::1f080ce4116b413c8e900b112a8fee83", 2082),
     style="a cover notice to five bureaus signed by four bodies, the measures' title, 12 articles 「第N条 heading」 (the "
           "heading after one space on a line of its own, the text below, one paragraph each but 第三条's long sentence "
           "of four bodies' clauses); short names defined inside names 「上海市、江苏省和浙江省（以下简称“两省一市”）自然资源"
           "主管部门」",
     leaf_tasks=7, count_alternatives=[6, 8],
     leaf_tasks_by_section={"第一、二条": 0, "第三条": 1, "第四条": 1, "第五条": 0, "第六–十条": 5, "第十一、十二条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第三条 职责"], [ZWH_F], [ZWH_F, LS_F, LS, SJ, LQ_F], lead_alternatives=[[], [ZWH]],
          responsible_alternatives=[[ZWH_F, LS, SJ, LQ_F], [ZWH_F, LS_F, SJ, LQ_F], [ZWH, LS, SJ, LQ]],
          **art(X01, ["第三条 职责"]),
          note="「长三角生态绿色一体化发展示范区执行委员会（以下简称“示范区执委会”）发挥协调统筹作用，会同上海市、江苏省和浙江省（以下简称“两省一市”）自然资源主管部门推进建立…更新机制。两省一市自然资源主管部门负责组织实施、指导…更新工作；苏州市、嘉兴市自然资源主管部门负责…业务指导，上海市青浦区、江苏省苏州市吴江区和浙江省嘉善县（以下简称“两区一县”）自然资源主管部门负责…更新工作。」 — "
               + DUTYSPLIT + "; 「A会同B推进」 gives lead A (rule 2), 负责 the others (「A负责指导…」 is 「A负责…」, round 30); "
               + DEFNAME + ", so the partner at its bracket and the same departments by their short name as subject of "
               "负责 are both listed (the body once, by either name, accepted; the short names throughout accepted); "
               + PLACES + "; lead [] accepted (Round 87's x328_04 三); " + NODATE),
        S(["第四条 更新"], [], [LQ], targets=[(1, "次")], lead_alternatives=[[LQ]], **art(X01, ["第四条 更新"]),
          note="「建立示范区基础地理信息数据定期更新机制，更新频次不低于每年一次。两区一县自然资源主管部门结合…，加快推进基础地理信息数据的动态更新。」 — "
               + ARTICLE + " (加快推进), the defined name where it acts (Round 81's x310_04); 建立…机制 with no subject "
               "gives the same task no other unit; 「不低于每年一次」: a quantity joined to 不低于 is a target (round 30's "
               "line), events in a rhythm a number of work, 1 次 included (Round 84's p61e-1; Round 85's x320_09 二), the "
               "period 每年 none; an update is no report, no duty; " + ONE_LEAD + "; " + NODATE),
        S(["第六条 质量"], [LS], [LS, ZWH], lead_alternatives=[[]], **art(X01, ["第六条 质量"]),
          note="「示范区基础地理信息成果质量应满足相关规定的要求。两省一市自然资源主管部门会同示范区执委会加强对…更新数据质量的监督，数据成果需经省级及以上测绘产品质检机构检验，确保数据更新质量。」 — "
               "the first sentence a state asked, text (Round 87's x328_03 governs); 「A会同B＋verb」: lead A, responsible A, "
               "B (rule 2), 会同 reaching any verb but a review of another's submission (Round 85's x321_01 五、（二）); "
               "supervising the quality of the update the bodies themselves run is their own work, no review of a "
               "party's filing; the 质检机构 stands in a 经A＋检验 condition on the data, rule 3's 「经A同意」 form, no "
               "unit; lead [] accepted; " + NODATE),
        S(["第七条 保管"], [], [CHY], lead_alternatives=[[CHY], [ZWH]],
          responsible_alternatives=[[CHY, "保管单位"], [ZWH, LS, CHY]], **art(X01, ["第七条 保管"]),
          note="「测绘成果经示范区执委会会同两省一市自然资源主管部门商定由上海市测绘院进行保管,并按照…要求向两省一市自然资源主管部门汇交测绘成果副本。保管单位每年应将…日常管理情况汇总报送至示范区执委会和两省一市自然资源主管部门，…。保管单位每年一月将上一年度地理信息数据的更新情况，抄送两省一市自然资源主管部门。」 — "
               "由A＋a verb of doing names A (rule 2: 由上海市测绘院进行保管); the bodies that agree on the keeper stand in a "
               "经A…商定 condition, rule 3's 「经A同意」 form, no units (RULING? 2: or 「经A会同B商定」 is a 会同 clause, lead "
               "示范区执委会 — accepted); 保管单位 points back to the keeper the article names and adds no unit (Round 87's "
               "x323_02 第二十一条 组建部门, the list with it accepted); the three sendings name none (rounds 46, 48) and are "
               "duties (below); " + ONE_LEAD + "; 每年一月 recurs, no deadline (round 34); " + NODATE),
        S(["第八条 共享"], [], [LS], lead_alternatives=[[LS]], responsible_alternatives=[[LS, "两区一县"]],
          **art(X01, ["第八条 共享"]),
          note="「建立基础地理信息数据共享机制。示范区基础地理信息数据成果由两省一市自然资源主管部门共享成果，两区一县通过签订共建共建协议后共享使用示范区范围内的基础地理信息数据成果。」 — "
               "由A＋a verb of doing names A (rule 2), 共享 among the bodies themselves their joint work, no sending (Round "
               "85's x317_01 第六条 governs); 「两区一县」 is defined in 第三条 as the three places (「上海市青浦区、…嘉善县"
               "（以下简称“两区一县”）」), so standing alone it is a place with no head, no body (Round 83's x315_01 第二十条: "
               "a level or a place with no head names none) — the list with it accepted (RULING? 3); 「共建共建」 as printed; "
               + ONE_LEAD + "; " + NODATE),
        S(["第九条 资金保障"], [], [LS], lead_alternatives=[[LS]],
          responsible_alternatives=[["两区一县人民政府", LS, ZWH]], **art(X01, ["第九条 资金保障"]),
          note="「两区一县人民政府依据本办法要求落实经费，为…持续更新提供资金保障。两省一市自然资源主管部门加大对示范区支持力度，优先支持地理信息试点项目在示范区落地。示范区执委会结合…，协调做好资金保障工作。」 — "
               "acts that only move money are the scheme's terms and name payers (Round 83's x311_01 第七条; round 30: 由A承担／"
               "保障 with a cost as object; Round 87's governs on x323_02 第三十六条: 统筹安排 names a payer where its matter is "
               "money alone), so 落实经费 and 协调做好资金保障工作 name none; the departments' 加大支持力度，优先支持…项目…落地 "
               "support the projects themselves, work beyond money, so the article is a task (round 39: a point that also "
               "gives work) naming them (" + ARTICLE + ") (RULING? 4: or the whole article money, no task — 6 accepted; or "
               "every subject a doer, round 44 — accepted); " + ONE_LEAD + "; " + NODATE),
        S(["第十条 发布"], [ZWH], [ZWH, LS], lead_alternatives=[[]], **art(X01, ["第十条 发布"]),
          note="「示范区执委会会同两省一市自然资源主管部门每年组织编制示范区基础地理信息数据成果目录，根据…向社会统一发布。」 — "
               "「A会同B组织编制」: lead A, responsible A, B (rule 2), the short names where they act (Round 81's x310_04); "
               "publishing to the public is disclosure, no duty (Round 89's x329_03 第三十二条), and a yearly catalogue no "
               "report; 每年 no count; lead [] accepted; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "按照测绘成果管理相关要求向两省一市自然资源主管部门汇交测绘成果副本", "when": None, "when_norm": None,
              "note": "第七条 — the keeper hands copies of the results it keeps to the departments that use them: a sending "
                      "of records to the bodies that use them is a duty (Round 85's x321_01 六、（二）; Round 83's x315_01 "
                      "第十一条), undated"},
             {"what": "保管单位每年应将数据的存储、传输、处理、提供、安全等日常管理情况汇总报送至示范区执委会和两省一市自然资源主管部门",
              "when": "每年", "when_norm": "yearly",
              "note": "第七条 — a body the rules task sending the results of the work they give it is a duty (Round 89's "
                      "x329_01 第十一条; Round 87's turned 备案), yearly"},
             {"what": "保管单位每年一月将上一年度地理信息数据的更新情况，抄送两省一市自然资源主管部门", "when": "每年一月",
              "when_norm": "yearly (January)",
              "note": "第七条 — the same form, each January for the year before (Round 81's x309_02 第七条: a tasked body's "
                      "sending with its time each year is a yearly duty)"}],
     notes=["counting (leaf tasks): the cover's 「请遵照执行」 no task; 第一条 purpose, 第二条 definition, 第十一条 "
            "interpretation, 第十二条 entry into force — general provisions (round 30); 第五条 「…更新应当按照《…数据标准》进行」 "
            "states only the standard the update follows, text (Round 88's decided x290_01 第十五条: 「…应当符合《…》…标准」 a "
            "state the works meet) (RULING? 5); 第三条 one task (its bodies' clauses one duties article, Round 82's p60c-1); "
            "第四、六、七、八、九、十条 one each → **7**. Accepted: 6 (第九条 money alone, no task), 8 (第五条 counted as a "
            "limit on the update, Round 87's x326_05).",
            "units: article subjects (round 44); the zone's committee and the departments by the names printed where they "
            "act, the defined short names later (Round 81's x310_04); 两区一县 alone a place with no head (RULING? 3); "
            "上海市测绘院 by 由A",
            "dates: none; 2023年9月20日 the cover's signing; 每年, 每年一月 recur",
            "figures: 1 次 (第四条 不低于每年一次); unchecked: the document number 示范区执委会发〔2021〕29号 in the cover",
            "duties: three in 第七条 — the custody copies (undated), the yearly report of custody, the January copy of the "
            "update record; not duties: 第十条's publication (disclosure)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x339_02_shi-guihuaziyuanju-2023-dizhi-zaihai-weixianxing-pinggu-guanli-guiding.txt"
P02 = "上海市地质灾害危险性评估管理规定"
N02 = "关于印发《上海市地质灾害危险性评估管理规定》的通知"
SGH = "市规划资源行政管理部门"
GH = "规划资源行政管理部门"
JS = "建设单位"
CLASS = ("a figure inside a noun naming the class of project the work picks is a class, no target (round 58; Round 83's "
         "x311_01 第十条, turned; Round 87's x328_03 第十条 「高度不超过55米的建筑外墙面」 confirmed), ≥ a comparison sign "
         "(Round 89's x334_03) changing nothing")

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源规〔2023〕2号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2023-06-29",
     date_note="the cover is signed 2023年6月29日 (line 9) and passed by the bureau's meeting that day; in force 2023年7月1日 "
               "to 2028年6月30日 (the cover, general provisions); no task is dated",
     level="the city planning and natural-resources bureau, to the district bureaus, its branch offices and the assessment "
           "firms: how geological-hazard risk is assessed for building projects — area-wide assessment by the bureau, "
           "separate assessment of named classes of project, the steps at land sale and permit, qualifications, the "
           "expert pool and supervision",
     source=src("关于印发《上海市地质灾害危险性评估管理规定》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::edcca4281acd4bb2884a632c57f2933f", 2485),
     style="a short cover notice, the rules' title, a preamble and six headed points 一、–六、 (no 第N条): 三、 a paragraph "
           "over （一）, （二） (each a heading line) with 1.–4. under each, （二）1. a lead-in over （1）–（4）; 四、 "
           "（一）–（四） run-in; 五、 and 六、 childless points of two paragraphs each; 附件 lines at the end",
     leaf_tasks=13, count_alternatives=[11, 12, 14, 16],
     leaf_tasks_by_section={"一、二、": 0, "三、（一）": 4, "三、（二）": 3, "四、": 4, "五、": 1, "六、": 1},
     childless_top_level_sections=["一、适用范围", "二、基本原则"],
     samples=[
        S(["三", "（一）", "1"], [], [SGH], lead_alternatives=[[SGH]],
          note="「1.地质灾害危险性区域评估由市规划资源行政管理部门组织开展。」 — 由A＋组织开展 names A (rule 2); the paragraph "
               "opening （一） leads into 1.–4. and is no leaf (Round 85's x311_04 第十一条); " + ONE_LEAD + "; " + NODATE),
        S(["三", "（一）", "2"], [], [], targets=[(52, "个")],
          note="「2.全市划分为52个地质灾害危险性评估单元开展区域评估（附件1）。」 — " + NOSUBJ + "; the count of units the "
               "work divides the city into is its own number of work (round 49 「改造100户」; round 62's 「每乡镇4场」; Round "
               "87's x328_02 附件/1), no kind named (RULING? 6: or a fixed division of the map, a norm with no comparison "
               "word, round 30); " + NONE + "; " + NODATE),
        S(["三", "（一）", "4"], [], [SGH], targets=[(1, "轮")], lead_alternatives=[[SGH]],
          note="「4.经审查通过后的地质灾害危险性区域评估报告由市规划资源行政管理部门在门户网站上发布，每年进行动态维护，每五年完成一轮动态更新。」 — "
               "由A＋a verb of doing names A (rule 2), the clauses after it carrying it; publishing is disclosure, no duty "
               "(Round 89's x329_03 第三十二条); events in a rhythm are a number of work, 一 as any number (Round 84's "
               "p61e-1: 1 次), so 一轮 → 1 轮, the period 每五年 none (Round 60's x174_01) and no deadline (round 34); "
               + ONE_LEAD + "; " + NODATE),
        S(["三", "（二）", "1"], [], [], not_targets=[(150, "米"), (15, "米")],
          note="「1.特定建设项目需单独进行地质灾害危险性评估，包括：（1）轨道交通、…等市政工程；（2）…；（3）高度≥150米的各类建（构）筑物工程或者开挖深度≥15米的基坑工程；（4）…经市规划资源行政管理部门组织专家论证，认为需要单独进行评估的其他建设项目。」 — "
               "lines that only class the projects a duty falls on are a list of cases, the text of the item that announces "
               "them, one task naming none (Round 87's x323_04 第五十一条 confirmed; Round 78's (b); Round 86's (a)); " + CLASS
               + "; the bureau in （4） stands inside the description of a class of project, no doer (round 30: a body "
               "inside a noun's description) (RULING? 7: or （1）–（4） are leaves, 16 accepted); " + NONE + "; " + NODATE),
        S(["三", "（二）", "3"], [], [], not_targets=[(15, "米")],
          note="「3.采用降排水法施工且开挖深度≥15米的深基坑工程，在进行地质灾害危险性评估时，应当将地面沉降危险性评估作为主要内容。评估报告应当根据分区地面沉降控制要求，提出基坑周边区域的地面沉降控制要求；对需要实施回灌的，应当提出采取回灌措施的建议；…」 — "
               "what the assessment must take up and propose are acts the work must include, limits on the procedure's own "
               "work, a task naming none (Round 87's x327_01 第七条; Round 87's governs on x328_03: a limit or an act on how "
               "the work is done is a task, a line stating only the state asked text) (RULING? 8: or the report's required "
               "contents, its standard's terms, Round 85's x315_02 第八条 — 12 accepted); the 15 米 inside 「…≥15米的深基坑"
               "工程」: " + CLASS + "; " + NONE + "; " + NODATE),
        S(["四", "（一）"], [], [], responsible_alternatives=[["市、区规划资源行政管理部门"]],
          note="「（一）市、区规划资源行政管理部门在土地出让或核发规划土地意见书时，应同步告知建设单位地质灾害危险性区域评估结果和后续管理要求。建设单位应根据管理要求，判断建设项目是否需要单独进行地质灾害危险性评估。」 — "
               + POINTS + "; 告知 a party what it needs to act on is a sending, which names no doer (Round 85's x322_04 "
               "第七条, turned), and 判断 is outside the list; an item whose only acts are owed sendings and a party's own "
               "step is still a task naming no unit (Round 83's x313_01 第十一条); the notice to a builder is no report up, "
               "no duty (EXPECTED.md: reporting, submitting, filing); " + NONE + "; the departments (「市、区X部门」 one name, "
               "round 30) accepted; " + NODATE),
        S(["四", "（二）"], [], [], responsible_alternatives=[[JS]],
          note="「（二）适用区域评估的建设项目，建设单位应到市规划资源行政管理部门门户网站下载并阅知…区域评估报告，在申请《建设工程规划许可证》时，填写并同步提交《建设项目地质灾害防治承诺书》（附件2）。」 — "
               "a regulated party bound by 应 to acts gives work (Round 84's p61a-2; Round 83's x316_01 一: parties bound in "
               "a notice's points, a task naming none) — here reading the report and committing to the measures it asks "
               "(RULING? 9: or the builder's steps in its own permit application are an applicant's terms, no task — Round "
               "85's x321_02; Round 87's x325_01 第十五条 — 12 accepted); " + POINTS + ": 下载, 阅知, 填写, 提交 are none of "
               "them, and the bureau's website is where the report lies, no doer; the commitment handed in with one's own "
               "application is no duty (round 42); " + NONE + "; 建设单位 accepted; " + NODATE),
        S(["四", "（三）"], [], [GH], lead_alternatives=[[GH]], responsible_alternatives=[[]],
          note="「（三）需单独进行地质灾害危险性评估的特定建设项目，建设单位应开展单独评估，在申请…时，填写并同步提交《…承诺书》。规划资源行政管理部门对特定建设项目是否按照规定开展单独评估情况进行核查，发现未按规定进行单独评估的，由规划资源行政管理部门依法处置。」 — "
               "the rules' own body acting on a breach is a doer by 由A in headed points (Round 83's x316_02 （二十）; Round "
               "85's x319_02 六), and 「发现…的」 after the body's own check is a branch of that check, no contingency "
               "(Round 85's x319_01 第七条（二）: a branch after the item's own check names its body; Round 79); 进行核查 and "
               "建设单位's 开展 (without 组织) are outside rule 2's closed list (" + POINTS + "); " + ONE_LEAD + "; none "
               "accepted; " + NODATE),
        S(["四", "（四）"], [], [JS], lead_alternatives=[[JS]], responsible_alternatives=[[]],
          note="「（四）建设单位应按照地质灾害危险性评估结果要求，自觉落实地质灾害防治措施。深基坑工程的设计方案与施工方案应当根据…明确地面沉降监测和防治要求。」 — "
               "落实 with measures as its object is rule 2's own verb (Round 83's x312_03; Round 87's x324_04 二), in headed "
               "points too; the second sentence states what the plans must hold, its subject a document; " + ONE_LEAD
               + "; none accepted; " + NODATE),
        S(["五"], [], [SGH], lead_alternatives=[[SGH]],
          note="「五、资质和专家库 从事地质灾害危险性评估的单位应持有相应级别的…资质。 市规划资源行政管理部门负责组建地质灾害防治技术专家库，为…专家审查提供支持。」 — "
               "a childless top-level point that gives work by a rule-2 doer is a task (Round 84's p61c-1), 负责 naming the "
               "bureau (rule 2); what a practitioner must hold is the scheme's terms, no act (Round 87's x327_02 五), and "
               "the 的-phrase's bare head 单位 a call (Round 85's x317_04 第四条); " + ONE_LEAD + "; " + NODATE),
        S(["六"], [], [SGH], lead_alternatives=[[SGH]], responsible_alternatives=[[GH, SGH]],
          note="「六、监督检查 建设单位应在…竣工规划资源验收时…作出书面承诺。规划资源行政管理部门对建设单位承诺落实…情况进行监督检查。 评估单位应按规定…填报公示项目信息。市规划资源行政管理部门按照“双随机、一公开”的方式，每年组织对评估单位资质情况和…活动情况进行监督检查。对违反…的单位，市规划资源行政管理部门按照相关法律法规进行查处，并实施信用管理。」 — "
               "a childless point is one leaf (Round 85's x318_01 二); 组织＋review names its subject (Round 81's x309_02 "
               "第十二条; Round 85's x316_03 四/（三）/1), and 实施 is rule 2's own verb; the first paragraph's 进行监督检查 is "
               "outside the closed list (" + POINTS + ") — the list with 规划资源行政管理部门 accepted; the builder's "
               "promise and the firms' filing on their own projects are no duties (round 42); 每年 recurs, no count; "
               + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): the cover's 「请按照执行」 no task; the preamble and 一、 (scope) general provisions "
            "(round 30); 二、 principles, a section (round 68; Round 85's x317_02 一、); 三、's and （一）（二）'s opening "
            "paragraphs lead into their items (Round 85's x311_04 第十一条); 三、（一）1.–4. four tasks (3. 「…评估报告应当经专家"
            "审查通过」 a limit on the procedure, Round 87's x327_01 第七条, though its first clause only names the standard); "
            "三、（二）1. one task (its （1）–（4） classes), 2. 「单独评估适用…技术标准」 a state, text (Round 88's decided x290_01 "
            "第十五条), 3. and 4. (「单独评估报告应当经专家审查通过…专家审查应当…提出明确的建议」) tasks; 四、（一）–（四） four; 五、 and "
            "六、 one each (childless points with a rule-2 doer, Round 84's p61c-1) → 4 + 3 + 4 + 1 + 1 = **13**. Accepted: "
            "11 and 12 (三、（一）3. and 三、（二）3. as the report's standard, text; or 四、（二） an applicant's steps, RULING? 8, "
            "9), 14 (三、（二）2. counted), 16 (（1）–（4） as leaves, RULING? 7).",
            "units: headed points, so rule 2's closed list (Round 83's x313_02 五、); 市规划资源行政管理部门 by 由A组织开展／由A"
            "发布／负责／组织＋review／实施; 规划资源行政管理部门 by 由A依法处置; 建设单位 by 落实 (四、（四））",
            "dates: none; 2023年6月29日 the cover, 2023年7月1日 to 2028年6月30日 the rules' term (general provisions)",
            "figures: 52 个 (三、（一）2.) and 1 轮 (三、（一）4.) targets; not targets: 150 米 and 15 米 in classes of project "
            "(三、（二）1.（3）, 3., 4.)",
            "duties: none — the builders' commitments and the firms' filings are their own (round 42); publication is "
            "disclosure"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x339_03_shi-guihuaziyuanju-2022-quanyu-tudi-zonghe-zhengzhi-gongzuo-guanli-banfa.txt"
P03 = "上海市全域土地综合整治工作管理办法（试行）"
N03 = "关于印发《上海市全域土地综合整治工作管理办法（试行）》的通知"
SG3 = "市规划资源部门"
QG3 = "区规划资源部门"
SJXG = "市级相关部门"
XZ = ["乡镇政府", "街道办事处"]
QZF = "区政府"
QZF_P = "区政府（管委会）"
TIAO = "市、区各条线部门"
BRACKET = ("「区政府（管委会）」「区（管委会）X部门」: a bracket that gives the body of the same kind in another area is dropped "
           "wherever it stands in the name (Round 89's x331_02 and x334_04, turned on the bracket), so 区政府, 区X部门, the "
           "printed names accepted")

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the measures' own title (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源乡〔2022〕348号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2022-09-14",
     date_note="the cover is signed 2022年9月14日 (line 9); 第四十四条 「自印发之日起实施」 a general provision; the yearly "
               "dates (每年3月底前, 4月底前, 10月底前, 12月底前, 每年第四季度) recur and date no task",
     level="the city planning and natural-resources bureau, with the city government's consent, to the district "
           "governments with farmland, the Lingang committee and the city bureaus: how whole-area land consolidation "
           "pilots run, town by town — duties, application and selection, plans and their approval, the farmland "
           "balance, delivery, acceptance, supervision, money and appraisal",
     source=src("关于印发《上海市全域土地综合整治工作管理办法（试行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::9c7f5d3cc93343ca92ca03e46828323c", 6359),
     style="a short cover notice, the measures' title, nine chapters 「第N章 title」 and 44 articles 「第N条 text」 printed "
           "on the label's own line (no headings, no numbered items; 第五、六、二十九条 of several paragraphs); bodies "
           "defined in brackets 「（以下简称“区政府（管委会）”）」「（以下简称“市级相关部门”）」",
     leaf_tasks=31, count_alternatives=[29, 30, 32, 33, 35],
     leaf_tasks_by_section={"第一–四条": 0, "第五–七条": 3, "第八–十条": 3, "第十一–十五条": 5, "第十六–十八条": 0,
                            "第十九、二十条": 2, "第二十一–二十三条": 3, "第二十四、二十五条": 0, "第二十六–三十五条": 10,
                            "第三十六条": 0, "第三十七条": 1, "第三十八条": 0, "第三十九–四十一条": 3, "第四十二条": 0,
                            "第四十三条": 1, "第四十四条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第五条"], [SG3, "市发展改革、财政"],
          [SG3, "市发展改革、财政", "市农业农村、水务、绿化市容、住房城乡建设、交通等市级条线部门"],
          lead_alternatives=[[SG3], []],
          responsible_alternatives=[[SG3, "市发展改革、财政", SJXG]], **art(X03, ["第五条"]),
          note="「市规划资源部门牵头制定相关政策措施，…负责组织市级相关部门共同遴选试点，制定工作计划，审查实施方案。负责市级土地整治项目的立项、…竣工验收等行政管理工作。 市发展改革、财政会同市农业农村、水务、绿化市容、住房城乡建设、交通等市级条线部门（以下简称“市级相关部门”）负责指导…，明确…并负责资金的统筹、拨付、绩效评价和监督检查工作…」 — "
               + DUTYSPLIT + "; 「A牵头」 gives lead A and 「A会同B负责」 lead A with B (rule 2), so both leads; fields "
               "before one head, 等 kept, are one name as printed (round 31), 「市发展改革、财政」 printed with no head "
               "noun, one name as printed (round 30: a name is kept as printed); at the defining bracket the name as "
               "printed, the short name accepted (Round 89's x334_03 第九条); lead [] and the 牵头 body alone accepted; "
               "the paragraphs as two tasks accepted in the count (32); " + NODATE),
        S(["第六条"], [], ["各涉农区政府", "临港新片区管委会", "区规划资源部门", "区发展改革、财政部门",
                        "区农业农村、水务、绿化市容、住房城乡建设、交通等部门"],
          responsible_alternatives=[["各涉农区政府", "临港新片区管委会", "区（管委会）规划资源部门", "区（管委会）发展改革、财政部门",
                                     "区（管委会）农业农村、水务、绿化市容、住房城乡建设、交通等部门"],
                                    ["各涉农区政府", "临港新片区管委会", "区规划资源部门", "区发展改革、财政部门", "区级相关部门"]],
          **art(X03, ["第六条"]),
          note="「各涉农区政府、临港新片区管委会（以下简称“区政府（管委会）”）是全域土地综合整治工作的责任主体，负责研究制定…。 区（管委会）规划资源部门负责…日常管理和监督工作… 区（管委会）发展改革、财政部门负责…资金统筹、预算审核、下达… 区（管委会）农业农村、水务、…交通等部门（以下简称“区级相关部门”）共同参与…，负责落实…」 — "
               + DUTYSPLIT + "; 「A是…的责任主体」 designates A (Round 85's x319_04 第四条) and 负责 besides; " + BRACKET
               + "; fields before one head with 等 one name as printed (round 31); no 牵头: lead []; the four paragraphs "
               "as four tasks accepted in the count (35 with 第五条's two); " + NODATE),
        S(["第九条"], [], [QG3], lead_alternatives=[[QG3]], **art(X03, ["第九条"]),
          note="「区规划资源部门组织区级相关部门对申报内容进行初审，报经区政府（管委会）同意后，于每年3月底前报市规划资源部门。全域土地综合整治应体现规划引领，优先选择…倾斜，并可…同步申报市级土地整治项目。」 — "
               "组织＋review names its subject (Round 81's x309_02 第十二条; Round 85's x316_03 四/（三）/1), the bodies "
               "organised pivot objects (round 30); 报经A同意 and 报B name receivers (rule 3); the sending up is for the "
               "city bureau's 审核确定 (第十条), a step of that decision, no duty (Round 89's x329_04 第九条, x334_01 第八、九条 "
               "confirmed); " + RECUR + "; " + ONE_LEAD + "; " + NODATE),
        S(["第十条"], [SG3], [SG3, SJXG], lead_alternatives=[[]], responsible_alternatives=[[SG3]],
          **art(X03, ["第十条"]),
          note="「市规划资源部门会同市级相关部门审核确定试点名单，于每年4月底前下达当年工作计划，明确工作实施要求、资金整合要求和各单体项目建设要求，同步明确市级土地整治项目计划。」 — "
               "「A会同B＋verb」: lead A, responsible A, B (rule 2), read by its verbs (round 61): the selection of the "
               "districts' applications is a decision on them (Round 85's x321_01 五、（二）: 会同 with a review gives none), "
               "but the same 会同 goes on to 下达 the year's work plan and 明确 its demands, the bodies' own work (RULING? "
               "10: or the sentence is one decision on the applications, its plan the decision's notice — the bureau alone "
               "accepted); the defined name 市级相关部门 where it acts (Round 81's x310_04); " + RECUR + "; lead [] "
               "accepted; " + NODATE),
        S(["第十五条"], [], [], targets=[(1.05, ""), (202, "万亩"), (150, "万亩")], **art(X03, ["第十五条"]),
          note="「实施方案应统筹考虑…，严格落实国土空间用途管制要求，依照“先补后占、占优补优、补占面积比超过1.05”的原则编制耕地（永久基本农田）整理方案，按规划对202万亩耕地保护空间（含150万亩永久基本农田）进行优化调整。」 — "
               "what the plan must weigh and do are acts of the rules' own work with a document as subject, no body (" + NOSUBJ
               + "); 「超过1.05」: a quantity joined to 超过 is a target wherever it stands, a standard the work must meet "
               "included, no unit (Round 77's x302_01 三、 confirmed: the same words); 202 万亩 and 150 万亩: a quota the "
               "work must hold is its goal (Round 83's x315_01 第四条: 180 万亩 confirmed), neither a class nor a norm "
               "(RULING? 11: or the space named is the object the work adjusts, a figure inside a noun, round 58 — "
               "unchecked); " + NONE + "; " + NODATE),
        S(["第十九条"], [], [SG3], lead_alternatives=[[SG3]], responsible_alternatives=[[]], **art(X03, ["第十九条"]),
          note="「实施方案征询村民意见并经…同意后，由乡镇政府或街道办事处送区规划资源部门初审，区规划资源部门初审通过后，将实施方案连同耕地整理方案报市规划资源部门审查。市规划资源部门组织市发展改革、财政和市级相关部门联审，出具审查意见。审查通过的，由乡镇政府、街道办事处报区政府（管委会）审批，区政府（管委会）应于每年10月底前批复实施方案。」 — "
               "a procedure of approval: 由A送B初审 and 由A报B审批 are sendings for review, naming none (Round 77's x299_01 "
               "第十条: 「由A报B批准」), the district bureau's 初审, the opinion and the district's 批复 are reviews and the "
               "decision on a submission, none (Round 85's x321_02; Round 87's x327_04); only 组织＋联审 names its subject "
               "(Round 81's x309_02 第十二条; Round 83's x315_03 第三条 governs: reviews placed by 组织＋verb name their body), "
               "the bodies organised pivot objects; the sendings are steps of approval, no duties (Round 87's x325_01 "
               "第十八条); " + RECUR + "; " + ONE_LEAD + "; none accepted; " + NODATE),
        S(["第二十一条"], [SJXG], [QZF, SJXG, "市财政部门"], lead_alternatives=[[]],
          responsible_alternatives=[[QZF_P, SJXG, "市财政部门"]], **art(X03, ["第二十一条"]),
          note="「实施方案备案入库后，区政府（管委会）协调组织区级相关部门、乡镇政府或街道办事处，在实施周期内有序开展各单体项目实施工作，按期完工，达到整治目标。市级相关部门会同市财政部门按照实施方案和管理要求落实市级单体项目的立项、实施监督和验收工作。」 — "
               "「A组织B＋verb」 names A, the bodies organised pivot objects (round 30), 协调 before it changing nothing; "
               "「A会同B落实」: lead A, responsible A, B (rule 2); " + BRACKET + "; 按期完工 prints no date; lead [] "
               "accepted; " + NODATE),
        S(["第二十六条"], [], XZ + [QG3, SG3], targets=[(1, "年"), (5, "年")], responsible_alternatives=[XZ],
          **art(X03, ["第二十六条"]),
          note="「因地类平衡方案、耕地（永久基本农田）布局调整，以及实施周期延期一年以上（延期后总实施周期不超过五年），确需对实施方案进行重大调整的，应在…前提下，由乡镇政府或街道办事处组织编制实施方案调整报告，经区规划资源部门组织初审、市规划资源部门组织审查同意后，报区政府（管委会）审批。其他情形调整的，由区规划资源部门组织审查后报区政府（管委会）审批。…」 — "
               "an item whose whole work is the response to a case takes its bodies (round 30's clarification; Round 89's "
               "x331_02 第九条 governs), 确需…的 here the article's only case; 由A或B组织编制 names both (rule 2; round 49: 或 "
               "joins doers); 经A组织＋review names A (Round 85's x321_01 二、（二） confirmed: 「经A组织相关部门审核」), so "
               "both bureaus; 报…审批 names a receiver (rule 3); 「延期一年以上」「不超过五年」 in a 的-clause of its own with no "
               "head noun that triggers the step are targets (round 49; Round 83's x313_03 第六条, x311_01 第十条) (RULING? "
               "12: or the reviewing bureaus name none, a review of the towns' report — the towns alone accepted); no "
               "牵头: lead []; " + NODATE),
        S(["第二十七条"], [TIAO], [TIAO], **art(X03, ["第二十七条"]),
          note="「单体项目竣工后，由市、区各条线部门牵头，根据单体项目验收程序和标准，组织办理竣工测绘、验收报批、地类变更等有关手续。」 — "
               "「由A牵头」: lead A, responsible A (rule 2), 组织办理 its own verb besides; 「市、区X部门」 is one name "
               "(round 30), 各 kept as printed; 竣工后 prints no date; " + NODATE),
        S(["第三十一条"], [], [SG3, QG3, TIAO], lead_alternatives=[[QG3]], **art(X03, ["第三十一条"]),
          note="「市规划资源部门通过国土空间管理信息平台，加强…全过程监管。区规划资源部门负责日常监管，汇总整体实施情况，会同镇（街道、乡）做好信息报送工作。市、区各条线部门按职责做好单体项目的日常监管工作，对…进行监督。」 — "
               + ARTICLE + " (加强, 做好) and rule 2's 负责; 「会同镇（街道、乡）」: a level standing alone names no body "
               "(Round 83's x315_01 第二十条; round 43), so the 会同 gives no partner, and with no body beside it no lead is "
               "read (the district bureau as lead accepted, by 会同 alone); the platform is a means, no body; the reporting "
               "is a duty (below); no 牵头: lead []; " + NODATE),
        S(["第三十五条"], [], ["各区政府"], targets=[("1:1", "比例")], lead_alternatives=[["各区政府"]],
          responsible_alternatives=[["各区政府（管委会）"]], **art(X03, ["第三十五条"]),
          note="「充分发挥…市级土地整治资金的引导带动作用，全域整治区域内设立市级土地整治单体项目的，各区政府（管委会）应按照不低于1:1比例配套区级土地整治项目或资金，并与市级土地整治项目同步实施或下达。」 — "
               + ARTICLE + " (配套, 实施 rule 2's own verb besides): matching with projects as well as money is work, not "
               "money alone (Round 83's x311_01 第七条 reads only acts that move money); " + BRACKET + ", 各 kept as printed; "
               "「不低于1:1比例」: a target, the ratio kept as printed (Round 77's decided x302_01 二、, the same words: "
               "(\"1:1\", 比例)); " + ONE_LEAD + "; " + NODATE),
        S(["第四十条"], [SG3], [SG3, SJXG], lead_alternatives=[[]], **art(X03, ["第四十条"]),
          note="「市规划资源部门会同市级相关部门对全域土地综合整治工作开展年度绩效考核与综合评定，建立试点奖励机制。年度绩效考核工作于每年第四季度开展，…考核结果纳入本市耕保责任目标考核。综合评定工作于整体验收后开展，…考核评定和奖励办法另行制定。」 — "
               "「A会同B开展」: lead A, responsible A, B (rule 2; 会同 reaches any verb but a review of a party's "
               "submission, Round 77's x301_02 （十九）) — an appraisal of the pilots' work is the bodies' own (Round 87's "
               "x325_01 第二十四条); 每年第四季度 recurs, no deadline (round 34; Round 84's p61e-1); lead [] accepted; "
               + NODATE),
     ],
     plan_targets=[(5, "年")], phases=[],
     duties=[{"what": "区政府（管委会）将批复的实施方案同步报送市规划资源、市财政和市级相关部门备案入库", "when": None, "when_norm": None,
              "note": "第二十条 — a body the rules task filing the plan it approved is a duty, undated (Round 87's x325_02 "
                      "第十五条 and x328_01 第十条, turned: a plan body's 备案 of its own results; round 48)"},
             {"what": "区规划资源部门负责日常监管，汇总整体实施情况，会同镇（街道、乡）做好信息报送工作", "when": None, "when_norm": None,
              "note": "第三十一条 — reporting the information of the work the rules give it is a duty, no time printed "
                      "(plans-dev 01 and 04; Round 85's x320_04 (二)/5)"}],
     notes=["counting (leaf tasks): the cover's 「请认真按照执行」 no task; 第一条 purpose, 第二条 definition and scope, "
            "第四十四条 entry into force — general provisions (round 30); 第三条 names the stages and the span 「一般为三年，原则上"
            "不超过五年」, the scheme's terms in 总则 with no owed act, its ceiling a plan target (Round 87's x327_01 六) "
            "(RULING? 13); 第四条 principles (round 68); 第十六条 可 options (round 49 p46b); 第十七条 「原则上应在…范围内实现平衡」 "
            "a state the plan reaches, then options (Round 86's (b); round 49) (RULING? 14); 第十八条 「…可由区规划资源部门…报批」 "
            "an option (round 30: 「可由A…」 is no assignment); 第二十四、二十五、三十八条 支持／鼓励, no work (rounds 30, 40; Round "
            "87's x328_01 第八条); 第三十六条 「…落实…年度资金预算，并…拨付市级财政资金」 only moves money (Round 89's x329_02 "
            "第七条 confirmed); 第四十二条 liability 「应责令整改并追究…责任…依法追究刑事责任」 with no agent, a general provision "
            "(Round 87's x325_01 第二十五条; x334_04 第十九条) — no tasks. Tasks: 第五、六、七条 (one each, duties articles, "
            "Round 82's p60c-1), 第八–十五条 (8: 第八条's towns 梳理…明确 their own acts beside their application, RULING? 15; "
            "第十一条 acts with no subject), 第十九–二十三条 (5), 第二十六–三十五条 (10: 第三十条 the city platform's trading "
            "of spare quotas, more than money, RULING? 16; 第三十三条 「区、镇（街道、乡）应…」 levels with no head, a task "
            "naming none), 第三十七条, 第三十九条 (oversight of the funds, no payment), 第四十条, 第四十一条 (the scheme's own "
            "revocation and repayment, acts with no named body, RULING? 17), 第四十三条 → 3 + 8 + 5 + 10 + 5 = **31**. "
            "Accepted: 29 and 30 (第八条, 第三十条 or 第四十一条 no task), 32 (第三条, 第十七条, 第四十二条 or 第三十六条 counted, "
            "or 第五条's two paragraphs), 33 and 35 (第六条's four paragraphs as tasks, with or without 第五条's two).",
            "units: article subjects (round 44); the names as printed, 「（管委会）」 dropped (Round 89), the defined short names "
            "where they act (Round 81's x310_04); levels with no head 「区、镇（街道、乡）」「镇（街道、乡）」 no bodies (Round 83's "
            "x315_01 第二十、二十六条); pivot objects of 组织 and 指导 none (round 30); 第十四条's 市、区相关部门 a doer by 参与 and "
            "制定 (round 44), the towns it guides none; 第二十三条's 由市规划资源部门和财政部门共同下达…批复 a decision on "
            "submissions (Round 85's x317_03 第九条（一））, 由市、区各条线部门归口管理 a doer",
            "dates: none; 2022年9月14日 the cover; the yearly dates recur (round 34)",
            "figures: targets 1.05, 202 万亩 and 150 万亩 (第十五条), 1 年 and 5 年 (第二十六条), 1:1 比例 (第三十五条); plan "
            "target 5 年 (第三条, terms); unchecked: 三分之二以上 (第十九条, the villagers' consent, a condition of others' "
            "vote), 两年以上 (第四十一条, a trigger in a 的-clause, a target by round 49 were it sampled), 五年内 (第四十一、四十三条, "
            "time limits, round 33), the 沪府办〔2022〕13号 number",
            "duties: two undated — 第二十条's filing of the approved plans and 第三十一条's information reporting; not duties: "
            "the sendings for review in 第九、十九、二十六、二十八条 (steps of approval, Round 89's x329_04 第九条), 第十条's plan "
            "sent down"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x339_04_shi-guihuaziyuanju-2022-gaojingdu-ditu-guanli-shidian-guiding.txt"
P04 = "上海市智能网联汽车高精度地图管理试点规定"
N04 = "关于印发《上海市智能网联汽车高精度地图管理试点规定》的通知"
SG4 = "市规划资源部门"
QG4 = "区规划资源部门"
BJ = "地图编制单位"
YG = "有关部门"
XT = "市发展改革、经济信息化、交通、公安、网信等部门"
BARE = ("a 的-phrase whose head is the bare 单位 is a call (Round 81's x310_03 第十条; Round 85's x317_04 第四条), no "
        "article defining it (Round 87's x323_04 reads a defined 单位)")

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the rules' own title (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪规划资源规〔2022〕9号 (the stored front matter; the text prints none)",
     issuer="上海市规划和自然资源局",
     date="2022-11-28",
     date_note="the cover is signed 2022年11月28日 (line 9; the index gives 2022-11-29) and names the meeting of 2022年11月24日; "
               "in force 2022年12月1日 to 2027年11月30日 (the cover and 第二十一条, general provisions); no task is dated",
     level="the city planning and natural-resources bureau, to the district bureaus and the bodies concerned: a pilot "
           "regime for high-definition maps used in testing connected and self-driving cars — duties, joint "
           "supervision, surveying qualifications, map making, self-review, map review and incremental updates, "
           "promise-based review, services, catalogues, data storage and use, checks",
     source=src("关于印发《上海市智能网联汽车高精度地图管理试点规定》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0032::8449243cefb24f94bd3b95efec65f3ef", 2926),
     style="a short cover notice, the rules' title, 21 articles 「第N条（heading）」 with the heading on a line of its own and "
           "the text below in one to two paragraphs; 第十二条 a lead-in over three conditions （一）–（三）",
     leaf_tasks=12, count_alternatives=[11, 13, 14],
     leaf_tasks_by_section={"第一–三条": 0, "第四、五条": 2, "第六、七条": 0, "第八–十四条": 7, "第十五、十六条": 0,
                            "第十七–十九条": 3, "第二十、二十一条": 0},
     childless_top_level_sections=[],
     samples=[
        S(["第四条（职责分工）"], [], [SG4, QG4], **art(X04, ["第四条（职责分工）"]),
          note="「市规划资源部门负责制定…政策和技术规范，开展…审批和地图审核，以及…监督和管理。 区规划资源部门按照市规划资源部门的要求配合做好…监督和管理工作。」 — "
               + DUTYSPLIT + "; 负责 names the city bureau (rule 2), and 配合 with a subject of its own makes it a doer "
               "(round 46's p44g; Round 85's x319_04 第十四条); no 牵头: lead []; " + NODATE),
        S(["第五条（协同监管）"], [SG4], [SG4, XT, YG], lead_alternatives=[[]],
          responsible_alternatives=[[SG4, YG], [SG4, XT]], **art(X04, ["第五条（协同监管）"]),
          note="「市规划资源部门应当加强与市发展改革、经济信息化、交通、公安、网信等部门的工作协同，共同做好高精度地图的监管。 市规划资源部门应当会同有关部门，建立健全政府部门间高精度地图相关的信息通报和共享机制。」 — "
               + ARTICLE + ": 「A加强与B的工作协同，共同做好…」 makes B a doer of the joint work with A (round 30: 「由A与B共同"
               "＋verb」 both doers; 「A协同B＋verb」 reads as 会同), fields before one head with 等 one name as printed "
               "(round 31); 「A会同B建立健全」: lead A with B a unit where B names a kind (Round 80's p59a-2; Round 85's "
               "x320_01: 相关部门 a kind) (RULING? 18: or the 与-bodies are the object of 协同, no doers — the list without "
               "them accepted); lead [] accepted; " + NODATE),
        S(["第八条（数据制作和表达）"], [], [], responsible_alternatives=[["具有导航电子地图制作测绘资质的单位"]],
          **art(X04, ["第八条（数据制作和表达）"]),
          note="「具有导航电子地图制作测绘资质的单位，应当根据国家相关规定，规范地图要素的制作和表达。对于…确需表达的关键要素，可在确保数据安全的前提下，探索以分档、分级等形式进行表达。」 — "
               "a regulated party bound by 应当 to an act gives work (Round 84's p61a-2), but " + BARE + " (RULING? 19: or "
               "the qualification makes it a kind, as 企事业单位 is — accepted); 可 an option (round 49 p46b); " + NONE + "; "
               + NODATE),
        S(["第九条（安全审校）"], [], [BJ], lead_alternatives=[[BJ]], responsible_alternatives=[[]],
          **art(X04, ["第九条（安全审校）"]),
          note="「地图编制单位应当加强对地图内容安全的自我审校，对可能涉密或敏感的地理信息数据严格过滤和审查把关。」 — "
               + ARTICLE + ": a regulated party bound by 应当 to acts of its own is a doer (Round 84's p61a-2; Round 89's "
               "x331_04 第十五条: 房屋检测鉴定单位), 地图编制单位 a kind (a head with its own noun, not the bare 单位); its "
               "check of its own map is its own work, no review of another's submission; " + ONE_LEAD + "; none accepted; "
               + NODATE),
        S(["第十条（地图审核）"], [], [], **art(X04, ["第十条（地图审核）"]),
          note="「高精度地图在公开使用或交付应用前，应当采用…保密处理技术进行保密技术处理，并按规定报送市规划资源部门进行地图审核。未依法取得审图号的，不得公开使用或交付应用。 针对…实际需求，探索研究快速审图、分级分类审查技术。」 — "
               "the map as subject names no body; the submission for review is an applicant's (round 30) and the bureau "
               "only receives and reviews (rule 3; Round 85's x321_02); the second paragraph's 探索研究 is an act of the "
               "rules' own work with no subject (" + NOSUBJ + "); the submission with one's own application is no duty "
               "(round 42); " + NONE + "; " + NODATE),
        S(["第十一条（增量更新）"], [], [], responsible_alternatives=[[BJ]], **art(X04, ["第十一条（增量更新）"]),
          note="「已经取得审图号的高精度地图，道路范围有明显变化、采集要素类别有新增的，应当…重新报送审核；道路范围没有明显变化且采集要素类别没有新增的，地图编制单位应当每三个月将增量更新内容目录报送市规划资源部门。」 — "
               "an article whose only acts are owed sendings is a task naming no unit (Round 83's x313_01 第十一条; Round 85's "
               "x322_01 一、（二）), a sending naming none (rounds 46, 48); a regulated party's filing on its own product is no "
               "duty (round 42; Round 85's x322_01 一、（二）: 运输企业应当每日…告知, no duty) (RULING? 20: or a quarterly "
               "duty of a body the rules task, Round 89's x329_01 第十一条); 每三个月 a period, no target (Round 60's x174_01); "
               + NONE + "; 地图编制单位 accepted; " + NODATE),
        S(["第十二条（告知承诺）"], [], [], responsible_alternatives=[[SG4]], **art(X04, ["第十二条（告知承诺）"]),
          note="「探索采用告知承诺方式对高精度地图实施地图审核。对符合以下条件的申请人编制的高精度地图，可以申请采用告知承诺方式进行审图，市规划资源部门在收到规定的申请材料后，当场作出行政审批决定，并于30个工作日内对承诺内容是否属实进行检查：（一）一年内有…审核通过的高精度地图成果；（二）…无不良信息；（三）…运行情况完善。」 — "
               "lines that only say what an applicant must meet are its conditions, no items (round 30's applicant; Round "
               "83's x315_04 第五条; Round 86's (a)), so the article is one task; 实施 here has no subject; the decision on "
               "the application and the check of the promise are the review and its steps, none (Round 85's x321_02; "
               "Round 83's x315_03 第七条: the check of a promise) — Round 83's x315_03 第三条 governs only a review placed "
               "by 实施 on a body, and no body is its subject here (RULING? 21: or the bureau acts on its own review "
               "regime, round 44 — accepted); 「30个工作日内」 a time limit, no target (round 33); " + NONE + "; " + NODATE),
        S(["第十四条（目录汇交和公开）"], [], [SG4], lead_alternatives=[[SG4]], **art(X04, ["第十四条（目录汇交和公开）"]),
          note="「开展高精度地图相关业务的单位应当定期向市规划资源部门汇交测绘成果目录。 市规划资源部门应当通过本市地理信息公共服务平台公开高精度地图成果目录信息。」 — "
               + ARTICLE + " (公开, as x334_01 第十三条's 公开); the firms' 汇交 is a sending, naming none, and " + BARE
               + "; a regulated party's filing on its own results is no duty (round 42), and publishing is disclosure, no "
               "duty (Round 89's x329_03 第三十二条); 定期 prints no time; " + ONE_LEAD + "; " + NODATE),
        S(["第十七条（数据存储传输）"], [], [], **art(X04, ["第十七条（数据存储传输）"]),
          note="「存储高精度地图相关数据的服务器应当设在中华人民共和国境内。存储和传输高精度地图数据，应当使用相关技术保证数据安全。 对拟传输至境外的高精度地图数据应依法履行数据出境安全评估和对外提供审批程序。」 — "
               "a limit on where and how the regime's parties keep and move the data is a task naming none (Round 87's "
               "governs on x328_03 第九–十四条: a limit on where and how a facility is set up; Round 85's x322_04 第五条) "
               "(RULING? 22: or a rule for whoever stores data, text — Round 85's x321_01 三、（一）, turned — 11 accepted); "
               "no subject names a body; 履行…程序 names none (round 67); " + NONE + "; " + NODATE),
        S(["第十八条（成果使用要求）"], [], ["车企", "服务商", "智能驾驶软件提供商"],
          responsible_alternatives=[["车企、服务商及智能驾驶软件提供商"], []], **art(X04, ["第十八条（成果使用要求）"]),
          note="「使用高精度地图成果的车企、服务商及智能驾驶软件提供商等，应当按照数据安全相关法律法规要求，建立健全全流程数据安全管理制度，严格按照安全性自我声明等文件中载明的时间、区域和测试内容等要求规范使用，切实保障使用过程中的数据安全。」 — "
               + ARTICLE + ": regulated parties bound by 应当 to acts are doers (Round 84's p61a-2); the 的-phrase gives "
               "the heads after its 的 (rounds 32, 38), three kinds joined by 、 and 及 (round 34: 和 joins names), the final "
               "等 dropped (EXPECTED.md) — the run as one name, and none, accepted; no 牵头: lead []; " + NODATE),
        S(["第十九条（监督检查）"], [SG4], [SG4, YG], lead_alternatives=[[]], responsible_alternatives=[[SG4]],
          **art(X04, ["第十九条（监督检查）"]),
          note="「市规划资源部门应当通过从上海市智能网联汽车测试与示范推进工作小组获取…材料，以及实地走访调查等方式，及时掌握高精度地图应用情况。 市规划资源部门联合有关部门依法组织开展高精度地图监督检查工作，加强过程监督和现场检查，对发现的问题及时处置并监督整改。」 — "
               "「A联合B＋verb」 reads as 会同 (round 34; Round 87's x327_03 三、（二）/3, turned: lead A; A, B), 组织开展 "
               "rule 2's besides; the working group is where the material comes from, no doer; a check that orders "
               "correction is the body's own work (Round 87's x325_01 第二十四条); lead [] and the bureau alone accepted; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): the cover's 「请严格遵照执行」 no task; 第一条 purpose, 第二条 scope, 第二十一条 entry "
            "into force, 第二十条 (a pointer to the law, 依法予以处理 with no agent, Round 87's x325_01 第二十五条) — general "
            "provisions; 第三条 principles (round 68); 第六条 what the carmakers and providers must hold or whom they must "
            "commission, a qualification — the scheme's terms (Round 87's x327_02 五) — and who is no surveyor, a "
            "definition; 第七、十五、十六条 鼓励 (rounds 30, 40); 第四、五、八–十四、十七–十九条 one each → **12**. Accepted: "
            "11 (第十七条 text, RULING? 22), 13 (第六条 counted: 「…委托具有相应测绘资质的单位开展…」, round 35's A委托B), 14 "
            "(第十二条's conditions as items).",
            "units: article subjects (round 44); 市规划资源部门 and 区规划资源部门 as printed; 地图编制单位 a kind; the bare "
            "「…的单位」 a call; pivot and 与-objects read in 第五条 by 共同 (RULING? 18)",
            "dates: none; 2022年11月28日 the cover, 2022年12月1日 to 2027年11月30日 the rules' term",
            "figures: none checked; unchecked: 30个工作日内 (第十二条, a time limit), 每三个月 (第十一条, a period), 一年内 "
            "(第十二条（一）, a condition), the model names L3 (no figures of work)",
            "duties: none — the catalogue filings (第十一、十四条) are the firms' on their own products (round 42; RULING? "
            "20), publication is disclosure"])

write_collected(DIR)
