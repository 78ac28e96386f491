"""Aggregates (Count, Sum, Avg, Min, Max, StdDev, Variance) and the two
QuerySet methods built on them — annotate()/alias() and aggregate() —
following Django 5.2: annotate() with an aggregate groups the query
(GROUP BY every model column, or the values() columns), aggregate() runs
one SELECT, through a subquery when the query is sliced, distinct or
already aggregated.

Also re-exports the expression classes django.db.models offers (it
star-imports this module).
"""
from django.core.exceptions import FieldError, EmptyResultSet
from django.db.models.expressions import FilteredRelation
from django.db.models.expressions import (
    Expression, Func, Value, Star, Ref, Col, F, Case, When, ExpressionWrapper, Subquery, Exists,
    OuterRef, WhereNode, Q, _fields, _internal_type, _INTEGER_TYPES, Expression as _E,
)
from django.db.models.functions.mixins import FixDurationInputMixin, NumericOutputFieldMixin

__all__ = [
    "Aggregate", "Count", "Sum", "Avg", "Min", "Max", "StdDev", "Variance",
    "Func", "Case", "When", "ExpressionWrapper", "Subquery", "Exists", "OuterRef",
]


class Aggregate(Func):
    """FUNCTION([DISTINCT ]expr) [FILTER (WHERE …)]; groups nothing."""

    template = "%(function)s(%(distinct)s%(expressions)s)"
    contains_aggregate = True
    window_compatible = True
    name = None
    allow_distinct = False
    empty_result_set_value = None

    def __init__(self, *expressions, distinct=False, filter=None, default=None, **extra):
        if distinct and not self.allow_distinct:
            raise TypeError("%s does not allow distinct." % type(self).__name__)
        if default is not None and self.empty_result_set_value is not None:
            raise TypeError("%s does not allow default." % type(self).__name__)
        self.distinct = distinct
        self.filter = filter
        self.default = default
        super().__init__(*expressions, **extra)

    def __repr__(self):
        args = ", ".join(str(e) for e in self.source_expressions)
        extra = ""
        if self.distinct:
            extra += ", distinct=True"
        if self.filter is not None:
            extra += ", filter=%s" % (self.filter,)
        return "%s(%s%s)" % (type(self).__name__, args, extra)

    def get_group_by_cols(self):
        return []

    def get_refs(self):
        refs = super().get_refs()
        f = self.filter
        if f is not None and hasattr(f, "get_refs"):
            refs |= f.get_refs()
        return refs

    @property
    def default_alias(self):
        exprs = self.get_source_expressions()
        if len(exprs) == 1 and hasattr(exprs[0], "name") and isinstance(exprs[0].name, str):
            return "%s__%s" % (exprs[0].name, self.name.lower())
        raise TypeError("Complex expressions require an alias")

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False,
                           for_save=False):
        c = super().resolve_expression(query, allow_joins, reuse, summarize)
        if c.filter is not None:
            c.filter = c.filter.resolve_expression(query, allow_joins, reuse, summarize)
        if summarize:
            for ref in c.get_refs():
                ann = query.annotations.get(ref)
                if ann is not None and getattr(ann, "is_summary", False):
                    raise FieldError("Cannot compute %s('%s'): '%s' is an aggregate"
                                     % (c.name, ref, ref))
        elif not self.is_summary:
            for i, e in enumerate(c.source_expressions):
                if getattr(e, "contains_aggregate", False):
                    before = self.source_expressions[i]
                    nm = before.name if hasattr(before, "name") else repr(before)
                    raise FieldError("Cannot compute %s('%s'): '%s' is an aggregate"
                                     % (c.name, nm, nm))
        default = c.default
        if default is None:
            return c
        out = c._output_field_or_none
        if hasattr(default, "resolve_expression"):
            default = default.resolve_expression(query, allow_joins, reuse, summarize)
            if default._output_field_or_none is None:
                default._output_field = out
        else:
            default = Value(default, out)
        c.default = None
        from django.db.models.functions import Coalesce
        co = Coalesce(c, default, output_field=out)
        co.is_summary = c.is_summary
        return co

    def relabeled_clone(self, change_map):
        c = super().relabeled_clone(change_map)
        if c.filter is not None and hasattr(c.filter, "relabeled_clone"):
            c.filter = c.filter.relabeled_clone(change_map)
        return c

    def replace_expressions(self, replacements):
        c = super().replace_expressions(replacements)
        if isinstance(c, Aggregate) and c.filter is not None and hasattr(c.filter, "children"):
            c.filter = _replace_in_where(c.filter, replacements)
        return c

    def as_sql(self, compiler, connection=None, **extra_context):
        extra_context["distinct"] = "DISTINCT " if self.distinct else ""
        if self.filter is not None:
            try:
                fsql, fparams = compiler.compile(self.filter)
            except EmptyResultSet:
                fsql, fparams = "0 = 1", []
            except Exception as e:
                if type(e).__name__ != "FullResultSet":
                    raise
                return super().as_sql(compiler, connection, **extra_context)
            sql, params = super().as_sql(compiler, connection, **extra_context)
            return "%s FILTER (WHERE %s)" % (sql, fsql), list(params) + list(fparams)
        return super().as_sql(compiler, connection, **extra_context)


