/*
 * mod_pickle.c — the `pickle` module: dumps writes exactly the bytes
 * CPython 3.11's C pickler writes (protocols 2-5; 4 by default: framing,
 * memo, the short opcodes, batches of 1000), loads reads protocols 0-5 for
 * the supported types. Objects pickle as CPython's copyreg protocol says:
 * natives through their __reduce__ (date, Decimal, …) or a hook registered
 * from C (pickle_register, for the ORM), instances of Python classes as
 * NEWOBJ + BUILD with their __dict__.
 */
#include "mod_pickle.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "interp_int.h"

#define FRAME_TARGET 65536
#define BATCH 1000
#define PK_MAGIC 0x506b6c31u

typedef struct PickleHook {
    struct PickleHook *next;
    Class *cls;
    PickleReduceFn reduce;
    PickleSetStateFn setstate;
} PickleHook;

typedef struct PickleGlobal {
    struct PickleGlobal *next;
    const char *module, *name;
    Value fn;
} PickleGlobal;

typedef struct PickleState {
    uint32_t magic;
    Class *PickleError, *PicklingError, *UnpicklingError;
    PickleHook *hooks;
    PickleGlobal *globals;
} PickleState;

/* ------------------------------------------------------------------ */
/* State                                                               */
/* ------------------------------------------------------------------ */

static PickleState *pk_state(Interp *I)
{
    if (I->cur_native && I->cur_native->data && ((PickleState *)I->cur_native->data)->magic == PK_MAGIC)
        return I->cur_native->data;
    Module *m = interp_import(I, str_intern_cstr(I, "pickle"));
    Value c = dict_get_cstr(I, m->dict, "PickleError");
    if (c.tag == V_OBJ && c.u.o->cls == I->cls.type) {
        PickleState *st = ((Class *)c.u.o)->ext;
        if (st && st->magic == PK_MAGIC)
            return st;
    }
    exc_raisef(I, I->cls.ImportError, "pickle module is not available");
}

void pickle_register(Interp *I, Class *cls, PickleReduceFn reduce, PickleSetStateFn setstate)
{
    PickleState *st = pk_state(I);
    for (PickleHook *h = st->hooks; h; h = h->next)
        if (h->cls == cls) {
            h->reduce = reduce;
            h->setstate = setstate;
            return;
        }
    PickleHook *h = interp_alloc(I, sizeof *h);
    h->cls = cls;
    h->reduce = reduce;
    h->setstate = setstate;
    h->next = st->hooks;
    st->hooks = h;
}

void pickle_register_global(Interp *I, const char *module, const char *name, Value fn)
{
    PickleState *st = pk_state(I);
    PickleGlobal *g = interp_alloc(I, sizeof *g);
    g->module = arena_strndup(&I->arena, module, strlen(module));
    g->name = arena_strndup(&I->arena, name, strlen(name));
    g->fn = fn;
    g->next = st->globals;
    st->globals = g;
}

