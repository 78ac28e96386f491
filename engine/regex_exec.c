/*
 * regex_exec.c — runs a compiled regex (regex.c) over code points with
 * sre's leftmost-first backtracking: alternatives in order, greedy repeats
 * longest first, lazy ones shortest first, and the same zero-width
 * protection in repeats that CPython's sre_lib.h has (MAX_UNTIL/MIN_UNTIL:
 * a repeat stops when an optional iteration matched the empty string).
 *
 * All choice points live on one heap stack of frames. Every change to the
 * match state (group marks, lastindex, repeat counters) pushes an undo
 * frame first, so backtracking restores exactly what the path it abandons
 * changed. Lookarounds and atomic groups push a marker; when their body
 * succeeds, the choice points above the marker are dropped (the undo
 * frames are kept), and when the matcher backtracks onto the marker the
 * body has failed. No C recursion depends on the pattern or the text.
 */
#include <stdlib.h>
#include <string.h>

#include "regex_int.h"
#include "utf8.h"

enum { F_BRANCH, F_UNDO, F_ONE_GREEDY, F_ONE_LAZY, F_LAZY_MORE, F_LOOK, F_ATOMIC };

typedef struct Frame {
    uint8_t kind, neg;
    int32_t pc;
    long sp;            /* F_UNDO: the old value */
    long a;             /* F_UNDO: slot; F_ONE_*: count; F_LAZY_MORE: count; markers: previous marker */
} Frame;

typedef struct Vm {
    const Regex *re;
    const uint8_t *t8;  /* the text: bytes or ASCII (width 1) … */
    const uint32_t *t32;    /* … or code points (width 4) */
    long end;           /* endpos */
    long *slots;
    int li_slot;        /* lastindex */
    int rep_slot;       /* first repeat counter: count at rep_slot+2r, last at +1 */
    Frame *st;
    long top, cap;
    long marker;        /* innermost live marker frame, -1 */
    size_t max_stack;
    bool nomem;
} Vm;

/* The code point at index k of the text. */
static inline uint32_t ch_at(const Vm *V, long k)
{
    return V->t8 ? V->t8[k] : V->t32[k];
}

/* ------------------------------------------------------------------ */
/* Characters                                                          */
/* ------------------------------------------------------------------ */

uint32_t regex_lower(uint32_t c, bool uni)
{
    if (c < 128 || !uni)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    uint32_t out[3];
    int n = utf8_lower(c, out);
    return n >= 1 ? out[0] : c;
}

uint32_t regex_upper(uint32_t c, bool uni)
{
    if (c < 128 || !uni)
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    uint32_t out[3];
    int n = utf8_upper(c, out);
    return n == 1 ? out[0] : c;
}

bool regex_is_word(uint32_t c, bool uni)
{
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return uni && (utf8_flags(c) & (UF_ALPHA | UF_DECIMAL | UF_DIGIT | UF_NUMERIC)) != 0;
}

static bool is_digit(uint32_t c, bool uni)
{
    if (c < 128)
        return c >= '0' && c <= '9';
    return uni && (utf8_flags(c) & UF_DECIMAL) != 0;
}

static bool is_space(uint32_t c, bool uni)
{
    if (!uni)
        return c == ' ' || (c >= 9 && c <= 13);
    return utf8_isspace(c);
}

static bool in_ranges(const RxClass *k, uint32_t c)
{
    for (int i = 0; i < k->nranges; i++)
        if (c >= k->ranges[2 * i] && c <= k->ranges[2 * i + 1])
            return true;
    return false;
}

bool regex_class_has(const RxClass *k, uint32_t c, int fl)
{
    bool uni = (fl & RXF_UNI) != 0;
    bool in = in_ranges(k, c);
    if (!in && k->cats) {
        int t = k->cats;
        in = ((t & CAT_DIGIT) && is_digit(c, uni)) || ((t & CAT_NOT_DIGIT) && !is_digit(c, uni)) ||
             ((t & CAT_WORD) && regex_is_word(c, uni)) ||
             ((t & CAT_NOT_WORD) && !regex_is_word(c, uni)) ||
             ((t & CAT_SPACE) && is_space(c, uni)) || ((t & CAT_NOT_SPACE) && !is_space(c, uni));
    }
    if (!in && (fl & RXF_ICASE)) {
        uint32_t lo = regex_lower(c, uni), up = regex_upper(c, uni);
        in = (lo != c && in_ranges(k, lo)) || (up != c && in_ranges(k, up));
    }
    return in != k->negate;
}

