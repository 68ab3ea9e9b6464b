import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * nginx with one worker on `cpu` (the bench server's core) serving the files in `root`/www at
 * `port`: the machine's practical ceiling, set beside what the server sends. The config and
 * pid go in `root`; the returned function stops it.
 */
export function startStaticNginx(root: string, port: number, cpu: string): () => void {
  const conf = join(root, "nginx.conf");
  writeFileSync(
    conf,
    `daemon off; worker_processes 1; pid ${root}/nginx.pid; error_log ${root}/error.log;
events { worker_connections 256; }
http { access_log off; types { text/html html; } default_type text/html;
  server { listen 127.0.0.1:${port}; root ${root}/www; location / { try_files $uri $uri.html =404; } } }
`,
  );
  return runPinnedNginx(conf, cpu);
}

/** `nginx -c conf` in the foreground on one core; the returned function stops it. */
export function runPinnedNginx(conf: string, cpu: string): () => void {
  const child = spawn("taskset", ["-c", cpu, "nginx", "-c", conf], { stdio: ["ignore", "ignore", "inherit"] });
  return () => child.kill("SIGTERM");
}
