// docker images and dangling images (moby 20.10 daemon/images/images.go): an image left without
// a tag by a rebuild is listed as <none> <none>; the intermediate images of a build (untagged,
// with a child) are hidden unless -a is given.
import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

const BUILD = [
  'docker pull -q busybox >/dev/null',
  'mkdir /t && cd /t',
  'printf "FROM busybox\\nRUN echo 1 > /a\\nRUN echo 3 > /b\\n" > Dockerfile',
  'old=$(docker build -q -t x .)',
  'mid=$(docker image inspect -f "{{.Parent}}" x)',
  'printf "FROM busybox\\nRUN echo 2 > /a\\n" > Dockerfile',
  'new=$(docker build -q -t x .)',
  'ids() { sed -e "s/${old:7:12}/OLD/" -e "s/${mid:7:12}/MID/" -e "s/${new:7:12}/NEW/"; }',
];

describe('docker images after a rebuild', () => {
  it('lists the image that lost its tag as <none> <none>, not its intermediate parent', () => {
    const r = runSh([...BUILD, "docker images --format '{{.Repository}} {{.Tag}} {{.ID}}' | ids"].join('\n'));
    expect(r.stdout).toBe('x latest NEW\n<none> <none> OLD\nbusybox latest 48f2fd389e3f\n');
  });

  it('-a adds the intermediate images', () => {
    const r = runSh(
      [...BUILD, "docker images -a --format '{{.Repository}} {{.Tag}} {{.ID}}' | ids"].join('\n'),
    );
    expect(r.stdout).toBe(
      'x latest NEW\n<none> <none> OLD\n<none> <none> MID\nbusybox latest 48f2fd389e3f\n',
    );
  });

  it('docker image prune removes the dangling image and its intermediate parent, counting only freed layers', () => {
    const r = runSh([...BUILD, 'docker image prune -f | tail -1', 'docker images -a -q | ids'].join('\n'));
    // The two RUN layers (2 bytes each) are freed; busybox's layer is still used by x.
    expect(r.stdout).toBe('Total reclaimed space: 4B\nNEW\n48f2fd389e3f\n');
  });
});
