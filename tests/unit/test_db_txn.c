/*
 * test_db_txn.c — transactions and the sandbox of the database layer:
 * the statements atomic() / savepoints / commit / rollback record (as
 * Django 5.2.18's SQLite backend records them, checked with
 * ../shared/conformance/run.py), the state machine (needs_rollback,
 * on_commit, manual mode), Python sqlite3's converters, and the authorizer
 * that keeps learner SQL inside the in-memory database (each denied
 * operation tried, and the file it would have written checked absent).
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

#include "db.h"
#include "interp.h"

typedef struct Out {
    char buf[16384];
    size_t len;
} Out;

static void capture(void *ctx, const char *s, size_t n)
{
    Out *o = ctx;
    if (o->len + n < sizeof o->buf) {
        memcpy(o->buf + o->len, s, n);
        o->len += n;
        o->buf[o->len] = 0;
    }
}

/* Run src in a fresh interpreter (the kata fixture); returns its output
 * (static buffer). The program must run to the end. */
static const char *run_out(const char *src)
{
    static Out out;
    static InterpOutput o;
    memset(&out, 0, sizeof out);
    o.write = capture;
    o.ctx = &out;
    Interp *I = interp_new(NULL, &o);
    assert_non_null(I);
    Diag d;
    RunStatus st = interp_run(I, "t.py", "__main__", src, strlen(src), &d);
    if (st != RUN_OK)
        fprintf(stderr, "%s\n", interp_error_text(I));
    assert_int_equal(st, RUN_OK);
    interp_free(I);
    return out.buf;
}

/* Prints every recorded statement after the program's own output. */
#define SHOW_QUERIES "from django.db import connection as _c\nfor _q in _c.queries:\n    print(_q['sql'])\n"

static void test_atomic_statements(void **state)
{
    const char *o = run_out(
        "from django.db import transaction, connection\n"
        "c = connection.cursor()\n"
        "with transaction.atomic():\n"
        "    c.execute('UPDATE bank_account SET balance = 1 WHERE id = 1')\n"
        "    try:\n"
        "        with transaction.atomic():\n"
        "            c.execute('UPDATE bank_account SET balance = 2 WHERE id = 1')\n"
        "            raise ValueError\n"
        "    except ValueError:\n"
        "        pass\n"
        "    with transaction.atomic():\n"
        "        pass\n"
        "c.execute('SELECT balance FROM bank_account WHERE id = 1')\n"
        "print(c.fetchone())\n"
        SHOW_QUERIES);
    assert_string_equal(o,
        "(1,)\n"
        "BEGIN\n"
        "UPDATE bank_account SET balance = 1 WHERE id = 1\n"
        "SAVEPOINT \"s1\"\n"
        "UPDATE bank_account SET balance = 2 WHERE id = 1\n"
        "ROLLBACK TO SAVEPOINT \"s1\"\n"
        "RELEASE SAVEPOINT \"s1\"\n"
        "SAVEPOINT \"s2\"\n"
        "RELEASE SAVEPOINT \"s2\"\n"
        "COMMIT\n"
        "SELECT balance FROM bank_account WHERE id = 1\n");
}

/* A caught database error inside atomic() breaks the block: the next
 * statement is logged, refused, and the block ends in ROLLBACK. */
static void test_broken_block(void **state)
{
    const char *o = run_out(
        "from django.db import transaction, connection, IntegrityError\n"
        "c = connection.cursor()\n"
        "try:\n"
        "    with transaction.atomic():\n"
        "        try:\n"
        "            with transaction.mark_for_rollback_on_error():\n"
        "                c.execute('INSERT INTO bank_account (owner, balance) VALUES (NULL, 1)')\n"
        "        except IntegrityError as e:\n"
        "            print('caught', e)\n"
        "        print(transaction.get_rollback())\n"
        "        c.execute('SELECT %s', [1])\n"
        "except transaction.TransactionManagementError as e:\n"
        "    print(type(e.__cause__).__name__, e)\n"
        "print(connection.in_atomic_block, connection.needs_rollback, transaction.get_autocommit())\n"
        SHOW_QUERIES);
    assert_string_equal(o,
        "caught NOT NULL constraint failed: bank_account.owner\n"
        "True\n"
        "IntegrityError An error occurred in the current transaction. You can't execute queries until "
        "the end of the 'atomic' block.\n"
        "False False True\n"
        "BEGIN\n"
        "INSERT INTO bank_account (owner, balance) VALUES (NULL, 1)\n"
        "SELECT 1\n"
        "ROLLBACK\n");
}

