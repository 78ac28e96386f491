# rowcount after an UPDATE; the parameters appear quoted in connection.queries.
from django.db import connection

with connection.cursor() as c:
    c.execute("UPDATE bank_account SET owner = %s WHERE balance > %s", ["O'Brien", 60])
    n = c.rowcount
result = (n, connection.queries[-1]["sql"])
