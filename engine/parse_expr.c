/*
 * parse_expr.c — expressions of kata Python: CPython 3.11's grammar from
 * `expression` down to `atom`, with calls, subscripts, displays,
 * comprehensions, lambdas, parameter lists and assignment expressions
 * (`NAME := value`). Each function quotes the grammar rule it implements.
 * Constructs outside the subset (await, complex literals) are refused with "<feature> is not supported here".
 */
#include "parse_int.h"

#include <stdlib.h>
#include <string.h>

static Node *parse_atom(Parser *P);
static Node *parse_factor(Parser *P);
static Node *expression_inner(Parser *P, int allow_invalid);

static void enter(Parser *P)
{
    if (++P->depth > PARSE_MAX_DEPTH)
        parse_fail_tok(P, P->pos, "expression too deeply nested");
}

static void leave(Parser *P) { P->depth--; }

static Node *binop(Parser *P, Node *l, int op, Node *r, const Token *st)
{
    Node *n = parse_alloc(P, sizeof *n);
    n->kind = E_BINOP;
    parse_start(n, st);
    parse_end(P, n);
    n->u.binop.left = l;
    n->u.binop.op = op;
    n->u.binop.right = r;
    return n;
}

/* Can the current token start an expression? (for the "forgot a comma" and
 * legacy print checks) */
static int starts_expr(Parser *P)
{
    Token *t = cur(P);
    switch (t->kind) {
    case T_NAME:
        switch (t->op) {
        case K_NONE: case K_NONE_: case K_TRUE: case K_FALSE: case K_NOT: case K_LAMBDA: case K_AWAIT:
            return 1;
        default:
            return 0;
        }
    case T_NUMBER: case T_STRING:
        return 1;
    case T_OP:
        switch (t->op) {
        case O_LPAR: case O_LSQB: case O_LBRACE: case O_MINUS: case O_PLUS: case O_TILDE: case O_ELLIPSIS:
            return 1;
        default:
            return 0;
        }
    default:
        return 0;
    }
}

/* Parse an expression speculatively: NULL (and nothing consumed, no error
 * kept) when it does not parse. */
static Node *try_parse(Parser *P, Node *(*fn)(Parser *, int), int arg)
{
    jmp_buf jb;
    jmp_buf *saved = P->jb;
    ParseError saved_err = *P->err;
    int pos = P->pos, depth = P->depth, late = P->late_set;
    int stmt_start = P->stmt_start, walrus_tok = P->walrus_tok;
    Node *volatile r = NULL;
    P->jb = &jb;
    if (setjmp(jb) == 0) {
        r = fn(P, arg);
    } else {
        r = NULL;
        P->pos = pos;
        P->depth = depth;
        P->late_set = late;
        P->stmt_start = stmt_start;
        P->walrus_tok = walrus_tok;
        *P->err = saved_err;
    }
    P->jb = saved;
    return r;
}

static Node *star_expressions_arg(Parser *P, int unused)
{
    (void)unused;
    return parse_star_expressions(P);
}

/* CPython's invalid_expression / invalid_legacy_expression, tried when an
 * expression `a` is directly followed by something that starts another
 * expression: "Perhaps you forgot a comma?" inside brackets, "Missing
 * parentheses in call to 'print'" for print/exec. */
static void check_juxtaposed(Parser *P, Node *a, int a_start)
{
    if (!starts_expr(P))
        return;
    Token *first = &P->t[a_start];
    if (a->kind == E_NAME && a_start + 1 == P->pos &&
        (strcmp(a->u.name.id->s, "print") == 0 || strcmp(a->u.name.id->s, "exec") == 0) &&
        !is_op(P, O_LPAR)) {
        int pos = P->pos;
        Node *b = try_parse(P, star_expressions_arg, 0);
        P->pos = pos;
        if (b)
            parse_fail_range(P, a, b, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                             a->u.name.id->s, a->u.name.id->s);
        return;
    }
    /* !(NAME STRING | SOFT_KEYWORD) */
    if (first->kind == T_NAME && first->op == K_NONE) {
        if (P->t[a_start + 1].kind == T_STRING)
            return;
        size_t n = first->end - first->start;
        const char *s = P->lx.src + first->start;
        if ((n == 5 && memcmp(s, "match", 5) == 0) || (n == 4 && memcmp(s, "case", 4) == 0) ||
            (n == 1 && s[0] == '_'))
            return;
    }
    int pos = P->pos;
    Node *b = try_parse(P, expression_inner, 0);
    if (b && P->t[P->pos - 1].level != 0)
        parse_fail_range(P, a, b, "invalid syntax. Perhaps you forgot a comma?");
    P->pos = pos;
}

/*
 * expression:
 *     | disjunction 'if' disjunction 'else' expression
 *     | disjunction
 *     | lambdef
 */
static Node *expression_inner(Parser *P, int allow_invalid)
{
    enter(P);
    if (is_kw(P, K_LAMBDA)) {
        Token *lt = cur(P);
        advance(P);
        Node *n = parse_node(P, E_LAMBDA, lt);
        n->u.lambda.args = parse_params(P, 1);
        parse_expect_op(P, O_COLON);
        int f = P->in_func, l = P->in_loop;
        P->in_func = 1;
        P->in_loop = 0;
        n->u.lambda.body = expression_inner(P, allow_invalid);
        P->in_func = f;
        P->in_loop = l;
        parse_end(P, n);
        leave(P);
        return n;
    }
    int a_start = P->pos;
    Node *a = parse_disjunction(P);
    if (is_kw(P, K_IF)) {
        advance(P);
        Node *b = parse_disjunction(P);
        if (!is_kw(P, K_ELSE)) {
            if (!is_op(P, O_COLON))
                parse_fail_range(P, a, b, "expected 'else' after 'if' expression");
            parse_syntax(P);
        }
        advance(P);
        Node *c = expression_inner(P, allow_invalid);
        Node *n = parse_alloc(P, sizeof *n);
        n->kind = E_IFEXP;
        parse_start(n, &P->t[a_start]);
        parse_end(P, n);
        n->u.ifexp.test = b;
        n->u.ifexp.body = a;
        n->u.ifexp.orelse = c;
        leave(P);
        return n;
    }
    if (allow_invalid)
        check_juxtaposed(P, a, a_start);
    leave(P);
    return a;
}

