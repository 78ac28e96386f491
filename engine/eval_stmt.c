/*
 * eval_stmt.c — executing statements: assignment forms, control flow,
 * try/except/finally, with, raise, import; frames, the value stack and
 * running a module (eval_module).
 *
 * Statements return X_NORMAL / X_RETURN / X_BREAK / X_CONTINUE; Python
 * exceptions travel by longjmp (exc.h). Every catch point here restores
 * I->frame, I->depth and the value stack itself, then records the frame in
 * the exception's traceback (eval_exc_landed) the way CPython's unwinding
 * does, so tracebacks list exactly the frames CPython lists.
 */
#include <string.h>

#include "eval_int.h"
#include "str_int.h"

static int exec_stmt(Interp *I, Frame *fr, Node *s);

static inline bool truthy(Interp *I, Value v)
{
    switch (v.tag) {
    case V_BOOL: case V_INT: return v.u.i != 0;
    case V_NONE: return false;
    default: return obj_truthy(I, v);
    }
}

/* ---------------------------------------------------------------- */
/* Value stack and frames                                           */
/* ---------------------------------------------------------------- */

enum { SEG_VALUES = 1 << 15 };

/* A new (or the next cached) segment big enough for n values. */
Value *eval_stack_slow(Interp *I, int n)
{
    EvalState *es = eval_state(I);
    StackSeg *s = es->seg ? es->seg->next : NULL;
    while (s && s->end - s->base < n)
        s = s->next;
    if (!s) {
        size_t cnt = (size_t)n > SEG_VALUES ? (size_t)n : SEG_VALUES;
        s = interp_alloc(I, sizeof *s);
        s->base = interp_alloc(I, cnt * sizeof(Value));
        s->end = s->base + cnt;
        /* chain after the current one; later segments stay cached */
        if (es->seg) {
            s->next = es->seg->next;
            es->seg->next = s;
        }
        s->prev = es->seg;
    }
    es->seg = s;
    es->top = s->base + n;
    return s->base;
}

void eval_frame_push(Interp *I, Frame *fr, Str *filename, Str *funcname, Node *first)
{
    fr->fi.back = I->frame;
    fr->fi.filename = filename;
    fr->fi.funcname = funcname;
    fr->fi.line = first ? first->line : 0;
    fr->fi.user = filename->s[0] != '<';
    fr->cur = first;
    fr->tb_skip = NULL;
    I->frame = &fr->fi;
}

/* An exception has just been caught in frame fr: add fr to its traceback
 * (with the position of the failing node) unless it was re-raised here by
 * a bare `raise`. exc.c already chained __context__ when it was raised. */
void eval_exc_landed(Interp *I, Frame *fr)
{
    Value exc = I->exc;
    if (exc.tag != V_OBJ || !(exc.u.o->cls->flags & CLS_EXCEPTION))
        return;
    if (fr->tb_skip == exc.u.o) {
        fr->tb_skip = NULL;
        tb_add(I, exc, NULL);     /* only drops exc.c's plain entries */
        return;
    }
    tb_add(I, exc, fr);
}

/* Re-raise `exc` from frame fr without adding fr to its traceback again
 * (bare raise, end of finally, unmatched except, __exit__ returning false). */
static _Noreturn void reraise_here(Interp *I, Frame *fr, Value exc)
{
    fr->tb_skip = exc.u.o;
    I->exc = exc;
    exc_reraise(I);
}

/* ---------------------------------------------------------------- */
/* try / except / finally                                           */
/* ---------------------------------------------------------------- */

typedef struct Saved {
    FrameInfo *frame;
    int depth;
    StackMark mark;
} Saved;

static inline Saved save_state(Interp *I)
{
    Saved s = { I->frame, I->depth, eval_stack_mark(I) };
    return s;
}

static inline void restore_state(Interp *I, const Saved *s)
{
    I->frame = s->frame;
    I->depth = s->depth;
    eval_stack_reset(I, s->mark);
}

static void unbind_name(Interp *I, Frame *fr, Str *name)
{
    Symbol *y = fr->scope ? scope_find(fr->scope, name) : NULL;
    int kind = y ? y->kind : NS_GLOBAL;
    switch (kind) {
    case NS_FAST: fr->locals[y->slot] = v_unset(); break;
    case NS_CELL: ((Cell *)fr->locals[y->slot].u.o)->v = v_unset(); break;
    case NS_NAME: case NS_CLASSDEREF: dict_del(I, fr->ns, v_str(name)); break;
    default: dict_del(I, fr->globals, v_str(name)); break;
    }
}

/* Run `body` while `exc` is the exception being handled (I->handling),
 * restoring I->handling and unbinding `name` (except … as name) however the
 * body exits. */
