/*
 * test_fixture.c — the kata fixture: shape, determinism, variants, loaders.
 *
 * Loads both variants into in-memory databases with Django's schema and
 * checks what katas rely on: foreign keys hold, the minimum sizes, dates
 * from 2005 to 2025 in Django's formats, the edge cases lessons use, that
 * variant 2 really differs from variant 1, that the text (fixture_sql) and
 * the fast loader (fixture_load) give the very same rows, and that user
 * fixture files are INSERT-only with file:line errors.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "fixture.h"

/* ------------------------------------------------------------------ helpers */

static sqlite3 *open_schema_db(void)
{
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
    char *err = NULL;
    assert_int_equal(fixture_create_schema(db, &err), FIXTURE_OK);
    assert_null(err);
    return db;
}

static sqlite3 *open_variant_db(int variant)
{
    sqlite3 *db = open_schema_db();
    char *err = NULL;
    int rc = fixture_load(db, variant, &err);
    if (rc != FIXTURE_OK)
        fail_msg("fixture_load(%d): %s", variant, err ? err : "?");
    assert_null(err);
    return db;
}

/* The first column of the first row of sql, as an integer. */
static long long q_int(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        fail_msg("%s: %s", sql, sqlite3_errmsg(db));
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    long long v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* The first column of the first row of sql as text, copied into out. */
static void q_text(sqlite3 *db, const char *sql, char *out, size_t cap)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        fail_msg("%s: %s", sql, sqlite3_errmsg(db));
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    const unsigned char *t = sqlite3_column_text(st, 0);
    snprintf(out, cap, "%s", t ? (const char *)t : "(null)");
    sqlite3_finalize(st);
}

static uint64_t fnv1a(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 0x100000001B3ULL;
    }
    return h;
}

static const char *const TABLE_NAMES[] = {
    "blog_blog", "blog_author", "blog_entry", "blog_entry_authors", "books_author",
    "books_publisher", "books_book", "books_book_authors", "books_store",
    "books_store_books", "bank_account", "bank_transfer",
};
#define NTABLES (sizeof TABLE_NAMES / sizeof TABLE_NAMES[0])

/* A hash of every value of every table, with its storage class (quote()
 * tells 54 from 54.0 and '54'), row by row in id order. */
static uint64_t db_content_hash(sqlite3 *db)
{
    uint64_t h = 0xCBF29CE484222325ULL;
    for (size_t t = 0; t < NTABLES; t++) {
        char sql[256];
        snprintf(sql, sizeof sql, "SELECT * FROM \"%s\" ORDER BY id", TABLE_NAMES[t]);
        sqlite3_stmt *st = NULL;
        assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); c++) {
                int type = sqlite3_column_type(st, c);
                h = fnv1a(h, &type, sizeof type);
                const unsigned char *v = sqlite3_column_text(st, c);
                h = fnv1a(h, v ? (const char *)v : "", v ? strlen((const char *)v) + 1 : 1);
            }
        }
        sqlite3_finalize(st);
        h = fnv1a(h, TABLE_NAMES[t], strlen(TABLE_NAMES[t]));
    }
    return h;
}

/* Load text as a user fixture; returns the rc and stores the message. */
static int load_text(sqlite3 *db, const char *text, char *msg, size_t cap)
{
    char *err = NULL;
    int rc = fixture_load_text(db, text, strlen(text), "f.sql", &err);
    snprintf(msg, cap, "%s", err ? err : "");
    sqlite3_free(err);
    return rc;
}

/* ------------------------------------------------------------------ shape */

