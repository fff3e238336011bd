"""Hostile package files at the command line: each is refused on its own with a Chinese
message naming the problem, exit 2, the workspace's bytes unchanged — NaN, Infinity, a
400-digit value, a revision of 2**70, another office's plan, broken JSON and more. A batch
import judges every file on its own: a bad file never stops the good ones after it. Then
every refusal of the ``package`` commands themselves."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers_exchange import MAY, make_world, repack
from hostile_support import cli, refused

from desktop.devtools.exchange_plan import make_plan
from desktop.exchange import format as fmt, keys, plan_package
from desktop.store import open_workspace
from desktop.store.plans import save_plan


def _month(edit: Callable[[dict], Any]) -> Callable[[Any], Any]:
    def change(payload: Any) -> Any:
        edit(payload["months"][0])
        return payload
    return change


def _entry(edit: Callable[[dict], Any]) -> Callable[[Any], Any]:
    return _month(lambda m: edit(m["entries"][0]))


def _value(value: Any) -> Callable[[Any], Any]:
    return _entry(lambda e: e["values"][0].update(value=value))


# name → (payload edit, or raw payload bytes; manifest edit; words in the message)
SUBMISSIONS: dict[str, tuple[Any, Any, str]] = {
    "value-nan": (_value(float("nan")), None, "NaN"),
    "value-inf": (_value(float("inf")), None, "Infinity"),
    "value-minus-inf": (_value(float("-inf")), None, "Infinity"),
    "value-400-digits": (_value(10 ** 400), None, "过大的数值"),
    "value-400-digit-float": (None, None, "过大的数值"),
    "value-as-text": (_value("12"), None, "指标值格式不对"),
    "value-position-2**70": (_entry(lambda e: e["values"][0].update(position=2 ** 70)), None, "过大的数值"),
    "revision-2**70": (_month(lambda m: m.update(revision=2 ** 70)), None, "过大的数值"),
    "revision-2**40": (_month(lambda m: m.update(revision=2 ** 40)), None, "版本号"),
    "revision-0": (_month(lambda m: m.update(revision=0)), None, "版本号"),
    "revision-negative": (_month(lambda m: m.update(revision=-1)), None, "版本号"),
    "revision-text": (_month(lambda m: m.update(revision="2")), None, "版本号"),
    "revision-float": (_month(lambda m: m.update(revision=1.5)), None, "版本号"),
    "revision-true": (_month(lambda m: m.update(revision=True)), None, "版本号"),
    "entry-revision-2**70": (_entry(lambda e: e.update(revision=2 ** 70)), None, "过大的数值"),
    "month-13": (_month(lambda m: m.update(month="2024-13")), None, "月份"),
    "unknown-task": (_entry(lambda e: e.update(task="九.九.99")), None, "不存在"),
    "bad-status": (_entry(lambda e: e.update(status="完成了")), None, "状态"),
    "other-unit": (lambda p: {**p, "unit": "别的单位"}, None, "一个单位的包只能改动本单位的数据"),
    "no-months": (lambda p: {**p, "months": []}, None, "没有任何月份"),
    "payload-list": (lambda p: [p], None, "没有任何月份"),
    "payload-not-json": (None, None, "无法解析"),
    "payload-deep-nesting": (None, None, "无法解析"),
    "manifest-size-10**30": (None, lambda m: m["summary"].update(n=10 ** 30), "过大的数值"),
    "manifest-nan": (None, lambda m: m["summary"].update(x=float("nan")), "NaN"),
    "future-format": (None, lambda m: m.update(format_version=99), "更新版本"),
    "bad-format-version": (None, lambda m: m.update(format_version="1"), "格式版本"),
    "unknown-kind": (None, lambda m: m.update(kind="virus"), "未知的包类型"),
    "unsafe-member-name": (None, lambda m: m["members"].update({"../evil": {"sha256": "0" * 64, "size": 1}}),
                           "不安全"),
}
RAW = {"value-400-digit-float": None, "payload-not-json": b"{\"months\": [", "payload-deep-nesting":
       b"[" * 200_000 + b"]" * 200_000}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("packages")
    world = make_world(tmp, 2)
    u = world.unit(0)
    u.enter_month(MAY)
    good = u.export(tmp / "good.luoshi", MAY)
    ident = keys.own_identity(u.ws, create=False)
    files: dict[str, Path] = {}
    for name, (payload, manifest, _) in SUBMISSIONS.items():
        out = tmp / f"{name}.luoshi"
        replace = None
        if name in RAW:
            raw = RAW[name]
            if raw is None:         # a float literal of 400 digits, written by hand
                body = json.loads(zipfile.ZipFile(good).read(fmt.PAYLOAD))
                body["months"][0]["entries"][0]["values"][0]["value"] = 1.5
                raw = fmt.canonical_json(body).replace(b'"value":1.5', b'"value":' + b"9" * 400 + b".5")
            replace = {fmt.PAYLOAD: raw}
        files[name] = repack(good, out, payload=payload, manifest=manifest, replace=replace, sign_with=ident)
    files["unsigned-edit"] = repack(good, tmp / "unsigned.luoshi", payload=_value(99.0))
    files["empty"] = tmp / "empty.luoshi"
    files["empty"].write_bytes(b"")
    files["text"] = tmp / "text.luoshi"
    files["text"].write_text("这不是包", encoding="utf-8")
    files["cut"] = tmp / "cut.luoshi"
    files["cut"].write_bytes(good.read_bytes()[:300])
    files["own-plan"] = world.plan_file
    # another office, another plan
    other = open_workspace(tmp / "other-office.sqlite")
    save_plan(other, make_plan(2, title="另一个区的工作方案", doc_number="另政办〔2024〕9号"), backup=False)
    files["other-office-plan"] = plan_package.export_plan(other, tmp / "另一方案包.luoshi").path
    other.close()
    world.close()
    return {"tmp": tmp, "good": good, "files": files, "office": tmp / "office.sqlite",
            "unit": tmp / "unit0.sqlite", "unit_name": u.name}


@pytest.fixture()
def office(made, tmp_path) -> Path:
    db = tmp_path / "办公室" / "office.sqlite"
    db.parent.mkdir()
    shutil.copyfile(made["office"], db)
    return db


@pytest.fixture()
def unit(made, tmp_path) -> Path:
    db = tmp_path / "单位" / "unit.sqlite"
    db.parent.mkdir()
    shutil.copyfile(made["unit"], db)
    return db


@pytest.mark.parametrize("name", sorted(SUBMISSIONS))
def test_bad_submission_refused_at_the_office(made, office, name):
    refused(["package", "import", made["files"][name], "--db", office], [office], "已拒绝",
            SUBMISSIONS[name][2])


@pytest.mark.parametrize("name, words", [
    ("unsigned-edit", "包被改动过"), ("empty", "空"), ("text", "不是 zip"), ("cut", "不完整"),
    ("own-plan", "自己发出的方案包"),
])
def test_broken_file_refused_at_the_office(made, office, name, words):
    refused(["package", "import", made["files"][name], "--db", office], [office], words)


def test_another_offices_plan_package_at_the_office(made, office):
    text = refused(["package", "import", made["files"]["other-office-plan"], "--db", office], [office],
                   "另一个方案", "另一个区的工作方案", "测试市养老服务工作方案", "--db")
    assert "办公室端" in text


def test_another_offices_plan_package_at_a_unit(made, unit):
    text = refused(["package", "import", made["files"]["other-office-plan"], "--db", unit], [unit],
                   "另一个方案", "另一个区的工作方案", "测试市养老服务工作方案")
    assert "单位端" in text


def test_submission_at_a_unit_and_receipt_kind_mismatch(made, unit):
    refused(["package", "import", made["good"], "--db", unit], [unit], "应由领导小组办公室导入")


@pytest.mark.parametrize("bad", ["value-nan", "revision-2**70", "value-400-digits", "payload-deep-nesting"])
def test_a_bad_file_never_stops_the_good_one_after_it(made, office, bad):
    code, out, err = cli(["package", "import", made["files"][bad], made["good"], "--db", office])
    assert code == 2 and "Traceback" not in err
    assert f"{made['good'].name}：已导入" in out, out + err
    assert f"{made['files'][bad].name}：已拒绝" in err
    assert "导入 1 个" in out and "拒绝 1 个" in out


# ---- every refusal of the package commands ------------------------------------------------

def _cases(made: dict, tmp: Path) -> dict[str, tuple[list, str, str]]:
    """name → (argv after the db is filled in, which workspace, words)."""
    name = made["unit_name"]
    return {
        "export-at-office": (["package", "export", "--unit", name, "--month", MAY, "--out", tmp / "o.luoshi"],
                             "office", "办公室端"),
        "export-unknown-unit": (["package", "export", "--unit", "不存在的局", "--month", MAY,
                                 "--out", tmp / "o.luoshi"], "unit", "没有单位"),
        "export-nothing-submitted": (["package", "export", "--unit", name, "--month", "2024-07",
                                      "--out", tmp / "o.luoshi"], "unit", "没有已提交"),
        "export-backwards": (["package", "export", "--unit", name, "--month", "2024-07", "--to", "2024-01",
                              "--out", tmp / "o.luoshi"], "unit", "早于"),
        "export-bad-month": (["package", "export", "--unit", name, "--month", "2024-13",
                              "--out", tmp / "o.luoshi"], "unit", "月份"),
        "export-out-folder-missing": (["package", "export", "--unit", name, "--month", MAY,
                                       "--out", tmp / "无此文件夹" / "o.luoshi"], "unit", "不存在"),
        "export-out-is-folder": (["package", "export", "--unit", name, "--month", MAY, "--out", tmp],
                                 "unit", "文件夹"),
        "plan-at-unit": (["package", "plan", "--out", tmp / "p.luoshi"], "unit", "单位端"),
        "plan-empty-workspace": (["package", "plan", "--out", tmp / "p.luoshi"], "empty", "还没有工作方案"),
        "receipt-unknown-unit": (["package", "receipt", "--unit", "不存在的局", "--out", tmp / "r.luoshi"],
                                 "office", "没有单位"),
        "receipt-nothing-received": (["package", "receipt", "--unit", name, "--out", tmp / "r.luoshi"],
                                     "office", "还没有收到"),
        "receipt-at-unit": (["package", "receipt", "--unit", name, "--out", tmp / "r.luoshi"], "unit", "不是办公室端"),
        "accept-unknown-unit": (["package", "accept", "--unit", "不存在的局", "--month", MAY], "office", "没有单位"),
        "accept-not-received": (["package", "accept", "--unit", name, "--month", MAY], "office", "还没有收到"),
        "accept-at-unit": (["package", "accept", "--unit", name, "--month", MAY], "unit", "不是办公室端"),
        "return-empty-reason": (["package", "return", "--unit", name, "--month", MAY, "--reason", " "],
                                "office", "原因"),
        "status-unknown-unit": (["package", "status", "--unit", "不存在的局"], "office", "没有单位"),
        "resolve-unknown-id": (["package", "resolve", "--id", "999", "--keep", "incoming"], "office", "999"),
        "resolve-id-2**70": (["package", "resolve", "--id", str(2 ** 70), "--keep", "current"], "office", "编号"),
        "resolve-id-negative": (["package", "resolve", "--id", "-1", "--keep", "current"], "office", "编号"),
        "resolve-bad-keep": (["package", "resolve", "--id", "1", "--keep", "both"], "office", "无效"),
        "key-decide-unknown-id": (["package", "key-decide", "--id", "999", "--accept"], "office", "999"),
        "key-decide-id-2**70": (["package", "key-decide", "--id", str(2 ** 70), "--reject"], "office", "编号"),
        "key-decide-both": (["package", "key-decide", "--id", "1", "--accept", "--reject"], "office", "不能"),
        "key-export-at-office": (["package", "key-export", "--unit", name, "--out", tmp / "k.json"],
                                 "office", "办公室端"),
        "key-export-unknown-unit": (["package", "key-export", "--unit", "不存在的局", "--out", tmp / "k.json"],
                                    "unit", "不存在的局"),
        "key-import-missing": (["package", "key-import", tmp / "无.json"], "office", "找不到"),
        "key-import-folder": (["package", "key-import", tmp], "office", "文件夹"),
        "key-import-package": (["package", "key-import", made["good"]], "office", "不是落实的密钥登记文件"),
        "key-import-list": (["package", "key-import", made["tmp"] / "list.json"], "office", "不是落实的密钥登记文件"),
        "key-import-deep": (["package", "key-import", made["tmp"] / "deep.json"], "office", "不是落实的密钥登记文件"),
        "key-import-nan": (["package", "key-import", made["tmp"] / "nan.json"], "office", "不是落实的密钥登记文件"),
        "key-import-huge": (["package", "key-import", made["tmp"] / "huge.json"], "office", "不是落实的密钥登记文件"),
        "export-unit-sql": (["package", "export", "--unit", "' OR '1'='1", "--month", MAY,
                             "--out", tmp / "o.luoshi"], "unit", "没有单位"),
        "receipt-unit-very-long": (["package", "receipt", "--unit", "市民政局" * 3000, "--out", tmp / "r.luoshi"],
                                   "office", "没有单位"),
        "import-folder": (["package", "import", tmp], "office", "文件夹"),
        "import-missing": (["package", "import", tmp / "无.luoshi"], "office", "无法读取"),
        "keys-missing-db": (["package", "keys"], "missing", "找不到工作区文件"),
        "status-missing-db": (["package", "status"], "missing", "找不到工作区文件"),
        "no-operation": (["package"], "office", "可选"),
        "unknown-operation": (["package", "send"], "office", "无效"),
    }


CASES = sorted(_cases({"unit_name": "u", "good": Path("g"), "tmp": Path("t")}, Path("t")))


@pytest.mark.parametrize("case", CASES)
def test_package_command_refusal(made, office, unit, tmp_path, case):
    (made["tmp"] / "list.json").write_text("[1, 2]", encoding="utf-8")
    (made["tmp"] / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (made["tmp"] / "nan.json").write_text('{"format": NaN, "public_key": NaN, "signature": Infinity}',
                                          encoding="utf-8")
    (made["tmp"] / "huge.json").write_text('{"format": "' + "x" * 3_000_000 + '"}', encoding="utf-8")
    argv, which, words = _cases(made, tmp_path)[case]
    empty = tmp_path / "空" / "empty.sqlite"
    empty.parent.mkdir()
    open_workspace(empty).close()
    db = {"office": office, "unit": unit, "empty": empty, "missing": tmp_path / "无" / "none.sqlite"}[which]
    outputs = [a for a in argv if isinstance(a, Path) and a.suffix in (".luoshi", ".json") and a.parent == tmp_path]
    refused([*argv, "--db", db], [office, unit, empty, db, *outputs], words)