static bool same_char(uint32_t a, uint32_t b, int fl)
{
    if (a == b)
        return true;
    if (!(fl & RXF_ICASE))
        return false;
    bool uni = (fl & RXF_UNI) != 0;
    return regex_lower(a, uni) == regex_lower(b, uni) || regex_upper(a, uni) == regex_upper(b, uni);
}

/* Does the single-width instruction i match character c? */
static bool match1(const Vm *V, const RxInst *i, uint32_t c)
{
    switch (i->op) {
    case RX_CHAR:
        return same_char(c, i->arg, i->fl);
    case RX_ANY:
        return c != '\n' || (i->fl & RXF_DOTALL);
    case RX_CLASS:
        return regex_class_has(&V->re->classes[i->arg], c, i->fl);
    default:
        return false;
    }
}

static bool at(const Vm *V, const RxInst *i, long sp)
{
    long end = V->end;
    bool uni = (i->fl & RXF_UNI) != 0;
    switch ((RxAt)i->arg) {
    case AT_BEGIN: case AT_BEGIN_STRING:
        return sp == 0;
    case AT_BEGIN_LINE:
        return sp == 0 || ch_at(V, sp - 1) == '\n';
    case AT_END:
        return sp == end || (sp + 1 == end && ch_at(V, sp) == '\n');
    case AT_END_LINE:
        return sp == end || ch_at(V, sp) == '\n';
    case AT_END_STRING:
        return sp == end;
    case AT_BOUNDARY: case AT_NON_BOUNDARY: {
        if (end == 0)
            return false;
        bool that = sp > 0 && regex_is_word(ch_at(V, sp - 1), uni);
        bool this = sp < end && regex_is_word(ch_at(V, sp), uni);
        return (this != that) == (i->arg == AT_BOUNDARY);
    }
    }
    return false;
}

/* ------------------------------------------------------------------ */
/* The stack                                                           */
/* ------------------------------------------------------------------ */

static Frame *push(Vm *V, int kind)
{
    if (V->top == V->cap) {
        long cap = V->cap ? V->cap * 2 : 256;
        if (V->max_stack && (size_t)cap * sizeof(Frame) > V->max_stack) {
            V->nomem = true;
            return NULL;
        }
        Frame *s = realloc(V->st, (size_t)cap * sizeof *s);
        if (!s) {
            V->nomem = true;
            return NULL;
        }
        V->st = s;
        V->cap = cap;
    }
    Frame *f = &V->st[V->top++];
    f->kind = (uint8_t)kind;
    return f;
}

/* Set slot i to v, remembering the old value for backtracking. */
static bool set_slot(Vm *V, int i, long v)
{
    if (V->slots[i] == v)
        return true;
    Frame *f = push(V, F_UNDO);
    if (!f)
        return false;
    f->a = i;
    f->sp = V->slots[i];
    V->slots[i] = v;
    return true;
}

/* Drop the choice points above marker m (keeping the undo frames) and
 * the marker itself: the body of a lookahead or atomic group succeeded. */
static void commit(Vm *V, long m)
{
    long j = m;
    for (long k = m + 1; k < V->top; k++)
        if (V->st[k].kind == F_UNDO)
            V->st[j++] = V->st[k];
    V->marker = V->st[m].a;
    V->top = j;
}

/* ------------------------------------------------------------------ */
/* The run                                                             */
/* ------------------------------------------------------------------ */

enum { TICK_EVERY = 1024 };

/* Try a match starting at s0 (with `advance`, an empty one does not
 * count: sre's must_advance). 1 found (*end_out set), 0 none, -1 stopped,
 * -2 out of memory. */
