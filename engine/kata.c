/*
 * kata.c — the kata format loader: one .kata file into a Kata, a lessons
 * folder into a KataSet (format in kata.h and ../shared/DESIGN.md).
 *
 * The parser reads line by line: `key: value` header lines up to the first
 * `=== section` line, then section bodies. Every problem becomes a Diag
 * with the file, the line and what was expected; parsing goes on after a
 * problem so that one run reports them all.
 */
#include "kata.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ------------------------------------------------------------------ */
/* Small helpers                                                        */
/* ------------------------------------------------------------------ */

static char *xstrndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = 0;
    }
    return p;
}

static char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

/* Append one Diag ("file:line: message") to *diags. Silently drops it when
 * out of memory (the caller still fails the file). */
static void add_diag(Diag **diags, size_t *n, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void add_diag(Diag **diags, size_t *n, const char *file, int line, const char *fmt, ...)
{
    Diag *nd = realloc(*diags, (*n + 1) * sizeof *nd);
    if (!nd)
        return;
    *diags = nd;
    Diag *d = &nd[(*n)++];
    memset(d, 0, sizeof *d);
    d->status = RUN_SYNTAX;
    snprintf(d->file, sizeof d->file, "%s", file);
    d->line = line;
    snprintf(d->kind, sizeof d->kind, "KataError");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->message, sizeof d->message, fmt, ap);
    va_end(ap);
}

char *kata_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (n + 1 < cap)
            break;
        char *nb = realloc(buf, cap * 2);
        if (!nb) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    int bad = ferror(f);
    fclose(f);
    if (!buf || bad) {
        free(buf);
        errno = bad ? EIO : ENOMEM;
        return NULL;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

/* 1 when s[0..n) is valid UTF-8; else 0 and *bad is the offset of the
 * first bad byte. */
static int utf8_ok(const char *s, size_t n, size_t *bad)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        size_t k;
        unsigned min;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            k = 1, min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            k = 2, min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            k = 3, min = 0x10000;
        } else {
            *bad = i;
            return 0;
        }
        unsigned cp = c & (0x3F >> k);
        for (size_t j = 1; j <= k; j++) {
            if (i + j >= n || (p[i + j] & 0xC0) != 0x80) {
                *bad = i;
                return 0;
            }
            cp = (cp << 6) | (p[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            *bad = i;
            return 0;
        }
        i += k + 1;
    }
    return 1;
}

/* A growing text buffer for section bodies. */
typedef struct Buf {
    char *p;
    size_t len, cap;
    int ok;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (!b->ok)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *np = realloc(b->p, cap);
        if (!np) {
            b->ok = 0;
            return;
        }
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

/* The buffer's text with leading and trailing blank lines removed, ending
 * in exactly one newline ("" when nothing is left). malloc'd. */
static char *buf_trimmed(const Buf *b)
{
    const char *s = b->p ? b->p : "";
    size_t n = b->p ? b->len : 0;
    /* drop leading blank lines */
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n') {
            start = i + 1;
            continue;
        }
        if (s[i] != ' ' && s[i] != '\t')
            break;
    }
    size_t end = n;
    while (end > start && (s[end - 1] == '\n' || s[end - 1] == ' ' || s[end - 1] == '\t'))
        end--;
    if (end == start)
        return xstrdup("");
    char *r = malloc(end - start + 2);
    if (!r)
        return NULL;
    memcpy(r, s + start, end - start);
    r[end - start] = '\n';
    r[end - start + 1] = 0;
    return r;
}

/* ------------------------------------------------------------------ */
/* One kata file                                                        */
/* ------------------------------------------------------------------ */

enum Section { SEC_NONE = -1, SEC_INSTRUCTIONS, SEC_STARTER, SEC_SOLUTION, SEC_CHECK, SEC_HINT, SEC__COUNT };

static const char *const section_names[SEC__COUNT] = {
    "instructions", "starter.py", "solution.py", "check.py", "hint"
};

