/*
 * traceback.c — CPython 3.11 tracebacks: recording the frames an exception
 * passes through (with the position of the failing expression), quoting
 * source lines with the ^~~~ markers 3.11 prints, chained exceptions,
 * "[Previous line repeated N more times]", compile-time SyntaxErrors, and
 * the "Did you mean: 'x'?" suggestions of NameError/AttributeError.
 */
#include <string.h>

#include "eval_int.h"

/* ---------------------------------------------------------------- */
/* Pointer sets / maps kept in EvalState                            */
/* ---------------------------------------------------------------- */

static size_t ptr_hash(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x;
}

static void tbset_add(Interp *I, EvalState *es, void *p)
{
    if ((es->tbset_n + 1) * 2 > es->tbset_cap) {
        size_t ncap = es->tbset_cap ? es->tbset_cap * 2 : 256;
        void **nt = interp_alloc(I, sizeof(void *) * ncap);
        for (size_t i = 0; i < es->tbset_cap; i++) {
            void *q = es->tbset[i];
            if (!q)
                continue;
            size_t h = ptr_hash(q) & (ncap - 1);
            while (nt[h])
                h = (h + 1) & (ncap - 1);
            nt[h] = q;
        }
        es->tbset = nt;
        es->tbset_cap = ncap;
    }
    size_t h = ptr_hash(p) & (es->tbset_cap - 1);
    while (es->tbset[h]) {
        if (es->tbset[h] == p)
            return;
        h = (h + 1) & (es->tbset_cap - 1);
    }
    es->tbset[h] = p;
    es->tbset_n++;
}

static bool tbset_has(EvalState *es, const void *p)
{
    if (!es->tbset_cap)
        return false;
    size_t h = ptr_hash(p) & (es->tbset_cap - 1);
    while (es->tbset[h]) {
        if (es->tbset[h] == p)
            return true;
        h = (h + 1) & (es->tbset_cap - 1);
    }
    return false;
}

/* Add frame fr (NULL: none) to exc's traceback. Entries exc.c added on the
 * way (plain TbEntry, no columns) are replaced by ours: every Python frame
 * lands here as the exception passes, so ours are complete. */
void tb_add(Interp *I, Value exc, Frame *fr)
{
    EvalState *es = eval_state(I);
    ExcObj *e = (ExcObj *)exc.u.o;
    while (e->tb && !tbset_has(es, e->tb))
        e->tb = e->tb->next;
    if (!fr)
        return;
    if (exc_frame_hidden(&fr->fi)) {    /* C in CPython: no line of its own */
        e->tb_top = &fr->fi;
        return;
    }
    TbX *x = interp_alloc(I, sizeof *x);
    x->e.next = e->tb;
    x->e.filename = fr->fi.filename;
    x->e.funcname = fr->fi.funcname;
    x->e.line = fr->cur ? fr->cur->line : fr->fi.line;
    x->pos = fr->cur;
    e->tb = &x->e;
    e->tb_top = &fr->fi;
    tbset_add(I, es, x);
}

void tb_set_suggestion(Interp *I, Value exc, Str *sugg)
{
    EvalState *es = eval_state(I);
    if (es->nsugg == es->capsugg) {
        int ncap = es->capsugg ? es->capsugg * 2 : 16;
        es->sugg_keys = arena_realloc(&I->arena, es->sugg_keys, sizeof(Value) * (size_t)es->capsugg,
                                      sizeof(Value) * (size_t)ncap);
        es->sugg_vals = arena_realloc(&I->arena, es->sugg_vals, sizeof(Value) * (size_t)es->capsugg,
                                      sizeof(Value) * (size_t)ncap);
        es->capsugg = ncap;
    }
    es->sugg_keys[es->nsugg] = exc;
    es->sugg_vals[es->nsugg++] = v_str(sugg);
}

static Str *suggestion_for(Interp *I, Value exc)
{
    EvalState *es = eval_state(I);
    for (int i = es->nsugg - 1; i >= 0; i--)
        if (es->sugg_keys[i].u.o == exc.u.o)
            return (Str *)es->sugg_vals[i].u.o;
    return NULL;
}

/* ---------------------------------------------------------------- */
/* Suggestions (CPython's Python/suggestions.c)                     */
/* ---------------------------------------------------------------- */

enum { MAX_CANDIDATE_ITEMS = 750, MAX_STRING_SIZE = 40, MOVE_COST = 2, CASE_COST = 1 };

