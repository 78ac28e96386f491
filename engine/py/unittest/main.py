"""unittest.main: `unittest.main()` runs the tests of the __main__ module.

As CPython's TestProgram with no command line: every TestCase class of the
module (or defaultTest, a name or a list of names), a TextTestRunner, then
then SystemExit(not wasSuccessful()) unless exit=False: the program ends
with status 0 when every test passed, 1 when one failed, as in CPython.
The report goes to sys.stderr (see unittest/runner.py).
"""

from unittest import loader, runner


class TestProgram:
    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            if module != "__main__":
                raise ImportError("unittest.main() here takes module='__main__' or a module object")
            import __main__ as module
        self.module = module
        self.exit = exit
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.verbosity = verbosity
        self.warnings = warnings
        self.testRunner = testRunner
        self.testLoader = testLoader
        if defaultTest is None:
            self.test = testLoader.loadTestsFromModule(module)
        elif isinstance(defaultTest, str):
            self.test = testLoader.loadTestsFromNames([defaultTest], module)
        else:
            self.test = testLoader.loadTestsFromNames(list(defaultTest), module)
        self.runTests()

    def runTests(self):
        testRunner = self.testRunner
        if testRunner is None:
            testRunner = runner.TextTestRunner
        if isinstance(testRunner, type):
            testRunner = testRunner(verbosity=self.verbosity, failfast=bool(self.failfast),
                                    buffer=bool(self.buffer), warnings=self.warnings, tb_locals=self.tb_locals)
        self.result = testRunner.run(self.test)
        if self.exit:
            raise SystemExit(not self.result.wasSuccessful())


main = TestProgram
