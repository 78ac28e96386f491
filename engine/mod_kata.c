/*
 * mod_kata.c — the `kata` module: the checks API a kata's check.py uses,
 * modelled on Django's test tools (CaptureQueriesContext, assertNumQueries,
 * assertRaises, RequestFactory), and the results the grader reads back.
 *
 *   capture_queries()            with-block; yields the list of statements
 *                                run inside (Query objects: .sql .kind .rows
 *                                .ms .line .plan .file)
 *   expect(cond, message, detail=None)
 *   expect_equal(actual, expected, message)   strict: same types throughout
 *   expect_queries(captured, n, message)      n an int or a tuple of ints
 *   expect_raises(exc, fn, *args, _message=None, **kwargs)
 *   call_view(view, *args, **kwargs)          GET request; Http404 → 404 …
 *                                             (_atomic=True: ATOMIC_REQUESTS)
 *   run_interleaved(fn_a, fn_b, order="ab")   two requests, switching at each statement
 *   source inspection (mod_kata_src.c)
 *
 * Hard to fool, by construction: every function is native C, the state
 * (the recorded checks, the copied trace) lives in C behind I->kata and is
 * reachable from Python only through these functions; the module object
 * refuses attribute assignment and hands out a copy of its namespace as
 * __dict__; the Query objects are read-only. A check is recorded only when
 * no frame of the answer's file is on the stack: an answer calling
 * expect() itself gets a failed check instead. Nothing printed counts.
 * expect() accepts only conditions whose truth no Python code decides
 * (bools, numbers, None, builtin containers); expect_equal() compares
 * builtin values structurally in C, so an object whose __eq__ always says
 * True does not pass.
 */
#include "mod_kata.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "db.h"
#include "exc.h"
#include "interp_int.h"
#include "parse.h"

/* ------------------------------------------------------------------ */
/* State                                                               */
/* ------------------------------------------------------------------ */

typedef void (*HookFn)(void *ctx, const DbQuery *q, size_t index);

typedef struct KataState {
    KataCheck *checks;
    size_t n, cap;
    /* the answer */
    const char *modname, *filename, *src;
    size_t src_len;
    Node *tree;
    /* every statement since mod_kata_register, copied (the db trace can be reset) */
    bool hooked;
    DbQuery *seen;
    size_t nseen, capseen;
    HookFn next;
    void *next_ctx;
    bool tampered;
    Class *Query, *Capture, *KataModule;
    Module *mod;
} KataState;

static KataState *kstate(Interp *I)
{
    if (!I->kata)
        I->kata = interp_alloc(I, sizeof(KataState));
    return I->kata;
}

static char *arena_copy(Interp *I, const char *s, size_t n)
{
    return arena_strndup(&I->arena, s, n);
}

/* Append one check; message and detail are copied. */
static void record_check(Interp *I, const char *message, const char *detail, bool passed, int line)
{
    KataState *st = kstate(I);
    if (st->n == st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 16;
        KataCheck *nc = interp_alloc(I, cap * sizeof *nc);
        if (st->n)
            memcpy(nc, st->checks, st->n * sizeof *nc);
        st->checks = nc;
        st->cap = cap;
    }
    KataCheck *c = &st->checks[st->n++];
    c->message = arena_copy(I, message, strlen(message));
    c->detail = passed || !detail ? NULL : arena_copy(I, detail, strlen(detail));
    c->passed = passed;
    c->line = line;
}

static bool is_answer_file(KataState *st, const Str *file)
{
    return st->filename && file && !strcmp(file->s, st->filename);
}

/* The check.py line calling us (the innermost Python frame). */
static int caller_line(Interp *I)
{
    return I->frame ? I->frame->line : 0;
}

/* Refuse a check recorded from the answer's own code: a frame of the
 * answer's file anywhere on the stack. Records a failed check (so the kata
 * fails even if the answer swallows the error) and raises RuntimeError. */
static void guard(Interp *I, const char *fname)
{
    KataState *st = kstate(I);
    if (!st->filename)
        return;
    for (FrameInfo *f = I->frame; f; f = f->back)
        if (is_answer_file(st, f->filename)) {
            if (!st->tampered)
                record_check(I, "The answer leaves the kata's checks alone",
                             "the answer called the checks module itself", false, f->line);
            st->tampered = true;
            exc_raisef(I, I->cls.RuntimeError, "kata.%s() can only be called by the kata's checks", fname);
        }
}

/* ------------------------------------------------------------------ */
/* Public API for the grader                                           */
/* ------------------------------------------------------------------ */

