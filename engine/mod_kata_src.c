/*
 * mod_kata_src.c — source inspection over the learner's answer, for
 * check.py: the answer is parsed with the engine's own parser (parse.h)
 * and these functions walk its syntax tree (ast.h):
 *
 *   functions()          names of the functions the answer defines
 *                        ("f", and "Class.method" for methods)
 *   calls(fn, name)      lines where fn calls `name` — `name(...)` or
 *                        `x.name(...)` — itself or through the answer's
 *                        own functions it calls (a helper cannot hide a
 *                        len()); [] when it does not
 *   uses(fn, name)       lines where fn mentions `name` at all (a name or
 *                        an attribute), followed into helpers the same way
 *   callers(name)        the functions whose own body calls `name`
 *   is_view(fn)          fn exists and its first parameter is `request`
 *   longest_line()       (line, length in characters) of the longest line
 *   longest_chain()      (line, n): the most calls chained on one line
 *                        (`Entry.objects.filter(…).order_by(…)` is 2)
 *
 * Line numbers are the answer's, 1-based. Every result is a fresh list or
 * tuple of ints/strs; nothing the answer defines is called.
 */
#include <stdio.h>
#include <string.h>

#include "ast.h"
#include "exc.h"
#include "interp_int.h"
#include "mod_kata.h"

/* ------------------------------------------------------------------ */
/* A generic walk over every child node                                */
/* ------------------------------------------------------------------ */

typedef void (*VisitFn)(Interp *I, Node *n, void *ctx);

static void walk(Interp *I, Node *n, VisitFn fn, void *ctx);

static void walk_list(Interp *I, const NodeList *l, VisitFn fn, void *ctx)
{
    for (int i = 0; i < l->n; i++)
        walk(I, l->items[i], fn, ctx);
}

static void walk_args(Interp *I, Arguments *a, VisitFn fn, void *ctx)
{
    if (!a)
        return;
    for (int i = 0; i < a->nargs; i++) {
        walk(I, a->args[i].default_, fn, ctx);
        walk(I, a->args[i].annotation, fn, ctx);
    }
    for (int i = 0; i < a->nkwonly; i++) {
        walk(I, a->kwonly[i].default_, fn, ctx);
        walk(I, a->kwonly[i].annotation, fn, ctx);
    }
}

static void walk_comp(Interp *I, Node *n, VisitFn fn, void *ctx)
{
    for (int i = 0; i < n->u.comp.ngens; i++) {
        Comprehension *g = &n->u.comp.gens[i];
        walk(I, g->target, fn, ctx);
        walk(I, g->iter, fn, ctx);
        walk_list(I, &g->ifs, fn, ctx);
    }
    walk(I, n->u.comp.elt, fn, ctx);
    walk(I, n->u.comp.value, fn, ctx);
}

