/*
 * mod_sys.c — the `sys` module, as much of CPython 3.11's as learner code
 * uses, and the builtins exit() and quit().
 *
 *   stdout, stderr (and __stdout__, __stderr__)   text streams: write() →
 *       count, writelines(), flush(), isatty(); stdout is the program's
 *       output, stderr the front end's stderr channel (InterpOutput)
 *   exit([status])          raises SystemExit (interp.c ends the run)
 *   argv                    [the program's file name as given]
 *   version, version_info, hexversion, platform, byteorder, maxsize,
 *   float_info, int_info    CPython 3.11.7's values on 64-bit Linux
 *   getrecursionlimit(), setrecursionlimit(n)   the depth budget, which a
 *       program may lower, or raise back up to the front end's limit
 *   modules                 the modules loaded so far (refreshed on each
 *       read; assigning into it does not change what `import` finds)
 *   intern(s), exc_info()   (its traceback is a `traceback` object, see exc.c)
 *
 * Left out on purpose, so AttributeError says so: what only CPython's own
 * process can answer (getsizeof, executable, path, stdin, getrefcount,
 * implementation, flags …).
 *
 * A print() with no file= goes to whatever the program put in sys.stdout
 * (mod_sys_stdout_override), as CPython's print does.
 */
#include "mod_sys.h"

#include <float.h>
#include <stdint.h>
#include <string.h>

#include "cont.h"
#include "interp_int.h"
#include "num.h"

typedef struct SysStream {
    Obj hdr;
    int fd;                     /* 1 stdout, 2 stderr */
} SysStream;

typedef struct SysState {
    Module *mod;
    Class *stream_cls, *module_cls;
    Value out, err;             /* the program's own streams */
    List *argv;
    Dict *modules;
    Dict *listed;               /* names refresh_modules put in modules itself */
    const char *argv0;          /* mod_sys_set_argv before the import (arena) */
    int depth_cap;              /* the front end's depth budget */
} SysState;

static SysState *sys_state(Interp *I)
{
    if (!I->sys) {
        SysState *st = interp_alloc(I, sizeof *st);
        memset(st, 0, sizeof *st);
        st->depth_cap = I->budget.max_depth;
        I->sys = st;
    }
    return I->sys;
}

/* ---- the streams ---------------------------------------------------------- */

static SysStream *as_stream(Interp *I, const char *meth, int argc, const Value *argv)
{
    SysState *st = sys_state(I);
    if (argc < 1 || !v_isa(I, argv[0], st->stream_cls))
        cont_bad_self(I, meth, st->stream_cls, argc ? argv[0] : v_none());
    return (SysStream *)argv[0].u.o;
}

static void stream_put(Interp *I, SysStream *s, Value text)
{
    if (!v_is_str(I, text))
        exc_raisef(I, I->cls.TypeError, "write() argument must be str, not %s",
                   v_is_none(text) ? "None" : type_name(I, text));
    Str *t = (Str *)text.u.o;
    if (s->fd == 2)
        interp_write_err(I, t->s, (size_t)t->len);
    else
        interp_write(I, t->s, (size_t)t->len);
}

/* write(s) → the number of characters written */
static Value stream_write(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SysStream *s = as_stream(I, "write", argc, argv);
    cont_check_nokw(I, "write", kw);
    if (argc != 2)
        exc_raisef(I, I->cls.TypeError, "TextIOWrapper.write() takes exactly one argument (%d given)", argc - 1);
    stream_put(I, s, argv[1]);
    return v_int(((Str *)argv[1].u.o)->nchars);
}

static Value stream_writelines(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SysStream *s = as_stream(I, "writelines", argc, argv);
    cont_check_nokw(I, "writelines", kw);
    if (argc != 2)
        exc_raisef(I, I->cls.TypeError, "_io._IOBase.writelines() takes exactly one argument (%d given)",
                   argc - 1);
    Value it = obj_iter(I, argv[1]);
    for (Value v; !v_is_unset(v = obj_next(I, it));)
        stream_put(I, s, v);
    return v_none();
}

static Value stream_flush(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    as_stream(I, "flush", argc, argv);
    cont_check_nokw(I, "flush", kw);
    return v_none();
}

