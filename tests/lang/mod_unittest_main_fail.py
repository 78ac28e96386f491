# unittest.main() with a failing test: SystemExit(True), status 1.
import unittest


class Arith(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)

    def test_wrong(self):
        self.assertEqual(2 * 3, 7)


unittest.main()
