/*
 * test_regex.c — the regex engine's C API (engine/regex.h): compiling,
 * spans and groups of a match, compile errors with CPython's messages and
 * positions, the tick callback stopping a catastrophic pattern, the stack
 * cap, and arena copies; then the `re` module under the run's budget (a
 * catastrophic match ends with the step or time limit, not a hang).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "interp.h"
#include "regex.h"

/* ASCII text as code points (the tests use ASCII). */
static size_t cps(const char *s, uint32_t *out)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++)
        out[i] = (unsigned char)s[i];
    return n;
}

static Regex *compile(const char *pat, int flags, RegexError *err)
{
    uint32_t p[256];
    size_t n = cps(pat, p);
    return regex_compile(p, n, flags, false, err);
}

/* Search pat in text; spans into sp (group 0..2). */
static int search(const char *pat, const char *text, int mode, long *sp, int *lastindex)
{
    RegexError err;
    Regex *re = compile(pat, 0, &err);
    assert_non_null(re);
    int rc = regex_exec(re, text, 1, strlen(text), 0, strlen(text), mode, sp, lastindex, NULL, NULL, 0);
    regex_free(re);
    return rc;
}

static void test_spans_and_groups(void **state)
{
    long sp[8];
    int li;
    assert_int_equal(search("(a|ab)(c|bcd)(d*)", "abcd", REGEX_SEARCH, sp, &li), REGEX_FOUND);
    assert_int_equal(sp[0], 0);
    assert_int_equal(sp[1], 4);
    assert_int_equal(sp[2], 0);
    assert_int_equal(sp[3], 1);
    assert_int_equal(sp[4], 1);
    assert_int_equal(sp[5], 4);
    assert_int_equal(li, 3);
    assert_int_equal(search("(a)|b", "xb", REGEX_SEARCH, sp, &li), REGEX_FOUND);
    assert_int_equal(sp[0], 1);
    assert_int_equal(sp[2], -1);
    assert_int_equal(li, 0);
    assert_int_equal(search("b", "ab", REGEX_MATCH, sp, &li), REGEX_NOMATCH);
    assert_int_equal(search("a|ab", "ab", REGEX_FULLMATCH, sp, &li), REGEX_FOUND);
    assert_int_equal(sp[1], 2);
    /* an empty match at pos is refused with REGEX_ADVANCE: the next one */
    assert_int_equal(search("x*", "ab", REGEX_SEARCH | REGEX_ADVANCE, sp, &li), REGEX_FOUND);
    assert_int_equal(sp[0], 1);
    assert_int_equal(sp[1], 1);
}

static void test_code_points_and_flags(void **state)
{
    uint32_t pat[] = { '(', '?', 'i', ')', 0xe9, '+' };
    uint32_t text[] = { 'x', 0xc9, 0xe9, 'y' };
    RegexError err;
    Regex *re = regex_compile(pat, 6, 0, false, &err);
    assert_non_null(re);
    assert_int_equal(regex_flags(re), REGEX_I | REGEX_U);
    long sp[2];
    int li;
    assert_int_equal(regex_exec(re, text, 4, 4, 0, 4, REGEX_SEARCH, sp, &li, NULL, NULL, 0), REGEX_FOUND);
    assert_int_equal(sp[0], 1);
    assert_int_equal(sp[1], 3);
    /* an arena-style copy matches the same and needs no free */
    void *buf = malloc(regex_size(re));
    Regex *copy = regex_copy(re, buf);
    regex_free(re);
    assert_int_equal(regex_exec(copy, text, 4, 4, 2, 4, REGEX_SEARCH, sp, &li, NULL, NULL, 0), REGEX_FOUND);
    assert_int_equal(sp[0], 2);
    free(buf);
    /* bytes patterns: ASCII classes */
    uint32_t bp[] = { '\\', 'w' };
    re = regex_compile(bp, 2, 0, true, &err);
    assert_non_null(re);
    assert_int_equal(regex_flags(re), 0);
    unsigned char bt[] = { 0xe9, 'a' };
    assert_int_equal(regex_exec(re, bt, 1, 2, 0, 2, REGEX_SEARCH, sp, &li, NULL, NULL, 0), REGEX_FOUND);
    assert_int_equal(sp[0], 1);
    regex_free(re);
}

