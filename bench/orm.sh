#!/usr/bin/env bash
# bench/orm.sh [ORMKATA] — the ORM rows of `make bench` (issue 3).
#
#  (a) the 66 shared conformance snippets in one `ormkata run` process
#      (per-snippet median and sum, from `run --times`) against Django 5.2's
#      recorded figures on this machine class and against the floor:
#      SQLite itself, from C (bench/sqlite_floor.c), executing the
#      statements Django ran;
#      and a whole `ormkata run` process on one snippet;
#  (b) materializing 5,000 Entry instances against SQLite (from C)
#      stepping the same SELECT and reading every column;
#  (c) peak RSS of (b);
#  (d) Sum over 5,000 entries in the database vs a kata Python loop;
#  (e) the interleaving harness's overhead.
# Prints, never fails the build.
set -u
export LC_ALL=C
cd "$(dirname "$0")/.." || exit 0
BIN=${1:-./ormkata}
CONF=${CONFORMANCE:-../shared/conformance}
PY=${PYTHON:-python3}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/ormkata-orm-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# Django 5.2.18's figures for the same snippets (from the ORM issue).
DJANGO_MEDIAN_US=649
DJANGO_SUM_MS_96=68
DJANGO_PROCESS_S=0.22

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo
echo "== ORM (bench/orm.sh)"
if [ ! -x "$BIN" ] || [ ! -d "$CONF/cases" ]; then
    echo "skipped: needs $BIN and $CONF"
    exit 0
fi
have_py=1
command -v "$PY" > /dev/null 2>&1 || have_py=0

