// The kernel log ring buffer (printk, dmesg(1)): timestamped lines, read through syslog(2).

export interface LogLine {
  readonly timeNs: number;
  readonly level: number;
  readonly text: string;
}

export const LOG_CAPACITY = 4096;

export class KernelLog {
  readonly lines: LogLine[] = [];

  printk(timeNs: number, text: string, level = 6): void {
    this.lines.push({ timeNs, level, text });
    if (this.lines.length > LOG_CAPACITY) this.lines.shift();
  }

  /** dmesg's format: "[    1.234567] text". */
  format(): string {
    return this.lines.map((l) => `[${formatStamp(l.timeNs)}] ${l.text}\n`).join('');
  }

  clear(): void {
    this.lines.length = 0;
  }
}

function formatStamp(ns: number): string {
  const us = Math.floor(ns / 1000);
  const sec = Math.floor(us / 1e6);
  const frac = String(us % 1e6).padStart(6, '0');
  return `${String(sec).padStart(5, ' ')}.${frac}`;
}
