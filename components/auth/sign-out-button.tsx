import { getTranslations } from "next-intl/server";
import { SignOutControl, type SignOutProps } from "./sign-out-control";

/** The sign-out button, translated on the server: the client part needs no translation provider. */
export async function SignOutButton(props: SignOutProps) {
  const t = await getTranslations("auth.signOut");
  return <SignOutControl {...props} text={{ button: t("button"), pending: t("pending"), failed: t("failed") }} />;
}
