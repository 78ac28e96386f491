/*
 * gen.c — generator functions (gen.h says what is promised).
 *
 * A generator object owns a Frame (locals in the arena) and, once first
 * resumed, a fiber: the body runs there, and every `yield` switches back
 * to whoever resumed it. What the interpreter keeps per thread of
 * execution is swapped on each switch:
 *
 *   - the catch-point chain (I->try_top) and the cleanup chain: a fiber
 *     starts both afresh, with a root catch point at its base, so nothing
 *     it raises (nor a fatal budget stop) ever longjmps off its own stack;
 *   - the Python frame chain: the generator's frame is linked on top of the
 *     resumer's (its `back` is the resumer's frame, as in CPython);
 *   - the call depth (the generator's frame counts one more), the repr
 *     depth, the value stack (each generator has its own: a paused
 *     `f(a, (yield))` keeps `a` there), the native function being called;
 *   - the exception being handled: a generator paused inside an except
 *     block keeps its own, otherwise it sees its resumer's.
 *
 * An exception escaping the body lands in the generator's frame at the
 * fiber's base (traceback entry), the fiber switches back for the last
 * time, and the resumer re-raises it on its own stack; a StopIteration
 * becomes RuntimeError("generator raised StopIteration") there. A fatal
 * stop is passed on the same way to the resumer's root catch point.
 *
 * Not done: a generator dropped unfinished never runs its finally blocks
 * (CPython closes it when it is collected); its fiber is unmapped when the
 * interpreter is freed.
 */
#include "gen.h"

#include <string.h>

#include "eval_int.h"
#include "fiber.h"

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };
enum { MODE_SEND, MODE_THROW };                             /* into the generator */
enum { OUT_YIELD, OUT_RETURN, OUT_RAISE, OUT_FATAL };       /* out of it */

enum { GEN_STACK_VALUES = 256 };    /* first value-stack segment of a generator */

/* The interpreter's per-thread-of-execution state, saved by a resumer. */
typedef struct Resumer {
    FiberCtx ctx;
    FrameInfo *frame;
    int depth, c_depth;
    ExcFrame *try_top;
    Cleanup *cleanup;
    StackSeg *seg;
    Value *top;
    Value handling;
    NativeFn *cur_native;
    struct Gen *cur;
} Resumer;

/* A generator object. node and scope first: the head comp.c's generator
 * expressions share (GenHead). */
typedef struct Gen {
    Obj hdr;
    Node *node;                 /* S_FUNCDEF or E_LAMBDA */
    Scope *scope;
    Interp *I;
    Func *func;
    Frame fr;
    int state;                  /* GEN_* */
    Fiber *fib;
    struct Gen *live_prev, *live_next;  /* GenState.live while it has a fiber */
    /* its own state while paused */
    ExcFrame *try_top;
    Cleanup *cleanup;
    StackSeg *seg;
    Value *top;
    Value handling;             /* its own handled exception, or V_UNSET: the resumer's */
    Value inherited;            /* the resumer's handled exception while running */
    /* the switch in progress */
    Resumer *res;
    int mode, out;
    Value val;                  /* sent/thrown value in; yielded/returned value or exception out */
    Value stop;                 /* return value for the next next() to raise, or V_UNSET */
} Gen;

typedef struct GenHead {
    Obj hdr;
    Node *node;
    Scope *scope;
} GenHead;

typedef struct GenState {
    Gen *cur;                   /* the generator whose body is running */
    Gen *live;                  /* generators holding a fiber */
} GenState;

static GenState *gen_state(Interp *I)
{
    if (!I->gen)
        I->gen = interp_alloc(I, sizeof(GenState));
    return I->gen;
}

static bool is_genfunc(Interp *I, Value v)
{
    return v.tag == V_OBJ && v.u.o->cls == I->cls.generator && ((GenHead *)v.u.o)->node->kind != E_GENEXP;
}

static bool is_exc_instance(Interp *I, Value v)
{
    return v.tag == V_OBJ && (v.u.o->cls->flags & CLS_EXCEPTION) && v.u.o->cls != I->cls.type;
}

/* ---------------------------------------------------------------- */
/* Creating                                                         */
/* ---------------------------------------------------------------- */

