/*
 * exc.c — exceptions: the builtin hierarchy (BaseException and the
 * CPython classes in common use), raising with longjmp to the nearest
 * catch point, tracebacks gathered the way CPython gathers them (one entry
 * per frame the exception passes through), cleanups run on unwind, and
 * fatal stops (budget overruns) that no except clause can catch.
 */
#include "obj_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Catch points                                                         */
/* ------------------------------------------------------------------ */

void exc_push(Interp *I, ExcFrame *ef)
{
    ef->prev = I->try_top;
    ef->root = false;
    ef->frame = I->frame;
    ef->depth = I->depth;
    ef->cleanup = I->cleanup;
    ef->vsp = I->vsp;
    I->try_top = ef;
}

void exc_push_root(Interp *I, ExcFrame *ef)
{
    exc_push(I, ef);
    ef->root = true;
}

void exc_pop(Interp *I, ExcFrame *ef)
{
    I->try_top = ef->prev;
}

void exc_cleanup_push(Interp *I, Cleanup *c, void (*fn)(void *), void *arg)
{
    c->fn = fn;
    c->arg = arg;
    c->prev = I->cleanup;
    I->cleanup = c;
}

void exc_cleanup_pop(Interp *I, Cleanup *c, bool run)
{
    /* Pop everything down to and including c (normally just c). */
    while (I->cleanup) {
        Cleanup *top = I->cleanup;
        I->cleanup = top->prev;
        if (run || top != c)
            top->fn(top->arg);
        if (top == c)
            break;
    }
}

static TbEntry *tb_entry(Interp *I, FrameInfo *f)
{
    TbEntry *e = interp_alloc(I, sizeof *e);
    e->filename = f->filename;
    e->funcname = f->funcname;
    e->line = f->line;
    return e;
}

/* A frame CPython's traceback would not show: kata Python's own version of
 * what is C in CPython (operator.itemgetter, io, _csv, heapq, bisect,
 * itertools, the datetime helpers; functools' reduce, partial and the
 * lru_cache wrapper). The learner's line that called it stays, as in
 * CPython; a function of theirs it calls back shows too. */
bool exc_frame_hidden(const FrameInfo *f)
{
    /* a module wholly C in CPython (funcs NULL), or the functions of one
     * that are (heapq's heap operations are _heapq; nlargest is Python) */
    static const char *const functools_c[] = { "reduce", "__call__", "__lt__", "__gt__", "__le__",
                                               "__ge__", "__eq__", "__hash__", NULL };
    static const char *const heapq_c[] = { "heappush", "heappop", "heapify", "heapreplace", "heappushpop",
                                           "_siftdown", "_siftup", "_heapify_max", "_heappop_max",
                                           "_heapreplace_max", "_siftdown_max", "_siftup_max", NULL };
    static const struct {
        const char *file;
        const char *const *funcs;
    } native[] = {
        { "<operator.py>", NULL }, { "<io.py>", NULL }, { "<_csv.py>", NULL },
        { "<_datetime_py.py>", NULL }, { "<bisect.py>", NULL }, { "<itertools.py>", NULL },
        { "<functools.py>", functools_c }, { "<heapq.py>", heapq_c },
    };
    if (!f->filename || f->filename->s[0] != '<')
        return false;
    for (size_t i = 0; i < sizeof native / sizeof native[0]; i++) {
        if (strcmp(f->filename->s, native[i].file) != 0)
            continue;
        if (!native[i].funcs)
            return true;
        for (const char *const *fn = native[i].funcs; *fn; fn++)
            if (f->funcname && !strcmp(f->funcname->s, *fn))
                return true;
        return false;
    }
    return false;
}

/* Add traceback entries for the frames the exception leaves on its way to
 * `target` (which catches it): from the frame above the first entry up to
 * and including the catching frame. */
static void tb_extend(Interp *I, ExcObj *e, FrameInfo *target)
{
    FrameInfo *f = e->tb_top;
    if (!f || f == target)
        return;
    if (target) {
        FrameInfo *k = f->back;
        while (k && k != target)
            k = k->back;
        if (!k)
            return;     /* the catcher is not an ancestor: nothing to add */
    }
    for (FrameInfo *k = f->back; k; k = k->back) {
        if (!exc_frame_hidden(k)) {
            TbEntry *n = tb_entry(I, k);
            n->next = e->tb;
            e->tb = n;
        }
        e->tb_top = k;
        if (k == target)
            break;
    }
}

