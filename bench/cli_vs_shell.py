#!/usr/bin/env python3
"""Times whole processes: the stancekb CLI against the sqlite3 shell asking the
same question of the same data, each writing the same CSV rows to a file.

    bench/cli_vs_shell.py ROUNDS STANCEKB WORK_DIR SIZE TOPIC ACTOR AT [QUESTION...]

QUESTION is said, changes or disagree (default: all three).

WORK_DIR holds bench_compare's databases (stancekb-SIZE.db, sqlite-SIZE.db).
Rounds are interleaved (each round runs every command once), as in
ab_time.py, so the machine's drift falls on both sides alike. Prints one
Markdown table row per question: rows, medians in ms, and the shell's time
over stancekb's (above 1: stancekb is faster).
"""
import os
import statistics
import subprocess
import sys
import time

# The shell's SQL gives the CLI's columns, text as the CLI prints it: stance
# names, ISO dates, id, source and quote lists joined with "; ".
STANCE = "CASE stance WHEN 0 THEN 'support' WHEN 1 THEN 'oppose' ELSE 'neutral' END"


def said_sql(topic, actor):
    return (f"SELECT id, actor, topic, {STANCE} AS stance, date(day * 86400, 'unixepoch') AS date, source, quote"
            f" FROM assertion WHERE topic = '{topic}' AND actor = '{actor}' AND status <> 2 ORDER BY actor, day, id")


def position(when):
    support, oppose = f"MAX({when} AND stance = 0)", f"MAX({when} AND stance = 1)"
    return (f"CASE WHEN {support} AND {oppose} THEN 'mixed' WHEN {support} THEN 'support'"
            f" WHEN {oppose} THEN 'oppose' WHEN MAX({when}) THEN 'neutral' END")


def changes_sql(actor):
    return (f"WITH days AS (SELECT actor, topic, day, {position('1')} AS position,"
            " group_concat(id, '; ') AS ids, group_concat(source, '; ') AS sources, group_concat(quote, '; ') AS quotes"
            f" FROM (SELECT * FROM assertion WHERE actor = '{actor}' AND status <> 2 ORDER BY id)"
            " GROUP BY actor, topic, day HAVING MAX(stance <> 2)),"
            " steps AS (SELECT *, LAG(position) OVER w AS prev_position, LAG(day) OVER w AS prev_day,"
            " LAG(ids) OVER w AS prev_ids, LAG(sources) OVER w AS prev_sources, LAG(quotes) OVER w AS prev_quotes"
            " FROM days WINDOW w AS (PARTITION BY actor, topic ORDER BY day))"
            " SELECT actor, topic, prev_position AS from_stance, position AS to_stance,"
            " date(prev_day * 86400, 'unixepoch') AS from_date, date(day * 86400, 'unixepoch') AS to_date,"
            " prev_ids AS from_ids, ids AS to_ids, prev_sources AS from_sources, prev_quotes AS from_quotes,"
            " sources AS to_sources, quotes AS to_quotes FROM steps"
            " WHERE prev_position IS NOT NULL AND prev_position <> position ORDER BY day, actor, topic")


def disagree_sql(topic, at_day):
    # The deciding day: the latest on which the actor took a side, else the
    # latest (bench/sqlite_engine.cc, LatestDays).
    latest = (f"SELECT actor, topic, COALESCE(MAX(CASE WHEN stance <> 2 THEN day END), MAX(day)) AS d"
              f" FROM assertion WHERE topic = '{topic}' AND status <> 2 AND day <= {at_day} GROUP BY topic, actor")
    stance = (f"SELECT last.actor, last.topic, {position('1')} AS position, last.d AS day,"
              " group_concat(a.id, '; ') AS ids, group_concat(a.source, '; ') AS sources,"
              " group_concat(a.quote, '; ') AS quotes"
              f" FROM ({latest}) AS last JOIN (SELECT * FROM assertion ORDER BY id) AS a"
              " ON a.topic = last.topic AND a.actor = last.actor AND a.day = last.d AND a.status <> 2"
              " GROUP BY last.topic, last.actor")
    return (f"WITH s AS ({stance}) SELECT x.actor AS actor_a, y.actor AS actor_b, x.topic, x.position AS stance_a,"
            " y.position AS stance_b, 1 AS count, date(x.day * 86400, 'unixepoch') AS date_a,"
            " date(y.day * 86400, 'unixepoch') AS date_b, x.ids AS ids_a, y.ids AS ids_b, x.sources AS sources_a,"
            " y.sources AS sources_b, x.quotes AS quotes_a, y.quotes AS quotes_b FROM s AS x JOIN s AS y"
            " ON x.actor < y.actor WHERE x.position IN ('support', 'oppose') AND y.position IN ('support', 'oppose')"
            " AND x.position <> y.position ORDER BY x.actor, y.actor")


def run(argv, out_path):
    with open(out_path, "wb") as out:
        start = time.perf_counter()
        code = subprocess.call(argv, stdout=out)
        millis = (time.perf_counter() - start) * 1000
    if code != 0:
        sys.exit(f"exit code {code}: {' '.join(argv)}")
    return millis


def main():
    if len(sys.argv) < 8:
        sys.exit(__doc__)
    rounds, cli, work, size, topic, actor, at = sys.argv[1:8]
    wanted = sys.argv[8:] or ["said", "changes", "disagree"]
    rounds = int(rounds)
    at_day = (int(time.mktime(time.strptime(at, "%Y-%m-%d"))) - time.timezone) // 86400
    kb, db = f"--db {work}/stancekb-{size}.db --format csv", f"{work}/sqlite-{size}.db"
    shell = ["sqlite3", "-readonly", "-csv", "-header", db]
    questions = [
        (f"said --topic --actor", kb.split() + ["said", "--topic", topic, "--actor", actor], said_sql(topic, actor)),
        (f"changes --actor", kb.split() + ["changes", "--actor", actor], changes_sql(actor)),
        (f"disagree --topic --at", kb.split() + ["disagree", "--topic", topic, "--at", at], disagree_sql(topic, at_day)),
    ]
    questions = [q for q in questions if q[0].split()[0] in wanted]
    if not questions:
        sys.exit(__doc__)
    commands = []
    for name, kb_args, sql in questions:
        commands.append((name, [cli] + kb_args, shell + [sql]))
    out = f"{work}/cli-out"
    for name, kb_argv, sql_argv in commands:  # Warm-up: the page cache.
        run(kb_argv, out + ".kb.csv")
        run(sql_argv, out + ".sql.csv")
    times = {name: ([], []) for name, _, _ in commands}
    for _ in range(rounds):
        for name, kb_argv, sql_argv in commands:
            times[name][0].append(run(sql_argv, out + ".sql.csv"))
            times[name][1].append(run(kb_argv, out + ".kb.csv"))
    for name, kb_argv, sql_argv in commands:
        run(kb_argv, out + ".kb.csv")
        rows = sum(1 for _ in open(out + ".kb.csv", "rb")) - 1
        shell_ms, kb_ms = (statistics.median(t) for t in times[name])
        print(f"| {size} | {name} (whole process, CSV to a file) | {rows} | {shell_ms:.1f} ms | {kb_ms:.1f} ms"
              f" | {shell_ms / kb_ms:.2f} |")
    os.remove(out + ".kb.csv")
    os.remove(out + ".sql.csv")


if __name__ == "__main__":
    main()