/* Visit n, then every node below it (pre-order). */
static void walk(Interp *I, Node *n, VisitFn fn, void *ctx)
{
    if (!n)
        return;
    interp_tick(I);
    fn(I, n, ctx);
    switch (n->kind) {
    case E_NAME: case E_CONST: case S_PASS: case S_BREAK: case S_CONTINUE: case S_IMPORT:
    case S_IMPORTFROM: case S_GLOBAL: case S_NONLOCAL: case NODE__COUNT:
        break;
    case E_JOINEDSTR: walk_list(I, &n->u.joinedstr.values, fn, ctx); break;
    case E_FORMATTED:
        walk(I, n->u.formatted.value, fn, ctx);
        walk(I, n->u.formatted.format_spec, fn, ctx);
        break;
    case E_BINOP: walk(I, n->u.binop.left, fn, ctx); walk(I, n->u.binop.right, fn, ctx); break;
    case E_UNARY: walk(I, n->u.unary.operand, fn, ctx); break;
    case E_BOOLOP: walk_list(I, &n->u.boolop.values, fn, ctx); break;
    case E_COMPARE:
        walk(I, n->u.compare.left, fn, ctx);
        for (int i = 0; i < n->u.compare.n; i++)
            walk(I, n->u.compare.comparators[i], fn, ctx);
        break;
    case E_IFEXP:
        walk(I, n->u.ifexp.test, fn, ctx);
        walk(I, n->u.ifexp.body, fn, ctx);
        walk(I, n->u.ifexp.orelse, fn, ctx);
        break;
    case E_LAMBDA: walk_args(I, n->u.lambda.args, fn, ctx); walk(I, n->u.lambda.body, fn, ctx); break;
    case E_CALL:
        walk(I, n->u.call.func, fn, ctx);
        walk_list(I, &n->u.call.args, fn, ctx);
        for (int i = 0; i < n->u.call.nkeywords; i++)
            walk(I, n->u.call.keywords[i].value, fn, ctx);
        break;
    case E_ATTR: walk(I, n->u.attr.value, fn, ctx); break;
    case E_SUBSCRIPT: walk(I, n->u.subscript.value, fn, ctx); walk(I, n->u.subscript.slice, fn, ctx); break;
    case E_SLICE:
        walk(I, n->u.slice.lower, fn, ctx);
        walk(I, n->u.slice.upper, fn, ctx);
        walk(I, n->u.slice.step, fn, ctx);
        break;
    case E_STARRED: walk(I, n->u.starred.value, fn, ctx); break;
    case E_NAMEDEXPR: walk(I, n->u.namedexpr.target, fn, ctx); walk(I, n->u.namedexpr.value, fn, ctx); break;
    case E_YIELD: case E_YIELDFROM: walk(I, n->u.yield.value, fn, ctx); break;
    case E_LIST: case E_TUPLE: case E_SET: walk_list(I, &n->u.seq.elts, fn, ctx); break;
    case E_DICT:
        for (int i = 0; i < n->u.dict.n; i++) {
            walk(I, n->u.dict.keys[i], fn, ctx);
            walk(I, n->u.dict.values[i], fn, ctx);
        }
        break;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP: walk_comp(I, n, fn, ctx); break;
    case S_EXPR: walk(I, n->u.expr.value, fn, ctx); break;
    case S_ASSIGN: walk_list(I, &n->u.assign.targets, fn, ctx); walk(I, n->u.assign.value, fn, ctx); break;
    case S_AUGASSIGN: walk(I, n->u.augassign.target, fn, ctx); walk(I, n->u.augassign.value, fn, ctx); break;
    case S_ANNASSIGN:
        walk(I, n->u.annassign.target, fn, ctx);
        walk(I, n->u.annassign.annotation, fn, ctx);
        walk(I, n->u.annassign.value, fn, ctx);
        break;
    case S_DEL: walk_list(I, &n->u.del.targets, fn, ctx); break;
    case S_IF: case S_WHILE:
        walk(I, n->u.if_.test, fn, ctx);
        walk_list(I, &n->u.if_.body, fn, ctx);
        walk_list(I, &n->u.if_.orelse, fn, ctx);
        break;
    case S_FOR:
        walk(I, n->u.for_.target, fn, ctx);
        walk(I, n->u.for_.iter, fn, ctx);
        walk_list(I, &n->u.for_.body, fn, ctx);
        walk_list(I, &n->u.for_.orelse, fn, ctx);
        break;
    case S_FUNCDEF:
        walk_list(I, &n->u.funcdef.decorators, fn, ctx);
        walk_args(I, n->u.funcdef.args, fn, ctx);
        walk(I, n->u.funcdef.returns, fn, ctx);
        walk_list(I, &n->u.funcdef.body, fn, ctx);
        break;
    case S_RETURN: walk(I, n->u.return_.value, fn, ctx); break;
    case S_CLASSDEF:
        walk_list(I, &n->u.classdef.decorators, fn, ctx);
        walk_list(I, &n->u.classdef.bases, fn, ctx);
        for (int i = 0; i < n->u.classdef.nkeywords; i++)
            walk(I, n->u.classdef.keywords[i].value, fn, ctx);
        walk_list(I, &n->u.classdef.body, fn, ctx);
        break;
    case S_WITH:
        for (int i = 0; i < n->u.with.nitems; i++) {
            walk(I, n->u.with.items[i].context_expr, fn, ctx);
            walk(I, n->u.with.items[i].optional_vars, fn, ctx);
        }
        walk_list(I, &n->u.with.body, fn, ctx);
        break;
    case S_TRY:
        walk_list(I, &n->u.try_.body, fn, ctx);
        for (int i = 0; i < n->u.try_.nhandlers; i++) {
            walk(I, n->u.try_.handlers[i].type, fn, ctx);
            walk_list(I, &n->u.try_.handlers[i].body, fn, ctx);
        }
        walk_list(I, &n->u.try_.orelse, fn, ctx);
        walk_list(I, &n->u.try_.finalbody, fn, ctx);
        break;
    case S_RAISE: walk(I, n->u.raise.exc, fn, ctx); walk(I, n->u.raise.cause, fn, ctx); break;
    case S_ASSERT: walk(I, n->u.assert_.test, fn, ctx); walk(I, n->u.assert_.msg, fn, ctx); break;
    case S_MATCH:
        walk(I, n->u.match.subject, fn, ctx);
        for (int i = 0; i < n->u.match.ncases; i++) {
            walk(I, n->u.match.cases[i].pattern, fn, ctx);
            walk(I, n->u.match.cases[i].guard, fn, ctx);
            walk_list(I, &n->u.match.cases[i].body, fn, ctx);
        }
        break;
    case P_VALUE: case P_SINGLETON: case P_SEQUENCE: case P_MAPPING: case P_CLASS: case P_STAR: case P_AS:
    case P_OR:
        walk(I, n->u.pat.value, fn, ctx);
        walk_list(I, &n->u.pat.patterns, fn, ctx);
        for (int i = 0; i < n->u.pat.n; i++) {
            if (n->u.pat.keys)
                walk(I, n->u.pat.keys[i], fn, ctx);
            walk(I, n->u.pat.kwd[i], fn, ctx);
        }
        walk(I, n->u.pat.sub, fn, ctx);
        walk(I, n->u.pat.name, fn, ctx);
        break;
    case M_MODULE: walk_list(I, &n->u.module.body, fn, ctx); break;
    }
}

