# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""What the answers of plans-next365 share (make_expected.py, answers_03_04.py): the folder, the sources, the
article labels and the notes citing CONVENTIONS.md's rules — kept apart so each answers module holds its documents."""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import article_in  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four files (as plans-next341–359)
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the whole stored file rebuilt (wrapper and text) gives exactly the stored "
          "character count")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/市政与基础设施/{path} (official page {url}) — {STORED} ({chars} characters stored)"


def lab(file, head):
    """The article's label as printed: 「第N条（heading）」 on a line of its own in all four texts (x365_03 prints
    「第三十二条(失信惩戒)」 with ASCII brackets, kept as printed)."""
    for line in (DIR / file).read_text(encoding="utf-8").split("\n"):
        s = line.strip()
        if s.startswith(head + "（"):
            return s[:s.index("）") + 1]
        if s.startswith(head + "("):
            return s[:s.index(")") + 1]
    raise KeyError(head)


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44: in 第X条 articles a body named by a kind, or a party by role, standing as the subject of the "
           "article's verb of doing bound by 应当／不得 is a doer whatever the verb (Round 92's governs on x182_03 第七条; "
           "Round 99's x359_01 第二十二条)")
SENDING = ("a sending — 报告, 报送, 告知, 通知, 答复, 归集, 报…备案 — names no doer, in articles too, and an article whose only "
           "acts are owed sendings is a task naming no unit (Round 83's x313_01 第十一条; Round 85's turned x322_04 第七条; "
           "Round 98's x353_02 第十七条)")
REVIEW = ("a decision on a party's application and its steps name none, in articles too, 由 before the decider changing "
          "nothing (Round 85's x321_02 and turned x317_03 第九条（一）; Round 94's turned x240_04 第二十四条), while "
          "组织＋review names its subject (Round 92's p65a form)")
OPTION = "可／可以／有权 give an option, no work (round 49 p46b; Round 89's x333_01 第九条)"
LIMIT = ("a time counted from an event, 内 alone or 前 joining no comparison word, is no target and dates nothing "
         "(round 33; Round 97's x355_03 五、（二））")
FINE = ("what a breach costs is no target, a fine's band included (round 32: 「处5000元以上3万元以下的罚款」; Round 85's "
        "turned x321_03 第五条（三））")
PENALTY = ("a penalty a named enforcing body imposes on regulated parties is its enforcement, a task (Round 91's x340_02 "
           "第二十六条; Round 77's x299_04 第二十八条)")
ZONE = ("a bracket giving the body of the same kind in other areas is dropped, 乡（镇）人民政府 → 乡人民政府, the printed name "
        "and 镇人民政府 accepted (Round 89's turned x331_02, x334_04; Round 94's governs on p66b; as plans-next359 wrote "
        "x359_04 第三十二条)")
PAYER = ("「由A保障／负责安排／负责筹集」 with 资金 as object names a payer, not a doer (round 30's clarification: 由A承担／分担／保障 "
         "with a cost; Round 83's x311_01 第七条 统筹安排 of funds; Round 87's governs on x323_02 第三十六条: a payer only where "
         "the matter is money alone)")
FILING = ("the operators, contracted firms and purchasers these rules name and task are bodies the rules task, so their "
          "owed filings and reports of the work the rules give them are duties (Round 87's turned x325_02 第十五条, "
          "x328_01 第十条; Round 91's filings by bodies the scheme tasks) (RULING? on the class: or round 42's filing on "
          "one's own business, Round 85's x322_04 第二十四条, no duty)")
ZG = "轨道交通企业"
SJ = "市交通行政管理部门"

