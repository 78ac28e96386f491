# A later for-clause may not rebind a name bound by := earlier in the comprehension.
print([i for i in range(3) if (j := i) for j in range(2)])
