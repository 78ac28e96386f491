/*
 * parse_match.c — the match statement (PEP 634): its subject, case blocks
 * and patterns, as CPython 3.11's grammar reads them (`match` and `case`
 * are soft keywords: statement() only comes here when the line looks like
 * a match statement). Then the checks CPython's compiler makes on each
 * pattern ("multiple assignments to name 'x' in pattern", "name capture 'x'
 * makes remaining patterns unreachable", "alternative patterns bind
 * different names" …), reported as late errors with its positions.
 * Each function quotes the grammar rule it implements.
 */
#include "parse_int.h"

#include <stdio.h>
#include <string.h>

static Node *pattern(Parser *P);
static Node *closed_pattern(Parser *P);

static int is_soft(Parser *P, const char *word)
{
    return parse_tok_is_soft(P, 0, word);
}

static Node *pat_node(Parser *P, NodeKind kind, const Token *start)
{
    Node *n = parse_node(P, kind, start);
    memset(&n->u, 0, sizeof n->u);
    return n;
}

/* The current NAME token (consumed) as an E_NAME node in context ctx. */
static Node *name_node(Parser *P, ExprCtx ctx)
{
    Node *n = parse_node(P, E_NAME, cur(P));
    n->u.name.id = parse_name(P);
    n->u.name.ctx = ctx;
    return n;
}

/* A capture target as an E_NAME store node (the current NAME token, consumed). */
static Node *capture_name(Parser *P)
{
    return name_node(P, CTX_STORE);
}

/* Is the token after the current NAME one of '.', '(' or '='? */
static int name_continues(Parser *P)
{
    Token *nx = peek_at(P, 1);
    return nx->kind == T_OP && (nx->op == O_DOT || nx->op == O_LPAR || nx->op == O_EQUAL);
}

/*
 * signed_number: NUMBER | '-' NUMBER
 * complex_number: signed_real_number ('+' | '-') imaginary_number
 * (complex numbers are outside kata Python: the imaginary part is refused)
 */
static Node *signed_number(Parser *P)
{
    Token *st = cur(P);
    Node *e;
    if (parse_accept_op(P, O_MINUS)) {
        if (cur(P)->kind != T_NUMBER)
            parse_syntax(P);
        Node *num = parse_number(P);
        e = parse_node(P, E_UNARY, st);
        e->u.unary.op = U_NEG;
        e->u.unary.operand = num;
        parse_end(P, e);
    } else {
        e = parse_number(P);
    }
    if (is_op(P, O_PLUS) || is_op(P, O_MINUS)) {
        advance(P);
        if (cur(P)->kind != T_NUMBER)
            parse_syntax(P);
        Node *im = parse_number(P);    /* refuses an imaginary literal itself */
        parse_fail_node(P, im, "imaginary number required in complex literal");
    }
    return e;
}

/* name_or_attr: attr | NAME;  attr: name_or_attr '.' NAME (as a load expression) */
static Node *name_or_attr(Parser *P)
{
    Token *st = cur(P);
    Node *e = name_node(P, CTX_LOAD);
    while (parse_accept_op(P, O_DOT)) {
        Node *a = parse_node(P, E_ATTR, st);
        a->u.attr.value = e;
        a->u.attr.attr = parse_name(P);
        a->u.attr.ctx = CTX_LOAD;
        parse_end(P, a);
        e = a;
    }
    return e;
}

/* star_pattern: '*' pattern_capture_target | '*' wildcard_pattern */
static Node *star_pattern(Parser *P)
{
    Token *st = cur(P);
    advance(P);
    if (!is_name(P))
        parse_syntax(P);
    Node *n = pat_node(P, P_STAR, st);
    if (is_soft(P, "_"))
        advance(P);
    else
        n->u.pat.name = capture_name(P);
    parse_end(P, n);
    return n;
}

/* maybe_star_pattern: star_pattern | pattern */
static Node *maybe_star_pattern(Parser *P)
{
    return is_op(P, O_STAR) ? star_pattern(P) : pattern(P);
}

