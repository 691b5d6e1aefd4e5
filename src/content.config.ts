import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteContent } from './lib/site-content.ts';
import { localisedPlaceholders } from './lib/translated-placeholders.ts';
import { factSchema } from './schemas/fact.ts';
import { sourceSchema } from './schemas/source.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { quizSchema } from './schemas/quiz.ts';
import { lessonSchema, type LessonFrontmatter } from './schemas/lesson.ts';
import { nameSchema } from './schemas/name.ts';
import { retiredQuestionSchema } from './schemas/retired.ts';
import { fillPlaceholders, type PlaceholderContext } from './lib/placeholders.ts';
import { nameLookup } from './lib/names.ts';
import { questionCount } from './lib/questions.ts';
import { lessonTranslationSchema, type LessonTranslation } from './schemas/translation.ts';
import { isLocale } from './i18n/locales.ts';

// The YAML content is read by the same module that `check:content` uses, so the site and the checks
// can never disagree about what a file says.
const content = () => siteContent().content;

// Titles and descriptions take values from the data ({fact:id|form}, {questions}); pages get them filled in.
const placeholderContext = (): PlaceholderContext => ({ facts: new Map(content().facts.map((f) => [f.id, f.data])), names: nameLookup((content().names ?? []).map((n) => n.data)) });
const fillLesson = (data: LessonFrontmatter): LessonFrontmatter => {
  const ctx = placeholderContext();
  const fill = (t: string) => fillPlaceholders(t, ctx);
  return { ...data, title: fill(data.title), description: fill(data.description), objectives: data.objectives.map(fill), discussion: data.discussion.map(fill) };
};
const lessonFiles = glob({ pattern: '*.mdx', base: './lessons' });
const translatedLessonFiles = glob({ pattern: '{ru,kk}/*.mdx', base: './lessons' });

export const collections = {
  sources: defineCollection({ loader: () => content().sources.map((s) => s.data), schema: sourceSchema }),
  facts: defineCollection({ loader: () => content().facts.map((f) => f.data), schema: factSchema }),
  glossary: defineCollection({ loader: () => content().glossary.map((g) => g.data), schema: glossarySchema }),
  quizzes: defineCollection({
    loader: () =>
      content().quizzes.map(({ data }) => {
        const ctx = { ...placeholderContext(), questions: questionCount(data) };
        return { ...data, title: fillPlaceholders(data.title, ctx), ...(data.description ? { description: fillPlaceholders(data.description, ctx) } : {}) };
      }),
    schema: quizSchema,
  }),
  retired: defineCollection({ loader: () => content().retired.map((r) => r.data), schema: retiredQuestionSchema }),
  names: defineCollection({ loader: () => (content().names ?? []).map((n) => ({ id: n.data.name, ...n.data })), schema: nameSchema.extend({ id: nameSchema.shape.name }) }),
  lessons: defineCollection({
    // Astro's glob loader, with the front matter's placeholders filled once it has been validated.
    // The digest covers the facts too: otherwise a corrected fact would not reach a title whose file is unchanged.
    loader: {
      ...lessonFiles,
      load: (ctx) => {
        const facts = JSON.stringify(content().facts.map((f) => f.data.value ?? null));
        return lessonFiles.load({
          ...ctx,
          generateDigest: (data) => ctx.generateDigest(typeof data === 'string' ? data + facts : data),
          parseData: async (props) => fillLesson((await ctx.parseData(props)) as unknown as LessonFrontmatter) as unknown as typeof props.data,
        });
      },
    },
    schema: lessonSchema,
  }),
  /**
   * Translated lessons, `lessons/<lang>/<slug>.mdx` (id `<lang>/<slug>`), shown where current
   * (src/lib/translated-content.ts). Their placeholders are filled in their own language.
   */
  lessonTranslations: defineCollection({
    loader: {
      ...translatedLessonFiles,
      load: (ctx) => {
        const facts = JSON.stringify(content().facts.map((f) => f.data.value ?? null));
        return translatedLessonFiles.load({
          ...ctx,
          generateDigest: (data) => ctx.generateDigest(typeof data === 'string' ? data + facts : data),
          parseData: async (props) => {
            const data = (await ctx.parseData(props)) as unknown as LessonTranslation;
            const lang = props.id.split('/')[0];
            if (!isLocale(lang)) return data as unknown as typeof props.data;
            const fill = localisedPlaceholders(lang);
            return { ...data, title: fill(data.title), description: fill(data.description), objectives: data.objectives.map(fill), discussion: data.discussion.map(fill) } as unknown as typeof props.data;
          },
        });
      },
    },
    schema: lessonTranslationSchema,
  }),
};
