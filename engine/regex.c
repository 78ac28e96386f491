/*
 * regex.c — compiles a Python 3.11 regular expression into the program
 * regex_exec.c runs.
 *
 * The parser follows the grammar and checks of CPython's Lib/re/_parser.py
 * step for step (the same token stream, the same errors at the same
 * positions: "nothing to repeat at position 0", "missing ), unterminated
 * subpattern at position 0", …) and builds a tree; the generator turns the
 * tree into instructions with the flags in effect at each node (inline
 * "(?i)" at the start applies to all, "(?i:…)" to its group), and checks
 * what CPython's compiler checks (fixed-width lookbehind). A parse error
 * unwinds with longjmp to regex_compile, which frees everything allocated.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regex_int.h"
#include "utf8.h"

#define MAXREPEAT 4294967295L
#define MAXWIDTH (1L << 62)
#define MAXGROUPS 1073741823

typedef enum {
    N_SEQ, N_ALT, N_CHAR, N_ANY, N_CLASS, N_AT, N_GROUP, N_REPEAT, N_BACKREF, N_LOOK,
    N_ATOMIC, N_COND
} NodeType;

typedef struct Node Node;
struct Node {
    NodeType type;
    uint32_t c;             /* N_CHAR code point, N_AT kind, N_CLASS index */
    int group;              /* N_GROUP (-1: not capturing), N_BACKREF, N_COND */
    int add, del;           /* N_GROUP's scoped flags */
    long min, max;          /* N_REPEAT (max -1: no limit) */
    int greedy;             /* 0 lazy, 1 greedy, 2 possessive */
    int neg, behind;        /* N_LOOK */
    Node *kids, *last;      /* children (N_SEQ items, N_ALT branches, the one child) */
    Node *next;             /* sibling */
    Node *no;               /* N_COND's "no" branch (kids is "yes") */
};

/* Classes under construction: ranges and categories. */
typedef struct ClassBuf {
    uint32_t *r;
    int n, cap;
    int cats;
    bool negate;
} ClassBuf;

typedef struct ClassVec {
    ClassBuf *v;
    int n, cap;
} ClassVec;

/* One allocation of the compile, freed together on failure. */
typedef struct Alloc {
    struct Alloc *next;
    max_align_t data[];
} Alloc;

typedef struct Parser {
    const uint32_t *s;
    size_t n, index;
    uint32_t tok[2];
    int toklen;             /* 0: end of pattern; 1 a character; 2 a backslash escape */
    bool istext;
    int flags;              /* state.flags */
    int ngroups;            /* state.groups (group 0 counts) */
    long *gw_lo, *gw_hi;    /* state.groupwidths, lo -1 while the group is open */
    bool *gw_closed;
    int gw_cap;
    char **names;
    int lookbehind;         /* state.lookbehindgroups, -1 for None */
    long *grouprefpos;      /* by group number, for (?(n)…) checks; -1 none */
    int grp_cap;
    Alloc *allocs;
    RegexError *err;
    jmp_buf fail;
    int depth;
    ClassVec classes;       /* the classes met so far, by index */
} Parser;

static void *p_alloc(Parser *P, size_t n)
{
    Alloc *a = malloc(sizeof *a + n);
    if (!a) {
        snprintf(P->err->msg, sizeof P->err->msg, "out of memory");
        P->err->pos = -1;
        P->err->kind = 3;
        longjmp(P->fail, 1);
    }
    memset(a->data, 0, n);
    a->next = P->allocs;
    P->allocs = a;
    return a->data;
}

static void free_allocs(Alloc *a)
{
    while (a) {
        Alloc *n = a->next;
        free(a);
        a = n;
    }
}

/* ------------------------------------------------------------------ */
/* Messages                                                            */
/* ------------------------------------------------------------------ */

/* Append c to buf as the message text shows it: UTF-8 for a str pattern,
 * \xNN for a non-ASCII byte of a bytes one (backslashreplace). */
static void put_char(char *buf, size_t cap, uint32_t c, bool istext)
{
    size_t k = strlen(buf);
    char tmp[16];
    if (!istext && c >= 0x80)
        snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)c);
    else
        tmp[utf8_encode(c, tmp)] = 0;
    snprintf(buf + k, cap - k, "%s", tmp);
}

/* Python's repr() of the code points s[0..n) (for "%r" in messages). */
static void put_repr(char *buf, size_t cap, const uint32_t *s, size_t n, bool istext)
{
    bool sq = false, dq = false;
    for (size_t i = 0; i < n; i++) {
        sq |= s[i] == '\'';
        dq |= s[i] == '"';
    }
    char q = sq && !dq ? '"' : '\'';
    size_t k = strlen(buf);
    snprintf(buf + k, cap - k, "%c", q);
    for (size_t i = 0; i < n; i++) {
        uint32_t c = s[i];
        char tmp[16];
        if (c == (uint32_t)q || c == '\\')
            snprintf(tmp, sizeof tmp, "\\%c", (char)c);
        else if (c == '\n')
            snprintf(tmp, sizeof tmp, "\\n");
        else if (c == '\r')
            snprintf(tmp, sizeof tmp, "\\r");
        else if (c == '\t')
            snprintf(tmp, sizeof tmp, "\\t");
        else if (c < 0x20 || c == 0x7f || (!istext && c >= 0x80) || (c >= 0x80 && c < 0xa0))
            snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)c);
        else if (c >= 0x80 && !utf8_isprintable(c))
            snprintf(tmp, sizeof tmp, c > 0xffff ? "\\U%08x" : "\\u%04x", (unsigned)c);
        else
            tmp[utf8_encode(c, tmp)] = 0;
        k = strlen(buf);
        snprintf(buf + k, cap - k, "%s", tmp);
    }
    k = strlen(buf);
    snprintf(buf + k, cap - k, "%c", q);
}

static long tell(const Parser *P)
{
    return (long)P->index - P->toklen;
}

/* source.error(msg, offset): the message is already in P->err->msg. */
static _Noreturn void fail_at(Parser *P, long offset)
{
    P->err->pos = tell(P) - offset;
    P->err->kind = 0;
    longjmp(P->fail, 1);
}

static _Noreturn void failf(Parser *P, long offset, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(P->err->msg, sizeof P->err->msg, fmt, ap);
    va_end(ap);
    fail_at(P, offset);
}

/* "bad escape \q" and friends: fmt has one %s for the escape text. */
static _Noreturn void fail_escape2(Parser *P, const char *prefix, const uint32_t *esc, size_t n,
                                   long offset, const char *suffix)
{
    snprintf(P->err->msg, sizeof P->err->msg, "%s", prefix);
    for (size_t i = 0; i < n; i++)
        put_char(P->err->msg, sizeof P->err->msg, esc[i], P->istext);
    size_t k = strlen(P->err->msg);
    snprintf(P->err->msg + k, sizeof P->err->msg - k, "%s", suffix);
    fail_at(P, offset);
}

static _Noreturn void fail_escape(Parser *P, const char *prefix, const uint32_t *esc, size_t n,
                                  long offset)
{
    fail_escape2(P, prefix, esc, n, offset, "");
}

