"""Round 69 (p69e): surplus tasks — articles and lines the answers read as text.

- Money a party pays into a fund's account 「赔偿责任人依法应当偿还互助基金的垫付款。…的，应当通过银行转账方式转入
  互助基金账户」 and donations a fund takes in and moves to its account 「互助基金接受…的捐款，…将捐款全额转入互助基金
  账户」: the scheme's terms (a payer's obligation, Round 89's x329_01; money only, Round 83's x311_01 第七条), no
  task — not an article where a body of the rules reviews before it pays 「基金管理中心应当受理…，审核后…转入…」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


_FUND = """某市交通互助基金管理办法

第一条 为了规范互助基金管理，根据有关规定，制定本办法。

第二条 市财政局负责互助基金的监督管理，定期检查基金使用情况。

第三条 赔偿责任人依法应当偿还互助基金的垫付款。

赔偿责任人偿还互助基金垫付款的，应当通过银行转账或者现金方式转入互助基金账户，并注明偿还用途。

第四条 互助基金接受个人或者其他组织的捐款，使用监制的捐赠票据，并及时通过银行转账方式将捐款全额转入互助基金账户。

第五条 基金管理中心应当受理垫付申请，审核材料后通过银行转账方式将垫付款转入受助人账户。

第六条 市财政局应当每年组织对互助基金财务状况进行审计，并向社会公布审计结果。

第七条 基金管理中心应当建立垫付台账，按季度向市财政局报送基金收支情况。

第八条 本办法自2025年1月1日起施行。
"""


def test_payment_into_fund_account_is_no_task():
    numbers = _numbers(_FUND)
    assert "3" not in numbers and "4" not in numbers
    # (near miss: the centre's own review before it pays, and the bureau's supervision — tasks)
    assert "5" in numbers and "2" in numbers and "6" in numbers
