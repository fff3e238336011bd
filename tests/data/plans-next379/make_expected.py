# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next379/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c379, round 71, for round 72: eight page openings of town (镇), street (街道), village
(村) and community (社区) work from outside Shanghai — a 镇's 森林防火安全责任状 signed with its villages (1.–6. run on, 6. CUT); a
village's 乡镇村规民约 in articles (大小台村, 第一条–第七条, 第八 CUT); a village's environmental 村规民约 (1、–7、 run on); a
street's 社区工作制度(试行) for its communities' staff (一/1–4, 二/1–3; 定海); a 社区居委会考勤制度 (一–三 childless, 三 CUT); a
社区工作人员上班工作纪律制度 (一–四 childless, 五/1 CUT, one run-on line); 永和镇's notice on forest fires around 冬至 to its villages
(一, 二 childless); and 泗坑村文明公约 (一–三 and a closing paragraph)): never tune the parser on them (see README.md). Only `line` and
`title_starts` are looked up in the text (by ``locate`` and ``at_line_in`` of ../plans/expected_tools.py); every answer was written
here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited in the notes; readings
CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c379.

    PYTHONPATH=. python tests/data/plans-next379/make_expected.py tests/data/plans-next379
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, PAGES, S, at_line_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
at = partial(at_line_in, DIR)

R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list; Round 100's governs on p68j): lead [], responsible []")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
PERSONS = "persons are never units (round 30): a person named by post or group of persons (round 43) however the clause is built"
CALL = ("outside articles the subject of a verb outside rule 2's closed list names none, whatever 要／应 stands before it "
        "(Round 100's governs on p68j; round 30: 开展, 建立, 加强, 做好, 修建, 成立 outside the list)")
NOSUBJ = "组织／实施 with no subject printed names no doer (rule 2 gives the subject of 组织＋verb; round 34: a subject carries only inside its paragraph)"
CUTVERB = ("a cut line that prints a verb of work is kept as far as printed (round 41; round 71; Round 91 on x338_02 「三、加强基」; "
           "Round 105 on x374_03 「5、注重」)")
CUTNOVERB = "a cut line that prints no verb of work is no task (round 71; Round 95 on x348_03; Round 99 on x362_02 六/3)"
NOUNITS = ("on a page that names no unit every numbered leaf that gives work is a task (plans-dev 08; seed 003; Round 95 on "
           "x349_01 and x348_06 五; Round 104 on x373_01's count)")
VILLAGERS = ("a village's own rules binding its villagers: what the party its rules regulate must do or must not do is owed work, a "
             "task naming none (Round 102's governs on x368_02; Round 84's p61a-2; Round 93 on x346_03 第三十七条); 村民, 各户 and 农户 "
             "are persons or households (" + PERSONS + "; Round 91 on x337_04 农户)")
STAFF = ("the staff these rules bind are the party they regulate, in the conduct of their own work: what they must do or must not do "
         "at work is owed work, a task naming none (Round 84's p61a-2; Round 91 on x336_07 一/4 and Round 104's governs on x372_07: a "
         "ban on the addressees' conduct of their work binds; Round 91 on x338_03: posts of the issuing community are its own staff)")
TEXTRULE = ("keeping to rules other texts set, a stance or a quality with no act is text (Round 86's (b); Round 84's p61a-1 catch-all; "
            "Round 87's state-only line; Round 105's governs on x374_07 (二))")
CHILDLESS = ("a childless top-level point that binds by 要／应／需 or names a rule-2 doer is a task (Round 84's p61c-1; Round 95 on "
             "x350_03 三; the model x374_05 二), the plan having no numbered children under it (plans-dev lines 21–25 read a 指导思想 "
             "section with no work)")
PENALTY = "what a breach costs — a fine's scale or sum — is no target (round 32; Round 84 on x321_03 第五条（三）)"
CONSEQ = ("a consequence with no agent printed is no work (Round 95's turned x350_08 4 「…将给予30—50元的罚款」; Round 87's turned "
          "x325_01 第二十五条)")
