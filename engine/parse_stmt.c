/*
 * parse_stmt.c — statements of kata Python: simple statements (assignment
 * in all its forms, del, return, raise, import, …) and compound ones (if,
 * while, for, try, with, def, class), with CPython 3.11's messages for the
 * common mistakes ("expected ':'", "expected an indented block after …").
 * Each function quotes the grammar rule it implements.
 */
#include "parse_int.h"

#include <stdio.h>
#include <string.h>

#include "unparse.h"

static void statement(Parser *P, NodeList *body);

/* Compound statements end at the last real token of their last block. */
static void end_from_list(Parser *P, Node *n, const NodeList *l)
{
    (void)l;
    parse_end(P, n);
}

/* Error at the current token; CPython's special positions for the end of
 * input and indentation tokens. */
static _Noreturn void fail_here(Parser *P, const char *kind, const char *msg)
{
    Token *t = cur(P);
    if (t->kind == T_ENDMARKER && !P->parent) {
        int line = t->line, col = t->col;
        if (col == 0 && line > 1 && P->lx.len > 0 && P->lx.src[P->lx.len - 1] == '\n') {
            line--;
            col = (int)(P->lx.line_start[line + 1] - P->lx.line_start[line]) - 1;
        }
        /* CPython: just past the end of the last line, no end */
        parse_fail(P, kind, line, col, line, -2, "%s", msg);
    }
    if (t->kind == T_INDENT || t->kind == T_DEDENT)
        parse_fail(P, kind, t->line, t->end_col - 1, t->line, -2, "%s", msg);
    parse_fail(P, kind, t->line, t->col, t->end_line, t->end_col, "%s", msg);
}

/* ':' after a compound statement header; "expected ':'" when the line ends. */
static void expect_colon(Parser *P)
{
    if (parse_accept_op(P, O_COLON))
        return;
    if (cur(P)->kind == T_NEWLINE)
        parse_fail_tok(P, P->pos, "expected ':'");
    parse_syntax(P);
}

/* &&':' in the grammar (def, try, finally, else): "expected ':'" at any token. */
static void force_colon(Parser *P)
{
    if (!parse_accept_op(P, O_COLON))
        parse_fail_tok(P, P->pos, "expected ':'");
}

static void simple_stmts(Parser *P, NodeList *body);

/* The features `from __future__ import` knows (Lib/__future__.py); all but
 * annotations change nothing in kata Python (their behaviour is the only
 * one it has). barry_as_FLUFL is accepted without its `<>`. */
static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
};

/*
 * PEP 236, with CPython's compile-time errors: a module's future statements
 * come first (after its docstring); one anywhere else is "from __future__
 * imports must occur at the beginning of the file", an unknown feature
 * "future feature X is not defined". Called with each statement appended to
 * `body`, possibly twice for the same one.
 */
static void future_check(Parser *P, NodeList *body)
{
    Node *s = body->items[body->n - 1];
    int is_future = s->kind == S_IMPORTFROM && s->u.importfrom.module &&
                    strcmp(s->u.importfrom.module->s, "__future__") == 0;
    if (!is_future) {
        int docstring = body->n == 1 && s->kind == S_EXPR && s->u.expr.value->kind == E_CONST &&
                        v_is_str(P->I, s->u.expr.value->u.constant.value);
        if (body == P->top && !docstring && P->future_open) {
            P->future_open = 0;
            P->future_closed_line = s->line;
        }
        return;
    }
    if (body == P->top && !P->future_open && s->line == P->future_closed_line) {
        /* after another statement on the same line: CPython's future.c
         * finds it first and points one character before it */
        int first = !P->late_set;
        parse_late_start(P, s, "from __future__ imports must occur at the beginning of the file");
        if (first)
            P->late.col--;
        return;
    }
    if (body != P->top || !P->future_open) {
        parse_late_node(P, s, "from __future__ imports must occur at the beginning of the file");
        return;
    }
    for (int i = 0; i < s->u.importfrom.n; i++) {
        const char *name = s->u.importfrom.names[i].name->s;
        size_t k = 0;
        while (k < sizeof future_features / sizeof *future_features && strcmp(future_features[k], name) != 0)
            k++;
        if (k == sizeof future_features / sizeof *future_features) {
            if (strcmp(name, "braces") == 0)
                parse_late_start(P, s, "not a chance");
            else
                parse_late_start(P, s, "future feature %.100s is not defined", name);
            return;
        }
        if (strcmp(name, "annotations") == 0)
            P->future_annotations = 1;
    }
}

/* Under `from __future__ import annotations` (PEP 563) an annotation is
 * not evaluated: it becomes the string constant of its unparsed text. */
