# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next373/expected.json from the hand-written answers below.

This plan is a BLIND never-tuned set of round 70 (built by helper c373, for round 71): never tune the parser on it (see
README.md). Only `line` and `title_starts` are looked up in the text (by expected_tools.locate); every answer was written
here by reading the text, with ../CONVENTIONS.md (its head, lines 1–101, Rounds 90–95 read whole with some long lines and
two stretches the tool cut, Rounds 96–102 and older rounds only through `grep` for the words this text turns on — see
README.md "Exposures") applied to every item, and /work/shared/plans-dev/EXPECTED.md (lines 1–60 and its file 08, read
BEFORE the answers were written: file 08 is the same district's no-unit plan on the same 示范区). Neither the parser nor
the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next373/make_expected.py tests/data/plans-next373
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"     # the stored version read_file answered
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the notice title, kept as line 1), cut by a script at the first "
          "「\\n# 」; the text was typed from the tool's answer and the whole stored file (wrapper + text) checked against "
          "the character count read_file gives")

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NOUNIT = ("a page that names no unit anywhere (plans-dev 08, the same district's plan on the same 示范区, and CONVENTIONS.md "
          "head: 「in a plan that names no units at all every numbered leaf is a task」, read since Round 77 as every leaf "
          "that gives work): no clause of the item makes a body the doer in rule 2's closed list (headed points, not "
          "articles: round 30; Round 91's x335_03 六) → lead [], responsible []")
RUNIN = ("the run-in heading 「N.XX。」 alone gives no work, the item read by its words (round 63's 「完善收费制度。…」; Round 74's "
         "governs on x301_02)")