static int run(Vm *V, long s0, bool full, bool advance, long *end_out, uint64_t *steps, RegexTick tick, void *ud)
{
    const RxInst *code = V->re->code;
    long end = V->end;
    long sp = s0;
    int pc = 0;
    V->top = 0;
    V->marker = -1;
    for (;;) {
        if (++*steps >= TICK_EVERY) {
            if (tick && tick(ud, *steps))
                return -1;
            *steps = 0;
        }
        const RxInst *i = &code[pc];
        switch ((RxOp)i->op) {
        case RX_CHAR: case RX_ANY: case RX_CLASS:
            if (sp < end && match1(V, i, ch_at(V, sp))) {
                sp++;
                pc++;
                continue;
            }
            goto fail;
        case RX_AT:
            if (at(V, i, sp)) {
                pc++;
                continue;
            }
            goto fail;
        case RX_SPLIT: {
            Frame *f = push(V, F_BRANCH);
            if (!f)
                return -2;
            f->pc = i->y;
            f->sp = sp;
            pc++;
            continue;
        }
        case RX_JMP:
            pc = i->y;
            continue;
        case RX_SAVE:
            if (!set_slot(V, (int)i->arg, sp))
                return -2;
            if ((i->arg & 1) && !set_slot(V, V->li_slot, (long)(i->arg / 2)))
                return -2;
            pc++;
            continue;
        case RX_REP_INIT: {
            int c = V->rep_slot + 2 * (int)i->arg;
            if (!set_slot(V, c, -1) || !set_slot(V, c + 1, -1))
                return -2;
            pc++;
            continue;
        }
        case RX_REP_UNTIL: {
            int c = V->rep_slot + 2 * (int)i->arg;
            long count = V->slots[c] + 1;
            if (count < i->min) {
                if (!set_slot(V, c, count))
                    return -2;
                pc++;
                continue;
            }
            if (i->greedy) {
                if ((i->max < 0 || count < i->max) && sp != V->slots[c + 1]) {
                    Frame *f = push(V, F_BRANCH);
                    if (!f)
                        return -2;
                    f->pc = i->y;
                    f->sp = sp;
                    if (!set_slot(V, c, count) || !set_slot(V, c + 1, sp))
                        return -2;
                    pc++;
                    continue;
                }
                pc = i->y;
                continue;
            }
            Frame *f = push(V, F_LAZY_MORE);
            if (!f)
                return -2;
            f->pc = pc;
            f->sp = sp;
            f->a = count;
            pc = i->y;
            continue;
        }
        case RX_ONE: {
            const RxInst *item = i + 1;
            long n = 0;
            if (i->greedy) {
                long lim = i->max < 0 || i->max > end - sp ? end - sp : i->max;
                while (n < lim && match1(V, item, ch_at(V, sp + n)))
                    n++;
                *steps += (uint64_t)n / 8;
                if (n < i->min)
                    goto fail;
                if (i->greedy == 1 && n > i->min) {
                    Frame *f = push(V, F_ONE_GREEDY);
                    if (!f)
                        return -2;
                    f->pc = pc;
                    f->sp = sp;
                    f->a = n;
                }
            } else {
                if (i->min > end - sp)
                    goto fail;
                while (n < i->min && match1(V, item, ch_at(V, sp + n)))
                    n++;
                if (n < i->min)
                    goto fail;
                if (i->max < 0 || n < i->max) {
                    Frame *f = push(V, F_ONE_LAZY);
                    if (!f)
                        return -2;
                    f->pc = pc;
                    f->sp = sp;
                    f->a = n;
                }
            }
            sp += n;
            pc = i->y;
            continue;
        }
        case RX_BACKREF: {
            long gs = V->slots[2 * i->arg], ge = V->slots[2 * i->arg + 1];
            if (gs < 0 || ge < 0 || ge < gs)
                goto fail;
            long len = ge - gs;
            if (len > end - sp)
                goto fail;
            for (long k = 0; k < len; k++)
                if (!same_char(ch_at(V, sp + k), ch_at(V, gs + k), i->fl))
                    goto fail;
            sp += len;
            pc++;
            continue;
        }
        case RX_LOOK: {
            if (i->greedy && sp < i->min) {     /* lookbehind before the start */
                if (i->neg) {
                    pc = i->y;
                    continue;
                }
                goto fail;
            }
            Frame *f = push(V, F_LOOK);
            if (!f)
                return -2;
            f->neg = i->neg;
            f->pc = i->y;
            f->sp = sp;
            f->a = V->marker;
            V->marker = V->top - 1;
            if (i->greedy)
                sp -= i->min;
            pc++;
            continue;
        }
        case RX_LOOK_END: {
            long m = V->marker;
            Frame mk = V->st[m];
            if (!mk.neg) {
                commit(V, m);
                sp = mk.sp;
                pc = mk.pc;
                continue;
            }
            /* the negative assertion's body matched: undo it, then fail */
            while (V->top > m + 1) {
                Frame *f = &V->st[--V->top];
                if (f->kind == F_UNDO)
                    V->slots[f->a] = f->sp;
            }
            V->top = m;
            V->marker = mk.a;
            goto fail;
        }
        case RX_ATOMIC: {
            Frame *f = push(V, F_ATOMIC);
            if (!f)
                return -2;
            f->a = V->marker;
            V->marker = V->top - 1;
            pc++;
            continue;
        }
        case RX_ATOMIC_END:
            commit(V, V->marker);
            pc++;
            continue;
        case RX_COND: {
            long gs = V->slots[2 * i->arg], ge = V->slots[2 * i->arg + 1];
            pc = gs >= 0 && ge >= 0 ? pc + 1 : i->y;
            continue;
        }
        case RX_MATCH:
            if ((full && sp != end) || (advance && sp == s0))
                goto fail;
            *end_out = sp;
            return 1;
        }
    fail:
        for (;;) {
            if (V->top == 0)
                return 0;
            if (++*steps >= TICK_EVERY) {
                if (tick && tick(ud, *steps))
                    return -1;
                *steps = 0;
            }
            Frame *f = &V->st[V->top - 1];
            switch (f->kind) {
            case F_UNDO:
                V->slots[f->a] = f->sp;
                V->top--;
                continue;
            case F_BRANCH:
                pc = f->pc;
                sp = f->sp;
                V->top--;
                break;
            case F_ONE_GREEDY: {
                const RxInst *fi = &code[f->pc];
                const RxInst *next = &code[fi->y];
                long n = f->a - 1;
                if (next->op == RX_CHAR && !(next->fl & RXF_ICASE))
                    while (n >= fi->min && (f->sp + n >= end || ch_at(V, f->sp + n) != next->arg))
                        n--;
                if (n < fi->min) {
                    V->top--;
                    continue;
                }
                f->a = n;
                sp = f->sp + n;
                pc = fi->y;
                break;
            }
            case F_ONE_LAZY: {
                const RxInst *fi = &code[f->pc];
                long n = f->a;
                if ((fi->max >= 0 && n >= fi->max) || f->sp + n >= end ||
                    !match1(V, fi + 1, ch_at(V, f->sp + n))) {
                    V->top--;
                    continue;
                }
                f->a = ++n;
                sp = f->sp + n;
                pc = fi->y;
                if (fi->max >= 0 && n >= fi->max)
                    V->top--;
                break;
            }
            case F_LAZY_MORE: {
                const RxInst *fi = &code[f->pc];
                long count = f->a, at_sp = f->sp;
                int at_pc = f->pc;
                V->top--;
                int c = V->rep_slot + 2 * (int)fi->arg;
                if ((fi->max >= 0 && count >= fi->max) || at_sp == V->slots[c + 1])
                    continue;
                if (!set_slot(V, c, count) || !set_slot(V, c + 1, at_sp))
                    return -2;
                sp = at_sp;
                pc = at_pc + 1;
                break;
            }
            case F_LOOK:
                V->marker = f->a;
                V->top--;
                if (f->neg) {
                    sp = f->sp;
                    pc = f->pc;
                    break;
                }
                continue;
            case F_ATOMIC:
                V->marker = f->a;
                V->top--;
                continue;
            }
            break;
        }
    }
}