static PickleHook *find_hook(PickleState *st, Class *c)
{
    for (; c; c = c->base)
        for (PickleHook *h = st->hooks; h; h = h->next)
            if (h->cls == class_seen(c))
                return h;
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Pickler                                                             */
/* ------------------------------------------------------------------ */

typedef struct Pickler {
    Interp *I;
    PickleState *st;
    int proto;
    unsigned char *buf;
    size_t len, cap;
    bool framing;
    size_t frame_start;         /* offset of the 9-byte frame header, or SIZE_MAX */
    Dict *memo;                 /* id(obj) -> memo index */
    int64_t memo_len;
} Pickler;

static void pk_raw(Pickler *p, const void *s, size_t n)
{
    if (p->len + n > p->cap) {
        size_t nc = p->cap ? p->cap * 2 : 256;
        while (nc < p->len + n)
            nc *= 2;
        p->buf = arena_realloc(&p->I->arena, p->buf, p->cap, nc);
        p->cap = nc;
    }
    memcpy(p->buf + p->len, s, n);
    p->len += n;
}

static void pk_write(Pickler *p, const void *s, size_t n)
{
    if (p->framing && p->frame_start == SIZE_MAX) {
        p->frame_start = p->len;
        static const unsigned char hdr[9] = { 0x95 };
        pk_raw(p, hdr, 9);
    }
    pk_raw(p, s, n);
}

/* Close the open frame: fill its length, or drop a header for a frame
 * shorter than 4 bytes (CPython's _Pickler_CommitFrame). */
static void commit_frame(Pickler *p)
{
    if (!p->framing || p->frame_start == SIZE_MAX)
        return;
    size_t flen = p->len - p->frame_start - 9;
    if (flen >= 4) {
        unsigned char *h = p->buf + p->frame_start;
        h[0] = 0x95;
        for (int i = 0; i < 8; i++)
            h[1 + i] = (unsigned char)((uint64_t)flen >> (8 * i));
    } else {
        memmove(p->buf + p->frame_start, p->buf + p->frame_start + 9, flen);
        p->len -= 9;
    }
    p->frame_start = SIZE_MAX;
}

static void opcode_boundary(Pickler *p)
{
    if (p->framing && p->frame_start != SIZE_MAX && p->len - p->frame_start - 9 >= FRAME_TARGET)
        commit_frame(p);
}

static void pk_op(Pickler *p, unsigned char op)
{
    pk_write(p, &op, 1);
}

static void pk_le(Pickler *p, uint64_t v, int n)
{
    unsigned char b[8];
    for (int i = 0; i < n; i++)
        b[i] = (unsigned char)(v >> (8 * i));
    pk_write(p, b, (size_t)n);
}

/* Opcode + length + payload; big payloads bypass the frame as CPython does. */
static void pk_bytes(Pickler *p, const unsigned char *hdr, size_t hn, const void *data, size_t n)
{
    bool bypass = p->framing && n >= FRAME_TARGET;
    if (bypass) {
        commit_frame(p);
        p->framing = false;
    }
    pk_write(p, hdr, hn);
    pk_write(p, data, n);
    if (bypass)
        p->framing = true;
}

static Value memo_key(Value v)
{
    return v_int((int64_t)(intptr_t)v.u.o);
}

static void memo_fresh(Pickler *p);

static void memoize(Pickler *p, Value v)
{
    dict_set(p->I, p->memo, memo_key(v), v_int(p->memo_len));
    memo_fresh(p);
}

/* Memoize an object no one else can refer to (a temporary). */
static void memo_fresh(Pickler *p)
{
    int64_t idx = p->memo_len++;
    if (p->proto >= 4) {
        pk_op(p, 0x94);
    } else if (idx < 256) {
        unsigned char b[2] = { 'q', (unsigned char)idx };
        pk_write(p, b, 2);
    } else {
        pk_op(p, 'r');
        pk_le(p, (uint64_t)idx, 4);
    }
}

static bool memo_get(Pickler *p, Value v)
{
    Value idx = dict_get(p->I, p->memo, memo_key(v));
    if (v_is_unset(idx))
        return false;
    if (idx.u.i < 256) {
        unsigned char b[2] = { 'h', (unsigned char)idx.u.i };
        pk_write(p, b, 2);
    } else {
        pk_op(p, 'j');
        pk_le(p, (uint64_t)idx.u.i, 4);
    }
    return true;
}

static void save(Pickler *p, Value v);

/* Two's complement little-endian bytes of a big int, minimal length. */
static void save_bigint(Pickler *p, Value v)
{
    Interp *I = p->I;
    Str *s = int_to_str(I, v);
    const char *t = s->s;
    bool neg = *t == '-';
    if (neg)
        t++;
    size_t nd = strlen(t);
    /* decimal digits -> base-256 magnitude by repeated division */
    unsigned char *dec = interp_alloc(I, nd + 1);
    for (size_t i = 0; i < nd; i++)
        dec[i] = (unsigned char)(t[i] - '0');
    unsigned char *mag = interp_alloc(I, nd + 2);
    size_t nm = 0, start = 0;
    while (start < nd) {
        unsigned rem = 0;
        for (size_t i = start; i < nd; i++) {
            unsigned cur = rem * 10 + dec[i];
            dec[i] = (unsigned char)(cur / 256);
            rem = cur % 256;
        }
        mag[nm++] = (unsigned char)rem;
        while (start < nd && dec[start] == 0)
            start++;
    }
    /* two's complement */
    unsigned char *out = interp_alloc(I, nm + 2);
    memcpy(out, mag, nm);
    size_t n = nm;
    if (neg) {
        int carry = 1;
        for (size_t i = 0; i < n; i++) {
            int b = (unsigned char)~out[i] + carry;
            out[i] = (unsigned char)b;
            carry = b >> 8;
        }
        if (!(out[n - 1] & 0x80))
            out[n++] = 0xff;
        while (n > 1 && out[n - 1] == 0xff && (out[n - 2] & 0x80))
            n--;
    } else if (out[n - 1] & 0x80) {
        out[n++] = 0;
    }
    if (n < 256) {
        unsigned char h[2] = { 0x8a, (unsigned char)n };
        pk_write(p, h, 2);
    } else {
        pk_op(p, 0x8b);
        pk_le(p, n, 4);
    }
    pk_write(p, out, n);
}

static void save_int(Pickler *p, Value v)
{
    if (v.tag != V_INT && v.tag != V_BOOL) {
        save_bigint(p, v);
        return;
    }
    int64_t x = v.u.i;
    if (x >= 0 && x < 256) {
        unsigned char b[2] = { 'K', (unsigned char)x };
        pk_write(p, b, 2);
    } else if (x >= 0 && x < 65536) {
        pk_op(p, 'M');
        pk_le(p, (uint64_t)x, 2);
    } else if (x >= INT32_MIN && x <= INT32_MAX) {
        pk_op(p, 'J');
        pk_le(p, (uint64_t)x, 4);
    } else {
        /* minimal two's complement */
        unsigned char b[9];
        int n = 0;
        uint64_t u = (uint64_t)x;
        for (int i = 0; i < 8; i++)
            b[i] = (unsigned char)(u >> (8 * i));
        n = 8;
        if (x < 0) {
            while (n > 1 && b[n - 1] == 0xff && (b[n - 2] & 0x80))
                n--;
        } else {
            while (n > 1 && b[n - 1] == 0 && !(b[n - 2] & 0x80))
                n--;
        }
        unsigned char h[2] = { 0x8a, (unsigned char)n };
        pk_write(p, h, 2);
        pk_write(p, b, (size_t)n);
    }
}

static void save_str_raw(Pickler *p, const char *s, size_t n)
{
    if (n < 256 && p->proto >= 4) {
        unsigned char h[2] = { 0x8c, (unsigned char)n };
        pk_bytes(p, h, 2, s, n);
    } else if (n <= 0xffffffffu) {
        unsigned char h[5] = { 'X', (unsigned char)n, (unsigned char)(n >> 8), (unsigned char)(n >> 16),
                               (unsigned char)(n >> 24) };
        pk_bytes(p, h, 5, s, n);
    } else {
        unsigned char h[9] = { 0x8d };
        for (int i = 0; i < 8; i++)
            h[1 + i] = (unsigned char)((uint64_t)n >> (8 * i));
        pk_bytes(p, h, 9, s, n);
    }
}

static void save_str(Pickler *p, Value v)
{
    Str *s = (Str *)v.u.o;
    save_str_raw(p, s->s, (size_t)s->len);
    memoize(p, v);
}

/* module + qualname of a global; proto < 4 uses the text GLOBAL opcode. */
static void write_global(Pickler *p, Value obj, Str *module, Str *qualname)
{
    if (p->proto >= 4) {
        /* The module name is one shared str (memo hits across globals);
         * CPython makes a fresh qualname str each time (never a hit). */
        save(p, v_obj(module));
        save_str_raw(p, qualname->s, (size_t)qualname->len);
        memo_fresh(p);
        pk_op(p, 0x93);
    } else {
        const char *m = module->s;
        if (p->proto < 3 && !strcmp(m, "builtins"))
            m = "__builtin__";
        pk_op(p, 'c');
        pk_write(p, m, strlen(m));
        pk_op(p, '\n');
        pk_write(p, qualname->s, (size_t)qualname->len);
        pk_op(p, '\n');
    }
    memoize(p, obj);
}

static Str *attr_str(Interp *I, Value v, const char *name)
{
    Value r = obj_getattr_opt(I, v, str_intern_cstr(I, name));
    return v_is_str(I, r) ? (Str *)r.u.o : NULL;
}

/* Whether importing `mod` and walking the dotted `qual` finds v again. */
static bool lookup_finds(Interp *I, Str *mod, Str *qual, Value v)
{
    volatile bool found = false;
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        Value cur = !strcmp(mod->s, "builtins") ? v_obj(I->builtins) : v_obj(interp_import(I, mod));
        const char *s = qual->s;
        while (*s) {
            const char *dot = strchr(s, '.');
            size_t n = dot ? (size_t)(dot - s) : strlen(s);
            cur = obj_getattr(I, cur, str_intern(I, s, n));
            s += n + (dot ? 1 : 0);
        }
        found = v_is(cur, v);
        exc_pop(I, &ef);
    } else {
        exc_clear(I);
    }
    return found;
}

