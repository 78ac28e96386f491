from django.db.models.functions import Exp, Ln, Log
from django.db.models import Value
from blog.models import Entry
e = Entry.objects.annotate(x=Exp(Value(0)), l=Ln("number_of_comments"), lg=Log(10, 1000), lg2=Log(2, "rating")).get(pk=1)
result = (e.x, round(e.l, 6), round(e.lg, 6), round(e.lg2, 6), type(e.lg).__name__)
