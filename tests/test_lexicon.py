"""The extractor's lexicon: every file reads, is documented, and bad files are named."""

from __future__ import annotations

import shutil

import pytest

from graphkit.extract.lexicon import Lexicon, LexiconError, lexicon, lexicon_dir, read_table


def test_every_list_reads_and_is_documented():
    lex = lexicon()
    readme = (lexicon_dir() / "README.md").read_text(encoding="utf-8")
    files = sorted(p.name for p in lexicon_dir().iterdir() if p.suffix in (".txt", ".tsv"))
    assert [f for f in files if f"`{f}`" not in readme] == []
    assert lex.generic_agents["rebels"] == "ArmedGroup"
    assert lex.anaphor_nouns["movement"] == lex.org_types - {"Government", "GovernmentBody", "Judiciary"}
    assert lex.agent_qualifiers["assembly"] >= {"national", "provincial"}
    assert "court" not in lex.agent_qualifiers
    assert {"spokesman", "president", "col."} <= lex.title_words and "col" in lex.titles
    assert lex.light_verbs < lex.perpetrate_verbs and lex.request_heads < lex.object_control_verbs


def test_constant_names_read_the_lexicon():
    from graphkit.extract.lexicon import MEMBER_NOUNS, SPEECH_VERBS

    assert SPEECH_VERBS["allege"] == "allege" and "fighters" in MEMBER_NOUNS
    with pytest.raises(ImportError):
        from graphkit.extract.lexicon import NO_SUCH_LIST  # noqa: F401


def test_a_folder_of_its_own(tmp_path):
    folder = tmp_path / "lexicon"
    shutil.copytree(lexicon_dir(), folder)
    with (folder / "member_nouns.txt").open("a", encoding="utf-8") as out:
        out.write("# added by hand\nmarchers\n")
    lex = lexicon(folder)
    assert isinstance(lex, Lexicon) and "marchers" in lex.member_nouns
    assert "marchers" not in lexicon().member_nouns


@pytest.mark.parametrize(("name", "text", "message"), [
    ("speech_verbs.tsv", "# verbs\nverb\trelation\nsay\tsay\n", r"speech_verbs.tsv:2: the header must name the columns lemma, relation"),
    ("speech_verbs.tsv", "lemma\trelation\nsay\tsay\textra\n", r"speech_verbs.tsv:2: expected 2 tab-separated cells"),
    ("speech_verbs.tsv", "lemma\trelation\n\tsay\n", r"speech_verbs.tsv:2: expected 2"),
    ("speech_verbs.tsv", "", r"speech_verbs.tsv:1: the header must name"),
    ("light_verbs.txt", None, r"light_verbs.txt: lexicon file not found"),
    ("light_verbs.txt", b"\xff\xfe\x00bad", r"light_verbs.txt: cannot read the lexicon file"),
])
def test_bad_files_are_named(tmp_path, name, text, message):
    folder = tmp_path / "lexicon"
    shutil.copytree(lexicon_dir(), folder)
    path = folder / name
    if text is None:
        path.unlink()
    elif isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        lexicon(folder)


def test_short_rows_have_empty_cells(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("word\ttype\tqualifiers\npolice\tSecurityForce\n", encoding="utf-8")
    assert read_table(path, ("word", "type", "qualifiers")) == [("police", "SecurityForce", "")]
