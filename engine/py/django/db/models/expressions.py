"""Query expressions: columns (Col), F() references, Value, arithmetic
(CombinedExpression), functions (Func), Case/When, Subquery/Exists with
OuterRef, ordering (OrderBy), references to selected columns (Ref,
PositionRef), Q objects and the WHERE tree (WhereNode).

Every compiled piece returns (sql, params) with `%s` placeholders, as in
Django; the tracer fills the parameters in the way connection.queries
shows them. An expression is resolved against a Query (F() becomes a Col,
joins are set up) by resolve_expression(), which returns a copy; compiling
never changes an expression. Output fields are worked out lazily, so a
type clash raises FieldError when the query is compiled, as in Django.
"""
from django.core.exceptions import EmptyResultSet, FullResultSet, FieldError

AND = "AND"
OR = "OR"
XOR = "XOR"
LOOKUP_SEP = "__"


class OutputFieldIsNoneError(FieldError):
    """An expression whose type nothing gives (Django 5.2's class)."""


def quote(name):
    if name.startswith('"') and name.endswith('"'):
        return name
    return '"%s"' % name


def _fields():
    from django.db.models import fields
    return fields


def _internal_type(field):
    if field is None:
        return None
    try:
        return field.get_internal_type()
    except AttributeError:
        return None


_INTEGER_TYPES = ("IntegerField", "BigIntegerField", "SmallIntegerField", "PositiveIntegerField",
                  "PositiveSmallIntegerField", "PositiveBigIntegerField", "AutoField",
                  "BigAutoField", "SmallAutoField")


def _is_integer(field):
    return _internal_type(field) in _INTEGER_TYPES


def _parse_expression(arg):
    """An argument of a function or aggregate: a name becomes F(name), a
    plain value becomes Value(value)."""
    if hasattr(arg, "resolve_expression"):
        return arg
    if isinstance(arg, str):
        return F(arg)
    return Value(arg)


class UnquotedAlias(str):
    """The alias of a FilteredRelation join: Django does not quote it (it is
    in alias_map, not table_map)."""


def quote_alias(alias):
    """Table names are quoted; the aliases Django makes up for repeated
    tables (T3) and subqueries (U0, V0 when nested) are not:
    "blog_entry"."id", T3."id"."""
    if isinstance(alias, UnquotedAlias):
        return alias
    if len(alias) > 1 and alias[0] in "TUVW" and alias[1:].isdigit():
        return alias
    return quote(alias)


class Combinable:
    """The arithmetic and bitwise operators of an expression (Django's
    Combinable): F("a") + 1 is CombinedExpression(F("a"), "+", Value(1))."""

    def _combine(self, other, connector, reversed_):
        if not hasattr(other, "resolve_expression"):
            other = Value(other)
        if reversed_:
            return CombinedExpression(other, connector, self)
        return CombinedExpression(self, connector, other)

    def __add__(self, other):
        return self._combine(other, "+", False)

    def __sub__(self, other):
        return self._combine(other, "-", False)

    def __mul__(self, other):
        return self._combine(other, "*", False)

    def __truediv__(self, other):
        return self._combine(other, "/", False)

    def __mod__(self, other):
        return self._combine(other, "%%", False)

    def __pow__(self, other):
        return self._combine(other, "^", False)

    def __radd__(self, other):
        return self._combine(other, "+", True)

    def __rsub__(self, other):
        return self._combine(other, "-", True)

    def __rmul__(self, other):
        return self._combine(other, "*", True)

    def __rtruediv__(self, other):
        return self._combine(other, "/", True)

    def __rmod__(self, other):
        return self._combine(other, "%%", True)

    def __rpow__(self, other):
        return self._combine(other, "^", True)

    def __neg__(self):
        return self._combine(-1, "*", False)

    def bitand(self, other):
        return self._combine(other, "&", False)

    def bitor(self, other):
        return self._combine(other, "|", False)

    def bitxor(self, other):
        return self._combine(other, "#", False)

    def bitleftshift(self, other):
        return self._combine(other, "<<", False)

    def bitrightshift(self, other):
        return self._combine(other, ">>", False)

    def __and__(self, other):
        if getattr(self, "conditional", False) and getattr(other, "conditional", False):
            return Q(self) & Q(other)
        raise NotImplementedError("Use .bitand(), .bitor(), and .bitxor() for bitwise logical operations.")

    def __or__(self, other):
        if getattr(self, "conditional", False) and getattr(other, "conditional", False):
            return Q(self) | Q(other)
        raise NotImplementedError("Use .bitand(), .bitor(), and .bitxor() for bitwise logical operations.")

    def __rand__(self, other):
        raise NotImplementedError("Use .bitand(), .bitor(), and .bitxor() for bitwise logical operations.")

    def __ror__(self, other):
        raise NotImplementedError("Use .bitand(), .bitor(), and .bitxor() for bitwise logical operations.")

    def __xor__(self, other):
        if getattr(self, "conditional", False) and getattr(other, "conditional", False):
            return Q(self) ^ Q(other)
        raise NotImplementedError("Use .bitand(), .bitor(), and .bitxor() for bitwise logical operations.")

    def __rxor__(self, other):
        raise NotImplementedError("Use .bitand(), .bitor(), and .bitxor() for bitwise logical operations.")


