"""django.db.models.functions: database functions as Django 5.2 writes
them for SQLite (GREATEST/LEAST become MAX/MIN, Concat becomes
COALESCE(a, '') || COALESCE(b, ''), date parts and truncation go through
the django_date_extract()/django_date_trunc() functions the backend
registers, Now() is STRFTIME(…, 'NOW'))."""
from django.core.exceptions import FieldError
from django.db.models.expressions import Func, Value, F, _fields, _internal_type
from django.db.models.lookups import Transform
from django.db.models.functions.mixins import (
    FixDecimalInputMixin, FixDurationInputMixin, NumericOutputFieldMixin,
)

__all__ = [
    "Coalesce", "Greatest", "Least", "NullIf", "Cast", "Lower", "Upper", "Length", "Concat",
    "ConcatPair", "Substr", "Trim", "LTrim", "RTrim", "Replace", "Left", "Right", "Reverse",
    "StrIndex", "Now", "Abs", "Round", "Ceil", "Floor", "Sign", "Mod", "Power", "Sqrt",
    "Extract", "ExtractYear", "ExtractIsoYear", "ExtractMonth", "ExtractDay", "ExtractWeek",
    "ExtractWeekDay", "ExtractIsoWeekDay", "ExtractQuarter", "ExtractHour", "ExtractMinute",
    "ExtractSecond", "Trunc", "TruncYear", "TruncQuarter", "TruncMonth", "TruncWeek", "TruncDay",
    "TruncDate", "TruncTime", "TruncHour", "TruncMinute", "TruncSecond",
    "Collate", "JSONObject", "Chr", "Ord", "LPad", "RPad", "Repeat", "MD5", "SHA1", "SHA224",
    "SHA256", "SHA384", "SHA512", "ACos", "ASin", "ATan", "ATan2", "Cos", "Cot", "Degrees", "Exp",
    "Ln", "Log", "Pi", "Radians", "Random", "Sin", "Tan",
    "CumeDist", "DenseRank", "FirstValue", "Lag", "LastValue", "Lead", "NthValue", "Ntile",
    "PercentRank", "Rank", "RowNumber",
]


# ---------------------------------------------------------------- comparison

class Coalesce(Func):
    function = "COALESCE"

    def __init__(self, *expressions, **extra):
        if len(expressions) < 2:
            raise ValueError("Coalesce must take at least two expressions")
        super().__init__(*expressions, **extra)

    @property
    def empty_result_set_value(self):
        for e in self.get_source_expressions():
            v = e.value if isinstance(e, Value) else getattr(e, "empty_result_set_value", NotImplemented)
            if v is NotImplemented or v is not None:
                return v
        return None


class Greatest(Func):
    function = "GREATEST"

    def __init__(self, *expressions, **extra):
        if len(expressions) < 2:
            raise ValueError("Greatest must take at least two expressions")
        super().__init__(*expressions, **extra)

    def as_sqlite(self, compiler, connection=None, **extra_context):
        return super().as_sqlite(compiler, connection, function="MAX", **extra_context)


class Least(Func):
    function = "LEAST"

    def __init__(self, *expressions, **extra):
        if len(expressions) < 2:
            raise ValueError("Least must take at least two expressions")
        super().__init__(*expressions, **extra)

    def as_sqlite(self, compiler, connection=None, **extra_context):
        return super().as_sqlite(compiler, connection, function="MIN", **extra_context)


class NullIf(Func):
    function = "NULLIF"
    arity = 2


def _collation_name_ok(name):
    """Django's ^[\\w-]+$ for a collation name."""
    return bool(name) and isinstance(name, str) and all(c.isalnum() or c in "_-" for c in name)