/* A class or function, saved by reference as CPython's save_global;
 * name, when not NULL, is the name __reduce__ gave (an lru_cache wrapper
 * returns its __qualname__). */
static void save_global(Pickler *p, Value v, Str *name)
{
    Interp *I = p->I;
    Str *qual = NULL, *mod = NULL;
    if (name) {
        qual = name;
        mod = attr_str(I, v, "__module__");
    } else if (v_is_class(I, v)) {
        Class *c = (Class *)v.u.o;
        qual = c->qualname;
        mod = c->module;
    } else if (v.tag == V_OBJ && v.u.o->cls == I->cls.builtin_function) {
        NativeFn *f = (NativeFn *)v.u.o;
        qual = f->name;
        mod = f->owner ? f->owner->module : str_intern_cstr(I, "builtins");
        for (PickleGlobal *g = p->st->globals; g; g = g->next)
            if (v_is(g->fn, v)) {
                mod = str_intern_cstr(I, g->module);
                qual = str_intern_cstr(I, g->name);
            }
    } else {
        qual = attr_str(I, v, "__qualname__");
        mod = attr_str(I, v, "__module__");
    }
    if (!qual)
        exc_raisef(I, I->cls.TypeError, "cannot pickle '%s' object", type_name(I, v));
    if (!mod)
        mod = str_intern_cstr(I, "__main__");
    if (strstr(qual->s, "<locals>"))
        exc_raisef(I, I->cls.AttributeError, "Can't pickle local object %s", str_repr(I, qual)->s);
    bool found = lookup_finds(I, mod, qual, v);
    if (!found) {
        for (PickleGlobal *g = p->st->globals; g; g = g->next)
            found = found || v_is(g->fn, v);
    }
    if (!found)
        exc_raisef(I, p->st->PicklingError, "Can't pickle %s: attribute lookup %s on %s failed",
                   obj_repr(I, v)->s, qual->s, mod->s);
    write_global(p, v, mod, qual);
}

/* (callable, args[, state]) as REDUCE (+ BUILD); __newobj__ as NEWOBJ. */
static void save_reduce(Pickler *p, Value obj, Value rv)
{
    Interp *I = p->I;
    if (!(rv.tag == V_OBJ && rv.u.o->cls == I->cls.tuple))
        exc_raisef(I, p->st->PicklingError, "__reduce__ must return a string or tuple");
    Tuple *t = (Tuple *)rv.u.o;
    if (t->len < 2 || t->len > 6)
        exc_raisef(I, p->st->PicklingError, "tuple returned by __reduce__ must contain 2 through 6 elements");
    Value fn = t->items[0], args = t->items[1];
    Value state = t->len > 2 ? t->items[2] : v_none();
    if (!(args.tag == V_OBJ && args.u.o->cls == I->cls.tuple))
        exc_raisef(I, p->st->PicklingError, "second item of the tuple returned by __reduce__ must be a tuple");
    save(p, fn);
    save(p, args);
    pk_op(p, 'R');
    if (obj.tag == V_OBJ) {
        if (!v_is_unset(dict_get(I, p->memo, memo_key(obj)))) {
            pk_op(p, '0');
            memo_get(p, obj);
        } else {
            memoize(p, obj);
        }
    }
    if (!v_is_none(state)) {
        save(p, state);
        pk_op(p, 'b');
    }
}

/* An instance of a Python class without __reduce__: copyreg's protocol 2
 * form, NEWOBJ then BUILD with the instance dict. */
static void save_instance(Pickler *p, Value v)
{
    Interp *I = p->I;
    Class *c = v.u.o->cls;
    save_global(p, v_obj(c), NULL);
    pk_op(p, ')');
    pk_op(p, 0x81);
    memoize(p, v);
    Value state = v_none();
    if (!v_is_unset(class_lookup(I, c, str_intern_cstr(I, "__getstate__")))) {
        state = obj_call_method_cstr(I, v, "__getstate__", 0, NULL);
    } else if (c->flags & CLS_HAS_DICT) {
        Dict *d = ((Instance *)v.u.o)->dict;
        if (d && d->len)
            state = v_obj(d);
    }
    if (!v_is_none(state)) {
        save(p, state);
        pk_op(p, 'b');
    }
}

static void save_tuple(Pickler *p, Value v)
{
    Tuple *t = (Tuple *)v.u.o;
    if (t->len == 0) {
        pk_op(p, ')');
        return;
    }
    if (t->len <= 3 && p->proto >= 2) {
        for (int64_t i = 0; i < t->len; i++)
            save(p, t->items[i]);
        if (!v_is_unset(dict_get(p->I, p->memo, memo_key(v)))) {
            for (int64_t i = 0; i < t->len; i++)
                pk_op(p, '0');
            memo_get(p, v);
            return;
        }
        pk_op(p, (unsigned char)(0x85 + t->len - 1));
        memoize(p, v);
        return;
    }
    pk_op(p, '(');
    for (int64_t i = 0; i < t->len; i++)
        save(p, t->items[i]);
    if (!v_is_unset(dict_get(p->I, p->memo, memo_key(v)))) {
        pk_op(p, '1');
        memo_get(p, v);
        return;
    }
    pk_op(p, 't');
    memoize(p, v);
}

static void save_list(Pickler *p, Value v)
{
    List *l = (List *)v.u.o;
    pk_op(p, ']');
    memoize(p, v);
    if (l->len == 1) {
        save(p, l->items[0]);
        pk_op(p, 'a');
        return;
    }
    int64_t total = 0;
    while (total < l->len) {
        pk_op(p, '(');
        int n = 0;
        while (total < l->len && n < BATCH) {
            save(p, l->items[total++]);
            n++;
        }
        pk_op(p, 'e');
    }
}