class BaseExpression:
    """Base for everything that compiles to SQL (Django's BaseExpression:
    the tree, the output field, compiling)."""

    contains_over_clause = False
    is_summary = False
    filterable = True
    empty_result_set_value = NotImplemented
    _output_field = None

    # ---- the tree

    def get_source_expressions(self):
        return []

    def set_source_expressions(self, exprs):
        pass

    def copy(self):
        c = type(self).__new__(type(self))
        c.__dict__.update(self.__dict__)
        return c

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False,
                           for_save=False):
        c = self.copy()
        c.is_summary = summarize
        c.set_source_expressions([
            e.resolve_expression(query, allow_joins, reuse, summarize) if e is not None else None
            for e in c.get_source_expressions()])
        return c

    def relabeled_clone(self, change_map):
        c = self.copy()
        c.set_source_expressions([e.relabeled_clone(change_map) if e is not None else None
                                  for e in self.get_source_expressions()])
        return c

    def replace_expressions(self, replacements):
        """A copy with sub-expressions equal to a key of replacements
        swapped for its value (used to point aggregates at a subquery)."""
        for k, v in replacements.items():
            if k == self:
                return v
        c = self.copy()
        c.set_source_expressions([e.replace_expressions(replacements) if e is not None else None
                                  for e in self.get_source_expressions()])
        return c

    def get_refs(self):
        refs = set()
        for e in self.get_source_expressions():
            if e is not None:
                refs |= e.get_refs()
        return refs

    @property
    def contains_aggregate(self):
        return any(e is not None and e.contains_aggregate for e in self.get_source_expressions())

    @property
    def contains_subquery(self):
        return any(e is not None and getattr(e, "contains_subquery", False)
                   for e in self.get_source_expressions())

    def get_group_by_cols(self):
        if not self.contains_aggregate:
            return [self]
        cols = []
        for e in self.get_source_expressions():
            if e is not None:
                cols.extend(e.get_group_by_cols())
        return cols

    def select_format(self, compiler, sql, params):
        return sql, params

    # ---- output field

    @property
    def output_field(self):
        if self._output_field is not None:
            return self._output_field
        return self._resolve_output_field()

    @output_field.setter
    def output_field(self, value):
        self._output_field = value

    @property
    def _output_field_or_none(self):
        # None when nothing gives a type; a clash still raises FieldError
        return self.output_field

    def _resolve_output_field(self):
        """The sources' common field; FieldError when they differ, None
        when no source has one."""
        sources = [s for s in self.get_source_fields() if s is not None]
        if not sources:
            return None
        first = sources[0]
        for s in sources[1:]:
            if not isinstance(first, type(s)):
                raise FieldError("Expression contains mixed types: %s, %s. You must set output_field."
                                 % (type(first).__name__, type(s).__name__))
        return first

    def get_source_fields(self):
        return [e._output_field_or_none if hasattr(e, "_output_field_or_none")
                else getattr(e, "output_field", None)
                for e in self.get_source_expressions() if e is not None]

    @property
    def conditional(self):
        return _internal_type(self._output_field_or_none) == "BooleanField"

    def get_db_converters(self):
        return []

    def asc(self, **kwargs):
        return OrderBy(self, **kwargs)

    def desc(self, **kwargs):
        return OrderBy(self, descending=True, **kwargs)


class Expression(BaseExpression, Combinable):
    """An expression that can be compared and hashed by what it is made of
    (Django's Expression: for GROUP BY / ORDER BY de-duplication)."""

    def identity(self):
        parts = [type(self)]
        for k, v in sorted(self.__dict__.items()):
            if k in ("is_summary", "_output_field_cache"):
                continue
            if isinstance(v, (list, tuple)):
                v = tuple(_ident(x) for x in v)
            else:
                v = _ident(v)
            parts.append((k, v))
        return tuple(parts)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Expression) or type(other) is not type(self):
            return False
        try:
            return self.identity() == other.identity()
        except TypeError:
            return False

    def __hash__(self):
        try:
            return hash(self.identity())
        except TypeError:
            return id(self)


def _ident(v):
    if isinstance(v, Expression):
        return v.identity()
    if hasattr(v, "get_internal_type") and hasattr(v, "attname"):
        return ("field", id(v))
    if hasattr(v, "get_internal_type"):
        return ("field", type(v).__name__)
    if isinstance(v, (list, tuple)):
        return tuple(_ident(x) for x in v)
    if isinstance(v, dict):
        return tuple(sorted((k, _ident(x)) for k, x in v.items()))
    try:
        hash(v)
    except TypeError:
        return ("obj", id(v))
    return v


def _numeric_cast(expr, sql, params):
    """Django's SQLiteNumericMixin: a DecimalField result is wrapped in
    CAST(… AS NUMERIC) so SQLite does not hand back a float string."""
    try:
        if _internal_type(expr.output_field) == "DecimalField":
            sql = "(CAST(%s AS NUMERIC))" % sql
    except FieldError:
        pass
    return sql, params


class SQLiteNumericMixin:
    """Django's SQLiteNumericMixin: on SQLite, a DecimalField result is
    wrapped in CAST(… AS NUMERIC) (as_sqlite over as_sql)."""

    def as_sqlite(self, compiler, connection=None, **extra_context):
        sql, params = self.as_sql(compiler, connection, **extra_context)
        return _numeric_cast(self, sql, params)


class Col(Expression):
    """"alias"."column" of a model field."""

    contains_aggregate = False
    possibly_multivalued = False

    def __init__(self, alias, target, output_field=None):
        self.alias = alias
        self.target = target
        self._output_field = output_field if output_field is not None else target

    def __repr__(self):
        return "Col(%s, %s)" % (self.alias, self.target)

    def as_sql(self, compiler, connection=None):
        if not getattr(compiler.query, "alias_cols", True):
            # Query(model, alias_cols=False): the schema editor's bare columns.
            return quote(self.target.column), []
        return '%s.%s' % (quote_alias(self.alias), quote(self.target.column)), []

    def identity(self):
        return (Col, self.alias, id(self.target))

    def __eq__(self, other):
        return isinstance(other, Col) and self.alias == other.alias and self.target is other.target

    def __hash__(self):
        return hash((self.alias, id(self.target)))

    def relabeled_clone(self, change_map):
        c = Col(change_map.get(self.alias, self.alias), self.target, self._output_field)
        c.possibly_multivalued = self.possibly_multivalued
        return c

    def resolve_expression(self, *args, **kwargs):
        return self

    def get_group_by_cols(self):
        return [self]

    def get_refs(self):
        return set()


class Ref(Expression):
    """A reference to a selected annotation by its alias ("n")."""

    contains_over_clause = False

    def __init__(self, refs, source):
        self.refs = refs
        self.source = source

    def __repr__(self):
        return "Ref(%s, %r)" % (self.refs, self.source)

    def get_source_expressions(self):
        return [self.source]

    def set_source_expressions(self, exprs):
        self.source = exprs[0]

    @property
    def contains_aggregate(self):
        return self.source.contains_aggregate

    def _resolve_output_field(self):
        return self.source._output_field_or_none if hasattr(self.source, "_output_field_or_none") \
            else getattr(self.source, "output_field", None)

    def resolve_expression(self, *args, **kwargs):
        return self

    def relabeled_clone(self, change_map):
        return self

    def get_refs(self):
        return {self.refs}

    def identity(self):
        return (Ref, self.refs, _ident(self.source))

    def as_sql(self, compiler, connection=None):
        return quote(self.refs), []

    def get_group_by_cols(self):
        return [self]


