from django.db import models, connection
from django.db.models import Q

class P12Rated(models.Model):
    headline = models.CharField(max_length=255)
    rating = models.IntegerField()
    pub_date = models.DateField()
    class Meta:
        app_label = "blog"
        db_table = "blog_entry"
        managed = False
        indexes = [models.Index(fields=["pub_date"], name="p12_high_pub", condition=Q(rating__gte=8))]

with connection.schema_editor(collect_sql=True) as ed:
    ed.add_index(P12Rated, P12Rated._meta.indexes[0])
result = (ed.collected_sql, repr(P12Rated._meta.indexes[0]))
