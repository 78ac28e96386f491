"""Relations: ForeignKey, OneToOneField, ManyToManyField, their reverse
"rel" objects, the join paths queries follow, and the descriptors and
managers on instances (entry.blog, blog.entry_set, entry.authors).

Same queries as Django 5.2: a forward FK access is one get() on the target
by its pk (then cached), `blog_id` never queries, a reverse or M2M manager
is a QuerySet filtered on the relation.
"""
from _ormkata_orm import make_class
from django.core import exceptions
from django.db.models.fields import Field, NOT_PROVIDED
from django.db.models import base


class PathInfo:
    """One join step: from_opts -> to_opts joining lhs_col = rhs_col.
    multi: the step can multiply rows (reverse FK, M2M); direct: follows a
    forward FK (so it can be trimmed when only the FK column is needed)."""

    def __init__(self, from_opts, to_opts, target_fields, join_field, multi, direct, lhs_col, rhs_col):
        self.from_opts = from_opts
        self.to_opts = to_opts
        self.target_fields = target_fields
        self.join_field = join_field
        self.m2m = multi
        self.direct = direct
        self.lhs_col = lhs_col
        self.rhs_col = rhs_col


# on_delete handlers (the collector dispatches on identity)
def CASCADE(collector, field, sub_objs, using=None):
    collector.cascade(field, sub_objs)


def PROTECT(collector, field, sub_objs, using=None):
    collector.protect(field, sub_objs)


def RESTRICT(collector, field, sub_objs, using=None):
    collector.protect(field, sub_objs)


def SET_NULL(collector, field, sub_objs, using=None):
    collector.add_field_update(field, None, sub_objs)


def SET_DEFAULT(collector, field, sub_objs, using=None):
    collector.add_field_update(field, field.get_default(), sub_objs)


def DO_NOTHING(collector, field, sub_objs, using=None):
    pass


def SET(value):
    def set_on_delete(collector, field, sub_objs, using=None):
        collector.add_field_update(field, value() if callable(value) else value, sub_objs)
    return set_on_delete


class ForeignObjectRel:
    """The reverse side of a relation, as found in the target's _meta
    (Blog._meta.get_field("entry"))."""

    auto_created = True
    concrete = False
    is_relation = True
    editable = False

    def __init__(self, field, to, related_name=None, related_query_name=None, on_delete=None):
        self.field = field
        self.model = to
        self.related_name = related_name
        self._related_query_name = related_query_name
        self.on_delete = on_delete
        self.multiple = True

    @property
    def related_model(self):
        return self.field.model

    @property
    def name(self):
        return self.field.related_query_name()

    @property
    def attname(self):
        return self.name

    def __reduce__(self):
        return (_load_rel, (self.field.model._meta.label, self.field.name))

    def is_hidden(self):
        return bool(self.related_name) and self.related_name[-1] == "+"

    def get_accessor_name(self):
        if self.related_name:
            return self.related_name
        return self.field.model._meta.model_name + "_set"

    def __repr__(self):
        return "<%s: %s.%s>" % (type(self).__name__, self.field.model._meta.app_label,
                                 self.field.model._meta.model_name)


def _load_rel(label, name):
    return base.get_model(label)._meta.get_field(name).remote_field


class ManyToOneRel(ForeignObjectRel):
    one_to_many = True
    many_to_one = False
    many_to_many = False
    one_to_one = False

    def get_path_info(self):
        f = self.field
        opts = f.model._meta
        return [PathInfo(f.remote_field.model._meta, opts, (opts.pk,), f, True, False,
                         f.target_field.column, f.column)]


class OneToOneRel(ManyToOneRel):
    one_to_many = False
    one_to_one = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.multiple = False

    def get_accessor_name(self):
        if self.related_name:
            return self.related_name
        return self.field.model._meta.model_name

    def get_path_info(self):
        f = self.field
        opts = f.model._meta
        return [PathInfo(f.remote_field.model._meta, opts, (opts.pk,), f, False, False,
                         f.target_field.column, f.column)]


