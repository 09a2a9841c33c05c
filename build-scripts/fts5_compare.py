#!/usr/bin/env python3
"""PrepDesk's search beside SQLite FTS5 on the same workspace and query file (issue 3).

Loads every note of a workspace into two FTS5 tables in a temp dir (one with the `porter unicode61`
tokenizer, as a note app such as Joplin would set it up, one with `trigram`, so CJK text gets a fair
chance), translates each line of the query file from PrepDesk's query language (DESIGN §4) into FTS5
MATCH syntax, and times a top-20 query with snippets the way `prepdesk bench --query-file` times its
own: a warm-up round, then 5 rounds. Then runs PrepDesk's bench and search on the same workspace
and prints one table side by side, plus each query's hit count in each engine.

Standard library only. Never writes into the workspace itself (PrepDesk may refresh its own derived
index under .prepdesk/ when it opens the workspace, as it always does).
"""

import argparse
import json
import math
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata

ROUNDS = 5
TOP = 20
# PrepDesk's `search --limit` maximum; Lucene counts hits exactly up to 1000, so PrepDesk's count is a
# lower bound there.
PREPDESK_HIT_CAP = 1000

# Columns of both FTS5 tables, and the bm25 weight of each: PrepDesk's field boosts (NoteField): title 4,
# cue 3, body and STAR fields 1, section path 0.5. `id` is stored only.
COLUMNS = ["id", "title", "cue", "body", "situation", "task", "action", "result", "section", "tag", "kind"]
WEIGHTS = [0, 4, 3, 1, 1, 1, 1, 1, 0.5, 1, 1]
# Where PrepDesk looks for a plain word: the note's text and its section path, not tags or kind
# (`id` is not indexed).
PLAIN_COLUMNS = "-{tag kind}"
TEXT_FIELDS = {"title", "cue", "body", "situation", "task", "action", "result", "section"}

ENGINES = {
    # unicode61 with the porter stemmer on top ("cached" finds "caching"); diacritics folded.
    "porter": "porter unicode61 remove_diacritics 2",
    # every 3-character sequence: substring search, the usual FTS5 answer for CJK.
    "trigram": "trigram",
}

# Lucene's English stop words (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), which PrepDesk makes optional
# next to other words.
STOP_WORDS = set("a an and are as at be but by for if in into is it no not of on or such that the their "
                 "then there these they this to was will with".split())

KINDS = [("talking-point", "Talking point", "TALKING_POINT"), ("story", "Story", "STORY"),
         ("question", "Likely question", "QUESTION"), ("ask", "Question to ask", "ASK"),
         ("note", "Note", "NOTE")]

MAX_QUERY_CHARS = 1000
MAX_UNITS = 24


class Failure(Exception):
    """A problem to report in one line, exit status 2."""


# ---------------------------------------------------------------- the workspace

