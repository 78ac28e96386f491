"""Window expressions as Django 5.2 writes them for SQLite:
Window(expr, partition_by=…, order_by=…, frame=…) compiles to
expr OVER (PARTITION BY … ORDER BY … ROWS BETWEEN … AND …). A window
groups nothing (contains_aggregate is False even around Sum()); filtering
on one is done by the compiler with Django's QUALIFY emulation (the query
wrapped in SELECT * FROM (…) "qualify" WHERE …).
"""
from django.db.models.expressions import (
    Expression, Func, Value, F, OrderBy, SQLiteNumericMixin, _fields, _internal_type, _numeric_cast,
)

__all__ = ["Window", "WindowFrame", "WindowFrameExclusion", "RowRange", "ValueRange"]


class ExpressionList(Func):
    """Expressions joined by ", " (a partition clause)."""

    template = "%(expressions)s"

    def __str__(self):
        return self.arg_joiner.join(str(arg) for arg in self.source_expressions)

    def as_sql(self, compiler, connection=None, **extra_context):
        if not self.source_expressions:
            return "", []
        return super().as_sql(compiler, connection, **extra_context)

    def as_sqlite(self, compiler, connection=None, **extra_context):
        return self.as_sql(compiler, connection, **extra_context)

    def get_group_by_cols(self):
        cols = []
        for e in self.source_expressions:
            cols.extend(e.get_group_by_cols())
        return cols


class OrderByList(ExpressionList):
    template = "ORDER BY %(expressions)s"

    def __init__(self, *expressions, **extra):
        expressions = [OrderBy(F(e[1:]), descending=True) if isinstance(e, str) and e[:1] == "-"
                       else e for e in expressions]
        super().__init__(*expressions, **extra)


class Window(SQLiteNumericMixin, Expression):
    template = "%(expression)s OVER (%(window)s)"
    contains_aggregate = False
    contains_over_clause = True

    def __init__(self, expression, partition_by=None, order_by=None, frame=None,
                 output_field=None):
        if not getattr(expression, "window_compatible", False):
            raise ValueError("Expression '%s' isn't compatible with OVER clauses."
                             % type(expression).__name__)
        if partition_by is not None:
            if not isinstance(partition_by, (tuple, list)):
                partition_by = (partition_by,)
            partition_by = ExpressionList(*partition_by)
        if order_by is not None:
            if isinstance(order_by, (list, tuple)):
                order_by = OrderByList(*order_by)
            elif isinstance(order_by, (Expression, str)):
                order_by = OrderByList(order_by)
            else:
                raise ValueError("Window.order_by must be either a string reference to a field, "
                                 "an expression, or a list or tuple of them.")
        self.partition_by = partition_by
        self.order_by = order_by
        self.frame = frame
        self._output_field = output_field
        if isinstance(expression, str):
            expression = F(expression)
        elif not hasattr(expression, "resolve_expression"):
            expression = Value(expression)
        self.source_expression = expression

    def _resolve_output_field(self):
        return self.source_expression.output_field

    def get_source_expressions(self):
        return [self.source_expression, self.partition_by, self.order_by, self.frame]

    def set_source_expressions(self, exprs):
        self.source_expression, self.partition_by, self.order_by, self.frame = exprs

    def as_sql(self, compiler, connection=None, template=None):
        expr_sql, params = compiler.compile(self.source_expression)
        params = list(params)
        window_sql = []
        if self.partition_by is not None:
            sql, p = self.partition_by.as_sql(compiler, connection, template="PARTITION BY %(expressions)s")
            window_sql.append(sql)
            params.extend(p)
        if self.order_by is not None:
            sql, p = compiler.compile(self.order_by)
            window_sql.append(sql)
            params.extend(p)
        if self.frame:
            sql, p = compiler.compile(self.frame)
            window_sql.append(sql)
            params.extend(p)
        template = template or self.template
        return template % {"expression": expr_sql, "window": " ".join(window_sql).strip()}, params

    def as_sqlite(self, compiler, connection=None):
        if _internal_type(self.output_field) == "DecimalField":
            # the CAST to NUMERIC goes outside the window
            c = self.copy()
            inner = c.source_expression.copy()
            inner.output_field = _fields().FloatField()
            c.source_expression = inner
            sql, params = c.as_sql(compiler, connection)
            return _numeric_cast(self, sql, params)
        return self.as_sql(compiler, connection)

    def __str__(self):
        return "{} OVER ({}{}{})".format(
            str(self.source_expression),
            "PARTITION BY " + str(self.partition_by) if self.partition_by else "",
            str(self.order_by or ""),
            str(self.frame or ""))

    def __repr__(self):
        return "<%s: %s>" % (type(self).__name__, self)

    def get_group_by_cols(self):
        cols = []
        if self.partition_by:
            cols.extend(self.partition_by.get_group_by_cols())
        if self.order_by is not None:
            cols.extend(self.order_by.get_group_by_cols())
        return cols


