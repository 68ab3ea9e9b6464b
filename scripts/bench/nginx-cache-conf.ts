import { readFileSync } from "node:fs";

// The nginx of `npm run bench`'s "behind nginx's cache" column runs deploy/nginx.conf itself,
// not a copy of its cache directives: only what must differ on a bench machine is replaced
// (the two compose upstreams by the one bench server, the cache directory, the port), and
// each replacement must match exactly once, so a change to deploy/nginx.conf either reaches
// the bench or stops it with a message instead of drifting apart.

export const DEPLOY_NGINX_CONF = "deploy/nginx.conf";

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"));
  if (matches?.length !== 1)
    throw new Error(`bench: ${DEPLOY_NGINX_CONF} no longer has exactly one ${what} (found ${matches?.length ?? 0})`);
  return text.replace(pattern, replacement);
}

/** deploy/nginx.conf's http-level directives with the bench's upstream, cache directory and port. */
export function deployConfForBench(source: string, options: { upstream: string; cacheDir: string; listen: string }): string {
  let conf = replaceOnce(
    source,
    /upstream accord \{[^}]*\}/,
    `upstream accord {\n  server ${options.upstream};\n  keepalive 32;\n}`,
    "upstream accord { … }",
  );
  conf = replaceOnce(conf, /proxy_cache_path \S+/, `proxy_cache_path ${options.cacheDir}`, "proxy_cache_path");
  conf = replaceOnce(conf, /listen \d+;/, `listen ${options.listen};`, "listen");
  return conf;
}

/** A whole nginx.conf: one worker, no daemon, temp files under `root`, deploy/nginx.conf's server inside. */
export function benchCacheNginxConf(options: { root: string; upstream: string; listen: string; deployConf?: string }): string {
  const source = options.deployConf ?? readFileSync(DEPLOY_NGINX_CONF, "utf8");
  const site = deployConfForBench(source, { upstream: options.upstream, cacheDir: `${options.root}/cache`, listen: options.listen });
  const r = options.root;
  return `daemon off; worker_processes 1; pid ${r}/nginx.pid; error_log ${r}/error.log;
${process.getuid?.() === 0 ? "user root;\n" : ""}events { worker_connections 1024; }
http { access_log off;
  client_body_temp_path ${r}/client; proxy_temp_path ${r}/proxy; fastcgi_temp_path ${r}/fastcgi; uwsgi_temp_path ${r}/uwsgi; scgi_temp_path ${r}/scgi;
${site}
}
`;
}
