"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { inputClasses } from "@/components/auth/field-styles";
import { Button } from "@/components/ui/button";
import { dequeue, enqueue, readQueue, type QueuedScan } from "@/lib/checkin/scan-queue";
import { tokenFromScan } from "@/lib/checkin/token";
import type { LocalizedResult } from "@/server/shared/result";
import type { CheckInAnswer } from "@/server/checkin/check-in";
import type { SearchHit } from "@/server/checkin/search-registrants";
import { CameraScanner } from "./camera-scanner";
import { NameSearch } from "./name-search";
import { ScanAnswer, type ShownAnswer } from "./scan-answer";

type Actions = {
  checkIn: (input: QueuedScan & { eventId: string }) => Promise<LocalizedResult<CheckInAnswer>>;
  undo: (input: { eventId: string; checkInId: string }) => Promise<LocalizedResult<{ id: string }>>;
  search: (input: { eventId: string; venueId: string; sessionId?: string; query: string }) => Promise<LocalizedResult<SearchHit[]>>;
};
/** A venue the steward may count at, with the sessions held there ("10:00 UTC+9 Opening plenary"). */
export type StationVenue = { id: string; label: string; sessions: { id: string; label: string }[] };

/** A reply that means "not saved, send again later": no network, or the database was down. */
const retryLater = (r: LocalizedResult<unknown> | null) => r === null || (!r.ok && r.code === "unavailable");
const newScanId = () => crypto.randomUUID();
/** Why a call failed, in words: a field's own message (a bad code, too short a search) before the form-level one. */
const reason = (r: LocalizedResult<unknown>) =>
  !r.ok && r.code === "invalid" ? (Object.values(r.fieldErrors).flat()[0] ?? r.message) : r.ok ? "" : r.message;

/** How many scans wait in this browser (also when another tab of the station changes the queue). */
const QUEUE_CHANGED = "accord-checkin-queue";
function useQueuedCount(eventId: string): number {
  return useSyncExternalStore(
    (changed) => {
      window.addEventListener(QUEUE_CHANGED, changed);
      window.addEventListener("storage", changed);
      return () => {
        window.removeEventListener(QUEUE_CHANGED, changed);
        window.removeEventListener("storage", changed);
      };
    },
    () => readQueue(localStorage, eventId).length,
    () => 0,
  );
}
const queueChanged = () => window.dispatchEvent(new Event(QUEUE_CHANGED));

/**
 * The steward's station: camera, typed code or name search → one check-in call, at the
 * venue's entrance or at one session's door. A scan that cannot be sent waits in localStorage
 * (lib/checkin/scan-queue.ts) and is sent when the browser is back online, with its original
 * time and id. Laid out for a phone held in one hand: where you count and the answer first,
 * then large controls.
 */