Value gen_new(Interp *I, Func *f, const Value *loc)
{
    Scope *sc = f->scope;
    Gen *g = obj_alloc(I, I->cls.generator, sizeof *g);
    g->node = f->node;
    g->scope = sc;
    g->I = I;
    g->func = f;
    g->state = GEN_CREATED;
    g->handling = v_unset();
    g->inherited = v_unset();
    g->val = v_none();
    g->stop = v_unset();
    Frame *fr = &g->fr;
    fr->locals = interp_alloc(I, sizeof(Value) * (size_t)(sc->nslots ? sc->nslots : 1));
    memcpy(fr->locals, loc, sizeof(Value) * (size_t)sc->nslots);
    fr->scope = sc;
    fr->globals = f->globals;
    fr->ns = NULL;
    fr->func = f;
    fr->ret = v_none();
    fr->tb_skip = NULL;
    fr->fi.filename = f->filename;
    fr->fi.funcname = f->name;
    fr->fi.user = f->filename->s[0] != '<';
    /* until the body runs, the frame stands at the def (a throw() into a
     * just-started generator shows that line, as CPython does) */
    fr->cur = f->node;
    fr->fi.line = f->node->line;
    StackSeg *s = interp_alloc(I, sizeof *s);
    s->base = interp_alloc(I, sizeof(Value) * GEN_STACK_VALUES);
    s->end = s->base + GEN_STACK_VALUES;
    g->seg = s;
    g->top = s->base;
    return v_obj(g);
}

/* ---------------------------------------------------------------- */
/* Switching                                                        */
/* ---------------------------------------------------------------- */

static void live_unlink(GenState *gs, Gen *g)
{
    if (g->live_prev)
        g->live_prev->live_next = g->live_next;
    else
        gs->live = g->live_next;
    if (g->live_next)
        g->live_next->live_prev = g->live_prev;
    g->live_prev = g->live_next = NULL;
}

/* The fiber's body: run the generator's code to its end, then leave for
 * good with the outcome in g->out / g->val. */
static void gen_main(void *arg)
{
    Gen *g = arg;
    Interp *I = g->I;
    fiber_started(fiber_ctx(g->fib));
    ExcFrame ef;
    exc_push_root(I, &ef);
    if (setjmp(ef.jb) == 0) {
        if (g->mode == MODE_THROW)
            exc_raise(I, g->val);
        Value ret;
        Node *n = g->node;
        if (n->kind == E_LAMBDA) {
            EVAL_POS(&g->fr, n->u.lambda.body);
            ret = eval_expr(I, &g->fr, n->u.lambda.body);
        } else {
            if (n->u.funcdef.body.n)
                EVAL_POS(&g->fr, n->u.funcdef.body.items[0]);
            int r = eval_body(I, &g->fr, &n->u.funcdef.body);
            ret = r == X_RETURN ? g->fr.ret : v_none();
        }
        exc_pop(I, &ef);
        g->out = OUT_RETURN;
        g->val = ret;
    } else if (I->fatal) {
        g->out = OUT_FATAL;
    } else {
        I->frame = &g->fr.fi;
        eval_exc_landed(I, &g->fr);
        g->out = OUT_RAISE;
        g->val = I->exc;
    }
    fiber_switch_final(fiber_ctx(g->fib), &g->res->ctx);
}

/* Run g until it yields or finishes; its outcome is g->out (OUT_*), with
 * g->val. Raises only before switching (already executing, recursion
 * limit, no stack). Restores the caller's state however the body ends. */
static int resume(Interp *I, Gen *g, int mode, Value v)
{
    if (g->state == GEN_RUNNING)
        exc_raisef(I, I->cls.ValueError, "generator already executing");
    if (I->budget.max_depth && I->depth >= I->budget.max_depth)
        exc_raisef(I, I->cls.RecursionError, "maximum recursion depth exceeded");
    interp_tick(I);
    GenState *gs = gen_state(I);
    EvalState *es = eval_state(I);
    if (!g->fib) {
        g->fib = fiber_new(0, gen_main, g);
        if (!g->fib)
            exc_fatal(I, FATAL_MEMORY, "stopped: no memory for another generator's stack (the memory limit)");
        g->live_next = gs->live;
        if (gs->live)
            gs->live->live_prev = g;
        gs->live = g;
    }
    Resumer r;
    memset(&r.ctx, 0, sizeof r.ctx);
    r.frame = I->frame;
    r.depth = I->depth;
    r.c_depth = I->c_depth;
    r.try_top = I->try_top;
    r.cleanup = I->cleanup;
    r.seg = es->seg;
    r.top = es->top;
    r.handling = I->handling;
    r.cur_native = I->cur_native;
    r.cur = gs->cur;
    g->res = &r;

    g->fr.fi.back = I->frame;
    I->frame = &g->fr.fi;
    I->depth = r.depth + 1;
    I->c_depth = 0;
    I->try_top = g->try_top;
    I->cleanup = g->cleanup;
    es->seg = g->seg;
    es->top = g->top;
    if (g->handling.tag != V_UNSET)
        I->handling = g->handling;
    g->inherited = I->handling;
    gs->cur = g;
    g->state = GEN_RUNNING;
    g->mode = mode;
    g->val = v;

    fiber_switch(&r.ctx, fiber_ctx(g->fib));

    I->frame = r.frame;
    I->depth = r.depth;
    I->c_depth = r.c_depth;
    I->try_top = r.try_top;
    I->cleanup = r.cleanup;
    es->seg = r.seg;
    es->top = r.top;
    I->handling = r.handling;
    I->cur_native = r.cur_native;
    gs->cur = r.cur;
    g->res = NULL;
    if (g->out == OUT_YIELD) {
        g->state = GEN_SUSPENDED;
    } else {
        g->state = GEN_DONE;
        live_unlink(gs, g);
        fiber_release(g->fib);
        g->fib = NULL;
    }
    return g->out;
}

