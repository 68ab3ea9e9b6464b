"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { LocalizedResult } from "@/server/shared/result";

export type PlaybackItem = {
  id: string;
  title: string;
  titleLang: string;
  vip: string;
  /** Our streaming route, or a direct https video file; null for links that need their own player. */
  src: string | null;
  link: string | null;
  played: boolean;
  captions: { language: string; label: string; url: string }[];
};

type Props = {
  eventId: string;
  items: PlaybackItem[];
  uiLanguage: string;
  markPlayed: (input: { eventId: string; videoMessageId: string }) => Promise<LocalizedResult<unknown>>;
};

/**
 * The venue operator's player. Nothing plays until the operator presses Start (browsers
 * refuse autoplay with sound anyway, and a surprise video in a hall is worse); after that,
 * each message that ends is marked played and the next one starts.
 */
export function PlaybackPlayer({ eventId, items, uiLanguage, markPlayed }: Props) {
  const t = useTranslations("videos.playback");
  const stage = useRef<HTMLDivElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      items.findIndex((i) => !i.played),
    ),
  );
  const [started, setStarted] = useState(false);
  const [played, setPlayed] = useState(() => new Set(items.filter((i) => i.played).map((i) => i.id)));
  const [error, setError] = useState<string | null>(null);
  if (items.length === 0) return <p>{t("empty")}</p>;
  const item = items[Math.min(index, items.length - 1)];
  const finished = started && played.size === items.length && index >= items.length - 1 && played.has(item.id);

  async function mark(id: string) {
    if (played.has(id)) return;
    const result = await markPlayed({ eventId, videoMessageId: id });
    if (result.ok) setPlayed((prev) => new Set(prev).add(id));
    else setError(result.message);
  }

  function go(next: number) {
    if (next < 0 || next >= items.length) return;
    setError(null);
    setIndex(next);
  }

  async function onEnded() {
    await mark(item.id);
    if (index < items.length - 1) go(index + 1);
  }

  function start() {
    setStarted(true);
    void video.current?.play().catch(() => setError(t("loadFailed")));
  }

  const defaultTrack = item.captions.find((c) => c.language === uiLanguage) ?? item.captions[0];
  return (
    <div className="space-y-4">
      <div ref={stage} className="overflow-hidden rounded-xl bg-black">
        {item.src ? (
          <video
            key={item.id}
            ref={video}
            data-testid="playback-video"
            data-message-id={item.id}
            className="aspect-video w-full"
            src={item.src}
            controls
            playsInline
            preload="auto"
            autoPlay={started}
            onEnded={onEnded}
            onError={() => setError(t("loadFailed"))}
          >
            {item.captions.map((c) => (
              <track key={c.url} kind="captions" srcLang={c.language} label={c.label} src={c.url} default={c === defaultTrack} />
            ))}
          </video>
        ) : (
          <div className="aspect-video p-8 text-white">
            <p>{t("externalLink")}</p>
            {item.link && (
              <a className="break-all underline" href={item.link} target="_blank" rel="noreferrer noopener">
                {t("openLink")}
              </a>
            )}
          </div>
        )}
      </div>
      <p aria-live="polite" data-testid="now-playing" data-index={index} className="font-semibold" lang={item.titleLang}>
        {finished ? t("finished") : t("nowPlaying", { n: index + 1, count: items.length, title: item.title })}
      </p>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {!started && <Button onClick={start}>{t("start")}</Button>}
        <Button variant="secondary" onClick={() => void stage.current?.requestFullscreen?.()}>
          {t("fullscreen")}
        </Button>
        <Button variant="secondary" onClick={() => go(index - 1)} disabled={index === 0}>
          {t("previous")}
        </Button>
        <Button variant="secondary" onClick={() => go(index + 1)} disabled={index >= items.length - 1}>
          {t("next")}
        </Button>
        <Button variant="secondary" onClick={() => void mark(item.id)} disabled={played.has(item.id)}>
          {t("markPlayed")}
        </Button>
      </div>
      <ol className="space-y-1">
        {items.map((i, n) => (
          <li
            key={i.id}
            data-testid="playback-item"
            data-played={played.has(i.id)}
            aria-current={n === index ? "true" : undefined}
            className={n === index ? "font-semibold" : ""}
          >
            {n + 1}. <span lang={i.titleLang}>{i.title}</span> — {i.vip}
            {played.has(i.id) ? ` · ${t("played")}` : ""}
          </li>
        ))}
      </ol>
    </div>
  );
}
