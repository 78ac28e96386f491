"""Query: the state a QuerySet compiles to SQL — tables and joins (with
Django's aliases and join promotion), the WHERE tree, selected columns,
ordering, limits, distinct, select_related and deferred fields.

Joins, aliases ("blog_entry", then T2, T3 … for repeats), INNER vs LEFT
OUTER promotion and join trimming follow Django 5.2's
django/db/models/sql/query.py so the SQL text is the same.
"""
from django.core.exceptions import FieldError, FieldDoesNotExist, EmptyResultSet
from django.db.models.expressions import (
    AND, OR, Q, WhereNode, Col, F, NothingNode, OrderBy, quote, quote_alias, Node,
)
from django.db.models.expressions import UnquotedAlias, _rename_q_prefix
from django.db.models import lookups as L

INNER = "INNER JOIN"
LOUTER = "LEFT OUTER JOIN"
LOOKUP_SEP = "__"


class BaseTable:
    join_type = None
    parent_alias = None
    filtered_relation = None

    def __init__(self, table_name, alias):
        self.table_name = table_name
        self.table_alias = alias

    def as_sql(self, compiler=None, connection=None):
        if self.table_alias != self.table_name:
            return "%s %s" % (quote(self.table_name), self.table_alias)
        return quote(self.table_name)

    def equals(self, other):
        return isinstance(other, BaseTable) and other.table_name == self.table_name and \
            other.table_alias == self.table_alias

    def relabeled_clone(self, change_map):
        return BaseTable(self.table_name, change_map.get(self.table_alias, self.table_alias))

    def copy(self):
        return BaseTable(self.table_name, self.table_alias)


def _check_mask_name(opts, name):
    """only("nope")/defer("publisher__nope"): FieldDoesNotExist when the
    query is compiled, as Django's get_select_mask."""
    for part in name.split(LOOKUP_SEP):
        if part == "pk":
            field = opts.pk
        else:
            try:
                field = opts.get_field(part)
            except FieldDoesNotExist:
                field = None
                for f in opts.concrete_fields:
                    if f.attname == part:
                        field = f
                if field is None:
                    raise
        model = getattr(field, "related_model", None)
        if model is None:
            return
        opts = model._meta


def _q_lookups(q):
    """The lookup strings of a Q, nested ones too."""
    out = []
    for c in q.children:
        if isinstance(c, Q):
            out.extend(_q_lookups(c))
        else:
            out.append(c[0])
    return out


class Join:
    filtered_relation = None

    def __init__(self, table_name, parent_alias, table_alias, join_type, join_field, nullable,
                 lhs_col, rhs_col):
        self.table_name = table_name
        self.parent_alias = parent_alias
        self.table_alias = table_alias
        self.join_type = join_type
        self.join_field = join_field
        self.nullable = nullable
        self.lhs_col = lhs_col
        self.rhs_col = rhs_col

    def identity(self):
        fr = self.filtered_relation
        return (self.table_name, self.parent_alias, self.lhs_col, self.rhs_col, id(self.join_field),
                fr.alias if fr is not None else None)

    def equals(self, other):
        return isinstance(other, Join) and self.identity() == other.identity()

    def as_sql(self, compiler=None, connection=None):
        alias = "" if self.table_alias == self.table_name else " %s" % self.table_alias
        on = "%s.%s = %s.%s" % (quote_alias(self.parent_alias), quote(self.lhs_col),
                                quote_alias(self.table_alias), quote(self.rhs_col))
        params = []
        fr = self.filtered_relation
        if compiler is not None and fr is not None and fr.resolved_condition is not None:
            cond, params = compiler.compile(fr.resolved_condition)
            if cond:
                on = "%s AND (%s)" % (on, cond)
        sql = "%s %s%s ON (%s)" % (self.join_type, quote(self.table_name), alias, on)
        if compiler is not None:
            return sql, list(params)
        return sql

    def copy(self):
        j = Join(self.table_name, self.parent_alias, self.table_alias, self.join_type,
                 self.join_field, self.nullable, self.lhs_col, self.rhs_col)
        if self.filtered_relation is not None:
            j.filtered_relation = self.filtered_relation
        return j

    def relabeled_clone(self, change_map):
        j = self.copy()
        j.parent_alias = change_map.get(self.parent_alias, self.parent_alias)
        j.table_alias = change_map.get(self.table_alias, self.table_alias)
        fr = self.filtered_relation
        if fr is not None and fr.resolved_condition is not None:
            fr = fr.clone()
            fr.resolved_condition = fr.resolved_condition.relabeled_clone(change_map)
            j.filtered_relation = fr
        return j

    def promote(self):
        j = self.copy()
        j.join_type = LOUTER
        return j

    def demote(self):
        j = self.copy()
        j.join_type = INNER
        return j


class JoinInfo:
    def __init__(self, final_field, targets, opts, joins, path, transform_function):
        self.final_field = final_field
        self.targets = targets
        self.opts = opts
        self.joins = joins
        self.path = path
        self.transform_function = transform_function


class JoinPromoter:
    """Django's vote counting: joins needed by every branch of an OR stay
    INNER; others become LEFT OUTER (and AND demotes)."""

    def __init__(self, connector, num_children, negated):
        self.connector = connector
        self.negated = negated
        if negated:
            self.effective_connector = OR if connector == AND else AND
        else:
            self.effective_connector = connector
        self.num_children = num_children
        self.votes = {}

    def add_votes(self, votes):
        for v in votes:
            self.votes[v] = self.votes.get(v, 0) + 1

    def update_join_types(self, query):
        to_promote = set()
        to_demote = set()
        for table, votes in self.votes.items():
            if self.effective_connector == OR and votes < self.num_children:
                to_promote.add(table)
            if self.effective_connector == AND or (
                    self.effective_connector == OR and votes == self.num_children):
                to_demote.add(table)
        query.promote_joins(to_promote)
        query.demote_joins(to_demote)
        return to_demote