static Value stream_false(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    as_stream(I, "isatty", argc, argv);
    cont_check_nokw(I, "isatty", kw);
    return v_bool(false);
}

static Value stream_name(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    (void)kw;
    SysStream *s = as_stream(I, "name", argc, argv);
    return str_value(I, s->fd == 2 ? "<stderr>" : "<stdout>");
}

static Value stream_encoding(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    (void)kw;
    as_stream(I, "encoding", argc, argv);
    return str_value(I, "utf-8");
}

static Value stream_mode(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    (void)kw;
    as_stream(I, "mode", argc, argv);
    return str_value(I, "w");
}

static Str *stream_repr(Interp *I, Value self)
{
    SysStream *s = (SysStream *)self.u.o;
    return str_fmt(I, "<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>",
                   s->fd == 2 ? "<stderr>" : "<stdout>");
}

static const TypeOps stream_ops = { .repr = stream_repr };

static Value stream_new(Interp *I, SysState *st, int fd)
{
    SysStream *s = obj_alloc(I, st->stream_cls, sizeof *s);
    s->fd = fd;
    return v_obj(s);
}

/* ---- struct sequences (version_info, float_info, int_info) ---------------- */

typedef struct StructSeq {
    const char *name;
    const char *fields[12];
} StructSeq;

