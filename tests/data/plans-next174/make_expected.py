# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next174/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 41 (built by helper c174): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at d25816ca (rounds 25–40 and
the round-41 rulings, written early and continued; each note names the rule it applied). Neither the parser nor the
scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next174/make_expected.py tests/data/plans-next174
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, SHANGHAI_REPO, STORED_WHOLE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations, pivots 委托): lead = [], "
        "responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37 / round 38: rule 2's forms are a closed list — the plain subject of another verb "
          "(提供, 告知, 征询, 纳入, 明确, 编制, 核对, 审查, 出具, 建立完善, 加强, 强化, 开展 without 组织, 对…进行 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
ARTICLE = ("CONVENTIONS.md round 30 / round 33: in a document written as articles, an article that gives work (a doer, an "
           "instruction 「应当…」「应…」「要…」 to a body or to the works, or a body's stated work) is a task; general provisions "
           "(purpose, definitions, scope, principles, reference to standards, 参照, entry into force) and statements with no "
           "body and no instruction are not")
BY = "CONVENTIONS.md units rule 2 and round 34: the agent of 由 with any verb of doing is a doer"
ORG = "CONVENTIONS.md units rule 2 and round 34: 组织＋work (组织开展, 组织编制, 组织构建, 组织建立) makes its subject a doer"
OPTION = "CONVENTIONS.md round 34 / round 40: 「A可…」「可以…」 is an option — A is no doer by it (可 reaches every verb joined to it)"
PIVOT = ("CONVENTIONS.md round 30: the object of a pivot verb 「组织B开展」「督促B…」 is not a unit; the pivot's subject is a doer "
         "only if the verb is in rule 2's list (组织 is, 督促 is not)")
DUTYNOTE = ("a plan body's sending to another body of the plan is a duty (CONVENTIONS.md round 32 / round 35), undated when no "
            "date is written (round 36); plans-dev 06's 「系统方案…报市住房城乡建设管理委备案」 is the same duty")
FILING = ("CONVENTIONS.md round 32 / round 41: a regulated party's standing statutory filings to the department that "
          "administers a rule (汇交, 上传, 信息报送) are filings, not duties")


def A(file, path, lead=(), resp=(), targets=(), **kw):
    """A sample located by its article label (``article_in``)."""
    return S(path, lead, resp, targets, **kw, **art(file, path))


def A1(file, path, unit, note, **kw):
    """A sample whose only unit is ``unit`` (lead [], the unit accepted as lead), located by its article label."""
    return S(path, [], [unit], lead_alternatives=[[unit]], note=note, **kw, **art(file, path))


OLDER = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"


def older_source(folder, name, url, chars, extra=""):
    """A file stored only at an older commit of the repository (read_file: 「not at that commit」 for 49f4bb7…)."""
    return (f"{SHANGHAI_REPO} @ {OLDER} (the file is not stored at 49f4bb7…; read_file without a commit answered this "
            f"version), docs/{folder}/{name} (official page {url}) — {STORED_WHOLE} ({chars})" + extra)


# ---------------------------------------------------------------------------------------------------------
X01 = "x174_01_shi-guihua-ziyuanju-2021-qianceng-dire-neng-kaifa-liyong-guanli-guiding.txt"
N01 = "上海市浅层地热能开发利用管理规定"
SG = "市规划资源部门"

