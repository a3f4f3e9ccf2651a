# prerequisite for all dk-* scenarios: a tiny base image "bb:base" made from a static busybox
# (apt-get install busybox-static docker.io; dockerd running). Creates /tmp/dk/rootfs.tar.
rm -rf /tmp/dk
mkdir -p /tmp/dk/rootfs/bin /tmp/dk/rootfs/etc /tmp/dk/rootfs/tmp && cd /tmp/dk
printf "busybox stand-in\n" > rootfs/bin/busybox
for c in sh ls cat echo mkdir rm touch true false sleep id hostname; do ln -sf busybox rootfs/bin/$c; done
echo 'root:x:0:0:root:/root:/bin/sh' > rootfs/etc/passwd; echo old > rootfs/etc/old; echo keep > rootfs/etc/keep
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C rootfs -cf rootfs.tar .
echo rc=$?
tar -tvf rootfs.tar
sha256sum rootfs.tar