static void save_dict(Pickler *p, Value v)
{
    Dict *d = (Dict *)v.u.o;
    pk_op(p, '}');
    memoize(p, v);
    int64_t pos = 0;
    Value k, val;
    if (d->len == 1) {
        dict_next(d, &pos, &k, &val);
        save(p, k);
        save(p, val);
        pk_op(p, 's');
        return;
    }
    int64_t done = 0, n = d->len;
    while (done < n) {
        pk_op(p, '(');
        int b = 0;
        while (b < BATCH && dict_next(d, &pos, &k, &val)) {
            save(p, k);
            save(p, val);
            b++;
            done++;
        }
        pk_op(p, 'u');
        if (b == 0)
            break;
    }
}

static void save_set(Pickler *p, Value v)
{
    Interp *I = p->I;
    Set *s = (Set *)v.u.o;
    bool frozen = v.u.o->cls == I->cls.frozenset;
    if (p->proto < 4) {
        /* (set|frozenset, ([items],)) */
        List *l = list_new(I, s->used);
        int64_t pos = 0;
        Value k;
        while (set_next(s, &pos, &k))
            list_append(I, l, k);
        Value cls = v_obj(frozen ? I->cls.frozenset : I->cls.set);
        save_reduce(p, v, v_obj(tuple_pack(I, 2, cls, v_obj(tuple_pack(I, 1, v_obj(l))))));
        return;
    }
    int64_t pos = 0;
    Value k;
    if (frozen) {
        pk_op(p, '(');
        while (set_next(s, &pos, &k))
            save(p, k);
        if (!v_is_unset(dict_get(I, p->memo, memo_key(v)))) {
            pk_op(p, '1');
            memo_get(p, v);
            return;
        }
        pk_op(p, 0x91);
        memoize(p, v);
        return;
    }
    pk_op(p, 0x8f);
    memoize(p, v);
    if (s->used == 0)
        return;
    int n;
    do {
        n = 0;
        pk_op(p, '(');
        while (n < BATCH && set_next(s, &pos, &k)) {
            save(p, k);
            n++;
        }
        pk_op(p, 0x90);
    } while (n == BATCH);
}

static void save_bytes(Pickler *p, Value v)
{
    Interp *I = p->I;
    Bytes *b = (Bytes *)v.u.o;
    if (p->proto < 3) {
        /* _codecs.encode(latin-1 text, 'latin1') */
        StrBuf sb;
        sb_init(&sb, I);
        for (int64_t i = 0; i < b->len; i++) {
            unsigned c = b->s[i];
            if (c < 0x80) {
                sb_addc(&sb, (char)c);
            } else {
                sb_addc(&sb, (char)(0xc0 | (c >> 6)));
                sb_addc(&sb, (char)(0x80 | (c & 0x3f)));
            }
        }
        Str *text = sb_finish(&sb);
        if (b->len == 0) {
            write_global(p, v_obj(I->cls.bytes), str_intern_cstr(I, "builtins"), str_intern_cstr(I, "bytes"));
            pk_op(p, ')');
            pk_op(p, 'R');
        } else {
            pk_op(p, 'c');
            pk_write(p, "_codecs\nencode\n", 15);
            memo_fresh(p);
            save_str_raw(p, text->s, (size_t)text->len);
            memo_fresh(p);
            save_str_raw(p, "latin1", 6);
            memo_fresh(p);
            pk_op(p, 0x86);
            memo_fresh(p);
            pk_op(p, 'R');
        }
        memoize(p, v);
        return;
    }
    size_t n = (size_t)b->len;
    if (n < 256) {
        unsigned char h[2] = { 'C', (unsigned char)n };
        pk_bytes(p, h, 2, b->s, n);
    } else if (n <= 0xffffffffu) {
        unsigned char h[5] = { 'B', (unsigned char)n, (unsigned char)(n >> 8), (unsigned char)(n >> 16),
                               (unsigned char)(n >> 24) };
        pk_bytes(p, h, 5, b->s, n);
    } else {
        unsigned char h[9] = { 0x8e };
        for (int i = 0; i < 8; i++)
            h[1 + i] = (unsigned char)((uint64_t)n >> (8 * i));
        pk_bytes(p, h, 9, b->s, n);
    }
    memoize(p, v);
}

static void save(Pickler *p, Value v)
{
    Interp *I = p->I;
    interp_tick(I);
    if (++I->c_depth > 1000) {
        I->c_depth = 0;
        exc_raisef(I, I->cls.RecursionError, "maximum recursion depth exceeded while pickling an object");
    }
    switch (v.tag) {
    case V_NONE: pk_op(p, 'N'); break;
    case V_BOOL: pk_op(p, v.u.i ? 0x88 : 0x89); break;
    case V_INT: save_int(p, v); break;
    case V_FLOAT: {
        uint64_t u;
        memcpy(&u, &v.u.f, 8);
        unsigned char b[9] = { 'G' };
        for (int i = 0; i < 8; i++)
            b[1 + i] = (unsigned char)(u >> (56 - 8 * i));
        pk_write(p, b, 9);
        break;
    }
    case V_OBJ: {
        Class *c = v.u.o->cls;
        if (c == I->cls.int_) {
            save_int(p, v);
            break;
        }
        if (memo_get(p, v))
            break;
        if (c == I->cls.str)
            save_str(p, v);
        else if (c == I->cls.bytes)
            save_bytes(p, v);
        else if (c == I->cls.tuple)
            save_tuple(p, v);
        else if (c == I->cls.list)
            save_list(p, v);
        else if (c == I->cls.dict)
            save_dict(p, v);
        else if (c == I->cls.set || c == I->cls.frozenset)
            save_set(p, v);
        else if (class_is_subclass(c, I->cls.type) || c == I->cls.builtin_function || c == I->cls.function)
            save_global(p, v, NULL);
        else {
            PickleHook *h = find_hook(p->st, c);
            if (h) {
                save_reduce(p, v, h->reduce(I, v));
                break;
            }
            Value red = class_lookup(I, c, str_intern_cstr(I, "__reduce__"));
            if (!v_is_unset(red)) {
                Value rv = obj_call_method_cstr(I, v, "__reduce__", 0, NULL);
                if (v_is_str(I, rv))
                    save_global(p, v, (Str *)rv.u.o);
                else
                    save_reduce(p, v, rv);
            } else if ((c->flags & CLS_PYTHON) && c->native_base == I->cls.object) {
                save_instance(p, v);
            } else {
                exc_raisef(I, I->cls.TypeError, "cannot pickle '%s' object", type_name(I, v));
            }
        }
        break;
    }
    default:
        if (v_is_notimpl(v)) {
            write_global(p, v, str_intern_cstr(I, "builtins"), str_intern_cstr(I, "NotImplemented"));
            break;
        }
        exc_raisef(I, I->cls.TypeError, "cannot pickle '%s' object", type_name(I, v));
    }
    I->c_depth--;
    opcode_boundary(p);
}

