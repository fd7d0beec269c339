"""articles/highlight.py: source clauses marked in the article text."""

from types import SimpleNamespace

from articles.highlight import Source, find, mark, marked_article


def test_find_exact_then_ignoring_case_and_spacing():
    text = "Năm 2019, tổng doanh thu  đạt hơn 287 tỷ đồng."
    start, end = find(text, "đạt hơn 287")
    assert text[start:end] == "đạt hơn 287"
    start, end = find(text, "Tổng doanh thu đạt")
    assert text[start:end] == "tổng doanh thu  đạt"
    assert find(text, "doanh số") is None
    assert find(text, "   ") is None


def test_mark_wraps_the_clause_with_its_anchor_and_escapes_the_rest():
    html, placed = mark(
        "A < B: doanh thu đạt 5 tỷ đồng.", [Source("cau-7", "doanh thu đạt 5 tỷ đồng")]
    )
    assert html == (
        'A &lt; B: <mark id="cau-7" class="source-sentence">'
        "doanh thu đạt 5 tỷ đồng</mark>."
    )
    assert placed == {"cau-7"}


def test_facts_from_one_clause_nest_their_marks():
    html, placed = mark(
        "x đạt 5 tỷ y", [Source("cau-1", "đạt 5 tỷ"), Source("cau-2", "đạt 5 tỷ")]
    )
    assert html == (
        'x <mark id="cau-1" class="source-sentence"><mark id="cau-2" '
        'class="source-sentence">đạt 5 tỷ</mark></mark> y'
    )
    assert placed == {"cau-1", "cau-2"}


def test_an_overlapping_clause_is_left_unplaced():
    html, placed = mark(
        "doanh thu đạt 5 tỷ đồng",
        [Source("cau-1", "doanh thu đạt 5 tỷ"), Source("cau-2", "5 tỷ đồng")],
    )
    assert placed == {"cau-1"}
    assert html.endswith("</mark> đồng")


def test_marked_article_marks_each_source_once_and_reports_the_rest():
    article = SimpleNamespace(
        lead="Sapo có doanh thu 5 tỷ.",
        paragraphs=lambda: ["Đoạn một: doanh thu 5 tỷ.", "Đoạn hai."],
        caption_list=lambda: ["Ảnh lễ trao Cờ thi đua."],
    )
    text = marked_article(
        article,
        [
            Source("cau-1", "doanh thu 5 tỷ"),
            Source("cau-khen-thuong-2", "Cờ thi đua"),
            Source("cau-3", "không có trong bài"),
            Source("cau-su-kien-4", ""),
        ],
    )
    assert (
        text.lead
        == 'Sapo có <mark id="cau-1" class="source-sentence">doanh thu 5 tỷ</mark>.'
    )
    assert text.paragraphs == ["Đoạn một: doanh thu 5 tỷ.", "Đoạn hai."]
    assert text.captions == [
        'Ảnh lễ trao <mark id="cau-khen-thuong-2" class="source-sentence">Cờ thi đua</mark>.'
    ]
    assert text.unmatched == {"cau-3", "cau-su-kien-4"}
