# Shell helpers of Scripts/bench.sh and Scripts/bench-postgres.sh (sourced).
now_ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
