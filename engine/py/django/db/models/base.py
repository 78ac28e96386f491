"""Model classes: the Model base, its _meta (Options), the app registry and
instance behaviour (init, save, delete, refresh_from_db, equality, pickling).

A class statement `class Entry(models.Model)` runs Model.__init_subclass__,
which plays the part of Django's ModelBase metaclass: it collects the
fields from the class body, builds _meta, adds the `id` primary key, the
per-model DoesNotExist / MultipleObjectsReturned, the default manager, and
wires relations (resolving lazy "app.Model" references when the target is
created later).
"""
from django.db.models.utils import AltersData
from _ormkata_orm import make_class
from django.core import exceptions
from django.core.exceptions import ObjectDoesNotExist, MultipleObjectsReturned, FieldDoesNotExist
from django.db.models.fields import Field, AutoField, NOT_PROVIDED

DJANGO_VERSION_PICKLE_KEY = "_django_version"     # Django's django.db.utils

DEFERRED = object()

_models = {}          # "blog.entry" -> model class
_pending = {}         # "blog.entry" -> [callbacks waiting for that model]


def get_model(label):
    return _models.get(label.lower())


def lazy_related(app_label, ref, callback):
    """Call callback(model) once the model `ref` (a class, "Model" in
    app_label, or "app.Model") exists."""
    if isinstance(ref, type):
        callback(ref)
        return
    key = ref if "." in ref else "%s.%s" % (app_label, ref)
    key = key.lower()
    if key in _models:
        callback(_models[key])
    else:
        _pending.setdefault(key, []).append(callback)


def _normalize_together(option_together):
    """Django's normalize_together: a tuple of tuples (a single pair is
    wrapped); anything else is kept as given, for the checks to report."""
    try:
        if not option_together:
            return ()
        if not isinstance(option_together, (tuple, list)):
            raise TypeError
        if not isinstance(option_together[0], (tuple, list)):
            option_together = (option_together,)
        return tuple(tuple(ot) for ot in option_together)
    except TypeError:
        return option_together


class Options:
    """A model's _meta."""

    def __init__(self, model, meta, app_label):
        self.model = model
        self.concrete_model = model
        self.object_name = model.__name__
        self.model_name = self.object_name.lower()
        self.app_label = getattr(meta, "app_label", app_label)
        self.db_table = getattr(meta, "db_table", "%s_%s" % (self.app_label, self.model_name))
        self.ordering = list(getattr(meta, "ordering", []))
        self.get_latest_by = getattr(meta, "get_latest_by", None)
        self.verbose_name = getattr(meta, "verbose_name", _camel_to_words(self.object_name))
        self.verbose_name_plural = getattr(meta, "verbose_name_plural", self.verbose_name + "s")
        self.unique_together = [] if meta is None else _normalize_together(
            getattr(meta, "unique_together", ()))
        self.indexes = list(getattr(meta, "indexes", []))
        self.constraints = list(getattr(meta, "constraints", []))
        self.abstract = getattr(meta, "abstract", False)
        self.default_related_name = getattr(meta, "default_related_name", None)
        self.local_fields = []
        self.local_many_to_many = []
        self.related_objects = []
        self.pk = None
        self.auto_field = None
        self.managers = []
        self.parents = {}
        self._forward = {}
        self.proxy = bool(getattr(meta, "proxy", False))
        self.proxy_for_model = None

    @property
    def label(self):
        return "%s.%s" % (self.app_label, self.object_name)

    @property
    def label_lower(self):
        return "%s.%s" % (self.app_label, self.model_name)

    def __repr__(self):
        return "<Options for %s>" % self.object_name

    def __str__(self):
        return self.label_lower

    def add_field(self, field):
        if field.many_to_many:
            self.local_many_to_many.append(field)
        elif field.auto_created and field.primary_key:
            self.local_fields.insert(0, field)
        else:
            self.local_fields.append(field)
        if field.primary_key and self.pk is None:
            self.pk = field
            field.serialize = False     # Django's Options.setup_pk
        self._forward[field.name] = field
        if field.attname != field.name:
            self._forward[field.attname] = field

    @property
    def fields(self):
        # Django's Options.fields: the forward fields but many-to-many ones
        return list(self.local_fields)

    @property
    def concrete_fields(self):
        return self.local_fields

    @property
    def local_concrete_fields(self):
        return self.local_fields

    @property
    def many_to_many(self):
        return self.local_many_to_many

    def get_fields(self, include_hidden=False):
        rels = self.related_objects if include_hidden else [r for r in self.related_objects if not r.is_hidden()]
        return rels + self.local_fields + self.local_many_to_many

    def get_field(self, name):
        f = self._forward.get(name)
        if f is not None:
            return f
        for rel in self.related_objects:
            if rel.name == name:
                return rel
        raise FieldDoesNotExist("%s has no field named '%s'" % (self.object_name, name))

    def field_names_for_error(self):
        names = set()
        for f in self.get_fields():
            names.add(f.name)
            if f.concrete:
                names.add(f.attname)
        return sorted(names)


