/*
 * parse.c — the parser's entry point (parse_module), its error machinery,
 * and the helpers the other parse_*.c files share: token access, node
 * allocation, and the checks on assignment targets.
 *
 * The parser is a hand-written recursive descent over the token array lex.c
 * produces, following CPython 3.11's PEG grammar (Grammar/python.gram) rule
 * by rule. Errors longjmp back to parse_module; their texts and positions
 * are CPython's (including its "invalid_*" second-pass messages for the
 * common mistakes). Errors CPython finds only when compiling (break outside
 * a loop, duplicate arguments, …) are remembered as "late" errors and
 * reported only when the whole file parses, as CPython does.
 */
#include "parse_int.h"

#include <stdio.h>
#include <string.h>

#include "lex_image.h"

static Parser *root_of(Parser *P)
{
    while (P->parent)
        P = P->parent;
    return P;
}

/* Does the tokenizer error of `lx` take precedence over a parser error on
 * `line`? (CPython re-tokenizes the rest of the file after a parser error
 * and prefers what the tokenizer finds; an unclosed bracket only wins when
 * it opened before the error line, or when the parser ran into the end.) */
static int lex_wins(const LexResult *lx, int line, int at_error_tok)
{
    if (!lx->has_error)
        return 0;
    if (at_error_tok)
        return 1;
    if (lx->error_is_unclosed)
        return lx->unclosed_line < line;
    return lx->error_raises;
}

/* Fill P->err with the message and 1-based character offsets, unless a
 * tokenizer error wins; then unwind to parse_module. */
static _Noreturn void fail_raw(Parser *P, const char *kind, int line, int col1, int end1, const char *msg)
{
    ParseError *e = P->err;
    Parser *R = root_of(P);
    int far = R->far > R->pos ? R->far : R->pos;
    int at_err = R->t[far].kind == T_ERROR;
    /* CPython compares the bracket's line with the furthest token read */
    if (lex_wins(&R->lx, R->t[far].line > line ? R->t[far].line : line, at_err)) {
        *e = R->lx.error;
    } else if (P != R && P->lx.has_error) {
        /* a tokenizer error inside an f-string expression */
        *e = P->lx.error;
        char m[sizeof e->msg];
        (void)m;
        e->line += P->line_base - 1;
    } else {
        memset(e, 0, sizeof *e);
        snprintf(e->kind, sizeof e->kind, "%s", kind);
        snprintf(e->msg, sizeof e->msg, "%s%.240s", P != R ? "f-string: " : "", msg);
        e->line = line;
        e->col = col1;
        e->end_col = end1;
    }
    longjmp(*P->jb, 1);
}

/* Character column (1-based) of a byte column, for the parser's coordinates.
 * In an f-string sub-parser CPython reports columns relative to "(expr)". */
static int char_col1(Parser *P, int line, int bcol)
{
    if (P->parent) {
        int sl = line - P->line_base + 1;
        if (sl == 1)
            bcol -= P->col_base;
        return lex_char_col(&P->lx, sl, bcol) + 1;
    }
    return lex_char_col(&P->lx, line, bcol) + 1;
}

static _Noreturn void fail_v(Parser *P, const char *kind, int line, int bcol, int end_line, int bend,
                             const char *fmt, va_list ap)
{
    char msg[256];
    vsnprintf(msg, sizeof msg, fmt, ap);
    fail_raw(P, kind, line, char_col1(P, line, bcol), char_col1(P, end_line, bend), msg);
}

void parse_fail(Parser *P, const char *kind, int line, int bcol, int end_line, int bend, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fail_v(P, kind, line, bcol, end_line, bend, fmt, ap);
}

void parse_fail_tok(Parser *P, int tok, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Token *t = &P->t[tok < P->lx.ntoks ? tok : P->lx.ntoks - 1];
    fail_v(P, "SyntaxError", t->line, t->col, t->end_line, t->end_col, fmt, ap);
}

void parse_fail_node(Parser *P, const Node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fail_v(P, "SyntaxError", n->line, n->col, n->end_line, n->end_col, fmt, ap);
}

