# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next182/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 42 (built by helper c182): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``article_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, with ../CONVENTIONS.md (all of it,
the round-42 rulings written early and continued included) applied to every item. Neither the parser nor the scorer
was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next182/make_expected.py tests/data/plans-next182
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, SHANGHAI_REPO, STORED_WHOLE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
src = shanghai_source

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37 / round 38: rule 2's forms are a closed list — the plain subject of another "
          "verb (设置, 编制, 完成, 保障, 加强, 优化完善, 公开, 进行, 提交 …) is not a unit")
NOSUBJ = "the item's sentences have no subject (instructions to the works or to steps: 「应…」 with no body)"
THING = "a thing or a step as subject (「详细规划应…」「工程立项应…」「设计方案应…」) gives no unit (CONVENTIONS.md round 41)"
ALONE = "lead [] (no 牵头), the single doer accepted as the lead (plans-dev 03 一)"
WORKS = ("CONVENTIONS.md round 38 / round 40: items naming no unit are tasks where they give work (in a plan with units "
         "elsewhere); a count without them is accepted")
ARTICLE = ("CONVENTIONS.md round 30 / round 33: in a document written as articles, an article that gives work (a doer, an "
           "instruction 「应当…」「应…」「要…」 to a body or to the works, or a body's stated work) is a task; general provisions "
           "(purpose, definitions, scope, 参照／按…规定执行, validity, entry into force) are not (a count with them accepted)")
OLDER = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"


def one(path, unit, targets=(), note="", **kw):
    """An item whose one doer (rule 2) is ``unit``: lead [], the doer as lead accepted (plans-dev 03 一)."""
    return S(path, [], [unit], targets, note=note + "; " + ALONE, lead_alternatives=[[unit]], **kw)


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


def A1(file, path, unit, note, **kw):
    """A sample whose only unit is ``unit`` (lead [], the unit accepted as lead), located by its article label."""
    return S(path, [], [unit], lead_alternatives=[[unit]], note=note + "; " + ALONE, **kw, **art(file, path))


def older_source(folder, name, url, chars):
    """A file stored only at an older commit of the repository (read_file: 「not at that commit」 for 49f4bb7…)."""
    return (f"{SHANGHAI_REPO} @ {OLDER} (the file is not stored at 49f4bb7…; read_file without a commit answered this "
            f"version), docs/{folder}/{name} (official page {url}) — {STORED_WHOLE} ({chars})")


# ---------------------------------------------------------------------------------------------------------
X01 = "x182_01_shi-guihuaziyuanju-2024-gongcheng-tufang-zonghe-liyong-guihua-ziyuan-guanli-zhidao-yijian.txt"
N01 = "关于加强本市工程土方综合利用的规划资源管理指导意见"
C01 = ("关于印发《上海工程土方综合利用空间图则指引（近期）》《上海工程土方综合利用空间规划指引（2024—2035）》"
       "《关于加强本市工程土方综合利用的规划资源管理指导意见》的通知")

