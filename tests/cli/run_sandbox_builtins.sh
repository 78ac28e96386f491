#!/bin/sh
# run_sandbox_builtins.sh — the builtins a sandboxed run cannot honour say so
# instead of being missing names: input() prints its prompt and raises
# CPython's EOFError for a closed stdin (a kata run has none), open() raises
# a PermissionError (an OSError, so `except OSError` handlers run) saying
# there are no files, eval()/exec()/compile() a NotImplementedError. A
# module the sandbox leaves out on purpose (threading, subprocess, sqlite3)
# is CPython's ModuleNotFoundError with a note (__notes__, printed under
# the message) saying why and what to use instead.
#
# Usage (from the repository root): tests/cli/run_sandbox_builtins.sh
#   ORMKATA  the binary (default ./ormkata)
# Exits 1 with a message on failure.
set -eu
ORMKATA=${ORMKATA:-./ormkata}
[ -x "$ORMKATA" ] || { echo "SKIP no binary $ORMKATA"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "run_sandbox_builtins: $*" >&2; exit 1; }

cat > "$tmp/p.py" <<'PY'
for name, call in (("input", lambda: input("Name? ")), ("open", lambda: open("notes.txt", "w")),
                   ("eval", lambda: eval("1 + 1")), ("exec", lambda: exec("x = 1")),
                   ("compile", lambda: compile("1", "<s>", "eval"))):
    try:
        call()
    except OSError as e:
        print("|", name, "OSError", type(e).__name__, e)
    except Exception as e:
        print("|", name, type(e).__name__, e)
PY
out=$("$ORMKATA" run "$tmp/p.py") || fail "the program failed: $out"
want='Name? | input EOFError EOF when reading a line
| open OSError PermissionError [Errno 13] Permission denied: '"'notes.txt'"' (kata Python programs run in a sandbox without files)
| eval NotImplementedError eval() is not available in kata Python: write the code itself instead of a string
| exec NotImplementedError exec() is not available in kata Python: write the code itself instead of a string
| compile NotImplementedError compile() is not available in kata Python: write the code itself instead of a string'
[ "$out" = "$want" ] || fail "unexpected output:
$out
wanted:
$want"
# the modules left out on purpose: the note, caught and uncaught
cat > "$tmp/m.py" <<'PY'
def show(name, e):
    print(name, "|", e, "|", getattr(e, "__notes__", ["(no note)"])[0][:40])
try:
    import threading
except ImportError as e:
    show("threading", e)
try:
    import concurrent.futures
except ImportError as e:
    show("concurrent.futures", e)
try:
    from subprocess import run
except ImportError as e:
    show("subprocess", e)
try:
    import sqlite3
except ImportError as e:
    show("sqlite3", e)
try:
    import no_such_module_q
except ImportError as e:
    show("no_such_module_q", e)
import threading
PY
out=$("$ORMKATA" run "$tmp/m.py" 2> "$tmp/m.err") && fail "import threading did not fail"
want="threading | No module named 'threading' | ormkata runs your program in one thread:
concurrent.futures | No module named 'concurrent' | ormkata runs your program in one thread:
subprocess | No module named 'subprocess' | ormkata's sandbox has no processes, file
sqlite3 | No module named 'sqlite3' | ormkata's sandbox reaches its SQLite dat
no_such_module_q | No module named 'no_such_module_q' | (no note)"
[ "$out" = "$want" ] || fail "unexpected output:
$out
wanted:
$want"
tail -n 2 "$tmp/m.err" | head -n 1 | grep -qx "ModuleNotFoundError: No module named 'threading'" ||
    fail "the traceback does not end with the error and its note: $(cat "$tmp/m.err")"
tail -n 1 "$tmp/m.err" | grep -q "^ormkata runs your program in one thread: threads, processes and asyncio" ||
    fail "no note under the uncaught error: $(cat "$tmp/m.err")"
exit 0
