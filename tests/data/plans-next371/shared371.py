# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""What the answers of plans-next371 share: the folder, the sources, the article labels and the notes citing
CONVENTIONS.md's rules (the form of plans-next365's shared365.py)."""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import article_in  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all three files (as plans-next341–365)
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the whole stored file rebuilt (wrapper and text) gives exactly the stored "
          "character count")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/市政与基础设施/{path} (official page {url}) — {STORED} ({chars} characters stored)"


def lab(file, head):
    """The article's label as printed: 「第N条（heading）」 on a line of its own in all three texts."""
    for line in (DIR / file).read_text(encoding="utf-8").split("\n"):
        s = line.strip()
        if s.startswith(head + "（"):
            return s[:s.index("）") + 1]
    raise KeyError(head)


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44: in 第X条 articles a body named by a kind, or a party by role, standing as the subject of the "
           "article's verb of doing bound by 应当／不得 is a doer whatever the verb (Round 92's governs on x182_03 第七条; "
           "Round 99's x359_01 第二十二条)")
SENDING = ("a sending — 报告, 报送, 告知, 通知, 提供资料, 报…备案 — names no doer, in articles too, and an article whose only acts "
           "are owed sendings is a task naming no unit (Round 83's x313_01 第十一条; Round 85's turned x322_04 第七条; "
           "Round 98's x353_02 第十七条)")
REVIEW = ("a decision on a party's application and its steps name none, in articles too, 由 before the decider changing "
          "nothing (Round 85's x321_02 and turned x317_03 第九条（一）; Round 94's turned x240_04 第二十四条), while a "
          "review placed by 负责, 实施 or 组织＋verb names its body (Round 88's x325_02 第四条; Round 92's p65a form)")
OPTION = "可／可以／有权 give an option, no work (round 49 p46b; Round 99's x364_01 第十条)"
LIMIT = ("a time counted from an event, 内 alone or 前 joining no comparison word, is no target and dates nothing "
         "(round 33; Round 97's x355_03 五、（二））")
FINE = ("what a breach costs is no target, a fine's band included (round 32: 「处5000元以上3万元以下的罚款」; Round 85's "
        "turned x321_03 第五条（三））")
PENALTY = ("a penalty a named enforcing body imposes on regulated parties is its enforcement, a task (Round 91's x340_02 "
           "第二十六条; Round 77's x299_04 第二十八条; Round 101's governs on x365_04 第五十四条)")
ZONE = ("a bracket giving the body of the same kind in other areas is dropped, 区（县） → 区, 乡（镇）人民政府 → 乡人民政府, the "
        "printed name accepted (Round 89's turned x331_02, x334_04; Round 94's governs on p66b; Round 95's x352_02 第四条 "
        "区（县）; as plans-next359 and -365 wrote them)")
MONEY = ("an act that only budgets, pays or moves money (纳入预算, 补贴, 安排资金, 上缴, 退还, 以…为主) gives no task, whoever its "
         "subject; work beyond the money — fixing a fee standard or a method, 负责 before the money verb — makes a task "
         "(Round 101's governs on p69e; Round 83's x311_01 第七条; round 30: 由A承担／保障 a cost names a payer)")
FILING = ("the operators and the rules' own bodies sending results of the work the rules give them — reports, data, "
          "plans for 备案 — have duties (round 48; Round 87's turned x325_02 第十五条, x328_01 第十条; Round 91's filings by "
          "bodies the scheme tasks; Round 101's confirmed on x365_01–03's filings); round 42's filing is a firm's on its own "
          "business")
NOTICE = ("a notice of the body's own finding, decision or measure to the body or party that acts on it is a duty (Round "
          "93's x345_04 第十七条; Round 97's x358_01 第七、十、十一、十二条; Round 101's x365_01 第十六条)")
DANGER = ("a report of a danger or an event on the works the rules govern, sent to the body that acts on it, is a duty "
          "whoever sends (round 44; Round 91's governs on x335_01 第三十条; Round 93's x342_03 二/2)")
