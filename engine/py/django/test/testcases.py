"""django.test.testcases: SimpleTestCase, TransactionTestCase and TestCase,
as Django 5.2's (subclasses of unittest.TestCase).

Run by a unittest runner, a TestCase opens an atomic block for the class
(setUpClass: setUpTestData's data lives in it, each attribute it sets handed
to the tests as a deep copy, Django's TestData) and a savepoint for each
test, rolled back after it once PRAGMA foreign_key_check has run; each
test's set-up clears the query log (connection.queries, and with it what
the conformance harness captures), as Django's TransactionTestCase._pre_setup
does. Made by hand (`TestCase()`), none of that happens: the assert methods
work alone, as in Django.

Not emulated: the test client (self.client), fixtures, TransactionTestCase's
flush of every table after each test, SimpleTestCase refusing queries
(databases = set()), assertRedirects/assertTemplateUsed/assertFormError/
assertHTMLEqual, captureOnCommitCallbacks, override_settings.
"""

import json
import unittest
from collections import Counter
from copy import deepcopy

from django.db import _connection as connection, reset_queries, transaction
from django.test.utils import CaptureQueriesContext


class _AssertNumQueriesContext(CaptureQueriesContext):
    def __init__(self, test_case, num, connection):
        self.test_case = test_case
        self.num = num
        super().__init__(connection)

    def __exit__(self, exc_type, exc_value, traceback):
        super().__exit__(exc_type, exc_value, traceback)
        if exc_type is not None:
            return
        executed = len(self)
        lines = []
        i = 1
        for query in self.captured_queries:
            lines.append("%d. %s" % (i, query["sql"]))
            i += 1
        self.test_case.assertEqual(
            executed, self.num,
            "%d queries executed, %d expected\nCaptured queries were:\n%s" % (executed, self.num, "\n".join(lines)),
        )


class _AssertRaisesMessageContext:
    """assertRaisesMessage: assertRaises, then the message must contain
    expected_message."""

    def __init__(self, test_case, expected_exception, expected_message):
        self.test_case = test_case
        self.expected_message = expected_message
        self.cm = test_case.assertRaises(expected_exception)

    def __enter__(self):
        return self.cm.__enter__()

    def __exit__(self, exc_type, exc_value, tb):
        handled = self.cm.__exit__(exc_type, exc_value, tb)
        if handled:
            self.test_case.assertIn(self.expected_message, str(self.cm.exception))
        return handled


class _DebugResult:
    def addError(self, test, err):
        raise err[1]


class SimpleTestCase(unittest.TestCase):
    databases = set()
    _overridden_settings = None
    _modified_settings = None
    _pre_setup_ran_eagerly = False

    def __call__(self, result=None):
        self._setup_and_call(result)

    def debug(self):
        self._setup_and_call(_DebugResult(), debug=True)

    def _setup_and_call(self, result, debug=False):
        testMethod = getattr(self, self._testMethodName)
        skipped = (getattr(self.__class__, "__unittest_skip__", False)
                   or getattr(testMethod, "__unittest_skip__", False))
        if not skipped:
            try:
                if self.__class__._pre_setup_ran_eagerly:
                    self.__class__._pre_setup_ran_eagerly = False
                else:
                    self._pre_setup()
            except Exception as e:
                if debug:
                    raise
                result.addError(self, (type(e), e, None))
                return
        if debug:
            super().debug()
        else:
            super().__call__(result)
        if not skipped:
            try:
                self._post_teardown()
            except Exception as e:
                if debug:
                    raise
                result.addError(self, (type(e), e, None))
                return

    @classmethod
    def _pre_setup(cls):
        pass

    def _post_teardown(self):
        pass

    def _assert_contains(self, response, text, status_code, msg_prefix, html):
        if msg_prefix:
            msg_prefix += ": "
        self.assertEqual(
            response.status_code, status_code,
            msg_prefix + "Couldn't retrieve content: Response code was %d (expected %d)"
            % (response.status_code, status_code),
        )
        if response.streaming:
            content = b"".join(response.streaming_content)
        else:
            content = response.content
        content_repr = unittest.util.safe_repr(content)
        if not isinstance(text, bytes) or html:
            text = str(text)
            content = content.decode(response.charset)
            text_repr = "'%s'" % text
        else:
            text_repr = repr(text)
        real_count = content.count(text)
        return text_repr, real_count, msg_prefix, content_repr

    def assertContains(self, response, text, count=None, status_code=200, msg_prefix="", html=False):
        text_repr, real_count, msg_prefix, content_repr = self._assert_contains(
            response, text, status_code, msg_prefix, html)
        if count is not None:
            self.assertEqual(
                real_count, count,
                "%sFound %d instances of %s (expected %d) in the following response\n%s"
                % (msg_prefix, real_count, text_repr, count, content_repr),
            )
        else:
            self.assertTrue(
                real_count != 0,
                "%sCouldn't find %s in the following response\n%s" % (msg_prefix, text_repr, content_repr),
            )

    def assertNotContains(self, response, text, status_code=200, msg_prefix="", html=False):
        text_repr, real_count, msg_prefix, content_repr = self._assert_contains(
            response, text, status_code, msg_prefix, html)
        self.assertEqual(
            real_count, 0,
            "%s%s unexpectedly found in the following response\n%s" % (msg_prefix, text_repr, content_repr),
        )

    def assertRaisesMessage(self, expected_exception, expected_message, *args, **kwargs):
        cm = _AssertRaisesMessageContext(self, expected_exception, expected_message)
        if not args:
            return cm
        with cm:
            args[0](*args[1:], **kwargs)

    def assertJSONEqual(self, raw, expected_data, msg=None):
        try:
            data = json.loads(raw)
        except ValueError:
            self.fail("First argument is not valid JSON: %r" % raw)
        if isinstance(expected_data, str):
            try:
                expected_data = json.loads(expected_data)
            except ValueError:
                self.fail("Second argument is not valid JSON: %r" % expected_data)
        self.assertEqual(data, expected_data, msg=msg)

    def assertJSONNotEqual(self, raw, expected_data, msg=None):
        try:
            data = json.loads(raw)
        except ValueError:
            self.fail("First argument is not valid JSON: %r" % raw)
        if isinstance(expected_data, str):
            try:
                expected_data = json.loads(expected_data)
            except ValueError:
                self.fail("Second argument is not valid JSON: %r" % expected_data)
        self.assertNotEqual(data, expected_data, msg=msg)


