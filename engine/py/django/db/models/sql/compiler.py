"""SQLCompiler: turns a Query into SQL text and parameters exactly as
Django 5.2's SQLite compiler writes it, and runs SELECT / COUNT / EXISTS /
INSERT / UPDATE / DELETE statements through django.db.connection (so the
tracer records them with the learner's line).

Column lists: a model query selects every loaded column unaliased
("blog_entry"."id", …); values() selects `"t"."c" AS "name"` and its
ORDER BY refers to selected columns by position (ORDER BY 1 ASC).
"""
from django.core.exceptions import EmptyResultSet, FullResultSet, FieldError
from django.db.models.expressions import (
    Col, OrderBy, PositionRef, quote, F, Ref, Value, WhereNode, Expression, RawSQL,
    OutputFieldIsNoneError,
)
from django.db.models.sql.query import LOOKUP_SEP, INNER, LOUTER

GET_ITERATOR_CHUNK_SIZE = 100


_conn = None


def _connection():
    global _conn
    if _conn is None:
        from django.db import _connection as connection
        _conn = connection
    return _conn


def _execute(sql, params):
    cursor = _connection().cursor()
    if params.__class__ is list:
        params = tuple(params)      # as Django's compilers give them (and log them)
    cursor.execute(sql, params)
    return cursor


