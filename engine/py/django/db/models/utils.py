"""django.db.models.utils: AltersData, the base of Model, QuerySet and
the related managers. A method overriding one that alters data (save,
delete, update, …: `alters_data = True`, which templates refuse to call)
is marked the same, unless it says otherwise."""


class AltersData:
    def __init_subclass__(cls, **kwargs):
        for name, value in list(vars(cls).items()):
            if not callable(value) or hasattr(value, "alters_data"):
                continue
            for base in cls.__bases__:
                inherited = getattr(base, name, None)
                if inherited is not None:
                    if hasattr(inherited, "alters_data"):
                        value.alters_data = inherited.alters_data
                    break
        super().__init_subclass__(**kwargs)
