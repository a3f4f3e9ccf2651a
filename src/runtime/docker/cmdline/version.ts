// `docker version` as the 20.10.24 client prints it: its own Client block (Debian 12's docker.io
// build) and the Server block filled from the daemon's /version answer.

export interface ServerComponent {
  readonly name: string;
  readonly version: string;
  readonly gitCommit: string;
}

export interface ServerVersion {
  readonly version: string;
  readonly apiVersion: string;
  readonly minApiVersion: string;
  readonly goVersion: string;
  readonly gitCommit: string;
  /** The build time as Go's time.ANSIC (`Thu May  7 21:09:36 2026`). */
  readonly built: string;
  readonly os: string;
  readonly arch: string;
  readonly experimental: boolean;
  /** containerd, runc, docker-init, … after the Engine. */
  readonly components: readonly ServerComponent[];
}

/** The Client block (and the blank line after it). */
export function clientVersionText(context = 'default'): string {
  return [
    'Client:',
    ' Version:           20.10.24+dfsg1',
    ' API version:       1.41',
    ' Go version:        go1.19.8',
    ' Git commit:        297e128',
    ' Built:             Thu May  7 21:09:36 2026',
    ' OS/Arch:           linux/amd64',
    ` Context:           ${context}`,
    ' Experimental:      true',
    '',
  ].join('\n');
}

/** The whole `docker version` output for a daemon that answered `server`. */
export function versionText(server: ServerVersion, context = 'default'): string {
  const lines = [
    '',
    'Server:',
    ' Engine:',
    `  Version:          ${server.version}`,
    `  API version:      ${server.apiVersion} (minimum version ${server.minApiVersion})`,
    `  Go version:       ${server.goVersion}`,
    `  Git commit:       ${server.gitCommit}`,
    `  Built:            ${server.built}`,
    `  OS/Arch:          ${server.os}/${server.arch}`,
    `  Experimental:     ${server.experimental}`,
  ];
  for (const c of server.components) {
    lines.push(` ${c.name}:`, `  Version:          ${c.version}`, `  GitCommit:        ${c.gitCommit}`);
  }
  return clientVersionText(context) + lines.join('\n') + '\n';
}
