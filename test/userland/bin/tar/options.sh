rm -rf /tmp/op && mkdir -p /tmp/op/a/x /tmp/op/b && cd /tmp/op
echo one > a/x/f1; echo two > b/f2; ln -s x/f1 a/link; touch -d @7200 a/x/f1 b/f2 a/x a
tar cf t1.tar -C a x/f1 -C ../b f2 --mtime=@0; echo rc=$?
tar tf t1.tar
tar -cvf - --sort=name --owner=0 --group=0 -C a . 2>list.txt | tar -tvf - --numeric-owner | sed 's/ 20..-..-.. ..:.. / DATE /'
cat list.txt
tar chf deref.tar -C a link && tar tvf deref.tar
tar --exclude=x -cvf ex.tar a --sort=name
tar --exclude='*1' --sort=name -cf ex2.tar a && tar -tf ex2.tar
mkdir out && cd out && tar xf ../t1.tar && echo changed > f2 && tar xvf ../t1.tar f2 && cat f2
echo keep > x/f1; tar xkf ../t1.tar; echo rc=$?; cat x/f1
ln -sf nowhere f2; tar xf ../t1.tar && cat f2
tar xf ../t1.tar -O x/f1 f2
tar -xf ../t1.tar --to-stdout nope; echo rc=$?
cd .. && tar tvf t1.tar -v --numeric-owner
tar -t -f t1.tar -v -v
tar -xvf t1.tar -C /nonexistent; echo rc=$?
