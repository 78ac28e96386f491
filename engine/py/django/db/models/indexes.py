"""Meta.indexes / Meta.constraints declarations and the SQL Django 5.2's
SQLite schema editor writes for them (django.db.models.schema assembles
the tables): Index (fields with "-" for DESC, Django's generated name when
none is given, expressions, condition=), UniqueConstraint (CONSTRAINT
"name" UNIQUE (…) inside CREATE TABLE, or a CREATE UNIQUE INDEX when it
has a condition or expressions), CheckConstraint (CONSTRAINT "name" CHECK
(…)). Conditions and expressions are compiled with bare column names and
their parameters written in as literals, as the schema editor does.
"""
from django.db.utils import names_digest


def _q(name):
    return '"%s"' % name


def quote_value(value):
    """The SQLite schema editor's quote_value(): a parameter written into
    DDL as a literal."""
    import datetime
    from decimal import Decimal
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, (Decimal, float, int)):
        return str(value)
    if isinstance(value, (datetime.date, datetime.time)):
        value = value.isoformat(" ") if isinstance(value, datetime.datetime) else value.isoformat()
    if isinstance(value, str):
        return "'%s'" % value.replace("'", "''")
    if value is None:
        return "NULL"
    if isinstance(value, (bytes, bytearray)):
        return "X'%s'" % value.hex()
    raise ValueError("Cannot quote parameter value %r of type %s" % (value, type(value)))


def _bare_query(model):
    from django.db.models.sql.query import Query
    return Query(model, alias_cols=False)


def condition_sql(model, condition):
    """A Q as the WHERE of a partial index or a CHECK: bare column names,
    its parameters written in as literals (Constraint._get_condition_sql)."""
    if condition is None:
        return None
    query = _bare_query(model)
    where = query.build_filter(condition, allow_joins=False)[0]
    sql, params = query.get_compiler().compile(where)
    return sql % tuple(quote_value(p) for p in params)


def expressions_sql(model, expressions):
    """The column list of an expression index (IndexExpression on SQLite):
    a column stays bare, anything else is wrapped in parentheses, under its
    OrderBy (ASC/DESC) when it has one."""
    from django.db.models.expressions import Col, OrderBy
    query = _bare_query(model)
    compiler = query.get_compiler()
    out = []
    for e in expressions:
        order = ""
        if isinstance(e, OrderBy):
            order = " DESC" if e.descending else " ASC"
            e = e.expression
        resolved = e.resolve_expression(query, allow_joins=False)
        sql, params = compiler.compile(resolved)
        if not isinstance(resolved, Col):
            sql = "(%s)" % sql
        out.append((sql % tuple(quote_value(p) for p in params)) + order)
    return ", ".join(out)


class Index:
    suffix = "idx"
    max_name_length = 30

    def __init__(self, *expressions, fields=(), name=None, db_tablespace=None, opclasses=(),
                 condition=None, include=None):
        from django.db.models.expressions import Q, F
        if opclasses and not name:
            raise ValueError("An index must be named to use opclasses.")
        if condition is not None and not isinstance(condition, Q):
            raise ValueError("Index.condition must be a Q instance.")
        if condition and not name:
            raise ValueError("An index must be named to use condition.")
        if not isinstance(fields, (list, tuple)):
            raise ValueError("Index.fields must be a list or tuple.")
        if not isinstance(opclasses, (list, tuple)):
            raise ValueError("Index.opclasses must be a list or tuple.")
        if not expressions and not fields:
            raise ValueError("At least one field or expression is required to define an index.")
        if expressions and fields:
            raise ValueError("Index.fields and expressions are mutually exclusive.")
        if expressions and not name:
            raise ValueError("An index must be named to use expressions.")
        if opclasses and len(fields) != len(opclasses):
            raise ValueError("Index.fields and Index.opclasses must have the same number of elements.")
        if fields and not all(isinstance(f, str) for f in fields):
            raise ValueError("Index.fields must contain only strings with field names.")
        if include and not name:
            raise ValueError("A covering index must be named.")
        if include is not None and not isinstance(include, (list, tuple)):
            raise ValueError("Index.include must be a list or tuple.")
        self.fields = list(fields)
        self.fields_orders = [(f[1:] if f.startswith("-") else f, "DESC" if f.startswith("-") else "")
                              for f in self.fields]
        self.name = name or ""
        self.db_tablespace = db_tablespace
        self.opclasses = opclasses
        self.condition = condition
        self.include = tuple(include) if include else ()
        self.expressions = tuple(F(e) if isinstance(e, str) else e for e in expressions)

    @property
    def contains_expressions(self):
        return bool(self.expressions)

    def set_name_with_model(self, model):
        """Django's generated name: table[:11]_column[:7]_<md5[:6]>_idx."""
        table_name = model._meta.db_table
        column_names = [model._meta.get_field(f).column for f, order in self.fields_orders]
        with_order = [("-%s" if order else "%s") % c for c, (f, order) in zip(column_names, self.fields_orders)]
        hash_data = [table_name] + with_order + [self.suffix]
        self.name = "%s_%s_%s" % (table_name[:11], column_names[0][:7],
                                  "%s_%s" % (names_digest(*hash_data, length=6), self.suffix))
        if len(self.name) > self.max_name_length:
            raise ValueError("Index too long for multiple database support. Is self.suffix longer than 3 "
                             "characters?")
        if self.name[0] == "_" or self.name[0].isdigit():
            self.name = "D%s" % self.name[1:]

    def create_sql(self, model, schema_editor=None, using="", **kwargs):
        """CREATE INDEX "name" ON "table" ("col" [DESC], …) [WHERE …]; an
        expression index lists its expressions; include= is dropped (SQLite
        has no covering indexes)."""
        if not self.name:
            self.set_name_with_model(model)
        if self.expressions:
            columns = expressions_sql(model, self.expressions)
        else:
            cols = []
            for f, order in self.fields_orders:
                c = _q(model._meta.get_field(f).column)
                cols.append("%s %s" % (c, order) if order else c)
            columns = ", ".join(cols)
        condition = condition_sql(model, self.condition)
        return "CREATE INDEX %s ON %s (%s)%s" % (_q(self.name), _q(model._meta.db_table), columns,
                                                 " WHERE " + condition if condition else "")

    def deconstruct(self):
        kwargs = {"name": self.name}
        if self.fields:
            kwargs["fields"] = self.fields
        if self.db_tablespace is not None:
            kwargs["db_tablespace"] = self.db_tablespace
        if self.opclasses:
            kwargs["opclasses"] = self.opclasses
        if self.condition:
            kwargs["condition"] = self.condition
        if self.include:
            kwargs["include"] = self.include
        return ("django.db.models.Index", self.expressions, kwargs)

    def clone(self):
        """A copy of this Index, made from its deconstruction."""
        _, args, kwargs = self.deconstruct()
        return type(self)(*args, **kwargs)

    def __repr__(self):
        return "<%s:%s%s%s%s%s%s%s>" % (
            type(self).__qualname__,
            "" if not self.fields else " fields=%r" % (self.fields,),
            "" if not self.expressions else " expressions=%r" % (self.expressions,),
            "" if not self.name else " name=%r" % (self.name,),
            "" if self.db_tablespace is None else " db_tablespace=%r" % (self.db_tablespace,),
            "" if self.condition is None else " condition=%s" % (self.condition,),
            "" if not self.include else " include=%r" % (self.include,),
            "" if not self.opclasses else " opclasses=%r" % (self.opclasses,),
        )

    def __eq__(self, other):
        if type(self) is type(other):
            return self.deconstruct() == other.deconstruct()
        return NotImplemented

    __hash__ = None