class Query:
    alias_prefix = "T"
    compiler = "SQLCompiler"

    # Immutable defaults live on the class: a Query's instance dict holds
    # only what differs, so cloning one (every filter(), every get()) copies
    # a handful of entries instead of forty. Assignments shadow them.
    alias_cols = True
    default_cols = True
    default_ordering = True
    standard_ordering = True
    order_by = ()
    extra_order_by = ()
    extra_select_mask = None
    low_mark = 0
    high_mark = None
    distinct = False
    distinct_fields = ()
    select = ()
    values_select = ()
    select_related = False
    max_depth = 5
    deferred_loading = (frozenset(), True)
    annotation_select_mask = None
    group_by = None
    filter_is_sticky = False
    subquery = False
    select_for_update = False
    select_for_update_nowait = False
    select_for_update_skip_locked = False
    select_for_update_of = ()
    explain_info = None
    combinator = None
    combinator_all = False
    combined_queries = ()
    is_empty_flag = False
    _filtered_relations = {}    # never changed in place: add_filtered_relation() copies it

    def __init__(self, model, alias_cols=True):
        self.model = model
        self.alias_refcount = {}
        self.alias_map = {}
        self.table_map = {}
        if not alias_cols:
            self.alias_cols = False
        self.where = WhereNode()
        self.annotations = {}
        self.used_aliases = set()
        self.extra = {}
        self.extra_tables = ()

    # ---- basics

    def get_meta(self):
        return self.model._meta

    @property
    def base_table(self):
        for alias in self.alias_map:
            return alias
        return None

    @property
    def has_select_fields(self):
        return bool(self.select or self.annotation_select_mask)

    @property
    def annotation_select(self):
        if self.annotation_select_mask is None:
            return self.annotations
        return {k: v for k, v in self.annotations.items() if k in self.annotation_select_mask}

    @property
    def extra_select(self):
        """The extra(select=…) entries selected: name -> (sql, params)."""
        if self.extra_select_mask is None:
            return self.extra
        return {k: v for k, v in self.extra.items() if k in self.extra_select_mask}

    @property
    def is_sliced(self):
        return self.low_mark != 0 or self.high_mark is not None

    def can_filter(self):
        return not self.is_sliced

    def clone(self):
        obj = Query.__new__(type(self))
        obj.__dict__.update(self.__dict__)
        obj.alias_refcount = dict(self.alias_refcount)
        obj.alias_map = dict(self.alias_map)    # joins are replaced, never changed in place
        obj.table_map = {k: list(v) for k, v in self.table_map.items()}
        obj.where = _clone_where(self.where)
        obj.annotations = dict(self.annotations)
        obj.used_aliases = set()
        if isinstance(self.select_related, dict):
            obj.select_related = _copy_dict(self.select_related)
        if self.annotation_select_mask is not None:
            obj.annotation_select_mask = list(self.annotation_select_mask)
        obj.extra = dict(self.extra)
        return obj

    def chain(self):
        obj = self.clone()
        if not obj.filter_is_sticky:
            obj.used_aliases = set()
        obj.filter_is_sticky = False
        return obj

    def __str__(self):
        sql, params = self.sql_with_params()
        return sql % tuple(params)

    def sql_with_params(self):
        from django.db.models.sql.compiler import SQLCompiler
        return SQLCompiler(self).as_sql()

    def get_compiler(self, using=None, connection=None, elide_empty=True):
        from django.db.models.sql.compiler import SQLCompiler
        return SQLCompiler(self, elide_empty=elide_empty)

    def is_empty(self):
        return any(isinstance(c, NothingNode) for c in self.where.children)

    def set_empty(self):
        self.where.add(NothingNode(), AND)

    # ---- aliases and joins

    def table_alias(self, table_name, create=False, filtered_relation=None):
        alias_list = self.table_map.get(table_name)
        if not create and alias_list:
            alias = alias_list[0]
            self.alias_refcount[alias] += 1
            return alias, False
        if alias_list:
            alias = "%s%d" % (self.alias_prefix, len(self.alias_map) + 1)
            alias_list.append(alias)
        else:
            # The first join of a table is under its name, or under the
            # alias of the FilteredRelation it is made for.
            alias = table_name if filtered_relation is None else UnquotedAlias(filtered_relation.alias)
            self.table_map[table_name] = [alias]
        self.alias_refcount[alias] = 1
        return alias, True

    def ref_alias(self, alias):
        self.alias_refcount[alias] += 1

    def unref_alias(self, alias, amount=1):
        self.alias_refcount[alias] -= amount

    def get_initial_alias(self):
        if self.alias_map:
            alias = self.base_table
            self.ref_alias(alias)
        elif self.model:
            alias = self.join(BaseTable(self.get_meta().db_table, None))
        else:
            alias = None
        return alias

    def count_active_tables(self):
        return len([1 for count in self.alias_refcount.values() if count])

    def join(self, join, reuse=None):
        reuse_aliases = [a for a, j in self.alias_map.items()
                         if (reuse is None or a in reuse) and j.equals(join)]
        if reuse_aliases:
            if join.table_alias in reuse_aliases:
                reuse_alias = join.table_alias
            else:
                reuse_alias = reuse_aliases[-1]
            self.ref_alias(reuse_alias)
            return reuse_alias
        alias, _ = self.table_alias(join.table_name, create=True, filtered_relation=join.filtered_relation)
        if join.join_type:
            if self.alias_map[join.parent_alias].join_type == LOUTER or join.nullable:
                join_type = LOUTER
            else:
                join_type = INNER
            join.join_type = join_type
        join.table_alias = alias
        self.alias_map[alias] = join
        if join.filtered_relation is not None:
            # The condition of a FilteredRelation, resolved against the
            # join just made (Django's FilteredRelation.resolve_expression),
            # without changing any join type; joins it adds go before it.
            fr = join.filtered_relation.clone()
            saved = dict(self.alias_map)
            n = len(self.alias_map)
            fr.resolved_condition = self._add_q(fr.condition, set(self.alias_map), split_subq=False)[0]
            for a, j in saved.items():
                self.alias_map[a] = j
            join.filtered_relation = fr
            if n < len(self.alias_map):
                self.alias_map[alias] = self.alias_map.pop(alias)
        return alias

    def add_filtered_relation(self, filtered_relation, alias):
        if "." in alias:
            raise ValueError("FilteredRelation doesn't support aliases with periods (got %r)." % alias)
        filtered_relation.alias = alias
        relation_parts = filtered_relation.relation_name.split(LOOKUP_SEP)
        for part in relation_parts:
            if part in L.LOOKUPS:
                raise ValueError("FilteredRelation's relation_name cannot contain lookups (got %r)."
                                 % filtered_relation.relation_name)
        for lookup in _q_lookups(filtered_relation.condition):
            parts = lookup.split(LOOKUP_SEP)
            field_parts = parts
            if len(parts) > 1 and parts[-1] in L.LOOKUPS:
                field_parts = parts[:-1]
            shift = 1 if len(field_parts) != len(parts) else 2
            for idx, part in enumerate(field_parts[:-shift] if shift <= len(field_parts) else []):
                if len(relation_parts) > idx and relation_parts[idx] != part:
                    raise ValueError("FilteredRelation's condition doesn't support relations outside "
                                     "the %r (got %r)." % (filtered_relation.relation_name, lookup))
            if len(field_parts) > len(relation_parts) + 1:
                raise ValueError("FilteredRelation's condition doesn't support nested relations "
                                 "deeper than the relation_name (got %r for %r)."
                                 % (lookup, filtered_relation.relation_name))
        filtered_relation.condition = _rename_q_prefix(filtered_relation.relation_name, alias,
                                                       filtered_relation.condition)
        self._filtered_relations = dict(self._filtered_relations)
        self._filtered_relations[alias] = filtered_relation

    def promote_joins(self, aliases):
        aliases = list(aliases)
        while aliases:
            alias = aliases.pop(0)
            j = self.alias_map[alias]
            if j.join_type is None:
                continue
            parent_louter = j.parent_alias and self.alias_map[j.parent_alias].join_type == LOUTER
            already_louter = j.join_type == LOUTER
            if (j.nullable or parent_louter) and not already_louter:
                self.alias_map[alias] = j.promote()
                aliases.extend(a for a, jj in self.alias_map.items()
                               if jj.parent_alias == alias and a not in aliases)

    def demote_joins(self, aliases):
        aliases = list(aliases)
        while aliases:
            alias = aliases.pop(0)
            j = self.alias_map[alias]
            if j.join_type == LOUTER:
                self.alias_map[alias] = j.demote()
                parent = self.alias_map[j.parent_alias]
                if parent.join_type == INNER:
                    aliases.append(j.parent_alias)

    def reset_refcounts(self, to_counts):
        for alias, cur in list(self.alias_refcount.items()):
            unref = cur - to_counts.get(alias, 0)
            self.unref_alias(alias, unref)

    # ---- resolving names

    def names_to_path(self, names, opts, allow_many=True, fail_on_missing=False):
        path = []
        names_with_path = []
        final_field = None
        targets = ()
        pos = -1
        for pos, name in enumerate(names):
            cur_names_with_path = (name, [])
            if name == "pk":
                name = opts.pk.name
            field = None
            filtered_relation = None
            fr_path = None
            if name in self.annotation_select and pos == 0:
                raise _Annotation(name)
            try:
                field = opts.get_field(name)
            except FieldDoesNotExist:
                if name in self.annotations and pos == 0:
                    raise _Annotation(name)
                if name in self._filtered_relations and pos == 0:
                    filtered_relation = self._filtered_relations[name]
                    rel_parts = filtered_relation.relation_name.split(LOOKUP_SEP)
                    field = opts.get_field(rel_parts[0])
                    if len(rel_parts) > 1:
                        # FilteredRelation("book__store"): the whole path,
                        # the condition on its last join.
                        fr_path = self.names_to_path(rel_parts, opts, allow_many)[0]
            if field is None:
                if pos == 0 or fail_on_missing:
                    available = sorted(set(opts.field_names_for_error()) | set(self.annotation_select)
                                       | set(self._filtered_relations))
                    raise FieldError("Cannot resolve keyword '%s' into field. Choices are: %s"
                                     % (name, ", ".join(available)))
                pos -= 1
                break
            if hasattr(field, "get_path_info"):
                pathinfos = field.get_path_info() if fr_path is None else fr_path
                if filtered_relation is not None:
                    # The last step is the join the condition goes on.
                    pathinfos = list(pathinfos)
                    p = pathinfos[-1]
                    p2 = type(p)(p.from_opts, p.to_opts, p.target_fields, p.join_field, p.m2m,
                                 p.direct, p.lhs_col, p.rhs_col)
                    p2.filtered_relation = filtered_relation
                    pathinfos[-1] = p2
                last = pathinfos[-1]
                path.extend(pathinfos)
                final_field = last.join_field
                opts = last.to_opts
                targets = last.target_fields
                cur_names_with_path[1].extend(pathinfos)
                names_with_path.append(cur_names_with_path)
            else:
                final_field = field
                targets = (field,)
                if fail_on_missing and pos + 1 != len(names):
                    raise FieldError("Cannot resolve keyword %r into field. Join on '%s' not permitted."
                                     % (names[pos + 1], name))
                break
        return path, final_field, targets, names[pos + 1:]

    def setup_joins(self, names, opts, alias, can_reuse=None, allow_many=True):
        joins = [alias]
        path, final_field, targets, rest = self.names_to_path(names, opts, allow_many, fail_on_missing=False)
        transforms = list(rest)

        def final_transformer(field, alias_):
            return Col(alias_, field)

        for join in path:
            opts = join.to_opts
            nullable = self.is_nullable(join.join_field) if join.direct else True
            fr = getattr(join, "filtered_relation", None)
            connection = Join(opts.db_table, alias, UnquotedAlias(fr.alias) if fr is not None else None, INNER,
                              join.join_field, nullable, join.lhs_col, join.rhs_col)
            if fr is not None:
                connection.filtered_relation = fr.clone()
            reuse = can_reuse if join.m2m else None
            alias = self.join(connection, reuse=reuse)
            joins.append(alias)
            if fr is not None and can_reuse is not None:
                can_reuse.add(alias)
        return JoinInfo(final_field, targets, opts, joins, path, final_transformer), transforms

    def is_nullable(self, field):
        return bool(field.null)

    def trim_joins(self, targets, joins, path):
        joins = list(joins)
        for info in reversed(path):
            if len(joins) == 1 or not info.direct:
                break
            if getattr(info, "filtered_relation", None) is not None:
                break
            join_targets = {info.join_field.target_field.column}
            cur_targets = {t.column for t in targets}
            if not cur_targets.issubset(join_targets):
                break
            targets = tuple(info.join_field for t in targets)
            self.unref_alias(joins.pop())
        return targets, joins[-1], joins

    def resolve_ref(self, name, allow_joins=True, reuse=None, summarize=False):
        if name in self.annotations:
            if summarize:
                # aggregate() over an annotation: a reference to the
                # subquery's column (Django's Ref).
                from django.db.models.expressions import Ref
                if name not in self.annotation_select:
                    raise FieldError("Cannot aggregate over the '%s' alias. Use annotate() to "
                                     "promote it." % name)
                return Ref(name, self.annotation_select[name])
            return self.annotations[name]
        parts = name.split(LOOKUP_SEP)
        if parts[0] in self.annotations:
            # F("n__year") over an annotation: transforms of it.
            annotation = self.annotations[parts[0]]
            for name in parts[1:]:
                annotation = self.try_transform(annotation, name)
            return annotation
        info, rest = self.setup_joins(parts, self.get_meta(), self.get_initial_alias(), can_reuse=reuse)
        targets, final_alias, join_list = self.trim_joins(info.targets, info.joins, info.path)
        if not allow_joins and len(join_list) > 1:
            raise FieldError("Joined field references are not permitted in this query")
        col = _field_col(final_alias, targets[0])
        for part in rest:
            # F("mod_date__year"): the rest are transforms, as in Django's
            # setup_joins; a name that is none is the field error.
            t = L.get_transform(getattr(col, "output_field", None), part)
            if t is None:
                raise FieldError("Cannot resolve keyword %r into field. Join on '%s' not permitted."
                                 % (rest[0], parts[-len(rest) - 1]))
            col = t(col)
        if reuse is not None:
            reuse.update(join_list)
        return col

    def solve_lookup_type(self, lookup):
        parts = lookup.split(LOOKUP_SEP)
        if parts[0] in self.annotations:
            return parts[1:], parts[:1], None
        return parts, None, None

    # ---- filters

    def build_lookup(self, lookups, lhs, rhs):
        *transforms, lookup_name = lookups or ["exact"]
        for name in transforms:
            lhs = self.try_transform(lhs, name, lookups)
        lookup_class = L.get_lookup(lhs, lookup_name)
        if lookup_class is None:
            lhs = self.try_transform(lhs, lookup_name, lookups)
            lookup_name = "exact"
            lookup_class = L.get_lookup(lhs, lookup_name)
        if rhs is None and lookup_name not in ("exact", "iexact"):
            if lookup_name == "isnull":
                pass
            elif lookup_name != "in":
                raise ValueError("Cannot use None as a query value")
        if rhs is None and lookup_name in ("exact", "iexact"):
            return L.IsNull(lhs, True)
        return lookup_class(lhs, rhs)

    def try_transform(self, lhs, name, lookups=None):
        f = getattr(lhs, "output_field", None)
        t = L.get_transform(f, name)
        if t is not None:
            return t(lhs)
        rest = name
        if lookups and name in lookups:
            rest = LOOKUP_SEP.join(lookups[lookups.index(name):])
        output = []
        if f is not None:
            output = [n for n in L.DATE_PARTS + L.TIME_PARTS + ("date", "time")
                      if L.get_transform(f, n) is not None]
        close = _close_matches(name, sorted(list(L.LOOKUPS) + output))
        suggestion = ", perhaps you meant %s?" % " or ".join(close) if close else "."
        raise FieldError("Unsupported lookup '%s' for %s or join on the field not permitted%s"
                         % (rest, type(f).__name__ if f is not None else "expression", suggestion))

    def build_filter(self, filter_expr, branch_negated=False, current_negated=False, can_reuse=None,
                     allow_joins=True, split_subq=True):
        if isinstance(filter_expr, dict):
            raise FieldError("Cannot parse keyword query as dict")
        if isinstance(filter_expr, Q):
            return self._add_q(filter_expr, can_reuse, branch_negated=branch_negated,
                               current_negated=current_negated, allow_joins=allow_joins,
                               split_subq=split_subq)
        if hasattr(filter_expr, "resolve_expression"):
            if not getattr(filter_expr, "conditional", False):
                raise TypeError("Cannot filter against a non-conditional expression.")
            condition = filter_expr.resolve_expression(self, allow_joins=allow_joins, reuse=can_reuse)
            return WhereNode([condition], connector=AND), []
        arg, value = filter_expr
        if not arg:
            raise FieldError("Cannot parse keyword query %r" % arg)
        parts = arg.split(LOOKUP_SEP)
        # Django's refs_expression: the shortest prefix naming an
        # annotation ("authors__count__gt" over Count("authors")).
        n = 1
        while n < len(parts) and LOOKUP_SEP.join(parts[:n]) not in self.annotations:
            n += 1
        if LOOKUP_SEP.join(parts[:n]) in self.annotations:
            lookups = parts[n:]
            lhs = self.annotations[LOOKUP_SEP.join(parts[:n])]
            value = self.resolve_lookup_value(value, can_reuse, allow_joins)
            condition = self.build_lookup(lookups, lhs, value)
            return WhereNode([condition], connector=AND), []
        if not allow_joins:
            # When(blog__name=...) in update(): Django counts the field names
            rest = self.names_to_path(parts, self.get_meta())[3]
            if len(parts) - len(rest) > 1:
                raise FieldError("Joined field references are not permitted in this query")
        pre_joins = dict(self.alias_refcount)
        value = self.resolve_lookup_value(value, can_reuse, allow_joins)
        # The joins the value made (F("incoming__amount")) count as used by
        # this filter, as Django's build_filter: INNER unless promoted.
        value_joins = {a for a, n in self.alias_refcount.items() if n > pre_joins.get(a, 0)}
        opts = self.get_meta()
        alias = self.get_initial_alias()
        self._check_related_value(parts, opts, value)
        if branch_negated and split_subq:
            # Django's MultiJoin: a multi-valued relation under a negation
            # is filtered through a subquery, before any join is made here.
            path = self.names_to_path(parts, opts)[0]
            if any(p.m2m for p in path):
                return self.split_exclude(filter_expr, can_reuse, path)
        info, lookups = self.setup_joins(parts, opts, alias, can_reuse=can_reuse)
        if can_reuse is not None:
            can_reuse.update(info.joins)
        used_joins = set(info.joins) | value_joins
        targets, alias, join_list = self.trim_joins(info.targets, info.joins, info.path)
        col = Col(alias, targets[0])
        if (lookups and lookups[0] not in RELATED_LOOKUPS and info.final_field is not None
                and info.final_field.is_relation):
            # A relation compared as itself (blog=, blog__in=, authors__gt=):
            # only the lookups Django's ForeignObject registers apply
            _check_related_lookup(info.final_field, info.path[-1].direct, lookups)
        condition = self.build_lookup(lookups, col, value)
        lookup_type = condition.lookup_name
        clause = WhereNode([condition], connector=AND)
        require_outer = lookup_type == "isnull" and condition.rhs is True and not current_negated
        if current_negated and (lookup_type != "isnull" or condition.rhs is False) and condition.rhs is not None:
            require_outer = True
            if lookup_type != "isnull":
                if self.is_nullable(targets[0]) or self.alias_map[join_list[-1]].join_type == LOUTER:
                    clause.add(L.IsNull(Col(alias, targets[0]), False), AND)
                if isinstance(value, Col) and self.is_nullable(value.target):
                    clause.add(L.IsNull(value, False), AND)
        return clause, (used_joins if not require_outer else ())

    def _check_related_value(self, parts, opts, value):
        """filter(blog=<an Author>) is a ValueError, as Django's
        check_related_objects says it."""
        if not hasattr(value, "_meta") and not (isinstance(value, (list, tuple)) and value
                                               and hasattr(value[0], "_meta")):
            return
        names = [p for p in parts if p not in L.LOOKUPS]
        try:
            path, final, targets, rest = self.names_to_path(names, opts)
        except FieldError:
            return
        vals = value if isinstance(value, (list, tuple)) else [value]
        if not rest and final is not None and not final.is_relation:
            # filter(pk=<a Blog>), filter(blog__id=<a Blog>): a plain field
            # preps the instance itself, as Django's lookups do (an
            # IntegerField refuses it: "Field 'id' expected a number ...").
            for v in vals:
                if hasattr(v, "_meta"):
                    final.get_prep_value(v)
            return
        if rest or final is None or not final.is_relation:
            return
        model = final.related_model if not getattr(final, "one_to_many", False) else final.model
        if path:
            model = path[-1].to_opts.model
        for v in vals:
            if hasattr(v, "_meta") and not isinstance(v, model) and \
                    v._meta.concrete_model is not model._meta.concrete_model:
                raise ValueError('Cannot query "%s": Must be "%s" instance.'
                                 % (v, model._meta.object_name))
        # related_lookups.get_normalized_value: an instance stands for its
        # primary key, so it must have one.
        for v in vals:
            if hasattr(v, "_meta") and v.pk is None:
                raise ValueError("Model instances passed to related filters must be saved.")

    def _undo_joins(self, joins):
        for a in joins[1:]:
            self.unref_alias(a)
        self.unref_alias(joins[0])

    def split_exclude(self, filter_expr, can_reuse, path):
        """exclude(entry__rating=5) across a multi-valued relation, as
        Django 5.2's split_exclude writes it: the filter goes into an inner
        query on the same model, trim_start() drops its leading joins, and
        the outer query keeps NOT (EXISTS(SELECT 1 AS "a" FROM "blog_entry"
        U1 WHERE (U1."rating" = 5 AND U1."blog_id" = ("blog_blog"."id"))
        LIMIT 1)). Returns (condition, needed_inner) as build_filter does."""
        from django.db.models.expressions import Exists, OuterRef
        arg, value = filter_expr
        if isinstance(value, OuterRef):
            value = OuterRef(value)
        elif isinstance(value, F):
            value = OuterRef(value.name)
        inner = Query(self.model)
        inner._filtered_relations = self._filtered_relations
        inner.add_q(Q((arg, value)))
        inner.clear_ordering(force=True)
        trimmed_prefix, contains_louter = inner.trim_start(arg.split(LOOKUP_SEP), path)
        col = inner.select[0]
        if can_reuse is not None and col.alias in can_reuse:
            # The outer query already joins that table: the subquery
            # matches its rows by primary key.
            pk = col.target.model._meta.pk
            lookup = L.Exact(Col(col.alias, pk), _OuterCol(Col(col.alias, pk)))
        else:
            from django.db.models.expressions import ResolvedOuterRef
            lookup = L.Exact(col, ResolvedOuterRef(trimmed_prefix))
        inner.where.add(lookup, AND)
        condition, needed_inner = self.build_filter(Exists(inner))
        if contains_louter:
            # NOT EXISTS (…) OR outer.col IS NULL, as Django writes it.
            or_null, _ = self.build_filter(("%s__isnull" % trimmed_prefix, True), current_negated=True,
                                           branch_negated=True, can_reuse=can_reuse)
            condition.add(or_null, OR)
        return condition, needed_inner

    def trim_start(self, names, path):
        """Django's Query.trim_start for split_exclude(): drop the joins
        before the first multi-valued step of path (and that step's own
        join unless it is LEFT OUTER), select the column the outer query
        correlates on, and return (the outer lookup naming that column,
        whether a dropped join was LEFT OUTER)."""
        lookup_tables = list(self.alias_map)
        contains_louter = False
        trimmed = 0
        for trimmed, step in enumerate(path):
            if step.m2m:
                break
            if self.alias_map[lookup_tables[trimmed + 1]].join_type == LOUTER:
                contains_louter = True
            self.unref_alias(lookup_tables[trimmed])
        step = path[trimmed]
        join_field = step.join_field        # the ForeignKey on the "many" side
        prefix = []
        opts = self.get_meta()
        left = trimmed
        for name in names:
            if name in self._filtered_relations and not prefix:
                infos = self.names_to_path([name], opts)[0]
            else:
                field = opts.get_field(opts.pk.name if name == "pk" else name)
                infos = field.get_path_info()
            n = len(infos)
            if left - n < 0:
                break
            prefix.append(name)
            left -= n
            opts = infos[-1].to_opts
        prefix.append(join_field.target_field.name)
        first = lookup_tables[trimmed + 1]
        if self.alias_map[first].join_type != LOUTER:
            select = Col(first, join_field)
            self.unref_alias(lookup_tables[trimmed])
        else:
            select = Col(lookup_tables[trimmed], join_field.target_field)
        # The first table left must be a FROM table, not a JOIN.
        for a in self.alias_map:
            if self.alias_refcount[a] > 0:
                self.alias_map[a] = BaseTable(self.alias_map[a].table_name, a)
                break
        self.set_select([select])
        return LOOKUP_SEP.join(prefix), contains_louter

    def resolve_lookup_value(self, value, can_reuse, allow_joins):
        if hasattr(value, "resolve_expression") and not hasattr(value, "_meta"):
            if hasattr(value, "_iterable_class"):
                sub = _SubqueryExpr(value.query, value)
                # Django's bump_prefix: U0 … inside a T query, skipping the
                # prefixes its own subqueries use; this query then counts
                # them (made a subquery itself, it takes the next letter).
                used = set(getattr(value.query, "subq_aliases", ()))
                prefix = chr(ord(self.alias_prefix) + 1)
                while prefix in used:
                    prefix = chr(ord(prefix) + 1)
                sub.prefix = prefix
                self.subq_aliases = set(getattr(self, "subq_aliases", ())) | used | {prefix}
                return sub
            return value.resolve_expression(self, reuse=can_reuse, allow_joins=allow_joins)
        if isinstance(value, (list, tuple)):
            vals = [self.resolve_lookup_value(v, can_reuse, allow_joins) for v in value]
            return type(value)(vals)
        return value

    def _add_q(self, q_object, used_aliases, branch_negated=False, current_negated=False,
               allow_joins=True, split_subq=True):
        connector = q_object.connector
        current_negated = current_negated ^ q_object.negated
        branch_negated = branch_negated or q_object.negated
        target_clause = WhereNode(connector=connector, negated=q_object.negated)
        joinpromoter = JoinPromoter(q_object.connector, len(q_object.children), current_negated)
        for child in q_object.children:
            child_clause, needed_inner = self.build_filter(
                child, can_reuse=used_aliases, branch_negated=branch_negated,
                current_negated=current_negated, allow_joins=allow_joins, split_subq=split_subq)
            joinpromoter.add_votes(needed_inner)
            if child_clause:
                target_clause.add(child_clause, connector)
        needed_inner = joinpromoter.update_join_types(self)
        return target_clause, needed_inner

    def add_q(self, q_object):
        existing_inner = {a for a in self.alias_map if self.alias_map[a].join_type == INNER}
        clause, _ = self._add_q(q_object, self.used_aliases)
        if clause:
            self.where.add(clause, AND)
        self.demote_joins(existing_inner)

    # ---- select, order, limits

    def set_limits(self, low=None, high=None):
        if high is not None:
            if self.high_mark is not None:
                self.high_mark = min(self.high_mark, self.low_mark + high)
            else:
                self.high_mark = self.low_mark + high
        if low is not None:
            if self.high_mark is not None:
                self.low_mark = min(self.high_mark, self.low_mark + low)
            else:
                self.low_mark = self.low_mark + low
        if self.low_mark == self.high_mark:
            self.set_empty()

    def clear_limits(self):
        self.low_mark, self.high_mark = 0, None

    def add_ordering(self, *ordering):
        errors = []
        for item in ordering:
            if isinstance(item, str):
                if item == "?":
                    continue
                item = item.removeprefix("-")
                if item in self.annotations:
                    continue
                if self.extra and item in self.extra:
                    continue
                self.names_to_path(item.split(LOOKUP_SEP), self.model._meta)
            elif not hasattr(item, "resolve_expression"):
                errors.append(item)
            if getattr(item, "contains_aggregate", False):
                raise FieldError("Using an aggregate in order_by() without also including it in "
                                 "annotate() is not allowed: %s" % (item,))
        if errors:
            raise FieldError("Invalid order_by arguments: %s" % errors)
        if ordering:
            self.order_by += ordering
        else:
            self.default_ordering = False

    def clear_ordering(self, force=False, clear_default=True):
        if not force and (self.is_sliced or self.distinct_fields or self.select_for_update):
            return
        self.order_by = ()
        self.extra_order_by = ()
        if clear_default:
            self.default_ordering = False

    def clear_select_clause(self):
        self.select = ()
        self.default_cols = False
        self.select_related = False
        self.values_select = ()
        self.annotation_select_mask = []

    def clear_select_fields(self):
        self.select = ()
        self.values_select = ()

    def add_fields(self, field_names, allow_m2m=True):
        alias = self.get_initial_alias()
        opts = self.get_meta()
        cols = []
        for name in field_names:
            info, rest = self.setup_joins(name.split(LOOKUP_SEP), opts, alias)
            targets, final_alias, joins = self.trim_joins(info.targets, info.joins, info.path)
            if rest:
                # values("pub_date__year"): transforms on the column, as
                # Django's setup_joins applies them; anything else is the
                # error Django gives.
                expr = _field_col(final_alias, targets[0])
                for part in rest:
                    t = L.get_transform(getattr(expr, "output_field", None), part)
                    if t is None:
                        raise FieldError("Cannot resolve keyword %r into field. Join on '%s' not permitted."
                                         % (rest[0], name.split(LOOKUP_SEP)[-len(rest) - 1]))
                    expr = t(expr)
                cols.append(expr)
                continue
            for t in targets:
                cols.append(_field_col(final_alias, t))
        self.set_select(cols)

    def set_select(self, cols):
        self.default_cols = False
        self.select = tuple(cols)

    def set_values(self, fields):
        self.select_related = False
        self.clear_deferred_loading()
        self.clear_select_fields()
        field_names = []
        annotation_names = []
        if fields:
            extra_names = []
            for f in fields:
                if f in self.extra:
                    extra_names.append(f)
                elif f in self.annotations:
                    if self.annotation_select_mask is not None and f not in self.annotation_select_mask:
                        raise FieldError("Cannot select the '%s' alias. Use annotate() to promote it." % f)
                    if f not in annotation_names:
                        annotation_names.append(f)
                else:
                    field_names.append(f)
            self.set_annotation_mask(annotation_names)
            self.extra_select_mask = tuple(extra_names)
            # Django keys selected by name: values(x=expr) lists x twice
            selected = list(dict.fromkeys(fields))
        else:
            field_names = [f.attname for f in self.model._meta.concrete_fields]
            selected = list(self.extra_select) + field_names + list(self.annotation_select)
        if self.group_by is True:
            # annotate(aggregate) then values(): group by every model column
            self.add_fields([f.attname for f in self.model._meta.concrete_fields], False)
            self.set_group_by(allow_aliases=False)
            self.clear_select_fields()
        elif self.group_by:
            from django.db.models.expressions import Ref
            self.group_by = tuple(self.annotations[e.refs] if isinstance(e, Ref) and e.refs not in selected
                                  else e for e in self.group_by)
        self.values_select = tuple(field_names)
        self.add_fields(field_names, True)
        # Only named fields are aliased (`"t"."c" AS "c"`), as in Django.
        self.selected = tuple(selected) if fields else None

    def set_group_by(self, allow_aliases=True):
        """GROUP BY the selected columns and the annotations that are not
        aggregates (as Ref when allow_aliases), as Django's set_group_by."""
        from django.db.models.expressions import Ref
        group_by = list(self.select)
        if allow_aliases and self.values_select:
            # Django moves the values() that are not plain columns (a
            # transform: "pub_date__year") to the annotations, so they are
            # grouped after the columns: values("pub_date__year", "blog")
            # is GROUP BY 2, 1
            group_by.sort(key=lambda e: not isinstance(e, Col))   # stable
        for alias, annotation in self.annotation_select.items():
            cols = annotation.get_group_by_cols()
            if not cols:
                continue
            if allow_aliases and not annotation.contains_aggregate:
                group_by.append(Ref(alias, annotation))
            else:
                group_by.extend(cols)
        self.group_by = tuple(group_by)

    def set_annotation_mask(self, names):
        self.annotation_select_mask = None if names is None else list(names)

    def add_select_related(self, fields):
        if isinstance(self.select_related, bool):
            field_dict = {}
        else:
            field_dict = self.select_related
        for field in fields:
            d = field_dict
            for part in field.split(LOOKUP_SEP):
                d = d.setdefault(part, {})
        self.select_related = field_dict

    def add_deferred_loading(self, field_names):
        existing, defer = self.deferred_loading
        if defer:
            self.deferred_loading = existing.union(field_names), True
        else:
            existing = existing.difference(field_names)
            if existing:
                self.deferred_loading = existing, False
            else:
                self.clear_deferred_loading()
                self.deferred_loading = frozenset(field_names), True

    def add_immediate_loading(self, field_names):
        existing, defer = self.deferred_loading
        field_names = set(field_names)
        if "pk" in field_names:
            field_names.remove("pk")
            field_names.add(self.get_meta().pk.name)
        if defer:
            self.deferred_loading = frozenset(field_names.difference(existing)), False
        else:
            self.deferred_loading = frozenset(field_names), False

    def clear_deferred_loading(self):
        self.deferred_loading = (frozenset(), True)

    def get_loaded_field_names(self):
        """The concrete fields of the model a model query loads."""
        opts = self.get_meta()
        names, defer = self.deferred_loading
        if not names:
            return opts.concrete_fields
        for name in names:
            _check_mask_name(opts, name)
        simple = {n.split(LOOKUP_SEP)[0] for n in names}
        if defer:
            # defer("blog__name") defers a column of blog, not blog_id
            simple = {n for n in names if LOOKUP_SEP not in n}
        out = []
        for f in opts.concrete_fields:
            if f.primary_key:
                out.append(f)
            elif defer:
                if f.name not in simple and f.attname not in simple:
                    out.append(f)
            elif f.name in simple or f.attname in simple:
                out.append(f)
        return out

    def add_annotation(self, annotation, alias, select=True):
        self.annotations[alias] = annotation.resolve_expression(self, allow_joins=True, reuse=None)
        if select:
            if self.annotation_select_mask is not None:
                self.annotation_select_mask.append(alias)
            sel = getattr(self, "selected", None)
            if sel and alias not in sel:
                # values(...).annotate(n=…): n joins the selected names
                self.selected = tuple(sel) + (alias,)
        else:
            if self.annotation_select_mask is None:
                self.annotation_select_mask = [k for k in self.annotations if k != alias]
            elif alias in self.annotation_select_mask:
                self.annotation_select_mask.remove(alias)

    def get_count(self, using=None):
        from django.db.models.sql.compiler import execute_count
        return execute_count(self)

    def has_results(self, using=None):
        from django.db.models.sql.compiler import execute_exists
        return execute_exists(self)

    def combine(self, rhs, connector):
        if self.model is not rhs.model:
            raise TypeError("Cannot combine queries on two different base models.")
        if self.is_sliced:
            raise TypeError("Cannot combine queries once a slice has been taken.")
        if self.distinct != rhs.distinct:
            raise TypeError("Cannot combine a unique query with a non-unique query.")
        self.get_initial_alias()
        # rhs joins join this query (OR may reuse ours, AND makes its own);
        # Django's JoinPromoter then decides INNER vs LEFT OUTER, with a
        # join new here starting LEFT OUTER when it is nullable.
        change_map = {}
        reuse = set() if connector == AND else set(self.alias_map)
        joinpromoter = JoinPromoter(connector, 2, False)
        joinpromoter.add_votes(a for a in self.alias_map if self.alias_map[a].join_type == INNER)
        rhs_votes = set()
        for alias in list(rhs.alias_map)[1:]:
            join = rhs.alias_map[alias].relabeled_clone(change_map)
            new_alias = self.join(join, reuse=reuse)
            if join.join_type == INNER:
                rhs_votes.add(new_alias)
            reuse.discard(new_alias)
            if alias != new_alias:
                change_map[alias] = new_alias
            if not rhs.alias_refcount[alias]:
                self.unref_alias(new_alias)
        joinpromoter.add_votes(rhs_votes)
        joinpromoter.update_join_types(self)
        self.where.add(_clone_where(rhs.where).relabeled_clone(change_map), connector)
        if rhs.select:
            self.set_select([c.relabeled_clone(change_map) for c in rhs.select])
        else:
            self.select = ()
        self.order_by = rhs.order_by or self.order_by