class SQLCompiler:
    def __init__(self, query, elide_empty=True):
        self.query = query
        self.elide_empty = elide_empty
        self.subquery = False
        self.klass_info = None
        self.select_cols = []       # [(expr, alias or None)]
        self.col_count = 0
        self._meta_ordering = None
        self.having = None

    @property
    def connection(self):
        return _connection()

    def compile(self, node):
        # as Django's: the vendor's own method first, and (compiler,
        # connection) for both, so a custom Lookup or Func written as the
        # docs show (as_sql(self, compiler, connection)) compiles here
        conn = _connection()
        vendor = getattr(node, "as_sqlite", None)
        if vendor is not None:
            return vendor(self, conn)
        return node.as_sql(self, conn)

    # ---- SELECT list

    def setup_select(self, with_col_aliases=False):
        q = self.query
        select = []
        klass_info = None
        if q.default_cols:
            alias = q.get_initial_alias()
            fields = q.get_loaded_field_names()
            extra = getattr(q, "prefetch_extra", None)
            extra_names = []
            if extra is not None:
                select.append((_Parens(extra[1]), extra[0]))
                extra_names.append(extra[0])
            # extra(select=…) goes before the model's columns.
            for name, (sql, params) in q.extra_select.items():
                select.append((RawSQL(sql, params), name))
                extra_names.append(name)
            start = len(select)
            for f in fields:
                select.append((Col(alias, f), None))
            klass_info = {"model": q.model, "fields": fields, "start": start, "related": [],
                          "extra": extra_names}
            ann = q.annotation_select
            if ann:
                # Annotations follow the model's columns and land on the
                # instance as attributes (from_db sets them like fields).
                fields = list(fields)
                for name, expr in ann.items():
                    select.append((expr, name))
                    fields.append(_AnnotationSlot(name, expr))
                klass_info["fields"] = fields
            if q.select_related:
                self.get_related_selections(select, klass_info, q.get_meta(), alias, 1,
                                            q.select_related if isinstance(q.select_related, dict) else None)
        else:
            names = getattr(q, "selected", None)
            if names and (q.values_select or all(n in q.annotations or n in q.extra for n in names)):
                pos = 0
                seen = set()
                for name in names:
                    if name in seen:
                        continue    # values_list(F(...)) names it twice
                    seen.add(name)
                    if name in q.extra and name not in q.values_select:
                        select.append((RawSQL(*q.extra[name]), name))
                    elif name in q.annotations and name not in q.values_select:
                        if q.annotation_select_mask is not None and name not in q.annotation_select_mask:
                            continue    # masked out (count() of a grouped values() query)
                        select.append((q.annotations[name], name))
                    else:
                        select.append((q.select[pos], name))
                        pos += 1
            else:
                for name, (sql, params) in q.extra_select.items():
                    select.append((RawSQL(sql, params), name))
                for col in q.select:
                    select.append((col, None))
        if not q.default_cols:
            for name, ann in q.annotation_select.items():
                if any(a == name for _, a in select):
                    continue
                select.append((ann, name))
        if with_col_aliases:
            n = 1
            for i, (expr, alias) in enumerate(select):
                if alias is None:
                    select[i] = (expr, "col%d" % n)
                    n += 1
        self.select_cols = select
        self.klass_info = klass_info
        return select

    def get_related_selections(self, select, klass_info, opts, root_alias, depth, requested,
                               prefix=""):
        q = self.query
        if requested is None and depth > q.max_depth:
            return
        for f in opts.concrete_fields:
            if not f.is_relation:
                if requested and f.name in requested:
                    choices = ", ".join(sorted(g.name for g in opts.concrete_fields if g.is_relation))
                    raise FieldError("Non-relational field given in select_related: '%s'. "
                                     "Choices are: %s" % (f.name, choices or "(none)"))
                continue
            if requested is None:
                if f.null:
                    continue
            elif f.name not in requested:
                continue
            if requested is not None and _deferred_here(q, prefix, f):
                raise FieldError("Field %s.%s cannot be both deferred and traversed using "
                                 "select_related at the same time." % (opts.object_name, f.name))
            info, _ = q.setup_joins([f.name], opts, root_alias)
            alias = info.joins[-1]
            model = f.remote_field.model
            fields = _related_loaded_fields(q, model, prefix + f.name)
            start = len(select)
            for rf in fields:
                select.append((Col(alias, rf), None))
            sub = {"model": model, "fields": fields, "start": start, "related": [], "field": f}
            klass_info["related"].append(sub)
            next_req = requested.get(f.name) if requested is not None else None
            if requested is None or next_req:
                self.get_related_selections(select, sub, model._meta, alias, depth + 1, next_req,
                                            prefix + f.name + LOOKUP_SEP)
        if requested and not prefix:
            # select_related("alias") of a FilteredRelation: the object of
            # its join, set as the attribute `alias`.
            for name in requested:
                if name not in q._filtered_relations:
                    continue
                info, _ = q.setup_joins([name], opts, root_alias)
                alias = info.joins[-1]
                model = info.opts.model
                fields = _related_loaded_fields(q, model, name)
                start = len(select)
                for rf in fields:
                    select.append((Col(alias, rf), None))
                klass_info["related"].append({"model": model, "fields": fields, "start": start,
                                              "related": [], "field": None, "attr": name})
        if requested:
            valid = {f.name for f in opts.concrete_fields if f.is_relation}
            if not prefix:
                valid |= set(q._filtered_relations)
            for name in requested:
                if name not in valid:
                    choices = ", ".join(sorted(valid)) or "(none)"
                    raise FieldError("Invalid field name(s) given in select_related: '%s'. "
                                     "Choices are: %s" % (name, choices))

    # ---- ORDER BY

    def get_order_by(self):
        q = self.query
        if q.extra_order_by:
            ordering = q.extra_order_by
        elif not q.default_ordering:
            ordering = q.order_by
        elif q.order_by:
            ordering = q.order_by
        elif q.get_meta().ordering:
            ordering = q.get_meta().ordering
            self._meta_ordering = ordering
        else:
            ordering = ()
        if not ordering:
            return []
        standard = q.standard_ordering
        positions = {}
        # Django's _order_by_pairs: a name refers to a selected column by
        # position only when it is that column's alias.
        for i, (expr, alias) in enumerate(self.select_cols, start=1):
            if alias:
                positions.setdefault(alias, i)
        result = []
        for field in ordering:
            if hasattr(field, "resolve_expression"):
                expr = field
                if isinstance(expr, Value):
                    from django.db.models.functions import Cast
                    expr = Cast(expr, expr.output_field)
                if not isinstance(expr, OrderBy):
                    expr = expr.asc()
                inner = expr.expression
                pos = None
                if isinstance(inner, F) and type(inner) is F and inner.name in positions:
                    pos = positions[inner.name]   # SQLite takes NULLS FIRST/LAST after a position
                expr = expr.resolve_expression(q)
                if not standard:
                    expr = expr.copy().reverse_ordering()
                if pos is not None:
                    expr = OrderBy(PositionRef(pos), expr.descending, expr.nulls_first, expr.nulls_last)
                    result.append((expr, True))
                    continue
                result.append((self._positional(expr, positions), False))
                continue
            if field == "?":
                result.append((_Random(), False))
                continue
            descending = field.startswith("-")
            name = field[1:] if descending else field
            if not standard:
                descending = not descending
            if name in positions:
                result.append((OrderBy(PositionRef(positions[name]), descending), True))
                continue
            if name in q.annotations:
                if name in positions and name in q.annotation_select:
                    result.append((OrderBy(PositionRef(positions[name]), descending), True))
                else:
                    result.append((OrderBy(q.annotations[name], descending), False))
                continue
            for col in self.find_ordering_name(name, descending):
                result.append((self._positional(col, positions), False))
        # Django drops repeated ORDER BY terms.
        seen = []
        out = []
        for expr, is_ref in result:
            sql, params = self.compile(expr)
            key = (sql.rsplit(" ", 1)[0], tuple(params))
            if key in seen:
                continue
            seen.append(key)
            out.append((expr, (sql, params, is_ref)))
        return out

    def _positional(self, orderby, positions):
        e = orderby.expression
        if isinstance(e, Col):
            pos = positions.get((e.alias, id(e.target)))
            if pos is not None:
                return OrderBy(PositionRef(pos), orderby.descending, orderby.nulls_first, orderby.nulls_last)
        return orderby

    def find_ordering_name(self, name, descending, opts=None, alias=None, already_seen=None):
        q = self.query
        opts = opts or q.get_meta()
        pieces = name.split(LOOKUP_SEP)
        alias = alias or q.get_initial_alias()
        info, rest = q.setup_joins(pieces, opts, alias)
        if rest:
            # Django's setup_joins(fail_on_missing=True): the choices are
            # the last model's fields
            available = sorted(set(info.opts.field_names_for_error()) | set(q.annotation_select))
            raise FieldError("Cannot resolve keyword '%s' into field. Choices are: %s"
                             % (rest[0], ", ".join(available)))
        field = info.final_field
        # Ordering by a relation orders by the related model's ordering
        # (or its pk).
        if field.is_relation and pieces[-1] != field.attname and pieces[-1] != "pk" \
                and getattr(field, "remote_field", None) is not None and \
                info.opts.ordering and not hasattr(field, "m2m_source"):
            already_seen = already_seen or set()
            key = (id(info.opts), tuple(info.joins))
            if key in already_seen:
                raise FieldError("Infinite loop caused by ordering.")
            already_seen.add(key)
            out = []
            for item in info.opts.ordering:
                desc = item.startswith("-")
                iname = item[1:] if desc else item
                out.extend(self.find_ordering_name(iname, descending != desc, info.opts,
                                                   info.joins[-1], already_seen))
            return out
        targets, alias2, joins = q.trim_joins(info.targets, info.joins, info.path)
        return [OrderBy(Col(alias2, t), descending) for t in targets]

    # ---- FROM

    def get_from_clause(self):
        q = self.query
        result = []
        for alias, j in q.alias_map.items():
            if not q.alias_refcount.get(alias):
                continue
            if getattr(j, "filtered_relation", None) is not None:
                # FilteredRelation: its condition is ANDed to the ON clause.
                sql, p = j.as_sql(self)
                self._from_params.extend(p)
                result.append(sql)
                continue
            result.append(j.as_sql())
        # extra(tables=[...]): Django's ", table" after the joins, unless
        # the table is already joined under its own name
        for t in getattr(q, "extra_tables", ()):
            alias, _ = q.table_alias(t)
            if alias not in q.alias_map or q.alias_refcount[alias] == 1:
                result.append(", %s" % (alias if alias in q.alias_map and alias not in q.table_map
                                        else quote(alias)))
        return result

    # ---- the statement

    def as_sql(self, with_limits=True, with_col_aliases=False):
        q = self.query
        refcounts_before = dict(q.alias_refcount)
        try:
            with_col_aliases = with_col_aliases or bool(q.combinator)
            select = self.setup_select(with_col_aliases) if with_col_aliases else self.setup_select()
            if all(not q.alias_refcount.get(a) for a in q.alias_map):
                q.get_initial_alias()
            order_by = self.get_order_by()
            if q.combinator:
                return self.get_combinator_sql(order_by, with_limits)
            where_node, having_node = (q.where.split_having() if q.where else (None, None))
            where_node, qualify_node = _split_qualify(where_node)
            if qualify_node is not None:
                return self.get_qualify_sql(where_node, having_node, qualify_node, order_by,
                                            with_limits)
            self.having = having_node
            try:
                where, w_params = self.compile(where_node) if where_node else ("", [])
            except EmptyResultSet:
                if self.elide_empty:
                    raise
                where, w_params = "0 = 1", []
            except FullResultSet:
                where, w_params = "", []
            try:
                having, h_params = self.compile(having_node) if having_node else ("", [])
            except FullResultSet:
                having, h_params = "", []
            out_cols = []
            params = []
            col_sqls = []
            for expr, alias in select:
                sql, p = self.compile_select(expr)
                col_sqls.append((sql, p))
                if alias:
                    sql = "%s AS %s" % (sql, quote(alias))
                out_cols.append(sql)
                params.extend(p)
            if q.distinct and not q.distinct_fields:
                for expr, (o_sql, o_params, is_ref) in order_by:
                    if is_ref:
                        continue
                    inner = expr.expression if isinstance(expr, OrderBy) else expr
                    if isinstance(inner, PositionRef):
                        continue
                    if isinstance(inner, _Random):
                        # Django strips the direction (ordering_parts) off the column
                        s, p = "RAND()", []
                    else:
                        s, p = self.compile(inner)
                    if (s, p) not in col_sqls:
                        col_sqls.append((s, p))
                        out_cols.append(s)
                        params.extend(p)
            self._from_params = []
            from_ = self.get_from_clause()
            params.extend(self._from_params)
            result = ["SELECT"]
            if q.distinct:
                if q.distinct_fields:
                    from django.db import NotSupportedError
                    raise NotSupportedError("DISTINCT ON fields is not supported by this database backend")
                result.append("DISTINCT")
            result.append(", ".join(out_cols))
            result.append("FROM")
            result.append(" ".join(from_))
            if where:
                result.append("WHERE %s" % where)
                params.extend(w_params)
            group_by = self.get_group_by(select, order_by)
            if group_by:
                result.append("GROUP BY %s" % ", ".join(s for s, _ in group_by))
                for _, p in group_by:
                    params.extend(p)
                if self._meta_ordering:
                    order_by = []
            if having:
                result.append("HAVING %s" % having)
                params.extend(h_params)
            if order_by:
                ordering = []
                for _, (o_sql, o_params, _) in order_by:
                    ordering.append(o_sql)
                    params.extend(o_params)
                result.append("ORDER BY %s" % ", ".join(ordering))
            if with_limits:
                lim = limit_offset_sql(q.low_mark, q.high_mark)
                if lim:
                    result.append(lim)
            if q.select_for_update:
                pass
            self.col_count = len(out_cols)
            return " ".join(result), tuple(params)
        finally:
            q.reset_refcounts(refcounts_before)

    def get_combinator_sql(self, order_by, with_limits):
        """union() / intersection() / difference(): the combined queries
        joined by UNION [ALL] / INTERSECT / EXCEPT, then this query's
        ORDER BY and LIMIT. SQLite allows neither in the parts."""
        from django.db import DatabaseError
        q = self.query
        combinator = q.combinator
        parts = []
        for part in q.combined_queries:
            if part.is_sliced:
                raise DatabaseError("LIMIT/OFFSET not allowed in subqueries of compound statements.")
            if part.order_by or part.extra_order_by or (
                    part.default_ordering and part.get_meta().ordering):
                raise DatabaseError("ORDER BY not allowed in subqueries of compound statements.")
        for part in q.combined_queries:
            selected = getattr(q, "selected", None)
            if selected is not None and getattr(part, "selected", None) is None:
                part = part.clone()
                part.set_values(selected)
            pc = SQLCompiler(part, self.elide_empty)
            if getattr(part, "exists_select", False):
                pc.setup_select = lambda with_col_aliases=False, pc=pc: _exists_select(pc)
            try:
                sql, params = pc.as_sql(with_col_aliases=True)
            except EmptyResultSet:
                if combinator == "union" or (combinator == "difference" and parts):
                    continue
                raise
            if part.combinator:
                sql = "SELECT * FROM (%s)" % sql
            parts.append((sql, params))
        if not parts:
            raise EmptyResultSet
        op = {"union": "UNION", "intersection": "INTERSECT", "difference": "EXCEPT"}[combinator]
        if q.combinator_all and combinator == "union":
            op += " ALL"
        result = [(" %s " % op).join(sql for sql, _ in parts)]
        params = []
        for _, p in parts:
            params.extend(p)
        if order_by:
            # a column is ordered by its alias in the combined result
            sqls = []
            for expr, (o_sql, o_params, is_ref) in order_by:
                inner = expr.expression if isinstance(expr, OrderBy) else None
                if isinstance(inner, Col):
                    alias = next((a for se, a in self.select_cols if _same_expr(se, inner)), None)
                    if alias is None:
                        if getattr(q, "selected", None) is None and not any(
                                p.has_select_fields for p in q.combined_queries):
                            # Django adds the column to each part as __orderbycolN, then
                            # Query.add_select_col() stores its index in `selected`, which
                            # only values() on the combined query has made a dict
                            raise TypeError("'NoneType' object does not support item assignment")
                        raise DatabaseError("ORDER BY term does not match any column in the result set.")
                    expr = OrderBy(Ref(alias, inner), expr.descending, expr.nulls_first, expr.nulls_last)
                    o_sql, o_params = self.compile(expr)
                sqls.append(o_sql)
                params.extend(o_params)
            result.append("ORDER BY %s" % ", ".join(sqls))
        if with_limits:
            lim = limit_offset_sql(q.low_mark, q.high_mark)
            if lim:
                result.append(lim)
        self.col_count = len(self.select_cols)
        return " ".join(result), tuple(params)

    def get_qualify_sql(self, where_node, having_node, qualify_node, order_by, with_limits):
        """Django's QUALIFY emulation for a filter on a window function:
        SELECT * FROM (the query without that filter, every column
        aliased) "qualify" WHERE <filter on those aliases>; a window the
        query does not select is selected as qual0, qual1, … and masked
        again by an outer SELECT of the query's own columns."""
        q = self.query
        inner = q.clone()
        inner.subquery = True
        inner.where = WhereNode.create([n for n in (where_node, having_node) if n is not None])
        select = self.setup_select(with_col_aliases=True)
        aliases = [a for _, a in select]
        replacements = []
        qual_aliases = []

        def collect(exprs):
            while exprs:
                e = exprs.pop()
                if any(_same_expr(e, k) for k, _ in replacements):
                    continue
                alias = next((a for se, a in select if _same_expr(se, e)), None)
                if alias is not None:
                    replacements.append((e, alias))
                elif _is_lookup(e):
                    exprs.append(e.lhs)
                    if hasattr(e.rhs, "as_sql"):
                        exprs.append(e.rhs)
                elif isinstance(e, (Ref, PositionRef)):
                    if getattr(e, "refs", None) not in aliases:
                        exprs.extend(e.get_source_expressions())
                else:
                    alias = "qual%d" % len(qual_aliases)
                    qual_aliases.append(alias)
                    inner.add_annotation(e, alias)
                    replacements.append((e, alias))

        collect(_where_leaves(qualify_node))
        qualify_node = _replace_in_node(qualify_node, replacements)
        ordering = []
        for expr, _ in order_by:
            collect(list(expr.get_source_expressions()))
            ordering.append(_replace_in_node(expr, replacements))
        inner_sql, inner_params = SQLCompiler(inner, self.elide_empty).as_sql(
            with_limits=False, with_col_aliases=True)
        qualify_sql, qualify_params = self.compile(qualify_node)
        result = ["SELECT * FROM (", inner_sql, ")", quote("qualify"), "WHERE", qualify_sql]
        if qual_aliases:
            result = ["SELECT", ", ".join(quote(a) for a in aliases), "FROM ("] + result + [
                ")", quote("qualify_mask")]
        params = list(inner_params) + list(qualify_params)
        if ordering:
            sqls = []
            for o in ordering:
                sql, p = self.compile(o)
                sqls.append(sql)
                params.extend(p)
            result.append("ORDER BY %s" % ", ".join(sqls))
        if with_limits:
            lim = limit_offset_sql(q.low_mark, q.high_mark)
            if lim:
                result.append(lim)
        self.col_count = len(select)
        return " ".join(result), tuple(params)

    def compile_select(self, expr):
        """A selected expression; one that can match nothing (a subquery
        over no rows) becomes its empty value, as Django's get_select."""
        try:
            sql, params = self.compile(expr)
            if isinstance(expr, Expression) and not isinstance(expr, Col):
                # a type clash raises FieldError here, and no type at all
                # OutputFieldIsNoneError, as Django's select_format() does
                if expr.output_field is None:
                    raise OutputFieldIsNoneError("Cannot resolve expression type, unknown output_field")
            return sql, params
        except EmptyResultSet:
            v = getattr(expr, "empty_result_set_value", NotImplemented)
            if v is NotImplemented:
                return "0", []
            return self.compile(Value(v))
        except FullResultSet:
            return self.compile(Value(True))

    def get_group_by(self, select, order_by):
        """Django 5.2's GROUP BY: the query's group_by (True: none of its
        own), every selected non-aggregate, ORDER BY and HAVING columns;
        a selected, aliased expression is written as its position."""
        q = self.query
        if q.group_by is None:
            return []
        exprs = []
        group_by_refs = set()
        if q.group_by is not True:
            for e in q.group_by:
                if not hasattr(e, "as_sql"):
                    e = q.resolve_ref(e)
                if isinstance(e, Ref):
                    if e.refs not in group_by_refs:
                        group_by_refs.add(e.refs)
                        exprs.append(e.source)
                else:
                    exprs.append(e)
        positions = []
        for i, (expr, alias) in enumerate(select, start=1):
            if alias:
                positions.append((expr, i))
            if alias in group_by_refs:
                continue
            exprs.extend(_group_by_cols(expr))
        if not self._meta_ordering:
            for expr, (sql, params, is_ref) in order_by:
                if not is_ref:
                    exprs.extend(_group_by_cols(expr))
        if self.having is not None:
            exprs.extend(self.having.get_group_by_cols())
        out = []
        for e in exprs:
            try:
                sql, params = self.compile(e)
            except (EmptyResultSet, FullResultSet):
                continue
            pos = None
            for se, i in positions:
                if _same_expr(se, e):
                    pos = i
                    break
            if pos is not None:
                sql, params = str(pos), []
            key = (sql, tuple(params))
            if key not in [(s, tuple(p)) for s, p in out]:
                out.append((sql, list(params)))
        return out

    # ---- running it

    def execute_sql(self):
        """Run the SELECT; the rows (list of tuples). EmptyResultSet means
        no query at all (as in Django)."""
        sql, params = self.as_sql()
        cursor = _execute(sql, params)
        return cursor.fetchall()

    def results(self):
        try:
            return self.execute_sql()
        except EmptyResultSet:
            return []

    def converters(self):
        convs = []
        for i, (expr, alias) in enumerate(self.select_cols):
            fn = expression_converter(expr)
            if fn is not None:
                convs.append((i, fn))
        return convs


