import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteContent } from './lib/site-content.ts';
import { factSchema } from './schemas/fact.ts';
import { sourceSchema } from './schemas/source.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { quizSchema } from './schemas/quiz.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { lessonTranslationSchema } from './schemas/translation.ts';

// The YAML content is read by the same module that `check:content` uses, so the site and the checks
// can never disagree about what a file says.
const content = () => siteContent().content;

export const collections = {
  sources: defineCollection({ loader: () => content().sources.map((s) => s.data), schema: sourceSchema }),
  facts: defineCollection({ loader: () => content().facts.map((f) => f.data), schema: factSchema }),
  glossary: defineCollection({ loader: () => content().glossary.map((g) => g.data), schema: glossarySchema }),
  quizzes: defineCollection({ loader: () => content().quizzes.map((q) => q.data), schema: quizSchema }),
  lessons: defineCollection({ loader: glob({ pattern: '*.mdx', base: './lessons' }), schema: lessonSchema }),
  /** Translated lessons, `lessons/<lang>/<slug>.mdx` (id `<lang>/<slug>`): rendered where current (src/lib/translated-content.ts). */
  lessonTranslations: defineCollection({ loader: glob({ pattern: '{ru,kk}/*.mdx', base: './lessons' }), schema: lessonTranslationSchema }),
};
