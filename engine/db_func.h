/*
 * db_func.h — SQL functions Django's SQLite backend registers on each
 * connection (django_date_extract, REGEXP, RAND, …); see db_func.c.
 */
#ifndef ORMKATA_DB_FUNC_H
#define ORMKATA_DB_FUNC_H

typedef struct sqlite3 sqlite3;

/* Register them on db; SQLITE_OK or the sqlite error code. */
int db_func_register(sqlite3 *db);

#endif
