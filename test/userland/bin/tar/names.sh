rm -rf /tmp/sn && mkdir -p /tmp/sn/d && cd /tmp/sn && echo a > d/a && ln d/a d/b
tar -cf r2.tar ../sn/d/a; tar tf r2.tar
tar -cf r3.tar /tmp/sn/../sn/d/a; tar tf r3.tar
tar -cvf r4.tar /tmp/sn/d --sort=name; tar tvf r4.tar | cut -c1-10,48-
tar -cf r5.tar /nope /tmp/sn/d/a; echo rc=$?
tar -cf r6.tar --exclude='/[a-su-z]*' --exclude='/tmp/*' --exclude=/.dockerenv / ; tar tf r6.tar
tar -cvvf r4.tar /tmp/sn/d --sort=name 2>&1 | cut -c1-10,48-; tar -cvf r4.tar ../sn/d --sort=name 2>&1; tar -xvf r4.tar
