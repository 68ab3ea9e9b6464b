import "server-only";
import { createRequire } from "node:module";
import { createTranslator } from "next-intl";
import type { CurrentUser } from "@/server/auth/current-user";
import { loadMessages } from "@/server/i18n/load-messages";
import type { Locale } from "@/lib/i18n/locales";

// What Next.js would provide around a request, for calling server actions and route
// handlers in vitest: the signed-in caller (getCurrentUser is mocked to return it), the
// request's headers and cookies (next/headers), redirect() as a thrown signal, and
// revalidatePath as a no-op. Test files install these with vi.mock (see mock-next.ts).

export const requestState = {
  user: null as CurrentUser | null,
  headers: new Headers(),
  cookies: new Map<string, string>(),
  /** Cookies the code set during the call (setLocale). */
  setCookies: new Map<string, string>(),
};

export function resetRequest(
  user: CurrentUser | null,
  request: { headers?: Record<string, string>; cookies?: Record<string, string> } = {},
) {
  requestState.user = user;
  requestState.headers = new Headers(request.headers ?? {});
  requestState.cookies = new Map(Object.entries(request.cookies ?? {}));
  requestState.setCookies = new Map();
}

/** Thrown by the mocked redirect(), as Next's own throws NEXT_REDIRECT. */
export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

const cookieStore = () => ({
  get: (name: string) => (requestState.cookies.has(name) ? { name, value: requestState.cookies.get(name)! } : undefined),
  getAll: () => [...requestState.cookies].map(([name, value]) => ({ name, value })),
  has: (name: string) => requestState.cookies.has(name),
  set: (name: string, value: string) => {
    requestState.setCookies.set(name, value);
  },
  delete: (name: string) => {
    requestState.setCookies.set(name, "");
  },
});

export const nextHeadersMock = {
  cookies: async () => cookieStore(),
  headers: async () => requestState.headers,
};

export const nextNavigationMock = {
  redirect: (url: string): never => {
    throw new RedirectSignal(url);
  },
  notFound: (): never => {
    throw new RedirectSignal("/_not-found");
  },
};

export const nextCacheMock = { revalidatePath: () => {}, revalidateTag: () => {} };

export const nextIntlServerMock = {
  getRequestConfig: <T>(factory: T): T => factory,
  getLocale: async (): Promise<Locale> => "en",
  getTranslations: async (opts: { locale: Locale; namespace?: string }) =>
    createTranslator({ locale: opts.locale, messages: await loadMessages(opts.locale), namespace: opts.namespace as never }),
};

/** Mocks the current-user module: the caller is whoever the case set. */
export function mockCurrentUser<T extends object>(original: T): T {
  return { ...original, getCurrentUser: async () => requestState.user };
}

/**
 * next-auth's route handler loads next/headers with a CommonJS require() that vi.mock does
 * not reach, so the same fake is put into Node's require cache.
 */
export function installCommonJsNextHeaders(): void {
  const require = createRequire(import.meta.url);
  const id = require.resolve("next/headers");
  require(id);
  require.cache[id]!.exports = nextHeadersMock;
}
