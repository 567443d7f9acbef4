"""The command line on good and bad input (real dictionaries, in-process)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli import app

runner = CliRunner()
GOOD = {"id": "d1", "date": "2021-09-12", "text": "قال وزير الخارجية الإيراني في طهران إن الولايات المتحدة مسؤولة."}


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_mentions_writes_one_object_per_mention(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", [json.dumps(GOOD, ensure_ascii=False)])
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["mentions", str(src), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all({"doc_id", "start", "end", "text", "type", "actor"} <= r.keys() for r in rows)
    for r in rows:
        assert GOOD["text"][r["start"]:r["end"]] == r["text"]
    assert any(r["text"] == "طهران" and r["type"] == "LOC" for r in rows)


def test_bad_line_fails_with_file_and_line(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", [json.dumps(GOOD, ensure_ascii=False), "{oops"])
    result = runner.invoke(app, ["mentions", str(src), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2
    assert f"{src}:2" in result.output and "M101" in result.output


def test_skip_bad_reports_and_goes_on(tmp_path: Path) -> None:
    second = dict(GOOD, id="d3")
    src = _write(tmp_path / "in.jsonl", [json.dumps(GOOD, ensure_ascii=False), '{"id": "d2"}',
                                         json.dumps(second, ensure_ascii=False)])
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["mentions", str(src), "-o", str(out), "--skip-bad"])
    assert result.exit_code == 0, result.output
    assert f"{src}:2" in result.output
    ids = {json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()}
    assert ids == {"d1", "d3"}


def test_missing_input_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["mentions", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "M100" in result.output


def test_explain_shows_rules() -> None:
    result = runner.invoke(app, ["explain", "استقبل شمخاني رئيس الوزراء العراقي في طهران", "--date", "2021-09-12"])
    assert result.exit_code == 0, result.output
    assert "person:ali-shamkhani" in result.output


def test_eval_ner_on_a_small_file(tmp_path: Path) -> None:
    conll = tmp_path / "g.txt"
    conll.write_text("زار O\nعلي B-PERS\nشمخاني I-PERS\nطهران B-LOC\n\nوقال O\nالمتحدث O\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "ner", str(conll)])
    assert result.exit_code == 0, result.output
    assert "PER" in result.output and "LOC" in result.output


def test_eval_seed_checks_required_and_forbidden(tmp_path: Path) -> None:
    art = {"id": "s1", "date": "2023-06-20", "text": "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي في القاهرة."}
    src = _write(tmp_path / "a.jsonl", [json.dumps(art, ensure_ascii=False)])
    expected = {"doc_id": "s1", "required": [
        {"id": "R1", "why": "a hosted visit", "anchors": ["استقبل"], "event_type": ["CONSULT"],
         "actor": {"country": "USA"}, "recipient": {"country": "EGY"}, "either_direction": True}],
        "forbidden": [{"id": "F1", "why": "no attack", "anchors": [""], "event_type": ["ASSAULT"]}]}
    exp = tmp_path / "expected.json"
    exp.write_text(json.dumps(expected, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["eval", "seed", str(src), str(exp)])
    assert result.exit_code == 0, result.output
    assert "2/2 expectations met" in result.output


def test_code_writes_each_format(tmp_path: Path) -> None:
    import csv

    art = {"id": "c1", "date": "2023-06-20", "text": "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي في القاهرة."}
    src = _write(tmp_path / "a.jsonl", [json.dumps(art, ensure_ascii=False)])
    for fmt in ("jsonl", "plover", "csv"):
        out = tmp_path / f"o.{fmt}"
        result = runner.invoke(app, ["code", str(src), "-o", str(out), "--format", fmt, "--quiet"])
        assert result.exit_code == 0, result.output
        if fmt == "csv":
            with out.open(encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh))
            assert rows and rows[0]["Event Type"] == "CONSULT" and rows[0]["Story ID"] == "c1"
            continue
        recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert recs
        if fmt == "plover":
            r = recs[0]
            assert {"id", "date", "source", "target", "event", "eventText", "text", "textInfo"} <= r.keys()
            assert "(EVT: استقبل)" in r["textInfo"]["markup"]
        else:
            t = recs[0]["trigger"]
            assert art["text"][t["start"]:t["end"]] == t["text"]


def test_code_refuses_an_unknown_format(tmp_path: Path) -> None:
    src = _write(tmp_path / "a.jsonl", [json.dumps(GOOD, ensure_ascii=False)])
    result = runner.invoke(app, ["code", str(src), "-o", str(tmp_path / "o"), "--format", "xml"])
    assert result.exit_code == 2
