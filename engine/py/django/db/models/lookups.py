"""Field lookups (exact, icontains, in, range, isnull, …) and transforms
(year, month, date, …) compiled as Django 5.2's SQLite backend compiles
them: LIKE … ESCAPE '\\', year lookups as BETWEEN bounds, other date
parts through the django_date_extract() functions the backend registers.
"""
import datetime
import math

from django.core.exceptions import EmptyResultSet, FieldError, FullResultSet
from django.db.models.expressions import Func, Value
from django.db.models.query_utils import RegisterLookupMixin

OPERATORS = {
    "exact": "= %s",
    "iexact": "LIKE %s ESCAPE '\\'",
    "contains": "LIKE %s ESCAPE '\\'",
    "icontains": "LIKE %s ESCAPE '\\'",
    "regex": "REGEXP %s",
    "iregex": "REGEXP '(?i)' || %s",
    "gt": "> %s",
    "gte": ">= %s",
    "lt": "< %s",
    "lte": "<= %s",
    "startswith": "LIKE %s ESCAPE '\\'",
    "endswith": "LIKE %s ESCAPE '\\'",
    "istartswith": "LIKE %s ESCAPE '\\'",
    "iendswith": "LIKE %s ESCAPE '\\'",
}

PATTERN_ESC = r"REPLACE(REPLACE(REPLACE({}, '\', '\\'), '%%', '\%%'), '_', '\_')"

PATTERN_OPS = {
    "contains": r"LIKE '%%' || {} || '%%' ESCAPE '\'",
    "icontains": r"LIKE '%%' || UPPER({}) || '%%' ESCAPE '\'",
    "startswith": r"LIKE {} || '%%' ESCAPE '\'",
    "istartswith": r"LIKE UPPER({}) || '%%' ESCAPE '\'",
    "endswith": r"LIKE '%%' || {} ESCAPE '\'",
    "iendswith": r"LIKE '%%' || UPPER({}) ESCAPE '\'",
}


def prep_for_like(value):
    return str(value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Lookup:
    lookup_name = None
    prepare_rhs = True
    db_prep = True          # Django's FieldGetDbPrepValueMixin
    can_use_none_as_rhs = False

    def __init__(self, lhs, rhs):
        self.lhs = lhs
        self.rhs = rhs
        self.rhs = self.get_prep_lookup()

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.lhs, self.rhs)

    @property
    def output_field(self):
        return getattr(self.lhs, "output_field", None)

    def rhs_is_direct_value(self):
        return not hasattr(self.rhs, "as_sql")

    def get_prep_lookup(self):
        rhs = self.rhs
        if hasattr(rhs, "resolve_expression"):
            return rhs      # an expression, F("mod_date__year") included
        if hasattr(rhs, "_meta") and hasattr(rhs, "pk"):
            rhs = rhs.pk
        f = self.output_field
        if self.prepare_rhs and f is not None and hasattr(f, "get_prep_value"):
            return f.get_prep_value(rhs)
        return rhs

    def get_db_prep_value(self, value):
        f = self.output_field
        if self.db_prep and f is not None and hasattr(f, "get_db_prep_value"):
            return f.get_db_prep_value(value, None, prepared=True)
        return value

    def process_lhs(self, compiler, connection=None, lhs=None):
        lhs = self.lhs if lhs is None else lhs
        # Django resolves the left side again when compiling (a Case/When
        # condition then prints in parentheses: WHERE CASE WHEN (…) …).
        if hasattr(lhs, "resolve_expression") and getattr(compiler, "query", None) is not None:
            lhs = lhs.resolve_expression(compiler.query)
        return compiler.compile(lhs)

    def bilateral_transforms(self):
        return self.lhs.get_bilateral_transforms() if hasattr(self.lhs, "get_bilateral_transforms") else []

    def apply_bilateral(self, compiler, connection, value, bilateral):
        """value through the lhs's bilateral transforms, compiled, as
        Django does (UPPER("t"."c") = (UPPER(%s)); one per item of __in)."""
        if not hasattr(value, "as_sql"):
            value = Value(value, output_field=self.lhs.output_field)
        for t in bilateral:
            value = t(value)
        if getattr(compiler, "query", None) is not None:
            value = value.resolve_expression(compiler.query)
        return compiler.compile(value)

    def process_rhs(self, compiler, connection=None):
        bilateral = self.bilateral_transforms()
        if bilateral:
            sql, params = self.apply_bilateral(compiler, connection, self.rhs, bilateral)
            if sql and sql[0] != "(":
                sql = "(%s)" % sql
            return sql, params
        if self.rhs_is_direct_value():
            return "%s", [self.get_db_prep_value(self.rhs)]
        sql, params = compiler.compile(self.rhs)
        # An expression on the right is parenthesized (once), as Django
        # does to keep operator precedence: > ("t"."c").
        if not isinstance(self.rhs, Value) and sql and sql[0] != "(":
            sql = "(%s)" % sql
        return sql, params

    def get_rhs_op(self, rhs_sql):
        return OPERATORS[self.lookup_name] % rhs_sql

    def as_sql(self, compiler, connection=None):
        lhs_sql, params = self.process_lhs(compiler, connection)
        rhs_sql, rhs_params = self.process_rhs(compiler, connection)
        params = list(params) + list(rhs_params)
        return "%s %s" % (lhs_sql, self.get_rhs_op(rhs_sql)), params

    def relabeled_clone(self, change_map):
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        if hasattr(self.lhs, "relabeled_clone"):
            new.lhs = self.lhs.relabeled_clone(change_map)
        if hasattr(self.rhs, "relabeled_clone"):
            new.rhs = self.rhs.relabeled_clone(change_map)
        return new

    contains_aggregate = False