class Collate(Func):
    """expr COLLATE "name" (the name quoted as an identifier)."""

    function = "COLLATE"
    template = "%(expressions)s %(function)s %(collation)s"

    def __init__(self, expression, collation):
        if not _collation_name_ok(collation):
            raise ValueError("Invalid collation name: %r." % (collation,))
        self.collation = collation
        super().__init__(expression)

    def as_sql(self, compiler, connection=None, **extra_context):
        extra_context.setdefault("collation", '"%s"' % self.collation)
        return super().as_sql(compiler, connection, **extra_context)


class JSONObject(Func):
    """JSON_OBJECT('key', value, …). The first use runs Django's
    supports_json_field check (BEGIN; SELECT JSON('{"a": "b"}'); COMMIT)."""

    function = "JSON_OBJECT"

    def __init__(self, **fields):
        expressions = []
        for key, value in fields.items():
            expressions.extend((Value(key), value))
        super().__init__(*expressions)

    def _resolve_output_field(self):
        return _fields().JSONField()

    def as_sql(self, compiler, connection=None, **extra_context):
        from django.db import _connection as connection
        if hasattr(connection, "features"):
            connection.features.supports_json_field
        return super().as_sql(compiler, connection, **extra_context)

    def as_sqlite(self, compiler, connection=None, **extra_context):
        return self.as_sql(compiler, connection, **extra_context)


class Cast(Func):
    """CAST(x AS type); date(x) for a DateField, strftime() for times."""

    function = "CAST"
    template = "%(function)s(%(expressions)s AS %(db_type)s)"

    def __init__(self, expression, output_field):
        super().__init__(expression, output_field=output_field)

    def _db_type(self):
        f = self.output_field
        if _internal_type(f) in ("CharField", "EmailField", "SlugField", "URLField") \
                and getattr(f, "max_length", None) is None:
            return "text"
        return f.db_type()

    def as_sql(self, compiler, connection=None, **extra_context):
        extra_context.setdefault("db_type", self._db_type())
        return super().as_sql(compiler, connection, **extra_context)

    def as_sqlite(self, compiler, connection=None, **extra_context):
        db_type = self._db_type()
        if db_type in ("datetime", "time"):
            sql, params = super().as_sql(compiler, connection, template="strftime(%%s, %(expressions)s)",
                                         **extra_context)
            fmt = "%H:%M:%f" if db_type == "time" else "%Y-%m-%d %H:%M:%f"
            return sql, [fmt] + list(params)
        if db_type == "date":
            return super().as_sql(compiler, connection, template="date(%(expressions)s)", **extra_context)
        return self.as_sql(compiler, connection, **extra_context)


# ---------------------------------------------------------------- text

class Lower(Transform):
    function = "LOWER"
    lookup_name = "lower"


class Upper(Transform):
    function = "UPPER"
    lookup_name = "upper"


class Length(Transform):
    function = "LENGTH"
    lookup_name = "length"

    def _resolve_output_field(self):
        return _fields().IntegerField()


class Trim(Transform):
    function = "TRIM"
    lookup_name = "trim"


class LTrim(Transform):
    function = "LTRIM"
    lookup_name = "ltrim"


class RTrim(Transform):
    function = "RTRIM"
    lookup_name = "rtrim"


class Reverse(Transform):
    function = "REVERSE"
    lookup_name = "reverse"


class ConcatPair(Func):
    """Two values concatenated; NULL counts as '' (as on every backend)."""

    function = "CONCAT"

    def as_sqlite(self, compiler, connection=None, **extra_context):
        c = self.copy()
        c.source_expressions = [Coalesce(e, Value("")) for e in self.source_expressions]
        return Func.as_sql(c, compiler, connection, template="(%(expressions)s)", arg_joiner=" || ",
                           **extra_context)


class Concat(Func):
    template = "%(expressions)s"

    def __init__(self, *expressions, **extra):
        if len(expressions) < 2:
            raise ValueError("Concat must take at least two expressions")
        paired = self._paired(list(expressions), extra.get("output_field"))
        super().__init__(paired, **extra)

    def _paired(self, expressions, output_field):
        if len(expressions) == 2:
            return ConcatPair(*expressions, output_field=output_field)
        return ConcatPair(expressions[0], self._paired(expressions[1:], output_field),
                          output_field=output_field)

    def as_sqlite(self, compiler, connection=None, **extra_context):
        return self.as_sql(compiler, connection, **extra_context)


