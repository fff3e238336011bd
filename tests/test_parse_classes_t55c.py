"""Round 55 (t55c): the count of a rule of articles whose owners', buyers' and drivers' articles are the
public's own rules (rounds 36, 41, 46, 52). Made-up texts of the form:

- the plan names units where a company is named by a short name the rule defines 「（以下合称X）」 —
  in the lead-in over an article's items 「X应当按照以下要求…：」 or after a case clause
  「…的，X应当报告…」 (``rule_chapters._names_twice``);
- then an article whose rule is the public's — a limit on owners 「…的，一户业主只能购买…」,
  a buyer 「受让对象应当是…」, a space's owner 「车位产权人可以…」 — is no task, and the items under
  a driver's lead-in 「停放人应当遵守以下规定：」 are none (``public_articles.public_lead_item``);
- near misses that stay tasks: the items under a company's lead-in, a driver's item that names a body
  doing work, a case about the public answered by the company 「停放人占用…的，停放管理单位应当报告…」,
  and the public's articles in a plan that names no unit.
"""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = "某市小区非机动车停放管理办法\n"
OPEN = ("第一条  （目的）\n为规范小区停车秩序，制定本办法。\n"
        "第二条  （管理单位）\n物业服务企业或者其他停放管理单位（以下合称停放管理单位）提供停放服务的，"
        "应当在合同中约定收费标准。\n")
LIMIT = "第三条  （车棚的分配）\n车棚位数量不足的，一户业主只能租用一个车棚位。\n"
BUYER = "第四条  （车棚的转让）\n车棚位要转让的，受让对象应当是本小区的业主，不得转让给小区外的个人。\n"
OWNER = ("第五条  （车棚的出租）\n车棚位仍有空余的，车棚产权人可以按月出租给小区外的个人。"
         "出租车棚产权人应当将承租人的联系方式告知物业服务企业。\n")
DUTIES = ("第六条  （服务要求）\n停放管理单位应当按照以下要求提供停放服务：\n（一）公示停放收费标准；\n"
          "（二）制定充电安全管理制度；\n（三）做好车棚使用情况登记。\n")
DRIVERS = ("第七条  （停放人的规定）\n车辆停放人应当遵守以下规定：\n（一）听从管理人员的指挥；\n"
           "（二）不得占用消防通道；\n（三）按照约定交纳停放费用。\n")
CLOSE = ("第八条  （违规处理）\n停放人占用消防通道的，停放管理单位应当报告消防部门进行处理。\n"
         "第九条  （施行日期）\n本办法自2031年1月1日起施行。\n")


def _numbers(body: str) -> list[str]:
    return [t.title[:6] for t in parse_text(HEAD + body).tasks]


def test_owners_buyers_and_drivers_rules_are_no_tasks_where_the_company_is_named():
    got = _numbers(OPEN + LIMIT + BUYER + OWNER + DUTIES + DRIVERS + CLOSE)
    assert got == ["（管理单位）", "公示停放收费", "制定充电安全", "做好车棚使用", "（违规处理）"]


def test_the_company_lead_in_carries_its_name_to_the_items():
    plan = parse_text(HEAD + OPEN + LIMIT + DUTIES + DRIVERS + CLOSE)
    items = [t for t in plan.tasks if t.title.startswith(("公示", "制定", "做好"))]
    assert [t.responsible_units for t in items] == [["停放管理单位"]] * 3


def test_a_drivers_item_naming_a_body_at_work_stays():
    drivers = DRIVERS.replace("（三）按照约定交纳停放费用。", "（三）区城管执法部门负责对违规停放进行查处。")
    got = _numbers(OPEN + LIMIT + DUTIES + drivers + CLOSE)
    assert got == ["（管理单位）", "公示停放收费", "制定充电安全", "做好车棚使用", "区城管执法部", "（违规处理）"]


def test_without_a_named_body_the_public_articles_stay():
    # (near miss: no body named in two places — the plan's tasks name no units: no article dropped as the public's)
    got = _numbers("第一条  （目的）\n为规范小区停车秩序，制定本办法。\n" + LIMIT + BUYER)
    assert got == ["（车棚的分配", "（车棚的转让"]


def test_a_bodys_lead_in_after_the_persons_case_keeps_its_items():
    # (near miss: 「职工取得…的，市住房中心对其…进行如下管理：」 — the lead-in's subject after the case is the body)
    body = ("第七条  （账户管理）\n本市职工取得外地贷款的，市住房中心对其账户进行如下管理：\n"
            "（一）市住房中心对职工进行标识；\n（二）贷款出现逾期的，市住房中心应当配合开展催收工作。\n")
    got = _numbers(OPEN + LIMIT + DUTIES + body + CLOSE)
    assert got == ["（管理单位）", "公示停放收费", "制定充电安全", "做好车棚使用", "市住房中心对", "贷款出现逾期",
                   "（违规处理）"]
