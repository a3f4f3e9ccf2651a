cd /tmp && rm -rf er && mkdir er && cd er && echo x > f
tar -cf two.tar nope f; echo rc=$?
tar -tf two.tar
echo junk > junk.tar; tar -tf junk.tar; echo rc=$?
tar -xf; echo rc=$?
tar -c; echo rc=$?
tar -cx; echo rc=$?
tar -y; echo rc=$?
tar --bogus; echo rc=$?
tar --sort=x -cf - f; echo rc=$?
tar -tf /nonexistent; echo rc=$?
tar -cf abs.tar /tmp/er/f; echo rc=$?
tar -tvf abs.tar --mtime=@5 --numeric-owner | sed 's/ 20.*:.. / DATE /'
tar cf self.tar . ; echo rc=$?
tar --version | head -1
