import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { benchCacheNginxConf, deployConfForBench, DEPLOY_NGINX_CONF } from "./nginx-cache-conf.ts";

const deploy = readFileSync(DEPLOY_NGINX_CONF, "utf8");
const options = { upstream: "127.0.0.1:3290", cacheDir: "/tmp/x/cache", listen: "127.0.0.1:3292" };

describe("the bench's nginx cache config comes from deploy/nginx.conf", () => {
  it("keeps every cache directive of the deployment and swaps only upstream, cache directory and port", () => {
    const conf = deployConfForBench(deploy, options);
    const cacheLines = (text: string) =>
      text.split("\n").filter((l) => /proxy_cache|proxy_no_cache|map \$http_cookie|session-token/.test(l) && !/proxy_cache_path/.test(l));
    expect(cacheLines(conf)).toEqual(cacheLines(deploy));
    expect(cacheLines(conf).length).toBeGreaterThanOrEqual(7);
    expect(conf).toContain("proxy_cache_path /tmp/x/cache levels=1:2 keys_zone=accord:");
    expect(conf).toContain("server 127.0.0.1:3290;");
    expect(conf).not.toContain("app1:3000");
    expect(conf).toContain("listen 127.0.0.1:3292;");
  });

  it("stops with a message when deploy/nginx.conf changes shape instead of measuring something else", () => {
    expect(() => deployConfForBench(deploy.replace(/upstream accord/, "upstream app"), options)).toThrow(/upstream accord/);
    expect(() => deployConfForBench(deploy.replace(/listen 80;/, "listen 80;\n  listen 81;"), options)).toThrow(/listen/);
  });

  it("wraps it in a one-worker http block with its temp files under the bench's directory", () => {
    const conf = benchCacheNginxConf({ root: "/tmp/x", upstream: options.upstream, listen: options.listen, deployConf: deploy });
    expect(conf).toMatch(/worker_processes 1;/);
    expect(conf).toContain("proxy_temp_path /tmp/x/proxy;");
    expect(conf.match(/^http \{/gm)).toHaveLength(1);
  });
});
