/*
 * mod_kata_sql.c — putting captured SQL into words for the learner: what a
 * failed expect_queries() says about the statements that ran ("2 queries
 * ran; this needs 1 — the first loaded every row of blog_entry (60 rows):
 * SELECT …"), and the N+1 pattern (the same statement repeated with
 * different values).
 *
 * It reads Django's SQL text as the tracer recorded it (parameters filled
 * in); the reading is deliberately shallow — the first FROM/INTO/UPDATE
 * table, whether there is a WHERE, a LIMIT, a COUNT(*), a JOIN — which is
 * all a sentence needs.
 */
#include <stdio.h>
#include <string.h>

#include "db.h"
#include "interp_int.h"
#include "mod_kata.h"

/* The statement with every literal (number, 'string') replaced by ?, so
 * that queries differing only in their values compare equal. */
static Str *shape(Interp *I, const Str *sql)
{
    StrBuf sb;
    sb_init(&sb, I);
    const char *p = sql->s, *end = p + sql->len;
    char prev = ' ';
    while (p < end) {
        char c = *p;
        if (c == '\'') {
            p++;
            while (p < end) {
                if (*p == '\'' && p + 1 < end && p[1] == '\'') {
                    p += 2;
                    continue;
                }
                if (*p++ == '\'')
                    break;
            }
            sb_addc(&sb, '?');
            prev = '?';
            continue;
        }
        if (c == '"') {             /* identifiers are kept as they are */
            const char *q = p++;
            while (p < end && *p != '"')
                p++;
            if (p < end)
                p++;
            sb_add(&sb, q, (size_t)(p - q));
            prev = '"';
            continue;
        }
        bool word_before = (prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z') ||
                           (prev >= '0' && prev <= '9') || prev == '_';
        if ((c >= '0' && c <= '9') && !word_before) {
            while (p < end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E'))
                p++;
            sb_addc(&sb, '?');
            prev = '?';
            continue;
        }
        sb_addc(&sb, c);
        prev = c;
        p++;
    }
    return sb_finish(&sb);
}

/* The first table named after `kw` (" FROM ", "INSERT INTO ", "UPDATE "),
 * without quotes, or NULL. */
static Str *table_after(Interp *I, const char *sql, const char *kw)
{
    const char *p = strstr(sql, kw);
    if (!p)
        return NULL;
    p += strlen(kw);
    while (*p == ' ')
        p++;
    if (*p == '"') {
        const char *q = strchr(p + 1, '"');
        if (q)
            return str_new(I, p + 1, (size_t)(q - p - 1));
    }
    const char *q = p;
    while (*q && *q != ' ' && *q != '(' && *q != ',')
        q++;
    return q > p ? str_new(I, p, (size_t)(q - p)) : NULL;
}

static Str *table_of(Interp *I, const DbQuery *q)
{
    const char *s = q->sql->s;
    switch (q->kind) {
    case DB_INSERT: return table_after(I, s, "INTO ");
    case DB_UPDATE: return table_after(I, s, "UPDATE ");
    default: return table_after(I, s, " FROM ");
    }
}

/* "60", "5,000", "1,234,567" */
static void add_count(StrBuf *sb, int64_t n)
{
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%lld", (long long)(n < 0 ? -n : n));
    if (n < 0)
        sb_addc(sb, '-');
    for (int i = 0; i < len; i++) {
        if (i && (len - i) % 3 == 0)
            sb_addc(sb, ',');
        sb_addc(sb, digits[i]);
    }
}

static void add_rows(StrBuf *sb, int64_t n)
{
    add_count(sb, n);
    sb_adds(sb, n == 1 ? " row" : " rows");
}

/* The statement cut to about 160 bytes, on a UTF-8 boundary. */
static void add_sql(StrBuf *sb, const Str *sql)
{
    size_t max = 160;
    if ((size_t)sql->len <= max) {
        sb_addstr(sb, sql);
        return;
    }
    while (max > 0 && ((unsigned char)sql->s[max] & 0xC0) == 0x80)
        max--;
    sb_add(sb, sql->s, max);
    sb_adds(sb, "…");
}

static const char *ordinal(size_t i)
{
    static const char *const names[] = { "first", "second", "third", "fourth", "fifth",
                                         "sixth", "seventh", "eighth", "ninth", "tenth" };
    return i < 10 ? names[i] : NULL;
}

/* Whether the statement read a whole table: a SELECT with no WHERE, no
 * LIMIT and no aggregate. */
static bool loads_everything(const DbQuery *q)
{
    const char *s = q->sql->s;
    return q->kind == DB_SELECT && !strstr(s, " WHERE ") && !strstr(s, " LIMIT ") &&
           !strstr(s, "COUNT(") && !strstr(s, "SUM(") && !strstr(s, "AVG(") && !strstr(s, "MAX(") &&
           !strstr(s, "MIN(") && strstr(s, " FROM ");
}

/* What statement q did, as a verb phrase: "loaded every row of blog_entry (60 rows)". */
static void add_verb(Interp *I, StrBuf *sb, const DbQuery *q)
{
    const char *s = q->sql->s;
    Str *t = table_of(I, q);
    const char *tn = t ? t->s : "the table";
    switch (q->kind) {
    case DB_SELECT:
        if (!strncmp(s, "SELECT 1 AS \"a\" FROM", 20)) {
            sb_printf(sb, "asked SQLite whether a row of %s exists", tn);
        } else if (strstr(s, "COUNT(*) AS \"__count\"") && !strstr(s, "GROUP BY")) {
            sb_printf(sb, "counted the rows of %s in SQL", tn);
        } else if (loads_everything(q)) {
            sb_printf(sb, "loaded every row of %s (", tn);
            add_rows(sb, q->rows);
            sb_addc(sb, ')');
        } else {
            sb_adds(sb, "fetched ");
            add_rows(sb, q->rows);
            sb_printf(sb, " of %s", tn);
            if (strstr(s, " JOIN "))
                sb_adds(sb, " with a JOIN");
            if (strstr(s, " LIMIT "))
                sb_adds(sb, " (LIMIT in SQL)");
        }
        return;
    case DB_INSERT: sb_adds(sb, "inserted "); add_rows(sb, q->rows); sb_printf(sb, " into %s", tn); return;
    case DB_UPDATE: sb_adds(sb, "updated "); add_rows(sb, q->rows); sb_printf(sb, " of %s", tn); return;
    case DB_DELETE: sb_adds(sb, "deleted "); add_rows(sb, q->rows); sb_printf(sb, " from %s", tn); return;
    default: sb_printf(sb, "was %s", db_kind_name(q->kind)); return;
    }
}

static void add_line(StrBuf *sb, int line)
{
    if (line > 0)
        sb_printf(sb, " (line %d)", line);
}

Str *mod_kata_describe_queries(Interp *I, const DbQuery *const *qs, const int *lines, size_t k,
                               const int64_t *want, int nwant)
{
    StrBuf sb;
    sb_init(&sb, I);
    if (k == 0)
        sb_adds(&sb, "no query ran");
    else if (k == 1)
        sb_adds(&sb, "1 query ran");
    else {
        add_count(&sb, (int64_t)k);
        sb_adds(&sb, " queries ran");
    }
    int64_t most = 0;
    if (nwant > 0) {
        sb_adds(&sb, "; this needs ");
        for (int i = 0; i < nwant; i++) {
            if (i)
                sb_adds(&sb, i + 1 == nwant ? " or " : ", ");
            add_count(&sb, want[i]);
            if (want[i] > most)
                most = want[i];
        }
    }
    if (k == 0)
        return sb_finish(&sb);
    sb_adds(&sb, " — ");

    /* The N+1 pattern: the largest group of statements of the same shape. */
    if (k >= 3 && (nwant == 0 || (int64_t)k > most)) {
        Str **shapes = interp_alloc(I, k * sizeof *shapes);
        for (size_t i = 0; i < k; i++)
            shapes[i] = shape(I, qs[i]->sql);
        size_t best = 0, best_n = 0;
        for (size_t i = 0; i < k; i++) {
            size_t n = 0;
            for (size_t j = i; j < k; j++)
                n += str_eq(shapes[i], shapes[j]);
            if (n > best_n) {
                best_n = n;
                best = i;
            }
        }
        if (best_n >= 3) {
            Str *t = table_of(I, qs[best]);
            sb_printf(&sb, "the same query on %s ran ", t ? t->s : "one table");
            add_count(&sb, (int64_t)best_n);
            sb_adds(&sb, " times with different values, once per object (the N+1 pattern)");
            add_line(&sb, lines ? lines[best] : 0);
            sb_adds(&sb, ": ");
            add_sql(&sb, qs[best]->sql);
            return sb_finish(&sb);
        }
    }

    /* Else the first statement that read a whole table, or the first one. */
    size_t focus = 0;
    for (size_t i = 0; i < k; i++)
        if (loads_everything(qs[i])) {
            focus = i;
            break;
        }
    const char *ord = ordinal(focus);
    if (k == 1)
        sb_adds(&sb, "it ");
    else if (ord)
        sb_printf(&sb, "the %s ", ord);
    else
        sb_printf(&sb, "query %zu ", focus + 1);
    add_verb(I, &sb, qs[focus]);
    add_line(&sb, lines ? lines[focus] : 0);
    sb_adds(&sb, ": ");
    add_sql(&sb, qs[focus]->sql);
    return sb_finish(&sb);
}
