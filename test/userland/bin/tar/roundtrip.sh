rm -rf /tmp/tt; mkdir -p /tmp/tt/src/d/sub && cd /tmp/tt
echo hello > src/d/a; printf 'x%.0s' $(seq 1 700) > src/d/big; ln -s a src/d/l; ln src/d/a src/d/h
mknod src/d/p p; mknod src/d/c c 1 3; chmod 4750 src/d/big; chown 12:34 src/d/a; touch -d @1000000 src/d/sub
tar --sort=name --mtime=@86400 --numeric-owner -C src -cf one.tar d; echo rc=$?
sha256sum one.tar
tar -tvf one.tar
tar tf one.tar d/sub d/a nope; echo rc=$?
mkdir out && tar -xvf one.tar -C out; echo rc=$?
stat -c '%A %u %g %Y %h %n' out/d/* | sort -k6
tar -xOf one.tar d/a d/big | wc -c
tar cf - -C src d | tar xf - -C out --no-same-owner --exclude=big; echo rc=$?
ls out/d
