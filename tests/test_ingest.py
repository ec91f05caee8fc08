"""Reading articles: good inputs become Articles, bad inputs one clear error naming file and line."""

from __future__ import annotations

import json

import pytest

from graphkit.ingest import IngestError, article_from_text, iter_files, read_articles
from tests.conftest import DATA


def _write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_sample_articles_are_read_with_metadata():
    arts = {a.id: a for a in read_articles([DATA])}
    assert set(arts) == {"000_870eda66d6a6e2da", "001_abc11ff3c9040d09"}
    second = arts["001_abc11ff3c9040d09"]
    assert second.title == "MQM defies TTP threat, vows to promote religious tolerance, harmony"
    assert second.author == "Javed Mahmood"
    assert second.text[slice(*second.author_span)] == "Javed Mahmood"
    assert second.dateline == "ISLAMABAD"
    # reader comments and the comment form are cut; the body before them is kept
    assert "Reader Comments" not in second.text and "Post a Comment" not in second.text
    assert "cia agents" not in second.text
    assert second.text.endswith("against the militants, he said.")
    # offsets into the cut text are offsets into the file
    raw = (DATA / "001_abc11ff3c9040d09.txt").read_text(encoding="utf-8")
    assert raw.startswith(second.text)


@pytest.mark.parametrize(
    ("text", "author", "dateline", "title"),
    [
        ("By Maria Lopez\n\nBUENOS AIRES - An Argentine judge ordered the arrest.", "Maria Lopez", "BUENOS AIRES", None),
        ("Rebels seize town\n\nGOMA, Nov 3 (Reuters) - Rebels seized the town.", None, "GOMA", "Rebels seize town"),
        ("NATO warns Russia over drills\nBy Jan de Vries\nBRUSSELS – NATO warned Moscow.", "Jan de Vries", "BRUSSELS", "NATO warns Russia over drills"),
        ("MQM - the party said it would boycott the vote.", None, None, None),
        ("# Kenya talks\n\nKenya's president met opposition leaders.", None, None, "Kenya talks"),
    ],
)
def test_byline_dateline_title(text, author, dateline, title):
    art = article_from_text("x", text)
    assert (art.author, art.dateline, art.title) == (author, dateline, title)


@pytest.mark.parametrize(
    "tail",
    ["Reader Comments", "Post a Comment ( Comment Policy )", "Comments (12)", "Leave a Reply", "Related Articles"],
)
def test_page_furniture_is_cut(tail):
    text = f"The army attacked the rebels.\n\n{tail}\n\nsuch acts are done by the cia agents."
    assert article_from_text("x", text).text == "The army attacked the rebels."


def test_furniture_word_in_first_line_is_not_cut():
    assert article_from_text("x", "Comments\nThe army attacked the rebels.").text.endswith("rebels.")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Chile infobox Senator Ana Rojas resigned today.", "Senator Ana Rojas resigned today."),
        ("publish Archive-unreviewed Guards detained two men.", "Guards detained two men."),
        ("Wikinews Today short infobox The mayor quit.", "The mayor quit."),
        ("Peru_election_infobox A coalition asked the court to act.", "A coalition asked the court to act."),
        ("The mayor quit. Local elections infobox Voters went to the polls.",
         "The mayor quit. Voters went to the polls."),
        ("Category:Elections Category:Peru The mayor quit.", "The mayor quit."),
        ("The mayor quit.\nPublish", "The mayor quit."),
        # the verb is no template
        ("Editors refused to publish the letter. They publish it.", "Editors refused to publish the letter. They publish it."),
        ("He asked. publish the names, they said.", "He asked. publish the names, they said."),
    ],
)
def test_wiki_templates_become_spaces(text, kept):
    art = article_from_text("x", text)
    assert len(art.text) == len(text.rstrip())
    assert " ".join(art.text.split()) == kept


@pytest.mark.parametrize(
    ("name", "content", "message", "line"),
    [
        ("empty.txt", "", "empty file", None),
        ("blank.txt", "  \n\n  ", "empty file", None),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file", None),
        ("latin1.txt", "Line one\nCaf\u00e9 attack\n".encode("latin-1"), "not UTF-8", 2),
        ("bad.jsonl", '{"id": "a", "text": "The army attacked."}\n{"id": "b", "text": \n', "malformed JSON", 2),
        ("noid.jsonl", '{"text": "The army attacked."}\n', "missing or invalid 'id'", 1),
        ("notext.jsonl", '{"id": "a", "text": ""}\n', "has no 'text'", 1),
        ("list.jsonl", '["a", "b"]\n', "must be an object", 1),
        ("empty.jsonl", "\n\n", "empty file", None),
    ],
)
def test_bad_inputs_name_file_and_line(tmp_path, name, content, message, line):
    path = _write(tmp_path, name, content)
    errors = [r for r in read_articles([path]) if isinstance(r, IngestError)]
    assert errors, "expected an error"
    err = errors[0]
    assert message in err.message
    assert err.path == str(path) and err.line == line
    assert str(err).startswith(f"{path}:{line}:" if line else f"{path}:")


