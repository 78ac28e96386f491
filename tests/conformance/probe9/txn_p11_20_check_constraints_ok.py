from django.db import connection
connection.check_constraints()
connection.check_constraints(table_names=["blog_entry", "bank_transfer"])
result = [q["sql"] for q in connection.queries]