/* In the running generator: hand v to the resumer and wait to be resumed.
 * Returns the value sent in; *mode says whether it is to be thrown. */
static Value yield_raw(Interp *I, Frame *fr, Value v, int *mode)
{
    GenState *gs = gen_state(I);
    EvalState *es = eval_state(I);
    Gen *g = gs->cur;
    g->try_top = I->try_top;
    g->cleanup = I->cleanup;
    g->seg = es->seg;
    g->top = es->top;
    g->handling = v_is(I->handling, g->inherited) ? v_unset() : I->handling;
    g->out = OUT_YIELD;
    g->val = v;
    fiber_switch(fiber_ctx(g->fib), &g->res->ctx);
    *mode = g->mode;
    return g->val;
}

/* The resumer's side of an exception that left g's body. */
static _Noreturn void raise_out(Interp *I, Gen *g)
{
    Value e = g->val;
    if (exc_matches(I, e, I->cls.StopIteration)) {
        Value rt = exc_new_msg(I, I->cls.RuntimeError, "generator raised StopIteration");
        ExcObj *ro = (ExcObj *)rt.u.o;
        ro->cause = e;
        ro->context = e;
        ro->suppress_context = true;
        exc_raise(I, rt);
    }
    I->exc = e;
    exc_reraise(I);
}

static _Noreturn void raise_stop(Interp *I, Value v)
{
    if (v.tag == V_NONE)
        exc_raise(I, v_obj(I->cls.StopIteration));
    exc_raise_arg(I, I->cls.StopIteration, v);
}

/* send(v) / throw(e) into a generator function's object. True with the
 * yielded value in *out; false when it returned (*out its value). Raises
 * what the body raised. */
static bool gen_step(Interp *I, Gen *g, int mode, Value v, Value *out)
{
    if (mode == MODE_SEND && g->state == GEN_CREATED && v.tag != V_NONE)
        exc_raisef(I, I->cls.TypeError, "can't send non-None value to a just-started generator");
    if (g->state == GEN_DONE) {
        if (mode == MODE_THROW)
            exc_raise(I, v);
        *out = v_none();
        return false;
    }
    switch (resume(I, g, mode, v)) {
    case OUT_YIELD:
        *out = g->val;
        return true;
    case OUT_RETURN:
        *out = g->val;
        return false;
    case OUT_RAISE:
        raise_out(I, g);
    default:
        exc_fatal_again(I);
    }
}

/* close(): GeneratorExit at the paused yield. */
static void gen_close(Interp *I, Gen *g)
{
    if (g->state == GEN_CREATED || g->state == GEN_DONE) {
        g->state = GEN_DONE;
        return;
    }
    if (g->state == GEN_RUNNING)
        exc_raisef(I, I->cls.ValueError, "generator already executing");
    Value ge = exc_new(I, I->cls.GeneratorExit, 0, NULL);
    switch (resume(I, g, MODE_THROW, ge)) {
    case OUT_YIELD:
        exc_raisef(I, I->cls.RuntimeError, "generator ignored GeneratorExit");
    case OUT_RETURN:
        return;
    case OUT_RAISE:
        if (exc_matches(I, g->val, I->cls.GeneratorExit))
            return;
        raise_out(I, g);
    default:
        exc_fatal_again(I);
    }
}

/* ---------------------------------------------------------------- */
/* yield and yield from                                             */
/* ---------------------------------------------------------------- */

Value gen_yield_expr(Interp *I, Frame *fr, Node *n)
{
    Value v = n->u.yield.value ? eval_expr(I, fr, n->u.yield.value) : v_none();
    EVAL_POS(fr, n);
    int mode;
    Value in = yield_raw(I, fr, v, &mode);
    if (mode == MODE_THROW)
        exc_raise(I, in);
    return in;
}