class TransactionTestCase(SimpleTestCase):
    reset_sequences = False
    available_apps = None
    fixtures = None
    databases = {"default"}
    serialized_rollback = False

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not issubclass(cls, TestCase):
            cls._pre_setup()
            cls._pre_setup_ran_eagerly = True

    @classmethod
    def _pre_setup(cls):
        super()._pre_setup()
        cls._fixture_setup()
        reset_queries()

    @classmethod
    def _databases_names(cls, include_mirrors=True):
        return ["default"] if "default" in cls.databases or cls.databases == "__all__" else []

    @classmethod
    def _fixture_setup(cls):
        pass

    def _should_reload_connections(self):
        return True

    def _post_teardown(self):
        self._fixture_teardown()
        super()._post_teardown()

    def _fixture_teardown(self):
        pass

    def assertQuerySetEqual(self, qs, values, transform=None, ordered=True, msg=None):
        values = list(values)
        items = qs
        if transform is not None:
            items = [transform(item) for item in items]
        if not ordered:
            return self.assertDictEqual(Counter(items), Counter(values), msg=msg)
        if len(values) > 1 and hasattr(qs, "ordered") and not qs.ordered:
            raise ValueError("Trying to compare non-ordered queryset against more than one ordered value.")
        return self.assertEqual(list(items), values, msg=msg)

    def assertNumQueries(self, num, func=None, *args, using="default", **kwargs):
        context = _AssertNumQueriesContext(self, num, connection)
        if func is None:
            return context
        with context:
            func(*args, **kwargs)


class TestData:
    """setUpTestData's attributes: each test sees a deep copy (memo kept on
    the test case, so related objects stay related)."""

    memo_attr = "_testdata_memo"

    def __init__(self, name, data):
        self.name = name
        self.data = data

    def get_memo(self, testcase):
        try:
            memo = getattr(testcase, self.memo_attr)
        except AttributeError:
            memo = {}
            setattr(testcase, self.memo_attr, memo)
        return memo

    def __get__(self, instance, owner):
        if instance is None:
            return self.data
        memo = self.get_memo(instance)
        data = deepcopy(self.data, memo)
        setattr(instance, self.name, data)
        return data

    def __repr__(self):
        return "<TestData: name=%r, data=%r>" % (self.name, self.data)


class TestCase(TransactionTestCase):
    @classmethod
    def _enter_atomics(cls):
        atomics = {}
        for db_name in cls._databases_names():
            atomic = transaction.atomic(using=db_name)
            atomic._from_testcase = True
            atomic.__enter__()
            atomics[db_name] = atomic
        return atomics

    @classmethod
    def _rollback_atomics(cls, atomics):
        for db_name in reversed(cls._databases_names()):
            transaction.set_rollback(True, using=db_name)
            atomics[db_name].__exit__(None, None, None)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cls_atomics = cls._enter_atomics()
        pre_attrs = cls.__dict__.copy()
        try:
            cls.setUpTestData()
        except Exception:
            cls._rollback_atomics(cls.cls_atomics)
            raise
        for name, value in list(cls.__dict__.items()):
            if value is not pre_attrs.get(name):
                setattr(cls, name, TestData(name, value))

    @classmethod
    def tearDownClass(cls):
        cls._rollback_atomics(cls.cls_atomics)
        super().tearDownClass()

    @classmethod
    def setUpTestData(cls):
        pass

    def _should_reload_connections(self):
        return False

    @classmethod
    def _fixture_setup(cls):
        if cls.reset_sequences:
            raise TypeError("reset_sequences cannot be used on TestCase instances")
        cls.atomics = cls._enter_atomics()

    def _fixture_teardown(self):
        try:
            for db_name in reversed(self._databases_names()):
                if not connection.needs_rollback:
                    connection.check_constraints()
        finally:
            self._rollback_atomics(self.atomics)
