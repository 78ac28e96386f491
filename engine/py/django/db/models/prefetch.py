"""prefetch_related(): one extra query per relation, results matched to
their owners in Python — Django 5.2's queries and caches.

Forward FK: SELECT … FROM blog WHERE id IN (…). Reverse FK: SELECT … FROM
entry WHERE blog_id IN (…). M2M: the target rows joined to the through
table, with the owner's id selected as `_prefetch_related_val_<col>`.
"""
from django.core import exceptions
from django.db.models.query import Prefetch, LOOKUP_SEP
from django.db.models.expressions import Col


def _normalize(lookups, prefix=None):
    """Prefetch objects for lookups; with a prefix, fresh copies moved under
    it (the lookups a prefetched queryset brought along)."""
    out = []
    for l in lookups:
        if not isinstance(l, Prefetch):
            l = Prefetch(l)
        if prefix:
            p = Prefetch(l.prefetch_through)
            p.queryset = l.queryset
            p.to_attr = l.to_attr
            p.prefetch_through = prefix + LOOKUP_SEP + l.prefetch_through
            p.prefetch_to = prefix + LOOKUP_SEP + l.prefetch_to
            l = p
        out.append(l)
    return out


def prefetch_related_objects(model_instances, *related_lookups):
    """Django's walk: lookups are taken from a stack, each level of a lookup
    path is fetched once (done, keyed by prefetch_to) for the instances
    that do not have it yet, and the lookups a Prefetch queryset carries
    are pushed to run next, under the path that brought them."""
    if not model_instances:
        return
    done = {}
    auto_lookups = []
    followed = []
    todo = _normalize(reversed(related_lookups))
    while todo:
        lookup = todo.pop()
        if lookup.prefetch_to in done:
            if lookup.queryset is not None:
                raise ValueError("'%s' lookup was already seen with a different queryset. You may "
                                 "need to adjust the ordering of your lookups." % lookup.prefetch_to)
            continue
        objs = model_instances
        through = lookup.prefetch_through.split(LOOKUP_SEP)
        for level, name in enumerate(through):
            if not objs:
                break
            prefetch_to = lookup.get_current_prefetch_to(level)
            if prefetch_to in done:
                objs = done[prefetch_to]
                continue
            good = True
            for obj in objs:
                if "_prefetched_objects_cache" not in getattr(obj, "__dict__", {}):
                    try:
                        obj._prefetched_objects_cache = {}
                    except (AttributeError, TypeError):
                        good = False
                        break
            if not good:
                break
            first = objs[0]
            to_attr = lookup.get_current_to_attr(level)[0]
            kind, descriptor, found, is_fetched = _get_prefetcher(first, name, to_attr)
            if not found:
                raise AttributeError("Cannot find '%s' on %s object, '%s' is an invalid parameter "
                                     "to prefetch_related()"
                                     % (name, type(first).__name__, lookup.prefetch_through))
            if level == len(through) - 1 and kind is None:
                raise ValueError("'%s' does not resolve to an item that supports prefetching - this "
                                 "is an invalid parameter to prefetch_related()."
                                 % lookup.prefetch_through)
            to_fetch = None
            if kind is not None:
                to_fetch = [obj for obj in objs if not is_fetched(obj)]
            if to_fetch:
                extra = []
                objs = _prefetch_one_level(to_fetch, kind, descriptor, lookup, level, extra)
                if not (prefetch_to in done and lookup in auto_lookups and descriptor in followed):
                    done[prefetch_to] = objs
                    new = _normalize(reversed(extra), prefetch_to)
                    auto_lookups.extend(new)
                    todo.extend(new)
                followed.append(descriptor)
            else:
                # Already fetched (or not a relation): go on with whatever
                # the attribute holds.
                nxt = []
                for obj in objs:
                    cache = getattr(obj, "__dict__", {}).get("_prefetched_objects_cache")
                    if cache and name in cache:
                        new_obj = list(cache[name])
                    else:
                        try:
                            new_obj = getattr(obj, name)
                        except exceptions.ObjectDoesNotExist:
                            continue
                    if new_obj is None:
                        continue
                    if isinstance(new_obj, list):
                        nxt.extend(new_obj)
                    else:
                        nxt.append(new_obj)
                objs = nxt