void kata_free(Kata *k)
{
    if (!k)
        return;
    free(k->id);
    free(k->name);
    free(k->path);
    free(k->title);
    for (size_t i = 0; i < k->ntags; i++)
        free(k->tags[i]);
    free(k->tags);
    free(k->instructions);
    free(k->starter);
    free(k->solution);
    free(k->check);
    for (size_t i = 0; i < k->nhints; i++)
        free(k->hints[i]);
    free(k->hints);
    free(k);
}

/* The base name of path without ".kata", or NULL when it does not end so. */
static char *name_from_path(const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    size_t n = strlen(b);
    if (n <= 5 || strcmp(b + n - 5, ".kata") != 0)
        return NULL;
    return xstrndup(b, n - 5);
}

static int valid_name(const char *s)
{
    if (!*s)
        return 0;
    for (const char *p = s; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_' && *p != '.')
            return 0;
    return 1;
}

/* Split "a, b ,c" into trimmed, non-empty tags. */
static void parse_tags(Kata *k, const char *v)
{
    const char *p = v;
    while (*p) {
        while (*p == ' ' || *p == ',')
            p++;
        const char *s = p;
        while (*p && *p != ',')
            p++;
        const char *e = p;
        while (e > s && e[-1] == ' ')
            e--;
        if (e > s) {
            char **nt = realloc(k->tags, (k->ntags + 1) * sizeof *nt);
            if (!nt)
                return;
            k->tags = nt;
            k->tags[k->ntags++] = xstrndup(s, (size_t)(e - s));
        }
    }
}

/* Store a finished section body into k. */
static void store_section(Kata *k, enum Section sec, Buf *b, int line)
{
    char *text = buf_trimmed(b);
    switch (sec) {
    case SEC_INSTRUCTIONS: free(k->instructions); k->instructions = text; break;
    case SEC_STARTER: free(k->starter); k->starter = text; k->starter_line = line; break;
    case SEC_SOLUTION: free(k->solution); k->solution = text; k->solution_line = line; break;
    case SEC_CHECK: free(k->check); k->check = text; k->check_line = line; break;
    case SEC_HINT: {
        char **nh = realloc(k->hints, (k->nhints + 1) * sizeof *nh);
        if (!nh) {
            free(text);
            break;
        }
        k->hints = nh;
        k->hints[k->nhints++] = text;
        break;
    }
    default: free(text); break;
    }
    free(b->p);
    *b = (Buf){ .ok = 1 };
}

/* 1 when the buffer holds more than blanks and newlines. */
static int has_text(const Buf *b)
{
    for (size_t i = 0; b->p && i < b->len; i++)
        if (b->p[i] != ' ' && b->p[i] != '\t' && b->p[i] != '\n')
            return 1;
    return 0;
}

/* The first line with text in a section starting after `header_line`
 * (section lines are stored with their leading blank lines dropped). */
static int first_text_line(const Buf *b, int body_line)
{
    const char *s = b->p ? b->p : "";
    int line = body_line;
    for (; *s; s++) {
        if (*s == '\n')
            line++;
        else if (*s != ' ' && *s != '\t')
            break;
    }
    /* back to the start of that line: leading blanks on it are kept */
    return line;
}

Kata *kata_parse(const char *path, const Lesson *lesson, const char *text, size_t len,
                 Diag **diags, size_t *ndiags)
{
    size_t before = *ndiags;
    Kata *k = calloc(1, sizeof *k);
    if (!k)
        return NULL;
    k->points = -1;
    k->path = xstrdup(path);
    k->lesson = lesson;
    k->name = name_from_path(path);
    if (!k->name) {
        add_diag(diags, ndiags, path, 0, "a kata file's name must end in .kata");
        k->name = xstrdup("?");
    } else if (!valid_name(k->name)) {
        add_diag(diags, ndiags, path, 0,
                 "kata file name '%s.kata' has characters other than letters, digits, '-', '_' and '.'",
                 k->name);
    }
    if (lesson) {
        size_t n = strlen(lesson->slug) + 1 + strlen(k->name) + 1;
        k->id = malloc(n);
        if (k->id)
            snprintf(k->id, n, "%s/%s", lesson->slug, k->name);
    } else {
        k->id = xstrdup(k->name);
    }

    size_t bad;
    if (!utf8_ok(text, len, &bad)) {
        int line = 1;
        for (size_t i = 0; i < bad; i++)
            line += text[i] == '\n';
        add_diag(diags, ndiags, path, line, "invalid UTF-8 (byte 0x%02x); kata files are UTF-8 text",
                 (unsigned char)text[bad]);
        kata_free(k);
        return NULL;
    }
    if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) {
        text += 3;
        len -= 3;
    }

    int seen[SEC__COUNT] = { 0 };
    int seen_line[SEC__COUNT] = { 0 };
    int title_line = 0, points_line = 0, tags_line = 0;
    enum Section cur = SEC_NONE;
    int body_line = 0;
    Buf body = { .ok = 1 };
    const char *p = text, *end = text + len;
    int line = 0;
    while (p < end) {
        line++;
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        const char *next = eol ? eol + 1 : end;
        size_t n = (size_t)((eol ? eol : end) - p);
        if (n && p[n - 1] == '\r')
            n--;
        if (n >= 3 && !memcmp(p, "===", 3)) {
            /* a section line: "=== name" */
            const char *s = p + 3;
            const char *e = p + n;
            while (s < e && (*s == ' ' || *s == '\t'))
                s++;
            while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
                e--;
            enum Section sec = SEC_NONE;
            for (int i = 0; i < SEC__COUNT; i++)
                if ((size_t)(e - s) == strlen(section_names[i]) && !memcmp(s, section_names[i], (size_t)(e - s)))
                    sec = (enum Section)i;
            if (cur == SEC_HINT && !has_text(&body))
                add_diag(diags, ndiags, path, body_line - 1, "a '=== hint' section is empty");
            if (cur != SEC_NONE)
                store_section(k, cur, &body, first_text_line(&body, body_line));
            if (sec == SEC_NONE) {
                add_diag(diags, ndiags, path, line,
                         "unknown section '=== %.*s' (expected instructions, starter.py, solution.py, check.py or hint)",
                         (int)(e - s), s);
            } else if (seen[sec] && sec != SEC_HINT) {
                add_diag(diags, ndiags, path, line, "section '=== %s' appears twice (first at line %d)",
                         section_names[sec], seen_line[sec]);
            } else {
                seen[sec]++;
                if (!seen_line[sec])
                    seen_line[sec] = line;
            }
            cur = sec;
            body_line = line + 1;
            if (cur == SEC_NONE)
                cur = (enum Section)SEC__COUNT; /* skip the unknown section's body */
        } else if (cur != SEC_NONE) {
            buf_add(&body, p, n);
            buf_add(&body, "\n", 1);
        } else {
            /* header: blank, "# comment" or "key: value" */
            size_t i = 0;
            while (i < n && (p[i] == ' ' || p[i] == '\t'))
                i++;
            if (i == n) {
                p = next;
                continue;
            }
            if (p[0] == '\t' || p[0] == ' ') {
                add_diag(diags, ndiags, path, line,
                         "header line starts with %s; expected 'key: value' at the start of the line",
                         p[0] == '\t' ? "a tab" : "spaces");
                p = next;
                continue;
            }
            if (p[0] == '#') {
                p = next;
                continue;
            }
            const char *colon = memchr(p, ':', n);
            if (!colon) {
                add_diag(diags, ndiags, path, line,
                         "expected 'key: value' (title, points or tags) or a '=== section' line, got '%.*s'",
                         (int)(n > 60 ? 60 : n), p);
                p = next;
                continue;
            }
            size_t klen = (size_t)(colon - p);
            while (klen && (p[klen - 1] == ' ' || p[klen - 1] == '\t'))
                klen--;
            const char *v = colon + 1;
            const char *ve = p + n;
            while (v < ve && (*v == ' ' || *v == '\t'))
                v++;
            while (ve > v && (ve[-1] == ' ' || ve[-1] == '\t'))
                ve--;
            char *val = xstrndup(v, (size_t)(ve - v));
            if (!val)
                break;
            if (klen == 5 && !memcmp(p, "title", 5)) {
                if (title_line)
                    add_diag(diags, ndiags, path, line, "'title' given twice (first at line %d)", title_line);
                else if (!*val)
                    add_diag(diags, ndiags, path, line, "'title' is empty");
                title_line = line;
                free(k->title);
                k->title = val;
                val = NULL;
            } else if (klen == 6 && !memcmp(p, "points", 6)) {
                char *endp;
                errno = 0;
                long pts = strtol(val, &endp, 10);
                if (points_line)
                    add_diag(diags, ndiags, path, line, "'points' given twice (first at line %d)", points_line);
                else if (!*val || *endp || errno || pts < 0 || pts > 1000 || !isdigit((unsigned char)val[0]))
                    add_diag(diags, ndiags, path, line,
                             "'points' must be a whole number from 0 to 1000, got '%s'", val);
                else
                    k->points = (int)pts;
                points_line = line;
            } else if (klen == 4 && !memcmp(p, "tags", 4)) {
                if (tags_line)
                    add_diag(diags, ndiags, path, line, "'tags' given twice (first at line %d)", tags_line);
                else
                    parse_tags(k, val);
                tags_line = line;
            } else {
                add_diag(diags, ndiags, path, line, "unknown header key '%.*s' (expected title, points or tags)",
                         (int)klen, p);
            }
            free(val);
        }
        p = next;
    }
    if (cur == SEC_HINT && !has_text(&body))
        add_diag(diags, ndiags, path, body_line - 1, "a '=== hint' section is empty");
    if (cur != SEC_NONE)
        store_section(k, cur, &body, first_text_line(&body, body_line));
    free(body.p);

    if (!title_line)
        add_diag(diags, ndiags, path, 1, "missing header 'title: ...'");
    if (!points_line)
        add_diag(diags, ndiags, path, 1, "missing header 'points: N'");
    static const enum Section required[] = { SEC_INSTRUCTIONS, SEC_STARTER, SEC_SOLUTION, SEC_CHECK };
    for (size_t i = 0; i < sizeof required / sizeof *required; i++)
        if (!seen[required[i]])
            add_diag(diags, ndiags, path, line ? line : 1, "missing section '=== %s'",
                     section_names[required[i]]);
    if (seen[SEC_SOLUTION] && k->solution && !*k->solution)
        add_diag(diags, ndiags, path, seen_line[SEC_SOLUTION], "section '=== solution.py' is empty");
    if (seen[SEC_CHECK] && k->check && !*k->check)
        add_diag(diags, ndiags, path, seen_line[SEC_CHECK], "section '=== check.py' is empty");
    if (!k->instructions)
        k->instructions = xstrdup("");
    if (!k->starter)
        k->starter = xstrdup("");

    if (*ndiags != before || !k->id || !k->title || !k->starter || !k->solution || !k->check ||
        !k->instructions) {
        if (*ndiags == before)
            add_diag(diags, ndiags, path, 0, "out of memory");
        kata_free(k);
        return NULL;
    }
    return k;
}