/* The value of StopIteration e (its first argument, or None). */
static Value stop_value(Interp *I, Value e)
{
    Tuple *a = ((ExcObj *)e.u.o)->args;
    return a && a->len ? a->items[0] : v_none();
}

/* Call it.<name>(arg) (arg V_UNSET: no argument); a StopIteration it
 * raises ends the delegation: false with its value in *out. */
static bool call_iter_method(Interp *I, Value it, Value m, Value arg, Value *out)
{
    volatile Value r = v_unset();
    FrameInfo *frame = I->frame;
    int depth = I->depth;
    StackMark mark = eval_stack_mark(I);
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        r = arg.tag == V_UNSET ? obj_call(I, m, 0, NULL, NULL) : obj_call(I, m, 1, &arg, NULL);
        exc_pop(I, &ef);
        *out = r;
        return true;
    }
    I->frame = frame;
    I->depth = depth;
    eval_stack_reset(I, mark);
    if (!exc_matches(I, I->exc, I->cls.StopIteration))
        exc_reraise(I);
    Value e = I->exc;
    exc_clear(I);
    *out = stop_value(I, e);
    return false;
}

/* One step of `yield from it`: send v (or throw it) into the delegate.
 * True with the value to yield in *out; false when the delegate is done
 * (*out: its return value). */
static bool delegate(Interp *I, Value it, int mode, Value v, Value *out)
{
    if (is_genfunc(I, it))
        return gen_step(I, (Gen *)it.u.o, mode, v, out);
    if (mode == MODE_THROW) {
        Value m = obj_getattr_opt(I, it, str_intern_cstr(I, "throw"));
        if (m.tag == V_UNSET)
            exc_raise(I, v);
        return call_iter_method(I, it, m, v, out);
    }
    if (v.tag == V_NONE) {
        Class *c = class_of(I, it);
        if (c->ops->next && !(c->dunders & DU_NEXT)) {
            /* a native iterator (a generator expression among them) */
            *out = obj_next(I, it);
            if (out->tag != V_UNSET)
                return true;
            *out = v_none();
            return false;
        }
        return call_iter_method(I, it, obj_getattr(I, it, I->names.__next__), v_unset(), out);
    }
    return call_iter_method(I, it, obj_getattr(I, it, str_intern_cstr(I, "send")), v, out);
}

/*
 * yield from x (PEP 380): values the delegate yields go to our resumer,
 * what our resumer sends or throws goes to the delegate, GeneratorExit
 * closes it, and its return value is the expression's value.
 */
Value gen_yield_from(Interp *I, Frame *fr, Node *n)
{
    Value src = eval_expr(I, fr, n->u.yield.value);
    EVAL_POS(fr, n);
    Value it = is_genfunc(I, src) ? src : obj_iter(I, src);
    Value y;
    if (!delegate(I, it, MODE_SEND, v_none(), &y))
        return y;
    for (;;) {
        int mode;
        Value in = yield_raw(I, fr, y, &mode);
        EVAL_POS(fr, n);
        if (mode == MODE_THROW && exc_matches(I, in, I->cls.GeneratorExit)) {
            if (is_genfunc(I, it)) {
                gen_close(I, (Gen *)it.u.o);
            } else {
                Value m = obj_getattr_opt(I, it, str_intern_cstr(I, "close"));
                if (m.tag != V_UNSET)
                    obj_call(I, m, 0, NULL, NULL);
            }
            exc_raise(I, in);
        }
        if (!delegate(I, it, mode, in, &y))
            return y;
    }
}

/* ---------------------------------------------------------------- */
/* The generator type                                               */
/* ---------------------------------------------------------------- */

static Value op_next(Interp *I, Value self)
{
    if (!is_genfunc(I, self))
        return comp_genexp_next(I, self);
    Gen *g = (Gen *)self.u.o;
    g->stop = v_unset();
    if (g->state == GEN_DONE)
        return v_unset();
    Value out;
    if (gen_step(I, g, MODE_SEND, v_none(), &out))
        return out;
    g->stop = out;
    return v_unset();
}

Value gen_stop_exc(Interp *I, Value it)
{
    if (is_genfunc(I, it)) {
        Gen *g = (Gen *)it.u.o;
        Value v = g->stop;
        g->stop = v_unset();
        if (v.tag != V_UNSET && v.tag != V_NONE)
            return exc_new(I, I->cls.StopIteration, 1, &v);
    }
    return v_obj(I->cls.StopIteration);
}

static Value op_iter(Interp *I, Value self) { return self; }

