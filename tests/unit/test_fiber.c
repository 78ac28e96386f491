/*
 * test_fiber.c — fiber.c, the C stacks under generator functions: a
 * fiber runs its function on the first switch, keeps its locals across
 * switches both ways, fibers nest (one switches into another and back),
 * floating-point state survives a switch, a released stack is reused (by
 * a fiber asking the same stack size only), and
 * a generator left paused when the interpreter is freed is harmless.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "fiber.h"
#include "interp.h"

typedef struct Pair {
    FiberCtx main;
    Fiber *f;
    int count;
    double acc;
    struct Pair *inner;
} Pair;

/* Counts up, switching back to main after each step; never returns. */
static void counter(void *arg)
{
    Pair *p = arg;
    fiber_started(fiber_ctx(p->f));
    double local = 0.5;
    for (int i = 0; i < 3; i++) {
        p->count++;
        local *= 3.0;
        p->acc = local;
        if (p->inner) {
            /* nest: run the inner fiber one step from here */
            fiber_switch(fiber_ctx(p->f), fiber_ctx(p->inner->f));
        }
        fiber_switch(fiber_ctx(p->f), &p->main);
    }
    p->count = 100;
    fiber_switch_final(fiber_ctx(p->f), &p->main);
}

/* The inner fiber of the nesting test switches back to the outer one. */
typedef struct Inner {
    Pair p;
    Pair *outer;
} Inner;

static void inner_fn(void *arg)
{
    Inner *in = arg;
    fiber_started(fiber_ctx(in->p.f));
    for (;;) {
        in->p.count++;
        fiber_switch(fiber_ctx(in->p.f), fiber_ctx(in->outer->f));
    }
}

static void test_ping_pong(void **state)
{
    (void)state;
    Pair p;
    memset(&p, 0, sizeof p);
    p.f = fiber_new(0, counter, &p);
    assert_non_null(p.f);
    assert_int_equal(p.count, 0);          /* nothing runs before the first switch */
    for (int i = 1; i <= 3; i++) {
        fiber_switch(&p.main, fiber_ctx(p.f));
        assert_int_equal(p.count, i);
    }
    assert_true(p.acc == 13.5);
    fiber_switch(&p.main, fiber_ctx(p.f));  /* the last step: it leaves for good */
    assert_int_equal(p.count, 100);
    fiber_release(p.f);
}

static void test_nested_and_reuse(void **state)
{
    (void)state;
    Pair outer;
    Inner in;
    memset(&outer, 0, sizeof outer);
    memset(&in, 0, sizeof in);
    outer.f = fiber_new(0, counter, &outer);
    in.p.f = fiber_new(0, inner_fn, &in);
    in.outer = &outer;
    outer.inner = &in.p;
    for (int i = 1; i <= 3; i++) {
        fiber_switch(&outer.main, fiber_ctx(outer.f));
        assert_int_equal(outer.count, i);
        assert_int_equal(in.p.count, i);
    }
    fiber_switch(&outer.main, fiber_ctx(outer.f));
    assert_int_equal(outer.count, 100);
    fiber_release(outer.f);
    fiber_release(in.p.f);              /* paused for ever: releasing is fine */
    /* many fibers one after another reuse the pooled stacks */
    for (int k = 0; k < 200; k++) {
        Pair q;
        memset(&q, 0, sizeof q);
        q.f = fiber_new(0, counter, &q);
        assert_non_null(q.f);
        while (q.count != 100)
            fiber_switch(&q.main, fiber_ctx(q.f));
        fiber_release(q.f);
    }
}

/* Released stacks are reused only for fibers asking the same size: the
 * run's 256 MiB stack must never go to a caller that asked for less, nor
 * a generator's 64 MiB one to a run. */
static void test_pool_by_size(void **state)
{
    (void)state;
    enum { BIG = 128u << 20 };
    Pair a, b;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    a.f = fiber_new(BIG, counter, &a);
    assert_non_null(a.f);
    assert_int_equal(fiber_ctx(a.f)->stack_size, BIG);
    while (a.count != 100)
        fiber_switch(&a.main, fiber_ctx(a.f));
    const void *big_lo = fiber_ctx(a.f)->stack_lo;
    fiber_release(a.f);
    b.f = fiber_new(0, counter, &b);        /* the default size: not the big one */
    assert_non_null(b.f);
    assert_int_equal(fiber_ctx(b.f)->stack_size, FIBER_STACK_DEFAULT);
    assert_ptr_not_equal(fiber_ctx(b.f)->stack_lo, big_lo);
    memset(&a, 0, sizeof a);
    a.f = fiber_new(BIG, counter, &a);      /* the big one again, from the pool */
    assert_ptr_equal(fiber_ctx(a.f)->stack_lo, big_lo);
    while (a.count != 100)
        fiber_switch(&a.main, fiber_ctx(a.f));
    while (b.count != 100)
        fiber_switch(&b.main, fiber_ctx(b.f));
    fiber_release(a.f);
    fiber_release(b.f);
}

static void out_write(void *ctx, const char *s, size_t n)
{
    (void)ctx;
    (void)s;
    (void)n;
}

static void test_paused_generators_freed(void **state)
{
    (void)state;
    InterpOutput out = { out_write, NULL };
    Interp *I = interp_new(NULL, &out);
    assert_non_null(I);
    static const char src[] =
        "def g(n):\n"
        "    try:\n"
        "        while True:\n"
        "            yield n\n"
        "    finally:\n"
        "        pass\n"
        "gens = [g(i) for i in range(50)]\n"
        "total = sum(next(x) for x in gens)\n"
        "assert total == 1225, total\n";
    Diag d;
    assert_int_equal(interp_run(I, "paused.py", NULL, src, sizeof src - 1, &d), RUN_OK);
    interp_free(I);                     /* unmaps the 50 paused fibers */
}

/* Stacks of generators left paused go back to the pool when their
 * interpreter is freed, and the next program's generators run on them:
 * under ASan the paused frames' poisoned redzones must not follow (the
 * libFuzzer run, which runs many programs in one process, tripped on
 * them in a pipeline of generators). Run twice in one process. */
static void test_pooled_stacks_reused(void **state)
{
    (void)state;
    static const char src[] =
        "def numbers():\n"
        "    yield from range(5)\n"
        "def inverses(xs):\n"
        "    for x in xs:\n"
        "        yield 1 / (x - 3)\n"
        "def rounded(xs):\n"
        "    for x in xs:\n"
        "        yield round(x, 3)\n"
        "assert next(rounded(inverses(numbers()))) == -0.333\n"
        "try:\n"
        "    sum(rounded(inverses(numbers())))\n"
        "except ZeroDivisionError:\n"
        "    pass\n";
    for (int round = 0; round < 3; round++) {
        InterpOutput out = { out_write, NULL };
        Interp *I = interp_new(NULL, &out);
        assert_non_null(I);
        Diag d;
        assert_int_equal(interp_run(I, "pipeline.py", NULL, src, sizeof src - 1, &d), RUN_OK);
        interp_free(I);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ping_pong),
        cmocka_unit_test(test_nested_and_reuse),
        cmocka_unit_test(test_pool_by_size),
        cmocka_unit_test(test_paused_generators_freed),
        cmocka_unit_test(test_pooled_stacks_reused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