static void check_shape(int variant)
{
    sqlite3 *db = open_variant_db(variant);

    /* PRAGMA foreign_key_check returns no rows. */
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
    char s[64];
    q_text(db, "PRAGMA integrity_check", s, sizeof s);
    assert_string_equal(s, "ok");

    /* Minimum sizes (the issue's). */
    assert_true(q_int(db, "SELECT count(*) FROM blog_blog") >= 20);
    assert_true(q_int(db, "SELECT count(*) FROM blog_author") >= 50);
    assert_true(q_int(db, "SELECT count(*) FROM blog_entry") >= 5000);
    assert_true(q_int(db, "SELECT count(*) FROM books_author") >= 50);
    assert_int_equal(q_int(db, "SELECT count(*) FROM books_publisher"), 10);
    assert_true(q_int(db, "SELECT count(*) FROM books_book") >= 500);
    assert_int_equal(q_int(db, "SELECT count(*) FROM books_store"), 20);
    assert_true(q_int(db, "SELECT count(*) FROM bank_account") >= 10);
    assert_true(q_int(db, "SELECT count(*) FROM bank_transfer") >= 100);
    assert_true(q_int(db, "SELECT count(*) FROM books_store_books") > 500);

    /* ids are 1..n in every table (Django's AutoField). */
    for (size_t t = 0; t < NTABLES; t++) {
        char sql[200];
        snprintf(sql, sizeof sql, "SELECT count(*) = max(id) AND min(id) = 1 FROM \"%s\"", TABLE_NAMES[t]);
        assert_int_equal(q_int(db, sql), 1);
    }

    /* Dates: Django's text formats, valid, spanning 2005-2025. */
    q_text(db, "SELECT min(pub_date) FROM blog_entry", s, sizeof s);
    assert_memory_equal(s, "2005-", 5);
    q_text(db, "SELECT max(pub_date) FROM blog_entry", s, sizeof s);
    assert_memory_equal(s, "2025-", 5);
    for (int y = 2005; y <= 2025; y++) {
        char sql[120];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM blog_entry WHERE pub_date LIKE '%d-%%'", y);
        assert_true(q_int(db, sql) >= 50);
    }
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_entry WHERE date(pub_date) IS NOT pub_date"
                               " OR date(mod_date) IS NOT mod_date OR mod_date < pub_date"), 0);
    assert_int_equal(q_int(db, "SELECT count(*) FROM books_book WHERE date(pubdate) IS NOT pubdate"), 0);
    assert_int_equal(q_int(db, "SELECT count(*) FROM bank_transfer WHERE created NOT GLOB"
                               " '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'"
                               " OR datetime(created) IS NOT substr(created, 1, 19)"
                               " OR (length(created) != 19 AND length(created) != 26)"), 0);
    assert_true(q_int(db, "SELECT count(*) FROM bank_transfer WHERE length(created) = 26") > 0);
    assert_true(q_int(db, "SELECT count(*) FROM bank_transfer WHERE length(created) = 19") > 0);
    /* Transfers were all made before the graders' frozen clock, 2024-01-15 12:00. */
    assert_int_equal(q_int(db, "SELECT count(*) FROM bank_transfer WHERE created >= '2024-01-15 12:00:00'"), 0);

    /* Types as Django stores them: prices are decimals with at most 2 places,
     * ratings floats, counters integers. */
    assert_int_equal(q_int(db, "SELECT count(*) FROM books_book WHERE typeof(price) NOT IN ('integer', 'real')"
                               " OR typeof(rating) != 'real' OR round(price, 2) != price"
                               " OR rating < 1 OR rating > 5"), 0);
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_entry WHERE typeof(rating) != 'integer'"
                               " OR rating NOT BETWEEN 0 AND 10 OR number_of_comments < 0"
                               " OR number_of_pingbacks < 0"), 0);
    assert_int_equal(q_int(db, "SELECT count(DISTINCT rating) FROM blog_entry"), 11);

    /* Edge cases lessons use. */
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_blog WHERE name = 'Beatles Blog'"), 1);
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_blog WHERE name = 'Django Diary'"), 1);
    assert_int_equal(q_int(db, "SELECT count(*) - count(DISTINCT name) FROM blog_blog"), 0);
    assert_int_equal(q_int(db, "SELECT count(*) - count(DISTINCT name) FROM blog_author"), 0);
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_blog b WHERE NOT EXISTS"
                               " (SELECT 1 FROM blog_entry WHERE blog_id = b.id)"), 1);
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_blog b WHERE"
                               " (SELECT count(*) FROM blog_entry WHERE blog_id = b.id) = 1"
                               " AND name = 'One Hit Wonder'"), 1);
    assert_true(q_int(db, "SELECT count(*) FROM blog_entry e WHERE NOT EXISTS"
                          " (SELECT 1 FROM blog_entry_authors WHERE entry_id = e.id)") > 100);
    assert_int_equal(q_int(db, "SELECT max(n) FROM (SELECT count(*) n FROM blog_entry_authors GROUP BY entry_id)"), 3);
    assert_true(q_int(db, "SELECT count(*) FROM blog_author a WHERE NOT EXISTS"
                          " (SELECT 1 FROM blog_entry_authors WHERE author_id = a.id)") >= 2);
    assert_true(q_int(db, "SELECT count(*) FROM (SELECT headline FROM blog_entry GROUP BY headline"
                          " HAVING count(DISTINCT blog_id) > 1)") > 10);
    assert_int_equal(q_int(db, "SELECT count(*) FROM (SELECT 1 FROM blog_entry WHERE headline != 'Hello, world!'"
                               " GROUP BY blog_id, headline HAVING count(*) > 1)"), 0);
    assert_true(q_int(db, "SELECT count(*) FROM blog_entry WHERE headline LIKE '%lennon%'") > 20);
    assert_true(q_int(db, "SELECT count(*) FROM blog_entry WHERE headline LIKE '%django%'") > 20);
    assert_true(q_int(db, "SELECT count(*) FROM blog_entry WHERE headline LIKE '%python%'") > 20);
    /* contains (case-sensitive) and icontains give different answers. */
    assert_true(q_int(db, "SELECT count(*) FROM blog_entry WHERE headline GLOB '*django*'") <
                q_int(db, "SELECT count(*) FROM blog_entry WHERE headline LIKE '%django%'"));
    assert_true(q_int(db, "SELECT count(*) FROM blog_entry WHERE headline LIKE '%''%'") > 0);
    assert_true(q_int(db, "SELECT count(*) FROM blog_entry WHERE body_text = ''") > 0);
    assert_true(q_int(db, "SELECT count(*) FROM blog_entry WHERE number_of_comments > number_of_pingbacks") >
                q_int(db, "SELECT count(*) FROM blog_entry WHERE number_of_comments < number_of_pingbacks"));
    assert_true(q_int(db, "SELECT count(*) FROM blog_entry WHERE number_of_comments < number_of_pingbacks") > 100);
    assert_true(q_int(db, "SELECT count(*) FROM blog_author WHERE email = ''") == 1);
    assert_true(q_int(db, "SELECT count(*) FROM books_publisher p WHERE NOT EXISTS"
                          " (SELECT 1 FROM books_book WHERE publisher_id = p.id)") == 1);
    assert_true(q_int(db, "SELECT count(*) FROM books_author a WHERE NOT EXISTS"
                          " (SELECT 1 FROM books_book_authors WHERE author_id = a.id)") >= 2);
    assert_true(q_int(db, "SELECT count(*) FROM books_book b WHERE NOT EXISTS"
                          " (SELECT 1 FROM books_book_authors WHERE book_id = b.id)") == 0);
    assert_true(q_int(db, "SELECT count(*) FROM (SELECT name FROM books_book GROUP BY name HAVING count(*) > 1)") >= 1);
    assert_int_equal(q_int(db, "SELECT count(*) FROM books_store_books sb JOIN books_store s ON s.id = sb.store_id"
                               " WHERE s.name = 'Corner Shop'"), 3);
    assert_int_equal(q_int(db, "SELECT count(*) FROM books_store_books sb JOIN books_store s ON s.id = sb.store_id"
                               " WHERE s.name = 'Pop-up Shop'"), 0);
    assert_int_equal(q_int(db, "SELECT count(*) FROM bank_account WHERE balance = 0"), 1);
    assert_int_equal(q_int(db, "SELECT count(*) FROM bank_transfer WHERE source_id = target_id OR amount <= 0"), 0);
    assert_int_equal(q_int(db, "SELECT count(*) FROM bank_account a WHERE NOT EXISTS (SELECT 1 FROM bank_transfer"
                               " WHERE source_id = a.id OR target_id = a.id)"), 1);
    /* Entry ids mostly follow pub_date (as when people post), not always. */
    long long out_of_order = q_int(db, "SELECT count(*) FROM blog_entry a JOIN blog_entry b ON b.id = a.id + 1"
                                       " WHERE b.pub_date < a.pub_date");
    assert_true(out_of_order > 10 && out_of_order < 500);
    sqlite3_close(db);
}