static const StructSeq seq_types[] = {
    { "version_info", { "major", "minor", "micro", "releaselevel", "serial" } },
    { "float_info", { "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                      "mant_dig", "epsilon", "radix", "rounds" } },
    { "int_info", { "bits_per_digit", "sizeof_digit", "default_max_str_digits",
                    "str_digits_check_threshold" } },
};

static const StructSeq *seq_type_of(Interp *I, Value self)
{
    const char *name = class_of(I, self)->name->s;
    for (size_t i = 0; i < sizeof seq_types / sizeof seq_types[0]; i++)
        if (!strcmp(seq_types[i].name, name))
            return &seq_types[i];
    return &seq_types[0];
}

/* "sys.version_info(major=3, minor=11, …)" */
static Str *seq_repr(Interp *I, Value self)
{
    const StructSeq *t = seq_type_of(I, self);
    Tuple *tu = (Tuple *)self.u.o;
    StrBuf sb;
    sb_init(&sb, I);
    sb_printf(&sb, "sys.%s(", t->name);
    for (int64_t i = 0; i < tu->len; i++) {
        sb_printf(&sb, "%s%s=", i ? ", " : "", t->fields[i]);
        sb_addstr(&sb, obj_repr(I, tu->items[i]));
    }
    sb_addc(&sb, ')');
    return sb_finish(&sb);
}

static const TypeOps seq_ops = { .repr = seq_repr };

#define SEQ_GETTER(n)                                                                \
    static Value seq_get##n(Interp *I, int argc, const Value *argv, const KwArgs *kw) \
    {                                                                                \
        (void)I; (void)argc; (void)kw;                                               \
        return ((Tuple *)argv[0].u.o)->items[n];                                     \
    }
SEQ_GETTER(0) SEQ_GETTER(1) SEQ_GETTER(2) SEQ_GETTER(3) SEQ_GETTER(4) SEQ_GETTER(5)
SEQ_GETTER(6) SEQ_GETTER(7) SEQ_GETTER(8) SEQ_GETTER(9) SEQ_GETTER(10)
#undef SEQ_GETTER

static const NativeFnPtr seq_getters[] = {
    seq_get0, seq_get1, seq_get2, seq_get3, seq_get4, seq_get5,
    seq_get6, seq_get7, seq_get8, seq_get9, seq_get10,
};

/* An instance of a new tuple subclass sys.<t->name> holding items[0..n). */
static Value seq_new(Interp *I, const StructSeq *t, int n, const Value *items)
{
    Class *c = class_new_native(I, t->name, "sys", I->cls.tuple, &seq_ops, sizeof(Tuple), 0);
    c->native_base = I->cls.tuple;      /* a tuple to every tuple operation, as a subclass is */
    for (int i = 0; i < n; i++)
        class_add_getter(I, c, t->fields[i], seq_getters[i]);
    class_add_repr_method(I, c);      /* not tuple's */
    class_set_attr(I, c, "n_fields", v_int(n));
    class_set_attr(I, c, "n_sequence_fields", v_int(n));
    Tuple *tu = obj_alloc(I, c, sizeof(Tuple) + (size_t)n * sizeof(Value));
    tu->len = n;
    tu->hash = -1;
    memcpy(tu->items, items, (size_t)n * sizeof(Value));
    return v_obj(tu);
}

/* ---- functions -------------------------------------------------------------- */

/* exit(status=None): SystemExit(status); a tuple becomes its args, as
 * PyErr_SetObject makes it. */
static Value sys_exit(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "exit", kw);
    cont_check_range(I, "exit", argc, 0, 1);
    if (argc == 0 || v_is_none(argv[0]))
        exc_raise(I, exc_new(I, I->cls.SystemExit, 0, NULL));
    if (v_is_exact(argv[0], I->cls.tuple)) {
        Tuple *t = (Tuple *)argv[0].u.o;
        exc_raise(I, exc_new(I, I->cls.SystemExit, (int)t->len, t->items));
    }
    exc_raise_arg(I, I->cls.SystemExit, argv[0]);
}

/* The builtins exit(code=None) and quit(code=None) (site.Quitter). */
static Value builtin_exit(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Value code = argc ? argv[0] : v_none();
    if (kw && kw->n == 1 && !strcmp(kw->names[0]->s, "code") && !argc)
        code = kw->vals[0];
    else if ((kw && kw->n) || argc > 1)
        exc_raisef(I, I->cls.TypeError, "Quitter.__call__() takes from 1 to 2 positional arguments but %d were given",
                   argc + 1 + (kw ? kw->n : 0));
    exc_raise_arg(I, I->cls.SystemExit, code);
}

static Value sys_getrecursionlimit(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    (void)argv;
    cont_check_nokw(I, "getrecursionlimit", kw);
    cont_check_range(I, "getrecursionlimit", argc, 0, 0);
    return v_int(I->budget.max_depth);
}

/* setrecursionlimit(n): CPython's checks, and no higher than the front
 * end's depth budget (the C stacks of the run and of generators are sized
 * for it). */
static Value sys_setrecursionlimit(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "setrecursionlimit", kw);
    cont_check_range(I, "setrecursionlimit", argc, 1, 1);
    Value v = num_unwrap(I, argv[0]);
    if (v.tag == V_FLOAT || !num_is_int(I, v))
        exc_raisef(I, I->cls.TypeError, "'%s' object cannot be interpreted as an integer", type_name(I, argv[0]));
    if (v.tag != V_INT && v.tag != V_BOOL)
        exc_raisef(I, I->cls.OverflowError, "Python int too large to convert to C int");
    int64_t n = v.u.i;
    if (n > INT32_MAX || n < INT32_MIN)
        exc_raisef(I, I->cls.OverflowError, "Python int too large to convert to C int");
    if (n < 1)
        exc_raisef(I, I->cls.ValueError, "recursion limit must be greater or equal than 1");
    int cap = sys_state(I)->depth_cap;
    if (cap && n > cap)
        exc_raisef(I, I->cls.ValueError,
                   "recursion limit %lld is above ormkata's depth budget of %d "
                   "(`ormkata run --max-depth N` raises it)", (long long)n, cap);
    if (n <= I->depth)
        exc_raisef(I, I->cls.RecursionError,
                   "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                   (long long)n, I->depth);
    I->budget.max_depth = (int)n;
    return v_none();
}

static Value sys_intern(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "intern", kw);
    cont_check_range(I, "intern", argc, 1, 1);
    if (!v_is_exact(argv[0], I->cls.str))
        exc_raisef(I, I->cls.TypeError, "intern() argument must be str, not %s", type_name(I, argv[0]));
    Str *s = (Str *)argv[0].u.o;
    return v_obj(str_intern(I, s->s, (size_t)s->len));
}

