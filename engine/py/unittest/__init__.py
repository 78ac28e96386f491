"""unittest — CPython 3.11's unit-testing framework, in kata Python.

    import unittest

    class T(unittest.TestCase):
        def test_add(self):
            self.assertEqual(1 + 1, 2)

    unittest.main()

TestCase (the assert methods, setUp/tearDown/setUpClass/tearDownClass,
addCleanup, subTest, skipTest), the skip/skipIf/skipUnless/expectedFailure
decorators, TestSuite, TestLoader, TestResult, TextTestRunner and main()
behave as CPython's, with the same failure messages and report. What
differs, because kata Python has no sys, time, re or generators:
- the report of TextTestRunner()/main() goes to the program's output, not
  to sys.stderr (pass stream= to send it elsewhere);
- "Ran N tests in 0.000s": the time is not measured;
- assertRaisesRegex/assertRegex take POSIX extended regular expressions
  (with \\d \\w \\s and a leading (?i)), not all of Python's re syntax;
  assertNotRegex quotes the whole text where CPython quotes the match;
- no setUpModule/tearDownModule, no command-line arguments, no -b buffer,
  no assertWarns/assertLogs, no IsolatedAsyncioTestCase or mock.
"""

from unittest.case import (TestCase, SkipTest, skip, skipIf, skipUnless, expectedFailure)
from unittest.result import TestResult
from unittest.suite import TestSuite
from unittest.loader import TestLoader, defaultTestLoader
from unittest.runner import TextTestRunner, TextTestResult
from unittest.main import main, TestProgram

__unittest = True
