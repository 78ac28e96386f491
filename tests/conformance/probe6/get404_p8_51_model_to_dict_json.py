from django.forms.models import model_to_dict
from django.http import JsonResponse
from blog.models import Entry
e = Entry.objects.get(pk=1)
result = JsonResponse(model_to_dict(e, exclude=["authors"])).content