class ManyToManyRel(ForeignObjectRel):
    one_to_many = False
    many_to_one = False
    many_to_many = True
    one_to_one = False

    @property
    def through(self):
        """The through model (Django keeps it on the rel; the field has it)."""
        return self.field.through

    def get_path_info(self):
        return self.field.get_reverse_path_info()


class RelatedField(Field):
    is_relation = True

    def related_query_name(self):
        rf = self.remote_field
        if rf._related_query_name:
            return rf._related_query_name
        if rf.related_name:
            return rf.related_name
        return self.model._meta.model_name


class ForeignKey(RelatedField):
    many_to_one = True
    one_to_many = False
    many_to_many = False
    one_to_one = False
    internal_type = "ForeignKey"
    empty_strings_allowed = False
    rel_class = ManyToOneRel

    def __init__(self, to, on_delete=None, related_name=None, related_query_name=None,
                 limit_choices_to=None, parent_link=False, to_field=None, db_constraint=True, **kwargs):
        if not callable(on_delete):
            raise TypeError("on_delete must be callable.")
        kwargs.setdefault("db_index", True)
        super().__init__(**kwargs)
        self.remote_field = self.rel_class(self, to, related_name=related_name,
                                           related_query_name=related_query_name, on_delete=on_delete)
        self.to_field = to_field
        self.target_field = None

    @property
    def related_model(self):
        return self.remote_field.model

    def get_attname(self):
        return "%s_id" % self.name

    def contribute_to_class(self, cls, name):
        super().contribute_to_class(cls, name)
        setattr(cls, self.name, ForwardManyToOneDescriptor(self))
        setattr(cls, self.attname, ForeignKeyDeferredAttribute(self))

    def setup_relation(self, cls):
        def resolve(model):
            self.remote_field.model = model
            ropts = model._meta
            self.target_field = ropts.get_field(self.to_field) if self.to_field else ropts.pk
            rel = self.remote_field
            if not rel.is_hidden():
                ropts.related_objects.append(rel)
                setattr(model, rel.get_accessor_name(), self.reverse_descriptor_class(rel))
            else:
                ropts.related_objects.append(rel)
        base.lazy_related(cls._meta.app_label, self.remote_field.model, resolve)

    @property
    def foreign_related_fields(self):
        return (self.target_field,)

    @property
    def related_fields(self):
        return [(self, self.target_field)]

    def get_path_info(self):
        ropts = self.remote_field.model._meta
        return [PathInfo(self.model._meta, ropts, (self.target_field,), self, False, True,
                         self.column, self.target_field.column)]

    def db_type(self):
        return self.target_field.rel_db_type()

    def column_sql(self):
        sql = '"%s" %s %s' % (self.column, self.db_type(), "NULL" if self.null else "NOT NULL")
        if self.unique:
            sql += " UNIQUE"
        sql += ' REFERENCES "%s" ("%s") DEFERRABLE INITIALLY DEFERRED' % (
            self.remote_field.model._meta.db_table, self.target_field.column)
        return sql

    def get_prep_value(self, value):
        return self.target_field.get_prep_value(value)

    def get_db_prep_value(self, value, connection=None, prepared=False):
        return self.target_field.get_db_prep_value(value, connection, prepared)

    def to_python(self, value):
        return self.target_field.to_python(value)

    def validate(self, value, model_instance):
        """Django's: the field's own checks, then one exists() query that the
        referenced row is there."""
        super().validate(value, model_instance)
        if value is None:
            return
        model = self.remote_field.model
        if not model._base_manager.filter(**{self.target_field.name: value}).exists():
            raise exceptions.ValidationError(
                "%s instance with %s %r is not a valid choice." % (
                    model._meta.verbose_name, self.target_field.name, value),
                code="invalid")

    def get_default(self):
        value = super().get_default()
        if isinstance(value, base.Model):
            return getattr(value, self.target_field.attname)
        return value

    def is_cached(self, instance):
        return self.name in instance._state.fields_cache

    @property
    def reverse_descriptor_class(self):
        return ReverseManyToOneDescriptor


