# The DDL Django generates for models with db_index, unique, unique_together, Meta.indexes (named,
# unnamed, descending), UniqueConstraint, a OneToOne and an M2M (schema_editor collect_sql).
from django.db import models


class IdxGroup(models.Model):
    title = models.CharField(max_length=30)

    class Meta:
        app_label = "blog"


class IdxTag(models.Model):
    name = models.CharField(max_length=50, unique=True)
    slug = models.SlugField()
    weight = models.PositiveIntegerField(default=0, db_index=True)
    score = models.FloatField(null=True)
    group = models.ForeignKey(IdxGroup, on_delete=models.SET_NULL, null=True, related_name="idx_tags")
    created = models.DateTimeField(auto_now_add=True)
    active = models.BooleanField(default=True)

    class Meta:
        app_label = "blog"
        indexes = [models.Index(fields=["name", "-weight"], name="tag_name_weight_idx"),
                   models.Index(fields=["-created"])]
        constraints = [models.UniqueConstraint(fields=["group", "slug"], name="uniq_group_slug")]
        unique_together = [("slug", "score")]


class IdxProfile(models.Model):
    tag = models.OneToOneField(IdxTag, on_delete=models.CASCADE)
    tags = models.ManyToManyField(IdxTag, related_name="idx_profiles")
    price = models.DecimalField(max_digits=6, decimal_places=2)
    bio = models.TextField(blank=True)
    big = models.BigIntegerField(null=True)

    class Meta:
        app_label = "blog"
from django.db import connection

with connection.schema_editor(collect_sql=True) as ed:
    ed.create_model(IdxGroup)
    ed.create_model(IdxTag)
    ed.create_model(IdxProfile)
result = ed.collected_sql
