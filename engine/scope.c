/*
 * scope.c — the scope pass (see scope.h for what it promises).
 *
 * Three steps, as CPython's symtable.c:
 *   1. collect: walk the tree, make a Scope per function/lambda/comprehension/
 *      class/module, record per name whether it is bound, used, a parameter,
 *      declared global/nonlocal (checking the declaration rules on the way),
 *      and remember every E_NAME node with the scope it belongs to;
 *   2. analyse: decide for each symbol local / global / free / class-name,
 *      turning enclosing locals read by nested functions into cells and
 *      threading free variables through the scopes in between;
 *   3. assign frame slots and patch the E_NAME nodes.
 *
 * An assignment expression (`y := v`) inside a comprehension binds y in the
 * nearest enclosing function (or the module), as PEP 572 says: the
 * comprehension declares y nonlocal (global at module level, or when the
 * function declared it global) and the function binds it, as CPython's
 * symtable_extend_namedexpr_scope does, with its SyntaxErrors.
 */
#include "scope.h"

#include <stdio.h>
#include <string.h>

#include "exc.h"
#include "interp_int.h"

typedef struct Ctx {
    Interp *I;
    Str *filename;
    Str *dot0;          /* ".0": a comprehension's implicit iterator parameter */
    Str *s_super, *s_class;
    int comp_iter_expr;     /* >0 while visiting a comprehension's iterable (nested scopes included) */
    Scope *comp_iter_target;    /* the comprehension whose `for` target is being visited */
} Ctx;

/* ---------------------------------------------------------------- */
/* Errors                                                           */
/* ---------------------------------------------------------------- */

Value scope_syntax_error(Interp *I, Str *filename, const char *msg, int line, int col, int end_col)
{
    Value m = str_value(I, msg);
    Value details[6];
    details[0] = v_str(filename);
    details[1] = v_int(line);
    details[2] = v_int(col + 1);
    details[3] = v_none();
    details[4] = v_int(line);
    details[5] = v_int(end_col + 1);
    Value args[2] = { m, v_obj(tuple_from(I, 6, details)) };
    Value e = exc_new(I, I->cls.SyntaxError, 2, args);
    ExcObj *eo = (ExcObj *)e.u.o;
    if (!eo->dict)
        eo->dict = dict_new(I);
    {
        dict_set_cstr(I, eo->dict, "msg", m);
        dict_set_cstr(I, eo->dict, "filename", v_str(filename));
        dict_set_cstr(I, eo->dict, "lineno", v_int(line));
        dict_set_cstr(I, eo->dict, "offset", v_int(col + 1));
        dict_set_cstr(I, eo->dict, "end_lineno", v_int(line));
        dict_set_cstr(I, eo->dict, "end_offset", v_int(end_col + 1));
        dict_set_cstr(I, eo->dict, "text", v_none());
    }
    return e;
}

static _Noreturn void syntax_error(Ctx *c, int line, int col, int end_col, const char *fmt, Str *name)
{
    char buf[512];
    snprintf(buf, sizeof buf, fmt, name ? name->s : "");
    exc_raise(c->I, scope_syntax_error(c->I, c->filename, buf, line, col, end_col));
}

/* ---------------------------------------------------------------- */
/* Scope building blocks                                            */
/* ---------------------------------------------------------------- */

static void *grow(Interp *I, void *p, int n, int *cap, size_t elem)
{
    if (n < *cap)
        return p;
    int ncap = *cap ? *cap * 2 : 8;
    p = arena_realloc(&I->arena, p, (size_t)*cap * elem, (size_t)ncap * elem);
    *cap = ncap;
    return p;
}

Symbol *scope_find(Scope *s, Str *name)
{
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].name == name)
            return &s->syms[i];
    return NULL;
}

static Symbol *sym_get(Ctx *c, Scope *s, Str *name)
{
    Symbol *y = scope_find(s, name);
    if (y)
        return y;
    s->syms = grow(c->I, s->syms, s->nsyms, &s->capsyms, sizeof(Symbol));
    y = &s->syms[s->nsyms++];
    memset(y, 0, sizeof *y);
    y->name = name;
    y->slot = -1;
    return y;
}

