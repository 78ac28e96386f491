# A regex inside Case/When to label rows.
from django.db.models import Case, When, Value, CharField
from blog.models import Entry

qs = Entry.objects.annotate(kind=Case(
    When(headline__iregex=r"django", then=Value("django")),
    When(headline__iregex=r"python", then=Value("python")),
    default=Value("other"), output_field=CharField()))
result = sorted(qs.values_list("kind", flat=True).distinct())
