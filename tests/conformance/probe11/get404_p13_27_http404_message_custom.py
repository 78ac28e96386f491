# Raising Http404 yourself with a message; its str() and args.
from django.http import Http404
from bank.models import Account


def find(owner):
    acct = Account.objects.filter(owner=owner).first()
    if acct is None:
        raise Http404(f"No account for {owner!r}")
    return acct


try:
    find("Zed")
except Http404 as exc:
    result = (str(exc), exc.args, find("Alice").balance)