static int run_handling(Interp *I, Frame *fr, NodeList *body, Value exc, Str *name)
{
    Value prev = I->handling;
    Saved sv = save_state(I);
    I->handling = exc;
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        int r = eval_body(I, fr, body);
        exc_pop(I, &ef);
        I->handling = prev;
        if (name)
            unbind_name(I, fr, name);
        return r;
    }
    restore_state(I, &sv);
    eval_exc_landed(I, fr);
    Value cur = I->exc;
    I->handling = prev;
    if (name)
        unbind_name(I, fr, name);
    reraise_here(I, fr, cur);
}

static bool handler_matches(Interp *I, Frame *fr, Value exc, Value t)
{
    if (t.tag == V_OBJ && t.u.o->cls == I->cls.tuple) {
        Tuple *tp = (Tuple *)t.u.o;
        for (int64_t i = 0; i < tp->len; i++)
            if (handler_matches(I, fr, exc, tp->items[i]))
                return true;
        return false;
    }
    if (!(t.tag == V_OBJ && class_is_subclass(t.u.o->cls, I->cls.type) &&
          class_is_subclass((Class *)t.u.o, I->cls.BaseException)))
        exc_raisef(I, I->cls.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return exc_matches(I, exc, (Class *)t.u.o);
}

/* try: body / except handlers / else (no finally). */
static int try_except(Interp *I, Frame *fr, Node *s)
{
    Saved sv = save_state(I);
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        int r = eval_body(I, fr, &s->u.try_.body);
        exc_pop(I, &ef);
        if (r == X_NORMAL && s->u.try_.orelse.n)
            r = eval_body(I, fr, &s->u.try_.orelse);
        return r;
    }
    restore_state(I, &sv);
    eval_exc_landed(I, fr);
    Value exc = I->exc;
    for (int i = 0; i < s->u.try_.nhandlers; i++) {
        ExceptHandler *h = &s->u.try_.handlers[i];
        if (h->type) {
            Value t = eval_expr(I, fr, h->type);
            if (!handler_matches(I, fr, exc, t))
                continue;
        }
        exc_clear(I);
        if (h->name)
            eval_store_name(I, fr, h->name, exc);
        return run_handling(I, fr, &h->body, exc, h->name);
    }
    reraise_here(I, fr, exc);
}

static __attribute__((noinline)) int exec_try(Interp *I, Frame *fr, Node *s)
{
    if (s->u.try_.finalbody.n == 0)
        return try_except(I, fr, s);
    Saved sv = save_state(I);
    ExcFrame ef;
    int r;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        if (s->u.try_.nhandlers)
            r = try_except(I, fr, s);
        else
            r = eval_body(I, fr, &s->u.try_.body);
        exc_pop(I, &ef);
        Value ret = fr->ret;
        int r2 = eval_body(I, fr, &s->u.try_.finalbody);
        if (r2 != X_NORMAL)
            return r2;
        fr->ret = ret;
        return r;
    }
    restore_state(I, &sv);
    eval_exc_landed(I, fr);
    Value exc = I->exc;
    exc_clear(I);
    r = run_handling(I, fr, &s->u.try_.finalbody, exc, NULL);
    if (r != X_NORMAL)
        return r;      /* return/break/continue in finally drops the exception */
    reraise_here(I, fr, exc);
}

/* ---------------------------------------------------------------- */
/* with                                                             */
/* ---------------------------------------------------------------- */

static __attribute__((noinline)) int with_items(Interp *I, Frame *fr, Node *s, int k)
{
    WithItem *it = &s->u.with.items[k];
    Value mgr = eval_expr(I, fr, it->context_expr);
    EVAL_POS(fr, it->context_expr);
    Class *c = class_of(I, mgr);
    Value enter = class_lookup(I, c, I->names.__enter__);
    if (enter.tag == V_UNSET)
        exc_raisef(I, I->cls.TypeError, "'%s' object does not support the context manager protocol",
                   type_name(I, mgr));
    Value exitf = class_lookup(I, c, I->names.__exit__);
    if (exitf.tag == V_UNSET)
        exc_raisef(I, I->cls.TypeError,
                   "'%s' object does not support the context manager protocol (missed __exit__ method)",
                   type_name(I, mgr));
    Value val = call_value(I, enter, mgr, 0, NULL, NULL);
    if (it->optional_vars)
        eval_assign(I, fr, it->optional_vars, val);

    Saved sv = save_state(I);
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        int r = k + 1 < s->u.with.nitems ? with_items(I, fr, s, k + 1) : eval_body(I, fr, &s->u.with.body);
        exc_pop(I, &ef);
        Value ret = fr->ret;
        Value none3[3] = { v_none(), v_none(), v_none() };
        EVAL_POS(fr, s);
        call_value(I, exitf, mgr, 3, none3, NULL);
        fr->ret = ret;
        return r;
    }
    restore_state(I, &sv);
    eval_exc_landed(I, fr);
    Value exc = I->exc;
    exc_clear(I);
    Value prev = I->handling;
    I->handling = exc;
    TbEntry *tb = exc.tag == V_OBJ && (exc.u.o->cls->flags & CLS_EXCEPTION) ? ((ExcObj *)exc.u.o)->tb : NULL;
    Value args[3] = { v_obj(class_of(I, exc)), exc, exc_tb_wrap(I, tb) };
    EVAL_POS(fr, s);
    /* __exit__ may raise: I->handling must be put back then too, or every
     * later exception would chain to this one as its __context__. */
    Saved sv2 = save_state(I);
    ExcFrame ef2;
    exc_push(I, &ef2);
    if (setjmp(ef2.jb) != 0) {
        restore_state(I, &sv2);
        eval_exc_landed(I, fr);
        Value cur = I->exc;
        I->handling = prev;
        reraise_here(I, fr, cur);
    }
    Value res = call_value(I, exitf, mgr, 3, args, NULL);
    bool swallow = truthy(I, res);
    exc_pop(I, &ef2);
    I->handling = prev;
    if (swallow)
        return X_NORMAL;
    reraise_here(I, fr, exc);
}