static void sym_flag(Ctx *c, Scope *s, Str *name, unsigned flags)
{
    sym_get(c, s, name)->flags |= flags;
}

static Scope *scope_new(Ctx *c, Scope *parent, ScopeKind kind, Node *node, Str *name)
{
    Interp *I = c->I;
    Scope *s = interp_alloc(I, sizeof *s);
    s->kind = kind;
    s->parent = parent;
    s->node = node;
    s->name = name;
    s->class_cell_slot = -1;
    if (!parent || parent->kind == SK_MODULE)
        s->qualname = name;
    else if (parent->kind == SK_CLASS)
        s->qualname = str_fmt(I, "%s.%s", parent->qualname->s, name->s);
    else
        s->qualname = str_fmt(I, "%s.<locals>.%s", parent->qualname->s, name->s);
    if (parent) {
        parent->children = grow(I, parent->children, parent->nchildren, &parent->capchildren,
                                sizeof(Scope *));
        parent->children[parent->nchildren++] = s;
    }
    return s;
}

static int is_funclike(const Scope *s)
{
    return s->kind == SK_FUNCTION || s->kind == SK_LAMBDA || s->kind == SK_COMP;
}

/* ---------------------------------------------------------------- */
/* 1. Collect                                                       */
/* ---------------------------------------------------------------- */

static void visit_expr(Ctx *c, Scope *s, Node *n);
static void visit_body(Ctx *c, Scope *s, NodeList *l);

static void visit_list(Ctx *c, Scope *s, NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        visit_expr(c, s, l->items[i]);
}

static void visit_name(Ctx *c, Scope *s, Node *n)
{
    Interp *I = c->I;
    s->names = grow(I, s->names, s->nnames, &s->capnames, sizeof(Node *));
    s->names[s->nnames++] = n;
    if (n->u.name.ctx == CTX_LOAD) {
        sym_flag(c, s, n->u.name.id, SYM_USED);
        if (is_funclike(s) && (n->u.name.id == c->s_super || n->u.name.id == c->s_class)) {
            s->uses_super = 1;
            sym_flag(c, s, c->s_class, SYM_USED);
        }
    } else {
        sym_flag(c, s, n->u.name.id, SYM_BOUND);
    }
    if (s == c->comp_iter_target) {
        Symbol *y = sym_get(c, s, n->u.name.id);
        if (y->flags & (SYM_GLOBAL | SYM_NONLOCAL))     /* only := puts them on a comprehension */
            syntax_error(c, n->line, n->col, n->end_col,
                         "comprehension inner loop cannot rebind assignment expression target '%s'", n->u.name.id);
        y->flags |= SYM_COMP_ITER;
    }
}

/* Defaults and annotations of a parameter list belong to the enclosing scope. */
static void visit_arg_outer(Ctx *c, Scope *outer, Arguments *a, int annotations)
{
    for (int i = 0; i < a->nargs; i++) {
        if (a->args[i].default_)
            visit_expr(c, outer, a->args[i].default_);
    }
    for (int i = 0; i < a->nkwonly; i++) {
        if (a->kwonly[i].default_)
            visit_expr(c, outer, a->kwonly[i].default_);
    }
    if (!annotations)
        return;
    for (int i = 0; i < a->nargs; i++)
        if (a->args[i].annotation)
            visit_expr(c, outer, a->args[i].annotation);
    if (a->vararg && a->vararg->annotation)
        visit_expr(c, outer, a->vararg->annotation);
    for (int i = 0; i < a->nkwonly; i++)
        if (a->kwonly[i].annotation)
            visit_expr(c, outer, a->kwonly[i].annotation);
    if (a->kwarg && a->kwarg->annotation)
        visit_expr(c, outer, a->kwarg->annotation);
}

/* Parameters in slot order: positional, keyword-only, *args, **kwargs. */
static void add_params(Ctx *c, Scope *s, Arguments *a)
{
    for (int i = 0; i < a->nargs; i++)
        sym_flag(c, s, a->args[i].name, SYM_PARAM | SYM_BOUND);
    for (int i = 0; i < a->nkwonly; i++)
        sym_flag(c, s, a->kwonly[i].name, SYM_PARAM | SYM_BOUND);
    if (a->vararg)
        sym_flag(c, s, a->vararg->name, SYM_PARAM | SYM_BOUND);
    if (a->kwarg)
        sym_flag(c, s, a->kwarg->name, SYM_PARAM | SYM_BOUND);
    s->nparams = s->nsyms;
}

