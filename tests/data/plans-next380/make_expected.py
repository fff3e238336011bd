# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next380/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 71 (built by helper c380, for round 72): never tune the parser on
them (see README.md). Every answer was written here by reading the texts, with ../CONVENTIONS.md (its head, lines
1–101, and the stretches of Rounds 83–105 listed in README.md's Exposures — Rounds 100, 103, 104 and 105 whole, the
rest in part or by keyword, for time) applied to every item, and /work/shared/plans-dev/EXPECTED.md (lines 1–60).
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next380/make_expected.py tests/data/plans-next380
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, ONE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"   # the commit read_file answered for both files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the notice title, kept as line 1); the closing 「## 附件（官方直链）」 "
          "link list is kept as stored (as plans-next302's x302_05, a page of the same site); the text was typed from the "
          "tool's answer and the whole stored file (wrapper rebuilt from the printed front matter + text) checked against "
          "the character count read_file gives (exact)")


def src(path, url, chars):
    return (f"{REPO} @ {C49} (row of index/01-规划与土地.md's city list at 4d8fe162809354f56275a7791649e0cdff91b1f8), "
            f"docs/规划与土地/{path} (official page {url}) — {STORED} ({chars} characters stored, wrapper included)")


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
LABEL = ("rule 1: the item's closing 「（责任单位：…）」 label gives its units, sentences in its text adding nothing; a "
         "responsible-only list names no lead (plans-dev 02, 06): lead = [], responsible = the label's names in printed "
         "order; 「各区政府（管委会）」 one name with its bracket as printed (plans-dev's 区公安分局（交管）) — RULING?")
NONE = ("rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, A牵头, A负责／主责／"
        "实施／落实, A组织＋work, A会同／协同B…, designations); persons (领导干部, 干部, 党政主要负责人) are never units and "
        "各单位 is a general call (round 30; round 33's no kind, no doer): lead = [], responsible = []")
NOSUBJ = ("acts of the plan's own work with no subject give work: a task naming none (round 65's x274_01; Round 100: the "
          "verb decides)")
BODY = "the paragraph under the numbered heading line is its body (round 32), one leaf"


# ---------------------------------------------------------------------------------------------------------
X01 = "x380_01_shi-guihuaziyuanju-2023-jiaqiang-cunliang-chanye-yongdi-guanli-ruogan-yijian.txt"
P01 = "关于加强上海市存量产业用地管理的若干意见"
N01 = "关于印发《" + P01 + "》的通知"
Q = "各区政府（管委会）"
SHI = ["市规划资源局", "市经济信息化委"]


def L(path, units, note, **kw):
    return S(path, [], units, note=note + " — " + LABEL + "; " + kw.pop("dnote", NODATE), **kw)


plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the 意见's own title line (line 11, after the cover's signatures and date) or the notice's title (line 1, "
                "printed again on line 3): either (round 45's pair; Round 104's x373_01)",
     doc_no="沪规划资源用〔2023〕129号 (printed on line 4; the stored front matter's 文号 is empty)",
     issuer="上海市规划和自然资源局, 上海市经济和信息化委员会 (the cover's two signatures; the index names the first)",
     date="2023-04-13",
     date_note="the cover is signed 2023年4月13日 (line 10); the site posted it 2025-04-21 (the index's date); (十五) 「在2023年」 "
               "is the only date in an item",
     level="the city's planning bureau and economy commission to the district governments and the development zones' "
           "committees: sixteen measures on managing existing industrial land, each closing with its 责任单位",
     source=src(N01 + ".md", "https://ghzyj.sh.gov.cn/zcwj/zhl/20250421/1e83cfdba0b644ec9797fb0c744f3aa3.html", 4097),
     style="a ghzyj.sh.gov.cn page: the notice title twice (line 1, then after a blank line as line 3), the number, "
           "addressees 「各区人民政府、各管委会：」, one paragraph, two signatures, date; the 意见's title, one preamble "
           "paragraph; 一、–五、 heading lines, each over （一）–（十六） numbered on through the whole (（一）（二） / （三）–（七） / "
           "（八）–（十一） / （十二）–（十四） / （十五）（十六）), one paragraph each ending 「（责任单位：…）」; no blank lines between "
           "paragraphs; half-width commas in （十一） 「整体转型,采用」, （十二） 「调查评价,优化」, （十六） 「工作,推动」; the "
           "repository's closing link list",
     leaf_tasks=16, count_alternatives=[],
     leaf_tasks_by_section={"一、": 2, "二、": 5, "三、": 4, "四、": 3, "五、": 2},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        L(["一", "（一）"], SHI,
          "「（一）落实“上海2035”总体规划提出保障先进制造业发展空间的要求，实施“产业基地-产业社区-零星工业用地”三级体系分类管控。…"
          "（责任单位：市规划资源局、市经济信息化委）」; 「上海2035」 a name with digits and 三级 a kind of tier (Round 104's x373_01 "
          "四级), no targets"),
        L(["一", "（二）"], SHI + [Q],
          "「（二）产业基地内划示用于先进制造业的工业用地地块，…确需调整的，按照“占一还一、就近平衡”原则，经规划资源部门、产业部门审核后，…"
          "（责任单位：市规划资源局、市经济信息化委、各区政府（管委会））」; 经A审核 names none in any case (rule 3), and the label "
          "decides anyway; 「占一还一」 a name"),
        L(["二", "（三）"], SHI + [Q],
          "「（三）已纳入全生命周期管理的产业用地，其建设用地使用权不得违反约定擅自整体或分割转让。…经出让人同意。…确保产业用地用于产业。"
          "（责任单位：…各区政府（管委会））」"),
        L(["二", "（四）"], SHI + [Q],
          "「（四）进一步优化有偿使用合同，对转让和出租行为予以规范。…转让、出租要求均纳入合同履约监管事项。（责任单位：…）」"),
        L(["二", "（五）"], SHI + ["市市场监管局", Q],
          "「（五）规划资源、产业、市场监管等部门应当加强对涉地股权转让的联合监管，…（责任单位：市规划资源局、市经济信息化委、市市场监管局、"
          "各区政府（管委会））」; the sentence's fields 「规划资源、产业、市场监管等部门」 add nothing under a label (rule 1)"),
        L(["二", "（六）"], SHI + [Q],
          "「（六）园区平台、领军企业的标准厂房类工业用地…鼓励可转让部分物业整体转让，如需分割转让的，转让和不动产登记的最小单元不小于层。"
          "支持…项目采用节余土地分割转让等方式…（责任单位：…）」; 「不小于层」 prints no figure, nothing to check"),
        L(["二", "（七）"], ["市经济信息化委", "市国资委", "市规划资源局", Q],
          "「（七）鼓励国有园区、国有企业等建设优质低价标准厂房和通用研发类物业。…由各区指定相关部门统筹用于支持科技型初创企业…"
          "（责任单位：市经济信息化委、市国资委、市规划资源局、各区政府（管委会））」; the label's own order (the commission first)"),
        L(["三", "（八）"], SHI + [Q],
          "「（八）未纳入全生命周期管理的存量项目，…规划资源部门会同产业、生态环境等部门形成产业准入条件…纳入全生命周期管理。（责任单位：…）」; "
          "the 会同 clause adds nothing under a label (rule 1)"),
        L(["三", "（九）"], SHI + [Q],
          "「（九）涉及司法机关拍卖存量产业用地…规划资源部门应当会同产业、生态环境等部门联合确定产业准入条件…各区土地储备机构或区属平台企业"
          "可以参与…拍卖活动。（责任单位：…）」"),
        L(["三", "（十）"], ["各区", "市规划资源局", "市经济信息化委", "市房管局", "市生态环境局", "市应急局", "市消防救援总队",
                           "市市场监管局", "市税务局", "市城管执法局"],
          "「（十）对未纳入全生命周期管理的低效产业用地的运营状况要实施重点监管。各区人民政府应当采用清单式管理方式，…"
          "（责任单位：各区、市规划资源局、市经济信息化委、市房管局、市生态环境局、市应急局、市消防救援总队、市市场监管局、市税务局、"
          "市城管执法局）」; the label prints 「各区」 here, kept as printed (a kind, round 32)"),
        L(["三", "（十一）"], SHI + [Q],
          "「（十一）支持各区人民政府以减量化、土地收储、市场化补偿、园区回购等方式推动低效产业用地退出。各区要将低效产业用地退出纳入年度国土"
          "资源利用计划，…（责任单位：…）」; 年度 names the plan's kind, no date"),
        L(["四", "（十二）"], [Q, "市经济信息化委", "市规划资源局"],
          "「（十二）各区人民政府定期组织开展资源利用效率调查评价,优化资源利用绩效评价体系，…形成低效产业用地清单，…（责任单位：各区政府"
          "（管委会）、市经济信息化委、市规划资源局）」; 定期 is the work's rhythm, no reporting duty (plans-dev: duties report, submit "
          "or file)"),
        L(["四", "（十三）"], ["市规划资源局", "市房管局", "市经济信息化委", "市城管执法局", Q],
          "「（十三）对违规违法转让、出租和使用产业用地行为实施联合监管。各区政府相关部门、街镇（园区）应当建立发现和上报机制，…"
          "（责任单位：市规划资源局、市房管局、市经济信息化委、市城管执法局、各区政府（管委会））」; 建立…上报机制 sets up a mechanism, no "
          "sending of its own (no duty)"),
        L(["四", "（十四）"], ["市规划资源局", Q, "市发展改革委"],
          "「（十四）强化存量产业用地利用的信用监管，各区人民政府或园区管理机构会同相关部门，…依法纳入失信信息记录，…（责任单位：市规划资源局、"
          "各区政府（管委会）、市发展改革委）」"),
        L(["五", "（十五）"], [Q, "市经济信息化委", "市规划资源局"],
          "「（十五）市经济信息化委、市规划资源局指导各区在2023年组织开展一次存量产业用地联合监督检查的专项行动，…形成地块列表、查找问题并"
          "制定整治计划。…（责任单位：各区政府（管委会）、市经济信息化委、市规划资源局）」; 一次 is the item's own number of work (round "
          "52's decided 「五个一」: 1 次, 一 as any number; Round 59's x260_03 一次全面核查 → 1 次) — RULING?",
          targets=[(1, "次")], dl="在2023年", dln="2023",
          dnote="the year printed for the item's own action is its deadline (EXPECTED.md; round 34) → 2023 (the cover's own "
                "year; RULING?: or a year naming when the action runs, no deadline)"),
        L(["五", "（十六）"], ["市规划资源局", "市国资委", Q, "相关市属国企"],
          "「（十六）市规划资源局、市国资委结合市属国企存量土地资源盘活“四个一批”工作,推动市属国企查清存量土地资源和利用状况，制订低效产业用地"
          "处置计划并率先实施，…（责任单位：市规划资源局、市国资委、各区政府（管委会）、相关市属国企）」; a label keeps every name it "
          "prints but the four no-kind words (round 33), so 「相关市属国企」 stays (RULING?: or dropped as 相关 + a kind read as a general "
          "call outside labels); 「四个一批」 a name"),
     ],
     plan_targets=[],
     plan_targets_note="the preamble states purposes only; no figure",
     phases=[], duties=[],
     notes=["counting (leaf tasks): 一、–五、 are heading lines over （一）–（十六）, each a leaf with its own label → 16; the "
            "cover (「请按照执行」, round 25) and the preamble give no task; the closing link list is the repository's",
            "units: every item's 「（责任单位：…）」 label (rule 1); no 牵头 is printed, so lead = [] throughout (plans-dev 02, "
            "06); a one-name label never occurs here",
            "dates: only （十五） 「在2023年」 (2023); no phases; no duties (the cover sends nothing dated; （十三）'s 上报机制 is a "
            "mechanism set up)",
            "figures: 1 次 in （十五）; 「上海2035」, 三级, 「占一还一」, 「四个一批」 names or kinds, unchecked"])


