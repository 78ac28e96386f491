/*
 * test_parse.c — the lexer and parser (engine/lex.c, engine/parse*.c).
 *
 * - dump_cases: source snippets whose whole tree, positions included, must
 *   print exactly as CPython 3.11's ast does (see parse_dump.h / .py);
 * - err_cases: SyntaxError / IndentationError / TabError kind, message,
 *   line and offsets as CPython's compile() reports them;
 * - the constructs outside kata Python, refused with "… is not supported here";
 * - robustness: random bytes, deep nesting, NUL, bad UTF-8, BOM, CR/CRLF,
 *   very long lines, and speed on a 10,000-line file.
 * Expected values come from CPython 3.11.7 (test_parse_cases.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "interp.h"
#include "interp_int.h"
#include "parse.h"

#include "parse_dump.h"
#include "test_parse_cases.h"

static Interp *new_interp(void)
{
    Interp *I = interp_new(NULL, NULL);
    assert_non_null(I);
    return I;
}

static Node *parse_str(Interp *I, const char *src, ParseError *err)
{
    return parse_module(I, "x.py", src, strlen(src), err);
}

static void test_dumps(void **state)
{
    (void)state;
    Interp *I = new_interp();
    int bad = 0;
    for (size_t i = 0; i < sizeof dump_cases / sizeof dump_cases[0]; i++) {
        ParseError err;
        Node *m = parse_str(I, dump_cases[i].src, &err);
        if (!m) {
            print_message("parse failed: %s\n  %s: %s (%d:%d)\n", dump_cases[i].src, err.kind, err.msg, err.line, err.col);
            bad++;
            continue;
        }
        DumpBuf b = {0};
        dump_node(&b, m, 0);
        if (strcmp(b.p, dump_cases[i].dump) != 0) {
            print_message("tree differs for: %s\n  want %s\n  got  %s\n", dump_cases[i].src, dump_cases[i].dump, b.p);
            bad++;
        }
        free(b.p);
    }
    interp_free(I);
    assert_int_equal(bad, 0);
}

static void test_errors(void **state)
{
    (void)state;
    Interp *I = new_interp();
    int bad = 0;
    for (size_t i = 0; i < sizeof err_cases / sizeof err_cases[0]; i++) {
        const ErrCase *c = &err_cases[i];
        ParseError err;
        Node *m = parse_str(I, c->src, &err);
        if (m || strcmp(err.kind, c->kind) != 0 || strcmp(err.msg, c->msg) != 0 || err.line != c->line ||
            err.col != c->col || err.end_col != c->end_col) {
            print_message("error differs for: %s\n  want %s: %s (%d, %d, %d)\n  got  %s: %s (%d, %d, %d)\n", c->src,
                          c->kind, c->msg, c->line, c->col, c->end_col, m ? "(parsed)" : err.kind, m ? "" : err.msg,
                          err.line, err.col, err.end_col);
            bad++;
        }
    }
    interp_free(I);
    assert_int_equal(bad, 0);
}

/* Outside the subset: refused, naming the feature, on the right line. */
static void test_unsupported(void **state)
{
    (void)state;
    static const struct { const char *src, *msg; int line; } cases[] = {
        {"async def f():\n    pass\n", "async functions are not supported here", 1},
        {"async for x in y: pass\n", "async for loops are not supported here", 1},
        {"x = await y\n", "await is not supported here", 1},
        {"x = 1\nmatch x:\n    case 1j: pass\n", "complex numbers are not supported here", 3},
        {"try:\n    pass\nexcept* E:\n    pass\n", "except* is not supported here", 3},
        {"type X = int\n", "type aliases are not supported here", 1},
        {"def f[T](x): pass\n", "type parameters are not supported here", 1},
        {"x = 1j\n", "complex numbers are not supported here", 1},
        {"x = 2 + 3.5J\n", "complex numbers are not supported here", 1},
        {"x = [i async for i in y]\n", "asynchronous comprehensions are not supported here", 1},
    };
    Interp *I = new_interp();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ParseError err;
        assert_null(parse_str(I, cases[i].src, &err));
        assert_string_equal(err.kind, "SyntaxError");
        assert_string_equal(err.msg, cases[i].msg);
        assert_int_equal(err.line, cases[i].line);
    }
    /* soft keywords stay names */
    ParseError err;
    assert_non_null(parse_str(I, "match = 1\ntype = 2\ncase = match + type\nprint(match(x))\n", &err));
    interp_free(I);
}

