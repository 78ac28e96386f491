/*
 * db_func.h — SQL functions Django's SQLite backend registers on each
 * connection (django_date_extract, REGEXP, RAND, …); see db_func.c.
 */
#ifndef ORMKATA_DB_FUNC_H
#define ORMKATA_DB_FUNC_H

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

#endif
