# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next303/expected.json from the hand-written answers below.

A blind never-tuned set (built by helper c303, round 59: six page openings of township (镇／乡) and street (街道) work from
outside Shanghai, in fields other than festivals — a 范文 site's xx镇 秸秆禁烧 plan (一 「要求镇林业站组织所有护林员,…开展…宣传攻势」,
二 CUT); a 某乡镇 清明 森林防火 plan on a 范文 site (二/(一)–(三): persons, 「各村(居)、有关单位要…」); 岳麓区洋湖街道's 2020 秋冬季
新冠肺炎 应急预案 from the district's own site (三 a 指挥部 and 「街道行政审批服务办承担指挥部办公室职责,…组织研判…」, 四/(一) CUT); an xx镇
创建文明城市百日攻坚行动方案 on a document site (一–三, a campaign span 2022-05-24 — 08-31, CUT); a 黄安镇 (郓城县) 创城 plan on a document
site (三/(一)/1/(1)–(4) under a 「(责任部门:…完成时限:20xx年12月31日)」 line, CUT); an XX镇 创文包保 plan on a document site (一、二
run-in, CUT)): never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by
``locate`` of ../plans/expected_tools.py); every answer was written here by reading the texts, under
`tests/data/CONVENTIONS.md` (rule 1, rule 2 and the rulings cited in the notes; readings CONVENTIONS does not settle say
RULING?). Neither the parser nor the scorer was run on these plans by c303.

    PYTHONPATH=. python tests/data/plans-next303/make_expected.py tests/data/plans-next303
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import CUT, PAGES, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

R1 = "CONVENTIONS rule 1 (the label decides)"
R2 = "CONVENTIONS rule 2 (the doers of the item's work)"
NONE = (R2 + ": no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／实施／"
        "落实, A组织＋work, A会同B…; round 30: a closed list): lead [], responsible []")
NODATE = "no date in the item and no span of the plan's own over it: no deadline (round 43 decided; round 44 decided)"
PERSONS = "persons are never units (round 30): a person named by post (round 43) however the clause is built"
SETUP = ("a body the item itself sets up is none there, its 负责 included (rule 3; round 70's x286_04 第五条; round 73; Round 74 "
         "continued on x298_03 二, confirmed)")


def source(url):
    """A page opening's provenance (the model's page_source, said as it was done here)."""
    return (url + " — " + PAGES + "; the excerpt was copied by hand from the tool's answer into the file (line breaks as the "
            "answer's \\n, a final newline added; nothing else changed)")