/* ------------------------------------------------------------------ */
/* A lessons folder                                                     */
/* ------------------------------------------------------------------ */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names in dir for which keep(dir, name) is true. */
static char **list_dir(const char *dir, int (*keep)(const char *dir, const char *name), size_t *n)
{
    *n = 0;
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    char **v = NULL;
    size_t cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.' || !keep(dir, de->d_name))
            continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 16;
            char **nv = realloc(v, cap * sizeof *nv);
            if (!nv)
                break;
            v = nv;
        }
        v[(*n)++] = xstrdup(de->d_name);
    }
    closedir(d);
    if (!v)
        v = calloc(1, sizeof *v);
    qsort(v, *n, sizeof *v, cmp_str);
    return v;
}

static char *join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s%s%s", a, (*a && a[strlen(a) - 1] != '/') ? "/" : "", b);
    return p;
}

static int is_dir_at(const char *dir, const char *name)
{
    char *p = join(dir, name);
    struct stat st;
    int r = p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
    free(p);
    return r;
}

/* Lesson folders: NN-slug (a leading digit). */
static int keep_lesson(const char *dir, const char *name)
{
    return isdigit((unsigned char)name[0]) && is_dir_at(dir, name);
}

static int keep_kata(const char *dir, const char *name)
{
    size_t n = strlen(name);
    return n > 5 && !strcmp(name + n - 5, ".kata") && !is_dir_at(dir, name);
}