class _Annotation(Exception):
    pass


class _MultiJoin(Exception):
    pass


class _ColumnRef:
    """A bare column (for subqueries built by split_exclude)."""

    def __init__(self, column, field):
        self.column = column
        self.field = field
        self.null = False

    def get_internal_type(self):
        return "IntegerField"


class _OuterCol:
    """A column of the outer query inside a correlated subquery."""

    contains_aggregate = False

    def __init__(self, col):
        self.col = col

    def resolve_expression(self, *args, **kwargs):
        return self

    def as_sql(self, compiler, connection=None):
        return self.col.as_sql(compiler, connection)

    def relabeled_clone(self, change_map):
        return self


class _Exists:
    """EXISTS(SELECT 1 AS "a" FROM … LIMIT 1) with U-prefixed aliases."""

    contains_aggregate = False
    conditional = True

    def __init__(self, query):
        self.query = query

    def relabeled_clone(self, change_map):
        return self

    def as_sql(self, compiler, connection=None):
        from django.db.models.sql.compiler import SQLCompiler, _exists_select
        q = _relabel_for_subquery(self.query)
        q.set_limits(high=1)
        c = SQLCompiler(q)
        c.setup_select = lambda: _exists_select(c)
        sql, params = c.as_sql()
        return "EXISTS(%s)" % sql, list(params)


