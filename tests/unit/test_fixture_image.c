/*
 * test_fixture_image.c — the fixture images embedded at build time are
 * exactly what generating the fixture at run time produces (so a build
 * whose images went stale, or a generator that stopped being
 * deterministic, fails here), the empty schema's image is what the DDL
 * makes, and a variant without one is generated.
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

/* The embedded empty schema is what running the DDL makes, and
 * fixture_create_schema() opens it (a writable database with no rows). */
static void test_schema_image(void **state)
{
    (void)state;
    const unsigned char *pre;
    size_t pre_n;
    assert_int_equal(fixture_prebuilt_schema(&pre, &pre_n), 1);
    char *err = NULL;
    sqlite3 *ddl = NULL;
    setenv("ORMKATA_NO_PREBUILT", "1", 1);
    assert_int_equal(sqlite3_open(":memory:", &ddl), SQLITE_OK);
    assert_int_equal(fixture_create_schema(ddl, &err), FIXTURE_OK);
    unsetenv("ORMKATA_NO_PREBUILT");
    sqlite3_int64 n = 0;
    unsigned char *img = sqlite3_serialize(ddl, "main", &n, 0);
    assert_non_null(img);
    assert_int_equal((size_t)n, pre_n);
    assert_memory_equal(img, pre, pre_n);
    sqlite3_free(img);
    sqlite3_close(ddl);

    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
    assert_int_equal(fixture_create_schema(db, &err), FIXTURE_OK);
    assert_int_equal(sqlite3_exec(db, "INSERT INTO blog_blog (id, name, tagline) VALUES (1, 'b', 't')",
                                  NULL, NULL, NULL), SQLITE_OK);
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM blog_blog", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 1);
    sqlite3_finalize(st);
    sqlite3_close(db);
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
        cmocka_unit_test(test_schema_image),
        cmocka_unit_test(test_no_image_for_variant_0),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
