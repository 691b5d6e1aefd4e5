// The islands of every page's layout: the offline status and update prompt, and the language switcher. Imported by
// each page's one script (see src/components/SiteScript.astro and BaseLayout's `ownScript`).
import './offline-status.ts';
import './language-switcher.ts';