def _field_base():
    from django.db.models.fields import Field
    return Field.from_db_value


_base_from_db = _field_base()


class _Parens:
    def __init__(self, expr):
        self.expr = expr
        self.output_field = None

    def as_sql(self, compiler, connection=None):
        sql, params = compiler.compile(self.expr)
        return "(%s)" % sql, params


class _Random:
    def as_sql(self, compiler, connection=None):
        return "RAND() ASC", []

    expression = None


def limit_offset_sql(low, high):
    offset = low or 0
    if high is not None:
        limit = high - offset
    elif offset:
        limit = -1
    else:
        limit = None
    parts = []
    if limit:
        parts.append("LIMIT %d" % limit)
    if offset:
        parts.append("OFFSET %d" % offset)
    return " ".join(parts)


def convert_rows(compiler, rows):
    convs = compiler.converters()
    if not convs:
        return rows
    out = []
    for row in rows:
        row = list(row)
        for i, fn in convs:
            row[i] = fn(row[i])
        out.append(row)
    return out


# ---------------------------------------------------------------- aggregates over queries

def execute_count(query):
    """Query.get_count(): Django runs it as aggregate(__count=Count("*")) —
    plain, or over a subquery when sliced, distinct or grouped."""
    from django.db.models.aggregates import get_aggregation, Count
    return get_aggregation(query.clone(), {"__count": Count("*")})["__count"]