int regex_exec(const Regex *re, const void *text, int width, size_t len, size_t pos, size_t endpos,
               int mode, long *spans, int *lastindex, RegexTick tick, void *ud,
               size_t max_stack)
{
    (void)len;
    Vm V = {0};
    int nslots = 2 * (re->groups + 1) + 1 + 2 * re->nrepeats;
    V.re = re;
    if (width == 1)
        V.t8 = text;
    else
        V.t32 = text;
    V.end = (long)endpos;
    V.li_slot = 2 * (re->groups + 1);
    V.rep_slot = V.li_slot + 1;
    V.max_stack = max_stack;
    V.slots = malloc((size_t)nslots * sizeof(long));
    if (!V.slots)
        return REGEX_NOMEM;
    uint64_t steps = 0;
    int rc = 0;
    long s0 = (long)pos, found_end = 0;
    if (s0 > V.end) {
        free(V.slots);
        return REGEX_NOMATCH;
    }
    for (;; s0++) {
        for (int k = 0; k < nslots; k++)
            V.slots[k] = -1;
        rc = run(&V, s0, (mode & 3) == REGEX_FULLMATCH, (mode & REGEX_ADVANCE) && s0 == (long)pos,
                 &found_end, &steps, tick, ud);
        if (V.nomem)
            rc = -2;
        if (rc != 0 || (mode & 3) != REGEX_SEARCH || s0 >= V.end)
            break;
    }
    if (rc == 1) {
        spans[0] = s0;
        spans[1] = found_end;
        for (int g = 1; g <= re->groups; g++) {
            long a = V.slots[2 * g], b = V.slots[2 * g + 1];
            bool ok = a >= 0 && b >= 0;
            spans[2 * g] = ok ? a : -1;
            spans[2 * g + 1] = ok ? b : -1;
        }
        *lastindex = V.slots[V.li_slot] > 0 ? (int)V.slots[V.li_slot] : 0;
    }
    if (tick && steps && rc >= 0 && tick(ud, steps))
        rc = rc == 1 ? rc : -1;
    free(V.st);
    free(V.slots);
    return rc == 1 ? REGEX_FOUND : rc == 0 ? REGEX_NOMATCH : rc == -1 ? REGEX_STOPPED : REGEX_NOMEM;
}
