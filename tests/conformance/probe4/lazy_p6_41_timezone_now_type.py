from django.utils import timezone
now = timezone.now()
result = (now, timezone.is_aware(now), type(now).__name__)