Node *parse_expression(Parser *P)
{
    return expression_inner(P, 1);
}

static Node *bitwise_or_arg(Parser *P, int unused)
{
    (void)unused;
    return parse_bitwise_or(P);
}

Node *parse_try_bitwise_or(Parser *P)
{
    return try_parse(P, bitwise_or_arg, 0);
}

Node *parse_try_expression(Parser *P)
{
    return try_parse(P, expression_inner, 1);
}

/* CPython's invalid_named_expression: `if x = 1:` and the like. */
static void invalid_named(Parser *P, Node *a)
{
    int pos = P->pos;
    advance(P);     /* '=' */
    Node *b = try_parse(P, bitwise_or_arg, 0);
    int ok = b && !is_op(P, O_EQUAL) && !is_op(P, O_COLONEQUAL);
    P->pos = pos;
    if (!ok)
        return;
    if (a->kind == E_NAME)
        parse_fail_range(P, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    int excluded = a->kind == E_LIST || a->kind == E_TUPLE || a->kind == E_GENEXP ||
                   (a->kind == E_CONST && (a->u.constant.value.tag == V_NONE || a->u.constant.value.tag == V_BOOL));
    int bitwise = !(a->kind == E_COMPARE || a->kind == E_BOOLOP || a->kind == E_IFEXP || a->kind == E_LAMBDA ||
                    (a->kind == E_UNARY && a->u.unary.op == U_NOT));
    if (!excluded && bitwise)
        parse_fail_node(P, a, "cannot assign to %s here. Maybe you meant '==' instead of '='?", parse_expr_name(a));
}

/* Is the current token a NAME followed by ':='? */
static int at_walrus(Parser *P)
{
    Token *t = peek_at(P, 1);
    return is_name(P) && t->kind == T_OP && t->op == O_COLONEQUAL;
}

/* assignment_expression: NAME ':=' ~ expression */
static Node *assignment_expression(Parser *P)
{
    Token *st = cur(P);
    Node *target = parse_node(P, E_NAME, st);
    target->u.name.id = parse_name(P);
    parse_set_ctx(P, target, CTX_STORE);    /* `(__debug__ := 1)` is a late error */
    advance(P);     /* ':=' */
    Node *n = parse_node(P, E_NAMEDEXPR, st);
    n->u.namedexpr.target = target;
    n->u.namedexpr.value = parse_expression(P);
    parse_end(P, n);
    return n;
}

/* CPython's invalid_named_expression, first alternative
 * `a=expression ':=' expression`: "cannot use assignment expressions with
 * attribute" at a. Returns when what follows ':=' is no expression. */
static void invalid_walrus(Parser *P, Node *a)
{
    int pos = P->pos;
    advance(P);     /* ':=' */
    Node *b = parse_try_expression(P);
    P->pos = pos;
    if (b)
        parse_fail_node(P, a, "cannot use assignment expressions with %s", parse_expr_name(a));
}

/* Where an expression is read decides what a ':=' after it means:
 *   NE_FULL   named_expression (if/elif/while tests, groups, displays,
 *             slices, decorators): `NAME := value`, and CPython's error
 *             for any other target;
 *   NE_ARG    a call argument, `assignment_expression | expression !':='`:
 *             `NAME := value`; after anything else the ':=' is left to
 *             fail as "invalid syntax";
 *   NE_STMT   statement level (star_expressions: right-hand sides, return,
 *             for … in): no ':=', left to fail as "invalid syntax";
 *   NE_START  the first star_expressions of an expression statement, which
 *             CPython's invalid_assignment rereads as star_named_expressions:
 *             as NE_FULL, but a `NAME := value` is remembered in
 *             P->walrus_tok (the statement fails with "invalid syntax" there). */
enum { NE_FULL, NE_ARG, NE_STMT, NE_START };

static Node *named_expression(Parser *P, int check_assign, int mode)
{
    if (mode != NE_STMT && at_walrus(P)) {
        if (mode == NE_START && P->walrus_tok < 0)
            P->walrus_tok = P->pos + 1;
        return assignment_expression(P);
    }
    Node *e = parse_expression(P);
    if ((mode == NE_FULL || mode == NE_START) && is_op(P, O_COLONEQUAL))
        invalid_walrus(P, e);
    if (check_assign && is_op(P, O_EQUAL))
        invalid_named(P, e);
    return e;
}

Node *parse_named_expression(Parser *P)
{
    return named_expression(P, 1, NE_FULL);
}

/* Is e an unparenthesized `NAME := value` that began at token `start`? (A
 * ':' may not follow one: `a[x := 1:2]`, `{x := 1: 2}`.) */
static int bare_walrus(Parser *P, const Node *e, int start)
{
    return e->kind == E_NAMEDEXPR && P->t[start].kind == T_NAME;
}

/* star_expression: '*' bitwise_or | expression
 * star_named_expression: '*' bitwise_or | named_expression
 * (the second inside brackets, the first at statement level) */
static Node *star_named(Parser *P)
{
    if (is_op(P, O_STAR)) {
        Token *st = cur(P);
        advance(P);
        Node *n = parse_node(P, E_STARRED, st);
        n->u.starred.value = parse_bitwise_or(P);
        parse_end(P, n);
        return n;
    }
    int level = cur(P)->level;
    return named_expression(P, level > 0, level > 0 ? NE_FULL : P->stmt_start ? NE_START : NE_STMT);
}

/* Is the current token one that can follow a complete expression list
 * (so a trailing comma ends the list)? */
static int ends_list(Parser *P)
{
    Token *t = cur(P);
    if (t->kind == T_NEWLINE || t->kind == T_ENDMARKER)
        return 1;
    if (t->kind == T_OP)
        switch (t->op) {
        case O_RPAR: case O_RSQB: case O_RBRACE: case O_EQUAL: case O_SEMI: case O_COLON:
        case O_PLUSEQUAL: case O_MINEQUAL: case O_STAREQUAL: case O_SLASHEQUAL: case O_PERCENTEQUAL:
        case O_AMPEREQUAL: case O_VBAREQUAL: case O_CIRCUMFLEXEQUAL: case O_LSHIFTEQUAL:
        case O_RSHIFTEQUAL: case O_DOUBLESTAREQUAL: case O_DOUBLESLASHEQUAL: case O_ATEQUAL:
            return 1;
        default:
            return 0;
        }
    if (t->kind == T_NAME && (t->op == K_IN || t->op == K_FOR))
        return 1;
    return 0;
}

/*
 * star_expressions:
 *     | star_expression (',' star_expression )+ [',']
 *     | star_expression ','
 *     | star_expression
 */
Node *parse_star_expressions(Parser *P)
{
    Token *st = cur(P);
    Node *first = star_named(P);
    if (!is_op(P, O_COMMA))
        return first;
    Node *t = parse_alloc(P, sizeof *t);
    t->kind = E_TUPLE;
    parse_start(t, st);
    P->bare_tuple = t;
    nl_push(P, &t->u.seq.elts, first);
    while (parse_accept_op(P, O_COMMA)) {
        if (ends_list(P))
            break;
        nl_push(P, &t->u.seq.elts, star_named(P));
    }
    parse_end(P, t);
    return t;
}

/*
 * yield_expr:
 *     | 'yield' 'from' expression
 *     | 'yield' [star_expressions]
 */
Node *parse_yield_expr(Parser *P)
{
    Token *t = cur(P);
    advance(P);
    Node *n;
    if (parse_accept_kw(P, K_FROM)) {
        n = parse_node(P, E_YIELDFROM, t);
        n->u.yield.value = parse_expression(P);
    } else {
        n = parse_node(P, E_YIELD, t);
        if (!ends_list(P) && !is_op(P, O_COMMA)) {
            Node *v = parse_star_expressions(P);
            if (v->kind == E_STARRED)
                parse_fail_node(P, v, "can't use starred expression here");
            n->u.yield.value = v;
        }
    }
    parse_end(P, n);
    return n;
}

/* For-loop targets: star_targets up to 'in' (parsed at bitwise_or level so
 * the `in` stays unconsumed); checked by the caller. */
Node *parse_star_targets_for(Parser *P)
{
    Token *st0 = cur(P);
    Node *first;
    if (is_op(P, O_STAR)) {
        Token *st = cur(P);
        advance(P);
        first = parse_node(P, E_STARRED, st);
        first->u.starred.value = parse_bitwise_or(P);
        parse_end(P, first);
    } else {
        first = parse_bitwise_or(P);
    }
    if (!is_op(P, O_COMMA))
        return first;
    Node *t = parse_alloc(P, sizeof *t);
    t->kind = E_TUPLE;
    parse_start(t, st0);
    nl_push(P, &t->u.seq.elts, first);
    while (parse_accept_op(P, O_COMMA)) {
        if (ends_list(P))
            break;
        Node *e;
        if (is_op(P, O_STAR)) {
            Token *st = cur(P);
            advance(P);
            e = parse_node(P, E_STARRED, st);
            e->u.starred.value = parse_bitwise_or(P);
            parse_end(P, e);
        } else {
            e = parse_bitwise_or(P);
        }
        nl_push(P, &t->u.seq.elts, e);
    }
    parse_end(P, t);
    return t;
}

/* disjunction: conjunction ('or' conjunction)+ | conjunction
 * conjunction: inversion ('and' inversion)+ | inversion */
static Node *parse_inversion(Parser *P);

static Node *boolop(Parser *P, int is_and)
{
    Token *st = cur(P);
    Node *first = is_and ? parse_inversion(P) : boolop(P, 1);
    int kw = is_and ? K_AND : K_OR;
    if (!is_kw(P, kw))
        return first;
    Node *n = parse_alloc(P, sizeof *n);
    n->kind = E_BOOLOP;
    parse_start(n, st);
    n->u.boolop.is_and = is_and;
    nl_push(P, &n->u.boolop.values, first);
    while (parse_accept_kw(P, kw))
        nl_push(P, &n->u.boolop.values, is_and ? parse_inversion(P) : boolop(P, 1));
    parse_end(P, n);
    return n;
}

Node *parse_disjunction(Parser *P)
{
    return boolop(P, 0);
}

/* comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
static Node *parse_comparison(Parser *P)
{
    Token *st = cur(P);
    Node *left = parse_bitwise_or(P);
    Node *n = NULL;
    int cap = 0;
    for (;;) {
        Token *t = cur(P);
        int op = -1;
        if (t->kind == T_OP) {
            switch (t->op) {
            case O_EQEQUAL: op = C_EQ; break;
            case O_NOTEQUAL:
                if (P->lx.src[t->start] == '<')
                    parse_syntax(P);        /* "<>" */
                op = C_NE;
                break;
            case O_LESS: op = C_LT; break;
            case O_LESSEQUAL: op = C_LE; break;
            case O_GREATER: op = C_GT; break;
            case O_GREATEREQUAL: op = C_GE; break;
            default: break;
            }
            if (op >= 0)
                advance(P);
        } else if (t->kind == T_NAME) {
            if (t->op == K_IN) {
                op = C_IN;
                advance(P);
            } else if (t->op == K_IS) {
                advance(P);
                op = parse_accept_kw(P, K_NOT) ? C_ISNOT : C_IS;
            } else if (t->op == K_NOT && peek_at(P, 1)->kind == T_NAME && peek_at(P, 1)->op == K_IN) {
                advance(P);
                advance(P);
                op = C_NOTIN;
            }
        }
        if (op < 0)
            break;
        Node *right = parse_bitwise_or(P);
        if (!n) {
            n = parse_alloc(P, sizeof *n);
            n->kind = E_COMPARE;
            parse_start(n, st);
            n->u.compare.left = left;
        }
        if (n->u.compare.n == cap) {
            int ncap = cap ? cap * 2 : 2;
            n->u.compare.ops = arena_realloc(&P->I->arena, n->u.compare.ops, sizeof(CmpKind) * (size_t)cap,
                                             sizeof(CmpKind) * (size_t)ncap);
            n->u.compare.comparators = arena_realloc(&P->I->arena, n->u.compare.comparators,
                                                     sizeof(Node *) * (size_t)cap, sizeof(Node *) * (size_t)ncap);
            cap = ncap;
        }
        n->u.compare.ops[n->u.compare.n] = (CmpKind)op;
        n->u.compare.comparators[n->u.compare.n++] = right;
        parse_end(P, n);
    }
    return n ? n : left;
}