/* ------------------------------------------------------------------ */
/* The answer's functions                                              */
/* ------------------------------------------------------------------ */

typedef struct FnDef {
    Str *qualname;      /* "f" or "Class.method" */
    Node *def;
} FnDef;

typedef struct FnTable {
    FnDef *items;
    int n, cap;
} FnTable;

static void fn_add(Interp *I, FnTable *t, Str *name, Node *def)
{
    if (t->n == t->cap) {
        int cap = t->cap ? t->cap * 2 : 16;
        FnDef *ni = interp_alloc(I, (size_t)cap * sizeof *ni);
        if (t->n)
            memcpy(ni, t->items, (size_t)t->n * sizeof *ni);
        t->items = ni;
        t->cap = cap;
    }
    t->items[t->n].qualname = name;
    t->items[t->n].def = def;
    t->n++;
}

/* Top-level functions and the methods of top-level classes, in source
 * order (a later def of the same name wins when looked up, as it would
 * at run time). Also looks inside top-level if/try blocks. */
static void collect_defs(Interp *I, const NodeList *body, const char *cls, FnTable *t)
{
    for (int i = 0; i < body->n; i++) {
        Node *s = body->items[i];
        switch (s->kind) {
        case S_FUNCDEF:
            fn_add(I, t, cls ? str_fmt(I, "%s.%s", cls, s->u.funcdef.name->s) : s->u.funcdef.name, s);
            break;
        case S_CLASSDEF:
            if (!cls)
                collect_defs(I, &s->u.classdef.body, s->u.classdef.name->s, t);
            break;
        case S_IF:
            collect_defs(I, &s->u.if_.body, cls, t);
            collect_defs(I, &s->u.if_.orelse, cls, t);
            break;
        case S_TRY:
            collect_defs(I, &s->u.try_.body, cls, t);
            for (int h = 0; h < s->u.try_.nhandlers; h++)
                collect_defs(I, &s->u.try_.handlers[h].body, cls, t);
            collect_defs(I, &s->u.try_.orelse, cls, t);
            collect_defs(I, &s->u.try_.finalbody, cls, t);
            break;
        default:
            break;
        }
    }
}

static FnTable *answer_fns(Interp *I)
{
    Node *tree = mod_kata_answer_tree(I);
    if (!tree)
        exc_raisef(I, I->cls.RuntimeError, "no answer to inspect (the grader sets it)");
    FnTable *t = interp_alloc(I, sizeof *t);
    collect_defs(I, &tree->u.module.body, NULL, t);
    return t;
}

static int fn_find(FnTable *t, const char *name)
{
    for (int i = t->n - 1; i >= 0; i--)
        if (!strcmp(t->items[i].qualname->s, name))
            return i;
    return -1;
}

static int fn_require(Interp *I, FnTable *t, Value name, const char *what)
{
    Str *s = v_as_str(I, name, what);
    int i = fn_find(t, s->s);
    if (i < 0)
        exc_raisef(I, I->cls.ValueError, "the answer defines no function '%s'", s->s);
    return i;
}