static Node *future_annotation(Parser *P, Node *a)
{
    if (!a || !P->future_annotations)
        return a;
    Node *n = parse_alloc(P, sizeof *n);
    *n = *a;
    n->kind = E_CONST;
    memset(&n->u, 0, sizeof n->u);
    n->u.constant.value = v_str(unparse_expr(P->I, a));
    return n;
}

static void future_params(Parser *P, Arguments *a)
{
    for (int i = 0; i < a->nargs; i++)
        a->args[i].annotation = future_annotation(P, a->args[i].annotation);
    if (a->vararg)
        a->vararg->annotation = future_annotation(P, a->vararg->annotation);
    for (int i = 0; i < a->nkwonly; i++)
        a->kwonly[i].annotation = future_annotation(P, a->kwonly[i].annotation);
    if (a->kwarg)
        a->kwarg->annotation = future_annotation(P, a->kwarg->annotation);
}

/*
 * block: NEWLINE INDENT statements DEDENT | simple_stmts
 * `what` names the header for "expected an indented block after …".
 */
static void block(Parser *P, NodeList *body, const char *what, int hdr_line)
{
    if (cur(P)->kind != T_NEWLINE) {
        simple_stmts(P, body);
        return;
    }
    advance(P);
    if (cur(P)->kind != T_INDENT) {
        if (cur(P)->kind == T_ERROR)
            parse_syntax(P);
        char msg[128];
        snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, hdr_line);
        parse_fail_no_block(P, msg);
    }
    advance(P);
    while (cur(P)->kind != T_DEDENT) {
        if (cur(P)->kind == T_ENDMARKER || cur(P)->kind == T_ERROR)
            parse_syntax(P);
        statement(P, body);
    }
    advance(P);
}

void parse_block(Parser *P, NodeList *body, const char *what, int hdr_line)
{
    block(P, body, what, hdr_line);
}

_Noreturn void parse_fail_no_block(Parser *P, const char *msg)
{
    Token *t = cur(P);
    if (t->kind == T_ENDMARKER || t->kind == T_INDENT || t->kind == T_DEDENT)
        fail_here(P, "IndentationError", msg);
    /* CPython marks one character: the start of the unindented line */
    parse_fail(P, "IndentationError", t->line, t->col, t->line, t->col + 1, "%s", msg);
}

/* Loop and function context for the compile-time checks. */
static void loop_block(Parser *P, NodeList *body, const char *what, int hdr_line)
{
    int saved = P->in_loop;
    P->in_loop = 1;
    block(P, body, what, hdr_line);
    P->in_loop = saved;
}

static int is_augassign(Parser *P, int *op)
{
    Token *t = cur(P);
    if (t->kind != T_OP)
        return 0;
    switch (t->op) {
    case O_PLUSEQUAL: *op = OP_ADD; break;
    case O_MINEQUAL: *op = OP_SUB; break;
    case O_STAREQUAL: *op = OP_MUL; break;
    case O_SLASHEQUAL: *op = OP_TRUEDIV; break;
    case O_DOUBLESLASHEQUAL: *op = OP_FLOORDIV; break;
    case O_PERCENTEQUAL: *op = OP_MOD; break;
    case O_DOUBLESTAREQUAL: *op = OP_POW; break;
    case O_LSHIFTEQUAL: *op = OP_LSHIFT; break;
    case O_RSHIFTEQUAL: *op = OP_RSHIFT; break;
    case O_AMPEREQUAL: *op = OP_BITAND; break;
    case O_VBAREQUAL: *op = OP_BITOR; break;
    case O_CIRCUMFLEXEQUAL: *op = OP_BITXOR; break;
    case O_ATEQUAL: *op = OP_MATMUL; break;
    default: return 0;
    }
    return 1;
}

/* star_expressions where a lone `*x` is refused (return values). */
static Node *star_value(Parser *P)
{
    Node *v = parse_star_expressions(P);
    if (v->kind == E_STARRED)
        parse_late_node(P, v, "can't use starred expression here");
    return v;
}

/* Right-hand sides: yield_expr | star_expressions */
static Node *rhs(Parser *P)
{
    if (is_kw(P, K_YIELD))
        return parse_yield_expr(P);
    return star_value(P);
}

static int bitwise_or_level(const Node *e)
{
    switch (e->kind) {
    case E_COMPARE: case E_BOOLOP: case E_IFEXP: case E_LAMBDA: case E_STARRED:
    case E_LIST: case E_TUPLE: case E_GENEXP:
        return 0;
    case E_UNARY:
        return e->u.unary.op != U_NOT;
    case E_CONST:
        return e->u.constant.value.tag != V_NONE && e->u.constant.value.tag != V_BOOL;
    default:
        return 1;
    }
}

/* Check the first target of `T = value` with CPython's special message for
 * what looks like a comparison typed with '='. */
