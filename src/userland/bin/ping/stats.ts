// iputils ping's bookkeeping and formats: the echo request, the reply time ("time=0.052 ms"),
// and the closing statistics (finish() in ping_common.c).

import { ICMP_ECHO } from '../../../kernel/abi/socket';

/** An ICMP echo request: type 8, identifier 1, the sequence number, a payload of `size` bytes. */
export function echoRequest(seq: number, size: number): Uint8Array {
  const msg = new Uint8Array(8 + size);
  msg[0] = ICMP_ECHO;
  msg[5] = 1;
  msg[6] = (seq >> 8) & 255;
  msg[7] = seq & 255;
  for (let i = 8; i < msg.length; i++) msg[i] = i & 255;
  return msg;
}

/** Seconds as "0.2", "1", ".5" → ns; undefined for bad text. */
export function parseInterval(text: string): number | undefined {
  if (!/^(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  return Math.round(Number(text) * 1e9);
}

/** iputils' reply time: 3, 2, 1 or 0 decimals depending on size (µs in). */
export function replyTime(us: number): string {
  if (us >= 100000 - 50) return `${Math.floor((us + 500) / 1000)} ms`;
  if (us >= 10000 - 5) return `${Math.floor((us + 50) / 1000)}.${Math.floor(((us + 50) % 1000) / 100)} ms`;
  if (us >= 1000)
    return `${Math.floor((us + 5) / 1000)}.${String(Math.floor(((us + 5) % 1000) / 10)).padStart(2, '0')} ms`;
  return `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')} ms`;
}

const ms3 = (us: number): string => `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')}`;

/** %g as printf prints a percentage: up to 6 significant digits, no trailing zeros. */
function percent(x: number): string {
  return String(Number(x.toPrecision(6)));
}

export class PingStats {
  sent = 0;
  received = 0;
  errors = 0;
  pipe = 1;
  private tmin = Infinity;
  private tmax = 0;
  private tsum = 0;
  private tsum2 = 0;
  private lastNs = 0;

  transmitted(seq: number, atNs: number): void {
    this.sent = seq;
    this.lastNs = Math.max(this.lastNs, atNs);
  }

  reply(us: number, atNs: number, seq = this.sent): void {
    this.received++;
    this.tmin = Math.min(this.tmin, us);
    this.tmax = Math.max(this.tmax, us);
    this.tsum += us;
    this.tsum2 += us * us;
    this.lastNs = Math.max(this.lastNs, atNs);
    this.pipe = Math.max(this.pipe, this.sent - seq + 1);
  }

  error(seq = this.sent): void {
    this.errors++;
    this.pipe = Math.max(this.pipe, this.sent - seq + 1);
  }

  /** All packets of a counted run are accounted for. */
  done(count: number): boolean {
    return count > 0 && this.sent >= count && this.received + this.errors >= this.sent;
  }

  summary(host: string, startNs: number): string {
    const loss = this.sent ? ((this.sent - this.received) * 100) / this.sent : 0;
    const time = Math.floor((this.lastNs - startNs) / 1e6);
    let out = `\n--- ${host} ping statistics ---\n${this.sent} packets transmitted, ${this.received} received`;
    if (this.errors) out += `, +${this.errors} errors`;
    if (this.sent) out += `, ${percent(loss)}% packet loss, time ${time}ms`;
    out += '\n';
    const parts: string[] = [];
    if (this.received) {
      const avg = this.tsum / this.received;
      const mdev = Math.floor(Math.sqrt(Math.max(0, this.tsum2 / this.received - avg * avg)));
      parts.push(
        `rtt min/avg/max/mdev = ${ms3(this.tmin)}/${ms3(Math.floor(avg))}/${ms3(this.tmax)}/${ms3(mdev)} ms`,
      );
    }
    if (this.pipe > 1) parts.push(`pipe ${this.pipe}`);
    return `${out}${parts.join(', ')}\n`;
  }
}