Bytes *pickle_dumps(Interp *I, Value v, int protocol)
{
    Pickler p = { 0 };
    p.I = I;
    p.st = pk_state(I);
    p.proto = protocol < 0 ? 4 : protocol;
    if (p.proto > 5)
        exc_raisef(I, I->cls.ValueError, "pickle protocol must be <= 5");
    if (p.proto < 2)
        exc_raisef(I, I->cls.ValueError, "pickle protocols 0 and 1 are not supported in kata Python");
    p.frame_start = SIZE_MAX;
    p.memo = dict_new(I);
    unsigned char hdr[2] = { 0x80, (unsigned char)p.proto };
    pk_raw(&p, hdr, 2);
    p.framing = p.proto >= 4;
    int depth = I->c_depth;
    save(&p, v);
    I->c_depth = depth;
    pk_op(&p, '.');
    commit_frame(&p);
    return bytes_new(I, p.buf, p.len);
}

/* ------------------------------------------------------------------ */
/* Unpickler                                                           */
/* ------------------------------------------------------------------ */

typedef struct Unpickler {
    Interp *I;
    PickleState *st;
    const unsigned char *p, *end;
    Value *stack;
    int64_t sp, cap;
    int64_t *marks;
    int64_t nmarks, mcap;
    Dict *memo;
} Unpickler;

static _Noreturn void truncated(Unpickler *u)
{
    exc_raisef(u->I, u->st->UnpicklingError, "pickle data was truncated");
}

static const unsigned char *take(Unpickler *u, size_t n)
{
    if ((size_t)(u->end - u->p) < n)
        truncated(u);
    const unsigned char *r = u->p;
    u->p += n;
    return r;
}

static uint64_t take_le(Unpickler *u, int n)
{
    const unsigned char *b = take(u, (size_t)n);
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; i--)
        v = (v << 8) | b[i];
    return v;
}

/* A text line (without the newline) for the protocol-0 opcodes. */
static const char *take_line(Unpickler *u, size_t *n)
{
    const unsigned char *nl = memchr(u->p, '\n', (size_t)(u->end - u->p));
    if (!nl)
        truncated(u);
    const char *r = (const char *)u->p;
    *n = (size_t)(nl - u->p);
    u->p = nl + 1;
    return r;
}

static void push(Unpickler *u, Value v)
{
    if (u->sp == u->cap) {
        int64_t nc = u->cap ? u->cap * 2 : 32;
        u->stack = arena_realloc(&u->I->arena, u->stack, sizeof(Value) * (size_t)u->cap, sizeof(Value) * (size_t)nc);
        u->cap = nc;
    }
    u->stack[u->sp++] = v;
}

static Value pop(Unpickler *u)
{
    if (u->sp <= (u->nmarks ? u->marks[u->nmarks - 1] : 0))
        exc_raisef(u->I, u->st->UnpicklingError, "unpickling stack underflow");
    return u->stack[--u->sp];
}

static Value *top(Unpickler *u)
{
    if (u->sp <= (u->nmarks ? u->marks[u->nmarks - 1] : 0))
        exc_raisef(u->I, u->st->UnpicklingError, "unpickling stack underflow");
    return &u->stack[u->sp - 1];
}

static int64_t pop_mark(Unpickler *u)
{
    if (!u->nmarks)
        exc_raisef(u->I, u->st->UnpicklingError, "could not find MARK");
    return u->marks[--u->nmarks];
}

/* The object under the items of a popped mark (APPENDS, SETITEMS, ADDITEMS). */
static Value below_mark(Unpickler *u, int64_t from)
{
    if (from < 1 || from - 1 < (u->nmarks ? u->marks[u->nmarks - 1] : 0))
        exc_raisef(u->I, u->st->UnpicklingError, "unpickling stack underflow");
    return u->stack[from - 1];
}

static Value find_class(Unpickler *u, const char *mod, size_t mn, const char *name, size_t nn)
{
    Interp *I = u->I;
    char *m = arena_strndup(&I->arena, mod, mn), *n = arena_strndup(&I->arena, name, nn);
    for (PickleGlobal *g = u->st->globals; g; g = g->next)
        if (!strcmp(g->module, m) && !strcmp(g->name, n))
            return g->fn;
    if (!strcmp(m, "__builtin__"))
        m = "builtins";
    if (!strcmp(m, "copy_reg"))
        m = "copyreg";
    Value cur = !strcmp(m, "builtins") ? v_obj(I->builtins) : v_obj(interp_import(I, str_intern_cstr(I, m)));
    const char *s = n;
    while (*s) {
        const char *dot = strchr(s, '.');
        size_t k = dot ? (size_t)(dot - s) : strlen(s);
        Value next = obj_getattr_opt(I, cur, str_intern(I, s, k));
        if (v_is_unset(next))
            exc_raisef(I, I->cls.AttributeError, "Can't get attribute '%s' on %s", n, obj_repr(I, cur)->s);
        cur = next;
        s += k + (dot ? 1 : 0);
    }
    return cur;
}

static Value make_tuple_from(Unpickler *u, int64_t from)
{
    Tuple *t = tuple_from(u->I, u->sp - from, u->stack + from);
    u->sp = from;
    return v_obj(t);
}