void parse_fail_range(Parser *P, const Node *a, const Node *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fail_v(P, "SyntaxError", a->line, a->col, b->end_line, b->end_col, fmt, ap);
}

void parse_syntax(Parser *P)
{
    Token *t = cur(P);
    if ((t->kind == T_INDENT || t->kind == T_DEDENT) && !P->parent) {
        /* never overridden by a later tokenizer error, as in CPython */
        ParseError *e = P->err;
        memset(e, 0, sizeof *e);
        snprintf(e->kind, sizeof e->kind, "IndentationError");
        snprintf(e->msg, sizeof e->msg, "%s", t->kind == T_INDENT ? "unexpected indent" : "unexpected unindent");
        e->line = t->line;
        e->col = lex_char_col(&P->lx, t->line, t->end_col);
        e->end_col = -1;
        longjmp(*P->jb, 1);
    }
    parse_fail_tok(P, P->pos, "invalid syntax");
}

/* The first late SyntaxError of the parse (later ones are dropped): fmt at
 * n's start, to its end when `to_end`. */
static void late_error(Parser *P, const Node *n, int to_end, const char *fmt, va_list ap)
{
    if (P->late_set)
        return;
    P->late_set = 1;
    ParseError *e = &P->late;
    memset(e, 0, sizeof *e);
    snprintf(e->kind, sizeof e->kind, "SyntaxError");
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    e->line = n->line;
    e->col = char_col1(P, n->line, n->col);
    if (to_end)
        e->end_col = char_col1(P, n->end_line, n->end_col);
}

void parse_late_node(Parser *P, const Node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    late_error(P, n, 1, fmt, ap);
    va_end(ap);
}

void parse_late_start(Parser *P, const Node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    late_error(P, n, 0, fmt, ap);
    va_end(ap);
}

int parse_accept_op(Parser *P, int op)
{
    if (is_op(P, op)) {
        advance(P);
        return 1;
    }
    return 0;
}

int parse_accept_kw(Parser *P, int kw)
{
    if (is_kw(P, kw)) {
        advance(P);
        return 1;
    }
    return 0;
}

void parse_expect_op(Parser *P, int op)
{
    if (!parse_accept_op(P, op))
        parse_syntax(P);
}

Str *parse_name(Parser *P)
{
    Token *t = cur(P);
    if (t->kind != T_NAME || t->op != K_NONE)
        parse_syntax(P);
    advance(P);
    return str_intern(P->I, P->lx.src + t->start, t->end - t->start);
}

int parse_tok_is_soft(Parser *P, int k, const char *word)
{
    Token *t = peek_at(P, k);
    size_t n = strlen(word);
    return t->kind == T_NAME && t->op == K_NONE && t->end - t->start == n &&
           memcmp(P->lx.src + t->start, word, n) == 0;
}

void *parse_alloc(Parser *P, size_t n)
{
    return arena_alloc(&P->I->arena, n);
}

Node *parse_node(Parser *P, NodeKind kind, const Token *start)
{
    Node *n = parse_alloc(P, sizeof *n);
    n->kind = kind;
    n->line = start->line;
    n->col = start->col;
    n->end_line = start->end_line;
    n->end_col = start->end_col;
    return n;
}

/* CPython ends a node at the last token its rule consumed, skipping
 * NEWLINE/INDENT/DEDENT (_PyPegen_get_last_nonnwhitespace_token). */
void parse_end(Parser *P, Node *n)
{
    int i = P->pos - 1;
    while (i > 0 && (P->t[i].kind == T_NEWLINE || P->t[i].kind == T_INDENT || P->t[i].kind == T_DEDENT))
        i--;
    Token *t = &P->t[i > 0 ? i : 0];
    n->end_line = t->end_line;
    n->end_col = t->end_col;
}

void parse_start(Node *n, const Token *t)
{
    n->line = t->line;
    n->col = t->col;
}

void parse_copy_end(Node *n, const Node *from)
{
    n->end_line = from->end_line;
    n->end_col = from->end_col;
}

