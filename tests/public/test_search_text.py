"""articles.search without a database: parsing the query, highlighting."""

import unicodedata

import pytest

from articles.search import Query, excerpt, highlight


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("bac giang", ("bac", "giang")),
        ("  Bắc   Giang ", ("bac", "giang")),
        ("DUC", ("duc",)),
        ("Đắk Lắk", ("dak", "lak")),
        ("TP.HCM, 2019!", ("tp", "hcm", "2019")),
        ("bac bac giang", ("bac", "giang")),
    ],
)
def test_query_folds_the_words(raw, words):
    assert Query.parse(raw).words == words


def test_query_keeps_the_text_as_typed_but_tidied():
    assert Query.parse("  Bắc \t Giang ").text == "Bắc Giang"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (None, "Nhập tên tỉnh, thành phố, người, đơn vị hoặc từ khóa."),
        ("   ", "Nhập tên tỉnh, thành phố, người, đơn vị hoặc từ khóa."),
        ("a" * 101, "Từ khóa quá dài: tối đa 100 ký tự."),
        ("a b c d e f g h i j k", "Từ khóa quá dài: tối đa 10 từ."),
        ("?!… --", "Từ khóa cần có ít nhất một chữ hoặc số."),
    ],
)
def test_unusable_query_says_why_in_vietnamese(raw, message):
    query = Query.parse(raw)
    assert not query
    assert query.words == ()
    assert query.message == message


def test_query_of_exactly_the_limits_is_accepted():
    assert Query.parse("a" * 100).words == ("a" * 100,)
    assert len(Query.parse("a b c d e f g h i j").words) == 10


def test_tsquery_quotes_chunks_and_makes_the_last_a_prefix():
    query = Query.parse("Bắc Giang")
    assert query.tsquery("&") == "'bac' & 'giang':*"
    assert query.tsquery("<->") == "'bac' <-> 'giang':*"


def test_tsquery_leaves_punctuated_chunks_to_the_postgres_parser():
    assert Query.parse("TP.HCM covid-19").tsquery("&") == "'tp.hcm' & 'covid-19':*"


def test_tsquery_cannot_be_broken_by_quotes_or_operators():
    query = Query.parse(r"O'Neil \ & | ! ( )")
    assert query.tsquery("&") == "'o' & 'neil':*"


def test_patterns_match_whole_words_but_the_last_as_a_start():
    assert Query.parse("an gi").patterns() == [r"\ban\b", r"\bgi"]


def test_highlight_marks_accented_words_for_an_unaccented_query():
    marked = highlight("Bưu điện tỉnh Bắc Giang", Query.parse("bac giang"))
    assert marked == "Bưu điện tỉnh <mark>Bắc</mark> <mark>Giang</mark>"


def test_highlight_marks_d_with_stroke_in_capitals():
    assert highlight("Ông Đức, ông ĐỨC", Query.parse("DUC")) == (
        "Ông <mark>Đức</mark>, ông <mark>ĐỨC</mark>"
    )


def test_highlight_escapes_the_text_around_and_inside_marks():
    marked = highlight('<b class="x">Đức</b> & <i>', Query.parse("duc"))
    assert marked == (
        "&lt;b class=&quot;x&quot;&gt;<mark>Đức</mark>&lt;/b&gt; &amp; &lt;i&gt;"
    )


def test_highlight_never_marks_inside_a_word_but_the_last_word_as_a_prefix():
    marked = highlight("Thanh An Giang, Giangsơn", Query.parse("an gi"))
    assert marked == "Thanh <mark>An</mark> <mark>Gi</mark>ang, <mark>Gi</mark>angsơn"


def test_highlight_keeps_combining_marks_of_decomposed_text_inside_the_mark():
    decomposed = unicodedata.normalize("NFD", "Bắc Giang")
    marked = highlight(decomposed, Query.parse("bac"))
    bac = unicodedata.normalize("NFD", "Bắc")
    assert marked == f"<mark>{bac}</mark> Giang"


def test_highlight_of_an_empty_query_only_escapes():
    assert highlight("a < b", Query.parse("")) == "a &lt; b"


def test_excerpt_is_a_window_around_the_first_match():
    text = " ".join(["mở đầu"] * 60 + ["tại Đắk Lắk"] + ["kết thúc"] * 60)
    snippet = excerpt(text, Query.parse("dak lak"), width=100)
    # A quarter of the width before the match, cut at word boundaries.
    assert snippet == (
        "… đầu mở đầu mở đầu tại <mark>Đắk</mark> <mark>Lắk</mark>"
        + " kết thúc" * 7
        + " kết …"
    )


def test_excerpt_without_a_match_is_the_start_of_the_text():
    text = "Đoạn một. " * 50
    snippet = excerpt(text, Query.parse("khong co"), width=40)
    assert snippet == "Đoạn một. Đoạn một. Đoạn một. Đoạn một. …"


def test_excerpt_of_a_short_text_is_the_whole_text():
    assert excerpt("Ở  Bắc Giang.", Query.parse("giang")) == "Ở Bắc <mark>Giang</mark>."
