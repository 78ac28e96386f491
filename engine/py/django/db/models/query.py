"""QuerySet: lazy, chainable, cached — Django 5.2's rules for when a query
runs. Building and chaining never touches the database; iteration, len(),
list(), bool(), repr() (LIMIT 21), pickling and slicing with a step
evaluate it and fill _result_cache; count(), exists(), first() … use the
cache when it is there and run their own cheap query when it is not.
"""
from django.db.models.utils import AltersData
from django.core import exceptions
from django.core.exceptions import FieldError, EmptyResultSet
from django.db.models.expressions import Q, F, AND, OR, XOR, Col
from django.db.models.sql.query import Query, LOOKUP_SEP
from django.db.models.sql import compiler as C
from django.db.models.base import Model, ModelState, _is_property
from _ormkata_orm import from_rows, execute_instances

_base_from_db = Model.from_db.__func__

MAX_GET_RESULTS = 21
REPR_OUTPUT_SIZE = 20


class _QueryIter:
    """What iterator() returns: like Django's generator, it runs the query
    on the first next(), not when created, and fills no result cache."""

    def __init__(self, queryset, chunk_size=None):
        self.queryset = queryset
        self.chunk_size = chunk_size
        self.items = None
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        qs = self.queryset
        if self.items is None:
            self.items = qs._iterable_class(qs).results()
        i = self.i
        if i >= len(self.items):
            raise StopIteration
        # With prefetch_related, each chunk_size slice of rows gets its own
        # prefetch queries when the first of its rows is reached.
        n = self.chunk_size
        if qs._prefetch_related_lookups and n and i % n == 0:
            from django.db.models.prefetch import prefetch_related_objects
            prefetch_related_objects(self.items[i:i + n], *qs._prefetch_related_lookups)
        self.i = i + 1
        return self.items[i]


def _query_iter(queryset, chunk_size):
    # Django's iterator() hands back a generator (type(...).__name__ is
    # "generator"), whose body, the query, runs on the first next().
    yield from _QueryIter(queryset, chunk_size)


class ModelIterable:
    def __init__(self, queryset):
        self.queryset = queryset

    def results(self):
        qs = self.queryset
        compiler = qs.query.get_compiler()
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet:
            return []
        ki = compiler.klass_info
        model = ki["model"]
        extra = ki["extra"]
        if not ki["related"] and not extra and model.from_db.__func__ is _base_from_db:
            # the instances are made as the rows are read (no row tuples)
            fields = ki["fields"]
            cursor = C._connection().cursor()
            names, convs, fks = _row_spec(fields)
            execute_instances(cursor, sql, params, model, ModelState, names, ki["start"], convs, fks)
            out = cursor.fetchall()
        else:
            rows = C._execute(sql, params).fetchall()
            out = _instances(ki, rows)
        if not out:
            return []
        if extra:
            # extra(select=…) columns come first in the row.
            for obj, row in zip(out, rows):
                for i, name in enumerate(extra):
                    obj.__dict__[name] = row[i]
        known = qs._known_related_objects
        if known:
            for field, objs in known.items():
                for obj in out:
                    val = getattr(obj, field.attname)
                    if val in objs:
                        obj._state.fields_cache[field.name] = objs[val]
        return out


def _row_spec(fields):
    """What from_rows and execute_instances take for these fields: their
    attnames, the converter of each, and which are foreign key ids."""
    return (tuple(f.attname for f in fields), tuple(f.db_converter for f in fields),
            tuple(i for i, f in enumerate(fields) if f.is_relation))


def _instances(ki, rows):
    """Model instances for one klass_info over every row (native loop),
    with select_related objects cached on them."""
    model = ki["model"]
    fields = ki["fields"]
    if model.from_db.__func__ is not _base_from_db:
        objs = [model.from_db("default", [f.attname for f in fields],
                              row[ki["start"]:ki["start"] + len(fields)]) for row in rows]
    else:
        names, convs, fks = _row_spec(fields)
        objs = from_rows(model, ModelState, names, rows, ki["start"], convs, fks)
    for sub in ki["related"]:
        rel = _instances(sub, rows)
        start = sub["start"]
        if sub.get("attr"):
            # a FilteredRelation's object, as an attribute
            for obj, robj, row in zip(objs, rel, rows):
                setattr(obj, sub["attr"], None if row[start] is None else robj)
            continue
        name = sub["field"].name
        for obj, robj, row in zip(objs, rel, rows):
            obj._state.fields_cache[name] = None if row[start] is None else robj
    return objs


def _converted_rows(queryset):
    """The rows of a values()/values_list() query, converted ([] when the
    WHERE can match nothing, without a query)."""
    compiler = queryset.query.get_compiler()
    try:
        rows = compiler.execute_sql()
    except EmptyResultSet:
        return []
    return C.convert_rows(compiler, rows)


def _value_names(query):
    """The names values() rows are keyed by: the selected names, else the
    fields then the annotations."""
    return list(getattr(query, "selected", None) or
                (list(query.extra_select) + list(query.values_select) + list(query.annotation_select)))


class ValuesIterable:
    def __init__(self, queryset):
        self.queryset = queryset

    def results(self):
        names = _value_names(self.queryset.query)
        return [dict(zip(names, row)) for row in _converted_rows(self.queryset)]


class ValuesListIterable(ValuesIterable):
    def results(self):
        # DISTINCT with an ordering column outside the values adds that
        # column to the SELECT; Django's rows stop at the values' own
        n = len(_value_names(self.queryset.query))
        return [tuple(r[:n]) if len(r) > n else tuple(r) for r in _converted_rows(self.queryset)]