plan(X01,
     title=N01 + "（关于印发《" + N01 + "》的通知）",
     title_note="a cover notice (addressees, one paragraph, signature, date) then the 规定 under its own title (line 11); the "
                "规定's own title or the notice's (line 1)",
     doc_no="沪规划资源规〔2021〕3号 (from the index and the stored front matter; the text prints no number)",
     issuer="上海市规划和自然资源局",
     date="2021-06-28",
     date_note="signed 2021年6月28日; in force 2021年7月1日, valid to 2026年6月30日 (the cover; the index says 2021-07-01 and "
               "the front matter 状态: 失效)",
     level="city bureau (Shanghai planning and natural resources bureau), rules on shallow geothermal energy: surveys, "
           "zoning, land supply conditions, guidance, monitoring, supervision",
     source=shanghai_source("规划与土地", "关于印发《" + N01 + "》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=52f7acac0dc94d2c893bbea56a1a94ce&siteId=0032", 2855)
     + f"; at {OLDER} the file is 34 characters shorter (the official link written another way in the front matter and "
       "the disclaimer), the text the same",
     style="a cover notice, then the 规定 in six chapters 「第一章 总则」… and 21 articles run in 「第一条 text」 (label, one ASCII "
           "space, text; second paragraphs on their own lines); the stored text ends at 第二十一条 (no 附则 article: the "
           "validity is in the cover); work given as 「A负责…」, 「A组织开展／组织编制／组织构建／组织建立…」, 「A应当…」 with plain "
           "verbs, an option 「可以自行或者委托…」, standards applied 「适用…」; no dated task",
     leaf_tasks=12, count_alternatives=[9, 13, 16, 21],
     leaf_tasks_by_section={"第一章 第四条": 1, "第二章 第五、六条": 2, "第三章 第七、八、十一条": 3, "第四章 第十二条": 1,
                            "第五章 第十五、十六条": 2, "第六章 第十八–二十条": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X01, ["第四条"], [], [SG, "区规划资源部门"],
          note=ARTICLE + " (an article in 总则 that gives work to bodies is a task, round 30); CONVENTIONS.md units rule 2: "
               "「市规划资源部门负责指导和组织推进…，并对…进行监督管理」 (the subject of 负责) and, in the next paragraph, 「区规划资源"
               "部门按照市规划资源部门的要求，协助落实…相关工作」 — round 30: 「A负责…，B配合／协助」 makes B responsible after any doer "
               "(and 落实 is itself a rule-2 verb); no 牵头: lead []; 「按照A的要求」 adds nothing; " + NODATE),
        A1(X01, ["第五条"], SG,
           ORG + ": 「市规划资源部门依据…，采用…，组织开展本市浅层地热能资源调查」; " + SUBJ + "; " + NODATE),
        A(X01, ["第七条"], [], ["市规划资源部门"], lead_alternatives=[["市规划资源部门"]],
          note="aligned round 43: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「市规划资源部门应当将…纳入…」 — the subject of the article's verb of doing is a doer (the bodies 征求 is about are the occasion, no units); lead [] (accepted as the lead); formerly: " + ARTICLE + "; 「市规划资源部门应当将浅层地热能开发利用发展目标和重点任务等作为反馈意见」 — 将…作为: " + CLOSED
               + "; 「在市发展改革部门、市住房城乡建设部门征求…意见时」 is a time clause: the bodies that ask for the opinion are "
               "receivers (rule 3): " + NONE + "; " + NODATE),
        A(X01, ["第十一条"], [], ["市、区规划资源部门"], lead_alternatives=[["市、区规划资源部门"]],
          note="aligned round 43: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「市、区规划资源部门应当在核发…时，同步提供…」「…应当在土地出让须知中告知…」 — the subject of 提供／告知 is a doer, the levels sharing one head one name as printed; lead [] (accepted as the lead); formerly: " + ARTICLE + "; 「市、区规划资源部门应当在核发…意见书时，同步提供《…告知书》」 and 「…应当在土地出让须知中告知…条件」 — "
               "提供, 告知: " + CLOSED + " (核发 stands in a 「在…时」 clause); the third paragraph lists what the conditions hold "
               "(a list that gives no work, round 35): " + NONE + "; " + NODATE),
        A1(X01, ["第十二条"], SG,
           ORG + ": 「市规划资源部门组织编制并通过局门户网站发布…导则」; 「按照每五年一次的频率…进行动态更新」 — a rhythm of updating "
           "with no comparison word (CONVENTIONS.md round 35: only a frequency with a floor 「至少两年开展一次」 is a target; round "
           "36: 「按10%抽查」 with no comparison word is a norm) and no reporting (no duty); " + SUBJ + "; " + NODATE,
           not_targets=[(5, "年")]),
        A1(X01, ["第十六条"], "开发利用单位",
           "CONVENTIONS.md units rule 2 and round 34: 「开发利用单位负责对项目运行效果和…要素实施监测」 — a regulated party named "
           "by a kind with 负责 (and 实施) is a doer like any kind; 「监测设施应当与…同步设计、施工和验收」 an instruction to the "
           "works; " + SUBJ + "; " + NODATE),
        A(X01, ["第十九条"], [], [SG, "开发利用单位"],
          note="「本市实行…制度」 names no body; " + ORG + " — 「市规划资源部门组织建立…信息公示系统」; 「开发利用单位按照信息公示要求"
               "上传场地动态监测数据，并对上传数据的及时性、真实性负责」 — the subject of 负责 (rule 2; a regulated party named by a "
               "kind, round 34); two doers in printed order, no 牵头: lead []; the uploads are the party's standing filing "
               "(" + FILING + "); " + NODATE),
        A1(X01, ["第二十条"], "市、区规划资源部门",
           ORG + ": 「市、区规划资源部门组织对浅层地热能开发利用行为，实行线上与线下相结合的方式进行日常监督检查」 (组织 …进行检查); "
           "「市、区X部门」 is one name as printed (CONVENTIONS.md round 30); 「督促开发利用单位承担…责任」 — " + PIVOT + "; "
           "「对…进行日常动态分析和比对」「采用…机制…进行抽查」 plain verbs; " + SUBJ + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose and basis, 第二条 scope, 第三条 principle (round 33), 第九条 "
            "(「…成果和…管控分区，作为…要素，纳入…平台」: a statement with no body and no 应当), 第十条 (「五大新城…等区域优先利用"
            "浅层地热能」 and 「鼓励…」: a statement and an encouragement, no body), 第十三条 (「开发利用单位可以自行或者委托…编制开发"
            "利用方案」: an option, round 40 — its second paragraph lists the plan's contents), 第十四条 and 第十七条 (standards "
            "applied 「适用…」, a reference to other rules), 第二十一条 (「…不及时、不真实…的，按照…有关规定，实施信用惩戒」: a "
            "penalty with no body named). Tasks: 第四、五、七、十一、十二、十五、十六、十九、二十条 (a doer or 应当) and 第六、八、"
            "十八条' bodies' stated work with plain verbs (「市规划资源部门…分类评价…」, 「…划定…，区分…，明确…」, 「开发利用单位…"
            "汇交…地质资料」; counted as x166_01 counted 第三十四条) → **12**",
            "accepted: 9 (only the articles with a doer or 应当: 第六、八、十八条 left out), 13 (第十三条's option counted), 16 "
            "(every article but the general provisions 第一、二、三、十四、十七条), 21 (every article)",
            "units not sampled: 第六条 (分类评价) and 第八条 (划定, 区分, 明确) — plain verbs, no unit; 第十五条 「市规划资源部门负责组织"
            "构建…监测网」 (a doer, like 第五条); 第十八条 「开发利用单位按照《上海市地质资料管理办法》汇交…地质资料」 — 汇交 a plain verb "
            "and a regulated party's filing (no duty)",
            "dates and figures: 2021年6月28日 (signature), 2021年7月1日 and 「有效期至 2026年 6月 30日」 (with ASCII spaces, the "
            "cover's validity) date no task; 每五年一次 (第十二条) a rhythm; GB 50366, DZ/T0148, DG/TJ08-2119, DG/TJ08-2324 and "
            "“上海2035” are names and numbers; no figure is a target"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x174_02_shi-zhujianwei-2026-shigongtu-sheji-wenjian-duotu-lianshen-guanli-banfa.txt"
N02 = "上海市建设工程施工图设计文件“多图联审”管理办法"
KC = "市勘察设计管理中心"

plan(X02,
     title=N02 + "（关于印发《" + N02 + "》的通知）",
     title_note="the notice title (line 1), then the site's metadata fields (索取号 … 内容描述), a cover notice and the 办法 under "
                "its own title (line 33); either",
     doc_no="沪建规范联〔2026〕7 号 (printed on line 11 in the site's 文件编号 field, with an ASCII space before 号)",
     issuer="上海市住房和城乡建设管理委员会 (with 市卫生健康委 and 市国动办, the three signing the cover)",
     date="2026-07-23",
     date_note="the cover is dated 2026年7月23日 (the index says 2026-08); in force 2026年9月1日, valid to 2031年6月30日",
     level="city commission with the city health commission and civil-defence office (Shanghai), rules for the joint "
           "review of construction drawings (“多图联审”): duties, contracts, applications, checks, review contents and limits, "
           "results, changes, supervision, joint inspection, liability, training",
     source=older_source("建筑设计与报建", "关于印发《" + N02 + "》的通知.md",
                         "https://zjw.sh.gov.cn/gfxwj/20260807/00978e58c73143b9989ddbfa3308525b.html", 3620),
     style="the site's metadata chrome as one field a line (索取号, 载体类型, 发布机构, 文件编号 …, empty fields kept), a cover notice "
           "(「各有关单位：」, one sentence, three signing bodies, date), then the 办法: 19 articles with their labels on lines of "
           "their own 「第四条（职责分工）」 over paragraphs; （一）… lists inside 第十、十一、十三条; names through 「（以下简称“…”）」; "
           "「相关稿件」 and a link title after the last article (page chrome); no dated task",
     leaf_tasks=12, count_alternatives=[11, 13, 14, 15, 19],
     leaf_tasks_by_section={"第四条": 1, "第六条": 1, "第八–十一条": 4, "第十三–十八条": 6},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X02, ["第四条（职责分工）"], ["上海市住房和城乡建设管理委员会"],
          ["上海市住房和城乡建设管理委员会", "上海市建设工程勘察设计管理事务中心", "各区建设管理部门", "市级特定地区管委会",
           "住房城乡建设管理、人防、卫生健康等管理部门"],
          lead_alternatives=[[]],
          note="a 职责分工 heading is a label of doers (CONVENTIONS.md round 34 / round 35: every body the text gives work is a "
               "unit, in printed order): 「上海市住房和城乡建设管理委员会（以下简称“市住房城乡建设管理委”）负责牵头指导…」 — 「A牵头"
               "（负责）」 gives lead A (rule 2; lead [] accepted, as for 会同), the 「（以下简称…）」 bracket dropped (round 35); 「上海市"
               "建设工程勘察设计管理事务中心（以下简称…）负责…具体管理工作」; 「各区建设管理部门及市级特定地区管委会按照各自职责分工做好"
               "相关工作」 (做好 under the heading; 「A及B」 two names, round 34); 「住房城乡建设管理、人防、卫生健康等管理部门…实施监督"
               "管理和技术支持」 — fields sharing one head, 等 inside, one name as printed (round 31); " + NODATE),
        A(X02, ["第六条（施工图审查合同）"], [], [],
          note=ARTICLE + "; 「建设单位应在申请施工许可前，确定施工图审查机构并签订施工图审查合同」 — 确定, 签订: " + CLOSED + "; "
               "「建设单位和施工图审查机构按照…规定完成施工图审查合同信息报送」 — a filing under a standing rule (" + FILING + "): "
               + NONE + "; 「申请施工许可前」 a time from an event (round 34): " + NODATE),
        A(X02, ["第十条（符合性核对）"], [], [], not_targets=[(5, "个工作日")],
          note=ARTICLE + "; 「施工图审查机构开展施工图审查」 (开展 without 组织) and 「施工图审查机构应当在5个工作日内对送审材料的符合"
               "性进行核对」 — " + CLOSED + "; （一）（二） list what is checked (a list that gives no work, round 35: one task): "
               + NONE + "; 「5个工作日内」 is a limit counted from the application with no comparison word — the item's deadline rule, "
               "not a target (CONVENTIONS.md round 33; round 34: 内 after a time from an event), and no date: " + NODATE),
        A1(X02, ["第十四条（设计变更）"], "建设单位",
           "「任何单位或者个人不得擅自修改…」 a prohibition; 「确需修改的，凡涉及本办法规定审查内容的，建设单位应当组织设计单位…将修改后"
           "的施工图设计文件…上传至“联审平台”提交原施工图审查机构审查」 — 组织＋work makes 建设单位 a doer (CONVENTIONS.md round 41 "
           "continued: 「A应组织并督促B…」 A a doer), 设计单位 the object of 组织 (" + PIVOT + "); the article's whole work is the "
           "response to the case of a change (CONVENTIONS.md round 30: 「an item whose whole work is the response to a case takes "
           "A」 — not rule 3's case inside other work); 原施工图审查机构 receives (rule 3); " + SUBJ + "; " + NODATE),
        A(X02, ["第十五条（事中事后监管）"], [], [],
          note=ARTICLE + "; 「各相关管理部门应加强…监督管理，督促…强化…质量责任」 — 加强 a plain verb, 督促 a pivot (" + PIVOT + "); "
               "「各管理部门可在…同步查看…」「…可以…提出意见」「各管理部门可以…进行抽查」 — " + OPTION + "; 「发现存在违反审查要求的，"
               "管理部门依法向建设单位提出整改意见」 and 「…依法责令暂停施工」 stand in case clauses (rule 3); 「当…出现技术争议时，应当"
               "向相关管理部门提出征询…」 a case and a receiver: " + NONE + "; " + NODATE),
        A1(X02, ["第十六条（联合检查）"], KC,
           "「市勘察设计管理中心应当制订联合检查计划，按照“双随机一公开”原则组织人防、卫生健康等管理部门开展检查，并对…进行分析汇总并"
           "及时发布」 — " + ORG + " (组织B开展: the pivot's subject); the departments, the object of 组织, are not units (" + PIVOT
           + "); the short name as printed (round 38: names given through 「（以下简称“X”）」 read as X where X is printed); 及时发布 "
           "publishes the results (no report to a body: no duty); " + SUBJ + "; " + NODATE),
        A1(X02, ["第十七条（审查机构的法律责任）"], "施工图审查机构",
           "「施工图审查机构对施工图“多图联审”工作负责，承担审查责任」 — the subject of 负责 (CONVENTIONS.md units rule 2) and a "
           "designation 「A承担…责任」 (round 39; round 30: 「由A承担…责任」 names a doer); 「…造成损失的，审查机构承担相应的赔偿责任」 "
           "stands in a case clause (rule 3) and names the same body by its short name; " + SUBJ + "; " + NODATE),
        A1(X02, ["第十八条（培训指导）"], KC,
           ARTICLE + "; 「市勘察设计管理中心应根据…，结合…，对施工图审查机构、勘察设计单位等相关单位进行技术培训」 — the subject of "
           "the article's verb of doing (应…进行技术培训) is a doer whatever the verb (aligned q46b: CONVENTIONS.md Round 44 "
           "rulings, decided, over round 37's closed list, which stands outside articles); the short name as printed (round 38); "
           "the trainees are objects; " + SUBJ + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose and basis, 第二条 scope, 第三条 definition (its 「由同一家施工图"
            "审查机构…进行统一技术审查」 defines the term), 第五条 (「建设单位自主选择…」: the applicant's free choice, read like an "
            "option), 第七条 (「…可以通过“联审平台”向相关管理部门进行线上咨询」: an option; 「…咨询意见作为…依据」 a statement), "
            "第十二条 (「大型…为15个工作日，中型及以下…为10个工作日」: a statement of limits with no body and no 应), 第十九条 entry into "
            "force. Tasks: 第四、六、八、九、十、十一、十三、十四、十五、十六、十七、十八条 → **12**; 第十、十一、十三条's （一）… are lists "
            "(what is checked, what is reviewed, the two results — round 35: lists that give no work and an article whose items "
            "are only cases are one task each)",
            "accepted: 11 (第十七条, a liability article, or 第八条, the applicant's uploads, left out), 13 (第五条 or 第十二条 counted), "
            "14 (both), 15 (第五、七、十二条 counted), 19 (every article)",
            "units not sampled: 第八条 (「建设单位通过“联审平台”提交申请时，上传…」「勘察、设计单位一次性上传…」: the applicants' "
            "filings, no unit); 第九条 (「建设单位可以…送审」 an option; 「同一项目应由同一家施工图审查机构进行审查」 — 由A＋a verb of doing, "
            "a doer named 「同一家施工图审查机构」 as printed?); 第十一条 and 第十三条 (施工图审查机构 审查／出具／告知 — plain verbs)",
            "dates and figures: 2026年7月23日 (signature), 2026年9月1日 and 2031年6月30日 (entry into force, validity), 2018年12月29日 "
            "and 2023年8月21日 (amendments of cited rules) date no task; 5个工作日内 (第十条) a limit from an event; 15个工作日, 10个"
            "工作日 (第十二条) limits in a statement (no task); 国办发〔2019〕11号, 第13号, 第46号令, 第51号, 第58号, 沪建建管联〔2016〕596号 "
            "and 3589258689/2026-00127 are names and numbers"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x174_04_shi-zhujianwei-2023-haimian-chengshi-guihua-jianshe-guanli-banfa.txt"
N04 = "上海市海绵城市规划建设管理办法"
ZJ = "市住房城乡建设管理委"
MANY = "市发展改革、财政、规划资源、水务、交通、生态环境、绿化市容、房屋管理、城管执法等部门、单位"

plan(X04,
     title=N04 + "（关于印发《" + N04 + "》的通知）",
     title_note="the notice title (line 1, again on line 21 after the site's metadata fields), then a cover notice and the 办法 "
                "under its own title (line 49); either",
     doc_no="沪住建规范联〔2023〕11号 (printed on line 23; the site's 文件编号 field on line 11 has 「〔2023〕11 号」 with an ASCII space)",
     issuer="上海市住房和城乡建设管理委员会 (with 市发展改革委, 市规划资源局, 市水务局, 市交通委, 市生态环境局, 市绿化市容局, "
            "市城管执法局, 市房屋管理局 — nine signing the cover)",
     date="2023-09-25",
     date_note="the cover is dated 2023年9月25日 (the index says 2023-10, the page's path 20231025); in force on issue, valid to "
               "2028年7月31日 (第二十二条)",
     level="city commission with eight city departments (Shanghai), sponge-city rules: management set-up, planning, project "
           "approval, land, design, drawing review, building, acceptance, hand-over, operation and maintenance",
     source=older_source("规划与土地", "关于印发《" + N04 + "》的通知.md",
                         "https://zjw.sh.gov.cn/gfxwj/20231025/b6e6d1bc29fb4412966794c8871be8cc.html", 3485,
                         "; the text's seven ideographic spaces (「第一章　总则」… and 「　　第十四条」) were checked against a "
                         "read_file answer at offset 2661"),
     style="the site's metadata chrome (索取号 … 内容描述), the notice title again, a cover notice signed by nine bodies, then the "
           "办法 in five chapters 「第一章　总则」 (ideographic spaces) and 22 articles with their labels on lines of their own "
           "「第五条（管理体制）」 over paragraphs; the page keeps the PDF's line breaks as ASCII spaces inside words (「推 进」, "
           "「国办发〔2015〕75 号」, 「责任 主体」) and runs several paragraphs of one article into one line; 第十四条（竣工验收） "
           "is printed INSIDE 第十三条's paragraph after 「　　」 (line 113); 「相关稿件」 and a link title after the last article; no "
           "dated task",
     leaf_tasks=15, count_alternatives=[14, 16, 17, 22],
     leaf_tasks_by_section={"第一章 第五条": 1, "第二章 第六–十二条": 7, "第三章 第十三–十五条": 3, "第四章 第十六–十八条": 3,
                            "第五章 第二十条": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A(X04, ["第五条（管理体制）"], [], [ZJ, MANY, "各区政府", "相关管委会"],
          note="a heading 管理体制 gives out work (CONVENTIONS.md round 35's list; every body given work is a unit, in printed "
               "order): 「市住房城乡建设管理委负责统筹协调、监督考核，指导推进…」 (负责), 「市发展改革、…、城管执法等部门、单位按照各自"
               "职责，负责…相关工作」 (负责) and 「各区政府、相关管委会是…海绵城市建设的责任主体，要明确…」 (a designation 「A是…责任主体」, "
               "rounds 32 / 34); the fields before 等部门、单位 share their heads: one name as printed (round 31 「人事、卫生等部门」; round "
               "36 「其他相关职能部门与单位」 one name) — RULING? (the tail 「等部门、单位」 has two heads; the reading 「…城管执法等部门」 "
               "with 单位 dropped as a general call is the other one); the PDF's ASCII spaces inside the names are not part of "
               "them (the scorer squashes whitespace); no 牵头 (统筹协调 is not 牵头): lead []; " + NODATE),
        A1(X04, ["第六条（规划编制）"], "各区",
           ORG + ": 「各区应组织编制本辖区海绵城市建设规划…」 and 「各区要组织编制片区海绵城市建设系统方案，…并上报市住房城乡建设管理委」 "
           "— 各区 is a kind (CONVENTIONS.md round 32) and a doer with a rule-2 verb; 「编制全市海绵城市专项规划时，应明确…」 has no "
           "subject; the sending to 市住房城乡建设管理委 is a duty (below); " + SUBJ + "; " + NODATE),
        A(X04, ["第十条（土地出让）"], [], ["建设管理部门", "水务部门"],
          note=BY + ": 「由建设管理部门及水务部门对建设单位落实海绵城市、绿色调蓄设施的建设情况实施监管」 — 「A及B」 two names "
               "(CONVENTIONS.md round 34; each side a whole name, unlike x174_03 第八条's 「建设管理和水务部门」); 建设单位 inside the "
               "object of 对 is no doer (round 30 / round 33); 「规划资源部门在土地出让前，征询…意见，并将…纳入土地出让合同」 — 征询, "
               "纳入: " + CLOSED + "; 「已出让或划拨的建设项目，可以…落实…」 an option; two doers, no 牵头: lead []; " + NODATE),
        A(X04, ["第十二条（施工图审查）"], [], [],
          note=ARTICLE + "; 「施工图审查机构应按照…要求，强化施工图设计文件中海绵城市相关内容审查」 — 强化: " + CLOSED + "; 「…确需"
               "变更设计的，变更内容不得低于原设计目标」 a case and a rule (不得低于 names no figure); 「对于审图不合格的，不予颁发审图"
               "合格证」 no body: " + NONE + "; " + NODATE),
        A1(X04, ["第十六条（管理制度）"], "市住房城乡建设管理、水务、交通、生态环境、绿化市容等部门",
           note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「市住房城乡建设管理、水务、交通、生态环境、绿化市容等部门按照各自职责，建立完善…标准和制度」 — the "
                "subject of the article's 建立完善 is a doer (the ruling asks no modal: its own examples 「区建设管理委审定…」 have "
                "none); the fields before 等部门 share one head: one name as printed (round 31, as 第五条's; the PDF's spaces "
                "「绿化市 容」 are squashed by the scorer); one doer, no 牵头: lead [], the doer as lead accepted; formerly: " + ARTICLE + "; 「市住房城乡建设管理、水务、交通、生态环境、绿化市容等部门按照各自职责，建立完善相关领域海绵设施运行维护"
               "管理标准和制度」 — 建立完善 is a plain verb (" + CLOSED + "); the heading 管理制度 (a system of rules) is not one of the "
               "headings that give out work (round 35: 管理职责／管理体制／管理责任; round 40: 管理主体／监管责任): " + NONE + "; "
               + NODATE),
        A(X04, ["第十七条（管理责任）"], [], ["各项目管理单位", "相关行业管理部门", "产权单位", "产权人"],
          note="a heading 管理责任 gives out work (CONVENTIONS.md round 35) and every clause is rule 2's 「由A负责…」 (" + BY + "): 「由"
               "各项目管理单位负责维护管理，或由相关行业管理部门负责维护管理」 (「由A…或由B…」 both doers, round 30), 「公共建筑海绵设施由"
               "产权单位负责维护管理」, 「住宅小区等…海绵设施由产权人负责维护管理」 — the work split by its objects gives all (round 40); "
               "「产权单位可委托物业服务单位进行管理」「产权人可委托物业服务单位进行管理」 — " + OPTION + "; 物业服务单位 is given work "
               "only in those options (read as no unit — RULING?: round 37 makes the objects given work under a work heading units, "
               "round 40 makes 「A可…」 no assignment); no 牵头: lead []; " + NODATE),
        A(X04, ["第二十条（宣传引导）"], [], [],
          note=ARTICLE + "; 「各有关部门、单位要积极开展海绵城市建设宣传引导活动」 — an instruction 「要…」 (a task), but 开展 without "
               "组织 is not a rule-2 verb (CONVENTIONS.md round 30) and 单位 alone is a general call (round 33): " + NONE + "; "
               + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区组织编制片区海绵城市建设系统方案并上报市住房城乡建设管理委", "when": None, "when_norm": None,
              "note": "第六条: " + DUTYNOTE}],
     notes=["counting (" + ARTICLE + "): not tasks — 第一条 purpose and basis, 第二条 definition, 第三条 scope, 第四条 遵循原则 (a "
            "principle, round 33, with a statement 「…同步规划、同步设计、同步建设、同时使用」 naming no body), 第十九条 (「鼓励和支持…」: "
            "no body), 第二十一条 (「各区可参照本办法…制定实施细则」: an option and 参照, a general provision, round 34 / round 39), "
            "第二十二条 entry into force. Tasks: 第五–十八条 and 第二十条 → **15**, 第十四条 counted as its own article though the page "
            "prints it inside 第十三条's paragraph (round 34: numbers that run in order inside one paragraph are items as if each "
            "stood at a line start)",
            "accepted: 14 (第十三、十四条 read as one, as the page prints them), 16 (第四条 counted), 17 (第四、十九条), 22 (every "
            "article)",
            "not sampled: 第十四条 (its label stands inside a line, after 「…施工。 　　」: a path cannot point at it yet); 第七、八、"
            "九、十一、十五、十八条 (instructions with no subject or with plain verbs 征询／明确／编制／建立健全, no unit; 第十八条's "
            "「鼓励第三方机构定期评估…」 names no doer)",
            "dates and figures: 2023年9月25日 (cover), 2028年7月31日 (validity) date no task; 国办发〔2015〕75 号 and 沪住建规范联〔2023〕"
            "11号 are document numbers, 3589258689/2023-00177 the site's file number; no figure in any task"])

# round 45 (al47b): the Round 47 ruling q44c (governs) — role-like kinds (建设单位, 施工单位, 监理单位, 设计单位 …) as the
# subjects of articles are doers of any verb of doing (round 44's article rule; round 34); a filing, an option, a cost
# verb and a person's role stay none (CONVENTIONS.md "Round 47 rulings, written early"; README, "Aligned round 45 (al47b)")
from expected_tools import _sample32, align34_units  # noqa: E402


def align45_q44c(file, path, lead, resp, why, alt=None, drop_alt=False):
    """One sample aligned to q44c, noted 「aligned round 45 (Round 47 q44c): <why> (old → new)」 before the earlier
    note; ``drop_alt`` drops a single body's accepted lead where the item now has two doers."""
    align34_units(file, path, lead, resp, why, alt)
    s = _sample32(file, path)[1]
    s["note"] = s["note"].replace("aligned round 34: ", "aligned round 45 (Round 47 q44c): ", 1)
    if drop_alt:
        s.pop("lead_alternatives", None)


align45_q44c('x174_02', ['第六条（施工图审查合同）'], [], ['建设单位'],
             "「建设单位应在申请施工许可前，确定施工图审查机构并签订施工图审查合同」 — the subject of the article's 确定／签订 is a doer (as x183_02 第十一条's 「建设单位…应当与施工单位签订…」); 「建设单位和施工图审查机构…完成施工图审查合同信息报送」 stays a filing (round 46), so 施工图审查机构 is none",
             alt=[['建设单位']], drop_alt=False)

# Round 51 (rul51): answers aligned to tests/data/CONVENTIONS.md, "Round 51 rulings" (README, "Round 51")
from expected_tools import _sample32 as _s51  # noqa: E402

_p51, _q51 = _s51("x174_02", ["第十五条（事中事后监管）"])
_q51["responsible"], _q51["responsible_alternatives"] = ["各相关管理部门"], [[]]
_q51["note"] = ("Round 51: CONVENTIONS.md Round 51 rulings → Units (round 44's article rule with round 47's q44c reaches "
                "「各相关管理部门应…」): 各相关管理部门, a kind (rounds 32, 33), is the subject of 加强…监督管理, a verb of doing in "
                "an article (responsible [] → [各相关管理部门]; none accepted); the 可 clauses stay options; the earlier reading: "
                + _q51["note"])

write_collected(DIR)