/* ------------------------------------------------------------------ */
/* calls(), uses(), callers()                                          */
/* ------------------------------------------------------------------ */

typedef struct Search {
    FnTable *fns;
    const char *name;
    bool calls_only;        /* calls(): only calls; uses(): any mention */
    bool follow;            /* follow calls into the answer's own functions */
    bool *visited;          /* per function of fns */
    Set *lines;
    const char *cls;        /* class of the function being searched (self.helper()) */
} Search;

static void search_fn(Interp *I, Search *s, int idx);

static const char *class_part(FnDef *d, char *buf, size_t n)
{
    const char *dot = strchr(d->qualname->s, '.');
    if (!dot)
        return NULL;
    snprintf(buf, n, "%.*s", (int)(dot - d->qualname->s), d->qualname->s);
    return buf;
}

static void search_visit(Interp *I, Node *n, void *ctx)
{
    Search *s = ctx;
    if (n->kind == E_CALL) {
        Node *f = n->u.call.func;
        const char *called = NULL;
        int line = n->line;
        if (f->kind == E_NAME) {
            called = f->u.name.id->s;
        } else if (f->kind == E_ATTR) {
            called = f->u.attr.attr->s;
            line = f->end_line;
        }
        if (!called)
            return;
        if (s->calls_only && !strcmp(called, s->name))
            set_add(I, s->lines, v_int(line));
        if (s->follow) {
            int idx = -1;
            if (f->kind == E_NAME) {
                idx = fn_find(s->fns, called);
            } else if (s->cls && f->u.attr.value->kind == E_NAME &&
                       !strcmp(f->u.attr.value->u.name.id->s, "self")) {
                char q[256];
                snprintf(q, sizeof q, "%s.%s", s->cls, called);
                idx = fn_find(s->fns, q);
            }
            if (idx >= 0 && !s->visited[idx])
                search_fn(I, s, idx);
        }
        return;
    }
    if (s->calls_only)
        return;
    if (n->kind == E_NAME && !strcmp(n->u.name.id->s, s->name))
        set_add(I, s->lines, v_int(n->line));
    else if (n->kind == E_ATTR && !strcmp(n->u.attr.attr->s, s->name))
        set_add(I, s->lines, v_int(n->end_line));
}

static void search_fn(Interp *I, Search *s, int idx)
{
    s->visited[idx] = true;
    FnDef *d = &s->fns->items[idx];
    const char *saved = s->cls;
    char buf[256];
    s->cls = class_part(d, buf, sizeof buf);
    walk_list(I, &d->def->u.funcdef.body, search_visit, s);
    for (int i = 0; i < d->def->u.funcdef.decorators.n; i++)
        walk(I, d->def->u.funcdef.decorators.items[i], search_visit, s);
    walk_args(I, d->def->u.funcdef.args, search_visit, s);
    s->cls = saved;
}

static Value sorted_lines(Interp *I, Set *lines)
{
    List *l = list_new(I, 0);
    int64_t pos = 0;
    Value k;
    while (set_next(lines, &pos, &k))
        list_append(I, l, k);
    list_sort(I, l, v_none(), false);
    return v_obj(l);
}

static Value run_search(Interp *I, int argc, const Value *argv, const KwArgs *kw, const char *fname,
                        bool calls_only)
{
    args_exact(I, fname, argc, kw, 2);
    FnTable *t = answer_fns(I);
    int idx = fn_require(I, t, argv[0], "function name");
    Search s = { 0 };
    s.fns = t;
    s.name = v_as_str(I, argv[1], "name")->s;
    s.calls_only = calls_only;
    s.follow = true;
    s.visited = interp_alloc(I, (size_t)(t->n ? t->n : 1));
    s.lines = set_new(I, false);
    search_fn(I, &s, idx);
    return sorted_lines(I, s.lines);
}

/* calls(fn, name) → sorted list of lines */
static Value src_calls(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return run_search(I, argc, argv, kw, "calls", true);
}

/* uses(fn, name) → sorted list of lines */
static Value src_uses(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return run_search(I, argc, argv, kw, "uses", false);
}