void mod_kata_set_answer(Interp *I, const char *modname, const char *filename, const char *src,
                         size_t len)
{
    KataState *st = kstate(I);
    st->modname = arena_copy(I, modname, strlen(modname));
    st->filename = arena_copy(I, filename, strlen(filename));
    st->src = arena_copy(I, src, len);
    st->src_len = len;
    st->tree = NULL;
}

const KataCheck *mod_kata_results(Interp *I, size_t *n)
{
    KataState *st = I->kata;
    *n = st ? st->n : 0;
    return st ? st->checks : NULL;
}

bool mod_kata_tampered(Interp *I)
{
    KataState *st = I->kata;
    return st && st->tampered;
}

const char *mod_kata_answer_src(Interp *I, size_t *len)
{
    KataState *st = kstate(I);
    *len = st->src_len;
    return st->src;
}

Node *mod_kata_answer_tree(Interp *I)
{
    KataState *st = kstate(I);
    if (!st->src)
        return NULL;
    if (!st->tree) {
        ParseError pe;
        memset(&pe, 0, sizeof pe);
        Node *t = parse_module(I, st->filename, st->src, st->src_len, &pe);
        if (!t)
            exc_raisef(I, I->cls.ValueError, "the answer does not parse: %s (line %d)", pe.msg, pe.line);
        st->tree = t;
    }
    return st->tree;
}

/* The trace hook: keep a private copy of every statement. */
static void on_query(void *ctx, const DbQuery *q, size_t index)
{
    Interp *I = ctx;
    KataState *st = I->kata;
    if (st->nseen == st->capseen) {
        size_t cap = st->capseen ? st->capseen * 2 : 64;
        DbQuery *ns = interp_alloc(I, cap * sizeof *ns);
        if (st->nseen)
            memcpy(ns, st->seen, st->nseen * sizeof *ns);
        st->seen = ns;
        st->capseen = cap;
    }
    st->seen[st->nseen++] = *q;
    if (st->next)
        st->next(st->next_ctx, q, index);
}

void mod_kata_set_trace_hook(Interp *I, HookFn fn, void *ctx)
{
    KataState *st = kstate(I);
    st->next = fn;
    st->next_ctx = ctx;
}

void mod_kata_register(Interp *I)
{
    KataState *st = kstate(I);
    if (!st->hooked) {
        db_set_trace_hook(I, on_query, I);
        st->hooked = true;
    }
    interp_add_module(I, "kata", mod_kata_init);
}

/* Statements so far, from the private copy when hooked, else the db trace. */
static size_t query_count(Interp *I)
{
    KataState *st = kstate(I);
    return st->hooked ? st->nseen : db_trace_count(I);
}

static const DbQuery *query_at(Interp *I, size_t i)
{
    KataState *st = kstate(I);
    if (st->hooked)
        return i < st->nseen ? &st->seen[i] : NULL;
    return db_trace_get(I, i);
}

/* ------------------------------------------------------------------ */
/* Query objects                                                       */
/* ------------------------------------------------------------------ */

typedef struct KQuery {
    Obj hdr;
    DbQuery q;
    Str *plan;          /* NULL until .plan is first read */
    int line;           /* the answer's line, 0 when not from the answer */
} KQuery;

static KQuery *as_query(Interp *I, Value v, const char *what)
{
    KataState *st = kstate(I);
    if (v.tag != V_OBJ || v.u.o->cls != st->Query)
        exc_raisef(I, I->cls.TypeError, "%s: expected a query from capture_queries(), not '%s'", what,
                   type_name(I, v));
    return (KQuery *)v.u.o;
}

static Value q_sql(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_obj(as_query(I, argv[0], "sql")->q.sql);
}

static Value q_kind(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return str_value(I, db_kind_name(as_query(I, argv[0], "kind")->q.kind));
}

static Value q_rows(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return int_from_i64(I, as_query(I, argv[0], "rows")->q.rows);
}

static Value q_ms(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_float(as_query(I, argv[0], "ms")->q.ms);
}

static Value q_line(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_int(as_query(I, argv[0], "line")->line);
}

static Value q_failed(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_bool(as_query(I, argv[0], "failed")->q.failed);
}

/* EXPLAIN QUERY PLAN of sql on the interpreter's connection, untraced: the
 * detail column of each row, indented two spaces per level of nesting
 * (as the sqlite3 shell draws its tree). "" when SQLite cannot explain it
 * (BEGIN, COMMIT, …). */