/* maybe_sequence_pattern: ','.maybe_star_pattern+ ','?  (up to `close`) */
static void sequence_items(Parser *P, NodeList *items, int close)
{
    while (!is_op(P, close)) {
        nl_push(P, items, maybe_star_pattern(P));
        if (!parse_accept_op(P, O_COMMA))
            break;
    }
    parse_expect_op(P, close);
}

/*
 * group_pattern: '(' pattern ')'
 * sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
 */
static Node *paren_or_bracket(Parser *P)
{
    Token *st = cur(P);
    int close = is_op(P, O_LPAR) ? O_RPAR : O_RSQB;
    advance(P);
    Node *n = pat_node(P, P_SEQUENCE, st);
    if (close == O_RPAR && !is_op(P, O_RPAR)) {
        Node *first = maybe_star_pattern(P);
        if (first->kind != P_STAR && parse_accept_op(P, O_RPAR))
            return first;                       /* a group */
        nl_push(P, &n->u.pat.patterns, first);
        if (!parse_accept_op(P, O_COMMA)) {
            parse_syntax(P);
        }
    }
    sequence_items(P, &n->u.pat.patterns, close);
    parse_end(P, n);
    return n;
}

/* key_value_pattern's key: literal_expr | attr */
static Node *mapping_key(Parser *P)
{
    Token *t = cur(P);
    if (t->kind == T_NUMBER || is_op(P, O_MINUS))
        return signed_number(P);
    if (t->kind == T_STRING) {
        return parse_strings(P);
    }
    if (t->kind == T_NAME && (t->op == K_NONE_ || t->op == K_TRUE || t->op == K_FALSE)) {
        Node *n = parse_node(P, E_CONST, t);
        n->u.constant.value = t->op == K_NONE_ ? v_none() : v_bool(t->op == K_TRUE);
        advance(P);
        return n;
    }
    if (is_name(P) && peek_at(P, 1)->kind == T_OP && peek_at(P, 1)->op == O_DOT)
        return name_or_attr(P);
    parse_syntax(P);
}

/*
 * mapping_pattern:
 *     | '{' '}'
 *     | '{' double_star_pattern ','? '}'
 *     | '{' items_pattern ',' double_star_pattern ','? '}'
 *     | '{' items_pattern ','? '}'
 */
static Node *mapping_pattern(Parser *P)
{
    Token *st = cur(P);
    advance(P);
    Node *n = pat_node(P, P_MAPPING, st);
    NodeList keys = {0, NULL}, vals = {0, NULL};
    while (!is_op(P, O_RBRACE)) {
        if (parse_accept_op(P, O_DOUBLESTAR)) {
            if (!is_name(P) || is_soft(P, "_"))
                parse_syntax(P);
            n->u.pat.name = capture_name(P);
            parse_accept_op(P, O_COMMA);
            break;
        }
        nl_push(P, &keys, mapping_key(P));
        parse_expect_op(P, O_COLON);
        nl_push(P, &vals, pattern(P));
        if (!parse_accept_op(P, O_COMMA))
            break;
    }
    parse_expect_op(P, O_RBRACE);
    n->u.pat.n = keys.n;
    n->u.pat.keys = keys.items;
    n->u.pat.kwd = vals.items;
    parse_end(P, n);
    return n;
}

/*
 * class_pattern:
 *     | name_or_attr '(' ')'
 *     | name_or_attr '(' positional_patterns ','? ')'
 *     | name_or_attr '(' keyword_patterns ','? ')'
 *     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
 * keyword_pattern: NAME '=' pattern
 */
