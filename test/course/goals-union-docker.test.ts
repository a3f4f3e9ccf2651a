// @vitest-environment node
// The union-filesystem and docker goal kinds (src/course/goals/union.ts, docker.ts) against real
// worlds: each is checked where it must hold and, more to the point, where it must not (the
// lessons' replay only shows them turning true).
import { describe, expect, test } from 'vitest';
import { goalDone, takeSnapshot } from '../../src/course';
import type { GoalSpec } from '../../src/course';
import type { CourseSnapshot } from '../../src/course/goals';
import { createWorld } from '../../src/world';

const goal = (kind: string, params: GoalSpec['params']): GoalSpec => ({ kind, params, line: 1 });

function after(script: string): (kind: string, params: GoalSpec['params']) => boolean {
  const world = createWorld({ seed: 1 });
  for (const line of script.split('\n')) world.exec(line);
  world.pump({ wallNowMs: 0 });
  const snap: CourseSnapshot = takeSnapshot(world, []);
  return (kind, params) => goalDone(goal(kind, params), snap);
}

describe('union filesystem goals', () => {
  const holds = after(
    [
      'mkdir -p /o/lower/d /o/upper /o/work /o/m /t && echo a > /o/lower/a && echo b > /o/lower/b && touch /o/lower/d/x',
      'mount -t tmpfs tmpfs /t',
      'mount -t overlay overlay -o lowerdir=/o/lower,upperdir=/o/upper,workdir=/o/work /o/m',
      'rm /o/m/b && echo more >> /o/m/a && mkdir /o/m/plain && rm -r /o/m/d && mkdir /o/m/d',
    ].join('\n'),
  );

  test('overlayMounted: the overlay, not another filesystem or another place', () => {
    expect(holds('overlayMounted', { target: '/o/m' })).toBe(true);
    expect(holds('overlayMounted', { target: '/t' })).toBe(false);
    expect(holds('overlayMounted', { target: '/o' })).toBe(false);
  });

  test('fileTypeAt tells a whiteout from a copied-up file, and an unknown type never holds', () => {
    expect(holds('fileTypeAt', { path: '/o/upper/b', type: 'whiteout' })).toBe(true);
    expect(holds('fileTypeAt', { path: '/o/upper/a', type: 'whiteout' })).toBe(false);
    expect(holds('fileTypeAt', { path: '/o/upper/a', type: 'file' })).toBe(true);
    expect(holds('fileTypeAt', { path: '/o/lower/b', type: 'whiteout' })).toBe(false);
    expect(holds('fileTypeAt', { path: '/o/upper/nope', type: 'file' })).toBe(false);
    expect(holds('fileTypeAt', { path: '/o/upper/a', type: 'regular' })).toBe(false);
  });

  test('opaqueDirAt: a directory made again over a lower one, not a new plain directory', () => {
    expect(holds('opaqueDirAt', { path: '/o/upper/d' })).toBe(true);
    expect(holds('opaqueDirAt', { path: '/o/upper/plain' })).toBe(false);
  });
});

