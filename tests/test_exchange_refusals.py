"""Every kind of bad package is refused before anything is written, with a message naming
the problem; the office workspace is unchanged in content (a dump of every table)."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest
from helpers_exchange import MAY, UnitSide, dump, make_world, repack

from desktop.devtools.exchange_plan import make_plan
from desktop.exchange import format as fmt, importer, keys, merge, plan_package, receipt, verify
from desktop.store import open_workspace, queries as Q
from desktop.store.exchange import linked_plan
from desktop.store.plans import save_plan


@pytest.fixture()
def setup(tmp_path):
    world = make_world(tmp_path)
    u = world.unit(0)
    u.enter_month(MAY)
    good = u.export(tmp_path / "good.luoshi", MAY)
    # the office knows unit 0 already (its key is pinned) from an earlier, identical month
    world.import_office(u.export(tmp_path / "first.luoshi", MAY))
    yield world, u, good, tmp_path
    world.close()


def _refused(world, path: Path, problem: str, *words: str) -> str:
    before = world.office_dump()
    [out] = importer.import_files(world.office, [path])
    assert out.status == "refused", out.line()
    assert out.problem == problem, out.line()
    for word in words:
        assert word in out.message, out.message
    assert world.office_dump() == before
    return out.message


def _ident(u):
    return keys.own_identity(u.ws, create=False)


def test_not_a_zip(setup):
    world, _, _, tmp = setup
    text = tmp / "notes.luoshi"
    text.write_text("这不是压缩包", encoding="utf-8")
    _refused(world, text, "not_zip", "不是 zip")
    empty = tmp / "empty.luoshi"
    empty.write_bytes(b"")
    _refused(world, empty, "not_zip", "空")


def test_truncated(setup):
    world, _, good, tmp = setup
    cut = tmp / "cut.luoshi"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _refused(world, cut, "truncated", "不完整")


def test_zip_bomb_declared_size_over_the_limit(setup, monkeypatch):
    world, _, good, _ = setup
    monkeypatch.setattr(verify, "MAX_MEMBER_BYTES", 500)
    _refused(world, good, "zip_bomb", "压缩炸弹")


def test_zip_bomb_by_compression_ratio(setup):
    world, u, good, tmp = setup
    zeros = b"\0" * (3 * 1024 * 1024)
    name = fmt.ATTACHMENT_DIR + fmt.sha256_hex(zeros)
    bomb = repack(good, tmp / "bomb.luoshi", add={name: zeros}, sign_with=_ident(u),
                  manifest=lambda m: m["members"].update({name: {"sha256": fmt.sha256_hex(zeros),
                                                                 "size": len(zeros)}}))
    _refused(world, bomb, "zip_bomb", "压缩比")


def test_zip_bomb_with_too_many_members(setup, monkeypatch):
    world, _, good, _ = setup
    monkeypatch.setattr(verify, "MAX_MEMBERS", 2)
    _refused(world, good, "zip_bomb", "文件过多")


def _forge_size(path: Path, member: str, size: int) -> None:
    """Rewrite a member's uncompressed size in the local header and the central directory."""
    data = bytearray(path.read_bytes())
    raw = member.encode()
    for sig, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        start = 0
        while (i := data.find(sig, start)) >= 0:
            n = struct.unpack_from("<H", data, i + name_len_at)[0]
            if bytes(data[i + name_at:i + name_at + n]) == raw:
                struct.pack_into("<I", data, i + size_at, size)
            start = i + 4
    path.write_bytes(bytes(data))


def test_zip_bomb_real_size_larger_than_declared(setup):
    """A member that declares 100 bytes but inflates to megabytes: the bounded read stops it."""
    world, u, good, tmp = setup
    zeros = b"\0" * (2 * 1024 * 1024)
    name = fmt.ATTACHMENT_DIR + "a" * 64
    forged = repack(good, tmp / "forged.luoshi", add={name: zeros}, sign_with=_ident(u),
                    manifest=lambda m: m["members"].update({name: {"sha256": "0" * 64, "size": 100}}))
    _forge_size(forged, name, 100)
    with zipfile.ZipFile(forged) as zf:
        assert zf.getinfo(name).file_size == 100
    _refused(world, forged, "zip_bomb", "实际解压后比声明的")