static _Noreturn void unwind_to(Interp *I, ExcFrame *ef)
{
    /* Run the cleanups registered since ef was pushed. */
    while (I->cleanup && I->cleanup != ef->cleanup) {
        Cleanup *c = I->cleanup;
        I->cleanup = c->prev;
        c->fn(c->arg);
    }
    I->try_top = ef->prev;
    I->frame = ef->frame;
    I->depth = ef->depth;
    I->vsp = ef->vsp;
    I->c_depth = 0;
    longjmp(ef->jb, 1);
}

static _Noreturn void throw(Interp *I)
{
    ExcFrame *ef = I->try_top;
    if (!ef)
        abort(); /* interp_run always pushes a root frame; no frame is a bug */
    if (I->exc.tag == V_OBJ && (I->exc.u.o->cls->flags & CLS_EXCEPTION))
        tb_extend(I, (ExcObj *)I->exc.u.o, ef->frame);
    unwind_to(I, ef);
}

static bool is_exc_instance(Interp *I, Value v)
{
    return v.tag == V_OBJ && (v.u.o->cls->flags & CLS_EXCEPTION) && v.u.o->cls != I->cls.type;
}

_Noreturn void exc_raise(Interp *I, Value exc)
{
    if (v_is_class(I, exc)) {
        Class *c = (Class *)exc.u.o;
        if (!(c->flags & CLS_EXCEPTION))
            exc_raisef(I, I->cls.TypeError, "exceptions must derive from BaseException");
        exc = obj_call(I, exc, 0, NULL, NULL);
        if (!is_exc_instance(I, exc))
            exc_raisef(I, I->cls.TypeError,
                       "calling %s should have returned an instance of BaseException, not %s",
                       obj_repr(I, v_obj(c))->s, type_name(I, exc));
    }
    if (!is_exc_instance(I, exc))
        exc_raisef(I, I->cls.TypeError, "exceptions must derive from BaseException");
    ExcObj *e = (ExcObj *)exc.u.o;
    /* Implicit chaining: raised while handling another exception. */
    if (is_exc_instance(I, I->handling) && !v_is(I->handling, exc) && v_is_none(e->context)) {
        /* avoid cycles: the handled exception must not already chain to exc */
        bool cycle = false;
        for (Value c = I->handling; is_exc_instance(I, c); c = ((ExcObj *)c.u.o)->context)
            if (v_is(c, exc)) {
                cycle = true;
                break;
            }
        if (!cycle)
            e->context = I->handling;
    }
    if (I->frame) {
        if (!exc_frame_hidden(I->frame)) {
            TbEntry *n = tb_entry(I, I->frame);
            n->next = e->tb;
            e->tb = n;
        }
        e->tb_top = I->frame;
    }
    I->exc = exc;
    throw(I);
}

_Noreturn void exc_reraise(Interp *I)
{
    if (!is_exc_instance(I, I->exc)) {
        I->exc = v_unset();
        exc_raisef(I, I->cls.RuntimeError, "No active exception to reraise");
    }
    throw(I);
}

Value exc_new(Interp *I, Class *cls, int argc, const Value *argv)
{
    return obj_call(I, v_obj(cls), argc, argv, NULL);
}

Value exc_new_msg(Interp *I, Class *cls, const char *msg)
{
    Value a = str_value(I, msg);
    return exc_new(I, cls, 1, &a);
}

void exc_set_attr(Interp *I, Value exc, const char *name, Value v)
{
    ExcObj *eo = (ExcObj *)exc.u.o;
    if (!eo->dict)
        eo->dict = dict_new(I);
    dict_set_cstr(I, eo->dict, name, v);
}

_Noreturn void exc_raisef(Interp *I, Class *cls, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Str *msg = str_vfmt(I, fmt, ap);
    va_end(ap);
    Value a = v_obj(msg);
    exc_raise(I, exc_new(I, cls, 1, &a));
}

_Noreturn void exc_raise_arg(Interp *I, Class *cls, Value arg)
{
    exc_raise(I, exc_new(I, cls, 1, &arg));
}

