from django.test import TestCase, TransactionTestCase, SimpleTestCase
import unittest

tc = TestCase()
result = (repr(tc), str(tc), tc.id(), issubclass(TestCase, TransactionTestCase),
          issubclass(SimpleTestCase, unittest.TestCase), sorted(TransactionTestCase.databases), SimpleTestCase.databases)