export function ScanStation({
  eventId,
  venues,
  languages,
  actions,
}: {
  eventId: string;
  venues: StationVenue[];
  languages: string[];
  actions: Actions;
}) {
  const t = useTranslations("checkin.scan");
  const [venueId, setVenueId] = useState(venues[0]?.id ?? "");
  const [sessionId, setSessionId] = useState("");
  const [shown, setShown] = useState<ShownAnswer | null>(null);
  const queued = useQueuedCount(eventId);
  const lastScan = useRef<QueuedScan | null>(null);
  const flushing = useRef(false);
  const venue = venues.find((v) => v.id === venueId);

  const send = useCallback(
    async (scan: QueuedScan): Promise<LocalizedResult<CheckInAnswer> | null> => {
      // Always try, whatever navigator.onLine says: it is false on a machine with no network
      // interface but the loopback, where a station served from the same laptop still reaches
      // its server; a request that cannot reach it fails at once and the scan is queued.
      try {
        return await actions.checkIn({ ...scan, eventId });
      } catch {
        return null; // the request never reached the server (offline, connection dropped)
      }
    },
    [actions, eventId],
  );

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      const answered = new Set<string>();
      for (const scan of readQueue(localStorage, eventId)) {
        const result = await send(scan);
        if (retryLater(result)) break;
        answered.add(scan.clientScanId);
      }
      dequeue(localStorage, eventId, answered);
      queueChanged();
      if (answered.size > 0) setShown({ kind: "note", message: t("flushed", { count: answered.size }) });
    } finally {
      flushing.current = false;
    }
  }, [eventId, send, t]);

  useEffect(() => {
    void flush();
    const timer = setInterval(() => void flush(), 10_000);
    window.addEventListener("online", flush);
    return () => {
      clearInterval(timer);
      window.removeEventListener("online", flush);
    };
  }, [eventId, flush]);

  const submit = async (who: { token?: string; registrationId?: string }, confirmOtherVenue = false) => {
    const scan: QueuedScan = {
      clientScanId: newScanId(),
      scannedAt: new Date().toISOString(),
      venueId,
      ...(sessionId ? { sessionId } : {}),
      confirmOtherVenue,
      ...who,
    };
    lastScan.current = scan;
    const result = await send(scan);
    if (retryLater(result)) {
      enqueue(localStorage, eventId, scan);
      queueChanged();
      setShown({ kind: "offline", message: t("offline") });
      return;
    }
    setShown(result!.ok ? { kind: "answer", answer: result!.data } : { kind: "error", message: t("failed", { message: reason(result!) }) });
  };

  const onCode = (text: string) => void submit({ token: tokenFromScan(text) ?? text.trim() });
  const onTyped = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const field = e.currentTarget.elements.namedItem("token") as HTMLInputElement;
    onCode(field.value);
    field.value = "";
  };
  const onUndo = async (checkInId: string) => {
    const result = await actions.undo({ eventId, checkInId }).catch(() => null);
    if (!result) return setShown({ kind: "offline", message: t("offline") });
    setShown(result.ok ? { kind: "note", message: t("undone") } : { kind: "error", message: reason(result) });
  };
  const onConfirmOtherVenue = () => {
    const last = lastScan.current;
    if (last) void submit({ token: last.token, registrationId: last.registrationId }, true);
  };

  if (venues.length === 0) return <p className="text-stone-700">{t("noVenues")}</p>;
  return (
    <div className="space-y-6">
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="venue" className="block text-sm font-medium text-stone-800">
            {t("venue")}
          </label>
          <select
            id="venue"
            value={venueId}
            onChange={(e) => {
              setVenueId(e.target.value);
              setSessionId("");
            }}
            className={inputClasses(false)}
          >
            {venues.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="where" className="block text-sm font-medium text-stone-800">
            {t("where")}
          </label>
          <select id="where" value={sessionId} onChange={(e) => setSessionId(e.target.value)} className={inputClasses(false)}>
            <option value="">{t("entrance")}</option>
            {venue?.sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {queued > 0 && (
        <p
          role="status"
          className="rounded-lg border-2 border-amber-600 bg-amber-100 px-4 py-3 font-semibold text-amber-950"
          data-testid="queued"
        >
          {t("queued", { count: queued })}
        </p>
      )}
      <ScanAnswer shown={shown} languages={languages} onUndo={onUndo} onConfirmOtherVenue={onConfirmOtherVenue} />
      <CameraScanner onCode={onCode} />
      <form onSubmit={onTyped} className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56 space-y-1">
          <label htmlFor="token" className="block text-sm font-medium text-stone-800">
            {t("token")}
          </label>
          <input id="token" name="token" autoComplete="off" autoCapitalize="off" spellCheck={false} className={inputClasses(false)} />
        </div>
        <Button type="submit" variant="secondary" className="min-h-12">
          {t("submit")}
        </Button>
      </form>
      <NameSearch
        search={(query) => actions.search({ eventId, venueId, ...(sessionId ? { sessionId } : {}), query }).catch(() => null)}
        onPick={(registrationId) => void submit({ registrationId })}
        onProblem={(p) =>
          setShown(p.kind === "offline" ? { kind: "offline", message: t("offline") } : { kind: "error", message: p.message })
        }
      />
    </div>
  );
}
