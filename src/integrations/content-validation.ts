import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, contentWarnings } from '../validation/validate-content.ts';
import { formatProblems } from '../validation/problem.ts';

/**
 * Runs the content rules before anything renders. A build with wrong content fails, listing every problem;
 * the dev server only warns, so an author can fix things while looking at the page.
 */
export default function contentValidation(): AstroIntegration {
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const { content, problems } = checkContent(fileURLToPath(config.root));
        const warnings = contentWarnings(content);
        if (warnings.length > 0) logger.warn(`Reported, not failing the build:\n${formatProblems(warnings)}`);
        if (problems.length === 0) return;
        const message = formatProblems(problems);
        if (command === 'build') throw new Error(`Content validation failed.\n${message}`);
        logger.warn(message);
      },
    },
  };
}