static Str *explain(Interp *I, Str *sql)
{
    sqlite3 *db = db_handle(I);
    StrBuf q;
    sb_init(&q, I);
    sb_adds(&q, "EXPLAIN QUERY PLAN ");
    sb_addstr(&q, sql);
    Str *text = sb_finish(&q);
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v2(db, text->s, (int)text->len, &stmt, NULL) != SQLITE_OK || !stmt) {
        sqlite3_finalize(stmt);
        return I->names.empty;
    }
    enum { MAXN = 64 };
    int ids[MAXN], depth[MAXN], n = 0;
    StrBuf out;
    sb_init(&out, I);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        int id = sqlite3_column_int(stmt, 0), parent = sqlite3_column_int(stmt, 1);
        const char *detail = (const char *)sqlite3_column_text(stmt, 3);
        int d = 0;
        for (int i = 0; i < n; i++)
            if (ids[i] == parent)
                d = depth[i] + 1;
        if (n < MAXN) {
            ids[n] = id;
            depth[n] = d;
            n++;
        }
        if (out.len)
            sb_addc(&out, '\n');
        for (int i = 0; i < d; i++)
            sb_adds(&out, "  ");
        sb_adds(&out, detail ? detail : "");
    }
    sqlite3_finalize(stmt);
    return sb_finish(&out);
}

static Value q_plan(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    KQuery *k = as_query(I, argv[0], "plan");
    if (!k->plan)
        k->plan = explain(I, k->q.sql);
    return v_obj(k->plan);
}

static Value q_file(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    KQuery *k = as_query(I, argv[0], "file");
    return k->q.file ? v_obj(k->q.file) : v_none();
}

static Str *q_repr(Interp *I, Value self)
{
    KQuery *k = (KQuery *)self.u.o;
    if (k->line)
        return str_fmt(I, "<Query line %d: %s>", k->line, k->q.sql->s);
    return str_fmt(I, "<Query: %s>", k->q.sql->s);
}

static Str *q_str(Interp *I, Value self)
{
    return ((KQuery *)self.u.o)->q.sql;
}

static const TypeOps query_ops = { .repr = q_repr, .str = q_str };

static Value make_query(Interp *I, const DbQuery *q)
{
    KataState *st = kstate(I);
    KQuery *k = obj_alloc(I, st->Query, sizeof *k);
    k->q = *q;
    k->line = is_answer_file(st, q->file) ? q->line : 0;
    return v_obj(k);
}

/* ------------------------------------------------------------------ */
/* capture_queries()                                                   */
/* ------------------------------------------------------------------ */

typedef struct KCapture {
    Obj hdr;
    List *list;
    size_t start;
    Str *mark;          /* the sql of the statement before start (reset detection) */
    bool entered, exited;
} KCapture;

static Value capture_queries(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "capture_queries", argc, kw, 0);
    KataState *st = kstate(I);
    KCapture *c = obj_alloc(I, st->Capture, sizeof *c);
    c->list = list_new(I, 0);
    return v_obj(c);
}

static KCapture *as_capture(Interp *I, Value v)
{
    KataState *st = kstate(I);
    if (v.tag != V_OBJ || v.u.o->cls != st->Capture)
        exc_raisef(I, I->cls.TypeError, "expected a capture_queries() object");
    return (KCapture *)v.u.o;
}

static Value cap_enter(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    KCapture *c = as_capture(I, argv[0]);
    if (c->entered)
        exc_raisef(I, I->cls.RuntimeError, "capture_queries() can be entered only once");
    c->entered = true;
    c->start = query_count(I);
    c->mark = c->start ? query_at(I, c->start - 1)->sql : NULL;
    return v_obj(c->list);
}

static Value cap_exit(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    KCapture *c = as_capture(I, argv[0]);
    if (!c->entered || c->exited)
        return v_bool(false);
    c->exited = true;
    size_t n = query_count(I);
    KataState *st = kstate(I);
    if (!st->hooked && (n < c->start || (c->start && query_at(I, c->start - 1)->sql != c->mark))) {
        /* Only without the hook (a plain `ormkata run`): the log was reset inside. */
        if (!st->tampered)
            record_check(I, "The query log is left alone",
                         "the query log was reset (django.db.reset_queries()) inside capture_queries(), "
                         "so its queries cannot be counted", false, caller_line(I));
        st->tampered = true;
        return v_bool(false);
    }
    for (size_t i = c->start; i < n; i++)
        list_append(I, c->list, make_query(I, query_at(I, i)));
    return v_bool(false);
}

