/*
 * func.c — function objects (class `function`), closures and cells, class
 * statements, super(), and eval_init which creates the classes eval owns.
 *
 * A Func keeps its Scope (slot layout) and defining node; calling it is
 * call.c's job. Functions bind to instances through the `get` slot
 * (descriptor protocol), which obj.c calls on attribute lookup.
 */
#include <string.h>

#include "eval_int.h"
#include "gen.h"
#include "parse.h"

/* ---------------------------------------------------------------- */
/* Cells and closures                                               */
/* ---------------------------------------------------------------- */

Cell *cell_new(Interp *I, Value v)
{
    Cell *c = obj_alloc(I, I->cls.cell, sizeof *c);
    c->v = v;
    return c;
}

/* The cells a nested scope `sc` closes over, taken from frame fr. */
Cell **func_closure(Interp *I, Frame *fr, Scope *sc)
{
    if (!sc->nfree)
        return NULL;
    Cell **cl = interp_alloc(I, sizeof(Cell *) * (size_t)sc->nfree);
    for (int i = 0; i < sc->nfree; i++)
        cl[i] = (Cell *)fr->locals[sc->free_parent_slot[i]].u.o;
    return cl;
}

/* ---------------------------------------------------------------- */
/* Function objects                                                 */
/* ---------------------------------------------------------------- */

Value docstring_of(NodeList *body)
{
    if (body->n && body->items[0]->kind == S_EXPR) {
        Node *e = body->items[0]->u.expr.value;
        if (e->kind == E_CONST && e->u.constant.value.tag == V_OBJ)
            return e->u.constant.value;
    }
    return v_none();
}

/* A new function for `def` (def is S_FUNCDEF, name set) or `lambda`
 * (def is E_LAMBDA, name NULL), evaluating defaults and annotations now. */
Value func_new(Interp *I, Frame *fr, Node *def, Scope *sc, Arguments *args, Str *name)
{
    Func *f = obj_alloc(I, I->cls.function, sizeof *f);
    f->name = name ? name : sc->name;
    f->qualname = sc->qualname;
    f->scope = sc;
    f->node = def;
    f->args = args;
    f->globals = fr->globals;
    f->filename = fr->fi.filename;
    Value mod = dict_get_str(I, fr->globals, I->names.__name__);
    f->module = v_is_str(I, mod) ? (Str *)mod.u.o : NULL;
    f->doc = def->kind == S_FUNCDEF ? docstring_of(&def->u.funcdef.body) : v_none();
    if (def->kind == S_FUNCDEF && f->doc.tag == V_OBJ && !v_is_str(I, f->doc))
        f->doc = v_none();
    int nd = 0;
    for (int i = 0; i < args->nargs; i++)
        if (args->args[i].default_)
            nd++;
    if (nd) {
        f->defaults = interp_alloc(I, sizeof(Value) * (size_t)nd);
        for (int i = args->nargs - nd, k = 0; i < args->nargs; i++, k++)
            f->defaults[k] = eval_expr(I, fr, args->args[i].default_);
    }
    f->ndefaults = nd;
    for (int i = 0; i < args->nkwonly; i++) {
        if (!args->kwonly[i].default_)
            continue;
        if (!f->kwdefaults)
            f->kwdefaults = interp_alloc(I, sizeof(Value) * (size_t)args->nkwonly);
        f->kwdefaults[i] = eval_expr(I, fr, args->kwonly[i].default_);
    }
    f->annotations = v_unset();
    if (def->kind == S_FUNCDEF) {
        Dict *ann = NULL;
#define ANN(p)                                                            \
        if ((p) && (p)->annotation) {                                     \
            if (!ann) ann = dict_new(I);                                  \
            dict_set(I, ann, v_str((p)->name), eval_expr(I, fr, (p)->annotation)); \
        }
        for (int i = 0; i < args->nargs; i++)
            ANN(&args->args[i]);
        ANN(args->vararg);
        for (int i = 0; i < args->nkwonly; i++)
            ANN(&args->kwonly[i]);
        ANN(args->kwarg);
#undef ANN
        if (def->u.funcdef.returns) {
            if (!ann)
                ann = dict_new(I);
            dict_set_cstr(I, ann, "return", eval_expr(I, fr, def->u.funcdef.returns));
        }
        if (ann)
            f->annotations = v_obj(ann);
    }
    f->closure = func_closure(I, fr, sc);
    return v_obj(f);
}

