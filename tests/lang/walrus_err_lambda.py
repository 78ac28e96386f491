# In a lambda body := needs parentheses.
f = lambda: y := 1
