"""Collector: what delete() removes, in Django 5.2's order and queries.

collect() gathers the objects and, relation by relation, what CASCADE
reaches (fast-deleting with one DELETE … WHERE fk IN (…) where nothing
further depends on those rows, else fetching their pks first); PROTECT
raises ProtectedError and RESTRICT RestrictedError; delete() runs the
DELETEs inside one transaction and returns (total, {label: count}).
"""
from django.db.models import related


class ProtectedError(Exception):
    def __init__(self, msg, protected_objects):
        self.protected_objects = protected_objects
        super().__init__(msg, protected_objects)


class RestrictedError(Exception):
    def __init__(self, msg, restricted_objects):
        self.restricted_objects = restricted_objects
        super().__init__(msg, restricted_objects)


def _candidate_relations(opts):
    """Reverse one-to-many / one-to-one relations, hidden ones included
    (the M2M through tables' foreign keys)."""
    return [r for r in opts.related_objects
            if not r.field.many_to_many and (r.one_to_many or r.one_to_one)]


class Collector:
    def __init__(self, using="default", origin=None):
        self.using = using
        self.data = {}          # model -> [instances or pks] (ordered)
        self.order = []         # models in the order they were added
        self.fast_deletes = []  # (model, field, [values]) deleted directly
        self.field_updates = [] # (field, value, model, [pks])
        self.dependencies = {}

    def add(self, objs, source=None, reverse_dependency=False):
        if not objs:
            return []
        model = type(objs[0])
        lst = self.data.get(model)
        if lst is None:
            lst = []
            self.data[model] = lst
            self.order.append(model)
        new = []
        seen = {o.pk for o in lst}
        for o in objs:
            if o.pk not in seen:
                seen.add(o.pk)
                lst.append(o)
                new.append(o)
        if source is not None and not reverse_dependency:
            self.dependencies.setdefault(source, set()).add(model)
        return new

    def can_fast_delete(self, model):
        for rel in model._meta.related_objects:
            if rel.on_delete is not related.DO_NOTHING and not rel.field.many_to_many:
                return False
        return True

    def collect(self, objs, source=None, nullable=False, collect_related=True, keep_parents=False,
                reverse_dependency=False):
        from django.db.models.query import QuerySet
        if isinstance(objs, QuerySet):
            model = objs.model
            if self.can_fast_delete(model) and source is None:
                self.fast_deletes.append(("query", objs))
                return
            objs = list(objs)
        new_objs = self.add(list(objs), source, reverse_dependency)
        if not new_objs:
            return
        model = type(new_objs[0])
        if not collect_related:
            return
        pks = [o.pk for o in new_objs]
        protected = {}
        fast = {}
        for rel in _candidate_relations(model._meta):
            field = rel.field
            if rel.on_delete is related.DO_NOTHING:
                continue
            rmodel = field.model
            if self.can_fast_delete(rmodel) and rel.on_delete is related.CASCADE:
                fast.setdefault(rmodel, []).append(field)
                continue
            sub_objs = self.related_objects(rmodel, [field], pks)
            if sub_objs:
                try:
                    rel.on_delete(self, field, sub_objs, self.using)
                except ProtectedError as error:
                    key = "'%s.%s'" % (field.model.__name__, field.name)
                    protected.setdefault(key, []).extend(error.protected_objects)
        if protected:
            objs = []
            for v in protected.values():
                objs.extend(v)
            raise ProtectedError(
                "Cannot delete some instances of model %r because they are referenced through "
                "protected foreign keys: %s." % (model.__name__, ", ".join(protected)), set(objs))
        for rmodel, fields in fast.items():
            self.fast_deletes.append(("in", rmodel, fields, pks))

    def related_objects(self, model, fields, pks):
        """The rows of `model` pointing at pks through any of `fields`,
        loading only the columns other models' foreign keys refer to (all
        of them when none do), as Django's collector."""
        from django.db.models.expressions import Q
        cond = Q()
        for f in fields:
            cond = cond | Q(**{"%s__in" % f.name: pks})
        qs = model._base_manager.get_queryset().filter(cond)
        referenced = []
        for rel in _candidate_relations(model._meta):
            name = rel.field.target_field.attname
            if name not in referenced:
                referenced.append(name)
        qs = qs.only(*referenced)
        return list(qs)

    def cascade(self, field, sub_objs):
        self.collect(sub_objs, source=field.remote_field.model, nullable=field.null)

    def protect(self, field, sub_objs):
        model = field.remote_field.model
        raise ProtectedError(
            "Cannot delete some instances of model %r because they are referenced through protected "
            "foreign keys: %s." % (model.__name__, "'%s.%s'" % (field.model.__name__, field.name)),
            set(sub_objs))

    def add_field_update(self, field, value, objs):
        self.field_updates.append((field, value, type(objs[0]), [o.pk for o in objs]))

    def delete(self):
        from django.db import transaction
        from django.db.models.sql import compiler as C
        counts = {}
        total = 0
        # Single object, nothing related: one DELETE, no transaction.
        if len(self.data) == 1 and not self.fast_deletes and not self.field_updates:
            model = self.order[0]
            instances = self.data[model]
            if len(instances) == 1 and self.can_fast_delete(model):
                n = C.execute_delete_where(model, model._meta.pk, [instances[0].pk])
                setattr(instances[0], model._meta.pk.attname, None)
                return n, {model._meta.label: n}
        with transaction.atomic(savepoint=False):
            for fd in self.fast_deletes:
                if fd[0] == "query":
                    qs = fd[1]
                    n = qs._raw_delete()
                    label = qs.model._meta.label
                else:
                    _, model, fields, pks = fd
                    if len(fields) == 1:
                        n = C.execute_delete_where(model, fields[0], pks)
                    else:
                        from django.db.models.expressions import Q
                        cond = Q()
                        for f in fields:
                            cond = cond | Q(**{"%s__in" % f.name: pks})
                        n = model._base_manager.filter(cond)._raw_delete()
                    label = model._meta.label
                if n:
                    counts[label] = counts.get(label, 0) + n
                    total += n
                elif label not in counts and fd[0] == "query":
                    pass
            for field, value, model, pks in self.field_updates:
                model._base_manager.filter(pk__in=pks).update(**{field.name: value})
            for model in reversed(self.sorted_models()):
                instances = self.data[model]
                # Django sorts each model's instances by pk, then reverses
                # them, and deletes 100 pks a statement.
                pks = sorted(o.pk for o in instances)
                pks.reverse()
                n = 0
                for i in range(0, len(pks), 100):
                    n += C.execute_delete_where(model, model._meta.pk, pks[i:i + 100])
                if n:
                    counts[model._meta.label] = counts.get(model._meta.label, 0) + n
                    total += n
        for model, instances in self.data.items():
            for o in instances:
                setattr(o, model._meta.pk.attname, None)
        return total, counts

    def sorted_models(self):
        return list(self.order)