def test_bad_line_does_not_stop_the_rest(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": "Rebels attacked a police post.", "date": "2024-05-01", "source": "Wire"}),
        "{not json",
        json.dumps({"id": "a2", "text": "The EU imposed sanctions on Belarus.", "title": "EU sanctions"}),
        json.dumps({"id": "a1", "text": "A duplicate id."}),
    ]
    _write(tmp_path, "feed.jsonl", "\n".join(lines))
    _write(tmp_path, "broken.txt", b"\xff\xfe\x00\x00")
    results = list(read_articles([tmp_path]))
    arts = [r for r in results if not isinstance(r, IngestError)]
    errs = [r for r in results if isinstance(r, IngestError)]
    assert [a.id for a in arts] == ["a1", "a2"]
    assert arts[0].date == "2024-05-01" and arts[0].source == "Wire" and arts[1].title == "EU sanctions"
    assert sorted((e.path.rsplit("/", 1)[-1], e.line) for e in errs) == [("broken.txt", None), ("feed.jsonl", 2), ("feed.jsonl:4", None)]


def test_huge_file_is_refused(tmp_path):
    path = _write(tmp_path, "huge.txt", "The army attacked. " * 100)
    [err] = list(read_articles([path], max_bytes=500))
    assert isinstance(err, IngestError) and "over the 500-byte limit" in err.message


def test_unreadable_file(tmp_path, monkeypatch):
    path = _write(tmp_path, "secret.txt", "The army attacked.")
    real_read = type(path).read_bytes

    def deny(self):  # the OS refusing the read, as for a file without read permission
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(type(path), "read_bytes", deny)
    _write(tmp_path, "ok.txt", "Rebels attacked a police post.")
    results = list(read_articles([tmp_path]))
    assert [str(r) for r in results if isinstance(r, IngestError)] == [f"{path}: cannot read file (Permission denied)"]
    assert [r.id for r in results if not isinstance(r, IngestError)] == ["ok"]


def test_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    errs = list(read_articles([tmp_path / "nope.txt", tmp_path / "empty"]))
    assert [e.message for e in errs] == ["no such file or folder", "folder holds no .txt, .md or .jsonl files"]


def test_markdown_front_matter_keeps_offsets(tmp_path):
    text = "---\ntitle: Talks in Nairobi\ndate: 2024-03-02\n---\nKenya's president met opposition leaders."
    path = _write(tmp_path, "k.md", text)
    [art] = list(read_articles([path]))
    assert (art.title, art.date) == ("Talks in Nairobi", "2024-03-02")
    start = text.index("Kenya")
    assert art.text[start:start + 5] == "Kenya"


# -- dates, HTML, scripts, outputs in the input tree ------------------------------------------------
def test_invalid_date_is_refused_with_a_warning_and_the_article_kept(tmp_path):
    from graphkit.ingest import IngestWarning

    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "d1", "text": "The army attacked the rebels.", "date": "2024-13-45"}) + "\n"
                    + json.dumps({"id": "d2", "text": "The army attacked the rebels.", "date": "12 April 2013"}) + "\n",
                    encoding="utf-8")
    items = list(read_articles([path]))
    [warning] = [i for i in items if isinstance(i, IngestWarning)]
    assert str(warning) == (f"{path}:1: article 'd1': date '2024-13-45' is not a calendar date (YYYY-MM-DD); "
                            "the article is kept without a date")
    arts = {a.id: a for a in items if not isinstance(a, IngestError)}
    assert arts["d1"].date is None and arts["d2"].date == "2013-04-12"


def test_html_input_is_reduced_to_text(tmp_path):
    page = ('<html><head><title>Talks in Karachi</title><style>p{color:red}</style></head>'
            '<body onload="steal()"><p>The <b>MQM</b> &amp; the ANP met in Karachi.</p>'
            '<script>document.write("x")</script><p>Police arrested three men.</p></body></html>')
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "h1", "text": page}) + "\n", encoding="utf-8")
    arts = [a for a in read_articles([tmp_path]) if not isinstance(a, IngestError)]
    assert len(arts) == 2
    for art in arts:
        assert art.text == "The MQM & the ANP met in Karachi.\n\nPolice arrested three men."
        assert art.title == "Talks in Karachi"


