/*
 * editor.c — the editor buffer (see editor.h): lines, cursor moves, edits
 * with auto-indent, undo/redo by snapshots, the line clipboard.
 *
 * Kata answers are small (tens of lines), so an undo step is a snapshot of
 * the whole text: simple, and impossible to get subtly wrong. Consecutive
 * edits of the same kind merge into one step; any cursor move ends a step.
 */
#include <stdlib.h>
#include <string.h>

#include "editor.h"
#include "grid.h"
#include "utf8.h"

#define UNDO_MAX 500

struct EdSnap {
    EdSnap *next;
    char *text;
    size_t n;
    int cy, cx;
};

enum { OP_NONE, OP_INSERT, OP_BACKSPACE, OP_DELETE, OP_OTHER };

/* ------------------------------------------------------------ lines */

static bool line_reserve(EdLine *l, int need)
{
    if (need + 1 <= l->cap)
        return true;
    int cap = l->cap ? l->cap : 16;
    while (cap < need + 1)
        cap *= 2;
    char *s = realloc(l->s, (size_t)cap);
    if (!s)
        return false;
    l->s = s;
    l->cap = cap;
    return true;
}

static bool line_set(EdLine *l, const char *s, int n)
{
    if (!line_reserve(l, n))
        return false;
    if (n)
        memcpy(l->s, s, (size_t)n);
    l->len = n;
    l->s[n] = 0;
    return true;
}

/* Insert an empty line at row `at`. */
static bool lines_insert(Editor *e, int at)
{
    if (e->n == e->cap) {
        int cap = e->cap ? e->cap * 2 : 32;
        EdLine *nl = realloc(e->lines, sizeof *nl * (size_t)cap);
        if (!nl)
            return false;
        e->lines = nl;
        e->cap = cap;
    }
    memmove(e->lines + at + 1, e->lines + at, sizeof *e->lines * (size_t)(e->n - at));
    e->lines[at] = (EdLine){ 0 };
    if (!line_reserve(&e->lines[at], 0)) {
        memmove(e->lines + at, e->lines + at + 1, sizeof *e->lines * (size_t)(e->n - at));
        return false;
    }
    e->lines[at].s[0] = 0;
    e->n++;
    return true;
}

static void lines_remove(Editor *e, int at)
{
    free(e->lines[at].s);
    memmove(e->lines + at, e->lines + at + 1, sizeof *e->lines * (size_t)(e->n - at - 1));
    e->n--;
}

static void clear_lines(Editor *e)
{
    for (int i = 0; i < e->n; i++)
        free(e->lines[i].s);
    e->n = 0;
}

/* ------------------------------------------------------------ text */

/* Load text without touching history; false when out of memory (then the
 * buffer holds one empty line). */
static bool load_text(Editor *e, const char *s, size_t n)
{
    clear_lines(e);
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '\n') {
            if (i == n && start == n && e->n > 0)
                break;      /* the text ended with '\n': no extra empty line */
            size_t len = i - start;
            if (len && s[start + len - 1] == '\r')
                len--;
            if (!lines_insert(e, e->n) || !line_set(&e->lines[e->n - 1], s + start, (int)len)) {
                clear_lines(e);
                lines_insert(e, 0);
                return false;
            }
            start = i + 1;
        }
    }
    if (e->n == 0)
        lines_insert(e, 0);
    return e->n > 0;
}

