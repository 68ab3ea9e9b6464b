import type { HttpClient } from "./http-client.ts";

// Signs a benchmark user in the way the sign-in form does, through next-auth's own
// endpoints: GET /api/auth/csrf (token + its cookie), then POST the credentials form.
// Afterwards the client's cookie jar holds the session cookie.

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function signIn(client: HttpClient, email: string, password: string): Promise<void> {
  const csrf = await client.request("/api/auth/csrf", { keepBody: true });
  if (csrf.status !== 200) throw new Error(`sign-in ${email}: GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken?: string };
  if (!csrfToken) throw new Error(`sign-in ${email}: no csrfToken in /api/auth/csrf`);
  const form = new URLSearchParams({ csrfToken, email, password, callbackUrl: `${client.origin}/`, json: "true" });
  const res = await client.request("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: client.origin },
    body: form.toString(),
    keepBody: true,
  });
  if (!SESSION_COOKIES.some((name) => client.cookies.has(name))) {
    throw new Error(`sign-in ${email}: no session cookie (HTTP ${res.status}, ${res.headers.location ?? res.body.slice(0, 200)})`);
  }
}
