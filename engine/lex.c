/*
 * lex.c — splits kata Python source into tokens, the way CPython 3.11's
 * tokenizer (Parser/tokenizer.c) does, so that positions and tokenizer
 * error messages (offsets included) match CPython's.
 *
 * The whole file is tokenized up front into one arena array. The first
 * error stops tokenizing and becomes a final T_ERROR token; the parser
 * raises it when it reaches it, or in place of its own error when it fails
 * earlier (CPython gives tokenizer errors priority the same way).
 */
#include "lex.h"

#include <stdio.h>
#include <string.h>

#include "interp_int.h"

enum { MAXLEVEL = 200, MAXINDENT = 100, TABSIZE = 8 };

typedef struct Lexer {
    Interp *I;
    LexResult *R;
    const char *s;              /* normalised source */
    size_t n;
    size_t p;                   /* read position */
    int line;                   /* current line (1-based) */
    size_t lstart;              /* byte offset where the current line starts */
    int cap;                    /* token array capacity */
    /* brackets */
    int level;
    char paren[MAXLEVEL];
    int paren_line[MAXLEVEL];
    int paren_col[MAXLEVEL];
    /* indentation */
    int indent;
    int indstack[MAXINDENT + 1];
    int altstack[MAXINDENT + 1];
    int pendin;                 /* >0 INDENTs pending, <0 DEDENTs pending */
    int atbol;
    int line_has_tokens;        /* a token other than INDENT/DEDENT on this logical line */
    int done;
} Lexer;

/* Grow the token array and return a fresh token. */
static Token *push(Lexer *L)
{
    LexResult *R = L->R;
    if (R->ntoks == L->cap) {
        int ncap = L->cap ? L->cap * 2 : (int)(L->n / 4 < 4096 ? L->n / 4 + 8 : 4096);
        R->toks = arena_realloc(&L->I->arena, R->toks, sizeof(Token) * (size_t)L->cap,
                                sizeof(Token) * (size_t)ncap);
        L->cap = ncap;
    }
    Token *t = &R->toks[R->ntoks++];
    memset(t, 0, sizeof *t);
    t->level = (uint8_t)(L->level > 255 ? 255 : L->level);
    return t;
}

/* A token spanning [start, L->p) on the current line (multi-line strings
 * fix up their start themselves). */
static Token *emit(Lexer *L, int kind, int op, size_t start)
{
    Token *t = push(L);
    t->kind = (uint8_t)kind;
    t->op = (uint8_t)op;
    t->start = (uint32_t)start;
    t->end = (uint32_t)L->p;
    t->line = t->end_line = L->line;
    t->col = (int)(start - L->lstart);
    t->end_col = (int)(L->p - L->lstart);
    if (kind != T_INDENT && kind != T_DEDENT && kind != T_NEWLINE)
        L->line_has_tokens = 1;
    return t;
}

int lex_char_col(const LexResult *lx, int line, int bcol)
{
    if (line < 1 || line > lx->nlines || bcol <= 0)
        return bcol;
    const char *s = lx->src + lx->line_start[line];
    size_t avail = lx->len - lx->line_start[line];
    int n = 0;
    for (int i = 0; i < bcol; i++) {
        if ((size_t)i >= avail) {
            n += bcol - i;
            break;
        }
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    }
    return n;
}

/* Record a tokenizer error and stop. `col`/`end_col` are CPython's offsets
 * given as 0-based byte columns on `line` (converted to characters here);
 * pass negative values to store them verbatim (CPython's -1 / 0 markers). */
static void lex_error_at(Lexer *L, const char *kind, int line, int bcol, int bend, int raw, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
static void lex_error_at(Lexer *L, const char *kind, int line, int bcol, int bend, int raw, const char *fmt, ...)
{
    LexResult *R = L->R;
    if (L->done)
        return;
    L->done = 1;
    R->has_error = 1;
    /* CPython's tokenizer reports these through status codes that only the
     * parser turns into exceptions; the rest it raises at once */
    R->error_raises = !(strcmp(kind, "SyntaxError") != 0 || strncmp(fmt, "unexpected", 10) == 0);
    snprintf(R->error.kind, sizeof R->error.kind, "%s", kind);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(R->error.msg, sizeof R->error.msg, fmt, ap);
    va_end(ap);
    R->error.line = line;
    if (raw) {
        R->error.col = bcol;
        R->error.end_col = bend;
    } else {
        R->error.col = lex_char_col(R, line, bcol);
        R->error.end_col = lex_char_col(R, line, bend);
    }
    Token *t = push(L);
    t->kind = T_ERROR;
    t->start = t->end = (uint32_t)L->p;
    t->line = t->end_line = line;
    t->col = t->end_col = bcol > 0 ? bcol : 0;
}

/* The common tokenizer error: offset = characters before the read position. */
#define SYNERR(L, ...) lex_error_at(L, "SyntaxError", (L)->line, (int)((L)->p - (L)->lstart), \
                                    (int)((L)->p - (L)->lstart), 0, __VA_ARGS__)