class OneToOneField(ForeignKey):
    many_to_one = False
    one_to_one = True
    internal_type = "OneToOneField"
    rel_class = OneToOneRel

    def __init__(self, to, on_delete=None, to_field=None, **kwargs):
        kwargs["unique"] = True
        super().__init__(to, on_delete, to_field=to_field, **kwargs)

    @property
    def reverse_descriptor_class(self):
        return ReverseOneToOneDescriptor


class ManyToManyField(RelatedField):
    many_to_many = True
    many_to_one = False
    one_to_many = False
    one_to_one = False
    concrete = False
    internal_type = "ManyToManyField"

    def __init__(self, to, related_name=None, related_query_name=None, limit_choices_to=None,
                 symmetrical=None, through=None, through_fields=None, db_constraint=True,
                 db_table=None, **kwargs):
        super().__init__(**kwargs)
        self.remote_field = ManyToManyRel(self, to, related_name=related_name,
                                          related_query_name=related_query_name)
        self.through = through
        self.db_table = db_table

    @property
    def related_model(self):
        return self.remote_field.model

    def get_attname(self):
        return self.name

    def contribute_to_class(self, cls, name):
        self.set_attributes_from_name(name)
        self.column = None
        self.model = cls
        cls._meta.add_field(self)
        setattr(cls, self.name, ManyToManyDescriptor(self, reverse=False))

    def setup_relation(self, cls):
        def resolve(model):
            self.remote_field.model = model
            ropts = model._meta
            if self.through is None:
                self.through = _make_through(self, cls, model)
                self._setup_through(self.through)
            else:
                def got_through(through):
                    self.through = through
                    self._setup_through(through)
                base.lazy_related(cls._meta.app_label, self.through, got_through)
            rel = self.remote_field
            ropts.related_objects.append(rel)
            if not rel.is_hidden():
                setattr(model, rel.get_accessor_name(), ManyToManyDescriptor(self, reverse=True))
        base.lazy_related(cls._meta.app_label, self.remote_field.model, resolve)

    def _setup_through(self, through):
        src = tgt = None
        for f in through._meta.local_fields:
            if f.is_relation and f.remote_field.model is self.model and src is None:
                src = f
            elif f.is_relation and f.remote_field.model is self.remote_field.model:
                tgt = f
        self.m2m_source = src      # through.entry
        self.m2m_target = tgt      # through.author

    def m2m_db_table(self):
        return self.through._meta.db_table

    # Django's names of the through table's two sides (Django sets these
    # as partials in contribute_to_class)
    def m2m_column_name(self):
        return self.m2m_source.column

    def m2m_reverse_name(self):
        return self.m2m_target.column

    def m2m_field_name(self):
        return self.m2m_source.name

    def m2m_reverse_field_name(self):
        return self.m2m_target.name

    def m2m_target_field_name(self):
        return self.m2m_target.target_field.name

    def m2m_reverse_target_field_name(self):
        return self.m2m_source.target_field.name

    def get_path_info(self):
        s, t = self.m2m_source, self.m2m_target
        opts = self.model._meta
        topts = self.through._meta
        ropts = self.remote_field.model._meta
        return [
            PathInfo(opts, topts, (topts.pk,), s, True, False, s.target_field.column, s.column),
            PathInfo(topts, ropts, (t.target_field,), t, False, True, t.column, t.target_field.column),
        ]

    def get_reverse_path_info(self):
        s, t = self.m2m_source, self.m2m_target
        opts = self.model._meta
        topts = self.through._meta
        ropts = self.remote_field.model._meta
        return [
            PathInfo(ropts, topts, (topts.pk,), t, True, False, t.target_field.column, t.column),
            PathInfo(topts, opts, (s.target_field,), s, False, True, s.column, s.target_field.column),
        ]

    def value_from_object(self, obj):
        return [] if obj.pk is None else list(getattr(obj, self.attname).all())


