"""A pure-Python `kata` module for real Django: the checks API of
engine/mod_kata*.c (see lessons/AUTHORING.md) over django.db.connection, so a
kata's check.py can run unchanged under Django 5.2 (tests/lessons/django_check.py).

It follows the C module's rules: expect() takes only conditions whose truth
no Python class decides, expect_equal() compares builtin values with their
exact types, expect_queries() accepts an int or a tuple of ints, and
statements are attributed to the answer's line. Sentences about SQL are a
shorter version of engine/mod_kata_sql.c's (the harness only needs pass/fail).
"""
import ast
import sys
import traceback

from django.db import connection

ANSWER_FILE = None      # set by the harness: the answer's file name
ANSWER_SRC = None
CHECKS = []             # (message, passed, detail, line)

_BUILTIN_TRUTH = (bool, int, float, str, bytes, list, tuple, dict, set, frozenset, type(None))


def _reset(answer_file, answer_src):
    global ANSWER_FILE, ANSWER_SRC
    ANSWER_FILE = answer_file
    ANSWER_SRC = answer_src
    del CHECKS[:]


def _caller_line():
    f = sys._getframe(2)
    return f.f_lineno


def _record(message, passed, detail, line):
    CHECKS.append((message, bool(passed), None if passed else detail, line))


# ---------------------------------------------------------------- queries

def _kind(sql):
    word = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
    if word in ("SELECT", "INSERT", "UPDATE", "DELETE", "BEGIN", "COMMIT", "ROLLBACK",
                "SAVEPOINT", "RELEASE"):
        return word
    if word == "WITH":
        return "SELECT"
    return "OTHER"


def _plan(sql):
    try:
        rows = connection.connection.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
    except Exception:
        return ""
    depth = {}
    out = []
    for id_, parent, _, detail in rows:
        d = depth.get(parent, -1) + 1
        depth[id_] = d
        out.append("  " * d + detail)
    return "\n".join(out)


class Query:
    __slots__ = ("sql", "kind", "rows", "ms", "line", "file", "failed", "_plan")

    def __init__(self, sql, rows, ms, line, file):
        self.sql = sql
        self.kind = _kind(sql)
        self.rows = rows
        self.ms = ms
        self.line = line
        self.file = file
        self.failed = False
        self._plan = None

    @property
    def plan(self):
        if self._plan is None:
            self._plan = _plan(self.sql)
        return self._plan

    def __repr__(self):
        if self.line:
            return "<Query line %d: %s>" % (self.line, self.sql)
        return "<Query: %s>" % self.sql


def _answer_line():
    for fs in reversed(traceback.extract_stack()):
        if fs.filename == ANSWER_FILE:
            return fs.lineno, fs.filename
    return 0, None


class capture_queries:
    """Records statements as ormkata's tracer does: rows returned (SELECT,
    RETURNING) else rows changed, and the answer's line."""

    def __init__(self):
        self.list = []
        self._pending = []

    def _wrapper(self, execute, sql, params, many, context):
        line, file = _answer_line()
        result = execute(sql, params, many, context)
        cur = context["cursor"]
        self._pending.append((line, file, cur.cursor.rowcount if hasattr(cur, "cursor") else -1))
        return result

    def __enter__(self):
        connection.ensure_connection()
        self._start = len(connection.queries_log)
        self._force = connection.force_debug_cursor
        connection.force_debug_cursor = True
        self._cm = connection.execute_wrapper(self._wrapper)
        self._cm.__enter__()
        return self.list

    def __exit__(self, *exc):
        self._cm.__exit__(*exc)
        connection.force_debug_cursor = self._force
        logged = list(connection.queries_log)[self._start:]
        for i, q in enumerate(logged):
            sql = q["sql"]
            line, file, rowcount = self._pending[i] if i < len(self._pending) else (0, None, -1)
            kind = _kind(sql)
            if kind != "SELECT" and " RETURNING " in sql:
                # Never run a write again to count its rows (it would insert twice).
                rows = rowcount if rowcount and rowcount > 0 else 1
            elif kind == "SELECT":
                try:
                    rows = len(connection.connection.execute(sql).fetchall())
                except Exception:
                    rows = 0
            else:
                rows = rowcount if rowcount and rowcount > 0 else 0
            self.list.append(Query(sql, rows, float(q["time"]) * 1000, line, file))
        return False


def _loads_everything(q):
    s = q.sql
    return (q.kind == "SELECT" and " WHERE " not in s and " LIMIT " not in s and " FROM " in s
            and not any(a in s for a in ("COUNT(", "SUM(", "AVG(", "MAX(", "MIN(")))


def describe_queries(captured, want=None):
    k = len(captured)
    head = "no query ran" if k == 0 else "1 query ran" if k == 1 else "%d queries ran" % k
    if want:
        head += "; this needs " + " or ".join(str(w) for w in want)
    if k == 0:
        return head
    focus = next((q for q in captured if _loads_everything(q)), captured[0])
    return "%s — %s" % (head, focus.sql[:160])


# ---------------------------------------------------------------- checks

def expect(condition, message, detail=None):
    if not isinstance(condition, _BUILTIN_TRUTH) and type(condition).__module__ != "datetime":
        _record(message, False, "the check got a '%s' object where it needs True or False"
                % type(condition).__name__, _caller_line())
        return False
    ok = bool(condition)
    _record(message, ok, detail or "the condition was false", _caller_line())
    return ok


