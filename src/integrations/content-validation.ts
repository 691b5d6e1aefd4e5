import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../lib/load-content.ts';
import { checkContent, contentWarnings, splitPending } from '../validation/validate-content.ts';
import { checkRenderedLessons } from '../validation/rendered-lesson-text.ts';
import { PENDING_CONTENT_RULES, type ContentRule } from '../validation/rules.ts';
import { formatProblems, type Problem } from '../validation/problem.ts';

/** One line per pending rule: what it still finds, without failing (see PENDING_CONTENT_RULES). */
export function pendingSummary(pending: ReadonlyMap<ContentRule, Problem[]>): string {
  const lines = [...pending].map(([rule, list]) => `  - ${rule}: ${list.length} problem${list.length === 1 ? '' : 's'}`);
  return `Rules pending content corrections (PENDING_CONTENT_RULES; not failing the build; \`npm run check:content\` lists them):\n${lines.join('\n')}`;
}

/**
 * Runs the content rules before anything renders, and the rules on rendered lesson text once the pages are written.
 * A build with wrong content fails, listing every problem; the dev server only warns, so an author can fix things
 * while looking at the page. Rules in PENDING_CONTENT_RULES only warn.
 */
export default function contentValidation(options: { pending?: ReadonlySet<ContentRule> } = {}): AstroIntegration {
  const held = options.pending ?? PENDING_CONTENT_RULES;
  let root = '';
  let early = new Map<ContentRule, Problem[]>();
  const report = (logger: AstroIntegrationLogger) => {
    if (early.size > 0) logger.warn(pendingSummary(early));
  };
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        const { content, problems, pending } = checkContent(root, undefined, { pending: held });
        early = pending;
        const warnings = contentWarnings(content);
        if (warnings.length > 0) logger.warn(`Reported, not failing the build:\n${formatProblems(warnings)}`);
        if (problems.length === 0) return;
        const message = formatProblems(problems);
        if (command === 'build') throw new Error(`Content validation failed.\n${message}`);
        logger.warn(message);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { content } = loadContent(root);
        const rendered = splitPending(checkRenderedLessons(fileURLToPath(dir), content), held);
        for (const [rule, list] of rendered.pending) early.set(rule, [...(early.get(rule) ?? []), ...list]);
        report(logger);
        if (rendered.problems.length > 0) throw new Error(`Rendered lesson text failed its checks.\n${formatProblems(rendered.problems)}`);
      },
    },
  };
}