/* ------------------------------------------------------------------ */
/* expect(), expect_equal()                                            */
/* ------------------------------------------------------------------ */

/* Whether v's truth is decided by native code only (no Python __bool__/__len__). */
static bool native_truth(Interp *I, Value v)
{
    if (v.tag != V_OBJ)
        return true;
    Class *c = v.u.o->cls;
    return !(c->flags & CLS_PYTHON);
}

static const char *opt_cstr(Interp *I, Value v, const char *what)
{
    if (v_is_unset(v) || v_is_none(v))
        return NULL;
    return v_as_str(I, v, what)->s;
}

/* expect(condition, message, detail=None) → condition as a bool */
static Value kata_expect(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "condition", "message", "detail" };
    Value a[3];
    args_parse(I, "expect", argc, argv, kw, 3, names, 0, 2, a);
    const char *msg = v_as_str(I, a[1], "message")->s;
    const char *detail = opt_cstr(I, a[2], "detail");
    guard(I, "expect");
    bool ok;
    char buf[256];
    if (!native_truth(I, a[0])) {
        snprintf(buf, sizeof buf, "the check got a '%.100s' object where it needs True or False",
                 type_name(I, a[0]));
        detail = buf;
        ok = false;
    } else {
        ok = obj_truthy(I, a[0]);
    }
    record_check(I, msg, detail ? detail : "the condition was false", ok, caller_line(I));
    return v_bool(ok);
}

/* Exact structural equality of builtin values: the same class at every
 * level (True is not 1, 1.0 is not 1), compared natively. Instances of
 * other classes must be of the same class and compare equal. */
/* "a" or "an" before a type name ("an int", "a str"). */
static const char *article(const char *word)
{
    return strchr("aeiouAEIOU", word[0]) && word[0] ? "an" : "a";
}

static bool strict_equal(Interp *I, Value a, Value b, int depth)
{
    if (depth > 100)
        return false;
    Class *ca = class_of(I, a), *cb = class_of(I, b);
    if (ca != cb)
        return false;
    if (ca == I->cls.list || ca == I->cls.tuple) {
        int64_t n;
        const Value *ia, *ib;
        if (ca == I->cls.list) {
            List *la = (List *)a.u.o, *lb = (List *)b.u.o;
            if (la->len != lb->len)
                return false;
            n = la->len;
            ia = la->items;
            ib = lb->items;
        } else {
            Tuple *ta = (Tuple *)a.u.o, *tb = (Tuple *)b.u.o;
            if (ta->len != tb->len)
                return false;
            n = ta->len;
            ia = ta->items;
            ib = tb->items;
        }
        for (int64_t i = 0; i < n; i++)
            if (!strict_equal(I, ia[i], ib[i], depth + 1))
                return false;
        return true;
    }
    if (ca == I->cls.dict) {
        Dict *da = (Dict *)a.u.o, *db = (Dict *)b.u.o;
        if (da->len != db->len)
            return false;
        int64_t pos = 0;
        Value k, v;
        while (dict_next(da, &pos, &k, &v)) {
            Value w = dict_get(I, db, k);
            if (v_is_unset(w) || !strict_equal(I, v, w, depth + 1))
                return false;
        }
        return true;
    }
    if (ca == I->cls.set || ca == I->cls.frozenset) {
        Set *sa = (Set *)a.u.o, *sb = (Set *)b.u.o;
        if (sa->used != sb->used)
            return false;
        int64_t pos = 0;
        Value k;
        while (set_next(sa, &pos, &k))
            if (!set_has(I, sb, k))
                return false;
        return true;
    }
    if (ca == I->cls.float_)
        return a.u.f == b.u.f;
    return obj_eq(I, a, b);
}

/* repr(v) for a message, cut to `max` bytes; the type name when repr fails. */
static Str *short_repr(Interp *I, Value v, size_t max)
{
    volatile Str *r = NULL;
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        r = obj_repr(I, v);
        exc_pop(I, &ef);
    } else {
        exc_clear(I);
        return str_fmt(I, "<%s object>", type_name(I, v));
    }
    Str *s = (Str *)r;
    if ((size_t)s->len <= max)
        return s;
    size_t cut = max;
    while (cut > 0 && ((unsigned char)s->s[cut] & 0xC0) == 0x80)
        cut--;
    return str_fmt(I, "%.*s…", (int)cut, s->s);
}

