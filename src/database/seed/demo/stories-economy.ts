import type { DemoStory } from './types.js';

const TC = 'English version by the Translation Service of Withub';

/** Business, finance, industry, energy, green economy, agrifood and mobility stories. */
export const economyStories: DemoStory[] = [
  {
    key: 'draghi-competitiveness-report',
    sourceLocale: 'it',
    authors: ['marco-benedetti'],
    sections: ['business', 'industry-markets'],
    tags: ['competitiveness', 'italy', 'european commission'],
    image: { url: 'https://media.redazione.example/2024/09/draghi-report-presentation.jpg', width: 1920, height: 1080, credit: 'Photo: European Commission' },
    publishedAt: '2024-09-09T13:30:00Z',
    versions: {
      it: {
        slug: 'rapporto-draghi-competitivita-800-miliardi-anno',
        title: `Rapporto Draghi sulla competitività: servono fino a 800 miliardi l'anno di investimenti`,
        subtitle: `L'ex presidente della Bce presenta a Bruxelles la sua diagnosi: senza un cambio di passo l'Europa rischia una "lenta agonia"`,
        excerpt: `Innovazione, decarbonizzazione e sicurezza le tre aree d'intervento. Per finanziarle il rapporto propone anche debito comune.`,
        body: `<p>Mario Draghi ha consegnato alla presidente della Commissione il suo atteso rapporto sul futuro della competitività europea. La diagnosi è severa: il divario di produttività con gli Stati Uniti si è allargato e l'Europa rischia di perdere terreno nelle tecnologie decisive del secolo.</p>
<p>Per invertire la tendenza servirebbero investimenti aggiuntivi tra 750 e 800 miliardi di euro l'anno, pari a circa il 5% del Pil dell'Unione: una quota superiore a quella del Piano Marshall.</p>
<h2>Tre priorità</h2>
<ul><li>colmare il ritardo nell'innovazione, a partire da intelligenza artificiale e semiconduttori;</li><li>conciliare decarbonizzazione e competitività, riducendo il costo dell'energia;</li><li>aumentare la sicurezza e ridurre le dipendenze strategiche.</li></ul>
<p>Il rapporto suggerisce anche l'emissione regolare di debito comune, un'ipotesi che divide già le capitali.</p>`,
        imageAlt: `Mario Draghi presenta il rapporto sulla competitività nella sala stampa della Commissione`,
        imageCaption: `La presentazione del rapporto sulla competitività a Bruxelles`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'draghi-competitiveness-report-up-to-800-billion-a-year',
        title: `Draghi report on competitiveness: up to 800 billion euros a year in investment needed`,
        subtitle: `The former ECB president presents his diagnosis in Brussels: without a change of pace, Europe risks a "slow agony"`,
        excerpt: `Innovation, decarbonisation and security are the three areas for action. To finance them, the report also proposes joint debt.`,
        body: `<p>Mario Draghi has handed the Commission President his long-awaited report on the future of European competitiveness. The diagnosis is stark: the productivity gap with the United States has widened and Europe risks losing ground in the decisive technologies of the century.</p>
<p>Reversing the trend would require additional investment of between 750 and 800 billion euros a year, around 5% of the Union's GDP: a larger share than the Marshall Plan.</p>
<h2>Three priorities</h2>
<ul><li>closing the innovation gap, starting with artificial intelligence and semiconductors;</li><li>reconciling decarbonisation and competitiveness by cutting energy costs;</li><li>increasing security and reducing strategic dependencies.</li></ul>
<p>The report also suggests the regular issuance of joint debt, an idea that is already dividing capitals.</p>`,
        imageAlt: `Mario Draghi presents the competitiveness report in the Commission press room`,
        imageCaption: `The presentation of the competitiveness report in Brussels`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'ecb-rate-cut-october-2024',
    sourceLocale: 'it',
    authors: ['marco-benedetti'],
    sections: ['finance-insurance', 'business'],
    tags: ['european central bank'],
    image: { url: 'https://media.redazione.example/2024/10/ecb-tower-frankfurt.jpg', width: 1200, height: 800, credit: 'Photo: Redazione' },
    publishedAt: '2024-10-17T12:30:00Z',
    versions: {
      it: {
        slug: 'bce-taglia-i-tassi-di-un-quarto-di-punto',
        title: `La Bce taglia ancora i tassi: il tasso sui depositi scende al 3,25%`,
        subtitle: `Terza riduzione dell'anno per l'Eurotower, che vede l'inflazione avvicinarsi all'obiettivo e un'economia più debole del previsto`,
        excerpt: `Il Consiglio direttivo riduce il costo del denaro di un quarto di punto. Nessun impegno sulle prossime mosse: si deciderà riunione per riunione.`,
        body: `<p>La Banca centrale europea ha ridotto di 25 punti base i tassi di interesse. Il tasso sui depositi, quello di riferimento per la politica monetaria, scende al 3,25%. È il terzo taglio del 2024, il secondo consecutivo dopo quello di settembre.</p>
<p>A motivare la decisione è il calo dell'inflazione, scesa sotto il 2% a settembre per la prima volta da oltre tre anni, insieme a segnali di rallentamento dell'attività economica, in particolare nel settore manifatturiero.</p>
<blockquote>Il processo di disinflazione è sulla buona strada, ma restiamo attenti ai dati.</blockquote>
<p>La Bce non si vincola a un percorso prestabilito. I mercati scommettono comunque su un ulteriore taglio a dicembre.</p>`,
        imageAlt: `La sede della Banca centrale europea a Francoforte`,
        imageCaption: `L'Eurotower della Bce a Francoforte`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'ecb-cuts-rates-again-deposit-rate-falls-to-3-25-percent',
        title: `ECB cuts rates again: the deposit rate falls to 3.25%`,
        subtitle: `The third cut of the year for Frankfurt, which sees inflation nearing its target and a weaker economy than expected`,
        excerpt: `The Governing Council lowers borrowing costs by a quarter of a point. No commitment on the next moves: decisions will be taken meeting by meeting.`,
        body: `<p>The European Central Bank has cut interest rates by 25 basis points. The deposit rate, the benchmark for monetary policy, falls to 3.25%. It is the third cut of 2024 and the second in a row after September's.</p>
<p>The decision is driven by falling inflation, which dropped below 2% in September for the first time in more than three years, together with signs of a slowdown in economic activity, particularly in manufacturing.</p>
<blockquote>The disinflation process is well on track, but we remain attentive to the data.</blockquote>
<p>The ECB is not committing to a pre-set path. Markets are nonetheless betting on a further cut in December.</p>`,
        imageAlt: `The headquarters of the European Central Bank in Frankfurt`,
        imageCaption: `The ECB tower in Frankfurt`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'eu-mercosur-agreement-montevideo',
    sourceLocale: 'it',
    authors: ['francesca-morandi', 'marco-benedetti'],
    sections: ['agrifood', 'world'],
    tags: ['mercosur', 'trade', 'agriculture', 'ursula von der leyen'],
    image: { url: 'https://media.redazione.example/2024/12/montevideo-mercosur-summit.jpg', width: 1600, height: 900, credit: 'Photo: European Commission' },
    publishedAt: '2024-12-06T17:00:00Z',
    versions: {
      it: {
        slug: 'ue-mercosur-chiusi-negoziati-montevideo-agricoltori-protestano',
        title: `Ue-Mercosur, chiusi i negoziati a Montevideo. Gli agricoltori europei protestano`,
        subtitle: `Dopo 25 anni di trattative von der Leyen annuncia l'intesa politica con Argentina, Brasile, Paraguay e Uruguay`,
        excerpt: `Nasce una delle più grandi aree di libero scambio al mondo. Francia e organizzazioni agricole temono la concorrenza di carne e zucchero sudamericani.`,
        body: `<p>Si sono conclusi a Montevideo i negoziati per l'accordo commerciale tra l'Unione europea e i Paesi del Mercosur. La presidente della Commissione Ursula von der Leyen ha annunciato l'intesa politica a margine del vertice del blocco sudamericano, dopo un quarto di secolo di trattative.</p>
<p>L'accordo eliminerà gradualmente i dazi su oltre il 90% degli scambi. Per le imprese europee si aprono mercati per auto, macchinari, farmaci, vini e formaggi; per i Paesi sudamericani quote agevolate per carne bovina, pollame e zucchero.</p>
<h2>Il fronte del no</h2>
<p>La Francia ribadisce la propria contrarietà e le organizzazioni agricole denunciano una concorrenza sleale, chiedendo che i prodotti importati rispettino gli stessi standard sanitari e ambientali imposti ai produttori europei. Anche in Italia le associazioni di categoria chiedono garanzie.</p>
<p>Il testo dovrà ora essere sottoposto al Consiglio e al Parlamento europeo.</p>`,
        imageAlt: `I leader europei e sudamericani sul palco del vertice di Montevideo`,
        imageCaption: `L'annuncio dell'intesa Ue-Mercosur a Montevideo`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'eu-mercosur-talks-concluded-in-montevideo-farmers-protest',
        title: `EU-Mercosur: talks concluded in Montevideo. European farmers protest`,
        subtitle: `After 25 years of negotiations, von der Leyen announces the political agreement with Argentina, Brazil, Paraguay and Uruguay`,
        excerpt: `One of the world's largest free-trade areas is born. France and farmers' organisations fear competition from South American beef and sugar.`,
        body: `<p>Negotiations on the trade agreement between the European Union and the Mercosur countries have been concluded in Montevideo. Commission President Ursula von der Leyen announced the political agreement on the sidelines of the South American bloc's summit, after a quarter of a century of talks.</p>
<p>The agreement will gradually eliminate tariffs on more than 90% of trade. For European companies it opens markets for cars, machinery, medicines, wines and cheeses; for the South American countries it provides preferential quotas for beef, poultry and sugar.</p>
<h2>The opponents</h2>
<p>France reiterates its opposition and farmers' organisations denounce unfair competition, demanding that imported products meet the same health and environmental standards imposed on European producers. In Italy, too, trade associations are asking for guarantees.</p>
<p>The text must now be submitted to the Council and the European Parliament.</p>`,
        imageAlt: `European and South American leaders on stage at the Montevideo summit`,
        imageCaption: `The announcement of the EU-Mercosur agreement in Montevideo`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'eiopa-insurance-protection-gap',
    sourceLocale: 'it',
    authors: ['marco-benedetti'],
    sections: ['finance-insurance', 'green-economy'],
    tags: ['climate'],
    image: { url: 'https://media.redazione.example/2025/01/flooded-street-emilia.jpg', width: 1600, height: 1067, credit: 'Photo: Redazione' },
    publishedAt: '2025-01-20T09:30:00Z',
    versions: {
      it: {
        slug: 'assicurazioni-eiopa-divario-protezione-catastrofi-naturali',
        title: `Assicurazioni, l'Eiopa avverte: solo un quarto dei danni da catastrofi naturali è coperto`,
        subtitle: `L'autorità europea chiede agli Stati di lavorare a schemi pubblico-privati per ridurre il divario di protezione`,
        excerpt: `Alluvioni, incendi e terremoti costano all'Europa decine di miliardi l'anno. La maggior parte delle perdite ricade su famiglie, imprese e bilanci pubblici.`,
        body: `<p>In Europa solo circa un quarto delle perdite economiche causate da eventi climatici estremi e catastrofi naturali è coperto da un'assicurazione. Lo segnala l'Autorità europea delle assicurazioni e delle pensioni aziendali e professionali (Eiopa), che aggiorna regolarmente il suo cruscotto sul divario di protezione.</p>
<p>La situazione varia molto da Paese a Paese: in alcuni Stati membri esistono sistemi obbligatori o pubblico-privati, in altri la copertura è quasi assente. L'Italia è tra i Paesi con il divario più ampio, anche se dal 2025 le imprese sono tenute ad assicurarsi contro le catastrofi.</p>
<p>L'Eiopa e la Bce propongono un meccanismo europeo di riassicurazione pubblico-privata, affiancato da un fondo Ue per la ricostruzione dopo i disastri.</p>`,
        imageAlt: `Una strada allagata dopo un'alluvione in Emilia-Romagna`,
        imageCaption: `Le alluvioni sono tra gli eventi con il maggiore impatto economico in Europa`,
        status: 'PUBLISHED',
      },
    },
  },
  {
    key: 'competitiveness-compass',
    sourceLocale: 'it',
    authors: ['marco-benedetti'],
    sections: ['business', 'politics'],
    tags: ['competitiveness', 'european commission', 'simplification'],
    image: { url: 'https://media.redazione.example/2025/01/competitiveness-compass-berlaymont.jpg', width: 1920, height: 1080, credit: 'Photo: European Commission' },
    publishedAt: '2025-01-29T14:00:00Z',
    versions: {
      it: {
        slug: 'bussola-competitivita-agenda-commissione',
        title: `Bussola per la competitività, la Commissione traduce il rapporto Draghi in un'agenda`,
        subtitle: `Innovazione, decarbonizzazione e sicurezza economica i tre pilastri. Al centro anche la semplificazione delle regole per le imprese`,
        excerpt: `Bruxelles presenta la tabella di marcia economica del mandato: obiettivo ridurre gli oneri amministrativi del 25%, e del 35% per le Pmi.`,
        body: `<p>La Commissione europea ha presentato la "Bussola per la competitività", il documento che orienterà la politica economica dell'Unione nei prossimi cinque anni. Il testo riprende le raccomandazioni del rapporto Draghi e le organizza in tre pilastri: colmare il divario di innovazione, conciliare decarbonizzazione e competitività, ridurre le dipendenze e rafforzare la sicurezza.</p>
<h2>Meno burocrazia</h2>
<p>Tra gli strumenti trasversali spicca la semplificazione: la Commissione punta a ridurre gli oneri amministrativi di almeno il 25% per tutte le imprese e del 35% per le piccole e medie. Il primo pacchetto "omnibus" arriverà entro febbraio.</p>
<p>La Bussola prevede anche un test di competitività per ogni nuova proposta legislativa e un coordinamento più stretto delle politiche industriali nazionali.</p>`,
        imageAlt: `Il palazzo Berlaymont, sede della Commissione europea`,
        imageCaption: `Il Berlaymont a Bruxelles`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'competitiveness-compass-commission-turns-draghi-report-into-agenda',
        title: `Competitiveness Compass: the Commission turns the Draghi report into an agenda`,
        subtitle: `Innovation, decarbonisation and economic security are the three pillars. Simplifying rules for businesses is also central`,
        excerpt: `Brussels presents the economic roadmap of its mandate: the aim is to cut administrative burdens by 25%, and by 35% for SMEs.`,
        body: `<p>The European Commission has presented the "Competitiveness Compass", the document that will guide the Union's economic policy over the next five years. It takes up the recommendations of the Draghi report and organises them into three pillars: closing the innovation gap, reconciling decarbonisation and competitiveness, and reducing dependencies while strengthening security.</p>
<h2>Less red tape</h2>
<p>Simplification stands out among the cross-cutting tools: the Commission aims to cut administrative burdens by at least 25% for all companies and by 35% for small and medium-sized ones. The first "omnibus" package will arrive by February.</p>
<p>The Compass also provides for a competitiveness check on every new legislative proposal and closer coordination of national industrial policies.</p>`,
        imageAlt: `The Berlaymont building, headquarters of the European Commission`,
        imageCaption: `The Berlaymont in Brussels`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'vision-agriculture-food',
    sourceLocale: 'it',
    authors: ['francesca-morandi'],
    sections: ['agrifood'],
    tags: ['agriculture', 'common agricultural policy', 'european commission'],
    image: { url: 'https://media.redazione.example/2025/02/wheat-field-tractor.jpg', width: 2000, height: 1125, credit: 'Photo: Redazione' },
    publishedAt: '2025-02-19T11:30:00Z',
    versions: {
      it: {
        slug: 'visione-agricoltura-alimentazione-strategia-commissione',
        title: `Visione per l'agricoltura e l'alimentazione, la strategia di Bruxelles per il settore`,
        subtitle: `Ricambio generazionale, redditi più equi e meno oneri burocratici: la Commissione prova a ricucire con il mondo agricolo`,
        excerpt: `Il documento programmatico indica le priorità della futura Pac. Gli agricoltori chiedono risorse certe, gli ambientalisti temono passi indietro.`,
        body: `<p>La Commissione europea ha presentato la sua "Visione per l'agricoltura e l'alimentazione", il documento che dovrà orientare le politiche agricole fino al 2040. Arriva dopo un anno di proteste degli agricoltori in molti Paesi europei.</p>
<p>Le priorità sono quattro: rendere il settore più attraente per i giovani, garantire redditi equi lungo la filiera, rafforzare la competitività e la resilienza, e valorizzare il legame tra agricoltura e territori rurali.</p>
<h2>Il nodo delle risorse</h2>
<p>Il documento non fissa cifre: il confronto vero si aprirà con la proposta per il prossimo bilancio pluriennale. Le organizzazioni agricole chiedono che la Pac resti una politica autonoma con un bilancio dedicato.</p>`,
        imageAlt: `Un trattore al lavoro in un campo di grano`,
        imageCaption: `Un campo di grano nella pianura padana`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'vision-for-agriculture-and-food-brussels-strategy',
        title: `Vision for Agriculture and Food: Brussels' strategy for the sector`,
        subtitle: `Generational renewal, fairer incomes and less red tape: the Commission tries to mend ties with farmers`,
        excerpt: `The policy document sets out the priorities of the future CAP. Farmers want guaranteed resources, environmentalists fear steps backwards.`,
        body: `<p>The European Commission has presented its "Vision for Agriculture and Food", the document that is to guide agricultural policy until 2040. It comes after a year of farmers' protests in many European countries.</p>
<p>There are four priorities: making the sector more attractive to young people, ensuring fair incomes along the supply chain, strengthening competitiveness and resilience, and enhancing the link between agriculture and rural areas.</p>
<h2>The question of resources</h2>
<p>The document sets no figures: the real debate will begin with the proposal for the next multiannual budget. Farmers' organisations are demanding that the CAP remain a stand-alone policy with a dedicated budget.</p>`,
        imageAlt: `A tractor at work in a wheat field`,
        imageCaption: `A wheat field in the Po Valley`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'clean-industrial-deal',
    sourceLocale: 'it',
    authors: ['chiara-lombardini', 'alessandro-rinaldi'],
    sections: ['green-economy', 'industry-markets'],
    tags: ['green deal', 'energy transition', 'competitiveness'],
    image: { url: 'https://media.redazione.example/2025/02/steel-plant-decarbonisation.jpg', width: 1920, height: 1080, credit: 'Photo: Redazione' },
    publishedAt: '2025-02-26T15:45:00Z',
    versions: {
      it: {
        slug: 'clean-industrial-deal-piano-decarbonizzare-industria-europea',
        title: `Clean Industrial Deal, il piano per decarbonizzare l'industria europea senza perdere competitività`,
        subtitle: `Una banca per la decarbonizzazione industriale da 100 miliardi e un piano per ridurre i prezzi dell'energia`,
        excerpt: `La Commissione presenta la nuova strategia industriale del Green Deal. Al centro acciaio, chimica e cemento, i settori più energivori.`,
        body: `<p>La Commissione europea ha presentato il Clean Industrial Deal, la strategia che punta a tenere insieme obiettivi climatici e competitività industriale. Il piano si rivolge in particolare alle industrie ad alta intensità energetica, come acciaio, chimica e cemento, e alle tecnologie pulite.</p>
<h2>Gli strumenti</h2>
<ul><li>una Banca per la decarbonizzazione industriale con l'obiettivo di mobilitare 100 miliardi di euro;</li><li>un piano d'azione per l'energia a prezzi accessibili;</li><li>nuove regole sugli aiuti di Stato più rapide per i progetti puliti;</li><li>criteri di preferenza europea negli appalti pubblici.</li></ul>
<p>Le associazioni industriali accolgono con favore il cambio di approccio, ma chiedono risorse fresche. Le ong ambientaliste temono invece un indebolimento degli obiettivi climatici.</p>`,
        imageAlt: `Una colata di acciaio in un impianto siderurgico`,
        imageCaption: `Un impianto siderurgico: l'acciaio è tra i settori più difficili da decarbonizzare`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'clean-industrial-deal-plan-to-decarbonise-european-industry',
        title: `Clean Industrial Deal: the plan to decarbonise European industry without losing competitiveness`,
        subtitle: `A 100-billion-euro industrial decarbonisation bank and a plan to bring down energy prices`,
        excerpt: `The Commission presents the new industrial strategy of the Green Deal. Steel, chemicals and cement, the most energy-intensive sectors, are at its heart.`,
        body: `<p>The European Commission has presented the Clean Industrial Deal, the strategy that aims to reconcile climate goals with industrial competitiveness. The plan is aimed in particular at energy-intensive industries such as steel, chemicals and cement, and at clean technologies.</p>
<h2>The tools</h2>
<ul><li>an Industrial Decarbonisation Bank aiming to mobilise 100 billion euros;</li><li>an action plan for affordable energy;</li><li>faster state aid rules for clean projects;</li><li>European preference criteria in public procurement.</li></ul>
<p>Industry associations welcome the change of approach but are asking for fresh resources. Environmental NGOs, on the other hand, fear a weakening of climate targets.</p>`,
        imageAlt: `Molten steel being poured in a steelworks`,
        imageCaption: `A steelworks: steel is among the hardest sectors to decarbonise`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'new-genomic-techniques-council',
    sourceLocale: 'it',
    authors: ['francesca-morandi'],
    sections: ['agrifood', 'net-tech'],
    tags: ['agriculture', 'european council'],
    image: { url: 'https://media.redazione.example/2025/03/plant-research-laboratory.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2025-03-14T16:15:00Z',
    versions: {
      it: {
        slug: 'nuove-tecniche-genomiche-consiglio-trova-posizione',
        title: `Nuove tecniche genomiche, dopo un anno di stallo il Consiglio trova la sua posizione`,
        subtitle: `Le piante ottenute con la Ntg di categoria 1 saranno equiparate a quelle convenzionali. Resta aperta la questione dei brevetti`,
        excerpt: `Gli ambasciatori dei Ventisette sbloccano il dossier sulle nuove biotecnologie vegetali. Ora possono partire i negoziati con il Parlamento.`,
        body: `<p>Il Consiglio dell'Ue ha adottato il proprio mandato negoziale sul regolamento relativo alle piante ottenute con nuove tecniche genomiche (Ntg), come l'editing genetico. Il dossier era bloccato da oltre un anno per le divisioni tra gli Stati membri.</p>
<p>Secondo il testo, le piante con modifiche che potrebbero avvenire anche in natura o con metodi convenzionali, dette di categoria 1, non saranno soggette alle regole sugli Ogm. Tutte le Ntg resteranno comunque vietate nell'agricoltura biologica.</p>
<h2>Il nodo dei brevetti</h2>
<p>Il compromesso prevede maggiore trasparenza sui brevetti, per tutelare i piccoli costitutori e gli agricoltori. Il Parlamento, che ha chiesto un divieto totale di brevettabilità, punta a rafforzare queste garanzie nei triloghi.</p>`,
        imageAlt: `Una ricercatrice esamina piantine in un laboratorio di genetica vegetale`,
        imageCaption: `Un laboratorio di ricerca sulle biotecnologie vegetali`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'new-genomic-techniques-council-agrees-its-position',
        title: `New genomic techniques: after a year of deadlock, the Council agrees its position`,
        subtitle: `Plants obtained with category 1 NGTs will be treated like conventional ones. The question of patents remains open`,
        excerpt: `Ambassadors of the Twenty-Seven unblock the file on new plant biotechnologies. Negotiations with Parliament can now begin.`,
        body: `<p>The Council of the EU has adopted its negotiating mandate on the regulation on plants obtained through new genomic techniques (NGTs), such as gene editing. The file had been blocked for more than a year by divisions between member states.</p>
<p>Under the text, plants with modifications that could also occur in nature or through conventional methods, known as category 1, will not be subject to GMO rules. All NGTs will nevertheless remain banned in organic farming.</p>
<h2>The patent question</h2>
<p>The compromise provides for more transparency on patents, to protect small breeders and farmers. Parliament, which has called for a total ban on patentability, aims to strengthen these safeguards in the trilogues.</p>`,
        imageAlt: `A researcher examines seedlings in a plant genetics laboratory`,
        imageCaption: `A plant biotechnology research laboratory`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'savings-investments-union',
    sourceLocale: 'it',
    authors: ['marco-benedetti'],
    sections: ['finance-insurance', 'business'],
    tags: ['competitiveness', 'european commission'],
    image: { url: 'https://media.redazione.example/2025/03/stock-exchange-screens.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2025-03-19T10:00:00Z',
    versions: {
      it: {
        slug: 'unione-risparmi-investimenti-strategia-commissione',
        title: `Unione dei risparmi e degli investimenti, il piano per far lavorare i risparmi europei`,
        subtitle: `Conti di investimento semplificati, vigilanza più integrata e un mercato delle cartolarizzazioni da rilanciare`,
        excerpt: `Le famiglie europee tengono oltre 10mila miliardi di euro in depositi bancari. Bruxelles vuole indirizzarne una parte verso le imprese.`,
        body: `<p>La Commissione europea ha presentato la strategia per l'Unione dei risparmi e degli investimenti, l'evoluzione del progetto di Unione dei mercati dei capitali rimasto in gran parte incompiuto.</p>
<p>Il punto di partenza è un paradosso: i cittadini europei risparmiano molto, ma gran parte di quei risparmi resta sui conti correnti o finisce per finanziare imprese fuori dall'Europa. Ogni anno, secondo le stime della Commissione, centinaia di miliardi di euro di risparmi europei vengono investiti all'estero.</p>
<h2>Le misure</h2>
<ul><li>conti di risparmio e investimento con vantaggi fiscali, sul modello di alcuni Paesi nordici;</li><li>una vigilanza più centralizzata sui mercati;</li><li>il rilancio delle cartolarizzazioni per liberare capitale bancario.</li></ul>
<p>Molte misure richiedono il consenso degli Stati membri, finora divisi soprattutto sulla vigilanza.</p>`,
        imageAlt: `Schermi con l'andamento dei mercati in una sala operativa`,
        imageCaption: `Una sala operativa: i mercati dei capitali europei restano frammentati`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'savings-and-investments-union-plan-to-put-european-savings-to-work',
        title: `Savings and Investments Union: the plan to put European savings to work`,
        subtitle: `Simplified investment accounts, more integrated supervision and a securitisation market to be relaunched`,
        excerpt: `European households hold more than 10 trillion euros in bank deposits. Brussels wants to channel part of it towards companies.`,
        body: `<p>The European Commission has presented its strategy for the Savings and Investments Union, the successor to the Capital Markets Union project, which remained largely unfinished.</p>
<p>The starting point is a paradox: European citizens save a lot, but much of those savings remains in current accounts or ends up financing companies outside Europe. Every year, according to Commission estimates, hundreds of billions of euros of European savings are invested abroad.</p>
<h2>The measures</h2>
<ul><li>savings and investment accounts with tax advantages, modelled on some Nordic countries;</li><li>more centralised market supervision;</li><li>a relaunch of securitisation to free up bank capital.</li></ul>
<p>Many measures require the agreement of member states, which have so far been divided, especially on supervision.</p>`,
        imageAlt: `Screens showing market trends in a trading room`,
        imageCaption: `A trading room: European capital markets remain fragmented`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'wine-package',
    sourceLocale: 'it',
    authors: ['francesca-morandi'],
    sections: ['agrifood', 'business'],
    tags: ['agriculture', 'italy', 'tariffs'],
    image: { url: 'https://media.redazione.example/2025/03/vineyard-langhe.jpg', width: 2000, height: 1125, credit: 'Photo: Redazione' },
    publishedAt: '2025-03-28T12:00:00Z',
    versions: {
      it: {
        slug: 'vino-pacchetto-commissione-settore-in-difficolta',
        title: `Vino, la Commissione presenta un pacchetto di misure per un settore in difficoltà`,
        subtitle: `Estirpazioni volontarie, più fondi per la promozione e nuove regole di etichettatura per i vini a bassa gradazione`,
        excerpt: `Consumi in calo, eccedenze e minaccia dei dazi americani: Bruxelles propone strumenti per gestire l'offerta e aprire nuovi mercati.`,
        body: `<p>La Commissione europea ha presentato un pacchetto di misure per il settore vitivinicolo, alle prese con il calo dei consumi, eccedenze produttive in diverse regioni e l'incertezza sui mercati di esportazione.</p>
<p>Le proposte permettono agli Stati membri di finanziare l'estirpazione volontaria dei vigneti e la distillazione di crisi, ma anche di sostenere l'enoturismo e la promozione nei Paesi terzi. Per i vini dealcolati e a bassa gradazione arrivano regole di etichettatura armonizzate.</p>
<blockquote>Il vino europeo non è solo un prodotto: è paesaggio, lavoro e identità di intere regioni.</blockquote>
<p>Per l'Italia, primo esportatore mondiale in volume, il tema più urgente resta però quello dei dazi statunitensi.</p>`,
        imageAlt: `Filari di un vigneto sulle colline delle Langhe`,
        imageCaption: `Vigneti nelle Langhe, in Piemonte`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'wine-commission-presents-package-for-a-sector-in-difficulty',
        title: `Wine: the Commission presents a package of measures for a sector in difficulty`,
        subtitle: `Voluntary grubbing-up, more funds for promotion and new labelling rules for low-alcohol wines`,
        excerpt: `Falling consumption, surpluses and the threat of US tariffs: Brussels proposes tools to manage supply and open new markets.`,
        body: `<p>The European Commission has presented a package of measures for the wine sector, which is grappling with falling consumption, production surpluses in several regions and uncertainty on export markets.</p>
<p>The proposals allow member states to finance the voluntary grubbing-up of vineyards and crisis distillation, but also to support wine tourism and promotion in third countries. Harmonised labelling rules are introduced for alcohol-free and low-alcohol wines.</p>
<blockquote>European wine is not just a product: it is the landscape, jobs and identity of entire regions.</blockquote>
<p>For Italy, the world's largest exporter by volume, the most pressing issue remains US tariffs.</p>`,
        imageAlt: `Rows of vines on the hills of the Langhe`,
        imageCaption: `Vineyards in the Langhe, Piedmont`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'us-tariffs-italian-agrifood-exports',
    sourceLocale: 'it',
    authors: ['francesca-morandi'],
    sections: ['agrifood', 'business'],
    tags: ['tariffs', 'italy', 'united states', 'agriculture'],
    image: { url: 'https://media.redazione.example/2025/04/parmesan-wheels-warehouse.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2025-04-10T08:30:00Z',
    versions: {
      it: {
        slug: 'dazi-usa-export-agroalimentare-italiano-teme-contraccolpo',
        title: `Dazi Usa, l'export agroalimentare italiano teme il contraccolpo`,
        subtitle: `Vino, formaggi, olio e pasta valgono miliardi di euro sul mercato americano: i produttori chiedono a Bruxelles di negoziare`,
        excerpt: `La sospensione di 90 giorni dei dazi più alti dà respiro, ma la tariffa base del 10% pesa già sui margini dei produttori.`,
        body: `<p>Gli Stati Uniti sono il secondo mercato di destinazione per l'agroalimentare italiano dopo la Germania. Le nuove tariffe annunciate da Washington preoccupano quindi consorzi e produttori, dal Parmigiano Reggiano al Prosecco.</p>
<p>La decisione dell'amministrazione americana di sospendere per 90 giorni i dazi più elevati, mantenendo una tariffa base del 10%, offre un margine per negoziare. Ma gli importatori statunitensi hanno già iniziato a rivedere gli ordini.</p>
<p>Le organizzazioni agricole chiedono alla Commissione, competente per la politica commerciale, di trattare con Washington e di preparare misure di sostegno per i settori più esposti.</p>`,
        imageAlt: `Forme di Parmigiano Reggiano in un magazzino di stagionatura`,
        imageCaption: `Un magazzino di stagionatura del Parmigiano Reggiano`,
        status: 'PUBLISHED',
      },
    },
  },
  {
    key: 'repowereu-russian-gas-roadmap',
    sourceLocale: 'it',
    authors: ['chiara-lombardini'],
    sections: ['energy', 'politics'],
    tags: ['energy transition', 'russia', 'european commission'],
    image: { url: 'https://media.redazione.example/2025/05/lng-terminal-tanker.jpg', width: 1920, height: 1080, credit: 'Photo: Redazione' },
    publishedAt: '2025-05-06T14:30:00Z',
    versions: {
      it: {
        slug: 'repowereu-tabella-marcia-stop-gas-russo-2027',
        title: `REPowerEU, la tabella di marcia per fermare le importazioni di gas russo entro il 2027`,
        subtitle: `Stop ai nuovi contratti dal 2026 e graduale uscita da quelli esistenti: la Commissione vuole chiudere definitivamente la dipendenza da Mosca`,
        excerpt: `Nel 2024 il gas russo valeva ancora circa il 19% delle importazioni Ue. Bruxelles propone un divieto graduale, anche per il Gnl.`,
        body: `<p>La Commissione europea ha presentato la tabella di marcia per eliminare completamente le importazioni di energia russa. Dopo il crollo dei flussi via gasdotto seguito all'invasione dell'Ucraina, il gas russo rappresentava ancora nel 2024 circa il 19% delle importazioni europee, in gran parte sotto forma di gas naturale liquefatto.</p>
<h2>Le tappe</h2>
<ul><li>divieto di nuovi contratti con fornitori russi;</li><li>fine dei contratti a breve termine entro la fine del 2025;</li><li>uscita dai contratti a lungo termine entro la fine del 2027.</li></ul>
<p>Le misure saranno proposte come atti commerciali, che richiedono la maggioranza qualificata e non l'unanimità. Ungheria e Slovacchia, ancora dipendenti dalle forniture russe, hanno già espresso contrarietà.</p>`,
        imageAlt: `Una nave metaniera attraccata a un terminale di rigassificazione`,
        imageCaption: `Un terminale Gnl in un porto europeo`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'repowereu-roadmap-to-end-russian-gas-imports-by-2027',
        title: `REPowerEU: the roadmap to end Russian gas imports by 2027`,
        subtitle: `A ban on new contracts from 2026 and a gradual exit from existing ones: the Commission wants to end dependence on Moscow for good`,
        excerpt: `In 2024 Russian gas still accounted for around 19% of EU imports. Brussels proposes a gradual ban, LNG included.`,
        body: `<p>The European Commission has presented its roadmap to completely end imports of Russian energy. After pipeline flows collapsed following the invasion of Ukraine, Russian gas still accounted for around 19% of European imports in 2024, largely in the form of liquefied natural gas.</p>
<h2>The milestones</h2>
<ul><li>a ban on new contracts with Russian suppliers;</li><li>an end to short-term contracts by the end of 2025;</li><li>an exit from long-term contracts by the end of 2027.</li></ul>
<p>The measures will be proposed as trade acts, which require a qualified majority rather than unanimity. Hungary and Slovakia, still dependent on Russian supplies, have already voiced their opposition.</p>`,
        imageAlt: `An LNG carrier moored at a regasification terminal`,
        imageCaption: `An LNG terminal in a European port`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'car-co2-flexibility-parliament',
    sourceLocale: 'it',
    authors: ['alessandro-rinaldi'],
    sections: ['industry-markets', 'mobility-logistics'],
    tags: ['automotive', 'green deal', 'european parliament'],
    image: { url: 'https://media.redazione.example/2025/05/car-factory-assembly.jpg', width: 1920, height: 1080, credit: 'Photo: Redazione' },
    publishedAt: '2025-05-08T13:00:00Z',
    versions: {
      it: {
        slug: 'auto-parlamento-approva-flessibilita-target-co2',
        title: `Auto, il Parlamento approva tre anni di flessibilità sui target di CO2`,
        subtitle: `I costruttori potranno rispettare gli obiettivi 2025 sulla media del triennio 2025-2027, evitando multe miliardarie`,
        excerpt: `Via libera con procedura d'urgenza alla modifica chiesta dall'industria. Resta confermato lo stop ai motori a combustione nel 2035.`,
        body: `<p>Il Parlamento europeo ha approvato con procedura d'urgenza la modifica del regolamento sulle emissioni di CO2 di auto e furgoni. Le case automobilistiche potranno calcolare il rispetto degli obiettivi fissati per il 2025 sulla media di tre anni, dal 2025 al 2027.</p>
<p>La misura, proposta dalla Commissione a inizio marzo nell'ambito del piano d'azione per l'automotive, evita sanzioni che secondo l'industria avrebbero potuto superare i 15 miliardi di euro, in un momento di vendite di auto elettriche inferiori alle attese.</p>
<h2>Il 2035 resta</h2>
<p>Il voto non tocca l'obiettivo di zero emissioni per le auto nuove dal 2035, che sarà oggetto di una revisione prevista entro l'anno. Diversi governi e parte del Parlamento chiedono più aperture ai carburanti alternativi.</p>`,
        imageAlt: `Una linea di montaggio di automobili elettriche`,
        imageCaption: `Una fabbrica di auto elettriche in Europa`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'cars-parliament-approves-three-year-flexibility-on-co2-targets',
        title: `Cars: Parliament approves three years of flexibility on CO2 targets`,
        subtitle: `Manufacturers will be able to meet the 2025 targets on the average of 2025-2027, avoiding billion-euro fines`,
        excerpt: `Green light under the urgent procedure for the change requested by industry. The 2035 phase-out of combustion engines is confirmed.`,
        body: `<p>The European Parliament has approved, under the urgent procedure, an amendment to the regulation on CO2 emissions from cars and vans. Carmakers will be able to calculate compliance with the targets set for 2025 on a three-year average, from 2025 to 2027.</p>
<p>The measure, proposed by the Commission in early March as part of the automotive action plan, avoids penalties that industry says could have exceeded 15 billion euros, at a time of lower-than-expected electric car sales.</p>
<h2>2035 stays</h2>
<p>The vote does not affect the zero-emission target for new cars from 2035, which will be the subject of a review due within the year. Several governments and part of Parliament are calling for more openness to alternative fuels.</p>`,
        imageAlt: `An assembly line for electric cars`,
        imageCaption: `An electric car factory in Europe`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'hydrogen-bank-second-auction',
    sourceLocale: 'it',
    authors: ['chiara-lombardini'],
    sections: ['energy', 'industry-markets'],
    tags: ['hydrogen', 'energy transition'],
    image: { url: 'https://media.redazione.example/2025/05/electrolyser-hydrogen-plant.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2025-05-20T09:00:00Z',
    versions: {
      it: {
        slug: 'idrogeno-seconda-asta-banca-europea-quasi-un-miliardo',
        title: `Idrogeno rinnovabile, la seconda asta della Banca europea assegna quasi un miliardo`,
        subtitle: `Quindici progetti in cinque Paesi riceveranno un premio fisso per ogni chilo di idrogeno prodotto`,
        excerpt: `Il meccanismo d'asta finanziato dal sistema Ets premia gli elettrolizzatori più competitivi. Ma il mercato dell'idrogeno verde cresce più lentamente del previsto.`,
        body: `<p>La Commissione europea ha annunciato i risultati della seconda asta della Banca europea dell'idrogeno. Quasi un miliardo di euro andrà a quindici progetti di produzione di idrogeno rinnovabile in cinque Paesi, che riceveranno un premio fisso per ogni chilogrammo prodotto per dieci anni.</p>
<p>Le risorse provengono dal Fondo per l'innovazione, alimentato dai proventi del sistema europeo di scambio delle quote di emissione. Rispetto alla prima asta aumenta la capacità complessiva degli elettrolizzatori selezionati.</p>
<h2>Un mercato ancora giovane</h2>
<p>Nonostante gli incentivi, diversi progetti annunciati negli ultimi anni sono stati rinviati o cancellati. Gli operatori segnalano costi dell'elettricità ancora alti e una domanda industriale incerta.</p>`,
        imageAlt: `Un impianto di elettrolizzatori per la produzione di idrogeno`,
        imageCaption: `Un impianto pilota di idrogeno rinnovabile`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'renewable-hydrogen-second-european-bank-auction-awards-almost-a-billion',
        title: `Renewable hydrogen: second European Hydrogen Bank auction awards almost a billion`,
        subtitle: `Fifteen projects in five countries will receive a fixed premium for every kilogram of hydrogen produced`,
        excerpt: `The auction mechanism funded by the ETS rewards the most competitive electrolysers. But the green hydrogen market is growing more slowly than expected.`,
        body: `<p>The European Commission has announced the results of the second auction of the European Hydrogen Bank. Almost one billion euros will go to fifteen renewable hydrogen production projects in five countries, which will receive a fixed premium per kilogram produced for ten years.</p>
<p>The resources come from the Innovation Fund, financed by revenues from the EU Emissions Trading System. Compared with the first auction, the total capacity of the selected electrolysers increases.</p>
<h2>A market still in its infancy</h2>
<p>Despite the incentives, several projects announced in recent years have been postponed or cancelled. Operators point to still-high electricity costs and uncertain industrial demand.</p>`,
        imageAlt: `An electrolyser plant for hydrogen production`,
        imageCaption: `A renewable hydrogen pilot plant`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'air-passenger-rights-council',
    sourceLocale: 'it',
    authors: ['alessandro-rinaldi'],
    sections: ['mobility-logistics', 'rights'],
    tags: ['european council'],
    image: { url: 'https://media.redazione.example/2025/06/airport-departures-board.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2025-06-05T17:30:00Z',
    versions: {
      it: {
        slug: 'trasporto-aereo-consiglio-riforma-diritti-passeggeri',
        title: `Trasporto aereo, il Consiglio riforma i diritti dei passeggeri: risarcimenti solo dopo quattro ore di ritardo`,
        subtitle: `I ministri alzano le soglie per la compensazione. Le associazioni dei consumatori parlano di un passo indietro`,
        excerpt: `Oggi il risarcimento scatta dopo tre ore. Con la posizione del Consiglio servirebbero da quattro a sei ore, a seconda della distanza.`,
        body: `<p>I ministri dei Trasporti dell'Ue hanno raggiunto un accordo politico sulla revisione del regolamento sui diritti dei passeggeri aerei, fermo da oltre dieci anni. Il testo alza le soglie di ritardo che danno diritto a un risarcimento: quattro ore per i voli fino a 3.500 chilometri, sei ore per quelli più lunghi.</p>
<p>Gli importi sarebbero fissati a 300 e 500 euro. Il Consiglio introduce anche moduli di reclamo standard e un obbligo per le compagnie di informare i passeggeri più rapidamente sui loro diritti.</p>
<h2>Le critiche</h2>
<p>Le organizzazioni dei consumatori sostengono che la riforma priverebbe di un risarcimento la maggior parte dei passeggeri oggi tutelati. Il Parlamento europeo, che in prima lettura aveva difeso la soglia di tre ore, dovrà ora pronunciarsi.</p>`,
        imageAlt: `Un tabellone delle partenze in un aeroporto con diversi voli in ritardo`,
        imageCaption: `Voli in ritardo su un tabellone delle partenze`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'air-transport-council-reforms-passenger-rights',
        title: `Air transport: Council reforms passenger rights, with compensation only after four-hour delays`,
        subtitle: `Ministers raise the thresholds for compensation. Consumer associations speak of a step backwards`,
        excerpt: `Today compensation is due after three hours. Under the Council's position it would take four to six hours, depending on distance.`,
        body: `<p>EU transport ministers have reached a political agreement on revising the air passenger rights regulation, stalled for more than ten years. The text raises the delay thresholds that entitle passengers to compensation: four hours for flights of up to 3,500 kilometres, six hours for longer ones.</p>
<p>The amounts would be set at 300 and 500 euros. The Council also introduces standard complaint forms and an obligation for airlines to inform passengers of their rights more quickly.</p>
<h2>The criticism</h2>
<p>Consumer organisations argue that the reform would deprive most of the passengers protected today of compensation. The European Parliament, which had defended the three-hour threshold at first reading, must now give its view.</p>`,
        imageAlt: `A departures board at an airport showing several delayed flights`,
        imageCaption: `Delayed flights on a departures board`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'climate-target-2040',
    sourceLocale: 'it',
    authors: ['chiara-lombardini'],
    sections: ['green-economy', 'energy'],
    tags: ['climate', 'green deal', 'european commission'],
    image: { url: 'https://media.redazione.example/2025/07/wind-farm-north-sea.jpg', width: 2000, height: 1125, credit: 'Photo: Redazione' },
    publishedAt: '2025-07-02T12:15:00Z',
    versions: {
      it: {
        slug: 'clima-commissione-propone-taglio-90-per-cento-emissioni-2040',
        title: `Clima, la Commissione propone il taglio del 90% delle emissioni entro il 2040`,
        subtitle: `Per la prima volta una parte dello sforzo potrà essere coperta con crediti internazionali. Gli ambientalisti temono scappatoie`,
        excerpt: `La proposta modifica la legge europea sul clima e introduce un obiettivo intermedio tra il 2030 e la neutralità climatica del 2050.`,
        body: `<p>La Commissione europea ha proposto di fissare un obiettivo di riduzione netta delle emissioni di gas serra del 90% entro il 2040 rispetto ai livelli del 1990. La proposta modifica la legge europea sul clima, che oggi prevede solo il -55% al 2030 e la neutralità climatica al 2050.</p>
<h2>Le flessibilità</h2>
<p>Per venire incontro ai governi più scettici, Bruxelles introduce diverse flessibilità: a partire dal 2036 fino al 3% dell'obiettivo potrà essere raggiunto con crediti di carbonio internazionali di alta qualità, e gli assorbimenti permanenti di CO2 saranno contabilizzati nel sistema Ets.</p>
<p>La proposta dovrà essere approvata da Parlamento e Consiglio. L'Ue punta ad avere un accordo in tempo per la Cop30 in Brasile.</p>`,
        imageAlt: `Turbine eoliche offshore nel Mare del Nord`,
        imageCaption: `Un parco eolico offshore nel Mare del Nord`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'climate-commission-proposes-90-percent-emissions-cut-by-2040',
        title: `Climate: Commission proposes a 90% cut in emissions by 2040`,
        subtitle: `For the first time, part of the effort may be covered by international credits. Environmentalists fear loopholes`,
        excerpt: `The proposal amends the European Climate Law and introduces an intermediate target between 2030 and climate neutrality in 2050.`,
        body: `<p>The European Commission has proposed setting a target of a 90% net reduction in greenhouse gas emissions by 2040 compared with 1990 levels. The proposal amends the European Climate Law, which currently only provides for -55% by 2030 and climate neutrality by 2050.</p>
<h2>The flexibilities</h2>
<p>To accommodate the most sceptical governments, Brussels introduces several flexibilities: from 2036, up to 3% of the target may be met with high-quality international carbon credits, and permanent CO2 removals will be counted in the ETS.</p>
<p>The proposal must be approved by Parliament and Council. The EU aims to reach an agreement in time for COP30 in Brazil.</p>`,
        imageAlt: `Offshore wind turbines in the North Sea`,
        imageCaption: `An offshore wind farm in the North Sea`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'bulgaria-euro-adoption',
    sourceLocale: 'en',
    authors: ['sara-bellucci'],
    sections: ['finance-insurance', 'news'],
    tags: ['european central bank', 'european council'],
    image: { url: 'https://media.redazione.example/2025/07/sofia-euro-coins.jpg', width: 1200, height: 675, credit: 'Photo: Redazione' },
    publishedAt: '2025-07-08T15:00:00Z',
    versions: {
      en: {
        slug: 'eurozone-bulgaria-cleared-to-adopt-the-euro-in-2026',
        title: `Eurozone: Bulgaria cleared to adopt the euro in 2026`,
        subtitle: `Finance ministers give the final green light and fix the conversion rate: the lev will be replaced on 1 January`,
        excerpt: `Bulgaria will become the 21st member of the euro area. The conversion rate is set at 1.95583 lev per euro, unchanged since the currency board.`,
        body: `<p>EU finance ministers have adopted the final legal acts allowing Bulgaria to join the euro area on 1 January 2026. The country will become the 21st member of the single currency.</p>
<p>The conversion rate has been fixed at 1.95583 lev per euro, the same level at which the Bulgarian currency has been pegged for almost three decades under its currency board arrangement.</p>
<h2>What happens next</h2>
<ul><li>prices will be displayed in both currencies for a transition period;</li><li>lev and euro will circulate together for one month;</li><li>the Bulgarian National Bank will join the ECB's Governing Council.</li></ul>
<p>Public opinion remains divided, with some citizens worried about price increases during the changeover.</p>`,
        imageAlt: `Euro coins with the Bulgarian national side on a table in Sofia`,
        imageCaption: `Euro coins: Bulgaria will adopt the single currency in January 2026`,
        status: 'PUBLISHED',
      },
    },
  },
  {
    key: 'high-speed-rail-plan',
    sourceLocale: 'en',
    authors: ['sara-bellucci'],
    sections: ['mobility-logistics', 'green-economy'],
    tags: ['european commission', 'green deal'],
    image: { url: 'https://media.redazione.example/2025/11/high-speed-train-alps.jpg', width: 1920, height: 1080, credit: 'Photo: Redazione' },
    publishedAt: '2025-11-05T11:00:00Z',
    versions: {
      en: {
        slug: 'rail-eu-plan-for-high-speed-links-between-capitals',
        title: `Rail: the EU's plan for high-speed links between capitals`,
        subtitle: `The Commission wants faster trains between European capitals by 2040 and a single ticketing system for cross-border journeys`,
        excerpt: `Brussels sets out a plan to connect capitals and major cities with high-speed rail. Missing cross-border links and different signalling systems remain the main obstacles.`,
        body: `<p>The European Commission has presented an action plan to build a true European high-speed rail network. The aim is to connect capitals and major cities with trains running at 200 km/h or more, making rail a real alternative to short-haul flights.</p>
<h2>Bottlenecks at the borders</h2>
<p>The plan identifies missing cross-border sections, incompatible signalling systems and slow procedures for approving rolling stock as the main obstacles. Many journeys between neighbouring capitals still take longer today than they did decades ago.</p>
<p>The Commission also wants a single booking and ticketing system, so that passengers can buy one ticket for a journey involving several operators, with full passenger rights in case of missed connections.</p>`,
        imageAlt: `A high-speed train crossing an Alpine valley`,
        imageCaption: `A high-speed train in the Alps`,
        status: 'PUBLISHED',
      },
    },
  },
  {
    key: 'electricity-grids-package-draft',
    sourceLocale: 'it',
    authors: ['chiara-lombardini'],
    sections: ['energy'],
    tags: ['energy transition', 'european commission'],
    image: { url: 'https://media.redazione.example/2025/11/power-lines-sunset.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2025-11-26T10:00:00Z',
    versions: {
      it: {
        slug: 'reti-elettriche-cosa-prevede-pacchetto-europeo',
        title: `Reti elettriche, cosa prevede il pacchetto europeo atteso a dicembre`,
        subtitle: `Interconnessioni, permessi più rapidi e pianificazione comune: le reti sono il collo di bottiglia della transizione`,
        excerpt: `Senza reti adeguate le rinnovabili restano scollegate. Bruxelles prepara un pacchetto per accelerare gli investimenti.`,
        body: `<p>Le reti elettriche europee hanno in media oltre quarant'anni e non sono state progettate per una produzione distribuita e variabile come quella delle rinnovabili. Secondo le stime della Commissione, entro il 2030 serviranno investimenti per centinaia di miliardi di euro.</p>
<p>Il pacchetto atteso per dicembre dovrebbe puntare su una pianificazione transfrontaliera comune, tempi più brevi per le autorizzazioni e nuovi criteri per ripartire i costi dei progetti di interconnessione.</p>
<p>[Bozza: completare dopo il briefing tecnico con i funzionari della DG Energia.]</p>`,
        imageAlt: `Tralicci dell'alta tensione al tramonto`,
        imageCaption: `Una linea di trasmissione ad alta tensione`,
        status: 'DRAFT',
      },
    },
  },
];