static Str *func_repr(Interp *I, Value self)
{
    Func *f = (Func *)self.u.o;
    return str_fmt(I, "<function %s at 0x%llx>", f->qualname->s, (unsigned long long)obj_id(I, self));
}

static Value func_get(Interp *I, Value self, Value instance, Class *owner)
{
    if (instance.tag == V_UNSET || instance.tag == V_NONE)
        return self;
    return bound_method_new(I, instance, self);
}

static Value func_call_slot(Interp *I, Value self, int argc, const Value *argv, const KwArgs *kw)
{
    return call_func(I, (Func *)self.u.o, v_unset(), argc, argv, kw);
}

static Value func_getattr(Interp *I, Value self, Str *name)
{
    Func *f = (Func *)self.u.o;
    EvalState *es = eval_state(I);
    if (f->dict) {
        Value v = dict_get_str(I, f->dict, name);
        if (v.tag != V_UNSET)
            return v;
    }
    if (name == I->names.__name__) return v_str(f->name);
    if (name == I->names.__qualname__) return v_str(f->qualname);
    if (name == I->names.__doc__) return f->doc;
    if (name == I->names.__module__) return f->module ? v_str(f->module) : v_none();
    if (name == I->names.__dict__) {
        if (!f->dict)
            f->dict = dict_new(I);
        return v_obj(f->dict);
    }
    if (name == es->s_defaults)
        return f->ndefaults ? v_obj(tuple_from(I, f->ndefaults, f->defaults)) : v_none();
    if (name == es->s_kwdefaults) {
        if (!f->kwdefaults)
            return v_none();
        Dict *d = dict_new(I);
        for (int i = 0; i < f->args->nkwonly; i++)
            if (f->kwdefaults[i].tag != V_UNSET)
                dict_set(I, d, v_str(f->args->kwonly[i].name), f->kwdefaults[i]);
        return v_obj(d);
    }
    if (name == es->s_annotations) {
        if (f->annotations.tag == V_UNSET)
            f->annotations = v_obj(dict_new(I));
        return f->annotations;
    }
    if (name == es->s_globals) return v_obj(f->globals);
    if (name == es->s_closure) {
        if (!f->scope->nfree)
            return v_none();
        Tuple *t = tuple_new(I, f->scope->nfree);
        for (int i = 0; i < f->scope->nfree; i++)
            t->items[i] = v_obj(f->closure[i]);
        return v_obj(t);
    }
    return obj_generic_getattr(I, self, name);
}

static void func_setattr(Interp *I, Value self, Str *name, Value val)
{
    Func *f = (Func *)self.u.o;
    EvalState *es = eval_state(I);
    if (name == I->names.__name__ || name == I->names.__qualname__) {
        if (val.tag == V_UNSET)
            exc_raisef(I, I->cls.TypeError, "%s must be set to a string object", name->s);
        if (!v_is_str(I, val))
            exc_raisef(I, I->cls.TypeError, "%s must be set to a string object", name->s);
        if (name == I->names.__name__)
            f->name = (Str *)val.u.o;
        else
            f->qualname = (Str *)val.u.o;
        return;
    }
    if (name == I->names.__doc__) {
        f->doc = val.tag == V_UNSET ? v_none() : val;
        return;
    }
    if (name == I->names.__module__) {
        f->module = v_is_str(I, val) ? (Str *)val.u.o : NULL;
        return;
    }
    if (name == es->s_defaults) {
        if (val.tag == V_UNSET || val.tag == V_NONE) {
            f->defaults = NULL;
            f->ndefaults = 0;
            return;
        }
        if (!(val.tag == V_OBJ && val.u.o->cls == I->cls.tuple))
            exc_raisef(I, I->cls.TypeError, "__defaults__ must be set to a tuple object");
        Tuple *t = (Tuple *)val.u.o;
        if (t->len > f->args->nargs)
            exc_raisef(I, I->cls.ValueError, "__defaults__ has more values than there are parameters");
        f->defaults = t->items;
        f->ndefaults = (int)t->len;
        return;
    }
    if (name == es->s_annotations) {
        f->annotations = val;
        return;
    }
    if (!f->dict)
        f->dict = dict_new(I);
    if (val.tag == V_UNSET) {
        if (!dict_del(I, f->dict, v_str(name)))
            exc_raisef(I, I->cls.AttributeError, "'function' object has no attribute '%s'", name->s);
        return;
    }
    dict_set_str(I, f->dict, name, val);
}