static int peekc(Lexer *L, size_t k)
{
    return L->p + k < L->n ? (unsigned char)L->s[L->p + k] : -1;
}

static void newline_at(Lexer *L)
{
    /* L->p is just past a '\n' */
    L->line++;
    L->lstart = L->p;
}

static int is_id_start(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128; }
static int is_id_char(int c) { return is_id_start(c) || (c >= '0' && c <= '9'); }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

/* Decode one UTF-8 code point at s (already validated). */
static unsigned utf8_at(const char *s, int *len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) { *len = 1; return u[0]; }
    if (u[0] < 0xE0) { *len = 2; return ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu); }
    if (u[0] < 0xF0) { *len = 3; return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu); }
    *len = 4;
    return ((u[0] & 0x07u) << 18) | ((u[1] & 0x3Fu) << 12) | ((u[2] & 0x3Fu) << 6) | (u[3] & 0x3Fu);
}

/* Non-ASCII code points that cannot be part of an identifier. Without the
 * Unicode tables this is an approximation: the common punctuation, symbol,
 * space and emoji blocks are refused, letters of every script accepted. */
static int bad_id_cp(unsigned cp)
{
    if (cp >= 0x80 && cp <= 0xBF)
        return !(cp == 0xAA || cp == 0xB5 || cp == 0xBA || cp == 0xB7);
    if (cp == 0xD7 || cp == 0xF7 || (cp >= 0x2C2 && cp <= 0x2C5) || (cp >= 0x2D2 && cp <= 0x2DF) ||
        (cp >= 0x2E5 && cp <= 0x2EB) || cp == 0x2ED || (cp >= 0x2EF && cp <= 0x2FF))
        return 1;
    if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF) ||
        (cp >= 0x2190 && cp <= 0x23FF) || (cp >= 0x2460 && cp <= 0x27BF) ||
        (cp >= 0x2900 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x3004) ||
        (cp >= 0x3008 && cp <= 0x3020) || (cp >= 0xFE10 && cp <= 0xFE6F) ||
        (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
        (cp >= 0x1F000 && cp <= 0x1FAFF) || cp == 0xFEFF || cp == 0xFFFD)
        return 1;
    if (cp >= 0x2100 && cp <= 0x214F) /* letterlike: some are letters */
        return !(cp == 0x2102 || cp == 0x2107 || (cp >= 0x210A && cp <= 0x2113) || cp == 0x2115 ||
                 (cp >= 0x2119 && cp <= 0x211D) || cp == 0x2124 || cp == 0x2126 || cp == 0x2128 ||
                 (cp >= 0x212A && cp <= 0x212D) || (cp >= 0x212F && cp <= 0x2139));
    return 0;
}

static const struct { const char *s; int k; } keywords[] = {
    {"False", K_FALSE}, {"None", K_NONE_}, {"True", K_TRUE}, {"and", K_AND}, {"as", K_AS},
    {"assert", K_ASSERT}, {"async", K_ASYNC}, {"await", K_AWAIT}, {"break", K_BREAK},
    {"class", K_CLASS}, {"continue", K_CONTINUE}, {"def", K_DEF}, {"del", K_DEL},
    {"elif", K_ELIF}, {"else", K_ELSE}, {"except", K_EXCEPT}, {"finally", K_FINALLY},
    {"for", K_FOR}, {"from", K_FROM}, {"global", K_GLOBAL}, {"if", K_IF},
    {"import", K_IMPORT}, {"in", K_IN}, {"is", K_IS}, {"lambda", K_LAMBDA},
    {"nonlocal", K_NONLOCAL}, {"not", K_NOT}, {"or", K_OR}, {"pass", K_PASS},
    {"raise", K_RAISE}, {"return", K_RETURN}, {"try", K_TRY}, {"while", K_WHILE},
    {"with", K_WITH}, {"yield", K_YIELD},
};

