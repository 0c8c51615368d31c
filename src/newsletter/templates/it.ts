import type { NewsletterCatalog } from './catalog.js';

export const it: NewsletterCatalog = {
  locale: 'it',
  signUpAccepted: 'Grazie! Se l’indirizzo è valido riceverai a breve un’email: apri il link che contiene per completare l’iscrizione.',
  footer: {
    manage: 'Gestisci l’iscrizione o cancellati',
    reason: 'Ricevi questa email perché qualcuno ha chiesto di iscrivere questo indirizzo alle nostre newsletter.',
  },
  confirmEmail: {
    subject: 'Conferma la tua iscrizione',
    heading: 'Manca un solo passo',
    intro: (lists) => `Hai chiesto di ricevere: ${lists}. Per confermare, apri il link qui sotto e premi il pulsante.`,
    button: 'Conferma l’iscrizione',
    expiry: (hours) => `Il link vale ${hours} ore.`,
    ignore: 'Se non sei stato tu, ignora questa email: senza conferma non riceverai nulla.',
  },
  alreadySubscribedEmail: {
    subject: 'Sei già iscritto',
    heading: 'Sei già dei nostri',
    intro: (lists) => `Qualcuno (forse tu) ha chiesto di iscrivere questo indirizzo, ma sei già iscritto a: ${lists}.`,
    button: 'Gestisci le tue newsletter',
    ignore: 'Non devi fare nulla: se non sei stato tu, ignora questa email.',
  },
  pages: {
    confirmTitle: 'Conferma l’iscrizione',
    confirmIntro: (email) => `Premi il pulsante per confermare l’iscrizione di ${email}.`,
    confirmButton: 'Confermo',
    confirmed: 'Iscrizione confermata. Grazie!',
    manageTitle: 'Le tue newsletter',
    manageIntro: (email) => `Preferenze di ${email}.`,
    listsLegend: 'Newsletter',
    localeLabel: 'Lingua delle email',
    saveButton: 'Salva',
    unsubscribeButton: 'Cancellami da tutte',
    saved: 'Preferenze salvate.',
    unsubscribed: 'Sei stato cancellato: non riceverai più le nostre newsletter.',
    errorTitle: 'Non è stato possibile',
    errors: {
      TOKEN_INVALID: 'Questo link non è valido.',
      TOKEN_EXPIRED: 'Questo link è scaduto: iscriviti di nuovo per riceverne uno nuovo.',
      TOKEN_USED: 'Questo link è già stato usato.',
      OTHER: 'La richiesta non è valida. Riprova più tardi.',
    },
  },
};