static void check_first_target(Parser *P, Node *t)
{
    const Node *bad = parse_invalid_target(t, TGT_STAR);
    int pos = P->pos;
    int here = 0;
    if (bad) {
        /* `a=bitwise_or '=' bitwise_or !('='|':=')`: looks like a comparison */
        advance(P);
        here = parse_try_bitwise_or(P) && !is_op(P, O_EQUAL) && !is_op(P, O_COLONEQUAL);
        P->pos = pos;
    }
    if (bad && here) {
        const Node *e = t;
        if (t == P->bare_tuple && t->u.seq.elts.n > 0)
            e = t->u.seq.elts.items[t->u.seq.elts.n - 1];
        if (bad == e && bitwise_or_level(e))
            parse_fail_node(P, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", parse_expr_name(e));
    }
    parse_check_target(P, t, TGT_STAR);
}

/*
 * assignment:
 *     | NAME ':' expression ['=' annotated_rhs ]
 *     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs ]
 *     | (star_targets '=' )+ (yield_expr | star_expressions) !'='
 *     | single_target augassign ~ (yield_expr | star_expressions)
 * star_expressions
 */
static Node *expr_stmt(Parser *P)
{
    Token *start = cur(P);
    /* `x.y := 1` here is "cannot use assignment expressions with
     * attribute", `x := 1` "invalid syntax" at the ':=' */
    P->stmt_start = 1;
    P->walrus_tok = -1;
    Node *e = parse_star_expressions(P);
    P->stmt_start = 0;
    if (P->walrus_tok >= 0)
        parse_fail_tok(P, P->walrus_tok, "invalid syntax");
    int op;
    if (is_op(P, O_COLON)) {
        /* annotated assignment (CPython checks the target once the
         * annotation has parsed) */
        int parenthesized = e->line != start->line || e->col != start->col;
        advance(P);
        Node *ann = parse_expression(P);
        if (e->kind == E_TUPLE && e == P->bare_tuple)
            parse_fail_node(P, e->u.seq.elts.items[0], "only single target (not tuple) can be annotated");
        if (e->kind == E_TUPLE || e->kind == E_LIST) {
            parse_fail_node(P, e, "only single target (not %s) can be annotated", e->kind == E_TUPLE ? "tuple" : "list");
        }
        if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUBSCRIPT)
            parse_fail_node(P, e, "illegal target for annotation");
        Node *n = parse_node(P, S_ANNASSIGN, start);
        parse_set_ctx(P, e, CTX_STORE);
        n->u.annassign.target = e;
        n->u.annassign.simple = e->kind == E_NAME && !parenthesized;
        n->u.annassign.annotation = future_annotation(P, ann);
        if (parse_accept_op(P, O_EQUAL))
            n->u.annassign.value = rhs(P);
        parse_end(P, n);
        return n;
    }
    if (is_augassign(P, &op)) {
        advance(P);
        Node *v = rhs(P);
        if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUBSCRIPT)
            parse_fail_node(P, e, "'%s' is an illegal expression for augmented assignment", parse_expr_name(e));
        Node *n = parse_node(P, S_AUGASSIGN, start);
        parse_set_ctx(P, e, CTX_STORE);
        n->u.augassign.target = e;
        n->u.augassign.op = op;
        n->u.augassign.value = v;
        parse_end(P, n);
        return n;
    }
    if (is_op(P, O_EQUAL)) {
        Node *n = parse_node(P, S_ASSIGN, start);
        NodeList targets = {0, NULL};
        nl_push(P, &targets, e);
        Node *value = NULL;
        check_first_target(P, e);
        while (parse_accept_op(P, O_EQUAL)) {
            value = rhs(P);
            if (is_op(P, O_EQUAL) && (value->kind == E_YIELD || value->kind == E_YIELDFROM))
                parse_fail_node(P, value, "assignment to yield expression not possible");
            if (is_op(P, O_EQUAL)) {
                parse_check_target(P, value, TGT_STAR);
                nl_push(P, &targets, value);
            }
        }
        n->u.assign.targets = targets;
        n->u.assign.value = value;
        parse_end(P, n);
        return n;
    }
    if (e->kind == E_STARRED)
        parse_late_node(P, e, "can't use starred expression here");
    Node *n = parse_node(P, S_EXPR, start);
    n->u.expr.value = e;
    parse_end(P, n);
    return n;
}

/* dotted_name: dotted_name '.' NAME | NAME (as one interned string) */
static Str *dotted_name(Parser *P)
{
    Token *first = cur(P);
    parse_name(P);
    while (parse_accept_op(P, O_DOT))
        parse_name(P);
    Token *last = &P->t[P->pos - 1];
    /* the text may contain spaces around dots: rebuild it */
    char buf[512];
    size_t n = 0;
    for (Token *t = first; t <= last; t++) {
        size_t k = t->end - t->start;
        if (n + k >= sizeof buf)
            break;
        memcpy(buf + n, P->lx.src + t->start, k);
        n += k;
    }
    return str_intern(P->I, buf, n);
}

