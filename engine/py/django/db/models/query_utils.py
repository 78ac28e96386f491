"""django.db.models.query_utils: RegisterLookupMixin, the registry of the
lookups and transforms a field class answers to (Field's base, as in
Django): Field.register_lookup(NotEqual) makes `field__ne` work on every
field, IntegerField.register_lookup(AbsoluteValue) `rating__abs__lt` on
integer fields; _unregister_lookup() undoes it."""


class RegisterLookupMixin:
    @classmethod
    def register_lookup(cls, lookup, lookup_name=None):
        if lookup_name is None:
            lookup_name = lookup.lookup_name
        if "class_lookups" not in cls.__dict__:
            cls.class_lookups = {}
        cls.class_lookups[lookup_name] = lookup
        return lookup

    @classmethod
    def _unregister_lookup(cls, lookup, lookup_name=None):
        if lookup_name is None:
            lookup_name = lookup.lookup_name
        del cls.class_lookups[lookup_name]

    @classmethod
    def get_lookups(cls):
        """Every lookup and transform by name: the built-in ones, then what
        the class and its bases registered (the nearest wins)."""
        from django.db.models import lookups
        lookups.load_functions()
        found = dict(lookups.LOOKUPS)
        for klass in reversed(cls.__mro__):
            found.update(klass.__dict__.get("class_lookups", {}))
        return found

    def get_lookup(self, lookup_name):
        from django.db.models import lookups
        return lookups.get_lookup(self, lookup_name)

    def get_transform(self, lookup_name):
        from django.db.models import lookups
        return lookups.get_transform(self, lookup_name)