static Str *op_repr(Interp *I, Value self)
{
    GenHead *g = (GenHead *)self.u.o;
    return str_fmt(I, "<generator object %s at 0x%llx>", g->scope->qualname->s,
                   (unsigned long long)obj_id(I, self));
}

static Value op_getattr(Interp *I, Value self, Str *name)
{
    GenHead *h = (GenHead *)self.u.o;
    if (name == I->names.__name__)
        return v_str(h->scope->name);
    if (name == I->names.__qualname__)
        return v_str(h->scope->qualname);
    if (!strcmp(name->s, "gi_running"))
        return v_bool(is_genfunc(I, self) && ((Gen *)h)->state == GEN_RUNNING);
    return obj_generic_getattr(I, self, name);
}

static Value m_next(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "generator.__next__", argc, kw, 1);
    Value r = op_next(I, argv[0]);
    if (r.tag == V_UNSET)
        exc_raise(I, gen_stop_exc(I, argv[0]));
    return r;
}

static Value m_iter(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "generator.__iter__", argc, kw, 1);
    return argv[0];
}

static Value m_send(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "generator.send", argc, kw, 2);
    Value self = argv[0], v = argv[1];
    Value out;
    if (!is_genfunc(I, self)) {
        if (v.tag != V_NONE && comp_genexp_fresh(self))
            exc_raisef(I, I->cls.TypeError, "can't send non-None value to a just-started generator");
        out = comp_genexp_next(I, self);
        if (out.tag == V_UNSET)
            exc_raise(I, v_obj(I->cls.StopIteration));
        return out;
    }
    if (gen_step(I, (Gen *)self.u.o, MODE_SEND, v, &out))
        return out;
    raise_stop(I, out);
}

static Value m_throw(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_no_kw(I, "generator.throw", kw);
    if (argc < 2 || argc > 4)
        exc_raisef(I, I->cls.TypeError, "throw expected at %s %d argument%s, got %d", argc < 2 ? "least" : "most",
                   argc < 2 ? 1 : 3, argc < 2 ? "" : "s", argc - 1);
    Value typ = argv[1];
    Value val = argc > 2 ? argv[2] : v_none();
    Value exc;
    if (v_is_class(I, typ) && (((Class *)typ.u.o)->flags & CLS_EXCEPTION)) {
        if (is_exc_instance(I, val) && class_is_subclass(val.u.o->cls, (Class *)typ.u.o))
            exc = val;
        else if (val.tag == V_NONE)
            exc = exc_new(I, (Class *)typ.u.o, 0, NULL);
        else if (val.tag == V_OBJ && val.u.o->cls == I->cls.tuple)
            exc = exc_new(I, (Class *)typ.u.o, (int)((Tuple *)val.u.o)->len, ((Tuple *)val.u.o)->items);
        else
            exc = exc_new(I, (Class *)typ.u.o, 1, &val);
    } else if (is_exc_instance(I, typ)) {
        if (val.tag != V_NONE)
            exc_raisef(I, I->cls.TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else {
        exc_raisef(I, I->cls.TypeError,
                   "exceptions must be classes or instances deriving from BaseException, not %s",
                   type_name(I, typ));
    }
    Value self = argv[0];
    if (!is_genfunc(I, self)) {
        comp_genexp_close(self);
        exc_raise(I, exc);
    }
    Value out;
    if (gen_step(I, (Gen *)self.u.o, MODE_THROW, exc, &out))
        return out;
    raise_stop(I, out);
}

static Value m_close(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "generator.close", argc, kw, 1);
    if (is_genfunc(I, argv[0]))
        gen_close(I, (Gen *)argv[0].u.o);
    else
        comp_genexp_close(argv[0]);
    return v_none();
}

static const TypeOps gen_ops = {
    .repr = op_repr, .iter = op_iter, .next = op_next, .getattr = op_getattr,
};

void gen_init(Interp *I)
{
    if (!I->cls.generator)
        I->cls.generator = class_new_native(I, "generator", NULL, NULL, &gen_ops, sizeof(Gen), 0);
    class_add_method(I, I->cls.generator, "__next__", m_next);
    class_add_method(I, I->cls.generator, "__iter__", m_iter);
    class_add_method(I, I->cls.generator, "send", m_send);
    class_add_method(I, I->cls.generator, "throw", m_throw);
    class_add_method(I, I->cls.generator, "close", m_close);
}

void gen_release_all(Interp *I)
{
    GenState *gs = I->gen;
    if (!gs)
        return;
    while (gs->live) {
        Gen *g = gs->live;
        live_unlink(gs, g);
        fiber_release(g->fib);
        g->fib = NULL;
        g->state = GEN_DONE;
    }
}
