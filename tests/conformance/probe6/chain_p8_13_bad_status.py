from django.http import HttpResponse
HttpResponse(status=1000)
