from django.db import models

class P11Indexed(models.Model):
    headline = models.CharField(max_length=255)
    pub_date = models.DateField()
    rating = models.IntegerField(db_index=True)
    class Meta:
        app_label = "blog"
        db_table = "blog_entry"
        managed = False
        indexes = [
            models.Index(fields=["pub_date"], name="p11_pub_idx"),
            models.Index(fields=["-rating", "headline"], name="p11_rating_head_idx"),
        ]

idx = P11Indexed._meta.indexes
result = ([(i.name, i.fields) for i in idx], [repr(i) for i in idx], P11Indexed._meta.get_field("rating").db_index)