class _One:
    output_field = None
    contains_aggregate = False

    def get_group_by_cols(self):
        return []

    def as_sql(self, compiler, connection=None):
        # Django's Value(1): a parameter (it shows in the SQL log's args)
        return "%s", [1]


def execute_exists(query):
    q = query.clone()
    if not (q.distinct and q.is_sliced):
        if q.group_by is True:
            q.add_fields([f.attname for f in q.model._meta.concrete_fields], False)
            q.set_group_by(allow_aliases=False)
        if q.is_sliced:
            q.set_limits(high=1)
        q.clear_ordering(force=True)
        q.default_cols = False
        q.select = ()
        q.values_select = ()
        q.select_related = False
        q.annotation_select_mask = []
        if not q.is_sliced:
            q.set_limits(high=1)
    if q.combinator == "union":
        # Django's exists() of a union asks each part for SELECT 1 AS "a"
        q.combined_queries = tuple(_exists_part(p) for p in q.combined_queries)
    c = SQLCompiler(q)
    c.setup_select = lambda with_col_aliases=False: _exists_select(c)
    try:
        sql, params = c.as_sql()
    except EmptyResultSet:
        return False
    return _execute(sql, params).fetchone() is not None


def _exists_part(query):
    q = query.clone()
    if q.group_by is True:
        q.add_fields([f.attname for f in q.model._meta.concrete_fields], False)
        q.set_group_by(allow_aliases=False)
    q.clear_ordering(force=True)
    q.default_cols = False
    q.select = ()
    q.values_select = ()
    q.select_related = False
    q.annotation_select_mask = []
    q.exists_select = True
    return q


