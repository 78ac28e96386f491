# Products of huge, sparse ints (powers of two: mostly zero limbs), which
# take the unbalanced and Karatsuba paths of multiplication with slices
# whose top limbs are zero.
import math

x = 2 ** 1_0001000
print(math.log2(x), x.bit_length(), (x * x).bit_length())
y = x * 3 ** 1000
print(y.bit_length(), y % 1_000_003, (y >> 1_0001000) == 3 ** 1000)
z = (2 ** 400_000 + 1) * (2 ** 300_000 + 5) * (2 ** 70_000 + 7)
print(z.bit_length(), z % 998_244_353)
