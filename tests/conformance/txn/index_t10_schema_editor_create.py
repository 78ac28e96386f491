# schema_editor().create_model() runs the DDL (framed by Django's PRAGMAs and a transaction); the table works.
from django.db import models, connection


class IdxNote(models.Model):
    text = models.CharField(max_length=20, db_index=True)
    rank = models.IntegerField(default=0)

    class Meta:
        app_label = "blog"
        indexes = [models.Index(fields=["-rank", "text"])]


with connection.schema_editor() as ed:
    ed.create_model(IdxNote)
IdxNote.objects.create(text="x", rank=3)
IdxNote.objects.create(text="y", rank=1)
result = (list(IdxNote.objects.order_by("-rank").values_list("text", flat=True)),
          IdxNote.objects.filter(text="x").explain(), IdxNote._meta.indexes[0].name)
