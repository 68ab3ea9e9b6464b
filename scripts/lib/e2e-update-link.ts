import { createHash } from "node:crypto";
import type { PrismaClient } from "../../server/db/generated/client.ts";

// One live update link (issue 19) in the e2e database only, so the accessibility check can
// open the party contact's page (e2e/a11y/page-inventory.ts). Never in the demo seed: a known
// token there would let anyone report progress on a real installation.
export const A11Y_UPDATE_LINK_TOKEN = "a11y-check-update-link-token-0123456789abcdef";

export async function addA11yUpdateLink(prisma: PrismaClient): Promise<void> {
  await prisma.agreementUpdateLink.upsert({
    where: { id: "a11y-update-link" },
    create: {
      id: "a11y-update-link",
      agreementId: "demo-agreement-16",
      contactName: "Accessibility check",
      locale: "en",
      tokenHash: createHash("sha256").update(A11Y_UPDATE_LINK_TOKEN).digest("hex"),
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    },
    update: {},
  });
}