class Substr(Func):
    function = "SUBSTRING"

    def _resolve_output_field(self):
        return _fields().CharField()

    def __init__(self, expression, pos, length=None, **extra):
        if not hasattr(pos, "resolve_expression"):
            if pos < 1:
                raise ValueError("'pos' must be greater than 0")
        args = [expression, pos]
        if length is not None:
            args.append(length)
        super().__init__(*args, **extra)

    def as_sqlite(self, compiler, connection=None, **extra_context):
        return super().as_sqlite(compiler, connection, function="SUBSTR", **extra_context)


class Left(Func):
    function = "LEFT"
    arity = 2

    def _resolve_output_field(self):
        return _fields().CharField()

    def __init__(self, expression, length, **extra):
        if not hasattr(length, "resolve_expression") and length < 1:
            raise ValueError("'length' must be greater than 0.")
        super().__init__(expression, length, **extra)

    def as_sqlite(self, compiler, connection=None, **extra_context):
        e, n = self.source_expressions
        s = Substr(e, 1)
        s.source_expressions = [e, Value(1), n]
        return s.as_sqlite(compiler, connection)


class Right(Left):
    function = "RIGHT"

    def as_sqlite(self, compiler, connection=None, **extra_context):
        e, n = self.source_expressions
        s = Substr(e, 1)
        s.source_expressions = [e, n * Value(-1), n]
        return s.as_sqlite(compiler, connection)


class Replace(Func):
    function = "REPLACE"

    def __init__(self, expression, text, replacement=Value(""), **extra):
        super().__init__(expression, text, replacement, **extra)


class StrIndex(Func):
    function = "INSTR"
    arity = 2

    def _resolve_output_field(self):
        return _fields().IntegerField()


class Chr(Transform):
    function = "CHR"
    lookup_name = "chr"

    def _resolve_output_field(self):
        return _fields().CharField()

    def as_sqlite(self, compiler, connection=None, **extra_context):
        return Func.as_sql(self, compiler, connection, function="CHAR", **extra_context)


class Ord(Transform):
    function = "ASCII"
    lookup_name = "ord"

    def _resolve_output_field(self):
        return _fields().IntegerField()

    def as_sqlite(self, compiler, connection=None, **extra_context):
        return Func.as_sql(self, compiler, connection, function="UNICODE", **extra_context)


class LPad(Func):
    """LPAD(expr, length, fill): a function Django's backend registers."""

    function = "LPAD"

    def __init__(self, expression, length, fill_text=Value(" "), **extra):
        if not hasattr(length, "resolve_expression") and length is not None and length < 0:
            raise ValueError("'length' must be greater or equal to 0.")
        super().__init__(expression, length, fill_text, **extra)

    def _resolve_output_field(self):
        return _fields().CharField()


class RPad(LPad):
    function = "RPAD"


class Repeat(Func):
    function = "REPEAT"

    def __init__(self, expression, number, **extra):
        if not hasattr(number, "resolve_expression") and number is not None and number < 0:
            raise ValueError("'number' must be greater or equal to 0.")
        super().__init__(expression, number, **extra)

    def _resolve_output_field(self):
        return _fields().CharField()


class MD5(Transform):
    function = "MD5"
    lookup_name = "md5"


class SHA1(Transform):
    function = "SHA1"
    lookup_name = "sha1"


class SHA224(Transform):
    function = "SHA224"
    lookup_name = "sha224"


class SHA256(Transform):
    function = "SHA256"
    lookup_name = "sha256"


class SHA384(Transform):
    function = "SHA384"
    lookup_name = "sha384"


class SHA512(Transform):
    function = "SHA512"
    lookup_name = "sha512"


# ---------------------------------------------------------------- math

