# on_commit outside atomic runs immediately; queries seen.
from django.db import connection, reset_queries, transaction

log = []
reset_queries()
transaction.on_commit(lambda: log.append("now"))
log.append("after")
result = (log, len(connection.queries))