@pytest.mark.parametrize("name", ["../evil.txt", "attachments/../../evil.txt", "/etc/passwd",
                                  "C:/Windows/evil.txt", "attachments\\..\\evil.txt"])
def test_unsafe_member_names(setup, name):
    world, _, good, tmp = setup
    bad = repack(good, tmp / "bad.luoshi", add={name: b"x"})
    _refused(world, bad, "unsafe_name", "不安全")


def test_unsafe_name_listed_in_a_signed_manifest(setup):
    world, u, good, tmp = setup
    bad = repack(good, tmp / "bad.luoshi", sign_with=_ident(u),
                 manifest=lambda m: m["members"].update({"../x": {"sha256": "0" * 64, "size": 1}}))
    _refused(world, bad, "unsafe_name", "“../x”")


def test_missing_member(setup):
    world, _, good, tmp = setup
    _refused(world, repack(good, tmp / "a.luoshi", drop=(fmt.PAYLOAD,)), "missing_member", "payload.json")
    _refused(world, repack(good, tmp / "b.luoshi", drop=(fmt.SIGNATURE,)), "missing_member", "manifest.sig")
    _refused(world, repack(good, tmp / "c.luoshi", drop=(fmt.MANIFEST,)), "missing_member", "manifest.json")


def test_extra_member(setup):
    world, _, good, tmp = setup
    _refused(world, repack(good, tmp / "x.luoshi", add={"readme.txt": b"hello"}), "extra_member", "readme.txt")


def test_hash_mismatch(setup):
    world, _, good, tmp = setup
    with zipfile.ZipFile(good) as zf:
        payload = zf.read(fmt.PAYLOAD)
    changed = payload.replace("问题".encode(), "难题".encode(), 1)
    assert len(changed) == len(payload) and changed != payload
    _refused(world, repack(good, tmp / "h.luoshi", replace={fmt.PAYLOAD: changed}), "hash_mismatch", "SHA-256")


def test_bad_signature(setup):
    world, _, good, tmp = setup
    edited = repack(good, tmp / "s1.luoshi", manifest=lambda m: m.update(created_at="2020-01-01T00:00:00Z"))
    _refused(world, edited, "bad_signature", "签名无效")
    other = keys.generate_identity()
    with zipfile.ZipFile(good) as zf:
        manifest = zf.read(fmt.MANIFEST)
    wrong = repack(good, tmp / "s2.luoshi", replace={fmt.SIGNATURE: other.sign(manifest)})
    _refused(world, wrong, "bad_signature", "签名无效")
    _refused(world, repack(good, tmp / "s3.luoshi", replace={fmt.SIGNATURE: b"\0" * 64}), "bad_signature")


def test_unknown_signature_a_rejected_key(setup):
    world, u, good, tmp = setup
    stranger = keys.generate_identity()
    signed = repack(good, tmp / "k.luoshi", sign_with=stranger)
    [out] = importer.import_files(world.office, [signed])
    assert out.problem == "key_changed"
    keys.decide_key_change(world.office, out.key_change_id, accept=False)
    _refused(world, signed, "unknown_signer", "已被拒绝")


def test_unknown_signature_receipt_not_from_the_office(setup):
    """A unit accepts receipts only under the office key it pinned from the plan package."""
    world, u, good, tmp = setup
    real = receipt.export_receipt(world.office, u.name, tmp / "r.luoshi").path
    fake = repack(real, tmp / "fake.luoshi", sign_with=keys.generate_identity())
    before = u.ws.conn.execute("SELECT COUNT(*) FROM exchange_receipts").fetchone()
    [out] = importer.import_files(u.ws, [fake])
    assert out.status == "refused" and out.problem == "key_changed" and "领导小组办公室" in out.message
    assert u.ws.conn.execute("SELECT COUNT(*) FROM exchange_receipts").fetchone() == before


