/**
 * Fills a Thai reason template: `{name}` from the detail; a `[...]` segment is dropped when a placeholder inside it
 * has no value, so a message reads well with or without details. User-typed values are shortened so a message stays
 * one readable line. Shared by every module that keeps its reasons as data (code → severity + template).
 */
export type TemplateDetail = Readonly<Record<string, string | number | null | undefined>>;

const MAX_VALUE_LENGTH = 60;
const SEGMENT = /\[([^\]]*)\]/g;
const PLACEHOLDER = /\{(\w+)\}/g;

export function fillTemplate(template: string, detail: TemplateDetail): string {
  const value = (key: string): string | null => {
    const v = detail[key];
    if (v === undefined || v === null || v === '') return null;
    const text = String(v);
    return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
  };
  return template
    .replace(SEGMENT, (_, segment: string) => ([...segment.matchAll(PLACEHOLDER)].every((m) => value(m[1] ?? '') !== null) ? segment : ''))
    .replace(PLACEHOLDER, (_, key: string) => value(key) ?? '');
}
