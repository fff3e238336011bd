# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next356/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c356, round 67, for round 68: eight page openings of township (乡), town (镇),
street (街道), village (村) and community (社区) work from outside Shanghai, in fields other than festivals — a 社区's 年度工作计划
(法律进社区, 一–四 with (1)(2), (2) CUT); 路下乡罗沙洋村's 转移避险应急预案 (a docx preview in the site's chunks 「1、」「2、」, 一–四/1
run in); a 镇's 2007年社区工作目标管理考核办法 (scored lines in 二/(一)–(四), no title line); a 街道's 2015年街道社区防洪应急预案 (traditional
with inline pinyin; 一, 二 run in, the named 社区 each 负责, CUT); a 村's 地质灾害应急预案 篇31 (persons' duties (1)–(5), 2、); a 社区安全生产
工作制度 (360docs, download notes; 二–五 1.–3., 六/1 CUT); a 镇's 红白理事会 移风易俗 实施方案 (traditional with inline pinyin; 三 目标任务,
四/(一) CUT); and a 镇's 移风易俗方案 篇一 under a 循化縣 headline (三/(一) CUT)): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``at_line_in`` of ../plans/expected_tools.py); every answer was
written here by reading the texts, under `tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited in the notes;
readings CONVENTIONS does not settle say RULING?). Neither the parser nor the scorer was run on these plans by c356.

    PYTHONPATH=. python tests/data/plans-next356/make_expected.py tests/data/plans-next356
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
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
PERSONS = "persons are never units (round 30): a person named by post (round 43; Round 77's x299_02 责任人) however the clause is built"
CALL = ("a kind is a doer only by a rule-2 verb (Round 80's p59c-1; Round 83 on x316_01), 要／应 changing nothing (Round 74's "
        "x295_03); 成立, 配备, 建立, 完善, 加强, 做好, 制定, 开展 without 组织 are outside the closed list (round 30; Round 85 on "
        "x318_05, x318_06, x322_01 二、（三））")
CUTVERB = ("a cut line that prints a verb of work is kept as far as printed (round 41; round 71; Round 88's p63e-1; Round 87 on "
           "x324_04 三)")
SETUP = ("a point that sets a group up and gives it work by a verb is a task naming none (Round 84's p61d-2; Round 85 on x320_04 "
         "二/(一), x320_06 一; Round 83 on x314_03 三), the group and its roster no units (rule 3; round 73)")
NOUNITS = "on a page that names no unit every numbered leaf that gives work is a task (plans-dev 08; Round 85 on x320_08 二)"
POINTS = ("the points 「(N分)」 are the weights the scoring gives each line, a norm of reckoning with no comparison word (Round 89 on "
          "x329_02; Round 95 confirmed x350_01's points as weights): not targets")
TIMES = ("events the item holds in a rhythm are its own number of work, joined to 不少于 a target (round 30's line; Round 84's "
         "p61e-1; Round 85 on x320_09 二), the period 年／全年 no target and no deadline")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied from the tool's answer into the file (the JSON string's escapes "
            "undone, a final newline added where the excerpt did not end with one; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x356_01_shequ-niandu-gongzuo-jihua-falv-jin-shequ.txt"
plan(X01,
     title="社区的年度工作计划",
     title_note="line 3's piece head 「社区的年度工作计划 篇1」 less its piece mark (Round 83 on x314_06, x314_11: a piece mark is chrome), "
                "run in before 「今年,xx社区…」; lines 1–2 are the site's headline and its 「(精选15篇)」 (no title line, Round 83)",
     doc_no="", issuer="xx社区 (under 温泉街道办事处) — masked", date="not shown (「今年」, no year printed)",
     level="community (a 社区's own year plan: 「在温泉街道办事处的领导下」)",
     source=source("https://zuowendang.com/fanwen/1668137297.html"),
     style="a 范文 site's page: headline, 「(精选15篇)」, the piece head run into its preamble, 一–三 one a line, 四 a lead-in "
           "over (1) (2), (2) CUT at 「通过法律」",
     leaf_tasks=5, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], **at(X01, "\n一、"),
          note="「一、建立健全“法律进社区”宣传小组和群防群治工作领导小组。组长由书记担任,对辖区群众反映强烈的热点、难点问题及时向上级反映,落实措施取得治理效果。」 — "
               + SETUP + "; 书记 a person (" + PERSONS + ") — " + NONE + ". RULING? 1: the point as a composition alone (Round 84's "
               "p61d-2 section), count 4 accepted. " + NODATE),
        S(["二"], [], [], **at(X01, "\n二、"),
          note="「二、加强法制宣传,以“法律进社区”为契机,积极开展群众喜爱的法制宣传教育活动。…」 — a childless point that gives work is a task "
               "(Round 84's p61c-1); no printed subject, 加强／开展 outside rule 2 (" + CALL + ") — " + NONE + ". " + NODATE),
        S(["三"], [], [], **at(X01, "\n三、"),
          note="「三、在“法律服务”进社区中,建立一支法制宣传教育志愿者队伍。在社区居民中组织普法骨干力量,组成…志愿者队伍,积极开展…」 — 组织 with a noun "
               "(骨干力量) is no 组织＋verb (rule 2's forms), and the point has no subject — " + NONE + "; the volunteers set up are "
               "no units (rule 3). " + NODATE),
        S(["四", "(1)"], [], [], **at(X01, "\n(1)"),
          note="「(1)加强青少年的法制宣传教育。充分利用寒暑假和节假日,做好…开办家长学校,开设青少年法制专题讲座等…」 — under 四's lead-in "
               "「四、法律教育方面:建立一套居民学法制度。…有计划、分层次组织社区居民学习法律知识。」, which names no body (组织B学习 with no subject: "
               "rule 4 has nothing to give) — " + NONE + ". 「寒暑假和节假日」 name times of year, no date. " + NODATE),
        S(["四", "(2)"], [], [], **at(X01, "\n(2)"),
          note="「(2)加强外来务工、经商人员的法制宣传教育。切实履行社区对外来务工、经商人员法制教育的职责,不断创新形式,通过法律」 (" + CUT + "; "
               + CUTVERB + ") — 社区 appears inside a noun's description (社区对…的职责), 履行 no rule-2 verb (round 67) — " + NONE +
               ". " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "对辖区群众反映强烈的热点、难点问题及时向上级反映", "when": None, "when_norm": None}],
     notes=["5 leaves: 一, 二, 三, 四/(1), 四/(2) (CUT). 四 has children (no leaf). " + NOUNITS + ". Accepted: 4 (一 as the "
            "group's composition, RULING? 1)",
            "duty: 一's 「及时向上级反映」, a report of what the group finds to the level above, sent when a case arises, undated "
            "(round 44; Round 83 on x316_01 一: 「发现问题立即向…报告」, 及时 printing no time)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x356_02_luxiaxiang-luoshayangcun-gaodou-bianpo-zhuanyi-bixian-yingji-yuan.txt"
plan(X02,
     title="路下乡罗沙洋村高陡边坡隐患点群众转移避险应急预案",
     title_note="line 3's head after the site's chunk mark 「1、」 and before 「一、概况」 (round 48; Round 89 on x330_04: chunk marks; "
                "x350_04's 「1、」「2、」「3、」); line 1 is the site's file name 「….docx」 and line 2 its blurb (chrome)",
     doc_no="", issuer="罗沙洋村 (路下乡; 村委会, 村两委) — named", date="not shown (汛期 4月1日至10月15日, no year)",
     level="village (a 村's own plan for its hazard points; 乡挂点领导 and 驻村干部 on its group)",
     source=source("https://1wenmi.com/doc/256805.html"),
     style="a document site's docx preview: file name, blurb, then two chunks opening with the site's marks 「1、」「2、」, the whole text "
           "run in on them: title, 一、概况, 二、主要易灾点分布 (descriptions), 三、…职责分工 1、–3、 (3/2 running across the chunk "
           "mark), 四、抢险救灾组织 1、值班带班 CUT at 「简易雨量计监测人:包」",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0,
     childless_top_level_sections=["一、概况", "二、主要易灾点分布"],
     samples=[
        S(["三", "2"], [], [], **at(X02, "杨建海2、"),
          note="「2、人员职责当接到暴雨洪水预报或发生灾情险情时,工作小组有关人员应立即上岗到位,乡镇挂点驻 / 2、村领导负责对上、对外的联络与协调工作,组长负责指挥全村的抢险救灾工作,成员以及各中心户长协助配合组长工作。」 — "
               "the item runs across the site's chunk mark 「2、」 at line 4's start, which is no item (x350_04; Round 89 on x330_04). Its "
               "doers are persons — 驻村领导, 组长, 成员, 中心户长 (" + PERSONS + "; Round 95 on x350_07: 中心户长 a person) — and 工作小组 is "
               "the group 三/1 sets up (rule 3; Round 85 on x320_04) — " + NONE + ". " + NODATE),
        S(["三", "3"], [], [], **at(X02, "协助配合组长工作。3、"),
          note="「3、中心户长及分片情况中心户长按照工作小组的指挥,分片负责重点部位易灾点的群众转移工作。遇紧急情况,中心户长应迅速将…信息传达到负责片区的每家每户,…」 — "
               "中心户长 are persons (" + PERSONS + ") — " + NONE + ". " + NODATE),
        S(["四", "1"], [], [], skip_deadline=True, dl="4月1日至10月15日", **at(X02, "四、抢险救灾组织1、"),
          note="「1、值班带班进入汛期(4月1日至10月15日),村值班室指定专人包久豪负责值守(联系电话)。在接到乡政府灾害性天气预报(暴雨以上降水)后,村领导应24小时带班,并安排相关人员进行临时简易监测。简易雨量计监测人:包」 (" + CUT +
               ") — 村值班室 with 指定 (outside rule 2), 负责 after a named person (" + PERSONS + "), 村领导 persons — " + NONE +
               ". Date: 汛期 「4月1日至10月15日」 is the season the duty runs over, no year printed anywhere (round 48; round 50): not "
               "checked. 「24小时」 names how long the duty is held, a span with no comparison word (round 30's norm), unchecked"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 三/2, 三/3, 四/1 (CUT). 一、概况 (20.5平方公里, 1条河流) and 二、主要易灾点分布 (3处, 2户, 3人) describe the village, "
            "no work: sections, their figures present ones (round 33), no targets",
            "RULING? 2: 三/1 「1、工作小组成立由乡挂点领导、驻村领导以及村委组成的抢险救灾工作小组,其中组长由村委会主任或村支部书记担任,小组成员由村两委担任。工作小组人员名单详见下表。」 "
            "and the roster run in after it — a composition alone, with no verb of work (Round 84's p61d-2: 「only a composition alone "
            "… is a section」; round 57's x255_03), read as no leaf; the other reading counts every numbered leaf that carries text "
            "(plans-dev EXPECTED.md) — 4 accepted",
            "the chunk marks 「1、」 (line 3) and 「2、」 (line 4) at the line starts are the site's, no items; the numbers 1、 after 三、 "
            "and 四、 run in inside the lines are the plan's"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x356_03_zhen-2007-shequ-gongzuo-mubiao-guanli-kaohe-banfa.txt"
COMMUNITIES = ("the 办法 scores the communities' work line by line: each line names a field of work the 各社区党总支、居委会 owe, with its "
               "standard and points — a line of the 考核's work (Round 84's p61a-2; Round 95 confirmed x350_01's scored lines as the "
               "责任书's work), the communities named only in 一、考核对象, a scope that gives no body to lines (rule 4 gives a "
               "lead-in's body by a rule-2 clause or a duty word; 考核对象 is neither)")
plan(X03,
     title_note="no title checked: the page opens with the addressee line 「各社区党总支部:」 and names the document only inside its "
                "preamble (「特制订__镇2007年社区工作目标管理考核办法」); no line of its own is a title (round 48; Round 89 on x332_06)",
     doc_no="", issuer="a 镇 (__镇, masked; to its 各社区党总支部)", date="2007 (the 办法's year, in its name)",
     level="town over its communities (各社区党总支、居委会)",
     source=source("http://fanwen.pc004.com/guizhangzhidu/2009/1028/11863.shtml"),
     style="a 范文 site's page: addressee, preamble, 一、考核对象 (one line), 二、考核内容 (一)、–(四)、 each 「(N分)」 over 1、–5、 lines "
           "of work each ending 「(N分)」; (四)/3 CUT at 「进行巡回检」",
     leaf_tasks=14, count_alternatives=[11, 0], attachment_task_rows=0, childless_top_level_sections=["一、考核对象"],
     samples=[
        S(["二", "(一)", "1"], [], [], not_targets=[(2, "分")], **at(X03, "\n1、"),
          note="「1、建立完善党建工作制度并公示。(2分)」 — " + COMMUNITIES + " — " + NONE + ". " + POINTS + ". " + NODATE),
        S(["二", "(一)", "4"], [], [], targets=[(4, "次")], not_targets=[(4, "分")], **at(X03, "\n4、"),
          note="「4、多形式开展结对共建活动,年活动不少于4次,活动效果明显。(4分)」 — " + NONE + ". 4 次: " + TIMES + ". " + POINTS + ". " + NODATE),
        S(["二", "(一)", "5"], [], [], targets=[(4, "期")], not_targets=[(4, "分")], **at(X03, "\n5、"),
          note="「5、加强党员培训教育,年举办党员政治理论培训班不少于4期。(4分)」 — " + NONE + ". 4 期: " + TIMES + ". " + POINTS + ". " + NODATE),
        S(["二", "(二)", "1"], [], [], not_targets=[(3, "分")], **at(X03, "\n1、", nth=2),
          note="「1、招商引资。(3分)」 — a line that names only a field of work with its points; " + NOUNITS + ", and the field is the "
               "communities' work by the 办法 (" + COMMUNITIES + "). RULING? 3: a bare field name with no act read as text (round 63: a "
               "run-in heading alone gives no work) — 11 accepted with (二)/2–3. " + NONE + ". " + POINTS + ". " + NODATE),
        S(["二", "(三)", "2"], [], [], not_targets=[(4, "分")], **at(X03, "\n2、", nth=3),
          note="「2、社区班子建设。班子团结,分工明确,责任落实到人。…整体素质明显提高。(4分)」 — 落实 here has 责任 as its object but no "
               "body as subject (班子 the community's own leaders, persons, round 30) — " + NONE + ". " + POINTS + ". " + NODATE),
        S(["二", "(四)", "1"], [], [], targets=[(4, "次")], not_targets=[(20, "分")], **at(X03, "\n1、", nth=4),
          note="「1、计划生育工作。开展计划生育达标创建活动,…;社区计生协会全年活动不少于4次。(20分)」 — 社区计生协会 with 活动 (no rule-2 verb) — "
               + NONE + ". 4 次: " + TIMES + ". " + POINTS + ". " + NODATE),
        S(["二", "(四)", "3"], [], [], **at(X03, "\n3、", nth=4),
          note="「3、安全生产工作。加强安全生产知识宣传教育,落实安全生产责任制度,对辖区范围内玻璃制品生产、锅炉使用等重点单位、行业进行巡回检」 (" + CUT +
               "; " + CUTVERB + ") — 落实 with 制度 has no subject here (" + CALL + ") — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["14 leaves: 二/(一)/1–5, (二)/1–3, (三)/1–3, (四)/1–3 ((四)/3 CUT). 二 and its (一)–(四) have children (no leaves); 一、考核对象 "
            "「各社区党总支、居委会全体干部」 only names whom the 办法 assesses, a scope (Round 83 on x313_02 四、), a section. Accepted: 11 "
            "((二)/1–3 as bare field names, RULING? 3) and 0 (the lines as a scoring scheme's terms, Round 75's p57f; Round 95 kept "
            "0 accepted beside x350_01's 4)",
            "the heading points 「(20分)」「(8分)」「(12分)」「(38分)」 are weights of a field, no targets (POINTS); 2007 a year"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x356_04_jiedao-shequ-fanghong-yingji-yuan-2015.txt"
NAMED = ["光彩社區(qū)", "榆樹莊社區(qū)", "小鐵路社區(qū)", "劉莊社區(qū)"]
plan(X04,
     title="2015年街道社區(qū)防洪的應(yīng)急預(yù)案",
     title_note="line 2, the piece's own head (line 1 prints the same words as the site's headline), kept as printed with the site's "
                "inline pinyin 「(qū)」「(yīng)」「(yù)」 (round 48; x350_05 kept the site's pinyin as printed)",
     doc_no="", issuer="a 街道办事处 (办事处防汛指挥部; 党工委) to 各社區 — unnamed", date="2015 (the title's year)",
     level="street over its communities (「各社區:」; 光彩, 榆樹莊, 小鐵路, 劉莊, 西華 社區)",
     source=source("http://rzpgrj.com/shenghuo/anquan/xiaofang/197433.html"),
     style="a 范文 site's page in traditional characters with the site's inline pinyin after many characters: headline, title, "
           "addressee 「各社區(qū):」, preamble, 一、應急領導機構和職責 (two paragraphs), 二、各社區居委會職責 (one paragraph of 「X社區負責…」 "
           "clauses), CUT at 「西華社區(qū)負(f」",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["各社區(qū)"], **at(X04, "\n一、"),
          note="「一、應急領導機構和職責 防汛應急指揮機構為辦事處防汛指揮部。其職責是:接受黨工委、辦事處關於防洪救災的各項指令;…部署組織實施抗洪和救災工作;… / 各社區負責本轄區的防汛搶險和救災工作,組織本轄區各單位採取措施做好防洪搶險和救災工作。」 — "
               "a childless point that gives work is a task (Round 84's p61c-1). 「防汛應急指揮機構為辦事處防汛指揮部」 defines the command body, "
               "and 其職責 over a body the same point defines names none (round 30: 「领导机构为…」 a body the item defines; Round 85 on "
               "x320_04 二/(二)); 「各社區負責…」 is rule 2's 负责 with a group named by a kind (rule 2's 「各街镇」), the name as printed with "
               "the site's pinyin (round 30), lead []; 本轄區各單位 the object of 组织 (round 30). RULING? 4: the 指挥部 read as the "
               "street's own standing body, a doer of 部署组织实施 — [辦事處防汛指揮部, 各社區(qū)]. " + NODATE),
        S(["二"], [], NAMED, targets=[(100, "人")], **at(X04, "\n二、"),
          note="「二、各社區(qū)居委會職責 光彩社區(qū)負(fù)責(zé)洛洼水庫的汛期值班及轄區三里河段巡邏、物資儲備、100人搶險隊伍組織、護堤,…一遇險情立即組織群眾轉移。榆樹莊社區負責…;小鐵路社區負責…;劉莊社區負責…;西華社區(qū)負(f」 (" + CUT +
               ") — several 「A負責…」 clauses name their bodies, in order (rule 2), under a 職責 heading (Round 85 on x319_02 四: a duty "
               "word over a list makes the bodies its lines name units); names as printed, the site's pinyin included (round 30). "
               "西華社區 stands before 「負(f」, the verb cut after its first character: a cut line is kept only as far as it prints a "
               "verb (round 41; round 71), and 負 alone prints none — RULING? 5: + 西華社區(qū) (the clause's form 「X社區負責」 read "
               "through the cut) accepted. 100 人: the persons the item gathers for its work are its number of work (Round 83 on "
               "x312_06 「組織300余人」; round 49). " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一 and 二, each a childless top-level point that gives work (Round 84's p61c-1). Accepted: 1 (一 read as the "
            "command's set-up and duties with no work of the plan's bodies)",
            "the site's inline pinyin (「(qū)」「(fù)」「(zé)」…) is kept as printed in the text, the title and the units; 2015 a year"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x356_05_cun-dizhi-zaihai-yingji-yuan-pian31.txt"
POSTS = ("the line gives a post in the village's 应急工作组 its duties — 组长 (村主任或村书记), 民兵营长, 村国土资源协管员, 村民小组组长, "
         "the other members — persons (" + PERSONS + "; Round 83 on x314_05 二/1, 4, 5: lines whose doers are persons are tasks "
         "naming none), under 「职责分工:」 of a group the same section sets up (Round 85 on x320_04 二/(二): a 职责 heading over a body "
         "the section sets up names none)")
plan(X05,
     title="2024年地质灾害应急预案",
     title_note="line 3's head 「2024年地质灾害应急预案 篇31」 less its piece mark (Round 83 on x314_06, x314_11), the page's only head "
                "line; line 1 is the site's breadcrumb and line 5 its date and source line (chrome)",
     doc_no="", issuer="xx村 (a village under 乡镇政府防灾抢险指挥部; 南平市、武夷山市 cited) — masked", date="2024-07-16 (the site's date line; the title's 2024)",
     level="village (「我村」, 「结合xx村实际」: its 应急工作组 and 巡查小组)",
     source=source("https://m.dcrkj.com/dongshi/rgreg/vwVbe0Y4wj"),
     style="a 范文 site's page: breadcrumb, piece head 「…篇31」, date line, preamble, 一、工作机构和职责 with an unnumbered 「应急工作组:」 "
           "paragraph, 「职责分工:」 and (1)–(5), then 「2、村(组)两级巡查小组:」; paragraphs indented two spaces and parted by blank lines; "
           "the excerpt ends after 2、 (the next heading not shown)",
     leaf_tasks=5, count_alternatives=[6], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(1)"], [], [], **at(X05, "(1)"),
          note="「(1)组长:负责组织、指挥、协调本村地质灾害群测群防和突发性地质灾害各项应急处置工作;负责地质灾害灾情报告,在强降雨期间执行“零报告制度”;负责向村民公布本预案。」 — "
               + POSTS + " — " + NONE + ". The 灾情报告 is a duty (below). " + NODATE),
        S(["一", "(2)"], [], [], **at(X05, "(2)"),
          note="「(2)民兵营长:负责组织抢险小分队及其人员分工;组织地质灾害临灾抢险、排险。抢险小分队由…组成。」 — " + POSTS + "; the 小分队 "
               "set up here no unit (rule 3) — " + NONE + ". " + NODATE),
        S(["一", "(3)"], [], [], **at(X05, "(3)"),
          note="「(3)村国土资源协管员:负责发布本村地质灾害气象预警信息;监督…;负责地质灾害点监测资料和…巡查资料的整理、汇总和上报工作。」 — "
               + POSTS + " — " + NONE + ". The 上报 is a duty (below). " + NODATE),
        S(["一", "(4)"], [], [], **at(X05, "(4)"),
          note="「(4)村民小组组长:负责组织本村民小组范围地质灾害点监测和…巡查;负责临灾时组织受威胁群众撤离;负责及时向应急工作组组长报告地质灾害灾情。」 — "
               + POSTS + " — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "地质灾害灾情报告(强降雨期间执行“零报告制度”)", "when": None, "when_norm": None},
             {"what": "地质灾害点监测资料和地质灾害易发地段巡查资料的整理、汇总和上报", "when": None, "when_norm": None}],
     notes=["5 leaves: 一/(1)–(5). 一 has children (no leaf); its 「应急工作组:…应急工作小组的职责是:…」 paragraph is the section's own "
            "text before its items (a set-up group and its work, Round 84's p61d-2), and 「职责分工:」 a lead-in. RULING? 2: 「2、村(组)两级"
            "巡查小组:村两委、村民小组长、基于民兵和受影响的村民分别组成村(组)级巡查小组。巡查范围见村(组)地质灾害应急预案表。」 — a composition with no "
            "verb of work (its scope pointed to a table not on the page), read as no leaf as x356_02 三/1; 6 accepted",
            "duties: (1)'s 灾情报告 with its 零报告 rhythm in heavy rain and (3)'s 上报 of the records, reports the plan asks when its "
            "case or season arises, undated (round 44; Round 85 on x320_04 (二)/5); (4)'s report to the group's own leader stays "
            "inside the group (a person), no duty",
            "「2024」 and 「2024-07-16」 are the site's compile title and date; the piece itself prints no date"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x356_06_shequ-anquan-shengchan-gongzuo-zhidu.txt"
JUWEI = ["社区居委会"]
plan(X06,
     title="社区安全生产工作制度",
     title_note="line 5 (line 1 prints the same words as the site's headline, lines 2–4 the site's download notes): the piece's own "
                "title line (round 48)",
     doc_no="", issuer="a 社区 (社区居委会) — unnamed", date="not shown",
     level="community (a 社区's own rules for its 居委会, 负责人 and residents)",
     source=source("https://360docs.net/doc/0a21150256.html"),
     style="a document site's page: headline, three download notes 「- 1、」–「- 3、」 (chrome), the title, 一、总则 (one paragraph), "
           "二–五 each over 1.–3., 六、事故应急处理 1. CUT at 「明确各种突发事」",
     leaf_tasks=12, count_alternatives=[13], attachment_task_rows=0, childless_top_level_sections=["一、总则"],
     samples=[
        S(["二", "1"], [], JUWEI, **at(X06, "\n1."),
          note="「1.社区居委会是社区安全生产的主要责任单位,负责社区内的安全生产工作。」 — 「A负责…」 names A (rule 2), lead []; 「是…责任单位」 "
               "designates the same body (Round 85 on x319_04). " + NODATE),
        S(["二", "2"], [], JUWEI, **at(X06, "\n2."),
          note="「2.社区居委会委托社区安全生产负责人负责安全生产工作的组织和落实。」 — 「A委托B＋verb」 names A (round 35; Round 85 on x322_04 "
               "第二十条), and 负责 after 负责人 is a person's (round 30) — [社区居委会], lead []. " + NODATE),
        S(["二", "3"], [], [], **at(X06, "\n3."),
          note="「3.社区居民要遵守安全生产制度,积极参与安全生产工作,加强安全意识,发现安全隐患及时报告。」 — residents are persons (" + PERSONS +
               "), bound by 要 to acts (Round 85 on x320_10: parties bound by 应 give work) — a task naming none. Their report of a "
               "hazard is a duty (below). " + NODATE),
        S(["三", "1"], [], [], responsible_alternatives=[JUWEI], **at(X06, "\n1.", nth=2),
          note="「1.社区居委会要配备专业安全生产人员,负责社区内安全生产的管理和指导。」 — 配备 is outside rule 2, and 负责 after the staff it "
               "provides is persons' (round 30; Round 85 turned x322_01 二、（三）: 落实专人 / 配备专人 负责 names none) — " + NONE +
               "; [社区居委会] accepted (RULING? 6: the missing subject of 负责 read as the 居委会's). " + NODATE),
        S(["四", "2"], [], [], **at(X06, "\n2.", nth=3),
          note="「2.组织安全知识竞赛、演练活动,提高居民的安全技能和应急处理能力。」 — 组织 with nouns as its object is no 组织＋verb (rule 2's "
               "forms), no subject printed — " + NONE + ". " + NODATE),
        S(["六", "1"], [], [], **at(X06, "\n1.", nth=5),
          note="「1.建立事故应急预案,明确各种突发事」 (" + CUT + "; " + CUTVERB + ": 建立, 明确) — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "发现安全隐患及时报告", "when": None, "when_norm": None}],
     notes=["12 leaves: 二/1–3, 三/1–3, 四/1–3, 五/1–2, 六/1 (CUT). 一、总则 (purpose only, 「特制定本制度」) is a general provision, "
            "a section (round 30). RULING? 7: 五/3 「3.对违反安全生产规定和制度的行为追究责任,依法处罚。」 — a consequence with no body that "
            "imposes it is no work (Round 95 turned x350_08 4: Round 87's x325_01 第二十五条, Round 89's x329_01), text; the other "
            "reading takes it as the 居委会's own act after a breach (round 65's x274_01) — 13 accepted",
            "duty: 二/3's 「发现安全隐患及时报告」, sent when a case arises, undated (round 44; Round 83 on x316_01 一); 五/2's 「及时报告安全"
            "隐患」 is the same report, one duty (round 41 joins reports of the same work)",
            "the download notes 「- 1、」–「- 3、」 are the site's chrome, no items (x350_01)"])

# ---------------------------------------------------------------------------------------------------------
X07 = "x356_07_zhen-hongbai-lishihui-yifeng-yisu-shishi-fangan.txt"
plan(X07,
     title="加強(qiáng)農(nóng)村紅白理事會(huì)建設(shè)進(jìn)一步推進(jìn)移風(fēng)易俗工作的實(shí)施方案",
     title_note="line 1, the piece's own title line (round 48), kept as printed with the site's inline pinyin (x350_05)",
     doc_no="", issuer="a 镇 (「全鎮」; XX市 cited, X辦發〔2018〕XX號) — unnamed", date="2018 (「2018年10月10日起」)",
     level="town over its villages (全鎮所有行政村(居)委員會)",
     source=source("http://004km.cn/a1/49ed5def599d64eb.html"),
     style="a 范文 site's page in traditional characters with the site's inline pinyin and a run of mojibake (「辦事?;閱始奕⒋蟛俅筠k」): "
           "title, preamble, 一、實施範圍, 二、實施時間 (one line each), 三、目標任務 (one paragraph), 四、工作重點 (一) CUT",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、實(shí)施范圍", "二、實(shí)施時(shí)間"],
     samples=[
        S(["三"], [], [], targets=[(100, "%")], dl="12月底前", dln="2018-12", **at(X07, "\n三、"),
          note="「三、目標任務 自2018年10月起,各村(居)逐步成立紅白理事會、制定婚事新辦、喪事簡辦流程,制定紅白理事會章程,完善村規民約並上墻公開。12月底前,全鎮所有行政村(有需要的自然村)必須實現“兩個全覆蓋”…。全鎮100%行政村紅白理事會按新章程開展活動,…」 — "
               "a childless point that gives work (成立, 制定, 完善, 上墻公開) is a task (Round 84's p61c-1); its heading 目標任務 names "
               "tasks beside aims, and Round 84 keeps as sections only points of aims and principles. RULING? 8: the point as a 工作目标 "
               "section (plans-dev EXPECTED.md lines 21–25) — count 1 accepted. 各村(居) with 成立／制定／完善 are outside rule 2 (" +
               CALL + ") — " + NONE + ". Target: 100 % the level the goal sets (round 25; Round 91 on x342_04). Deadline: 「12月底前」, "
               "its year from the item's own 「自2018年10月起」 (round 50: a year filled from a fact the text prints): 2018-12"),
        S(["四", "(一)"], [], [], **at(X07, "\n(一)"),
          note="「(一)加強(qiáng)紅白理事會(huì)建設(shè)。 紅白理事會是辦理群眾婚喪事宜的群眾組織,由群眾推舉德高望重、熱心服務、公平正義」 (" +
               CUT + ") — a heading that names its work (加强…建设) is a task naming none though the page is cut after it (Round 84 on "
               "x314_09: a stage heading that names its work); 群眾 persons — " + NONE + ". " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三 and 四/(一) (CUT). 一、實施範圍 (the villages covered) is a scope and 二、實施時間  「2018年10月10日起」 a start "
            "with no work: sections (Round 83 on x313_02 四、). Accepted: 1 (三 as an aims section, RULING? 8)",
            "the site's mojibake 「?;閱始奕⒋蟛俅筠k」 (for 婚喪嫁娶大操大辦) and pinyin are kept as printed"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x356_08_xunhua-yifeng-yisu-fangan-pian1.txt"
plan(X08,
     title="循化縣移風(fēng)易俗方案公示 開展移風(fēng)易俗",
     title_note="line 2's piece head 「循化縣移風(fēng)易俗方案公示 開展移風(fēng)易俗篇一」 less its piece mark 篇一 (Round 83 on x314_06, "
                "x314_11), kept as printed with the site's pinyin; line 1 is the site's blurb",
     doc_no="", issuer="a 镇 (「全鎮各行政村」) under a 循化縣 headline — unnamed", date="not shown (「到20xx年7月底前」 masked)",
     level="town over its villages (全鎮各行政村紅白理事會)",
     source=source("http://aiweibaby.com/zuowen/2236182.html"),
     style="a 范文 site's page in traditional characters with the site's inline pinyin: blurb, piece head 「…篇一」, 一、指導思想, "
           "二、工作目標 (a paragraph each), 三、工作重點 (一) (a heading line and its paragraph) CUT at 「採取提名通過的方式確」",
     leaf_tasks=1, count_alternatives=[2], attachment_task_rows=0,
     childless_top_level_sections=["一、指導(dǎo)思想", "二、工作目標(biāo)"],
     samples=[
        S(["三", "(一)"], [], [], not_targets=[(1, "人"), ("3-5", "人")], **at(X08, "\n(一)"),
          note="「(一)加強紅白理事會建設(shè)。 / 紅白理事會是辦理農村婚喪事務的群眾組織,…紅白理事會成員由現任村黨支部成員、村委會成員和…黨員、群眾組成。紅白理事會可根據各村人數和實際情況設會長1人,秘書長1人,理事3—5人。原則上,會長由現任村黨支部書記或村委會主任擔任,…採取提名通過的方式確」 (" +
               CUT + ") — the heading names its work (加强…建设), a task naming none (Round 84 on x314_09); the council's members and "
               "its posts are persons and a composition (rule 3; round 30) — " + NONE + ". Not targets: 「可…設會長1人,秘書長1人,理事3—5人」 "
               "is an option (可 gives no work, round 49) setting the council's make-up, a norm with no comparison word (round 30: "
               "「原则上按500户配1名」). " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf: 三/(一) (CUT). 一、指導思想 and 二、工作目標 (「到20xx年7月底前,全鎮各行政村紅白理事會工作實現制度化…」) are sections "
            "(plans-dev EXPECTED.md lines 21–25; Round 84's p61c-1 keeps aims and principles as sections). Accepted: 2 (二 read as work "
            "with its masked deadline)",
            "the headline names 循化縣 but the text speaks for a 镇 (全鎮, 鎮村); the 20xx mask dates nothing (round 50)"])

write_collected(DIR)
