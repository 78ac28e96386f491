# A class-based View whose get() uses get_object_or_404; as_view() dispatches, 405 for POST.
from django.http import JsonResponse, Http404
from django.shortcuts import get_object_or_404
from django.test import RequestFactory
from django.views import View
from bank.models import Account


class AccountView(View):
    def get(self, request, pk):
        a = get_object_or_404(Account, pk=pk)
        return JsonResponse({"owner": a.owner, "balance": a.balance})


view = AccountView.as_view()
rf = RequestFactory()
out = []
for req, pk in ((rf.get("/a/"), 4), (rf.post("/a/"), 4), (rf.get("/a/"), 40)):
    try:
        r = view(req, pk=pk)
        out.append((r.status_code, r.content))
    except Http404 as exc:
        out.append((404, str(exc)))
result = out