# ---------------------------------------------------------------------------------------------------------
X02 = "x380_02_shi-guihuaziyuanju-2022-guihua-ziyuan-xitong-bawu-fazhi-xuanchuan-jiaoyu-guihua.txt"
P02 = "上海市规划和自然资源系统关于开展法治宣传教育的第八个五年规划（2021—2025年）"
N02 = "关于印发《" + P02 + "》的通知"
PERSONS = ("persons (各级领导干部, 广大干部, 全系统领导干部, 党政主要负责人) are never units (round 30), whatever their verb")
ROW = ("attachment row of 「上海市规划和自然资源局普法责任清单（2021—2025年）」 (序号 / 普法内容 / 责任部门, flattened one cell a line, "
       "cells wrapped over lines): the list's lead-in gives the work (each 部门 is to 组织开展…学习宣传 and 做好…宣传普及 of its row's "
       "texts), and the 责任部门 cell is a label (rule 1; Round 89's governs on x332_08's 责任清单 cell), lead [] (no lead column) "
       "— RULING?: or a list of texts to publicise, no tasks (40 → 19); a department name the cell wraps over two lines "
       "「总体规划 / 管理处」 is one name, a line printing a whole name 「办公室」「法规处」 is one name — RULING?; the row prints no "
       "date and the list's span 2021—2025 is its title's: no deadline (ongoing publicity, round 56) — RULING?")