def _exists_select(c):
    c.select_cols = [(_One(), "a")]
    return c.select_cols


# ---------------------------------------------------------------- writes

def _prep_save(field, value):
    if hasattr(value, "resolve_expression"):
        return value
    return field.get_db_prep_save(value)


def execute_insert(obj, fields, returning=True):
    """INSERT one row; with returning, `… RETURNING "t"."id"` and the new pk."""
    meta = obj._meta
    table = meta.db_table
    values = []
    cols = []
    for f in fields:
        v = f.pre_save(obj, True)
        values.append(_prep_save(f, v))
        cols.append(quote(f.column))
    if cols:
        sql = "INSERT INTO %s (%s) VALUES (%s)" % (quote(table), ", ".join(cols),
                                                  ", ".join(["%s"] * len(values)))
    else:
        sql = "INSERT INTO %s DEFAULT VALUES" % quote(table)
    if returning:
        sql += " RETURNING %s.%s" % (quote(table), quote(meta.pk.column))
        cursor = _execute(sql, values)
        row = cursor.fetchone()
        return row[0]
    _execute(sql, values)
    return None


def execute_bulk_insert(model, fields, objs, returning):
    meta = model._meta
    table = meta.db_table
    cols = ", ".join(quote(f.column) for f in fields)
    rows = []
    params = []
    for obj in objs:
        rows.append("(%s)" % ", ".join(["%s"] * len(fields)))
        for f in fields:
            params.append(_prep_save(f, f.pre_save(obj, True)))
    sql = "INSERT INTO %s (%s) VALUES %s" % (quote(table), cols, ", ".join(rows))
    if returning:
        sql += " RETURNING %s.%s" % (quote(table), quote(meta.pk.column))
        return [r[0] for r in _execute(sql, params).fetchall()]
    _execute(sql, params)
    return None


