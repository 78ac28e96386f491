/*
 * parse_str.c — string literals: prefixes, escape sequences, adjacent
 * literal concatenation, and f-strings (CPython 3.11 rules: the expression
 * part cannot contain the enclosing quote, a backslash or '#'; format specs
 * nest one level). The expression inside `{}` is parsed by a sub-parser
 * over "(" expr ")" whose tokens are shifted to the expression's place in
 * the file, so node positions point into the original source.
 */
#include "parse_int.h"
#include "utf8.h"

#include <stdio.h>
#include <string.h>

/* A growable byte buffer in the arena. */
typedef struct Buf {
    Parser *P;
    char *p;
    size_t len, cap;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 64;
        while (ncap < b->len + n + 1)
            ncap *= 2;
        b->p = arena_realloc(&b->P->I->arena, b->p, b->cap, ncap);
        b->cap = ncap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

static void buf_addc(Buf *b, char c) { buf_add(b, &c, 1); }

static void buf_add_cp(Buf *b, unsigned cp)
{
    char u[4];
    if (cp < 0x80) {
        buf_addc(b, (char)cp);
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        buf_add(b, u, 2);
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        buf_add(b, u, 3);
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        buf_add(b, u, 4);
    }
}

/* Errors in string contents are reported at the token after the literal,
 * as CPython does (its RAISE_SYNTAX_ERROR uses the last token read). */
static _Noreturn void str_error(Parser *P, int after_tok, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static _Noreturn void str_error(Parser *P, int after_tok, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    parse_fail_tok(P, after_tok, "%s", msg);
}

/* Decode the escapes of s[0..n) (a literal's body, or a piece of an
 * f-string) into b. `bytes`: bytes semantics (no \u \U \N). `base` is the
 * offset of s within the literal body, for the positions in messages. */
static void decode_escapes(Parser *P, Buf *b, const char *s, size_t n, int bytes, size_t base, int after_tok)
{
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (i < n && s[i] != '\\')
            i++;
        if (i > run)
            buf_add(b, s + run, i - run);
        if (i >= n)
            break;
        size_t bs = i;          /* index of the backslash */
        i++;
        if (i >= n) {
            if (bytes)
                str_error(P, after_tok, "(value error) Trailing \\ in string");
            str_error(P, after_tok, "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %zu: \\ at end of string",
                      base + bs);
        }
        char c = s[i++];
        switch (c) {
        case '\n': break;
        case '\\': buf_addc(b, '\\'); break;
        case '\'': buf_addc(b, '\''); break;
        case '"': buf_addc(b, '"'); break;
        case 'a': buf_addc(b, '\a'); break;
        case 'b': buf_addc(b, '\b'); break;
        case 'f': buf_addc(b, '\f'); break;
        case 'n': buf_addc(b, '\n'); break;
        case 'r': buf_addc(b, '\r'); break;
        case 't': buf_addc(b, '\t'); break;
        case 'v': buf_addc(b, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (unsigned)(s[i++] - '0');
            if (bytes)
                buf_addc(b, (char)(v & 0xFF));
            else
                buf_add_cp(b, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (bytes && c != 'x') {
                buf_addc(b, '\\');
                buf_addc(b, c);
                break;
            }
            int want = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            unsigned v = 0;
            int got = 0;
            while (got < want && i < n && ascii_hex_value(s[i]) >= 0) {
                v = v * 16 + (unsigned)ascii_hex_value(s[i++]);
                got++;
            }
            if (got < want) {
                if (bytes)
                    str_error(P, after_tok, "(value error) invalid \\x escape at position %zu", base + bs);
                str_error(P, after_tok,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: truncated \\%s escape",
                          base + bs, base + i - 1, c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
            }
            if (bytes) {
                buf_addc(b, (char)v);
            } else {
                if (v > 0x10FFFF)
                    str_error(P, after_tok,
                              "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: illegal Unicode character",
                              base + bs, base + i - 1);
                if (v >= 0xD800 && v <= 0xDFFF)
                    str_error(P, after_tok, "(unicode error) surrogate characters are not supported here");
                buf_add_cp(b, v);
            }
            break;
        }
        case 'N':
            if (!bytes) {
                size_t j = i;
                if (j < n && s[j] == '{') {
                    while (j < n && s[j] != '}')
                        j++;
                    if (j < n)
                        str_error(P, after_tok, "(unicode error) \\N{...} escapes are not supported here");
                }
                str_error(P, after_tok,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: malformed \\N character escape",
                          base + bs, j < n && s[i] == '{' ? base + j : i < n && s[i] == '{' ? base + n - 1 : base + i - 1);
            }
            /* bytes keep \N */
            __attribute__((fallthrough));
        default:
            buf_addc(b, '\\');
            /* the escaped character may be the first byte of a UTF-8 sequence */
            buf_addc(b, c);
            break;
        }
    }
}

typedef struct StrTok {
    int is_bytes, is_raw, is_f;
    const char *body;           /* between the quotes */
    size_t len;
    int quote_len;              /* 1 or 3 */
    int body_line, body_col;    /* where the body starts */
    Token *tok;
} StrTok;

static void split_token(Parser *P, Token *t, StrTok *st)
{
    const char *s = P->lx.src + t->start;
    size_t n = t->end - t->start;
    size_t k = 0;
    memset(st, 0, sizeof *st);
    st->tok = t;
    while (k < n && s[k] != '\'' && s[k] != '"') {
        char c = (char)(s[k] | 0x20);
        if (c == 'b') st->is_bytes = 1;
        if (c == 'r') st->is_raw = 1;
        if (c == 'f') st->is_f = 1;
        k++;
    }
    char q = s[k];
    st->quote_len = (k + 2 < n && s[k + 1] == q && s[k + 2] == q && n - k >= 6) ? 3 : 1;
    st->body = s + k + (size_t)st->quote_len;
    st->len = n - k - 2 * (size_t)st->quote_len;
    st->body_line = t->line;
    st->body_col = t->col + (int)k + st->quote_len;
}

/* The state of a JoinedStr being assembled from several tokens. */
typedef struct FState {
    Parser *P;
    Buf lit;                    /* pending literal text */
    NodeList values;
    Node *whole;                /* for the positions of the pieces */
} FState;

static Node *piece(FState *F, NodeKind kind)
{
    Node *n = parse_alloc(F->P, sizeof *n);
    n->kind = kind;
    n->line = F->whole->line;
    n->col = F->whole->col;
    n->end_line = F->whole->end_line;
    n->end_col = F->whole->end_col;
    return n;
}

static void flush_lit(FState *F)
{
    if (F->lit.len == 0)
        return;
    Node *c = piece(F, E_CONST);
    c->u.constant.value = v_obj(str_new(F->P->I, F->lit.p, F->lit.len));
    nl_push(F->P, &F->values, c);
    F->lit.len = 0;
}

static void fstring_body(FState *F, StrTok *st, const char **pp, const char *end, int lvl, int after_tok);

/* Parse one `{expr[=][!c][:spec]}` at *pp (pointing at '{'), appending to F. */
static void fstring_expr(FState *F, StrTok *st, const char **pp, const char *end, int lvl, int after_tok)
{
    Parser *P = F->P;
    if (lvl >= 2)
        str_error(P, after_tok, "f-string: expressions nested too deeply");
    const char *brace = *pp;
    const char *s = brace + 1;
    const char *expr_start = s;
    char quote = 0;
    int qlen = 0;
    char stack[200];
    int depth = 0;
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\')
            str_error(P, after_tok, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (qlen == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                qlen = 3;
                s += 2;
            } else {
                qlen = 1;
            }
            quote = ch;
            continue;
        }
        if (ch == '[' || ch == '(' || ch == '{') {
            if (depth >= 200)
                str_error(P, after_tok, "f-string: too many nested parenthesis");
            stack[depth++] = ch;
            continue;
        }
        if (ch == '#')
            str_error(P, after_tok, "f-string expression part cannot include '#'");
        if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (s + 1 < end && s[1] == '=' && ch != ':' && ch != '}') {
                s++;
                continue;
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        }
        if (ch == ']' || ch == ')' || ch == '}') {
            if (depth == 0)
                str_error(P, after_tok, "f-string: unmatched '%c'", ch);
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}')))
                str_error(P, after_tok, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                          ch, open);
        }
    }
    const char *expr_end = s;
    if (quote)
        str_error(P, after_tok, "f-string: unterminated string");
    if (depth)
        str_error(P, after_tok, "f-string: unmatched '%c'", stack[depth - 1]);
    if (s >= end)
        str_error(P, after_tok, "f-string: expecting '}'");
    int blank = 1;
    for (const char *q = expr_start; q < expr_end; q++)
        if (*q != ' ' && *q != '\t' && *q != '\n' && *q != '\f' && *q != '\r')
            blank = 0;
    if (blank) {
        if (*s == '}')
            str_error(P, after_tok, "f-string: empty expression not allowed");
        str_error(P, after_tok, "f-string: expression required before '%c'", *s);
    }

    /* where the '{' is in the file */
    int lines = 0;
    const char *tokstart = P->lx.src + st->tok->start;
    const char *ls = tokstart;
    for (const char *q = tokstart; q < brace; q++)
        if (*q == '\n') {
            lines++;
            ls = q + 1;
        }
    int line = st->tok->line + lines;
    int col = lines ? (int)(brace - ls) : st->tok->col + (int)(brace - tokstart);
    int ok;
    Node *value = parse_fstring_expr(P, expr_start, (size_t)(expr_end - expr_start), line, col, &ok);

    int self_doc = 0;
    if (*s == '=') {
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\r' || *s == '\v'))
            s++;
        if (s >= end)
            str_error(P, after_tok, "f-string: expecting '}'");
        self_doc = 1;
        buf_add(&F->lit, expr_start, (size_t)(s - expr_start));
    }
    int conversion = -1;
    if (*s == '!') {
        s++;
        if (s >= end)
            str_error(P, after_tok, "f-string: expecting '}'");
        char c = *s++;
        if (c != 's' && c != 'r' && c != 'a')
            str_error(P, after_tok, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        conversion = c;
    }
    if (s >= end)
        str_error(P, after_tok, "f-string: expecting '}'");
    Node *spec = NULL;
    if (*s == ':') {
        s++;
        FState sub;
        memset(&sub, 0, sizeof sub);
        sub.P = P;
        sub.lit.P = P;
        sub.whole = F->whole;
        fstring_body(&sub, st, &s, end, lvl + 1, after_tok);
        flush_lit(&sub);
        spec = piece(F, E_JOINEDSTR);
        spec->u.joinedstr.values = sub.values;
    }
    if (s >= end || *s != '}')
        str_error(P, after_tok, "f-string: expecting '}'");
    s++;
    if (self_doc && conversion == -1 && !spec)
        conversion = 'r';
    flush_lit(F);
    Node *fv = piece(F, E_FORMATTED);
    fv->u.formatted.value = value;
    fv->u.formatted.conversion = conversion;
    fv->u.formatted.format_spec = spec;
    nl_push(P, &F->values, fv);
    *pp = s;
}

/* Literal text and expressions of an f-string body (or of a format spec
 * when lvl > 0, which ends at an unmatched '}'). */
static void fstring_body(FState *F, StrTok *st, const char **pp, const char *end, int lvl, int after_tok)
{
    Parser *P = F->P;
    const char *s = *pp;
    while (s < end) {
        const char *lit = s;
        int doubled = 0;
        while (s < end) {
            char ch = *s++;
            if (!st->is_raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N') {
                    if (s < end && *s++ == '{') {
                        while (s < end && *s++ != '}') {
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (lvl == 0) {
                    if (s < end && *s == ch) {
                        doubled = 1;
                        break;
                    }
                    if (ch == '}')
                        str_error(P, after_tok, "f-string: single '}' is not allowed");
                }
                s--;
                break;
            }
        }
        if (s > lit) {
            if (st->is_raw)
                buf_add(&F->lit, lit, (size_t)(s - lit));
            else
                decode_escapes(P, &F->lit, lit, (size_t)(s - lit), 0, (size_t)(lit - st->body), after_tok);
        }
        if (doubled) {
            s++;
            continue;
        }
        if (s >= end)
            break;
        if (*s == '}') {
            if (lvl > 0)
                break;
            str_error(P, after_tok, "f-string: single '}' is not allowed");
        }
        fstring_expr(F, st, &s, end, lvl, after_tok);
    }
    *pp = s;
}

/* strings: STRING+ — adjacent literals joined into one constant, or a
 * JoinedStr when any of them is an f-string. */
Node *parse_strings(Parser *P)
{
    int first = P->pos;
    while (cur(P)->kind == T_STRING)
        advance(P);
    int last = P->pos - 1;
    int after = P->pos;
    int ntok = last - first + 1;
    Node *n = parse_node(P, E_CONST, &P->t[first]);
    n->end_line = P->t[last].end_line;
    n->end_col = P->t[last].end_col;
    /* Token by token, as CPython's _PyPegen_concatenate_strings: decode
     * (or parse the f-string), then check bytes and str are not mixed. */
    FState F;
    memset(&F, 0, sizeof F);
    F.P = P;
    F.lit.P = P;
    F.whole = n;
    int is_bytes = 0, any_f = 0;
    for (int i = 0; i < ntok; i++) {
        StrTok st;
        split_token(P, &P->t[first + i], &st);
        if (st.is_bytes) {
            for (size_t k = 0; k < st.len; k++)
                if ((unsigned char)st.body[k] >= 0x80)
                    parse_fail_tok(P, first + i, "bytes can only contain ASCII literal characters");
        }
        if (st.is_f) {
            any_f = 1;
            const char *s = st.body;
            fstring_body(&F, &st, &s, st.body + st.len, 0, after);
        } else if (st.is_raw) {
            buf_add(&F.lit, st.body, st.len);
        } else {
            decode_escapes(P, &F.lit, st.body, st.len, st.is_bytes, 0, after);
        }
        if (i > 0 && st.is_bytes != is_bytes)
            parse_fail_tok(P, after, "cannot mix bytes and nonbytes literals");
        is_bytes = st.is_bytes;
    }
    if (is_bytes) {
        n->u.constant.value = v_obj(bytes_new(P->I, F.lit.p ? F.lit.p : "", F.lit.len));
        return n;
    }
    if (!any_f) {
        n->u.constant.value = v_obj(str_new(P->I, F.lit.p ? F.lit.p : "", F.lit.len));
        return n;
    }
    n->kind = E_JOINEDSTR;
    flush_lit(&F);
    n->u.joinedstr.values = F.values;
    return n;
}

/* Parse the expression text of an f-string replacement field. The text is
 * wrapped in parentheses and tokenized on its own; its tokens are moved to
 * where the '{' sits in the file (line, col), as CPython 3.11 does. Errors
 * get CPython's "f-string: " prefix. */
Node *parse_fstring_expr(Parser *P, const char *src, size_t len, int line, int col, int *ok)
{
    char *text = parse_alloc(P, len + 3);
    text[0] = '(';
    memcpy(text + 1, src, len);
    text[len + 1] = ')';
    text[len + 2] = 0;
    Parser *S = parse_alloc(P, sizeof *S);
    S->I = P->I;
    S->filename = P->filename;
    S->err = P->err;
    S->jb = P->jb;
    S->err_tok = -1;
    S->depth = P->depth;
    S->in_func = P->in_func;
    S->in_loop = P->in_loop;
    S->in_class = P->in_class;
    S->fstring = P->fstring + 1;
    S->ellipsis = P->ellipsis;
    S->parent = P;
    lex_run(P->I, P->filename, text, len + 2, &S->lx);
    S->t = S->lx.toks;
    for (int i = 0; i < S->lx.ntoks; i++) {
        Token *t = &S->t[i];
        if (t->line == 1)
            t->col += col;
        if (t->end_line == 1)
            t->end_col += col;
        t->line += line - 1;
        t->end_line += line - 1;
    }
    S->line_base = line;
    S->col_base = col;
    Node *e = parse_star_expressions(S);
    if (cur(S)->kind == T_NEWLINE)
        advance(S);
    if (cur(S)->kind != T_ENDMARKER)
        parse_syntax(S);
    *ok = 1;
    if (S->late_set && !P->late_set) {
        P->late_set = 1;
        P->late = S->late;
    }
    return e;
}
