/*
 * fixture_gen.h — inside the kata fixture: the generator and its sinks.
 *
 * engine/fixture_gen.c makes the rows (pools of names, a seeded PRNG, the
 * rules that shape blogs, books and the bank) and hands each row to a
 * FixtureSink; engine/fixture.c supplies the sinks (INSERT text, or batched
 * prepared statements) and the public API in fixture.h. Only those two
 * files include this header.
 */
#ifndef ORMKATA_FIXTURE_GEN_H
#define ORMKATA_FIXTURE_GEN_H

#include <stdint.h>

/* The tables, parents before children: the order rows are generated in. */
enum {
    FT_BLOG, FT_BLOG_AUTHOR, FT_ENTRY, FT_ENTRY_AUTHORS,
    FT_BOOKS_AUTHOR, FT_PUBLISHER, FT_BOOK, FT_BOOK_AUTHORS, FT_STORE, FT_STORE_BOOKS,
    FT_ACCOUNT, FT_TRANSFER, FT_COUNT
};

typedef struct FixtureTable {
    const char *name;
    int ncols;
    const char *cols[9];
} FixtureTable;

/* One column value. FV_NUM is a numeric literal kept as text ("4.5"):
 * written unquoted, bound as text so the column affinity converts it exactly
 * as the SQL parser would. */
typedef enum { FV_INT, FV_TEXT, FV_NUM } FixtureValKind;

typedef struct FixtureVal {
    FixtureValKind k;
    int64_t i;
    const char *s;
} FixtureVal;

typedef struct FixtureSink FixtureSink;
struct FixtureSink {
    /* Take one row of `table`; returns 0, or nonzero to stop generation. */
    int (*row)(FixtureSink *s, int table, const FixtureVal *vals);
};

/* Table t's name and columns (Django's, in the model's field order). */
const FixtureTable *fixture_gen_table(int t);

/* Generate every row of `variant` (>= 1) into sink, table by table in FT_*
 * order. Deterministic: the same rows on every machine and compiler.
 * Returns 0, or nonzero when the sink asked to stop or memory ran out. */
int fixture_gen_run(FixtureSink *sink, int variant);

#endif
