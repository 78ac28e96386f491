"""parse_dump.py — CPython's ast in the canonical text form of parse_dump.h.

Usage: python3 parse_dump.py CORPUS  (snippets separated by lines '#####')
Prints one line per snippet: the dump, or "ERR Kind|msg|line|offset|end_offset".
"""
import ast
import sys

BINOP = {ast.Add: 'Add', ast.Sub: 'Sub', ast.Mult: 'Mult', ast.Div: 'Div', ast.FloorDiv: 'FloorDiv',
         ast.Mod: 'Mod', ast.Pow: 'Pow', ast.LShift: 'LShift', ast.RShift: 'RShift', ast.BitAnd: 'BitAnd',
         ast.BitOr: 'BitOr', ast.BitXor: 'BitXor', ast.MatMult: 'MatMult'}
UNARY = {ast.Not: 'Not', ast.USub: 'USub', ast.UAdd: 'UAdd', ast.Invert: 'Invert'}
CMP = {ast.Eq: 'Eq', ast.NotEq: 'NotEq', ast.Lt: 'Lt', ast.LtE: 'LtE', ast.Gt: 'Gt', ast.GtE: 'GtE',
       ast.Is: 'Is', ast.IsNot: 'IsNot', ast.In: 'In', ast.NotIn: 'NotIn'}


def ctx(c):
    return type(c).__name__


def const(v):
    if v is None or v is True or v is False or v is Ellipsis:
        return repr(v)
    if isinstance(v, int):
        return str(v) if -2**63 <= v < 2**63 else 'BIG'
    if isinstance(v, float):
        return '%.17g' % v
    if isinstance(v, str):
        return 's:' + v.encode('utf-8', 'surrogatepass').hex()
    if isinstance(v, bytes):
        return 'b:' + v.hex()
    return '?'


def opt(n):
    return 'None' if n is None else d(n)


def lst(ns, piece=False):
    return '[' + ', '.join(d(n, piece) for n in ns) + ']'


def sname(s):
    return 'None' if s is None else "'%s'" % s


def arg(a, default):
    return "arg@%d:%d('%s', %s, %s)" % (a.lineno, a.col_offset, a.arg, opt(a.annotation), opt(default))


def args(a):
    pos = a.posonlyargs + a.args
    defs = [None] * (len(pos) - len(a.defaults)) + list(a.defaults)
    po = [arg(x, defs[i]) for i, x in enumerate(a.posonlyargs)]
    ar = [arg(x, defs[len(a.posonlyargs) + i]) for i, x in enumerate(a.args)]
    kw = [arg(x, a.kw_defaults[i]) for i, x in enumerate(a.kwonlyargs)]
    return 'arguments(posonly=[%s], args=[%s], vararg=%s, kwonly=[%s], kwarg=%s)' % (
        ', '.join(po), ', '.join(ar), arg(a.vararg, None) if a.vararg else 'None', ', '.join(kw),
        arg(a.kwarg, None) if a.kwarg else 'None')


def kws(ks):
    return '[' + ', '.join('keyword@%d:%d(%s, %s)' % (k.lineno, k.col_offset, sname(k.arg), d(k.value)) for k in ks) + ']'


def gens(gs):
    return '[' + ', '.join('comprehension(%s, %s, %s)' % (d(g.target), d(g.iter), lst(g.ifs)) for g in gs) + ']'