static Alias *push_alias(Parser *P, Alias **arr, int *n, int *cap)
{
    if (*n == *cap) {
        int ncap = *cap ? *cap * 2 : 4;
        *arr = arena_realloc(&P->I->arena, *arr, sizeof(Alias) * (size_t)*cap, sizeof(Alias) * (size_t)ncap);
        *cap = ncap;
    }
    return &(*arr)[(*n)++];
}

/* import_name: 'import' dotted_as_names */
static Node *import_stmt(Parser *P, Token *start)
{
    Node *n = parse_node(P, S_IMPORT, start);
    int cap = 0;
    do {
        Token *t = cur(P);
        Alias *a = push_alias(P, &n->u.import.names, &n->u.import.n, &cap);
        a->line = t->line;
        a->col = t->col;
        a->name = dotted_name(P);
        if (parse_accept_kw(P, K_AS))
            a->asname = parse_name(P);
    } while (parse_accept_op(P, O_COMMA));
    parse_end(P, n);
    return n;
}

/*
 * import_from:
 *     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *     | 'from' ('.' | '...')+ 'import' import_from_targets
 * import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
 */
static Node *from_stmt(Parser *P, Token *start)
{
    Node *n = parse_node(P, S_IMPORTFROM, start);
    int level = 0;
    for (;;) {
        if (parse_accept_op(P, O_DOT))
            level++;
        else if (parse_accept_op(P, O_ELLIPSIS))
            level += 3;
        else
            break;
    }
    if (!is_kw(P, K_IMPORT) || level == 0)
        n->u.importfrom.module = dotted_name(P);
    if (!parse_accept_kw(P, K_IMPORT))
        parse_syntax(P);
    n->u.importfrom.level = level;
    int cap = 0;
    if (is_op(P, O_STAR)) {
        Token *t = cur(P);
        advance(P);
        Alias *a = push_alias(P, &n->u.importfrom.names, &n->u.importfrom.n, &cap);
        a->name = str_intern(P->I, "*", 1);
        a->line = t->line;
        a->col = t->col;
        parse_end(P, n);
        return n;
    }
    int paren = parse_accept_op(P, O_LPAR);
    for (;;) {
        Token *t = cur(P);
        Alias *a = push_alias(P, &n->u.importfrom.names, &n->u.importfrom.n, &cap);
        a->line = t->line;
        a->col = t->col;
        a->name = parse_name(P);
        if (parse_accept_kw(P, K_AS))
            a->asname = parse_name(P);
        if (!parse_accept_op(P, O_COMMA))
            break;
        if (paren && is_op(P, O_RPAR))
            break;
        if (!paren && (cur(P)->kind == T_NEWLINE || is_op(P, O_SEMI)))
            parse_fail_tok(P, P->pos, "trailing comma not allowed without surrounding parentheses");
    }
    if (paren)
        parse_expect_op(P, O_RPAR);
    parse_end(P, n);
    return n;
}

