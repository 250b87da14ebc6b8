"""Corpus inputs: folders, globs, HTML pages and JSON Lines on standard input."""
import json

import pytest

from kgtest import run_kg
from kg.errors import InputError
from kg.inputs import check, items, sources

PAGE = """<html><head><title>Jokowi bertemu Anwar - Berita Contoh</title>
<meta name="author" content="Budi Santoso">
<meta property="article:published_time" content="2024-03-05T10:00:00+07:00">
<link rel="canonical" href="https://contoh.id/berita/jokowi-anwar"></head>
<body><nav><a href="/">Beranda</a> | <a href="/politik">Politik</a> | <a href="/olahraga">Olahraga</a></nav>
<article><h1>Jokowi bertemu Anwar di Jakarta</h1><p class="byline">Oleh Budi Santoso</p>
<p>Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim di Istana Merdeka, Jakarta,
pada Selasa. Pertemuan itu membahas kerja sama perbatasan dan perdagangan kedua negara.</p>
<p>Anwar tiba di Jakarta pada Senin malam setelah kunjungan ke Singapura. Ia disambut Menteri Luar
Negeri Retno Marsudi di Bandara Halim Perdanakusuma.</p></article>
<footer>Hak cipta 2024 Berita Contoh. Semua hak dilindungi.</footer></body></html>
"""


def _tree(root):
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "one.txt").write_text("Hamas bermarkas di Jalur Gaza.", encoding="utf-8")
    (root / "a" / "b" / "page.html").write_text(PAGE, encoding="utf-8")
    (root / "a" / "b" / "feed.jsonl").write_text(
        json.dumps({"id": "f1", "text": "Ismail Haniyeh berada di Doha."}) + "\n", encoding="utf-8")
    (root / "a" / "notes.md").write_text("not an article", encoding="utf-8")


def test_a_folder_gives_its_articles_recursively_in_order(tmp_path):
    _tree(tmp_path)
    paths = sources([str(tmp_path / "a")])
    assert [p.split("/a/")[1] for p in paths] == ["b/feed.jsonl", "b/page.html", "one.txt"]
    assert [i.id for i in items(paths)] == ["f1", "page", "one"]


def test_a_glob_gives_its_matches_and_a_glob_without_matches_fails(tmp_path):
    _tree(tmp_path)
    assert [p.rsplit("/", 1)[1] for p in sources([str(tmp_path / "a" / "**" / "*.jsonl")])] == ["feed.jsonl"]
    with pytest.raises(InputError, match="no file matches"):
        sources([str(tmp_path / "*.txt")])


def test_html_page_gives_text_title_date_author_url_without_navigation_or_byline(tmp_path):
    page = tmp_path / "jokowi.html"
    page.write_text(PAGE, encoding="utf-8")
    doc = next(items([str(page)])).document()
    assert doc.id == "jokowi"
    assert doc.title == "Jokowi bertemu Anwar di Jakarta"
    assert doc.author == "Budi Santoso"
    assert doc.published.isoformat() == "2024-03-05"
    assert doc.url == "https://contoh.id/berita/jokowi-anwar"
    assert "Anwar Ibrahim" in doc.text
    for furniture in ("Beranda", "Olahraga", "Oleh Budi", "Hak cipta"):
        assert furniture not in doc.text


def test_html_page_builds_with_offsets_into_the_extracted_text(tmp_path):
    (tmp_path / "jokowi.html").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    r = run_kg("build", tmp_path / "jokowi.html", "-o", out, "--no-model", "--formats", "ttl")
    assert r.returncode == 0, r.stderr
    import rdflib
    g = rdflib.Graph().parse(out / "jokowi.ttl")
    schema = rdflib.Namespace("https://schema.org/")
    nif = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    doc = next(g.subjects(schema.headline, None))
    assert str(g.value(doc, schema.author)) == "Budi Santoso"
    assert str(g.value(doc, schema.datePublished)) == "2024-03-05"
    text = str(g.value(doc, nif.isString))
    anchors = list(g.subject_objects(nif.anchorOf))
    assert any(str(a) == "Anwar Ibrahim" for _, a in anchors)
    for mention, anchor in anchors:
        b, e = int(g.value(mention, nif.beginIndex)), int(g.value(mention, nif.endIndex))
        assert text[b:e] == str(anchor)


def test_html_page_without_article_text_is_reported_and_the_others_are_written(tmp_path):
    (tmp_path / "empty.html").write_text("<html><head><title>Kosong</title></head><body><script>var a = 1;</script>"
                                         "</body></html>", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Hamas bermarkas di Jalur Gaza.", encoding="utf-8")
    out = tmp_path / "out"
    r = run_kg("build", tmp_path, "-o", out, "--no-model", "--formats", "ttl", "--jobs", "1")
    assert r.returncode == 2
    err = r.stderr.decode()
    assert "Error: " in err and "empty.html: no article text" in err and "Traceback" not in err
    assert "1 article" in err.splitlines()[-1] and "1 error" in err.splitlines()[-1]
    assert {p.name for p in out.iterdir()} == {"good.ttl"}


def test_jsonl_on_stdin_writes_one_set_per_article(tmp_path):
    rows = [{"id": "s1", "text": "Ismail Haniyeh berada di Doha."},
            {"id": "s2", "text": "Hamas bermarkas di Jalur Gaza."}]
    out = tmp_path / "out"
    r = run_kg("build", "-", "-o", out, "--no-model", "--formats", "ttl,graphml",
               stdin="\n".join(json.dumps(x) for x in rows).encode())
    assert r.returncode == 0, r.stderr
    assert {p.name for p in out.iterdir()} == {"s1.ttl", "s1.graphml", "s2.ttl", "s2.graphml"}


def test_repeated_id_across_files_is_found_before_any_work(tmp_path):
    for name in ("a.jsonl", "b.jsonl"):
        (tmp_path / name).write_text(json.dumps({"id": "same", "text": "Hamas di Gaza."}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="b.jsonl line 1: two articles would both be written as 'same'"):
        check(sources([str(tmp_path)]))


def test_a_jsonl_file_is_read_one_line_at_a_time(tmp_path):
    """A corpus file is streamed: the first article comes out before a broken line far below
    is read (the whole file is never held in memory), and the error names that line."""
    feed = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "a1", "text": "Ismail Haniyeh berada di Doha."}) + "\n"
    feed.write_bytes(good.encode() + b"\n" * 3 + b'{"id": "a2", "text": "Jakarta \xff kota"}\n')
    stream = items([str(feed)])
    assert next(stream).id == "a1"
    with pytest.raises(InputError, match=r"feed\.jsonl line 5: not valid UTF-8"):
        next(stream)


def test_a_line_separator_inside_a_jsonl_string_stays_in_its_article(tmp_path):
    feed = tmp_path / "feed.jsonl"
    rows = [{"id": "a1", "text": "Paragraf satu.\u2028Paragraf dua di Doha."}, {"id": "a2", "text": "Berita kedua."}]
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert [(i.id, i.text) for i in items([str(feed)])] == [(r["id"], r["text"]) for r in rows]
