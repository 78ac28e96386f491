"""connection.introspection: table names read from sqlite_master with the
statement Django's SQLite backend runs."""


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