def _get_prefetcher(instance, name, to_attr):
    """(kind, descriptor, found, is_fetched) for attribute name of instance:
    kind is the descriptor class that knows how to prefetch it, or None."""
    from django.db.models import related as R

    def has_to_attr(obj):
        return hasattr(obj, to_attr)

    is_fetched = has_to_attr
    descriptor = None
    for k in type(instance).__mro__:
        if name in k.__dict__:
            descriptor = k.__dict__[name]
            break
    if descriptor is None:
        return None, None, hasattr(instance, name), is_fetched
    kind = None
    if isinstance(descriptor, (R.ForwardManyToOneDescriptor, R.ReverseOneToOneDescriptor)):
        kind = type(descriptor)
        if name == to_attr:
            if isinstance(descriptor, R.ForwardManyToOneDescriptor):
                cache_name = descriptor.field.name
            else:
                cache_name = descriptor.related.get_accessor_name()

            def is_fetched(obj):
                return cache_name in obj._state.fields_cache
    elif isinstance(descriptor, (R.ReverseManyToOneDescriptor, R.ManyToManyDescriptor)):
        getattr(instance, name)
        kind = type(descriptor)
        if name == to_attr:
            def is_fetched(obj):
                return name in obj._prefetched_objects_cache
    else:
        getattr(instance, name)
    return kind, descriptor, True, is_fetched


def _prefetch_one_level(instances, kind, descriptor, lookup, level, extra):
    """Fetch one level for instances; returns the related objects fetched.
    Lookups carried by the Prefetch queryset are added to extra."""
    from django.db.models import related as R
    queryset = None
    if lookup.get_current_prefetch_to(level) == lookup.prefetch_to:
        queryset = lookup.queryset
    to_attr, as_attr = lookup.get_current_to_attr(level)
    store = _Store(instances, lookup, level, to_attr if as_attr else None, extra)
    if kind is R.ForwardManyToOneDescriptor:
        return _prefetch_forward(instances, descriptor.field, queryset, store)
    if kind is R.ReverseOneToOneDescriptor:
        return _prefetch_reverse_one(instances, descriptor.related, queryset, store)
    if kind is R.ReverseManyToOneDescriptor:
        return _prefetch_reverse(instances, descriptor.rel, queryset, store)
    return _prefetch_m2m(instances, descriptor.field, descriptor.reverse, queryset, store)


class _Store:
    """What prefetch_one_level does once the rows are in: run the queryset
    (taking the lookups it carries), check to_attr against the model's
    fields, and put each instance's share where Django puts it."""

    def __init__(self, instances, lookup, level, to_attr, extra):
        self.instances = instances
        self.lookup = lookup
        self.to_attr = to_attr
        self.leaf = len(lookup.prefetch_through.split(LOOKUP_SEP)) - 1 == level
        self.extra = extra

    def run(self, qs):
        self.extra.extend(qs._prefetch_related_lookups)
        qs._prefetch_related_lookups = ()
        rows = list(qs)
        if self.to_attr and self.instances:
            model = type(self.instances[0])
            try:
                model._meta.get_field(self.to_attr)
            except exceptions.FieldDoesNotExist:
                pass
            else:
                raise ValueError("to_attr=%s conflicts with a field on the %s model."
                                 % (self.to_attr, model.__name__))
        return rows

    def single(self, instance, cache_name, val):
        if self.to_attr:
            setattr(instance, self.to_attr, val)
        else:
            instance._state.fields_cache[cache_name] = val

    def many(self, instance, name, vals):
        """Cache vals as `instance.<name>.all()`: the manager's queryset
        (the Prefetch queryset under the relation filter when one was
        given) with its result cache filled."""
        if self.to_attr:
            setattr(instance, self.to_attr, vals)
            return
        cache = instance.__dict__.setdefault("_prefetched_objects_cache", {})
        cache.pop(name, None)
        manager = getattr(instance, name)
        if self.leaf and self.lookup.queryset is not None:
            rqs = manager._apply_rel_filters(self.lookup.queryset)
        else:
            rqs = manager._base_queryset()
        rqs._result_cache = vals
        rqs._prefetch_done = True
        cache[name] = rqs


def _filter_prefetch(qs, field_name, values):
    """qs filtered to the owners' rows, as Django's _filter_prefetch_queryset:
    a sliced queryset keeps its slice per owner through ROW_NUMBER() OVER
    (PARTITION BY the relation ORDER BY the queryset's ordering), filtered
    on in the same WHERE (so compiled as the QUALIFY subquery)."""
    if not qs.query.is_sliced:
        return qs.filter(**{"%s__in" % field_name: values})
    from django.db.models.window import Window
    from django.db.models.functions import RowNumber
    from django.db.models.lookups import GreaterThan, LessThanOrEqual
    low, high = qs.query.low_mark, qs.query.high_mark
    order_by = [expr for expr, _ in qs.query.get_compiler(using=qs.db).get_order_by()]
    qs = qs._chain()
    qs.query.clear_limits()
    qs = qs.filter(**{"%s__in" % field_name: values})
    window = Window(RowNumber(), partition_by=field_name, order_by=order_by)
    window = window.resolve_expression(qs.query)
    qs.query.where.add(GreaterThan(window, low), "AND")
    if high is not None:
        qs.query.where.add(LessThanOrEqual(window, high), "AND")
    return qs