# (a) one process, every snippet
cases=("$CONF"/cases/*.py)
for r in 1 2 3; do
    "$BIN" run --times --json --now 2024-01-15T12:00:00 --fixture "$CONF/fixture.sql" "${cases[@]}" \
        2> "$TMP/times.$r" > /dev/null
done
# per snippet: the median of the three runs
awk -F'\t' '$1 == "time" { print $2, $3 }' "$TMP"/times.* | sort | awk '
    { v[$1] = v[$1] " " $2 }
    END { for (k in v) { n = split(v[k], a, " "); asort_n(a, n); print a[int((n + 1) / 2)] } }
    function asort_n(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t } }' > "$TMP/per_snippet_ms"
n=$(wc -l < "$TMP/per_snippet_ms")
med_ms=$(median < "$TMP/per_snippet_ms")
sum_ms=$(awk '{ s += $1 } END { printf "%.1f", s }' "$TMP/per_snippet_ms")
floor_us=""
FLOOR=${SQLITE_FLOOR:-build/sqlite_floor}
have_floor=0
[ -x "$FLOOR" ] && [ $have_py = 1 ] && have_floor=1
if [ $have_floor = 1 ]; then
    # Django's recorded statements, one per line, by case, for the C floor
    "$PY" - "$CONF/expected-django52.jsonl" > "$TMP/statements" <<'EOF'
import json, sys
for line in open(sys.argv[1]):
    case = json.loads(line)
    print("#case", case.get("file", "?"))
    for sql in case["queries"]:
        print(sql.replace("\\", "\\\\").replace("\n", "\\n"))
EOF
    floor_us=$(for r in 1 2 3; do "$FLOOR" snippets "$CONF/django_schema.sql" "$CONF/fixture.sql" "$TMP/statements"; done | median)
fi
printf '%-44s %10s %12s %12s\n' "" ormkata "Django 5.2" "SQLite floor"
printf '%-44s %8.0f us %9s us %9s us\n' "per-snippet median ($n conformance snippets)" \
    "$(awk -v m="$med_ms" 'BEGIN { print m * 1000 }')" "$DJANGO_MEDIAN_US" "${floor_us:--}"
printf '%-44s %8s ms %9s ms\n' "sum over the $n snippets" "$sum_ms" \
    "$(awk -v s="$DJANGO_SUM_MS_96" -v n="$n" 'BEGIN { printf "%.0f", s * n / 96 }')"
awk -v m="$med_ms" -v d="$DJANGO_MEDIAN_US" -v f="${floor_us:-0}" 'BEGIN {
    us = m * 1000
    printf "  ratios: %.2fx Django (target <= 0.10x)", us / d
    if (f > 0) printf ", %.1fx the SQLite floor (target <= 2x)", us / f
    printf "\n" }'

# whole process on one snippet
one="$CONF/cases/lazy_03_iteration.py"
: > "$TMP/proc"
for i in $(seq 10); do
    t0=$EPOCHREALTIME
    "$BIN" run --fixture "$CONF/fixture.sql" "$one" > /dev/null 2>&1
    t1=$EPOCHREALTIME
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", b - a }' >> "$TMP/proc"
done
proc=$(median < "$TMP/proc")
printf '%-44s %8.1f ms %9.0f ms   (target <= 10 ms)\n' "whole 'ormkata run' process, one snippet" \
    "$(awk -v t="$proc" 'BEGIN { print t * 1000 }')" "$(awk -v t="$DJANGO_PROCESS_S" 'BEGIN { print t * 1000 }')"

# (b) materializing 5,000 Entry instances (kata fixture) vs SQLite stepping
printf 'from blog.models import Entry\n' > "$TMP/a_import.py"
printf 'from blog.models import Entry\nrows = list(Entry.objects.all())\nassert len(rows) == 5000\n' > "$TMP/b_load.py"
: > "$TMP/mat"
for r in 1 2 3 4 5; do
    "$BIN" run --times --max-steps 0 --timeout 0 "$TMP/a_import.py" "$TMP/b_load.py" 2>&1 >/dev/null |
        awk -F'\t' '$1 == "time" { t[++n] = $3 } END { print t[2] - t[1] }' >> "$TMP/mat"
done
mat_ms=$(median < "$TMP/mat")
step_ms=""
if [ $have_floor = 1 ]; then
    "$BIN" fixture > "$TMP/kata.sql" 2> /dev/null
    step_ms=$("$FLOOR" step "$CONF/django_schema.sql" "$TMP/kata.sql" \
        'SELECT "blog_entry"."id", "blog_entry"."blog_id", "blog_entry"."headline", "blog_entry"."body_text", "blog_entry"."pub_date", "blog_entry"."mod_date", "blog_entry"."number_of_comments", "blog_entry"."number_of_pingbacks", "blog_entry"."rating" FROM "blog_entry"' 9)
fi
printf '%-44s %8.1f ms %12s %9s ms' "materialize 5,000 Entry instances" "$mat_ms" "" "${step_ms:--}"
[ -n "$step_ms" ] && awk -v a="$mat_ms" -v b="$step_ms" 'BEGIN { printf "   %.1fx (target <= 2x)", a / b }'
echo

# loading a --fixture file the size of the kata fixture (14,700 INSERTs,
# 2.6 MB): the process minus the same process without --fixture, against
# SQLite executing the same script
if [ $have_floor = 1 ] && [ -s "$TMP/kata.sql" ]; then
    printf 'x = 1\n' > "$TMP/one.py"
    : > "$TMP/load"
    for r in 1 2 3 4 5; do
        t0=$EPOCHREALTIME; "$BIN" run --fixture "$TMP/kata.sql" "$TMP/one.py" > /dev/null 2>&1; t1=$EPOCHREALTIME
        "$BIN" run "$TMP/one.py" > /dev/null 2>&1; t2=$EPOCHREALTIME
        awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN { printf "%.3f\n", ((b - a) - (c - b)) * 1000 }' >> "$TMP/load"
    done
    load_ms=$(median < "$TMP/load")
    sq_load=$("$FLOOR" load "$CONF/django_schema.sql" "$TMP/kata.sql" 5)
    printf '%-44s %8.1f ms %12s %9s ms   %.1fx\n' "--fixture of 14,700 INSERTs (2.6 MB)" "$load_ms" "" "$sq_load" \
        "$(awk -v a="$load_ms" -v b="$sq_load" 'BEGIN { print a / b }')"
fi

# (d) the lesson's number: an aggregation done by the database vs the same
#     done by a kata Python loop over the rows (issue 6)
printf 'from django.db.models import Sum\nfrom blog.models import Entry\nr = Entry.objects.aggregate(n=Sum("number_of_comments"))["n"]\n' > "$TMP/agg_db.py"
printf 'from blog.models import Entry\nr = 0\nfor e in Entry.objects.all():\n    r += e.number_of_comments\n' > "$TMP/agg_py.py"
: > "$TMP/agg"
for r in 1 2 3 4 5; do
    "$BIN" run --times --max-steps 0 --timeout 0 "$TMP/a_import.py" "$TMP/agg_db.py" "$TMP/agg_py.py" 2>&1 >/dev/null |
        awk -F'\t' '$1 == "time" { t[++n] = $3 } END { print t[2] - t[1], t[3] - t[1] }' >> "$TMP/agg"
done
db_ms=$(awk '{ print $1 }' "$TMP/agg" | median)
py_ms=$(awk '{ print $2 }' "$TMP/agg" | median)
printf '%-44s %8.2f ms   vs a Python loop %.1f ms: %.0fx\n' "Sum over 5,000 entries in the database" \
    "$db_ms" "$py_ms" "$(awk -v a="$py_ms" -v b="$db_ms" 'BEGIN { if (b > 0) print a / b; else print 0 }')"

# (e) the interleaving harness (run_interleaved) against the same two
#     calls run one after the other
cat > "$TMP/il_common.py" <<'PYEOF'
from django.db import connection
from django.db.models import F
from bank.models import Account
def transfer():
    a = Account.objects.get(pk=1)
    a.balance = a.balance - 1
    a.save()
    Account.objects.filter(pk=2).update(balance=F("balance") + 1)
PYEOF
{ cat "$TMP/il_common.py"; printf 'for i in range(50):\n    connection._run_interleaved(transfer, transfer)\n'; } > "$TMP/il_inter.py"
{ cat "$TMP/il_common.py"; printf 'for i in range(50):\n    transfer()\n    transfer()\n'; } > "$TMP/il_seq.py"
: > "$TMP/il"
for r in 1 2 3; do
    "$BIN" run --times --max-steps 0 --timeout 0 "$TMP/a_import.py" "$TMP/il_seq.py" "$TMP/il_inter.py" 2>&1 >/dev/null |
        awk -F'\t' '$1 == "time" { t[++n] = $3 } END { print t[2] - t[1], t[3] - t[1] }' >> "$TMP/il"
done
seq_ms=$(awk '{ print $1 }' "$TMP/il" | median)
int_ms=$(awk '{ print $2 }' "$TMP/il" | median)
printf '%-44s %8.2f ms   vs one after the other %.2f ms: %.1fx\n' "run_interleaved, 50 pairs of transfers" \
    "$int_ms" "$seq_ms" "$(awk -v a="$int_ms" -v b="$seq_ms" 'BEGIN { if (b > 0) print a / b; else print 0 }')"

# (c) peak RSS of (b) in one process
if command -v /usr/bin/time > /dev/null 2>&1; then
    rss=$(/usr/bin/time -f '%M' "$BIN" run --max-steps 0 --timeout 0 "$TMP/b_load.py" 2>&1 >/dev/null | tail -n 1)
    printf '%-44s %8s KB\n' "peak RSS, one process loading 5,000 entries" "$rss"
fi
exit 0