/* Precedence spelled out on a few classics (trees checked against CPython too). */
static void test_precedence(void **state)
{
    (void)state;
    Interp *I = new_interp();
    ParseError err;
    Node *m = parse_str(I, "-2**2\n", &err);
    assert_non_null(m);
    Node *e = m->u.module.body.items[0]->u.expr.value;
    assert_int_equal(e->kind, E_UNARY);
    assert_int_equal(e->u.unary.op, U_NEG);
    assert_int_equal(e->u.unary.operand->kind, E_BINOP);
    assert_int_equal(e->u.unary.operand->u.binop.op, OP_POW);

    m = parse_str(I, "2**3**4\n", &err);     /* right-associative */
    e = m->u.module.body.items[0]->u.expr.value;
    assert_int_equal(e->u.binop.right->kind, E_BINOP);

    m = parse_str(I, "a or b and not c == d | e ^ f & g << h + i * -j ** k\n", &err);
    assert_non_null(m);
    e = m->u.module.body.items[0]->u.expr.value;
    assert_int_equal(e->kind, E_BOOLOP);
    assert_int_equal(e->u.boolop.is_and, 0);
    Node *and_ = e->u.boolop.values.items[1];
    assert_int_equal(and_->u.boolop.is_and, 1);
    Node *not_ = and_->u.boolop.values.items[1];
    assert_int_equal(not_->u.unary.op, U_NOT);
    Node *cmp = not_->u.unary.operand;
    assert_int_equal(cmp->kind, E_COMPARE);
    assert_int_equal(cmp->u.compare.comparators[0]->u.binop.op, OP_BITOR);
    interp_free(I);
}

static void expect_error(Interp *I, const char *src, size_t len, const char *kind, const char *msg, int line)
{
    ParseError err;
    Node *m = parse_module(I, "x.py", src, len, &err);
    assert_null(m);
    assert_string_equal(err.kind, kind);
    assert_string_equal(err.msg, msg);
    assert_int_equal(err.line, line);
}

static void test_encoding(void **state)
{
    (void)state;
    Interp *I = new_interp();
    ParseError err;
    expect_error(I, "x = 1\n\xff = 2\n", 12, "SyntaxError",
                 "Non-UTF-8 code starting with '\\xff' in file x.py on line 2, but no encoding declared; "
                 "see https://peps.python.org/pep-0263/ for details", 2);
    expect_error(I, "a\0b\n", 4, "SyntaxError", "source code cannot contain null bytes", 1);
    /* the line after long ASCII runs, CRLF and a lone CR (CPython 3.11: line 4) */
    expect_error(I, "a = 1  # a comment longer than eight bytes\r\nb = 2\rc = 3\n\xff\n", 58, "SyntaxError",
                 "Non-UTF-8 code starting with '\\xff' in file x.py on line 4, but no encoding declared; "
                 "see https://peps.python.org/pep-0263/ for details", 4);
    expect_error(I, "# twelve bytes..\n# more than eight\nx\0\n", 38, "SyntaxError",
                 "source code cannot contain null bytes", 3);
    expect_error(I, "x = '\xc3'\n", 8, "SyntaxError",
                 "Non-UTF-8 code starting with '\\xc3' in file x.py on line 1, but no encoding declared; "
                 "see https://peps.python.org/pep-0263/ for details", 1);
    /* BOM skipped, CRLF and lone CR, no trailing newline, empty file */
    const char *crlf = "\xef\xbb\xbfx = 1\r\ny = (1,\r2)\rz = 3";
    Node *m = parse_module(I, "x.py", crlf, strlen(crlf), &err);
    assert_non_null(m);
    assert_int_equal(m->u.module.body.n, 3);
    assert_int_equal(m->u.module.body.items[2]->line, 4);
    m = parse_module(I, "x.py", "", 0, &err);
    assert_non_null(m);
    assert_int_equal(m->u.module.body.n, 0);
    m = parse_module(I, "x.py", "\n\n# c\n   \n", 10, &err);
    assert_non_null(m);
    assert_int_equal(m->u.module.body.n, 0);
    interp_free(I);
}

