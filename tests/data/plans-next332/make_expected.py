# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next332/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c332, round 63, for round 64: nine page openings of street (街道), town (镇／乡镇),
township (乡), community (社区) and village (村) work from outside Shanghai, in fields other than festivals — 北城街道防指防汛防台
应急响应职责清单 (a street's response-level list under its 印发 notice: Ⅳ级 (1)(2), a 「级响应」 whose Ⅲ the page lost, (1), 「2)」 with
①② CUT); a 乡镇防汛抗旱目标责任书 (范文: 一、防汛目标 aims with 30天／40%／50天, 二、具体要求 1、–4、 with 60人／50人／30人以上, 至少一次,
6月10日前 with no year, 4、 CUT); a 镇2022年农村人居环境集中整治攻坚行动实施方案 (一 aims dated 2022年5月底前, 二 行动方式, 三/(一)(二)
with 一是–三是 run in, (二) CUT); a 乡's three lines on 环境卫生 (site inline pinyin); a 某某乡镇 今冬明春消防安全工作方案 (2017; a
document site's chunk marks 「1、」「2、」「3、」 cutting words; 二/(一) with 1–3 run in, 由A负责监管 ×3, 2018年全国“两会”前); a village's
森林防火 应急预案 under a compilation's head 「乡镇冬春火灾防控实施方案(通用9篇)1」 (一、工作原则 (一)–(三), 二/(一) a 村森林防火指挥部
with 指挥部主要职责 1、2、 and 指挥长职责 1、2、 CUT); an XX社區文明創建工作計劃 (201*, traditional with inline pinyin; 三/1、2、 CUT);
a 度假区 (乡镇(街道、园区)) 防汛防台 task table flattened with 「|」 (任务清单／责任清单／时限清单 「4月」); a 镇's 矛盾纠纷大调解 points
under a question-and-answer site's questions (traditional; 一/(一)–(三), 鎮「大調解」協調中心將組織開展, 2012年6月底前)): never tune the
parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``at_line_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1,
rule 2 and the rulings cited in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the
scorer was run on these plans by c332.

    PYTHONPATH=. python tests/data/plans-next332/make_expected.py tests/data/plans-next332
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, ONE, PAGES, S, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
PERSONS = "persons are never units (round 30): a person named by post (round 43; Round 77's x299_02 责任人) however the clause is built"
SETUP = ("a body the item itself sets up is none there, its 负责 included, and its office with it (rule 3; round 73; Round 81's "
         "x308_02; Round 83's x314_03 三; Round 85 turned x318_04 二's 办公室 and x320_04 二/(二)'s 指挥部职责)")
AIMS = ("a childless top-level aims point (目标, 目标任务, 工作目标, 指导思想, 总体要求) is a section unless a clause of it makes a body a "
        "doer by rule 2 (Round 80's aims form; plans-dev EXPECTED.md lines 21–25; Round 84's p61c-1), no task and no sample")
NOUNITS = ("the page names no unit by the ruled forms anywhere, so every numbered leaf that gives work is a task (plans-dev 08, "
           "seed 003)")
NOYEAR = ("no year is printed anywhere in the text (a site's date, a masked 201* or 20xx is no plan's year): only what is printed "
          "is read (round 48), a mask is filled only from a fact the text prints (round 50; Round 85 on x318_02, x318_06 and "
          "x320_07): the deadline is written as printed and not checked")
CALL = ("a kind is a doer only by a rule-2 verb (Round 80's p59c-1; Round 83 on x316_01 十), 要 changing nothing (Round 74's "
        "x295_03); 开展 without 组织, 建立, 完善, 进行, 明确, 实行 are outside the closed list (round 30)")
CHUNK = ("the document site's chunk marks 「1、」「2、」「3、」 at line starts cut words and are chrome, no items (as c320 read x320_02's "
         "「党 / 2、委」 and c326 x326_02's 「卫生 / 2、死角」, Round 87 confirming x326_02's dates with that reading)")