_Noreturn void exc_fatal(Interp *I, FatalKind kind, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(I->fatal_msg, sizeof I->fatal_msg, fmt, ap);
    va_end(ap);
    I->fatal = kind;
    ExcFrame *ef = I->try_top;
    while (ef && !ef->root)
        ef = ef->prev;
    if (!ef)
        abort();
    /* Remember where it stopped, for the report. */
    I->fatal_tb = NULL;
    for (FrameInfo *f = I->frame; f; f = f->back) {
        TbEntry *n = malloc(sizeof *n);    /* outside the arena: it may be full */
        if (!n)
            break;
        n->filename = f->filename;
        n->funcname = f->funcname;
        n->line = f->line;
        n->obj = NULL;
        n->next = I->fatal_tb;
        I->fatal_tb = n;
    }
    I->exc = v_unset();
    unwind_to(I, ef);
}

_Noreturn void exc_fatal_again(Interp *I)
{
    ExcFrame *ef = I->try_top;
    while (ef && !ef->root)
        ef = ef->prev;
    if (!ef)
        abort();
    I->exc = v_unset();
    unwind_to(I, ef);
}

bool exc_matches(Interp *I, Value exc, Class *cls)
{
    if (I->fatal)
        return false;
    return exc.tag == V_OBJ && class_is_subclass(exc.u.o->cls, cls);
}

void exc_clear(Interp *I)
{
    I->exc = v_unset();
}

/* ------------------------------------------------------------------ */
/* BaseException                                                        */
/* ------------------------------------------------------------------ */

static ExcObj *as_exc(Value v) { return (ExcObj *)v.u.o; }

static Value base_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    if (kw && kw->n && !(cls->flags & CLS_PYTHON))
        exc_raisef(I, I->cls.TypeError, "%s() takes no keyword arguments", cls->name->s);
    ExcObj *e = obj_alloc(I, cls, cls->inst_size);
    e->args = tuple_from(I, argc, argv);
    e->cause = v_none();
    e->context = v_none();
    return v_obj(e);
}

static Value base_init(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (kw && kw->n)
        exc_raisef(I, I->cls.TypeError, "%s() takes no keyword arguments", type_name(I, argv[0]));
    as_exc(argv[0])->args = tuple_from(I, argc - 1, argv + 1);
    return v_none();
}

static Str *base_str(Interp *I, Value self)
{
    Tuple *a = as_exc(self)->args;
    if (!a || a->len == 0)
        return I->names.empty;
    if (a->len == 1)
        return obj_str(I, a->items[0]);
    return obj_str(I, v_obj(a));
}

static Str *key_str(Interp *I, Value self)
{
    Tuple *a = as_exc(self)->args;
    if (a && a->len == 1)
        return obj_repr(I, a->items[0]);
    return base_str(I, self);
}

static Str *base_repr(Interp *I, Value self)
{
    Tuple *a = as_exc(self)->args;
    const char *name = class_of(I, self)->name->s;
    if (!a || a->len == 0)
        return str_fmt(I, "%s()", name);
    if (a->len == 1)
        return str_fmt(I, "%s(%s)", name, obj_repr(I, a->items[0])->s);
    return str_fmt(I, "%s%s", name, obj_repr(I, v_obj(a))->s);
}

/* ------------------------------------------------------------------ */
/* Traceback objects                                                    */
/* ------------------------------------------------------------------ */

/* A `traceback` object: one entry of an exception's traceback and, through
 * tb_next, the ones after it (towards the raise point). The entries form a
 * list that only ever grows at its head (a frame the exception leaves is
 * put in front), so a traceback object taken in an except clause keeps
 * describing what it described then, as CPython's do. An entry keeps its
 * object, so reading __traceback__ twice gives the same one. There are no
 * frame objects: tb_frame and tb_lasti are absent. */
typedef struct TbObj {
    Obj hdr;
    TbEntry *t;
} TbObj;

Value exc_tb_wrap(Interp *I, TbEntry *t)
{
    if (!t)
        return v_none();
    if (!t->obj) {
        TbObj *o = obj_alloc(I, I->cls.traceback, sizeof *o);
        o->t = t;
        t->obj = &o->hdr;
    }
    return v_obj(t->obj);
}