class Exact(Lookup):
    lookup_name = "exact"

    def get_prep_lookup(self):
        rhs = self.rhs
        if hasattr(rhs, "query") and hasattr(rhs, "_iterable_class"):
            q = rhs.query
            if not q.has_select_fields and not q.values_select:
                pass
        return super().get_prep_lookup()

    def as_sql(self, compiler, connection=None):
        if self.rhs is True or self.rhs is False:
            f = self.output_field
            if f is not None and f.get_internal_type() == "BooleanField" and self.rhs_is_direct_value():
                lhs_sql, params = self.process_lhs(compiler, connection)
                return ("%s" if self.rhs else "NOT %s") % lhs_sql, params
        return super().as_sql(compiler, connection)


class IExact(Lookup):
    lookup_name = "iexact"
    prepare_rhs = False
    db_prep = False

    def process_rhs(self, compiler, connection=None):
        sql, params = super().process_rhs(compiler, connection)
        if self.rhs_is_direct_value() and params:
            params = [prep_for_like(params[0])]
        return sql, params


class GreaterThan(Lookup):
    lookup_name = "gt"


class GreaterThanOrEqual(Lookup):
    lookup_name = "gte"


class LessThan(Lookup):
    lookup_name = "lt"


class LessThanOrEqual(Lookup):
    lookup_name = "lte"


class PatternLookup(Lookup):
    prepare_rhs = False
    db_prep = False
    fmt = "%%%s%%"

    def get_rhs_op(self, rhs_sql):
        if not self.rhs_is_direct_value():
            # An expression: escape its wildcards in SQL, as Django's
            # SQLite pattern_esc / pattern_ops do.
            return PATTERN_OPS[self.lookup_name].format(PATTERN_ESC).format(rhs_sql)
        return super().get_rhs_op(rhs_sql)

    def process_rhs(self, compiler, connection=None):
        sql, params = super().process_rhs(compiler, connection)
        if self.rhs_is_direct_value() and params:
            params = [self.fmt % prep_for_like(params[0])]
        return sql, params


class Contains(PatternLookup):
    lookup_name = "contains"


class IContains(Contains):
    lookup_name = "icontains"


class StartsWith(PatternLookup):
    lookup_name = "startswith"
    fmt = "%s%%"


class IStartsWith(StartsWith):
    lookup_name = "istartswith"