static void test_shape_variant1(void **state)
{
    (void)state;
    check_shape(1);
}

static void test_shape_variant2(void **state)
{
    (void)state;
    check_shape(2);
}

static void test_variant1_sizes(void **state)
{
    (void)state;
    sqlite3 *db = open_variant_db(1);
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_blog"), 24);
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_author"), 60);
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_entry"), 5000);
    assert_int_equal(q_int(db, "SELECT count(*) FROM books_book"), 500);
    assert_int_equal(q_int(db, "SELECT count(*) FROM bank_account"), 12);
    char s[64];
    q_text(db, "SELECT name FROM blog_blog WHERE id = 1", s, sizeof s);
    assert_string_equal(s, "Beatles Blog");
    q_text(db, "SELECT owner FROM bank_account WHERE id = 1", s, sizeof s);
    assert_string_equal(s, "Alice");
    sqlite3_close(db);
}

/* ------------------------------------------------------------------ variants and determinism */

static void test_variants_differ(void **state)
{
    (void)state;
    sqlite3 *a = open_variant_db(1), *b = open_variant_db(2);
    static const char *const probes[] = {
        "SELECT count(*) FROM blog_entry",
        "SELECT count(*) FROM blog_blog",
        "SELECT count(*) FROM blog_entry_authors",
        "SELECT count(*) FROM books_book",
        "SELECT count(*) FROM bank_account",
        "SELECT count(*) FROM blog_entry WHERE pub_date LIKE '2008-%'",
        "SELECT count(*) FROM blog_entry WHERE headline LIKE '%lennon%'",
        "SELECT sum(number_of_comments) FROM blog_entry",
        "SELECT sum(rating) FROM blog_entry",
        ("SELECT count(*) FROM blog_entry e JOIN blog_blog b ON b.id = e.blog_id"
         " WHERE b.name = 'Beatles Blog'"),
        "SELECT id FROM blog_blog WHERE name = 'Beatles Blog'",
        "SELECT id FROM blog_author WHERE name = 'John Lennon'",
        "SELECT sum(entry_id * 7 + author_id) FROM blog_entry_authors WHERE entry_id <= 1000",
        "SELECT CAST(avg(price) * 100 AS INTEGER) FROM books_book",
        "SELECT CAST(avg(rating) * 1000 AS INTEGER) FROM books_book",
        "SELECT sum(balance) FROM bank_account",
        "SELECT sum(amount) FROM bank_transfer",
        "SELECT count(*) FROM books_store_books",
    };
    for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++)
        if (q_int(a, probes[i]) == q_int(b, probes[i]))
            fail_msg("variants 1 and 2 agree on: %s", probes[i]);
    char s1[300], s2[300];
    q_text(a, "SELECT group_concat(name) FROM (SELECT name FROM blog_author ORDER BY id LIMIT 20)", s1, sizeof s1);
    q_text(b, "SELECT group_concat(name) FROM (SELECT name FROM blog_author ORDER BY id LIMIT 20)", s2, sizeof s2);
    assert_string_not_equal(s1, s2);
    q_text(a, "SELECT headline FROM blog_entry WHERE id = 100", s1, sizeof s1);
    q_text(b, "SELECT headline FROM blog_entry WHERE id = 100", s2, sizeof s2);
    assert_string_not_equal(s1, s2);
    assert_true(db_content_hash(a) != db_content_hash(b));
    sqlite3_close(a);
    sqlite3_close(b);
}