class _SubqueryExpr:
    """A QuerySet used as a value: IN (SELECT …) with U0, U1 aliases."""

    contains_aggregate = False

    def resolve_expression(self, *args, **kwargs):
        return self

    def __init__(self, query, queryset=None):
        self.query = query.clone()
        self.queryset = queryset
        self.query.subquery = True
        # Django's bump_prefix relabels only the aliases the query has when
        # it is used as a value: one that has none yet (no filter, values()
        # or annotation) names its table later, unaliased as any first alias.
        self.relabel = bool(query.alias_map)

    def as_sql(self, compiler, connection=None):
        from django.db.models.sql.compiler import SQLCompiler
        q = self.query
        if q.default_cols or not q.select:
            if not q.select:
                alias = q.get_initial_alias()
                q.default_cols = False
                q.select = (Col(alias, q.get_meta().pk),)
        q.clear_ordering(force=False)
        if self.relabel:
            q = _relabel_for_subquery(q, getattr(self, "prefix", "U"))
        c = SQLCompiler(q)
        c.subquery = True
        return c.as_sql()

    def relabeled_clone(self, change_map):
        return self


def _relabel_for_subquery(q, prefix="U"):
    q = q.clone()
    change_map = {}
    for i, alias in enumerate(list(q.alias_map)):
        change_map[alias] = "%s%d" % (prefix, i)
    q.alias_map = {change_map[a]: j.relabeled_clone(change_map) for a, j in q.alias_map.items()}
    q.alias_refcount = {change_map[a]: c for a, c in q.alias_refcount.items()}
    q.table_map = {t: [change_map[a] for a in al] for t, al in q.table_map.items()}
    q.where = q.where.relabeled_clone(change_map)
    for a, j in list(q.alias_map.items()):
        if isinstance(j, Join) and not q.alias_refcount.get(a):
            continue
        if isinstance(j, Join) and not q.alias_refcount.get(j.parent_alias):
            # The first table kept after trimming becomes the FROM table.
            q.alias_map[a] = BaseTable(j.table_name, a)
    q.select = tuple(c.relabeled_clone(change_map) for c in q.select)
    q.order_by = tuple(o for o in q.order_by)
    for a, j in q.alias_map.items():
        j.table_alias = a
    return q


