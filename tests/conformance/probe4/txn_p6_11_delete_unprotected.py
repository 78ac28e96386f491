from bank.models import Account
result = Account.objects.get(pk=3).delete()
