from django.http import JsonResponse
r = JsonResponse({"b": 1, "a": "é"}, json_dumps_params={"ensure_ascii": False, "sort_keys": True, "indent": 1})
result = (r.content, r["Content-Type"])
