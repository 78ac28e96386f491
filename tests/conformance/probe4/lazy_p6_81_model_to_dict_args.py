# model_to_dict(): auto_now_add field left out, fields=, exclude=, an unsaved instance.
from django.forms.models import model_to_dict
from bank.models import Transfer
from blog.models import Entry
t = Transfer.objects.create(source_id=1, target_id=2, amount=3)
result = (model_to_dict(t), model_to_dict(Entry.objects.get(pk=2), fields=["headline", "authors"]), model_to_dict(Entry(headline="x"), exclude=["body_text"]))
