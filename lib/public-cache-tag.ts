// The one cache tag on every cached public read (server/public-cache/). Here, not in
// server/, because proxy.ts reads when it last expired (lib/http/public-last-modified.ts)
// and the proxy cannot import server-only modules.
export const PUBLIC_TAG = "accord-public";
