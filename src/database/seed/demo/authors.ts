import type { DemoAuthor } from './types.js';

/** Invented newsroom staff of the demo site (any resemblance is coincidental). */
export const demoAuthors: DemoAuthor[] = [
  {
    key: 'simone-de-la-feld',
    name: 'Simone De La Feld',
    slug: 'simone-de-la-feld',
    twitter: 'SimoneDLF',
    bio: {
      it: 'Corrispondente da Bruxelles, segue la politica estera e di difesa dell\'Unione europea e il Servizio europeo per l\'azione esterna.',
      en: 'Brussels correspondent covering the European Union\'s foreign and defence policy and the European External Action Service.',
    },
  },
  {
    key: 'giulia-ferraresi',
    name: 'Giulia Ferraresi',
    slug: 'giulia-ferraresi',
    twitter: 'giuliaferraresi',
    bio: {
      it: 'Segue i lavori del Parlamento europeo tra Bruxelles e Strasburgo. In precedenza ha lavorato per agenzie di stampa a Roma.',
      en: 'Covers the European Parliament between Brussels and Strasbourg. She previously worked for news agencies in Rome.',
    },
  },
  {
    key: 'marco-benedetti',
    name: 'Marco Benedetti',
    slug: 'marco-benedetti',
    twitter: 'mbenedetti_eu',
    bio: {
      it: 'Giornalista economico, si occupa di bilancio Ue, politica monetaria e commercio internazionale.',
      en: 'Economics journalist covering the EU budget, monetary policy and international trade.',
    },
  },
  {
    key: 'chiara-lombardini',
    name: 'Chiara Lombardini',
    slug: 'chiara-lombardini',
    twitter: 'chiaralomba',
    bio: {
      it: 'Scrive di energia, clima e Green Deal. Ha una formazione in ingegneria ambientale.',
      en: 'Writes about energy, climate and the Green Deal. She has a background in environmental engineering.',
    },
  },
  {
    key: 'lorenzo-gatti',
    name: 'Lorenzo Gatti',
    slug: 'lorenzo-gatti',
    twitter: 'lgatti_tech',
    bio: {
      it: 'Si occupa di regolamentazione digitale, intelligenza artificiale e piattaforme online.',
      en: 'Covers digital regulation, artificial intelligence and online platforms.',
    },
  },
  {
    key: 'francesca-morandi',
    name: 'Francesca Morandi',
    slug: 'francesca-morandi',
    twitter: 'fmorandi',
    bio: {
      it: 'Racconta l\'agricoltura europea, la politica agricola comune e le filiere agroalimentari.',
      en: 'Reports on European farming, the common agricultural policy and agrifood supply chains.',
    },
  },
  {
    key: 'alessandro-rinaldi',
    name: 'Alessandro Rinaldi',
    slug: 'alessandro-rinaldi',
    bio: {
      it: 'Segue industria, automotive e trasporti. Collabora con la redazione dal 2019.',
      en: 'Covers industry, the automotive sector and transport. He has worked with the newsroom since 2019.',
    },
  },
  {
    key: 'valentina-sorrentino',
    name: 'Valentina Sorrentino',
    slug: 'valentina-sorrentino',
    twitter: 'vsorrentino',
    bio: {
      it: 'Si occupa di diritti fondamentali, migrazione e stato di diritto.',
      en: 'Covers fundamental rights, migration and the rule of law.',
    },
  },
  {
    key: 'davide-pellegrino',
    name: 'Davide Pellegrino',
    slug: 'davide-pellegrino',
    twitter: 'davpellegrino',
    bio: {
      it: 'Scrive di cultura, media e sport, con un occhio ai programmi europei per la creatività.',
      en: 'Writes about culture, media and sport, with an eye on the EU\'s programmes for the creative sector.',
    },
  },
  {
    key: 'elena-carbone',
    name: 'Elena Carbone',
    slug: 'elena-carbone',
    twitter: 'elenacarbone_',
    bio: {
      it: 'Segue le relazioni esterne dell\'Ue, con particolare attenzione a Medio Oriente, Cina e allargamento.',
      en: 'Covers the EU\'s external relations, with a focus on the Middle East, China and enlargement.',
    },
  },
  {
    key: 'matteo-fiorentini',
    name: 'Matteo Fiorentini',
    slug: 'matteo-fiorentini',
    bio: {
      it: 'Direttore responsabile. Giornalista dal 1998, ha lavorato a lungo come inviato nelle capitali europee.',
      en: 'Editor-in-chief. A journalist since 1998, he worked for many years as a correspondent in Europe\'s capitals.',
    },
  },
  {
    key: 'sara-bellucci',
    name: 'Sara Bellucci',
    slug: 'sara-bellucci',
    twitter: 'sarabellucci',
    bio: {
      it: 'Coordina il desk in lingua inglese e cura le analisi e gli approfondimenti per il pubblico internazionale.',
      en: 'Runs the English-language desk and edits explainers and analysis for the international audience.',
    },
  },
];