class Star(Expression):
    contains_aggregate = False

    def as_sql(self, compiler, connection=None):
        return "*", []

    def identity(self):
        return (Star,)


class Value(SQLiteNumericMixin, Expression):
    """A constant, passed as a parameter (NULL for None)."""

    contains_aggregate = False

    def __init__(self, value, output_field=None):
        self.value = value
        self._output_field = output_field

    def __repr__(self):
        return "Value(%r)" % (self.value,)

    def _resolve_output_field(self):
        import datetime
        import decimal
        f = _fields()
        v = self.value
        if isinstance(v, str):
            return f.CharField()
        if isinstance(v, bool):
            return f.BooleanField()
        if isinstance(v, int):
            return f.IntegerField()
        if isinstance(v, float):
            return f.FloatField()
        if isinstance(v, datetime.datetime):
            return f.DateTimeField()
        if isinstance(v, datetime.date):
            return f.DateField()
        if isinstance(v, datetime.time):
            return f.TimeField()
        if isinstance(v, datetime.timedelta):
            return f.DurationField()
        if isinstance(v, decimal.Decimal):
            return f.DecimalField()
        return None

    def identity(self):
        return (Value, _ident(self.value), _ident(self._output_field))

    def as_sql(self, compiler, connection=None):
        v = self.value
        out = self._output_field_or_none
        if out is not None and v is not None and not isinstance(v, bool) \
                and hasattr(out, "get_db_prep_value"):
            v = out.get_db_prep_value(v)
        if v is None:
            return "NULL", []
        return "%s", [v]

    def get_group_by_cols(self):
        return []

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False,
                           for_save=False):
        c = self.copy()
        c.is_summary = summarize
        return c