/* Append to a NodeList, growing it by doubling (the arena keeps old blocks). */
void nl_push(Parser *P, NodeList *l, Node *n)
{
    int n0 = l->n;
    if ((n0 & (n0 - 1)) == 0) {  /* 0, 1, 2, 4, 8 …: capacity reached */
        int cap = n0 ? n0 * 2 : 1;
        l->items = arena_realloc(&P->I->arena, l->items, sizeof(Node *) * (size_t)n0, sizeof(Node *) * (size_t)cap);
    }
    l->items[l->n++] = n;
}

/* CPython's _PyPegen_get_expr_name: how error messages name an expression. */
const char *parse_expr_name(const Node *e)
{
    switch (e->kind) {
    case E_ATTR: return "attribute";
    case E_SUBSCRIPT: return "subscript";
    case E_STARRED: return "starred";
    case E_NAME: return "name";
    case E_LIST: return "list";
    case E_TUPLE: return "tuple";
    case E_LAMBDA: return "lambda";
    case E_CALL: return "function call";
    case E_BOOLOP: case E_BINOP: case E_UNARY: return "expression";
    case E_GENEXP: return "generator expression";
    case E_LISTCOMP: return "list comprehension";
    case E_SETCOMP: return "set comprehension";
    case E_DICTCOMP: return "dict comprehension";
    case E_DICT: return "dict literal";
    case E_SET: return "set display";
    case E_JOINEDSTR: case E_FORMATTED: return "f-string expression";
    case E_COMPARE: return "comparison";
    case E_IFEXP: return "conditional expression";
    case E_SLICE: return "slice";
    case E_NAMEDEXPR: return "named expression";
    case E_YIELD: case E_YIELDFROM: return "yield expression";
    case E_CONST: {
        Value v = e->u.constant.value;
        if (v.tag == V_NONE)
            return "None";
        if (v.tag == V_BOOL)
            return v.u.i ? "True" : "False";
        if (v.tag == V_OBJ && v.u.o && v.u.o->cls && v.u.o->cls->name &&
            strcmp(v.u.o->cls->name->s, "ellipsis") == 0)
            return "ellipsis";
        return "literal";
    }
    default: return "expression";
    }
}

/* CPython's _PyPegen_get_invalid_target: the first sub-expression of `e`
 * that cannot be assigned to (deleted), or NULL when e is a valid target. */
const Node *parse_invalid_target(const Node *e, TargetKind kind)
{
    switch (e->kind) {
    case E_LIST: case E_TUPLE:
        for (int i = 0; i < e->u.seq.elts.n; i++) {
            const Node *r = parse_invalid_target(e->u.seq.elts.items[i], kind);
            if (r)
                return r;
        }
        return NULL;
    case E_STARRED:
        if (kind == TGT_DEL)
            return e;
        return parse_invalid_target(e->u.starred.value, kind);
    case E_COMPARE:
        if (kind == TGT_FOR) {
            if (e->u.compare.ops[0] == C_IN)
                return parse_invalid_target(e->u.compare.left, kind);
            return NULL;
        }
        return e;
    case E_NAME: case E_SUBSCRIPT: case E_ATTR:
        return NULL;
    default:
        return e;
    }
}

/* Set the Store/Del context on a target and everything inside it. */
void parse_set_ctx(Parser *P, Node *e, ExprCtx ctx)
{
    switch (e->kind) {
    case E_NAME:
        e->u.name.ctx = ctx;
        if (ctx != CTX_LOAD && e->u.name.id && strcmp(e->u.name.id->s, "__debug__") == 0)
            parse_late_node(P, e, ctx == CTX_DEL ? "cannot delete __debug__" : "cannot assign to __debug__");
        break;
    case E_ATTR:
        e->u.attr.ctx = ctx;
        break;
    case E_SUBSCRIPT:
        e->u.subscript.ctx = ctx;
        break;
    case E_STARRED:
        e->u.starred.ctx = ctx;
        parse_set_ctx(P, e->u.starred.value, ctx);
        break;
    case E_LIST: case E_TUPLE:
        e->u.seq.ctx = ctx;
        for (int i = 0; i < e->u.seq.elts.n; i++)
            parse_set_ctx(P, e->u.seq.elts.items[i], ctx);
        break;
    default:
        break;
    }
}