static void test_sql_deterministic(void **state)
{
    (void)state;
    for (int v = 1; v <= 2; v++) {
        size_t n1 = 0, n2 = 0;
        char *s1 = fixture_sql(v, &n1), *s2 = fixture_sql(v, &n2);
        assert_non_null(s1);
        assert_non_null(s2);
        assert_int_equal(n1, n2);
        assert_int_equal(strlen(s1), n1);
        assert_memory_equal(s1, s2, n1);
        free(s1);
        free(s2);
    }
    size_t n1 = 0, n2 = 0;
    char *s1 = fixture_sql(1, &n1), *s2 = fixture_sql(2, &n2);
    assert_true(n1 != n2 || memcmp(s1, s2, n1) != 0);
    free(s1);
    free(s2);
    assert_null(fixture_sql(0, NULL));
    assert_null(fixture_sql(-3, NULL));
}

/* The same bytes on every machine and compiler: a golden hash of variant 1.
 * When the data is changed on purpose, update it (and say so in the commit:
 * lesson texts may quote results). */
static void test_sql_golden(void **state)
{
    (void)state;
    size_t n = 0;
    char *s = fixture_sql(1, &n);
    assert_non_null(s);
    uint64_t h = fnv1a(0xCBF29CE484222325ULL, s, n);
    if (h != 0x4051810CE9B27F93ULL || n != 2611284)
        fail_msg("variant 1 changed: length %zu, hash 0x%016llxULL", n, (unsigned long long)h);
    free(s);
}

/* Statements look like Django's INSERTs: one row each, quoted names, '' escapes. */
static void test_sql_format(void **state)
{
    (void)state;
    size_t n = 0;
    char *s = fixture_sql(1, &n);
    assert_non_null(s);
    assert_memory_equal(s, "-- ", 3);
    assert_non_null(strstr(s, "\nINSERT INTO \"blog_blog\" (\"id\", \"name\", \"tagline\") VALUES "
                              "(1, 'Beatles Blog', 'All the latest Beatles news.');\n"));
    assert_non_null(strstr(s, "INSERT INTO \"blog_entry\" (\"id\", \"blog_id\", \"headline\", \"body_text\", "
                              "\"pub_date\", \"mod_date\", \"number_of_comments\", \"number_of_pingbacks\", "
                              "\"rating\") VALUES (1, "));
    assert_non_null(strstr(s, "INSERT INTO \"books_book\" (\"id\", \"name\", \"pages\", \"price\", \"rating\", "
                              "\"publisher_id\", \"pubdate\") VALUES (1, "));
    assert_non_null(strstr(s, "'O''Reilly Media'"));
    /* Parents before children: the last blog_blog row comes before the first blog_entry row. */
    assert_true(strstr(s, "INSERT INTO \"blog_entry\"") > strstr(s, "INSERT INTO \"blog_author\""));
    assert_true(strstr(s, "INSERT INTO \"blog_entry_authors\"") > strstr(s, "INSERT INTO \"blog_entry\""));
    assert_true(strstr(s, "INSERT INTO \"books_book\"") > strstr(s, "INSERT INTO \"books_publisher\""));
    assert_true(strstr(s, "INSERT INTO \"books_store_books\"") > strstr(s, "INSERT INTO \"books_store\""));
    assert_true(strstr(s, "INSERT INTO \"bank_transfer\"") > strstr(s, "INSERT INTO \"bank_account\""));
    /* Every line is a comment or one INSERT. */
    for (const char *line = s; *line; ) {
        const char *nl = strchr(line, '\n');
        assert_non_null(nl);
        assert_true(strncmp(line, "-- ", 3) == 0 ||
                    (strncmp(line, "INSERT INTO \"", 13) == 0 && nl[-1] == ';' && nl[-2] == ')'));
        line = nl + 1;
    }
    free(s);
}

