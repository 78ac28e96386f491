#!/bin/sh
# conformance_probe15.sh — tests/conformance/probe15 (fifteenth probe round: logging and io with the
# ORM — the django.db.backends logger with %(sql)s/%(params)s/%(alias)s formatters to an io.StringIO
# or sys.stdout, the records' extra fields (COMMIT from debug_transaction has no params), raw
# cursor args, executemany, logging inside views with get_object_or_404 and inside atomic() with a
# rollback, logger.exception around IntegrityError, basicConfig against Django's "django" logger
# at INFO, logging.disable, LoggerAdapter, redirect_stdout of a QuerySet print) identical to Django
# in every field, but for the ones listed in tests/conformance/probe15/KNOWN_DIFFERENCES; see
# tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe15
