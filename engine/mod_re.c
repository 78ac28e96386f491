/*
 * mod_re.c — `_re`, the native half of the `re` module (engine/py/re.py):
 * compiling a pattern with engine/regex.c and running it over a str or
 * bytes. re.py builds Pattern, Match, sub templates, split and the cache
 * on the two calls here:
 *
 *   _re.Program.compile(pattern, flags) -> Program, or (message, pos, kind) for
 *       a compile error (kind 0 re.error, 1 OverflowError, 2 ValueError)
 *   Program.exec(string, pos, endpos, mode) -> None, or a tuple of the
 *       2*(groups+1) span ends followed by lastindex (0 for None)
 *   Program.info() -> (flags, groups, (name or None for groups 1..n))
 *
 * The compiled program is copied into the run's arena. The matcher's
 * steps are charged to the run's step budget; when a limit is passed the
 * match stops, its heap stack is freed, and the limit error is raised
 * (so `(a+)+$` against 'a'*40+'b' ends like an infinite loop does).
 */
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "interp_int.h"
#include "mod_re.h"
#include "regex.h"
#include "utf8.h"

typedef struct ProgObj {
    Obj hdr;
    Regex *re;              /* in the arena */
    bool bytes;
    /* a non-ASCII str decoded to code points, kept while it is reused */
    const Str *seen;
    int64_t seen_len;
    const Str *cached;
    int64_t cached_len;
    uint32_t *cached_cp;
} ProgObj;

static ProgObj *prog_self(Interp *I, Value v)
{
    Class *c = class_of(I, v);
    if (!(v.tag == V_OBJ && c->inst_size == sizeof(ProgObj) && !strcmp(c->name->s, "Program")))
        exc_raisef(I, I->cls.TypeError, "descriptor requires a '_re.Program' object");
    return (ProgObj *)v.u.o;
}

/* Code points of a str (for the pattern): in the arena. */
static uint32_t *decode(Interp *I, const Str *s, size_t *n)
{
    uint32_t *cp = interp_alloc(I, (size_t)(s->nchars ? s->nchars : 1) * sizeof *cp);
    size_t i = 0, k = 0;
    while (i < (size_t)s->len)
        cp[k++] = utf8_decode(s->s, &i);
    *n = k;
    return cp;
}

/* Program.compile(pattern, flags), a classmethod */
static Value re_compile(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "compile", argc, kw, 3);
    Class *cls = (Class *)argv[0].u.o;
    int64_t flags = int_as_i64(I, argv[2]);
    Value p = argv[1];
    uint32_t *cp;
    size_t n;
    bool bytes = false;
    if (v_is_str(I, p)) {
        cp = decode(I, (Str *)p.u.o, &n);
    } else if (p.tag == V_OBJ && p.u.o->cls == I->cls.bytes) {
        Bytes *b = (Bytes *)p.u.o;
        n = (size_t)b->len;
        cp = interp_alloc(I, (n ? n : 1) * sizeof *cp);
        for (size_t i = 0; i < n; i++)
            cp[i] = b->s[i];
        bytes = true;
    } else {
        exc_raisef(I, I->cls.TypeError, "first argument must be string or compiled pattern");
    }
    RegexError err;
    Regex *re = regex_compile(cp, n, (int)flags, bytes, &err);
    if (!re) {
        if (err.kind == 3)
            exc_raisef(I, I->cls.MemoryError, "out of memory");
        Tuple *t = tuple_new(I, 3);
        t->items[0] = str_value(I, err.msg);
        t->items[1] = err.pos < 0 ? v_none() : v_int(err.pos);
        t->items[2] = v_int(err.kind);
        return v_obj(t);
    }
    size_t size = regex_size(re);
    void *buf = interp_alloc(I, size);
    Regex *copy = regex_copy(re, buf);
    regex_free(re);
    ProgObj *o = obj_alloc(I, cls, sizeof(ProgObj));
    o->re = copy;
    o->bytes = bytes;
    return v_obj(o);
}

/* Charge the matcher's steps to the run; 1 when a limit is passed. */
static int charge(void *ud, uint64_t steps)
{
    Interp *I = ud;
    I->steps += steps;
    if (I->steps >= I->next_clock_check) {
        if ((I->budget.max_steps && I->steps >= I->budget.max_steps) ||
            (I->budget.max_seconds > 0 && interp_elapsed(I) > I->budget.max_seconds))
            return 1;
        interp_tick_slow(I);    /* no limit passed: only moves the next check */
    }
    return 0;
}

static int64_t clamp(int64_t v, int64_t len)
{
    return v < 0 ? 0 : v > len ? len : v;
}

