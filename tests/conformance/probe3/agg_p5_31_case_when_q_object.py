# When(Q(...) | Q(...)) and When with a lookup kwarg.
from django.db.models import Case, CharField, Q, Value, When
from books.models import Book

qs = Book.objects.annotate(kind=Case(When(Q(pages__gt=700) | Q(price__gt=80), then=Value("big")), When(rating__gte=4, then=Value("good")), default=Value("other"), output_field=CharField())).order_by("pk")
result = ([(b.pk, b.kind) for b in qs], str(qs.query))
