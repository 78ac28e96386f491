import datetime
from django.utils import timezone
from bank.models import Transfer
Transfer.objects.create(source_id=1, target_id=2, amount=1)
recent = Transfer.objects.filter(created__gte=timezone.now() - datetime.timedelta(days=1))
result = (recent.count(), Transfer.objects.filter(created__date=timezone.now().date()).count(), str(recent.query))
