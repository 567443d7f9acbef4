from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from marsad.errors import InputColumnError, InputDateError, InputFieldError, InputJSONError, MarsadError
from marsad.io.readers import read_documents


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_reads_all_fields(tmp_path: Path) -> None:
    p = _jsonl(tmp_path / "a.jsonl", [json.dumps({"id": "x1", "text": "نص", "date": "2021-09-12", "source": "s",
                                                  "title": "t", "url": "u"}, ensure_ascii=False)])
    (doc,) = read_documents(p)
    assert (doc.id, doc.text, doc.date, doc.source, doc.title, doc.url) == ("x1", "نص", date(2021, 9, 12), "s",
                                                                          "t", "u")


@pytest.mark.parametrize(("line", "error", "why"), [
    ("{not json", InputJSONError, "broken JSON"),
    ('{"id": "a"}', InputFieldError, "no text"),
    ('{"id": "a", "text": "  "}', InputFieldError, "empty text"),
    ('{"id": "a", "text": "نص", "date": "12/09/2021"}', InputDateError, "date not ISO"),
    ('["a list"]', InputFieldError, "not an object"),
])
def test_bad_line_names_file_and_line(tmp_path: Path, line: str, error: type[MarsadError], why: str) -> None:
    p = _jsonl(tmp_path / "b.jsonl", ['{"id": "ok", "text": "نص"}', line])
    with pytest.raises(error) as info:
        list(read_documents(p))
    assert f"{p}:2" in str(info.value), why


def test_skip_bad_keeps_the_good(tmp_path: Path) -> None:
    p = _jsonl(tmp_path / "c.jsonl", ['{"id": "1", "text": "أ"}', "{bad", '{"id": "3", "text": "ج"}', ""])
    errors: list[MarsadError] = []
    docs = list(read_documents(p, on_error=errors.append))
    assert [d.id for d in docs] == ["1", "3"]
    assert len(errors) == 1 and f"{p}:2" in str(errors[0])


def test_gzipped_jsonl(tmp_path: Path) -> None:
    p = tmp_path / "d.jsonl.gz"
    p.write_bytes(gzip.compress('{"id": "g", "text": "نص"}\n'.encode()))
    assert [d.id for d in read_documents(p)] == ["g"]


def test_csv_with_named_text_column(tmp_path: Path) -> None:
    p = tmp_path / "e.csv"
    p.write_text("id,body,date\nr1,\"نص، مع فاصلة\",2020-01-02\n", encoding="utf-8")
    (doc,) = read_documents(p, text_column="body")
    assert (doc.id, doc.text, doc.date) == ("r1", "نص، مع فاصلة", date(2020, 1, 2))


def test_csv_missing_column(tmp_path: Path) -> None:
    p = tmp_path / "f.csv"
    p.write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(InputColumnError, match="text"):
        list(read_documents(p))


def test_folder_of_text_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "one.txt").write_text("الأول", encoding="utf-8")
    (tmp_path / "sub" / "two.txt").write_text("الثاني", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    errors: list[MarsadError] = []
    docs = list(read_documents(tmp_path, on_error=errors.append))
    assert sorted(d.id for d in docs) == ["one", "sub/two"]
    assert len(errors) == 1 and "bad.txt" in str(errors[0])