/* A comprehension, in CPython's order (the order its SyntaxErrors about
 * := are found in): first iterable, then per clause target, [iterable],
 * conditions, then the value of a dict comprehension, then the element. */
static void visit_comp(Ctx *c, Scope *s, Node *n)
{
    static const char *const names[] = { "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>" };
    int k = n->kind == E_LISTCOMP ? 0 : n->kind == E_SETCOMP ? 1 : n->kind == E_DICTCOMP ? 2 : 3;
    /* the first iterable is evaluated in the enclosing scope */
    c->comp_iter_expr++;
    visit_expr(c, s, n->u.comp.gens[0].iter);
    c->comp_iter_expr--;
    Scope *cs = scope_new(c, s, SK_COMP, n, str_intern_cstr(c->I, names[k]));
    n->u.comp.scope = cs;
    sym_flag(c, cs, c->dot0, SYM_PARAM | SYM_BOUND);
    cs->nparams = 1;
    Scope *saved = c->comp_iter_target;
    for (int g = 0; g < n->u.comp.ngens; g++) {
        Comprehension *gen = &n->u.comp.gens[g];
        c->comp_iter_target = cs;
        visit_expr(c, cs, gen->target);
        c->comp_iter_target = saved;
        if (g > 0) {
            c->comp_iter_expr++;
            visit_expr(c, cs, gen->iter);
            c->comp_iter_expr--;
        }
        visit_list(c, cs, &gen->ifs);
    }
    if (n->u.comp.value)
        visit_expr(c, cs, n->u.comp.value);
    if (n->u.comp.elt)
        visit_expr(c, cs, n->u.comp.elt);
}

/* `t := value` directly inside comprehension s: t belongs to the nearest
 * enclosing function or the module (CPython's symtable_extend_namedexpr_scope). */
static void bind_walrus_outside(Ctx *c, Scope *s, Node *t)
{
    Str *name = t->u.name.id;
    for (Scope *a = s; a; a = a->parent) {
        switch (a->kind) {
        case SK_COMP: {
            Symbol *y = scope_find(a, name);
            if (y && (y->flags & SYM_COMP_ITER))
                syntax_error(c, t->line, t->col, t->end_col,
                             "assignment expression cannot rebind comprehension iteration variable '%s'", name);
            break;
        }
        case SK_FUNCTION: case SK_LAMBDA: {
            Symbol *y = scope_find(a, name);
            sym_flag(c, s, name, y && (y->flags & SYM_GLOBAL) ? SYM_GLOBAL : SYM_NONLOCAL);
            sym_flag(c, a, name, SYM_BOUND);
            return;
        }
        case SK_MODULE:
            sym_flag(c, s, name, SYM_GLOBAL);
            return;
        case SK_CLASS:
            syntax_error(c, t->line, t->col, t->end_col,
                         "assignment expression within a comprehension cannot be used in a class body%s", NULL);
        }
    }
}

/* namedexpr: target ':=' value */
static void visit_namedexpr(Ctx *c, Scope *s, Node *n)
{
    if (c->comp_iter_expr > 0)
        syntax_error(c, n->line, n->col, n->end_col,
                     "assignment expression cannot be used in a comprehension iterable expression%s", NULL);
    if (s->kind == SK_COMP)
        bind_walrus_outside(c, s, n->u.namedexpr.target);
    visit_expr(c, s, n->u.namedexpr.value);
    visit_expr(c, s, n->u.namedexpr.target);
}

/* yield / yield from: makes the enclosing function a generator; CPython's
 * symtable refuses it anywhere else. */
