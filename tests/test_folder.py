"""The build folder under faults: one build at a time, atomic for readers, interruptions reported,
rebuilds replace, outputs never read back as inputs. Real `graphkit` processes, real SIGKILLs."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from graphkit.errors import EXIT_BUSY, EXIT_OK, EXIT_USAGE
from graphkit.folder import BuildFolder, FolderBusy, snapshot
from tests.conftest import DATA

SHORT = [
    "The Taliban threatened the MQM in Karachi. The MQM demanded that the government protect its candidates.",
    "Kenyan police arrested three opposition leaders in Nairobi. The opposition accused the government of fraud.",
    "The European Union imposed sanctions on Belarus. Belarus condemned the European Union.",
]


def graphkit(*args, env=None, **kw):
    return subprocess.run([sys.executable, "-m", "graphkit", *map(str, args)], capture_output=True, text=True,
                          timeout=600, env={**os.environ, **(env or {})}, **kw)


def feed(path, n, *, prefix="a"):
    """A JSONL feed of ``n`` short articles with distinct ids."""
    path.write_text("".join(json.dumps({"id": f"{prefix}{i}", "text": SHORT[i % len(SHORT)], "date": "2013-04-12"})
                            + "\n" for i in range(n)), encoding="utf-8")
    return path


def held_build(src, out, stage):
    """A `graphkit build` that stops at ``stage`` (test hook) and waits there to be killed."""
    proc = subprocess.Popen([sys.executable, "-m", "graphkit", "build", str(src), "--out", str(out), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "GRAPHKIT_HOLD_AT": stage})
    line = proc.stderr.readline()
    assert line.strip() == f"graphkit: holding at {stage}", line
    return proc


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_second_build_fails_at_once_while_the_first_holds_the_lock(tmp_path):
    src = feed(tmp_path / "in.jsonl", 3)
    first = held_build(src, tmp_path / "out", "locked")
    try:
        started = time.monotonic()
        second = graphkit("build", src, "--out", tmp_path / "out")
        took = time.monotonic() - started
    finally:
        first.kill()
        first.wait()
    assert second.returncode == EXIT_BUSY
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and "another build is writing this folder (pid" in lines[0], second.stderr
    assert took < 5, f"refused only after {took:.1f}s: the lock must come before extraction"
    assert not (tmp_path / "out" / "relations.jsonl").exists()
    # the kernel released the killed build's lock: a new build goes through
    assert graphkit("build", src, "--out", tmp_path / "out", "-q").returncode == EXIT_OK


@pytest.mark.parametrize("stage", ["extracted", "records", "store-half", "written"])
def test_sigkill_at_any_stage_leaves_the_previous_build_whole_and_reported(tmp_path, stage):
    src = feed(tmp_path / "in.jsonl", 6)
    out = tmp_path / "out"
    assert graphkit("build", src, "--out", out, "-q").returncode == EXIT_OK
    before = {name: (out / name).read_bytes() for name in ("relations.jsonl", "entities.jsonl", "graph.ttl")}
    proc = held_build(feed(tmp_path / "more.jsonl", 12, prefix="b"), out, stage)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # every file is still the previous complete build's, byte for byte
    assert {name: (out / name).read_bytes() for name in before} == before
    warning = "was interrupted before it completed; reading the previous complete build"
    for args in (("query", out, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), ("stats", out),
                 ("export", out, "--format", "nt"), ("validate", out)):
        proc = graphkit(*args)
        assert proc.returncode == EXIT_OK, (args, proc.stderr)
        assert warning in proc.stderr, (args, proc.stderr)
    assert '"b0"' not in (out / "relations.jsonl").read_text() and "article/b0" not in graphkit("export", out).stdout


def test_a_build_interrupted_into_a_new_folder_leaves_nothing_readable(tmp_path):
    out = tmp_path / "out"
    proc = held_build(feed(tmp_path / "in.jsonl", 4), out, "store-half")
    proc.kill()
    proc.wait()
    for args in (("query", out, "ASK { ?s ?p ?o }"), ("stats", out), ("export", out), ("serve", out, "--port", "0")):
        done = graphkit(*args)
        assert done.returncode == EXIT_BUSY, (args, done.stderr)
        assert done.stderr.count("\n") == 1 and "was interrupted before it completed; it left no complete build" \
            in done.stderr, done.stderr


def test_readers_see_a_running_build_as_running(tmp_path):
    src = feed(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out"
    assert graphkit("build", src, "--out", out, "-q").returncode == EXIT_OK
    proc = held_build(src, out, "records")
    try:
        done = graphkit("query", out, "ASK { ?s ?p ?o }")
    finally:
        proc.kill()
        proc.wait()
    assert done.returncode == EXIT_OK
    assert "is still running; reading the previous complete build" in done.stderr


def test_rebuild_replaces_the_whole_folder(tmp_path):
    out = tmp_path / "out"
    assert graphkit("build", feed(tmp_path / "big.jsonl", 12), "--out", out, "-q").returncode == EXIT_OK
    assert "Belarus" in (out / "graph.html").read_text(encoding="utf-8")
    assert graphkit("build", feed(tmp_path / "small.jsonl", 2, prefix="s"), "--out", out, "-q").returncode == EXIT_OK
    assert {r["doc"] for r in _lines(out / "relations.jsonl")} == {"s0", "s1"}
    assert "Belarus" not in (out / "entities.jsonl").read_text(encoding="utf-8")
    count = graphkit("query", out, "SELECT (COUNT(DISTINCT ?id) AS ?n) WHERE { ?a a gk:Article ; dct:identifier ?id }",
                     "--format", "csv")
    assert count.stdout.split() == ["n", "2"]
    assert "from 2 articles" in graphkit("stats", out).stdout
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "article/s0" in turtle and "article/a0" not in turtle and "Belarus" not in turtle
    assert "Belarus" not in (out / "graph.html").read_text(encoding="utf-8")
    assert len(os.listdir(out / ".graphkit" / "builds")) == 2  # the current build and the one before


def test_outputs_inside_the_input_tree_are_never_read(tmp_path):
    shutil.copy(DATA / "001_abc11ff3c9040d09.txt", tmp_path)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "note.txt").write_text("The army attacked the rebels.", encoding="utf-8")
    for _ in range(2):
        done = graphkit("build", ".", "--out", "out", cwd=tmp_path)
        assert done.returncode == EXIT_OK, done.stderr
        assert "skipped" not in done.stdout + done.stderr
        assert done.stdout.startswith("graphkit: 1 articles")


def test_an_older_folder_with_a_real_store_is_replaced_by_links(tmp_path, kg_build):
    out = tmp_path / "out"
    shutil.copytree(kg_build, out)
    assert (out / "store").is_dir() and not (out / "store").is_symlink()
    assert graphkit("build", feed(tmp_path / "in.jsonl", 2), "--out", out, "-q").returncode == EXIT_OK
    assert (out / "store").is_symlink() and os.readlink(out / "store") == os.path.join(".graphkit", "current", "store")
    assert {r["doc"] for r in _lines(out / "relations.jsonl")} == {"a0", "a1"}


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda t: (t / "file").write_text("x"), "--out names a file, not a folder"),
        (lambda t: (t / "blocker").write_text("x"), "cannot create the output folder"),
    ],
)
def test_bad_out_fails_in_one_line_before_any_work(tmp_path, make, message):
    make(tmp_path)
    out = tmp_path / "file" if "file" in message else tmp_path / "blocker" / "out"
    started = time.monotonic()
    done = graphkit("build", DATA, "--out", out)
    assert done.returncode == EXIT_USAGE
    assert done.stderr.count("\n") == 1 and message in done.stderr, done.stderr
    assert time.monotonic() - started < 5


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare for a read-only mount")
def test_read_only_target_fails_in_one_line(tmp_path):
    target = tmp_path / "ro"
    target.mkdir()
    script = (f"mount --bind {target} {target} && mount -o remount,bind,ro {target} && "
              f"exec {sys.executable} -m graphkit build {DATA} --out {target / 'out'}")
    done = subprocess.run(["unshare", "--mount", "sh", "-c", script], capture_output=True, text=True, timeout=120)
    if "mount:" in done.stderr:
        pytest.skip(f"no mount namespace here: {done.stderr.strip()}")
    assert done.returncode == EXIT_USAGE
    assert done.stderr.strip() == f"error: {target / 'out'}: cannot create the output folder (Read-only file system)" \
        or "cannot write the output folder (Read-only file system)" in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1


def test_folder_api_lock_and_snapshot(tmp_path):
    folder = BuildFolder(tmp_path / "out")
    with folder.lock():
        with pytest.raises(FolderBusy, match="another build is writing this folder"):
            with BuildFolder(tmp_path / "out").lock(wait=0.1):
                pass
        stage = folder.stage()
        (stage / "relations.jsonl").write_text("{}\n")
        with pytest.raises(FolderBusy, match="is still running and none has completed yet; wait for it to finish"):
            snapshot(tmp_path / "out")
        folder.commit(stage, {"articles": 1})
    snap = snapshot(tmp_path / "out")
    assert snap.path == stage and snap.info["articles"] == 1 and snap.warnings == []
    assert (tmp_path / "out" / "relations.jsonl").read_text() == "{}\n"