static void test_on_commit_and_rollback_flag(void **state)
{
    const char *o = run_out(
        "from django.db import transaction\n"
        "log = []\n"
        "with transaction.atomic():\n"
        "    transaction.on_commit(lambda: log.append('a'))\n"
        "    try:\n"
        "        with transaction.atomic():\n"
        "            transaction.on_commit(lambda: log.append('dropped'))\n"
        "            raise KeyError\n"
        "    except KeyError:\n"
        "        pass\n"
        "    log.append('body')\n"
        "with transaction.atomic():\n"
        "    transaction.on_commit(lambda: log.append('never'))\n"
        "    transaction.set_rollback(True)\n"
        "transaction.on_commit(lambda: log.append('now'))\n"
        "print(log)\n"
        "try:\n"
        "    transaction.set_rollback(True)\n"
        "except Exception as e:\n"
        "    print(type(e).__name__, e)\n"
        "try:\n"
        "    with transaction.atomic():\n"
        "        with transaction.atomic(durable=True):\n"
        "            pass\n"
        "except RuntimeError as e:\n"
        "    print(e)\n");
    assert_string_equal(o,
        "['body', 'a', 'now']\n"
        "TransactionManagementError The rollback flag doesn't work outside of an 'atomic' block.\n"
        "A durable atomic block cannot be nested within another atomic block.\n");
}

/* Manual mode: set_autocommit(False) logs BEGIN without sending it; DML
 * opens the transaction (unlogged, as sqlite3 does); commit/rollback are
 * logged even with nothing open. */
static void test_manual_mode(void **state)
{
    const char *o = run_out(
        "from django.db import transaction, connection\n"
        "c = connection.cursor()\n"
        "transaction.commit()\n"
        "before = c.execute('SELECT balance FROM bank_account WHERE id = 1').fetchone()\n"
        "transaction.set_autocommit(False)\n"
        "c.execute('UPDATE bank_account SET balance = 5 WHERE id = 1')\n"
        "print(connection.in_transaction)\n"
        "transaction.rollback()\n"
        "print(connection.in_transaction)\n"
        "c.execute('UPDATE bank_account SET balance = 6 WHERE id = 2')\n"
        "transaction.commit()\n"
        "transaction.set_autocommit(True)\n"
        "c.execute('SELECT balance FROM bank_account WHERE id <= 2 ORDER BY id')\n"
        "rows = c.fetchall()\n"
        "print(rows[0] == before, rows[1])\n"
        SHOW_QUERIES);
    assert_string_equal(o,
        "True\n"
        "False\n"
        "True (6,)\n"
        "COMMIT\n"
        "SELECT balance FROM bank_account WHERE id = 1\n"
        "BEGIN\n"
        "UPDATE bank_account SET balance = 5 WHERE id = 1\n"
        "ROLLBACK\n"
        "UPDATE bank_account SET balance = 6 WHERE id = 2\n"
        "COMMIT\n"
        "SELECT balance FROM bank_account WHERE id <= 2 ORDER BY id\n");
}

/* Django registers converters for the bool/date/time/datetime declared
 * types and "[type]" column names; description drops the "[type]". */
static void test_sqlite3_converters(void **state)
{
    const char *o = run_out(
        "from django.db import connection\n"
        "c = connection.cursor()\n"
        "c.execute('SELECT pub_date, pub_date AS d, MAX(pub_date), \\'2024-1-5\\' AS \"x [date]\", "
        "\\'12:30:00+01:00\\' AS \"t [time]\", 1 AS \"b [bool]\", 2 AS \"c [BOOL]\", "
        "\\'2024-01-15 12:00:00\\' AS \"w [timestamp]\", \\'nope\\' AS \"n [date]\" "
        "FROM blog_entry WHERE id = 1')\n"
        "r = c.fetchone()\n"
        "print(type(r[0]).__name__, r[0] == r[1], r[2] == r[0].isoformat(), r[3:])\n"
        "print([d[0] for d in c.description])\n");
    assert_string_equal(o,
        "date True True (datetime.date(2024, 1, 5), "
        "datetime.time(12, 30), True, False, datetime.datetime(2024, 1, 15, 12, 0), None)\n"
        "['pub_date', 'd', 'MAX(pub_date)', 'x', 't', 'b', 'c', 'w', 'n']\n");
}

/* Each operation that would leave the in-memory database is refused with a
 * DatabaseError naming it; reads (PRAGMA table_info, plain PRAGMA x) pass. */
static void test_authorizer(void **state)
{
    unlink("/tmp/ormkata_test_db_txn_attach.db");
    unlink("/tmp/ormkata_test_db_txn_vacuum.db");
    const char *o = run_out(
        "from django.db import connection, DatabaseError\n"
        "for sql in [\"ATTACH DATABASE '/tmp/ormkata_test_db_txn_attach.db' AS x\",\n"
        "            'DETACH DATABASE main',\n"
        "            \"SELECT load_extension('/tmp/nope.so')\",\n"
        "            'PRAGMA foreign_keys = OFF',\n"
        "            'PRAGMA writable_schema = ON',\n"
        "            'PRAGMA journal_mode = OFF',\n"
        "            \"VACUUM INTO '/tmp/ormkata_test_db_txn_vacuum.db'\",\n"
        "            \"  vacuum main INTO '/tmp/ormkata_test_db_txn_vacuum.db'\",\n"
        "            'PRAGMA foreign_keys', 'PRAGMA table_info(bank_account)', 'VACUUM']:\n"
        "    try:\n"
        "        c = connection.cursor()\n"
        "        c.execute(sql)\n"
        "        print('ok', len(c.fetchall()))\n"
        "    except DatabaseError as e:\n"
        "        print(type(e).__name__, str(e).split(' is not allowed')[0])\n");
    assert_string_equal(o,
        "DatabaseError not authorized: ATTACH\n"
        "DatabaseError not authorized: DETACH\n"
        "DatabaseError not authorized: load_extension()\n"
        "DatabaseError not authorized: PRAGMA foreign_keys = …\n"
        "DatabaseError not authorized: PRAGMA writable_schema = …\n"
        "DatabaseError not authorized: PRAGMA journal_mode = …\n"
        "DatabaseError not authorized: VACUUM INTO\n"
        "DatabaseError not authorized: VACUUM INTO\n"
        "ok 1\n"
        "ok 3\n"
        "ok 0\n");
    assert_int_not_equal(access("/tmp/ormkata_test_db_txn_attach.db", F_OK), 0);
    assert_int_not_equal(access("/tmp/ormkata_test_db_txn_vacuum.db", F_OK), 0);
}

