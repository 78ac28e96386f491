from django.http import HttpResponse, JsonResponse
r = HttpResponse("made")
r.status_code = 201
j = JsonResponse({"a": 1}, status=400)
result = (r.status_code, r.reason_phrase, repr(r), j.status_code, j.reason_phrase, repr(j))
