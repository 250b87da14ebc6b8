"""Reading input: encodings, line endings, JSON Lines, and bad input that must fail cleanly."""
import codecs
import json

import pytest

from kgtest import run_kg
from kg.errors import InputError
from kg.stages.read import read_input


def _check_failure(result, tmp_out, needle):
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.startswith("Error: ") and err.count("\n") == 1, err
    assert needle in err
    assert "Traceback" not in err
    assert not tmp_out.exists() or not any(tmp_out.iterdir())


@pytest.mark.parametrize("content,needle", [
    (None, "no such file"),
    (b"", "empty"),
    (b"  \n\t \r\n", "empty"),
    (b"Jakarta \xff\xfe kota", "not valid UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_bad_input_gives_one_line_error_and_no_output(tmp_path, content, needle):
    src = tmp_path / "article.txt"
    if content is not None:
        src.write_bytes(content)
    out = tmp_path / "out"
    _check_failure(run_kg("build", src, "-o", out, "--no-model"), out, needle)


def test_directory_input_is_refused(tmp_path):
    out = tmp_path / "out"
    _check_failure(run_kg("build", tmp_path, "-o", out, "--no-model"), out, "is a directory")


def test_one_bad_input_among_good_ones_writes_nothing(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Presiden Joko Widodo berada di Jakarta.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    _check_failure(run_kg("build", good, bad, "-o", out, "--no-model"), out, "empty")


def test_bad_published_date(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Presiden Joko Widodo berada di Jakarta.", encoding="utf-8")
    out = tmp_path / "out"
    _check_failure(run_kg("build", src, "-o", out, "--published", "5/11/2023", "--no-model"), out, "YYYY-MM-DD")


def test_bom_and_crlf_are_accepted_and_offsets_index_the_text_as_read(tmp_path):
    src = tmp_path / "crlf.txt"
    src.write_bytes("\ufeffTehran, Purna Warta – Ismail Haniyeh tiba di Doha.\r\nHamas mengatakan hal itu.\r\n"
                    .encode("utf-8"))
    doc = read_input(str(src))[0]
    assert not doc.text.startswith("\ufeff")
    assert "\r\n" in doc.text
    import kg
    result = kg.build_document(doc, kg.Config(use_model=False))
    assert {m.text for m in result.document.mentions} >= {"Ismail Haniyeh", "Doha", "Hamas"}
    for m in result.document.mentions:
        assert result.document.text[m.start:m.end] == m.text


def test_stdin_input(tmp_path):
    out = tmp_path / "out"
    r = run_kg("build", "-", "-o", out, "--no-model", stdin="Hamas bermarkas di Jalur Gaza.".encode())
    assert r.returncode == 0, r.stderr
    assert {p.name for p in out.iterdir()} == {"stdin.ttl", "stdin.graphml", "stdin.html"}


def test_jsonl_writes_one_set_per_article(tmp_path):
    src = tmp_path / "feed.jsonl"
    rows = [{"id": "a1", "text": "Ismail Haniyeh berada di Doha.", "published": "2023-11-05"},
            {"id": "a2", "text": "Hamas bermarkas di Jalur Gaza.", "url": "https://example.org/a2"}]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    r = run_kg("build", src, "-o", out, "--no-model")
    assert r.returncode == 0, r.stderr
    assert {p.name for p in out.iterdir()} == {f"{i}.{x}" for i in ("a1", "a2") for x in ("ttl", "graphml", "html")}


@pytest.mark.parametrize("line,needle", [
    ("not json", "not valid JSON"),
    ('{"id": "x"}', "'id' and 'text'"),
    ('{"id": "x", "text": "  "}', "empty"),
    ('{"id": "x", "text": "Doha.", "published": "kemarin"}', "YYYY-MM-DD"),
])
def test_bad_jsonl_lines_name_the_line(tmp_path, line, needle):
    src = tmp_path / "feed.jsonl"
    src.write_text('{"id": "ok", "text": "Hamas di Gaza."}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2") as e:
        read_input(str(src))
    assert needle in str(e.value)


def test_duplicate_article_names_are_refused(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for d in ("a", "b"):
        (tmp_path / d / "same.txt").write_text("Hamas di Gaza.", encoding="utf-8")
    out = tmp_path / "out"
    _check_failure(run_kg("build", tmp_path / "a" / "same.txt", tmp_path / "b" / "same.txt", "-o", out,
                          "--no-model"), out, "same")


@pytest.mark.parametrize("bom,encoding", [
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_utf16_and_utf32_with_a_bom_are_read_like_utf8(tmp_path, bom, encoding):
    text = "Tehran, Purna Warta – Ismail Haniyeh tiba di Doha.\nHamas mengatakan hal itu.\n"
    src = tmp_path / "wide.txt"
    src.write_bytes(bom + text.encode(encoding))
    assert read_input(str(src))[0].text == text
    jsonl = tmp_path / "wide.jsonl"
    jsonl.write_bytes(bom + (json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n").encode(encoding))
    assert read_input(str(jsonl))[0].text == text
    out = tmp_path / "out"
    result = run_kg("build", src, "-o", out, "--no-model")
    assert result.returncode == 0, result.stderr.decode()
    assert "Ismail Haniyeh" in (out / "wide.ttl").read_text(encoding="utf-8")


def test_utf16_without_a_bom_is_refused_with_what_to_do(tmp_path):
    src = tmp_path / "nobom.txt"
    src.write_bytes("Ismail Haniyeh tiba di Doha.".encode("utf-16-le"))
    out = tmp_path / "out"
    _check_failure(run_kg("build", src, "-o", out, "--no-model"), out, "byte order mark")


@pytest.mark.parametrize("content", [b"", " \n".encode("utf-16")])
def test_an_empty_file_is_named_by_its_path(tmp_path, content):
    src = tmp_path / "kosong.txt"
    src.write_bytes(content)
    out = tmp_path / "out"
    result = run_kg("build", src, "-o", out, "--no-model")
    _check_failure(result, out, f"{src}: the article text is empty")
