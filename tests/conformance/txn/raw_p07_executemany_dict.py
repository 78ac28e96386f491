from django.db import connection
with connection.cursor() as c:
    c.executemany("UPDATE bank_account SET balance = %(b)s WHERE id = %(i)s", [{"b": 1, "i": 1}, {"b": 2, "i": 2}])
    n = c.rowcount
result = (n, [q["sql"] for q in connection.queries])
