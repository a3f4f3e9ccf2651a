// Image references as the docker CLI parses them (github.com/distribution/reference v0.6, vendored
// by the Docker 28 CLI the scenarios were recorded with: regexp.go, reference.go, normalize.go;
// opencontainers/go-digest): NAME[:TAG][@DIGEST], where a NAME
// without a registry domain lives on docker.io and a one-component name under "library/".
//   busybox            → docker.io/library/busybox:latest
//   me/app:1           → docker.io/me/app:1
//   localhost:5000/x   → localhost:5000/x:latest
// Errors carry the library's exact texts (the docker CLI prints them as is).

const alphaNumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const nameComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const ipv6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const domain = `(?:${domainComponent}(?:\\.${domainComponent})*|${ipv6})(?::[0-9]+)?`;
const tag = '[\\w][\\w.-]{0,127}';
const digest = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const name = `(?:${domain}/)?${nameComponent}(?:/${nameComponent})*`;
const referenceRegexp = new RegExp(`^(${name})(?::(${tag}))?(?:@(${digest}))?$`);
const domainRegexp = new RegExp(`^${domain}$`);
const anchoredIdentifier = /^[a-f0-9]{64}$/;

export const DEFAULT_DOMAIN = 'docker.io';
export const DEFAULT_TAG = 'latest';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
const NAME_TOTAL_LENGTH_MAX = 255;

export const ErrReferenceInvalidFormat = 'invalid reference format';
export const ErrNameContainsUppercase = 'repository name must be lowercase';
export const ErrNameEmpty = 'repository name must have at least one component';
export const ErrNameTooLong = `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`;
export const ErrDigestInvalidFormat = 'invalid checksum digest format';
export const ErrDigestInvalidLength = 'invalid checksum digest length';
export const ErrDigestUnsupported = 'unsupported digest algorithm';

/** A normalised reference: domain, path, and the tag and/or digest if given. */
export interface ImageRef {
  /** Registry host, e.g. "docker.io" or "localhost:5000". */
  readonly domain: string;
  /** Repository path within the registry, e.g. "library/busybox". */
  readonly path: string;
  readonly tag?: string;
  readonly digest?: string;
}

export type ParseResult =
  { readonly ok: true; readonly ref: ImageRef } | { readonly ok: false; readonly error: string };

function fail(error: string): ParseResult {
  return { ok: false, error };
}

function checkDigest(d: string): string | undefined {
  const colon = d.indexOf(':');
  const alg = d.slice(0, colon);
  const hex = d.slice(colon + 1);
  const sizes: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };
  const size = sizes[alg];
  if (size === undefined) return ErrDigestUnsupported;
  if (hex.length !== size) return ErrDigestInvalidLength;
  if (!/^[a-f0-9]+$/.test(hex)) return ErrDigestInvalidFormat;
  return undefined;
}

/** reference.Parse: the full grammar, no normalisation. */
export function parseReference(s: string): ParseResult {
  const m = referenceRegexp.exec(s);
  if (!m) {
    if (s === '') return fail(ErrNameEmpty);
    if (referenceRegexp.test(s.toLowerCase())) return fail(ErrNameContainsUppercase);
    return fail(ErrReferenceInvalidFormat);
  }
  const full = m[1] ?? '';
  const slash = full.indexOf('/');
  const first = slash < 0 ? '' : full.slice(0, slash);
  // The grammar's optional domain group is greedy: any first component that is a valid host wins.
  const hasDomain = slash >= 0 && domainRegexp.test(first);
  const ref: { domain: string; path: string; tag?: string; digest?: string } = hasDomain
    ? { domain: first, path: full.slice(slash + 1) }
    : { domain: '', path: full };
  if (ref.path.length > NAME_TOTAL_LENGTH_MAX) return fail(ErrNameTooLong);
  if (m[3] !== undefined) {
    const bad = checkDigest(m[3]);
    if (bad) return fail(bad);
  }
  if (m[2] !== undefined) ref.tag = m[2];
  if (m[3] !== undefined) ref.digest = m[3];
  return { ok: true, ref };
}

/** splitDockerDomain: the registry part of a name as typed by a user. */
function splitDockerDomain(s: string): [string, string] {
  const i = s.indexOf('/');
  if (i < 0) return [DEFAULT_DOMAIN, OFFICIAL_REPO_PREFIX + s];
  const first = s.slice(0, i);
  let dom = first;
  let rest = s.slice(i + 1);
  if (first === LEGACY_DEFAULT_DOMAIN) dom = DEFAULT_DOMAIN;
  // A first component is a registry host if it is localhost, has a '.' or ':', or has capitals
  // (Docker Hub namespaces cannot).
  else if (first !== 'localhost' && !/[.:]/.test(first) && first.toLowerCase() === first) {
    [dom, rest] = [DEFAULT_DOMAIN, s];
  }
  if (dom === DEFAULT_DOMAIN && !rest.includes('/')) rest = OFFICIAL_REPO_PREFIX + rest;
  return [dom, rest];
}

/** reference.ParseNormalizedNamed: what `docker pull/run/tag NAME` accept. */
export function parseNormalizedNamed(s: string): ParseResult {
  if (anchoredIdentifier.test(s)) {
    return fail(`invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`);
  }
  const [dom, rest] = splitDockerDomain(s);
  const colon = rest.indexOf(':');
  const remote = colon < 0 ? rest : rest.slice(0, colon);
  if (remote.toLowerCase() !== remote) {
    return fail(`${ErrReferenceInvalidFormat}: repository name (${remote}) must be lowercase`);
  }
  const parsed = parseReference(`${dom}/${rest}`);
  if (!parsed.ok) return parsed;
  return { ok: true, ref: { ...parsed.ref, domain: dom, path: parsed.ref.path } };
}

/** reference.TagNameOnly: add ":latest" when there is neither a tag nor a digest. */
export function withDefaultTag(ref: ImageRef): ImageRef {
  return ref.tag === undefined && ref.digest === undefined ? { ...ref, tag: DEFAULT_TAG } : ref;
}

/** The repository name: "docker.io/library/busybox". */
export function repositoryName(ref: ImageRef): string {
  return ref.domain ? `${ref.domain}/${ref.path}` : ref.path;
}

/** The full string: "docker.io/library/busybox:latest" (with "@digest" if any). */
export function referenceString(ref: ImageRef): string {
  let s = repositoryName(ref);
  if (ref.tag !== undefined) s += `:${ref.tag}`;
  if (ref.digest !== undefined) s += `@${ref.digest}`;
  return s;
}

/** reference.FamiliarName: "busybox", "me/app", "localhost:5000/x". */
export function familiarName(ref: ImageRef): string {
  if (ref.domain !== DEFAULT_DOMAIN) return repositoryName(ref);
  return ref.path.startsWith(OFFICIAL_REPO_PREFIX) && ref.path.split('/').length === 2
    ? ref.path.slice(OFFICIAL_REPO_PREFIX.length)
    : ref.path;
}

/** reference.FamiliarString: "busybox:latest", "me/app:1@sha256:…" — what docker prints. */
export function familiarString(ref: ImageRef): string {
  let s = familiarName(ref);
  if (ref.tag !== undefined) s += `:${ref.tag}`;
  if (ref.digest !== undefined) s += `@${ref.digest}`;
  return s;
}
