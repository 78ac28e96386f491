/*
 * lex.h — the tokenizer of kata Python (lex.c).
 *
 * lex_run() turns a whole source text into an array of tokens in the
 * arena, following CPython 3.11's tokenizer: NEWLINE/INDENT/DEDENT,
 * implicit line joining inside brackets, backslash continuation, the
 * tab/space consistency check. String and number tokens keep their raw
 * span; the parser decodes them. The first tokenizer error ends the array
 * with a T_ERROR token carrying the message, so the parser reports it only
 * when it gets that far (or when it fails anyway: tokenizer errors take
 * priority over parser errors, as in CPython).
 */
#ifndef ORMKATA_LEX_H
#define ORMKATA_LEX_H

#include <stddef.h>
#include <stdint.h>

#include "parse.h"

typedef enum TokKind {
    T_ENDMARKER, T_NAME, T_NUMBER, T_STRING, T_NEWLINE, T_INDENT, T_DEDENT, T_OP, T_ERROR
} TokKind;

/* Operators (Token.op for T_OP). */
typedef enum OpKind {
    O_NONE,
    O_LPAR, O_RPAR, O_LSQB, O_RSQB, O_LBRACE, O_RBRACE, O_COLON, O_COMMA, O_SEMI,
    O_PLUS, O_MINUS, O_STAR, O_SLASH, O_VBAR, O_AMPER, O_LESS, O_GREATER, O_EQUAL,
    O_DOT, O_PERCENT, O_EQEQUAL, O_NOTEQUAL, O_LESSEQUAL, O_GREATEREQUAL, O_TILDE,
    O_CIRCUMFLEX, O_LSHIFT, O_RSHIFT, O_DOUBLESTAR, O_PLUSEQUAL, O_MINEQUAL,
    O_STAREQUAL, O_SLASHEQUAL, O_PERCENTEQUAL, O_AMPEREQUAL, O_VBAREQUAL,
    O_CIRCUMFLEXEQUAL, O_LSHIFTEQUAL, O_RSHIFTEQUAL, O_DOUBLESTAREQUAL,
    O_DOUBLESLASH, O_DOUBLESLASHEQUAL, O_AT, O_ATEQUAL, O_RARROW, O_ELLIPSIS,
    O_COLONEQUAL, O_EXCLAMATION, O_BAD /* a character no token starts with */
} OpKind;

/* Keywords (Token.op for T_NAME; K_NONE for a plain name). */
typedef enum KwKind {
    K_NONE, K_FALSE, K_NONE_, K_TRUE, K_AND, K_AS, K_ASSERT, K_ASYNC, K_AWAIT,
    K_BREAK, K_CLASS, K_CONTINUE, K_DEF, K_DEL, K_ELIF, K_ELSE, K_EXCEPT,
    K_FINALLY, K_FOR, K_FROM, K_GLOBAL, K_IF, K_IMPORT, K_IN, K_IS, K_LAMBDA,
    K_NONLOCAL, K_NOT, K_OR, K_PASS, K_RAISE, K_RETURN, K_TRY, K_WHILE, K_WITH,
    K_YIELD
} KwKind;

typedef struct Token {
    uint8_t kind;               /* TokKind */
    uint8_t op;                 /* OpKind for T_OP, KwKind for T_NAME */
    uint8_t level;              /* bracket depth before this token */
    uint32_t start, end;        /* byte span in the (normalised) source */
    int line, col, end_line, end_col;   /* CPython positions (col: 0-based bytes) */
} Token;

/* An indented block (INDENT … its DEDENT) as lex_block_scan() sees it. */
typedef struct LexBlock {
    int32_t indent;             /* token index of the INDENT */
    int32_t dedent;             /* token index of the matching DEDENT */
    uint32_t flags;             /* LEX_BLOCK_* */
} LexBlock;

enum {
    LEX_BLOCK_EAGER = 1,        /* holds yield, await, nonlocal or async (it changes its def) */
    LEX_BLOCK_SUPER = 2,        /* names super or __class__ */
};

typedef struct LexResult {
    const char *src;            /* normalised source: BOM gone, \r\n and \r made \n */
    size_t len;
    const uint32_t *line_start; /* byte offset of each line (index 1-based line) */
    int nlines;
    Token *toks;                /* ends with T_ENDMARKER or T_ERROR */
    int ntoks;
    /* the tokenizer error of the T_ERROR token, if any */
    int has_error;
    int error_raises;           /* raised as an exception in CPython's tokenizer (so it
                                 * overrides parser errors), not just a status code */
    int error_is_unclosed;      /* "'(' was never closed" at end of input */
    int unclosed_line;          /* line of that bracket */
    ParseError error;
    /* Every indented block, in token order, when known beforehand (the
     * build-time image, lex_image.h has them); NULL otherwise. */
    const LexBlock *blocks;
    int nblocks;
} LexResult;

/* Tokenize src[0..len) (raw file bytes; `filename` is only used in the
 * non-UTF-8 message). Everything is allocated in I's arena. Returns 0 and
 * fills *out; a failure before any token (bad encoding, NUL byte) still
 * yields a token array of a single T_ERROR. */
void lex_run(Interp *I, const char *filename, const char *src, size_t len, LexResult *out);

/* Column in characters (code points) of byte column `bcol` of line `line`:
 * CPython reports SyntaxError offsets in characters. */
int lex_char_col(const LexResult *lx, int line, int bcol);

/* The block whose INDENT is token `indent` of lx: scans to its DEDENT,
 * noting the names LexBlock.flags records. 1 and *b filled, or 0 when the
 * block does not close (the tokens end or hit an error first). */
int lex_block_scan(const LexResult *lx, int indent, LexBlock *b);

/* lex_block_scan's answer for token `indent`, taken from lx->blocks when
 * the tokens came with them (binary search), else scanned. */
int lex_block(const LexResult *lx, int indent, LexBlock *b);

/* The keyword spelled s[0..n), or K_NONE. */
int lex_keyword(const char *s, size_t n);

#endif