static void test_names(void **state)
{
    RegexError err;
    Regex *re = compile("(?P<year>\\d+)-(\\d+)", 0, &err);
    assert_non_null(re);
    assert_int_equal(regex_groups(re), 2);
    assert_string_equal(regex_group_name(re, 1), "year");
    assert_null(regex_group_name(re, 2));
    assert_null(regex_group_name(re, 3));
    regex_free(re);
}

static void test_errors(void **state)
{
    static const struct { const char *pat; const char *msg; long pos; int kind; } cases[] = {
        { "(", "missing ), unterminated subpattern", 0, 0 },
        { "*", "nothing to repeat", 0, 0 },
        { "a**", "multiple repeat", 2, 0 },
        { "\\q", "bad escape \\q", 0, 0 },
        { "(?<x", "unknown extension ?<x", 1, 0 },
        { "[a", "unterminated character set", 0, 0 },
        { "a)", "unbalanced parenthesis", 1, 0 },
        { "(?<=a+)b", "look-behind requires fixed-width pattern", -1, 0 },
        { "a{99999999999}", "the repetition number is too large", -1, 1 },
        { "(?L)a", "bad inline flags: cannot use 'L' flag with a str pattern", 3, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        RegexError err;
        Regex *re = compile(cases[i].pat, 0, &err);
        assert_null(re);
        assert_string_equal(err.msg, cases[i].msg);
        assert_int_equal(err.pos, cases[i].pos);
        assert_int_equal(err.kind, cases[i].kind);
    }
    RegexError err;
    assert_null(compile("a", REGEX_L, &err));
    assert_int_equal(err.kind, 2);
    assert_string_equal(err.msg, "cannot use LOCALE flag with a str pattern");
}

static int stop_after(void *ud, uint64_t steps)
{
    uint64_t *left = ud;
    if (steps >= *left)
        return 1;
    *left -= steps;
    return 0;
}

static void test_tick_stops_catastrophe(void **state)
{
    RegexError err;
    Regex *re = compile("(a+)+$", 0, &err);
    assert_non_null(re);
    char text[64];
    memset(text, 'a', 40);
    text[40] = 'b';
    text[41] = 0;
    long sp[4];
    int li;
    uint64_t left = 1000000;
    assert_int_equal(regex_exec(re, text, 1, 41, 0, 41, REGEX_MATCH, sp, &li, stop_after, &left, 0),
                     REGEX_STOPPED);
    regex_free(re);
    /* the backtracking stack is capped: many choice points, a small cap */
    re = compile("(?:a|b)*c", 0, &err);
    assert_non_null(re);
    char big[20001];
    memset(big, 'a', 20000);
    big[20000] = 0;
    assert_int_equal(regex_exec(re, big, 1, 20000, 0, 20000, REGEX_MATCH, sp, &li, NULL, NULL, 4096),
                     REGEX_NOMEM);
    /* uncapped it is an ordinary failure */
    assert_int_equal(regex_exec(re, big, 1, 20000, 0, 20000, REGEX_MATCH, sp, &li, NULL, NULL, 0),
                     REGEX_NOMATCH);
    regex_free(re);
}

typedef struct Out {
    char buf[4096];
    size_t len;
} Out;

static void capture(void *ctx, const char *s, size_t n)
{
    Out *o = ctx;
    if (o->len + n < sizeof o->buf) {
        memcpy(o->buf + o->len, s, n);
        o->len += n;
        o->buf[o->len] = 0;
    }
}

static void test_re_under_budget(void **state)
{
    const char *src = "import re\nre.match(r'(a+)+$', 'a' * 40 + 'b')\n";
    Budget b = budget_default();
    b.max_steps = 2000000;
    Out out = { 0 };
    InterpOutput o = { capture, &out };
    Diag d;
    Interp *I = interp_new(&b, &o);
    assert_non_null(I);
    assert_int_equal(interp_run(I, "t.py", "__main__", src, strlen(src), &d), RUN_LIMIT);
    assert_string_equal(d.kind, "StepLimit");
    interp_free(I);
    b.max_steps = 0;
    b.max_seconds = 0.3;
    I = interp_new(&b, &o);
    assert_int_equal(interp_run(I, "t.py", "__main__", src, strlen(src), &d), RUN_LIMIT);
    assert_string_equal(d.kind, "TimeLimit");
    interp_free(I);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spans_and_groups),
        cmocka_unit_test(test_code_points_and_flags),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_tick_stops_catastrophe),
        cmocka_unit_test(test_re_under_budget),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
