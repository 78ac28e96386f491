from django.db import models

class P7Status(models.TextChoices):
    DRAFT = "D", "Draft"
    PUBLISHED = "P", "Published"

class P7Post(models.Model):
    status = models.CharField(max_length=1, choices=P7Status.choices, default=P7Status.DRAFT)
    class Meta:
        app_label = "blog"

p = P7Post()
result = (p.status, str(p.status), p.get_status_display(), P7Status.choices, P7Status.PUBLISHED.label, P7Status.values)