class EndsWith(PatternLookup):
    lookup_name = "endswith"
    fmt = "%%%s"


class IEndsWith(EndsWith):
    lookup_name = "iendswith"


class In(Lookup):
    lookup_name = "in"

    def get_prep_lookup(self):
        rhs = self.rhs
        q = getattr(rhs, "query", None)
        if q is not None and hasattr(q, "values_select"):
            n = 1 if q.default_cols else len(q.select) + len(q.annotation_select)
            if n != 1:
                raise ValueError("The QuerySet value for the '%s' lookup must have 1 selected fields "
                                 "(received %d)" % (self.lookup_name, n))
        if hasattr(rhs, "resolve_expression"):
            return rhs
        # a string is iterated, as in Django; iter(), not hasattr(__iter__):
        # kata Python's generators have no __iter__ attribute
        try:
            rhs = list(iter(rhs))
        except TypeError:
            raise TypeError("'%s' object is not iterable" % type(rhs).__name__)
        f = self.output_field
        out = []
        for v in rhs:
            if hasattr(v, "resolve_expression"):
                out.append(v)
                continue
            if hasattr(v, "_meta") and hasattr(v, "pk"):
                v = v.pk
            if f is not None:
                v = f.get_prep_value(v)
            out.append(v)
        return out

    def process_rhs(self, compiler, connection=None):
        if not self.rhs_is_direct_value():
            sql, params = compiler.compile(self.rhs)
            if not sql.startswith("("):
                sql = "(%s)" % sql
            return sql, params
        # Django's OrderedSet(self.rhs) without None; unhashable values are
        # kept as they are, duplicates and all (its TypeError fallback)
        try:
            seen = list(dict.fromkeys(v for v in self.rhs if v is not None))
        except TypeError:
            seen = [v for v in self.rhs if v is not None]
        if not seen:
            raise EmptyResultSet
        bilateral = self.bilateral_transforms()
        if bilateral:
            sqls, params = [], []
            for v in seen:
                sql, p = self.apply_bilateral(compiler, connection, v, bilateral)
                sqls.append(sql)
                params.extend(p)
            return "(" + ", ".join(sqls) + ")", params
        params = [self.get_db_prep_value(v) for v in seen]
        return "(" + ", ".join(["%s"] * len(params)) + ")", params

    def get_rhs_op(self, rhs_sql):
        return "IN %s" % rhs_sql


class Range(Lookup):
    lookup_name = "range"

    def get_prep_lookup(self):
        f = self.output_field
        vals = list(self.rhs)
        if f is not None:
            vals = [v if hasattr(v, "resolve_expression") else f.get_prep_value(v) for v in vals]
        return vals

    def process_rhs(self, compiler, connection=None):
        # A bound that is an expression (F()) is compiled in place,
        # without parentheses, as Django's batch_process_rhs does.
        sqls = []
        params = []
        bilateral = self.bilateral_transforms()
        for v in self.rhs:
            if bilateral:
                sql, p = self.apply_bilateral(compiler, connection, v, bilateral)
                sqls.append(sql)
                params.extend(p)
            elif hasattr(v, "as_sql"):
                sql, p = compiler.compile(v)
                sqls.append(sql)
                params.extend(p)
            else:
                sqls.append("%s")
                params.append(self.get_db_prep_value(v))
        sqls = tuple(sqls)
        return "%s AND %s" % (sqls[0], sqls[1]), params

    def get_rhs_op(self, rhs_sql):
        return "BETWEEN %s" % rhs_sql


class IsNull(Lookup):
    lookup_name = "isnull"
    prepare_rhs = False

    def __init__(self, lhs, rhs):
        self.lhs = lhs
        self.rhs = rhs

    def as_sql(self, compiler, connection=None):
        # Checked when compiled, as Django does: filter(x__isnull="yes") only
        # raises when the query is run or printed.
        if not isinstance(self.rhs, bool):
            raise ValueError("The QuerySet value for an isnull lookup must be True or False.")
        sql, params = compiler.compile(self.lhs)
        if self.rhs:
            return "%s IS NULL" % sql, params
        return "%s IS NOT NULL" % sql, params


