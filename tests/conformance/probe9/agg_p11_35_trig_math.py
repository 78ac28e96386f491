from django.db.models.functions import ATan2, Cot, Sqrt, Power, Abs, Mod
from django.db.models import F
from blog.models import Entry
e = Entry.objects.annotate(a=ATan2("rating", "number_of_comments"), c=Cot("rating"), s=Sqrt("rating"), p=Power("rating", 2), m=Mod("number_of_comments", 7)).get(pk=3)
result = (round(e.a, 6), round(e.c, 6), round(e.s, 6), e.p, e.m, type(e.p).__name__)