class FlatValuesListIterable(ValuesIterable):
    def results(self):
        return [r[0] for r in _converted_rows(self.queryset)]


class NamedValuesListIterable(ValuesIterable):
    def results(self):
        qs = self.queryset
        names = list(qs._fields or _value_names(qs.query))
        n = len(names)
        return [Row(names, r[:n] if len(r) > n else r) for r in _converted_rows(qs)]


class Row:
    """values_list(named=True) rows: Django's namedtuple "Row" (repr, field
    attributes, indexing, iteration, equality with tuples)."""

    def __init__(self, names, values):
        self.__dict__["_fields"] = tuple(names)
        self.__dict__["_values"] = tuple(values)
        for n, v in zip(names, values):
            self.__dict__[n] = v

    def __repr__(self):
        return "Row(%s)" % ", ".join("%s=%r" % (n, v) for n, v in zip(self._fields, self._values))

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __getitem__(self, i):
        return self._values[i]

    def __eq__(self, other):
        if isinstance(other, Row):
            return self._values == other._values
        return self._values == other

    def __hash__(self):
        return hash(self._values)

    def _asdict(self):
        return dict(zip(self._fields, self._values))


def _bulk_insert(model, fields, objs, returning, ignore, upsert=None):
    """INSERT [OR IGNORE] INTO "t" (…) VALUES (…), (…) [ON CONFLICT(…) DO
    UPDATE SET …] [RETURNING "t"."id"]: the new pks when returning. upsert
    is (unique_fields, update_fields) for update_conflicts."""
    from django.db.models.expressions import quote
    meta = model._meta
    table = quote(meta.db_table)
    params = []
    rows = []
    for obj in objs:
        rows.append("(%s)" % ", ".join(["%s"] * len(fields)))
        for f in fields:
            v = f.pre_save(obj, True)
            params.append(v if hasattr(v, "resolve_expression") else f.get_db_prep_save(v))
    sql = "INSERT %sINTO %s (%s) VALUES %s" % ("OR IGNORE " if ignore else "", table,
                                               ", ".join(quote(f.column) for f in fields),
                                               ", ".join(rows))
    if upsert is not None:
        sql += " ON CONFLICT(%s) DO UPDATE SET %s" % (
            ", ".join(quote(f.column) for f in upsert[0]),
            ", ".join("%s = EXCLUDED.%s" % (quote(f.column), quote(f.column)) for f in upsert[1]))
    if returning:
        sql += " RETURNING %s.%s" % (table, quote(meta.pk.column))
        return [r[0] for r in C._execute(sql, params).fetchall()]
    C._execute(sql, params)
    return None


def _bulk_batch_size(fields, objs, batch_size):
    """SQLite's bulk_batch_size (999 parameters a statement; 500 rows for a
    single column), capped by the caller's batch_size."""
    if len(fields) == 1:
        size = 500
    elif fields:
        size = 999 // len(fields)
    else:
        size = len(objs)
    size = max(size, 1)
    return min(batch_size, size) if batch_size else size


def _check_bulk_create_options(model, ignore_conflicts, update_conflicts, update_fields,
                               unique_fields):
    """Django's checks of the conflict options (SQLite supports both kinds
    and a conflict target); the (unique, update) fields of an upsert."""
    if ignore_conflicts and update_conflicts:
        raise ValueError("ignore_conflicts and update_conflicts are mutually exclusive.")
    if ignore_conflicts or not update_conflicts:
        return None
    if not update_fields:
        raise ValueError("Fields that will be updated when a row insertion fails on conflicts "
                         "must be provided.")
    if not unique_fields:
        raise ValueError("Unique fields that can trigger the upsert must be provided.")
    if any(not f.concrete or f.many_to_many for f in update_fields):
        raise ValueError("bulk_create() can only be used with concrete fields in update_fields.")
    if any(f.primary_key for f in update_fields):
        raise ValueError("bulk_create() cannot be used with primary keys in update_fields.")
    if any(not f.concrete or f.many_to_many for f in unique_fields):
        raise ValueError("bulk_create() can only be used with concrete fields in unique_fields.")
    return (unique_fields, update_fields)


