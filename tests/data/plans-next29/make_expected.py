# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next29/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 21 (built by corpus29): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` / ``row_in_table_in`` of
../plans/expected_tools.py); every answer was written here by reading the texts. Neither the parser nor the scorer
was run on this set by its builder: the lead scores it first.

    python tests/data/plans-next29/make_expected.py tests/data/plans-next29
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    YEAR,
    S,
    plan,
    prose_and_listed,
    row_in_table_in,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
row_in_table = partial(row_in_table_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"
WHOLE = ("the stored text (read with read_file); only the repository's wrapper was removed (YAML front matter, the two "
         "`>` disclaimer lines and the blank lines around them, the `# ` marker before the title); the stored file as "
         "typed (wrapper + text) had the character count read_file gives")
PROSE = "no unit is named for the item as a label (actors, if any, act in sentences): lead = [], responsible = []"
LABEL = ("units in the item's closing 「（责任部门：A、B、…）」: a responsible list, no lead named (no first-listed rule is "
         "stated, as plans-next27 x27_04); split on 、")


def src(folder, path, url, chars):
    return f"{REPO} @ {C49}, docs/{folder}/{path} (official page {url}) — {WHOLE} ({chars})"


P, U = prose_and_listed(PROSE)

# ---------------------------------------------------------------------------------------------------------
X01 = "x29_01_jingan-2026-xiandaihua-chanye-tixi-gaozhiliang-fazhan-ruogan-cuoshi.txt"
SW, KJ, SF, RS, WL, SC, TZ, SJ, FG, CZ = ("区商务委", "区科技经济委", "区司法局", "区人力资源社会保障局", "区文化旅游局",
                                          "区市场监管局", "区投资办", "区数据局", "区发展改革委", "区财政局")
EIGHT = [SW, KJ, SF, RS, WL, SC, TZ, SJ]
SEVEN = [FG, SW, SF, CZ, RS, SC, TZ]
TRIO = [SJ, KJ, WL]

plan(X01,
     title="静安区关于构建现代化产业体系、促进经济高质量发展的若干措施",
     title_note="the only title (no cover notice, no issuer line, no date in the stored text)",
     doc_no="静发改委〔2026〕3号 (from the index; the stored text prints no number)",
     issuer="上海市静安区发展和改革委员会 (from the index; the text names no issuer)", date="2026-02-27",
     level="district bureau (Shanghai Jing'an)",
     source=src("工程建设管理", "静安区关于构建现代化产业体系、促进经济高质量发展的若干措施.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=49cdbbe2-b59e-4c88-9347-67bdfee577ed&siteId=0072", 7898),
     style="district policy measures without a cover, signature or date: a preamble, 一、总体要求 with four principles "
           "「1、heading。text」 (no units); 二、 （一）–（七） group headings over measures 1、–35、; 三、 36、–39、, 四、 40、–44、, "
           "五、其他 45、–47、 — the numbers 1、–47、 run on across 二、–五、 (restarting after 一、's 1、–4、), number mark 「、」 "
           "after Arabic digits; every measure closes 「（责任部门：…）」 (one to nine units; 47、 names four areas and a town); "
           "a closing validity sentence (有效期至2026年12月31日) and footnotes [1]–[9] (not tasks)",
     leaf_tasks=51, count_alternatives=[47], attachment_task_rows=0,
     task_section_leaves=47,
     childless_top_level_sections=[],
     samples=[
        P(["一", "1"],
          note="一、总体要求 1、–4、 are principles with no label (leaves under the counting rule, not tasks in substance); "
               "「“2+3+6+6”」 and 「“（3+3）+（1+3+X）”」 are names of industry systems (footnotes [1], [2]), no quantities; "
               + NODATE),
        U(["二", "（一）", "1"], EIGHT,
          note=LABEL + "; eight units; the same eight-unit label closes 1、–5、; " + NODATE),
        U(["二", "（一）", "6"], [FG] + EIGHT,
          note=LABEL + "; nine units, 区发展改革委 first here only (not a lead: no rule names the first-listed unit); "
               + NODATE),
        U(["二", "（二）", "7"], [SW],
          note="one unit in the label; 首店、旗舰店、概念店 and 离境退税 name kinds of shop and a service; " + NODATE),
        U(["二", "（二）", "8"], [SW, SC], note=LABEL + "; 南京西路商圈 is a place; " + NODATE),
        U(["二", "（三）", "16"], [TZ],
          note="one unit in the label; 「S基金 ，」 keeps the source's space before the comma; CVC a name; " + NODATE),
        U(["二", "（四）", "18"], SEVEN,
          note=LABEL + "; seven units, the same label for 18、–22、 (区财政局 in this group only); 「“五化”」 in the "
               "heading names five directions (footnote [4]), not a quantity; " + NODATE),
        U(["二", "（六）", "31"], [SJ, KJ],
          note=LABEL + "; the order differs from 27、/29、/30、 (区科技经济委、区数据局): no lead either way; 算力券、数据券、"
               "工具券 are names of vouchers; " + NODATE),
        U(["二", "（七）", "34"], [KJ],
          note="one unit in the label; FDA、EMA、CE、PMDA、WHO are agencies (footnotes [5]–[9]), printed with stray spaces "
               "(「取得 FDA」, 「或 WHO」); " + NODATE),
        U(["三", "36"], TRIO,
          note=LABEL + "; the measure numbers run on (36、 follows 35、 of 二、（七）); 「Web3.0」 is a technology's name "
               "(3.0 is no quantity); the same three-unit label closes 36、–39、; " + NODATE),
        U(["四", "40"], [KJ, FG, SW, SF, RS, WL, SC, SJ, TZ],
          note=LABEL + "; nine units with 区科技经济委 first (no lead named); " + NODATE),
        U(["四", "44"], [SC, WL],
          note=LABEL + "; the heading 「支持企业提升知识产权创造、运用、保护和管理能力」 is a whole clause; " + NODATE),
        U(["五", "46"], ["区人才局"],
          note="one unit in the label; 「“静悦远来、安聚英才”」 is a slogan (the 、 inside quotes is no unit separator); "
               + NODATE),
        U(["五", "47"], ["南京西路-苏河湾中央活力区（CAZ）", "大宁“三生”融合创新区", "市北国际科创区", "彭浦镇"],
          note=LABEL + "; the label names three functional areas (their administrations) and a town: kept whole as "
               "printed, with the hyphen, the bracketed 「（CAZ）」 and the quotes; 「三生」 is a name; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、总体要求 1、–4、 4 (principles, no units); 二、: （一） 1、–6、 6, （二） 7、–10、 4, （三） 11、–17、 7, "
            "（四） 18、–22、 5, （五） 23、–26、 4, （六） 27、–31、 5, （七） 32、–35、 4 = 35; 三、 36、–39、 4; 四、 40、–44、 5; "
            "五、 45、–47、 3 → 51; the 47 measures with a label = task_section_leaves (accepted as the count)",
            "「本措施自公布之日起生效，有效期至2026年12月31日」 is the measures' validity period, not a deadline of any item; "
            "「经区政府同意后进行修订」 is a rule, not a duty",
            "no figure in any measure is a target: the numbers are in names (“2+3+6+6”, “（3+3）+（1+3+X）”, Web3.0, “五化”, "
            "三大, 六大) and the footnote markers [1]–[9]",
            "the footnotes [1]–[9] after the validity sentence explain names; they are not tasks",
            "no phases, no reporting duties, no plan targets",
            "the same bureau appears as 区科技经济委 (as in plans-next27 x27_03); 区人才局 (as in x27_04)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x29_02_jiading-2026-zhongda-gongcheng-jianshe-jihua.txt"
ATT = "附件：2026年嘉定区重大工程建设计划"
PRE = "预备项目（9个）"
ROW = ("attachment row: 牵头单位 column = lead; responsible = the lead and the 建设单位/责任单位 cell's units (as plans-fresh "
       "f06's separate 牵头单位 column); 建设目标 新开工 / 建成 / 在建 within the plan year 2026")
YEARNOTE = "the plan's year 2026 is implicit (no date in the item): " + YEAR
GW = "国网嘉定供电公司"


def R(n, lead, units, note="", heading=ATT, **kw):
    """An attachment row: lead = the 牵头单位 cell, responsible = lead + the 建设单位/责任单位 units."""
    resp = [lead] + [u for u in units if u != lead]
    return S(["附件", str(n)], [lead], resp, note=note, **row_in_table(X02, heading, n), **kw)


plan(X02,
     title="2026年嘉定区重大工程建设计划（上海市嘉定区人民政府关于印发《2026年嘉定区重大工程建设计划》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="嘉府发〔2026〕1号 (from the index; the stored text prints no number)",
     issuer="上海市嘉定区人民政府 (the cover's signature; the index names 上海市嘉定区人民政府办公室); the plan drafted by "
            "区重大工程建设工作专班", date="2026-01-13",
     level="district (Shanghai Jiading)",
     source=src("工程建设管理", "上海市嘉定区人民政府关于印发《2026年嘉定区重大工程建设计划》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=5_195257&siteId=0080", 6884),
     style="district annual project plan after a cover notice (addressees, one paragraph, signature, date 2026年1月13日); "
           "the body counts projects and investment (67 / 27 / 16 / 24 个, 762 / 120.9 亿元) and lists them by name: 一、正式项目 "
           "1.–5. categories (1.市政设施类 … 5.两旧一村类), each a figure paragraph and （1）–（3） lists 「N个计划新开工项目分别是："
           "…」; 二、预备项目 1.–9. project names; NO unit in the body; the 附件 table (序号 / 项目名称 / 牵头单位 / 建设单位/责任单位 / "
           "建设目标 / 所处区域) flattened one cell a line: group rows 一–五 with counts, rows 1–67, then 「预备项目（9个）」 and rows "
           "1–9 again (建设目标 「/」); company names broken over two lines inside cells; 「A/B」 in the 建设单位 cell",
     leaf_tasks=23, count_alternatives=[14], attachment_task_rows=76,
     childless_top_level_sections=[],
     samples=[
        P(["一", "1", "（1）"], targets=[(2, "个")], skip_deadline=True,
          note="「2个计划新开工项目分别是：…」: the count of projects to start (the item's own figure); the projects' lead "
               "units are only in the 附件 rows; " + YEARNOTE),
        P(["一", "2", "（1）"], targets=[(6, "个")], skip_deadline=True,
          note="6个 projects to start; plot codes (04-10, 37-06, G02-11, 44-04、21-05) are addresses, not quantities (the "
               "「、」 inside 「44-04、21-05地块」 splits no list of units); " + YEARNOTE),
        P(["一", "3", "（1）"], targets=[(13, "个")], skip_deadline=True,
          note="13个 projects to start; 「TMSR…（一期）」 and 「医疗器械生产、研发、销售基地」 are project names; " + YEARNOTE),
        P(["一", "3", "（3）"], targets=[(11, "个")], skip_deadline=True,
          note="11个 projects under construction; 21-02B and MSR are parts of names; " + YEARNOTE),
        P(["一", "4", "（3）"], targets=[(1, "个")], skip_deadline=True,
          note="「1个在建项目是：…」; JD010201单元0107B-01地块 is a plot code; " + YEARNOTE),
        P(["一", "5", "（2）"], targets=[(9, "个")], skip_deadline=True,
          note="9个 projects under construction (two-old-one-village renewal); 5.两旧一村类 has （1）（2） only; " + YEARNOTE),
        P(["二", "1"], not_targets=[(110, "kV")],
          note="a reserve project (预备项目): 「条件成熟实现开工后，将转化为正式项目」 — no date, no unit; 110kV is the voltage "
               "class in the project's name, not a target; " + NODATE),
        P(["二", "9"],
          note="the last reserve project, a research institute's project named in full; " + NODATE),
        R(1, "区绿容局", ["区绿容局"], skip_deadline=True,
          note=ROW + "; the same unit in both columns; 建设目标 新开工; " + YEARNOTE),
        R(2, "区交通委", ["交发集团"], skip_deadline=True,
          note=ROW + "; 交发集团 is a district company by its short name; 建设目标 建成; " + YEARNOTE),
        R(5, GW, [GW], skip_deadline=True, not_targets=[(110, "kV")],
          note=ROW + "; both unit cells break over two lines 「国网嘉定\\n供电公司」 (one unit); the 所处区域 cell holds two "
               "areas (嘉定新城 / 北虹桥), places, not units; 110kV is in the project's name; " + YEARNOTE),
        R(20, "区经委", ["上海猗翔企业管理有限公司"], skip_deadline=True,
          note=ROW + "; the company's name breaks over two lines in the cell (「上海猗翔企业管理\\n有限公司」); 「•」 in the "
               "project name; " + YEARNOTE),
        R(47, "区科委", ["中国科学院上海光学精密机械研究所"], skip_deadline=True,
          note=ROW + "; the same research institute is the builder of rows 47 and 48; " + YEARNOTE),
        R(57, "地产北虹", ["地产北虹", "江桥镇"], skip_deadline=True,
          note=ROW + "; a company (地产北虹) as lead; the cell 「地产北虹/江桥镇」 is split at 「/」 (builder / responsible town); "
               "a reader who keeps 「地产北虹/江桥镇」 whole is not offered; " + YEARNOTE),
        R(59, "区更新专班", ["区土储中心", "新成路街道"], skip_deadline=True,
          note=ROW + "; 区更新专班 (a working group) leads rows 58–67; 「区土储中心/新成路街道」 split at 「/」; " + YEARNOTE),
        R(9, "区科委", ["上海微系统与信息技术研究所"], heading=PRE,
          note="reserve-project row 9 (the table's numbers restart at 1 after 「预备项目（9个）」, so two rows are numbered 9; "
               "the first words tell them apart); " + ROW.split(";")[0] + "; 建设目标 「/」 (none yet): " + NODATE),
     ],
     plan_targets=[{"number": 67, "unit": "个"}, {"number": 27, "unit": "个"}, {"number": 16, "unit": "个"},
                   {"number": 24, "unit": "个"}, {"number": 120.9, "unit": "亿元"}],
     phases=[], duties=[],
     notes=["counting: the body has no unit anywhere; 一、: 1. （1）–（3） 3, 2. 3, 3. 3, 4. 3, 5. （1）（2） 2 = 14; 二、 1.–9. 9 "
            "→ 23. Accepted: 14 (the five categories 1.–5. read as the leaves, their （1）–（3） as lists of names, plus 9 "
            "reserve projects). The 附件 table has 67 + 9 = 76 rows (attachment_task_rows), a second list of the same "
            "projects with units",
            "plan targets of the preamble (2026): 67个 正式项目 (嘉定新城30个, 北虹桥16个, 占比约67%), 新开工27个, 建成16个, "
            "在建24个, 2026年计划完成投资120.9亿元; 项目总投资约762亿元 is the projects' total cost (a figure, not a 2026 "
            "goal); 9个预备项目. Each category paragraph repeats the pattern (e.g. 1. 5个 / 17.1亿元 / 6.9亿元)",
            "the table's group rows (一 市政设施类（5个） … 五 两旧一村类（12个）) are not tasks; 「三 产业发展类（22个）」 in the "
            "table differs from 「产业发展类项目29个」 of the body (the table lists 29 rows, 20–48): printed as is",
            "「以月保季，以季保年」 in the cover is a working rhythm slogan, not a reporting duty; no phases",
            "the cover signature is the district government, dated 2026年1月13日; the index gives 2026-01-14 and the issuer "
            "上海市嘉定区人民政府办公室",
            "「/」 in the 建设目标 cell of reserve rows means none; 「地产北虹/江桥镇」-style cells pair a builder with a town"])


# round 52 (al52): CONVENTIONS.md "Round 60 rulings" (Tasks, turned; p51e), README "Round 52"
from expected_tools import _sample32  # noqa: E402

_p, _s = _sample32("x29_01", ["一", "1"])
_p["samples"].remove(_s)
_p["leaf_tasks"], _p["count_alternatives"] = 47, [51]
_p["notes"].append('aligned round 52 to CONVENTIONS.md "Round 60 rulings" (turned): 基本原则 items that state a stance or a '
                   "principle of roles give no work, no tasks in any plan (rounds 49, 58): 一、总体要求 1、–4、 are not counted "
                   "and the sample on 一/1 is dropped (leaf_tasks 51 → 47, count_alternatives [47] → [51]); the earlier count 51 "
                   "stays accepted (round 33)")

write_collected(DIR)
