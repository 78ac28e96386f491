# schema_editor SQL for Meta.indexes, db_index and unique on an unmanaged temp model.
from django.db import connection, models


class Gadget(models.Model):
    code = models.CharField(max_length=10, unique=True)
    kind = models.CharField(max_length=10, db_index=True)
    size = models.IntegerField()

    class Meta:
        app_label = "books"
        indexes = [models.Index(fields=["kind", "-size"], name="gadget_kind_size")]


with connection.schema_editor(collect_sql=True) as ed:
    ed.create_model(Gadget)
result = ed.collected_sql
