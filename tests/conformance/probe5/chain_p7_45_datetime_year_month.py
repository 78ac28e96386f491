from bank.models import Transfer
qs = Transfer.objects.filter(created__year=2023, created__month=6, created__day__lt=3)
result = (str(qs.query), qs.count())
