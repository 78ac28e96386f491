# The class hierarchy of models, QuerySets, managers and expressions, as
# Django's: AltersData, BaseManagerFromQuerySet, Combinable, BaseExpression,
# SQLiteNumericMixin; F is Combinable, not an Expression.
from django.db import models
from django.db.models import (QuerySet, Manager, Value, F, Func, Count, Sum, Q, Case, When, Subquery,
                              Exists, OuterRef, ExpressionWrapper, Window, Expression, IntegerField)
from django.db.models.expressions import Combinable, BaseExpression, SQLiteNumericMixin, CombinedExpression
from django.db.models.utils import AltersData
from blog.models import Entry, Blog

for c in (Entry, QuerySet, type(Entry.objects), Value, F, Func, Count, Sum, Q, Case, When,
          ExpressionWrapper, Window, CombinedExpression, OuterRef):
    print(c.__name__, [k.__name__ for k in c.__mro__[1:]])
print(isinstance(F("x"), Expression), isinstance(F("x"), Combinable), isinstance(F("x") + 1, Expression))
print(isinstance(Entry.objects.all(), AltersData), hasattr(Manager, "filter"), hasattr(models.manager.BaseManager, "filter"))
print([getattr(getattr(Entry, n), "alters_data", None) for n in ("save", "delete", "refresh_from_db", "full_clean")])
print([getattr(getattr(QuerySet, n), "alters_data", None) for n in ("delete", "update", "create", "get_or_create", "filter")])


class Post(Entry):
    class Meta:
        proxy = True
        app_label = "blog"

    def save(self, *args, **kwargs):
        return super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        return super().delete(*args, **kwargs)

    def summary(self):
        return self.headline[:10]


print(Post.save.alters_data, Post.delete.alters_data, hasattr(Post.summary, "alters_data"))
result = [k.__name__ for k in Value.__mro__]