plan(X01,
     title=N01 + "（" + C01 + "）",
     title_note="the opinion's own title (line 21, after the cover) or the notice title (line 1): either",
     doc_no="沪规划资源施〔2024〕549号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市规划和自然资源局",
     date="2024-12-27",
     date_note="the cover is dated 2024年12月27日 (the index gives the same day)",
     level="a city bureau (Shanghai's planning and natural resources bureau): a notice issuing two spatial guides (not "
           "printed) and an opinion on reusing construction earth (printed after the cover): tasks 1.–11. under four "
           "groups, and a 保障措施 point with two 会同 clauses",
     source=src("规划与土地", "关于印发《上海工程土方综合利用空间图则指引（近期）》《上海工程土方综合利用空间规划指引（2024—2.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=dea2e8817d3c43cab6381e0656f63e82&siteId=0032",
                "5427; the stored file name is cut inside the second guide's title"),
     style="the notice title; addressees (five bodies, an ASCII colon); a preamble; the cover's own headed points 一、–四、 "
           "(run-in headings, one paragraph each, describing the three documents); 「请各单位…执行」, the signature, the "
           "date; then the opinion's title, a preamble, 一、总体要求 (one paragraph), 二、主要任务 with a lead paragraph and four "
           "groups （一）–（四） (run-in heading lines) over items 1.–11. numbered straight through (4. has a second, unnumbered "
           "paragraph), 三、保障措施 （五）（六）; blank lines between all paragraphs",
     leaf_tasks=12, count_alternatives=[13, 16, 17],
     leaf_tasks_by_section={"二、主要任务": 11, "三、保障措施": 1},
     childless_top_level_sections=["一、总体要求"],
     samples=[
        S(["二", "（一）", "1"], [], [],
          note=WORKS + "; 「科学规划、系统谋划土方资源综合利用空间格局，充分释放…资源价值」 — " + NOSUBJ + ": " + NONE + "; " + NODATE),
        S(["二", "（二）", "4"], [], [], [(15, "%")], not_targets=[(8, "米")],
          note=WORKS + "; the unnumbered paragraph 「加强建设项目各环节管理…」 after 4. is its body (CONVENTIONS.md round 32: a "
               "trailing paragraph that gives work is the item's body); 「项目建设回土率原则上不低于15%」 — 不低于 (round 30's "
               "line) → 15%; 「基准地坪浮动空间可参考200年一遇防洪设防堤顶高度标准（高程约8米）研究确定」 — a standard's height with no "
               "comparison word (约 is none), a norm (round 30) → 8米 not a target; 「成片可开发面积超过1km²的区域」 — a noun naming "
               "the kind of area the rule covers (round 34 / round 40: a class, not a target; left unchecked); 「本市开展…管理」 "
               "— 开展 without 组织 (" + CLOSED + "); " + THING + ": " + NONE + "; " + NODATE),
        S(["二", "（二）", "5"], [], [], [(1, "处")],
          note=WORKS + "; 「全市各区应…设置不少于一处土方暂存中转空间」 — 不少于 (round 30's line) → 1处 (written 一处); 各区 is a "
               "kind (round 32), but 设置 is no rule-2 verb (" + CLOSED + "): " + NONE + "; 「经检测合格后的表土可用于…」 an "
               "option; " + NODATE),
        S(["二", "（四）", "10"], [], [],
          note=WORKS + "; 「在市土地储备中心下设专门土方综合利用空间管理机构，承接…工作」 — a body the item sets up is no unit "
               "(rule 3; round 35: 下设 is no rule-2 verb), and the centre is only where it is set up; 「遴选市属国企推进实施…」 "
               "has no subject (the state firms are the object of 遴选): " + NONE + "; " + NODATE),
        one(["二", "（四）", "11"], "区政府（管委会）",
            note="「区政府（管委会）作为区级土方综合利用的责任主体」 — a designation (CONVENTIONS.md round 32 「由A作为主责单位」, "
                 "round 34 「A作为…主体」): a doer; the bracket stays with the name (round 34); 「区规划资源、绿化市容等部门共同组建"
                 "区级土方综合利用工作专班」 — 组建 is no rule-2 verb and the 专班 is a body the item sets up (its members no units, "
                 "rule 3 / round 35); 「在区土地储备中心下设…机构，承接…」 as in 10.; " + NODATE),
        S(["三", "（五）"], ["市绿化市容局", "区绿化市容部门"],
          ["市绿化市容局", "市重大办", "市规划资源局", "区绿化市容部门", "区重大办", "区规划资源部门"],
          lead_alternatives=[[]],
          note="a 保障措施 point that names units is a task (CONVENTIONS.md round 27 / round 33); 「市绿化市容局会同市重大办、"
               "市规划资源局细化…，确定…」 and 「区绿化市容部门会同区重大办、区规划资源部门细化…，确定…」 — 「A会同B＋verb」 (rule 2): "
               "lead A, responsible A, B, for each clause (several clauses: all their bodies, in order; round 36: bodies that "
               "lead different parts of one item are all its lead); lead [] accepted (a parser that reads only 牵头 labels); "
               "「市规划资源局编制《…》」 — 编制 (" + CLOSED + "); 「相关部门加强…」「各区政府（管委会）加强…」 — 加强, no "
               "rule-2 verb; 「年初根据…计划」 — a yearly rhythm, no deadline (round 34: recurring dates are no deadline), and "
               "no sending (no duty)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: a notice that issues three documents and prints one of them (the opinion, after the cover): one "
            "plan, the printed document's items are the tasks (CONVENTIONS.md round 30 'two documents under one cover'); "
            "the cover's own points 一、–四、 describe the three documents and give no unit work (「要进一步提高政治站位」 a "
            "general call; 「后续相关部门可根据…开展…」 an option; 「后续各区编制…方案」 编制, no rule-2 verb) — no tasks here, "
            "RULING? 1 (16 / 17 accepted counting them); opinion: 一、总体要求 one paragraph (a childless section); 二、主要"
            "任务 （一）–（四） hold 1.–11. → 11 (the groups' heading lines are not leaves); 三、保障措施 （五） → 1 (units by "
            "会同); （六） 「本指导意见自印发之日起施行。…由市规划资源局负责解释」 is entry into force and the interpreting body "
            "(round 30 general provisions; rule 3: the interpreting body no unit) — no task (13 accepted) → **12**",
            "units: only 11. (a designation) and （五） (会同 ×2) name bodies in the ruled forms; 二、 items 1.–10. name "
            "none (things and steps as subjects, 各区＋设置, 相关部门可…)",
            "dates: 2024年12月27日 (the signature); 「今明两年」 (the cover, a span of need, no item's date); 年初 (a yearly "
            "rhythm); 2017—2035 / 2024—2035 are the periods in plans' titles; no phases, no duties",
            "figures: 15% (4., 不低于), 一处 (5., 不少于) — targets; 104处 and 约1.2亿吨 (the cover: a past survey and an "
            "estimate, round 33: present figures are not targets), 约8米 and 200年一遇 (a norm, a standard's name), "
            "1km² (a class), 第43次 (a meeting's number) — not targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x182_02_shi-guihuaziyuanju-2025-gongcheng-jianshe-xiangmu-shuxiang-sheji-guanli-gongzuo-yijian.txt"
N02 = "关于加强本市工程建设项目竖向设计规划资源管理的工作意见"
LEADIN = ("CONVENTIONS.md rule 4 (closed as written in round 39): the paragraph that opens （四） 「项目建设主体应按照…，在建设"
          "工程设计方案阶段，组织开展竖向方案设计」 — 组织＋work (round 34) with a regulated party named by a kind (round 34: "
          "rule 2 does not ask who the body is) — gives its body to the items under it that name none")

plan(X02,
     title=N02 + "（关于印发《" + N02 + "》的通知）",
     title_note="the opinion's own title (line 11, after the cover) or the notice title (line 1): either",
     doc_no="沪规划资源建〔2025〕431号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市规划和自然资源局",
     date="2025-11-14",
     date_note="the cover is dated 2025年11月14日 (the index gives the same day); in force on issue (四、施行)",
     level="a city bureau (Shanghai's planning and natural resources bureau): a working opinion on vertical (grade) design "
           "of construction projects — planning conditions, design requirements, review and acceptance",
     source=src("工程建设管理", "关于印发《" + N02 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=875918723e3043f7b87caf757cd5c2c6&siteId=0032", 3018),
     style="a one-paragraph cover (addressees with an ASCII colon, 「现将…予以印发」, the signature, the date); the opinion's "
           "title, a preamble; 一、–三、 heading lines over run-in points （一）–（七） numbered straight through, （四） with a "
           "lead paragraph over items 1.–5.; several points run on over two to four paragraphs; 四、施行 one paragraph; blank "
           "lines between all paragraphs; no body is named in most points (instructions 「应…」 with no subject)",
     leaf_tasks=11, count_alternatives=[12],
     leaf_tasks_by_section={"一、统筹规划设计条件": 3, "二、加强项目竖向设计管理": 7, "三、完善竣工验收": 1},
     childless_top_level_sections=["四、施行"],
     samples=[
        S(["一", "（一）"], [], [],
          note=WORKS + "; 「统筹规划空间布局，…将竖向设计管理要求纳入国土空间规划」「应在详细规划编制阶段提出…建议值」 — "
               + NOSUBJ + ": " + NONE + "; 「（以下简称“道路控制点标高”）」 names a value, not a body; " + NODATE),
        S(["一", "（二）"], [], [],
          note=WORKS + "; 「…的，应将竖向标高要求纳入建设项目规划土地意见书或土地出让合同」 (no subject) and 「…的，鼓励组织开展"
               "区域竖向方案设计与土方消纳专项研究」 — 鼓励 names no doer (CONVENTIONS.md round 40), and 组织 here has no subject: "
               + NONE + "; 「在土地供应前」 — a time from an event, no deadline (round 34); " + NODATE),
        one(["二", "（四）", "1"], "项目建设主体",
            note=LEADIN + "; 1. itself 「根据…，进行总平面布局。合理组织地面径流，加强竖向排水设计，明确…，倡导海绵城市建设」 has no "
                 "subject (组织地面径流: 组织 with a thing as object, no work of a body) — the lead-in's body is its unit; " + NODATE),
        one(["二", "（四）", "5"], "项目建设主体",
            note=LEADIN + "; 5. 「交通线性工程设计方案应充分利用桥下空间，…尽量减少工程出土，…统筹区域土方平衡」 — a design scheme "
                 "as subject (" + THING + "), so the item names none of its own and takes the lead-in's body; " + NODATE),
        S(["二", "（六）"], [], [], not_targets=[(0.3, "米")],
          note=WORKS + "; 「房屋建筑工程在审核建设工程设计方案时，应通过行政协助平台征询…部门意见，会审竖向设计内容」 — no "
               "subject (the reviewing body is not named); 「建设单位应按照相关部门意见优化完善设计方案」 — 优化完善 (" + CLOSED
               + "); 「应组织专家与相关部门对…进行论证」 — 组织 with no subject (the experts and departments are its objects, no "
               "units, round 30): " + NONE + "; 「一般以周边相邻的城市道路中心线标高为基准加上0.3米」 — a rule for the height's "
               "base with no comparison word (a norm, round 30) → 0.3米 not a target; " + NODATE),
        S(["三", "（七）"], [], [], [(0.1, "米")], not_targets=[(15, "厘米")],
          note=WORKS + "; 「加强…的测量核验」 (no subject): " + NONE + "; 「标高误差不应大于0.1米」 — 大于 (round 32's comparison "
               "words) → 0.1米; 「道路纵断高程允许偏差±15厘米」 — a tolerance written with ± and no word of round 30 / 32's list: "
               "read as no target (a norm) — RULING? 2; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the cover (one paragraph, 「请按照执行」) is no task; the opinion: 一、 （一）–（三） → 3; 二、 （四） has items "
            "1.–5. (its lead paragraph is no leaf) → 5, （五）（六） → 2; 三、 （七） → 1; 四、施行 「本意见自印发之日起施行。"
            "自本意见施行之日后…的出让土地…，应按本意见执行」 — entry into force and scope (round 30 general provisions, a childless "
            "section) → **11**; 12 accepted (四、 counted, round 30; or （四） counted beside its items)",
            "units: the only body named in a ruled form is 项目建设主体 (（四）'s lead-in, 组织开展), inherited by 1.–5. (rule 4); "
            "建设单位 (（六）, 优化完善) and 相关部门 / 绿容、住建、水务、交通等部门 (whose opinions are sought, rule 3: 征询 A's "
            "opinion — A no unit) are no units; every other point has no subject",
            "dates: 2025年11月14日 (the signature); 在土地供应前 / 在审核…时 (events); no item's date, no phases, no duties",
            "figures: 0.1米 (不应大于, a target); 0.3米 (a norm), ±15厘米 (a tolerance, RULING? 2) — not targets; 「三师联创」 a "
            "name"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x182_03_shi-zhengfu-bangongting-2023-shi-zhongda-gongcheng-jianshe-guanli-banfa.txt"
N03 = "上海市市重大工程建设管理办法"
HEAD = ("CONVENTIONS.md round 34 / round 35 / round 38: an article headed 部门职责／X职责 gives out work — every body the text "
        "gives work is a unit, in printed order")
ZD = "市重大办"

plan(X03,
     title=N03 + "（上海市人民政府办公厅关于印发《" + N03 + "》的通知）",
     title_note="the 办法's own title (line 11, after the cover) or the notice title (line 1): either",
     doc_no="沪府办规〔2023〕26号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市人民政府办公厅",
     date="2023-12-15",
     date_note="the cover is dated 2023年12月15日; the index gives 2023-12-18 (the publication date); valid 2024-01-01 to "
               "2028-12-31 (第十九条)",
     level="the city government's general office (Shanghai): rules for managing the city's major construction projects — "
           "a coordination mechanism and its office (市重大办), departments' and districts' duties, project reserve, plan, "
           "land, indicators, approval, supporting works, site support, information, supervision, assessment",
     source=src("工程建设管理", "上海市人民政府办公厅关于印发《" + N03 + "》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=f36f15790838446b9a7449900b9c3bc8&siteId=0001", 4838),
     style="a one-paragraph cover (addressees, 「现印发给你们」, the signature, the date); the 办法's title, a purpose "
           "paragraph; 19 articles with their labels on lines of their own 「第三条（部门职责）」 over one to five paragraphs; "
           "four names given through 「（以下简称“…”）」 (市重大办, 行业主管部门, 行政审批部门, 资源指标主管部门); long "
           "lists of city bodies closed by 「等行业主管部门」「等工程建设审批部门」; designations 「A是…的责任主体」; blank lines "
           "between all paragraphs",
     leaf_tasks=17, count_alternatives=[18, 19],
     leaf_tasks_by_section={"第二条–第十八条": 17},
     childless_top_level_sections=[],
     samples=[
        A(X03, ["第三条（部门职责）"], [],
          ["市发展改革委", "市住房城乡建设管理委", "市交通委", "市水务局", "市绿化市容局", "市科委", "市经济信息化委", "市教委",
           "市文化旅游局", "市体育局", "市房屋管理局", "申康医院发展中心", "市规划资源局", "市生态环境局", "市公安局",
           "市卫生健康委", "市国动办", "各区", "市财政局", "市人力资源社会保障局", "市国资委"],
          note=HEAD + ": 「市发展改革委负责…」; 「市住房城乡建设管理委、…、申康医院发展中心等行业主管部门（以下简称“行业主管部门”）是"
               "…的责任主体，负责…」 and 「市发展改革委、…、市国动办等工程建设审批部门…负责办理…，并指导、督促各区落实相关审批服务」 "
               "and 「市规划资源局、…等资源指标主管部门…负责…」 — separate heads before 等…部门 give each body (round 35, the tail "
               "dropped; 「（以下简称…）」 dropped); 各区, the object of 督促 given work under a work heading, is a unit (round 37); "
               "「市财政局、市人力资源社会保障局、市国资委等部门按照各自职责，协同实施本办法」 — a verb of doing under the heading "
               "(round 34) → those three; each body once (市发展改革委 and others are named in several lists); 市重大办 and 市发展"
               "改革委 as receivers of 「定期…通报」 add nothing (a duty below); no 牵头: lead []; " + NODATE),
        A1(X03, ["第四条（各区职责）"], "各区",
           HEAD + " (「各区职责」); 「各区按照各自职责，负责…；负责落实…」 — 各区 a kind (round 32) and the subject of 负责; " + NODATE),
        A1(X03, ["第五条（建设单位职责）"], "建设单位",
           "「建设单位是市重大工程建设管理的实施主体和第一责任人，负责落实…」 — a designation and 负责 (rule 2; round 34: a "
           "regulated party named by a kind is a doer with a rule-2 form; round 38: an article heading that names a party is "
           "a unit heading); " + NODATE),
        A(X03, ["第七条（项目确定）"], [], ["市发展改革委", ZD],
          lead_alternatives=[[ZD]], responsible_alternatives=[[ZD]],
          note="aligned round 65 to CONVENTIONS.md \"Round 92 rulings\" (Round 92 (governs, round 44's article subject over the "
               "closed list; p64b)): 「市发展改革委按照规定程序，编制市重大工程年度投资计划」 — in rules written as articles the subject of a "
               "verb of doing is a doer (round 44, as x182_03 第十三条 and x117_03 第七条 were turned), 编制 included; a manner phrase "
               "「按照规定程序，」 and its comma change nothing; 「市重大办根据…，组织编制市重大工程年度建设计划」 — 组织＋work (round 34), "
               "the name given through 「（以下简称“市重大办”）」 in 第二条 (round 38): responsible [市重大办] → [市发展改革委, 市重大办] "
               "in printed order, the old list stays accepted; lead [] (no 牵头; [市重大办] stays accepted); 项目确定 is no work "
               "heading (round 37); the second paragraph (正式项目／预备项目) a classification; " + NODATE),
        A1(X03, ["第九条（征收腾地）"], "各区政府",
           "「各区政府应当根据…计划，及时完成征收腾地工作，并按照相关规定落实资金保障」 — 完成 is no rule-2 verb, but the same "
           "subject carries to 落实 in the same sentence (round 34: an elided subject carries over; 落实＋资金保障 is work, not a "
           "cost verb alone, round 37): a doer; 「市级部门应当支持完成…」 — 支持 names no doer (round 40); " + NODATE),
        A(X03, ["第十条（指标保障）"], [ZD], [ZD, "资源指标主管部门", "行业主管部门"], lead_alternatives=[[]],
          note="「市重大办会同资源指标主管部门根据实际情况向市政府报告…」 — 「A会同B＋verb」 (rule 2): lead A (lead [] accepted), "
               "responsible A, B (资源指标主管部门 read as printed, the name given in 第三条, round 38); 「市重大工程所需的其他指标由"
               "行业主管部门支持落实」 — 由A＋a verb of doing (round 34): a doer; 「…应当统筹做好…」「…应当优化…」「…应当加强…，建立"
               "资源指标仓」「借用资源指标的责任主体，应当…归还」 — plain verbs (" + CLOSED + "); 「资源指标主管部门可不再给予…」 an "
               "option (round 34); the report to 市政府 is a duty below; " + NODATE),
        A(X03, ["第十三条（施工保障）"], [],
          ["市级部门", "各区政府", "特定地区管委会", "市绿化市容局", "市公安局", "市交通委", "相关区政府"],
          responsible_alternatives=[["市绿化市容局", "各区政府", "特定地区管委会"]],
          note="aligned round 51 to CONVENTIONS.md \"Round 58 rulings\" (turned, round 44 over the list below): 市级部门 is "
               "部门 with a level, a kind like 区相关部门, not one of the four no-kind words (round 32); 「市公安局、市交通委和相关区"
               "政府」 is three names (round 35's 和), each a doer by 保障, a verb of doing in an article (round 44): responsible "
               "[市绿化市容局, 各区政府, 特定地区管委会] → [市级部门, 各区政府, 特定地区管委会, 市绿化市容局, 市公安局, 市交通委, "
               "相关区政府], each once in printed order; the old list stays accepted (responsible_alternatives). The earlier "
               "note: 「市绿化市容局和各区政府应当负责统筹推进…」 — 负责 (rule 2): doers; 「各区政府和特定地区管委会应当配合市重大工程建设"
               "单位选定临时用地…」 — round 34: 「B配合」 in an item that has a rule-2 doer makes B responsible, and 「B配合A＋verb」 "
               "gives A only by rule 2 (选定 is not in the list: 建设单位 no unit) → 特定地区管委会 added; 「市级部门和各区政府应当"
               "…保障…连续施工」「市公安局、市交通委和相关区政府应当保障…」 — 保障 is no rule-2 verb (" + CLOSED + "); 「市公安局、"
               "市交通委应当优先保障…，指导建设单位编制…方案」 — 指导 without 负责 (round 30 clarifications): none; no 牵头: "
               "lead []; 「可在空气质量应急响应期间继续施工」 an option; " + NODATE),
        A(X03, ["第十六条（督导推进）"], [ZD], [ZD, "市相关部门"], lead_alternatives=[[]],
          note="「市重大办…加强综合协调推进，会同市相关部门开展检查督查」 — 「A会同B＋verb」: lead A (lead [] accepted), responsible "
               "A and the partner named by its kind, as printed (CONVENTIONS.md round 42 continued: 「会同相关部门」 gives the "
               "partner); 「行业主管部门和建设单位应当…及时向市重大办报送…」 — 报送 is no rule-2 verb: no unit, a duty below; "
               "「市重大办通过函告、通报等方式督导落实」 — 督导 with 落实 as its object's work (the pivot's objects 相关区、部门和有关"
               "单位 no units); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "协调机制每年组织召开市重大工程建设工作会议，部署年度工作任务", "when": "每年", "when_norm": "yearly",
              "note": "第二条: a recurring coordination rhythm (plans-dev EXPECTED.md: duties include recurring reporting/"
                      "coordination rhythms; round 34's rhythm words)"},
             {"what": "行业主管部门定期向市重大办和市发展改革委通报相关情况", "when": "定期", "when_norm": None,
              "note": "第三条: a plan unit's sending to the plan's office (round 32 / round 35 / round 40); 定期 names no rhythm"},
             {"what": "市重大办会同资源指标主管部门根据实际情况向市政府报告资源指标占补平衡执行情况", "when": "根据实际情况",
              "when_norm": None, "note": "第十条: a plan body's report to the city government (round 35), no date or rhythm"},
             {"what": "行业主管部门和建设单位及时向市重大办报送市重大工程建设统计数据、形象进度和相关信息", "when": "及时",
              "when_norm": None,
              "note": "第十六条: a sending to the plan's office by bodies the plan tasks (round 40: a standing sending to the "
                      "office is a duty, whoever sends it; not a statutory filing to an administering department, round 41)"}],
     notes=["counting: the cover (「请认真按照执行」) no task; the purpose paragraph, 第一条（适用范围） (scope and definition; 「可参照"
            "本办法执行」 a 参照 clause) and 第十九条（附则） (validity) are general provisions (" + ARTICLE + "); 第二条–第十八条 "
            "each give work (第十八条 「参建各方应当积极参与…」 an instruction to the works' parties with no rule-2 verb) → **17**; "
            "18 and 19 accepted (with 第一条 and / or 第十九条)",
            "units: labelled by work headings in 第三条（部门职责）, 第四条（各区职责）, 第五条（建设单位职责）; elsewhere by rule 2 "
            "(负责, 组织＋work, 会同, 由A＋verb, designations 「A是…的责任主体」 in 第五条 / 第八条); the four names given through "
            "「以下简称」 are read as printed where they stand (round 38); 「市政府相关部门、单位应当严格落实…」 (第二条) — 落实 after "
            "「相关部门、单位」: round 37 / round 42 continued — a catch-all 「相关部门和单位」 standing as the whole subject of a call is "
            "a general call, no unit; 第二条's doer is 市重大办 (具体承担, 负责, 组织召开, 组织落实) and 协调机制 (组织召开, a body "
            "the article sets up: rule 3 / round 35, no unit) — not sampled",
            "dates: 2023年12月15日 (the signature); 2024年1月1日 – 2028年12月31日 (validity, no deadline); no item's date, no phases",
            "duties: four (one yearly rhythm, three sendings without a date); 「由市重大办报协调机制决策」 (第二条, the escalation "
            "of a case 「对…未达成一致意见的重要事项」) and 「及时提请市政府协调」 (第八条, a case) are cases, not standing duties; "
            "「并向有关部门通报」 (第十五条) a notice of credit information, no report",
            "figures: none — 「四大功能」「五个中心」 names, 第一责任人 a role"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x182_04_shi-zhujianwei-2025-jiyou-jianzhu-zhuangshi-zhuangxiu-gongcheng-jianshe-chengxu-ruogan-guiding.txt"
N04 = "上海市既有建筑装饰装修工程建设程序若干规定"
C04 = "上海市住房和城乡建设管理委员会关于印发《" + N04 + "》的通知"

plan(X04,
     title=N04 + "（" + C04 + "）",
     title_note="the 规定's own title (line 31, after the cover) or the notice title (line 1, again on line 21 after the site's "
                "metadata fields): either",
     doc_no="沪建规范〔2025〕12号 (printed on line 23; the site's 文件编号 field on line 11 has 「〔2025〕12 号」 with an ASCII "
            "space; the index gives no number)",
     issuer="上海市住房和城乡建设管理委员会",
     date="2025-09-15",
     date_note="the cover is dated 2025年9月15日 (the index says 2025-09, the page's path 20250925); in force 2025-12-01, valid "
               "to 2030-06-30 (第十六条)",
     level="a city commission (Shanghai's housing and urban-rural construction commission): rules of procedure for "
           "decoration works in existing non-residential buildings — duties, classes of works, safety appraisal, drawing "
           "review, permits, supervision, acceptance, parties' responsibilities",
     source=older_source("工程建设管理", C04 + ".md", "https://zjw.sh.gov.cn/gfxwj/20250925/ff0c97d945a243cc9133ca6f52d6d326.html",
                         4019),
     style="the site's metadata chrome (索取号 … 内容描述, one field a line, empty fields and blank lines kept; 「沪建规范〔2025〕12 号」 "
           "with an ASCII space), the notice title again, the number, a one-paragraph cover (no signature line, the date); the "
           "规定's title and 16 articles with their labels on lines of their own 「第四条（职责分工）」 over paragraphs; 第五条 "
           "holds four classes （一）–（四） with conditions 1.–4. / 1.–2. under two of them, 第六条 three cases （一）–（三）; "
           "「相关稿件」 and a link title after the last article; blank lines between paragraphs",
     leaf_tasks=8, count_alternatives=[7, 9, 11],
     leaf_tasks_by_section={"第四、六–十二条": 8},
     childless_top_level_sections=[],
     samples=[
        A(X04, ["第四条（职责分工）"], [], ["市建设行政管理部门", "区建设行政管理部门", "特定地区管委会", "建筑业管理部门"],
          note="a 职责分工 article (CONVENTIONS.md round 34 / round 35: every body given work is a unit, in printed order): "
               "「市建设行政管理部门负责…」「区建设行政管理部门和特定地区管委会负责…」 (和 joins two whole names, round 34) and "
               "「区建设行政管理部门或者其委托的建筑业管理部门负责…」 — 「所委托的机构」 gives 机构 (round 38: 所／其 dropped, the "
               "的-rule) → 建筑业管理部门; no 牵头: lead []; " + NODATE),
        A(X04, ["第七条（施工图设计文件审查）"], ["建设单位"], ["建设单位", "设计单位"], lead_alternatives=[[]],
          not_targets=[(5, "个工作日")],
          note=ARTICLE + "; 「建设单位按照规定格式在线提交施工图设计文件，并会同设计单位…在施工图设计文件上注明装修工程所涉情形」 — "
               "「A会同B＋verb」 (rule 2; round 34: rule 2 does not ask who the body is, a regulated party named by a kind): lead "
               "A (lead [] accepted), responsible A, B — RULING? 3 (the 会同 is part of the applicant's own filing: round 34 "
               "makes no doer of a party that applies or files for itself; that reading gives lead [], responsible []); 「…应当"
               "提交由设计单位和设计负责人电子签章的…文件」 no subject; 「施工图设计文件审查办理时限为5个工作日」 — a limit counted "
               "from an event with no comparison word (round 33: the deadline rule, not a target) → 5个工作日 not a target; "
               + NODATE),
        A(X04, ["第九条（施工过程监管）"], [], ["各级建设行政管理部门", "特定地区管委会", "市建设行政管理部门"], [(1, "次")],
          note=ARTICLE + "; 「各级建设行政管理部门和特定地区管委会应当加强…监督检查。对于涉及第五条第（一）…的装修工程，参照…规定"
               "实施监督管理；对于涉及第五条第（四）情形的装修工程，应当至少到现场检查一次」 — the subject carries inside the "
               "paragraph to 实施 (round 34: an elided subject carries over; rule 2's 实施), and the work split by its objects "
               "「涉及X的…；涉及Y的…」 is the item's own work (round 34 / round 40), not a case; 「应当要求建设单位…重新申报」 — "
               "the object of 要求 no unit; 「市建设行政管理部门定期组织开展本市装修工程专项整治」 — 组织＋work (round 34): a doer; "
               "「至少到现场检查一次」 — 至少 (round 30's line) → 1次 (written 一次); 定期 is the rhythm of a campaign, no sending "
               "(no duty); no 牵头: lead []; " + NODATE),
        A1(X04, ["第十条（竣工验收及备案）"], "建设单位",
           ARTICLE + "; 「仅涉及第五条第（四）情形的装修工程，由建设单位自行验收，在线自行报送完工信息」 — 由A＋a verb of doing "
           "(自行验收; round 34: a regulated party with 由A＋verb is a doer; the work split by the classes of works is the "
           "article's own work, round 40); 「建设单位依法组织工程竣工验收合格后，…申请办理…备案」 — 组织 inside a time clause "
           "(「…合格后」, round 38's 「在组织…时」: not the item's verb) and an application (round 30: no unit); 「建设行政管理部门"
           "受理后，予以备案并…出具…通知书」 — plain verbs without 由 (" + CLOSED + "); the 完工信息 sent online is a regulated "
           "party's filing (round 32 / round 41: no duty); 「2个工作日」 a limit from an event (no target, no deadline); "
           + NODATE),
        A(X04, ["第十一条（各方责任）"], [], ["房屋产权人", "建设单位", "设计单位", "施工单位", "施工图审查机构"],
          responsible_alternatives=[["房屋产权人", "建设单位", "施工图审查机构"]],
          note="「各方责任」 read as a heading that gives out work (CONVENTIONS.md round 35 / round 37: a heading whose word is a "
               "duty word 责任, like 「管理责任」「压实…责任」; round 38: 「任务及责任」) — every body given work is a unit: 「房屋产权人…"
               "应当履行…义务，…并对建筑结构和消防安全等负责」 (also 负责, rule 2), 「建设单位应当与设计单位共同界定…」, 「建设单位应当"
               "…委托具有相应资质的设计单位和施工单位实施设计和施工」 (under a work heading the pivot's objects given work are "
               "units, round 37 / round 39), 「建设单位、设计单位、施工单位等各方责任主体要严格执行…」, 「施工图审查机构应…进行审查，"
               "并对审查结果负责」 (负责) → five; RULING? 4 — read by rule 2 alone (no work heading) the doers are 房屋产权人 "
               "(负责), 建设单位 (「A委托B＋verb」 reads as 由A委托B, round 35) and 施工图审查机构 (负责): accepted as "
               "responsible_alternatives; no 牵头: lead []; 「房屋使用安全责任人」 is a role of the owner, no second unit; "
               + NODATE),
        A(X04, ["第十二条（部门协同）"], [], ["各级建设行政管理部门", "特定地区管委会"],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「各级建设行政管理部门和特定地区管委会应将…审批结果信息主动公开」 — the subjects of 公开 are doers (the 可…征询 option still gives nothing; 建设单位 a regulated party, round 30/34); lead []; formerly: " + ARTICLE + "; 部门协同 is no work heading (round 37: 「加强责任落实和协同配合」 gives out nothing); 「建设单位应当依法依规"
               "办理…」 — 办理 (" + CLOSED + "); 「各级建设行政管理部门和特定地区管委会可通过发函、专题会议等方式征询…意见」 — an "
               "option (round 34); 「…应将…审批结果信息主动公开，供规划资源、…、消防救援等行政管理部门就…开展事中事后监管」 — 公开 "
               "is no rule-2 verb, and the departments 供…开展 are beneficiaries of the information, not doers in a ruled form: "
               + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the site's chrome and the cover no tasks; 第一条（目的和依据）, 第二条（定义）, 第三条（适用范围） general "
            "provisions; 第五条（工程内容） four classes of works with their conditions — a list that gives no work (round 35; its "
            "「在项目信息报送时，结合实际情况勾选」 is the applicant's form) — no task (9 accepted counting it); 第六条 (「涉及以下"
            "情形之一的装修工程，也应当进行房屋安全性鉴定」 over three cases: one task, round 35 'an article whose items are only "
            "cases is one task'), 第七条, 第八条 (the applicant's steps and the permit's time limit: an instruction 「还需一并提交」 "
            "— a task; 7 accepted without it), 第九条, 第十条, 第十一条, 第十二条 → **8**; 第十三条 / 第十四条 「按照…有关规定执行」 "
            "and 第十五条 「从其规定」 are 参照 articles (round 34: no task; 11 accepted counting them), 第十六条 entry into force "
            "and validity",
            "units: 第四条 (a 职责分工 heading), 第九条 (实施, 组织开展), 第十条 (由A自行验收), 第十一条 (RULING? 4) and 第七条 "
            "(会同, RULING? 3); 第六条 and 第八条 name no doer (建设单位判断 / 申领 — a case and an applicant)",
            "dates: 2025年9月15日 (the signature); 2025年12月1日 / 2030年6月30日 (entry into force and validity); 1992年 (a "
            "building's completion year in 第六条's cases); 5 / 2 / 2个工作日 (limits from events) — no item's deadline, no phases, "
            "no duties (the 完工信息 and the 项目信息报送 are a regulated party's filings)",
            "figures: 一次 (第九条, 至少) a target; 100万元及以上 / 300平方米及以上 (第三条, the class the rule covers: round 34, no "
            "target), 5% / 10% (第五条, 不超过: conditions that define a class of works in a list that gives no work — not sampled), "
            "三分之二 (第六条, 「达到设计使用年限三分之二的」 — a case's condition with 达到; left unchecked, not sampled), 第58号 / "
            "第十四条 (document and article numbers) — not targets"])

write_collected(DIR)