/* ---------------------------------------------------------------- */
/* raise, assert, import                                            */
/* ---------------------------------------------------------------- */
/* The position CPython 3.11 gives a failing assert's raise: its compiler's
 * compiler_jump_if walks `not` operands, every `and`/`or` value and each
 * part of a conditional expression, and each comparison it meets sets the
 * location without restoring it; anything else keeps the statement's. So the
 * last comparison met in that walk (its carets shown), else the statement. */
static Node *assert_pos(Node *e, Node *pos)
{
    switch (e->kind) {
    case E_UNARY:
        return e->u.unary.op == U_NOT ? assert_pos(e->u.unary.operand, pos) : pos;
    case E_BOOLOP:
        for (int i = 0; i < e->u.boolop.values.n; i++)
            pos = assert_pos(e->u.boolop.values.items[i], pos);
        return pos;
    case E_IFEXP:
        pos = assert_pos(e->u.ifexp.test, pos);
        pos = assert_pos(e->u.ifexp.body, pos);
        return assert_pos(e->u.ifexp.orelse, pos);
    case E_COMPARE: return e;
    default: return pos;
    }
}


static bool is_exc_class(Interp *I, Value v)
{
    return v.tag == V_OBJ && class_is_subclass(v.u.o->cls, I->cls.type) &&
           class_is_subclass((Class *)v.u.o, I->cls.BaseException);
}

static _Noreturn void exec_raise(Interp *I, Frame *fr, Node *s)
{
    if (!s->u.raise.exc) {
        Value h = I->handling;
        if (h.tag != V_OBJ)
            exc_raisef(I, I->cls.RuntimeError, "No active exception to reraise");
        reraise_here(I, fr, h);
    }
    Value v = eval_expr(I, fr, s->u.raise.exc);
    EVAL_POS(fr, s);
    if (is_exc_class(I, v))
        v = obj_call0(I, v);
    if (!obj_isinstance(I, v, I->cls.BaseException))
        exc_raisef(I, I->cls.TypeError, "exceptions must derive from BaseException");
    if (s->u.raise.cause) {
        Value c = eval_expr(I, fr, s->u.raise.cause);
        EVAL_POS(fr, s);
        if (is_exc_class(I, c))
            c = obj_call0(I, c);
        else if (c.tag != V_NONE && !obj_isinstance(I, c, I->cls.BaseException))
            exc_raisef(I, I->cls.TypeError, "exception causes must derive from BaseException");
        ExcObj *e = (ExcObj *)v.u.o;
        e->cause = c;
        e->suppress_context = true;
    }
    exc_raise(I, v);
}

/* interp_import that returns NULL instead of raising ModuleNotFoundError. */
static Module *try_import(Interp *I, Frame *fr, Str *name)
{
    Saved sv = save_state(I);
    Value prev_exc = I->exc;
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        Module *m = interp_import(I, name);
        exc_pop(I, &ef);
        return m;
    }
    restore_state(I, &sv);
    if (!exc_matches(I, I->exc, I->cls.ModuleNotFoundError)) {
        eval_exc_landed(I, fr);
        reraise_here(I, fr, I->exc);
    }
    exc_clear(I);
    I->exc = prev_exc;
    return NULL;
}

static __attribute__((noinline)) void exec_import(Interp *I, Frame *fr, Node *s)
{
    for (int i = 0; i < s->u.import.n; i++) {
        Alias *a = &s->u.import.names[i];
        Module *m = interp_import(I, a->name);
        if (a->asname) {
            eval_store_name(I, fr, a->asname, v_obj(m));
            continue;
        }
        const char *dot = strchr(a->name->s, '.');
        if (dot) {
            Str *top = str_intern(I, a->name->s, (size_t)(dot - a->name->s));
            eval_store_name(I, fr, top, v_obj(interp_import(I, top)));
        } else {
            eval_store_name(I, fr, a->name, v_obj(m));
        }
    }
}

