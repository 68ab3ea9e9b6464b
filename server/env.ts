import "server-only";
import { z } from "zod";
import { parseTrustedProxies } from "./auth/trusted-proxies.ts";

// The only place that reads process.env for the app. Validated once, on first use, so a
// bad value fails with a message that names the variable instead of a stack trace later.
const schema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set; start Accord with `npm start` (embedded database) or set it to a PostgreSQL URL" })
    .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v) && URL.canParse(v), {
      message: "DATABASE_URL must look like postgresql://user:password@host:5432/database",
    }),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  // The app's public URL (next-auth's too); server actions must come from its origin.
  NEXTAUTH_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.url({ protocol: /^https?$/, error: "NEXTAUTH_URL must be an http(s) URL such as https://accord.example.org" }).optional(),
  ),
  // Further origins allowed to send server actions and uploads, comma-separated.
  ACCORD_ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(/[\s,]+/).filter(Boolean))
    .pipe(
      z.array(
        z.string().refine((o) => URL.canParse(o) && /^https?:$/.test(new URL(o).protocol) && new URL(o).origin === o, {
          message: "ACCORD_ALLOWED_ORIGINS must list origins like https://accord.example.org (scheme and host, no path or trailing slash)",
        }),
      ),
    ),
  // "off" turns the public agenda's data and page caches off for the whole process: every
  // read goes to the database and every page is rendered. Only `npm run bench` and the drills
  // start a server so, to measure or load the uncached path; read once, never per request.
  ACCORD_AGENDA_CACHE: z.enum(["on", "off"]).default("on"),
  // Reverse proxies whose X-Forwarded-For is believed (server/auth/client-ip.ts); unset: none.
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v, ctx) => {
      try {
        return parseTrustedProxies(v);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  // Redis for state shared by all app instances (the sign-in throttle); unset: in memory.
  REDIS_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.url({ protocol: /^rediss?$/, error: "REDIS_URL must look like redis://host:6379" }).optional(),
  ),
  // Mail: smtp(s)://user:pass@host:port; unset, messages are kept in the in-app outbox.
  SMTP_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .refine((v) => URL.canParse(v) && /^smtps?:$/.test(new URL(v).protocol), {
        message: "SMTP_URL must look like smtp://user:password@mail.example.org:587 (or smtps://…:465)",
      })
      .optional(),
  ),
  MAIL_FROM: z.string().default("Accord <accord@localhost>"),
  // "off" keeps this process from sending mail (another instance or a script does it).
  ACCORD_MAIL_WORKER: z.enum(["on", "off"]).default("on"),
  // Days before a milestone's due date that its follow-up owner is reminded by e-mail (issue 19).
  ACCORD_REMINDER_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof schema>;
let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Accord's configuration is invalid:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** Tests point DATABASE_URL at a fresh database per file; they call this afterwards. */
export function resetEnvForTests(): void {
  cached = undefined;
}
