from django.views import View
from django.http import JsonResponse
from django.test import RequestFactory
class V(View):
    def get(self, request, *args, **kwargs):
        return JsonResponse({"args": list(self.args), "kwargs": self.kwargs, "path": self.request.path})
view = V.as_view()
result = (view(RequestFactory().get("/p/"), 1, 2, slug="x").content, view.view_class is V, view.view_initkwargs)
