import os
import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
django.setup()

from blog.models import Entry  # noqa: E402

qs = Entry.objects.filter(rating__gte=8)
print("built, not run:", type(qs).__name__)
result = (qs.count(), django.VERSION[:2], django.get_version().split(".")[:2])