# ---------------------------------------------------------------------------------------------------------
X01 = "x303_01_xxzhen-yanjin-fenshao-jiegan-yewai-yonghuo-shishi-fangan.txt"
plan(X01,
     title="xx镇关于严格禁止焚烧秸秆等野外用火行为的实施方案",
     title_note="line 4, the title line under the site's column and keyword lines (line 1 prints it again in 《》); the site's "
                "word count 【945字】 after it is dropped, as a compilation's piece mark is no part of a title (Round 74 "
                "continued on x298_03; rounds 44, 48, 49) — RULING? 1; xx masked as printed",
     doc_no="", issuer="a 镇 (xx镇, masked), 「经镇党委、政府研究」", date="not shown (the site's 2025-08-02 is its posting)",
     level="town (「我镇」「镇政府」「镇林业站」; xx县's 封山禁火令)",
     source=source("http://mip.sanweiyuan.com/269.html"),
     style="a 范文 site (三味园范文网): the title in 《》 with a word count, column and keyword lines, the title again, the site and a "
           "date, the addressee 「各村(社区):」, a preamble, 一、(a heading line, one paragraph), 二、(a heading line, CUT at 「逐......」), "
           "then the site's 预览结束 lines",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], ["镇林业站"], lead_alternatives=[["镇林业站"]],
          note="「一、加强领导,搞好宣传,铺天盖地,形成合力 / 镇政府成立以镇长为组长,分管副职为副组长,吸收镇各站(所)负责人、村级林长为成员的"
               "\"禁烧\"领导组,全面负责督查\"禁烧\"工作。坚决遏制野外用火行为频发多发态势。要求镇林业站组织所有护林员,以农户为单位,通过发放"
               "《禁烧秸秆告知书》为主抓手,利用传单、广播、…等不同形式,在各自片区深入各学校、厂矿、…,开展多方位、无死角、全覆盖宣传攻势,…」 — "
               + R2 + ": 「A组织B＋verb」 (round 30: 「区教育局组织各学校开展…」) names A, the 护林员 (persons, the object of 组织) none; "
               "「要求A组织…」 is the request form of the clause, A the doer as in 「请A负责…」 (round 30) — responsible [镇林业站], lead [] "
               "(the single doer accepted as lead, rule 2; RULING? 2: none is the alternative, not written as accepted). The "
               "领导组 is a group the item sets up: " + SETUP + "; its members (镇各站(所)负责人, 村级林长) are persons and members "
               "(rule 3); 镇政府 acts by 成立 (outside rule 2's list, round 30). 「春节已过」 is a season: " + NODATE),
        S(["二"], [], [],
          note="「二、明确责任,细化分工,山有人护,责有人担 / 对照职责要求和任务清单以及考核指标,逐......」 (" + CUT + ") — the heading names "
               "work (明确, 细化) and the body is cut before any doer: a cut item is kept as far as it is printed (round 41; round 71: "
               "a verb of work printed makes the cut line an item); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一、 and 二、 (childless points giving work, round 34 early; round 64), 二 CUT after 「逐」. Accepted: 1 "
            "(二 left out as cut before its own work)",
            "the page names one unit (镇林业站 in 一), so it is a plan whose tasks name units; it prints no date, no figure and no "
            "schedule; the site's lines after the cut (预览结束…, 请点击…联系老师) are chrome"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x303_02_mou-xiangzhen-qingmingjie-qijian-senlin-fanghuo-shishi-fangan.txt"
plan(X02,
     title="某乡镇清明节期间森林防火实施方案",
     title_note="line 2, the only title line the page prints (under the site's 登录 line, above its 字数 line); the cover's 「现将"
                "《XX镇森林防火工作方案》印发给,…」 names the plan otherwise (RULING? 4: that name is the alternative, not written "
                "as accepted — the scorer holds one title)",
     doc_no="", issuer="a 镇 (XX镇, masked; 「全镇」「驻镇各单位」)", date="not shown (no year anywhere)",
     level="town (XX镇; 各村(居)委会)",
     source=source("https://m.wydbw.com/show.asp?Id=262844"),
     style="a 范文 site (字数／浏览／下载 line): the title, the addressee 「各村(居)委会、驻镇各单位:」, a one-sentence cover that forwards "
           "the plan, 一、指导思想 (one paragraph), 二、工作重点 with run-in (一)–(三), and a lone 「(」 where (四) would begin (CUT)",
     leaf_tasks=3, count_alternatives=[4], attachment_task_rows=0, childless_top_level_sections=["一、指导思想"],
     samples=[
        S(["二", "(一)"], [], [],
          note="「(一)加强组织领导。分管领导和包村(居)领导要靠前指挥部署,村(居)党支部书记和村(居)主任要亲自落实,村(居)组干部要层层落实责任,"
               "做到网格化责任管理,一旦发生…而不及时上报的,层层追究有关人员的责任。」 — the subjects of 落实 are persons (" + PERSONS +
               ": 分管领导, 包村(居)领导, 村(居)党支部书记, 村(居)主任, 村(居)组干部); 追究 sits in a case (rule 3): " + NONE + "; "
               "清明 (the title) is a festival with no printed year: " + NODATE),
        S(["二", "(二)"], [], [],
          note="「(二)全面开展火灾隐患摸排。在全镇范围内开展拉网式火灾隐患排查工作,…。全面落实巡查网格化制度,镇主要领导负总责,分管领导具体抓,"
               "各村(居)驻村领导为所包村(居)第一责任人,村(居)支部书记和村(居)委会主为直接责任人,重点围绕…开展全面排查,…」 — 开展 and 落实 "
               "have no subject standing in the paragraph (round 34: a subject carries only from one standing; round 47: with none "
               "there is none); 负总责, 具体抓 and 为…责任人 name persons (" + PERSONS + "); " + NONE + "; " + NODATE),
        S(["二", "(三)"], [], ["各村(居)"], lead_alternatives=[["各村(居)"]], responsible_alternatives=[[]],
          note="「(三)加强火情预警。各村(居)、有关单位要加大瞭望监测力度,坚持…原则,建立群众举报制度,在全镇范围公布举报电话,对举报案件一经查实"
               "移交森林公安局处理。细化落实各项防控措施,做到“发现早、防得住”,全面禁止一切野外用火。」 — 加大, 坚持, 建立, 公布, 移交 are outside "
               "rule 2's closed list (round 30), but the subjectless 细化落实 carries the subject standing before it in the same "
               "paragraph (round 34; round 56's x58_02 turned: 「…应…明确…。对…,应…组织开展…」 carries across the full stop), and 落实 is "
               "rule 2's whatever its object (round 66's p46d) — 各村(居) a kind of body, kept as printed (round 30; round 70's x289_01: "
               "a word saying which bodies stays); 有关单位 bare is a general call, no unit (rounds 33, 43; Round 74's x293_01 5.1); "
               "森林公安局 only receives the cases (rule 3). Responsible [各村(居)], lead [] (the single doer accepted as lead); RULING? 3: "
               "none (the sentence read as a general call 「各村(居)、有关单位要…」, the carry not reaching its second sentence) is accepted; "
               + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 二/(一)–(三). 一、指导思想 is a childless top-level section (plans-dev EXPECTED.md lines 21–25), a stance "
            "(round 68); the lone 「(」 at the page's end prints no number and no word (round 71: a lone character gives no work). "
            "Accepted: 4 (一、指导思想 counted, as a page that names units only by a carried subject might be read under plans-dev 08's "
            "every-leaf count)",
            "the cover 「现将《XX镇森林防火工作方案》印发给,请各村(居)委会、镇属各单位认真贯彻落实」 is a cover's call (the head: 「请认真贯彻"
            "执行」 is no task)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x303_03_yuelu-yanghu-jiedao-2020-qiudongji-xinguan-feiyan-yiqing-yingji-yuan.txt"
plan(X03,
     title="岳麓区洋湖街道应对2020年秋冬季新冠肺炎疫情应急预案",
     title_note="line 1, the plan's own title as the district's page prints it",
     doc_no="", issuer="岳麓区洋湖街道 (长沙市, 湖南)", date="not shown on the page (the address's 20201110 is the posting)",
     level="street (街道; 「我街道辖区」)",
     source=source("http://www.yuelu.gov.cn/yl_xxgk/xxgkml/yjgl/yjya/202011/t20201110_9478543.html"),
     style="a district government's disclosure page: the title, a preamble, 一、基本原则, 二、适用范围, 三、应急指挥机构及职责 (one "
           "paragraph each, headings on their own lines, blank lines between), 四、应急准备 with (一)定点医院准备 run in, CUT",
     leaf_tasks=2, count_alternatives=[1], attachment_task_rows=0,
     childless_top_level_sections=["一、基本原则", "二、适用范围"],
     samples=[
        S(["三"], [], ["街道行政审批服务办"], lead_alternatives=[["街道行政审批服务办"]], responsible_alternatives=[[]],
          not_targets=[(10, "个")],
          note="「三、应急指挥机构及职责 / 成立洋湖街道新冠肺炎疫情防控指挥部,承担应急指挥调度工作。指挥部下设综合组、…宣传组等10个工作组,…。各组成员单位"
               "按照《…工作方案》职责规定切实履职,…。街道行政审批服务办承担指挥部办公室职责,承担应急指挥日常管理职能组织研判疫情防控风险,研究制定本辖区新冠"
               "肺炎疫情防控应急预案,强化…工作职能。」 — the 指挥部 and its 10 groups are set up here: " + SETUP + "; 各组成员单位…切实履职 is "
               "履行, which names none (round 67), and the 成员单位 are members (rule 3). 街道行政审批服务办 is a standing body of the street, "
               "not set up here, and it is the subject of 组织研判 (rule 2's 组织＋verb; the comma the page drops after 职能 joins nothing, "
               "rounds 34, 61) — " + R2 + ": responsible [街道行政审批服务办], lead [] (the single doer accepted as lead). RULING? 5: none "
               "(the body read as the 指挥部's office placed in the same breath as the plan's new 指挥部, round 73's 「下设」 form) is "
               "accepted. The item sets up the command and sends a body to work, so it is a task (Round 74's x294_07 1、 over x293_01 "
               "2.1). 10 个 counts the groups the 指挥部 is made of, its composition, no number of work (Round 74's x295_04; round 76): "
               "not_target. 「2020年秋冬季」 in the title is a season: " + NODATE),
        S(["四", "(一)"], [], [],
          note="「(一)定点医院准备。一旦发生新冠肺炎疫情,根据防控指挥部定点医院安排,联系辖区内社区卫生服务中心及时转移」 (" + CUT + ") — 联系 has no "
               "subject and 社区卫生服务中心 is its object; 防控指挥部 only arranges the hospital the step follows (根据…安排): " + NONE +
               "; the item prepares a step for the case of an outbreak, the 预案's own work (a cut task kept as far as printed, rounds "
               "41, 71); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 三 (a childless point that sets up the command and gives a body work) and 四/(一) (CUT). 一、基本原则 is a "
            "stance (round 68) and 二、适用范围 a scope (rounds 60, 66; round 72's 1 总则 points): no tasks, no samples (round 30). "
            "Accepted: 1 (三 read as a set-up point only, Round 74's x293_01 2.1)",
            "the preamble 「制定本预案」 and the title's 「2020年秋冬季」 set no span with an end: no item is dated"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x303_04_xxzhen-chuangjian-wenming-chengshi-bairi-gongjian-xingdong-fangan.txt"
SPAN = ("the preamble 「经镇党委研究同意,决定自 5月24 日起开展为期 100 天的创建文明城市百日攻坚大整治行动」 sets the span of the plan's own "
        "campaign (决定从…开展, rounds 37, 45; round 48 decided on 定于), whose end 二 prints 「2022 年5月24 日至 8月31 日」, the year "
        "printed in the text (「2022 年是…」): items with no date of their own are due at its end (round 44 decided), 2022-08-31 "
        "(RULING? 7)")
plan(X04,
     title="xx 镇创建文明城市百日攻坚行动方案",
     title_note="line 10, the plan's own title line as printed (space and xx kept) under the site's headline 「镇创建文明城市百日攻坚行动方案」 "
                "and its VIP／size／page lines; the site's headline stands only where the text prints no title (round 65's x275_03)",
     doc_no="", issuer="a 镇 (xx 镇, masked), 「经镇党委研究同意」", date="2022 (the text's 「2022 年是…届中考评年」; the site's 2024-05-16 is its upload)",
     level="town (「我镇」「全镇」「xx 集镇」; xx 市, xx 区)",
     source=source("https://gongwen.com.cn/doc/350519.html"),
     style="a document site's preview (VIP专免, 18.33KB, 17 页): the headline, the title line, a preamble printed as short lines "
           "(the PDF's layout), 一、行动目标 (one paragraph), 二、行动安排 (a span), 三、行动重点 (a lead-in, CUT)",
     leaf_tasks=3, count_alternatives=[1, 2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [], dl="2022 年5月24 日至 8月31 日", dln="2022-08-31",
          note="「一、行动目标 / 围绕建设“一区六城”、…,在全镇迅速、广泛、深入开展“镇容管理、道路交通、…、网上材料”九项攻坚行动,通过组织动员全镇各有关"
               "部门单位开展创城攻坚,…全力营造整洁靓丽、管理有序、宜居舒适的镇村环境。」 — 组织动员 has no subject standing in its paragraph "
               "(round 34; round 70's x291_02: a 组织 with no subject names none), and 各有关部门单位 are its objects: " + NONE + ". The "
               "page names no unit anywhere, so every numbered leaf is a task (plans-dev 08, seed 003), this aim point too (a count "
               "without it accepted, round 27); " + SPAN),
        S(["二"], [], [], dl="2022 年5月24 日至 8月31 日", dln="2022-08-31", not_targets=[(100, "天")],
          note="「二、行动安排 / 2022 年5月24 日至 8月31 日,为期 100 天开展创建文明城市百日攻坚大整治行动,集中整治村镇“脏、乱、差”等不文明现象。」 — "
               "no subject: " + NONE + "; the item sets the campaign's work (开展…行动, 集中整治…) in a printed span: due at its end, "
               "2022-08-31 (round 44 decided; round 70's x287_03). RULING? 6: the point read as the campaign's time field only, no "
               "task, is the alternative (count 2 accepted). 为期 100 天 is the campaign's length, a span, no number of work: not_target"),
        S(["三"], [], [], dl="2022 年5月24 日至 8月31 日", dln="2022-08-31",
          note="「三、行动重点 / 根据《全国文明城市测评体系》,既要统筹兼顾、全面推进,又要抓住关键、重点突破,对达标项目要巩固成果,着力提升;对未达标项目要"
               "抓实做细,全力达标」 (" + CUT + ") — no subject: " + NONE + "; as printed a childless point giving work (巩固, 抓实做细), kept "
               "as far as printed (round 41); " + SPAN),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves: 一、二、三、 (no numbered children printed). The page names no unit (我镇 is the town speaking of itself, "
            "Round 74's x294_06; 各有关部门单位 the object of 组织动员), so every numbered leaf is a task (plans-dev 08, seed 003). "
            "Accepted: 2 (一 as a 行动目标 aim, round 27; or 二 as a time field, RULING? 6) and 1 (both left out)",
            "the span 2022-05-24 — 2022-08-31 is the whole campaign's, stated once, not a schedule of phases (round 37): phases []; "
            "九项攻坚行动 and 四连冠 are names, no targets"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x303_05_huangan-zhen-chuangjian-quanguo-wenming-chengshi-shishi-fangan.txt"
LABEL = ("the units line 「(责任部门:镇人居环境办公室、镇环保所、镇综合执法队、镇城建办完成时限:20xx年12月31日)」 after the run of items "
         "(1)–(4) gives each of them its units (" + R1 + ": a units line after a run of items); the page runs 镇城建办 into 完成时限 "
         "with no mark, the name ends before the field word (plans-dev EXPECTED.md: names as printed, split at the list's marks); "
         "lead [] (no 牵头)")
MASK = ("「完成时限:20xx年12月31日」 masks its year and nothing on the page fixes it (no year printed anywhere, no title): a masked "
        "year that nothing in the text fixes is no date (round 57's x255_08 decided; round 48's lost date): no deadline")
UNITS05 = ["镇人居环境办公室", "镇环保所", "镇综合执法队", "镇城建办"]
plan(X05,
     doc_no="", issuer="黄安镇 (郓城县, 菏泽市, 山东)", date="not shown (the 完成时限's year is masked 20xx)",
     level="town (黄安镇; 「全镇」「镇驻地」)",
     source=source("https://www.xiaozhentang.com/wenku/csve/EJKRP0LyXo"),
     style="a document site's text with no title line and no headline in the excerpt: a preamble, 一、指导思想, 二、创建目标, "
           "三、工作任务 (a lead-in) → (一)突出三大整治,夯实创建基础 → 1、整治镇容镇貌 (1)–(4) and a bracketed 责任部门／完成时限 line, "
           "2、提升乡风文明 (1) CUT after 「无」",
     leaf_tasks=4, count_alternatives=[2, 5], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、创建目标"],
     samples=[
        S(["三", "(一)", "1", "(1)"], [], UNITS05, dl="20xx年12月31日",
          note="「(1)生活垃圾定点投放,垃圾房、箱(桶)完好、整洁,无垃圾外溢现象,清运处理及时。」 — " + LABEL + ". The line states the "
               "standard the 整治 must reach under a task heading with a units label (round 74 reads a standard's state in a 方案's "
               "content as text, RULING? 8: here it is read as the item's work, count 2 without (1) and (2) accepted); " + MASK),
        S(["三", "(一)", "1", "(2)"], [], UNITS05, dl="20xx年12月31日",
          note="「(2)河塘有效治理,无垃圾漂浮物,无黑臭水体。」 — " + LABEL + " (治理 names the work; RULING? 8 as (1)); " + MASK),
        S(["三", "(一)", "1", "(3)"], [], UNITS05, dl="20xx年12月31日",
          note="「(3)定期开展集中整治,重点对镇区街道、村便民服务中心、农贸市场、公共厕所等公共场所的`乱堆乱放,牛皮癣广告、违章搭建、黑烟囱、白色垃圾"
               "以及河道垃圾和排污口的综合治理。」 (the site's stray ` kept) — " + LABEL + "; 村便民服务中心 and 农贸市场 are places the "
               "work covers, no doers; " + MASK),
        S(["三", "(一)", "1", "(4)"], [], UNITS05, dl="20xx年12月31日",
          note="「(4)加快镇驻地公共卫生间轮椅通道、扶手或缘石坡道等无障碍设施的建设。」 — " + LABEL + "; " + MASK),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["4 leaves: 三/(一)/1/(1)–(4). 一、指导思想 and 二、创建目标 are childless top-level sections naming no unit in a plan "
            "whose tasks name units: no tasks (the head; round 27); 三's and (一)'s lead-ins have children. 三/(一)/2/(1) is cut "
            "after 「无」, a lone character that gives no work (round 71): no task. Accepted: 2 ((1) and (2) read as standards, "
            "RULING? 8) and 5 (the cut 2/(1) counted)",
            "no title is checked: the page prints none (the excerpt opens with the preamble 「…结合黄安镇实际,特制定本实施方案。」) and the "
            "site gives no headline in it; a reader's 「黄安镇创建全国文明城市工作实施方案」 would be made up (RULING? 9). The "
            "《郓城县全国文明城市创建实地考察工作责任分工》 in 二 is a document the plan follows"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x303_06_xxzhen-chuangjian-diliujie-quanguo-wenming-chengshi-baobao-gongzuo-fangan.txt"
plan(X06,
     title="XX镇创建第六届全国文明城市包保工作方案",
     title_note="line 1 after the site's 「文档介绍:」, the document's own title as it opens",
     doc_no="", issuer="a 镇 (XX镇, masked) of XX市XX区", date="not shown (「今年是…决战决胜之年」, no year printed)",
     level="town (XX镇; 「四个场镇」「各村」)",
     source=source("https://m.taodocs.com/p-493139178.html"),
     style="a document site's preview: 「文档介绍:」 and the title, a preamble, 一、目标任务 and 二、工作重点 each run into its paragraph, "
           "then an unnumbered paragraph 「持续进行环境整治。…一是…二是…」 CUT at 「加大交」",
     leaf_tasks=2, count_alternatives=[1, 3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], [], [],
          note="「一、目标任务 围绕成功创建第六届全国文明城市的目标,按照统一领导、整体联动的要求,实行创文工作包保责任制,进一步明确创文工作的责任范围和具体"
               "职责,健全…机制,切实发挥基层组织力量,…切实将创建第六届全国文明城市工作落地落实。」 — no subject; 实行, 明确, 健全 are outside "
               "rule 2's list, and 落地落实 has no subject standing: " + NONE + ". The page names no unit, so every numbered leaf is a "
               "task (plans-dev 08, seed 003), this aim point too (a count without it accepted, round 27); 第六届 is an ordinal in a "
               "name, no date; " + NODATE),
        S(["二"], [], [], responsible_alternatives=[["各村"]], not_targets=[(4, "个")],
          note="「二、工作重点 持续提高群众素质。深入四个场镇广泛开展文明创建宣传活动,…。 / 持续进行环境整治。督促指导各村全面落实“门前五包”责任制,确保环境"
               "整洁卫生、绿化美化。一是集中整治…。二是加强交通秩序整治,加大交」 (" + CUT + ") — the unnumbered paragraph after the point is "
               "its body (rounds 32, 34; round 70's x288_06; Round 74's x296_03), so 二 is one task. 各村 is the object of 督促指导 (no "
               "subject): the body a pivot urges is no doer by the verb after it (round 70's x288_06 (九)–(十一): 「督促施工单位落实…」 none; "
               "rule 3's guided body) — " + NONE + "; RULING? 10: [各村] (落实's subject by the pivot, round 30) is accepted. 四个场镇 "
               "counts the places the publicity goes to, the town's own places, no number of work the item sets (RULING? 11): "
               "not_target; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["2 leaves: 一、 and 二、 (run-in points; 二's second paragraph unnumbered, its body). The page names no unit, so every "
            "numbered leaf is a task (plans-dev 08, seed 003). Accepted: 1 (一 as a 目标任务 aim, round 27) and 3 (二's two "
            "paragraphs 持续提高群众素质／持续进行环境整治 read as two items)",
            "一是／二是 inside the second paragraph are parts of one item's text, not numbered items"])

# ---------------------------------------------------------------------------------------------------------
# x303_07 and x303_08 were found, claimed and committed after the six above (commit 7a5f8714, 「texts first (second
# batch…)」), before a word of their answers was written.
X07 = "x303_07_jiedao-chengshi-guanli-gongzuo-yijian-di2ye.txt"
NOUNIT07 = ("the page names no unit by the ruled forms anywhere, so every numbered leaf is a task (plans-dev 08, seed 003); "
            "its 一、 heading and items 1–5 are on the page before (not printed here)")
plan(X07,
     doc_no="", issuer="a 街道 (街工委、办事处; 「全街」「辖区」), masked 「做文明××市」", date="not shown (the address's 201112 is the site's)",
     level="street (街道办事处; 区建设局、水务局 above it)",
     source=source("https://98523.com/fanwen/gongzuoyijian/c501/201112/141619_2.html"),
     style="page 2 of a 范文 site's 街道 城市管理 工作意见: the tail of item 5 「保绿化建设资金的落实。」, items 6、–10、 (a heading sentence run "
           "into its paragraph) under a 一、 printed on page 1, then 「二、 主要工作措施」 and 1、 (a heading line, its paragraph CUT)",
     leaf_tasks=6, count_alternatives=[5], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["6"], [], [],
          note="「6、加大协调,实施背街小巷道路和排水改造。加大与区建设局、水务局等区直部门协调力度,争取…投入,对…背街小巷道路和排水设施实施改造,…」 — "
               "实施 has no subject standing in the paragraph (round 34; round 47: with none there is none), and 区建设局、水务局 are the "
               "partners of 协调 (outside rule 2, Round 74's x295_03: 「A要协调B…」 names none): " + NONE + "; " + NOUNIT07 + "; " + NODATE),
        S(["7"], [], [],
          note="「7、加强食品安全监管。配合区直职能部门,加大对…食品加工安全的检查力度,结合“双创”工作集中整治,依法取缔非法加工户、小作坊…,确保食品安全。」 — "
               "no subject; 「配合B＋verb」 with no party before it gives B only where B's verb is one of rule 2's (round 36's 「配合A实施…」; "
               "Round 74's x297_01 五、9.), and 加大, 整治, 取缔 are not: " + NONE + "; " + NODATE),
        S(["8"], [], [], targets=[(100, "%"), (95, "%"), (85, "%")],
          note="「8、做好群众投诉和110接处警工作。按照110联动“四有四必”的服务承诺,…建立和健全社区信息平台反馈机制,…切实做到有警必接,接警必处,全年接处警率达"
               "100%,办结率达95%以上,群众满意率达85%以上。」 — no subject: " + NONE + ". Targets: the rates the item sets to reach (达 as 达到, "
               "a comparison word, round 30; 以上 the floor) — 100 %, 95 %, 85 %; 110 names the police line (a name with digits, not a "
               "target, the head), left unchecked. 全年 is the plan's year (round 39), which the page never prints: " + NODATE),
        S(["9"], [], [],
          note="「9、广泛开展市民教育。…在全街广泛开展系列文明教育活动,扎实推进以“讲社会公德,做文明××市”为主题的市民教育活动…」 — 开展 without 组织, "
               "no subject: " + NONE + "; " + NODATE),
        S(["10"], [], [],
          note="「10、做好突发性公共安全的应急工作。成立以办事处主任为组长,分管领导为副组长,城管办、社事办、综治办、派出所等部门参加的工作专班,制定工作方案与措施,"
               "强化日常训练,…」 — the 工作专班 is a group the item sets up and 城管办、社事办、综治办、派出所 join it (members, rule 3: " + SETUP +
               "); 办事处主任 a person; 制定, 强化 have no subject standing: " + NONE + "; the item sends no body to work, but 做好 "
               "names the item's own work (a task naming no unit, " + NOUNIT07 + "); " + NODATE),
        S(["二", "1"], [], [],
          note="「1、加强城管工作领导,统一认识,形成合力 / 城市管理工作中,街工委、办事处把城市管理工作列入目标管理之中,同考核,同管理,并纳入重要议事日程加强领导」 "
               "(" + CUT + ") — 街工委、办事处 are subjects of 把…列入, 纳入 and 加强领导, outside rule 2's closed list (round 30): " + NONE +
               "; a 措施 point in a page that names no unit is a leaf like the others (plans-dev 08); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["6 leaves: 6、–10、 (their 一、 on page 1; the paths are the numbers as printed, the parent unseen) and 二/1 (CUT). The "
            "opening fragment 「保绿化建设资金的落实。」 is item 5's tail from page 1, no item of this page (round 48: text the page cut "
            "adds none). Accepted: 5 (二/1 read as a 措施 point of a plan whose other pages name units, round 27)",
            "no title is checked: the page is a second page and prints none (RULING? 9, as x303_05); the site's path names a 工作意见"])

# ---------------------------------------------------------------------------------------------------------
X08 = "x303_08_xiangzhen-bumen-fanghong-fangxun-yingji-yuan.txt"
OFFICE = ("二's heading 「建立防汛办公室及防汛办的主要职责」 sets the office up and lists its duties: a body the section over the item "
          "sets up is none in its own lines (Round 75 on working groups: 「Only where the item or the section over it sets the group "
          "up…」; rule 3; round 73), so the heading gives its items no unit (RULING? 12: [防汛办] by the heading, rule 1, is the "
          "alternative, not written as accepted)")
plan(X08,
     title="乡镇部门防洪防汛应急预案",
     title_note="the site's headline (line 3; the breadcrumb on line 1, 「…_防台防汛预案」 on line 7), which the piece prints as 「乡镇部门防洪防汛应急"
                "预案1」 (line 11): the piece mark 1 is no part of the title (Round 74 continued: rounds 44, 48, 49, x222_05); the text "
                "itself, a 村's plan (「结合我村防汛工作实际,制订本预案」), prints no title of its own (round 65's x275_03: the headline stands)",
     doc_no="", issuer="a 村 (「本村」「村防汛领导小组」) under a 镇防汛指挥部 and a 街道防汛工作领导小组", date="not shown",
     level="village under a 镇 (the 范文 site files it as 乡镇; 镇防汛指挥部, 街道防汛工作领导小组 above it)",
     source=source("http://www.xuexila.com/fwn/fangandaquan/c1387020.html"),
     style="a 范文 site (学习啦): breadcrumb, headline, a date line, the headline again, the site's blurb, the piece's head 「…预案1」, a "
           "preamble, 一、工作原则, 二、建立防汛办公室及防汛办的主要职责 → 1、(run in), 2、汛情信息。…, 3、洪涝灾情信息 → (1), (2) CUT 「…半小时内上」",
     leaf_tasks=3, count_alternatives=[4, 5], attachment_task_rows=0, childless_top_level_sections=["一、工作原则"],
     samples=[
        S(["二", "1"], [], [],
          note="「1、在做好本村各项工作的同时,执行镇防汛指挥部下达的防汛应急抢险调动命令,启动防汛应急预案,组织实施避险转移、物资调运、灾民安置,并及时将有关情况"
               "上镇防汛应急指挥部。」 — 组织实施 is rule 2's, but no subject stands in the item; " + OFFICE + "; 镇防汛指挥部 only gives the "
               "orders the item carries out: " + NONE + "; 「将有关情况上镇防汛应急指挥部」 (上 for 上报) is a sending of what the work meets: an "
               "undated duty (Round 74's duties, turned); " + NODATE),
        S(["二", "2"], [], [],
          note="「2、汛情信息。当镇预报即将发生严重洪涝灾害时,村防汛领导小组应及时预警,通知有关区域和防汛各责任单位做好相关准备,并将准备情况和可能出现的问题逐级上报。」 — "
               "村防汛领导小组 is a standing group this page does not set up, but 预警, 通知 and 上报 are outside rule 2's closed list "
               "(round 30), and 防汛各责任单位 are the objects of 通知: " + NONE + "; the step is the item's own work though it starts 「当…时」 "
               "(the item is the 预案's response to that case); 逐级上报 is an undated duty; " + NODATE),
        S(["二", "3", "(2)"], [], [],
          note="「(2)洪涝灾情发生后,各单位应在第一时间,在保障人民生命财产安全的前提下,将受灾情况同时上报街道防汛工作领导小组,并对事实灾情组织核实,核实后半小时内上」 "
               "(" + CUT + ") — the subject of 组织核实 is 各单位, bare, a general call (rule 3; round 33), no unit; the 街道防汛工作领导小组 "
               "receives (rule 3): " + NONE + "; the sending is an undated duty; 第一时间 and 「核实后半小时内」 are limits from an event, "
               "no date: " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "及时将有关情况上镇防汛应急指挥部", "when": "及时", "when_norm": None},
             {"what": "将准备情况和可能出现的问题逐级上报", "when": "", "when_norm": None},
             {"what": "将受灾情况同时上报街道防汛工作领导小组", "when": "第一时间", "when_norm": None}],
     notes=["3 leaves: 二/1, 二/2, 二/3/(2) (CUT). 一、工作原则 is a childless top-level section, a stance (round 68). 二/3/(1) 「洪涝灾害信息"
            "主要包括:…」 says what the information holds, a definition, no act (round 30's general provisions; round 66's x271_05: a "
            "line stating a content is text). Accepted: 4 ((1) counted, or 一 counted as in a page naming no unit, plans-dev 08) and 5",
            "duties: the three sendings (上镇防汛应急指挥部, 逐级上报, 上报街道防汛工作领导小组), each undated (Round 74's duties, turned: a "
            "sending the rules ask of the bodies they task, of what they meet in their work, is an undated duty)"])

# Round 59 (rul80p): aligned to tests/data/CONVENTIONS.md "Round 80 rulings" (README, round 59)
from aligned_rulings import align80  # noqa: E402

_G80d = ("Tasks and counts, turned: plans-dev EXPECTED.md lines 21–25 and round 27 (a childless aims point is a section unless "
         "it names a doer) over plans-dev 08's every-leaf reading for aims points; the old counts stay accepted")
align80("x303_06", ["一"], "「一、目标任务 围绕成功创建…的目标,…实行创文工作包保责任制,进一步明确…,健全…机制,…」: a childless aims point (目标任务, like 工作目标／行动目标) naming no doer by rule 2 is a section, not a task (EXPECTED.md; round 27); a page naming no unit makes its work points tasks naming none (plans-dev 08), not its aims", _G80d, drop=True,
        counts={"leaf_tasks": 1, "count_alternatives": [2, 3]})
align80("x303_04", ["一"], "「一、行动目标 围绕建设“一区六城”…开展…九项攻坚行动,通过组织动员全镇各有关部门单位开展创城攻坚,…」: the same form — a childless aims point whose 组织动员 has no subject (rule 2 names no doer) is a section, not a task", _G80d, drop=True,
        counts={"leaf_tasks": 2, "count_alternatives": [3, 1]})

write_collected(DIR)
