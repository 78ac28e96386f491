"""Meta.indexes / Meta.constraints declarations (the indexes issue
creates them in the database)."""


class Index:
    def __init__(self, *expressions, fields=(), name=None, db_tablespace=None, opclasses=(),
                 condition=None, include=None):
        self.fields = list(fields)
        self.expressions = expressions
        self.name = name or ""
        self.condition = condition

    def __repr__(self):
        return "<Index: fields=%s name=%r>" % (", ".join("'%s'" % f for f in self.fields), self.name)


class UniqueConstraint:
    def __init__(self, *expressions, fields=(), name=None, condition=None, **kwargs):
        self.fields = tuple(fields)
        self.name = name
        self.condition = condition


class CheckConstraint:
    def __init__(self, *, condition=None, check=None, name=None, **kwargs):
        self.condition = condition if condition is not None else check
        self.name = name