/* expect_equal(actual, expected, message) → bool */
static Value kata_expect_equal(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "actual", "expected", "message" };
    Value a[3];
    args_parse(I, "expect_equal", argc, argv, kw, 3, names, 0, 3, a);
    const char *msg = v_as_str(I, a[2], "message")->s;
    guard(I, "expect_equal");
    bool ok = strict_equal(I, a[0], a[1], 0);
    Str *detail = NULL;
    if (!ok) {
        if (class_of(I, a[0]) != class_of(I, a[1]))
            detail = str_fmt(I, "got %s %s: %s; expected %s %s", article(type_name(I, a[0])),
                             type_name(I, a[0]), short_repr(I, a[0], 200)->s,
                             article(type_name(I, a[1])), type_name(I, a[1]));
        else
            detail = str_fmt(I, "got %s; expected %s", short_repr(I, a[0], 200)->s,
                             short_repr(I, a[1], 200)->s);
    }
    record_check(I, msg, detail ? detail->s : NULL, ok, caller_line(I));
    return v_bool(ok);
}

/* ------------------------------------------------------------------ */
/* expect_queries()                                                    */
/* ------------------------------------------------------------------ */

/* expect_queries(captured, n, message) → bool. n is an int or a tuple /
 * list of acceptable ints ((1, 2): select_related or prefetch_related). */
static Value kata_expect_queries(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "captured", "n", "message" };
    Value a[3];
    args_parse(I, "expect_queries", argc, argv, kw, 3, names, 0, 3, a);
    const char *msg = v_as_str(I, a[2], "message")->s;
    guard(I, "expect_queries");
    if (!obj_isinstance(I, a[0], I->cls.list))
        exc_raisef(I, I->cls.TypeError, "expect_queries(): captured must be the list capture_queries() gave");
    List *l = (List *)a[0].u.o;
    int64_t k = l->len;
    const DbQuery **qs = interp_alloc(I, (size_t)(k ? k : 1) * sizeof *qs);
    const int *lines = NULL;
    int *ln = interp_alloc(I, (size_t)(k ? k : 1) * sizeof *ln);
    for (int64_t i = 0; i < k; i++) {
        KQuery *q = as_query(I, l->items[i], "expect_queries()");
        qs[i] = &q->q;
        ln[i] = q->line;
    }
    lines = ln;
    int64_t want[16];
    int nwant = 0;
    if (a[1].tag == V_INT) {
        want[nwant++] = a[1].u.i;
    } else if (obj_isinstance(I, a[1], I->cls.tuple) || obj_isinstance(I, a[1], I->cls.list)) {
        List *w = obj_to_list(I, a[1]);
        for (int64_t i = 0; i < w->len && nwant < 16; i++) {
            if (w->items[i].tag != V_INT)
                exc_raisef(I, I->cls.TypeError, "expect_queries(): n must be an int or a tuple of ints");
            want[nwant++] = w->items[i].u.i;
        }
        if (!nwant)
            exc_raisef(I, I->cls.ValueError, "expect_queries(): n is empty");
    } else {
        exc_raisef(I, I->cls.TypeError, "expect_queries(): n must be an int or a tuple of ints");
    }
    bool ok = false;
    for (int i = 0; i < nwant; i++)
        ok |= want[i] == k;
    Str *detail = ok ? NULL : mod_kata_describe_queries(I, qs, lines, (size_t)k, want, nwant);
    record_check(I, msg, detail ? detail->s : NULL, ok, caller_line(I));
    return v_bool(ok);
}

/* describe_queries(captured) → the sentence expect_queries would write
 * about them, for check authors composing their own messages. */
static Value kata_describe(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "describe_queries", argc, kw, 1);
    List *l = obj_to_list(I, argv[0]);
    size_t k = (size_t)l->len;
    const DbQuery **qs = interp_alloc(I, (k ? k : 1) * sizeof *qs);
    int *ln = interp_alloc(I, (k ? k : 1) * sizeof *ln);
    for (size_t i = 0; i < k; i++) {
        KQuery *q = as_query(I, l->items[i], "describe_queries()");
        qs[i] = &q->q;
        ln[i] = q->line;
    }
    return v_obj(mod_kata_describe_queries(I, qs, ln, k, NULL, 0));
}

/* ------------------------------------------------------------------ */
/* expect_raises()                                                     */
/* ------------------------------------------------------------------ */

