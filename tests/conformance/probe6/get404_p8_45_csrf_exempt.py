from django.views.decorators.csrf import csrf_exempt
from django.http import JsonResponse
from django.test import RequestFactory
@csrf_exempt
def api(request):
    return JsonResponse({"m": request.method})
result = (api(RequestFactory().post("/api/")).content, api.__name__, getattr(api, "csrf_exempt", None))
