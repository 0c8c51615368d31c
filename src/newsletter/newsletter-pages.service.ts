import { Injectable } from '@nestjs/common';
import { AppError } from '../common/errors.js';
import { Locales } from '../common/locales.js';
import type { ManagePageForm } from './dto/page-forms.js';
import type { NewsletterListModel, NewsletterPreferencesModel } from './models/newsletter.models.js';
import { NewsletterListsService } from './newsletter-lists.service.js';
import { LINK_PATHS } from './newsletter-mailer.service.js';
import type { TokenProblem } from './newsletter-tokens.js';
import { PreferencesService } from './preferences.service.js';
import { SubscriptionService } from './subscription.service.js';
import { catalogFor, type NewsletterCatalog } from './templates/index.js';
import { escapeHtml, renderPage } from './templates/layout.js';

export interface Page {
  status: number;
  html: string;
}

/**
 * The minimal pages behind the links in emails, in the subscriber's language. A GET only shows a
 * form: mail scanners prefetch links, so only the button (a POST) changes anything.
 */
@Injectable()
export class NewsletterPagesService {
  constructor(
    private readonly locales: Locales,
    private readonly lists: NewsletterListsService,
    private readonly subscriptions: SubscriptionService,
    private readonly preferences: PreferencesService,
  ) {}

  /** GET on the confirmation link: who is about to be confirmed, and the button. */
  confirmForm(token: string): Promise<Page> {
    return this.orErrorPage(token, async () => {
      const subscriber = await this.subscriptions.describeConfirmation(token);
      const catalog = this.catalog(subscriber.locale);
      const body = `<p>${escapeHtml(catalog.pages.confirmIntro(subscriber.email))}</p>
<form method="post" action="${LINK_PATHS.confirmPage}">${hidden('token', token)}<button type="submit">${escapeHtml(catalog.pages.confirmButton)}</button></form>`;
      return ok(renderPage(catalog, catalog.pages.confirmTitle, body));
    });
  }

  /** The button's POST: confirms (the token is spent). */
  confirm(token: string): Promise<Page> {
    return this.orErrorPage(token, async () => {
      const subscriber = await this.subscriptions.confirm(token);
      const catalog = this.catalog(subscriber.locale);
      return ok(renderPage(catalog, catalog.pages.confirmTitle, `<p>${escapeHtml(catalog.pages.confirmed)}</p>`));
    });
  }

  /** GET on a manage link: the lists (ticked as subscribed), the language, save and unsubscribe buttons. */
  manageForm(token: string): Promise<Page> {
    return this.orErrorPage(token, async () => this.managePage(token, await this.preferences.view(token), null));
  }

  /** The manage form's POST: saves the choices, or unsubscribes from everything. */
  manage(form: ManagePageForm): Promise<Page> {
    return this.orErrorPage(form.token, async () => {
      if (form.action === 'unsubscribe') {
        const subscriber = await this.preferences.unsubscribe(form.token);
        return this.managePage(form.token, subscriber, this.catalog(subscriber.locale).pages.unsubscribed);
      }
      const subscriber = await this.preferences.update(form.token, { lists: form.lists, locale: form.locale });
      const catalog = this.catalog(subscriber.locale);
      return this.managePage(form.token, subscriber, subscriber.lists.length ? catalog.pages.saved : catalog.pages.unsubscribed);
    });
  }

  private async managePage(token: string, subscriber: NewsletterPreferencesModel, notice: string | null): Promise<Page> {
    const catalog = this.catalog(subscriber.locale);
    const available = await this.lists.listActive(subscriber.locale);
    const chosen = new Set(subscriber.lists.map((list) => list.key));
    const body = `${notice ? `<p role="status"><strong>${escapeHtml(notice)}</strong></p>` : ''}
<p>${escapeHtml(catalog.pages.manageIntro(subscriber.email))}</p>
<form method="post" action="${LINK_PATHS.managePage}">${hidden('token', token)}
<fieldset><legend>${escapeHtml(catalog.pages.listsLegend)}</legend>
${available.map((list) => checkbox(list, chosen.has(list.key))).join('\n')}
</fieldset>
<p><label>${escapeHtml(catalog.pages.localeLabel)} <select name="locale">${this.localeOptions(subscriber.locale)}</select></label></p>
<p><button type="submit" name="action" value="save">${escapeHtml(catalog.pages.saveButton)}</button>
<button type="submit" name="action" value="unsubscribe">${escapeHtml(catalog.pages.unsubscribeButton)}</button></p>
</form>`;
    return ok(renderPage(catalog, catalog.pages.manageTitle, body));
  }

  /** Expected failures (a bad, used or expired link, a stale form) become a page in the subscriber's language. */
  private async orErrorPage(token: string, render: () => Promise<Page>): Promise<Page> {
    try {
      return await render();
    } catch (error) {
      if (!(error instanceof AppError) || error.httpStatus >= 500) throw error;
      const catalog = this.catalog((await this.preferences.localeOfLink(token)) ?? this.locales.defaultLocale);
      const reason = (error.details.reason as TokenProblem | undefined) ?? 'OTHER';
      const message = catalog.pages.errors[reason] ?? catalog.pages.errors.OTHER;
      return { status: error.httpStatus, html: renderPage(catalog, catalog.pages.errorTitle, `<p>${escapeHtml(message)}</p>`) };
    }
  }

  private localeOptions(selected: string): string {
    return this.locales.supported
      .map((locale) => `<option value="${escapeHtml(locale)}"${locale === selected ? ' selected' : ''}>${escapeHtml(locale)}</option>`)
      .join('');
  }

  private catalog(locale: string): NewsletterCatalog {
    return catalogFor(locale, this.locales.defaultLocale);
  }
}

function ok(html: string): Page {
  return { status: 200, html };
}

function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
}

function checkbox(list: NewsletterListModel, checked: boolean): string {
  const description = list.description ? ` <small>${escapeHtml(list.description)}</small>` : '';
  return `<p><label><input type="checkbox" name="lists" value="${escapeHtml(list.key)}"${checked ? ' checked' : ''}> ${escapeHtml(list.name)}</label>${description}</p>`;
}
