/*
 * fixture.h — the kata fixture: the deterministic data set every kata runs on.
 *
 * The data lives in Django's default tables for the models in data/models/
 * (blog_blog, blog_author, blog_entry, blog_entry_authors, books_*, bank_*).
 * It is generated, not stored: a seeded PRNG of our own makes the same rows on
 * every machine and run. Variant 1 is the default; variant 2 (and any higher
 * number) has the same shape with different values, so an answer that
 * hard-codes a result of variant 1 fails on variant 2.
 *
 * Three ways to use it:
 *   - fixture_sql(): the data as plain INSERT statements (`ormkata fixture`),
 *     loadable into a real Django project's SQLite database;
 *   - fixture_load(): the same rows straight into an open database that has
 *     the schema (prepared statements, much faster than parsing the text);
 *   - fixture_build_image() + fixture_open_image(): a serialized database
 *     (schema + rows) built once and copied for every run.
 * fixture_load_file() loads a user's file of INSERT statements (`--fixture`).
 *
 * Nothing here prints or uses global state. Memory returned to the caller is
 * plain malloc (fixture_sql) or sqlite3_malloc (error messages, images), as
 * each function says; none of it comes from the interpreter's arena.
 */
#ifndef ORMKATA_FIXTURE_H
#define ORMKATA_FIXTURE_H

#include <stddef.h>
#include <sqlite3.h>

#define FIXTURE_DEFAULT_VARIANT 1

/* Return codes of the loaders (they map onto the CLI's exit codes). */
enum {
    FIXTURE_OK = 0,
    FIXTURE_EINPUT = 1,     /* bad input: unreadable file, a statement that is not an
                               INSERT, a failing statement, a broken foreign key (exit 2) */
    FIXTURE_EINTERNAL = 2   /* SQLite failed on our own data, out of memory, bad variant (exit 3) */
};

/* The DDL Django 5.2 runs for the blog, books and bank apps on SQLite
 * (CREATE TABLE and CREATE INDEX statements, one per line, each ending
 * in ";\n"). Static storage; never free it. */
const char *fixture_schema_sql(void);

/* Execute fixture_schema_sql() on db. Returns FIXTURE_OK or FIXTURE_EINTERNAL
 * with *errmsg (if errmsg is not NULL) set to a message to sqlite3_free. */
int fixture_create_schema(sqlite3 *db, char **errmsg);

/* The whole data set of `variant` (>= 1) as SQL text: a few "--" comment
 * lines, then one `INSERT INTO "table" ("col", ...) VALUES (...);` line per
 * row, parents before children. The text is NUL-terminated; *len (if len is
 * not NULL) gets its length without the NUL. The caller frees it with free().
 * Returns NULL for variant < 1 or when out of memory. */
char *fixture_sql(int variant, size_t *len);

/* Insert the rows of `variant` (>= 1) into db, whose tables must exist and be
 * empty, inside one transaction (a savepoint, so this also works inside an
 * open transaction); on failure nothing is left behind. Same rows as
 * fixture_sql(variant). Returns FIXTURE_OK, else FIXTURE_EINTERNAL with
 * *errmsg (if errmsg is not NULL) set to a message to sqlite3_free. */
int fixture_load(sqlite3 *db, int variant, char **errmsg);

/* Load the file at `path`: INSERT statements only (comments and blank lines
 * are fine), executed in order inside one transaction, then checked with
 * PRAGMA foreign_key_check. Anything else (CREATE, DELETE, PRAGMA, BEGIN, ...)
 * is refused before it runs. On failure nothing is left behind and *errmsg
 * (if errmsg is not NULL) is set to "path:line: what went wrong", to be freed
 * with sqlite3_free. Returns FIXTURE_OK or FIXTURE_EINPUT (FIXTURE_EINTERNAL
 * only when out of memory or SQLite fails outside the user's statements). */
int fixture_load_file(sqlite3 *db, const char *path, char **errmsg);

/* fixture_load_file() on text already in memory: `name` is used in messages
 * in place of a path. `text` need not be NUL-terminated. */
int fixture_load_text(sqlite3 *db, const char *text, size_t len, const char *name,
                      char **errmsg);

/* Build the database image of `variant`: an in-memory database with the
 * schema and, for variant >= 1, the rows (variant 0: the empty tables, for
 * loading a user's --fixture file into). *bytes gets a sqlite3_malloc'd copy
 * of the serialized database (free with sqlite3_free), *n its size. Returns
 * FIXTURE_OK or FIXTURE_EINTERNAL (+ *errmsg as above). */
int fixture_build_image(int variant, unsigned char **bytes, size_t *n, char **errmsg);

/* The image of `variant` made at build time (mk/fixture_images.c embeds
 * what mk/fixture_image.c wrote), so a run does not generate 5,000 rows:
 * 1 with *image and *n set (static storage), 0 when there is none for it.
 * fixture_build_image() copies it unless ORMKATA_NO_PREBUILT is set. */
int fixture_prebuilt(int variant, const unsigned char **image, size_t *n);

/* The same for the empty schema (tables and indexes, no rows), which
 * fixture_create_schema() opens instead of running the DDL (a fifth of
 * the time); 0 when there is none. */
int fixture_prebuilt_schema(const unsigned char **image, size_t *n);

/* Replace the "main" database of db (open it on ":memory:") with a private,
 * writable copy of an image made by fixture_build_image(); the image itself
 * is not touched and can be reused for the next run. Returns FIXTURE_OK or
 * FIXTURE_EINTERNAL (+ *errmsg as above). */
int fixture_open_image(sqlite3 *db, const unsigned char *bytes, size_t n, char **errmsg);

#endif