static int substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if ('A' <= a && a <= 'Z')
        a += 'a' - 'A';
    if ('A' <= b && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    size_t buffer[MAX_STRING_SIZE];
    if (a == b && na == nb)
        return 0;
    while (na && nb && a[0] == b[0]) {
        a++; b++; na--; nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1]) {
        na--; nb--;
    }
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > MAX_STRING_SIZE || nb > MAX_STRING_SIZE)
        return max_cost + 1;
    if (nb < na) {
        const char *t = a; a = b; b = t;
        size_t tn = na; na = nb; nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < na; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = distance + (size_t)substitution_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* The closest candidate to `name` as CPython 3.11 picks it, or NULL. */
Str *tb_suggest(Interp *I, Str *name, Str **cands, int n)
{
    if (n >= MAX_CANDIDATE_ITEMS)
        return NULL;
    Str *best = NULL;
    size_t best_d = SIZE_MAX;
    for (int i = 0; i < n; i++) {
        Str *c = cands[i];
        if (!c || str_eq(c, name))
            continue;
        size_t max_d = ((size_t)name->len + (size_t)c->len + 3) * MOVE_COST / 6;
        if (best_d - 1 < max_d)
            max_d = best_d - 1;
        size_t d = levenshtein(name->s, (size_t)name->len, c->s, (size_t)c->len, max_d);
        if (d > max_d)
            continue;
        if (!best || d < best_d) {
            best = c;
            best_d = d;
        }
    }
    return best;
}

/* AttributeError: candidates are dir(obj) (sorted, as dir() returns them). */
static Str *attribute_suggestion(Interp *I, Value exc)
{
    ExcObj *e = (ExcObj *)exc.u.o;
    if (!e->dict)
        return NULL;
    Value name = dict_get_cstr(I, e->dict, "name");
    Value obj = dict_get_cstr(I, e->dict, "obj");
    if (!v_is_str(I, name) || obj.tag == V_UNSET)
        return NULL;
    Value dirf = dict_get_cstr(I, I->builtins->dict, "dir");
    if (dirf.tag == V_UNSET)
        return NULL;
    Value lst = obj_call1(I, dirf, obj);
    if (!(lst.tag == V_OBJ && lst.u.o->cls == I->cls.list))
        return NULL;
    List *l = (List *)lst.u.o;
    Str **c = interp_alloc(I, sizeof(Str *) * (size_t)(l->len + 1));
    int k = 0;
    for (int64_t i = 0; i < l->len; i++)
        if (v_is_str(I, l->items[i]))
            c[k++] = (Str *)l->items[i].u.o;
    return tb_suggest(I, (Str *)name.u.o, c, k);
}

/* ---------------------------------------------------------------- */
/* Sources                                                          */
/* ---------------------------------------------------------------- */

static void add_source(Interp *I, Str *filename, const char *src, size_t len)
{
    EvalState *es = eval_state(I);
    SrcFile *f = interp_alloc(I, sizeof *f);
    f->filename = filename;
    f->src = src;
    f->len = len;
    f->lines = NULL;        /* indexed on the first traceback that needs it */
    f->next = es->sources;
    es->sources = f;
}

void eval_register_source(Interp *I, Str *filename, const char *src, size_t len)
{
    if (!I->eval)
        return;
    char *copy = interp_alloc(I, len + 1);
    memcpy(copy, src, len);
    copy[len] = 0;
    add_source(I, filename, copy, len);
}

void eval_register_static_source(Interp *I, Str *filename, const char *src, size_t len)
{
    if (I->eval)
        add_source(I, filename, src, len);
}

/* f->lines: where each line starts (built once). */
static void index_lines(Interp *I, SrcFile *f)
{
    const char *src = f->src, *end = src + f->len;
    int n = 1;
    for (const char *p = src; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        n++;
    const char **lines = interp_alloc(I, sizeof(char *) * (size_t)(n + 1));
    lines[0] = src;
    int k = 1;
    for (const char *p = src; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        lines[k++] = p + 1;
    lines[n] = end + 1;
    f->nlines = n;
    f->lines = lines;
}

SrcFile *tb_source(Interp *I, Str *filename)
{
    if (!I->eval || !filename)
        return NULL;
    for (SrcFile *f = eval_state(I)->sources; f; f = f->next)
        if (f->filename == filename || str_eq(f->filename, filename))
            return f;
    return NULL;
}

/* Line `line` (1-based) of a file, without its newline; NULL if unknown. */
static const char *source_line(Interp *I, SrcFile *f, int line, size_t *len)
{
    if (f && !f->lines)
        index_lines(I, f);
    if (!f || line < 1 || line > f->nlines)
        return NULL;
    const char *s = f->lines[line - 1];
    const char *e = line < f->nlines ? f->lines[line] - 1 : f->src + f->len;
    if (e > s && e[-1] == '\r')
        e--;
    *len = (size_t)(e - s);
    return s;
}

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v';
}

/* Characters (code points) in s[0..n). */
static int chars(const char *s, size_t n)
{
    int c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
    return c;
}

/* ---------------------------------------------------------------- */
/* Formatting                                                       */
/* ---------------------------------------------------------------- */

/* The caret line under a quoted source line, as traceback.py's
 * format_frame_summary decides it (anchors for BinOp and Subscript). */
static void add_carets(StrBuf *sb, const char *line, size_t len, Node *pos)
{
    size_t lead = 0;
    while (lead < len && is_ws(line[lead]))
        lead++;
    size_t tail = len;
    while (tail > lead && is_ws(line[tail - 1]))
        tail--;
    int stripped_len = chars(line + lead, tail - lead);
    int stripped_chars = chars(line, lead);
    if (pos->col < 0 || (size_t)pos->col > len || pos->end_col < 0)
        return;
    int start = chars(line, (size_t)pos->col);
    int end;
    int single = pos->end_line == pos->line;
    if (single) {
        if ((size_t)pos->end_col > len)
            return;
        end = chars(line, (size_t)pos->end_col);
    } else {
        end = stripped_chars + stripped_len;
    }
    int have_anchor = 0, left_a = 0, right_a = 0;
    if (single && pos->kind == E_BINOP) {
        Node *l = pos->u.binop.left, *r = pos->u.binop.right;
        if (l->end_line == pos->line && r->line == pos->line && l->end_col <= r->col) {
            /* the first operator character after the left operand, past
             * whitespace and the ')' closing it (a parenthesised operand) */
            int la = -1, ra = -1;
            for (int i = l->end_col; i < r->col; i++) {
                if (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')
                    continue;
                la = i - pos->col;
                ra = la + 1;
                if (i + 1 < r->col && !is_ws(line[i + 1]))
                    ra++;
                if (i + 1 < r->col && line[i] == ')')
                    continue;
                break;
            }
            if (la >= 0) {
                left_a = chars(line + pos->col, (size_t)la);
                right_a = chars(line + pos->col, (size_t)ra);
                have_anchor = 1;
            }
        }
    } else if (single && pos->kind == E_SUBSCRIPT) {
        Node *v = pos->u.subscript.value, *s = pos->u.subscript.slice;
        if (v->end_line == pos->line && s->end_line == pos->line) {
            int la = v->end_col - pos->col;
            int ra = s->end_col + 1 - pos->col;
            left_a = chars(line + pos->col, (size_t)la);
            right_a = chars(line + pos->col, (size_t)ra);
            have_anchor = 1;
        }
    }
    if (!(end - start < stripped_len || (have_anchor && right_a - left_a > 0)))
        return;
    sb_adds(sb, "    ");
    for (int i = 0; i < start - stripped_chars; i++)
        sb_addc(sb, ' ');
    if (have_anchor) {
        for (int i = 0; i < left_a; i++)
            sb_addc(sb, '~');
        for (int i = 0; i < right_a - left_a; i++)
            sb_addc(sb, '^');
        for (int i = 0; i < end - start - right_a; i++)
            sb_addc(sb, '~');
    } else {
        for (int i = 0; i < end - start; i++)
            sb_addc(sb, '^');
    }
    sb_addc(sb, '\n');
}

static void format_entry(Interp *I, StrBuf *sb, TbEntry *t)
{
    EvalState *es = eval_state(I);
    sb_printf(sb, "  File \"%s\", line %d, in %s\n", t->filename ? t->filename->s : "<unknown>", t->line,
              t->funcname ? t->funcname->s : "<module>");
    size_t len;
    const char *line = source_line(I, tb_source(I, t->filename), t->line, &len);
    if (!line)
        return;
    size_t a = 0, b = len;
    while (a < b && is_ws(line[a]))
        a++;
    while (b > a && is_ws(line[b - 1]))
        b--;
    if (a == b)
        return;
    sb_adds(sb, "    ");
    sb_add(sb, line + a, b - a);
    sb_addc(sb, '\n');
    if (tbset_has(es, t)) {
        Node *pos = ((TbX *)t)->pos;
        if (pos && pos->line == t->line)
            add_carets(sb, line, len, pos);
    }
}

/* For the traceback module (mod_traceback.c): a line of a source file as
 * it is there (without the newline; "" when there is none), and the
 * position of an entry's failing expression (NULL when it has none). */
Str *tb_line_text(Interp *I, Str *filename, int line)
{
    size_t len = 0;
    const char *s = filename ? source_line(I, tb_source(I, filename), line, &len) : NULL;
    if (!s)
        return str_from_cstr(I, "");
    while (len && (s[len - 1] == '\n' || s[len - 1] == '\r'))
        len--;
    return str_new(I, s, len);
}

Node *tb_entry_pos(Interp *I, TbEntry *t)
{
    Node *pos = tbset_has(eval_state(I), t) ? ((TbX *)t)->pos : NULL;
    return pos && pos->line == t->line ? pos : NULL;
}

static void format_tb(Interp *I, StrBuf *sb, TbEntry *tb)
{
    enum { CUTOFF = 3, LIMIT = 1000 };
    int depth = 0;
    for (TbEntry *t = tb; t; t = t->next)
        depth++;
    while (tb && depth > LIMIT) {
        depth--;
        tb = tb->next;
    }
    TbEntry *last = NULL;
    int cnt = 0;
    for (TbEntry *t = tb; t; t = t->next) {
        if (!last || !t->filename || !last->filename || !str_eq(t->filename, last->filename) ||
            t->line != last->line || !t->funcname || !last->funcname || !str_eq(t->funcname, last->funcname)) {
            if (cnt > CUTOFF) {
                int more = cnt - CUTOFF;
                sb_printf(sb, "  [Previous line repeated %d more time%s]\n", more, more > 1 ? "s" : "");
            }
            last = t;
            cnt = 0;
        }
        cnt++;
        if (cnt <= CUTOFF)
            format_entry(I, sb, t);
    }
    if (cnt > CUTOFF) {
        int more = cnt - CUTOFF;
        sb_printf(sb, "  [Previous line repeated %d more time%s]\n", more, more > 1 ? "s" : "");
    }
}

/* SyntaxError's own lines: file/line, the text, the carets, "SyntaxError: msg". */
static bool format_syntax_error(Interp *I, StrBuf *sb, Value exc)
{
    ExcObj *e = (ExcObj *)exc.u.o;
    if (!e->dict)
        return false;
    Value lineno = dict_get_cstr(I, e->dict, "lineno");
    Value msg = dict_get_cstr(I, e->dict, "msg");
    Value fn = dict_get_cstr(I, e->dict, "filename");
    if (lineno.tag != V_INT || !v_is_str(I, msg))
        return false;
    Value off = dict_get_cstr(I, e->dict, "offset");
    Value end = dict_get_cstr(I, e->dict, "end_offset");
    Value text = dict_get_cstr(I, e->dict, "text");
    sb_printf(sb, "  File \"%s\", line %d\n", v_is_str(I, fn) ? ((Str *)fn.u.o)->s : "<string>", (int)lineno.u.i);
    const char *line = NULL;
    size_t len = 0;
    if (v_is_str(I, text)) {
        line = ((Str *)text.u.o)->s;
        len = (size_t)((Str *)text.u.o)->len;
    } else if (v_is_str(I, fn)) {
        line = source_line(I, tb_source(I, (Str *)fn.u.o), (int)lineno.u.i, &len);
    }
    if (line) {
        size_t a = 0;
        while (a < len && (line[a] == ' ' || line[a] == '\t' || line[a] == '\f'))
            a++;
        size_t b = len;
        while (b > a && (line[b - 1] == '\n' || line[b - 1] == '\r'))
            b--;
        sb_adds(sb, "    ");
        sb_add(sb, line + a, b - a);
        sb_addc(sb, '\n');
        if (off.tag == V_INT && off.u.i >= 1) {
            int lead = chars(line, a);
            int o = (int)off.u.i - lead;
            int eo = end.tag == V_INT ? (int)end.u.i - lead : o + 1;
            if (o < 1)
                o = 1;
            if (eo <= o)
                eo = o + 1;
            sb_adds(sb, "    ");
            for (int i = 1; i < o; i++)
                sb_addc(sb, ' ');
            for (int i = o; i < eo; i++)
                sb_addc(sb, '^');
            sb_addc(sb, '\n');
        }
    }
    sb_printf(sb, "%s: %s\n", class_of(I, exc)->name->s, ((Str *)msg.u.o)->s);
    return true;
}

/* What one note of __notes__ prints as, without running Python code: a
 * str as it is, a number by str(), anything else as CPython's fallback. */
static void format_note(Interp *I, StrBuf *sb, Value note)
{
    Class *c = class_of(I, note);
    if (v_is_str(I, note))
        sb_addstr(sb, (Str *)note.u.o);
    else if (c == I->cls.int_ || c == I->cls.float_ || c == I->cls.bool_)
        sb_addstr(sb, obj_str(I, note));
    else
        sb_adds(sb, "<note str() failed>");
    sb_addc(sb, '\n');
}

/* The exception's __notes__ (add_note, 3.11), a line each after its
 * message, read from its own dict. */
static void format_notes(Interp *I, StrBuf *sb, ExcObj *e)
{
    if (!e->dict)
        return;
    Value notes = dict_get_cstr(I, e->dict, "__notes__");
    if (v_is_unset(notes) || v_is_none(notes))
        return;
    Class *c = class_of(I, notes);
    if (c == I->cls.list) {
        List *l = (List *)notes.u.o;
        for (int64_t i = 0; i < l->len; i++)
            format_note(I, sb, l->items[i]);
    } else if (c == I->cls.tuple) {
        Tuple *t = (Tuple *)notes.u.o;
        for (int64_t i = 0; i < t->len; i++)
            format_note(I, sb, t->items[i]);
    } else if (v_is_str(I, notes)) {
        sb_addstr(sb, obj_repr(I, notes));
        sb_addc(sb, '\n');
    } else {
        sb_adds(sb, "<__notes__ repr() failed>\n");
    }
}

static void format_one(Interp *I, StrBuf *sb, Value exc)
{
    ExcObj *e = (ExcObj *)exc.u.o;
    if (e->tb) {
        sb_adds(sb, "Traceback (most recent call last):\n");
        format_tb(I, sb, e->tb);
    }
    if (exc_matches(I, exc, I->cls.SyntaxError) && format_syntax_error(I, sb, exc)) {
        format_notes(I, sb, e);
        return;
    }
    Str *last = exc_format_line(I, exc);
    sb_addstr(sb, last);
    Str *sugg = NULL;
    if (exc_matches(I, exc, I->cls.NameError))
        sugg = suggestion_for(I, exc);
    else if (exc_matches(I, exc, I->cls.AttributeError))
        sugg = attribute_suggestion(I, exc);
    if (sugg)
        sb_printf(sb, ". Did you mean: '%s'?", sugg->s);
    if (last->len == 0 || last->s[last->len - 1] != '\n')
        sb_addc(sb, '\n');
    format_notes(I, sb, e);
}

static void format_chain(Interp *I, StrBuf *sb, Value exc, Obj **seen, int *nseen)
{
    ExcObj *e = (ExcObj *)exc.u.o;
    if (*nseen < 64)
        seen[(*nseen)++] = exc.u.o;
    Value cause = e->cause, ctx = e->context;
    bool cause_seen = false, ctx_seen = false;
    for (int i = 0; i < *nseen; i++) {
        if (cause.tag == V_OBJ && seen[i] == cause.u.o)
            cause_seen = true;
        if (ctx.tag == V_OBJ && seen[i] == ctx.u.o)
            ctx_seen = true;
    }
    if (cause.tag == V_OBJ && (cause.u.o->cls->flags & CLS_EXCEPTION) && !cause_seen) {
        format_chain(I, sb, cause, seen, nseen);
        sb_adds(sb, "\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (ctx.tag == V_OBJ && (ctx.u.o->cls->flags & CLS_EXCEPTION) && !e->suppress_context && !ctx_seen) {
        format_chain(I, sb, ctx, seen, nseen);
        sb_adds(sb, "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    format_one(I, sb, exc);
}

Str *eval_format_traceback(Interp *I, Value exc)
{
    StrBuf sb;
    sb_init(&sb, I);
    if (!(exc.tag == V_OBJ && (exc.u.o->cls->flags & CLS_EXCEPTION))) {
        sb_adds(&sb, "Exception\n");
        return sb_finish(&sb);
    }
    Obj *seen[64];
    int nseen = 0;
    format_chain(I, &sb, exc, seen, &nseen);
    return sb_finish(&sb);
}