def _camel_to_words(name):
    out = ""
    for i, ch in enumerate(name):
        if ch.isupper() and i and not name[i - 1].isupper():
            out += " "
        out += ch.lower()
    return out


class ModelStateFieldsCacheDescriptor:
    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        res = instance.fields_cache = {}
        return res


class ModelState:
    """Store model instance state: as Django's, `db` and `adding` are class
    defaults until set and `fields_cache` is made on first use, so vars()
    of a state shows what happened to the instance."""

    db = None
    adding = True
    fields_cache = ModelStateFieldsCacheDescriptor()


class DeferredAttribute:
    """Class attribute for a concrete field. Instance dicts hold loaded
    values, so this runs only for a deferred field (only()/defer()), which
    it loads with one query as Django does."""

    def __init__(self, field):
        self.field = field

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        name = self.field.attname
        if name not in instance.__dict__:
            instance.refresh_from_db(fields=[name])
        return instance.__dict__[name]


def _subclass_exception(name, bases, module, qualname):
    return make_class(name, qualname, tuple(bases), {"__module__": module})


def _model_unpickle(label):
    model = get_model(label)
    return model.__new__(model)


class ModelBase(type):
    """Metaclass for all models. Django's ModelBase.__new__ builds each
    model; here Model.__init_subclass__ does (_prepare_model), so this
    only gives models Django's type: type(Entry) is ModelBase."""