def _make_through(field, model, to):
    from django.db.models.base import Model
    from_name = model._meta.model_name
    to_name = to._meta.model_name
    if from_name == to_name:
        from_name, to_name = "from_%s" % from_name, "to_%s" % to_name
    name = "%s_%s" % (model._meta.object_name, field.name)
    meta = make_class("Meta", "Meta", object, {
        "db_table": field.db_table or "%s_%s" % (model._meta.db_table, field.name),
        "app_label": model._meta.app_label,
        "auto_created": model,
    })
    attrs = {
        "__module__": model.__module__,
        "Meta": meta,
        from_name: ForeignKey(model, related_name="%s+" % name, on_delete=CASCADE),
        to_name: ForeignKey(to, related_name="%s+" % name, on_delete=CASCADE),
    }
    return make_class(name, name, Model, attrs)


# ---------------------------------------------------------------- descriptors

class ForeignKeyDeferredAttribute:
    """blog_id: reading never queries; assigning a different id drops the
    cached Blog."""

    def __init__(self, field):
        self.field = field

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        d = instance.__dict__
        name = self.field.attname
        if name not in d:
            instance.refresh_from_db(fields=[name])
        return d[name]

    def __set__(self, instance, value):
        d = instance.__dict__
        name = self.field.attname
        if d.get(name) != value and self.field.name in instance._state.fields_cache:
            del instance._state.fields_cache[self.field.name]
        d[name] = value


class RelatedObjectDoesNotExistMixin:
    pass


class ForwardManyToOneDescriptor:
    """entry.blog: one query (then cached); None when blog_id is None."""

    def __init__(self, field):
        self.field = field
        self._rodne = None

    @property
    def RelatedObjectDoesNotExist(self):
        if self._rodne is None:
            f = self.field
            self._rodne = make_class("RelatedObjectDoesNotExist",
                                     "%s.%s.RelatedObjectDoesNotExist" % (f.model.__qualname__, f.name),
                                     (f.remote_field.model.DoesNotExist, AttributeError),
                                     {"__module__": f.model.__module__})
        return self._rodne

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        f = self.field
        cache = instance._state.fields_cache
        if f.name in cache:
            rel_obj = cache[f.name]
        else:
            val = getattr(instance, f.attname)
            rel_obj = None
            if val is not None:
                model = f.remote_field.model
                rel_obj = model._base_manager.get_queryset().get(**{f.target_field.attname: val})
                if not f.remote_field.multiple:
                    rel_obj._state.fields_cache[f.remote_field.get_accessor_name()] = instance
            cache[f.name] = rel_obj
        if rel_obj is None and not f.null:
            raise self.RelatedObjectDoesNotExist("%s has no %s." % (type(instance).__name__, f.name))
        return rel_obj

    def __set__(self, instance, value):
        f = self.field
        if value is not None and not isinstance(value, f.remote_field.model._meta.concrete_model):
            raise ValueError('Cannot assign "%r": "%s.%s" must be a "%s" instance.'
                             % (value, type(instance).__name__, f.name,
                                f.remote_field.model._meta.object_name))
        if value is not None:
            if instance._state.db is None:
                instance._state.db = "default"
            if value._state.db is None:
                value._state.db = "default"
        if value is None:
            related = instance._state.fields_cache.get(f.name)
            if related is not None:
                related._state.fields_cache[f.remote_field.get_accessor_name()] = None
            setattr(instance, f.attname, None)
        else:
            setattr(instance, f.attname, getattr(value, f.target_field.attname))
        instance._state.fields_cache[f.name] = value
        if value is not None and not f.remote_field.multiple:
            value._state.fields_cache[f.remote_field.get_accessor_name()] = instance


class ReverseOneToOneDescriptor:
    def __init__(self, rel):
        self.related = rel

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        rel = self.related
        name = rel.get_accessor_name()
        cache = instance._state.fields_cache
        if name in cache:
            obj = cache[name]
        else:
            model = rel.field.model
            try:
                obj = model._base_manager.get_queryset().get(**{rel.field.name: instance})
            except model.DoesNotExist:
                obj = None
            cache[name] = obj
        if obj is None:
            raise self.RelatedObjectDoesNotExist("%s has no %s." % (type(instance).__name__, name))
        return obj

    @property
    def RelatedObjectDoesNotExist(self):
        # Django: type(..., (related_model.DoesNotExist, AttributeError), ...)
        if self.__dict__.get("_rodne") is None:
            rel = self.related
            self._rodne = make_class("RelatedObjectDoesNotExist",
                                     "%s.%s.RelatedObjectDoesNotExist" % (rel.model.__qualname__, rel.name),
                                     (rel.field.model.DoesNotExist, AttributeError),
                                     {"__module__": rel.model.__module__})
        return self._rodne