def d(n, piece=False):
    k = type(n).__name__
    pos = '' if piece or isinstance(n, ast.Module) else '@%d:%d-%d:%d' % (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
    T = ast
    if isinstance(n, T.Name): body = "'%s', %s" % (n.id, ctx(n.ctx))
    elif isinstance(n, T.Constant): body = const(n.value)
    elif isinstance(n, T.JoinedStr): body = lst(n.values, True)
    elif isinstance(n, T.FormattedValue):
        body = '%s, %d, %s' % (d(n.value), n.conversion, d(n.format_spec, True) if n.format_spec else 'None')
    elif isinstance(n, T.BinOp): body = '%s, %s, %s' % (d(n.left), BINOP[type(n.op)], d(n.right))
    elif isinstance(n, T.UnaryOp): body = '%s, %s' % (UNARY[type(n.op)], d(n.operand))
    elif isinstance(n, T.BoolOp): body = '%s, %s' % ('And' if isinstance(n.op, T.And) else 'Or', lst(n.values))
    elif isinstance(n, T.Compare):
        body = '%s, [%s], %s' % (d(n.left), ', '.join(CMP[type(o)] for o in n.ops), lst(n.comparators))
    elif isinstance(n, T.IfExp): body = '%s, %s, %s' % (d(n.test), d(n.body), d(n.orelse))
    elif isinstance(n, T.Lambda): body = '%s, %s' % (args(n.args), d(n.body))
    elif isinstance(n, T.Call): body = '%s, %s, %s' % (d(n.func), lst(n.args), kws(n.keywords))
    elif isinstance(n, T.Attribute): body = "%s, '%s', %s" % (d(n.value), n.attr, ctx(n.ctx))
    elif isinstance(n, T.Subscript): body = '%s, %s, %s' % (d(n.value), d(n.slice), ctx(n.ctx))
    elif isinstance(n, T.Slice): body = '%s, %s, %s' % (opt(n.lower), opt(n.upper), opt(n.step))
    elif isinstance(n, T.NamedExpr): body = '%s, %s' % (d(n.target), d(n.value))
    elif isinstance(n, T.Yield): body = opt(n.value)
    elif isinstance(n, T.YieldFrom): body = d(n.value)
    elif isinstance(n, T.Starred): body = '%s, %s' % (d(n.value), ctx(n.ctx))
    elif isinstance(n, (T.List, T.Tuple)): body = '%s, %s' % (lst(n.elts), ctx(n.ctx))
    elif isinstance(n, T.Set): body = lst(n.elts)
    elif isinstance(n, T.Dict): body = '[%s], %s' % (', '.join(opt(x) for x in n.keys), lst(n.values))
    elif isinstance(n, (T.ListComp, T.SetComp, T.GeneratorExp)): body = '%s, %s' % (d(n.elt), gens(n.generators))
    elif isinstance(n, T.DictComp): body = '%s, %s, %s' % (d(n.key), d(n.value), gens(n.generators))
    elif isinstance(n, T.Expr): body = d(n.value)
    elif isinstance(n, T.Assign): body = '%s, %s' % (lst(n.targets), d(n.value))
    elif isinstance(n, T.AugAssign): body = '%s, %s, %s' % (d(n.target), BINOP[type(n.op)], d(n.value))
    elif isinstance(n, T.AnnAssign): body = '%s, %s, %s, %d' % (d(n.target), d(n.annotation), opt(n.value), n.simple)
    elif isinstance(n, T.Delete): body = lst(n.targets)
    elif isinstance(n, (T.Pass, T.Break, T.Continue)): body = ''
    elif isinstance(n, (T.If, T.While)): body = '%s, %s, %s' % (d(n.test), lst(n.body), lst(n.orelse))
    elif isinstance(n, T.For): body = '%s, %s, %s, %s' % (d(n.target), d(n.iter), lst(n.body), lst(n.orelse))
    elif isinstance(n, T.FunctionDef):
        body = "'%s', %s, %s, %s, %s" % (n.name, args(n.args), lst(n.body), lst(n.decorator_list), opt(n.returns))
    elif isinstance(n, T.Return): body = opt(n.value)
    elif isinstance(n, T.ClassDef):
        body = "'%s', %s, %s, %s, %s" % (n.name, lst(n.bases), kws(n.keywords), lst(n.body), lst(n.decorator_list))
    elif isinstance(n, T.With):
        body = '[%s], %s' % (', '.join('withitem(%s, %s)' % (d(i.context_expr), opt(i.optional_vars)) for i in n.items), lst(n.body))
    elif isinstance(n, T.Try):
        hs = ', '.join('ExceptHandler@%d:%d(%s, %s, %s)' % (h.lineno, h.col_offset, opt(h.type), sname(h.name), lst(h.body)) for h in n.handlers)
        body = '%s, [%s], %s, %s' % (lst(n.body), hs, lst(n.orelse), lst(n.finalbody))
    elif isinstance(n, T.Raise): body = '%s, %s' % (opt(n.exc), opt(n.cause))
    elif isinstance(n, T.Assert): body = '%s, %s' % (d(n.test), opt(n.msg))
    elif isinstance(n, (T.Import, T.ImportFrom)):
        al = '[' + ', '.join('alias@%d:%d(%s, %s)' % (a.lineno, a.col_offset, sname(a.name), sname(a.asname)) for a in n.names) + ']'
        body = al if isinstance(n, T.Import) else '%s, %s, %d' % (sname(n.module), al, n.level)
    elif isinstance(n, (T.Global, T.Nonlocal)): body = '[' + ', '.join("'%s'" % x for x in n.names) + ']'
    elif isinstance(n, T.Module): body = lst(n.body)
    else: body = '?' + k
    kname = {'FunctionDef': 'FunctionDef'}.get(k, k)
    return '%s%s(%s)' % (kname, pos, body)


def one(src):
    try:
        compile(src, 'x.py', 'exec', dont_inherit=True)
        return d(ast.parse(src))
    except SyntaxError as e:
        return 'ERR %s|%s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_offset)
    except ValueError as e:
        return 'ERR ValueError|%s' % e


if __name__ == '__main__':
    import warnings
    warnings.simplefilter('ignore')
    data = open(sys.argv[1], 'rb').read().decode('utf-8', 'surrogateescape')
    for snip in data.split('\n#####\n'):
        print(one(snip))