class F(Combinable):
    """A reference to a field, resolved against the query (joins included)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, self.name)

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False,
                           for_save=False):
        return query.resolve_ref(self.name, allow_joins, reuse, summarize)

    def identity(self):
        return (F, self.name)

    def __eq__(self, other):
        return type(other) is F and other.name == self.name

    def __hash__(self):
        return hash(self.name)

    def __getstate__(self):
        return self.__dict__

    def replace_expressions(self, replacements):
        return replacements.get(self, self)

    def relabeled_clone(self, change_map):
        return self

    def copy(self):
        return F(self.name)

    def asc(self, **kwargs):
        return OrderBy(self, **kwargs)

    def desc(self, **kwargs):
        return OrderBy(self, descending=True, **kwargs)


class OuterRef(F):
    """A field of the query a Subquery is used in."""

    contains_aggregate = False

    def resolve_expression(self, *args, **kwargs):
        if isinstance(self.name, OuterRef):
            return self.name
        return ResolvedOuterRef(self.name)

    def relabeled_clone(self, change_map):
        return self

    def identity(self):
        return (OuterRef, _ident(self.name))

    def __eq__(self, other):
        return type(other) is OuterRef and other.name == self.name

    def __hash__(self):
        return hash(("outer", self.name))

    def copy(self):
        return OuterRef(self.name)


class ResolvedOuterRef(F):
    """An OuterRef inside its subquery, waiting for the outer query."""

    contains_aggregate = False

    def as_sql(self, compiler, connection=None):
        raise ValueError("This queryset contains a reference to an outer query and may only "
                         "be used in a subquery.")

    def resolve_expression(self, *args, **kwargs):
        return self

    def resolve_outer(self, outer_query):
        col = outer_query.resolve_ref(self.name, True, None, False)
        if isinstance(col, Col):
            col = col.relabeled_clone({})
            col.possibly_multivalued = LOOKUP_SEP in self.name
        return col

    def relabeled_clone(self, change_map):
        return self

    def get_group_by_cols(self):
        return []

    def identity(self):
        return (ResolvedOuterRef, self.name)

    def __eq__(self, other):
        return type(other) is ResolvedOuterRef and other.name == self.name

    def __hash__(self):
        return hash(("resolved-outer", self.name))

    def copy(self):
        return ResolvedOuterRef(self.name)


_NUMERIC = ("IntegerField", "FloatField", "DecimalField")


def _numeric_kind(field):
    t = _internal_type(field)
    if t in _INTEGER_TYPES:
        return "IntegerField"
    if t in ("FloatField", "DecimalField"):
        return t
    return None


class CombinedExpression(SQLiteNumericMixin, Expression):
    """lhs <connector> rhs, always in parentheses."""

    def __init__(self, lhs, connector, rhs, output_field=None):
        self.lhs = lhs
        self.connector = connector
        self.rhs = rhs
        self._output_field = output_field

    def __repr__(self):
        return "<%s: %s>" % (type(self).__name__, self)

    def __str__(self):
        return "%s %s %s" % (self.lhs, self.connector, self.rhs)

    def get_source_expressions(self):
        return [self.lhs, self.rhs]

    def set_source_expressions(self, exprs):
        self.lhs, self.rhs = exprs

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False,
                           for_save=False):
        c = super().resolve_expression(query, allow_joins, reuse, summarize, for_save)
        from django.db.models.durations import temporal_expression
        return temporal_expression(c)

    def _resolve_output_field(self):
        """Django's combinator table for numbers: same type keeps its type,
        integer with float/decimal gives float/decimal; NULL takes the
        other side; anything else must say its output_field."""
        lf = self.lhs._output_field_or_none if hasattr(self.lhs, "_output_field_or_none") else None
        rf = self.rhs._output_field_or_none if hasattr(self.rhs, "_output_field_or_none") else None
        if isinstance(self.rhs, Value) and self.rhs.value is None:
            return lf
        if isinstance(self.lhs, Value) and self.lhs.value is None:
            return rf
        if lf is None or rf is None:
            return lf if rf is None else rf
        lk, rk = _numeric_kind(lf), _numeric_kind(rf)
        if lk is not None and rk is not None and self.connector in ("+", "-", "*", "/", "%%", "^"):
            if lk == rk:
                return lf
            if lk == "IntegerField":
                return rf
            if rk == "IntegerField":
                return lf
        if lk == "IntegerField" and rk == "IntegerField":
            return lf
        if type(lf) is type(rf) and _internal_type(lf) in ("DurationField",):
            return lf
        raise FieldError("Cannot infer type of %r expression involving these types: %s, %s. "
                         "You must set output_field." % (self.connector, type(lf).__name__,
                                                         type(rf).__name__))

    def as_sql(self, compiler, connection=None):
        lsql, lp = compiler.compile(self.lhs)
        rsql, rp = compiler.compile(self.rhs)
        # SQLite has no ^ or # operator: Django's backend calls the POWER
        # and BITXOR functions it registers
        if self.connector == "^":
            return "(POWER(%s,%s))" % (lsql, rsql), lp + rp
        if self.connector == "#":
            return "(BITXOR(%s,%s))" % (lsql, rsql), lp + rp
        return "(%s %s %s)" % (lsql, self.connector, rsql), lp + rp


class ExpressionWrapper(SQLiteNumericMixin, Expression):
    """An expression with an explicit output_field."""

    def __init__(self, expression, output_field):
        self.expression = expression
        self._output_field = output_field

    def __repr__(self):
        return "ExpressionWrapper(%s)" % (self.expression,)

    def get_source_expressions(self):
        return [self.expression]

    def set_source_expressions(self, exprs):
        self.expression = exprs[0]

    def get_group_by_cols(self):
        if isinstance(self.expression, Expression):
            e = self.expression.copy()
            e._output_field = self._output_field
            return e.get_group_by_cols()
        return super().get_group_by_cols()

    def as_sql(self, compiler, connection=None):
        return compiler.compile(self.expression)


class Func(SQLiteNumericMixin, Expression):
    """FUNCTION(arg, arg, …): the base of database functions."""

    function = None
    template = "%(function)s(%(expressions)s)"
    arg_joiner = ", "
    arity = None

    def __init__(self, *expressions, output_field=None, **extra):
        if self.arity is not None and len(expressions) != self.arity:
            raise TypeError("'%s' takes exactly %s %s (%s given)" % (
                type(self).__name__, self.arity, "argument" if self.arity == 1 else "arguments",
                len(expressions)))
        self.source_expressions = [_parse_expression(e) for e in expressions]
        self.extra = extra
        self._output_field = output_field

    def __repr__(self):
        args = ", ".join(str(e) for e in self.source_expressions)
        return "%s(%s)" % (type(self).__name__, args)

    def get_source_expressions(self):
        return self.source_expressions

    def set_source_expressions(self, exprs):
        self.source_expressions = list(exprs)

    def copy(self):
        c = super().copy()
        c.source_expressions = list(self.source_expressions)
        c.extra = dict(self.extra)
        return c

    def as_sql(self, compiler, connection=None, function=None, template=None, arg_joiner=None, **extra_context):
        sql_parts = []
        params = []
        for arg in self.source_expressions:
            try:
                s, p = compiler.compile(arg)
            except EmptyResultSet:
                v = getattr(arg, "empty_result_set_value", NotImplemented)
                if v is NotImplemented:
                    raise
                s, p = compiler.compile(Value(v))
            except FullResultSet:
                s, p = compiler.compile(Value(True))
            sql_parts.append(s)
            params.extend(p)
        data = dict(self.extra)
        data.update(extra_context)
        if function is not None:
            data["function"] = function
        else:
            data.setdefault("function", self.function)
        template = template or data.get("template", self.template)
        joiner = arg_joiner or data.get("arg_joiner", self.arg_joiner)
        data["expressions"] = data["field"] = joiner.join(sql_parts)
        return template % data, params


class When(Expression):
    """WHEN condition THEN result (inside Case)."""

    template = "WHEN %(condition)s THEN %(result)s"

    def __init__(self, condition=None, then=None, **lookups):
        if lookups:
            if condition is None:
                condition, lookups = Q(**lookups), None
            elif getattr(condition, "conditional", False):
                condition, lookups = Q(condition, **lookups), None
        if condition is None or not getattr(condition, "conditional", False) or lookups:
            raise TypeError("When() supports a Q object, a boolean expression, or lookups as a "
                            "condition.")
        if isinstance(condition, Q) and not condition:
            raise ValueError("An empty Q() can't be used as a When() condition.")
        self.condition = condition
        self.result = _parse_expression(then) if not isinstance(then, str) else F(then)

    def __str__(self):
        return "WHEN %r THEN %r" % (self.condition, self.result)

    def __repr__(self):
        return "<%s: %s>" % (type(self).__name__, self)

    def get_source_expressions(self):
        return [self.condition, self.result]

    def set_source_expressions(self, exprs):
        self.condition, self.result = exprs

    def get_source_fields(self):
        return [self.result._output_field_or_none]

    @property
    def contains_aggregate(self):
        return bool(getattr(self.condition, "contains_aggregate", False)) or \
            self.result.contains_aggregate

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False,
                           for_save=False):
        c = self.copy()
        c.is_summary = summarize
        if isinstance(c.condition, Q):
            c.condition = c.condition.resolve_expression(query, allow_joins, reuse, summarize)
        elif hasattr(c.condition, "resolve_expression"):
            c.condition = c.condition.resolve_expression(query, allow_joins, reuse, summarize)
        c.result = c.result.resolve_expression(query, allow_joins, reuse, summarize)
        return c

    def relabeled_clone(self, change_map):
        c = self.copy()
        c.condition = self.condition.relabeled_clone(change_map)
        c.result = self.result.relabeled_clone(change_map)
        return c

    def as_sql(self, compiler, connection=None):
        csql, cparams = compiler.compile(self.condition)
        rsql, rparams = compiler.compile(self.result)
        return self.template % {"condition": csql, "result": rsql}, list(cparams) + list(rparams)

    def get_group_by_cols(self):
        cols = []
        for e in (self.condition, self.result):
            if hasattr(e, "get_group_by_cols"):
                cols.extend(e.get_group_by_cols())
        return cols


class Case(SQLiteNumericMixin, Expression):
    """CASE WHEN … THEN … ELSE default END."""

    template = "CASE %(cases)s ELSE %(default)s END"
    case_joiner = " "

    def __init__(self, *cases, default=None, output_field=None, **extra):
        if not all(isinstance(c, When) for c in cases):
            raise TypeError("Positional arguments must all be When objects.")
        self.cases = list(cases)
        self.default = _parse_expression(default) if not isinstance(default, str) else F(default)
        self._output_field = output_field
        self.extra = extra

    def __repr__(self):
        return "<Case: CASE %s, ELSE %r>" % (", ".join(str(c) for c in self.cases), self.default)

    def get_source_expressions(self):
        return self.cases + [self.default]

    def set_source_expressions(self, exprs):
        self.cases = list(exprs[:-1])
        self.default = exprs[-1]

    def copy(self):
        c = super().copy()
        c.cases = list(self.cases)
        return c

    def as_sql(self, compiler, connection=None):
        if not self.cases:
            return compiler.compile(self.default)
        parts = []
        params = []
        default_sql, default_params = compiler.compile(self.default)
        for case in self.cases:
            try:
                s, p = compiler.compile(case)
            except EmptyResultSet:
                continue
            except FullResultSet:
                default_sql, default_params = compiler.compile(case.result)
                break
            parts.append(s)
            params.extend(p)
        if not parts:
            return default_sql, default_params
        params.extend(default_params)
        sql = self.template % {"cases": self.case_joiner.join(parts), "default": default_sql}
        return sql, params

    def get_group_by_cols(self):
        if not self.cases:
            return self.default.get_group_by_cols()
        return super().get_group_by_cols()


class Subquery(Expression):
    """(SELECT …) used as a value; OuterRef()s inside refer to the query
    it is used in. Its tables are renamed U0, U1 … when it is resolved."""

    template = "(%(subquery)s)"
    contains_aggregate = False
    contains_subquery = True
    empty_result_set_value = None

    def __init__(self, queryset, output_field=None, **extra):
        q = getattr(queryset, "query", queryset)
        self.query = q.clone()
        self.query.subquery = True
        self.extra = extra
        self._output_field = output_field
        self.external_cols = []

    def __repr__(self):
        return "<%s: %s>" % (type(self).__name__, self.query)

    def copy(self):
        c = super().copy()
        c.query = self.query.clone()
        c.external_cols = list(self.external_cols)
        return c

    def _resolve_output_field(self):
        from django.db.models.sql.compiler import SQLCompiler
        c = SQLCompiler(self.query)
        select = c.setup_select()
        if len(select) == 1:
            e = select[0][0]
            return e._output_field_or_none if hasattr(e, "_output_field_or_none") \
                else getattr(e, "output_field", None)
        return None

    @property
    def output_field(self):
        # Subquery(values("id", "headline")) has no type: selecting it
        # raises, as Django's BaseExpression.output_field does.
        f = Expression.output_field.fget(self)
        if f is None:
            raise OutputFieldIsNoneError("Cannot resolve expression type, unknown output_field")
        return f

    @output_field.setter
    def output_field(self, value):
        self._output_field = value

    @property
    def _output_field_or_none(self):
        return Expression.output_field.fget(self)

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False,
                           for_save=False):
        c = self.copy()
        c.query = resolve_subquery(c.query, query, c.external_cols)
        return c

    def relabeled_clone(self, change_map):
        c = self.copy()
        c.query = _relabel_outer(c.query, change_map)
        c.external_cols = [e.relabeled_clone(change_map) for e in self.external_cols]
        return c

    def identity(self):
        return (type(self), id(self.query))

    def get_group_by_cols(self):
        if any(getattr(c, "possibly_multivalued", False) for c in self.external_cols):
            return [self]
        # Django's Query.get_external_cols: the columns inside them (an
        # OuterRef to an aggregate annotation groups by the column counted)
        from django.db.models.aggregates import _gen_cols
        return _gen_cols(list(self.external_cols))

    def get_refs(self):
        return set()

    def subquery_sql(self, compiler):
        from django.db.models.sql.compiler import SQLCompiler
        c = SQLCompiler(self.query)
        c.subquery = True
        return c.as_sql()

    def as_sql(self, compiler, connection=None, template=None):
        sql, params = self.subquery_sql(compiler)
        data = dict(self.extra)
        data["subquery"] = sql
        return (template or self.template) % data, list(params)


class Exists(Subquery):
    """EXISTS(SELECT 1 AS "a" … LIMIT 1); ~Exists() is NOT EXISTS(…)."""

    template = "EXISTS(%(subquery)s)"
    empty_result_set_value = False

    def __init__(self, queryset, negated=False, **kwargs):
        super().__init__(queryset, **kwargs)
        self.negated = negated
        self.query = _exists_query(self.query)

    def _resolve_output_field(self):
        return _fields().BooleanField()

    @property
    def conditional(self):
        return True

    def __invert__(self):
        c = self.copy()
        c.negated = not self.negated
        return c

    def as_sql(self, compiler, connection=None, template=None):
        # Django 5.2: a subquery that can match nothing is False (a
        # parameter: WHERE False, WHERE NOT False under ~), not an
        # EmptyResultSet that would drop the condition or the query
        try:
            sql, params = super().as_sql(compiler, connection, template=template)
        except EmptyResultSet:
            sql, params = compiler.compile(Value(False))
        if self.negated:
            sql = "NOT %s" % sql
        return sql, params


def _exists_query(q):
    """Django's Query.exists(): select 1 AS "a", no ordering, LIMIT 1."""
    q = q.clone()
    if not (q.distinct and q.is_sliced):
        if q.group_by is True:
            q.add_fields([f.attname for f in q.model._meta.concrete_fields], False)
            q.set_group_by(allow_aliases=False)
        q.select = ()
        q.default_cols = False
        q.select_related = False
        q.values_select = ()
        if hasattr(q, "selected"):
            q.selected = ()
        q.annotation_select_mask = []
        q.clear_ordering(force=True)
        if q.high_mark is None or q.high_mark - q.low_mark > 1:
            q.set_limits(high=1)
        q.annotations = dict(q.annotations)
        q.annotations["a"] = Value(1)
        q.annotation_select_mask.append("a")
    return q