def _prefetch_forward(instances, field, queryset, store):
    model = field.remote_field.model
    vals = list(dict.fromkeys(v for v in (getattr(i, field.attname) for i in instances) if v is not None))
    by_key = {}
    rows = []
    if vals:
        from django.db.models.expressions import Q
        qs = queryset if queryset is not None else model._base_manager.get_queryset()
        cond = Q()
        for v in vals:
            cond = cond | Q(**{field.target_field.attname: v})
        qs = qs.filter(cond)
        qs.query.clear_ordering()
        rows = store.run(qs)
        owners = {}
        for i in instances:
            owners[getattr(i, field.attname)] = i
        for obj in rows:
            key = getattr(obj, field.target_field.attname)
            by_key[key] = obj
            if not field.remote_field.multiple and key in owners:
                obj._state.fields_cache[field.remote_field.get_accessor_name()] = owners[key]
    for i in instances:
        store.single(i, field.name, by_key.get(getattr(i, field.attname)))
    return rows


def _prefetch_reverse_one(instances, rel, queryset, store):
    field = rel.field
    model = field.model
    qs = queryset if queryset is not None else model._base_manager.get_queryset()
    rows = store.run(qs.filter(**{"%s__in" % field.name: list(instances)}))
    by_key = {}
    for obj in rows:
        by_key[getattr(obj, field.attname)] = obj
    owners = {}
    for i in instances:
        owners[getattr(i, field.target_field.attname)] = i
    for obj in rows:
        owner = owners.get(getattr(obj, field.attname))
        if owner is not None:
            obj._state.fields_cache[field.name] = owner
    name = rel.get_accessor_name()
    for i in instances:
        store.single(i, name, by_key.get(getattr(i, field.target_field.attname)))
    return rows


def _prefetch_reverse(instances, rel, queryset, store):
    field = rel.field
    model = field.model
    pks = []
    for i in instances:
        v = getattr(i, field.target_field.attname)
        if v not in pks:
            pks.append(v)
    qs = queryset if queryset is not None else model._default_manager.get_queryset()
    rows = store.run(_filter_prefetch(qs, field.name, pks))
    groups = {}
    for obj in rows:
        groups.setdefault(getattr(obj, field.attname), []).append(obj)
    owners = {}
    for i in instances:
        owners[getattr(i, field.target_field.attname)] = i
    for obj in rows:
        owner = owners.get(getattr(obj, field.attname))
        if owner is not None:
            obj._state.fields_cache[field.name] = owner
    name = rel.get_accessor_name()
    for i in instances:
        store.many(i, name, groups.get(getattr(i, field.target_field.attname), []))
    return rows


def _prefetch_m2m(instances, field, reverse, queryset, store):
    if not reverse:
        model = field.remote_field.model
        src, tgt = field.m2m_source, field.m2m_target
        name = field.name
        query_name = field.related_query_name()
    else:
        model = field.model
        src, tgt = field.m2m_target, field.m2m_source
        name = field.remote_field.get_accessor_name()
        query_name = field.name
    pks = []
    for i in instances:
        if i.pk not in pks:
            pks.append(i.pk)
    qs = queryset if queryset is not None else model._default_manager.get_queryset()
    qs = _filter_prefetch(qs, query_name, pks)
    q = qs.query
    # The owner's id rides along as an extra selected column, as Django's
    # extra(select={'_prefetch_related_val_entry_id': …}).
    join_alias = None
    for alias, j in q.alias_map.items():
        if j.table_name == field.through._meta.db_table and q.alias_refcount.get(alias):
            join_alias = alias
    extra_col = Col(join_alias, src)
    extra_name = "_prefetch_related_val_%s" % src.attname
    q.prefetch_extra = (extra_name, extra_col)
    rows = store.run(qs)
    groups = {}
    for obj in rows:
        key = obj.__dict__.pop(extra_name, None)
        groups.setdefault(key, []).append(obj)
    for i in instances:
        store.many(i, name, groups.get(i.pk, []))
    return rows