static void visit_yield(Ctx *c, Scope *s, Node *n)
{
    switch (s->kind) {
    case SK_FUNCTION: case SK_LAMBDA:
        s->generator = 1;
        break;
    case SK_COMP: {
        const char *what = s->node->kind == E_LISTCOMP ? "list comprehension"
                         : s->node->kind == E_SETCOMP ? "set comprehension"
                         : s->node->kind == E_DICTCOMP ? "dict comprehension" : "generator expression";
        char msg[64];
        snprintf(msg, sizeof msg, "'yield' inside %s%%s", what);
        syntax_error(c, n->line, n->col, n->line == n->end_line ? n->end_col : n->col + 1, msg, NULL);
    }
    default:
        syntax_error(c, n->line, n->col, n->line == n->end_line ? n->end_col : n->col + 1,
                     "'yield' outside function%s", NULL);
    }
    visit_expr(c, s, n->u.yield.value);
}

static void visit_expr(Ctx *c, Scope *s, Node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case E_NAME: visit_name(c, s, n); break;
    case E_CONST: break;
    case E_JOINEDSTR: visit_list(c, s, &n->u.joinedstr.values); break;
    case E_FORMATTED:
        visit_expr(c, s, n->u.formatted.value);
        visit_expr(c, s, n->u.formatted.format_spec);
        break;
    case E_BINOP:
        visit_expr(c, s, n->u.binop.left);
        visit_expr(c, s, n->u.binop.right);
        break;
    case E_UNARY: visit_expr(c, s, n->u.unary.operand); break;
    case E_BOOLOP: visit_list(c, s, &n->u.boolop.values); break;
    case E_COMPARE:
        visit_expr(c, s, n->u.compare.left);
        for (int i = 0; i < n->u.compare.n; i++)
            visit_expr(c, s, n->u.compare.comparators[i]);
        break;
    case E_IFEXP:
        visit_expr(c, s, n->u.ifexp.test);
        visit_expr(c, s, n->u.ifexp.body);
        visit_expr(c, s, n->u.ifexp.orelse);
        break;
    case E_LAMBDA: {
        visit_arg_outer(c, s, n->u.lambda.args, 0);
        Scope *ls = scope_new(c, s, SK_LAMBDA, n, str_intern_cstr(c->I, "<lambda>"));
        n->u.lambda.scope = ls;
        add_params(c, ls, n->u.lambda.args);
        visit_expr(c, ls, n->u.lambda.body);
        break;
    }
    case E_CALL:
        visit_expr(c, s, n->u.call.func);
        visit_list(c, s, &n->u.call.args);
        for (int i = 0; i < n->u.call.nkeywords; i++)
            visit_expr(c, s, n->u.call.keywords[i].value);
        break;
    case E_ATTR: visit_expr(c, s, n->u.attr.value); break;
    case E_SUBSCRIPT:
        visit_expr(c, s, n->u.subscript.value);
        visit_expr(c, s, n->u.subscript.slice);
        break;
    case E_SLICE:
        visit_expr(c, s, n->u.slice.lower);
        visit_expr(c, s, n->u.slice.upper);
        visit_expr(c, s, n->u.slice.step);
        break;
    case E_STARRED: visit_expr(c, s, n->u.starred.value); break;
    case E_LIST: case E_TUPLE: case E_SET: visit_list(c, s, &n->u.seq.elts); break;
    case E_DICT:
        for (int i = 0; i < n->u.dict.n; i++) {
            visit_expr(c, s, n->u.dict.keys[i]);
            visit_expr(c, s, n->u.dict.values[i]);
        }
        break;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP:
        visit_comp(c, s, n);
        break;
    case E_NAMEDEXPR: visit_namedexpr(c, s, n); break;
    case E_YIELD: case E_YIELDFROM: visit_yield(c, s, n); break;
    default:
        break;
    }
}

static void visit_decl(Ctx *c, Scope *s, Node *n, int nonlocal)
{
    if (nonlocal && s->kind == SK_MODULE)
        syntax_error(c, n->line, n->col, n->end_col, "nonlocal declaration not allowed at module level%s", NULL);
    for (int i = 0; i < n->u.global.n; i++) {
        Str *name = n->u.global.names[i];
        Symbol *y = sym_get(c, s, name);
        unsigned f = y->flags;
        if (f & (SYM_PARAM | SYM_BOUND | SYM_USED)) {
            const char *msg;
            if (f & SYM_PARAM)
                msg = nonlocal ? "name '%s' is parameter and nonlocal" : "name '%s' is parameter and global";
            else if (f & SYM_USED)
                msg = nonlocal ? "name '%s' is used prior to nonlocal declaration"
                               : "name '%s' is used prior to global declaration";
            else
                msg = nonlocal ? "name '%s' is assigned to before nonlocal declaration"
                               : "name '%s' is assigned to before global declaration";
            syntax_error(c, n->line, n->col, n->end_col, msg, name);
        }
        if (!(f & (SYM_GLOBAL | SYM_NONLOCAL))) {
            y->decl_line = n->line;
            y->decl_col = n->col;
            y->decl_end_col = n->end_col;
        }
        y->flags |= nonlocal ? SYM_NONLOCAL : SYM_GLOBAL;
    }
}