class _Exclusion:
    def __init__(self, name, value):
        self._name_ = name
        self.name = name
        self.value = value

    def __repr__(self):
        return "WindowFrameExclusion.%s" % self._name_


class WindowFrameExclusion:
    CURRENT_ROW = _Exclusion("CURRENT_ROW", "CURRENT ROW")
    GROUP = _Exclusion("GROUP", "GROUP")
    TIES = _Exclusion("TIES", "TIES")
    NO_OTHERS = _Exclusion("NO_OTHERS", "NO OTHERS")


def _frame_value(value):
    if isinstance(value, int):
        if value == 0:
            return "CURRENT ROW"
        if value < 0:
            return "%d PRECEDING" % abs(value)
        return "%d FOLLOWING" % value
    return None


class WindowFrame(Expression):
    """ROWS|RANGE BETWEEN start AND end [EXCLUDE …]."""

    template = "%(frame_type)s BETWEEN %(start)s AND %(end)s%(exclude)s"
    frame_type = None

    def __init__(self, start=None, end=None, exclusion=None):
        self.start = Value(start)
        self.end = Value(end)
        if exclusion is not None and not isinstance(exclusion, _Exclusion):
            raise TypeError("%s.exclusion must be a WindowFrameExclusion instance."
                            % type(self).__name__)
        self.exclusion = exclusion

    def get_source_expressions(self):
        return [self.start, self.end]

    def set_source_expressions(self, exprs):
        self.start, self.end = exprs

    def get_exclusion(self):
        if self.exclusion is None:
            return ""
        return " EXCLUDE %s" % self.exclusion.value

    def as_sql(self, compiler, connection=None):
        start, end = self.window_frame_start_end(self.start.value, self.end.value)
        return self.template % {"frame_type": self.frame_type, "start": start, "end": end,
                                "exclude": self.get_exclusion()}, []

    def __repr__(self):
        return "<%s: %s>" % (type(self).__name__, self)

    def get_group_by_cols(self):
        return []

    def __str__(self):
        s, e = self.start.value, self.end.value
        if s is not None and s < 0:
            start = "%d PRECEDING" % abs(s)
        elif s is not None and s == 0:
            start = "CURRENT ROW"
        elif s is not None and s > 0:
            start = "%d FOLLOWING" % s
        else:
            start = "UNBOUNDED PRECEDING"
        if e is not None and e > 0:
            end = "%d FOLLOWING" % e
        elif e is not None and e == 0:
            end = "CURRENT ROW"
        elif e is not None and e < 0:
            end = "%d PRECEDING" % abs(e)
        else:
            end = "UNBOUNDED FOLLOWING"
        return self.template % {"frame_type": self.frame_type, "start": start, "end": end,
                                "exclude": self.get_exclusion()}


class RowRange(WindowFrame):
    frame_type = "ROWS"

    def window_frame_start_end(self, start, end):
        if isinstance(start, int) and isinstance(end, int) and start > end:
            raise ValueError("start cannot be greater than end.")
        if start is not None and not isinstance(start, int):
            raise ValueError("start argument must be an integer, zero, or None, but got '%s'."
                             % (start,))
        if end is not None and not isinstance(end, int):
            raise ValueError("end argument must be an integer, zero, or None, but got '%s'."
                             % (end,))
        return (_frame_value(start) or "UNBOUNDED PRECEDING",
                _frame_value(end) or "UNBOUNDED FOLLOWING")


class ValueRange(WindowFrame):
    frame_type = "RANGE"

    def window_frame_start_end(self, start, end):
        if (start is not None and not isinstance(start, int)) or (isinstance(start, int) and start > 0):
            raise ValueError("start argument must be a negative integer, zero, or None, "
                             "but got '%s'." % (start,))
        if (end is not None and not isinstance(end, int)) or (isinstance(end, int) and end < 0):
            raise ValueError("end argument must be a positive integer, zero, or None, but got '%s'."
                             % (end,))
        return (_frame_value(start) or "UNBOUNDED PRECEDING",
                _frame_value(end) or "UNBOUNDED FOLLOWING")
