import type { DemoLocale } from './demo/types.js';

export interface DemoNewsletterList {
  key: string;
  frequency: 'DAILY' | 'WEEKLY' | 'BREAKING';
  position: number;
  name: Record<DemoLocale, string>;
  description: Record<DemoLocale, string>;
}

export const demoNewsletterLists: DemoNewsletterList[] = [
  {
    key: 'daily-it',
    frequency: 'DAILY',
    position: 0,
    name: { it: 'La giornata europea', en: 'The European day (Italian)' },
    description: {
      it: 'Ogni mattina alle 7 le notizie più importanti da Bruxelles e dalle capitali europee.',
      en: 'Every morning at 7, the most important news from Brussels and the European capitals, in Italian.',
    },
  },
  {
    key: 'weekly-en',
    frequency: 'WEEKLY',
    position: 1,
    name: { it: 'Europe this week (in inglese)', en: 'Europe this week' },
    description: {
      it: 'Il venerdì, la settimana europea in inglese: decisioni, voti e cosa viene dopo.',
      en: 'On Fridays, the European week in English: decisions, votes and what comes next.',
    },
  },
  {
    key: 'breaking',
    frequency: 'BREAKING',
    position: 2,
    name: { it: 'Ultim’ora', en: 'Breaking news' },
    description: {
      it: 'Solo quando succede qualcosa che non può aspettare.',
      en: 'Only when something happens that cannot wait.',
    },
  },
];