static const TypeOps func_ops = {
    .repr = func_repr, .get = func_get, .call = func_call_slot,
    .getattr = func_getattr, .setattr = func_setattr,
};

/* ---------------------------------------------------------------- */
/* Class statements                                                 */
/* ---------------------------------------------------------------- */

/* PEP 560, as CPython's __build_class__: a base that is not a class but
 * has __mro_entries__ (typing's List[int], a generic alias) is replaced
 * by what that returns, given the original bases. The same tuple back
 * when nothing changed. */
static Tuple *update_bases(Interp *I, Tuple *bases)
{
    List *out = NULL;
    for (int64_t i = 0; i < bases->len; i++) {
        Value b = bases->items[i];
        Value meth = v_is_class(I, b) ? v_unset() : obj_getattr_opt(I, b, str_intern_cstr(I, "__mro_entries__"));
        if (v_is_unset(meth)) {
            if (out)
                list_append(I, out, b);
            continue;
        }
        if (!out)
            out = list_from(I, i, bases->items);
        Value got = obj_call1(I, meth, v_obj(bases));
        if (!(got.tag == V_OBJ && got.u.o->cls == I->cls.tuple))
            exc_raisef(I, I->cls.TypeError, "__mro_entries__ must return a tuple");
        Tuple *t = (Tuple *)got.u.o;
        for (int64_t k = 0; k < t->len; k++)
            list_append(I, out, t->items[k]);
    }
    return out ? tuple_from(I, out->len, out->items) : bases;
}