def _clone_where(node):
    new = WhereNode.__new__(type(node))
    new.__dict__.update(node.__dict__)
    new.children = [(_clone_where(c) if isinstance(c, WhereNode) else c) for c in node.children]
    return new


def _copy_dict(d):
    return {k: _copy_dict(v) for k, v in d.items()}


def _ratio(a, b):
    """difflib.SequenceMatcher(None, a, b).ratio(): 2*M/T with M the
    characters of the longest-common-block matching (recursive)."""
    def matches(a0, a1, b0, b1):
        best = (a0, b0, 0)
        for i in range(a0, a1):
            for j in range(b0, b1):
                k = 0
                while i + k < a1 and j + k < b1 and a[i + k] == b[j + k]:
                    k += 1
                if k > best[2]:
                    best = (i, j, k)
        i, j, k = best
        if k == 0:
            return 0
        return k + matches(a0, i, b0, j) + matches(i + k, a1, j + k, b1)
    t = len(a) + len(b)
    return 2.0 * matches(0, len(a), 0, len(b)) / t if t else 1.0


def _field_col(alias, field):
    """field.get_col(alias) as Django's: a ForeignKey's column has the type
    of the field it points at (following a chain of them), so Avg("blog")
    or Avg("authors__id") is a FloatField as over an AutoField."""
    from django.db.models.related import ForeignKey
    out = field
    while isinstance(out, ForeignKey) and out.target_field is not None:
        out = out.target_field
        if out is field:
            break
    return Col(alias, field, out if out is not field else None)


