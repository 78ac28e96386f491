# Custom Func subclasses written as the docs show: as_sql/as_sqlite take
# (compiler, connection), call super() with a template or function.
from django.db.models import Func, F, Value, IntegerField, CharField
from django.db.models.functions import Upper
from blog.models import Entry, Blog


class Abs(Func):
    function = "ABS"
    output_field = IntegerField()


class Repeat(Func):
    function = "REPEAT"

    def as_sqlite(self, compiler, connection, **extra_context):
        # SQLite has no REPEAT: replace(hex(zeroblob(n)), '00', s)
        return super().as_sql(compiler, connection,
                              template="REPLACE(HEX(ZEROBLOB(%(expressions)s)), '00', 'ab')",
                              **extra_context)


class Bracket(Func):
    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return "('[' || %s || ']')" % sql, params


qs = Entry.objects.annotate(a=Abs(F("rating") - 3)).filter(a__lte=1).order_by("id").values_list("id", "a")[:4]
print(qs.query)
rows = list(qs)
print(rows)
b = Blog.objects.annotate(r=Repeat(Value(2), output_field=CharField()), br=Bracket(Upper("name"), output_field=CharField())).order_by("id").values_list("r", "br")[:2]
print(b.query)
result = [rows, list(b)]
