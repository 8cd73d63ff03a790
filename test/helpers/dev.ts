import { get } from "node:http";

export interface SseEvent {
  event: string;
  data: unknown;
}

/** A Server-Sent Events client that keeps every event, so a test can wait for one that comes after a mark. */
export class SseClient {
  readonly events: SseEvent[] = [];
  #waiters: Array<() => void> = [];
  #close: () => void = () => {};

  static connect(url: string): Promise<SseClient> {
    const client = new SseClient();
    return new Promise((resolve, reject) => {
      const req = get(url, (res) => {
        res.setEncoding("utf8");
        let buffer = "";
        res.on("data", (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event) client.events.push({ event, data: data ? JSON.parse(data) : null });
            for (const w of client.#waiters.splice(0)) w();
          }
        });
        resolve(client);
      });
      req.on("error", reject);
      client.#close = () => req.destroy();
    });
  }

  mark(): number {
    return this.events.length;
  }

  /** The first event after `mark` that matches; fails after a generous timeout (machines are slow, tests never time things). */
  async waitFor(match: (e: SseEvent) => boolean, mark: number, timeoutMs = 30_000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.slice(mark).find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching event after ${timeoutMs} ms; got ${JSON.stringify(this.events.slice(mark))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.#waiters.push(() => (clearTimeout(t), resolve()));
      });
    }
  }

  close(): void {
    this.#close();
  }
}

export async function fetchText(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.text() };
}