static Value sys_exc_info(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    (void)argv;
    cont_check_nokw(I, "exc_info", kw);
    cont_check_range(I, "exc_info", argc, 0, 0);
    Value e = I->handling;
    if (v_is_unset(e) || v_is_none(e))
        return v_obj(tuple_pack(I, 3, v_none(), v_none(), v_none()));
    TbEntry *tb = e.tag == V_OBJ && (e.u.o->cls->flags & CLS_EXCEPTION) ? ((ExcObj *)e.u.o)->tb : NULL;
    return v_obj(tuple_pack(I, 3, v_obj(class_of(I, e)), e, exc_tb_wrap(I, tb)));
}

/* ---- the module ------------------------------------------------------------- */

/* sys.modules, brought up to date: every module imported so far, except
 * the ones the grader hides (names starting with \x01); what the program
 * put there itself stays (interp_import finds a module it put there). */
static Dict *refresh_modules(Interp *I, SysState *st)
{
    if (!st->modules) {
        st->modules = dict_new(I);
        st->listed = dict_new(I);
    }
    Dict *d = st->modules;
    /* drop the entries listed here whose module is no longer registered */
    int64_t pos = 0;
    Value k, v;
    List *gone = NULL;
    while (dict_next(d, &pos, &k, &v)) {
        if (!v_is_str(I, k) || v_is_unset(dict_get(I, st->listed, k)))
            continue;
        bool live = false;
        for (ModuleEntry *e = I->modules; e && !live; e = e->next)
            live = e->mod && !strcmp(e->name, ((Str *)k.u.o)->s);
        if (!live) {
            if (!gone)
                gone = list_new(I, 4);
            list_append(I, gone, k);
        }
    }
    for (int64_t i = 0; gone && i < gone->len; i++) {
        dict_del(I, d, gone->items[i]);
        dict_del(I, st->listed, gone->items[i]);
    }
    /* the oldest first, as CPython lists them in import order */
    int n = 0;
    for (ModuleEntry *e = I->modules; e; e = e->next)
        n++;
    ModuleEntry **all = interp_alloc(I, sizeof *all * (size_t)(n ? n : 1));
    n = 0;
    for (ModuleEntry *e = I->modules; e; e = e->next)
        all[n++] = e;
    for (int i = n - 1; i >= 0; i--) {
        ModuleEntry *e = all[i];
        if (!e->mod || e->name[0] == '\x01')
            continue;
        Value key = str_value(I, e->name);
        if (v_is_unset(dict_get(I, d, key))) {
            dict_set(I, d, key, v_obj(e->mod));
            dict_set(I, st->listed, key, v_none());
        }
    }
    return d;
}

Module *mod_sys_program_module(Interp *I, Str *name)
{
    SysState *st = I->sys;
    if (!st || !st->modules)
        return NULL;
    Value v = dict_get(I, st->modules, v_obj(name));
    if (v.tag != V_OBJ || !class_is_subclass(v.u.o->cls, I->cls.module))
        return NULL;
    return (Module *)v.u.o;
}

/* The sys module's own class (a subclass of module) only to answer
 * sys.modules fresh on every read; all else is module's. */
static Value smod_getattr(Interp *I, Value self, Str *name)
{
    if (!strcmp(name->s, "modules"))
        return v_obj(refresh_modules(I, sys_state(I)));
    return I->cls.module->ops->getattr(I, self, name);
}

static void smod_setattr(Interp *I, Value self, Str *name, Value val)
{
    I->cls.module->ops->setattr(I, self, name, val);
}

static Str *smod_repr(Interp *I, Value self)
{
    return I->cls.module->ops->repr(I, self);
}

static const TypeOps smod_ops = { .repr = smod_repr, .getattr = smod_getattr, .setattr = smod_setattr };

