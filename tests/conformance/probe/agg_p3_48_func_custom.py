# A custom Func subclass (function/template), and Func with output_field.
from django.db.models import Func, IntegerField
from blog.models import Blog


class Instr(Func):
    function = "INSTR"
    output_field = IntegerField()


result = list(Blog.objects.annotate(pos=Instr("name", "tagline")).order_by("id").values_list("pos", flat=True)) + \
         list(Blog.objects.annotate(u=Func("name", function="UPPER")).order_by("id").values_list("u", flat=True)[:1])
