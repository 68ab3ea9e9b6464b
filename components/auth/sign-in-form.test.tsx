import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/auth/en.json";
import ja from "@/lib/i18n/messages/auth/ja.json";
import { SignInForm } from "./sign-in-form";
import { SignOutControl } from "./sign-out-control";

vi.mock("next/navigation", () => ({ useRouter: () => ({ replace: vi.fn(), refresh: vi.fn() }) }));

const render = (node: React.ReactNode, locale = "en", auth: object = en) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={{ auth }}>
      {node}
    </NextIntlClientProvider>,
  );

describe("SignInForm", () => {
  it("labels both inputs and uses the browser's credential hints", () => {
    const html = render(<SignInForm callbackUrl="/" />);
    for (const [label, name, autocomplete] of [
      ["Email address", "email", "username"],
      ["Password", "password", "current-password"],
    ]) {
      const id = html.match(new RegExp(`<label for="([^"]+)"[^>]*>${label}</label>`))?.[1];
      expect(id, label).toBeTruthy();
      const input = html.match(new RegExp(`<input id="${id}"[^>]*>`))?.[0] ?? "";
      expect(input).toContain(`name="${name}"`);
      expect(input.toLowerCase()).toContain(`autocomplete="${autocomplete}"`);
    }
    expect(html).toContain(">Sign in</button>");
    expect(html).not.toContain('role="alert"');
  });

  it("shows an error passed back by next-auth as an alert, in the reader's language", () => {
    expect(render(<SignInForm callbackUrl="/" initialError="invalidCredentials" />)).toMatch(
      /role="alert"[^>]*>Email or password is incorrect</,
    );
    expect(render(<SignInForm callbackUrl="/" initialError="tooManyAttempts" />, "ja", ja)).toContain("試行回数が多すぎます");
  });
});

describe("SignOutControl (the client part of SignOutButton, text from the auth catalogue)", () => {
  it("is a plain button (a POST on click, nothing on render)", () => {
    expect(renderToStaticMarkup(<SignOutControl variant="link" text={en.signOut} />)).toMatch(
      /^<button type="button"[^>]*>Sign out<\/button>$/,
    );
  });
});
