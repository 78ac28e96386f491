#!/bin/sh
# conformance_probe_test.sh — tests/conformance/probe_test (django.test: TestCase()/SimpleTestCase()
# assert methods, assertNumQueries and its message, assertQuerySetEqual, assertContains/
# assertJSONEqual, a TestCase run by unittest's TextTestRunner with setUpTestData and per-test
# rollback) identical to Django in every field, but for the ones listed in
# tests/conformance/probe_test/KNOWN_DIFFERENCES; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe_test