RELATED_LOOKUPS = ("exact", "gt", "gte", "lt", "lte", "in", "isnull")


def _check_related_lookup(field, direct, lookups):
    """lookups[0], not one of RELATED_LOOKUPS, on the relation field (the
    ForeignKey; the path went backwards along it when not direct): Django's
    ForeignObject answers only to those and to what is registered on its
    own classes, not to Field's other lookups nor to any transform, so
    blog__range, entry__icontains, blog__year are the FieldError of
    try_transform, naming the relation's class (ManyToOneRel backwards)."""
    from django.db.models.related import RelatedField
    allowed = list(RELATED_LOOKUPS)
    for klass in type(field).__mro__:
        if klass is RelatedField:     # Django stops at ForeignObject, below it
            break
        for name in klass.__dict__.get("class_lookups", {}):
            if name not in allowed:
                allowed.append(name)
    if lookups[0] in allowed:
        return
    rel = field if direct else field.remote_field
    close = _close_matches(lookups[0], allowed)
    suggestion = ", perhaps you meant %s?" % " or ".join(close) if close else "."
    raise FieldError("Unsupported lookup '%s' for %s or join on the field not permitted%s"
                     % (LOOKUP_SEP.join(lookups), type(rel).__name__, suggestion))


def _close_matches(word, possibilities, n=3, cutoff=0.6):
    """difflib.get_close_matches: best first, ties in reverse order."""
    scored = []
    for x in possibilities:
        r = _ratio(word, x)
        if r >= cutoff:
            scored.append((r, x))
    scored.sort(reverse=True)
    return [x for _, x in scored[:n]]