static bool exc_spec_ok(Interp *I, Value spec)
{
    if (spec.tag != V_OBJ)
        return false;
    if (class_of(I, spec) == I->cls.tuple) {
        Tuple *t = (Tuple *)spec.u.o;
        for (int64_t i = 0; i < t->len; i++)
            if (!exc_spec_ok(I, t->items[i]))
                return false;
        return true;
    }
    Class *tc = class_of(I, spec);
    return (tc == I->cls.type || class_is_subclass(tc, I->cls.type)) &&
           class_is_subclass((Class *)spec.u.o, I->cls.BaseException);
}

static bool exc_spec_matches(Interp *I, Value exc, Value spec)
{
    if (class_of(I, spec) == I->cls.tuple) {
        Tuple *t = (Tuple *)spec.u.o;
        for (int64_t i = 0; i < t->len; i++)
            if (exc_spec_matches(I, exc, t->items[i]))
                return true;
        return false;
    }
    return exc_matches(I, exc, (Class *)spec.u.o);
}

static Str *spec_name(Interp *I, Value spec)
{
    if (class_of(I, spec) == I->cls.tuple) {
        Tuple *t = (Tuple *)spec.u.o;
        StrBuf sb;
        sb_init(&sb, I);
        for (int64_t i = 0; i < t->len; i++) {
            if (i)
                sb_adds(&sb, i + 1 == t->len ? " or " : ", ");
            sb_addstr(&sb, spec_name(I, t->items[i]));
        }
        return sb_finish(&sb);
    }
    return ((Class *)spec.u.o)->name;
}

static Str *callable_name(Interp *I, Value fn)
{
    Value n = obj_getattr_opt(I, fn, I->names.__name__);
    if (v_is_str(I, n))
        return (Str *)n.u.o;
    return str_from_cstr(I, type_name(I, fn));
}

/* expect_raises(exc, fn, *args, _message=None, **kwargs) → the exception
 * fn raised, or None. Any other exception is caught and fails the check;
 * budget overruns are not exceptions and stop the run as always. */
static Value kata_expect_raises(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (argc < 2)
        exc_raisef(I, I->cls.TypeError, "expect_raises() missing required argument: '%s'",
                   argc ? "fn" : "exc");
    guard(I, "expect_raises");
    Value spec = argv[0], fn = argv[1];
    if (!exc_spec_ok(I, spec))
        exc_raisef(I, I->cls.TypeError,
                   "expect_raises(): exc must be an exception class or a tuple of them");
    const char *msg = NULL;
    KwArgs rest = { 0, NULL, NULL };
    if (kw && kw->n) {
        rest.names = interp_alloc(I, (size_t)kw->n * sizeof *rest.names);
        rest.vals = interp_alloc(I, (size_t)kw->n * sizeof *rest.vals);
        for (int i = 0; i < kw->n; i++) {
            if (!strcmp(kw->names[i]->s, "_message")) {
                msg = v_as_str(I, kw->vals[i], "_message")->s;
                continue;
            }
            rest.names[rest.n] = kw->names[i];
            rest.vals[rest.n++] = kw->vals[i];
        }
    }
    Str *fname = callable_name(I, fn);
    Str *ename = spec_name(I, spec);
    if (!msg)
        msg = str_fmt(I, "%s() raises %s", fname->s, ename->s)->s;
    int line = caller_line(I);
    volatile Value caught = v_unset();
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        obj_call(I, fn, argc - 2, argv + 2, rest.n ? &rest : NULL);
        exc_pop(I, &ef);
    } else {
        caught = I->exc;
        exc_clear(I);
    }
    Value e = caught;
    if (v_is_unset(e)) {
        record_check(I, msg, str_fmt(I, "%s() returned without raising %s", fname->s, ename->s)->s,
                     false, line);
        return v_none();
    }
    if (!exc_spec_matches(I, e, spec)) {
        record_check(I, msg,
                     str_fmt(I, "%s() raised %s instead of %s", fname->s, exc_format_line(I, e)->s,
                             ename->s)->s,
                     false, line);
        return v_none();
    }
    record_check(I, msg, NULL, true, line);
    return e;
}

/* ------------------------------------------------------------------ */
/* call_view()                                                         */
/* ------------------------------------------------------------------ */

static const char error_page[] =
    "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>%s</title>\n</head>\n<body>\n"
    "  <h1>%s</h1><p>%s</p>\n</body>\n</html>\n";

static Value import_attr(Interp *I, const char *mod, const char *name)
{
    Module *m = interp_import(I, str_from_cstr(I, mod));
    return obj_getattr_cstr(I, v_obj(m), name);
}

/* The response Django's handler (DEBUG=False, no error templates) gives for
 * exc, or V_UNSET when it is not one it turns into a response. */
