import type { DemoSection } from './types.js';

/**
 * Section tree of the demo site. Top-level sections come first, children
 * reference their parent by key. `position` orders siblings in menus.
 */
export const demoSections: DemoSection[] = [
  {
    key: 'politics',
    position: 0,
    it: { name: 'Politica', slug: 'politica', description: 'Le istituzioni europee, i governi e i partiti che decidono il futuro dell\'Unione.' },
    en: { name: 'Politics', slug: 'politics', description: 'The EU institutions, governments and parties shaping the future of the Union.' },
  },
  {
    key: 'world',
    position: 1,
    it: { name: 'Mondo', slug: 'mondo', description: 'L\'Europa vista dal resto del mondo e il ruolo dell\'Unione fuori dai suoi confini.' },
    en: { name: 'World', slug: 'world', description: 'Europe as seen from the rest of the world and the Union\'s role beyond its borders.' },
  },
  {
    key: 'world-politics',
    parent: 'world',
    position: 0,
    it: { name: 'Politica internazionale', slug: 'politica-internazionale', description: 'Diplomazia, crisi internazionali e relazioni esterne dell\'Unione europea.' },
    en: { name: 'World politics', slug: 'world-politics', description: 'Diplomacy, international crises and the external relations of the European Union.' },
  },
  {
    key: 'business',
    position: 2,
    it: { name: 'Economia', slug: 'economia', description: 'Mercato unico, commercio, imprese e politiche economiche dell\'Ue.' },
    en: { name: 'Business', slug: 'business', description: 'Single market, trade, companies and the economic policies of the EU.' },
  },
  {
    key: 'news',
    position: 3,
    it: { name: 'Notizie', slug: 'notizie', description: 'Le notizie del giorno da Bruxelles, Strasburgo e dalle capitali europee.' },
    en: { name: 'News', slug: 'news', description: 'The day\'s news from Brussels, Strasbourg and the European capitals.' },
  },
  {
    key: 'defence',
    position: 4,
    it: { name: 'Difesa', slug: 'difesa', description: 'Sicurezza, industria della difesa e cooperazione militare in Europa.' },
    en: { name: 'Defence', slug: 'defence', description: 'Security, the defence industry and military cooperation in Europe.' },
  },
  {
    key: 'net-tech',
    position: 5,
    it: { name: 'Net & Tech', slug: 'net-tech', description: 'Regole digitali, intelligenza artificiale, piattaforme e innovazione.' },
    en: { name: 'Net & Tech', slug: 'net-tech', description: 'Digital rules, artificial intelligence, platforms and innovation.' },
  },
  {
    key: 'agrifood',
    position: 6,
    it: { name: 'Agrifood', slug: 'agrifood', description: 'Agricoltura, pesca, sicurezza alimentare e politica agricola comune.' },
    en: { name: 'Agrifood', slug: 'agrifood', description: 'Farming, fisheries, food safety and the common agricultural policy.' },
  },
  {
    key: 'other-sections',
    position: 7,
    it: { name: 'Altre sezioni', slug: 'altre-sezioni', description: 'Tutti gli altri temi che raccontiamo, dalla cultura ai trasporti.' },
    en: { name: 'Other sections', slug: 'other-sections', description: 'All the other topics we cover, from culture to transport.' },
  },
  {
    key: 'culture',
    parent: 'other-sections',
    position: 0,
    it: { name: 'Cultura', slug: 'cultura', description: 'Arte, cinema, libri e programmi culturali dell\'Unione europea.' },
    en: { name: 'Culture', slug: 'culture', description: 'Art, cinema, books and the cultural programmes of the European Union.' },
  },
  {
    key: 'rights',
    parent: 'other-sections',
    position: 1,
    it: { name: 'Diritti', slug: 'diritti', description: 'Diritti fondamentali, migrazione, stato di diritto e uguaglianza.' },
    en: { name: 'Rights', slug: 'rights', description: 'Fundamental rights, migration, the rule of law and equality.' },
  },
  {
    key: 'energy',
    parent: 'other-sections',
    position: 2,
    it: { name: 'Energia', slug: 'energia', description: 'Mercati energetici, sicurezza degli approvvigionamenti e rinnovabili.' },
    en: { name: 'Energy', slug: 'energy', description: 'Energy markets, security of supply and renewables.' },
  },
  {
    key: 'green-economy',
    parent: 'other-sections',
    position: 3,
    it: { name: 'Economia verde', slug: 'economia-verde', description: 'Green Deal, clima, economia circolare e transizione ecologica.' },
    en: { name: 'Green Economy', slug: 'green-economy', description: 'The Green Deal, climate, the circular economy and the ecological transition.' },
  },
  {
    key: 'finance-insurance',
    parent: 'other-sections',
    position: 4,
    it: { name: 'Finanza e Assicurazioni', slug: 'finanza-e-assicurazioni', description: 'Banche, mercati dei capitali, politica monetaria e assicurazioni.' },
    en: { name: 'Finance & Insurance', slug: 'finance-insurance', description: 'Banks, capital markets, monetary policy and insurance.' },
  },
  {
    key: 'industry-markets',
    parent: 'other-sections',
    position: 5,
    it: { name: 'Industria e Mercati', slug: 'industria-e-mercati', description: 'Politica industriale, concorrenza e filiere strategiche europee.' },
    en: { name: 'Industry & Markets', slug: 'industry-markets', description: 'Industrial policy, competition and Europe\'s strategic supply chains.' },
  },
  {
    key: 'media',
    parent: 'other-sections',
    position: 6,
    it: { name: 'Media', slug: 'media', description: 'Libertà di stampa, pluralismo e informazione in Europa.' },
    en: { name: 'Media', slug: 'media', description: 'Press freedom, pluralism and information in Europe.' },
  },
  {
    key: 'mobility-logistics',
    parent: 'other-sections',
    position: 7,
    it: { name: 'Mobilità e Logistica', slug: 'mobilita-e-logistica', description: 'Trasporti, infrastrutture, automotive e diritti dei passeggeri.' },
    en: { name: 'Mobility & Logistics', slug: 'mobility-logistics', description: 'Transport, infrastructure, the automotive sector and passenger rights.' },
  },
  {
    key: 'sports',
    parent: 'other-sections',
    position: 8,
    it: { name: 'Sport', slug: 'sport', description: 'Lo sport europeo e le regole dell\'Ue che lo riguardano.' },
    en: { name: 'Sports', slug: 'sports', description: 'European sport and the EU rules that affect it.' },
  },
  {
    key: 'opinions',
    position: 8,
    it: { name: 'Opinioni', slug: 'opinioni', description: 'Commenti e analisi firmati dalle nostre giornaliste e dai nostri giornalisti.' },
    en: { name: 'Opinions', slug: 'opinions', description: 'Commentary and analysis signed by our journalists.' },
  },
  {
    key: 'letters',
    position: 9,
    it: { name: 'Lettere al direttore', slug: 'lettere-al-direttore', description: 'Le lettere delle lettrici e dei lettori, con le risposte del direttore.' },
    en: { name: 'Letters to the Editor', slug: 'letters-to-the-editor', description: 'Letters from our readers, with replies from the editor.' },
  },
  {
    key: 'directors-point-of-view',
    position: 10,
    it: { name: 'Il punto del direttore', slug: 'il-punto-del-direttore', description: 'L\'editoriale del direttore sui temi della settimana europea.' },
    en: { name: 'Director\'s Point of View', slug: 'directors-point-of-view', description: 'The editor\'s take on the issues of the European week.' },
  },
  {
    key: 'uncategorized',
    position: 11,
    it: { name: 'Non categorizzato', slug: 'non-categorizzato', description: 'Articoli non ancora assegnati a una sezione tematica.' },
    en: { name: 'Uncategorized', slug: 'uncategorized', description: 'Stories not yet assigned to a thematic section.' },
  },
];