def test_another_plan(setup):
    world, _, _, tmp = setup
    other_dir = tmp / "other"
    other_dir.mkdir()
    with open_workspace(other_dir / "office2.sqlite") as office2:
        save_plan(office2, make_plan(3, title="另一个工作方案", doc_number="测政办〔2024〕9号"), backup=False)
        plan2 = plan_package.export_plan(office2, other_dir / "plan2.luoshi").path
    with open_workspace(other_dir / "unit.sqlite") as unit2:
        assert importer.import_files(unit2, [plan2])[0].ok
        plan_id = linked_plan(unit2).plan_id
        side = UnitSide(world.unit(0).name, unit2, plan_id, Q.unit_id(unit2, plan_id, world.unit(0).name))
        side.enter_month(MAY)
        foreign = side.export(other_dir / "foreign.luoshi", MAY)
    _refused(world, foreign, "other_plan", "另一个方案", "另一个工作方案")


def test_future_format_version(setup):
    world, u, good, tmp = setup
    future = repack(good, tmp / "f.luoshi", sign_with=_ident(u), manifest=lambda m: m.update(format_version=99))
    _refused(world, future, "future_version", "更新版本", "99")


def test_unit_not_in_the_plan(setup):
    world, _, good, tmp = setup
    stranger = keys.generate_identity()
    bad = repack(good, tmp / "n.luoshi", sign_with=stranger, payload=lambda p: {**p, "unit": "火星办事处"},
                 manifest=lambda m: m["sender"].update(unit="火星办事处"))
    _refused(world, bad, "unit_not_in_plan", "火星办事处", "不在")


def test_task_not_in_the_plan(setup):
    world, u, good, tmp = setup

    def rename(p):
        p["months"][0]["entries"][0]["task"] = "九.九.99"
        return p
    _refused(world, repack(good, tmp / "t.luoshi", sign_with=_ident(u), payload=rename), "bad_payload", "九.九.99")


def test_packages_for_the_other_side_are_refused(setup):
    world, u, good, tmp = setup
    unit_before = dump(u.ws.path)
    [out] = importer.import_files(u.ws, [good])
    assert out.problem == "wrong_workspace" and "单位端" in out.message
    assert dump(u.ws.path) == unit_before
    merge.accept_month(world.office, u.name, MAY)
    rec = receipt.export_receipt(world.office, u.name, tmp / "r.luoshi").path
    _refused(world, rec, "wrong_workspace", "办公室端")
    _refused(world, world.plan_file, "own_package", "自己发出")


def test_refusals_leave_a_unit_workspace_unchanged_too(setup):
    world, u, _, tmp = setup
    before = dump(u.ws.path)
    cut = tmp / "cut.luoshi"
    cut.write_bytes(world.plan_file.read_bytes()[:100])
    outcomes = importer.import_files(u.ws, [cut, tmp / "missing.luoshi", tmp])
    assert [o.problem for o in outcomes] == ["truncated", "unreadable", "unreadable"]
    assert all(o.message for o in outcomes)
    assert dump(u.ws.path) == before


def _set(path: list, value):
    def edit(p):
        target = p
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        return p
    return edit


@pytest.mark.parametrize("path,value", [
    (["months"], "2024-05"),
    (["months", 0, "entries"], {"a": 1}),
    (["months", 0, "entries", 0, "values"], 5),
    (["months", 0, "entries", 0, "values", 0, "value"], "很多"),
    (["months", 0, "entries", 0, "status"], "finished"),
    (["months", 0, "entries", 0, "progress"], ["列表"]),
    (["months", 0, "revision"], 0),
    (["months", 0, "month"], "2024-13"),
    (["months", 0, "articles", 0, "title"], ""),
])
def test_malformed_payload_is_refused_by_name(setup, path, value):
    world, u, good, tmp = setup
    bad = repack(good, tmp / "m.luoshi", sign_with=_ident(u), payload=_set(path, value))
    _refused(world, bad, "bad_payload", "报送包内容有误")


def test_deeply_nested_json_is_refused_not_crashed(setup):
    world, u, good, tmp = setup
    nested = b"[" * 100000 + b"]" * 100000
    bad = repack(good, tmp / "deep.luoshi", sign_with=_ident(u), replace={fmt.PAYLOAD: nested})
    _refused(world, bad, "bad_payload", "无法解析")


def test_receipt_for_another_unit_is_refused(setup):
    world, u, _, tmp = setup
    other = world.unit(1)
    rec = receipt.export_receipt(world.office, u.name, tmp / "r.luoshi").path
    before = dump(other.ws.path)
    [out] = importer.import_files(other.ws, [rec])
    assert out.problem == "wrong_unit" and u.name in out.message
    assert dump(other.ws.path) == before