static Value error_response(Interp *I, Value exc)
{
    const char *title, *details = "", *cls;
    if (exc_matches(I, exc, (Class *)import_attr(I, "django.http", "Http404").u.o)) {
        title = "Not Found";
        details = "The requested resource was not found on this server.";
        cls = "HttpResponseNotFound";
    } else if (exc_matches(I, exc, (Class *)import_attr(I, "django.core.exceptions", "PermissionDenied").u.o)) {
        title = "403 Forbidden";
        cls = "HttpResponseForbidden";
    } else if (exc_matches(I, exc, (Class *)import_attr(I, "django.core.exceptions", "BadRequest").u.o) ||
               exc_matches(I, exc, (Class *)import_attr(I, "django.core.exceptions", "SuspiciousOperation").u.o)) {
        title = "Bad Request (400)";
        cls = "HttpResponseBadRequest";
    } else {
        return v_unset();
    }
    Str *body = str_fmt(I, error_page, title, title, details);
    return obj_call1(I, import_attr(I, "django.http", cls), v_obj(body));
}

/* call_view(view, *args, **kwargs): view(request, *args, **kwargs) with a
 * GET request for "/" from django.test.RequestFactory, as Django's handler
 * calls it: Http404 becomes a 404 response, PermissionDenied 403,
 * BadRequest/SuspiciousOperation 400; a view returning None raises
 * Django's ValueError; other exceptions propagate. */
/* Remove the keyword `name` from kw (a copy in the arena); its value, or
 * V_UNSET when it was not given. */
static Value take_kw(Interp *I, const KwArgs **kwp, const char *name)
{
    const KwArgs *kw = *kwp;
    if (!kw)
        return v_unset();
    Value found = v_unset();
    KwArgs *out = interp_alloc(I, sizeof *out);
    out->names = interp_alloc(I, sizeof *out->names * (size_t)(kw->n ? kw->n : 1));
    out->vals = interp_alloc(I, sizeof *out->vals * (size_t)(kw->n ? kw->n : 1));
    out->n = 0;
    for (int i = 0; i < kw->n; i++) {
        if (!strcmp(kw->names[i]->s, name)) {
            found = kw->vals[i];
            continue;
        }
        out->names[out->n] = kw->names[i];
        out->vals[out->n] = kw->vals[i];
        out->n++;
    }
    *kwp = out->n ? out : NULL;
    return found;
}

static Value call_view_run(Interp *I, int argc, const Value *argv, const KwArgs *kw, Value atomic_cm);

static Value kata_call_view(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (argc < 1)
        exc_raisef(I, I->cls.TypeError, "call_view() missing required argument: 'view'");
    guard(I, "call_view");
    /* _atomic=True: ATOMIC_REQUESTS, as Django's handler applies it — the
     * view runs in transaction.atomic() unless @non_atomic_requests. */
    Value atomic_opt = take_kw(I, &kw, "_atomic");
    Value atomic_cm = v_unset();
    if (!v_is_unset(atomic_opt) && obj_truthy(I, atomic_opt) &&
        v_is_unset(obj_getattr_opt(I, argv[0], str_intern_cstr(I, "_non_atomic_requests")))) {
        atomic_cm = obj_call0(I, import_attr(I, "django.db.transaction", "atomic"));
        obj_call_method_cstr(I, atomic_cm, "__enter__", 0, NULL);
    }
    return call_view_run(I, argc, argv, kw, atomic_cm);
}

static Value call_view_run(Interp *I, int argc, const Value *argv, const KwArgs *kw, Value atomic_cm)
{
    Value view = argv[0];
    Value rf = obj_call0(I, import_attr(I, "django.test", "RequestFactory"));
    Value req = obj_call_method_cstr(I, rf, "get", 1, (Value[]){ str_value(I, "/") });
    Value *args = interp_alloc(I, (size_t)argc * sizeof *args);
    args[0] = req;
    for (int i = 1; i < argc; i++)
        args[i] = argv[i];
    volatile Value resp = v_unset(), caught = v_unset();
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        resp = obj_call(I, view, argc, args, kw);
        exc_pop(I, &ef);
        if (!v_is_unset(atomic_cm))
            obj_call_method_cstr(I, atomic_cm, "__exit__", 3, (Value[]){ v_none(), v_none(), v_none() });
    } else {
        caught = I->exc;
        if (!v_is_unset(atomic_cm)) {
            /* The block rolls back; the exception then goes to the handler. */
            Value exc = caught;
            exc_clear(I);
            obj_call_method_cstr(I, atomic_cm, "__exit__", 3,
                                 (Value[]){ v_obj(class_of(I, exc)), exc, v_none() });
            I->exc = exc;
        }
        Value r = error_response(I, caught);
        if (v_is_unset(r))
            exc_reraise(I);
        exc_clear(I);
        return r;
    }
    Value r = resp;
    if (v_is_none(r)) {
        Value mod = obj_getattr_opt(I, view, I->names.__module__);
        Str *name = callable_name(I, view);
        bool fbv = class_of(I, view) == I->cls.function;
        exc_raisef(I, I->cls.ValueError,
                   "The view %s.%s%s didn't return an HttpResponse object. It returned None instead.",
                   v_is_str(I, mod) ? ((Str *)mod.u.o)->s : "?",
                   fbv ? name->s : type_name(I, view), fbv ? "" : ".__call__");
    }
    return r;
}

