"""Extraction on Dask distributed: a real LocalCluster of worker processes on 127.0.0.1, real
Wikinews articles (CC BY 2.5, Wikinews contributors), a worker killed with SIGKILL mid-task."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import CORPUS, dev_sample

distributed = pytest.importorskip("distributed", reason="the Dask engine needs graphkit[dask]")
pytestmark = pytest.mark.skipif(not CORPUS.is_file(), reason=f"needs the dev corpus at {CORPUS}")


def feed(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return feed(tmp_path_factory.mktemp("dask") / "sample.jsonl", dev_sample(24, step=131))


@pytest.fixture(scope="module")
def in_process(corpus, tmp_path_factory):
    from graphkit.build import build

    out = tmp_path_factory.mktemp("local") / "out"
    report = build([corpus], out, progress=False, html=False)
    assert report.articles == 24 and report.relations > 100
    return out


def test_a_local_cluster_gives_the_graph_the_in_process_engine_gives(corpus, in_process, tmp_path):
    from graphkit.build import build

    out = tmp_path / "out"
    report = build([corpus], out, engine="dask", workers=2, batch_size=3, progress=False, html=False)
    assert (report.articles, report.extracted, report.new) == (24, 24, 24)
    for name in ("relations.jsonl", "entities.jsonl"):
        got, want = lines(out / name), lines(in_process / name)
        assert set(got) == set(want) and len(got) == len(want), name


def test_a_worker_killed_mid_task_is_retried_and_nothing_is_lost_or_doubled(corpus, in_process, tmp_path):
    from distributed import Client, LocalCluster

    from graphkit.build import build

    killed: list[str] = []
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as cluster, Client(cluster) as client:
        stop = threading.Event()

        def kill_one_busy_worker() -> None:
            while not stop.is_set():
                busy = [addr for addr, keys in client.processing().items() if keys]
                if busy and any("extract_batch" in str(k) for k in client.processing()[busy[0]]):
                    pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
                    os.kill(pid, signal.SIGKILL)
                    killed.append(busy[0])
                    return
                time.sleep(0.05)

        killer = threading.Thread(target=kill_one_busy_worker, daemon=True)
        killer.start()
        try:
            report = build([corpus], tmp_path / "out", engine="dask", scheduler=cluster.scheduler_address,
                           batch_size=3, progress=False, html=False)
        finally:
            stop.set()
            killer.join()
        assert killed, "no worker was busy to be killed"
        assert killed[0] not in client.scheduler_info()["workers"]  # that worker is gone; its nanny started another
        loaded = client.run(lambda: sorted(str(m) for m in __import__("graphkit._dask_worker").
                                           _dask_worker._PIPELINES))
        assert all(models == ["None"] for models in loaded.values())  # one pipeline per worker, kept
    assert (report.articles, report.extracted) == (24, 24)
    for name in ("relations.jsonl", "entities.jsonl"):
        got, want = lines(tmp_path / "out" / name), lines(in_process / name)
        assert set(got) == set(want) and len(got) == len(want), name


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"engine": "dask", "scheduler": "tcp://127.0.0.1:9"}, "tcp://127.0.0.1:9: cannot reach the Dask scheduler"),
        ({"engine": "dask", "processes": 2}, "--processes is for the local engine; with --engine dask use --workers"),
        ({"workers": 2}, "--scheduler and --workers need --engine dask"),
        ({"engine": "dask", "workers": 0}, "--workers must be 1 or more (got 0)"),
        ({"engine": "spark"}, "--engine 'spark': use one of local, dask"),
    ],
)
def test_engine_errors_are_one_line(corpus, tmp_path, options, message):
    from graphkit.build import build
    from graphkit.errors import GraphkitError

    with pytest.raises(GraphkitError) as caught:
        build([corpus], tmp_path / "out", progress=False, html=False, **options)
    assert str(caught.value).startswith(message) and "\n" not in str(caught.value)