TbEntry *exc_tb_entry(Interp *I, Value tb)
{
    if (tb.tag == V_OBJ && tb.u.o->cls == I->cls.traceback)
        return ((TbObj *)tb.u.o)->t;
    return NULL;
}

static void set_tb(Interp *I, ExcObj *e, Value val, const char *msg)
{
    if (v_is_none(val))
        e->tb = NULL;
    else if (val.tag == V_OBJ && val.u.o->cls == I->cls.traceback)
        e->tb = ((TbObj *)val.u.o)->t;
    else
        exc_raisef(I, I->cls.TypeError, "%s", msg);
}

static Value tb_getattr(Interp *I, Value self, Str *name)
{
    TbEntry *t = ((TbObj *)self.u.o)->t;
    if (!strcmp(name->s, "tb_next"))
        return exc_tb_wrap(I, t->next);
    if (!strcmp(name->s, "tb_lineno"))
        return v_int(t->line);
    return obj_generic_getattr(I, self, name);
}

static void tb_setattr(Interp *I, Value self, Str *name, Value val)
{
    if (!strcmp(name->s, "tb_next")) {
        if (v_is_unset(val))
            exc_raisef(I, I->cls.TypeError, "can't delete tb_next attribute");
        exc_raisef(I, I->cls.TypeError, "kata Python cannot change a traceback's tb_next");
    }
    if (!strcmp(name->s, "tb_lineno"))
        exc_raisef(I, I->cls.AttributeError, "attribute 'tb_lineno' of 'traceback' objects is not writable");
    exc_raisef(I, I->cls.AttributeError, "'traceback' object has no attribute '%s'", name->s);
}

static Value tb_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    exc_raisef(I, I->cls.TypeError, "kata Python cannot create traceback objects");
}

static const TypeOps tb_ops = {
    .getattr = tb_getattr, .setattr = tb_setattr, .new_ = tb_new,
};

static Value base_getattr(Interp *I, Value self, Str *name)
{
    ExcObj *e = as_exc(self);
    const char *s = name->s;
    if (!strcmp(s, "args"))
        return v_obj(e->args ? e->args : tuple_new(I, 0));
    if (s[0] == '_' && s[1] == '_') {
        if (!strcmp(s, "__cause__")) return e->cause;
        if (!strcmp(s, "__context__")) return e->context;
        if (!strcmp(s, "__suppress_context__")) return v_bool(e->suppress_context);
        if (!strcmp(s, "__traceback__")) return exc_tb_wrap(I, e->tb);
    }
    Value r = obj_generic_getattr(I, self, name);
    if (!v_is_unset(r))
        return r;
    Class *c = class_of(I, self);
    Tuple *a = e->args;
    Value first = a && a->len ? a->items[0] : v_none();
    if (class_is_subclass(c, I->cls.StopIteration) && !strcmp(s, "value"))
        return first;
    if (class_is_subclass(c, I->cls.SystemExit) && !strcmp(s, "code"))
        return a && a->len > 1 ? v_obj(a) : first;     /* SystemExit_init: the args when several */
    if ((class_is_subclass(c, I->cls.NameError) || class_is_subclass(c, I->cls.AttributeError) ||
         class_is_subclass(c, I->cls.ImportError)) && (!strcmp(s, "name") || !strcmp(s, "obj")))
        return v_none();
    if (class_is_subclass(c, I->cls.ImportError) && !strcmp(s, "msg"))
        return first;
    if (class_is_subclass(c, I->cls.ImportError) && !strcmp(s, "path"))
        return v_none();
    return v_unset();
}

static void base_setattr(Interp *I, Value self, Str *name, Value val)
{
    ExcObj *e = as_exc(self);
    const char *s = name->s;
    if (!strcmp(s, "args")) {
        if (v_is_unset(val))
            exc_raisef(I, I->cls.TypeError, "args may not be deleted");
        List *l = obj_to_list(I, val);
        e->args = tuple_from(I, l->len, l->items);
        return;
    }
    if (!strcmp(s, "__cause__")) {
        if (!v_is_none(val) && !is_exc_instance(I, val))
            exc_raisef(I, I->cls.TypeError, "exception cause must be None or derive from BaseException");
        e->cause = val;
        e->suppress_context = true;
        return;
    }
    if (!strcmp(s, "__context__")) {
        e->context = val;
        return;
    }
    if (!strcmp(s, "__suppress_context__")) {
        e->suppress_context = obj_truthy(I, val);
        return;
    }
    if (!strcmp(s, "__traceback__")) {
        if (v_is_unset(val))
            exc_raisef(I, I->cls.TypeError, "__traceback__ may not be deleted");
        set_tb(I, e, val, "__traceback__ must be a traceback or None");
        return;
    }
    obj_generic_setattr(I, self, name, val);
}

