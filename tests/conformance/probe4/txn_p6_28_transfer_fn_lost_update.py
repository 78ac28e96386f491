from bank.models import Account

def deposit(pk, amount):
    acc = Account.objects.get(pk=pk)
    acc.balance += amount
    acc.save()

a1 = Account.objects.get(pk=1)
deposit(1, 10)
a1.balance += 5
a1.save()
result = Account.objects.get(pk=1).balance
