# Field classes as Django has them: the pk is an IntegerField subclass.
from django.db import models
from blog.models import Entry, Blog
pk = Entry._meta.pk
print(type(pk).__name__, isinstance(pk, models.IntegerField), isinstance(pk, models.AutoField))
print([c.__name__ for c in type(pk).__mro__][:4])
print(pk.get_internal_type(), pk.primary_key, pk.auto_created, pk.serialize, pk.db_column, pk.column)
r = Entry._meta.get_field("rating")
print(type(r).__name__, isinstance(r, models.IntegerField), r.get_internal_type())
print(issubclass(models.BigAutoField, models.AutoField), issubclass(models.BigAutoField, models.BigIntegerField))
print(issubclass(models.PositiveIntegerField, models.IntegerField), issubclass(models.EmailField, models.CharField))
print(Entry._meta.get_field("pub_date").get_internal_type(), Entry._meta.get_field("body_text").get_internal_type())
result = type(pk).__name__
