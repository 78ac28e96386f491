# A subclass of a built-in lookup overriding process_rhs with Django's
# signature (compiler, connection), no defaults: the built-in as_sql calls
# it with the connection.
from django.db.models import CharField
from django.db.models.lookups import Exact
from blog.models import Blog


class TrimmedExact(Exact):
    lookup_name = "exact"       # its operator; registered as texact

    def process_rhs(self, compiler, connection):
        sql, params = super().process_rhs(compiler, connection)
        return "TRIM(%s)" % sql, params


CharField.register_lookup(TrimmedExact, "texact")
qs = Blog.objects.filter(name__texact="  Beatles Blog  ")
print(qs.query)
result = list(qs.values_list("id", flat=True))