class Abs(Transform):
    function = "ABS"
    lookup_name = "abs"


class Ceil(Transform):
    function = "CEILING"
    lookup_name = "ceil"


class ACos(NumericOutputFieldMixin, Transform):
    function = "ACOS"
    lookup_name = "acos"


class ASin(NumericOutputFieldMixin, Transform):
    function = "ASIN"
    lookup_name = "asin"


class ATan(NumericOutputFieldMixin, Transform):
    function = "ATAN"
    lookup_name = "atan"


class ATan2(NumericOutputFieldMixin, Func):
    function = "ATAN2"
    arity = 2


class Cos(NumericOutputFieldMixin, Transform):
    function = "COS"
    lookup_name = "cos"


class Cot(NumericOutputFieldMixin, Transform):
    function = "COT"
    lookup_name = "cot"


class Degrees(NumericOutputFieldMixin, Transform):
    function = "DEGREES"
    lookup_name = "degrees"


class Exp(NumericOutputFieldMixin, Transform):
    function = "EXP"
    lookup_name = "exp"


class Ln(NumericOutputFieldMixin, Transform):
    function = "LN"
    lookup_name = "ln"


class Log(FixDecimalInputMixin, NumericOutputFieldMixin, Func):
    function = "LOG"
    arity = 2


class Pi(NumericOutputFieldMixin, Func):
    function = "PI"
    arity = 0


class Radians(NumericOutputFieldMixin, Transform):
    function = "RADIANS"
    lookup_name = "radians"


class Random(NumericOutputFieldMixin, Func):
    """RAND() on SQLite: the [0, 1) function Django's backend registers."""

    function = "RANDOM"
    arity = 0

    def as_sqlite(self, compiler, connection=None, **extra_context):
        return Func.as_sql(self, compiler, connection, function="RAND", **extra_context)

    def get_group_by_cols(self):
        return []


class Sin(NumericOutputFieldMixin, Transform):
    function = "SIN"
    lookup_name = "sin"


class Tan(NumericOutputFieldMixin, Transform):
    function = "TAN"
    lookup_name = "tan"


class Floor(Transform):
    function = "FLOOR"
    lookup_name = "floor"


class Sign(Transform):
    function = "SIGN"
    lookup_name = "sign"


class Sqrt(NumericOutputFieldMixin, Transform):
    function = "SQRT"
    lookup_name = "sqrt"


class Mod(FixDecimalInputMixin, NumericOutputFieldMixin, Func):
    function = "MOD"
    arity = 2


class Power(NumericOutputFieldMixin, Func):
    function = "POWER"
    arity = 2


class Round(FixDecimalInputMixin, Transform):
    function = "ROUND"
    lookup_name = "round"
    arity = None    # Transform says 1; Round also takes a precision

    def __init__(self, expression, precision=0, **extra):
        super().__init__(expression, precision, **extra)

    def _resolve_output_field(self):
        srcs = self.get_source_fields()
        return srcs[0] if srcs else None

    def as_sql(self, compiler, connection=None, **extra_context):
        precision = self.get_source_expressions()[1]
        if isinstance(precision, Value) and precision.value is not None and precision.value < 0:
            raise ValueError("SQLite does not support negative precision.")
        return super().as_sql(compiler, connection, **extra_context)


# ---------------------------------------------------------------- date and time

class Now(Func):
    template = "CURRENT_TIMESTAMP"

    def _resolve_output_field(self):
        return _fields().DateTimeField()

    def as_sqlite(self, compiler, connection=None, **extra_context):
        return self.as_sql(compiler, connection, template="STRFTIME('%%%%Y-%%%%m-%%%%d %%%%H:%%%%M:%%%%f', 'NOW')",
                           **extra_context)


