// What the layer view sees: images and containers as the overlay2 driver lays them out on disk,
// and one layer directory as a compact file tree. Plain data, pure: the view, the tests and the
// benchmark build and read these without a machine.

/** What an entry of a layer directory is. A whiteout is overlayfs's 0/0 character device. */
export type NodeKind = 'file' | 'dir' | 'symlink' | 'whiteout' | 'other';

/** One entry of a layer directory (overlay2/<cache-id>/diff or a container's upper dir). */
export interface LayerNode {
  readonly name: string;
  readonly kind: NodeKind;
  /** st_size: bytes of a file, the target's length for a symlink; 0 for directories and whiteouts. */
  readonly size: number;
  /** st_mode (file type and permission bits). */
  readonly mode: number;
  /** A directory with trusted.overlay.opaque="y": hides everything below it in lower layers. */
  readonly opaque?: boolean;
  /** A symlink's target. */
  readonly target?: string;
  /** A directory's entries, sorted by name (code unit order); absent for other kinds. */
  readonly children?: readonly LayerNode[];
  /** Sum of the sizes of everything below a directory (its own size for others). */
  readonly total: number;
  /** Number of entries below a directory, itself not counted (0 for others). */
  readonly count: number;
}

/** A step of the image's history: one Dockerfile line, with or without a layer of its own. */
export interface HistoryInfo {
  readonly created: string;
  readonly createdBy: string;
  /** The Dockerfile line created_by stands for ('RUN rm /a', 'COPY file:… in /', 'CMD ["sh"]'). */
  readonly instruction: string;
  readonly comment: string;
  readonly emptyLayer: boolean;
  /** Index into ImageInfo.layers of the layer this step made (undefined for empty_layer steps). */
  readonly layer?: number;
}

/** One image layer as layerdb/sha256/<chain-id>/ and overlay2/<cache-id>/ hold it. */
export interface LayerInfo {
  readonly diffId: string;
  readonly chainId: string;
  readonly cacheId: string;
  /** layerdb …/size: bytes of the layer's files. */
  readonly size: number;
  readonly createdBy: string;
  readonly instruction: string;
  readonly emptyLayer: false;
  /** /var/lib/docker/overlay2/<cache-id>/diff */
  readonly diffDir: string;
  /** The short link name under overlay2/l/ (what a container's lowerdir= names). */
  readonly link: string;
}

export interface ImageInfo {
  /** sha256:<64 hex> */
  readonly id: string;
  /** repositories.json's references, familiar form ('busybox:latest'), sorted. */
  readonly tags: readonly string[];
  /** Sum of the layers' sizes (docker images SIZE). */
  readonly size: number;
  readonly created: string;
  /** Bottom first, as rootfs.diff_ids lists them. */
  readonly layers: readonly LayerInfo[];
  /** Oldest first, as the config lists it (docker history prints it newest first). */
  readonly history: readonly HistoryInfo[];
}

/** A lowerdir of a container's overlay: its init layer or an image layer. */
export interface LowerDirInfo {
  /** As lowerdir= names it: /var/lib/docker/overlay2/l/<link>. */
  readonly path: string;
  readonly link: string;
  /** overlay2/<cache-id>/diff, the directory the link points at. */
  readonly diffDir: string;
  readonly kind: 'init' | 'image';
  /** For image layers: the index in ImageInfo.layers. */
  readonly layer?: number;
}

export interface ContainerLayersInfo {
  readonly id: string;
  readonly name: string;
  /** The image ID (sha256:…). */
  readonly image: string;
  /** created, running, paused, exited… (config.v2.json State.Status). */
  readonly state: string;
  /** overlay2/<mount-id>, from layerdb/mounts/<id>/mount-id. */
  readonly mountId: string;
  readonly upperdir: string;
  readonly workdir: string;
  readonly mergeddir: string;
  /** Top first, as the overlay's lowerdir= option lists them (the -init layer first). */
  readonly lowerdirs: readonly LowerDirInfo[];
}

/** The layers of an image or container stacked bottom first, each with its tree. */
export interface StackLayer {
  /** Stable: the cache id (or mount id, mount id + '-init'). */
  readonly key: string;
  readonly kind: 'image' | 'init' | 'upper';
  readonly diffDir: string;
  readonly link: string;
  readonly size: number;
  readonly diffId: string;
  readonly createdBy: string;
  readonly instruction: string;
  readonly tree: LayerNode;
}

export interface LayerStack {
  /** What was stacked: an image ID or a container ID. */
  readonly of: { readonly image: string } | { readonly container: string };
  /** Bottom first. */
  readonly layers: readonly StackLayer[];
}

/** A file's first bytes, for showing its content. */
export interface FileContent {
  readonly path: string;
  readonly size: number;
  readonly bytes: Uint8Array;
  readonly truncated: boolean;
}
