# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next328/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 62 (built by helper c328, for round 63): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in``);
every answer was written here by reading the texts, with ../CONVENTIONS.md (its head in full, "Round 81 rulings,
written early" to its end in full, older rulings only where a ruling quoted there led) applied to every item. Neither
the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next328/make_expected.py tests/data/plans-next328
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
    return f"{REPO} @ {C2B}, docs/市容绿化与景观/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
CLOSED = ("outside articles rule 2's list is closed (rounds 30, 44; Round 83's x316_01 一, x316_02: 要＋加强／建立／做好 "
          "name none; Round 85's x318_05: 做好, 部署, 安排, 开展 without 组织)")
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, or a party by role, standing as the subject of "
           "the article's verb of doing is a doer whatever the verb (Round 81's x307_02 第六条（一）2; Round 85's x321_04 "
           "第十条); an application or filing for one's own approval (round 30's applicant), a review of a submission and "
           "the decision on it (Round 81's x309_01 第十八条; Round 85's x317_03 第九条（一）, x321_02), a sending (Round 83's "
           "x315_01 第十一条) and options (可, round 49 p46b) name none")
NOSUBJ = ("acts of the rules' own bodies with no subject give work (round 65's x274_01; Round 81's x305_02): a task naming "
          "no unit")
LIMIT = ("a time limit running from an event 「…之日起5个工作日内」「在2日内」 is no target and no deadline (rounds 33, 54, 58; "
         "Round 83's x315_03 第七条 kept only 「最多不得超过30日」, joined to a comparison word)")
RECUR = ("a date that recurs each year 「每年12月底前」 is a rhythm, no item deadline (round 34; Round 81's x309_02 第七条: a "
         "yearly day)")