def compile_update(query, values):
    """UPDATE "t" SET "c" = %s, … WHERE …; values are (field, value)."""
    table = query.get_meta().db_table
    sets = []
    params = []
    for field, val in values:
        if hasattr(val, "resolve_expression"):
            # resolved when the update is set up and again when compiled,
            # as Django does (a When() condition then gets parentheses)
            expr = val.resolve_expression(query, allow_joins=False)
            if getattr(expr, "contains_aggregate", False):
                raise FieldError("Aggregate functions are not allowed in this query (%s=%r)."
                                 % (field.name, expr))
            expr = expr.resolve_expression(query, allow_joins=False)
            s, p = SQLCompiler(query).compile(expr)
            sets.append("%s = %s" % (quote(field.column), s))
            params.extend(p)
        elif val is None:
            sets.append("%s = NULL" % quote(field.column))
        else:
            sets.append("%s = %%s" % quote(field.column))
            params.append(field.get_db_prep_save(val))
    sql = "UPDATE %s SET %s" % (quote(table), ", ".join(sets))
    c = SQLCompiler(query)
    where, wp = c.compile(query.where) if query.where else ("", [])
    if where:
        sql += " WHERE %s" % where
        params.extend(wp)
    return sql, params


def execute_update(model, values, pk_val):
    from django.db.models.sql.query import Query
    from django.db.models.expressions import Q
    q = Query(model)
    q.add_q(Q(pk=pk_val))
    sql, params = compile_update(q, values)
    return _execute(sql, params).rowcount