/* Check that `e` can be a target of the given kind ("cannot assign to
 * function call"), then give it the Store / Del context. Starred rules the
 * compiler enforces are late errors. */
void parse_check_target(Parser *P, Node *e, TargetKind kind)
{
    const Node *bad = parse_invalid_target(e, kind);
    if (bad)
        parse_fail_node(P, bad, kind == TGT_DEL ? "cannot delete %s" : "cannot assign to %s", parse_expr_name(bad));
    if (kind != TGT_DEL) {
        if (e->kind == E_STARRED)
            parse_late_node(P, e, "starred assignment target must be in a list or tuple");
        if (e->kind == E_LIST || e->kind == E_TUPLE) {
            int nstar = 0;
            for (int i = 0; i < e->u.seq.elts.n; i++)
                if (e->u.seq.elts.items[i]->kind == E_STARRED && ++nstar == 2)
                    parse_late_node(P, e, "multiple starred expressions in assignment");
        }
    }
    parse_set_ctx(P, e, kind == TGT_DEL ? CTX_DEL : CTX_STORE);
}

/* The Ellipsis singleton, looked up in builtins (allocated when builtins do
 * not exist yet, as in unit tests). */
static Value find_ellipsis(Interp *I)
{
    if (I->builtins && I->builtins->dict) {
        Value v = dict_get_cstr(I, I->builtins->dict, "Ellipsis");
        if (!v_is_unset(v))
            return v;
    }
    return v_obj(obj_alloc(I, I->cls.ellipsis, sizeof(Obj)));
}

/* file: [statements] ENDMARKER */
static Node *parse_module_body(Interp *I, const char *filename, const char *src, size_t len, ParseError *err)
{
    Parser *P = arena_alloc(&I->arena, sizeof *P);
    jmp_buf jb;
    P->I = I;
    P->filename = filename;
    P->err = err;
    P->err_tok = -1;
    memset(err, 0, sizeof *err);
    /* an embedded module's tokens were made when the binary was built */
    if (!lex_image_find(src, len, &P->lx))
        lex_run(I, filename, src, len, &P->lx);
    P->t = P->lx.toks;
    P->lazy_defs = I->parse_lazy_defs;
    P->jb = &jb;
    if (setjmp(jb))
        return NULL;
    P->ellipsis = find_ellipsis(I);
    Node *m = parse_alloc(P, sizeof *m);
    m->kind = M_MODULE;
    m->line = 1;
    P->top = &m->u.module.body;
    P->future_open = 1;
    parse_statements(P, &m->u.module.body);
    if (P->late_set) {
        *err = P->late;
        return NULL;
    }
    return m;
}

/* Parse a module (see parse.h). Inside a run (interp_run) a memory-limit
 * stop is fatal and unwinds to the run's root frame. Called outside any
 * catch point (unit tests, fuzz harnesses) the arena would instead return
 * NULL mid-parse; so push a root frame here and turn such a stop into a
 * "MemoryError" ParseError, restoring the arena limit the stop lifted. */
Node *parse_module(Interp *I, const char *filename, const char *src, size_t len, ParseError *err)
{
    if (I->try_top)
        return parse_module_body(I, filename, src, len, err);
    size_t limit = I->arena.limit;
    Node *volatile m = NULL;
    ExcFrame ef;
    exc_push_root(I, &ef);
    if (setjmp(ef.jb) == 0) {
        m = parse_module_body(I, filename, src, len, err);
        exc_pop(I, &ef);
    } else {
        memset(err, 0, sizeof *err);
        snprintf(err->kind, sizeof err->kind, "%s", I->fatal == FATAL_MEMORY ? "MemoryError" : "SystemError");
        if (I->fatal)
            snprintf(err->msg, sizeof err->msg, "%s", I->fatal_msg);
        I->fatal = FATAL_NONE;
        I->exc = v_unset();
        I->arena.limit = limit;
        m = NULL;
    }
    return m;
}