/* Binary search: `keywords` is in strcmp order (every name is looked up). */
int lex_keyword(const char *s, size_t n)
{
    if (n < 2 || n > 8)
        return K_NONE;
    size_t lo = 0, hi = sizeof keywords / sizeof keywords[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *k = keywords[mid].s;
        int c = strncmp(k, s, n);
        if (c == 0 && k[n] != 0)
            c = 1;      /* the keyword is longer: it sorts after s */
        if (c == 0)
            return keywords[mid].k;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return K_NONE;
}

/* tok_decimal_tail: digits with single underscores between them. Returns
 * the character after them (not consumed), or -2 after an error. */
static int decimal_tail(Lexer *L)
{
    for (;;) {
        while (is_digit(peekc(L, 0)))
            L->p++;
        if (peekc(L, 0) != '_')
            return peekc(L, 0);
        L->p++;
        if (!is_digit(peekc(L, 0))) {
            SYNERR(L, "invalid decimal literal");
            return -2;
        }
    }
}

/* CPython's verify_end_of_number: a number directly followed by a letter is
 * an error, except before the keywords that may follow a number in valid
 * code (`1if x else y` only warns). Returns 0 after an error. */
static int end_of_number(Lexer *L, const char *kind)
{
    int c = peekc(L, 0);
    const char *rest = NULL;
    switch (c) {
    case 'a': rest = "nd"; break;
    case 'e': rest = "lse"; break;
    case 'f': rest = "or"; break;
    case 'o': rest = "r"; break;
    case 'n': rest = "ot"; break;
    case 'i': {
        int c2 = peekc(L, 1);
        if (c2 == 'f' || c2 == 'n' || c2 == 's')
            return 1;
        break;
    }
    default: break;
    }
    if (rest) {
        size_t k = strlen(rest);
        if (L->p + 1 + k <= L->n && memcmp(L->s + L->p + 1, rest, k) == 0) {
            int after = L->p + 1 + k < L->n ? (unsigned char)L->s[L->p + 1 + k] : -1;
            if (!(after >= 0 && is_id_char(after)))
                return 1;
        }
    }
    if (c >= 0 && is_id_char(c)) {
        SYNERR(L, "invalid %s literal", kind);
        return 0;
    }
    return 1;
}

/* Scan a number starting at L->p; emits T_NUMBER or records an error. */
static void lex_number(Lexer *L)
{
    size_t start = L->p;
    int c = peekc(L, 0);
    if (c == '0') {
        L->p++;
        c = peekc(L, 0);
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            int kind = c | 0x20;
            const char *name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            L->p++;
            do {
                if (peekc(L, 0) == '_')
                    L->p++;
                c = peekc(L, 0);
                int ok = kind == 'x' ? is_xdigit(c) : kind == 'o' ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
                if (!ok) {
                    if (kind != 'x' && is_digit(c)) {
                        L->p++;
                        SYNERR(L, "invalid digit '%c' in %s literal", c, name);
                    } else {
                        SYNERR(L, "invalid %s literal", name);
                    }
                    return;
                }
                for (;;) {
                    c = peekc(L, 0);
                    ok = kind == 'x' ? is_xdigit(c) : kind == 'o' ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
                    if (!ok)
                        break;
                    L->p++;
                }
            } while (peekc(L, 0) == '_');
            c = peekc(L, 0);
            if (kind != 'x' && is_digit(c)) {
                L->p++;
                SYNERR(L, "invalid digit '%c' in %s literal", c, name);
                return;
            }
            if (!end_of_number(L, name))
                return;
            emit(L, T_NUMBER, 0, start);
            return;
        }
        int nonzero = 0;
        for (;;) {
            if (peekc(L, 0) == '_') {
                L->p++;
                if (!is_digit(peekc(L, 0))) {
                    SYNERR(L, "invalid decimal literal");
                    return;
                }
            }
            if (peekc(L, 0) != '0')
                break;
            L->p++;
        }
        size_t zeros_end = L->p;
        c = peekc(L, 0);
        if (is_digit(c)) {
            nonzero = 1;
            c = decimal_tail(L);
            if (c == -2)
                return;
        }
        if (c == '.') {
            L->p++;
            goto fraction;
        } else if (c == 'e' || c == 'E') {
            goto exponent;
        } else if (c == 'j' || c == 'J') {
            goto imaginary;
        } else if (nonzero) {
            lex_error_at(L, "SyntaxError", L->line, (int)(start - L->lstart), (int)(zeros_end - L->lstart), 0,
                         "leading zeros in decimal integer literals are not permitted; "
                         "use an 0o prefix for octal integers");
            /* CPython: offset start+1, end just past the zeros */
            L->R->error.col += 1;
            L->R->error.end_col += 1;
            return;
        }
        if (!end_of_number(L, "decimal"))
            return;
        emit(L, T_NUMBER, 0, start);
        return;
    }
    /* decimal, or a float starting with '.' */
    if (c != '.') {
        c = decimal_tail(L);
        if (c == -2)
            return;
        if (c == '.')
            L->p++;
        else
            goto after_fraction;
    } else {
        L->p++;             /* ".5": the caller saw a digit after the dot */
    }
fraction:
    c = peekc(L, 0);
    if (is_digit(c)) {
        c = decimal_tail(L);
        if (c == -2)
            return;
    }
after_fraction:
    c = peekc(L, 0);
    if (c == 'e' || c == 'E') {
exponent:
        L->p++;
        c = peekc(L, 0);
        if (c == '+' || c == '-') {
            L->p++;
            if (!is_digit(peekc(L, 0))) {
                SYNERR(L, "invalid decimal literal");
                return;
            }
        } else if (!is_digit(c)) {
            L->p--;                 /* back before the 'e' */
            if (!end_of_number(L, "decimal"))
                return;
            emit(L, T_NUMBER, 0, start);
            return;
        }
        c = decimal_tail(L);
        if (c == -2)
            return;
    }
    if (c == 'j' || c == 'J') {
imaginary:
        L->p++;
        if (!end_of_number(L, "imaginary"))
            return;
    } else if (!end_of_number(L, "decimal")) {
        return;
    }
    emit(L, T_NUMBER, 0, start);
}

