"""The build folder: one writer at a time, readers always see a complete build.

A build never writes over the files readers use. It takes the folder's lock, writes the whole
new build aside, and when everything is written switches one symbolic link, so every reader sees
either the previous complete build or the new one, never a mix::

    OUT/
      .graphkit/lock                  held by the build writing OUT (released by the kernel
                                      when that process dies, also on SIGKILL)
      .graphkit/builds/ID/            one build: store/, relations.jsonl, entities.jsonl,
                                      graph.ttl, graph.html, then build.json (written last)
      .graphkit/current -> builds/ID  the last complete build, switched with one rename
      store, relations.jsonl, ...     -> .graphkit/current/...: the names users open

The build before the current one is kept until the next build completes, so a reader that
opened it just before a switch (``graphkit serve``) finishes its work; older and interrupted
builds are removed by the next build. A rebuild into an existing folder replaces it whole: the
new build holds exactly the inputs it was given.

A folder written by hand or by an older graphkit (a real ``store/`` folder and no
``.graphkit/``) is read as it is, and replaced by the first build into it.

Example:
    >>> import tempfile
    >>> folder = BuildFolder(tempfile.mkdtemp())
    >>> with folder.lock():
    ...     stage = folder.stage()
    ...     _ = (stage / "relations.jsonl").write_text("")
    ...     folder.commit(stage, {"articles": 0})
    >>> snapshot(folder.out).info["articles"], snapshot(folder.out).warnings
    (0, [])
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from graphkit.errors import EXIT_BUSY, GraphkitError

__all__ = ["OUTPUTS", "STATE_DIR", "FolderError", "FolderBusy", "BuildFolder", "Snapshot", "snapshot",
           "is_build_folder"]

#: The names a build shows in its folder, each a link into the current build.
OUTPUTS = ("store", "relations.jsonl", "entities.jsonl", "graph.ttl", "graph.html")
#: The hidden folder that holds the builds, the lock and the ``current`` link.
STATE_DIR = ".graphkit"
_INFO = "build.json"
_STARTED = "started.json"


class FolderError(GraphkitError):
    """The build folder cannot be written or read; the message is one line."""


class FolderBusy(FolderError):
    """Another build holds the folder, or it holds no complete build yet."""

    exit_code = EXIT_BUSY


def is_build_folder(path: Path) -> bool:
    """True for a folder a build wrote (or a hand-made one with a store in it)."""
    return (path / STATE_DIR).is_dir() or (path / "store" / "CURRENT").is_file()


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class BuildFolder:
    """The output folder of a build: its lock, its staged builds and the switch.

    Args:
        out: the folder; created when the build takes its lock.

    Raises:
        FolderError: ``out`` is a file, or cannot be created or written.
    """

    def __init__(self, out: str | Path) -> None:
        self.out = Path(out)
        self.state = self.out / STATE_DIR
        self._lock_fd: int | None = None

    def check(self) -> None:
        """Fail now, in one line, if the folder cannot take a build (before any work)."""
        out = self.out
        if out.exists() and not out.is_dir():
            raise FolderError(f"{out}: --out names a file, not a folder")
        probe = next((p for p in [out, *out.parents] if p.exists()), None)
        if probe is not None and not probe.is_dir():
            raise FolderError(f"{out}: cannot create the output folder ({probe} is a file)")
        try:
            self.state.mkdir(parents=True, exist_ok=True)
            test = self.state / f"write-test-{os.getpid()}"
            test.write_bytes(b"")
            test.unlink()
        except OSError as exc:
            raise FolderError(f"{out}: cannot write the output folder ({exc.strerror or exc})") from None

    @contextlib.contextmanager
    def lock(self, *, wait: float = 1.0) -> Iterator[None]:
        """Hold the folder's lock for one build; fail at once if another build holds it.

        Raises:
            FolderError: another process holds the lock.
        """
        import fcntl

        self.check()
        path = self.state / "lock"
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + wait  # readers take the lock shared for an instant
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
                    os.close(fd)
                    who = f" ({holder})" if holder else ""
                    raise FolderBusy(f"{self.out}: another build is writing this folder{who}; "
                                      "wait for it to finish or choose another --out") from None
                time.sleep(0.05)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {_now()}".encode(), 0)
        self._lock_fd = fd
        try:
            yield
        finally:
            self._lock_fd = None
            os.ftruncate(fd, 0)
            os.close(fd)  # closing releases the lock

    def stage(self) -> Path:
        """A fresh folder to write the new build into (the lock must be held)."""
        if self._lock_fd is None:
            raise FolderError(f"{self.out}: a build must hold the folder's lock to write")
        builds = self.state / "builds"
        builds.mkdir(parents=True, exist_ok=True)
        self._remove_stale(builds)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        path = builds / f"{stamp}-{os.getpid()}"
        path.mkdir()
        (path / _STARTED).write_text(json.dumps({"started": _now(), "pid": os.getpid()}),
                                     encoding="utf-8")
        return path

    def commit(self, stage: Path, info: dict[str, Any]) -> None:
        """Make ``stage`` the current build: write its ``build.json``, then switch one link."""
        info = {"completed": _now(), **info}
        _write_atomic(stage / _INFO, json.dumps(info, indent=1).encode("utf-8"))
        _fsync_dir(stage)
        previous = self._current()
        tmp = self.state / f"current.{os.getpid()}"
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        tmp.symlink_to(Path("builds") / stage.name)
        os.replace(tmp, self.state / "current")
        _fsync_dir(self.state)
        self._link_outputs(stage)
        keep = {stage.name} | ({previous.name} if previous is not None else set())
        for old in (self.state / "builds").iterdir():
            if old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)

    def _current(self) -> Path | None:
        link = self.state / "current"
        return link.resolve() if link.is_symlink() and link.resolve().is_dir() else None

    def _link_outputs(self, stage: Path) -> None:
        """The user-facing names point into ``current``; names the build lacks are removed."""
        for name in OUTPUTS:
            path = self.out / name
            if not (stage / name).exists():
                if path.is_symlink():
                    path.unlink()
                continue
            target = Path(STATE_DIR) / "current" / name
            if path.is_symlink() and Path(os.readlink(path)) == target:
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)  # an older graphkit's store, replaced by the link
            elif path.exists() or path.is_symlink():
                path.unlink()
            path.symlink_to(target)

    def _remove_stale(self, builds: Path) -> None:
        """Remove builds that never completed (interrupted ones); keep current and previous."""
        current = self._current()
        for old in builds.iterdir():
            if not (old / _INFO).exists() and (current is None or old.name != current.name):
                shutil.rmtree(old, ignore_errors=True)


@dataclass(slots=True)
class Snapshot:
    """What a reader sees in a build folder.

    Attributes:
        path: the folder holding the complete build's files (``store/``, JSONL, Turtle).
        info: the build's ``build.json`` (empty for a hand-made folder).
        warnings: one line each: an interrupted build, or a build in progress.
    """

    path: Path
    info: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def store(self) -> Path:
        """The embedded store's folder."""
        return self.path / "store"

    @property
    def store_url(self) -> str | None:
        """The remote SPARQL store the build wrote into, if any."""
        url = self.info.get("store_url")
        return str(url) if url else None