static Node *class_pattern(Parser *P, Node *cls, Token *st)
{
    Node *n = pat_node(P, P_CLASS, st);
    n->u.pat.value = cls;
    NodeList kwd = {0, NULL};
    int nattrs = 0, cap = 0;
    Str **attrs = NULL;
    advance(P);                                 /* '(' */
    while (!is_op(P, O_RPAR)) {
        if (is_name(P) && peek_at(P, 1)->kind == T_OP && peek_at(P, 1)->op == O_EQUAL) {
            Str *a = parse_name(P);
            advance(P);
            if (nattrs == cap) {
                int ncap = cap ? cap * 2 : 4;
                attrs = arena_realloc(&P->I->arena, attrs, sizeof(Str *) * (size_t)cap, sizeof(Str *) * (size_t)ncap);
                cap = ncap;
            }
            attrs[nattrs++] = a;
            nl_push(P, &kwd, pattern(P));
        } else {
            Node *p = pattern(P);
            if (nattrs)
                parse_fail_node(P, p, "positional patterns follow keyword patterns");
            nl_push(P, &n->u.pat.patterns, p);
        }
        if (!parse_accept_op(P, O_COMMA))
            break;
    }
    parse_expect_op(P, O_RPAR);
    n->u.pat.n = nattrs;
    n->u.pat.attrs = attrs;
    n->u.pat.kwd = kwd.items;
    parse_end(P, n);
    return n;
}

/*
 * closed_pattern:
 *     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
 *     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
 */
static Node *closed_pattern(Parser *P)
{
    Token *t = cur(P);
    if (t->kind == T_NUMBER || is_op(P, O_MINUS)) {
        Node *n = pat_node(P, P_VALUE, t);
        n->u.pat.value = signed_number(P);
        parse_end(P, n);
        return n;
    }
    if (t->kind == T_STRING) {
        Node *n = pat_node(P, P_VALUE, t);
        n->u.pat.value = parse_strings(P);
        parse_end(P, n);
        if (n->u.pat.value->kind == E_JOINEDSTR)
            parse_late_node(P, n, "patterns may only match literals and attribute lookups");
        return n;
    }
    if (t->kind == T_OP) {
        switch (t->op) {
        case O_LPAR: case O_LSQB: return paren_or_bracket(P);
        case O_LBRACE: return mapping_pattern(P);
        default: parse_syntax(P);
        }
    }
    if (t->kind != T_NAME)
        parse_syntax(P);
    if (t->op == K_NONE_ || t->op == K_TRUE || t->op == K_FALSE) {
        Node *n = pat_node(P, P_SINGLETON, t);
        Node *c = parse_node(P, E_CONST, t);
        c->u.constant.value = t->op == K_NONE_ ? v_none() : v_bool(t->op == K_TRUE);
        n->u.pat.value = c;
        advance(P);
        return n;
    }
    if (!is_name(P))
        parse_syntax(P);
    if (!name_continues(P)) {
        Node *n = pat_node(P, P_AS, t);
        if (is_soft(P, "_"))
            advance(P);
        else
            n->u.pat.name = capture_name(P);
        return n;
    }
    Node *e = name_or_attr(P);
    if (is_op(P, O_LPAR))
        return class_pattern(P, e, t);
    if (e->kind != E_ATTR || is_op(P, O_EQUAL))
        parse_syntax(P);
    Node *n = pat_node(P, P_VALUE, t);
    n->u.pat.value = e;
    parse_end(P, n);
    return n;
}

/*
 * pattern: as_pattern | or_pattern
 * as_pattern: or_pattern 'as' pattern_capture_target
 * or_pattern: '|'.closed_pattern+
 */
static Node *pattern(Parser *P)
{
    if (++P->depth > PARSE_MAX_DEPTH)
        parse_fail_tok(P, P->pos, "too many nested parentheses");
    Token *st = cur(P);
    Node *p = closed_pattern(P);
    if (is_op(P, O_VBAR)) {
        Node *o = pat_node(P, P_OR, st);
        nl_push(P, &o->u.pat.patterns, p);
        while (parse_accept_op(P, O_VBAR))
            nl_push(P, &o->u.pat.patterns, closed_pattern(P));
        parse_end(P, o);
        p = o;
    }
    if (parse_accept_kw(P, K_AS)) {
        if (is_soft(P, "_"))
            parse_fail_tok(P, P->pos, "cannot use '_' as a target");
        if (!is_name(P) || name_continues(P)) {
            Node *bad = parse_try_expression(P);
            if (bad)
                parse_fail_node(P, bad, "invalid pattern target");
            parse_syntax(P);
        }
        Node *a = pat_node(P, P_AS, st);
        a->u.pat.sub = p;
        a->u.pat.name = capture_name(P);
        parse_end(P, a);
        p = a;
    }
    P->depth--;
    return p;
}

