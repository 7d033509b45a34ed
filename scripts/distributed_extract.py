#!/usr/bin/python3
"""Runs `stancekb extract --documents` over JSONL feeds on a Dask cluster.

    distributed_extract.py --binary PATH [--scheduler ADDRESS] INPUT OUTPUT

INPUT is a JSONL feed (one article a line) or a directory of them (*.jsonl,
*.ndjson, recursively, hidden ones skipped); OUTPUT a directory that gets one
part file of extracted document lines per partition, for
`stancekb import extracted OUTPUT`. Each feed is cut into byte ranges that
end on line boundaries; a task pipes its range through the binary on a
worker and writes the part file (under a hidden name, renamed when
complete, so a task that is run again never leaves half a file). Part files
are numbered in feed order, and the files are taken in the order stancekb
reads a directory, so the import gives the same ids as `stancekb import
articles INPUT`.

Without --scheduler a LocalCluster of --workers processes starts on this
machine. With it, the tasks run on that scheduler's workers: PATH (and
--lexicon, if given) are paths on the workers, and INPUT and OUTPUT must be
reachable from the workers and from here under the same name (a shared
filesystem, or a URL such as s3://… for which fsspec has a backend).

A bad article is reported on stderr with its feed's name and line and
skipped. Exit status: 0, or 1 when some articles were bad (the rest are
extracted), or 2 on a usage or cluster error.
"""

import argparse
import math
import os
import re
import subprocess
import sys
import threading
import time

import fsspec
from dask.distributed import Client, LocalCluster, as_completed

FEED_EXTENSIONS = (".jsonl", ".ndjson")
MAX_BLOCK_BYTES = 64 << 20
MIN_BLOCK_BYTES = 256 << 10
BLOCKS_PER_WORKER = 4  # Several per worker, so that a slow one does not hold up the end.
COPY_BYTES = 1 << 20


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True, help="stancekb executable (a path on the workers)")
    parser.add_argument("--scheduler", help="address of a Dask scheduler, e.g. tcp://10.0.0.1:8786")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="LocalCluster processes")
    parser.add_argument("--block-size", type=int, help="bytes of feed per task (default: up to 64 MiB)")
    parser.add_argument("--lexicon", help="lexicon directory for the extractor (a path on the workers)")
    parser.add_argument("--date", help="publication date for articles that name none")
    parser.add_argument("--source", help="publisher for articles that name none")
    parser.add_argument("input", metavar="INPUT")
    parser.add_argument("output", metavar="OUTPUT")
    return parser.parse_args()


def list_feeds(location):
    """(path, name shown in messages, size) of each feed, in stancekb's order."""
    fs, root = fsspec.core.url_to_fs(location)
    if not fs.isdir(root):
        return fs, [(root, location, fs.size(root))]
    feeds = []
    for path in fs.find(root):
        relative = path[len(root):].lstrip("/")
        if any(part.startswith(".") for part in relative.split("/")):
            continue
        if not relative.lower().endswith(FEED_EXTENSIONS):
            print(f"distributed_extract: {relative}: not a JSONL feed; skipped", file=sys.stderr)
            continue
        feeds.append((relative.split("/"), path, location.rstrip("/") + "/" + relative))
    feeds.sort()  # Component by component, as stancekb sorts a directory.
    return fs, [(path, name, fs.size(path)) for _, path, name in feeds]


def block_ranges(size, block_size):
    return [(start, min(start + block_size, size)) for start in range(0, size, block_size)]


def count_line_starts(fs, path, start, end):
    """Lines that start in [start, end): each but the file's first starts after a newline."""
    count = 1 if start == 0 and end > 0 else 0
    with fs.open(path, "rb") as f:
        f.seek(max(start - 1, 0))
        remaining = end - 1 - max(start - 1, 0)
        while remaining > 0:
            chunk = f.read(min(COPY_BYTES, remaining))
            if not chunk:
                break
            count += chunk.count(b"\n")
            remaining -= len(chunk)
    return count


def block_lines(f, start, end):
    """The lines that start in [start, end), newline included."""
    f.seek(max(start - 1, 0))
    if start > 0 and f.read(1) != b"\n":
        f.readline()  # The rest of a line that began in the block before.
    while f.tell() < end:
        line = f.readline()
        if not line:
            return
        yield line if line.endswith(b"\n") else line + b"\n"


