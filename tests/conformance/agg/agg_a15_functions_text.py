# Text functions: Upper, Concat with Value, Substr, Length in filter.
from django.db.models import Value, CharField
from django.db.models.functions import Upper, Concat, Substr, Length
from blog.models import Author

qs = (Author.objects.annotate(shout=Upper("name"), label=Concat("name", Value(" <"), "email", Value(">")),
                              initials=Substr("name", 1, 3))
      .filter(name__startswith="G").order_by("id").values_list("shout", "label", "initials"))
long_names = Author.objects.annotate(n=Length("name")).filter(n__gt=12).count()
result = (list(qs), long_names)