/* patterns: open_sequence_pattern | pattern */
static Node *patterns(Parser *P)
{
    Token *st = cur(P);
    Node *first = maybe_star_pattern(P);
    if (!is_op(P, O_COMMA)) {
        if (first->kind == P_STAR)
            parse_syntax(P);
        return first;
    }
    Node *n = pat_node(P, P_SEQUENCE, st);
    nl_push(P, &n->u.pat.patterns, first);
    while (parse_accept_op(P, O_COMMA)) {
        if (is_op(P, O_COLON) || is_kw(P, K_IF))
            break;
        nl_push(P, &n->u.pat.patterns, maybe_star_pattern(P));
    }
    parse_end(P, n);
    return n;
}

/* ---------------------------------------------------------------- */
/* The compiler's checks (CPython's compiler_pattern_*)             */
/* ---------------------------------------------------------------- */

typedef struct Stores {
    int n, cap;
    Str **names;
} Stores;

typedef struct Check {
    Parser *P;
    const Node *loc;            /* the last pattern visited: where errors point */
    int failed;
} Check;

static void check_error(Check *c, const Node *at, const char *fmt, const char *arg)
{
    if (c->failed)
        return;
    c->failed = 1;
    if (arg)
        parse_late_node(c->P, at, fmt, arg);
    else
        parse_late_node(c->P, at, "%s", fmt);
}

static int stores_has(const Stores *s, Str *name)
{
    for (int i = 0; i < s->n; i++)
        if (s->names[i] == name)
            return 1;
    return 0;
}

static void store_name(Check *c, Stores *s, Node *name)
{
    if (!name)
        return;
    Str *id = name->u.name.id;
    if (stores_has(s, id)) {
        check_error(c, c->loc, "multiple assignments to name '%s' in pattern", id->s);
        return;
    }
    if (s->n == s->cap) {
        int ncap = s->cap ? s->cap * 2 : 8;
        s->names = arena_realloc(&c->P->I->arena, s->names, sizeof(Str *) * (size_t)s->cap,
                                 sizeof(Str *) * (size_t)ncap);
        s->cap = ncap;
    }
    s->names[s->n++] = id;
}

static void check(Check *c, Node *p, int allow_irrefutable, Stores *s);

static void check_sub(Check *c, Node *p, Stores *s)
{
    check(c, p, 1, s);
}

/* A mapping key's constant value (a negative number folded, as CPython's
 * AST optimizer does before compiling), or V_UNSET for an attribute. */
static Value key_const(Check *c, Node *k)
{
    if (k->kind == E_CONST)
        return k->u.constant.value;
    if (k->kind == E_UNARY && k->u.unary.operand->kind == E_CONST)
        return obj_unop(c->P->I, UOP_NEG, k->u.unary.operand->u.constant.value);
    return v_unset();
}

/* Equal as set members: == with equal hashes (1, 1.0 and True collide). */
static int same_const(Check *c, Value x, Value y)
{
    Interp *I = c->P->I;
    if (v_is_str(I, x) != v_is_str(I, y))
        return 0;
    return obj_eq(I, x, y);
}

