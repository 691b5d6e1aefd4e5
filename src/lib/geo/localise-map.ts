// A map model in another language: places and states by the names table, talks by their translated names (where
// current), dates by the language's calendar, lesson titles as the lessons read in it. Applied before layout, so
// labels are placed at their own widths. Ids, points, roles and links are untouched.
import type { Locale, TranslatedLocale } from '../../i18n/locales.ts';
import type { MapModel } from './course-map.ts';
import type { Content } from '../load-content.ts';
import { valuesOf } from '../../validation/gazetteer.ts';
import { startDate } from '../values.ts';
import { namesIn, valueIn } from '../translated-words.ts';
import { siteContent } from '../site-content.ts';

export function localiseMapModel(model: MapModel, lang: Locale, content: Content, lessonTitle: (slug: string) => string): MapModel {
  if (lang === 'en') return model;
  const names = namesIn(lang);
  const name = (n: string) => names.get(n) ?? n;
  const language = siteContent().translations.languages[lang as TranslatedLocale];
  const status = siteContent().status[lang as TranslatedLocale];
  const facts = new Map(content.facts.map((f) => [f.id, f.data]));
  const talkWords = (id: string) => (status.talks(id).status === 'current' ? language.talks.find((t) => t.id === id)?.data : undefined);
  const link = <T extends { lessonTitle: string; lesson: string } | null>(l: T): T => (l ? { ...l, lessonTitle: lessonTitle(l.lesson) } : l);
  return {
    states: model.states.map((s) => ({ ...s, name: name(s.name) })),
    places: model.places.map((p) => ({ ...p, name: name(p.name), ...(p.between ? { between: p.between.map(name) as [string, string] } : {}), link: link(p.link) })),
    venues: model.venues.map((v) => ({
      ...v,
      place: name(v.place),
      talks: v.talks.map((t) => {
        const words = talkWords(t.id);
        // The same dated values, in the same order, as buildMapModel took them.
        const dated = t.facts.flatMap((id) => {
          const fact = facts.get(id);
          return fact ? valuesOf(fact).filter((x) => startDate(x.value) !== null).map((x) => ({ fact: id, text: valueIn(lang, fact, x.value) })) : [];
        });
        return { ...t, title: words?.title ?? t.title, short: words?.short ?? t.short, dates: dated.length === t.dates.length ? dated : t.dates, link: link(t.link) };
      }),
    })),
  };
}