class Extract(Transform):
    """django_date_extract('year', "t"."c") and friends."""

    lookup_name = None

    def __init__(self, expression, lookup_name=None, tzinfo=None, **extra):
        if self.lookup_name is None:
            self.lookup_name = lookup_name
        if self.lookup_name is None:
            raise ValueError("lookup_name must be provided")
        self.tzinfo = tzinfo
        super().__init__(expression, **extra)

    def _resolve_output_field(self):
        return _fields().IntegerField()

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False,
                           for_save=False):
        """Django's Extract checks: a date/time input, no time part of a
        plain DateField, no calendar part of a DurationField."""
        c = super().resolve_expression(query, allow_joins, reuse, summarize, for_save)
        src = c.source_expressions[0]
        field = getattr(src, "_output_field_or_none", None)
        if field is None:
            return c
        f = _fields()
        if not isinstance(field, (f.DateField, f.DateTimeField, f.TimeField, f.DurationField)):
            raise ValueError("Extract input expression must be DateField, DateTimeField, "
                             "TimeField, or DurationField.")
        if type(field) is f.DateField and c.lookup_name in ("hour", "minute", "second"):
            raise ValueError("Cannot extract time component '%s' from DateField '%s'."
                             % (c.lookup_name, field.name))
        if isinstance(field, f.DurationField) and c.lookup_name in (
                "year", "iso_year", "month", "week", "week_day", "iso_week_day", "quarter"):
            raise ValueError("Cannot extract component '%s' from DurationField '%s'."
                             % (c.lookup_name, field.name))
        return c

    def as_sql(self, compiler, connection=None, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        t = _internal_type(self.source_expressions[0]._output_field_or_none
                           if hasattr(self.source_expressions[0], "_output_field_or_none") else None)
        if t == "DateTimeField":
            return ("django_datetime_extract(%%s, %s, %%s, %%s)" % sql,
                    [self.lookup_name] + list(params) + [None, None])
        if t == "TimeField":
            return "django_time_extract(%%s, %s)" % sql, [self.lookup_name] + list(params)
        if t == "DurationField":
            # SQLite stores durations as microseconds (no native DurationField)
            raise ValueError("Extract requires native DurationField database support.")
        return "django_date_extract(%%s, %s)" % sql, [self.lookup_name] + list(params)

    def as_sqlite(self, compiler, connection=None, **extra_context):
        return self.as_sql(compiler, connection, **extra_context)


class ExtractYear(Extract):
    lookup_name = "year"
    year_lookups = True     # the BETWEEN/range lookups of lookups.YEAR_LOOKUPS


class ExtractIsoYear(Extract):
    lookup_name = "iso_year"
    year_lookups = True


class ExtractMonth(Extract):
    lookup_name = "month"


class ExtractDay(Extract):
    lookup_name = "day"


class ExtractWeek(Extract):
    lookup_name = "week"


class ExtractWeekDay(Extract):
    lookup_name = "week_day"


class ExtractIsoWeekDay(Extract):
    lookup_name = "iso_week_day"


class ExtractQuarter(Extract):
    lookup_name = "quarter"


class ExtractHour(Extract):
    lookup_name = "hour"


class ExtractMinute(Extract):
    lookup_name = "minute"


class ExtractSecond(Extract):
    lookup_name = "second"


class Trunc(Transform):
    """django_date_trunc('month', "t"."c", NULL, NULL) and friends."""

    kind = None

    def __init__(self, expression, kind=None, output_field=None, tzinfo=None, **extra):
        if self.kind is None:
            self.kind = kind
        self.tzinfo = tzinfo
        super().__init__(expression, output_field=output_field, **extra)

    def _resolve_output_field(self):
        e = self.source_expressions[0]
        return e._output_field_or_none if hasattr(e, "_output_field_or_none") else None

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False,
                           for_save=False):
        """Django's TruncBase checks: a date/time input and output, no time
        kind (nor a DateTimeField) from a plain DateField, no date kind from
        a TimeField."""
        c = super().resolve_expression(query, allow_joins, reuse, summarize, for_save)
        field = getattr(c.source_expressions[0], "_output_field_or_none", None)
        if field is None:
            return c
        f = _fields()
        if not isinstance(field, (f.DateField, f.TimeField)):
            raise TypeError("%r isn't a DateField, TimeField, or DateTimeField." % field.name)
        output = c.output_field
        if not isinstance(output, (f.DateField, f.DateTimeField, f.TimeField)):
            raise ValueError("output_field must be either DateField, TimeField, or DateTimeField")
        explicit = isinstance(c, (TruncDate, TruncTime)) or type(field) is not type(output)
        target = type(output).__name__ if explicit else "DateTimeField"
        if type(field) is f.DateField and (isinstance(output, f.DateTimeField)
                                           or c.kind in ("hour", "minute", "second", "time")):
            raise ValueError("Cannot truncate DateField '%s' to %s." % (field.name, target))
        if isinstance(field, f.TimeField) and (isinstance(output, f.DateTimeField) or c.kind in (
                "year", "quarter", "month", "week", "day", "date")):
            raise ValueError("Cannot truncate TimeField '%s' to %s." % (field.name, target))
        return c

    def as_sql(self, compiler, connection=None, **extra_context):
        e = self.source_expressions[0]
        sql, params = compiler.compile(e)
        t = _internal_type(e._output_field_or_none if hasattr(e, "_output_field_or_none") else None)
        if t == "DateTimeField":
            return ("django_datetime_trunc(%%s, %s, %%s, %%s)" % sql,
                    [self.kind] + list(params) + [None, None])
        if t == "TimeField":
            return ("django_time_trunc(%%s, %s, %%s, %%s)" % sql,
                    [self.kind] + list(params) + [None, None])
        return ("django_date_trunc(%%s, %s, %%s, %%s)" % sql,
                [self.kind] + list(params) + [None, None])

    def as_sqlite(self, compiler, connection=None, **extra_context):
        return self.as_sql(compiler, connection, **extra_context)


