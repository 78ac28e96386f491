# := is not allowed unparenthesized at statement level.
print("never runs")
x := 1
