import type { TokenProblem } from '../newsletter-tokens.js';

/** Everything a reader reads (emails and pages) in one language. One file per locale beside this one. */
export interface NewsletterCatalog {
  locale: string;
  signUpAccepted: string;
  footer: { manage: string; reason: string };
  confirmEmail: {
    subject: string;
    heading: string;
    intro: (lists: string) => string;
    button: string;
    expiry: (hours: number) => string;
    ignore: string;
  };
  alreadySubscribedEmail: { subject: string; heading: string; intro: (lists: string) => string; button: string; ignore: string };
  pages: {
    confirmTitle: string;
    confirmIntro: (email: string) => string;
    confirmButton: string;
    confirmed: string;
    manageTitle: string;
    manageIntro: (email: string) => string;
    listsLegend: string;
    localeLabel: string;
    saveButton: string;
    unsubscribeButton: string;
    saved: string;
    unsubscribed: string;
    errorTitle: string;
    errors: Record<TokenProblem | 'OTHER', string>;
  };
}