class TruncYear(Trunc):
    kind = "year"


class TruncQuarter(Trunc):
    kind = "quarter"


class TruncMonth(Trunc):
    kind = "month"


class TruncWeek(Trunc):
    kind = "week"


class TruncDay(Trunc):
    kind = "day"


class TruncHour(Trunc):
    kind = "hour"


class TruncMinute(Trunc):
    kind = "minute"


class TruncSecond(Trunc):
    kind = "second"


class TruncDate(Trunc):
    kind = "date"
    lookup_name = "date"

    def _resolve_output_field(self):
        return _fields().DateField()

    def as_sql(self, compiler, connection=None, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return "django_datetime_cast_date(%s, %%s, %%s)" % sql, list(params) + [None, None]


class TruncTime(Trunc):
    kind = "time"
    lookup_name = "time"

    def _resolve_output_field(self):
        return _fields().TimeField()

    def as_sql(self, compiler, connection=None, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return "django_datetime_cast_time(%s, %%s, %%s)" % sql, list(params) + [None, None]


from django.db.models.functions.window import (  # noqa: E402 (after the classes it may use)
    CumeDist, DenseRank, FirstValue, Lag, LastValue, Lead, NthValue, Ntile, PercentRank, Rank,
    RowNumber,
)


def _register_date_transforms():
    """pub_date__year, created__date, … : the transforms Django's
    functions.datetime registers on the date and time fields."""
    from django.db.models.fields import DateField, DateTimeField, TimeField
    for t in (ExtractYear, ExtractMonth, ExtractDay, ExtractWeekDay, ExtractIsoWeekDay, ExtractWeek,
              ExtractIsoYear, ExtractQuarter):
        DateField.register_lookup(t)
    for field in (TimeField, DateTimeField):
        for t in (ExtractHour, ExtractMinute, ExtractSecond):
            field.register_lookup(t)
    DateTimeField.register_lookup(TruncDate)
    DateTimeField.register_lookup(TruncTime)


_register_date_transforms()

# Transform is django.db.models's (and lookups'); Django's functions
# package does not export it
del Transform