def execute_sql_update(query, values):
    """QuerySet.update(): joins are not allowed in UPDATE, so a filter that
    needs one becomes `pk IN (SELECT …)` as in Django."""
    from django.db.models.sql.query import Query, _SubqueryExpr
    from django.db.models.expressions import WhereNode
    from django.db.models import lookups as L
    if not values:
        # SQLUpdateCompiler.as_sql() has no SQL to run: no query, no rows
        return 0
    q = query.clone()
    q.clear_ordering(force=True)
    active = [a for a, c in q.alias_refcount.items() if c]
    if q.where:
        try:
            SQLCompiler(q).compile(q.where)
        except EmptyResultSet:
            return 0
        except FullResultSet:
            q.where = WhereNode()
    if len([a for a in q.alias_map if q.alias_refcount.get(a)]) > 1:
        inner = q.clone()
        inner.default_cols = False
        # QuerySet.update() drops the annotations, so that they are not
        # selected in the pk subquery (a filter on one keeps its aggregate)
        inner.annotations = {}
        inner.annotation_select_mask = None
        alias = inner.get_initial_alias()
        inner.select = (Col(alias, inner.get_meta().pk),)
        outer = Query(q.model)
        a = outer.get_initial_alias()
        cond = L.In.__new__(L.In)
        cond.lhs = Col(a, outer.get_meta().pk)
        cond.rhs = _SubqueryExpr(inner)
        outer.where = WhereNode([cond])
        q = outer
    try:
        sql, params = compile_update(q, values)
    except EmptyResultSet:
        return 0
    return _execute(sql, params).rowcount


def execute_delete_where(model, field, values):
    """DELETE FROM "t" WHERE "t"."col" IN (…) — the collector's batches."""
    table = model._meta.db_table
    sql = "DELETE FROM %s WHERE %s.%s IN (%s)" % (quote(table), quote(table), quote(field.column),
                                                 ", ".join(["%s"] * len(values)))
    return _execute(sql, list(values)).rowcount


def execute_raw_delete(query):
    q = query.clone()
    table = q.get_meta().db_table
    c = SQLCompiler(q)
    try:
        where, params = c.compile(q.where) if q.where else ("", [])
    except EmptyResultSet:
        return 0
    except FullResultSet:
        where, params = "", []
    sql = "DELETE FROM %s" % quote(table)
    if where:
        sql += " WHERE %s" % where
    return _execute(sql, params).rowcount


# ---------------------------------------------------------------- expressions

def expression_converter(expr):
    """The function turning a database value of expr into Python, or None:
    the field's from_db_value, except that a DecimalField computed by an
    expression becomes Decimal from a 15-digit float as Django's SQLite
    backend does (Decimal('19.9900000000000'))."""
    if isinstance(expr, Col):
        f = expr.target if expr._output_field is None else expr._output_field
    else:
        try:
            f = getattr(expr, "output_field", None)
        except FieldError:
            f = None
    if f is None:
        return None
    t = f.get_internal_type() if hasattr(f, "get_internal_type") else None
    if t == "DecimalField" and not isinstance(expr, Col):
        return _create_decimal
    if t == "BooleanField" and not isinstance(expr, Col):
        # an expression's value has no declared type for sqlite3 to convert:
        # the backend's convert_booleanfield_value keeps what is not 0 or 1
        return _to_bool01
    if not isinstance(expr, Col) and type(f).from_db_value is _base_from_db:
        # Django's BaseExpression.convert_value: float() / int() the result
        if t == "FloatField":
            return _to_float
        if t is not None and t.endswith("IntegerField"):
            return _to_int
    if hasattr(f, "from_db_value") and type(f).from_db_value is not _base_from_db:
        return f.from_db_value
    return None


def _to_bool01(value):
    return bool(value) if value in (0, 1) else value


def _to_float(value):
    return None if value is None else float(value)


def _to_int(value):
    return None if value is None else int(value)


def _create_decimal(value):
    if value is None:
        return None
    import decimal
    if isinstance(value, str):
        return decimal.Decimal(value)
    return decimal.Context(prec=15).create_decimal_from_float(value)


class _AnnotationSlot:
    """Stands in klass_info["fields"] for an annotation, so from_db puts
    its value on the instance under its name."""

    def __init__(self, name, expr):
        self.db_converter = expression_converter(expr)
        self.attname = name
        self.name = name
        self.column = name
        self.primary_key = False
        self.concrete = False
        self.is_relation = False


def _is_lookup(node):
    return hasattr(node, "lhs") and hasattr(node, "rhs") and not isinstance(node, Expression)


def _contains_over(node):
    """Whether a WHERE-tree node uses a window function (Django's
    contains_over_clause, looked for through every source)."""
    if node is None:
        return False
    if isinstance(node, WhereNode):
        return any(_contains_over(c) for c in node.children)
    if getattr(node, "contains_over_clause", False):
        return True
    if _is_lookup(node):
        return _contains_over(node.lhs) or _contains_over(node.rhs)
    if isinstance(node, Expression):
        return any(_contains_over(e) for e in node.get_source_expressions())
    return False


