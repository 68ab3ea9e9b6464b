import http from "node:http";

// A minimal HTTP/1.1 client for the mixed benchmark: one keep-alive agent per simulated
// user, a cookie jar (enough for next-auth's cookies: name=value, no domain logic; one
// host), and a timing per request. Bodies are read fully; callers keep them only when asked.

export type HttpResponse = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number };
type RequestOptions = {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  keepBody?: boolean;
  timeoutMs?: number;
  /** For endless responses (server-sent events): answer once the body contains this, then hang up. */
  until?: string;
};

export class HttpClient {
  readonly cookies = new Map<string, string>();
  private readonly agent: http.Agent;

  constructor(
    readonly baseUrl: string,
    maxSockets = 4,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  get origin(): string {
    return new URL(this.baseUrl).origin;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /**
   * A request on a reused keep-alive socket that the server closed meanwhile (its idle
   * timeout) fails with ECONNRESET before the server saw anything; like browsers, retry
   * that once on a fresh socket. The time of the failed attempt stays in the latency.
   */
  async request(path: string, options: RequestOptions = {}): Promise<HttpResponse> {
    const start = process.hrtime.bigint();
    try {
      return await this.once(path, options, start);
    } catch (error) {
      if (!(error as { staleSocket?: boolean }).staleSocket) throw error;
      return this.once(path, options, start);
    }
  }

  private once(path: string, options: RequestOptions, start: bigint): Promise<HttpResponse> {
    const url = new URL(path, this.baseUrl);
    const headers: Record<string, string> = { ...options.headers };
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = headers.cookie ? `${headers.cookie}; ${cookie}` : cookie;
    if (options.body !== undefined) headers["content-length"] = String(Buffer.byteLength(options.body));
    return new Promise((resolve, reject) => {
      let res: http.IncomingMessage | undefined;
      const req = http.request(url, { method: options.method ?? "GET", agent: this.agent, headers }, (response) => {
        res = response;
        this.storeCookies(response.headers["set-cookie"]);
        const chunks: Buffer[] = [];
        let seen = "";
        const done = () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: options.keepBody ? Buffer.concat(chunks).toString("utf8") : "",
            ms: Number(process.hrtime.bigint() - start) / 1e6,
          });
        response.on("data", (c: Buffer) => {
          if (options.keepBody) chunks.push(c);
          if (options.until === undefined) return;
          seen = (seen + c.toString("utf8")).slice(-4096);
          if (seen.includes(options.until)) {
            done();
            req.destroy(); // the stream never ends by itself; the server sees the reader leave
          }
        });
        response.on("end", done);
        response.on("error", reject);
      });
      req.setTimeout(options.timeoutMs ?? 30_000, () => req.destroy(new Error("timeout")));
      req.on("error", (error: NodeJS.ErrnoException) => {
        const stale = req.reusedSocket && (error.code === "ECONNRESET" || error.code === "EPIPE") && !res;
        reject(stale ? Object.assign(error, { staleSocket: true }) : error);
      });
      req.end(options.body);
    });
  }

  private storeCookies(setCookie: string[] | undefined): void {
    for (const line of setCookie ?? []) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq < 1) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  close(): void {
    this.agent.destroy();
  }
}
