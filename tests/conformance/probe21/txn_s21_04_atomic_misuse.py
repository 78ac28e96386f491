# Transaction API misuse and state queries.
from django.db import transaction, IntegrityError, connection
from django.db.transaction import TransactionManagementError
from bank.models import Account
print(transaction.get_autocommit(), connection.in_atomic_block)
try:
    transaction.set_rollback(True)
except Exception as e:
    print(type(e).__name__, e)
try:
    transaction.savepoint_commit("nope")
except Exception as e:
    print(type(e).__name__, e)
with transaction.atomic():
    print(connection.in_atomic_block, transaction.get_rollback())
    try:
        transaction.set_autocommit(True)
    except Exception as e:
        print(type(e).__name__, e)
    sid = transaction.savepoint()
    print(type(sid).__name__)
    Account.objects.filter(pk=1).update(balance=0)
    transaction.savepoint_rollback(sid)
    print(Account.objects.get(pk=1).balance != 0)
try:
    with transaction.atomic():
        Account.objects.create(owner="dup", balance=1, pk=1)
except IntegrityError as e:
    print("IntegrityError", e)
print(connection.in_atomic_block)
result = [q["sql"] for q in connection.queries]