def _strict_equal(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_strict_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return len(a) == len(b) and all(k in b and _strict_equal(v, b[k]) for k, v in a.items())
    return a == b


def expect_equal(actual, expected, message):
    ok = _strict_equal(actual, expected)
    detail = None
    if not ok:
        if type(actual) is not type(expected):
            detail = "got a %s: %.200r; expected a %s" % (type(actual).__name__, actual,
                                                          type(expected).__name__)
        else:
            detail = "got %.200r; expected %.200r" % (actual, expected)
    _record(message, ok, detail, _caller_line())
    return ok


def expect_queries(captured, n, message):
    want = (n,) if isinstance(n, int) else tuple(n)
    ok = len(captured) in want
    _record(message, ok, None if ok else describe_queries(captured, want), _caller_line())
    return ok


def expect_raises(exc, fn, *args, _message=None, **kwargs):
    name = getattr(fn, "__name__", type(fn).__name__)
    ename = exc.__name__ if isinstance(exc, type) else " or ".join(e.__name__ for e in exc)
    message = _message or "%s() raises %s" % (name, ename)
    line = _caller_line()
    try:
        fn(*args, **kwargs)
    except exc as e:
        _record(message, True, None, line)
        return e
    except Exception as e:
        _record(message, False, "%s() raised %s: %s instead of %s" % (name, type(e).__name__, e, ename),
                line)
        return None
    _record(message, False, "%s() returned without raising %s" % (name, ename), line)
    return None


def call_view(view, *args, **kwargs):
    """The view called as Django's handler calls it (DEBUG=False)."""
    from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
    from django.http import Http404
    from django.test import RequestFactory
    from django.views import defaults

    request = RequestFactory().get("/")
    try:
        response = view(request, *args, **kwargs)
    except Http404 as e:
        return defaults.page_not_found(request, e)
    except PermissionDenied as e:
        return defaults.permission_denied(request, e)
    except (BadRequest, SuspiciousOperation) as e:
        return defaults.bad_request(request, e)
    if response is None:
        raise ValueError("The view %s.%s didn't return an HttpResponse object. It returned None "
                         "instead." % (view.__module__, view.__name__))
    return response


# ---------------------------------------------------------------- source inspection

def _tree():
    return ast.parse(ANSWER_SRC)


def _defs():
    out = []

    def collect(body, cls):
        for s in body:
            if isinstance(s, ast.FunctionDef):
                out.append(("%s.%s" % (cls, s.name) if cls else s.name, s))
            elif isinstance(s, ast.ClassDef) and not cls:
                collect(s.body, s.name)
            elif isinstance(s, ast.If):
                collect(s.body, cls)
                collect(s.orelse, cls)
            elif isinstance(s, ast.Try):
                collect(s.body, cls)
                for h in s.handlers:
                    collect(h.body, cls)
                collect(s.orelse, cls)
                collect(s.finalbody, cls)

    collect(_tree().body, None)
    return out


def _find(defs, name):
    for qn, d in reversed(defs):
        if qn == name:
            return d
    return None


def functions():
    return [qn for qn, _ in _defs()]


def _search(fn, name, calls_only, follow=True):
    defs = _defs()
    start = _find(defs, fn)
    if start is None:
        raise ValueError("the answer defines no function '%s'" % fn)
    lines = set()
    seen = set()

    def visit_fn(qn, d):
        seen.add(qn)
        cls = qn.split(".")[0] if "." in qn else None
        nodes = list(d.body) + list(d.decorator_list) + [a for a in d.args.defaults + d.args.kw_defaults if a]
        for top in nodes:
            for n in ast.walk(top):
                if isinstance(n, ast.Call):
                    f = n.func
                    called, line = None, n.lineno
                    if isinstance(f, ast.Name):
                        called = f.id
                    elif isinstance(f, ast.Attribute):
                        called, line = f.attr, f.end_lineno
                    if called is None:
                        continue
                    if calls_only and called == name:
                        lines.add(line)
                    if follow:
                        target = None
                        if isinstance(f, ast.Name):
                            target = called
                        elif cls and isinstance(f.value, ast.Name) and f.value.id == "self":
                            target = "%s.%s" % (cls, called)
                        if target and target not in seen and _find(defs, target) is not None:
                            visit_fn(target, _find(defs, target))
                elif not calls_only:
                    if isinstance(n, ast.Name) and n.id == name:
                        lines.add(n.lineno)
                    elif isinstance(n, ast.Attribute) and n.attr == name:
                        lines.add(n.end_lineno)

    visit_fn(fn, start)
    return sorted(lines)


def calls(fn, name):
    return _search(fn, name, True)


def uses(fn, name):
    return _search(fn, name, False)


def callers(name):
    return [qn for qn, _ in _defs() if _search_direct(qn, name)]


def _search_direct(fn, name):
    return _search(fn, name, True, follow=False)


def is_view(fn):
    d = _find(_defs(), fn)
    if d is None:
        return False
    first = 1 if "." in fn else 0
    return len(d.args.args) > first and d.args.args[first].arg == "request"


def longest_line():
    best, best_line = 0, 0
    for i, line in enumerate(ANSWER_SRC.split("\n"), 1):
        n = len(line.rstrip("\r"))
        if n > best:
            best, best_line = n, i
    return (best_line, best)


def longest_chain():
    best, best_line = 0, 0
    for n in ast.walk(_tree()):
        if not (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)):
            continue
        run, line, k = 0, -1, n
        while isinstance(k, ast.Call) and isinstance(k.func, ast.Attribute):
            ln = k.func.end_lineno
            if ln == line:
                run += 1
            else:
                run, line = 1, ln
            if run > best:
                best, best_line = run, line
            v = k.func.value
            while isinstance(v, (ast.Attribute, ast.Subscript)):
                v = v.value
            k = v
    return (best_line, best)
