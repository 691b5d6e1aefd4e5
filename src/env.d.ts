declare namespace App {
  interface Locals {
    /** Set by each page with usePage() (src/i18n/page.ts): the reader's language and the content's. */
    language?: import('./i18n/page.ts').PageLanguage;
  }
}
