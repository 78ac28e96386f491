"""Managers: Entry.objects — the entry point that hands out QuerySets.

A Manager proxies every public QuerySet method to a fresh
get_queryset(), so `Entry.objects.filter(...)` builds a new QuerySet and
runs nothing.
"""
from _ormkata_orm import make_class
from django.db.models.query import QuerySet

_PROXIED = (
    "iterator", "aggregate", "count", "get", "create", "bulk_create", "bulk_update",
    "get_or_create", "update_or_create", "earliest", "latest", "first", "last", "in_bulk",
    "update", "exists", "contains", "explain", "raw", "values", "values_list", "dates", "datetimes", "none",
    "filter", "exclude", "complex_filter", "union", "intersection", "difference",
    "select_for_update", "select_related", "prefetch_related", "annotate", "alias", "order_by",
    "distinct", "extra", "reverse", "defer", "only", "using",
)


class BaseManager:
    _queryset_class = QuerySet

    def __init__(self):
        self.model = None
        self.name = None
        self._db = None

    def __str__(self):
        return "%s.%s" % (self.model._meta.label, self.name)

    def _copy(self):
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        return new

    def contribute_to_class(self, cls, name):
        self.name = self.name or name
        self.model = cls
        setattr(cls, name, ManagerDescriptor(self))
        cls._meta.managers.append(self)

    def get_queryset(self):
        return self._queryset_class(model=self.model, using=self._db)

    def all(self):
        return self.get_queryset()

    def db_manager(self, using=None, hints=None):
        return self

    @property
    def db(self):
        return "default"

    def check(self, **kwargs):
        return []

    @classmethod
    def _get_queryset_methods(cls, queryset_class):
        """Manager methods for the public functions of queryset_class (and
        those marked queryset_only = False) the manager lacks."""
        methods = {}
        for klass in queryset_class.__mro__:
            for name, value in klass.__dict__.items():
                if name in methods or hasattr(cls, name) or not _is_function(value):
                    continue
                only = getattr(value, "queryset_only", None)
                if only or (only is None and name.startswith("_")):
                    continue
                methods[name] = _make_proxy(name)
        return methods

    @classmethod
    def from_queryset(cls, queryset_class, class_name=None):
        if class_name is None:
            class_name = "%sFrom%s" % (cls.__name__, queryset_class.__name__)
        ns = {"_queryset_class": queryset_class, "__module__": cls.__module__}
        ns.update(cls._get_queryset_methods(queryset_class))
        # kata Python has no three-argument type(); make_class builds it.
        return make_class(class_name, class_name, cls, ns)

    def __eq__(self, other):
        return isinstance(other, type(self)) and self.model is other.model and self.name == other.name

    def __hash__(self):
        return id(self)


def _is_function(value):
    """inspect.isfunction(): a plain def (not a class, classmethod,
    staticmethod or property)."""
    return type(value) is type(_is_function)


def _make_proxy(name):
    def proxy(self, *args, **kwargs):
        return getattr(self.get_queryset(), name)(*args, **kwargs)
    proxy.__name__ = name
    return proxy


# Django's Manager is BaseManager.from_queryset(QuerySet): the QuerySet
# methods live on that generated class, not on BaseManager.
BaseManagerFromQuerySet = make_class(
    "BaseManagerFromQuerySet", "BaseManagerFromQuerySet", BaseManager,
    dict({_n: _make_proxy(_n) for _n in _PROXIED}, _queryset_class=QuerySet, __module__=__name__))


class Manager(BaseManagerFromQuerySet):
    pass


class ManagerDescriptor:
    def __init__(self, manager):
        self.manager = manager

    def __get__(self, instance, cls=None):
        if instance is not None:
            raise AttributeError("Manager isn't accessible via %s instances" % cls.__name__)
        if cls._meta.abstract:
            raise AttributeError("Manager isn't available; %s is abstract" % cls._meta.object_name)
        return self.manager


class EmptyManager(Manager):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def get_queryset(self):
        return super().get_queryset().none()
