# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next18/expected.json from the hand-written answers below.

These plans are a blind never-tuned set of round 16 (built by corpusW; page openings of plans from outside
Shanghai in fields the earlier sets have little of: 河长制, 食品安全, 文明城市创建, 营商环境, 养老服务, 消防): never tune
the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of
../plans/expected_tools.py, or by ``at`` where an item's number is not at its line's start); every answer was written
here by reading the texts. Neither the parser nor the scorer was run on these plans by corpusW: the lead scores them
once.

    python tests/data/plans-next18/make_expected.py tests/data/plans-next18
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    CUT,
    PAGES,
    S,
    at_in,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

HAND = ("; the excerpt was copied by hand from the tool's answer into the file (JSON escapes undone, a final newline "
        "added; runs of blanks retyped as ASCII spaces)")
PROSE = ("no unit is named for the item (the subjects in the text are prose, roles or category words): "
         "lead = [], responsible = []")
GOALS = ("a section of aims, principles or facts (总体要求/指导思想/基本原则/主要目标/整治目标…): no task; with it counted "
         "is accepted")
LEADS = "「X负责,A、B配合」: X the lead, A and B responsible (the scorer adds the lead to the responsible units)"
at = partial(at_in, DIR)


def src(url):
    return url + " — " + PAGES + HAND