/* ------------------------------------------------------------------ */
/* Tokenizer (_parser.Tokenizer)                                       */
/* ------------------------------------------------------------------ */

static void advance(Parser *P)
{
    size_t i = P->index;
    if (i >= P->n) {
        P->toklen = 0;
        return;
    }
    P->tok[0] = P->s[i];
    if (P->s[i] == '\\') {
        i++;
        if (i >= P->n) {
            snprintf(P->err->msg, sizeof P->err->msg, "bad escape (end of pattern)");
            P->err->pos = (long)P->n - 1;
            P->err->kind = 0;
            longjmp(P->fail, 1);
        }
        P->tok[1] = P->s[i];
        P->index = i + 1;
        P->toklen = 2;
        return;
    }
    P->index = i + 1;
    P->toklen = 1;
}

/* source.next == c (a plain one-character token). */
static bool next_is(const Parser *P, uint32_t c)
{
    return P->toklen == 1 && P->tok[0] == c;
}

static bool next_in(const Parser *P, const char *set)
{
    return P->toklen == 1 && P->tok[0] < 128 && P->tok[0] && strchr(set, (int)P->tok[0]);
}

static bool match_ch(Parser *P, uint32_t c)
{
    if (next_is(P, c)) {
        advance(P);
        return true;
    }
    return false;
}

static void seek(Parser *P, size_t index)
{
    P->index = index;
    advance(P);
}

static const char DIGITS[] = "0123456789";
static const char OCTDIGITS[] = "01234567";
static const char HEXDIGITS[] = "0123456789abcdefABCDEF";

/* source.getuntil(terminator, name): the code points of the name go to
 * out (arena'd), their count to *n. */
static uint32_t *getuntil(Parser *P, uint32_t term, const char *name, size_t *n)
{
    uint32_t *out = p_alloc(P, (P->n + 1) * sizeof *out);
    size_t k = 0;
    for (;;) {
        int len = P->toklen;
        uint32_t t0 = P->tok[0], t1 = P->tok[1];
        advance(P);
        if (len == 0) {
            if (!k)
                failf(P, 0, "missing %s", name);
            failf(P, (long)k, "missing %c, unterminated name", (char)term);
        }
        if (len == 1 && t0 == term) {
            if (!k)
                failf(P, 1, "missing %s", name);
            break;
        }
        out[k++] = t0;
        if (len == 2)
            out[k++] = t1;
    }
    *n = k;
    return out;
}

static bool is_identifier(const uint32_t *s, size_t n)
{
    if (!n || !utf8_is_id_start(s[0]))
        return false;
    for (size_t i = 1; i < n; i++)
        if (!utf8_is_id_continue(s[i]))
            return false;
    return true;
}

static void checkgroupname(Parser *P, const uint32_t *name, size_t n, long offset)
{
    if (!is_identifier(name, n)) {
        snprintf(P->err->msg, sizeof P->err->msg, "bad character in group name ");
        put_repr(P->err->msg, sizeof P->err->msg, name, n, P->istext);
        fail_at(P, (long)n + offset);
    }
}

static char *name_utf8(Parser *P, const uint32_t *name, size_t n)
{
    char *s = p_alloc(P, n * 4 + 1), *o = s;
    for (size_t i = 0; i < n; i++)
        o += utf8_encode(name[i], o);
    *o = 0;
    return s;
}

static int group_by_name(Parser *P, const char *name)
{
    for (int g = 1; g < P->ngroups; g++)
        if (P->names[g] && !strcmp(P->names[g], name))
            return g;
    return -1;
}

/* ------------------------------------------------------------------ */
/* Tree                                                                */
/* ------------------------------------------------------------------ */

static Node *node(Parser *P, NodeType t)
{
    Node *n = p_alloc(P, sizeof *n);
    n->type = t;
    n->group = -1;
    return n;
}

static void add_kid(Node *parent, Node *kid)
{
    if (parent->last)
        parent->last->next = kid;
    else
        parent->kids = kid;
    parent->last = kid;
}

static Node *char_node(Parser *P, uint32_t c)
{
    Node *n = node(P, N_CHAR);
    n->c = c;
    return n;
}

static void cb_add(Parser *P, ClassBuf *b, uint32_t lo, uint32_t hi)
{
    if (b->n + 2 > b->cap) {
        int cap = b->cap ? b->cap * 2 : 16;
        uint32_t *r = p_alloc(P, (size_t)cap * sizeof *r);
        if (b->n)
            memcpy(r, b->r, (size_t)b->n * sizeof *r);
        b->r = r;
        b->cap = cap;
    }
    b->r[b->n++] = lo;
    b->r[b->n++] = hi;
}

/* Escape results: a literal, a category (class items), or a node. */
typedef struct Esc {
    int kind;           /* 0 literal c, 1 category cat, 2 node */
    uint32_t c;
    int cat;
    Node *node;
} Esc;

static int category_of(uint32_t e)
{
    switch (e) {
    case 'd': return CAT_DIGIT;
    case 'D': return CAT_NOT_DIGIT;
    case 's': return CAT_SPACE;
    case 'S': return CAT_NOT_SPACE;
    case 'w': return CAT_WORD;
    case 'W': return CAT_NOT_WORD;
    default: return 0;
    }
}

static int simple_escape(uint32_t e)
{
    switch (e) {
    case 'a': return 7;
    case 'b': return 8;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 't': return 9;
    case 'v': return 11;
    case '\\': return '\\';
    default: return -1;
    }
}

