from django.db.models import Func, F, IntegerField, Value
from blog.models import Entry

class Instr(Func):
    function = "INSTR"
    output_field = IntegerField()

class Twice(Func):
    template = "(%(expressions)s * 2)"

qs = Entry.objects.annotate(pos=Instr(F("headline"), Value("o")), dbl=Twice("rating")).order_by("id")[:3]
result = ([(e.id, e.pos, e.dbl) for e in qs], str(qs.query))