/* Program.exec(string, pos, endpos, mode) */
static Value prog_exec(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "exec", argc, kw, 5);
    ProgObj *o = prog_self(I, argv[0]);
    Value s = argv[1];
    const void *text;
    int width = 1;
    int64_t len;
    uint32_t *temp = NULL;
    if (v_is_str(I, s)) {
        if (o->bytes)
            exc_raisef(I, I->cls.TypeError, "cannot use a bytes pattern on a string-like object");
        const Str *str = (Str *)s.u.o;
        len = str->nchars;
        if (str->nchars == str->len) {
            text = str->s;
        } else if (o->cached == str && o->cached_len == str->len) {
            text = o->cached_cp;
            width = 4;
        } else {
            bool keep = o->seen == str && o->seen_len == str->len;
            uint32_t *cp = keep ? interp_alloc(I, (size_t)len * sizeof *cp) : malloc((size_t)len * sizeof *cp);
            if (!cp)
                exc_raisef(I, I->cls.MemoryError, "out of memory");
            size_t i = 0, k = 0;
            while (i < (size_t)str->len)
                cp[k++] = utf8_decode(str->s, &i);
            if (keep) {
                o->cached = str;
                o->cached_len = str->len;
                o->cached_cp = cp;
            } else {
                temp = cp;
            }
            o->seen = str;
            o->seen_len = str->len;
            text = cp;
            width = 4;
        }
    } else if (s.tag == V_OBJ && s.u.o->cls == I->cls.bytes) {
        if (!o->bytes)
            exc_raisef(I, I->cls.TypeError, "cannot use a string pattern on a bytes-like object");
        Bytes *b = (Bytes *)s.u.o;
        text = b->s;
        len = b->len;
    } else {
        exc_raisef(I, I->cls.TypeError, "expected string or bytes-like object, got '%s'",
                   class_of(I, s)->name->s);
    }
    int64_t pos = clamp(int_as_i64(I, argv[2]), len);
    int64_t endpos = clamp(int_as_i64(I, argv[3]), len);
    int64_t mode = int_as_i64(I, argv[4]);
    int groups = regex_groups(o->re);
    long *spans = malloc((size_t)(2 * (groups + 1)) * sizeof *spans);
    if (!spans) {
        free(temp);
        exc_raisef(I, I->cls.MemoryError, "out of memory");
    }
    int lastindex = 0;
    int rc = REGEX_NOMATCH;
    if (pos <= endpos)
        rc = regex_exec(o->re, text, width, (size_t)len, (size_t)pos, (size_t)endpos,
                        (int)mode, spans,
                        &lastindex, charge, I, I->budget.max_bytes ? I->budget.max_bytes / 2 : 0);
    free(temp);
    if (rc == REGEX_STOPPED) {
        free(spans);
        interp_tick_slow(I);
        exc_fatal(I, FATAL_TIME, "stopped after %.1f seconds (the time limit) — is there an infinite loop?",
                  I->budget.max_seconds);
    }
    if (rc == REGEX_NOMEM) {
        free(spans);
        exc_fatal(I, FATAL_MEMORY, "stopped: the program needed more than %zu MB of memory (the memory limit)",
                  I->budget.max_bytes >> 20);
    }
    if (rc == REGEX_NOMATCH) {
        free(spans);
        return v_none();
    }
    Tuple *t = tuple_new(I, 2 * (groups + 1) + 1);
    for (int k = 0; k < 2 * (groups + 1); k++)
        t->items[k] = v_int(spans[k]);
    t->items[2 * (groups + 1)] = v_int(lastindex);
    free(spans);
    return v_obj(t);
}

/* Program.info() */
static Value prog_info(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "info", argc, kw, 1);
    ProgObj *o = prog_self(I, argv[0]);
    int groups = regex_groups(o->re);
    Tuple *names = tuple_new(I, groups);
    for (int g = 1; g <= groups; g++) {
        const char *nm = regex_group_name(o->re, g);
        names->items[g - 1] = nm ? str_value(I, nm) : v_none();
    }
    Tuple *t = tuple_new(I, 3);
    t->items[0] = v_int(regex_flags(o->re));
    t->items[1] = v_int(groups);
    t->items[2] = v_obj(names);
    return v_obj(t);
}

Module *mod_re_init(Interp *I)
{
    Module *m = module_new(I, "_re");
    static const TypeOps ops = {0};
    Class *prog = class_new_native(I, "Program", "_re", NULL, &ops, sizeof(ProgObj), 0);
    class_add_method(I, prog, "exec", prog_exec);
    class_add_method(I, prog, "info", prog_info);
    class_add_classmethod(I, prog, "compile", re_compile);
    module_set(I, m, "Program", v_obj(prog));
    return m;
}