# ---------------------------------------------------------------------------------------------------------
plan("x18_01_xianqu-tuixing-hezhangzhi-fangan.txt",
     title="县区推行河长制的方案",
     title_note="the essay site's heading (line 1, with 「【最新或2022(历届)】」 after it; line 9 adds 「一」 as the first of "
                "several texts); the plan's own name is not on the page — doubtful: the text is a province's plan "
                "(「结合我省实际」「视察安徽」「全省江河湖泊」), not a county's",
     doc_no="", issuer="(not on the page; by the content the 安徽省 plan for 全面推行河长制, 2017)", date="(not on the page)",
     level="province (Anhui, inferred from the content; the site calls it a county plan)",
     source=src("https://m.23xiu.com/xinlaodongfa/441777.html"),
     style="an essay site's copy: site chrome (时间/编辑, 【23xiu.com…】), a 何谓“河长制” blurb, the heading 「…方案一」, "
           "paragraphs indented by two blanks with a blank line between; 一、总体要求 / (一)指导思想 / (二)基本原则 as heading "
           "lines, ——bullets under (二); cut in the second bullet",
     leaf_tasks=2, count_alternatives=[0, 1], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["2 leaves by the mechanical rule ((一)指导思想, (二)基本原则, cut); 0 as a section of aims (" + GOALS + "); 1 "
            "without the cut (二)",
            "no sample: both leaves are aims, and no unit, number or date stands in them",
            "「五位一体」「四个全面」「五大发展行动计划」 are names; 十八届三中…六中 are ordinals: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x18_02_changchun-2017-quanmian-shishi-hezhangzhi-gongzuo-fangan.txt",
     doc_no="", issuer="长春市 (「结合长春市实际」; the issuing office is not on the page)", date="2017 (page date 2017-08-07)",
     level="city (Jilin, Changchun)",
     source=src("http://www.jilintou.com/news/newsshow654.aspx"),
     style="city 河长制 plan on a news site with NO TITLE on the page (it starts at the page's date line and the preamble); "
           "一、总体要求 / (一)指导思想 / (二)基本原则 with 「1、…」「2、…」「3、…」 principles (ideographic comma), 3 cut",
     leaf_tasks=4, count_alternatives=[0, 3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["no title on the page: the title is not checked (《吉林省全面推行河长制实施工作方案》 is a cited document)",
            "4 leaves by the mechanical rule ((一), (二)/1, 2, 3); 0 as a section of aims (" + GOALS + "); 3 without the cut 3",
            "厅字〔2016〕42号 and 吉办发[2017]16号 are cited numbers; 「三个五」「五个升级版」「六个目标」「五水共治」 are names: no "
            "targets; 「阅读量:3126」 is page chrome"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x18_03_pingdingshan-2018-hezhangzhi-zhuyao-renwu-fenjie-fangan.txt"
ROW_UNITS = ["各县(市、区)党委和人民政府", "城乡一体化示范区、高新区党工委和管委会"]
plan(X03,
     title="平顶山市全面推行河长制主要任务分解方案（平顶山市河长制办公室关于印发《平顶山市全面推行河长制主要任务分解方案》的通知）",
     title_note="the notice title (line 6, again on lines 14+16 split, with a blank inside 「主要任务 分解方案」) or the plan's "
                "name in 《》; line 22 names the table (「…主要任务分解表」)",
     doc_no="", issuer="平顶山市河长制办公室 (Henan)", date="2018-07-09 (published)",
     level="city (Henan, Pingdingshan; the city's 河长制 office)",
     source=src("http://slj.pds.gov.cn/contents/18886/30663.html"),
     style="task-division TABLE flattened with one ROW A LINE, cells separated by blanks: 「序号 类别 主要任务 细化措施 牵头单位 "
           "参与单位 责任单位」; merged 类别/主要任务 cells leave rows 2 and 3 with empty cells (runs of blanks); cells broken "
           "inside by blanks (「加强水资源保 护」「严守用水 效率控制 红线」); row 3 cut in its 责任单位 cell; site chrome and "
           "lines of one blank before the table",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], ["市水利局"], ["市水利局", "市发展改革委", "工业和信息化委", "住房和城乡建设局", "农业局", *ROW_UNITS],
          targets=[(11.88, "亿立方米")], dl="到2020年", dln="2020", **at(X03, "\n1 "),
          note="牵头单位 column = lead; 参与单位 (「市发展改革委、工业和信息化委、住房和城乡建设局、农业局等」: split at 、, 等 "
               "dropped, the shared 市 not added) and 责任单位 (「各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和"
               "管委会」: two compound names kept whole — the second names the party working committees and management "
               "committees of both zones) are responsible; 「用水总量控制在11.88亿立方米以内」 a ceiling target"),
        S(["2"], ["市水利局"], ["市水利局", "市发展改革委", "工业和信息化委", "住房和城乡建设局", *ROW_UNITS],
          targets=[(24, "%"), (25, "%")], dl="到2020年", dln="2020", **at(X03, "\n2  "),
          note="类别 cell empty (merged with row 1); 「比2015年分别下降24%、25%以上」: two targets (2015 is the base year); "
               "units as in row 1 without 农业局"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 rows (1–3); 2 without the cut row 3, which is not sampled (its 责任单位 cell is cut to 「…城乡一体化示范区、高」); "
            "row 3 has two leads in one cell (「市工业和信息化委、水利局」)",
            "the header line 「序号 类别 …」 is no task; 「IPV6」 is chrome"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x18_04_xiang-2015-canzhuo-wuran-shipin-fangxin-gongcheng-gongzuo-fangan.txt"
plan(X04,
     title="2015年度治理“餐桌污染”建设“食品放心工程”工作方案",
     title_note="lines 29 and 31 (split in two by a blank line); the upload's name 「餐桌污染建设食品放心工程年度工作方案」 "
                "(lines 1–27, several times, also with “”) is the site's",
     doc_no="", issuer="a township government (乡党委、政府; 「各村(场)」; Fujian by the cited 福建省 notice; the township is "
                       "not named)", date="2015",
     level="township (Fujian; name not on the page)",
     source=src("https://m.bdocx.com/doc/11623267.html"),
     style="a document site's page (冰豆网): upload metadata, 「…_第1页 / 第1页 / 共8页」 page lines, the title three times in "
           "other forms, the plan's title over two lines, addressees, preamble; 一、 a heading with 「由X承办,A、B配合。」 on "
           "its own line and the targets below (「治理工作目标:」); cut there",
     leaf_tasks=1, count_alternatives=[], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一"], ["乡三农服务中心"], ["乡三农服务中心", "乡畜牧站", "卫生院", "派出所", "工商所"],
          targets=[(100, "%"), (95, "%"), (98, "%")], lead_alternatives=[[]],
          note="「由乡三农服务中心承办,乡畜牧站、卫生院、派出所、工商所配合」: 承办 (the unit that carries the task) read as "
               "the lead, as 主办 in plans-next15 u10; no lead accepted; names as printed (the shared 乡 not added to 卫生院 "
               "…); 「定点屠宰率达100%」「达到95%以上」「合格率均达到98%」 (the page ends after 98%); no deadline (2015 implicit); "
               + CUT),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf (一, cut; its measures are not on the page)",
            "「**政办〔2015〕39号」 is a cited number with the site's blanking; 「文档编号:11623267」「23.73KB」「共8页」 are chrome"])

# ---------------------------------------------------------------------------------------------------------
X05 = "x18_05_putian-shipin-anquan-gongzuo-fangan-di7ye.txt"
plan(X05,
     doc_no="", issuer="莆田市 (市食安办, 市食安委; the issuing office and the title are not on the page)",
     date="(not on the page; about 2009–2012 by 《食品安全法》, 市食安办 and 市质监局)", level="city (Fujian, Putian)",
     source=src("http://ask.fsou.com/html/text/lar/172642/17264259_7.html") + "; page 7 of a paged copy: the page starts "
            "inside section 三 (not on the page) at item 7",
     style="a later page of a city food-safety plan: NO TITLE, it starts at item 「7.」 of a section whose heading is on the "
           "previous page; every item opens with its units: 「X负责,A、B配合,…」, 「(四)由X负责,…」, or 「X负责,」 alone; "
           "四/(一) is broken over two lines inside 《食品安全法》; (五) cut",
     leaf_tasks=8, count_alternatives=[7], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["7"], ["莆田出入境检验检疫局"], ["莆田出入境检验检疫局", "市工商局"], note=LEADS + "; path as printed (the "
          "section above 7 is on the previous page)"),
        S(["8"], ["市工商局"], ["市工商局", "市经贸委", "市农业局"],
          note=LEADS + "; 「“两证”」 is a name: no target"),
        S(["9"], ["市城管执法局"], ["市城管执法局"], note="「X负责,」 alone: X the lead and only unit"),
        S(["四", "(一)"], ["市食安办"], ["市食安办", "市食安委有关委员单位"],
          note=LEADS + "; 「市食安委有关委员单位」 is a group name kept whole (as 有关部门和单位 in plans-dev 01); the item "
                       "runs over two lines (「《\\n食品安全法》」)"),
        S(["四", "(二)"], ["市卫生局"],
          ["市卫生局", "市食安办", "市农业局", "市海洋与渔业局", "市环保局", "市工商局", "市质监局", "市粮食局",
           "莆田出入境检验检疫局"], note=LEADS),
        S(["四", "(三)"], ["莆田出入境检验检疫局"], ["莆田出入境检验检疫局"], note="「X负责,」 alone"),
        S(["四", "(四)"], ["市农业局"], ["市农业局", "市海洋与渔业局", "市环保局"],
          note="「由X负责,A、B配合」: 由 is not part of the unit; " + LEADS),
        S(["四", "(五)"], ["市农业局"], ["市农业局", "市供销社"], note=LEADS + "; " + CUT + " (its units are whole)"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["no title on the page: the title is not checked",
            "8 leaves on the page (7, 8, 9 of the previous page's section; 四/(一)–(五)); 7 without the cut (五)",
            "no item names a number or a date"])

# ---------------------------------------------------------------------------------------------------------
X06 = "x18_06_jiedao-wenming-chengshi-chuangjian-gongzuo-shishi-fangan.txt"
plan(X06,
     title="文明城市创建工作实施方案",
     title_note="the document site's heading (line 1 「…2篇.docx」, and inside line 3 「…实施方案一」, the first of two texts); "
                "the street's own title is not on the page",
     doc_no="", issuer="a street office (街道; 管区, 社区; 「新区」 — the place is not on the page)", date="(not on the page)",
     level="street (place not given)",
     source=src("https://yzwku.com/doc/70980.html"),
     style="a document site's preview: the text in CHUNKS numbered by the site at the start of the lines (「1、」「2、」「3、」 — "
           "not items), the plan's own 一、二、三、 and (一) run together inside the chunks; 二、工作机制 names units in "
           "prose (条上由城管办、执法中队…具体负责业务指导; 块上由各管区牵头); 三、工作目标 ends 「主要做好以下几个方面的"
           "工作:」 and runs into (一), cut",
     leaf_tasks=1, count_alternatives=[0, 2, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、指导思想", "二、工作机制"],
     samples=[
        S(["三", "(一)"], [], [], **at(X06, "工作:(一)"),
          note=PROSE + "; 「深入宣传,强力造势」 — the page ends in it; its parent 三、工作目标 is printed as the heading of the "
                       "work list (a section 四 may be missing in the copy): path as printed"),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["1 leaf (三/(一), cut); 0 without it; 2 or 3 if 一、指导思想 / 二、工作机制 are counted (" + GOALS + "; 二 states "
            "the working mechanism, no task)",
            "the site's chunk numbers 「1、」「2、」「3、」 at line starts are not items (「2、指挥下开展工作」 continues a "
            "sentence; 「3、风」 is a cut word)",
            "二's units (城管办、执法中队、物业办、市场事务所、科技文化中心; 各管区) belong to the mechanism, not to a task",
            "「17页」「2篇」 are chrome; 「XX创建全国文明城市工作方案及预案」 is a blanked name"])

# ---------------------------------------------------------------------------------------------------------
plan("x18_07_xianan-2019-jinyibu-youhua-yingshang-huanjing-shishi-fangan.txt",
     title="咸安区进一步优化营商环境实施方案（关于印发咸安区进一步优化营商环境实施方案的通知）",
     title_note="the plan's name (line 15) or the notice title (line 1, with a blank inside 「营商环境 实施方案」)",
     doc_no="咸安政发〔2019〕1 (printed without 号)", issuer="咸安区人民政府 (Hubei, Xianning)", date="2019-03-09",
     level="district (Hubei, Xianning Xian'an)",
     source=src("http://www.xianan.gov.cn/xxgk/xxgkml/wjzl/zfwj/201904/t20190410_1659294.shtml"),
     style="district notice and plan: a notice title with a blank inside, a 来源/发布日期 chrome line, a document number "
           "without 号 and with a trailing blank, addressees, signature and date; the plan's 一、总体要求 and 二、主要目标 "
           "one paragraph each, 三、主要任务 / (一) a heading / 「1.…」 cut in its first sentence",
     leaf_tasks=1, count_alternatives=[0, 3], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "二、主要目标"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["1 leaf (三/(一)/1, cut in its first sentence); 0 without it; 3 with 一 and 二 (" + GOALS + ")",
            "三/(一)/1 is not sampled: the page ends before its units and its measures",
            "鄂政发〔2018〕26号 and 咸政发〔2018〕17号 are cited numbers; 「四个着力」「四个切实」「三集」 are names; "
            "「区政府第二次常务会议」 is an ordinal"])

# ---------------------------------------------------------------------------------------------------------
plan("x18_08_putian-2014-jiakuai-fazhan-yanglao-fuwuye-shishi-yijian.txt",
     title="莆田市人民政府关于加快发展养老服务业的实施意见",
     title_note="lines 4 and 6 (twice)",
     doc_no="莆政综〔2014〕76号", issuer="莆田市人民政府 (Fujian)", date="2014",
     level="city (Fujian, Putian)",
     source=src("https://shuipu.net/law/v?id=v7v019f3c102114ddf5b01a82f5f1bb9092b17c3f4cc671d58ed&title=%E8%8E%86%E7%94%B0%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E5%85%B3%E4%BA%8E%E5%8A%A0%E5%BF%AB%E5%8F%91%E5%B1%95%E5%85%BB%E8%80%81%E6%9C%8D%E5%8A%A1%E4%B8%9A%E7%9A%84%E5%AE%9E%E6%96%BD%E6%84%8F%E8%A7%81"),
     style="city implementation opinion on a tax-law site: search chrome (精确检索/开始检索), the title twice, two site notes "
           "「税谱®提示:根据2019年5月16日…继续有效」 naming later documents, addressees, a preamble; 一、主要目标 with ——bullets "
           "of dense targets (one bullet broken over two lines); cut in the fifth bullet",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、主要目标"],
     samples=[],
     plan_targets=[{"number": 90, "unit": "%"}, {"number": 60, "unit": "%"}, {"number": 15800, "unit": "张"},
                   {"number": 35, "unit": "张"}, {"number": 30, "unit": "%"}],
     phases=[], duties=[],
     notes=["no task on the page: 一、主要目标 holds the aims (" + GOALS + "); 1 if it is read as one",
            "plan targets, all 「到2020年」: 「覆盖…90%以上乡镇和60%以上村」, 「床位至少需达到15800张以上」, 「每千名老年人拥有"
            "养老床位数35张以上」, 「护理型床位…比例达到30%以上」",
            "the 税谱 notes' dates (2019年5月16日, 2020年12月31日) and numbers (莆政综〔2019〕38号, 莆政综〔2020〕101号) are the "
            "site's: no deadlines; 闽政〔2014〕3 号 is a cited number (with a blank)"])

# ---------------------------------------------------------------------------------------------------------
plan("x18_09_haiyan-2022-tuijin-yanglao-fuwu-gaozhiliang-fazhan-gongzuo-fangan.txt",
     title="海盐县关于推进养老服务高质量发展的工作方案(征求意见稿)",
     title_note="line 20 (the draft plan's title); the page's title (line 1) is the call for comments that publishes it, "
                "「关于公开征求《…》的通知」 — doubtful which a reader gives",
     doc_no="", issuer="海盐县民政局 (Zhejiang, Jiaxing; 信息来源 县民政局)", date="2022-04-18 (published for comment)",
     level="county (Zhejiang, Haiyan)",
     source=src("http://www.haiyan.gov.cn/art/2022/4/18/art_1562212_59381778.html"),
     style="a county's call for comments on a DRAFT plan: 「  • 」 bullet chrome, a paragraph with the comment period, "
           "contact lines indented by blanks (phone, address, postcode), 「附件: 1. …pdf」 and 「2. …」 attachment list "
           "(numbered, not items), then the draft's title, preamble and 一、工作目标 cut",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["no task on the page: 一、工作目标 holds aims (" + GOALS + "); 1 if it is read as one",
            "the attachment list 「附件: 1. …」「2. …」 names files, not tasks",
            "「公示期内…反馈至海盐县民政局」 asks the public for comments: no duty of a unit; 「2022年4月18日至2022年5月18日」 "
            "is the comment period, not a phase",
            "「0573—86177812」「619号」「314300」 are phone, address and postcode; 「十四五」 a name: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x18_10_qingjiao-huohuan-zhanyi-shishi-fangan-di1ye.txt",
     doc_no="", issuer="a province's government (「省政府将对各地…考核验收」; the province is not on the page)",
     date="2011 (by the phases)", level="province (not named)",
     source=src("http://www.fymate.net/html/text/lar/173153/17315374_1.html") + "; a page of a paged copy that starts "
            "at 四、实施步骤 (the title and 一、–三、 are not on the page)",
     style="a province's 清剿火患 campaign plan from its 四、: NO TITLE, three dated phases as items 「(一)动员部署阶段(2011年"
           "9月26日至30日)。…」 (the second spanning two years, the third ending 「2月29日」), then 五、工作措施 / (一)网格排查"
           "整治。… / 「1.实行明细化责任分包。…」 cut",
     leaf_tasks=4, count_alternatives=[1, 3], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["五", "(一)", "1"], [], [],
          note=PROSE + " (县(市、区)政府、行业系统分管领导, 乡镇、街道的工作人员, 村(居)委会、治安巡防队 are the levels that "
                       "share the grid, named as kinds, not units); no deadline; " + CUT),
     ],
     plan_targets=[],
     phases=[{"name": "动员部署阶段", "start": "2011-09", "end": "2011-09"},
             {"name": "清剿火患阶段", "start": "2011-09", "end": "2012-02"},
             {"name": "总结验收阶段", "start": "2012-02", "end": "2012-02"}],
     duties=[],
     notes=["no title on the page: the title is not checked",
            "4 leaves (四/(一)–(三), the dated steps, and 五/(一)/1, cut); 3 without the cut; 1 if the phases are read as "
            "phases only",
            "「省政府将对各地行动开展情况进行考核验收」 is the province's own check, not a reporting duty of the units",
            "「三合一」 is a name and 「大网格」「中网格」「小网格」 are levels: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x18_11_shanxi-xiaofang-anquan-zhuanxiang-zhengzhi-sannian-xingdong-shishi-fangan.txt",
     title="消防安全专项整治三年行动实施方案",
     title_note="line 2's start (the text runs on after a blank: 「…实施方案 为加强…」); line 1 is the file name with .doc",
     doc_no="", issuer="(not on the page; by the content a 山西省 plan: 「山西省安全生产专项整治三年行动计划」, 「全省」)",
     date="2020 (by the content: three years to 2022)", level="province (Shanxi, inferred)",
     source=src("http://wenku.edumine.net/doc/74147.html"),
     style="a document site's copy: the file name on line 1, then the WHOLE TEXT ON ONE LINE (title, preamble and "
           "「一、整治目标」 run together with blanks), 「一是…二是…三是…四是」 goals inside 一; cut in 四是",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、整治目标"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["no task on the page: 一、整治目标 holds the goals (" + GOALS + "); 1 if it is read as one; 一是…四是 are parts "
            "of 一, not items",
            "「2022年底前」 (twice) dates goals of the whole plan, in no task; 「三年」 is the plan's span: no targets"])

# ---------------------------------------------------------------------------------------------------------
plan("x18_12_zhoukou-2020-xiaofang-anquan-zhuanxiang-zhengzhi-sannian-xingdong-shishi-fangan.txt",
     title="周口市消防安全专项整治三年行动实施方案",
     title_note="line 4 (the plan's name; also in 《》 on line 2); the notice's own title is not on the page, which starts "
                "at the addressees",
     doc_no="", issuer="周口市人民政府 (Henan)", date="2020-06-01",
     level="city (Henan, Zhoukou)",
     source=src("https://www.zhoukou.gov.cn/sitesources/zksrmzf/page_pc/zwgk/jcxxgk/zfwj/zzb/2020n/articleECEE9D5478BB4A4BBF3D368C28AFB9A9.html"),
     style="city notice from its addressees (no title, no number), date line, the plan's title, preamble, then 一、整治目标"
           "及原则 with UNNUMBERED run-in principles 「坚持责任引领、齐抓共管。…」 (three, the third cut)",
     leaf_tasks=0, count_alternatives=[1], attachment_task_rows=0, childless_top_level_sections=["一、整治目标及原则"],
     samples=[], plan_targets=[], phases=[], duties=[],
     notes=["no task on the page: 一、整治目标及原则 holds aims and principles (" + GOALS + "); 1 if it is read as one; its "
            "unnumbered 「坚持…。」 paragraphs are principles, not items",
            "「2022年底前」 (twice) dates goals of the whole plan; 「三年」「四个能力」 are a span and a name: no targets"])

write_collected(DIR)