static void build(Unpickler *u, Value obj, Value state)
{
    Interp *I = u->I;
    if (obj.tag == V_OBJ) {
        PickleHook *h = find_hook(u->st, obj.u.o->cls);
        if (h && h->setstate) {
            h->setstate(I, obj, state);
            return;
        }
        if (!v_is_unset(class_lookup(I, obj.u.o->cls, str_intern_cstr(I, "__setstate__")))) {
            obj_call_method_cstr(I, obj, "__setstate__", 1, &state);
            return;
        }
    }
    Value slots = v_none();
    if (state.tag == V_OBJ && state.u.o->cls == I->cls.tuple && ((Tuple *)state.u.o)->len == 2) {
        slots = ((Tuple *)state.u.o)->items[1];
        state = ((Tuple *)state.u.o)->items[0];
    }
    Value parts[2] = { state, slots };
    for (int i = 0; i < 2; i++) {
        if (v_is_none(parts[i]))
            continue;
        if (!(parts[i].tag == V_OBJ && parts[i].u.o->cls == I->cls.dict))
            exc_raisef(I, u->st->UnpicklingError, "state is not a dictionary");
        int64_t pos = 0;
        Value k, v;
        while (dict_next((Dict *)parts[i].u.o, &pos, &k, &v))
            obj_setattr(I, obj, v_as_str(I, k, "attribute name"), v);
    }
}

static Value load_int_text(Unpickler *u, const char *s, size_t n)
{
    Interp *I = u->I;
    if (n && s[n - 1] == 'L')
        n--;
    if (n == 2 && !memcmp(s, "00", 2))
        return v_bool(0);
    if (n == 2 && !memcmp(s, "01", 2))
        return v_bool(1);
    Value r = int_parse(I, s, n, 10);
    if (v_is_unset(r))
        exc_raisef(I, I->cls.ValueError, "invalid literal for int() with base 10: %s",
                   str_repr(I, str_new(I, s, n))->s);
    return r;
}

/* Little-endian two's complement bytes to an int. */
static Value load_long_bytes(Unpickler *u, const unsigned char *b, size_t n)
{
    Interp *I = u->I;
    if (n == 0)
        return v_int(0);
    if (n <= 8) {
        uint64_t v = 0;
        for (size_t i = n; i-- > 0;)
            v = (v << 8) | b[i];
        if ((b[n - 1] & 0x80) && n < 8)
            v |= ~UINT64_C(0) << (8 * n);
        return int_from_i64(I, (int64_t)v);
    }
    /* big: magnitude to decimal text */
    bool neg = (b[n - 1] & 0x80) != 0;
    unsigned char *mag = interp_alloc(I, n);
    memcpy(mag, b, n);
    if (neg) {
        int carry = 1;
        for (size_t i = 0; i < n; i++) {
            int x = (unsigned char)~mag[i] + carry;
            mag[i] = (unsigned char)x;
            carry = x >> 8;
        }
    }
    size_t cap = n * 3 + 2, nd = 0;
    unsigned char *dec = interp_alloc(I, cap);   /* little-endian decimal digits */
    for (size_t i = n; i-- > 0;) {
        unsigned carry = mag[i];
        for (size_t k = 0; k < nd; k++) {
            unsigned x = dec[k] * 256u + carry;
            dec[k] = (unsigned char)(x % 10);
            carry = x / 10;
        }
        while (carry) {
            dec[nd++] = (unsigned char)(carry % 10);
            carry /= 10;
        }
    }
    char *txt = interp_alloc(I, nd + 3);
    size_t t = 0;
    if (neg)
        txt[t++] = '-';
    if (nd == 0)
        txt[t++] = '0';
    for (size_t k = nd; k-- > 0;)
        txt[t++] = (char)('0' + dec[k]);
    return int_parse(I, txt, t, 10);
}

static Value utf8_str(Unpickler *u, const unsigned char *s, size_t n)
{
    Interp *I = u->I;
    if (utf8_count((const char *)s, n) < 0)
        exc_raisef(I, I->cls.UnicodeDecodeError, "'utf-8' codec can't decode bytes in pickle data");
    return v_obj(str_new(I, (const char *)s, n));
}

static void memo_put(Unpickler *u, int64_t idx, Value v)
{
    dict_set(u->I, u->memo, v_int(idx), v);
}

static Value memo_load(Unpickler *u, int64_t idx)
{
    Value v = dict_get(u->I, u->memo, v_int(idx));
    if (v_is_unset(v))
        exc_raisef(u->I, u->st->UnpicklingError, "Memo value not found at index %lld", (long long)idx);
    return v;
}

