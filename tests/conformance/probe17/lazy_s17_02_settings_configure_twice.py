from django.conf import settings

try:
    settings.configure(DEBUG=True)
except RuntimeError as e:
    print("RuntimeError:", e)
result = (settings.configured, settings.DEBUG, settings.USE_TZ)