def resolve_subquery(inner, outer, external_cols):
    """The inner query, its aliases renamed U0, U1 … (V0 … when the outer
    query is itself a subquery), with every OuterRef resolved against
    outer; the outer columns it uses are appended to external_cols."""
    inner = inner.clone()
    outer_prefix = getattr(outer, "alias_prefix", "T")
    prefix = chr(ord(outer_prefix) + 1) if outer_prefix != "T" else "U"
    # Django's bump_prefix: skip the prefixes the inner query's own
    # subqueries already use (an Exists inside a Subquery: V0 outside U0)
    used = getattr(inner, "subq_aliases", ())
    while prefix in used:
        prefix = chr(ord(prefix) + 1)
    if getattr(inner, "_subq_relabelled", False) is False:
        change_map = {}
        for i, alias in enumerate(list(inner.alias_map)):
            change_map[alias] = "%s%d" % (prefix, i)
        inner = relabel_query(inner, change_map)
        inner.alias_prefix = prefix
        inner._subq_relabelled = True
        inner.subq_aliases = set(used) | {prefix}
    if outer is not None:
        outer.subq_aliases = set(getattr(outer, "subq_aliases", ())) | set(
            getattr(inner, "subq_aliases", ()))
    inner.subquery = True

    def fix(e):
        if isinstance(e, ResolvedOuterRef):
            col = e.resolve_outer(outer)
            external_cols.append(col)
            return col
        if isinstance(e, OuterRef):
            # OuterRef(OuterRef(...)): the inner OuterRef, left by the first
            # resolution, now refers to the query outside outer
            return e.resolve_expression()
        if isinstance(e, Subquery):
            c = e.copy()
            c.query = _resolve_nested_outer(c.query, fix)
            return c
        if isinstance(e, (WhereNode,)):
            n = e.copy()
            n.children = [fix(ch) for ch in e.children]
            return n
        if hasattr(e, "lhs") and hasattr(e, "rhs") and not isinstance(e, CombinedExpression):
            # a lookup
            n = type(e).__new__(type(e))
            n.__dict__.update(e.__dict__)
            n.lhs = fix(e.lhs)
            if isinstance(e.rhs, (list, tuple)):
                n.rhs = type(e.rhs)(fix(x) for x in e.rhs)
            else:
                n.rhs = fix(e.rhs)
            return n
        if isinstance(e, Expression) and not isinstance(e, (Col, Value, Ref)):
            srcs = e.get_source_expressions()
            if srcs:
                c = e.copy()
                c.set_source_expressions([fix(s) if s is not None else None for s in srcs])
                return c
        if hasattr(e, "lhs") and isinstance(e, CombinedExpression):
            c = e.copy()
            c.lhs, c.rhs = fix(e.lhs), fix(e.rhs)
            return c
        return e

    inner.where = fix(inner.where)
    inner.annotations = {k: fix(v) for k, v in inner.annotations.items()}
    if inner.select:
        inner.select = tuple(fix(s) for s in inner.select)
    return inner


