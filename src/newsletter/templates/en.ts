import type { NewsletterCatalog } from './catalog.js';

export const en: NewsletterCatalog = {
  locale: 'en',
  signUpAccepted: 'Thank you! If the address is valid you will shortly receive an email: open its link to complete your subscription.',
  footer: {
    manage: 'Manage your subscription or unsubscribe',
    reason: 'You are receiving this email because someone asked to subscribe this address to our newsletters.',
  },
  confirmEmail: {
    subject: 'Confirm your subscription',
    heading: 'One more step',
    intro: (lists) => `You asked to receive: ${lists}. To confirm, open the link below and press the button.`,
    button: 'Confirm my subscription',
    expiry: (hours) => `The link is valid for ${hours} hours.`,
    ignore: 'If this was not you, ignore this email: without confirmation you will receive nothing.',
  },
  alreadySubscribedEmail: {
    subject: 'You are already subscribed',
    heading: 'You are already with us',
    intro: (lists) => `Someone (perhaps you) asked to subscribe this address, but you are already subscribed to: ${lists}.`,
    button: 'Manage your newsletters',
    ignore: 'There is nothing to do: if this was not you, ignore this email.',
  },
  pages: {
    confirmTitle: 'Confirm your subscription',
    confirmIntro: (email) => `Press the button to confirm the subscription of ${email}.`,
    confirmButton: 'Confirm',
    confirmed: 'Subscription confirmed. Thank you!',
    manageTitle: 'Your newsletters',
    manageIntro: (email) => `Preferences of ${email}.`,
    listsLegend: 'Newsletters',
    localeLabel: 'Language of the emails',
    saveButton: 'Save',
    unsubscribeButton: 'Unsubscribe from all',
    saved: 'Preferences saved.',
    unsubscribed: 'You have been unsubscribed: you will receive no more newsletters.',
    errorTitle: 'That did not work',
    errors: {
      TOKEN_INVALID: 'This link is not valid.',
      TOKEN_EXPIRED: 'This link has expired: subscribe again to receive a new one.',
      TOKEN_USED: 'This link has already been used.',
      OTHER: 'The request is not valid. Please try again later.',
    },
  },
};