char *editor_text(const Editor *e, size_t *n)
{
    size_t total = 0;
    for (int i = 0; i < e->n; i++)
        total += (size_t)e->lines[i].len + 1;
    char *out = malloc(total + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    for (int i = 0; i < e->n; i++) {
        memcpy(out + k, e->lines[i].s, (size_t)e->lines[i].len);
        k += (size_t)e->lines[i].len;
        out[k++] = '\n';
    }
    /* a buffer of one empty line is the empty text */
    if (e->n == 1 && e->lines[0].len == 0)
        k = 0;
    out[k] = 0;
    if (n)
        *n = k;
    return out;
}

void editor_init(Editor *e)
{
    *e = (Editor){ 0 };
    lines_insert(e, 0);
}

static void snaps_free(EdSnap *s)
{
    while (s) {
        EdSnap *next = s->next;
        free(s->text);
        free(s);
        s = next;
    }
}

void editor_free(Editor *e)
{
    clear_lines(e);
    free(e->lines);
    snaps_free(e->undo);
    snaps_free(e->redo);
    free(e->clip);
    *e = (Editor){ 0 };
}

void editor_set_text(Editor *e, const char *s, size_t n)
{
    load_text(e, s, n);
    snaps_free(e->undo);
    snaps_free(e->redo);
    e->undo = e->redo = NULL;
    e->nundo = 0;
    e->cy = e->cx = e->want = e->top = e->left = 0;
    e->last_op = OP_NONE;
    e->version++;
}

/* ------------------------------------------------------------ undo */

static EdSnap *snap_take(const Editor *e)
{
    EdSnap *s = malloc(sizeof *s);
    if (!s)
        return NULL;
    s->text = editor_text(e, &s->n);
    if (!s->text) {
        free(s);
        return NULL;
    }
    s->cy = e->cy;
    s->cx = e->cx;
    s->next = NULL;
    return s;
}

/* Record the state before an edit of kind `op` (merged with the previous
 * step when it was the same kind and the cursor has not moved since). */
static void checkpoint(Editor *e, int op)
{
    if (op == e->last_op && op != OP_OTHER)
        return;
    EdSnap *s = snap_take(e);
    if (!s)
        return;
    s->next = e->undo;
    e->undo = s;
    e->nundo++;
    snaps_free(e->redo);
    e->redo = NULL;
    e->last_op = op;
    if (e->nundo > UNDO_MAX) {      /* drop the oldest step */
        EdSnap *p = e->undo;
        while (p->next && p->next->next)
            p = p->next;
        snaps_free(p->next);
        p->next = NULL;
        e->nundo--;
    }
}

static void restore(Editor *e, EdSnap *s)
{
    load_text(e, s->text, s->n);
    e->cy = s->cy < e->n ? s->cy : e->n - 1;
    e->cx = s->cx <= e->lines[e->cy].len ? s->cx : e->lines[e->cy].len;
    e->want = editor_col(e);
    e->version++;
}

bool editor_undo(Editor *e)
{
    EdSnap *s = e->undo;
    if (!s)
        return false;
    EdSnap *cur = snap_take(e);
    if (!cur)
        return false;
    e->undo = s->next;
    e->nundo--;
    cur->next = e->redo;
    e->redo = cur;
    restore(e, s);
    free(s->text);
    free(s);
    e->last_op = OP_NONE;
    return true;
}

bool editor_redo(Editor *e)
{
    EdSnap *s = e->redo;
    if (!s)
        return false;
    EdSnap *cur = snap_take(e);
    if (!cur)
        return false;
    e->redo = s->next;
    cur->next = e->undo;
    e->undo = cur;
    e->nundo++;
    restore(e, s);
    free(s->text);
    free(s);
    e->last_op = OP_NONE;
    return true;
}

/* ------------------------------------------------------------ moves */

static int col_of(const EdLine *l, int bytes)
{
    return grid_str_width(l->s, (size_t)bytes);
}

int editor_col(const Editor *e)
{
    return col_of(&e->lines[e->cy], e->cx);
}

/* Byte offset of display column col in l (the character covering it). */
static int byte_at_col(const EdLine *l, int col)
{
    size_t i = 0;
    int c = 0;
    while ((int)i < l->len) {
        size_t j = i;
        uint32_t ch = utf8_decode(l->s, &j);
        int w = grid_char_width(ch);
        if (c + w > col)
            break;
        c += w;
        i = j;
    }
    return (int)i;
}

static int prev_char(const EdLine *l, int x)
{
    if (x <= 0)
        return 0;
    x--;
    while (x > 0 && ((unsigned char)l->s[x] & 0xC0) == 0x80)
        x--;
    return x;
}

static int next_char(const EdLine *l, int x)
{
    if (x >= l->len)
        return l->len;
    size_t i = (size_t)x;
    utf8_decode(l->s, &i);
    return (int)i > l->len ? l->len : (int)i;
}

static bool is_word(unsigned char c)
{
    return c == '_' || c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

void editor_goto(Editor *e, int row, int col)
{
    if (row < 0)
        row = 0;
    if (row >= e->n)
        row = e->n - 1;
    e->cy = row;
    e->cx = byte_at_col(&e->lines[row], col < 0 ? 0 : col);
    e->want = editor_col(e);
    e->last_op = OP_NONE;
}

void editor_move(Editor *e, EdMove m, int page)
{
    EdLine *l = &e->lines[e->cy];
    bool vertical = false;
    if (page < 1)
        page = 1;
    switch (m) {
    case ED_LEFT:
        if (e->cx > 0)
            e->cx = prev_char(l, e->cx);
        else if (e->cy > 0)
            e->cx = e->lines[--e->cy].len;
        break;
    case ED_RIGHT:
        if (e->cx < l->len)
            e->cx = next_char(l, e->cx);
        else if (e->cy + 1 < e->n) {
            e->cy++;
            e->cx = 0;
        }
        break;
    case ED_UP:
        vertical = true;
        if (e->cy > 0)
            e->cy--;
        else
            e->want = 0;
        break;
    case ED_DOWN:
        vertical = true;
        if (e->cy + 1 < e->n)
            e->cy++;
        else
            e->want = col_of(l, l->len);
        break;
    case ED_PGUP:
        vertical = true;
        e->cy = e->cy > page ? e->cy - page : 0;
        e->top = e->top > page ? e->top - page : 0;
        break;
    case ED_PGDN:
        vertical = true;
        e->cy = e->cy + page < e->n ? e->cy + page : e->n - 1;
        e->top += page;
        if (e->top > e->n - 1)
            e->top = e->n - 1;
        break;
    case ED_HOME: {
        /* first non-blank, then column 0 (as most code editors do) */
        int ind = 0;
        while (ind < l->len && l->s[ind] == ' ')
            ind++;
        e->cx = e->cx == ind ? 0 : ind;
        break;
    }
    case ED_END:
        e->cx = l->len;
        break;
    case ED_WORD_LEFT:
        if (e->cx == 0) {
            if (e->cy > 0)
                e->cx = e->lines[--e->cy].len;
            break;
        }
        while (e->cx > 0 && !is_word((unsigned char)l->s[e->cx - 1]))
            e->cx--;
        while (e->cx > 0 && is_word((unsigned char)l->s[e->cx - 1]))
            e->cx--;
        break;
    case ED_WORD_RIGHT:
        if (e->cx == l->len) {
            if (e->cy + 1 < e->n) {
                e->cy++;
                e->cx = 0;
            }
            break;
        }
        while (e->cx < l->len && !is_word((unsigned char)l->s[e->cx]))
            e->cx++;
        while (e->cx < l->len && is_word((unsigned char)l->s[e->cx]))
            e->cx++;
        break;
    case ED_TOP:
        e->cy = e->cx = 0;
        break;
    case ED_BOTTOM:
        e->cy = e->n - 1;
        e->cx = e->lines[e->cy].len;
        break;
    }
    if (vertical)
        e->cx = byte_at_col(&e->lines[e->cy], e->want);
    else
        e->want = editor_col(e);
    e->last_op = OP_NONE;
}

void editor_scroll(Editor *e, int rows, int cols)
{
    if (rows < 1)
        rows = 1;
    if (cols < 1)
        cols = 1;
    /* no empty rows below the text while there is text above the view */
    if (e->top > e->n - rows)
        e->top = e->n - rows > 0 ? e->n - rows : 0;
    if (e->cy < e->top)
        e->top = e->cy;
    if (e->cy >= e->top + rows)
        e->top = e->cy - rows + 1;
    int c = editor_col(e);
    if (c < cols - 1)
        e->left = 0;            /* show lines from their start whenever the cursor allows */
    if (c < e->left)
        e->left = c;
    if (c >= e->left + cols)
        e->left = c - cols + 1;
}

/* ------------------------------------------------------------ edits */

/* Insert bytes at the cursor (no newlines). */
static bool insert_bytes(Editor *e, const char *s, int n)
{
    EdLine *l = &e->lines[e->cy];
    if (!line_reserve(l, l->len + n))
        return false;
    memmove(l->s + e->cx + n, l->s + e->cx, (size_t)(l->len - e->cx + 1));
    memcpy(l->s + e->cx, s, (size_t)n);
    l->len += n;
    e->cx += n;
    e->want = editor_col(e);
    e->version++;
    return true;
}

bool editor_insert(Editor *e, uint32_t ch)
{
    char buf[4];
    if (ch < 0x20 || ch == 0x7F || ch > 0x10FFFF || (ch >= 0xD800 && ch <= 0xDFFF))
        return false;
    int n = utf8_encode(ch, buf);
    checkpoint(e, OP_INSERT);
    return insert_bytes(e, buf, n);
}

/* Split the cursor's line; the new line starts with `indent` spaces. */
static bool split_line(Editor *e, int indent)
{
    EdLine *l = &e->lines[e->cy];
    int tail = l->len - e->cx;
    if (!lines_insert(e, e->cy + 1))
        return false;
    l = &e->lines[e->cy];
    EdLine *nl = &e->lines[e->cy + 1];
    if (!line_reserve(nl, indent + tail)) {
        lines_remove(e, e->cy + 1);
        return false;
    }
    memset(nl->s, ' ', (size_t)indent);
    memcpy(nl->s + indent, l->s + e->cx, (size_t)tail);
    nl->len = indent + tail;
    nl->s[nl->len] = 0;
    l->len = e->cx;
    l->s[l->len] = 0;
    e->cy++;
    e->cx = indent;
    e->want = editor_col(e);
    e->version++;
    return true;
}

bool editor_newline(Editor *e)
{
    EdLine *l = &e->lines[e->cy];
    int ind = 0;
    while (ind < l->len && ind < e->cx && l->s[ind] == ' ')
        ind++;
    /* the last non-blank before the cursor decides on a block opener */
    int k = e->cx - 1;
    while (k >= 0 && (l->s[k] == ' ' || l->s[k] == '\t'))
        k--;
    if (k >= 0 && l->s[k] == ':')
        ind += 4;
    checkpoint(e, OP_OTHER);
    return split_line(e, ind);
}

bool editor_insert_text(Editor *e, const char *s, size_t n)
{
    if (!n)
        return false;
    checkpoint(e, OP_OTHER);
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '\n') {
            int len = (int)(i - start);
            if (len && s[start + len - 1] == '\r')
                len--;
            if (len && !insert_bytes(e, s + start, len))
                return true;
            if (i < n && !split_line(e, 0))
                return true;
            start = i + 1;
        }
    }
    return true;
}

