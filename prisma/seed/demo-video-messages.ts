import { createHash } from "node:crypto";
import type { DemoPersonKey } from "./demo-people.ts";
import type { Text3 } from "./demo-types.ts";

export type DemoVideoMessage = {
  id: string;
  person: DemoPersonKey;
  title: Text3;
  durationSec: number;
  /** Position in the video-message session's run-of-show (1 = first), by precedence. */
  position: number;
};

const MEDIA = "https://media.example.org/dialogue-with-shandong-2020";

export const DEMO_VIDEO_MESSAGES: DemoVideoMessage[] = [
  {
    id: "demo-video-01",
    person: "vipSecretaryGeneral",
    position: 1,
    durationSec: 245,
    title: {
      en: "Congratulatory message from the Secretary-General of the Japan Progressive Party",
      zh: "日本进步党干事长视频致辞",
      ja: "日本進歩党幹事長によるお祝いのビデオメッセージ",
    },
  },
  {
    id: "demo-video-02",
    person: "vipFormerPm",
    position: 2,
    durationSec: 310,
    title: {
      en: "Congratulatory message from the former Prime Minister of Japan",
      zh: "日本前首相视频致辞",
      ja: "元内閣総理大臣によるお祝いのビデオメッセージ",
    },
  },
  {
    id: "demo-video-03",
    person: "vipDeputyMinister",
    position: 3,
    durationSec: 180,
    title: {
      en: "Message from the State Minister of Economy, Trade and Industry",
      zh: "日本经济产业副大臣视频致辞",
      ja: "経済産業副大臣によるビデオメッセージ",
    },
  },
  {
    id: "demo-video-04",
    person: "vipAmbassador",
    position: 4,
    durationSec: 215,
    title: {
      en: "Message from the Ambassador of Japan to China",
      zh: "日本国驻华大使视频致辞",
      ja: "駐中国日本国大使によるビデオメッセージ",
    },
  },
];

export function videoMediaUrl(v: DemoVideoMessage): string {
  return `${MEDIA}/${v.id}.mp4`;
}

export const CAPTION_LANGUAGES = ["ja", "zh", "en"] as const;

/**
 * Caption file names keyed by language code, as VideoMessage.captions expects. They follow
 * the stored-name pattern of server/video-messages/media-names.ts (the media route serves
 * nothing else), with a fixed suffix so every seeding names the same files.
 */
export function videoCaptions(v: DemoVideoMessage): Record<string, string> {
  return Object.fromEntries(CAPTION_LANGUAGES.map((lang) => [lang, `${v.id}--captions-${lang}--${fixedSuffix(`${v.id}:${lang}`)}.vtt`]));
}

/** The names an earlier seed linked without writing the files; the seed repairs them. */
export function brokenVideoCaptions(v: DemoVideoMessage): Record<string, string> {
  return { ja: `${v.id}.ja.vtt`, zh: `${v.id}.zh.vtt`, en: `${v.id}.en.vtt` };
}

/** A WebVTT file for one message in one language: its title, then a line about the speaker's remarks. */
export function videoCaptionText(v: DemoVideoMessage, lang: (typeof CAPTION_LANGUAGES)[number]): string {
  const remarks = { en: "(Remarks in Japanese)", zh: "（日语致辞）", ja: "（日本語でのごあいさつ）" }[lang];
  const stamp = (sec: number) => `${String(Math.floor(sec / 60)).padStart(2, "0")}:${String(sec % 60).padStart(2, "0")}.000`;
  return `WEBVTT\n\n1\n${stamp(0)} --> ${stamp(8)}\n${v.title[lang]}\n\n2\n${stamp(8)} --> ${stamp(v.durationSec)}\n${remarks}\n`;
}

function fixedSuffix(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}