/* inversion: 'not' inversion | comparison */
static Node *parse_inversion(Parser *P)
{
    if (is_kw(P, K_NOT)) {
        enter(P);
        Token *t = cur(P);
        advance(P);
        Node *n = parse_node(P, E_UNARY, t);
        n->u.unary.op = U_NOT;
        n->u.unary.operand = parse_inversion(P);
        parse_end(P, n);
        leave(P);
        return n;
    }
    return parse_comparison(P);
}

/* The binary levels, loosest first:
 * bitwise_or '|', bitwise_xor '^', bitwise_and '&', shift_expr '<<' '>>',
 * sum '+' '-', term '*' '/' '//' '%' '@' — all left-associative. */
static Node *binary_level(Parser *P, int level)
{
    if (level == 6)
        return parse_factor(P);
    Token *st = cur(P);
    Node *l = binary_level(P, level + 1);
    for (;;) {
        Token *t = cur(P);
        if (t->kind != T_OP)
            return l;
        int op = -1;
        switch (level) {
        case 0: if (t->op == O_VBAR) op = OP_BITOR; break;
        case 1: if (t->op == O_CIRCUMFLEX) op = OP_BITXOR; break;
        case 2: if (t->op == O_AMPER) op = OP_BITAND; break;
        case 3:
            if (t->op == O_LSHIFT) op = OP_LSHIFT;
            else if (t->op == O_RSHIFT) op = OP_RSHIFT;
            break;
        case 4:
            if (t->op == O_PLUS) op = OP_ADD;
            else if (t->op == O_MINUS) op = OP_SUB;
            break;
        default:
            switch (t->op) {
            case O_STAR: op = OP_MUL; break;
            case O_SLASH: op = OP_TRUEDIV; break;
            case O_DOUBLESLASH: op = OP_FLOORDIV; break;
            case O_PERCENT: op = OP_MOD; break;
            case O_AT: op = OP_MATMUL; break;
            default: break;
            }
        }
        if (op < 0)
            return l;
        advance(P);
        Node *r = binary_level(P, level + 1);
        l = binop(P, l, op, r, st);
    }
}

