"""Analyse many articles: a folder of files or a ``.jsonl`` file of records.

Each input gives exactly one output line (JSON): the ``analyze`` document plus
``id`` and ``error``. A bad record gives a line with ``error`` set and the run
goes on. Work is spread over all cores; a progress bar goes to stderr.

>>> records = list(read_records_from_lines(['{"id": "a", "text": "NATO met."}', 'not json']))
>>> [(r.id, r.problem is None) for r in records]
[('a', True), ('line 2', False)]
"""
from __future__ import annotations

import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .problems import InputProblem

_ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


@dataclass
class Record:
    """One input to analyse: text (or a path), with optional date and target."""

    id: str
    text: str | None = None
    path: str | None = None
    published: str | None = None
    target: str | None = None
    problem: str | None = None


@dataclass
class BatchSummary:
    ok: int
    failed: int
    seconds: float
    out: str

    @property
    def rate(self) -> float:
        return (self.ok + self.failed) / self.seconds if self.seconds else 0.0


def read_records_from_lines(lines) -> list[Record]:
    """Records from JSON lines; a line that is not a valid record becomes a
    record carrying its problem (reported in the output, never fatal)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            yield Record(id=f"line {number}", problem=f"line {number} is not valid JSON ({error.msg})")
            continue
        if not isinstance(data, dict):
            yield Record(id=f"line {number}", problem=f"line {number} is not a JSON object")
            continue
        record_id = str(data.get("id", f"line {number}"))
        text = data.get("text")
        if not isinstance(text, str):
            yield Record(id=record_id, problem="the record has no 'text' string")
            continue
        yield Record(id=record_id, text=text, published=data.get("published"), target=data.get("target"))


def read_records(source: str | Path) -> list[Record]:
    """All records of a folder (one per article file) or a ``.jsonl`` file."""
    path = Path(source).expanduser()
    if not path.exists():
        raise InputProblem(f"no such file or folder: {path}", "give a folder of .txt/.md files or a .jsonl file")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _ARTICLE_SUFFIXES)
        if not files:
            raise InputProblem(f"{path} holds no .txt, .md or .html files", "put one article per file in the folder")
        return [Record(id=str(p.relative_to(path)), path=str(p)) for p in files]
    if path.suffix.lower() not in {".jsonl", ".ndjson"}:
        raise InputProblem(f"{path} is neither a folder nor a .jsonl file", "for a single article use 'analyze'")
    from .articles import read_text_file

    return list(read_records_from_lines(read_text_file(path, max_bytes=2**40).splitlines()))


def analyse_record(record: Record, default_target: str = "NATO", default_published: str | None = None,
                   rules_only: bool = False) -> dict:
    """The output line for one record (never raises for bad input)."""
    from .analysis import analyze
    from .articles import article_from_text, load_article

    line = {"id": record.id, "error": None}
    if record.problem:
        line["error"] = record.problem
        return line
    try:
        published = record.published or default_published
        if record.path:
            article = load_article(Path(record.path), published=published)
        else:
            article = article_from_text(record.text, published=published, source=record.id)
        line.update(analyze(article, target=record.target or default_target, rules_only=rules_only).to_dict())
    except InputProblem as problem:
        line["error"] = str(problem)
    except Exception as failure:  # one bad record must not stop a corpus run
        line["error"] = f"internal error ({type(failure).__name__}: {failure}); please report it with this record"
    return line


def _analyse_chunk(arguments) -> list[tuple[str, bool]]:
    """(JSON line, succeeded) for each record of a chunk."""
    records, target, published, rules_only = arguments
    lines = []
    for record in records:
        result = analyse_record(record, target, published, rules_only)
        lines.append((json.dumps(result, ensure_ascii=False), result["error"] is None))
    return lines


def _progress(done: int, total: int, started: float) -> None:
    width = 30
    filled = int(width * done / total) if total else width
    rate = done / max(time.perf_counter() - started, 1e-9)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} ({rate:.0f}/s)")
    sys.stderr.flush()


def run_batch(source, out, default_target: str = "NATO", default_published: str | None = None,
              workers: int | None = None, progress: bool = True, chunk_size: int = 16,
              rules_only: bool = False) -> BatchSummary:
    """Analyse every record of ``source`` into the JSON-lines file ``out``."""
    from .articles import parse_date

    parse_date(default_published)  # a bad default date is a problem for the whole run
    records = read_records(source)
    out_path = Path(out).expanduser()
    if out_path.resolve() == Path(source).expanduser().resolve():
        raise InputProblem("the output file is the input file", "choose another --out path; the input is never overwritten")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    workers = workers or os.cpu_count() or 1
    chunks = [records[i:i + chunk_size] for i in range(0, len(records), chunk_size)]
    jobs = [(chunk, default_target, default_published, rules_only) for chunk in chunks]
    started = time.perf_counter()
    done = failed = 0
    with out_path.open("w", encoding="utf-8") as handle:
        if workers == 1 or len(chunks) == 1:
            results = map(_analyse_chunk, jobs)
            pool = None
        else:
            pool = ProcessPoolExecutor(max_workers=workers)
            results = pool.map(_analyse_chunk, jobs)
        try:
            for lines in results:
                for line, succeeded in lines:
                    handle.write(line + "\n")
                    failed += not succeeded
                done += len(lines)
                if progress:
                    _progress(done, len(records), started)
        finally:
            if pool:
                pool.shutdown()
    if progress:
        sys.stderr.write("\n")
    return BatchSummary(done - failed, failed, time.perf_counter() - started, str(out_path))
