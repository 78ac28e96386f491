from django.db import transaction, connection
sid = transaction.savepoint()
try:
    transaction.savepoint_rollback(sid)
    out = "rolled"
except Exception as exc:
    out = (type(exc).__name__, str(exc))
result = (sid, out, [q["sql"] for q in connection.queries])