class ReverseManyToOneDescriptor:
    """blog.entry_set: a manager over Entry filtered on blog."""

    def __init__(self, rel):
        self.rel = rel
        self.field = rel.field

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        if self.field.null:
            return NullableRelatedManager(self.rel, instance)
        return RelatedManager(self.rel, instance)

    def __set__(self, instance, value):
        raise TypeError("Direct assignment to the reverse side of a related set is prohibited. "
                        "Use %s.set() instead." % self.rel.get_accessor_name())


class ManyToManyDescriptor:
    def __init__(self, field, reverse):
        self.field = field
        self.reverse = reverse

    @property
    def through(self):
        return self.field.through

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        return ManyRelatedManager(self.field, instance, self.reverse)

    def __set__(self, instance, value):
        name = self.field.remote_field.get_accessor_name() if self.reverse else self.field.name
        raise TypeError("Direct assignment to the %s side of a many-to-many set is prohibited. "
                        "Use %s.set() instead." % ("reverse" if self.reverse else "forward", name))


def _manager_base():
    from django.db.models.manager import BaseManager
    return BaseManager


class RelatedManager:
    """The manager behind blog.entry_set."""

    # Django makes it in a factory function of related_descriptors
    __module__ = "django.db.models.fields.related_descriptors"
    __qualname__ = "create_reverse_many_to_one_manager.<locals>.RelatedManager"

    def __init__(self, rel, instance):
        self.rel = rel
        self.field = rel.field
        self.instance = instance
        self.model = rel.field.model
        self.core_filters = {self.field.name: instance}

    def __repr__(self):
        return "<django.db.models.fields.related_descriptors.create_reverse_many_to_one_manager.<locals>.RelatedManager object at 0x%x>" % id(self)

    def __str__(self):
        # BaseManager.__str__: a related manager has no name.
        return "%s.None" % self.model._meta.label

    def _check_fk_val(self):
        if self.instance.pk is None:
            raise ValueError('"%r" needs to have a value for field "%s" before this relationship can be used.'
                             % (self.instance, self.field.target_field.attname))

    def get_queryset(self):
        if self.instance.pk is None:
            raise ValueError("%r instance needs to have a primary key value before this "
                             "relationship can be used." % type(self.instance).__name__)
        cache = self.instance.__dict__.get("_prefetched_objects_cache")
        name = self.field.remote_field.get_accessor_name()
        if cache is not None and name in cache:
            return cache[name]
        return self._base_queryset()

    def _base_queryset(self):
        self._check_fk_val()
        return self._apply_rel_filters(self.model._default_manager.get_queryset())

    def _apply_rel_filters(self, qs):
        """qs narrowed to this instance's rows (also what a Prefetch
        queryset becomes once prefetched)."""
        qs = qs.filter(**self.core_filters)
        qs._known_related_objects = {self.field: {self.instance.pk: self.instance}}
        return qs

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        qs = self.get_queryset()
        if name.startswith("_") or not hasattr(qs, name):
            # Django's manager carries the QuerySet's public methods only
            raise AttributeError("'RelatedManager' object has no attribute '%s'" % name)
        return getattr(qs, name)

    def all(self):
        return self.get_queryset()

    def _remove_prefetched_objects(self):
        cache = self.instance.__dict__.get("_prefetched_objects_cache")
        if cache is not None:
            cache.pop(self.field.remote_field.get_accessor_name(), None)

    def create(self, **kwargs):
        self._check_fk_val()
        self._remove_prefetched_objects()
        kwargs[self.field.name] = self.instance
        return self.model._default_manager.create(**kwargs)

    def get_or_create(self, **kwargs):
        # Django calls the manager's method with get_queryset() overridden:
        # the query is the related filter AND the kwargs (which name the
        # instance again)
        self._check_fk_val()
        kwargs[self.field.name] = self.instance
        return self.get_queryset().get_or_create(**kwargs)

    def update_or_create(self, **kwargs):
        self._check_fk_val()
        kwargs[self.field.name] = self.instance
        return self.get_queryset().update_or_create(**kwargs)

    def set(self, objs, bulk=True, clear=False):
        self._check_fk_val()
        self.add(*tuple(objs), bulk=bulk)

    def add(self, *objs, bulk=True):
        from django.db import transaction
        self._check_fk_val()
        self._remove_prefetched_objects()

        def check_and_update_obj(obj):
            if not isinstance(obj, self.model):
                raise TypeError("'%s' instance expected, got %r" % (self.model._meta.object_name, obj))
            setattr(obj, self.field.name, self.instance)

        if not bulk:
            with transaction.atomic(savepoint=False):
                for obj in objs:
                    check_and_update_obj(obj)
                    obj.save()
            return
        pks = []
        for obj in objs:
            check_and_update_obj(obj)
            if obj._state.adding:
                raise ValueError("%r instance isn't saved. Use bulk=False or save the object first." % obj)
            pks.append(obj.pk)
        self.model._base_manager.filter(pk__in=pks).update(**{self.field.name: self.instance})



