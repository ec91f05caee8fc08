"""Reading articles: good inputs become Articles, bad inputs one clear error naming file and line."""

from __future__ import annotations

import json

import pytest

from graphkit.ingest import IngestError, article_from_text, read_articles
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