static char *repeat(const char *a, int n, const char *mid, const char *b, int nb)
{
    size_t la = strlen(a), lm = strlen(mid), lb = strlen(b);
    char *s = malloc(la * (size_t)n + lm + lb * (size_t)nb + 1);
    char *p = s;
    for (int i = 0; i < n; i++, p += la)
        memcpy(p, a, la);
    memcpy(p, mid, lm);
    p += lm;
    for (int i = 0; i < nb; i++, p += lb)
        memcpy(p, b, lb);
    *p = 0;
    return s;
}

/* Parse src in a fresh interpreter (as each run gets one), so that the
 * megabyte-sized inputs below do not add up against one memory budget;
 * returns whether it parsed, with *err filled. */
static bool parses_fresh(const char *src, ParseError *err)
{
    Interp *I = new_interp();
    bool ok = parse_str(I, src, err) != NULL;
    interp_free(I);
    return ok;
}

static void test_deep_nesting(void **state)
{
    (void)state;
    Interp *I = new_interp();
    ParseError err;
    char *s = repeat("(", 199, "1", ")", 199);
    assert_non_null(parse_str(I, s, &err));
    free(s);
    s = repeat("[x", 1000, "", "]", 1000);
    expect_error(I, s, strlen(s), "SyntaxError", "too many nested parentheses", 1);
    assert_int_equal(err.col, 0);
    free(s);
    interp_free(I);
    s = repeat("(", 1 << 20, "", "", 0);       /* a megabyte of brackets */
    assert_false(parses_fresh(s, &err));
    assert_string_equal(err.kind, "SyntaxError");
    assert_string_equal(err.msg, "too many nested parentheses");
    free(s);
    static const char *unary[] = {"-", "not ", "~", "lambda:", "a**", "x if y else "};
    for (size_t i = 0; i < sizeof unary / sizeof unary[0]; i++) {
        s = repeat(unary[i], 200000, "1", "", 0);
        assert_false(parses_fresh(s, &err));
        assert_string_equal(err.msg, "expression too deeply nested");
        free(s);
    }
    s = repeat("a.", 200000, "b", "", 0);       /* long chains are loops, not recursion */
    assert_true(parses_fresh(s, &err));
    free(s);
    s = repeat("f", 1, "", "(x)[0]", 100000);
    assert_true(parses_fresh(s, &err));
    free(s);
    I = new_interp();
    char *deep = malloc(200 * 110 + 100);
    char *p = deep;
    for (int i = 0; i <= 100; i++) {
        memset(p, ' ', (size_t)i);
        p += i;
        p += sprintf(p, "if x:\n");
    }
    memset(p, ' ', 101);
    p += 101;
    strcpy(p, "pass\n");
    expect_error(I, deep, strlen(deep), "IndentationError", "too many levels of indentation", 101);
    free(deep);
    interp_free(I);
}

/* Outside interp_run (no catch point) a parse past the memory budget fails
 * with a MemoryError ParseError instead of writing through NULL. */
static void test_memory_budget(void **state)
{
    (void)state;
    Budget b = budget_default();
    b.max_bytes = 1 << 20;
    Interp *I = interp_new(&b, NULL);
    assert_non_null(I);
    ParseError err;
    char *s = repeat("f", 1, "", "(x)[0]", 100000);
    assert_null(parse_str(I, s, &err));
    assert_string_equal(err.kind, "MemoryError");
    free(s);
    size_t limit = I->arena.limit;
    assert_non_null(parse_str(I, "x = 1\n", &err));   /* the limit is back in force */
    assert_int_equal(I->arena.limit, limit);
    interp_free(I);
}