/* `from m import name`: m's attribute, or V_UNSET when it has none, also
 * when m's PEP 562 __getattr__ raises AttributeError for it (then a
 * submodule is tried, and failing that ImportError, as CPython's). */
static Value import_attr(Interp *I, Module *m, Str *name)
{
    if (v_is_unset(dict_get_str(I, m->dict, I->names.__getattr__)))
        return obj_getattr_opt(I, v_obj(m), name);
    Value v;
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        v = obj_getattr_opt(I, v_obj(m), name);
        exc_pop(I, &ef);
    } else {
        if (!exc_matches(I, I->exc, I->cls.AttributeError))
            exc_reraise(I);
        exc_clear(I);
        v = v_unset();
    }
    return v;
}

static __attribute__((noinline)) void exec_importfrom(Interp *I, Frame *fr, Node *s)
{
    Str *modname = s->u.importfrom.module;
    if (s->u.importfrom.level > 0 || !modname)
        exc_raisef(I, I->cls.ImportError, "attempted relative import with no known parent package");
    Module *m = interp_import(I, modname);
    for (int i = 0; i < s->u.importfrom.n; i++) {
        Alias *a = &s->u.importfrom.names[i];
        if (a->name->s[0] == '*' && a->name->s[1] == 0) {
            Value all = dict_get_cstr(I, m->dict, "__all__");
            if (all.tag != V_UNSET) {
                Value it = obj_iter(I, all);
                for (;;) {
                    Value k = obj_next(I, it);
                    if (k.tag == V_UNSET)
                        break;
                    Str *ks = v_as_str(I, k, "name");
                    Str *kn = str_intern(I, ks->s, (size_t)ks->len);
                    eval_store_name(I, fr, kn, obj_getattr(I, v_obj(m), kn));
                }
            } else {
                int64_t pos = 0;
                Value k, v;
                while (dict_next(m->dict, &pos, &k, &v)) {
                    if (!v_is_str(I, k) || ((Str *)k.u.o)->s[0] == '_')
                        continue;
                    Str *ks = (Str *)k.u.o;
                    eval_store_name(I, fr, str_intern(I, ks->s, (size_t)ks->len), v);
                }
            }
            continue;
        }
        Value v = import_attr(I, m, a->name);
        if (v.tag == V_UNSET) {
            Module *sub = try_import(I, fr, str_fmt(I, "%s.%s", modname->s, a->name->s));
            if (!sub) {
                /* ImportError(msg) with .name, the module, as CPython's */
                Value msg = v_obj(str_fmt(I, "cannot import name '%s' from '%s' (unknown location)",
                                          a->name->s, modname->s));
                Value exc = exc_new(I, I->cls.ImportError, 1, &msg);
                exc_set_attr(I, exc, "name", v_obj(modname));
                exc_raise(I, exc);
            }
            v = v_obj(sub);
        }
        eval_store_name(I, fr, a->asname ? a->asname : a->name, v);
    }
}

/* ---------------------------------------------------------------- */
/* Statements                                                       */
/* ---------------------------------------------------------------- */

static __attribute__((noinline)) void exec_del(Interp *I, Frame *fr, Node *t)
{
    switch (t->kind) {
    case E_NAME:
        switch (t->u.name.scope) {
        case NS_FAST: case NS_CELL: {
            Value *slot = &fr->locals[t->u.name.slot];
            if (t->u.name.scope == NS_CELL)
                slot = &((Cell *)slot->u.o)->v;
            if (slot->tag == V_UNSET) {
                EVAL_POS(fr, t);
                exc_raisef(I, I->cls.UnboundLocalError,
                           "cannot access local variable '%s' where it is not associated with a value",
                           t->u.name.id->s);
            }
            *slot = v_unset();
            return;
        }
        case NS_NAME: case NS_CLASSDEREF:
            if (!dict_del(I, fr->ns, v_str(t->u.name.id))) {
                EVAL_POS(fr, t);
                eval_name_error(I, fr, t->u.name.id);
            }
            return;
        default:
            if (!dict_del(I, fr->globals, v_str(t->u.name.id))) {
                EVAL_POS(fr, t);
                eval_name_error(I, fr, t->u.name.id);
            }
            return;
        }
    case E_ATTR: {
        Value o = eval_expr(I, fr, t->u.attr.value);
        EVAL_POS(fr, t);
        obj_delattr(I, o, t->u.attr.attr);
        return;
    }
    case E_SUBSCRIPT: {
        Value o = eval_expr(I, fr, t->u.subscript.value);
        Value k = eval_expr(I, fr, t->u.subscript.slice);
        EVAL_POS(fr, t);
        obj_delitem(I, o, k);
        return;
    }
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < t->u.seq.elts.n; i++)
            exec_del(I, fr, t->u.seq.elts.items[i]);
        return;
    default:
        EVAL_POS(fr, t);
        exc_raisef(I, I->cls.SyntaxError, "cannot delete expression");
    }
}