Node *parse_bitwise_or(Parser *P)
{
    return binary_level(P, 0);
}

static Node *parse_primary(Parser *P);

/* power: await_primary '**' factor | await_primary */
static Node *parse_power(Parser *P)
{
    Token *st = cur(P);
    if (is_kw(P, K_AWAIT))
        parse_fail_tok(P, P->pos, "await is not supported here");
    Node *l = parse_primary(P);
    if (is_op(P, O_DOUBLESTAR)) {
        advance(P);
        enter(P);
        Node *r = parse_factor(P);
        leave(P);
        return binop(P, l, OP_POW, r, st);
    }
    return l;
}

/* factor: '+' factor | '-' factor | '~' factor | power */
static Node *parse_factor(Parser *P)
{
    Token *t = cur(P);
    if (t->kind == T_OP && (t->op == O_PLUS || t->op == O_MINUS || t->op == O_TILDE)) {
        enter(P);
        advance(P);
        Node *n = parse_node(P, E_UNARY, t);
        n->u.unary.op = t->op == O_PLUS ? U_POS : t->op == O_MINUS ? U_NEG : U_INVERT;
        n->u.unary.operand = parse_factor(P);
        parse_end(P, n);
        leave(P);
        return n;
    }
    return parse_power(P);
}

/*
 * slice:
 *     | [expression] ':' [expression] [':' [expression] ]
 *     | named_expression
 */