Value eval_make_class(Interp *I, Frame *fr, Node *n)
{
    Scope *sc = n->u.classdef.scope;
    NodeList *decos = &n->u.classdef.decorators;
    StackMark mark = eval_stack_mark(I);
    Value *dv = decos->n ? eval_stack_alloc(I, decos->n) : NULL;
    for (int i = 0; i < decos->n; i++)
        dv[i] = eval_expr(I, fr, decos->items[i]);
    List *bl = eval_seq_items(I, fr, &n->u.classdef.bases);
    EVAL_POS(fr, n);
    Tuple *orig_bases = tuple_from(I, bl->len, bl->items);
    Tuple *bases_t = update_bases(I, orig_bases);
    for (int64_t i = 0; i < bases_t->len; i++) {
        Value b = bases_t->items[i];
        if (!(b.tag == V_OBJ && class_is_subclass(b.u.o->cls, I->cls.type)))
            exc_raisef(I, I->cls.TypeError, "class %s: base must be a class, not %s",
                       n->u.classdef.name->s, type_name(I, b));
    }
    /* Keywords: metaclass= picks the metaclass, the others go to it (and on
     * to __init_subclass__), as CPython's __build_class__ does. */
    Value meta_v = v_unset();
    KwArgs ckw = { 0, NULL, NULL };
    int nk = n->u.classdef.nkeywords;
    if (nk) {
        ckw.names = interp_alloc(I, sizeof(Str *) * (size_t)nk);
        ckw.vals = eval_stack_alloc(I, nk);
    }
    for (int i = 0; i < nk; i++) {
        Keyword *k = &n->u.classdef.keywords[i];
        Value v = eval_expr(I, fr, k->value);
        EVAL_POS(fr, n);
        if (!k->arg)
            exc_raisef(I, I->cls.TypeError, "class %s: ** in class keywords is not supported here",
                       n->u.classdef.name->s);
        if (k->arg == I->names.metaclass) {
            meta_v = v;
            continue;
        }
        ckw.names[ckw.n] = k->arg;
        ckw.vals[ckw.n++] = v;
    }
    /* The metaclass: the most derived of metaclass= and the bases' classes
     * (or CPython's "metaclass conflict"); metaclass= may also be any
     * callable that is not a class, called as it is (meta stays NULL). */
    Class *meta = NULL;
    if (v_is_unset(meta_v) || v_is_class(I, meta_v)) {
        meta = v_is_unset(meta_v) ? NULL : (Class *)meta_v.u.o;
        for (int i = 0; i < bases_t->len; i++)
            meta = class_meta_winner(I, meta, (Class *)bases_t->items[i].u.o);
        if (!meta)
            meta = I->cls.type;
    }
    bool plain = meta == I->cls.type && !ckw.n;

    Dict *ns;
    if (plain) {
        ns = dict_new(I);
    } else {
        /* ns = meta.__prepare__(name, bases, **kw); a dict (class body stores go straight into it) */
        Value callee = meta ? v_obj(meta) : meta_v;
        Value prep = obj_getattr_opt(I, callee, I->names.__prepare__);
        Value pargs[2] = { v_obj(n->u.classdef.name), v_obj(bases_t) };
        Value nsv = v_is_unset(prep) ? v_obj(dict_new(I)) : obj_call(I, prep, 2, pargs, &ckw);
        if (!(nsv.tag == V_OBJ && (nsv.u.o->cls == I->cls.dict ||
                                   (class_is_subclass(nsv.u.o->cls, I->cls.dict) &&
                                    (nsv.u.o->cls->flags & CLS_PRE_DICT)))))
            exc_raisef(I, I->cls.TypeError, "%s.__prepare__() must return a mapping, not %s",
                       meta ? meta->name->s : "<metaclass>", type_name(I, nsv));
        ns = (Dict *)nsv.u.o;
    }
    Value mod = dict_get_str(I, fr->globals, I->names.__name__);
    if (mod.tag != V_UNSET)
        dict_set_str(I, ns, I->names.__module__, mod);
    dict_set_str(I, ns, I->names.__qualname__, v_str(sc->qualname));
    if (bases_t != orig_bases)
        dict_set_str(I, ns, str_intern_cstr(I, "__orig_bases__"), v_obj(orig_bases));
    Value doc = docstring_of(&n->u.classdef.body);
    if (v_is_str(I, doc))
        dict_set_str(I, ns, I->names.__doc__, doc);

    Frame cf;
    memset(&cf, 0, sizeof cf);
    cf.scope = sc;
    cf.globals = fr->globals;
    cf.ns = ns;
    cf.ret = v_none();
    cf.locals = sc->nslots ? eval_stack_alloc(I, sc->nslots) : NULL;
    for (int i = 0; i < sc->nslots; i++)
        cf.locals[i] = v_unset();
    Cell *class_cell = NULL;
    for (int i = 0; i < sc->ncell_slots; i++) {
        Cell *c = cell_new(I, v_unset());
        cf.locals[sc->cell_slots[i]] = v_obj(c);
        if (sc->cell_slots[i] == sc->class_cell_slot)
            class_cell = c;
    }
    Cell **cl = func_closure(I, fr, sc);
    for (int i = 0; i < sc->nfree; i++)
        cf.locals[sc->free_base + i] = v_obj(cl[i]);

    if (I->budget.max_depth && I->depth >= I->budget.max_depth)
        exc_raisef(I, I->cls.RecursionError, "maximum recursion depth exceeded");
    NodeList *body = &n->u.classdef.body;
    eval_frame_push(I, &cf, fr->fi.filename, n->u.classdef.name, body->n ? body->items[0] : n);
    FrameInfo *back = cf.fi.back;
    int depth = I->depth++;
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) != 0) {
        I->frame = &cf.fi;
        eval_exc_landed(I, &cf);
        I->frame = back;
        I->depth = depth;
        eval_stack_reset(I, mark);
        exc_reraise(I);
    }
    eval_body(I, &cf, body);
    exc_pop(I, &ef);
    I->frame = back;
    I->depth = depth;

    EVAL_POS(fr, n);
    /* type.__new__ takes the body's __qualname__ (which may reassign it). */
    Value qn = dict_get_str(I, ns, I->names.__qualname__);
    if (!v_is_unset(qn) && !v_is_str(I, qn))
        exc_raisef(I, I->cls.TypeError, "type __qualname__ must be a str, not %s", type_name(I, qn));
    Str *qualname = v_is_unset(qn) ? sc->qualname : (Str *)qn.u.o;
    Value r;
    if (plain) {
        r = v_obj(class_new_python_bases(I, I->cls.type, n->u.classdef.name, qualname, bases_t, ns, NULL));
    } else {
        /* meta(name, bases, ns, **kw): its __new__ and __init__, as type() calls them */
        Value margs[3] = { v_obj(n->u.classdef.name), v_obj(bases_t), v_obj(ns) };
        r = obj_call(I, meta ? v_obj(meta) : meta_v, 3, margs, &ckw);
    }
    if (class_cell)
        class_cell->v = r;
    for (int i = decos->n - 1; i >= 0; i--) {
        EVAL_POS(fr, decos->items[i]);
        r = obj_call1(I, dv[i], r);
    }
    eval_stack_reset(I, mark);
    return r;
}