/* fixture_sql's text and fixture_load's binding give identical tables. */
static void test_text_equals_load(void **state)
{
    (void)state;
    for (int v = 1; v <= 2; v++) {
        sqlite3 *fast = open_variant_db(v);
        sqlite3 *slow = open_schema_db();
        size_t n = 0;
        char *sql = fixture_sql(v, &n);
        assert_non_null(sql);
        char *err = NULL;
        int rc = fixture_load_text(slow, sql, n, "fixture.sql", &err);
        if (rc != FIXTURE_OK)
            fail_msg("%s", err);
        free(sql);
        assert_true(db_content_hash(fast) == db_content_hash(slow));
        char s1[200], s2[200];
        q_text(fast, "SELECT group_concat(name || seq) FROM sqlite_sequence", s1, sizeof s1);
        q_text(slow, "SELECT group_concat(name || seq) FROM sqlite_sequence", s2, sizeof s2);
        assert_string_equal(s1, s2);
        sqlite3_close(fast);
        sqlite3_close(slow);
    }
}

/* ------------------------------------------------------------------ images */

static void test_image(void **state)
{
    (void)state;
    unsigned char *img = NULL;
    size_t n = 0;
    char *err = NULL;
    assert_int_equal(fixture_build_image(1, &img, &n, &err), FIXTURE_OK);
    assert_non_null(img);
    assert_true(n > 100000);

    sqlite3 *a = NULL, *b = NULL;
    assert_int_equal(sqlite3_open(":memory:", &a), SQLITE_OK);
    assert_int_equal(sqlite3_open(":memory:", &b), SQLITE_OK);
    assert_int_equal(fixture_open_image(a, img, n, &err), FIXTURE_OK);
    assert_int_equal(fixture_open_image(b, img, n, &err), FIXTURE_OK);
    sqlite3 *ref = open_variant_db(1);
    assert_true(db_content_hash(a) == db_content_hash(ref));
    assert_int_equal(q_int(a, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"), 13);
    /* Each copy is private and writable. */
    assert_int_equal(sqlite3_exec(a, "DELETE FROM blog_entry_authors; DELETE FROM blog_entry;"
                                     "INSERT INTO blog_blog (name, tagline) VALUES ('New', '')", NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(q_int(a, "SELECT count(*) FROM blog_entry"), 0);
    assert_int_equal(q_int(a, "SELECT max(id) FROM blog_blog"), 25);
    assert_int_equal(q_int(b, "SELECT count(*) FROM blog_entry"), 5000);
    sqlite3_close(a);
    sqlite3_close(b);
    sqlite3_close(ref);
    sqlite3_free(img);

    /* Variant 0: the empty tables (for --fixture files). */
    assert_int_equal(fixture_build_image(0, &img, &n, &err), FIXTURE_OK);
    assert_int_equal(sqlite3_open(":memory:", &a), SQLITE_OK);
    assert_int_equal(fixture_open_image(a, img, n, &err), FIXTURE_OK);
    assert_int_equal(q_int(a, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_%' ESCAPE '\\'"
                              " AND name NOT LIKE 'sqlite%'"), 12);
    assert_int_equal(q_int(a, "SELECT count(*) FROM blog_entry"), 0);
    sqlite3_close(a);
    sqlite3_free(img);
}

/* An opened image is read in place: scanning every entry does not copy the
 * table's pages into SQLite's page cache (memory grows by far less than the
 * table), and the copy can still grow past the image's size. */
static void test_image_read_in_place(void **state)
{
    (void)state;
    unsigned char *img = NULL;
    size_t n = 0;
    char *err = NULL;
    assert_int_equal(fixture_build_image(1, &img, &n, &err), FIXTURE_OK);
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
    assert_int_equal(fixture_open_image(db, img, n, &err), FIXTURE_OK);
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_blog"), 24);
    sqlite3_int64 before = sqlite3_memory_used();
    long long table = q_int(db, "SELECT sum(length(body_text) + length(headline)) FROM blog_entry");
    assert_true(table > 500000);
    assert_true(sqlite3_memory_used() - before < table / 4);
    /* 4 MB more than the image held, then all of it rolled back */
    assert_int_equal(sqlite3_exec(db, "BEGIN; WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 4000)"
                                      " INSERT INTO blog_blog (name, tagline) SELECT 'b' || x, printf('%.1000c', 'x') FROM c",
                                  NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_blog"), 4024);
    assert_true(q_int(db, "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size") > (int64_t)n + 4000000);
    assert_int_equal(sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_blog"), 24);
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_entry"), 5000);
    sqlite3_close(db);
    sqlite3_free(img);
}

/* ------------------------------------------------------------------ user fixture files */

static void test_load_text_ok(void **state)
{
    (void)state;
    sqlite3 *db = open_schema_db();
    char msg[300];
    assert_int_equal(load_text(db,
        "-- a comment\n"
        "/* a block\n comment */\n"
        "insert into blog_blog (id, name, tagline) values (1, 'A', 'x');;\n"
        "  InSeRt INTO \"blog_blog\" (\"id\", \"name\", \"tagline\") VALUES (2, 'It''s', '');\n"
        "INSERT INTO blog_blog (name, tagline) VALUES ('C', 'z') RETURNING id;\n"
        "INSERT INTO blog_blog (id, name, tagline) VALUES (9, 'no semicolon', '')",
        msg, sizeof msg), FIXTURE_OK);
    assert_string_equal(msg, "");
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_blog"), 4);
    char s[64];
    q_text(db, "SELECT name FROM blog_blog WHERE id = 2", s, sizeof s);
    assert_string_equal(s, "It's");
    /* A UTF-8 byte order mark and CRLF line ends are fine. */
    assert_int_equal(load_text(db, "\xEF\xBB\xBFINSERT INTO bank_account (owner, balance) VALUES ('Zoë', 1);\r\n"
                                   "INSERT INTO bank_account (owner, balance) VALUES ('B', 2);\r\n",
                               msg, sizeof msg), FIXTURE_OK);
    q_text(db, "SELECT owner FROM bank_account WHERE balance = 1", s, sizeof s);
    assert_string_equal(s, "Zoë");
    /* Empty and comment-only files are fine: empty tables. */
    assert_int_equal(load_text(db, "", msg, sizeof msg), FIXTURE_OK);
    assert_int_equal(load_text(db, "  -- nothing\n\n", msg, sizeof msg), FIXTURE_OK);
    sqlite3_close(db);
}

/* The loader binds the values of `INSERT ... VALUES (...)` statements
 * instead of having SQLite parse every row. Whatever the literal, the
 * stored value and its storage class must be what SQLite itself stores
 * executing the same text, in columns of every affinity. */
static void test_load_literals_as_sqlite(void **state)
{
    (void)state;
    static const char *const lits[] = {
        "0", "-0", "+7", "007", "42", "-42", "9223372036854775807", "-9223372036854775807",
        "-9223372036854775808", "9223372036854775808", "99999999999999999999", "1.5", "-1.50",
        "1e3", "1E-2", ".5", "0x1F", "-0x10", "'abc'", "'It''s'", "''", "''''", "'12'", "'12.0'",
        "' 12'", "'1e3'", "'Zoë'", "'a''b''c'", "NULL", "null", "TRUE", "FALSE", "X'00ff'",
        "1+1", "-(3)", "'a' || 'b'", "- 5", "(7)", "'x' /* c */", "CAST(5 AS TEXT)",
    };
    static const char table[] =
        "CREATE TABLE lit (k INTEGER PRIMARY KEY, i integer, r real, t varchar(10), n decimal,"
        " b, d datetime, o bool)";
    char *text = NULL;
    size_t cap = 0;
    FILE *f = open_memstream(&text, &cap);
    assert_non_null(f);
    for (size_t j = 0; j < sizeof lits / sizeof lits[0]; j++)
        fprintf(f, "INSERT INTO lit (k, i, r, t, n, b, d, o) VALUES (%zu, %s, %s, %s, %s, %s, %s, %s);\n",
                j + 1, lits[j], lits[j], lits[j], lits[j], lits[j], lits[j], lits[j]);
    fputs("insert into \"lit\" (\"k\", \"t\")\n  values\n  ( 100 , -- a comment\n 'spread' ) -- after\n;\n"
          "INSERT INTO lit (k, t) VALUES (101, 'a'), (102, 'several rows');\n"
          "INSERT INTO lit (k, t) VALUES (103, 'x') ON CONFLICT(k) DO UPDATE SET t = 'y';\n"
          "INSERT INTO lit (k, t) VALUES (103, 'x') ON CONFLICT(k) DO UPDATE SET t = 'upserted';\n"
          "INSERT OR REPLACE INTO lit (k, t) VALUES (101, 'replaced');\n"
          "INSERT INTO lit (k, t) SELECT 104, 'sel' UNION ALL VALUES (105, 'compound');\n"
          "INSERT INTO lit (t, k) VALUES ('returning', 106) RETURNING k;\n"
          "INSERT INTO lit DEFAULT VALUES;\n"
          "INSERT INTO lit VALUES (200, 1, 2, 'no columns', 4, 5, 6, 7)", f);
    fclose(f);

    sqlite3 *ours = open_schema_db(), *theirs = open_schema_db();
    assert_int_equal(sqlite3_exec(ours, table, NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_exec(theirs, table, NULL, NULL, NULL), SQLITE_OK);
    char *err = NULL;
    int rc = fixture_load_text(ours, text, strlen(text), "lit.sql", &err);
    if (rc != FIXTURE_OK)
        fail_msg("load: %s", err ? err : "?");
    assert_int_equal(sqlite3_exec(theirs, text, NULL, NULL, NULL), SQLITE_OK);
    free(text);

    static const char q[] = "SELECT k, quote(i), quote(r), quote(t), quote(n), quote(b), quote(d), quote(o)"
                            " FROM lit ORDER BY k";
    sqlite3_stmt *a = NULL, *b = NULL;
    assert_int_equal(sqlite3_prepare_v2(ours, q, -1, &a, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(theirs, q, -1, &b, NULL), SQLITE_OK);
    int rows = 0;
    for (;;) {
        int ra = sqlite3_step(a), rb = sqlite3_step(b);
        assert_int_equal(ra, rb);
        if (ra != SQLITE_ROW)
            break;
        rows++;
        for (int c = 0; c < 8; c++) {
            const char *va = (const char *)sqlite3_column_text(a, c);
            const char *vb = (const char *)sqlite3_column_text(b, c);
            if (strcmp(va ? va : "(none)", vb ? vb : "(none)"))
                fail_msg("row k=%s column %d: loaded %s, SQLite %s", sqlite3_column_text(b, 0), c, va, vb);
        }
    }
    assert_int_equal(rows, (int)(sizeof lits / sizeof lits[0]) + 9);
    sqlite3_finalize(a);
    sqlite3_finalize(b);
    sqlite3_close(ours);
    sqlite3_close(theirs);
}

static void check_refused(const char *text, const char *expect)
{
    sqlite3 *db = open_schema_db();
    char msg[300];
    assert_int_equal(load_text(db, text, msg, sizeof msg), FIXTURE_EINPUT);
    if (!strstr(msg, expect))
        fail_msg("expected \"%s\" in \"%s\"", expect, msg);
    /* All or nothing: the valid INSERTs before the bad statement are undone. */
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_blog"), 0);
    assert_int_equal(q_int(db, "SELECT count(*) FROM sqlite_master WHERE name = 'evil'"), 0);
    assert_int_equal(sqlite3_get_autocommit(db), 1);
    sqlite3_close(db);
}

static void test_load_text_refuses(void **state)
{
    (void)state;
    const char *ok = "INSERT INTO blog_blog (id, name, tagline) VALUES (1, 'A', 'x');\n";
    char text[400];
    static const struct { const char *bad, *expect; } cases[] = {
        {"DELETE FROM blog_blog;", "f.sql:3: only INSERT statements are allowed in a fixture file, not: DELETE FROM blog_blog;"},
        {"CREATE TABLE evil (x);", "f.sql:3: only INSERT statements are allowed"},
        {"DROP TABLE blog_entry;", "f.sql:3: only INSERT"},
        {"UPDATE blog_blog SET name = 'B';", "f.sql:3: only INSERT"},
        {"PRAGMA foreign_keys = OFF;", "f.sql:3: only INSERT"},
        {"BEGIN TRANSACTION;", "f.sql:3: only INSERT"},
        {"ATTACH ':memory:' AS evil;", "f.sql:3: only INSERT"},
        {"WITH x AS (SELECT 1) INSERT INTO blog_blog SELECT 5, 'w', 'w' FROM x;", "f.sql:3: only INSERT"},
        {"EXPLAIN INSERT INTO blog_blog VALUES (7, 'e', 'e');", "f.sql:3: only INSERT"},
        {"SELECT 1;", "f.sql:3: only INSERT"},
        {"INSERTED INTO blog_blog VALUES (3, 'x', 'y');", "f.sql:3: only INSERT"},
        {"INSERT INTO blog_blog (id, name, tagline) VALUES (1, 'dup', '');", "f.sql:3: UNIQUE constraint failed: blog_blog.id"},
        {"INSERT INTO blog_blog (id, name) VALUES (2, 'x');", "f.sql:3: NOT NULL constraint failed: blog_blog.tagline"},
        {"INSERT INTO nope VALUES (1);", "f.sql:3: no such table: nope"},
        {"INSERT INTO blog_blog VALUS (2, 'x', 'y');", "f.sql:3: near \"VALUS\": syntax error"},
        {"INSERT INTO blog_blog\n  (id, name, tagline)\n  VALUES (2, 'x' 'y');", "f.sql:5: near \"'y'\": syntax error"},
        {"INSERT INTO blog_entry (id, blog_id, headline, body_text, pub_date, mod_date, number_of_comments,"
         " number_of_pingbacks, rating) VALUES (1, 77, 'h', '', '2020-01-01', '2020-01-01', 0, 0, 5);",
         "f.sql: foreign key check failed: blog_entry row 1 refers to a missing blog_blog row"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(text, sizeof text, "-- header\n%s%s\n", ok, cases[i].bad);
        check_refused(text, cases[i].expect);
    }
    /* A NUL byte is refused with its line. */
    sqlite3 *db = open_schema_db();
    char *err = NULL;
    static const char with_nul[] = "INSERT INTO blog_blog VALUES (1, 'a', 'b');\n\nINSERT\0 INTO x;";
    assert_int_equal(fixture_load_text(db, with_nul, sizeof with_nul - 1, "n.sql", &err), FIXTURE_EINPUT);
    assert_string_equal(err, "n.sql:3: the file contains a NUL byte");
    sqlite3_free(err);
    sqlite3_close(db);
}

/* Inside the caller's open transaction, a failed load leaves that
 * transaction open and untouched. */
static void test_load_inside_transaction(void **state)
{
    (void)state;
    sqlite3 *db = open_schema_db();
    char msg[300];
    assert_int_equal(sqlite3_exec(db, "BEGIN; INSERT INTO bank_account (owner, balance) VALUES ('Z', 1)",
                                  NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(load_text(db, "INSERT INTO bank_account (owner, balance) VALUES ('Y', 2);\nDELETE FROM bank_account;",
                               msg, sizeof msg), FIXTURE_EINPUT);
    assert_int_equal(sqlite3_get_autocommit(db), 0);
    assert_int_equal(q_int(db, "SELECT count(*) FROM bank_account"), 1);
    assert_int_equal(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);

    db = open_schema_db();
    assert_int_equal(sqlite3_exec(db, "BEGIN", NULL, NULL, NULL), SQLITE_OK);
    char *err = NULL;
    assert_int_equal(fixture_load(db, 1, &err), FIXTURE_OK);
    assert_int_equal(sqlite3_get_autocommit(db), 0);
    assert_int_equal(sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_entry"), 0);
    /* Loading twice fails (ids taken) and leaves the first load alone. */
    assert_int_equal(fixture_load(db, 1, &err), FIXTURE_OK);
    assert_int_equal(fixture_load(db, 1, &err), FIXTURE_EINTERNAL);
    assert_non_null(strstr(err, "UNIQUE constraint failed: blog_blog.id"));
    sqlite3_free(err);
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_entry"), 5000);
    assert_int_equal(fixture_load(db, 0, &err), FIXTURE_EINTERNAL);
    sqlite3_free(err);
    sqlite3_close(db);
}

static void test_load_file(void **state)
{
    (void)state;
    char path[] = "/tmp/test_fixture_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    static const char text[] = "INSERT INTO bank_account (id, owner, balance) VALUES (1, 'Alice', 100);\n"
                               "INSERT INTO bank_account (id, owner, balance) VALUES (2, 'Bob', 50);\n"
                               "DROP TABLE bank_transfer;\n";
    assert_int_equal(write(fd, text, sizeof text - 1), (ssize_t)(sizeof text - 1));
    close(fd);
    sqlite3 *db = open_schema_db();
    char *err = NULL;
    assert_int_equal(fixture_load_file(db, path, &err), FIXTURE_EINPUT);
    char want[200];
    snprintf(want, sizeof want, "%s:3: only INSERT statements are allowed in a fixture file, not: DROP TABLE bank_transfer;", path);
    assert_string_equal(err, want);
    sqlite3_free(err);
    assert_int_equal(q_int(db, "SELECT count(*) FROM bank_account"), 0);

    /* Without the DROP it loads. */
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fwrite(text, 1, strstr(text, "DROP") - text, f);
    fclose(f);
    assert_int_equal(fixture_load_file(db, path, &err), FIXTURE_OK);
    assert_null(err);
    assert_int_equal(q_int(db, "SELECT sum(balance) FROM bank_account"), 150);
    unlink(path);

    assert_int_equal(fixture_load_file(db, "/nonexistent/dir/f.sql", &err), FIXTURE_EINPUT);
    assert_string_equal(err, "/nonexistent/dir/f.sql: cannot open: No such file or directory");
    sqlite3_free(err);
    sqlite3_close(db);
}

/* The conformance fixture (Django's reference data) loads, when it is there. */
static void test_load_conformance_fixture(void **state)
{
    (void)state;
    const char *path = "../shared/conformance/fixture.sql";
    if (access(path, R_OK) != 0)
        skip();
    sqlite3 *db = open_schema_db();
    char *err = NULL;
    if (fixture_load_file(db, path, &err) != FIXTURE_OK)
        fail_msg("%s", err);
    assert_int_equal(q_int(db, "SELECT count(*) FROM blog_entry"), 60);
    sqlite3_close(db);
}

/* The embedded DDL is the one Django writes (../shared/conformance/django_schema.sql,
 * minus its first comment line). */
static void test_schema_matches_django(void **state)
{
    (void)state;
    const char *path = "../shared/conformance/django_schema.sql";
    FILE *f = fopen(path, "rb");
    if (!f)
        skip();
    static char buf[16384];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    const char *body = strchr(buf, '\n');
    assert_non_null(body);
    assert_string_equal(body + 1, fixture_schema_sql());
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shape_variant1),
        cmocka_unit_test(test_shape_variant2),
        cmocka_unit_test(test_variant1_sizes),
        cmocka_unit_test(test_variants_differ),
        cmocka_unit_test(test_sql_deterministic),
        cmocka_unit_test(test_sql_golden),
        cmocka_unit_test(test_sql_format),
        cmocka_unit_test(test_text_equals_load),
        cmocka_unit_test(test_image),
        cmocka_unit_test(test_load_text_ok),
        cmocka_unit_test(test_image_read_in_place),
        cmocka_unit_test(test_load_literals_as_sqlite),
        cmocka_unit_test(test_load_text_refuses),
        cmocka_unit_test(test_load_inside_transaction),
        cmocka_unit_test(test_load_file),
        cmocka_unit_test(test_load_conformance_fixture),
        cmocka_unit_test(test_schema_matches_django),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
