import { Role } from './entities/user.entity.js';

/** Everything the policy can allow or deny. Services name the action they are about to perform. */
export enum Action {
  CreateArticle = 'createArticle',
  /** Save changes to an article version (text, relations, slug). */
  EditArticle = 'editArticle',
  SubmitArticleForReview = 'submitArticleForReview',
  PublishArticle = 'publishArticle',
  ScheduleArticle = 'scheduleArticle',
  UnpublishArticle = 'unpublishArticle',
  DeleteArticle = 'deleteArticle',
  RestoreArticle = 'restoreArticle',
  /** Read unpublished versions, revisions and previews. */
  ViewDrafts = 'viewDrafts',
  CreateTranslation = 'createTranslation',
  EditTranslation = 'editTranslation',
  SubmitTranslationForReview = 'submitTranslationForReview',
  /** Join two stories whose versions were imported separately. */
  MergeStories = 'mergeStories',
  /** Sections and tags. */
  ManageTaxonomy = 'manageTaxonomy',
  ManageAuthors = 'manageAuthors',
  ManageUsers = 'manageUsers',
  ManageApiTokens = 'manageApiTokens',
  /** Newsletter lists, and reading subscribers and their counts. */
  ManageNewsletters = 'manageNewsletters',
  /** Personal data leaving the system in bulk or per person: the subscriber CSV and a GDPR data export. */
  ExportSubscribers = 'exportSubscribers',
  /** GDPR erasure of a subscriber. */
  EraseSubscribers = 'eraseSubscribers',
  /** Adding subscribers from another system's CSV, with the consent it recorded. */
  ImportSubscribers = 'importSubscribers',
}

/**
 * How far a role's grant reaches:
 * - `any`: every resource;
 * - `own`: resources the actor created (`createdById`);
 * - `ownDraft`: resources the actor created, while they are drafts;
 * - `draft`: any resource while it is a draft.
 */
export type Scope = 'any' | 'own' | 'ownDraft' | 'draft';

const { ADMIN, EDITOR, AUTHOR, TRANSLATOR } = Role;
const EDITORS = { [ADMIN]: 'any', [EDITOR]: 'any' } as const;

/**
 * THE permission table: action -> role -> scope. A role missing from an action's row is denied.
 * Everything that decides "may this caller do this" reads this table and nothing else; the role
 * matrix tests iterate it.
 */
export const PERMISSIONS: Readonly<Record<Action, Readonly<Partial<Record<Role, Scope>>>>> = {
  [Action.CreateArticle]: { ...EDITORS, [AUTHOR]: 'any' },
  [Action.EditArticle]: { ...EDITORS, [AUTHOR]: 'ownDraft' },
  [Action.SubmitArticleForReview]: { ...EDITORS, [AUTHOR]: 'ownDraft' },
  [Action.PublishArticle]: EDITORS,
  [Action.ScheduleArticle]: EDITORS,
  [Action.UnpublishArticle]: EDITORS,
  [Action.DeleteArticle]: EDITORS,
  [Action.RestoreArticle]: EDITORS,
  [Action.ViewDrafts]: { ...EDITORS, [TRANSLATOR]: 'any', [AUTHOR]: 'own' },
  [Action.CreateTranslation]: { ...EDITORS, [TRANSLATOR]: 'any' },
  [Action.EditTranslation]: { ...EDITORS, [TRANSLATOR]: 'draft' },
  [Action.SubmitTranslationForReview]: { ...EDITORS, [TRANSLATOR]: 'draft' },
  [Action.MergeStories]: EDITORS,
  [Action.ManageTaxonomy]: EDITORS,
  [Action.ManageAuthors]: EDITORS,
  [Action.ManageUsers]: { [ADMIN]: 'any' },
  [Action.ManageApiTokens]: { [ADMIN]: 'any' },
  [Action.ManageNewsletters]: EDITORS,
  [Action.ExportSubscribers]: { [ADMIN]: 'any' },
  [Action.EraseSubscribers]: { [ADMIN]: 'any' },
  [Action.ImportSubscribers]: { [ADMIN]: 'any' },
};

/** What a scoped grant looks at. Article services pass e.g. `{ createdById: story.createdById, isDraft: status === DRAFT }`. */
export interface PolicyResource {
  createdById?: string | null;
  isDraft?: boolean;
}

/** The role's scope for an action, or undefined when the role may never perform it. */
export function scopeOf(role: Role, action: Action): Scope | undefined {
  return PERMISSIONS[action][role];
}

/**
 * Whether `role` (acting as `userId`) may perform `action` on `resource`. A scoped grant without a
 * resource to check is denied: the caller must say what it acts on.
 */
export function isAllowed(role: Role, action: Action, userId: string | null, resource?: PolicyResource): boolean {
  const scope = scopeOf(role, action);
  if (scope === undefined) return false;
  if (scope === 'any') return true;
  if (!resource) return false;
  const owns = userId !== null && resource.createdById === userId;
  const isDraft = resource.isDraft === true;
  if (scope === 'own') return owns;
  if (scope === 'ownDraft') return owns && isDraft;
  return isDraft;
}