def load_notes(workspace):
    """Every note as a row of COLUMNS, and how many files did not parse."""
    sections = {}
    for name in sorted(os.listdir(os.path.join(workspace, "sections"))) \
            if os.path.isdir(os.path.join(workspace, "sections")) else []:
        if name.endswith(".json"):
            try:
                with open(os.path.join(workspace, "sections", name), encoding="utf-8") as f:
                    s = json.load(f)
                sections[s["id"]] = (s.get("parent"), s.get("title", ""))
            except (OSError, ValueError, KeyError, TypeError):
                pass

    paths = {}

    def path_of(sid):
        if sid in paths:
            return paths[sid]
        titles, seen, cur = [], set(), sid
        while cur in sections and cur not in seen:   # a cycle in bad data ends the walk
            seen.add(cur)
            parent, title = sections[cur]
            titles.append(title)
            cur = parent
        paths[sid] = " / ".join(reversed(titles))
        return paths[sid]

    rows, bad = [], 0
    notes_dir = os.path.join(workspace, "notes")
    for name in sorted(os.listdir(notes_dir)):
        if not name.endswith(".json"):
            continue
        try:
            with open(os.path.join(notes_dir, name), encoding="utf-8") as f:
                n = json.load(f)
            star = n.get("star") or {}
            rows.append((n["id"], n.get("title", ""), "\n".join(n.get("cues") or []), n.get("body", ""),
                         star.get("situation", ""), star.get("task", ""), star.get("action", ""),
                         star.get("result", ""), path_of(n.get("section")), "\n".join(n.get("tags") or []),
                         n.get("kind", "")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            bad += 1
    return rows, bad


def build_table(db_path, tokenizer, rows):
    """Creates the FTS5 table in its own file, loads the rows, merges the segments; returns seconds."""
    t0 = time.perf_counter()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    cols = ", ".join(["id UNINDEXED"] + COLUMNS[1:])
    con.execute(f"CREATE VIRTUAL TABLE notes USING fts5({cols}, tokenize = '{tokenizer}')")
    # `ORDER BY rank` then means bm25 with PrepDesk's field weights, and lets FTS5 sort inside the table.
    weights = ", ".join(str(w) for w in WEIGHTS)
    con.execute("INSERT INTO notes(notes, rank) VALUES('rank', ?)", (f"bm25({weights})",))
    with con:
        con.executemany(f"INSERT INTO notes VALUES ({', '.join('?' * len(COLUMNS))})", rows)
    with con:
        con.execute("INSERT INTO notes(notes) VALUES('optimize')")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return time.perf_counter() - t0


# ---------------------------------------------------------------- query translation

def is_cjk(ch):
    c = ord(ch)
    return (0x3040 <= c <= 0x30FF or 0x3400 <= c <= 0x4DBF or 0x4E00 <= c <= 0x9FFF or 0xAC00 <= c <= 0xD7AF
            or 0xF900 <= c <= 0xFAFF or 0x20000 <= c <= 0x2FA1F)


def lex(q):
    """PrepDesk's lexer (QueryTranslator.lex): units (field, text, quoted, excluded, prefix) and 'OR'."""
    q = q[:MAX_QUERY_CHARS]
    out, i, n, negate_next = [], 0, len(q), False
    while i < n and sum(1 for x in out if x != "OR") < MAX_UNITS:
        while i < n and q[i].isspace():
            i += 1
        if i >= n:
            break
        excluded, negate_next = negate_next, False
        if q[i] == "-" and i + 1 < n and not q[i + 1].isspace():
            excluded = True
            i += 1
        field = None
        m = re.match(r"[A-Za-z]{1,11}:", q[i:])
        if m and m.group(0)[:-1].lower() in TEXT_FIELDS | {"tag", "kind"}:
            colon = i + len(m.group(0)) - 1
            if colon + 1 < n and not q[colon + 1].isspace():
                field = m.group(0)[:-1].lower()
                i = colon + 1
        if q[i] == '"':
            close = q.find('"', i + 1)
            end = n if close < 0 else close
            text, quoted = q[i + 1:end], True
            i = n if close < 0 else close + 1
        else:
            end = i
            while end < n and not q[end].isspace():
                end += 1
            text, quoted, i = q[i:end], False, end
        if not quoted and field is None and not excluded:
            if text == "OR":
                out.append("OR")
                continue
            if text == "AND":
                continue
            if text == "NOT":
                negate_next = True
                continue
        # Only the very last thing typed is a prefix: a trailing space ends the word.
        out.append((field, text, quoted, excluded, i >= n and not quoted and not excluded))
    return out


def fts_string(text):
    return '"' + text.replace('"', '""') + '"'


def has_word(text):
    return re.search(r"\w", text) is not None


def prefix_ok(text):
    """PrepDesk's rule: one word of two characters or more (one is enough in CJK), not a stop word."""
    if text.lower() in STOP_WORDS or not re.fullmatch(r"\w+", text):
        return False
    cjk = sum(1 for ch in text if is_cjk(ch))
    return (cjk == 0 and len(text) >= 2) or (cjk == 1 and len(text) == 1)


def kind_clause(text, prefix):
    wanted = text.strip().lower()
    ids = [k for k, label, enum in KINDS
           if wanted in (k, label.lower(), k.replace("-", ""), enum.lower(), k + "s")
           or prefix and wanted and (k.startswith(wanted) or label.lower().startswith(wanted))]
    # A kind that does not exist matches nothing, as in PrepDesk.
    return "kind : (" + " OR ".join(fts_string(k) for k in ids or ["no-such-kind"]) + ")"


def unit_clause(unit, engine):
    """One unit as an FTS5 expression, or None when it has nothing to search for."""
    field, text, quoted, _excluded, prefix = unit
    if field == "kind":
        return kind_clause(text, prefix)
    if not has_word(text):
        return None
    s = fts_string(text.strip() if quoted else text)
    # The trigram table matches substrings, so a word is also its own prefix; with porter the prefix
    # is added beside the exact (stemmed) word.
    if engine == "porter" and prefix and (field == "tag" or prefix_ok(text)):
        s = f"({s} OR {s}*)"
    return f"{field or PLAIN_COLUMNS} : {s}"


def translate(line, engine):
    """The FTS5 MATCH expression for one line of PrepDesk's query language, or None if it cannot be
    expressed (FTS5 has no query that only excludes)."""
    items = lex(line)
    groups, stop, excluded, or_pending = [], [], [], False
    for item in items:
        if item == "OR":
            or_pending = bool(groups)
            continue
        clause = unit_clause(item, engine)
        if clause is None:
            continue
        field, text, quoted, is_excluded, _ = item
        if is_excluded:
            excluded.append(clause)
            continue
        if or_pending:
            groups[-1].append(clause)
            stop[-1] = False
        else:
            groups.append([clause])
            stop.append(field is None and not quoted and text.lower() in STOP_WORDS)
        or_pending = False
    if not groups:
        return None
    # As in PrepDesk, a lone common word next to other words only ranks there; FTS5 has no optional
    # clause, so it is left out.
    any_content = not all(stop)
    parts = [g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")"
             for g, s in zip(groups, stop) if not (any_content and s)]
    expr = " AND ".join(parts)
    for x in excluded:
        expr += " NOT " + x
    return expr


# ---------------------------------------------------------------- timing

def nearest_rank(values, p):
    """Nearest-rank percentile, as PrepDesk's Percentiles."""
    if not values:
        return 0.0
    s = sorted(values)
    return s[max(0, min(len(s) - 1, math.ceil(p * len(s)) - 1))]


def percentiles(values):
    return {"p50": nearest_rank(values, 0.50), "p95": nearest_rank(values, 0.95),
            "p99": nearest_rank(values, 0.99), "count": len(values)}


SEARCH_SQL = ("SELECT id, title, snippet(notes, -1, '[', ']', '…', 16) FROM notes "
              "WHERE notes MATCH ? ORDER BY rank LIMIT %d" % TOP)
# For reference only: the first 20 matches in rowid order, not the best 20. FTS5 scores every match to
# rank (it has no top-k pruning), so this shows what ranking costs it.
UNRANKED_SQL = SEARCH_SQL.replace(" ORDER BY rank", "")


def time_engine(db_path, matches, sql=SEARCH_SQL):
    """Per query: its times over ROUNDS rounds (after a warm-up round) and its full hit count; and the
    milliseconds to open the database and answer the first query."""
    check = sqlite3.connect(db_path)
    for i, m in enumerate(matches):
        try:
            check.execute("SELECT rowid FROM notes WHERE notes MATCH ? LIMIT 1", (m,)).fetchall()
        except sqlite3.Error:
            matches[i] = None   # never seen; reported as not expressible rather than ending the run
    check.close()
    runnable = [m for m in matches if m is not None]
    t0 = time.perf_counter()
    con = sqlite3.connect(db_path)
    if runnable:
        con.execute(sql, (runnable[0],)).fetchall()
    open_ms = (time.perf_counter() - t0) * 1000   # as PrepDesk's openMillis: open + the first query
    for m in runnable:   # warm-up, and the statement is prepared once
        con.execute(sql, (m,)).fetchall()
    times = {i: [] for i, m in enumerate(matches) if m is not None}
    for _ in range(ROUNDS):
        for i, m in enumerate(matches):
            if m is None:
                continue
            t0 = time.perf_counter()
            con.execute(sql, (m,)).fetchall()
            times[i].append((time.perf_counter() - t0) * 1000)
    hits = {i: con.execute("SELECT count(*) FROM notes WHERE notes MATCH ?", (m,)).fetchone()[0]
            for i, m in enumerate(matches) if m is not None}
    con.close()
    return times, hits, open_ms


# ---------------------------------------------------------------- PrepDesk

def run_prepdesk(launcher, args):
    p = subprocess.run([launcher] + args, capture_output=True, text=True, encoding="utf-8")
    if p.returncode != 0:
        lines = [x for x in p.stderr.splitlines() if x.strip()]
        raise Failure("prepdesk " + args[0] + " failed: " + (lines[-1] if lines else f"exit {p.returncode}"))
    return p


def prepdesk_bench(launcher, workspace, query_file):
    p = run_prepdesk(launcher, ["bench", "--workspace", workspace, "--query-file", query_file, "--json"])
    try:
        return json.loads(p.stdout)
    except ValueError:
        raise Failure("prepdesk bench printed no JSON")


def prepdesk_hits(launcher, workspace, line):
    """Hits for one query (a lower bound at the cap), and the typo-corrected query if it fell back."""
    p = run_prepdesk(launcher, ["search", "--workspace", workspace, "--json", "--limit", str(PREPDESK_HIT_CAP),
                                "--", line])
    try:
        n = len(json.loads(p.stdout))
    except ValueError:
        raise Failure(f"prepdesk search printed no JSON for the query {line!r}")
    m = re.search(r"showing results for: (.*)", p.stderr)
    return {"hits": n, "capped": n >= PREPDESK_HIT_CAP, "typoFallback": m.group(1) if m else None}


def prepdesk_rebuild(launcher, workspace, scratch):
    """PrepDesk's full index rebuild from the files, on a copy of the workspace (the original is left
    alone): the seconds `prepdesk reindex` reports (workspace load + rebuild, JVM start excluded), and
    the size of the fresh index."""
    copy = os.path.join(scratch, "workspace-copy")
    shutil.copytree(workspace, copy, ignore=lambda d, names: [".prepdesk"] if d == workspace else [])
    try:
        p = run_prepdesk(launcher, ["reindex", "--workspace", copy])
        m = re.search(r"in ([0-9.]+) s", p.stdout)
        return (float(m.group(1)) if m else None), dir_size(os.path.join(copy, ".prepdesk", "index")) / 2**20
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def dir_size(path):
    total = 0
    for root, _dirs, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(root, f))
            except OSError:
                pass
    return total


# ---------------------------------------------------------------- report

def fmt_hits(h):
    if h is None:
        return "n/a"
    if isinstance(h, dict):
        s = (">=" if h["capped"] else "") + str(h["hits"])
        return s + " (typo)" if h["typoFallback"] else s
    return str(h)


def width(text):
    """Columns the text takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text, w):
    return text + " " * max(0, w - width(text))


def print_table(r):
    e = r["engines"]
    names = ["prepdesk", "fts5Porter", "fts5Trigram", "fts5PorterUnranked"]
    heads = ["PrepDesk (Lucene)", "FTS5 porter", "FTS5 trigram", "porter, unranked"]
    print(f"workspace: {r['notes']} notes; {r['queryCount']} queries from {r['queryFile']}; "
          f"{ROUNDS} rounds after a warm-up; top {TOP} with snippets")
    print(f"load avg at start: {r['loadAverage']}")
    print()
    print(f"{'':28}" + "".join(f"{h:>20}" for h in heads))

    def row(label, key, unit, digits):
        cells = []
        for n in names:
            v = e[n].get(key)
            cells.append(f"{'-' if v is None else f'{v:.{digits}f} {unit}':>20}")
        print(f"{label:28}" + "".join(cells))

    row("query p50", "p50", "ms", 2)
    row("query p95", "p95", "ms", 2)
    row("query p99", "p99", "ms", 2)
    row("build from files", "buildSeconds", "s", 1)
    row("index size on disk", "indexMB", "MB", 1)
    row("open + first query", "openMillis", "ms", 1)
    print()
    print("Build: from the JSON files. PrepDesk: `prepdesk reindex` on a copy of the workspace (its own"
          " timing: loading the workspace + rebuilding, JVM start excluded); FTS5: reading the JSON in Python,"
          " inserting in one transaction, then 'optimize'. Unranked: the porter table's first 20 matches in"
          " rowid order (no ORDER BY), not the best 20 - for reference only.")
    print()
    w = max(width(q["query"]) for q in r["queries"]) + 2
    w = min(max(w, 8), 34)
    print(f"{'query':{w}}{'PrepDesk':>12}{'porter':>9}{'trigram':>9}{'p50 porter':>12}{'p50 trigram':>13}"
          "   FTS5 MATCH (porter)")
    for q in r["queries"]:
        text = q["query"]
        shown = text.rstrip() + "·" * (len(text) - len(text.rstrip()))
        pp = q["porter"]
        tt = q["trigram"]
        p50p = "-" if pp["p50"] is None else f"{pp['p50']:.2f}"
        p50t = "-" if tt["p50"] is None else f"{tt['p50']:.2f}"
        print(f"{pad(shown, w)}{fmt_hits(q['prepdesk']):>12}{fmt_hits(pp['hits']):>9}{fmt_hits(tt['hits']):>9}"
              f"{p50p:>12}{p50t:>13}   {pp['match'] or '(not expressible)'}")
    print()
    print("· marks a trailing space (the word is complete: no prefix). >=N: PrepDesk counts exactly up to"
          f" {PREPDESK_HIT_CAP}. (typo): PrepDesk found nothing and showed a typo-corrected search.")


def rounded(v):
    if isinstance(v, float):
        return round(v, 3)
    if isinstance(v, dict):
        return {k: rounded(x) for k, x in v.items()}
    if isinstance(v, list):
        return [rounded(x) for x in v]
    return v


def parse_args(argv, default_query_file):
    class Parser(argparse.ArgumentParser):
        def error(self, message):
            raise Failure(message)

    p = Parser(prog="compare-fts5", description="PrepDesk's search beside SQLite FTS5 on the same notes and queries.")
    p.add_argument("--workspace", required=True, metavar="DIR", help="an existing PrepDesk workspace")
    p.add_argument("--query-file", default=default_query_file, metavar="FILE",
                   help="queries in PrepDesk's language, one a line (default: the benchmark's fixed file)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of the tables")
    p.add_argument("--keep-db", metavar="DIR", help="leave the two FTS5 databases in DIR (new or empty)")
    p.add_argument("--no-prepdesk", action="store_true", help="time FTS5 only (no PrepDesk bench or hit counts)")
    p.add_argument("--launcher", default=os.environ.get("PREPDESK_LAUNCHER"), help=argparse.SUPPRESS)
    return p.parse_args(argv)


def progress(msg):
    print("compare-fts5: " + msg, file=sys.stderr, flush=True)


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    a = parse_args(argv, os.path.join(repo, "src", "test", "resources", "bench", "queries.txt"))
    launcher = a.launcher or os.path.join(here, "prepdesk")
    ws = os.path.abspath(a.workspace)
    if not os.path.isdir(ws):
        raise Failure(f"no such workspace: {a.workspace}")
    if not os.path.isfile(os.path.join(ws, "prepdesk.json")) or not os.path.isdir(os.path.join(ws, "notes")):
        raise Failure(f"not a PrepDesk workspace (no prepdesk.json and notes/): {a.workspace}")
    if not os.path.isfile(a.query_file):
        raise Failure(f"no such query file: {a.query_file}")
    with open(a.query_file, encoding="utf-8") as f:
        # Lines as PrepDesk's bench reads them: blank ones skipped, trailing spaces kept (they matter).
        queries = [x.rstrip("\r\n") for x in f if x.strip()]
    if not queries:
        raise Failure(f"the query file has no queries: {a.query_file}")
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
    except sqlite3.Error as e:
        raise Failure(f"this Python's SQLite ({sqlite3.sqlite_version}) lacks FTS5 with trigram: {e}")
    if a.keep_db:
        db_dir = os.path.abspath(a.keep_db)
        if db_dir == ws or db_dir.startswith(ws + os.sep):
            raise Failure("--keep-db must be outside the workspace")
        if os.path.exists(db_dir) and (not os.path.isdir(db_dir) or os.listdir(db_dir)):
            raise Failure(f"--keep-db wants a new or empty folder: {a.keep_db}")
        os.makedirs(db_dir, exist_ok=True)
    else:
        db_dir = tempfile.mkdtemp(prefix="prepdesk-fts5-")

    load = os.getloadavg()
    result = {"notes": 0, "queryFile": a.query_file, "queryCount": len(queries),
              "loadAverage": " ".join(f"{x:.2f}" for x in load), "sqlite": sqlite3.sqlite_version,
              "engines": {}, "queries": []}
    try:
        progress("reading the notes")
        t0 = time.perf_counter()
        rows, bad = load_notes(ws)
        read_seconds = time.perf_counter() - t0
        result["notes"] = len(rows)
        result["unreadableNotes"] = bad
        per_engine = {}
        per_query_unranked = {}
        for engine, tokenizer in ENGINES.items():
            path = os.path.join(db_dir, f"fts5-{engine}.db")
            progress(f"building the {engine} table ({tokenizer})")
            secs = build_table(path, tokenizer, rows)
            matches = [translate(q, engine) for q in queries]
            progress(f"timing {len(queries)} queries on the {engine} table")
            times, hits, open_ms = time_engine(path, matches)
            all_times = [t for ts in times.values() for t in ts]
            key = "fts5Porter" if engine == "porter" else "fts5Trigram"
            # count: queries, as PrepDesk's bench reports it (each timed ROUNDS times)
            result["engines"][key] = dict(percentiles(all_times), count=len(times), tokenizer=tokenizer,
                                          readSeconds=read_seconds,
                                          buildSeconds=read_seconds + secs, indexMB=os.path.getsize(path) / 2**20,
                                          openMillis=open_ms)
            per_engine[engine] = (matches, times, hits)
            if engine == "porter":
                progress("timing the same queries unranked (no ORDER BY), for reference")
                u_times, _, u_open = time_engine(path, matches, UNRANKED_SQL)
                result["engines"]["fts5PorterUnranked"] = dict(
                    percentiles([t for ts in u_times.values() for t in ts]), count=len(u_times), openMillis=u_open)
                for i in u_times:
                    per_query_unranked[i] = nearest_rank(u_times[i], 0.5)

        pd_hits = [None] * len(queries)
        if a.no_prepdesk:
            result["engines"]["prepdesk"] = {}
        else:
            progress("running prepdesk bench --query-file")
            b = prepdesk_bench(launcher, ws, a.query_file)
            f = b["queries"]["file"]
            result["engines"]["prepdesk"] = {"p50": f["p50"], "p95": f["p95"], "p99": f["p99"], "count": f["count"],
                                             "openMillis": b["openMillis"]}
            progress("timing prepdesk reindex on a copy of the workspace")
            secs, mb = prepdesk_rebuild(launcher, ws, db_dir)
            result["engines"]["prepdesk"].update(buildSeconds=secs, indexMB=mb)
            progress(f"counting PrepDesk's hits ({len(queries)} searches, one JVM each)")
            pd_hits = [prepdesk_hits(launcher, ws, q) for q in queries]

        for i, q in enumerate(queries):
            entry = {"query": q, "prepdesk": pd_hits[i]}
            for engine in ENGINES:
                matches, times, hits = per_engine[engine]
                entry[engine] = {"match": matches[i], "hits": hits.get(i),
                                 "p50": nearest_rank(times[i], 0.5) if i in times else None}
            entry["porter"]["p50Unranked"] = per_query_unranked.get(i)
            result["queries"].append(entry)
    finally:
        if not a.keep_db:
            shutil.rmtree(db_dir, ignore_errors=True)

    if a.json:
        print(json.dumps(rounded(result), ensure_ascii=False, indent=2))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except Failure as e:
        print(f"compare-fts5: {e}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