RUNIN = ("numbers that run in order from 1 inside a paragraph are items as if each stood at a line start (round 34; Round 83 "
         "turned x314_11 二/(二)); a number printed with no mark after it is the item's, the path written as printed (Round 83 "
         "on x312_01 二/1)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x332_01_beicheng-jiedao-fangxun-fangtai-yingji-xiangying-zhize-qingdan.txt"
plan(X01,
     title="北城街道防指防汛防台应急响应职责清单（关于印发《北城街道防汛防台应急响应职责清单》的通知）",
     title_note="line 9, the list's own title line under the 印发 notice's title (line 6): two documents under one cover take the "
                "forwarded document's title or the notice's (CONVENTIONS, What is a task: 「its title (or the notice's)」), "
                "written in the scorer's 「plan（notice）」 form so either passes. Lines 1–4 are the site's index block (索引号, "
                "发布机构 北城街道, 成文日期 2022-05-02)",
     doc_no="", issuer="北城街道 (街道防指; the site's 发布机构; 县防指 above it — 永嘉, 浙江 by the site)",
     date="2022-05-02 (the site's 成文日期; the text prints no date of its own)",
     level="street over its villages (街道防汛办, 村(社), 成员科室(站所); 县防指 above)",
     source=source("http://www.yj.gov.cn/art/2022/5/20/art_1229154639_1999015.html"),
     style="a county site's page: its index block, the notice's title (no notice text), the list's title, a table flattened one "
           "cell a line with blank lines between — 响应等级 / 响应职责 (the header), 「Ⅳ级响应」 over (1)(2), 「级响应」 (the Ⅲ of 「Ⅲ级响应」 "
           "lost by the page; (1) itself says 「部署Ⅲ级应急响应行动」) over (1) and 「2)」 (its opening bracket lost) with ① ② run in, "
           "CUT in ② at 「低洼易」",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["Ⅳ级响应", "(1)"], [], [], not_targets=[(24, "小时")], **at(X01, "(1)"),
          note="「(1)加强24小时值班值守,…;街道防汛办人员向街道防汛办主任汇报汛情根据气象预警和辖区险情灾情,及时启动应急预案,部署Ⅳ级应急响应行动,同步报县防指;"
               "街道防汛办主任进岗到位,村(社)和街道防汛指挥部成员科室(站所)负责人进岗到位,加强值班,密切监视汛情,做好洪水预测预报。」 — the row label 「Ⅳ级响应」 is "
               "a response level, no unit heading (it names no body), and the header 「响应职责」 stands over levels, not over bodies, so "
               "rule 1 gives nothing and " + R2 + " reads the item: 汇报 and 报 are sendings (no doer: rounds 46, 48), 启动, 部署, "
               "加强, 做好 are outside the closed list, and 人员, 主任, 负责人 are persons (" + PERSONS + ") — " + NONE + ". The path's "
               "first element is the unnumbered level heading's text (plans-dev EXPECTED.md: a heading with no number gives its "
               "text). Not a target: 「24小时值班值守」, a figure naming a kind of duty system (Round 87 on x324_08 「24小时值班制度」). "
               "The report 「同步报县防指」 is an undated duty (below). " + NODATE),
        S(["Ⅳ级响应", "(2)"], [], [], responsible_alternatives=[["街道防汛办"]], not_targets=[(15, "时")], **at(X01, "(2)"),
          note="「(2)各相关科室人员通知…进岗到位各村、各科室、各单位进行防汛防台检查,重点是…;对有关农业生产进行合理安排,做好…措施通知各村防汛负责人做好防灾准备,街道防汛办"
               "向各村通报汛情每日15时向县防指报防御工作动态。」 — as (1): 通知 is outside the list and its subjects persons; 各村、各科室、各单位 "
               "进行 checks (进行 no rule-2 verb; 各单位 a call: round 30); 街道防汛办 通报 and 报 — sendings, which name no doer (rounds "
               "46, 48; Round 83 on x315_01 第十一条) — " + NONE + ". RULING? 1: the column header 「响应职责」 read as a duty word over the "
               "list, so that a body a line names is a unit whatever its verb (round 53's x242_02; Round 85 on x319_02 四 「相关单位安全管理"
               "职责如下：」), gives [街道防汛办]: accepted. Not a target: 「每日15时」, a clock time (CONVENTIONS, Targets). The daily "
               "report to the 县防指 is a duty (below). " + NODATE),
        S(["级响应", "(1)"], [], [], **at(X01, "(1)", nth=2),
          note="「(1)街道防汛办向街道防汛指挥部负责日常工作的副指挥报告汛情,副指挥向街道政府领导…报告汛情,及时启动应急预案,部署Ⅲ级应急响应行动,同步报县防指;街道防汛"
               "指挥部副指挥进岗到位,召开汛情分析后,各分管领导进岗到位;落实防御措施,组织指挥全街道防洪抢险救灾工作。」 — the heading is printed 「级响应」 (the page "
               "lost Ⅲ; the path keeps what is printed: round 48; Round 85 on x320_02 — a number is not repaired by its place). "
               "报告 is a sending (none); 「落实防御措施,组织指挥…工作」 has no subject of its own, and the subject carried before it "
               "across the semicolon is 各分管领导, persons (rounds 34, 49 p46d; " + PERSONS + "); 街道防汛指挥部 stands only inside a "
               "person's post (负责人 nouns, rule 3) — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "街道防汛办向各村通报汛情每日15时向县防指报防御工作动态", "when": "每日15时", "when_norm": "daily (15:00)"},
             {"what": "部署Ⅳ级应急响应行动,同步报县防指", "when": None, "when_norm": None}],
     notes=["5 leaves: Ⅳ级响应 (1), (2); 级响应 (1), 2)/①, 2)/② (CUT: 「②部署落实危旧房…低洼易」 prints its verb, round 71; Round 81's "
            "p60e-1). ① and ② run inside 2)'s line and are read as its items (" + RUNIN + "), so 2) is no leaf. RULING? 16: "
            "circled numbers ①② run in one line read as the line's text (round 34 names numbers, not circled marks), 2) one leaf, gives 4, accepted",
            "duties: 「每日15时向县防指报防御工作动态」, a recurring report to the body above (plans-dev EXPECTED.md: recurring reporting "
            "rhythms; Round 83's x314_02: read by what is sent, to whom and when), daily at 15:00; and 「同步报县防指」, the report of "
            "the level launched, a report with no time printed, an undated duty (plans-dev 01 and 04; Round 85 on x320_04 (二)/5), "
            "written once for Ⅳ (Ⅲ/(1) prints the same words; round 41's 「一计划两报告」 joins reports of the same work). The "
            "reports of 人员 to 主任 and of the 防汛办 to the 副指挥 inside one body are not written (no rhythm; Round 87 on x326_09 "
            "read a recurring one). RULING? 2: the 同步报 duty not written (a step of launching the level, no duty of its own) is the "
            "other reading",
            "the page's own figures: 24小时 (a kind), 15时 (a clock time), Ⅳ／Ⅲ级 (names with digits): no targets"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x332_02_xiangzhen-fangxun-kanghan-mubiao-zerenshu.txt"
D02 = dict(skip_deadline=True)
plan(X02,
     title="乡镇防汛抗旱目标责任书",
     title_note="line 7, the document's own title line under the site's headlines (lines 1, 3 「…范文」) and its blurb (line 5); "
                "a 范文 marker is the site's (Round 83 on x314_06: compilation marks are chrome)",
     doc_no="", issuer="a 镇 (「全镇」「镇政府」; 县防指 and 县供水公司 above and beside it; the page names no county)",
     date="not shown (6月10日, 5月30日 with no year)",
     level="town (镇政府; its reservoirs and teams)",
     source=source("https://meizhang.com/wenmi/zherenshu/532298.html"),
     style="a 范文 site's page: its headline twice, a blurb, the title, 一、防汛目标 (one paragraph of goals), 二、具体要求 1、–4、 one "
           "paragraph each, CUT in 4、 at 「1**条,」; blank lines between paragraphs",
     leaf_tasks=4, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、防汛目标"],
     samples=[
        S(["二", "1"], [], [], targets=[(60, "人")],
          note="「1、成立防汛抗旱及地灾防治领导机构,落实各项责任制,完善防汛抗旱和突发地质灾害应急预案,组建一支以基干民兵为骨干60人以上的抢险应急分队。」 — work "
               "with no subject: " + NOUNITS + " — " + NONE + " (落实 names its subject only, and none is printed). Target: "
               "「60人以上的抢险应急分队」, the size of the team the item forms — the persons an item gathers for its work are its number "
               "of work (rounds 37, 49; Round 83 on x312_06 「300余人」), joined to 以上 (round 30's line); not round 58's class, which "
               "is a figure in a noun naming objects the work picks, not one it makes. 「一支」 is left unchecked. " + NODATE),
        S(["二", "2"], [], [], targets=[(50, "人"), (30, "人"), (1, "次")], not_targets=[(6, "座")], dl="6月10日前", **D02,
          note="「2、制定境内六座小(二)型水库和洋滩水电站的防汛抢险应急预案,…。六座水库各组建50人以上的防汛抢险队伍,…洋滩水电站各组建30人以上的抢险队伍,负责为白沙水库组建30人以上的"
               "抢险队伍,督促县供水公司组建20人的抢险应急分队;6月10日前至少开展一次抢险演练。」 — 负责 with no subject names none, and 县供水公司 is the object of the "
               "pivot 督促 (round 30: 督促 is no rule-2 verb; the verbs after its object are the object's, Round 83 on x316_02 （十四））; "
               "「(二)」 inside 「小(二)型水库」 is a class name, no item — " + NONE + ". Targets: 50 人, 30 人 (以上, as 1、's 60 人) and "
               "「至少开展一次」 1 次 (round 30's 至少; Round 84's p61e-1: 1 次 included). Not a target: 「境内六座」, a count of the "
               "reservoirs that stand (a present figure, round 33; CONVENTIONS: past outturns). 「20人」 (no comparison word, the "
               "pivot object's team) is left unchecked. Date: 「6月10日前」 — " + NOYEAR),
        S(["二", "3"], [], [], dl="6月10日前", **D02,
          note="「3、严格执行县防指批准的水库控制运用计划,…;5月30日前维修好土桥、社屋里两水库的坝面…,6月10日前修复丰坑水库溢洪道左侧防护墙。」 — 县防指 only approved "
               "the plan (rule 3: 「经A批准」 names a body that approves), 执行, 加强, 维修, 修复 have no subject — " + NONE + ". Date: the "
               "latest date the item prints is its deadline, 5月30日 an other (Round 82's p60e-3), and " + NOYEAR),
        S(["二", "4"], [], [],
          note="「4、镇政府准备足额的防汛抢险应急经费;按质、足额储备抢险物资:土桥、篁嘉、横山路和水牛山四水库各储存麻袋或编织袋1**条,」 (" + CUT + ") — 镇政府 is the "
               "subject of 准备, no rule-2 verb, and the matter is money a payer finds (round 30: 「由A承担…经费」 names a payer, not a "
               "doer) — " + NONE + ". 「1**条」 is masked: no figure (round 50). " + NODATE),
     ],
     plan_targets=[(30, "天"), (40, "%"), (50, "天")], phases=[], duties=[],
     notes=["4 leaves: 二/1–4 (4 CUT, its verbs printed). 一、防汛目标 is aims (" + AIMS + "); its 「确保全镇农田30天不雨不旱,确保40%农田50天"
            "不雨不旱;确保50天不雨农村人畜饮用水安全」 are the states the plan's work must bring about, goals (round 25; Round 83 on "
            "x315_01 第四条: a quota the work must hold is a goal), in a point that is no task: plan targets (round 62's w52b). "
            "RULING? 3: 30天／50天 read as the duration a drought standard names (a kind, like 「3吨货车」: round 30), no target, "
            "leaving 40 % alone, is the other reading, not written",
            "the page names no unit anywhere (镇政府 only 准备s money; 县防指 approves; 县供水公司 is a pivot object): plans-dev 08",
            "no year printed anywhere: the 范文 site strips it (the same text stands elsewhere as 「XX年防汛抗旱及地灾防治目标责任书」 — "
            "daumloan 260833598, seen in the search, not taken)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x332_03_zhen-2022-nongcun-renju-huanjing-jizhong-zhengzhi-gongjian-fangan.txt"
D03 = dict(dl="在2022年5月底前", dln="2022-05")
CAMPAIGN = ("一、总体目标 「在2022年5月底前实现…辖区村庄“三清理”“三拆除”“三整治”任务基本完成」 names the campaign's end and the very tasks of 三/(一)(二): "
            "a span the plan sets for its work dates its items by its end (round 37; round 44 decided; Round 77's x303_04; Round 85 "
            "on x314_03 三, dated by the campaign span). RULING? 4: no deadline (a date inside an aims point read as the goal's own, "
            "not the items', round 39) is the other reading, not written as accepted")
plan(X03,
     title="镇2022年农村人居环境集中整治攻坚行动实施方案",
     title_note="line 1, the document's title line as the page prints it (an unnamed 镇)",
     doc_no="", issuer="a 镇 (unnamed: 「我镇」; 「市委市政府」 above it; 94 自然村, 13 镇属机关单位)", date="not shown (2022: the title)",
     level="town over its villages (镇; 包片 leaders and 镇属机关单位负责人)",
     source=source("http://56brand.top/110819.html"),
     style="a page with the plan alone, one paragraph a line: title, preamble, 一、总体目标 (a dated goal), 二、行动方式 (a paragraph), "
           "三、主要任务 (a lead-in paragraph, (一) with 一是／二是／三是 run in, (二) CUT at 「露天旱」)",
     leaf_tasks=3, count_alternatives=[2, 4, 5], attachment_task_rows=0, childless_top_level_sections=["一、总体目标"],
     samples=[
        S(["二"], [], [], not_targets=[(94, "条"), (13, "个")], **D03,
          note="「二、行动方式 采用帮扶整治、包片负责的方式,将全镇94条自然村分别由市镇领导干部、13个镇属机关单位负责人进行包片帮扶整治,包片领导干部要到包片村开展人居环境整治。」 — a "
               "childless top-level point that gives work by an instruction 要 is a task (Round 84's p61c-1), unlike a point that only "
               "says the manner, with no 要／应 and no doer (Round 87 turned x324_06 三's 慰问形式). Units: 「由…领导干部、…负责人进行」 — "
               "由 with persons (领导干部; the nouns 负责人, rule 3; Round 87 on x324_07 一: 「…负责人带队」 names none, the bodies not read "
               "in for them), and the 包片领导干部 persons (" + PERSONS + ") — " + NONE + ". Not targets: 「全镇94条自然村」 and 「13个镇属机关"
               "单位」, counts of what exists (round 33: present figures; round 38: 「17個村(居)」 no target). Date: " + CAMPAIGN +
               " — the point is the campaign's own way of working, so its end dates it too. RULING? 5: 二 as a section (a manner "
               "of work, the 要 clause only placing the leaders) gives count 2, accepted"),
        S(["三", "(一)"], [], [], targets=[(100, "%")], **D03,
          note="「(一)开展“三清理”整治。一是清理垃圾。全面排查清理…。二是清理杂物。全面清理…。三是清理污水。全面清理…,全力整治黑臭水体,严禁污水直排,建有排污管网的村庄要确保群众生活"
               "污水接入率100%。」 — work with no subject; 村庄 is a place, no body (round 43's 镇 standing alone; Round 83 on x315_01 第二十条), "
               "and 确保 is outside the list — " + NONE + ". Target: 「接入率100%」, the rate the work must reach (round 25; a goal, as "
               "「居民接受安全教育面达90%以上」); 「建有排污管网的村庄」 picks the villages it applies to and holds no figure. Date: " +
               CAMPAIGN + ". 一是／二是／三是 are ordinal phrases inside one paragraph, read as its text (RULING? 6: read as items by "
               "round 34's run-in numbers gives (一) three leaves, counts 4 and 5 accepted)"),
        S(["三", "(二)"], [], [], **D03,
          note="「(二)开展“三拆除”整治。一是拆除残垣断壁、危旧房、废弃猪牛栏和露天旱」 (" + CUT + ") — the heading and its first clause print verbs of "
               "work (开展, 拆除: round 71; Round 87 on x324_04 三), a task naming none (" + NONE + "). Date: " + CAMPAIGN),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二, 三/(一), 三/(二) (CUT). 一、总体目标 is aims (" + AIMS + "). 三's lead-in paragraph 「按照…的原则,以…为重点,全面推进…」 "
            "leads into (一)(二), naming no body. Accepted: 2 (二 a section, RULING? 5), 4 ((一)'s 一是–三是 as items, 二 a "
            "section) and 5 (both, RULING? 6)",
            "no figures in 一 but names with digits (三清理, 三拆除, 三整治); 「2022年」 in the title and in 一 is the plan's year"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x332_04_xiang-huanjing-weisheng-baojie-santiao.txt"
plan(X04,
     doc_no="", issuer="a 乡 (「鄉實行干部聯村負責制」; 集鎮, 各村) — unnamed", date="not shown",
     level="township over its villages (鄉, 各村, 干部)",
     source=source("http://www.wj598.cn/35048/35049/34957/36404/36411/content_1048861.html"),
     style="a local site's page whose stored opening is three numbered lines in traditional characters with the site's inline "
           "pinyin after many characters (「專業(yè)」「鄉(xiāng)」), no title, no heading, no date (the whole page as stored)",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], [],
          note="「1、建立專業(yè)環(huán)衛(wèi)隊(duì)伍,每天對(duì)集鎮(zhèn)和公共區(qū)域進(jìn)行打掃和垃圾及時(shí)收集。」 — work with no subject: " + NOUNITS +
               " — " + NONE + ". 每天 is a rhythm, no deadline (round 34), and cleaning is no report or coordination, so no duty. " +
               NODATE),
        S(["2"], [], [],
          note="「2、各村建立專業(yè)保潔員,每天對(duì)村公共區(qū)域打掃,對(duì)農(nóng)戶進(jìn)行勸導(dǎo)。」 — 各村 is the subject of 建立, 打掃, 進行, none "
               "of them a rule-2 verb (" + CALL + ") — " + NONE + ". RULING? 7: [各村] (the carried subject of work the village does "
               "itself, read as its doer) is the other reading, not written as accepted. " + NODATE),
        S(["3"], [], [],
          note="「3、鄉(xiāng)實行干部聯(lián)村負(fù)責(zé)制,村實行干部包屋場(chǎng)路段負(fù)責(zé)制,干部負(fù)責(zé)所轄村、公共區(qū)域環(huán)境衛(wèi)生保潔。」 — "
               "鄉 and 村 standing alone are levels with no head and name no body (round 43; Round 83 on x315_01 第二十条), 實行 is "
               "outside the list, and 負責's subject 干部 are persons (" + PERSONS + ") — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 1–3, each a complete line of work (plans-dev 08: a page naming no unit). The inline pinyin is the site's "
            "and is read past (CONVENTIONS: 「the site's inline pinyin … is kept as printed」, rounds 39, 59 — here no name is "
            "answered)",
            "no title checked: the stored text prints no title line (Round 77 on x303_05: only what is printed is read; round 65's "
            "x275_03 reads a site's heading only where it names the piece, and none is stored)"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x332_05_xiangzhen-2017-jindong-mingchun-xiaofang-anquan-gongzuo-fangan.txt"
plan(X05,
     title="某某乡镇关于切实做好今冬明春消防安全工作方案",
     title_note="line 1, the title as the document site's first chunk prints it, its chunk mark 「1、」 dropped (chrome: " + CHUNK +
                ") and the addressees 「各村委会、场镇各单位、乡属各部门」 run in after it on the same line",
     doc_no="", issuer="a 乡 (masked 「某某乡镇」; 「全乡」「乡直各单位」「乡安办」)", date="not shown (2017: 「2017年度今冬明春」)",
     level="township over its villages (各村, 各单位, 乡直各单位, 乡安办; 公安派出所, 相关行业部门)",
     source=source("https://m.wenke99.com/p-32736.html"),
     style="a document site's preview in three chunks whose marks 「1、」「2、」「3、」 open lines and cut words (「瞄准“ / 2、靶心”」, 「群 / 3、"
           "租房」): title, addressees and preamble run on, 一、工作目标 (aims), 二、工作任务及措施 (一) a heading and lead-in, then 1、2、3 "
           "run in with no mark after the number (「1全面排查摸清底数。」), CUT in 3 at 「责任人、管」",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "(一)", "1"], [], [], dl="2018年全国“两会”前", dln="2018", **at(X05, "。1"),
          note="「1全面排查摸清底数。各村、各单位要在各自辖区逐个社、逐个区域、逐个场所开展排查,乡直各单位在自己行业内进行排查摸底,分别摸清…,并逐个场所单位详细登记,建立台账,"
               "2018年全国“两会”前,必须全部完成人员密集场所、群租房两类场所的排查工作。」 — " + RUNIN + ". Units: 开展 without 组织, 进行, 摸清, 建立, 完成 — " +
               CALL + " — " + NONE + ". Date: 「2018年全国“两会”前」 prints its year; the month of the 两会 is no fact the text prints "
               "(round 50: a mask or a gap is filled only from what is printed; round 55's x249_06 fixed a day from the plan's own "
               "words), so the deadline is checked to its year, 2018 (a 2018-03 reading passes it too). RULING? 8: 2018-03 (the "
               "两会 opening in early March, a public fact) as the month is the other reading"),
        S(["二", "(一)", "2"], [], ["相关行业部门", "公安派出所", "各村各单位"],
          responsible_alternatives=[["相关行业部门", "公安派出所", "各村"], ["相关行业部门", "公安派出所", "各村", "各单位"]],
          **at(X05, "。2"),
          note="「2严格落实监管责任。对有行业主管部门的,按照“管行业必须管安全”的要求由相关行业部门负责监管;对小单位、小场所,按照管辖范围由公安派出所负责监管;对“三合一”、群 / 3、租房、"
               "老旧居民住宅,由各村各单位按照属地网格化管理负责监管。」 — " + R2 + ": 由A负责 names A each time (rule 2; several clauses in one "
               "item give all their bodies in order), and the 对…的 phrases class the objects each body watches, no contingency "
               "(Round 81 on x307_01 第六条; Round 79's class). 「3、」 is a chunk mark inside the item (" + CHUNK + "). 相关行业部门 is a "
               "kind (Round 77's x304_01: 相关部门), 公安派出所 a body, 「各村各单位」 printed with no separator: a name is kept as printed "
               "(round 30; rounds 33, 43). Lead [] (no 牵头). RULING? 9: 「各村各单位」 split into 各村 (a kind, a doer by 由A负责) and "
               "各单位 (the bare call, round 30; or a doer, kept), both lists accepted. " + NODATE),
        S(["二", "(一)", "3"], [], [], **at(X05, "。3"),
          note="「3逐一落实人防物防技防措施。乡安办要督促人员密集场所单位落实主体责任,落实专职制度,进一步明确消防安全责任人、管」 (" + CUT + ") — the run-in heading's "
               "落实 has no subject; 乡安办's verb is 督促, a pivot, and the verbs after its object are the object's (round 30; Round "
               "83 on x316_02 （十四）, （十六））, so neither 乡安办 nor the 场所单位 it urges is a doer — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/(一)/1–3 (3 CUT). 一、工作目标 is aims (" + AIMS + "). (一)'s heading 「瞄准“靶心”防大火」 and lead-in 「突出…五类…场所"
            "单位,落实严防严管严控措施」 lead into 1–3 (an item with numbered children is no leaf). The chunk marks are no items (" +
            CHUNK + ")",
            "no figures: 「五类」「两类」 count kinds of places (names with digits), 「三合一」 a name"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x332_06_cun-senlin-fanghuo-yingji-yuan.txt"
HQ = ("under 「指挥部主要职责:」: the 村森林防火指挥部 is set up by this same section (二、指挥组织机构 (一), its 指挥长, 副指挥长 and 成员 "
      "named), so its duties name none (" + SETUP + "); on a page naming no unit they are tasks naming none (plans-dev 08)")
CHIEF = ("under 「指挥长职责:」: the 指挥长 is the post heading the plan's own 指挥部, and a post's duties given by verbs of work are "
         "tasks naming no unit (Round 77's decided x301_01 二/（二）; Round 87 on x326_09), the 指挥长 a person (" + PERSONS + ")")
plan(X06,
     title_note="no title checked. The page prints the compilation's head 「乡镇冬春火灾防控实施方案(通用9篇)」 (line 1) and the piece head "
                "「…(通用9篇)1」 (line 3), whose words name another kind of plan (a 乡镇's winter fire control) than the piece under it "
                "(a village's 森林防火 「应急预案」, 「结合我村实际制定本应急预案」): a compilation's heading stands only where it names the "
                "piece and the text prints none (Round 87 governs on x324_02; round 65's x275_03). RULING? 10: 「乡镇冬春火灾防控实施方案」 "
                "(the piece head less its marks, as Round 87 confirmed x326_03's 「文明村创建实施方案范文」) is the other reading, not "
                "written",
     doc_no="", issuer="a 村 (「我村」; 村支部书记, 村主任; 乡人民政府 and 乡森林防火指挥部 above it)", date="not shown",
     level="village (村森林防火指挥部 and its posts; the 乡 above)",
     source=source("https://unjs.com/fanwenku/415595.html"),
     style="a 范文 site's compilation, piece 1: the compilation's head, a blurb, the piece head, a preamble, 一、工作原则 (一)–(三) run-in "
           "principles, 二、指挥组织机构 (一)村森林防火指挥部 with 指挥长／副指挥长／成员 lines (persons' names), 「指挥部主要职责:」 1、2、 and "
           "「指挥长职责:」 1、2、, CUT at 「2、掌握救灾」",
     leaf_tasks=4, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["二", "(一)", "指挥部主要职责", "1"], [], [], **at(X06, "指挥部主要职责:\n1、"),
          note="「1、了解火情详细准确情况后,立即报告指挥长和主管领导,同时报告乡森林防火指挥部办公室,保持上下不间断联系,直到扑救结束。」 — " + HQ + "; 报告 is a sending "
               "and its receivers no doers (rule 3) — " + NONE + ". The path names the unnumbered duty heading by its text "
               "(plans-dev EXPECTED.md: a heading with no number gives its text), the two lists each numbering from 1. The report "
               "to the 乡's office when a fire is known is an undated duty (below). " + NODATE),
        S(["二", "(一)", "指挥部主要职责", "2"], [], [], **at(X06, "\n2、"),
          note="「2、提出“处理扑救方案”的建议。」 — " + HQ + " — " + NONE + ". " + NODATE),
        S(["二", "(一)", "指挥长职责", "1"], [], [], **at(X06, "指挥长职责:\n1、"),
          note="「1、接到火情后,立即召开森林防火指挥部成员及有关人员会议,通报火情事故情况,安排扑救山火工作。」 — " + CHIEF + "; 召开 without 组织 and 安排 "
               "are outside the closed list (round 30) — " + NONE + ". A meeting on a case is no recurring rhythm, so no duty. " +
               NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "立即报告指挥长和主管领导,同时报告乡森林防火指挥部办公室", "when": None, "when_norm": None}],
     notes=["4 leaves: 二/(一)/指挥部主要职责/1–2, 指挥长职责/1–2 (2 CUT: 「掌握救灾」 prints its verb, round 71). The 指挥长／副指挥长／成员 "
            "lines are the group's composition (members, rule 3; round 57's x255_03), no items. 一、工作原则 (一)–(三) are run-in "
            "principles (以人为本, 预防为主, 快速反应) under a principles heading: points of principle give no work (p51e; Round 87 on "
            "x326_06 一–三; Round 85 on x313_04 二、), and their acts (建立健全…体系, 及时收集信息) state the system the plan keeps, no task "
            "of its own. RULING? 11: (一)–(三) read as leaves that give work (Round 84's p61c-1: only aims and principles points "
            "stay sections, and these are items with acts) gives 7, accepted. (一)'s 「发生森林火灾,…由乡人民政府统一指挥、积极组织扑救处理」 is a "
            "case clause (rule 3) in a principle, no unit",
            "duty: the report to the 乡森林防火指挥部办公室 when a fire is known — a sending the plan asks when a case arises is an undated "
            "duty (Round 83 confirmed x316_01 一 「发现问题立即向…报告」; 立即 as 及时 printing no time, Round 79)",
            "no figures; the persons' names (魏绍全 …) are published text, no units"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x332_07_xx-shequ-wenming-chuangjian-gongzuo-jihua.txt"
plan(X07,
     title="XX社區(qū)文明創(chuàng)建工作計(jì)劃",
     title_note="line 2, the plan's own title line (a masked community 「XX社區」) under the site's headline (line 1), the site's inline "
                "pinyin kept as printed (CONVENTIONS: titles and names keep it, rounds 39, 59; 「大涌鎮(zhèn)清明節(jié)祭掃工作方案」)",
     doc_no="", issuer="XX社區 (masked; 「我市」 a city in its 創全國文明城市 復檢)", date="not shown (「201*年」 masked)",
     level="community (社區; its 文明創建領導小組)",
     source=source("http://m.hmlawpc.com/gongwen/566546.html"),
     style="a 公文 site's page in traditional characters with the site's inline pinyin: headline, title, a preamble with 「一、指導思想」 "
           "run in at its line's end, its paragraph with 「二、組織機構」 run in at the end, a composition with 「三、主管任務」 run in at "
           "the end, then 1、 and 2、 on lines of their own, CUT in 2、 at 「馬路夜」",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、指導(dǎo)思想", "二、組織機(jī)構(gòu)"],
     samples=[
        S(["三", "1"], [], [], **at(X07, "\n1、"),
          note="「1、以科學(xué)發(fā)展觀為指導(dǎo),牢牢把握發(fā)展機(jī)遇,提升發(fā)展速度,提高增長(zhǎng)質(zhì)量,實(shí)現(xiàn)社區(qū)精神文明發(fā)展。」 — an item under "
               "the tasks heading 「主管任務」 (the page's print of 主要任務), whose acts (把握, 提升, 提高, 實現) have no subject: a task naming "
               "none (the seeds drop only 目标／保障 items that name no unit, EXPECTED.md lines 3–5; " + NOUNITS + ") — " + NONE + ". "
               "RULING? 12: the item read as aims (a guiding line, Round 87's x326_08 aims items), no task, gives count 1, accepted. "
               "The path: 三、 is printed at the end of line 5, not at a line start (round 48: as printed). " + NODATE),
        S(["三", "2"], [], [], **at(X07, "\n2、"),
          note="「2、大力開(kāi)展環(huán)境整治。加大社區(qū)環(huán)境衛(wèi)生整治力度,落實(shí)門前“三包”責(zé)任制;規(guī)範(fàn)…;治理“白色污染”…;取締(dì)馬路市場(chǎng)…」 ("
               + CUT + ") — work with no subject (落實 with no subject names none) — " + NONE + ". 「三包」 is a name with a digit. " +
               NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三/1, 2 (2 CUT). 一、指導思想 is aims (" + AIMS + "); 二、組織機構 「社區成立文明創建領導小組,由XXX同志任組長,XX同志任副組長,"
            "社區其他工作人員為成員。」 is a composition alone, a section (round 57's x255_03 三; Round 84's p61d-2: only a point that "
            "gives its group work by a verb is a task). Accepted: 1 (RULING? 12)",
            "the headings 一、二、三、 run in at the ends of lines (the page's paragraphs joined): read as printed, each the start of its "
            "point (round 48)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x332_08_taihu-tuying-dujiaqu-fangxun-fangtai-qingdan.txt"
D08 = dict(dl="4月", skip_deadline=True)
COLUMN = ("the 责任清单 column is a table column of units over the row (rule 1: a table column gives its units; round 33's table "
          "columns), its names parted by spaces (Round 83 decided x312_04: a space between whole names in a label is the page's "
          "separator; Round 84's p61c-2)")
MONTH = ("时限清单 「4月」 is the row's time, but " + NOYEAR.replace("(a site's date, a masked 201* or 20xx is no plan's year)",
                                                                   "(the site's 20250610 in its address is no plan's year)"))
plan(X08,
     title_note="no title checked: the stored opening begins with the table's header row 「建设任务 | 工作事项 | 工作指标 | 任务清单 | 责任清单 | "
                "时限清单 |」 and prints no title line (Round 77 on x303_05: only what is printed is read); 《长兴太湖图影旅游度假区应急指挥机制》 in "
                "(5) is another document's name",
     doc_no="", issuer="长兴太湖图影旅游度假区 (管委会; 长兴, 湖州, 浙江 — the site zjcx.gov.cn) — a 乡镇(街道、园区)-level area",
     date="not shown (the site's 20250610 in the address)",
     level="a 度假区 at the level of a 乡镇(街道、园区) over its villages (党政办, 应消站, 综治办, 农村办, 规划建设办, 国土所, 村(社区))",
     source=source("http://www.zjcx.gov.cn/hzgov/front/s315/xxgk/zcwj/qtwjbmxzyqwj/20250610/i4055449.html"),
     style="a task table flattened one row a line with 「 | 」 between cells: 一、体系建设 / (一)组织指挥提能升级 / 1.组织机构 and 2.工作机制 "
           "(工作事项) / (1)–(5) (工作指标: the standard each row meets) / 1. 2. (任务清单 items run in one cell) / 责任清单 (names parted by "
           "spaces) / 时限清单 「4月」; row (4)'s second task on a line of its own with its own 责任清单 and no time cell; CUT in (5)'s 1.",
     leaf_tasks=7, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)", "1", "(1)", "1"], [], ["党政办", "应消站"], **D08, **at(X08, "| 1.", nth=2),
          note="「(1)乡镇(街道、园区)党政主要负责人是防汛工作第一责任人,… | 1.落实防汛防台行政首长负责制和岗位责任制,明确管委会主任是防汛第一责任人、应消站分管领导是分管负责人; 2.结合"
               "实际,明确班子成员职责清单、职能站所职责分工; | 党政办 应消站 | 4月 |」 — the lowest numbered items are the 任务清单's 1. and 2. (plans-dev EXPECTED.md: "
               "leaves are the lowest-level numbered items that carry text), each a task of the row, and the 工作指标 (1) the standard "
               "the row meets (its text). Units: " + COLUMN + " — [党政办, 应消站], lead [] (no lead named; plans-dev 02's "
               "responsible-only lists). Date: " + MONTH),
        S(["一", "(一)", "1", "(2)", "1"], [], ["应消站"], lead_alternatives=[["应消站"]], **D08, **at(X08, "| 1.", nth=3),
          note="「(2)乡镇(街道、园区)应急消防管理站承担防汛防台统筹协调工作,明确专人负责。 | 1.明确应消站防汛工作职责和防汛联络员; | 应消站 | 4月 |」 — " + COLUMN +
               ": [应消站], lead [] (" + ONE + "). Date: " + MONTH),
        S(["一", "(一)", "1", "(3)", "1"], [], ["村(社区)"], responsible_alternatives=[[]], **D08, **at(X08, "| 1.", nth=4),
          note="「(3)村(社区)建立村级主要负责人为组长、…的应急工作组。 | 1.明确村书记、村干部、驻村干部等组成的应急工作组和…应急工作小组; | 村(社区) | 4月 |」 — " +
               COLUMN + ": [村(社区)], as printed, the bracket naming the other kind the same body is (Round 85 on x318_05 「各社区(村)」; "
               "Round 87 on x326_10 「各村(社区)」), lead []. RULING? 13: 「村(社区)」 with no 各 read as a level standing alone (round 43's 镇; "
               "Round 83 on x315_01 第二十条: a level with no head names no body) gives none, accepted — a column that exists to name "
               "bodies reads a level as the bodies of that level, in my reading. Date: " + MONTH),
        S(["一", "(一)", "1", "(4)", "2"], [], ["农村办", "规划建设办", "国土所", "村(社区)"],
          responsible_alternatives=[["农村办", "规划建设办", "国土所"]], **D08, **at(X08, "\n2."),
          note="「2.根据辖区实际,补充设置村(社区)水利工程巡查员、山洪预警员、地灾群测群防员、避灾场所管理员、危房联络员等责任人网格责任人; | 农村办 规划建设办 国土所 村(社区) |」 — "
               "(4)'s second task, printed on a line of its own with its own 责任清单 cell: " + COLUMN + " — the four in printed order, "
               "lead []; the three without 村(社区) accepted (RULING? 13). Date: the row prints no time cell; the 「4月」 of (4)/1 above "
               "is a merged cell printed once (Round 87 on x328_02: a cell is read where the page prints it, sub-rows joined in their "
               "row), and either way " + NOYEAR),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: (1)/1, (1)/2, (2)/1, (3)/1, (4)/1, (4)/2, (5)/1 (CUT: 「1.制定《长兴太湖图影旅游度假区应急指挥机制》,」 prints its verb, "
            "round 71). Paths: 一 / (一) / 1 (工作事项 1.组织机构) / (n) (工作指标) / n (任务清单), as printed. RULING? 17: 5 (each 工作指标 row "
            "(1)–(5) one task, its 任务清单 items its text, as a row of a task table is one task: plans-dev EXPECTED.md attachment "
            "rows; no ruling reaches numbered items inside a table's cell) is accepted",
            "the 工作指标 cells (1)–(5) state who is what and what exists (「…是防汛工作第一责任人」「…承担…统筹协调工作」「…建立…应急工作组」) and are "
            "read as the standard each row meets, its units taken from the row's 责任清单 column only (rule 1: the label decides); "
            "「由乡镇(街道、园区)组织村(社区)补充落实…」 in (4) is such a standard",
            "no figures but names with digits (「141」基层治理体系, 「1833」联合指挥体系)"])

# ---------------------------------------------------------------------------------------------------------
X09 = "x332_09_zhen-maodun-jiufen-da-tiaojie-gongzuo-yijian.txt"
CENTRE = "鎮「大調解」協調中心"
plan(X09,
     title_note="no title checked: the stored page is a question-and-answer site's, its lines 1 and 3 the site's questions 「1. 關於深入推進"
                "矛盾糾紛大調解工作的指導意見 城鄉規劃建設部門該怎麼做」 and 「2. 請問:什麼是大調解工作群眾評議代表制度謝謝!!」 with line 2 an answer; the "
                "plan's points (一、 on) answer the second and print no title. A site's heading names a piece only where its words name "
                "it (Round 87 governs on x324_02; round 65's x275_03), and question 1 names a 指導意見 asked about by a 規劃建設部門. "
                "RULING? 14: 「關於深入推進矛盾糾紛大調解工作的指導意見」 as the title is the other reading, not written",
     doc_no="", issuer="a 镇 (「鎮「大調解」協調中心」, 司法所; 村(社區) below) — unnamed", date="not shown (2012: 「力爭在2012年6月底前」)",
     level="town over its villages (鎮「大調解」協調中心, 司法所, 各級「大調解」組織)",
     source=source("https://www.jhzxd.com/big5/tousu_572947"),
     style="a question-and-answer site's page in traditional characters: two numbered questions and an answer line (the site's), "
           "then a plan's 一、 heading and (一)–(三), one paragraph each, each with a run-in heading, CUT in (三) at 「變「坐等上門」」",
     leaf_tasks=3, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], [], [CENTRE], lead_alternatives=[[CENTRE]], dl="力爭在2012年6月底前", dln="2012-06",
          note="「(一)健全矛盾源頭調解組織網路。深入貫徹實施《人民調解法》,完善…,規范…,鞏固提升…「七進」工作,全面完成「七進」建設任務;" + CENTRE + "將組織開展有場所、…有工作實效"
               "「七有」標准檢查活動,促進規范「七進」調解室和前置「窗口」建設,力爭在2012年6月底前,已建「七進」調解室和前置「窗口」全面達到「七有」標准;司法所要完善各級各類調解組織"
               "登記備案制度,夯實…基層基礎,確保…。」 — " + R2 + ": the subject of 組織＋verb (組織開展) is a doer, 將 changing nothing (as 要, Round 74's "
               "x295_03): [" + CENTRE + "], the name as printed with its corner brackets (rounds 33, 43), lead [] (" + ONE + "); "
               "司法所's 完善 is outside the closed list (" + CALL + "), and the opening clauses have no subject. Date: 「力爭在2012年6月底前」 "
               "is the latest date the item prints, its deadline (EXPECTED.md; Round 82's p60e-3), 力爭 changing nothing. 「七進」「七有」 "
               "are names with digits"),
        S(["一", "(二)"], [], [],
          note="「(二)完善調解工作群眾評議制度。以群眾滿意為工作標准,建立並完善…評議制度,積極培育和倡導…新途徑。邀請村民代表、黨員代表、退休老幹部和當事人所在村幹部代表等組成評議員隊伍,"
               "共同參與調解,…」 — work with no subject; 邀請 names whom the work invites and 「由A、B組成」's members are no units (rule 3), "
               "persons besides (" + PERSONS + ") — " + NONE + ". " + NODATE),
        S(["一", "(三)"], [], [],
          note="「(三)貼近群眾開展排查調解工作。積極開展矛盾糾紛「大排查、大調解」工作,敏感時期、重大節日來臨前各級「大調解」組織要集中精力、集中時間,走出去、沉下去,進村入戶,聽取意見,"
               "了解訴求,排查矛盾,解決問題。變「坐等上門」」 (" + CUT + ") — 各級「大調解」組織 is a kind whose verbs (集中, 走出去, 排查, 解決) are outside "
               "the closed list (" + CALL + ") — " + NONE + ". 「敏感時期、重大節日來臨前」 prints no date (round 48). RULING? 15: "
               "[各級「大調解」組織] (the body the point tasks, its 排查 read as the item's own work) is the other reading, not written as "
               "accepted. " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一/(一)–(三) ((三) CUT). The site's lines 1–3 (two numbered questions and a one-line answer) are no items of "
            "the plan: the page's furniture, as a site's headline is (Round 83 on x314_06). Accepted: 5 (the questions' 「1.」 and "
            "「2.」 read as items by a reader that keeps every numbered line)",
            "一's heading 「加強矛盾糾紛源頭防範化解,鞏固提升「七進」延伸活動成果」 has (一)–(三) under it, no leaf"])

write_collected(DIR)