/* One simple statement. */
static Node *simple_stmt(Parser *P)
{
    Token *t = cur(P);
    if (t->kind == T_NAME) {
        switch (t->op) {
        case K_PASS: case K_BREAK: case K_CONTINUE: {
            advance(P);
            Node *n = parse_node(P, t->op == K_PASS ? S_PASS : t->op == K_BREAK ? S_BREAK : S_CONTINUE, t);
            if (t->op == K_BREAK && !P->in_loop)
                parse_late_node(P, n, "'break' outside loop");
            if (t->op == K_CONTINUE && !P->in_loop)
                parse_late_node(P, n, "'continue' not properly in loop");
            return n;
        }
        case K_RETURN: {
            advance(P);
            Node *n = parse_node(P, S_RETURN, t);
            if (cur(P)->kind != T_NEWLINE && !is_op(P, O_SEMI))
                n->u.return_.value = star_value(P);
            parse_end(P, n);
            if (!P->in_func)
                parse_late_node(P, n, "'return' outside function");
            return n;
        }
        case K_RAISE: {
            advance(P);
            Node *n = parse_node(P, S_RAISE, t);
            if (cur(P)->kind != T_NEWLINE && !is_op(P, O_SEMI)) {
                n->u.raise.exc = parse_expression(P);
                if (parse_accept_kw(P, K_FROM))
                    n->u.raise.cause = parse_expression(P);
            }
            parse_end(P, n);
            return n;
        }
        case K_GLOBAL: case K_NONLOCAL: {
            advance(P);
            Node *n = parse_node(P, t->op == K_GLOBAL ? S_GLOBAL : S_NONLOCAL, t);
            int cap = 0;
            do {
                if (n->u.global.n == cap) {
                    int ncap = cap ? cap * 2 : 4;
                    n->u.global.names = arena_realloc(&P->I->arena, n->u.global.names, sizeof(Str *) * (size_t)cap,
                                                      sizeof(Str *) * (size_t)ncap);
                    cap = ncap;
                }
                n->u.global.names[n->u.global.n++] = parse_name(P);
            } while (parse_accept_op(P, O_COMMA));
            parse_end(P, n);
            return n;
        }
        case K_DEL: {
            advance(P);
            Node *n = parse_node(P, S_DEL, t);
            Node *e = parse_star_expressions(P);
            if (cur(P)->kind != T_NEWLINE && !is_op(P, O_SEMI)) {
                parse_check_target(P, e, TGT_DEL);
                parse_syntax(P);
            }
            int plain_tuple = e == P->bare_tuple;
            if (plain_tuple) {
                for (int i = 0; i < e->u.seq.elts.n; i++) {
                    parse_check_target(P, e->u.seq.elts.items[i], TGT_DEL);
                    nl_push(P, &n->u.del.targets, e->u.seq.elts.items[i]);
                }
            } else {
                parse_check_target(P, e, TGT_DEL);
                nl_push(P, &n->u.del.targets, e);
            }
            parse_end(P, n);
            return n;
        }
        case K_ASSERT: {
            advance(P);
            Node *n = parse_node(P, S_ASSERT, t);
            n->u.assert_.test = parse_expression(P);
            if (parse_accept_op(P, O_COMMA))
                n->u.assert_.msg = parse_expression(P);
            parse_end(P, n);
            return n;
        }
        case K_IMPORT:
            advance(P);
            return import_stmt(P, t);
        case K_FROM:
            advance(P);
            return from_stmt(P, t);
        case K_YIELD: {
            /* yield_stmt: yield_expr */
            Node *y = parse_yield_expr(P);
            if (is_op(P, O_EQUAL))
                parse_fail_node(P, y, "assignment to yield expression not possible");
            Node *n = parse_node(P, S_EXPR, t);
            n->u.expr.value = y;
            parse_end(P, n);
            return n;
        }
        default:
            break;
        }
    }
    return expr_stmt(P);
}

/* simple_stmts: ';'.simple_stmt+ [';'] NEWLINE */
static void simple_stmts(Parser *P, NodeList *body)
{
    for (;;) {
        nl_push(P, body, simple_stmt(P));
        future_check(P, body);
        if (parse_accept_op(P, O_SEMI)) {
            if (cur(P)->kind == T_NEWLINE)
                break;
            continue;
        }
        break;
    }
    if (cur(P)->kind != T_NEWLINE)
        parse_syntax(P);
    advance(P);
}

/* if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
 * (elif becomes a nested S_IF in orelse) */
static Node *if_stmt(Parser *P, Token *kw, const char *what)
{
    advance(P);
    Node *n = parse_node(P, S_IF, kw);
    n->u.if_.test = parse_named_expression(P);
    expect_colon(P);
    block(P, &n->u.if_.body, what, kw->line);
    end_from_list(P, n, &n->u.if_.body);
    if (is_kw(P, K_ELIF)) {
        Node *e = if_stmt(P, cur(P), "'elif' statement");
        nl_push(P, &n->u.if_.orelse, e);
        parse_copy_end(n, e);
    } else if (is_kw(P, K_ELSE)) {
        Token *et = cur(P);
        advance(P);
        force_colon(P);
        block(P, &n->u.if_.orelse, "'else' statement", et->line);
        end_from_list(P, n, &n->u.if_.orelse);
    }
    return n;
}

/* else_block for loops and try */
static void else_block(Parser *P, NodeList *orelse, Node *n)
{
    if (!is_kw(P, K_ELSE))
        return;
    Token *et = cur(P);
    advance(P);
    force_colon(P);
    block(P, orelse, "'else' statement", et->line);
    end_from_list(P, n, orelse);
}

/* A speculative call for the parenthesized form of `with`. */
static int try_paren_with(Parser *P, Node *n);

