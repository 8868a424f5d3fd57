"""The command line: ``python -m helpers analyze | batch | run``.

    python -m helpers analyze PATH [--published YYYY-MM-DD] [--target NATO] [--format json|text] [--rules-only]
    python -m helpers batch IN --out OUT.jsonl [--target T] [--rules-only]
    python -m helpers run [--article PATH] [--published YYYY-MM-DD] [--target T]

Bad input gives exit code 2 and one line naming the problem and the fix.
The input is only ever read, never modified.
"""
from __future__ import annotations

import argparse
import json
import sys

from .problems import InputProblem

EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m helpers",
        description="Read a news article with code: quotes, speakers, sentiment toward a target, time expressions and events.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    analyze = commands.add_parser("analyze", help="analyse one article (a .txt/.md/.html file, or - for standard input)")
    analyze.add_argument("path", help="article file, or - to read the text from standard input")
    analyze.add_argument("--published", help="publication date YYYY-MM-DD (overrides the file's date)")
    analyze.add_argument("--target", default="NATO", help="whose treatment to measure (default: NATO)")
    analyze.add_argument("--format", choices=("json", "text"), default="json", help="JSON (default) or a readable summary")
    analyze.add_argument("--rules-only", action="store_true",
                         help="each speaker's stance from the stance rules alone, without the second reader")

    batch = commands.add_parser("batch", help="analyse a folder of articles or a .jsonl file of records")
    batch.add_argument("input", help="a folder of .txt/.md files, or a .jsonl of {id, text, published?, target?} records")
    batch.add_argument("--out", required=True, help="output .jsonl file, one line per input")
    batch.add_argument("--target", default="NATO", help="default target when a record names none (default: NATO)")
    batch.add_argument("--published", help="default publication date for records that have none")
    batch.add_argument("--workers", type=int, default=0, help="processes to use (default: all cores)")
    batch.add_argument("--quiet", action="store_true", help="no progress bar")
    batch.add_argument("--rules-only", action="store_true",
                       help="each speaker's stance from the stance rules alone, without the second reader")

    run = commands.add_parser("run", help="execute every notebook headless into build/<article>/ (the main job)")
    run.add_argument("--article", help="article to run the set on (default: the seed article)")
    run.add_argument("--published", help="publication date YYYY-MM-DD")
    run.add_argument("--target", help="target of the sentiment notebooks (default: NATO)")
    run.add_argument("--out", help="output folder (default: build/<article name>/)")
    run.add_argument("--no-html", action="store_true", help="skip the HTML copies")
    return parser


def main(argv: list[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    try:
        if arguments.command == "analyze":
            return command_analyze(arguments)
        if arguments.command == "batch":
            return command_batch(arguments)
        if arguments.command == "run":
            return command_run(arguments)
    except InputProblem as problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return 0


def command_analyze(arguments) -> int:
    from .analysis import analyze
    from .articles import article_from_text, decode_bytes, load_article

    if arguments.path == "-":
        data = sys.stdin.buffer.read()
        if not data.strip():
            raise InputProblem("standard input is empty", "pipe an article into the command, or give a file path")
        article = article_from_text(decode_bytes(data, "standard input"), published=arguments.published, source="<stdin>")
    else:
        from pathlib import Path

        article = load_article(Path(arguments.path), published=arguments.published)
    result = analyze(article, target=arguments.target, rules_only=arguments.rules_only)
    if arguments.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from .report import text_summary

        sys.stdout.write(text_summary(result) + "\n")
    return 0


def command_batch(arguments) -> int:
    from .batch import run_batch

    summary = run_batch(
        arguments.input,
        arguments.out,
        default_target=arguments.target,
        default_published=arguments.published,
        workers=arguments.workers or None,
        progress=not arguments.quiet,
        rules_only=arguments.rules_only,
    )
    print(
        f"{summary.ok} analysed, {summary.failed} with errors, in {summary.seconds:.1f} s "
        f"({summary.rate:.0f} per second) -> {summary.out}",
        file=sys.stderr,
    )
    return 0


def command_run(arguments) -> int:
    from pathlib import Path

    from .notebook_runner import list_notebooks, run_all

    if arguments.article and not Path(arguments.article).expanduser().exists():
        raise InputProblem(f"no such file: {arguments.article}", "check the path (relative to the folder you run the command from)")
    if arguments.article:
        # Fail early, with the loader's message, rather than in every notebook.
        from .articles import load_article

        load_article(Path(arguments.article), published=arguments.published)
    print(f"Running {len(list_notebooks())} notebooks headless ...", file=sys.stderr)
    runs = run_all(arguments.article, arguments.published, arguments.target,
                   out=Path(arguments.out) if arguments.out else None, html=not arguments.no_html)
    for run in runs:
        status = "ok" if run.ok else f"FAILED ({run.error})"
        print(f"  {run.name:<32} {run.seconds:5.1f} s  {status}")
    if runs:
        print(f"Executed notebooks and HTML copies are in {Path(runs[0].notebook_path).parent}")
        print("Open the HTML copies in a browser, or start JupyterLab with: make lab")
        print(run_summary(arguments.article, arguments.published, arguments.target))
    return 0 if all(run.ok for run in runs) else 1


def run_summary(article=None, published=None, target=None) -> str:
    """Three lines on what the notebooks found in the article."""
    from .analysis import DEFAULT_TARGET, analyze
    from .samples import sample_article_path

    result = analyze(article or sample_article_path(), published=published, target=target or DEFAULT_TARGET).to_dict()
    info, overall = result["article"], (result["sentiment"] or {}).get("overall", {})
    named = sum(1 for speaker in result["speakers"] if speaker["type"] == "named")
    return (f"Summary of {info.get('title') or info.get('source')!r} (published {info.get('published') or 'unknown'}):\n"
            f"  {len(result['quotes'])} quotes from {len(result['speakers'])} speakers ({named} named); "
            f"toward {result['sentiment']['target']}: {overall.get('label')} ({overall.get('n_mentions', 0)} mentions)\n"
            f"  {len(result['time_expressions'])} time expressions, {len(result['events'])} dated events")
