import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../common/errors.js';
import { tagResponse } from '../cache/response-tags.js';
import { SurrogateKeys } from '../changes/surrogate-keys.js';
import { Locales } from '../common/locales.js';
import { NewsletterListTranslation } from './entities/newsletter-list-translation.entity.js';
import { NewsletterList } from './entities/newsletter-list.entity.js';
import type { Subscriber } from './entities/subscriber.entity.js';
import type { NewsletterListModel, NewsletterPreferencesModel } from './models/newsletter.models.js';

/** Lists and their localized names: the public catalogue, and the names used in emails and pages. */
@Injectable()
export class NewsletterListsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locales: Locales,
  ) {}

  /** The active lists in menu order, named in `locale` or its fallback. */
  async listActive(locale: string): Promise<NewsletterListModel[]> {
    this.locales.assertSupported(locale);
    tagResponse(SurrogateKeys.newsletterLists);
    const lists = await this.dataSource.getRepository(NewsletterList).find({ where: { active: true }, order: { position: 'ASC', key: 'ASC' } });
    return this.localize(this.dataSource.manager, lists, locale);
  }

  /** The ids of the active lists with these keys; an unknown or inactive key is BAD_USER_INPUT on `lists`. */
  async idsOfKeys(manager: EntityManager, keys: string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const lists = await manager
      .getRepository(NewsletterList)
      .createQueryBuilder('list')
      .where('list.key IN (:...keys) AND list.active', { keys })
      .getMany();
    const unknown = keys.filter((key) => !lists.some((list) => list.key === key));
    if (unknown.length > 0) {
      const message = `Unknown newsletter list: ${unknown.join(', ')}`;
      throw AppError.badInput(message, [{ field: 'lists', messages: [message] }]);
    }
    return lists.map((list) => list.id);
  }

  /** What a link holder sees: the subscriber and the lists it is subscribed to, named in its locale. */
  async preferencesOf(manager: EntityManager, subscriber: Subscriber): Promise<NewsletterPreferencesModel> {
    const lists = await manager
      .getRepository(NewsletterList)
      .createQueryBuilder('list')
      .innerJoin('newsletter_subscription', 'subscription', 'subscription.list_id = list.id AND subscription.subscriber_id = :id', { id: subscriber.id })
      .orderBy('list.position', 'ASC')
      .addOrderBy('list.key', 'ASC')
      .getMany();
    return { email: subscriber.email, locale: subscriber.locale, status: subscriber.status, lists: await this.localize(manager, lists, subscriber.locale) };
  }

  private async localize(manager: EntityManager, lists: NewsletterList[], locale: string): Promise<NewsletterListModel[]> {
    if (lists.length === 0) return [];
    const chain = this.locales.fallbackChain(locale);
    const translations = await manager
      .getRepository(NewsletterListTranslation)
      .createQueryBuilder('translation')
      .where('translation.list_id IN (:...ids) AND translation.locale IN (:...chain)', { ids: lists.map((list) => list.id), chain })
      .getMany();
    return lists.map((list) => {
      const best = chain.map((candidate) => translations.find((row) => row.listId === list.id && row.locale === candidate)).find(Boolean);
      return { key: list.key, frequency: list.frequency, name: best?.name ?? list.key, description: best?.description ?? null, locale: best?.locale ?? locale };
    });
  }
}
