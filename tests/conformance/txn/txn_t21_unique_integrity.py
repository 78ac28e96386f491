# A UNIQUE violation from raw SQL inside atomic() (primary key collision).
from django.db import transaction, connection, IntegrityError

try:
    with transaction.atomic():
        with connection.cursor() as c:
            c.execute("INSERT INTO bank_account (id, owner, balance) VALUES (%s, %s, %s)", [1, "Dup", 0])
except IntegrityError as exc:
    result = "%s: %s" % (type(exc).__name__, exc)
