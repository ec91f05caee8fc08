"""notebooks/explore.ipynb runs top to bottom on the sample articles, and is kept clean."""

from __future__ import annotations

import os

from tests.conftest import DATA, ROOT

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def _outputs(cell) -> str:
    """Everything a code cell showed, as one string (text, HTML, error names)."""
    parts = []
    for out in cell.get("outputs", []):
        parts.append(out.get("text", ""))
        parts.extend(str(v) for k, v in out.get("data", {}).items() if k != "image/png")
        parts.append(out.get("ename", ""))
    return "\n".join(parts)


def test_notebook_is_kept_without_outputs():
    import nbformat

    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "the notebook has no code"
    assert all(c.outputs == [] and c.execution_count is None for c in code)


def test_notebook_runs_top_to_bottom(tmp_path, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    out = tmp_path / "out"
    monkeypatch.setenv("GRAPHKIT_ARTICLES", str(DATA))
    monkeypatch.setenv("GRAPHKIT_OUT", str(out))
    monkeypatch.setenv("GRAPHKIT_DATE", "2012-11-07")  # the sample folder's date, as --date gives it
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(nb, kernel_name="python3", timeout=600,
                            resources={"metadata": {"path": str(tmp_path)}})
    client.execute()  # raises CellExecutionError, naming the cell, if any cell fails

    shown = [_outputs(c) for c in nb.cells if c.cell_type == "code"]
    text = "\n".join(shown)
    assert "graphkit: 2 articles" in text  # the build summary
    assert "who-threatens" in text  # the canned query table
    assert "Muttahida Qaumi Movement" in text  # an actor, in the DataFrames
    assert "<iframe srcdoc=" in text and "UserWarning" not in text and "new vis.Network" in text  # the inline graph
    pngs = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(pngs) == 2  # the relations-per-actor chart, the events-per-month chart
    assert "eventDate" in text and "2012-11-" in text  # the busiest pair's events, by date
    assert (out / "store").is_dir() and (out / "graph.html").stat().st_size > 100_000