/* A value `+=` may extend in place: an exact str or bytes object. */
static inline bool concat_slot_value(Interp *I, Value v)
{
    return (v.tag == V_OBJ || v.tag == V_OWNED) &&
           (v.u.o->cls == I->cls.str || v.u.o->cls == I->cls.bytes);
}

/* `o.name` reads and writes o's own dict with nothing in between: o's class
 * uses the generic attribute protocol, defines no __setattr__/__getattr__,
 * and has no property called name. Returns that dict (NULL: not so, or no
 * dict yet). */
static Dict *plain_attr_dict(Interp *I, Value o, Str *name)
{
    if (o.tag != V_OBJ)
        return NULL;
    Class *cls = o.u.o->cls;
    if (!(cls->flags & CLS_HAS_DICT) || (cls->dunders & (DU_SETATTR | DU_GETATTR)) ||
        cls->ops->getattr != obj_generic_getattr || cls->ops->setattr != obj_generic_setattr ||
        name == I->names.__class__ || name == I->names.__dict__)
        return NULL;
    Value ca = class_lookup(I, cls, name);
    if (!v_is_unset(ca) && class_of(I, ca) == I->cls.property)
        return NULL;
    return ((Instance *)o.u.o)->dict;
}

/* The value slot `t += rhs` reads and writes, when the in-place str append
 * may use it: a function local, a module global, a plain attribute of o
 * (see plain_attr_dict) or o[k] of an exact dict with a str key. *d gets
 * the dict holding it (NULL for a local); the slot may be NULL with *d set
 * when the dict lacks the key. NULL and *d NULL: not eligible. */
static Value *concat_locate(Interp *I, Frame *fr, Node *t, Value o, Value k, Dict **d)
{
    Str *key;
    *d = NULL;
    switch (t->kind) {
    case E_NAME:
        if (t->u.name.scope == NS_FAST)
            return &fr->locals[t->u.name.slot];
        if (t->u.name.scope != NS_GLOBAL)
            return NULL;
        *d = fr->globals;
        return eval_global_slot(I, fr, t);
    case E_ATTR:
        key = t->u.attr.attr;
        *d = plain_attr_dict(I, o, key);
        break;
    default:
        if (o.tag != V_OBJ || o.u.o->cls != I->cls.dict || k.tag != V_OBJ || k.u.o->cls != I->cls.str)
            return NULL;
        *d = (Dict *)o.u.o;
        key = (Str *)k.u.o;
        break;
    }
    return *d ? dict_slot_str(I, *d, key) : NULL;
}

/*
 * `t += rhs` or `t = t + rhs` where t holds a str. CPython appends in place
 * when the variable holds the only reference; here the slot says so itself
 * (V_OWNED, value.h: every other read of the slot makes it V_OBJ), and
 * str_iadd appends into the string's spare room. The slot is read without
 * sharing, rhs evaluated (which may share, rebind or move it), the slot
 * found again, and the result stored back, owned when str_iadd says so.
 * o, k: the evaluated object (and key) of an attribute or subscript target.
 * Returns false, having evaluated nothing, when the slot is not eligible or
 * does not hold a str. opnode: where an operator error points.
 */
static bool concat_in_place(Interp *I, Frame *fr, Node *t, Value o, Value k, Node *rhs,
                            Node *opnode, int op)
{
    Dict *d;
    Value *slot = concat_locate(I, fr, t, o, k, &d);
    if (!slot || !concat_slot_value(I, *slot))
        return false;
    Value cur = v_obj(slot->u.o);
    Value v = eval_expr(I, fr, rhs);
    slot = concat_locate(I, fr, t, o, k, &d);
    bool owned = slot && slot->tag == V_OWNED && slot->u.o == cur.u.o;
    Value r;
    if (v.tag == V_OBJ && v.u.o->cls == cur.u.o->cls) {
        bool rowned;
        if (v.u.o->cls == I->cls.str)
            r = v_obj(str_iadd(I, (Str *)cur.u.o, owned, (Str *)v.u.o, &rowned));
        else
            r = v_obj(bytes_iadd(I, (Bytes *)cur.u.o, owned, (Bytes *)v.u.o, &rowned));
        if (rowned && (d || t->kind == E_NAME))
            r.tag = V_OWNED;
    } else {
        if (slot)
            v_read_slot(slot);      /* cur goes to arbitrary code: shared now */
        r = eval_binop_slow(I, fr, opnode, op, cur, v);
    }
    if (t->kind == E_NAME) {
        eval_assign(I, fr, t, r);
    } else if (d) {
        dict_set_str(I, d, t->kind == E_ATTR ? t->u.attr.attr : (Str *)k.u.o, r);
    } else {
        EVAL_POS(fr, t);
        obj_setattr(I, o, t->u.attr.attr, r);   /* o's class changed under rhs */
    }
    return true;
}