def _replace_in_where(node, replacements):
    if isinstance(node, WhereNode):
        n = node.copy()
        n.children = [_replace_in_where(c, replacements) for c in node.children]
        return n
    if hasattr(node, "lhs") and hasattr(node, "rhs") and not isinstance(node, _E):
        n = type(node).__new__(type(node))
        n.__dict__.update(node.__dict__)
        if hasattr(node.lhs, "replace_expressions"):
            n.lhs = node.lhs.replace_expressions(replacements)
        if hasattr(node.rhs, "replace_expressions"):
            n.rhs = node.rhs.replace_expressions(replacements)
        return n
    if hasattr(node, "replace_expressions"):
        return node.replace_expressions(replacements)
    return node


class Count(Aggregate):
    function = "COUNT"
    name = "Count"
    allow_distinct = True
    empty_result_set_value = 0

    def __init__(self, expression, filter=None, **extra):
        if expression == "*":
            expression = Star()
        if isinstance(expression, Star) and filter is not None:
            raise ValueError("Star cannot be used with filter. Please specify a field.")
        super().__init__(expression, filter=filter, **extra)

    def _resolve_output_field(self):
        return _fields().IntegerField()


class Sum(FixDurationInputMixin, Aggregate):
    function = "SUM"
    name = "Sum"
    allow_distinct = True


class Avg(FixDurationInputMixin, NumericOutputFieldMixin, Aggregate):
    function = "AVG"
    name = "Avg"
    allow_distinct = True


class Max(Aggregate):
    function = "MAX"
    name = "Max"


class Min(Aggregate):
    function = "MIN"
    name = "Min"


class StdDev(NumericOutputFieldMixin, Aggregate):
    name = "StdDev"

    def __init__(self, expression, sample=False, **extra):
        self.function = "STDDEV_SAMP" if sample else "STDDEV_POP"
        super().__init__(expression, **extra)


class Variance(NumericOutputFieldMixin, Aggregate):
    name = "Variance"

    def __init__(self, expression, sample=False, **extra):
        self.function = "VAR_SAMP" if sample else "VAR_POP"
        super().__init__(expression, **extra)


# ---------------------------------------------------------------- QuerySet methods

def _validate_expressions(values, method_name):
    invalid = sorted(str(a) for a in values if not hasattr(a, "resolve_expression"))
    if invalid:
        raise TypeError("QuerySet.%s() received non-expression(s): %s."
                        % (method_name, ", ".join(invalid)))


def annotate_queryset(queryset, args, kwargs, select):
    """QuerySet.annotate() (select=True) and alias() (select=False)."""
    _validate_expressions(tuple(args) + tuple(kwargs.values()),
                          "annotate" if select else "alias")
    annotations = {}
    for arg in args:
        try:
            alias = arg.default_alias
        except (TypeError, AttributeError):
            raise TypeError("Complex annotations require an alias")
        if alias in kwargs:
            raise ValueError("The named annotation '%s' conflicts with the default name for "
                             "another annotation." % alias)
        annotations[alias] = arg
    annotations.update(kwargs)
    clone = queryset._chain()
    names = queryset._fields
    if names is None:
        names = set()
        for f in queryset.model._meta.get_fields():
            names.add(f.name)
            if hasattr(f, "attname"):
                names.add(f.attname)
    for alias, annotation in annotations.items():
        if alias in names:
            raise ValueError("The annotation '%s' conflicts with a field on the model." % alias)
        if isinstance(annotation, FilteredRelation):
            clone.query.add_filtered_relation(annotation, alias)
            continue
        clone.query.add_annotation(annotation, alias, select=select)
    for alias, annotation in clone.query.annotations.items():
        if alias in annotations and getattr(annotation, "contains_aggregate", False):
            if clone._fields is None:
                clone.query.group_by = True
            else:
                clone.query.set_group_by()
            break
    return clone


def run_aggregate(queryset, args, kwargs):
    """QuerySet.aggregate(): a dict of the values, from one query."""
    if queryset.query.distinct_fields:
        raise NotImplementedError("aggregate() + distinct(fields) not implemented.")
    _validate_expressions(tuple(args) + tuple(kwargs.values()), "aggregate")
    kwargs = dict(kwargs)
    for arg in args:
        try:
            alias = arg.default_alias
        except (AttributeError, TypeError):
            raise TypeError("Complex aggregates require an alias")
        kwargs[alias] = arg
    return get_aggregation(queryset.query.chain(), kwargs)


