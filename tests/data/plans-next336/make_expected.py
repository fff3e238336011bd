# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next336/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c336, round 64, for round 65: eight page openings of festival-season plans and
notices from outside Shanghai — a 镇's 冬至、元旦 森林防火 notice to 各村(居)委会、中小学校 (piece 1 of a 范文 site's
「节假日期间森林防火工作通知范文5篇」; 一–三, 15000份 letters, 冬至前夕, 三 CUT); a 县's 2018 春节期间 森林防火 notice to 各乡镇政府、
防火指挥部成员单位 (一 落实…负责制, 二 CUT); 开化县教育局's 2008 清明 放假 notice to its schools (1、 with its dates lost, 2、–4、,
放假前／放假期间, 一次 教育, 24 小时, a roster line cut before its date); a ___市总工会's 五一 系列文体活动 plan ((一)–(五) with
numbered 主办单位／协办单位／时间 lines, the year masked 20__); a 镇's 庆「七一」 系列活动 策划方案 (一、活动原则, 二/1–5: 镇机关党支部
组织…开展一次, 各党支部通过组织…, 5 CUT); a 乡政府's 七一建党节 主题活动方案 (建党101周年; 一、活动主题, 二/1–4 headed items, 各支部组织…,
4 CUT); a 县教育局's 2021 中秋节、国庆节 放假 notice (a document site's preview run in on one line with chunk marks 「1、」「2、」「3、」;
一/1–4, 二, 三 CUT, 节日期间／放假期间); 西市街道's 「敬老月」 活动实施方案 (一、活动主题 with 各社区…贯彻落实, 二、组织领导 with an office
承办…事宜, 三/(一) CUT)): never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the
text (by ``locate`` and ``at_line_in`` of ../plans/expected_tools.py); every answer was written here by reading the texts,
under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited in the notes; readings CONVENTIONS does not settle
say RULING?). Neither the parser nor the scorer was run on these plans by c336.

    PYTHONPATH=. python tests/data/plans-next336/make_expected.py tests/data/plans-next336
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
CALL = ("a kind is a doer only by a rule-2 verb (Round 80's p59c-1; Round 83 on x316_01 十), 要／应 changing nothing (Round 74's "
        "x295_03); 开展 without 组织, 进行, 做好, 加强, 提高, 制订, 实行, 宣传 are outside the closed list (round 30)")
CHILDLESS = ("a childless top-level point that gives work — a rule-2 doer, or an instruction 「要…」「应…」 to the plan's bodies — is a "
             "task in a document of numbered items too (Round 84's p61c-1)")
AIMS = ("a childless top-level aims or principles point (目标, 指导思想, 总体要求, 基本原则, and a 活动主题 that only states the theme) "
        "is a section unless a clause of it makes a body a doer by rule 2 (Round 80's aims form; plans-dev EXPECTED.md lines 21–25; "
        "Round 84's p61c-1; Round 89 on x332_06), no task and no sample")
FEST = ("a festival's period in an item's own text dates it by the festival's month in the plan's year, the holiday the notice prints "
        "fixing which (round 46's p44e; Round 87 turned x324_07 二 and x324_08 (一)(二)(四); Round 89 on x330_02)")
NOYEAR = ("no year is printed anywhere in the text (a masked 「xx周年」「20__」「[**]」 and a site's date are no plan's year): only what "
          "is printed is read (round 48), and a mask is filled only from a fact the text prints (round 50; Round 85 on x318_02 and "
          "x320_07; Round 89 on x330_05): the deadline is written as printed and not checked")
CUTLINE = ("a cut line is a task where it prints a verb of work (round 71; Round 88 governs on p63e-1)")
CHUNK = ("the document site's chunk marks 「1、」「2、」「3、」 at line starts cut words and are chrome, no items (as c320 read x320_02's "
         "「党 / 2、委」 and c332 x332_05's 「群 / 3、租房」; Round 87 confirming x326_02's dates with that reading)")
