// docker update: new CPU and pids limits for a running container, written to its cgroup at once
// and recorded in HostConfig (moby daemon/update.go, container/container_unix.go
// UpdateContainer): NanoCPUs and CPUPeriod/CPUQuota exclude each other across updates with
// "Cannot update container <id>: Conflicting options: …", a quota under 1 ms is refused as by
// docker run (fidelity.md §5.4 flag checks), the CLI echoes each container it updated.
import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

const CG = '/sys/fs/cgroup/system.slice/docker-$(docker inspect -f "{{.Id}}" api).scope';

describe('docker update', () => {
  it('raises a running container’s CPU quota: cpu.max and HostConfig change, the job speeds up', () => {
    const r = runSh(
      [
        'docker run -d --name api --cpu-period 100000 --cpu-quota 5000 debian sleep 1000 >/dev/null 2>&1',
        `cat ${CG}/cpu.max`,
        "a=$(cut -d' ' -f1 /proc/uptime); docker exec api awk 'BEGIN{for(i=0;i<100000;i++)s+=i}'; b=$(cut -d' ' -f1 /proc/uptime); echo slow=$(awk -v a=$a -v b=$b 'BEGIN{print (b-a>1)}')",
        'docker update --cpu-quota 50000 api; echo rc=$?',
        `cat ${CG}/cpu.max`,
        "docker inspect -f '{{.HostConfig.CpuQuota}} {{.HostConfig.CpuPeriod}}' api",
        "a=$(cut -d' ' -f1 /proc/uptime); docker exec api awk 'BEGIN{for(i=0;i<100000;i++)s+=i}'; b=$(cut -d' ' -f1 /proc/uptime); echo fast=$(awk -v a=$a -v b=$b 'BEGIN{print (b-a<0.3)}')",
        'docker update --cpu-quota -1 api >/dev/null',
        `cat ${CG}/cpu.max`,
      ].join('\n'),
    );
    expect(r.stdout).toBe('5000 100000\nslow=1\napi\nrc=0\n50000 100000\n50000 100000\nfast=1\nmax 100000\n');
  });

  it('refuses --cpus after --cpu-quota (and the reverse), and a quota under 1 ms', () => {
    const r = runSh(
      [
        'docker run -d --name api --cpu-quota 5000 debian sleep 1000 >/dev/null 2>&1',
        'docker run -d --name b --cpus 0.5 debian sleep 1000 >/dev/null',
        'ID=$(docker inspect -f "{{.Id}}" api); IB=$(docker inspect -f "{{.Id}}" b)',
        'o=$(docker update --cpus 1 api 2>&1); echo "rc=$?"; echo "$o" | sed "s/$ID/<api>/"',
        'docker update --cpu-quota 20000 b 2>&1 | sed "s/$IB/<b>/"',
        'docker update --cpu-quota 500 api; echo rc=$?',
        'docker update --cpus 1.5 b && cat /sys/fs/cgroup/system.slice/docker-$IB.scope/cpu.max',
      ].join('\n'),
    );
    expect(r.stdout).toBe(
      'rc=1\nError response from daemon: Cannot update container <api>: Conflicting options: Nano CPUs cannot be updated as CPU Quota has already been set\n' +
        'Error response from daemon: Cannot update container <b>: Conflicting options: CPU Quota cannot be updated as NanoCPUs has already been set\n' +
        'rc=1\nb\n150000 100000\n',
    );
    expect(r.stderr).toBe('Error response from daemon: CPU cfs quota can not be less than 1ms (i.e. 1000)\n');
  });

  it('updates the containers it finds, reports the others, and sets pids.max', () => {
    const r = runSh(
      [
        'docker run -d --name api debian sleep 1000 >/dev/null 2>&1',
        'docker update --pids-limit 10 api nosuch; echo rc=$?',
        `cat ${CG}/pids.max`,
        "docker inspect -f '{{.HostConfig.PidsLimit}}' api",
      ].join('\n'),
    );
    expect(r.stdout).toBe('api\nrc=1\n10\n10\n');
    expect(r.stderr).toBe('Error response from daemon: No such container: nosuch\n');
  });

  it('needs at least one flag (the 28.2 CLI’s words, checked before the daemon is asked)', () => {
    const r = runSh('docker update nosuch; echo rc=$?');
    expect(r.stdout).toBe('rc=1\n');
    expect(r.stderr).toBe('you must provide one or more flags when using this command\n');
  });
});