static void bind_import_name(Ctx *c, Scope *s, Alias *a, int from)
{
    Str *name = a->asname;
    if (!name) {
        if (from) {
            name = a->name;
        } else {
            const char *dot = strchr(a->name->s, '.');
            name = dot ? str_intern(c->I, a->name->s, (size_t)(dot - a->name->s)) : a->name;
        }
    }
    sym_flag(c, s, name, SYM_BOUND);
}

/* A match pattern: its value expressions are loads, its captures stores. */
static void visit_pattern(Ctx *c, Scope *s, Node *p)
{
    switch (p->kind) {
    case P_VALUE: case P_SINGLETON: visit_expr(c, s, p->u.pat.value); break;
    case P_CLASS:
        visit_expr(c, s, p->u.pat.value);
        /* fall through */
    case P_SEQUENCE: case P_OR:
        for (int i = 0; i < p->u.pat.patterns.n; i++)
            visit_pattern(c, s, p->u.pat.patterns.items[i]);
        if (p->kind == P_CLASS)
            for (int i = 0; i < p->u.pat.n; i++)
                visit_pattern(c, s, p->u.pat.kwd[i]);
        break;
    case P_MAPPING:
        for (int i = 0; i < p->u.pat.n; i++) {
            visit_expr(c, s, p->u.pat.keys[i]);
            visit_pattern(c, s, p->u.pat.kwd[i]);
        }
        if (p->u.pat.name)
            visit_expr(c, s, p->u.pat.name);
        break;
    case P_STAR:
        if (p->u.pat.name)
            visit_expr(c, s, p->u.pat.name);
        break;
    case P_AS:
        if (p->u.pat.sub)
            visit_pattern(c, s, p->u.pat.sub);
        if (p->u.pat.name)
            visit_expr(c, s, p->u.pat.name);
        break;
    default:
        break;
    }
}

