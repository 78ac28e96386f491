from django.db import models

class P7Shirt(models.Model):
    SIZES = [("S", "Small"), ("M", "Medium"), ("L", "Large")]
    size = models.CharField(max_length=1, choices=SIZES)
    class Meta:
        app_label = "blog"

s = P7Shirt(size="L")
t = P7Shirt(size="X")
result = (s.get_size_display(), t.get_size_display(), P7Shirt._meta.get_field("size").choices)
