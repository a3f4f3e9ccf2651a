// world.inspect.layers against what docker and ls print in the same world: after a build that
// copies a file in and then `RUN rm`s it, the image's layers carry docker history's created_by
// and sizes and docker image inspect's diff ids, the later layer's diff dir holds the whiteout,
// and dive's wasted space counts the deleted file. A running container's upper dir shows the
// whiteout of a lower file it removed, and `docker commit` adds a layer holding it.
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from '../../../../src/world';
import type { World } from '../../../../src/world';
import { efficiency } from '../../../../src/world/inspect/layers/efficiency';
import { layerDir, provider } from '../../../../src/world/inspect/layers/merge';

let world: World;

beforeAll(() => {
  world = createWorld({ seed: 1 });
  const r = world.exec(
    [
      'mkdir /b && cd /b',
      "printf 'FROM busybox\\nCOPY a.txt /a.txt\\nRUN rm /a.txt\\nENV X=1\\n' > Dockerfile",
      'head -c 3000 /dev/zero > a.txt',
      'docker build -q -t t1 .',
    ].join('\n'),
  );
  expect(r.status).toBe(0);
});

/** docker's bytes for go-units HumanSize ('3kB', '807B', '0B'). */
function humanBytes(n: number): string {
  if (n < 1000) return `${n}B`;
  return `${Number((n / 1000).toPrecision(3))}kB`;
}

describe('world.inspect.layers: images', () => {
  it('lists t1 with the layers docker image inspect and docker history print', () => {
    const img = world.inspect.layers.images().find((i) => i.tags.includes('t1:latest'));
    expect(img).toBeDefined();
    const id = world.exec("docker image inspect --format '{{.Id}}' t1").stdout.trim();
    expect(img!.id).toBe(id);
    const diffIds = JSON.parse(
      world.exec("docker image inspect --format '{{json .RootFS.Layers}}' t1").stdout,
    );
    expect(img!.layers.map((l) => l.diffId)).toEqual(diffIds);
    const size = Number(world.exec("docker image inspect --format '{{.Size}}' t1").stdout.trim());
    expect(img!.size).toBe(size);
    const hist = world.exec("docker history --no-trunc --format '{{.CreatedBy}}|{{.Size}}' t1").stdout;
    const rows = hist.trim().split('\n').reverse();
    expect(img!.history.map((h) => h.createdBy)).toEqual(rows.map((r) => r.split('|')[0]));
    for (const [i, h] of img!.history.entries()) {
      const shown = rows[i]!.split('|')[1];
      expect(h.layer === undefined ? '0B' : humanBytes(img!.layers[h.layer]!.size)).toBe(shown);
    }
    expect(img!.layers.map((l) => l.instruction)).toEqual([
      expect.stringMatching(/^ADD file:[0-9a-f]{64} in \/$/),
      expect.stringMatching(/^COPY file:[0-9a-f]{64} in \/a\.txt$/),
      'RUN rm /a.txt',
    ]);
    expect(img!.history.find((h) => h.instruction === 'ENV X=1')?.emptyLayer).toBe(true);
  });

  it("puts each layer's diff dir where docker inspect's GraphDriver says, with its l/ link", () => {
    const img = world.inspect.layers.images().find((i) => i.tags.includes('t1:latest'))!;
    const upper = world
      .exec("docker image inspect --format '{{.GraphDriver.Data.UpperDir}}' t1")
      .stdout.trim();
    expect(img.layers.at(-1)!.diffDir).toBe(upper);
    for (const l of img.layers) {
      const target = world.exec(`readlink /var/lib/docker/overlay2/l/${l.link}`).stdout.trim();
      expect(target).toBe(`../${l.cacheId}/diff`);
    }
  });

  it('shows the RUN rm layer holding a whiteout (a 0/0 character device) and counts the waste', () => {
    const img = world.inspect.layers.images().find((i) => i.tags.includes('t1:latest'))!;
    const stack = world.inspect.layers.stack({ image: img.id })!;
    const trees = stack.layers.map((l) => l.tree);
    const rmLayer = stack.layers.at(-1)!;
    const ls = world.exec(`ls -l ${rmLayer.diffDir}/a.txt`).stdout;
    expect(ls).toMatch(/^c---------\s+\d+ root\s+root\s+0,\s+0 .* \/var\/lib.*\/a\.txt$/m);
    const marks = layerDir(trees, trees.length - 1, '/');
    expect(marks.find((e) => e.name === 'a.txt')).toMatchObject({
      mark: 'deleted',
      node: { kind: 'whiteout' },
    });
    expect(layerDir(trees, 1, '/').find((e) => e.name === 'a.txt')?.mark).toBe('added');
    expect(provider(trees, trees.length - 1, '/a.txt')).toBeUndefined();
    expect(provider(trees, 1, '/a.txt')).toMatchObject({ layer: 1, node: { size: 3000 } });
    const eff = efficiency(trees);
    expect(eff.wastedBytes).toBe(3000);
    expect(eff.inefficiencies[0]).toMatchObject({ path: '/a.txt', cumulative: 3000, count: 2 });
    expect(eff.score).toBeCloseTo((eff.totalBytes - 3000) / eff.totalBytes, 10);
  });
});

