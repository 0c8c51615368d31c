import type { DemoStory } from './types.js';

const TC = 'English version by the Translation Service of Withub';

/** Net & Tech, rights, culture, media, sports, opinions, letters and editorials. */
export const societyStories: DemoStory[] = [
  {
    key: 'director-why-bilingual-newspaper',
    sourceLocale: 'it',
    authors: ['matteo-fiorentini'],
    sections: ['directors-point-of-view', 'media'],
    tags: ['media freedom'],
    image: { url: 'https://media.redazione.example/2024/09/newsroom-brussels.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2024-09-02T07:00:00Z',
    versions: {
      it: {
        slug: 'perche-un-giornale-europeo-in-due-lingue',
        title: `Perché un giornale europeo in due lingue`,
        subtitle: `Da oggi i nostri articoli sono disponibili anche in inglese: per raccontare Bruxelles a chi in Italia la guarda da lontano, e l'Italia a chi a Bruxelles ci lavora`,
        excerpt: `Il direttore spiega la scelta di pubblicare in italiano e in inglese e gli impegni della redazione verso lettrici e lettori.`,
        body: `<p>Le decisioni prese a Bruxelles e a Strasburgo incidono ogni giorno sulla vita di milioni di persone, ma raramente arrivano nelle case con la chiarezza che meritano. Da anni proviamo a colmare questa distanza raccontando le istituzioni europee in italiano.</p>
<p>Da oggi facciamo un passo in più: gran parte dei nostri articoli sarà disponibile anche in inglese, grazie al lavoro di un servizio di traduzione dedicato. Lo facciamo perché il dibattito europeo è per sua natura plurilingue, e perché il punto di vista italiano merita di essere letto anche fuori dai confini nazionali.</p>
<h2>I nostri impegni</h2>
<ul><li>distinguere sempre i fatti dalle opinioni;</li><li>indicare chiaramente quando un articolo è una traduzione;</li><li>correggere gli errori in modo trasparente.</li></ul>
<p>Buona lettura, in qualunque lingua scegliate.</p>`,
        imageAlt: `La redazione al lavoro nella sede di Bruxelles`,
        imageCaption: `La redazione di Bruxelles`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'why-a-european-newspaper-in-two-languages',
        title: `Why a European newspaper in two languages`,
        subtitle: `From today our stories are also available in English: to explain Brussels to those in Italy who watch it from afar, and Italy to those who work in Brussels`,
        excerpt: `The editor explains the choice to publish in Italian and English and the newsroom's commitments to its readers.`,
        body: `<p>Decisions taken in Brussels and Strasbourg affect the lives of millions of people every day, but they rarely reach people's homes with the clarity they deserve. For years we have tried to bridge this gap by covering the European institutions in Italian.</p>
<p>Today we are going one step further: most of our stories will also be available in English, thanks to the work of a dedicated translation service. We are doing this because the European debate is multilingual by nature, and because the Italian point of view deserves to be read beyond national borders.</p>
<h2>Our commitments</h2>
<ul><li>always separating facts from opinions;</li><li>clearly indicating when a story is a translation;</li><li>correcting mistakes transparently.</li></ul>
<p>Enjoy your reading, in whichever language you choose.</p>`,
        imageAlt: `The newsroom at work in the Brussels office`,
        imageCaption: `The Brussels newsroom`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'diarra-ruling-fifa-transfers',
    sourceLocale: 'it',
    authors: ['davide-pellegrino'],
    sections: ['sports', 'rights'],
    tags: ['football'],
    image: { url: 'https://media.redazione.example/2024/10/football-stadium-empty.jpg', width: 1920, height: 1080, credit: 'Photo: Redazione' },
    publishedAt: '2024-10-04T10:45:00Z',
    versions: {
      it: {
        slug: 'calcio-corte-giustizia-ue-regole-fifa-trasferimenti-diarra',
        title: `Calcio, la Corte di giustizia Ue boccia alcune regole Fifa sui trasferimenti`,
        subtitle: `Il caso dell'ex centrocampista Lassana Diarra potrebbe cambiare il mercato dei calciatori come la sentenza Bosman`,
        excerpt: `Per i giudici di Lussemburgo alcune norme sui trasferimenti ostacolano la libera circolazione dei lavoratori e la concorrenza tra club.`,
        body: `<p>Alcune regole della Fifa sullo status e sui trasferimenti dei calciatori sono contrarie al diritto dell'Unione. Lo ha stabilito la Corte di giustizia dell'Ue, pronunciandosi sul caso dell'ex centrocampista francese Lassana Diarra.</p>
<p>Nel mirino le norme che, in caso di risoluzione del contratto senza giusta causa, rendono il giocatore e il nuovo club solidalmente responsabili dell'indennizzo dovuto alla vecchia società, e che permettono di bloccare il certificato di trasferimento internazionale.</p>
<h2>Un nuovo caso Bosman?</h2>
<p>Secondo la Corte, queste regole ostacolano la libera circolazione dei lavoratori e limitano la concorrenza tra club. La sentenza non cancella il sistema dei trasferimenti, ma obbliga la Fifa a rivederlo. Il caso torna ora al tribunale belga che aveva posto la questione.</p>`,
        imageAlt: `Uno stadio di calcio vuoto illuminato dai riflettori`,
        imageCaption: `La sentenza potrebbe cambiare le regole del mercato dei calciatori`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'football-eu-court-of-justice-strikes-down-fifa-transfer-rules',
        title: `Football: EU Court of Justice strikes down some FIFA transfer rules`,
        subtitle: `The case of former midfielder Lassana Diarra could change the player market as the Bosman ruling did`,
        excerpt: `For the Luxembourg judges, some transfer rules hinder the free movement of workers and competition between clubs.`,
        body: `<p>Some FIFA rules on the status and transfer of players are contrary to EU law. The Court of Justice of the EU ruled so in the case of former French midfielder Lassana Diarra.</p>
<p>The ruling targets the rules that, when a contract is terminated without just cause, make the player and the new club jointly liable for the compensation owed to the former club, and that allow the international transfer certificate to be blocked.</p>
<h2>A new Bosman case?</h2>
<p>According to the Court, these rules hinder the free movement of workers and restrict competition between clubs. The judgment does not abolish the transfer system, but obliges FIFA to review it. The case now returns to the Belgian court that referred the question.</p>`,
        imageAlt: `An empty football stadium lit by floodlights`,
        imageCaption: `The ruling could change the rules of the player transfer market`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'opinion-enlargement-investment',
    sourceLocale: 'it',
    authors: ['elena-carbone'],
    sections: ['opinions', 'world-politics'],
    tags: ['enlargement', 'ukraine', 'moldova'],
    image: { url: 'https://media.redazione.example/2024/11/eu-flags-enlargement.jpg', width: 1500, height: 1000, credit: 'Photo: Redazione' },
    publishedAt: '2024-11-12T08:00:00Z',
    versions: {
      it: {
        slug: 'allargamento-non-e-un-regalo-e-un-investimento',
        title: `L'allargamento non è un regalo, è un investimento`,
        subtitle: `Accogliere nuovi membri costa, ma lasciare un vuoto alle porte dell'Unione costerebbe molto di più`,
        excerpt: `Il rapporto annuale sui Paesi candidati conferma progressi e ritardi. Ma la vera domanda è se l'Ue sia pronta a riformarsi per accoglierli.`,
        body: `<p>Ogni anno, con la pubblicazione del pacchetto allargamento, si riapre lo stesso dibattito: i Paesi candidati sono pronti? È una domanda legittima, ma incompleta. L'altra metà della domanda è se l'Unione sia pronta ad accoglierli.</p>
<p>La guerra in Ucraina ha trasformato l'allargamento da dossier tecnico a scelta geopolitica. Lasciare Ucraina, Moldova e Balcani occidentali in una zona grigia significa offrire spazio a chi vuole destabilizzare il continente.</p>
<h2>Riforme in casa</h2>
<p>Perché l'allargamento funzioni, però, servono riforme interne: regole di voto che non paralizzino un'Unione a trenta o più membri, un bilancio adeguato e meccanismi credibili per tutelare lo stato di diritto anche dopo l'adesione.</p>
<p>Rimandare queste decisioni non le renderà più facili. Le renderà soltanto più urgenti.</p>`,
        imageAlt: `Bandiere dei Paesi candidati accanto alla bandiera europea`,
        imageCaption: `Nove Paesi hanno oggi lo status di candidato all'adesione`,
        status: 'PUBLISHED',
      },
    },
  },
  {
    key: 'dsa-tiktok-romania-elections',
    sourceLocale: 'it',
    authors: ['lorenzo-gatti'],
    sections: ['net-tech', 'politics'],
    tags: ['digital services act', 'european commission'],
    image: { url: 'https://media.redazione.example/2024/12/smartphone-social-media-apps.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2024-12-17T14:20:00Z',
    versions: {
      it: {
        slug: 'dsa-commissione-apre-procedimento-tiktok-elezioni-romania',
        title: `Dsa, la Commissione apre un procedimento contro TikTok per le elezioni in Romania`,
        subtitle: `Bruxelles vuole verificare se la piattaforma abbia gestito adeguatamente i rischi di manipolazione del voto presidenziale`,
        excerpt: `Dopo l'annullamento del primo turno delle presidenziali romene, la Commissione indaga su algoritmi di raccomandazione e pubblicità politica.`,
        body: `<p>La Commissione europea ha avviato un procedimento formale nei confronti di TikTok ai sensi del Digital Services Act. L'indagine riguarda la gestione dei rischi per l'integrità delle elezioni, a partire dalle presidenziali in Romania, il cui primo turno è stato annullato dalla Corte costituzionale.</p>
<p>Bruxelles esaminerà in particolare i sistemi di raccomandazione dei contenuti, il rischio di manipolazione coordinata tramite account non autentici e le regole della piattaforma sulla pubblicità politica e sui contenuti politici a pagamento.</p>
<h2>Cosa rischia la piattaforma</h2>
<p>L'apertura del procedimento non anticipa l'esito. In caso di violazioni accertate, il Dsa prevede multe fino al 6% del fatturato mondiale annuo. La Commissione aveva già ordinato a TikTok di conservare i dati relativi alle elezioni nell'Ue.</p>`,
        imageAlt: `Uno smartphone con le icone di diverse applicazioni social`,
        imageCaption: `Le piattaforme online di grandi dimensioni sono soggette a obblighi rafforzati dal Dsa`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'dsa-commission-opens-proceedings-against-tiktok-over-romanian-elections',
        title: `DSA: Commission opens proceedings against TikTok over the Romanian elections`,
        subtitle: `Brussels wants to verify whether the platform properly managed the risks of manipulation of the presidential vote`,
        excerpt: `After the first round of Romania's presidential election was annulled, the Commission is investigating recommender algorithms and political advertising.`,
        body: `<p>The European Commission has opened formal proceedings against TikTok under the Digital Services Act. The investigation concerns the management of risks to election integrity, starting with the presidential election in Romania, whose first round was annulled by the Constitutional Court.</p>
<p>Brussels will examine in particular the content recommender systems, the risk of coordinated manipulation through inauthentic accounts and the platform's rules on political advertising and paid political content.</p>
<h2>What the platform risks</h2>
<p>Opening proceedings does not prejudge the outcome. If infringements are established, the DSA provides for fines of up to 6% of global annual turnover. The Commission had already ordered TikTok to retain data relating to elections in the EU.</p>`,
        imageAlt: `A smartphone showing the icons of several social media apps`,
        imageCaption: `Very large online platforms are subject to stricter obligations under the DSA`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'ai-act-first-bans',
    sourceLocale: 'it',
    authors: ['lorenzo-gatti'],
    sections: ['net-tech', 'rights'],
    tags: ['artificial intelligence', 'european commission'],
    image: { url: 'https://media.redazione.example/2025/02/facial-recognition-camera.jpg', width: 1920, height: 1080, credit: 'Photo: Redazione' },
    publishedAt: '2025-02-02T08:00:00Z',
    versions: {
      it: {
        slug: 'ai-act-scattano-primi-divieti-intelligenza-artificiale',
        title: `AI Act, scattano i primi divieti sull'intelligenza artificiale`,
        subtitle: `Da oggi sono vietati nell'Ue i sistemi considerati a rischio inaccettabile, dal punteggio sociale alla manipolazione dei comportamenti`,
        excerpt: `A sei mesi dall'entrata in vigore, il regolamento europeo sull'IA inizia ad applicarsi. Per chi viola i divieti multe fino al 7% del fatturato.`,
        body: `<p>Prima scadenza per l'AI Act, il regolamento europeo sull'intelligenza artificiale. Da oggi sono vietate nell'Unione le pratiche considerate a rischio inaccettabile per i diritti fondamentali.</p>
<h2>Cosa non si può più fare</h2>
<ul><li>sistemi di punteggio sociale da parte di enti pubblici o privati;</li><li>tecniche manipolative che sfruttano le vulnerabilità delle persone;</li><li>raccolta indiscriminata di immagini facciali da internet per creare banche dati;</li><li>riconoscimento delle emozioni sul lavoro e a scuola, salvo eccezioni per motivi medici o di sicurezza.</li></ul>
<p>L'identificazione biometrica in tempo reale in spazi pubblici da parte delle forze dell'ordine resta consentita solo in casi strettamente definiti. Scatta inoltre l'obbligo per le aziende di garantire un'adeguata alfabetizzazione sull'IA del personale.</p>
<p>Le sanzioni arrivano fino a 35 milioni di euro o al 7% del fatturato mondiale.</p>`,
        imageAlt: `Una telecamera di sorveglianza montata su un palo in una piazza`,
        imageCaption: `Il riconoscimento biometrico in spazi pubblici è fortemente limitato dall'AI Act`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'ai-act-first-bans-on-artificial-intelligence-take-effect',
        title: `AI Act: the first bans on artificial intelligence take effect`,
        subtitle: `As of today, systems considered to pose an unacceptable risk are banned in the EU, from social scoring to behavioural manipulation`,
        excerpt: `Six months after its entry into force, the European AI regulation starts to apply. Breaching the bans can cost up to 7% of turnover.`,
        body: `<p>The first deadline has arrived for the AI Act, the European regulation on artificial intelligence. As of today, practices considered to pose an unacceptable risk to fundamental rights are banned in the Union.</p>
<h2>What is no longer allowed</h2>
<ul><li>social scoring systems run by public or private bodies;</li><li>manipulative techniques that exploit people's vulnerabilities;</li><li>untargeted scraping of facial images from the internet to build databases;</li><li>emotion recognition in the workplace and at school, except for medical or safety reasons.</li></ul>
<p>Real-time biometric identification in public spaces by law enforcement remains allowed only in strictly defined cases. Companies must also now ensure adequate AI literacy among their staff.</p>
<p>Penalties reach up to 35 million euros or 7% of global turnover.</p>`,
        imageAlt: `A surveillance camera mounted on a pole in a square`,
        imageCaption: `Biometric recognition in public spaces is strictly limited by the AI Act`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'european-capitals-of-culture-2025',
    sourceLocale: 'it',
    authors: ['davide-pellegrino'],
    sections: ['culture'],
    tags: ['creative europe', 'italy'],
    image: { url: 'https://media.redazione.example/2025/02/gorizia-nova-gorica-square.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2025-02-08T19:00:00Z',
    versions: {
      it: {
        slug: 'capitale-europea-cultura-gorizia-nova-gorica-senza-confini',
        title: `Gorizia e Nova Gorica, la capitale europea della cultura che attraversa un confine`,
        subtitle: `Per la prima volta il titolo va a due città di due Paesi diversi, unite dalla piazza della Transalpina`,
        excerpt: `Al via l'anno di Nova Gorica capitale europea della cultura insieme a Gorizia. L'altra capitale del 2025 è la tedesca Chemnitz.`,
        body: `<p>Con una cerimonia in piazza della Transalpina, tagliata per decenni dal confine tra Italia e Jugoslavia, si è aperto l'anno di Nova Gorica capitale europea della cultura 2025, condiviso con la vicina Gorizia. È la prima volta che il titolo coinvolge una città transfrontaliera.</p>
<p>Il programma, intitolato "Go! Borderless", prevede centinaia di eventi tra mostre, concerti e progetti partecipativi dedicati alla memoria del Novecento e alla convivenza tra comunità italiana e slovena.</p>
<blockquote>Qui il confine è stato un muro, poi una linea, oggi è soltanto una piazza.</blockquote>
<p>L'iniziativa delle capitali europee della cultura, nata nel 1985, è finanziata in parte dal programma Europa creativa. L'altra capitale del 2025 è Chemnitz, in Germania.</p>`,
        imageAlt: `La piazza della Transalpina tra Gorizia e Nova Gorica durante la cerimonia di apertura`,
        imageCaption: `Piazza della Transalpina, simbolo dell'anno di capitale europea della cultura`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'european-capital-of-culture-gorizia-nova-gorica-across-a-border',
        title: `Gorizia and Nova Gorica, the European Capital of Culture that spans a border`,
        subtitle: `For the first time the title goes to two cities in two different countries, joined by Transalpina square`,
        excerpt: `Nova Gorica's year as European Capital of Culture, shared with Gorizia, gets under way. The other capital for 2025 is Chemnitz in Germany.`,
        body: `<p>With a ceremony in Transalpina square, which for decades was cut in two by the border between Italy and Yugoslavia, Nova Gorica's year as European Capital of Culture 2025, shared with neighbouring Gorizia, has begun. It is the first time the title has involved a cross-border city.</p>
<p>The programme, entitled "Go! Borderless", includes hundreds of events, from exhibitions and concerts to participatory projects on the memory of the twentieth century and coexistence between the Italian and Slovenian communities.</p>
<blockquote>Here the border was a wall, then a line; today it is just a square.</blockquote>
<p>The European Capitals of Culture initiative, launched in 1985, is partly funded by the Creative Europe programme. The other capital for 2025 is Chemnitz, in Germany.</p>`,
        imageAlt: `Transalpina square between Gorizia and Nova Gorica during the opening ceremony`,
        imageCaption: `Transalpina square, symbol of the year as European Capital of Culture`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'investai-gigafactories',
    sourceLocale: 'it',
    authors: ['lorenzo-gatti'],
    sections: ['net-tech', 'business'],
    tags: ['artificial intelligence', 'competitiveness', 'ursula von der leyen'],
    image: { url: 'https://media.redazione.example/2025/02/data-centre-servers.jpg', width: 1920, height: 1080, credit: 'Photo: Redazione' },
    publishedAt: '2025-02-11T16:00:00Z',
    versions: {
      it: {
        slug: 'investai-ue-mobilita-200-miliardi-intelligenza-artificiale',
        title: `InvestAI, l'Ue vuole mobilitare 200 miliardi per l'intelligenza artificiale`,
        subtitle: `Al vertice di Parigi la Commissione annuncia un fondo da 20 miliardi per le gigafactory dell'IA`,
        excerpt: `Bruxelles punta a recuperare terreno su Stati Uniti e Cina con investimenti pubblici e privati nella potenza di calcolo.`,
        body: `<p>La Commissione europea ha lanciato InvestAI, un'iniziativa per mobilitare 200 miliardi di euro di investimenti nell'intelligenza artificiale. L'annuncio è arrivato dal vertice internazionale sull'IA di Parigi, dove l'Europa ha cercato di presentarsi come alternativa credibile a Stati Uniti e Cina.</p>
<p>Il cuore del piano è un fondo da 20 miliardi per costruire in Europa quattro o cinque "gigafactory" dell'IA, grandi centri di calcolo capaci di addestrare i modelli di nuova generazione.</p>
<h2>Le incognite</h2>
<p>Gran parte delle risorse dovrebbe arrivare da investitori privati. Restano aperte le questioni del costo dell'energia, della disponibilità di chip avanzati e della capacità delle imprese europee di trattenere talenti e capitali.</p>`,
        imageAlt: `File di server in un data center illuminato`,
        imageCaption: `Un data center: la potenza di calcolo è la risorsa chiave per l'IA`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'investai-eu-aims-to-mobilise-200-billion-for-artificial-intelligence',
        title: `InvestAI: the EU aims to mobilise 200 billion euros for artificial intelligence`,
        subtitle: `At the Paris summit the Commission announces a 20-billion-euro fund for AI gigafactories`,
        excerpt: `Brussels wants to catch up with the United States and China through public and private investment in computing power.`,
        body: `<p>The European Commission has launched InvestAI, an initiative to mobilise 200 billion euros of investment in artificial intelligence. The announcement came at the international AI summit in Paris, where Europe sought to present itself as a credible alternative to the United States and China.</p>
<p>At the heart of the plan is a 20-billion-euro fund to build four or five AI "gigafactories" in Europe, large computing centres capable of training next-generation models.</p>
<h2>The unknowns</h2>
<p>Most of the resources are expected to come from private investors. Open questions remain over energy costs, the availability of advanced chips and the ability of European companies to retain talent and capital.</p>`,
        imageAlt: `Rows of servers in an illuminated data centre`,
        imageCaption: `A data centre: computing power is the key resource for AI`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'returns-regulation-proposal',
    sourceLocale: 'it',
    authors: ['valentina-sorrentino'],
    sections: ['rights', 'politics'],
    tags: ['migration', 'european commission'],
    image: { url: 'https://media.redazione.example/2025/03/migrants-reception-centre.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2025-03-11T15:10:00Z',
    versions: {
      it: {
        slug: 'rimpatri-commissione-propone-sistema-europeo-comune',
        title: `Rimpatri, la Commissione propone un sistema europeo comune e apre agli hub nei Paesi terzi`,
        subtitle: `Un ordine di rimpatrio europeo riconosciuto da tutti gli Stati e trattenimento fino a 24 mesi per chi rappresenta un rischio per la sicurezza`,
        excerpt: `Oggi solo un migrante irregolare su cinque destinatario di un provvedimento lascia effettivamente l'Ue. Bruxelles vuole regole più rapide e uniformi.`,
        body: `<p>La Commissione europea ha presentato una proposta di regolamento sui rimpatri, pensata per completare il Patto sulla migrazione e l'asilo. L'obiettivo dichiarato è aumentare il tasso di rimpatri effettivi, oggi intorno al 20%.</p>
<h2>Le principali novità</h2>
<ul><li>un ordine di rimpatrio europeo, riconosciuto ed eseguibile in tutti gli Stati membri;</li><li>la possibilità di trasferire le persone in "hub di rimpatrio" in Paesi terzi, sulla base di accordi;</li><li>periodi di trattenimento più lunghi per chi rappresenta un rischio per la sicurezza.</li></ul>
<p>Le organizzazioni per i diritti umani criticano la proposta, sostenendo che gli hub nei Paesi terzi rischiano di creare zone grigie in cui le garanzie fondamentali non sono assicurate. Diversi governi chiedono invece di andare oltre.</p>`,
        imageAlt: `L'ingresso di un centro di accoglienza per migranti`,
        imageCaption: `Un centro di accoglienza per richiedenti asilo`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'returns-commission-proposes-common-european-system',
        title: `Returns: Commission proposes a common European system and opens the door to hubs in third countries`,
        subtitle: `A European return order recognised by all member states and detention of up to 24 months for those who pose a security risk`,
        excerpt: `Today only one in five irregular migrants ordered to leave actually leaves the EU. Brussels wants faster, uniform rules.`,
        body: `<p>The European Commission has presented a proposal for a regulation on returns, designed to complete the Pact on Migration and Asylum. The declared aim is to increase the rate of effective returns, currently around 20%.</p>
<h2>The main changes</h2>
<ul><li>a European return order, recognised and enforceable in all member states;</li><li>the possibility of transferring people to "return hubs" in third countries, on the basis of agreements;</li><li>longer detention periods for those who pose a security risk.</li></ul>
<p>Human rights organisations criticise the proposal, arguing that hubs in third countries risk creating grey zones where fundamental safeguards are not ensured. Several governments, by contrast, want to go further.</p>`,
        imageAlt: `The entrance of a reception centre for migrants`,
        imageCaption: `A reception centre for asylum seekers`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'opinion-common-defence-budget',
    sourceLocale: 'it',
    authors: ['marco-benedetti'],
    sections: ['opinions', 'defence'],
    tags: ['defence industry', 'eu budget'],
    image: { url: 'https://media.redazione.example/2025/03/euro-banknotes-defence.jpg', width: 1200, height: 800, credit: 'Photo: Redazione' },
    publishedAt: '2025-03-25T07:30:00Z',
    versions: {
      it: {
        slug: 'perche-la-difesa-europea-ha-bisogno-di-un-bilancio-comune',
        title: `Perché la difesa europea ha bisogno di un vero bilancio comune`,
        subtitle: `Prestiti e deroghe al Patto di stabilità sono un inizio. Ma ventisette eserciti che comprano separatamente restano un lusso che l'Europa non può permettersi`,
        excerpt: `Il piano ReArm Europe sposta il peso sui bilanci nazionali. Senza risorse comuni il rischio è moltiplicare la frammentazione che si vuole superare.`,
        body: `<p>Il piano presentato dalla Commissione per rafforzare la difesa europea ha un pregio evidente: la velocità. In poche settimane Bruxelles ha messo sul tavolo strumenti che fino a un anno fa sarebbero stati impensabili. Ma la maggior parte degli 800 miliardi annunciati dipende da scelte nazionali.</p>
<p>È qui il problema. Se ogni Stato spende di più, ma da solo, l'Europa rischia di moltiplicare i sistemi d'arma diversi, i doppioni industriali e le inefficienze che ogni studio sul tema denuncia da vent'anni.</p>
<h2>La lezione del Next Generation EU</h2>
<p>Durante la pandemia l'Unione ha dimostrato di poter finanziare insieme un obiettivo comune. La difesa del continente è un bene pubblico europeo per eccellenza: ha senso che sia finanziata, almeno in parte, con risorse europee.</p>`,
        imageAlt: `Banconote in euro accanto a un elmetto militare`,
        imageCaption: `Il finanziamento della difesa divide le capitali europee`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'why-european-defence-needs-a-real-common-budget',
        title: `Why European defence needs a real common budget`,
        subtitle: `Loans and Stability Pact exemptions are a start. But twenty-seven armies buying separately remain a luxury Europe cannot afford`,
        excerpt: `The ReArm Europe plan shifts the burden onto national budgets. Without common resources, the risk is multiplying the very fragmentation it aims to overcome.`,
        body: `<p>The Commission's plan to strengthen European defence has one obvious merit: speed. In a few weeks Brussels has put on the table tools that would have been unthinkable a year ago. But most of the 800 billion euros announced depends on national choices.</p>
<p>That is the problem. If each state spends more, but alone, Europe risks multiplying different weapons systems, industrial duplication and the inefficiencies that every study on the subject has denounced for twenty years.</p>
<h2>The lesson of Next Generation EU</h2>
<p>During the pandemic, the Union showed it could jointly finance a common goal. The defence of the continent is a European public good par excellence: it makes sense for it to be financed, at least in part, with European resources.</p>`,
        imageAlt: `Euro banknotes next to a military helmet`,
        imageCaption: `Defence financing divides European capitals`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'safe-countries-of-origin-list',
    sourceLocale: 'it',
    authors: ['valentina-sorrentino'],
    sections: ['rights'],
    tags: ['migration', 'italy', 'european commission'],
    image: { url: 'https://media.redazione.example/2025/04/asylum-office-queue.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2025-04-16T13:45:00Z',
    versions: {
      it: {
        slug: 'paesi-di-origine-sicuri-lista-ue-bangladesh-egitto-tunisia',
        title: `Paesi di origine sicuri, la prima lista Ue include Bangladesh, Egitto e Tunisia`,
        subtitle: `Per i richiedenti asilo provenienti da questi Paesi sono previste procedure accelerate. La proposta interessa da vicino il protocollo Italia-Albania`,
        excerpt: `La Commissione propone sette Paesi di origine sicuri a livello europeo e chiarisce quando un Paese può essere considerato sicuro con eccezioni.`,
        body: `<p>La Commissione europea ha proposto la prima lista comune di Paesi di origine sicuri: Bangladesh, Colombia, Egitto, India, Kosovo, Marocco e Tunisia. Per le domande di asilo presentate da cittadini di questi Paesi si applicheranno procedure accelerate, con la possibilità di esame alla frontiera.</p>
<p>La designazione non esclude l'esame individuale: chi dimostra di essere a rischio di persecuzione continuerà ad avere diritto alla protezione. La proposta chiarisce inoltre che un Paese può essere considerato sicuro anche con eccezioni per determinate aree o categorie di persone.</p>
<h2>Il legame con il caso italiano</h2>
<p>Il punto è rilevante per l'Italia, dove le designazioni nazionali sono state al centro di diversi contenziosi legati ai centri in Albania. La proposta deve essere approvata da Parlamento e Consiglio.</p>`,
        imageAlt: `Persone in coda davanti a un ufficio per le domande di asilo`,
        imageCaption: `Richiedenti asilo in attesa davanti a un ufficio immigrazione`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'safe-countries-of-origin-first-eu-list-includes-bangladesh-egypt-tunisia',
        title: `Safe countries of origin: the first EU list includes Bangladesh, Egypt and Tunisia`,
        subtitle: `Fast-track procedures are planned for asylum seekers from these countries. The proposal closely concerns the Italy-Albania protocol`,
        excerpt: `The Commission proposes seven safe countries of origin at European level and clarifies when a country can be considered safe with exceptions.`,
        body: `<p>The European Commission has proposed the first common list of safe countries of origin: Bangladesh, Colombia, Egypt, India, Kosovo, Morocco and Tunisia. Accelerated procedures will apply to asylum applications from citizens of these countries, with the possibility of examination at the border.</p>
<p>The designation does not rule out individual assessment: anyone who shows they are at risk of persecution will still be entitled to protection. The proposal also clarifies that a country can be considered safe with exceptions for certain areas or categories of people.</p>
<h2>The link with the Italian case</h2>
<p>This is relevant for Italy, where national designations have been at the centre of several legal disputes linked to the centres in Albania. The proposal must be approved by Parliament and Council.</p>`,
        imageAlt: `People queuing in front of an asylum application office`,
        imageCaption: `Asylum seekers waiting outside an immigration office`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'lux-audience-award-2025',
    sourceLocale: 'it',
    authors: ['davide-pellegrino'],
    sections: ['culture'],
    tags: ['european parliament', 'creative europe'],
    image: { url: 'https://media.redazione.example/2025/04/cinema-hall-lux-award.jpg', width: 1600, height: 900, credit: 'Photo: European Parliament' },
    publishedAt: '2025-04-22T18:30:00Z',
    versions: {
      it: {
        slug: 'premio-lux-pubblico-parlamento-europeo-cinema-flow',
        title: `Premio Lux del pubblico, vince il film d'animazione lettone "Flow"`,
        subtitle: `Il riconoscimento del Parlamento europeo e dell'Accademia del cinema europeo premia la storia di un gatto sopravvissuto a un'alluvione`,
        excerpt: `Il voto di spettatori ed eurodeputati incorona il film di Gints Zilbalodis, già premiato agli Oscar.`,
        body: `<p>È "Flow", del regista lettone Gints Zilbalodis, il vincitore del Premio Lux del pubblico 2025, il riconoscimento cinematografico assegnato dal Parlamento europeo insieme all'Accademia del cinema europeo. La cerimonia si è svolta nell'emiciclo di Bruxelles.</p>
<p>Il film d'animazione, senza dialoghi, racconta il viaggio di un gatto e di altri animali in un mondo sommerso dall'acqua. Il risultato combina il voto degli spettatori di tutta l'Unione con quello dei deputati europei.</p>
<p>Il premio sostiene la distribuzione dei film in competizione con la sottotitolazione in tutte le 24 lingue ufficiali dell'Ue, per farli circolare oltre i confini nazionali.</p>`,
        imageAlt: `Una sala cinematografica con il pubblico durante una proiezione`,
        imageCaption: `I film in concorso al Premio Lux sono sottotitolati in tutte le lingue ufficiali dell'Ue`,
        status: 'PUBLISHED',
      },
    },
  },
  {
    key: 'media-freedom-act-applies',
    sourceLocale: 'it',
    authors: ['davide-pellegrino'],
    sections: ['media', 'other-sections'],
    tags: ['media freedom', 'rule of law'],
    image: { url: 'https://media.redazione.example/2025/08/press-conference-microphones.jpg', width: 1920, height: 1080, credit: 'Photo: Redazione' },
    publishedAt: '2025-08-08T07:00:00Z',
    versions: {
      it: {
        slug: 'media-freedom-act-nuove-regole-liberta-stampa-in-vigore',
        title: `European Media Freedom Act, da oggi si applicano le nuove regole sulla libertà dei media`,
        subtitle: `Tutele contro gli spyware per i giornalisti, trasparenza sulla proprietà e sulla pubblicità statale, indipendenza dei servizi pubblici`,
        excerpt: `Il regolamento europeo sulla libertà dei media diventa pienamente applicabile. Un nuovo Comitato europeo vigilerà sulla sua attuazione.`,
        body: `<p>Diventa pienamente applicabile l'European Media Freedom Act, il primo regolamento europeo dedicato alla libertà e al pluralismo dei media. Le nuove regole valgono direttamente in tutti gli Stati membri, senza bisogno di leggi di recepimento.</p>
<h2>I punti principali</h2>
<ul><li>divieto di costringere i giornalisti a rivelare le fonti e limiti stretti all'uso di software spia;</li><li>obbligo per i media di pubblicare informazioni sui propri proprietari;</li><li>criteri trasparenti per la distribuzione della pubblicità statale;</li><li>garanzie sull'indipendenza e il finanziamento dei media di servizio pubblico.</li></ul>
<p>Il nuovo Comitato europeo per i servizi di media, composto dalle autorità nazionali, avrà il compito di vigilare. Le associazioni dei giornalisti temono però un'applicazione disomogenea.</p>`,
        imageAlt: `Microfoni di diverse testate davanti a un leggio durante una conferenza stampa`,
        imageCaption: `Il regolamento tutela il lavoro dei giornalisti in tutta l'Ue`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'european-media-freedom-act-new-rules-apply-from-today',
        title: `European Media Freedom Act: new rules on media freedom apply from today`,
        subtitle: `Protection against spyware for journalists, transparency on ownership and state advertising, independence of public service media`,
        excerpt: `The European regulation on media freedom becomes fully applicable. A new European Board will oversee its implementation.`,
        body: `<p>The European Media Freedom Act, the first EU regulation dedicated to media freedom and pluralism, becomes fully applicable. The new rules apply directly in all member states, with no need for transposing legislation.</p>
<h2>The main points</h2>
<ul><li>a ban on forcing journalists to reveal their sources and strict limits on the use of spyware;</li><li>an obligation for media outlets to publish information on their owners;</li><li>transparent criteria for allocating state advertising;</li><li>safeguards for the independence and funding of public service media.</li></ul>
<p>The new European Board for Media Services, made up of national authorities, will be responsible for oversight. Journalists' associations, however, fear uneven enforcement.</p>`,
        imageAlt: `Microphones from several media outlets in front of a lectern during a press conference`,
        imageCaption: `The regulation protects the work of journalists across the EU`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'letter-erasmus-costs',
    sourceLocale: 'it',
    authors: ['matteo-fiorentini'],
    sections: ['letters'],
    tags: ['eu budget'],
    image: { url: 'https://media.redazione.example/2025/09/students-university-library.jpg', width: 1500, height: 1000, credit: 'Photo: Redazione' },
    publishedAt: '2025-09-15T07:00:00Z',
    versions: {
      it: {
        slug: 'lettera-erasmus-mi-ha-cambiato-la-vita-ma-costa-troppo',
        title: `"L'Erasmus mi ha cambiato la vita, ma oggi costa troppo"`,
        subtitle: `Una lettrice racconta le difficoltà economiche degli studenti in mobilità. Risponde il direttore`,
        excerpt: `Affitti alle stelle e borse ferme: la lettera di una studentessa e la risposta del direttore sul futuro del programma Erasmus+.`,
        body: `<p><em>Caro direttore,</em> sono una studentessa di Bologna appena rientrata da un semestre a Lione. È stata l'esperienza più importante della mia vita, ma la borsa Erasmus copriva a malapena metà dell'affitto. Molti miei compagni hanno rinunciato in partenza. Un programma che dovrebbe unire l'Europa rischia di diventare un privilegio per chi può permetterselo. <em>Martina, Bologna</em></p>
<h2>La risposta</h2>
<p>Cara Martina, la sua lettera tocca un punto che le statistiche confermano: l'importo delle borse non ha seguito l'aumento degli affitti nelle città universitarie. Il negoziato sul prossimo bilancio europeo, appena iniziato, deciderà anche quante risorse andranno all'Erasmus+.</p>
<p>È un tema che seguiremo da vicino, anche grazie a lettere come la sua. Continuate a scriverci.</p>`,
        imageAlt: `Studenti al lavoro in una biblioteca universitaria`,
        imageCaption: `Oltre 16 milioni di persone hanno partecipato all'Erasmus dalla sua nascita`,
        status: 'PUBLISHED',
      },
    },
  },
  {
    key: 'digital-omnibus-gdpr-ai',
    sourceLocale: 'en',
    authors: ['sara-bellucci', 'lorenzo-gatti'],
    sections: ['net-tech', 'business'],
    tags: ['artificial intelligence', 'simplification', 'european commission'],
    image: { url: 'https://media.redazione.example/2025/11/laptop-privacy-settings.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2025-11-19T14:00:00Z',
    versions: {
      en: {
        slug: 'digital-omnibus-what-changes-for-gdpr-and-ai-rules',
        title: `Digital omnibus: what changes for GDPR and AI rules`,
        subtitle: `The Commission proposes to simplify data protection, cookie and AI rules. Critics warn of a weakening of privacy`,
        excerpt: `Brussels wants fewer cookie banners, a single incident reporting point and more time for high-risk AI obligations. Here is what the package contains.`,
        body: `<p>The European Commission has presented its "digital omnibus", a package of amendments to the EU's main digital laws, with the stated aim of reducing compliance costs for companies, especially smaller ones.</p>
<h2>The key proposals</h2>
<ul><li><strong>Cookies</strong>: fewer consent banners, with preferences set once in the browser.</li><li><strong>GDPR</strong>: clarifications on personal data and on the use of data to train AI models.</li><li><strong>AI Act</strong>: a delay of up to 16 months for some obligations on high-risk systems, linked to the availability of standards.</li><li><strong>Incident reporting</strong>: a single entry point for cybersecurity and data breach notifications.</li></ul>
<p>Digital rights groups argue that the changes to the GDPR go beyond simplification. The proposals now go to Parliament and Council.</p>`,
        imageAlt: `A laptop screen showing privacy and cookie settings`,
        imageCaption: `Cookie banners are among the targets of the digital omnibus`,
        status: 'PUBLISHED',
      },
    },
  },
  {
    key: 'director-one-year-von-der-leyen-ii',
    sourceLocale: 'it',
    authors: ['matteo-fiorentini'],
    sections: ['directors-point-of-view', 'politics'],
    tags: ['ursula von der leyen', 'european commission', 'competitiveness'],
    image: { url: 'https://media.redazione.example/2025/11/berlaymont-night.jpg', width: 1920, height: 1080, credit: 'Photo: Redazione' },
    publishedAt: '2025-11-29T08:00:00Z',
    versions: {
      it: {
        slug: 'un-anno-di-commissione-von-der-leyen-bis-bilancio',
        title: `Un anno di Commissione von der Leyen bis: molta velocità, poca strategia condivisa`,
        subtitle: `Difesa, semplificazione e commercio hanno dominato i primi dodici mesi. Ma il rapporto con Parlamento e governi è sempre più teso`,
        excerpt: `Il bilancio del direttore sul primo anno del secondo mandato di Ursula von der Leyen.`,
        body: `<p>Un anno fa, il 1° dicembre 2024, la seconda Commissione von der Leyen entrava in carica promettendo un'Europa più competitiva, più sicura e più semplice. Dodici mesi dopo, il bilancio è fatto di luci e ombre.</p>
<p>Le luci: la rapidità con cui Bruxelles ha risposto alla nuova fase della guerra in Ucraina e al cambio di linea di Washington, mettendo in campo strumenti per la difesa impensabili fino a poco tempo fa. E un'agenda di semplificazione che, al di là dei giudizi, ha ascoltato le imprese.</p>
<h2>Le ombre</h2>
<p>Le ombre riguardano il metodo. Molte decisioni sono state prese in fretta, con procedure d'urgenza e valutazioni d'impatto ridotte. Il Parlamento ha votato più mozioni di censura in un anno che in tutto il mandato precedente.</p>
<p>Il secondo anno dovrà dimostrare che la velocità può convivere con il consenso. L'Europa ne ha bisogno più che mai.</p>`,
        imageAlt: `Il palazzo Berlaymont illuminato di sera`,
        imageCaption: `Il Berlaymont, sede della Commissione europea, di sera`,
        status: 'PUBLISHED',
      },
      en: {
        slug: 'one-year-of-the-second-von-der-leyen-commission',
        title: `One year of the second von der Leyen Commission: plenty of speed, little shared strategy`,
        subtitle: `Defence, simplification and trade dominated the first twelve months. But relations with Parliament and governments are increasingly tense`,
        excerpt: `The editor's assessment of the first year of Ursula von der Leyen's second term.`,
        body: `<p>One year ago, on 1 December 2024, the second von der Leyen Commission took office promising a more competitive, safer and simpler Europe. Twelve months on, the record is a mixed one.</p>
<p>On the positive side: the speed with which Brussels responded to the new phase of the war in Ukraine and to Washington's change of course, deploying defence tools that were unthinkable until recently. And a simplification agenda that, whatever one thinks of it, listened to business.</p>
<h2>The downsides</h2>
<p>The downsides concern the method. Many decisions were taken in a hurry, with urgent procedures and limited impact assessments. Parliament voted on more motions of censure in one year than during the whole previous term.</p>
<p>The second year will have to show that speed can coexist with consensus. Europe needs it more than ever.</p>`,
        imageAlt: `The Berlaymont building lit up in the evening`,
        imageCaption: `The Berlaymont, headquarters of the European Commission, in the evening`,
        status: 'PUBLISHED',
        translationCredit: TC,
      },
    },
  },
  {
    key: 'european-housing-plan-draft',
    sourceLocale: 'en',
    authors: ['sara-bellucci'],
    sections: ['rights', 'politics'],
    tags: ['european commission', 'cohesion policy'],
    image: { url: 'https://media.redazione.example/2025/11/housing-construction-site.jpg', width: 1600, height: 900, credit: 'Photo: Redazione' },
    publishedAt: '2025-11-30T08:00:00Z',
    versions: {
      en: {
        slug: 'european-affordable-housing-plan-what-we-know-so-far',
        title: `Europe's affordable housing plan: what we know so far`,
        subtitle: `Short-term rentals, state aid and cohesion money: the tools Brussels is considering to tackle the housing crisis`,
        excerpt: `The first EU-level housing plan is expected in December. Here is what is on the table.`,
        body: `<p>The Commission is finalising the first European affordable housing plan. Housing remains a national competence, but the EU can act on several levers.</p>
<ul><li>more flexible state aid rules for social and affordable housing;</li><li>a possible initiative on short-term rentals in high-pressure areas;</li><li>a larger share of cohesion funds for housing.</li></ul>
<p>[Draft: check figures with the Commissioner's cabinet and add reactions from tenants' associations before publishing.]</p>`,
        imageAlt: `A residential building under construction with cranes`,
        imageCaption: `A new residential development in a European city`,
        status: 'DRAFT',
      },
    },
  },
];