class Regex(Lookup):
    lookup_name = "regex"
    prepare_rhs = False
    db_prep = False


class IRegex(Regex):
    lookup_name = "iregex"


class IntegerFieldOverflow:
    """An integer past the database's range matches no row (or, for the
    bound that every row is on the right side of, every row): SQLite's
    range is 64 bits for every integer field."""

    underflow_exception = EmptyResultSet
    overflow_exception = EmptyResultSet

    def process_rhs(self, compiler, connection=None):
        rhs = self.rhs
        if isinstance(rhs, int):
            if rhs < -9223372036854775808:
                raise self.underflow_exception
            if rhs > 9223372036854775807:
                raise self.overflow_exception
        return super().process_rhs(compiler, connection)


class IntegerFieldFloatRounding:
    """A float bound of gte/lt is rounded up, or its fraction would be
    dropped (rating__gte=4.5 is rating >= 5)."""

    def get_prep_lookup(self):
        if isinstance(self.rhs, float):
            self.rhs = math.ceil(self.rhs)
        return super().get_prep_lookup()


class IntegerFieldExact(IntegerFieldOverflow, Exact):
    pass


class IntegerGreaterThan(IntegerFieldOverflow, GreaterThan):
    underflow_exception = FullResultSet


class IntegerGreaterThanOrEqual(IntegerFieldOverflow, IntegerFieldFloatRounding, GreaterThanOrEqual):
    underflow_exception = FullResultSet


class IntegerLessThan(IntegerFieldOverflow, IntegerFieldFloatRounding, LessThan):
    overflow_exception = FullResultSet


class IntegerLessThanOrEqual(IntegerFieldOverflow, LessThanOrEqual):
    overflow_exception = FullResultSet


LOOKUPS = {c.lookup_name: c for c in (
    Exact, IExact, GreaterThan, GreaterThanOrEqual, LessThan, LessThanOrEqual, Contains, IContains,
    StartsWith, IStartsWith, EndsWith, IEndsWith, In, Range, IsNull, Regex, IRegex)}


def _register_integer_lookups():
    from django.db.models.fields import IntegerField
    for lookup in (IntegerFieldExact, IntegerGreaterThan, IntegerGreaterThanOrEqual, IntegerLessThan,
                   IntegerLessThanOrEqual):
        IntegerField.register_lookup(lookup)


_register_integer_lookups()


# ---------------------------------------------------------------- transforms

class Transform(RegisterLookupMixin, Func):
    """Django's Transform: a Func of one expression, lhs, that a field
    class answers to under lookup_name (pub_date__year is ExtractYear,
    name__lower is Lower once CharField.register_lookup(Lower)). A custom
    one as the docs write it (lookup_name, function, bilateral) compiles
    function(lhs), of lhs's output field unless it says otherwise."""

    bilateral = False
    arity = 1

    @property
    def lhs(self):
        return self.get_source_expressions()[0]

    def get_bilateral_transforms(self):
        found = self.lhs.get_bilateral_transforms() if hasattr(self.lhs, "get_bilateral_transforms") else []
        if self.bilateral:
            found.append(type(self))
        return found


def _iso_year_start(year):
    """date.fromisocalendar(year, 1, 1) (kata Python's date lacks it): the
    Monday of the week holding 4 January."""
    jan4 = datetime.date(year, 1, 4)
    return jan4 - datetime.timedelta(days=jan4.isoweekday() - 1)


def _year_source(lookup):
    """The date of a year lookup: what ExtractYear (pub_date__year) extracts from."""
    return lookup.lhs.lhs


