/*
 * comp.c — list/set/dict comprehensions and generator expressions.
 *
 * A comprehension is its own function scope (scope.c gives it slots; slot
 * 0 is the implicit `.0`, the first iterable, evaluated in the enclosing
 * scope). List/set/dict comprehensions run at once in a frame of their own
 * ("<listcomp>" in tracebacks). A generator expression is lazy: a
 * `generator` object holding its locals and one iterator per `for` clause,
 * resumed by next() where it left off (gen.c owns the class `generator`,
 * shared with generator functions, and calls back here).
 */
#include <string.h>

#include "eval_int.h"

static inline bool truthy(Interp *I, Value v)
{
    switch (v.tag) {
    case V_BOOL: case V_INT: return v.u.i != 0;
    case V_NONE: return false;
    default: return obj_truthy(I, v);
    }
}

/* One `for` clause's iteration: lists and ranges by index, else an iterator. */
typedef struct LoopIt {
    int kind;           /* 0 iterator, 1 list, 2 range */
    Value v;            /* the iterator or the list */
    int64_t i, n, cur, step;
} LoopIt;

static void loop_start(Interp *I, Frame *fr, LoopIt *li, Value seq, Node *pos)
{
    if (seq.tag == V_OBJ && seq.u.o->cls == I->cls.list) {
        li->kind = 1;
        li->v = seq;
        li->i = 0;
    } else if (seq.tag == V_OBJ && seq.u.o->cls == I->cls.range) {
        Range *r = (Range *)seq.u.o;
        li->kind = 2;
        li->i = 0;
        li->n = r->len;
        li->cur = r->start;
        li->step = r->step;
    } else {
        if (fr)
            EVAL_POS(fr, pos);
        li->kind = 0;
        li->v = obj_iter(I, seq);
    }
}

static inline bool loop_next(Interp *I, LoopIt *li, Value *out)
{
    switch (li->kind) {
    case 1: {
        List *l = (List *)li->v.u.o;
        if (li->i >= l->len)
            return false;
        *out = l->items[li->i++];
        return true;
    }
    case 2:
        if (li->i >= li->n)
            return false;
        li->i++;
        *out = v_int(li->cur);
        li->cur += li->step;
        return true;
    default:
        *out = obj_next(I, li->v);
        return out->tag != V_UNSET;
    }
}

static bool ifs_pass(Interp *I, Frame *fr, Comprehension *gen)
{
    for (int k = 0; k < gen->ifs.n; k++)
        if (!truthy(I, eval_expr(I, fr, gen->ifs.items[k])))
            return false;
    return true;
}

/* ---------------------------------------------------------------- */
/* Eager comprehensions                                             */
/* ---------------------------------------------------------------- */

static void comp_loop(Interp *I, Frame *fr, Node *n, int g, LoopIt *li, Value acc)
{
    Comprehension *gen = &n->u.comp.gens[g];
    int last = g + 1 == n->u.comp.ngens;
    Value x;
    for (;;) {
        interp_tick(I);
        if (li->kind == 0)
            EVAL_POS(fr, gen->iter);
        if (!loop_next(I, li, &x))
            break;
        Node *t = gen->target;
        if (t->kind == E_NAME && t->u.name.scope == NS_FAST)
            fr->locals[t->u.name.slot] = x;
        else
            eval_assign(I, fr, t, x);
        if (gen->ifs.n && !ifs_pass(I, fr, gen))
            continue;
        if (!last) {
            LoopIt inner;
            Value seq = eval_expr(I, fr, n->u.comp.gens[g + 1].iter);
            loop_start(I, fr, &inner, seq, n->u.comp.gens[g + 1].iter);
            comp_loop(I, fr, n, g + 1, &inner, acc);
            continue;
        }
        switch (n->kind) {
        case E_LISTCOMP:
            list_append(I, (List *)acc.u.o, eval_expr(I, fr, n->u.comp.elt));
            break;
        case E_SETCOMP: {
            Value v = eval_expr(I, fr, n->u.comp.elt);
            EVAL_POS(fr, n->u.comp.elt);
            set_add(I, (Set *)acc.u.o, v);
            break;
        }
        default: {
            Value k = eval_expr(I, fr, n->u.comp.elt);
            Value v = eval_expr(I, fr, n->u.comp.value);
            EVAL_POS(fr, n);
            dict_set(I, (Dict *)acc.u.o, k, v);
            break;
        }
        }
    }
}

static void init_locals(Interp *I, Frame *outer, Scope *sc, Value *loc)
{
    for (int i = 0; i < sc->nslots; i++)
        loc[i] = v_unset();
    for (int i = 0; i < sc->ncell_slots; i++)
        loc[sc->cell_slots[i]] = v_obj(cell_new(I, v_unset()));
    for (int i = 0; i < sc->nfree; i++)
        loc[sc->free_base + i] = v_read_slot(&outer->locals[sc->free_parent_slot[i]]);
}

/* ---------------------------------------------------------------- */
/* Generator expressions                                            */
/* ---------------------------------------------------------------- */