bool editor_tab(Editor *e)
{
    static const char spaces[] = "    ";
    int c = editor_col(e);
    int n = 4 - c % 4;
    checkpoint(e, OP_INSERT);
    return insert_bytes(e, spaces, n);
}

bool editor_backspace(Editor *e)
{
    EdLine *l = &e->lines[e->cy];
    if (e->cx == 0) {
        if (e->cy == 0)
            return false;
        checkpoint(e, OP_BACKSPACE);
        EdLine *p = &e->lines[e->cy - 1];
        int at = p->len;
        if (!line_reserve(p, p->len + l->len))
            return false;
        memcpy(p->s + p->len, l->s, (size_t)l->len + 1);
        p->len += l->len;
        lines_remove(e, e->cy);
        e->cy--;
        e->cx = at;
    } else {
        int from = prev_char(l, e->cx);
        /* in the leading blanks: back to the previous multiple of 4 */
        bool blanks = true;
        for (int i = 0; i < e->cx; i++)
            if (l->s[i] != ' ')
                blanks = false;
        if (blanks) {
            int to = (e->cx - 1) / 4 * 4;
            from = to;
        }
        checkpoint(e, OP_BACKSPACE);
        memmove(l->s + from, l->s + e->cx, (size_t)(l->len - e->cx + 1));
        l->len -= e->cx - from;
        e->cx = from;
    }
    e->want = editor_col(e);
    e->version++;
    return true;
}

