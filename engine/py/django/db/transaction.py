"""django.db.transaction: atomic() blocks, savepoints, on_commit and the
connection's transaction state machine, with the statements Django 5.2's
SQLite backend records.

The state lives on `connection` (its attributes autocommit,
in_atomic_block, savepoint_ids, atomic_blocks, commit_on_exit,
needs_rollback, rollback_exc, run_on_commit … as BaseDatabaseWrapper has
them; mod_django_db.c creates them). The cursor (C) reads two of them
before every statement: needs_rollback (a broken atomic block refuses
queries with TransactionManagementError) and autocommit (manual mode opens
a transaction before DML, as Python's sqlite3 does).

What is recorded, as on Django's SQLite backend:
- atomic() at the top level: "BEGIN" (executed), then "COMMIT" or
  "ROLLBACK"; nested blocks: SAVEPOINT "sN" / RELEASE SAVEPOINT "sN" /
  ROLLBACK TO SAVEPOINT "sN" (savepoint names are s1, s2 … in order of
  creation, as the conformance harness renames Django's thread-based ones).
- commit()/rollback() always log COMMIT/ROLLBACK (sqlite3 ignores them
  when no transaction is open, but Django's debug wrapper logs them).
- set_autocommit(False) logs "BEGIN" without sending anything.
"""
from django.db import _connection as connection, DatabaseError, ProgrammingError, Error


class TransactionManagementError(ProgrammingError):
    """Transaction management is used improperly."""
    pass


connection._TransactionManagementError = TransactionManagementError


def get_connection(using=None):
    """connections[using]: the one connection, or ConnectionDoesNotExist
    for an alias other than "default" (atomic(using="replica"))."""
    if using is not None and using != "default":
        from django.db import connections
        return connections[using]
    return connection


# ---------------------------------------------------------------- the connection's methods

def _validate_no_atomic_block():
    if connection.in_atomic_block:
        raise TransactionManagementError("This is forbidden when an 'atomic' block is active.")


def _execute(sql):
    c = connection.cursor()
    c.execute(sql)


def _commit():
    # sqlite3's commit() does nothing without an open transaction; Django
    # logs the COMMIT either way.
    if connection.in_transaction:
        connection._transaction("COMMIT")
    else:
        connection._record("COMMIT")


def _rollback():
    if connection.in_transaction:
        connection._transaction("ROLLBACK")
    else:
        connection._record("ROLLBACK")


def _conn_commit():
    _validate_no_atomic_block()
    _commit()
    connection.errors_occurred = False
    connection.run_commit_hooks_on_set_autocommit_on = True


def _conn_rollback():
    _validate_no_atomic_block()
    _rollback()
    connection.errors_occurred = False
    connection.needs_rollback = False
    connection.run_on_commit = []


def _savepoint_allowed():
    # SQLite: savepoints only make sense inside atomic blocks.
    return connection.in_atomic_block


def _conn_savepoint():
    if not _savepoint_allowed():
        return None
    connection.savepoint_state += 1
    sid = "s%d" % connection.savepoint_state
    _execute('SAVEPOINT "%s"' % sid)
    return sid


def _conn_savepoint_rollback(sid):
    if not _savepoint_allowed():
        return
    _execute('ROLLBACK TO SAVEPOINT "%s"' % sid)
    connection.run_on_commit = [(sids, func, robust) for (sids, func, robust) in connection.run_on_commit
                                if sid not in sids]


def _conn_savepoint_commit(sid):
    if not _savepoint_allowed():
        return
    _execute('RELEASE SAVEPOINT "%s"' % sid)


def _conn_clean_savepoints():
    connection.savepoint_state = 0


def _conn_get_autocommit():
    return connection.autocommit


def _conn_set_autocommit(autocommit, force_begin_transaction_with_broken_autocommit=False):
    _validate_no_atomic_block()
    if force_begin_transaction_with_broken_autocommit and not autocommit:
        _execute("BEGIN")
    elif autocommit:
        # sqlite3 commits an open transaction when isolation_level becomes None.
        if connection.in_transaction:
            connection._untraced("COMMIT")
    else:
        connection._record("BEGIN")
    connection.autocommit = autocommit
    if autocommit and connection.run_commit_hooks_on_set_autocommit_on:
        _conn_run_and_clear_commit_hooks()
        connection.run_commit_hooks_on_set_autocommit_on = False


