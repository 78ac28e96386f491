/*
 * app_sql.c — what the SQL pane says about the statements of a run, as
 * django-debug-toolbar does: which are duplicates (the very same SQL) and
 * which are similar (the same SQL with other values — the N+1 signature),
 * and the EXPLAIN QUERY PLAN of one statement.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "app_int.h"
#include "fixture.h"

char *app_sql_shape(const char *sql)
{
    size_t n = strlen(sql);
    char *out = malloc(n + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        char c = sql[i];
        if (c == '\'') {            /* string literal, '' escapes a quote */
            i++;
            while (i < n) {
                if (sql[i] == '\'') {
                    if (i + 1 < n && sql[i + 1] == '\'') {
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                i++;
            }
            out[k++] = '?';
            continue;
        }
        if (c == '"') {             /* quoted identifier: kept */
            out[k++] = sql[i++];
            while (i < n && sql[i] != '"')
                out[k++] = sql[i++];
            if (i < n)
                out[k++] = sql[i++];
            continue;
        }
        bool prev_ident = k > 0 && (isalnum((unsigned char)out[k - 1]) || out[k - 1] == '_');
        if ((isdigit((unsigned char)c) || (c == '-' && i + 1 < n && isdigit((unsigned char)sql[i + 1]) &&
                                           !prev_ident && k > 0 && strchr("(,= ", out[k - 1]))) &&
            !prev_ident) {
            i++;
            while (i < n && (isalnum((unsigned char)sql[i]) || sql[i] == '.'))
                i++;
            out[k++] = '?';
            continue;
        }
        if (c == 'N' && !strncmp(sql + i, "NULL", 4) && !prev_ident &&
            !(isalnum((unsigned char)sql[i + 4]) || sql[i + 4] == '_')) {
            out[k++] = '?';
            i += 4;
            continue;
        }
        out[k++] = sql[i++];
    }
    out[k] = 0;
    return out;
}

void app_sql_analyse(const GradeQuery *q, size_t n, SqlInfo *info)
{
    char **shape = calloc(n ? n : 1, sizeof *shape);
    for (size_t i = 0; i < n; i++) {
        info[i].dup = info[i].similar = 0;
        if (shape)
            shape[i] = app_sql_shape(q[i].sql ? q[i].sql : "");
    }
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < n; j++) {
            if (q[i].sql && q[j].sql && !strcmp(q[i].sql, q[j].sql))
                info[i].dup++;
            else if (shape && shape[i] && shape[j] && !strcmp(shape[i], shape[j]))
                info[i].similar++;
        }
        /* "similar" counts the whole group, duplicates and the statement
         * itself included; a group of identical statements only is just
         * duplicated, not similar */
        if (info[i].similar)
            info[i].similar += info[i].dup;
    }
    if (shape)
        for (size_t i = 0; i < n; i++)
            free(shape[i]);
    free(shape);
}

typedef struct PlanRow {
    int id, parent;
    char *detail;
} PlanRow;

/* Depth of a plan row: how many parents up to 0. */
static int plan_depth(const PlanRow *rows, int n, int i)
{
    int d = 0;
    int p = rows[i].parent;
    for (int guard = 0; p != 0 && guard < n; guard++) {
        int found = -1;
        for (int k = 0; k < n; k++)
            if (rows[k].id == p)
                found = k;
        if (found < 0)
            break;
        d++;
        p = rows[found].parent;
    }
    return d;
}

char *app_sql_explain(const char *sql)
{
    sqlite3 *db = NULL;
    char *err = NULL;
    char *out = NULL;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK || fixture_create_schema(db, &err) != FIXTURE_OK) {
        out = strdup(err ? err : "could not open the database");
        sqlite3_free(err);
        sqlite3_close(db);
        return out;
    }
    size_t len = strlen(sql) + 32;
    char *q = malloc(len);
    if (!q) {
        sqlite3_close(db);
        return NULL;
    }
    snprintf(q, len, "EXPLAIN QUERY PLAN %s", sql);
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, q, -1, &st, NULL) != SQLITE_OK) {
        const char *m = sqlite3_errmsg(db);
        size_t mlen = strlen(m) + 32;
        out = malloc(mlen);
        if (out)
            snprintf(out, mlen, "(no plan: %s)", m);
        free(q);
        sqlite3_close(db);
        return out;
    }
    free(q);
    PlanRow *rows = NULL;
    int n = 0, cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            PlanRow *nr = realloc(rows, sizeof *nr * (size_t)cap);
            if (!nr)
                break;
            rows = nr;
        }
        const char *d = (const char *)sqlite3_column_text(st, 3);
        rows[n].id = sqlite3_column_int(st, 0);
        rows[n].parent = sqlite3_column_int(st, 1);
        rows[n].detail = strdup(d ? d : "");
        n++;
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    size_t total = 16;
    for (int i = 0; i < n; i++)
        total += strlen(rows[i].detail ? rows[i].detail : "") + 3 * (size_t)n + 4;
    out = malloc(total);
    if (out) {
        size_t k = 0;
        out[0] = 0;
        for (int i = 0; i < n; i++) {
            int d = plan_depth(rows, n, i);
            for (int s = 0; s < d; s++) {
                memcpy(out + k, "  ", 2);
                k += 2;
            }
            k += (size_t)sprintf(out + k, "%s\n", rows[i].detail ? rows[i].detail : "");
        }
        if (n == 0)
            strcpy(out, "(no plan)\n");
    }
    for (int i = 0; i < n; i++)
        free(rows[i].detail);
    free(rows);
    return out;
}