def _resolve_nested_outer(q, fix):
    q = q.clone()
    q.where = fix(q.where)
    return q


def _relabel_outer(q, change_map):
    """Relabel references to the outer query's aliases inside a resolved
    subquery (when the outer query is itself relabelled)."""
    q = q.clone()
    q.where = q.where.relabeled_clone(change_map)
    q.annotations = {k: v.relabeled_clone(change_map) if hasattr(v, "relabeled_clone") else v
                     for k, v in q.annotations.items()}
    return q


class OrderBy(Expression):
    def __init__(self, expression, descending=False, nulls_first=None, nulls_last=None):
        if nulls_first and nulls_last:
            raise ValueError("nulls_first and nulls_last are mutually exclusive")
        if nulls_first is False or nulls_last is False:
            raise ValueError("nulls_first and nulls_last values must be True or None.")
        self.expression = expression
        self.descending = descending
        self.nulls_first = nulls_first
        self.nulls_last = nulls_last

    def __repr__(self):
        return "OrderBy(%r, descending=%r)" % (self.expression, self.descending)

    def get_source_expressions(self):
        return [self.expression]

    def set_source_expressions(self, exprs):
        self.expression = exprs[0]

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False,
                           for_save=False):
        e = self.expression
        if hasattr(e, "resolve_expression"):
            e = e.resolve_expression(query, allow_joins, reuse, summarize)
        return OrderBy(e, self.descending, self.nulls_first, self.nulls_last)

    def relabeled_clone(self, change_map):
        e = self.expression
        if hasattr(e, "relabeled_clone"):
            e = e.relabeled_clone(change_map)
        return OrderBy(e, self.descending, self.nulls_first, self.nulls_last)

    def reverse_ordering(self):
        self.descending = not self.descending
        if self.nulls_first:
            self.nulls_last, self.nulls_first = True, None
        elif self.nulls_last:
            self.nulls_first, self.nulls_last = True, None
        return self

    def as_sql(self, compiler, connection=None):
        sql, params = compiler.compile(self.expression)
        direction = "DESC" if self.descending else "ASC"
        if self.nulls_last:
            direction += " NULLS LAST"
        elif self.nulls_first:
            direction += " NULLS FIRST"
        return "%s %s" % (sql, direction), params

    def get_group_by_cols(self):
        e = self.expression
        if hasattr(e, "get_group_by_cols"):
            return e.get_group_by_cols()
        return []


class PositionRef(Expression):
    """ORDER BY 2: a reference to a selected column by its position."""

    contains_aggregate = False

    def __init__(self, ordinal, refs=None, source=None):
        self.ordinal = ordinal
        self.refs = refs
        self.source = source

    def identity(self):
        return (PositionRef, self.ordinal)

    def as_sql(self, compiler, connection=None):
        return str(self.ordinal), []

    def get_group_by_cols(self):
        return []

    def resolve_expression(self, *args, **kwargs):
        return self

    def relabeled_clone(self, change_map):
        return self


