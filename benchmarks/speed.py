"""Speed benchmark: import time, analyze (cold and warm), batch throughput,
growth from 1 MB to 10 MB, and the whole notebook set.

    .venv/bin/python benchmarks/speed.py            # everything (a few minutes)
    .venv/bin/python benchmarks/speed.py --quick    # smaller corpus, no 10 MB input, no notebooks
    .venv/bin/python benchmarks/speed.py --stages   # only CPU time per stage (per article, per MB)

Prints a Markdown table; the README shows its figures. Goals (2-core machine):
cold analyze <= 1.5 s, warm <= 50 ms per 1,000-word article, batch >= 200
articles/s, linear growth (10 MB <= 20 s), the whole notebook set <= 20 s.
The corpus is generated from the sample and development articles (no downloads).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SEED = REPO / "data" / "articles" / "russia-wants-a-reset-nato.md"


def seconds_of(command: list[str], repeat: int = 5) -> float:
    """Median wall time of a command, in seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=REPO)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def sentence_pool() -> list[str]:
    """Sentences of the body paragraphs of every sample and development article."""
    from helpers.articles import load_article

    pool = []
    for path in sorted((REPO / "data").glob("*articles/*.md")):
        if path.name == "README.md":
            continue
        article = load_article(path)
        body = {p.index for p in article.paragraphs if p.role == "body"}
        pool += [s.text for s in article.sentences if s.paragraph in body and len(s.text.split()) > 4]
    return pool


def make_article(pool: list[str], words: int, rng: random.Random) -> str:
    """Paragraphs of 2-4 sentences drawn at random: realistic text, and (unlike
    repeated whole paragraphs) not removed by the cleaner as duplicates."""
    paragraphs, count = [], 0
    while count < words:
        paragraph = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 4)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(paragraphs)


def warm_analyze_ms(text: str, published: str = "2017-01-04", repeat: int = 20) -> float:
    from helpers.analysis import analyze

    analyze(text, published=published)  # warm-up: lexicons and splitter load once
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        analyze(text, published=published).to_dict()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def batch_rate(pool, n_articles: int, rng) -> tuple[float, int]:
    from helpers.batch import run_batch

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "corpus.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for number in range(n_articles):
                record = {"id": f"a{number}", "text": make_article(pool, rng.randint(400, 1000), rng), "published": "2017-01-04"}
                handle.write(json.dumps(record) + "\n")
        summary = run_batch(source, Path(folder) / "out.jsonl", progress=False)
    return summary.rate, os.cpu_count() or 1


def growth(pool, sizes_mb, rng) -> list[tuple[float, float]]:
    from helpers.analysis import analyze

    rows = []
    for size in sizes_mb:
        text = ""
        while len(text.encode()) < size * 1_000_000:
            text += make_article(pool, 5000, rng) + "\n\n"
        started = time.perf_counter()
        analyze(text, published="2017-01-04").to_dict()
        rows.append((size, time.perf_counter() - started))
    return rows


def stage_seconds(text: str) -> dict[str, float]:
    """CPU seconds of each stage of ``analyze`` on one text (CPU time, so that
    other programs running on the machine change the figures less)."""
    from helpers.analysis import Analysis
    from helpers.articles import article_from_text
    from helpers.entities import find_entities
    from helpers.events import events_from_article
    from helpers.quotes import extract_quotes
    from helpers.stance import sentiment_toward
    from helpers.timex import find_time_expressions

    seconds = {}

    def timed(name, function, *arguments, **keywords):
        started = time.process_time()
        result = function(*arguments, **keywords)
        seconds[name] = time.process_time() - started
        return result

    article = timed("load", article_from_text, text, published="2017-01-04")
    entities = timed("entities", find_entities, article)
    findings = timed("quotes", extract_quotes, article, entities=entities)
    sentiment = timed("stance", sentiment_toward, article, findings)
    times = timed("timex", find_time_expressions, article)
    events = timed("events", events_from_article, article, times, findings, entities)
    analysis = Analysis(article, "NATO", entities, findings, sentiment, times, events)
    timed("to_dict + JSON", lambda: json.dumps(analysis.to_dict()))
    return seconds


def print_stages(pool, rng, sizes_mb) -> None:
    """Per-stage CPU time: ms per 400-1,000-word article (mean of 100), then s per MB."""
    texts = [make_article(pool, rng.randint(400, 1000), rng) for _ in range(100)]
    stage_seconds(texts[0])  # warm-up
    totals: dict[str, float] = {}
    for text in texts:
        for name, seconds in stage_seconds(text).items():
            totals[name] = totals.get(name, 0.0) + seconds
    rows = [("400-1,000-word article (ms)", {name: seconds / len(texts) * 1000 for name, seconds in totals.items()})]
    for size in sizes_mb:
        text = ""
        while len(text.encode()) < size * 1_000_000:
            text += make_article(pool, 5000, rng) + "\n\n"
        rows.append((f"{size:g} MB (s)", stage_seconds(text)))
    names = list(rows[0][1])
    print("| input | " + " | ".join(names) + " | total |\n|---|" + "---|" * (len(names) + 1))
    for label, seconds in rows:
        print(f"| {label} | " + " | ".join(f"{seconds[name]:.2f}" for name in names) + f" | {sum(seconds.values()):.2f} |")


def notebook_seconds() -> float:
    from helpers.notebook_runner import run_all

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        runs = run_all(out=Path(folder), html=False)
        elapsed = time.perf_counter() - started
    failed = [run.name for run in runs if not run.ok]
    if failed:
        print(f"warning: notebooks failed: {failed}", file=sys.stderr)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--stages", action="store_true", help="only the CPU time of each stage")
    arguments = parser.parse_args()
    rng = random.Random(2017)
    if arguments.stages:
        print_stages(sentence_pool(), rng, [0.5, 1] if arguments.quick else [1, 2, 5, 10])
        return
    python = sys.executable
    rows = []

    baseline = seconds_of([python, "-c", "pass"])
    rows.append(("`import helpers`", f"{(seconds_of([python, '-c', 'import helpers']) - baseline) * 1000:.0f} ms", "fast (no seconds)"))
    cold = seconds_of([python, "-m", "helpers", "analyze", str(SEED)], repeat=3)
    rows.append(("`analyze` seed, cold (process start to JSON)", f"{cold:.2f} s", "<= 1.5 s"))

    pool = sentence_pool()
    seed_text = SEED.read_text(encoding="utf-8")
    rows.append(("`analyze` seed (~500 words), warm", f"{warm_analyze_ms(seed_text):.1f} ms", "-"))
    thousand = make_article(pool, 1000, rng)
    rows.append(("`analyze` 1,000-word article, warm", f"{warm_analyze_ms(thousand):.1f} ms", "<= 50 ms"))

    n_articles = 400 if arguments.quick else 3000
    rate, cores = batch_rate(pool, n_articles, rng)
    rows.append((f"`batch`, {n_articles:,} articles of 400-1,000 words, {cores} cores", f"{rate:.0f} articles/s", ">= 200/s"))

    sizes = [0.5, 1] if arguments.quick else [1, 2, 5, 10]
    for size, seconds in growth(pool, sizes, rng):
        rows.append((f"`analyze` {size:g} MB of text", f"{seconds:.1f} s", "linear; 10 MB <= 20 s"))

    if not arguments.quick:
        rows.append(("whole notebook set, headless (2 workers)", f"{notebook_seconds():.1f} s", "<= 20 s"))

    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
    print("| measure | result | goal |\n|---|---|---|")
    for measure, result, goal in rows:
        print(f"| {measure} | {result} | {goal} |")


if __name__ == "__main__":
    main()