class UniqueConstraint:
    def __init__(self, *expressions, fields=(), name=None, condition=None, deferrable=None, include=None,
                 opclasses=(), nulls_distinct=None, violation_error_code=None, violation_error_message=None):
        if not name:
            raise ValueError("A unique constraint must be named.")
        if not expressions and not fields:
            raise ValueError("At least one field or expression is required to define a unique constraint.")
        if expressions and fields:
            raise ValueError("UniqueConstraint.fields and expressions are mutually exclusive.")
        self.fields = tuple(fields)
        self.expressions = expressions
        self.name = name
        self.condition = condition
        self.deferrable = deferrable
        self.include = tuple(include) if include else ()
        self.opclasses = opclasses
        self.nulls_distinct = nulls_distinct
        self.violation_error_code = violation_error_code
        self.violation_error_message = violation_error_message

    @property
    def contains_expressions(self):
        return bool(self.expressions)

    def _supported(self):
        """What SQLite can enforce (_unique_supported): no deferrable, no
        include, no nulls_distinct."""
        return not self.deferrable and not self.include and self.nulls_distinct is None

    def constraint_sql(self, model, schema_editor=None):
        """CONSTRAINT "name" UNIQUE ("a", "b") inside CREATE TABLE; None for
        the kinds Django creates as a separate unique index (create_sql(),
        which the schema editor queues) or SQLite cannot have."""
        if not self._supported() or self.condition is not None or self.expressions:
            return None
        cols = ", ".join(_q(model._meta.get_field(f).column) for f in self.fields)
        return "CONSTRAINT %s UNIQUE (%s)" % (_q(self.name), cols)

    def create_sql(self, model, schema_editor=None):
        """CREATE UNIQUE INDEX "name" ON "table" (…) [WHERE …] for a
        conditional or expression constraint; None when SQLite cannot
        have it (plain ones are written into CREATE TABLE instead)."""
        if not self._supported():
            return None
        if self.expressions:
            columns = expressions_sql(model, self.expressions)
        else:
            columns = ", ".join(_q(model._meta.get_field(f).column) for f in self.fields)
        condition = condition_sql(model, self.condition)
        return "CREATE UNIQUE INDEX %s ON %s (%s)%s" % (
            _q(self.name), _q(model._meta.db_table), columns, " WHERE " + condition if condition else "")

    def remove_sql(self, model, schema_editor=None):
        if not self._supported():
            return None
        return "DROP INDEX %s" % _q(self.name)

    def __repr__(self):
        return "<%s:%s%s%s>" % (
            type(self).__qualname__,
            "" if not self.fields else " fields=%r" % (self.fields,),
            "" if not self.expressions else " expressions=%r" % (self.expressions,),
            " name=%r" % (self.name,),
        )


class CheckConstraint:
    def __init__(self, *, condition=None, check=None, name=None, violation_error_code=None,
                 violation_error_message=None):
        self.condition = condition if condition is not None else check
        self.name = name
        self.violation_error_code = violation_error_code
        self.violation_error_message = violation_error_message

    def constraint_sql(self, model, schema_editor=None):
        """CONSTRAINT "name" CHECK (…) inside CREATE TABLE."""
        return "CONSTRAINT %s CHECK (%s)" % (_q(self.name), condition_sql(model, self.condition))

    def __repr__(self):
        return "<%s: condition=%s name=%r>" % (type(self).__qualname__, self.condition, self.name)
