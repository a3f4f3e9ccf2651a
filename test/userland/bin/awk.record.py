#!/usr/bin/env python3
# Records awk test cases from the real mawk 1.3.4 (Debian 12's awk): runs each case in a scratch
# directory (files created first) and writes awk.cases.json with stdout, stderr and exit status.
# Usage: python3 test/userland/bin/awk.record.py   (reads the CASES list below)
import json, os, subprocess, tempfile

P = 'a b c\nd e f\n'
NUMS = '10 x\n9 y\n2 z\n10 w\n'
PW = 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\n'

CASES = [
    # fields and records
    (['{print $2}'], P),
    (['{print $NF, NF}'], P),
    (['{print $(NF-1)}'], P),
    (['{print $1; print $0}'], '  lead  trail  \n'),
    (['{$2 = "X"; print; print NF}'], P),
    (['{$5 = "e"; print; print NF}'], 'a b c\n'),
    (['{NF = 2; print}'], 'a b c d\n'),
    (['{NF = 5; print}', 'OFS=-'], 'a b c\n'),
    (['{$1 = $1; print}', 'OFS=:'], 'a  b   c\n'),
    (['{$0 = "x y z"; print NF, $3}'], 'a\n'),
    (['-F:', '{print $1, $7}'], PW),
    (['-F', ':', '-v', 'OFS=|', '{print $1, $3}'], PW),
    (['-F', '\\t', '{print $2}'], 'a b\tc d\n'),
    (['-Ft', '{print $2}'], 'a b\tc d\n'),
    (['-F.', '{print $2}'], 'a.b|c\n'),
    (['-F|', '{print $2}'], 'a.b|c\n'),
    (['-F', '[0-9]+', '{print $3, NF}'], 'a1b22c\n'),
    (['-F', '', '{print $2, NF}'], 'abc\n'),
    (['BEGIN{FS=","} {print $2}'], 'a,b,c\n'),
    (['{FS=":"; print $1}'], 'a:b c\nd:e f\n'),
    (['{print NR": "$0}'], 'a\nb'),
    (['BEGIN{RS=""}{print NR": "$0"|"NF}'], 'a\n\n\nb\nc\n\n'),
    (['BEGIN{RS=""; FS=","}{print NF": "$1}'], 'x y\nz\n\nw'),
    (['BEGIN{RS=","}{print NR": "$0}'], 'a,b,c'),
    (['BEGIN{RS="[0-9]+"}{print NR": "$0}'], 'a12b345c\n'),
    (['BEGIN{ORS="|"; OFS="-"}{print $1, $2}'], P),
    (['END{print $0, NF, NR}'], P),
    (['{print FNR, NR, FILENAME}', 'f1', 'f2'], ''),
    (['{print FILENAME ": " $0}', 'f1', '-', 'f2'], 'stdin\n'),
    (['{print x, $0}', 'x=1', 'f1', 'x=2', 'f2'], ''),
    (['END{print x}', 'f1', 'x=5'], ''),
    (['{print}', 'nonexistent'], ''),
    (['{print}', 'f1', 'nonexistent', 'f2'], ''),
    # patterns
    (['/b/'], 'abc\nxyz\nb\n'),
    (['!/b/'], 'abc\nxyz\nb\n'),
    (['NR==2'], 'l1\nl2\nl3\n'),
    (['NR==2, NR==3 {print "r", $0}'], 'l1\nl2\nl3\nl4\n'),
    (['/start/,/end/'], 'a\nstart\nb\nend\nc\nstart\nd\n'),
    (['/x/,/x/ {print NR}'], 'x\ny\nx\n'),
    (['$1 > 5'], NUMS),
    (['$1 > "5"'], NUMS),
    (['$1 == 10 {n++} END{print n}'], NUMS),
    (['length > 1'], 'a\nbb\nccc\n'),
    (['NF'], 'a\n\nb\n'),
    (['END{print NR}'], 'a\nb\nc\n'),
    (['BEGIN{print "only"}'], 'ignored\n'),
    (['BEGIN{x=1} BEGIN{print x+1} END{print "e1"} END{print "e2"}'], ''),
    # arithmetic and formatting
    (['BEGIN{print 1/0, -1/0, 1%0, log(-1), log(0), 2^1024, int(-3.7), -0}'], ''),
    (['BEGIN{print 2^53, 2^31, 2^31-1, -2^31, 1e30, 0.1, 1e-5, 123456789, 1234567.5, 100000*100000, 3.0*2}'], ''),
    (['BEGIN{print !1 + 1, !0 " x", -2^2, 2^3^2, 2^-1, 1 - -1, 10 % 3 * 2, 7 % -3, -7 % 3}'], ''),
    (['BEGIN{x=5; print x++ + ++x, x; y = x-- - --x; print y, x}'], ''),
    (['BEGIN{x = 3; x += 2; print x; x -= 1; print x; x *= 3; print x; x /= 4; print x; x %= 2; print x; x ^= 3; print x}'], ''),
    (['BEGIN{CONVFMT="%.2g"; a=3.14159; print (a ""), a; OFMT="%.3f"; print a, a""; print 17, 17.0, 1e3}'], ''),
    (['BEGIN{print 1 2, 1 -1, 1 " " -1, 1==1.0, "a"<"b", "10"<"9", 10<9, "abc" < "abd"}'], ''),
    (['BEGIN{print length("héllo"), length(12345), length(1/3), length()}'], ''),
    (['BEGIN{print substr("hello",2,3), substr("hello",0), substr("hello",-1,3), substr("hello",2.5,1.6), substr("hello",5,10) "|" substr("hello",6) "|" substr("", 1)}'], ''),
    (['BEGIN{print index("foo","o"), index("foo",""), index("","a"), index("abc","bc")}'], ''),
    (['BEGIN{print toupper("abcé1"), tolower("ABC Def")}'], ''),
    (['BEGIN{print int(3.9), int(-3.9), int("4.5abc"), sqrt(16), exp(0), log(1), sin(0), cos(0), atan2(0, -1)}'], ''),
    (['BEGIN{print "0x1A"+0, "1e3"+0, ".5"+0, "+5"+0, " 12 "+0, "abc"+0, "3abc"*2}'], ''),
    (['{print ($1 < 10), ($1 == $1+0)}'], '9\n10\n 12 \n1e3\nabc\n0x10\n-inf\n'),
    (['BEGIN{x; print (x == 0), (x == ""), length(x)}'], ''),
    (['BEGIN{srand(1); printf "%.6f %.6f\\n", rand(), rand(); print srand(2), srand()}'], ''),
    (['BEGIN{srand(42); x = int(rand() * 100); print x}'], ''),
    # printf
    (['BEGIN{printf "%d %s %c %c %5.2f|%-5s|%x\\n", "12abc", 3.0, 65, "hello", 3.14159, "ab", 255}'], ''),
    (['BEGIN{printf "%5s|%-5d|%+d|% d|%05d|%.3d|%#o|%#x|%.1s|%%\\n", "ab", 3, 4, 5, 6, 7, 8, 9, "xyz"}'], ''),
    (['BEGIN{printf "%e %E %g %G %f %.0f %.10g\\n", 1234.5, 0.00012, 1e-10, 1e20, 2.5, 2.5, 1/3}'], ''),
    (['BEGIN{printf "%d %d %x %u %i\\n", 3000000000, -3000000000, -1, -1, 42.9}'], ''),
    (['BEGIN{printf "%*d|%-*d|%.*f\\n", 5, 1, 4, 2, 2, 3.14159}'], ''),
    (['BEGIN{printf "%c%c%c", 256+65, "", "xyz"; print ""}'], ''),
    (['{printf "%c|", $1} END{print ""}'], '65\nabc\n'),
    (['BEGIN{printf "%d %d\\n", 1}'], ''),
    (['BEGIN{printf "%z\\n", 1}'], ''),
    (['BEGIN{x = sprintf("%d-%s", 5, "a"); print x, length(x)}'], ''),
    (['BEGIN{printf("%s %s\\n", "a", "b")}'], ''),
    (['BEGIN{printf "no newline"}'], ''),
    # strings and regexes
    (['{gsub(/o/, "0"); print}'], 'foo boo\n'),
    (['{n = sub(/o/, "[&]"); print n, $0}'], 'foo\n'),
    (['BEGIN{s="hello"; gsub(/l/, "[\\\\&]", s); print s; t="hello"; gsub(/l/, "[\\\\\\\\&]", t); print t}'], ''),
    (['BEGIN{s="abc"; n=gsub(/x*/, "-", s); print n, s; s="abc"; n=gsub(/b*/, "-", s); print n, s}'], ''),
    (['{print gsub(/a/, "X"), $0, NF, $1}'], 'a b a\n'),
    (['BEGIN{s="foo.bar"; gsub(".", "x", s); print s; s="a.b"; gsub("\\\\.", "x", s); print s}'], ''),
    (['{print match($0, /b+/), RSTART, RLENGTH}'], 'abbbc\nxyz\n'),
    (['{print ($0 ~ "^a"), ($0 !~ /c$/)}'], 'abc\nbcd\n'),
    (['BEGIN{r = "^[0-9]+$"} $0 ~ r {print "num", $0}'], '123\nabc\n45\n'),
    (['/a{3}/{print "brace"}'], 'a{3}\naaa\n'),
    (['/[[:digit:]]+/{print "d", $0}'], 'x1\ny\n'),
    (['BEGIN{x="("; print "a" ~ x}'], ''),
    (['/(/'], ''),
    (['BEGIN{n=split("a:b::c", x, ":"); print n, x[1], x[3], x[4]}'], ''),
    (['BEGIN{n=split("  a b  c ", x); print n, x[1] x[3]; n=split("", y); print n; n=split("abc", w, ""); print n, w[2]}'], ''),
    (['BEGIN{n=split("a1b22c", x, /[0-9]+/); print n, x[2], x[3]}'], ''),
    (['BEGIN{n=split("a.b.c", x, "."); print n, x[2]}'], ''),
    # arrays
    (['BEGIN{x["a"]=1; x["b"]=2; x["c"]=3; for (k in x) print k, x[k]}'], ''),
    (['BEGIN{for (i=1;i<=12;i++) x[i]=i; for (k in x) printf "%s ", k; print ""}'], ''),
    (['{count[$1]++} END{for (w in count) print w, count[w]}'], 'the\ncat\nthe\ndog\ncat\nthe\n'),
    (['BEGIN{a[1,2]=3; for (k in a) {split(k, p, SUBSEP); print p[1], p[2]}; print ((1,2) in a), ((2,1) in a)}'], ''),
    (['BEGIN{a["x"]; print length(a), ("x" in a), ("y" in a); delete a["x"]; print length(a); a[1]; a[2]; delete a; print length(a)}'], ''),
    (['BEGIN{x[1]=1; x=2}'], ''),
    (['BEGIN{x=1; x[1]=2}'], ''),
    (['BEGIN{a[01]=1; a["01"]=2; a[1.0]=3; for (k in a) print k, a[k]}'], ''),
    (['BEGIN{a[0.1]=1; CONVFMT="%.2f"; a[0.1]=2; for (k in a) print k, a[k]}'], ''),
    # control flow
    (['BEGIN{for (i=0; i<3; i++) print i}'], ''),
    (['BEGIN{i=0; while (i<3) {i++; if (i==2) continue; print i}}'], ''),
    (['BEGIN{i=0; do { print i; i++ } while (i < 2); do print "once"; while (0)}'], ''),
    (['BEGIN{for (;;) {n++; if (n > 3) break}; print n}'], ''),
    (['NR==1{next} {print}'], 'a\nb\nc\n'),
    (['{print; if (NR==2) exit} END{print "end"}'], 'a\nb\nc\n'),
    (['BEGIN{exit 3} END{print "end"}'], ''),
    (['BEGIN{exit} END{print "end"; exit 4; print "no"}'], ''),
    (['{nextfile} END{print NR}', 'f1', 'f2'], ''),
    (['BEGIN{if (1) print "a"; else print "b"; if (0) print "c"; else if (1) print "d"}'], ''),
    (['BEGIN { x = 1 ? "t" : "f"; y = 0 ? "t" : 0 ? "u" : "v"; print x, y }'], ''),
    # functions
    (['function f(n) { return n <= 1 ? 1 : n * f(n-1) } BEGIN { print f(10) }'], ''),
    (['function fill(a, n,   i) { for (i=1;i<=n;i++) a[i]=i*i } BEGIN { fill(sq, 4); print sq[3], length(sq) }'], ''),
    (['function g(x) { x = 5 } BEGIN { y = 1; g(y); print y }'], ''),
    (['function h() { return } BEGIN { v = h(); print "[" v "]" }'], ''),
    (['function f(a) { a["k"]=1 } BEGIN { f(arr); for (k in arr) print k }'], ''),
    (['function f(x){return f(x)} BEGIN{f(1)}'], ''),
    (['function f(n) { if (n > 0) return 1 + f(n-1); return 0 } BEGIN { print f(400) }'], ''),
    # getline
    (['{getline; print "got", $0}'], 'a\nb\nc\n'),
    (['NR==1{getline x; print "x=" x, NR, $0}'], 'a\nb\nc\n'),
    (['BEGIN{while ((getline line < "f1") > 0) print "f1:", line; print (getline y < "nope")}'], ''),
    (['BEGIN{getline; print "begin", $0, NR} {print "main", $0}'], 'a\nb\n'),
    (['BEGIN{getline x < "-"; print "got", x}'], 'stdin-line\n'),
    # output
    (['{print > "out"} END{close("out"); while ((getline l < "out") > 0) print "r", l}'], 'a\nb\n'),
    (['BEGIN{print "x" > "/dev/stderr"; print "y"}'], ''),
    (['BEGIN{printf "%s", "abc" > "/dev/stdout"; print ""}'], ''),
    (['BEGIN{print "a" > "/nonexistent/x"}'], ''),
    # variables
    (['BEGIN{print ENVIRON["PATH"]}'], ''),
    (['BEGIN{print ARGC; for (i = 0; i < ARGC; i++) print i, ARGV[i]}', 'a', 'b=1'], ''),
    (['-v', 'x=a\\tb', 'BEGIN{print x}'], ''),
    (['-v', 'n=010', 'BEGIN{print n+0, (n < 9)}'], ''),
    (['BEGIN{print SUBSEP == "\\034", RSTART, RLENGTH, NF, NR, FILENAME "|"}'], ''),
    (['BEGIN { x = "A"; print x ~ "a", "ab" ~ /^a/ ~ 1 }'], ''),
    (['BEGIN { print length "x"; print 1 < 2 < 3; print 1..2 }'], ''),
    (['BEGIN { getline getline; x = y z ++; print "ok" }'], ''),
    (['BEGIN { "x" ; ; y }'], ''),
    # syntax and usage errors
    (['{print }}'], ''),
    (['BEGIN { print 1 +* 2 }'], ''),
    (['BEGIN{print "abc}'], ''),
    (['/abc'], ''),
    (['BEGIN{'], ''),
    (['BEGIN{f()}'], ''),
    (['BEGIN { f(1 }'], ''),
    (['BEGIN { x = ) }'], ''),
    (['BEGIN{next}\nEND{return}'], ''),
    (['BEGIN { print a[ }'], ''),
    (['BEGIN { @ }'], ''),
    (['BEGIN { x=1 } END'], ''),
    (['BEGIN{x=1}}\n'], ''),
    (['function f(a,a){}'], ''),
    (['function f(){} function f(){}'], ''),
    (['BEGIN{break}'], ''),
    (['BEGIN { printf }'], ''),
    (['BEGIN { print substr("x") }'], ''),
    (['BEGIN { print 2**3 }'], ''),
    (['BEGIN { if (1) print 1\nelse print 2\n}'], ''),
    (['function "a\\tb"(){}'], ''),
    (['BEGIN { x = 12.50 = 1 }'], ''),
    (['-f', 'prog1.awk'], ''),
    (['-f', 'nope.awk'], ''),
    (['-f', 'prog2.awk', 'f1'], ''),
    (['-v'], ''),
    (['-v', 'x'], ''),
    (['-q', '1'], ''),
    (['--version'], ''),
    ([], ''),
    (['-W', 'version'], ''),
    (['-W', 'usage'], ''),
]

FILES = {
    'f1': 'one\ntwo\n',
    'f2': 'three\n',
    'prog1.awk': 'BEGIN{\nprint 1 +\n}\n',
    'prog2.awk': '# comment\n{ print NR ": " $0 }\nEND { print "done" }\n',
}


def main():
    out = []
    for argv, stdin in CASES:
        with tempfile.TemporaryDirectory() as d:
            for k, v in FILES.items():
                with open(os.path.join(d, k), 'w') as f:
                    f.write(v)
            env = {'PATH': '/usr/bin:/bin', 'LC_ALL': 'C.UTF-8'}
            p = subprocess.run(['awk'] + argv, input=stdin.encode(), capture_output=True, cwd=d, env=env)
            case = {'argv': ['awk'] + argv, 'stdin': stdin, 'files': FILES,
                    'stdout': p.stdout.decode('utf-8', 'replace'),
                    'stderr': p.stderr.decode('utf-8', 'replace'), 'status': p.returncode}
            out.append(case)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'awk.cases.json'), 'w') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')


main()
