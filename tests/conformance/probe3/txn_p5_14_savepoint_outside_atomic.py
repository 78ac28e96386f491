# savepoint() outside atomic in autocommit returns None.
from django.db import connection, reset_queries, transaction

reset_queries()
sid = transaction.savepoint()
result = (sid, len(connection.queries))
