"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect } from "react";

// Sets ?tz= to the browser's time zone once, when the URL has none, so the server can add
// "Your time" to every session. Without JavaScript the agenda still works; the reader can
// type a zone in the filter form. A zone the reader chose in the URL is never overridden.
export function ReaderTimeZone() {
  const router = useRouter();
  const params = useSearchParams();
  useEffect(() => {
    if (params.has("tz")) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(zone)) return;
    const next = new URLSearchParams(params.toString());
    next.set("tz", zone);
    router.replace(`?${next.toString()}`, { scroll: false });
  }, [params, router]);
  return null;
}