/* lesson.md's first "# " heading, trimmed, or NULL. */
static char *md_title(const char *text)
{
    const char *p = text;
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        if (n > 2 && p[0] == '#' && p[1] == ' ') {
            const char *s = p + 2;
            while (n && (p[n - 1] == ' ' || p[n - 1] == '\r' || p[n - 1] == '#'))
                n--;
            while (*s == ' ' && s < p + n)
                s++;
            return xstrndup(s, (size_t)(p + n - s));
        }
        if (!eol)
            break;
        p = eol + 1;
    }
    return NULL;
}

static void lesson_free(Lesson *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->nkatas; i++)
        kata_free(l->katas[i]);
    free(l->katas);
    free(l->slug);
    free(l->dir);
    free(l->title);
    free(l->text);
    free(l);
}

void kata_set_free(KataSet *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->nlessons; i++)
        lesson_free(set->lessons[i]);
    free(set->lessons);
    free(set->katas);
    free(set->diags);
    free(set->root);
    free(set);
}

static Lesson *load_lesson(KataSet *set, const char *root, const char *slug)
{
    Lesson *l = calloc(1, sizeof *l);
    if (!l)
        return NULL;
    l->slug = xstrdup(slug);
    l->dir = join(root, slug);
    if (!l->slug || !l->dir) {
        lesson_free(l);
        return NULL;
    }
    char *mdpath = join(l->dir, "lesson.md");
    size_t len = 0;
    l->text = mdpath ? kata_read_file(mdpath, &len) : NULL;
    if (!l->text) {
        add_diag(&set->diags, &set->ndiags, mdpath ? mdpath : l->dir, 0,
                 "missing lesson.md (each lesson folder needs one: the lesson's text)");
        l->text = xstrdup("");
    }
    free(mdpath);
    l->title = md_title(l->text);
    if (!l->title)
        l->title = xstrdup(slug);

    size_t nnames;
    char **names = list_dir(l->dir, keep_kata, &nnames);
    for (size_t i = 0; i < nnames; i++) {
        char *kpath = join(l->dir, names[i]);
        size_t klen = 0;
        char *text = kpath ? kata_read_file(kpath, &klen) : NULL;
        if (!text) {
            add_diag(&set->diags, &set->ndiags, kpath ? kpath : names[i], 0, "cannot read: %s",
                     strerror(errno));
        } else {
            Kata *k = kata_parse(kpath, l, text, klen, &set->diags, &set->ndiags);
            if (k) {
                Kata **nk = realloc(l->katas, (l->nkatas + 1) * sizeof *nk);
                if (nk) {
                    l->katas = nk;
                    l->katas[l->nkatas++] = k;
                } else {
                    kata_free(k);
                }
            }
        }
        free(text);
        free(kpath);
        free(names[i]);
    }
    free(names);
    return l;
}

