#!/bin/sh
# conformance_probe27.sh — tests/conformance/probe27 (twenty-seventh probe round: views through
# RequestFactory and their responses, full_clean messages, delete() counts, IntegrityError)
# identical to Django in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe27
