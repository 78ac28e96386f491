# A view reading request.GET and using get_object_or_404; a missing param gives 400.
from django.shortcuts import get_object_or_404
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.test import RequestFactory
from bank.models import Account


def balance(request):
    owner = request.GET.get("owner")
    if owner is None:
        return HttpResponseBadRequest("owner required")
    acct = get_object_or_404(Account, owner=owner)
    return HttpResponse(f"{acct.owner}: {acct.balance}")


rf = RequestFactory()
out = []
for qs in ("?owner=Bob", "?owner=Zed", ""):
    try:
        r = balance(rf.get("/balance/" + qs))
    except Http404:
        r = HttpResponse("missing", status=404)
    out.append((r.status_code, r.content.decode()))
result = out