LIMITWORK = ("a limit on what the work may build or set up is a task naming none (Round 77's x299_01 第六条; Round 85's "
             "x322_04 第五条, confirmed; Round 83's x314_10 四/(四)), unlike a ban to 「任何单位和个人」 (Round 80) and unlike a "
             "line stating only the state a standard asks (Round 81's x308_04 二/(三), turned: text)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x328_01_shi-lvrongju-2024-gongyuan-peitao-fuwu-xiangmu-guanli-banfa.txt"
P01 = "上海市公园配套服务项目管理办法（试行）"
N01 = "关于印发《上海市公园配套服务项目管理办法（试行）》的通知"
SZ = "市、区绿化市容主管部门"
GY = "公园管理单位"
QZ = "区绿化市容主管部门"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the measures' own title (lines 11 and 13, 「上海市公园配套服务项目管理办法」 over 「（试行）」) or the notice's "
                "title (line 1): either (round 45's pair); the cover itself prints 「(试行)」 with half-width brackets",
     doc_no="沪绿容〔2024〕407号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局",
     date="2024-10-28",
     date_note="the cover is signed 2024年10月28日 (line 9; the index gives 2024-11-01, the day of publication); the "
               "measures print no date of entry into force and no item is dated",
     level="the city greenery and city-appearance bureau, to the district bureaus, the parks it runs and the units "
           "concerned: how the service concessions inside parks (catering, retail, recreation) are set up, let and "
           "supervised",
     source=src("关于印发《上海市公园配套服务项目管理办法（试行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0039::a79b59f7-f123-4781-9601-3cbabbb1278e", 2918),
     style="a cover notice, then the measures' title over 「（试行）」 and 14 articles 「第N条（heading）text」, heading and "
           "text on one line, paragraphs separated by blank lines; 第十三条 a lead-in over a list of ten banned acts "
           "（一）–（十） and a paragraph after it",
     leaf_tasks=8, count_alternatives=[7, 9, 10, 17, 18],
     leaf_tasks_by_section={"第四条": 1, "第六条": 1, "第七条": 1, "第九–十三条": 5},
     childless_top_level_sections=[],
     samples=[
        S(["第四条（职责分工）"], [], ["市绿化市容主管部门", "市公园管理中心", QZ, "相关部门", GY],
          responsible_alternatives=[["市绿化市容主管部门", "市公园管理中心", QZ, GY]],
          **art(X01, ["第四条（职责分工）"]),
          note="「市绿化市容主管部门负责指导…，具体监督管理市属公园配套服务项目。市公园管理中心在市绿化市容局的指导下，对…开展具体管理监督工作。 区绿化市容主管部门负责…的监督管理工作，配合相关部门做好…的监督管理。 公园管理单位负责…的实施和管理工作。具体开展…日常巡查…；督促…经营者遵守…；…公园管理单位有权要求经营者限期整改；…可终止经营合同。」 — "
               "several 负责 clauses, all their bodies in printed order (rule 2), and a 职责分工 article whose paragraphs each "
               "open with a body is one task naming every body once (Round 82's p60c-1); under a work heading the subject "
               "of 开展 is a doer (round 35; round 44 in articles) — 市公园管理中心; 「在市绿化市容局的指导下」 is rule 3's guide, "
               "no unit; 配合 with its own subject makes it a doer and in articles the body served is a doer by any verb "
               "after it, 做好 included (Round 83's x311_03 第四条; Round 81's x307_02 第十六条), 相关部门 a kind (Round 85's "
               "x320_01); the defined names of 第三条 kept as printed (Round 81's x310_04; Round 83's x315_02); the "
               "operators are objects of 督促／要求 (round 30's pivot); no 牵头: lead []; the list without 相关部门 accepted; "
               + NODATE),
        S(["第六条（设施配置）"], [], [SZ], lead_alternatives=[[SZ]], responsible_alternatives=[[SZ, GY]],
          **art(X01, ["第六条（设施配置）"]),
          note="「市、区绿化市容主管部门应当遵循科学合理的原则，依据相关规范、技术标准等设置与公园功能…相匹配的配套服务设施。…郊区面积较大的公园，可以适当增加服务设施。 …设置应当符合已批准的…设计方案…。公园管理单位不得擅自新建、改建、扩建…，不得擅自改变…属性。公园管理单位不得因经营而改变或破坏…原有风貌和格局。所有公园配套服务设施都要上图，实行“一园一档”管理。」 — "
               + ARTICLE + ": 设置 names the two levels, one name as printed (round 30: 「市、区X部门」); 「公园管理单位不得＋verb」 "
               "bans acts and gives the unit no work of its own (a limit, like a ban to a party, Round 80) — the list with "
               "it accepted; 上图, 实行…管理 with no subject " + NOSUBJ + " (no unit added); " + ONE_LEAD + "; " + NODATE),
        S(["第七条（经营期限）"], [], [], targets=[(5, "年")], **art(X01, ["第七条（经营期限）"]),
          note="「公园配套服务项目经营期限应当根据行业特点、经营服务内容、规模、方式等因素综合确定，一般不超过5年。」 — the term of a "
               "concession the park units grant (第十条) is a limit on the rules' own work, a task naming none (" + LIMITWORK
               + "; RULING? 1: or the scheme's terms, no task, 5 年 a plan target — count 7); 不超过5年 a ceiling joined to "
               "不超过, a target (round 30's line; Round 83's x315_03 第七条), 一般 no comparison word and no bar (Round "
               "83's x310_03 第十一条 decided 一般为2年 a norm only for want of one); " + NONE + "; " + NODATE),
        S(["第九条（配套服务项目设置要求）"], [], [GY], lead_alternatives=[[GY]],
          **art(X01, ["第九条（配套服务项目设置要求）"]),
          note="「在公园配套服务项目中不得设立私人会所…不得利用“园中园”进行变相经营。 公园餐饮服务、零售服务项目，应当引入惠民性…的项目。公园管理单位应当按照合同约定，要求公园餐饮服务经营者不得设定或变相设定最低消费…服务项目应当明码标价…」 — "
               + ARTICLE + ": 要求 names the park unit, the caterers the object of its 要求 (round 30's pivot); the bans with "
               "no subject limit what the park work may set up (" + LIMITWORK + "), no unit; " + ONE_LEAD + "; " + NODATE),
        S(["第十条（准入要求）"], [], [GY, QZ], responsible_alternatives=[[GY]],
          **art(X01, ["第十条（准入要求）"]),
          note="Round 87 (turned): round 48 over round 42 — a plan body sending its own results 「…备案」 has an undated duty, as round "
               "57 read x254_01 第十二条: the park unit is a body the rules task (named in the articles on duties), and round 42's "
               "filing is a party's on its own matters: no duty → an undated duty (below); the units stand. The builder's reading "
               "was: 「公园管理单位应当遵循公平公正公开原则，按照规范程序编制项目计划、征求公众意见、组织方案论证等，依法通过招标、竞争性谈判等竞争方式确定经营主体，签订经营合同并报同级绿化市容主管部门备案。 公园管理单位针对期限短、规模小的配套服务项目可按照分类管理原则依法简化准入程序。具体简化要求由区绿化市容主管部门依据相关管理规定自行制定。」 — "
               + ARTICLE + ": 编制, 组织＋论证, 确定, 签订 name the park unit; 由A＋制定 names the district body (rule 2; Round 85's "
               "x322_04 第二十五条 另行制定); 报…备案's receiver is no unit (rule 3), and the park unit's filing of the "
               "contract it signed is a filing on its own matters, no duty (Round 85's x322_04 第二十四条) (RULING? 2); the "
               "park unit's 可…简化 an option; no 牵头: lead []; the park unit alone accepted; " + NODATE),
        S(["第十一条（收益资金管理）"], [SZ], [SZ, "财政、审计等有关部门"], lead_alternatives=[[]],
          **art(X01, ["第十一条（收益资金管理）"]),
          note="「…收益，应当用于公园的日常养护运营管理与保护发展，并按照财政相关规定执行。市、区绿化市容主管部门应当会同财政、审计等有关部门加强跟踪监督。」 — "
               "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (rule 2; in articles any verb, 加强 included, "
               "round 44; Round 77's x299_01 第二十条); fields joined by 、 before one head with 等 one name as printed "
               "(round 31; Round 81's x309_01 第四条); where the money goes is the scheme's terms, no unit (Round 81's "
               "x309_03 四、); " + NODATE),
        S(["第十二条（文物、历史建筑、红色资源保护）"], [], [], **art(X01, ["第十二条（文物、历史建筑、红色资源保护）"]),
          note="「本市鼓励对公园内文物保护建筑、优秀历史建筑进行活化利用，但应当严格控制经营类型和规模。对红色资源建筑要严格按照相关规定分类保护，不得设置与红色文化不相关的内容。」 — "
               "本市 is a place, no body (round 41; Round 83's x315_01 第二十条); 鼓励 names no work (Round 83's x313_03 第四条"
               "（五））, but 严格控制, 分类保护 with no subject give work: " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["第十三条（禁止行为）"], [], [GY], lead_alternatives=[[GY]], responsible_alternatives=[[]],
          **art(X01, ["第十三条（禁止行为）"]),
          note="「公园管理单位应当按照《城市公园配套服务项目经营管理暂行办法》要求严格监督配套服务经营活动，不得出现下列行为：（一）擅自转让、分包经营项目；…（十）法律法规规章及公园管理制度禁止的其他行为。 通过招标等形式确定经营者时，应当在招标文件、经营协议等中对上述行为作明确约定。」 — "
               "a list of the breaches the work is to prevent is the text of the item that announces it, one task with its "
               "lead-in, so the article has no items for the closing paragraph to follow, and that paragraph goes on with "
               "the same matter (上述行为), its text (Round 78's (b); Round 81's x305_04 第十三、十四条, governs; Round 85's "
               "x321_03 第八条) (RULING? 3: the ten lines as leaves → 17, and the paragraph its own task → 18); " + ARTICLE
               + ": 监督 the operators' business is the park unit's own supervision of the parties it lets to, not rule "
               "3's guide of another body's work (Round 85's x321_03 第六条, governs over Round 82's p60b-1) (RULING? 4); "
               + ONE_LEAD + "; none accepted; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "签订经营合同并报同级绿化市容主管部门备案", "when": None, "when_norm": None,
              "note": "Round 87 (turned): 第十条 — the park unit, a body the rules task, files the operating contract it signed "
                      "with the 同级绿化市容主管部门 (round 48; round 57's x254_01 第十二条), no date printed: an undated duty (the "
                      "builder wrote none, round 42's party's filing)"}],
     notes=["counting (leaf tasks): the cover's 「请认真按照执行」 no task; 第一条 purpose, 第二条 scope, 第三条 definitions, "
            "第十四条 参照执行 general provisions (round 30; Round 85's x322_02 第二十一条 参照); 第五条 the principles of the "
            "scheme, a principle naming no act (Round 81's x310_02 一、; round 68), no task; 第八条 「支持和鼓励社会资本进入…，提倡…」 "
            "only encourages, no work (Round 83's x313_03 第四条（五）; Round 77's x299_02 第七条); 第四、六、七、九、十、十一、"
            "十二、十三条 one task each (第十三条 with its list of banned acts and the paragraph after it) → **8**. Accepted: 7 "
            "(第七条 as the scheme's terms, RULING? 1), 9 (第五条 or 第八条 counted), 10 (both), 17 (第十三条's ten lines "
            "as leaves, RULING? 3), 18 (and its closing paragraph as its own task).",
            "units: article subjects (round 44); 市、区绿化市容主管部门 one name (round 30); 公园管理单位, 市公园管理中心, "
            "区绿化市容主管部门 as the measures define and print them; operators (经营者) are objects of the units' "
            "要求／督促 (round 30's pivot)",
            "dates: no item is dated; 2024年10月28日 the cover's signing",
            "figures: target 5 年 (第七条 一般不超过); unchecked: 「一园一档」 (no digit)",
            "duties: Round 87 (turned): one undated — 第十条's 「报同级绿化市容主管部门备案」, the park unit's filing of the contract it "
            "signed (the builder wrote none: a filing of its own contract, RULING? 2)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x328_02_shi-lvrongju-2024-shenghuo-laji-shenpi-kuacengji-zonghe-jianguan-tongzhi.txt"
P02 = "关于实施从事城市生活垃圾清扫、收集、运输服务审批事项和经营性处理服务审批事项跨层级综合监管工作的通知"
XKC = "许可处"
QJ = "各区绿化市容局"

plan(X02,
     title=P02,
     title_note="the notice's title line (line 1)",
     doc_no="沪绿容〔2024〕330号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局",
     date="2024-09-03",
     date_note="signed 2024年9月3日 (line 35); 2024年-2026年 and 2024年 in cited titles date nothing; no item is dated",
     level="the city greenery and city-appearance bureau, to the district bureaus and the departments concerned: a joint, "
           "cross-level check of the firms licensed to sweep, collect, carry and treat household waste",
     source=src("关于实施从事城市生活垃圾清扫、收集、运输服务审批事项和经营性处理服务审批事项跨层级综合监管工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0039::a245a41b-5d3d-4074-b46f-721f74f90460", 2800),
     style="a notice: addressees and a preamble, 一、监管事项 (two lines 1. 2. naming the two licences), 二、监管目标 (one "
           "childless paragraph of goals), 三、监管要求 (a paragraph over 1. 2. 3., each a run-in heading and its text), an "
           "附件 list, the signature; then 附件1, a task table flattened one cell a line (序号 / 监管事项名称 / 任务区分 / "
           "牵头部门 / 实施部门 / 时间节点; rows 1 and 2, each over two 任务区分 sub-rows, the 时间节点 printed once), and 附件2, "
           "a list of risk points (materials to check) for each licence",
     leaf_tasks=3, attachment_task_rows=2, count_alternatives=[7],
     leaf_tasks_by_section={"一": 0, "二": 0, "三": 3},
     childless_top_level_sections=["二、监管目标"],
     samples=[
        S(["三", "1"], [f"市绿化市容局行政{XKC}"],
          [f"市绿化市容局行政{XKC}", "市资源利用和垃圾分类管理事务中心", "市市容环境质量监测中心", "市市容环境卫生水上管理处", QJ],
          note="「1.建立市、区多部门协同的工作架构。由市绿化市容局行政许可处牵头组织，市资源利用和垃圾分类管理事务中心、市市容环境质量监测中心、市市容环境卫生水上管理处和各区绿化市容局具体实施。」 — "
               "「由A牵头」 gives lead A, and the subjects of 实施 (rule 2's verb) are doers after it, in printed order "
               "(rule 2; round 30), 和 joining names (round 34); a section of a body kept as printed (round 43: no name "
               "rewritten); " + NODATE),
        S(["三", "2"], [], [], targets=[(2, "个")],
          note="「2.形成跨部门跨层级联合检查工作制度。对于两个以上部门对同一监管对象实施不同行政检查且可以同时开展的，应实施联合检查（详见附件1）。」 — "
               "no subject: the bodies inside the 的-clause describe the case (round 30), and 实施 with no subject names "
               "none; " + NOSUBJ + "; 两个以上 a figure joined to 以上 in a 的-clause of its own, no head noun after it, that "
               "triggers the step, a target (round 30's line; round 49; Round 83's x313_03 第六条, Round 81's x307_01 第十条) "
               "(RULING? 5: or a figure inside the noun 部门, round 58's class, not_target); " + NONE + "; " + NODATE),
        S(["三", "3"], [], [],
          note="「3.建立标准化的检查模式。按照《…的通知》（沪绿容办〔2023〕20号）中明确的…清单（详见附件2）进行联合检查。通过移动监管系统，记录监管情况及监管结果，并形成综合检查单。」 — "
               "acts with no subject, " + NOSUBJ + "; the document number no target (EXPECTED.md); " + NONE + "; " + NODATE),
        S(["附件", "1"], [XKC], [XKC, "质监中心", QJ, "水管处"], responsible_alternatives=[[XKC, "质监中心", QJ]],
          targets=[(1, "次")], not_targets=[(2, "个月")],
          note="row 1 of 附件1 「开展环卫行业跨层级监管机制工作任务分工表」: 「1 / 从事城市生活垃圾清扫、收集、运输服务审批 / 生活垃圾清扫，日常生活垃圾和粪便收集、运输（陆域） / 许可处 / 质监中心、各区绿化市容局 / 自企业申请取得《…许可证书》之日起2个月内完成跨层级监管一次。」 and its second sub-row 「生活垃圾清扫，…运输（水域） / 许可处 / 水管处、各区绿化市容局」 — "
               "a table's columns are labels: 牵头部门 gives the lead, 实施部门 the bodies responsible (rule 1; round 33; Round 82's "
               "p60e-2: a lead named by 牵头), the merged 序号 cell holding both sub-rows, each body once in printed order "
               "(round 51); the first sub-row's bodies alone accepted; the row is a task of an attached task table "
               "(plans-dev 06, 07: attachment_task_rows); 2个月内 from the firm's licence is " + LIMIT + "; 一次 the "
               "events the row holds, its own number of work, 1 次 (Round 84's p61e-1; round 58's x193_07) (RULING? 6); "
               + NODATE),
        S(["附件", "2"], [XKC], [XKC, "分类中心", QJ],
          note="row 2 of 附件1: 「2 / 从事城市生活垃圾经营性处理服务审批 / 生活垃圾中转、处置（陆域） / 许可处 / 分类中心、各区绿化市容局」 and 「餐厨垃圾、餐厨废弃油脂收集、运输（陆域） / 许可处 / 分类中心、各区绿化市容局」 — "
               "牵头部门 the lead, 实施部门 the bodies responsible (rule 1; Round 82's p60e-2), each once (round 51); the "
               "时间节点 cell is printed once, under row 1, so row 2 prints no date and no count (round 48: only what is "
               "printed is read) (RULING? 6); " + NODATE),
     ],
     plan_targets=[(100, "%"), (90, "%")],
     phases=[], duties=[],
     notes=["counting (leaf tasks): 一、's lines 1. 2. only name the two licences the check covers, its scope, text (Round "
            "85's x322_01 二、（二）; Round 81's x305_01 第三十六条), so 一、 gives no work and is a section; 二、监管目标 a "
            "childless aims point, a section (plans-dev EXPECTED.md lines 21–25; Round 80's aims form), its figures plan "
            "targets; 三、's opening paragraph is the text leading into its items (Round 83's x311_04 第十一条), 三、 1. 2. 3. "
            "→ **3**; 附件1's rows 1 and 2 are an attached task table (attachment_task_rows 2, so 5 is accepted, plans-dev "
            "06); 附件2's risk-point lists (the materials a check looks at, the 监管模式／频率／方式 lines) are no tasks "
            "(lines that only name what a check covers, Round 83's x312_02; Round 85). Accepted: 7 (附件1's four "
            "sub-rows as rows, 3 + 4) (RULING? 6).",
            "units: 三、1 by 由A牵头 and 具体实施; 附件1 by its 牵头部门／实施部门 columns (short names as printed: 许可处, 质监中心, "
            "水管处, 分类中心; round 43: no name rewritten into 三、1's full names)",
            "dates: no item is dated; 2个月内 and 「2月内批后监管1次」 (附件2) run from the licence",
            "figures: plan targets 100 % (按期监管) and 90 % (以上, 监管率) of 二、; targets 2 个 (三、2, 两个以上部门, RULING? 5), "
            "1 次 (附件1 row 1); not targets 2 个月 (a time from an event); unchecked: 300吨/日 (附件2, a class of plant in a "
            "list of materials, round 58), 两个告知承诺的许可事项 (a count of existing matters, no comparison word), "
            "document numbers",
            "duties: none printed (the notice asks for no report)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x328_03_shi-lvrongju-2023-linshixing-huwai-guanggao-sheshi-shezhi-guanli-banfa.txt"
P03 = "上海市临时性户外广告设施设置管理办法"
N03 = "关于印发《上海市临时性户外广告设施设置管理办法》的通知"
SL = "市绿化市容管理部门"
QL = "区绿化市容管理部门"
SQL = "市、区绿化市容管理部门"
SZZ = "设置者"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the measures' own title line (line 11) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪绿容规〔2023〕3号 (the stored front matter; the text prints none)",
     issuer="上海市绿化和市容管理局",
     date="2023-06-28",
     date_note="the cover is signed 2023年6月28日 (line 9); the measures are published 2023年6月30日 and in force 2023年7月1日 "
               "to 2028年6月30日 (第二十二条, a general provision dating no item)",
     level="the city greenery and city-appearance bureau, to the district bureaus and the Lingang new-area committee: who "
           "approves temporary outdoor advertising for major events, where and how long it may stand, what each kind "
           "(flags, film, projection, banners, displays, media façades) must meet, and who removes, maintains and "
           "supervises it",
     source=src("关于印发《上海市临时性户外广告设施设置管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0039::4e709613-ecbe-479e-a857-516ede9d8680", 3788),
     style="a cover notice, then the measures' title and 22 articles, each 「第N条（heading）」 on a line of its own over "
           "paragraphs separated by blank lines; lists （一）–（四） in 第九–十五条 (第九条's after two paragraphs and a lead-in); "
           "an 附件 line naming a road list not printed",
     leaf_tasks=23, count_alternatives=[11, 21, 28],
     leaf_tasks_by_section={"第四–八条": 5, "第九–十四条": 12, "第十六–二十一条": 6},
     childless_top_level_sections=[],
     samples=[
        S(["第四条（管理部门）"], [], [SL, QL], **art(X03, ["第四条（管理部门）"]),
          note="「市绿化市容管理部门负责本市临时性户外广告设施设置的综合协调和监督管理。 区绿化市容管理部门负责所辖范围内…的监督管理。」 — "
               "two 负责 clauses, both bodies in printed order (rule 2); no 牵头: lead []; " + NODATE),
        S(["第五条（审批权限）"], [], [SL, QL], **art(X03, ["第五条（审批权限）"]),
          note="「利用本市高架道路路灯杆设置旗帜式广告设施的申请，以及利用外滩…发布临时性户外广告的申请，由市绿化市容管理部门负责受理。 在上述范围以外设置…的申请，由区绿化市容管理部门负责受理。」 — "
               "work placed by 由A负责 is read by rule 2's own form before the review rule (Round 83's x311_04 第十一条 and "
               "x315_03 第三条, governs; Round 77's x299_03 第八条), so both bodies are doers though 受理 takes applications "
               "in; no 牵头: lead []; " + NODATE),
        S(["第七条（区域控制要求）"], [], [SL], lead_alternatives=[[SL]], responsible_alternatives=[[]],
          **art(X03, ["第七条（区域控制要求）"]),
          note="「市政府同意举办的重大活动，由市绿化市容管理部门统筹协调后，可以在本市行政区域内设置临时性户外广告设施。 区政府同意举办的重大活动，可以在本区…设置…。 市、区政府有关部门同意举办的重大活动，仅限于在活动场所范围内及其周边区域设置…。」 — "
               "由A＋a verb of doing names A (rule 2; Round 79's 由A统筹 keeps work where its object is work); the "
               "governments inside 「…同意举办的重大活动」 describe the event, no doers (round 30: a body inside a noun's "
               "description); 可以 options and the 仅限于 limit add no unit; " + ONE_LEAD + "; none accepted; " + NODATE),
        S(["第八条（设置时间控制要求）"], [], [], targets=[(30, "天"), (15, "天"), (120, "天")],
          **art(X03, ["第八条（设置时间控制要求）"]),
          note="「临时性户外广告设施每次批准的设置期限最长不超过30天。布幅式临时性户外广告设施设置期限最长不超过15天。 在相同位置针对不同活动批准设置临时性户外广告设施的天数，一年内累计不超过120天。」 — "
               "limits on the terms the approving bureaus may grant, a task naming none (" + LIMITWORK + "); 最长不超过, "
               "累计不超过 ceilings, targets (round 30's line; Round 85's x322_04 第二十五条 最长…不得超过5年); " + NONE + "; "
               + NODATE),
        S(["第九条（旗帜式广告的设置要求）", "（二）"], [], [], targets=[("0.9", "米"), ("1.8", "米"), (3, "米")],
          **art(X03, ["第九条（旗帜式广告的设置要求）", "（二）"]),
          note="「利用道路路灯杆设置旗帜式广告应当符合下列要求：」 over 「（二）单幅幅面宽度不大于0.9米，高度不大于1.8米，广告底部离道路平面的高度不得小于3米；」 — "
               "each line that limits what may be set up is an item and a task naming none (" + LIMITWORK + "; Round 85's "
               "x322_04 第二十条: the lines of a list are its items) (RULING? 7 for the 设置要求 lists); the article's two "
               "paragraphs before its lead-in are its text, no leaf (Round 85's x322_04 第十九条; Round 83's x311_04 第十一条); "
               "不大于, 不得小于 a ceiling and a floor of the standard, targets (round 30's line: 「原则上不超过8米」); " + NONE
               + "; " + NODATE),
        S(["第十条（贴膜式广告的设置要求）", "（一）"], [], [], not_targets=[(55, "米")],
          **art(X03, ["第十条（贴膜式广告的设置要求）", "（一）"]),
          note="「设置贴膜式广告应当符合下列要求：」 over 「（一）仅限于商业、文化、展览建筑且高度不超过55米的建筑外墙面；」 — a limit on where film may be "
               "set up, an item and a task naming none (" + LIMITWORK + "; RULING? 7); 不超过55米 stands inside the noun "
               "「…的建筑外墙面」 that names the class of walls the work may use, a class, no target (round 58; Round 83's "
               "x311_01 第十条, turned; Round 85's x322_04 第五条 kept 二层以上 as the limit itself, not a figure inside a noun) "
               "(RULING? 8); " + NONE + "; " + NODATE),
        S(["第十条（贴膜式广告的设置要求）", "（二）"], [], [], targets=[(40, "%")],
          **art(X03, ["第十条（贴膜式广告的设置要求）", "（二）"]),
          note="「（二）贴膜广告的总面积不宜超过设置墙面总面积的40%；」 — a limit on what may be set up, a task naming none (" + LIMITWORK
               + "); 不宜超过 is 超过 with a softening word, a ceiling joined to a comparison word, a target (round 30's line; "
               "原则上不超过 alike); " + NONE + "; " + NODATE),
        S(["第十四条（建筑媒体立面设施发布临时性户外广告的要求）", "（二）"], [], [], targets=[(75, "天")],
          **art(X03, ["第十四条（建筑媒体立面设施发布临时性户外广告的要求）", "（二）"]),
          note="「（二）同一建筑媒体立面设施每年发布临时性户外广告的时间累计不得超过75天，发布时段应当与本市景观照明的启闭时段保持同步。」 — "
               "a limit on what the work may do, a task naming none (" + LIMITWORK + "); 累计不得超过 a ceiling, a target "
               "(round 30's line); 每年 a period, no target and no deadline (Round 84's p61e-1); " + NONE + "; " + NODATE),
        S(["第十四条（建筑媒体立面设施发布临时性户外广告的要求）", "（三）"], [], [SZZ], lead_alternatives=[[SZZ]],
          **art(X03, ["第十四条（建筑媒体立面设施发布临时性户外广告的要求）", "（三）"]),
          note="「（三）建筑媒体立面设施的设置者，应当在发布临时性户外广告期间，如实记录…发布内容及发布时长，落实断网播放、封闭外接USB接口（…除外）等安全管理措施，防止恶意篡改发布内容，防范违法广告插播。」 — "
               + ARTICLE + ": 记录, 落实 (rule 2's verb too) name the party, a 的-phrase giving the name after the last 的 "
               "(rounds 32, 38; Round 81's x310_01); a party the rules bind by 应当 is a regulated party whose acting lines "
               "are tasks (Round 84's p61a-2); " + ONE_LEAD + "; " + NODATE),
        S(["第十六条（设置临时性户外广告设施的行政许可）"], [], [], not_targets=[(5, "个工作日")],
          **art(X03, ["第十六条（设置临时性户外广告设施的行政许可）"]),
          note="「市或者区绿化市容管理部门应当自收到…申请之日起5个工作日内，作出许可决定，书面告知申请人；不予批准的，应当书面说明理由。申请材料不齐全…的，市或者区绿化市容管理部门应当即时告知申请人补正材料。」 — "
               "the decision on a party's application and its notice to the applicant are a review's decision and its "
               "steps, none in articles too (Round 85's x317_03 第九条（一）, turned; Round 81's x309_02 第十八条), still "
               "the rules' own work, a task naming none (Round 85's x322_02 第十五条); 5个工作日内 " + LIMIT + "; " + NONE
               + "; the two bodies are no reading (第五条 places the acceptance by 负责, not this decision); " + NODATE),
        S(["第十七条（广告拆除）"], [], [SZZ, "载体所有权人"], responsible_alternatives=[[SZZ]], not_targets=[(2, "日")],
          **art(X03, ["第十七条（广告拆除）"]),
          note="「临时性户外广告设施设置期满后，设置者应当在2日内予以拆除。设置者未予拆除的，临时性户外广告设施所依附的载体所有权人应当予以拆除。 经批准利用建筑媒体立面设施发布临时性户外广告的，审批期满后立即停止发布。」 — "
               + ARTICLE + ": 拆除 names the setter; the owner's removal is a step after a branch of the article's own "
               "work 「设置者未予拆除的」 (round 42; Round 81's x305_01 第十二条, turned), not rule 3's contingency 「确需…的」"
               "「发生…时」「如有…」 (Round 79), a 的-phrase giving 载体所有权人 (rounds 32, 38); the setter alone accepted; "
               "在2日内 " + LIMIT + "; no 牵头: lead []; " + NODATE),
        S(["第二十条（监督检查）"], [], [SQL], lead_alternatives=[[SQL]],
          **art(X03, ["第二十条（监督检查）"]),
          note="「市、区绿化市容管理部门应当采取实地检查、视频监控等多种方式，加强对…的批后监管及日常监管，对违规设置的或者存在安全隐患的…，应当及时依据相关规定将案件线索移送城管执法部门查处。」 — "
               + ARTICLE + ": 采取, 加强 name the two levels, one name as printed (round 30); 移送 hands the case to a "
               "receiver and names none, the receiver's 查处 its purpose, no clause of the item's work (Round 81's x305_04 "
               "第十五条 移交; Round 77's x299_03 第十六条); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): the cover's 「请遵照执行」 no task; 第一条 purpose, 第二条 scope, 第三条 definitions, 第二十二条 "
            "entry into force, validity and repeal — general provisions (round 30); 第四条 1, 第五条 1, 第六条 1 (its second "
            "paragraph 「应当防止影响…」 an act limiting the work), 第七条 1, 第八条 1; the 设置要求 lists read line by line: a "
            "line that limits or bans what may be set up, or names an act, is an item and a task naming none, a line stating "
            "only the state the thing must have is text (Round 81's x308_04 二/(三), turned; " + LIMITWORK + "): 第九条 "
            "（一）（二） 2 (（三） 式样和规格应当统一…相协调 a state, text), 第十条 （一）–（三） 3, 第十一条 （一） 1 (（二） 投影设备设置安全、"
            "可靠 a state), 第十二条 （一）（二） 2 (（三） 应当与…相协调 a state), 第十三条 （一） 1 (（二） 安全可靠, （三） 保证用电安全，符合技术规范 "
            "states), 第十四条 （一）–（三） 3; 第十五条 the applicant's materials, an application, no task (round 30's "
            "applicant; Round 85's x321_02); 第十六–二十一条 1 each (6; 第二十一条 the complaint's handling, the rules' own work "
            "naming none: a decision on a complaint names none, Round 85's x322_02 第二十条) → **23**. Accepted: 28 (every line "
            "of the 设置要求 lists as an item), 21 (each 设置要求 article of 第九–十三条 one task, its lines text, 第十四条 3), 11 "
            "(the 设置要求 as a standard's terms, text — Round 83's x315_02 第八条, x309_01 第十三条 — 第六、九–十三条 off and "
            "第十四条 only its （三）) (RULING? 7).",
            "units: article subjects (round 44); 市、区绿化市容管理部门 one name (round 30); 设置者, 载体所有权人, 所有权人 parties "
            "by role (Round 74's 房屋产权方); 第十八条 「所有权人应当督促设置者…」 names 所有权人 (round 44 in articles; the object "
            "of 督促 none, Round 81's x307_02 第六条（一）2) — unsampled; 第二十一条's 有关部门 handle complaints, none",
            "dates: no item is dated; 5个工作日内, 2日内 limits from events; 2023年7月1日, 2028年6月30日 the validity; "
            "2013年, 2018年 the repealed measures' dates",
            "figures: targets 30 / 15 / 120 天 (第八条), 0.9 / 1.8 / 3 米 (第九条（二）), 40 % (第十条（二）), 75 天 (第十四条（二）); "
            "not targets 55 米 (第十条（一）, a class, RULING? 8), 5 个工作日 (第十六条), 2 日 (第十七条); unchecked: 2:1 (第九条's "
            "paragraph, the article's text before its items) and 3:1 (第十四条（一）, 不得小于 a floor: a target by round 30's "
            "line, ratios kept as printed, Round 77's x302_01), 两幅／一幅 (第九条（一） 最多, targets by the line), 15 米 (第九条"
            "（一）, a zone 「…外15米范围内」 with no comparison word, round 45), document numbers",
            "duties: none (第二十一条's feedback to a complainant is the complaint's own step)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x328_04_shi-lvweiban-2023-danwei-fushu-lvdi-kaifang-gongxiang-shishi-banfa.txt"
P04 = "上海市单位附属绿地开放共享实施办法（暂行）"
N04 = "关于印发《上海市单位附属绿地开放共享实施办法（暂行）》的通知"
SLR = "市绿化市容局"
SXG = "市相关部门"
QWB = "区绿委办"
QLR = "区绿化市容局"
ZDZ = "市绿化指导站"
THREE = [SXG, QWB, QLR]

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the measures' own title line (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪绿委办〔2023〕6号 (the stored front matter; the text prints none)",
     issuer="上海市绿化委员会办公室, 上海市绿化和市容管理局",
     date="2023-09-11",
     date_note="the cover is signed by the two offices 2023年9月11日 (lines 7–11); the measures' dates recur each year (12月底, "
               "4月15日, 4月30日, 10月15日, 10月底) and date no item; 「十四五」 names the 2021–2025 period of the goals",
     level="the city greening committee's office and the city greenery and city-appearance bureau, to the city units and "
           "the district offices and bureaus: opening the green space attached to government offices and enterprises to "
           "the public — goals, duties, yearly planning, design, works, money, listing, upkeep, publicity, evaluation",
     source=src("关于印发《上海市单位附属绿地开放共享实施办法（暂行）》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0039::f856351e-61cf-4366-8fb0-26f8f09e80a5", 2847),
     style="a cover notice signed by two offices, the measures' title, a preamble, then headed points 一、–七、 (一、 scope, "
           "二、 goals （一）（二）, 三、职责分工 four paragraphs each opening with a body, 四、 and 五、 a lead-in paragraph over "
           "（一）–（四）／（一）–（三） with run-in headings on their own lines, 六、 （一）（二）, 七、 one paragraph); defined short "
           "names 区绿委办, 区绿化市容局 (三、)",
     leaf_tasks=11, count_alternatives=[13, 14],
     leaf_tasks_by_section={"一": 0, "二": 0, "三": 1, "四": 4, "五": 3, "六": 2, "七": 1},
     childless_top_level_sections=["一、适用范围"],
     samples=[
        S(["三"], [SLR], [SLR, "相关市级部门", "相关市级主管部门", ZDZ, "市园科院", SXG, "各区绿化委员会办公室", "各区绿化市容局"],
          lead_alternatives=[[]],
          responsible_alternatives=[[SLR, ZDZ, "市园科院", SXG, "各区绿化委员会办公室", "各区绿化市容局"],
                                    [SLR, "相关市级部门", "相关市级主管部门", ZDZ, "市园科院", SXG, QWB, QLR]],
          note="「三、职责分工 市绿化市容局负责推进…，研究制定…，会同相关市级部门解决…，对重点项目组织方案审核和验收，会同相关市级主管部门对…进行整体评价等。 市绿化指导站组织相关规范标准的编制和实施工作，负责…技术服务、指导和日常管理等。 市园科院开展数据信息、技术支撑等体系建设…。 市相关部门、各区绿化委员会办公室（以下简称：区绿委办）和各区绿化市容局（以下简称：区绿化市容局）制定本部门、辖区开放工作中长期目标和阶段性规划，协调并具体推进…」 — "
               "a 职责分工 section of paragraphs each opening with a body is one task whose units are every body in printed "
               "order, each once (Round 82's p60c-1; round 32; round 51's governs), a work heading giving units whatever "
               "the verb (round 35: 开展, 制定); 「A会同B＋verb」 gives lead A and B units (rule 2), lead [] accepted; at a "
               "defining bracket the full name is kept and its 以下简称 dropped (round 43; Round 78's x95_02), the short "
               "names accepted; 相关市级部门, 相关市级主管部门 kinds (Round 85's x320_01), the list without the partners "
               "accepted; 和 joins names (round 34); " + NODATE),
        S(["四", "（一）"], THREE, THREE + ["区规划资源局"], lead_alternatives=[[]], targets=[(300, "平方米")],
          note="「（一）计划任务 市相关部门、区绿委办、区绿化市容局会同区规划资源局原则上于每年12月底前，对符合选址要求…的单位附属绿地开放共享项目，编制计划并报送市绿化市容局。市绿化市容局会同市规划资源局等部门研究审核后，于次年初发布年度建设任务，形成各区年度行动清单。 原则上，开放绿地中单位附属集中绿地面积不小于300平方米。」 — "
               "「A会同B＋verb」: lead A, responsible A, B (rule 2; the three leads in printed order, bodies that lead one "
               "work together all leads, rounds 36, 45), the defined short names kept as printed where they act (Round 81's "
               "x310_04); the second 会同 has a review of what the districts send as its verb, which names none (Round 85's "
               "x321_01 五、（二）: 会同 reaches any verb but a review; Round 77's x304_04 第十五条（二）), and 发布 is outside the "
               "closed list (" + CLOSED + "); the yearly sending of the plan to the city bureau is a yearly duty (Round 81's "
               "x309_02 第七条); " + RECUR + "; 不小于300平方米 a floor, a target (round 30's line); lead [] accepted; "
               + NODATE),
        S(["四", "（二）"], [QWB, QLR], [QWB, QLR, ZDZ], lead_alternatives=[[]],
          note="Round 87 (turned): Round 81's x309_02 第七条 — a tasked body's sending with its day each year is a yearly duty — over "
               "Round 77's x299_01 第十条 read for 报…后实施: 报B后实施 asks no 批准 or 同意 of B, so the sending of the bodies' own "
               "findings is a filing of their results (round 48), with its day: no duty → yearly duties (by 04-15; the 4月30日 "
               "sentence alike, for it sends too) (below); the units stand. The builder's reading was: 「（二）方案编制 市相关部门、区绿委办、区绿化市容局应当指导列入年度行动清单中的拟开放单位…编制开放方案。… 拟开放单位编制的开放方案原则上于每年4月15日前，经所属主管部门同意后，由区绿委办、区绿化市容局会同市绿化指导站等组织认定，报市绿化市容局后实施。区绿委办、区绿化市容局编制的开放方案原则上于每年4月30日前由市绿化指导站等组织认定，报市绿化市容局后实施。…技术方案应当行文报送至市绿化市容局…」 — "
               "「A指导B…」 without 负责 is rule 3's guide (round 30; Round 83's x311_02 第十条), outside a 职责分工 heading "
               "(Round 82's p60c-4); 「由A会同B组织认定」: lead A, responsible A, B, 组织＋a review naming its subject (Round 81's "
               "x309_02 第十二条, governs; Round 85's x319_01 第七条（二））, and 由市绿化指导站等组织认定 the same body again, "
               "等 stripped (EXPECTED.md); the item names units of its own, so the lead-in gives none (rule 4); the "
               "sendings to the city bureau are steps of the plans' approval, no duty (Round 77's x299_01 第十条: 「报B批准」) "
               "(RULING? 9); the yearly days " + RECUR + "; lead [] accepted; " + NODATE),
        S(["四", "（三）"], [], THREE, responsible_alternatives=[[]],
          note="「四、计划和建设 市相关部门、区绿委办、区绿化市容局根据…年度计划，落实年度开放项目，按照要求抓好实施和监管。」 over 「（三）项目施工 改造方案涉及行政审批、工程招投标的，应当按照规定办理相关手续。…应当严格按照方案批复意见组织施工作业。…确实需要调整的，…报市绿化市容局核批同意后方可实施。 项目按《指导意见》相关要求进行验收。其中，…原则上于每年10月15日前提请市绿化市容局组织验收。…」 — "
               "the item names no doer of its own (办理, 组织施工作业 with no subject; 市绿化市容局 the object of 提请, a request "
               "for acceptance, round 30's pivot, and the acceptance a review), so the section's lead-in gives its bodies: "
               "「A…落实年度开放项目」 is rule 2's 落实 with work as object, about the items' work (rule 4; Round 83's x314_05 "
               "二: only a lead-in about other work gives nothing) (RULING? 10); no 牵头: lead []; none accepted; the yearly "
               "day " + RECUR + "; " + NODATE),
        S(["四", "（四）"], [], THREE, responsible_alternatives=[[]],
          note="「（四）资金管理 市相关部门、区绿委办、区绿化市容局按照《指导意见》相关要求加强项目资金管理。其中，立项项目符合…且验收合格的，可申请市级财政补贴，原则上每年10月底前提交相关材料，由市绿化市容局审核后，报请相关部门拨付资金。」 — "
               "加强 is outside the closed list (" + CLOSED + "), 申请／提交 an application (round 30's applicant), "
               "由市绿化市容局审核 a review (Round 85's x319_01 第七条（三））, 拨付 money moved (Round 81's x309_03 四、): the item "
               "names no doer by rule 2, so the lead-in's bodies are its units (rule 4, as 四/（三）) (RULING? 10); no 牵头: "
               "lead []; none accepted; 每年10月底前 " + RECUR + "; " + NODATE),
        S(["五", "（一）"], [], [],
          note="「五、开放和管理 市相关部门、市区绿化市容管理部门应当指导运维主体做好…养护和管理，对开放质量进行评估。」 over 「（一）名录发布 市绿化市容局统一向社会公布单位附属绿地开放共享项目名录。市相关部门、区绿委办、区绿化市容局应当在绿地显要位置设置开放共享标识…」 — "
               "公布 and 设置 are outside the closed list (" + CLOSED + "); the lead-in gives nothing: 指导 is rule 3's guide "
               "and 进行评估 outside the list (rule 4 passes only a rule-2 clause or a duty word, Round 85's x319_02 三/1); "
               + NONE + "; " + NODATE),
        S(["五", "（三）"], [], [],
          note="「（三）管养维护 市相关部门、区绿委办、区绿化市容局应当指导运维主体提高管养精细化水平，制定规范化管养细则和应急预案。政府（管委会）协调确定管理主体后，应当建立协调联动机制…」 — "
               "「A指导B＋verb」 is rule 3's guide, B the pivot's object (round 30; Round 82's p60c-4 outside 职责分工), the "
               "verbs after it B's (Round 83's x316_02 （十四））; 协调 and 建立 are outside the closed list (" + CLOSED + "); "
               + NONE + "; " + NODATE),
        S(["六", "（一）"], [], [ZDZ], lead_alternatives=[[ZDZ]], responsible_alternatives=[[]],
          note="「（一）市相关部门、区绿委办、区绿化市容局应当加强媒体宣传相关工作。市绿化指导站负责定期收集优秀案例信息并进行推广。」 — "
               "加强 is outside the closed list (" + CLOSED + "); 「A负责…」 names A (rule 2); 定期 prints no rhythm and 收集 no "
               "report (no duty); " + ONE_LEAD + "; none accepted; " + NODATE),
        S(["六", "（二）"], [], [],
          note="「（二）市相关部门、区绿委办、区绿化市容局加强政策宣贯，摸清家底，对具备开放条件的单位附属绿地做好引导督促工作，积极推动开放。」 — "
               "加强, 做好, 推动 are outside rule 2's closed list (" + CLOSED + "; Round 83's x316_02 （十六） 推动); " + NONE
               + "; " + NODATE),
        S(["七"], [], [SLR], lead_alternatives=[[SLR]],
          note="「七、考核评价 单位附属绿地开放计划任务执行情况、…管理质量等，由市绿化市容局组织市绿化指导站、市园科院等开展日常考核和年度评价。」 — "
               "a childless point that gives work is a task (Round 84's p61c-1; round 36), and 「由A组织B＋verb」 names A, B "
               "the object of 组织 (round 30); 年度评价 a yearly rhythm of the bureau's own work, no duty to report (round "
               "41 reads reports); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[(100, "个"), (35, "个")],
     phases=[],
     duties=[{"what": "市相关部门、区绿委办、区绿化市容局会同区规划资源局编制计划并报送市绿化市容局", "when": "每年12月底前",
              "when_norm": "yearly (by 12-31)"},
             {"what": "拟开放单位编制的开放方案原则上于每年4月15日前，经所属主管部门同意后，由区绿委办、区绿化市容局会同市绿化指导站等组织认定，报市绿化市容局后实施",
              "when": "每年4月15日前", "when_norm": "yearly (by 04-15)",
              "note": "Round 87 (turned): 四、（二） — 报B后实施 asks no 批准 or 同意 of B, so sending the bodies' own findings on the "
                      "units' plans to the city bureau is a filing of their results (round 48), with its day each year (Round 81's "
                      "x309_02 第七条): a yearly duty by 04-15 (the builder wrote none, RULING? 9)"},
             {"what": "区绿委办、区绿化市容局编制的开放方案原则上于每年4月30日前由市绿化指导站等组织认定，报市绿化市容局后实施",
              "when": "每年4月30日前", "when_norm": "yearly (by 04-30)",
              "note": "Round 87 (turned): 四、（二） — the 4月30日 sentence alike: its 报市绿化市容局后实施 sends the findings on the "
                      "districts' own plans, a yearly duty by 04-30 (the builder wrote none, RULING? 9)"}],
     notes=["counting (leaf tasks): the cover's 「请认真贯彻落实」 and the preamble no tasks; 一、适用范围 scope, a general "
            "provision (round 30), a section; 二、建管目标 （一）（二） goal items naming no unit in a plan whose tasks name units, "
            "no tasks (seeds EXPECTED.md lines 3–5; round 27), their figures plan targets; 三、职责分工 one task (Round 82's "
            "p60c-1); 四、 （一）–（四） 4 (its opening paragraph the lead-in); 五、 （一）–（三） 3; 六、 （一）（二） 2; 七、 a "
            "childless point giving work, 1 → **11**. Accepted: 13 (二、's two goal items counted), 14 (三、's four "
            "paragraphs as four tasks, x66_01's older reading that Round 82 named for a later alignment).",
            "units: from sentences (headed points, rule 2's closed list; 职责分工 by Round 82's p60c-1); the short names "
            "区绿委办, 区绿化市容局 kept as printed where they act, the full names at the defining bracket (round 43); "
            "市区绿化市容管理部门 (五、's lead-in) as printed",
            "dates: no item is dated: every date recurs each year (round 34; Round 81's x309_02 第七条) or names a period "
            "(十四五)",
            "figures: plan targets 100 个 and 35 个 (二、（一） 以上); target 300 平方米 (四、（一） 不小于); unchecked: document "
            "numbers, 十四五",
            "duties: three, checked (one the builder's, two Round 87's) — 四、（一）'s yearly plan sent to the city bureau by the "
            "end of December (Round 81's "
            "x309_02 第七条: a sending the rules ask of a body they task, with its day each year); Round 87 (turned): 四、（二）'s "
            "sendings of the findings 报市绿化市容局后实施 are yearly duties too, by 04-15 and 04-30 (the builder read them as steps of "
            "the plans' approval, no duty, RULING? 9); 四、（三）（四）'s 提请 and 提交 are applications"])

write_collected(DIR)