/* run_interleaved(fn_a, fn_b, order="ab"): two calls as two concurrent
 * requests, switching at every SQL statement (django.db's scheduler);
 * (result_a, result_b), an exception instance for a side that raised. */
static Value kata_run_interleaved(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    guard(I, "run_interleaved");
    Value conn = import_attr(I, "django.db", "connection");
    Value fn = obj_getattr_cstr(I, conn, "_run_interleaved");
    return obj_call(I, fn, argc, argv, kw);
}

/* ------------------------------------------------------------------ */
/* The module                                                          */
/* ------------------------------------------------------------------ */

/* The module object refuses assignment and deletion, and gives a copy of
 * its namespace for __dict__ (so vars(kata)[...] = ... changes nothing). */
static void kmod_setattr(Interp *I, Value self, Str *name, Value val)
{
    exc_raisef(I, I->cls.AttributeError, "module 'kata' is read-only (cannot set '%s')", name->s);
}

static Value kmod_getattr(Interp *I, Value self, Str *name)
{
    Module *m = (Module *)self.u.o;
    if (name == I->names.__dict__)
        return v_obj(dict_copy(I, m->dict));
    Value v = dict_get_str(I, m->dict, name);
    if (!v_is_unset(v))
        return v;
    return obj_generic_getattr(I, self, name);
}

static Str *kmod_repr(Interp *I, Value self)
{
    return str_from_cstr(I, "<module 'kata' (built-in)>");
}

static const TypeOps kmod_ops = { .repr = kmod_repr, .getattr = kmod_getattr, .setattr = kmod_setattr };

static const TypeOps capture_ops = { 0 };

Module *mod_kata_init(Interp *I)
{
    KataState *st = kstate(I);
    if (st->mod)
        return st->mod;
    st->Query = class_new_native(I, "Query", "kata", NULL, &query_ops, sizeof(KQuery), 0);
    class_add_getter(I, st->Query, "sql", q_sql);
    class_add_getter(I, st->Query, "kind", q_kind);
    class_add_getter(I, st->Query, "rows", q_rows);
    class_add_getter(I, st->Query, "ms", q_ms);
    class_add_getter(I, st->Query, "line", q_line);
    class_add_getter(I, st->Query, "plan", q_plan);
    class_add_getter(I, st->Query, "file", q_file);
    class_add_getter(I, st->Query, "failed", q_failed);
    st->Capture = class_new_native(I, "capture_queries", "kata", NULL, &capture_ops, sizeof(KCapture), 0);
    class_add_method(I, st->Capture, "__enter__", cap_enter);
    class_add_method(I, st->Capture, "__exit__", cap_exit);
    st->KataModule = class_new_native(I, "module", "builtins", I->cls.module, &kmod_ops, sizeof(Module), 0);

    Module *m = module_new_of(I, st->KataModule, "kata");
    module_add_fn(I, m, "capture_queries", capture_queries);
    module_add_fn(I, m, "expect", kata_expect);
    module_add_fn(I, m, "expect_equal", kata_expect_equal);
    module_add_fn(I, m, "expect_queries", kata_expect_queries);
    module_add_fn(I, m, "expect_raises", kata_expect_raises);
    module_add_fn(I, m, "describe_queries", kata_describe);
    module_add_fn(I, m, "call_view", kata_call_view);
    module_add_fn(I, m, "run_interleaved", kata_run_interleaved);
    module_set(I, m, "Query", v_obj(st->Query));
    mod_kata_src_add(I, m);
    st->mod = m;
    return m;
}