Value pickle_loads(Interp *I, const unsigned char *data, size_t len)
{
    Unpickler u = { 0 };
    u.I = I;
    u.st = pk_state(I);
    u.p = data;
    u.end = data + len;
    u.memo = dict_new(I);
    /* Never NULL: MARK/LIST/TUPLE on an empty stack take `u.stack + 0`,
     * which is undefined behaviour on a NULL pointer. */
    u.cap = 32;
    u.stack = arena_alloc(&I->arena, sizeof(Value) * (size_t)u.cap);
    if (len == 0)
        exc_raisef(I, I->cls.EOFError, "Ran out of input");
    for (;;) {
        interp_tick(I);
        if (u.p >= u.end)
            truncated(&u);
        unsigned char op = *u.p++;
        size_t n;
        const char *s;
        switch (op) {
        case 0x80: take(&u, 1); break;                                  /* PROTO */
        case 0x95:                                                      /* FRAME */
            if ((uint64_t)(u.end - u.p) < 8 || take_le(&u, 8) > (uint64_t)(u.end - u.p))
                truncated(&u);
            break;
        case '.': {                                                     /* STOP */
            Value r = pop(&u);
            return r;
        }
        case '(':
            if (u.nmarks == u.mcap) {
                int64_t nc = u.mcap ? u.mcap * 2 : 16;
                u.marks = arena_realloc(&I->arena, u.marks, sizeof(int64_t) * (size_t)u.mcap,
                                        sizeof(int64_t) * (size_t)nc);
                u.mcap = nc;
            }
            u.marks[u.nmarks++] = u.sp;
            break;
        case '0': pop(&u); break;
        case '1': u.sp = pop_mark(&u); break;
        case '2': push(&u, *top(&u)); break;
        case 'N': push(&u, v_none()); break;
        case 0x88: push(&u, v_bool(1)); break;
        case 0x89: push(&u, v_bool(0)); break;
        case 'I': s = take_line(&u, &n); push(&u, load_int_text(&u, s, n)); break;
        case 'L': s = take_line(&u, &n); push(&u, load_int_text(&u, s, n)); break;
        case 'J': push(&u, v_int((int32_t)take_le(&u, 4))); break;
        case 'K': push(&u, v_int((int64_t)take_le(&u, 1))); break;
        case 'M': push(&u, v_int((int64_t)take_le(&u, 2))); break;
        case 0x8a: n = (size_t)take_le(&u, 1); push(&u, load_long_bytes(&u, take(&u, n), n)); break;
        case 0x8b: n = (size_t)take_le(&u, 4); push(&u, load_long_bytes(&u, take(&u, n), n)); break;
        case 'F': {
            s = take_line(&u, &n);
            char *t = arena_strndup(&I->arena, s, n);
            push(&u, v_float(strtod(t, NULL)));
            break;
        }
        case 'G': {
            const unsigned char *b = take(&u, 8);
            uint64_t x = 0;
            for (int i = 0; i < 8; i++)
                x = (x << 8) | b[i];
            double d;
            memcpy(&d, &x, 8);
            push(&u, v_float(d));
            break;
        }
        case 'X': n = (size_t)take_le(&u, 4); push(&u, utf8_str(&u, take(&u, n), n)); break;
        case 0x8c: n = (size_t)take_le(&u, 1); push(&u, utf8_str(&u, take(&u, n), n)); break;
        case 0x8d: n = (size_t)take_le(&u, 8); push(&u, utf8_str(&u, take(&u, n), n)); break;
        case 'S': {                                                     /* py2 'text' */
            s = take_line(&u, &n);
            if (n < 2 || (s[0] != '\'' && s[0] != '"') || s[n - 1] != s[0])
                exc_raisef(I, u.st->UnpicklingError, "the STRING opcode argument must be quoted");
            push(&u, utf8_str(&u, (const unsigned char *)s + 1, n - 2));
            break;
        }
        case 'V': s = take_line(&u, &n); push(&u, utf8_str(&u, (const unsigned char *)s, n)); break;
        case 'T': case 'U': {                                            /* py2 str */
            n = op == 'T' ? (size_t)take_le(&u, 4) : (size_t)take_le(&u, 1);
            push(&u, utf8_str(&u, take(&u, n), n));
            break;
        }
        case 'B': n = (size_t)take_le(&u, 4); push(&u, v_obj(bytes_new(I, take(&u, n), n))); break;
        case 'C': n = (size_t)take_le(&u, 1); push(&u, v_obj(bytes_new(I, take(&u, n), n))); break;
        case 0x8e: n = (size_t)take_le(&u, 8); push(&u, v_obj(bytes_new(I, take(&u, n), n))); break;
        case ')': push(&u, v_obj(tuple_new(I, 0))); break;
        case 't': push(&u, make_tuple_from(&u, pop_mark(&u))); break;
        case 0x85: case 0x86: case 0x87: {
            int64_t k = op - 0x84;
            if (u.sp - (u.nmarks ? u.marks[u.nmarks - 1] : 0) < k)
                exc_raisef(I, u.st->UnpicklingError, "unpickling stack underflow");
            push(&u, make_tuple_from(&u, u.sp - k));
            break;
        }
        case ']': push(&u, v_obj(list_new(I, 0))); break;
        case 'l': {
            int64_t from = pop_mark(&u);
            push(&u, v_obj(list_from(I, u.sp - from, u.stack + from)));
            u.stack[from] = u.stack[u.sp - 1];
            u.sp = from + 1;
            break;
        }
        case 'a': {
            Value v = pop(&u);
            Value l = *top(&u);
            if (l.tag == V_OBJ && l.u.o->cls == I->cls.list)
                list_append(I, (List *)l.u.o, v);
            else
                obj_call_method_cstr(I, l, "append", 1, &v);
            break;
        }
        case 'e': {
            int64_t from = pop_mark(&u);
            Value l = below_mark(&u, from);
            for (int64_t i = from; i < u.sp; i++) {
                if (l.tag == V_OBJ && l.u.o->cls == I->cls.list)
                    list_append(I, (List *)l.u.o, u.stack[i]);
                else
                    obj_call_method_cstr(I, l, "append", 1, &u.stack[i]);
            }
            u.sp = from;
            break;
        }
        case '}': push(&u, v_obj(dict_new(I))); break;
        case 'd': {
            int64_t from = pop_mark(&u);
            Dict *d = dict_new(I);
            for (int64_t i = from; i + 1 < u.sp; i += 2)
                dict_set(I, d, u.stack[i], u.stack[i + 1]);
            u.sp = from;
            push(&u, v_obj(d));
            break;
        }
        case 's': {
            Value v = pop(&u), k = pop(&u);
            obj_setitem(I, *top(&u), k, v);
            break;
        }
        case 'u': {
            int64_t from = pop_mark(&u);
            Value d = below_mark(&u, from);
            for (int64_t i = from; i + 1 < u.sp; i += 2)
                obj_setitem(I, d, u.stack[i], u.stack[i + 1]);
            u.sp = from;
            break;
        }
        case 0x8f: push(&u, v_obj(set_new(I, false))); break;
        case 0x90: {
            int64_t from = pop_mark(&u);
            Value sv = below_mark(&u, from);
            if (!(sv.tag == V_OBJ && sv.u.o->cls == I->cls.set))
                exc_raisef(I, u.st->UnpicklingError, "ADDITEMS needs a set");
            for (int64_t i = from; i < u.sp; i++)
                set_add(I, (Set *)sv.u.o, u.stack[i]);
            u.sp = from;
            break;
        }
        case 0x91: {
            int64_t from = pop_mark(&u);
            Set *fs = set_new(I, true);
            for (int64_t i = from; i < u.sp; i++)
                set_add(I, fs, u.stack[i]);
            u.sp = from;
            push(&u, v_obj(fs));
            break;
        }
        case 'c': {
            size_t mn, nn;
            const char *m = take_line(&u, &mn);
            const char *nm = take_line(&u, &nn);
            push(&u, find_class(&u, m, mn, nm, nn));
            break;
        }
        case 0x93: {
            Value nm = pop(&u), m = pop(&u);
            if (!v_is_str(I, nm) || !v_is_str(I, m))
                exc_raisef(I, u.st->UnpicklingError, "STACK_GLOBAL requires str");
            Str *ms = (Str *)m.u.o, *ns = (Str *)nm.u.o;
            push(&u, find_class(&u, ms->s, (size_t)ms->len, ns->s, (size_t)ns->len));
            break;
        }
        case 'R': {
            Value args = pop(&u), fn = pop(&u);
            if (!(args.tag == V_OBJ && args.u.o->cls == I->cls.tuple))
                exc_raisef(I, u.st->UnpicklingError, "REDUCE argument must be a tuple");
            Tuple *t = (Tuple *)args.u.o;
            push(&u, obj_call(I, fn, (int)t->len, t->items, NULL));
            break;
        }
        case 0x81: {                                                    /* NEWOBJ */
            Value args = pop(&u), cls = pop(&u);
            if (!v_is_class(I, cls))
                exc_raisef(I, u.st->UnpicklingError, "NEWOBJ class argument isn't a type object");
            Tuple *t = (Tuple *)args.u.o;
            Value *av = interp_alloc(I, sizeof(Value) * (size_t)(t->len + 1));
            av[0] = cls;
            memcpy(av + 1, t->items, sizeof(Value) * (size_t)t->len);
            Value newfn = obj_getattr(I, cls, I->names.__new__);
            push(&u, obj_call(I, newfn, (int)t->len + 1, av, NULL));
            break;
        }
        case 'b': {
            Value state = pop(&u);
            build(&u, *top(&u), state);
            break;
        }
        case 0x94: memo_put(&u, u.memo->len, *top(&u)); break;
        case 'p': {
            s = take_line(&u, &n);
            memo_put(&u, int_as_i64(I, load_int_text(&u, s, n)), *top(&u));
            break;
        }
        case 'q': memo_put(&u, (int64_t)take_le(&u, 1), *top(&u)); break;
        case 'r': memo_put(&u, (int64_t)take_le(&u, 4), *top(&u)); break;
        case 'g': s = take_line(&u, &n); push(&u, memo_load(&u, int_as_i64(I, load_int_text(&u, s, n)))); break;
        case 'h': push(&u, memo_load(&u, (int64_t)take_le(&u, 1))); break;
        case 'j': push(&u, memo_load(&u, (int64_t)take_le(&u, 4))); break;
        default:
            if (op >= 0x20 && op < 0x7f)
                exc_raisef(I, u.st->UnpicklingError, "invalid load key, '%c'.", op);
            exc_raisef(I, u.st->UnpicklingError, "invalid load key, '\\x%02x'.", op);
        }
    }
}

