# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next349/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 66 (built by helper c349, for round 67): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 83 rulings, written early" to its
end in full — Rounds 83–93 — older rulings only where a ruling quoted there led) applied to every item. Neither the
parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next349/make_expected.py tests/data/plans-next349
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"   # the commit every read_file of this set named
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer into the file and the whole stored file rebuilt from it (front matter, disclaimers, `# `) "
          "checked against the stored character count")


def src(path, url, chars):
    return f"{REPO} @ {C49}, docs/房屋与住房/{path} (official page {url}) — {STORED} ({chars} characters stored, wrapper included)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
LABEL = ("rule 1: a heading naming a body under a duty heading (工作职责／责任主体的职责) is a unit heading over its text "
         "(Round 87's x325_03 四、（六）; round 53's x242_02; Round 90's p64f: a standing body the section does not set up), "
         "sentences adding nothing")
CLOSED = ("outside articles rule 2's list is closed (round 30; Round 83's x316_01 一; Round 91's x335_03 六): 加强, 建立, "
          "开展 without 组织, 做好, 引导, 推进, 完善, 制定, 统筹, 督促 and 协调 (pivots), 指导 (rule 3's guide) name no doer, "
          "要／应 changing nothing (Round 89's x332_04)")
NOSUBJ = ("acts of the plan's own work with no subject give work (round 65's x274_01; Round 87's x325_03 三、; Round 89's "
          "x330_07): a task naming no unit")
BRACKET = ("「镇人民政府(街道办事处)」: a bracket that gives the body of the same kind in other areas is dropped (Round 89's "
           "x331_02 第四条, turned on the bracket; Round 85's x321_01 三、（二））, the printed name accepted")


# ---------------------------------------------------------------------------------------------------------
X01 = "x349_01_minhang-2026-zhufang-fazhan-shiwuwu-guihua.txt"
P01 = "闵行区住房发展“十五五”规划"
N01 = "闵行区人民政府关于印发《闵行区住房发展“十五五”规划》的通知"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the plan's own title line (line 10) or the notice's title (line 1): either (round 45's pair)",
     doc_no="闵府发〔2026〕25号 (printed on line 3)",
     issuer="上海市闵行区人民政府",
     date="2026-07-28",
     date_note="the cover is signed 2026年7月28日 (line 8); the plan covers “十五五” (2026–2030); 一、's 「至2030年，基本形成…」 "
               "and the table's 「至2026年底…2027年…至2030年」 stand in aims and indicator rows (no tasks); 二、's items print "
               "no date but 「2000年前建成的」 (a class of estate) and 「力争三年内」 (二、（二）, a time from no printed day)",
     level="a district government to its towns, street offices, bureaus and companies: the district's five-year housing "
           "plan (aims with an indicator table, six groups of key tasks, safeguards)",
     source=src("闵行区人民政府关于印发《闵行区住房发展“十五五”规划》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=cfc15acb-e29e-4fa4-9ab2-a6144d36fe29&siteId=0079", 7130),
     style="a short cover (number, addressees, one instruction, date), the plan's title, a preamble; 一、发展目标 childless "
           "(guiding line, aims, four run-in aims paragraphs with levels, a flattened indicator table 「表1-1」 one cell a "
           "line, rows 1–9); 二、重点任务 （一）–（六）, each a heading line over two to five unnumbered paragraphs that open with "
           "a run-in sentence; 三、保障措施 childless, one paragraph with 一是…五是 run in",
     leaf_tasks=7, count_alternatives=[6, 8, 11, 12, 22, 23, 27],
     leaf_tasks_by_section={"一、发展目标": 0, "二、（一）–（六）": 6, "三、保障措施": 1},
     childless_top_level_sections=["一"],
     samples=[
        S(["二", "（一）"], [], [], responsible_alternatives=[["区房管、住建部门"]],
          note="「（一）加快构建房地产发展新模式，健全市场平稳运行机制」 with three paragraphs 「完善住房供应体系…统筹区房管、住建部门推动“好房子”建设、验收…」「加强风险防控化解…」「深化“人房共管”…」 — "
               "the unnumbered paragraphs under a numbered heading line are its body (round 32), one leaf; " + NOSUBJ
               + "; 统筹 is no verb of rule 2 and the departments are its objects (round 30's pivot), and 推动 is outside "
               "the list (" + CLOSED.split(":")[0] + ") — the departments as printed (fields before one head, one name, "
               "round 31) accepted (RULING?); " + NONE + "; " + NODATE),
        S(["二", "（二）"], [], [],
          note="「（二）推动住房保障高质量发展，完善多层次供应体系」 with five paragraphs (「优化健全多层次住房保障体系…」 to 「加快推进征收安置住房权属登记工作…指导属地街镇形成分类处置方案…」) — "
               + NOSUBJ + "; 指导 is rule 3's guide (「A指导B」), and the guide is not even printed; 「力争三年内完成…消化处置」 "
               "counts from no printed day (round 33: a time limit), no deadline and no target (三年 with no comparison "
               "word); " + NONE + "; " + NODATE),
        S(["二", "（三）"], [], [], targets=[(8, "个")], not_targets=[(2000, "年")],
          responsible_alternatives=[["属地街镇"]],
          note="「（三）扎实推进高质量城市更新与住房条件的可持续改善」 with 「加快完成城中村改造。…聚焦颛桥中心村、…梅陇永联村曹中村等8个城中村改造项目，“一村一策”推进…」「深化“美丽家园”提质建设。聚焦2000年前建成的公房、动迁房和混合型等小区…」「系统推进老旧住房成套改造…」「稳妥推进既有多层住宅加装电梯…督促属地街镇将加梯工作从“以建为主”切换为“建管并举”…」 — "
               + NOSUBJ + "; 督促 is a pivot, 属地街镇 its object (round 30) — accepted; 8 个 the number of the item's own "
               "work, the projects it carries (round 49's 改造100户; Round 91's x339_02 52个) (RULING?: or a count of whom a "
               "list names, unchecked as Round 87's x324_05 — that was a point with no task); 2000年 a year (EXPECTED.md: "
               "years are no targets); 「三位一体」「五阶段」 names; " + NONE + "; " + NODATE),
        S(["二", "（四）"], [], [], not_targets=[(15, "分钟")],
          note="「（四）推动适应人民群众新期待的“好房子”建设」 with 「全面强化住宅建设品质管控…」「推进居住建筑节能与绿色转型…」「完善社区嵌入式服务设施建设。围绕“完整社区”建设，构建“15分钟社区生活圈”…新建住宅小区应合理配置无障碍通道…」「推动大型居住社区高质量发展。按市政府部署，…滚动实施大型居住社区配套三年行动计划…」 — "
               + NOSUBJ + "; 「新建住宅小区应合理配置…」: outside articles Round 85's facility form does not reach (rule "
               "2's closed list decides: 配置 is none); 按市政府部署 names the basis, no doer; 15分钟 inside the name of a "
               "standard (「15分钟社区生活圈」, a name with digits: EXPECTED.md) — not_target; 三年行动计划 a name; " + NONE
               + "; " + NODATE),
        S(["二", "（五）"], [], [],
          note="「（五）建立房屋全生命周期管理制度，强化安全监管与处置」 with 「优化建立房屋全生命周期安全管理制度…」「加强住房安全韧性建设。…指导各街镇围绕…建立完善既有房屋体检…的常态化机制…」「不断提升房屋使用安全监管效能…」 — "
               + NOSUBJ + "; 指导各街镇 is rule 3's guide with no guide printed, 各街镇 its object (Round 83's x311_02 第十条; "
               "Round 92's p65b: B is named only under a heading that gives out work, and 五 is a task heading) — none; "
               + NONE + "; " + NODATE),
        S(["二", "（六）"], [], [],
          note="「（六）深化党建引领物业治理，推动物业服务提质增效」 with 「加强党建引领，深化“红色物业”建设，发挥物业行业协会引领作用…」「完善物业服务市场体系…鼓励物业企业拓展多元化服务场景…」「推进数智赋能…」 — "
               + NOSUBJ + "; 鼓励 names no work (rounds 30, 40), 发挥…作用 no doer; " + NONE + "; " + NODATE),
        S(["三"], [], [],
          note="「三、保障措施 一是坚持和加强党的全面领导。…充分发挥区委总揽全局、协调各方的领导核心作用…二是构建“人、房、地、钱”要素联动机制。…三是建立健全统筹协调推进机制。建立健全区住房发展工作联席会议机制…五是强化房管领域智慧化体系建设。…」 — "
               "一是…五是 run in one paragraph are the point's text (round 37; Round 89's x332_03 三/(一)); in a plan no item "
               "of which names a unit every numbered leaf that gives work is a task (plans-dev 08; seed 003; Round 85's "
               "x320_08), and a childless point naming acts of the plan's own work is one (Round 89's x331_01 七) — so "
               "三、 is a task naming none (RULING?: or the seeds' 保障措施 point, no task — 6 accepted; or 一是…五是 as "
               "five items — 11 accepted); 区委 with 发挥…作用 no doer; " + NONE + "; " + NODATE),
     ],
     plan_targets=[(170, "万平方米"), (100, "万平方米"), (7600, "张"), (1.5, "万张"), (87, "%"), (300, "万平方米")],
     plan_targets_note="一、's aims paragraphs 「新增供应商品住房170万平方米」「建成征收安置住房100万平方米；新增筹措供应…床位7600张，累计供应约1.5万张以上」"
                       "「…占已启动大型居住社区比例达87%以上」「实施老旧小区改造约300万平方米」 and 表1-1's rows 3, 4, 7, 8 (300, 170, "
                       "100, 87) and 5 (7600张): the levels an aims point and its indicators set are plan targets (round 25; "
                       "Round 87's x326_08; Round 89's x332_02; the model set's x343_04 四、（二））; row 6's 「0.23万套」 is "
                       "one year's share of the indicator (not checked)",
     phases=[], duties=[],
     notes=["counting (leaf tasks): 一、发展目标 a childless point of guiding line and aims, a section (plans-dev EXPECTED.md "
            "lines 21–25; p51e; Round 87's x326_08: aims and indicator levels give no work), its table rows the indicators "
            "(no items, as the model set's x343_04 表1); 二、 （一）–（六） the leaves, each with its unnumbered paragraphs as "
            "its body (round 32); 三、保障措施 a childless point whose 一是…五是 are its text (round 37), a task in a plan that "
            "names no unit anywhere (plans-dev 08; Round 89's x331_01 七) → **7**. Accepted: 6 (三 as the seeds' 保障措施, "
            "RULING?), 8 (一 too), 11 and 12 (三's 一是…五是 as five items, without and with 一), 22 and 23 (二's 22 "
            "paragraphs as items, with 三 as one), 27 (22 paragraphs and the five 一是 clauses).",
            "units: none anywhere: 二、 prints no clause of rule 2 with a subject (统筹区房管、住建部门推动, 指导属地街镇, 督促属地街镇, "
            "指导各街镇, 鼓励物业企业); 三、 区委 with 发挥作用 — so the plan names no unit (plans-dev 08's reading of the count)",
            "dates: none (no item prints a date of its own; the aims' 2030 is the aims' (round 39; Round 93's turned "
            "x343_04 五、（三）1)); no phases; no duties (no report or sending is asked)",
            "figures: plan targets as listed; in items 8 个 (二、（三）) a target, 2000年 and 15分钟 not_targets"])