KataSet *kata_load_dir(const char *dir)
{
    KataSet *set = calloc(1, sizeof *set);
    if (!set)
        return NULL;
    set->root = xstrdup(dir);
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        add_diag(&set->diags, &set->ndiags, dir, 0, "not a lessons folder: %s",
                 errno && stat(dir, &st) != 0 ? strerror(errno) : "not a directory");
        return set;
    }
    size_t nslugs;
    char **slugs = list_dir(dir, keep_lesson, &nslugs);
    for (size_t i = 0; i < nslugs; i++) {
        Lesson *l = load_lesson(set, dir, slugs[i]);
        free(slugs[i]);
        if (!l)
            continue;
        Lesson **nl = realloc(set->lessons, (set->nlessons + 1) * sizeof *nl);
        if (!nl) {
            lesson_free(l);
            continue;
        }
        set->lessons = nl;
        set->lessons[set->nlessons++] = l;
        for (size_t j = 0; j < l->nkatas; j++) {
            Kata *k = l->katas[j];
            int dup = 0;
            for (size_t m = 0; m < set->nkatas; m++)
                if (!strcmp(set->katas[m]->id, k->id)) {
                    add_diag(&set->diags, &set->ndiags, k->path, 0, "duplicate kata id '%s' (also %s)",
                             k->id, set->katas[m]->path);
                    dup = 1;
                }
            if (dup)
                continue;
            Kata **na = realloc(set->katas, (set->nkatas + 1) * sizeof *na);
            if (!na)
                continue;
            set->katas = na;
            set->katas[set->nkatas++] = k;
        }
    }
    free(slugs);
    return set;
}

