"""django.db.transaction: atomic() blocks and savepoints, with the
statements Django 5.2's SQLite backend records (BEGIN, SAVEPOINT "s1",
RELEASE SAVEPOINT, ROLLBACK TO SAVEPOINT, COMMIT, ROLLBACK).

Savepoint names are s1, s2 … in order of creation (the conformance
harness renames Django's thread-based names the same way).
"""
from django.db import connection, DatabaseError, ProgrammingError, Error


class TransactionManagementError(ProgrammingError):
    pass


class _State:
    def __init__(self):
        self.in_atomic_block = False
        self.savepoint_ids = []
        self.commit_on_exit = True
        self.needs_rollback = False
        self.rollback_exc = None
        self.autocommit = True
        self.counter = 0
        self.run_on_commit = []
        self.explicit_begun = False


_state = _State()


def _exec(sql):
    connection.cursor().execute(sql)


def get_connection(using=None):
    return connection


def get_autocommit(using=None):
    return _state.autocommit


def set_autocommit(autocommit, using=None):
    if _state.in_atomic_block:
        raise TransactionManagementError("This is forbidden when an 'atomic' block is active.")
    _state.autocommit = bool(autocommit)


def commit(using=None):
    if _state.in_atomic_block:
        raise TransactionManagementError("This is forbidden when an 'atomic' block is active.")
    if not _state.autocommit and connection.in_transaction:
        _exec("COMMIT")


def rollback(using=None):
    if _state.in_atomic_block:
        raise TransactionManagementError("This is forbidden when an 'atomic' block is active.")
    if not _state.autocommit and connection.in_transaction:
        _exec("ROLLBACK")


def savepoint(using=None):
    if not _state.in_atomic_block and _state.autocommit:
        return None
    _state.counter += 1
    sid = "s%d" % _state.counter
    _exec('SAVEPOINT "%s"' % sid)
    return sid


def savepoint_rollback(sid, using=None):
    _exec('ROLLBACK TO SAVEPOINT "%s"' % sid)


def savepoint_commit(sid, using=None):
    _exec('RELEASE SAVEPOINT "%s"' % sid)


def clean_savepoints(using=None):
    _state.counter = 0


def get_rollback(using=None):
    if not _state.in_atomic_block:
        raise TransactionManagementError("The rollback flag doesn't work outside of an 'atomic' block.")
    return _state.needs_rollback


def set_rollback(rollback, using=None):
    if not _state.in_atomic_block:
        raise TransactionManagementError("The rollback flag doesn't work outside of an 'atomic' block.")
    _state.needs_rollback = rollback


def on_commit(func, using=None, robust=False):
    if _state.in_atomic_block:
        _state.run_on_commit.append((set(_state.savepoint_ids), func, robust))
    else:
        func()


def _run_on_commit():
    todo = _state.run_on_commit
    _state.run_on_commit = []
    for sids, func, robust in todo:
        if robust:
            try:
                func()
            except Exception:
                pass
        else:
            func()


class Atomic:
    """A context manager and decorator, like Django's Atomic."""

    def __init__(self, using=None, savepoint=True, durable=False):
        self.using = using
        self.savepoint = savepoint
        self.durable = durable
        self._from_testcase = False

    def __call__(self, func):
        atomic_self = self

        def inner(*args, **kwargs):
            with Atomic(atomic_self.using, atomic_self.savepoint, atomic_self.durable):
                return func(*args, **kwargs)
        inner.__name__ = getattr(func, "__name__", "inner")
        inner.__doc__ = getattr(func, "__doc__", None)
        return inner

    def __enter__(self):
        st = _state
        if self.durable and st.in_atomic_block:
            raise RuntimeError("A durable atomic block cannot be nested within another atomic block.")
        if not st.in_atomic_block:
            st.commit_on_exit = True
            st.needs_rollback = False
            if not st.autocommit:
                st.in_atomic_block = True
                st.commit_on_exit = False
        if st.in_atomic_block:
            if self.savepoint and not st.needs_rollback:
                sid = savepoint()
                st.savepoint_ids.append(sid)
            else:
                st.savepoint_ids.append(None)
        else:
            _exec("BEGIN")
            st.in_atomic_block = True
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        st = _state
        if st.savepoint_ids:
            sid = st.savepoint_ids.pop()
        else:
            st.in_atomic_block = False
            sid = None
        try:
            if exc_type is None and not st.needs_rollback:
                if st.in_atomic_block and st.savepoint_ids is not None and sid is not None:
                    try:
                        savepoint_commit(sid)
                    except DatabaseError:
                        try:
                            savepoint_rollback(sid)
                            savepoint_commit(sid)
                        except Error:
                            st.needs_rollback = True
                        raise
                elif not st.in_atomic_block and st.commit_on_exit:
                    try:
                        _exec("COMMIT")
                    except DatabaseError:
                        try:
                            _exec("ROLLBACK")
                        except Error:
                            pass
                        raise
                    _run_on_commit()
            else:
                st.needs_rollback = False
                if st.in_atomic_block:
                    if sid is None:
                        st.needs_rollback = True
                    else:
                        try:
                            savepoint_rollback(sid)
                            savepoint_commit(sid)
                        except Error:
                            st.needs_rollback = True
                elif st.commit_on_exit:
                    try:
                        _exec("ROLLBACK")
                    except Error:
                        pass
                    st.run_on_commit = []
        finally:
            if not st.in_atomic_block:
                st.savepoint_ids = []
            if st.in_atomic_block and not st.savepoint_ids and False:
                pass
        return False


def atomic(using=None, savepoint=True, durable=False):
    if callable(using):
        return Atomic(None, savepoint, durable)(using)
    return Atomic(using, savepoint, durable)


class mark_for_rollback_on_error:
    def __init__(self, using=None):
        self.using = using

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is not None and _state.in_atomic_block:
            _state.needs_rollback = True
        return False


def non_atomic_requests(using=None):
    if callable(using):
        return using
    return lambda f: f