bool editor_delete(Editor *e)
{
    EdLine *l = &e->lines[e->cy];
    if (e->cx == l->len) {
        if (e->cy + 1 >= e->n)
            return false;
        checkpoint(e, OP_DELETE);
        EdLine *nx = &e->lines[e->cy + 1];
        if (!line_reserve(l, l->len + nx->len))
            return false;
        memcpy(l->s + l->len, nx->s, (size_t)nx->len + 1);
        l->len += nx->len;
        lines_remove(e, e->cy + 1);
    } else {
        int to = next_char(l, e->cx);
        checkpoint(e, OP_DELETE);
        memmove(l->s + e->cx, l->s + to, (size_t)(l->len - to + 1));
        l->len -= to - e->cx;
    }
    e->version++;
    return true;
}

/* Set the clipboard to the cursor's line (with its newline). */
static bool copy_line(Editor *e)
{
    EdLine *l = &e->lines[e->cy];
    char *c = malloc((size_t)l->len + 2);
    if (!c)
        return false;
    memcpy(c, l->s, (size_t)l->len);
    c[l->len] = '\n';
    c[l->len + 1] = 0;
    free(e->clip);
    e->clip = c;
    return true;
}

bool editor_copy_line(Editor *e)
{
    copy_line(e);
    e->last_op = OP_NONE;
    return false;
}

bool editor_cut_line(Editor *e)
{
    if (!copy_line(e))
        return false;
    checkpoint(e, OP_OTHER);
    if (e->n == 1) {
        e->lines[0].len = 0;
        e->lines[0].s[0] = 0;
    } else {
        lines_remove(e, e->cy);
        if (e->cy >= e->n)
            e->cy = e->n - 1;
    }
    e->cx = byte_at_col(&e->lines[e->cy], e->want);
    e->version++;
    return true;
}

bool editor_paste(Editor *e)
{
    if (!e->clip || !*e->clip)
        return false;
    checkpoint(e, OP_OTHER);
    int row = e->cy;
    const char *s = e->clip;
    while (*s) {
        const char *nl = strchr(s, '\n');
        int len = nl ? (int)(nl - s) : (int)strlen(s);
        if (!lines_insert(e, row) || !line_set(&e->lines[row], s, len))
            break;
        row++;
        s += len + (nl ? 1 : 0);
    }
    e->cy = row;
    e->cx = byte_at_col(&e->lines[e->cy], e->want);
    e->version++;
    return true;
}
