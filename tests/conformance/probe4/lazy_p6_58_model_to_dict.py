from django.forms.models import model_to_dict
from blog.models import Entry
result = model_to_dict(Entry.objects.get(pk=1))
