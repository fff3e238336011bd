# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next9/expected.json from the hand-written answers below.

These plans are a never-tuned set of round 12 (built by corpusN): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py); every answer
was written here by reading the texts, before the parser or the scorer was run on them.

    python tests/data/plans-next9/make_expected.py tests/data/plans-next9
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    ONE,
    PLANS,
    S,
    align29,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"
C19 = "19e51bcbbf7d8f9d43ed3b35798b11d98de85295"
WHOLE = ("the stored text (read with read_file); only the repository's wrapper was removed (YAML front matter, the two "
         "`>` disclaimer lines and the blank lines around them, the `# ` marker before the notice title); the "
         "reconstructed file has the stored file's character count")
PROSE = ("no unit is named for the item as a label (the subjects in the text are prose: 市规划资源局 …, 各区 … do the "
         "work in sentences): lead = [], responsible = []")
PERIOD = ("no date in the item (the plan's year or period is in its title only): whether the item takes the period's "
          "end is a reading, so the deadline is not checked")
RESP = "「（责任部门：…）」 at the end of the item: a responsible list, no lead named; split on 、 and ，"
FIRST = ("六、实施机制 says 「各任务牵头部门做好组织」 without saying which unit of a list leads; the first-listed unit as "
         "lead is accepted")
COLON = "unit-colon item 「（一）X：负责…」: the unit before the colon is the item's responsible unit"


def src(commit, path, url, chars):
    return f"{REPO} @ {commit}, {path} (official page {url}) — {WHOLE} ({chars})"


def P(path, targets=(), note="", **kw):
    """An item that names no unit (prose actors only)."""
    return S(path, [], [], targets, note=(note + "; " if note else "") + PROSE, **kw)


def U(path, units, targets=(), note="", **kw):
    """An item whose units are labelled: a responsible list without a named lead."""
    alt = [[units[0]]]
    return S(path, [], list(units), targets, note=note, lead_alternatives=alt, **kw)


# ---------------------------------------------------------------------------------------------------------
Y01 = "y01_shanghai-guiziju-2026-qiye-goumai-budongchan-zhuanyi-dengji-yijianshi-shishi-fangan.txt"

