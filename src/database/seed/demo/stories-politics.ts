import type { DemoStory } from './types.js';

const TC = 'English version by the Translation Service of Withub';

/** Politics, News and Uncategorized stories (plus the scheduled one). */
export const politicsStories: DemoStory[] = [
  {
    key: 'eu-south-korea-defence',
    sourceLocale: 'it',
    authors: ['simone-de-la-feld'],
    sections: ['uncategorized', 'world-politics'],
    tags: ['josep borrell', 'north korea', 'russia', 'south korea', 'ukraine'],
    image: { url: 'https://media.redazione.example/2024/11/borrell-seoul-defence-partnership.jpg', width: 1600, height: 900, credit: 'Photo: European Commission' },
    publishedAt: '2024-11-04T10:30:00Z',
    versions: {
      it: {
        slug: 'ue-corea-del-sud-accordo-difesa-borrell-seul-ucraina',
        title: `Ue e Corea del Sud firmano un accordo di difesa. Borrell chiede a Seul di aumentare il sostegno all'Ucraina`,
        subtitle: `L'Alto rappresentante firma a Seul un partenariato per la sicurezza e la difesa e lancia l'allarme sulle truppe nordcoreane schierate in Russia`,
        excerpt: `Bruxelles e Seul siglano un partenariato su sicurezza e difesa. Per Borrell la presenza di truppe nordcoreane in Russia è una minaccia per l'Europa e per la penisola coreana.`,
        body: `<p>Unione europea e Corea del Sud rafforzano la loro cooperazione in materia di sicurezza. L'Alto rappresentante Ue per la politica estera, Josep Borrell, ha firmato oggi a Seul un partenariato per la sicurezza e la difesa che prevede consultazioni regolari, esercitazioni congiunte e collaborazione su sicurezza marittima, cyber e non proliferazione.</p>
<p>Al centro della visita c'è però la guerra in Ucraina. Secondo le intelligence occidentali, migliaia di <strong>truppe nordcoreane</strong> sono state trasferite in Russia e potrebbero presto essere impiegate al fronte nella regione di Kursk. Per Borrell si tratta di un'escalation che lega direttamente la sicurezza europea a quella della penisola coreana.</p>
<h2>La richiesta a Seul</h2>
<p>L'Alto rappresentante ha chiesto alla Corea del Sud di aumentare il proprio sostegno a Kiev, riconoscendo che ogni decisione su eventuali forniture militari spetta al governo sudcoreano. Finora Seul ha inviato aiuti umanitari ed economici, ma non armi letali.</p>
<blockquote>Quello che accade in Europa ha conseguenze in Asia, e viceversa: la sicurezza dei due continenti è indivisibile.</blockquote>
<p>Il partenariato segue quello firmato pochi giorni fa con il Giappone e conferma la crescente attenzione dell'Ue per l'Indo-Pacifico.</p>`,
        imageAlt: `Josep Borrell e il ministro degli Esteri sudcoreano si stringono la mano dopo la firma dell'accordo`,
        imageCaption: `L'Alto rappresentante Josep Borrell a Seul dopo la firma del partenariato per la sicurezza e la difesa`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'eu-south-korea-sign-defence-agreement',
        title: `EU, South Korea sign defence agreement. Borrell asks Seoul to step up support for Ukraine`,
        subtitle: `The High Representative signs a security and defence partnership in Seoul and sounds the alarm over North Korean troops deployed in Russia`,
        excerpt: `Brussels and Seoul sign a security and defence partnership. For Borrell, the presence of North Korean troops in Russia is a threat to Europe and to the Korean peninsula.`,
        body: `<p>The European Union and South Korea are strengthening their security cooperation. The EU's High Representative for foreign policy, Josep Borrell, today signed a security and defence partnership in Seoul that provides for regular consultations, joint exercises and cooperation on maritime security, cyber and non-proliferation.</p>
<p>The war in Ukraine, however, dominated the visit. According to Western intelligence, thousands of <strong>North Korean troops</strong> have been moved to Russia and could soon be deployed at the front in the Kursk region. For Borrell, this is an escalation that directly links European security to that of the Korean peninsula.</p>
<h2>The request to Seoul</h2>
<p>The High Representative asked South Korea to step up its support for Kyiv, while acknowledging that any decision on military supplies rests with the South Korean government. So far Seoul has sent humanitarian and economic aid, but no lethal weapons.</p>
<blockquote>What happens in Europe has consequences in Asia, and vice versa: the security of the two continents is indivisible.</blockquote>
<p>The partnership follows the one signed a few days ago with Japan and confirms the EU's growing attention to the Indo-Pacific.</p>`,
        imageAlt: `Josep Borrell and the South Korean foreign minister shake hands after signing the agreement`,
        imageCaption: `High Representative Josep Borrell in Seoul after signing the security and defence partnership`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'von-der-leyen-commission-approved',
    sourceLocale: 'it',
    authors: ['giulia-ferraresi'],
    sections: ['politics'],
    tags: ['european parliament', 'european commission', 'ursula von der leyen', 'roberta metsola'],
    image: { url: 'https://media.redazione.example/2024/11/strasbourg-plenary-vote.jpg', width: 1920, height: 1080, credit: 'Photo: European Parliament' },
    publishedAt: '2024-11-27T12:45:00Z',
    versions: {
      it: {
        slug: 'parlamento-europeo-approva-commissione-von-der-leyen-bis',
        title: `Il Parlamento europeo approva la Commissione von der Leyen bis`,
        subtitle: `Via libera dell'Aula di Strasburgo al nuovo collegio dei commissari, che entrerà in carica il primo dicembre`,
        excerpt: `Con 370 voti favorevoli, 282 contrari e 36 astensioni l'Eurocamera dà il via libera alla seconda Commissione guidata da Ursula von der Leyen.`,
        body: `<p>La seconda Commissione von der Leyen ha ottenuto la fiducia del Parlamento europeo. Riunita in plenaria a Strasburgo, l'Aula ha approvato il nuovo collegio con 370 voti favorevoli, 282 contrari e 36 astensioni: una maggioranza più stretta rispetto a quella che a luglio aveva confermato la presidente.</p>
<p>Il voto chiude settimane di audizioni e di trattative tra i gruppi politici, in particolare sulle vicepresidenze esecutive. Popolari, socialisti e liberali hanno sostenuto il collegio, ma con defezioni in diverse delegazioni nazionali.</p>
<h2>Le priorità del mandato</h2>
<p>Nel suo discorso la presidente ha indicato competitività, difesa e semplificazione normativa come assi del nuovo mandato, insieme al sostegno all'Ucraina e alla prosecuzione del Green Deal.</p>
<p>La nuova Commissione entrerà in carica il 1° dicembre 2024 per un mandato di cinque anni.</p>`,
        imageAlt: `L'emiciclo del Parlamento europeo a Strasburgo durante una votazione`,
        imageCaption: `L'Aula di Strasburgo durante il voto sul nuovo collegio dei commissari`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'european-parliament-approves-second-von-der-leyen-commission',
        title: `European Parliament approves the second von der Leyen Commission`,
        subtitle: `The Strasbourg plenary gives the green light to the new College of Commissioners, which will take office on 1 December`,
        excerpt: `With 370 votes in favour, 282 against and 36 abstentions, MEPs back the second Commission led by Ursula von der Leyen.`,
        body: `<p>The second von der Leyen Commission has won the confidence of the European Parliament. Meeting in plenary in Strasbourg, MEPs approved the new College with 370 votes in favour, 282 against and 36 abstentions: a narrower majority than the one that confirmed the President in July.</p>
<p>The vote ends weeks of hearings and negotiations between political groups, particularly over the executive vice-presidencies. The European People's Party, the Socialists and the Liberals backed the College, but with defections in several national delegations.</p>
<h2>The priorities of the mandate</h2>
<p>In her speech, the President named competitiveness, defence and regulatory simplification as the pillars of the new mandate, together with support for Ukraine and the continuation of the Green Deal.</p>
<p>The new Commission will take office on 1 December 2024 for a five-year term.</p>`,
        imageAlt: `The European Parliament chamber in Strasbourg during a vote`,
        imageCaption: `The Strasbourg chamber during the vote on the new College of Commissioners`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'costa-takes-office',
    sourceLocale: 'it',
    authors: ['giulia-ferraresi', 'simone-de-la-feld'],
    sections: ['politics', 'world-politics'],
    tags: ['antonio costa', 'european council', 'ukraine', 'kaja kallas'],
    image: { url: 'https://media.redazione.example/2024/12/costa-handover-ceremony.jpg', width: 1600, height: 900, credit: 'Photo: European Council' },
    publishedAt: '2024-12-01T09:00:00Z',
    versions: {
      it: {
        slug: 'antonio-costa-assume-presidenza-consiglio-europeo',
        title: `Antonio Costa assume la presidenza del Consiglio europeo. Primo viaggio a Kiev`,
        subtitle: `L'ex primo ministro portoghese succede a Charles Michel e sceglie l'Ucraina per la sua prima missione`,
        excerpt: `Da oggi Antonio Costa è presidente del Consiglio europeo. Nel primo giorno di mandato è a Kiev insieme all'Alta rappresentante Kaja Kallas.`,
        body: `<p>Cambio al vertice del Consiglio europeo. Antonio Costa, già primo ministro del Portogallo, assume da oggi la presidenza dell'istituzione che riunisce i capi di Stato e di governo dei Ventisette, succedendo a Charles Michel.</p>
<p>Il suo primo giorno di mandato lo trascorre a Kiev, insieme all'Alta rappresentante Kaja Kallas e alla commissaria per l'Allargamento Marta Kos. Un segnale politico voluto: il sostegno all'Ucraina resta la priorità dell'agenda dei leader.</p>
<h2>Un nuovo metodo di lavoro</h2>
<p>Costa ha annunciato vertici più brevi e concentrati sulle decisioni strategiche, con meno conclusioni scritte e più spazio alla discussione politica. Tra le novità anche un ritiro informale dei leader dedicato alla difesa, in programma nei primi mesi del 2025.</p>
<p>Il mandato del presidente del Consiglio europeo dura due anni e mezzo ed è rinnovabile una volta.</p>`,
        imageAlt: `Antonio Costa e Charles Michel durante la cerimonia di passaggio di consegne a Bruxelles`,
        imageCaption: `Il passaggio di consegne tra Charles Michel e Antonio Costa nella sede del Consiglio europeo`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'antonio-costa-takes-office-as-european-council-president',
        title: `Antonio Costa takes office as European Council President. First trip to Kyiv`,
        subtitle: `The former Portuguese prime minister succeeds Charles Michel and chooses Ukraine for his first mission`,
        excerpt: `As of today, Antonio Costa is President of the European Council. On his first day in office he is in Kyiv with High Representative Kaja Kallas.`,
        body: `<p>A change at the top of the European Council. Antonio Costa, former prime minister of Portugal, today takes over the presidency of the institution that brings together the heads of state and government of the Twenty-Seven, succeeding Charles Michel.</p>
<p>He is spending his first day in office in Kyiv, together with High Representative Kaja Kallas and Enlargement Commissioner Marta Kos. It is a deliberate political signal: support for Ukraine remains the priority on the leaders' agenda.</p>
<h2>A new working method</h2>
<p>Costa has announced shorter summits focused on strategic decisions, with fewer written conclusions and more room for political discussion. The innovations include an informal leaders' retreat on defence, planned for the first months of 2025.</p>
<p>The President of the European Council serves a two-and-a-half-year term, renewable once.</p>`,
        imageAlt: `Antonio Costa and Charles Michel during the handover ceremony in Brussels`,
        imageCaption: `The handover between Charles Michel and Antonio Costa at the European Council building`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'parliament-housing-committee',
    sourceLocale: 'it',
    authors: ['giulia-ferraresi'],
    sections: ['politics', 'rights'],
    tags: ['european parliament'],
    image: { url: 'https://media.redazione.example/2024/12/housing-brussels-facades.jpg', width: 1500, height: 1000, credit: 'Photo: Redazione' },
    publishedAt: '2024-12-18T15:20:00Z',
    versions: {
      it: {
        slug: 'parlamento-europeo-commissione-speciale-crisi-abitativa',
        title: `Casa, il Parlamento europeo istituisce una commissione speciale sulla crisi abitativa`,
        subtitle: `Per la prima volta l'Eurocamera dedica un organo ad hoc al costo degli alloggi, diventato un tema politico in tutta l'Unione`,
        excerpt: `La nuova commissione avrà dodici mesi per analizzare le cause del caro affitti e proporre soluzioni. Il tema entra così stabilmente nell'agenda europea.`,
        body: `<p>Il Parlamento europeo ha votato l'istituzione di una commissione speciale sulla crisi abitativa nell'Unione. Composta da 33 membri, avrà un mandato di dodici mesi per studiare l'aumento dei prezzi delle case e degli affitti e formulare raccomandazioni.</p>
<p>La politica abitativa resta in larga parte una competenza nazionale, ma Bruxelles può intervenire attraverso i fondi di coesione, le regole sugli aiuti di Stato e la normativa sugli affitti brevi.</p>
<blockquote>Non possiamo parlare di competitività se i giovani non possono permettersi di vivere nelle città dove si trova il lavoro.</blockquote>
<p>La commissione lavorerà in parallelo con il primo commissario europeo con delega alla casa, incaricato di preparare un piano europeo per alloggi accessibili.</p>`,
        imageAlt: `Facciate di edifici residenziali in un quartiere di Bruxelles`,
        imageCaption: `Edifici residenziali a Bruxelles: anche nella capitale belga gli affitti sono in forte crescita`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'european-parliament-sets-up-special-committee-on-housing-crisis',
        title: `Housing: European Parliament sets up a special committee on the housing crisis`,
        subtitle: `For the first time, the Parliament dedicates an ad hoc body to the cost of housing, which has become a political issue across the Union`,
        excerpt: `The new committee will have twelve months to analyse the causes of soaring rents and propose solutions. The issue thus enters the European agenda for good.`,
        body: `<p>The European Parliament has voted to set up a special committee on the housing crisis in the Union. Made up of 33 members, it will have a twelve-month mandate to study rising house prices and rents and to make recommendations.</p>
<p>Housing policy remains largely a national competence, but Brussels can act through cohesion funds, state aid rules and legislation on short-term rentals.</p>
<blockquote>We cannot talk about competitiveness if young people cannot afford to live in the cities where the jobs are.</blockquote>
<p>The committee will work in parallel with the first European Commissioner with a housing portfolio, tasked with preparing a European affordable housing plan.</p>`,
        imageAlt: `Facades of residential buildings in a Brussels neighbourhood`,
        imageCaption: `Residential buildings in Brussels: rents are rising sharply in the Belgian capital too`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'schengen-romania-bulgaria',
    sourceLocale: 'it',
    authors: ['valentina-sorrentino'],
    sections: ['news', 'politics'],
    tags: ['schengen', 'migration', 'enlargement'],
    image: { url: 'https://media.redazione.example/2025/01/romania-bulgaria-border-crossing.jpg', width: 1920, height: 1080, credit: 'Photo: Redazione' },
    publishedAt: '2025-01-01T08:00:00Z',
    versions: {
      it: {
        slug: 'schengen-romania-bulgaria-membri-a-pieno-titolo',
        title: `Schengen, Romania e Bulgaria entrano a pieno titolo nell'area di libera circolazione`,
        subtitle: `Dal primo gennaio cadono i controlli alle frontiere terrestri: si chiude un percorso durato tredici anni`,
        excerpt: `Dopo l'apertura delle frontiere aeree e marittime nel 2024, da oggi spariscono anche i controlli sistematici ai confini terrestri di Romania e Bulgaria.`,
        body: `<p>Da oggi Romania e Bulgaria sono membri a tutti gli effetti dello spazio Schengen. Con il nuovo anno cadono i controlli sistematici alle frontiere terrestri interne, dopo che a marzo 2024 erano già stati eliminati quelli negli aeroporti e nei porti.</p>
<p>La decisione era stata adottata all'unanimità dai ministri dell'Interno a dicembre, dopo che l'Austria aveva ritirato il proprio veto in cambio di un rafforzamento della sorveglianza alle frontiere esterne.</p>
<h2>Cosa cambia</h2>
<ul><li>niente più code ai valichi tra Romania, Bulgaria e Ungheria;</li><li>tempi più brevi per il trasporto merci su strada;</li><li>controlli mirati possibili nei primi sei mesi.</li></ul>
<p>Con l'ingresso dei due Paesi, lo spazio Schengen conta 29 membri, di cui 25 Stati dell'Ue.</p>`,
        imageAlt: `Un valico di frontiera tra Romania e Bulgaria con le sbarre alzate`,
        imageCaption: `Il valico di frontiera sul Danubio tra Romania e Bulgaria, senza più controlli sistematici`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'schengen-romania-bulgaria-become-full-members',
        title: `Schengen: Romania and Bulgaria become full members of the free-movement area`,
        subtitle: `Land border checks are lifted on 1 January, ending a process that took thirteen years`,
        excerpt: `After air and sea borders opened in 2024, systematic checks at Romania's and Bulgaria's land borders also disappear as of today.`,
        body: `<p>As of today, Romania and Bulgaria are fully fledged members of the Schengen area. With the new year, systematic checks at internal land borders are lifted, after those at airports and seaports were already removed in March 2024.</p>
<p>The decision was adopted unanimously by interior ministers in December, after Austria withdrew its veto in exchange for stronger surveillance of the external borders.</p>
<h2>What changes</h2>
<ul><li>no more queues at crossings between Romania, Bulgaria and Hungary;</li><li>shorter times for road freight transport;</li><li>targeted checks remain possible in the first six months.</li></ul>
<p>With the two countries joining, the Schengen area has 29 members, 25 of them EU states.</p>`,
        imageAlt: `A border crossing between Romania and Bulgaria with the barriers raised`,
        imageCaption: `The Danube border crossing between Romania and Bulgaria, no longer subject to systematic checks`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'german-election-brussels',
    sourceLocale: 'it',
    authors: ['elena-carbone', 'giulia-ferraresi'],
    sections: ['politics', 'world-politics'],
    tags: ['germany', 'european council'],
    image: { url: 'https://media.redazione.example/2025/02/berlin-reichstag-election-night.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2025-02-24T07:30:00Z',
    versions: {
      it: {
        slug: 'elezioni-germania-cosa-cambia-per-bruxelles',
        title: `Elezioni in Germania, cosa cambia per Bruxelles`,
        subtitle: `La vittoria della Cdu-Csu apre la strada a un nuovo governo a Berlino: le capitali europee attendono un ritorno della leadership tedesca`,
        excerpt: `Il blocco conservatore vince le elezioni anticipate, l'Afd è seconda. A Bruxelles si guarda ai tempi della formazione del governo e alle posizioni su difesa e debito comune.`,
        body: `<p>L'Unione cristiano-democratica guidata da Friedrich Merz ha vinto le elezioni federali anticipate in Germania, mentre Alternative für Deutschland ha ottenuto il miglior risultato della sua storia, diventando il secondo partito. I socialdemocratici del cancelliere uscente registrano un netto calo.</p>
<p>Per le istituzioni europee la priorità è la rapidità: un lungo negoziato di coalizione lascerebbe la principale economia dell'Unione senza una posizione chiara proprio mentre si discute di difesa, dazi e competitività.</p>
<h2>I dossier sul tavolo</h2>
<p>Tra i temi più attesi ci sono la riforma del freno al debito, il finanziamento della spesa militare e l'atteggiamento di Berlino verso nuovi strumenti di debito comune europeo, su cui la Germania è tradizionalmente prudente.</p>`,
        imageAlt: `Il palazzo del Reichstag a Berlino illuminato nella notte elettorale`,
        imageCaption: `Il Reichstag a Berlino la sera delle elezioni federali`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'german-election-what-changes-for-brussels',
        title: `German election: what changes for Brussels`,
        subtitle: `The CDU-CSU victory paves the way for a new government in Berlin: European capitals expect a return of German leadership`,
        excerpt: `The conservative bloc wins the snap election, with the AfD in second place. Brussels is watching how long coalition talks take and Berlin's stance on defence and joint debt.`,
        body: `<p>The Christian Democratic Union led by Friedrich Merz has won Germany's snap federal election, while Alternative für Deutschland achieved the best result in its history, becoming the second-largest party. The outgoing chancellor's Social Democrats suffered a sharp decline.</p>
<p>For the European institutions, speed is the priority: lengthy coalition talks would leave the Union's largest economy without a clear position just as defence, tariffs and competitiveness are being discussed.</p>
<h2>The files on the table</h2>
<p>The most eagerly awaited issues include reform of the debt brake, the financing of military spending and Berlin's attitude towards new joint European debt instruments, on which Germany has traditionally been cautious.</p>`,
        imageAlt: `The Reichstag building in Berlin lit up on election night`,
        imageCaption: `The Reichstag in Berlin on the evening of the federal election`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'omnibus-urgent-procedure',
    sourceLocale: 'it',
    authors: ['giulia-ferraresi'],
    sections: ['politics', 'business'],
    tags: ['european parliament', 'simplification', 'competitiveness'],
    image: { url: 'https://media.redazione.example/2025/04/parliament-brussels-hemicycle.jpg', width: 1920, height: 1080, credit: 'Photo: European Parliament' },
    publishedAt: '2025-04-03T13:10:00Z',
    versions: {
      it: {
        slug: 'omnibus-parlamento-approva-rinvio-obblighi-sostenibilita',
        title: `Omnibus, il Parlamento approva il rinvio degli obblighi di sostenibilità per le imprese`,
        subtitle: `Con la procedura d'urgenza l'Eurocamera dà il via libera allo "stop-the-clock" sulle direttive di rendicontazione e due diligence`,
        excerpt: `Slittano di due anni gli obblighi di rendicontazione per molte aziende. È il primo risultato concreto dell'agenda di semplificazione della Commissione.`,
        body: `<p>Il Parlamento europeo ha approvato a larga maggioranza il rinvio degli obblighi previsti dalle direttive sulla rendicontazione di sostenibilità e sul dovere di diligenza delle imprese. Il testo, esaminato con procedura d'urgenza, fa parte del primo pacchetto "omnibus" presentato dalla Commissione a febbraio.</p>
<p>Per le aziende che avrebbero dovuto pubblicare il primo rapporto nel 2026, la scadenza slitta di due anni. Nel frattempo i co-legislatori lavoreranno alla revisione del contenuto delle norme.</p>
<h2>Le critiche</h2>
<p>Verdi e parte della sinistra hanno votato contro, sostenendo che la semplificazione rischia di trasformarsi in deregolamentazione. Le associazioni d'impresa parlano invece di una boccata d'ossigeno per le piccole e medie imprese.</p>`,
        imageAlt: `L'emiciclo del Parlamento europeo a Bruxelles durante una sessione plenaria`,
        imageCaption: `La plenaria del Parlamento europeo a Bruxelles`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'omnibus-parliament-approves-delay-of-sustainability-obligations',
        title: `Omnibus: Parliament approves delay of sustainability obligations for companies`,
        subtitle: `Using the urgent procedure, MEPs give the green light to the "stop-the-clock" on the reporting and due diligence directives`,
        excerpt: `Reporting obligations for many companies are postponed by two years. It is the first concrete result of the Commission's simplification agenda.`,
        body: `<p>The European Parliament has approved by a large majority the postponement of obligations under the directives on sustainability reporting and corporate due diligence. The text, examined under the urgent procedure, is part of the first "omnibus" package presented by the Commission in February.</p>
<p>For companies that were due to publish their first report in 2026, the deadline is pushed back by two years. In the meantime, the co-legislators will work on revising the substance of the rules.</p>
<h2>The criticism</h2>
<p>The Greens and part of the left voted against, arguing that simplification risks turning into deregulation. Business associations, by contrast, speak of a breath of fresh air for small and medium-sized enterprises.</p>`,
        imageAlt: `The European Parliament chamber in Brussels during a plenary session`,
        imageCaption: `The European Parliament plenary in Brussels`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'rule-of-law-report-2025',
    sourceLocale: 'it',
    authors: ['valentina-sorrentino'],
    sections: ['politics', 'rights'],
    tags: ['rule of law', 'european commission', 'media freedom'],
    image: { url: 'https://media.redazione.example/2025/07/court-of-justice-luxembourg.jpg', width: 1600, height: 1067, credit: 'Photo: Redazione' },
    publishedAt: '2025-07-08T11:00:00Z',
    versions: {
      it: {
        slug: 'stato-di-diritto-rapporto-annuale-commissione-2025',
        title: `Stato di diritto, la Commissione pubblica il rapporto annuale: progressi a metà`,
        subtitle: `Per la prima volta il documento guarda anche ai Paesi candidati e dedica più spazio al mercato unico`,
        excerpt: `Bruxelles rileva miglioramenti in diversi Stati membri ma conferma preoccupazioni persistenti su indipendenza della giustizia e libertà dei media.`,
        body: `<p>La Commissione europea ha presentato la sesta edizione del rapporto sullo stato di diritto, che analizza sistema giudiziario, lotta alla corruzione, pluralismo dei media ed equilibrio tra i poteri in ciascuno dei Ventisette.</p>
<p>Secondo Bruxelles, circa due terzi delle raccomandazioni dello scorso anno sono state attuate in tutto o in parte. Restano però criticità persistenti in alcuni Paesi, a partire dall'Ungheria, in particolare sull'indipendenza della magistratura e sulla concentrazione della proprietà dei media.</p>
<h2>Le novità</h2>
<p>Quest'anno il rapporto include per la prima volta quattro Paesi candidati all'adesione e una sezione sul legame tra stato di diritto e funzionamento del mercato unico, considerato un fattore di attrattività per gli investimenti.</p>
<p>Il testo integrale è disponibile sul <a href="https://commission.example.org/rule-of-law-report-2025">sito della Commissione</a>.</p>`,
        imageAlt: `L'edificio della Corte di giustizia dell'Unione europea a Lussemburgo`,
        imageCaption: `La Corte di giustizia dell'Ue a Lussemburgo`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'rule-of-law-commission-publishes-annual-report-2025',
        title: `Rule of law: Commission publishes its annual report, with mixed progress`,
        subtitle: `For the first time the document also looks at candidate countries and gives more space to the single market`,
        excerpt: `Brussels notes improvements in several member states but confirms persistent concerns about judicial independence and media freedom.`,
        body: `<p>The European Commission has presented the sixth edition of its rule of law report, which analyses the justice system, the fight against corruption, media pluralism and checks and balances in each of the Twenty-Seven.</p>
<p>According to Brussels, around two thirds of last year's recommendations have been fully or partly implemented. However, persistent problems remain in some countries, starting with Hungary, particularly regarding judicial independence and the concentration of media ownership.</p>
<h2>What is new</h2>
<p>This year the report includes four candidate countries for the first time, as well as a section on the link between the rule of law and the functioning of the single market, seen as a factor in attracting investment.</p>
<p>The full text is available on the <a href="https://commission.example.org/rule-of-law-report-2025">Commission's website</a>.</p>`,
        imageAlt: `The Court of Justice of the European Union building in Luxembourg`,
        imageCaption: `The EU Court of Justice in Luxembourg`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'eu-moldova-summit',
    sourceLocale: 'it',
    authors: ['simone-de-la-feld', 'elena-carbone'],
    sections: ['world-politics', 'politics'],
    tags: ['moldova', 'enlargement', 'antonio costa', 'ursula von der leyen'],
    image: { url: 'https://media.redazione.example/2025/07/chisinau-eu-moldova-summit.jpg', width: 1600, height: 900, credit: 'Photo: European Council' },
    publishedAt: '2025-07-04T14:00:00Z',
    versions: {
      it: {
        slug: 'primo-vertice-ue-moldova-chisinau-adesione',
        title: `Primo vertice Ue-Moldova a Chișinău: Bruxelles conferma la prospettiva di adesione`,
        subtitle: `I leader europei promettono sostegno contro le interferenze russe e accelerano sugli investimenti del piano di crescita`,
        excerpt: `Nel primo summit bilaterale della storia, Ue e Moldova firmano un partenariato strategico. Sul tavolo 1,9 miliardi di euro di investimenti.`,
        body: `<p>Si è svolto a Chișinău il primo vertice tra Unione europea e Repubblica di Moldova. Il presidente del Consiglio europeo Antonio Costa e la presidente della Commissione Ursula von der Leyen hanno incontrato la presidente moldava Maia Sandu, confermando il sostegno al percorso di adesione del Paese.</p>
<p>Al centro dei colloqui il piano di crescita da 1,9 miliardi di euro, destinato a infrastrutture, energia e integrazione nel mercato unico, e la resilienza contro le interferenze esterne in vista delle elezioni parlamentari d'autunno.</p>
<blockquote>Il futuro della Moldova è nell'Unione europea, e l'Unione europea non lascerà sola la Moldova.</blockquote>
<p>Il Paese attende l'apertura formale dei primi cluster negoziali, finora legata al percorso parallelo dell'Ucraina.</p>`,
        imageAlt: `I leader dell'Ue e la presidente moldava posano per la foto di famiglia a Chișinău`,
        imageCaption: `La foto di famiglia del primo vertice Ue-Moldova`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'first-eu-moldova-summit-chisinau-accession',
        title: `First EU-Moldova summit in Chișinău: Brussels confirms accession prospects`,
        subtitle: `European leaders pledge support against Russian interference and speed up investment under the growth plan`,
        excerpt: `At the first bilateral summit in history, the EU and Moldova sign a strategic partnership. On the table: 1.9 billion euros in investment.`,
        body: `<p>The first summit between the European Union and the Republic of Moldova took place in Chișinău. European Council President Antonio Costa and Commission President Ursula von der Leyen met Moldovan President Maia Sandu, confirming support for the country's accession path.</p>
<p>The talks focused on the 1.9-billion-euro growth plan, intended for infrastructure, energy and integration into the single market, and on resilience against foreign interference ahead of the autumn parliamentary elections.</p>
<blockquote>Moldova's future is in the European Union, and the European Union will not leave Moldova alone.</blockquote>
<p>The country is waiting for the formal opening of the first negotiating clusters, so far tied to Ukraine's parallel path.</p>`,
        imageAlt: `EU leaders and the Moldovan president pose for the family photo in Chișinău`,
        imageCaption: `The family photo of the first EU-Moldova summit`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'mff-proposal-2028-2034',
    sourceLocale: 'it',
    authors: ['marco-benedetti'],
    sections: ['politics', 'business'],
    tags: ['eu budget', 'european commission', 'cohesion policy', 'common agricultural policy'],
    image: { url: 'https://media.redazione.example/2025/07/berlaymont-budget-presentation.jpg', width: 1920, height: 1080, credit: 'Photo: European Commission' },
    publishedAt: '2025-07-16T16:30:00Z',
    versions: {
      it: {
        slug: 'bilancio-ue-2028-2034-proposta-commissione-quasi-2mila-miliardi',
        title: `Bilancio Ue 2028-2034, la Commissione propone quasi 2mila miliardi`,
        subtitle: `Piani nazionali unici per coesione e agricoltura e un nuovo Fondo per la competitività: la proposta apre due anni di negoziati`,
        excerpt: `Bruxelles presenta il nuovo quadro finanziario pluriennale. Le regioni e gli agricoltori temono di perdere risorse con l'accorpamento dei fondi.`,
        body: `<p>La Commissione europea ha presentato la proposta per il quadro finanziario pluriennale 2028-2034: quasi 2mila miliardi di euro, pari a circa l'1,26% del reddito nazionale lordo dell'Unione.</p>
<p>La novità principale è la struttura. I fondi di coesione e quelli della politica agricola comune confluiranno in piani di partenariato nazionali e regionali, negoziati con ogni governo. Nasce inoltre un Fondo europeo per la competitività, che riunisce i programmi per ricerca, digitale, spazio e difesa.</p>
<h2>Le reazioni</h2>
<p>Le organizzazioni agricole e molte regioni hanno criticato l'accorpamento, temendo una minore prevedibilità dei finanziamenti. Diversi Stati contributori netti giudicano invece eccessiva la dimensione complessiva.</p>
<p>Il bilancio richiede l'unanimità in Consiglio e l'approvazione del Parlamento europeo.</p>`,
        imageAlt: `La presidente della Commissione presenta la proposta di bilancio nella sala stampa del Berlaymont`,
        imageCaption: `La presentazione del nuovo quadro finanziario pluriennale a Bruxelles`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'eu-budget-2028-2034-commission-proposes-almost-2-trillion',
        title: `EU budget 2028-2034: Commission proposes almost 2 trillion euros`,
        subtitle: `Single national plans for cohesion and farming and a new Competitiveness Fund: the proposal opens two years of negotiations`,
        excerpt: `Brussels presents the new multiannual financial framework. Regions and farmers fear losing resources as funds are merged.`,
        body: `<p>The European Commission has presented its proposal for the 2028-2034 multiannual financial framework: almost 2 trillion euros, equal to around 1.26% of the Union's gross national income.</p>
<p>The main novelty is the structure. Cohesion funds and those of the common agricultural policy will be merged into national and regional partnership plans, negotiated with each government. A European Competitiveness Fund is also created, bringing together the programmes for research, digital, space and defence.</p>
<h2>The reactions</h2>
<p>Farmers' organisations and many regions criticised the merger, fearing less predictable funding. Several net-contributor states, on the other hand, consider the overall size excessive.</p>
<p>The budget requires unanimity in the Council and the approval of the European Parliament.</p>`,
        imageAlt: `The Commission President presents the budget proposal in the Berlaymont press room`,
        imageCaption: `The presentation of the new multiannual financial framework in Brussels`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'brussels-national-strike',
    sourceLocale: 'it',
    authors: ['alessandro-rinaldi'],
    sections: ['news', 'mobility-logistics'],
    tags: [],
    image: { url: 'https://media.redazione.example/2025/02/brussels-strike-empty-metro.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2025-02-13T06:45:00Z',
    versions: {
      it: {
        slug: 'sciopero-nazionale-belgio-trasporti-bloccati-bruxelles',
        title: `Sciopero nazionale in Belgio, trasporti bloccati a Bruxelles`,
        subtitle: `Metro, treni e voli cancellati: anche le istituzioni europee invitano il personale a lavorare da casa`,
        excerpt: `La giornata di mobilitazione contro la riforma delle pensioni paralizza la capitale belga. Cancellati quasi tutti i voli in partenza da Zaventem.`,
        body: `<p>Giornata difficile per chi si muove a Bruxelles. Lo sciopero nazionale indetto dai sindacati contro la riforma delle pensioni del nuovo governo federale ha fermato gran parte della rete di metro, tram e autobus e ridotto al minimo i treni.</p>
<p>L'aeroporto di Zaventem ha annunciato la cancellazione di quasi tutti i voli in partenza, mentre a Charleroi l'attività è stata sospesa per l'intera giornata.</p>
<p>Commissione, Consiglio e Parlamento hanno raccomandato al personale il telelavoro. Nel pomeriggio è previsto un corteo nel centro della città: la polizia consiglia di evitare la zona della stazione Nord.</p>`,
        imageAlt: `Una banchina deserta della metropolitana di Bruxelles`,
        imageCaption: `Una stazione della metropolitana di Bruxelles vuota durante lo sciopero`,
        status: 'PUBLISHED',
      },
    },
  },
  {
    key: 'october-european-council-briefing',
    sourceLocale: 'en',
    authors: ['sara-bellucci'],
    sections: ['politics', 'news'],
    tags: ['european council', 'antonio costa', 'ukraine', 'competitiveness'],
    image: { url: 'https://media.redazione.example/2025/10/europa-building-flags.jpg', width: 2000, height: 1125, credit: 'Photo: European Council' },
    publishedAt: '2025-10-20T09:00:00Z',
    versions: {
      en: {
        slug: 'brussels-briefing-what-to-expect-from-october-european-council',
        title: `Brussels briefing: what to expect from the October European Council`,
        subtitle: `Ukraine's financing, defence readiness and competitiveness dominate the agenda of this week's leaders' summit`,
        excerpt: `EU leaders meet in Brussels on Thursday. Here are the files to watch and where the divisions lie.`,
        body: `<p>EU heads of state and government gather in the Europa building on Thursday for a summit that European Council President Antonio Costa wants to keep short and decision-oriented. Three files stand out.</p>
<h2>Ukraine</h2>
<p>Leaders will discuss how to cover Kyiv's financing needs for the next two years, including the idea of a loan backed by immobilised Russian central bank assets. Several capitals want legal guarantees before giving their green light.</p>
<h2>Defence and competitiveness</h2>
<p>The Commission's roadmap on defence readiness for 2030 is expected to be endorsed, together with a push to complete the simplification agenda and to lower energy prices for industry.</p>
<ul><li>Thursday morning: exchange with the President of the European Parliament</li><li>Afternoon: Ukraine and defence</li><li>Evening: competitiveness and the twin transition</li></ul>`,
        imageAlt: `EU flags in front of the Europa building in Brussels`,
        imageCaption: `The Europa building, seat of the European Council, in Brussels`,
        status: 'PUBLISHED',
      },
    },
  },
  {
    key: 'lobbying-transparency-review',
    sourceLocale: 'it',
    authors: ['valentina-sorrentino'],
    sections: ['politics', 'rights'],
    tags: ['european parliament', 'rule of law'],
    image: { url: 'https://media.redazione.example/2025/11/parliament-corridor-badges.jpg', width: 1500, height: 1000, credit: 'Photo: Redazione' },
    publishedAt: '2025-11-25T10:00:00Z',
    versions: {
      it: {
        slug: 'trasparenza-parlamento-europeo-nuove-regole-rappresentanti-interessi',
        title: `Trasparenza, il Parlamento europeo valuta nuove regole per i rappresentanti di interessi`,
        subtitle: `Sul tavolo un registro più stringente e controlli sugli incontri dei deputati con lobbisti e governi terzi`,
        excerpt: `L'Ufficio di presidenza discute una revisione delle norme interne. Le ong chiedono sanzioni più efficaci per chi non rispetta gli obblighi.`,
        body: `<p>Il Parlamento europeo lavora a una revisione delle regole sui rapporti tra deputati e rappresentanti di interessi. La proposta, discussa dall'Ufficio di presidenza, prevede l'obbligo di pubblicare tutti gli incontri legati a dossier legislativi e controlli più stringenti sull'accesso ai locali.</p>
<p>Tra le ipotesi anche un periodo di attesa più lungo per gli ex deputati che intendono lavorare come lobbisti e l'estensione degli obblighi di registrazione ai rappresentanti di Paesi terzi.</p>
<p>Le organizzazioni per la trasparenza accolgono positivamente il progetto ma chiedono un organismo di controllo indipendente con reali poteri sanzionatori.</p>`,
        imageAlt: `Badge di accesso appesi in un corridoio del Parlamento europeo`,
        imageCaption: `Un corridoio del Parlamento europeo a Bruxelles`,
        status: 'IN_REVIEW',
      },
    },
  },
  {
    key: 'electoral-law-negotiations-draft',
    sourceLocale: 'it',
    authors: ['giulia-ferraresi'],
    sections: ['politics'],
    tags: ['european parliament', 'european council'],
    image: { url: 'https://media.redazione.example/2025/11/ballot-box-european-elections.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2025-11-28T09:00:00Z',
    versions: {
      it: {
        slug: 'legge-elettorale-europea-negoziati-in-stallo',
        title: `Legge elettorale europea, i negoziati restano in stallo`,
        subtitle: `Liste transnazionali e soglia di sbarramento dividono ancora Parlamento e governi`,
        excerpt: `La riforma approvata dall'Eurocamera nel 2022 attende ancora il via libera unanime del Consiglio.`,
        body: `<p>La riforma della legge elettorale europea è ferma. Il testo approvato dal Parlamento nel 2022, che prevede tra l'altro una circoscrizione paneuropea con liste transnazionali, non ha ancora ottenuto il sostegno unanime dei governi.</p>
<p>Le divergenze principali riguardano le liste transnazionali, la data unica per il voto in tutta l'Unione e l'età minima per votare.</p>
<p>[Da completare con le dichiarazioni dei relatori e il calendario dei prossimi incontri.]</p>`,
        imageAlt: `Un'urna elettorale con la bandiera europea`,
        imageCaption: `Le prossime elezioni europee sono previste nel 2029`,
        status: 'DRAFT',
      },
    },
  },
  {
    key: 'lithuania-council-presidency',
    sourceLocale: 'it',
    authors: ['simone-de-la-feld'],
    sections: ['politics', 'world-politics'],
    tags: ['european council', 'ukraine', 'defence industry'],
    image: { url: 'https://media.redazione.example/2027/01/vilnius-presidency-launch.jpg', width: 1920, height: 1080, credit: 'Photo: Redazione' },
    publishedAt: '2027-01-01T07:00:00Z',
    versions: {
      it: {
        slug: 'lituania-assume-presidenza-consiglio-ue',
        title: `La Lituania assume la presidenza di turno del Consiglio dell'Ue`,
        subtitle: `Per sei mesi Vilnius guiderà i lavori dei ministri dei Ventisette, con sicurezza e sostegno all'Ucraina in cima all'agenda`,
        excerpt: `Da oggi la Lituania presiede il Consiglio dell'Unione europea. Difesa, resilienza ed energia le priorità del semestre.`,
        body: `<p>Si apre oggi il semestre di presidenza lituana del Consiglio dell'Unione europea, il secondo nella storia del Paese baltico dopo quello del 2013.</p>
<p>Il programma presentato dal governo di Vilnius mette al primo posto la sicurezza del continente: rafforzamento dell'industria della difesa, protezione delle infrastrutture critiche e sostegno politico, militare e finanziario all'Ucraina.</p>
<h2>I dossier del semestre</h2>
<ul><li>i negoziati sul quadro finanziario pluriennale 2028-2034;</li><li>l'avanzamento dei negoziati di adesione con i Paesi candidati;</li><li>la sicurezza energetica della regione baltica.</li></ul>
<p>La Lituania fa parte del trio di presidenze insieme a Irlanda e Grecia.</p>`,
        imageAlt: `Il palazzo presidenziale di Vilnius con le bandiere lituana ed europea`,
        imageCaption: `Vilnius si prepara al semestre di presidenza del Consiglio dell'Ue`,
        status: 'SCHEDULED',
      },
      en: {
        slug: 'lithuania-takes-over-eu-council-presidency',
        title: `Lithuania takes over the rotating presidency of the Council of the EU`,
        subtitle: `For six months Vilnius will steer the work of the ministers of the Twenty-Seven, with security and support for Ukraine at the top of the agenda`,
        excerpt: `As of today, Lithuania chairs the Council of the European Union. Defence, resilience and energy are the priorities of the semester.`,
        body: `<p>The Lithuanian presidency of the Council of the European Union begins today, the second in the Baltic country's history after that of 2013.</p>
<p>The programme presented by the government in Vilnius puts the security of the continent first: strengthening the defence industry, protecting critical infrastructure and political, military and financial support for Ukraine.</p>
<h2>The files of the semester</h2>
<ul><li>negotiations on the 2028-2034 multiannual financial framework;</li><li>progress in accession negotiations with candidate countries;</li><li>energy security in the Baltic region.</li></ul>
<p>Lithuania is part of the presidency trio together with Ireland and Greece.</p>`,
        imageAlt: `The presidential palace in Vilnius with the Lithuanian and European flags`,
        imageCaption: `Vilnius gets ready for its presidency of the Council of the EU`,
        status: 'SCHEDULED',
        translationCredit: TC,
      },
    },
  },
];
