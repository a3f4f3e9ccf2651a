// runtime/engine: dockerd, the container engine, built only from system calls.
//   state.ts       the daemon's memory (image store, registry, containers) and its paths
//   layers.ts      overlay2 layout and the layer database on disk
//   create.ts      docker create: ids, names, the init layer and the container's own layer
//   start.ts       the monitor (containerd-shim): overlay mount, cgroups, veth, clone, logs
//   init.ts        the container's first process up to execve (runc init)
//   rootfs.ts      /proc, /sys, /dev, cgroups and volumes under the new root; pivot_root
//   cgroups.ts     resource flags → cgroup files (v1 cgroupfs driver, v2 systemd scope)
//   network.ts     docker0, veth pairs, addresses and routes; proxy.ts: docker-proxy for -p
//   attach.ts      -t: the container's pseudo-terminal relayed to the client
//   exec.ts        docker exec: setns into a running container
//   lifecycle.ts   wait, stop, kill, rm; logs.ts: the json-file log
//   buildbackend.ts  what `docker build` needs from the engine (RUN in real containers)
//   wire.ts        the client ↔ daemon protocol; api/ the endpoints; dockerd.ts the server
//
// Simplification: the API is JSON lines over TCP 127.0.0.1:2375 instead of HTTP on a unix socket;
// state lives in dockerd's memory (mirrored under /var/lib/docker for learners to look at, not
// reloaded after a restart); no seccomp, capabilities, AppArmor, user namespaces, restart
// policies, health checks, user-defined networks, iptables or DNS; -v binds directories only.

export { dockerd } from './dockerd';
export { dockerProxy } from './proxy';