typedef struct GenExp {
    Obj hdr;
    Node *node;
    Scope *scope;
    Value *locals;
    Dict *globals;
    Str *filename;
    LoopIt *its;        /* one per `for` clause */
    int level;          /* clause to resume */
    int state;          /* 0 fresh, 1 suspended, 2 finished, 3 running */
} GenExp;

static Value gen_step(Interp *I, GenExp *g, Frame *fr)
{
    Node *n = g->node;
    int ng = n->u.comp.ngens;
    int level = g->state == 0 ? 0 : ng - 1;
    Value x;
    while (level >= 0) {
        Comprehension *gen = &n->u.comp.gens[level];
        LoopIt *li = &g->its[level];
        interp_tick(I);
        if (li->kind == 0)
            EVAL_POS(fr, gen->iter);
        if (!loop_next(I, li, &x)) {
            level--;
            continue;
        }
        eval_assign(I, fr, gen->target, x);
        if (gen->ifs.n && !ifs_pass(I, fr, gen))
            continue;
        if (level + 1 < ng) {
            Value seq = eval_expr(I, fr, n->u.comp.gens[level + 1].iter);
            loop_start(I, fr, &g->its[level + 1], seq, n->u.comp.gens[level + 1].iter);
            level++;
            continue;
        }
        g->state = 1;
        return eval_expr(I, fr, n->u.comp.elt);
    }
    g->state = 2;
    return v_unset();
}

Value comp_genexp_next(Interp *I, Value self)
{
    GenExp *g = (GenExp *)self.u.o;
    if (g->state == 2)
        return v_unset();
    if (g->state == 3)
        exc_raisef(I, I->cls.ValueError, "generator already executing");
    if (I->budget.max_depth && I->depth >= I->budget.max_depth)
        exc_raisef(I, I->cls.RecursionError, "maximum recursion depth exceeded");
    int prev_state = g->state;
    Frame fr;
    memset(&fr, 0, sizeof fr);
    fr.locals = g->locals;
    fr.scope = g->scope;
    fr.globals = g->globals;
    fr.ret = v_none();
    eval_frame_push(I, &fr, g->filename, g->scope->name, g->node);
    FrameInfo *back = fr.fi.back;
    int depth = I->depth++;
    StackMark mark = eval_stack_mark(I);
    g->state = 3;
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) != 0) {
        g->state = 2;
        I->frame = &fr.fi;
        eval_exc_landed(I, &fr);
        I->frame = back;
        I->depth = depth;
        eval_stack_reset(I, mark);
        exc_reraise(I);
    }
    g->state = prev_state;
    Value r = gen_step(I, g, &fr);
    exc_pop(I, &ef);
    I->frame = back;
    I->depth = depth;
    eval_stack_reset(I, mark);
    return r;
}

bool comp_genexp_fresh(Value self)
{
    return ((GenExp *)self.u.o)->state == 0;
}

void comp_genexp_close(Value self)
{
    GenExp *g = (GenExp *)self.u.o;
    if (g->state != 3)
        g->state = 2;
}

/* ---------------------------------------------------------------- */
/* Entry point                                                      */
/* ---------------------------------------------------------------- */

Value comp_eval(Interp *I, Frame *fr, Node *n)
{
    Scope *sc = n->u.comp.scope;
    Node *iter0 = n->u.comp.gens[0].iter;
    Value seq = eval_expr(I, fr, iter0);

    if (n->kind == E_GENEXP) {
        GenExp *g = obj_alloc(I, I->cls.generator, sizeof *g);
        g->node = n;
        g->scope = sc;
        g->globals = fr->globals;
        g->filename = fr->fi.filename;
        g->locals = interp_alloc(I, sizeof(Value) * (size_t)(sc->nslots ? sc->nslots : 1));
        init_locals(I, fr, sc, g->locals);
        g->its = interp_alloc(I, sizeof(LoopIt) * (size_t)n->u.comp.ngens);
        loop_start(I, fr, &g->its[0], seq, n);
        g->locals[0] = g->its[0].kind == 0 ? g->its[0].v : seq;
        return v_obj(g);
    }

    LoopIt li;
    loop_start(I, fr, &li, seq, n);
    EVAL_POS(fr, n);
    volatile Value acc;
    switch (n->kind) {
    case E_LISTCOMP: acc = v_obj(list_new(I, 0)); break;
    case E_SETCOMP: acc = v_obj(set_new(I, false)); break;
    default: acc = v_obj(dict_new(I)); break;
    }
    if (I->budget.max_depth && I->depth >= I->budget.max_depth)
        exc_raisef(I, I->cls.RecursionError, "maximum recursion depth exceeded");
    StackMark mark = eval_stack_mark(I);
    Frame cf;
    cf.locals = eval_stack_alloc(I, sc->nslots);
    init_locals(I, fr, sc, cf.locals);
    cf.locals[0] = li.kind == 0 ? li.v : seq;
    cf.scope = sc;
    cf.globals = fr->globals;
    cf.ns = NULL;
    cf.func = NULL;
    cf.ret = v_none();
    eval_frame_push(I, &cf, fr->fi.filename, sc->name, n);
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
    comp_loop(I, &cf, n, 0, &li, acc);
    exc_pop(I, &ef);
    I->frame = back;
    I->depth = depth;
    eval_stack_reset(I, mark);
    return acc;
}
