# unittest.main() with every test passing: the report on stderr, then
# SystemExit(False): status 0, and finally blocks still run.
import unittest


class Arith(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_mul(self):
        self.assertEqual(2 * 3, 6)


try:
    unittest.main()
finally:
    print("after unittest.main()")
