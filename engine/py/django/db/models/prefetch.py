"""prefetch_related(): one extra query per relation, results matched to
their owners in Python — Django 5.2's queries and caches.

Forward FK: SELECT … FROM blog WHERE id IN (…). Reverse FK: SELECT … FROM
entry WHERE blog_id IN (…). M2M: the target rows joined to the through
table, with the owner's id selected as `_prefetch_related_val_<col>`.
"""
from django.db.models.query import Prefetch, LOOKUP_SEP
from django.db.models.expressions import Col


def _normalize(lookups):
    out = []
    for l in lookups:
        if not isinstance(l, Prefetch):
            l = Prefetch(l)
        out.append(l)
    return out


def prefetch_related_objects(model_instances, *related_lookups):
    if not model_instances:
        return
    done = {}
    for lookup in _normalize(related_lookups):
        through = lookup.prefetch_through.split(LOOKUP_SEP)
        objs = list(model_instances)
        level_path = []
        for level, name in enumerate(through):
            level_path.append(name)
            key = LOOKUP_SEP.join(level_path)
            last = level == len(through) - 1
            if not objs:
                break
            if key in done and not last:
                objs = done[key]
                continue
            qs = lookup.queryset if last else None
            to_attr = lookup.to_attr if last else None
            objs = _prefetch_one_level(objs, name, qs, to_attr, key in done)
            done[key] = objs


def _prefetch_one_level(instances, name, queryset, to_attr, already):
    model = type(instances[0])
    cls_attr = None
    for k in model.__mro__:
        if name in k.__dict__:
            cls_attr = k.__dict__[name]
            break
    if cls_attr is None:
        raise AttributeError("Cannot find '%s' on %s object, '%s' is an invalid parameter to "
                             "prefetch_related()" % (name, model.__name__, name))
    from django.db.models import related as R
    if isinstance(cls_attr, R.ForwardManyToOneDescriptor):
        return _prefetch_forward(instances, cls_attr.field, queryset, to_attr)
    if isinstance(cls_attr, R.ReverseManyToOneDescriptor):
        return _prefetch_reverse(instances, cls_attr.rel, queryset, to_attr)
    if isinstance(cls_attr, R.ManyToManyDescriptor):
        return _prefetch_m2m(instances, cls_attr.field, cls_attr.reverse, queryset, to_attr)
    raise ValueError("'%s' does not resolve to an item that supports prefetching - this is an "
                     "invalid parameter to prefetch_related()." % name)


def _prefetch_forward(instances, field, queryset, to_attr):
    model = field.remote_field.model
    need = [i for i in instances if field.name not in i._state.fields_cache]
    vals = []
    for i in need:
        v = getattr(i, field.attname)
        if v is not None and v not in vals:
            vals.append(v)
    by_key = {}
    if vals:
        from django.db.models.expressions import Q
        qs = queryset if queryset is not None else model._base_manager.get_queryset()
        cond = Q()
        for v in vals:
            cond = cond | Q(**{field.target_field.attname: v})
        qs = qs.filter(cond)
        qs.query.clear_ordering()
        for obj in qs:
            by_key[getattr(obj, field.target_field.attname)] = obj
    out = []
    for i in instances:
        if field.name in i._state.fields_cache and i not in need:
            rel = i._state.fields_cache[field.name]
        else:
            rel = by_key.get(getattr(i, field.attname))
            if to_attr:
                setattr(i, to_attr, rel)
            else:
                i._state.fields_cache[field.name] = rel
        if rel is not None and rel not in out:
            out.append(rel)
    return out


def _prefetch_reverse(instances, rel, queryset, to_attr):
    field = rel.field
    model = field.model
    pks = []
    for i in instances:
        v = getattr(i, field.target_field.attname)
        if v not in pks:
            pks.append(v)
    qs = queryset if queryset is not None else model._default_manager.get_queryset()
    rows = list(qs.filter(**{"%s__in" % field.name: pks}))
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
        vals = groups.get(getattr(i, field.target_field.attname), [])
        _store(i, name, model, vals, to_attr, qs)
    return rows


def _prefetch_m2m(instances, field, reverse, queryset, to_attr):
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
    qs = qs.filter(**{"%s__in" % query_name: pks})
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
    rows = list(qs)
    groups = {}
    for obj in rows:
        key = obj.__dict__.pop(extra_name, None)
        groups.setdefault(key, []).append(obj)
    for i in instances:
        _store(i, name, model, groups.get(i.pk, []), to_attr, qs)
    return rows


def _store(instance, name, model, vals, to_attr, qs):
    """Cache vals as `instance.<name>.all()`: the instance's own manager
    queryset (so a later filter() keeps its relation filter), with its
    result cache filled, as Django's prefetch_one_level does."""
    if to_attr:
        setattr(instance, to_attr, vals)
        return
    cache = instance.__dict__.setdefault("_prefetched_objects_cache", {})
    cache.pop(name, None)
    manager = getattr(instance, name)
    rqs = manager._base_queryset()
    rqs._result_cache = vals
    rqs._prefetch_done = True
    cache[name] = rqs
