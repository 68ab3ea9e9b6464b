// Where an honorific goes: before the name in English ("H.E. Masao Hayashida"), after it in
// Chinese and Japanese ("林田正雄 阁下", "小林 俊介 様"). Decided by the honorific's own script,
// so a fallback (a Chinese honorific shown on the English page) still reads right.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function honorificFollowsName(honorific: string): boolean {
  return CJK.test(honorific);
}

export function formatPersonName(name: string, honorific?: string | null): string {
  const h = honorific?.trim();
  if (!h) return name;
  return honorificFollowsName(h) ? `${name} ${h}` : `${h} ${name}`;
}