class NullableRelatedManager(RelatedManager):
    """blog.entry_set when the foreign key is nullable: remove() and
    clear() exist (they set it to NULL), as in Django."""

    def remove(self, *objs, bulk=True):
        pks = [o.pk for o in objs]
        self.model._base_manager.filter(pk__in=pks, **self.core_filters).update(**{self.field.name: None})

    def clear(self, bulk=True):
        self.get_queryset().update(**{self.field.name: None})


class ManyRelatedManager:
    """entry.authors (forward) and author.entry_set (reverse)."""

    # Django makes both in one factory function of related_descriptors
    __module__ = "django.db.models.fields.related_descriptors"
    __qualname__ = "create_forward_many_to_many_manager.<locals>.ManyRelatedManager"

    def __init__(self, field, instance, reverse):
        self.field = field
        self.instance = instance
        self.reverse = reverse
        if not reverse:
            self.model = field.remote_field.model
            self.query_field_name = field.related_query_name()
            self.source_field = field.m2m_source
            self.target_field = field.m2m_target
            self.prefetch_name = field.name
        else:
            self.model = field.model
            self.query_field_name = field.name
            self.source_field = field.m2m_target
            self.target_field = field.m2m_source
            self.prefetch_name = field.remote_field.get_accessor_name()
        self.through = field.through
        if instance.pk is None:
            raise ValueError('"%r" needs to have a value for field "id" before this many-to-many '
                             'relationship can be used.' % instance)
        self.core_filters = {"%s__%s" % (self.query_field_name, self.source_field.target_field.name):
                             instance.pk}

    def __repr__(self):
        return ("<django.db.models.fields.related_descriptors.create_forward_many_to_many_manager."
                "<locals>.ManyRelatedManager object at 0x%x>" % id(self))

    def __str__(self):
        # BaseManager.__str__: a related manager has no name.
        return "%s.None" % self.model._meta.label

    def get_queryset(self):
        cache = self.instance.__dict__.get("_prefetched_objects_cache")
        if cache is not None and self.prefetch_name in cache:
            return cache[self.prefetch_name]
        return self._base_queryset()

    def _base_queryset(self):
        return self._apply_rel_filters(self.model._default_manager.get_queryset())

    def _apply_rel_filters(self, qs):
        return qs._next_is_sticky().filter(**self.core_filters)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        qs = self.get_queryset()
        if name.startswith("_") or not hasattr(qs, name):
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        return getattr(qs, name)

    def all(self):
        return self.get_queryset()

    def _through_rows(self):
        """The through rows of this instance (count() and exists() ask the
        through table alone, as Django 4.1+ does)."""
        return self.through._base_manager.filter(**{self.source_field.attname: self.instance.pk})

    def count(self):
        cache = self.instance.__dict__.get("_prefetched_objects_cache")
        if cache is not None and self.prefetch_name in cache:
            return cache[self.prefetch_name].count()
        return self._through_rows().count()

    def exists(self):
        cache = self.instance.__dict__.get("_prefetched_objects_cache")
        if cache is not None and self.prefetch_name in cache:
            return cache[self.prefetch_name].exists()
        return self._through_rows().exists()

    def _target_ids(self, objs):
        """The target ids of objs (instances or raw ids), as a set: Django
        builds a set, so the INSERT follows set order."""
        ids = set()
        for obj in objs:
            if isinstance(obj, self.model):
                if obj.pk is None:
                    raise ValueError('Cannot add "%r": the value for field "%s" is None'
                                     % (obj, self.target_field.target_field.attname))
                ids.add(obj.pk)
            elif isinstance(obj, base.Model):
                raise TypeError("'%s' instance expected, got %r" % (self.model._meta.object_name, obj))
            else:
                ids.add(self.target_field.target_field.get_prep_value(obj))
        return ids

    def _clear_prefetch(self):
        cache = self.instance.__dict__.get("_prefetched_objects_cache")
        if cache is not None:
            cache.pop(self.prefetch_name, None)

    def add(self, *objs, through_defaults=None):
        from django.db import transaction
        self._clear_prefetch()
        with transaction.atomic(savepoint=False):
            if not objs:
                return
            ids = self._target_ids(objs)
            src = self.source_field.attname
            tgt = self.target_field.attname
            self.through._default_manager.bulk_create(
                [self.through(**{src: self.instance.pk, tgt: i}) for i in ids],
                ignore_conflicts=True)

    def remove(self, *objs):
        from django.db import transaction
        from django.db.models.expressions import Q
        self._clear_prefetch()
        ids = set()
        for obj in objs:
            ids.add(obj.pk if isinstance(obj, base.Model) else obj)
        if not ids:
            return
        with transaction.atomic(savepoint=False):
            self._remove_ids(ids)

    def _remove_ids(self, ids):
        from django.db.models.expressions import Q
        cond = Q(**{self.source_field.name: self.instance.pk}) & \
            Q(**{"%s__in" % self.target_field.name: list(ids)})
        self.through._default_manager.filter(cond)._raw_delete()

    def clear(self):
        from django.db import transaction
        self._clear_prefetch()
        with transaction.atomic(savepoint=False):
            self.through._default_manager.filter(**{self.source_field.name: self.instance.pk})._raw_delete()

    def set(self, objs, clear=False, through_defaults=None):
        from django.db import transaction
        objs = tuple(objs)
        with transaction.atomic(savepoint=False):
            if clear:
                self.clear()
                self.add(*objs)
                return
            old_ids = set(self._base_queryset().values_list(
                self.target_field.target_field.attname, flat=True))
            new_objs = []
            for obj in objs:
                fk = obj.pk if isinstance(obj, base.Model) else \
                    self.target_field.target_field.get_prep_value(obj)
                if fk in old_ids:
                    old_ids.remove(fk)
                else:
                    new_objs.append(obj)
            if old_ids:
                self._clear_prefetch()
                self._remove_ids(old_ids)
            self.add(*new_objs)

    def create(self, through_defaults=None, **kwargs):
        obj = self.get_queryset().create(**kwargs)
        self.add(obj, through_defaults=through_defaults)
        return obj

    def get_or_create(self, through_defaults=None, **kwargs):
        # found through the join, the link exists; created: add() it
        obj, created = self.get_queryset().get_or_create(**kwargs)
        if created:
            self.add(obj, through_defaults=through_defaults)
        return obj, created

    def update_or_create(self, through_defaults=None, **kwargs):
        obj, created = self.get_queryset().update_or_create(**kwargs)
        if created:
            self.add(obj, through_defaults=through_defaults)
        return obj, created
