from django.http import JsonResponse, HttpRequest
from django.shortcuts import get_object_or_404
from django.test import RequestFactory
from blog.models import Entry


class JsonMixin:
    def render_json(self, data, status=200):
        return JsonResponse(data, status=status)


class BaseView:
    def dispatch(self, request, **kw):
        return getattr(self, request.method.lower())(request, **kw)


class EntryView(JsonMixin, BaseView):
    def get(self, request, pk):
        e = get_object_or_404(Entry, pk=pk)
        return self.render_json({"headline": e.headline})


rf = RequestFactory()
r = EntryView().dispatch(rf.get("/e/1"), pk=1)
print(r.status_code, r.content)
result = [k.__name__ for k in EntryView.__mro__]
