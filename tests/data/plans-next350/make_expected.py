# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next350/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c350, round 66, for round 67: eight page openings of township (乡), town (镇),
street (街道), village (村) and community (社区) work from outside Shanghai, in fields other than festivals — a 镇党委's
农村工作年度目标责任书 to 各村(社区) (1、–4、 scored items, each 「由A负责考核」); a 村委会's 三年任期目标 (1、–5、 with (1)–(5), rich
in figures, 5、 CUT); page 2 of a 社区's 汛期 应急预案 (2、, 二 1、–2、, 三 装备保障, 四 善后工作, the next piece's head CUT); a 街道's
城管工作意见 run in on three chunks (一/1, 2 CUT); a 镇's XX村“百村容貌”整治工作實施方案 (traditional, inline pinyin; 二 a group,
三 1、–2、 CUT); a 乡's 森林防火责任书 to 各村委会 (一 lead-in over 1、–4、, 4 CUT); 永春县石鼓镇石鼓社区's 防洪抢险救灾应急预案 run in
on one line (二, 三 K/2/3, 3 CUT); and a 村委会与户主森林防火责任状 printed twice): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` and ``at_line_in`` of ../plans/expected_tools.py);
every answer was written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited
in the notes; readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans
by c350.

    PYTHONPATH=. python tests/data/plans-next350/make_expected.py tests/data/plans-next350
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, ONE, PAGES, S, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)

R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
PERSONS = "persons are never units (round 30): a person named by post (round 43; Round 77's x299_02 责任人) however the clause is built"
CALL = ("a kind is a doer only by a rule-2 verb (Round 80's p59c-1; Round 83 on x316_01 十), 要／必须 changing nothing (Round 74's "
        "x295_03); 成立, 配备, 建立, 完善, 加强, 做好, 执行, 明确, 制定, 开展 without 组织 are outside the closed list (round 30; Round 85 on "
        "x318_05, x318_06)")
CUTVERB = ("a cut line that prints a verb of work is kept as far as printed (round 41; round 71; Round 88's p63e-1; Round 87 on "
           "x324_04 三)")
BOUND = ("a party the 责任书 binds is told what to do: the issuer's own work, a task naming none (Round 84's p61a-2 and p61c-1; "
         "Round 91 confirmed x338_08 一), unlike a rule to 「任何单位和个人」 (Round 80)")
SETUP = ("a point that sets a group up and gives it work by a verb is a task naming none (Round 84's p61d-2; Round 85 on x320_04 "
         "二/(一), x320_06 一; Round 83 on x314_03 三), the group and its roster no units (rule 3; round 73)")
GOAL = ("the levels a goal sets and the number of the item's own work are its targets (round 25; round 49's 改造100户; Round 89 on "
        "x332_02; Round 91 on x342_04), 以上 a comparison word (round 30's line)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x350_01_zhen-nongcun-gongzuo-niandu-mubiao-zerenshu.txt"
SCORE = ("the points 「N分」 are the weights the 责任书's scoring gives each field of work, a norm of reckoning with no comparison "
         "word (Round 89 on x329_02 「（权重60%）」), and 「每推迟一天扣0.5分」 what a lapse costs (round 32; Round 85 on x321_03 第五条（三））: "
         "not targets")
plan(X01,
     title="农村工作年度目标责任书",
     title_note="line 5 (line 1 prints the same words as the site's headline, lines 2–4 the site's download notes): the piece's own "
                "title line (round 48)",
     doc_no="", issuer="a 镇 (镇党委; 镇工办, 镇农办, 镇组织办…) — unnamed", date="not shown (no year printed)",
     level="town over its villages and communities (镇党委与各村(社区)签订)",
     source=source("https://360docs.net/doc/3e17390660.html"),
     style="a document site's page: headline, three download notes 「- 1、」–「- 3、」 (chrome), the title, a preamble ending 「具体内容、"
           "分数构成及考核部门如下:」, then 1、–4、 one a line, each a field of work with its points and 「由A负责考核」; the page ends after 4、",
     leaf_tasks=4, count_alternatives=[0, 7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], ["镇工办"], lead_alternatives=[["镇工办"]], not_targets=[(25, "分"), (20, "分")], **at(X01, "\n1、"),
          note="「1、招商引资项目建设及全民创业25分,其中招商引资项目建设20分,全民创业5分。由镇工办负责考核。」 — the field of work the 责任书 binds "
               "the villages to (" + BOUND + "), and 「由A负责＋verb」 names A (rule 2; x344_02 三/3 「…考核和评比工作由乡安办负责组织实施」): "
               "[镇工办], lead [] (" + ONE + "). The villages, the bound parties, are named only in the preamble (rule 4 gives a "
               "lead-in's bodies only to items that name none, and this item names its own). " + SCORE + ". " + NODATE),
        S(["2"], [], ["镇组织办", "纪检办", "宣传办"], not_targets=[(8, "分")], **at(X01, "\n2、"),
          note="「2、党建工作20分。其中:组织8分、纪检8分、宣传4分,具体考核细则由镇组织办、纪检办、宣传办负责。」 — 由A负责 (rule 2), the three "
               "offices separate heads kept as printed (round 31: 「区发展改革委、区财政局」 separate names; round 30: a name as "
               "printed, 镇 not carried to the others). " + SCORE + ". " + NODATE),
        S(["3"], [], ["镇农办"], lead_alternatives=[["镇农办"]], skip_deadline=True, dl="10月30日之前",
          not_targets=[(0.5, "分")], **at(X01, "\n3、"),
          note="「3、农业农村工作25分。其中水利工程5分。水利工程水费在10月30日之前凡按时完成任务的得满分,…每推迟一天扣0.5分。…由镇农办负责考核。」 — "
               "由镇农办负责考核 (rule 2): [镇农办]. " + SCORE + "; 「加分最高不超过本项基本分」 prints no figure. Date: 「10月30日之前」 with no "
               "year printed anywhere (the title says 年度, no year): only what is printed is read (round 48), a missing year filled "
               "only from a fact the text prints (round 50; Round 85 on x318_02, x318_06) — not checked"),
        S(["4"], [], ["市二医院", "党政办"], **at(X01, "\n4、"),
          note="「4、农村合作医疗5分。凡按时完成镇下达任务的得满分,合作医疗以资金解缴到镇财政所为准,…由市二医院、党政办负责考核。」 — 由A、B负责考核 "
               "(rule 2): both, in printed order, lead []; 镇财政所 only receives the money (rule 3). " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 1、–4、 (the page ends after 4、). RULING? 1: each line scores a field of work the villages owe and names the "
            "office that assesses it; read as the 责任书's items of work (its parties bound, BOUND) with their assessor a doer by "
            "由A负责考核. The other reading — the lines are a scoring scheme's terms, text (Round 75's p57f; Round 85 on x318_07: "
            "lines that only say who gets what by class) — gives 0, accepted; 7 (3、's sentences 水利工程／农业保险／养殖小区／合作组织 read "
            "as four) accepted",
            "the download notes 「- 1、」–「- 3、」 are the site's chrome, no items (x344's chunk marks; Round 81's x308_01 chrome)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x350_02_cunweihui-sannian-renqi-mubiao.txt"
plan(X02,
     title="村委会三年任期目标",
     title_note="line 2 (line 1 is the site's headline with the same words): the piece's own title line (round 48)",
     doc_no="", issuer="a 村委会 (本届村委会) — unnamed", date="not shown (no year printed; 三年 of the term)",
     level="village (the committee's own term goals: 任期目标责任制)",
     source=source("http://zhunbian.com/jihuabg/206192.html"),
     style="a 范文 site's page: headline, title, then a preamble run into 「1、经济发展。(1)…(2)…(3)…」 on one line, and 2、–4、 each a "
           "line with (1)–(5) run in; 「5、社会治安要做到群」 CUT",
     leaf_tasks=14, count_alternatives=[12, 5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1", "(1)"], [], [], responsible_alternatives=[["村"]], targets=[(80, "%"), (20, "个"), (500, "元")],
          **at(X02, "1、经济发展。(1)"),
          note="「(1)大力推行种植结构调整,三年内调整面积占全村面积的80%,同时对难度较大的种植项目村负责提供技术指导。力争三年内建蔬菜大棚20个以上,…使农户人平纯收入增加500元。」 — "
               "(1)–(3) run in after 「1、经济发展。」 are items (round 34; Round 83 turned x314_11 二/(二)). 「村负责提供技术指导」: a "
               "level or place with no head names no body (round 43's 镇 standing alone; Round 83 on x315_01 第二十条), whatever "
               "its verb — " + NONE + "; [村] accepted (RULING? 2: the committee speaking of its village as 「我委」 is read, round 30). "
               "Targets: 80 %, 20 个 (以上), 500 元 — " + GOAL + ". 「三年内」 counts from the term, which prints no date: " + NODATE),
        S(["1", "(3)"], [], [], targets=[(800, "棵"), (60, "亩"), (6000, "元"), (30, "间"), (2, "万元")],
          **at(X02, "(3)"),
          note="「(3)村计划把2公里的河堤作为植树基地,植意杨800棵,将60亩的山坡地全部种植优品桃树,力争三年初见成效,纯收入6000元。将村大院扩建成30间集体商品房,三年纯收入达2万元。」 — "
               "村 with 计划 (no head, no rule-2 verb) — " + NONE + ". Targets: 800 棵, 60 亩, 30 间 (the number of the item's own "
               "work), 6000 元, 2 万元 (the levels its goals set) — " + GOAL + "; 「2公里的河堤」 names the stretch the work is done on "
               "(round 58's class inside a noun), not checked. " + NODATE),
        S(["2", "(2)"], [], [], targets=[(400, "万元")], **at(X02, "(2)", nth=2),
          note="「(2)全村三年农业总产值力争达到400万元。」 — on a page that names no unit every numbered leaf is a task (plans-dev 08; "
               "Round 85 on x320_08 二: numbered goal lines of work are tasks there), and 力争达到 joins the goal's level (round 30's "
               "达到; round 25): 400 万元. RULING? 3: a line that states only the level a goal reaches, with no act, read as text "
               "(Round 85 on x320_09 三、四、六; Round 89 on x334_04 第十五条) gives 12 with 3/(3), accepted. " + NODATE),
        S(["3", "(3)"], [], [], targets=[(900, "万元"), (13, "万元"), (2450, "元")], **at(X02, "(3)", nth=2),
          note="「(3)计划三年内农、工、副总产值达到900万元,村级积累13万元,人平纯收入达到2450元。」 — as 2/(2): a goal's levels, 达到 (round 30's "
               "line): 900 万元, 13 万元, 2450 元; " + NONE + ". " + NODATE),
        S(["4", "(4)"], [], [], targets=[(98, "%"), (95, "%")], **at(X02, "(4)"),
          note="「(4)保护妇女儿童的合法权益,保证三年儿童体检,防疫达到98%。妇科病查治达95%以上。」 — work the committee binds itself to (保护, 保证), "
               "no rule-2 form — " + NONE + ". Targets: 98 % (达到), 95 % (以上) — " + GOAL + ". " + NODATE),
        S(["4", "(5)"], [], [], **at(X02, "(5)"),
          note="「(5)老有所养。凡符合五保条件的老人一律按政策给予供养。」 — the run-in heading gives no work alone (round 63), but 给予供养 is the "
               "village's own act (round 65's x274_01: an act with no subject is the plan's own bodies'), a task — " + NONE +
               "; 五保 names a scheme, no figure of work. " + NODATE),
        S(["5"], [], [], **at(X02, "\n5、"),
          note="「5、社会治安要做到群」 (" + CUT + "; " + CUTVERB + ": 做到) — a childless point with 要 (Round 84's p61c-1) — " + NONE +
               ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["14 leaves: 1/(1)–(3), 2/(1)–(2), 3/(1)–(3), 4/(1)–(5), 5 (CUT). Accepted: 12 (2/(2) and 3/(3) as goal-only states, "
            "RULING? 3) and 5 (the run-in (1)–(5) not read as items)",
            "the page names no unit by the ruled forms: every leaf names none (plans-dev 08)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x350_03_shequ-xunqi-anquan-fangfan-yingji-yuan-di2ye.txt"
TEAMS = ["紧急应急分队", "各应急分队"]
plan(X03,
     title_note="no title checked: the stored page is page 2 of a compilation's piece (「社区汛期安全防范措施及应急预案」 + a number, "
                "the next piece's head on line 10 showing the form); it opens inside the piece and prints no title line of its "
                "own, and line 10's head names the next piece, not this one (Round 89 on x332_06, x332_09: a headline naming "
                "another piece is no title line; round 48)",
     doc_no="", issuer="a 社区 (社区主任xx; 社区两委 absent here) — unnamed", date="not shown",
     level="community (a 社区's own flood plan: its teams, 居民小组, 社区卫生室)",
     source=source("https://jingyanben.com/bangongwenmi/150517.html?page=2"),
     style="a 范文 site's page 2: a tail line of 一's first item (「领导小组办公室设在社区值班室…」), 2、 (teams set up), 二、应急预案 1、–2、 "
           "(each 「X:」 run-in), 三、装备保障 and 四、善后工作 (paragraphs), then the next piece's head 「社区汛期安全防范措施及应急预案4」 and "
           "its opening CUT",
     leaf_tasks=4, count_alternatives=[5, 6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["2"], [], [], **at(X03, "\n2、"),
          note="「2、社区以居民小组民兵排为单位,成立抗洪应急分队,负责各组的抗洪救灾工作;社区以巡逻为主,成立社区紧急应急分队,综治专干和队长为负责人,负责社区抗洪抢险任务;…成立社区应急救防队,由社区主任xx任队长…」 — "
               "its heading (一、) stands on page 1, so the path is its number as printed (round 48; x344_02's 3、–9、). " + SETUP +
               "; the 负责 of teams set up in the same item are none where they stand (Round 83 on x314_05 二/6 A; Round 84's "
               "x318_04), 社区 the subject of 成立 only (" + CALL + ") — " + NONE + ". " + NODATE),
        S(["二", "2"], [], ["紧急应急分队"], responsible_alternatives=[[], TEAMS], **at(X03, "\n2、", nth=2),
          note="Round 95 (turned; Round 78's x293_01 3.4 form — 「各组／各工作组／各小组」 after a plan that names its groups is a "
               "pointer, a group named by its name a doer — with rounds 36, 57): [紧急应急分队, 各应急分队] → [紧急应急分队] — "
               "各应急分队 points back to 一/2's 抗洪应急分队; the old list and none stay accepted; the builder's reading follows. 「2、抗洪救灾:领导小组成员应各就各位,…;紧急应急分队负责组织受威胁的居民撤离到安全位置,…;各应急分队负责各责任区重点部位的疏散、撤离和监控,组织应急分队全社区范围内不间断巡逻…」 — "
               "「A负责＋work」 names A (rule 2; several clauses, all in order); the teams were set up in 一/2, another section, and "
               "here only act: rule 3's 「a body the item sets up」 and Round 90's 「a body set up in the section」 reach the item "
               "and section that set them up, so they are doers here; 各应急分队 is a group named by a kind (rule 2's 「各街镇」). "
               "领导小组成员 are persons (" + PERSONS + "). None accepted (RULING? 4: a team the plan set up read as none wherever "
               "it acts). " + NODATE),
        S(["四"], [], [], **at(X03, "四、"),
          note="「四、善后工作 应急结束后,应组织所有撤离人员有序回迁,修复水毁等设施,…上报灾情,争取政府支持…」 — an instruction 应 with no subject "
               "(Round 84's p61c-1; round 65's x274_01): a task — " + NONE + " (组织 with no printed subject names none). The report "
               "of the disaster is a duty (below). " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "上报灾情,争取政府支持", "when": None, "when_norm": None}],
     notes=["Round 95 (turned; seeds lines 3–5 and Round 93's governs on x343_04, with Round 84's p61c-1 — a childless point "
            "is a task by a rule-2 doer or an instruction 要／应): 三、装备保障 (no 要／应, a masked name and a person, no unit) is no "
            "task: 5 → 4 leaves (5 stays accepted); its sample (20 把, 50 米) is dropped. The builder's reading follows",
            "5 leaves: 一/2 (path 「2」), 二/1, 二/2, 三, 四. Not counted: line 1 「领导小组办公室设在社区值班室,由社区应急办xx兼任办公室主任、报警员。」, "
            "the tail of 一's first item on page 1, seats an office and names its head with no verb of work (Round 84's p61d-2: "
            "「办公室设在…」 with no verb of work is a section), no leaf; the next piece's head and its preamble 「为做好防汛工作,…及时、高」, "
            "cut before any numbered item. Accepted: 4 (三 as a safeguard point, RULING? 5) and 6 (line 1 as a leaf)",
            "二/1 「预防预警:…社区广播应不间断发出预警和报警;社区各单位应确保通讯联络畅通,…;领导小组向责任区的重点部位发生警报…」: 各单位 is a call "
            "and 确保 outside rule 2 (Round 84's x319_02 三/1), the 领导小组 set up on page 1 sends warnings, no rule-2 verb: a "
            "task naming none (not sampled)",
            "duty: 四's 「上报灾情」, a report the plan asks when its case arises, undated (round 44; Round 89 on x330_01, x332_01)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x350_04_jiedao-banshichu-chengguan-gongzuo-yijian.txt"
plan(X04,
     title="街道办事处年城管工作意见",
     title_note="line 1's head after the site's chunk mark 「1、」 and before 「 . 为提高…」: the text's own title (round 48), the chunk "
                "mark chrome (Round 89 on x330_04: chunk marks; x344_07's 「1、」「2、」「3、」). The site's year slip in the preamble "
                "(「街2023年城管工作意见」) is not carried into the title",
     doc_no="", issuer="a 街道办事处 (Wuhan 硚口: 牌楼街, 汉正街, 长堤街; 9个社区) — unnamed", date="not shown (「2023年」 as the page prints it; 05年 cited)",
     level="street (街道办事处 over its 社区; 在区拆违专班的指导下)",
     source=source("https://m.wnwk.com/doc/1306918.html"),
     style="a document site's preview in three chunks, each opening with the site's chunk mark 「1、」「2、」「3、」 at a line start: the "
           "title, the preamble, 一、主要工作内容 1、 (一是…四是 run in), 2、 CUT; the site's OCR slips (根底, 撤除, 稳固, 到达) and number "
           "slips (「2023」 for figures, 「9个社区有12个社区」) kept",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], [], targets=[(1, "次"), (12, "个")], skip_deadline=True, dl="全年", **at(X04, "主要工作内容 1、"),
          note="「1、进一步深化“双创工作,打造环境创新品牌。…一是继续开展牌楼街、汉正街…等“市民满意路的创立…四是夯实根底,保持特色。…力争全年一次以上进入全市一类“市容环境达标街道前2023名,…9个社区有12个社区进入全市“市容环境长效管理优胜社区的行列,有 / 3、12个社区到达“无违章占道社区。」 — "
               "the item runs across the site's chunk marks 「2、」「3、」, which are no items (the page breaks words there); 一是…四是 "
               "inside the item are its text (round 37; Round 89 on x332_03). The item prints no subject (the 街道 speaks of "
               "itself only as 本街 in the preamble) — " + NONE + ". Targets: 1 次 (一次以上, round 30's line) and 12 个, the levels "
               "the goal sets (round 25; Round 89 on x332_02); 「前2023名」 and 「9个社区」 are the site's slips, unchecked; 05年 a year. "
               "Date: 「全年」 of a plan whose year is printed only as the site's slip 「2023」 — not checked (round 50: a mask filled only "
               "from a fact the text prints)"),
        S(["一", "2"], [], [], **at(X04, " 2、"),
          note="「2、加强违法建设的撤除和控管工作。在区拆违专班的指导下,一是对已形成的历史违法建设进行分类指导与处理,逐步撤除;二是加大对违法建设的巡查与控管力度,发现一处,撤除一处,确保」 "
               "(" + CUT + "; " + CUTVERB + ") — 区拆违专班 guides (rule 3: 「在A指导下」) — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一/1, 一/2 (CUT). The chunk marks 「1、」「2、」「3、」 at the line starts are the site's (x344_07); 3 (a chunk read as "
            "an item) and 1 accepted"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x350_05_xxcun-baicun-rongmao-zhengzhi-shishi-fangan.txt"
plan(X05,
     title="XX村“百村容貌”整治工作實施方案",
     title_note="lines 1–2 「XX村“百村容貌”」「整治工作實施方案」, one title the page splits over two lines (Round 87 on x326_08; Round 91 on "
                "x344_05), the mask XX kept as printed (round 50)",
     doc_no="", issuer="a 镇 (「我鎮」; 领导小组 组长:XX) — unnamed", date="not shown (X人居〔2019〕X cited: 2019 or later)",
     level="town over one village (XX村X组)",
     source=source("http://004km.cn/a1/3f0fd00aba0ba42b.html"),
     style="a 范文 site's page in traditional characters with the site's inline pinyin (「鎮(zhèn)」): a two-line title, preamble, "
           "一、重點整治區域 (one line), 二、組織領導小組 (a roster of XX over lines, then the group's work), 三、整治內容 1、 2、 CUT",
     leaf_tasks=3, count_alternatives=[2, 4], attachment_task_rows=0, childless_top_level_sections=["一、重點整治區(qū)域"],
     samples=[
        S(["二"], [], [], **at(X05, "二、"),
          note="「二、組織領導小組 組 / 長:XX 成員:XX… 領導小組全面負責百村容貌整治試點工作,指導、…傳達、貫徹上級指示精神,布置工作任務,制定“百村容貌”整治措施,…」 — "
               + SETUP + " — " + NONE + ". " + NODATE),
        S(["三", "1"], [], [], not_targets=[(3, "組")], **at(X05, "\n1、"),
          note="「1、環(huán)境衛(wèi)生治理。安排部署清理3組內道路兩側、溝渠兩岸、林盤及公共地帶積存垃圾、雜物、建筑余料等,…充分配置保潔人員,…」 — "
               "no printed subject; 安排部署, 配置, 完善 are outside rule 2 (" + CALL + ") — " + NONE + ". Not a target: 「3組」 is the "
               "name of a village group (a name with digits: EXPECTED.md; x350's 一 names 「XX村X組」). " + NODATE),
        S(["三", "2"], [], [], **at(X05, "\n2、"),
          note="「2、基礎設施治理。林盤內將科學配置垃圾收集房(桶)、小型垃圾收運車,合理配置保潔人員,…提高公共基礎設施」 (" + CUT +
               "; " + CUTVERB + ") — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二, 三/1, 三/2 (CUT). 一、重點整治區域 「XX村X組XX」 only names the area the work covers, a scope (Round 83 on x313_02 四、; "
            "x344_10 一), a section. Accepted: 2 (二 as a group's composition — but it gives the group work by 負責: Round 84's "
            "p61d-2) and 4 (一 counted)",
            "the inline pinyin 「(zhèn)」「(huán)」… is the site's, kept as printed; a reader strips nothing from the paths"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x350_06_xiang-senlin-fanghuo-zerenshu-gecunwei.txt"
CUNWEI = ["各村委"]
LEADIN = ("the lead-in 「一、各村委要保证按照…规定,认真履行森林防火职责,严格执行防火制度,落实防火措施,在乡人民政府的领导下,实现以下工作目标:」 names 各村委 "
          "by 落实＋measures (rule 2; round 46: 落实 with 责任／措施) beside the duty word 职责 (Round 84 on x319_02 三/1: a lead-in gives "
          "its body to its lines by a rule-2 clause or a duty word), and its lines are the goals it binds them to (rule 4: about "
          "their work); the line names no unit of its own, so it takes the lead-in's body")
plan(X06,
     title="森林防火责任书",
     title_note="line 19's piece head 「森林防火责任书1」 less its piece number (Round 83 on x314_06; Round 87 on x326_03), the same words "
                "as lines 10 and 17 (the site's headings); line 1 is the site's file name",
     doc_no="", issuer="a 乡 (乡人民政府) — unnamed", date="not shown (20xx年 masked; the site's 2022-09-30 dates nothing)",
     level="township over its village committees (乡人民政府同各村委会签定)",
     source=source("http://pingyin.cn/tiaojushuxin/zerenshu/50532.html"),
     style="a 范文 site's page: file name, date line, a bulleted list of links (chrome), the site's blurb, then 「森林防火责任书1」: "
           "preamble, 一、 (a lead-in ending 「实现以下工作目标:」) over 1、–4、, 4 CUT at 「《XX森林防火预案》」; paragraphs indented "
           "with two spaces and parted by blank lines",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "1"], [], CUNWEI, responsible_alternatives=[[]], **at(X06, "  1、"),
          note="「1、森林防火实行领导负责制。村长是本村森林防火的第一责任人,村委支部书记为主要责任人。各村必须根据…规定防火区,建立健全森林防火责任制度,制定森林防火公约。各村必须直接同组、户和护林人员层层签订森林防火责任书,实行驻村干部包村、村民和护林人员包山的干群联防机制。」 — "
               "村长 and 书记 are persons (" + PERSONS + "); 各村 with 建立健全, 制定, 签订 (签订 a doer only with 由 or in articles: "
               "Round 85 on x320_09 五) is no doer (" + CALL + "). " + LEADIN + ": [各村委], lead []. None accepted (RULING? 6). "
               "20xx年 is masked: " + NODATE),
        S(["一", "2"], [], CUNWEI, responsible_alternatives=[[]], targets=[(2, "次"), (90, "%")], **at(X06, "  2、"),
          note="「2、各村要切实加强森林防火有关法律、法规和政策宣传力度,每村每年必须组织两次以上森林防火宣传活动,宣传面必须横向到组、纵向到户,宣传知晓率在90%以上。」 — "
               "加强 is outside rule 2, and 组织 with a noun 「宣传活动」 is no 组织＋verb (rule 2's forms: 组织实施／组织开展…), 每村 a "
               "distribution, no name — the line names none of its own; " + LEADIN + ": [各村委]. Targets: 2 次 (两次以上) and 90 % "
               "(以上) (round 30's line; Round 84's p61e-1: events in a rhythm, 每年 no target). " + NODATE),
        S(["一", "3"], [], ["各村"], lead_alternatives=[["各村"]], responsible_alternatives=[CUNWEI, []], **at(X06, "  3、"),
          note="「3、各村要及时组织森林防火巡逻队、扑救专业队,加强扑火队伍正规化建设,提高突发事故的应急处置能力。」 — Round 96 (turned, aligned "
               "round 67 to CONVENTIONS.md \"Round 96 rulings\"; p67j): 组织 is in rule 2's list whatever its object, the subject a doer "
               "(各村, a kind) and the teams it sets up no units (round 42 turned, 「各村要组织一支…抢险队」); the line names its own body, so "
               "the lead-in's is not given (rule 4): [各村委] → [各村], lead [] (各村 accepted as lead); [各村委] and none stay "
               "accepted; 加强 outside rule 2. " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一/1–3. 一 has children (no leaf); 4、 「4、各村要根据《XX森林防火预案》」 is cut before any verb (根据 is a "
            "preposition): a cut line with no verb of work gives no leaf (round 71; Round 88's p63e-1); 4 (with it) accepted",
            "the site's bulleted links 「  • …推荐度:」 and blurb are chrome"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x350_07_shigu-shequ-fanghong-qiangxian-jiuzai-yingji-yuan.txt"
plan(X07,
     title="永春县石鼓镇石鼓社区防洪抢险救灾应急预案",
     title_note="the text's own head, run in after the site's file name 「社区防洪抢险救灾应急预案.doc」 and before 「根据《中华人民共和国防洪法》…」 "
                "(round 48; Round 89 on x330_04: a file name is chrome), issuer included as printed (Round 87 on x326_08)",
     doc_no="", issuer="石鼓社区 (永春县石鼓镇; 社区两委, 支部书记 谢永斌, 社区主任 许仕哲)", date="not shown",
     level="community (a 社区 in a 镇's seat: its 防汛领导小组, 社区两委, 中心户长)",
     source=source("https://m.daumloan.com/p-352222937.html"),
     style="a document site's preview: the whole text on one line — file name, title, preamble, 「—、本社区概况」 (a dash for 一), "
           "二、指挥机构人员名单及职责 (a group set up, its work, a roster of named persons), 三、防洪抢险救灾预案 with 「K传送信息:」 (the "
           "site's slip for 1、), 「2、转移群众:」, 「3、 转移信号:」 CUT",
     leaf_tasks=4, count_alternatives=[3, 5], attachment_task_rows=0, childless_top_level_sections=["—、本社区概况"],
     samples=[
        S(["二"], [], [], **at(X07, "二、"),
          note="「二、指挥机构人员名单及职责成立石鼓社区防汛领导小组,负责辖区内防汛、抗洪、抢险、救灾的总体工作,协调涉及本社区的挤满抢险救灾行动,联系电话详见附表一。乡镇挂钩领导:王雪静、潘婉娜…成员:…」 — "
               + SETUP + "; the named persons are no units (" + PERSONS + ") — " + NONE + ". " + NODATE),
        S(["三", "2"], [], ["村两委"], responsible_alternatives=[[]], not_targets=[(24, "小时"), (50, "mm")],
          **at(X07, "2、"),
          note="「2、转移群众:接到乡镇政府灾害天气预报时,实行防汛值班和村领导带班制;当出现暴雨(暴雨是指24小时内降雨量在50mm—)或短时强降雨等灾害性天气,乡镇挂钩领导、驻村干部迅速到位,当水库泄洪流量逐级加大可能危及低洼地带群众时,村两委组织应急小组人员在第一时间内迅速组织转移受影响的人员,…」 — "
               "「A组织B＋verb」 names A (round 30; Round 85 on x320_09 九), the item's whole work being the response to the flood "
               "(round 30's clarification: an item whose work is the response to a case takes A): [村两委] as printed (a 社区's two "
               "committees, 村 as the page prints it; round 33), lead []; 挂钩领导, 驻村干部 are persons. None accepted. Not targets: "
               "「24小时内降雨量在50mm」 defines what counts as 暴雨, a class of weather the step is triggered by with no comparison "
               "word (round 30: a figure that names a kind; round 58's class). " + NODATE),
        S(["三", "3"], [], [], **at(X07, "3、", skip=1),
          note="「3、 转移信号:规定群众转移信号为敲锣声,当群众听到连续锣声时应」 (" + CUT + "; " + CUTVERB + ": 规定) — the plan's own rule for "
               "its warning, no rule-2 doer — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二, 三/K (「K传送信息:」, the site's slip for 1、; not sampled: its path prints no number), 三/2, 三/3 (CUT). "
            "「—、本社区概况」 (population, land, channels: 3283人, 1100亩…) describes the community, no work: a section, its figures "
            "present ones (round 33), no targets. Accepted: 3 (三/K not read as an item, its mark no number) and 5 (概况 counted). "
            "RULING? 7: 「K传送信息:…由社区两委和中心户长分头入户通知重点部位受影响的人员…」 — read as 三's first item (path 「K」 as printed, "
            "round 48), naming [社区两委] by 由A＋通知 (中心户长 persons); the other reading makes 「K」 no marker, the line 三's own text",
            "「联系电话详见附表一」 points to an attachment not on the page"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x350_08_cunweihui-yu-huzhu-senlin-fanghuo-zerenzhuang.txt"
TERM = ("date: 「本责任状有效期2021年10月1日至2022年9月30日」 is the instrument's term of validity, a general provision (round 30: 「…自…"
        "起施行，有效期…」), not a span of work the items finish by; the other reading dates each item by it (Round 77's x303_04: a "
        "campaign span) — RULING? 8, not checked")
plan(X08,
     title="村委会与户主森林防火责任状",
     title_note="line 1, the piece's own title line (round 48); the page prints the piece twice (line 11 repeats it)",
     doc_no="", issuer="a 村委会 (村委会(章), 村主任) with each household", date="2021-10-01 (the date line; term 2021-10-01 to 2022-09-30)",
     level="village over its households (村委会与户主签订)",
     source=source("https://tdxbbs.com/shiyongfanwen3/2381.html"),
     style="a 范文 site's page: the whole short piece — title, preamble, 1、–4、 one a line, the term, the seal and signature lines, "
           "the date — printed twice, line for line",
     leaf_tasks=3, count_alternatives=[4, 6, 8], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], [], skip_deadline=True, dl="2022年9月30日", **at(X08, "1、"),
          note="「1、户主及其家人在防火期内,不上山砍柴、不野外放牧、不野外吸烟,…等野外用火行为。」 — " + BOUND + "; the household and its members "
               "are persons (" + PERSONS + ") — " + NONE + ". " + TERM),
        S(["2"], [], [], skip_deadline=True, dl="2022年9月30日", **at(X08, "2、"),
          note="「2、本户负责清理自家地边、坟边、林边、矿边的秸杆、杂草、树叶等可然物。因清理不到位引发火情,将按“谁烧罚谁、烧谁罚谁”的原则处罚。」 — 「本户负责」: "
               "a household is the persons who live in it, no body (round 30; x344_06 and x344_10: households' lines name none) — "
               + NONE + "; the fine after it is a consequence (Round 86's (b)). " + TERM),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["Round 95 (turned; Round 87's turned x325_01 第二十五条 and Round 89's x329_01 — a consequence with no agent is no "
            "work — over round 65's x274_01): 「4、在防火期内,发现有携带火种进山的行为,将给予30—50元的罚款;…并予以行政拘留。」 warns the "
            "household of what a breach costs, with no body that imposes it: text, no task — 4 → 3 leaves (4 stays accepted; the "
            "doubled count follows, 6; 8 stays accepted); its sample (not-targets 30-50 元, 100-3000 元) is dropped. The builder's "
            "reading follows",
            "4 leaves: 1、–4、 of the piece, read once. The page prints the same piece twice, line for line (lines 11–20 repeat "
            "lines 1–10): one document printed twice by the site, not two documents under one cover (round 30 counts both where "
            "each has its own title and numbering: RULING? 10, 8 accepted). 3 (4、 as text) accepted",
            "「村委会(章) / 村主任:户 主: / 2021年10月1日」 are the signature lines"])

write_collected(DIR)