def _conn_get_rollback():
    if not connection.in_atomic_block:
        raise TransactionManagementError("The rollback flag doesn't work outside of an 'atomic' block.")
    return connection.needs_rollback


def _conn_set_rollback(rollback):
    if not connection.in_atomic_block:
        raise TransactionManagementError("The rollback flag doesn't work outside of an 'atomic' block.")
    connection.needs_rollback = rollback


def _conn_validate_no_broken_transaction():
    if connection.needs_rollback:
        raise TransactionManagementError(
            "An error occurred in the current transaction. You can't execute queries until the end of the "
            "'atomic' block.") from connection.rollback_exc


def _call_robust(func):
    try:
        func()
    except Exception:
        # Django logs the error (logger "django.db.backends.base") and goes on.
        pass


def _conn_on_commit(func, robust=False):
    if not callable(func):
        raise TypeError("on_commit()'s callback must be a callable.")
    if connection.in_atomic_block:
        connection.run_on_commit.append((set(connection.savepoint_ids), func, robust))
    elif not connection.autocommit:
        raise TransactionManagementError("on_commit() cannot be used in manual transaction management")
    elif robust:
        _call_robust(func)
    else:
        func()


def _conn_run_and_clear_commit_hooks():
    _validate_no_atomic_block()
    todo = connection.run_on_commit
    connection.run_on_commit = []
    while todo:
        _, func, robust = todo.pop(0)
        if robust:
            _call_robust(func)
        else:
            func()


def _conn_check_constraints(table_names=None):
    """SQLite's DatabaseWrapper.check_constraints: PRAGMA foreign_key_check
    (of every table, or of each in table_names), and an IntegrityError naming
    the first row whose foreign key has no row to point at."""
    from django.db import IntegrityError
    with connection.cursor() as cursor:
        if table_names is None:
            cursor.execute("PRAGMA foreign_key_check")
            violations = cursor.fetchall()
        else:
            violations = []
            for table_name in table_names:
                cursor.execute('PRAGMA foreign_key_check("%s")' % table_name)
                violations.extend(cursor.fetchall())
        for table_name, rowid, referenced_table_name, foreign_key_index in violations:
            cursor.execute('PRAGMA foreign_key_list("%s")' % table_name)
            foreign_key = cursor.fetchall()[foreign_key_index]
            column_name, referenced_column_name = foreign_key[3:5]
            cursor.execute('PRAGMA table_info("%s")' % table_name)
            pk_column = [row[1] for row in cursor.fetchall() if row[5]][0]
            cursor.execute('SELECT "%s", "%s" FROM "%s" WHERE rowid = %%s' % (pk_column, column_name, table_name),
                           (rowid,))
            primary_key_value, bad_value = cursor.fetchone()
            raise IntegrityError(
                "The row in table '%s' with primary key '%s' has an invalid foreign key: %s.%s contains a "
                "value '%s' that does not have a corresponding value in %s.%s."
                % (table_name, primary_key_value, table_name, column_name, bad_value, referenced_table_name,
                   referenced_column_name))


connection.check_constraints = _conn_check_constraints
connection.commit = _conn_commit
connection.rollback = _conn_rollback
connection.savepoint = _conn_savepoint
connection.savepoint_rollback = _conn_savepoint_rollback
connection.savepoint_commit = _conn_savepoint_commit
connection.clean_savepoints = _conn_clean_savepoints
connection.get_autocommit = _conn_get_autocommit
connection.set_autocommit = _conn_set_autocommit
connection.get_rollback = _conn_get_rollback
connection.set_rollback = _conn_set_rollback
connection.validate_no_atomic_block = _validate_no_atomic_block
connection.validate_no_broken_transaction = _conn_validate_no_broken_transaction
connection.on_commit = _conn_on_commit
connection.run_and_clear_commit_hooks = _conn_run_and_clear_commit_hooks


# ---------------------------------------------------------------- the public API

def get_autocommit(using=None):
    get_connection(using)
    return _conn_get_autocommit()


def set_autocommit(autocommit, using=None):
    get_connection(using)
    return _conn_set_autocommit(autocommit)


def commit(using=None):
    get_connection(using)
    _conn_commit()


def rollback(using=None):
    get_connection(using)
    _conn_rollback()


def savepoint(using=None):
    get_connection(using)
    return _conn_savepoint()


def savepoint_rollback(sid, using=None):
    get_connection(using)
    _conn_savepoint_rollback(sid)