static void visit_stmt(Ctx *c, Scope *s, Node *n)
{
    Interp *I = c->I;
    switch (n->kind) {
    case S_EXPR: visit_expr(c, s, n->u.expr.value); break;
    case S_ASSIGN:
        visit_expr(c, s, n->u.assign.value);
        visit_list(c, s, &n->u.assign.targets);
        break;
    case S_AUGASSIGN:
        visit_expr(c, s, n->u.augassign.value);
        if (n->u.augassign.target->kind == E_NAME)
            sym_flag(c, s, n->u.augassign.target->u.name.id, SYM_USED);
        visit_expr(c, s, n->u.augassign.target);
        break;
    case S_ANNASSIGN:
        if (s->kind != SK_FUNCTION && s->kind != SK_LAMBDA)
            visit_expr(c, s, n->u.annassign.annotation);
        visit_expr(c, s, n->u.annassign.value);
        if (n->u.annassign.target->kind == E_NAME && !n->u.annassign.value) {
            /* `x: int` alone binds nothing but still makes x local */
            sym_flag(c, s, n->u.annassign.target->u.name.id, SYM_BOUND);
        } else {
            visit_expr(c, s, n->u.annassign.target);
        }
        break;
    case S_DEL: visit_list(c, s, &n->u.del.targets); break;
    case S_PASS: case S_BREAK: case S_CONTINUE: break;
    case S_IF: case S_WHILE:
        visit_expr(c, s, n->u.if_.test);
        visit_body(c, s, &n->u.if_.body);
        visit_body(c, s, &n->u.if_.orelse);
        break;
    case S_FOR:
        visit_expr(c, s, n->u.for_.iter);
        visit_expr(c, s, n->u.for_.target);
        visit_body(c, s, &n->u.for_.body);
        visit_body(c, s, &n->u.for_.orelse);
        break;
    case S_FUNCDEF: {
        visit_list(c, s, &n->u.funcdef.decorators);
        visit_arg_outer(c, s, n->u.funcdef.args, 1);
        if (n->u.funcdef.returns)
            visit_expr(c, s, n->u.funcdef.returns);
        sym_flag(c, s, n->u.funcdef.name, SYM_BOUND);
        Scope *fs = scope_new(c, s, SK_FUNCTION, n, n->u.funcdef.name);
        n->u.funcdef.scope = fs;
        add_params(c, fs, n->u.funcdef.args);
        if (n->u.funcdef.lazy) {
            /* Body not parsed yet (scope_resolve_lazy finishes the scope):
             * what the def needs now is the __class__ cell for super(). */
            if (n->u.funcdef.lazy_super) {
                fs->uses_super = 1;
                sym_flag(c, fs, c->s_class, SYM_USED);
            }
            break;
        }
        visit_body(c, fs, &n->u.funcdef.body);
        break;
    }
    case S_RETURN: visit_expr(c, s, n->u.return_.value); break;
    case S_CLASSDEF: {
        visit_list(c, s, &n->u.classdef.decorators);
        visit_list(c, s, &n->u.classdef.bases);
        for (int i = 0; i < n->u.classdef.nkeywords; i++)
            visit_expr(c, s, n->u.classdef.keywords[i].value);
        sym_flag(c, s, n->u.classdef.name, SYM_BOUND);
        Scope *cs = scope_new(c, s, SK_CLASS, n, n->u.classdef.name);
        n->u.classdef.scope = cs;
        visit_body(c, cs, &n->u.classdef.body);
        break;
    }
    case S_WITH:
        for (int i = 0; i < n->u.with.nitems; i++) {
            visit_expr(c, s, n->u.with.items[i].context_expr);
            visit_expr(c, s, n->u.with.items[i].optional_vars);
        }
        visit_body(c, s, &n->u.with.body);
        break;
    case S_TRY:
        visit_body(c, s, &n->u.try_.body);
        for (int i = 0; i < n->u.try_.nhandlers; i++) {
            ExceptHandler *h = &n->u.try_.handlers[i];
            visit_expr(c, s, h->type);
            if (h->name)
                sym_flag(c, s, h->name, SYM_BOUND);
            visit_body(c, s, &h->body);
        }
        visit_body(c, s, &n->u.try_.orelse);
        visit_body(c, s, &n->u.try_.finalbody);
        break;
    case S_RAISE:
        visit_expr(c, s, n->u.raise.exc);
        visit_expr(c, s, n->u.raise.cause);
        break;
    case S_ASSERT:
        visit_expr(c, s, n->u.assert_.test);
        visit_expr(c, s, n->u.assert_.msg);
        break;
    case S_IMPORT:
        for (int i = 0; i < n->u.import.n; i++)
            bind_import_name(c, s, &n->u.import.names[i], 0);
        break;
    case S_IMPORTFROM:
        for (int i = 0; i < n->u.importfrom.n; i++) {
            Alias *a = &n->u.importfrom.names[i];
            if (a->name->s[0] == '*' && a->name->s[1] == 0) {
                if (s->kind != SK_MODULE)
                    syntax_error(c, n->line, n->col, n->end_col, "import * only allowed at module level%s", NULL);
                continue;
            }
            bind_import_name(c, s, a, 1);
        }
        break;
    case S_MATCH:
        visit_expr(c, s, n->u.match.subject);
        for (int i = 0; i < n->u.match.ncases; i++) {
            MatchCase *mc = &n->u.match.cases[i];
            visit_pattern(c, s, mc->pattern);
            if (mc->guard)
                visit_expr(c, s, mc->guard);
            visit_body(c, s, &mc->body);
        }
        break;
    case S_GLOBAL: visit_decl(c, s, n, 0); break;
    case S_NONLOCAL: visit_decl(c, s, n, 1); break;
    default:
        (void)I;
        break;
    }
}

static void visit_body(Ctx *c, Scope *s, NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        visit_stmt(c, s, l->items[i]);
}

/* ---------------------------------------------------------------- */
/* 2. Analyse                                                       */
/* ---------------------------------------------------------------- */