# ---------------------------------------------------------------------------------------------------------
X02 = "x349_02_hongkou-fangguanju-2026-zhuzhai-xiaoqu-wuye-fuwu-pingjia-jili-shishi-yijian.txt"
P02 = "虹口区住宅小区物业服务评价激励实施意见"
N02 = "关于印发《虹口区住宅小区物业服务评价激励实施意见》的通知"
FGJ = "区房管局"
RATE = "元/平方米·月"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the opinions' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="虹房管规〔2026〕1号 (the stored front matter; the text prints none)",
     issuer="上海市虹口区住房保障和房屋管理局",
     date="2026-07-23",
     date_note="the cover is signed 2026年7月23日 (line 9); 九、附则's 「自2026年8月22日起施行，有效期至2031年8月21日止」 is a general "
               "provision (round 30); 六、（四）'s 「每年10月30日、次年5月30日前」 are days in a yearly cycle (round 34: recurring "
               "dates, no deadline), the duty's days",
     level="a district housing bureau, with the district government's consent, to the street offices: how the "
           "district evaluates residential property services every half year and pays incentives by grade",
     source=src("关于印发《虹口区住宅小区物业服务评价激励实施意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=f3a3d159-da79-4d3f-9f09-6f0133bf34a9&siteId=0076", 4271),
     style="a short cover (addressee, one paragraph, signature, date), the opinions' title, a preamble, nine points 一、–九、 "
           "with （一）… run in after a heading word (「（一）区房管局。…」) or as heading lines over a paragraph (七、（一）–（四）), "
           "1.… lines under 五、（四） and 七、（三）（五）（六）; a flattened grade table in 五、（三） (one cell a line); a 附件 list "
           "at the end; one paragraph a line with blank lines between",
     leaf_tasks=13, count_alternatives=[11, 12, 14, 15, 16, 20, 36, 39],
     leaf_tasks_by_section={"一、": 0, "二、（一）–（三）": 0, "三、（一）（二）": 2, "四、": 0, "五、（一）（二）": 2,
                            "五、（三）（四）": 0, "六、（一）": 0, "六、（二）–（四）": 3, "七、（一）（二）": 2,
                            "七、（三）1、2": 2, "七、（四）": 1, "七、（五）": 0, "七、（六）": 1, "八、": 0, "九、": 0},
     childless_top_level_sections=["一", "四", "九"],
     samples=[
        S(["三", "（一）"], [FGJ], [FGJ], lead_alternatives=[[]],
          note="「（一）区房管局。牵头本区住宅小区物业服务评价激励工作，指导各街道开展评价检查；委托第三方测评机构对全区的住宅小区进行满意度测评；向区财政申请激励资金；根据评价结果向物业企业拨付资金。」 — "
               + LABEL + "; the text makes it the work's 牵头 body, so it is the lead (rule 2's 「A牵头」; the label and the "
               "clause name the same body) — lead [] accepted (RULING?: rule 1's label reading gives no lead); the "
               "第三方测评机构 is 委托's object (round 35), 各街道 指导's (rule 3); " + NODATE),
        S(["三", "（二）"], [], ["街道办事处"], lead_alternatives=[["街道办事处"]],
          note="「（二）街道办事处。负责辖区内住宅小区物业服务评价激励工作，组织社工办、城运中心、居委会等部门共同落实；…成立评价工作组，制定街道评价实施细则，专人负责评价实施；督促物业企业、小区业委会整改提升；按时向区房管局报送评价方案；指导…」 — "
               + LABEL + " (and 负责 names it, rule 2); the bodies 组织 sets to work are its objects (round 30: 「A组织B＋verb」), "
               "the group it sets up and its 专人 no units (rule 3; round 30); " + ONE_LEAD + "; the sending of its plan is a "
               "duty (below); " + NODATE),
        S(["五", "（一）"], [], [], targets=[(1, "次")], responsible_alternatives=[["各街道"]],
          note="「（一）提出申请。评价激励每半年开展一次，符合条件的住宅小区，由物业企业和小区业委会共同填写书面申请（附件1），小区所在居委会、街道城运中心初审；各街道审核汇总后书面报送至区房管局。」 — "
               "the application is the applicants' (round 30), the first reviews of it name none (Round 85's x321_02; "
               "Round 87's x327_04) and the sending up names none (rounds 46, 48), but the review the scheme binds its bodies "
               "to make is work, a task naming none (Round 87's x325_01 第十六条); the events the item holds in a rhythm "
               "are its number of work, 1 次 (Round 84's p61e-1; Round 90's x333_03), the period 每半年 no target and no "
               "deadline; the half-yearly sending is a duty (below); [各街道] accepted; " + NONE + "; " + NODATE),
        S(["五", "（二）"], [], ["各街道", "街道"], lead_alternatives=[["各街道"]], responsible_alternatives=[["各街道"]],
          note="「（二）评价实施。评价工作由各街道负责组织实施，应充分发动住宅小区积极参与，及时收集小区申请，按时完成评价工作，评价材料由街道保存。」 — "
               "「由A负责组织实施」 names A (rule 2); 「由街道保存」 is 由A＋a verb of doing and names 街道 as printed, each "
               "printed name given (Round 95's turned x349_02 五、（二）: Round 82's turned x310_03 第四条 with round 43 — no "
               "name is rewritten); [各街道] (the old answer) accepted; " + ONE_LEAD + "; "
               + NODATE),
        S(["六", "（二）"], [], [], responsible_alternatives=[[FGJ, "各街道"]],
          note="「（二）资金分配。区房管局综合全区整体情况、当批次各街道上报情况及年度预算规模，核定并下达各街道激励资金额度。各街道在各自核定额度内，按评价得分高低排序，确定激励小区名单。」 — "
               "allotting the money is the scheme's terms (Round 83's x311_01 第七条), but ranking the results and fixing "
               "the list of communities is the scheme's own work beyond moving money (Round 91's x339_03 第十条), a task; "
               "核定, 下达, 确定 are outside rule 2's closed list (" + CLOSED.split(":")[0] + ") — the two accepted; " + NONE
               + "; 年度 names the budget's kind, no date; " + NODATE),
        S(["六", "（三）"], [], [], targets=[(50, "%"), (60, "%"), (70, "%")], not_targets=[(2, "万元")],
          responsible_alternatives=[["各街道"]],
          note="「（三）资金使用。各街道指导“三驾马车”按评价等级分类使用激励资金，用于小区“家园微更新”改造…和提高小区一线员工积极性…，其中A等、B等、C等小区用于微更新的比例分别为50%、60%、70%。」 with the paragraph 「单次激励资金低于2万元的小区，根据街道申请可将“家园微更新”资金暂存不超过2个半年度…」 — "
               "the streets' guidance of how the money is used is their work, a task (RULING?: or money-only terms, no task, "
               "as Round 83's x311_01 第七条 — 12 accepted, the shares then plan targets); 指导 is rule 3's guide — [各街道] "
               "accepted; the shares the rules fix for the money are rates, targets (Round 93's turned x341_04 第八条: "
               "round 25's rates over round 30's norm); 「低于2万元的小区」 a figure inside a noun naming the class the "
               "option picks (round 58; Round 83's x311_01 第十条) — not_target; the 可 paragraph is an option (round 49 "
               "p46b), its 2个半年度 unchecked; " + NONE + "; " + NODATE),
        S(["六", "（四）"], [], [], responsible_alternatives=[["各街道"], ["各街道", FGJ]],
          note="「（四）资金拨付。各街道根据激励资金额度和评价结果制定本街道住宅小区激励方案，报送《住宅小区物业服务评价激励汇总表》（附件2），并于每年10月30日、次年5月30日前提出资金拨付书面申请，区房管局收到申请后，将激励资金拨付至物业企业。」 — "
               "making the street's own incentive plan is work beyond moving money, a task; 制定 is outside rule 2's closed "
               "list (round 30), the sending and the payment name none (rounds 46, 48; Round 83's x311_01) — the streets, "
               "and the bureau with them, accepted; the dates are days of a yearly cycle (round 34; Round 91's x335_02 "
               "第十四条): no deadline, a yearly duty (below); " + NONE + "; " + NODATE),
        S(["七", "（二）"], [], [FGJ], lead_alternatives=[[FGJ]], not_targets=[(20, "%")],
          note="「（二）居民满意度测评（占比20%）」 over 「区房管局委托第三方测评机构对申请评价激励的小区居民开展物业服务工作满意度问卷调查。」 — "
               "an item printed as a heading line has the paragraph below as its body (round 32); 「A委托B＋verb」 names A, "
               "in headed points too (round 35; Round 87's turned x327_03 二、（一）; Round 91's x337_01 第三条), B the "
               "pivot's object; 占比20% is the weight a formula gives the part (Round 89's x329_02 第四条: a weight is no "
               "target) — not_target; " + ONE_LEAD + "; " + NODATE),
        S(["七", "（三）", "1"], ["街道城运中心"], ["街道城运中心"], lead_alternatives=[[]],
          note="「1.街道城运中心牵头将巡查发现问题告知物业企业，对问题处置效率和成效进行评价，填写《街道部门测评表》（附件4）。」 — "
               "「A牵头（负责）」: lead A, responsible A (rule 2); 物业企业 receives (rule 3); lead [] accepted; " + NODATE),
        S(["七", "（四）"], ["居民区党组织"], ["居民区党组织", "居委会", "小区业委会"], lead_alternatives=[[]],
          responsible_alternatives=[["居民区党组织"]], not_targets=[(20, "%")],
          note="「（四）居民区党组织、居委会、小区业委会满意度测评（占比20%）」 over 「居民区党组织牵头居委会、小区业委会对物业服务质量进行满意度问卷调查（业委会瘫痪由居委会代为评价），填写《…征询表》（附件5）。」 — "
               "「A牵头」 gives lead A (rule 2); 牵头 with objects reads as 「A牵头，B、C配合」 (Round 95's turned x349_02 "
               "七、（四）: round 33 over round 30's pivot), B and C responsible — [居民区党组织] alone (the old answer) "
               "accepted; the bracket is a case (rule 3: 「…的，由A…」 inside an item whose work is "
               "another), adding none; the heading names the parties whose view is asked, no label; 占比20% a weight "
               "(Round 89's x329_02) — not_target; lead [] accepted; " + NODATE),
        S(["七", "（六）"], [], [], not_targets=[(2, "次"), (9, "分")], responsible_alternatives=[["各街道"]],
          note="「（六）负面情形」 over 「若小区存在以下情况，各街道应取消当次物业服务激励资格：」 1.–6. (「4.在虹口区生活垃圾分类实效测评中半年内2次及以上列入警示名单的居住小区；」「6.小区项目经理被记分9分或物业企业在本区内被记分一次及以上的；」) and 「各街道应将上述情形记入附件1，相关小区不得申报当次激励。区房管局可据实取消此类小区当次激励资格。」 — "
               "lines that only class the cases an act reaches are its text, one task with the act (Round 78's (b); Round "
               "91's x337_01 第六、七条), the closing paragraph its body; 取消 and 记入 are outside rule 2's closed list, "
               "可 an option (round 49 p46b) — [各街道] accepted; a figure in a line of a list of cases is no target "
               "(Round 93's turned x346_02 第七条; round 31's second exception) — 2 次, 9 分 not_targets; " + NONE + "; "
               + NODATE),
     ],
     plan_targets=[(0.4, RATE), (0.3, RATE), (0.2, RATE), (8, "万平方米"), (50, "%")],
     plan_targets_note="五、（三）'s grade table 「激励标准（元/平方米·月） 0.4 0.3 0.2 0」 and 四、's ceiling 「以8万平方米为最高激励上限」 and "
                       "五、（四）4's 「给予50%补贴」: rates and ceilings of a scheme's terms in no task are plan targets (Round "
                       "85's x318_07 rate lines and x321_04; Round 93's x343_01 第七条（二））; the grade bands 90分及以上… "
                       "name the grade a result falls in, a class (Round 91's governs on x335_02 第十六条) — unchecked; the "
                       "other rates of 五、（四）1.–7. (0.1, 0.3, 0.2-0.4, 0.4, 0.2, 0.2 元/平方米·月) and the fee floors 0.9, "
                       "1.45 元 are terms too (not checked); 15年 in 四、 a class of estate (round 58)",
     phases=[],
     duties=[{"what": "按时向区房管局报送评价方案", "when": "按时", "when_norm": None,
              "note": "三、（二） — a body the scheme tasks sending its plan for the work, asking no 批准 or 审核 of the "
                      "receiver: a duty (round 48; Round 87's turned x328_04 四、（二）), 按时 printing no time: undated"},
             {"what": "各街道审核汇总后书面报送至区房管局", "when": "每半年", "when_norm": None,
              "note": "五、（一） — the streets send up the applications they reviewed, once each half-yearly round "
                      "(「评价激励每半年开展一次」): a recurring sending of their own work's results (round 48; EXPECTED.md "
                      "recurring reporting rhythms); the scorer knows no half-year rhythm, so the words alone are checked"},
             {"what": "报送《住宅小区物业服务评价激励汇总表》（附件2），并于每年10月30日、次年5月30日前提出资金拨付书面申请",
              "when": "每年10月30日、次年5月30日前", "when_norm": "yearly (by 10-30 and by 05-30)",
              "note": "六、（四） — the streets' summary of their results with the request that the bureau pay, on two "
                      "days a year: a plan body sending its own results is a duty (round 48; Round 91's governs on x335_02 "
                      "第十三条), read by its days (Round 91's x335_02 第十四条: a yearly duty by 09-30) (RULING?: or a "
                      "request for the bureau's payment, a step of the money's flow and no duty, as a sending for 审核 "
                      "is a step of the decision, Round 89's x329_04 第九条)"}],
     notes=["counting (leaf tasks): 一、工作目标 aims (seeds lines 3–5; p51e), 四、适用范围 a scope (round 30), 九、附则 a "
            "general provision — childless, no tasks; 二、（一）–（三） points of principle naming no doer (p51e; Round 91's "
            "turned x337_02 二、（一）: only a principle that places work by 负责 is a task — （一）'s 由物业企业和小区业委会…提出申请 "
            "is an application, （二）'s 应坚持…原则 names no rule-2 verb); 五、（三） a grade table, a reckoning and rates "
            "(Round 85's x318_07: rate lines are terms) and 五、（四） a lead-in granting by class over seven rate lines "
            "(terms, no tasks); 六、（一） only budgets money (Round 93's x345_02 第七条: terms); 七、（五） scoring lines (a "
            "standard of reckoning, Round 87's x325_04 五、（三）); 八、（一）（二） points of 工作监督 naming no unit by rule 2 "
            "(规范使用, 接受监督, 保存), no tasks in a plan whose tasks name units (seeds lines 3–5; Round 89's governs on "
            "x333_04 五、监督检查); every other leaf a task: 三、 2, 五、（一）（二） 2, 六、（二）–（四） 3, 七、（一）（二） 2, "
            "七、（三）1–2 2, 七、（四） 1, 七、（六） 1 (its case lines its text) → **13**. Accepted: 11, 12 (六、（三） or "
            "六、（四） as money terms), 14 (六、（一） too), 15 (八、 too), 16 (both), 20 (五、（四）'s seven lines as items), "
            "36 (every numbered line), 39 (every numbered line and the three childless points).",
            "units, not sampled: 七、（一） 「街道对住宅小区物业治理实效情况进行评价」 none (进行 outside rule 2; [街道] accepted "
            "were it sampled); 七、（三）2 as 1 (街道城运中心 牵头)",
            "dates: no deadlines (rhythms and recurring days only); no phases",
            "duties: three, as listed; 五、（一）'s application and reviews are the parties' and steps, not duties"])


