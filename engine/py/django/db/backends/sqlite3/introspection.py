"""connection.introspection: table names, table descriptions and
constraints read from sqlite_master and the PRAGMAs with the statements
Django's SQLite backend runs (its queries show in connection.queries);
the CREATE TABLE is parsed the way Django parses it with sqlparse."""


class TableInfo:
    """Django's TableInfo(name, type) named tuple ('t' table, 'v' view)."""

    def __init__(self, name, type):
        self.name = name
        self.type = type

    def __iter__(self):
        return iter((self.name, self.type))

    def __getitem__(self, i):
        return (self.name, self.type)[i]

    def __len__(self):
        return 2

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return "TableInfo(name=%r, type=%r)" % (self.name, self.type)


class DatabaseIntrospection:
    def __init__(self, connection):
        self.connection = connection

    def identifier_converter(self, name):
        return name

    def get_table_list(self, cursor):
        cursor.execute("""
            SELECT name, type FROM sqlite_master
            WHERE type in ('table', 'view') AND NOT name='sqlite_sequence'
            ORDER BY name""")
        return [TableInfo(row[0], row[1][0]) for row in cursor.fetchall()]

    def table_names(self, cursor=None, include_views=False):
        if cursor is None:
            with self.connection.cursor() as cursor:
                return self.table_names(cursor, include_views)
        return sorted(ti.name for ti in self.get_table_list(cursor)
                      if include_views or ti.type == "t")

    def get_table_description(self, cursor, table_name):
        """PRAGMA table_xinfo, the table's collations and, when the database
        has JSON, one query per column for a json_valid() CHECK, as Django
        runs them; hidden columns left out."""
        from django.db import DatabaseError
        cursor.execute("PRAGMA table_xinfo(%s)" % _quote_name(table_name))
        table_info = cursor.fetchall()
        if not table_info:
            raise DatabaseError("Table %s does not exist (empty pragma)." % table_name)
        collations = self._get_column_collations(cursor, table_name)
        json_columns = set()
        if self.connection.features.supports_json_field:
            for line in table_info:
                column = line[1]
                row = cursor.execute("""
                    SELECT sql
                    FROM sqlite_master
                    WHERE
                        type = 'table' AND
                        name = %s AND
                        sql LIKE %s
                """, [table_name, '%%json_valid("%s")%%' % column]).fetchone()
                if row:
                    json_columns.add(column)
        description = [
            FieldInfo(line[1], line[2], _field_size(line[2]), None, None, None, not line[3], line[4],
                      collations.get(line[1]), bool(line[5]), line[1] in json_columns)
            for line in table_info if line[6] in (0, 2, 3)]
        pks = [i for i, info in enumerate(description) if info.pk]
        if len(pks) > 1:
            for i in pks:
                description[i] = description[i]._replace(pk=False)
        return description


    def _get_column_collations(self, cursor, table_name):
        row = cursor.execute("""
            SELECT sql
            FROM sqlite_master
            WHERE type = 'table' AND name = %s
        """, [table_name]).fetchone()
        if not row:
            return {}
        sql = row[0]
        collations = {}
        for column in sql[sql.find("("):].strip("()").split(", "):
            tokens = column[1:].split()
            if not tokens:
                continue
            collation = None
            for i, token in enumerate(tokens):
                if token == "COLLATE" and i + 1 < len(tokens):
                    collation = tokens[i + 1]
                    break
            collations[tokens[0].strip('"')] = collation
        return collations


    def get_constraints(self, cursor, table_name):
        """Django's SQLite get_constraints(): the UNIQUE/CHECK written in the
        CREATE TABLE, every index that has SQL (PRAGMA index_list, its
        sqlite_master row, PRAGMA index_info), "__primary__", then fk_N per
        foreign key, with the statements Django runs."""
        constraints = {}
        row = cursor.execute("SELECT sql FROM sqlite_master WHERE type='table' and name=%s",
                             [table_name]).fetchone()
        if row is not None:
            columns = {info.name for info in self.get_table_description(cursor, table_name)}
            constraints.update(_parse_table_constraints(row[0], columns))
        cursor.execute("PRAGMA index_list(%s)" % _quote_name(table_name))
        for index_row in cursor.fetchall():
            index, unique = index_row[1], index_row[2]
            cursor.execute("SELECT sql FROM sqlite_master WHERE type='index' AND name=%s", [index])
            found = cursor.fetchone()
            sql = found[0] if found else None
            if not sql:
                continue
            cursor.execute("PRAGMA index_info(%s)" % _quote_name(index))
            for info in cursor.fetchall():
                if index not in constraints:
                    constraints[index] = {"columns": [], "primary_key": False, "unique": bool(unique),
                                          "foreign_key": None, "check": False, "index": True}
                constraints[index]["columns"].append(info[2])
            if index in constraints and constraints[index]["index"]:
                constraints[index]["type"] = "idx"
                orders = _index_orders(sql)
                if orders is not None:
                    constraints[index]["orders"] = orders
        pk_columns = self.get_primary_key_columns(cursor, table_name)
        if pk_columns:
            constraints["__primary__"] = {"columns": pk_columns, "primary_key": True, "unique": False,
                                          "foreign_key": None, "check": False, "index": False}
        for i, (column, ref) in enumerate(self.get_relations(cursor, table_name).items()):
            constraints["fk_%s" % i] = {"columns": [column], "primary_key": False, "unique": False,
                                        "foreign_key": (ref[1], ref[0]), "check": False, "index": False}
        return constraints


    def get_primary_key_columns(self, cursor, table_name):
        cursor.execute("PRAGMA table_info(%s)" % _quote_name(table_name))
        return [row[1] for row in cursor.fetchall() if row[5]]


    def get_relations(self, cursor, table_name):
        """{column: (referenced column, referenced table)} from PRAGMA
        foreign_key_list."""
        cursor.execute("PRAGMA foreign_key_list(%s)" % _quote_name(table_name))
        return {row[3]: (row[4], row[2]) for row in cursor.fetchall()}