static __attribute__((noinline)) void exec_augassign(Interp *I, Frame *fr, Node *s)
{
    Node *t = s->u.augassign.target;
    int op = s->u.augassign.op | OP_INPLACE;
    bool add = s->u.augassign.op == OP_ADD;
    switch (t->kind) {
    case E_NAME: {
        /* Read the variable through its slot (once: a global's costs a
         * cache probe); a str there may be extended in place. */
        int sc = t->u.name.scope;
        Value *slot = sc == NS_FAST ? &fr->locals[t->u.name.slot]
                    : sc == NS_GLOBAL ? eval_global_slot(I, fr, t) : NULL;
        if (slot && add && concat_slot_value(I, *slot) &&
            concat_in_place(I, fr, t, v_unset(), v_unset(), s->u.augassign.value, s, op))
            return;
        Value cur = slot && slot->tag != V_UNSET ? v_read_slot(slot) : eval_expr(I, fr, t);
        Value v = eval_expr(I, fr, s->u.augassign.value);
        Value r;
        if (cur.tag == V_INT && v.tag == V_INT && add &&
            !__builtin_add_overflow(cur.u.i, v.u.i, &r.u.i))
            r.tag = V_INT;
        else
            r = eval_binop(I, fr, s, op, cur, v);
        eval_assign(I, fr, t, r);
        return;
    }
    case E_ATTR: {
        Value o = eval_expr(I, fr, t->u.attr.value);
        EVAL_POS(fr, t);
        /* A plain attribute in o's dict: read its slot directly (a str
         * there may be extended in place), else the full protocol. */
        Dict *d = plain_attr_dict(I, o, t->u.attr.attr);
        Value *slot = d ? dict_slot_str(I, d, t->u.attr.attr) : NULL;
        if (slot && add && concat_slot_value(I, *slot) &&
            concat_in_place(I, fr, t, o, v_unset(), s->u.augassign.value, s, op))
            return;
        Value cur = slot ? v_read_slot(slot) : obj_getattr(I, o, t->u.attr.attr);
        Value v = eval_expr(I, fr, s->u.augassign.value);
        Value r = eval_binop(I, fr, s, op, cur, v);
        EVAL_POS(fr, t);
        obj_setattr(I, o, t->u.attr.attr, r);
        return;
    }
    case E_SUBSCRIPT: {
        Value o = eval_expr(I, fr, t->u.subscript.value);
        Value k = eval_expr(I, fr, t->u.subscript.slice);
        EVAL_POS(fr, t);
        if (add && concat_in_place(I, fr, t, o, k, s->u.augassign.value, s, op))
            return;
        Value cur = obj_getitem(I, o, k);
        Value v = eval_expr(I, fr, s->u.augassign.value);
        Value r = eval_binop(I, fr, s, op, cur, v);
        EVAL_POS(fr, t);
        obj_setitem(I, o, k, r);
        return;
    }
    default:
        EVAL_POS(fr, t);
        exc_raisef(I, I->cls.SyntaxError, "'%s' is an illegal expression for augmented assignment", "expression");
    }
}

static __attribute__((noinline)) void exec_annassign(Interp *I, Frame *fr, Node *s)
{
    int toplevel = fr->scope->kind == SK_MODULE || fr->scope->kind == SK_CLASS;
    Value ann = v_unset();
    if (toplevel)
        ann = eval_expr(I, fr, s->u.annassign.annotation);
    if (s->u.annassign.value)
        eval_assign(I, fr, s->u.annassign.target, eval_expr(I, fr, s->u.annassign.value));
    if (toplevel && s->u.annassign.simple && s->u.annassign.target->kind == E_NAME) {
        Str *key = eval_state(I)->s_annotations;
        Value d = dict_get_str(I, fr->ns, key);
        if (d.tag == V_UNSET) {
            d = v_obj(dict_new(I));
            dict_set_str(I, fr->ns, key, d);
        }
        obj_setitem(I, d, v_str(s->u.annassign.target->u.name.id), ann);
    }
}