/* with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
static void with_item(Parser *P, WithItem *w)
{
    w->context_expr = parse_expression(P);
    if (parse_accept_kw(P, K_AS)) {
        Node *t = parse_bitwise_or(P);
        if (!is_op(P, O_COMMA) && !is_op(P, O_RPAR) && !is_op(P, O_COLON))
            parse_syntax(P);
        parse_check_target(P, t, TGT_STAR);
        w->optional_vars = t;
    }
}

static void push_with(Parser *P, Node *n, int *cap)
{
    if (n->u.with.nitems == *cap) {
        int ncap = *cap ? *cap * 2 : 2;
        n->u.with.items = arena_realloc(&P->I->arena, n->u.with.items, sizeof(WithItem) * (size_t)*cap,
                                        sizeof(WithItem) * (size_t)ncap);
        *cap = ncap;
    }
    n->u.with.nitems++;
}

static int try_paren_with(Parser *P, Node *n)
{
    jmp_buf jb;
    jmp_buf *saved = P->jb;
    ParseError saved_err = *P->err;
    volatile int pos = P->pos, depth = P->depth, late = P->late_set;
    volatile int ok = 0;
    P->jb = &jb;
    if (setjmp(jb) == 0) {
        int cap = 0;
        n->u.with.nitems = 0;
        n->u.with.items = NULL;
        advance(P);     /* '(' */
        do {
            if (is_op(P, O_RPAR))
                break;
            push_with(P, n, &cap);
            with_item(P, &n->u.with.items[n->u.with.nitems - 1]);
        } while (parse_accept_op(P, O_COMMA));
        parse_expect_op(P, O_RPAR);
        if (!is_op(P, O_COLON) || n->u.with.nitems == 0)
            parse_syntax(P);
        ok = 1;
    } else {
        P->pos = pos;
        P->depth = depth;
        P->late_set = late;
        *P->err = saved_err;
        n->u.with.nitems = 0;
        n->u.with.items = NULL;
    }
    P->jb = saved;
    return ok;
}

/* with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block | 'with' ','.with_item+ ':' block */
static Node *with_stmt(Parser *P, Token *kw)
{
    advance(P);
    Node *n = parse_node(P, S_WITH, kw);
    if (!(is_op(P, O_LPAR) && try_paren_with(P, n))) {
        int cap = 0;
        do {
            push_with(P, n, &cap);
            with_item(P, &n->u.with.items[n->u.with.nitems - 1]);
        } while (parse_accept_op(P, O_COMMA));
    }
    expect_colon(P);
    block(P, &n->u.with.body, "'with' statement", kw->line);
    end_from_list(P, n, &n->u.with.body);
    return n;
}

/*
 * try_stmt:
 *     | 'try' ':' block finally_block
 *     | 'try' ':' block except_block+ [else_block] [finally_block]
 * except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
 */
static Node *try_stmt(Parser *P, Token *kw)
{
    advance(P);
    Node *n = parse_node(P, S_TRY, kw);
    force_colon(P);
    block(P, &n->u.try_.body, "'try' statement", kw->line);
    end_from_list(P, n, &n->u.try_.body);
    int cap = 0;
    while (is_kw(P, K_EXCEPT)) {
        Token *et = cur(P);
        advance(P);
        if (is_op(P, O_STAR))
            parse_fail_tok(P, P->pos, "except* is not supported here");
        if (n->u.try_.nhandlers == cap) {
            int ncap = cap ? cap * 2 : 2;
            n->u.try_.handlers = arena_realloc(&P->I->arena, n->u.try_.handlers, sizeof(ExceptHandler) * (size_t)cap,
                                               sizeof(ExceptHandler) * (size_t)ncap);
            cap = ncap;
        }
        ExceptHandler *h = &n->u.try_.handlers[n->u.try_.nhandlers++];
        memset(h, 0, sizeof *h);
        h->line = et->line;
        h->col = et->col;
        if (!is_op(P, O_COLON)) {
            h->type = parse_expression(P);
            if (is_op(P, O_COMMA)) {
                advance(P);
                Node *last = parse_expression(P);
                while (parse_accept_op(P, O_COMMA))
                    last = parse_expression(P);
                if (is_op(P, O_COLON) || is_kw(P, K_AS))
                    parse_fail_range(P, h->type, last, "multiple exception types must be parenthesized");
                parse_syntax(P);
            }
            if (parse_accept_kw(P, K_AS))
                h->name = parse_name(P);
        }
        expect_colon(P);
        block(P, &h->body, "'except' statement", et->line);
        end_from_list(P, n, &h->body);
    }
    if (n->u.try_.nhandlers)
        else_block(P, &n->u.try_.orelse, n);
    if (is_kw(P, K_FINALLY)) {
        Token *ft = cur(P);
        advance(P);
        force_colon(P);
        block(P, &n->u.try_.finalbody, "'finally' statement", ft->line);
        end_from_list(P, n, &n->u.try_.finalbody);
    } else if (!n->u.try_.nhandlers) {
        fail_here(P, "SyntaxError", "expected 'except' or 'finally' block");
    }
    return n;
}

/* decorators: ('@' named_expression NEWLINE)+ */
static void decorators(Parser *P, NodeList *decs)
{
    while (parse_accept_op(P, O_AT)) {
        nl_push(P, decs, parse_named_expression(P));
        if (cur(P)->kind != T_NEWLINE)
            parse_syntax(P);
        advance(P);
    }
}

/* A module- or class-level def of library code whose body is an indented
 * block: remember where the block starts and step over it; its statements
 * are parsed on the first call (parse_lazy_body). Not when the body holds
 * what changes the def itself (yield, await, nonlocal): those parse now.
 * 1 when skipped. */