static Value base_with_traceback(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "BaseException.with_traceback", argc, kw, 2);
    set_tb(I, as_exc(argv[0]), argv[1], "__traceback__ must be a traceback or None");
    return argv[0];
}

/* BaseException.add_note(note) (3.11): appended to the instance's
 * __notes__ list, which tracebacks print after the message. */
static Value base_add_note(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "BaseException.add_note", argc, kw, 2);
    if (!v_is_str(I, argv[1]))
        exc_raisef(I, I->cls.TypeError, "note must be a str, not '%s'", type_name(I, argv[1]));
    Value notes = obj_getattr_opt(I, argv[0], str_intern_cstr(I, "__notes__"));
    if (v_is_unset(notes)) {
        notes = v_obj(list_new(I, 1));
        obj_setattr(I, argv[0], str_intern_cstr(I, "__notes__"), notes);
    }
    if (class_of(I, notes) != I->cls.list)
        exc_raisef(I, I->cls.TypeError, "Cannot add note: __notes__ is not a list");
    list_append(I, (List *)notes.u.o, argv[1]);
    return v_none();
}

static const TypeOps base_ops = {
    .repr = base_repr, .str = base_str, .getattr = base_getattr, .setattr = base_setattr,
    .new_ = base_new,
};

static const TypeOps key_ops = { .str = key_str };

static Class *sub(Interp *I, const char *name, Class *base)
{
    return class_new_native(I, name, NULL, base, NULL, 0, CLS_BASETYPE | CLS_EXCEPTION | CLS_HAS_DICT);
}

