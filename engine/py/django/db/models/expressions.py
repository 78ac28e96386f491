"""Query expressions: columns (Col), F() references, Value, arithmetic
(CombinedExpression), Q objects and the WHERE tree (WhereNode).

Every compiled piece returns (sql, params) with `%s` placeholders, as in
Django; the tracer fills the parameters in the way connection.queries
shows them.
"""
from django.core.exceptions import EmptyResultSet, FullResultSet, FieldError

AND = "AND"
OR = "OR"
XOR = "XOR"


def quote(name):
    if name.startswith('"') and name.endswith('"'):
        return name
    return '"%s"' % name


def quote_alias(alias):
    """Table names are quoted; the aliases Django makes up for repeated
    tables (T3) and subqueries (U0) are not: "blog_entry"."id", T3."id"."""
    if len(alias) > 1 and alias[0] in "TU" and alias[1:].isdigit():
        return alias
    return quote(alias)


class Expression:
    """Base for everything that compiles to SQL."""

    conditional = False
    contains_aggregate = False

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False):
        return self

    def get_source_expressions(self):
        return []

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

    def __neg__(self):
        return self._combine(-1, "*", False)

    def asc(self, **kwargs):
        return OrderBy(self, **kwargs)

    def desc(self, **kwargs):
        return OrderBy(self, descending=True, **kwargs)

    def __and__(self, other):
        if getattr(self, "conditional", False) and getattr(other, "conditional", False):
            return Q(self) & Q(other)
        raise NotImplementedError("Use .bitand(), .bitor(), and .bitxor() for bitwise logical operations.")

    def __or__(self, other):
        if getattr(self, "conditional", False) and getattr(other, "conditional", False):
            return Q(self) | Q(other)
        raise NotImplementedError("Use .bitand(), .bitor(), and .bitxor() for bitwise logical operations.")


class Col(Expression):
    """"alias"."column" of a model field."""

    def __init__(self, alias, target, output_field=None):
        self.alias = alias
        self.target = target
        self.output_field = output_field if output_field is not None else target

    def __repr__(self):
        return "Col(%s, %s)" % (self.alias, self.target)

    def as_sql(self, compiler):
        return '%s.%s' % (quote_alias(self.alias), quote(self.target.column)), []

    def __eq__(self, other):
        return isinstance(other, Col) and self.alias == other.alias and self.target is other.target

    def __hash__(self):
        return hash((self.alias, id(self.target)))

    def relabeled_clone(self, change_map):
        return Col(change_map.get(self.alias, self.alias), self.target, self.output_field)


class Value(Expression):
    def __init__(self, value, output_field=None):
        self.value = value
        self.output_field = output_field

    def __repr__(self):
        return "Value(%r)" % (self.value,)

    def as_sql(self, compiler):
        v = self.value
        if self.output_field is not None:
            v = self.output_field.get_db_prep_value(v)
        if v is None:
            return "NULL", []
        return "%s", [v]


class F(Expression):
    """A reference to a field, resolved against the query (joins included)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "F(%s)" % self.name

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False):
        return query.resolve_ref(self.name, allow_joins, reuse, summarize)

    def __eq__(self, other):
        return type(other) is F and other.name == self.name

    def __hash__(self):
        return hash(self.name)

    def __getstate__(self):
        return self.__dict__


class CombinedExpression(Expression):
    def __init__(self, lhs, connector, rhs, output_field=None):
        self.lhs = lhs
        self.connector = connector
        self.rhs = rhs
        self._output_field = output_field

    def __repr__(self):
        return "<CombinedExpression: %r %s %r>" % (self.lhs, self.connector, self.rhs)

    @property
    def output_field(self):
        if self._output_field is not None:
            return self._output_field
        for side in (self.lhs, self.rhs):
            f = getattr(side, "output_field", None)
            if f is not None:
                return f
        return None

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False):
        c = CombinedExpression(self.lhs.resolve_expression(query, allow_joins, reuse, summarize),
                               self.connector,
                               self.rhs.resolve_expression(query, allow_joins, reuse, summarize),
                               self._output_field)
        return c

    def as_sql(self, compiler):
        lsql, lp = compiler.compile(self.lhs)
        rsql, rp = compiler.compile(self.rhs)
        return "(%s %s %s)" % (lsql, self.connector, rsql), lp + rp


class OrderBy(Expression):
    def __init__(self, expression, descending=False, nulls_first=None, nulls_last=None):
        self.expression = expression
        self.descending = descending
        self.nulls_first = nulls_first
        self.nulls_last = nulls_last

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False):
        return OrderBy(self.expression.resolve_expression(query, allow_joins, reuse, summarize),
                       self.descending, self.nulls_first, self.nulls_last)

    def as_sql(self, compiler):
        sql, params = compiler.compile(self.expression)
        direction = "DESC" if self.descending else "ASC"
        if self.nulls_last:
            sql = "%s IS NULL, %s" % (sql, sql)
        elif self.nulls_first:
            sql = "%s IS NOT NULL, %s" % (sql, sql)
        return "%s %s" % (sql, direction), params


class PositionRef(Expression):
    """ORDER BY 2: a reference to a selected column by its position."""

    def __init__(self, ordinal):
        self.ordinal = ordinal

    def as_sql(self, compiler):
        return str(self.ordinal), []


class RawSQL(Expression):
    def __init__(self, sql, params, output_field=None):
        self.sql = sql
        self.params = list(params)
        self.output_field = output_field

    def as_sql(self, compiler):
        return "(%s)" % self.sql, list(self.params)


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

    def __repr__(self):
        template = "(NOT (%s: %s))" if self.negated else "(%s: %s)"
        return template % (self.connector, ", ".join(_q_child_str(c) for c in self.children))

    def __str__(self):
        return self.__repr__()

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False):
        clause, joins = query._add_q(self, reuse, allow_joins=allow_joins, split_subq=False)
        return clause

    def deconstruct(self):
        return ("django.db.models.Q", tuple(self.children), {})


def _q_child_str(c):
    if isinstance(c, tuple):
        return "(%r, %r)" % c
    return str(c)


class WhereNode(Node):
    default = AND
    resolved = False
    conditional = True

    def as_sql(self, compiler):
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

    def relabeled_clone(self, change_map):
        clone = self.copy()
        clone.children = [c.relabeled_clone(change_map) for c in self.children]
        return clone

    @property
    def contains_aggregate(self):
        return any(getattr(c, "contains_aggregate", False) for c in self.children)


class NothingNode:
    contains_aggregate = False

    def as_sql(self, compiler):
        raise EmptyResultSet

    def relabeled_clone(self, change_map):
        return self


class ExtraWhere:
    contains_aggregate = False

    def __init__(self, sqls, params):
        self.sqls = sqls
        self.params = params

    def as_sql(self, compiler):
        sqls = ["(%s)" % sql for sql in self.sqls]
        return " AND ".join(sqls), list(self.params or ())

    def relabeled_clone(self, change_map):
        return self