class RawSQL(Expression):
    contains_aggregate = False

    def __init__(self, sql, params, output_field=None):
        self.sql = sql
        self.params = list(params)
        self._output_field = output_field

    def _resolve_output_field(self):
        # Django's RawSQL defaults output_field to a plain Field()
        return _fields().Field()

    def identity(self):
        return (RawSQL, self.sql, tuple(_ident(p) for p in self.params))

    def as_sql(self, compiler, connection=None):
        return "(%s)" % self.sql, list(self.params)

    def get_group_by_cols(self):
        return [self]

    def resolve_expression(self, *args, **kwargs):
        return self

    def relabeled_clone(self, change_map):
        return self


def relabel_query(q, change_map):
    """A clone of q with its table aliases renamed by change_map (every
    alias of q must be a key)."""
    q = q.clone()
    q.alias_map = {change_map[a]: j.relabeled_clone(change_map) for a, j in q.alias_map.items()}
    for a, j in q.alias_map.items():
        j.table_alias = a
    q.alias_refcount = {change_map[a]: c for a, c in q.alias_refcount.items()}
    q.table_map = {t: [change_map[a] for a in al] for t, al in q.table_map.items()}
    q.where = q.where.relabeled_clone(change_map)
    q.select = tuple(c.relabeled_clone(change_map) for c in q.select)
    q.annotations = {k: (v.relabeled_clone(change_map) if hasattr(v, "relabeled_clone") else v)
                     for k, v in q.annotations.items()}
    q.order_by = tuple(o.relabeled_clone(change_map) if hasattr(o, "relabeled_clone") else o
                       for o in q.order_by)
    if isinstance(q.group_by, tuple):
        q.group_by = tuple(g.relabeled_clone(change_map) if hasattr(g, "relabeled_clone") else g
                           for g in q.group_by)
    return q


# ---------------------------------------------------------------- Q and the WHERE tree

class Node:
    default = AND

    def __init__(self, children=None, connector=None, negated=False):
        self.children = list(children) if children else []
        self.connector = connector or self.default
        self.negated = negated

    @classmethod
    def create(cls, children=None, connector=None, negated=False):
        obj = cls.__new__(cls)
        Node.__init__(obj, children, connector or cls.default, negated)
        return obj

    def copy(self):
        obj = self.create(connector=self.connector, negated=self.negated)
        obj.children = list(self.children)
        return obj

    def __repr__(self):
        return "<%s: %s>" % (type(self).__name__, self)

    def __str__(self):
        template = "(NOT (%s: %s))" if self.negated else "(%s: %s)"
        return template % (self.connector, ", ".join(_q_child_str(c) for c in self.children))

    def __len__(self):
        return len(self.children)

    def __bool__(self):
        return bool(self.children)

    def __contains__(self, other):
        return other in self.children

    def __eq__(self, other):
        return (type(self) is type(other) and self.connector == other.connector
                and self.negated == other.negated and self.children == other.children)

    def __hash__(self):
        return hash((type(self), self.connector, self.negated, len(self.children)))

    def add(self, data, conn_type):
        """Django's tree.Node.add: squash same-connector children in."""
        if self.connector != conn_type:
            obj = self.copy()
            self.connector = conn_type
            self.children = [obj, data]
            return data
        elif (isinstance(data, Node) and not data.negated
              and (data.connector == conn_type or len(data) == 1)):
            self.children.extend(data.children)
            return self
        else:
            self.children.append(data)
            return data

    def negate(self):
        self.negated = not self.negated


class Q(Node):
    # Connection types
    AND = "AND"
    OR = "OR"
    XOR = "XOR"
    default = AND
    conditional = True

    def __init__(self, *args, _connector=None, _negated=False, **kwargs):
        super().__init__(children=[*args, *sorted(kwargs.items())], connector=_connector, negated=_negated)

    def _combine(self, other, conn):
        if getattr(other, "conditional", False) is False:
            raise TypeError(other)
        if not self:
            return other.copy()
        if not other and isinstance(other, Q):
            return self.copy()
        obj = self.create(connector=conn)
        obj.add(self, conn)
        obj.add(other, conn)
        return obj

    def __or__(self, other):
        return self._combine(other, OR)

    def __and__(self, other):
        return self._combine(other, AND)

    def __xor__(self, other):
        return self._combine(other, XOR)

    def __invert__(self):
        obj = self.copy()
        obj.negate()
        return obj

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False):
        clause, joins = query._add_q(self, reuse, allow_joins=allow_joins, split_subq=False)
        query.promote_joins(joins)
        return clause

    def deconstruct(self):
        kwargs = {}
        if self.connector != "AND":
            kwargs["_connector"] = self.connector
        if self.negated:
            kwargs["_negated"] = True
        return ("django.db.models.Q", tuple(self.children), kwargs)


def _q_child_str(c):
    if isinstance(c, tuple):
        return "(%r, %r)" % c
    return str(c)


class FilteredRelation:
    """annotate(alias=FilteredRelation("relation", condition=Q(...))): a join
    to the relation under the alias, with the condition in its ON clause
    (Query.add_filtered_relation, Join.as_sql)."""

    def __init__(self, relation_name, *, condition=Q()):
        if not relation_name:
            raise ValueError("relation_name cannot be empty.")
        self.relation_name = relation_name
        self.alias = None
        if not isinstance(condition, Q):
            raise ValueError("condition argument must be a Q() instance.")
        self.condition = condition
        self.resolved_condition = None

    def __eq__(self, other):
        if not isinstance(other, FilteredRelation):
            return NotImplemented
        return (self.relation_name == other.relation_name and self.alias == other.alias
                and str(self.condition) == str(other.condition))

    def __hash__(self):
        return hash((self.relation_name, self.alias))

    def clone(self):
        c = FilteredRelation(self.relation_name, condition=self.condition)
        c.alias = self.alias
        c.resolved_condition = self.resolved_condition
        return c

    def resolve_expression(self, *args, **kwargs):
        raise NotImplementedError("FilteredRelation.resolve_expression() is unused.")

    def as_sql(self, compiler, connection=None):
        return compiler.compile(self.resolved_condition)


def _rename_q_prefix(prefix, replacement, q):
    """Q(book__rating=5) -> Q(good__rating=5): the condition of a
    FilteredRelation names the relation; the join is made under its alias."""
    children = []
    for c in q.children:
        if isinstance(c, Q):
            children.append(_rename_q_prefix(prefix, replacement, c))
        else:
            key, value = c
            if key == prefix or key.startswith(prefix + "__"):
                key = replacement + key[len(prefix):]
            children.append((key, value))
    obj = Q(_connector=q.connector, _negated=q.negated)
    obj.children = children
    return obj


