"""Date and duration arithmetic as Django 5.2 writes it for SQLite, which
has no interval type: a DurationField is an integer of microseconds, and

    F("d1") - F("d2")              django_timestamp_diff("d1", "d2")
                                   (django_time_diff for TimeFields)
    F("d") + timedelta(days=3)     (django_format_dtdelta('+', "d", 259200000000))

both functions being ones Django's backend registers (engine/db_func.c).
CombinedExpression.resolve_expression hands its resolved self to
temporal_expression(), which picks the class as Django's does.
"""
from django.core.exceptions import FieldError
from django.db.models.expressions import CombinedExpression, _fields, _internal_type

_DATETIME_TYPES = ("DateField", "DateTimeField", "TimeField")


def _type_of(expr):
    try:
        return _internal_type(expr.output_field)
    except (AttributeError, FieldError):
        return None


def temporal_expression(c):
    """c (a resolved plain CombinedExpression) as a DurationExpression or
    TemporalSubtraction when its sides call for one; else c."""
    if type(c) is not CombinedExpression:
        return c
    lhs_type, rhs_type = _type_of(c.lhs), _type_of(c.rhs)
    if "DurationField" in (lhs_type, rhs_type) and lhs_type != rhs_type:
        d = DurationExpression(c.lhs, c.connector, c.rhs, c._output_field)
        d.is_summary = c.is_summary
        return d
    if c.connector == "-" and lhs_type in _DATETIME_TYPES and lhs_type == rhs_type:
        t = TemporalSubtraction(c.lhs, c.rhs)
        if c._output_field is not None:
            t._output_field = c._output_field
        t.is_summary = c.is_summary
        return t
    return c


class DurationExpression(CombinedExpression):
    """date ± duration, duration × number, …: django_format_dtdelta()."""

    def _resolve_output_field(self):
        f = _fields()
        lt, rt = _type_of(self.lhs), _type_of(self.rhs)
        if self.connector in ("+", "-"):
            if lt in ("DateField", "DateTimeField") and rt == "DurationField":
                return f.DateTimeField()
            if self.connector == "+" and lt == "DurationField" and rt in ("DateField", "DateTimeField"):
                return f.DateTimeField()
            if lt == "TimeField" and rt == "DurationField":
                return f.TimeField()
            if self.connector == "+" and lt == "DurationField" and rt == "TimeField":
                return f.TimeField()
        return super()._resolve_output_field()

    def as_sql(self, compiler, connection=None):
        if self.connector not in ("+", "-", "*", "/"):
            from django.db import DatabaseError
            raise DatabaseError("Invalid connector for timedelta: %s." % self.connector)
        lsql, lp = compiler.compile(self.lhs)
        rsql, rp = compiler.compile(self.rhs)
        return ("(django_format_dtdelta('%s', %s, %s))" % (self.connector, lsql, rsql),
                list(lp) + list(rp))

    def as_sqlite(self, compiler, connection=None):
        sql, params = self.as_sql(compiler, connection)
        if self.connector in ("*", "/"):
            lt, rt = _type_of(self.lhs), _type_of(self.rhs)
            allowed = ("DecimalField", "DurationField", "FloatField", "IntegerField")
            if lt is not None and rt is not None and (lt not in allowed or rt not in allowed):
                from django.db import DatabaseError
                raise DatabaseError("Invalid arguments for operator %s." % self.connector)
        return sql, params


class TemporalSubtraction(CombinedExpression):
    """date - date: the difference in microseconds (a DurationField)."""

    def __init__(self, lhs, rhs):
        super().__init__(lhs, "-", rhs)

    def _resolve_output_field(self):
        return _fields().DurationField()

    def as_sql(self, compiler, connection=None):
        lsql, lp = compiler.compile(self.lhs)
        rsql, rp = compiler.compile(self.rhs)
        fn = "django_time_diff" if _type_of(self.lhs) == "TimeField" else "django_timestamp_diff"
        return "%s(%s, %s)" % (fn, lsql, rsql), list(lp) + list(rp)

    def as_sqlite(self, compiler, connection=None):
        return self.as_sql(compiler, connection)