/* ---------------------------------------------------------------- */
/* super                                                            */
/* ---------------------------------------------------------------- */

typedef struct Super {
    Obj hdr;
    Class *type;        /* search starts after this class */
    Value obj;          /* the instance (or class) methods bind to */
    Class *obj_type;    /* class whose MRO is searched */
} Super;

static bool is_class(Interp *I, Value v)
{
    return v.tag == V_OBJ && class_is_subclass(v.u.o->cls, I->cls.type);
}

static Value super_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    args_no_kw(I, "super", kw);
    Value t, o;
    if (argc == 0) {
        FrameInfo *fi = I->frame;
        Frame *fr = (Frame *)fi;    /* FrameInfo is the first member of every eval Frame */
        if (!fr || !fr->func || !fr->scope)
            exc_raisef(I, I->cls.RuntimeError, "super(): no arguments");
        Scope *sc = fr->scope;
        if (sc->nparams == 0)
            exc_raisef(I, I->cls.RuntimeError, "super(): no arguments");
        Symbol *y = scope_find(sc, I->names.__class__);
        if (!y || y->kind != NS_CELL)
            exc_raisef(I, I->cls.RuntimeError, "super(): __class__ cell not found");
        t = ((Cell *)fr->locals[y->slot].u.o)->v;
        if (t.tag == V_UNSET)
            exc_raisef(I, I->cls.RuntimeError, "super(): empty __class__ cell");
        o = v_read_slot(&fr->locals[0]);
        Symbol *p0 = &sc->syms[0];
        if (p0->kind == NS_CELL && o.tag == V_OBJ && o.u.o->cls == I->cls.cell)
            o = ((Cell *)o.u.o)->v;
        if (o.tag == V_UNSET)
            exc_raisef(I, I->cls.RuntimeError, "super(): arg[0] deleted");
    } else if (argc == 2) {
        t = argv[0];
        o = argv[1];
        if (!is_class(I, t))
            exc_raisef(I, I->cls.TypeError, "super() argument 1 must be a type, not %s", type_name(I, t));
    } else if (argc == 1) {
        exc_raisef(I, I->cls.TypeError, "super() with one argument is not supported here");
    } else {
        exc_raisef(I, I->cls.TypeError, "super() takes at most 2 arguments (%d given)", argc);
    }
    Class *tc = (Class *)t.u.o;
    Class *ot;
    if (is_class(I, o) && class_is_subclass((Class *)o.u.o, tc))
        ot = (Class *)o.u.o;
    else if (obj_isinstance(I, o, tc))
        ot = class_of(I, o);
    else
        exc_raisef(I, I->cls.TypeError, "super(type, obj): obj must be an instance or subtype of type");
    Super *s = obj_alloc(I, cls, sizeof *s);
    s->type = tc;
    s->obj = o;
    s->obj_type = ot;
    return v_obj(s);
}