STANDING = "a standing set of measures: no item prints a date (cover 2023年10月23日; 「每日」 a rhythm) → " + NODATE
ENC = ("鼓励 names no work (rounds 30, 40; Round 87's x328_01 第八条; Round 97's x357_03 六、（三））, and 「支持A＋verb」 is read "
       "with it (「鼓励A…」「支持A会同B…」 name no doer, Round 40's rulings, CONVENTIONS.md line 417; x328_01 「支持和鼓励社会资本进入…」)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x373_01_yangpu-2023-gongye-yichan-baohu-chuancheng-huohua-liyong-ruogan-jucuo.txt"
P01 = "关于推进上海杨浦生活秀带国家文物保护利用示范区长效建设加强工业遗产保护传承活化利用的若干举措"
N01 = "关于印发《" + P01 + "》的通知"


def T(n, words, extra="", **kw):
    """A leaf 1.–20. under 四、（一）–（四）: a task naming no unit, undated."""
    sec = {1: "（一）", 8: "（二）", 13: "（三）", 17: "（四）"}
    head = [v for k, v in sorted(sec.items()) if k <= n][-1]
    return S(["四", head, str(n)], [], [],
             note=words + " — " + RUNIN + "; " + (extra + "; " if extra else "") + NOUNIT + "; " + STANDING, **kw)


plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the forwarded document's own title line (line 11, after the cover's signature and date) or the notice's "
                "title (line 1): either (round 30's forwarding notice; round 45's pair form as plans-next367 wrote it)",
     doc_no="杨府发〔2023〕10号 (the stored front matter; the text prints no number)",
     issuer="上海市杨浦区人民政府 (the cover's signature, line 7; the front matter's 发布单位 says 上海市杨浦区人民政府办公室)",
     date="2023-10-23",
     date_note="the cover is signed 2023年10月23日 (line 9); no item prints a date, no term, no entry into force",
     level="a district government (区级, Yangpu) issuing, with its own consent, twenty measures for the long-term building of "
           "the 杨浦生活秀带 national demonstration zone for the protection and use of cultural relics: keeping, using and "
           "opening industrial heritage, and the mechanisms behind it",
     source=(f"{REPO} @ {C49}, docs/城市更新与历史保护/关于印发《关于推进上海杨浦生活秀带国家文物保护利用示范区长效建设加强工业遗产保护传承活化利用的若干举.md "
             "(official page https://www.shanghai.gov.cn/zhengce/detail?businessId=0077d021f040ca9232d610dfb3c7556a02dd&siteId=0077) — "
             + STORED + " (5542 characters stored, wrapper included; 5075 in the file)"),
     style="a cover (addressees 区政府各委、办、局，各街道办事处, one sentence 「…已经区政府同意，现印发给你们，请认真按照执行」, signature, "
           "date); the document's title; a preamble paragraph; 一、指导思想 and 三、主要目标 one paragraph each, 二、基本原则 four "
           "unnumbered 「坚持…相…。」 paragraphs; 四、重点举措 with （一）–（四） each a heading line and a lead-in paragraph, and "
           "measures 1.–20. numbered on across the four, each a run-in heading 「N.XX。」 and its text on one line; no 附件; "
           "half-width ; inside four measures; NO unit named anywhere (the bodies in the text stand inside nouns: 「部门联合督查、"
           "属地街道定期检查…四级巡防机制」, 「市、区相关部门及社会专业机构形成合力，协同推进」)",
     leaf_tasks=17, count_alternatives=[20, 18, 16, 19],
     leaf_tasks_by_section={"一、指导思想": 0, "二、基本原则": 0, "三、主要目标": 0, "四、（一）": 7, "四、（二）": 3,
                            "四、（三）": 3, "四、（四）": 4},
     childless_top_level_sections=["一、指导思想", "二、基本原则", "三、主要目标"],
     samples=[
        T(1, "「1.开展资源摸底清查。全面开展本区工业遗产的调查、评估和认定工作，摸清底数，明确构成，建立价值评估体系，建设工业遗产数据库，…」",
          "bare acts of the plan's own bodies (开展, 建立, 建设) give work (round 65's x274_01; round 70's x287_02)"),
        T(2, "「2.优化分级分类管理。…探索分级分类保护管理利用方式…。对归属于各级各类文物保护单位…的工业遗产，按照法律法规的要求，落实法定保护职责。推动更多…纳入各类保护体系。」",
          "落实 with no subject is an instruction to the plan's bodies (round 34 early; p46d), naming none; 文物保护单位 there names "
          "a class of listed site, not a body"),
        T(3, "「3.制定科学合理规划。结合…实际，制定工业遗产保护利用发展规划。对…街道、建筑群、河流、名树及各类遗址等进行重点保护。注重…，确保…」",
          "制定 and 进行 with no subject; 街道 here a street (the object protected), not a 街道办事处"),
        T(4, "「4.注重全要素保护。妥善保护工业遗产物质遗存和非物质文化遗产…，通过档案抢救、口述历史等方式，研究保留生产工艺、规章制度、企业文化等…，加强对…的研究和保护，传承工业精神。」"),
        T(5, "「5.落实全方位甄别评估。…重点对…进行综合评估和甄别分析。…做好工业遗址个体物理特征和现状的完整记录。对生产流程或工业场所即将面临停止运行前，在条件允许的情况下应提前介入…。对…核心物项，探索建立资产清册、编制保护图则…」",
          "「在条件允许的情况下」 a case of the work, not an option of it (可 is not printed)"),
        T(6, "「6.实施历史资料抢救性保护。对重要工业遗产可能遭受潜在破坏风险的，提前介入干预，建立应急响应机制，…设立工业遗产档案资料微型展示馆，推进档案资源数字化管理和运用，向公众开放查询内容，…」"),
        T(7, "「7.构建安全防护体系。坚守安全底线，将文物安全纳入政府年度绩效考核体系，进一步落实文物安全政府主体责任、部门监管责任。构建完善的部门联合督查、属地街道定期检查、网格化小分队每日巡查以及专业机构“体检式”排查四级巡防机制。强化科技赋能，…」",
          "the bodies of the 四级巡防机制 stand inside a noun's description (round 30: 「参加由A组织的培训」 — no doer), 政府／部门 inside "
          "the object of 落实 (主体责任、监管责任 of whom, no subject); 每日巡查 a patrol rhythm, no duty (plans-dev 08 四/（二）/4/（12）); "
          "「四级」 names the kind of patrol mechanism (four tiers), a figure with no comparison word naming a kind (round 30), no target",
          not_targets=[("4", "级")]),
        T(8, "「8.推动全生命周期管理。加强对区域内工业遗产全生命周期管理，规划统筹…，研究制定工业遗产容缺运营方案，通过机制创新、各方协作推进…功能落地，有效盘活…」",
          "各方协作 is a manner phrase with no body named (各方 with no head, Round 93's x343_02 reads 各方 only with a head naming the parties)"),
        T(9, "「9.坚持合理有效利用。在对工业遗产活化利用时，对于具有较高…价值的，应加强整体保护，修旧如旧，尽可能还原其历史风貌。对于非重点保护部位…，结合专家咨询意见，可在…的基础上，对工业建筑物（构筑物）进行适当合理改造，…」",
          "应 binds the plan's bodies to an act with no subject: work (round 65's x274_01); the 可 sentence an option (round 49 p46b) "
          "beside it, the point giving work by 应 (round 70's x287_02: a point that also gives work is a task)"),
        T(12, "「12.支持绿色赋能发展。探索工业遗产保护和绿色低碳发展的结合方式，寻求…平衡。加强工业遗产活化利用的方案设计、施工建设和运行管理，推广应用绿色建材，打造新型绿色建筑，避免…，形成…」",
          "the heading's 支持 gives nothing (" + RUNIN + "); the text's bare acts 探索, 加强, 推广应用, 打造 give work"),
        T(14, "「14.促进多元融合布局。加快转型升级和用地更新，修复滨江沿岸厂房、仓库等各类工业遗产，推动…转变。依托工业遗产建设杨树浦电厂遗迹公园、船台公园等一批…公园等。配合上海市工业博物馆项目，打造杨浦滨江沿线工业遗产博览带，…」",
          "上海市工业博物馆 names a project the district works with (配合 with no subject), not a doer"),
        T(15, "「15.推动优质资源赋能。鼓励依托工业遗产设立博物馆、美术馆、展示馆等文化设施和展演空间;将工业文化融入文艺创作、文创设计，培育艺术品牌活动;利用工业遗产引入文化演出、艺术展陈、时尚活动，推动…发展;科学改造滨江公共空间，打造群众公共休闲活动场所，综合提高…效率。」",
          "鼓励 reaches its own clause; the three clauses after 「;」 are bare acts of the plan's bodies (将…融入, 培育, 引入, 推动, "
          "科学改造, 打造), and a point that also gives work by a bare act is a task (round 70's x287_02; Round 77's x301_02 reads "
          "points whose ONLY verbs are 鼓励 and 可) — measure 11 repeats 鼓励 after its 「;」, this one does not (RULING? 3)"),
        T(16, "「16.建设工业文物主题游径。以具有工业旅游开发价值的工业遗产、工业类博物馆、工业企业等为依托，创新工业旅游资源开发利用，完善配套商业服务功能，设计开发…主题游径。深化“浦江游览”品牌建设，打造…新模式。」"),
        T(17, "「17.加强保障形成合力。成立工业遗产保护利用联席会议，市、区相关部门及社会专业机构形成合力，协同推进工业遗产的保护、利用、运营管理，着力破解瓶颈和难题。组建工业遗产保护利用专家智库，充分发挥…作用，建立健全决策反馈机制和决策后评估机制，…」",
          "a body the item sets up (成立…联席会议, 组建…专家智库) gives the item no unit and its members none (rule 3; Round 91's "
          "x338_01: a body the point sets up and gives work is a task naming none); 「市、区相关部门及社会专业机构形成合力，协同推进…」: "
          "形成合力 and 推进 stand outside rule 2's closed list, and 协同 here is a manner with no partner named after it, not "
          "round 30's 「A协同B＋verb」 (RULING? 4)"),
        T(18, "「18.优化资金投入和筹措机制。拓展多元融资渠道，鼓励社会资本投资参与，共同助力…，探索更利于工业遗产保护利用的激励机制;推动实施申报国家、市级重大项目补贴资助，加强重点项目扶持力度。」",
          "拓展, 探索, 推动实施, 加强 bare acts beside the 鼓励 clause (round 70's x287_02); 社会资本 the object of 鼓励 (p46d), no doer; "
          "the money moved is the plan's own support work, not a payer's term (Round 91's x339_01 第九条)"),
        T(19, "「19.优化人才培育机制。依托高校人才和学科资源优势，搭建多学科交叉融合平台，…设立领军型、示范性文物保护利用工作室，推动建立区校专业人才教学实训基地，加强…双向柔性流动;鼓励在…开展…培训，培育储备一批…专业人才。支持将…内容纳入中小学试点特色课程，…」",
          "搭建, 设立, 推动建立, 加强 bare acts (round 70's x287_02); 高校 the means (依托), no doer"),
        T(20, "「20.鼓励社会力量参与。鼓励和支持公民、法人和其他社会组织通过…多种方式，参与工业遗产保护修缮、…保护利用全过程。加强社会面宣传动员，以价值驱动、资源驱动、文化驱动为引领，鼓励市民加入文物保护利用志愿服务活动，…」",
          "the heading and the first sentence only encourage (" + ENC + "), but 「加强社会面宣传动员」 is a bare act of the plan's "
          "bodies, so the point gives work (round 70's x287_02); 公民、法人 and 市民 the objects of 鼓励, persons and the public "
          "(round 30: a person is never a unit)"),
     ],
     plan_targets=[],
     plan_targets_note="none: the text prints no figure of work (its numbers are the 1.–20. markers, the cover date and the "
                       "二十大 / 四高 / 四级 names)",
     phases=[],
     duties=[],
     notes=["counting (the lowest numbered items that carry text, plans-dev EXPECTED.md; on a page naming no unit every leaf "
            "that gives work is a task, plans-dev 08 as Rounds 81, 85, 95, 97 and 101 read it): the cover (「请认真按照执行」, "
            "round 25) and the preamble 「为…，制定以下举措。」 no tasks; 一、指导思想, 二、基本原则 (four 「坚持…」 stances naming no "
            "doer, p51e; Round 91's x336_05 一) and 三、主要目标 (aims with no numbered children; Round 80's turned p59d-1: a "
            "childless aims point is a section) are childless top-level sections; 四、's （一）–（四） have numbered children, "
            "their lead-in paragraphs text (rule 4's lead-ins; they name no body). Leaves 1.–20.: 1–7 tasks (7); 8, 9 tasks, "
            "10 and 11 no tasks, 12 a task (3); 13 no task, 14, 15, 16 tasks (3); 17–20 tasks (4) → **17**. Not tasks: 10 "
            "「鼓励新型业态植入。鼓励利用转型发展的工业遗产资源，建设…等，助力…，促进…融合。」 (one sentence under 鼓励; 助力, 促进 say "
            "what the encouraged use is for), 11 「推动科技创新应用。鼓励依托互联网…加强…数字化展示，增添…;对于无法重现或恢复的工业遗存，"
            "鼓励利用数字化的方式记载、展示…」 (both clauses open with 鼓励; the heading's 推动 alone gives no work), 13 「支持开放展示价值。"
            "支持区内工业遗产采取…方式，以不同形式对公众开放，重点阐释和展示…。鼓励尚不具备开放条件的工业遗产创造条件，…开放。」 (支持 and "
            "鼓励 only, the sites their objects): a point whose only verbs are 鼓励 (支持) and 可 is no task (Round 74's x296_02; "
            "Round 77's governs on x301_02; Round 97's x357_03 六、（三）) — " + ENC + ". Accepted: 20 (every numbered leaf, "
            "plans-dev 08 read alone), 18 (13 a task: 支持 as the district's own backing, Round 91's x339_01 第九条 「优先支持…落地」), "
            "19 (10 and 13 tasks, 促进 a bare act), 16 (15 no task, 鼓励 reaching its 「;」 series).",
            "units: none anywhere. The bodies printed — 政府, 部门 (7., inside the objects of 落实 and the noun 四级巡防机制), 属地街道 "
            "(7., inside the mechanism's description), 上海市工业博物馆 (14., a project), 市、区相关部门及社会专业机构 (17., the "
            "subject of 形成合力／协同推进, outside the closed list), 高校 (19., a means), 公民、法人、市民 (20., objects of 鼓励) — "
            "name no doer by rule 2; the cover's addressees (区政府各委、办、局，各街道办事处) are receivers of the notice. Samples: "
            "all 17 tasks.",
            "dates: the cover's 2023年10月23日 only; every item undated (no term, no year, no phase); 「每日巡查」 a rhythm of "
            "patrols (plans-dev 08's 「每日巡查 / 每年“体检式”排查 are inspection rhythms, not reporting duties」): no duties",
            "figures: no Arabic figure of work in the text; 「四级巡防机制」 (7.) a kind, checked as a not-target; 二十大, "
            "“四高”城区 and 1.–20. names and markers, unchecked"])

write_collected(DIR)