/* QuerySet.explain()'s formatting through connection._explain. */
static void test_explain(void **state)
{
    const char *o = run_out(
        "from django.db import connection\n"
        "print(repr(connection._explain('SELECT * FROM blog_entry WHERE blog_id = %s', (2,))))\n"
        "for fmt, opts in (('xml', None), (None, {'b': 1, 'a': 2}), (None, {'a;': 1})):\n"
        "    try:\n"
        "        connection._explain('SELECT 1', (), fmt, opts)\n"
        "    except ValueError as e:\n"
        "        print(e)\n"
        "print(repr(connection._explain(None, ())))\n"
        SHOW_QUERIES);
    assert_string_equal(o,
        "'3 0 0 SEARCH blog_entry USING INDEX blog_entry_blog_id_8cd38d8b (blog_id=?)'\n"
        "XML is not a recognized format. SQLite does not support any formats.\n"
        "Unknown options: a, b\n"
        "Invalid option name: 'a;'.\n"
        "''\n"
        "EXPLAIN QUERY PLAN SELECT * FROM blog_entry WHERE blog_id = 2\n");
}

/* run_interleaved: a read-modify-write loses an update, an F() update
 * does not, and atomic() on SQLite makes the second writer fail with
 * "database is locked" (what two real connections do: the lock upgrade
 * of the second is refused, the first's COMMIT waits for its ROLLBACK). */
static void test_run_interleaved(void **state)
{
    const char *o = run_out(
        "from django.db import connection, transaction\n"
        "from django.db.models import F\n"
        "from bank.models import Account\n"
        "def rmw():\n"
        "    a = Account.objects.get(pk=1)\n"
        "    print('read')\n"
        "    a.balance += 10\n"
        "    a.save(update_fields=['balance'])\n"
        "    return 'done'\n"
        "def f_update():\n"
        "    Account.objects.filter(pk=1).update(balance=F('balance') + 10)\n"
        "def locked():\n"
        "    with transaction.atomic():\n"
        "        a = Account.objects.select_for_update().get(pk=1)\n"
        "        a.balance += 10\n"
        "        a.save(update_fields=['balance'])\n"
        "    return 'ok'\n"
        "b = Account.objects.get(pk=1).balance\n"
        "n = len(connection.queries)\n"
        "print(connection._run_interleaved(rmw, rmw), Account.objects.get(pk=1).balance - b)\n"
        "print([q['sql'].split()[0] for q in connection.queries[n:]])\n"
        "b = Account.objects.get(pk=1).balance\n"
        "print(connection._run_interleaved(f_update, f_update), Account.objects.get(pk=1).balance - b)\n"
        "b = Account.objects.get(pk=1).balance\n"
        "n = len(connection.queries)\n"
        "print(connection._run_interleaved(locked, locked), Account.objects.get(pk=1).balance - b)\n"
        "print([q['sql'].split()[0] for q in connection.queries[n:]])\n"
        "print(connection._run_interleaved(rmw, rmw, 'aaab'), Account.objects.get(pk=1).balance - b)\n"
        "print(connection.in_atomic_block, connection.in_transaction)\n");
    assert_string_equal(o,
        "read\n"
        "read\n"
        "('done', 'done') 10\n"
        "['SELECT', 'SELECT', 'UPDATE', 'UPDATE', 'SELECT']\n"
        "(None, None) 20\n"
        "('ok', OperationalError('database is locked')) 10\n"
        "['BEGIN', 'BEGIN', 'SELECT', 'SELECT', 'UPDATE', 'UPDATE', 'ROLLBACK', 'COMMIT', 'SELECT']\n"
        "read\n"
        "read\n"
        "('done', 'done') 30\n"
        "False False\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_atomic_statements),
        cmocka_unit_test(test_broken_block),
        cmocka_unit_test(test_on_commit_and_rollback_flag),
        cmocka_unit_test(test_manual_mode),
        cmocka_unit_test(test_sqlite3_converters),
        cmocka_unit_test(test_authorizer),
        cmocka_unit_test(test_explain),
        cmocka_unit_test(test_run_interleaved),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