def _gen_cols(exprs, resolve_refs=True, out=None):
    """Every Col inside exprs (not inside Refs unless resolve_refs)."""
    if out is None:
        out = []
    for e in exprs:
        if isinstance(e, Col):
            out.append(e)
        elif isinstance(e, Ref) and not resolve_refs:
            continue
        elif isinstance(e, WhereNode):
            _gen_cols(e.children, resolve_refs, out)
        elif hasattr(e, "lhs") and hasattr(e, "rhs") and not isinstance(e, _E):
            _gen_cols([x for x in (e.lhs, e.rhs) if hasattr(x, "as_sql")], resolve_refs, out)
        elif hasattr(e, "get_source_expressions"):
            srcs = [s for s in e.get_source_expressions() if s is not None]
            if isinstance(e, Aggregate) and e.filter is not None:
                srcs.append(e.filter)
            _gen_cols(srcs, resolve_refs, out)
    return out


def get_aggregation(query, aggregate_exprs):
    """Django's Query.get_aggregation: run the aggregates over query (a
    clone the caller gives up) and return {alias: value}."""
    from django.db.models.sql.compiler import AggregateQuery, SQLCompiler, execute_single
    if not aggregate_exprs:
        return {}
    refs_subquery = False
    replacements = {}
    mask_before = query.annotation_select_mask
    if mask_before is not None:
        mask_before = list(mask_before)
    for alias, expr in aggregate_exprs.items():
        agg = expr.resolve_expression(query, allow_joins=True, reuse=None, summarize=True)
        if not getattr(agg, "contains_aggregate", False):
            raise TypeError("%s is not an aggregate expression" % alias)
        if query.annotation_select_mask is not None:
            query.annotation_select_mask.append(alias)
        refs = agg.get_refs()
        refs_subquery = refs_subquery or any(
            getattr(query.annotations.get(r), "contains_subquery", False)
            or getattr(query.annotations.get(r), "contains_over_clause", False) for r in refs)
        agg = agg.replace_expressions(replacements)
        query.annotations[alias] = agg
        replacements[Ref(alias, agg)] = agg
    aggregates = {alias: query.annotations.pop(alias) for alias in aggregate_exprs}
    query.annotation_select_mask = mask_before
    _, having = query.where.split_having() if query.where else (None, None)
    has_existing_aggregation = any(getattr(a, "contains_aggregate", True)
                                   for a in query.annotations.values()) or bool(having)
    pk = query.get_meta().pk
    from django.db.models.sql.compiler import _split_qualify
    qualify = _split_qualify(query.where if query.where else None)[1]
    if (isinstance(query.group_by, tuple) or query.is_sliced or has_existing_aggregation
            or refs_subquery or query.distinct or query.combinator or qualify is not None):
        inner = query.clone()
        inner.subquery = True
        outer = AggregateQuery(query.model, inner)
        inner.select_for_update = False
        inner.select_related = False
        inner.annotation_select_mask = list(query.annotation_select)
        inner.clear_ordering(force=False)
        if not inner.distinct:
            if inner.default_cols and has_existing_aggregation:
                inner.group_by = (Col(inner.get_initial_alias(), pk),)
            inner.default_cols = False
            if qualify is None and not query.combinator:
                mask = set()
                if isinstance(query.group_by, tuple):
                    for e in query.group_by:
                        if hasattr(e, "get_refs"):
                            mask |= e.get_refs()
                for agg in aggregates.values():
                    mask |= agg.get_refs()
                for a, ann in query.annotation_select.items():
                    if ann.get_group_by_cols():
                        mask.add(a)
                inner.annotation_select_mask = [a for a in inner.annotations if a in mask]
        col_refs = {}
        for alias, agg in aggregates.items():
            repl = {}
            for col in _gen_cols([agg], resolve_refs=False):
                ref = col_refs.get(col)
                if ref is None:
                    col_alias = "__col%d" % (len(col_refs) + 1)
                    ref = Ref(col_alias, col)
                    col_refs[col] = ref
                    inner.annotations[col_alias] = col
                    if inner.annotation_select_mask is not None:
                        inner.annotation_select_mask.append(col_alias)
                repl[col] = ref
            outer.annotations[alias] = agg.replace_expressions(repl)
        if inner.select == () and not inner.default_cols and not inner.annotation_select_mask:
            inner.select = (Col(inner.get_initial_alias(), pk),)
    else:
        outer = query
        query.select = ()
        query.selected = ()
        query.values_select = ()
        query.default_cols = False
        query.select_related = False
        query.extra = {}
        if query.annotations:
            repl = {Ref(a, ann): ann for a, ann in query.annotations.items()}
            query.annotations = {a: agg.replace_expressions(repl) for a, agg in aggregates.items()}
        else:
            query.annotations = dict(aggregates)
        query.annotation_select_mask = list(aggregates)
    empty = [getattr(e, "empty_result_set_value", NotImplemented)
             for e in outer.annotation_select.values()]
    elide_empty = not any(v is NotImplemented for v in empty)
    outer.clear_ordering(force=True)
    outer.clear_limits()
    outer.select_for_update = False
    outer.select_related = False
    row = execute_single(outer, elide_empty)
    if row is None:
        row = empty
    return dict(zip(outer.annotation_select, row))