/* Scan a string literal whose prefix starts at `start` and whose opening
 * quote is at L->p. Handles triple quotes and backslash-newline. */
static void lex_string(Lexer *L, size_t start)
{
    int q = peekc(L, 0);
    int start_line = L->line;
    size_t start_lstart = L->lstart;
    int triple = peekc(L, 1) == q && peekc(L, 2) == q;
    L->p += triple ? 3 : 1;
    for (;;) {
        int c = peekc(L, 0);
        if (c < 0) {
            int detected = L->line;
            if (L->n > 0 && L->s[L->n - 1] == '\n')
                detected--;
            if (triple) {
                L->line = start_line;
                L->lstart = start_lstart;
            }
            lex_error_at(L, "SyntaxError", start_line, (int)(start - start_lstart) + 1,
                         (int)(start - start_lstart) + 1, 0,
                         triple ? "unterminated triple-quoted string literal (detected at line %d)"
                                : "unterminated string literal (detected at line %d)",
                         triple ? detected : L->line);
            return;
        }
        if (c == '\n') {
            if (!triple) {
                lex_error_at(L, "SyntaxError", start_line, (int)(start - start_lstart) + 1,
                             (int)(start - start_lstart) + 1, 0,
                             "unterminated string literal (detected at line %d)", L->line);
                return;
            }
            L->p++;
            newline_at(L);
            continue;
        }
        if (c == '\\') {
            L->p++;
            int c2 = peekc(L, 0);
            if (c2 < 0)
                continue;       /* reported as unterminated above */
            L->p++;
            if (c2 == '\n')
                newline_at(L);
            continue;
        }
        L->p++;
        if (c == q) {
            if (!triple)
                break;
            if (peekc(L, 0) == q && peekc(L, 1) == q) {
                L->p += 2;
                break;
            }
        }
    }
    Token *t = push(L);
    t->kind = T_STRING;
    t->start = (uint32_t)start;
    t->end = (uint32_t)L->p;
    t->line = start_line;
    t->col = (int)(start - start_lstart);
    t->end_line = L->line;
    t->end_col = (int)(L->p - L->lstart);
    L->line_has_tokens = 1;
}

