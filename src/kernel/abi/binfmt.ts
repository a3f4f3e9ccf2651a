// The executable format of the simulated machine (its "ELF"): the magic bytes, then the name of the
// built-in program the file runs. Shared by the kernel's execve and by anything that writes
// executables (the root filesystem, image layers).

export const ELF_MAGIC = '\x7fELF';
export const IMAGE_TAG = 'glasshouse:';

/** The bytes of an installed program's executable file. */
export function programImage(name: string): string {
  return `${ELF_MAGIC}\x02\x01\x01\x00${IMAGE_TAG}${name}\n`;
}