def savepoint_commit(sid, using=None):
    get_connection(using)
    _conn_savepoint_commit(sid)


def clean_savepoints(using=None):
    get_connection(using)
    _conn_clean_savepoints()


def get_rollback(using=None):
    get_connection(using)
    return _conn_get_rollback()


def set_rollback(rollback, using=None):
    get_connection(using)
    return _conn_set_rollback(rollback)


def on_commit(func, using=None, robust=False):
    get_connection(using)
    _conn_on_commit(func, robust)


class mark_for_rollback_on_error:
    """Marks the atomic block for rollback when the body raises (Model.save()
    and QuerySet.update() run under it), without opening a transaction."""

    def __init__(self, using=None):
        self.using = using

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is not None and issubclass(exc_type, Exception) and connection.in_atomic_block:
            connection.needs_rollback = True
            connection.rollback_exc = exc_value
        return False


def _wraps(inner, func):
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(inner, name, getattr(func, name))
        except AttributeError:
            pass
    try:
        inner.__dict__.update(getattr(func, "__dict__", {}))
    except AttributeError:
        pass
    inner.__wrapped__ = func
    return inner


class Atomic:
    """atomic(): a transaction at the top level, a savepoint when nested
    (none with savepoint=False); usable as a context manager and a
    decorator (one instance is re-entrant)."""

    def __init__(self, using, savepoint, durable):
        self.using = using
        self.savepoint = savepoint
        self.durable = durable
        self._from_testcase = False

    def __call__(self, func):
        cm = self

        def inner(*args, **kwds):
            with cm:
                return func(*args, **kwds)
        return _wraps(inner, func)

    def __enter__(self):
        c = get_connection(self.using)
        if self.durable and c.atomic_blocks and not c.atomic_blocks[-1]._from_testcase:
            raise RuntimeError("A durable atomic block cannot be nested within another atomic block.")
        if not c.in_atomic_block:
            c.commit_on_exit = True
            c.needs_rollback = False
            if not c.autocommit:
                c.in_atomic_block = True
                c.commit_on_exit = False
        if c.in_atomic_block:
            if self.savepoint and not c.needs_rollback:
                c.savepoint_ids.append(_conn_savepoint())
            else:
                c.savepoint_ids.append(None)
        else:
            _conn_set_autocommit(False, force_begin_transaction_with_broken_autocommit=True)
            c.in_atomic_block = True
        if c.in_atomic_block:
            c.atomic_blocks.append(self)

    def __exit__(self, exc_type, exc_value, traceback):
        c = connection
        if c.in_atomic_block:
            c.atomic_blocks.pop()
        sid = None
        if c.savepoint_ids:
            sid = c.savepoint_ids.pop()
        else:
            c.in_atomic_block = False
        try:
            if c.closed_in_transaction:
                pass
            elif exc_type is None and not c.needs_rollback:
                if c.in_atomic_block:
                    if sid is not None:
                        try:
                            _conn_savepoint_commit(sid)
                        except DatabaseError:
                            try:
                                _conn_savepoint_rollback(sid)
                                _conn_savepoint_commit(sid)
                            except Error:
                                c.needs_rollback = True
                            raise
                else:
                    try:
                        _conn_commit()
                    except DatabaseError:
                        try:
                            _conn_rollback()
                        except Error:
                            pass
                        raise
            else:
                c.needs_rollback = False
                if c.in_atomic_block:
                    if sid is None:
                        c.needs_rollback = True
                    else:
                        try:
                            _conn_savepoint_rollback(sid)
                            _conn_savepoint_commit(sid)
                        except Error:
                            c.needs_rollback = True
                else:
                    try:
                        _conn_rollback()
                    except Error:
                        pass
        finally:
            if not c.in_atomic_block:
                _conn_set_autocommit(True)
            elif not c.savepoint_ids and not c.commit_on_exit:
                c.in_atomic_block = False
        return False


def atomic(using=None, savepoint=True, durable=False):
    if callable(using):
        return Atomic("default", savepoint, durable)(using)
    return Atomic(using, savepoint, durable)


def _non_atomic_requests(view, using):
    try:
        view._non_atomic_requests.add(using)
    except AttributeError:
        view._non_atomic_requests = {using}
    return view


def non_atomic_requests(using=None):
    if callable(using):
        return _non_atomic_requests(using, "default")
    if using is None:
        using = "default"
    return lambda view: _non_atomic_requests(view, using)
