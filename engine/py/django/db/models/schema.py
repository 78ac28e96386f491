"""The DDL Django 5.2's SQLite schema editor runs for models, as `migrate`
does: CREATE TABLE per model (its columns from Field.column_sql(), inline
REFERENCES … DEFERRABLE INITIALLY DEFERRED, Meta.constraints as
CONSTRAINT clauses), the auto-created M2M through table right after its
model, then the deferred statements in the order Django queues them:
unique_together as CREATE UNIQUE INDEX "…_uniq", an index per db_index
field that is not unique (foreign keys), Meta.indexes.

Index names are Django's: table_columns_<md5(table + columns)[:8]><suffix>
(names_digest), shortened to 200 characters as _create_index_name does.
"""
from django.db.utils import names_digest

MAX_NAME_LENGTH = 200


def quote_name(name):
    if name.startswith('"') and name.endswith('"'):
        return name
    return '"%s"' % name


def create_index_name(table_name, column_names, suffix=""):
    """BaseDatabaseSchemaEditor._create_index_name on SQLite."""
    hash_suffix_part = "%s%s" % (names_digest(table_name, *column_names, length=8), suffix)
    index_name = "%s_%s_%s" % (table_name, "_".join(column_names), hash_suffix_part)
    if len(index_name) <= MAX_NAME_LENGTH:
        return index_name
    if len(hash_suffix_part) > MAX_NAME_LENGTH / 3:
        hash_suffix_part = hash_suffix_part[:MAX_NAME_LENGTH // 3]
    other_length = (MAX_NAME_LENGTH - len(hash_suffix_part)) // 2 - 1
    index_name = "%s_%s_%s" % (table_name[:other_length], "_".join(column_names)[:other_length],
                               hash_suffix_part)
    if index_name[0] == "_" or index_name[0].isdigit():
        index_name = "D%s" % index_name[:-1]
    return index_name


def _columns_sql(columns, suffixes=()):
    out = []
    for i, col in enumerate(columns):
        s = quote_name(col)
        if i < len(suffixes) and suffixes[i]:
            s = "%s %s" % (s, suffixes[i])
        out.append(s)
    return ", ".join(out)


def create_index_sql(model, columns, name=None, suffixes=(), unique=False):
    """CREATE [UNIQUE] INDEX "name" ON "table" ("col" [DESC], …)."""
    table = model._meta.db_table
    if name is None:
        name = create_index_name(table, columns, "_uniq" if unique else "")
    return "CREATE %sINDEX %s ON %s (%s)" % ("UNIQUE " if unique else "", quote_name(name),
                                             quote_name(table), _columns_sql(columns, suffixes))


def auto_through_models(model):
    """The M2M through models Django creates for `model` (not the ones a
    ManyToManyField names with through=…)."""
    out = []
    for f in model._meta.local_many_to_many:
        through = getattr(f, "through", None)
        if through is not None and not isinstance(through, str) and \
                through.__name__ == "%s_%s" % (model._meta.object_name, f.name):
            out.append(through)
    return out


def _unique_together(model, auto_through):
    ut = model._meta.unique_together
    if ut and isinstance(ut[0], str):
        ut = (ut,)
    if auto_through and not ut:
        names = [f.name for f in model._meta.local_fields if not f.primary_key]
        ut = (tuple(names),)
    return ut


def table_sql(model, deferred, auto_through=False):
    """The CREATE TABLE statement; queues unique_together's indexes."""
    meta = model._meta
    for names in _unique_together(model, auto_through):
        cols = [meta.get_field(n).column for n in names]
        deferred.append(create_index_sql(model, cols, unique=True))
    parts = [f.column_sql() for f in meta.local_fields]
    for c in meta.constraints:
        sql = c.constraint_sql(model) if hasattr(c, "constraint_sql") else None
        if sql:
            parts.append(sql)
        elif hasattr(c, "create_sql"):
            # A conditional or expression UniqueConstraint: its unique index.
            index_sql = c.create_sql(model)
            if index_sql:
                deferred.append(index_sql)
    return "CREATE TABLE %s (%s)" % (quote_name(meta.db_table), ", ".join(parts))


def model_indexes_sql(model):
    """Indexes of db_index fields that are not unique, then Meta.indexes."""
    out = []
    for f in model._meta.local_fields:
        if getattr(f, "db_index", False) and not f.unique:
            out.append(create_index_sql(model, [f.column]))
    for index in model._meta.indexes:
        out.append(index.create_sql(model))
    return out


def create_model(model, tables, deferred, auto_through=False):
    """What schema_editor.create_model(model) adds: its table, its indexes
    (deferred), then its auto-created through tables the same way."""
    tables.append(table_sql(model, deferred, auto_through))
    deferred.extend(model_indexes_sql(model))
    for through in auto_through_models(model):
        create_model(through, tables, deferred, True)


def schema_statements(models):
    """Every statement `migrate` runs for `models` (in that order; through
    models are created with their owner): CREATE TABLEs first, then the
    deferred indexes, without the trailing ';'."""
    tables, deferred = [], []
    throughs = set()
    for m in models:
        for t in auto_through_models(m):
            throughs.add(t)
    for m in models:
        if m in throughs or m._meta.abstract:
            continue
        create_model(m, tables, deferred)
    return tables + deferred


def app_models(*app_labels):
    """The registered models of these apps, in the order they were defined
    (auto-created through models included; schema_statements skips them)."""
    from django.db.models.base import _models
    out = []
    for label in app_labels:
        for key, model in _models.items():
            if key.split(".")[0] == label:
                out.append(model)
    return out


class SchemaEditor:
    """connection.schema_editor(): create_model() as Django's SQLite schema
    editor runs it, framed the same way: PRAGMA foreign_keys = OFF, PRAGMA
    foreign_keys (refused with NotSupportedError inside atomic(), where the
    switch cannot happen), BEGIN, the tables, PRAGMA foreign_key_check, the
    deferred indexes, COMMIT, PRAGMA foreign_keys = ON. With
    collect_sql=True the DDL (ending in ';') goes to .collected_sql instead
    of running; the frame still runs, as in Django."""

    def __init__(self, connection, collect_sql=False, atomic=True):
        self.connection = connection
        self.collect_sql = collect_sql
        if self.collect_sql:
            self.collected_sql = []
        self.atomic_migration = atomic
        self.deferred_sql = []

    def _pragma(self, sql):
        self.connection._record(sql)
        self.connection._untraced(sql)

    def __enter__(self):
        from django.db import transaction
        from django.db.utils import NotSupportedError
        self._pragma("PRAGMA foreign_keys = OFF")
        enabled = self.connection.cursor().execute("PRAGMA foreign_keys").fetchone()[0]
        if enabled:
            raise NotSupportedError(
                "SQLite schema editor cannot be used while foreign key constraint checks are enabled. "
                "Make sure to disable them before entering a transaction.atomic() context because "
                "SQLite does not support disabling them in the middle of a multi-statement transaction.")
        self.deferred_sql = []
        if self.atomic_migration:
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.connection.cursor().execute("PRAGMA foreign_key_check").fetchall()
        if exc_type is None:
            for sql in self.deferred_sql:
                self.execute(sql)
        if self.atomic_migration:
            self.atomic.__exit__(exc_type, exc_value, traceback)
        self._pragma("PRAGMA foreign_keys = ON")
        return False

    def execute(self, sql, params=()):
        if self.collect_sql:
            self.collected_sql.append(sql + ";")
        else:
            self.connection.cursor().execute(sql, params or None)

    def create_model(self, model):
        tables, deferred = [], []
        create_model(model, tables, deferred)
        for sql in tables:
            self.execute(sql)
        self.deferred_sql.extend(deferred)

    def delete_model(self, model):
        for through in auto_through_models(model):
            self.delete_model(through)
        self.execute("DROP TABLE %s" % quote_name(model._meta.db_table))

    def add_index(self, model, index):
        self.execute(index.create_sql(model))

    def _remakes_table(self, constraint):
        """SQLite alters a table only by remaking it: every constraint but a
        UniqueConstraint with a condition, expressions, include or
        deferrable (those are indexes of their own)."""
        from django.db.models.indexes import UniqueConstraint
        return not (isinstance(constraint, UniqueConstraint) and (
            constraint.condition or constraint.contains_expressions or constraint.include
            or constraint.deferrable))

    def add_constraint(self, model, constraint):
        if self._remakes_table(constraint):
            self._remake_table(model)
            return
        sql = constraint.create_sql(model, self)
        if sql:
            self.execute(sql)

    def remove_constraint(self, model, constraint):
        if self._remakes_table(constraint):
            self._remake_table(model)
            return
        sql = constraint.remove_sql(model, self)
        if sql:
            self.execute(sql)

    def _remake_table(self, model):
        """Django's SQLite _remake_table(model) with nothing to change: the
        table as the model declares it now (a constraint only passed to
        add_constraint() is not in it, as in Django, where migrations put it
        in the model state first) created as "new__<table>", the rows
        copied, the old table dropped, the new one renamed, then the
        deferred statements (its indexes) run at once."""
        meta = model._meta
        table = quote_name(meta.db_table)
        new_table = quote_name("new__%s" % meta.db_table)
        deferred = []
        sql = table_sql(model, deferred)
        sql = "CREATE TABLE %s%s" % (new_table, sql[len("CREATE TABLE %s" % table):])
        self.execute(sql)
        columns = ", ".join(quote_name(f.column) for f in meta.local_fields)
        self.execute("INSERT INTO %s (%s) SELECT %s FROM %s" % (new_table, columns, columns, table))
        self.execute("DROP TABLE %s" % table)
        self.deferred_sql = [d for d in self.deferred_sql if " ON %s (" % table not in d]
        self.execute("ALTER TABLE %s RENAME TO %s" % (new_table, table))
        deferred.extend(model_indexes_sql(model))
        for d in self.deferred_sql + deferred:
            self.execute(d)
        self.deferred_sql = []

    def remove_index(self, model, index):
        self.execute("DROP INDEX %s" % quote_name(index.name))