static bool is_ascii_letter(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int hexval(uint32_t c)
{
    return c <= '9' ? (int)c - '0' : (int)(c | 0x20) - 'a' + 10;
}

/* getwhile(n, charset) appended to esc; returns how many were taken. */
static size_t getwhile(Parser *P, size_t n, const char *set, uint32_t *esc, size_t *len)
{
    size_t k = 0;
    while (k < n && next_in(P, set)) {
        esc[(*len)++] = P->tok[0];
        advance(P);
        k++;
    }
    return k;
}

/* \x \u \U \N and octal, shared by both escape parsers. Returns true with
 * *out set when it was one of them. */
static bool numeric_escape(Parser *P, uint32_t *esc, size_t *len, uint32_t *out)
{
    uint32_t c = esc[1];
    size_t want = c == 'x' ? 2 : c == 'u' && P->istext ? 4 : c == 'U' && P->istext ? 8 : 0;
    if (want) {
        getwhile(P, want, HEXDIGITS, esc, len);
        if (*len != want + 2)
            fail_escape(P, "incomplete escape ", esc, *len, (long)*len);
        uint64_t v = 0;
        for (size_t i = 2; i < *len; i++)
            v = v * 16 + (uint64_t)hexval(esc[i]);
        if (c == 'U' && v > 0x7fffffff) {       /* chr() of it: OverflowError */
            snprintf(P->err->msg, sizeof P->err->msg, "Python int too large to convert to C int");
            P->err->pos = -1;
            P->err->kind = 1;
            longjmp(P->fail, 1);
        }
        if (c == 'U' && v > 0x10ffff)           /* chr()'s ValueError: a bad escape */
            fail_escape(P, "bad escape ", esc, *len, (long)*len);
        *out = (uint32_t)v;
        return true;
    }
    if (c == 'N' && P->istext) {
        if (!match_ch(P, '{'))
            failf(P, 0, "missing {");
        size_t n;
        uint32_t *name = getuntil(P, '}', "character name", &n);
        snprintf(P->err->msg, sizeof P->err->msg, "undefined character name ");
        put_repr(P->err->msg, sizeof P->err->msg, name, n, true);
        fail_at(P, (long)n + 4);        /* no Unicode name table in kata Python */
    }
    return false;
}

/* _class_escape: an escape inside [...]. */
static Esc class_escape(Parser *P)
{
    uint32_t esc[16];
    size_t len = 2;
    esc[0] = '\\';
    esc[1] = P->tok[1];
    advance(P);
    Esc r = {0};
    int se = simple_escape(esc[1]);
    if (se >= 0) {
        r.c = (uint32_t)se;
        return r;
    }
    int cat = category_of(esc[1]);
    if (cat) {
        r.kind = 1;
        r.cat = cat;
        return r;
    }
    uint32_t v;
    if (numeric_escape(P, esc, &len, &v)) {
        r.c = v;
        return r;
    }
    uint32_t c = esc[1];
    if (c < 128 && strchr(OCTDIGITS, (int)c)) {
        getwhile(P, 2, OCTDIGITS, esc, &len);
        v = 0;
        for (size_t i = 1; i < len; i++)
            v = v * 8 + (esc[i] - '0');
        if (v > 0377)
            fail_escape2(P, "octal escape value ", esc, len, (long)len, " outside of range 0-0o377");
        r.c = v;
        return r;
    }
    if (c == '8' || c == '9' || is_ascii_letter(c))
        fail_escape(P, "bad escape ", esc, len, (long)len);
    r.c = c;
    return r;
}

/* _escape: an escape outside a class. */
static Esc escape(Parser *P)
{
    uint32_t esc[16];
    size_t len = 2;
    esc[0] = '\\';
    esc[1] = P->tok[1];
    advance(P);
    Esc r = {0};
    uint32_t c = esc[1];
    int at = c == 'A' ? AT_BEGIN_STRING : c == 'Z' ? AT_END_STRING : c == 'b' ? AT_BOUNDARY
           : c == 'B' ? AT_NON_BOUNDARY : -1;
    if (at >= 0) {
        r.kind = 2;
        r.node = node(P, N_AT);
        r.node->c = (uint32_t)at;
        return r;
    }
    int cat = category_of(c);
    if (cat) {
        r.kind = 1;
        r.cat = cat;
        return r;
    }
    int se = simple_escape(c);
    if (se >= 0) {
        r.c = (uint32_t)se;
        return r;
    }
    uint32_t v;
    if (numeric_escape(P, esc, &len, &v)) {
        r.c = v;
        return r;
    }
    if (c == '0') {
        getwhile(P, 2, OCTDIGITS, esc, &len);
        v = 0;
        for (size_t i = 1; i < len; i++)
            v = v * 8 + (esc[i] - '0');
        r.c = v;
        return r;
    }
    if (c >= '1' && c <= '9') {
        if (next_in(P, DIGITS)) {
            esc[len++] = P->tok[0];
            advance(P);
            if (esc[1] <= '7' && esc[2] <= '7' && next_in(P, OCTDIGITS)) {
                esc[len++] = P->tok[0];
                advance(P);
                v = (esc[1] - '0') * 64 + (esc[2] - '0') * 8 + (esc[3] - '0');
                if (v > 0377)
                    fail_escape2(P, "octal escape value ", esc, len, (long)len, " outside of range 0-0o377");
                r.c = v;
                return r;
            }
        }
        int group = 0;
        for (size_t i = 1; i < len; i++)
            group = group * 10 + (int)(esc[i] - '0');
        if (group < P->ngroups) {
            if (!P->gw_closed[group])
                failf(P, (long)len, "cannot refer to an open group");
            if (P->lookbehind >= 0) {
                if (group >= P->lookbehind)
                    failf(P, 0, "cannot refer to group defined in the same lookbehind subpattern");
            }
            r.kind = 2;
            r.node = node(P, N_BACKREF);
            r.node->group = group;
            return r;
        }
        failf(P, (long)len - 1, "invalid group reference %d", group);
    }
    if (is_ascii_letter(c))
        fail_escape(P, "bad escape ", esc, len, (long)len);
    r.c = c;
    return r;
}

/* ------------------------------------------------------------------ */
/* Widths (SubPattern.getwidth)                                        */
/* ------------------------------------------------------------------ */

static long wadd(long a, long b)
{
    return a >= MAXWIDTH - b ? MAXWIDTH : a + b;
}

static long wmul(long a, long b)
{
    if (!a || !b)
        return 0;
    return a > MAXWIDTH / b ? MAXWIDTH : a * b;
}

static void width(Parser *P, const Node *n, long *lo, long *hi)
{
    long l = 0, h = 0, a, b;
    switch (n->type) {
    case N_SEQ:
        for (const Node *k = n->kids; k; k = k->next) {
            width(P, k, &a, &b);
            l = wadd(l, a);
            h = wadd(h, b);
        }
        break;
    case N_ALT:
        l = MAXWIDTH;
        for (const Node *k = n->kids; k; k = k->next) {
            width(P, k, &a, &b);
            l = a < l ? a : l;
            h = b > h ? b : h;
        }
        break;
    case N_CHAR: case N_ANY: case N_CLASS:
        l = h = 1;
        break;
    case N_GROUP: case N_ATOMIC:
        width(P, n->kids, &l, &h);
        break;
    case N_REPEAT:
        width(P, n->kids, &a, &b);
        l = wmul(a, n->min);
        h = n->max < 0 ? (b ? MAXWIDTH : 0) : wmul(b, n->max);
        break;
    case N_BACKREF:
        l = P->gw_lo[n->group];
        h = P->gw_hi[n->group];
        break;
    case N_COND:
        width(P, n->kids, &l, &h);
        if (n->no) {
            width(P, n->no, &a, &b);
            l = a < l ? a : l;
            h = b > h ? b : h;
        } else {
            l = 0;
        }
        break;
    case N_AT: case N_LOOK:
        break;
    }
    *lo = l;
    *hi = h;
}

/* ------------------------------------------------------------------ */
/* Parser (_parse_sub, _parse, _parse_flags)                           */
/* ------------------------------------------------------------------ */

static const int FLAG_OF[128] = {
    ['i'] = REGEX_I, ['L'] = REGEX_L, ['m'] = REGEX_M, ['s'] = REGEX_S, ['x'] = REGEX_X,
    ['a'] = REGEX_A, ['t'] = REGEX_TEMPLATE, ['u'] = REGEX_U,
};
#define TYPE_FLAGS (REGEX_A | REGEX_L | REGEX_U)
#define GLOBAL_FLAGS (REGEX_DEBUG | REGEX_TEMPLATE)

static int flag_of(int len, uint32_t c)
{
    return len == 1 && c < 128 ? FLAG_OF[c] : 0;
}

static bool is_alpha(uint32_t c)
{
    return c < 128 ? is_ascii_letter(c) : (utf8_flags(c) & UF_ALPHA) != 0;
}


static Node *parse_sub(Parser *P, bool verbose, int nested);

/* Returns true for global flags "(?i)", with add/del unset. */
static bool parse_flags(Parser *P, int len, uint32_t ch, int *add, int *del)
{
    *add = *del = 0;
    if (!(len == 1 && ch == '-')) {
        for (;;) {
            int flag = flag_of(len, ch);
            if (P->istext) {
                if (ch == 'L')
                    failf(P, 0, "bad inline flags: cannot use 'L' flag with a str pattern");
            } else if (ch == 'u') {
                failf(P, 0, "bad inline flags: cannot use 'u' flag with a bytes pattern");
            }
            *add |= flag;
            if ((flag & TYPE_FLAGS) && (*add & TYPE_FLAGS) != flag)
                failf(P, 0, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
            len = P->toklen;
            ch = P->tok[0];
            advance(P);
            if (!len)
                failf(P, 0, "missing -, : or )");
            if (len == 1 && (ch == ')' || ch == '-' || ch == ':'))
                break;
            if (!flag_of(len, ch))
                failf(P, len, len == 1 && is_alpha(ch) ? "unknown flag" : "missing -, : or )");
        }
    }
    if (ch == ')') {
        P->flags |= *add;
        return true;
    }
    if (*add & GLOBAL_FLAGS)
        failf(P, 1, "bad inline flags: cannot turn on global flag");
    if (ch == '-') {
        len = P->toklen;
        ch = P->tok[0];
        advance(P);
        if (!len)
            failf(P, 0, "missing flag");
        if (!flag_of(len, ch))
            failf(P, len, len == 1 && is_alpha(ch) ? "unknown flag" : "missing flag");
        for (;;) {
            int flag = flag_of(len, ch);
            if (flag & TYPE_FLAGS)
                failf(P, 0, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
            *del |= flag;
            len = P->toklen;
            ch = P->tok[0];
            advance(P);
            if (!len)
                failf(P, 0, "missing :");
            if (len == 1 && ch == ':')
                break;
            if (!flag_of(len, ch))
                failf(P, len, len == 1 && is_alpha(ch) ? "unknown flag" : "missing :");
        }
    }
    if (*del & GLOBAL_FLAGS)
        failf(P, 1, "bad inline flags: cannot turn off global flag");
    if (*add & *del)
        failf(P, 1, "bad inline flags: flag turned on and off");
    return false;
}

static int opengroup(Parser *P, const char *name, long name_off)
{
    int gid = P->ngroups;
    if (gid + 1 > P->gw_cap) {
        int cap = P->gw_cap * 2;
        long *lo = p_alloc(P, (size_t)cap * sizeof *lo), *hi = p_alloc(P, (size_t)cap * sizeof *hi);
        bool *cl = p_alloc(P, (size_t)cap);
        char **nm = p_alloc(P, (size_t)cap * sizeof *nm);
        memcpy(lo, P->gw_lo, (size_t)P->gw_cap * sizeof *lo);
        memcpy(hi, P->gw_hi, (size_t)P->gw_cap * sizeof *hi);
        memcpy(cl, P->gw_closed, (size_t)P->gw_cap);
        memcpy(nm, P->names, (size_t)P->gw_cap * sizeof *nm);
        P->gw_lo = lo, P->gw_hi = hi, P->gw_closed = cl, P->names = nm, P->gw_cap = cap;
    }
    P->ngroups++;
    if (P->ngroups > MAXGROUPS)
        failf(P, name_off, "too many groups");
    if (name) {
        int og = group_by_name(P, name);
        if (og >= 0) {
            char *q = P->err->msg;
            snprintf(q, sizeof P->err->msg, "redefinition of group name ");
            size_t n = 0;
            uint32_t tmp[256];
            for (size_t i = 0; name[i] && n < 256;)
                tmp[n++] = utf8_decode(name, &i);
            put_repr(q, sizeof P->err->msg, tmp, n, P->istext);
            size_t k = strlen(q);
            snprintf(q + k, sizeof P->err->msg - k, " as group %d; was group %d", gid, og);
            fail_at(P, name_off);
        }
        P->names[gid] = (char *)name;
    }
    return gid;
}

static Node *repeat_target(Node *seq)
{
    return seq->last;
}

/* _parse: one alternative (a sequence). */
static Node *parse(Parser *P, bool verbose, int nested, bool first)
{
    Node *seq = node(P, N_SEQ);
    if (++P->depth > 400)
        failf(P, 0, "too many nested groups");
    for (;;) {
        if (!P->toklen)
            break;
        if (next_in(P, "|)"))
            break;
        int len = P->toklen;
        uint32_t ch = P->tok[0];
        if (len == 2) {
            Esc e = escape(P);
            if (e.kind == 0) {
                add_kid(seq, char_node(P, e.c));
            } else if (e.kind == 1) {
                ClassBuf b = {0};
                b.cats = e.cat;
                if (P->classes.n == P->classes.cap) {
                    int cap = P->classes.cap ? P->classes.cap * 2 : 8;
                    ClassBuf *v = p_alloc(P, (size_t)cap * sizeof *v);
                    if (P->classes.n)
                        memcpy(v, P->classes.v, (size_t)P->classes.n * sizeof *v);
                    P->classes.v = v;
                    P->classes.cap = cap;
                }
                P->classes.v[P->classes.n] = b;
                Node *k = node(P, N_CLASS);
                k->c = (uint32_t)P->classes.n++;
                add_kid(seq, k);
            } else {
                add_kid(seq, e.node);
            }
            continue;
        }
        advance(P);
        if (verbose) {
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f')
                continue;
            if (ch == '#') {
                for (;;) {
                    int l2 = P->toklen;
                    uint32_t c2 = P->tok[0];
                    advance(P);
                    if (!l2 || (l2 == 1 && c2 == '\n'))
                        break;
                }
                continue;
            }
        }
        if (ch >= 128 || !strchr(".\\[{()*+?^$|", (int)ch)) {
            add_kid(seq, char_node(P, ch));
        } else if (ch == '[') {
            long here = tell(P) - 1;
            ClassBuf b = {0};
            int items = 0;
            uint32_t single = 0;
            bool single_lit = false;
            b.negate = match_ch(P, '^');
            for (;;) {
                int tl = P->toklen;
                uint32_t t0 = P->tok[0];
                if (!tl)
                    failf(P, tell(P) - here, "unterminated character set");
                if (tl == 1 && t0 == ']' && items) {
                    advance(P);
                    break;
                }
                Esc c1;
                uint32_t this_txt[2] = { t0, P->tok[1] };
                if (tl == 2) {
                    c1 = class_escape(P);
                } else {
                    advance(P);
                    c1 = (Esc){0};
                    c1.c = t0;
                }
                if (match_ch(P, '-')) {
                    int l2 = P->toklen;
                    uint32_t u0 = P->tok[0];
                    if (!l2)
                        failf(P, tell(P) - here, "unterminated character set");
                    if (l2 == 1 && u0 == ']') {
                        if (c1.kind == 1)
                            b.cats |= c1.cat;
                        else
                            cb_add(P, &b, c1.c, c1.c);
                        cb_add(P, &b, '-', '-');
                        items += 2;
                        single_lit = false;
                        advance(P);
                        break;
                    }
                    uint32_t that_txt[2] = { u0, P->tok[1] };
                    Esc c2;
                    if (l2 == 2) {
                        c2 = class_escape(P);
                    } else {
                        advance(P);
                        c2 = (Esc){0};
                        c2.c = u0;
                    }
                    if (c1.kind != 0 || c2.kind != 0 || c2.c < c1.c) {
                        snprintf(P->err->msg, sizeof P->err->msg, "bad character range ");
                        for (int i = 0; i < tl; i++)
                            put_char(P->err->msg, sizeof P->err->msg, this_txt[i], P->istext);
                        put_char(P->err->msg, sizeof P->err->msg, '-', true);
                        for (int i = 0; i < l2; i++)
                            put_char(P->err->msg, sizeof P->err->msg, that_txt[i], P->istext);
                        fail_at(P, tl + 1 + l2);
                    }
                    cb_add(P, &b, c1.c, c2.c);
                    items++;
                    single_lit = false;
                } else {
                    if (c1.kind == 1) {
                        b.cats |= c1.cat;
                        single_lit = false;
                    } else {
                        cb_add(P, &b, c1.c, c1.c);
                        if (!items || (single_lit && single == c1.c)) {
                            single_lit = true;
                            single = c1.c;
                        } else {
                            single_lit = false;
                        }
                    }
                    items++;
                }
            }
            if (single_lit && !b.negate) {
                add_kid(seq, char_node(P, single));
                continue;
            }
            if (P->classes.n == P->classes.cap) {
                int cap = P->classes.cap ? P->classes.cap * 2 : 8;
                ClassBuf *v = p_alloc(P, (size_t)cap * sizeof *v);
                if (P->classes.n)
                    memcpy(v, P->classes.v, (size_t)P->classes.n * sizeof *v);
                P->classes.v = v;
                P->classes.cap = cap;
            }
            P->classes.v[P->classes.n] = b;
            Node *k = node(P, N_CLASS);
            k->c = (uint32_t)P->classes.n++;
            add_kid(seq, k);
        } else if (ch == '*' || ch == '+' || ch == '?' || ch == '{') {
            long here = tell(P);
            long min = 0, max = -1;
            if (ch == '?') {
                max = 1;
            } else if (ch == '+') {
                min = 1;
            } else if (ch == '{') {
                if (next_is(P, '}')) {
                    add_kid(seq, char_node(P, '{'));
                    continue;
                }
                long lo = -1, hi = -1;
                bool big_lo = false, big_hi = false;
                while (next_in(P, DIGITS)) {
                    long d = (long)(P->tok[0] - '0');
                    if (lo < 0)
                        lo = 0;
                    if (lo > (MAXREPEAT * 10))
                        big_lo = true;
                    else
                        lo = lo * 10 + d;
                    advance(P);
                }
                if (match_ch(P, ',')) {
                    while (next_in(P, DIGITS)) {
                        long d = (long)(P->tok[0] - '0');
                        if (hi < 0)
                            hi = 0;
                        if (hi > (MAXREPEAT * 10))
                            big_hi = true;
                        else
                            hi = hi * 10 + d;
                        advance(P);
                    }
                } else {
                    hi = lo;
                    big_hi = big_lo;
                }
                if (!match_ch(P, '}')) {
                    add_kid(seq, char_node(P, '{'));
                    seek(P, (size_t)here);
                    continue;
                }
                if (lo >= 0) {
                    if (big_lo || lo >= MAXREPEAT) {
                        snprintf(P->err->msg, sizeof P->err->msg, "the repetition number is too large");
                        P->err->pos = -1;
                        P->err->kind = 1;
                        longjmp(P->fail, 1);
                    }
                    min = lo;
                }
                if (hi >= 0) {
                    if (big_hi || hi >= MAXREPEAT) {
                        snprintf(P->err->msg, sizeof P->err->msg, "the repetition number is too large");
                        P->err->pos = -1;
                        P->err->kind = 1;
                        longjmp(P->fail, 1);
                    }
                    max = hi;
                    if (max < min)
                        failf(P, tell(P) - here, "min repeat greater than max repeat");
                }
            }
            Node *item = repeat_target(seq);
            if (!item || item->type == N_AT)
                failf(P, tell(P) - here + 1, "nothing to repeat");
            if (item->type == N_REPEAT)
                failf(P, tell(P) - here + 1, "multiple repeat");
            Node *rep = node(P, N_REPEAT);
            rep->min = min;
            rep->max = max;
            rep->greedy = match_ch(P, '?') ? 0 : match_ch(P, '+') ? 2 : 1;
            /* replace the last item by the repeat of it */
            Node *prev = NULL;
            for (Node *k = seq->kids; k != item; k = k->next)
                prev = k;
            if (prev)
                prev->next = rep;
            else
                seq->kids = rep;
            seq->last = rep;
            item->next = NULL;
            rep->kids = rep->last = item;
        } else if (ch == '.') {
            add_kid(seq, node(P, N_ANY));
        } else if (ch == '(') {
            long start = tell(P) - 1;
            bool capture = true, atomic = false;
            const char *name = NULL;
            long name_off = 0;
            int add = 0, del = 0;
            if (match_ch(P, '?')) {
                int cl = P->toklen;
                uint32_t c = P->tok[0], c_esc = P->tok[1];
                advance(P);
                if (!cl)
                    failf(P, 0, "unexpected end of pattern");
                if (cl == 1 && c == 'P') {
                    if (match_ch(P, '<')) {
                        size_t n;
                        uint32_t *nm = getuntil(P, '>', "group name", &n);
                        checkgroupname(P, nm, n, 1);
                        name = name_utf8(P, nm, n);
                        name_off = (long)n + 1;
                    } else if (match_ch(P, '=')) {
                        size_t n;
                        uint32_t *nm = getuntil(P, ')', "group name", &n);
                        checkgroupname(P, nm, n, 1);
                        int gid = group_by_name(P, name_utf8(P, nm, n));
                        if (gid < 0) {
                            snprintf(P->err->msg, sizeof P->err->msg, "unknown group name ");
                            put_repr(P->err->msg, sizeof P->err->msg, nm, n, P->istext);
                            fail_at(P, (long)n + 1);
                        }
                        if (!P->gw_closed[gid])
                            failf(P, (long)n + 1, "cannot refer to an open group");
                        if (P->lookbehind >= 0 && gid >= P->lookbehind)
                            failf(P, 0, "cannot refer to group defined in the same lookbehind subpattern");
                        Node *k = node(P, N_BACKREF);
                        k->group = gid;
                        add_kid(seq, k);
                        continue;
                    } else {
                        int l3 = P->toklen;
                        uint32_t t3[2] = { P->tok[0], P->tok[1] };
                        advance(P);
                        if (!l3)
                            failf(P, 0, "unexpected end of pattern");
                        uint32_t e[3] = { '?', 'P', t3[0] };
                        uint32_t e4[4] = { '?', 'P', t3[0], t3[1] };
                        if (l3 == 2)
                            fail_escape(P, "unknown extension ", e4, 4, 4);
                        fail_escape(P, "unknown extension ", e, 3, 3);
                    }
                } else if (cl == 1 && c == ':') {
                    capture = false;
                } else if (cl == 1 && c == '#') {
                    for (;;) {
                        if (!P->toklen)
                            failf(P, tell(P) - start, "missing ), unterminated comment");
                        bool close = next_is(P, ')');
                        advance(P);
                        if (close)
                            break;
                    }
                    continue;
                } else if (cl == 1 && (c == '=' || c == '!' || c == '<')) {
                    bool behind = false;
                    int saved_lb = P->lookbehind;
                    if (c == '<') {
                        int l3 = P->toklen;
                        uint32_t t3[2] = { P->tok[0], P->tok[1] };
                        advance(P);
                        if (!l3)
                            failf(P, 0, "unexpected end of pattern");
                        if (!(l3 == 1 && (t3[0] == '=' || t3[0] == '!'))) {
                            uint32_t e[4] = { '?', '<', t3[0], t3[1] };
                            fail_escape(P, "unknown extension ", e, (size_t)l3 + 2, l3 + 2);
                        }
                        c = t3[0];
                        behind = true;
                        if (P->lookbehind < 0)
                            P->lookbehind = P->ngroups;
                    }
                    Node *sub = parse_sub(P, verbose, nested + 1);
                    if (behind && saved_lb < 0)
                        P->lookbehind = -1;
                    if (!match_ch(P, ')'))
                        failf(P, tell(P) - start, "missing ), unterminated subpattern");
                    Node *k = node(P, N_LOOK);
                    k->neg = c == '!';
                    k->behind = behind;
                    k->kids = k->last = sub;
                    add_kid(seq, k);
                    continue;
                } else if (cl == 1 && c == '(') {
                    size_t n;
                    uint32_t *nm = getuntil(P, ')', "group name", &n);
                    int cg;
                    if (is_identifier(nm, n)) {
                        cg = group_by_name(P, name_utf8(P, nm, n));
                        if (cg < 0) {
                            snprintf(P->err->msg, sizeof P->err->msg, "unknown group name ");
                            put_repr(P->err->msg, sizeof P->err->msg, nm, n, P->istext);
                            fail_at(P, (long)n + 1);
                        }
                    } else {
                        long v = 0;
                        bool ok = n > 0;
                        size_t i = 0;
                        /* int(condname): optional sign and surrounding spaces */
                        while (i < n && (nm[i] == ' ' || nm[i] == '\t'))
                            i++;
                        if (i < n && nm[i] == '+')
                            i++;
                        size_t digits = 0;
                        for (; i < n && nm[i] >= '0' && nm[i] <= '9'; i++, digits++)
                            v = v > 100000000000L ? v : v * 10 + (long)(nm[i] - '0');
                        while (i < n && (nm[i] == ' ' || nm[i] == '\t'))
                            i++;
                        if (!digits || i != n)
                            ok = false;
                        if (!ok) {
                            snprintf(P->err->msg, sizeof P->err->msg, "bad character in group name ");
                            put_repr(P->err->msg, sizeof P->err->msg, nm, n, P->istext);
                            fail_at(P, (long)n + 1);
                        }
                        if (!v)
                            failf(P, (long)n + 1, "bad group number");
                        if (v >= MAXGROUPS)
                            failf(P, (long)n + 1, "invalid group reference %ld", v);
                        cg = (int)v;
                        if (cg >= P->grp_cap) {
                            int cap = cg + 16;
                            long *gp = p_alloc(P, (size_t)cap * sizeof *gp);
                            for (int i2 = 0; i2 < cap; i2++)
                                gp[i2] = i2 < P->grp_cap ? P->grouprefpos[i2] : -1;
                            P->grouprefpos = gp;
                            P->grp_cap = cap;
                        }
                        if (P->grouprefpos[cg] < 0)
                            P->grouprefpos[cg] = tell(P) - (long)n - 1;
                    }
                    if (P->lookbehind >= 0) {
                        if (!(cg < P->ngroups && P->gw_closed[cg]))
                            failf(P, 0, "cannot refer to an open group");
                        if (cg >= P->lookbehind)
                            failf(P, 0, "cannot refer to group defined in the same lookbehind subpattern");
                    }
                    Node *yes = parse(P, verbose, nested + 1, false), *no = NULL;
                    if (match_ch(P, '|')) {
                        no = parse(P, verbose, nested + 1, false);
                        if (next_is(P, '|'))
                            failf(P, 0, "conditional backref with more than two branches");
                    }
                    if (!match_ch(P, ')'))
                        failf(P, tell(P) - start, "missing ), unterminated subpattern");
                    Node *k = node(P, N_COND);
                    k->group = cg;
                    k->kids = k->last = yes;
                    k->no = no;
                    add_kid(seq, k);
                    continue;
                } else if (cl == 1 && c == '>') {
                    capture = false;
                    atomic = true;
                } else if (flag_of(cl, c) || (cl == 1 && c == '-')) {
                    if (parse_flags(P, cl, c, &add, &del)) {
                        if (!first || seq->kids)
                            failf(P, tell(P) - start, "global flags not at the start of the expression");
                        verbose = (P->flags & REGEX_X) != 0;
                        continue;
                    }
                    capture = false;
                } else {
                    uint32_t e[3] = { '?', c, c_esc };
                    fail_escape(P, "unknown extension ", e, (size_t)cl + 1, cl + 1);
                }
            }
            int group = -1;
            if (capture)
                group = opengroup(P, name, name_off);
            bool sub_verbose = (verbose || (add & REGEX_X)) && !(del & REGEX_X);
            Node *sub = parse_sub(P, sub_verbose, nested + 1);
            if (!match_ch(P, ')'))
                failf(P, tell(P) - start, "missing ), unterminated subpattern");
            Node *k;
            if (group >= 0) {
                width(P, sub, &P->gw_lo[group], &P->gw_hi[group]);
                P->gw_closed[group] = true;
            }
            if (atomic) {
                k = node(P, N_ATOMIC);
            } else {
                k = node(P, N_GROUP);
                k->group = group;
                k->add = add;
                k->del = del;
            }
            k->kids = k->last = sub;
            add_kid(seq, k);
        } else if (ch == '^') {
            Node *k = node(P, N_AT);
            k->c = AT_BEGIN;
            add_kid(seq, k);
        } else if (ch == '$') {
            Node *k = node(P, N_AT);
            k->c = AT_END;
            add_kid(seq, k);
        }
    }
    P->depth--;
    return seq;
}

/* _parse_sub: alternatives a|b|c. */
static Node *parse_sub(Parser *P, bool verbose, int nested)
{
    Node *alt = node(P, N_ALT);
    int n = 0;
    for (;;) {
        add_kid(alt, parse(P, verbose, nested + 1, !nested && !n));
        n++;
        if (!match_ch(P, '|'))
            break;
        if (!nested)
            verbose = (P->flags & REGEX_X) != 0;
    }
    if (n == 1)
        return alt->kids;
    return alt;
}

/* ------------------------------------------------------------------ */
/* Code generation                                                     */
/* ------------------------------------------------------------------ */

typedef struct Gen {
    Parser *P;
    RxInst *code;
    int n, cap;
    int nrepeats;
} Gen;

static int emit(Gen *G, RxOp op, int fl)
{
    if (G->n == G->cap) {
        int cap = G->cap ? G->cap * 2 : 64;
        RxInst *c = realloc(G->code, (size_t)cap * sizeof *c);
        if (!c) {
            snprintf(G->P->err->msg, sizeof G->P->err->msg, "out of memory");
            G->P->err->pos = -1;
            G->P->err->kind = 3;
            longjmp(G->P->fail, 1);
        }
        G->code = c;
        G->cap = cap;
    }
    RxInst *i = &G->code[G->n];
    memset(i, 0, sizeof *i);
    i->op = (uint8_t)op;
    i->fl = (uint8_t)fl;
    return G->n++;
}

static int inst_flags(const Parser *P, int flags)
{
    int fl = 0;
    if (flags & REGEX_I)
        fl |= RXF_ICASE;
    if (P->istext && !(flags & REGEX_A))
        fl |= RXF_UNI;
    if (flags & REGEX_M)
        fl |= RXF_MULTI;
    if (flags & REGEX_S)
        fl |= RXF_DOTALL;
    return fl;
}

static _Noreturn void gen_fail(Gen *G, const char *msg)
{
    snprintf(G->P->err->msg, sizeof G->P->err->msg, "%s", msg);
    G->P->err->pos = -1;
    G->P->err->kind = 0;
    longjmp(G->P->fail, 1);
}

/* The single-width item a repeat can run with RX_ONE, or NULL. */
static const Node *single_item(const Node *n)
{
    while (n->type == N_SEQ && n->kids && !n->kids->next)
        n = n->kids;
    if (n->type == N_GROUP && n->group < 0 && !n->add && !n->del)
        return single_item(n->kids);
    return n->type == N_CHAR || n->type == N_ANY || n->type == N_CLASS ? n : NULL;
}

static void gen(Gen *G, const Node *n, int flags);

static void gen_item(Gen *G, const Node *n, int fl)
{
    int i;
    switch (n->type) {
    case N_CHAR:
        i = emit(G, RX_CHAR, fl);
        G->code[i].arg = n->c;
        break;
    case N_ANY:
        emit(G, RX_ANY, fl);
        break;
    case N_CLASS:
        i = emit(G, RX_CLASS, fl);
        G->code[i].arg = n->c;
        break;
    default:
        break;
    }
}

static void gen(Gen *G, const Node *n, int flags)
{
    int fl = inst_flags(G->P, flags), i, j;
    switch (n->type) {
    case N_SEQ:
        for (const Node *k = n->kids; k; k = k->next)
            gen(G, k, flags);
        break;
    case N_ALT: {
        int jumps[1024], nj = 0;
        int *jp = jumps;
        int count = 0;
        for (const Node *k = n->kids; k; k = k->next)
            count++;
        if (count > 1024)
            jp = p_alloc(G->P, (size_t)count * sizeof *jp);
        for (const Node *k = n->kids; k; k = k->next) {
            if (k->next) {
                i = emit(G, RX_SPLIT, 0);
                gen(G, k, flags);
                jp[nj++] = emit(G, RX_JMP, 0);
                G->code[i].y = G->n;
            } else {
                gen(G, k, flags);
            }
        }
        for (int q = 0; q < nj; q++)
            G->code[jp[q]].y = G->n;
        break;
    }
    case N_CHAR: case N_ANY: case N_CLASS:
        gen_item(G, n, fl);
        break;
    case N_AT: {
        uint32_t at = n->c;
        if (at == AT_BEGIN && (flags & REGEX_M))
            at = AT_BEGIN_LINE;
        if (at == AT_END && (flags & REGEX_M))
            at = AT_END_LINE;
        i = emit(G, RX_AT, fl);
        G->code[i].arg = at;
        break;
    }
    case N_GROUP:
        if (n->group >= 0) {
            i = emit(G, RX_SAVE, 0);
            G->code[i].arg = (uint32_t)(2 * n->group);
        }
        gen(G, n->kids, (flags | n->add) & ~n->del);
        if (n->group >= 0) {
            i = emit(G, RX_SAVE, 0);
            G->code[i].arg = (uint32_t)(2 * n->group + 1);
        }
        break;
    case N_REPEAT: {
        const Node *one = single_item(n->kids);
        if (one) {
            i = emit(G, RX_ONE, fl);
            G->code[i].min = n->min;
            G->code[i].max = n->max;
            G->code[i].greedy = (uint8_t)n->greedy;
            gen_item(G, one, fl);
            G->code[i].y = G->n;
            break;
        }
        int atom = -1;
        if (n->greedy == 2)
            atom = emit(G, RX_ATOMIC, 0);
        int r = G->nrepeats++;
        i = emit(G, RX_REP_INIT, 0);
        G->code[i].arg = (uint32_t)r;
        int u = emit(G, RX_REP_UNTIL, 0);
        G->code[u].arg = (uint32_t)r;
        G->code[u].min = n->min;
        G->code[u].max = n->max;
        G->code[u].greedy = n->greedy ? 1 : 0;
        gen(G, n->kids, flags);
        j = emit(G, RX_JMP, 0);
        G->code[j].y = u;
        G->code[u].y = G->n;
        if (atom >= 0) {
            emit(G, RX_ATOMIC_END, 0);
            G->code[atom].y = G->n;
        }
        break;
    }
    case N_BACKREF:
        i = emit(G, RX_BACKREF, fl);
        G->code[i].arg = (uint32_t)n->group;
        break;
    case N_LOOK: {
        long lo = 0, hi = 0;
        if (n->behind) {
            width(G->P, n->kids, &lo, &hi);
            if (lo > 0x7fffffffL)
                gen_fail(G, "looks too much behind");
            if (lo != hi)
                gen_fail(G, "look-behind requires fixed-width pattern");
        }
        i = emit(G, RX_LOOK, 0);
        G->code[i].neg = (uint8_t)n->neg;
        G->code[i].greedy = (uint8_t)n->behind;
        G->code[i].min = lo;
        gen(G, n->kids, flags);
        emit(G, RX_LOOK_END, 0);
        G->code[i].y = G->n;
        break;
    }
    case N_ATOMIC:
        i = emit(G, RX_ATOMIC, 0);
        gen(G, n->kids, flags);
        emit(G, RX_ATOMIC_END, 0);
        G->code[i].y = G->n;
        break;
    case N_COND:
        i = emit(G, RX_COND, 0);
        G->code[i].arg = (uint32_t)n->group;
        gen(G, n->kids, flags);
        if (n->no) {
            j = emit(G, RX_JMP, 0);
            G->code[i].y = G->n;
            gen(G, n->no, flags);
            G->code[j].y = G->n;
        } else {
            G->code[i].y = G->n;
        }
        break;
    }
}

/* ------------------------------------------------------------------ */
/* Public                                                              */
/* ------------------------------------------------------------------ */

static void value_error(RegexError *err, const char *msg)
{
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    err->pos = -1;
    err->kind = 2;
}

Regex *regex_compile(const uint32_t *pat, size_t len, int flags, bool bytes, RegexError *err)
{
    Parser *P = calloc(1, sizeof *P);
    Regex *re = NULL;
    Gen G = {0};
    if (!P) {
        snprintf(err->msg, sizeof err->msg, "out of memory");
        err->pos = -1;
        err->kind = 3;
        return NULL;
    }
    P->err = err;
    P->s = pat;
    P->n = len;
    P->istext = !bytes;
    P->flags = flags;
    P->lookbehind = -1;
    if (setjmp(P->fail)) {
        free(G.code);
        if (re) {
            free(re->classes);
            free(re->names);
            free(re);
        }
        free_allocs(P->allocs);
        free(P);
        return NULL;
    }
    P->gw_cap = 16;
    P->gw_lo = p_alloc(P, 16 * sizeof(long));
    P->gw_hi = p_alloc(P, 16 * sizeof(long));
    P->gw_closed = p_alloc(P, 16);
    P->names = p_alloc(P, 16 * sizeof(char *));
    P->ngroups = 1;
    advance(P);
    Node *root = parse_sub(P, (flags & REGEX_X) != 0, 0);
    /* fix_flags */
    int f = P->flags;
    if (P->istext) {
        if (f & REGEX_L) {
            value_error(err, "cannot use LOCALE flag with a str pattern");
            longjmp(P->fail, 1);
        }
        if (!(f & REGEX_A))
            f |= REGEX_U;
        else if (f & REGEX_U) {
            value_error(err, "ASCII and UNICODE flags are incompatible");
            longjmp(P->fail, 1);
        }
    } else {
        if (f & REGEX_U) {
            value_error(err, "cannot use UNICODE flag with a bytes pattern");
            longjmp(P->fail, 1);
        }
        if ((f & REGEX_L) && (f & REGEX_A)) {
            value_error(err, "ASCII and LOCALE flags are incompatible");
            longjmp(P->fail, 1);
        }
    }
    P->flags = f;
    if (P->toklen)
        failf(P, 0, "unbalanced parenthesis");
    for (int g = 0; g < P->grp_cap; g++)
        if (P->grouprefpos[g] >= 0 && g >= P->ngroups) {
            snprintf(err->msg, sizeof err->msg, "invalid group reference %d", g);
            err->pos = P->grouprefpos[g];
            err->kind = 0;
            longjmp(P->fail, 1);
        }
    G.P = P;
    gen(&G, root, f);
    ClassVec cv = P->classes;
    emit(&G, RX_MATCH, 0);

    re = calloc(1, sizeof *re);
    if (!re)
        longjmp(P->fail, 1);
    re->groups = P->ngroups - 1;
    re->flags = f;
    re->bytes = bytes;
    re->nrepeats = G.nrepeats;
    /* one block for the classes' ranges and the names */
    size_t extra = 0;
    for (int k = 0; k < cv.n; k++)
        extra += (size_t)cv.v[k].n * sizeof(uint32_t);
    for (int g = 1; g < P->ngroups; g++)
        if (P->names[g])
            extra += strlen(P->names[g]) + 1;
    re->classes = calloc(1, (size_t)(cv.n ? cv.n : 1) * sizeof(RxClass) + extra);
    re->names = calloc((size_t)P->ngroups, sizeof(char *));
    if (!re->classes || !re->names) {
        snprintf(err->msg, sizeof err->msg, "out of memory");
        err->pos = -1;
        err->kind = 3;
        longjmp(P->fail, 1);
    }
    char *blk = (char *)(re->classes + (cv.n ? cv.n : 1));
    for (int k = 0; k < cv.n; k++) {
        RxClass *c = &re->classes[k];
        c->nranges = cv.v[k].n / 2;
        c->cats = cv.v[k].cats;
        c->negate = cv.v[k].negate;
        c->ranges = (uint32_t *)blk;
        if (cv.v[k].n)
            memcpy(blk, cv.v[k].r, (size_t)cv.v[k].n * sizeof(uint32_t));
        blk += (size_t)cv.v[k].n * sizeof(uint32_t);
    }
    re->nclasses = cv.n;
    for (int g = 1; g < P->ngroups; g++)
        if (P->names[g]) {
            size_t k = strlen(P->names[g]) + 1;
            memcpy(blk, P->names[g], k);
            re->names[g] = blk;
            blk += k;
        }
    re->code = G.code;
    re->ncode = G.n;
    free_allocs(P->allocs);
    free(P);
    return re;
}

void regex_free(Regex *re)
{
    if (!re)
        return;
    free(re->code);
    free(re->classes);
    free(re->names);
    free(re);
}

int regex_flags(const Regex *re)
{
    return re->flags;
}

int regex_groups(const Regex *re)
{
    return re->groups;
}

const char *regex_group_name(const Regex *re, int g)
{
    return g >= 1 && g <= re->groups ? re->names[g] : NULL;
}

/* Layout of a copy: the Regex, the code, the classes, the name pointers,
 * then the ranges and the name bytes. */
size_t regex_size(const Regex *re)
{
    size_t n = sizeof *re + (size_t)re->ncode * sizeof(RxInst) +
               (size_t)re->nclasses * sizeof(RxClass) + (size_t)(re->groups + 1) * sizeof(char *);
    for (int k = 0; k < re->nclasses; k++)
        n += (size_t)re->classes[k].nranges * 2 * sizeof(uint32_t);
    for (int g = 1; g <= re->groups; g++)
        if (re->names[g])
            n += strlen(re->names[g]) + 1;
    return n;
}

Regex *regex_copy(const Regex *re, void *buf)
{
    char *p = buf;
    Regex *c = (Regex *)p;
    *c = *re;
    p += sizeof *re;
    c->code = (RxInst *)p;
    memcpy(p, re->code, (size_t)re->ncode * sizeof(RxInst));
    p += (size_t)re->ncode * sizeof(RxInst);
    c->classes = (RxClass *)p;
    p += (size_t)re->nclasses * sizeof(RxClass);
    c->names = (char **)p;
    p += (size_t)(re->groups + 1) * sizeof(char *);
    for (int k = 0; k < re->nclasses; k++) {
        c->classes[k] = re->classes[k];
        size_t n = (size_t)re->classes[k].nranges * 2 * sizeof(uint32_t);
        c->classes[k].ranges = (uint32_t *)p;
        if (n)
            memcpy(p, re->classes[k].ranges, n);
        p += n;
    }
    c->names[0] = NULL;
    for (int g = 1; g <= re->groups; g++) {
        c->names[g] = NULL;
        if (re->names[g]) {
            size_t n = strlen(re->names[g]) + 1;
            memcpy(p, re->names[g], n);
            c->names[g] = p;
            p += n;
        }
    }
    return c;
}