def _year_bounds(lookup, year):
    f = _year_source(lookup).output_field
    iso = lookup.lhs.lookup_name == "iso_year"
    if iso:
        start, nxt = _iso_year_start(year), _iso_year_start(year + 1)
    if f.get_internal_type() == "DateTimeField":
        if iso:
            first = datetime.datetime(start.year, start.month, start.day)
            second = datetime.datetime(nxt.year, nxt.month, nxt.day) - datetime.timedelta(microseconds=1)
        else:
            first = datetime.datetime(year, 1, 1)
            second = datetime.datetime(year, 12, 31, 23, 59, 59, 999999)
    elif iso:
        first, second = start, nxt - datetime.timedelta(days=1)
    else:
        first = datetime.date(year, 1, 1)
        second = datetime.date(year, 12, 31)
    return [f.get_db_prep_value(first, None, prepared=True),
            f.get_db_prep_value(second, None, prepared=True)]


def _year_as_sql(lookup, compiler, base):
    """pub_date__year=2008 -> BETWEEN '2008-01-01' AND '2008-12-31' (an
    index-friendly range), as Django does for exact/gt/gte/lt/lte."""
    if lookup.rhs_is_direct_value():
        lhs_sql, params = compiler.compile(_year_source(lookup))
        rhs_sql, rhs_params = lookup.year_rhs(_year_bounds(lookup, lookup.rhs))
        return "%s %s" % (lhs_sql, rhs_sql), list(params) + rhs_params
    return base.as_sql(lookup, compiler)


class YearExact(Exact):
    def year_rhs(self, bounds):
        return "BETWEEN %s AND %s", bounds

    def as_sql(self, compiler, connection=None):
        return _year_as_sql(self, compiler, Exact)


class YearGt(GreaterThan):
    def year_rhs(self, bounds):
        return "> %s", bounds[1:]

    def as_sql(self, compiler, connection=None):
        return _year_as_sql(self, compiler, GreaterThan)


class YearGte(GreaterThanOrEqual):
    def year_rhs(self, bounds):
        return ">= %s", bounds[:1]

    def as_sql(self, compiler, connection=None):
        return _year_as_sql(self, compiler, GreaterThanOrEqual)


class YearLt(LessThan):
    def year_rhs(self, bounds):
        return "< %s", bounds[:1]

    def as_sql(self, compiler, connection=None):
        return _year_as_sql(self, compiler, LessThan)


class YearLte(LessThanOrEqual):
    def year_rhs(self, bounds):
        return "<= %s", bounds[1:]

    def as_sql(self, compiler, connection=None):
        return _year_as_sql(self, compiler, LessThanOrEqual)


YEAR_LOOKUPS = {"exact": YearExact, "gt": YearGt, "gte": YearGte, "lt": YearLt, "lte": YearLte}

DATE_PARTS = ("year", "iso_year", "month", "day", "week", "week_day", "iso_week_day", "quarter")
TIME_PARTS = ("hour", "minute", "second")


def registered_lookup(lhs_field, name):
    """What Field.register_lookup() registered as name on lhs_field's class
    or a base class, or None."""
    if lhs_field is None:
        return None
    for klass in type(lhs_field).__mro__:
        found = klass.__dict__.get("class_lookups", {}).get(name)
        if found is not None:
            return found
    return None


_functions_loaded = False


def load_functions():
    """Import django.db.models.functions once: it registers the date
    transforms (pub_date__year is ExtractYear), as Django's
    functions.datetime does. Done on first need rather than when
    django.db.models is imported, which every run does."""
    global _functions_loaded
    if not _functions_loaded:
        _functions_loaded = True
        import django.db.models.functions


def get_transform(lhs_field, name):
    """The transform class registered as name on lhs_field's class, or None."""
    load_functions()
    found = registered_lookup(lhs_field, name)
    if found is not None and not issubclass(found, Lookup):
        return found
    return None


def get_lookup(lhs, name):
    """The lookup class for `name` on the expression lhs, or None."""
    if getattr(lhs, "year_lookups", False):
        c = YEAR_LOOKUPS.get(name)
        if c is not None:
            return c
    try:
        f = getattr(lhs, "output_field", None)
    except Exception:
        f = None
    found = registered_lookup(f, name)
    if found is not None and issubclass(found, Lookup):
        return found
    return LOOKUPS.get(name)