class WhereNode(Node):
    default = AND
    resolved = False
    conditional = True

    @property
    def output_field(self):
        # annotate(hi=Q(...)) reads back True/False, as Django's WhereNode.
        return _fields().BooleanField()

    def as_sql(self, compiler, connection=None):
        if self.connector == XOR:
            return self._xor_as_sql(compiler)
        result = []
        result_params = []
        if self.connector == AND:
            full_needed, empty_needed = len(self.children), 1
        else:
            full_needed, empty_needed = 1, len(self.children)
        for child in self.children:
            try:
                sql, params = compiler.compile(child)
            except EmptyResultSet:
                empty_needed -= 1
            except FullResultSet:
                full_needed -= 1
            else:
                if sql:
                    result.append(sql)
                    result_params.extend(params)
                else:
                    full_needed -= 1
            if empty_needed == 0:
                if self.negated:
                    raise FullResultSet
                raise EmptyResultSet
            if full_needed == 0:
                if self.negated:
                    raise EmptyResultSet
                raise FullResultSet
        conn = " %s " % self.connector
        sql_string = conn.join(result)
        if not sql_string:
            raise FullResultSet
        if self.negated:
            sql_string = "NOT (%s)" % sql_string
        elif len(result) > 1 or self.resolved:
            sql_string = "(%s)" % sql_string
        return sql_string, result_params

    def _xor_as_sql(self, compiler):
        """SQLite has no XOR: a ^ b ^ c is written as Django writes it,
        (a OR b OR c) AND 1 = MOD(CASE WHEN a THEN 1 ELSE 0 END + …, 2)
        (no MOD for two terms): true when an odd number of terms are."""
        from django.db.models import lookups as L
        total = None
        for c in self.children:
            case = Case(When(WhereNode([c]), then=1), default=0)
            total = case if total is None else CombinedExpression(total, "+", case)
        if len(self.children) > 2:
            from django.db.models.functions import Mod
            total = Mod(total, 2)
        rhs = L.Exact(Value(1), total)
        node = WhereNode.create([WhereNode.create(self.children, OR), rhs], AND, self.negated)
        return node.as_sql(compiler)

    def relabeled_clone(self, change_map):
        clone = self.copy()
        clone.children = [c.relabeled_clone(change_map) for c in self.children]
        return clone

    def replace_expressions(self, replacements):
        """Django's WhereNode.replace_expressions (a When() condition inside
        an aggregate that get_aggregation points at a subquery)."""
        if not replacements:
            return self
        from django.db.models.aggregates import _replace_in_where
        return _replace_in_where(self, replacements)

    @property
    def contains_aggregate(self):
        return any(node_contains_aggregate(c) for c in self.children)

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False,
                           for_save=False):
        """A resolved WHERE tree used as an expression (a When() condition
        resolved again) prints in parentheses, as in Django."""
        clone = self.copy()
        clone.resolved = True
        return clone

    def get_group_by_cols(self):
        cols = []
        for c in self.children:
            cols.extend(node_group_by_cols(c))
        return cols

    def get_refs(self):
        refs = set()
        for c in self.children:
            refs |= node_refs(c)
        return refs

    def split_having(self):
        """(where, having): the parts without and with aggregates, as
        Django's split_having_qualify; an OR or NOT mixing both goes to
        HAVING whole."""
        if not self.contains_aggregate:
            return self, None
        in_negated = self.negated
        if not in_negated and self.connector == AND:
            where_parts = []
            having_parts = []
            for c in self.children:
                if isinstance(c, WhereNode):
                    w, h = c.split_having()
                    if w is not None:
                        where_parts.append(w)
                    if h is not None:
                        having_parts.append(h)
                elif node_contains_aggregate(c):
                    having_parts.append(c)
                else:
                    where_parts.append(c)
            where = WhereNode.create(where_parts, self.connector, self.negated) if where_parts else None
            having = WhereNode.create(having_parts, self.connector, self.negated) if having_parts else None
            return where, having
        return None, self


class NothingNode:
    contains_aggregate = False

    def as_sql(self, compiler, connection=None):
        raise EmptyResultSet

    def relabeled_clone(self, change_map):
        return self


class ExtraWhere:
    contains_aggregate = False

    def __init__(self, sqls, params):
        self.sqls = sqls
        self.params = params

    def as_sql(self, compiler, connection=None):
        sqls = ["(%s)" % sql for sql in self.sqls]
        return " AND ".join(sqls), list(self.params or ())

    def relabeled_clone(self, change_map):
        return self


def node_contains_aggregate(node):
    """Whether a WHERE-tree child (node, lookup or expression) uses an
    aggregate (then it belongs in HAVING)."""
    if isinstance(node, WhereNode):
        return node.contains_aggregate
    if hasattr(node, "lhs") and hasattr(node, "rhs") and not isinstance(node, Expression):
        if getattr(node.lhs, "contains_aggregate", False):
            return True
        return hasattr(node.rhs, "as_sql") and bool(getattr(node.rhs, "contains_aggregate", False))
    return bool(getattr(node, "contains_aggregate", False))


def node_group_by_cols(node):
    if isinstance(node, WhereNode):
        return node.get_group_by_cols()
    if hasattr(node, "lhs") and hasattr(node, "rhs") and not isinstance(node, Expression):
        cols = []
        for side in (node.lhs, node.rhs):
            if hasattr(side, "get_group_by_cols"):
                cols.extend(side.get_group_by_cols())
        return cols
    if hasattr(node, "get_group_by_cols"):
        return node.get_group_by_cols()
    return []


def node_refs(node):
    if isinstance(node, WhereNode):
        return node.get_refs()
    if hasattr(node, "lhs") and hasattr(node, "rhs") and not isinstance(node, Expression):
        refs = set()
        for side in (node.lhs, node.rhs):
            if hasattr(side, "get_refs"):
                refs |= side.get_refs()
        return refs
    if hasattr(node, "get_refs"):
        return node.get_refs()
    return set()