static Module *mod_sys_init(Interp *I)
{
    SysState *st = sys_state(I);
    st->stream_cls = class_new_native(I, "TextIOWrapper", "_io", NULL, &stream_ops, sizeof(SysStream), 0);
    class_add_method(I, st->stream_cls, "write", stream_write);
    class_add_method(I, st->stream_cls, "writelines", stream_writelines);
    class_add_method(I, st->stream_cls, "flush", stream_flush);
    class_add_method(I, st->stream_cls, "isatty", stream_false);
    class_add_getter(I, st->stream_cls, "name", stream_name);
    class_add_getter(I, st->stream_cls, "encoding", stream_encoding);
    class_add_getter(I, st->stream_cls, "mode", stream_mode);
    st->module_cls = class_new_native(I, "module", "builtins", I->cls.module, &smod_ops, sizeof(Module), 0);

    Module *m = module_new_of(I, st->module_cls, "sys");
    st->mod = m;

    st->out = stream_new(I, st, 1);
    st->err = stream_new(I, st, 2);
    module_set(I, m, "stdout", st->out);
    module_set(I, m, "stderr", st->err);
    module_set(I, m, "__stdout__", st->out);
    module_set(I, m, "__stderr__", st->err);
    st->argv = list_new(I, 1);
    if (st->argv0)
        list_append(I, st->argv, str_value(I, st->argv0));
    module_set(I, m, "argv", v_obj(st->argv));

    module_add_fn(I, m, "exit", sys_exit);
    module_add_fn(I, m, "getrecursionlimit", sys_getrecursionlimit);
    module_add_fn(I, m, "setrecursionlimit", sys_setrecursionlimit);
    module_add_fn(I, m, "intern", sys_intern);
    module_add_fn(I, m, "exc_info", sys_exc_info);

    module_set(I, m, "version", str_value(I, "3.11.7 (main, ormkata) [kata Python]"));
    Value vi[] = { v_int(3), v_int(11), v_int(7), str_value(I, "final"), v_int(0) };
    module_set(I, m, "version_info", seq_new(I, &seq_types[0], 5, vi));
    module_set(I, m, "hexversion", v_int(0x030B07F0));
    module_set(I, m, "platform", str_value(I,
#if defined(__APPLE__)
                                           "darwin"
#else
                                           "linux"
#endif
                                           ));
    uint16_t probe = 1;
    module_set(I, m, "byteorder", str_value(I, *(uint8_t *)&probe ? "little" : "big"));
    module_set(I, m, "maxsize", v_int(INT64_MAX));
    Value fi[] = { v_float(DBL_MAX), v_int(DBL_MAX_EXP), v_int(DBL_MAX_10_EXP), v_float(DBL_MIN),
                   v_int(DBL_MIN_EXP), v_int(DBL_MIN_10_EXP), v_int(DBL_DIG), v_int(DBL_MANT_DIG),
                   v_float(DBL_EPSILON), v_int(FLT_RADIX), v_int(1) };
    module_set(I, m, "float_info", seq_new(I, &seq_types[1], 11, fi));
    Value ii[] = { v_int(30), v_int(4), v_int(4300), v_int(640) };
    module_set(I, m, "int_info", seq_new(I, &seq_types[2], 4, ii));
    return m;
}

void mod_sys_register(Interp *I)
{
    interp_add_module(I, "sys", mod_sys_init);
    module_add_fn(I, I->builtins, "exit", builtin_exit);
    module_add_fn(I, I->builtins, "quit", builtin_exit);
}

void mod_sys_set_argv(Interp *I, const char *path)
{
    SysState *st = sys_state(I);
    st->argv0 = arena_strndup(&I->arena, path, strlen(path));
    if (st->argv) {
        st->argv->len = 0;
        list_append(I, st->argv, str_value(I, st->argv0));
    }
}

Value mod_sys_stdout_override(Interp *I)
{
    SysState *st = I->sys;
    if (!st || !st->mod)
        return v_unset();
    Value v = dict_get_cstr(I, st->mod->dict, "stdout");
    if (v_is_unset(v) || (v.tag == V_OBJ && st->out.tag == V_OBJ && v.u.o == st->out.u.o))
        return v_unset();
    return v;
}

int mod_sys_exit_status(Interp *I, Value exc, Str **text)
{
    *text = NULL;
    Value code = obj_getattr_cstr(I, exc, "code");
    if (v_is_none(code))
        return 0;
    Value n = num_unwrap(I, code);
    if (n.tag == V_INT || n.tag == V_BOOL)
        return (int)((uint64_t)n.u.i & 0xFF);
    if (num_is_int(I, n) && n.tag != V_FLOAT)
        return 255;             /* PyLong_AsLong overflows to -1 */
    Str *s = obj_str(I, code);
    *text = str_fmt(I, "%s\n", s->s);
    return 1;
}
