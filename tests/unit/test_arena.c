/*
 * test_arena.c — the run's bump allocator (engine/arena.c): alignment,
 * zeroing, growth in place, the budget, and the huge-page chunks a fork
 * template takes (arena_use_huge_pages).
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cmocka.h>

#include "arena.h"

enum { MIB = 1 << 20 };

/* Whether the page holding p is mapped (mincore fails with ENOMEM when not). */
static int mapped(const void *p)
{
    long page = sysconf(_SC_PAGESIZE);
    unsigned char vec;
    void *base = (void *)((uintptr_t)p & ~(uintptr_t)(page - 1));
    return mincore(base, (size_t)page, &vec) == 0 ? 1 : errno == ENOMEM ? 0 : -1;
}

static void test_aligned_zeroed_and_counted(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a, 0);
    for (size_t n = 1; n < 200; n += 7) {
        unsigned char *p = arena_alloc(&a, n);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % 16, 0);
        for (size_t i = 0; i < n; i++)
            assert_int_equal(p[i], 0);
        memset(p, 0xAB, n);
    }
    size_t before = a.used;
    assert_non_null(arena_alloc(&a, 17));
    assert_int_equal(a.used - before, 32);      /* rounded up to 16 */
    arena_free(&a);
    assert_int_equal(a.used, 0);
}

static void test_last_block_grows_in_place(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a, 0);
    char *p = arena_alloc(&a, 10);
    memcpy(p, "abcdefghij", 10);
    char *q = arena_realloc(&a, p, 10, 100);
    assert_ptr_equal(p, q);
    assert_memory_equal(q, "abcdefghij", 10);
    assert_int_equal(q[99], 0);
    char *other = arena_alloc(&a, 8);
    char *r = arena_realloc(&a, q, 100, 200);   /* no longer the last: copied */
    assert_ptr_not_equal(r, q);
    assert_true(r != other);
    assert_memory_equal(r, "abcdefghij", 10);
    arena_free(&a);
}

static int limit_hits;
static void on_limit(void *ctx, size_t wanted)
{
    (void)ctx;
    (void)wanted;
    limit_hits++;
}

static void test_limit_refuses(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a, 1000);
    a.on_limit = on_limit;
    limit_hits = 0;
    assert_non_null(arena_alloc(&a, 900));
    assert_null(arena_alloc(&a, 200));
    assert_int_equal(limit_hits, 1);
    assert_non_null(arena_alloc(&a, 80));       /* 912 + 80 = 992 */
    assert_null(arena_alloc(&a, 8));            /* 16 bytes: 1008 > 1000 */
    assert_int_equal(limit_hits, 2);
    arena_free(&a);
}

/* A template's arena takes 2 MiB chunks on 2 MiB boundaries (so the kernel
 * can back each with one huge page and fork can copy one entry for it),
 * gives them back with munmap, and takes ordinary 1 MiB chunks again once
 * turned off, leaving the rest of the huge one. */
static void test_huge_chunks(void **state)
{
    (void)state;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    Arena a;
    arena_init(&a, 0);
    arena_use_huge_pages(&a, 0);
    char *first = arena_alloc(&a, 100);
    assert_non_null(first);
    uintptr_t base = (uintptr_t)first & ~(uintptr_t)(2 * MIB - 1);
    assert_true((uintptr_t)first - base < 64);  /* just past the chunk header */
    assert_true(a.reserved > 2 * MIB - 64 && a.reserved <= 2 * MIB);
    /* 1.5 MiB more stays in the same huge chunk */
    for (int i = 0; i < 1536; i++) {
        char *p = arena_alloc(&a, 1024);
        assert_true((uintptr_t)p >= base && (uintptr_t)p + 1024 <= base + 2 * MIB);
        p[1023] = 1;
    }
    size_t reserved = a.reserved;
    arena_use_huge_pages(&a, ARENA_HUGE_NEVER);
    /* the rest of the huge chunk is left: the next block starts a chunk of
     * its own (a forked child's writes then never land on the template's pages) */
    char *next = arena_alloc(&a, 16);
    assert_true((uintptr_t)next < base || (uintptr_t)next >= base + 2 * MIB);
    for (int i = 0; i < 1000; i++)
        assert_non_null(arena_alloc(&a, 1024));
    assert_int_equal(a.reserved - reserved, MIB);
    assert_int_equal(mapped((void *)base), 1);
    arena_free(&a);
    assert_int_equal(mapped((void *)base), 0);
#else
    skip();
#endif
}

/* A program's arena takes ordinary 1 MiB chunks for its first 2 MiB and
 * huge ones past that; a template's children count from where it was sealed. */
static void test_huge_when_big(void **state)
{
    (void)state;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    Arena a;
    arena_init(&a, 0);
    arena_use_huge_pages(&a, ARENA_HUGE_WHEN_BIG);
    for (int i = 0; i < 2000; i++)          /* just under 2 MiB: two ordinary chunks */
        assert_non_null(arena_alloc(&a, 1024));
    assert_int_equal(a.reserved, 2 * MIB);
    char *p = NULL;
    for (int i = 0; i < 100; i++)           /* past them: a huge chunk */
        p = arena_alloc(&a, 1024);
    assert_true(a.reserved > 4 * MIB - 64 && a.reserved <= 4 * MIB);
    uintptr_t base = (uintptr_t)p & ~(uintptr_t)(2 * MIB - 1);
    assert_int_equal(mapped((void *)base), 1);
    /* sealed as a template is: the next 2 MiB are ordinary chunks again */
    arena_use_huge_pages(&a, ARENA_HUGE_WHEN_BIG);
    size_t sealed = a.reserved;
    char *q = arena_alloc(&a, 16);
    assert_true((uintptr_t)q < base || (uintptr_t)q >= base + 2 * MIB);
    assert_int_equal(a.reserved - sealed, MIB);
    arena_free(&a);
    assert_int_equal(mapped((void *)base), 0);
#else
    skip();
#endif
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_aligned_zeroed_and_counted),
        cmocka_unit_test(test_last_block_grows_in_place),
        cmocka_unit_test(test_limit_refuses),
        cmocka_unit_test(test_huge_chunks),
        cmocka_unit_test(test_huge_when_big),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