/* Operators: the longest match at L->p. Returns the OpKind and its length. */
static int match_op(Lexer *L, int *len)
{
    int c = peekc(L, 0), c2 = peekc(L, 1), c3 = peekc(L, 2);
    *len = 1;
    switch (c) {
    case '(': return O_LPAR;
    case ')': return O_RPAR;
    case '[': return O_LSQB;
    case ']': return O_RSQB;
    case '{': return O_LBRACE;
    case '}': return O_RBRACE;
    case ',': return O_COMMA;
    case ';': return O_SEMI;
    case '~': return O_TILDE;
    case ':': if (c2 == '=') { *len = 2; return O_COLONEQUAL; } return O_COLON;
    case '+': if (c2 == '=') { *len = 2; return O_PLUSEQUAL; } return O_PLUS;
    case '-':
        if (c2 == '=') { *len = 2; return O_MINEQUAL; }
        if (c2 == '>') { *len = 2; return O_RARROW; }
        return O_MINUS;
    case '*':
        if (c2 == '*') {
            if (c3 == '=') { *len = 3; return O_DOUBLESTAREQUAL; }
            *len = 2;
            return O_DOUBLESTAR;
        }
        if (c2 == '=') { *len = 2; return O_STAREQUAL; }
        return O_STAR;
    case '/':
        if (c2 == '/') {
            if (c3 == '=') { *len = 3; return O_DOUBLESLASHEQUAL; }
            *len = 2;
            return O_DOUBLESLASH;
        }
        if (c2 == '=') { *len = 2; return O_SLASHEQUAL; }
        return O_SLASH;
    case '|': if (c2 == '=') { *len = 2; return O_VBAREQUAL; } return O_VBAR;
    case '&': if (c2 == '=') { *len = 2; return O_AMPEREQUAL; } return O_AMPER;
    case '^': if (c2 == '=') { *len = 2; return O_CIRCUMFLEXEQUAL; } return O_CIRCUMFLEX;
    case '%': if (c2 == '=') { *len = 2; return O_PERCENTEQUAL; } return O_PERCENT;
    case '@': if (c2 == '=') { *len = 2; return O_ATEQUAL; } return O_AT;
    case '=': if (c2 == '=') { *len = 2; return O_EQEQUAL; } return O_EQUAL;
    case '!': if (c2 == '=') { *len = 2; return O_NOTEQUAL; } return O_EXCLAMATION;
    case '<':
        if (c2 == '<') {
            if (c3 == '=') { *len = 3; return O_LSHIFTEQUAL; }
            *len = 2;
            return O_LSHIFT;
        }
        if (c2 == '=') { *len = 2; return O_LESSEQUAL; }
        if (c2 == '>') { *len = 2; return O_NOTEQUAL; }   /* "<>": the parser refuses it */
        return O_LESS;
    case '>':
        if (c2 == '>') {
            if (c3 == '=') { *len = 3; return O_RSHIFTEQUAL; }
            *len = 2;
            return O_RSHIFT;
        }
        if (c2 == '=') { *len = 2; return O_GREATEREQUAL; }
        return O_GREATER;
    case '.':
        if (c2 == '.' && c3 == '.') { *len = 3; return O_ELLIPSIS; }
        return O_DOT;
    default:
        return O_BAD;
    }
}

/* Handle indentation at the beginning of a line. Returns 0 after an error. */
static int lex_indent(Lexer *L)
{
    int col = 0, altcol = 0;
    size_t ws_start = L->p;
    for (;;) {
        int c = peekc(L, 0);
        if (c == ' ') {
            col++;
            altcol++;
        } else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol = altcol + 1;
        } else if (c == '\014') {
            col = altcol = 0;
        } else {
            break;
        }
        L->p++;
    }
    int c = peekc(L, 0);
    if (c == '#' || c == '\n' || c < 0 || (c == '\\' && peekc(L, 1) == '\n' && 0))
        return 1;               /* blank line: no indentation processing */
    if (L->level > 0)
        return 1;
    int nws = (int)(L->p - ws_start);
    if (col == L->indstack[L->indent]) {
        if (altcol != L->altstack[L->indent])
            goto tab_error;
    } else if (col > L->indstack[L->indent]) {
        if (L->indent + 1 >= MAXINDENT) {
            lex_error_at(L, "IndentationError", L->line, 1, 0, 1, "too many levels of indentation");
            return 0;
        }
        if (altcol <= L->altstack[L->indent])
            goto tab_error;
        L->pendin++;
        L->indent++;
        L->indstack[L->indent] = col;
        L->altstack[L->indent] = altcol;
    } else {
        while (L->indent > 0 && col < L->indstack[L->indent]) {
            L->pendin--;
            L->indent--;
        }
        if (col != L->indstack[L->indent]) {
            /* CPython points just past the end of the line */
            size_t e = L->p;
            while (e < L->n && L->s[e] != '\n')
                e++;
            lex_error_at(L, "IndentationError", L->line, lex_char_col(L->R, L->line, (int)(e - L->lstart)) + 1,
                         -1, 1, "unindent does not match any outer indentation level");
            return 0;
        }
        if (altcol != L->altstack[L->indent])
            goto tab_error;
    }
    (void)nws;
    return 1;