# ---------------------------------------------------------------------------------------------------------
X03 = "x349_03_hongkou-fangguanju-2025-jiazhuang-dianti-jianhou-guanli-zhidao-yijian.txt"
P03 = "关于进一步落实虹口区既有多层住宅 加装电梯建后管理工作的指导意见"
SYR = "加装电梯所有权人"
SYDW = "电梯使用管理单位"
WBDW = "电梯维护保养单位"

plan(X03,
     title=P03,
     title_note="the heading line (line 1), its space as printed (the page prints no cover notice)",
     doc_no="虹房管〔2025〕24号 (the stored front matter; the text prints none)",
     issuer="上海市虹口区住房保障和房屋管理局, 上海市虹口区市场监督管理局 (both sign at the end)",
     date="2025-11-17",
     date_note="signed 2025年11月17日 (the last line); 七、4's 「本意见自发布之日起施行」 a general provision; no item prints a "
               "date: the times in 二、 are limits counted from events (5分钟内, 1小时内, 30分钟内, 届满前一个月: round 33)",
     level="a district housing bureau and market regulator to the owners of added lifts and the bodies concerned: who "
           "manages and maintains a lift added to an old walk-up building once it is built, how its account is run, what "
           "property firms and street offices do",
     source=src("关于进一步落实虹口区既有多层住宅 加装电梯建后管理工作的指导意见.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9c529c99-cb47-470a-8b82-a0d3773dfbec&siteId=0076", 7351),
     style="a heading line, addressees, a preamble; seven points 一、–七、 with （一）… heading lines (party names in 一、 and "
           "二、) and 1.… lines that open with a run-in heading 「1.明确管理单位。…」; a flattened cost table 「表1」 (one cell a "
           "line) in 四、（一）; some paragraphs broken mid-word by blank lines (二、（二）1、3、5, 四、) and stray spaces "
           "(「影响电 梯」「相关标 准」「日 常管理」「加装电梯 所有权人」「加 装电梯」)",
     leaf_tasks=29, count_alternatives=[27, 28, 30, 31, 32, 35, 50],
     leaf_tasks_by_section={"一、（一）": 0, "一、（二）（三）": 2, "二、（一）1–5": 5, "二、（二）1–8": 8, "二、（二）9": 0,
                            "二、（三）1–5": 5, "二、（三）6": 0, "三、": 1, "四、（一）（二）": 0, "四、（三）1": 1,
                            "四、（三）2": 0, "五、": 3, "六、": 1, "七、1–3": 3, "七、4": 0},
     childless_top_level_sections=[],
     samples=[
        S(["一", "（二）"], [], [SYDW], lead_alternatives=[[SYDW]], responsible_alternatives=[[SYDW, SYR]],
          note="「（二）电梯使用管理单位」 over 「电梯使用管理单位履行电梯安全管理和新增设施设备管理义务，对日常电梯使用安全负责。根据…规定，加装电梯所有权人须委托物业服务企业、维护保养单位或者专业公司等市场主体为电梯使用管理单位。」 and a 鼓励 paragraph — "
               "a point that names the party carrying the scheme's work and its duty designates it, a task (Round 89's "
               "governs on x331_02 第三条; Round 91's governs on x338_05), under 一、's heading 责任主体 a unit heading (rule "
               "1; Round 90's p64f: a standing party, not one the section sets up); the owners' 委托 adds nothing under the "
               "label (rule 1) — with them accepted; （一） a definition (round 30's general provisions), no task; "
               + ONE_LEAD + "; " + NODATE),
        S(["二", "（一）", "1"], [], [SYR], lead_alternatives=[[SYR]], responsible_alternatives=[[]],
          note="「1.明确管理单位。通过签订协议、合同等方式明确电梯使用管理单位、电梯维护保养单位，约定…权利、义务和责任，并将加装电梯全过程资料移交电梯使用管理单位存档。…正确连接和运用电梯远程监测装置。」 under 「（一）加装电梯所有权人」 in 「二、相关责任主体的职责」 — "
               + LABEL + "; the owners are a regulated party named by its kind, bound to duties toward the lift (Round 88's "
               "turned x117_03 第二十二条; Round 84's p61a-2) (RULING?: or households, persons and beneficiaries, none — "
               "Round 91's x337_04 农户 — accepted); the two units named are objects; " + ONE_LEAD + "; " + NODATE),
        S(["二", "（一）", "2"], [], [SYR], lead_alternatives=[[SYR]], responsible_alternatives=[[]],
          note="「2.开设并管理加装电梯管理经费账户。开设加装电梯管理经费账户，承担…所需费用，并按时足额交纳相关费用。…可以委托本小区物业服务企业开设…。…自行开设并管理…的，要书面约定账户管理人…」 — "
               + LABEL + "; opening and running the account is the owners' act beside the costs they bear (a payer's, round "
               "30), so the line gives work; 可以委托 an option (round 49 p46b); " + ONE_LEAD + "; " + NODATE),
        S(["二", "（二）", "5"], [], [SYDW], targets=[(24, "小时")], not_targets=[(1, "小时")],
          lead_alternatives=[[SYDW]],
          note="「5.处置电梯故障及事故。发现电梯存在故障…时，及时作出停止使用的决定，报告本单位负责人、加装电梯所有权人及小区业主委员会并通知电梯维护保养单位；…需停止电梯运行时间超过24小时以上的，应当公告电梯停止运行的原因和修复所需时间…。电梯发生事故时，应当组织排险、救援，保护事故现场，并于1小时内报告电梯所在地的区特种设备安全监督管理部门。」 under 「（二）电梯使用管理单位」 — "
               + LABEL + "; 「超过24小时以上的」 a 的-clause of its own with no head noun that triggers the notice, a target "
               "(round 30's line; Round 85's x317_04 第十二条); 「于1小时内报告」 a time limit from the event (round 33), no "
               "target — not_target; the accident report to the regulator is a duty (below); " + ONE_LEAD + "; " + NODATE),
        S(["二", "（二）", "7"], [], [SYDW], targets=[(5, "年")], lead_alternatives=[[SYDW]],
          note="「7.管理新增设施设备。落实专业人员定期对新增设施设备进行巡视，并如实记录…；做好…日常保洁、维护保养和定期巡视等工作并做好记录，巡视记录至少保存5年；…应当及时设置警戒线，并以书面形式报告加装电梯所有权人和业主委员会，情况严重的应当同时报告属地街道。…」 — "
               + LABEL + "; 至少 joins 5 年, a target (round 30's line); the report of a fall hazard to the bodies that act "
               "on it is a duty when the case arises (below); " + ONE_LEAD + "; " + NODATE),
        S(["二", "（三）", "1"], [], [WBDW], targets=[(1, "次")], not_targets=[(15, "年")], lead_alternatives=[[WBDW]],
          note="「1.执行资质及规范要求。具备…许可资质；更换的电梯零部件应当具有产品质量合格证明…；至少每6个月对电梯进行1次自行检查，向电梯使用管理单位出具自检报告…；…应当对自监督检验合格之日起使用年限超过15年的电梯，根据实际运行状况增加维护保养频次和维护保养项目。」 under 「（三）电梯维护保养单位」 — "
               + LABEL + "; the events the item holds in a rhythm are its number of work, 1 次 (Round 84's p61e-1; Round 90's "
               "x333_03), the period 每6个月 none; 「使用年限超过15年的电梯」 a figure inside a noun naming the class the work "
               "picks (round 58; Round 83's x311_01 第十条) — not_target; the self-check report to its client is a firm's "
               "report on its own work for the client, no duty (round 42); " + ONE_LEAD + "; " + NODATE),
        S(["二", "（三）", "3"], [], [WBDW], not_targets=[(24, "小时"), (30, "分钟")], lead_alternatives=[[WBDW]],
          note="「3.保障电梯应急救援处置。制定应急救援预案，确保应急救援电话24小时保持有效应答…，接到乘客被困报警后，30分钟内赶到现场完成救援解困，并做好救援记录；」 and the paragraph after it 「发现电梯设备存在故障、安全隐患…及时排除…；…应当及时向电梯使用管理单位通报有关情况…」 — "
               + LABEL + "; the unnumbered paragraph before 4. is 3.'s body (round 32); 24小时 names a kind of service with "
               "no comparison word (Round 87's x324_08: 24小时值班制度) and 30分钟内 is a time limit from the call (round 33): "
               "not_targets; the notice to the managing unit is the firm's report to its client (round 42), no duty; "
               + ONE_LEAD + "; " + NODATE),
        S(["三"], [], ["属地街道"], lead_alternatives=[["属地街道"]], responsible_alternatives=[[]],
          note="「三、落实电梯使用管理单位」 with 「加装电梯所有权人申请加装电梯前，应商讨一致形成加装电梯建后管理方案，确定…。…由加装电梯所有权人委托的代建单位向所属街道办事处报备…方案。」「…属地街道要抓紧组织加装电梯所有权人共同协商，明确后续管理事宜…」「…属地街道要指导加装电梯所有权人提前开展…续聘或者重新选聘工作…」 — "
               "a childless point that gives work by 要／应 is a task (Round 84's p61c-1); 「A组织B＋verb」 names A (round 30), "
               "B its object; 商讨, 确定 are outside rule 2's closed list, the filing by the owners' agent is a party's filing "
               "on its own matters (round 42: no duty, no unit), 指导 rule 3's guide; a one-word relation 属地 is kept "
               "(Round 87's x323_02 第十八条; Round 91's x340_02 第二十一条); " + ONE_LEAD + "; " + NODATE),
        S(["五", "（一）", "1"], [], ["各物业服务企业"], lead_alternatives=[["各物业服务企业"]],
          responsible_alternatives=[[]],
          note="「1.各物业服务企业要按照《…指导意见》(沪精细化办联〔2021〕10号)的相关要求，在意见征询、现场施工、后续管理等环节积极发挥自身专业优势，全程参与加装电梯工作。并…提供专业建议，推动业主就…达成共识。」 under the lead-in 「物业服务企业要…做好以下工作：」 — "
               "参与 with a subject of its own in the plan's own work reads as 配合 and 协助 do (round 46's p44g; Round 83's "
               "x311_03 第四条: 协助 as 配合; rule 2's list names 配合／参与／协助 together), a doer (RULING?: or 参与 only "
               "after a 牵头 in rule 2's form, none — accepted); the lead-in gives nothing by 做好 (rule 4; Round 91's x338_07); "
               "〔2021〕10号 a document number; " + ONE_LEAD + "; " + NODATE),
        S(["五", "（一）", "2"], [], ["居委会"], lead_alternatives=[["居委会"]],
          responsible_alternatives=[["物业服务企业", "居委会"], []],
          note="「2.积极配合提供房屋原始竣工图纸和建筑材料、建筑垃圾堆放场地。…要做好道路交通和机动车停放引导工作。涉及停车费用、占用公共空间等由居委会组织业委会、业主、物业服务企业和建设单位协商解决。同时，配合施工单位做好现场管理，维护施工现场秩序。」 — "
               "「由A组织B＋verb」 names A (rule 2; Round 89's x330_05 四/1), B its objects; 「涉及X…」 picks the matters "
               "the work falls on, no contingency (Round 87's x327_01 细则 一); 配合 with no subject printed carries none "
               "from the lead-in (rule 4 passes a lead-in's units only by its own rule-2 clause) — 物业服务企业 with it "
               "accepted; 施工单位 is served by 做好, outside rule 2's list in points (round 36; Round 85's x320_01); "
               + ONE_LEAD + "; " + NODATE),
        S(["六"], [], [], responsible_alternatives=[[SYDW]],
          note="「六、档案管理」 with 「电梯使用管理单位应对每台电梯建立安全技术档案，妥善保存…」「加装电梯所有权人委托物业服务企业作为…使用管理单位，应移交相关资料…」「电梯使用管理单位应向加装电梯所有权人提供相关资料复印件…」「电梯使用管理单位负责运维管理期间，应做好…留档。」 — "
               "a childless point that gives work by 应 is a task (Round 84's p61c-1); 建立, 保存, 做好 are outside rule 2's "
               "closed list (" + CLOSED.split(":")[0] + "), 移交／提供 documents are sendings (Round 85's x322_04 第十六条), "
               "and 「A负责运维管理期间」 is a time phrase whose head is 期间 — a body inside a noun's description is no doer "
               "(round 30) — [电梯使用管理单位] accepted; " + NONE + "; " + NODATE),
        S(["七", "3"], [], ["相关行业主管部门"],
          responsible_alternatives=[["区住房保障房屋管理局", "区市场监管局"],
                                    ["区住房保障房屋管理局", "区市场监管局", "相关行业主管部门"]],
          note="「3.区住房保障房屋管理局和区市场监管局等相关行业主管部门负责既有多层住宅电梯建后管理的指导工作。」 — "
               "「A负责指导…」 is 「A负责…」 (round 30); the names before 等 illustrate the kind named after it, 行业主管部门 a "
               "narrower kind than a call, so the kind is given (Round 95's turned x349_03 七、3: Round 87's x325_02 第二十二条 "
               "and Round 91's x336_04 (四) over Round 93's turned x343_01 第四条（二）); the names, and the names with the "
               "kind (the old answers), accepted; no 牵头: lead []; " + NODATE),
     ],
     plan_targets=[],
     plan_targets_note="none: the cost table 表1 names kinds of cost (no figures), the sources list 四、（二）1.–5. names no "
                       "figure; the items' figures are their own (targets 24 小时, 5 年, 1 次 sampled; 二、（二）8's 「每月公布1次」 and "
                       "二、（三）2、5's 「至少保存5年」 targets too, not sampled; 125%荷载制动试验 the name of a test)",
     phases=[],
     duties=[{"what": "电梯发生事故时…于1小时内报告电梯所在地的区特种设备安全监督管理部门", "when": "于1小时内", "when_norm": None,
              "note": "二、（二）5 — an accident to the object the rules govern, reported to the body that acts on it, is a "
                      "duty whoever sends (Round 89's turned x334_03 第十三条（三）; Round 91's governs on x335_01 第三十条); "
                      "1小时内 a limit from the event, no date: undated"},
             {"what": "对新增设施设备存在高空坠物隐患的区域…以书面形式报告加装电梯所有权人和业主委员会，情况严重的应当同时报告属地街道",
              "when": None, "when_norm": None,
              "note": "二、（二）7 — a report the guidance asks when a case arises, to the bodies that act on it (round 44; "
                      "Round 89's x330_01; Round 93's x342_03): undated"}],
     notes=["counting (leaf tasks): 一、（一） defines the owner and how ownership passes (a definition, round 30, and a rule "
            "for whoever sells, Round 85's turned x321_01 三、（一））: text; 一、（二）（三） designate the managing and the "
            "maintenance units with their duty (Round 89's governs on x331_02 第三条): tasks; 二、 every line a task but the "
            "catch-all lines 二、（二）9 「其他。严格按照…规定落实使用管理单位职责，以及…约定的管理职责」 and 二、（三）6 「其他。由…约定的职责。」 "
            "(Round 84's p61a-1: a line naming only duties other texts or a contract set is text); 三、 a childless point "
            "with 要／应 (Round 84's p61c-1): a task; 四、's lead-in (费用…由所有权人承担, a payer's, round 30), （一） (what the "
            "costs are, with a table of contents — Round 86's (a)), （二） (owners raising money, a payer's; its 1.–5. name "
            "sources, no act, so no items — Round 85's x317_02 三、) and （三）'s paragraph (the money's use) are terms, "
            "text; （三）1 (the custodian that takes the account 「要…签订书面托管协议…并…立账实施日常管理」, a regulated "
            "party's owed acts, Round 84's p61a-2) a task; （三）2 (鼓励 and what a buyer of the encouraged insurance should "
            "weigh, a rule for whoever buys) text; 五、（一）1、2 and （二） tasks (the lead-in 做好以下工作 is no leaf); 六、 a "
            "childless point with 应: a task; 七、1–3 tasks, 4 (entry into force, repeal) text → **29**. Accepted: 27, 28 "
            "(一、（二）（三） as definitions), 30 (四、（三）2), 31 (the two catch-all lines, RULING?), 32 (一、（一） too), 35 "
            "(四、（二）1.–5. as items), 50 (every numbered line and childless point, the table rows aside).",
            "units: 二、's lines take their party from the heading (rule 1); 一、（三） [电梯维护保养单位] by its heading "
            "(not sampled); 四、（三）1 none (the custodian named in a 的-clause, 签订 outside articles needs 由; "
            "[专业资金监管机构] by 实施 would be the other reading — not sampled); 五、（二） none (签订 without 由, "
            "Round 85's x320_09 五); 七、1、2 none (协调 a pivot, 将…作为／给予 outside rule 2: [各街道] would be accepted)",
            "dates: none; no phases; duties: two undated reports of cases (二、（二）5, 7); the filings to the street office "
            "(二、（二）6 「向属地街道报送备案」, 三's 代建单位…报备) are a regulated party's filings on its own matters (round 42; "
            "Round 85's x322_04 第二十四条): no duties; 二、（二）8's monthly 公布 to the owners is disclosure (Round 89's "
            "x329_03 第三十二条): no duty"])