class Model(AltersData, metaclass=ModelBase):
    @classmethod
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _prepare_model(cls)

    def __init__(self, *args, **kwargs):
        opts = self._meta
        self._state = ModelState()
        d = self.__dict__
        fields = opts.concrete_fields
        if len(args) > len(fields):
            raise IndexError("Number of args exceeds number of fields")
        i = 0
        for val in args:
            f = fields[i]
            i += 1
            if val is DEFERRED:
                continue
            if f.is_relation:
                setattr(self, f.attname, val)   # its descriptor looks at the cache
            else:
                d[f.attname] = val
            if f.is_relation and f.name in kwargs:
                raise TypeError("%s() got both positional and keyword arguments for field '%s'."
                                % (type(self).__name__, f.name))
        for f in fields[i:]:
            is_related_object = False
            val = NOT_PROVIDED
            if kwargs:
                if f.is_relation and f.name in kwargs:
                    rel_obj = kwargs.pop(f.name)
                    is_related_object = True
                    if f.attname in kwargs:
                        raise TypeError("%s() got both '%s' and '%s'." % (type(self).__name__, f.name, f.attname))
                    val = rel_obj
                elif f.attname in kwargs:
                    val = kwargs.pop(f.attname)
            if val is NOT_PROVIDED:
                val = f.get_default()
            if val is DEFERRED:
                continue
            if is_related_object:
                setattr(self, f.name, val)
            elif f.is_relation:
                setattr(self, f.attname, val)
            else:
                d[f.attname] = val
        if kwargs:
            cls = type(self)
            unexpected = ()
            for prop, value in list(kwargs.items()):
                if prop in opts._forward or _is_property(cls, prop):
                    if value is not DEFERRED:
                        setattr(self, prop, value)
                else:
                    unexpected += (prop,)
            if unexpected:
                raise TypeError("%s() got unexpected keyword arguments: %s"
                                % (cls.__name__, ", ".join("'%s'" % p for p in unexpected)))

    @classmethod
    def from_db(cls, db, field_names, values):
        # Django's from_db is cls(*values): __init__ sets _state first, and
        # a foreign key id's setter makes the state's fields_cache
        new = cls.__new__(cls)
        d = new.__dict__
        st = d["_state"] = ModelState()
        for name, val in zip(field_names, values):
            d[name] = val
        for f in cls._meta.concrete_fields:
            if f.is_relation and d.get(f.attname) is not None:
                st.fields_cache
                break
        st.adding = False
        st.db = db
        return new

    def __repr__(self):
        return "<%s: %s>" % (type(self).__name__, self)

    def __str__(self):
        return "%s object (%s)" % (type(self).__name__, self.pk)

    def __eq__(self, other):
        if not isinstance(other, Model):
            return NotImplemented
        if self._meta.concrete_model != other._meta.concrete_model:
            return False
        my_pk = self.pk
        if my_pk is None:
            return self is other
        return my_pk == other.pk

    def __hash__(self):
        if self.pk is None:
            raise TypeError("Model instances without primary key value are unhashable")
        return hash(self.pk)

    def __getstate__(self):
        import copy
        state = self.__dict__.copy()
        state["_state"] = copy.copy(state["_state"])
        state["_state"].fields_cache = state["_state"].fields_cache.copy()
        return state

    def __reduce__(self):
        data = self.__getstate__()
        import django
        data[DJANGO_VERSION_PICKLE_KEY] = django.__version__
        return (_model_unpickle, (self._meta.label,), data)

    def __setstate__(self, state):
        self.__dict__.update(state)

    def _get_pk_val(self, meta=None):
        return getattr(self, (meta or self._meta).pk.attname)

    def _set_pk_val(self, value):
        return setattr(self, self._meta.pk.attname, value)

    pk = property(_get_pk_val, _set_pk_val)

    def _get_next_or_previous_by_FIELD(self, field, is_next, **kwargs):
        if not self.pk:
            raise ValueError("get_next/get_previous cannot be used on unsaved objects.")
        from django.db.models.expressions import Q
        op = "gt" if is_next else "lt"
        order = "" if is_next else "-"
        param = getattr(self, field.attname)
        q = Q.create([(field.name, param), ("pk__%s" % op, self.pk)], connector=Q.AND)
        q = Q.create([q, ("%s__%s" % (field.name, op), param)], connector=Q.OR)
        qs = (type(self)._default_manager.filter(**kwargs).filter(q)
              .order_by("%s%s" % (order, field.name), "%spk" % order))
        try:
            return qs[0]
        except IndexError:
            raise self.DoesNotExist("%s matching query does not exist." % type(self)._meta.object_name)

    def get_deferred_fields(self):
        return {f.attname for f in self._meta.concrete_fields if f.attname not in self.__dict__}

    def serializable_value(self, field_name):
        try:
            field = self._meta.get_field(field_name)
        except FieldDoesNotExist:
            return getattr(self, field_name)
        return getattr(self, field.attname)

    # ---- database operations

    def refresh_from_db(self, using=None, fields=None, from_queryset=None):
        if fields is not None:
            # a prefetched relation named in fields is only dropped
            prefetched = self.__dict__.get("_prefetched_objects_cache", {})
            wanted = []
            for name in fields:
                if name in prefetched:
                    del prefetched[name]
                elif name not in wanted:
                    wanted.append(name)
            fields = wanted
            if not fields:
                return
            if any("__" in name for name in fields):
                raise ValueError('Found "__" in fields argument. Relations and transforms '
                                 'are not allowed in fields.')
        qs = (from_queryset if from_queryset is not None else type(self)._base_manager.get_queryset())
        qs = qs.filter(pk=self.pk)
        deferred = self.get_deferred_fields()
        if fields is not None:
            qs = qs.only(*fields)
        elif deferred:
            # reload what was loaded; deferred fields stay deferred
            qs = qs.only(*[f.attname for f in self._meta.concrete_fields if f.attname not in deferred])
        db_instance = qs.get()
        opts = self._meta
        for f in opts.concrete_fields:
            if f.attname not in db_instance.__dict__:
                continue
            self.__dict__[f.attname] = db_instance.__dict__[f.attname]
            if f.is_relation:
                cache = self._state.fields_cache
                db_cache = db_instance._state.fields_cache
                if f.name in db_cache:
                    cache[f.name] = db_cache[f.name]
                elif f.name in cache:
                    del cache[f.name]
        if fields is None:
            for f in opts.local_many_to_many:
                pass
            self._state.fields_cache.clear()
            self.__dict__.pop("_prefetched_objects_cache", None)
        self._state.db = db_instance._state.db

    def save(self, *args, force_insert=False, force_update=False, using=None, update_fields=None):
        if args:
            names = ("force_insert", "force_update", "using", "update_fields")
            if len(args) > len(names):
                raise TypeError("Model.save() takes from 1 to 5 positional arguments but %d were given"
                                % (len(args) + 1))
            vals = dict(zip(names, args))
            force_insert = vals.get("force_insert", force_insert)
            force_update = vals.get("force_update", force_update)
            update_fields = vals.get("update_fields", update_fields)
        self._prepare_related_fields_for_save("save")
        if force_insert and (force_update or update_fields):
            raise ValueError("Cannot force both insert and updating in model saving.")
        if update_fields is not None:
            if not update_fields:
                return
            update_fields = frozenset(update_fields)
            names = set()
            for f in self._meta.concrete_fields:
                if not f.primary_key:
                    names.add(f.name)
                    if f.attname != f.name:
                        names.add(f.attname)
            bad = update_fields - names
            if bad:
                raise ValueError("The following fields do not exist in this model, are m2m fields, "
                                 "primary keys, or are non-concrete fields: %s" % ", ".join(sorted(bad)))
        elif not force_insert and not self._state.adding:
            # a deferred instance saves only the fields it loaded (Django:
            # an automatic update_fields save)
            deferred = self.get_deferred_fields()
            if deferred:
                loaded = [f.attname for f in self._meta.concrete_fields
                          if not f.primary_key and f.attname not in deferred]
                if loaded:
                    update_fields = frozenset(loaded)
        from django.db import transaction
        with transaction.mark_for_rollback_on_error():
            self._save_table(force_insert, force_update, update_fields)
        self._state.db = "default"
        self._state.adding = False

    def _prepare_related_fields_for_save(self, operation_name, fields=None):
        for field in self._meta.concrete_fields:
            if fields and field not in fields:
                continue
            if not field.is_relation:
                continue
            cache = self._state.fields_cache
            if field.name not in cache:
                continue
            obj = cache[field.name]
            if obj is None:
                continue
            if obj.pk is None:
                if not field.remote_field.multiple:
                    cache.pop(field.name, None)
                raise ValueError("%s() prohibited to prevent data loss due to unsaved related object '%s'."
                                 % (operation_name, field.name))
            if getattr(self, field.attname) in (None, ""):
                setattr(self, field.name, obj)
            if getattr(obj, field.target_field.attname) != getattr(self, field.attname):
                cache.pop(field.name, None)

    def _save_table(self, force_insert, force_update, update_fields):
        from django.db.models.sql.query import Query
        from django.db.models.sql.compiler import execute_insert, execute_update
        from django.db import DatabaseError
        meta = self._meta
        pk_val = self.pk
        pk_set = pk_val is not None
        if not pk_set and (force_update or update_fields):
            raise ValueError("Cannot force an update in save() with no primary key.")
        non_pks = [f for f in meta.local_concrete_fields if not f.primary_key]
        if update_fields:
            non_pks = [f for f in non_pks if f.name in update_fields or f.attname in update_fields]
        updated = False
        if (not force_insert and self._state.adding and meta.pk.has_default()):
            force_insert = True
        if pk_set and not force_insert:
            values = [(f, f.pre_save(self, False)) for f in non_pks]
            forced_update = update_fields or force_update
            rows = execute_update(type(self), values, pk_val) if values else None
            if values:
                updated = rows > 0
            else:
                updated = type(self)._base_manager.filter(pk=pk_val).exists()
            if force_update and not updated:
                raise DatabaseError("Forced update did not affect any rows.")
            if update_fields and not updated:
                raise DatabaseError("Save with update_fields did not affect any rows.")
        if not updated:
            fields = meta.local_concrete_fields
            if not pk_set:
                fields = [f for f in fields if f is not meta.auto_field]
            # Django always asks for the auto field back (RETURNING), even
            # when the pk was given.
            new_pk = execute_insert(self, fields, returning=meta.auto_field is not None)
            if new_pk is not None:
                setattr(self, meta.pk.attname, new_pk)

    save.alters_data = True

    def delete(self, using=None, keep_parents=False):
        from django.db.models.deletion import Collector
        if self.pk is None:
            raise ValueError("%s object can't be deleted because its %s attribute is set to None."
                             % (self._meta.object_name, self._meta.pk.attname))
        collector = Collector()
        collector.collect([self], keep_parents=keep_parents)
        return collector.delete()

    delete.alters_data = True

    def full_clean(self, exclude=None, validate_unique=True, validate_constraints=True):
        """Django's: clean_fields(), clean() (run even when fields failed),
        then the unique checks of the fields that passed; one
        ValidationError with every message."""
        errors = {}
        exclude = set(exclude or ())
        try:
            self.clean_fields(exclude=exclude)
        except exceptions.ValidationError as e:
            errors = e.update_error_dict(errors)
        try:
            self.clean()
        except exceptions.ValidationError as e:
            errors = e.update_error_dict(errors)
        if validate_unique:
            for name in errors:
                if name != exceptions.NON_FIELD_ERRORS:
                    exclude.add(name)
            try:
                self.validate_unique(exclude=exclude)
            except exceptions.ValidationError as e:
                errors = e.update_error_dict(errors)
        if errors:
            raise exceptions.ValidationError(errors)

    def clean_fields(self, exclude=None):
        errors = {}
        exclude = set(exclude or ())
        for f in self._meta.concrete_fields:
            if f.name in exclude or f.auto_created:
                continue
            raw = getattr(self, f.attname)
            if f.blank and raw in ("", None):
                continue
            try:
                setattr(self, f.attname, f.clean(raw, self))
            except exceptions.ValidationError as e:
                errors[f.name] = e.error_list
        if errors:
            raise exceptions.ValidationError(errors)

    def validate_unique(self, exclude=None):
        """Django's unique checks: one exists() query per unique field (and
        unique_together) whose values are all set; the primary key only
        while adding."""
        exclude = set(exclude or ())
        opts = self._meta
        checks = [(f.name,) for f in opts.concrete_fields if f.unique and f.name not in exclude]
        for names in opts.unique_together:
            if not any(n in exclude for n in names):
                checks.append(tuple(names))
        errors = {}
        for names in checks:
            lookup = {}
            for n in names:
                f = opts.get_field(n)
                value = getattr(self, f.attname)
                if value is None or (f.primary_key and not self._state.adding):
                    continue
                lookup[n] = value
            if len(lookup) != len(names):
                continue
            qs = type(self)._default_manager.filter(**lookup)
            if not self._state.adding and self.pk is not None:
                qs = qs.exclude(pk=self.pk)
            if qs.exists():
                name = opts.verbose_name
                name = name[:1].upper() + name[1:]
                if len(names) == 1:
                    label = opts.get_field(names[0]).verbose_name
                    msg = "%s with this %s already exists." % (name, label[:1].upper() + label[1:])
                    errors.setdefault(names[0], []).append(exceptions.ValidationError(msg, code="unique"))
                else:
                    labels = [opts.get_field(n).verbose_name for n in names]
                    labels = [x[:1].upper() + x[1:] for x in labels]
                    msg = "%s with this %s already exists." % (
                        name, " and ".join([", ".join(labels[:-1]), labels[-1]]) if len(labels) > 1 else labels[0])
                    errors.setdefault(exceptions.NON_FIELD_ERRORS, []).append(
                        exceptions.ValidationError(msg, code="unique_together"))
        if errors:
            raise exceptions.ValidationError(errors)

    def clean(self):
        pass