class QuerySet(AltersData):
    """Represent a lazy database lookup for a set of objects."""

    def __init__(self, model=None, query=None, using=None, hints=None):
        self.model = model
        self._db = using
        self._query = query or Query(model)
        self._result_cache = None
        self._sticky_filter = False
        self._for_write = False
        self._prefetch_related_lookups = ()
        self._prefetch_done = False
        self._known_related_objects = {}
        self._iterable_class = ModelIterable
        self._fields = None
        self._defer_next_filter = False
        self._deferred_filter = None

    @property
    def query(self):
        return self._query

    @query.setter
    def query(self, value):
        if value.values_select:
            self._iterable_class = ValuesIterable
        self._query = value

    def as_manager(cls):
        from django.db.models.manager import Manager
        m = Manager.from_queryset(cls)()
        m._built_with_as_manager = True
        return m
    as_manager.queryset_only = True
    as_manager = classmethod(as_manager)

    @property
    def db(self):
        return self._db or "default"

    @property
    def ordered(self):
        q = self.query
        if q.is_empty():
            return True
        if q.extra_order_by or q.order_by:
            return True
        if q.default_ordering and q.get_meta().ordering and q.group_by is None:
            return True
        return False

    # ---- Python protocols

    def __repr__(self):
        data = list(self[:REPR_OUTPUT_SIZE + 1])
        if len(data) > REPR_OUTPUT_SIZE:
            data[-1] = "...(remaining elements truncated)..."
        return "<%s %r>" % (type(self).__name__, data)

    def __len__(self):
        self._fetch_all()
        return len(self._result_cache)

    def __iter__(self):
        self._fetch_all()
        return iter(self._result_cache)

    def __bool__(self):
        self._fetch_all()
        return bool(self._result_cache)

    def __reduce__(self):
        self._fetch_all()
        state = dict(self.__dict__)
        return (_unpickle_queryset, (type(self), self.model._meta.label), state)

    def __setstate__(self, state):
        self.__dict__.update(state)

    def __class_getitem__(cls, *args, **kwargs):
        return cls

    def __getitem__(self, k):
        if not isinstance(k, (int, slice)):
            raise TypeError("QuerySet indices must be integers or slices, not %s." % type(k).__name__)
        if (isinstance(k, int) and k < 0) or (isinstance(k, slice) and (
                (k.start is not None and k.start < 0) or (k.stop is not None and k.stop < 0))):
            raise ValueError("Negative indexing is not supported.")
        if self._result_cache is not None:
            return self._result_cache[k]
        if isinstance(k, slice):
            qs = self._chain()
            start = int(k.start) if k.start is not None else None
            stop = int(k.stop) if k.stop is not None else None
            qs.query.set_limits(start, stop)
            return list(qs)[::k.step] if k.step else qs
        qs = self._chain()
        qs.query.set_limits(k, k + 1)
        qs._fetch_all()
        return qs._result_cache[0]

    def __and__(self, other):
        self._check_operator_queryset(other, "&")
        self._merge_sanity_check(other)
        if _is_empty(other):
            return other
        if _is_empty(self):
            return self
        combined = self._chain()
        combined._merge_known_related_objects(other)
        combined.query.combine(other.query, AND)
        return combined

    def __xor__(self, other):
        self._check_operator_queryset(other, "^")
        self._merge_sanity_check(other)
        if isinstance(self, EmptyQuerySet):
            return other
        if isinstance(other, EmptyQuerySet):
            return self
        combined = self._filterable_for_combine()._chain()
        combined._merge_known_related_objects(other)
        combined.query.combine(other._filterable_for_combine().query, XOR)
        return combined

    def __or__(self, other):
        self._check_operator_queryset(other, "|")
        self._merge_sanity_check(other)
        if _is_empty(self):
            return other
        if _is_empty(other):
            return self
        combined = self._filterable_for_combine()._chain()
        combined._merge_known_related_objects(other)
        combined.query.combine(other._filterable_for_combine().query, OR)
        return combined

    def _filterable_for_combine(self):
        """| and ^ take a sliced queryset as `pk IN (its pks)`, as Django does."""
        if self.query.can_filter():
            return self
        return self.model._base_manager.filter(pk__in=self.values("pk"))

    def _check_operator_queryset(self, other, operator_):
        if self.query.combinator or other.query.combinator:
            raise TypeError("Cannot use %s operator with combined queryset." % operator_)

    def _merge_sanity_check(self, other):
        if self._fields is not None and (set(self.query.values_select) != set(other.query.values_select)):
            raise TypeError("Merging '%s' classes must involve the same values in each case."
                            % type(self).__name__)

    def _merge_known_related_objects(self, other):
        for field, objects in other._known_related_objects.items():
            self._known_related_objects.setdefault(field, {}).update(objects)

    # ---- methods that do database queries

    def iterator(self, chunk_size=None):
        if chunk_size is not None and chunk_size <= 0:
            raise ValueError("Chunk size must be strictly positive.")
        if self._prefetch_related_lookups and chunk_size is None:
            raise ValueError("chunk_size must be provided when using QuerySet.iterator() after "
                             "prefetch_related().")
        self._connection()
        return _query_iter(self, chunk_size)

    def aggregate(self, *args, **kwargs):
        from django.db.models.aggregates import run_aggregate
        self._connection()
        return run_aggregate(self, args, kwargs)

    def count(self):
        if self._result_cache is not None:
            return len(self._result_cache)
        self._connection()
        return self.query.get_count()

    def get(self, *args, **kwargs):
        if not args and len(kwargs) == 1 and self._is_pristine():
            for key, value in kwargs.items():
                fast = _get_by_key(self.model, key, value)
                if fast is not None:
                    return fast[0]
        if self.query.combinator and (args or kwargs):
            raise exceptions.NotSupportedError_ if False else TypeError(
                "Calling QuerySet.get(...) with filters after %s() is not supported." % self.query.combinator)
        clone = self._chain() if self.query.combinator else self.filter(*args, **kwargs)
        if self.query.can_filter() and not self.query.distinct_fields:
            clone = clone.order_by()
        limit = MAX_GET_RESULTS
        clone.query.set_limits(high=limit)
        num = len(clone)
        if num == 1:
            return clone._result_cache[0]
        if not num:
            raise self.model.DoesNotExist("%s matching query does not exist." % self.model._meta.object_name)
        raise self.model.MultipleObjectsReturned(
            "get() returned more than one %s -- it returned %s!" % (
                self.model._meta.object_name,
                num if not limit or num < limit else "more than %s" % (limit - 1)))

    def _is_pristine(self):
        """An unfiltered, unsliced model query of the default shape (what
        Entry.objects and a forward FK access start from)."""
        q = self.query
        return (q.default_cols and not q.where and not q.alias_map and not q.annotations
                and not q.select_related and q.low_mark == 0 and q.high_mark is None
                and not q.distinct and not q.deferred_loading[0] and not q.extra
                and not q.select_for_update and self._iterable_class is ModelIterable
                and not self._prefetch_related_lookups and q.combinator is None)

    def create(self, **kwargs):
        reverse_one_to_one = [f for f in self.model._meta.related_objects
                              if getattr(f, "one_to_one", False) and f.name in kwargs]
        if reverse_one_to_one:
            raise ValueError("The following fields do not exist in this model: %s"
                             % ", ".join(f.name for f in reverse_one_to_one))
        obj = self.model(**kwargs)
        self._for_write = True
        self._connection()
        obj.save(force_insert=True)
        return obj

    create.alters_data = True

    def bulk_create(self, objs, batch_size=None, ignore_conflicts=False, update_conflicts=False,
                    update_fields=None, unique_fields=None):
        if batch_size is not None and batch_size <= 0:
            raise ValueError("Batch size must be a positive integer.")
        if not objs:
            return objs
        opts = self.model._meta
        if unique_fields:
            unique_fields = [opts.get_field(opts.pk.name if n == "pk" else n) for n in unique_fields]
        if update_fields:
            update_fields = [opts.get_field(n) for n in update_fields]
        upsert = _check_bulk_create_options(self.model, ignore_conflicts, update_conflicts,
                                            update_fields, unique_fields)
        objs = list(objs)
        for obj in objs:
            obj._prepare_related_fields_for_save("bulk_create")
        with_pk = [o for o in objs if o.pk is not None]
        without_pk = [o for o in objs if o.pk is None]
        # RETURNING the auto pk unless conflicts are ignored, as Django.
        returning = opts.auto_field is not None and not ignore_conflicts
        from django.db import transaction
        with transaction.atomic(savepoint=False):
            if with_pk:
                fields = opts.concrete_fields
                size = _bulk_batch_size(fields, with_pk, batch_size)
                for i in range(0, len(with_pk), size):
                    _bulk_insert(self.model, fields, with_pk[i:i + size], returning, ignore_conflicts,
                                 upsert)
                for o in with_pk:
                    o._state.adding = False
                    o._state.db = "default"
            if without_pk:
                fields = [f for f in opts.concrete_fields if f is not opts.auto_field]
                size = _bulk_batch_size(fields, without_pk, batch_size)
                for i in range(0, len(without_pk), size):
                    batch = without_pk[i:i + size]
                    ids = _bulk_insert(self.model, fields, batch, returning, ignore_conflicts, upsert)
                    if ids:
                        for o, pk in zip(batch, ids):
                            setattr(o, opts.pk.attname, pk)
                for o in without_pk:
                    o._state.adding = False
                    o._state.db = "default"
        return objs

    bulk_create.alters_data = True

    def bulk_update(self, objs, fields, batch_size=None):
        """One UPDATE … SET col = CASE WHEN pk = … THEN … ELSE NULL END …
        WHERE pk IN (…) per batch, as Django 5.2; batches are bounded by
        SQLite's 999 parameters (two for the pk, one per field)."""
        from django.db.models.expressions import Case, When, Value
        if batch_size is not None and batch_size <= 0:
            raise ValueError("Batch size must be a positive integer.")
        if not fields:
            raise ValueError("Field names must be given to bulk_update().")
        objs = tuple(objs)
        if any(o.pk is None for o in objs):
            raise ValueError("All bulk_update() objects must have a primary key set.")
        opts = self.model._meta
        fields = [opts.get_field(name) for name in fields]
        if any(not f.concrete or f.many_to_many for f in fields):
            raise ValueError("bulk_update() can only be used with concrete fields.")
        if any(f.primary_key for f in fields):
            raise ValueError("bulk_update() cannot be used with primary key fields.")
        if not objs:
            return 0
        for obj in objs:
            obj._prepare_related_fields_for_save(operation_name="bulk_update", fields=fields)
        self._for_write = True
        max_batch_size = 999 // (len(fields) + 2)
        batch_size = min(batch_size, max_batch_size) if batch_size else max_batch_size
        updates = []
        for start in range(0, len(objs), batch_size):
            batch = objs[start:start + batch_size]
            kwargs = {}
            for field in fields:
                whens = []
                for obj in batch:
                    attr = getattr(obj, field.attname)
                    if not hasattr(attr, "resolve_expression"):
                        attr = Value(attr, output_field=field)
                    whens.append(When(pk=obj.pk, then=attr))
                kwargs[field.attname] = Case(*whens, output_field=field)
            updates.append(([obj.pk for obj in batch], kwargs))
        rows = 0
        from django.db import transaction
        with transaction.atomic(savepoint=False):
            for pks, kwargs in updates:
                rows += self.filter(pk__in=pks).update(**kwargs)
        return rows

    bulk_update.alters_data = True

    def get_or_create(self, defaults=None, **kwargs):
        self._for_write = True
        try:
            return self.get(**kwargs), False
        except self.model.DoesNotExist:
            params = self._extract_model_params(defaults, **kwargs)
            from django.db import transaction, IntegrityError
            try:
                with transaction.atomic():
                    params = {k: v() if callable(v) else v for k, v in params.items()}
                    return self.create(**params), True
            except IntegrityError:
                try:
                    return self.get(**kwargs), False
                except self.model.DoesNotExist:
                    pass
                raise

    get_or_create.alters_data = True

    def update_or_create(self, defaults=None, create_defaults=None, **kwargs):
        update_defaults = defaults or {}
        if create_defaults is None:
            create_defaults = update_defaults
        self._for_write = True
        from django.db import transaction
        with transaction.atomic():
            obj, created = self.select_for_update().get_or_create(create_defaults, **kwargs)
            if created:
                return obj, created
            for k, v in update_defaults.items():
                setattr(obj, k, v() if callable(v) else v)
            update_fields = set(update_defaults)
            concrete = set()
            for f in self.model._meta.concrete_fields:
                if not f.primary_key:
                    concrete.add(f.name)
                    concrete.add(f.attname)
            if update_fields <= concrete:
                # as Django: every field whose class has its own pre_save()
                # (date, datetime and time fields, auto_now or not) is saved
                # too; no defaults and no such field: nothing to save
                from django.db.models.fields import Field, TimeField
                for f in self.model._meta.local_concrete_fields:
                    if not f.primary_key and (type(f).pre_save is not Field.pre_save
                                              or isinstance(f, TimeField)):
                        update_fields.add(f.name)
                        if f.name != f.attname:
                            update_fields.add(f.attname)
                obj.save(update_fields=update_fields)
            else:
                obj.save()
        return obj, False

    update_or_create.alters_data = True

    def _extract_model_params(self, defaults, **kwargs):
        defaults = defaults or {}
        params = {k: v for k, v in kwargs.items() if LOOKUP_SEP not in k}
        params.update(defaults)
        opts = self.model._meta
        invalid = []
        for param in params:
            try:
                opts.get_field(param)
            except exceptions.FieldDoesNotExist:
                if not _is_property(self.model, param):
                    invalid.append(param)
        if invalid:
            raise FieldError("Invalid field name(s) for model %s: '%s'."
                             % (opts.object_name, "', '".join(sorted(invalid))))
        return params

    def _earliest(self, *fields):
        if fields:
            order_by = fields
        else:
            order_by = getattr(self.model._meta, "get_latest_by")
            if order_by and not isinstance(order_by, (tuple, list)):
                order_by = (order_by,)
        if order_by is None:
            raise ValueError("earliest() and latest() require either fields as positional arguments "
                             "or 'get_latest_by' in the model's Meta.")
        obj = self._chain()
        obj.query.set_limits(high=1)
        obj.query.clear_ordering(force=True)
        obj.query.add_ordering(*order_by)
        return obj.get()

    def earliest(self, *fields):
        if self.query.is_sliced:
            raise TypeError("Cannot change a query once a slice has been taken.")
        return self._earliest(*fields)

    def latest(self, *fields):
        if self.query.is_sliced:
            raise TypeError("Cannot change a query once a slice has been taken.")
        return self.reverse()._earliest(*fields)

    def first(self):
        if self.ordered:
            queryset = self
        else:
            self._check_ordering_first_last_queryset_aggregation(method="first")
            queryset = self.order_by("pk")
        for obj in queryset[:1]:
            return obj
        return None

    def last(self):
        if self.ordered:
            queryset = self.reverse()
        else:
            self._check_ordering_first_last_queryset_aggregation(method="last")
            queryset = self.order_by("-pk")
        for obj in queryset[:1]:
            return obj
        return None

    def _check_ordering_first_last_queryset_aggregation(self, method):
        if self.query.group_by is not None and self.query.group_by is not True and False:
            raise TypeError("Cannot use QuerySet.%s() on an unordered queryset performing aggregation."
                            % method)

    def in_bulk(self, id_list=None, *, field_name="pk"):
        if self.query.is_sliced:
            raise TypeError("Cannot use 'limit' or 'offset' with in_bulk().")
        if self._fields is not None:
            raise TypeError("in_bulk() cannot be used with values() or values_list().")
        opts = self.model._meta
        if field_name != "pk":
            f = opts.get_field(field_name)
            if not f.unique:
                raise ValueError("in_bulk()'s field_name must be a unique field but %r isn't." % field_name)
        if id_list is not None:
            if not id_list:
                return {}
            filter_key = "{}__in".format(field_name)
            id_list = list(id_list)
            if len(id_list) > 999:
                # SQLite's parameter limit: Django asks in batches.
                qs = []
                for i in range(0, len(id_list), 999):
                    qs.extend(self.filter(**{filter_key: id_list[i:i + 999]}))
            else:
                qs = self.filter(**{filter_key: id_list})
        else:
            qs = self._chain()
        attname = opts.pk.attname if field_name == "pk" else opts.get_field(field_name).attname
        return {getattr(obj, attname): obj for obj in qs}

    def delete(self):
        self._not_support_combined_queries("delete")
        if self.query.is_sliced:
            raise TypeError("Cannot use 'limit' or 'offset' with delete().")
        if self.query.distinct_fields:
            raise TypeError("Cannot call delete() after .distinct(*fields).")
        if self._fields is not None:
            raise TypeError("Cannot call delete() after .values() or .values_list()")
        from django.db.models.deletion import Collector
        self._connection()
        del_query = self._chain()
        del_query._for_write = True
        del_query.query.select_for_update = False
        del_query.query.select_related = False
        del_query.query.clear_ordering(force=True)
        collector = Collector()
        collector.collect(del_query)
        result = collector.delete()
        self._result_cache = None
        return result

    delete.alters_data = True
    delete.queryset_only = True

    def _raw_delete(self, using=None):
        return C.execute_raw_delete(self.query)

    _raw_delete.alters_data = True

    def update(self, **kwargs):
        self._not_support_combined_queries("update")
        if self.query.is_sliced:
            raise TypeError("Cannot update a query once a slice has been taken.")
        self._for_write = True
        values = []
        opts = self.model._meta
        for name, val in kwargs.items():
            field = opts.get_field(name)
            if not field.concrete or field.many_to_many:
                raise FieldError("Cannot update model field %r (only non-relations and foreign keys permitted)."
                                 % field)
            if field.is_relation and hasattr(val, "_meta"):
                val = val.pk
            elif not hasattr(val, "resolve_expression"):
                val = field.get_prep_value(val) if val is not None else None
            values.append((field, val))
        from django.db import transaction
        self._connection()
        with transaction.mark_for_rollback_on_error():
            rows = C.execute_sql_update(self.query, values)
        self._result_cache = None
        return rows

    update.alters_data = True

    def exists(self):
        if self._result_cache is None:
            self._connection()
            return self.query.has_results()
        return bool(self._result_cache)

    def contains(self, obj):
        self._not_support_combined_queries("contains")
        if self._fields is not None:
            raise TypeError("Cannot call QuerySet.contains() after .values() or .values_list().")
        try:
            if obj._meta.concrete_model != self.model._meta.concrete_model:
                return False
        except AttributeError:
            raise TypeError("'obj' must be a model instance.")
        if obj.pk is None:
            raise ValueError("QuerySet.contains() cannot be used on unsaved objects.")
        if self._result_cache is not None:
            return obj in self._result_cache
        return self.filter(pk=obj.pk).exists()

    def explain(self, *, format=None, **options):
        from django.db import _connection as connection
        q = self.query.clone()
        try:
            sql, params = q.get_compiler().as_sql()
        except EmptyResultSet:
            sql, params = None, ()
        return connection._explain(sql, params, format, options)

    # ---- methods that return a new QuerySet

    def raw(self, raw_query, params=(), translations=None, using=None):
        from django.db.models.raw import RawQuerySet
        return RawQuerySet(raw_query, model=self.model, params=params, translations=translations)

    def _values(self, *fields, **expressions):
        clone = self._chain()
        if expressions:
            clone = clone.annotate(**expressions)
        clone._fields = fields + tuple(expressions)
        clone.query.set_values(clone._fields)
        return clone

    def values(self, *fields, **expressions):
        fields += tuple(expressions)
        clone = self._values(*fields, **expressions)
        clone._iterable_class = ValuesIterable
        return clone

    def values_list(self, *fields, flat=False, named=False):
        if flat and named:
            raise TypeError("'flat' and 'named' can't be used together.")
        if flat and len(fields) > 1:
            raise TypeError("'flat' is not valid when values_list is called with more than one field.")
        field_names = {f for f in fields if not hasattr(f, "resolve_expression")}
        _fields = []
        expressions = {}
        counter = 1
        for field in fields:
            if hasattr(field, "resolve_expression"):
                field_id_prefix = getattr(field, "default_alias", field.__class__.__name__.lower())
                while True:
                    field_id = field_id_prefix + str(counter)
                    counter += 1
                    if field_id not in field_names:
                        break
                expressions[field_id] = field
                _fields.append(field_id)
            else:
                _fields.append(field)
        clone = self._values(*_fields, **expressions)
        clone._iterable_class = (NamedValuesListIterable if named
                                 else FlatValuesListIterable if flat else ValuesListIterable)
        return clone

    def dates(self, field_name, kind, order="ASC"):
        """The distinct dates (truncated to kind) of field_name, as Django
        builds it: Trunc annotation, values_list, distinct, ordered."""
        from django.db.models.fields import DateField
        from django.db.models.functions import Trunc
        if kind not in ("year", "month", "week", "day"):
            raise ValueError("'kind' must be one of 'year', 'month', 'week', or 'day'.")
        if order not in ("ASC", "DESC"):
            raise ValueError("'order' must be either 'ASC' or 'DESC'.")
        return (self.annotate(datefield=Trunc(field_name, kind, output_field=DateField()),
                              plain_field=F(field_name))
                .values_list("datefield", flat=True).distinct()
                .filter(plain_field__isnull=False)
                .order_by(("-" if order == "DESC" else "") + "datefield"))

    def datetimes(self, field_name, kind, order="ASC", tzinfo=None):
        from django.db.models.fields import DateTimeField
        from django.db.models.functions import Trunc
        if kind not in ("year", "month", "week", "day", "hour", "minute", "second"):
            raise ValueError("'kind' must be one of 'year', 'month', 'week', 'day', "
                             "'hour', 'minute', or 'second'.")
        if order not in ("ASC", "DESC"):
            raise ValueError("'order' must be either 'ASC' or 'DESC'.")
        return (self.annotate(datetimefield=Trunc(field_name, kind, output_field=DateTimeField()),
                              plain_field=F(field_name))
                .values_list("datetimefield", flat=True).distinct()
                .filter(plain_field__isnull=False)
                .order_by(("-" if order == "DESC" else "") + "datetimefield"))

    def none(self):
        clone = self._chain()
        clone.query.set_empty()
        return clone

    def all(self):
        return self._chain()

    def filter(self, *args, **kwargs):
        self._not_support_combined_queries("filter")
        return self._filter_or_exclude(False, args, kwargs)

    def exclude(self, *args, **kwargs):
        self._not_support_combined_queries("exclude")
        return self._filter_or_exclude(True, args, kwargs)

    def _filter_or_exclude(self, negate, args, kwargs):
        if (args or kwargs) and self.query.is_sliced:
            raise TypeError("Cannot filter a query once a slice has been taken.")
        clone = self._chain()
        clone._filter_or_exclude_inplace(negate, args, kwargs)
        return clone

    def _filter_or_exclude_inplace(self, negate, args, kwargs):
        if negate:
            self._query.add_q(~Q(*args, **kwargs))
        else:
            self._query.add_q(Q(*args, **kwargs))

    def complex_filter(self, filter_obj):
        if isinstance(filter_obj, Q):
            clone = self._chain()
            clone.query.add_q(filter_obj)
            return clone
        return self._filter_or_exclude(False, (), filter_obj)

    def _combinator_query(self, combinator, *other_qs, all=False):
        clone = self._chain()
        clone.query.clear_ordering(force=True)
        clone.query.clear_limits()
        clone.query.combined_queries = (self.query,) + tuple(qs.query for qs in other_qs)
        clone.query.combinator = combinator
        clone.query.combinator_all = all
        return clone

    def union(self, *other_qs, all=False):
        if isinstance(self, EmptyQuerySet):
            qs = [q for q in other_qs if not isinstance(q, EmptyQuerySet)]
            if not qs:
                return self
            if len(qs) == 1:
                return qs[0]
            return qs[0]._combinator_query("union", *qs[1:], all=all)
        if not other_qs:
            return self
        return self._combinator_query("union", *other_qs, all=all)

    def intersection(self, *other_qs):
        if isinstance(self, EmptyQuerySet):
            return self
        for other in other_qs:
            if isinstance(other, EmptyQuerySet):
                return other
        return self._combinator_query("intersection", *other_qs)

    def difference(self, *other_qs):
        if isinstance(self, EmptyQuerySet):
            return self
        return self._combinator_query("difference", *other_qs)

    def select_for_update(self, nowait=False, skip_locked=False, of=(), no_key=False):
        if nowait and skip_locked:
            raise ValueError("The nowait option cannot be used with skip_locked.")
        obj = self._chain()
        obj._for_write = True
        obj.query.select_for_update = True
        obj.query.select_for_update_nowait = nowait
        obj.query.select_for_update_skip_locked = skip_locked
        obj.query.select_for_update_of = of
        return obj

    def select_related(self, *fields):
        self._not_support_combined_queries("select_related")
        if self._fields is not None:
            raise TypeError("Cannot call select_related() after .values() or .values_list()")
        obj = self._chain()
        if fields == (None,):
            obj.query.select_related = False
        elif fields:
            obj.query.add_select_related(fields)
        else:
            obj.query.select_related = True
        return obj

    def prefetch_related(self, *lookups):
        self._not_support_combined_queries("prefetch_related")
        clone = self._chain()
        if lookups == (None,):
            clone._prefetch_related_lookups = ()
        else:
            for lookup in lookups:
                name = getattr(lookup, "prefetch_to", lookup)
                if name.split(LOOKUP_SEP)[0] in clone.query._filtered_relations:
                    raise ValueError("prefetch_related() is not supported with FilteredRelation.")
            clone._prefetch_related_lookups = clone._prefetch_related_lookups + lookups
        return clone

    def annotate(self, *args, **kwargs):
        self._not_support_combined_queries("annotate")
        return self._annotate(args, kwargs, select=True)

    def alias(self, *args, **kwargs):
        self._not_support_combined_queries("alias")
        return self._annotate(args, kwargs, select=False)

    def _annotate(self, args, kwargs, select=True):
        from django.db.models.aggregates import annotate_queryset
        return annotate_queryset(self, args, kwargs, select)

    def order_by(self, *field_names):
        if self.query.is_sliced:
            raise TypeError("Cannot reorder a query once a slice has been taken.")
        obj = self._chain()
        obj.query.clear_ordering(force=True, clear_default=False)
        obj.query.add_ordering(*field_names)
        return obj

    def distinct(self, *field_names):
        self._not_support_combined_queries("distinct")
        if self.query.is_sliced:
            raise TypeError("Cannot create distinct fields once a slice has been taken.")
        obj = self._chain()
        obj.query.distinct = True
        # SQLite refuses DISTINCT ON when the query is compiled, as Django's
        # distinct_sql().
        obj.query.distinct_fields = field_names
        return obj

    def extra(self, select=None, where=None, params=None, tables=None, order_by=None, select_params=None):
        from django.db.models.expressions import ExtraWhere
        clone = self._chain()
        if select:
            # Each select entry takes as many select_params as it has %s
            # placeholders (%%s is a literal), as Django's add_extra().
            param_iter = iter(select_params or ())
            for name, entry in select.items():
                entry = str(entry)
                entry_params = []
                pos = entry.find("%s")
                while pos != -1:
                    if pos == 0 or entry[pos - 1] != "%":
                        entry_params.append(next(param_iter))
                    pos = entry.find("%s", pos + 2)
                clone.query.extra[name] = (entry, entry_params)
        if where or params:
            clone.query.where.add(ExtraWhere(where, params), AND)
        if tables:
            clone.query.extra_tables += tuple(tables)
        if order_by:
            clone.query.extra_order_by = tuple(order_by)
        return clone

    def reverse(self):
        if self.query.is_sliced:
            raise TypeError("Cannot reverse a query once a slice has been taken.")
        clone = self._chain()
        clone.query.standard_ordering = not clone.query.standard_ordering
        return clone

    def defer(self, *fields):
        self._not_support_combined_queries("defer")
        if self._fields is not None:
            raise TypeError("Cannot call defer() after .values() or .values_list()")
        clone = self._chain()
        if fields == (None,):
            clone.query.clear_deferred_loading()
        else:
            clone.query.add_deferred_loading(fields)
        return clone

    def only(self, *fields):
        self._not_support_combined_queries("only")
        if self._fields is not None:
            raise TypeError("Cannot call only() after .values() or .values_list()")
        if fields == (None,):
            raise TypeError("Cannot pass None as an argument to only().")
        for field in fields:
            field = field.split(LOOKUP_SEP, 1)[0]
            if field in self.query._filtered_relations:
                raise ValueError("only() is not supported with FilteredRelation.")
        clone = self._chain()
        clone.query.add_immediate_loading(fields)
        return clone

    def using(self, alias):
        clone = self._chain()
        clone._db = alias
        return clone

    # ---- internals

    def _chain(self):
        obj = self._clone()
        if obj._sticky_filter:
            obj.query.filter_is_sticky = True
            obj._sticky_filter = False
        return obj

    def _clone(self):
        c = QuerySet.__new__(type(self))
        d = c.__dict__
        d.update(self.__dict__)
        d["_query"] = self.query.chain()
        d["_result_cache"] = None
        d["_prefetch_done"] = False
        d["_defer_next_filter"] = False
        d["_deferred_filter"] = None
        return c

    def _connection(self):
        """connections[self.db], as Django looks it up before it runs a
        query: ConnectionDoesNotExist for an alias other than "default"
        (using("replica")), before any SQL."""
        if self._db is not None and self._db != "default":
            from django.db import connections
            return connections[self._db]
        return None

    def _fetch_all(self):
        if self._result_cache is None:
            self._connection()
            self._result_cache = self._iterable_class(self).results()
        if self._prefetch_related_lookups and not self._prefetch_done:
            self._prefetch_related_objects()

    def _prefetch_related_objects(self):
        from django.db.models.prefetch import prefetch_related_objects
        prefetch_related_objects(self._result_cache, *self._prefetch_related_lookups)
        self._prefetch_done = True

    def _next_is_sticky(self):
        self._sticky_filter = True
        return self

    def _not_support_combined_queries(self, operation_name):
        if self.query.combinator:
            from django.db import NotSupportedError
            raise NotSupportedError("Calling QuerySet.%s() after %s() is not supported."
                                    % (operation_name, self.query.combinator))

    def resolve_expression(self, *args, **kwargs):
        return self
    resolve_expression.queryset_only = True

    def __deepcopy__(self, memo):
        return self._clone()


