# unittest: assert messages (CPython 3.11 word for word) and the TextTestRunner report.
import unittest


class Stream:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def text(self):
        t = "".join(self.parts)
        i = t.find(" tests in ")
        if i < 0:
            i = t.find(" test in ")
        j = t.find("s\n", i)
        t = t[:i] + " tests in X" + t[j:] if i >= 0 else t
        lines = []
        for line in t.split("\n"):
            if line.startswith('  File "') and "/" in line:
                line = '  File "' + line[line.rindex("/", 0, line.index('"', 8)) + 1:]
            lines.append(line)
        return "\n".join(lines)


tc = unittest.TestCase()
def show(f, *args, **kw):
    try:
        f(*args, **kw)
        print("ok")
    except AssertionError as e:
        print("AssertionError:", e)
    except Exception as e:
        print(type(e).__name__, e)

show(tc.assertEqual, 1, 2)
show(tc.assertEqual, 1, 2, "msg")
show(tc.assertEqual, "a", "b")
show(tc.assertEqual, "a\nb\nc\n", "a\nB\nc\n")
show(tc.assertEqual, [1, 2, 3], [1, 2, 4])
show(tc.assertEqual, [1, 2], [1, 2, 3])
show(tc.assertEqual, (1, 2), (1, 3))
show(tc.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
show(tc.assertEqual, {1, 2}, {1, 3})
show(tc.assertEqual, list(range(30)), list(range(1, 31)))
show(tc.assertEqual, "x" * 100, "x" * 99 + "y")
show(tc.assertNotEqual, 1, 1)
show(tc.assertTrue, 0)
show(tc.assertTrue, False, "nope")
show(tc.assertFalse, [1])
show(tc.assertIs, 1, None)
show(tc.assertIsNot, None, None)
show(tc.assertIsNone, 3)
show(tc.assertIsNotNone, None)
show(tc.assertIn, "a", ["b"])
show(tc.assertNotIn, "b", ["b"])
show(tc.assertIsInstance, 1, str)
show(tc.assertNotIsInstance, 1, int)
show(tc.assertGreater, 1, 2)
show(tc.assertGreaterEqual, 1, 2)
show(tc.assertLess, 2, 1)
show(tc.assertLessEqual, 2, 1)
show(tc.assertAlmostEqual, 1.0, 1.1)
show(tc.assertAlmostEqual, 1.0, 1.00000001)
show(tc.assertAlmostEqual, 1.0, 1.5, delta=0.1)
show(tc.assertAlmostEqual, 1.0, 1.5, places=1, delta=0.1)
show(tc.assertCountEqual, [1, 2, 2], [2, 1, 1])
show(tc.assertCountEqual, [[1], [2]], [[2], [1]])
show(tc.assertCountEqual, [[1], [2]], [[2], [3]])
show(tc.assertListEqual, [1], (1,))
show(tc.assertDictEqual, {"k": [1, 2]}, {"k": [1, 3]})
show(tc.fail, "boom")
show(tc.fail)
show(tc.assertRaises, ValueError, int, "3")
show(tc.assertRaises, ValueError, int, "x")
show(tc.assertRaisesRegex, ValueError, "invalid", int, "x")
show(tc.assertRaisesRegex, ValueError, "^nomatch$", int, "x")
show(tc.assertRaises, 3)
with tc.assertRaises(KeyError) as cm:
    {}["k"]
print(repr(cm.exception))
try:
    with tc.assertRaises(KeyError, msg="custom"):
        pass
except AssertionError as e:
    print(e)
try:
    with tc.assertRaises(KeyError):
        raise ValueError("other")
except ValueError as e:
    print("passed through", e)
tc.longMessage = False
show(tc.assertEqual, 1, 2, "only msg")
show(tc.assertEqual, 1, 2)
tc.longMessage = True
tc.maxDiff = None
show(tc.assertEqual, [str(i) * 10 for i in range(12)], [str(i) * 10 for i in range(1, 13)])
tc.maxDiff = 30
show(tc.assertEqual, [1, 2, 3], [1, 2, 4])
show(tc.assertEqual, {"a": "x" * 50, "b": "y" * 50}, {"a": "x" * 50, "b": "z" * 50})
print(str(tc), repr(tc), tc.id())
print(repr(unittest.TestResult()))


class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")

    def setUp(self):
        self.x = 1

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_a_ok(self):
        self.assertEqual(self.x, 1)

    def test_b_fail(self):
        """Doc line here.

        more"""
        self.assertEqual(self.x, 2)

    def test_c_error(self):
        {}["missing"]

    def helper(self):
        return 1

    def test_d_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    @unittest.skip("not now")
    def test_e_skip(self):
        pass

    @unittest.expectedFailure
    def test_f_xfail(self):
        self.assertEqual(1, 0)

    def test_g_raises(self):
        with self.assertRaises(ValueError):
            pass

    def test_h_msg(self):
        self.assertIn(3, [1, 2], "where is 3")


class U(unittest.TestCase):
    def test_one(self):
        self.assertTrue(True)


s = Stream()
suite = unittest.TestLoader().loadTestsFromTestCase(T)
suite.addTest(U("test_one"))
r = unittest.TextTestRunner(stream=s).run(suite)
print(s.text())
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), r.wasSuccessful())
s = Stream()
r = unittest.TextTestRunner(stream=s, verbosity=2).run(unittest.TestLoader().loadTestsFromTestCase(T))
print(s.text())
s = Stream()
r = unittest.TextTestRunner(stream=s).run(unittest.TestSuite([U("test_one")]))
print(s.text())
