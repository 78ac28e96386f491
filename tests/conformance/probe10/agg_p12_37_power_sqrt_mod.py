from django.db.models.functions import Power, Sqrt, Mod
from blog.models import Entry
e = Entry.objects.annotate(p=Power("rating", 2), s=Sqrt("number_of_comments"), m=Mod("number_of_comments", 5)).get(pk=1)
result = [(v, type(v).__name__) for v in (e.p, round(e.s, 6), e.m)]