/* ------------------------------------------------------------------ */
/* Module                                                              */
/* ------------------------------------------------------------------ */

static Value m_dumps(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "obj", "protocol", "fix_imports", "buffer_callback" };
    Value a[4];
    args_parse(I, "dumps", argc, argv, kw, 4, names, 0, 1, a);
    int proto = 4;
    if (!v_is_unset(a[1]) && !v_is_none(a[1])) {
        int64_t pr = int_as_i64(I, a[1]);
        proto = pr < 0 ? 5 : pr > 5 ? 6 : (int)pr;
    }
    return v_obj(pickle_dumps(I, a[0], proto));
}

static Value m_loads(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "data", "fix_imports", "encoding", "errors", "buffers" };
    Value a[5];
    args_parse(I, "loads", argc, argv, kw, 5, names, 1, 1, a);
    if (!(a[0].tag == V_OBJ && a[0].u.o->cls == I->cls.bytes))
        exc_raisef(I, I->cls.TypeError, "a bytes-like object is required, not '%s'", type_name(I, a[0]));
    Bytes *b = (Bytes *)a[0].u.o;
    return pickle_loads(I, b->s, (size_t)b->len);
}

/* _codecs.encode(text, 'latin1') for protocol-2 bytes. */
static Value codecs_encode(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_range(I, "encode", argc, kw, 1, 3);
    Str *s = v_as_str(I, argv[0], "obj");
    unsigned char *out = interp_alloc(I, (size_t)s->len + 1);
    size_t n = 0;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->s[i];
        if (c < 0x80) {
            out[n++] = c;
        } else if ((c & 0xe0) == 0xc0 && i + 1 < s->len) {
            unsigned cp = ((c & 0x1fu) << 6) | ((unsigned char)s->s[i + 1] & 0x3fu);
            if (cp > 255)
                exc_raisef(I, I->cls.UnicodeEncodeError, "'latin-1' codec can't encode character");
            out[n++] = (unsigned char)cp;
            i++;
        } else {
            exc_raisef(I, I->cls.UnicodeEncodeError, "'latin-1' codec can't encode character");
        }
    }
    return v_obj(bytes_new(I, out, n));
}

Module *mod_pickle_init(Interp *I)
{
    Module *m = module_new(I, "pickle");
    PickleState *st = interp_alloc(I, sizeof *st);
    st->magic = PK_MAGIC;
    st->PickleError = class_new_native(I, "PickleError", "_pickle", I->cls.Exception, NULL, 0, CLS_BASETYPE);
    st->PickleError->ext = st;
    st->PicklingError = class_new_native(I, "PicklingError", "_pickle", st->PickleError, NULL, 0, CLS_BASETYPE);
    st->UnpicklingError = class_new_native(I, "UnpicklingError", "_pickle", st->PickleError, NULL, 0,
                                           CLS_BASETYPE);
    module_set(I, m, "PickleError", v_obj(st->PickleError));
    module_set(I, m, "PicklingError", v_obj(st->PicklingError));
    module_set(I, m, "UnpicklingError", v_obj(st->UnpicklingError));
    static const struct { const char *name; NativeFnPtr fn; } fns[] = {
        {"dumps", m_dumps}, {"loads", m_loads},
    };
    for (size_t i = 0; i < sizeof fns / sizeof *fns; i++) {
        module_add_fn(I, m, fns[i].name, fns[i].fn);
        Value f = dict_get_cstr(I, m->dict, fns[i].name);
        if (f.tag == V_OBJ && f.u.o->cls == I->cls.builtin_function)
            ((NativeFn *)f.u.o)->data = st;
    }
    Value enc = native_fn_new(I, "encode", codecs_encode, NULL);
    st->globals = interp_alloc(I, sizeof(PickleGlobal));
    st->globals->module = "_codecs";
    st->globals->name = "encode";
    st->globals->fn = enc;
    module_set(I, m, "HIGHEST_PROTOCOL", v_int(5));
    module_set(I, m, "DEFAULT_PROTOCOL", v_int(4));
    return m;
}