def extract_block(task):
    """Pipes one block through the binary into its part file (on a worker)."""
    fs, path, start, end = task["fs"], task["path"], task["start"], task["end"]
    out_fs, part = task["out_fs"], task["part"]
    hidden = part.rsplit("/", 1)
    hidden = hidden[0] + "/." + hidden[1] + ".tmp"
    process = subprocess.Popen(task["command"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    fed = {"articles": 0, "error": None}

    def feed():
        try:
            with fs.open(path, "rb") as f:
                for line in block_lines(f, start, end):
                    if line.strip(b" \t\r\n"):  # stancekb skips blank lines.
                        fed["articles"] += 1
                    process.stdin.write(line)
        except BrokenPipeError as error:
            fed["error"] = error
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    errors = []
    threads = [threading.Thread(target=feed),
               threading.Thread(target=lambda: errors.extend(process.stderr.read().decode(errors="replace")
                                                             .splitlines()))]
    for thread in threads:
        thread.start()
    written = 0
    with out_fs.open(hidden, "wb") as out:
        while chunk := process.stdout.read(COPY_BYTES):
            written += chunk.count(b"\n")
            out.write(chunk)
    for thread in threads:
        thread.join()
    status = process.wait()
    bad_pattern = re.compile(r"^stancekb: " + re.escape(task["name"]) + r":\d+")
    bad = [line[len("stancekb: "):] for line in errors if bad_pattern.match(line)]
    if status not in (0, 1) or fed["error"] or written + len(bad) != fed["articles"]:
        out_fs.rm(hidden)
        raise RuntimeError(f"{task['name']} bytes {start}-{end}: {task['command'][0]} exited with {status} after "
                           f"{written} of {fed['articles']} articles: " + " | ".join(errors[-5:]))
    out_fs.mv(hidden, part)
    return {"articles": written, "bad": bad}


def plan_tasks(args, fs, feeds, workers):
    """One task per block of each feed, numbered in feed order."""
    total = sum(size for _, _, size in feeds)
    block_size = args.block_size or min(MAX_BLOCK_BYTES,
                                        max(MIN_BLOCK_BYTES, math.ceil(total / (BLOCKS_PER_WORKER * workers))))
    out_fs, out_root = fsspec.core.url_to_fs(args.output)
    blocks = [(path, name, start, end) for path, name, size in feeds for start, end in block_ranges(size, block_size)]
    width = max(5, len(str(len(blocks))))
    command = [args.binary, "extract", "--documents", "-"]
    for option in ("lexicon", "date", "source"):
        if getattr(args, option):
            command += ["--" + option, getattr(args, option)]
    tasks = [{"fs": fs, "path": path, "name": name, "start": start, "end": end, "out_fs": out_fs,
              "part": f"{out_root}/part-{index:0{width}d}.jsonl",
              "command": command + ["--stdin-name", name, "--first-line", "1"]}  # number_lines sets the line.
             for index, (path, name, start, end) in enumerate(blocks)]
    return tasks, out_fs, out_root


def number_lines(client, tasks):
    """Sets each task's first line: counts the lines of every block on the workers, then adds them up."""
    counts = client.gather(client.map(lambda t: count_line_starts(t["fs"], t["path"], t["start"], t["end"]),
                                      tasks, pure=False))
    first_line, previous = 1, None
    for task, count in zip(tasks, counts):
        first_line = 1 if task["path"] != previous else first_line
        previous = task["path"]
        task["command"][-1] = str(first_line)
        first_line += count


def run(args, client):
    fs, feeds = list_feeds(args.input)
    workers = max(1, sum(client.nthreads().values()))
    tasks, out_fs, out_root = plan_tasks(args, fs, feeds, workers)
    out_fs.makedirs(out_root, exist_ok=True)
    if out_fs.ls(out_root):
        raise SystemExit(f"distributed_extract: {args.output} is not empty")
    start = time.monotonic()
    number_lines(client, tasks)
    futures = client.map(extract_block, tasks, pure=False, retries=1)
    results = [None] * len(tasks)
    index_of = {future.key: i for i, future in enumerate(futures)}
    for done, future in enumerate(as_completed(futures), 1):
        results[index_of[future.key]] = future.result()
        if sys.stderr.isatty():
            print(f"\rdistributed_extract: {done}/{len(tasks)} parts", end="", file=sys.stderr, flush=True)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    seconds = time.monotonic() - start
    articles = sum(r["articles"] for r in results)
    bad = [message for r in results for message in r["bad"]]
    for message in bad:
        print(f"distributed_extract: skipped {message}", file=sys.stderr)
    print("parts  articles  bad  seconds  articles_per_second")
    print(f"{len(tasks):<6} {articles:<9} {len(bad):<4} {seconds:<8.2f} {articles / seconds if seconds else 0:.0f}")
    return 1 if bad else 0


def main():
    args = parse_arguments()
    if args.scheduler:
        with Client(args.scheduler) as client:
            return run(args, client)
    # One single-threaded process per core: each task runs one extractor.
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        return run(args, client)


if __name__ == "__main__":
    sys.exit(main())