tab_error:
    lex_error_at(L, "TabError", L->line, 1, 0, 1, "inconsistent use of tabs and spaces in indentation");
    return 0;
}

/* The main loop: every token of the file. */
static void lex_tokens(Lexer *L)
{
    L->atbol = 1;
    for (;;) {
        if (L->done)
            return;
        if (L->atbol) {
            L->atbol = 0;
            size_t line_begin = L->p;
            if (!lex_indent(L))
                return;
            /* emit pending INDENT/DEDENTs (only before a real token: blank
             * lines were skipped by lex_indent leaving pendin alone) */
            while (L->pendin != 0) {
                Token *t = push(L);
                t->kind = L->pendin > 0 ? T_INDENT : T_DEDENT;
                t->start = (uint32_t)line_begin;
                t->end = (uint32_t)L->p;
                t->line = t->end_line = L->line;
                t->col = 0;
                t->end_col = (int)(L->p - L->lstart);
                L->pendin += L->pendin > 0 ? -1 : 1;
            }
        }
        /* skip spaces */
        int c;
        for (;;) {
            c = peekc(L, 0);
            if (c == ' ' || c == '\t' || c == '\014')
                L->p++;
            else
                break;
        }
        size_t start = L->p;
        if (c == '#') {
            while (L->p < L->n && L->s[L->p] != '\n')
                L->p++;
            continue;
        }
        if (c < 0) {
            /* end of input */
            if (L->level > 0) {
                int k = L->level - 1;
                L->R->error_is_unclosed = 1;
                L->R->unclosed_line = L->paren_line[k];
                lex_error_at(L, "SyntaxError", L->paren_line[k], L->paren_col[k] + 1, 0, 0,
                             "'%c' was never closed", L->paren[k]);
                L->R->error.end_col = 0;
                return;
            }
            if (L->line_has_tokens) {
                emit(L, T_NEWLINE, 0, start);   /* zero-width, as CPython's */
                L->line_has_tokens = 0;
            }
            while (L->indent > 0) {
                Token *t = emit(L, T_DEDENT, 0, start);
                (void)t;
                L->indent--;
            }
            emit(L, T_ENDMARKER, 0, start);
            return;
        }
        if (c == '\n') {
            L->p++;
            if (L->level == 0 && L->line_has_tokens) {
                Token *t = push(L);
                t->kind = T_NEWLINE;
                t->start = (uint32_t)start;
                t->end = (uint32_t)L->p;
                t->line = t->end_line = L->line;
                t->col = (int)(start - L->lstart);
                t->end_col = t->col;        /* CPython leaves the '\n' out */
                L->line_has_tokens = 0;
            }
            newline_at(L);
            if (L->level == 0)
                L->atbol = 1;
            continue;
        }
        if (c == '\\') {
            /* CPython: offset just past the character after the backslash */
            int c2 = peekc(L, 1);
            int col2 = lex_char_col(L->R, L->line, (int)(start - L->lstart)) + 2;
            int bline = L->line;
            if (c2 == '\n') {
                L->p += 2;
                newline_at(L);
                if (peekc(L, 0) < 0) {
                    lex_error_at(L, "SyntaxError", bline, col2, -1, 1, "unexpected EOF while parsing");
                    return;
                }
                continue;
            }
            L->p++;
            if (c2 < 0) {
                lex_error_at(L, "SyntaxError", bline, col2, -1, 1, "unexpected EOF while parsing");
                return;
            }
            lex_error_at(L, "SyntaxError", bline, col2, 0, 1, "unexpected character after line continuation character");
            return;
        }
        if (is_id_start(c)) {
            /* string prefixes */
            int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
            for (;;) {
                int lc = c | 0x20;
                if (c < 128 && !(saw_b || saw_u || saw_f) && lc == 'b')
                    saw_b = 1;
                else if (c < 128 && !(saw_b || saw_u || saw_r || saw_f) && lc == 'u')
                    saw_u = 1;
                else if (c < 128 && !(saw_r || saw_u) && lc == 'r')
                    saw_r = 1;
                else if (c < 128 && !(saw_f || saw_b || saw_u) && lc == 'f')
                    saw_f = 1;
                else
                    break;
                L->p++;
                c = peekc(L, 0);
                if (c == '"' || c == '\'') {
                    lex_string(L, start);
                    goto next;
                }
            }
            while (L->p < L->n && is_id_char((unsigned char)L->s[L->p])) {
                unsigned char b = (unsigned char)L->s[L->p];
                if (b >= 128) {
                    int clen;
                    unsigned cp = utf8_at(L->s + L->p, &clen);
                    if (bad_id_cp(cp)) {
                        L->p += (size_t)clen;
                        SYNERR(L, "invalid character '%.*s' (U+%04X)", clen, L->s + L->p - clen, cp);
                        return;
                    }
                    L->p += (size_t)clen;
                } else {
                    L->p++;
                }
            }
            emit(L, T_NAME, lex_keyword(L->s + start, L->p - start), start);
            goto next;
        }
        if (is_digit(c) || (c == '.' && is_digit(peekc(L, 1)))) {
            lex_number(L);
            goto next;
        }
        if (c == '"' || c == '\'') {
            lex_string(L, start);
            goto next;
        }
        {
            int len;
            int op = match_op(L, &len);
            L->p += (size_t)len;
            switch (op) {
            case O_LPAR: case O_LSQB: case O_LBRACE:
                if (L->level >= MAXLEVEL) {
                    SYNERR(L, "too many nested parentheses");
                    return;
                }
                L->paren[L->level] = (char)c;
                L->paren_line[L->level] = L->line;
                L->paren_col[L->level] = (int)(start - L->lstart);
                emit(L, T_OP, op, start);
                L->level++;
                break;
            case O_RPAR: case O_RSQB: case O_RBRACE: {
                if (L->level == 0) {
                    SYNERR(L, "unmatched '%c'", c);
                    return;
                }
                int k = L->level - 1;
                int open = L->paren[k];
                if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
                    if (L->paren_line[k] != L->line)
                        SYNERR(L, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                               c, open, L->paren_line[k]);
                    else
                        SYNERR(L, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
                    return;
                }
                L->level--;
                emit(L, T_OP, op, start);
                break;
            }
            case O_BAD:
                if (c >= 128) {
                    int clen;
                    unsigned cp = utf8_at(L->s + start, &clen);
                    L->p = start + (size_t)clen;
                    SYNERR(L, "invalid character '%.*s' (U+%04X)", clen, L->s + start, cp);
                    return;
                }
                if (c < 32 || c == 127) {
                    SYNERR(L, "invalid non-printable character U+%04X", c);
                    return;
                }
                emit(L, T_OP, op, start);
                break;
            default:
                emit(L, T_OP, op, start);
                break;
            }
        }
next:;
    }
}

