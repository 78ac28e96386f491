/*
 * db_func.h — SQL functions Django's SQLite backend registers on each
 * connection (django_date_extract, REGEXP, RAND, …); see db_func.c.
 */
#ifndef ORMKATA_DB_FUNC_H
#define ORMKATA_DB_FUNC_H

#include <stdbool.h>

typedef struct sqlite3 sqlite3;

/* Register them on db; SQLITE_OK or the sqlite error code. */
int db_func_register(sqlite3 *db);

/* The text, hash and small numeric ones (REVERSE, LPAD, MD5, SIGN, …),
 * registered by db_func_register; see db_func_text.c. */
int db_func_text_register(sqlite3 *db);

/* What a Python function registered by Django reports to SQLite when it
 * raises: "user-defined function raised exception". */
typedef struct sqlite3_context sqlite3_context;
void db_func_raised(sqlite3_context *ctx);

/* The steps one REGEXP call may take. Past them (a runaway pattern, which
 * would hang Django) the call stops; the run's budget cannot unwind
 * through SQLite, so it fails the statement and remembers why. */
enum { DB_FUNC_REGEXP_MAX_STEPS = 10000000 };

/* Whether a REGEXP call on this thread stopped on its steps since the
 * last call (cleared by the call): the caller reports the run's SQL
 * limit, not the function's "user-defined function raised exception". */
bool db_func_take_regexp_stop(void);

#endif
