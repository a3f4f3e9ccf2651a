rm -rf /tmp/fx
t=/tmp/fx; mkdir -p $t/root/etc $t/root/bin $t/root/private
long=$(printf 'long%.0s' $(seq 1 30))
mkdir $t/root/$long
printf 'root:x:0:0:root:/root:/bin/sh\n' > $t/root/etc/passwd
: > $t/root/etc/empty
head -c 512 /dev/zero | tr '\0' 'a' > $t/root/etc/block512
seq 1 300 > $t/root/etc/seq
printf 'x\n' > $t/root/$long/file-in-long-dir
printf '#!/bin/sh\n' > $t/root/bin/busybox
chmod 4755 $t/root/bin/busybox
ln -s busybox $t/root/bin/sh
ln -s ../$long/file-in-long-dir $t/root/bin/far
ln $t/root/etc/passwd $t/root/etc/passwd-
mknod $t/root/etc/fifo p
mknod $t/root/etc/null c 1 3
mknod $t/root/etc/sda b 8 0
touch $t/root/etc/.wh.old $t/root/private/.wh..wh..opq
chmod 700 $t/root/private
chmod 755 $t/root $t/root/etc $t/root/bin $t/root/$long
chmod 644 $t/root/etc/passwd $t/root/etc/empty $t/root/etc/block512 $t/root/etc/seq $t/root/$long/file-in-long-dir $t/root/etc/fifo $t/root/etc/null $t/root/etc/sda $t/root/etc/.wh.old $t/root/private/.wh..wh..opq
cd $t
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C root -cf tree.tar .
tar --sort=name --mtime=@1700000000 --owner=0 --group=0 -C root -cf tree-owner.tar .
sha256sum tree.tar tree-owner.tar
