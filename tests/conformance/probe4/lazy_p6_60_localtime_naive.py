from django.utils import timezone
try:
    result = timezone.localtime(timezone.now())
except ValueError as exc:
    result = str(exc)