def snapshot(out: str | Path) -> Snapshot:
    """The last complete build in ``out``, with a warning for any build that did not complete.

    Raises:
        FolderError: ``out`` holds no complete build (never built, or only interrupted).
    """
    out = Path(out)
    state = out / STATE_DIR
    if not state.is_dir():
        if (out / _INFO).is_file():  # one build's own folder, as a snapshot's path gives it
            return Snapshot(out, _read_json(out / _INFO))
        if (out / "store").is_dir() or (out / "relations.jsonl").is_file():
            return Snapshot(out)  # a hand-made or older folder, read as it is
        raise FolderError(f"{out} is not a graphkit build folder (no store here); run `graphkit build` first")
    link = state / "current"
    current = link.resolve() if link.is_symlink() else None
    if current is not None and not (current / _INFO).is_file():
        current = None
    warnings = _unfinished(state, current)
    if current is None:
        raise FolderBusy(warnings[0] if warnings else f"{out}: no complete build here; run `graphkit build`")
    info = json.loads((current / _INFO).read_text(encoding="utf-8"))
    return Snapshot(current, info, warnings)


def _unfinished(state: Path, current: Path | None) -> list[str]:
    """One line per build newer than ``current`` that has not completed."""
    builds = state / "builds"
    if not builds.is_dir():
        return []
    pending = sorted(p for p in builds.iterdir() if not (p / _INFO).exists()
                     and (current is None or p.name > current.name))
    if not pending:
        return []
    started = _read_json(pending[-1] / _STARTED).get("started", pending[-1].name)
    out = state.parent
    if _locked(state / "lock"):
        if current is None:
            return [f"{out}: a build started {started} is still running and none has completed yet; "
                    "wait for it to finish"]
        return [f"{out}: a build started {started} is still running; reading the previous complete build"]
    if current is None:
        return [f"{out}: the build started {started} was interrupted before it completed; it left no "
                "complete build, run `graphkit build` again"]
    return [f"{out}: the build started {started} was interrupted before it completed; "
            "reading the previous complete build"]


def _locked(path: Path) -> bool:
    """True while a build holds the lock at ``path`` (tested without blocking it)."""
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