def test_text_with_a_less_than_sign_is_not_html():
    art = article_from_text("x", "Turnout was < 40% and > 30% in Lahore.")
    assert art.text == "Turnout was < 40% and > 30% in Lahore."


def test_non_latin_script_is_reported(tmp_path):
    from graphkit.ingest import IngestWarning

    path = tmp_path / "urdu.txt"
    path.write_text("عمران خان نے کراچی میں جلسہ کیا۔ Imran Khan spoke in Karachi.", encoding="utf-8")
    items = list(read_articles([path]))
    [warning] = [i for i in items if isinstance(i, IngestWarning)]
    assert "has words in Arabic script (" in str(warning) and "reads no names written in them" in str(warning)
    assert [a.id for a in items if not isinstance(a, IngestError)] == ["urdu"]


def test_hidden_folders_and_build_folders_are_not_inputs(tmp_path):
    from graphkit.folder import BuildFolder

    (tmp_path / "a.txt").write_text("The army attacked the rebels.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("Not an article.", encoding="utf-8")
    folder = BuildFolder(tmp_path / "elsewhere")
    with folder.lock():
        stage = folder.stage()
        (stage / "relations.jsonl").write_text('{"doc": "x"}\n', encoding="utf-8")
        folder.commit(stage, {})
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "relations.jsonl").write_text('{"doc": "y"}\n', encoding="utf-8")
    shown = sorted(p.name for p in iter_files([tmp_path], exclude=[tmp_path / "out"]))
    assert shown == ["a.txt"]


# -- article dates written at the head of the text, and the --date fallback ----------------------
@pytest.mark.parametrize(
    ("meta", "text", "date", "warning"),
    [
        ({"date": "2013-11-03"}, "The army attacked.", "2013-11-03", None),
        ({"date": "2013-11-03T08:15:00Z"}, "The army attacked.", "2013-11-03T08:15:00Z", None),
        ({}, "Monday, 4 November 2013\n\nThe army attacked.", "2013-11-04", None),
        ({}, "Rebels seize town\n\nGOMA, 3 November 2013 (Reuters) - Rebels seized the town.", "2013-11-03", None),
        ({}, "Published: 2013-11-03\nThe army attacked.", "2013-11-03", None),
        # the input's own date wins over the text's; a refused one gives way to it
        ({"date": "2013-11-05"}, "Monday, 4 November 2013\n\nThe army attacked.", "2013-11-05", None),
        ({"date": "2013-02-30"}, "Monday, 4 November 2013\n\nThe army attacked.", "2013-11-04",
         "date '2013-02-30' is not a calendar date"),
        # a dateline without a year dates nothing without a fallback; a date in the story is no date of it
        ({}, "GOMA, Nov 3 (Reuters) - Rebels seized the town.", None, None),
        ({}, "The army attacked on 3 November 2013.", None, None),
        ({}, "KABUL, February 30, 2013 (AP) - The army attacked.", None,
         "the date at its head is not a calendar date (day 30 is not in month 2); the article is kept without a date"),
    ],
)
def test_article_dates_from_the_input_or_the_text(tmp_path, meta, text, date, warning):
    from graphkit.ingest import IngestWarning

    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "x", "text": text, **meta}) + "\n", encoding="utf-8")
    items = list(read_articles([path]))
    [art] = [i for i in items if not isinstance(i, IngestError)]
    assert art.date == date
    warnings = [str(i) for i in items if isinstance(i, IngestWarning)]
    assert (warnings[0].startswith(f"{path}:1: article 'x': ") and warning in warnings[0]) if warning else not warnings


@pytest.mark.parametrize(
    ("text", "fallback", "date"),
    [
        ("GOMA, Nov 3 (Reuters) - Rebels seized the town.", "2013-11-20", "2013-11-03"),
        ("GOMA, Dec 30 (Reuters) - Rebels seized the town.", "2014-01-02", "2013-12-30"),  # last year's
        ("The army attacked the rebels.", "2013-11-20", "2013-11-20"),
        ("Monday, 4 November 2013\n\nThe army attacked.", "2020-01-01", "2013-11-04"),
    ],
)
def test_a_fallback_dates_what_gives_no_date(text, fallback, date):
    from graphkit.ingest import settle_date

    art = article_from_text("x", text)
    assert settle_date(art, fallback=fallback) is None
    assert art.date == date
