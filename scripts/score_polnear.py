#!/usr/bin/env python3
"""Score stancekb's article extraction against PolNeAR attribution annotations.

Usage:
  score_polnear.py DATA_DIR [--split dev] [--build DIR]          # runs DIR/stancekb extract --format jsonl
  score_polnear.py DATA_DIR [--split dev] --extract "CMD ARGS"   # runs CMD PATH...
  score_polnear.py DATA_DIR [--split dev] --jsonl extract.jsonl  # reads saved output

DATA_DIR is the PolNeAR release (SPLIT/text/*.txt, SPLIT/attributions/*_ANNOTATOR.ann,
brat standoff, offsets in Unicode characters). The extract command gets every
text file of the split as arguments, plus --date (PolNeAR texts carry no header;
the date does not affect attribution) and prints `stancekb extract` JSONL
(the default command is BUILD/stancekb extract --format jsonl, BUILD being
--build, default the repository's build/):
objects with doc, actor_span and content_span ([start, end) UTF-8 byte offsets).

Matching: a system statement matches a gold attribution when its actor span
overlaps the gold Source span and its content span overlaps the gold Content
span (discontinuous spans: any part). Statements repeated per topic count once
(deduplicated by doc, actor span and content span). Gold attributions without
a Source span cannot be matched this way and are left out of recall.

Several annotators per article: precision counts a statement correct when it
matches an attribution of any annotator of that article; recall is computed
over every annotator's attributions (an article annotated twice contributes
both sets), i.e. the expected recall against one annotator.

Cue classes reported separately: "speech" (a speech/communication cue, a colon
cue, or a content that is a direct quote), "internal" (believes, thinks, hopes,
…), and "other" (seems, shows, according to polls, …). The target is on speech.
Standard library only.
"""
import argparse
import collections
import glob
import json
import os
import re
import shlex
import subprocess
import sys

INTERNAL_CUES = re.compile(
    r"\b(believ|think|thought|feel|felt|hope|want|wish|fear|expect|know|knew|worr|wonder|consider|"
    r"suspect|doubt|assum|imagin|understand|understood|realiz|realis|hate|love|like|prefer|intend|plan|"
    r"decid|seem|appear|aware|convinc|concern|skeptic|optimis|pessimis|confident|sure|afraid)", re.I)
SPEECH_CUES = re.compile(
    r"\b(said|say|tell|told|wrote|write|add|ask|not|stat|argu|explain|declar|announc|insist|warn|"
    r"caution|claim|emphasi|echo|remark|underscor|reiterat|refut|dismiss|tweet|continu|acknowledg|suggest|"
    r"repl|respond|recall|conced|predict|admit|complain|testif|stress|urg|indicat|assert|voic|confirm|"
    r"den|reject|mention|inform|contend|point|accus|critic|prais|call|propos|promis|vow|pledg|report|"
    r"jok|observ|conclud|according|interview|speech|statement|comment|describ|defend|question|quot|"
    r"posted|blast|attack|slam|charg|allege|recount|cit|express|advis|pitch|rail|lament|boast|brag|"
    r"insist|told|answer|quip|interject|exclaim|shout|yell|tell|writ)", re.I)
QUOTE_CHARS = "\"“”‘’'«»"


def parse_spans(text):
    spans = []
    for part in text.split(";"):
        begin, end = part.split()
        spans.append((int(begin), int(end)))
    return spans


