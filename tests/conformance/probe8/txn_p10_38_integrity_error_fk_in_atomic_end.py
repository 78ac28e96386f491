from bank.models import Account, Transfer
try:
    from django.db import transaction, IntegrityError
    with transaction.atomic():
        t = Transfer.objects.create(source_id=1, target_id=77, amount=3)
        inside = Transfer.objects.filter(target_id=77).count()
    r = ("committed", inside)
except Exception as ex:
    r = (type(ex).__name__, str(ex))
after = Transfer.objects.count()
result = r