def _is_property(cls, name):
    for k in cls.__mro__:
        if name in k.__dict__:
            return isinstance(k.__dict__[name], property)
    return False


def _prepare_model(cls):
    """Django's ModelBase.__new__ + Options.contribute_to_class + _prepare."""
    module = cls.__module__
    meta = cls.__dict__.get("Meta")
    if meta is not None:
        del cls.Meta
    app_label = module.split(".")[-2] if module.endswith(".models") and "." in module else module.split(".")[0]
    if meta is not None and getattr(meta, "abstract", False):
        cls._meta = Options(cls, meta, app_label)
        cls._meta.abstract = True
        cls._abstract_fields = [(k, v) for k, v in list(cls.__dict__.items()) if isinstance(v, Field)]
        for k, v in cls._abstract_fields:
            delattr(cls, k)
        return
    opts = Options(cls, meta, app_label)
    cls._meta = opts
    if opts.proxy:
        _setup_proxy(cls, opts, meta)
    # Fields inherited from abstract parents come first, as in Django.
    inherited = []
    for base in reversed(cls.__mro__[1:]):
        for k, v in base.__dict__.get("_abstract_fields", ()):
            inherited.append((k, _clone_field(v)))
    own = [(k, v) for k, v in list(cls.__dict__.items()) if isinstance(v, Field)]
    if meta is None:
        for base in cls.__mro__[1:]:
            bm = base.__dict__.get("_meta")
            if bm is not None and bm.abstract and bm.ordering:
                opts.ordering = list(bm.ordering)
                break
    if opts.proxy and own:
        # Django only reports this from its system checks (models.E017);
        # here the fields would land in the concrete model's list.
        from django.core.exceptions import FieldError
        raise FieldError("Proxy model '%s' contains model fields." % cls.__name__)
    for name, field in inherited + own:
        if name in cls.__dict__:
            delattr(cls, name)
        field.contribute_to_class(cls, name)
    if opts.pk is None:
        auto = AutoField(verbose_name="ID", primary_key=True, auto_created=True)
        auto.contribute_to_class(cls, "id")
    for f in opts.local_fields:
        if isinstance(f, AutoField):
            opts.auto_field = f
    for f in opts.local_fields:
        if not f.is_relation:
            setattr(cls, f.attname, DeferredAttribute(f))
    parents = tuple(b for b in cls.__bases__ if hasattr(b, "_meta") and b is not Model)
    dne_bases = tuple(b.DoesNotExist for b in parents if not b._meta.abstract and hasattr(b, "DoesNotExist")) or (ObjectDoesNotExist,)
    mor_bases = tuple(b.MultipleObjectsReturned for b in parents if not b._meta.abstract and hasattr(b, "MultipleObjectsReturned")) or (MultipleObjectsReturned,)
    cls.DoesNotExist = _subclass_exception("DoesNotExist", dne_bases, module, cls.__qualname__ + ".DoesNotExist")
    cls.MultipleObjectsReturned = _subclass_exception(
        "MultipleObjectsReturned", mor_bases, module, cls.__qualname__ + ".MultipleObjectsReturned")
    from django.db.models.manager import Manager
    managers = [(k, v) for k, v in list(cls.__dict__.items()) if isinstance(v, Manager)]
    for base in cls.__mro__[1:]:
        bm = base.__dict__.get("_meta")
        if bm is not None and bm.abstract:
            for k, v in base.__dict__.items():
                if isinstance(v, Manager) and k not in cls.__dict__:
                    managers.append((k, v._copy()))
        elif bm is not None and opts.proxy:
            # A proxy inherits its concrete parents' managers (Django's
            # _meta.managers walks the MRO), bound to the proxy.
            for m in bm.managers:
                if m.name not in cls.__dict__ and all(m.name != k for k, _ in managers):
                    managers.append((m.name, m._copy()))
    if not managers:
        if "objects" in opts._forward:
            raise ValueError("Model %s must specify a custom Manager, because it has a field named 'objects'."
                             % cls.__qualname__)
        managers = [("objects", Manager())]
    for name, mgr in managers:
        mgr = mgr._copy()
        mgr.contribute_to_class(cls, name)
    opts.default_manager = opts.managers[0]
    base_mgr = Manager()
    base_mgr.name = "_base_manager"
    base_mgr.model = cls
    cls._base_manager = base_mgr
    cls._default_manager = opts.default_manager
    for f in opts.local_fields + opts.local_many_to_many:
        if f.is_relation and not opts.proxy:
            f.setup_relation(cls)
    # Give the class a docstring -- its definition (Django's ModelBase._prepare)
    if cls.__dict__.get("__doc__") is None:
        cls.__doc__ = "%s(%s)" % (cls.__name__, ", ".join(f.name for f in opts.fields))
    label = opts.label_lower
    _models[label] = cls
    for cb in _pending.pop(label, []):
        cb(cls)


