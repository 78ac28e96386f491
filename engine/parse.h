/*
 * parse.h — source text to syntax tree (lex.c tokenizes, parse.c builds
 * the tree of ast.h). Everything is allocated in the interpreter's arena.
 */
#ifndef ORMKATA_PARSE_H
#define ORMKATA_PARSE_H

#include <stddef.h>

#include "ast.h"

/* A compile-time error, shaped like CPython's SyntaxError. */
typedef struct ParseError {
    char kind[32];              /* "SyntaxError", "IndentationError" or "TabError" */
    char msg[256];              /* "invalid syntax", "'(' was never closed", … */
    int line;                   /* 1-based */
    int col;                    /* 1-based character offset of the caret, 0 when none */
    int end_col;                /* 1-based end offset (exclusive), 0 when none */
} ParseError;

/* Parse a whole module. `src` need not be NUL-terminated. Returns the
 * M_MODULE node, or NULL with *err filled (never raises, never crashes,
 * whatever the bytes). */
Node *parse_module(Interp *I, const char *filename, const char *src, size_t len, ParseError *err);

/* Parse the body of a def left unparsed (Interp.parse_lazy_defs was set for
 * its module): fills def->u.funcdef.body and clears def->u.funcdef.lazy.
 * 1, or 0 with *err filled. */
int parse_lazy_body(Interp *I, Node *def, ParseError *err);

#endif