def _is_empty(qs):
    """What Django's isinstance(qs, EmptyQuerySet) answers (kata Python has
    no metaclass __instancecheck__ to make that isinstance() work)."""
    return isinstance(qs, QuerySet) and qs.query.is_empty()


class EmptyQuerySet:
    """Django's marker class: isinstance(qs.none(), EmptyQuerySet) is True.
    Django answers through a metaclass __instancecheck__; kata Python has no
    metaclasses, so isinstance() asks _ormkata_instancecheck (bfunc.c)."""

    def __init__(self, *args, **kwargs):
        raise TypeError("EmptyQuerySet can't be instantiated")

    def _ormkata_instancecheck(instance):
        return _is_empty(instance)


_GET_SQL = {}


def _get_by_key(model, key, value):
    """Model.objects.get(pk=v) and a forward FK access (the N+1 loop's
    query) without building a QuerySet: the same statement Django sends
    (SELECT <columns> FROM t WHERE t.c = v LIMIT 21), the same errors.
    (obj,) or None when the key is not the pk or a unique column, or the
    value needs the general path."""
    opts = model._meta
    field = opts.pk if key == "pk" else opts._forward.get(key)
    if field is None or not field.unique or field.is_relation or getattr(field, "many_to_many", False):
        return None
    if key != "pk" and key != field.attname and key != field.name:
        return None
    if value is None or hasattr(value, "resolve_expression") or hasattr(value, "_meta"):
        return None
    prep = field.get_db_prep_value(field.get_prep_value(value), None, prepared=True)
    cache_key = (opts.label, field.attname)
    sql = _GET_SQL.get(cache_key)
    if sql is None:
        from django.db.models.expressions import quote
        table = quote(opts.db_table)
        cols = ", ".join("%s.%s" % (table, quote(f.column)) for f in opts.concrete_fields)
        sql = "SELECT %s FROM %s WHERE %s.%s = %%s LIMIT %d" % (
            cols, table, table, quote(field.column), MAX_GET_RESULTS)
        _GET_SQL[cache_key] = sql
    rows = C._execute(sql, [prep]).fetchall()
    if len(rows) == 1:
        fields = opts.concrete_fields
        names, convs, fks = _row_spec(fields)
        return (from_rows(model, ModelState, names, rows, 0, convs, fks)[0],)
    if not rows:
        raise model.DoesNotExist("%s matching query does not exist." % opts.object_name)
    raise model.MultipleObjectsReturned(
        "get() returned more than one %s -- it returned %s!" % (opts.object_name, len(rows)))