/* A long line and a 10,000-line file parse, and quickly (no quadratic step). */
static void test_size_and_speed(void **state)
{
    (void)state;
    Interp *I = new_interp();
    ParseError err;
    char *s = repeat("x + ", 100000, "1\n", "", 0);
    assert_non_null(parse_str(I, s, &err));
    free(s);
    size_t cap = 1 << 22, n = 0;
    char *big = malloc(cap);
    for (int i = 0; i < 1000; i++)
        n += (size_t)snprintf(big + n, cap - n,
                              "def f%d(a, b=1, *args, **kw):\n"
                              "    \"\"\"Doc %d.\"\"\"\n"
                              "    x = [i * 2 for i in range(a) if i %% 3]\n"
                              "    d = {'k': x, 'n': f'{a!r:>{b}}'}\n"
                              "    if a > b and not kw:\n"
                              "        return d['k'][1:-1]\n"
                              "    for k, v in kw.items():\n"
                              "        print(k, v, sep=', ')\n"
                              "    return None\n\n",
                              i, i);
    clock_t t0 = clock();
    Node *m = parse_module(I, "big.py", big, n, &err);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_non_null(m);
    assert_int_equal(m->u.module.body.n, 1000);
    print_message("10,000 lines parsed in %.1f ms\n", secs * 1000);
    assert_true(secs < 0.5);    /* generous for sanitizer builds */
    free(big);
    interp_free(I);
}

/* Random bytes and mutated programs: always a tree or an error, never a crash. */
static void test_random_bytes(void **state)
{
    (void)state;
    static const char alphabet[] = "()[]{}:;,.=+-*/\\'\"#\n\t fxrb0123456789_eEjJ!<>@%&|^~\xc3\xa9\xff\r\0";
    uint64_t seed = 12345;
    char buf[128];
    for (int round = 0; round < 20000; round++) {
        Interp *I = (round % 500 == 0 || round == 0) ? new_interp() : NULL;
        static Interp *cur;
        if (I) {
            if (cur)
                interp_free(cur);
            cur = I;
        }
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t len = (size_t)(seed >> 33) % sizeof buf;
        for (size_t i = 0; i < len; i++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            unsigned r = (unsigned)(seed >> 33);
            buf[i] = (r & 1) ? alphabet[(r >> 1) % (sizeof alphabet - 1)] : (char)(r >> 8);
        }
        ParseError err;
        Node *m = parse_module(cur, "r.py", buf, len, &err);
        if (!m) {
            assert_true(err.kind[0] != 0);
            assert_true(err.msg[0] != 0);
        }
        if (round == 19999) {
            interp_free(cur);
            cur = NULL;
        }
    }
}

/* Positions carried by parameters, keywords, aliases and handlers. */
static void test_aux_positions(void **state)
{
    (void)state;
    Interp *I = new_interp();
    ParseError err;
    Node *m = parse_str(I, "def f(a, *, b=1):\n    try:\n        g(x=1)\n    except E as e:\n        pass\n", &err);
    assert_non_null(m);
    Node *f = m->u.module.body.items[0];
    assert_int_equal(f->u.funcdef.args->args[0].col, 6);
    assert_int_equal(f->u.funcdef.args->kwonly[0].col, 12);
    Node *t = f->u.funcdef.body.items[0];
    assert_int_equal(t->u.try_.handlers[0].line, 4);
    assert_int_equal(t->u.try_.handlers[0].col, 4);
    Node *call = t->u.try_.body.items[0]->u.expr.value;
    assert_int_equal(call->u.call.keywords[0].col, 10);
    assert_string_equal(call->u.call.keywords[0].arg->s, "x");
    /* names are interned: the same pointer for the same text */
    m = parse_str(I, "import a.b as c\nc = a\n", &err);
    assert_non_null(m);
    Alias *al = &m->u.module.body.items[0]->u.import.names[0];
    assert_string_equal(al->name->s, "a.b");
    assert_ptr_equal(al->asname, m->u.module.body.items[1]->u.assign.targets.items[0]->u.name.id);
    interp_free(I);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dumps),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_unsupported),
        cmocka_unit_test(test_precedence),
        cmocka_unit_test(test_encoding),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_memory_budget),
        cmocka_unit_test(test_size_and_speed),
        cmocka_unit_test(test_random_bytes),
        cmocka_unit_test(test_aux_positions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