/* Symbol kinds during analysis (before slots). */
enum { K_LOCAL = 100, K_GLOBAL, K_FREE, K_NAME, K_CLASSFREE };

/* Where a name read (or declared nonlocal) in `s` is bound: the nearest
 * enclosing function scope binding it (class scopes are skipped, except
 * that a class binds the implicit __class__). NULL when it is a global. */
static Scope *find_binding(Ctx *c, Scope *s, Str *name)
{
    for (Scope *a = s->parent; a; a = a->parent) {
        if (a->kind == SK_MODULE)
            return NULL;
        if (a->kind == SK_CLASS) {
            if (name == c->s_class)
                return a;
            continue;
        }
        Symbol *y = scope_find(a, name);
        if (!y)
            continue;
        if (y->flags & SYM_GLOBAL)
            return NULL;
        if (y->flags & (SYM_BOUND | SYM_PARAM | SYM_NONLOCAL))
            return a;
    }
    return NULL;
}

static int free_index(Scope *s, Str *name)
{
    for (int i = 0; i < s->nfree; i++)
        if (s->freenames[i] == name)
            return i;
    return -1;
}

static void add_free(Ctx *c, Scope *s, Str *name)
{
    if (free_index(s, name) >= 0)
        return;
    s->freenames = grow(c->I, s->freenames, s->nfree, &s->capfree, sizeof(Str *));
    s->freenames[s->nfree++] = name;
}

/* The binding scope `b` of a free name of `s` must hold it as a cell; every
 * scope from s up to (not including) b carries it in its closure. */
static void thread_free(Ctx *c, Scope *s, Scope *b, Str *name)
{
    if (b->kind == SK_CLASS) {
        b->class_cell_slot = 0;   /* marks "needs the __class__ cell"; slot assigned later */
    } else {
        Symbol *y = sym_get(c, b, name);
        y->flags |= SYM_FREE_CHILD;
    }
    for (Scope *t = s; t != b; t = t->parent)
        add_free(c, t, name);
}

static void analyse(Ctx *c, Scope *s)
{
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *y = &s->syms[i];
        if (s->kind == SK_MODULE) {
            y->kind = K_GLOBAL;
            continue;
        }
        if ((y->flags & SYM_GLOBAL) && (y->flags & SYM_NONLOCAL))
            syntax_error(c, y->decl_line, y->decl_col, y->decl_end_col, "name '%s' is nonlocal and global", y->name);
        if (y->flags & SYM_GLOBAL) {
            y->kind = K_GLOBAL;
        } else if (y->flags & SYM_NONLOCAL) {
            Scope *b = find_binding(c, s, y->name);
            if (!b || b->kind == SK_CLASS)
                syntax_error(c, y->decl_line, y->decl_col, y->decl_end_col, "no binding for nonlocal '%s' found", y->name);
            y->kind = K_FREE;
            thread_free(c, s, b, y->name);
        } else if (y->flags & (SYM_BOUND | SYM_PARAM)) {
            y->kind = s->kind == SK_CLASS ? K_NAME : K_LOCAL;
        } else {
            Scope *b = find_binding(c, s, y->name);
            if (b) {
                y->kind = s->kind == SK_CLASS ? K_CLASSFREE : K_FREE;
                thread_free(c, s, b, y->name);
            } else {
                y->kind = s->kind == SK_CLASS ? K_NAME : K_GLOBAL;
            }
        }
    }
    for (int i = 0; i < s->nchildren; i++)
        analyse(c, s->children[i]);
}

/* ---------------------------------------------------------------- */
/* 3. Slots and patching                                            */
/* ---------------------------------------------------------------- */

static void push_int(Interp *I, int **arr, int *n, int v)
{
    *arr = arena_realloc(&I->arena, *arr, (size_t)*n * sizeof(int), (size_t)(*n + 1) * sizeof(int));
    (*arr)[(*n)++] = v;
}