static void check(Check *c, Node *p, int allow_irrefutable, Stores *s)
{
    if (c->failed)
        return;
    c->loc = p;
    switch (p->kind) {
    case P_AS:
        if (!p->u.pat.sub) {
            if (!allow_irrefutable) {
                if (p->u.pat.name)
                    check_error(c, p, "name capture '%s' makes remaining patterns unreachable",
                                p->u.pat.name->u.name.id->s);
                else
                    check_error(c, p, "wildcard makes remaining patterns unreachable", NULL);
                return;
            }
            store_name(c, s, p->u.pat.name);
            return;
        }
        check(c, p->u.pat.sub, allow_irrefutable, s);
        store_name(c, s, p->u.pat.name);
        return;
    case P_STAR:
        store_name(c, s, p->u.pat.name);
        return;
    case P_SEQUENCE: {
        int stars = 0;
        for (int i = 0; i < p->u.pat.patterns.n; i++)
            stars += p->u.pat.patterns.items[i]->kind == P_STAR;
        if (stars > 1) {
            check_error(c, p, "multiple starred names in sequence pattern", NULL);
            return;
        }
        for (int i = 0; i < p->u.pat.patterns.n; i++)
            check_sub(c, p->u.pat.patterns.items[i], s);
        return;
    }
    case P_MAPPING:
        for (int i = 0; i < p->u.pat.n; i++) {
            Node *k = p->u.pat.keys[i];
            Value kv = key_const(c, k);
            if (v_is_unset(kv)) {
                if (k->kind != E_ATTR) {
                    check_error(c, p, "mapping pattern keys may only match literals and attribute lookups", NULL);
                    return;
                }
                continue;
            }
            for (int j = 0; j < i; j++) {
                Value jv = key_const(c, p->u.pat.keys[j]);
                if (!v_is_unset(jv) && same_const(c, jv, kv)) {
                    check_error(c, p, "mapping pattern checks duplicate key (%s)", obj_repr(c->P->I, kv)->s);
                    return;
                }
            }
        }
        for (int i = 0; i < p->u.pat.n; i++)
            check_sub(c, p->u.pat.kwd[i], s);
        if (p->u.pat.n == 0)
            c->loc = p;
        store_name(c, s, p->u.pat.name);
        return;
    case P_CLASS:
        for (int i = 0; i < p->u.pat.n; i++)
            for (int j = 0; j < i; j++)
                if (p->u.pat.attrs[j] == p->u.pat.attrs[i]) {
                    check_error(c, p->u.pat.kwd[i], "attribute name repeated in class pattern: %s",
                                p->u.pat.attrs[i]->s);
                    return;
                }
        for (int i = 0; i < p->u.pat.patterns.n; i++)
            check_sub(c, p->u.pat.patterns.items[i], s);
        for (int i = 0; i < p->u.pat.n; i++)
            check_sub(c, p->u.pat.kwd[i], s);
        return;
    case P_OR: {
        Stores control = {0, 0, NULL};
        int n = p->u.pat.patterns.n;
        for (int i = 0; i < n && !c->failed; i++) {
            Stores alt = {0, 0, NULL};
            check(c, p->u.pat.patterns.items[i], i == n - 1 && allow_irrefutable, &alt);
            if (c->failed)
                return;
            if (i == 0) {
                control = alt;
                continue;
            }
            int same = alt.n == control.n;
            for (int k = 0; same && k < control.n; k++)
                same = stores_has(&alt, control.names[k]);
            if (!same) {
                check_error(c, c->loc, "alternative patterns bind different names", NULL);
                return;
            }
        }
        for (int k = 0; k < control.n && !c->failed; k++) {
            if (stores_has(s, control.names[k])) {
                check_error(c, c->loc, "multiple assignments to name '%s' in pattern", control.names[k]->s);
                return;
            }
            Node tmp;
            memset(&tmp, 0, sizeof tmp);
            tmp.u.name.id = control.names[k];
            store_name(c, s, &tmp);
        }
        return;
    }
    default:
        return;
    }
}

/* Is the case block starting at the current token (just after its ':')
 * followed by another `case`? Scans the already-lexed tokens. */
static int another_case_follows(Parser *P)
{
    int i = P->pos;
    if (P->t[i].kind == T_NEWLINE) {
        int depth = 0;
        for (i++; i < P->lx.ntoks && P->t[i].kind != T_ENDMARKER; i++) {
            if (P->t[i].kind == T_INDENT)
                depth++;
            else if (P->t[i].kind == T_DEDENT && --depth == 0) {
                i++;
                break;
            }
        }
    } else {
        while (i < P->lx.ntoks && P->t[i].kind != T_NEWLINE && P->t[i].kind != T_ENDMARKER)
            i++;
        i++;
    }
    if (i >= P->lx.ntoks)
        return 0;
    Token *t = &P->t[i];
    return t->kind == T_NAME && t->op == K_NONE && t->end - t->start == 4 &&
           memcmp(P->lx.src + t->start, "case", 4) == 0;
}