static int lazy_skip(Parser *P, Node *n)
{
    int pos = P->pos;
    LexBlock b;
    if (P->t[pos].kind != T_NEWLINE || P->t[pos + 1].kind != T_INDENT)
        return 0;
    if (!lex_block(&P->lx, pos + 1, &b) || (b.flags & LEX_BLOCK_EAGER))
        return 0;
    n->u.funcdef.lazy = P;
    n->u.funcdef.lazy_pos = pos;
    n->u.funcdef.lazy_super = (b.flags & LEX_BLOCK_SUPER) != 0;
    P->pos = b.dedent + 1;      /* after the block's DEDENT */
    return 1;
}

int parse_lazy_body(Interp *I, Node *def, ParseError *err)
{
    Parser *P = def->u.funcdef.lazy;
    jmp_buf jb;
    jmp_buf *saved_jb = P->jb;
    ParseError *saved_err = P->err;
    int saved_pos = P->pos;
    memset(err, 0, sizeof *err);
    P->err = err;
    P->err_tok = -1;
    P->jb = &jb;
    if (setjmp(jb)) {
        P->jb = saved_jb;
        P->err = saved_err;
        P->pos = saved_pos;
        return 0;
    }
    P->pos = def->u.funcdef.lazy_pos;
    P->in_func = 1;
    P->in_loop = 0;
    P->in_class = 0;
    P->depth = 0;
    P->in_def = 1;      /* a lazy def is at module or class level */
    block(P, &def->u.funcdef.body, "function definition", def->line);
    P->in_def = 0;
    P->in_func = 0;
    P->jb = saved_jb;
    P->err = saved_err;
    P->pos = saved_pos;
    if (P->late_set) {
        *err = P->late;
        return 0;
    }
    def->u.funcdef.lazy = NULL;
    return 1;
}

/* function_def_raw: 'def' NAME '(' [params] ')' ['->' expression] ':' block */
static Node *funcdef(Parser *P, NodeList decs)
{
    Token *kw = cur(P);
    advance(P);
    Node *n = parse_node(P, S_FUNCDEF, kw);
    n->u.funcdef.decorators = decs;
    n->u.funcdef.name = parse_name(P);
    if (is_op(P, O_LSQB))
        parse_fail_tok(P, P->pos, "type parameters are not supported here");
    if (!is_op(P, O_LPAR))
        parse_fail_tok(P, P->pos, "expected '('");
    advance(P);
    n->u.funcdef.args = parse_params(P, 0);
    future_params(P, n->u.funcdef.args);
    advance(P);     /* ')' */
    if (is_op(P, O_RARROW)) {
        int arrow = P->pos;
        advance(P);
        n->u.funcdef.returns = future_annotation(P, parse_try_expression(P));
        if (!n->u.funcdef.returns)
            parse_fail_tok(P, arrow, "expected ':'");
    }
    force_colon(P);
    /* Only a def at module or class level (no function around it, however
     * deep) may wait: its closure can hold nothing but __class__. */
    if (P->lazy_defs && !P->in_def && lazy_skip(P, n)) {
        end_from_list(P, n, &n->u.funcdef.body);
        return n;
    }
    int f = P->in_func, l = P->in_loop, c = P->in_class;
    P->in_func = 1;
    P->in_loop = 0;
    P->in_class = 0;
    P->in_def++;
    block(P, &n->u.funcdef.body, "function definition", kw->line);
    P->in_def--;
    P->in_func = f;
    P->in_loop = l;
    P->in_class = c;
    end_from_list(P, n, &n->u.funcdef.body);
    return n;
}

/* class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block */
static Node *classdef(Parser *P, NodeList decs)
{
    Token *kw = cur(P);
    advance(P);
    Node *n = parse_node(P, S_CLASSDEF, kw);
    n->u.classdef.decorators = decs;
    n->u.classdef.name = parse_name(P);
    if (is_op(P, O_LSQB))
        parse_fail_tok(P, P->pos, "type parameters are not supported here");
    if (parse_accept_op(P, O_LPAR)) {
        Node call;
        memset(&call, 0, sizeof call);
        call.kind = E_CALL;
        parse_call_args(P, &call);
        n->u.classdef.bases = call.u.call.args;
        n->u.classdef.nkeywords = call.u.call.nkeywords;
        n->u.classdef.keywords = call.u.call.keywords;
    }
    expect_colon(P);
    int f = P->in_func, l = P->in_loop, c = P->in_class;
    P->in_func = 0;
    P->in_loop = 0;
    P->in_class = 1;
    block(P, &n->u.classdef.body, "class definition", kw->line);
    P->in_func = f;
    P->in_loop = l;
    P->in_class = c;
    end_from_list(P, n, &n->u.classdef.body);
    return n;
}

