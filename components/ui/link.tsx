import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * Next's Link without automatic prefetching. By default every link in view is prefetched:
 * a public event page opened 13 server renders in the background (logo, sign-in, agenda,
 * tally, register, … twice), each also parsed on the reader's phone while the page is still
 * starting up. A click still navigates client-side; it just asks for the page when it is
 * wanted. Pass `prefetch` to opt one link back in. ESLint sends every `next/link` import here.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
