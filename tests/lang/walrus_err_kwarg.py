# A keyword argument value needs parentheses around :=.
print(sep=s := "-")
