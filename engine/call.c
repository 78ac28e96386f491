/*
 * call.c — calls: evaluating a call expression (positional, *args,
 * keywords, **kwargs), binding arguments to a Python function's parameters
 * with CPython's error messages, and running the function's frame.
 *
 * Frames take their locals from eval's value stack (LIFO, never from the
 * arena per call). A method call `obj.m(...)` whose `m` is a plain function
 * or native method on the class passes obj as self without creating a
 * bound method.
 */
#include <stdio.h>
#include <string.h>

#include "bfunc.h"
#include "eval_int.h"
#include "gen.h"
#include "pyprof.h"

/* ---------------------------------------------------------------- */
/* Argument binding                                                 */
/* ---------------------------------------------------------------- */

static bool name_eq(Str *a, Str *b)
{
    return a == b || str_eq(a, b);
}

static _Noreturn void missing_args(Interp *I, Func *f, const char *kind, Str **names, int n)
{
    StrBuf sb;
    sb_init(&sb, I);
    for (int i = 0; i < n; i++) {
        if (i > 0)
            sb_adds(&sb, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        sb_printf(&sb, "'%s'", names[i]->s);
    }
    Str *list = sb_finish(&sb);
    exc_raisef(I, I->cls.TypeError, "%s() missing %d required %s argument%s: %s", f->qualname->s, n, kind,
               n == 1 ? "" : "s", list->s);
}

static _Noreturn void too_many_positional(Interp *I, Func *f, Value *loc, int given)
{
    Arguments *a = f->args;
    int kwonly_given = 0;
    for (int i = 0; i < a->nkwonly; i++)
        if (loc[a->nargs + i].tag != V_UNSET)
            kwonly_given++;
    char sig[64];
    int plural;
    if (f->ndefaults) {
        snprintf(sig, sizeof sig, "from %d to %d", a->nargs - f->ndefaults, a->nargs);
        plural = 1;
    } else {
        snprintf(sig, sizeof sig, "%d", a->nargs);
        plural = a->nargs != 1;
    }
    char ksig[96] = "";
    if (kwonly_given)
        snprintf(ksig, sizeof ksig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    exc_raisef(I, I->cls.TypeError, "%s() takes %s positional argument%s but %d%s %s given", f->qualname->s, sig,
               plural ? "s" : "", given, ksig, given == 1 && !kwonly_given ? "was" : "were");
}

/* Fill loc[0 .. nslots) from the call's arguments (self first when set).
 * loc is zeroed (V_UNSET) on entry. Raises CPython's TypeErrors. */
static void bind_args(Interp *I, Func *f, Value *loc, Value self, int argc, const Value *argv, const KwArgs *kw)
{
    Arguments *a = f->args;
    int nargs = a->nargs;
    int hasself = self.tag != V_UNSET;
    int npos = argc + hasself;
    int ncopy = npos < nargs ? npos : nargs;
    int slot_var = nargs + a->nkwonly;
    int slot_kw = slot_var + (a->vararg ? 1 : 0);

    if (hasself && ncopy > 0)
        loc[0] = self;
    for (int i = hasself; i < ncopy; i++)
        loc[i] = argv[i - hasself];
    if (a->vararg) {
        int extra = npos > nargs ? npos - nargs : 0;
        Tuple *t = tuple_new(I, extra);
        for (int i = 0; i < extra; i++) {
            int k = nargs + i;
            t->items[i] = (hasself && k == 0) ? self : argv[k - hasself];
        }
        loc[slot_var] = v_obj(t);
    }
    Dict *kwd = NULL;
    if (a->kwarg) {
        kwd = dict_new(I);
        loc[slot_kw] = v_obj(kwd);
    }
    if (kw && kw->n) {
        Str **posonly_kw = NULL;
        int nposonly_kw = 0;
        for (int k = 0; k < kw->n; k++) {
            Str *name = kw->names[k];
            int j = -1;
            for (int i = a->nposonly; i < nargs; i++)
                if (a->args[i].name == name) { j = i; break; }
            if (j < 0)
                for (int i = 0; i < a->nkwonly; i++)
                    if (a->kwonly[i].name == name) { j = nargs + i; break; }
            if (j < 0) {
                for (int i = a->nposonly; i < nargs && j < 0; i++)
                    if (name_eq(a->args[i].name, name)) j = i;
                for (int i = 0; i < a->nkwonly && j < 0; i++)
                    if (name_eq(a->kwonly[i].name, name)) j = nargs + i;
            }
            if (j >= 0) {
                if (loc[j].tag != V_UNSET)
                    exc_raisef(I, I->cls.TypeError, "%s() got multiple values for argument '%s'", f->qualname->s,
                               name->s);
                loc[j] = kw->vals[k];
                continue;
            }
            if (kwd) {
                dict_set(I, kwd, v_str(name), kw->vals[k]);
                continue;
            }
            for (int i = 0; i < a->nposonly; i++)
                if (name_eq(a->args[i].name, name)) {
                    if (!posonly_kw)
                        posonly_kw = interp_alloc(I, sizeof(Str *) * (size_t)kw->n);
                    posonly_kw[nposonly_kw++] = name;
                    j = i;
                }
            if (j >= 0)
                continue;
            exc_raisef(I, I->cls.TypeError, "%s() got an unexpected keyword argument '%s'", f->qualname->s, name->s);
        }
        if (nposonly_kw) {
            StrBuf sb;
            sb_init(&sb, I);
            for (int i = 0; i < nposonly_kw; i++) {
                if (i)
                    sb_adds(&sb, ", ");
                sb_addstr(&sb, posonly_kw[i]);
            }
            exc_raisef(I, I->cls.TypeError,
                       "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                       f->qualname->s, sb_finish(&sb)->s);
        }
    }
    if (npos > nargs && !a->vararg)
        too_many_positional(I, f, loc, npos);
    if (npos < nargs) {
        int first_def = nargs - f->ndefaults;
        Str **missing = NULL;
        int nmissing = 0;
        for (int i = npos; i < nargs; i++) {
            if (loc[i].tag != V_UNSET)
                continue;
            if (i >= first_def) {
                loc[i] = f->defaults[i - first_def];
                continue;
            }
            if (!missing)
                missing = interp_alloc(I, sizeof(Str *) * (size_t)nargs);
            missing[nmissing++] = a->args[i].name;
        }
        if (nmissing)
            missing_args(I, f, "positional", missing, nmissing);
    }
    if (a->nkwonly) {
        Str **missing = NULL;
        int nmissing = 0;
        for (int i = 0; i < a->nkwonly; i++) {
            Value *p = &loc[nargs + i];
            if (p->tag != V_UNSET)
                continue;
            if (f->kwdefaults && f->kwdefaults[i].tag != V_UNSET) {
                *p = f->kwdefaults[i];
                continue;
            }
            if (!missing)
                missing = interp_alloc(I, sizeof(Str *) * (size_t)a->nkwonly);
            missing[nmissing++] = a->kwonly[i].name;
        }
        if (nmissing)
            missing_args(I, f, "keyword-only", missing, nmissing);
    }
}

/* ---------------------------------------------------------------- */
/* Running a function                                               */
/* ---------------------------------------------------------------- */

static _Noreturn void recursion_error(Interp *I, int native)
{
    exc_raisef(I, I->cls.RecursionError, native ? "maximum recursion depth exceeded while calling a Python object"
                                                : "maximum recursion depth exceeded");
}

static Value run_func(Interp *I, Func *f, Value self, int argc, const Value *argv, const KwArgs *kw, int native)
{
    if (f->node->kind == S_FUNCDEF && f->node->u.funcdef.lazy)
        func_materialize(I, f);
    Scope *sc = f->scope;
    interp_tick(I);
    if (I->budget.max_depth && I->depth >= I->budget.max_depth)
        recursion_error(I, native);
    StackMark mark = eval_stack_mark(I);
    int nslots = sc->nslots;
    Value *loc = eval_stack_alloc(I, nslots);
    Arguments *a = f->args;
    int hasself = self.tag != V_UNSET;
    int npos = argc + hasself;
    if (npos == a->nargs && (!kw || !kw->n) && !a->vararg && !a->kwarg && !a->nkwonly) {
        /* common case: exactly the positional parameters */
        if (hasself)
            loc[0] = self;
        for (int i = 0; i < argc; i++)
            loc[i + hasself] = argv[i];
        for (int i = npos; i < nslots; i++)
            loc[i] = v_unset();
    } else {
        for (int i = 0; i < nslots; i++)
            loc[i] = v_unset();
        bind_args(I, f, loc, self, argc, argv, kw);
    }
    if (sc->nparam_cells | sc->ncell_slots | sc->nfree) {
        for (int i = 0; i < sc->nparam_cells; i++) {
            int s = sc->param_cells[i];
            loc[s] = v_obj(cell_new(I, loc[s]));
        }
        for (int i = 0; i < sc->ncell_slots; i++)
            loc[sc->cell_slots[i]] = v_obj(cell_new(I, v_unset()));
        for (int i = 0; i < sc->nfree; i++)
            loc[sc->free_base + i] = v_obj(f->closure[i]);
    }
    if (sc->generator) {
        /* a generator function: its body waits for the first next() */
        Value g = gen_new(I, f, loc);
        eval_stack_reset(I, mark);
        return g;
    }

    Frame fr;
    fr.locals = loc;
    fr.scope = sc;
    fr.globals = f->globals;
    fr.ns = NULL;
    fr.func = f;
    fr.ret = v_none();
    Node *body0 = f->node->kind == E_LAMBDA ? f->node->u.lambda.body
                                            : (f->node->u.funcdef.body.n ? f->node->u.funcdef.body.items[0] : f->node);
    /* eval_frame_push, inlined */
    FrameInfo *back = I->frame;
    fr.fi.back = back;
    fr.fi.filename = f->filename;
    fr.fi.funcname = f->name;
    fr.fi.line = body0->line;
    fr.fi.user = f->filename->s[0] != '<';
    fr.cur = body0;
    fr.tb_skip = NULL;
    I->frame = &fr.fi;
    int depth = I->depth++;
    ExcFrame ef;
    exc_push(I, &ef);
    pyprof_enter(f);
    if (setjmp(ef.jb) != 0) {
        pyprof_leave();
        I->frame = &fr.fi;
        eval_exc_landed(I, &fr);
        I->frame = back;
        I->depth = depth;
        eval_stack_reset(I, mark);
        exc_reraise(I);
    }
    Value ret;
    if (f->node->kind == E_LAMBDA) {
        ret = eval_expr(I, &fr, f->node->u.lambda.body);
    } else {
        int r = eval_body(I, &fr, &f->node->u.funcdef.body);
        ret = r == X_RETURN ? fr.ret : v_none();
    }
    exc_pop(I, &ef);
    pyprof_leave();
    I->frame = back;
    I->depth = depth;
    eval_stack_reset(I, mark);
    return ret;
}

Value call_func(Interp *I, Func *f, Value self, int argc, const Value *argv, const KwArgs *kw)
{
    return run_func(I, f, self, argc, argv, kw, 1);
}

/* fn(self, *argv) for a value found on a class (no bound method made). */
Value call_value(Interp *I, Value fn, Value self, int argc, const Value *argv, const KwArgs *kw)
{
    if (fn.tag == V_OBJ) {
        Class *fc = fn.u.o->cls;
        if (fc == I->cls.function)
            return run_func(I, (Func *)fn.u.o, self, argc, argv, kw, 1);
        if (fc == I->cls.builtin_function || (fc->ops->get == NULL && self.tag != V_UNSET)) {
            StackMark mark = eval_stack_mark(I);
            Value *args = eval_stack_alloc(I, argc + 1);
            args[0] = self;
            for (int i = 0; i < argc; i++)
                args[i + 1] = argv[i];
            Value r = obj_call(I, fn, argc + 1, args, kw);
            eval_stack_reset(I, mark);
            return r;
        }
        if (fc->ops->get && self.tag != V_UNSET)
            fn = fc->ops->get(I, fn, self, class_of(I, self));
    }
    return obj_call(I, fn, argc, argv, kw);
}

/* ---------------------------------------------------------------- */
/* Call expressions                                                 */
/* ---------------------------------------------------------------- */

/* Name of a callable for "f() argument after * …" messages (CPython's
 * _PyObject_FunctionStr). */
static const char *callable_name(Interp *I, Value fn)
{
    if (fn.tag == V_OBJ && fn.u.o->cls == I->cls.function) {
        Func *f = (Func *)fn.u.o;
        if (f->module && strcmp(f->module->s, "builtins") != 0)
            return str_fmt(I, "%s.%s()", f->module->s, f->qualname->s)->s;
        return str_fmt(I, "%s()", f->qualname->s)->s;
    }
    Value qn = obj_getattr_opt(I, fn, I->names.__qualname__);
    if (qn.tag == V_UNSET || !v_is_str(I, qn))
        return str_fmt(I, "%s object", type_name(I, fn))->s;
    return str_fmt(I, "%s()", ((Str *)qn.u.o)->s)->s;
}

static Value dispatch(Interp *I, Value callee, Value self, int argc, Value *argv, const KwArgs *kw)
{
    if (callee.tag == V_OBJ) {
        Class *c = callee.u.o->cls;
        if (c == I->cls.function)
            return run_func(I, (Func *)callee.u.o, self, argc, argv, kw, 0);
        if (self.tag != V_UNSET) {
            /* native method: argv has a free slot in front for self */
            argv[-1] = self;
            return obj_call(I, callee, argc + 1, argv - 1, kw);
        }
        if (c == I->cls.method) {
            BoundMethod *bm = (BoundMethod *)callee.u.o;
            if (bm->func.tag == V_OBJ && bm->func.u.o->cls == I->cls.function)
                return run_func(I, (Func *)bm->func.u.o, bm->self, argc, argv, kw, 0);
        }
    }
    return obj_call(I, callee, argc, argv, kw);
}

/* Collect a call's arguments when they use *iterable or **mapping. */
static Value call_general(Interp *I, Frame *fr, Node *n, Value callee, Value self)
{
    NodeList *args = &n->u.call.args;
    List *pos = list_new(I, args->n + 1);
    list_append(I, pos, v_unset());     /* room for self */
    for (int i = 0; i < args->n; i++) {
        Node *e = args->items[i];
        if (e->kind == E_STARRED) {
            Value it = eval_expr(I, fr, e->u.starred.value);
            EVAL_POS(fr, n);
            Class *c = class_of(I, it);
            if (!c->ops->iter && !(c->dunders & (DU_ITER | DU_GETITEM)) && !c->ops->getitem)
                exc_raisef(I, I->cls.TypeError, "%s argument after * must be an iterable, not %s",
                           callable_name(I, callee), type_name(I, it));
            Value iter = obj_iter(I, it);
            for (;;) {
                Value x = obj_next(I, iter);
                if (x.tag == V_UNSET)
                    break;
                list_append(I, pos, x);
            }
        } else {
            list_append(I, pos, eval_expr(I, fr, e));
        }
    }
    int nk = n->u.call.nkeywords, cap = nk + 4, cnt = 0;
    Str **names = interp_alloc(I, sizeof(Str *) * (size_t)cap);
    Value *vals = interp_alloc(I, sizeof(Value) * (size_t)cap);
    for (int i = 0; i < nk; i++) {
        Keyword *k = &n->u.call.keywords[i];
        Value v = eval_expr(I, fr, k->value);
        if (k->arg) {
            names[cnt] = k->arg;
            vals[cnt++] = v;
            continue;
        }
        EVAL_POS(fr, n);
        Dict *d;
        if (v.tag == V_OBJ && v.u.o->cls == I->cls.dict) {
            d = (Dict *)v.u.o;
        } else {
            Value keys = obj_getattr_opt(I, v, str_intern_cstr(I, "keys"));
            if (keys.tag == V_UNSET)
                exc_raisef(I, I->cls.TypeError, "%s argument after ** must be a mapping, not %s",
                           callable_name(I, callee), type_name(I, v));
            d = dict_new(I);
            Value it = obj_iter(I, obj_call0(I, keys));
            for (;;) {
                Value key = obj_next(I, it);
                if (key.tag == V_UNSET)
                    break;
                dict_set(I, d, key, obj_getitem(I, v, key));
            }
        }
        int64_t pos_ = 0;
        Value key, val;
        while (dict_next(d, &pos_, &key, &val)) {
            if (!v_is_str(I, key))
                exc_raisef(I, I->cls.TypeError, "keywords must be strings");
            Str *ks = (Str *)key.u.o;
            for (int j = 0; j < cnt; j++)
                if (name_eq(names[j], ks))
                    exc_raisef(I, I->cls.TypeError, "%s got multiple values for keyword argument '%s'",
                               callable_name(I, callee), ks->s);
            if (cnt == cap) {
                names = arena_realloc(&I->arena, names, sizeof(Str *) * (size_t)cap, sizeof(Str *) * (size_t)cap * 2);
                vals = arena_realloc(&I->arena, vals, sizeof(Value) * (size_t)cap, sizeof(Value) * (size_t)cap * 2);
                cap *= 2;
            }
            names[cnt] = ks->interned ? ks : str_intern(I, ks->s, (size_t)ks->len);
            vals[cnt++] = val;
        }
    }
    KwArgs kw = { cnt, names, vals };
    EVAL_POS(fr, n);
    return dispatch(I, callee, self, (int)pos->len - 1, pos->items + 1, cnt ? &kw : NULL);
}

/* s.endswith(x) and the like on a str its variable owns (V_OWNED): these
 * str methods return no str and keep no reference to s, so when their
 * arguments run no code, s can stay owned (`if not s.endswith("\n"):
 * s += "\n"` in a loop keeps appending in place). */
static bool peek_method_ok(Node *call, Str *name)
{
    static const char *const ok[] = {
        "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "isdigit",
        "isalpha", "isalnum", "isspace", "islower", "isupper", "istitle", "isnumeric",
        "isdecimal", "isidentifier", "isascii", "isprintable", "encode", "__len__",
    };
    NodeList *args = &call->u.call.args;
    if (call->u.call.nkeywords)
        return false;
    for (int i = 0; i < args->n; i++) {
        Node *a = args->items[i];
        if (a->kind != E_CONST && !(a->kind == E_NAME && (a->u.name.scope == NS_FAST ||
                                                          a->u.name.scope == NS_GLOBAL)))
            return false;
    }
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
        if (!strcmp(name->s, ok[i]))
            return true;
    return false;
}

Value eval_call(Interp *I, Frame *fr, Node *n)
{
    Node *fn = n->u.call.func;
    Value callee, self = v_unset();
    if (fn->kind == E_ATTR) {
        bool owned = false;
        Value obj = eval_maybe_owned(fr, fn->u.attr.value) ? eval_peek_fast(I, fr, fn->u.attr.value, &owned)
                                                            : eval_fast(I, fr, fn->u.attr.value);
        if (owned && !peek_method_ok(n, fn->u.attr.attr))
            obj = eval_expr(I, fr, fn->u.attr.value);     /* a plain name: shares it */
        Class *c = class_of(I, obj);
        Str *name = fn->u.attr.attr;
        Value m = v_unset();
        if (c->ops->getattr == obj_generic_getattr && !(c->dunders & DU_GETATTR))
            m = class_lookup(I, c, name);
        Class *mc = m.tag == V_OBJ ? m.u.o->cls : NULL;
        if (mc && (mc == I->cls.function ||
                   (mc == I->cls.builtin_function && ((NativeFn *)m.u.o)->owner &&
                    ((NativeFn *)m.u.o)->self.tag == V_UNSET))) {
            Dict *d = (c->flags & CLS_HAS_DICT) ? ((Instance *)obj.u.o)->dict : NULL;
            if (d && dict_get_str(I, d, name).tag != V_UNSET) {
                EVAL_POS(fr, fn);
                callee = obj_getattr(I, obj, name);
            } else {
                callee = m;
                self = obj;
            }
        } else {
            EVAL_POS(fr, fn);
            callee = obj_getattr(I, obj, name);
        }
    } else {
        callee = eval_expr(I, fr, fn);
    }
    NodeList *args = &n->u.call.args;
    int nk = n->u.call.nkeywords;
    for (int i = 0; i < args->n; i++)
        if (args->items[i]->kind == E_STARRED)
            return call_general(I, fr, n, callee, self);
    for (int i = 0; i < nk; i++)
        if (!n->u.call.keywords[i].arg)
            return call_general(I, fr, n, callee, self);

    int argc = args->n;
    StackMark mark = eval_stack_mark(I);
    Value *buf = eval_stack_alloc(I, 1 + argc + nk);
    Value *argv = buf + 1;
    if (argc == 1 && !nk && eval_maybe_owned(fr, args->items[0]) && callee.tag == V_OBJ &&
        callee.u.o->cls == I->cls.builtin_function && ((NativeFn *)callee.u.o)->fn == bfunc_len) {
        bool owned;     /* len(s) keeps no reference: an owned s stays owned */
        argv[0] = eval_peek_fast(I, fr, args->items[0], &owned);
    } else {
        for (int i = 0; i < argc; i++)
            argv[i] = eval_fast(I, fr, args->items[i]);
    }
    Value r;
    if (nk) {
        /* the names array lives on the value stack too (no arena per call) */
        Str **names = (Str **)eval_stack_alloc(I, (int)((sizeof(Str *) * (size_t)nk + sizeof(Value) - 1) / sizeof(Value)));
        Value *kv = argv + argc;
        for (int i = 0; i < nk; i++) {
            names[i] = n->u.call.keywords[i].arg;
            kv[i] = eval_expr(I, fr, n->u.call.keywords[i].value);
        }
        KwArgs kw = { nk, names, kv };
        EVAL_POS(fr, n);
        r = dispatch(I, callee, self, argc, argv, &kw);
    } else {
        EVAL_POS(fr, n);
        r = dispatch(I, callee, self, argc, argv, NULL);
    }
    eval_stack_reset(I, mark);
    return r;
}