# ---------------------------------------------------------------------------------------------------------
X04 = "x349_04_fengxian-2025-jiaqiang-nongcun-fangwu-jianshe-guanli-shishi-yijian.txt"
P04 = "奉贤区关于加强农村房屋建设管理的实施意见"
N04 = "上海市奉贤区人民政府关于印发《奉贤区关于加强农村房屋建设管理的实施意见》的通知"
ZF = "镇人民政府"
GZF = "各镇人民政府"
ZFP = "镇人民政府(街道办事处)"
GZFP = "各镇人民政府(街道办事处)"

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the opinions' own title line (line 9) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪奉府规〔2025〕2号 (the stored front matter; the text prints none)",
     issuer="上海市奉贤区人民政府",
     date="2025-09-15",
     date_note="the front matter dates it 2025-09-15 (the text prints no date line); the closing 「本实施意见自2025年10月16日起施行，"
               "有效期5年」 is a general provision (round 30); no item prints a date",
     level="a district government to its towns, street offices, the bay tourist zone and its departments: how rural "
           "houses are planned, built, checked, used, altered and pulled down, and who supervises each step",
     source=src("上海市奉贤区人民政府关于印发《奉贤区关于加强农村房屋建设管理的实施意见》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=00843188&siteId=0084", 6868),
     style="a short cover (addressees, one paragraph, 特此通知), the opinions' title, a preamble, five points 一、–五、 with "
           "half-width (一)… run in after a heading phrase or as heading lines over 1.… run-in lines; paragraphs under "
           "一、（二）（三）, 二、（二）4 and after 二、（二）6; half-width brackets and semicolons throughout (「镇人民政府(街道办事处)」, "
           "「限期改正;逾期」); one paragraph a line with blank lines between",
     leaf_tasks=27, count_alternatives=[25, 26, 28, 29, 30, 31],
     leaf_tasks_by_section={"一、（一）–（三）": 3, "二、（一）1–3": 3, "二、（二）1–6": 6, "二、（三）1–2": 2,
                            "三、（一）–（七）": 7, "四、（一）–（五）": 5, "四、（六）": 0, "五、（一）": 1, "五、（二）": 0},
     childless_top_level_sections=[],
     samples=[
        S(["一", "(二)"], [], ["区人民政府", ZF, "各村级组织"],
          responsible_alternatives=[["区人民政府", ZFP, "各村级组织"], ["区人民政府", ZF]],
          note="「(二)压实属地责任。区人民政府负责辖区内农房用地规划建设使用管理…的组织领导工作。…区各有关部门根据工作职责加强农房建设和使用管理监督指导。」「镇人民政府(街道办事处)具体负责辖区内农房用地规划建设使用管理工作，…要建立…全过程监督机制…」「各村级组织在镇人民政府(街道办事处)指导下落实好自治协管。」 — "
               "the paragraphs under the run-in item are its body (round 32); 负责 and 具体负责 name their subjects, "
               "several clauses all their bodies in order (rule 2); 落实 with the villages' own work as object is rule 2's "
               "(Round 83's x312_03 三/2; Round 87's x324_04 二), 在A指导下 naming A a guide (rule 3); 加强…监督指导 is no "
               "rule-2 verb, 区各有关部门 none; " + BRACKET + "; no 牵头: lead []; " + NODATE),
        S(["一", "(三)"], [], ["区农业农村部门", "区建设管理部门", "区城管执法部门", "区应急管理部门", "区房屋管理部门",
                              "区消防救援部门", "区市场监管部门"],
          responsible_alternatives=[["区规划资源部门", "区农业农村部门", "区建设管理部门", "区城管执法部门", "区应急管理部门",
                                     "区房屋管理部门", "区消防救援部门", "区市场监管部门"],
                                    ["区农业农村部门", "区建设管理部门", "区城管执法部门", "区应急管理部门", "区房屋管理部门",
                                     "区消防救援部门", "区市场监管部门", "其他有关部门"]],
          note="「(三)强化部门协同。加强部门统筹协调…」 with nine paragraphs 「区规划资源部门指导农房规划布局…」「区农业农村部门依据职责负责宅基地管理有关工作…」「区建设管理部门负责指导…」 … 「区市场监管部门负责指导…」「其他有关部门按照明确的部门职责做好各自行业监督管理工作。」 — "
               "the paragraphs are the item's body (round 32), one task with every body it gives work, in printed order "
               "(Round 82's p60c-1; Round 87's governs on x328_04 三); 「A负责指导…」 is 「A负责…」 (round 30), but "
               "「A指导…」 without 负责 is rule 3's guide outside a 职责分工 heading (Round 92's p65b: under any other "
               "heading A only by 负责) — 强化部门协同 is none of rounds 34/35's headings (RULING?: or a heading that gives "
               "out work, 区规划资源部门 with them — accepted); 其他有关部门 with 做好 is a call (round 30) — accepted; no "
               "牵头: lead []; " + NODATE),
        S(["二", "(一)", "3"], [], [], responsible_alternatives=[[GZF], [GZFP]],
          note="「3.加强规划执法。未依法取得乡村建设规划许可证或者未按照…规定进行建设的，各镇人民政府(街道办事处)应严格执法，依法责令停止建设、限期改正;逾期不改正的，可以拆除。」 — "
               "the rules' own body acting after a breach is a doer by 由A in headed points and by any verb in articles "
               "(Round 85's x319_02 六, x322_01 三、); here in a point with neither, 执法 and 责令 are outside rule 2's closed "
               "list (Round 85's x319_02 六: 责令 names none) — the towns accepted; 可以拆除 an option (round 49 p46b); "
               + NONE + "; " + NODATE),
        S(["二", "(二)", "1"], [], [], not_targets=[(2, "层")],
          note="「1.规范新建农房设计。村民新建两层或者两层以上农村住房的应使用具备资质的设计单位(乡村建筑师)设计或经其审核的施工图纸，或者选用…通用图集。…农房设计图纸应符合当地风貌管控要求…。任何单位和个人不得擅自修改设计图纸;确需修改的，须经原设计单位或个人同意…」 — "
               "limits on how a house the scheme governs is designed are a task naming none (Round 87's governs on x328_03; "
               "Round 93's x345_01 第十七条); 村民 are persons and the scheme's applicants (round 30; Round 91's x337_04), "
               "a ban to 任何单位和个人 text (Round 80); 「两层或者两层以上农村住房」 a figure inside a noun naming the class "
               "of house the rule picks (round 58; Round 85's x328_03 第十条) — not_target; " + NONE + "; " + NODATE),
        S(["二", "(二)", "4"], [], ["施工队伍", GZF],
          responsible_alternatives=[["施工队伍", GZFP], [GZF], ["施工队伍", GZF, "区建设管理部门"]],
          note="「4.加强建房过程监管。村民建房应落实施工铭牌公示制度，由施工队伍负责制作施工铭牌…」「各镇人民政府(街道办事处)要落实质量安全监督管理责任，落实质量安全专管员，在…关键施工节点进行检查和现场指导…」「各镇人民政府(街道办事处)应依托…网格化巡查力量，…落实开展村民建房日常巡查，对发现的问题及时转送属地建设管理部门…」「区建设管理部门对村民建房质量安全情况开展抽查，对发现的问题交由镇人民政府(街道办事处)督促落实整改…」 — "
               "the paragraphs are 4's body (round 32); 由A负责 names the team (rule 2); 村民 are persons (round 30); 落实…"
               "责任 names the towns (round 46; Round 87's x326_10), 落实专管员 staffs the work (Round 88's form) and 落实开展巡查 "
               "is 落实 with work; 「交由B督促」 is 由B＋a verb of doing (Round 89's x331_01 四/（二）), the towns again, "
               "each body once; 区建设管理部门 with 开展 (no 组织) is none in points (round 30) — accepted; 转送 hands the "
               "matter on (Round 91's x337_03 八: 移送), no duty; " + BRACKET + "; no 牵头: lead []; " + NODATE),
        S(["二", "(二)", "5"], [], [ZF], lead_alternatives=[[ZF]], responsible_alternatives=[[ZFP]],
          note="「5.加强竣工验收管理。农房建设完工后，建房村民应向镇人民政府(街道办事处)提出用地和规划验收申请。镇人民政府(街道办事处)在收到申请后，应组织现场验收，实地检查…，并出具验收意见。住房通过竣工验收…后，方可交付使用。」 — "
               "组织＋a review names its subject (Round 83's governs on x315_03 第三条; Round 85's x317_03 limit: reviews "
               "placed by 负责, 实施 or 组织＋verb), the villager an applicant (round 30); " + BRACKET + "; " + ONE_LEAD
               + "; " + NODATE),
        S(["三", "(一)"], [], [], responsible_alternatives=[[GZF], [GZFP]],
          note="「(一)严格农房变更用途管理。自住自用的农房转为经营用途的，应符合结构、消防…等管理要求。产权人(使用人)在办理相关经营许可…前，应当经房屋所在地镇人民政府(街道办事处)或其授权单位出具证明文件…。各镇人民政府(街道办事处)应常态化开展用作经营的农房巡查，发现不符合相关要求的，应及时制止经营活动，并报告当地行业主管部门依法依规处理。…」 — "
               "经A出具 is rule 3's consent (经A同意), 开展 without 组织 and 制止 are outside rule 2's closed list (round 30) "
               "— the towns accepted; the report of what the towns' patrol finds to the regulator that acts is a duty "
               "(below); " + NONE + "; " + NODATE),
        S(["三", "(四)"], [], [GZF], lead_alternatives=[[GZF]], responsible_alternatives=[[GZFP], [GZF, "相关部门"]],
          note="「(四)加强违法建设查处。各镇人民政府(街道办事处)要加强统筹协调，组织相关部门加大对违法建设农房的执法力度，依法严厉查处…等违法行为。」 — "
               "「A组织B＋verb」 names A, B the pivot's object (round 30; Round 91's x336_05 二/4) — B accepted; 查处 outside "
               "rule 2 (Round 83's x314_08); " + BRACKET.replace("「镇人民政府(街道办事处)」", "「各镇人民政府(街道办事处)」") + "; "
               + ONE_LEAD + "; " + NODATE),
        S(["三", "(五)"], [], ["相关部门"], lead_alternatives=[["相关部门"]], responsible_alternatives=[[]],
          not_targets=[(3, "层")],
          note="「(五)常态化开展农房安全隐患排查整治。重点聚焦用作经营、三层及以上、人员密集、房龄老旧和违规改扩建等重点农房，建立农房安全隐患台账…。引导产权人和使用人…。相关部门按照职责分工落实行业监管范围内的安全监管责任，依法依规协同做好农房安全管理工作…」 — "
               "a group named by a kind with rule 2's 落实＋责任 is a doer (round 46; Round 93's x343_04 六、（三）: 各有关部门), "
               "相关部门 a kind (Round 85's x320_01 三/(一); Round 77's x304_01), unlike the bare 有关单位 (Round 80's "
               "p59a-2) — none accepted; 「三层及以上…的重点农房」 a figure inside a noun naming the class the work picks "
               "(round 58) — not_target; " + ONE_LEAD + "; " + NODATE),
        S(["三", "(七)"], [], [GZF], lead_alternatives=[[GZF]], responsible_alternatives=[[GZFP]],
          note="「(七)加快建立农房日常巡查和定期体检制度。各镇人民政府(街道办事处)要充分利用…工作成果，组织技术力量，发挥…作用，全面落实农房安全隐患巡查制度。…探索建立农房定期体检制度，指导产权人和使用人定期开展…检查…」 — "
               "「各X要…落实＋制度」 names 各X (Round 92's confirmed x336_08 一; Round 83's x314_03), 组织技术力量 (组织 "
               "with a noun) adding nothing; 指导 rule 3's guide; " + BRACKET.replace("「镇人民政府(街道办事处)」",
                                                                                 "「各镇人民政府(街道办事处)」") + "; "
               + ONE_LEAD + "; " + NODATE),
        S(["四", "(二)"], [], ["区建设管理部门"], lead_alternatives=[["区建设管理部门"]],
          responsible_alternatives=[["区建设管理部门", GZF]],
          note="「(二)培育工匠队伍。区建设管理部门根据市住房城乡建设部门制定的年度培训计划，组织乡村建设工匠培训、考试，开展继续教育培训。各镇人民政府(街道办事处)要建立本辖区的乡村建设工匠名录，建立健全工匠选用或准入制度…。支持…」 — "
               "「A组织B＋verb」 (组织工匠培训、考试) names A (rule 2; round 30), the craftsmen its objects; the city bureau "
               "stands inside the 的-phrase that describes the plan (round 30: a body inside a noun's description); the "
               "towns' 建立 is outside rule 2's closed list — accepted; 年度 names the plan's kind, no date; " + ONE_LEAD
               + "; " + NODATE),
        S(["五", "(一)"], [], [GZF], lead_alternatives=[[GZF]], responsible_alternatives=[[GZFP], []],
          note="「(一)各镇人民政府(街道办事处)要把推进农房建设管理工作作为实施乡村振兴的重要内容，全面落实属地农房监管责任;加强管理服务队伍建设，用好现有财政资金和政策渠道…」 under 「五、强化工作保障」 — "
               "an item of 保障措施 that names a unit is a task (seeds lines 3–5), 落实…责任 naming the towns (round 46); "
               "（二） 「区相关部门要加强统筹协作配合，完善…，建立健全…机制…各级各部门要强化监督…」 names none by rule 2 "
               "(加强, 完善, 建立健全; 各级各部门 a call) and is no task; " + BRACKET.replace("「镇人民政府(街道办事处)」",
                                                                                     "「各镇人民政府(街道办事处)」")
               + "; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[],
     plan_targets_note="none: the text's figures are classes of house (两层以上, 三层及以上), a meeting's number (第108次) and "
                       "the term of validity (有效期5年, a general provision)",
     phases=[],
     duties=[{"what": "发现不符合相关要求的，应及时制止经营活动，并报告当地行业主管部门依法依规处理", "when": None, "when_norm": None,
              "note": "三、(一) — what the towns' own patrol finds, reported to the body that acts on it, is a duty when "
                      "the case arises (round 44; Round 93's x342_03 二/2): undated"}],
     notes=["counting (leaf tasks): 一、's opening paragraph and 三、's two opening paragraphs are the text before each "
            "section's items (rule 4; Round 83's x311_04 第十一条); 一、(一) 「农房产权人为…第一责任人，承担…首要责任。农房使用、"
            "设计、施工、材料供应的单位(个人)为…责任主体，分别承担相应的…责任」 a designation of the parties carrying the work, a "
            "task (Round 89's governs on x331_02 第三条) naming no unit (产权人 are households, persons, Round 91's x337_04; "
            "the 的-phrase's head is the bare 单位(个人), a call) (RULING?: or a principle of roles, no leaf, Round 87's "
            "x326_06 and Round 93's x344_01 — 26 accepted); 二、(二)6's two paragraphs after it (翻建…参照上述条款执行; 三层及以上…"
            "纳入建设程序) are its body (round 32); 四、(六) only 鼓励 (rounds 30, 40; Round 88's x207_03 第四十条): no task; "
            "五、(二) names no unit: no task (seeds lines 3–5); the closing 施行 paragraph a general provision; every other "
            "numbered item a task → **27**. Accepted: 25 (一、(一) and 五、(一) out), 26 (一、(一) out), 28 (四、(六) or "
            "五、(二) in), 29 (both), 30 (and 三、's opening paragraphs as a task), 31 (and 二、(二)6's closing paragraphs "
            "as their own task).",
            "units, not sampled: 一、(一) none; 二、(一)1、2 none (limits and reviews, 指导 a guide); 二、(二)2、3 none (村民 "
            "persons, 施工 outside rule 2, 鼓励); 二、(二)6 none by rule 2 in points (「对…质量负责」 with 村民 and "
            "「施工单位(乡村建设工匠)」: the second a doer were 负责 read with a 对-object — a reading left to the sample "
            "it never got); 二、(三)1、2 none (统筹建立, 提供, 指导); 三、(二)(三)(六) none (加强, 督促, 鼓励); 四、(一) "
            "[各镇人民政府] (「组织技术力量下沉」, 组织＋verb); 四、(三)(四)(五) none",
            "dates: none; no phases; one duty (三、(一)); 三、's opening 「产权人(使用人)发现…严重安全隐患时，应及时向各镇人民政府…报告」 "
            "is a household's report on its own house (round 42; Round 85's x317_03 第十四条), no duty; 二、(二)4's 转送 "
            "hands the matter on (Round 91's x337_03 八、（一）–（四））, no duty",
            "figures: no item target; not_targets 2 层 (二、(二)1), 3 层 (三、(五))"])

write_collected(DIR)