plan(Y01,
     title="企业购置不动产转移登记“一件事”工作实施方案（关于印发《企业购置不动产转移登记“一件事”工作实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪规划资源登〔2026〕229号",
     issuer="上海市规划和自然资源局 with 上海市公安局, 国家税务总局上海市税务局, 上海市市场监督管理局, 国家金融监督管理总局上海监管局 (joint signature)",
     date="2026-07-29", level="city bureaus (Shanghai, 市规划资源局 and four others)",
     source=src(C49, "docs/规划与土地/关于印发《企业购置不动产转移登记“一件事”工作实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=ab2bc3e5de9b4e059e8a8561deaa0796&siteId=0032", 3541),
     style="city 「一件事」 reform plan of five bureaus: the cover's joint signature is broken across lines by the page "
           "(「国家税务总局」 / 「上海市市场」 / 「国家金融监督管理总局」 / 「上海市税务局」 / 「监督管理局」 / 「上海监管局」); "
           "一、工作目标 a paragraph; 二、部门职责 five unit-colon items 「（一）市规划资源局：负责…」; 三、实施方式 （一）（二） heading "
           "lines, （二） with 1.–3. 「1.线上“一网通办”。…」; 四、重点任务 （一）–（四） 「heading。text」; 五、组织保障 a paragraph; no "
           "dates and no figures to reach anywhere",
     leaf_tasks=13, count_alternatives=[15], attachment_task_rows=0,
     childless_top_level_sections=["一、工作目标", "五、组织保障"],
     samples=[
        U(["二", "（一）"], ["市规划资源局"], note=COLON + "; 「负责牵头推进…」 makes it the reform's lead in a sentence: the unit as lead is accepted (and " + ONE + "); " + NODATE),
        U(["二", "（二）"], ["市公安局"], note=COLON + "; " + ONE + "; " + NODATE),
        U(["二", "（三）"], ["上海市税务局"], note=COLON + " (the long name 国家税务总局上海市税务局 is in the cover); " + ONE + "; " + NODATE),
        U(["二", "（四）"], ["市市场监管局"], note=COLON + "; 市大数据资源平台 is where data goes (prose); " + ONE + "; " + NODATE),
        U(["二", "（五）"], ["上海金融监管局"], note=COLON + "; " + ONE + "; " + NODATE),
        P(["三", "（一）"], note="服务范围: a heading line and a paragraph on what the service covers; " + NODATE),
        P(["三", "（二）", "1"], note=NODATE),
        P(["三", "（二）", "2"], note="各区不动产登记大厅 is a place (prose); " + NODATE),
        P(["三", "（二）", "3"], not_targets=[(962988, "")], note="「962988热线」 is a hotline's number, not a figure; " + NODATE),
        P(["四", "（一）"], not_targets=[(2, "个")], note="「“两个免于提交”」 is the name of a rule, not a quantity; " + NODATE),
        P(["四", "（二）"], note=NODATE),
        P(["四", "（三）"], note=NODATE),
        P(["四", "（四）"], note="「联合金融监管部门」 is prose; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 二、 （一）–（五） 5; 三、 （一） + （二）1.–3. = 4 (（二） has children, so it is not a leaf); 四、 （一）–（四） 4 = 13; "
            "15 accepted if 一、工作目标 and 五、组织保障 are read as tasks",
            "三、实施方式 describes how the service works; its items are numbered leaves and counted as the convention says",
            "五、组织保障 names 市规划资源局 as 牵头部门 in prose (a plan-level lead), with 市级各主管部门 and 各区规划资源、市场监管、公安、税务等部门"])

# ---------------------------------------------------------------------------------------------------------
Y02 = "y02_shanghai-guiziju-2026-liangzi-chengshi-kongjian-zhineng-jianshe-gongzuo-yaodian.txt"
GYQ = ["市规划资源局", "各区政府", "相关企事业科研单位"]

plan(Y02,
     title="2026年上海量子城市空间智能建设工作要点（关于印发《2026年上海量子城市空间智能建设工作要点》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪规划资源数〔2026〕141号", issuer="上海市规划和自然资源局 (with the 市政府's consent)",
     date="2026-04-27", level="city bureau (Shanghai, 市规划资源局), a city-wide 工作要点 for 市政府相关委、办、局",
     source=src(C49, "docs/规划与土地/关于印发《2026年上海量子城市空间智能建设工作要点》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=1b1f8e02101e4791abc70d2c7bdb21f4&siteId=0032", 5910),
     style="city 工作要点 of one year: 一、–五、 themes, （一）–（十五） 「…行动」 heading lines running on across them, items "
           "1.–32. running on across both; every item ends with 「（责任部门：A、B、C）」 (、 between units, once ， "
           "「市规划资源局，各区政府」); groups 各相关委办局 / 各区政府 / 相关企事业科研单位, universities and city companies in "
           "the lists; quantities in item 1 (万条, 亿词元) and 24 (场); no dates in the items; 六、实施机制 a paragraph",
     leaf_tasks=32, count_alternatives=[33], attachment_task_rows=0,
     childless_top_level_sections=["六、实施机制"],
     samples=[
        U(["一", "（一）", "1"], ["市规划资源局", "各相关委办局", "各区政府", "同济大学"],
          [(100, "万条"), (10, "万条"), (22, "亿词元"), (5, "项"), (100, "个")], skip_deadline=True,
          note=RESP + "; " + FIRST + "; 「不少于100万条模型微调语料和10万条思维链语料」, 「3大类100个专题领域、不少于22亿词元」, 「5项能力」; " + PERIOD),
        U(["一", "（一）", "2"], ["市规划资源局", "市数据局", "相关企事业科研单位"], [(6, "个")], skip_deadline=True,
          note=RESP + "; 「6个垂类模型」 (the six are named); " + PERIOD),
        U(["二", "（二）", "3"], ["市规划资源局", "各区政府"], skip_deadline=True, note=RESP + "; the list uses ， once; " + PERIOD),
        U(["二", "（二）", "4"], ["市规划资源局", "市数据局", "市城运中心", "各相关委办局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["二", "（三）", "5"], GYQ, skip_deadline=True, not_targets=[(15, "分钟")],
          note=RESP + "; 「15分钟社区生活圈」 is the name of a scene, not a figure; " + PERIOD),
        U(["二", "（三）", "6"], GYQ, skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["二", "（三）", "7"], GYQ, skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["二", "（四）", "8"], ["市规划资源局", "市数据局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["二", "（四）", "9"], ["市数据局", "市经济信息化委", "市发展改革委", "市规划资源局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["二", "（五）", "10"], ["市规划资源局", "各相关委办局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["二", "（五）", "11"], ["市规划资源局", "各相关委办局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["三", "（六）", "12"], ["市水务局", "市气象局", "市应急局", "市数据局", "市规划资源局", "市城运中心", "上海城投集团"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["三", "（六）", "13"], ["市应急局", "市消防救援局", "市规划资源局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["三", "（六）", "14"], ["市水务局", "市住房城乡建设管理委", "市交通委", "市规划资源局", "市城运中心", "上海城投集团"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["三", "（七）", "15"], ["市住房城乡建设管理委市重大办", "市交通委", "市发展改革委", "市规划资源局", "市城运中心", "申通地铁集团"], skip_deadline=True,
          note=RESP + "; 「市住房城乡建设管理委市重大办」 is written without a separator: the 重大办 of the 建设管理委, kept whole (doubtful: "
                      "a reader may split it into two units); " + PERIOD),
        U(["三", "（七）", "16"], ["市交通委", "市公安局", "市规划资源局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["三", "（八）", "17"], ["市水务局（海洋局）", "市规划资源局", "交通运输部上海海事局", "自然资源部东海局", "市气象局"], skip_deadline=True,
          note=RESP + "; the bracketed 「（海洋局）」 is part of the unit's name (the same bureau's second name); " + PERIOD),
        U(["三", "（八）", "18"], ["市气象局", "市绿化市容局", "市生态环境局", "市规划资源局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["三", "（八）", "19"], ["市住房城乡建设管理委", "市规划资源局", "市房屋管理局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["三", "（九）", "20"], ["市数据局", "市经济信息化委"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["三", "（九）", "21"], ["市数据局", "市规划资源局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["四", "（十）", "22"], ["市经济信息化委", "市科委", "市人力资源社会保障局", "市规划资源局", "杨浦区政府"], skip_deadline=True,
          note=RESP + "; 「上海（长三角）中青年工程师创新创业大赛」 holds brackets inside the text, not a unit; " + PERIOD),
        U(["四", "（十）", "23"], ["市规划资源局", "市经济信息化委", "市科委", "杨浦区政府", "清华大学"], skip_deadline=True,
          note=RESP + "; 「实施2026复兴岛…行动」: the year is part of the action's name; " + PERIOD),
        U(["四", "（十一）", "24"], ["杨浦区政府", "市文化旅游局", "市商务委", "市体育局", "市规划资源局"], [(50, "场")], skip_deadline=True,
          note=RESP + "; 「全年举办不少于50场高能级品牌活动」; 「岛北8万人大型开放空间」 is the size of a space (neither target nor checked); " + PERIOD),
        U(["四", "（十一）", "25"], ["杨浦区政府", "市规划资源局", "市文化旅游局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["四", "（十二）", "26"], ["杨浦区政府", "市规划资源局", "市住房城乡建设管理委"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["四", "（十二）", "27"], ["杨浦区政府", "市规划资源局", "市住房城乡建设管理委", "市水务局", "市交通委", "上海海事局", "市教委"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["四", "（十三）", "28"], ["杨浦区政府", "市绿化市容局", "市水务局", "市交通委", "市住房城乡建设管理委", "市规划资源局"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["四", "（十三）", "29"], ["杨浦区政府", "市交通委", "市发展改革委", "市经济信息化委", "市规划资源局", "市数据局", "市城运中心"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["四", "（十四）", "30"], ["市规划资源局", "市经济信息化委", "市科委", "杨浦区政府", "同济大学", "上海理工大学"], skip_deadline=True, note=RESP + "; " + PERIOD),
        U(["四", "（十四）", "31"], ["市规划资源局", "市数据局", "市住房城乡建设管理委", "市气象局", "市生态环境局", "市交通委", "市绿化市容局", "杨浦区政府", "同济大学", "上海理工大学"], skip_deadline=True,
          note=RESP + "; ten units; " + PERIOD),
        U(["五", "（十五）", "32"], ["市规划资源局", "市发展改革委", "杨浦区政府", "上规公司"], skip_deadline=True,
          note=RESP + "; 「国家人工智能应用中试基地（自然资源领域国土空间规划与治理方向）」 brackets inside a name; " + PERIOD),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "建立市级定期调度与专题研究的推进机制", "when": "定期", "when_norm": None}],
     notes=["counting: items 1.–32. are the leaves (each （一）–（十五） action heading has children); 33 accepted if 六、实施机制 is read as a task",
            "every unit list is a 责任部门 list without a named lead: lead = []; the first-listed unit as lead is accepted (see FIRST)",
            "the items carry no dates; the plan is a 2026 工作要点 (year in the title): deadlines not checked",
            "沪规划资源数〔2025〕254号 in the preamble is a document number; 「十五个五年规划」 a name"])

# ---------------------------------------------------------------------------------------------------------
Y03 = "y03_shanghai-guiziju-2025-zhongdian-shiqi-tufaxing-dizhi-zaihai-fangzhi-gongzuo-fangan.txt"

plan(Y03,
     title="上海市加强汛期、低温冰雪期等重点时期突发性地质灾害防治工作方案（关于印发《上海市加强汛期、低温冰雪期等重点时期突发性地质灾害防治工作方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪规划资源质〔2025〕323号", issuer="上海市规划和自然资源局", date="2025-08-21",
     level="city bureau (Shanghai, 市规划资源局), for 松江区 and 金山区",
     source=src(C49, "docs/规划与土地/关于印发《上海市加强汛期、低温冰雪期等重点时期突发性地质灾害防治工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=f38590b075ae40918269ffb8796cf792&siteId=0032", 2745),
     style="short city-bureau plan: cover (addressees 「各区规划资源局，市资研院、市地矿集团 :」 with a space before the colon), then "
           "一、工作要求 a paragraph; 二、重点工作 （一）–（六） 「heading。text」, （四） and （六） running on into unnumbered "
           "paragraphs; minute and hour limits (30分钟内, 24小时内, 5分钟内, 2小时内, 1小时内, 两小时内), telephone numbers in "
           "brackets; one dated step 「8月底之前」 (year from the notice, 2025年8月21日); 三、保障措施 a paragraph; an absent 附件",
     leaf_tasks=6, count_alternatives=[8], attachment_task_rows=0,
     childless_top_level_sections=["一、工作要求", "三、保障措施"],
     samples=[
        P(["二", "（一）"], note="「1+3+N」 is a name; 市规划资源局 / 区规划资源局 act in sentences; " + NODATE),
        P(["二", "（二）"], note="「两卡一表」 is a name; " + NODATE),
        P(["二", "（三）"], note=NODATE),
        P(["二", "（四）"], dl="8月底之前", dln="2025-08",
          note="「8月底之前，请有孕灾地质条件的各区规划资源局…制定…专项方案」: the year is the notice's (2025年8月21日); the "
               "unnumbered paragraph 「市地质灾害应急救援队…须在接报后30分钟内出发…确保灾后24小时内提交应急评估报告」 belongs to "
               "this item; its minute and hour limits are response times, neither targets nor deadlines (not checked)"),
        P(["二", "（五）"], note="「24小时应急值守」, 「5分钟内」, 「10分钟内」 are duty hours and response times (not checked); " + NODATE),
        P(["二", "（六）"], not_targets=[(63192037, "")],
          note="reporting limits 2小时内 / 30分钟内 / 1小时内 / 两小时内 (not checked as targets); 「（63192037）」 and "
               "「（010-66558072）」 are telephone numbers; the two unnumbered paragraphs after it belong to it; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "事发地区规划资源局立即启动应急响应程序，并在事发后2小时内报告市规划资源局", "when": "事发后2小时内", "when_norm": None},
             {"what": "事发地区规划资源局应在30分钟内通过电话向市规划资源局值班室进行口头报告，并在1小时内向市规划资源局报送书面报告",
              "when": "30分钟内 / 1小时内", "when_norm": None},
             {"what": "技术支撑单位10分钟内完成会议摘要整理并报送市规划资源局", "when": "接到部级会商指令后10分钟内", "when_norm": None},
             {"what": "确保灾后24小时内提交应急评估报告", "when": "灾后24小时内", "when_norm": None}],
     notes=["counting: 二、 （一）–（六） = 6; 8 accepted if 一、工作要求 and 三、保障措施 are read as tasks",
            "the plan is dated by the cover (2025年8月21日; the page 2025-08-22); 7月28日, 8月8日, 7月21日 in the preamble are dates of speeches and a meeting",
            "自然资电发〔2025〕25号 is a document number"])

# ---------------------------------------------------------------------------------------------------------
Y04 = "y04_jiading-2024-weifa-yongdi-zonghe-zhengzhi-sannian-xingdong-gongzuo-fangan.txt"
YEARLY = ("a stage of every year (「每年度按步骤有序推进」, 2024 with its own dates in brackets): which year's date is the "
          "item's deadline is a reading, not checked")

plan(Y04,
     title="嘉定区违法用地综合整治三年行动工作方案（2024－2026）（上海市嘉定区人民政府办公室关于转发《嘉定区违法用地综合整治三年行动工作方案（2024－2026）》的通知）",
     title_note="the plan's title after the cover (with its period in brackets), or the notice title: either is accepted",
     doc_no="嘉府办发〔2024〕14号", issuer="上海市嘉定区人民政府办公室 (forwarding the plan of 区规划资源局)",
     date="2024-05-17", level="district (Shanghai Jiading), a district bureau's plan forwarded by the district office",
     source=src(C49, "docs/规划与土地/上海市嘉定区人民政府办公室关于转发《嘉定区违法用地综合整治三年行动工作方案（2024－2026）》的.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_177015&siteId=0080", 3800),
     style="district three-year plan (2024－2026, full-width dash): 一、总体目标 and 三、整治方式 paragraphs; 二、整治内容 （一）–（四） "
           "categories of plots, each one line ending ；/。; 四、整治要求 and 六、工作保障 「（一）heading」 lines with paragraphs; "
           "五、行动步骤 three yearly stages 「（一）方案制定阶段（3月底前）」 without a year; quotas 1900 / 2200 / 1700亩 and "
           "30％ / 35％ (full width); 附件 a per-town quota table (12 rows + 总计, one cell a line, a header cell broken over two "
           "lines, a 制表日期 line padded with spaces)",
     leaf_tasks=13, count_alternatives=[9, 15, 25], attachment_task_rows=0,
     childless_top_level_sections=["一、总体目标", "三、整治方式"],
     samples=[
        P(["二", "（一）"], note="「C类（整改观察）、D类（整治退出）」 are classes; " + NODATE),
        P(["二", "（二）"], note=NODATE),
        P(["二", "（三）"], note="「“二调”后“三调”前」 names two surveys, not dates; " + NODATE),
        P(["二", "（四）"], note=NODATE),
        P(["四", "（一）"], [(1900, "亩"), (2200, "亩"), (1700, "亩"), (30, "%"), (35, "%")], skip_deadline=True,
          note="「第一年应完成1900亩…第二年应完成2200亩…第三年完成剩余1700亩」 and 「第一年…应完成30％；第二年和第三年分别完成35％」 "
               "(full-width ％); the years are counted (第一年 = 2024 …), so the deadline is a reading, not checked"),
        P(["四", "（二）"], note="the second unnumbered paragraph (当事人不配合…) belongs to this item; 公安、纪检监察、检察、法院 are prose; " + NODATE),
        P(["四", "（三）"], note=NODATE),
        P(["五", "（一）"], skip_deadline=True, note="「（3月底前）」, 「（2024年度实施方案为4月底前）」; " + YEARLY),
        P(["五", "（二）"], skip_deadline=True, note="「（11月中旬前）」; " + YEARLY),
        P(["五", "（三）"], skip_deadline=True,
          note="「区规划资源局于每年6月底前开展中期考核（2024年中期考核为8月底前），11月底前开展年度考核」 (the bureau is the "
               "sentence's subject, prose); " + YEARLY),
        P(["六", "（一）"], note=NODATE),
        P(["六", "（二）"], note="「区规划资源局要组织专项督办，牵头开展过程考核和年终考核」 is a sentence, not a label; " + NODATE),
        P(["六", "（三）"], note=NODATE),
     ],
     plan_targets=[{"number": 5800, "unit": "亩"}],
     phases=[], duties=[],
     notes=["counting: 二、 4, 四、 3, 五、 3, 六、 3 = 13; 9 accepted if 二、's four categories are read as the scope, not tasks; "
            "15 if 一、 and 三、 are read as tasks; 25 if the attachment's 12 town rows are read as tasks",
            "五、行动步骤 are stages of every year without a year: no phases are checked (which year's stage would be a reading)",
            "一、 holds the plan-level goal 「2024年至2026年全区完成5800亩」 and 「到2029年底实现产业类违法用地清零」; the "
            "attachment's heading 「总面积1.06万亩」 and its column 「2024年约1900亩」 repeat the figures",
            "corpusL's plans-next7 x01 is the 2026 yearly plan made under this one (a different document)",
            "the stored 制表日期 line holds 72 spaces between 「2024.4.16」 and 「单位：亩」; that count was set so the file's "
            "character count matches the stored file's (the run of spaces could not be counted by eye)"])

# ---------------------------------------------------------------------------------------------------------
Y05 = "y05_shanghai-guiziju-2026-jianshe-gongcheng-dangan-dantaozhi-guanli-shidian-gongzuo-fangan.txt"

plan(Y05,
     title="关于开展本市建设工程档案“单套制”管理试点工作方案（关于印发《关于开展本市建设工程档案“单套制”管理试点工作方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪规划资源行〔2026〕264号", issuer="上海市规划和自然资源局", date="2026-08-28",
     level="city bureau (Shanghai, 市规划资源局)",
     source=src(C49, "docs/工程建设管理/关于印发《关于开展本市建设工程档案“单套制”管理试点工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=89806e94e1e1411ab05a71a96f04cf66&siteId=0032", 3277),
     style="city-bureau pilot plan: every item a heading line 「（一）制度建设」 and a paragraph; 一、范围与定义 and 二、工作原则 "
           "hold definitions and principles as numbered items; 三、主要内容 （一）–（六）; 四、工作机制 （一）–（四）, （二）明确各方职责 "
           "holding four unnumbered unit-colon paragraphs 「市城建档案馆：负责…」; no dates; 「试点周期为三年」",
     leaf_tasks=16, task_section_leaves=10, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["一", "（一）"], note="a definition; " + NODATE),
        P(["一", "（二）"], skip_deadline=True, not_targets=[(3, "年")],
          note="「试点周期为三年」 is the pilot's length, not a figure to reach and not a dated deadline (not checked)"),
        P(["一", "（三）"], note="「可直接向市、区城建档案机构申请」: an applicant's route (prose); " + NODATE),
        P(["二", "（一）"], note="a principle; " + NODATE),
        P(["二", "（二）"], note=NODATE),
        P(["二", "（三）"], note=NODATE),
        P(["三", "（一）"], note=NODATE),
        P(["三", "（二）"], note=NODATE),
        P(["三", "（三）"], note="「市城建档案馆牵头制定…」 is a sentence (prose; doubtful: a reader may take it as the item's lead); " + NODATE),
        P(["三", "（四）"], note=NODATE),
        P(["三", "（五）"], note=NODATE),
        P(["三", "（六）"], note="「试点周期完成后」 is a relative time; " + NODATE),
        P(["四", "（一）"], note="「市规划资源部门牵头试点工作」 and 「区规划资源部门落实属地推进职责」 are sentences; " + NODATE),
        S(["四", "（二）"], [], ["市城建档案馆", "区城建档案机构", "试点项目建设单位", "试点项目参建单位"],
          note="four unnumbered paragraphs each led by a party and a colon 「市城建档案馆：」 「区城建档案机构：」 「试点项目建设单位：」 "
               "「试点项目参建单位：」: labels of the parties responsible, no lead (doubtful: the last two are kinds of organisation, "
               "and a reader may take the paragraphs as prose); " + NODATE),
        P(["四", "（三）"], note=NODATE),
        P(["四", "（四）"], note=NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "建立市、区两级联动工作机制，定期会商研判难点问题", "when": "定期", "when_norm": None}],
     notes=["counting: 一、 3, 二、 3, 三、 6, 四、 4 = 16; 10 accepted (三、 and 四、, the sections that hold tasks: 一、 defines "
            "and 二、 states principles)",
            "no date anywhere in the plan; the cover is dated 2026年8月28日"])

# ---------------------------------------------------------------------------------------------------------
Y06 = "y06_shanghai-shifuban-2026-zulin-shangwu-fuwuye-sanjuji-sannian-xingdong-jihua.txt"
Y28 = "「到2028年」 (the year only)"
THREE = (3, "个")
DIST = "「…等3个集聚区合计营收占全市比重达到N%」: 3个 counts the named districts (scope), the share is the target"

plan(Y06,
     title="上海市促进租赁和商务服务业“产业聚集、空间聚集、要素聚集”三年行动计划（2026—2028年）（上海市人民政府办公厅关于印发《上海市促进租赁和商务服务业“产业聚集、空间聚集、要素聚集”三年行动计划（2026—2028年）》的通知）",
     title_note="the plan's title after the cover (with its period in brackets), or the notice title: either is accepted",
     doc_no="沪府办发〔2025〕23号", issuer="上海市人民政府办公厅", date="2025-12-31",
     level="city government office (Shanghai, 市政府办公厅)",
     source=src(C49, "docs/房屋与住房/上海市人民政府办公厅关于印发《上海市促进租赁和商务服务业“产业聚集、空间聚集、要素聚集”三年行动计划.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=150471e2fb5a43218825642c4df0d087&siteId=0001", 5849),
     style="city three-year action plan (2026—2028): 一、明确发展目标 a paragraph (1.5万亿元); items 1.–28. (ASCII period) "
           "run on across 二、–六、, under 三、 四、 六、 inside （一）（二）（三） groups; items 1.–7. each 「到2028年，X营收超过/达到N亿元，"
           "A、B、C等3个集聚区合计营收占全市比重达到N%」; no units anywhere",
     leaf_tasks=28, count_alternatives=[29], attachment_task_rows=0,
     childless_top_level_sections=["一、明确发展目标"],
     samples=[
        P(["二", "1"], [(4500, "亿元"), (50, "%")], dl="到2028年", dln="2028", not_targets=[THREE], note="「广告业营收超过4500亿元」; " + DIST + "; " + Y28),
        P(["二", "2"], [(3000, "亿元"), (60, "%")], dl="到2028年", dln="2028", not_targets=[THREE], note=DIST + "; " + Y28),
        P(["二", "3"], [(3000, "亿元"), (55, "%")], dl="到2028年", dln="2028", not_targets=[THREE], note=DIST + "; " + Y28),
        P(["二", "4"], [(2000, "亿元"), (70, "%")], dl="到2028年", dln="2028", not_targets=[THREE], note="「超过70%」; " + DIST + "; " + Y28),
        P(["二", "5"], [(550, "亿元"), (55, "%")], dl="到2028年", dln="2028", note="「重点布局的长宁区营收占全市比重达到55%」; " + Y28),
        P(["二", "6"], [(250, "亿元"), (60, "%")], dl="到2028年", dln="2028", not_targets=[THREE], note=DIST + "; " + Y28),
        P(["二", "7"], [(200, "亿元"), (80, "%")], dl="到2028年", dln="2028", not_targets=[THREE],
          note="「法律服务业营收在200亿元以上持续增长」 (a floor); " + DIST + "; " + Y28),
        P(["三", "（一）", "8"], skip_deadline=True, note=PERIOD),
        P(["三", "（一）", "9"], skip_deadline=True, note="「南京西路“千亿商圈”计划」 is a programme's name; " + PERIOD),
        P(["三", "（二）", "10"], skip_deadline=True, note="「长三角一体化示范区（上海青浦）数字广告产业园区」 brackets inside a name; " + PERIOD),
        P(["三", "（二）", "11"], skip_deadline=True, note=PERIOD),
        P(["三", "（二）", "12"], skip_deadline=True, note=PERIOD),
        P(["三", "（二）", "13"], skip_deadline=True, note="「国家会展中心（上海）」 a name; " + PERIOD),
        P(["三", "（二）", "14"], skip_deadline=True, note=PERIOD),
        P(["三", "（三）", "15"], skip_deadline=True, note=PERIOD),
        P(["四", "（一）", "16"], skip_deadline=True, note=PERIOD),
        P(["四", "（一）", "17"], skip_deadline=True, note=PERIOD),
        P(["四", "（一）", "18"], skip_deadline=True, note="「“五一劳动奖章”」 a name; " + PERIOD),
        P(["四", "（二）", "19"], skip_deadline=True, note=PERIOD),
        P(["四", "（二）", "20"], skip_deadline=True, note=PERIOD),
        P(["四", "（三）", "21"], skip_deadline=True, note=PERIOD),
        P(["五", "22"], skip_deadline=True, note="「（GaWC）」 an abbreviation; " + PERIOD),
        P(["五", "23"], skip_deadline=True, note=PERIOD),
        P(["五", "24"], skip_deadline=True, note=PERIOD),
        P(["六", "（一）", "25"], skip_deadline=True, note=PERIOD),
        P(["六", "（一）", "26"], skip_deadline=True, note=PERIOD),
        P(["六", "（二）", "27"], skip_deadline=True, note="「市、区两级政府性融资担保机构提供担保支持」 is prose; " + PERIOD),
        P(["六", "（二）", "28"], skip_deadline=True, note=PERIOD),
     ],
     plan_targets=[{"number": 1.5, "unit": "万亿元"}],
     phases=[], duties=[],
     notes=["counting: 1.–28. are the leaves: 二、 1–7, 三、 （一）8–9 （二）10–14 （三）15, 四、 （一）16–18 （二）19–20 （三）21, "
            "五、 22–24, 六、 （一）25–26 （二）27–28; 29 accepted if 一、明确发展目标 is read as a task",
            "no unit is named anywhere (the plan strengthens 「各区主体责任」 in prose): lead = [] and responsible = [] for every item",
            "一、 holds the plan-level target 「全市租赁和商务服务业营业收入达到1.5万亿元以上」 到2028年",
            "corpusL's plans-next7 x03 is 静安's plan carrying this one out (a different document)"])

# ---------------------------------------------------------------------------------------------------------
Y07 = "y07_shanghai-fagaiwei-2026-lingtan-yuanqu-jianshe-gongzuo-fangan.txt"

plan(Y07,
     title="上海市零碳园区建设工作方案（关于印发《上海市零碳园区建设工作方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪发改环资〔2026〕130号", issuer="上海市发展和改革委员会 with 上海市经济和信息化委员会 (joint signature)",
     date="2026-09-07", level="city bureaus (Shanghai, 市发展改革委 and 市经济信息化委)",
     source=src(C19, "docs/绿色低碳与节能/关于印发《上海市零碳园区建设工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0025::4a6150c8589f48e9aac8256bc23b6dd7", 3655),
     style="city work plan: the cover's 「附件：上海市零碳园区建设工作方案」 line stands BEFORE the signature, the plan follows the "
           "date; 一、园区类型 paragraphs with thresholds (5万吨标准煤, 3万吨, 2万平方米 — conditions, not targets); 二、实施路径 "
           "（一）–（六） 「heading。text」; 三、组织保障 an opening paragraph and （一）–（七） heading lines whose paragraphs name one "
           "bureau each in a sentence (市发展改革委负责…, 市科委牵头…); 四、工作流程 a paragraph and （一）–（三）; 「3至5年」; "
           "a closing 「附件：」 line with two absent attachments",
     leaf_tasks=16, count_alternatives=[17], attachment_task_rows=0, childless_top_level_sections=["一、园区类型"],
     samples=[
        P(["二", "（一）"], note="「“一对一”“一对多”」 are names; " + NODATE),
        P(["二", "（二）"], note=NODATE),
        P(["二", "（三）"], note=NODATE),
        P(["二", "（四）"], note=NODATE),
        P(["二", "（五）"], note=NODATE),
        P(["二", "（六）"], note=NODATE),
        P(["三", "（一）"], note="「市发展改革委负责…」: the bureau is the sentence's subject (prose, doubtful: the paragraph gives one bureau the item); " + NODATE),
        P(["三", "（二）"], note="「市经济信息化委支持…」, 「市经济信息化委和市生态环境局联合推进…」 (prose); " + NODATE),
        P(["三", "（三）"], note=NODATE),
        P(["三", "（四）"], note="市住房城乡建设管理委 and 市交通委 act in sentences; " + NODATE),
        P(["三", "（五）"], note=NODATE),
        P(["三", "（六）"], note="「市科委牵头开展…」 is a sentence; " + NODATE),
        P(["三", "（七）"], note=NODATE),
        P(["四", "（一）"], note="发改环资〔2025〕910号 is a document number; " + NODATE),
        P(["四", "（二）"], note="「在规定期限内完成建设」 names no date; " + NODATE),
        P(["四", "（三）"], skip_deadline=True, not_targets=[(5, "年")],
          note="「市级零碳园区建设周期一般为3至5年，原则上不超过5年」: a span for each park, not a figure to reach and not a dated deadline (not checked)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "市发展改革委会同市经济信息化委定期跟进零碳园区建设情况", "when": "定期", "when_norm": None}],
     notes=["counting: 二、 6, 三、 7, 四、 3 = 16; 17 accepted if 一、园区类型 is read as a task",
            "the preamble's 「到2030年…完成一批国家级、市级零碳园区建设」 is the plan's horizon; the items carry no date of their own "
            "and are expected without a deadline (doubtful: a reader may give every item 2030)",
            "三、's paragraphs give each item to one bureau in a sentence; read as prose (lead = [], responsible = []), as the "
            "conventions read sentence subjects"])

# ---------------------------------------------------------------------------------------------------------
Y08 = "y08_shanghai-shifu-2025-paishui-guanli-tizhi-gaige-fangan.txt"

plan(Y08,
     title="上海市排水管理体制改革方案（上海市人民政府关于印发《上海市排水管理体制改革方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪府〔2025〕24号", issuer="上海市人民政府", date="2025-03-15",
     level="city government (Shanghai, 市政府)",
     source=src(C49, "docs/市政与基础设施/上海市人民政府关于印发《上海市排水管理体制改革方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=8a51f2a2f2d3462d8ddd7e6a22906a35&siteId=0001", 3033),
     style="city reform plan: 一、改革目标 a paragraph and a flattened indicator table (「指标名称」/「预期目标」 cells, one or two "
           "a line: 95%, BOD5 大于100mg/L, 30分钟 / 60分钟); 二、工作任务 （一）–（四） 「heading。text」 each with several dated "
           "steps 「2025年6月，…；2025年12月，…」 and starts 「2026年起」; 三、职责分工 unit-as-heading items 「（一）市水务局。负责…」 "
           "(the unit ends with 。); a closing paragraph",
     leaf_tasks=7, count_alternatives=[8], attachment_task_rows=0, childless_top_level_sections=["一、改革目标"],
     samples=[
        P(["二", "（一）"], dl="2025年12月", dln="2025-12",
          other_deadlines=[{"deadline": "2025年6月", "deadline_norm": "2025-06"}, {"deadline": "2025年10月", "deadline_norm": "2025-10"}],
          note="相关区政府 / 上海城投集团 / 市国资委 act in sentences; 「2025年12月，完成移交接管工作」 ends the item (the "
               "2025年6月 and 10月 steps come before it); 「2025—2026年为改革过渡期」 is a period"),
        P(["二", "（二）"], dl="2026年底", dln="2026-12",
          other_deadlines=[{"deadline": "2025年6月", "deadline_norm": "2025-06"}, {"deadline": "2025年12月", "deadline_norm": "2025-12"}],
          note="「2026年底，完成三大片区排水感知体系…全面实现公共排水设施一体化运维管理」 ends the item"),
        P(["二", "（三）"], dl="2025年底", dln="2025-12",
          note="「2025年底，市水务局会同…研究形成统一的…经费标准」; 「2026年起」 and 「2027年起」 are starts, not deadlines"),
        P(["二", "（四）"], skip_deadline=True,
          other_deadlines=[{"deadline": "2025年5月", "deadline_norm": "2025-05"}, {"deadline": "2025年6月", "deadline_norm": "2025-06"}],
          note="two deliverables by two bureaus, 2025年5月 and 2025年6月, and a start 2026年起: which is the item's deadline is a reading, not checked"),
        U(["三", "（一）"], ["市水务局"], note="unit-as-heading 「（一）市水务局。」; " + ONE + "; 市财政局 is prose; " + NODATE),
        U(["三", "（二）"], ["相关区政府"], note="unit-as-heading; a group name; " + ONE + "; " + NODATE),
        U(["三", "（三）"], ["上海城投集团"], note="unit-as-heading (a city company); " + ONE + "; " + NODATE),
     ],
     plan_targets=[{"number": 95, "unit": "%"}, {"number": 100, "unit": "mg/L"}],
     phases=[],
     duties=[{"what": "研究形成统一的公共排水设施日常运维经费标准，报市政府批准后执行", "when": "2025年底", "when_norm": "2025-12"}],
     notes=["counting: 二、 4 + 三、 3 = 7; 8 accepted if 一、改革目标 is read as a task",
            "the indicator table's 「管径10%」 is the test for a pass (a threshold), 95% the pass rate to reach; 30分钟 / 60分钟 are "
            "response times (not checked)",
            "the notice is signed 2025年3月15日 (published 2025-03-17)"])

# ---------------------------------------------------------------------------------------------------------
Y09 = "y09_jiading-2021-gongcheng-jianshe-xiangmu-shenpi-shencha-zhongxin-youhua-shitihua-yunzuo-gongzuo-fangan.txt"

plan(Y09,
     title="嘉定区工程建设项目审批审查中心优化实体化运作工作方案（上海市嘉定区人民政府办公室关于转发《嘉定区工程建设项目审批审查中心优化实体化运作工作方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="嘉府办发〔2021〕27号", issuer="上海市嘉定区人民政府办公室 (forwarding the plan of 区建设管理委)",
     date="2021-06-24", level="district (Shanghai Jiading), a district bureau's plan forwarded by the district office",
     source=src("2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e",
                "docs/工程建设管理/上海市嘉定区人民政府办公室关于转发《嘉定区工程建设项目审批审查中心优化实体化运作工作方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0080::5_144013", 4591),
     style="district work plan for a one-stop approval centre, eleven top-level sections: 一、–五、, 七、 and 十一、 paragraphs "
           "only (三、 with 「一是…四是…」 sentences, 四、 with 「前台，…」 / 「后台，…」 paragraphs and 「4个业务收件窗口」); 六、运作模式 "
           "and 八、工作要求 items 1.–5. 「1.咨询引导。…」; 九、工作节点 1.–3. with 「2021年6月25日前」 and 「2021年第三季度… "
           "2021年年底前」; 十、 （一）–（五） heading lines with paragraphs naming bureaus in sentences; stray spaces inside "
           "words (「（单 位）」, 「法定形式 的」, 「； 未实现」), an ASCII 「, 」 and 「[2021]」",
     leaf_tasks=18, count_alternatives=[25], attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "二、机构设置", "三、职能定位", "四、组织架构", "五、职责分工", "七、工作地点", "十一、其他"],
     samples=[
        P(["六", "1"], note=NODATE),
        P(["六", "2"], note="the unnumbered paragraph 「对申请材料不齐全的…（单 位）…」 belongs to this item; " + NODATE),
        P(["六", "3"], note="「由对应牵头部门负责事项的受理」 names no unit; " + NODATE),
        P(["六", "4"], note=NODATE),
        P(["六", "5"], note=NODATE),
        P(["八", "1"], note=NODATE),
        P(["八", "2"], note="「在区政府同意后」 is a condition, not a date; " + NODATE),
        P(["八", "3"], note=NODATE),
        P(["八", "4"], note=NODATE),
        P(["八", "5"], note=NODATE),
        P(["九", "1"], dl="2021年6月25日前", dln="2021-06-25",
          note="「2021年6月25日前完成…挂牌」, the day after the notice (2021年6月24日)"),
        P(["九", "2"], dl="2021年年底前", dln="2021-12-31",
          other_deadlines=[{"deadline": "2021年第三季度", "deadline_norm": "2021-09-30"}],
          note="「2021年第三季度完成主线审批…、2021年年底前完成辅线审批…」: the list is complete at the year's end (the third "
               "quarter is the first stage)"),
        P(["九", "3"], note="「由各进驻部门自行负责」 (prose); " + NODATE),
        P(["十", "（一）"], note="区行政服务中心 / 区建管委 act in sentences; " + NODATE),
        P(["十", "（二）"], note="「区建设管理委负责牵头管理制度制定，区机关事务管理局负责…，区行政服务中心负责…」: three sentences, each giving a bureau a part (prose); " + NODATE),
        P(["十", "（三）"], note=NODATE),
        P(["十", "（四）"], note="「由区审批审查中心牵头区建设管理委、区行政服务中心、区发展改革委、区规划资源局…」: a sentence (prose; doubtful: a reader may take it as a lead and a list); " + NODATE),
        P(["十", "（五）"], note="「由区建管委和区行政服务中心负责考核」 (prose); 出勤率、办结率 are measures named, no figure; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区行政服务中心定期对“好差评”情况予以通报", "when": "定期", "when_norm": None},
             {"what": "各入驻部门（单位）的行业相关培训由各入驻部门（单位）自行组织，并报区审批审查中心", "when": "not stated", "when_norm": None}],
     notes=["counting: 六、 1.–5. 5, 八、 1.–5. 5, 九、 1.–3. 3, 十、 （一）–（五） 5 = 18; 25 accepted if the seven sections "
            "without numbered items (一、–五、, 七、, 十一、) are read as tasks",
            "「嘉戬公路118号」 (七、) is an address; 四、's 「4个业务收件窗口，1个咨询、发证窗口，4个指导咨询室」 is the centre's layout "
            "(not checked); 五、's 「不超过三级」 a limit",
            "沪建审改[2021]1号 (ASCII brackets) is a document number; 「本方案自发文之日起实施」 (十一、) is the plan's start",
            "taken from index 03's district 「全文」 entries (typed 审查与许可规则 by the index, a 工作方案 by its title and body)"])

# ---------------------------------------------------------------------------------------------------------
# Round 32 (al9): answers aligned to tests/data/CONVENTIONS.md as it stands in round 32 — "Units written in sentences"
# rules 1–4 with the round-30 clarifications and the round-31/32 lines, and the Targets lines — by reading each item's
# text (its heading line and body up to the next item), never from any parser output (README, "Round 32").


def align32(file, path, lead, resp, why, alt=None, rule="2"):
    """One collected sample's units aligned; the note reads 「round 32: CONVENTIONS.md rule N — <the words>」 before the
    earlier reading. ``alt`` the accepted leads ([[]]: lead [] accepted; None: none)."""
    align29(file, path, lead, resp, why, alt, rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["note"] = s["note"].replace(f"round 29, CONVENTIONS.md rule {rule}: ", f"round 32: CONVENTIONS.md rule {rule} — ", 1)


def note32(file, text):
    """A plan-level note of round 32 (the plan's earlier notes are kept as they were written)."""
    next(p for p in PLANS if p["file"].startswith(file))["notes"].append("round 32 (al9): " + text)


def align32_target(file, path, number, unit, words):
    """A figure the sample held as not a target is one by CONVENTIONS.md Targets (the threshold line)."""
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    s["quantities_not_targets"].remove({"number": number, "unit": unit})
    if not s["quantities_not_targets"]:
        s.pop("quantities_not_targets")
    s["targets"].append({"number": number, "unit": unit})
    s["note"] = (f"round 32: CONVENTIONS.md thresholds — {words} (not_target {number}{unit} → target {number}{unit}); "
                 "the earlier reading: " + s["note"])


# y03: the items name no unit as a label; rule 2 reads the doers in each item's sentences
align32("y03_", ["二", "（一）"], ["市规划资源局"], ["市规划资源局", "应急、气象等部门"],
        "「市规划资源局协同应急、气象等部门开展“1+3+N”自然灾害风险趋势会商研判」: 「A协同B＋verb」 reads as 「A会同B＋verb」, "
        "lead A (lead [] accepted), responsible A, B; 「应急、气象等部门」 fields sharing one head, one name as printed with 等 "
        "(round 31); 「区规划资源局督促乡镇…」 督促 is no verb of rule 2 and its object is a pivot's (round 30); 「向各区规划资源局发布…提示」 "
        "names receivers (rule 3)", alt=[[]], rule="2 and 3")
align32("y03_", ["二", "（四）"], [], ["市地质灾害应急救援队"],
        "「市地质灾害应急救援队负责灾情险情的应急现场调查、动态趋势研判及应急处置技术对策支持」 (the unnumbered paragraph after "
        "（四）, the item's body up to the next item): the subject of 负责, responsible, no lead (A alone accepted as lead); "
        "「请…各区规划资源局参照本方案制定…专项方案」 制定 is no verb of rule 2 (round 30), 「可委托技术支撑单位指导…」 an option, "
        "「市规划资源局将对相关工作开展进行抽查与考核」 no verb of rule 2", alt=[["市地质灾害应急救援队"]], rule="2 and 3")
align32("y03_", ["二", "（五）"], [], ["相关防治责任主体单位"],
        "「相关防治责任主体单位应当严格按照重点时期24小时应急值守和领导带班要求，落实专人值班值守」: a kind of body, the subject "
        "of 落实, responsible, no lead (A alone accepted as lead); 「技术支撑单位同步执行应急会商调度值守机制」 执行 is no verb of "
        "rule 2", alt=[["相关防治责任主体单位"]])

# y04: the items name no unit as a label; rule 2 reads the doers in each item's sentences
JZ = "各街镇（管委会）"
align32("y04_", ["四", "（二）"], [], [JZ, "相关部门"],
        "「各街镇（管委会）和相关部门要结合…工作，…有力有效推进整治；…要组织规划资源、农业农村…等条线的执法力量，开展联合执法」: "
        "the subjects (one sentence, its 要-clauses sharing them) of 「A组织B＋verb」, responsible A, no lead; the 执法力量, the "
        "object of 组织, are no unit (round 30); 「要发挥公安、纪检监察、检察、法院等部门的作用」 names no doer; a name kept as "
        "printed (the bracket is the town's other kind)", rule="2")
align32("y04_", ["四", "（三）"], [], [JZ],
        "「各街镇（管委会）要按照整治标准严格落实整治」 and 「街镇（管委会）要健全日常监管长效机制…落实管理责任」: a kind of body, the "
        "subject of 落实, responsible, no lead (A alone accepted as lead); the second printing without 各 names the same kind and "
        "is not a second unit", alt=[[JZ]])
align32("y04_", ["五", "（一）"], [], [JZ],
        "「各街镇（管委会）要结合实际制定…年度实施方案…，并及时召开动员部署会议，…落实整治工作」: the subject of 落实, responsible, no "
        "lead (A alone accepted as lead); 制定 and 召开 without 组织 are no verbs of rule 2 (round 30)", alt=[[JZ]])
align32("y04_", ["六", "（一）"], [], [JZ],
        "「各街镇（管委会）要压紧压实整治主体责任，严格落实属地管理责任」: the subject of 落实, responsible, no lead (A alone accepted as "
        "lead); 「各部门要继续发挥…功能，严格落实条线部门共同责任」 is a general call (各部门, addressed to all without a kind, "
        "round 30)", alt=[[JZ]], rule="2 and 3")
align32("y04_", ["六", "（二）"], ["区规划资源局"], ["区规划资源局"],
        "「区规划资源局要组织专项督办，牵头开展过程考核和年终考核」: 「A牵头（负责）」, lead and responsible A; 「区规划资源局要采用通报、"
        "移送等工作机制，督促各街镇落实共同责任」 督促 is no verb of rule 2 and 各街镇 its pivot's object (round 30)", rule="2 and 3")

# y05: one item holds labels (四/（二）, kept: rule 1); the others' doers are read in their sentences (rule 2)
align32("y05_", ["三", "（一）"], [], ["建设单位"],
        "「建设单位应对建设工程档案的真实性、准确性和完整性负责」: the subject of 负责, responsible, no lead (A alone accepted as "
        "lead); 「试点建设单位应将…管理要求，全面嵌入…」 嵌入 is no verb of rule 2", alt=[["建设单位"]])
align32("y05_", ["三", "（二）"], [], ["试点建设单位"],
        "「试点建设单位作为建设工程电子档案管理的责任主体，应重点建设或升级改造…系统」: a designation 「A作为…责任主体」 makes A a "
        "doer (round 32), responsible, no lead (A alone accepted as lead)", alt=[["试点建设单位"]])
align32("y05_", ["三", "（三）"], ["市城建档案馆"], ["市城建档案馆"],
        "「市城建档案馆牵头制定本市建设工程全文电子文件归档相关标准体系」: 「A牵头」, lead and responsible A; 「市、区城建档案机构应为"
        "试点建设单位提供…业务指导…，定期开展…培训，协助建设单位…」 提供, 开展 and 协助 with its own object are no verbs of rule 2")
align32("y05_", ["四", "（一）"], ["市规划资源部门"], ["市规划资源部门", "区规划资源部门"],
        "「市规划资源部门牵头试点工作，负责总体部署、政策指导与监督管理」: 「A牵头（负责）」, lead and responsible A; 「区规划资源部门"
        "落实属地推进职责」 (the item's second paragraph): the subject of 落实, responsible; 「统筹协调相关职能部门…配合做好…」 the "
        "object of the pivot 协调 is no unit (round 30)")

# y07: 三、 and 四、 open with a lead-in (rule 4); 三、's items give one bureau work in a sentence each (rule 2)
FGW, JXW = "市发展改革委", "市经济信息化委"
IN3 = ("the section's lead-in 「市发展改革委、市经济信息化委会同有关部门，针对零碳园区建设中的关键堵点加强统筹协调」 (「A会同B＋verb」: "
       "lead A, lead [] accepted; 有关部门 a kind, round 32) gives its units to an item that names none of its own (rule 4)")
align32("y07_", ["三", "（一）"], [], [FGW],
        "「市发展改革委负责零碳园区申报、评审和验收…」: the subject of 负责, responsible, no lead (A alone accepted as lead); the "
        "item names its own, so the lead-in gives it none (rule 4)", alt=[[FGW]], rule="2 and 4")
align32("y07_", ["三", "（二）"], [FGW, JXW], [FGW, JXW, "有关部门"],
        IN3 + ": 「市经济信息化委支持推广…，推动…，指导推进…，开展…」「市经济信息化委和市生态环境局联合推进…」 use no verb of rule 2 "
        "(支持, 推动, 指导 without 负责, 开展 without 组织, 联合推进), so the item names no unit of its own", alt=[[]], rule="2 and 4")
align32("y07_", ["三", "（三）"], [], [FGW],
        "「市发展改革委统筹…，组织电网、电力调度和交易等单位构建…机制」: 「A组织B＋verb」, responsible A, no lead (A alone accepted "
        "as lead); the 单位, the object of 组织, are no unit (round 30)", alt=[[FGW]], rule="2 and 4")
align32("y07_", ["三", "（四）"], [], ["市住房城乡建设管理委"],
        "「市住房城乡建设管理委制定并实施建筑领域能效碳效分级标准」: the subject of 实施, responsible, no lead (A alone accepted as "
        "lead); 「市交通委加快布局…，支持…」 no verb of rule 2", alt=[["市住房城乡建设管理委"]], rule="2 and 4")
align32("y07_", ["三", "（五）"], [FGW, JXW], [FGW, JXW, "有关部门"],
        IN3 + ": 「市市场监管局推动绿电溯源、产品碳足迹管理等相关标准编制和实施，构建…」 推动 is no verb of rule 2 (实施 is its "
        "object's noun), so the item names no unit of its own", alt=[[]], rule="2 and 4")
align32("y07_", ["三", "（六）"], ["市科委"], ["市科委"],
        "「市科委牵头开展零碳园区关键技术研发应用」: 「A牵头」, lead and responsible A", rule="2 and 4")
align32("y07_", ["三", "（七）"], [FGW], [FGW, "相关部门"],
        "「市发展改革委会同相关部门统筹国家和本市相关资金，支持…」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B "
        "(相关部门 a kind); 「市委金融办引导金融机构…」 引导 is no verb of rule 2", alt=[[]], rule="2 and 4")
align32("y07_", ["四", "（一）"], [FGW], [FGW, JXW],
        "「市发展改革委会同市经济信息化委发布零碳园区申报通知」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B; "
        "「市发展改革委组织评审…」 组织＋verb, the same A; 「鼓励…园区进行申报」 names applicants (round 30), no unit; the item "
        "names its own, so 四、's lead-in gives it none (rule 4)", alt=[[]], rule="2, 3 and 4")
align32("y07_", ["四", "（二）"], [FGW], ["纳入建设名单的园区", FGW, JXW],
        "「纳入建设名单的园区应按照实施方案确定的目标和任务建立工作机制、落实责任，并在规定期限内完成建设」: the subject of 落实 (the "
        "parks, whose 建设主体 四、's lead-in makes doers: 「各园区建设主体负责具体实施」), responsible; 「市发展改革委会同市经济信息化委定期"
        "跟进…」: 「A会同B＋verb」, lead A (lead [] accepted), responsible A, B", alt=[[]], rule="2 and 4")
align32("y07_", ["四", "（三）"], [], [FGW],
        "「园区完成实施方案建设任务后，由市发展改革委组织验收」: the agent of 由 with 组织验收, responsible, no lead (A alone accepted "
        "as lead); 「后」 dates the step, it is no case; 「支持其申请国家级零碳园区验收」 names an applicant (round 30)",
        alt=[[FGW]], rule="2, 3 and 4")
note32("y07_", "the note above that reads 三、's sentence subjects as prose is the round-12 reading; the samples of 三、 "
       "and 四、 now read them by CONVENTIONS.md rules 2 and 4 (their notes); 一、园区类型's 「不小于5万吨标准煤」「不小于3万吨标准煤」"
       "「不小于2万平方米」 stand in a section that is no task and are not plan targets (a park's entry condition, not the plan's "
       "goal): left as written, a question for the lead")
align32_target("y07_", ["四", "（三）"], 5, "年",
               "「市级零碳园区建设周期一般为3至5年，原则上不超过5年」: 5年 joined to 原则上不超过, a ceiling of the item's standard "
               "(「最长五年」 is the round-32 example); 「一般为3至5年」 has no comparison word and names a norm (not checked)")

# y08: 三、's unit-as-heading items keep their labels (rule 1); 二、's items name their doers in sentences (rule 2)
CT, QZF, SWJ = "上海城投集团", "相关区政府", "市水务局"
align32("y08_", ["二", "（一）"], [], [CT, QZF],
        "「相关区政府将辖区内公共排水设施交由上海城投集团统一运维管理」: the agent of 由 with a verb of doing (运维管理); 「相关区政府负责"
        "做好社会稳定工作」: the subject of 负责; responsible in printed order, no lead; 「市国资委做好行业指导」 and 上海城投集团's "
        "开展／接收／完成／建立／参与…业务 use no verb of rule 2; 「既定专项任务仍由原责任单位实施推进」 a scope outside the item's work "
        "(round 30)", rule="2 and 3")
align32("y08_", ["二", "（二）"], [], [CT],
        "「上海城投集团根据市、区两级防汛指挥部署，落实公共排水设施防汛责任」: the subject of 落实, responsible, no lead (A alone "
        "accepted as lead); its 形成／完成 steps use no verb of rule 2", alt=[[CT]])
align32("y08_", ["二", "（三）"], [SWJ], [QZF, SWJ, "市财政局"],
        "「相关区政府负责落实…经费」 (the subject of 负责; 负责 is not the payer's 承担／分担／保障), 「市水务局会同市财政局、相关区政府…"
        "研究形成…经费标准」 (「A会同B＋verb」) and 「市水务局牵头制定一体化运维管理绩效考核办法」 (「A牵头」): all their bodies in "
        "order, lead 市水务局; 「市、区水务部门联合对上海城投集团开展…考核」 开展 without 组织 is no verb of rule 2; 市政府 approves (rule 3)",
        rule="2 and 3")
align32("y08_", ["二", "（四）"], [SWJ, "市住房城乡建设管理委"],
        [SWJ, "市发展改革委", "市财政局", CT, "市住房城乡建设管理委"],
        "「市水务局会同市发展改革委、市财政局、上海城投集团落实…」 and 「市住房城乡建设管理委会同市发展改革委、市财政局、市水务局整合形成…」: "
        "two 「A会同B＋verb」 clauses, lead the A of each (lead [] or the first clause's A accepted), responsible all their bodies "
        "in order", alt=[[], [SWJ]])
note32("y08_", "一、改革目标's 「95%（含）以上（管道积泥深度不超过管径10%为合格）」: 10% says what counts as 合格, a grade of result "
       "(round 32, grade bands), not a target; 95% (以上) and 「大于100mg/L」 (大于, round 32) are the plan targets as written; the "
       "closing paragraph 「各有关单位要高度重视…」 after 三/（三） is a general call and changes no answer of that labelled item")

# y09: no item carries a label; rule 2 reads the doers; 十、 opens with a lead-in (rule 4)
HT = "后台各审批部门"
align32("y09_", ["六", "3"], [], ["对应牵头部门", HT],
        "「已实现一站式审批的事项…；由对应牵头部门负责事项的受理…；未实现一站式审批的事项，由后台各审批部门根据各自职责负责对…申报材料"
        "进行受理」: the item's work is its two branches (all matters), each the agent of 由 with 负责, in order, no lead; 「各部门按照"
        "各自职责分工做好相关工作」 a general call; 「对于不符合受理要求实施退件的，由综窗后台负责实施」 a clause inside a case (rule 3)",
        rule="2 and 3")
align32("y09_", ["六", "4"], [], ["对应牵头部门", HT],
        "「已实现全程网办的事项，由对应牵头部门负责事项的协调推进…；未实现全程网办的事项，由后台各审批部门根据各自职责负责对…申报材料"
        "进行受理和审批」: the item's two branches, each the agent of 由 with 负责, in order, no lead; 「各部门…做好审批工作」 a general "
        "call", rule="2 and 3")
align32("y09_", ["六", "5"], [], [HT],
        "「未实现全程网办的事项，确需发放纸质证件的，由后台各审批部门在承诺办理时限内将办理结果文书或证件转交前台统一出件」: the item's "
        "whole work (the other branch is the applicant's 「企业可登录…领取」, round 30) is the response to this case, so it takes A "
        "(round 30); no lead (A alone accepted as lead)", alt=[[HT]], rule="2 and 3")
align32("y09_", ["八", "4"], [], ["对应牵头部门"],
        "「已实现一站式审批的事项…，由对应牵头部门负责事项的受理和协调推进」: the agent of 由 with 负责, responsible, no lead (A alone "
        "accepted as lead); 「各部门…做好相关工作」 a general call", alt=[["对应牵头部门"]], rule="2 and 3")
align32("y09_", ["八", "5"], [], [HT],
        "「未实现电子化审批的事项，确需发放纸质证件的，由后台各审批部门在承诺办理时限内将…转交前台统一出件」: the item's whole work is "
        "the response to this case, so it takes A (round 30); no lead (A alone accepted as lead)", alt=[[HT]], rule="2 and 3")
align32("y09_", ["九", "3"], [], ["各进驻部门"],
        "「区审批审查中心日常运作所需的办公经费，由各进驻部门自行负责」: the agent of 由 with 负责 (not the payer's 承担／分担／保障 of "
        "round 30; the item's whole work is this 经费保障), responsible, no lead (A alone accepted as lead)", alt=[["各进驻部门"]])
IN10 = ("十、's lead-in 「区审批审查中心参照区行政服务中心专区管理模式，负责指导专区政务服务、部门间的协调等工作」 (「A负责指导…」 is "
        "「A负责…」, round 30) gives its unit to an item that names none of its own (rule 4)")
align32("y09_", ["十", "（一）"], [], ["区审批审查中心"],
        IN10 + ": 「区行政服务中心定期对“好差评”情况予以通报，区建管委督促专区内各业务部门落实整改」 通报 and the pivot 督促 are no verbs "
        "of rule 2 (round 30); no lead (A alone accepted as lead)", alt=[["区审批审查中心"]], rule="2 and 4")
align32("y09_", ["十", "（二）"], ["区建设管理委"], ["区建设管理委", "区机关事务管理局", "区行政服务中心"],
        "「区建设管理委负责牵头管理制度制定，区机关事务管理局负责有效优化工作空间环境等硬件要素，区行政服务中心负责制定统一执行的礼仪接待规范」: "
        "three 负责 clauses, all their bodies in order; 「负责牵头」 is 「A牵头（负责）」, lead A (lead [] accepted); 「入驻部门（单位）"
        "明确…，…完成…更新」 明确 and 完成 are no verbs of rule 2 (round 30); the item names its own, so 十、's lead-in gives none",
        alt=[[]], rule="2 and 4")
align32("y09_", ["十", "（三）"], [], ["区审批审查中心", "区行政服务中心", "各入驻部门（单位）"],
        "「由区审批审查中心组织师资专家对…进行…培训」 (「A组织B＋verb」, the 师资专家 no unit), 「区行政服务中心组织“一网通办”相关的业务"
        "培训」 (组织＋培训) and 「各入驻部门（单位）的行业相关培训由各入驻部门（单位）自行组织」 (the agent of 由 with 组织): in order, no "
        "lead; 区审批审查中心 is also where the training is reported (「并报区审批审查中心」, a receiver there)", rule="2, 3 and 4")
align32("y09_", ["十", "（四）"], ["区审批审查中心"], ["区审批审查中心", "入驻部门（单位）"],
        "「由区审批审查中心牵头区建设管理委、区行政服务中心、区发展改革委、区规划资源局加强…沟通联系，…会同入驻部门（单位）建立联席会议制度」: "
        "「由A牵头」, lead and responsible A; 「A会同B＋verb」, responsible B; the four bureaus are the object of the pivot 牵头B＋verb, "
        "read as the object of 「组织B开展」 (round 30: no unit) — doubtful, see the README", rule="2, 3 and 4")
align32("y09_", ["十", "（五）"], [], ["区建管委", "区行政服务中心"],
        "「…情况，由区建管委和区行政服务中心负责考核」: the agents of 由 with 负责, responsible, no lead; 「…不能履职担责的，及时通报入驻部门"
        "（单位）…，…及时上报区府办…」 receivers inside cases (rule 3)", rule="2, 3 and 4")

note32("y09_", "五、职责分工 is one paragraph that opens with a condition 「在不改变各部门（单位）现有审批职能的前提下，区审批审查中心由区建设"
       "管理委联合区行政服务中心、区规划资源局组织牵头审批审查工作…」, not unnumbered paragraphs each opening with a body (round 32's "
       "childless 职责分工 section): it stays a section, the count as written (a question for the lead, README)")


write_collected(DIR)