LEAVE = ("a decision on a staff member's leave application and its steps are a review of a party's application, naming none (Round "
         "85's turned x317_03 第九条（一）; Round 94's turned x240_04 第二十四条), the approvers persons by post (round 30); the "
         "applicant's own filing of its form is no duty (round 42; Round 85's x322_04 第二十四条)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone by json.loads, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x379_01_zhen-senlin-fanghuo-anquan-zerenzhuang.txt"
plan(X01,
     title="森林防火安全责任状",
     title_note="line 12 opens 「森林防火安全责任状 森林防火安全责任状 为了…」: the piece's own head, printed twice by the stored page (Round 104's "
                "governs on x372_06: a doubling is the page's layout, not the title's) and run into its preamble (Round 102 on x368_03); "
                "line 1 「森林防火安全责任状.docx」 is the site's file name (Round 93 on x344_09: it stands only where the text prints none)",
     doc_no="", issuer="a 镇政府 (「我镇」) — unnamed", date="not shown (the site's 上传时间 2021-12-10 dates nothing, Round 78's p58d-2)",
     level="town over its villages (「镇政府与各村签订如下责任书」)",
     source=source("https://m.wenke99.com/p-9355264.html"),
     style="a document site's page: file name, upload line and page links, then 「资源描述」 and the 责任状 in one stored line (title twice, "
           "preamble, 1.–6. run on, 「6.各村分别成立民兵应急」 CUT), then the site's footer",
     leaf_tasks=6, count_alternatives=[5],
     attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], [], targets=[(1, "名")], **at(X01, "。 1."),
          note="「1.各村成立森林防火领导小组,在镇森林防火领导小组的指导下,负责辖区内的山林防火工作。在本小组中明确一名专职工作人员,负责防火值班、防火宣传、"
               "火险预报、火情报告工作;」 — the 负责 after 成立 belongs to the group the item sets up (rule 3; Round 93 on x342_02 「關壩鎮成立13個"
               "檢查工作組,負責…」: the town's only verb is 成立); 在镇…指导下 is rule 3's guide; 明确一名专职工作人员,负责… staffs the work (Round "
               "90's governs on the staffing form) — " + NONE + " — RULING? 1 (各村 as the subject of 负责, the group its object: [各村], "
               "accepted). 一名: a count of persons the item's own work must have is its number of work (Round 99 on x364_02 两名; Round 94's "
               "liaison 1 名). 火情报告 names the post's job, no sending the plan asks (no duty). " + NODATE,
          responsible_alternatives=[["各村"]]),
        S(["2"], [], ["各村"], **at(X01, "; 2."),
          note="「2.各村要与各组组长签定防火责任书,把山林防火责任落实到人,落实到山头地块,…」 — 落实 with 责任 as its object is rule 2's, its subject 各村 "
               "(round 46; Round 93 on x344_02 三/1 「…将安全生产责任书分解落实」: [各村委会, 乡直各单位]); 各组组长 are persons (" + PERSONS + "). "
               "The page prints no addressee line for 各村 to call back (Round 99 on x364_02; Round 89's x330_02): the preamble names the "
               "parties who sign. Lead [] (各村 accepted as lead, rule 2) — RULING? 2 (各村 the 责任状's other party, a call back: none, "
               "accepted). " + NODATE,
          lead_alternatives=[["各村"]], responsible_alternatives=[[]]),
        S(["3"], [], [], **at(X01, "; 3."),
          note="「3.加大山林防火宣传教育力度,开展防火宣传,组织防火检查。实施森林消防监督,建立健全山林防火各项制度和村规民约,并严格执行,进入山林防火期时,要坚持"
               "执行不定期巡山制度;」 — no subject printed: " + NOSUBJ + "; 各村 of 2. does not carry across a numbered item — " + NONE +
               ". 进入山林防火期时 prints no date: " + NODATE),
        S(["4"], [], [], **at(X01, "; 4."),
          note="「4.山林防火期要全面加强野外用火管理力度,持续高火险天气时,适时发布山林防火戒严令,在戒严期间,严禁在野外焚烧…」 — no subject (山林防火期 is "
               "a time) — " + NONE + ". " + NODATE),
        S(["5"], [], [], **at(X01, "; 5."),
          note="「5.强化山林火灾预防措施,各村按时间节点,在重点林区、火灾多发区修建防火隔离带;」 — 各村 with 修建 (" + CALL + ") — " + NONE +
               ". 按时间节点 names no date: " + NODATE),
        S(["6"], [], [], **at(X01, "; 6."),
          note="「6.各村分别成立民兵应急」 — " + CUT + "; " + CUTVERB + " (成立). 各村 with 成立, and the body set up is no unit (rule 3) — " +
               NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 1.–6. (6. CUT after its verb). The preamble 「镇政府与各村签订如下责任书」 names the two parties of the 责任状; 签订 with no "
            "由 is no rule-2 clause, so it passes no unit to the items (rule 4). Accepted: 5 (6. read as printing no work: " + CUTNOVERB + ")",
            "the site's 「资源描述」, 「展开阅读全文」, 「相关资源」, breadcrumb and footer are chrome; the stray 「.」 in 「平衡和.治安秩序」「经济.可持续发展」 "
            "is kept as printed"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x379_02_xiangzhen-cungui-minyue-daxiaotaicun.txt"
MARKS2 = ("line 3's 「1、」 and line 4's 「2、」 (inside 「排污 / 2、沟渠走向」) are the document site's preview page marks: a page mark cuts no "
          "name and no title and is the site's, no numbering (rounds 40, 53; Round 105 on x374_06)")
plan(X02,
     title="乡镇村规民约",
     title_note="line 3 「1、乡镇村规民约为全面推进…」: the piece's own head after the preview page mark 「1、」, run into its preamble (Round 105 on "
                "x374_06; Round 102 on x368_03); lines 1–2 are the site's file name and blurb (Round 93 on x344_09)",
     doc_no="", issuer="a 村 (大小台村; 「我村」, 村民代表大会) — named in 第二条", date="not shown",
     level="village (a 村's own 村规民约 for its villagers and the activity group it sets up)",
     source=source("https://yzwku.com/doc/77617.html"),
     style="a document site's preview (优知文库): file name, blurb, then two stored lines each opening with a page mark 「1、」「2、」, the "
           "title, preamble and 第一条:–第七条: run on, 「第八」 at the cut, then the site's 「- 配套讲稿:」 chrome",
     leaf_tasks=6, count_alternatives=[5, 7],
     attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["第一条"], [], [], **at(X02, "第一条:"),
          note="「第一条:全体村民是实施我村环境整治和“清洁乡村”活动的主体,有义务参与基础设施建设和清洁卫生活动,投资投劳。」 — " + VILLAGERS + "; the "
               "article names their acts (参与, 投资投劳) beside 是…主体 (Round 95 on x349_04 一、(一): a point designating the parties who "
               "carry work is a task) — " + NONE + " — RULING? 3 (a line that only says which persons carry the work, Round 93 on x344_01 "
               "二/2: no leaf; 5 accepted). " + NODATE),
        S(["第三条"], [], ["清洁乡村活动小组"], **at(X02, "第三条:"),
          note="「第三条:清洁乡村活动小组按照本约规定和户主会议决定组织实施好本村环境综合整治和清洁乡村工作。」 — in articles 组织实施 names its subject "
               "(rule 2; round 44). The group is set up by 第二条, not by this article (rule 3 reads 「a body the item sets up」), and these "
               "rules give it standing work (Round 84's p61d-2) — [清洁乡村活动小组], lead [] (the group accepted as lead) — RULING? 4 (a body "
               "set up by the same rules gives its work none, Round 90's governs on p64f read across articles: none, accepted). " + NODATE,
          lead_alternatives=[["清洁乡村活动小组"]], responsible_alternatives=[[]]),
        S(["第四条"], [], ["清洁乡村活动小组"], **at(X02, "第四条:"),
          note="「第四条:清洁乡村活动小组集体研究决定村内垃圾池、焚烧炉等环境卫生设施选址、排污 / 2、沟渠走向、保洁费缴交办法、等环境卫生建设事项,广大村民要予以"
               "支持和配合。」 — in articles the subject of a verb of doing (研究决定) is a doer (round 44), the group's own decision on the "
               "village's works (Round 91 on x337_04 第十五条: a village body's vote is its own act); 村民 are persons; the page mark 「2、」 "
               "inside the article is chrome — as 第三条 (RULING? 4). " + NODATE,
          responsible_alternatives=[[]]),
        S(["第五条"], [], [], **at(X02, "第五条:"),
          note="「第五条:房屋周围为各户卫生责任区,要定期对责任区和屋内、庭院进行彻底打扫清洁,…村组干道为本村低保户卫生责任区,要定期清扫,本村村民要自觉保持…」 — "
               + VILLAGERS + " — " + NONE + ". 定期 prints no date: " + NODATE),
        S(["第六条"], [], [], **at(X02, "第六条:"),
          note="「第六条:全体村民要自觉维护良好生产生活秩序,不得…堆放农具、建筑材料、柴草等;不得把人行道当作工场,严禁在门口摆摊设点。」 — bans on the "
               "villagers the rules regulate (" + VILLAGERS + ") — " + NONE + ". " + NODATE),
        S(["第七条"], [], [], **at(X02, "第七条:"),
          note="「第七条:积极配合拆除影响村容村貌或新村规划的危房、破旧“三栏”,彻底清除废墙颓垣;不在门前屋后乱搭乱盖。」 — no subject, among the "
               "villagers' articles (Round 102 on x368_02 5.: binding the same party) — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 第一、三、四、五、六、七条. 第二条 「成立大小台村“清洁乡村活动小组”,由村民代表大会推选组长和副组长,组员由村民小组长、村民代表组成。」 sets "
            "up the group and gives its make-up only, no work of its own (a roster or composition is a section: Round 99 on x362_02; "
            "Round 90's p64f; 推选 staffs the group, Round 90's staffing form) — no task (RULING? 5: a task naming none or "
            "[村民代表大会]; 7 accepted). 「第八」 at the cut prints no text: " + CUTNOVERB + ". The preamble is the purpose and basis "
            "(round 30's general provisions). Accepted: 5 (第一条 read as roles only), 7 (第二条 counted)",
            MARKS2,
            "「- 配套讲稿: / 如PPT文件的首页显示word图标…」 is the site's chrome"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x379_03_cun-huanjing-weisheng-cungui-minyue.txt"
plan(X03,
     title="村规民约",
     title_note="the piece's own head, run into its preamble 「村规民约为切实做好本村环境卫生治理工作,…」 on the one stored line (round 48; Round 102 "
                "on x368_03: the run after a title is the body)",
     doc_no="", issuer="a 村 (「本村」, 村两委, 村民代表大会) — unnamed", date="not shown",
     level="village (a 村's own 环境卫生 村规民约 for its households)",
     source=source("https://m.wenke99.com/p-6544704.html"),
     style="one stored line: the head run into its preamble, then 1、–7、 run on; the stored text ends inside 7、 at 「…绿化、美化和净化」 "
           "(1,350 bytes stored, short of the corpus's 2,000-byte cut)",
     leaf_tasks=6, count_alternatives=[5, 7],
     attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], [], [], **at(X03, "。1、"),
          note="「1、积极开展文明卫生村建设,搞好公共卫生,加强村容村貌整治。」 — no subject; the village's own work (" + NOUNITS + ") — " + NONE +
               ". " + NODATE),
        S(["2"], [], [], targets=[(1, "次")], not_targets=[(5, "人"), (2, "人"), (1, "人")], **at(X03, "。2、"),
          note="「2、各农户按照五人以上的户出2人、五人以下的户出1人的要求,自觉参加每周一次的集体义务清扫,同时,遇有特殊天气、重大活动和重要节日即时清扫。」 — "
               + VILLAGERS + " — " + NONE + ". 每周一次: the events an item holds in a rhythm are its number of work, 1 次, the period no "
               "target (Round 99 on x363_01 五、（一）; Round 90 on x333_03). 五人以上／以下的户 is a figure inside a noun naming the class of "
               "household (round 58; Round 101 on x369_01 三、(六)): 5 人 not_target; 出2人／出1人 is a norm each class of household follows "
               "with no comparison word (round 30's 「原则上按500户配1名」): not_targets — RULING? 6 (the persons each household sends as the "
               "item's number of work, Round 99 on x364_02 两名: 2 人, 1 人 targets). 遇有…重要节日即时 names no date: " + NODATE),
        S(["3"], [], [], **at(X03, "。3、"),
          note="「3、严格执行“门前三包”要求,即包卫生、包绿化、包秩序。」 — the rules' own requirement, spelled out as the households' acts (包卫生、包绿化、"
               "包秩序), binding the party they regulate (" + VILLAGERS + ") — a task " + NONE[len(R2) + 2:] + " — RULING? 7 (keeping to "
               "a requirement named elsewhere is text, Round 86's (b); Round 105's governs on x374_07 (二) 「按“五包”“五清”要求」: 5 "
               "accepted). " + NODATE),
        S(["5"], [], ["卫生清洁队"], not_targets=[(200, "元"), (500, "元")], **at(X03, "。5、"),
          note="「5、各户要主动清理自家房前屋后柴草、垃圾,并保持整洁。对于没有大局意识、拒不配合卫生整治活动的,由卫生清洁队对其进行200至500元罚款,用于雇人清扫"
               "垃圾,并在公开栏内张贴其姓名。」 — the households' clearing names no doer (" + VILLAGERS + "); 「对X的，由A＋verb」 names A where X "
               "names a kind of party by what it does and the clause is the item's only work with a doer (Round 94's confirmed form; Round "
               "100 on x124_03 四), and a penalty a named body imposes on the regulated party is its enforcement (Round 101's governs on "
               "x365_04 第五十四条; the model's x374_02 第十四条 [村委会]): [卫生清洁队], lead [] (accepted as lead) — none accepted (the fine "
               "read as rule 3's case inside the households' work). " + PENALTY + ". " + NODATE,
          lead_alternatives=[["卫生清洁队"]], responsible_alternatives=[[]]),
        S(["6"], [], [], not_targets=[(200, "元")], **at(X03, "。6、"),
          note="「6、对于街内有碍观瞻的临时建筑必须自行拆除,对于限期拒不拆除的,对本户罚款200元,雇人拆除。」 — the owners' own removal (" + VILLAGERS +
               "); the fine prints no agent (" + CONSEQ + ") — " + NONE + ". " + PENALTY + ". 限期 prints no date: " + NODATE),
        S(["7"], [], [], **at(X03, "。7、"),
          note="「7、按照村内统一规定,临街农户要负责自家房前的绿化、美化和净化」 — the stored text ends here, with no closing mark (" + CUT + "; " +
               CUTVERB + "). 临街农户 are households with 负责 over their own frontage, the scheme's party and not a body (Round 91 on x337_04 "
               "农户; " + PERSONS + ") — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 1、2、3、5、6、7、. 4、 「以方便群众生活、保持村内卫生为目的,村两委已定出固定的垃圾堆放点。对于不到指定地点而随意倾倒垃圾的群众,发现一次罚款500元;"
            "对于举报者奖励200元。」 gives no work: the sites are a past act (已定出, an outturn), the fine prints no agent (" + CONSEQ + "), and a "
            "reward paid moves money (Round 101's line on p69e) — no task; its 500 元 is a penalty (round 32) and its 200 元 reward is left "
            "unchecked (RULING? 8). Accepted: 5 (3、 as text), 7 (4、 counted)",
            "the preamble 「…经村民代表大会通过,制定本村环境卫生“村规民约”,村民共同监督遵守。」 is the purpose and basis (round 30's general provisions)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x379_04_dinghai-jiedao-shequ-gongzuo-zhidu-shixing.txt"
plan(X04,
     title_note="no title checked: line 1 「朗读」 is the site's read-aloud button and line 2 prints only 「(试行)」, the tail of a title whose main "
                "line the stored page lost (round 48: what is not printed is not supplied; the site prints no heading either) — RULING? 9 "
                "(「(试行)」 as the printed title line)",
     doc_no="", issuer="a 街道 (「结合本街道实际」, 街道城管科) — unnamed (the site files it under 定海区)", date="not shown",
     level="street over its communities' staff (「规范社区工作纪律」, leave approved by 街道分管领导)",
     source=source("http://nbxinxi.com/a/dinghaiqu/20210603/254035.html"),
     style="a news site's page: 「朗读」, 「(试行)」, the preamble, 一、工作纪律 over 1、–4、, 二、考勤要求 over 1、–3、, one numbered line a "
           "paragraph; stored short (1,699 bytes) and ending at 二/3's full stop",
     leaf_tasks=5, count_alternatives=[7],
     attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "3"], [], [],
          note="「3、接待居民群众,做到礼貌待人,态度谦和,服务周到,依法办事。」 — the staff's receiving of residents with the manner it must keep: a line that "
               "limits how the work is done is a task (Round 87's governs on x328_03); " + STAFF + " — " + NONE + ". " + NODATE),
        S(["一", "4"], [], [],
          note="「4、严格遵守效能建设“四条禁令”,工作人员在工作日午餐禁止饮酒,上班时禁止玩电脑游戏、上网聊天、炒股等,严禁擅离工作岗位。」 — bans on the staff's "
               "conduct at work (" + STAFF + ") — " + NONE + ". 「四条」 names the 禁令 (Round 102: 「四个一」 counts the parts, no figure); " +
               NODATE),
        S(["二", "1"], [], [],
          note="「1、社区工作人员必须按作息时间上下班(含节假日值班),做到不迟到、不早退、不溜岗、不串岗。」 — " + STAFF + " — " + NONE + ". " + NODATE),
        S(["二", "2"], [], [],
          note="「2、社区工作人员参加会议、外出公务等应事先向社区书记(主任)报告,社区书记(主任)应向副书记或副主任告知,确保干部去向明了。」 — " + STAFF +
               "; the 书记／主任 are persons (" + PERSONS + ") — " + NONE + ". Telling one's superior where one goes is a person's notice of "
               "their own absence, no report of the plan's work (round 42: a filing on one's own business): no duty. " + NODATE),
        S(["二", "3"], [], [], targets=[(2, "天")],
          note="「3、请假实行分级管理。社区工作人员请假2天以内的(含2天),由社区书记(主任)同意;2天以上经社区书记(主任)同意,报街道分管领导批准。…病事假、年休假…均需填写"
               "《社区居委会工作人员请假(休假)申请表》,按审批程序及权限审批后交街道城管科备案,以便年终时统计。」 — " + LEAVE + "; 街道城管科 is the "
               "receiver of the filing (rule 3) — " + NONE + ". 2天以内／2天以上: a threshold joined to a comparison word that picks the step is "
               "a target wherever it stands (round 30; round 32's 以内), one value however many times printed (Round 105 on x375_01 专栏1): 2 天. "
               "年终时 is the purpose of the filing, no date of the item's work: " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves that give work: 一/3, 一/4, 二/1–3. 一/1 「社区工作人员必须遵守国家的法律法规和街道的各项规章制度,爱岗敬业、忠于职守、廉洁奉公,求真务实、勤奋工作,努力"
            "提高自身政治素质和业务能力。」 and 一/2 「认真做好本职工作,同志之间团结友善,以诚相待,互相尊重,社区各项工作要积极配合、相互协作。」 name keeping to "
            "other texts' rules, qualities and a catch-all of one's own job, no act (" + TEXTRULE + ") — no tasks (RULING? 10: 7, every "
            "line a leaf, accepted). " + NOUNITS + " (the page names the staff, persons, and the street's desks only as approvers and "
            "receivers)",
            "the preamble is the purpose and basis (round 30's general provisions); 一、工作纪律 and 二、考勤要求 have numbered children"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x379_05_shequ-juweihui-kaoqin-zhidu.txt"
plan(X05,
     title="社区居委会考勤制度",
     title_note="line 9, the piece's own head (round 48), printed as the site's headline on lines 1 and 5 too; line 3's 时间 line and line 7's "
                "小编 blurb are the site's (Round 91 on x336_01)",
     doc_no="", issuer="a 社区居委会 (under 办事处 / 街道社区建设办公室) — unnamed", date="not shown (the site's 2020-09-03 dates nothing)",
     level="community (a 社区居委会's own attendance rules under its street office)",
     source=source("http://yjbys.com/zhidu/2037406.html"),
     style="a 范文 site's page: headline, 时间 line, headline, the 小编 blurb, the head, a preamble 「…特规定如下:」 and 一、–三、 as three "
           "childless paragraphs (indented with two spaces), 三 CUT at 「杜绝事」",
     leaf_tasks=3, count_alternatives=[0],
     attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note="「一、社区居委会要建立严格的考勤制度。考勤工作由社区居委会主任亲自抓,每月考勤表要由社区居委会主任签字,社区居委会主任签字后,于每月25日前上报街道"
               "社区建设办公室内勤。」 — " + CHILDLESS + ". 社区居委会 with 建立 (" + CALL + "); 由社区居委会主任 is a person (" + PERSONS +
               ") — " + NONE + ". 每月25日前 is a recurring date, no deadline (round 34; Round 91 on x335_02 第十四条): " + NODATE +
               "; the monthly sheet sent up is a duty (below)"),
        S(["二"], [], [],
          note="「二、社区工作者要认真执行作息时间,按时上下班。每周一至周五,办公时间为:上午9:00-12:00,下午1:00-5:00;双休日按值班表的排班顺序值班,不得空岗。」 — "
               + CHILDLESS + "; " + STAFF + " — " + NONE + ". Clock times are no targets (round 25). " + NODATE),
        S(["三"], [], [], targets=[(3, "天"), (5, "天")],
          note="「三、社区工作者休病、事假需向书记、主任提前请假。病、事假三天以内(含第三天)由社区居委会主任批准;病、事假五天以内(含第五天)由社区居委会报办事处社区建设"
               "办公室批准;…上报办事处社区建设办公室备案,…杜绝事」 — " + CUT + "; " + CHILDLESS + ". " + LEAVE + "; 由社区居委会报…批准 is a "
               "sending for the office's approval, a step of its decision (Round 93 on x341_01 第十二条; Round 89 on x329_04 第九条) — " +
               NONE + ". 三天以内／以上 and 五天以内／以上: thresholds joined to comparison words that pick the step (round 30; round 32's 以内): "
               "3 天, 5 天. " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每月考勤表由社区居委会主任签字后上报街道社区建设办公室内勤", "when": "于每月25日前", "when_norm": "monthly (by the 25th)",
              "note": "一: a body's monthly report of its own records to the office above is a recurring reporting rhythm (plans-dev EXPECTED.md "
                      "duties; Round 99 on x363_01: a body's records filed with the body above; Round 91's governs on x335_02 第十三条)"}],
     notes=["3 leaves: the three childless points, each binding by 要／需 (" + CHILDLESS + "). Accepted: 0 (childless top-level points read "
            "as sections, plans-dev lines 21–25)",
            "the preamble 「为适应…特规定如下:」 is the purpose (round 30's general provisions)"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x379_06_shequ-gongzuo-renyuan-shangban-gongzuo-jilv-zhidu.txt"
plan(X06,
     title="社区工作人员上班工作纪律制度",
     title_note="the piece's own head, printed twice at the start of the one stored line (Round 104's governs on x372_06: the doubling is the "
                "page's layout) and run into its preamble (Round 102 on x368_03)",
     doc_no="", issuer="a 社区居委会 under its 街道 (「街道有关规定」, 街道办事处主任, 党政办) — unnamed", date="not shown",
     level="community (a 社区居委会's own work rules for its staff, under its street)",
     source=source("https://www.xiaomilidoc.com/p-12631184.html"),
     style="one stored line: the title twice, the preamble, 一、–四、 each a heading 「严格…制度／纪律」 with its text run on, 五、考勤结果的奖惩"
           "规定 over 1、, CUT at 「当月」; spaces inside figures where the docx broke 「2 天」「3 天」「(重 大疾病除外)」",
     leaf_tasks=5, count_alternatives=[4],
     attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], **at(X06, "一、"),
          note="「一、严格日常考勤管理制度 社区居委会实行考勤签到(离)制度,明确专人负责登记考勤,每月向街道报送考勤汇总表。对缺勤者根据街道有关规定进行处理。」 — a "
               "childless point whose heading names the work (严格…制度) and whose text gives it (" + CHILDLESS + "). 社区居委会 with 实行 ("
               + CALL + "); 明确专人负责 staffs the work (Round 90's governs on the staffing form) — " + NONE + ". " + NODATE +
               "; the monthly sheet is a duty (below)"),
        S(["二"], [], [], **at(X06, "二、"),
          note="「二、严格外出办事报告制度 社区居委会工作人员外出办事实行报告制度。外出办事半天内经社区分管领导同意,半天以上由考勤员登记备查。…视为旷工,将根据街道"
               "有关规定严肃处理。」 — " + STAFF + "; 由考勤员 is a person (" + PERSONS + ") — " + NONE + ". 半天 prints no figure. " + NODATE),
        S(["三"], [], [], targets=[(1, "天"), (3, "天")], **at(X06, "三、"),
          note="「三、严格请假审批制度 请假审批程序:一天以内,一般工作人员向社区分管领导请假, 2 天内,经社区分管领导同意后报街道分管领导审批,3 天以上(含3 天)由街道办事处"
               "主任审批;社区主任(书记)半天以内,…告知党政办,12天,报街道办事处主任审批,3 天以上报街道党委书记审批。…在特护期或街道中心工作期间,社区所有人员不得休假…」 — "
               + LEAVE + "; 党政办 receives a notice (rule 3) — " + NONE + ". 一天以内 and 3 天以上: thresholds joined to comparison words "
               "(round 30; round 32's 以内): 1 天, 3 天; 「2 天内」 prints 内, not 以内, and 「12天」 no comparison word: unchecked. " + NODATE),
        S(["四"], [], [], **at(X06, "四、"),
          note="「四、严格上班工作纪律 按作息时间按时上下班,不随意迟到,早退。有事外出实行报告制度,上班时间,不准串岗、聊天、玩电子游戏、…等做与工作无关的事。」 — " +
               STAFF + " — " + NONE + ". " + NODATE),
        S(["五", "1"], [], [], targets=[(3, "天")], **at(X06, "1、"),
          note="「1、旷工者当年一律不评优,当月旷工 1 天者,由社区分管领导进行批判教育;当月旷工 2 天者在全体工作人员例会上进行书面检讨;当月旷工 3 天以上者报社区“两委”"
               "班子讨论处理;当月」 — " + CUT + "; the community's own scale of responses to its staff's absence, each step taken by its "
               "persons (由社区分管领导, " + PERSONS + ") or sent up to the 两委 (a sending names none, Round 93 on x341_01 第十二条) — " + NONE +
               ". 3 天以上 is a threshold joined to a comparison word that triggers the body's step, a target wherever it stands (round 30; "
               "Round 93 on x346_03 第四十九条 「3次以上」): 3 天; 1 天, 2 天 print none (unchecked) — RULING? 11 (the whole line the scale of a "
               "sanction, no task and no target, round 32: 4 accepted). 当年／当月 date nothing: " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "每月向街道报送考勤汇总表", "when": "每月", "when_norm": "monthly",
              "note": "一: a body's monthly report of its own records to the street above is a recurring reporting rhythm (plans-dev "
                      "EXPECTED.md duties; Round 99 on x363_01; the model's readings of monthly reports)"}],
     notes=["5 leaves: 一、–四、 (childless points that give work, " + CHILDLESS + ") and 五/1 (CUT). Accepted: 4 (五/1 read as the sanction "
            "scale, RULING? 11)",
            "「12天」 in 三 (a slip for 1–2天) is kept as printed; the spaces inside 「2 天」「重 大」 are the docx's"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x379_07_yonghezhen-dongzhi-senlin-fanghuo-tongzhi.txt"
plan(X07,
     title_note="no title checked: the stored page opens with the site's 「朗读」 and the addressee line; it prints no title and no site "
                "heading (round 48: what is not printed is not supplied); the attachment names 「1、永和镇森林防火责任制落实表」 are not the "
                "notice's title",
     doc_no="", issuer="永和镇人民政府 (its signature line; 上虞区 by the site's path)", date="cut at 「二」 (the year lost)",
     level="town over its villages and town units (「各行政村、镇属有关单位:」)",
     source=source("http://nbxinxi.com/a/shangyuqu/20210602/200576.html"),
     style="a news site's page: 「朗读」, the addressee line, a preamble 「…特通知如下:」, 一、 and 二、 as headed childless paragraphs "
           "(一是…二是…三要 run in 一), 「附:1、…2、…」 attachment names, the signature and 「二」 of the cut date",
     leaf_tasks=2, count_alternatives=[0],
     attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各村"], dl="特别是在冬至、春节等农俗节日", skip_deadline=True,
          note="「一、认真部署,确保各项措施到位 森林防火重在落实,各村对森林防火形势要有清醒认识,…一是确保防火责任落实。…二是确保宣传措施落实。…三要确保管理措施落实,"
               "…镇护林管火队员要严守岗位,各村要建立管火队伍,特别是在冬至、春节等农俗节日要组织专人巡山,进山路口专人值班,落实巡护责任,…」 — " + CHILDLESS +
               "; 一是…三要 run in a paragraph are its text, no numbering (round 37; Round 105 on x375_02 四、). 「A组织B＋verb」 makes A the doer "
               "(round 30), and 各村 carries inside its sentence to 落实巡护责任 (round 34; Round 100's carry); it names only part of the "
               "addressee line 「各行政村、镇属有关单位」, a kind with a rule-2 verb (Round 91 on x336_07 二); 镇护林管火队员 are persons — [各村], "
               "lead [] (accepted as lead). The festivals are printed in the item, but the notice's year is lost with its date line: no "
               "year to fill (round 48; Round 99 on x360_02) — deadline unchecked",
          lead_alternatives=[["各村"]]),
        S(["二"], [], [],
          note="「二、及时查处,坚决依法治火 在扑救森林火灾的同时,镇政法、林业等部门要立即查清火灾原因,严肃处理相关人员,对森林火灾肇事者及时报请上级监察、公安、林业等"
               "部门,要依法从快严惩,…必须按照相关规定追究责任决不手软。」 — " + CHILDLESS + ". 镇政法、林业等部门 with 查清, 处理 (" + CALL +
               ") — " + NONE + " — RULING? 12 (the whole work is the response to a fire, round 30's clarification: [镇政法、林业等部门], "
               "accepted). 报请上级…部门 hands the offenders' case to the bodies with jurisdiction, no report (Round 91 on x337_03 八、): no "
               "duty. " + NODATE,
          responsible_alternatives=[["镇政法、林业等部门"]]),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一、 and 二、, childless points that give work (" + CHILDLESS + "). 「附:1、永和镇森林防火责任制落实表 2、森林防火宣传标语」 "
            "names attachments: tasks are counted to the 附件 line (plans-dev EXPECTED.md), and the names are no items. Accepted: 0 "
            "(childless points read as sections)",
            "the preamble's 「冬至前后」 is the notice's occasion, dating no item (p44e; rounds 38, 44)"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x379_08_sikengcun-wenming-gongyue.txt"
plan(X08,
     title="泗坑村文明公约",
     title_note="line 2, the piece's own head (round 48); line 1 is the site's breadcrumb and line 3 its 发布时间",
     doc_no="", issuer="泗坑村两委会 (its signature line)", date="not shown (the site's 发布时间 2017-06-05 dates nothing, Round 78's p58d-2)",
     level="village (a 村's 文明公约 for its households, works and shops, on a 村务公开 page)",
     source=source("http://pnzwfw.gov.cn/openInfoContent.action?theID=5408"),
     style="a government 村务公开 page: breadcrumb, title, 发布时间, an indented preamble, 一、–三、 (one paragraph each), a closing paragraph "
           "and the signature 「泗坑村两委会」 (stored whole, 1,275 bytes)",
     leaf_tasks=3, count_alternatives=[0, 4],
     attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], not_targets=[(500, "元")],
          note="「一、各村民户的生活垃圾必须按规定由卫生人员采取摇铃倒垃圾方法,由垃圾车统一运走,或者倒在指定垃圾点,不得乱堆乱倒,违者将令其清理干净并处罚款500元。」 — "
               + VILLAGERS + "; 由卫生人员 names persons (" + PERSONS + "), and 由垃圾车 a vehicle, not a body (round 30: a named body, a kind "
               "or group of bodies; Round 93's facility form reads a facility or vessel bound by 应当 as the party that runs it) — " + NONE +
               " — RULING? 13 ([垃圾车] by 由A＋verb: not accepted). The fine prints no agent (" + CONSEQ + "); " + PENALTY + ". " + NODATE),
        S(["二"], [], [], not_targets=[(1000, "元")],
          note="「二、各工厂、屠点、铺面所生产的废物及建设中的废土等,要与卫生管理人员联系,运载到指定地点堆放,运载费用由事主负责,不得乱倒乱放、违者处1000元罚款(作为清理"
               "误工费用)。…」 — 各工厂、屠点、铺面 with 联系, 运载 (" + CALL + "); 运载费用由事主负责 names who bears a cost, a payer (round 30: 由A承担 "
               "with a cost; Round 103's money line), 事主 the party concerned — " + NONE + " — the three kinds accepted (the parties the 公约 "
               "binds by 要, Round 102's governs on x368_02 read as naming them). " + PENALTY + ". " + NODATE,
          responsible_alternatives=[["各工厂", "屠点", "铺面"]]),
        S(["三"], [], [], targets=[(50, "%")],
          note="「三、村道、水沟、溪、大池等公共场所,村民要自觉爱护,不准乱排乱倒垃圾、杂物和废土,污染环境卫生,违者责令其清理干净并处罚款。」 with the closing paragraph "
               "「各村民要共同努力,自觉遵守并互相监督,对违反公约的要及时举报,如举报属实,将给予处罚金百分之五十的奖励,并为举报人保密。」 as its body (round 32: an "
               "unnumbered paragraph after the last item that gives work is that item's body) — " + VILLAGERS + " — " + NONE + ". 百分之五十: "
               "a rate the rules fix for the money they move is a target (round 25's 「每户补贴2000元」; Round 93's turned x341_04 第八条 1 %) — "
               "50 % — RULING? 14 (a reward on a fine, the scale of a sanction, round 32: unchecked). The villagers' 举报 is an order to "
               "whoever meets a breach, no duty of the plan's bodies (Round 101 on x367_01 5.1.1; Round 80). " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一、–三、, each binding the village's households, works or villagers (" + VILLAGERS + "), the closing paragraph 三's "
            "body. Accepted: 4 (the closing paragraph as its own task, round 38), 0 (childless points read as sections)",
            "the preamble 「…现制定如下公约,希村民们共同遵守执行:」 is the purpose (round 30's general provisions); 「泗坑村两委会」 is the signature"])

write_collected(DIR)