/* Check the encoding (UTF-8, no NUL) and build the normalised copy with
 * its line table. Returns 0 (error recorded) on bad input. */
/* The line of src[to], knowing src[from] is on `line` (from <= to): the
 * newlines between, as the validation loop used to count them (\r\n is one). */
static int count_line(const char *src, size_t len, size_t from, size_t to, int line)
{
    for (size_t i = from; i < to && i < len; i++)
        if (src[i] == '\n' || (src[i] == '\r' && !(i + 1 < len && src[i + 1] == '\n')))
            line++;
    return line;
}

static int lex_prepare(Lexer *L, const char *filename, const char *src, size_t len)
{
    LexResult *R = L->R;
    Arena *A = &L->I->arena;
    if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB && (unsigned char)src[2] == 0xBF) {
        src += 3;
        len -= 3;
    }
    /* validate UTF-8 and look for NUL; ASCII without NUL is skipped eight
     * bytes at a time, and the line of an error is counted only then */
    int line = 1;
    size_t counted = 0;     /* line is the line of src[counted] */
#define LINE_AT(pos) (line = count_line(src, len, counted, (pos), line), counted = (pos), line)
    for (size_t i = 0; i < len;) {
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, src + i, 8);
            if ((w & 0x8080808080808080ull) || ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull))
                break;
            i += 8;
        }
        if (i >= len)
            break;
        unsigned char b = (unsigned char)src[i];
        if (b == 0) {
            lex_error_at(L, "SyntaxError", LINE_AT(i), 0, 0, 1, "source code cannot contain null bytes");
            return 0;
        }
        if (b < 0x80) {
            i++;
            continue;
        }
        size_t need;
        unsigned min;
        if (b >= 0xC2 && b <= 0xDF) { need = 1; min = 0x80; }
        else if (b >= 0xE0 && b <= 0xEF) { need = 2; min = 0x800; }
        else if (b >= 0xF0 && b <= 0xF4) { need = 3; min = 0x10000; }
        else goto bad;
        {
            unsigned cp = b & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
            for (size_t k = 1; k <= need; k++) {
                if (i + k >= len)
                    goto bad;
                unsigned char cb = (unsigned char)src[i + k];
                if ((cb & 0xC0) != 0x80)
                    goto bad;
                cp = (cp << 6) | (cb & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                goto bad;
        }
        i += need + 1;
        continue;
bad:
        {
            char fn[150];
            snprintf(fn, sizeof fn, "%s", filename ? filename : "<string>");
            line = count_line(src, len, counted, i, line);
            lex_error_at(L, "SyntaxError", line, 0, 0, 1,
                         "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                         "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                         b, fn, line);
            return 0;
        }
    }
#undef LINE_AT
    /* normalise newlines (a plain copy when there is no \r) */
    char *d = arena_alloc(A, len + 1);
    size_t n = 0;
    int nl = 1;
    if (!memchr(src, '\r', len)) {
        memcpy(d, src, len);
        n = len;
        for (const char *p = d; (p = memchr(p, '\n', (size_t)(d + n - p))) != NULL; p++)
            nl++;
    } else {
        for (size_t i = 0; i < len; i++) {
            char ch = src[i];
            if (ch == '\r') {
                if (i + 1 < len && src[i + 1] == '\n')
                    i++;
                ch = '\n';
            }
            if (ch == '\n')
                nl++;
            d[n++] = ch;
        }
    }
    d[n] = 0;
    uint32_t *ls = arena_alloc(A, sizeof(uint32_t) * (size_t)(nl + 2));
    int k = 1;
    ls[1] = 0;
    for (const char *p = d; (p = memchr(p, '\n', (size_t)(d + n - p))) != NULL; p++)
        ls[++k] = (uint32_t)(p - d + 1);
    R->src = d;
    R->len = n;
    R->line_start = ls;
    R->nlines = k;
    L->s = d;
    L->n = n;
    return 1;
}