void exc_init(Interp *I)
{
    BuiltinClasses *c = &I->cls;
    c->BaseException = class_new_native(I, "BaseException", NULL, NULL, &base_ops, sizeof(ExcObj),
                                        CLS_BASETYPE | CLS_EXCEPTION | CLS_HAS_DICT);
    class_add_method(I, c->BaseException, "__init__", base_init);
    class_add_method(I, c->BaseException, "with_traceback", base_with_traceback);
    class_add_method(I, c->BaseException, "add_note", base_add_note);
    c->traceback = class_new_native(I, "traceback", "builtins", NULL, &tb_ops, sizeof(TbObj), 0);
    c->SystemExit = sub(I, "SystemExit", c->BaseException);
    c->KeyboardInterrupt = sub(I, "KeyboardInterrupt", c->BaseException);
    c->GeneratorExit = sub(I, "GeneratorExit", c->BaseException);
    c->Exception = sub(I, "Exception", c->BaseException);
    c->ArithmeticError = sub(I, "ArithmeticError", c->Exception);
    c->FloatingPointError = sub(I, "FloatingPointError", c->ArithmeticError);
    c->OverflowError = sub(I, "OverflowError", c->ArithmeticError);
    c->ZeroDivisionError = sub(I, "ZeroDivisionError", c->ArithmeticError);
    c->AssertionError = sub(I, "AssertionError", c->Exception);
    c->AttributeError = sub(I, "AttributeError", c->Exception);
    c->BufferError = sub(I, "BufferError", c->Exception);
    c->EOFError = sub(I, "EOFError", c->Exception);
    c->ImportError = sub(I, "ImportError", c->Exception);
    c->ModuleNotFoundError = sub(I, "ModuleNotFoundError", c->ImportError);
    c->LookupError = sub(I, "LookupError", c->Exception);
    c->IndexError = sub(I, "IndexError", c->LookupError);
    c->KeyError = class_new_native(I, "KeyError", NULL, c->LookupError, &key_ops, 0,
                                   CLS_BASETYPE | CLS_EXCEPTION | CLS_HAS_DICT);
    c->MemoryError = sub(I, "MemoryError", c->Exception);
    c->NameError = sub(I, "NameError", c->Exception);
    c->UnboundLocalError = sub(I, "UnboundLocalError", c->NameError);
    c->OSError = sub(I, "OSError", c->Exception);
    c->FileNotFoundError = sub(I, "FileNotFoundError", c->OSError);
    c->PermissionError = sub(I, "PermissionError", c->OSError);
    c->TimeoutError = sub(I, "TimeoutError", c->OSError);
    c->ReferenceError = sub(I, "ReferenceError", c->Exception);
    c->RuntimeError = sub(I, "RuntimeError", c->Exception);
    c->NotImplementedError = sub(I, "NotImplementedError", c->RuntimeError);
    c->RecursionError = sub(I, "RecursionError", c->RuntimeError);
    c->StopIteration = sub(I, "StopIteration", c->Exception);
    c->SyntaxError = sub(I, "SyntaxError", c->Exception);
    c->IndentationError = sub(I, "IndentationError", c->SyntaxError);
    c->TabError = sub(I, "TabError", c->IndentationError);
    c->SystemError = sub(I, "SystemError", c->Exception);
    c->TypeError = sub(I, "TypeError", c->Exception);
    c->ValueError = sub(I, "ValueError", c->Exception);
    c->UnicodeError = sub(I, "UnicodeError", c->ValueError);
    c->UnicodeDecodeError = sub(I, "UnicodeDecodeError", c->UnicodeError);
    c->UnicodeEncodeError = sub(I, "UnicodeEncodeError", c->UnicodeError);
    c->Warning = sub(I, "Warning", c->Exception);
    c->DeprecationWarning = sub(I, "DeprecationWarning", c->Warning);
    c->UserWarning = sub(I, "UserWarning", c->Warning);
    c->RuntimeWarning = sub(I, "RuntimeWarning", c->Warning);

    Class *all[] = {
        c->BaseException, c->SystemExit, c->KeyboardInterrupt, c->GeneratorExit, c->Exception,
        c->ArithmeticError, c->FloatingPointError, c->OverflowError, c->ZeroDivisionError,
        c->AssertionError, c->AttributeError, c->BufferError, c->EOFError, c->ImportError,
        c->ModuleNotFoundError, c->LookupError, c->IndexError, c->KeyError, c->MemoryError,
        c->NameError, c->UnboundLocalError, c->OSError, c->FileNotFoundError, c->PermissionError,
        c->TimeoutError, c->ReferenceError, c->RuntimeError, c->NotImplementedError,
        c->RecursionError, c->StopIteration, c->SyntaxError, c->IndentationError, c->TabError,
        c->SystemError, c->TypeError, c->ValueError, c->UnicodeError, c->UnicodeDecodeError,
        c->UnicodeEncodeError, c->Warning, c->DeprecationWarning, c->UserWarning, c->RuntimeWarning,
    };
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        dict_set_str(I, I->builtins->dict, all[i]->name, v_obj(all[i]));
    dict_set_cstr(I, I->builtins->dict, "EnvironmentError", v_obj(c->OSError));
    dict_set_cstr(I, I->builtins->dict, "IOError", v_obj(c->OSError));

    I->limit_cls = class_new_native(I, "LimitExceeded", "ormkata", c->BaseException, NULL, 0,
                                    CLS_EXCEPTION | CLS_HAS_DICT);
}

Str *exc_format_line(Interp *I, Value exc)
{
    Class *c = class_of(I, exc);
    StrBuf sb;
    sb_init(&sb, I);
    if (c->module && strcmp(c->module->s, "__main__") && strcmp(c->module->s, "builtins")) {
        sb_addstr(&sb, c->module);
        sb_addc(&sb, '.');
    }
    sb_addstr(&sb, c->qualname);
    volatile Str *msg = NULL;
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        msg = obj_str(I, exc);
        exc_pop(I, &ef);
    } else {
        exc_clear(I);
        msg = str_from_cstr(I, "<exception str() failed>");
    }
    if (msg->len) {
        sb_adds(&sb, ": ");
        sb_addstr(&sb, (Str *)msg);
    }
    return sb_finish(&sb);
}
