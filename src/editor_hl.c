/*
 * editor_hl.c — syntax highlighting for the editor and for code blocks in
 * Markdown: Python (keywords, builtins, strings incl. triple-quoted ones
 * spanning lines, numbers, comments, the name after def/class) and SQL
 * (keywords, strings, numbers, quoted identifiers). One role (FG_*) per byte.
 */
#include <ctype.h>
#include <string.h>

#include "editor.h"
#include "grid.h"

static const char *const py_keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield", NULL
};

static const char *const py_builtins[] = {
    "print", "len", "list", "dict", "set", "tuple", "str", "int", "float", "bool", "range",
    "sum", "min", "max", "sorted", "enumerate", "zip", "map", "filter", "any", "all",
    "isinstance", "type", "repr", "iter", "next", "getattr", "setattr", "hasattr", "self",
    NULL
};

static const char *const sql_keywords[] = {
    "SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IN", "IS", "NULL", "AS", "ON", "JOIN",
    "INNER", "LEFT", "OUTER", "CROSS", "GROUP", "BY", "ORDER", "HAVING", "LIMIT", "OFFSET",
    "INSERT", "INTO", "VALUES", "UPDATE", "SET", "DELETE", "RETURNING", "BEGIN", "COMMIT",
    "ROLLBACK", "SAVEPOINT", "RELEASE", "DISTINCT", "COUNT", "ASC", "DESC", "LIKE", "ESCAPE",
    "BETWEEN", "EXISTS", "CASE", "WHEN", "THEN", "ELSE", "END", "CAST", "UNION", "ALL",
    "CREATE", "TABLE", "INDEX", "EXPLAIN", "QUERY", "PLAN", "WITH", NULL
};

static bool in_list(const char *const *list, const char *s, int n, bool nocase)
{
    for (int i = 0; list[i]; i++) {
        if ((int)strlen(list[i]) != n)
            continue;
        if (nocase ? !strncasecmp(list[i], s, (size_t)n) : !strncmp(list[i], s, (size_t)n))
            return true;
    }
    return false;
}

static bool ident_start(unsigned char c)
{
    return c == '_' || isalpha(c) || c >= 0x80;
}

static bool ident_char(unsigned char c)
{
    return c == '_' || isalnum(c) || c >= 0x80;
}

/* Colour a string body from i (just past the opening quotes) to its end;
 * returns the index after it, and whether it closed. */
static int py_string(const char *s, int n, int i, char q, bool triple, uint8_t *roles, bool *closed)
{
    *closed = false;
    while (i < n) {
        roles[i] = FG_STRING;
        if (s[i] == '\\' && i + 1 < n) {
            roles[i + 1] = FG_STRING;
            i += 2;
            continue;
        }
        if (s[i] == q) {
            if (!triple) {
                *closed = true;
                return i + 1;
            }
            if (i + 2 < n && s[i + 1] == q && s[i + 2] == q) {
                roles[i + 1] = roles[i + 2] = FG_STRING;
                *closed = true;
                return i + 3;
            }
        }
        i++;
    }
    return i;
}

void editor_hl_python(const char *s, int n, int *state, uint8_t *roles)
{
    int i = 0;
    bool after_def = false;
    memset(roles, FG_NORMAL, (size_t)n);
    if (*state) {
        bool closed;
        i = py_string(s, n, 0, *state == 1 ? '\'' : '"', true, roles, &closed);
        if (!closed)
            return;
        *state = 0;
    }
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '#') {
            memset(roles + i, FG_COMMENT, (size_t)(n - i));
            return;
        }
        /* string prefixes: r, b, f, u and pairs */
        int p = i;
        while (p < n && p - i < 2 && strchr("rRbBfFuU", s[p]) && s[p])
            p++;
        if (p < n && (s[p] == '\'' || s[p] == '"') && (p == i || !ident_char((unsigned char)(i ? s[i - 1] : ' ')))) {
            char q = s[p];
            bool triple = p + 2 < n && s[p + 1] == q && s[p + 2] == q;
            int body = p + (triple ? 3 : 1);
            for (int k = i; k < body; k++)
                roles[k] = FG_STRING;
            bool closed;
            i = py_string(s, n, body, q, triple, roles, &closed);
            if (triple && !closed)
                *state = q == '\'' ? 1 : 2;
            after_def = false;
            continue;
        }
        if (ident_start(c)) {
            int j = i;
            while (j < n && ident_char((unsigned char)s[j]))
                j++;
            uint8_t r = FG_NORMAL;
            if (after_def)
                r = FG_DEFNAME;
            else if (in_list(py_keywords, s + i, j - i, false))
                r = FG_KEYWORD;
            else if (in_list(py_builtins, s + i, j - i, false))
                r = FG_BUILTIN;
            memset(roles + i, r, (size_t)(j - i));
            after_def = r == FG_KEYWORD && ((j - i == 3 && !strncmp(s + i, "def", 3)) ||
                                            (j - i == 5 && !strncmp(s + i, "class", 5)));
            i = j;
            continue;
        }
        if (isdigit(c) || (c == '.' && i + 1 < n && isdigit((unsigned char)s[i + 1]))) {
            int j = i;
            while (j < n && (isalnum((unsigned char)s[j]) || s[j] == '.' || s[j] == '_'))
                j++;
            memset(roles + i, FG_NUMBER, (size_t)(j - i));
            i = j;
            continue;
        }
        if (c != ' ')
            after_def = false;
        i++;
    }
}

void editor_hl_sql(const char *s, int n, uint8_t *roles)
{
    int i = 0;
    memset(roles, FG_NORMAL, (size_t)n);
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\'' || c == '"') {
            int j = i + 1;
            while (j < n) {
                if (s[j] == (char)c) {
                    if (j + 1 < n && s[j + 1] == (char)c) {
                        j += 2;
                        continue;
                    }
                    j++;
                    break;
                }
                j++;
            }
            memset(roles + i, c == '\'' ? FG_STRING : FG_NORMAL, (size_t)(j - i));
            i = j;
            continue;
        }
        if (c == '-' && i + 1 < n && s[i + 1] == '-') {
            memset(roles + i, FG_COMMENT, (size_t)(n - i));
            return;
        }
        if (ident_start(c)) {
            int j = i;
            while (j < n && ident_char((unsigned char)s[j]))
                j++;
            if (in_list(sql_keywords, s + i, j - i, true))
                memset(roles + i, FG_SQLKW, (size_t)(j - i));
            i = j;
            continue;
        }
        if (isdigit(c)) {
            int j = i;
            while (j < n && (isdigit((unsigned char)s[j]) || s[j] == '.'))
                j++;
            memset(roles + i, FG_NUMBER, (size_t)(j - i));
            i = j;
            continue;
        }
        i++;
    }
}