ADDRESSEES = ("a pair that calls back the notice's whole addressee line is a call to all (Round 89 governs on x330_02: 「局属各单位、机关各"
              "科室:」 then 「各单位、各科室要…落实…责任制」 names none)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x336_01_zhen-dongzhi-yuandan-senlin-fanghuo-tongzhi.txt"
D01 = dict(skip_deadline=True)
plan(X01,
     title="节假日期间森林防火工作通知范文",
     title_note="line 4, the compilation's headline 「节假日期间森林防火工作通知范文5篇」 less its count mark 「5篇」: the piece (line 6) "
                "prints only 「(篇一)」 and no title of its own, and the headline's words name this piece's kind (a 森林防火 notice for "
                "holidays, here 冬至 and 元旦), so the site's heading stands (Round 87 governs on x324_02: only where it names the "
                "piece and the text prints none; round 65's x275_03), 范文 kept before the mark as Round 87 confirmed 「文明村创建实施方案"
                "范文」 for x326_03. RULING? 1: 「节假日期间森林防火工作通知」 (范文 a site's marker, as c332 read x332_02) or no title "
                "(a headline over five pieces, Round 83 on x314_06's 「…(熱門18篇)」) are the other readings, not written",
     doc_no="「莆城森防指[**]21号」 is the higher document cited (masked); the notice's own number is not shown",
     issuer="a 镇 (「我镇」「全镇」; 「莆城森防指」 above it; the name is not shown)", date="not shown (no year printed)",
     level="town over its villages and schools (各村(居)委会、中小学校; 包片领导, 包村干部, 护林员)",
     source=source("http://6dgww.com/Article/15093828.html"),
     style="a 公文 site's page: its banner (line 1), the compilation headline 「…范文5篇」, the piece mark 「(篇一)」, the addressee line, "
           "a preamble, then 一、二、三、 run-in headings each on its own line with its paragraph after a blank line, CUT in 三 at "
           "「特别」",
     leaf_tasks=3, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note="「各村(居)要认真吸取过去冬至扫墓及元旦期间一线地方森林火灾高发损失大的教训,防止…,提高警惕,加强领导,周密部署,认真总结推行往年冬至及元旦期间森林防火经验与做法。"
               "各包片领导及包村干部要下村督导,指导检查村干部、护林员开展防范工作,确保各项防控措施得到全面的落实。」 — " + CHILDLESS + ". Units: 各村(居) is "
               "a kind whose verbs (吸取, 防止, 加强, 部署, 总结推行) are outside the closed list (" + CALL + "); 包片领导, 包村干部 are "
               "persons (" + PERSONS + "), and 落实 stands as 得到's object, a noun (Round 81's x308_09) — " + NONE + ". Date: the "
               "冬至 and 元旦 the item names are past ones (「过去…的教训」「往年…经验」), no period of its own work, and the page prints no "
               "year anyway — " + NODATE),
        S(["二"], [], [], targets=[(15000, "份")], dl="冬至前夕", **D01,
          note="「冬至前夕,各村(居)要充分利用宣传车、广播…等宣传手段,开展形式多样…的宣传教育活动,大力提倡文明扫墓,…。印发《致农民朋友的一封信》15000份和《大手拉小手,防火一起走"
               "---致学生家长的一封信》15000份,并安排全镇中、小学校教师、镇、村两级干部进村入户宣传。各交通路口要采用…办法对进山入林扫墓人员进行针对性的宣传,…」 — "
               + CHILDLESS + ". Units: 开展 without 组织, 印发 with no subject, 安排, 进行 (" + CALL + "); 各交通路口 is a place — " +
               NONE + ". Target: 「印发…15000份」, the copies the item's own work prints — a number of work (round 49's own numbers of "
               "work 「改造100户」; Round 87 on x328_02: a count of work the item sets), written once for the two letters. RULING? 2: "
               "no target (a count with no comparison word, round 30's line) is the other reading, not written. Date: 「冬至前夕」 "
               "names the eve of the festival (round 40's 「在春节前」; round 46's p44e), but " + NOYEAR),
        S(["三"], [], [],
          note="「各村(居)干部和护林员要加大对坟山、墓葬集中区域的检查和巡查,实行重点防范,在重点地段和主要进山路口,特别」 (" + CUT + ") — the line prints 加大 and 实行, "
               "so it is kept as far as printed (" + CUTLINE + "); 干部 and 护林员 are persons (" + PERSONS + "; round 36's 护林员) — " +
               NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一, 二, 三 (三 CUT), each a childless top-level point with 要 (" + CHILDLESS + "); none is an aims point",
            "the page prints no year: 「莆城森防指[**]21号」 is masked and the site gives no date, so no deadline is checked",
            "「(篇一)」 is a piece mark, chrome (Round 81's x308_01 【第一篇】; Round 83 on x314_06)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x336_02_xian-2018-chunjie-qijian-senlin-fanghuo-gongzuo-tongzhi.txt"
plan(X02,
     title="xx县2018年春节期间森林防火工作通知",
     title_note="line 8, the notice's own title line as printed (「xx」 lower case); line 1 「XX县2018年春节期间森林防火工作通知」 is the "
                "site's headline, which stands only where the text prints no title (round 65's x275_03; Round 89 on x330_05)",
     doc_no="", issuer="a 县 (「我县」, masked 「xx县」; its 森林防火 指挥 is implied by the addressees 防火指挥部成员单位)",
     date="2018 (the title's 「2018年春节」; the site's 2018/2/8 posting date is the site's)",
     level="county over its towns and the fire-prevention headquarters' member units (各乡镇政府、防火指挥部成员单位)",
     source=source("http://mswk.cn/Article/ShowArticle.asp?ArticleID=124221"),
     style="a member site's preview: the site's headline, its poster line, 「内容预览:」, the notice's title, the addressee line, a "
           "preamble, 一、 and 二、 run-in headings on lines of their own with a paragraph each (indented by spaces), 二 CUT by the "
           "site's 「…………」 and its sign-up lines",
     leaf_tasks=2, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], responsible_alternatives=[["各乡镇"], ["各乡镇", "相关单位"]], dl="春节期间", dln="2018-02",
          note="「各乡镇及相关单位要充分认清…形势,…对春节期间森林防火工作进行再安排、再部署,严格落实森林防火行政首长负责制,务必做到主要领导亲自抓,分管领导全程抓。进一步细化责任,切实"
               "落实包保责任制,把防火责任落实到具体岗位、具体人员和具体地块,…确保春节期间森林防火工作秩序不乱…」 — " + CHILDLESS + ". Units: 落实 with a 责任制 "
               "as its object places the duty (round 46; Round 85 on x318_02; Round 87 on x326_10), but its subject 「各乡镇及相关单位」 "
               "calls back the notice's addressee line 「各乡镇政府、防火指挥部成员单位」 (乡镇 ↔ 乡镇政府, 相关单位 ↔ 成员单位): " + ADDRESSEES +
               "; 主要领导, 分管领导 are persons — " + NONE + ". RULING? 3: 各乡镇 a kind apart from the bare 相关单位 (round 30: a "
               "kind with a rule-2 verb 「各区要落实…」 is a doer; Round 85 on x319_02 四: the bare 相关单位 a call) gives [各乡镇], "
               "accepted; both names as doers [各乡镇, 相关单位] accepted too. Date: 「春节期间」 in the item's own text — " + FEST +
               ": 2018's 春节 fell on 16 February → 2018-02"),
        S(["二"], [], [],
          note="「各乡镇及相关单位要深入宣传贯彻《森林法》、《森林防火条例》及《xx省森林防火规定》等法律法规,扩大宣传教育的广度和深度,把景区、国有林区、环京乡村等重要位置作为宣传重点,"
               "大力宣传有关法律法规和安全用火基本常识,切实增强全民安全防火意识…………」 (" + CUT + ": the site's 「…………」 and its member lines) — " +
               CHILDLESS + "; 宣传贯彻, 扩大, 宣传, 增强 are outside the closed list (" + CALL + ") — " + NONE + ". The item names no "
               "festival period of its own (the preamble's 春节 dates nothing alone: rounds 38, 44) — " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一, 二 (二 CUT), childless top-level points with 要 (" + CHILDLESS + ")",
            "lines 1–5 and 23–25 are the site's (headline, poster, 「内容预览:」, 「全文共1503字…」 and the sign-up lines): no items; "
            "「1503字」 is the site's count"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x336_03_kaihua-xian-jiaoyuju-2008-qingming-fangjia-tongzhi.txt"
HOLIDAY = ("「放假前」「放假期间」 in the item's own text name the holiday the notice prints in its lead-in (「我县学校清明节放假」): " + FEST +
           ", as round 40's 「在春节前」 does; 清明 2008 fell on 4 April and the notice is dated 二○○八年四月二日 → 2008-04")
plan(X03,
     title_note="no title checked: the stored opening begins with the site's 「朗读」 and the addressee line and prints no title line "
                "(Round 77 on x303_05: only what is printed is read); the 主题词 line 「学校 清明节 放假 通知」 is a keyword field, no title",
     doc_no="", issuer="开化县教育局 (its 办公室 signs; 开化, 衢州, 浙江 — the site's nbxinxi kaihuaxian)",
     date="2008-04-02 (「二○○八年四月二日」)",
     level="county bureau over its schools (各县属学校、乡镇中心学校、北小及华小)",
     source=source("http://nbxinxi.com/a/kaihuaxian/20210625/342120.html"),
     style="a mirror site's page: 「朗读」, the addressee line, a one-line lead-in, 1、–4、 one line each (1、「放假时间:」 with its dates "
           "lost), an unnumbered line 「各校要将清明节学校值班安排表于」 cut before its date and verb, the date, 主题词, 抄送 and the signing "
           "office",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["2"], [], [], dl="在放假前", dln="2008-04",
          note="「2、做好放假工作。各城区学校、乡镇中心学校要在放假前与相关客运公司、有关学校做好衔接、沟通,制订科学的放假方案,切实做好本校内学生的放假工作,杜绝…,确保学生平安回家。」 — "
               "the schools' verbs (做好, 制订, 杜绝) are outside the closed list (" + CALL + "), and 相关客运公司, 有关学校 are whom they "
               "liaise with — " + NONE + ". Date: " + HOLIDAY + ". RULING? 4: 「放假」 names no festival in the item's own words, so the "
               "lead-in's 清明 dates nothing alone (rounds 38, 44; round 46's p44e) and the item has no deadline — the other reading, "
               "not written (the same for 3、 and 4、)"),
        S(["3"], [], [], targets=[(1, "次")], dl="在放假前", dln="2008-04",
          note="「3、各校应在放假前对全体师生进行一次遵规守纪和森林防火的专项安全教育,…。放假期间,严禁野外用火,…学生外出必须有大人管带,…。放假期间如无特殊情况,任何学校(单位)不准组织"
               "师生进行一切集体活动(…)。对因故滞留在校的学生,学校要安排教师做好管理工作,…」 — 各校 进行 and 学校 安排 are outside the closed list (" + CALL +
               "); 「任何学校(单位)不准组织…」 is a ban (组织 negated names no doer), 学生 and 教师 persons — " + NONE + ". Target: 「进行一次…"
               "专项安全教育」, the events the item sets for its work — 1 次 (Round 87 on x328_02 「…完成跨层级监管一次」; Round 84's p61e-1: "
               "1 次 included). Date: " + HOLIDAY),
        S(["4"], [], [], not_targets=[(24, "小时")], dl="放假期间", dln="2008-04",
          note="「4、各校要十分重视放假期间的学校安全工作,安排好假期的值班护校工作,实行 24 小时值班制度,确保学校学生安全。放假期间,校长和单位负责人的手机必须 24 小时开机。」 — "
               "重视, 安排, 实行 are outside the closed list (" + CALL + "); 校长, 单位负责人 are persons (rule 3's 负责人) — " + NONE +
               ". Not a target: 「24 小时值班制度」 names a kind of duty system (Round 87 on x324_08 「24小时值班制度」), and 「手机必须 24 小时开机」 "
               "is the same norm with no comparison word (round 30's line). Date: " + HOLIDAY),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 2、3、4、. 1、「放假时间:」 prints only its label, its dates lost on the page: a holiday calendar gives no work "
            "(Round 89 on x330_01 一), and a label alone carries no text of work. Accepted: 4 (1、 kept by a reader that counts every "
            "numbered line). RULING? 5",
            "the line after 4、 「各校要将清明节学校值班安排表于」 is cut before its date and its verb: an unnumbered line after the last item is "
            "that item's body where it goes on with its work (round 32), here a sending of the roster, but the page prints neither the "
            "day nor the verb (报／报送), so no duty is written (round 71: a cut line gives only what it prints). RULING? 6: an undated "
            "duty (the roster sent up, as Round 89 read x330_01's 报告) is the other reading, not written",
            "the 抄 line (市教育局, 县委办, 县府办, a 副县长) names receivers of copies, no units; 「李华蓉」 is a published name"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x336_04_shi-zonggonghui-wuyi-xilie-wenti-huodong-fangan.txt"
D04 = dict(skip_deadline=True)
LABEL = ("the numbered line 「1、主办单位:…」 with the lines under it and 「协办单位:…」 is the item's label (" + R1 + "; round 44 on x226_02: "
         "a 主办单位 line inside the section over its items is their label), read as 「由A主办、B协办」: lead the hosts, responsible "
         "the hosts and the co-hosts in printed order (round 42's 「主办单位：A；承办单位：B」 → lead A, responsible A and B; round 44 on "
         "x227_07: a 协办单位 label keeps its names), the masked names kept as printed (round 44; Round 74's x294_04); lead [] is "
         "accepted (round 44: x226_02's empty lead stays accepted)")
FIELDS = ("the numbered lines under each (一)–(五) only name who hosts, who enters, when and where: lines naming no act leave the "
          "point the leaf (Round 85 on x317_02 三、; Round 86's (a); Round 89 on x330_03)")
plan(X04,
     title_note="no title checked: the stored opening begins with the plan's preamble and prints no title line (Round 77 on x303_05)",
     doc_no="", issuer="___市总工会 (masked; 「___市」, its 委文明办, 广电局, 度假区管委会 beside it)",
     date="not shown (「第___个」, 「20__年」 masked)",
     level="a city federation of trade unions over its system and grassroots unions (系统工会、基层工会)",
     source=source("https://m.zgxue.com/wenku/arab/8xje1enD6r"),
     style="a document site's page: a preamble, 一、活动主题 (one paragraph), 二、活动内容 (一)–(五), each a heading line over numbered "
           "field lines 「1、主办单位:…」 (the hosts one a line, the label printed once), 「协办单位:…」 (unnumbered), 「2、参赛对象:」, "
           "「3、竞赛时间:20__年5月7日——8日」 …; the page ends at (五)'s 「2、参加单位:市交警大队」",
     leaf_tasks=5, count_alternatives=[15], attachment_task_rows=0, childless_top_level_sections=["一、活动主题"],
     samples=[
        S(["二", "(一)"], ["___市总工会", "___市委文明办", "___市文化体育新闻出版局"],
          ["___市总工会", "___市委文明办", "___市文化体育新闻出版局", "中国____有限公司___分公司"],
          lead_alternatives=[[]], dl="20__年5月7日——8日", **D04,
          note="「(一)“争创文明城职工当先锋”知识竞赛 1、主办单位:___市总工会 / ___市委文明办 / ___市文化体育新闻出版局 / 协办单位:中国____有限公司___分公司 / 2、参赛对象:"
               "系统工会、基层工会组队报名参赛 / 3、竞赛时间:20__年5月7日——8日 / 4、竞赛地点:一中报告厅」 — " + FIELDS + ". Units: " + LABEL + "; the two lines "
               "with no label after 「1、主办单位:___市总工会」 go on with its names, read where the page prints them (round 48; plans-dev "
               "06–12 flatten a cell one name a line). 「参赛对象」 names who enters, applicants (round 30), no units. Date: 「20__年5月7日"
               "——8日」 — " + NOYEAR + ". RULING? 7: lead [] (the hosts responsible, no lead named) is accepted; the two unlabelled "
               "lines read as names of no label (hosts only 「___市总工会」) are the other reading, not written"),
        S(["二", "(二)"], ["___市总工会", "___市风景名胜区管理委员会"],
          ["___市总工会", "___市风景名胜区管理委员会", "各系统工会", "基层工会"], lead_alternatives=[[]], dl="20__年4月26日", **D04,
          note="「(二)“美丽___职工漫步游”活动 1、主办单位:___市总工会 / ___市风景名胜区管理委员会 / 协办单位:各系统工会、基层工会 / 2、活动时间:20__年4月26日 / "
               "3、活动线路:__」 — " + FIELDS + ". Units: " + LABEL + "; 「各系统工会、基层工会」 split on 、 (plans-dev EXPECTED.md), each a "
               "kind kept in a label (round 33). Date: " + NOYEAR),
        S(["二", "(四)"], ["___市总工会"], ["___市总工会", "宣传媒体单位"],
          responsible_alternatives=[["___市总工会", "___市委报道组", "___市广电局", "___市电视台", "___资讯等宣传媒体单位"],
                                    ["___市总工会", "___市委报道组", "___市广电局", "___市电视台", "___资讯", "宣传媒体单位"]],
          lead_alternatives=[[]], dl="五一期间", **D04,
          note="「(四)劳模风采宣传活动 1、主办单位:___市总工会 / 协办单位:___市委报道组、___市广电局、___市电视台、___资讯等宣传媒体单位 / 2、活动时间:五一期间」 — " +
               FIELDS + ". Units: " + LABEL + "; the names before 等 stand for the kind named after it, no names of their own (Round 87 "
               "confirmed x325_02 第二十二条 「…街道办事处、园区管委会等政府派出机构」 → 政府派出机构; Round 85 on x317_01 第三条), and only where the "
               "words after 等 are the bare call 相关单位 are the printed names kept (Round 89 governs on x329_04): [___市总工会, 宣传媒体单位]. "
               "RULING? 8: a label keeps every name as printed (round 44 on x227_07; round 33) gives the four printed names (or the "
               "four with 宣传媒体单位 apart), both accepted. Date: 「五一期间」 names the festival's period (" + FEST + "), but " + NOYEAR),
        S(["二", "(五)"], ["___市总工会"], ["___市总工会", "___市度假区管委会工会联合会", "市交警大队"],
          responsible_alternatives=[["___市总工会", "___市度假区管委会工会联合会"]], lead_alternatives=[[]],
          note="Round 91 (turned; round 42's field inside an item over Round 89's decided plan-level field): a 参加单位 list inside "
               "one item's fields is that item's responsible units (round 42; round 43; round 65's x278_02 参演单位); Round 89's "
               "x330_05 reached only a top-level point giving units to other sections — responsible [___市总工会, "
               "___市度假区管委会工会联合会] → + 市交警大队 after them (the builder's list stays accepted; RULING? 9). 「(五)工人先锋号服务队志愿者活动日 1、主办单位:___市总工会 / 协办单位:___市度假区管委会工会联合会 / 2、参加单位:市交警大队」 (the page ends here) — " +
               FIELDS + ". Units: " + LABEL + ". 「参加单位:市交警大队」 names who takes part, a composition, members (rule 3; Round 87 on "
               "x324_05 二/(一); Round 89 decided x330_05's 参与单位 field) — the builder's reading, still accepted. RULING? 9: a 参加单位 line inside the item read as a label of "
               "those who carry it out (Round 83's decided 「具体组织单位:」 on x312_04) adds 市交警大队 — the reading Round 91 took. The item prints no "
               "date — " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 二/(一)–(五) ((五) as far as the page prints). " + FIELDS + ". Accepted: 15 (every numbered field line "
            "read as a leaf: (一) 4, (二) 3, (三) 4, (四) 2, (五) 2). RULING? 10",
            "一、活动主题 is a theme point with no 要／应 and no rule-2 doer (「在全市范围内开展…系列活动」 has no subject): " + AIMS,
            "the preamble's 「___市总工会计划在五一期间举办…系列文体活动」 is the plan's own statement, no item; (三) 「___市劳动模范代表座谈会」 "
            "(主办 ___市总工会, 20__年4月27日, 参加对象 persons) is not sampled"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x336_05_zhen-qing-qiyi-xilie-huodong-fangan.txt"
D05 = dict(skip_deadline=True)
plan(X05,
     title_note="no title checked: the stored opening begins with the host site's hotline (lines 1–2) and the plan's preamble, "
                "and prints no title line (Round 77 on x303_05)",
     doc_no="", issuer="a 镇 (「全镇」, masked 「xx镇」; 镇党委, 镇机关党支部, 各党支部)",
     date="not shown (「纪念建党xx周年」 masked)",
     level="town (镇党委 and its party branches; 各村)",
     source=source("http://ruiyang-ra.com/new/b/1618.html"),
     style="a host site's page (its hotline first): a preamble, 一、活动原则 (one paragraph), 二、活动安排 1、–5、 one line each with a "
           "run-in heading, CUT in 5、 at 「查找」",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=["一、活动原则"],
     samples=[
        S(["二", "1"], [], ["xx镇机关党支部"], lead_alternatives=[["xx镇机关党支部"]], targets=[(1, "次")], dl="“七一”前夕", **D05,
          note="「1、开展警示教育活动。为进一步提高党员干部的党性修养,xx镇机关党支部将于“七一”前夕组织全体党员干部开展一次警示教育活动。」 — " + R2 + ": 「A组织B＋verb」 "
               "names A (round 30: 「区教育局组织各学校开展…」), 将 changing nothing (as 要, Round 74's x295_03), the mask kept as printed "
               "(round 44): [xx镇机关党支部], lead [] (" + ONE + "); the 党员干部 organised are persons. Target: 「开展一次…」 — 1 次, "
               "the events the item sets for its work (Round 87 on x328_02; Round 84's p61e-1). Date: 「“七一”前夕」 is the eve of 1 "
               "July (round 40's 「在春节前」), but " + NOYEAR),
        S(["二", "2"], [], [], dl="“七一”前夕", **D05,
          note="「2、召开七一表彰大会。镇党委将在“七一”前夕对在创先争优活动中涌现出的优秀基层党组织和优秀党员进行集中表彰,同时巡回各村为广大党员上一堂党课。」 — 召开 without 组织 "
               "(heading) and 进行 are outside the closed list (" + CALL + "), so 镇党委 is no doer by form; 各村 are where the 党课 go "
               "— " + NONE + ". 「一堂」 is left unchecked. Date: 「“七一”前夕」 — " + NOYEAR),
        S(["二", "4"], [], ["各党支部"], lead_alternatives=[["各党支部"]], responsible_alternatives=[[]], dl="“七一”前夕", **D05,
          note="「4、组织开展“迎接建党xx周年”活动。“七一”前夕,各党支部通过组织党员回顾党的光辉历程、赞颂党的丰功伟绩活动,坚定其理想信念,激发党员…,掀起创先争优活动高潮。」 — "
               + R2 + ": 各党支部 is the subject of 组织党员回顾…活动, 「A组织B＋verb」 (round 30), a kind with a rule-2 verb (round 30's "
               "clarification): [各党支部], lead [] (" + ONE + "). RULING? 11: 「通过组织…」 read as the means of the clause whose own "
               "verbs (坚定, 激发, 掀起) are outside the closed list gives none — accepted. Date: 「“七一”前夕」 — " + NOYEAR),
        S(["二", "5"], [], [],
          note="「5、开展党建工作“回头看”活动。各个党支部对照年初党建工作的要求,对半年来党建工作进行系统的梳理,总结 经验,查找」 (" + CUT + ") — the line prints "
               "进行, 总结, 查找, so it is kept as far as printed (" + CUTLINE + "); 进行 and 总结 are outside the closed list (" + CALL +
               ") — " + NONE + ". 「年初」「半年来」 name past periods, no date of the item's work — " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["5 leaves: 二/1–5 (5 CUT). 一、活动原则 「庆祝活动要坚持隆重、热烈、节俭、实效的原则,广泛宣传…。活动采取全镇集中组织和各党支部自行安排相结合的办法进行。」 "
            "is a principles point: " + AIMS + "; a principles point stays a section however its verbs read (Round 89 on x332_06). "
            "RULING? 12: its 「要…广泛宣传」 read as an instruction (Round 84's p61c-1) gives 6, accepted",
            "3、 「“七一”期间,镇党委班子成员和各党支部,要积极开展走访慰问…活动」 (not sampled): 班子成员 persons, 开展 without 组织 — a task naming "
            "none; 「纪念建党xx周年」 is masked: no year anywhere, no deadline checked"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x336_06_xiang-2022-qiyi-jiandangjie-zhuti-huodong-fangan.txt"
plan(X06,
     title="七一建党节主题活动方案策划(乡政府)",
     title_note="line 2, the piece's own title line as printed (round 48); line 1 is the site's blurb 「下面是小编为大家整理的2023年度…(2023年),"
                "供大家参考。」 (chrome; its 2023 is the site's, the text's 「建党101周年」 being 2022). RULING? 13: 「(乡政府)」 read as the "
                "site's tag after a title (Round 87 on x325_03 「(联合发文)」: a platform's tag is chrome) gives 「七一建党节主题活动方案策划」 — "
                "the other reading, not written",
     doc_no="", issuer="a 乡 (「我乡」「全乡」, masked 「x乡」; 各支部, 五个村党总[支])",
     date="2022 by the text's own fact 「今年将迎来…建党101周年」 (round 55's x249_06: a printed fact fixes the year); no date is "
          "checked (no item prints a date)",
     level="township (乡政府 over its party branches and 五个村党总支)",
     source=source("https://dao518.com/fanwendaquan/zhuantifanwen/39111.html"),
     style="a 范文 site's page: its blurb, the title, two preamble paragraphs (the party's name written 「中国共产D」, 「忆DS」「促D建」 "
           "as the site masks them), 一、活动主题 (one paragraph), 二、活动内容 with 1、–4、 heading lines each over a paragraph, CUT in "
           "4、 at 「以五个村党总」",
     leaf_tasks=4, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=["一、活动主题"],
     samples=[
        S(["二", "1"], [], [], not_targets=[(101, "周年")],
          note="「1、红歌赛 / 以庆祝建党101周年为主题开展红歌比赛,激发全乡党员爱国热情,培养…,丰富…,活跃 文化气氛,提升文化品味。」 — a heading line over its paragraph, "
               "the paragraph its body (round 32); 开展 has no subject — " + NONE + ". Not a target: 「建党101周年」, an anniversary's "
               "ordinal, a name with digits (CONVENTIONS, Targets: years and names with digits). The item names no date and no "
               "festival period (七一 stands in the title only: rounds 38, 44) — " + NODATE),
        S(["二", "2"], [], [],
          note="「2、上好一堂党课 / 为党员上好一堂党课,针对当前的热点难点问题,结合本乡实际,客观分析…,正确对待…,进一步激发…」 — work with no subject — " + NONE +
               ". 「一堂」 is left unchecked. " + NODATE),
        S(["二", "3"], [], ["各支部"], lead_alternatives=[["各支部"]], targets=[(1, "次")],
          note="「3、召开一次入党积极分子座谈会 / 各支部组织入党积极分子围绕对党的信念,入党动机,个人思想工作等进行座谈,进一步增强…」 — " + R2 + ": 「A组织B＋verb」 names "
               "A (round 30), 各支部 a kind: [各支部], lead [] (" + ONE + "); the 入党积极分子 are persons. Target: 「召开一次…座谈会」 in the "
               "item's heading — 1 次, the events it sets (Round 87 on x328_02; Round 84's p61e-1). " + NODATE),
        S(["二", "4"], [], [],
          note="「4、开展特色文体活动 / 在全乡范围内以五个村党总」 (" + CUT + ") — the heading prints 开展, so the cut item is kept (" + CUTLINE +
               "; Round 87 confirmed x324_04 三), and what is printed names none — " + NONE + ". 「五个村党总[支]」 counts bodies in a "
               "cut phrase, left unchecked. " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 二/1–4 (4 CUT), each a heading line with its paragraph after it (round 32). 一、活动主题 states the theme "
            "and what the activities should bring about (加强…热情, 弘扬…精神, 充分展示…): " + AIMS,
            "「101周年」 appears three times, an ordinal; the preamble's 「拟开展…系列活动」 is the plan's own statement"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x336_07_jiaoyuju-2021-zhongqiu-guoqing-fangjia-tongzhi.txt"
TWOFEST = (FEST + "; the notice names two holidays, 中秋 (9月19日至21日) and 国庆 (10月1日至7日), and one season of festivals takes "
           "the later (round 46's 「元旦春节期间」; round 67's x283_02) → 2021-10")
plan(X07,
     title="教育局2021年中秋节、国庆节放假通知",
     title_note="line 3, the notice's own title, printed twice run in after the chunk mark 「1、」, less the mark (Round 89 on x330_04: "
                "the piece's own title line less compilation and chunk marks); line 1 「教育局2021年中节国庆节放假通知.docx」 is the site's "
                "file name (its 「中节」 a slip; a file extension is chrome, Round 81's x308_01)",
     doc_no="", issuer="a 县 教育局 (「我县中小学校单位」; 县教育局办公室, 根底(基础)教育科, 成职教科, 幼教科)",
     date="2021 (the title's; 9月–10月 2021)",
     level="county bureau over its 学区, schools, kindergartens, 直属单位 and 局机关各科室",
     source=source("https://www.31doc.com/p-89767.html"),
     style="a document site's preview: its file name, a blurb, then the notice run in on one line in chunks whose marks 「1、」「2、」「3、」 "
           "open lines and cut words (「有关 / 2、科室」, 「校 / 3、舍」): the title twice, the addressee line, a lead-in, 一、放假时间 1.–4. "
           "(1. 「1.9月19日…」: the number 1. before the date), 二、 and 三、 run-in headings with their paragraphs, CUT in 三 at 「要」; "
           "the site's converter prints 原那么 (原则), 平安 (安全), 根底 (基础)",
     leaf_tasks=5, count_alternatives=[6, 4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "3"], [], [], **at(X07, "。3."),
          note="「3.各校应及时将学校放假时间告知学生及家长。如因错周错日放学等各种原因对法定放假时间有所调整的,需将调整情况报县教育局办公室及有关 / 2、科室普通中小学校报根底教育科,职校、"
               "幼儿园、民办学校分报成职教科、幼教科。」 — 告知 and 报 are sendings, which name no doer (rounds 46, 48; Round 83 on x315_01 "
               "第十一条), the 科 their receivers (rule 3) — " + NONE + ". 「2、」 inside 「有关科室」 is a chunk mark (" + CHUNK + "). The "
               "report of an adjustment is an undated duty (below). The item names no festival period (放假时间 is its object, no "
               "period of its work) and no date — " + NODATE),
        S(["一", "4"], [], [], dl="放假期间", dln="2021-10", **at(X07, "。4."),
          note="「4.放假期间,任何学校不得组织学生进行一切集体活动包括组织学生集体秋游、补课等。」 — a ban on acts of the bodies the notice addresses, which limits their own "
               "work, is a task naming none (Round 83 on x314_10 四/(四); Round 85 on x321_03 第九条), 组织 negated naming no doer. "
               "RULING? 14: a ban to 「任何学校」 read as a rule to anyone (Round 80's 「任何单位和个人」; Round 85 turned x317_03 第十四条) "
               "is text, no task — count 4, accepted. Date: 「放假期间」 — " + TWOFEST),
        S(["二"], [], ["各学校单位"], lead_alternatives=[["各学校单位"]], responsible_alternatives=[[]], dl="节日期间", dln="2021-10",
          **at(X07, "二、"),
          note="「二、加强领导,落实责任节日期间,各学校单位要高度重视,加强领导,落实节日期间的平安责任。要本着…精神,…切实抓好节日期间的平安工作,把各项平安防范措施落到实处,…」 — "
               + CHILDLESS + ". Units: 落实 with 责任 as its object places the duty (round 46; Round 85 on x318_02; Round 87 on x326_10), "
               "and 「各学校单位」 is a kind (the schools), not the whole addressee line (学区, 直属单位 and 局机关各科室 stand outside it): "
               "[各学校单位], lead [] (" + ONE + "); 落到实处 is a phrase (Round 81's x308_09). RULING? 15: 「各学校单位」 read as a call "
               "to all (" + ADDRESSEES + ") gives none — accepted. Date: 「节日期间」 — " + TWOFEST),
        S(["三"], [], [], dl="在中秋节、国庆节放假前后", dln="2021-10", **at(X07, "三、"),
          note="「三、开展检查,整改隐患各校要在中秋节、国庆节放假前后对学校平安隐患进行彻底的排查,…要认真排查学生公寓、…在建工程和校 / 3、舍危房应作为检查的重点。要注意查找火灾隐患,"
               "检查消防设施和消防通道。要」 (" + CUT + "; 「3、」 a chunk mark) — " + CHILDLESS + "; 进行 and 排查 are outside the closed list "
               "(" + CALL + ") — " + NONE + ". Date: 「中秋节、国庆节放假前后」 names the festivals' period in the item's own text — " +
               TWOFEST),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "如因错周错日放学等各种原因对法定放假时间有所调整的,需将调整情况报县教育局办公室及有关科室", "when": None, "when_norm": None}],
     notes=["5 leaves: 一/2, 一/3, 一/4, 二, 三 (三 CUT). 一/1 「1.9月19日至9月21日放假,共3天。…10月8日(星期二)照常上班。」 is the holiday "
            "calendar, a state with no act, text (Round 89 on x330_01 一: a holiday calendar gives no work; Round 85 turned x320_09's "
            "state-only points). Accepted: 6 (一/1 kept as a numbered line), 4 (一/4 as text, RULING? 14). RULING? 16 on 一/1",
            "一/2 「各中小学校单位原那么上应按照以上时间放假」 (not sampled) is an instruction 应 to the schools: a task naming none (放假 outside "
            "rule 2)",
            "duty: 「…有所调整的,需将调整情况报县教育局办公室及有关科室」 — a report the notice asks when a case arises, sent to the bodies that "
            "act on it, is a duty, undated (round 44; Round 83 on x316_01 一; Round 89 on x330_01). RULING? 17: a school's report on its "
            "own timetable read as a regulated party's filing on its own matters (round 42) gives no duty — the other reading",
            "3天, 7天 count the holiday's days (the calendar, no task): unchecked; the chunk marks 「1、」「2、」「3、」 are chrome (" + CHUNK + ")"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x336_08_xishi-jiedao-jinglaoyue-huodong-shishi-fangan.txt"
D08 = dict(dl="9月底至10月份", skip_deadline=True)
SPAN = ("the preamble's span 「9月底至10月份在全街开展“敬老月”活动」 is the campaign's, which dates its own work by its end (round 37; Round "
        "89 governs on x332_03), but " + NOYEAR.replace("「xx周年」「20__」「[**]」", "「今年10月x日」"))
plan(X08,
     title="街道“敬老月”活动实施方案",
     title_note="line 3, the piece's own head 「街道“敬老月”活动实施方案1」 less its piece mark 「1」 (Round 83 on x314_06; Round 87 confirmed "
                "x326_03's piece head less its marks); line 1 is the site's headline with the same words",
     doc_no="", issuer="西市街道 (「我街」「全街」; 「根据区统一部署」 — a 区 above it; 人大工委, 党政办, 人社所, 七个社区)",
     date="not shown (「今年10月x日」 masked; no year printed)",
     level="street over its seven communities (各社区; 人社所 seats the office)",
     source=source("https://gs566.com/chinese/1277121.html"),
     style="a 范文 site's page: its headline, a blurb, the piece head 「…方案1」, a preamble with the campaign's span (9月底至10月份), 一、活动主题 "
           "and 二、组织领导 (a paragraph each), 三、活动内容 (一) with a run-in heading, CUT at 「加」",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各社区"], lead_alternatives=[["各社区"]], **D08,
          note="「一、活动主题 / 今年“敬老月”活动的主题是:“传承中华美德、弘扬敬老文化”。各社区要通过开展“敬老月”和“九九”重阳节活动,深入贯彻落实《老年法》以及党和政府关于企业退休人员社会化"
               "管理工作的政策,弘扬…,增强…,营造…。在“敬老月”活动中,为企业退休人员办实事、做好事,献爱心,…」 — a theme point is a section unless a clause of "
               "it makes a body a doer by rule 2 (Round 80's aims form), and here 各社区 贯彻落实 a law and policies: rule 2's 落实 takes "
               "work or a document as its object (Round 87 on x324_04 二 「…带头完善、落实…优待政策」), 贯彻落实 standing as the clause's own verb, "
               "not as another verb's object (Round 81's x308_09): a task, [各社区], lead [] (" + ONE + "). RULING? 18: the point read "
               "as a theme section (指导思想's kind, p51e) gives no task and count 2 — accepted. Date: " + SPAN),
        S(["二"], [], [], **D08,
          note="「二、组织领导 / 为了使敬老月活动有序开展,研究决定成立了西市街道“敬老月”活动领导组,人大工委主任许江任组长,党政办负责人朱忠、人社所所长刘琼任副组长,七个社区主任为领导组"
               "成员,领导组下设办公室,办公室设在人社所,承办日常活动开展的具体事宜。(领导组名单附后)」 — a point that sets a group up and gives its office work by "
               "a verb (承办…具体事宜) is a task naming none (Round 84 governs on p61d-2 「…办公室设在街道安监站,负责小组日常工作」; Round 88 "
               "governs on x288_07), the body it sets up none (rule 3; round 73), 人社所 only where the office sits (round 73), and the "
               "leaders persons by post (" + PERSONS + ") — " + NONE + ". Date: " + SPAN),
        S(["三", "(一)"], [], [], **D08,
          note="「(一) 深入开展敬老爱老宣传活动。各社区要广泛开展敬老宣传教育活动,宣传…,强化…。宣传…,宣传…,要充分利用各种宣传媒体和阵地,制作…、悬挂…和发放…等形式,加」 (" +
               CUT + ") — 开展 without 组织, 宣传, 强化, 利用 are outside the closed list (" + CALL + ") — " + NONE + ". Date: " + SPAN),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一, 二, 三/(一) ((一) CUT). Accepted: 2 (一 read as a theme section, RULING? 18)",
            "「七个社区」 counts the street's communities (a composition), 「(领导组名单附后)」 points to a list the page does not print; the "
            "persons' names (许江, 朱忠, 刘琼) are published text, no units"])

write_collected(DIR)