def _quote_name(name):
    if name.startswith('"') and name.endswith('"'):
        return name
    return '"%s"' % name


def _field_size(data_type):
    """The size in "varchar(100)" (get_field_size), else None."""
    t = data_type.strip()
    low = t.lower()
    if low.startswith("var"):
        low = low[3:]
    if not low.startswith("char"):
        return None
    rest = low[4:].strip()
    if not (rest.startswith("(") and rest.endswith(")")):
        return None
    digits = rest[1:-1].strip()
    return int(digits) if digits.isdigit() else None


class FieldInfo:
    """Django's SQLite FieldInfo named tuple: name, type_code, display_size,
    internal_size, precision, scale, null_ok, default, collation, pk,
    has_json_constraint."""

    _fields = ("name", "type_code", "display_size", "internal_size", "precision", "scale",
               "null_ok", "default", "collation", "pk", "has_json_constraint")

    def __init__(self, *values):
        self._values = tuple(values)
        for name, value in zip(self._fields, values):
            setattr(self, name, value)

    def _replace(self, **kwargs):
        return FieldInfo(*[kwargs.get(n, v) for n, v in zip(self._fields, self._values)])

    def __iter__(self):
        return iter(self._values)

    def __getitem__(self, i):
        return self._values[i]

    def __len__(self):
        return len(self._values)

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return "FieldInfo(%s)" % ", ".join("%s=%r" % (n, v) for n, v in zip(self._fields, self._values))


