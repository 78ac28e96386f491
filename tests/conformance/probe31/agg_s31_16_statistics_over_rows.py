# statistics over query results, as learners compute it in Python before
# the database does: quantiles, geometric/harmonic means, correlation,
# linear_regression, NormalDist; beside the database's Avg and StdDev.
import statistics as st
from django.db.models import Avg, StdDev, Variance
from blog.models import Entry
from bank.models import Account
rows = list(Entry.objects.order_by("pk").values_list("rating", "number_of_comments"))
ratings = [r for r, _ in rows]
comments = [c for _, c in rows]
print(st.quantiles(ratings, n=4), st.quantiles(ratings, n=10, method="inclusive"))
print(round(st.geometric_mean([r for r in ratings if r]), 6), round(st.harmonic_mean(ratings), 6))
print(round(st.correlation(ratings, comments), 6), st.linear_regression(ratings, comments))
nd = st.NormalDist.from_samples(ratings)
print(nd, round(nd.cdf(5), 6), [round(q, 4) for q in nd.quantiles()], round(nd.zscore(9), 6))
db = Entry.objects.aggregate(avg=Avg("rating"), sd=StdDev("rating"), var=Variance("rating", sample=True))
print(db, round(st.mean(ratings), 6) == round(db["avg"], 6), round(st.pstdev(ratings), 6) == round(db["sd"], 6))
print(round(st.variance(ratings), 6) == round(db["var"], 6), st.median_grouped(ratings), st.mode(comments))
balances = list(Account.objects.order_by("pk").values_list("balance", flat=True))
print(st.mean(balances), st.median(balances), type(st.mean(balances)).__name__)
try:
    st.quantiles([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
result = st.quantiles(ratings, n=4)