static Value super_getattr(Interp *I, Value self, Str *name)
{
    Super *s = (Super *)self.u.o;
    if (name != I->names.__class__) {
        Class *c = s->obj_type;
        while (c && class_seen(c) != s->type)
            c = c->base;
        for (c = c ? c->base : NULL; c; c = c->base) {
            Value v = dict_get_str(I, c->dict, name);
            if (v.tag == V_UNSET)
                continue;
            Class *vc = class_of(I, v);
            bool inst = !(is_class(I, s->obj) && (Class *)s->obj.u.o == s->obj_type);
            if (vc == I->cls.function || vc == I->cls.builtin_function)
                return inst ? bound_method_new(I, s->obj, v) : v;
            if (vc->ops->get)
                return vc->ops->get(I, v, inst ? s->obj : v_unset(), s->obj_type);
            return v;
        }
    }
    return obj_generic_getattr(I, self, name);
}

static Str *super_repr(Interp *I, Value self)
{
    Super *s = (Super *)self.u.o;
    return str_fmt(I, "<super: <class '%s'>, <%s object>>", s->type->name->s, s->obj_type->name->s);
}

static const TypeOps super_ops = {
    .repr = super_repr, .getattr = super_getattr, .new_ = super_new,
};

/* ---------------------------------------------------------------- */
/* Initialisation                                                   */
/* ---------------------------------------------------------------- */

void eval_init(Interp *I)
{
    EvalState *es = interp_alloc(I, sizeof *es);
    I->eval = es;
    es->seg = NULL;
    es->top = NULL;
    es->gcache = interp_alloc(I, sizeof(GlobalCache) * GCACHE_SIZE);
    memset(es->gcache, 0, sizeof(GlobalCache) * GCACHE_SIZE);
    es->mcache = interp_alloc(I, sizeof(MethodCache) * MCACHE_SIZE);
    es->class_epoch = 1;    /* zeroed cache slots never match */
    es->acache = interp_alloc(I, sizeof(AttrCache) * ACACHE_SIZE);
    memset(es->acache, 0, sizeof(AttrCache) * ACACHE_SIZE);
    memset(es->mcache, 0, sizeof(MethodCache) * MCACHE_SIZE);
    eval_stack_slow(I, 0);
    es->s_dot0 = str_intern_cstr(I, ".0");
    es->s_super = str_intern_cstr(I, "super");
    es->s_annotations = str_intern_cstr(I, "__annotations__");
    es->s_defaults = str_intern_cstr(I, "__defaults__");
    es->s_kwdefaults = str_intern_cstr(I, "__kwdefaults__");
    es->s_closure = str_intern_cstr(I, "__closure__");
    es->s_code = str_intern_cstr(I, "__code__");
    es->s_globals = str_intern_cstr(I, "__globals__");
    I->cls.function = class_new_native(I, "function", NULL, NULL, &func_ops, sizeof(Func), CLS_HAS_DICT);
    class_add_method(I, I->cls.function, "__get__", obj_descr_get_m);
    Class *sup = class_new_native(I, "super", NULL, NULL, &super_ops, sizeof(Super), CLS_BASETYPE);
    gen_init(I);
    if (I->builtins)
        module_set(I, I->builtins, "super", v_obj(sup));
}

/* A library function's body is parsed and its scope finished on its first
 * call (Interp.parse_lazy_defs): most of the ORM's functions never run in
 * a given program. A syntax error there is raised as SyntaxError. */
void func_materialize(Interp *I, Func *f)
{
    Node *def = f->node;
    ParseError pe;
    if (!parse_lazy_body(I, def, &pe))
        exc_raisef(I, I->cls.SyntaxError, "%s (%s, line %d)", pe.msg, f->filename ? f->filename->s : "?",
                   pe.line);
    scope_resolve_lazy(I, def, f->filename);
    f->doc = docstring_of(&def->u.funcdef.body);
    if (f->doc.tag == V_OBJ && !v_is_str(I, f->doc))
        f->doc = v_none();
}
