from django.contrib.postgres import _no_driver

_no_driver()
