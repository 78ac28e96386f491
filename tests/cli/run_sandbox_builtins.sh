#!/bin/sh
# run_sandbox_builtins.sh — the builtins a sandboxed run cannot honour say so
# instead of being missing names: input() prints its prompt and raises
# CPython's EOFError for a closed stdin (a kata run has none), open() raises
# a PermissionError (an OSError, so `except OSError` handlers run) saying
# there are no files, eval()/exec()/compile() a NotImplementedError.
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
exit 0
