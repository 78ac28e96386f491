"""Manager.raw(): RawQuery and RawQuerySet as Django 5.2 has them.

A RawQuerySet is lazy; evaluating it runs the learner's SQL once through
connection.cursor() (so it is traced with Django's parameter filling),
maps the result columns to model fields by column name (after
`translations`), builds instances with Model.from_db — fields the SQL did
not select stay deferred and load with one query each on access — and
sets every other column as an attribute. A result without the primary key
raises FieldDoesNotExist("Raw query must include the primary key").
Each new iteration of an unevaluated RawQuerySet (iterator()) runs the
SQL again; the result cache is filled by list(), len(), bool() and for.
"""
from django.core import exceptions


class RawQuery:
    """A single raw SQL statement with its parameters."""

    def __init__(self, sql, using=None, params=()):
        self.params = params
        self.sql = sql
        self.using = using
        self.cursor = None
        self.low_mark, self.high_mark = 0, None
        self.extra_select = {}
        self.annotation_select = {}

    def chain(self, using):
        return self.clone(using)

    def clone(self, using):
        return RawQuery(self.sql, using, params=self.params)

    def get_columns(self):
        if self.cursor is None:
            self._execute_query()
        return [d[0] for d in self.cursor.description]

    def __iter__(self):
        self._execute_query()
        return iter(self.cursor.fetchall())

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)

    @property
    def params_type(self):
        if self.params is None:
            return None
        return dict if isinstance(self.params, dict) else tuple

    def __str__(self):
        pt = self.params_type
        if pt is None:
            return self.sql
        return self.sql % pt(self.params)

    def _execute_query(self):
        from django.db import _connection as connection
        pt = self.params_type
        if pt is tuple:
            params = tuple(_adapt_unknown(v) for v in self.params)
        elif pt is dict:
            params = {k: _adapt_unknown(v) for k, v in self.params.items()}
        else:
            params = None
        self.cursor = connection.cursor()
        self.cursor.execute(self.sql, params)


def _adapt_unknown(value):
    """DatabaseOperations.adapt_unknown_value on SQLite: dates, times and
    Decimals become the text Django stores for them; the rest pass."""
    import datetime
    import decimal
    if isinstance(value, datetime.datetime):
        return str(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return str(value)
    if isinstance(value, decimal.Decimal):
        return "{:f}".format(value)
    return value


def _has_converter(field):
    from django.db.models.fields import Field
    fn = getattr(type(field), "from_db_value", None)
    return fn is not None and fn is not Field.from_db_value


class _RawIterator:
    """RawModelIterable: runs the SQL at the first next(), then yields one
    instance per row (kata Python has no generators)."""

    def __init__(self, queryset):
        self.queryset = queryset
        self.rows = None
        self.i = 0

    def __iter__(self):
        return self

    def _start(self):
        qs = self.queryset
        query = qs.query
        rows = list(iter(query))
        names, positions, annotations = qs.resolve_model_init_order()
        model = qs.model
        if model._meta.pk.attname not in names:
            raise exceptions.FieldDoesNotExist("Raw query must include the primary key")
        fields = [qs.model_fields.get(c) for c in qs.columns]
        convs = [(i, f.from_db_value) for i, f in enumerate(fields) if f is not None and _has_converter(f)]
        self.names = names
        self.positions = positions
        self.annotations = annotations
        self.convs = convs
        self.rows = rows

    def __next__(self):
        if self.rows is None:
            self._start()
        i = self.i
        if i >= len(self.rows):
            raise StopIteration
        self.i = i + 1
        values = self.rows[i]
        if self.convs:
            values = list(values)
            for pos, fn in self.convs:
                values[pos] = fn(values[pos])
        inst = self.queryset.model.from_db(self.queryset.db, self.names,
                                           [values[p] for p in self.positions])
        for column, pos in self.annotations:
            setattr(inst, column, values[pos])
        return inst


class RawQuerySet:
    """Model instances from a raw SQL query (Manager.raw())."""

    def __init__(self, raw_query, model=None, query=None, params=(), translations=None, using=None,
                 hints=None):
        self.raw_query = raw_query
        self.model = model
        self._db = using
        self._hints = hints or {}
        self.query = query or RawQuery(sql=raw_query, using=self.db, params=params)
        self.params = params
        self.translations = translations or {}
        self._result_cache = None
        self._prefetch_related_lookups = ()
        self._prefetch_done = False
        self._columns = None
        self._model_fields = None

    def resolve_model_init_order(self):
        """(attnames, their positions in a row, [(column, position)] of the
        columns that are no model field)."""
        columns = self.columns
        model_fields = self.model_fields
        init_fields = [f for f in self.model._meta.fields if f.column in columns]
        annotations = [(c, pos) for pos, c in enumerate(columns) if c not in model_fields]
        order = [columns.index(f.column) for f in init_fields]
        return [f.attname for f in init_fields], order, annotations

    def prefetch_related(self, *lookups):
        clone = self._clone()
        if lookups == (None,):
            clone._prefetch_related_lookups = ()
        else:
            clone._prefetch_related_lookups = clone._prefetch_related_lookups + lookups
        return clone

    def _prefetch_related_objects(self):
        from django.db.models.prefetch import prefetch_related_objects
        prefetch_related_objects(self._result_cache, *self._prefetch_related_lookups)
        self._prefetch_done = True

    def _clone(self):
        c = self.__class__(self.raw_query, model=self.model, query=self.query, params=self.params,
                           translations=self.translations, using=self._db, hints=self._hints)
        c._prefetch_related_lookups = self._prefetch_related_lookups[:]
        return c

    def _fetch_all(self):
        if self._result_cache is None:
            self._result_cache = list(self.iterator())
        if self._prefetch_related_lookups and not self._prefetch_done:
            self._prefetch_related_objects()

    def __len__(self):
        self._fetch_all()
        return len(self._result_cache)

    def __bool__(self):
        self._fetch_all()
        return bool(self._result_cache)

    def __iter__(self):
        self._fetch_all()
        return iter(self._result_cache)

    def iterator(self):
        return _RawIterator(self)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self.query)

    def __getitem__(self, k):
        return list(self)[k]

    @property
    def db(self):
        return self._db or "default"

    def using(self, alias):
        return RawQuerySet(self.raw_query, model=self.model, query=self.query.chain(using=alias),
                           params=self.params, translations=self.translations, using=alias)

    @property
    def columns(self):
        """The result's column names, with `translations` applied (cached
        after the first look, as Django's cached_property)."""
        if self._columns is None:
            columns = self.query.get_columns()
            for query_name, model_name in self.translations.items():
                if query_name in columns:
                    columns[columns.index(query_name)] = model_name
            self._columns = columns
        return self._columns

    @property
    def model_fields(self):
        """{column: field} for the model's concrete fields."""
        if self._model_fields is None:
            self._model_fields = {f.column: f for f in self.model._meta.fields}
        return self._model_fields
