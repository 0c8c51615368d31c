import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { ContentChanges } from '../changes/content-changes.service.js';
import type { ContentChange } from '../changes/content-change.js';
import { SurrogateKeys } from '../changes/surrogate-keys.js';
import { Action, PolicyService, type Actor } from '../auth/index.js';
import { AppError } from '../common/errors.js';
import { Locales } from '../common/locales.js';
import type { CreateNewsletterListInput, NewsletterListTranslationInput, UpdateNewsletterListInput } from './dto/newsroom.input.js';
import { NewsletterListTranslation } from './entities/newsletter-list-translation.entity.js';
import { NewsletterList } from './entities/newsletter-list.entity.js';
import type { NewsroomNewsletterListModel } from './models/newsroom.models.js';

/** The newsroom's side of lists: every list, active or not, with all its translations. */
@Injectable()
export class NewsroomListsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locales: Locales,
    private readonly policy: PolicyService,
    private readonly changes: ContentChanges,
  ) {}

  /** Every list, deactivated ones included, in menu order. */
  async listAll(actor: Actor | null): Promise<NewsroomNewsletterListModel[]> {
    this.policy.assertAllowed(actor, Action.ManageNewsletters);
    const lists = await this.dataSource.getRepository(NewsletterList).find({ relations: { translations: true }, order: { position: 'ASC', key: 'ASC' } });
    return lists.map(toNewsroomListModel);
  }

  /**
   * Creates a list. It needs a name in the default locale, so every locale's readers can fall back to
   * it; a taken key is a CONFLICT, decided by the unique index.
   */
  async create(actor: Actor | null, input: CreateNewsletterListInput): Promise<NewsroomNewsletterListModel> {
    this.policy.assertAllowed(actor, Action.ManageNewsletters);
    this.assertTranslations(input.translations, true);
    return this.write(async (manager) => {
      const list = await manager.save(NewsletterList, { key: input.key, frequency: input.frequency, position: input.position ?? 0, active: true });
      await upsertTranslations(manager, list.id, input.translations);
      return this.load(manager, list.id);
    });
  }

  /** Changes the given fields; translations are upserted by locale, the others kept. The key never changes (readers and links use it). */
  async update(actor: Actor | null, id: string, input: UpdateNewsletterListInput): Promise<NewsroomNewsletterListModel> {
    this.policy.assertAllowed(actor, Action.ManageNewsletters);
    const { translations, ...fields } = input;
    if (translations) this.assertTranslations(translations, false);
    return this.write(async (manager) => {
      await lockList(manager, id);
      if (Object.keys(fields).length > 0) await manager.update(NewsletterList, { id }, fields);
      if (translations) await upsertTranslations(manager, id, translations);
      return this.load(manager, id);
    });
  }

  /** Readers can no longer subscribe to the list nor see it; its subscriptions are kept, so reactivating restores them. Idempotent. */
  async deactivate(actor: Actor | null, id: string): Promise<NewsroomNewsletterListModel> {
    return this.update(actor, id, { active: false });
  }

  private assertTranslations(translations: NewsletterListTranslationInput[], requireDefault: boolean): void {
    translations.forEach((translation, index) => this.locales.assertSupported(translation.locale, `input.translations.${index}.locale`));
    const locales = translations.map((translation) => translation.locale);
    if (new Set(locales).size !== locales.length) throw invalidTranslations('Each locale may appear once');
    if (requireDefault && !locales.includes(this.locales.defaultLocale)) {
      throw invalidTranslations(`A name in the default locale (${this.locales.defaultLocale}) is required`);
    }
  }

  private async load(manager: EntityManager, id: string): Promise<NewsroomNewsletterListModel> {
    return toNewsroomListModel(await manager.findOneOrFail(NewsletterList, { where: { id }, relations: { translations: true } }));
  }

  /** One transaction per mutation, announced as a change of the public catalogue; a taken key becomes a CONFLICT naming the field. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.changes.transaction((manager, log) => {
        log.add(LISTS_UPDATED);
        return work(manager);
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw AppError.conflict('A newsletter list with this key already exists', { field: 'key' });
      }
      throw error;
    }
  }
}

const LISTS_UPDATED: ContentChange = { type: 'newsletter-lists.updated', paths: [], surrogateKeys: [SurrogateKeys.newsletterLists] };

function invalidTranslations(message: string): AppError {
  return AppError.badInput(message, [{ field: 'input.translations', messages: [message] }]);
}

async function lockList(manager: EntityManager, id: string): Promise<void> {
  const list = await manager.findOne(NewsletterList, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!list) throw AppError.notFound('Newsletter list');
}

async function upsertTranslations(manager: EntityManager, listId: string, translations: NewsletterListTranslationInput[]): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(NewsletterListTranslation)
    .values(translations.map(({ locale, name, description }) => ({ listId, locale, name, description: description ?? null })))
    .orUpdate(['name', 'description'], ['list_id', 'locale'])
    .execute();
}

function toNewsroomListModel(list: NewsletterList): NewsroomNewsletterListModel {
  const translations = [...(list.translations ?? [])].sort((a, b) => a.locale.localeCompare(b.locale));
  return {
    id: list.id,
    key: list.key,
    frequency: list.frequency,
    active: list.active,
    position: list.position,
    translations: translations.map(({ locale, name, description }) => ({ locale, name, description })),
    createdAt: list.createdAt,
    updatedAt: list.updatedAt,
  };
}