def read_ann(path):
    """Attributions of one .ann file: dicts with source, cue, content spans and texts."""
    spans, texts, events = {}, {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("T") and len(fields) >= 2:
                label, _, offsets = fields[1].partition(" ")
                spans[fields[0]] = (label, parse_spans(offsets))
                texts[fields[0]] = fields[2] if len(fields) > 2 else ""
            elif line.startswith("E") and len(fields) >= 2:
                events.append(dict(arg.split(":", 1) for arg in fields[1].split()))
    attributions = []
    for event in events:
        def get(role):
            tid = event.get(role)
            return (spans[tid][1], texts[tid]) if tid in spans else ([], "")
        source, _ = get("Source")
        cue, cue_text = get("Cue")
        content, content_text = get("Content")
        attributions.append({"source": source, "cue": cue_text, "content": content, "content_text": content_text})
    return attributions


def cue_class(attribution):
    if attribution["content_text"][:1] in QUOTE_CHARS or attribution["cue"].strip() == ":":
        return "speech"
    if INTERNAL_CUES.search(attribution["cue"]):
        return "internal"
    if SPEECH_CUES.search(attribution["cue"]):
        return "speech"
    return "other"


def overlaps(a, spans):
    return any(a[0] < end and begin < a[1] for begin, end in spans)


def byte_to_char_map(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    offsets = [0] * (len(text.encode("utf-8")) + 1)
    byte = 0
    for index, ch in enumerate(text):
        n = len(ch.encode("utf-8"))
        for k in range(n):
            offsets[byte + k] = index
        byte += n
    offsets[byte] = len(text)
    return offsets


def run_extract(command, text_files, date):
    args = shlex.split(command) + ["--date", date] + text_files
    proc = subprocess.run(args, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):
        sys.exit(f"extract command failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return proc.stdout.splitlines()


def system_statements(lines, text_dir):
    """{doc name: set of (actor char span, content char span)}."""
    by_doc = collections.defaultdict(set)
    char_maps = {}
    for line in lines:
        if not line.strip():
            continue
        item = json.loads(line)
        name = os.path.splitext(os.path.basename(item["doc"]))[0]
        path = os.path.join(text_dir, name + ".txt")
        if name not in char_maps:
            char_maps[name] = byte_to_char_map(path)
        cmap = char_maps[name]
        actor = tuple(cmap[min(x, len(cmap) - 1)] for x in item["actor_span"])
        content = tuple(cmap[min(x, len(cmap) - 1)] for x in item["content_span"])
        by_doc[name].add((actor, content))
    return by_doc


def matches(statement, attribution):
    actor, content = statement
    return overlaps(actor, attribution["source"]) and overlaps(content, attribution["content"])


def score(gold, system):
    correct = total = 0
    for doc, statements in system.items():
        references = [a for annotator in gold.get(doc, []) for a in annotator]
        for statement in statements:
            total += 1
            correct += any(matches(statement, a) for a in references)
    found = collections.Counter()
    expected = collections.Counter()
    for doc, annotators in gold.items():
        for attributions in annotators:
            for a in attributions:
                if not a["source"] or not a["content"]:
                    continue
                cls = cue_class(a)
                hit = any(matches(s, a) for s in system.get(doc, ()))
                for key in (cls, "all"):
                    expected[key] += 1
                    found[key] += hit
    return correct, total, found, expected


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dir")
    parser.add_argument("--split", default="dev")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--build", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build"),
                        help="build directory whose stancekb runs `extract --format jsonl` (default: build/)")
    source.add_argument("--extract", help="extract command instead; text files are appended")
    source.add_argument("--jsonl", help="saved extract output")
    parser.add_argument("--date", default="2016-11-01", help="--date passed to the extract command")
    args = parser.parse_args()

    split_dir = os.path.join(args.data_dir, args.split)
    text_dir = os.path.join(split_dir, "text")
    text_files = sorted(glob.glob(os.path.join(text_dir, "*.txt")))
    gold = collections.defaultdict(list)
    docs = {os.path.splitext(os.path.basename(p))[0] for p in text_files}
    for ann in sorted(glob.glob(os.path.join(split_dir, "attributions", "*.ann"))):
        stem = os.path.splitext(os.path.basename(ann))[0]
        doc = stem.rsplit("_", 1)[0]
        if doc in docs:
            gold[doc].append(read_ann(ann))

    if args.jsonl:
        with open(args.jsonl, encoding="utf-8") as f:
            lines = f.read().splitlines()
    else:
        command = args.extract or shlex.join([os.path.join(args.build, "stancekb"), "extract", "--format", "jsonl"])
        lines = run_extract(command, text_files, args.date)
    system = system_statements(lines, text_dir)
    correct, total, found, expected = score(gold, system)

    precision = correct / total if total else 0.0
    print(f"PolNeAR {args.split}: {len(docs)} articles, {sum(len(v) for v in gold.values())} annotation sets")
    print(f"system statements: {total}, matching a gold attribution: {correct}, precision {precision:.3f}")
    for key in ("speech", "internal", "other", "all"):
        recall = found[key] / expected[key] if expected[key] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{key:9s} gold {expected[key]:5d}  found {found[key]:5d}  recall {recall:.3f}  F1 {f1:.3f}")


if __name__ == "__main__":
    main()
