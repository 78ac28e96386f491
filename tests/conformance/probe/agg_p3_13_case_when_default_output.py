# Case/When with a default and an output_field; a When with Q; ordering by the Case.
from django.db.models import Case, CharField, IntegerField, Q, Value, When
from blog.models import Entry

band = Case(When(rating__gte=8, then=Value("high")), When(Q(rating__lte=3) | Q(number_of_comments=0), then=Value("low")),
            default=Value("mid"), output_field=CharField())
prio = Case(When(blog_id=5, then=0), default=1, output_field=IntegerField())
qs = Entry.objects.annotate(band=band).order_by(prio, "id").values_list("id", "band")[:5]
result = list(qs)