def _split_qualify(node, negated=False):
    """(where, qualify): the parts of a WHERE tree without and with window
    functions, as Django's split_having_qualify; an OR, XOR or NOT AND
    that mixes them goes to QUALIFY whole."""
    if node is None or not _contains_over(node):
        return node, None
    in_negated = negated ^ node.negated
    if (in_negated and node.connector == "AND") or (not in_negated and node.connector == "OR") \
            or node.connector == "XOR":
        return None, node
    where_parts, qualify_parts = [], []
    for c in node.children:
        if isinstance(c, WhereNode):
            w, ql = _split_qualify(c, in_negated)
            if w is not None:
                where_parts.append(w)
            if ql is not None:
                qualify_parts.append(ql)
        elif _contains_over(c):
            qualify_parts.append(c)
        else:
            where_parts.append(c)
    where = WhereNode.create(where_parts, node.connector, node.negated) if where_parts else None
    qualify = WhereNode.create(qualify_parts, node.connector, node.negated) if qualify_parts else None
    return where, qualify


def _where_leaves(node):
    if isinstance(node, WhereNode):
        out = []
        for c in node.children:
            out.extend(_where_leaves(c))
        return out
    return [node]


def _replace_in_node(node, replacements):
    """node with each expression of replacements [(expr, alias)] swapped
    for Ref(alias, expr), through WHERE trees and lookups."""
    if isinstance(node, WhereNode):
        n = node.copy()
        n.children = [_replace_in_node(c, replacements) for c in node.children]
        return n
    for e, alias in replacements:
        if _same_expr(node, e):
            return Ref(alias, e)
    if _is_lookup(node):
        n = type(node).__new__(type(node))
        n.__dict__.update(node.__dict__)
        n.lhs = _replace_in_node(node.lhs, replacements)
        if hasattr(node.rhs, "as_sql"):
            n.rhs = _replace_in_node(node.rhs, replacements)
        return n
    if isinstance(node, Expression):
        c = node.copy()
        c.set_source_expressions([_replace_in_node(e, replacements) if e is not None else None
                                  for e in node.get_source_expressions()])
        return c
    return node


def _group_by_cols(expr):
    if hasattr(expr, "get_group_by_cols"):
        return expr.get_group_by_cols()
    if getattr(expr, "contains_aggregate", False):
        return []
    return [expr]


def _same_expr(a, b):
    if a is b:
        return True
    try:
        return a == b
    except Exception:
        return False


class AggregateQuery:
    """SELECT aggregates FROM (inner) subquery — aggregate() over a sliced,
    distinct or already aggregated query."""

    def __init__(self, model, inner_query):
        self.model = model
        self.inner_query = inner_query
        self.annotations = {}
        self.annotation_select_mask = None

    @property
    def annotation_select(self):
        return self.annotations

    def clear_ordering(self, force=False, clear_default=True):
        pass

    def clear_limits(self):
        pass


class _AggregateCompiler(SQLCompiler):
    def as_sql(self, with_limits=True, with_col_aliases=False):
        parts = []
        params = []
        for ann in self.query.annotation_select.values():
            sql, p = self.compile(ann)
            parts.append(sql)
            params.extend(p)
        self.select_cols = [(a, None) for a in self.query.annotation_select.values()]
        inner_sql, inner_params = SQLCompiler(self.query.inner_query,
                                              elide_empty=self.elide_empty).as_sql(
            with_col_aliases=True)
        return ("SELECT %s FROM (%s) subquery" % (", ".join(parts), inner_sql),
                tuple(params) + tuple(inner_params))


def execute_single(query, elide_empty=True):
    """Run a one-row aggregate query; the converted row, or None when the
    query can match nothing (no statement is run then)."""
    if isinstance(query, AggregateQuery):
        c = _AggregateCompiler(query, elide_empty=elide_empty)
    else:
        c = SQLCompiler(query, elide_empty=elide_empty)
    try:
        sql, params = c.as_sql()
    except EmptyResultSet:
        return None
    row = _execute(sql, params).fetchone()
    if row is None:
        return None
    if isinstance(query, AggregateQuery):
        exprs = list(query.annotation_select.values())
    else:
        exprs = [e for e, _ in c.select_cols]
    row = list(row)
    for i, e in enumerate(exprs):
        fn = expression_converter(e)
        if fn is not None:
            row[i] = fn(row[i])
    return row


def _deferred_here(q, prefix, f):
    """Whether only()/defer() leave field f (reached under prefix, "" or
    "blog__") out of Django's select mask, which select_related may not
    traverse; a level no name reaches has no mask and nothing is out."""
    names, defer = q.deferred_loading
    if not names:
        return False
    level = [n[len(prefix):] for n in names if n.startswith(prefix)]
    if prefix and not level:
        return False
    if defer:
        return f.name in level or f.attname in level
    firsts = {n.split(LOOKUP_SEP)[0] for n in level}
    return not (f.primary_key or f.name in firsts or f.attname in firsts)


def _related_loaded_fields(q, model, path):
    """The columns select_related loads for the model reached through
    path, honouring only()/defer() names under it ("blog__name")."""
    names, defer = q.deferred_loading
    fields = model._meta.concrete_fields
    if not names:
        return fields
    pre = path + LOOKUP_SEP
    sub = {n[len(pre):].split(LOOKUP_SEP)[0] for n in names if n.startswith(pre)}
    if defer:
        return [f for f in fields if f.name not in sub and f.attname not in sub]
    if not sub:
        return fields
    return [f for f in fields if f.primary_key or f.name in sub or f.attname in sub]