describe('docker goals', () => {
  const holds = after(
    [
      'docker pull -q busybox >/dev/null',
      'docker run -d --name box --cpus 0.2 busybox sleep 1000 >/dev/null',
      "docker exec box sh -c 'echo hi > /hello.txt && rm /etc/localtime'",
      'docker commit box mybox >/dev/null',
      'docker run --name done busybox sh -c "exit 3"',
      'docker run -d --name free busybox sleep 1000 >/dev/null',
      "docker exec box awk 'BEGIN{for(i=0;i<50000;i++)s+=i}'",
    ].join('\n'),
  );

  test('containerUpperHas looks in the named container only, and checks the type', () => {
    expect(holds('containerUpperHas', { name: 'box', path: '/hello.txt', type: 'file' })).toBe(true);
    expect(holds('containerUpperHas', { name: 'box', path: '/etc/localtime', type: 'whiteout' })).toBe(true);
    expect(holds('containerUpperHas', { name: 'box', path: '/etc/localtime', type: 'file' })).toBe(false);
    expect(holds('containerUpperHas', { name: 'free', path: '/hello.txt' })).toBe(false);
    expect(holds('containerUpperHas', { name: 'nosuch', path: '/hello.txt' })).toBe(false);
  });

  test('imageFileContains and imageFileLacks read the top layer that has the path; a whiteout hides it', () => {
    expect(holds('imageFileContains', { tag: 'mybox', path: '/hello.txt', text: 'hi' })).toBe(true);
    expect(holds('imageFileContains', { tag: 'busybox', path: '/hello.txt', text: 'hi' })).toBe(false);
    expect(holds('imageFileContains', { tag: 'busybox', path: '/etc/passwd', text: 'root' })).toBe(true);
    expect(holds('imageFileContains', { tag: 'mybox', path: '/etc/localtime', text: '' })).toBe(false);
    expect(holds('imageFileLacks', { tag: 'mybox', path: '/hello.txt', text: 'bye' })).toBe(true);
    expect(holds('imageFileLacks', { tag: 'mybox', path: '/hello.txt', text: 'hi' })).toBe(false);
    expect(holds('imageFileLacks', { tag: 'mybox', path: '/etc/localtime', text: 'x' })).toBe(false);
  });

  test('containerState and containerExited follow what dockerd saved', () => {
    expect(holds('containerState', { name: 'box', state: 'running' })).toBe(true);
    expect(holds('containerState', { name: 'done', state: 'running' })).toBe(false);
    expect(holds('containerExited', { name: 'done', exitCode: 3, oomKilled: false })).toBe(true);
    expect(holds('containerExited', { name: 'done', exitCode: 0 })).toBe(false);
    expect(holds('containerExited', { name: 'done', oomKilled: true })).toBe(false);
    expect(holds('containerExited', { name: 'box' })).toBe(false);
  });

  test('containerCpuAtLeast, containerMemoryLimit and containerThrottled read the container’s cgroup', () => {
    expect(holds('containerCpuAtLeast', { name: 'box', percent: 20 })).toBe(true);
    expect(holds('containerCpuAtLeast', { name: 'box', percent: 50 })).toBe(false);
    expect(holds('containerCpuAtLeast', { name: 'free', percent: 100 })).toBe(true);
    expect(holds('containerCpuAtLeast', { name: 'done', percent: 1 })).toBe(false);
    expect(holds('containerMemoryLimit', { name: 'free', atLeast: 1 << 30 })).toBe(true);
    expect(holds('containerMemoryLimit', { name: 'done', atLeast: 1 })).toBe(false);
    expect(holds('containerThrottled', { name: 'box' })).toBe(true);
    expect(holds('containerThrottled', { name: 'free' })).toBe(false);
  });

  test('image size and history goals', () => {
    expect(holds('imageSizeAtMost', { tag: 'busybox', bytes: 1_000_000 })).toBe(true);
    expect(holds('imageSizeAtMost', { tag: 'busybox', bytes: 100 })).toBe(false);
    expect(holds('imageSizeAtMost', { tag: 'nosuch', bytes: 1e9 })).toBe(false);
    expect(holds('imageSizeAtLeast', { tag: 'busybox', bytes: 100 })).toBe(true);
    expect(holds('imagesAtMost', { bytes: 1_000_000 })).toBe(true);
    expect(holds('imagesAtMost', { bytes: 100 })).toBe(false);
    expect(holds('imageHistoryHas', { tag: 'busybox', text: 'CMD ["sh"]' })).toBe(true);
    expect(holds('imageHistoryHas', { tag: 'busybox', text: 'pip install' })).toBe(false);
  });
});

describe('OOM', () => {
  const holds = after(
    [
      'docker pull -q python:2.7-slim >/dev/null',
      'docker run --name hog --memory 32m python:2.7-slim python -c "x = bytearray(64*1024*1024)"',
      'docker run -d --name big --memory 128m python:2.7-slim python -c "import time; time.sleep(100)"',
    ].join('\n'),
  );

  test('containerExited with oomKilled, containerMemoryLimit against memory.max', () => {
    expect(holds('containerExited', { name: 'hog', exitCode: 137, oomKilled: true })).toBe(true);
    expect(holds('containerExited', { name: 'hog', oomKilled: false })).toBe(false);
    expect(holds('containerMemoryLimit', { name: 'big', atLeast: 128 * 1048576 })).toBe(true);
    expect(holds('containerMemoryLimit', { name: 'big', atLeast: 256 * 1048576 })).toBe(false);
  });
});