describe('world.inspect.layers: containers', () => {
  it('shows the upper dir whiteout of a removed lower file, and the committed layer holding it', () => {
    const r = world.exec('docker run -d --name c1 busybox sleep 1000 && docker exec c1 rm /etc/passwd');
    expect(r.status).toBe(0);
    const c = world.inspect.layers.containers().find((x) => x.name === 'c1')!;
    expect(c.state).toBe('running');
    const mounts = world.exec('cat /proc/mounts').stdout.split('\n');
    const line = mounts.find((m) => m.startsWith(`overlay ${c.mergeddir} overlay `)) ?? '';
    expect(line).toContain(`upperdir=${c.upperdir},workdir=${c.workdir}`);
    expect(line).toContain(`lowerdir=${c.lowerdirs.map((l) => l.path).join(':')},`);
    const stack = world.inspect.layers.stack({ container: c.id })!;
    expect(stack.layers.map((l) => l.kind)).toEqual(['image', 'init', 'upper']);
    const trees = stack.layers.map((l) => l.tree);
    expect(layerDir(trees, 2, '/etc')).toEqual([
      expect.objectContaining({ name: 'passwd', path: '/etc/passwd', mark: 'deleted' }),
    ]);
    expect(world.exec(`ls -l ${c.upperdir}/etc`).stdout).toMatch(/^c--------- .* 0,\s+0 .* passwd$/m);

    const commit = world.exec('docker commit c1 mine:v1');
    expect(commit.status).toBe(0);
    const base = world.inspect.layers.images().find((i) => i.tags.includes('busybox:latest'))!;
    const mine = world.inspect.layers.images().find((i) => i.tags.includes('mine:v1'))!;
    expect(mine.layers.length).toBe(base.layers.length + 1);
    const top = world.inspect.layers.stack({ image: mine.id })!;
    const tops = top.layers.map((l) => l.tree);
    expect(layerDir(tops, tops.length - 1, '/etc').find((e) => e.name === 'passwd')?.mark).toBe('deleted');
  });

  it('re-reads an unchanged upper dir as the same objects, and a changed one as new', () => {
    const c = world.inspect.layers.containers().find((x) => x.name === 'c1')!;
    const a = world.inspect.layers.stack({ container: c.id })!;
    const b = world.inspect.layers.stack({ container: c.id })!;
    expect(b.layers.map((l) => l.tree)).toEqual(a.layers.map((l) => l.tree));
    b.layers.forEach((l, i) => expect(l.tree).toBe(a.layers[i]!.tree));
    world.exec('docker exec c1 sh -c "echo hi > /tmp/new"');
    const d = world.inspect.layers.stack({ container: c.id })!;
    expect(d.layers.at(-1)!.tree).not.toBe(a.layers.at(-1)!.tree);
    expect(d.layers[0]!.tree).toBe(a.layers[0]!.tree);
    const tmp = layerDir(
      d.layers.map((l) => l.tree),
      2,
      '/tmp',
    );
    expect(tmp).toEqual([
      expect.objectContaining({ name: 'new', mark: 'added', node: expect.objectContaining({ size: 3 }) }),
    ]);
    const content = world.inspect.layers.readFile(`${c.upperdir}/tmp/new`);
    expect(new TextDecoder().decode(content!.bytes)).toBe(world.exec(`cat ${c.upperdir}/tmp/new`).stdout);
  });

  it('keeps repositories.json and imagedb as docker tag and rmi leave them', () => {
    world.exec('docker tag t1 t1:again && docker rmi mine:v1');
    const repos = JSON.parse(world.exec('cat /var/lib/docker/image/overlay2/repositories.json').stdout);
    expect(Object.keys(repos.Repositories).sort()).toEqual(['busybox', 't1']);
    expect(Object.keys(repos.Repositories.t1).sort()).toEqual(['t1:again', 't1:latest']);
    const t1 = world.inspect.layers.images().find((i) => i.tags.includes('t1:latest'))!;
    expect(t1.tags).toEqual(['t1:again', 't1:latest']);
    expect(world.inspect.layers.images().some((i) => i.tags.includes('mine:v1'))).toBe(false);
  });
});
