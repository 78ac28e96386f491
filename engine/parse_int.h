/*
 * parse_int.h — the parser's private state, shared by parse.c (entry point,
 * errors, targets), parse_expr.c (expressions), parse_stmt.c (statements)
 * and parse_str.c (string literals and f-strings). Not for other files.
 */
#ifndef ORMKATA_PARSE_INT_H
#define ORMKATA_PARSE_INT_H

#include <setjmp.h>

#include "interp_int.h"
#include "lex.h"
#include "parse.h"

enum { PARSE_MAX_DEPTH = 1000 };

/* Where a target is being validated (CPython's TARGETS_TYPE). */
typedef enum TargetKind { TGT_STAR, TGT_DEL, TGT_FOR } TargetKind;

typedef struct Parser {
    Interp *I;
    const char *filename;
    LexResult lx;
    Token *t;
    int pos;
    int far;                    /* furthest token looked at (CPython's fill) */
    jmp_buf *jb;
    ParseError *err;
    int err_tok;                /* token index the error was raised at, -1 when unknown */
    int depth;                  /* expression nesting (stack guard) */
    /* context for the compiler-style checks */
    int in_func, in_loop, in_class;
    int in_def;                 /* inside some function body, at any depth (classes
                                 * between included): its nested defs are never lazy */
    int lazy_defs;              /* Interp.parse_lazy_defs when the module was parsed */
    int fstring;                /* >0 while parsing an f-string expression */
    Node *bare_tuple;           /* the last tuple star_expressions built without parentheses */
    int stmt_start;             /* reading the first star_expressions of an expression statement */
    int walrus_tok;             /* there: the first `NAME :=`'s ':=' token, or -1 */
    /* PEP 236 future statements: `top` is the module's body; future_open
     * while only a docstring and future imports have been read there;
     * future_annotations after `from __future__ import annotations` (each
     * annotation is then stored as its unparsed text, PEP 563) */
    NodeList *top;
    int future_open, future_annotations;
    int future_closed_line;     /* the line of the statement that ended future_open */
    int late_set;               /* a compile-time error found after parsing */
    ParseError late;
    Value ellipsis;
    /* f-string sub-parsers: the enclosing parser and where "(expr)" sits */
    struct Parser *parent;
    int line_base, col_base;
} Parser;

/* Errors (never return). `tok` is a token index; positions are converted to
 * CPython's 1-based character offsets. */
_Noreturn void parse_fail(Parser *P, const char *kind, int line, int bcol, int end_line, int bend,
                          const char *fmt, ...) __attribute__((format(printf, 7, 8)));
_Noreturn void parse_fail_tok(Parser *P, int tok, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
_Noreturn void parse_fail_node(Parser *P, const Node *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
_Noreturn void parse_fail_range(Parser *P, const Node *a, const Node *b, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* "invalid syntax" at the current token (or the tokenizer's error). */
_Noreturn void parse_syntax(Parser *P);
/* Remember a compile-time error (reported only when the parse succeeds). */
void parse_late_node(Parser *P, const Node *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The same with one caret at the node's first character (no range). */
void parse_late_start(Parser *P, const Node *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Tokens */
static inline Token *cur(Parser *P) { return &P->t[P->pos]; }
static inline Token *peek_at(Parser *P, int k)
{
    int i = P->pos + k;
    if (i >= P->lx.ntoks)
        i = P->lx.ntoks - 1;
    return &P->t[i];
}
static inline int is_op(Parser *P, int op) { return P->t[P->pos].kind == T_OP && P->t[P->pos].op == op; }
static inline int is_kw(Parser *P, int kw) { return P->t[P->pos].kind == T_NAME && P->t[P->pos].op == kw; }
static inline int is_name(Parser *P) { return P->t[P->pos].kind == T_NAME && P->t[P->pos].op == 0; }
static inline void advance(Parser *P)
{
    if (P->t[P->pos].kind != T_ENDMARKER && P->t[P->pos].kind != T_ERROR) {
        P->pos++;
        if (P->pos > P->far)
            P->far = P->pos;
    }
}
int parse_accept_op(Parser *P, int op);
int parse_accept_kw(Parser *P, int kw);
void parse_expect_op(Parser *P, int op);
/* The interned name of the current NAME token (consumed); error otherwise. */
Str *parse_name(Parser *P);
int parse_tok_is_soft(Parser *P, int k, const char *word);

/* Nodes */
Node *parse_node(Parser *P, NodeKind kind, const Token *start);
void parse_end(Parser *P, Node *n);                 /* end = end of previous token */
void parse_start(Node *n, const Token *t);
void parse_copy_end(Node *n, const Node *from);
void *parse_alloc(Parser *P, size_t n);
void nl_push(Parser *P, NodeList *l, Node *n);
const char *parse_expr_name(const Node *e);

/* Targets */
void parse_set_ctx(Parser *P, Node *e, ExprCtx ctx);
const Node *parse_invalid_target(const Node *e, TargetKind kind);
void parse_check_target(Parser *P, Node *e, TargetKind kind);

/* parse_expr.c */
Node *parse_expression(Parser *P);          /* expression (ifexp, lambda) */
Node *parse_named_expression(Parser *P);    /* expression, refusing := */
Node *parse_star_expressions(Parser *P);    /* a, *b, c  (tuple when commas) */
Node *parse_yield_expr(Parser *P);          /* yield [x] | yield from x (at 'yield') */
Node *parse_star_targets_for(Parser *P);    /* for-loop targets up to `in` */
Node *parse_bitwise_or(Parser *P);
/* Speculative parses: NULL (nothing consumed, no error) when they fail. */
Node *parse_try_bitwise_or(Parser *P);
Node *parse_try_expression(Parser *P);
Node *parse_disjunction(Parser *P);
Arguments *parse_params(Parser *P, int is_lambda);
/* Call arguments after '(' (consumes ')'). */
void parse_call_args(Parser *P, Node *call);
void parse_comprehension_gens(Parser *P, Node *comp);
Node *parse_number(Parser *P);              /* the NUMBER token at P->pos */

/* parse_stmt.c, for parse_match.c */
void parse_block(Parser *P, NodeList *body, const char *what, int hdr_line);
/* "expected an indented block after …" at the current token: one caret
 * at its first character, as CPython's IndentationError. */
_Noreturn void parse_fail_no_block(Parser *P, const char *msg);

/* parse_match.c: the match statement at P->pos (`match` already recognised). */
Node *parse_match(Parser *P);

/* parse_str.c: the STRING tokens at P->pos (adjacent ones joined). */
Node *parse_strings(Parser *P);

/* parse_stmt.c */
void parse_statements(Parser *P, NodeList *body);   /* until ENDMARKER */

/* A fresh sub-parser for an f-string expression: source text `src` whose
 * first byte sits at (line, col) of the enclosing file. */
Node *parse_fstring_expr(Parser *P, const char *src, size_t len, int line, int col, int *ok);

#endif
