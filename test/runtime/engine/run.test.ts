// docker run end to end in a simulated machine: exit statuses and error texts as Docker 20.10
// (daemon) with the 28.2 CLI print them (fidelity.md §5.4, recorded on a real host), and the
// container as the host sees it: an ordinary process with a host pid in new namespaces.
import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

const OCI =
  'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process:';
const RUN_HELP = "\n\nRun 'docker run --help' for more information\n";

describe('docker run', () => {
  it('passes the exit status through and pulls a missing image first', () => {
    const r = runSh("docker run --rm busybox sh -c 'exit 3'; echo status=$?");
    expect(r.stderr).toContain("Unable to find image 'busybox:latest' locally\n");
    expect(r.stderr).toContain('latest: Pulling from library/busybox\n');
    expect(r.stdout).toBe('status=3\n');
  });

  it('gives 127 for a command that is not on the PATH and 126 for a file that cannot be executed', () => {
    const r = runSh(
      'docker pull -q busybox >/dev/null; docker run --rm busybox nosuchcmd; echo s=$?; docker run --rm busybox /etc/passwd; echo s=$?',
    );
    expect(r.stderr).toBe(
      `${OCI} exec: "nosuchcmd": executable file not found in $PATH: unknown${RUN_HELP}` +
        `${OCI} exec: "/etc/passwd": permission denied: unknown${RUN_HELP}`,
    );
    expect(r.stdout).toBe('s=127\ns=126\n');
  });

  it('exits 137 when killed, and docker ps shows the status', () => {
    const r = runSh(
      "docker run -d --name s busybox sleep 1000 >/dev/null 2>&1; docker kill s; docker wait s; docker ps -a --format '{{.Names}} {{.Status}}'",
    );
    expect(r.stdout).toBe('s\n137\ns Exited (137) Less than a second ago\n');
  });

  it('docker stop waits the 10 s grace period when pid 1 has no SIGTERM handler, then kills', () => {
    const r = runSh(
      'docker run -d --name s busybox sleep 1000 >/dev/null 2>&1; a=$(cut -d. -f1 /proc/uptime); docker stop s; b=$(cut -d. -f1 /proc/uptime); echo $((b - a)); docker inspect -f "{{.State.ExitCode}}" s',
    );
    expect(r.stdout).toBe('s\n10\n137\n');
  });

  it('refuses a second container with the same name and removing a running one', () => {
    const r = runSh(
      'docker run -d --name n busybox sleep 100 >/dev/null 2>&1; ID=$(docker inspect -f "{{.Id}}" n); docker run --name n busybox true 2>&1 | sed "s/$ID/<id>/"; docker rm n 2>&1 | sed "s/$ID/<id>/"; docker rm n 2>/dev/null; echo $?',
    );
    expect(r.stdout).toBe(
      'docker: Error response from daemon: Conflict. The container name "/n" is already in use by container "<id>". You have to remove (or rename) that container to be able to reuse that name.\n' +
        "\nRun 'docker run --help' for more information\n" +
        'Error response from daemon: You cannot remove a running container <id>. Stop the container before attempting removal or force remove\n1\n',
    );
  });

  it('runs the container as pid 1 of new namespaces, a host process with a host pid in /docker/<id>', () => {
    const r = runSh(
      [
        'docker run -d --name c busybox sleep 100 >/dev/null 2>&1',
        'P=$(docker inspect -f "{{.State.Pid}}" c); ID=$(docker inspect -f "{{.Id}}" c)',
        'ps -o comm= -p $P',
        'for n in pid mnt uts ipc net; do [ "$(readlink /proc/$P/ns/$n)" != "$(readlink /proc/self/ns/$n)" ] && echo "$n new"; done',
        '[ "$(readlink /proc/$P/ns/user)" = "$(readlink /proc/self/ns/user)" ] && echo "user shared"',
        'grep -c "/docker/$ID" /proc/$P/cgroup',
        'docker exec c cat /etc/hostname | sed "s/${ID:0:12}/<short id>/"',
        'grep -c "lowerdir=/var/lib/docker/overlay2/l/" /proc/self/mountinfo',
      ].join('\n'),
      { profile: 'hybrid' },
    );
    expect(r.stdout).toBe(
      'sleep\npid new\nmnt new\nuts new\nipc new\nnet new\nuser shared\n10\n<short id>\n1\n',
    );
  });

  it('keeps the container and its overlay2 layout until docker rm', () => {
    const r = runSh(
      [
        'docker run --name c busybox sh -c "echo hi > /new"',
        'M=$(docker inspect -f "{{.GraphDriver.Data.MergedDir}}" c); D=${M%/merged}',
        'ls $D; cat $D/diff/new; ls /var/lib/docker/image/overlay2/layerdb/mounts',
        'docker rm c >/dev/null; ls $D 2>&1 | sed "s#$D#<dir>#"',
      ].join('\n'),
    );
    expect(r.stdout.split('\n').slice(0, 6)).toEqual(['diff', 'link', 'lower', 'merged', 'work', 'hi']);
    expect(r.output).toContain("ls: cannot access '<dir>': No such file or directory\n");
  });

  it('checks the reference and ports on the client, as the 20.10 CLI does', () => {
    const r = runSh('docker run BusyBox true; echo st=$?; docker run -p abc busybox true; echo st=$?');
    expect(r.output).toBe(
      "docker: invalid reference format: repository name must be lowercase.\nSee 'docker run --help'.\nst=125\n" +
        "docker: invalid containerPort: abc.\nSee 'docker run --help'.\nst=125\n",
    );
  });

  it('runs as the -u user with the groups /etc/group gives it (runc GetExecUser)', () => {
    const r = runSh(
      'docker pull -q busybox >/dev/null; docker run --rm busybox id; docker run --rm -u nobody busybox id; docker run --rm -u 1234 busybox id',
    );
    expect(r.stdout).toBe(
      'uid=0(root) gid=0(root) groups=0(root),10(wheel)\nuid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\nuid=1234 gid=0(root) groups=0(root)\n',
    );
  });
});
