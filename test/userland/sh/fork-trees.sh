cat > /tmp/tree.sh <<'EOF'
ps -e -o pid=,ppid=,comm= > /tmp/ps.txt
awk -v root=$1 '{p[$1]=$2; c[$1]=$3} END {for (k in p) { d=0; x=k; while (x in p && x!=root) {x=p[x]; d++} if (x==root && k!=root && c[k]!="ps") print d, c[k] }}' /tmp/ps.txt | sort | tr '\n' ' '
EOF
fg() { echo "$1 :: $(bash -c 'bash -c "$1" & sleep 0.2; bash /tmp/tree.sh $$; wait' _ "$1" 2>&1)"; }
bg() { echo "$1 & :: $(bash -c "$1"' & sleep 0.2; bash /tmp/tree.sh $$; wait' 2>&1)"; }
for s in 'true; true; sleep 1' 'true; true && sleep 1' 'false || true && sleep 1' 'true; sleep 1 >/dev/null' 'trap "echo" EXIT; true && sleep 1' 'x=$(true; sleep 1)' 'x=$(sleep 1 >/dev/null)' 'x=$( (sleep 1) )' '(true && true; sleep 1)' '(true; true && sleep 1)' '(sleep 1; true)' '( ! sleep 1 )' '(true; sleep 1 >/dev/null)'; do fg "$s"; done
for s in 'sleep 1' '(sleep 1)' '(true; sleep 1)' '( (sleep 1) )' '(sleep 1 >/dev/null)' 'true && sleep 1' '{ sleep 1; }' 'sleep 1 | cat' '(sleep 1) | cat' '{ sleep 1; } | cat' 'A=1 sleep 1 >/dev/null' 'f() { sleep 1; }; f'; do bg "$s"; done