/* A `match` statement? (soft keyword: `match` NAME-led line ending in ':') */
static int looks_like_match(Parser *P)
{
    if (!parse_tok_is_soft(P, 0, "match"))
        return 0;
    Token *nx = peek_at(P, 1);
    /* `match` then a name, number or string is no expression statement:
     * the match statement's own errors ("expected ':'") apply */
    if (nx->kind == T_NUMBER || nx->kind == T_STRING ||
        (nx->kind == T_NAME && (nx->op == K_NONE || nx->op == K_NONE_ || nx->op == K_TRUE || nx->op == K_FALSE)))
        return 1;
    if (nx->kind == T_NEWLINE || (nx->kind == T_OP && (nx->op == O_EQUAL || nx->op == O_DOT || nx->op == O_COLON ||
                                                       nx->op == O_COMMA || nx->op == O_SEMI)))
        return 0;
    int i = P->pos + 1;
    while (i < P->lx.ntoks && P->t[i].kind != T_NEWLINE && P->t[i].kind != T_ENDMARKER && P->t[i].kind != T_ERROR)
        i++;
    return i < P->lx.ntoks && P->t[i].kind == T_NEWLINE && P->t[i - 1].kind == T_OP && P->t[i - 1].op == O_COLON;
}

/* statement: compound_stmt | simple_stmts */
static void statement(Parser *P, NodeList *body)
{
    Token *t = cur(P);
    if (t->kind == T_OP && t->op == O_AT) {
        NodeList decs = {0, NULL};
        decorators(P, &decs);
        if (is_kw(P, K_DEF))
            nl_push(P, body, funcdef(P, decs));
        else if (is_kw(P, K_CLASS))
            nl_push(P, body, classdef(P, decs));
        else if (is_kw(P, K_ASYNC))
            parse_fail_tok(P, P->pos, "async functions are not supported here");
        else
            parse_syntax(P);
        return;
    }
    if (t->kind == T_NAME) {
        NodeList none = {0, NULL};
        switch (t->op) {
        case K_IF:
            nl_push(P, body, if_stmt(P, t, "'if' statement"));
            return;
        case K_WHILE: {
            advance(P);
            Node *n = parse_node(P, S_WHILE, t);
            n->u.if_.test = parse_named_expression(P);
            expect_colon(P);
            loop_block(P, &n->u.if_.body, "'while' statement", t->line);
            end_from_list(P, n, &n->u.if_.body);
            else_block(P, &n->u.if_.orelse, n);
            nl_push(P, body, n);
            return;
        }
        case K_FOR: {
            advance(P);
            Node *n = parse_node(P, S_FOR, t);
            Node *target = parse_star_targets_for(P);
            if (!is_kw(P, K_IN)) {
                parse_check_target(P, target, TGT_FOR);
                parse_syntax(P);
            }
            parse_check_target(P, target, TGT_FOR);
            advance(P);
            n->u.for_.target = target;
            n->u.for_.iter = parse_star_expressions(P);
            expect_colon(P);
            loop_block(P, &n->u.for_.body, "'for' statement", t->line);
            end_from_list(P, n, &n->u.for_.body);
            else_block(P, &n->u.for_.orelse, n);
            nl_push(P, body, n);
            return;
        }
        case K_WITH:
            nl_push(P, body, with_stmt(P, t));
            return;
        case K_TRY:
            nl_push(P, body, try_stmt(P, t));
            return;
        case K_DEF:
            nl_push(P, body, funcdef(P, none));
            return;
        case K_CLASS:
            nl_push(P, body, classdef(P, none));
            return;
        case K_ASYNC: {
            Token *nx = peek_at(P, 1);
            if (nx->kind == T_NAME && nx->op == K_FOR)
                parse_fail_tok(P, P->pos, "async for loops are not supported here");
            if (nx->kind == T_NAME && nx->op == K_WITH)
                parse_fail_tok(P, P->pos, "async with statements are not supported here");
            parse_fail_tok(P, P->pos, "async functions are not supported here");
        }
        case K_NONE:
            if (looks_like_match(P)) {
                nl_push(P, body, parse_match(P));
                return;
            }
            if (parse_tok_is_soft(P, 0, "type") && peek_at(P, 1)->kind == T_NAME && peek_at(P, 1)->op == K_NONE &&
                peek_at(P, 2)->kind == T_OP && (peek_at(P, 2)->op == O_EQUAL || peek_at(P, 2)->op == O_LSQB))
                parse_fail_tok(P, P->pos, "type aliases are not supported here");
            break;
        default:
            break;
        }
    }
    if (t->kind == T_INDENT || t->kind == T_DEDENT || t->kind == T_ERROR || t->kind == T_NEWLINE)
        parse_syntax(P);
    simple_stmts(P, body);
}

void parse_statements(Parser *P, NodeList *body)
{
    while (cur(P)->kind != T_ENDMARKER) {
        statement(P, body);
        future_check(P, body);
    }
}
