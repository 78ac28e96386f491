"""connection.ops: the parts of Django 5.2's SQLite DatabaseOperations a
learner calls when writing raw SQL by hand (quoting names, the largest name,
the EXPLAIN prefix)."""


class DatabaseOperations:
    explain_prefix = "EXPLAIN QUERY PLAN"

    def __init__(self, connection):
        self.connection = connection

    def quote_name(self, name):
        """name in double quotes, unless it is quoted already."""
        if name.startswith('"') and name.endswith('"'):
            return name
        return '"%s"' % name

    def max_name_length(self):
        return None

    def max_in_list_size(self):
        return None