int lex_block_scan(const LexResult *lx, int indent, LexBlock *b)
{
    if (indent < 0 || indent >= lx->ntoks || lx->toks[indent].kind != T_INDENT)
        return 0;
    int depth = 0;
    uint32_t flags = 0;
    for (int i = indent; i < lx->ntoks; i++) {
        const Token *t = &lx->toks[i];
        switch (t->kind) {
        case T_INDENT:
            depth++;
            break;
        case T_DEDENT:
            if (--depth == 0) {
                b->indent = indent;
                b->dedent = i;
                b->flags = flags;
                return 1;
            }
            break;
        case T_ENDMARKER: case T_ERROR:
            return 0;
        case T_NAME:
            if (t->op == K_YIELD || t->op == K_AWAIT || t->op == K_NONLOCAL || t->op == K_ASYNC) {
                flags |= LEX_BLOCK_EAGER;
            } else if (t->op == K_NONE) {
                size_t len = t->end - t->start;
                const char *s = lx->src + t->start;
                if ((len == 5 && !memcmp(s, "super", 5)) || (len == 9 && !memcmp(s, "__class__", 9)))
                    flags |= LEX_BLOCK_SUPER;
            }
            break;
        default:
            break;
        }
    }
    return 0;
}

int lex_block(const LexResult *lx, int indent, LexBlock *b)
{
    if (!lx->blocks)
        return lex_block_scan(lx, indent, b);
    int lo = 0, hi = lx->nblocks;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (lx->blocks[mid].indent < indent)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < lx->nblocks && lx->blocks[lo].indent == indent) {
        *b = lx->blocks[lo];
        return 1;
    }
    return 0;   /* the image lists every block that closes */
}

void lex_run(Interp *I, const char *filename, const char *src, size_t len, LexResult *out)
{
    memset(out, 0, sizeof *out);
    Lexer lexer;
    Lexer *L = &lexer;
    memset(L, 0, sizeof *L);
    L->I = I;
    L->R = out;
    L->line = 1;
    if (len > 0xFFFFFFF0u) {
        lex_error_at(L, "SyntaxError", 1, 0, 0, 1, "source code is too long");
        return;
    }
    static const uint32_t one_line[2] = {0, 0};
    out->src = "";
    out->line_start = one_line;
    out->nlines = 1;
    if (!lex_prepare(L, filename, src, len))
        return;
    lex_tokens(L);
}