/* Slot of `name` in scope p's frame as a Cell (for a child's closure). */
static int cell_slot_in(Ctx *c, Scope *p, Str *name)
{
    if (p->kind == SK_CLASS && name == c->s_class && p->class_cell_slot >= 0 &&
        free_index(p, name) < 0)
        return p->class_cell_slot;
    if (p->kind != SK_CLASS) {
        Symbol *y = scope_find(p, name);
        if (y && y->kind == NS_CELL)
            return y->slot;
    }
    int fi = free_index(p, name);
    return fi >= 0 ? p->free_base + fi : -1;
}

static void assign_slots(Ctx *c, Scope *s)
{
    Interp *I = c->I;
    int nfree = s->nfree;
    int slot = 0;

    if (is_funclike(s)) {
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *y = &s->syms[i];
            if (y->kind != K_LOCAL)
                continue;
            y->slot = slot++;
            if (y->flags & SYM_FREE_CHILD) {
                y->kind = NS_CELL;
                if (i < s->nparams)
                    push_int(I, &s->param_cells, &s->nparam_cells, y->slot);
                else
                    push_int(I, &s->cell_slots, &s->ncell_slots, y->slot);
            } else {
                y->kind = NS_FAST;
            }
        }
    } else if (s->kind == SK_CLASS && s->class_cell_slot >= 0) {
        s->class_cell_slot = slot++;
        push_int(I, &s->cell_slots, &s->ncell_slots, s->class_cell_slot);
    }
    s->free_base = slot;
    slot += nfree;
    s->nslots = slot;
    s->varnames = interp_alloc(I, sizeof(Str *) * (size_t)(slot ? slot : 1));
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *y = &s->syms[i];
        switch (y->kind) {
        case K_GLOBAL: y->kind = NS_GLOBAL; break;
        case K_NAME: y->kind = NS_NAME; break;
        case K_FREE: y->kind = NS_CELL; y->slot = s->free_base + free_index(s, y->name); break;
        case K_CLASSFREE: y->kind = NS_CLASSDEREF; y->slot = s->free_base + free_index(s, y->name); break;
        default: break;
        }
        if ((y->kind == NS_FAST || y->kind == NS_CELL) && y->slot >= 0)
            s->varnames[y->slot] = y->name;
    }
    if (s->class_cell_slot >= 0 && s->kind == SK_CLASS)
        s->varnames[s->class_cell_slot] = c->s_class;
    if (nfree) {
        s->free_parent_slot = interp_alloc(I, sizeof(int) * (size_t)nfree);
        for (int i = 0; i < nfree; i++) {
            s->varnames[s->free_base + i] = s->freenames[i];
            s->free_parent_slot[i] = cell_slot_in(c, s->parent, s->freenames[i]);
        }
    }
    for (int i = 0; i < s->nnames; i++) {
        Node *n = s->names[i];
        Symbol *y = scope_find(s, n->u.name.id);
        n->u.name.scope = y->kind;
        n->u.name.slot = y->slot;
    }
    for (int i = 0; i < s->nchildren; i++)
        assign_slots(c, s->children[i]);
}

static void ctx_init(Ctx *c, Interp *I, Str *filename)
{
    memset(c, 0, sizeof *c);
    c->I = I;
    c->filename = filename;
    c->dot0 = str_intern_cstr(I, ".0");
    c->s_super = str_intern_cstr(I, "super");
    c->s_class = I->names.__class__;
}

/* The scope of a def whose body parse_lazy_body() just parsed: the names
 * of the body join the scope the module pass began (parameters, and the
 * __class__ cell when the body names super), then kinds and slots are
 * worked out again. Parameter slots and the closure do not move: a
 * module- or class-level function closes over nothing but __class__. */
void scope_resolve_lazy(Interp *I, Node *def, Str *filename)
{
    Ctx c;
    ctx_init(&c, I, filename);
    Scope *fs = def->u.funcdef.scope;
    visit_body(&c, fs, &def->u.funcdef.body);
    fs->ncell_slots = 0;
    fs->nparam_cells = 0;
    analyse(&c, fs);
    assign_slots(&c, fs);
}

void scope_resolve(Interp *I, Node *module, Str *filename)
{
    Ctx c;
    ctx_init(&c, I, filename);
    Scope *ms = scope_new(&c, NULL, SK_MODULE, module, I->names.module_name);
    module->u.module.scope = ms;
    visit_body(&c, ms, &module->u.module.body);
    analyse(&c, ms);
    assign_slots(&c, ms);
}