def R(n, units, note=""):
    extra = ("; " + ONE) if len(units) == 1 else ""
    return S(["附件", str(n)], [], units, note=(note + " — " if note else "") + ROW + extra)


plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the plan's own title line (line 10, after the cover's signature and date) or the notice's title (line 1, "
                "printed again on line 3): either (round 45's pair)",
     doc_no="沪规划资源法〔2022〕59号 (printed on line 4; the stored front matter's 文号 is empty)",
     issuer="上海市规划和自然资源局",
     date="2022-02-11",
     date_note="the cover is signed 2022年2月11日 (line 8); the site posted it 2022-05-13; the plan runs 2021–2025 in three "
               "stages (七、)",
     level="the city's planning bureau to its own offices, units, the district planning bureaus and its branches: its "
           "system's fifth-five-year (2021–2025) legal-publicity plan, with an attached responsibility list of the laws each "
           "office is to publicise",
     source=src(N02 + ".md", "https://ghzyj.sh.gov.cn/zcwj/zhl/20220513/ec8bdb4512774ed78dfb49dfbde62b1a.html", 7383),
     style="a ghzyj.sh.gov.cn page: the notice title twice (lines 1 and 3), number, addressees ending a half-width 「:」, "
           "one paragraph, signature, date; the plan's title, two preamble paragraphs; 一、–七、 heading lines over "
           "（一）… heading lines 「（一）指导思想。」 each over one paragraph; 六、（三） runs its heading into its text and breaks "
           "inside 「党 / 政主要负责人」; 七、's stage heads 「（一）宣传准备阶段」 over a line opening 「：2021年四季度至…」; then "
           "「附件：…普法责任清单（2021—2025年）」, 「附件」 and the list: title, span, a lead-in paragraph, 「重点宣传普及的法规文件及"
           "责任部门」, the header cells 序号 / 普法内容 / 责任部门 and rows 1–21 flattened one cell a line, book titles and department "
           "names wrapped over lines; a closing sentence; the repository's link list",
     leaf_tasks=19, count_alternatives=[22, 40, 43],
     leaf_tasks_by_section={"一、（一）–（三）": 0, "二、": 6, "三、": 3, "四、": 3, "五、": 4, "六、": 0, "七、": 3},
     attachment_task_rows=21,
     childless_top_level_sections=[],
     samples=[
        S(["二", "（一）"], [], [],
          note="「（一）突出学习宣传习近平法治思想。 把习近平法治思想纳入…中心组重点学习内容，深入学习宣传…全系统各级领导干部要带头做…践行者…」 — "
               + BODY + "; " + NOSUBJ + "; " + PERSONS + "; " + NONE + "; " + NODATE),
        S(["二", "（二）"], [], [],
          note="「（二）突出学习宣传宪法。 深入开展尊崇宪法…宣传教育活动，并结合“12·4”国家宪法日和“宪法宣传周”集中宣传活动，…」 — " + BODY
               + "; " + NOSUBJ + "; 「12·4」 names a day, no target and no date; " + NONE + "; " + NODATE),
        S(["二", "（三）"], [], [],
          note="「（三）突出学习宣传民法典。 深入学习民法典中…结合工作深入开展民法典宣传活动…」 — " + BODY + "; " + NOSUBJ + "; "
               + NONE + "; " + NODATE),
        S(["二", "（四）"], [], [],
          note="「（四）突出学习宣传行政基本法律知识。 规划资源系统广大干部特别是各级领导干部要深入学习《行政许可法》…」 — " + BODY + "; "
               + PERSONS + "; a task naming none (the staff's study is the plan's own work); " + NONE + "; " + NODATE),
        S(["二", "（五）"], [], [],
          note="「（五）深入学习宣传规划资源法规文件。 大力宣传《中共中央 国务院关于建立国土空间规划体系…》…要深入学习宣传《土地管理法》…」 — "
               + BODY + "; " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["二", "（六）"], [], [],
          note="「（六）深入学习宣传党内法规。 以《中国共产党章程》…为重点，深入学习宣传党内法规，…列入党组织“三会一课”内容。」 — " + BODY
               + "; " + NOSUBJ + "; 「三会一课」 a name; " + NONE + "; " + NODATE),
        S(["三", "（一）"], [], [],
          note="「（一）加强领导干部法治宣传教育。 严格落实党组织理论学习中心组学法制度…落实党政主要负责人年终述法制度。扩大行政机关负责人出庭应诉"
               "覆盖面…」 — " + BODY + "; " + NOSUBJ + "; 年终述法 a system's rhythm for persons, no reporting duty of a unit; "
               + NONE + "; " + NODATE),
        S(["三", "（二）"], [], [],
          note="「（二）强化关键岗位法治教育。 全面加强全系统干部法治教育。…加强干部任前法治培训…」 — " + BODY + "; " + NOSUBJ + "; "
               + NONE + "; " + NODATE),
        S(["三", "（三）"], [], [],
          note="「（三）深化全民法治宣传。 扎实推进“法律七进”，…强化对青少年的自然资源法治宣传教育…」 — " + BODY + "; " + NOSUBJ
               + "; 「法律七进」 a name; " + NONE + "; " + NODATE),
        S(["四", "（一）"], [], [],
          note="「（一）坚持普法与立法相结合。 把普法融入立法过程。…健全…反馈机制…健全规范性文件公布时同步解读机制…」 — " + BODY + "; "
               "the heading's 坚持 states the point, its text gives work (健全, 宣传解读; Round 105's x374_02 第五条: a principle with "
               "acts is work); " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["四", "（二）"], [], [],
          note="「（二）坚持普法与执法相结合。 把普法融入执法过程。…结合社区规划师制度的实施和推广，全面推进和落实街道规划参与权…」 — " + BODY
               + "; " + NOSUBJ + "; 落实 with no subject names none; " + NONE + "; " + NODATE),
        S(["四", "（三）"], [], [],
          note="「（三）加大以案普法工作力度。 全系统领导干部要切实落实“谁执法谁普法”普法责任制，…建立健全行政执法案卷评查…等制度。…」 — "
               + BODY + "; the subject of 落实 is persons (round 30: a person is never a unit) — RULING?: or [全系统领导干部]; "
               + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["五", "（一）"], [], [], targets=[(1, "次")],
          note="「（一）完善法治宣传教育制度。 落实国家工作人员学法用法制度，组织编制普法责任清单。全面推行“三个一”学法工程，即每年组织一次以上"
               "党组织理论学习中心组集体学法，一次“12·4”国家宪法日集中法治宣传教育，一次以上行政机关负责人出庭应诉、工作人员旁听、讲评“三合一”"
               "活动。」 — " + BODY + "; " + NOSUBJ + " (组织 with no subject names none); 一次以上 a frequency floor, 1 次 (round 35's "
               "「至少两年开展一次」; round 52's decided 「五个一」: 一 as any number), printed thrice and listed once; 「三个一」「三合一」 "
               "names; 每年 the work's rhythm, no date; " + NONE + "; " + NODATE),
        S(["五", "（二）"], [], [],
          note="「（二）深化法治宣传教育主题活动。 深入开展“送法工程”，结合“4·22”世界地球日…“6·25”全国土地日、“8·29”…“10·31”…“12·4”"
               "国家宪法日等主题纪念日，集中组织规划资源法治宣传活动…」 — " + BODY + "; " + NOSUBJ + "; the days are names of the "
               "observances, no dates of the work and no targets; " + NONE + "; " + NODATE),
        S(["五", "（三）"], [], [],
          note="「（三）优化法治宣传教育阵地。 在各单位现有宣传公告栏、电子屏幕、公共空间设置普法宣传材料…加强…官方网站、…微信公众号…」 — "
               + BODY + "; " + NOSUBJ + "; 各单位 a place here; " + NONE + "; " + NODATE),
        S(["五", "（四）"], [], [],
          note="「（四）加强法治文化建设。 …组织开展规划资源领域法治文化作品展览活动，运用规划展示馆宣传平台…」 — " + BODY + "; "
               + NOSUBJ + " (组织开展 with no subject names none); " + NONE + "; " + NODATE),
        S(["七", "（一）"], [], [], dl="于2022年3月底之前", dln="2022-03",
          note="「（一）宣传准备阶段 ：2021年四季度至2022年一季度，各单位要结合本规划和本单位实际，做好实施方案制定、舆论宣传等准备工作。"
               "各单位要加强对普法工作的组织领导，确定普法工作联络员，并将…名单于2022年3月底之前报市局法治机构。」 — a stage in 「工作步骤和安排」 "
               "with its work after its time: a phase and a task (round 33; round 32's stages written as items); 各单位 a general call "
               "(round 33: no kind, no doer); the item's own date, the latest printed, is its deadline (EXPECTED.md; round 34): "
               "3月底之前 → 2022-03, the stage's end too; the sending is a duty (below); " + NONE),
        S(["七", "（二）"], [], ["市局"], dl="2025年二季度", dln="2025-06",
          note="「（二）组织实施阶段 ：2022年二季度至2025年二季度，各单位依据本规划…制定法治宣传教育年度计划，认真组织实施，开展年度考核评估和阶段性"
               "抽查，…2023年，市局组织开展全系统中期检查督导。」 — a phase and a task (round 33); 市局 组织开展 (rule 2's 组织＋verb; "
               "the issuer speaking of itself is a unit as printed, round 30) → responsible [市局], lead []; 各单位 a general call "
               "(组织实施 after a no-kind subject names none, round 33) — RULING?: or none (the stage's work is the units' own, the "
               "mid-term check one clause); the stage's end, the latest printed date, is the deadline → 2025-06 (二季度 ends in "
               "June; 2023 the check's own year beside it) — RULING?: or 2023"),
        S(["七", "（三）"], [], ["市局"], dl="2025年下半年", dln="2025-12",
          note="「（三）总结验收阶段 ：2025年下半年，各单位组织开展自查自验工作，并向市局法治机构提交书面总结报告。市局将…组织开展本市规划资源系统"
               "“八五”法治宣传教育总结验收。」 — a phase and a task (round 33); 市局 组织开展 → [市局] (rule 2; round 30's 本局), "
               "各单位 a general call though its verb is 组织开展 (round 33); 下半年 → 2025-12 (as the sets read 「2025年下半年」); the "
               "report is a duty (below)"),
        R(1, ["法规处", "直属机关党委", "办公室"], "「1 / 《习近平法治思想学习纲要》 / 法规处 / 直属机关党委 / 办公室」: three lines, three names"),
        R(2, ["法规处"], "「2 / 《中华人民共和国宪法》 / 《中华人民共和国民法典》 / 法规处」"),
        R(3, ["总体规划管理处", "法规处"], "「总体规划 / 管理处 / 法规处」: the wrapped cell joined, then 法规处"),
        R(4, ["总体规划管理处"]),
        R(5, ["详细规划管理处"], "three book titles wrapped over six lines, 「（2020试行版）」 a name"),
        R(6, ["详细规划管理处"]),
        R(7, ["风貌管理处"]),
        R(8, ["国土用途实施处"], "「国土用途 / 实施处」 joined as printed"),
        R(9, ["自然资源利用处"]),
        R(10, ["详细规划管理处"], "「（2020版）」 a name"),
        R(11, ["建筑工程管理处"]),
        R(12, ["自然资源确权登记局"], "「自然资源 / 确权登记局」 joined"),
        R(13, ["局执法总队"]),
        R(14, ["法规处"]),
        R(15, ["测绘与自然资源调查处"], "「测绘与自然 / 资源调查处」 joined"),
        R(16, ["地质资源管理处"]),
        R(17, ["办公室", "行政服务处"], "「办公室 / 行政服务处」: two whole names (row 1 prints 办公室 alone) — RULING?: or one "
                                        "name 办公室行政服务处"),
        R(18, ["法规处"]),
        R(19, ["信访办公室"]),
        R(20, ["直属机关党委"]),
        R(21, ["直属机关党委", "法规处"]),
     ],
     plan_targets=[],
     plan_targets_note="一、（二）主要目标 「到2025年…」 states levels in words, no figure",
     phases=[{"name": "宣传准备阶段", "start": "2021-10", "end": "2022-03"},
             {"name": "组织实施阶段", "start": "2022-04", "end": "2025-06"},
             {"name": "总结验收阶段", "start": "2025-07", "end": "2025-12"}],
     duties=[{"what": "将本单位的实施方案和普法工作联络员名单于2022年3月底之前报市局法治机构", "when": "于2022年3月底之前",
              "when_norm": "2022-03",
              "note": "七、（一） — the plan's addressed units (局机关各处室、局属各单位、各区规划资源局、各派出机构) send their plan and "
                      "liaison's name to the bureau's legal office: naming a liaison and submitting are plans-dev's duties; a plan "
                      "unit's sending to the plan's office is one (round 32)"},
             {"what": "向市局法治机构提交书面总结报告", "when": "2025年下半年", "when_norm": "2025-12",
              "note": "七、（三） — each unit's written summary to the bureau's legal office in the last stage (round 32)"}],
     notes=["counting (leaf tasks): 一、's （一）指导思想 （二）主要目标 （三）基本原则 are aims and principles, no work (Round 102's "
            "x369_01 一、; Round 105 on x375_01 行动目标); 二、 （一）–（六） 6, 三、 （一）–（三） 3, 四、 （一）–（三） 3, 五、 （一）–（四） 4; "
            "六、加强组织保障 （一）–（三） are 保障 points naming no unit in a plan whose tasks name units (七、's 市局, the 附件's "
            "责任部门 column): no tasks (seeds EXPECTED.md lines 3–5; round 27) — RULING?: or tasks naming none (Round 105's governs "
            "on x375's 保障措施 read plans naming no unit), 22; 七、 （一）–（三） stages with work after their times, phases and tasks "
            "(round 33) 3 → **19**. The attached list's 21 rows are attachment_task_rows (a task table by its 责任部门 column): 40 "
            "(19 + 21) and 43 (22 + 21) accepted.",
            "units: none in 二、–五、 (persons and no subjects); 七、（二）（三） [市局] by 组织开展; the 附件 rows by their 责任部门 cells",
            "dates: 七、's stages and their items; phases 2021-10→2022-03, 2022-04→2025-06, 2025-07→2025-12; two duties",
            "figures: 五、（一） 1 次; the observance days 「4·22」「6·25」「8·29」「10·31」「12·4」 and 「三个一」「三合一」「法律七进」 names, "
            "unchecked"])

write_collected(DIR)
