import "server-only";
import { randomBytes } from "node:crypto";
import http from "node:http";

// The address of the TCP peer that sent a request. Next fills X-Forwarded-For with it only
// when the client sent none, so a client can otherwise name any address it likes. At start
// (instrumentation.ts) every request of this process's HTTP servers gets the socket's
// address in a header whose name is random per process: a client cannot send it, and
// whatever it sends under any other name is not read here.

const g = globalThis as unknown as { accordPeerHeader?: string; accordPeerHookInstalled?: boolean };
export const PEER_HEADER = (g.accordPeerHeader ??= `x-accord-peer-${randomBytes(12).toString("hex")}`);

export function installPeerAddressHook(): void {
  if (g.accordPeerHookInstalled) return;
  g.accordPeerHookInstalled = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeer(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

type HeaderBag = Record<string, string | string[] | undefined> | Headers | undefined;

export function headerValue(headers: HeaderBag, name: string): string | undefined {
  const raw = headers instanceof Headers ? headers.get(name) : headers?.[name];
  return Array.isArray(raw) ? raw.join(",") : (raw ?? undefined);
}

/** The socket address the hook recorded, or null (hook not installed, e.g. in unit tests). */
export function peerAddress(headers: HeaderBag): string | null {
  return headerValue(headers, PEER_HEADER) || null;
}
