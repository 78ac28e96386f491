from django.db import models

class P7Stamp(models.Model):
    updated = models.DateTimeField(auto_now=True)
    made = models.DateField(auto_now_add=True)
    class Meta:
        app_label = "blog"

f = P7Stamp._meta.get_field("updated")
result = (f.editable, f.blank, P7Stamp._meta.get_field("made").editable, repr(P7Stamp().updated))