static __attribute__((noinline)) int exec_for(Interp *I, Frame *fr, Node *s)
{
    Value seq = eval_expr(I, fr, s->u.for_.iter);
    Node *target = s->u.for_.target;
    NodeList *body = &s->u.for_.body;
    int r;
    if (seq.tag == V_OBJ && seq.u.o->cls == I->cls.range) {
        Range *rg = (Range *)seq.u.o;
        int64_t v = rg->start;
        for (int64_t i = 0; i < rg->len; i++, v += rg->step) {
            interp_tick(I);
            if (target->kind == E_NAME && target->u.name.scope == NS_FAST)
                fr->locals[target->u.name.slot] = v_int(v);
            else
                eval_assign(I, fr, target, v_int(v));
            r = eval_body(I, fr, body);
            if (r == X_BREAK)
                return X_NORMAL;
            if (r == X_RETURN)
                return r;
        }
    } else if (seq.tag == V_OBJ && seq.u.o->cls == I->cls.list) {
        List *l = (List *)seq.u.o;
        for (int64_t i = 0; i < l->len; i++) {
            interp_tick(I);
            eval_assign(I, fr, target, l->items[i]);
            r = eval_body(I, fr, body);
            if (r == X_BREAK)
                return X_NORMAL;
            if (r == X_RETURN)
                return r;
        }
    } else {
        /* CPython 3.11 gives GET_ITER and FOR_ITER the for statement's
         * position: its traceback line shows no carets */
        EVAL_POS(fr, s);
        Value it = obj_iter(I, seq);
        for (;;) {
            interp_tick(I);
            EVAL_POS(fr, s);
            Value x = obj_next(I, it);
            if (x.tag == V_UNSET)
                break;
            eval_assign(I, fr, target, x);
            r = eval_body(I, fr, body);
            if (r == X_BREAK)
                return X_NORMAL;
            if (r == X_RETURN)
                return r;
        }
    }
    if (s->u.for_.orelse.n)
        return eval_body(I, fr, &s->u.for_.orelse);
    return X_NORMAL;
}

static __attribute__((noinline)) int exec_while(Interp *I, Frame *fr, Node *s)
{
    for (;;) {
        interp_tick(I);
        fr->fi.line = s->line;
        fr->cur = s->u.if_.test;
        bool owned;
        Node *test = s->u.if_.test;
        if (!truthy(I, eval_maybe_owned(fr, test) ? eval_peek_fast(I, fr, test, &owned)
                                                  : eval_expr(I, fr, test)))
            break;
        int r = eval_body(I, fr, &s->u.if_.body);
        if (r == X_BREAK)
            return X_NORMAL;
        if (r == X_RETURN)
            return r;
    }
    if (s->u.if_.orelse.n)
        return eval_body(I, fr, &s->u.if_.orelse);
    return X_NORMAL;
}

/* `a, b = x, y` (a tuple display into as many plain targets): evaluate the
 * right side into the value stack, then assign left to right, as CPython
 * does, without building the tuple. false: not that shape, nothing done. */
static __attribute__((noinline)) bool parallel_assign(Interp *I, Frame *fr, Node *s)
{
    Node *t = s->u.assign.targets.items[0], *rhs = s->u.assign.value;
    NodeList *ts, *vs = &rhs->u.seq.elts;
    if (t->kind != E_TUPLE && t->kind != E_LIST)
        return false;
    ts = &t->u.seq.elts;
    int n = vs->n;
    if (n != ts->n || n > 8)
        return false;
    for (int i = 0; i < n; i++)
        if (ts->items[i]->kind == E_STARRED || vs->items[i]->kind == E_STARRED)
            return false;
    StackMark mark = eval_stack_mark(I);
    Value *vals = eval_stack_alloc(I, n);
    for (int i = 0; i < n; i++)
        vals[i] = eval_expr(I, fr, vs->items[i]);
    for (int i = 0; i < n; i++)
        eval_assign(I, fr, ts->items[i], vals[i]);
    eval_stack_reset(I, mark);
    return true;
}