def _setup_proxy(cls, opts, meta):
    """Meta.proxy = True: the one concrete parent's table, fields, pk and
    reverse relations (shared, as Django's proxies see the concrete
    model's), its Meta.ordering/get_latest_by unless given."""
    base = None
    for parent in cls.__bases__:
        pm = getattr(parent, "_meta", None)
        if pm is None or parent is Model:
            continue
        if pm.abstract:
            if pm.fields or getattr(parent, "_abstract_fields", None):
                raise TypeError("Abstract base class containing model fields not permitted for "
                                "proxy model '%s'." % cls.__name__)
            continue
        if base is None:
            base = parent
        elif pm.concrete_model is not base._meta.concrete_model:
            raise TypeError("Proxy model '%s' has more than one non-abstract model base class."
                            % cls.__name__)
    if base is None:
        raise TypeError("Proxy model '%s' has no non-abstract model base class." % cls.__name__)
    bm = base._meta
    opts.proxy_for_model = base
    opts.concrete_model = bm.concrete_model
    opts.db_table = bm.db_table
    opts.pk = bm.pk
    opts.auto_field = bm.auto_field
    opts.local_fields = bm.local_fields
    opts.local_many_to_many = bm.local_many_to_many
    opts.related_objects = bm.related_objects
    opts._forward = bm._forward
    if not hasattr(meta, "ordering"):
        opts.ordering = list(bm.ordering)
    if not hasattr(meta, "get_latest_by"):
        opts.get_latest_by = bm.get_latest_by


def _clone_field(field):
    new = type(field).__new__(type(field))
    new.__dict__.update(field.__dict__)
    new.creation_counter = field.creation_counter
    return new
