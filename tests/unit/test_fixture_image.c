/*
 * test_fixture_image.c — the fixture images embedded at build time are
 * exactly what generating the fixture at run time produces (so a build
 * whose images went stale, or a generator that stopped being
 * deterministic, fails here), and a variant without one is generated.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "fixture.h"

static void same_as_generated(int variant)
{
    const unsigned char *pre;
    size_t pre_n;
    assert_int_equal(fixture_prebuilt(variant, &pre, &pre_n), 1);
    assert_true(pre_n > 100000);
    unsigned char *gen = NULL;
    size_t gen_n = 0;
    char *err = NULL;
    setenv("ORMKATA_NO_PREBUILT", "1", 1);
    int rc = fixture_build_image(variant, &gen, &gen_n, &err);
    unsetenv("ORMKATA_NO_PREBUILT");
    assert_int_equal(rc, FIXTURE_OK);
    assert_int_equal(gen_n, pre_n);
    assert_memory_equal(gen, pre, pre_n);
    sqlite3_free(gen);
    /* And fixture_build_image hands out a copy of the embedded image. */
    unsigned char *copy = NULL;
    size_t copy_n = 0;
    assert_int_equal(fixture_build_image(variant, &copy, &copy_n, &err), FIXTURE_OK);
    assert_ptr_not_equal(copy, pre);
    assert_int_equal(copy_n, pre_n);
    assert_memory_equal(copy, pre, pre_n);
    sqlite3_free(copy);
}

static void test_variant_1(void **state)
{
    (void)state;
    same_as_generated(1);
}

static void test_variant_2(void **state)
{
    (void)state;
    same_as_generated(2);
}

static void test_no_image_for_variant_0(void **state)
{
    (void)state;
    const unsigned char *pre;
    size_t n;
    assert_int_equal(fixture_prebuilt(0, &pre, &n), 0);
    unsigned char *img = NULL;
    char *err = NULL;
    assert_int_equal(fixture_build_image(0, &img, &n, &err), FIXTURE_OK);
    assert_non_null(img);
    sqlite3_free(img);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_variant_1),
        cmocka_unit_test(test_variant_2),
        cmocka_unit_test(test_no_image_for_variant_0),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