def _sql_tokens(sql):
    """The tokens sqlparse gives Django's constraint parser, reduced to
    (kind, value): "sym" for a "quoted" name (value unquoted), "name" for
    a bare word, "(" ")" "," punctuation, "other" for the rest."""
    out = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch.isspace():
            i += 1
        elif ch == '"' or ch == '`':
            j = sql.find(ch, i + 1)
            j = n - 1 if j < 0 else j
            out.append(("sym", sql[i + 1:j]))
            i = j + 1
        elif ch == "'":
            j = i + 1
            while j < n:
                if sql[j] == "'" and j + 1 < n and sql[j + 1] == "'":
                    j += 2
                elif sql[j] == "'":
                    break
                else:
                    j += 1
            out.append(("other", sql[i:j + 1]))
            i = j + 1
        elif ch in "(),":
            out.append((ch, ch))
            i += 1
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (sql[j].isalnum() or sql[j] == "_"):
                j += 1
            out.append(("name", sql[i:j]))
            i = j
        else:
            out.append(("other", ch))
            i += 1
    return out


def _word(token, word):
    return token[0] == "name" and token[1].upper() == word


def _parse_definition(tokens, pos, columns):
    """One column or table-constraint definition of CREATE TABLE from
    tokens[pos] (_parse_column_or_constraint_definition): (name,
    unique dict or None, check dict or None, position of the token that
    ended it)."""
    is_constraint = None
    field_name = constraint_name = None
    unique = check = False
    unique_columns, check_columns = [], []
    depth = unique_depth = check_depth = 0
    token = None
    while pos < len(tokens):
        token = tokens[pos]
        if token[0] == "(":
            depth += 1
        elif token[0] == ")":
            depth -= 1
            if depth < 0:
                break
        elif depth == 0 and token[0] == ",":
            break
        pos += 1
        if is_constraint is None:
            is_constraint = _word(token, "CONSTRAINT")
            if is_constraint:
                continue
        if is_constraint:
            if constraint_name is None and token[0] in ("name", "sym"):
                constraint_name = token[1]
            if _word(token, "UNIQUE"):
                unique = True
                unique_depth = depth
            elif unique:
                if unique_depth == depth:
                    if unique_columns:
                        unique = False
                    continue
                if token[0] in ("name", "sym"):
                    unique_columns.append(token[1])
        else:
            if field_name is None and token[0] in ("name", "sym"):
                field_name = token[1]
            if _word(token, "UNIQUE"):
                unique_columns = [field_name]
        if _word(token, "CHECK"):
            check = True
            check_depth = depth
        elif check:
            if check_depth == depth:
                if check_columns:
                    check = False
                continue
            if token[0] in ("name", "sym") and token[1] in columns:
                check_columns.append(token[1])
    unique_dict = {"unique": True, "columns": unique_columns, "primary_key": False,
                   "foreign_key": None, "check": False, "index": False} if unique_columns else None
    check_dict = {"check": True, "columns": check_columns, "primary_key": False, "unique": False,
                  "foreign_key": None, "index": False} if check_columns else None
    return constraint_name, unique_dict, check_dict, pos


def _parse_table_constraints(sql, columns):
    """The UNIQUE and CHECK constraints written in a CREATE TABLE, named or
    "__unnamed_constraint_N__"."""
    tokens = _sql_tokens(sql)
    pos = 0
    while pos < len(tokens) and tokens[pos][0] != "(":
        pos += 1
    pos += 1
    constraints = {}
    unnamed = 0
    while True:
        name, unique, check, pos = _parse_definition(tokens, pos, columns)
        for found in (unique, check):
            if found:
                if name:
                    constraints[name] = found
                else:
                    unnamed += 1
                    constraints["__unnamed_constraint_%s__" % unnamed] = found
        if pos >= len(tokens) or tokens[pos][0] == ")":
            break
        pos += 1
    return constraints


def _index_orders(sql):
    """ASC/DESC per column of CREATE INDEX … (…) (_get_index_columns_orders)."""
    start = sql.find("(")
    if start < 0:
        return None
    depth = 0
    end = len(sql)
    for i in range(start, len(sql)):
        if sql[i] == "(":
            depth += 1
        elif sql[i] == ")":
            depth -= 1
            if depth == 0:
                end = i + 1
                break
    columns = sql[start:end].strip("()").split(", ")
    return ["DESC" if c.endswith("DESC") else "ASC" for c in columns]
