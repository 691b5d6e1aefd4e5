// What `npm run check:content` says about the translations: for each language, which lessons and quizzes are
// shown translated, which are stale (with what changed) and which are missing, and how many facts, glossary terms
// and source notes each file still lacks. A stale or missing translation is not an error: the page shows the
// English with a notice. This is the translators' to-do list.
import type { Content } from './load-content.ts';
import type { LanguageStatus, StatusReport } from './translation-status.ts';
import { localeNames } from '../i18n/locales.ts';

export interface TranslationSummary {
  locale: string;
  current: string[];
  stale: { item: string; reasons: string[] }[];
  missing: string[];
  /** Per English file of facts, terms or source notes: how many items are stale or missing. */
  items: { file: string; stale: number; missing: number; total: number }[];
}

function own(report: StatusReport, label: string): 'current' | 'stale' | 'missing' {
  // A page's own translation, not what it depends on: the dependencies are listed per file below.
  const mine = report.reasons.find((r) => r.startsWith(`${label} (`));
  return report.status === 'current' ? 'current' : mine ? (mine.includes('(stale') ? 'stale' : 'missing') : 'current';
}

export function summariseTranslations(content: Content, status: LanguageStatus): TranslationSummary {
  const summary: TranslationSummary = { locale: status.locale, current: [], stale: [], missing: [], items: [] };
  const pages = [
    ...content.lessons.map((l) => ({ item: `lesson ${l.id}`, full: status.lesson(l.id), own: status.lesson(l.id) })),
    ...content.quizzes.map((q) => ({ item: `quiz ${q.id}`, full: status.quiz(q.id), own: status.quizOwn(q.id) })),
  ];
  for (const p of pages) {
    const mine = own(p.own, p.item);
    if (mine === 'missing') summary.missing.push(p.item);
    else if (mine === 'stale') summary.stale.push({ item: p.item, reasons: p.own.reasons });
    else if (p.full.status === 'current') summary.current.push(p.item);
    else summary.stale.push({ item: `${p.item} (translated; shown in English until these are current)`, reasons: p.full.reasons });
  }
  const files = new Map<string, { stale: number; missing: number; total: number }>();
  const count = (file: string, report: StatusReport) => {
    const f = files.get(file) ?? { stale: 0, missing: 0, total: 0 };
    f.total++;
    if (report.status === 'stale') f.stale++;
    if (report.status === 'missing') f.missing++;
    files.set(file, f);
  };
  for (const f of content.facts) count(f.file, status.fact(f.id));
  for (const g of content.glossary) count(g.file, status.term(g.id));
  summary.items = [...files].map(([file, n]) => ({ file, ...n }));
  return summary;
}

export function formatTranslationSummary(s: TranslationSummary): string {
  const lines = [`Translations into ${localeNames[s.locale as keyof typeof localeNames] ?? s.locale} (${s.locale}): ${s.current.length} shown translated, ${s.stale.length} stale, ${s.missing.length} missing.`];
  if (s.current.length) lines.push(`  current: ${s.current.join(', ')}`);
  for (const st of s.stale) lines.push(`  stale: ${st.item}`, ...st.reasons.map((r) => `    - ${r}`));
  if (s.missing.length) lines.push(`  missing: ${s.missing.join(', ')}`);
  for (const f of s.items.filter((x) => x.stale + x.missing > 0)) {
    lines.push(`  ${f.file}: ${f.total - f.stale - f.missing} of ${f.total} current${f.stale ? `, ${f.stale} stale` : ''}${f.missing ? `, ${f.missing} missing` : ''}`);
  }
  return lines.join('\n');
}