def _unpickle_queryset(cls, label):
    return QuerySet.__new__(cls)


class Prefetch:
    def __init__(self, lookup, queryset=None, to_attr=None):
        self.prefetch_through = lookup
        self.prefetch_to = lookup
        if queryset is not None:
            from django.db.models.raw import RawQuerySet
            if isinstance(queryset, RawQuerySet) or (
                    hasattr(queryset, "_iterable_class") and queryset._iterable_class is not ModelIterable):
                raise ValueError("Prefetch querysets cannot use raw(), values(), and values_list().")
        if to_attr:
            self.prefetch_to = LOOKUP_SEP.join(lookup.split(LOOKUP_SEP)[:-1] + [to_attr])
        self.queryset = queryset
        self.to_attr = to_attr

    def __eq__(self, other):
        return isinstance(other, Prefetch) and self.prefetch_to == other.prefetch_to

    def __hash__(self):
        return hash((type(self), self.prefetch_to))

    def get_current_prefetch_to(self, level):
        return LOOKUP_SEP.join(self.prefetch_to.split(LOOKUP_SEP)[:level + 1])

    def get_current_to_attr(self, level):
        parts = self.prefetch_to.split(LOOKUP_SEP)
        return parts[level], bool(self.to_attr) and level == len(parts) - 1