static int exec_stmt(Interp *I, Frame *fr, Node *s)
{
    interp_tick(I);
    fr->cur = s;
    fr->fi.line = s->line;
    switch (s->kind) {
    case S_EXPR:
        eval_expr(I, fr, s->u.expr.value);
        return X_NORMAL;
    case S_ASSIGN: {
        Node *rhs = s->u.assign.value;
        if (rhs->kind == E_BINOP && rhs->u.binop.op == OP_ADD && s->u.assign.targets.n == 1) {
            Node *t = s->u.assign.targets.items[0], *l = rhs->u.binop.left;
            if (t->kind == E_NAME && l->kind == E_NAME && t->u.name.id == l->u.name.id &&
                t->u.name.scope == l->u.name.scope && t->u.name.slot == l->u.name.slot &&
                concat_in_place(I, fr, t, v_unset(), v_unset(), rhs->u.binop.right, rhs, OP_ADD))
                return X_NORMAL;
        }
        if (rhs->kind == E_TUPLE && s->u.assign.targets.n == 1 && parallel_assign(I, fr, s))
            return X_NORMAL;
        Value v = eval_expr(I, fr, rhs);
        NodeList *ts = &s->u.assign.targets;
        for (int i = 0; i < ts->n; i++)
            eval_assign(I, fr, ts->items[i], v);
        return X_NORMAL;
    }
    case S_AUGASSIGN: exec_augassign(I, fr, s); return X_NORMAL;
    case S_ANNASSIGN: exec_annassign(I, fr, s); return X_NORMAL;
    case S_DEL:
        for (int i = 0; i < s->u.del.targets.n; i++)
            exec_del(I, fr, s->u.del.targets.items[i]);
        return X_NORMAL;
    case S_PASS: return X_NORMAL;
    case S_IF: {
        bool owned;     /* `if s:` keeps no reference: an owned s stays owned */
        Node *test = s->u.if_.test;
        if (truthy(I, eval_maybe_owned(fr, test) ? eval_peek_fast(I, fr, test, &owned)
                                                 : eval_expr(I, fr, test)))
            return eval_body(I, fr, &s->u.if_.body);
        return s->u.if_.orelse.n ? eval_body(I, fr, &s->u.if_.orelse) : X_NORMAL;
    }
    case S_WHILE: return exec_while(I, fr, s);
    case S_FOR: return exec_for(I, fr, s);
    case S_BREAK: return X_BREAK;
    case S_CONTINUE: return X_CONTINUE;
    case S_RETURN:
        fr->ret = s->u.return_.value ? eval_expr(I, fr, s->u.return_.value) : v_none();
        return X_RETURN;
    case S_FUNCDEF: {
        NodeList *decos = &s->u.funcdef.decorators;
        StackMark mark = eval_stack_mark(I);
        Value *dv = decos->n ? eval_stack_alloc(I, decos->n) : NULL;
        for (int i = 0; i < decos->n; i++)
            dv[i] = eval_expr(I, fr, decos->items[i]);
        Value f = func_new(I, fr, s, s->u.funcdef.scope, s->u.funcdef.args, s->u.funcdef.name);
        for (int i = decos->n - 1; i >= 0; i--) {
            EVAL_POS(fr, decos->items[i]);
            f = obj_call1(I, dv[i], f);
        }
        eval_stack_reset(I, mark);
        eval_store_name(I, fr, s->u.funcdef.name, f);
        return X_NORMAL;
    }
    case S_CLASSDEF:
        eval_store_name(I, fr, s->u.classdef.name, eval_make_class(I, fr, s));
        return X_NORMAL;
    case S_WITH: return with_items(I, fr, s, 0);
    case S_TRY: return exec_try(I, fr, s);
    case S_RAISE: exec_raise(I, fr, s);
    case S_ASSERT:
        if (!truthy(I, eval_expr(I, fr, s->u.assert_.test))) {
            Value e;
            if (s->u.assert_.msg) {
                Value m = eval_expr(I, fr, s->u.assert_.msg);
                e = exc_new(I, I->cls.AssertionError, 1, &m);
            } else {
                e = exc_new(I, I->cls.AssertionError, 0, NULL);
            }
            EVAL_POS(fr, assert_pos(s->u.assert_.test, s));
            exc_raise(I, e);
        }
        return X_NORMAL;
    case S_IMPORT: exec_import(I, fr, s); return X_NORMAL;
    case S_IMPORTFROM: exec_importfrom(I, fr, s); return X_NORMAL;
    case S_GLOBAL: case S_NONLOCAL: return X_NORMAL;
    case S_MATCH: return eval_match(I, fr, s);
    default:
        exc_raisef(I, I->cls.SystemError, "unexpected node %d in statement", (int)s->kind);
    }
}

/* Run a statement list; stops at the first return/break/continue. */
int eval_body(Interp *I, Frame *fr, NodeList *body)
{
    Node **it = body->items;
    for (int i = 0, n = body->n; i < n; i++) {
        int r = exec_stmt(I, fr, it[i]);
        if (r != X_NORMAL)
            return r;
    }
    return X_NORMAL;
}

/* ---------------------------------------------------------------- */
/* Modules                                                          */
/* ---------------------------------------------------------------- */

void eval_module(Interp *I, Node *tree, Module *m, Str *filename)
{
    if (!I->eval)
        eval_init(I);
    scope_resolve(I, tree, filename);
    Frame fr;
    memset(&fr, 0, sizeof fr);
    fr.scope = tree->u.module.scope;
    fr.globals = m->dict;
    fr.ns = m->dict;
    fr.ret = v_none();
    Saved sv = save_state(I);
    NodeList *body = &tree->u.module.body;
    /* as CPython's compiler stores it, before the body runs */
    Value doc = docstring_of(body);
    if (v_is_str(I, doc))
        dict_set_str(I, m->dict, I->names.__doc__, doc);
    eval_frame_push(I, &fr, filename, I->names.module_name, body->n ? body->items[0] : NULL);
    if (I->budget.max_depth && I->depth + 1 > I->budget.max_depth) {
        restore_state(I, &sv);
        exc_raisef(I, I->cls.RecursionError, "maximum recursion depth exceeded");
    }
    I->depth++;
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        eval_body(I, &fr, body);
        exc_pop(I, &ef);
        restore_state(I, &sv);
        return;
    }
    I->frame = &fr.fi;
    eval_exc_landed(I, &fr);
    restore_state(I, &sv);
    exc_reraise(I);
}