/* ------------------------------------------------------------------ */
/* Lookup                                                               */
/* ------------------------------------------------------------------ */

/* id ends with q at a word boundary ('/' or '-' before it, or all of it). */
static int suffix_match(const char *id, const char *q)
{
    size_t n = strlen(id), m = strlen(q);
    if (m == 0 || m > n || strcmp(id + n - m, q) != 0)
        return 0;
    return m == n || id[n - m - 1] == '/' || id[n - m - 1] == '-';
}

const Kata *kata_find(const KataSet *set, const char *query, bool *ambiguous)
{
    if (ambiguous)
        *ambiguous = false;
    if (!set || !query)
        return NULL;
    /* a path to a .kata file or the id with ".kata" also works */
    char *q = xstrdup(query);
    if (!q)
        return NULL;
    size_t qn = strlen(q);
    if (qn > 5 && !strcmp(q + qn - 5, ".kata"))
        q[qn - 5] = 0;
    while (*q && q[strlen(q) - 1] == '/')
        q[strlen(q) - 1] = 0;
    const Kata *found = NULL;
    for (size_t i = 0; i < set->nkatas; i++)
        if (!strcmp(set->katas[i]->id, q) || !strcmp(set->katas[i]->path, query)) {
            free(q);
            return set->katas[i];
        }
    /* exact name, then a suffix at a word boundary, then a prefix of the
     * name or the id */
    size_t qlen = strlen(q);
    for (int pass = 0; pass < 3 && !found && qlen; pass++) {
        size_t hits = 0;
        for (size_t i = 0; i < set->nkatas; i++) {
            const Kata *k = set->katas[i];
            int hit = pass == 0 ? !strcmp(k->name, q)
                    : pass == 1 ? suffix_match(k->id, q)
                    : !strncmp(k->name, q, qlen) || !strncmp(k->id, q, qlen);
            if (hit) {
                hits++;
                found = k;
            }
        }
        if (hits > 1) {
            if (ambiguous)
                *ambiguous = true;
            found = NULL;
            break;
        }
    }
    free(q);
    return found;
}

const Lesson *kata_find_lesson(const KataSet *set, const char *slug)
{
    const Lesson *found = NULL;
    for (size_t i = 0; i < set->nlessons; i++) {
        if (!strcmp(set->lessons[i]->slug, slug))
            return set->lessons[i];
        if (suffix_match(set->lessons[i]->slug, slug)) {
            if (found)
                return NULL;
            found = set->lessons[i];
        }
    }
    return found;
}

int kata_total_points(const KataSet *set)
{
    int sum = 0;
    for (size_t i = 0; i < set->nkatas; i++)
        sum += set->katas[i]->points;
    return sum;
}
