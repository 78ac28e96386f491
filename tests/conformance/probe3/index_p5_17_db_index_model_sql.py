# create_model SQL for a model with db_index on a ForeignKey and unique_together.
from django.db import connection, models
from books.models import Publisher


class Shelf(models.Model):
    label = models.CharField(max_length=20)
    publisher = models.ForeignKey(Publisher, on_delete=models.CASCADE)
    pos = models.IntegerField(db_index=True)

    class Meta:
        app_label = "books"
        unique_together = ["label", "publisher"]


with connection.schema_editor(collect_sql=True) as ed:
    ed.create_model(Shelf)
result = (ed.collected_sql, Shelf._meta.unique_together)