/* callers(name) → the functions whose own body calls name, in source order */
static Value src_callers(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "callers", argc, kw, 1);
    FnTable *t = answer_fns(I);
    const char *name = v_as_str(I, argv[0], "name")->s;
    List *out = list_new(I, 0);
    for (int i = 0; i < t->n; i++) {
        Search s = { 0 };
        s.fns = t;
        s.name = name;
        s.calls_only = true;
        s.visited = interp_alloc(I, (size_t)t->n);
        s.lines = set_new(I, false);
        search_fn(I, &s, i);
        if (s.lines->used)
            list_append(I, out, v_obj(t->items[i].qualname));
    }
    return v_obj(out);
}

/* functions() → qualified names of the answer's functions, in source order */
static Value src_functions(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "functions", argc, kw, 0);
    FnTable *t = answer_fns(I);
    List *out = list_new(I, 0);
    for (int i = 0; i < t->n; i++)
        list_append(I, out, v_obj(t->items[i].qualname));
    return v_obj(out);
}

/* is_view(fn) → the answer defines fn and its first parameter is `request`
 * (for a method, the first after self). */
static Value src_is_view(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "is_view", argc, kw, 1);
    FnTable *t = answer_fns(I);
    int idx = fn_find(t, v_as_str(I, argv[0], "function name")->s);
    if (idx < 0)
        return v_bool(false);
    FnDef *d = &t->items[idx];
    Arguments *a = d->def->u.funcdef.args;
    int first = strchr(d->qualname->s, '.') ? 1 : 0;
    return v_bool(a && a->nargs > first && !strcmp(a->args[first].name->s, "request"));
}

/* longest_line() → (line, length in characters); (0, 0) for an empty answer */
static Value src_longest_line(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "longest_line", argc, kw, 0);
    size_t len;
    const char *src = mod_kata_answer_src(I, &len);
    if (!src)
        exc_raisef(I, I->cls.RuntimeError, "no answer to inspect (the grader sets it)");
    int64_t best = 0;
    int best_line = 0, line = 1;
    const char *p = src, *end = src + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        const char *e2 = e;
        if (e2 > p && e2[-1] == '\r')
            e2--;
        int64_t n = utf8_count(p, (size_t)(e2 - p));
        if (n < 0)
            n = e2 - p;
        if (n > best) {
            best = n;
            best_line = line;
        }
        line++;
        p = nl ? nl + 1 : end;
    }
    return v_obj(tuple_pack(I, 2, v_int(best_line), v_int(best)));
}

/* The calls of a chain `a.f(…).g(…).h(…)`, outermost first: the E_CALL
 * nodes whose func is an attribute of the previous call's result. */
typedef struct Chain {
    int best, best_line;
} Chain;

static void chain_visit(Interp *I, Node *n, void *ctx)
{
    Chain *c = ctx;
    if (n->kind != E_CALL || n->u.call.func->kind != E_ATTR)
        return;
    /* Walk down the chain; count runs of calls whose method name ends on
     * the same line. Each link is visited as its own start too, which only
     * finds shorter runs. */
    int run = 0, line = -1;
    for (Node *k = n; k && k->kind == E_CALL && k->u.call.func->kind == E_ATTR;) {
        Node *attr = k->u.call.func;
        int l = attr->end_line;
        if (l == line) {
            run++;
        } else {
            run = 1;
            line = l;
        }
        if (run > c->best) {
            c->best = run;
            c->best_line = line;
        }
        Node *v = attr->u.attr.value;
        while (v->kind == E_ATTR || v->kind == E_SUBSCRIPT)   /* .objects, [0:5] */
            v = v->kind == E_ATTR ? v->u.attr.value : v->u.subscript.value;
        k = v;
    }
}

/* longest_chain() → (line, n) */
static Value src_longest_chain(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "longest_chain", argc, kw, 0);
    Node *tree = mod_kata_answer_tree(I);
    if (!tree)
        exc_raisef(I, I->cls.RuntimeError, "no answer to inspect (the grader sets it)");
    Chain c = { 0, 0 };
    walk(I, tree, chain_visit, &c);
    return v_obj(tuple_pack(I, 2, v_int(c.best_line), v_int(c.best)));
}

void mod_kata_src_add(Interp *I, Module *m)
{
    module_add_fn(I, m, "functions", src_functions);
    module_add_fn(I, m, "calls", src_calls);
    module_add_fn(I, m, "uses", src_uses);
    module_add_fn(I, m, "callers", src_callers);
    module_add_fn(I, m, "is_view", src_is_view);
    module_add_fn(I, m, "longest_line", src_longest_line);
    module_add_fn(I, m, "longest_chain", src_longest_chain);
}
