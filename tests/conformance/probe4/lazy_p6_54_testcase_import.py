from django.test import TestCase, SimpleTestCase
result = (TestCase.__name__, issubclass(TestCase, SimpleTestCase))