/* How many names a pattern may bind (room for its pending captures). */
static int count_captures(const Node *p)
{
    int n = 0;
    switch (p->kind) {
    case P_AS: return (p->u.pat.name != NULL) + (p->u.pat.sub ? count_captures(p->u.pat.sub) : 0);
    case P_STAR: return p->u.pat.name != NULL;
    case P_MAPPING:
        for (int i = 0; i < p->u.pat.n; i++)
            n += count_captures(p->u.pat.kwd[i]);
        return n + (p->u.pat.name != NULL);
    case P_CLASS:
        for (int i = 0; i < p->u.pat.n; i++)
            n += count_captures(p->u.pat.kwd[i]);
        /* fall through */
    case P_SEQUENCE: case P_OR:
        for (int i = 0; i < p->u.pat.patterns.n; i++)
            n += count_captures(p->u.pat.patterns.items[i]);
        return n;
    default:
        return 0;
    }
}

/* case_block: "case" patterns guard? ':' block;  guard: 'if' named_expression */
static void case_block(Parser *P, MatchCase *mc)
{
    Token *kw = cur(P);
    advance(P);
    mc->pattern = patterns(P);
    if (parse_accept_kw(P, K_IF))
        mc->guard = parse_named_expression(P);
    if (!parse_accept_op(P, O_COLON)) {
        if (cur(P)->kind == T_NEWLINE)
            parse_fail_tok(P, P->pos, "expected ':'");
        parse_syntax(P);
    }
    Check c = {P, NULL, 0};
    Stores s = {0, 0, NULL};
    check(&c, mc->pattern, mc->guard != NULL || !another_case_follows(P), &s);
    mc->ncaptures = count_captures(mc->pattern);
    parse_block(P, &mc->body, "'case' statement", kw->line);
}

/* subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
static Node *subject_expr(Parser *P)
{
    int pos = P->pos;
    if (!is_op(P, O_STAR)) {
        Node *e = parse_named_expression(P);
        if (!is_op(P, O_COMMA))
            return e;
        P->pos = pos;
    }
    return parse_star_expressions(P);
}

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT */
Node *parse_match(Parser *P)
{
    Token *kw = cur(P);
    advance(P);
    Node *n = parse_node(P, S_MATCH, kw);
    n->u.match.subject = subject_expr(P);
    if (!parse_accept_op(P, O_COLON)) {
        if (cur(P)->kind == T_NEWLINE)
            parse_fail_tok(P, P->pos, "expected ':'");
        parse_syntax(P);
    }
    if (cur(P)->kind != T_NEWLINE)
        parse_syntax(P);
    advance(P);
    if (cur(P)->kind != T_INDENT) {
        if (cur(P)->kind == T_ERROR)
            parse_syntax(P);
        char msg[128];
        snprintf(msg, sizeof msg, "expected an indented block after 'match' statement on line %d", kw->line);
        parse_fail_no_block(P, msg);
    }
    advance(P);
    int cap = 0;
    while (cur(P)->kind != T_DEDENT) {
        if (!is_soft(P, "case"))
            parse_syntax(P);
        if (n->u.match.ncases == cap) {
            int ncap = cap ? cap * 2 : 4;
            n->u.match.cases = arena_realloc(&P->I->arena, n->u.match.cases, sizeof(MatchCase) * (size_t)cap,
                                             sizeof(MatchCase) * (size_t)ncap);
            cap = ncap;
        }
        MatchCase *mc = &n->u.match.cases[n->u.match.ncases++];
        memset(mc, 0, sizeof *mc);
        case_block(P, mc);
    }
    advance(P);
    parse_end(P, n);
    return n;
}