static Node *parse_slice(Parser *P)
{
    Token *start = cur(P);
    Node *lower = NULL;
    if (!is_op(P, O_COLON)) {
        if (is_op(P, O_STAR))
            return star_named(P);
        int lstart = P->pos;
        lower = parse_named_expression(P);
        if (!is_op(P, O_COLON))
            return lower;
        if (bare_walrus(P, lower, lstart))
            parse_syntax(P);
    }
    advance(P);     /* ':' */
    Node *n = parse_node(P, E_SLICE, start);
    n->u.slice.lower = lower;
    if (!is_op(P, O_COLON) && !is_op(P, O_COMMA) && !is_op(P, O_RSQB))
        n->u.slice.upper = parse_expression(P);
    if (parse_accept_op(P, O_COLON)) {
        if (!is_op(P, O_COMMA) && !is_op(P, O_RSQB))
            n->u.slice.step = parse_expression(P);
    }
    parse_end(P, n);
    return n;
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
static Node *parse_slices(Parser *P)
{
    Token *st = cur(P);
    Node *first = parse_slice(P);
    if (!is_op(P, O_COMMA) && first->kind != E_STARRED)
        return first;
    Node *t = parse_alloc(P, sizeof *t);
    t->kind = E_TUPLE;
    parse_start(t, st);
    nl_push(P, &t->u.seq.elts, first);
    while (parse_accept_op(P, O_COMMA)) {
        if (is_op(P, O_RSQB))
            break;
        nl_push(P, &t->u.seq.elts, parse_slice(P));
    }
    parse_end(P, t);
    return t;
}

/*
 * primary:
 *     | primary '.' NAME
 *     | primary genexp
 *     | primary '(' [arguments] ')'
 *     | primary '[' slices ']'
 *     | atom
 */
static Node *parse_primary(Parser *P)
{
    Token *st = cur(P);
    Node *e = parse_atom(P);
    for (;;) {
        Token *t = cur(P);
        if (t->kind != T_OP)
            return e;
        if (t->op == O_DOT) {
            advance(P);
            Node *n = parse_alloc(P, sizeof *n);
            n->kind = E_ATTR;
            parse_start(n, st);
            n->u.attr.value = e;
            n->u.attr.attr = parse_name(P);
            parse_end(P, n);
            e = n;
        } else if (t->op == O_LPAR) {
            advance(P);
            Node *n = parse_alloc(P, sizeof *n);
            n->kind = E_CALL;
            parse_start(n, st);
            n->u.call.func = e;
            parse_call_args(P, n);
            parse_end(P, n);
            e = n;
        } else if (t->op == O_LSQB) {
            advance(P);
            Node *n = parse_alloc(P, sizeof *n);
            n->kind = E_SUBSCRIPT;
            parse_start(n, st);
            n->u.subscript.value = e;
            n->u.subscript.slice = parse_slices(P);
            parse_expect_op(P, O_RSQB);
            parse_end(P, n);
            e = n;
        } else {
            return e;
        }
    }
}

/* for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+ */
void parse_comprehension_gens(Parser *P, Node *comp)
{
    int cap = 0;
    while (is_kw(P, K_FOR) || is_kw(P, K_ASYNC)) {
        if (is_kw(P, K_ASYNC))
            parse_fail_tok(P, P->pos, "asynchronous comprehensions are not supported here");
        advance(P);
        Node *target = parse_star_targets_for(P);
        if (!is_kw(P, K_IN)) {
            parse_check_target(P, target, TGT_FOR);
            parse_syntax(P);
        }
        parse_check_target(P, target, TGT_FOR);
        advance(P);
        if (comp->u.comp.ngens == cap) {
            int ncap = cap ? cap * 2 : 2;
            comp->u.comp.gens = arena_realloc(&P->I->arena, comp->u.comp.gens, sizeof(Comprehension) * (size_t)cap,
                                              sizeof(Comprehension) * (size_t)ncap);
            cap = ncap;
        }
        Comprehension *g = &comp->u.comp.gens[comp->u.comp.ngens++];
        g->target = target;
        g->iter = parse_disjunction(P);
        while (parse_accept_kw(P, K_IF))
            nl_push(P, &g->ifs, parse_disjunction(P));
    }
}

/* A comprehension whose element (and value for dicts) is already parsed;
 * `open` is the opening bracket token. Consumes the closing bracket. */
static Node *comprehension(Parser *P, NodeKind kind, Token *open, Node *elt, Node *value, int close)
{
    if (elt->kind == E_STARRED)
        parse_fail_node(P, elt, "iterable unpacking cannot be used in comprehension");
    Node *n = parse_node(P, kind, open);
    n->u.comp.elt = elt;
    n->u.comp.value = value;
    parse_comprehension_gens(P, n);
    parse_expect_op(P, close);
    parse_end(P, n);
    return n;
}

/* Elements of a list/tuple/set display after the first, up to `close`. */
static void display_rest(Parser *P, Node *seq, int close)
{
    while (parse_accept_op(P, O_COMMA)) {
        if (is_op(P, close))
            break;
        nl_push(P, &seq->u.seq.elts, star_named(P));
    }
    parse_expect_op(P, close);
    parse_end(P, seq);
}

static Node *number(Parser *P, Token *t)
{
    const char *s = P->lx.src + t->start;
    size_t n = t->end - t->start;
    char last = s[n - 1];
    if (last == 'j' || last == 'J')
        parse_fail_tok(P, (int)(t - P->t), "complex numbers are not supported here");
    Node *e = parse_node(P, E_CONST, t);
    int is_float = 0;
    if (!(n > 1 && s[0] == '0' && strchr("xXoObB", s[1]))) {
        for (size_t i = 0; i < n; i++)
            if (s[i] == '.' || s[i] == 'e' || s[i] == 'E')
                is_float = 1;
    }
    if (is_float) {
        char buf[128];
        char *b = n < sizeof buf ? buf : parse_alloc(P, n + 1);
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (s[i] != '_')
                b[k++] = s[i];
        b[k] = 0;
        e->u.constant.value = v_float(strtod(b, NULL));
    } else {
        Value v = int_parse(P->I, s, n, 0);
        if (v_is_unset(v))
            parse_fail_tok(P, (int)(t - P->t), "invalid decimal literal");
        e->u.constant.value = v;
    }
    return e;
}

/* The NUMBER token at P->pos as an E_CONST (consumed). */
Node *parse_number(Parser *P)
{
    Token *t = cur(P);
    advance(P);
    return number(P, t);
}

/* dict / set / dictcomp / setcomp after '{' */
static Node *braces(Parser *P, Token *open)
{
    if (parse_accept_op(P, O_RBRACE)) {
        Node *d = parse_node(P, E_DICT, open);
        parse_end(P, d);
        return d;
    }
    Node *key = NULL, *val = NULL;
    int first_dstar = 0;
    Token *dstar_tok = NULL;
    if (is_op(P, O_DOUBLESTAR)) {
        dstar_tok = cur(P);
        advance(P);
        val = parse_bitwise_or(P);
        first_dstar = 1;
    } else {
        int kstart = P->pos;
        key = star_named(P);
        if (is_op(P, O_COLON) && bare_walrus(P, key, kstart))
            parse_syntax(P);
        if (is_op(P, O_COLON) && key->kind != E_STARRED) {
            Token *colon = cur(P);
            advance(P);
            if (is_op(P, O_STAR)) {
                Token *st = cur(P);
                advance(P);
                Node *sv = parse_bitwise_or(P);
                Node *s = parse_node(P, E_STARRED, st);
                parse_copy_end(s, sv);
                parse_fail_node(P, s, "cannot use a starred expression in a dictionary value");
            }
            if (is_op(P, O_RBRACE) || is_op(P, O_COMMA))
                parse_fail_tok(P, (int)(colon - P->t), "expression expected after dictionary key and ':'");
            val = parse_expression(P);
        } else {
            /* a set */
            if (is_kw(P, K_FOR) || is_kw(P, K_ASYNC))
                return comprehension(P, E_SETCOMP, open, key, NULL, O_RBRACE);
            Node *s = parse_node(P, E_SET, open);
            nl_push(P, &s->u.seq.elts, key);
            display_rest(P, s, O_RBRACE);
            return s;
        }
    }
    if (is_kw(P, K_FOR) || is_kw(P, K_ASYNC)) {
        if (first_dstar)
            parse_fail_tok(P, (int)(dstar_tok - P->t), "dict unpacking cannot be used in dict comprehension");
        return comprehension(P, E_DICTCOMP, open, key, val, O_RBRACE);
    }
    Node *d = parse_node(P, E_DICT, open);
    int cap = 4;
    d->u.dict.keys = parse_alloc(P, sizeof(Node *) * (size_t)cap);
    d->u.dict.values = parse_alloc(P, sizeof(Node *) * (size_t)cap);
    d->u.dict.keys[0] = key;
    d->u.dict.values[0] = val;
    d->u.dict.n = 1;
    while (parse_accept_op(P, O_COMMA)) {
        if (is_op(P, O_RBRACE))
            break;
        if (d->u.dict.n == cap) {
            d->u.dict.keys = arena_realloc(&P->I->arena, d->u.dict.keys, sizeof(Node *) * (size_t)cap,
                                           sizeof(Node *) * (size_t)cap * 2);
            d->u.dict.values = arena_realloc(&P->I->arena, d->u.dict.values, sizeof(Node *) * (size_t)cap,
                                             sizeof(Node *) * (size_t)cap * 2);
            cap *= 2;
        }
        if (parse_accept_op(P, O_DOUBLESTAR)) {
            d->u.dict.keys[d->u.dict.n] = NULL;
            d->u.dict.values[d->u.dict.n++] = parse_bitwise_or(P);
            continue;
        }
        Node *k = parse_expression(P);
        Token *colon = cur(P);
        parse_expect_op(P, O_COLON);
        if (is_op(P, O_STAR)) {
            Token *st = cur(P);
            advance(P);
            Node *sv = parse_bitwise_or(P);
            Node *s = parse_node(P, E_STARRED, st);
            parse_copy_end(s, sv);
            parse_fail_node(P, s, "cannot use a starred expression in a dictionary value");
        }
        if (is_op(P, O_RBRACE) || is_op(P, O_COMMA))
            parse_fail_tok(P, (int)(colon - P->t), "expression expected after dictionary key and ':'");
        d->u.dict.keys[d->u.dict.n] = k;
        d->u.dict.values[d->u.dict.n++] = parse_expression(P);
    }
    parse_expect_op(P, O_RBRACE);
    parse_end(P, d);
    return d;
}

/*
 * atom:
 *     | NAME | 'True' | 'False' | 'None' | strings | NUMBER
 *     | (tuple | group | genexp) | (list | listcomp)
 *     | (dict | set | dictcomp | setcomp) | '...'
 */
static Node *parse_atom(Parser *P)
{
    Token *t = cur(P);
    switch (t->kind) {
    case T_NAME: {
        Node *n;
        switch (t->op) {
        case K_NONE:
            n = parse_node(P, E_NAME, t);
            n->u.name.id = parse_name(P);
            return n;
        case K_NONE_: case K_TRUE: case K_FALSE:
            advance(P);
            n = parse_node(P, E_CONST, t);
            n->u.constant.value = t->op == K_NONE_ ? v_none() : v_bool(t->op == K_TRUE);
            return n;
        case K_YIELD:
            parse_syntax(P);    /* a bare yield where an expression belongs: `f(yield x)` */
        case K_AWAIT:
            parse_fail_tok(P, P->pos, "await is not supported here");
        default:
            parse_syntax(P);
        }
    }
    case T_NUMBER:
        advance(P);
        return number(P, t);
    case T_STRING:
        return parse_strings(P);
    case T_OP:
        break;
    default:
        parse_syntax(P);
    }
    switch (t->op) {
    case O_ELLIPSIS: {
        advance(P);
        Node *n = parse_node(P, E_CONST, t);
        n->u.constant.value = P->ellipsis;
        return n;
    }
    case O_LPAR: {
        advance(P);
        if (is_op(P, O_RPAR)) {
            advance(P);
            Node *n = parse_node(P, E_TUPLE, t);
            parse_end(P, n);
            return n;
        }
        if (is_kw(P, K_YIELD)) {
            Node *y = parse_yield_expr(P);
            parse_expect_op(P, O_RPAR);
            return y;
        }
        Node *first = star_named(P);
        if (is_kw(P, K_FOR) || is_kw(P, K_ASYNC))
            return comprehension(P, E_GENEXP, t, first, NULL, O_RPAR);
        if (is_op(P, O_COMMA)) {
            Node *n = parse_node(P, E_TUPLE, t);
            nl_push(P, &n->u.seq.elts, first);
            display_rest(P, n, O_RPAR);
            return n;
        }
        if (first->kind == E_STARRED) {
            if (is_op(P, O_COLONEQUAL))
                parse_syntax(P);        /* `(*x := 1)` */
            parse_fail_node(P, first, "cannot use starred expression here");
        }
        parse_expect_op(P, O_RPAR);
        return first;
    }
    case O_LSQB: {
        advance(P);
        Node *n = parse_node(P, E_LIST, t);
        if (parse_accept_op(P, O_RSQB)) {
            parse_end(P, n);
            return n;
        }
        Node *first = star_named(P);
        if (is_kw(P, K_FOR) || is_kw(P, K_ASYNC))
            return comprehension(P, E_LISTCOMP, t, first, NULL, O_RSQB);
        nl_push(P, &n->u.seq.elts, first);
        display_rest(P, n, O_RSQB);
        return n;
    }
    case O_LBRACE:
        advance(P);
        return braces(P, t);
    default:
        parse_syntax(P);
    }
}

/* Does `name` occur among the first n keywords? */
static int kw_repeated(Keyword *kws, int n, Str *name)
{
    for (int i = 0; i < n; i++)
        if (kws[i].arg == name)
            return 1;
    return 0;
}

/*
 * arguments: args [','] &')'
 * args: ','.(starred_expression | named_expression !'=')+ [',' kwargs] | kwargs
 * kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | …
 * Called after '('; consumes the ')'.
 */
void parse_call_args(Parser *P, Node *call)
{
    Token *open = &P->t[P->pos - 1];
    int cap = 0;
    int seen_kw = 0, seen_dstar = 0, bad_pos = 0;
    Node *genexp = NULL;
    int nitems = 0;
    while (!is_op(P, O_RPAR)) {
        Token *t = cur(P);
        nitems++;
        if (t->kind == T_OP && t->op == O_STAR) {
            advance(P);
            Node *s = parse_node(P, E_STARRED, t);
            s->u.starred.value = parse_expression(P);
            parse_end(P, s);
            if (is_kw(P, K_FOR))
                parse_fail_node(P, s, "iterable unpacking cannot be used in comprehension");
            if (seen_dstar)
                parse_fail_tok(P, (int)(t - P->t), "iterable argument unpacking follows keyword argument unpacking");
            nl_push(P, &call->u.call.args, s);
        } else if ((t->kind == T_OP && t->op == O_DOUBLESTAR) ||
                   (t->kind == T_NAME && peek_at(P, 1)->kind == T_OP && peek_at(P, 1)->op == O_EQUAL)) {
            Str *name = NULL;
            if (t->op == O_DOUBLESTAR && t->kind == T_OP) {
                advance(P);
                seen_dstar = 1;
            } else {
                if (t->op != K_NONE) {
                    if (t->op == K_TRUE || t->op == K_FALSE || t->op == K_NONE_) {
                        Token *eq = peek_at(P, 1);
                        parse_fail(P, "SyntaxError", t->line, t->col, eq->end_line, eq->end_col, "cannot assign to %s",
                                   t->op == K_TRUE ? "True" : t->op == K_FALSE ? "False" : "None");
                    }
                    parse_syntax(P);
                }
                name = parse_name(P);
                advance(P);     /* '=' */
                seen_kw = 1;
            }
            Node *v = parse_expression(P);
            if (call->u.call.nkeywords == cap) {
                int ncap = cap ? cap * 2 : 4;
                call->u.call.keywords = arena_realloc(&P->I->arena, call->u.call.keywords,
                                                      sizeof(Keyword) * (size_t)cap, sizeof(Keyword) * (size_t)ncap);
                cap = ncap;
            }
            Keyword *k = &call->u.call.keywords[call->u.call.nkeywords];
            if (name && kw_repeated(call->u.call.keywords, call->u.call.nkeywords, name)) {
                Node tmp;
                memset(&tmp, 0, sizeof tmp);
                tmp.line = t->line;
                tmp.col = t->col;
                tmp.end_line = v->end_line;
                tmp.end_col = v->end_col;
                parse_late_node(P, &tmp, "keyword argument repeated: %s", name->s);
            }
            call->u.call.nkeywords++;
            k->arg = name;
            k->value = v;
            k->line = t->line;
            k->col = t->col;
        } else {
            Node *e = named_expression(P, 0, NE_ARG);
            if (is_op(P, O_EQUAL)) {
                Token *eq = cur(P);
                parse_fail(P, "SyntaxError", e->line, e->col, eq->end_line, eq->end_col,
                           "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (is_kw(P, K_FOR) || is_kw(P, K_ASYNC)) {
                if (e->kind == E_STARRED)
                    parse_fail_node(P, e, "iterable unpacking cannot be used in comprehension");
                Node *gx = parse_node(P, E_GENEXP, open);
                gx->line = e->line;
                gx->col = e->col;
                gx->u.comp.elt = e;
                parse_comprehension_gens(P, gx);
                parse_end(P, gx);
                if (nitems == 1 && !is_op(P, O_RPAR) && !is_op(P, O_COMMA))
                    parse_syntax(P);    /* `f(x for x in y if z := 1)` */
                if (nitems > 1 || !is_op(P, O_RPAR))
                    parse_fail_node(P, gx, "Generator expression must be parenthesized");
                genexp = gx;
                e = gx;
            }
            if (seen_kw || seen_dstar)
                bad_pos = bad_pos ? bad_pos : (seen_dstar ? 2 : 1);
            nl_push(P, &call->u.call.args, e);
        }
        if (!parse_accept_op(P, O_COMMA))
            break;
        if (genexp)
            parse_fail_node(P, genexp, "Generator expression must be parenthesized");
    }
    if (!is_op(P, O_RPAR))
        parse_syntax(P);
    if (bad_pos)
        parse_fail_tok(P, P->pos, bad_pos == 2 ? "positional argument follows keyword argument unpacking"
                                               : "positional argument follows keyword argument");
    advance(P);
    if (genexp) {
        /* f(x for x in y): the generator expression spans the parentheses */
        genexp->line = open->line;
        genexp->col = open->col;
        parse_end(P, genexp);
    }
}

/* One parameter: NAME [':' expression] (annotations only for def). */
static void param(Parser *P, Param *p, int is_lambda)
{
    Token *t = cur(P);
    p->line = t->line;
    p->col = t->col;
    p->name = parse_name(P);
    if (!is_lambda && parse_accept_op(P, O_COLON)) {
        if (is_op(P, O_STAR))
            parse_fail_tok(P, P->pos, "starred annotations are not supported here");
        p->annotation = parse_expression(P);
    }
}

static void check_dup(Parser *P, Arguments *a, Param *p)
{
    for (int i = 0; i < a->nargs; i++)
        if (&a->args[i] != p && a->args[i].name == p->name)
            goto dup;
    for (int i = 0; i < a->nkwonly; i++)
        if (&a->kwonly[i] != p && a->kwonly[i].name == p->name)
            goto dup;
    if (a->vararg && a->vararg != p && a->vararg->name == p->name)
        goto dup;
    return;
dup:;
    Node tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.line = tmp.end_line = p->line;
    tmp.col = p->col;
    tmp.end_col = p->col + (int)p->name->len;
    parse_late_node(P, &tmp, "duplicate argument '%s' in function definition", p->name->s);
}

/*
 * parameters (def) / lambda_parameters (lambda, no annotations):
 *     positional-only params '/' , params with and without defaults,
 *     '*' [NAME] keyword-only params, '**' NAME.
 * Stops before ')' (def) or ':' (lambda).
 */
Arguments *parse_params(Parser *P, int is_lambda)
{
    Arguments *a = parse_alloc(P, sizeof *a);
    int end_op = is_lambda ? O_COLON : O_RPAR;
    int cap = 0, kcap = 0;
    int seen_default = 0, seen_star = 0, seen_slash = 0, bare_star_tok = -1;
    while (!is_op(P, end_op)) {
        Token *t = cur(P);
        if (a->kwarg)
            parse_fail_tok(P, P->pos, "arguments cannot follow var-keyword argument");
        if (t->kind == T_OP && t->op == O_SLASH) {
            if (seen_slash)
                parse_fail_tok(P, P->pos, "/ may appear only once");
            if (seen_star)
                parse_fail_tok(P, P->pos, "/ must be ahead of *");
            if (a->nargs == 0)
                parse_syntax(P);
            advance(P);
            seen_slash = 1;
            a->nposonly = a->nargs;
        } else if (t->kind == T_OP && t->op == O_STAR) {
            if (seen_star)
                parse_fail_tok(P, P->pos, "* argument may appear only once");
            advance(P);
            seen_star = 1;
            if (is_op(P, O_COMMA) || is_op(P, end_op)) {
                bare_star_tok = (int)(t - P->t);
                if (is_op(P, end_op) || (peek_at(P, 1)->kind == T_OP && peek_at(P, 1)->op == O_DOUBLESTAR))
                    parse_fail_tok(P, bare_star_tok, "named arguments must follow bare *");
                if (peek_at(P, 1)->kind == T_OP && peek_at(P, 1)->op == end_op)
                    parse_fail_tok(P, P->pos + 1, "named arguments must follow bare *");
            } else {
                a->vararg = parse_alloc(P, sizeof(Param));
                param(P, a->vararg, is_lambda);
                if (is_op(P, O_EQUAL))
                    parse_fail_tok(P, P->pos, "var-positional argument cannot have default value");
                check_dup(P, a, a->vararg);
            }
        } else if (t->kind == T_OP && t->op == O_DOUBLESTAR) {
            advance(P);
            a->kwarg = parse_alloc(P, sizeof(Param));
            param(P, a->kwarg, is_lambda);
            if (is_op(P, O_EQUAL))
                parse_fail_tok(P, P->pos, "var-keyword argument cannot have default value");
            check_dup(P, a, a->kwarg);
        } else {
            Param *p;
            if (!seen_star) {
                if (a->nargs == cap) {
                    int ncap = cap ? cap * 2 : 4;
                    a->args = arena_realloc(&P->I->arena, a->args, sizeof(Param) * (size_t)cap, sizeof(Param) * (size_t)ncap);
                    cap = ncap;
                }
                p = &a->args[a->nargs++];
            } else {
                if (a->nkwonly == kcap) {
                    int ncap = kcap ? kcap * 2 : 4;
                    a->kwonly = arena_realloc(&P->I->arena, a->kwonly, sizeof(Param) * (size_t)kcap, sizeof(Param) * (size_t)ncap);
                    kcap = ncap;
                }
                p = &a->kwonly[a->nkwonly++];
            }
            param(P, p, is_lambda);
            if (parse_accept_op(P, O_EQUAL)) {
                p->default_ = parse_expression(P);
                if (!seen_star)
                    seen_default = 1;
            } else if (!seen_star && seen_default) {
                Token *e = &P->t[P->pos - 1];
                parse_fail(P, "SyntaxError", t->line, t->col, e->end_line, e->end_col,
                           "non-default argument follows default argument");
            }
            check_dup(P, a, p);
        }
        if (!parse_accept_op(P, O_COMMA))
            break;
    }
    if (!is_op(P, end_op))
        parse_syntax(P);
    (void)bare_star_tok;
    return a;
}
