# A view serialising a dataclass built from a row with JsonResponse.
from dataclasses import dataclass, asdict
from django.http import JsonResponse, HttpRequest
from django.shortcuts import get_object_or_404
from bank.models import Account

@dataclass
class AccountOut:
    owner: str
    balance: int

def account_view(request: HttpRequest, pk: int) -> JsonResponse:
    acc = get_object_or_404(Account, pk=pk)
    return JsonResponse(asdict(AccountOut(acc.owner, acc.balance)))

resp = account_view(HttpRequest(), 1)
result = (resp.status_code, resp["Content-Type"], resp.content)
